// SPDX-License-Identifier: MIT
/// @file
/// @brief The Convention Territoriale Globale (CTG): themes, signatories, term, action plan,
/// governance, amendments (avenants) and the Caf referent.
#pragma once

#include <ctg/core/date.hpp>
#include <ctg/core/money.hpp>
#include <ctg/core/provenance.hpp>
#include <ctg/core/text.hpp>
#include <ctg/model/known_or_local.hpp>
#include <ctg/model/territory.hpp>
#include <ctg/referentiel/cnaf_theme.hpp>

#include <compare>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace ctg {

// ---------------------------------------------------------------------------------------------
// Themes and roles: a closed national list plus local values carrying an explicit marker

/**
 * @brief A CTG theme: one of the Cnaf list, or a local one written with the `local:` marker.
 *
 * Unknown names without the marker are refused, so that a typo (`parentalité`, `jeunnesse`) is
 * never taken for a local theme.
 * @code
 * auto t = ctg::theme::parse("parentalite");           // Cnaf theme
 * auto l = ctg::theme::parse("local:bien vieillir");   // local theme "bien vieillir"
 * l.to_string();                                       // "local:bien vieillir"
 * ctg::theme::parse("seniors");                        // throws ctg::invalid_value
 * @endcode
 */
class theme : public known_or_local<theme, cnaf_theme> {
public:
    using known_or_local::known_or_local;
    /// @brief The Cnaf theme, or nothing for a local one.
    [[nodiscard]] std::optional<cnaf_theme> cnaf() const noexcept { return known_value(); }

private:
    friend known_or_local;
    static constexpr std::string_view noun = "theme";
    static constexpr std::string_view unknown_code = "theme.unknown";
    static constexpr std::string_view local_empty_code = "theme.local_empty";
    static std::span<const cnaf_theme> known_values() noexcept { return all_cnaf_themes(); }
};

/// @brief The signatory roles known to the library.
enum class known_role : std::uint8_t {
    caf,                     ///< The Caf.
    epci,                    ///< An EPCI (needs a SIREN).
    commune,                 ///< A commune (needs an INSEE code).
    conseil_departemental,   ///< The Conseil départemental.
    msa,                     ///< The MSA (agricultural social security).
    cpam,                    ///< The CPAM (health insurance).
    carsat,                  ///< The CARSAT (pensions and occupational health).
    etat,                    ///< The State (préfecture, services of the State).
    france_travail,          ///< France Travail (formerly Pôle emploi).
    syndicat_intercommunal,  ///< A SIVU/SIVOM holding a childhood or youth competence.
};

/// @brief The dataset name: `caf`, `conseil_departemental`…
[[nodiscard]] std::string_view to_string(known_role r) noexcept;
/// @brief `Caf`, `Conseil départemental`…
[[nodiscard]] std::string_view french_label(known_role r) noexcept;

/**
 * @brief The role of a signatory: a known role, or a local one written `local:<label>`.
 * @code
 * ctg::signatory_role::parse("msa");
 * ctg::signatory_role::parse("local:centre social de Ruffec");
 * ctg::signatory_role::parse("association");   // throws ctg::invalid_value
 * @endcode
 */
class signatory_role : public known_or_local<signatory_role, known_role> {
public:
    using known_or_local::known_or_local;
    /// @brief The known role, or nothing for a local one.
    [[nodiscard]] std::optional<known_role> known() const noexcept { return known_value(); }

private:
    friend known_or_local;
    static constexpr std::string_view noun = "role";
    static constexpr std::string_view unknown_code = "role.unknown";
    static constexpr std::string_view local_empty_code = "role.local_empty";
    static std::span<const known_role> known_values() noexcept;
};

// ---------------------------------------------------------------------------------------------
// Parts of a convention

/// @brief A party signing the convention.
struct signatory {
    signatory_role role = known_role::caf;  ///< Its role.
    std::string name;                       ///< Its name, e.g. `Caf de la Charente`.
    std::optional<ctg::siren> siren;        ///< SIREN (required for the `epci` role).
    std::optional<insee_code> insee;        ///< INSEE code (required for the `commune` role).
    /// @brief Member-wise equality.
    friend bool operator==(const signatory&, const signatory&) = default;
};

