// SPDX-License-Identifier: MIT
/// @file
/// @brief Checking evaluations against the posts they evaluate, and a dataset's list of
/// evaluations against its grids and posts.
#pragma once

#include <ctg/core/error.hpp>
#include <ctg/model/coordination.hpp>
#include <ctg/referentiel/evaluation.hpp>
#include <ctg/referentiel/evaluation_check.hpp>
#include <ctg/referentiel/grid.hpp>

#include <span>
#include <string_view>
#include <vector>

namespace ctg {

/**
 * @brief Whether some coordinator of `post` holds it on at least one day of calendar `year`.
 *
 * This is the library's definition of "the post's activity". A post listing no coordinator
 * has no known activity: the function returns true (nothing can be checked).
 * @code
 * const auto& p = ctg::builtin_dataset("charente-2021").post_at("post-val-de-charente");
 * ctg::post_active_in_year(p, 2021);  // true: vc-1 from 2021-05-03
 * ctg::post_active_in_year(p, 2020);  // false
 * @endcode
 */
[[nodiscard]] bool post_active_in_year(const coordination_post& post, int year) noexcept;

/**
 * @brief Checks an evaluation against a grid and, when given, the post it evaluates.
 *
 * Errors (paths relative to `path`, e.g. `evaluations[2]`):
 * - `grid`, `grid_version`: another grid, or another version of this grid;
 * - `post_id`: empty, or not the id of `post`;
 * - `year`: outside 1900–9999, or a year in which the post was not active
 *   (post_active_in_year());
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
 * @code
 * const auto& g = ctg::builtin_grid("charente-2021");
 * const auto& post = ctg::builtin_dataset("charente-2021").post_at("post-rouillacais");
 * auto check = ctg::validate_evaluation(e, g, &post, "evaluations[0]");
 * for (const auto& d : check.errors) { std::cerr << d.to_string() << '\n'; }
 * @endcode
 */
[[nodiscard]] evaluation_check validate_evaluation(const evaluation& e, const grid& g,
                                                   const coordination_post* post,
                                                   std::string_view path = "");

/**
 * @brief validate_evaluation(), throwing when there is an error.
 * @code
 * const auto& post = ctg::builtin_dataset("charente-2021").post_at("post-rouillacais");
 * ctg::require_valid(e, ctg::builtin_grid("charente-2021"), &post);
 * @endcode
 * @throws ctg::validation_error listing every error, its message naming the evaluation.
 */
void require_valid(const evaluation& e, const grid& g, const coordination_post* post);

/// @brief What checking a list of evaluations found (e.g. those of a dataset).
struct evaluations_check {
    std::vector<error_detail> errors;      ///< Every error, with its path.
    std::vector<error_detail> warnings;    ///< Incompleteness, with its path.
    std::vector<evaluation_check> checks;  ///< One per evaluation, in order.
    /// @brief Whether there is no error.
    [[nodiscard]] bool ok() const noexcept { return errors.empty(); }
};

/**
 * @brief Checks evaluations as a dataset holds them: each against its grid (looked up in
 * `grids`, then among the built-in grids, by id and version) and its post (looked up in
 * `posts` by id).
 *
 * Besides the errors of validate_evaluation() (at `path[i].…`): `path[i].grid` for a grid
 * that is not known, `path[i].grid_version` for a version that is not known, `path[i].post_id`
 * for a post not in `posts`, and `path[i]` for a second evaluation of the same post, year and
 * grid.
 * @code
 * auto check = ctg::validate_evaluations(evaluations, dataset.posts());
 * errors.insert(errors.end(), check.errors.begin(), check.errors.end());
 * warnings.insert(warnings.end(), check.warnings.begin(), check.warnings.end());
 * @endcode
 */
[[nodiscard]] evaluations_check validate_evaluations(std::span<const evaluation> evaluations,
                                                     std::span<const coordination_post> posts,
                                                     std::span<const grid> grids = {},
                                                     std::string_view path = "evaluations");

}  // namespace ctg
