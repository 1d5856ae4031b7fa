// SPDX-License-Identifier: MIT
/// @file
/// @brief Where a value comes from: a cited source and the kind of evidence behind it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ctg {

/**
 * @brief The document a value is taken from, precise enough for an auditor to find it.
 * @code
 * ctg::source s{"Caf de la Charente, « Les CTG : la coordination », 30 juin 2021",
 *               "diapositive « La fonction de coordination en Charente »", ""};
 * @endcode
 */
struct source {
    std::string document;  ///< Title, author and date of the document.
    std::string locator;   ///< Page, slide, article or section inside it.
    std::string url;       ///< Public address, empty when the document is not public.

    /// @brief `document, locator (url)` on one line.
    [[nodiscard]] std::string to_string() const;
    /// @brief Member-wise equality.
    friend bool operator==(const source&, const source&) = default;
};

/// @brief The kind of evidence behind a value; reports print it next to the value.
enum class evidence : std::uint8_t {
    source_document,  ///< Read in the Caf de la Charente presentation of 30 June 2021.
    public_source,    ///< Read in a public source (INSEE, SIREN register…), cited with its URL.
    illustrative,     ///< No source gives it: an example value chosen to exercise the model.
    scenario,         ///< Set by a user's scenario, not by any source.
};

/// @brief `source document`, `public source`, `illustrative` or `scenario`.
[[nodiscard]] std::string_view to_string(evidence e) noexcept;
/// @brief Reads the names written by to_string(evidence).
/// @throws ctg::invalid_value naming `field` otherwise.
[[nodiscard]] evidence parse_evidence(std::string_view text, std::string_view field = "evidence");

/// @brief A value's evidence and, except for illustrative values, its source.
struct provenance {
    evidence kind = evidence::illustrative;  ///< What backs the value.
    source cited;                            ///< The source (may be empty when illustrative).
    /// @brief Member-wise equality.
    friend bool operator==(const provenance&, const provenance&) = default;
};

}  // namespace ctg
