// SPDX-License-Identifier: MIT
// Coordination volume per EPCI and spread between territories, in exact fractions.
#include <ctg/analysis/coordination_volume.hpp>

#include <string>

namespace ctg {

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
        // On a date, the population in force that day when the dataset gives it.
        const population& inhabitants = on ? e.population_on(*on) : e.population;
        epci_volume v;
        v.siren = e.siren;
        v.name = e.name;
        v.population = inhabitants;
        v.commune_count = e.commune_count;
        v.population_marks = evidence_marks::of(inhabitants.provenance);
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
                exact_ratio(inhabitants.inhabitants, 1) * exact_ratio(fte::scale, units);
        }
        if (inhabitants.inhabitants > 0) {
            // ETP × 10,000 / population = (units / 10^4) × 10^4 / population = units / population.
            v.fte_per_10000 = exact_ratio(units, inhabitants.inhabitants);
        }
        r.total_fte = r.total_fte + v.contracted_fte;
        r.total_population += inhabitants.inhabitants;
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

}  // namespace ctg
