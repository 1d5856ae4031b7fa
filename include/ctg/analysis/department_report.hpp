// SPDX-License-Identifier: MIT
/// @file
/// @brief The department report: every analysis of a dataset on a date under several rulebooks
/// (coverage, coordination volume, financing, comparison, deadlines, evaluations, sources), as
/// plain data for the renderers.
#pragma once

#include <ctg/analysis/coordination_volume.hpp>
#include <ctg/analysis/coverage.hpp>
#include <ctg/analysis/deadlines.hpp>
#include <ctg/analysis/follow_up.hpp>
#include <ctg/analysis/national_figures.hpp>
#include <ctg/analysis/portfolio_financing.hpp>
#include <ctg/core/date.hpp>
#include <ctg/core/error.hpp>
#include <ctg/core/evidence_marks.hpp>
#include <ctg/core/exact_ratio.hpp>
#include <ctg/core/fte.hpp>
#include <ctg/core/provenance.hpp>
#include <ctg/core/rate.hpp>
#include <ctg/core/rounding.hpp>
#include <ctg/core/text.hpp>
#include <ctg/finance/explanation.hpp>
#include <ctg/model/dataset.hpp>
#include <ctg/model/territory.hpp>
#include <ctg/referentiel/rollup.hpp>
#include <ctg/referentiel/score.hpp>
#include <ctg/rules/formula.hpp>
#include <ctg/rules/rulebook.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ctg {

/// @brief Months ahead that the deadlines section of a report looks at by default: 18 months
/// cover the bilan of a convention and the preparation of the next one.
inline constexpr int department_report_deadline_months = 18;

/// @brief The rulebook a report's gains start from when it is compared: the former average of
/// the contrat enfance jeunesse (the gain of the switch to the CTG).
inline constexpr std::string_view default_baseline_rulebook = "cej";

/// @brief How many of each thing a dataset holds.
struct dataset_counts {
    std::size_t epcis = 0;        ///< EPCI.
    std::int64_t communes = 0;    ///< Communes (sum of the EPCI commune counts).
    std::size_t conventions = 0;  ///< Conventions.
    std::size_t posts = 0;        ///< Coordination posts.
    std::size_t referents = 0;    ///< Caf referents.
    std::size_t evaluations = 0;  ///< Yearly evaluations.
};

/// @brief What the report says of the dataset itself.
struct dataset_summary {
    std::string id;              ///< Dataset id.
    localized_text label;        ///< Its title.
    ctg::department department;  ///< The department.
    dataset_counts counts;       ///< How many of each thing.
    /// @brief Sum of the EPCI populations in force on the report's date when the dataset gives
    /// them (epci::population_on()): the coverage's total.
    std::int64_t population = 0;
    fte contracted_fte;                  ///< Sum of the posts' contracted ETP.
    std::vector<error_detail> warnings;  ///< Validation warnings.
};

/// @brief One rulebook of the report.
struct report_rulebook {
    std::string id;                                   ///< Rulebook id.
    localized_text label;                             ///< Its title.
    formula rule;                                     ///< Its formula (kind and parts).
    rounding policy = rounding::half_away_from_zero;  ///< Its rounding policy.
    bool detailed = false;  ///< Whether it is the rulebook whose financing is detailed.
};

/// @brief The coverage of the dataset on 30 June of one year of the COG trajectory.
struct cog_trajectory_point {
    int year = 0;                    ///< Year of the milestone.
    date on;                         ///< 30 June of that year.
    rate target;                     ///< COG target of the year.
    exact_ratio share;               ///< Share of the population covered on `on`.
    std::optional<exact_ratio> gap;  ///< `share − target`.
    evidence_marks marks;            ///< Provenance of the share.
};

/// @brief The financing section: the detailed rulebook, at the ceiling and on declared expenses.
struct report_financing {
    std::string rulebook_id;  ///< The detailed rulebook.
    /// @brief Years not after the report's that some post declares an expense for, ascending.
    std::vector<int> declared_years;
    /// @brief The financing of the expenses declared for the year of the report, when some post
    /// declares one.
    std::optional<portfolio_financing> declared;
    /// @brief Why `declared` is none: the library's refusal (field `year`), naming the years
    /// that have expenses.
    std::optional<error_detail> declared_unavailable;
};

