// SPDX-License-Identifier: MIT
// The private pieces of the fast batch kernel (src/finance/batch_kernel.hpp): its division by a
// constant against the `/` operator, at the edges of the ranges it claims, and the plan it makes
// for the Charente rule (which divisions it takes, worked out by hand below).
#include "finance/batch_kernel.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <vector>

namespace {

using ctg::finance_detail::constant_divisor;
using ctg::finance_detail::numerator_limit;
using ctg::finance_detail::uint128;

/// Divisors of every size: small, powers of two and their neighbours, the Charente ones, large
/// primes, and the largest a divisor of the plan can be (2 × int64).
std::vector<std::uint64_t> divisors() {
    std::vector<std::uint64_t> ds{2,
                                  3,
                                  5,
                                  7,
                                  10,
                                  16,
                                  32,
                                  200'000,
                                  1'000'000'007ULL,
                                  (std::uint64_t{1} << 61) - 1,
                                  (std::uint64_t{1} << 63) - 2,
                                  std::uint64_t{1} << 63,
                                  (std::uint64_t{1} << 63) + 1,
                                  ~std::uint64_t{0} - 1};  // 2^64 − 2 = 2 × (2^63 − 1)
    for (unsigned k = 2; k < 64; k += 7) {
        ds.push_back((std::uint64_t{1} << k) - 1);
        ds.push_back(std::uint64_t{1} << k);
        ds.push_back((std::uint64_t{1} << k) + 1);
    }
    std::mt19937_64 rng(62);
    for (int i = 0; i < 200; ++i) {
        ds.push_back((rng() >> (rng() % 62)) | 2);  // ≥ 2, of every magnitude
    }
    return ds;
}

/// Numerators up to `limit`: the edges (0, 1, around multiples of d, the limit itself) and
/// random ones of every magnitude.
std::vector<std::uint64_t> numerators(std::uint64_t d, std::uint64_t limit, std::mt19937_64& rng) {
    std::vector<std::uint64_t> ns{0, 1, limit, limit - 1};
    for (const std::uint64_t q : {std::uint64_t{1}, std::uint64_t{2}, limit / d}) {
        const uint128 multiple = uint128{q} * d;
        for (const uint128 n : {multiple - 1, multiple, multiple + 1}) {
            if (n <= limit) {
                ns.push_back(static_cast<std::uint64_t>(n));
            }
        }
    }
    for (int i = 0; i < 300; ++i) {
        ns.push_back((rng() >> (rng() % 64)) % (limit + 1));
    }
    return ns;
}

}  // namespace

TEST(BatchKernel, ConstantDivisorIsTruncatedDivisionUpToItsLimits) {
    std::mt19937_64 rng(14);
    for (const std::uint64_t d : divisors()) {
        const constant_divisor divisor(d);
        SCOPED_TRACE("d = " + std::to_string(d));
        ASSERT_EQ(divisor.value(), d);
        for (const std::uint64_t n : numerators(d, numerator_limit, rng)) {
            ASSERT_EQ(divisor.divide(n), n / d) << "n = " << n;
        }
        // The narrow form: exact while n × d ≤ 2^64, which narrow_limit() is the edge of.
        const std::uint64_t narrow = divisor.narrow_limit();
        ASSERT_LE(uint128{narrow} * d, uint128{1} << 64);
        ASSERT_GT(uint128{narrow + 1} * d, uint128{1} << 64);
        for (const std::uint64_t n : numerators(d, narrow, rng)) {
            ASSERT_EQ(divisor.divide_narrow(n), n / d) << "n = " << n;
        }
    }
}

