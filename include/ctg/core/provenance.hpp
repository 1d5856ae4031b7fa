// SPDX-License-Identifier: MIT
/// @file
/// @brief Where a value comes from: a cited source and the kind of evidence behind it.
#pragma once

#include <ctg/core/error.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

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
    derived,          ///< Computed from sourced values (`80 % − 55 %`): carries its derivation.
    reading,          ///< The library's reading or choice where the source is ambiguous or silent:
                      ///< carries the alternative it rejected.
};

/// @brief `source document`, `public source`, `illustrative`, `scenario`, `derived` or
/// `reading`.
[[nodiscard]] std::string_view to_string(evidence e) noexcept;
/// @brief Reads the names written by to_string(evidence).
/// @throws ctg::invalid_value naming `field` otherwise.
[[nodiscard]] evidence parse_evidence(std::string_view text, std::string_view field = "evidence");

/**
 * @brief A value's evidence and, except for illustrative values, its source.
 *
 * A derived value cites the sources it is computed from and says how (`derivation`); a reading
 * cites the source it reads and says which other reading it rejected (`alternative`). Each of
 * these two members is required for its kind and refused for any other (check_reasoning()).
 * @code
 * ctg::provenance p{ctg::evidence::derived, cited, "80 % − 55 %", ""};
 * @endcode
 */
struct provenance {
    evidence kind = evidence::illustrative;  ///< What backs the value.
    source cited;                            ///< The source (may be empty when illustrative).
    std::string
        derivation{};  ///< derived: how it is computed from its sources, e.g. `80 % − 55 %`.
    std::string alternative{};  ///< reading: the reading rejected, e.g. "a ceiling on the aid".
    /// @brief Member-wise equality.
    friend bool operator==(const provenance&, const provenance&) = default;
};

/**
 * @brief The problems of the reasoning members of `p`, as coded details whose fields are under
 * `path`: a derived value without `derivation` (`provenance.derivation_missing`), a reading
 * without `alternative` (`provenance.alternative_missing`), either member on another kind
 * (`provenance.reasoning_unexpected`). Empty when none.
 * @code
 * ctg::check_reasoning({ctg::evidence::derived, cited, "", ""}, "part_fonds_locaux.segments[0]");
 * // one detail, field "part_fonds_locaux.segments[0].derivation"
 * @endcode
 */
[[nodiscard]] std::vector<error_detail> check_reasoning(const provenance& p, std::string_view path);

/// @brief Whether a value of this kind must cite a document: every kind read or computed from
/// a source (source document, public source, derived, reading).
[[nodiscard]] bool cites_document(evidence e) noexcept;

}  // namespace ctg
