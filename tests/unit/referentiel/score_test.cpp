// SPDX-License-Identifier: MIT
// Scores, year-over-year comparison and roll-up on hand-filled evaluations; every expected
// count below is worked out by hand in the comments.
#include "support/test_support.hpp"
#include <ctg/core/error.hpp>
#include <ctg/referentiel/activity_coverage.hpp>
#include <ctg/referentiel/rollup.hpp>
#include <ctg/referentiel/score.hpp>
#include <ctg/referentiel/year_comparison.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using ctg::volet;

const ctg::grid& charente() { return ctg::builtin_grid("charente-2021"); }

ctg::answer level(const char* item, volet p, const char* code) {
    return ctg::answer::of_level(item, p, code);
}

ctg::evaluation base(std::string post_id, int year) {
    return ctg_test::charente_evaluation(std::move(post_id), year, "test", "2023-01-31");
}

/// 13 answered cells of 86:
///   section 1: 1.1 famille oui, education en_partie, social non; 1.2 famille oui,
///              education oui, social sans_objet; 1.3 famille non
///              → applicable 6, achieved 3; answered 7 of 21
///   section 2: 2.1 famille oui; 2.2 social oui → 2/2; answered 2 of 18
///   section 3: nothing → undefined; 0 of 27
///   section 4: 4.5 education en_partie → 0/1; 1 of 15
///   section 5: 5.1 = 1.5 (not scored), 5.2 yes, 5.3 no → 1/2; 3 of 5
ctg::evaluation hand_filled() {
    auto e = base("post-a", 2021);
    e.answers = {level("1.1", volet::famille, "oui"),
                 level("1.1", volet::education, "en_partie"),
                 level("1.1", volet::social, "non"),
                 level("1.2", volet::famille, "oui"),
                 level("1.2", volet::education, "oui"),
                 level("1.2", volet::social, "sans_objet"),
                 level("1.3", volet::famille, "non"),
                 level("2.1", volet::famille, "oui"),
                 level("2.2", volet::social, "oui"),
                 level("4.5", volet::education, "en_partie"),
                 ctg::answer::of_number("5.1", ctg::answer_number::parse("1.5")),
                 ctg::answer::of_yes_no("5.2", true),
                 ctg::answer::of_yes_no("5.3", false)};
    return e;
}

/// The same post a year later:
///   1.1 famille oui (=), education oui (+), social en_partie (+); 1.2 famille en_partie (−),
///   education oui (=), social oui (n/a → level: changed); 1.3 famille dropped;
///   2.1 famille oui (=); 2.2 social non (−); 3.1 famille oui (new); 4.5 education en_partie (=);
///   5.1 = 2 (changed); 5.2 yes (=); 5.3 yes (+)
ctg::evaluation a_year_later() {
    auto e = base("post-a", 2022);
    e.answers = {level("1.1", volet::famille, "oui"),
                 level("1.1", volet::education, "oui"),
                 level("1.1", volet::social, "en_partie"),
                 level("1.2", volet::famille, "en_partie"),
                 level("1.2", volet::education, "oui"),
                 level("1.2", volet::social, "oui"),
                 level("2.1", volet::famille, "oui"),
                 level("2.2", volet::social, "non"),
                 level("3.1", volet::famille, "oui"),
                 level("4.5", volet::education, "en_partie"),
                 ctg::answer::of_number("5.1", ctg::answer_number::parse("2")),
                 ctg::answer::of_yes_no("5.2", true),
                 ctg::answer::of_yes_no("5.3", true)};
    return e;
}

TEST(share, exact_counts_printed_under_an_explicit_rounding) {
    const ctg::share s{6, 11};
    EXPECT_EQ(s.to_fraction(), "6/11");
    EXPECT_EQ(*s.ratio(), ctg::exact_ratio(6, 11));
    EXPECT_EQ(s.percent({2, ctg::rounding::half_away_from_zero})->to_french(),
              "54,55");  // 54.5454…
    EXPECT_EQ(s.percent({1, ctg::rounding::half_even})->to_plain(), "54.5");
    EXPECT_EQ(s.percent({0, ctg::rounding::up})->to_plain(), "55");
    EXPECT_FALSE(ctg::share{}.defined());
    EXPECT_FALSE(ctg::share{}.percent().has_value());
    ctg::share sum{3, 6};
    sum += ctg::share{0, 1};
    EXPECT_EQ(sum, (ctg::share{3, 7}));
}

