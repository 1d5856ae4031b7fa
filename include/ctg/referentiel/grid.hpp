// SPDX-License-Identifier: MIT
/// @file
/// @brief Evaluation grids: sections of items (per-policy missions, yes/no questions, numbers),
/// their answer scale, their cells, and the built-in `charente-2021` grid.
#pragma once

#include <ctg/core/provenance.hpp>
#include <ctg/core/text.hpp>
#include <ctg/referentiel/answer_scale.hpp>
#include <ctg/referentiel/referentiel.hpp>
#include <ctg/referentiel/volet.hpp>

#include <compare>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ctg {

/// @brief The format identifier of a grid document (`"format": "ctg.grid/1"`).
inline constexpr std::string_view grid_format = "ctg.grid/1";

/// @brief What an item asks for.
enum class item_kind : std::uint8_t {
    per_policy,  ///< A mission marked on the grid's scale once per policy column.
    yes_no,      ///< A yes/no question (`o/n` in the source), answered once.
    number,      ///< An exact non-negative decimal (e.g. FTE dedicated), answered once.
};

/// @brief `per_policy`, `yes_no` or `number`.
[[nodiscard]] std::string_view to_string(item_kind k) noexcept;
/// @brief Reads the names written by to_string(item_kind).
/// @code
/// ctg::parse_item_kind("yes_no");
/// @endcode
/// @throws ctg::invalid_value naming `field` otherwise.
[[nodiscard]] item_kind parse_item_kind(std::string_view text, std::string_view field = "kind");

/// @brief Why a source text was corrected.
enum class correction_kind : std::uint8_t {
    spelling,    ///< A misspelt word ("orgnaisation").
    grammar,     ///< An agreement or a missing word ("les projets valider").
    typography,  ///< Accents on capitals, spaces, punctuation ("Etat des lieux(…)").
};

/// @brief `spelling`, `grammar` or `typography`.
[[nodiscard]] std::string_view to_string(correction_kind k) noexcept;
/// @brief Reads the names written by to_string(correction_kind).
/// @code
/// ctg::parse_correction_kind("spelling");
/// @endcode
/// @throws ctg::invalid_value naming `field` otherwise.
[[nodiscard]] correction_kind parse_correction_kind(std::string_view text,
                                                    std::string_view field = "kind");

/// @brief One correction of the source text: the first occurrence of `original` (after the
/// previous corrections) became `corrected`.
struct text_correction {
    std::string original;                              ///< Text as the source writes it.
    std::string corrected;                             ///< Text as the grid writes it.
    correction_kind kind = correction_kind::spelling;  ///< Why.
    /// @brief Member-wise equality.
    friend bool operator==(const text_correction&, const text_correction&) = default;
};

/**
 * @brief Applies `corrections` in order, each to the first occurrence of its original text.
 * @code
 * ctg::apply_corrections("Evaluer le fctionnement",
 *                        {{"Evaluer", "Évaluer", ctg::correction_kind::typography},
 *                         {"fctionnement", "fonctionnement", ctg::correction_kind::spelling}});
 * // "Évaluer le fonctionnement"
 * @endcode
 * @return the corrected text, or nothing when an original text is not found.
 */
[[nodiscard]] std::optional<std::string> apply_corrections(
    std::string_view source, const std::vector<text_correction>& corrections);

/// @brief An item of a grid: a mission, a yes/no question or a number.
struct grid_item {
    std::string id;                            ///< Stable identifier, e.g. `1.3`.
    item_kind kind = item_kind::per_policy;    ///< What it asks for.
    localized_text text;                       ///< Corrected French text and its translation.
    std::string source_text;                   ///< Source text, when corrections were made.
    std::vector<text_correction> corrections;  ///< Corrections from `source_text` to `text.fr`.
    int decimals = 0;                          ///< Number items: decimals allowed (0–4).
    localized_text unit;                       ///< Number items: unit ("ETP" / "FTE").

    /// @brief The source text: `source_text`, or `text.fr` when nothing was corrected.
    [[nodiscard]] const std::string& verbatim() const noexcept {
        return source_text.empty() ? text.fr : source_text;
    }
    /// @brief Member-wise equality.
    friend bool operator==(const grid_item&, const grid_item&) = default;
};

