// SPDX-License-Identifier: MIT
#include "detail/decimal_text.hpp"
#include <ctg/core/error.hpp>
#include <ctg/core/fte.hpp>

namespace ctg {

weekly_hours weekly_hours::parse(std::string_view text, std::string_view field) {
    detail::decimal_syntax syntax;
    syntax.max_fraction_digits = 2;
    weekly_hours h;
    h.hundredths_ = detail::parse_decimal(text, field, syntax).scaled;
    return h;
}

std::string weekly_hours::to_string() const {
    return detail::format_decimal(hundredths_, 2, 0) + " h";
}

fte fte::from_ten_thousandths(std::int64_t units, std::string_view field) {
    if (units < 0) {
        throw invalid_value(error_detail::of("fte.negative", std::string(field),
                                             detail::format_decimal(units, 4, 0)));
    }
    fte f;
    f.units_ = units;
    return f;
}

fte fte::parse(std::string_view text, std::string_view field) {
    detail::decimal_syntax syntax;
    syntax.max_fraction_digits = 4;
    return from_ten_thousandths(detail::parse_decimal(text, field, syntax).scaled, field);
}

fte fte::from_weekly_hours(weekly_hours worked, weekly_hours full_time, rounding policy) {
    if (full_time.hundredths() == 0) {
        throw invalid_value(
            error_detail::of("fte.full_time_zero", "full_time_hours", full_time.to_string()));
    }
    const wide_int units = divide_rounded(wide_int(worked.hundredths()) * scale,
                                          wide_int(full_time.hundredths()), policy);
    return from_ten_thousandths(narrow_to_int64(units, "fte"));
}

fte operator+(fte a, fte b) {
    std::int64_t units = 0;
    if (__builtin_add_overflow(a.ten_thousandths(), b.ten_thousandths(), &units)) {
        throw overflow(
            error_detail::of("fte.sum_overflow", "fte sum", a.to_string() + " + " + b.to_string()));
    }
    return fte::from_ten_thousandths(units);
}

std::string fte::to_string() const { return detail::format_decimal(units_, 4, 0); }

std::string fte::to_french() const {
    // No thousands grouping: parse() refuses it, and the French text must read back.
    return detail::localize_decimal(to_string(), "", ',');
}

}  // namespace ctg
