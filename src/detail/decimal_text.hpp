// SPDX-License-Identifier: MIT
// IWYU pragma: private, include <ctg/core/money.hpp>
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ctg::detail {

// The French typography of CLDR (as Babel writes it): U+202F between thousands, U+00A0 before
// the euro and percent signs.
inline constexpr std::string_view narrow_no_break_space = "\xE2\x80\xAF";  // U+202F
inline constexpr std::string_view no_break_space = "\xC2\xA0";             // U+00A0

// What a decimal text may contain besides digits and one decimal mark.
struct decimal_syntax {
    int max_fraction_digits = 2;   // more is an error, never a rounding
    bool allow_negative = false;   // leading '-' (or U+2212)
    bool allow_grouping = false;   // spaces, U+00A0 or U+202F between groups of three digits
    bool allow_euro_sign = false;  // trailing '€'
    bool allow_percent_sign = false;
};

struct parsed_decimal {
    std::int64_t scaled = 0;  // value × 10^max_fraction_digits, exact
    bool percent_sign = false;
};

// Parses `text` exactly or throws ctg::invalid_value / ctg::out_of_range_value naming `field`.
[[nodiscard]] parsed_decimal parse_decimal(std::string_view text, std::string_view field,
                                           const decimal_syntax& syntax);

// Writes `scaled / 10^fraction_digits` with a '.' mark, keeping `min_fraction_digits` digits
// and dropping trailing zeros beyond them.
[[nodiscard]] std::string format_decimal(std::int64_t scaled, int fraction_digits,
                                         int min_fraction_digits);

// Inserts `separator` between groups of three digits of the integer part of a plain decimal
// and replaces '.' by `decimal_mark`.
[[nodiscard]] std::string localize_decimal(std::string_view plain, std::string_view separator,
                                           char decimal_mark);

}  // namespace ctg::detail
