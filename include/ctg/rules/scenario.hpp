// SPDX-License-Identifier: MIT
/// @file
/// @brief Scenarios: a rulebook with some parameters overridden, the original left untouched.
#pragma once

#include <ctg/core/date.hpp>
#include <ctg/rules/rulebook.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ctg {

/// @brief One override: a parameter takes `value` from `from` on (from its first date if none).
struct parameter_override {
    std::string parameter;     ///< Name of an existing parameter.
    std::string value;         ///< Value as text, read in the parameter's unit.
    std::optional<date> from;  ///< First day of the new value; none = the whole timeline.
};

/**
 * @brief Reads `name=value` or `name=value@YYYY-MM-DD`, the command-line form of an override.
 * @code
 * ctg::parse_override("coordination_ceiling_per_fte=50000@2024-01-01");
 * @endcode
 * @throws ctg::invalid_value when there is no '=' or the date is malformed.
 */
[[nodiscard]] parameter_override parse_override(std::string_view text);

/**
 * @brief `base` with the overrides applied, as a new rulebook whose id is `base.id() + "+" + name`.
 *
 * An override from a date cuts the segment in force on that date and replaces every value from
 * then on (up to the end of the last segment); earlier segments are kept. The new segments carry
 * the evidence `scenario`, with `name` as their source. `base` is not modified.
 * @code
 * auto raised = ctg::apply_scenario(ctg::builtin_rulebook("charente-2021"), "plafond-50k",
 *     {ctg::parse_override("coordination_ceiling_per_fte=50000@2024-01-01")});
 * raised.parameter("coordination_ceiling_per_fte").at(ctg::parse_date("2024-06-30"));  // 50 000 €
 * @endcode
 * @throws ctg::validation_error listing every bad override: an unknown parameter, a value that
 * does not read in the parameter's unit, a date before the parameter's first segment, or a
 * result the rulebook rejects (a zero ceiling, parts no longer adding up to the rate).
 */
[[nodiscard]] rulebook apply_scenario(const rulebook& base, std::string_view name,
                                      const std::vector<parameter_override>& overrides);

}  // namespace ctg
