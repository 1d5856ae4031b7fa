// SPDX-License-Identifier: MIT
// Parameters priced after the last date their source confirms them on: the warning of the
// result (financing.unconfirmed_parameters) and the note of its explanation, on the built-in
// Charente rule (confirmed by the presentation of 30 June 2021). Amounts never change.
#include <ctg/core/error.hpp>
#include <ctg/finance/explanation.hpp>
#include <ctg/finance/financing.hpp>
#include <ctg/rules/rulebook.hpp>
#include <ctg/rules/scenario.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

/// Grand Angoulême: 2.5 contracted FTE, at the ceiling (the source document's table).
ctg::post_input grand_angouleme() {
    return {"grand-angouleme", ctg::fte::parse("2.5"), std::nullopt, ctg::expense_basis::at_ceiling,
            std::nullopt};
}

ctg::financing_result charente_on(const char* day) {
    return ctg::finance(ctg::builtin_rulebook("charente-2021"), grand_angouleme(),
                        ctg::parse_date(day));
}

TEST(Confirmation, PricingAfterTheSourceDateWarnsAndKeepsTheAmount) {
    const auto late = charente_on("2024-06-30");
    ASSERT_EQ(late.warnings.size(), 1U);
    const ctg::error_detail& w = late.warnings[0];
    EXPECT_EQ(w.code, "financing.unconfirmed_parameters");
    EXPECT_EQ(w.field, "on");
    EXPECT_EQ(w.value, "2024-06-30");
    EXPECT_EQ(w.param("confirmed_on"), "2021-06-30");
    for (const char* name : {"coordination_rate", "coordination_ceiling_per_fte",
                             "part_bonus_territoire", "part_fonds_locaux"}) {
        EXPECT_TRUE(contains(w.param("parameters"), name)) << name;
    }
    EXPECT_TRUE(contains(w.expected, "no source confirms the parameters"));
    // 80 % × min(expense at the ceiling, 48,000 € × 2.5 × 366/366) = 96,000.00 € in 2024 as in
    // 2021: the warning changes no amount.
    EXPECT_EQ(late.total, ctg::money::parse("96000.00"));
    EXPECT_EQ(charente_on("2021-06-30").total, late.total);

    // The explanation says it too, in both languages, and the JSON carries the warning.
    EXPECT_TRUE(contains(late.why.to_text(),
                         "Aucune source ne confirme ces paramètres après le 30/06/2021"));
    EXPECT_TRUE(contains(late.why.to_text(ctg::language::en),
                         "No source confirms these parameters after 2021-06-30"));
    EXPECT_TRUE(contains(late.to_json(), "\"code\": \"financing.unconfirmed_parameters\""));
}

TEST(Confirmation, PricingOnTheSourceDateDoesNotWarn) {
    const auto on_time = charente_on("2021-06-30");
    EXPECT_TRUE(on_time.warnings.empty());
    for (const auto& s : on_time.why.steps) {
        EXPECT_NE(s.id, "unconfirmed");
    }
    EXPECT_TRUE(contains(on_time.to_json(), "\"warnings\": []"));
}

TEST(Confirmation, APeriodIsPricedUpToItsLastDay) {
    const auto& rules = ctg::builtin_rulebook("charente-2021");
    const ctg::period first_half(ctg::parse_date("2021-01-01"), ctg::parse_date("2021-07-01"));
    EXPECT_TRUE(ctg::finance(rules, grand_angouleme(), first_half).warnings.empty());
    const ctg::period year(ctg::parse_date("2021-01-01"), ctg::parse_date("2022-01-01"));
    const auto whole = ctg::finance(rules, grand_angouleme(), year);
    ASSERT_EQ(whole.warnings.size(), 1U);
    EXPECT_EQ(whole.warnings[0].value, "2021-12-31");
}

