// SPDX-License-Identifier: MIT
#include <ctg/core/error.hpp>
#include <ctg/core/fte.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using ctg::fte;
using ctg::rounding;
using ctg::weekly_hours;

TEST(FteTest, ParsesDecimalNotations) {
    EXPECT_EQ(fte::parse("0.75").ten_thousandths(), 7500);
    EXPECT_EQ(fte::parse("1.5").ten_thousandths(), 15000);
    EXPECT_EQ(fte::parse("2,5").ten_thousandths(), 25000);
    EXPECT_EQ(fte::parse("0,75").ten_thousandths(), 7500);
    EXPECT_EQ(fte::parse("0.5714").ten_thousandths(), 5714);
    EXPECT_EQ(fte::parse("4").ten_thousandths(), 40000);
    EXPECT_EQ(fte::parse("14.75").ten_thousandths(), 147500);
    EXPECT_EQ(fte::parse("0").ten_thousandths(), 0);
    EXPECT_EQ(fte::parse("0.0001").ten_thousandths(), 1);
    EXPECT_EQ(fte::parse(" 1 ").ten_thousandths(), 10000);
}

TEST(FteTest, RejectsAFifthDecimal) {
    EXPECT_THROW((void)fte::parse("0.57142"), ctg::invalid_value);
    EXPECT_THROW((void)fte::parse("0,57142"), std::invalid_argument);
    EXPECT_THROW((void)fte::parse("1.00001"), ctg::error);
    try {
        (void)fte::parse("0.57142", "posts[0].fte");
        FAIL() << "no exception";
    } catch (const ctg::invalid_value& e) {
        const std::string what = e.what();
        EXPECT_EQ(e.detail().field, "posts[0].fte");
        EXPECT_EQ(e.detail().value, "0.57142");
        EXPECT_NE(what.find("5 decimal places"), std::string::npos) << what;
    }
}

TEST(FteTest, RejectsNegativeValues) {
    EXPECT_THROW((void)fte::parse("-1"), ctg::invalid_value);
    EXPECT_THROW((void)fte::parse("-0.5"), ctg::invalid_value);
    EXPECT_THROW((void)fte::parse("\xE2\x88\x92"
                                  "1"),
                 ctg::invalid_value);
    EXPECT_THROW((void)fte::from_ten_thousandths(-1), ctg::invalid_value);
    try {
        (void)fte::parse("-1", "etp");
        FAIL() << "no exception";
    } catch (const ctg::error& e) {
        EXPECT_EQ(e.detail().field, "etp");
        EXPECT_NE(e.detail().expected.find("negative"), std::string::npos) << e.detail().expected;
    }
}

TEST(FteTest, RejectsGroupingAndMalformedText) {
    const std::vector<std::string> rejected{"1 000",
                                            "1"
                                            "\xC2\xA0"
                                            "000",
                                            "",
                                            "abc",
                                            "1e2",
                                            "0.5 %",
                                            "1,5.0",
                                            "1.",
                                            ".5",
                                            "--1",
                                            "NaN",
                                            "1 "
                                            "\xE2\x82\xAC"};
    for (const auto& text : rejected) {
        EXPECT_THROW((void)fte::parse(text), ctg::invalid_value) << text;
    }
}

TEST(FteTest, FromTenThousandths) {
    EXPECT_EQ(fte::from_ten_thousandths(5714).ten_thousandths(), 5714);
    EXPECT_EQ(fte::from_ten_thousandths(0).ten_thousandths(), 0);
    EXPECT_EQ(fte().ten_thousandths(), 0);
}

TEST(FteTest, FormatsPlainAndFrench) {
    EXPECT_EQ(fte::parse("0.75").to_string(), "0.75");
    EXPECT_EQ(fte::parse("4").to_string(), "4");
    EXPECT_EQ(fte::parse("4.0000").to_string(), "4");
    EXPECT_EQ(fte::parse("0.5714").to_string(), "0.5714");
    EXPECT_EQ(fte::parse("2,5").to_string(), "2.5");
    EXPECT_EQ(fte().to_string(), "0");
    EXPECT_EQ(fte::parse("0.75").to_french(), "0,75");
    EXPECT_EQ(fte::parse("2.5").to_french(), "2,5");
    EXPECT_EQ(fte::parse("4").to_french(), "4");
    EXPECT_EQ(fte::parse("0.0001").to_french(), "0,0001");
    // No grouping, so that the French text reads back.
    EXPECT_EQ(fte::parse("1234.5").to_french(), "1234,5");
    EXPECT_EQ(fte::parse(fte::parse("1234.5").to_french()), fte::parse("1234.5"));
}

TEST(FteTest, ComparesByValue) {
    EXPECT_EQ(fte::parse("0.5"), fte::parse("0,5000"));
    EXPECT_LT(fte::parse("0.5714"), fte::parse("0.75"));
    EXPECT_GT(fte::parse("4"), fte::parse("3.9999"));
}

