// SPDX-License-Identifier: MIT
/// @file
/// @brief The national list of CTG thematic fields (Cnaf themes): conventions choose theirs
/// among them, the référentiel's thematic fields map to them.
#pragma once

#include <ctg/core/text.hpp>

#include <cstdint>
#include <span>
#include <string_view>

namespace ctg {

/// @brief The thematic fields listed by the Cnaf (caf.fr, "Convention territoriale globale").
enum class cnaf_theme : std::uint8_t {
    petite_enfance,         ///< Petite enfance (early childhood).
    enfance,                ///< Enfance (childhood).
    jeunesse,               ///< Jeunesse (youth).
    parentalite,            ///< Parentalité (parenting support).
    acces_aux_droits,       ///< Accès aux droits (access to rights).
    inclusion_numerique,    ///< Inclusion numérique (digital inclusion).
    animation_vie_sociale,  ///< Animation de la vie sociale (community life).
    logement,               ///< Logement (housing).
    handicap,               ///< Handicap (disability).
    accompagnement_social,  ///< Accompagnement social (social support).
};

/// @brief The dataset name: `petite_enfance`, `acces_aux_droits`…
[[nodiscard]] std::string_view to_string(cnaf_theme t) noexcept;
/// @brief `Petite enfance` / `Early childhood`…
[[nodiscard]] const localized_text& label(cnaf_theme t) noexcept;
/// @brief The ten Cnaf themes in declaration order.
[[nodiscard]] std::span<const cnaf_theme> all_cnaf_themes() noexcept;

}  // namespace ctg
