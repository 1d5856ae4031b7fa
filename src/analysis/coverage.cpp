// SPDX-License-Identifier: MIT
// Coverage of a department's population by active CTGs on a date, against the COG trajectory.
#include <ctg/analysis/coverage.hpp>
#include <ctg/analysis/markdown_table.hpp>
#include <ctg/core/enum_names.hpp>
#include <ctg/core/error.hpp>
#include "detail/decimal_text.hpp"

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

std::string count_text(std::int64_t n, language lang) {
    return detail::localize_decimal(std::to_string(n), lang == language::en ? "," : " ",
                                    lang == language::en ? '.' : ',');
}

std::string rate_text(rate r, language lang) {
    return lang == language::en ? r.to_percent_string() : r.to_french();
}

std::string signed_text(const rounded_decimal& r, language lang) {
    std::string text;  // appended: GCC 12 -O3 warns (-Wrestrict) on `"+" + std::string`
    if (r.scaled() > 0) {
        text += '+';
    }
    text += r.in(lang);
    return text;
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

coverage_report coverage(const dataset& d, date on) {
    coverage_report r;
    r.dataset_id = d.id();
    r.department = d.department().name;
    r.on = on;
    r.cog_target = cog_2018_2022_target(static_cast<int>(on.year()));

    std::vector<const convention*> active;
    for (const convention& c : d.conventions()) {
        if (c.active_on(on)) {
            active.push_back(&c);
        }
    }
    for (const epci& e : d.epcis()) {
        epci_coverage row;
        row.siren = e.siren;
        row.name = e.name;
        row.population = e.population;
        row.marks = evidence_marks::of(e.population.provenance);
        for (const convention* c : active) {
            if (c->covers_epci(e.siren)) {
                row.status = coverage_status::covered;
                row.conventions.push_back(c->id);
                row.marks.add(c->term_provenance.kind);
            }
        }
        if (row.status == coverage_status::covered) {
            row.covered_inhabitants = e.population.inhabitants;
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
            row.covered_inhabitants = std::min(row.covered_inhabitants, e.population.inhabitants);
        }
        r.covered += row.covered_inhabitants;
        r.total += e.population.inhabitants;
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

std::string coverage_report::to_text(language lang, ratio_format format) const {
    const bool en = lang == language::en;
    const int year = static_cast<int>(on.year());
    std::string out;
    out += en ? "### CTG coverage on " + to_iso(on) + " — " + department + "\n\n"
              : "### Couverture par une CTG au " + to_french(on) + " — " + department + "\n\n";
    const std::string pct = share.percent(format).in(lang) + " %";
    out += en ? "Population covered by an active CTG: " + count_text(covered, lang) + " / " +
                    count_text(total, lang) + " inhabitants, i.e. " + pct + " " + marks.to_string()
              : "Population couverte par une CTG active : " + count_text(covered, lang) + " / " +
                    count_text(total, lang) + " habitants, soit " + pct + " " + marks.to_string();
    const std::string cog_mark = mark(cog_2018_2022_provenance().kind);
    if (cog_target) {
        const std::string gap = signed_text(gap_to_target()->percent(format), lang);
        const bool met = *meets_target();
        out += en ? ". COG 2018–2022 target for " + std::to_string(year) + ": " +
                        rate_text(*cog_target, lang) + " " + cog_mark + " (" +
                        (met ? "reached" : "not reached") + ", " + gap + " points).\n\n"
                  : ". Objectif COG 2018–2022 pour " + std::to_string(year) + " : " +
                        rate_text(*cog_target, lang) + " " + cog_mark + " (" +
                        (met ? "atteint" : "non atteint") + ", " + gap + " points).\n\n";
    } else {
        out +=
            en ? ". No COG 2018–2022 target for " + std::to_string(year) + " (2018–2022 only).\n\n"
               : ". Pas d'objectif COG 2018–2022 pour " + std::to_string(year) +
                     " (2018 à 2022 seulement).\n\n";
    }

    markdown_table t(en ? std::vector<std::string>{"EPCI", "Population (year)", "Covered",
                                                   "Inhabitants covered", "Active CTG", "Marks"}
                        : std::vector<std::string>{"EPCI", "Population (année)", "Couverture",
                                                   "Habitants couverts", "CTG active", "Marques"},
                     {column_align::left, column_align::right, column_align::left,
                      column_align::right, column_align::left, column_align::left});
    for (const epci_coverage& e : epcis) {
        std::string status;
        switch (e.status) {
            case coverage_status::covered:
                status = en ? "yes" : "oui";
                break;
            case coverage_status::partial:
                status = en ? "partial" : "partielle";
                break;
            case coverage_status::uncovered:
                status = en ? "no" : "non";
                break;
        }
        std::string ctgs;
        for (const auto& id : e.conventions) {
            ctgs += (ctgs.empty() ? "" : ", ") + id;
        }
        std::string covered_text = count_text(e.covered_inhabitants, lang);
        if (!e.communes_without_population.empty()) {
            covered_text += en ? " (at least)" : " (au moins)";
        }
        t.add_row({e.name,
                   count_text(e.population.inhabitants, lang) + " (" +
                       std::to_string(e.population.reference_year) + ")",
                   status, covered_text, ctgs.empty() ? "—" : ctgs, e.marks.to_string()});
    }
    t.add_row({"**Total**", count_text(total, lang), pct, count_text(covered, lang), "",
               marks.to_string()});
    out += t.to_markdown();
    out += '\n';

    const auto missing = uncovered();
    if (missing.empty()) {
        out += en ? "EPCI not wholly covered: none.\n" : "EPCI non couverts en totalité : aucun.\n";
    } else {
        out += en ? "EPCI not wholly covered:" : "EPCI non couverts en totalité :";
        for (const epci_coverage* e : missing) {
            out += " " + e->name + " (" +
                   count_text(e->population.inhabitants - e->covered_inhabitants, lang) +
                   (en ? " inhabitants uncovered" : " habitants non couverts");
            if (!e->communes_without_population.empty()) {
                out += en ? ", at most" : ", au plus";
            }
            out += ")";
            out += e == missing.back() ? ".\n" : ";";
        }
    }
    const source& s = cog_2018_2022_provenance().cited;
    out += (en ? "COG trajectory " : "Trajectoire COG ") + cog_mark + (en ? ": " : " : ") +
           s.document + ", " + s.locator + " <" + s.url + ">.\n";
    return out;
}

}  // namespace ctg