TEST(FteTest, WeeklyHoursParseAndFormat) {
    EXPECT_EQ(weekly_hours::parse("35").hundredths(), 3500);
    EXPECT_EQ(weekly_hours::parse("17.5").hundredths(), 1750);
    EXPECT_EQ(weekly_hours::parse("7,25").hundredths(), 725);
    EXPECT_EQ(weekly_hours::parse("17.5").to_string(), "17.5 h");
    EXPECT_EQ(weekly_hours::parse("35").to_string(), "35 h");
    EXPECT_THROW((void)weekly_hours::parse("-35"), ctg::invalid_value);
    EXPECT_THROW((void)weekly_hours::parse("17.555"), ctg::invalid_value);
    EXPECT_THROW((void)weekly_hours::parse("1 000"), ctg::invalid_value);
    try {
        (void)weekly_hours::parse("x", "contract.hours");
        FAIL() << "no exception";
    } catch (const ctg::error& e) {
        EXPECT_EQ(e.detail().field, "contract.hours");
    }
}

TEST(FteTest, FromWeeklyHoursRoundsOnceUnderThePolicy) {
    const auto twenty = weekly_hours::parse("20");
    const auto full = weekly_hours::parse("35");
    // 20 / 35 = 0.571428… → 5714.28… ten-thousandths.
    EXPECT_EQ(fte::from_weekly_hours(twenty, full, rounding::half_away_from_zero).ten_thousandths(),
              5714);
    EXPECT_EQ(fte::from_weekly_hours(twenty, full, rounding::half_even).ten_thousandths(), 5714);
    EXPECT_EQ(fte::from_weekly_hours(twenty, full, rounding::toward_zero).ten_thousandths(), 5714);
    EXPECT_EQ(fte::from_weekly_hours(twenty, full, rounding::down).ten_thousandths(), 5714);
    EXPECT_EQ(fte::from_weekly_hours(twenty, full, rounding::up).ten_thousandths(), 5715);
    EXPECT_EQ(fte::from_weekly_hours(twenty, full, rounding::half_away_from_zero).to_string(),
              "0.5714");
    EXPECT_EQ(fte::from_weekly_hours(twenty, full, rounding::up).to_string(), "0.5715");
}

TEST(FteTest, FromWeeklyHoursIsExactWhenItCanBe) {
    const auto full = weekly_hours::parse("35");
    const auto units = [&](const char* worked, rounding policy) {
        return fte::from_weekly_hours(weekly_hours::parse(worked), full, policy).ten_thousandths();
    };
    for (const auto policy : {rounding::half_away_from_zero, rounding::half_even,
                              rounding::toward_zero, rounding::down, rounding::up}) {
        EXPECT_EQ(units("17.5", policy), 5000);
        EXPECT_EQ(units("35", policy), 10000);
        EXPECT_EQ(units("0", policy), 0);
        EXPECT_EQ(units("28", policy), 8000);
    }
    // Over full time: 40 / 35 = 1.142857… → 11428.57…
    EXPECT_EQ(fte::from_weekly_hours(weekly_hours::parse("40"), full, rounding::half_away_from_zero)
                  .ten_thousandths(),
              11429);
    EXPECT_EQ(
        fte::from_weekly_hours(weekly_hours::parse("40"), full, rounding::down).ten_thousandths(),
        11428);
    // A tie at the fifth decimal: 1 h / 32 h = 0.03125 → 312.5 ten-thousandths.
    const auto one = weekly_hours::parse("1");
    const auto thirty_two = weekly_hours::parse("32");
    EXPECT_EQ(
        fte::from_weekly_hours(one, thirty_two, rounding::half_away_from_zero).ten_thousandths(),
        313);
    EXPECT_EQ(fte::from_weekly_hours(one, thirty_two, rounding::half_even).ten_thousandths(), 312);
}

TEST(FteTest, FromWeeklyHoursRejectsZeroFullTime) {
    const auto zero = weekly_hours::parse("0");
    EXPECT_THROW((void)fte::from_weekly_hours(weekly_hours::parse("20"), zero,
                                              rounding::half_away_from_zero),
                 ctg::invalid_value);
    EXPECT_THROW((void)fte::from_weekly_hours(zero, zero, rounding::up), std::invalid_argument);
}

TEST(FteTest, AddsAndDetectsOverflow) {
    EXPECT_EQ((fte::parse("0.75") + fte::parse("0.5")).ten_thousandths(), 12500);
    EXPECT_EQ((fte::parse("4") + fte()).to_string(), "4");
    const fte top = fte::from_ten_thousandths(std::numeric_limits<std::int64_t>::max());
    const fte unit = fte::from_ten_thousandths(1);
    EXPECT_THROW((void)(top + unit), ctg::overflow);
    EXPECT_THROW((void)(unit + top), std::overflow_error);
    EXPECT_THROW((void)(top + top), ctg::error);
    EXPECT_EQ((top + fte()).ten_thousandths(), std::numeric_limits<std::int64_t>::max());
}

}  // namespace
