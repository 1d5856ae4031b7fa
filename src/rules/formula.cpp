// SPDX-License-Identifier: MIT
#include <ctg/core/error.hpp>
#include <ctg/rules/formula.hpp>

namespace ctg {

std::string_view to_string(formula_kind k) noexcept {
    return k == formula_kind::share_of_expense ? "share_of_expense" : "flat_per_fte";
}

formula_kind parse_formula_kind(std::string_view text, std::string_view field) {
    if (text == "flat_per_fte") {
        return formula_kind::flat_per_fte;
    }
    if (text == "share_of_expense") {
        return formula_kind::share_of_expense;
    }
    throw invalid_value(error_detail::of("value.one_of", std::string(field), std::string(text),
                                         {{"accepted", "flat_per_fte, share_of_expense"}}));
}

std::string_view to_string(ceiling_target t) noexcept {
    return t == ceiling_target::aid ? "aid" : "expense";
}

ceiling_target parse_ceiling_target(std::string_view text, std::string_view field) {
    if (text == "expense") {
        return ceiling_target::expense;
    }
    if (text == "aid") {
        return ceiling_target::aid;
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