TEST(Confirmation, OneWarningPerConfirmationDateNamingEachParameterOnce) {
    const auto reading = [](const char* name, std::optional<const char*> confirmed) {
        ctg::parameter_reading r{
            name, ctg::unit::percent, "80 %", ctg::parse_date("2020-01-01"), std::nullopt, {}};
        if (confirmed) {
            r.confirmed_on = ctg::parse_date(*confirmed);
        }
        return r;
    };
    const std::vector<ctg::parameter_reading> readings{
        reading("b", "2022-01-01"), reading("a", "2021-06-30"), reading("a", "2021-06-30"),
        reading("c", std::nullopt), reading("d", "2023-01-01")};
    const auto w = ctg::unconfirmed_parameters(readings, ctg::parse_date("2022-06-30"));
    ASSERT_EQ(w.size(), 2U);  // d is confirmed after the date priced, c states no date
    EXPECT_EQ(w[0].param("confirmed_on"), "2021-06-30");
    EXPECT_EQ(w[0].param("parameters"), "a");
    EXPECT_EQ(w[1].param("confirmed_on"), "2022-01-01");
    EXPECT_EQ(w[1].param("parameters"), "b");
    // Priced on the confirmation date itself: confirmed.
    EXPECT_TRUE(ctg::unconfirmed_parameters(readings, ctg::parse_date("2021-06-30")).empty());
}

TEST(Confirmation, TheExplanationShowsDerivationsAndReadings) {
    const auto r = charente_on("2021-06-30");
    const std::string fr = r.why.to_text();
    const std::string en = r.why.to_text(ctg::language::en);
    EXPECT_TRUE(contains(fr, "[C] (valeur calculée : 80 % − 55 %"));
    EXPECT_TRUE(contains(en, "[C] (derived: 80 % − 55 %"));
    EXPECT_TRUE(
        contains(fr, "[R] (lecture retenue ; lecture écartée : un plafond de 48 000 € par poste"));
    EXPECT_TRUE(contains(en, "[R] (reading; rejected reading: 55 % de l'aide"));
    EXPECT_TRUE(contains(fr, "[D] (document source)"));
    EXPECT_TRUE(contains(fr, "confirmé au 30/06/2021"));
    EXPECT_TRUE(contains(en, "confirmed on 2021-06-30"));
}

TEST(ChangeWithinTheYear, PricingOnADateWarnsWhenAParameterChangesInItsYear) {
    // The national flat rate raised to 25,000 € from 1 July 2023: priced on 31 March 2023, the
    // whole of 2023 takes the 24,000 € of that day, which holds only until 30 June.
    const auto raised = ctg::apply_scenario(ctg::builtin_rulebook("national-2020"), "juillet",
                                            {ctg::parse_override("coordination_amount_per_fte="
                                                                 "25000@2023-07-01")});
    const ctg::post_input post{"p", ctg::fte::parse("1"), std::nullopt,
                               ctg::expense_basis::at_ceiling, std::nullopt};
    const auto on_date = ctg::finance(raised, post, ctg::parse_date("2023-03-31"));
    EXPECT_EQ(on_date.total, ctg::money::parse("24000.00"));
    const ctg::error_detail* change = nullptr;
    for (const auto& w : on_date.warnings) {
        if (w.code == "financing.parameters_change_within") {
            change = &w;
        }
    }
    ASSERT_NE(change, nullptr);
    EXPECT_EQ(change->field, "reference");
    EXPECT_EQ(change->param("parameters"), "coordination_amount_per_fte");
    EXPECT_EQ(change->param("changes"), "2023-07-01");
    EXPECT_TRUE(contains(on_date.why.to_text(), "Paramètres qui changent dans l'année"));
    EXPECT_TRUE(contains(on_date.why.to_text(ctg::language::en), "(on 2023-07-01)"));
    // The period form prices each slice with its own value and has nothing to warn of:
    // 24,000 × 181/365 = 11,901.369… → 11,901.37 and 25,000 × 184/365 = 12,602.739… →
    // 12,602.74, i.e. 24,504.11 €.
    const auto by_period = ctg::finance(raised, post, ctg::period::calendar_year(2023));
    EXPECT_EQ(by_period.total, ctg::money::parse("24504.11"));
    for (const auto& w : by_period.warnings) {
        EXPECT_NE(w.code, "financing.parameters_change_within");
    }
    // A year without a change: no warning (the built-in rule holds from 2020 on).
    for (const auto& w :
         ctg::finance(ctg::builtin_rulebook("national-2020"), post, ctg::parse_date("2021-06-30"))
             .warnings) {
        EXPECT_NE(w.code, "financing.parameters_change_within");
    }
}

}  // namespace
