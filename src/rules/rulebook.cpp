// SPDX-License-Identifier: MIT
// Rulebooks: constructor cross-checks and accessors. The JSON loader, the canonical writer and
// the built-in registry are in src/io/rulebook_json.cpp.
#include "detail/decimal_text.hpp"
#include "rules/rulebook_check.hpp"
#include <ctg/core/error.hpp>
#include <ctg/rules/rulebook.hpp>

#include <algorithm>
#include <functional>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <utility>

namespace ctg {

namespace detail {

namespace {

const parameter* find_parameter(const std::vector<parameter>& params, std::string_view name) {
    const auto it = std::find_if(params.begin(), params.end(),
                                 [&](const parameter& p) { return p.name() == name; });
    return it == params.end() ? nullptr : &*it;
}

const segment* find_segment(const parameter& p, date d) {
    for (const auto& s : p.segments()) {
        if (s.contains(d)) {
            return &s;
        }
    }
    return nullptr;
}

std::string known_names(const std::vector<parameter>& params,
                        const std::set<std::string, std::less<>>& broken) {
    std::set<std::string, std::less<>> names(broken);
    for (const auto& p : params) {
        names.insert(p.name());
    }
    std::string text;
    for (const auto& n : names) {
        text += text.empty() ? "" : ", ";
        text += n;
    }
    return text.empty() ? "(no parameter)" : text;
}

bool is_rate_unit(unit u) noexcept { return u == unit::percent || u == unit::share; }

std::string rate_text(rate r) { return r.to_percent_string(); }

/// A sum of weights, which may exceed 100 %, as a percentage (`75 %`).
std::string sum_text_of(std::int64_t millionths) { return format_decimal(millionths, 4, 0) + " %"; }

}  // namespace

std::vector<error_detail> check_rulebook(const std::string& id, const formula& f,
                                         const std::vector<parameter>& params,
                                         const std::set<std::string, std::less<>>& broken) {
    std::vector<error_detail> problems;
    if (id.empty()) {
        problems.push_back(error_detail::of("value.empty", "id", ""));
    }
    // Duplicate parameter names.
    {
        std::set<std::string, std::less<>> seen;
        for (const auto& p : params) {
            if (!seen.insert(p.name()).second) {
                problems.push_back(
                    error_detail::of("value.duplicate", "parameters." + p.name(), p.name()));
            }
        }
    }

    // A reference from the formula to a parameter of the given units. Returns the parameter when
    // it exists with an acceptable unit.
    const auto reference = [&](const std::string& field, const std::string& name,
                               bool want_rate) -> const parameter* {
        if (broken.contains(name)) {
            return nullptr;  // already reported where it is defined
        }
        const parameter* p = find_parameter(params, name);
        if (p == nullptr) {
            problems.push_back(error_detail::of("rulebook.parameter.unknown", field, name,
                                                {{"known", known_names(params, broken)}}));
            return nullptr;
        }
        const bool ok =
            want_rate ? is_rate_unit(p->value_unit()) : p->value_unit() == unit::eur_per_fte;
        if (!ok) {
            problems.push_back(error_detail::of(
                want_rate ? "rulebook.parameter.not_rate" : "rulebook.parameter.not_per_fte", field,
                name, {{"parameter", name}, {"unit", std::string(to_string(p->value_unit()))}}));
            return nullptr;
        }
        return p;
    };
    const auto not_read = [&](const std::string& field, const std::string& value) {
        problems.push_back(error_detail::of("rulebook.formula.not_read", field, value,
                                            {{"kind", std::string(to_string(f.kind))},
                                             {"key", field.substr(field.find('.') + 1)}}));
    };

    const parameter* rate_param = nullptr;
    if (f.kind == formula_kind::flat_per_fte) {
        if (f.amount_per_fte.empty()) {
            problems.push_back(
                error_detail::of("rulebook.formula.amount_missing", "formula.amount_per_fte", ""));
        } else if (const parameter* amount =
                       reference("formula.amount_per_fte", f.amount_per_fte, false)) {
            const auto& segs = amount->segments();
            for (std::size_t i = 0; i < segs.size(); ++i) {
                const money m = std::get<money>(segs[i].value);
                if (m < money{}) {
                    problems.push_back(error_detail::of("money.negative",
                                                        "parameters." + amount->name() +
                                                            ".segments[" + std::to_string(i) +
                                                            "].value",
                                                        m.to_plain()));
                }
            }
        }
        if (!f.rate.empty()) {
            not_read("formula.rate", f.rate);
        }
        if (f.ceiling_per_fte) {
            not_read("formula.ceiling_per_fte", *f.ceiling_per_fte);
        }
    } else {
        if (f.rate.empty()) {
            problems.push_back(
                error_detail::of("rulebook.formula.rate_missing", "formula.rate", ""));
        } else {
            rate_param = reference("formula.rate", f.rate, true);
        }
        if (!f.amount_per_fte.empty()) {
            not_read("formula.amount_per_fte", f.amount_per_fte);
        }
        if (f.ceiling_per_fte) {
            if (const parameter* ceiling =
                    reference("formula.ceiling_per_fte", *f.ceiling_per_fte, false)) {
                const auto& segs = ceiling->segments();
                for (std::size_t i = 0; i < segs.size(); ++i) {
                    const money m = std::get<money>(segs[i].value);
                    if (m <= money{}) {
                        problems.push_back(error_detail::of("rulebook.ceiling.not_positive",
                                                            "parameters." + ceiling->name() +
                                                                ".segments[" + std::to_string(i) +
                                                                "].value",
                                                            m.to_plain()));
                    }
                }
            }
        }
    }

    // Parts.
    std::vector<const parameter*> weights;
    bool weights_ok = true;
    {
        std::set<std::string, std::less<>> ids;
        for (std::size_t i = 0; i < f.parts.size(); ++i) {
            const funding_part& part = f.parts[i];
            const std::string base = "formula.parts[" + std::to_string(i) + "]";
            if (part.id.empty()) {
                problems.push_back(error_detail::of("value.empty", base + ".id", ""));
            } else if (!ids.insert(part.id).second) {
                problems.push_back(error_detail::of("value.duplicate", base + ".id", part.id));
            }
            if (part.weight_parameter.empty()) {
                problems.push_back(
                    error_detail::of("rulebook.part.weight_missing", base + ".weight", ""));
                weights_ok = false;
            } else if (const parameter* w =
                           reference(base + ".weight", part.weight_parameter, true)) {
                weights.push_back(w);
            } else {
                weights_ok = false;
            }
        }
    }
    const bool share = f.kind == formula_kind::share_of_expense;
    if (!f.parts.empty() && weights_ok && (!share || rate_param != nullptr)) {
        // Every date where one of the involved parameters changes value.
        std::set<date> dates;
        if (share) {
            for (const auto& s : rate_param->segments()) {
                dates.insert(s.start);
            }
        }
        for (const parameter* w : weights) {
            for (const auto& s : w->segments()) {
                dates.insert(s.start);
            }
        }
        for (const date d : dates) {
            std::int64_t sum = 0;
            std::string terms;
            bool defined = true;
            for (const parameter* w : weights) {
                const segment* s = find_segment(*w, d);
                if (s == nullptr) {
                    defined = false;
                    break;
                }
                const rate r = std::get<rate>(s->value);
                sum += r.millionths();
                terms += terms.empty() ? "" : " + ";
                terms += rate_text(r);
            }
            const segment* rs = share ? find_segment(*rate_param, d) : nullptr;
            if (!defined || (share && rs == nullptr)) {
                continue;
            }
            const std::string sum_text = sum_text_of(sum);
            if (share) {
                const rate r = std::get<rate>(rs->value);
                if (sum != r.millionths()) {
                    problems.push_back(error_detail::of(
                        "rulebook.parts.sum_not_rate", "formula.parts", terms + " = " + sum_text,
                        {{"rate", f.rate}, {"rate_value", rate_text(r)}, {"on", to_iso(d)}}));
                }
            } else if (sum <= 0) {
                problems.push_back(error_detail::of("rulebook.parts.sum_zero", "formula.parts",
                                                    terms + " = " + sum_text, {{"on", to_iso(d)}}));
            }
        }
    }
    return problems;
}

}  // namespace detail

namespace {

/// A department code of the Code officiel géographique: `01`–`95` (`2A`, `2B` for Corsica, no
/// `20`) or an overseas `971`–`976`.
bool is_department_code(std::string_view code) noexcept {
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (code.size() == 2) {
        if (code[0] == '2' && (code[1] == 'A' || code[1] == 'B')) {
            return true;
        }
        return digit(code[0]) && digit(code[1]) && code != "00" && code != "20" && code < "96";
    }
    return code.size() == 3 && code.substr(0, 2) == "97" && code[2] >= '1' && code[2] <= '6';
}

/// The rulebook's value of `method`, or none when it has no such method (a formula without a
/// ceiling has no `ceiling_on`).
std::optional<std::string> method_value(std::string_view method, const formula& f,
                                        rounding policy) {
    if (method == "fte") {
        return std::string(to_string(f.fte));
    }
    if (method == "prorata") {
        return std::string(to_string(f.prorata));
    }
    if (method == "rounding") {
        return std::string(to_string(policy));
    }
    if (method == "ceiling_on" && f.ceiling_per_fte) {
        return std::string(to_string(f.ceiling_on));
    }
    return std::nullopt;
}

}  // namespace

rulebook::rulebook(std::string id, localized_text label, localized_text description,
                   rounding policy, formula f, std::vector<ctg::parameter> parameters,
                   std::string department, std::vector<method_origin> methods)
    : id_(std::move(id)),
      label_(std::move(label)),
      description_(std::move(description)),
      rounding_(policy),
      formula_(std::move(f)),
      parameters_(std::move(parameters)),
      department_(std::move(department)),
      methods_(std::move(methods)) {
    std::stable_sort(
        parameters_.begin(), parameters_.end(),
        [](const ctg::parameter& a, const ctg::parameter& b) { return a.name() < b.name(); });
    auto problems = detail::check_rulebook(id_, formula_, parameters_, {});
    if (!department_.empty() && !is_department_code(department_)) {
        problems.push_back(error_detail::of("rulebook.department", "department", department_));
    }
    std::stable_sort(
        methods_.begin(), methods_.end(),
        [](const method_origin& a, const method_origin& b) { return a.method < b.method; });
    for (std::size_t i = 0; i < methods_.size(); ++i) {
        method_origin& m = methods_[i];
        const std::string path = "methods." + m.method;
        const std::optional<std::string> value = method_value(m.method, formula_, rounding_);
        if (!value || (i > 0 && methods_[i - 1].method == m.method)) {
            problems.push_back(error_detail::of("rulebook.method.unknown", "methods", m.method));
            continue;
        }
        m.value = *value;  // the rulebook's own, whatever the caller wrote
        for (error_detail& problem : check_reasoning(m.origin, path)) {
            problems.push_back(std::move(problem));
        }
    }
    if (!problems.empty()) {
        throw validation_error("rulebook " + id_, std::move(problems));
    }
    for (const std::string& name : formula_.parameter_names()) {
        formula_parameters_.push_back(
            static_cast<std::size_t>(&parameter(name) - parameters_.data()));
    }
}

const ctg::parameter& rulebook::parameter(std::string_view name) const {
    const auto it =
        std::lower_bound(parameters_.begin(), parameters_.end(), name,
                         [](const ctg::parameter& p, std::string_view n) { return p.name() < n; });
    if (it == parameters_.end() || it->name() != name) {
        std::string known;
        for (const auto& p : parameters_) {
            known += known.empty() ? "" : ", ";
            known += p.name();
        }
        throw out_of_range_value(error_detail::of("lookup.unknown", "parameter", std::string(name),
                                                  {{"known", known.empty() ? "-" : known}}));
    }
    return *it;
}

const ctg::parameter& rulebook::formula_parameter(std::size_t index) const {
    if (index >= formula_parameters_.size()) {
        std::string known;
        for (std::size_t k = 0; k < formula_parameters_.size(); ++k) {
            known += (k == 0 ? "" : ", ") + std::to_string(k);
        }
        throw out_of_range_value(error_detail::of("lookup.unknown", "formula_parameter",
                                                  std::to_string(index), {{"known", known}}));
    }
    return parameters_[formula_parameters_[index]];
}

bool rulebook::has_parameter(std::string_view name) const noexcept {
    const auto it =
        std::lower_bound(parameters_.begin(), parameters_.end(), name,
                         [](const ctg::parameter& p, std::string_view n) { return p.name() < n; });
    return it != parameters_.end() && it->name() == name;
}

}  // namespace ctg
