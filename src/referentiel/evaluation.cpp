// SPDX-License-Identifier: MIT
#include "detail/decimal_text.hpp"
#include <ctg/core/enum_names.hpp>
#include <ctg/core/error.hpp>
#include <ctg/referentiel/evaluation.hpp>

#include <array>
#include <chrono>
#include <string>
#include <utility>

namespace ctg {

namespace {

constexpr std::array<enum_name<answer_kind>, 3> answer_kind_names{{
    {answer_kind::level, "level"},
    {answer_kind::yes_no, "yes_no"},
    {answer_kind::number, "number"},
}};

}  // namespace

answer_number answer_number::parse(std::string_view text, std::string_view field) {
    detail::decimal_syntax syntax;
    syntax.max_fraction_digits = 4;
    answer_number n;
    n.units_ = detail::parse_decimal(text, field, syntax).scaled;
    return n;
}

answer_number answer_number::from_ten_thousandths(std::int64_t units, std::string_view field) {
    if (units < 0) {
        throw invalid_value(
            error_detail::of("number.negative", std::string(field), std::to_string(units)));
    }
    answer_number n;
    n.units_ = units;
    return n;
}

int answer_number::decimals() const noexcept {
    int d = 4;
    std::int64_t u = units_;
    while (d > 0 && u % 10 == 0) {
        u /= 10;
        --d;
    }
    return d;
}

std::string answer_number::to_string() const { return detail::format_decimal(units_, 4, 0); }

std::string answer_number::to_french() const {
    std::string s = to_string();
    for (char& c : s) {
        if (c == '.') {
            c = ',';
        }
    }
    return s;
}

std::string_view to_string(answer_kind k) noexcept { return name_of(answer_kind_names, k); }

answer answer::of_level(std::string item_id, std::optional<volet> policy, std::string code) {
    answer a;
    a.item_id = std::move(item_id);
    a.policy = policy;
    a.kind = answer_kind::level;
    a.level = std::move(code);
    return a;
}

answer answer::of_yes_no(std::string item_id, bool yes) {
    answer a;
    a.item_id = std::move(item_id);
    a.kind = answer_kind::yes_no;
    a.yes = yes;
    return a;
}

answer answer::of_number(std::string item_id, answer_number value) {
    answer a;
    a.item_id = std::move(item_id);
    a.kind = answer_kind::number;
    a.number = value;
    return a;
}

std::string answer::value_text() const {
    switch (kind) {
        case answer_kind::level:
            return level;
        case answer_kind::yes_no:
            return yes ? "oui" : "non";
        case answer_kind::number:
            return number.to_string();
    }
    return level;
}

const answer* evaluation::find_answer(const grid_cell& cell) const noexcept {
    for (const auto& a : answers) {
        if (a.item_id == cell.item_id && a.policy == cell.policy) {
            return &a;
        }
    }
    return nullptr;
}

const item_comment* evaluation::find_comment(std::string_view item_id) const noexcept {
    for (const auto& c : comments) {
        if (c.item_id == item_id) {
            return &c;
        }
    }
    return nullptr;
}

date evaluation::known_from() const noexcept {
    if (filled_on) {
        return *filled_on;
    }
    return date{std::chrono::year{year + 1}, std::chrono::January, std::chrono::day{1}};
}

std::string evaluation::describe() const {
    return post_id + " " + std::to_string(year) + " (" + grid_id + " version " +
           std::to_string(grid_version) + ")";
}

}  // namespace ctg
