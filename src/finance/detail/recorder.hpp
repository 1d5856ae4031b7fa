// SPDX-License-Identifier: MIT
// Private header: what finance() and finance_batch() share beyond the arithmetic of compute.hpp:
// reading a rulebook's parameters at a date, the recorder that turns the kernel's events into
// explanation steps (the exact value of a rounding step is a ctg::exact_amount rebuilt from the
// factors the kernel reports), and the one builder of the explanation of a post at a date.
#pragma once

#include "finance/compute.hpp"
#include <ctg/core/date.hpp>
#include <ctg/core/money.hpp>
#include <ctg/finance/explanation.hpp>
#include <ctg/rules/rulebook.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ctg::finance_detail {

/// `48000.00 €`: an amount in the neutral notation of formulas (localized by to_text()).
[[nodiscard]] std::string amount_text(std::int64_t cents);
/// `55 %`, `62.43 %`, `125 %`: millionths as a percentage, trailing zeros dropped.
[[nodiscard]] std::string percent_text(std::int64_t millionths);
/// `1.5`: ten-thousandths of an FTE.
[[nodiscard]] std::string fte_text(std::int64_t ten_thousandths);

/**
 * Reads every parameter the formula of `rules` reads, at `at`; the part weights go to `weights`,
 * one per part of the formula (the result's span points into it). When `steps` is not null,
 * appends one parameter step per reading, with ids prefixed by `prefix`.
 * @throws ctg::out_of_range_value when a parameter has no value at `at`.
 */
[[nodiscard]] rule_values read_rule_values(const rulebook& rules, date at,
                                           std::span<std::int64_t> weights,
                                           std::vector<explanation_step>* steps,
                                           std::string_view prefix);

/// The prorata step (`292/365`, on days or whole months).
[[nodiscard]] explanation_step prorata_step(std::string_view prefix, prorata_basis basis,
                                            std::int64_t num, std::int64_t den);

/// Records the kernel's events as explanation steps (the scalar path, and batch explanations).
class step_recorder {
public:
    step_recorder(std::vector<explanation_step>& steps, const rulebook& rules,
                  const rule_values& values, std::string prefix)
        : steps_(steps), rules_(rules), values_(values), prefix_(std::move(prefix)) {}

    void annual(std::string_view id, std::int64_t per_fte, const row_values& row,
                std::int64_t rounded);
    /// The exact ceiling `per_fte × FTE × prorata`, not rounded (the aid is rounded once).
    void ceiling(std::int64_t per_fte, const row_values& row);
    void expense_at_ceiling(std::int64_t per_fte, const row_values& row);
    /// `min(expense, ceiling)`, the ceiling exact; `capped` when the ceiling is the smaller.
    void base(std::int64_t expense, std::int64_t per_fte, const row_values& row, bool capped);
    /// `rate × base`, rounded once: base the expense, or the exact ceiling when `capped`.
    void rated_base(std::string_view id, std::int64_t rate, std::int64_t expense,
                    std::int64_t per_fte, const row_values& row, bool capped, std::int64_t aid);
    void rated(std::string_view id, std::int64_t rate, std::int64_t amount, std::int64_t rounded);
    void capped(std::int64_t uncapped, std::int64_t ceiling, std::int64_t aid);
    void part(std::size_t index, std::int64_t total, std::int64_t weight, std::int64_t weight_sum,
              bool extra_cent, std::int64_t amount);
    /// Shows `term` (the ETP-years in post, `243/365`) in place of `FTE × prorata` in the
    /// formulas of the annual amounts: the row's FTE is then Σ share × units held.
    void paid_fte_years(std::string term) { fte_term_ = std::move(term); }

private:
    [[nodiscard]] std::string annual_formula(std::int64_t per_fte, const row_values& row) const;
    explanation_step& add(step_kind kind, std::string_view id, localized_text label);
    std::vector<explanation_step>& steps_;
    const rulebook& rules_;
    const rule_values& values_;
    std::string prefix_;
    std::string fte_term_;
};

/// The input steps that tell posts apart: a post of finance() or a row of finance_batch().
struct post_inputs {
    localized_text post_label;                   ///< `Poste` / `Poste (ligne du lot)`.
    std::string post;                            ///< The post id, or `row 3`.
    std::string fte;                             ///< The contracted FTE, as text (`2.5`).
    std::optional<provenance> fte_origin{};      ///< Where the FTE comes from, if said.
    std::optional<provenance> expense_origin{};  ///< Where the expense comes from, if said.
    bool at_ceiling = false;                     ///< The expense is assumed at the ceiling.
    std::optional<money> expense;                ///< The declared expense, when given.
    localized_text activity_label;               ///< What the activity value is.
    std::string activity;                        ///< The activity period, or days / months active.
    /// The ETP paid, noted when they are those in post or chosen by the caller; none: no note.
    std::optional<fte_basis> fte_paid{};
    bool in_post = false;  ///< The ETP in post are counted share by share (held steps).
    /// ETP in post, date form: one step per held share, then the ETP-years step.
    std::vector<explanation_step> held{};
    /// ETP in post: the ETP-years (`243/365`) shown in the formulas in place of FTE × prorata.
    std::string held_fte_years{};
};

/// The input steps of a post: post, FTE, expense (or the note that it is not used, or assumed
/// at the ceiling) and activity.
void record_inputs(std::vector<explanation_step>& steps, const rulebook& rules,
                   const post_inputs& post);

/// The result step: the total, with the sum of `part_terms` as formula when there are several.
void record_result(std::vector<explanation_step>& steps, money total,
                   const std::vector<std::string>& part_terms);

/// The parameters read in `steps`.
std::vector<parameter_reading> readings_of(const std::vector<explanation_step>& steps);

/// The warnings of pricing `steps` on `priced_on` (unconfirmed_parameters() of their readings),
/// also recorded, worded in both languages, as `unconfirmed` notes (before the result step).
std::vector<error_detail> record_unconfirmed(std::vector<explanation_step>& steps, date priced_on);

/// The warning of pricing all of `reference` with one value of each parameter read in `steps`
/// (parameters_changing_within() of their readings), also recorded, in both languages, as a
/// `changes_within` note (before the result step).
std::vector<error_detail> record_changes_within(std::vector<explanation_step>& steps,
                                                const period& reference);

/**
 * The explanation of a post financed at `on` (its calendar year): its inputs, the reference
 * period, the parameter `readings`, the prorata of `row`, the kernel's steps, the notes of
 * parameters no source confirms on `on`, and the result.
 * Runs the kernel; returns the total in cents and writes the parts to `parts` (one per part of
 * the rulebook).
 */
std::int64_t explain_at_date(std::vector<explanation_step>& steps, const rulebook& rules, date on,
                             const rule_values& values,
                             const std::vector<explanation_step>& readings, const post_inputs& post,
                             const row_values& row, std::span<std::int64_t> parts);

}  // namespace ctg::finance_detail
