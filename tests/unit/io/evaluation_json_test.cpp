// SPDX-License-Identifier: MIT
#include "support/test_support.hpp"
#include <ctg/core/error.hpp>
#include <ctg/io/evaluation_json.hpp>
#include <ctg/model/post_evaluations.hpp>
#include <ctg/referentiel/evaluation_check.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using ctg_test::find;

const ctg::grid& charente() { return ctg::builtin_grid("charente-2021"); }

ctg::evaluation sample() {
    auto e = ctg_test::charente_evaluation("post-rouillacais", 2021,
                                           "Caf de la Charente, « conseillère »", "2022-01-20");
    e.provenance = {ctg::evidence::illustrative, {}};
    e.answers = {ctg::answer::of_level("1.1", ctg::volet::famille, "oui"),
                 ctg::answer::of_level("1.1", ctg::volet::social, "sans_objet"),
                 ctg::answer::of_number("5.1", ctg::answer_number::parse("0.75")),
                 ctg::answer::of_yes_no("5.2", false)};
    e.comments = {{"1.1", "Diagnostic \"partagé\", mis à jour\nen 2021"}};
    return e;
}

std::vector<ctg::error_detail> errors_of(const std::string& text, const std::string& path = "") {
    return ctg_test::details_of(
        [&] { (void)ctg::load_evaluations_json(text, "evaluations.json", path); });
}

/// A one-evaluation document whose first answer is `answer_json`.
std::string with_answer(const std::string& answer_json) {
    return R"({"format": "ctg.evaluations/1", "evaluations": [{"grid": "charente-2021",
        "grid_version": 1, "post_id": "post-rouillacais", "year": 2021,
        "answers": [)" +
           answer_json + "]}]}";
}

TEST(evaluation_json, round_trip_of_every_answer_kind) {
    const std::vector<ctg::evaluation> list{sample()};
    const std::string text = ctg::evaluations_to_json(list);
    EXPECT_NE(text.find(R"("format": "ctg.evaluations/1")"), std::string::npos);
    EXPECT_NE(text.find(R"("number": "0.75")"), std::string::npos);  // a string, never a float
    EXPECT_NE(text.find(R"("yes_no": false)"), std::string::npos);
    const auto back = ctg::load_evaluations_json(text, "x.json");
    ASSERT_EQ(back.size(), 1U);
    EXPECT_EQ(back[0], sample());
    EXPECT_EQ(ctg::evaluations_to_json(back), text);
}

TEST(evaluation_json, bare_array_as_a_dataset_holds_it) {
    const std::vector<ctg::evaluation> list{sample(), sample()};
    const std::string array = ctg::evaluations_to_json_array(list);
    EXPECT_EQ(array.front(), '[');
    const auto back = ctg::load_evaluations_json(array, "dataset.json", "evaluations");
    EXPECT_EQ(back, list);
    // Paths inside the array carry the caller's prefix.
    const auto e = errors_of(R"([{"grid": "charente-2021", "grid_version": 1, "post_id": "p",
                                  "year": "2021", "answers": []}])",
                             "evaluations");
    const auto* d = find(e, "evaluations[0].year");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->value, "2021");
}

TEST(evaluation_json, missing_provenance_cites_the_origin) {
    const auto back = ctg::load_evaluations_json(with_answer(""), "returns-2021.json");
    ASSERT_EQ(back.size(), 1U);
    EXPECT_EQ(back[0].provenance.kind, ctg::evidence::source_document);
    EXPECT_EQ(back[0].provenance.cited.document, "returns-2021.json");
    EXPECT_EQ(back[0].provenance.cited.locator, "evaluations[0]");
    EXPECT_TRUE(back[0].filled_by.empty());
    EXPECT_FALSE(back[0].filled_on.has_value());
}

TEST(evaluation_json, blank_template_reads_back_as_an_empty_evaluation) {
    const std::string blank = ctg::blank_evaluation_json(charente(), "post-rouillacais", 2021);
    EXPECT_NE(
        blank.find(
            R"("text": "Impulser une organisation permettant la parole des élus et acteurs")"),
        std::string::npos);
    EXPECT_NE(blank.find(R"("level": null)"), std::string::npos);
    EXPECT_NE(blank.find(R"("yes_no": null)"), std::string::npos);
    EXPECT_NE(blank.find(R"("number": null)"), std::string::npos);
    const auto back = ctg::load_evaluations_json(blank, "blank.json");
    ASSERT_EQ(back.size(), 1U);
    EXPECT_TRUE(back[0].answers.empty());
    const auto check = ctg::validate_evaluation(back[0], charente());
    EXPECT_TRUE(check.ok());
    EXPECT_EQ(check.missing.size(), 86U);
    EXPECT_EQ(check.missing_fields.size(), 2U);

    // Filling one cell of the template.
    std::string filled = blank;
    const std::string first = R"("policy": "famille",
          "text": "Élabore des diagnostics territoriaux sur les thématiques",
          "level": null)";
    const auto at = filled.find(first);
    ASSERT_NE(at, std::string::npos);
    filled.replace(at, first.size(), R"("policy": "famille", "level": "en_partie")");
    const auto one = ctg::load_evaluations_json(filled, "filled.json");
    ASSERT_EQ(one.at(0).answers.size(), 1U);
    EXPECT_EQ(one[0].answers[0], ctg::answer::of_level("1.1", ctg::volet::famille, "en_partie"));
}

