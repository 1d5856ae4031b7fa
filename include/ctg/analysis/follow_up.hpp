// SPDX-License-Identifier: MIT
/// @file
/// @brief The Caf's follow-up of the coordination function (source document: « un suivi annuel
/// de la fonction, de journée(s) de regroupement et d'une proposition de formation adaptation à
/// l'emploi »): each coordinator in post, their training and network days, and the checks of
/// the yearly evaluations against the posts.
#pragma once

#include <ctg/core/date.hpp>
#include <ctg/core/error.hpp>
#include <ctg/core/evidence_marks.hpp>
#include <ctg/core/fte.hpp>
#include <ctg/model/dataset.hpp>
#include <ctg/model/territory.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace ctg {

/// @brief One coordinator in post on the date, as the Caf follows them.
struct coordinator_follow_up {
    std::string post_id;              ///< The post held.
    std::string convention_id;        ///< Its convention.
    ctg::siren pilot_epci;            ///< The EPCI piloting the post.
    std::string epci_name;            ///< Its name.
    std::string coordinator_id;       ///< The coordinator (pseudonymous id).
    std::optional<std::string> name;  ///< Their name, when the dataset gives it.
    fte share;                        ///< Share of the post held.
    date in_post_since;               ///< First day in post.
    int training_days = 0;            ///< Training days attended (CNFPT prise de fonction).
    int network_days = 0;             ///< Network days attended (journées de regroupement).
    /// @brief The latest year of an evaluation of the post known on the date
    /// (evaluation::known_on()) that covers this coordinator (one naming no coordinator covers
    /// them all); none: not evaluated as known that day.
    std::optional<int> evaluated_year;
    evidence_marks marks;  ///< Provenance of the coordinator's record.
};

/**
 * @brief The Caf's follow-up of the function on a date: who is in post, their training and
 * network days, the posts nobody holds, and what the evaluations say that the posts contradict.
 */
struct follow_up_report {
    std::string dataset_id;  ///< Dataset followed.
    date on;                 ///< Date of the follow-up.
    /// @brief Every coordinator in post on `on` (coordinator::active_on()) in a post whose
    /// convention is in force on `on` (as known that day), in dataset order.
    std::vector<coordinator_follow_up> coordinators;
    std::size_t without_training = 0;  ///< Coordinators in post with no training day.
    int training_days = 0;             ///< Σ training days of the coordinators in post.
    int network_days = 0;              ///< Σ network days of the coordinators in post.
    /// @brief Posts in force on `on` that nobody holds that day, in dataset order.
    std::vector<std::string> vacant_posts;
    /**
     * @brief What the evaluations known on `on` say that the posts contradict, in
     * dataset order of the evaluations:
     * - `follow_up.dedicated_fte`: the « Nombre d'ETP dédiés » answered (item `5.1` of the
     *   Charente grid) differs from the ETP in post on 31 December of the year evaluated
     *   (coordination_post::staffed_fte_on()), the library's reading of « dédiés »;
     * - `follow_up.not_applicable_volet`: a cell answered « sans objet » for a volet the post
     *   covers (coordination_post::volets).
     */
    std::vector<error_detail> warnings;
};

/**
 * @brief The Caf's follow-up of `d` on `on`.
 * @code
 * auto f = ctg::caf_follow_up(ctg::builtin_dataset("charente-2021"), ctg::parse_date("2021-06-30"));
 * f.coordinators.size();   // 16 in post on 30 June 2021
 * f.without_training;      // 1: Val de Charente's coordinator, in post since 3 May
 * @endcode
 */
[[nodiscard]] follow_up_report caf_follow_up(const dataset& d, date on);

}  // namespace ctg
