// SPDX-License-Identifier: MIT
#include "detail/decimal_text.hpp"
#include <ctg/core/error.hpp>
#include <ctg/core/rate.hpp>

namespace ctg {

rate rate::from_millionths(std::int64_t millionths, std::string_view field) {
    if (millionths < 0 || millionths > scale) {
        throw invalid_value(error_detail::of("rate.range", std::string(field),
                                             detail::format_decimal(millionths, 4, 0) + " %"));
    }
    rate r;
    r.millionths_ = millionths;
    return r;
}

rate rate::parse(std::string_view text, rate_notation notation, std::string_view field) {
    // A share holds 6 decimals, a percentage 4: both give whole millionths. The first pass
    // finds whether a '%' decides the notation; a percentage is then read again with 4 decimals
    // so that a fifth written decimal is refused, as an amount's third one is.
    detail::decimal_syntax syntax;
    syntax.allow_percent_sign = true;
    syntax.max_fraction_digits = 6;
    try {
        const auto parsed = detail::parse_decimal(text, field, syntax);
        std::int64_t millionths = parsed.scaled;  // a share × 10^6
        if (parsed.percent_sign || notation == rate_notation::percent) {
            syntax.max_fraction_digits = 4;
            millionths = detail::parse_decimal(text, field, syntax).scaled;  // percent × 10^4
        }
        if (millionths > scale) {
            throw invalid_value(
                error_detail::of("rate.range", std::string(field), std::string(text)));
        }
        return from_millionths(millionths, field);
    } catch (const out_of_range_value&) {
        // Too many digits for int64: far above 100 %, which is an invalid rate.
        throw invalid_value(error_detail::of("rate.range", std::string(field), std::string(text)));
    }
}

std::string rate::to_percent_string() const {
    return detail::format_decimal(millionths_, 4, 0) + " %";
}

std::string rate::to_french() const {
    return detail::localize_decimal(detail::format_decimal(millionths_, 4, 0),
                                    detail::narrow_no_break_space, ',') +
           std::string(detail::no_break_space) + "%";
}

std::string rate::to_share_string() const { return detail::format_decimal(millionths_, 6, 0); }

}  // namespace ctg