TEST(score, sections_policies_and_overall_by_hand) {
    const auto s = ctg::score_evaluation(hand_filled(), charente());
    ASSERT_EQ(s.sections.size(), 5U);
    EXPECT_EQ(s.section("1")->achieved, (ctg::share{3, 6}));
    EXPECT_EQ(s.section("1")->completeness, (ctg::share{7, 21}));
    EXPECT_EQ(s.section("2")->achieved, (ctg::share{2, 2}));
    EXPECT_EQ(s.section("2")->completeness, (ctg::share{2, 18}));
    EXPECT_EQ(s.section("3")->achieved, (ctg::share{0, 0}));
    EXPECT_FALSE(s.section("3")->achieved.percent().has_value());
    EXPECT_EQ(s.section("3")->completeness, (ctg::share{0, 27}));
    EXPECT_EQ(s.section("4")->achieved, (ctg::share{0, 1}));
    EXPECT_EQ(s.section("4")->completeness, (ctg::share{1, 15}));
    EXPECT_EQ(s.section("5")->achieved, (ctg::share{1, 2}));
    EXPECT_EQ(s.section("5")->completeness, (ctg::share{3, 5}));

    // Overall: 3+2+0+0+1 achieved of 6+2+0+1+2 applicable; 7+2+0+1+3 answered of 86.
    EXPECT_EQ(s.overall, (ctg::share{6, 11}));
    EXPECT_EQ(s.completeness, (ctg::share{13, 86}));
    EXPECT_EQ(s.completeness.percent({2, ctg::rounding::half_away_from_zero})->to_plain(),
              "15.12");  // 15.1162…

    // Per policy (mission cells only): famille 1.1 1.2 1.3 2.1 → 3 of 4;
    // education 1.1 1.2 4.5 → 1 of 3; social 1.1 (non), 1.2 (n/a), 2.2 → 1 of 2.
    EXPECT_EQ(s.policy(volet::famille)->achieved, (ctg::share{3, 4}));
    EXPECT_EQ(s.policy(volet::famille)->completeness, (ctg::share{4, 27}));
    EXPECT_EQ(s.policy(volet::education)->achieved, (ctg::share{1, 3}));
    EXPECT_EQ(s.policy(volet::social)->achieved, (ctg::share{1, 2}));
    EXPECT_EQ(s.policy(volet::social)->completeness, (ctg::share{3, 27}));

    // Within section 1: famille 2/3, education 1/2, social 0/1.
    const auto& p1 = s.section("1")->policies;
    ASSERT_EQ(p1.size(), 3U);
    EXPECT_EQ(p1[0].achieved, (ctg::share{2, 3}));
    EXPECT_EQ(p1[1].achieved, (ctg::share{1, 2}));
    EXPECT_EQ(p1[2].achieved, (ctg::share{0, 1}));
}

TEST(score, achieved_and_applicable_follow_the_scale) {
    const auto& g = charente();
    EXPECT_TRUE(ctg::is_achieved(level("1.1", volet::famille, "oui"), g));
    EXPECT_FALSE(ctg::is_achieved(level("1.1", volet::famille, "en_partie"), g));
    EXPECT_FALSE(ctg::is_applicable(level("1.1", volet::famille, "sans_objet"), g));
    EXPECT_TRUE(ctg::is_applicable(ctg::answer::of_yes_no("5.2", false), g));
    EXPECT_FALSE(ctg::is_applicable(ctg::answer::of_number("5.1", {}), g));
}

TEST(score, zero_to_three_scale_achieved_from_two) {
    ctg::grid_parts parts;
    parts.id = "ordinal";
    parts.label = {"Grille ordinale", ""};
    parts.policies = {{volet::famille, {"Politique familiale", ""}}};
    parts.scale = ctg::ordinal_scale(3, 2);
    ctg::grid_section sec;
    sec.id = "1";
    sec.title = {"Rubrique", ""};
    for (const char* id : {"1.1", "1.2", "1.3", "1.4"}) {
        ctg::grid_item it;
        it.id = id;
        it.text = {std::string("Mission ") + id, ""};
        sec.items.push_back(it);
    }
    parts.sections = {sec};
    const auto g = ctg::grid::build(parts);
    ctg::evaluation e;
    e.grid_id = "ordinal";
    e.grid_version = 1;
    e.post_id = "p";
    e.year = 2021;
    e.answers = {level("1.1", volet::famille, "3"), level("1.2", volet::famille, "1"),
                 level("1.3", volet::famille, "2")};
    const auto s = ctg::score_evaluation(e, g);
    EXPECT_EQ(s.overall, (ctg::share{2, 3}));  // 3 and 2 reach 2; 1 does not
    EXPECT_EQ(s.completeness, (ctg::share{3, 4}));
    e.answers.push_back(level("1.4", volet::famille, "4"));
    EXPECT_THROW((void)ctg::score_evaluation(e, g), ctg::validation_error);
}

