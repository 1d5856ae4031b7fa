// SPDX-License-Identifier: MIT
/// @file
/// @brief Evaluations as JSON (format `ctg.evaluations/1`), inside a dataset or on their own,
/// and the blank JSON template of a grid.
#pragma once

#include <ctg/core/text.hpp>
#include <ctg/referentiel/evaluation.hpp>
#include <ctg/referentiel/grid.hpp>

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ctg {

/**
 * @brief Reads evaluations from JSON text: either a document
 * `{"format": "ctg.evaluations/1", "evaluations": [...]}` or a bare array of evaluation
 * objects (as a dataset holds them under `evaluations`). Schema:
 * `docs/schemas/evaluation.schema.json`.
 *
 * Each answer names its item, its policy (per-policy items) and exactly one of `level` (a
 * scale code), `yes_no` (true or false) or `number` (a string such as `"0.75"`, never a JSON
 * number); a null value means "not answered" (as in the blank template). An optional `text`
 * (the item's wording, written in templates) is ignored. Unknown and repeated keys are errors.
 * When `provenance` is absent, the evaluation cites `origin` and its path.
 *
 * Only the structure is checked here; check the content against grids and posts with
 * validate_evaluations() (or validate_evaluation()).
 * @code
 * auto all = ctg::load_evaluations_json(text, "evaluations-2021.json");
 * // Inside a dataset loader, with the already extracted array text:
 * auto inner = ctg::load_evaluations_json(array_text, "dataset.json", "evaluations");
 * @endcode
 * @param text a `ctg.evaluations/1` document or a JSON array
 * @param origin file name or other origin, quoted in the error
 * @param path path prefix of a bare array's elements in messages (`evaluations` gives
 * `evaluations[0].answers[2].level`); a document's paths always start with `evaluations`
 * @throws ctg::validation_error listing every problem with its JSON path; nothing is built.
 */
[[nodiscard]] std::vector<evaluation> load_evaluations_json(std::string_view text,
                                                            std::string_view origin = "evaluations",
                                                            std::string_view path = "");

/**
 * @brief Reads evaluations from a JSON file; same as load_evaluations_json() (origin = path).
 * @code
 * auto all = ctg::load_evaluations_file("evaluations-2021.json");
 * @endcode
 * @throws ctg::invalid_value naming the path when the file cannot be read.
 */
[[nodiscard]] std::vector<evaluation> load_evaluations_file(const std::filesystem::path& path);

/**
 * @brief Canonical `ctg.evaluations/1` document: key order of the schema, two-space indent,
 * trailing newline. Load → write → load gives the same evaluations.
 * @code
 * std::string text = ctg::evaluations_to_json(evaluations);
 * @endcode
 */
[[nodiscard]] std::string evaluations_to_json(std::span<const evaluation> evaluations);

/**
 * @brief The bare JSON array of evaluation objects, as a dataset writer embeds it under
 * `evaluations` (same object layout as evaluations_to_json()).
 * @code
 * std::string array = ctg::evaluations_to_json_array(evaluations);   // "[\n  {...}\n]"
 * @endcode
 */
[[nodiscard]] std::string evaluations_to_json_array(std::span<const evaluation> evaluations);

/**
 * @brief A blank `ctg.evaluations/1` document for grid `g`: one evaluation whose answers list
 * every cell with a null value and the item's `text` in `lang`; `filled_by` empty,
 * `filled_on` null.
 *
 * Fill the nulls (and post, year, who and when), then read it back with
 * load_evaluations_json(). An unfilled cell stays missing (incompleteness, not an error).
 * @code
 * std::string blank = ctg::blank_evaluation_json(ctg::builtin_grid("charente-2021"),
 *                                                "post-rouillacais", 2021);
 * @endcode
 */
[[nodiscard]] std::string blank_evaluation_json(const grid& g, std::string_view post_id = "",
                                                std::optional<int> year = std::nullopt,
                                                language lang = language::fr);

}  // namespace ctg
