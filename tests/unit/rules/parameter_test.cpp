// SPDX-License-Identifier: MIT
#include "support/test_support.hpp"
#include <ctg/core/error.hpp>
#include <ctg/rules/parameter.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace {

using ctg_test::contains;
using ctg_test::details_of;

using ctg::parse_date;

ctg::provenance cited() {
    return {ctg::evidence::source_document,
            {"Caf de la Charente, 30 juin 2021", "diapositive", ""}};
}

ctg::segment money_segment(const char* start, const char* end, const char* amount) {
    return {parse_date(start), end ? std::optional(parse_date(end)) : std::nullopt,
            ctg::money::parse(amount), cited()};
}

ctg::segment rate_segment(const char* start, const char* end, const char* percent) {
    return {parse_date(start), end ? std::optional(parse_date(end)) : std::nullopt,
            ctg::rate::parse(percent, ctg::rate_notation::percent), cited()};
}

ctg::parameter ceiling(std::vector<ctg::segment> segments) {
    return {"ceiling", ctg::unit::eur_per_fte, {"Plafond", "Ceiling"}, std::move(segments)};
}

}  // namespace

TEST(ParameterTest, UnitNamesRoundTrip) {
    for (const auto u :
         {ctg::unit::eur, ctg::unit::eur_per_fte, ctg::unit::percent, ctg::unit::share}) {
        EXPECT_EQ(ctg::parse_unit(ctg::to_string(u)), u);
    }
    EXPECT_EQ(ctg::to_string(ctg::unit::eur_per_fte), "eur_per_fte");
    EXPECT_EQ(ctg::to_string(ctg::unit::share), "share");
}

TEST(ParameterTest, UnknownUnitIsRejectedWithFieldValueAndChoices) {
    try {
        (void)ctg::parse_unit("euros", "parameters.x.unit");
        FAIL() << "expected invalid_value";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().field, "parameters.x.unit");
        EXPECT_EQ(e.detail().value, "euros");
        EXPECT_TRUE(contains(e.detail().expected, "eur_per_fte"));
        EXPECT_TRUE(contains(e.detail().expected, "percent"));
    }
}

TEST(ParameterTest, SpanTextShowsHalfOpenSegments) {
    EXPECT_EQ(money_segment("2020-01-01", nullptr, "48000").span_text(), "[2020-01-01, …)");
    EXPECT_EQ(money_segment("2020-01-01", "2024-01-01", "48000").span_text(),
              "[2020-01-01, 2024-01-01)");
}

TEST(ParameterTest, AtReturnsTheSegmentInForce) {
    const auto p = ceiling({money_segment("2020-01-01", "2024-01-01", "48000"),
                            money_segment("2024-01-01", nullptr, "50000")});
    EXPECT_EQ(std::get<ctg::money>(p.at(parse_date("2020-01-01")).value).cents(), 4'800'000);
    EXPECT_EQ(std::get<ctg::money>(p.at(parse_date("2023-12-31")).value).cents(), 4'800'000);
    EXPECT_EQ(std::get<ctg::money>(p.at(parse_date("2024-01-01")).value).cents(), 5'000'000);
    EXPECT_EQ(std::get<ctg::money>(p.at(parse_date("2099-12-31")).value).cents(), 5'000'000);
    EXPECT_EQ(p.coverage_text(), "[2020-01-01, …)");
}

TEST(ParameterTest, SegmentsAreSortedByStart) {
    const auto p = ceiling({money_segment("2024-01-01", nullptr, "50000"),
                            money_segment("2020-01-01", "2024-01-01", "48000")});
    ASSERT_EQ(p.segments().size(), 2U);
    EXPECT_EQ(p.segments()[0].start, parse_date("2020-01-01"));
    EXPECT_EQ(p.segments()[1].start, parse_date("2024-01-01"));
}

TEST(ParameterTest, DateOutsideEverySegmentNamesParameterDateAndCoverage) {
    const auto p = ceiling({money_segment("2020-01-01", "2024-01-01", "48000")});
    try {
        (void)p.at(parse_date("2019-12-31"));
        FAIL() << "expected out_of_range_value";
    } catch (const ctg::out_of_range_value& e) {
        EXPECT_EQ(e.detail().field, "parameters.ceiling");
        EXPECT_EQ(e.detail().value, "2019-12-31");
        EXPECT_EQ(e.detail().expected, "a date covered by the parameter: [2020-01-01, 2024-01-01)");
        EXPECT_TRUE(contains(e.what(), "[2020-01-01, 2024-01-01)"));
    }
    // The end is the first day outside.
    EXPECT_THROW((void)p.at(parse_date("2024-01-01")), ctg::out_of_range_value);
    EXPECT_THROW((void)p.at(parse_date("2024-01-01")), std::out_of_range);
}

TEST(ParameterTest, NoSegmentIsRejected) {
    const auto d = details_of([] { (void)ceiling({}); });
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].field, "parameters.ceiling.segments");
    EXPECT_TRUE(contains(d[0].expected, "at least one"));
}

TEST(ParameterTest, ValueOfTheWrongKindForTheUnitIsRejected) {
    const auto d = details_of([] {
        (void)ctg::parameter("rate", ctg::unit::percent, {},
                             {money_segment("2020-01-01", nullptr, "80")});
    });
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].field, "parameters.rate.segments[0].value");
    EXPECT_EQ(d[0].value, "80.00");
    EXPECT_EQ(d[0].expected, "a rate, as the unit is percent");

    const auto d2 = details_of([] { (void)ceiling({rate_segment("2020-01-01", nullptr, "80")}); });
    ASSERT_EQ(d2.size(), 1U);
    EXPECT_EQ(d2[0].field, "parameters.ceiling.segments[0].value");
    EXPECT_EQ(d2[0].value, "80 %");
    EXPECT_EQ(d2[0].expected, "an amount, as the unit is eur_per_fte");
}

