// SPDX-License-Identifier: MIT
#include "support/test_support.hpp"
#include <ctg/core/error.hpp>
#include <ctg/rules/rulebook.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace {

using ctg_test::contains;
using ctg_test::details_of;

using ctg::parse_date;

const ctg::provenance cited{ctg::evidence::source_document,
                            {"Caf de la Charente, 30 juin 2021", "diapositive", ""}};

ctg::segment seg(const char* start, const char* end, ctg::parameter_value v) {
    return {parse_date(start), end ? std::optional(parse_date(end)) : std::nullopt, v, cited};
}

ctg::money eur(const char* text) { return ctg::money::parse(text); }
ctg::rate pct(const char* text) { return ctg::rate::parse(text, ctg::rate_notation::percent); }

ctg::parameter amount_param(std::string name, std::vector<ctg::segment> segments) {
    return {std::move(name), ctg::unit::eur_per_fte, {"Montant", "Amount"}, std::move(segments)};
}

ctg::parameter percent_param(std::string name, std::vector<ctg::segment> segments) {
    return {std::move(name), ctg::unit::percent, {"Taux", "Rate"}, std::move(segments)};
}

ctg::formula charente_formula() {
    ctg::formula f;
    f.kind = ctg::formula_kind::share_of_expense;
    f.rate = "coordination_rate";
    f.ceiling_per_fte = "coordination_ceiling_per_fte";
    f.parts = {
        {"bonus_territoire", {"Bonus territoire", "Territory bonus"}, "part_bonus_territoire"},
        {"fonds_locaux", {"Fonds locaux de la Caf", "Caf local funds"}, "part_fonds_locaux"}};
    return f;
}

/// Charente's parameters with the given fonds-locaux weight and ceiling.
std::vector<ctg::parameter> charente_parameters(const char* fonds_locaux = "25",
                                                const char* ceiling = "48000") {
    return {
        percent_param("part_fonds_locaux", {seg("2020-01-01", nullptr, pct(fonds_locaux))}),
        percent_param("coordination_rate", {seg("2020-01-01", nullptr, pct("80"))}),
        amount_param("coordination_ceiling_per_fte", {seg("2020-01-01", nullptr, eur(ceiling))}),
        percent_param("part_bonus_territoire", {seg("2020-01-01", nullptr, pct("55"))})};
}

ctg::rulebook make(ctg::formula f, std::vector<ctg::parameter> params, std::string id = "test") {
    return {std::move(id),
            {"Livret", "Rulebook"},
            {"Description", "Description"},
            ctg::rounding::half_away_from_zero,
            std::move(f),
            std::move(params)};
}

ctg::formula flat(std::string amount) {
    ctg::formula f;
    f.amount_per_fte = std::move(amount);
    return f;
}

}  // namespace

TEST(RulebookTest, BuildsAndSortsParametersByName) {
    const auto book = make(charente_formula(), charente_parameters(), "charente");
    EXPECT_EQ(book.id(), "charente");
    EXPECT_EQ(book.label().en, "Rulebook");
    EXPECT_EQ(book.description().fr, "Description");
    EXPECT_EQ(book.rounding_policy(), ctg::rounding::half_away_from_zero);
    EXPECT_EQ(book.rule(), charente_formula());
    std::vector<std::string> names;
    for (const auto& p : book.parameters()) {
        names.push_back(p.name());
    }
    EXPECT_EQ(names, (std::vector<std::string>{"coordination_ceiling_per_fte", "coordination_rate",
                                               "part_bonus_territoire", "part_fonds_locaux"}));
    EXPECT_EQ(book.parameter("coordination_rate")
                  .value_text(book.parameter("coordination_rate").at(parse_date("2021-06-30"))),
              "80 %");
    EXPECT_TRUE(book.has_parameter("part_fonds_locaux"));
    EXPECT_FALSE(book.has_parameter("part_fonds"));
}

TEST(RulebookTest, UnknownParameterLookupListsTheKnownOnes) {
    const auto book = make(charente_formula(), charente_parameters());
    try {
        (void)book.parameter("plafond");
        FAIL() << "expected out_of_range_value";
    } catch (const ctg::out_of_range_value& e) {
        EXPECT_EQ(e.detail().field, "parameter");
        EXPECT_EQ(e.detail().value, "plafond");
        EXPECT_EQ(e.detail().expected,
                  "one of coordination_ceiling_per_fte, coordination_rate, "
                  "part_bonus_territoire, part_fonds_locaux");
    }
}

