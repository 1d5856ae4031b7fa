// SPDX-License-Identifier: MIT
/// @file
/// @brief Languages and texts given in French and English.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ctg {

/// @brief Language of labels and printed explanations; French is the default of every output.
enum class language : std::uint8_t {
    fr,  ///< French (default).
    en,  ///< English.
};

/// @brief `fr` or `en`.
[[nodiscard]] std::string_view to_string(language lang) noexcept;
/// @brief Reads `fr` or `en`.
/// @throws ctg::invalid_value naming `field` otherwise.
[[nodiscard]] language parse_language(std::string_view text, std::string_view field = "language");

/**
 * @brief A text in French and in English.
 * @code
 * ctg::localized_text label{"Plafond par ETP", "Ceiling per FTE"};
 * label.in(ctg::language::en);  // "Ceiling per FTE"
 * @endcode
 */
struct localized_text {
    std::string fr;  ///< French text.
    std::string en;  ///< English text.

    /// @brief The text in `lang`, falling back to French when the English one is empty.
    [[nodiscard]] const std::string& in(language lang) const noexcept {
        return lang == language::en && !en.empty() ? en : fr;
    }
    /// @brief Member-wise equality.
    friend bool operator==(const localized_text&, const localized_text&) = default;
};

}  // namespace ctg
