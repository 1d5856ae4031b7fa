// SPDX-License-Identifier: MIT
/// @file
/// @brief The step-by-step explanation carried by every computed amount.
#pragma once

#include <ctg/core/date.hpp>
#include <ctg/core/error.hpp>
#include <ctg/core/evidence_marks.hpp>
#include <ctg/core/money.hpp>
#include <ctg/core/provenance.hpp>
#include <ctg/core/rounding.hpp>
#include <ctg/core/text.hpp>
#include <ctg/rules/parameter.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ctg {

/// @brief What a step of an explanation records.
enum class step_kind : std::uint8_t {
    input,        ///< A value given by the caller (FTE, expense, activity period).
    parameter,    ///< A parameter read from the rulebook, with its segment and source.
    computation,  ///< An exact intermediate amount or fraction.
    rounding,     ///< An exact value rounded to the cent, with the policy.
    split,        ///< A funding part of the aid.
    result,       ///< The final aid.
    note,         ///< An assumption or remark (e.g. expense assumed at the ceiling).
};

/// @brief `input`, `parameter`, `computation`, `rounding`, `split`, `result` or `note`.
[[nodiscard]] std::string_view to_string(step_kind k) noexcept;

/// @brief A parameter as it was read: value, effective segment and source.
struct parameter_reading {
    std::string name;                    ///< Parameter name.
    unit value_unit;                     ///< Its unit.
    std::string value;                   ///< Value as text in its unit (`48000.00`, `80 %`).
    date segment_start;                  ///< First day of the segment read.
    std::optional<date> segment_end;     ///< End of the segment read, none when open-ended.
    provenance origin;                   ///< Evidence and source of the segment.
    std::optional<date> confirmed_on{};  ///< Last date its source confirms it on, if stated.
    std::string start_alternative{};     ///< The segment's start is a reading: what it rejected.
};

/**
 * @brief The marks of a parameter read: its evidence, and [R] when its start is a reading.
 * @code
 * ctg::marks(reading).to_string();  // "[D][R]": 80 % read in the document, its start chosen
 * @endcode
 */
[[nodiscard]] evidence_marks marks(const parameter_reading& r);

/**
 * @brief The warnings of a computation priced on `priced_on` with these readings: one
 * `financing.unconfirmed_parameters` per confirmation date before `priced_on`, naming the
 * parameters no source confirms after it (field `on`, value `priced_on`). Empty when every
 * reading is confirmed on or after `priced_on`, or states no confirmation date.
 * @code
 * auto w = ctg::unconfirmed_parameters(readings, ctg::parse_date("2024-06-30"));
 * // charente-2021: one warning, params confirmed_on 2021-06-30 and the four parameters
 * @endcode
 */
[[nodiscard]] std::vector<error_detail> unconfirmed_parameters(
    const std::vector<parameter_reading>& readings, date priced_on);

/**
 * @brief The warning of a computation that prices a whole `reference` with the parameters in
 * force on one date: one `financing.parameters_change_within` (field `reference`) naming the
 * parameters whose segment read starts after the reference's first day or ends before its
 * end, and the days they change on; empty when every segment read covers the reference. The
 * period form (ctg::finance(rules, post, period), `ctg finance --year`) prices each slice of the
 * year with its own values instead.
 * @code
 * // a rulebook whose 24,000 € becomes 25,000 € on 2023-07-01, priced on 2023-03-31:
 * auto w = ctg::parameters_changing_within(readings, ctg::period::calendar_year(2023));
 * // one warning: coordination_amount_per_fte changes on 2023-07-01
 * @endcode
 */
[[nodiscard]] std::vector<error_detail> parameters_changing_within(
    const std::vector<parameter_reading>& readings, const period& reference);

/// @brief One step of an explanation.
struct explanation_step {
    step_kind kind = step_kind::note;  ///< What the step records.
    /// @brief Stable identifier. Inputs: `post`, `fte`, `expense`, `activity`, `fte_paid`,
    /// `reference`. Parameters: `parameter.coordination_rate` and the like. Prorata: `prorata`,
    /// or on the ETP in post `held[0]`, `held[1]`… (one per coordinator) and `fte_years`.
    /// Amounts: `ceiling`, `expense`, `base`, `aid`, `aid_before_ceiling`, then
    /// `part.fonds_locaux` and the like. Notes: `unconfirmed`, `changes_within`. Last: `total`.
    /// Inside a slice of a period the id is prefixed, as in `slice[0].aid`.
    std::string id;
    localized_text label;         ///< What the value is, in French and English.
    std::string formula;          ///< How it was obtained, e.g. `48000.00 × 1.5 × 365/365`.
    std::string value;            ///< The value as plain text (`72000.00`, `80 %`, `1.5`).
    std::optional<money> amount;  ///< The value when it is an amount in cents.
    /// @brief The exact value when it is not a whole number of cents: before rounding on
    /// rounding and split steps; on a computation step kept exact (a prorated ceiling on the
    /// expense, rounded once at the end), the value itself (`value` == `exact`).
    std::string exact;
    std::optional<rounding> policy;              ///< rounding steps: the policy applied.
    std::optional<parameter_reading> parameter;  ///< parameter steps: what was read.
    /// @brief input steps: where the input comes from, as its dataset records it (the post's
    /// contracted ETP, its declared expense); none when the caller did not say.
    std::optional<ctg::provenance> origin{};
};

/**
 * @brief The ordered steps that lead to an amount.
 *
 * Printable as text (French by default) and as JSON (`ctg.explanation/1`, schema in docs/).
 * @code
 * auto result = ctg::finance(ctg::builtin_rulebook("charente-2021"), post, ctg::parse_date("2021-06-30"));
 * std::cout << result.why.to_text();                     // French
 * std::cout << result.why.to_text(ctg::language::en);    // English
 * @endcode
 */
struct explanation {
    std::vector<explanation_step> steps;  ///< In computation order.

    /// @brief One line per step: label, value, formula, source.
    [[nodiscard]] std::string to_text(language lang = language::fr) const;
    /// @brief The steps as a JSON array (each step an object; amounts as strings).
    [[nodiscard]] std::string to_json() const;
};

}  // namespace ctg
