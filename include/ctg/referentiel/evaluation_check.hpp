// SPDX-License-Identifier: MIT
/// @file
/// @brief Checking an evaluation against its grid: errors with paths, incompleteness. The checks
/// against the post evaluated are in ctg/model/post_evaluations.hpp.
#pragma once

#include <ctg/core/error.hpp>
#include <ctg/referentiel/evaluation.hpp>
#include <ctg/referentiel/grid.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ctg {

/// @brief What checking one evaluation found: errors, and what is missing (not an error).
struct evaluation_check {
    std::vector<error_detail> errors;         ///< Errors, each at its path (`answers[3].level`).
    std::vector<grid_cell> missing;           ///< Cells without an answer, in grid order.
    std::vector<std::string> missing_fields;  ///< `filled_by`, `filled_on` when not given.
    std::size_t expected_cells = 0;           ///< Cells of the grid.
    std::size_t answered_cells = 0;           ///< Cells with an answer (valid or not).

    /// @brief Whether there is no error.
    [[nodiscard]] bool ok() const noexcept { return errors.empty(); }
    /// @brief Whether nothing is missing.
    [[nodiscard]] bool complete() const noexcept {
        return missing.empty() && missing_fields.empty();
    }
    /**
     * @brief The incompleteness as warnings, e.g. for a dataset: one detail per missing field
     * at `path.filled_by`, and one at `path.answers` listing the missing cells.
     * @code
     * for (const auto& w : check.incompleteness("evaluations[0]")) { std::cout << w.to_string(); }
     * @endcode
     */
    [[nodiscard]] std::vector<error_detail> incompleteness(std::string_view path) const;
};

/**
 * @brief Checks an evaluation against a grid.
 *
 * Errors (paths relative to `path`, e.g. `evaluations[2]`):
 * - `grid`, `grid_version`: another grid, or another version of this grid;
 * - `post_id`: empty;
 * - `year`: outside 1900–9999;
 * - `filled_on`: before the first day of the year evaluated;
 * - `answers[i].item`: an unknown item id;
 * - `answers[i].policy`: missing for a per-policy item, present for another item, or a policy
 *   the grid has no column for;
 * - `answers[i].level` / `.yes_no` / `.number`: an answer of the wrong kind (a yes/no item
 *   answered with a level, a number item with a level…), a code outside the scale, a number
 *   with more decimals than the item allows;
 * - `answers[i]`: a second answer for a cell already answered;
 * - `comments[i].item`: an unknown item, or a second comment for an item.
 *
 * Missing answers, `filled_by` and `filled_on` are not errors: they are listed in `missing`.
 * The overload taking the post (ctg/model/post_evaluations.hpp) also checks the post id and
 * the post's activity in the year.
 * @code
 * const auto& g = ctg::builtin_grid("charente-2021");
 * auto check = ctg::validate_evaluation(e, g, "evaluations[0]");
 * for (const auto& d : check.errors) { std::cerr << d.to_string() << '\n'; }
 * @endcode
 */
[[nodiscard]] evaluation_check validate_evaluation(const evaluation& e, const grid& g,
                                                   std::string_view path = "");

/**
 * @brief validate_evaluation(), throwing when there is an error.
 * @code
 * ctg::require_valid(e, ctg::builtin_grid("charente-2021"));
 * @endcode
 * @throws ctg::validation_error listing every error, its message naming the evaluation.
 */
void require_valid(const evaluation& e, const grid& g);

}  // namespace ctg