TEST(RulebookTest, FormulaParametersAreFoundOnceInReadingOrder) {
    // The formula reads the rate, the ceiling, then the weight of each part; the parameters
    // are stored sorted by name, in another order.
    const auto book = make(charente_formula(), charente_parameters());
    const std::vector<std::string> expected{"coordination_rate", "coordination_ceiling_per_fte",
                                            "part_bonus_territoire", "part_fonds_locaux"};
    for (std::size_t k = 0; k < expected.size(); ++k) {
        EXPECT_EQ(&book.formula_parameter(k), &book.parameter(expected[k])) << k;
    }
    // A copy finds its own parameters, not the original's.
    const auto copy = book;
    EXPECT_EQ(&copy.formula_parameter(1), &copy.parameter("coordination_ceiling_per_fte"));
    const auto flat_book = make(
        flat("forfait"), {amount_param("forfait", {seg("2020-01-01", nullptr, eur("12000"))})});
    EXPECT_EQ(flat_book.formula_parameter(0).name(), "forfait");
    try {
        (void)book.formula_parameter(4);
        FAIL() << "expected out_of_range_value";
    } catch (const ctg::out_of_range_value& e) {
        EXPECT_EQ(e.detail().field, "formula_parameter");
        EXPECT_EQ(e.detail().value, "4");
        EXPECT_EQ(e.detail().expected, "one of 0, 1, 2, 3");
    }
}

TEST(RulebookTest, FormulaNamingAnUnknownParameterIsRejected) {
    auto f = charente_formula();
    f.rate = "taux";
    const auto d = details_of([&] { (void)make(f, charente_parameters()); });
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].field, "formula.rate");
    EXPECT_EQ(d[0].value, "taux");
    EXPECT_TRUE(contains(d[0].expected, "coordination_rate"));
}

TEST(RulebookTest, ParameterOfTheWrongUnitForItsRoleIsRejected) {
    auto f = charente_formula();
    f.rate = "coordination_ceiling_per_fte";  // an amount where a rate is read
    f.ceiling_per_fte = "coordination_rate";  // a rate where an amount is read
    f.parts = {};
    const auto d = details_of([&] { (void)make(f, charente_parameters()); });
    ASSERT_EQ(d.size(), 2U);
    EXPECT_EQ(d[0].field, "formula.rate");
    EXPECT_EQ(d[0].value, "coordination_ceiling_per_fte");
    EXPECT_EQ(d[0].expected,
              "a parameter in percent or share; coordination_ceiling_per_fte is in eur_per_fte");
    EXPECT_EQ(d[1].field, "formula.ceiling_per_fte");
    EXPECT_EQ(d[1].expected, "a parameter in eur_per_fte; coordination_rate is in percent");

    // An amount in plain eur is not an amount per FTE.
    const auto d2 = details_of([] {
        (void)make(flat("amount"), {ctg::parameter("amount", ctg::unit::eur, {},
                                                   {seg("2020-01-01", nullptr, eur("24000"))})});
    });
    ASSERT_EQ(d2.size(), 1U);
    EXPECT_EQ(d2[0].field, "formula.amount_per_fte");
    EXPECT_TRUE(contains(d2[0].expected, "eur_per_fte"));
}

TEST(RulebookTest, EachKindNeedsItsParameter) {
    const auto d = details_of([] { (void)make(ctg::formula{}, {}); });
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].field, "formula.amount_per_fte");
    EXPECT_TRUE(contains(d[0].expected, "required by flat_per_fte"));

    ctg::formula share;
    share.kind = ctg::formula_kind::share_of_expense;
    const auto d2 = details_of([&] { (void)make(share, {}); });
    ASSERT_EQ(d2.size(), 1U);
    EXPECT_EQ(d2[0].field, "formula.rate");
    EXPECT_TRUE(contains(d2[0].expected, "required by share_of_expense"));
}

TEST(RulebookTest, FieldsTheKindDoesNotReadAreRejected) {
    auto f = flat("coordination_ceiling_per_fte");
    f.rate = "coordination_rate";
    const auto d = details_of([&] { (void)make(f, charente_parameters()); });
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].field, "formula.rate");
    EXPECT_EQ(d[0].value, "coordination_rate");
    EXPECT_TRUE(contains(d[0].expected, "flat_per_fte"));
}

TEST(RulebookTest, ZeroCeilingIsRejected) {
    const auto d =
        details_of([] { (void)make(charente_formula(), charente_parameters("25", "0")); });
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].field, "parameters.coordination_ceiling_per_fte.segments[0].value");
    EXPECT_EQ(d[0].value, "0.00");
    EXPECT_EQ(d[0].expected, "a ceiling above 0 €");

    const auto negative =
        details_of([] { (void)make(charente_formula(), charente_parameters("25", "-1")); });
    ASSERT_EQ(negative.size(), 1U);
    EXPECT_EQ(negative[0].value, "-1.00");
}

TEST(RulebookTest, NegativeFlatAmountIsRejectedButZeroIsAllowed) {
    const auto d = details_of([] {
        (void)make(flat("amount"),
                   {amount_param("amount", {seg("2020-01-01", nullptr, eur("-24000"))})});
    });
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].field, "parameters.amount.segments[0].value");
    EXPECT_EQ(d[0].value, "-24000.00");
    EXPECT_EQ(d[0].expected, "an amount of 0 or more");
    EXPECT_NO_THROW((void)make(flat("amount"),
                               {amount_param("amount", {seg("2020-01-01", nullptr, eur("0"))})}));
}