TEST(ParameterTest, EndBeforeOrOnStartIsRejected) {
    const auto d =
        details_of([] { (void)ceiling({money_segment("2020-01-01", "2019-06-30", "48000")}); });
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].field, "parameters.ceiling.segments[0].end");
    EXPECT_EQ(d[0].value, "2019-06-30");
    EXPECT_TRUE(contains(d[0].expected, "after the start 2020-01-01"));

    const auto same =
        details_of([] { (void)ceiling({money_segment("2020-01-01", "2020-01-01", "48000")}); });
    ASSERT_EQ(same.size(), 1U);
    EXPECT_EQ(same[0].field, "parameters.ceiling.segments[0].end");
}

TEST(ParameterTest, OverlappingSegmentsAreRejected) {
    const auto d = details_of([] {
        (void)ceiling({money_segment("2020-01-01", "2023-01-01", "48000"),
                       money_segment("2022-01-01", nullptr, "50000")});
    });
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].field, "parameters.ceiling.segments[1].start");
    EXPECT_EQ(d[0].value, "2022-01-01");
    EXPECT_TRUE(contains(d[0].expected, "on or after 2023-01-01"));
    EXPECT_TRUE(contains(d[0].expected, "overlaps segments[0] [2020-01-01, 2023-01-01)"));
}

TEST(ParameterTest, OverlapPathsKeepTheGivenIndexesWhenUnsorted) {
    const auto d = details_of([] {
        (void)ceiling({money_segment("2022-01-01", nullptr, "50000"),
                       money_segment("2020-01-01", "2023-01-01", "48000")});
    });
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].field, "parameters.ceiling.segments[0].start");
    EXPECT_TRUE(contains(d[0].expected, "segments[1]"));
}

TEST(ParameterTest, GapBetweenSegmentsIsRejected) {
    const auto d = details_of([] {
        (void)ceiling({money_segment("2020-01-01", "2022-01-01", "48000"),
                       money_segment("2022-07-01", nullptr, "50000")});
    });
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].field, "parameters.ceiling.segments[1].start");
    EXPECT_EQ(d[0].value, "2022-07-01");
    EXPECT_TRUE(contains(d[0].expected, "2022-01-01, the end of segments[0]"));
    EXPECT_TRUE(contains(d[0].expected, "no gap"));
}

TEST(ParameterTest, OpenEndedSegmentMustBeTheLast) {
    const auto d = details_of([] {
        (void)ceiling({money_segment("2020-01-01", nullptr, "48000"),
                       money_segment("2024-01-01", nullptr, "50000")});
    });
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].field, "parameters.ceiling.segments[0].end");
    EXPECT_EQ(d[0].value, "null");
    EXPECT_TRUE(contains(d[0].expected, "only the last segment may be open-ended"));
}

TEST(ParameterTest, EveryProblemIsReportedTogether) {
    const auto d = details_of([] {
        (void)ceiling({money_segment("2020-01-01", "2019-01-01", "48000"),  // end before start
                       rate_segment("2021-01-01", "2022-01-01", "80"),      // wrong kind
                       money_segment("2023-01-01", nullptr, "50000")});     // gap after [1]
    });
    ASSERT_EQ(d.size(), 3U);
    EXPECT_EQ(d[0].field, "parameters.ceiling.segments[0].end");
    EXPECT_EQ(d[1].field, "parameters.ceiling.segments[1].value");
    EXPECT_EQ(d[2].field, "parameters.ceiling.segments[2].start");
}

TEST(ParameterTest, ValidationErrorIsAnInvalidArgumentNamingTheParameter) {
    try {
        (void)ceiling({});
        FAIL();
    } catch (const std::invalid_argument& e) {
        EXPECT_TRUE(contains(e.what(), "parameter ceiling"));
        EXPECT_TRUE(contains(e.what(), "parameters.ceiling.segments"));
    }
}

TEST(ParameterTest, ValueTextFollowsTheUnit) {
    const auto amount = ceiling({money_segment("2020-01-01", nullptr, "48000")});
    EXPECT_EQ(amount.value_text(amount.segments()[0]), "48000.00");
    const ctg::parameter percent("rate", ctg::unit::percent, {},
                                 {rate_segment("2020-01-01", nullptr, "80")});
    EXPECT_EQ(percent.value_text(percent.segments()[0]), "80 %");
    const ctg::parameter loire("rate", ctg::unit::percent, {},
                               {rate_segment("2014-01-01", nullptr, "62.43")});
    EXPECT_EQ(loire.value_text(loire.segments()[0]), "62.43 %");
    const ctg::parameter share("rate", ctg::unit::share, {},
                               {rate_segment("2020-01-01", nullptr, "80")});
    EXPECT_EQ(share.value_text(share.segments()[0]), "0.8");
}

TEST(ParameterTest, AccessorsReturnWhatWasGiven) {
    const auto p = ceiling({money_segment("2020-01-01", nullptr, "48000")});
    EXPECT_EQ(p.name(), "ceiling");
    EXPECT_EQ(p.value_unit(), ctg::unit::eur_per_fte);
    EXPECT_EQ(p.label().in(ctg::language::en), "Ceiling");
    EXPECT_EQ(p.segments()[0].origin, cited());
    EXPECT_TRUE(p.segments()[0].contains(parse_date("2021-06-30")));
    EXPECT_FALSE(p.segments()[0].contains(parse_date("2019-12-31")));
}