TEST(BatchKernel, NarrowDivisionFailsBeyondItsLimitForSomeDivisor) {
    // The limit is not loose: past it the single multiplication is off for d = 3 (the high
    // half of n × ⌈2^64 / 3⌉ exceeds ⌊n / 3⌋ once n ε reaches 2^64, here ε = 2).
    const constant_divisor three(3);
    const std::uint64_t beyond = std::uint64_t{0xFFFF'FFFF'FFFF'FFFF};  // 2^64 − 1 = 3 × q
    EXPECT_GT(beyond, three.narrow_limit());
    EXPECT_NE(three.divide_narrow(beyond - 1), (beyond - 1) / 3);
}

TEST(BatchKernel, CharentePlanIsNarrowAndSplitsByAShift) {
    // charente-2021: 80 % of the expense within 48,000 € per FTE, rounded half away from zero,
    // parts 55 % and 25 % (of 80 %). Columns up to 4 FTE and 250,000 €, whole year.
    const std::vector<std::int64_t> weights{550'000, 250'000};
    ctg::finance_detail::rule_values values;
    values.kind = ctg::formula_kind::share_of_expense;
    values.ceiling_on = ctg::ceiling_target::expense;
    values.policy = ctg::rounding::half_away_from_zero;
    values.rate = 800'000;
    values.has_ceiling = true;
    values.ceiling_per_fte = 4'800'000;
    values.weights = weights;
    values.weight_sum = 800'000;
    ctg::finance_detail::column_scan scan;
    scan.fte_bound = 40'000;
    scan.expense_bound = 25'000'000;
    const auto plan = ctg::finance_detail::plan_fast_batch(values, scan, false, false, 365, true);
    ASSERT_TRUE(plan.has_value());
    EXPECT_EQ(plan->shape, ctg::finance_detail::fast_shape::expense_capped);
    // aid = round(0.8 × min(E, 480 f)) cents, E in cents and f in ten-thousandths of FTE: the
    // kernel takes m = min(10^4 E, 4,800,000 f) and 0.8 = 800,000 / 10^6 over 10^4 units, that
    // is m × 800,000 / 10^10 = m / 12,500; half away from zero doubles it, ⌊(2m + 12,500) /
    // 25,000⌋, and the 2 goes into both sides of the minimum.
    EXPECT_EQ(plan->first.factor, 2U);
    EXPECT_EQ(plan->first.offset, 12'500U);
    EXPECT_EQ(plan->first.divisor.value(), 25'000U);
    EXPECT_EQ(plan->expense_scale, 20'000U);  // 10^4 × 2
    EXPECT_EQ(plan->ceiling, 9'600'000U);     // 4,800,000 × 2
    // Largest numerator 2 × min(2.5 × 10^11, 1.92 × 10^11) + 12,500 ≈ 3.8 × 10^11, times
    // 25,000 ≈ 9.6 × 10^15 < 2^64: narrow.
    EXPECT_TRUE(plan->narrow);
    // First part 55 / 80 = 11 / 16, half up: ⌊(22 a + 16) / 32⌋, 32 = 2^5.
    EXPECT_EQ(plan->split, ctg::finance_detail::fast_split::two);
    EXPECT_EQ(plan->first_part.factor, 22U);
    EXPECT_EQ(plan->first_part.offset, 16U);
    EXPECT_EQ(plan->part_shift, 5U);

    // A ceiling of 10^9 € per FTE and expenses up to 10^10 €: the numerator may reach
    // 2 × min(10^16, 4 × 10^15) = 8 × 10^15, times 25,000 = 2 × 10^20 > 2^64: wide (still
    // within 2^62, so the fast kernel).
    values.ceiling_per_fte = 100'000'000'000;
    scan.expense_bound = 1'000'000'000'000;
    const auto wide = ctg::finance_detail::plan_fast_batch(values, scan, false, false, 365, true);
    ASSERT_TRUE(wide.has_value());
    EXPECT_FALSE(wide->narrow);
    // A third and two thirds (266,667 and 533,333 millionths, coprime with 800,000): the part's
    // divisor 1,600,000 is no power of two, the part takes a multiplication.
    const std::vector<std::int64_t> thirds{266'667, 533'333};
    values.weights = thirds;
    const auto by_multiplication =
        ctg::finance_detail::plan_fast_batch(values, scan, false, false, 365, true);
    ASSERT_TRUE(by_multiplication.has_value());
    EXPECT_FALSE(by_multiplication->part_shift.has_value());
}