/// @brief One line of the comparison table: an EPCI or the dataset, under every rulebook.
struct comparison_row {
    std::string id;                            ///< EPCI SIREN, or the dataset id for the total.
    std::string label;                         ///< EPCI or department name.
    fte contracted_fte;                        ///< ETP of the posts financed.
    std::vector<financing_total> by_rulebook;  ///< At the ceiling, in the report's rulebook order.
    /// @brief At the ceiling on the ETP in post, in the same order.
    std::vector<financing_total> in_post_by_rulebook{};
};

/// @brief The rulebooks compared at the ceiling, and the gains against the baseline rulebook.
struct report_comparison {
    std::vector<std::string> rulebooks;   ///< Rulebook ids, in report order.
    std::vector<comparison_row> by_epci;  ///< Every EPCI, in dataset order.
    comparison_row total;                 ///< The whole dataset.
    std::optional<std::string> baseline;  ///< The rulebook the gains start from, if any.
    /// @brief Every other rulebook against the baseline, in report order (contracted ETP).
    std::vector<portfolio_comparison> gains;
    /// @brief The same gains on the ETP in post.
    std::vector<portfolio_comparison> gains_in_post{};
};

/// @brief One post's row of the evaluation roll-up.
struct evaluation_row {
    rollup_row rollup;  ///< Its shares per section, overall and completeness.
    std::string label;  ///< Pilot EPCI name of the post (the post id when unknown).
    /// @brief Evidence of its evaluation of the year on the grid; none when not evaluated.
    std::optional<evidence> provenance;
};

/// @brief One post's change between the year before and the year of the report.
struct evaluation_trend {
    std::string post_id;        ///< The post.
    std::string label;          ///< Pilot EPCI name.
    share overall_before;       ///< Overall achieved share, the year before.
    share overall_after;        ///< Overall achieved share, the year of the report.
    std::size_t improved = 0;   ///< Cells improved.
    std::size_t regressed = 0;  ///< Cells regressed.
    std::size_t unchanged = 0;  ///< Cells unchanged.
    std::size_t other = 0;      ///< Other changes (changed, newly or no longer answered).
};

/// @brief An activity of the référentiel, with its label.
struct activity_label {
    std::string id;        ///< Activity id.
    localized_text label;  ///< Its label (the id when the référentiel does not list it).
};

/// @brief The activities of the référentiel one post's evaluation of the year does not assess.
struct activities_not_assessed_by_post {
    std::string post_id;                     ///< The post.
    std::string label;                       ///< Pilot EPCI name.
    std::vector<activity_label> activities;  ///< In référentiel order; empty: all assessed.
};

/// @brief The evaluation section: one year's evaluations rolled up on one grid.
struct report_evaluation {
    int year = 0;                            ///< Year rolled up.
    std::vector<int> years;                  ///< Every year evaluated as known, ascending.
    std::string grid_id;                     ///< The grid.
    int grid_version = 0;                    ///< Its version.
    std::string referentiel_id;              ///< The grid's référentiel.
    std::size_t referentiel_activities = 0;  ///< Activities it lists.
    evaluation_rollup rollup;                ///< Posts × sections.
    std::vector<evaluation_row> rows;        ///< One per roll-up row, in its order.
    share department_completeness;           ///< Pooled completeness over every section.
    /// @brief Posts evaluated the year before and the year on the grid's version, dataset order.
    std::vector<evaluation_trend> trend;
    /// @brief Posts evaluated the year on the grid's version, dataset order.
    std::vector<activities_not_assessed_by_post> not_assessed;
    std::vector<std::string> without_section;  ///< Activities no section of the grid assesses.
};

/**
 * @brief The dataset's evaluations filled after the report's date: not yet facts, so not read
 * (evaluation::known_on()).
 * @code
 * // Charente on 30 June 2021: the 13 grids of 2021 and 2022 are filled from 18 January 2022.
 * r.evaluations_pending.count;           // 13
 * *r.evaluations_pending.first_known_on;  // 2022-01-18
 * @endcode
 */
struct report_pending_evaluations {
    std::size_t count = 0;               ///< How many evaluations are not known yet.
    std::optional<date> first_known_on;  ///< The first day one of them is known; none if none.
};