/// @brief A section ("rubrique") of a grid and the référentiel activities it evaluates.
struct grid_section {
    std::string id;                            ///< Stable identifier, e.g. `1`.
    localized_text title;                      ///< Corrected French title and its translation.
    std::string source_title;                  ///< Source title, when corrections were made.
    std::vector<text_correction> corrections;  ///< Corrections from `source_title`.
    std::vector<std::string> activities;       ///< Ids of the référentiel activities it assesses.
    std::vector<grid_item> items;              ///< Items, in grid order.

    /// @brief The source title: `source_title`, or `title.fr` when nothing was corrected.
    [[nodiscard]] const std::string& verbatim() const noexcept {
        return source_title.empty() ? title.fr : source_title;
    }
    /// @brief Member-wise equality.
    friend bool operator==(const grid_section&, const grid_section&) = default;
};

/**
 * @brief One answer slot of a grid: an item, and its policy column for a per-policy item.
 * @code
 * ctg::grid_cell c{"1.3", ctg::volet::education};
 * c.to_string();                       // "1.3 education"
 * ctg::grid_cell{"5.2", {}}.to_string();  // "5.2"
 * @endcode
 */
struct grid_cell {
    std::string item_id;          ///< The item.
    std::optional<volet> policy;  ///< The policy column; none for yes/no and number items.
    /// @brief `1.3 education`, or `5.2`.
    [[nodiscard]] std::string to_string() const;
    /// @brief Member-wise equality.
    friend bool operator==(const grid_cell&, const grid_cell&) = default;
    /// @brief By item id, then policy (none first).
    friend auto operator<=>(const grid_cell&, const grid_cell&) = default;
};

/// @brief The raw parts of a grid, before validation; field names mirror the JSON keys.
struct grid_parts {
    std::string id;                      ///< Identifier, e.g. `charente-2021`.
    int version = 1;                     ///< Version; evaluations name the version they fill.
    localized_text label;                ///< Title.
    localized_text note;                 ///< How the grid was transcribed.
    std::string referentiel_id;          ///< The référentiel whose activities sections link to.
    ctg::provenance provenance;          ///< The document transcribed.
    std::vector<policy_label> policies;  ///< Policy columns, in order.
    answer_scale scale;                  ///< The scale of per-policy missions.
    std::vector<grid_section> sections;  ///< Sections, in order.
};

/**
 * @brief A validated evaluation grid; immutable, thread-safe to read.
 *
 * The built-in `charente-2021` (version 1) transcribes the Caf de la Charente's "fiches
 * d'évaluation": 5 sections of 7, 6, 9, 5 and 5 items (32), of which 27 missions assessed for
 * the three policies (81 cells), 4 yes/no questions and 1 number (FTE dedicated): 86 cells.
 * @code
 * const ctg::grid& g = ctg::builtin_grid("charente-2021");
 * g.item_count();                              // 32
 * g.count(ctg::item_kind::per_policy);         // 27
 * g.cells().size();                            // 86
 * g.item_at("2.3").text.fr;   // "Impulser une organisation permettant la parole des élus…"
 * g.item_at("2.3").verbatim();  // "Impulser une orgnaisation …" (source text)
 * g.section_of("4.5")->id;     // "4"
 * @endcode
 */
class grid {
public:
    /**
     * @brief Validates `parts` and builds the grid.
     *
     * Errors: empty id, version below 1, no policy or a policy twice, scale problems, no
     * section, empty or repeated section or item ids, empty French text, per-policy items
     * when the grid has no policy column, number decimals outside 0–4, corrections that do
     * not turn the source text into the French text, a référentiel that is not built in, an
     * activity the référentiel does not list.
     * @throws ctg::validation_error listing every error (field = JSON path); nothing is built.
     */
    [[nodiscard]] static grid build(grid_parts parts, std::string_view origin = "grid");

