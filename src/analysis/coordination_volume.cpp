// SPDX-License-Identifier: MIT
// Coordination volume per EPCI and spread between territories, in exact fractions.
#include <ctg/analysis/coordination_volume.hpp>
#include <ctg/analysis/markdown_table.hpp>
#include "detail/decimal_text.hpp"

#include <string>

namespace ctg {

namespace {

std::string count_text(std::int64_t n, language lang) {
    return detail::localize_decimal(std::to_string(n), lang == language::en ? "," : " ",
                                    lang == language::en ? '.' : ',');
}

std::string fte_text(fte f, language lang) {
    return lang == language::en ? f.to_string() : f.to_french();
}

std::string ratio_text(const std::optional<exact_ratio>& r, ratio_format format, language lang) {
    return r ? r->rounded(format).in(lang) : "—";
}

}  // namespace

rounded_decimal volume_spread::standard_deviation(ratio_format format) const {
    return rounded_sqrt(variance, format, "variance");
}

std::optional<rounded_decimal> volume_spread::coefficient_of_variation_percent(
    ratio_format format) const {
    if (mean.value() == 0) {
        return std::nullopt;
    }
    // CV% = sqrt(variance / mean²) × 100 = sqrt(variance / mean² × 10^4): one exact root.
    const exact_ratio squared = variance / (mean * mean) * exact_ratio(10'000, 1);
    return rounded_sqrt(squared, format, "coefficient_of_variation");
}

coordination_volume_report coordination_volume(const dataset& d, std::optional<date> on) {
    coordination_volume_report r;
    r.dataset_id = d.id();
    r.department = d.department().name;
    r.on = on;
    for (const epci& e : d.epcis()) {
        epci_volume v;
        v.siren = e.siren;
        v.name = e.name;
        v.population = e.population;
        v.commune_count = e.commune_count;
        v.population_marks = evidence_marks::of(e.population.provenance);
        v.population_marks.add(e.provenance.kind);
        for (const coordination_post& p : d.posts()) {
            if (p.pilot_epci != e.siren) {
                continue;
            }
            if (on) {
                const convention* c = d.find_convention(p.convention_id);
                if (c == nullptr || !c->active_on(*on)) {
                    continue;
                }
            }
            v.contracted_fte = v.contracted_fte + p.contracted_fte;
            v.posts.push_back(p.id);
            v.fte_marks.add(p.fte_provenance.kind);
        }
        const std::int64_t units = v.contracted_fte.ten_thousandths();
        if (units > 0) {
            v.inhabitants_per_fte =
                exact_ratio(e.population.inhabitants, 1) * exact_ratio(fte::scale, units);
        }
        if (e.population.inhabitants > 0) {
            // ETP × 10,000 / population = (units / 10^4) × 10^4 / population = units / population.
            v.fte_per_10000 = exact_ratio(units, e.population.inhabitants);
        }
        r.total_fte = r.total_fte + v.contracted_fte;
        r.total_population += e.population.inhabitants;
        r.total_communes += e.commune_count;
        r.marks.add(v.marks());
        if (!v.inhabitants_per_fte) {
            r.without_fte.push_back(v.name);
        }
        r.epcis.push_back(std::move(v));
    }
    const std::int64_t total_units = r.total_fte.ten_thousandths();
    if (total_units > 0) {
        r.inhabitants_per_fte =
            exact_ratio(r.total_population, 1) * exact_ratio(fte::scale, total_units);
    }
    if (r.total_population > 0) {
        r.fte_per_10000 = exact_ratio(total_units, r.total_population);
    }

    // Spread over the EPCI with ETP.
    volume_spread s;
    exact_ratio sum;
    exact_ratio sum_squares;
    for (const epci_volume& v : r.epcis) {
        if (!v.inhabitants_per_fte) {
            continue;
        }
        const exact_ratio& x = *v.inhabitants_per_fte;
        if (s.territories == 0 || x < s.min.inhabitants_per_fte) {
            s.min = {v.siren, v.name, x};
        }
        if (s.territories == 0 || x > s.max.inhabitants_per_fte) {
            s.max = {v.siren, v.name, x};
        }
        sum = sum + x;
        sum_squares = sum_squares + x * x;
        ++s.territories;
    }
    if (s.territories > 0) {
        const exact_ratio n(static_cast<std::int64_t>(s.territories), 1);
        s.mean = sum / n;
        s.variance = sum_squares / n - s.mean * s.mean;
        if (s.min.inhabitants_per_fte.value() != 0) {
            s.max_over_min = s.max.inhabitants_per_fte / s.min.inhabitants_per_fte;
        }
        r.spread = std::move(s);
    }
    return r;
}

std::string coordination_volume_report::to_text(language lang, ratio_format format) const {
    const bool en = lang == language::en;
    std::string out;
    out += en ? "### Coordination volume — " + department
              : "### Volume de coordination — " + department;
    if (on) {
        out += en ? " (posts of the CTGs active on " + to_iso(*on) + ")"
                  : " (postes des CTG actives au " + to_french(*on) + ")";
    }
    out += "\n\n";
    markdown_table t(
        en ? std::vector<std::string>{"EPCI", "Population (year)", "Communes", "ETP",
                                      "Inhabitants per ETP", "ETP per 10,000 inhab.", "Marks"}
           : std::vector<std::string>{"EPCI", "Population (année)", "Communes", "ETP",
                                      "Habitants par ETP", "ETP pour 10 000 hab.", "Marques"},
        {column_align::left, column_align::right, column_align::right, column_align::right,
         column_align::right, column_align::right, column_align::left});
    for (const epci_volume& v : epcis) {
        t.add_row({v.name,
                   count_text(v.population.inhabitants, lang) + " (" +
                       std::to_string(v.population.reference_year) + ")",
                   std::to_string(v.commune_count), fte_text(v.contracted_fte, lang),
                   ratio_text(v.inhabitants_per_fte, format, lang),
                   ratio_text(v.fte_per_10000, format, lang), v.marks().to_string()});
    }
    t.add_row({"**Total " + department + "**", count_text(total_population, lang),
               std::to_string(total_communes), fte_text(total_fte, lang),
               ratio_text(inhabitants_per_fte, format, lang),
               ratio_text(fte_per_10000, format, lang), marks.to_string()});
    out += t.to_markdown();
    out += '\n';

    if (!spread) {
        out +=
            en ? "No EPCI pilots ETP: no spread.\n" : "Aucun EPCI ne pilote d'ETP : pas d'écart.\n";
        return out;
    }
    const volume_spread& s = *spread;
    out += en ? "Spread of inhabitants per ETP between the " + std::to_string(s.territories) +
                    " EPCI piloting ETP (unweighted; population variance):\n\n"
              : "Écart du nombre d'habitants par ETP entre les " + std::to_string(s.territories) +
                    " EPCI pilotes d'ETP (non pondéré ; variance de population) :\n\n";
    markdown_table st(en ? std::vector<std::string>{"Indicator", "Value", "EPCI"}
                         : std::vector<std::string>{"Indicateur", "Valeur", "EPCI"},
                      {column_align::left, column_align::right, column_align::left});
    st.add_row({"minimum", s.min.inhabitants_per_fte.rounded(format).in(lang), s.min.name});
    st.add_row({"maximum", s.max.inhabitants_per_fte.rounded(format).in(lang), s.max.name});
    st.add_row({en ? "max / min ratio" : "rapport max / min",
                s.max_over_min ? s.max_over_min->rounded(format).in(lang) : "—", ""});
    st.add_row({en ? "mean" : "moyenne", s.mean.rounded(format).in(lang), ""});
    st.add_row(
        {en ? "standard deviation" : "écart type", s.standard_deviation(format).in(lang), ""});
    const auto cv = s.coefficient_of_variation_percent(format);
    st.add_row({en ? "coefficient of variation" : "coefficient de variation",
                cv ? cv->in(lang) + " %" : "—", ""});
    out += st.to_markdown();
    out += '\n';
    out += en ? "Ratios are exact fractions rounded once to " + std::to_string(format.decimals) +
                    " decimals (" + std::string(ctg::to_string(format.policy)) +
                    "); the standard deviation and the coefficient of variation are square roots "
                    "computed on integers and correctly rounded: every digit shown is exact.\n"
              : "Ratios calculés en fractions exactes, arrondis une seule fois à " +
                    std::to_string(format.decimals) + " décimales (" +
                    std::string(ctg::to_string(format.policy)) +
                    ") ; l'écart type et le coefficient de variation sont des racines carrées "
                    "calculées sur des entiers et correctement arrondies : tous les chiffres "
                    "affichés sont exacts.\n";
    if (!without_fte.empty()) {
        out += en ? "EPCI piloting no ETP (left out of the spread):"
                  : "EPCI sans ETP piloté (hors écart) :";
        for (const auto& n : without_fte) {
            out += " " + n + (n == without_fte.back() ? ".\n" : ",");
        }
    }
    return out;
}

}  // namespace ctg
