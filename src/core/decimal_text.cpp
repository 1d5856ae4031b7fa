// SPDX-License-Identifier: MIT
#include "detail/decimal_text.hpp"

#include <ctg/core/error.hpp>

#include <limits>
#include <string>
#include <vector>

namespace ctg::detail {

namespace {

constexpr std::string_view nbsp = no_break_space;
constexpr std::string_view narrow_nbsp = narrow_no_break_space;
constexpr std::string_view minus_sign = "\xE2\x88\x92";  // U+2212 minus sign
constexpr std::string_view euro_sign = "\xE2\x82\xAC";   // U+20AC

// Length of the space (ASCII, NBSP, narrow NBSP) starting at `pos`, 0 when none.
std::size_t space_at(std::string_view s, std::size_t pos) {
    if (pos >= s.size()) {
        return 0;
    }
    if (s[pos] == ' ' || s[pos] == '\t') {
        return 1;
    }
    if (s.substr(pos).starts_with(nbsp)) {
        return nbsp.size();
    }
    if (s.substr(pos).starts_with(narrow_nbsp)) {
        return narrow_nbsp.size();
    }
    return 0;
}

std::string_view trim_spaces(std::string_view s) {
    while (!s.empty() && space_at(s, 0) > 0) {
        s.remove_prefix(space_at(s, 0));
    }
    bool trimmed = true;
    while (trimmed && !s.empty()) {
        trimmed = false;
        for (std::string_view sp :
             {std::string_view(" "), std::string_view("\t"), nbsp, narrow_nbsp}) {
            if (s.ends_with(sp)) {
                s.remove_suffix(sp.size());
                trimmed = true;
            }
        }
    }
    return s;
}

}  // namespace

parsed_decimal parse_decimal(std::string_view text, std::string_view field,
                             const decimal_syntax& syntax) {
    const auto fail = [&](std::string_view code,
                          std::vector<message_param> params = {}) -> invalid_value {
        return invalid_value(
            error_detail::of(code, std::string(field), std::string(text), std::move(params)));
    };
    parsed_decimal result;
    std::string_view s = trim_spaces(text);
    if (s.empty()) {
        throw fail("decimal.empty");
    }
    if (syntax.allow_euro_sign && s.ends_with(euro_sign)) {
        s = trim_spaces(s.substr(0, s.size() - euro_sign.size()));
    } else if (syntax.allow_percent_sign && s.ends_with('%')) {
        s = trim_spaces(s.substr(0, s.size() - 1));
        result.percent_sign = true;
    }
    bool negative = false;
    if (s.starts_with('-') || s.starts_with('+')) {
        negative = s.front() == '-';
        s.remove_prefix(1);
    } else if (s.starts_with(minus_sign)) {
        negative = true;
        s.remove_prefix(minus_sign.size());
    }
    if (negative && !syntax.allow_negative) {
        throw fail("decimal.negative");
    }
    // Split the body into integer digit groups and the fraction.
    std::vector<std::string_view> groups;
    std::string_view fraction;
    bool has_mark = false;
    std::size_t pos = 0;
    std::size_t group_start = 0;
    while (pos < s.size()) {
        const char c = s[pos];
        if (c >= '0' && c <= '9') {
            ++pos;
            continue;
        }
        if (c == '.' || c == ',') {
            if (s.find_first_of(c == '.' ? "," : ".") != std::string_view::npos) {
                throw fail("decimal.ambiguous_mark");
            }
            if (s.find(c, pos + 1) != std::string_view::npos) {
                throw fail("decimal.repeated_mark");
            }
            groups.push_back(s.substr(group_start, pos - group_start));
            fraction = s.substr(pos + 1);
            has_mark = true;
            break;
        }
        // A tab is trimmed at the ends but never separates thousands ("1\t234" is two cells).
        if (const std::size_t sp = space_at(s, pos); sp > 0 && s[pos] != '\t') {
            if (!syntax.allow_grouping) {
                throw fail("decimal.inner_space");
            }
            groups.push_back(s.substr(group_start, pos - group_start));
            pos += sp;
            group_start = pos;
            continue;
        }
        throw fail("decimal.unexpected_character", {{"position", std::to_string(pos + 1)}});
    }
    if (!has_mark) {
        groups.push_back(s.substr(group_start));
    }
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const auto g = groups[i];
        const bool first = i == 0;
        if (g.empty() || (groups.size() > 1 && (first ? g.size() > 3 : g.size() != 3))) {
            throw fail(groups.size() > 1 ? "decimal.grouping" : "decimal.missing_integer");
        }
    }
    for (const char c : fraction) {
        if (c < '0' || c > '9') {
            throw fail("decimal.fraction_not_digits");
        }
    }
    if (has_mark && fraction.empty()) {
        throw fail("decimal.missing_fraction");
    }
    if (static_cast<int>(fraction.size()) > syntax.max_fraction_digits) {
        throw fail("decimal.too_many_decimals",
                   {{"max_decimals", std::to_string(syntax.max_fraction_digits)},
                    {"given", std::to_string(fraction.size())}});
    }
    // Accumulate the magnitude exactly, checking int64 range (INT64_MIN itself is readable).
    const std::uint64_t limit =
        static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) + (negative ? 1U : 0U);
    std::uint64_t value = 0;
    const auto push_digit = [&](char c) {
        const auto digit = static_cast<std::uint64_t>(c - '0');
        if (value > (limit - digit) / 10) {
            throw out_of_range_value(
                error_detail::of("decimal.too_large", std::string(field), std::string(text)));
        }
        value = value * 10 + digit;
    };
    for (const auto g : groups) {
        for (const char c : g) {
            push_digit(c);
        }
    }
    for (int i = 0; i < syntax.max_fraction_digits; ++i) {
        push_digit(i < static_cast<int>(fraction.size()) ? fraction[static_cast<std::size_t>(i)]
                                                         : '0');
    }
    result.scaled =
        negative ? static_cast<std::int64_t>(0U - value) : static_cast<std::int64_t>(value);
    return result;
}

std::string format_decimal(std::int64_t scaled, int fraction_digits, int min_fraction_digits) {
    const bool negative = scaled < 0;
    // Work on the unsigned magnitude so that INT64_MIN is printable.
    std::uint64_t magnitude =
        negative ? 0U - static_cast<std::uint64_t>(scaled) : static_cast<std::uint64_t>(scaled);
    std::uint64_t divisor = 1;
    for (int i = 0; i < fraction_digits; ++i) {
        divisor *= 10U;
    }
    std::string text = std::to_string(magnitude / divisor);
    std::string frac = std::to_string(magnitude % divisor);
    frac.insert(0, static_cast<std::size_t>(fraction_digits) - frac.size(), '0');
    while (static_cast<int>(frac.size()) > min_fraction_digits && frac.ends_with('0')) {
        frac.pop_back();
    }
    if (!frac.empty()) {
        text += '.';
        text += frac;
    }
    return negative ? "-" + text : text;
}

std::string localize_decimal(std::string_view plain, std::string_view separator,
                             char decimal_mark) {
    const bool negative = plain.starts_with('-');
    if (negative) {
        plain.remove_prefix(1);
    }
    const std::size_t dot = plain.find('.');
    const std::string_view integer = plain.substr(0, dot);
    std::string out = negative ? "-" : "";
    for (std::size_t i = 0; i < integer.size(); ++i) {
        if (i > 0 && (integer.size() - i) % 3 == 0) {
            out += separator;
        }
        out += integer[i];
    }
    if (dot != std::string_view::npos) {
        out += decimal_mark;
        out += plain.substr(dot + 1);
    }
    return out;
}

}  // namespace ctg::detail
