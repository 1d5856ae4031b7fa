// SPDX-License-Identifier: MIT
#include "support/test_support.hpp"
#include <ctg/core/error.hpp>
#include <ctg/rules/scenario.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using ctg_test::contains;
using ctg_test::details_of;

using ctg::parse_date;

const ctg::rulebook& charente() { return ctg::builtin_rulebook("charente-2021"); }

std::string value_on(const ctg::rulebook& book, const char* name, const char* day) {
    const auto& p = book.parameter(name);
    return p.value_text(p.at(parse_date(day)));
}

void expect_override_error(const char* text, const char* why) {
    try {
        (void)ctg::parse_override(text);
        ADD_FAILURE() << "expected invalid_value for " << text;
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().field, "override");
        EXPECT_EQ(e.detail().value, text);
        EXPECT_TRUE(contains(e.detail().expected, "name=value@YYYY-MM-DD")) << e.detail().expected;
        EXPECT_TRUE(contains(e.detail().expected, why)) << e.detail().expected;
    }
}

}  // namespace

TEST(ScenarioTest, ParsesBothOverrideForms) {
    const auto whole = ctg::parse_override("coordination_rate=85");
    EXPECT_EQ(whole.parameter, "coordination_rate");
    EXPECT_EQ(whole.value, "85");
    EXPECT_FALSE(whole.from.has_value());

    const auto dated = ctg::parse_override("coordination_ceiling_per_fte=50 000,00 €@2024-01-01");
    EXPECT_EQ(dated.parameter, "coordination_ceiling_per_fte");
    EXPECT_EQ(dated.value, "50 000,00 €");
    EXPECT_EQ(dated.from, parse_date("2024-01-01"));
}

TEST(ScenarioTest, MalformedOverridesNameTheText) {
    expect_override_error("coordination_rate:85", "no '='");
    expect_override_error("=85", "name before '=' is empty");
    expect_override_error("coordination_rate=", "value after '=' is empty");
    expect_override_error("coordination_rate=@2024-01-01", "value after '=' is empty");
    expect_override_error("coordination_rate=85@2024-13-01", "\"2024-13-01\" after '@'");
    expect_override_error("coordination_rate=85@demain", "\"demain\" after '@'");
}

TEST(ScenarioTest, DatedOverrideCutsTheTimeline) {
    const auto raised =
        ctg::apply_scenario(charente(), "plafond-50k",
                            {ctg::parse_override("coordination_ceiling_per_fte=50000@2024-01-01")});
    EXPECT_EQ(raised.id(), "charente-2021+plafond-50k");
    EXPECT_EQ(value_on(raised, "coordination_ceiling_per_fte", "2023-12-31"), "48000.00");
    EXPECT_EQ(value_on(raised, "coordination_ceiling_per_fte", "2024-01-01"), "50000.00");
    EXPECT_EQ(value_on(raised, "coordination_ceiling_per_fte", "2030-06-30"), "50000.00");

    const auto& segs = raised.parameter("coordination_ceiling_per_fte").segments();
    ASSERT_EQ(segs.size(), 2U);
    EXPECT_EQ(segs[0].span_text(), "[2020-01-01, 2024-01-01)");
    // Kept, with its source, its reading (per ETP) and its confirmation date.
    EXPECT_EQ(segs[0].origin.kind, ctg::evidence::reading);
    EXPECT_EQ(segs[0].confirmed_on, ctg::parse_date("2021-06-30"));
    EXPECT_FALSE(segs[1].confirmed_on.has_value());  // a scenario is confirmed by no source
    EXPECT_EQ(segs[1].span_text(), "[2024-01-01, …)");
    EXPECT_EQ(segs[1].origin.kind, ctg::evidence::scenario);
    EXPECT_EQ(segs[1].origin.cited.document, "scénario plafond-50k");
    EXPECT_EQ(segs[1].origin.cited.locator, "coordination_ceiling_per_fte=50000@2024-01-01");

    // Everything else is the base's.
    EXPECT_EQ(raised.rule(), charente().rule());
    EXPECT_EQ(raised.label(), charente().label());
    EXPECT_EQ(raised.rounding_policy(), charente().rounding_policy());
    EXPECT_EQ(value_on(raised, "coordination_rate", "2024-06-30"), "80 %");
}

TEST(ScenarioTest, BaseIsLeftUntouched) {
    (void)ctg::apply_scenario(
        charente(), "plafond-50k",
        {ctg::parse_override("coordination_ceiling_per_fte=50000@2024-01-01")});
    const auto& ceiling = charente().parameter("coordination_ceiling_per_fte");
    ASSERT_EQ(ceiling.segments().size(), 1U);
    EXPECT_EQ(value_on(charente(), "coordination_ceiling_per_fte", "2024-06-30"), "48000.00");
    EXPECT_EQ(charente().id(), "charente-2021");
}

