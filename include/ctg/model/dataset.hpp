// SPDX-License-Identifier: MIT
/// @file
/// @brief A validated, immutable dataset: a department, its EPCI, its CTGs, their coordination
/// posts and the yearly evaluations of those posts.
#pragma once

#include <ctg/core/error.hpp>
#include <ctg/core/fte.hpp>
#include <ctg/core/text.hpp>
#include <ctg/model/convention.hpp>
#include <ctg/model/coordination.hpp>
#include <ctg/model/territory.hpp>
#include <ctg/referentiel/evaluation.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace ctg {

/// @brief The format identifier every dataset document carries (`"format": "ctg.dataset/1"`).
inline constexpr std::string_view dataset_format = "ctg.dataset/1";

/// @brief Contracted ETP above which a post draws the warning
/// `dataset.post.contracted_fte_large` (naming the post): 10 ETP. The library's choice, not a
/// rule of the Cnaf: the Charente's largest post is 4 ETP (Grand Cognac), and 15 for 1.5 is the
/// typo it catches. A larger post still loads and is financed.
inline constexpr std::int64_t max_plausible_post_fte = 10;

/// @brief Bounds that keep every sum of a dataset exact in 64 bits, whatever the number of
/// EPCI, communes or posts a file could hold: above them a value is an error naming its path.
/// The library's choice, far above any real figure (France: about 68 million inhabitants).
inline constexpr std::int64_t max_population = 100'000'000;
/// @brief At most 1,000 contracted ETP on one post (an error; above 10 a warning already).
inline constexpr std::int64_t max_post_fte = 1'000;
/// @brief At most 1,000,000,000.00 € of declared expense for one post and year.
inline constexpr std::int64_t max_expense_euros = 1'000'000'000;

/**
 * @brief The raw parts of a dataset, before validation. Build a ctg::dataset from it.
 *
 * Field names mirror the JSON keys, so validation messages use JSON paths
 * (`epcis[3].siren`, `posts[0].coordinators[1].fte`, `evaluations[2].answers[3].level`).
 */
struct dataset_parts {
    std::string id;              ///< Identifier, e.g. `charente-2021`.
    localized_text label;        ///< Title in French and English.
    ctg::department department;  ///< The department.
    /// @brief Id of the department's own rulebook (e.g. `charente-2021`), the one its reports
    /// detail by default; empty when it has none. Not checked here: a rulebook may come from a
    /// file as well as from the built-in ones.
    std::string rulebook;
    /// @brief Id of the built-in grid the department's evaluations use (e.g. `charente-2021`);
    /// empty when none is named.
    std::string grid;
    std::vector<caf_referent> referents;  ///< Caf referents (chargés de conseil et développement).
    std::vector<epci> epcis;              ///< EPCI of the department.
    std::vector<convention> conventions;   ///< CTGs.
    std::vector<coordination_post> posts;  ///< Coordination posts.
    std::vector<evaluation> evaluations;   ///< Yearly evaluations of the posts (filled grids).
};

