// SPDX-License-Identifier: MIT
/// @file
/// @brief ctg::exact_amount, an unrounded product of an amount by rates, FTE and prorata.
#pragma once

#include <ctg/core/date.hpp>
#include <ctg/core/fte.hpp>
#include <ctg/core/money.hpp>
#include <ctg/core/rate.hpp>
#include <ctg/core/rounding.hpp>

#include <cstdint>
#include <string>

namespace ctg {

/**
 * @brief An amount in cents kept as an exact fraction while it is multiplied, rounded once.
 *
 * Every product of the library (money × rate, money × FTE, prorata temporis) goes through this
 * type: the factors multiply exactly in checked 128-bit integers and the result becomes money
 * only in rounded(), under a named policy. No rounding happens between factors.
 *
 * @code
 * // Ceiling of a 0.5714 FTE post active 292 days of 365: 48,000 € × 0.5714 × 292/365
 * auto ceiling = ctg::exact_amount(ctg::money::from_euros(48000))
 *                    .times(ctg::fte::parse("0.5714"))
 *                    .times(ctg::prorata_fraction{292, 365});
 * ceiling.rounded(ctg::rounding::half_away_from_zero);  // 21 941,76 €
 * @endcode
 * @throws ctg::overflow from any operation whose exact intermediate exceeds 128 bits.
 */
class exact_amount {
public:
    /// @brief The exact value of `m`.
    explicit exact_amount(money m) : numerator_(m.cents()) {}

    /// @brief × rate (millionths / 10^6).
    [[nodiscard]] exact_amount times(rate r) const;
    /// @brief × FTE (ten-thousandths / 10^4).
    [[nodiscard]] exact_amount times(fte f) const;
    /// @brief × prorata fraction.
    [[nodiscard]] exact_amount times(const prorata_fraction& p) const;
    /// @brief × `numerator / denominator` (a weight among parts, say).
    /// @throws ctg::invalid_value when `denominator` is zero.
    [[nodiscard]] exact_amount times_ratio(std::int64_t numerator, std::int64_t denominator) const;

    /// @brief The amount rounded to the cent under `policy`.
    /// @throws ctg::overflow when it does not fit in int64 cents.
    [[nodiscard]] money rounded(rounding policy) const;
    /// @brief Whether no rounding is needed (the fraction is a whole number of cents).
    [[nodiscard]] bool is_whole_cent() const;
    /// @brief Numerator in cents of the reduced fraction.
    [[nodiscard]] const wide_int& numerator() const noexcept { return numerator_; }
    /// @brief Denominator of the reduced fraction (> 0).
    [[nodiscard]] const wide_int& denominator() const noexcept { return denominator_; }
    /**
     * @brief The exact euros as decimal text with '.', e.g. `27427.2`; a non-terminating value
     * is cut after `max_decimals` decimals and marked with `…` (`10285.714285…`).
     */
    [[nodiscard]] std::string to_plain(int max_decimals = 6) const;

    /// @brief Exact comparison with a rounded amount.
    [[nodiscard]] friend bool operator==(const exact_amount& a, money b) {
        // The fraction is kept reduced: it is a whole number of cents only when d == 1 (and
        // d × cents could exceed 128 bits).
        return a.denominator_ == 1 && a.numerator_ == b.cents();
    }

private:
    exact_amount(wide_int numerator, wide_int denominator);
    wide_int numerator_;
    wide_int denominator_ = 1;
};

/**
 * @brief `amount × r`, rounded once under `policy`.
 * @code
 * ctg::apply_rate(ctg::money::from_euros(48000), ctg::rate::parse("80", ctg::rate_notation::percent),
 *                 ctg::rounding::half_away_from_zero);   // 38 400,00 €
 * @endcode
 */
[[nodiscard]] money apply_rate(money amount, rate r, rounding policy);

/**
 * @brief `per_fte × f`, rounded once under `policy`.
 * @code
 * ctg::multiply(ctg::money::from_euros(22553), ctg::fte::parse("14.75"),
 *               ctg::rounding::half_away_from_zero);      // 332 656,75 €
 * @endcode
 */
[[nodiscard]] money multiply(money per_fte, fte f, rounding policy);

/**
 * @brief `amount × p`, rounded once under `policy`.
 * @code
 * ctg::prorate(ctg::money::from_euros(24000), ctg::prorata_fraction{9, 12},
 *              ctg::rounding::half_away_from_zero);       // 18 000,00 €
 * @endcode
 */
[[nodiscard]] money prorate(money amount, const prorata_fraction& p, rounding policy);

}  // namespace ctg