TEST(ScenarioTest, UndatedOverrideReplacesTheWholeTimeline) {
    const auto flat =
        ctg::apply_scenario(ctg::builtin_rulebook("national-2020"), "forfait-26k",
                            {ctg::parse_override("coordination_amount_per_fte=26000")});
    const auto& segs = flat.parameter("coordination_amount_per_fte").segments();
    ASSERT_EQ(segs.size(), 1U);
    EXPECT_EQ(segs[0].span_text(), "[2020-01-01, …)");
    EXPECT_EQ(segs[0].origin.kind, ctg::evidence::scenario);
    EXPECT_EQ(segs[0].origin.cited.locator, "coordination_amount_per_fte=26000");
    EXPECT_EQ(value_on(flat, "coordination_amount_per_fte", "2020-01-01"), "26000.00");
}

TEST(ScenarioTest, LaterOverridesCutEarlierOnes) {
    const auto book =
        ctg::apply_scenario(charente(), "paliers",
                            {ctg::parse_override("coordination_ceiling_per_fte=50000@2024-01-01"),
                             ctg::parse_override("coordination_ceiling_per_fte=52000@2026-01-01")});
    const auto& p = book.parameter("coordination_ceiling_per_fte");
    ASSERT_EQ(p.segments().size(), 3U);
    EXPECT_EQ(p.segments()[1].span_text(), "[2024-01-01, 2026-01-01)");
    EXPECT_EQ(value_on(book, "coordination_ceiling_per_fte", "2025-12-31"), "50000.00");
    EXPECT_EQ(value_on(book, "coordination_ceiling_per_fte", "2026-01-01"), "52000.00");
}

TEST(ScenarioTest, ConsistentRateAndPartsChangeIsAccepted) {
    // 85 % = 55 % + 30 % from 2024.
    const auto book = ctg::apply_scenario(charente(), "taux-85",
                                          {ctg::parse_override("coordination_rate=85@2024-01-01"),
                                           ctg::parse_override("part_fonds_locaux=30@2024-01-01")});
    EXPECT_EQ(value_on(book, "coordination_rate", "2023-12-31"), "80 %");
    EXPECT_EQ(value_on(book, "coordination_rate", "2024-01-01"), "85 %");
    EXPECT_EQ(value_on(book, "part_fonds_locaux", "2024-01-01"), "30 %");
}

TEST(ScenarioTest, UnknownParameterIsRejected) {
    const auto d = details_of(
        [] { (void)ctg::apply_scenario(charente(), "x", {ctg::parse_override("plafond=50000")}); });
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].field, "overrides[0].parameter");
    EXPECT_EQ(d[0].value, "plafond");
    EXPECT_TRUE(contains(d[0].expected, "coordination_ceiling_per_fte"));
}

TEST(ScenarioTest, ValueThatDoesNotReadInTheUnitIsRejected) {
    const auto d = details_of([] {
        (void)ctg::apply_scenario(charente(), "x",
                                  {ctg::parse_override("coordination_rate=80.5"),
                                   ctg::parse_override("coordination_rate=quatre-vingts")});
    });
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].field, "overrides[1].value");
    EXPECT_EQ(d[0].value, "quatre-vingts");
}

TEST(ScenarioTest, DateBeforeTheFirstSegmentIsRejected) {
    const auto d = details_of([] {
        (void)ctg::apply_scenario(
            charente(), "x",
            {ctg::parse_override("coordination_ceiling_per_fte=50000@2019-01-01")});
    });
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].field, "overrides[0].from");
    EXPECT_EQ(d[0].value, "2019-01-01");
    EXPECT_TRUE(contains(d[0].expected, "on or after 2020-01-01"));
}

TEST(ScenarioTest, ResultsTheRulebookRejectsAreReported) {
    const auto zero = details_of([] {
        (void)ctg::apply_scenario(
            charente(), "x", {ctg::parse_override("coordination_ceiling_per_fte=0@2024-01-01")});
    });
    ASSERT_EQ(zero.size(), 1U);
    EXPECT_EQ(zero[0].field, "parameters.coordination_ceiling_per_fte.segments[1].value");
    EXPECT_EQ(zero[0].expected, "a ceiling above 0 €");

    const auto parts = details_of([] {
        (void)ctg::apply_scenario(charente(), "x",
                                  {ctg::parse_override("coordination_rate=90@2024-01-01")});
    });
    ASSERT_EQ(parts.size(), 1U);
    EXPECT_EQ(parts[0].field, "formula.parts");
    EXPECT_EQ(parts[0].value, "55 % + 25 % = 80 %");
    EXPECT_EQ(parts[0].param("on"), "2024-01-01");
    EXPECT_TRUE(contains(parts[0].expected, "90 %"));
}

TEST(ScenarioTest, EveryBadOverrideIsReportedTogether) {
    try {
        (void)ctg::apply_scenario(
            charente(), "",
            {ctg::parse_override("plafond=1"), ctg::parse_override("coordination_rate=101"),
             ctg::parse_override("part_fonds_locaux=25@2010-01-01")});
        FAIL() << "expected validation_error";
    } catch (const ctg::validation_error& e) {
        std::vector<std::string> fields;
        for (const auto& d : e.details()) {
            fields.push_back(d.field);
        }
        EXPECT_EQ(fields, (std::vector<std::string>{"name", "overrides[0].parameter",
                                                    "overrides[1].value", "overrides[2].from"}));
        EXPECT_TRUE(contains(e.what(), "scenario charente-2021+"));
    }
}