TEST(score, an_invalid_evaluation_is_not_scored) {
    auto e = hand_filled();
    e.answers.push_back(level("1.1", volet::famille, "non"));
    try {
        (void)ctg::score_evaluation(e, charente());
        FAIL() << "scored";
    } catch (const ctg::validation_error& err) {
        EXPECT_EQ(err.detail().field, "answers[13]");
        EXPECT_NE(std::string(err.what()).find("post-a 2021"), std::string::npos);
    }
}

TEST(year_comparison, improved_and_regressed_cells) {
    const auto c = ctg::compare_years(hand_filled(), a_year_later(), charente());
    EXPECT_EQ(c.from_year, 2021);
    EXPECT_EQ(c.to_year, 2022);
    EXPECT_EQ(c.changes.size(), 14U);  // cells answered in either year
    EXPECT_EQ(c.count(ctg::cell_trend::improved), 3U);
    EXPECT_EQ(c.count(ctg::cell_trend::regressed), 2U);
    EXPECT_EQ(c.count(ctg::cell_trend::unchanged), 5U);
    EXPECT_EQ(c.count(ctg::cell_trend::changed), 2U);
    EXPECT_EQ(c.count(ctg::cell_trend::newly_answered), 1U);
    EXPECT_EQ(c.count(ctg::cell_trend::no_longer_answered), 1U);

    const auto improved = c.with(ctg::cell_trend::improved);
    ASSERT_EQ(improved.size(), 3U);
    EXPECT_EQ(improved[0].cell.to_string(), "1.1 education");
    EXPECT_EQ(*improved[0].before, "en_partie");
    EXPECT_EQ(*improved[0].after, "oui");
    EXPECT_EQ(improved[1].cell.to_string(), "1.1 social");
    EXPECT_EQ(improved[2].cell.to_string(), "5.3");
    EXPECT_EQ(*improved[2].before, "non");
    const auto regressed = c.with(ctg::cell_trend::regressed);
    ASSERT_EQ(regressed.size(), 2U);
    EXPECT_EQ(regressed[0].cell.to_string(), "1.2 famille");
    EXPECT_EQ(regressed[1].cell.to_string(), "2.2 social");
    const auto changed = c.with(ctg::cell_trend::changed);
    EXPECT_EQ(changed[0].cell.to_string(), "1.2 social");
    EXPECT_EQ(*changed[1].before, "1.5");
    EXPECT_EQ(*changed[1].after, "2");
    EXPECT_EQ(c.with(ctg::cell_trend::newly_answered)[0].cell.to_string(), "3.1 famille");
    EXPECT_FALSE(c.with(ctg::cell_trend::no_longer_answered)[0].after.has_value());

    // Section 1: 3/6 → 4/6 (+1/6); section 2: 2/2 → 1/2 (−1/2); section 3: none → 1/1.
    EXPECT_EQ(c.sections[0].after, (ctg::share{4, 6}));
    EXPECT_EQ(*c.sections[0].delta(), ctg::exact_ratio(1, 6));
    EXPECT_EQ(*c.sections[1].delta(), ctg::exact_ratio(-1, 2));
    EXPECT_FALSE(c.sections[2].delta().has_value());
    // Overall 6/11 → (4+1+1+0+2)/(6+2+1+1+2) = 8/12.
    EXPECT_EQ(c.overall_before, (ctg::share{6, 11}));
    EXPECT_EQ(c.overall_after, (ctg::share{8, 12}));
}

