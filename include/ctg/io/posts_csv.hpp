// SPDX-License-Identifier: MIT
/// @file
/// @brief Importing coordination posts and their yearly expenses from CSV (spreadsheets).
#pragma once

#include <ctg/model/coordination.hpp>
#include <ctg/model/dataset.hpp>

#include <filesystem>
#include <string_view>
#include <vector>

namespace ctg {

/**
 * @brief Reads coordination posts from CSV: one row per post and year.
 *
 * Required columns (any order, header required): `post_id`, `convention_id`,
 * `pilot_epci_siren`, `contracted_fte`, `year`, `expense`. Optional: `expense_evidence`
 * (`source document` by default, or `public source`, `illustrative`, `scenario`),
 * `expense_source` (document; default: `origin`), `expense_url`. Any other column is an error.
 * Amounts are read by money::parse (`38400.00`, `38 400,00 €`), FTE by fte::parse (`0,75`).
 * Rows of one post must agree on convention, pilot EPCI and FTE. The provenance of each expense
 * and of the FTE cites `origin`, `row N`.
 *
 * @code
 * // post_id,convention_id,pilot_epci_siren,contracted_fte,year,expense
 * // post-rouillacais,ctg-rouillacais,241600303,0.75,2022,"31 200,00"
 * auto posts = ctg::load_posts_csv(text, "posts-2022.csv");
 * auto updated = ctg::with_posts(ctg::builtin_dataset("charente-2021"), posts);
 * @endcode
 * @return posts in order of first appearance, expenses sorted by year; volets, themes and
 * coordinators empty.
 * @throws ctg::validation_error listing every error as `row N, column <name>` (rows are
 * numbered as in a spreadsheet: the header is row 1, the first data row is row 2; header
 * problems read `header, column <name>`): a missing or unknown column, a wrong number
 * of fields, an invalid SIREN, FTE, year or amount, a (post, year) given twice, rows of one
 * post that disagree. Cross-references (convention, EPCI) are checked by with_posts().
 */
[[nodiscard]] std::vector<coordination_post> load_posts_csv(std::string_view text,
                                                            std::string_view origin = "posts.csv");

/// @brief Reads posts from a CSV file; same as load_posts_csv() with origin = the path.
/// @code
/// auto posts = ctg::load_posts_csv_file("posts-2022.csv");
/// @endcode
/// @throws ctg::invalid_value naming the path when the file cannot be read.
[[nodiscard]] std::vector<coordination_post> load_posts_csv_file(const std::filesystem::path& path);

/**
 * @brief A new validated dataset where `posts` are merged into `base`.
 *
 * A post whose id exists in `base` takes the new convention, pilot EPCI and contracted FTE
 * (with their provenance), keeps its volets, themes and coordinators, and its expenses are
 * merged by year (the new year replaces the old one). Other posts are appended.
 * @code
 * auto d = ctg::with_posts(ctg::builtin_dataset("charente-2021"),
 *                          ctg::load_posts_csv_file("posts-2022.csv"));
 * @endcode
 * @throws ctg::validation_error from dataset::build() (e.g. an unknown convention), with
 * paths into the merged dataset (`posts[9].convention`).
 */
[[nodiscard]] dataset with_posts(const dataset& base, const std::vector<coordination_post>& posts);

}  // namespace ctg