/**
 * @brief A validated dataset; immutable, cheap to share by const reference, thread-safe to read.
 *
 * Built by dataset::build() (or the loaders in `ctg/io`), which checks every rule below and
 * throws ctg::validation_error listing **all** errors, each with its JSON path; warnings are kept
 * in warnings().
 *
 * Errors: invalid or empty SIREN/INSEE code; duplicate ids (referents, EPCI SIRENs, conventions,
 * posts; and within their parent: communes, axes and fiches, indicators, bodies, amendments,
 * coordinators); references to unknown EPCI, communes, conventions or referents; a signatory
 * `epci` without SIREN or `commune` without INSEE code; a prolongation whose new end is not after
 * the current end; coordinators' FTE summing above the post's contracted FTE on some date; a
 * coordinator leaving before starting, or holding 0 or more than 1 FTE; a negative population or
 * commune count below 1; an expense year given twice or a negative expense; a zero contracted FTE.
 * (A term ending before it starts cannot be built: ctg::period refuses it, and the loader reports
 * it at `conventions[i].term.end`.)
 *
 * The department's `grid`, when given, must be a built-in grid (error at `grid`).
 *
 * Evaluations are checked by ctg::validate_evaluations() against the built-in grid they fill
 * (looked up by id **and** version) and against the posts of the dataset. Errors, at
 * `evaluations[i]…`: a grid that is not built in (`.grid`) or a version of it that is not
 * (`.grid_version`: a grid filled for another version); a post id that is not a post of the
 * dataset (`.post_id`); a year in which no coordinator held the post (`.year`, see
 * ctg::post_active_in_year()); `filled_on` before the year evaluated; every error of the answers
 * and comments against the grid (unknown item, wrong answer kind, code outside the scale, policy
 * column missing or superfluous, a cell answered twice: `.answers[k]…`, `.comments[k]…`); a
 * second evaluation of one post, year and grid (`evaluations[i]`); a cited provenance without
 * its document or URL (`.provenance…`).
 *
 * Warnings: a CTG without petite enfance, jeunesse and parentalité plus at least one other theme
 * (Cnaf minimum, circular C 2020-01); a coordinator with no training day; a post with no
 * declared expense; a post whose pilot EPCI is not covered by its convention; an incomplete
 * evaluation: unanswered cells (one warning at `evaluations[i].answers` listing them), no
 * `filled_by` or no `filled_on` (evaluation_check::incompleteness()).
 *
 * @code
 * const ctg::dataset& d = ctg::builtin_dataset("charente-2021");
 * d.total_population();                                   // 351778
 * d.epci_at(ctg::siren::parse("241600303")).name;         // "CC du Rouillacais"
 * for (const ctg::error_detail& w : d.warnings()) { std::cout << w.to_string() << '\n'; }
 * @endcode
 */
class dataset {
public:
    /**
     * @brief Validates `parts` and builds the dataset.
     * @param parts the content
     * @param origin file name or other origin, quoted in the error
     * @throws ctg::validation_error listing every error (field = JSON path); nothing is built.
     */
    [[nodiscard]] static dataset build(dataset_parts parts, std::string_view origin = "dataset");

    /// @brief Always ctg::dataset_format.
    [[nodiscard]] static constexpr std::string_view format() noexcept { return dataset_format; }
    /// @brief Identifier.
    [[nodiscard]] const std::string& id() const noexcept { return parts_.id; }
    /// @brief Title.
    [[nodiscard]] const localized_text& label() const noexcept { return parts_.label; }
    /// @brief The department.
    [[nodiscard]] const ctg::department& department() const noexcept { return parts_.department; }
    /**
     * @brief Id of the department's own rulebook; empty when the dataset names none.
     * @code
     * ctg::builtin_dataset("charente-2021").rulebook_id();   // "charente-2021"
     * @endcode
     */
    [[nodiscard]] const std::string& rulebook_id() const noexcept { return parts_.rulebook; }
    /**
     * @brief Id of the built-in grid the department's evaluations use; empty when none is named.
     * @code
     * ctg::builtin_dataset("charente-2021").grid_id();   // "charente-2021"
     * @endcode
     */
    [[nodiscard]] const std::string& grid_id() const noexcept { return parts_.grid; }
    /// @brief Caf referents, in document order.
    [[nodiscard]] const std::vector<caf_referent>& referents() const noexcept {
        return parts_.referents;
    }
    /// @brief EPCI, in document order.
    [[nodiscard]] const std::vector<epci>& epcis() const noexcept { return parts_.epcis; }
    /// @brief Conventions, in document order.
    [[nodiscard]] const std::vector<convention>& conventions() const noexcept {
        return parts_.conventions;
    }
    /// @brief Coordination posts, in document order.
    [[nodiscard]] const std::vector<coordination_post>& posts() const noexcept {
        return parts_.posts;
    }
    /// @brief Yearly evaluations, in document order.
    [[nodiscard]] const std::vector<evaluation>& evaluations() const noexcept {
        return parts_.evaluations;
    }
    /**
     * @brief The evaluations of post `post_id`, by year (document order within a year); empty
     * for a post without evaluation or an unknown id.
     * @code
     * for (const ctg::evaluation* e : d.evaluations_of("post-rouillacais")) {
     *     std::cout << e->year << '\n';   // 2021, 2022
     * }
     * @endcode
     */
    [[nodiscard]] std::vector<const evaluation*> evaluations_of(std::string_view post_id) const;
    /// @brief The evaluation of post `post_id` for `year` filling grid `grid_id` (any grid
    /// when empty; the first in document order), or nullptr; with `known_on`, only one known
    /// on that day (evaluation::known_on()).
    [[nodiscard]] const evaluation* find_evaluation(
        std::string_view post_id, int year, std::string_view grid_id = "",
        std::optional<date> known_on = std::nullopt) const noexcept;
    /// @brief The years evaluated for some post, ascending, without repetition; with
    /// `known_on`, only the years of evaluations known on that day.
    [[nodiscard]] std::vector<int> evaluation_years(
        std::optional<date> known_on = std::nullopt) const;
    /**
     * @brief The evaluations known on `known_on` (evaluation::known_on()), in document order: a
     * grid filled after that day is not yet a fact.
     * @code
     * const auto& d = ctg::builtin_dataset("charente-2021");
     * d.evaluations_known_on(ctg::parse_date("2021-06-30")).size();  // 0: 2021 filled in 2022
     * d.evaluations_known_on(ctg::parse_date("2022-06-30")).size();  // 9
     * @endcode
     */
    [[nodiscard]] std::vector<evaluation> evaluations_known_on(date known_on) const;
    /// @brief All the parts (e.g. to derive a modified dataset and build() it again).
    [[nodiscard]] const dataset_parts& parts() const noexcept { return parts_; }
    /// @brief Validation warnings, in document order (field = JSON path).
    [[nodiscard]] const std::vector<error_detail>& warnings() const noexcept { return warnings_; }

