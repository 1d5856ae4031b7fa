// SPDX-License-Identifier: MIT
/// @file
/// @brief Population covered by an active CTG on a date, against the COG 2018–2022 trajectory.
#pragma once

#include <ctg/core/date.hpp>
#include <ctg/core/evidence_marks.hpp>
#include <ctg/core/exact_ratio.hpp>
#include <ctg/core/provenance.hpp>
#include <ctg/core/rate.hpp>
#include <ctg/model/dataset.hpp>
#include <ctg/model/territory.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace ctg {

/// @brief One year of the COG 2018–2022 trajectory: the share of inhabitants to cover.
struct cog_milestone {
    int year = 0;  ///< Calendar year, 2018 to 2022.
    rate target;   ///< Share of inhabitants covered by a CTG aimed at for that year.
};

/**
 * @brief The COG 2018–2022 (Cnaf–State) trajectory: 20 % in 2018, 35 % in 2019, 55 % in 2020,
 * 75 % in 2021, 85 % in 2022 of inhabitants covered by a CTG.
 * @code
 * for (const ctg::cog_milestone& m : ctg::cog_2018_2022_trajectory()) {
 *     std::cout << m.year << ' ' << m.target.to_french() << '\n';   // 2021 75 %
 * }
 * @endcode
 */
[[nodiscard]] std::span<const cog_milestone> cog_2018_2022_trajectory() noexcept;

/**
 * @brief The target of the trajectory for `year`, none outside 2018–2022 (the COG 2023–2027
 * target was not found in the sources read).
 * @code
 * ctg::cog_2018_2022_target(2021);   // 75 %
 * ctg::cog_2018_2022_target(2023);   // std::nullopt
 * @endcode
 */
[[nodiscard]] std::optional<rate> cog_2018_2022_target(int year) noexcept;

/**
 * @brief Where the trajectory is read (public source, with its URL).
 * @code
 * ctg::cog_2018_2022_provenance().cited.url;   // "https://ra2022.caf42.fr/?p=6878"
 * @endcode
 */
[[nodiscard]] const provenance& cog_2018_2022_provenance() noexcept;

/// @brief How much of an EPCI is covered on the date.
enum class coverage_status : std::uint8_t {
    covered,    ///< Wholly covered by an active convention.
    partial,    ///< Only some communes covered individually by an active convention.
    uncovered,  ///< No active convention covers it or any of its communes.
};

/// @brief `covered`, `partial` or `uncovered`.
/// @code
/// ctg::to_string(ctg::coverage_status::partial);  // "partial"
/// @endcode
[[nodiscard]] std::string_view to_string(coverage_status s) noexcept;

/// @brief The coverage of one EPCI on the date.
struct epci_coverage {
    ctg::siren siren;            ///< SIREN of the EPCI.
    std::string name;            ///< Name of the EPCI.
    ctg::population population;  ///< Its population, with year and provenance.
    coverage_status status = coverage_status::uncovered;  ///< Covered, partly or not.
    /// @brief Inhabitants counted as covered: the population when wholly covered; for a partial
    /// coverage, the sum of the populations the dataset gives for the covered communes.
    std::int64_t covered_inhabitants = 0;
    std::vector<std::string> conventions;  ///< Active conventions covering it (or its communes).
    /// @brief Communes covered individually whose population the dataset does not give: they
    /// are **not counted** (covered_inhabitants is then a lower bound).
    std::vector<insee_code> communes_without_population;
    evidence_marks marks;  ///< Provenance of the population and the CTG terms.
};

/**
 * @brief How many EPCI an analysis read with a population of one reference year.
 * @code
 * // Charente on 2021-06-30: {2021, 7, false} and {2022, 2, false}; 2018 is in force.
 * @endcode
 */
struct population_year_count {
    int reference_year = 0;  ///< Reference year of the populations read.
    std::size_t epcis = 0;   ///< EPCI read with a population of that year.
    bool in_force = false;   ///< Whether it is the year in force on the date.
    /// @brief Member-wise equality.
    friend bool operator==(const population_year_count&, const population_year_count&) = default;
};

