// SPDX-License-Identifier: MIT
/// @file
/// @brief Markdown views of a blank grid and of a department roll-up.
#pragma once

#include <ctg/core/exact_ratio.hpp>
#include <ctg/core/text.hpp>
#include <ctg/referentiel/grid.hpp>
#include <ctg/referentiel/rollup.hpp>

#include <string>

namespace ctg {

/**
 * @brief The blank grid as Markdown: title, scale legend, one table per section (missions ×
 * policy columns + comment; questions × answer + comment), and the transcription notes.
 * @code
 * std::cout << ctg::to_markdown(ctg::builtin_grid("charente-2021"));
 * @endcode
 */
[[nodiscard]] std::string to_markdown(const grid& g, language lang = language::fr);

/**
 * @brief The roll-up as a Markdown table: one row per post and a department row, one column
 * per section plus overall and completeness; each cell `71,43 % (5/7)`, `—` when undefined.
 * @code
 * std::cout << ctg::to_markdown(r, g, {2, ctg::rounding::half_away_from_zero});
 * @endcode
 */
[[nodiscard]] std::string to_markdown(const evaluation_rollup& r, const grid& g,
                                      ratio_format format = {}, language lang = language::fr);

}  // namespace ctg
