// SPDX-License-Identifier: MIT
// The ILLUSTRATIVE evaluations embedded in the dataset charente-2021: what they are meant to
// exercise (every post in 2021, a few in 2022, strong and weak sections, missing answers,
// sans objet), and the roll-up, year-over-year and activity views the report prints from them.
#include <ctg/io/dataset_json.hpp>
#include <ctg/model/post_evaluations.hpp>
#include <ctg/referentiel/activity_coverage.hpp>
#include <ctg/referentiel/evaluation_check.hpp>
#include <ctg/referentiel/rollup.hpp>
#include <ctg/referentiel/score.hpp>
#include <ctg/referentiel/year_comparison.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace {

const ctg::dataset& charente() { return ctg::builtin_dataset("charente-2021"); }
const ctg::grid& grid() { return ctg::builtin_grid("charente-2021"); }

std::vector<std::string> post_ids() {
    std::vector<std::string> ids;
    for (const auto& p : charente().posts()) {
        ids.push_back(p.id);
    }
    return ids;
}

TEST(embedded_evaluations, every_post_in_2021_and_a_few_in_2022) {
    const auto& d = charente();
    EXPECT_EQ(d.evaluation_years(), (std::vector<int>{2021, 2022}));
    std::size_t in_2022 = 0;
    for (const auto& p : d.posts()) {
        SCOPED_TRACE(p.id);
        EXPECT_NE(d.find_evaluation(p.id, 2021), nullptr);
        in_2022 += d.find_evaluation(p.id, 2022) != nullptr ? 1U : 0U;
        const auto of = d.evaluations_of(p.id);
        EXPECT_TRUE(std::is_sorted(of.begin(), of.end(),
                                   [](const auto* a, const auto* b) { return a->year < b->year; }));
    }
    EXPECT_GE(in_2022, 2U);
    EXPECT_LT(in_2022, d.posts().size());
    EXPECT_EQ(d.evaluations().size(), d.posts().size() + in_2022);
}

TEST(embedded_evaluations, illustrative_filled_by_the_referent_early_next_year) {
    const auto& d = charente();
    for (const auto& e : d.evaluations()) {
        SCOPED_TRACE(e.describe());
        EXPECT_EQ(e.grid_id, "charente-2021");
        EXPECT_EQ(e.grid_version, 1);
        EXPECT_EQ(e.provenance.kind, ctg::evidence::illustrative);
        // Filled by the Caf referent of the post's convention.
        const auto& cv = d.convention_at(d.post_at(e.post_id).convention_id);
        ASSERT_TRUE(cv.referent_id.has_value());
        EXPECT_EQ(e.filled_by, *cv.referent_id);
        EXPECT_NE(d.find_referent(e.filled_by), nullptr);
        // In the first quarter of the next year.
        ASSERT_TRUE(e.filled_on.has_value());
        EXPECT_EQ(static_cast<int>(e.filled_on->year()), e.year + 1);
        EXPECT_LE(static_cast<unsigned>(e.filled_on->month()), 3U);
    }
}

TEST(embedded_evaluations, valid_against_the_grid_and_posts) {
    const auto& d = charente();
    const auto check = ctg::validate_evaluations(d.evaluations(), d.posts());
    EXPECT_TRUE(check.ok());
    // Exactly 4 incomplete on purpose; the others answer all 86 cells.
    std::size_t incomplete = 0;
    for (const auto& c : check.checks) {
        EXPECT_EQ(c.expected_cells, 86U);
        incomplete += c.missing.empty() ? 0U : 1U;
        EXPECT_TRUE(c.missing_fields.empty());
    }
    EXPECT_EQ(incomplete, 4U);
}

