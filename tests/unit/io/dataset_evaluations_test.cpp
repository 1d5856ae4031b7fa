// SPDX-License-Identifier: MIT
// Evaluations inside a dataset (issue 4, "evaluations can live inside a dataset"): the loader
// reads them with their full JSON paths, dataset::build() checks them against their built-in
// grid and the posts, incompleteness becomes warnings, and the writer round-trips them.
#include "support/test_support.hpp"
#include <ctg/core/error.hpp>
#include <ctg/io/dataset_json.hpp>
#include <ctg/io/evaluation_json.hpp>
#include <ctg/referentiel/grid.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace {

using ctg_test::expect_at;
using ctg_test::list;

std::string minimal() { return ctg_test::data_file("dataset/minimal.json"); }

/// The fixture with `array` (JSON text of an array) under `evaluations`.
std::string with_evaluations(const std::string& array) {
    std::string text = minimal();
    const std::string end = "  ]\n}\n";
    EXPECT_TRUE(text.ends_with(end));
    text.replace(text.size() - end.size(), end.size(), "  ],\n  \"evaluations\": " + array + "}\n");
    return text;
}

/// One evaluation object of post-a (held from 2019-03-01) for `year`, with `answers`.
std::string evaluation_text(const std::string& answers, int year = 2021,
                            const std::string& post = "post-a", int version = 1,
                            const std::string& grid = "charente-2021") {
    return R"({"grid": ")" + grid + R"(", "grid_version": )" + std::to_string(version) +
           R"(, "post_id": ")" + post + R"(", "year": )" + std::to_string(year) +
           R"(, "filled_by": "ccd-x", "filled_on": ")" + std::to_string(year + 1) +
           R"(-01-20", "provenance": {"evidence": "illustrative"}, "answers": [)" + answers + "]}";
}

const std::string some_answers =
    R"({"item": "1.1", "policy": "famille", "level": "oui"},
       {"item": "1.1", "policy": "education", "level": "en_partie"})";

/// A complete evaluation of post-a: every cell answered (social is not one of its volets).
ctg::evaluation complete(int year) {
    const ctg::grid& g = ctg::builtin_grid("charente-2021");
    ctg::evaluation e;
    e.grid_id = g.id();
    e.grid_version = g.version();
    e.post_id = "post-a";
    e.year = year;
    e.filled_by = "ccd-x";
    e.filled_on = ctg::parse_date(std::to_string(year + 1) + "-02-01");
    e.provenance = {ctg::evidence::illustrative, {"test", "complete()", ""}};
    std::size_t k = 0;
    for (const auto& cell : g.cells()) {
        const ctg::grid_item& item = g.item_at(cell.item_id);
        if (item.kind == ctg::item_kind::number) {
            e.answers.push_back(ctg::answer::of_number(item.id, ctg::answer_number::parse("1.5")));
        } else if (item.kind == ctg::item_kind::yes_no) {
            e.answers.push_back(ctg::answer::of_yes_no(item.id, ++k % 2 == 0));
        } else if (cell.policy == ctg::volet::social) {
            e.answers.push_back(ctg::answer::of_level(item.id, cell.policy, "sans_objet"));
        } else {
            const char* codes[] = {"oui", "en_partie", "non"};
            e.answers.push_back(ctg::answer::of_level(item.id, cell.policy, codes[++k % 3]));
        }
    }
    e.comments.push_back({"1.1", "Diagnostic partagé « petite enfance » présenté en comité."});
    return e;
}

/// The errors raised loading `text` (a failure if it loads).
std::vector<ctg::error_detail> errors_of(const std::string& text) {
    return ctg_test::details_of([&] { (void)ctg::load_dataset_json(text, "bad.json"); },
                                "bad.json");
}

TEST(dataset_evaluations, absent_or_empty_array_loads_and_is_not_written) {
    const auto d = ctg::load_dataset_json(with_evaluations("[]"), "t");
    EXPECT_TRUE(d.evaluations().empty());
    EXPECT_EQ(ctg::to_json(d), minimal());  // the key is left out when empty
}

TEST(dataset_evaluations, evaluations_are_read_with_their_accessors) {
    const auto d =
        ctg::load_dataset_json(with_evaluations("[" + evaluation_text(some_answers, 2022) + ", " +
                                                evaluation_text(some_answers, 2021) + "]"),
                               "t");
    ASSERT_EQ(d.evaluations().size(), 2U);
    EXPECT_EQ(d.evaluations()[0].year, 2022);  // document order
    EXPECT_EQ(d.evaluations()[1].answers.size(), 2U);
    EXPECT_EQ(d.evaluations()[1].filled_by, "ccd-x");
    EXPECT_EQ(d.evaluations()[1].provenance.kind, ctg::evidence::illustrative);
    const auto of = d.evaluations_of("post-a");
    ASSERT_EQ(of.size(), 2U);
    EXPECT_EQ(of[0]->year, 2021);  // by year
    EXPECT_EQ(of[1]->year, 2022);
    EXPECT_TRUE(d.evaluations_of("post-z").empty());
    EXPECT_EQ(d.find_evaluation("post-a", 2022), &d.evaluations()[0]);
    EXPECT_EQ(d.find_evaluation("post-a", 2022, "charente-2021"), &d.evaluations()[0]);
    EXPECT_EQ(d.find_evaluation("post-a", 2022, "other-grid"), nullptr);
    EXPECT_EQ(d.find_evaluation("post-a", 2020), nullptr);
    EXPECT_EQ(d.evaluation_years(), (std::vector<int>{2021, 2022}));
}

