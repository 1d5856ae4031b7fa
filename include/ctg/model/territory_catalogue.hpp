// SPDX-License-Identifier: MIT
/// @file
/// @brief The official territorial catalogue of one year: departments, EPCI à fiscalité propre
/// with their SIREN, kind, member communes and legal populations.
#pragma once

#include <ctg/core/provenance.hpp>
#include <ctg/model/territory.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ctg {

/// @brief A commune as the catalogue gives it.
struct catalogue_commune {
    insee_code insee;        ///< INSEE code, e.g. `16015`.
    std::string name;        ///< Official name, e.g. `Angoulême`.
    std::string department;  ///< Department code: `16`, `2A`, `971` (from the INSEE code).
    ctg::siren epci;         ///< The EPCI it belongs to; empty for the few communes outside any.
    /// @brief Legal population municipale, of the catalogue's commune_population_year().
    std::optional<std::int64_t> municipal_population;
    /// @brief Legal population totale, when the catalogue gives it.
    std::optional<std::int64_t> total_population;
    /// @brief Millésime of its populations: the catalogue's commune_population_year(), or 2017
    /// in Mayotte (INSEE's 2017 census, in every version of the package).
    int population_year = 0;
};

/// @brief An EPCI à fiscalité propre as the catalogue gives it.
struct catalogue_epci {
    ctg::siren siren;                ///< SIREN, e.g. `200071827`.
    std::string name;                ///< Official name, e.g. `CA du Grand Angoulême`.
    std::string official_kind;       ///< `CC`, `CA`, `CU`, `METRO` or `MET69` (Métropole de Lyon).
    epci_kind kind = epci_kind::cc;  ///< The dataset's kind: METRO and MET69 are `metropole`.
    /// @brief Legal population municipale, of the catalogue's epci_population_year().
    std::int64_t municipal_population = 0;
    /// @brief Legal population totale.
    std::int64_t total_population = 0;
    /// @brief Millésime of its populations: the catalogue's epci_population_year(), or 2017 in
    /// Mayotte.
    int population_year = 0;
    /// @brief Departments of its member communes, sorted: two or more for an EPCI that spans
    /// departments.
    std::vector<std::string> departments;
    /// @brief Indexes of its member communes in territory_catalogue::communes(), by INSEE code.
    std::vector<std::size_t> communes;
};

/**
 * @brief The official territories of one year, derived from `@etalab/decoupage-administratif`
 * (INSEE's Code officiel géographique and legal populations, the DGCL's list of EPCI à
 * fiscalité propre), with the package version, its integrity hash, its sources and licence.
 *
 * The library ships one file per year 2019–2026 (`YEAR.tsv`, format `ctg.territories/1`,
 * written by `src/data/territories/derive.py`); load_territory_catalogue() reads one. Lookups
 * are by department code, SIREN, exact EPCI name and INSEE code, in O(log n).
 * @code
 * auto t = ctg::load_territory_catalogue(2022);
 * t.find_epci(ctg::siren::parse("200071827"))->municipal_population;  // 142267 (millésime 2019)
 * t.epcis_in("86").size();                                           // the EPCI of the Vienne
 * t.find_commune(ctg::insee_code::parse("16015"))->name;             // "Angoulême"
 * @endcode
 */
class territory_catalogue {
public:
    /**
     * @brief Reads a catalogue file's text.
     * @param text the whole file (`#ctg.territories/1` first)
     * @param origin quoted in errors (the file's path)
     * @throws ctg::validation_error listing every error as `origin, line N`: a first line that
     * is not the format, a missing or malformed header (`#year`, `#package`, the population
     * years), a record that is not `D`, `E` or `C` or has the wrong number of fields, an invalid
     * SIREN, INSEE code or population, a `#population_year_of` naming no department, a department, EPCI or commune given twice, a commune of
     * an EPCI not listed, an EPCI without communes or whose population is not the sum of its
     * communes' (when every commune has one).
     */
    [[nodiscard]] static territory_catalogue parse(std::string_view text,
                                                   std::string_view origin = "territories");