/**
 * @brief The share of the department's population covered by an active CTG on a date.
 *
 * The department population is the sum of the EPCI populations of the dataset, each the one in
 * force on the date when the dataset gives it (epci::population_on()). A convention
 * is active on the date when the date lies in its term as known on `known_on` (the initial term
 * prolonged by the amendments signed on or before `known_on`; by default the date itself).
 */
struct coverage_report {
    std::string dataset_id;  ///< Dataset analysed.
    std::string department;  ///< Department name, e.g. `Charente`.
    date on;                 ///< Date of the coverage.
    date known_on;  ///< Date of knowledge: amendments signed later are left out (default `on`).
    std::int64_t covered = 0;          ///< Inhabitants covered.
    std::int64_t total = 0;            ///< Inhabitants of the department (sum of the EPCI).
    exact_ratio share;                 ///< `covered / total`, exact.
    std::optional<rate> cog_target;    ///< COG 2018–2022 target of the year of `on`, if any.
    std::vector<epci_coverage> epcis;  ///< Every EPCI, in dataset order.
    evidence_marks marks;              ///< Provenance of every value the share uses.
    /// @brief Reference year of the legal populations in force on `on`
    /// (legal_population_year_on()).
    int population_year_in_force = 0;
    /// @brief The reference years of the EPCI populations read, ascending: a year other than
    /// the one in force means the dataset does not give the population in force that day.
    std::vector<population_year_count> population_years;

    /**
     * @brief How many EPCI were read with a population of another year than the one in force.
     * @code
     * report.epcis_without_population_in_force();  // Charente on 2021-06-30: 9 (2018 absent)
     * @endcode
     */
    [[nodiscard]] std::size_t epcis_without_population_in_force() const noexcept;

    /**
     * @brief The EPCI not wholly covered (partial or uncovered), in dataset order.
     * @code
     * for (const ctg::epci_coverage* e : report.uncovered()) { std::cout << e->name << '\n'; }
     * @endcode
     */
    [[nodiscard]] std::vector<const epci_coverage*> uncovered() const;
    /**
     * @brief Whether the share reaches the COG target (none when there is no target).
     * @code
     * report.meets_target();   // Charente on 2021-06-30: true (100 % ≥ 75 %)
     * @endcode
     */
    [[nodiscard]] std::optional<bool> meets_target() const;
    /**
     * @brief `share − target` as an exact share (×100 for percentage points); none without target.
     * @code
     * report.gap_to_target()->percent({2}).to_french();   // Charente on 2021-06-30: "25,00"
     * @endcode
     */
    [[nodiscard]] std::optional<exact_ratio> gap_to_target() const;
};

/**
 * @brief The coverage of `d` on `on`, with the conventions in force on `on` as known on
 * `known_on` (default: `on` itself, the department as it stood that day).
 *
 * A later `known_on` reads a past date with what was learnt since (a prolongation signed
 * afterwards); an earlier one projects a later date from what was known then (a department
 * report on 30/06/2021 reads its 2022 trajectory point so).
 * @code
 * const auto& d = ctg::builtin_dataset("charente-2021");
 * auto c = ctg::coverage(d, ctg::parse_date("2021-06-30"));
 * c.covered;                              // 351778
 * c.share.percent().to_french();          // "100,00"
 * c.cog_target->to_french();              // "75 %"
 * // 30/06/2023 as known on 30/06/2021: the prolongations of Grand Angoulême and of the
 * // 4B Sud-Charente (signed in November and December 2022) are not yet known.
 * ctg::coverage(d, ctg::parse_date("2023-06-30"), ctg::parse_date("2021-06-30")).covered;
 * @endcode
 * @throws ctg::invalid_value when the dataset has no inhabitants (the share is undefined).
 */
[[nodiscard]] coverage_report coverage(const dataset& d, date on,
                                       std::optional<date> known_on = std::nullopt);

}  // namespace ctg
