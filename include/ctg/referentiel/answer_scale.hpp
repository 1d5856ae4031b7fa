// SPDX-License-Identifier: MIT
/// @file
/// @brief The ordinal answer scale a grid declares for its per-policy missions.
#pragma once

#include <ctg/core/error.hpp>
#include <ctg/core/provenance.hpp>
#include <ctg/core/text.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ctg {

/// @brief One mark of a scale: its code (what answers write) and its label.
struct scale_level {
    std::string code;      ///< Code written in answers, e.g. `en_partie` or `2`.
    localized_text label;  ///< "En partie" / "Partly".
    /// @brief Member-wise equality.
    friend bool operator==(const scale_level&, const scale_level&) = default;
};

/**
 * @brief An ordinal scale: levels from lowest to highest, the level from which a mission counts
 * as achieved, and an optional "not applicable" mark that removes a cell from scores.
 *
 * The rank of a level is its position (0 for the lowest). A cell is **achieved** when its
 * level's rank is at least the rank of `achieved_from`.
 * @code
 * const auto& s = ctg::builtin_grid("charente-2021").scale();   // non < en_partie < oui
 * s.rank_of("en_partie");        // 1
 * s.is_achieved("oui");          // true
 * s.is_achieved("en_partie");    // false
 * s.is_not_applicable("sans_objet");  // true
 * auto zero_to_three = ctg::ordinal_scale(3, 2);  // "0" < "1" < "2" < "3", achieved from "2"
 * zero_to_three.is_achieved("2");                 // true
 * @endcode
 */
struct answer_scale {
    std::string id;                             ///< Identifier, e.g. `non-en-partie-oui`.
    localized_text label;                       ///< Title.
    std::vector<scale_level> levels;            ///< Levels, lowest first (at least two).
    std::string achieved_from;                  ///< Code of the lowest level counted as achieved.
    std::optional<scale_level> not_applicable;  ///< The "not applicable" mark, if allowed.
    localized_text note;                        ///< Why this scale (e.g. the source gives none).
    ctg::provenance provenance;                 ///< Where the scale comes from.

    /// @brief The level with this code (not the not-applicable mark), or nullptr.
    [[nodiscard]] const scale_level* find(std::string_view code) const noexcept;
    /// @brief The rank (0 = lowest) of the level with this code, if it is a level.
    [[nodiscard]] std::optional<std::size_t> rank_of(std::string_view code) const noexcept;
    /// @brief Whether `code` is the not-applicable mark.
    [[nodiscard]] bool is_not_applicable(std::string_view code) const noexcept;
    /// @brief Whether `code` is a level or the not-applicable mark.
    [[nodiscard]] bool accepts(std::string_view code) const noexcept;
    /// @brief Whether `code` is a level at or above `achieved_from`.
    [[nodiscard]] bool is_achieved(std::string_view code) const noexcept;
    /// @brief The accepted codes for messages, in any language: `non, en_partie, oui, sans_objet`.
    [[nodiscard]] std::string accepted_codes() const;
    /**
     * @brief Every problem of the scale, each at a path below `path` (`scale.levels[1].code`):
     * fewer than two levels, an empty or repeated code, `achieved_from` not naming a level, an
     * empty label.
     * @code
     * auto problems = ctg::ordinal_scale(3, 2).check("scale");   // empty
     * @endcode
     */
    [[nodiscard]] std::vector<error_detail> check(std::string_view path) const;
    /// @brief Member-wise equality.
    friend bool operator==(const answer_scale&, const answer_scale&) = default;
};

/**
 * @brief The ordinal scale `0`, `1`, … `top` achieved from `achieved_from`, without a
 * not-applicable mark (as in many Caf grids: 0 not started … 3 fully achieved).
 * @code
 * auto s = ctg::ordinal_scale(3, 2);
 * s.levels.size();   // 4
 * s.accepted_codes();  // "0, 1, 2, 3"
 * @endcode
 * @throws ctg::invalid_value when `top` is below 1 or above 9, or `achieved_from` is not in
 * `0..top`.
 */
[[nodiscard]] answer_scale ordinal_scale(int top, int achieved_from);

}  // namespace ctg
