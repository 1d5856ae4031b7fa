// SPDX-License-Identifier: MIT
/// @file
/// @brief Territories: SIREN and INSEE codes, departments, communes and EPCI with their population.
#pragma once

#include <ctg/core/date.hpp>
#include <ctg/core/provenance.hpp>

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ctg {

/**
 * @brief A SIREN number (9 digits) whose last digit is the Luhn key; EPCI are identified by it.
 *
 * A default-constructed siren is empty (`empty()`); every parsed one is valid.
 * @code
 * auto grand_angouleme = ctg::siren::parse("200071827");
 * ctg::siren::is_valid("200071828");     // false: the Luhn key does not match
 * ctg::siren::parse("20007182", "epcis[0].siren");  // throws ctg::invalid_value
 * @endcode
 */
class siren {
public:
    /// @brief An empty SIREN, standing for "not given"; never produced by parse().
    siren() = default;
    /**
     * @brief Reads a SIREN: exactly 9 ASCII digits (no spaces) with a valid Luhn key.
     * @param text the number
     * @param field the field it comes from (JSON path, CSV column), quoted in the error
     * @throws ctg::invalid_value naming `field` and `text`, expecting
     * "a SIREN of 9 digits with a valid Luhn key".
     */
    [[nodiscard]] static siren parse(std::string_view text, std::string_view field = "siren");
    /// @brief Whether `text` is 9 digits with a valid Luhn key.
    [[nodiscard]] static bool is_valid(std::string_view text) noexcept;

    /// @brief The 9 digits (empty for a default-constructed siren).
    [[nodiscard]] const std::string& str() const noexcept { return digits_; }
    /// @brief Whether this is the default, empty SIREN.
    [[nodiscard]] bool empty() const noexcept { return digits_.empty(); }

    /// @brief SIRENs compare by their digits.
    friend auto operator<=>(const siren&, const siren&) = default;

private:
    std::string digits_;
};

/**
 * @brief An INSEE commune code (code officiel géographique): 5 characters, the department
 * (2 digits, or `2A`/`2B` for Corsica) followed by 3 digits.
 * @code
 * auto angouleme = ctg::insee_code::parse("16015");
 * ctg::insee_code::is_valid("2A004");  // true (Ajaccio)
 * ctg::insee_code::is_valid("1601");   // false
 * ctg::insee_code::is_valid("16AB5");  // false
 * @endcode
 */
class insee_code {
public:
    /// @brief An empty code, standing for "not given"; never produced by parse().
    insee_code() = default;
    /// @brief Reads a commune code.
    /// @throws ctg::invalid_value naming `field` and `text`, expecting "an INSEE commune code
    /// of 5 characters: 2 digits (or 2A/2B) then 3 digits".
    [[nodiscard]] static insee_code parse(std::string_view text, std::string_view field = "insee");
    /// @brief Whether `text` is a well-formed commune code.
    [[nodiscard]] static bool is_valid(std::string_view text) noexcept;

    /// @brief The 5 characters (empty for a default-constructed code).
    [[nodiscard]] const std::string& str() const noexcept { return code_; }
    /// @brief Whether this is the default, empty code.
    [[nodiscard]] bool empty() const noexcept { return code_.empty(); }
    /// @brief The department part: `16` for `16015`, `2A` for `2A004`.
    [[nodiscard]] std::string_view department() const noexcept {
        return std::string_view(code_).substr(0, code_.empty() ? 0 : 2);
    }

    /// @brief Codes compare by their text.
    friend auto operator<=>(const insee_code&, const insee_code&) = default;

private:
    std::string code_;
};

/// @brief The legal kind of an EPCI with own taxation (EPCI à fiscalité propre).
enum class epci_kind : std::uint8_t {
    ca,         ///< Communauté d'agglomération, written `CA`.
    cc,         ///< Communauté de communes, written `CC`.
    cu,         ///< Communauté urbaine, written `CU`.
    metropole,  ///< Métropole, written `metropole`.
};

/// @brief `CA`, `CC`, `CU` or `metropole` (the names used in datasets).
[[nodiscard]] std::string_view to_string(epci_kind kind) noexcept;
/// @brief `Communauté d'agglomération`, `Communauté de communes`, `Communauté urbaine`,
/// `Métropole`.
[[nodiscard]] std::string_view french_label(epci_kind kind) noexcept;
/**
 * @brief Reads the names written by to_string(epci_kind).
 * @code
 * ctg::parse_epci_kind("CA");  // ctg::epci_kind::ca
 * @endcode
 * @throws ctg::invalid_value naming `field` otherwise.
 */
[[nodiscard]] epci_kind parse_epci_kind(std::string_view text, std::string_view field = "kind");

/**
 * @brief A number of inhabitants with its reference year and where it was read.
 *
 * Legal populations (populations légales INSEE) of year N come into force on 1 January N+3;
 * the year here is the census reference year as the source gives it.
 * @code
 * ctg::population p{141'997, 2021, {ctg::evidence::public_source, {"INSEE", "", ""}}};
 * @endcode
 */
struct population {
    std::int64_t inhabitants = 0;  ///< Number of inhabitants (never negative in a dataset).
    int reference_year = 0;        ///< Year the count refers to, e.g. 2021.
    ctg::provenance provenance;    ///< Evidence and source of the count.
    /// @brief Member-wise equality.
    friend bool operator==(const population&, const population&) = default;
};

/**
 * @brief The reference year of the legal populations in force on `d`: the populations légales of
 * year N come into force on 1 January N+3 (INSEE), so N = year of `d` − 3.
 * @code
 * ctg::legal_population_year_on(ctg::parse_date("2021-06-30"));  // 2018
 * ctg::legal_population_year_on(ctg::parse_date("2024-01-01"));  // 2021
 * @endcode
 */
[[nodiscard]] int legal_population_year_on(date d) noexcept;

/// @brief A French department (`16`, `Charente`).
struct department {
    std::string code;            ///< Department code: `16`, `2A`, `971`.
    std::string name;            ///< Name, e.g. `Charente`.
    ctg::provenance provenance;  ///< Where the code and name come from.
    /// @brief Member-wise equality.
    friend bool operator==(const department&, const department&) = default;
};

/// @brief A commune, member of an EPCI, identified by its INSEE code.
struct commune {
    insee_code insee;                           ///< INSEE commune code, e.g. `16015`.
    std::string name;                           ///< Name, e.g. `Angoulême`.
    std::optional<ctg::population> population;  ///< Its population, when the dataset gives it.
    /// @brief Member-wise equality.
    friend bool operator==(const commune&, const commune&) = default;
};

/**
 * @brief An EPCI with own taxation (the usual signatory of a CTG).
 *
 * `commune_count` is the number of member communes as the source gives it; `communes` lists
 * them only when the dataset does (the embedded Charente dataset does not). `population` is the
 * legal population the dataset gives; `other_populations` those of other reference years, so
 * that an analysis on a date reads the one in force that day (population_on()).
 * @code
 * const ctg::epci& ga =
 * ctg::builtin_dataset("charente-2021").epci_at(ctg::siren::parse("200071827"));
 * ga.population.inhabitants;                                       // 141776 (millésime 2018)
 * ga.population_on(ctg::parse_date("2021-06-30")).reference_year;  // 2018: in force in 2021
 * @endcode
 */
struct epci {
    ctg::siren siren;                ///< SIREN (Luhn-checked).
    std::string name;                ///< Name, e.g. `CA du Grand Angoulême`.
    epci_kind kind = epci_kind::cc;  ///< CA, CC, CU or métropole.
    std::string seat;            ///< Seat commune name (siège), e.g. `Angoulême`; empty when not
                                 ///< given (the official catalogue does not give it).
    int commune_count = 0;       ///< Number of member communes (≥ 1).
    ctg::population population;  ///< Legal population with its year and source.
    std::vector<commune> communes;  ///< Member communes, possibly empty (not listed).
    ctg::provenance provenance;     ///< Evidence for the SIREN, name, kind, seat and count.
    /// @brief Legal populations of other reference years than `population`'s, each year once.
    std::vector<ctg::population> other_populations{};

    /**
     * @brief The population an analysis on `d` reads: of the populations given (`population`
     * and `other_populations`), the latest whose reference year is in force on `d`
     * (legal_population_year_on()); when none is in force yet, the earliest given, the closest
     * to the one in force (its year then differs from the year in force, which the analyses
     * report).
     * @code
     * // population 2021 and other_populations {2018}:
     * e.population_on(ctg::parse_date("2021-06-30")).reference_year;  // 2018
     * e.population_on(ctg::parse_date("2024-06-30")).reference_year;  // 2021
     * @endcode
     */
    [[nodiscard]] const ctg::population& population_on(date d) const noexcept;
    /// @brief Member-wise equality.
    friend bool operator==(const epci&, const epci&) = default;
};

}  // namespace ctg
