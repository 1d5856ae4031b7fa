// SPDX-License-Identifier: MIT
// Builders of the small datasets written by hand in the analysis tests: dates, provenances, EPCI,
// conventions and coordination posts. Every value that differs between tests is a parameter.
#pragma once

#include <ctg/core/date.hpp>
#include <ctg/core/fte.hpp>
#include <ctg/core/provenance.hpp>
#include <ctg/model/convention.hpp>
#include <ctg/model/coordination.hpp>
#include <ctg/model/territory.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ctg_test {

/// The date written `iso` (YYYY-MM-DD).
inline ctg::date day(const char* iso) { return ctg::parse_date(iso); }

/// The day after `d`.
inline ctg::date next_day(ctg::date d) {
    return ctg::date{std::chrono::sys_days{d} + std::chrono::days{1}};
}

/// INSEE legal populations, a public source.
inline ctg::provenance public_source() {
    return {ctg::evidence::public_source,
            {"INSEE, populations légales", "", "https://www.insee.fr"}};
}

/// The ETP table of the Caf de la Charente source document.
inline ctg::provenance source_document() {
    return {ctg::evidence::source_document,
            {"Caf de la Charente, 30 juin 2021", "tableau ETP", ""}};
}

/// An EPCI of `inhabitants` (2021) in `commune_count` communes, seated at "Chef-lieu". With a
/// `source`, both the population and the EPCI carry it; without, both keep no provenance.
inline ctg::epci make_epci(const char* siren, const char* name, std::int64_t inhabitants,
                           int commune_count, const std::optional<ctg::provenance>& source) {
    ctg::epci e;
    e.siren = ctg::siren::parse(siren);
    e.name = name;
    e.seat = "Chef-lieu";
    e.commune_count = commune_count;
    e.population = {inhabitants, 2021, source.value_or(ctg::provenance{})};
    if (source) {
        e.provenance = *source;
    }
    return e;
}

/// A convention "CTG `id`" on the four themes, covering `epcis` from `first` to `last` (last day
/// included), followed by `referent` when given.
inline ctg::convention make_convention(const char* id, const char* first, const char* last,
                                       const std::vector<const char*>& epcis,
                                       std::optional<std::string> referent = std::nullopt) {
    ctg::convention c;
    c.id = id;
    c.name = std::string("CTG ") + id;
    c.term = ctg::period(day(first), next_day(day(last)));
    c.themes = {ctg::cnaf_theme::petite_enfance, ctg::cnaf_theme::jeunesse,
                ctg::cnaf_theme::parentalite, ctg::cnaf_theme::acces_aux_droits};
    for (const char* s : epcis) {
        c.territories.epcis.push_back(ctg::siren::parse(s));
    }
    c.referent_id = std::move(referent);
    return c;
}

/// A coordination post of `fte` ETP (from the source document) under `convention`, piloted by
/// the EPCI `pilot`, with the declared `expenses`.
inline ctg::coordination_post make_post(const char* id, const char* convention, const char* pilot,
                                        const char* fte,
                                        std::vector<ctg::yearly_expense> expenses) {
    ctg::coordination_post p;
    p.id = id;
    p.convention_id = convention;
    p.pilot_epci = ctg::siren::parse(pilot);
    p.contracted_fte = ctg::fte::parse(fte);
    p.fte_provenance = source_document();
    p.expenses = std::move(expenses);
    return p;
}

}  // namespace ctg_test
