// SPDX-License-Identifier: MIT
/// @file
/// @brief Financing of a whole dataset under a rulebook for a year, per post, convention, EPCI
/// and in total; and the comparison of two rulebooks (e.g. CEJ → CTG).
#pragma once

#include <ctg/core/date.hpp>
#include <ctg/core/evidence_marks.hpp>
#include <ctg/core/exact_ratio.hpp>
#include <ctg/core/fte.hpp>
#include <ctg/core/money.hpp>
#include <ctg/core/rounding.hpp>
#include <ctg/core/text.hpp>
#include <ctg/finance/explanation.hpp>
#include <ctg/finance/financing.hpp>
#include <ctg/model/dataset.hpp>
#include <ctg/rules/formula.hpp>
#include <ctg/rules/rulebook.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ctg {

/// @brief What happened to a post in a portfolio financing.
enum class post_status : std::uint8_t {
    financed,         ///< Financed (possibly 0 € under the rule).
    missing_expense,  ///< Basis `declared` but no expense declared for the year: not financed.
    inactive,         ///< Its convention is not in force on any day of the year.
};

/// @brief `financed`, `missing_expense` or `inactive`.
/// @code
/// ctg::to_string(ctg::post_status::missing_expense);  // "missing_expense"
/// @endcode
[[nodiscard]] std::string_view to_string(post_status s) noexcept;

/// @brief The financing of one post of the dataset.
struct post_financing {
    std::string post_id;                    ///< The post.
    std::string convention_id;              ///< Its convention.
    ctg::siren pilot_epci;                  ///< The EPCI piloting it.
    std::string epci_name;                  ///< Name of that EPCI.
    fte contracted_fte;                     ///< Contracted ETP.
    std::optional<money> declared_expense;  ///< Expense declared for the year, if any.
    /// @brief Days of the year the post is financed: its convention's term as known on the
    /// portfolio's `terms_known_on` ∩ the year (none when inactive).
    std::optional<period> active;
    /// @brief The share of the year `active` covers, counted on the rulebook's prorata basis
    /// (`275/365`, `9/12`); none when inactive. `contracted_fte × prorata` is the post's
    /// ETP-years: the ETP the year's aid actually pays for.
    std::optional<prorata_fraction> prorata;
    /// @brief Contracted ETP × prorata: the ETP-years the convention contracts for the year.
    exact_ratio contracted_fte_years;
    /// @brief Σ share × prorata of each coordinator's days in post within `active` (on the
    /// rulebook's prorata basis), coordinators as known on the portfolio's `terms_known_on`:
    /// the ETP-years actually held. A vacancy counts 0.
    exact_ratio held_fte_years;
    /// @brief The ETP-years the aid pays for: `held_fte_years` when the portfolio pays the ETP
    /// in post, else `contracted_fte_years`; 0 when not financed.
    exact_ratio financed_fte_years;
    post_status status = post_status::financed;  ///< Financed, missing expense or inactive.
    std::optional<financing_result> result;      ///< The financing, when financed.
    evidence_marks
        marks;  ///< ETP, declared expense (basis declared), term (part-year), parameters.

    /// @brief The aid (0 € when not financed).
    [[nodiscard]] money total() const noexcept { return result ? result->total : money{}; }
};

/// @brief A sum of post financings: per convention, per EPCI or for the whole dataset.
struct financing_total {
    std::string id;      ///< Convention id, EPCI SIREN, or the dataset id for the total.
    std::string label;   ///< Convention or EPCI name, or the department name.
    fte contracted_fte;  ///< ETP of the posts financed.
    exact_ratio contracted_fte_years;  ///< Σ contracted ETP-years of the posts financed.
    exact_ratio held_fte_years;        ///< Σ ETP-years in post of the posts financed.
    exact_ratio financed_fte_years;    ///< Σ ETP-years the aids pay for.
    money total;                       ///< Exact sum of the posts' rounded aids.
    std::vector<part_amount> parts;    ///< Per part (rulebook order), sums of the posts' parts.
    /// @brief Exact sum of the declared expenses of the posts financed (those without one
    /// count 0): the expense the aid of a `declared` basis was computed from.
    money declared_expense;
    std::size_t financed = 0;  ///< Posts financed.
    std::size_t missing = 0;   ///< Posts lacking a declared expense.
    std::size_t inactive = 0;  ///< Posts inactive over the year.
    evidence_marks marks;      ///< Union of the posts' marks.
};

