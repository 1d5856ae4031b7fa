// SPDX-License-Identifier: MIT
// Exact ratios and their rounding: unbounded integer arithmetic only (cpp_int, cpp_rational).
#include "detail/decimal_text.hpp"
#include <ctg/core/error.hpp>
#include <ctg/core/exact_ratio.hpp>

#include <string>
#include <utility>

namespace ctg {

namespace {

void check_decimals(int decimals) {
    if (decimals < 0 || decimals > 18) {
        throw invalid_value(error_detail::of("value.range", "decimals", std::to_string(decimals),
                                             {{"low", "0"}, {"high", "18"}}));
    }
}

big_int power_of_ten(int n) {
    big_int p = 1;
    for (int i = 0; i < n; ++i) {
        p *= 10;
    }
    return p;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// rounded_decimal

rounded_decimal::rounded_decimal(big_int scaled, int decimals, bool exact)
    : scaled_(std::move(scaled)), decimals_(decimals), exact_(exact) {
    check_decimals(decimals);
}

std::string rounded_decimal::to_plain() const {
    const bool negative = scaled_ < 0;
    std::string digits = (negative ? big_int(-scaled_) : scaled_).str();
    const auto n = static_cast<std::size_t>(decimals_);
    if (digits.size() <= n) {
        digits.insert(0, n + 1 - digits.size(), '0');
    }
    std::string text = digits.substr(0, digits.size() - n);
    if (n > 0) {
        text += '.';
        text += digits.substr(digits.size() - n);
    }
    return (negative ? "-" : "") + text;
}

std::string rounded_decimal::to_french() const {
    return detail::localize_decimal(to_plain(), detail::narrow_no_break_space, ',');
}

std::string rounded_decimal::to_english() const {
    return detail::localize_decimal(to_plain(), ",", '.');
}

// ---------------------------------------------------------------------------------------------
// exact_ratio

exact_ratio::exact_ratio(std::int64_t numerator, std::int64_t denominator, std::string_view field) {
    if (denominator == 0) {
        throw invalid_value(error_detail::of("exact.zero_denominator", std::string(field),
                                             std::to_string(numerator) + "/0"));
    }
    value_ = exact_rational(big_int(numerator), big_int(denominator));
}

big_int exact_ratio::numerator() const { return boost::multiprecision::numerator(value_); }

big_int exact_ratio::denominator() const { return boost::multiprecision::denominator(value_); }

std::string exact_ratio::to_fraction() const {
    const big_int d = denominator();
    return d == 1 ? numerator().str() : numerator().str() + "/" + d.str();
}

rounded_decimal exact_ratio::rounded(ratio_format format) const {
    check_decimals(format.decimals);
    const big_int n = numerator() * power_of_ten(format.decimals);
    const big_int d = denominator();
    return {divide_rounded_big(n, d, format.policy), format.decimals, n % d == 0};
}

rounded_decimal exact_ratio::percent(ratio_format format) const {
    return exact_ratio(exact_rational(value_ * 100)).rounded(format);
}

exact_ratio operator/(const exact_ratio& a, const exact_ratio& b) {
    if (b.value_ == 0) {
        throw invalid_value(
            error_detail::of("rounding.zero_divisor", "ratio", a.to_fraction() + " / 0"));
    }
    return exact_ratio(exact_rational(a.value_ / b.value_));
}

// ---------------------------------------------------------------------------------------------
// Rounded division and square root

big_int divide_rounded_big(const big_int& numerator, const big_int& denominator, rounding policy) {
    if (denominator == 0) {
        throw invalid_value(error_detail::of("exact.zero_denominator", "denominator", "0"));
    }
    big_int n = numerator;
    big_int d = denominator;
    if (d < 0) {
        n = -n;
        d = -d;
    }
    big_int q = n / d;        // truncated toward zero
    const big_int r = n % d;  // sign of n
    if (r == 0) {
        return q;
    }
    const int sign = n < 0 ? -1 : 1;
    const big_int twice = 2 * (r < 0 ? big_int(-r) : r);
    switch (policy) {
        case rounding::toward_zero:
            return q;
        case rounding::down:
            return sign < 0 ? q - 1 : q;
        case rounding::up:
            return sign > 0 ? q + 1 : q;
        case rounding::half_away_from_zero:
            return twice >= d ? q + sign : q;
        case rounding::half_even:
            if (twice > d || (twice == d && (q % 2) != 0)) {
                return q + sign;
            }
            return q;
    }
    return q;
}

rounded_decimal rounded_sqrt(const exact_ratio& x, ratio_format format, std::string_view field) {
    check_decimals(format.decimals);
    if (x.value() < 0) {
        throw invalid_value(
            error_detail::of("ratio.sqrt_negative", std::string(field), x.to_fraction()));
    }
    // y = x × 10^(2n) = N / D; k = floor(sqrt(y)) = isqrt(floor(N / D)).
    const big_int N = x.numerator() * power_of_ten(2 * format.decimals);
    const big_int D = x.denominator();
    const big_int k = boost::multiprecision::sqrt(big_int(N / D));
    const bool exact = k * k * D == N;
    if (exact) {
        return {k, format.decimals, true};
    }
    switch (format.policy) {
        case rounding::toward_zero:
        case rounding::down:
            return {k, format.decimals, false};
        case rounding::up:
            return {k + 1, format.decimals, false};
        case rounding::half_away_from_zero:
        case rounding::half_even: {
            // sqrt(y) against k + ½  ⇔  4N against (2k + 1)² D, exactly.
            const big_int lhs = 4 * N;
            const big_int rhs = (2 * k + 1) * (2 * k + 1) * D;
            if (lhs > rhs) {
                return {k + 1, format.decimals, false};
            }
            if (lhs < rhs) {
                return {k, format.decimals, false};
            }
            const bool away = format.policy == rounding::half_away_from_zero || (k % 2) != 0;
            return {away ? k + 1 : k, format.decimals, false};
        }
    }
    return {k, format.decimals, false};
}

}  // namespace ctg
