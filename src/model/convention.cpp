// SPDX-License-Identifier: MIT
#include <ctg/core/error.hpp>
#include <ctg/model/convention.hpp>

#include <algorithm>
#include <array>
#include <string>

namespace ctg {

namespace {

constexpr std::array<cnaf_theme, 10> cnaf_themes{cnaf_theme::petite_enfance,
                                                 cnaf_theme::enfance,
                                                 cnaf_theme::jeunesse,
                                                 cnaf_theme::parentalite,
                                                 cnaf_theme::acces_aux_droits,
                                                 cnaf_theme::inclusion_numerique,
                                                 cnaf_theme::animation_vie_sociale,
                                                 cnaf_theme::logement,
                                                 cnaf_theme::handicap,
                                                 cnaf_theme::accompagnement_social};

constexpr std::array<known_role, 10> known_roles{known_role::caf,
                                                 known_role::epci,
                                                 known_role::commune,
                                                 known_role::conseil_departemental,
                                                 known_role::msa,
                                                 known_role::cpam,
                                                 known_role::carsat,
                                                 known_role::etat,
                                                 known_role::france_travail,
                                                 known_role::syndicat_intercommunal};

bool is_blank(std::string_view s) noexcept {
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t'; });
}

template <typename Range>
std::string names_of(const Range& values) {
    std::string out;
    for (const auto v : values) {
        if (!out.empty()) {
            out += ", ";
        }
        out += to_string(v);
    }
    return out;
}

}  // namespace

std::string_view to_string(cnaf_theme t) noexcept {
    switch (t) {
        case cnaf_theme::petite_enfance: return "petite_enfance";
        case cnaf_theme::enfance: return "enfance";
        case cnaf_theme::jeunesse: return "jeunesse";
        case cnaf_theme::parentalite: return "parentalite";
        case cnaf_theme::acces_aux_droits: return "acces_aux_droits";
        case cnaf_theme::inclusion_numerique: return "inclusion_numerique";
        case cnaf_theme::animation_vie_sociale: return "animation_vie_sociale";
        case cnaf_theme::logement: return "logement";
        case cnaf_theme::handicap: return "handicap";
        case cnaf_theme::accompagnement_social: return "accompagnement_social";
    }
    return "petite_enfance";
}

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

theme theme::local(std::string_view label, std::string_view field) {
    if (is_blank(label)) {
        throw invalid_value(error_detail::of("theme.local_empty", std::string(field),
                                             std::string(local_marker) + std::string(label)));
    }
    theme t;
    t.local_ = std::string(label);
    return t;
}

theme theme::parse(std::string_view text, std::string_view field) {
    if (text.starts_with(local_marker)) {
        return local(text.substr(local_marker.size()), field);
    }
    for (const cnaf_theme c : cnaf_themes) {
        if (ctg::to_string(c) == text) {
            return theme(c);
        }
    }
    throw invalid_value(error_detail::of("theme.unknown", std::string(field), std::string(text),
                                         {{"accepted", names_of(cnaf_themes)}}));
}

std::string theme::to_string() const {
    if (cnaf_) {
        return std::string(ctg::to_string(*cnaf_));
    }
    return std::string(local_marker) + local_;
}

std::string_view to_string(known_role r) noexcept {
    switch (r) {
        case known_role::caf: return "caf";
        case known_role::epci: return "epci";
        case known_role::commune: return "commune";
        case known_role::conseil_departemental: return "conseil_departemental";
        case known_role::msa: return "msa";
        case known_role::cpam: return "cpam";
        case known_role::carsat: return "carsat";
        case known_role::etat: return "etat";
        case known_role::france_travail: return "france_travail";
        case known_role::syndicat_intercommunal: return "syndicat_intercommunal";
    }
    return "caf";
}

std::string_view french_label(known_role r) noexcept {
    switch (r) {
        case known_role::caf: return "Caf";
        case known_role::epci: return "EPCI";
        case known_role::commune: return "Commune";
        case known_role::conseil_departemental: return "Conseil départemental";
        case known_role::msa: return "MSA";
        case known_role::cpam: return "CPAM";
        case known_role::carsat: return "CARSAT";
        case known_role::etat: return "État";
        case known_role::france_travail: return "France Travail";
        case known_role::syndicat_intercommunal: return "Syndicat intercommunal";
    }
    return "Caf";
}

signatory_role signatory_role::local(std::string_view label, std::string_view field) {
    if (is_blank(label)) {
        throw invalid_value(error_detail::of("role.local_empty", std::string(field),
                                             std::string(local_marker) + std::string(label)));
    }
    signatory_role r;
    r.local_ = std::string(label);
    return r;
}

signatory_role signatory_role::parse(std::string_view text, std::string_view field) {
    if (text.starts_with(local_marker)) {
        return local(text.substr(local_marker.size()), field);
    }
    for (const known_role k : known_roles) {
        if (ctg::to_string(k) == text) {
            return signatory_role(k);
        }
    }
    throw invalid_value(error_detail::of("role.unknown", std::string(field), std::string(text),
                                         {{"accepted", names_of(known_roles)}}));
}

std::string signatory_role::to_string() const {
    if (known_) {
        return std::string(ctg::to_string(*known_));
    }
    return std::string(local_marker) + local_;
}

std::string_view to_string(action_status s) noexcept {
    switch (s) {
        case action_status::planned: return "planned";
        case action_status::in_progress: return "in_progress";
        case action_status::done: return "done";
        case action_status::abandoned: return "abandoned";
    }
    return "planned";
}

action_status parse_action_status(std::string_view text, std::string_view field) {
    for (const auto s : {action_status::planned, action_status::in_progress, action_status::done,
                         action_status::abandoned}) {
        if (to_string(s) == text) {
            return s;
        }
    }
    throw invalid_value(error_detail::of("value.one_of", std::string(field), std::string(text),
                                         {{"accepted", "planned, in_progress, done, abandoned"}}));
}

std::string_view to_string(body_kind k) noexcept {
    switch (k) {
        case body_kind::comite_pilotage: return "comite_pilotage";
        case body_kind::comite_technique: return "comite_technique";
        case body_kind::comite_operationnel: return "comite_operationnel";
        case body_kind::comite_thematique: return "comite_thematique";
    }
    return "comite_pilotage";
}

body_kind parse_body_kind(std::string_view text, std::string_view field) {
    for (const auto k : {body_kind::comite_pilotage, body_kind::comite_technique,
                         body_kind::comite_operationnel, body_kind::comite_thematique}) {
        if (ctg::to_string(k) == text) {
            return k;
        }
    }
    throw invalid_value(error_detail::of(
        "value.one_of", std::string(field), std::string(text),
        {{"accepted",
          "comite_pilotage, comite_technique, comite_operationnel, comite_thematique"}}));
}

date convention::effective_end() const noexcept {
    date end = term.end();
    for (const amendment& a : amendments) {
        if (a.new_end && *a.new_end > end) {
            end = *a.new_end;
        }
    }
    return end;
}

period convention::effective_term() const { return period(term.start(), effective_end()); }

bool convention::active_on(date d) const noexcept {
    return term.start() <= d && d < effective_end();
}

date convention::bilan_due() const { return effective_term().last_day(); }

bool convention::is_prolonged() const noexcept {
    return std::any_of(amendments.begin(), amendments.end(),
                       [](const amendment& a) { return a.is_prolongation(); });
}

bool convention::has_theme(const theme& t) const noexcept {
    return std::find(themes.begin(), themes.end(), t) != themes.end();
}

bool convention::covers_epci(const siren& s) const noexcept {
    return std::find(territories.epcis.begin(), territories.epcis.end(), s) !=
           territories.epcis.end();
}

bool convention::meets_cnaf_minimum() const noexcept {
    const bool core = has_theme(cnaf_theme::petite_enfance) && has_theme(cnaf_theme::jeunesse) &&
                      has_theme(cnaf_theme::parentalite);
    const auto others = std::count_if(themes.begin(), themes.end(), [](const theme& t) {
        return t != theme(cnaf_theme::petite_enfance) && t != theme(cnaf_theme::jeunesse) &&
               t != theme(cnaf_theme::parentalite);
    });
    return core && others >= 1;
}

}  // namespace ctg