/**
 * @brief The financing of every post of a dataset under one rulebook for one calendar year.
 *
 * Each post is financed by ctg::finance() with its contracted ETP, the expense it declares for
 * the year (basis `declared`; a flat amount per ETP reads none, so its posts are financed
 * without one) or the maximum aid (basis `at_ceiling`), and its activity = its convention's
 * term as known on `terms_known_on` ∩ the year (prorated on the rulebook's basis): a
 * prolongation signed after that date is not counted. When the ETP paid are those in post
 * (`fte_paid`, by default the rulebook's), each post passes its coordinators as known on
 * `terms_known_on` (ctg::held_on()): a coordinator arriving after that date is not counted, one
 * whose departure comes after it counts to the end of the year; a vacant post gets 0 € and the
 * warning `financing.vacant`. Totals are exact sums of the posts'
 * rounded amounts, so the parts still add up at every level.
 */
struct portfolio_financing {
    std::string dataset_id;                           ///< Dataset financed.
    std::string department;                           ///< Department name.
    std::string rulebook_id;                          ///< Rulebook applied.
    localized_text rulebook_label;                    ///< Its title.
    rounding policy = rounding::half_away_from_zero;  ///< Its rounding policy.
    period reference = period::calendar_year(2000);   ///< The calendar year financed.
    /// @brief Date the parameters were read on (the finance(…, date) form); none when the year
    /// is cut at every parameter change (the finance(…, period) form).
    std::optional<date> parameters_on;
    /// @brief Date the convention terms are known on: the date of the finance_portfolio(…, date)
    /// form, the last day of the year for the year form.
    date terms_known_on;
    expense_basis basis = expense_basis::declared;  ///< Declared expense or maximum aid.
    /// @brief The ETP paid for: the rulebook's (formula::fte) unless the caller chose.
    ctg::fte_basis fte_paid = fte_basis::contracted;
    std::vector<funding_part> parts;             ///< The rulebook's parts (may be empty).
    std::vector<post_financing> posts;           ///< Every post, in dataset order.
    std::vector<financing_total> by_convention;  ///< Every convention, in dataset order.
    std::vector<financing_total> by_epci;        ///< Every EPCI (by pilot), in dataset order.
    financing_total total;                       ///< The whole dataset.
    std::vector<parameter_reading> parameters;   ///< Each parameter segment read, once.
    /// @brief Where the rulebook's methods come from (rulebook::methods()): which ETP it pays,
    /// its prorata, its rounding; readings of the library for the built-in rulebooks.
    std::vector<method_origin> methods;
    /// @brief What to check before using the figures, in dataset order: parameters read after
    /// the last date a source confirms them on (`financing.unconfirmed_parameters`, see
    /// unconfirmed_parameters()), then, in dataset order, each post nobody holds when the ETP
    /// in post are paid (`financing.vacant`) and, on basis `declared`, each post whose aid
    /// exceeds the expense it declares (`portfolio.aid_above_expense`).
    std::vector<error_detail> warnings{};

