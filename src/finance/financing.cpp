// SPDX-License-Identifier: MIT
// Financing of one post: at a date (the calendar year of the date, parameters read on that
// date) or over a period (cut into slices at every 1 January and every parameter change), with
// the explanation of every step; the comparison of two results. The result as JSON is in
// src/io/finance_json.cpp.
//
// The arithmetic is the kernel of compute.hpp, shared with finance_batch(); this file adds the
// validation of the post, the parameter readings and the recorder that writes the steps.
#include "finance/compute.hpp"
#include "finance/detail/recorder.hpp"
#include <ctg/core/error.hpp>
#include <ctg/core/exact_amount.hpp>
#include <ctg/core/exact_ratio.hpp>
#include <ctg/finance/financing.hpp>

#include <algorithm>
#include <cassert>
#include <limits>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace ctg {

namespace finance_detail {

// ------------------------------------------------------------------------------------------
// Text helpers

std::string amount_text(std::int64_t cents) { return money::from_cents(cents).to_plain() + " €"; }

namespace {

std::string scaled_text(std::int64_t value, std::int64_t scale, int digits) {
    const bool negative = value < 0;
    const auto magnitude =
        negative ? 0U - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    const auto s = static_cast<std::uint64_t>(scale);
    std::string text = (negative ? "-" : "") + std::to_string(magnitude / s);
    std::string fraction = std::to_string(magnitude % s);
    fraction.insert(0, static_cast<std::size_t>(digits) - fraction.size(), '0');
    while (!fraction.empty() && fraction.back() == '0') {
        fraction.pop_back();
    }
    return fraction.empty() ? text : text + "." + fraction;
}

}  // namespace

std::string percent_text(std::int64_t millionths) {
    return scaled_text(millionths, 10'000, 4) + " %";
}

std::string fte_text(std::int64_t ten_thousandths) {
    return scaled_text(ten_thousandths, fte_scale, 4);
}

// ------------------------------------------------------------------------------------------
// Parameter readings

namespace {

void record_reading(std::vector<explanation_step>& steps, std::string_view prefix,
                    const parameter& p, const segment& s) {
    explanation_step step;
    step.kind = step_kind::parameter;
    step.id = std::string(prefix) + "parameter." + p.name();
    step.label = p.label();
    step.value = p.value_text(s);
    if (const auto* m = std::get_if<money>(&s.value)) {
        step.amount = *m;
    }
    step.parameter = parameter_reading{p.name(), p.value_unit(), p.value_text(s),    s.start, s.end,
                                       s.origin, s.confirmed_on, s.start_alternative};
    steps.push_back(std::move(step));
}

}  // namespace

rule_values read_rule_values(const rulebook& rules, date at, std::span<std::int64_t> weights,
                             std::vector<explanation_step>* steps, std::string_view prefix) {
    const formula& f = rules.rule();
    rule_values v;
    v.kind = f.kind;
    v.ceiling_on = f.ceiling_on;
    v.policy = rules.rounding_policy();
    const period year = period::calendar_year(static_cast<int>(at.year()));
    // The formula's parameters in the order of formula::parameter_names(), as read below.
    std::size_t next = 0;
    const auto read = [&]([[maybe_unused]] const std::string& name) -> const segment& {
        const parameter& p = rules.formula_parameter(next++);
        assert(p.name() == name);
        const segment& s = p.at(at);
        v.may_warn = v.may_warn || (s.confirmed_on && *s.confirmed_on < at) ||
                     year.start() < s.start || (s.end && *s.end < year.end());
        if (steps != nullptr) {
            record_reading(*steps, prefix, p, s);
        }
        return s;
    };
    const auto as_money = [](const segment& s) {
        return std::visit(
            [](auto x) -> std::int64_t {
                if constexpr (std::is_same_v<decltype(x), money>) {
                    return x.cents();
                } else {
                    return x.millionths();
                }
            },
            s.value);
    };
    if (f.kind == formula_kind::flat_per_fte) {
        v.amount_per_fte = as_money(read(f.amount_per_fte));
    } else {
        v.rate = as_money(read(f.rate));
        if (f.ceiling_per_fte) {
            v.has_ceiling = true;
            v.ceiling_per_fte = as_money(read(*f.ceiling_per_fte));
        }
    }
    std::int64_t sum = 0;
    for (std::size_t k = 0; k < f.parts.size(); ++k) {
        weights[k] = as_money(read(f.parts[k].weight_parameter));
        sum += weights[k];  // each weight ≤ 10^6 (a rate): no overflow for any realistic count
    }
    v.weights = weights;
    v.weight_sum = sum;
    return v;
}

explanation_step prorata_step(std::string_view prefix, prorata_basis basis, std::int64_t num,
                              std::int64_t den) {
    explanation_step step;
    step.kind = step_kind::computation;
    step.id = std::string(prefix) + "prorata";
    step.label = basis == prorata_basis::days
                     ? localized_text{"Prorata temporis (jours d'activité / jours de l'année)",
                                      "Prorata temporis (days active / days of the year)"}
                     : localized_text{"Prorata temporis (mois entiers d'activité / 12)",
                                      "Prorata temporis (whole months active / 12)"};
    step.value = std::to_string(num) + "/" + std::to_string(den);
    return step;
}

// ------------------------------------------------------------------------------------------
// Recorder

explanation_step& step_recorder::add(step_kind kind, std::string_view id, localized_text label) {
    explanation_step& s = steps_.emplace_back();
    s.kind = kind;
    s.id = prefix_ + std::string(id);
    s.label = std::move(label);
    return s;
}

namespace {

/// The exact `per_fte × FTE × prorata` (an annual amount or a ceiling).
exact_amount exact_annual(std::int64_t per_fte, const row_values& row) {
    return exact_amount(money::from_cents(per_fte))
        .times_ratio(row.fte, fte_scale)
        .times_ratio(row.prorata_num, row.prorata_den);
}

/// An exact amount in the neutral notation of formulas: `120000.00 €` when it is a whole
/// number of cents, else its decimals (`32054.794520… €`).
std::string exact_text(const exact_amount& x) {
    return x.is_whole_cent() ? amount_text(x.rounded(rounding::toward_zero).cents())
                             : x.to_plain() + " €";
}

/// Sets the value of a step that shows an exact, unrounded amount: as money when it is a whole
/// number of cents, else as its decimals (`exact`).
void set_exact_value(explanation_step& s, const exact_amount& x) {
    if (x.is_whole_cent()) {
        s.amount = x.rounded(rounding::toward_zero);
        s.value = s.amount->to_plain();
    } else {
        s.value = x.to_plain();
        s.exact = s.value;
    }
}

}  // namespace

std::string step_recorder::annual_formula(std::int64_t per_fte, const row_values& row) const {
    if (!fte_term_.empty()) {
        return amount_text(per_fte) + " × " + fte_term_;
    }
    return amount_text(per_fte) + " × " + fte_text(row.fte) + " × " +
           std::to_string(row.prorata_num) + "/" + std::to_string(row.prorata_den);
}

void step_recorder::annual(std::string_view id, std::int64_t per_fte, const row_values& row,
                           std::int64_t rounded) {
    localized_text label;
    if (id == "ceiling") {  // a ceiling on the aid (one on the expense stays exact: ceiling())
        label = {"Plafond de l'aide (plafond par ETP × ETP × prorata)",
                 "Aid ceiling (ceiling per FTE × FTE × prorata)"};
    } else {
        label = {"Aide (forfait par ETP × ETP × prorata)",
                 "Aid (flat amount per FTE × FTE × prorata)"};
    }
    explanation_step& s = add(step_kind::rounding, id, std::move(label));
    s.formula = annual_formula(per_fte, row);
    s.value = money::from_cents(rounded).to_plain();
    s.amount = money::from_cents(rounded);
    s.exact = exact_annual(per_fte, row).to_plain();
    s.policy = values_.policy;
}

void step_recorder::ceiling(std::int64_t per_fte, const row_values& row) {
    explanation_step& s = add(step_kind::computation, "ceiling",
                              {"Plafond de la dépense (plafond par ETP × ETP × prorata), exact",
                               "Expense ceiling (ceiling per FTE × FTE × prorata), exact"});
    s.formula = annual_formula(per_fte, row);
    set_exact_value(s, exact_annual(per_fte, row));
}

void step_recorder::expense_at_ceiling(std::int64_t per_fte, const row_values& row) {
    explanation_step& s = add(step_kind::computation, "expense",
                              {"Dépense retenue, égale au plafond (aide maximale)",
                               "Expense used, equal to the ceiling (maximum aid)"});
    set_exact_value(s, exact_annual(per_fte, row));
}

void step_recorder::base(std::int64_t expense, std::int64_t per_fte, const row_values& row,
                         bool capped) {
    explanation_step& s =
        add(step_kind::computation, "base",
            {"Base (dépense dans la limite du plafond)", "Base (expense within the ceiling)"});
    const exact_amount ceiling = exact_annual(per_fte, row);
    s.formula = "min(" + amount_text(expense) + ", " + exact_text(ceiling) + ")";
    set_exact_value(s, capped ? ceiling : exact_amount(money::from_cents(expense)));
}

void step_recorder::rated_base(std::string_view id, std::int64_t rate, std::int64_t expense,
                               std::int64_t per_fte, const row_values& row, bool capped,
                               std::int64_t aid) {
    const exact_amount base =
        capped ? exact_annual(per_fte, row) : exact_amount(money::from_cents(expense));
    localized_text label =
        id == "aid_before_ceiling"
            ? localized_text{"Aide avant plafond (taux × dépense)",
                             "Aid before the ceiling (rate × expense)"}
            : localized_text{"Aide de la Caf (taux × base)", "Caf aid (rate × base)"};
    explanation_step& s = add(step_kind::rounding, id, std::move(label));
    s.formula = percent_text(rate) + " × " + exact_text(base);
    s.value = money::from_cents(aid).to_plain();
    s.amount = money::from_cents(aid);
    s.exact = base.times_ratio(rate, rate_scale).to_plain();
    s.policy = values_.policy;
}

void step_recorder::rated(std::string_view id, std::int64_t rate_millionths, std::int64_t amount,
                          std::int64_t rounded) {
    localized_text label;
    if (id == "aid_before_ceiling") {
        label = {"Aide avant plafond (taux × dépense)", "Aid before the ceiling (rate × expense)"};
    } else if (values_.has_ceiling) {
        label = {"Aide de la Caf (taux × base)", "Caf aid (rate × base)"};
    } else {
        label = {"Aide de la Caf (taux × dépense)", "Caf aid (rate × expense)"};
    }
    explanation_step& s = add(step_kind::rounding, id, std::move(label));
    s.formula = percent_text(rate_millionths) + " × " + amount_text(amount);
    s.value = money::from_cents(rounded).to_plain();
    s.amount = money::from_cents(rounded);
    s.exact =
        exact_amount(money::from_cents(amount)).times_ratio(rate_millionths, rate_scale).to_plain();
    s.policy = values_.policy;
}

void step_recorder::capped(std::int64_t uncapped, std::int64_t ceiling, std::int64_t aid) {
    explanation_step& s =
        add(step_kind::computation, "aid",
            {"Aide de la Caf dans la limite du plafond", "Caf aid within the ceiling"});
    s.formula = "min(" + amount_text(uncapped) + ", " + amount_text(ceiling) + ")";
    s.value = money::from_cents(aid).to_plain();
    s.amount = money::from_cents(aid);
}

void step_recorder::part(std::size_t index, std::int64_t total, std::int64_t weight,
                         std::int64_t weight_sum, bool extra_cent, std::int64_t amount) {
    const funding_part& p = rules_.rule().parts.at(index);
    explanation_step& s = add(step_kind::split, "part." + p.id, p.label);
    s.formula =
        amount_text(total) + " × " + percent_text(weight) + " / " + percent_text(weight_sum);
    if (extra_cent) {
        s.formula += " (+ 0.01 €)";
    }
    s.value = money::from_cents(amount).to_plain();
    s.amount = money::from_cents(amount);
    // Every weight zero: only a zero total was split, and each share is exactly 0.
    s.exact =
        (weight_sum == 0 ? exact_amount(money{})
                         : exact_amount(money::from_cents(total)).times_ratio(weight, weight_sum))
            .to_plain();
}

// ------------------------------------------------------------------------------------------
// The explanation of a post

void record_inputs(std::vector<explanation_step>& steps, const rulebook& rules,
                   const post_inputs& post) {
    const auto add = [&](step_kind kind, std::string id, localized_text label,
                         std::string value) -> explanation_step& {
        explanation_step& s = steps.emplace_back();
        s.kind = kind;
        s.id = std::move(id);
        s.label = std::move(label);
        s.value = std::move(value);
        return s;
    };
    add(step_kind::input, "post", post.post_label, post.post);
    add(step_kind::input, "fte", {"ETP contractualisés", "Contracted FTE"}, post.fte).origin =
        post.fte_origin;
    const bool share = rules.rule().kind == formula_kind::share_of_expense;
    if (share && post.at_ceiling) {
        add(step_kind::note, "expense",
            {"Dépense supposée au plafond : l'aide calculée est l'aide maximale",
             "Expense assumed at the ceiling: the aid computed is the maximum aid"},
            "");
    } else if (post.expense) {
        explanation_step& s =
            share ? add(step_kind::input, "expense", {"Dépense déclarée", "Declared expense"},
                        post.expense->to_plain())
                  : add(step_kind::note, "expense",
                        {"Dépense déclarée, non utilisée par un forfait par ETP",
                         "Declared expense, not used by a flat amount per FTE"},
                        post.expense->to_plain());
        s.amount = post.expense;
        s.origin = post.expense_origin;
    }
    add(step_kind::input, "activity", post.activity_label, post.activity);
    if (post.fte_paid == fte_basis::contracted) {
        add(step_kind::note, "fte_paid",
            {"ETP payés : ETP contractualisés (une vacance est payée)",
             "FTE paid for: contracted FTE (a vacancy is paid)"},
            "contracted");
    } else if (post.fte_paid == fte_basis::in_post && post.in_post) {
        add(step_kind::note, "fte_paid",
            {"ETP payés : ETP en poste (une vacance n'est pas payée)",
             "FTE paid for: FTE in post (a vacancy is not paid)"},
            "in_post");
    } else if (post.fte_paid == fte_basis::in_post) {
        add(step_kind::note, "fte_paid",
            {"ETP payés : ETP en poste ; coordinateurs non détaillés, les ETP contractualisés "
             "sont supposés en poste toute la période d'activité",
             "FTE paid for: FTE in post; coordinators not given, the contracted FTE are taken as "
             "in post throughout the activity"},
            "in_post");
    }
}

std::vector<parameter_reading> readings_of(const std::vector<explanation_step>& steps) {
    std::vector<parameter_reading> readings;
    for (const explanation_step& s : steps) {
        if (s.parameter) {
            readings.push_back(*s.parameter);
        }
    }
    return readings;
}

std::vector<error_detail> record_unconfirmed(std::vector<explanation_step>& steps, date priced_on) {
    std::vector<error_detail> warnings = unconfirmed_parameters(readings_of(steps), priced_on);
    for (const error_detail& w : warnings) {
        const date confirmed = parse_date(w.param("confirmed_on"));
        explanation_step& s = steps.emplace_back();
        s.kind = step_kind::note;
        s.id = "unconfirmed";
        s.label = {"Aucune source ne confirme ces paramètres après le " + to_french(confirmed),
                   "No source confirms these parameters after " + to_iso(confirmed)};
        s.value = w.param("parameters");
    }
    return warnings;
}

/// Notes, before the total, the parameters that change within `reference` although one value of
/// each priced all of it (the date form).
std::vector<error_detail> record_changes_within(std::vector<explanation_step>& steps,
                                                const period& reference) {
    std::vector<error_detail> warnings = parameters_changing_within(readings_of(steps), reference);
    for (const error_detail& w : warnings) {
        explanation_step& s = steps.emplace_back();
        s.kind = step_kind::note;
        s.id = "changes_within";
        s.label = {"Paramètres qui changent dans l'année, tarifée ici avec une seule valeur (le " +
                       w.param("changes") + ")",
                   "Parameters changing within the year, priced here with one value (on " +
                       w.param("changes") + ")"};
        s.value = w.param("parameters");
    }
    return warnings;
}

void record_result(std::vector<explanation_step>& steps, money total,
                   const std::vector<std::string>& part_terms) {
    explanation_step& s = steps.emplace_back();
    s.kind = step_kind::result;
    s.id = "total";
    s.label = {"Aide de la Caf", "Caf aid"};
    std::string formula;
    for (const std::string& t : part_terms) {
        formula += (formula.empty() ? "" : " + ") + t;
    }
    s.formula = part_terms.size() > 1 ? formula : "";
    s.value = total.to_plain();
    s.amount = total;
}

std::int64_t explain_at_date(std::vector<explanation_step>& steps, const rulebook& rules, date on,
                             const rule_values& values,
                             const std::vector<explanation_step>& readings, const post_inputs& post,
                             const row_values& row, std::span<std::int64_t> parts) {
    record_inputs(steps, rules, post);
    explanation_step& reference = steps.emplace_back();
    reference.kind = step_kind::input;
    reference.id = "reference";
    reference.label = {"Période de référence (année civile du " + to_french(on) + ")",
                       "Reference period (calendar year of " + to_iso(on) + ")"};
    reference.value = period::calendar_year(static_cast<int>(on.year())).to_string();
    steps.insert(steps.end(), readings.begin(), readings.end());
    step_recorder rec(steps, rules, values, "");
    if (!post.in_post) {
        steps.push_back(prorata_step("", rules.rule().prorata, row.prorata_num, row.prorata_den));
    } else {
        steps.insert(steps.end(), post.held.begin(), post.held.end());
        rec.paid_fte_years(post.held_fte_years);
    }
    std::vector<std::int64_t> scratch(parts.size());
    const std::int64_t total = compute_row(values, row, parts, scratch, rec);
    std::vector<std::string> terms;
    for (const std::int64_t p : parts) {
        terms.push_back(amount_text(p));
    }
    (void)record_unconfirmed(steps, on);  // finance() keeps them as the result's warnings too
    (void)record_changes_within(steps, period::calendar_year(static_cast<int>(on.year())));
    record_result(steps, money::from_cents(total), terms);  // the total stays the last step
    return total;
}

}  // namespace finance_detail

namespace {

using finance_detail::row_values;
using finance_detail::rule_values;

std::string post_field(const post_input& post, std::string_view field) {
    return "post[\"" + post.id + "\"]." + std::string(field);
}

/// What the post asks of the rulebook, checked before any computation.
void check_post(const rulebook& rules, const post_input& post, const rule_values& v) {
    if (post.expense && post.expense->cents() < 0) {
        throw invalid_value(error_detail::of("money.negative", post_field(post, "expense"),
                                             post.expense->to_plain()));
    }
    if (post.held) {
        // The shares held never exceed the contracted FTE: the sum only rises on a first day.
        for (const held_share& first : *post.held) {
            const date on = first.held.start();
            std::int64_t sum = 0;
            for (const held_share& h : *post.held) {
                if (h.held.contains(on) &&
                    __builtin_add_overflow(sum, h.share.ten_thousandths(), &sum)) {
                    sum = std::numeric_limits<std::int64_t>::max();  // beyond any contract
                    break;
                }
            }
            if (sum > post.contracted_fte.ten_thousandths()) {
                throw invalid_value(error_detail::of(
                    "financing.held_above_contracted", post_field(post, "held"),
                    fte::from_ten_thousandths(sum).to_string(),
                    {{"on", to_iso(on)}, {"contracted", post.contracted_fte.to_string()}}));
            }
        }
    }
    if (v.kind != formula_kind::share_of_expense) {
        return;
    }
    if (post.basis == expense_basis::declared && !post.expense) {
        throw invalid_value(error_detail::of("financing.expense_missing",
                                             post_field(post, "expense"), "",
                                             {{"rulebook", rules.id()}}));
    }
    if (post.basis == expense_basis::at_ceiling && !v.has_ceiling) {
        throw invalid_value(error_detail::of("financing.no_ceiling", post_field(post, "basis"),
                                             "at_ceiling", {{"rulebook", rules.id()}}));
    }
}

/// The input steps of a post of finance(), its activity within `reference` by default.
finance_detail::post_inputs inputs_of(const rulebook& rules, const post_input& post,
                                      const period& reference) {
    finance_detail::post_inputs in;
    in.post_label = {"Poste", "Post"};
    in.post = post.id;
    in.fte = post.contracted_fte.to_string();
    in.at_ceiling = rules.rule().kind == formula_kind::share_of_expense &&
                    post.basis == expense_basis::at_ceiling;
    in.expense = post.expense;
    in.fte_origin = post.fte_origin;
    in.expense_origin = post.expense_origin;
    if (post.fte_paid || rules.rule().fte == fte_basis::in_post) {
        in.fte_paid = post.fte_paid.value_or(rules.rule().fte);
    }
    if (post.active) {
        in.activity_label = {"Période d'activité", "Activity period"};
        in.activity = post.active->to_string();
    } else {
        in.activity_label = {"Période d'activité (toute la période de référence)",
                             "Activity period (the whole reference period)"};
        in.activity = reference.to_string();
    }
    return in;
}

std::vector<part_amount> make_parts(const rulebook& rules, std::span<const std::int64_t> cents) {
    std::vector<part_amount> parts;
    parts.reserve(cents.size());
    const auto& declared = rules.rule().parts;
    for (std::size_t i = 0; i < cents.size(); ++i) {
        parts.push_back({declared[i].id, declared[i].label, money::from_cents(cents[i])});
    }
    return parts;
}

int month_index(date d) {
    return static_cast<int>(d.year()) * 12 + static_cast<int>(static_cast<unsigned>(d.month())) - 1;
}

/// Index of the first month starting on or after `d`.
int first_month_from(date d) {
    return month_index(d) + (static_cast<unsigned>(d.day()) == 1 ? 0 : 1);
}

date first_of_year(int year) {
    return std::chrono::year{year} / std::chrono::January / std::chrono::day{1};
}

/// `243/365`, `3`, `1/2`: `units / (10^4 × den)` ETP-years, reduced.
std::string fte_years_text(std::int64_t units, std::int64_t den) {
    return exact_ratio(units, finance_detail::fte_scale * den).to_fraction();
}

/**
 * The ETP in post of `post` over `span` (the reference, or a slice of it): for each held share,
 * its days held within `activity` counted by `units_of` (days or whole months), recorded as one
 * step each and a total step with ids under `prefix` (none when `steps` is null). Returns
 * Σ share × units, the FTE of the kernel's row when its prorata is `1/den`.
 * @throws ctg::overflow naming the post when the sum does not fit (never for real posts).
 */
template <class UnitsOf>
std::int64_t held_units(const post_input& post, const std::optional<period>& activity,
                        std::int64_t den, std::string_view prefix, UnitsOf units_of,
                        std::vector<explanation_step>* steps, std::string& fte_years) {
    std::int64_t sum = 0;
    std::string terms;
    const std::vector<held_share>& held = *post.held;
    for (std::size_t k = 0; k < held.size(); ++k) {
        const held_share& h = held[k];
        const std::optional<period> inside = activity ? h.held.intersect(*activity) : std::nullopt;
        const std::int64_t units = inside ? units_of(*inside) : 0;
        std::int64_t contribution = 0;
        if (__builtin_mul_overflow(h.share.ten_thousandths(), units, &contribution) ||
            __builtin_add_overflow(sum, contribution, &sum)) {
            throw overflow(error_detail::of("financing.overflow",
                                            post_field(post, "held[" + std::to_string(k) + "]"),
                                            h.share.to_string()));
        }
        if (steps == nullptr) {
            continue;
        }
        const std::string share_text = h.share.to_string();
        const std::string share_fr = h.share.to_french();
        explanation_step& s = steps->emplace_back();
        s.kind = step_kind::computation;
        s.id = std::string(prefix) + "held[" + std::to_string(k) + "]";
        s.label =
            inside
                ? localized_text{"En poste : " + h.holder + ", " + share_fr + " ETP, " +
                                     inside->to_french(),
                                 "In post: " + h.holder + ", " + share_text + " FTE, " +
                                     to_iso(inside->start()) + " → " + to_iso(inside->last_day())}
                : localized_text{
                      "En poste : " + h.holder + ", " + share_fr +
                          " ETP, aucun jour dans la période",
                      "In post: " + h.holder + ", " + share_text + " FTE, no day in the period"};
        s.formula = share_text + " × " + std::to_string(units) + "/" + std::to_string(den);
        s.value = fte_years_text(contribution, den);
        terms += (terms.empty() ? "" : " + ") + s.formula;
    }
    if (steps == nullptr) {
        return sum;
    }
    fte_years = fte_years_text(sum, den);
    explanation_step& total = steps->emplace_back();
    total.kind = step_kind::computation;
    total.id = std::string(prefix) + "fte_years";
    total.label = {"ETP-années en poste (Σ ETP × prorata)", "FTE-years in post (Σ FTE × prorata)"};
    total.formula = held.size() > 1 ? terms : "";
    total.value = fte_years;
    return sum;
}

/// Whether the ETP in post are counted share by share: the ETP paid are those in post and the
/// post details its coordinators.
bool counts_held(const rulebook& rules, const post_input& post) {
    return post.fte_paid.value_or(rules.rule().fte) == fte_basis::in_post && post.held;
}

/// What the inputs leave at 0 € without being wrong: 0 FTE (`financing.zero_fte`), an activity
/// outside the reference period (`financing.outside_reference`). Both name the post.
std::vector<error_detail> input_warnings(const post_input& post, const period& reference,
                                         bool counts_held) {
    std::vector<error_detail> warnings;
    if (post.contracted_fte.ten_thousandths() == 0 && !counts_held) {  // else: financing.vacant
        warnings.push_back(error_detail::of("financing.zero_fte",
                                            post_field(post, "contracted_fte"),
                                            post.contracted_fte.to_string()));
    }
    if (post.active && !post.active->intersect(reference)) {
        warnings.push_back(error_detail::of("financing.outside_reference",
                                            post_field(post, "active"), post.active->to_string(),
                                            {{"reference", reference.to_string()}}));
    }
    return warnings;
}

/// Whether the activity of `post` meets `reference` (none given: it does).
bool active_within(const post_input& post, const period& reference) {
    return !post.active || post.active->intersect(reference).has_value();
}

/// Nobody holds the post over its activity within `reference` (or over `reference`).
error_detail vacant(const post_input& post, const period& reference) {
    const std::optional<period> activity =
        post.active ? post.active->intersect(reference) : std::optional<period>(reference);
    return error_detail::of("financing.vacant", post_field(post, "held"), "",
                            {{"period", activity ? activity->to_string() : reference.to_string()}});
}

}  // namespace

// ------------------------------------------------------------------------------------------
// finance at a date

financing_result finance(const rulebook& rules, const post_input& post, date on, explain with) {
    const period reference = period::calendar_year(static_cast<int>(on.year()));
    financing_result result{rules.id(), post.id, reference, money{}, {}, {}};
    const bool explained = with == explain::yes;

    std::vector<explanation_step> readings;
    // The weights, the parts and the kernel's scratch in one allocation (a call is a few
    // hundred nanoseconds: each allocation counts).
    const std::size_t part_count = rules.rule().parts.size();
    std::vector<std::int64_t> buffer(3 * part_count);
    const std::span<std::int64_t> weights(buffer.data(), part_count);
    const std::span<std::int64_t> parts(buffer.data() + part_count, part_count);
    const std::span<std::int64_t> scratch(buffer.data() + 2 * part_count, part_count);
    const rule_values values =
        finance_detail::read_rule_values(rules, on, weights, explained ? &readings : nullptr, "");
    check_post(rules, post, values);

    const prorata_basis basis = rules.rule().prorata;
    const prorata_fraction fraction =
        post.active
            ? prorata(*post.active, reference, basis)
            : (basis == prorata_basis::days ? prorata_fraction{reference.days(), reference.days()}
                                            : prorata_fraction{12, 12});
    row_values row;
    row.fte = post.contracted_fte.ten_thousandths();
    row.at_ceiling = post.basis == expense_basis::at_ceiling;
    row.expense = post.expense ? post.expense->cents() : 0;
    row.prorata_num = fraction.numerator;
    row.prorata_den = fraction.denominator;

    finance_detail::post_inputs inputs;
    if (explained) {
        inputs = inputs_of(rules, post, reference);
    }
    const bool in_post = counts_held(rules, post);
    inputs.in_post = in_post;
    if (in_post) {
        // FTE × prorata becomes Σ share × units held / den: the row's FTE is the sum, its
        // prorata 1/den, the same exact product.
        const std::optional<period> activity =
            post.active ? post.active->intersect(reference) : std::optional<period>(reference);
        row.fte = held_units(
            post, activity, fraction.denominator, "",
            [&](const period& inside) { return prorata(inside, reference, basis).numerator; },
            explained ? &inputs.held : nullptr, inputs.held_fte_years);
        row.prorata_num = 1;
    }

    if (explained) {
        result.total = money::from_cents(finance_detail::explain_at_date(
            result.why.steps, rules, on, values, readings, inputs, row, parts));
    } else {
        finance_detail::null_recorder none;
        result.total =
            money::from_cents(finance_detail::compute_row(values, row, parts, scratch, none));
        if (values.may_warn) {  // the readings, for the warnings below
            (void)finance_detail::read_rule_values(rules, on, weights, &readings, "");
        }
    }
    result.parts = make_parts(rules, parts);
    // The same warnings explain_at_date() noted in the explanation.
    if (!readings.empty()) {
        const std::vector<parameter_reading> read = finance_detail::readings_of(readings);
        result.warnings = unconfirmed_parameters(read, on);
        for (error_detail& w : parameters_changing_within(read, reference)) {
            result.warnings.push_back(std::move(w));
        }
    }
    if (in_post && row.fte == 0 && active_within(post, reference)) {
        result.warnings.push_back(vacant(post, reference));
    }
    for (error_detail& w : input_warnings(post, reference, in_post)) {
        result.warnings.push_back(std::move(w));
    }
    return result;
}

// ------------------------------------------------------------------------------------------
// finance over a period
//
// Slices: the period is cut at every 1 January and at every start or end of a segment of a
// parameter the formula reads; each slice lies in one calendar year and sees one value of each
// parameter (read on the slice's first day).
// Prorata of a slice, on the rulebook's basis:
//   days:         days of (activity ∩ slice) / days of the slice's calendar year;
//   whole_months: calendar months lying wholly inside (activity ∩ reference) whose FIRST DAY
//                 falls in the slice, / 12. A month cut by a parameter change therefore counts
//                 once, with the values in force on its first day; for a whole calendar year
//                 this is exactly prorata(activity, year, whole_months).
// Declared expense: apportioned to the slices in proportion to their days, by cumulative
// rounding under the rulebook's policy: slice k gets round(E × d_1..k / D) − round(E × d_1..k−1 /
// D) where d_k counts the ACTIVE days of slice k and D the active days of the reference (a post's
// expense can only arise while it is active; a post active throughout gets plain calendar
// days, as does a post never active in the reference, whose aid is 0 anyway). Each slice is
// within a cent of its exact share, the last slice takes what remains, and the slices add up to
// the declared expense exactly.
// Expense at the ceiling: each slice at its own ceiling.
// Total and parts: sums of the slices' rounded totals and parts (so the parts still add up).

financing_result finance(const rulebook& rules, const post_input& post, const period& reference) {
    const formula& f = rules.rule();
    // Cut points.
    std::vector<date> cuts{reference.start(), reference.end()};
    for (int y = static_cast<int>(reference.start().year()) + 1; first_of_year(y) < reference.end();
         ++y) {
        cuts.push_back(first_of_year(y));
    }
    for (const std::string& name : f.parameter_names()) {
        for (const segment& s : rules.parameter(name).segments()) {
            if (reference.contains(s.start)) {
                cuts.push_back(s.start);
            }
            if (s.end && reference.contains(*s.end)) {
                cuts.push_back(*s.end);
            }
        }
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    financing_result result{rules.id(), post.id, reference, money{}, {}, {}};
    std::vector<explanation_step>& steps = result.why.steps;

    // Read (and check) every slice's parameters before recording anything.
    struct slice_data {
        period span;
        std::vector<explanation_step> readings;
        std::vector<std::int64_t> weights;
        rule_values values;
    };
    std::vector<slice_data> slices;
    slices.reserve(cuts.size() - 1);
    for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
        slice_data& s = slices.emplace_back(slice_data{
            period(cuts[k], cuts[k + 1]), {}, std::vector<std::int64_t>(f.parts.size()), {}});
        s.values = finance_detail::read_rule_values(rules, cuts[k], s.weights, &s.readings,
                                                    "slice[" + std::to_string(k) + "].");
        check_post(rules, post, s.values);
    }

    const bool in_post = counts_held(rules, post);
    finance_detail::post_inputs inputs = inputs_of(rules, post, reference);
    inputs.in_post = in_post;
    finance_detail::record_inputs(steps, rules, inputs);
    {
        explanation_step& s = steps.emplace_back();
        s.kind = step_kind::input;
        s.id = "reference";
        s.label = {"Période de référence", "Reference period"};
        s.value = reference.to_string();
    }

    const prorata_basis basis = f.prorata;
    const std::optional<period> active =
        post.active ? post.active->intersect(reference) : std::optional<period>(reference);
    // Days over which the declared expense is spread: the active days of the reference (the
    // expense of a post can only arise while it is active), or all its days if it never is.
    const std::int64_t active_days = active ? active->days() : 0;
    const bool by_active_days = active_days > 0;
    const std::int64_t reference_days = by_active_days ? active_days : reference.days();
    const bool apportion =
        f.kind == formula_kind::share_of_expense && post.basis == expense_basis::declared;
    const std::int64_t expense = post.expense ? post.expense->cents() : 0;
    const rounding policy = rules.rounding_policy();

    std::vector<std::int64_t> part_sums(f.parts.size(), 0);
    std::vector<std::vector<std::string>> part_terms(f.parts.size());
    std::int64_t cumulative_days = 0;
    std::int64_t held_total = 0;          // Σ over the slices of Σ share × units held
    std::int64_t apportioned_before = 0;  // round(E × cumulative_days / D) so far
    money total;
    std::vector<std::string> slice_terms;

    for (std::size_t k = 0; k < slices.size(); ++k) {
        const slice_data& s = slices[k];
        const std::string prefix = "slice[" + std::to_string(k) + "].";
        {
            explanation_step& step = steps.emplace_back();
            step.kind = step_kind::computation;
            step.id = "slice[" + std::to_string(k) + "]";
            step.label = {
                "Tranche " + std::to_string(k + 1) + " sur " + std::to_string(slices.size()) +
                    " (valeurs en vigueur au " + to_french(s.span.start()) + ")",
                "Slice " + std::to_string(k + 1) + " of " + std::to_string(slices.size()) +
                    " (values in force on " + to_iso(s.span.start()) + ")"};
            step.value = s.span.to_string();
        }
        steps.insert(steps.end(), s.readings.begin(), s.readings.end());

        const int year = static_cast<int>(s.span.start().year());
        // Days or whole months of `activity` (within the reference) counted in this slice.
        const auto units_in = [&](const std::optional<period>& activity) -> std::int64_t {
            if (!activity) {
                return 0;
            }
            if (basis == prorata_basis::days) {
                const auto inside = activity->intersect(s.span);
                return inside ? inside->days() : 0;
            }
            const int lo =
                std::max(first_month_from(s.span.start()), first_month_from(activity->start()));
            const int hi = std::min(first_month_from(s.span.end()), month_index(activity->end()));
            return std::max(0, hi - lo);
        };
        row_values row;
        row.fte = post.contracted_fte.ten_thousandths();
        row.at_ceiling = post.basis == expense_basis::at_ceiling;
        row.prorata_num = units_in(active);
        row.prorata_den = basis == prorata_basis::days ? period::calendar_year(year).days() : 12;
        std::string held_fte_years;
        if (in_post) {
            // On days, each share's steps show its days within the slice; whole months are
            // counted over the activity (a month cut by a parameter change counts once).
            const std::optional<period> within =
                basis == prorata_basis::days && active ? active->intersect(s.span) : active;
            row.fte = held_units(
                post, within, row.prorata_den, prefix,
                [&](const period& inside) { return units_in(inside); }, &steps, held_fte_years);
            row.prorata_num = 1;
            held_total += row.fte;
        } else {
            steps.push_back(
                finance_detail::prorata_step(prefix, basis, row.prorata_num, row.prorata_den));
        }

        std::int64_t slice_days = s.span.days();
        if (by_active_days) {
            const auto inside = active->intersect(s.span);
            slice_days = inside ? inside->days() : 0;
        }
        cumulative_days += slice_days;
        if (apportion) {
            // E × d / D in checked 128 bits (two int64 factors always fit), rounded once.
            const std::int64_t upto = narrow_to_int64(
                divide_rounded(wide_int(expense) * cumulative_days, reference_days, policy),
                "apportioned expense");
            row.expense = upto - apportioned_before;
            explanation_step& step = steps.emplace_back();
            step.kind = step_kind::computation;
            step.id = prefix + "expense";
            step.label = {
                "Dépense imputée à la tranche, au prorata des jours d'activité (arrondi cumulé)",
                "Expense apportioned to the slice by active days (cumulative rounding)"};
            step.formula = "round(" + finance_detail::amount_text(expense) + " × " +
                           std::to_string(cumulative_days) + "/" + std::to_string(reference_days) +
                           ") − round(" + finance_detail::amount_text(expense) + " × " +
                           std::to_string(cumulative_days - slice_days) + "/" +
                           std::to_string(reference_days) + ")";
            step.value = money::from_cents(row.expense).to_plain();
            step.amount = money::from_cents(row.expense);
            apportioned_before = upto;
        } else {
            row.expense = expense;
        }

        std::vector<std::int64_t> parts(s.weights.size());
        std::vector<std::int64_t> scratch(s.weights.size());
        finance_detail::step_recorder rec(steps, rules, s.values, prefix);
        if (in_post) {
            rec.paid_fte_years(held_fte_years);
        }
        const std::int64_t slice_total =
            finance_detail::compute_row(s.values, row, parts, scratch, rec);
        {
            explanation_step& step = steps.emplace_back();
            step.kind = step_kind::computation;
            step.id = prefix + "total";
            step.label = {"Aide de la tranche " + std::to_string(k + 1),
                          "Aid of slice " + std::to_string(k + 1)};
            step.value = money::from_cents(slice_total).to_plain();
            step.amount = money::from_cents(slice_total);
        }
        total += money::from_cents(slice_total);
        slice_terms.push_back(finance_detail::amount_text(slice_total));
        for (std::size_t i = 0; i < parts.size(); ++i) {
            part_sums[i] = (money::from_cents(part_sums[i]) + money::from_cents(parts[i])).cents();
            part_terms[i].push_back(finance_detail::amount_text(parts[i]));
        }
    }

    result.total = total;
    result.parts = make_parts(rules, part_sums);
    for (std::size_t i = 0; i < result.parts.size(); ++i) {
        explanation_step& step = steps.emplace_back();
        step.kind = step_kind::split;
        step.id = "part." + result.parts[i].id;
        step.label = result.parts[i].label;
        std::string formula;
        for (const auto& t : part_terms[i]) {
            formula += (formula.empty() ? "" : " + ") + t;
        }
        step.formula = part_terms[i].size() > 1 ? formula : "";
        step.value = result.parts[i].amount.to_plain();
        step.amount = result.parts[i].amount;
    }
    // Priced up to the last day of the period.
    result.warnings = finance_detail::record_unconfirmed(steps, previous_day(reference.end()));
    if (in_post && held_total == 0 && active_within(post, reference)) {
        result.warnings.push_back(vacant(post, reference));
    }
    for (error_detail& w : input_warnings(post, reference, in_post)) {
        result.warnings.push_back(std::move(w));
    }
    finance_detail::record_result(steps, result.total, slice_terms);  // the last step
    return result;
}

// ------------------------------------------------------------------------------------------
// diff and JSON

financing_diff diff(const financing_result& from, const financing_result& to) {
    financing_diff d{from.rulebook_id, to.rulebook_id,        from.total,
                     to.total,         to.total - from.total, {}};
    // Union of the part ids: the baseline's order first, then the parts only `to` has.
    const auto find = [](const std::vector<part_amount>& parts, const std::string& id) {
        return std::find_if(parts.begin(), parts.end(),
                            [&](const part_amount& p) { return p.id == id; });
    };
    for (const part_amount& p : from.parts) {
        const auto other = find(to.parts, p.id);
        const money to_amount = other == to.parts.end() ? money{} : other->amount;
        d.part_deltas.push_back({p.id, p.label, to_amount - p.amount});
    }
    for (const part_amount& p : to.parts) {
        if (find(from.parts, p.id) == from.parts.end()) {
            d.part_deltas.push_back({p.id, p.label, p.amount});
        }
    }
    return d;
}

}  // namespace ctg