/**
 * @brief The territories a convention covers.
 *
 * `epcis` are covered with all their inhabitants; `communes` are communes covered individually
 * (a CTG signed with some communes of an EPCI only). A commune listed here must be a listed
 * member of an EPCI of the dataset.
 */
struct territory_coverage {
    std::vector<ctg::siren> epcis;     ///< EPCI wholly covered.
    std::vector<insee_code> communes;  ///< Communes covered individually.
    /// @brief Member-wise equality.
    friend bool operator==(const territory_coverage&, const territory_coverage&) = default;
};

/// @brief The shared diagnostic that precedes the action plan.
struct diagnostic {
    date completed_on{};  ///< Date the diagnostic was delivered.
    /// @brief Caf co-financing of the diagnostic (up to 7,500 € under circular C 2020-01).
    std::optional<money> caf_cofinancing;
    ctg::provenance provenance;  ///< Evidence for the date and the amount.
    /// @brief Member-wise equality.
    friend bool operator==(const diagnostic&, const diagnostic&) = default;
};

/**
 * @brief An indicator of a fiche action, with baseline and target as exact decimal text.
 *
 * Values are kept as written (`12`, `0.35`, `-4.5`): the library never turns them into
 * floating point. The loader checks they are decimal numbers (`-?[0-9]+(\.[0-9]+)?`).
 */
struct indicator {
    std::string id;                       ///< Identifier, unique within its fiche.
    std::string label;                    ///< What is measured.
    std::string unit;                     ///< Unit, e.g. `places`, `%`, `familles`.
    std::optional<std::string> baseline;  ///< Value at signature, when known.
    std::optional<std::string> target;    ///< Value aimed at by the end of the term.
    /// @brief Member-wise equality.
    friend bool operator==(const indicator&, const indicator&) = default;
};

/// @brief How far a fiche action has gone.
enum class action_status : std::uint8_t {
    planned,      ///< Not started.
    in_progress,  ///< Started.
    done,         ///< Completed.
    abandoned,    ///< Given up.
};

/// @brief `planned`, `in_progress`, `done` or `abandoned`.
[[nodiscard]] std::string_view to_string(action_status s) noexcept;
/// @brief Reads the names written by to_string(action_status).
/// @code
/// ctg::parse_action_status("in_progress");
/// @endcode
/// @throws ctg::invalid_value naming `field` otherwise.
[[nodiscard]] action_status parse_action_status(std::string_view text,
                                                std::string_view field = "status");

/// @brief A fiche action of the action plan.
struct fiche_action {
    std::string id;                       ///< Identifier, unique within the convention.
    std::string title;                    ///< Title.
    std::vector<std::string> objectives;  ///< Objectives, in the order given.
    std::vector<indicator> indicators;    ///< Indicators, ids unique within the fiche.
    std::string lead_partner;             ///< Partner leading the action (pilote de l'action).
    action_status status = action_status::planned;  ///< Progress.
    /// @brief Member-wise equality.
    friend bool operator==(const fiche_action&, const fiche_action&) = default;
};

/// @brief An axis (orientation) of the action plan, grouping fiches actions.
struct action_axis {
    std::string id;                    ///< Identifier, unique within the convention.
    std::string title;                 ///< Title.
    std::vector<fiche_action> fiches;  ///< Its fiches actions.
    /// @brief Member-wise equality.
    friend bool operator==(const action_axis&, const action_axis&) = default;
};

/// @brief The kinds of governance bodies of a CTG.
enum class body_kind : std::uint8_t {
    comite_pilotage,      ///< Comité de pilotage (COPIL), strategic.
    comite_technique,     ///< Comité technique (COTECH).
    comite_operationnel,  ///< Comité opérationnel.
    comite_thematique,    ///< Thematic committee / working group.
};

