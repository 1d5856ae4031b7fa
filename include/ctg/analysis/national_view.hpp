// SPDX-License-Identifier: MIT
/// @file
/// @brief The national view between departments: population, coverage, ETP and financing of
/// several department datasets on one date, and the spread of their coordination volume.
#pragma once

#include <ctg/analysis/national_figures.hpp>
#include <ctg/core/date.hpp>
#include <ctg/core/error.hpp>
#include <ctg/core/evidence_marks.hpp>
#include <ctg/core/exact_ratio.hpp>
#include <ctg/core/fte.hpp>
#include <ctg/core/money.hpp>
#include <ctg/model/dataset.hpp>
#include <ctg/model/territory.hpp>
#include <ctg/rules/formula.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace ctg {

/// @brief One department of the national view, as its own dataset gives it on the date.
struct national_department {
    std::string dataset_id;  ///< Dataset read.
    std::string code;        ///< Department code, e.g. `16`.
    std::string name;        ///< Department name, e.g. `Charente`.
    /// @brief The rulebook financing it: the one its department report details by default
    /// (ctg::default_detailed_rulebook() among ctg::default_report_rulebooks()).
    std::string rulebook_id;
    std::size_t epcis = 0;  ///< EPCI of the dataset.
    /// @brief Inhabitants of its EPCI, each the population in force on the date when the dataset
    /// gives it (ctg::coverage_report::total).
    std::int64_t population = 0;
    /// @brief Inhabitants covered by a CTG in force on the date (ctg::coverage_report::covered).
    std::int64_t covered = 0;
    exact_ratio covered_share;  ///< `covered / population`, exact.
    /// @brief Contracted ETP of the posts whose convention is in force on the date
    /// (ctg::coordination_volume_report::total_fte).
    fte contracted_fte;
    std::size_t posts = 0;  ///< Posts in force on the date.
    /// @brief `population / contracted_fte`, exact; none without ETP
    /// (ctg::coordination_volume_report::inhabitants_per_fte).
    std::optional<exact_ratio> inhabitants_per_fte;
    /// @brief ETP-years the year's aid pays for (ctg::financing_total::financed_fte_years of the
    /// portfolio financing at the ceiling on the date).
    exact_ratio financed_fte_years;
    /// @brief The aid of the year at the ceiling under `rulebook_id` (exact sum of the posts'
    /// rounded aids, ctg::finance_portfolio()).
    money financing;
    evidence_marks marks;  ///< Provenance of the population, coverage, ETP and financing.
};

/// @brief An EPCI listed by several department datasets (same SIREN): counted once nationally.
struct national_shared_epci {
    ctg::siren siren;                      ///< SIREN of the EPCI.
    std::string name;                      ///< Its name in the dataset whose population counts.
    std::vector<std::string> departments;  ///< Codes of the departments listing it, ascending.
    std::string counted_in;                ///< The department whose population and coverage count.
    std::int64_t population = 0;           ///< Population counted once.
    std::int64_t covered = 0;              ///< Inhabitants counted as covered, once.
};

/// @brief A department at one end of the spread, or far from the national ratio.
struct national_department_ratio {
    std::string code;                 ///< Department code.
    std::string name;                 ///< Department name.
    exact_ratio inhabitants_per_fte;  ///< Its inhabitants per ETP, exact.
    /// @brief `inhabitants_per_fte / national − 1`, exact (×100 for percent): above 0, fewer
    /// ETP for its population than the nation; below 0, more.
    exact_ratio gap_to_national;
};

/**
 * @brief Spread of the inhabitants per ETP between the departments that have ETP on the date.
 *
 * Each department counts once (unweighted: the question is how unequal departments are, not
 * how many people live in each); the variance is the population variance `Σ(x − mean)² / n`
 * (the departments read are the whole set, not a sample), held exactly.
 */
struct national_spread {
    std::size_t departments = 0;    ///< Departments compared (those with ETP).
    national_department_ratio min;  ///< Fewest inhabitants per ETP (first in code order on ties).
    national_department_ratio max;  ///< Most inhabitants per ETP (first in code order on ties).
    std::optional<exact_ratio> max_over_min;  ///< `max / min`; none when min is zero.
    exact_ratio mean;                         ///< Unweighted mean, exact.
    exact_ratio variance;                     ///< Population variance, exact.

