// SPDX-License-Identifier: MIT
/// @file
/// @brief Financing of one coordination post under a rulebook, with its explanation.
#pragma once

#include <ctg/core/date.hpp>
#include <ctg/core/fte.hpp>
#include <ctg/core/money.hpp>
#include <ctg/core/text.hpp>
#include <ctg/finance/explanation.hpp>
#include <ctg/rules/rulebook.hpp>

#include <optional>
#include <string>
#include <vector>

namespace ctg {

/// @brief Which expense a share-of-expense rulebook applies to.
enum class expense_basis : std::uint8_t {
    declared,    ///< The expense declared for the reference period (post_input::expense).
    at_ceiling,  ///< The expense reaching the ceiling: the maximum aid the rulebook allows.
};

/**
 * @brief A share of a post held by one coordinator over a period: what an ETP-in-post rulebook
 * pays for.
 * @code
 * ctg::held_share s{"vc-1", ctg::fte::parse("1"),
 *                   ctg::period(ctg::parse_date("2021-05-03"), ctg::parse_date("2022-01-01"))};
 * @endcode
 */
struct held_share {
    std::string holder;  ///< The coordinator's id, quoted in the explanation.
    fte share;           ///< Share of the post held, e.g. 0.5.
    period held = period::calendar_year(2000);  ///< Days held: first day, first day after.
    /// @brief Member-wise equality.
    friend bool operator==(const held_share&, const held_share&) = default;
};

/// @brief What the financing of one post needs to know.
struct post_input {
    std::string id;                ///< Identifier of the post (quoted in errors and outputs).
    fte contracted_fte;            ///< FTE contracted in the convention.
    std::optional<money> expense;  ///< Expense over the reference period (basis `declared`).
    expense_basis basis = expense_basis::declared;  ///< Declared expense or maximum aid.
    std::optional<period> active;  ///< When the post is active; none = the whole reference period.
    /// @brief The coordinators in post, read when the ETP paid are those in post: each share
    /// counts over its days held within `active` and the reference period (an empty list: the
    /// post is vacant). None: not detailed, the contracted FTE are taken as held throughout
    /// the activity (the explanation says so).
    std::optional<std::vector<held_share>> held{};
    /// @brief The ETP paid for; none: the rulebook's (formula::fte).
    std::optional<ctg::fte_basis> fte_paid{};
    /// @brief Where the contracted FTE comes from (shown in the explanation); none: not said.
    std::optional<ctg::provenance> fte_origin{};
    /// @brief Where the declared expense comes from (shown in the explanation); none: not said.
    std::optional<ctg::provenance> expense_origin{};
};

/**
 * @brief Whether finance() writes the explanation of its result (financing_result::why).
 *
 * The explanation is most of the cost of a call: every input, parameter and rounding becomes
 * text. Without it the total, the parts and the warnings are the same, and `why` is empty.
 * @code
 * auto quick = ctg::finance(rules, post, on, ctg::explain::no);  // quick.why.steps.empty()
 * auto full = ctg::finance(rules, post, on);                     // full.total == quick.total
 * @endcode
 */
enum class explain : bool {
    no,   ///< Total, parts and warnings only.
    yes,  ///< With the explanation (the default).
};

/// @brief One funding part of a result.
struct part_amount {
    std::string id;        ///< Part identifier, e.g. `bonus_territoire`.
    localized_text label;  ///< Part label.
    money amount;          ///< Rounded amount; the parts add up to the total.
    /// @brief Member-wise equality.
    friend bool operator==(const part_amount&, const part_amount&) = default;
};

/// @brief The aid of one post, its parts and how it was obtained.
struct financing_result {
    std::string rulebook_id;         ///< Rulebook used.
    std::string post_id;             ///< Post financed.
    period reference;                ///< Reference period (a calendar year for a date).
    money total;                     ///< Aid, rounded to the cent.
    std::vector<part_amount> parts;  ///< Parts adding up exactly to `total` (empty if none).
    /// Every input, parameter, intermediate and rounding (empty when finance() was not asked
    /// for it).
    explanation why;
    /// Warnings of the computation: parameters priced after the last date a source confirms
    /// them on (`financing.unconfirmed_parameters`, also a note of `why`), a year priced with
    /// one value of a parameter that changes within it (`financing.parameters_change_within`),
    /// nobody in post over the period when the ETP in post are paid (`financing.vacant`).
    std::vector<error_detail> warnings{};