/// @brief One parameter segment read by a financing of the report.
struct report_parameter_source {
    std::string rulebook_id;    ///< The rulebook read.
    parameter_reading reading;  ///< The segment, its value and its source.
};

/// @brief Where one kind of the dataset's values comes from: one cited document.
struct report_data_source {
    /// @brief Kind of value: `department`, `epci`, `population`, `convention`,
    /// `convention_term`, `post`, `contracted_fte`, `expense` or `evaluation`.
    std::string what;
    std::vector<std::string> subjects;       ///< The values it backs (names, ids, `post year`).
    evidence kind = evidence::illustrative;  ///< Evidence.
    std::string document;                    ///< Cited document (may be empty).
    std::vector<std::string> locators;  ///< Distinct non-empty locators, in order of first use.
    std::string url;                    ///< Its URL (may be empty).
};

/// @brief The sources of the report.
struct report_sources {
    /// @brief Parameter segments, once per rulebook, name and segment start: the maxima in
    /// rulebook order, then the declared financing.
    std::vector<report_parameter_source> parameters;
    /// @brief Data sources, by kind of value and cited document, in order of first use; the
    /// expenses and evaluations of a year after the report's are left out (not yet facts).
    std::vector<report_data_source> data;
};

/// @brief The department report: what a Caf hands to its partners, as plain data.
struct department_report {
    date on;                                 ///< Date of the report.
    dataset_summary dataset;                 ///< The dataset.
    std::vector<report_rulebook> rulebooks;  ///< The rulebooks, in the order given.
    coverage_report coverage;                ///< Coverage on `on`.
    /// @brief Coverage on 30 June of each COG year, as known on `on`.
    std::vector<cog_trajectory_point> trajectory;
    coordination_volume_report volume;  ///< Coordination volume on `on` (posts in force then).
    /// @brief The financing at the ceiling (maximum aid) under each rulebook, in order, on the
    /// contracted ETP: the source document's computation (14.75 ETP → 566,400.00 €).
    std::vector<portfolio_financing> maximum;
    /// @brief The same maxima on the ETP in post (coordinators as known on `on`), in the same
    /// order: what the rulebooks allow for the function actually held.
    std::vector<portfolio_financing> maximum_in_post;
    report_financing financing;    ///< The detailed rulebook's financing.
    report_comparison comparison;  ///< Rulebooks compared.
    deadline_report deadlines;     ///< Échéances.
    /// @brief None when no evaluation of the dataset is known on `on`.
    std::optional<report_evaluation> evaluation;
    report_pending_evaluations evaluations_pending;  ///< Evaluations filled after `on`.
    follow_up_report follow_up;  ///< The Caf's follow-up of the coordinators on `on`.
    report_sources sources;      ///< Sources.
    /// @brief The national figures the comparison is set against: the source document's 2017
    /// spending and ETP (ctg::national_coordination_2017()).
    national_coordination_figures national_context = national_coordination_2017();

    /**
     * @brief The maximum financing under the detailed rulebook.
     * @code
     * report.detailed_maximum().total.total;   // Charente 2021 under charente-2021: 566 400,00 €
     * @endcode
     * @throws ctg::out_of_range_value naming `rulebook` when no maximum is the detailed
     * rulebook's (a report not built by ctg::build_department_report()).
     */
    [[nodiscard]] const portfolio_financing& detailed_maximum() const;
};

/// @brief The choices of a report that have a default.
struct department_report_options {
    /// @brief The rulebook detailed; default: the dataset's own rulebook when given, else the
    /// first rulebook.
    std::optional<std::string> detail;
    /// @brief The rulebook the gains start from; default default_baseline_rulebook when given
    /// (the gain of leaving the contrat enfance jeunesse), else no gains.
    std::optional<std::string> baseline;
    int deadline_months = department_report_deadline_months;  ///< Horizon of the deadlines.
};

/**
 * @brief The built-in rulebooks a report of `d` compares when none is named, in column order:
 * the national rules (the flat rate first, then the baseline `cej` it replaced), then the
 * rules of the dataset's department (rulebook::applies_in()) and the dataset's own rulebook
 * (dataset::rulebook_id()) when built in. Another department's rule (`loire-cej-2015` for the
 * Charente) is left out: it is not the department's to compare; name it to compare it.
 * @code
 * ctg::default_report_rulebooks(ctg::builtin_dataset("charente-2021"));
 * // {"national-2020", "cej", "charente-2021"}
 * @endcode
 */
