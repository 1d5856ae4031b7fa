// SPDX-License-Identifier: MIT
// deadlines(): conventions ending within 6 and 12 months of a date (bounds included), days
// remaining, bilans due, prolongations, conventions per referent; add_months(); the embedded
// Charente dataset; bad input.
#include "support/dataset_builders.hpp"
#include <ctg/analysis/deadlines.hpp>
#include <ctg/core/error.hpp>
#include <ctg/io/dataset_json.hpp>

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

namespace {

using ctg_test::day;
using ctg_test::next_day;

/// An EPCI of one commune and 10,000 inhabitants, without provenance.
ctg::epci make_epci(const char* siren, const char* name) {
    return ctg_test::make_epci(siren, name, 10'000, 1, std::nullopt);
}

/// A convention covering the EPCI 200071827, followed by `referent`.
ctg::convention make_convention(const char* id, const char* first, const char* last,
                                std::optional<std::string> referent) {
    return ctg_test::make_convention(id, first, last, {"200071827"}, std::move(referent));
}

/// Seen from 30/06/2021:
///   ctg-a  2019-01-01 → 2021-12-31, prolonged to 2022-06-30 by an amendment of 17/05/2021 (r1)
///   ctg-b  2021-04-01 → 2024-03-31 (r2)
///   ctg-c  2017-01-01 → 2020-12-31, ended (r1)
///   ctg-d  2020-01-01 → 2021-09-30 (no referent)
///   ctg-e  2018-01-01 → 2021-12-30 (r2): the day before the 6-month horizon
///   ctg-f  2018-01-01 → 2021-12-31 (r2): last day = 6-month horizon (a month end, from one)
/// Referent r3 follows nothing.
ctg::dataset sample() {
    ctg::dataset_parts p;
    p.id = "deadlines";
    p.label = {"Échéances", "Deadlines"};
    p.department = {"16", "Charente", {}};
    p.referents = {{"r1", "Référent 1", {}}, {"r2", "Référent 2", {}}, {"r3", "Référent 3", {}}};
    p.epcis = {make_epci("200071827", "CA A")};
    ctg::convention a = make_convention("ctg-a", "2019-01-01", "2021-12-31", "r1");
    a.amendments = {{"avenant-1", day("2020-05-12"), "Ajout d'une fiche action", std::nullopt, {}},
                    {"avenant-2",
                     day("2021-05-17"),
                     "Prolongation de six mois",
                     next_day(day("2022-06-30")),
                     {}}};
    p.conventions = {a,
                     make_convention("ctg-b", "2021-04-01", "2024-03-31", "r2"),
                     make_convention("ctg-c", "2017-01-01", "2020-12-31", "r1"),
                     make_convention("ctg-d", "2020-01-01", "2021-09-30", std::nullopt),
                     make_convention("ctg-e", "2018-01-01", "2021-12-30", "r2"),
                     make_convention("ctg-f", "2018-01-01", "2021-12-31", "r2")};
    return ctg::dataset::build(std::move(p));
}

std::vector<std::string> ids(const std::vector<ctg::convention_deadline>& v) {
    std::vector<std::string> out;
    for (const auto& c : v) {
        out.push_back(c.convention_id);
    }
    return out;
}

TEST(add_months, clamps_to_the_end_of_shorter_months) {
    EXPECT_EQ(ctg::add_months(day("2021-06-30"), 12), day("2022-06-30"));
    EXPECT_EQ(ctg::add_months(day("2021-06-30"), 6), day("2021-12-30"));
    EXPECT_EQ(ctg::add_months(day("2021-08-31"), 6), day("2022-02-28"));
    EXPECT_EQ(ctg::add_months(day("2023-08-31"), 6), day("2024-02-29"));
    EXPECT_EQ(ctg::add_months(day("2021-01-31"), 0), day("2021-01-31"));
    EXPECT_EQ(ctg::add_months(day("2021-11-15"), 14), day("2023-01-15"));
    EXPECT_THROW((void)ctg::add_months(day("2021-06-30"), -1), ctg::invalid_value);
}

TEST(deadlines_small, deadline_horizon_keeps_month_ends) {
    // From a month end, a month end: 30 June + 18 months is 31 December, not 30 December.
    EXPECT_EQ(ctg::deadline_horizon(day("2021-06-30"), 18), day("2022-12-31"));
    EXPECT_EQ(ctg::deadline_horizon(day("2021-06-30"), 6), day("2021-12-31"));
    EXPECT_EQ(ctg::deadline_horizon(day("2021-02-28"), 1), day("2021-03-31"));
    EXPECT_EQ(ctg::deadline_horizon(day("2020-02-29"), 12), day("2021-02-28"));
    EXPECT_EQ(ctg::deadline_horizon(day("2021-06-30"), 0), day("2021-06-30"));
    // Elsewhere in a month, add_months().
    EXPECT_EQ(ctg::deadline_horizon(day("2021-06-15"), 18), day("2022-12-15"));
    EXPECT_EQ(ctg::deadline_horizon(day("2021-08-30"), 6), day("2022-02-28"));
    EXPECT_EQ(ctg::deadline_horizon(day("2021-01-30"), 1), day("2021-02-28"));
    EXPECT_THROW((void)ctg::deadline_horizon(day("2021-06-30"), -1), ctg::invalid_value);
}

TEST(deadlines_small, within_6_months_bounds_included) {
    const auto r = ctg::deadlines(sample(), day("2021-06-30"), 6);
    EXPECT_EQ(r.horizon, day("2021-12-31"));
    // ctg-a's initial end (31/12/2021) is prolonged to 30/06/2022; ctg-c ended before the
    // date; ctg-f ends on the horizon, a month end like the date.
    EXPECT_EQ(ids(r.upcoming), (std::vector<std::string>{"ctg-d", "ctg-e", "ctg-f"}));
    // 30/06 → 30/09: 31 (July) + 31 (August) + 30 (September) = 92 days.
    EXPECT_EQ(r.upcoming[0].last_day, day("2021-09-30"));
    EXPECT_EQ(r.upcoming[0].days_remaining, 92);
    EXPECT_EQ(r.upcoming[0].bilan_due, day("2021-09-30"));
    EXPECT_FALSE(r.upcoming[0].referent_id.has_value());
    // 30/06 → 30/12: 92 + 31 + 30 + 30 = 183 days.
    EXPECT_EQ(r.upcoming[1].days_remaining, 183);
    EXPECT_EQ(r.upcoming[1].referent_name, "Référent 2");
    EXPECT_EQ(r.upcoming[2].days_remaining, 184);
    ASSERT_TRUE(r.next_after_horizon.has_value());
    EXPECT_EQ(r.next_after_horizon->convention_id, "ctg-a");
}

TEST(deadlines_small, from_mid_month_the_window_ends_mid_month) {
    // 15/06/2021 + 6 months = 15/12/2021: ctg-e (30/12) and ctg-f (31/12) are past it.
    const auto r = ctg::deadlines(sample(), day("2021-06-15"), 6);
    EXPECT_EQ(r.horizon, day("2021-12-15"));
    EXPECT_EQ(ids(r.upcoming), (std::vector<std::string>{"ctg-d"}));
    EXPECT_EQ(r.next_after_horizon->convention_id, "ctg-e");
}

TEST(deadlines_small, within_12_months_sorted_by_end_date) {
    const auto r = ctg::deadlines(sample(), day("2021-06-30"), 12);
    EXPECT_EQ(r.horizon, day("2022-06-30"));
    EXPECT_EQ(ids(r.upcoming), (std::vector<std::string>{"ctg-d", "ctg-e", "ctg-f", "ctg-a"}));
    const auto& a = r.upcoming[3];
    // The prolongation moves the end from 31/12/2021 to 30/06/2022: 365 days from 30/06/2021.
    EXPECT_EQ(a.initial_last_day, day("2021-12-31"));
    EXPECT_EQ(a.last_day, day("2022-06-30"));
    EXPECT_EQ(a.days_remaining, 365);
    EXPECT_EQ(a.bilan_due, day("2022-06-30"));
    EXPECT_EQ(a.referent_id, std::optional<std::string>("r1"));
    EXPECT_EQ(r.upcoming[2].days_remaining, 184);
    EXPECT_EQ(r.next_after_horizon->convention_id, "ctg-b");
    EXPECT_EQ(a.name, "CTG ctg-a");
}

TEST(deadlines_small, prolongations_recorded) {
    const auto r = ctg::deadlines(sample(), day("2021-06-30"), 0);
    EXPECT_EQ(r.horizon, day("2021-06-30"));
    EXPECT_TRUE(r.upcoming.empty());
    ASSERT_EQ(r.prolonged.size(), 1U);
    const auto& a = r.prolonged[0];
    EXPECT_EQ(a.convention_id, "ctg-a");
    // Only the amendment with a new end is a prolongation.
    ASSERT_EQ(a.prolongations.size(), 1U);
    EXPECT_EQ(a.prolongations[0].amendment_id, "avenant-2");
    EXPECT_EQ(a.prolongations[0].signed_on, day("2021-05-17"));
    EXPECT_EQ(a.prolongations[0].new_last_day, day("2022-06-30"));
    EXPECT_EQ(a.prolongations[0].object, "Prolongation de six mois");
    // Nothing ends in the empty window; the next end is ctg-d's, 30/09/2021: 31 + 31 + 30 = 92
    // days after 30/06/2021.
    ASSERT_TRUE(r.next_after_horizon.has_value());
    EXPECT_EQ(r.next_after_horizon->convention_id, "ctg-d");
    EXPECT_EQ(r.next_after_horizon->last_day, day("2021-09-30"));
    EXPECT_EQ(r.next_after_horizon->days_remaining, 92);
}

TEST(deadlines_small, a_prolongation_counts_from_its_signature) {
    // The day before avenant-2 (signed 17/05/2021), ctg-a's initial term stands: last day
    // 31/12/2021, no prolongation; 16/05 → 31/12/2021: 15 (May) + 30 + 31 + 31 + 30 + 31 + 30
    // + 31 = 229 days. Within 12 months (to 16/05/2022) ctg-a ends on its initial last day.
    const auto r = ctg::deadlines(sample(), day("2021-05-16"), 12);
    EXPECT_TRUE(r.prolonged.empty());
    const auto a = ctg::deadline_of(sample(), sample().convention_at("ctg-a"), day("2021-05-16"));
    EXPECT_EQ(a.last_day, day("2021-12-31"));
    EXPECT_EQ(a.bilan_due, day("2021-12-31"));
    EXPECT_EQ(a.days_remaining, 229);
    EXPECT_TRUE(a.prolongations.empty());
    // On the day of the signature, the prolongation is known.
    const auto signed_on = ctg::deadlines(sample(), day("2021-05-17"), 12);
    EXPECT_EQ(ids(signed_on.prolonged), std::vector<std::string>{"ctg-a"});
}

TEST(deadlines_small, conventions_per_referent) {
    const auto groups = ctg::conventions_by_referent(sample(), day("2021-06-30"));
    ASSERT_EQ(groups.size(), 4U);  // r1, r2, r3, then the conventions without referent
    EXPECT_EQ(groups[0].referent_id, std::optional<std::string>("r1"));
    EXPECT_EQ(ids(groups[0].conventions), (std::vector<std::string>{"ctg-c", "ctg-a"}));
    // ctg-c ended on 31/12/2020: 181 days before 30/06/2021.
    EXPECT_EQ(groups[0].conventions[0].days_remaining, -181);
    EXPECT_EQ(ids(groups[1].conventions), (std::vector<std::string>{"ctg-e", "ctg-f", "ctg-b"}));
    EXPECT_EQ(groups[2].name, "Référent 3");
    EXPECT_TRUE(groups[2].conventions.empty());
    EXPECT_FALSE(groups[3].referent_id.has_value());
    EXPECT_EQ(ids(groups[3].conventions), std::vector<std::string>{"ctg-d"});
    EXPECT_EQ(groups[0].name, "Référent 1");
    // The report carries the same groups.
    EXPECT_EQ(ctg::deadlines(sample(), day("2021-06-30"), 12).by_referent.size(), 4U);
}

TEST(deadlines_small, negative_months_are_refused) {
    try {
        (void)ctg::deadlines(sample(), day("2021-06-30"), -6);
        FAIL() << "expected ctg::invalid_value";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().field, "months");
        EXPECT_EQ(e.detail().value, "-6");
    }
}

TEST(deadlines_charente, nothing_ends_within_12_months_of_the_meeting) {
    const auto& d = ctg::builtin_dataset("charente-2021");
    const auto r = ctg::deadlines(d, day("2021-06-30"), 12);
    EXPECT_TRUE(r.upcoming.empty());
    // The dataset's three prolongations (Grand Angoulême signed 15/11/2022, 4B Sud-Charente
    // 08/12/2022, Val de Charente 30/11/2023) are all signed after 30/06/2021: none listed.
    EXPECT_TRUE(r.prolonged.empty());
    for (const auto& group : r.by_referent) {
        for (const auto& c : group.conventions) {
            EXPECT_TRUE(c.prolongations.empty()) << c.convention_id;
        }
    }
    ASSERT_TRUE(r.next_after_horizon.has_value());
    EXPECT_EQ(r.next_after_horizon->last_day, day("2022-12-31"));
    // Three referents of three conventions each.
    ASSERT_EQ(r.by_referent.size(), 3U);
    for (const auto& g : r.by_referent) {
        EXPECT_EQ(g.conventions.size(), 3U) << g.name;
    }
    // Within 24 months (to 30/06/2023), terms as known on 30/06/2021: 4B Sud-Charente, Cœur de
    // Charente, Grand Angoulême and Rouillacais end on 31/12/2022 (the prolongations of 4B and
    // Grand Angoulême are not yet signed), Charente Limousine on 31/03/2023; by last day, then id.
    const auto r24 = ctg::deadlines(d, day("2021-06-30"), 24);
    EXPECT_EQ(ids(r24.upcoming),
              (std::vector<std::string>{"ctg-4b-sud-charente", "ctg-coeur-de-charente",
                                        "ctg-grand-angouleme", "ctg-rouillacais",
                                        "ctg-charente-limousine"}));
    // 30/06/2021 → 31/12/2022: 184 + 365 = 549 days.
    EXPECT_EQ(r24.upcoming[0].days_remaining, 549);
    EXPECT_EQ(r24.upcoming[0].marks.to_string(), "[I]");
}

TEST(deadlines_charente, prolongations_listed_are_those_signed_by_the_date) {
    const auto& d = ctg::builtin_dataset("charente-2021");
    // charente-2021.json: ctg-grand-angouleme 2019-01-01 → 2022-12-31, avenant-1 signed
    // 2022-11-15 with new end 2023-12-31; ctg-4b-sud-charente → 2022-12-31, avenant-1 signed
    // 2022-10-20 without new end, avenant-2 signed 2022-12-08 with new end 2023-12-31;
    // ctg-val-de-charente → 2023-12-31, avenant-1 signed 2023-11-30 with new end 2025-06-30.
    const auto& ga = d.convention_at("ctg-grand-angouleme");
    // On 30/06/2021 Grand Angoulême's term ends 31/12/2022: 30/06/2021 → 31/12/2022 is
    // 184 (rest of 2021) + 365 = 549 days, not the 914 days to 31/12/2023.
    const auto on_2021 = ctg::deadline_of(d, ga, day("2021-06-30"));
    EXPECT_EQ(on_2021.last_day, day("2022-12-31"));
    EXPECT_EQ(on_2021.days_remaining, 549);
    EXPECT_EQ(on_2021.bilan_due, day("2022-12-31"));
    EXPECT_EQ(ga.effective_end(day("2021-06-30")), day("2023-01-01"));
    // On 30/06/2023 the amendment of 15/11/2022 is known: ends 31/12/2023, 184 days later
    // (1 + 31 + 31 + 30 + 31 + 30 + 31 = 184 from 30/06 to 31/12).
    const auto on_2023 = ctg::deadline_of(d, ga, day("2023-06-30"));
    EXPECT_EQ(on_2023.last_day, day("2023-12-31"));
    EXPECT_EQ(on_2023.days_remaining, 184);
    ASSERT_EQ(on_2023.prolongations.size(), 1U);
    EXPECT_EQ(on_2023.prolongations[0].signed_on, day("2022-11-15"));
    // 30/06/2023: Grand Angoulême and 4B are prolonged; Val de Charente's amendment
    // (30/11/2023) is not yet signed, so its term still ends 31/12/2023 and falls within the
    // 18-month window (to 30/12/2024) beside Grand Angoulême, 4B and Grand Cognac (31/12/2023),
    // La Rochefoucauld (30/06/2024) and Lavalette Tude Dronne (31/08/2024).
    const auto r = ctg::deadlines(d, day("2023-06-30"), 18);
    EXPECT_EQ(ids(r.prolonged),
              (std::vector<std::string>{"ctg-4b-sud-charente", "ctg-grand-angouleme"}));
    EXPECT_EQ(ids(r.upcoming), (std::vector<std::string>{
                                   "ctg-4b-sud-charente", "ctg-grand-angouleme", "ctg-grand-cognac",
                                   "ctg-val-de-charente", "ctg-la-rochefoucauld-porte-du-perigord",
                                   "ctg-lavalette-tude-dronne"}));
    // From 30/11/2023 the three prolongations are known.
    EXPECT_EQ(ctg::deadlines(d, day("2023-11-30"), 18).prolonged.size(), 3U);
}

}  // namespace