    /// @brief Identifier.
    [[nodiscard]] const std::string& id() const noexcept { return parts_.id; }
    /// @brief Version.
    [[nodiscard]] int version() const noexcept { return parts_.version; }
    /// @brief `charente-2021 version 1`.
    [[nodiscard]] std::string key() const;
    /// @brief Title.
    [[nodiscard]] const localized_text& label() const noexcept { return parts_.label; }
    /// @brief Transcription note.
    [[nodiscard]] const localized_text& note() const noexcept { return parts_.note; }
    /// @brief The référentiel id (may be empty).
    [[nodiscard]] const std::string& referentiel_id() const noexcept {
        return parts_.referentiel_id;
    }
    /// @brief Source.
    [[nodiscard]] const ctg::provenance& provenance() const noexcept { return parts_.provenance; }
    /// @brief Policy columns, in order.
    [[nodiscard]] const std::vector<policy_label>& policies() const noexcept {
        return parts_.policies;
    }
    /// @brief The answer scale of per-policy missions.
    [[nodiscard]] const answer_scale& scale() const noexcept { return parts_.scale; }
    /// @brief Sections, in order.
    [[nodiscard]] const std::vector<grid_section>& sections() const noexcept {
        return parts_.sections;
    }
    /// @brief All the parts.
    [[nodiscard]] const grid_parts& parts() const noexcept { return parts_; }

    /// @brief Whether `p` is one of the policy columns.
    [[nodiscard]] bool has_policy(volet p) const noexcept;
    /// @brief The label of policy column `p`, or nullptr.
    [[nodiscard]] const policy_label* find_policy(volet p) const noexcept;
    /// @brief The item with this id, or nullptr.
    [[nodiscard]] const grid_item* find_item(std::string_view item_id) const noexcept;
    /// @brief The item with this id.
    /// @throws ctg::out_of_range_value naming the id.
    [[nodiscard]] const grid_item& item_at(std::string_view item_id) const;
    /// @brief The section holding item `item_id`, or nullptr.
    [[nodiscard]] const grid_section* section_of(std::string_view item_id) const noexcept;
    /// @brief The section with this id, or nullptr.
    [[nodiscard]] const grid_section* find_section(std::string_view section_id) const noexcept;
    /// @brief Number of items.
    [[nodiscard]] std::size_t item_count() const noexcept;
    /// @brief Number of items of kind `k`.
    [[nodiscard]] std::size_t count(item_kind k) const noexcept;
    /// @brief The cells of one item: one per policy column, or one without policy.
    [[nodiscard]] std::vector<grid_cell> cells_of(const grid_item& item) const;
    /// @brief Every cell, in grid order (items, then policy columns).
    [[nodiscard]] std::vector<grid_cell> cells() const;

private:
    grid() = default;
    grid_parts parts_;
    std::map<std::string, std::pair<std::size_t, std::size_t>, std::less<>> item_index_;
};

/**
 * @brief Reads a grid from JSON text (format `ctg.grid/1`, schema in
 * `docs/schemas/grid.schema.json`).
 * @code
 * auto g = ctg::load_grid_json(text, "my-grid.json");
 * @endcode
 * @throws ctg::validation_error listing every problem with its JSON path
 * (`sections[1].items[2].kind`); nothing is built.
 */
[[nodiscard]] grid load_grid_json(std::string_view text, std::string_view origin = "grid");

/**
 * @brief Canonical JSON of a grid (key order of the schema, two-space indent, trailing newline);
 * for the built-in grids it is the embedded file itself.
 * @code
 * std::string text = ctg::to_json(ctg::builtin_grid("charente-2021"));
 * @endcode
 */
[[nodiscard]] std::string to_json(const grid& g);

/// @brief Identifiers of the grids embedded in the library, sorted (`charente-2021`).
/// @code
/// for (const auto& id : ctg::builtin_grid_ids()) { std::cout << id << '\n'; }
/// @endcode
[[nodiscard]] std::vector<std::string> builtin_grid_ids();

/**
 * @brief An embedded grid; loaded once on first use (thread-safe), the reference stays valid
 * for the program's life.
 * @code
 * const ctg::grid& g = ctg::builtin_grid("charente-2021");
 * g.version();  // 1
 * @endcode
 * @throws ctg::out_of_range_value naming the unknown id and listing the known ones.
 */
[[nodiscard]] const grid& builtin_grid(std::string_view id);

/**
 * @brief The embedded grid with this id and version, or nullptr.
 * @code
 * ctg::find_builtin_grid("charente-2021", 1);  // the grid
 * ctg::find_builtin_grid("charente-2021", 2);  // nullptr
 * @endcode
 */
[[nodiscard]] const grid* find_builtin_grid(std::string_view id, int version);

}  // namespace ctg