TEST(evaluation_json_bad_input, number_item_answered_with_text_or_a_json_number) {
    const auto e = errors_of(with_answer(R"({"item": "5.1", "number": "beaucoup"})"));
    const auto* d = find(e, "evaluations[0].answers[0].number");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->value, "beaucoup");
    const auto f = errors_of(with_answer(R"({"item": "5.1", "number": 0.75})"));
    const auto* g = find(f, "evaluations[0].answers[0].number");
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(g->code, "evaluation.answer.number_type");
    EXPECT_EQ(g->value, "0.75");
    try {
        (void)ctg::load_evaluations_json(with_answer(R"({"item": "5.1", "number": "beaucoup"})"),
                                         "evaluations.json");
    } catch (const ctg::validation_error& err) {
        const std::string what = err.what();
        EXPECT_NE(what.find("evaluations[0].answers[0].number: got \"beaucoup\""),
                  std::string::npos);
    }
}

TEST(evaluation_json_bad_input, yes_no_item_answered_with_a_level_is_caught_by_the_check) {
    const auto list = ctg::load_evaluations_json(
        with_answer(R"({"item": "5.2", "level": "en_partie"})"), "e.json");
    const auto check = ctg::validate_evaluations(list, {}, {}, "evaluations");
    const auto* d = find(check.errors, "evaluations[0].answers[0].level");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->value, "en_partie");
    // A yes/no value must be a boolean.
    const auto e = errors_of(with_answer(R"({"item": "5.2", "yes_no": "oui"})"));
    EXPECT_NE(find(e, "evaluations[0].answers[0].yes_no"), nullptr);
}

TEST(evaluation_json_bad_input, another_grid_version_is_caught_by_the_check) {
    std::string text = with_answer(R"({"item": "1.1", "policy": "famille", "level": "oui"})");
    text.replace(text.find(R"("grid_version": 1)"), 17, R"("grid_version": 2)");
    const auto list = ctg::load_evaluations_json(text, "e.json");
    const auto check = ctg::validate_evaluations(list, {});
    const auto* d = find(check.errors, "evaluations[0].grid_version");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->value, "2");
    EXPECT_NE(d->expected.find("charente-2021: 1"), std::string::npos);
}

TEST(evaluation_json_bad_input, structure_errors_are_all_reported) {
    const auto e = errors_of(R"({"format": "ctg.evaluations/1", "evaluations": [
        {"grid": "charente-2021", "grid_version": 0, "post_id": "p", "year": 2021,
         "filled_on": "2022-02-30", "colour": "blue",
         "answers": [{"item": "1.1", "policy": "culture", "level": "oui"},
                     {"item": "1.2", "policy": "famille", "level": "oui", "yes_no": true},
                     {"item": "1.3", "item": "1.4", "policy": "famille", "level": "oui"}],
         "comments": [{"item": "1.1"}]}]})");
    EXPECT_NE(find(e, "evaluations[0].grid_version"), nullptr);
    EXPECT_NE(find(e, "evaluations[0].filled_on"), nullptr);
    EXPECT_NE(find(e, "evaluations[0].colour"), nullptr);
    EXPECT_EQ(find(e, "evaluations[0].answers[0].policy")->value, "culture");
    EXPECT_EQ(find(e, "evaluations[0].answers[1]")->value, "level, yes_no");
    EXPECT_EQ(find(e, "evaluations[0].answers[2].item")->value, "item");  // repeated key
    EXPECT_NE(find(e, "evaluations[0].comments[0].text"), nullptr);
}

TEST(evaluation_json_bad_input, wrong_format_and_broken_text) {
    EXPECT_EQ(
        find(errors_of(R"({"format": "ctg.evaluations/2", "evaluations": []})"), "format")->value,
        "ctg.evaluations/2");
    EXPECT_NE(find(errors_of(R"({"format": "ctg.evaluations/1", "evaluations": [)"), "(root)"),
              nullptr);
}

}  // namespace