TEST(embedded_evaluations, sans_objet_exactly_for_the_policies_a_post_does_not_cover) {
    const auto& d = charente();
    std::size_t sans_objet = 0;
    for (const auto& e : d.evaluations()) {
        const auto& volets = d.post_at(e.post_id).volets;
        for (const auto& a : e.answers) {
            if (!a.policy) {
                continue;
            }
            const bool covered = std::find(volets.begin(), volets.end(), *a.policy) != volets.end();
            EXPECT_EQ(a.level == "sans_objet", !covered) << e.describe() << " " << a.item_id;
            sans_objet += a.level == "sans_objet" ? 1U : 0U;
        }
    }
    EXPECT_GT(sans_objet, 0U);
}

TEST(embedded_evaluations, rollup_2021_varies_between_strong_and_weak_sections) {
    const auto r = ctg::roll_up(charente().evaluations(), grid(), 2021, post_ids());
    ASSERT_EQ(r.rows.size(), 9U);
    ASSERT_EQ(r.section_ids.size(), 5U);
    // Pooled over every 2021 answer (counted independently of the library): 312 cells achieved
    // of 617 applicable; 755 answered of 9 × 86.
    EXPECT_EQ(r.department_overall, (ctg::share{312, 617}));
    ctg::share completeness;
    for (const auto& s : r.department_completeness) {
        completeness += s;
    }
    EXPECT_EQ(completeness, (ctg::share{755, 774}));
    // Strong (≥ 75 %) and weak (≤ 25 %) sections both occur; every post is evaluated.
    bool strong = false;
    bool weak = false;
    bool undefined = false;
    for (const auto& row : r.rows) {
        EXPECT_TRUE(row.evaluated) << row.post_id;
        for (const auto& c : row.sections) {
            if (!c.achieved.defined()) {
                undefined = true;
                continue;
            }
            strong = strong || c.achieved.part * 4 >= c.achieved.whole * 3;
            weak = weak || c.achieved.part * 4 <= c.achieved.whole;
        }
    }
    EXPECT_TRUE(strong);
    EXPECT_TRUE(weak);
    EXPECT_TRUE(undefined);  // Val de Charente left section 4 blank
    const auto* vdc = r.row("post-val-de-charente");
    ASSERT_NE(vdc, nullptr);
    EXPECT_FALSE(vdc->sections[3].achieved.defined());
    EXPECT_EQ(vdc->sections[3].completeness, (ctg::share{0, 15}));
}

TEST(embedded_evaluations, year_over_year_has_improvements_and_regressions) {
    const auto& d = charente();
    std::size_t compared = 0;
    std::size_t improved_posts = 0;
    std::size_t regressed_posts = 0;
    for (const auto& p : d.posts()) {
        const auto* before = d.find_evaluation(p.id, 2021);
        const auto* after = d.find_evaluation(p.id, 2022);
        if (before == nullptr || after == nullptr) {
            continue;
        }
        SCOPED_TRACE(p.id);
        const auto c = ctg::compare_years(*before, *after, grid());
        ++compared;
        EXPECT_GT(c.count(ctg::cell_trend::improved), 0U);
        EXPECT_GT(c.count(ctg::cell_trend::regressed), 0U);
        const auto delta = *c.overall_after.ratio() - *c.overall_before.ratio();
        (delta.numerator() > 0 ? improved_posts : regressed_posts) += 1;
    }
    EXPECT_EQ(compared, 4U);
    EXPECT_GE(improved_posts, 1U);
    EXPECT_GE(regressed_posts, 1U);
}

TEST(embedded_evaluations, activities_not_assessed) {
    const auto& d = charente();
    const auto& ref = ctg::builtin_referentiel(grid().referentiel_id());
    std::map<std::string, std::vector<std::string>> missing;
    for (const auto& e : d.evaluations()) {
        auto m = ctg::activities_not_assessed(ref, grid(), e);
        if (!m.empty()) {
            missing[e.describe()] = std::move(m);
        }
    }
    ASSERT_EQ(missing.size(), 1U);
    EXPECT_EQ(missing.begin()->first, "post-val-de-charente 2021 (charente-2021 version 1)");
    EXPECT_EQ(missing.begin()->second, (std::vector<std::string>{"evaluation_outils"}));
}

}  // namespace