TEST(dataset_evaluations_bad_input, unknown_post) {
    const auto e =
        errors_of(with_evaluations("[" + evaluation_text(some_answers, 2021, "post-z") + "]"));
    const auto d = expect_at(e, "evaluations[0].post_id", "post-z");
    EXPECT_NE(d.expected.find("post-a"), std::string::npos) << d.expected;
}

TEST(dataset_evaluations_bad_input, grid_filled_for_another_version) {
    const auto e =
        errors_of(with_evaluations("[" + evaluation_text(some_answers, 2021, "post-a", 2) + "]"));
    const auto d = expect_at(e, "evaluations[0].grid_version", "2");
    EXPECT_NE(d.expected.find("charente-2021: 1"), std::string::npos) << d.expected;
    // Its answers are not read against version 1: no error under them.
    EXPECT_TRUE(std::none_of(e.begin(), e.end(), [](const ctg::error_detail& x) {
        return x.field.starts_with("evaluations[0].answers");
    })) << list(e);
}

TEST(dataset_evaluations_bad_input, unknown_grid) {
    const auto e = errors_of(with_evaluations(
        "[" + evaluation_text(some_answers, 2021, "post-a", 1, "gironde-2020") + "]"));
    const auto d = expect_at(e, "evaluations[0].grid", "gironde-2020");
    EXPECT_NE(d.expected.find("charente-2021"), std::string::npos) << d.expected;
}

TEST(dataset_evaluations_bad_input, year_outside_the_posts_activity) {
    // post-a is held from 2019-03-01: 2018 is before any coordinator.
    const auto e = errors_of(with_evaluations("[" + evaluation_text(some_answers, 2018) + "]"));
    const auto d = expect_at(e, "evaluations[0].year", "2018");
    EXPECT_NE(d.expected.find("c-1 2019-03-01 →"), std::string::npos) << d.expected;
}

TEST(dataset_evaluations_bad_input, duplicated_cell_answer) {
    const std::string answers = some_answers + R"(,
       {"item": "1.1", "policy": "famille", "level": "non"})";
    const auto e = errors_of(with_evaluations("[" + evaluation_text(answers) + "]"));
    const auto d = expect_at(e, "evaluations[0].answers[2]", "1.1 famille");
    EXPECT_NE(d.expected.find("answers[0] already answers 1.1 famille"), std::string::npos)
        << d.expected;
}

TEST(dataset_evaluations_bad_input, answers_checked_against_the_grid_with_full_paths) {
    const std::string answers = some_answers + R"(,
       {"item": "5.2", "level": "oui"},
       {"item": "1.2", "policy": "famille", "level": "excellent"},
       {"item": "9.9", "yes_no": true})";
    const auto e = errors_of(with_evaluations("[" + evaluation_text(some_answers) + ", " +
                                              evaluation_text(answers, 2022) + "]"));
    expect_at(e, "evaluations[1].answers[2].level", "oui");  // a yes/no item
    expect_at(e, "evaluations[1].answers[3].level", "excellent");
    expect_at(e, "evaluations[1].answers[4].item", "9.9");
    EXPECT_TRUE(std::none_of(e.begin(), e.end(), [](const ctg::error_detail& x) {
        return x.field.starts_with("evaluations[0]");
    })) << list(e);
}

TEST(dataset_evaluations_bad_input, two_evaluations_of_one_post_and_year) {
    const auto e = errors_of(with_evaluations("[" + evaluation_text(some_answers) + ", " +
                                              evaluation_text(some_answers) + "]"));
    const auto d = expect_at(e, "evaluations[1]", "post-a 2021 (charente-2021 version 1)");
    EXPECT_NE(d.expected.find("evaluations[0]"), std::string::npos) << d.expected;
}

