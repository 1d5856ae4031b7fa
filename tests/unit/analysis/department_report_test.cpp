// SPDX-License-Identifier: MIT
// build_department_report(): the embedded Charente dataset on 2021-06-30 under the four
// built-in rulebooks (figures worked out by hand from the rulebooks' parameters and the
// dataset's ETP, population and evaluation answers), the defaults taken from the dataset's
// `rulebook` and `grid` fields, datasets without them or without evaluations, bad input.
#include <ctg/analysis/department_report.hpp>
#include <ctg/core/error.hpp>
#include <ctg/io/dataset_json.hpp>
#include <ctg/rules/rulebook.hpp>

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace {

const ctg::dataset& charente() { return ctg::builtin_dataset("charente-2021"); }

ctg::date day(const char* text) { return ctg::parse_date(text); }

/// The rulebooks in the order `ctg report` gives them by default.
std::vector<ctg::rulebook> all_rulebooks() {
    std::vector<ctg::rulebook> rules;
    for (const char* id : {"national-2020", "cej", "charente-2021", "loire-cej-2015"}) {
        rules.push_back(ctg::builtin_rulebook(id));
    }
    return rules;
}

/// Charente with its parts changed by `change`, built again.
template <typename Change>
ctg::dataset charente_with(Change change) {
    ctg::dataset_parts parts = charente().parts();
    change(parts);
    return ctg::dataset::build(std::move(parts), "test");
}

ctg::money euros(const char* text) { return ctg::money::parse(text); }

TEST(department_report, charente_2021_summary_coverage_and_volume) {
    const auto r = ctg::build_department_report(charente(), day("2021-06-30"), all_rulebooks());
    EXPECT_EQ(r.dataset.id, "charente-2021");
    EXPECT_EQ(r.dataset.department.name, "Charente");
    EXPECT_EQ(r.dataset.counts.posts, 9U);
    // Millésime 2018, in force in 2021 (data/epci.json of @etalab/decoupage-administratif 1.1.1).
    EXPECT_EQ(r.dataset.population, 351'778);
    EXPECT_EQ(r.dataset.contracted_fte.to_string(), "14.75");
    // Every EPCI covered: 351,778 of 351,778 inhabitants, against the COG 2021 target of 75 %.
    EXPECT_EQ(r.coverage.covered, 351'778);
    EXPECT_EQ(r.coverage.share.percent({2}).to_plain(), "100.00");
    ASSERT_TRUE(r.coverage.cog_target.has_value());
    EXPECT_EQ(r.coverage.cog_target->to_french(), "75\u00A0%");
    // The trajectory: one point per COG year, on 30 June.
    ASSERT_EQ(r.trajectory.size(), 5U);
    EXPECT_EQ(r.trajectory[3].year, 2021);
    EXPECT_EQ(r.trajectory[3].on, day("2021-06-30"));
    EXPECT_EQ(r.trajectory[3].share, r.coverage.share);
    // 351,778 inhabitants / 14.75 ETP = 1,407,112 / 59 = 23,849.36 inhabitants per ETP.
    EXPECT_EQ(r.volume.total_fte.to_string(), "14.75");
    ASSERT_TRUE(r.volume.inhabitants_per_fte.has_value());
    EXPECT_EQ(*r.volume.inhabitants_per_fte, ctg::exact_ratio(1'407'112, 59));
    EXPECT_EQ(r.volume.inhabitants_per_fte->rounded({2}).to_plain(), "23849.36");
}

TEST(department_report, charente_2021_maxima_comparison_and_gains) {
    const auto r = ctg::build_department_report(charente(), day("2021-06-30"), all_rulebooks());
    ASSERT_EQ(r.maximum.size(), 4U);
    // 24,000 € × 14.75 ETP.
    EXPECT_EQ(r.maximum[0].total.total, euros("354000.00"));
    // CEJ average 22,553 € × 14.75 ETP.
    EXPECT_EQ(r.maximum[1].total.total, euros("332656.75"));
    // Charente: 80 % of the 48,000 € ceiling = 38,400 € per ETP, of which 55 % (26,400 €)
    // bonus territoire and 25 % (12,000 €) fonds locaux.
    EXPECT_EQ(r.maximum[2].total.total, euros("566400.00"));
    ASSERT_EQ(r.maximum[2].total.parts.size(), 2U);
    EXPECT_EQ(r.maximum[2].total.parts[0].amount, euros("389400.00"));
    EXPECT_EQ(r.maximum[2].total.parts[1].amount, euros("177000.00"));
    // Loire CEJ 2015: 62.43 % of 48,000 € = 29,966.40 € per ETP.
    EXPECT_EQ(r.maximum[3].total.total, euros("442004.40"));

    EXPECT_EQ(
        r.comparison.rulebooks,
        (std::vector<std::string>{"national-2020", "cej", "charente-2021", "loire-cej-2015"}));
    EXPECT_EQ(r.comparison.by_epci.size(), charente().epcis().size());
    ASSERT_EQ(r.comparison.total.by_rulebook.size(), 4U);
    EXPECT_EQ(r.comparison.total.by_rulebook[2].total, euros("566400.00"));
    EXPECT_EQ(r.comparison.total.contracted_fte.to_string(), "14.75");

    // The gains start from the CEJ: national-2020 gives 24,000 − 22,553 = 1,447 € more per
    // ETP, 1,447 × 14.75 = 21,343.25 € in all.
    ASSERT_EQ(r.comparison.baseline, std::optional<std::string>("cej"));
    ASSERT_EQ(r.comparison.gains.size(), 3U);
    const auto& gain = r.comparison.gains[0];
    EXPECT_EQ(gain.from_rulebook, "cej");
    EXPECT_EQ(gain.to_rulebook, "national-2020");
    ASSERT_TRUE(gain.total.delta_per_fte.has_value());
    EXPECT_EQ(*gain.total.delta_per_fte, euros("1447.00"));
    EXPECT_EQ(gain.total.delta, euros("21343.25"));
}

TEST(department_report, charente_details_its_own_rulebook_by_the_dataset_field) {
    EXPECT_EQ(charente().rulebook_id(), "charente-2021");
    const auto r = ctg::build_department_report(charente(), day("2021-06-30"), all_rulebooks());
    EXPECT_EQ(r.financing.rulebook_id, "charente-2021");
    EXPECT_EQ(r.detailed_maximum().total.total, euros("566400.00"));
    EXPECT_FALSE(r.rulebooks[0].detailed);
    EXPECT_TRUE(r.rulebooks[2].detailed);
    // 2021 has declared expenses: the declared financing is there.
    ASSERT_TRUE(r.financing.declared.has_value());
    EXPECT_FALSE(r.financing.declared_unavailable.has_value());
    EXPECT_EQ(r.financing.declared->rulebook_id, "charente-2021");
    // A detail named explicitly wins over the dataset's.
    ctg::department_report_options options;
    options.detail = "cej";
    EXPECT_EQ(ctg::build_department_report(charente(), day("2021-06-30"), all_rulebooks(), options)
                  .financing.rulebook_id,
              "cej");
}

TEST(department_report, a_year_without_declared_expenses_keeps_the_refusal) {
    const auto r = ctg::build_department_report(charente(), day("2024-06-30"), all_rulebooks());
    EXPECT_FALSE(r.financing.declared.has_value());
    ASSERT_TRUE(r.financing.declared_unavailable.has_value());
    EXPECT_EQ(r.financing.declared_unavailable->field, "year");
    EXPECT_EQ(r.financing.declared_unavailable->value, "2024");
    EXPECT_FALSE(r.financing.declared_years.empty());
    for (const int year : r.financing.declared_years) {
        EXPECT_LT(year, 2024);
    }
    // On 30/06/2021 the 2022 expenses are not yet declared: only 2021 is listed.
    EXPECT_EQ(ctg::build_department_report(charente(), day("2021-06-30"), all_rulebooks())
                  .financing.declared_years,
              std::vector<int>{2021});
}

TEST(department_report, charente_2021_evaluation_on_the_dataset_grid) {
    EXPECT_EQ(charente().grid_id(), "charente-2021");
    // The 2021 grids were filled from 18 January to 22 February 2022, the 2022 ones in January
    // 2023: on 30 June 2022 the 2021 evaluations are known, the 2022 ones are not.
    const auto r = ctg::build_department_report(charente(), day("2022-06-30"), all_rulebooks());
    ASSERT_TRUE(r.evaluation.has_value());
    const auto& e = *r.evaluation;
    EXPECT_EQ(e.year, 2021);
    EXPECT_EQ(e.years, (std::vector<int>{2021}));
    EXPECT_EQ(e.grid_id, "charente-2021");
    EXPECT_EQ(e.grid_version, 1);
    // Achieved: 289 missions marked "oui" + 23 yes answers = 312, among 712 levels − 130
    // "sans objet" + 35 yes/no answers = 617 applicable cells.
    EXPECT_EQ(e.rollup.department_overall, (ctg::share{312, 617}));
    // Answered: 712 + 35 + 8 numbers = 755 of 9 posts × 86 cells = 774.
    EXPECT_EQ(e.department_completeness, (ctg::share{755, 774}));
    ASSERT_EQ(e.rows.size(), 9U);
    EXPECT_EQ(e.rows[0].provenance, std::optional{ctg::evidence::illustrative});
    // 2020 is not evaluated: no trend in 2021.
    EXPECT_TRUE(e.trend.empty());
    EXPECT_EQ(e.not_assessed.size(), 9U);
    EXPECT_TRUE(e.without_section.empty());
}

TEST(department_report, evaluation_year_is_the_latest_known_on_the_report_date) {
    // On 30 June 2021 no grid of 2021 is filled yet: no evaluation section.
    EXPECT_FALSE(ctg::report_evaluation_year(charente(), day("2021-06-30")).has_value());
    EXPECT_FALSE(ctg::build_department_report(charente(), day("2021-06-30"), all_rulebooks())
                     .evaluation.has_value());
    EXPECT_EQ(ctg::report_evaluation_year(charente(), day("2022-06-30")), 2021);
    EXPECT_EQ(ctg::report_evaluation_year(charente(), day("2024-06-30")), 2022);
    EXPECT_FALSE(ctg::report_evaluation_year(charente(), day("2019-06-30")).has_value());
    // 30 June 2023: the 2022 grids (filled in January 2023) are known.
    const auto r = ctg::build_department_report(charente(), day("2023-06-30"), all_rulebooks());
    ASSERT_TRUE(r.evaluation.has_value());
    EXPECT_EQ(r.evaluation->year, 2022);
    // Posts evaluated in 2021 and 2022 on the grid's version have a trend.
    EXPECT_FALSE(r.evaluation->trend.empty());
}

TEST(department_report, an_evaluation_counts_from_the_day_it_was_filled) {
    // Grand Angoulême's 2021 grid is the first filled, on 18 January 2022; the next is Grand
    // Cognac's on 20 January. On the 17th nothing is known, on the 18th one post is evaluated,
    // on the 19th still one, on the 20th two.
    EXPECT_FALSE(ctg::report_evaluation_year(charente(), day("2022-01-17")).has_value());
    const auto evaluated = [](const char* on) {
        const auto r = ctg::build_department_report(charente(), day(on), all_rulebooks());
        std::vector<std::string> posts;
        for (const auto& row : r.evaluation->rows) {
            if (row.provenance) {
                posts.push_back(row.rollup.post_id);
            }
        }
        return posts;
    };
    // Not known yet on the 17th: all 13 grids of the dataset, the first known on the 18th.
    const auto before =
        ctg::build_department_report(charente(), day("2022-01-17"), all_rulebooks());
    EXPECT_EQ(before.evaluations_pending.count, 13U);
    EXPECT_EQ(before.evaluations_pending.first_known_on, std::optional{day("2022-01-18")});
    // 30 June 2022: the nine grids of 2021 are read, the four of 2022 (19 to 31 January 2023)
    // are not.
    const auto mid = ctg::build_department_report(charente(), day("2022-06-30"), all_rulebooks());
    EXPECT_EQ(mid.evaluations_pending.count, 4U);
    EXPECT_EQ(mid.evaluations_pending.first_known_on, std::optional{day("2023-01-19")});
    EXPECT_EQ(ctg::build_department_report(charente(), day("2023-06-30"), all_rulebooks())
                  .evaluations_pending.count,
              0U);
    EXPECT_EQ(evaluated("2022-01-18"), std::vector<std::string>{"post-grand-angouleme"});
    EXPECT_EQ(evaluated("2022-01-19"), std::vector<std::string>{"post-grand-angouleme"});
    EXPECT_EQ(evaluated("2022-01-20"),
              (std::vector<std::string>{"post-grand-angouleme", "post-grand-cognac"}));
    // Without `filled_on`, a grid of 2021 counts from 1 January 2022 (the library's reading).
    const auto undated = charente_with([](ctg::dataset_parts& p) {
        for (auto& e : p.evaluations) {
            e.filled_on.reset();
        }
    });
    EXPECT_FALSE(ctg::report_evaluation_year(undated, day("2021-12-31")).has_value());
    EXPECT_EQ(ctg::report_evaluation_year(undated, day("2022-01-01")), 2021);
    EXPECT_EQ(ctg::report_evaluation_year(undated, day("2023-01-01")), 2022);
}

TEST(department_report, every_section_reads_the_population_in_force_on_the_date) {
    // Every EPCI gives its official populations of millésimes 2016 to 2022: each date reads the
    // one in force, in coverage, volume and the dataset summary alike. 30/06/2022: millésime
    // 2019, 352,015 inhabitants (data/epci.json of 2.3.1, summed by hand) / 14.75 ETP in force
    // = 1,408,060 / 59 = 23,865.42 per ETP.
    const auto r = ctg::build_department_report(charente(), day("2022-06-30"), all_rulebooks());
    EXPECT_EQ(r.coverage.total, 352'015);
    EXPECT_EQ(r.volume.total_population, 352'015);
    EXPECT_EQ(r.dataset.population, 352'015);
    EXPECT_EQ(r.volume.total_fte.to_string(), "14.75");
    EXPECT_EQ(r.volume.inhabitants_per_fte->rounded({2}).to_french(), "23\u202f865,42");
    EXPECT_EQ(r.coverage.epcis_without_population_in_force(), 0U);
    // Without the other years, 30/06/2021 reads millésime 2018 alone: 351,778 all the same.
    const auto only_2018 = charente_with([](ctg::dataset_parts& p) {
        for (auto& e : p.epcis) {
            e.other_populations.clear();
        }
    });
    const auto plain = ctg::build_department_report(only_2018, day("2022-06-30"), all_rulebooks());
    EXPECT_EQ(plain.coverage.total, 351'778);
    EXPECT_EQ(plain.volume.total_population, 351'778);
    EXPECT_EQ(plain.dataset.population, 351'778);
    EXPECT_EQ(plain.coverage.epcis_without_population_in_force(), 9U);
}

TEST(department_report, default_rulebooks_are_national_then_the_departments_own) {
    // Charente (16): the national flat rate, the CEJ baseline, then the Charente rule; the
    // Loire's rule (42) is not the Charente's to compare.
    EXPECT_EQ(ctg::default_report_rulebooks(charente()),
              (std::vector<std::string>{"national-2020", "cej", "charente-2021"}));
    // The Loire's dataset gets the Loire rule; a department without its own rule, the national
    // ones only.
    const auto loire = charente_with([](ctg::dataset_parts& p) {
        p.department.code = "42";
        p.rulebook.clear();
    });
    EXPECT_EQ(ctg::default_report_rulebooks(loire),
              (std::vector<std::string>{"national-2020", "cej", "loire-cej-2015"}));
    const auto elsewhere = charente_with([](ctg::dataset_parts& p) {
        p.department.code = "79";
        p.rulebook.clear();
    });
    EXPECT_EQ(ctg::default_report_rulebooks(elsewhere),
              (std::vector<std::string>{"national-2020", "cej"}));
    // A dataset naming a built-in rule as its own gets it, whatever its department.
    const auto adopted = charente_with([](ctg::dataset_parts& p) {
        p.department.code = "79";
        p.rulebook = "loire-cej-2015";
    });
    EXPECT_EQ(ctg::default_report_rulebooks(adopted),
              (std::vector<std::string>{"national-2020", "cej", "loire-cej-2015"}));
}

/// Sum of the contracted ETP of the posts of the conventions coverage lists as in force.
ctg::fte coverage_fte(const ctg::dataset& d, const ctg::coverage_report& c) {
    std::set<std::string> in_force;
    for (const auto& e : c.epcis) {
        in_force.insert(e.conventions.begin(), e.conventions.end());
    }
    ctg::fte total;
    for (const auto& post : d.posts()) {
        if (in_force.contains(post.convention_id)) {
            total = total + post.contracted_fte;
        }
    }
    return total;
}

/// Sum of the contracted ETP of the posts a financing finances on `on` (active that day).
ctg::fte financed_fte_on(const ctg::portfolio_financing& p, ctg::date on) {
    ctg::fte total;
    for (const auto& post : p.posts) {
        if (post.status == ctg::post_status::financed && post.active->contains(on)) {
            total = total + post.contracted_fte;
        }
    }
    return total;
}

TEST(department_report, coverage_volume_and_financing_count_the_same_etp_on_the_date) {
    // charente-2021.json: every term covers 30/06/2021 and 30/06/2022 (the earliest last day
    // is 31/12/2022): 2.5 + 4 + 1.5 + 1 + 1.5 + 1 + 1.5 + 1 + 0.75 = 14.75 ETP.
    // On 30/06/2023, as known that day, Charente Limousine (1.5 ETP, → 31/03/2023), Cœur de
    // Charente (1, → 31/12/2022) and Rouillacais (0.75, → 31/12/2022) have lapsed; Grand
    // Angoulême and 4B Sud-Charente run to 31/12/2023 by amendments signed 15/11/2022 and
    // 08/12/2022: 14.75 − 1.5 − 1 − 0.75 = 11.5 ETP.
    const std::vector<std::pair<const char*, const char*>> expected{
        {"2021-06-30", "14.75"}, {"2022-06-30", "14.75"}, {"2023-06-30", "11.5"}};
    for (const auto& [on, etp] : expected) {
        const auto r = ctg::build_department_report(charente(), day(on), all_rulebooks());
        EXPECT_EQ(coverage_fte(charente(), r.coverage).to_string(), etp) << on;
        EXPECT_EQ(r.volume.total_fte.to_string(), etp) << on;
        ASSERT_TRUE(r.volume.on.has_value()) << on;
        EXPECT_EQ(*r.volume.on, day(on));
        for (const auto& maximum : r.maximum) {
            EXPECT_EQ(financed_fte_on(maximum, day(on)).to_string(), etp)
                << on << ' ' << maximum.rulebook_id;
        }
    }
}

TEST(department_report, on_30_june_2023_the_volume_leaves_out_the_lapsed_ctg) {
    const auto r = ctg::build_department_report(charente(), day("2023-06-30"), all_rulebooks());
    // 11.5 ETP (see above) for 351,718 inhabitants (millésime 2020, in force in 2023):
    // 351,718 / 11.5 = 703,436 / 23 = 30,584.173… → 30,584.17 inhabitants per ETP.
    EXPECT_EQ(r.volume.total_fte.to_string(), "11.5");
    ASSERT_TRUE(r.volume.inhabitants_per_fte.has_value());
    EXPECT_EQ(r.volume.inhabitants_per_fte->rounded({2}).to_plain(), "30584.17");
    // The three EPCI the coverage leaves uncovered are those without ETP.
    EXPECT_EQ(r.coverage.uncovered().size(), 3U);
    EXPECT_EQ(r.volume.without_fte.size(), 3U);
    // The financing of the year still counts Charente Limousine's three months (its term ends
    // 31/03/2023): 11.5 + 1.5 = 13 ETP financed over 2023.
    EXPECT_EQ(r.detailed_maximum().total.contracted_fte.to_string(), "13");
}

TEST(department_report, on_30_june_2021_no_later_amendment_is_listed) {
    // The amendments of charente-2021.json are signed 20/10/2022, 15/11/2022, 08/12/2022 and
    // 30/11/2023: none is known on 30/06/2021.
    const auto r = ctg::build_department_report(charente(), day("2021-06-30"), all_rulebooks());
    EXPECT_TRUE(r.deadlines.prolonged.empty());
    // Grand Angoulême ends on 31/12/2022 as known then: 184 + 365 = 549 days, not 914.
    for (const auto& group : r.deadlines.by_referent) {
        for (const auto& c : group.conventions) {
            EXPECT_TRUE(c.prolongations.empty()) << c.convention_id;
            if (c.convention_id == "ctg-grand-angouleme") {
                EXPECT_EQ(c.last_day, day("2022-12-31"));
                EXPECT_EQ(c.days_remaining, 549);
            }
        }
    }
    // The 18 months from 30/06/2021 reach 31/12/2022 (deadline_horizon): the four terms ending
    // that day as known then (4B, Cœur de Charente, Grand Angoulême, Rouillacais) are upcoming;
    // the next is Charente Limousine's, 31/03/2023.
    EXPECT_EQ(r.deadlines.upcoming.size(), 4U);
    ASSERT_TRUE(r.deadlines.next_after_horizon.has_value());
    EXPECT_EQ(r.deadlines.next_after_horizon->convention_id, "ctg-charente-limousine");
    EXPECT_EQ(r.deadlines.next_after_horizon->last_day, day("2023-03-31"));
}

/// The subjects of the data sources of kind `what`, in order.
std::vector<std::string> source_subjects(const ctg::department_report& r, std::string_view what) {
    std::vector<std::string> out;
    for (const auto& source : r.sources.data) {
        if (source.what == what) {
            out.insert(out.end(), source.subjects.begin(), source.subjects.end());
        }
    }
    return out;
}

TEST(department_report, sources_leave_out_the_expenses_and_evaluations_of_later_years) {
    // charente-2021.json: 9 posts declare a 2021 expense, 4 a 2022 one (Grand Angoulême,
    // Grand Cognac, La Rochefoucauld, Rouillacais); evaluations of 2021 and 2022.
    const auto on_2021 =
        ctg::build_department_report(charente(), day("2021-06-30"), all_rulebooks());
    const auto expenses_2021 = source_subjects(on_2021, "expense");
    EXPECT_EQ(expenses_2021.size(), 9U);
    for (const auto& subject : expenses_2021) {
        EXPECT_TRUE(subject.ends_with(" 2021")) << subject;
    }
    // The 2021 grids were filled in 2022: on 30 June 2021 they are not sources yet.
    EXPECT_TRUE(source_subjects(on_2021, "evaluation").empty());
    const auto on_2022 =
        ctg::build_department_report(charente(), day("2022-06-30"), all_rulebooks());
    const auto evaluations_2022 = source_subjects(on_2022, "evaluation");
    EXPECT_EQ(evaluations_2022.size(), 9U);
    for (const auto& subject : evaluations_2022) {
        EXPECT_TRUE(subject.ends_with(" 2021")) << subject;
    }
    const auto on_2023 =
        ctg::build_department_report(charente(), day("2023-06-30"), all_rulebooks());
    EXPECT_EQ(source_subjects(on_2023, "expense").size(), 9U + 4U);
    EXPECT_EQ(source_subjects(on_2023, "evaluation").size(), charente().evaluations().size());
}

TEST(department_report, without_rulebook_field_the_first_rulebook_is_detailed) {
    const auto d = charente_with([](ctg::dataset_parts& p) { p.rulebook.clear(); });
    EXPECT_EQ(ctg::default_detailed_rulebook(d, all_rulebooks()), "national-2020");
    const auto r = ctg::build_department_report(d, day("2021-06-30"), all_rulebooks());
    EXPECT_EQ(r.financing.rulebook_id, "national-2020");
    EXPECT_EQ(r.detailed_maximum().total.total, euros("354000.00"));
    // A rulebook field naming a rulebook the report does not use: the first one too.
    const auto other = charente_with([](ctg::dataset_parts& p) { p.rulebook = "ariege-2030"; });
    EXPECT_EQ(ctg::default_detailed_rulebook(other, all_rulebooks()), "national-2020");
}

TEST(department_report, without_grid_field_the_grid_of_the_evaluations) {
    const auto d = charente_with([](ctg::dataset_parts& p) { p.grid.clear(); });
    const auto r = ctg::build_department_report(d, day("2022-06-30"), all_rulebooks());
    ASSERT_TRUE(r.evaluation.has_value());
    EXPECT_EQ(r.evaluation->grid_id, "charente-2021");
    EXPECT_EQ(r.evaluation->rollup.department_overall, (ctg::share{312, 617}));
}

TEST(department_report, without_evaluations_there_is_no_evaluation_section) {
    const auto d = charente_with([](ctg::dataset_parts& p) {
        p.evaluations.clear();
        p.grid.clear();
    });
    const auto r = ctg::build_department_report(d, day("2021-06-30"), all_rulebooks());
    EXPECT_FALSE(r.evaluation.has_value());
    EXPECT_FALSE(ctg::report_evaluation_year(d, day("2021-06-30")).has_value());
    // A grid named but nothing evaluated: no section either.
    const auto named = charente_with([](ctg::dataset_parts& p) { p.evaluations.clear(); });
    EXPECT_FALSE(ctg::build_department_report(named, day("2021-06-30"), all_rulebooks())
                     .evaluation.has_value());
    // Every other section is still there; no evaluation in the data sources.
    EXPECT_EQ(r.maximum.size(), 4U);
    for (const auto& source : r.sources.data) {
        EXPECT_NE(source.what, "evaluation");
    }
}

TEST(department_report, without_cej_there_are_no_gains) {
    std::vector<ctg::rulebook> rules{ctg::builtin_rulebook("national-2020"),
                                     ctg::builtin_rulebook("charente-2021")};
    const auto r = ctg::build_department_report(charente(), day("2021-06-30"), rules);
    EXPECT_FALSE(r.comparison.baseline.has_value());
    EXPECT_TRUE(r.comparison.gains.empty());
    ctg::department_report_options options;
    options.baseline = "national-2020";
    const auto from_national =
        ctg::build_department_report(charente(), day("2021-06-30"), rules, options);
    ASSERT_EQ(from_national.comparison.gains.size(), 1U);
    // 566,400.00 − 354,000.00 = 212,400.00 €.
    EXPECT_EQ(from_national.comparison.gains[0].total.delta, euros("212400.00"));
}

TEST(department_report, sources_are_deduplicated_and_grouped) {
    const auto r = ctg::build_department_report(charente(), day("2021-06-30"), all_rulebooks());
    for (std::size_t i = 0; i < r.sources.parameters.size(); ++i) {
        for (std::size_t j = i + 1; j < r.sources.parameters.size(); ++j) {
            const auto& a = r.sources.parameters[i];
            const auto& b = r.sources.parameters[j];
            EXPECT_FALSE(a.rulebook_id == b.rulebook_id && a.reading.name == b.reading.name &&
                         a.reading.segment_start == b.reading.segment_start);
        }
    }
    ASSERT_FALSE(r.sources.data.empty());
    EXPECT_EQ(r.sources.data[0].what, "department");
    EXPECT_EQ(r.sources.data[0].subjects, (std::vector<std::string>{"Charente"}));
    std::size_t epci_subjects = 0;
    for (const auto& source : r.sources.data) {
        if (source.what == "epci") {
            epci_subjects += source.subjects.size();
        }
    }
    EXPECT_EQ(epci_subjects, charente().epcis().size());
}

TEST(department_report, errors_name_the_field) {
    const auto on = day("2021-06-30");
    try {
        (void)ctg::build_department_report(charente(), on, {});
        FAIL() << "no rulebook";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().field, "rulebooks");
        EXPECT_EQ(e.detail().expected, "at least one rulebook");
        EXPECT_EQ(e.detail().code, "report.rulebooks.empty");
    }
    std::vector<ctg::rulebook> twice{ctg::builtin_rulebook("cej"), ctg::builtin_rulebook("cej")};
    try {
        (void)ctg::build_department_report(charente(), on, twice);
        FAIL() << "a rulebook twice";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().field, "rulebooks");
        EXPECT_EQ(e.detail().value, "cej, cej");
        EXPECT_EQ(e.detail().expected, "each rulebook once");
        EXPECT_EQ(e.detail().code, "report.rulebooks.repeated");
    }
    ctg::department_report_options options;
    options.detail = "loire-cej-2015";
    std::vector<ctg::rulebook> two{ctg::builtin_rulebook("national-2020"),
                                   ctg::builtin_rulebook("cej")};
    try {
        (void)ctg::build_department_report(charente(), on, two, options);
        FAIL() << "a detail not among the rulebooks";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().field, "detail");
        EXPECT_EQ(e.detail().value, "loire-cej-2015");
        EXPECT_EQ(e.detail().expected, "one of the report's rulebooks (national-2020, cej)");
        EXPECT_EQ(e.detail().code, "report.rulebook.unknown");
    }
    options = {};
    options.baseline = "charente-2021";
    try {
        (void)ctg::build_department_report(charente(), on, two, options);
        FAIL() << "a baseline not among the rulebooks";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().field, "baseline");
        EXPECT_EQ(e.detail().value, "charente-2021");
    }
    options = {};
    options.deadline_months = -1;
    EXPECT_THROW((void)ctg::build_department_report(charente(), on, two, options),
                 ctg::invalid_value);
}

TEST(dataset_fields, grid_must_be_built_in_and_both_fields_round_trip) {
    try {
        (void)charente_with([](ctg::dataset_parts& p) { p.grid = "gironde-2030"; });
        FAIL() << "an unknown grid";
    } catch (const ctg::validation_error& e) {
        ASSERT_EQ(e.details().size(), 1U);
        EXPECT_EQ(e.details()[0].field, "grid");
        EXPECT_EQ(e.details()[0].value, "gironde-2030");
        EXPECT_EQ(e.details()[0].code, "builtin.grid.unknown");
        EXPECT_EQ(e.details()[0].expected, "a built-in grid: charente-2021");
    }
    const std::string text = ctg::to_json(charente());
    EXPECT_NE(text.find("\"rulebook\": \"charente-2021\",\n  \"grid\": \"charente-2021\""),
              std::string::npos);
    const auto again = ctg::load_dataset_json(text, "round trip");
    EXPECT_EQ(again.rulebook_id(), "charente-2021");
    EXPECT_EQ(again.grid_id(), "charente-2021");
    // Left out when empty.
    const auto without = charente_with([](ctg::dataset_parts& p) {
        p.rulebook.clear();
        p.grid.clear();
    });
    const std::string plain = ctg::to_json(without);
    EXPECT_EQ(plain.find("\"rulebook\""), std::string::npos);
    EXPECT_EQ(plain.find("\n  \"grid\""), std::string::npos);
}

}  // namespace

TEST(department_report, eight_threads_build_the_same_report_of_one_dataset) {
    // One dataset, four rulebooks, shared by 8 threads that each build the whole report on
    // 30/06/2021 (coverage, volume, every financing, comparison, follow-up) 5 times, while the
    // built-in data is loaded concurrently on first use: every figure equals the one-thread
    // report's (566,400.00 € at the ceiling under charente-2021, 490,324.93 € declared in post).
    // Run under ThreadSanitizer by `make test-tsan`.
    const ctg::dataset& d = charente();
    const auto rules = all_rulebooks();
    const auto reference = ctg::build_department_report(d, day("2021-06-30"), rules);
    ASSERT_EQ(reference.detailed_maximum().total.total, euros("566400.00"));
    ASSERT_EQ(reference.financing.declared->total.total, euros("490324.93"));
    std::vector<std::vector<ctg::money>> seen(8);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < 8; ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 5; ++round) {
                const auto r = ctg::build_department_report(d, day("2021-06-30"), rules);
                for (const auto& p : r.maximum) {
                    seen[t].push_back(p.total.total);
                }
                seen[t].push_back(r.financing.declared->total.total);
            }
        });
    }
    for (auto& th : threads) {
        th.join();
    }
    std::vector<ctg::money> expected;
    for (int round = 0; round < 5; ++round) {
        for (const auto& p : reference.maximum) {
            expected.push_back(p.total.total);
        }
        expected.push_back(reference.financing.declared->total.total);
    }
    for (const auto& s : seen) {
        EXPECT_EQ(s, expected);
    }
}