    /// @brief The EPCI with this SIREN, or nullptr.
    [[nodiscard]] const epci* find_epci(const siren& s) const noexcept;
    /// @brief The EPCI with this SIREN.
    /// @throws ctg::out_of_range_value naming the SIREN.
    [[nodiscard]] const epci& epci_at(const siren& s) const;
    /// @brief The convention with this id, or nullptr.
    [[nodiscard]] const convention* find_convention(std::string_view id) const noexcept;
    /// @brief The convention with this id.
    /// @throws ctg::out_of_range_value naming the id and listing the known ones.
    [[nodiscard]] const convention& convention_at(std::string_view id) const;
    /// @brief The post with this id, or nullptr.
    [[nodiscard]] const coordination_post* find_post(std::string_view id) const noexcept;
    /// @brief The post with this id.
    /// @throws ctg::out_of_range_value naming the id and listing the known ones.
    [[nodiscard]] const coordination_post& post_at(std::string_view id) const;
    /// @brief The referent with this id, or nullptr.
    [[nodiscard]] const caf_referent* find_referent(std::string_view id) const noexcept;
    /// @brief The referent with this id.
    /// @throws ctg::out_of_range_value naming the id.
    [[nodiscard]] const caf_referent& referent_at(std::string_view id) const;

    /// @brief The posts serving convention `convention_id`, in document order.
    [[nodiscard]] std::vector<const coordination_post*> posts_of(
        std::string_view convention_id) const;
    /// @brief The conventions wholly covering the EPCI, in document order.
    [[nodiscard]] std::vector<const convention*> conventions_covering(const siren& s) const;

    /// @brief Sum of the EPCI populations (Charente 2021: 351,778).
    [[nodiscard]] std::int64_t total_population() const noexcept;
    /// @brief Sum of the EPCI commune counts (Charente 2021: 359).
    [[nodiscard]] std::int64_t total_communes() const noexcept;
    /// @brief Sum of the posts' contracted FTE (Charente 2021: 14.75).
    [[nodiscard]] fte total_contracted_fte() const;

private:
    dataset() = default;
    dataset_parts parts_;
    std::vector<error_detail> warnings_;
    std::map<std::string, std::size_t, std::less<>> epci_index_;
    std::map<std::string, std::size_t, std::less<>> convention_index_;
    std::map<std::string, std::size_t, std::less<>> post_index_;
    std::map<std::string, std::size_t, std::less<>> referent_index_;
};

}  // namespace ctg
