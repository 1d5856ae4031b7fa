// SPDX-License-Identifier: MIT
// Parameters priced after the last date their source confirms them on: the warning of the
// result (financing.unconfirmed_parameters) and the note of its explanation, on the built-in
// Charente rule (confirmed by the presentation of 30 June 2021). Amounts never change.
#include <ctg/core/error.hpp>
#include <ctg/finance/explanation.hpp>
#include <ctg/finance/financing.hpp>
#include <ctg/rules/rulebook.hpp>

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

}  // namespace