    /**
     * @brief Ids of the posts lacking a declared expense, in dataset order.
     * @code
     * for (const std::string& id : p.missing_expense()) {
     *     std::cerr << "no expense: " << id << '\n';
     * }
     * @endcode
     */
    [[nodiscard]] std::vector<std::string> missing_expense() const;
    /**
     * @brief The EPCI row for `s`, or nullptr.
     * @code
     * p.epci(ctg::siren::parse("200071827"))->total;   // Grand Angoulême
     * @endcode
     */
    [[nodiscard]] const financing_total* epci(const siren& s) const noexcept;
    /**
     * @brief The convention row for `id`, or nullptr.
     * @code
     * p.convention("ctg-grand-cognac")->total;
     * @endcode
     */
    [[nodiscard]] const financing_total* convention(std::string_view id) const noexcept;
    /**
     * @brief The post row for `id`, or nullptr.
     * @code
     * p.post("post-grand-cognac")->result->why.to_text();   // how its aid was obtained
     * @endcode
     */
    [[nodiscard]] const post_financing* post(std::string_view id) const noexcept;
};

/**
 * @brief The shares of `post` held within `reference`, its coordinators as known on
 * `known_on`: one who starts after `known_on` is left out (not known yet); one whose recorded
 * departure comes after `known_on` counts as in post to the end of `reference` (the departure
 * was not known yet); the others as recorded. Coordinators outside `reference` are left out.
 * @code
 * const auto& d = ctg::builtin_dataset("charente-2021");
 * auto held = ctg::held_on(d.post_at("post-val-de-charente"), ctg::parse_date("2021-06-30"),
 *                          ctg::period::calendar_year(2021));
 * held[0].held.to_string();   // "[2021-05-03, 2022-01-01)"
 * @endcode
 */
[[nodiscard]] std::vector<held_share> held_on(const coordination_post& post, date known_on,
                                              const period& reference);

/**
 * @brief Finances every post of `d` over the calendar year `year`, with the parameters of each
 * slice of the year (the year is cut at every parameter change).
 *
 * The library's choice of knowledge date for a year: the convention terms **as known on the
 * last day of the year** (31 December), the day the year's financing can be settled. A
 * prolongation signed during the year counts; one signed after it does not, so that the
 * financing of a past year never changes when a later amendment is recorded, and the year form
 * agrees with the date form on 31 December.
 * @code
 * const auto& d = ctg::builtin_dataset("charente-2021");
 * auto p = ctg::finance_portfolio(d, ctg::builtin_rulebook("charente-2021"), 2021,
 *                                 ctg::expense_basis::at_ceiling);
 * p.total.total;   // 566 400,00 € = 389 400,00 € bonus territoire + 177 000,00 € fonds locaux
 * @endcode
 * @throws ctg::out_of_range_value (from ctg::finance) when a parameter has no value in the year.
 * @throws ctg::invalid_value with basis `declared` when no post active in the year declares an
 * expense for it (a year with no expenses: almost surely the wrong year).
 */
[[nodiscard]] portfolio_financing finance_portfolio(
    const dataset& d, const rulebook& rules, int year, expense_basis basis,
    std::optional<fte_basis> fte_paid = std::nullopt);

/**
 * @brief Finances every post of `d` over the calendar year of `on`, with the parameters in
 * force on `on` and each convention's term as known on `on` (a prolongation signed after `on`
 * is not counted).
 * @code
 * auto p = ctg::finance_portfolio(ctg::builtin_dataset("charente-2021"),
 *                                 ctg::builtin_rulebook("national-2020"),
 *                                 ctg::parse_date("2021-06-30"), ctg::expense_basis::at_ceiling);
 * p.total.total;   // 354 000,00 € = 24,000 € × 14.75 ETP
 * @endcode
 * @throws ctg::out_of_range_value (from ctg::finance) when a parameter has no value on `on`.
 * @throws ctg::invalid_value as the year form.
 */
[[nodiscard]] portfolio_financing finance_portfolio(
    const dataset& d, const rulebook& rules, date on, expense_basis basis,
    std::optional<fte_basis> fte_paid = std::nullopt);