/// @brief `comite_pilotage`, `comite_technique`, `comite_operationnel` or `comite_thematique`.
[[nodiscard]] std::string_view to_string(body_kind k) noexcept;
/// @brief Reads the names written by to_string(body_kind).
/// @code
/// ctg::parse_body_kind("comite_pilotage");
/// @endcode
/// @throws ctg::invalid_value naming `field` otherwise.
[[nodiscard]] body_kind parse_body_kind(std::string_view text, std::string_view field = "kind");

/// @brief One meeting of a governance body.
struct meeting {
    date held_on{};    ///< Date of the meeting.
    std::string note;  ///< Optional note (empty when none).
    /// @brief Member-wise equality.
    friend bool operator==(const meeting&, const meeting&) = default;
};

/// @brief A governance body and its meetings (kept in the order given).
struct governance_body {
    std::string id;                               ///< Identifier, unique within the convention.
    body_kind kind = body_kind::comite_pilotage;  ///< Kind of body.
    std::string name;                             ///< Name, e.g. `COPIL CTG Grand Cognac`.
    std::vector<meeting> meetings;                ///< Meetings, in the order given.
    /// @brief Member-wise equality.
    friend bool operator==(const governance_body&, const governance_body&) = default;
};

/**
 * @brief An amendment (avenant) to a convention.
 *
 * When `new_end` is set the amendment prolongs the term. `new_end` follows ctg::period: it is
 * the **first day after** the prolonged term. Datasets write the last day included (JSON
 * `new_end`, like the term's `end`), which the loader converts.
 */
struct amendment {
    std::string id;               ///< Identifier, unique within the convention.
    date signed_on{};             ///< Signature date.
    std::string object;           ///< What it changes, in words.
    std::optional<date> new_end;  ///< Prolongation: first day after the new term.
    ctg::provenance provenance;   ///< Evidence for the dates.
    /// @brief Whether it prolongs the term.
    [[nodiscard]] bool is_prolongation() const noexcept { return new_end.has_value(); }
    /// @brief Member-wise equality.
    friend bool operator==(const amendment&, const amendment&) = default;
};

/// @brief A Caf referent: the chargé de conseil et développement who follows conventions.
struct caf_referent {
    std::string id;              ///< Pseudonymous identifier, unique in the dataset.
    std::string name;            ///< Name or role title (may be empty).
    ctg::provenance provenance;  ///< Evidence (illustrative in the embedded dataset).
    /// @brief Member-wise equality.
    friend bool operator==(const caf_referent&, const caf_referent&) = default;
};

// ---------------------------------------------------------------------------------------------
// The convention

/**
 * @brief A Convention Territoriale Globale between the Caf and local authorities.
 *
 * Plain immutable data once held by a ctg::dataset (which validates it). The term is the
 * half-open ctg::period `[start, end)`; datasets write `start` and the **last day included**
 * as `end`, which the loader converts (`end` 2022-12-31 → period end 2023-01-01).
 * Amendments that prolong the term move its effective end from the day they are signed
 * (effective_end(date)): on a date the convention is seen as known and in force that day.
 *
 * @code
 * const auto& ctg16 = ctg::builtin_dataset("charente-2021");
 * const ctg::convention& c = ctg16.convention_at("ctg-grand-cognac");
 * const auto on = ctg::parse_date("2021-06-30");
 * c.active_on(on);                   // true
 * @endcode
 */
struct convention {
    std::string id;    ///< Identifier, unique in the dataset.
    std::string name;  ///< Name, e.g. `CTG du Grand Cognac`.
    /// @brief Initial term `[start, end)`, before amendments (default: one day of 2000, a
    /// placeholder every loaded convention replaces).
    period term{date{std::chrono::year{2000}, std::chrono::month{1}, std::chrono::day{1}},
                date{std::chrono::year{2000}, std::chrono::month{1}, std::chrono::day{2}}};
    ctg::provenance term_provenance;            ///< Evidence for the term's dates.
    std::vector<theme> themes;                  ///< Themes, in the order given.
    std::vector<signatory> signatories;         ///< Signatories, in the order given.
    territory_coverage territories;             ///< Covered territories.
    std::optional<ctg::diagnostic> diagnostic;  ///< The shared diagnostic, when recorded.
    std::vector<action_axis> action_plan;       ///< Axes of the action plan.
    std::vector<governance_body> governance;    ///< Governance bodies.
    std::vector<amendment> amendments;          ///< Amendments, sorted by signature date.
    std::optional<std::string> referent_id;     ///< Id of the Caf referent (dataset referents).
    ctg::provenance provenance;  ///< Evidence for the rest (themes, plan, bodies…).