    /// @brief The year of the Code officiel géographique, e.g. 2022.
    [[nodiscard]] int year() const noexcept { return year_; }
    /// @brief Millésime of the EPCI populations (in force on 1 January of year_when_in_force()).
    [[nodiscard]] int epci_population_year() const noexcept { return epci_population_year_; }
    /// @brief Millésime of the commune populations.
    [[nodiscard]] int commune_population_year() const noexcept { return commune_population_year_; }
    /// @brief `@etalab/decoupage-administratif`.
    [[nodiscard]] const std::string& package() const noexcept { return package_; }
    /// @brief The package version, e.g. `2.3.1`.
    [[nodiscard]] const std::string& version() const noexcept { return version_; }
    /// @brief The npm integrity hash of the package tarball (`sha512-…`).
    [[nodiscard]] const std::string& integrity() const noexcept { return integrity_; }
    /// @brief The licence of the data.
    [[nodiscard]] const std::string& licence() const noexcept { return licence_; }
    /// @brief The package's own sources (COG, DGCL list, legal populations), with their URLs.
    [[nodiscard]] std::span<const source> sources() const noexcept { return sources_; }

    /**
     * @brief A provenance citing this catalogue at `locator`: `public source`, document
     * `@etalab/decoupage-administratif VERSION (…)`, the npm URL of that version.
     * @code
     * t.provenance("EPCI 200071827, population municipale").cited.document;
     * // "Découpage administratif, @etalab/decoupage-administratif 2.3.1 (COG 2022 …)"
     * @endcode
     */
    [[nodiscard]] ctg::provenance provenance(std::string locator) const;

    /// @brief Departments, by code.
    [[nodiscard]] std::span<const department> departments() const noexcept { return departments_; }
    /// @brief EPCI, by SIREN.
    [[nodiscard]] std::span<const catalogue_epci> epcis() const noexcept { return epcis_; }
    /// @brief Communes, by INSEE code.
    [[nodiscard]] std::span<const catalogue_commune> communes() const noexcept { return communes_; }

    /// @brief The department `code` (`16`, `2A`, `971`), or nullptr.
    [[nodiscard]] const department* find_department(std::string_view code) const noexcept;
    /// @brief The EPCI of SIREN `s`, or nullptr.
    [[nodiscard]] const catalogue_epci* find_epci(const siren& s) const noexcept;
    /// @brief The EPCI whose official name is exactly `name`, or nullptr.
    [[nodiscard]] const catalogue_epci* find_epci_named(std::string_view name) const noexcept;
    /// @brief The commune of INSEE code `code`, or nullptr.
    [[nodiscard]] const catalogue_commune* find_commune(const insee_code& code) const noexcept;
    /// @brief The EPCI with at least one member commune in department `code`, by SIREN.
    [[nodiscard]] std::vector<const catalogue_epci*> epcis_in(std::string_view code) const;
    /// @brief The member communes of `e`, by INSEE code.
    [[nodiscard]] std::vector<const catalogue_commune*> communes_of(const catalogue_epci& e) const;

private:
    int year_ = 0;
    int epci_population_year_ = 0;
    int commune_population_year_ = 0;
    std::string package_;
    std::string version_;
    std::string integrity_;
    std::string licence_;
    std::vector<source> sources_;
    std::vector<department> departments_;
    std::vector<catalogue_epci> epcis_;
    std::vector<catalogue_commune> communes_;
    std::vector<std::size_t> epcis_by_name_;  // indexes into epcis_, sorted by name
};

/**
 * @brief The directory of the shipped catalogue files: `$CTG_TERRITORIES_DIR` when set and
 * not empty, else where `cmake --install` put them (`<prefix>/share/ctg/territories`).
 * The Python package passes its own copy explicitly.
 */
[[nodiscard]] std::filesystem::path territory_catalogue_directory();

/// @brief The years whose catalogue `directory` holds (`YEAR.tsv`), sorted.
/// @code
/// ctg::territory_catalogue_years();  // {2019, 2020, …, 2026}
/// @endcode
[[nodiscard]] std::vector<int> territory_catalogue_years(
    const std::filesystem::path& directory = territory_catalogue_directory());

/**
 * @brief Loads the catalogue of `year` from `directory`.
 * @code
 * auto t = ctg::load_territory_catalogue(2021);
 * t.epci_population_year();  // 2018: the legal populations in force on 1 January 2021
 * @endcode
 * @throws ctg::out_of_range_value (`territories.year`) naming the years available when there is
 * no file for `year`; ctg::validation_error from territory_catalogue::parse().
 */
[[nodiscard]] territory_catalogue load_territory_catalogue(
    int year, const std::filesystem::path& directory = territory_catalogue_directory());

/**
 * @brief The department code of a commune code: its first two characters, three for the
 * overseas departments (`971` for `97105`).
 * @code
 * ctg::department_of(ctg::insee_code::parse("97105"));  // "971"
 * ctg::department_of(ctg::insee_code::parse("2A004"));  // "2A"
 * @endcode
 */
[[nodiscard]] std::string_view department_of(const insee_code& code) noexcept;

}  // namespace ctg