TEST(year_comparison, refuses_other_posts_grids_and_order) {
    auto later = a_year_later();
    later.post_id = "post-b";
    EXPECT_THROW((void)ctg::compare_years(hand_filled(), later, charente()), ctg::invalid_value);
    try {
        (void)ctg::compare_years(a_year_later(), hand_filled(), charente());
        FAIL() << "compared";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().field, "year");
        EXPECT_EQ(e.detail().value, "2021");
    }
    later = a_year_later();
    later.grid_version = 2;
    EXPECT_THROW((void)ctg::compare_years(hand_filled(), later, charente()), ctg::invalid_value);
}

TEST(rollup, posts_by_sections_matrix) {
    auto b = base("post-b", 2021);
    b.answers = {level("1.1", volet::famille, "non"), ctg::answer::of_yes_no("5.2", true)};
    auto other_version = base("post-d", 2021);
    other_version.grid_version = 2;  // ignored: another grid version
    const std::vector<ctg::evaluation> evaluations{hand_filled(), a_year_later(), b, other_version};
    const std::vector<std::string> posts{"post-c", "post-a"};
    const auto r = ctg::roll_up(evaluations, charente(), 2021, posts);

    EXPECT_EQ(r.section_ids, (std::vector<std::string>{"1", "2", "3", "4", "5"}));
    ASSERT_EQ(r.rows.size(), 3U);  // listed posts, then post-b
    EXPECT_EQ(r.rows[0].post_id, "post-c");
    EXPECT_FALSE(r.rows[0].evaluated);
    EXPECT_EQ(r.rows[0].sections[0].completeness, (ctg::share{0, 21}));
    EXPECT_EQ(r.rows[1].post_id, "post-a");
    EXPECT_EQ(r.rows[1].sections[0].achieved, (ctg::share{3, 6}));  // 2021, not 2022
    EXPECT_EQ(r.rows[1].overall, (ctg::share{6, 11}));
    EXPECT_EQ(r.rows[2].post_id, "post-b");
    EXPECT_EQ(r.rows[2].sections[0].achieved, (ctg::share{0, 1}));
    EXPECT_EQ(r.rows[2].sections[4].achieved, (ctg::share{1, 1}));
    EXPECT_EQ(r.row("post-b")->completeness, (ctg::share{2, 86}));
    EXPECT_EQ(r.row("post-d"), nullptr);

    // Department: pooled cells. Section 1: 3/6 + 0/1 = 3/7; section 5: 1/2 + 1/1 = 2/3;
    // overall 6/11 + 1/2 = 7/13; completeness of section 1: 7 + 1 + 0 answered of 3 × 21.
    EXPECT_EQ(r.department[0], (ctg::share{3, 7}));
    EXPECT_EQ(r.department[2], (ctg::share{0, 0}));
    EXPECT_EQ(r.department[4], (ctg::share{2, 3}));
    EXPECT_EQ(r.department_overall, (ctg::share{7, 13}));
    EXPECT_EQ(r.department_completeness[0], (ctg::share{8, 63}));

    // 7/13 = 53.846…% → 53,85 (half away from zero); 3/6 = 50,00 exactly.
    const ctg::ratio_format two{2, ctg::rounding::half_away_from_zero};
    EXPECT_EQ(r.department_overall.percent(two)->to_plain(), "53.85");
    EXPECT_EQ(r.rows[1].sections[0].achieved.percent(two)->to_plain(), "50.00");
}

TEST(rollup, two_evaluations_of_one_post_in_a_year_are_refused) {
    const std::vector<ctg::evaluation> evaluations{hand_filled(), hand_filled()};
    try {
        (void)ctg::roll_up(evaluations, charente(), 2021);
        FAIL() << "rolled up";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().field, "evaluations[1]");
        EXPECT_NE(std::string(e.what()).find("post-a"), std::string::npos);
    }
}

TEST(activity_coverage, activities_not_assessed_by_an_evaluation) {
    const auto& r = ctg::builtin_referentiel("cnaf-coordination");
    // Sections 1, 2, 4 and 5 hold applicable answers; section 3 none: its activities
    // instances_pilotage (also in section 2) stays assessed, actions_structurantes does not.
    EXPECT_EQ(ctg::activities_not_assessed(r, charente(), hand_filled()),
              std::vector<std::string>{"actions_structurantes"});
    auto only_numbers = base("post-a", 2021);
    only_numbers.answers = {ctg::answer::of_number("5.1", ctg::answer_number::parse("1")),
                            level("4.1", volet::social, "sans_objet")};
    EXPECT_EQ(ctg::activities_not_assessed(r, charente(), only_numbers).size(), 7U);
}

}  // namespace