TEST(RulebookTest, DuplicateParameterNamesAndPartIdsAreRejected) {
    auto params = charente_parameters();
    params.push_back(percent_param("coordination_rate", {seg("2020-01-01", nullptr, pct("80"))}));
    auto f = charente_formula();
    f.parts[1].id = "bonus_territoire";
    const auto d = details_of([&] { (void)make(f, params); });
    ASSERT_EQ(d.size(), 2U);
    EXPECT_EQ(d[0].field, "parameters.coordination_rate");
    EXPECT_EQ(d[0].expected, "a value used only once");
    EXPECT_EQ(d[1].field, "formula.parts[1].id");
    EXPECT_EQ(d[1].value, "bonus_territoire");
}

TEST(RulebookTest, PartsNotAddingUpToTheRateAreRejected) {
    const auto d = details_of([] { (void)make(charente_formula(), charente_parameters("20")); });
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].field, "formula.parts");
    EXPECT_EQ(d[0].value, "55 % + 20 % = 75 %");
    EXPECT_EQ(d[0].param("on"), "2020-01-01");
    EXPECT_EQ(d[0].expected,
              "part weights adding up to the rate coordination_rate = 80 % in force on 2020-01-01");
}

TEST(RulebookTest, PartsAreCheckedAtEveryDateAParameterChanges) {
    // From 2024 the bonus rises to 60 % but the rate stays at 80 %: 60 + 25 = 85 ≠ 80.
    auto params = charente_parameters();
    params[3] = percent_param("part_bonus_territoire", {seg("2020-01-01", "2024-01-01", pct("55")),
                                                        seg("2024-01-01", nullptr, pct("60"))});
    const auto d = details_of([&] { (void)make(charente_formula(), params); });
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].value, "60 % + 25 % = 85 %");
    EXPECT_TRUE(contains(d[0].expected, "80 % in force on 2024-01-01"));

    // Raising the rate to 85 % on the same date makes it consistent again.
    params[1] = percent_param("coordination_rate", {seg("2020-01-01", "2024-01-01", pct("80")),
                                                    seg("2024-01-01", nullptr, pct("85"))});
    EXPECT_NO_THROW((void)make(charente_formula(), params));
}

TEST(RulebookTest, FlatPartsArePlainWeights) {
    auto f = flat("amount");
    f.parts = {{"a", {"A", "A"}, "weight_a"}, {"b", {"B", "B"}, "weight_b"}};
    const auto params = [](const char* a, const char* b) {
        return std::vector<ctg::parameter>{
            amount_param("amount", {seg("2020-01-01", nullptr, eur("24000"))}),
            percent_param("weight_a", {seg("2020-01-01", nullptr, pct(a))}),
            percent_param("weight_b", {seg("2020-01-01", nullptr, pct(b))})};
    };
    EXPECT_NO_THROW((void)make(f, params("30", "60")));  // 90 %: any positive sum
    const auto d = details_of([&] { (void)make(f, params("0", "0")); });
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].field, "formula.parts");
    EXPECT_EQ(d[0].expected, "part weights with a sum above 0 % on 2020-01-01");
}

TEST(RulebookTest, PartWeightMustNameARateParameter) {
    auto f = charente_formula();
    f.parts[0].weight_parameter = "coordination_ceiling_per_fte";
    f.parts[1].weight_parameter = "nowhere";
    const auto d = details_of([&] { (void)make(f, charente_parameters()); });
    ASSERT_EQ(d.size(), 2U);
    EXPECT_EQ(d[0].field, "formula.parts[0].weight");
    EXPECT_TRUE(contains(d[0].expected, "percent or share"));
    EXPECT_EQ(d[1].field, "formula.parts[1].weight");
    EXPECT_EQ(d[1].value, "nowhere");
}

TEST(RulebookTest, EveryProblemIsReportedTogether) {
    auto f = charente_formula();
    f.rate = "taux";
    f.parts[1].id = "";
    const auto d = details_of([&] { (void)make(f, charente_parameters("25", "0"), ""); });
    ASSERT_EQ(d.size(), 4U);
    EXPECT_EQ(d[0].field, "id");
    EXPECT_EQ(d[1].field, "formula.rate");
    EXPECT_EQ(d[2].field, "parameters.coordination_ceiling_per_fte.segments[0].value");
    EXPECT_EQ(d[3].field, "formula.parts[1].id");
}

TEST(RulebookTest, ErrorIsAnInvalidArgumentNamingTheRulebook) {
    try {
        (void)make(ctg::formula{}, {}, "mine");
        FAIL();
    } catch (const std::invalid_argument& e) {
        EXPECT_TRUE(contains(e.what(), "rulebook mine"));
        EXPECT_TRUE(contains(e.what(), "formula.amount_per_fte"));
    }
}
