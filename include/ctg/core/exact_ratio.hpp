// SPDX-License-Identifier: MIT
/// @file
/// @brief Exact ratios (coverage, inhabitants per ETP…) and their rounding to decimal text.
#pragma once

#include <ctg/core/rounding.hpp>
#include <ctg/core/text.hpp>

#include <boost/multiprecision/cpp_int.hpp>

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace ctg {

/// @brief Unbounded exact fraction: the value type of every ratio of the analyses and scores.
using exact_rational = boost::multiprecision::cpp_rational;

/// @brief Unbounded integer (numerators, denominators, scaled decimals).
using big_int = boost::multiprecision::cpp_int;

/**
 * @brief How a ratio becomes decimal text: the number of decimals and the rounding policy.
 *
 * Ratios are never held in floating point; they are rounded once, when printed.
 * @code
 * ctg::ratio_format two_decimals;                                     // 2, half away from zero
 * ctg::ratio_format floor3{3, ctg::rounding::down};
 * ctg::exact_ratio(2, 3).rounded(floor3).to_plain();                 // "0.666"
 * ctg::exact_ratio(2, 3).rounded(two_decimals).to_plain();           // "0.67"
 * @endcode
 */
struct ratio_format {
    int decimals = 2;                                 ///< Digits after the decimal mark (0–18).
    rounding policy = rounding::half_away_from_zero;  ///< How the last digit is rounded.
};

/**
 * @brief A decimal number rounded from an exact value: `scaled / 10^decimals`.
 *
 * `is_exact()` says whether the rounding changed nothing; every digit shown is the correctly
 * rounded digit of the exact value under the policy that produced it.
 * @code
 * auto r = ctg::exact_ratio(350'859 * 100, 1'475).rounded({2, ctg::rounding::half_away_from_zero});
 * r.to_french();   // "23 787,05"
 * r.to_english();  // "23,787.05"
 * r.is_exact();    // false: 23,787.050847…
 * @endcode
 */
class rounded_decimal {
public:
    /// @brief `scaled / 10^decimals`; `exact` tells whether no rounding happened.
    /// @throws ctg::invalid_value when `decimals` is outside 0–18.
    rounded_decimal(big_int scaled, int decimals, bool exact);

    /// @brief The value times 10^decimals(), rounded.
    [[nodiscard]] const big_int& scaled() const noexcept { return scaled_; }
    /// @brief Number of decimals.
    [[nodiscard]] int decimals() const noexcept { return decimals_; }
    /// @brief Whether the exact value has no more digits than shown.
    [[nodiscard]] bool is_exact() const noexcept { return exact_; }

    /// @brief `23787.05`: '.' mark, no grouping, all `decimals()` digits kept.
    [[nodiscard]] std::string to_plain() const;
    /// @brief `23 787,05`: French grouping by (ASCII) spaces, ',' mark.
    [[nodiscard]] std::string to_french() const;
    /// @brief `23,787.05`: English grouping by commas, '.' mark.
    [[nodiscard]] std::string to_english() const;
    /// @brief to_french() or to_english().
    [[nodiscard]] std::string in(language lang) const;

    /// @brief Member-wise equality.
    friend bool operator==(const rounded_decimal&, const rounded_decimal&) = default;

private:
    big_int scaled_;
    int decimals_ = 0;
    bool exact_ = true;
};

/**
 * @brief An exact, unbounded fraction, printed only through an explicit ratio_format.
 *
 * Built from integers (inhabitants, ETP in ten-thousandths, cents) so that nothing passes
 * through a double.
 * @code
 * // Charente: 350,859 inhabitants for 14.75 ETP (147,500 ten-thousandths).
 * ctg::exact_ratio per_fte(350'859LL * 10'000, 147'500);
 * per_fte.rounded({2, ctg::rounding::half_away_from_zero}).to_french();  // "23 787,05"
 * per_fte.to_fraction();                                                  // "1403436/59"
 * ctg::exact_ratio(1, 1).percent({2}).to_french();                        // "100,00"
 * @endcode
 */
class exact_ratio {
public:
    /// @brief Zero.
    exact_ratio() = default;
    /// @brief `numerator / denominator`, reduced.
    /// @throws ctg::invalid_value naming `field` when `denominator` is zero.
    exact_ratio(std::int64_t numerator, std::int64_t denominator, std::string_view field = "ratio");
    /// @brief An exact value computed elsewhere.
    explicit exact_ratio(exact_rational value) : value_(std::move(value)) {}

    /// @brief The exact value.
    [[nodiscard]] const exact_rational& value() const noexcept { return value_; }
    /// @brief Numerator of the reduced fraction (carries the sign).
    [[nodiscard]] big_int numerator() const;
    /// @brief Denominator of the reduced fraction (> 0).
    [[nodiscard]] big_int denominator() const;
    /// @brief `1403436/59`, or `4` for a whole number.
    [[nodiscard]] std::string to_fraction() const;

    /// @brief The value rounded to `format.decimals` decimals under `format.policy`.
    /// @throws ctg::invalid_value when the number of decimals is outside 0–18.
    [[nodiscard]] rounded_decimal rounded(ratio_format format = {}) const;
    /// @brief The value × 100, rounded (a share printed as a percentage, without the `%`).
    /// @throws ctg::invalid_value when the number of decimals is outside 0–18.
    [[nodiscard]] rounded_decimal percent(ratio_format format = {}) const;

    /// @brief Exact sum.
    friend exact_ratio operator+(const exact_ratio& a, const exact_ratio& b) {
        return exact_ratio(exact_rational(a.value_ + b.value_));
    }
    /// @brief Exact difference.
    friend exact_ratio operator-(const exact_ratio& a, const exact_ratio& b) {
        return exact_ratio(exact_rational(a.value_ - b.value_));
    }
    /// @brief Exact product.
    friend exact_ratio operator*(const exact_ratio& a, const exact_ratio& b) {
        return exact_ratio(exact_rational(a.value_ * b.value_));
    }
    /// @brief Exact quotient.
    /// @throws ctg::invalid_value when `b` is zero.
    friend exact_ratio operator/(const exact_ratio& a, const exact_ratio& b);

    /// @brief Exact equality.
    friend bool operator==(const exact_ratio& a, const exact_ratio& b) {
        return a.value_ == b.value_;
    }
    /// @brief Exact ordering.
    friend std::strong_ordering operator<=>(const exact_ratio& a, const exact_ratio& b) {
        return a.value_ < b.value_    ? std::strong_ordering::less
               : a.value_ == b.value_ ? std::strong_ordering::equal
                                      : std::strong_ordering::greater;
    }

private:
    exact_rational value_{0};
};

/**
 * @brief `numerator / denominator` rounded once under `policy`, for unbounded integers.
 *
 * Same policies, same results as ctg::divide_rounded() (which is limited to 128 bits).
 * @code
 * ctg::divide_rounded_big(5, 2, ctg::rounding::half_even);  // 2
 * @endcode
 * @throws ctg::invalid_value when `denominator` is zero.
 */
[[nodiscard]] big_int divide_rounded_big(const big_int& numerator, const big_int& denominator,
                                         rounding policy);

/**
 * @brief The square root of an exact non-negative value, correctly rounded to
 * `format.decimals` decimals under `format.policy`.
 *
 * Computed on integers only: `k = isqrt(floor(x × 10^(2n)))` is the truncated root scaled by
 * 10^n, exact by construction; the rounding direction is then decided by comparing
 * `x × 10^(2n)` with `(k + ½)²` exactly. So **every printed digit is exact** (the result is
 * the exact root rounded under the policy, not an approximation of it), and is_exact() tells
 * whether the root has no further digits.
 * @code
 * ctg::rounded_sqrt(ctg::exact_ratio(2, 1), {6});        // 1.414214
 * ctg::rounded_sqrt(ctg::exact_ratio(9, 4), {2}).is_exact();  // true: 1.50
 * ctg::rounded_sqrt(ctg::exact_ratio(-1, 1), {2});       // throws ctg::invalid_value
 * @endcode
 * @throws ctg::invalid_value naming `field` when `x` is negative, or when the number of decimals
 * is outside 0–18.
 */
[[nodiscard]] rounded_decimal rounded_sqrt(const exact_ratio& x, ratio_format format = {},
                                           std::string_view field = "sqrt");

}  // namespace ctg
