// SPDX-License-Identifier: MIT
/// @file
/// @brief Reading and writing datasets as JSON (format `ctg.dataset/1`), and the embedded ones.
#pragma once

#include <ctg/model/dataset.hpp>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace ctg {

/**
 * @brief Reads a dataset from JSON text (format `ctg.dataset/1`, schema in
 * `docs/schemas/dataset.schema.json`, guide in `docs/pages/datasets.md`).
 *
 * Amounts and FTE are JSON strings (`"38400.00"`, `"0.75"`); a JSON number there is an error,
 * so that no amount passes through a float. Dates are `YYYY-MM-DD`; a term's `end` (and an
 * amendment's `new_end`, a coordinator's `end`) is the **last day included**. Unknown keys are
 * errors. Local themes and roles carry the `local:` marker.
 *
 * The optional `evaluations` array holds the yearly evaluations of the posts, each object as in
 * the `ctg.evaluations/1` format (ctg::load_evaluations_json(), schema
 * `docs/schemas/evaluation.schema.json`) with its `provenance` required. They are checked
 * against their built-in grid (by id and version) and the posts of the dataset
 * (dataset::build()); their errors carry their full path (`evaluations[2].answers[3].level`),
 * and incomplete evaluations are warnings.
 *
 * @code
 * auto d = ctg::load_dataset_json(text, "my-dataset.json");
 * d.conventions().size();
 * @endcode
 * @param text the document
 * @param origin file name or other origin, quoted in the error
 * @throws ctg::validation_error listing **every** problem, each with its JSON path
 * (`epcis[3].siren`, `conventions[0].themes[2]`) and the offending value; text that is not
 * JSON (or is truncated) gives one error at `(root)` with its byte position; another format
 * gives one error at `format` naming `ctg.dataset/1`. Nothing is built on error.
 */
[[nodiscard]] dataset load_dataset_json(std::string_view text, std::string_view origin = "dataset");

/**
 * @brief Reads a dataset from a JSON file; same errors as load_dataset_json() (origin = path).
 * @code
 * auto d = ctg::load_dataset_file("tests/data/dataset/minimal.json");
 * @endcode
 * @throws ctg::invalid_value naming the path when the file cannot be read.
 */
[[nodiscard]] dataset load_dataset_file(const std::filesystem::path& path);

/**
 * @brief Canonical JSON of a dataset: fixed key order (as in the schema), two-space indent,
 * amounts as `"38400.00"`, FTE as `"0.75"`, dates ISO, ends written as last days included,
 * trailing newline. Deterministic: load → write → load → write gives the same text. The
 * evaluations are written last, as ctg::evaluations_to_json_array() writes them, and the key is
 * left out when there is none.
 * @code
 * std::string text = ctg::to_json(ctg::builtin_dataset("charente-2021"));
 * @endcode
 */
[[nodiscard]] std::string to_json(const dataset& d);

/// @brief Identifiers of the datasets embedded in the library, sorted (`charente-2021`).
/// @code
/// for (const auto& id : ctg::builtin_dataset_ids()) { std::cout << id << '\n'; }
/// @endcode
[[nodiscard]] std::vector<std::string> builtin_dataset_ids();

/**
 * @brief An embedded dataset, e.g. `charente-2021`; loaded once on first use (thread-safe), the
 * reference stays valid for the program's life.
 * @code
 * const ctg::dataset& d = ctg::builtin_dataset("charente-2021");
 * d.total_contracted_fte().to_string();  // "14.75"
 * @endcode
 * @throws ctg::out_of_range_value naming the unknown id and listing the known ones.
 */
[[nodiscard]] const dataset& builtin_dataset(std::string_view id);

}  // namespace ctg