/// @brief One funding part in a line of a comparison.
struct part_delta {
    std::string id;        ///< Part identifier, e.g. `bonus_territoire`.
    localized_text label;  ///< Part label (the compared rulebook's, else the baseline's).
    money from;            ///< The part under the baseline rulebook (0 € if it has no such part).
    money to;              ///< The part under the compared rulebook (0 € if it has no such part).
    money delta;           ///< `to − from`.
};

/// @brief One line of a comparison: a post, an EPCI or the total.
struct financing_delta {
    std::string id;      ///< EPCI SIREN, or the dataset id for the total.
    std::string label;   ///< EPCI or department name.
    fte contracted_fte;  ///< ETP of the posts financed under both rulebooks.
    /// @brief Their ETP-years financed under the compared rulebook (post_financing::
    /// financed_fte_years), exact: a post financed 90 days of 365 counts 90/365 of its ETP, a
    /// post paid on its ETP in post counts those.
    exact_ratio fte_years;
    money from;   ///< Aid under the baseline rulebook.
    money to;     ///< Aid under the compared rulebook.
    money delta;  ///< `to − from`.
    /// @brief `delta / fte_years` (per ETP-year financed, so that a part-year post does not
    /// dilute it), rounded to the cent under the compared rulebook's policy; none without
    /// ETP-years.
    std::optional<money> delta_per_fte;
    /// @brief Per funding part: the compared rulebook's parts in its order, then the parts of
    /// the baseline only; empty when neither rulebook has parts.
    std::vector<part_delta> parts;
};

/// @brief The difference between two financings of the same dataset, year and basis.
struct portfolio_comparison {
    std::string dataset_id;                          ///< Dataset.
    std::string from_rulebook;                       ///< Baseline rulebook (e.g. `cej`).
    std::string to_rulebook;                         ///< Compared rulebook (e.g. `national-2020`).
    period reference = period::calendar_year(2000);  ///< Year compared.
    expense_basis basis = expense_basis::declared;   ///< Basis of both financings.
    /// @brief Every post financed under both rulebooks, in dataset order (`id` the post,
    /// `label` the name of its pilot EPCI).
    std::vector<financing_delta> by_post;
    std::vector<financing_delta> by_epci;  ///< Every EPCI, in dataset order.
    financing_delta total;                 ///< The whole dataset.
    /// @brief Posts financed under one rulebook only (missing expense or inactive under the
    /// other): left out of every line.
    std::vector<std::string> not_compared;
    evidence_marks marks;  ///< Union of both financings' marks.

    /**
     * @brief The line of post `id`, or nullptr when it was not compared.
     * @code
     * gain.post("post-grand-cognac")->delta;
     * @endcode
     */
    [[nodiscard]] const financing_delta* post(std::string_view id) const noexcept;
};

/**
 * @brief Compares two financings of the same dataset, year and basis: `to − from`.
 * @code
 * const auto& d = ctg::builtin_dataset("charente-2021");
 * const auto on = ctg::parse_date("2021-06-30");
 * const auto at_ceiling = ctg::expense_basis::at_ceiling;
 * auto cej = ctg::finance_portfolio(d, ctg::builtin_rulebook("cej"), on, at_ceiling);
 * auto national = ctg::finance_portfolio(d, ctg::builtin_rulebook("national-2020"), on,
 *                                        at_ceiling);
 * auto gain = ctg::compare_portfolios(cej, national);
 * gain.total.delta;           // 21 343,25 € for 14.75 ETP
 * *gain.total.delta_per_fte;  // 1 447,00 € = 24,000 € − 22,553 €
 * @endcode
 * Each line also holds the difference per funding part (a scenario that changes a part's
 * weight moves money between parts).
 * @throws ctg::invalid_value naming the field when the dataset, the year or the basis differ.
 */
[[nodiscard]] portfolio_comparison compare_portfolios(const portfolio_financing& from,
                                                      const portfolio_financing& to);

}  // namespace ctg
