// SPDX-License-Identifier: MIT
// The largest-remainder split of finance_detail (shared by finance() and finance_batch()),
// checked on a million random cases against a plain reference written here independently, and
// the rounded division of the kernel (int64 fast path, compile-time divisors and the 128-bit
// fallback, at the int64 limits too) against ctg::divide_rounded: one rounding decision,
// ctg::detail::round_quotient, shared by both.
#include "detail/round_quotient.hpp"
#include "finance/compute.hpp"
#include <ctg/core/error.hpp>
#include <ctg/core/rounding.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <numeric>
#include <random>
#include <stdexcept>
#include <vector>

namespace {

__extension__ typedef __int128 i128;  // the reference below is independent of the library

constexpr std::array<ctg::rounding, 5> all_policies{
    ctg::rounding::half_away_from_zero, ctg::rounding::half_even, ctg::rounding::toward_zero,
    ctg::rounding::down, ctg::rounding::up};

/// Reference largest-remainder method for a non-negative total: exact shares as fractions
/// (total × w_i) / W; whole parts first, then one cent each to the largest fractional parts,
/// ties to the lower index. Sorting, not ranking, to stay independent from the library.
std::vector<std::int64_t> reference_split(std::int64_t total, const std::vector<std::int64_t>& w) {
    const i128 sum = std::accumulate(w.begin(), w.end(), i128{0});
    std::vector<std::int64_t> parts(w.size());
    std::vector<std::pair<i128, std::size_t>> rests;  // (remainder, index)
    i128 given = 0;
    for (std::size_t i = 0; i < w.size(); ++i) {
        const i128 exact_num = static_cast<i128>(total) * w[i];
        parts[i] = static_cast<std::int64_t>(exact_num / sum);
        given += parts[i];
        rests.emplace_back(exact_num % sum, i);
    }
    std::stable_sort(rests.begin(), rests.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    auto left = static_cast<std::size_t>(static_cast<i128>(total) - given);
    for (std::size_t k = 0; k < left; ++k) {
        ++parts[rests[k].second];
    }
    return parts;
}

std::vector<std::int64_t> library_split(std::int64_t total, const std::vector<std::int64_t>& w) {
    std::vector<std::int64_t> out(w.size());
    std::vector<std::int64_t> scratch(w.size());
    ctg::finance_detail::null_recorder none;
    ctg::finance_detail::split_total(total, w, std::accumulate(w.begin(), w.end(), std::int64_t{0}),
                                     out, scratch, none);
    return out;
}

}  // namespace

TEST(Split, CharenteParts) {
    // 96,000.00 = 66,000.00 + 30,000.00; 25,643.83 = 17,630.13 + 8,013.70 (rests .3125 / .6875).
    EXPECT_EQ(library_split(9'600'000, {550'000, 250'000}),
              (std::vector<std::int64_t>{6'600'000, 3'000'000}));
    EXPECT_EQ(library_split(2'564'383, {550'000, 250'000}),
              (std::vector<std::int64_t>{1'763'013, 801'370}));
    // Three equal weights and 1 cent: the first part gets it (tie → declaration order).
    EXPECT_EQ(library_split(1, {1, 1, 1}), (std::vector<std::int64_t>{1, 0, 0}));
    EXPECT_EQ(library_split(2, {1, 1, 1}), (std::vector<std::int64_t>{1, 1, 0}));
    // A zero weight never receives a cent.
    EXPECT_EQ(library_split(7, {0, 3, 0, 4}), (std::vector<std::int64_t>{0, 3, 0, 4}));
    // Negative totals split as their opposite, negated.
    EXPECT_EQ(library_split(-2, {1, 1, 1}), (std::vector<std::int64_t>{-1, -1, 0}));
    // All weights zero: only zero can be split.
    EXPECT_EQ(library_split(0, {0, 0}), (std::vector<std::int64_t>{0, 0}));
    EXPECT_THROW(library_split(5, {0, 0}), std::logic_error);
    // Extremes of int64.
    const std::int64_t big = std::numeric_limits<std::int64_t>::max();
    const auto parts = library_split(big, {1'000'000, 999'999, 1});
    EXPECT_EQ(static_cast<i128>(parts[0]) + parts[1] + parts[2], static_cast<i128>(big));
}

TEST(Split, MillionRandomCasesMatchTheReference) {
    std::mt19937_64 rng(20210630);
    std::uniform_int_distribution<int> count(1, 5);
    std::uniform_int_distribution<int> magnitude(0, 4);
    std::uniform_int_distribution<std::int64_t> weight(0, 1'000'000);
    std::uniform_int_distribution<std::int64_t> small_weight(0, 10);
    const std::array<std::int64_t, 5> limits{100, 10'000, 10'000'000, 10'000'000'000LL,
                                             std::numeric_limits<std::int64_t>::max()};
    std::vector<std::int64_t> w;
    std::vector<std::int64_t> out;
    std::vector<std::int64_t> scratch;
    ctg::finance_detail::null_recorder none;
    for (int c = 0; c < 1'000'000; ++c) {
        const auto n = static_cast<std::size_t>(count(rng));
        w.assign(n, 0);
        const bool small = (c % 4) == 0;  // many ties
        std::int64_t sum = 0;
        for (auto& x : w) {
            x = small ? small_weight(rng) : weight(rng);
            sum += x;
        }
        if (sum == 0) {
            w[0] = 1;
            sum = 1;
        }
        const std::int64_t limit = limits[static_cast<std::size_t>(magnitude(rng))];
        const std::int64_t total = std::uniform_int_distribution<std::int64_t>(0, limit)(rng);
        out.assign(n, 0);
        scratch.assign(n, 0);
        ctg::finance_detail::split_total(total, w, sum, out, scratch, none);
        const auto expected = reference_split(total, w);
        ASSERT_EQ(out, expected) << "case " << c << " total " << total;
        i128 added = 0;
        for (std::size_t i = 0; i < n; ++i) {
            added += out[i];
            // |part − total × w / W| < 1 cent  ⇔  |part × W − total × w| < W
            const i128 gap = static_cast<i128>(out[i]) * sum - static_cast<i128>(total) * w[i];
            ASSERT_LT(gap < 0 ? -gap : gap, static_cast<i128>(sum)) << "case " << c;
        }
        ASSERT_EQ(added, static_cast<i128>(total)) << "case " << c;
    }
}

TEST(Split, KernelRoundingMatchesDivideRounded) {
    using ctg::finance_detail::rounded_product;
    using ctg::finance_detail::rounded_product_by;
    using ctg::finance_detail::wide_rounded_product;
    std::mt19937_64 rng(42);
    std::uniform_int_distribution<std::int64_t> num(-5'000'000'000'000LL, 5'000'000'000'000LL);
    std::uniform_int_distribution<std::int64_t> den(1, 10'000 * 366);
    for (const auto policy : all_policies) {
        for (int c = 0; c < 100'000; ++c) {
            std::int64_t n = num(rng);
            std::int64_t d = den(rng);
            if (c % 3 == 0) {
                d = 2 * (d % 1000 + 1);  // even divisors: exact halves occur
                n = (n / d) * d + d / 2;
            }
            const auto expected = ctg::divide_rounded(n, d, policy);
            ASSERT_EQ(rounded_product(n, 1, 1, d, 1, policy, "t"),
                      static_cast<std::int64_t>(expected))
                << n << "/" << d << " " << ctg::to_string(policy);
            // The 128-bit path gives the same as the 64-bit one.
            ASSERT_EQ(wide_rounded_product(n, 1'000'000'000'000LL, 1, d, 1'000'000'000'000LL,
                                           policy, "t"),
                      static_cast<std::int64_t>(expected));
            // And so do the paths with a compile-time divisor.
            ASSERT_EQ(rounded_product_by<10'000>(n, 1, policy, "t"),
                      static_cast<std::int64_t>(ctg::divide_rounded(n, 10'000, policy)))
                << n << "/10^4 " << ctg::to_string(policy);
            ASSERT_EQ(rounded_product_by<1'000'000>(n, 1, policy, "t"),
                      static_cast<std::int64_t>(ctg::divide_rounded(n, 1'000'000, policy)))
                << n << "/10^6 " << ctg::to_string(policy);
        }
    }
    // 2^50 × 2^50 leaves int64: the 128-bit fallback computes it, and 2^100 cents overflow.
    EXPECT_THROW((void)rounded_product(std::int64_t{1} << 50, std::int64_t{1} << 50, 1, 1, 1,
                                       ctg::rounding::half_even, "t"),
                 std::overflow_error);
}

namespace {

constexpr std::int64_t i64_max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t i64_min = std::numeric_limits<std::int64_t>::min();

constexpr std::int64_t round_i64(std::int64_t n, std::int64_t d, ctg::rounding policy) {
    return ctg::detail::round_quotient<std::int64_t>(n / d, n % d, d, policy);
}

// The shared decision at the int64 limits, at compile time: (2^63 − 1) / 2 = 2^62 − 1/2,
// −2^63 / 2 = −2^62 exactly, (2^63 − 2) / (2^63 − 1) just under 1, −2^63 / (2^63 − 1) just
// beyond −1: no intermediate leaves int64.
static_assert(round_i64(i64_max, 2, ctg::rounding::half_away_from_zero) == std::int64_t{1} << 62);
static_assert(round_i64(i64_max, 2, ctg::rounding::half_even) == std::int64_t{1} << 62);
static_assert(round_i64(i64_max, 2, ctg::rounding::toward_zero) == (std::int64_t{1} << 62) - 1);
static_assert(round_i64(i64_min, 2, ctg::rounding::up) == -(std::int64_t{1} << 62));
static_assert(round_i64(i64_max - 1, i64_max, ctg::rounding::half_away_from_zero) == 1);
static_assert(round_i64(i64_max - 1, i64_max, ctg::rounding::down) == 0);
static_assert(round_i64(i64_min, i64_max, ctg::rounding::down) == -2);
static_assert(round_i64(i64_min, i64_max, ctg::rounding::half_even) == -1);
static_assert(round_i64(i64_min, i64_max, ctg::rounding::up) == -1);

}  // namespace

TEST(Split, SharedRoundingDecisionAtTheInt64Limits) {
    using ctg::finance_detail::rounded_product;
    using ctg::finance_detail::rounded_product_by;
    const std::array<std::int64_t, 14> numerators{
        i64_min, i64_min + 1, i64_min + 2, i64_min / 2, -10'001,     -5'000,      -1,
        0,       1,           5'000,       i64_max / 2, i64_max - 2, i64_max - 1, i64_max};
    const std::array<std::int64_t, 10> divisors{
        1, 2, 3, 10'000, 1'000'000, i64_max / 3, i64_max / 2, i64_max - 2, i64_max - 1, i64_max};
    for (const auto policy : all_policies) {
        for (const std::int64_t n : numerators) {
            for (const std::int64_t d : divisors) {
                // The int64 instantiation against core's divide_rounded on ctg::wide_int.
                const std::int64_t expected =
                    ctg::narrow_to_int64(ctg::divide_rounded(n, d, policy), "expected");
                EXPECT_EQ(round_i64(n, d, policy), expected)
                    << n << "/" << d << " " << ctg::to_string(policy);
                EXPECT_EQ(rounded_product(n, 1, 1, d, 1, policy, "t"), expected)
                    << n << "/" << d << " " << ctg::to_string(policy);
                // Products at the limit go to the 128-bit fallback and come back the same:
                // n × d / d = n.
                if (n != 0) {
                    EXPECT_EQ(rounded_product(n, d, 1, d, 1, policy, "t"), n) << n << "×" << d;
                }
            }
            EXPECT_EQ(rounded_product_by<10'000>(n, 1, policy, "t"),
                      ctg::narrow_to_int64(ctg::divide_rounded(n, 10'000, policy), "expected"));
            EXPECT_EQ(rounded_product_by<10'000>(n, 10'000, policy, "t"), n);
        }
    }
    // Beyond 128 bits (the product) and beyond int64 (the rounded result): ctg::overflow
    // naming what overflowed.
    try {
        (void)rounded_product(i64_max, i64_max, i64_max, 1, 1, ctg::rounding::half_even, "ceiling");
        ADD_FAILURE() << "no overflow";
    } catch (const ctg::overflow& e) {
        EXPECT_EQ(e.detail().field, "ceiling") << e.what();
    }
    try {
        (void)rounded_product_by<10'000>(i64_max, 20'000, ctg::rounding::half_even, "aid");
        ADD_FAILURE() << "no overflow";
    } catch (const ctg::overflow& e) {
        EXPECT_EQ(e.detail().field, "aid") << e.what();
    }
}

TEST(Split, SplitsTheInt64Limits) {
    // −2^63 has no int64 opposite: the split works with the total's sign throughout.
    EXPECT_EQ(library_split(i64_min, {1}), (std::vector<std::int64_t>{i64_min}));
    EXPECT_EQ(library_split(i64_min, {0, 5}), (std::vector<std::int64_t>{0, i64_min}));
    EXPECT_EQ(library_split(i64_min, {1, 1}),
              (std::vector<std::int64_t>{i64_min / 2, i64_min / 2}));
    const std::vector<std::int64_t> w{1'000'000, 999'999, 1};
    for (const std::int64_t total : {i64_max, i64_min + 1}) {
        // −t splits as the opposite of t (through the 128-bit fallback: t × w leaves int64).
        const auto parts = library_split(total, w);
        const auto opposite = library_split(-total, w);
        ASSERT_EQ(parts.size(), opposite.size());
        for (std::size_t i = 0; i < parts.size(); ++i) {
            EXPECT_EQ(parts[i], -opposite[i]) << total << " part " << i;
        }
    }
    EXPECT_EQ(library_split(i64_max, w), reference_split(i64_max, w));
    const auto parts = library_split(i64_min, w);
    EXPECT_EQ(static_cast<i128>(parts[0]) + parts[1] + parts[2], static_cast<i128>(i64_min));
    for (std::size_t i = 0; i < w.size(); ++i) {
        const i128 gap =
            static_cast<i128>(parts[i]) * 2'000'000 - static_cast<i128>(i64_min) * w[i];
        EXPECT_LT(gap < 0 ? -gap : gap, 2'000'000) << "part " << i;
    }
}
