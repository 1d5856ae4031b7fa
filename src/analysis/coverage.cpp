// SPDX-License-Identifier: MIT
// Coverage of a department's population by active CTGs on a date, against the COG trajectory.
#include <ctg/analysis/coverage.hpp>
#include <ctg/core/enum_names.hpp>
#include <ctg/core/error.hpp>

#include <algorithm>
#include <array>
#include <string>

namespace ctg {

namespace {

constexpr std::array<enum_name<coverage_status>, 3> coverage_status_names{{
    {coverage_status::covered, "covered"},
    {coverage_status::partial, "partial"},
    {coverage_status::uncovered, "uncovered"},
}};

const std::array<cog_milestone, 5>& trajectory() {
    static const std::array<cog_milestone, 5> t{{
        {2018, rate::from_millionths(200'000)},
        {2019, rate::from_millionths(350'000)},
        {2020, rate::from_millionths(550'000)},
        {2021, rate::from_millionths(750'000)},
        {2022, rate::from_millionths(850'000)},
    }};
    return t;
}

/// Counts one EPCI read with a population of `year`, keeping the years ascending.
void count_population_year(coverage_report& r, int year) {
    auto it = std::lower_bound(
        r.population_years.begin(), r.population_years.end(), year,
        [](const population_year_count& c, int y) { return c.reference_year < y; });
    if (it == r.population_years.end() || it->reference_year != year) {
        it = r.population_years.insert(it, {year, 0, year == r.population_year_in_force});
    }
    ++it->epcis;
}

}  // namespace

std::span<const cog_milestone> cog_2018_2022_trajectory() noexcept { return trajectory(); }

std::optional<rate> cog_2018_2022_target(int year) noexcept {
    for (const cog_milestone& m : trajectory()) {
        if (m.year == year) {
            return m.target;
        }
    }
    return std::nullopt;
}

const provenance& cog_2018_2022_provenance() noexcept {
    static const provenance p{
        evidence::public_source,
        {"Caf de la Loire, rapport d'activité 2022 : la COG 2018-2022 vise à couvrir tout le "
         "territoire par des CTG",
         "trajectoire de couverture des habitants : 20 % (2018), 35 % (2019), 55 % (2020), "
         "75 % (2021), 85 % (2022)",
         "https://ra2022.caf42.fr/?p=6878"}};
    return p;
}

std::string_view to_string(coverage_status s) noexcept { return name_of(coverage_status_names, s); }

std::vector<const epci_coverage*> coverage_report::uncovered() const {
    std::vector<const epci_coverage*> out;
    for (const epci_coverage& e : epcis) {
        if (e.status != coverage_status::covered) {
            out.push_back(&e);
        }
    }
    return out;
}

std::optional<bool> coverage_report::meets_target() const {
    if (!cog_target) {
        return std::nullopt;
    }
    return share >= exact_ratio(cog_target->millionths(), rate::scale);
}

std::optional<exact_ratio> coverage_report::gap_to_target() const {
    if (!cog_target) {
        return std::nullopt;
    }
    return share - exact_ratio(cog_target->millionths(), rate::scale);
}

std::size_t coverage_report::epcis_without_population_in_force() const noexcept {
    std::size_t out = 0;
    for (const population_year_count& c : population_years) {
        out += c.in_force ? 0 : c.epcis;
    }
    return out;
}

coverage_report coverage(const dataset& d, date on, std::optional<date> known_on) {
    coverage_report r;
    r.dataset_id = d.id();
    r.department = d.department().name;
    r.on = on;
    r.known_on = known_on.value_or(on);
    r.cog_target = cog_2018_2022_target(static_cast<int>(on.year()));

    std::vector<const convention*> active;
    for (const convention& c : d.conventions()) {
        if (c.active_on(on, r.known_on)) {
            active.push_back(&c);
        }
    }
    r.population_year_in_force = legal_population_year_on(on);
    for (const epci& e : d.epcis()) {
        const population& inhabitants = e.population_on(on);
        count_population_year(r, inhabitants.reference_year);
        epci_coverage row;
        row.siren = e.siren;
        row.name = e.name;
        row.population = inhabitants;
        row.marks = evidence_marks::of(inhabitants.provenance);
        for (const convention* c : active) {
            if (c->covers_epci(e.siren)) {
                row.status = coverage_status::covered;
                row.conventions.push_back(c->id);
                row.marks.add(c->term_provenance.kind);
            }
        }
        if (row.status == coverage_status::covered) {
            row.covered_inhabitants = inhabitants.inhabitants;
        } else {
            // Communes covered individually: counted with the population the dataset gives.
            for (const convention* c : active) {
                bool used = false;
                for (const commune& m : e.communes) {
                    if (std::find(c->territories.communes.begin(), c->territories.communes.end(),
                                  m.insee) == c->territories.communes.end()) {
                        continue;
                    }
                    used = true;
                    row.status = coverage_status::partial;
                    if (m.population) {
                        row.covered_inhabitants += m.population->inhabitants;
                        row.marks.add(m.population->provenance.kind);
                    } else if (std::find(row.communes_without_population.begin(),
                                         row.communes_without_population.end(),
                                         m.insee) == row.communes_without_population.end()) {
                        row.communes_without_population.push_back(m.insee);
                    }
                }
                if (used) {
                    row.conventions.push_back(c->id);
                    row.marks.add(c->term_provenance.kind);
                }
            }
            // Never more than the EPCI: commune figures of another year could exceed it.
            row.covered_inhabitants = std::min(row.covered_inhabitants, inhabitants.inhabitants);
        }
        r.covered += row.covered_inhabitants;
        r.total += inhabitants.inhabitants;
        r.marks.add(row.marks);
        r.epcis.push_back(std::move(row));
    }
    if (r.total <= 0) {
        throw invalid_value(error_detail::of(
            "coverage.no_inhabitant", "epcis[].population.inhabitants", std::to_string(r.total)));
    }
    r.share = exact_ratio(r.covered, r.total, "coverage");
    return r;
}

}  // namespace ctg
