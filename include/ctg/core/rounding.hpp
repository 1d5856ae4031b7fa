// SPDX-License-Identifier: MIT
/// @file
/// @brief Named rounding policies and the one exact rounded division every product goes through.
#pragma once

#include <boost/multiprecision/cpp_int.hpp>

#include <cstdint>
#include <string_view>

namespace ctg {

/// @brief 128-bit integer that throws on overflow: the width of every exact intermediate.
using wide_int = boost::multiprecision::checked_int128_t;

/**
 * @brief How an exact quotient becomes a whole number of cents (or units of a scale).
 *
 * Examples at the cent, for 2.5 and -2.5 cents:
 * | policy               | 2.5 | -2.5 | 2.4 | -2.6 |
 * |----------------------|-----|------|-----|------|
 * | half_away_from_zero  |  3  |  -3  |  2  |  -3  |
 * | half_even            |  2  |  -2  |  2  |  -3  |
 * | toward_zero          |  2  |  -2  |  2  |  -2  |
 * | down (floor)         |  2  |  -3  |  2  |  -3  |
 * | up (ceiling)         |  3  |  -2  |  3  |  -2  |
 *
 * Administrative texts round half away from zero (« arrondi au centime le plus proche »), so
 * this is the default of every rulebook.
 */
enum class rounding : std::uint8_t {
    half_away_from_zero,  ///< Nearest; ties away from zero (Python's ROUND_HALF_UP). Default.
    half_even,            ///< Nearest; ties to the even neighbour (banker's rounding).
    toward_zero,          ///< Truncation.
    down,                 ///< Toward minus infinity (floor).
    up,                   ///< Toward plus infinity (ceiling).
};

/// @brief Stable identifier of a policy: `half_away_from_zero`, `half_even`, `toward_zero`,
/// `down`, `up`.
[[nodiscard]] std::string_view to_string(rounding policy) noexcept;

/// @brief Reads a policy identifier as written by to_string().
/// @throws ctg::invalid_value naming `field` when the text is not one of the five names.
[[nodiscard]] rounding parse_rounding(std::string_view text, std::string_view field = "rounding");

/**
 * @brief Exact `numerator / denominator`, rounded once under `policy`.
 *
 * @code
 * ctg::divide_rounded(5, 2, ctg::rounding::half_even);            // 2
 * ctg::divide_rounded(-5, 2, ctg::rounding::half_away_from_zero); // -3
 * @endcode
 * @throws ctg::invalid_value when `denominator` is zero.
 * @throws ctg::overflow when an intermediate does not fit in 128 bits.
 */
[[nodiscard]] wide_int divide_rounded(const wide_int& numerator, const wide_int& denominator,
                                      rounding policy);

/**
 * @brief Narrows an exact 128-bit result to int64, or throws naming what overflowed.
 * @throws ctg::overflow naming `field` when `value` is outside int64.
 */
[[nodiscard]] std::int64_t narrow_to_int64(const wide_int& value, std::string_view field);

}  // namespace ctg
