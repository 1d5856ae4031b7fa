// SPDX-License-Identifier: MIT
#include <ctg/core/error.hpp>
#include <ctg/core/rate.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using ctg::rate;
using ctg::rate_notation;

constexpr auto percent = rate_notation::percent;
constexpr auto share = rate_notation::share;

TEST(RateTest, ParsesPercentNotation) {
    EXPECT_EQ(rate::parse("80", percent).millionths(), 800000);
    EXPECT_EQ(rate::parse("62.43", percent).millionths(), 624300);
    EXPECT_EQ(rate::parse("62,43", percent).millionths(), 624300);
    EXPECT_EQ(rate::parse("62.4321", percent).millionths(), 624321);
    EXPECT_EQ(rate::parse("0.0001", percent).millionths(), 1);
    EXPECT_EQ(rate::parse("100", percent).millionths(), 1000000);
    EXPECT_EQ(rate::parse("0", percent).millionths(), 0);
    EXPECT_EQ(rate::parse(" 80 ", percent).millionths(), 800000);
}

TEST(RateTest, ParsesPercentSign) {
    EXPECT_EQ(rate::parse("55 %", percent).millionths(), 550000);
    EXPECT_EQ(rate::parse("55%", percent).millionths(), 550000);
    EXPECT_EQ(rate::parse("100 %", share).millionths(), 1000000);
}

TEST(RateTest, PercentSignWinsOverShareNotation) {
    EXPECT_EQ(rate::parse("62.43 %", share).millionths(), 624300);
    EXPECT_EQ(rate::parse("0.8 %", share).millionths(), 8000);
    EXPECT_EQ(rate::parse("80 %", share), rate::parse("0.8", share));
}

TEST(RateTest, ParsesShareNotation) {
    EXPECT_EQ(rate::parse("0.8", share).millionths(), 800000);
    EXPECT_EQ(rate::parse("0,8", share).millionths(), 800000);
    EXPECT_EQ(rate::parse("0.624321", share).millionths(), 624321);
    EXPECT_EQ(rate::parse("0.000001", share).millionths(), 1);
    EXPECT_EQ(rate::parse("1", share).millionths(), 1000000);
    EXPECT_EQ(rate::parse("0", share).millionths(), 0);
}

TEST(RateTest, SameRateInBothNotationsIsEqual) {
    EXPECT_EQ(rate::parse("80", percent), rate::parse("0.8", share));
    EXPECT_LT(rate::parse("55 %", share), rate::parse("0.8", share));
    EXPECT_GT(rate::parse("100", percent), rate::parse("99.9999", percent));
}

TEST(RateTest, RejectsTooManyDecimals) {
    EXPECT_THROW((void)rate::parse("62.43215", percent), ctg::invalid_value);  // 5 decimals
    EXPECT_THROW((void)rate::parse("62.43215 %", share), ctg::invalid_value);
    EXPECT_THROW((void)rate::parse("0.00001", percent), ctg::invalid_value);
    EXPECT_THROW((void)rate::parse("0.6243211", share), ctg::invalid_value);  // 7 decimals
    EXPECT_THROW((void)rate::parse("0.0000001", share), std::invalid_argument);
}

TEST(RateTest, CountsWrittenDecimalsOfAPercentageEvenWhenZero) {
    // Four decimals is the scale of a percentage: a fifth written digit is refused, as the
    // third decimal of an amount is, even when it is a zero.
    EXPECT_THROW((void)ctg::rate::parse("62.43210", ctg::rate_notation::percent),
                 ctg::invalid_value);
    EXPECT_THROW((void)ctg::rate::parse("62.43210 %", ctg::rate_notation::share),
                 ctg::invalid_value);
    EXPECT_EQ(ctg::rate::parse("62.4321", ctg::rate_notation::percent).millionths(), 624321);
    EXPECT_EQ(ctg::rate::parse("0.624321", ctg::rate_notation::share).millionths(), 624321);
}

TEST(RateTest, RejectsRatesAbove100Percent) {
    EXPECT_THROW((void)rate::parse("100.0001 %", share), ctg::invalid_value);
    EXPECT_THROW((void)rate::parse("100.0001", percent), ctg::invalid_value);
    EXPECT_THROW((void)rate::parse("101", percent), ctg::invalid_value);
    EXPECT_THROW((void)rate::parse("1.000001", share), ctg::invalid_value);
    EXPECT_THROW((void)rate::parse("2", share), ctg::invalid_value);
    // Far too large to be held: still an invalid rate, not an out-of-range lookup.
    EXPECT_THROW((void)rate::parse("99999999999999999999", percent), ctg::invalid_value);
    EXPECT_THROW((void)rate::parse("10000000000000", share), std::invalid_argument);
}

