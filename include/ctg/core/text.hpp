// SPDX-License-Identifier: MIT
/// @file
/// @brief Languages and texts given in French and English.
#pragma once

#include <cstddef>
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
 * @brief The length of the valid UTF-8 sequence starting at `text[i]` (1 to 4 bytes), or 0 when
 * none starts there (a continuation byte, an overlong form, a surrogate, a code point above
 * U+10FFFF, a sequence cut short).
 * @code
 * ctg::utf8_sequence_length("é", 0);         // 2
 * ctg::utf8_sequence_length("\xEAme", 0);    // 0: Latin-1 "ê"
 * @endcode
 */
[[nodiscard]] std::size_t utf8_sequence_length(std::string_view text, std::size_t i) noexcept;

/**
 * @brief The offset of the first byte of `text` that starts no valid UTF-8 sequence, or
 * `std::string_view::npos` when `text` is valid UTF-8.
 * @code
 * ctg::invalid_utf8_at("Angoulême");       // npos
 * ctg::invalid_utf8_at("Angoul\xEAme");    // 6
 * @endcode
 */
[[nodiscard]] std::size_t invalid_utf8_at(std::string_view text) noexcept;

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
