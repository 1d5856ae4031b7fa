// SPDX-License-Identifier: MIT
/// @file
/// @brief The coordination function of a CTG: posts, the coordinators holding them, expenses.
#pragma once

#include <ctg/core/date.hpp>
#include <ctg/core/fte.hpp>
#include <ctg/core/money.hpp>
#include <ctg/core/provenance.hpp>
#include <ctg/model/convention.hpp>
#include <ctg/model/territory.hpp>
#include <ctg/referentiel/volet.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ctg {

/**
 * @brief A person holding (part of) a coordination post during a period.
 *
 * `end` follows ctg::period: it is the **first day after** the assignment; datasets write the
 * last day worked as `end`, which the loader converts. No end: still in post.
 */
struct coordinator {
    std::string id;                   ///< Pseudonymous identifier, unique within the post.
    std::optional<std::string> name;  ///< Name, only when the dataset gives it.
    ctg::fte fte;                     ///< Share of the post held (e.g. 0.5).
    date start{};                     ///< First day in post (value-initialised: 0000-00-00).
    std::optional<date> end;          ///< First day after leaving the post; none if still in post.
    int training_days = 0;            ///< Training days attended (e.g. CNFPT prise de fonction).
    int network_days = 0;             ///< Network days attended (journées de regroupement).
    ctg::provenance provenance;       ///< Evidence (illustrative in the embedded dataset).

    /// @brief Whether the coordinator holds the post on `d`: `start <= d < end`.
    [[nodiscard]] bool active_on(date d) const noexcept { return start <= d && (!end || d < *end); }
    /// @brief Member-wise equality.
    friend bool operator==(const coordinator&, const coordinator&) = default;
};

/// @brief The expense declared for a post for one calendar year.
struct yearly_expense {
    int year = 0;                ///< Calendar year, e.g. 2021.
    money amount;                ///< Declared expense (salary and charges), never negative.
    ctg::provenance provenance;  ///< Evidence (illustrative in the embedded dataset).
    /// @brief Member-wise equality.
    friend bool operator==(const yearly_expense&, const yearly_expense&) = default;
};

/**
 * @brief A coordination post (fonction de gestion-coordination) of a convention.
 *
 * The contracted FTE is what the CTG contracts with the Caf (the source document's table);
 * coordinators fill it, never beyond it on any date.
 * @code
 * const auto& d = ctg::builtin_dataset("charente-2021");
 * const ctg::coordination_post& p = d.post_at("post-grand-cognac");
 * p.contracted_fte.to_string();           // "4"
 * if (const auto* e = p.expense_for(2021)) { e->amount.to_french(); }
 * @endcode
 */
struct coordination_post {
    std::string id;                         ///< Identifier, unique in the dataset.
    std::string convention_id;              ///< The convention it serves.
    siren pilot_epci;                       ///< The EPCI that pilots the function.
    fte contracted_fte;                     ///< Contracted FTE (ETP contractualisé CTG).
    ctg::provenance fte_provenance;         ///< Evidence for the contracted FTE.
    std::vector<volet> volets;              ///< Volets covered, in the order given.
    std::vector<theme> themes;              ///< Thematic fields of intervention.
    std::vector<coordinator> coordinators;  ///< People holding the post.
    std::vector<yearly_expense> expenses;   ///< Declared expenses, sorted by year, one per year.
    ctg::provenance provenance;             ///< Evidence for the rest (volets, themes…).

    /// @brief The expense declared for `year`, or nullptr.
    [[nodiscard]] const yearly_expense* expense_for(int year) const noexcept;
    /// @brief Sum of the FTE of the coordinators active on `d`.
    [[nodiscard]] fte staffed_fte_on(date d) const;
    /// @brief Member-wise equality.
    friend bool operator==(const coordination_post&, const coordination_post&) = default;
};

}  // namespace ctg
