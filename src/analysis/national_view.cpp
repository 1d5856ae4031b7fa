// SPDX-License-Identifier: MIT
// The national view: each department through its own analyses (coverage, coordination volume,
// portfolio financing), then the national totals with each EPCI once, and the spread.
#include <ctg/analysis/coordination_volume.hpp>
#include <ctg/analysis/coverage.hpp>
#include <ctg/analysis/department_report.hpp>
#include <ctg/analysis/national_view.hpp>
#include <ctg/analysis/portfolio_financing.hpp>
#include <ctg/core/error.hpp>
#include <ctg/rules/rulebook.hpp>

#include <algorithm>
#include <map>
#include <string>
#include <utility>

namespace ctg {

rounded_decimal national_spread::standard_deviation(ratio_format format) const {
    return rounded_sqrt(variance, format, "variance");
}

std::optional<rounded_decimal> national_spread::coefficient_of_variation_percent(
    ratio_format format) const {
    if (mean.value() == 0) {
        return std::nullopt;
    }
    // CV% = sqrt(variance / mean²) × 100 = sqrt(variance / mean² × 10^4): one exact root.
    const exact_ratio squared = variance / (mean * mean) * exact_ratio(10'000, 1);
    return rounded_sqrt(squared, format, "coefficient_of_variation");
}

namespace {

/// The rulebook the department report of `d` details by default, among its default rulebooks.
std::string own_rulebook(const dataset& d) {
    std::vector<rulebook> rules;
    for (const std::string& id : default_report_rulebooks(d)) {
        rules.push_back(builtin_rulebook(id));
    }
    return default_detailed_rulebook(d, rules);
}

/// One department through the existing analyses, with its coverage kept for the deduplication.
national_department read_department(const dataset& d, date on, fte_basis fte_paid,
                                    coverage_report& cov) {
    national_department row;
    row.dataset_id = d.id();
    row.code = d.department().code;
    row.name = d.department().name;
    row.rulebook_id = own_rulebook(d);
    row.epcis = d.epcis().size();
    cov = coverage(d, on);
    row.population = cov.total;
    row.covered = cov.covered;
    row.covered_share = cov.share;
    const coordination_volume_report volume = coordination_volume(d, on);
    row.contracted_fte = volume.total_fte;
    for (const epci_volume& e : volume.epcis) {
        row.posts += e.posts.size();
    }
    row.inhabitants_per_fte = volume.inhabitants_per_fte;
    const portfolio_financing financed = finance_portfolio(d, builtin_rulebook(row.rulebook_id), on,
                                                           expense_basis::at_ceiling, fte_paid);
    row.financed_fte_years = financed.total.financed_fte_years;
    row.financing = financed.total.total;
    row.marks = evidence_marks(cov.marks).add(volume.marks).add(financed.total.marks);
    return row;
}

national_department_ratio ratio_of(const national_department& row, const exact_ratio& national) {
    const exact_ratio& x = *row.inhabitants_per_fte;
    return {row.code, row.name, x, x / national - exact_ratio(1, 1)};
}

}  // namespace

national_view build_national_view(std::span<const dataset* const> datasets, date on,
                                  const national_view_options& options) {
    if (datasets.empty()) {
        throw invalid_value(error_detail::of("national.datasets.empty", "datasets", ""));
    }
    // Department code order, and one dataset per department.
    std::vector<const dataset*> ordered(datasets.begin(), datasets.end());
    std::stable_sort(ordered.begin(), ordered.end(), [](const dataset* a, const dataset* b) {
        return a->department().code < b->department().code;
    });
    for (std::size_t i = 1; i < ordered.size(); ++i) {
        if (ordered[i]->department().code == ordered[i - 1]->department().code) {
            throw invalid_value(error_detail::of(
                "national.department.repeated", "datasets", ordered[i]->id(),
                {{"first", ordered[i - 1]->id()}, {"department", ordered[i]->department().code}}));
        }
    }

    national_view v;
    v.on = on;
    v.fte_paid = options.fte_paid;

    // Each EPCI once by SIREN: the first department (code order) listing it gives its
    // population; covered is the largest count of any dataset listing it.
    struct counted {
        std::int64_t population = 0;
        std::int64_t covered = 0;
        std::string name;
        std::vector<std::string> departments;
    };
    std::map<siren, counted> by_siren;
    for (const dataset* d : ordered) {
        coverage_report cov;
        national_department row = read_department(*d, on, options.fte_paid, cov);
        for (const epci_coverage& e : cov.epcis) {
            auto [it, fresh] = by_siren.try_emplace(e.siren);
            counted& c = it->second;
            if (fresh) {
                c.population = e.population.inhabitants;
                c.covered = e.covered_inhabitants;
                c.name = e.name;
            } else {
                if (e.population.inhabitants != c.population) {
                    v.warnings.push_back(
                        error_detail::of("national.epci.population_differs",
                                         "epcis[" + e.siren.str() + "].population",
                                         std::to_string(e.population.inhabitants),
                                         {{"department", c.departments.front()},
                                          {"siren", e.siren.str()},
                                          {"population", std::to_string(c.population)}}));
                }
                c.covered = std::min(c.population, std::max(c.covered, e.covered_inhabitants));
            }
            c.departments.push_back(row.code);
        }
        v.contracted_fte = v.contracted_fte + row.contracted_fte;
        v.financed_fte_years = v.financed_fte_years + row.financed_fte_years;
        v.financing += row.financing;
        v.marks.add(row.marks);
        if (!row.inhabitants_per_fte) {
            v.without_fte.push_back(row.code);
        }
        v.departments.push_back(std::move(row));
    }
    for (const auto& [s, c] : by_siren) {
        v.population += c.population;
        v.covered += c.covered;
        if (c.departments.size() > 1) {
            v.shared_epcis.push_back(
                {s, c.name, c.departments, c.departments.front(), c.population, c.covered});
        }
    }
    if (v.population > 0) {
        v.covered_share = exact_ratio(v.covered, v.population);
    }
    const std::int64_t units = v.contracted_fte.ten_thousandths();
    if (units > 0) {
        v.inhabitants_per_fte = exact_ratio(v.population, 1) * exact_ratio(fte::scale, units);
    }
    if (v.financed_fte_years.value() != 0) {
        v.amount_per_financed_fte =
            exact_ratio(v.financing.cents(), 100, "financing") / v.financed_fte_years;
    }

    // Spread over the departments with ETP, in code order.
    national_spread s;
    exact_ratio sum;
    exact_ratio sum_squares;
    const exact_ratio national = v.inhabitants_per_fte.value_or(exact_ratio(1, 1));
    std::vector<national_department_ratio> with_fte;
    for (const national_department& row : v.departments) {
        if (!row.inhabitants_per_fte) {
            continue;
        }
        national_department_ratio r = ratio_of(row, national);
        const exact_ratio& x = r.inhabitants_per_fte;
        if (s.departments == 0 || x < s.min.inhabitants_per_fte) {
            s.min = r;
        }
        if (s.departments == 0 || x > s.max.inhabitants_per_fte) {
            s.max = r;
        }
        sum = sum + x;
        sum_squares = sum_squares + x * x;
        ++s.departments;
        with_fte.push_back(std::move(r));
    }
    if (s.departments > 0) {
        const exact_ratio n(static_cast<std::int64_t>(s.departments), 1);
        s.mean = sum / n;
        s.variance = sum_squares / n - s.mean * s.mean;
        if (s.min.inhabitants_per_fte.value() != 0) {
            s.max_over_min = s.max.inhabitants_per_fte / s.min.inhabitants_per_fte;
        }
        v.spread = std::move(s);

        // Farthest first on each side; ties keep code order (stable sorts of the code order).
        std::vector<national_department_ratio> ascending = with_fte;
        std::stable_sort(ascending.begin(), ascending.end(), [](const auto& a, const auto& b) {
            return a.inhabitants_per_fte < b.inhabitants_per_fte;
        });
        std::stable_sort(with_fte.begin(), with_fte.end(), [](const auto& a, const auto& b) {
            return a.inhabitants_per_fte > b.inhabitants_per_fte;
        });
        for (const auto& r : with_fte) {
            if (r.gap_to_national.value() > 0 && v.above_national.size() < options.farthest) {
                v.above_national.push_back(r);
            }
        }
        for (const auto& r : ascending) {
            if (r.gap_to_national.value() < 0 && v.below_national.size() < options.farthest) {
                v.below_national.push_back(r);
            }
        }
    }
    return v;
}

}  // namespace ctg
