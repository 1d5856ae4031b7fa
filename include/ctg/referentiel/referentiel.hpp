// SPDX-License-Identifier: MIT
/// @file
/// @brief The job référentiel of the CTG coordination function: definition, thematic fields,
/// activities and expected results ("attendus"), as cited data.
#pragma once

#include <ctg/core/provenance.hpp>
#include <ctg/core/text.hpp>
#include <ctg/referentiel/cnaf_theme.hpp>
#include <ctg/referentiel/volet.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ctg {

/// @brief The format identifier of a référentiel document (`"format": "ctg.referentiel/1"`).
inline constexpr std::string_view referentiel_format = "ctg.referentiel/1";

/// @brief What the coordination function is, in the référentiel's words.
struct function_definition {
    localized_text text;         ///< The definition ("Accompagner, dans le cadre…").
    localized_text pilot;        ///< Who steers the function ("L'intercommunalité pilote…").
    localized_text framework;    ///< How the function is set up with the local authority.
    ctg::provenance provenance;  ///< Where the definition is read.
    /// @brief Member-wise equality.
    friend bool operator==(const function_definition&, const function_definition&) = default;
};

/// @brief A policy field (volet) with its label, e.g. `famille` / "Politique familiale".
struct policy_label {
    volet policy = volet::famille;  ///< The volet.
    localized_text label;           ///< "Politique familiale" / "Family policy".
    /// @brief Member-wise equality.
    friend bool operator==(const policy_label&, const policy_label&) = default;
};

/// @brief A thematic field of intervention ("petite-enfance", "accès aux droits"…).
struct thematic_field {
    std::string id;                  ///< Stable identifier, e.g. `petite_enfance`.
    localized_text label;            ///< Label as the source writes it, and its translation.
    std::optional<cnaf_theme> cnaf;  ///< The matching Cnaf CTG theme, when there is one.
    ctg::provenance provenance;      ///< Where the field is listed.
    /// @brief Member-wise equality.
    friend bool operator==(const thematic_field&, const thematic_field&) = default;
};

/// @brief One of the activities of the function ("Veille sociale des territoires"…).
struct activity {
    std::string id;              ///< Stable identifier, e.g. `veille_sociale`.
    localized_text label;        ///< The activity as the source words it, and its translation.
    ctg::provenance provenance;  ///< Where it is listed.
    /// @brief Member-wise equality.
    friend bool operator==(const activity&, const activity&) = default;
};

/// @brief One objective the function contributes to (a sub-objective of an expectation).
struct objective {
    std::string id;        ///< Stable identifier, e.g. `acces_aux_droits.1`.
    localized_text label;  ///< "Au renforcement de l'accès aux droits…".
    /// @brief Member-wise equality.
    friend bool operator==(const objective&, const objective&) = default;
};

/// @brief A group of objectives ("En matière d'accès aux droits"…).
struct objective_area {
    std::string id;                     ///< Stable identifier, e.g. `acces_aux_droits`.
    localized_text label;               ///< "En matière d'accès aux droits".
    std::vector<objective> objectives;  ///< Its objectives, in source order.
    /// @brief Member-wise equality.
    friend bool operator==(const objective_area&, const objective_area&) = default;
};

/// @brief An expected result of the function (an "attendu"), with its sub-objectives.
struct expectation {
    std::string id;                            ///< `promotion`, `articulation`, `contribution`.
    localized_text label;                      ///< "L'articulation du projet de territoire…".
    std::vector<std::string> thematic_fields;  ///< Fields it names (ids), in source order.
    std::vector<objective_area> areas;         ///< Objective groups, in source order.
    ctg::provenance provenance;                ///< Where it is listed.
    /// @brief Member-wise equality.
    friend bool operator==(const expectation&, const expectation&) = default;
};

/**
 * @brief A job référentiel of the coordination function, as data.
 *
 * The built-in `cnaf-coordination` holds the national référentiel as the Caf de la Charente
 * presents it (30 June 2021): the definition, the three policy fields, 7 thematic fields, 7
 * activities and 3 expectations, the last one with 3 areas and 7 objectives. French texts are
 * the source's; English texts are translations.
 * @code
 * const ctg::referentiel& r = ctg::builtin_referentiel("cnaf-coordination");
 * r.activities.size();                               // 7
 * r.find_activity("veille_sociale")->label.fr;       // "Veille sociale des territoires"
 * r.expectations.back().areas.at(1).objectives.size();  // 3
 * @endcode
 */
struct referentiel {
    std::string id;                               ///< Identifier, e.g. `cnaf-coordination`.
    int version = 1;                              ///< Version of this référentiel text.
    localized_text label;                         ///< Title.
    localized_text note;                          ///< What was transcribed, and how.
    ctg::provenance provenance;                   ///< The document read.
    function_definition definition;               ///< Definition of the function.
    std::vector<policy_label> policies;           ///< Policy fields (volets), in source order.
    std::vector<thematic_field> thematic_fields;  ///< Thematic fields, in source order.
    std::vector<activity> activities;             ///< Activities, in source order.
    std::vector<expectation> expectations;        ///< Expectations, in source order.

    /// @brief The activity with this id, or nullptr.
    [[nodiscard]] const activity* find_activity(std::string_view activity_id) const noexcept;
    /// @brief The thematic field with this id, or nullptr.
    [[nodiscard]] const thematic_field* find_thematic_field(
        std::string_view field_id) const noexcept;
    /// @brief The expectation with this id, or nullptr.
    [[nodiscard]] const expectation* find_expectation(
        std::string_view expectation_id) const noexcept;
    /// @brief Member-wise equality.
    friend bool operator==(const referentiel&, const referentiel&) = default;
};

/// @brief Identifiers of the référentiels embedded in the library, sorted (`cnaf-coordination`).
/// @code
/// for (const auto& id : ctg::builtin_referentiel_ids()) { std::cout << id << '\n'; }
/// @endcode
[[nodiscard]] std::vector<std::string> builtin_referentiel_ids();

/**
 * @brief An embedded référentiel; loaded once on first use (thread-safe), the reference stays
 * valid for the program's life.
 * @code
 * const auto& r = ctg::builtin_referentiel("cnaf-coordination");
 * r.definition.pilot.fr;  // "L'intercommunalité pilote de la fonction"
 * @endcode
 * @throws ctg::out_of_range_value naming the unknown id and listing the known ones.
 */
[[nodiscard]] const referentiel& builtin_referentiel(std::string_view id);

}  // namespace ctg
