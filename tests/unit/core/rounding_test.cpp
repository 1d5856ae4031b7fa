// SPDX-License-Identifier: MIT
#include <ctg/core/error.hpp>
#include <ctg/core/rounding.hpp>

#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <limits>
#include <random>
#include <stdexcept>
#include <string>

namespace {

using ctg::rounding;
using ctg::wide_int;

constexpr std::array<rounding, 5> all_policies{rounding::half_away_from_zero, rounding::half_even,
                                               rounding::toward_zero, rounding::down, rounding::up};

constexpr std::int64_t i64_max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t i64_min = std::numeric_limits<std::int64_t>::min();

// One row of the table in rounding.hpp: numerator / 10, rounded under each policy (in the order
// of all_policies).
struct table_row {
    std::int64_t tenths;
    std::array<std::int64_t, 5> expected;
};

// Worked out by hand from the definitions (and the table of rounding.hpp for ±2.5, 2.4, -2.6).
constexpr std::array<table_row, 13> table{{
    //        half_away half_even toward_zero down up
    {25, {3, 2, 2, 2, 3}},        //  2.5
    {-25, {-3, -2, -2, -3, -2}},  // -2.5
    {24, {2, 2, 2, 2, 3}},        //  2.4
    {-26, {-3, -3, -2, -3, -2}},  // -2.6
    {35, {4, 4, 3, 3, 4}},        //  3.5
    {-35, {-4, -4, -3, -4, -3}},  // -3.5
    {26, {3, 3, 2, 2, 3}},        //  2.6
    {-24, {-2, -2, -2, -3, -2}},  // -2.4
    {5, {1, 0, 0, 0, 1}},         //  0.5
    {-5, {-1, 0, 0, -1, 0}},      // -0.5
    {30, {3, 3, 3, 3, 3}},        //  3 exactly
    {-30, {-3, -3, -3, -3, -3}},  // -3 exactly
    {0, {0, 0, 0, 0, 0}},         //  0
}};

TEST(RoundingTest, DivideRoundedMatchesTheTableForEveryPolicy) {
    for (const auto& row : table) {
        for (std::size_t p = 0; p < all_policies.size(); ++p) {
            EXPECT_EQ(ctg::divide_rounded(row.tenths, 10, all_policies[p]), row.expected[p])
                << row.tenths << "/10 under " << ctg::to_string(all_policies[p]);
        }
    }
}

TEST(RoundingTest, NegativeDivisorGivesTheSameQuotientAsNegatedNumerator) {
    for (const auto& row : table) {
        for (std::size_t p = 0; p < all_policies.size(); ++p) {
            // n / -10 == -n / 10
            EXPECT_EQ(ctg::divide_rounded(-row.tenths, -10, all_policies[p]), row.expected[p])
                << -row.tenths << "/-10 under " << ctg::to_string(all_policies[p]);
        }
    }
    EXPECT_EQ(ctg::divide_rounded(5, -2, rounding::down), -3);
    EXPECT_EQ(ctg::divide_rounded(5, -2, rounding::up), -2);
    EXPECT_EQ(ctg::divide_rounded(-5, -2, rounding::half_even), 2);
    EXPECT_EQ(ctg::divide_rounded(-7, -2, rounding::half_even), 4);
}

TEST(RoundingTest, DocumentedExamples) {
    EXPECT_EQ(ctg::divide_rounded(5, 2, rounding::half_even), 2);
    EXPECT_EQ(ctg::divide_rounded(-5, 2, rounding::half_away_from_zero), -3);
}

TEST(RoundingTest, HalfEvenTiesGoToTheEvenNeighbour) {
    // k + 1/2 for k = -6..5: even k stays, odd k moves away from zero.
    EXPECT_EQ(ctg::divide_rounded(1, 2, rounding::half_even), 0);
    EXPECT_EQ(ctg::divide_rounded(3, 2, rounding::half_even), 2);
    EXPECT_EQ(ctg::divide_rounded(5, 2, rounding::half_even), 2);
    EXPECT_EQ(ctg::divide_rounded(7, 2, rounding::half_even), 4);
    EXPECT_EQ(ctg::divide_rounded(9, 2, rounding::half_even), 4);
    EXPECT_EQ(ctg::divide_rounded(11, 2, rounding::half_even), 6);
    EXPECT_EQ(ctg::divide_rounded(-1, 2, rounding::half_even), 0);
    EXPECT_EQ(ctg::divide_rounded(-3, 2, rounding::half_even), -2);
    EXPECT_EQ(ctg::divide_rounded(-5, 2, rounding::half_even), -2);
    EXPECT_EQ(ctg::divide_rounded(-7, 2, rounding::half_even), -4);
}

TEST(RoundingTest, ZeroDivisorIsAnInvalidValue) {
    for (const auto policy : all_policies) {
        EXPECT_THROW((void)ctg::divide_rounded(1, 0, policy), ctg::invalid_value);
        EXPECT_THROW((void)ctg::divide_rounded(0, 0, policy), std::invalid_argument);
        EXPECT_THROW((void)ctg::divide_rounded(-7, 0, policy), ctg::error);
    }
    try {
        (void)ctg::divide_rounded(10, 0, rounding::half_even);
        FAIL() << "no exception";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().field, "divisor");
        EXPECT_EQ(e.detail().value, "0");
    }
}

