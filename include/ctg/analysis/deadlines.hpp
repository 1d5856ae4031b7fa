// SPDX-License-Identifier: MIT
/// @file
/// @brief Échéances: conventions ending within N months of a date, bilans due, prolongations
/// recorded, and the conventions each Caf referent follows.
#pragma once

#include <ctg/core/date.hpp>
#include <ctg/core/evidence_marks.hpp>
#include <ctg/model/dataset.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ctg {

/**
 * @brief `d` plus `months` calendar months; a day missing from the target month becomes its
 * last day (31 August + 6 months = 28 or 29 February).
 * @code
 * ctg::add_months(ctg::parse_date("2021-06-30"), 12);  // 2022-06-30
 * ctg::add_months(ctg::parse_date("2021-08-31"), 6);   // 2022-02-28
 * @endcode
 * @throws ctg::invalid_value naming `months` when it is negative or moves the date past
 * ctg::last_year (`deadline.months.range`).
 */
[[nodiscard]] date add_months(date d, int months);

/**
 * @brief The last day of a deadline window of `months` months from `on`: add_months(), except
 * from the last day of a month, where it is the last day of the target month. A window counted
 * in months from a month end ends on a month end, so that from 30 June the 18 months reach the
 * conventions ending on 31 December of the next year (the usual end of a CTG term), which
 * add_months() alone (30 December) would leave out. This is the library's reading of « dans
 * les N mois »; no source fixes it.
 * @code
 * ctg::deadline_horizon(ctg::parse_date("2021-06-30"), 18);  // 2022-12-31
 * ctg::deadline_horizon(ctg::parse_date("2021-02-28"), 1);   // 2021-03-31
 * ctg::deadline_horizon(ctg::parse_date("2021-06-15"), 18);  // 2022-12-15
 * @endcode
 * @throws ctg::invalid_value naming `months` when it is negative.
 */
[[nodiscard]] date deadline_horizon(date on, int months);

/// @brief A prolongation recorded by an amendment.
struct prolongation {
    std::string amendment_id;    ///< The amendment.
    date signed_on;              ///< Its signature date.
    std::string object;          ///< What it says.
    date new_last_day;           ///< The last day in force it sets.
    ctg::provenance provenance;  ///< Evidence for its dates.
};

/// @brief The term and deadlines of one convention, seen from a date: the term as known that
/// day (ctg::convention::effective_end(date)), only the prolongations signed by then.
struct convention_deadline {
    std::string convention_id;  ///< The convention.
    std::string name;           ///< Its name.
    date start;                 ///< First day in force.
    date initial_last_day;      ///< Last day of the initial term, before amendments.
    /// @brief Last day in force after the prolongations signed by the date of the analysis
    /// (`effective_end(on)` − 1).
    date last_day;
    /// @brief Days from the date of the analysis to `last_day` (0: ends that day; negative: ended).
    std::int64_t days_remaining = 0;
    date bilan_due;  ///< Date the bilan is due (bilan_rule::due() of `last_day`).
    /// @brief Prolongations signed on or before the date of the analysis, by signature date.
    std::vector<prolongation> prolongations;
    std::optional<std::string> referent_id;  ///< The Caf referent following it, if any.
    std::string referent_name;               ///< The referent's name (empty if none).
    evidence_marks marks;                    ///< Provenance of the term and of the prolongations.
};

/// @brief The conventions one Caf referent (chargé de conseil et développement) follows.
struct referent_portfolio {
    std::optional<std::string> referent_id;  ///< The referent; none for conventions without one.
    std::string name;                        ///< The referent's name (empty if none).
    evidence_marks marks;                    ///< Provenance of the referent.
    std::vector<convention_deadline> conventions;  ///< Sorted by last day, then id.
};

