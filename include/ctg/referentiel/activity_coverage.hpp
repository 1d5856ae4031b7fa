// SPDX-License-Identifier: MIT
/// @file
/// @brief Which activities of the référentiel a grid, or a filled grid, assesses.
#pragma once

#include <ctg/referentiel/evaluation.hpp>
#include <ctg/referentiel/grid.hpp>
#include <ctg/referentiel/referentiel.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace ctg {

/**
 * @brief The sections of `g` linked to activity `activity_id`, in grid order.
 * @code
 * auto s = ctg::sections_assessing(ctg::builtin_grid("charente-2021"), "relation_population");
 * // sections 1 and 2
 * @endcode
 */
[[nodiscard]] std::vector<const grid_section*> sections_assessing(const grid& g,
                                                                  std::string_view activity_id);

/**
 * @brief Ids of the activities of `r` that no section of `g` is linked to, in référentiel
 * order.
 * @code
 * ctg::activities_without_section(ctg::builtin_referentiel("cnaf-coordination"),
 *                                 ctg::builtin_grid("charente-2021"));   // empty: all 7 linked
 * @endcode
 */
[[nodiscard]] std::vector<std::string> activities_without_section(const referentiel& r,
                                                                  const grid& g);

/**
 * @brief Ids of the activities of `r` that evaluation `e` does not assess, in référentiel
 * order: those whose linked sections hold no applicable answer (a level other than the
 * not-applicable mark, or a yes/no answer), including those linked to no section.
 * @code
 * auto missing = ctg::activities_not_assessed(ctg::builtin_referentiel("cnaf-coordination"),
 *                                             ctg::builtin_grid("charente-2021"), e);
 * @endcode
 */
[[nodiscard]] std::vector<std::string> activities_not_assessed(const referentiel& r, const grid& g,
                                                               const evaluation& e);

}  // namespace ctg
