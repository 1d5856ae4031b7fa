// SPDX-License-Identifier: MIT
/// @file
/// @brief Year-over-year comparison of one post's evaluations: what improved, what regressed.
#pragma once

#include <ctg/core/exact_ratio.hpp>
#include <ctg/referentiel/evaluation.hpp>
#include <ctg/referentiel/grid.hpp>
#include <ctg/referentiel/score.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ctg {

/// @brief How one cell moved between two years.
enum class cell_trend : std::uint8_t {
    improved,            ///< A higher level (or no → yes).
    regressed,           ///< A lower level (or yes → no).
    unchanged,           ///< The same answer.
    changed,             ///< A different number, or a cell that became (not) applicable.
    newly_answered,      ///< Answered the later year only.
    no_longer_answered,  ///< Answered the earlier year only.
};

/// @brief `improved`, `regressed`, `unchanged`, `changed`, `newly_answered`,
/// `no_longer_answered`.
[[nodiscard]] std::string_view to_string(cell_trend t) noexcept;

/// @brief One cell's answers in the two years.
struct cell_change {
    grid_cell cell;                            ///< The cell.
    std::optional<std::string> before;         ///< Earlier answer (answer::value_text()), if any.
    std::optional<std::string> after;          ///< Later answer, if any.
    cell_trend trend = cell_trend::unchanged;  ///< How it moved.
    /// @brief Member-wise equality.
    friend bool operator==(const cell_change&, const cell_change&) = default;
};

/// @brief A section's achieved share in both years.
struct section_trend {
    std::string section_id;  ///< The section.
    share before;            ///< Earlier year.
    share after;             ///< Later year.
    /// @brief `after − before` as an exact fraction, when both are defined.
    [[nodiscard]] std::optional<exact_ratio> delta() const;
    /// @brief Member-wise equality.
    friend bool operator==(const section_trend&, const section_trend&) = default;
};

/**
 * @brief Two evaluations of one post compared cell by cell.
 * @code
 * auto c = ctg::compare_years(e2021, e2022, ctg::builtin_grid("charente-2021"));
 * for (const auto& ch : c.with(ctg::cell_trend::regressed)) {
 *     std::cout << ch.cell.to_string() << ": " << *ch.before << " → " << *ch.after << '\n';
 * }
 * @endcode
 */
struct year_comparison {
    std::string post_id;                  ///< The post.
    std::string grid_id;                  ///< The grid.
    int grid_version = 0;                 ///< Its version.
    int from_year = 0;                    ///< Earlier year.
    int to_year = 0;                      ///< Later year.
    std::vector<cell_change> changes;     ///< Every cell answered in either year, grid order.
    std::vector<section_trend> sections;  ///< Per section, in grid order.
    share overall_before;                 ///< Overall achieved share, earlier year.
    share overall_after;                  ///< Overall achieved share, later year.

    /// @brief The changes with trend `t`, in grid order.
    [[nodiscard]] std::vector<cell_change> with(cell_trend t) const;
    /// @brief How many cells have trend `t`.
    [[nodiscard]] std::size_t count(cell_trend t) const noexcept;
};

/**
 * @brief Compares two evaluations of the same post and grid version, `earlier` before `later`.
 *
 * Levels compare by rank on the grid's scale, yes above no; a not-applicable mark on either
 * side, or a different number, is `changed`.
 * @code
 * auto c = ctg::compare_years(e2021, e2022, g);
 * c.count(ctg::cell_trend::improved);
 * @endcode
 * @throws ctg::invalid_value at `post_id` for two posts, at `grid_version` for two grids or
 * versions, at `year` when `earlier` is not before `later`.
 * @throws ctg::validation_error when either evaluation has errors against `g`.
 */
[[nodiscard]] year_comparison compare_years(const evaluation& earlier, const evaluation& later,
                                            const grid& g);

}  // namespace ctg