/**
 * @brief When a convention's bilan (final evaluation) is due: a rule of the library, labelled
 * as such, since no source read sets it.
 *
 * The bilan is due `months_before_end` months before the last day of the term as known on the
 * date (0, the default: on the last day), so that the renewal can be decided before the
 * convention lapses.
 * @code
 * const ctg::bilan_rule& rule = ctg::default_bilan_rule();
 * rule.due(ctg::parse_date("2022-12-31"));                // 2022-12-31
 * ctg::bilan_rule{6, {}}.due(ctg::parse_date("2022-12-31"));  // 2022-06-30
 * rule.origin.kind;                                      // ctg::evidence::reading
 * @endcode
 */
struct bilan_rule {
    int months_before_end = 0;  ///< Months before the last day of the term (0: that day).
    ctg::provenance origin;     ///< Where the rule comes from (a reading for the default).
    /// @brief The due date for a term whose last day is `last_day` (end of month kept).
    /// @throws ctg::invalid_value naming `months_before_end` when it is negative.
    [[nodiscard]] date due(date last_day) const;
};

/// @brief The library's rule: the bilan is due on the last day of the term (a reading, with
/// the alternative it rejects).
[[nodiscard]] const bilan_rule& default_bilan_rule() noexcept;

/// @brief The échéances of a dataset seen from a date.
struct deadline_report {
    std::string dataset_id;  ///< Dataset analysed.
    date on;                 ///< Date of the analysis.
    int months = 0;          ///< Horizon in months.
    date horizon;            ///< `deadline_horizon(on, months)`: last day of the window.
    bilan_rule bilan;        ///< The rule the bilans due follow.
    /// @brief Conventions whose last day in force lies in `[on, horizon]`, by last day then id.
    std::vector<convention_deadline> upcoming;
    /// @brief The first convention ending after the horizon (by last day, then id), if any.
    std::optional<convention_deadline> next_after_horizon;
    /// @brief Every convention prolonged by an amendment signed on or before `on`, by last day
    /// then id.
    std::vector<convention_deadline> prolonged;
    /// @brief Conventions per referent, in the dataset's referent order, then those without one.
    std::vector<referent_portfolio> by_referent;
};

/**
 * @brief The term and deadlines of convention `c` seen from `on`: its term as known on `on`
 * (amendments signed later are left out, they are not yet facts on that day).
 * @code
 * const auto& d = ctg::builtin_dataset("charente-2021");
 * auto x = ctg::deadline_of(d, d.convention_at("ctg-rouillacais"), ctg::parse_date("2021-06-30"));
 * x.days_remaining;  // days from 30/06/2021 to its last day
 * @endcode
 */
[[nodiscard]] convention_deadline deadline_of(const dataset& d, const convention& c, date on,
                                              const bilan_rule& bilan = default_bilan_rule());

/**
 * @brief Conventions ending within `months` months of `on`, prolongations, and conventions per
 * referent, every term as known on `on` (deadline_of()): the prolongations listed are those
 * signed by `on`.
 * @code
 * auto r = ctg::deadlines(ctg::builtin_dataset("charente-2021"), ctg::parse_date("2021-06-30"),
 * 12); for (const auto& c : r.upcoming) { std::cout << c.name << ' ' << ctg::to_french(c.last_day)
 * << '\n'; }
 * @endcode
 * @throws ctg::invalid_value naming `months` when it is negative.
 */
[[nodiscard]] deadline_report deadlines(const dataset& d, date on, int months,
                                        const bilan_rule& bilan = default_bilan_rule());

/**
 * @brief Every convention of `d`, grouped by Caf referent (dataset order), then those without
 * one; within a group, by last day in force then id.
 * @code
 * for (const auto& r : ctg::conventions_by_referent(d, ctg::parse_date("2021-06-30"))) {
 *     std::cout << r.name << ": " << r.conventions.size() << '\n';
 * }
 * @endcode
 */
[[nodiscard]] std::vector<referent_portfolio> conventions_by_referent(const dataset& d, date on);

}  // namespace ctg