TEST(RoundingTest, HandlesTheWholeWideRange) {
    const wide_int max = std::numeric_limits<wide_int>::max();
    for (const auto policy : all_policies) {
        EXPECT_EQ(ctg::divide_rounded(max, 1, policy), max);
        EXPECT_EQ(ctg::divide_rounded(-max, 1, policy), -max);
        EXPECT_EQ(ctg::divide_rounded(max, -1, policy), -max);
        EXPECT_EQ(ctg::divide_rounded(max, max, policy), 1);
    }
    // (max - 1) / max is just below 1: a remainder whose double exceeds 128 bits.
    EXPECT_EQ(ctg::divide_rounded(max - 1, max, rounding::half_away_from_zero), 1);
    EXPECT_EQ(ctg::divide_rounded(max - 1, max, rounding::half_even), 1);
    EXPECT_EQ(ctg::divide_rounded(max - 1, max, rounding::toward_zero), 0);
    EXPECT_EQ(ctg::divide_rounded(max - 1, max, rounding::down), 0);
    EXPECT_EQ(ctg::divide_rounded(max - 1, max, rounding::up), 1);
    EXPECT_EQ(ctg::divide_rounded(1 - max, max, rounding::half_away_from_zero), -1);
    EXPECT_EQ(ctg::divide_rounded(1 - max, max, rounding::down), -1);
    EXPECT_EQ(ctg::divide_rounded(1 - max, max, rounding::up), 0);
    // A tie with a huge even divisor: (2^127 - 1) / (2^128 - 2) = 1/2.
    const wide_int even = max - 1;
    const wide_int half = even / 2;
    EXPECT_EQ(ctg::divide_rounded(half, even, rounding::half_away_from_zero), 1);
    EXPECT_EQ(ctg::divide_rounded(half, even, rounding::half_even), 0);
    EXPECT_EQ(ctg::divide_rounded(-half, even, rounding::half_away_from_zero), -1);
    EXPECT_EQ(ctg::divide_rounded(-half, even, rounding::half_even), 0);
    EXPECT_EQ(ctg::divide_rounded(half + 1, even, rounding::half_even), 1);
    EXPECT_EQ(ctg::divide_rounded(half - 1, even, rounding::half_away_from_zero), 0);
}

TEST(RoundingTest, ToStringNamesEveryPolicy) {
    EXPECT_EQ(ctg::to_string(rounding::half_away_from_zero), "half_away_from_zero");
    EXPECT_EQ(ctg::to_string(rounding::half_even), "half_even");
    EXPECT_EQ(ctg::to_string(rounding::toward_zero), "toward_zero");
    EXPECT_EQ(ctg::to_string(rounding::down), "down");
    EXPECT_EQ(ctg::to_string(rounding::up), "up");
}

TEST(RoundingTest, ParseRoundingRoundTrips) {
    for (const auto policy : all_policies) {
        EXPECT_EQ(ctg::parse_rounding(ctg::to_string(policy)), policy);
    }
    EXPECT_EQ(ctg::parse_rounding("half_even"), rounding::half_even);
}

TEST(RoundingTest, ParseRoundingRejectsUnknownNames) {
    for (const char* bad : {"", "HALF_EVEN", "half-even", "nearest", "half_up", " down", "up "}) {
        EXPECT_THROW((void)ctg::parse_rounding(bad), ctg::invalid_value) << bad;
    }
    try {
        (void)ctg::parse_rounding("bankers", "rulebook.rounding");
        FAIL() << "no exception";
    } catch (const std::invalid_argument& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find("rulebook.rounding"), std::string::npos) << what;
        EXPECT_NE(what.find("bankers"), std::string::npos) << what;
        EXPECT_NE(what.find("half_away_from_zero"), std::string::npos) << what;
    }
    try {
        (void)ctg::parse_rounding("x");
        FAIL() << "no exception";
    } catch (const ctg::error& e) {
        EXPECT_EQ(e.detail().field, "rounding");
    }
}

TEST(RoundingTest, NarrowToInt64KeepsTheBounds) {
    EXPECT_EQ(ctg::narrow_to_int64(wide_int(i64_max), "x"), i64_max);
    EXPECT_EQ(ctg::narrow_to_int64(wide_int(i64_min), "x"), i64_min);
    EXPECT_EQ(ctg::narrow_to_int64(wide_int(0), "x"), 0);
    EXPECT_EQ(ctg::narrow_to_int64(wide_int(-42), "x"), -42);
}

