// SPDX-License-Identifier: MIT
// dataset::build() with evaluations in its parts: checked against the built-in grid and the
// posts, errors at their paths together with the other rules' errors, warnings for
// incompleteness.
#include "support/test_support.hpp"
#include <ctg/core/error.hpp>
#include <ctg/io/dataset_json.hpp>
#include <ctg/model/dataset.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using ctg_test::find;
using ctg_test::list;

ctg::dataset_parts charente_parts() { return ctg::builtin_dataset("charente-2021").parts(); }

ctg::evaluation evaluation_of(std::string post_id, int year) {
    auto e = ctg_test::charente_evaluation(std::move(post_id), year, "ccd-b",
                                           std::to_string(year + 1) + "-01-15");
    e.provenance = {ctg::evidence::illustrative, {}};
    e.answers.push_back(ctg::answer::of_level("1.1", ctg::volet::famille, "oui"));
    return e;
}

std::vector<ctg::error_detail> build_errors(ctg::dataset_parts parts) {
    return ctg_test::details_of([&] { (void)ctg::dataset::build(std::move(parts), "parts"); });
}

TEST(dataset_build_evaluations, builtin_parts_rebuild_with_their_evaluations) {
    const auto& builtin = ctg::builtin_dataset("charente-2021");
    const auto d = ctg::dataset::build(charente_parts(), "copy");
    EXPECT_EQ(d.evaluations(), builtin.evaluations());
    EXPECT_EQ(d.warnings(), builtin.warnings());
}

TEST(dataset_build_evaluations, year_before_the_post_was_held) {
    // Val de Charente is held from 2021-05-03 only.
    auto parts = charente_parts();
    const std::size_t i = parts.evaluations.size();
    parts.evaluations.push_back(evaluation_of("post-val-de-charente", 2020));
    const auto e = build_errors(std::move(parts));
    const auto* d = find(e, "evaluations[" + std::to_string(i) + "].year");
    ASSERT_NE(d, nullptr) << list(e);
    EXPECT_EQ(d->value, "2020");
    EXPECT_NE(d->expected.find("vc-1 2021-05-03 →"), std::string::npos) << d->expected;
    EXPECT_EQ(e.size(), 1U) << list(e);
}

TEST(dataset_build_evaluations, second_evaluation_of_a_post_and_year) {
    auto parts = charente_parts();
    parts.evaluations.push_back(evaluation_of("post-rouillacais", 2021));
    const auto e = build_errors(std::move(parts));
    const auto* d = find(e, "evaluations[13]");
    ASSERT_NE(d, nullptr) << list(e);
    EXPECT_NE(d->expected.find("evaluations[8] already evaluates post-rouillacais in 2021"),
              std::string::npos)
        << d->expected;
}

TEST(dataset_build_evaluations, evaluation_errors_come_with_the_other_rules_errors) {
    auto parts = charente_parts();
    parts.posts[0].contracted_fte = ctg::fte{};  // another rule's error
    auto bad = evaluation_of("post-grand-angouleme", 2022);
    bad.filled_on = ctg::parse_date("2021-12-31");               // before the year evaluated
    bad.provenance = {ctg::evidence::source_document, {}};       // no document cited
    bad.answers.push_back(ctg::answer::of_yes_no("1.2", true));  // a per-policy mission
    parts.evaluations.push_back(bad);
    const auto e = build_errors(std::move(parts));
    EXPECT_NE(find(e, "posts[0].contracted_fte"), nullptr) << list(e);
    EXPECT_NE(find(e, "evaluations[13].filled_on"), nullptr) << list(e);
    EXPECT_NE(find(e, "evaluations[13].provenance.source.document"), nullptr) << list(e);
    const auto* n = find(e, "evaluations[13].answers[1].yes_no");
    ASSERT_NE(n, nullptr) << list(e);
    EXPECT_EQ(n->value, "oui");
    EXPECT_NE(n->expected.find("a level"), std::string::npos) << n->expected;
}

TEST(dataset_build_evaluations, incomplete_evaluation_is_a_warning_at_its_index) {
    auto parts = charente_parts();
    parts.evaluations.push_back(evaluation_of("post-grand-angouleme", 2022));
    parts.evaluations.back().filled_by.clear();
    const auto d = ctg::dataset::build(std::move(parts), "parts");
    const auto& w = d.warnings();
    ASSERT_GE(w.size(), 2U);
    EXPECT_EQ(w[w.size() - 2].field, "evaluations[13].filled_by");
    EXPECT_EQ(w.back().field, "evaluations[13].answers");
    EXPECT_EQ(w.back().code, "evaluation.incomplete.answers");
    EXPECT_EQ(w.back().param("missing"), "85");
    EXPECT_EQ(w.back().param("total"), "86");
    EXPECT_EQ(d.evaluations_of("post-grand-angouleme").size(), 2U);
}

}  // namespace

TEST(dataset_build_evaluations, evaluations_known_on_a_day_are_those_filled_by_then) {
    // charente-2021.json: the nine grids of 2021 are filled from 18 January to 22 February 2022
    // (Lavalette Tude Dronne's last), the four of 2022 from 19 to 31 January 2023.
    const auto& d = ctg::builtin_dataset("charente-2021");
    const auto day = [](const char* text) { return ctg::parse_date(text); };
    EXPECT_TRUE(d.evaluations_known_on(day("2021-06-30")).empty());
    EXPECT_EQ(d.evaluations_known_on(day("2022-02-21")).size(), 8U);
    EXPECT_EQ(d.evaluations_known_on(day("2022-02-22")).size(), 9U);
    EXPECT_EQ(d.evaluations_known_on(day("2023-01-31")).size(), 13U);
    EXPECT_EQ(d.evaluation_years(day("2022-06-30")), std::vector<int>{2021});
    EXPECT_EQ(d.evaluation_years(), (std::vector<int>{2021, 2022}));
    EXPECT_EQ(d.find_evaluation("post-lavalette-tude-dronne", 2021, "", day("2022-02-21")),
              nullptr);
    EXPECT_NE(d.find_evaluation("post-lavalette-tude-dronne", 2021, "", day("2022-02-22")),
              nullptr);
    // Without `filled_on`, known from 1 January after the year evaluated.
    auto undated = evaluation_of("post-rouillacais", 2021);
    undated.filled_on.reset();
    EXPECT_EQ(undated.known_from(), day("2022-01-01"));
    EXPECT_FALSE(undated.known_on(day("2021-12-31")));
    EXPECT_TRUE(undated.known_on(day("2022-01-01")));
}