    /**
     * @brief The first day after the term **as it stood on `known_on`**: the initial end, moved
     * by the prolongations signed on or before `known_on` (the latest of their `new_end`).
     *
     * An amendment counts from its `signed_on`: before that day the previous term stands, so
     * an analysis on a date never sees a prolongation signed later.
     * @code
     * const auto& d = ctg::builtin_dataset("charente-2021");
     * const ctg::convention& ga = d.convention_at("ctg-grand-angouleme");  // avenant 15/11/2022
     * ctg::to_iso(ga.effective_end(ctg::parse_date("2021-06-30")));   // "2023-01-01"
     * ctg::to_iso(ga.effective_end(ctg::parse_date("2023-06-30")));   // "2024-01-01"
     * @endcode
     */
    [[nodiscard]] date effective_end(date known_on) const noexcept;
    /**
     * @brief The term as it stood on `known_on`: `[term.start(), effective_end(known_on))`.
     * @code
     * ga.effective_term(ctg::parse_date("2021-06-30")).last_day();   // 2022-12-31
     * @endcode
     */
    [[nodiscard]] period effective_term(date known_on) const;
    /**
     * @brief The first day after the **latest known** term: moved by every prolongation the
     * dataset records, whatever its signature date. It describes the dataset as recorded; an
     * analysis on a date uses effective_end(date) instead.
     * @code
     * ctg::to_iso(ga.latest_known_end());   // "2024-01-01"
     * @endcode
     */
    [[nodiscard]] date latest_known_end() const noexcept;
    /**
     * @brief The latest known term: `[term.start(), latest_known_end())`.
     * @code
     * ga.latest_known_term().last_day();   // 2023-12-31
     * @endcode
     */
    [[nodiscard]] period latest_known_term() const;
    /**
     * @brief Whether `d` lies in the term as known on `known_on` (default: `d` itself, the
     * convention in force on `d` as known that day).
     * @code
     * ga.active_on(ctg::parse_date("2023-06-30"));   // true: the avenant was signed 15/11/2022
     * ga.active_on(ctg::parse_date("2023-06-30"), ctg::parse_date("2021-06-30"));  // false
     * @endcode
     */
    [[nodiscard]] bool active_on(date d,
                                 std::optional<date> known_on = std::nullopt) const noexcept;
    /**
     * @brief The amendments that prolong the term and were signed on or before `known_on`, in
     * the order of `amendments` (by signature date).
     * @code
     * ga.prolongations_known_on(ctg::parse_date("2021-06-30")).size();   // 0
     * ga.prolongations_known_on(ctg::parse_date("2023-06-30")).size();   // 1
     * @endcode
     */
    [[nodiscard]] std::vector<const amendment*> prolongations_known_on(date known_on) const;
    /**
     * @brief Whether an amendment signed on or before `known_on` prolonged the term.
     * @code
     * ga.is_prolonged(ctg::parse_date("2021-06-30"));   // false
     * @endcode
     */
    [[nodiscard]] bool is_prolonged(date known_on) const noexcept;
    /// @brief Whether `t` is among the themes.
    [[nodiscard]] bool has_theme(const theme& t) const noexcept;
    /// @brief Whether the EPCI is wholly covered.
    [[nodiscard]] bool covers_epci(const siren& s) const noexcept;
    /// @brief Whether the themes meet the Cnaf minimum: petite enfance, jeunesse and parentalité
    /// plus at least one other theme (circular C 2020-01, as summarised by URIOPSS).
    [[nodiscard]] bool meets_cnaf_minimum() const noexcept;

    /// @brief Member-wise equality.
    friend bool operator==(const convention&, const convention&) = default;
};

}  // namespace ctg