TEST(RoundingTest, NarrowToInt64ThrowsOutsideTheRange) {
    const wide_int above = wide_int(i64_max) + 1;
    const wide_int below = wide_int(i64_min) - 1;
    EXPECT_THROW((void)ctg::narrow_to_int64(above, "cents"), ctg::overflow);
    EXPECT_THROW((void)ctg::narrow_to_int64(below, "cents"), std::overflow_error);
    EXPECT_THROW((void)ctg::narrow_to_int64(std::numeric_limits<wide_int>::max(), "cents"),
                 ctg::error);
    try {
        (void)ctg::narrow_to_int64(above, "total cents");
        FAIL() << "no exception";
    } catch (const ctg::overflow& e) {
        EXPECT_EQ(e.detail().field, "total cents");
        EXPECT_EQ(e.detail().value, "9223372036854775808");
    }
}

// ---------------------------------------------------------------------------------------------
// Property check against an independent reference in __int128, written from the floor.

__extension__ typedef __int128 i128;

i128 floor_div(i128 a, i128 b) {  // b > 0
    i128 q = a / b;
    if (a % b != 0 && a < 0) {
        --q;
    }
    return q;
}

i128 reference_divide(i128 a, i128 b, rounding policy) {
    if (b < 0) {
        a = -a;
        b = -b;
    }
    const i128 f = floor_div(a, b);
    const i128 r = a - f * b;  // 0 <= r < b
    if (r == 0) {
        return f;
    }
    const i128 c = f + 1;  // ceiling
    switch (policy) {
        case rounding::down:
            return f;
        case rounding::up:
            return c;
        case rounding::toward_zero:
            return a < 0 ? c : f;
        case rounding::half_away_from_zero:
            if (2 * r != b) {
                return 2 * r < b ? f : c;
            }
            return a < 0 ? f : c;
        case rounding::half_even:
            if (2 * r != b) {
                return 2 * r < b ? f : c;
            }
            return f % 2 == 0 ? f : c;
    }
    return 0;
}

wide_int to_wide(i128 v) {
    const bool negative = v < 0;
    __extension__ using u128 = unsigned __int128;
    const u128 magnitude = negative ? u128(0) - static_cast<u128>(v) : static_cast<u128>(v);
    wide_int w = static_cast<std::uint64_t>(magnitude >> 64);
    w <<= 64;
    w += static_cast<std::uint64_t>(magnitude);
    return negative ? wide_int(-w) : w;
}

TEST(RoundingTest, DivideRoundedMatchesReferenceOnAMillionRandomPairs) {
    std::mt19937_64 gen(20210630);
    std::uniform_int_distribution<std::int64_t> any(i64_min, i64_max);
    std::uniform_int_distribution<std::int64_t> small(-1000, 1000);
    std::uniform_int_distribution<std::int64_t> tiny(-40, 40);
    std::uniform_int_distribution<int> kind(0, 3);
    int mismatches = 0;
    for (int i = 0; i < 1'000'000 && mismatches < 10; ++i) {
        std::int64_t n = 0;
        std::int64_t d = 0;
        switch (kind(gen)) {
            case 0:  // the full int64 range
                n = any(gen);
                d = any(gen);
                break;
            case 1:  // full-range numerator, small divisor
                n = any(gen);
                d = tiny(gen);
                break;
            case 2:  // small values: many exact quotients and ties
                n = small(gen);
                d = tiny(gen);
                break;
            default: {  // forced ties k + 1/2 with an even divisor
                d = 2 * tiny(gen);
                const std::int64_t k = small(gen);
                n = k * d + d / 2;
                break;
            }
        }
        if (d == 0) {
            d = 1;
        }
        for (const auto policy : all_policies) {
            const wide_int expected = to_wide(reference_divide(n, d, policy));
            const wide_int got = ctg::divide_rounded(n, d, policy);
            if (got != expected) {
                ++mismatches;
                ADD_FAILURE() << n << " / " << d << " under " << ctg::to_string(policy) << ": got "
                              << got << ", expected " << expected;
            }
        }
    }
    EXPECT_EQ(mismatches, 0);
}

TEST(RoundingTest, ReferenceSelfCheck) {
    // The reference itself, on hand-worked values, so that the property test means something.
    EXPECT_TRUE(reference_divide(25, 10, rounding::half_even) == 2);
    EXPECT_TRUE(reference_divide(-25, 10, rounding::down) == -3);
    EXPECT_TRUE(reference_divide(-25, 10, rounding::toward_zero) == -2);
    EXPECT_TRUE(reference_divide(-25, 10, rounding::half_away_from_zero) == -3);
    EXPECT_TRUE(reference_divide(25, -10, rounding::up) == -2);
    EXPECT_TRUE(to_wide(static_cast<i128>(i64_min) * -1) == wide_int(i64_max) + 1);
    EXPECT_TRUE(to_wide(static_cast<i128>(i64_min) * 4) == wide_int(i64_min) * 4);
}

}  // namespace