    /**
     * @brief The population standard deviation `sqrt(variance)` in inhabitants per ETP,
     * correctly rounded (integer square root at the scale of `format`: every digit exact).
     * @code
     * view.spread->standard_deviation({2}).to_plain();   // Charente and Deux-Sèvres: "11349.72"
     * @endcode
     */
    [[nodiscard]] rounded_decimal standard_deviation(ratio_format format = {}) const;
    /**
     * @brief The coefficient of variation in percent: population standard deviation / mean ×
     * 100, computed as one integer square root of the exact `variance / mean² × 10^4` at the
     * scale of `format` (default 2 decimals, half away from zero): every digit shown is exact.
     * None when the mean is zero.
     * @code
     * view.spread->coefficient_of_variation_percent({2})->to_plain();   // "32.30"
     * @endcode
     */
    [[nodiscard]] std::optional<rounded_decimal> coefficient_of_variation_percent(
        ratio_format format = {}) const;
};

/// @brief The choices of a national view that have a default.
struct national_view_options {
    /// @brief The ETP the financing pays: contracted (default, the department report's
    /// `maximum`) or in post (its `maximum_in_post`).
    fte_basis fte_paid = fte_basis::contracted;
    /// @brief How many departments to list on each side of the national ratio.
    std::size_t farthest = 5;
};

/**
 * @brief Several department datasets side by side on a date, and nationally.
 *
 * National population and coverage count each EPCI **once** by SIREN: an EPCI listed by two
 * datasets (an EPCI spanning two departments) counts with the population of the first
 * department in code order that lists it, and as covered with the larger of the inhabitants the
 * datasets count as covered (a CTG of either Caf covers it). Department rows keep their full
 * figures. ETP and financing are summed as they are: each post is its Caf's.
 */
struct national_view {
    date on;                                       ///< Date of the view.
    fte_basis fte_paid = fte_basis::contracted;    ///< The ETP the financing pays.
    std::vector<national_department> departments;  ///< Every department, by code ascending.
    std::int64_t population = 0;                   ///< National population, each EPCI once.
    std::int64_t covered = 0;        ///< National inhabitants covered, each EPCI once.
    exact_ratio covered_share;       ///< `covered / population`.
    fte contracted_fte;              ///< Σ contracted ETP in force on the date.
    exact_ratio financed_fte_years;  ///< Σ ETP-years financed over the year.
    money financing;                 ///< Σ aid of the year at the ceiling.
    /// @brief `population / contracted_fte` (population each EPCI once); none without ETP.
    std::optional<exact_ratio> inhabitants_per_fte;
    /// @brief `financing / financed_fte_years` in euros, exact; none without ETP-years: set
    /// beside the 2017 national amount per ETP, never reconciled with it.
    std::optional<exact_ratio> amount_per_financed_fte;
    std::vector<national_shared_epci> shared_epcis;  ///< EPCI of several datasets, by SIREN.
    std::optional<national_spread> spread;           ///< None when no department has ETP.
    std::vector<std::string> without_fte;            ///< Codes of the departments without ETP.
    /// @brief Departments above the national ratio, farthest first (at most `farthest`).
    std::vector<national_department_ratio> above_national;
    /// @brief Departments below the national ratio, farthest first (at most `farthest`).
    std::vector<national_department_ratio> below_national;
    /// @brief The source document's 2017 national figures, beside (ctg::national_coordination_2017()).
    national_coordination_figures national_context = national_coordination_2017();
    /// @brief A shared EPCI whose datasets give different populations on the date
    /// (`national.epci.population_differs`), by SIREN.
    std::vector<error_detail> warnings;
    evidence_marks marks;  ///< Union of the departments' marks.
};

/**
 * @brief The national view of `datasets` on `on`: per department, its coverage
 * (ctg::coverage()), coordination volume (ctg::coordination_volume()) and financing of the year
 * at the ceiling under its own rulebook (ctg::finance_portfolio() on `on`, ETP paid
 * `options.fte_paid`); nationally the totals (each EPCI once), the spread between departments
 * and the departments farthest from the national ratio.
 * @code
 * std::vector<const ctg::dataset*> all{&ctg::builtin_dataset("charente-2021"), &deux_sevres};
 * auto view = ctg::build_national_view(all, ctg::parse_date("2022-06-30"));
 * view.population;                                        // 608 859
 * view.inhabitants_per_fte->rounded({2}).to_plain();      // "29993.05" (608,859 / 20.3)
 * @endcode
 * @throws ctg::invalid_value naming `datasets` when there is none or two are of the same
 * department (naming both), and the errors of the analyses (a parameter without value on `on`,
 * a dataset without inhabitants).
 */
[[nodiscard]] national_view build_national_view(std::span<const dataset* const> datasets, date on,
                                                const national_view_options& options = {});

}  // namespace ctg