TEST(bilan_rule, the_default_is_the_last_day_a_labelled_reading) {
    const ctg::bilan_rule& rule = ctg::default_bilan_rule();
    EXPECT_EQ(rule.months_before_end, 0);
    EXPECT_EQ(rule.origin.kind, ctg::evidence::reading);
    EXPECT_FALSE(rule.origin.alternative.empty());
    EXPECT_TRUE(ctg::check_reasoning(rule.origin, "bilan").empty());
    EXPECT_EQ(rule.due(day("2022-12-31")), day("2022-12-31"));
}

TEST(bilan_rule, months_before_the_end_keep_month_ends) {
    // 6 months before 31/12/2022: 30/06/2022 (a month end stays one); 3 months before
    // 15/05/2023: 15/02/2023; 1 month before 31/03/2023: 28/02/2023.
    EXPECT_EQ((ctg::bilan_rule{6, {}}.due(day("2022-12-31"))), day("2022-06-30"));
    EXPECT_EQ((ctg::bilan_rule{3, {}}.due(day("2023-05-15"))), day("2023-02-15"));
    EXPECT_EQ((ctg::bilan_rule{1, {}}.due(day("2023-03-31"))), day("2023-02-28"));
    const ctg::bilan_rule negative{-1, {}};
    EXPECT_THROW((void)negative.due(day("2023-03-31")), ctg::invalid_value);
    // deadlines() applies the rule it is given, and reports it.
    const auto& d = ctg::builtin_dataset("charente-2021");
    const auto r = ctg::deadlines(d, day("2021-06-30"), 18, ctg::bilan_rule{6, {}});
    EXPECT_EQ(r.bilan.months_before_end, 6);
    ASSERT_FALSE(r.upcoming.empty());
    EXPECT_EQ(r.upcoming[0].last_day, day("2022-12-31"));
    EXPECT_EQ(r.upcoming[0].bilan_due, day("2022-06-30"));
}

TEST(add_months, a_horizon_past_the_last_year_is_refused_before_it_wraps) {
    // Before: 786,432 months (65,536 years) came back to 2021-06-30, and 786,450 to
    // 2022-12-30: std::chrono::year wrapped. Now the month count is checked in 64 bits.
    EXPECT_EQ(ctg::to_iso(ctg::add_months(day("2021-06-30"), 2'141)), "2199-11-30");
    EXPECT_EQ(ctg::to_iso(ctg::add_months(day("2021-06-30"), 2'142)), "2199-12-30");
    for (const int months : {2'143, 786'432, 786'450, 2'147'483'647}) {
        try {
            (void)ctg::add_months(day("2021-06-30"), months);
            ADD_FAILURE() << months;
        } catch (const ctg::invalid_value& e) {
            EXPECT_EQ(e.detail().code, "deadline.months.range");
            EXPECT_EQ(e.detail().field, "months");
            EXPECT_EQ(e.detail().value, std::to_string(months));
            EXPECT_EQ(e.detail().param("from"), "2021-06-30");
        }
    }
}