TEST(dataset_evaluations_bad_input, structural_errors_keep_their_paths_and_others_are_checked) {
    // evaluations[1] cannot be read (a level as a JSON number, a number as a JSON number);
    // evaluations[2] reads but names an unknown post: both are reported, each at its own index.
    const std::string unreadable = R"({"item": "1.1", "policy": "famille", "level": 3},
       {"item": "5.1", "number": 1.5})";
    const auto e = errors_of(with_evaluations("[" + evaluation_text(some_answers) + ", " +
                                              evaluation_text(unreadable, 2022) + ", " +
                                              evaluation_text(some_answers, 2021, "post-z") + "]"));
    expect_at(e, "evaluations[1].answers[0].level", "3");
    const auto number = expect_at(e, "evaluations[1].answers[1].number", "1.5");
    EXPECT_NE(number.expected.find("as text"), std::string::npos) << number.expected;
    expect_at(e, "evaluations[2].post_id", "post-z");
    EXPECT_EQ(e.size(), 3U) << list(e);
}

TEST(dataset_evaluations_bad_input, unknown_key_and_wrong_type_inside_an_evaluation) {
    std::string text = evaluation_text(some_answers);
    text.insert(1, R"("colour": "blue", )");
    const auto e = errors_of(with_evaluations("[" + text + R"(, 42, {"year": "2021"}])"));
    expect_at(e, "evaluations[0].colour", "colour");
    expect_at(e, "evaluations[1]", "42");
    expect_at(e, "evaluations[2].year", "2021");
    expect_at(e, "evaluations[2].grid", "");  // required key missing
}

TEST(dataset_evaluations_bad_input, provenance_is_required_in_a_dataset) {
    std::string text = evaluation_text(some_answers);
    const std::string p = R"("provenance": {"evidence": "illustrative"}, )";
    text.erase(text.find(p), p.size());
    const auto e = errors_of(with_evaluations("[" + text + "]"));
    const auto d = expect_at(e, "evaluations[0].provenance", "");
    EXPECT_NE(d.expected.find("required"), std::string::npos) << d.expected;
}

TEST(dataset_evaluations_bad_input, not_an_array) {
    const auto e = errors_of(with_evaluations(R"({"post_id": "post-a"})"));
    expect_at(e, "evaluations", R"({"post_id": …})");
}

TEST(dataset_evaluations_bad_input, repeated_key_inside_an_evaluation) {
    std::string text = evaluation_text(some_answers);
    text.insert(1, R"("year": 2020, )");
    const auto e = errors_of(with_evaluations("[" + text + "]"));
    expect_at(e, "evaluations[0].year", "year");
}

TEST(dataset_evaluations, incomplete_evaluations_are_warnings) {
    std::string text = evaluation_text(some_answers);
    const std::string by = R"("filled_by": "ccd-x", )";
    text.erase(text.find(by), by.size());
    const auto d = ctg::load_dataset_json(with_evaluations("[" + text + "]"), "t");
    ASSERT_EQ(d.warnings().size(), 2U) << list(d.warnings());
    EXPECT_EQ(d.warnings()[0].field, "evaluations[0].filled_by");
    EXPECT_EQ(d.warnings()[1].field, "evaluations[0].answers");
    EXPECT_TRUE(d.warnings()[1].value.starts_with("1.1 social, 1.2")) << d.warnings()[1].value;
    EXPECT_EQ(d.warnings()[1].param("missing"), "84");
    EXPECT_NE(d.warnings()[1].expected.find("not an error"), std::string::npos);
}

TEST(dataset_evaluations, complete_evaluation_has_no_warning) {
    const std::vector<ctg::evaluation> evals{complete(2021)};
    const auto d =
        ctg::load_dataset_json(with_evaluations(ctg::evaluations_to_json_array(evals)), "t");
    EXPECT_TRUE(d.warnings().empty()) << list(d.warnings());
    ASSERT_EQ(d.evaluations().size(), 1U);
    EXPECT_EQ(d.evaluations()[0], evals[0]);
}

TEST(dataset_evaluations, round_trip_with_evaluations) {
    std::vector<ctg::evaluation> evals{complete(2021), complete(2022)};
    evals[1].answers.resize(40);  // incomplete
    evals[1].filled_on.reset();
    const auto first =
        ctg::load_dataset_json(with_evaluations(ctg::evaluations_to_json_array(evals)), "t");
    const std::string text = ctg::to_json(first);
    const auto second = ctg::load_dataset_json(text, "t");
    EXPECT_EQ(second.parts().evaluations, first.parts().evaluations);
    EXPECT_EQ(second.parts().evaluations, evals);
    EXPECT_EQ(first.warnings().size(), 2U) << list(first.warnings());  // filled_on, answers
    EXPECT_EQ(second.warnings(), first.warnings());
    EXPECT_EQ(ctg::to_json(second), text);
    // Written last, in the evaluations writer's layout, with a null filled_on kept.
    EXPECT_NE(text.find("  ],\n  \"evaluations\": [\n    {\n      \"grid\": \"charente-2021\""),
              std::string::npos);
    EXPECT_NE(text.find("\"filled_on\": null"), std::string::npos);
}

}  // namespace
