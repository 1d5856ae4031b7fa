// SPDX-License-Identifier: MIT
/// @file
/// @brief A department's dataset started from the official territorial catalogue, with the
/// coordination posts of the simple sheet an analyst keeps.
#pragma once

#include <ctg/model/dataset.hpp>
#include <ctg/model/territory_catalogue.hpp>

#include <string>
#include <string_view>

namespace ctg {

/// @brief What init_department_dataset() takes besides the catalogue.
struct department_init {
    std::string department;  ///< Department code, e.g. `86`, `2A`, `974`.
    /// @brief The posts sheet as CSV text (`,` or `;` separated, detected), or empty for none.
    std::string posts_csv{};
    std::string posts_origin = "posts.csv";  ///< Quoted in the posts' errors and provenance.
    /// @brief The rulebook the dataset names; by default the national one (24,000 € per ETP).
    std::string rulebook = "national-2020";
};

/**
 * @brief A valid dataset of one department: every EPCI with a member commune in it (an EPCI
 * spanning departments comes whole, all its communes), with the catalogue's SIREN, name, kind,
 * communes and legal populations, each citing the catalogue (`public source`); then, from the
 * posts sheet, one convention and one coordination post per row group.
 *
 * The posts sheet has a header and one row per coordinator (or one row for a post nobody
 * holds yet). Columns:
 * - `epci` (required): the pilot EPCI, by SIREN or by its exact official name;
 * - `contracted_fte` (required): the ETP contracted (`0,75` or `0.75`);
 * - `start`, `end` (required): the convention's first and last day (`2022-01-01` or
 *   `01/01/2022`);
 * - `post_id`, `convention_id` (optional): default `post-SIREN`, `ctg-SIREN`;
 * - `coordinator`, `coordinator_fte`, `coordinator_start`, `coordinator_end` (optional): who
 *   holds the post, their share (default: the post's contracted ETP) and their days (the end is
 *   their last day, empty if still in post);
 * - `expense_YYYY` (optional, any number of years): the expense declared for that year.
 * Rows of one post must agree on its EPCI, ETP, term and expenses; a later row may leave them
 * empty (and its EPCI too when it names the post by `post_id`). A row of separators only is
 * skipped. The convention covers the
 * pilot EPCI and is signed by the Caf and that EPCI.
 * @code
 * auto t = ctg::load_territory_catalogue(2022);
 * auto vienne = ctg::init_department_dataset(t, {.department = "86"});
 * vienne.epcis().size();  // 7
 * ctg::to_json(vienne);   // a ctg.dataset/1 document
 * @endcode
 * @throws ctg::invalid_value (`init.department`) naming the departments of the catalogue when
 * `department` is not one of them; ctg::validation_error listing every error of the posts sheet
 * at `row N, column C` (an unknown column, an EPCI neither a SIREN nor a name of the
 * catalogue, or not in the department, a malformed ETP, date or amount, rows of one post that
 * disagree, a coordinator given twice).
 */
[[nodiscard]] dataset init_department_dataset(const territory_catalogue& catalogue,
                                              const department_init& options);

}  // namespace ctg
