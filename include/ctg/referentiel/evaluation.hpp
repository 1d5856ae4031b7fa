// SPDX-License-Identifier: MIT
/// @file
/// @brief A yearly evaluation of a coordination post: a filled grid, its answers and comments.
#pragma once

#include <ctg/core/date.hpp>
#include <ctg/core/provenance.hpp>
#include <ctg/referentiel/grid.hpp>
#include <ctg/referentiel/volet.hpp>

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ctg {

/// @brief The format identifier of an evaluations document (`"format": "ctg.evaluations/1"`).
inline constexpr std::string_view evaluations_format = "ctg.evaluations/1";

/**
 * @brief The answer to a number item: an exact non-negative decimal, at most four decimals.
 * @code
 * auto n = ctg::answer_number::parse("1,5");
 * n.to_string();   // "1.5"
 * n.to_french();   // "1,5"
 * ctg::answer_number::parse("beaucoup");   // throws ctg::invalid_value
 * @endcode
 */
class answer_number {
public:
    /// @brief Ten-thousandths in one unit.
    static constexpr std::int64_t scale = 10'000;

    /// @brief Zero.
    constexpr answer_number() noexcept = default;
    /// @brief Reads `1.5`, `0,75`, `2`: one '.' or ',' mark, at most four decimals, not negative.
    /// @throws ctg::invalid_value naming `field` otherwise.
    [[nodiscard]] static answer_number parse(std::string_view text,
                                             std::string_view field = "number");
    /// @brief `units` ten-thousandths.
    /// @throws ctg::invalid_value naming `field` when negative.
    [[nodiscard]] static answer_number from_ten_thousandths(std::int64_t units,
                                                            std::string_view field = "number");
    /// @brief The exact value in ten-thousandths.
    [[nodiscard]] constexpr std::int64_t ten_thousandths() const noexcept { return units_; }
    /// @brief Number of decimals needed to write the value exactly (0–4).
    [[nodiscard]] int decimals() const noexcept;
    /// @brief `1.5`: '.' mark, trailing zeros dropped.
    [[nodiscard]] std::string to_string() const;
    /// @brief `1,5`: French decimal comma.
    [[nodiscard]] std::string to_french() const;
    /// @brief Numbers compare by value.
    friend constexpr auto operator<=>(answer_number, answer_number) noexcept = default;

private:
    std::int64_t units_ = 0;
};

/// @brief Which alternative of ctg::answer holds the value.
enum class answer_kind : std::uint8_t {
    level,   ///< A code of the grid's scale (or its not-applicable mark).
    yes_no,  ///< Yes or no.
    number,  ///< An exact decimal.
};

/// @brief `level`, `yes_no` or `number`: also the JSON key of the value.
[[nodiscard]] std::string_view to_string(answer_kind k) noexcept;

/**
 * @brief The answer to one cell of a grid.
 *
 * Build one with of_level(), of_yes_no() or of_number(). Nothing is checked here: an answer
 * may name an unknown item or be of the wrong kind until validate_evaluation() says so.
 * @code
 * auto a = ctg::answer::of_level("1.1", ctg::volet::famille, "oui");
 * auto b = ctg::answer::of_yes_no("5.2", true);
 * auto c = ctg::answer::of_number("5.1", ctg::answer_number::parse("0.75"));
 * a.value_text();   // "oui"
 * b.value_text();   // "oui"
 * c.cell().to_string();  // "5.1"
 * @endcode
 */
struct answer {
    std::string item_id;                    ///< The item answered.
    std::optional<volet> policy;            ///< The policy column (per-policy items only).
    answer_kind kind = answer_kind::level;  ///< Which value below is meant.
    std::string level;                      ///< The scale code, when kind is level.
    bool yes = false;                       ///< The answer, when kind is yes_no.
    answer_number number;                   ///< The value, when kind is number.

    /// @brief A level (scale code) for an item and policy.
    [[nodiscard]] static answer of_level(std::string item_id, std::optional<volet> policy,
                                         std::string code);
    /// @brief A yes/no answer.
    [[nodiscard]] static answer of_yes_no(std::string item_id, bool yes);
    /// @brief A number.
    [[nodiscard]] static answer of_number(std::string item_id, answer_number value);

    /// @brief The cell answered.
    [[nodiscard]] grid_cell cell() const { return {item_id, policy}; }
    /// @brief The value as CSV writes it: the code, `oui`/`non`, or `1.5`.
    [[nodiscard]] std::string value_text() const;
    /// @brief Member-wise equality (unused alternatives included).
    friend bool operator==(const answer&, const answer&) = default;
};

/// @brief The comment written for an item (the grid's "Commentaires" column).
struct item_comment {
    std::string item_id;  ///< The item.
    std::string text;     ///< The comment.
    /// @brief Member-wise equality.
    friend bool operator==(const item_comment&, const item_comment&) = default;
};

/**
 * @brief A filled grid: one coordination post, one year, its answers and comments, who filled
 * it and when.
 *
 * Plain data: check it against its grid (and post) with validate_evaluation(). Missing answers
 * are allowed; they make the evaluation incomplete, not invalid.
 * @code
 * ctg::evaluation e;
 * e.grid_id = "charente-2021";
 * e.grid_version = 1;
 * e.post_id = "post-rouillacais";
 * e.year = 2021;
 * e.filled_by = "Caf de la Charente, conseillère territoriale";
 * e.filled_on = ctg::parse_date("2022-01-20");
 * e.answers.push_back(ctg::answer::of_level("1.1", ctg::volet::famille, "oui"));
 * e.comments.push_back({"1.1", "Diagnostic partagé en 2021"});
 * @endcode
 */
struct evaluation {
    std::string grid_id;                 ///< The grid filled, e.g. `charente-2021`.
    int grid_version = 0;                ///< Its version.
    std::string post_id;                 ///< The coordination post evaluated.
    int year = 0;                        ///< The calendar year evaluated.
    std::vector<answer> answers;         ///< Answers, one per answered cell.
    std::vector<item_comment> comments;  ///< Comments, at most one per item.
    std::string filled_by;               ///< Who filled the grid (empty: not said).
    std::optional<date> filled_on;       ///< When it was filled (none: not said).
    ctg::provenance provenance;          ///< Where the evaluation comes from.
    /// @brief The coordinators of the post it covers (« pour chaque coordinateur financé »), by
    /// id; empty: the post as a whole, whoever held it.
    std::vector<std::string> coordinators{};

    /// @brief The first answer for this cell, or nullptr.
    [[nodiscard]] const answer* find_answer(const grid_cell& cell) const noexcept;
    /// @brief The comment for this item, or nullptr.
    [[nodiscard]] const item_comment* find_comment(std::string_view item_id) const noexcept;
    /**
     * @brief The first day the evaluation is a known fact: its `filled_on`; without one, 1 January
     * of the year after the year evaluated (a reading of ours: a yearly evaluation is complete
     * only once its year is over, and no earlier date can be assumed).
     * @code
     * e.filled_on = ctg::parse_date("2022-01-20");
     * e.known_from();                           // 2022-01-20
     * e.known_on(ctg::parse_date("2021-06-30"));  // false: filled after that day
     * @endcode
     */
    [[nodiscard]] date known_from() const noexcept;
    /// @brief Whether the evaluation is known on `d` (known_from() ≤ `d`).
    [[nodiscard]] bool known_on(date d) const noexcept { return known_from() <= d; }
    /// @brief `post-rouillacais 2021 (charente-2021 version 1)`, for messages.
    [[nodiscard]] std::string describe() const;
    /// @brief Member-wise equality.
    friend bool operator==(const evaluation&, const evaluation&) = default;
};

}  // namespace ctg
