// SPDX-License-Identifier: MIT
/// @file
/// @brief Department roll-up of one year's evaluations: a matrix posts × sections.
#pragma once

#include <ctg/referentiel/evaluation.hpp>
#include <ctg/referentiel/grid.hpp>
#include <ctg/referentiel/score.hpp>

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ctg {

/// @brief One cell of the matrix: a post's score in a section.
struct rollup_cell {
    share achieved;      ///< Achieved / applicable cells of the section (undefined: no data).
    share completeness;  ///< Answered / cells of the section (0/n when not evaluated).
    /// @brief Member-wise equality.
    friend bool operator==(const rollup_cell&, const rollup_cell&) = default;
};

/// @brief One row of the matrix: a post.
struct rollup_row {
    std::string post_id;                ///< The post.
    bool evaluated = false;             ///< Whether the post has an evaluation that year.
    std::vector<rollup_cell> sections;  ///< One cell per section, in grid order.
    share overall;                      ///< The post's overall achieved share.
    share completeness;                 ///< The post's overall completeness.
    /// @brief Member-wise equality.
    friend bool operator==(const rollup_row&, const rollup_row&) = default;
};

/**
 * @brief Posts × sections for one grid version and one year, ready for a heatmap.
 *
 * The department row pools cells (sum of achieved over sum of applicable), so that a post with
 * more applicable cells weighs more; it is not the mean of the posts' shares.
 * @code
 * std::vector<std::string> posts;
 * for (const auto& p : dataset.posts()) { posts.push_back(p.id); }
 * auto r = ctg::roll_up(evaluations, ctg::builtin_grid("charente-2021"), 2021, posts);
 * r.rows[0].sections[2].achieved.percent();   // post 0, section 3
 * r.department[2].to_fraction();              // all posts, section 3
 * @endcode
 */
struct evaluation_rollup {
    std::string grid_id;                   ///< Grid.
    int grid_version = 0;                  ///< Grid version.
    int year = 0;                          ///< Year.
    std::vector<std::string> section_ids;  ///< Columns, in grid order.
    std::vector<rollup_row> rows;          ///< Rows: listed posts first, then others evaluated.
    std::vector<share> department;         ///< Pooled achieved share per section.
    std::vector<share> department_completeness;  ///< Pooled completeness per section.
    share department_overall;                    ///< Pooled achieved share over everything.

    /// @brief The row of this post, or nullptr.
    [[nodiscard]] const rollup_row* row(std::string_view post_id) const noexcept;
};

/**
 * @brief Builds the matrix from the evaluations of `year` that fill `g` (same id and version);
 * the others are ignored.
 *
 * Rows follow `post_ids` (posts without an evaluation get an empty row), then any other post
 * evaluated that year, in order of appearance.
 * @code
 * auto r = ctg::roll_up(evaluations, g, 2021);
 * @endcode
 * @throws ctg::invalid_value at `evaluations[i]` for a second evaluation of one post that year.
 * @throws ctg::validation_error when a retained evaluation has errors against `g`.
 */
[[nodiscard]] evaluation_rollup roll_up(std::span<const evaluation> evaluations, const grid& g,
                                        int year, std::span<const std::string> post_ids = {});

}  // namespace ctg
