// SPDX-License-Identifier: MIT
#include <ctg/core/error.hpp>
#include <ctg/core/exact_amount.hpp>

#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <limits>
#include <random>
#include <stdexcept>
#include <string>

namespace {

using ctg::exact_amount;
using ctg::fte;
using ctg::money;
using ctg::prorata_fraction;
using ctg::rate;
using ctg::rate_notation;
using ctg::rounding;

constexpr std::array<rounding, 5> all_policies{rounding::half_away_from_zero, rounding::half_even,
                                               rounding::toward_zero, rounding::down, rounding::up};
constexpr std::int64_t i64_max = std::numeric_limits<std::int64_t>::max();

const std::string euro = "\xE2\x82\xAC";
const std::string ellipsis = "\xE2\x80\xA6";  // U+2026

rate percent(const char* text) { return rate::parse(text, rate_notation::percent); }

TEST(ExactAmountTest, CeilingOfAPartTimePostActivePartOfTheYear) {
    // 48 000 € × 0.5714 × 292/365: 4 800 000 × 5714 / 10 000 = 2 742 720 cents, × 292/365
    // (= 4/5) = 2 194 176 cents exactly.
    const auto ceiling = exact_amount(money::from_euros(48000))
                             .times(fte::parse("0.5714"))
                             .times(prorata_fraction{292, 365});
    EXPECT_TRUE(ceiling.is_whole_cent());
    EXPECT_TRUE(ceiling == money::from_cents(2194176));
    for (const auto policy : all_policies) {
        EXPECT_EQ(ceiling.rounded(policy).cents(), 2194176) << ctg::to_string(policy);
    }
    EXPECT_EQ(ceiling.rounded(rounding::half_away_from_zero).to_french(),
              "21\u202F941,76\u00A0" + euro);
    EXPECT_EQ(ceiling.to_plain(), "21941.76");
}

TEST(ExactAmountTest, ApplyRateMultiplyAndProrate) {
    EXPECT_EQ(
        ctg::apply_rate(money::from_euros(48000), percent("80"), rounding::half_away_from_zero)
            .to_plain(),
        "38400.00");
    // 2 255 300 cents × 14.75 = 33 265 675 cents.
    const money big =
        ctg::multiply(money::from_euros(22553), fte::parse("14.75"), rounding::half_away_from_zero);
    EXPECT_EQ(big.cents(), 33265675);
    EXPECT_EQ(big.to_french(), "332\u202F656,75\u00A0" + euro);
    EXPECT_EQ(
        ctg::multiply(money::from_euros(24000), fte::parse("14.75"), rounding::down).to_french(),
        "354\u202F000,00\u00A0" + euro);
    EXPECT_EQ(ctg::prorate(money::from_euros(24000), prorata_fraction{9, 12},
                           rounding::half_away_from_zero)
                  .to_french(),
              "18\u202F000,00\u00A0" + euro);
}

TEST(ExactAmountTest, HalfACentRoundsUnderEachPolicy) {
    const rate half = percent("50");
    // 0.01 € × 50 % = 0.5 cent.
    const std::array<std::int64_t, 5> positive{1, 0, 0, 0, 1};
    const std::array<std::int64_t, 5> negative{-1, 0, 0, -1, 0};
    // 0.03 € × 50 % = 1.5 cents: half_even goes to 2.
    const std::array<std::int64_t, 5> one_and_half{2, 2, 1, 1, 2};
    for (std::size_t p = 0; p < all_policies.size(); ++p) {
        const auto policy = all_policies[p];
        EXPECT_EQ(ctg::apply_rate(money::from_cents(1), half, policy).cents(), positive[p])
            << ctg::to_string(policy);
        EXPECT_EQ(ctg::apply_rate(money::from_cents(-1), half, policy).cents(), negative[p])
            << ctg::to_string(policy);
        EXPECT_EQ(ctg::apply_rate(money::from_cents(3), half, policy).cents(), one_and_half[p])
            << ctg::to_string(policy);
    }
    const auto half_cent = exact_amount(money::from_cents(1)).times(half);
    EXPECT_FALSE(half_cent.is_whole_cent());
    EXPECT_EQ(half_cent.numerator(), 1);
    EXPECT_EQ(half_cent.denominator(), 2);
    EXPECT_FALSE(half_cent == money::from_cents(0));
    EXPECT_FALSE(half_cent == money::from_cents(1));
}

TEST(ExactAmountTest, RoundsOnceNotAtEachFactor) {
    // 0.01 € × 50 % × 3 = 1.5 cents → 2 (half away) or 1 (down); rounding after the first
    // factor would give 0.5 → 1 → 3 cents, or 0.5 → 0 → 0.
    const auto exact = exact_amount(money::from_cents(1)).times(percent("50")).times_ratio(3, 1);
    EXPECT_EQ(exact.rounded(rounding::half_away_from_zero).cents(), 2);
    EXPECT_EQ(exact.rounded(rounding::down).cents(), 1);
}

TEST(ExactAmountTest, KeepsTheFractionReduced) {
    const auto a = exact_amount(money::from_cents(-6)).times_ratio(1, 4);  // -1.5 cents
    EXPECT_EQ(a.numerator(), -3);
    EXPECT_EQ(a.denominator(), 2);
    const auto b = exact_amount(money::from_cents(100)).times_ratio(1, -4);  // denominator > 0
    EXPECT_EQ(b.numerator(), -25);
    EXPECT_EQ(b.denominator(), 1);
    EXPECT_TRUE(b == money::from_cents(-25));
    const auto z = exact_amount(money::from_cents(12345)).times_ratio(0, 7);
    EXPECT_EQ(z.numerator(), 0);
    EXPECT_EQ(z.denominator(), 1);
    EXPECT_TRUE(z == money());
}

TEST(ExactAmountTest, PlainTextOfExactValues) {
    // 48 000 € × 0.5714 = 27 427.20 €, written without the trailing zero.
    EXPECT_EQ(exact_amount(money::from_euros(48000)).times(fte::parse("0.5714")).to_plain(),
              "27427.2");
    EXPECT_EQ(exact_amount(money::from_euros(38400)).to_plain(), "38400");
    EXPECT_EQ(exact_amount(money::from_cents(5)).to_plain(), "0.05");
    EXPECT_EQ(exact_amount(money::from_cents(-1250)).to_plain(), "-12.5");
    EXPECT_EQ(exact_amount(money()).to_plain(), "0");
    EXPECT_EQ(exact_amount(money::from_cents(1)).times(percent("50")).to_plain(), "0.005");
    EXPECT_EQ(exact_amount(money::from_cents(-1)).times(percent("50")).to_plain(), "-0.005");
    // 1 cent / 64 = 0.00015625 €: eight decimals, cut at six by default.
    const auto tiny = exact_amount(money::from_cents(1)).times_ratio(1, 64);
    EXPECT_EQ(tiny.to_plain(), "0.000156" + ellipsis);
    EXPECT_EQ(tiny.to_plain(8), "0.00015625");
}

TEST(ExactAmountTest, PlainTextOfNonTerminatingValues) {
    // 72 000 € / 7 = 10 285.714285714… €
    const auto seventh = exact_amount(money::from_euros(72000)).times_ratio(1, 7);
    EXPECT_EQ(seventh.to_plain(), "10285.714285" + ellipsis);
    EXPECT_EQ(seventh.to_plain(2), "10285.71" + ellipsis);
    EXPECT_EQ(seventh.to_plain(9), "10285.714285714" + ellipsis);
    EXPECT_EQ(seventh.to_plain(1), "10285.7" + ellipsis);
    // 0.01 € / 3 = 0.00333… €
    EXPECT_EQ(exact_amount(money::from_cents(-1)).times_ratio(1, 3).to_plain(),
              "-0.003333" + ellipsis);
}

TEST(ExactAmountTest, PlainTextWithAHugeDenominatorDoesNotOverflow) {
    // Denominator ≈ 2^126: d × 100 and rest × 10 would not fit in 128 bits.
    const auto tiny =
        exact_amount(money::from_cents(1)).times_ratio(1, i64_max).times_ratio(1, i64_max - 1);
    EXPECT_EQ(tiny.to_plain(), "0.000000" + ellipsis);
    EXPECT_EQ(tiny.rounded(rounding::up).cents(), 1);
    EXPECT_EQ(tiny.rounded(rounding::down).cents(), 0);
    EXPECT_FALSE(tiny == money());
    EXPECT_FALSE(tiny == money::from_cents(i64_max));
    // (2^62 - 1) / (2^63 - 1) cents: just under half a cent.
    const auto almost_half = exact_amount(money::from_cents(i64_max / 2)).times_ratio(1, i64_max);
    EXPECT_EQ(almost_half.rounded(rounding::half_away_from_zero).cents(), 0);
    EXPECT_EQ(almost_half.to_plain(), "0.004999" + ellipsis);
}

TEST(ExactAmountTest, ComparesWithMoney) {
    const auto exact = exact_amount(money::from_euros(48000)).times(percent("80"));
    EXPECT_TRUE(exact == money::from_euros(38400));
    EXPECT_TRUE(money::from_euros(38400) == exact);  // rewritten comparison
    EXPECT_FALSE(exact == money::from_cents(3840001));
    EXPECT_TRUE(exact != money::from_cents(3839999));
}

TEST(ExactAmountTest, ChainOfHugeRatiosOverflows) {
    const auto start = exact_amount(money::from_cents(i64_max));
    const auto once = start.times_ratio(i64_max, 1);  // ≈ 2^126 fits
    EXPECT_THROW((void)once.times_ratio(i64_max, 1), ctg::overflow);
    EXPECT_THROW((void)once.times_ratio(i64_max, 1), std::overflow_error);
    EXPECT_THROW((void)once.times_ratio(i64_max, 1), ctg::error);
    // The same through the denominator.
    const auto small =
        exact_amount(money::from_cents(1)).times_ratio(1, i64_max).times_ratio(1, i64_max - 1);
    EXPECT_THROW((void)small.times_ratio(1, i64_max - 2), ctg::overflow);
    try {
        (void)once.times_ratio(i64_max, 1);
        FAIL() << "no exception";
    } catch (const ctg::overflow& e) {
        EXPECT_EQ(e.detail().field, "exact amount");
    }
}

TEST(ExactAmountTest, RoundedOverflowsWhenCentsDoNotFit) {
    const auto doubled = exact_amount(money::from_cents(i64_max)).times_ratio(2, 1);
    EXPECT_THROW((void)doubled.rounded(rounding::half_away_from_zero), ctg::overflow);
    EXPECT_THROW((void)doubled.rounded(rounding::down), std::overflow_error);
    // Just fits: i64_max × 3/3.
    const auto same = exact_amount(money::from_cents(i64_max)).times_ratio(3, 3);
    EXPECT_EQ(same.rounded(rounding::up).cents(), i64_max);
    // 100 % of the maximum is the maximum.
    EXPECT_EQ(ctg::apply_rate(money::from_cents(i64_max), percent("100"), rounding::up).cents(),
              i64_max);
}

TEST(ExactAmountTest, TimesRatioRejectsAZeroDenominator) {
    const auto a = exact_amount(money::from_euros(100));
    EXPECT_THROW((void)a.times_ratio(1, 0), ctg::invalid_value);
    EXPECT_THROW((void)a.times_ratio(0, 0), std::invalid_argument);
    EXPECT_THROW((void)a.times_ratio(1, 0), ctg::error);
}

// ---------------------------------------------------------------------------------------------
// Property check: money × rate × fte × prorata, rounded once, against an __int128 reference.

__extension__ typedef __int128 i128;

i128 reference_round(i128 n, i128 d, rounding policy) {  // d > 0
    i128 f = n / d;
    if (n % d != 0 && n < 0) {
        --f;  // floor
    }
    const i128 r = n - f * d;  // 0 <= r < d
    if (r == 0) {
        return f;
    }
    switch (policy) {
        case rounding::down:
            return f;
        case rounding::up:
            return f + 1;
        case rounding::toward_zero:
            return n < 0 ? f + 1 : f;
        case rounding::half_away_from_zero:
            return 2 * r < d ? f : (2 * r > d ? f + 1 : (n < 0 ? f : f + 1));
        case rounding::half_even:
            return 2 * r < d ? f : (2 * r > d ? f + 1 : (f % 2 == 0 ? f : f + 1));
    }
    return 0;
}

TEST(ExactAmountTest, MatchesReferenceOnRandomProducts) {
    std::mt19937_64 gen(292365);
    std::uniform_int_distribution<std::int64_t> cents(-1'000'000'000, 1'000'000'000);
    std::uniform_int_distribution<std::int64_t> millionths(0, rate::scale);
    std::uniform_int_distribution<std::int64_t> units(0, 200'000);
    std::uniform_int_distribution<std::int64_t> days(1, 366);
    for (int i = 0; i < 50'000; ++i) {
        const std::int64_t c = cents(gen);
        const std::int64_t r = millionths(gen);
        const std::int64_t f = units(gen);
        const std::int64_t d = days(gen);
        std::uniform_int_distribution<std::int64_t> active(0, d);
        const std::int64_t n = active(gen);
        const auto exact = exact_amount(money::from_cents(c))
                               .times(rate::from_millionths(r))
                               .times(fte::from_ten_thousandths(f))
                               .times(prorata_fraction{n, d});
        const i128 num = static_cast<i128>(c) * r * f * n;
        const i128 den = static_cast<i128>(rate::scale) * fte::scale * d;
        for (const auto policy : all_policies) {
            const auto expected = static_cast<std::int64_t>(reference_round(num, den, policy));
            ASSERT_EQ(exact.rounded(policy).cents(), expected)
                << c << " x " << r << "e-6 x " << f << "e-4 x " << n << "/" << d << " under "
                << ctg::to_string(policy);
        }
        ASSERT_EQ(exact.is_whole_cent(), num % den == 0);
    }
}

}  // namespace
