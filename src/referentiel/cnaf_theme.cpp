// SPDX-License-Identifier: MIT
#include <ctg/core/enum_names.hpp>
#include <ctg/referentiel/cnaf_theme.hpp>

#include <array>
#include <cstddef>

namespace ctg {

namespace {

constexpr std::array<enum_name<cnaf_theme>, 10> cnaf_theme_names{{
    {cnaf_theme::petite_enfance, "petite_enfance"},
    {cnaf_theme::enfance, "enfance"},
    {cnaf_theme::jeunesse, "jeunesse"},
    {cnaf_theme::parentalite, "parentalite"},
    {cnaf_theme::acces_aux_droits, "acces_aux_droits"},
    {cnaf_theme::inclusion_numerique, "inclusion_numerique"},
    {cnaf_theme::animation_vie_sociale, "animation_vie_sociale"},
    {cnaf_theme::logement, "logement"},
    {cnaf_theme::handicap, "handicap"},
    {cnaf_theme::accompagnement_social, "accompagnement_social"},
}};

constexpr std::array<cnaf_theme, cnaf_theme_names.size()> cnaf_themes = [] {
    std::array<cnaf_theme, cnaf_theme_names.size()> out{};
    for (std::size_t i = 0; i < out.size(); ++i) {
        out[i] = cnaf_theme_names[i].value;
    }
    return out;
}();

}  // namespace

std::string_view to_string(cnaf_theme t) noexcept { return name_of(cnaf_theme_names, t); }

const localized_text& label(cnaf_theme t) noexcept {
    static const std::array<localized_text, 10> labels{
        localized_text{"Petite enfance", "Early childhood"},
        localized_text{"Enfance", "Childhood"},
        localized_text{"Jeunesse", "Youth"},
        localized_text{"Parentalité", "Parenting support"},
        localized_text{"Accès aux droits", "Access to rights"},
        localized_text{"Inclusion numérique", "Digital inclusion"},
        localized_text{"Animation de la vie sociale", "Community life"},
        localized_text{"Logement", "Housing"},
        localized_text{"Handicap", "Disability"},
        localized_text{"Accompagnement social", "Social support"}};
    return labels[static_cast<std::size_t>(t)];
}

std::span<const cnaf_theme> all_cnaf_themes() noexcept { return cnaf_themes; }

}  // namespace ctg
