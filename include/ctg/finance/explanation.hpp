// SPDX-License-Identifier: MIT
/// @file
/// @brief The step-by-step explanation carried by every computed amount.
#pragma once

#include <ctg/core/date.hpp>
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
    std::string name;                 ///< Parameter name.
    unit value_unit;                  ///< Its unit.
    std::string value;                ///< Value as text in its unit (`48000.00`, `80 %`).
    date segment_start;               ///< First day of the segment read.
    std::optional<date> segment_end;  ///< End of the segment read, none when open-ended.
    provenance origin;                ///< Evidence and source of the segment.
};

/// @brief One step of an explanation.
struct explanation_step {
    step_kind kind = step_kind::note;  ///< What the step records.
    std::string id;        ///< Stable identifier, e.g. `ceiling`, `aid`, `part.fonds_locaux`.
    localized_text label;  ///< What the value is, in French and English.
    std::string formula;   ///< How it was obtained, e.g. `48000.00 × 1.5 × 365/365`.
    std::string value;     ///< The value as plain text (`72000.00`, `80 %`, `1.5`).
    std::optional<money> amount;     ///< The value when it is an amount in cents.
    std::string exact;               ///< rounding steps: the exact value before rounding.
    std::optional<rounding> policy;  ///< rounding steps: the policy applied.
    std::optional<parameter_reading> parameter;  ///< parameter steps: what was read.
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
