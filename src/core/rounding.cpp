// SPDX-License-Identifier: MIT
#include "detail/round_quotient.hpp"
#include <ctg/core/enum_names.hpp>
#include <ctg/core/error.hpp>
#include <ctg/core/rounding.hpp>

#include <array>
#include <limits>
#include <string>

namespace ctg {

namespace {

constexpr std::array<enum_name<rounding>, 5> rounding_names{{
    {rounding::half_away_from_zero, "half_away_from_zero"},
    {rounding::half_even, "half_even"},
    {rounding::toward_zero, "toward_zero"},
    {rounding::down, "down"},
    {rounding::up, "up"},
}};

}  // namespace

std::string_view to_string(rounding policy) noexcept { return name_of(rounding_names, policy); }

rounding parse_rounding(std::string_view text, std::string_view field) {
    return parse_name(rounding_names, text, field);
}

wide_int divide_rounded(const wide_int& numerator, const wide_int& denominator, rounding policy) {
    if (denominator == 0) {
        throw invalid_value(error_detail::of("rounding.zero_divisor", "divisor", "0"));
    }
    try {
        wide_int num = numerator;
        wide_int den = denominator;
        if (den < 0) {
            num = -num;
            den = -den;
        }
        wide_int quotient;
        wide_int remainder;
        boost::multiprecision::divide_qr(num, den, quotient, remainder);  // truncates toward zero
        return detail::round_quotient(quotient, remainder, den, policy);
    } catch (const std::overflow_error&) {
        throw overflow(error_detail::of("rounding.quotient_overflow", "exact intermediate",
                                        numerator.str() + " / " + denominator.str()));
    }
}

std::int64_t narrow_to_int64(const wide_int& value, std::string_view field) {
    if (value > std::numeric_limits<std::int64_t>::max() ||
        value < std::numeric_limits<std::int64_t>::min()) {
        throw overflow(
            error_detail::of("rounding.int64_overflow", std::string(field), value.str()));
    }
    return static_cast<std::int64_t>(value);
}

}  // namespace ctg
