// SPDX-License-Identifier: MIT
/// @file
/// @brief Coordination volume: ETP per inhabitants per EPCI and for the department, and the
/// spread between territories the source document wants to reduce.
#pragma once

#include <ctg/core/date.hpp>
#include <ctg/core/evidence_marks.hpp>
#include <ctg/core/exact_ratio.hpp>
#include <ctg/core/fte.hpp>
#include <ctg/model/dataset.hpp>
#include <ctg/model/territory.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ctg {

/// @brief The coordination volume of one EPCI.
struct epci_volume {
    ctg::siren siren;  ///< SIREN of the EPCI.
    std::string name;  ///< Name of the EPCI.
    /// @brief Population with its year and provenance: on a date, the one in force that day
    /// when the dataset gives it (epci::population_on()).
    ctg::population population;
    int commune_count = 0;           ///< Number of member communes.
    fte contracted_fte;              ///< Sum of the contracted ETP of the posts it pilots.
    std::vector<std::string> posts;  ///< Ids of the posts it pilots, in dataset order.
    /// @brief `population / ETP`, exact; none when the EPCI pilots no ETP.
    std::optional<exact_ratio> inhabitants_per_fte;
    /// @brief `ETP × 10,000 / population`, exact; none when the population is zero.
    std::optional<exact_ratio> fte_per_10000;
    evidence_marks population_marks;  ///< Provenance of the population (and commune count).
    evidence_marks fte_marks;         ///< Provenance of the contracted ETP.

    /// @brief Marks of the ratios: population and ETP together.
    [[nodiscard]] evidence_marks marks() const {
        return evidence_marks(population_marks).add(fte_marks);
    }
};

/// @brief The EPCI where the number of inhabitants per ETP is lowest or highest.
struct volume_extreme {
    ctg::siren siren;                 ///< SIREN of the EPCI.
    std::string name;                 ///< Name of the EPCI.
    exact_ratio inhabitants_per_fte;  ///< Its inhabitants per ETP, exact.
};

/**
 * @brief Spread of the inhabitants per ETP across the EPCI that pilot ETP.
 *
 * Mean and variance are **unweighted** (each EPCI counts once, whatever its size: the question
 * is how unequal territories are) and the variance is the population variance (divided by n,
 * not n − 1: the EPCI are the whole department, not a sample).
 */
struct volume_spread {
    std::size_t territories = 0;  ///< Number of EPCI compared (those with ETP).
    volume_extreme min;           ///< Fewest inhabitants per ETP (first in dataset order on ties).
    volume_extreme max;           ///< Most inhabitants per ETP (first in dataset order on ties).
    std::optional<exact_ratio> max_over_min;  ///< `max / min`; none when min is zero.
    exact_ratio mean;                         ///< Unweighted mean of the inhabitants per ETP.
    exact_ratio variance;  ///< Population variance `Σ(x − mean)² / n`, exact.

    /**
     * @brief The standard deviation `sqrt(variance)`, correctly rounded: every digit exact.
     * @code
     * auto v = ctg::coordination_volume(ctg::builtin_dataset("charente-2021"));
     * v.spread->standard_deviation({2}).to_french();
     * @endcode
     */
    [[nodiscard]] rounded_decimal standard_deviation(ratio_format format = {}) const;
    /**
     * @brief The coefficient of variation `standard deviation / mean` in percent, correctly
     * rounded (computed as `sqrt(variance / mean² × 10^4)` on integers: every digit exact);
     * none when the mean is zero.
     * @code
     * auto v = ctg::coordination_volume(ctg::builtin_dataset("charente-2021"));
     * v.spread->coefficient_of_variation_percent({2})->to_french();
     * @endcode
     */
    [[nodiscard]] std::optional<rounded_decimal> coefficient_of_variation_percent(
        ratio_format format = {}) const;
};

/**
 * @brief Contracted ETP against population, per EPCI and for the department.
 *
 * An EPCI's ETP is the sum of the contracted ETP of the posts it **pilots** (the post's
 * `pilot_epci`), as in the source document's table.
 */
struct coordination_volume_report {
    std::string dataset_id;  ///< Dataset analysed.
    std::string department;  ///< Department name.
    /// @brief Only the posts whose convention is in force on this date, as known that day;
    /// none: every post of the dataset.
    std::optional<date> on;
    std::vector<epci_volume> epcis;                  ///< Every EPCI, in dataset order.
    fte total_fte;                                   ///< Department total of contracted ETP.
    std::int64_t total_population = 0;               ///< Sum of the EPCI populations.
    std::int64_t total_communes = 0;                 ///< Sum of the EPCI commune counts.
    std::optional<exact_ratio> inhabitants_per_fte;  ///< `total_population / total_fte`.
    std::optional<exact_ratio> fte_per_10000;        ///< `total_fte × 10,000 / total_population`.
    std::optional<volume_spread> spread;             ///< None when no EPCI has ETP.
    std::vector<std::string>
        without_fte;       ///< Names of the EPCI piloting no ETP (left out of the spread).
    evidence_marks marks;  ///< Provenance of every population and ETP used.
};

/**
 * @brief The coordination volume of `d` on `on`: only the posts whose convention is in force on
 * `on` as known that day (ctg::convention::active_on()), the view every other analysis of a
 * date takes, with each EPCI's population in force on `on` when the dataset gives it
 * (epci::population_on()); without `on`, every post of the dataset (the source document's
 * table) and each EPCI's `population`.
 * @code
 * const auto& d = ctg::builtin_dataset("charente-2021");
 * auto v = ctg::coordination_volume(d);
 * v.total_fte.to_french();                              // "14,75"
 * v.inhabitants_per_fte->rounded({2}).to_french();      // "23 849,36"
 * v.spread->max.name;                                   // "CA du Grand Angoulême"
 * // 30/06/2023: the CTG of Charente Limousine, Cœur de Charente and the Rouillacais lapsed.
 * ctg::coordination_volume(d, ctg::parse_date("2023-06-30")).total_fte.to_french();  // "11,5"
 * @endcode
 */
[[nodiscard]] coordination_volume_report coordination_volume(const dataset& d,
                                                             std::optional<date> on = std::nullopt);

}  // namespace ctg
