// SPDX-License-Identifier: MIT
/// @file
/// @brief The generic rule kinds a rulebook combines to finance a coordination post.
#pragma once

#include <ctg/core/date.hpp>
#include <ctg/core/text.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ctg {

/// @brief The base of the aid.
enum class formula_kind : std::uint8_t {
    /// A flat annual amount per FTE: `aid = amount_per_fte × FTE × prorata`
    /// (national 2020: 24,000 € per FTE; CEJ average: 22,553 € per FTE).
    flat_per_fte,
    /// A share of the declared expense, optionally within a ceiling per FTE
    /// (Charente 2021: 80 % of the expense within 48,000 € per FTE).
    share_of_expense,
};

/// @brief `flat_per_fte` or `share_of_expense`.
[[nodiscard]] std::string_view to_string(formula_kind k) noexcept;
/// @brief Reads a formula kind.
/// @throws ctg::invalid_value naming `field` for an unknown rule kind.
[[nodiscard]] formula_kind parse_formula_kind(std::string_view text,
                                              std::string_view field = "formula.kind");

/**
 * @brief What a ceiling per FTE caps: the two readings of "80 % within a ceiling of 48,000 €".
 *
 * | reading | formula                                   | 1 FTE, expense 60,000 € | 1 FTE, expense 40,000 € |
 * |---------|-------------------------------------------|-------------------------|-------------------------|
 * | expense | `80 % × min(expense, 48,000 × FTE)`       | 38,400 €                | 32,000 €                |
 * | aid     | `min(80 % × expense, 48,000 × FTE)`       | 48,000 €                | 32,000 €                |
 *
 * The Caf's "prix plafond" practice caps the expense: the Charente rulebook uses `expense`.
 */
enum class ceiling_target : std::uint8_t {
    expense,  ///< The ceiling caps the expense before the rate applies.
    aid,      ///< The ceiling caps the aid after the rate applies.
};

/// @brief `expense` or `aid`.
[[nodiscard]] std::string_view to_string(ceiling_target t) noexcept;
/// @brief Reads `expense` or `aid`.
/// @throws ctg::invalid_value naming `field` otherwise.
[[nodiscard]] ceiling_target parse_ceiling_target(std::string_view text,
                                                  std::string_view field = "formula.ceiling_on");

/**
 * @brief Which ETP a rulebook pays for: those contracted, or those of the coordinators in post.
 *
 * No public source read says which one a Caf pays (the source document's table counts
 * « ETP contractualisé CTG »; a share of the expense falls by itself while a post is vacant).
 * Each built-in rulebook records its choice as a reading, with the alternative it rejects.
 *
 * | basis      | Val de Charente 2021 (1 ETP contracted, coordinator from 3 May) | national aid |
 * |------------|------------------------------------------------------------------|--------------|
 * | contracted | 1 ETP × 365/365                                                  | 24,000.00 €  |
 * | in_post    | 1 ETP × 243/365                                                  | 15,978.08 €  |
 */
enum class fte_basis : std::uint8_t {
    contracted,  ///< The contracted ETP over the convention's term: a vacancy is paid.
    in_post,     ///< The ETP of each coordinator over their days in post: a vacancy is not paid.
};

/// @brief `contracted` or `in_post`.
[[nodiscard]] std::string_view to_string(fte_basis b) noexcept;

/// @brief Reads `contracted` or `in_post`.
/// @throws ctg::invalid_value naming `field` otherwise.
[[nodiscard]] fte_basis parse_fte_basis(std::string_view text,
                                        std::string_view field = "formula.fte");

/// @brief A funding part the aid is split into (e.g. bonus territoire, fonds locaux).
struct funding_part {
    std::string id;                ///< Identifier, e.g. `bonus_territoire`.
    localized_text label;          ///< Label in French and English.
    std::string weight_parameter;  ///< Parameter (percent or share) giving the part's weight.
    /// @brief Member-wise equality.
    friend bool operator==(const funding_part&, const funding_part&) = default;
};

/**
 * @brief How a rulebook computes the aid of one post, by naming the parameters it reads.
 *
 * Steps, in order: the annual amounts per FTE (flat amount or ceiling) × FTE × prorata of the
 * activity inside the reference period, rounded once; for a share of the expense, the ceiling
 * caps the expense or the aid (ceiling_target) and the rate applies, rounded once; the rounded
 * aid is then split into parts whose rounded amounts add up exactly to it (largest remainders).
 * For a share of the expense, the parts' weights must add up to the rate (55 % + 25 % = 80 %).
 */
struct formula {
    formula_kind kind = formula_kind::flat_per_fte;  ///< Base of the aid.
    std::string amount_per_fte;                  ///< flat_per_fte: parameter of the amount per FTE.
    std::string rate;                            ///< share_of_expense: parameter of the rate.
    std::optional<std::string> ceiling_per_fte;  ///< share_of_expense: parameter of the ceiling.
    ceiling_target ceiling_on = ceiling_target::expense;  ///< What the ceiling caps.
    prorata_basis prorata = prorata_basis::days;          ///< How part-year activity is counted.
    std::vector<funding_part> parts;        ///< Funding parts; empty = one undivided aid.
    fte_basis fte = fte_basis::contracted;  ///< The ETP it pays for, unless the caller chooses.

    /// @brief Names of every parameter the formula reads, in reading order.
    [[nodiscard]] std::vector<std::string> parameter_names() const;
    /// @brief Member-wise equality.
    friend bool operator==(const formula&, const formula&) = default;
};

}  // namespace ctg