    /// @brief The whole result as JSON, format `ctg.financing/1`: rulebook, post, reference
    /// period, total, parts and the full explanation (every step with all its fields, as
    /// explanation::to_json() writes them); amounts as strings. Described by
    /// docs/schemas/financing.schema.json.
    [[nodiscard]] std::string to_json() const;
};

/**
 * @brief The annual aid of `post` with the parameters in force on `on`.
 *
 * The reference period is the calendar year of `on`; a post active part of that year is
 * prorated on the rulebook's basis (days or whole months). When the ETP paid are those in post
 * (`post.fte_paid`, else the rulebook's formula::fte), the FTE × prorata of the formula is the
 * post's ETP-years in post, Σ share × prorata of each held share within the activity, and the
 * explanation shows each share ("vc-1: 1 ETP, 2021-05-03 → 2021-12-31, 243/365"); a post
 * nobody holds gets 0 € and the warning `financing.vacant`. Without `post.held`, the contracted
 * FTE count as held throughout the activity.
 * @code
 * ctg::post_input post{"grand-angouleme", ctg::fte::parse("2.5"), std::nullopt,
 *                      ctg::expense_basis::at_ceiling, std::nullopt};
 * auto r = ctg::finance(ctg::builtin_rulebook("charente-2021"), post, ctg::parse_date("2021-06-30"));
 * r.total;  // 96 000,00 € = 80 % × 48,000 € × 2.5
 * r.parts;  // bonus_territoire 66 000,00 €, fonds_locaux 30 000,00 €
 * @endcode
 * With `with` = explain::no, `why` stays empty and the call costs a fraction of it; the total,
 * the parts and the warnings are the same.
 * @throws ctg::out_of_range_value when a parameter has no value on `on`.
 * @throws ctg::invalid_value when the post lacks a declared expense the rulebook needs, or the
 * expense is negative.
 */
[[nodiscard]] financing_result finance(const rulebook& rules, const post_input& post, date on,
                                       explain with = explain::yes);

/**
 * @brief The aid of `post` over `reference` (e.g. a year, a convention's term).
 *
 * The period is cut at every 1 January and at every change of a parameter the formula reads;
 * each slice is computed with its own values: the annual flat amount or ceiling prorated to the
 * slice within its calendar year (on the rulebook's basis), the declared expense apportioned to
 * the slices by days. The total and each part are the sums of the slices' rounded amounts, and
 * the explanation shows every slice. For one whole calendar year this equals finance() on a date
 * of that year.
 * @throws ctg::out_of_range_value when a parameter has no value somewhere in `reference`.
 * @throws ctg::invalid_value as finance(const rulebook&, const post_input&, date).
 */
[[nodiscard]] financing_result finance(const rulebook& rules, const post_input& post,
                                       const period& reference);

/// @brief The difference `to - from` of two results, in total and per part.
struct financing_diff {
    std::string from_rulebook;             ///< Baseline rulebook.
    std::string to_rulebook;               ///< Compared rulebook.
    money from_total;                      ///< Baseline total.
    money to_total;                        ///< Compared total.
    money delta;                           ///< `to_total - from_total`.
    std::vector<part_amount> part_deltas;  ///< Per part id present in either result.
};

/**
 * @brief Compares two results of the same post (e.g. CEJ → national rulebook).
 * @code
 * auto d = ctg::diff(cej_result, national_result);  // delta 1 447,00 € per FTE
 * @endcode
 */
[[nodiscard]] financing_diff diff(const financing_result& from, const financing_result& to);

}  // namespace ctg