[[nodiscard]] std::vector<std::string> default_report_rulebooks(const dataset& d);

/**
 * @brief The rulebook a report details by default: the dataset's own rulebook
 * (dataset::rulebook_id()) when it is among `rulebooks`, else the first.
 * @code
 * std::vector<ctg::rulebook> r{ctg::builtin_rulebook("national-2020"),
 *                              ctg::builtin_rulebook("charente-2021")};
 * ctg::default_detailed_rulebook(ctg::builtin_dataset("charente-2021"), r);  // "charente-2021"
 * @endcode
 * @throws ctg::invalid_value naming `rulebooks` when there is none.
 */
[[nodiscard]] std::string default_detailed_rulebook(const dataset& d,
                                                    std::span<const rulebook> rulebooks);

/**
 * @brief The year whose evaluations a report on `on` rolls up: the latest year, not after the
 * year of `on`, of an evaluation known on `on` (evaluation::known_on(): filled on or before
 * it); none when no evaluation is known that day.
 * @code
 * const auto& d = ctg::builtin_dataset("charente-2021");  // 2021 filled in early 2022
 * ctg::report_evaluation_year(d, ctg::parse_date("2024-06-30"));  // 2022
 * ctg::report_evaluation_year(d, ctg::parse_date("2022-06-30"));  // 2021
 * ctg::report_evaluation_year(d, ctg::parse_date("2021-06-30"));  // std::nullopt: not filled yet
 * @endcode
 */
[[nodiscard]] std::optional<int> report_evaluation_year(const dataset& d, date on);

/**
 * @brief Runs every analysis of the department report of `d` on `on` under `rulebooks`.
 *
 * Every section sees the dataset as known and in force on `on`: a convention's term counts only
 * the amendments signed by `on` (ctg::convention::effective_end(date)), so coverage, volume and
 * financing count the same conventions and ETP on `on`; coordinators starting after `on` are
 * not known yet (ctg::held_on()); an evaluation filled after `on` is not known yet
 * (evaluation::known_on()).
 * Coverage on `on` and on 30 June of each year of the COG 2018–2022 trajectory (as known on
 * `on`); coordination volume of the posts in force on `on`; the financing at the ceiling under
 * each rulebook, compared per EPCI; the gains of
 * every rulebook against the baseline (`cej` by default); the financing of the expenses
 * declared for the year of `on` under the detailed rulebook, or the library's refusal when no
 * post declares one; the deadlines within `options.deadline_months`; the evaluations of
 * report_evaluation_year() known on `on` rolled up on the dataset's grid (dataset::grid_id(),
 * else the grid the first of them fills); and the sources of the parameters and data.
 * @code
 * const auto& d = ctg::builtin_dataset("charente-2021");
 * std::vector<ctg::rulebook> rules;
 * for (const char* id : {"national-2020", "cej", "charente-2021"}) {
 *     rules.push_back(ctg::builtin_rulebook(id));
 * }
 * auto r = ctg::build_department_report(d, ctg::parse_date("2021-06-30"), rules);
 * r.financing.rulebook_id;                          // "charente-2021" (the dataset's rule)
 * r.detailed_maximum().total.total;                 // 566 400,00 €
 * *r.comparison.gains[0].total.delta_per_fte;       // 1 447,00 € (cej → national-2020)
 * r.evaluation.has_value();                         // false: the 2021 grids were filled in 2022
 * auto later = ctg::build_department_report(d, ctg::parse_date("2022-06-30"), rules);
 * later.evaluation->rollup.department_overall;      // 312/617 cells achieved in 2021
 * @endcode
 * @throws ctg::invalid_value naming `rulebooks` when there is none or one is given twice,
 * `detail` or `baseline` when it is not among the rulebooks, `months` when the deadline horizon
 * is negative; and the errors of the analyses (a parameter without value on `on`…).
 */
[[nodiscard]] department_report build_department_report(
    const dataset& d, date on, std::span<const rulebook> rulebooks,
    const department_report_options& options = {});

}  // namespace ctg
