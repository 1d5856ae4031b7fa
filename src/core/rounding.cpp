// SPDX-License-Identifier: MIT
#include <ctg/core/error.hpp>
#include <ctg/core/rounding.hpp>

#include <array>
#include <limits>
#include <string>

namespace ctg {

namespace {
constexpr std::array<std::string_view, 5> rounding_names{"half_away_from_zero", "half_even",
                                                         "toward_zero", "down", "up"};
}  // namespace

std::string_view to_string(rounding policy) noexcept {
    return rounding_names.at(static_cast<std::size_t>(policy));
}

rounding parse_rounding(std::string_view text, std::string_view field) {
    for (std::size_t i = 0; i < rounding_names.size(); ++i) {
        if (rounding_names[i] == text) {
            return static_cast<rounding>(i);
        }
    }
    throw invalid_value(std::string(field), std::string(text),
                        "one of half_away_from_zero, half_even, toward_zero, down, up");
}

wide_int divide_rounded(const wide_int& numerator, const wide_int& denominator, rounding policy) {
    if (denominator == 0) {
        throw invalid_value("divisor", "0", "a non-zero divisor");
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
        if (remainder == 0) {
            return quotient;
        }
        const bool negative = num < 0;
        // Compare |remainder| with den - |remainder| rather than 2 × |remainder| with den: the
        // doubled remainder can exceed 128 bits although the quotient fits.
        const wide_int below = remainder < 0 ? -remainder : remainder;
        const wide_int above = den - below;
        const int half_cmp = below < above ? -1 : (below == above ? 0 : 1);
        bool away = false;  // move one unit away from zero?
        switch (policy) {
            case rounding::half_away_from_zero: away = half_cmp >= 0; break;
            case rounding::half_even:
                away = half_cmp > 0 || (half_cmp == 0 && (quotient % 2) != 0);
                break;
            case rounding::toward_zero: away = false; break;
            case rounding::down: away = negative; break;
            case rounding::up: away = !negative; break;
        }
        if (away) {
            quotient += negative ? -1 : 1;
        }
        return quotient;
    } catch (const std::overflow_error&) {
        throw overflow("exact intermediate", numerator.str() + " / " + denominator.str(),
                       "a quotient within 128-bit range");
    }
}

std::int64_t narrow_to_int64(const wide_int& value, std::string_view field) {
    if (value > std::numeric_limits<std::int64_t>::max() ||
        value < std::numeric_limits<std::int64_t>::min()) {
        throw overflow(std::string(field), value.str(), "a value within the 64-bit range");
    }
    return static_cast<std::int64_t>(value);
}

}  // namespace ctg
