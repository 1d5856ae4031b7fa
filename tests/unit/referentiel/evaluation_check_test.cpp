// SPDX-License-Identifier: MIT
#include "support/test_support.hpp"
#include <ctg/core/error.hpp>
#include <ctg/io/dataset_json.hpp>
#include <ctg/model/post_evaluations.hpp>
#include <ctg/referentiel/evaluation_check.hpp>

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace {

const ctg::grid& charente() { return ctg::builtin_grid("charente-2021"); }

ctg::evaluation base(std::string post_id = "post-a", int year = 2021) {
    return ctg_test::charente_evaluation(std::move(post_id), year, "Caf, conseillère territoriale",
                                         "2022-01-20");
}

/// A post held from 2021-05-03 by `a-1`, and from 2019-09-02 to 2021-08-31 (last day) by `a-2`.
ctg::coordination_post post_a() {
    ctg::coordination_post p;
    p.id = "post-a";
    p.contracted_fte = ctg::fte::parse("1.5");
    ctg::coordinator c1;
    c1.id = "a-1";
    c1.fte = ctg::fte::parse("1");
    c1.start = ctg::parse_date("2021-05-03");
    ctg::coordinator c2;
    c2.id = "a-2";
    c2.fte = ctg::fte::parse("0.5");
    c2.start = ctg::parse_date("2019-09-02");
    c2.end = ctg::parse_date("2021-09-01");  // first day after
    p.coordinators = {c1, c2};
    return p;
}

/// Runs require_valid() and checks the exception: its type, the detail at `field` with
/// `value`, and both in the message.
void expect_invalid(const ctg::evaluation& e, const ctg::coordination_post* post,
                    const std::string& field, const std::string& value,
                    const ctg::grid& g = charente()) {
    ctg_test::expect_validation_error([&] { ctg::require_valid(e, g, post); }, field, value);
}

TEST(post_activity, a_year_with_some_coordinator_in_post) {
    const auto p = post_a();
    EXPECT_TRUE(ctg::post_active_in_year(p, 2019));
    EXPECT_TRUE(ctg::post_active_in_year(p, 2021));
    EXPECT_TRUE(ctg::post_active_in_year(p, 2030));  // a-1 still in post
    EXPECT_FALSE(ctg::post_active_in_year(p, 2018));
    auto ended = p;
    ended.coordinators.erase(ended.coordinators.begin());
    EXPECT_TRUE(ctg::post_active_in_year(ended, 2021));   // until 2021-08-31
    EXPECT_FALSE(ctg::post_active_in_year(ended, 2022));  // 2021-09-01 is outside
    ctg::coordination_post none;
    EXPECT_TRUE(ctg::post_active_in_year(none, 1950));  // no known activity: not checked
}

TEST(evaluation_check, a_valid_partial_evaluation_is_incomplete_not_wrong) {
    auto e = base();
    e.answers = {ctg::answer::of_level("1.1", ctg::volet::famille, "oui"),
                 ctg::answer::of_level("1.1", ctg::volet::social, "sans_objet"),
                 ctg::answer::of_yes_no("5.2", true),
                 ctg::answer::of_number("5.1", ctg::answer_number::parse("1,5"))};
    e.comments = {{"1.1", "Diagnostic partagé"}};
    e.filled_by.clear();
    const auto p = post_a();
    const auto check = ctg::validate_evaluation(e, charente(), &p);
    EXPECT_TRUE(check.ok());
    EXPECT_FALSE(check.complete());
    EXPECT_EQ(check.expected_cells, 86U);
    EXPECT_EQ(check.answered_cells, 4U);
    EXPECT_EQ(check.missing.size(), 82U);
    EXPECT_EQ(check.missing.front().to_string(), "1.1 education");
    EXPECT_EQ(check.missing_fields, std::vector<std::string>{"filled_by"});
    const auto warnings = check.incompleteness("evaluations[0]");
    ASSERT_EQ(warnings.size(), 2U);
    EXPECT_EQ(warnings[0].field, "evaluations[0].filled_by");
    EXPECT_EQ(warnings[1].field, "evaluations[0].answers");
    EXPECT_EQ(warnings[1].value.rfind("1.1 education, 1.2 famille", 0), 0U);
    EXPECT_EQ(warnings[1].param("missing"), "82");
    EXPECT_EQ(warnings[1].param("total"), "86");
}

TEST(evaluation_bad_input, filled_grid_of_another_grid_version) {
    auto e = base();
    e.grid_version = 2;
    e.answers = {ctg::answer::of_level("9.9", ctg::volet::famille, "oui")};
    expect_invalid(e, nullptr, "grid_version", "2");
    // Items are not read against another version: only the version is reported.
    const auto check = ctg::validate_evaluation(e, charente());
    ASSERT_EQ(check.errors.size(), 1U);
    EXPECT_NE(check.errors[0].expected.find("version 1 of grid charente-2021"), std::string::npos);

    auto other = base();
    other.grid_id = "gironde-2022";
    expect_invalid(other, nullptr, "grid", "gironde-2022");
}

TEST(evaluation_bad_input, duplicated_answers_for_one_cell) {
    auto e = base();
    e.answers = {ctg::answer::of_level("1.1", ctg::volet::famille, "oui"),
                 ctg::answer::of_level("1.2", ctg::volet::famille, "oui"),
                 ctg::answer::of_level("1.1", ctg::volet::famille, "non")};
    expect_invalid(e, nullptr, "answers[2]", "1.1 famille");
    const auto check = ctg::validate_evaluation(e, charente());
    EXPECT_NE(check.errors.at(0).expected.find("answers[0] already answers 1.1 famille"),
              std::string::npos);
    // Two policies of one item are two cells, not a duplicate.
    e.answers.back().policy = ctg::volet::social;
    EXPECT_TRUE(ctg::validate_evaluation(e, charente()).ok());
}

TEST(evaluation_bad_input, yes_no_item_answered_with_a_level) {
    auto e = base();
    e.answers = {ctg::answer::of_level("5.2", std::nullopt, "en_partie")};
    expect_invalid(e, nullptr, "answers[0].level", "en_partie");
    const auto check = ctg::validate_evaluation(e, charente());
    EXPECT_NE(check.errors.at(0).expected.find("item 5.2 is a yes/no question"), std::string::npos);
}

TEST(evaluation_bad_input, number_item_answered_with_text) {
    auto e = base();
    e.answers = {ctg::answer::of_level("5.1", std::nullopt, "beaucoup")};
    expect_invalid(e, nullptr, "answers[0].level", "beaucoup");
    // Text that is not a number cannot even become a number answer.
    try {
        (void)ctg::answer_number::parse("beaucoup", "answers[0].number");
        ADD_FAILURE() << "parsed";
    } catch (const ctg::invalid_value& err) {
        EXPECT_EQ(err.detail().field, "answers[0].number");
        EXPECT_NE(std::string(err.what()).find("beaucoup"), std::string::npos);
    }
}

TEST(evaluation_bad_input, year_outside_the_posts_activity) {
    auto e = base("post-a", 2018);
    const auto p = post_a();
    expect_invalid(e, &p, "year", "2018");
    const auto check = ctg::validate_evaluation(e, charente(), &p, "evaluations[4]");
    ASSERT_EQ(check.errors.size(), 1U);
    EXPECT_EQ(check.errors[0].field, "evaluations[4].year");
    EXPECT_NE(check.errors[0].expected.find("a-2 2019-09-02 → 2021-08-31"), std::string::npos);

    // The same through a dataset: Val de Charente's coordinator starts on 2021-05-03.
    const auto& d = ctg::builtin_dataset("charente-2021");
    const std::vector<ctg::evaluation> list{base("post-val-de-charente", 2020)};
    const auto all = ctg::validate_evaluations(list, d.posts());
    ASSERT_EQ(all.errors.size(), 1U);
    EXPECT_EQ(all.errors[0].field, "evaluations[0].year");
    EXPECT_EQ(all.errors[0].value, "2020");
}

TEST(evaluation_bad_input, unknown_item_policy_column_and_scale) {
    auto e = base();
    e.answers = {ctg::answer::of_level("6.1", ctg::volet::famille, "oui"),
                 ctg::answer::of_level("1.1", std::nullopt, "oui"),
                 ctg::answer::of_yes_no("5.3", true),
                 ctg::answer::of_level("1.2", ctg::volet::famille, "peut-être"),
                 ctg::answer::of_number("5.1", ctg::answer_number::parse("1"))};
    e.answers[2].policy = ctg::volet::famille;
    e.comments = {{"7.7", "?"}, {"1.1", "a"}, {"1.1", "b"}};
    const auto check = ctg::validate_evaluation(e, charente());
    std::map<std::string, std::string> by_field;
    for (const auto& d : check.errors) {
        by_field[d.field] = d.value;
    }
    EXPECT_EQ(by_field.at("answers[0].item"), "6.1");
    EXPECT_EQ(by_field.at("answers[1].policy"), "");
    EXPECT_EQ(by_field.at("answers[2].policy"), "famille");
    EXPECT_EQ(by_field.at("answers[3].level"), "peut-être");
    EXPECT_EQ(by_field.at("comments[0].item"), "7.7");
    EXPECT_EQ(by_field.at("comments[2].item"), "1.1");
    EXPECT_EQ(check.errors.size(), 6U);
}

TEST(evaluation_bad_input, policy_column_the_grid_does_not_have) {
    ctg::grid_parts parts = charente().parts();
    parts.id = "two-columns";
    parts.policies.pop_back();  // famille and education only
    const auto g = ctg::grid::build(parts);
    auto e = base();
    e.grid_id = "two-columns";
    e.answers = {ctg::answer::of_level("1.1", ctg::volet::social, "oui")};
    expect_invalid(e, nullptr, "answers[0].policy", "social", g);
    EXPECT_EQ(g.cells().size(), 27U * 2 + 5);
}

TEST(evaluation_bad_input, number_with_more_decimals_than_the_item_allows) {
    ctg::grid_parts parts = charente().parts();
    parts.sections[4].items[0].decimals = 2;
    const auto g = ctg::grid::build(parts);
    auto e = base();
    e.answers = {ctg::answer::of_number("5.1", ctg::answer_number::parse("0.125"))};
    expect_invalid(e, nullptr, "answers[0].number", "0.125", g);
}

TEST(evaluation_bad_input, filled_before_the_year_and_wrong_post) {
    auto e = base();
    e.filled_on = ctg::parse_date("2020-12-31");
    expect_invalid(e, nullptr, "filled_on", "2020-12-31");
    const auto p = post_a();
    auto other = base("post-b");
    expect_invalid(other, &p, "post_id", "post-b");
}

TEST(evaluations_check, dataset_level_errors_and_warnings) {
    const auto& d = ctg::builtin_dataset("charente-2021");
    std::vector<ctg::evaluation> list{base("post-rouillacais"), base("post-inconnu"),
                                      base("post-rouillacais"), base("post-grand-cognac")};
    list[3].grid_version = 7;
    list[0].answers = {ctg::answer::of_yes_no("5.2", true)};
    const auto check = ctg::validate_evaluations(list, d.posts());
    std::map<std::string, std::string> by_field;
    for (const auto& e : check.errors) {
        by_field[e.field] = e.value;
    }
    EXPECT_EQ(by_field.at("evaluations[1].post_id"), "post-inconnu");
    EXPECT_EQ(by_field.at("evaluations[2]"), "post-rouillacais 2021 (charente-2021 version 1)");
    EXPECT_EQ(by_field.at("evaluations[3].grid_version"), "7");
    EXPECT_EQ(check.errors.size(), 3U);
    ASSERT_EQ(check.checks.size(), 4U);
    EXPECT_EQ(check.checks[0].answered_cells, 1U);
    // Incompleteness of the three evaluations read against the grid.
    EXPECT_EQ(check.warnings.size(), 3U);
    EXPECT_EQ(check.warnings[0].field, "evaluations[0].answers");
}

}  // namespace
