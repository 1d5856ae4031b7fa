// SPDX-License-Identifier: MIT
#include <ctg/core/enum_names.hpp>
#include <ctg/core/error.hpp>
#include <ctg/model/convention.hpp>

#include <algorithm>
#include <array>
#include <string>

namespace ctg {

namespace {

constexpr std::array<enum_name<known_role>, 10> known_role_names{{
    {known_role::caf, "caf"},
    {known_role::epci, "epci"},
    {known_role::commune, "commune"},
    {known_role::conseil_departemental, "conseil_departemental"},
    {known_role::msa, "msa"},
    {known_role::cpam, "cpam"},
    {known_role::carsat, "carsat"},
    {known_role::etat, "etat"},
    {known_role::france_travail, "france_travail"},
    {known_role::syndicat_intercommunal, "syndicat_intercommunal"},
}};
constexpr std::array<enum_name<action_status>, 4> action_status_names{{
    {action_status::planned, "planned"},
    {action_status::in_progress, "in_progress"},
    {action_status::done, "done"},
    {action_status::abandoned, "abandoned"},
}};
constexpr std::array<enum_name<body_kind>, 4> body_kind_names{{
    {body_kind::comite_pilotage, "comite_pilotage"},
    {body_kind::comite_technique, "comite_technique"},
    {body_kind::comite_operationnel, "comite_operationnel"},
    {body_kind::comite_thematique, "comite_thematique"},
}};

constexpr std::array<known_role, known_role_names.size()> known_roles = [] {
    std::array<known_role, known_role_names.size()> out{};
    for (std::size_t i = 0; i < out.size(); ++i) {
        out[i] = known_role_names[i].value;
    }
    return out;
}();

}  // namespace

std::string_view to_string(known_role r) noexcept { return name_of(known_role_names, r); }

std::span<const known_role> signatory_role::known_values() noexcept { return known_roles; }

std::string_view french_label(known_role r) noexcept {
    switch (r) {
        case known_role::caf:
            return "Caf";
        case known_role::epci:
            return "EPCI";
        case known_role::commune:
            return "Commune";
        case known_role::conseil_departemental:
            return "Conseil départemental";
        case known_role::msa:
            return "MSA";
        case known_role::cpam:
            return "CPAM";
        case known_role::carsat:
            return "CARSAT";
        case known_role::etat:
            return "État";
        case known_role::france_travail:
            return "France Travail";
        case known_role::syndicat_intercommunal:
            return "Syndicat intercommunal";
    }
    return "Caf";
}

std::string_view to_string(action_status s) noexcept { return name_of(action_status_names, s); }

action_status parse_action_status(std::string_view text, std::string_view field) {
    return parse_name(action_status_names, text, field);
}

std::string_view to_string(body_kind k) noexcept { return name_of(body_kind_names, k); }

body_kind parse_body_kind(std::string_view text, std::string_view field) {
    return parse_name(body_kind_names, text, field);
}

date convention::effective_end(date known_on) const noexcept {
    date end = term.end();
    for (const amendment& a : amendments) {
        if (a.new_end && a.signed_on <= known_on && *a.new_end > end) {
            end = *a.new_end;
        }
    }
    return end;
}

period convention::effective_term(date known_on) const {
    return period(term.start(), effective_end(known_on));
}

date convention::latest_known_end() const noexcept {
    date end = term.end();
    for (const amendment& a : amendments) {
        if (a.new_end && *a.new_end > end) {
            end = *a.new_end;
        }
    }
    return end;
}

period convention::latest_known_term() const { return period(term.start(), latest_known_end()); }

bool convention::active_on(date d, std::optional<date> known_on) const noexcept {
    return term.start() <= d && d < effective_end(known_on.value_or(d));
}

std::vector<const amendment*> convention::prolongations_known_on(date known_on) const {
    std::vector<const amendment*> out;
    for (const amendment& a : amendments) {
        if (a.is_prolongation() && a.signed_on <= known_on) {
            out.push_back(&a);
        }
    }
    return out;
}

bool convention::is_prolonged(date known_on) const noexcept {
    return std::any_of(amendments.begin(), amendments.end(), [&](const amendment& a) {
        return a.is_prolongation() && a.signed_on <= known_on;
    });
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
