// SPDX-License-Identifier: MIT
/// @file
/// @brief Scoring an evaluation: exact shares of achieved cells per section, per policy and
/// overall, and completeness.
#pragma once

#include <ctg/core/exact_ratio.hpp>
#include <ctg/referentiel/evaluation.hpp>
#include <ctg/referentiel/grid.hpp>
#include <ctg/referentiel/volet.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ctg {

/**
 * @brief An exact share `part / whole` kept as two counts (5 achieved of 7 applicable).
 *
 * Undefined when `whole` is zero (nothing applicable, nothing expected): ratio() and percent()
 * then give nothing, and reports print a dash rather than 0 %.
 * @code
 * ctg::share s{5, 7};
 * s.to_fraction();                                              // "5/7"
 * s.percent({2, ctg::rounding::half_away_from_zero})->to_french();  // "71,43"
 * ctg::share{0, 0}.percent();                                   // std::nullopt
 * @endcode
 */
struct share {
    std::int64_t part = 0;   ///< Counted cells (achieved, or answered).
    std::int64_t whole = 0;  ///< Cells they are counted among (applicable, or expected).

    /// @brief Whether `whole` is above zero.
    [[nodiscard]] bool defined() const noexcept { return whole > 0; }
    /// @brief The exact ratio, when defined.
    [[nodiscard]] std::optional<exact_ratio> ratio() const;
    /// @brief The share × 100 rounded under `format`, when defined.
    [[nodiscard]] std::optional<rounded_decimal> percent(ratio_format format = {}) const;
    /// @brief `5/7`.
    [[nodiscard]] std::string to_fraction() const;
    /// @brief Adds counts (pooling cells, not averaging shares).
    share& operator+=(const share& other) noexcept {
        part += other.part;
        whole += other.whole;
        return *this;
    }
    /// @brief Member-wise equality (5/7 and 10/14 differ: they count different cells).
    friend bool operator==(const share&, const share&) = default;
};

/// @brief The score of one policy column (within a section, or over the whole grid).
struct policy_score {
    volet policy = volet::famille;  ///< The policy column.
    share achieved;                 ///< Achieved cells / applicable answered cells.
    share completeness;             ///< Answered cells / cells.
    /// @brief Member-wise equality.
    friend bool operator==(const policy_score&, const policy_score&) = default;
};

/// @brief The score of one section.
struct section_score {
    std::string section_id;              ///< The section.
    share achieved;                      ///< Achieved cells / applicable answered cells.
    share completeness;                  ///< Answered cells / cells (numbers included).
    std::vector<policy_score> policies;  ///< Per policy column, in grid order.
    /// @brief Member-wise equality.
    friend bool operator==(const section_score&, const section_score&) = default;
};

/**
 * @brief The scores of one evaluation.
 *
 * The unit is the **cell**: a per-policy mission counts once per policy column, a yes/no
 * question once. A cell is *applicable* when it is answered and its answer is neither the
 * scale's not-applicable mark nor a number (numbers inform, they are not achieved or not). It
 * is *achieved* when its level is at or above the scale's `achieved_from`, or its yes/no
 * answer is yes. `achieved` = achieved / applicable; unanswered cells are left out of it and
 * counted by `completeness` = answered / all cells. Department totals pool cells.
 */
struct evaluation_score {
    std::string grid_id;                  ///< Grid.
    int grid_version = 0;                 ///< Grid version.
    std::string post_id;                  ///< Post.
    int year = 0;                         ///< Year.
    std::vector<section_score> sections;  ///< Per section, in grid order.
    std::vector<policy_score> policies;   ///< Per policy column (per-policy cells only).
    share overall;                        ///< Every applicable cell.
    share completeness;                   ///< Every cell.

    /// @brief The score of this section, or nullptr.
    [[nodiscard]] const section_score* section(std::string_view section_id) const noexcept;
    /// @brief The score of this policy column, or nullptr.
    [[nodiscard]] const policy_score* policy(volet p) const noexcept;
    /// @brief Member-wise equality.
    friend bool operator==(const evaluation_score&, const evaluation_score&) = default;
};

/**
 * @brief Scores an evaluation against its grid.
 * @code
 * auto s = ctg::score_evaluation(e, ctg::builtin_grid("charente-2021"));
 * s.section("1")->achieved.to_fraction();                  // e.g. "9/19"
 * s.overall.percent({1, ctg::rounding::half_even})->to_french();
 * @endcode
 * @throws ctg::validation_error when validate_evaluation() finds errors (the post is not
 * checked: pass a validated evaluation).
 */
[[nodiscard]] evaluation_score score_evaluation(const evaluation& e, const grid& g);

/**
 * @brief Whether an answer counts as achieved on grid `g` (level at or above
 * `achieved_from`, or yes); false for numbers and not-applicable marks.
 * @code
 * ctg::is_achieved(ctg::answer::of_yes_no("5.2", true), ctg::builtin_grid("charente-2021"));  //
 * true
 * @endcode
 */
[[nodiscard]] bool is_achieved(const answer& a, const grid& g) noexcept;

/**
 * @brief Whether an answer enters the achieved share: a level other than the not-applicable
 * mark, or a yes/no answer.
 * @code
 * ctg::is_applicable(ctg::answer::of_level("1.1", ctg::volet::social, "sans_objet"),
 *                    ctg::builtin_grid("charente-2021"));   // false
 * @endcode
 */
[[nodiscard]] bool is_applicable(const answer& a, const grid& g) noexcept;

}  // namespace ctg
