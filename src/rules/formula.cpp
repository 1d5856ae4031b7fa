// SPDX-License-Identifier: MIT
#include <ctg/core/enum_names.hpp>
#include <ctg/core/error.hpp>
#include <ctg/rules/formula.hpp>

#include <array>
#include <optional>

namespace ctg {

namespace {

constexpr std::array<enum_name<formula_kind>, 2> formula_kind_names{{
    {formula_kind::flat_per_fte, "flat_per_fte"},
    {formula_kind::share_of_expense, "share_of_expense"},
}};
constexpr std::array<enum_name<ceiling_target>, 2> ceiling_target_names{{
    {ceiling_target::expense, "expense"},
    {ceiling_target::aid, "aid"},
}};

constexpr std::array<enum_name<fte_basis>, 2> fte_basis_names{{
    {fte_basis::contracted, "contracted"},
    {fte_basis::in_post, "in_post"},
}};

}  // namespace

std::string_view to_string(fte_basis b) noexcept { return name_of(fte_basis_names, b); }

fte_basis parse_fte_basis(std::string_view text, std::string_view field) {
    return parse_name(fte_basis_names, text, field);
}

std::string_view to_string(formula_kind k) noexcept { return name_of(formula_kind_names, k); }

formula_kind parse_formula_kind(std::string_view text, std::string_view field) {
    return parse_name(formula_kind_names, text, field);
}

std::string_view to_string(ceiling_target t) noexcept { return name_of(ceiling_target_names, t); }

ceiling_target parse_ceiling_target(std::string_view text, std::string_view field) {
    if (const std::optional<ceiling_target> target = value_of(ceiling_target_names, text)) {
        return *target;
    }
    throw invalid_value(
        error_detail::of("rulebook.ceiling_on.unknown", std::string(field), std::string(text)));
}

std::vector<std::string> formula::parameter_names() const {
    std::vector<std::string> names;
    if (!amount_per_fte.empty()) {
        names.push_back(amount_per_fte);
    }
    if (!rate.empty()) {
        names.push_back(rate);
    }
    if (ceiling_per_fte && !ceiling_per_fte->empty()) {
        names.push_back(*ceiling_per_fte);
    }
    for (const auto& p : parts) {
        if (!p.weight_parameter.empty()) {
            names.push_back(p.weight_parameter);
        }
    }
    return names;
}

}  // namespace ctg
