// SPDX-License-Identifier: MIT
#include <ctg/core/error.hpp>
#include <ctg/core/rate.hpp>
#include <ctg/detail/decimal_text.hpp>

namespace ctg {

rate rate::from_millionths(std::int64_t millionths, std::string_view field) {
    if (millionths < 0 || millionths > scale) {
        throw invalid_value(std::string(field),
                            detail::format_decimal(millionths, 4, 0) + " %",
                            "a rate from 0 % to 100 %");
    }
    rate r;
    r.millionths_ = millionths;
    return r;
}

rate rate::parse(std::string_view text, rate_notation notation, std::string_view field) {
    // Read with 6 decimals: enough for a share; a percentage then carries 4 meaningful ones.
    detail::decimal_syntax syntax;
    syntax.allow_percent_sign = true;
    syntax.max_fraction_digits = 6;
    syntax.what = notation == rate_notation::percent ? "a percentage (80 means 80 %)"
                                                     : "a share (0.8 means 80 %) or a percentage with '%'";
    const auto parsed = detail::parse_decimal(text, field, syntax);
    const bool as_percent = parsed.percent_sign || notation == rate_notation::percent;
    std::int64_t millionths = parsed.scaled;  // share × 10^6 when read as a share
    if (as_percent) {
        // percent × 10^6 → share × 10^6 needs a division by 100 that must be exact.
        if (millionths % 100 != 0) {
            throw invalid_value(std::string(field), std::string(text),
                                "a percentage with at most 4 decimal places");
        }
        millionths /= 100;
    }
    if (millionths > scale) {
        throw invalid_value(std::string(field), std::string(text), "a rate from 0 % to 100 %");
    }
    return from_millionths(millionths, field);
}

std::string rate::to_percent_string() const {
    return detail::format_decimal(millionths_, 4, 0) + " %";
}

std::string rate::to_french() const {
    return detail::localize_decimal(detail::format_decimal(millionths_, 4, 0), " ", ',') + " %";
}

std::string rate::to_share_string() const { return detail::format_decimal(millionths_, 6, 0); }

}  // namespace ctg