TEST(RateTest, RejectsNegativeAndMalformedRates) {
    const std::vector<std::string> rejected{
        "-5",
        "\xE2\x88\x92"
        "5",
        "-0.1",
        "",
        " ",
        "%",
        "abc",
        "NaN",
        "1e2",
        "80 % %",
        "80%%",
        ".",
        "5.",
        "80 "
        "\xE2\x82\xAC",
        "1 000",
        "62.43.1",
        "0,5.1",
    };
    for (const auto& text : rejected) {
        EXPECT_THROW((void)rate::parse(text, percent), ctg::invalid_value) << text;
        EXPECT_THROW((void)rate::parse(text, share), ctg::invalid_value) << text;
    }
}

TEST(RateTest, RejectionsNameTheField) {
    for (const char* text : {"-5", "101", "62.43215", "abc"}) {
        try {
            (void)rate::parse(text, percent, "parameters.taux");
            FAIL() << "no exception for " << text;
        } catch (const ctg::error& e) {
            EXPECT_EQ(e.detail().field, "parameters.taux");
            EXPECT_EQ(e.detail().value, text);
        }
    }
    try {
        (void)rate::parse("-5", percent);
        FAIL() << "no exception";
    } catch (const std::invalid_argument& e) {
        const std::string what = e.what();
        EXPECT_EQ(what.rfind("rate: got \"-5\"", 0), 0U) << what;
    }
}

TEST(RateTest, FromMillionthsChecksTheRange) {
    EXPECT_EQ(rate::from_millionths(0).millionths(), 0);
    EXPECT_EQ(rate::from_millionths(624321).millionths(), 624321);
    EXPECT_EQ(rate::from_millionths(rate::scale).millionths(), 1000000);
    EXPECT_THROW((void)rate::from_millionths(-1), ctg::invalid_value);
    EXPECT_THROW((void)rate::from_millionths(1000001), ctg::invalid_value);
    try {
        (void)rate::from_millionths(1010000, "ceiling_rate");
        FAIL() << "no exception";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().field, "ceiling_rate");
        EXPECT_EQ(e.detail().value, "101 %");
    }
    EXPECT_EQ(rate().millionths(), 0);
}

TEST(RateTest, FormatsAsPercent) {
    EXPECT_EQ(rate::parse("62.43 %", share).to_percent_string(), "62.43 %");
    EXPECT_EQ(rate::parse("80", percent).to_percent_string(), "80 %");
    EXPECT_EQ(rate::parse("100", percent).to_percent_string(), "100 %");
    EXPECT_EQ(rate().to_percent_string(), "0 %");
    EXPECT_EQ(rate::from_millionths(624321).to_percent_string(), "62.4321 %");
    EXPECT_EQ(rate::from_millionths(1).to_percent_string(), "0.0001 %");
    EXPECT_EQ(rate::from_millionths(50000).to_percent_string(), "5 %");
}

// As Babel writes French percents: U+00A0 NO-BREAK SPACE before the sign.
TEST(RateTest, FormatsInFrench) {
    EXPECT_EQ(rate::parse("62.43 %", share).to_french(), "62,43\u00A0%");
    EXPECT_EQ(rate::parse("80", percent).to_french(), "80\u00A0%");
    EXPECT_EQ(rate::from_millionths(5).to_french(), "0,0005\u00A0%");
}

TEST(RateTest, FormatsAsShare) {
    EXPECT_EQ(rate::parse("62.43 %", share).to_share_string(), "0.6243");
    EXPECT_EQ(rate::parse("80", percent).to_share_string(), "0.8");
    EXPECT_EQ(rate::parse("100", percent).to_share_string(), "1");
    EXPECT_EQ(rate().to_share_string(), "0");
    EXPECT_EQ(rate::from_millionths(1).to_share_string(), "0.000001");
}

TEST(RateTest, FormattedTextParsesBack) {
    for (std::int64_t m = 0; m <= rate::scale; m += 7919) {  // a prime step over the range
        const rate r = rate::from_millionths(m);
        EXPECT_EQ(rate::parse(r.to_share_string(), share), r) << r.to_share_string();
        EXPECT_EQ(rate::parse(r.to_french(), share), r) << r.to_french();
        // 4 decimals of a percentage are exactly the millionths of a share.
        EXPECT_EQ(rate::parse(r.to_percent_string(), share), r) << r.to_percent_string();
    }
}

}  // namespace
