// SPDX-License-Identifier: MIT
/// @file
/// @brief Evaluations as CSV for spreadsheets: one row per item and policy column.
#pragma once

#include <ctg/core/text.hpp>
#include <ctg/referentiel/evaluation.hpp>
#include <ctg/referentiel/grid.hpp>

#include <array>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ctg {

/// @brief The columns of an evaluation CSV, in the order the writers use.
inline constexpr std::array<std::string_view, 12> evaluation_csv_columns{
    "grid",      "grid_version", "post_id", "year",    "section",   "item_id",
    "item_text", "policy",       "answer",  "comment", "filled_by", "filled_on"};

/**
 * @brief Reads evaluations filled in a spreadsheet, checking them against grid `g`.
 *
 * The header must hold exactly the columns of ctg::evaluation_csv_columns, in any order. One
 * row per cell: `policy` is a policy column (`famille`, `education`, `social`) for a
 * per-policy item and empty otherwise. Rows are grouped into evaluations by (`post_id`,
 * `year`), in order of first appearance; `filled_by` and `filled_on` (`YYYY-MM-DD`, may be
 * empty) must agree within one evaluation. An empty `answer` is "not answered".
 *
 * `answer` is read by the item's kind: a scale code or its French or English label, in any
 * case (`oui`, `En partie`, `sans_objet`) for a mission; `oui`/`non` (also `o`/`n`, `yes`/`no`)
 * for a yes/no question; a decimal with '.' or ',' for a number. `item_text` is informative
 * and ignored; `section`, when given, must be the item's section. An item's comment may sit
 * on any of its rows; two different comments for one item are an error.
 *
 * @code
 * auto evaluations = ctg::load_evaluations_csv(text, ctg::builtin_grid("charente-2021"),
 *                                              "evaluations-2021.csv");
 * @endcode
 * @throws ctg::validation_error listing every error at `row N, column <name>` (the header is
 * row 1) or `header, column <name>`: a missing, unknown or repeated column, a row with another
 * number of fields, another grid or grid version, an empty post id, a malformed year or date,
 * an unknown item, a missing, unknown or superfluous policy, an answer of the wrong kind or
 * outside the scale, a cell given twice for one evaluation, conflicting comments, dates or
 * authors. Post-related checks (activity in the year) are validate_evaluation()'s.
 */
[[nodiscard]] std::vector<evaluation> load_evaluations_csv(
    std::string_view text, const grid& g, std::string_view origin = "evaluations.csv");

/**
 * @brief Reads evaluations from a CSV file; same as load_evaluations_csv() (origin = path).
 * @code
 * auto all = ctg::load_evaluations_csv_file("evaluations-2021.csv",
 *                                           ctg::builtin_grid("charente-2021"));
 * @endcode
 * @throws ctg::invalid_value naming the path when the file cannot be read.
 */
[[nodiscard]] std::vector<evaluation> load_evaluations_csv_file(const std::filesystem::path& path,
                                                                const grid& g);

/**
 * @brief Writes evaluations as CSV: for each evaluation, every cell of `g` in grid order (empty
 * answer when not answered), item texts in `lang`, each item's comment on its first row.
 * RFC 4180 quoting, CRLF line ends.
 * @code
 * std::string csv = ctg::evaluations_to_csv(evaluations, ctg::builtin_grid("charente-2021"));
 * @endcode
 * @throws ctg::validation_error when an evaluation has errors against `g` (an answer the grid
 * cannot hold would otherwise be lost silently).
 */
[[nodiscard]] std::string evaluations_to_csv(std::span<const evaluation> evaluations, const grid& g,
                                             language lang = language::fr);

/**
 * @brief The blank CSV template of grid `g`: 86 rows for `charente-2021`, answers empty, post
 * and year as given (empty when not).
 * @code
 * std::string blank = ctg::blank_evaluation_csv(ctg::builtin_grid("charente-2021"),
 *                                               "post-rouillacais", 2021);
 * @endcode
 */
[[nodiscard]] std::string blank_evaluation_csv(const grid& g, std::string_view post_id = "",
                                               std::optional<int> year = std::nullopt,
                                               language lang = language::fr);

}  // namespace ctg
