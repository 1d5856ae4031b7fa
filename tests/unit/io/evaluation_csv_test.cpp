// SPDX-License-Identifier: MIT
#include "support/test_support.hpp"
#include <ctg/core/error.hpp>
#include <ctg/io/csv.hpp>
#include <ctg/io/evaluation_csv.hpp>
#include <ctg/referentiel/evaluation_check.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

const ctg::grid& charente() { return ctg::builtin_grid("charente-2021"); }

const std::string header =
    "grid,grid_version,post_id,year,section,item_id,item_text,policy,answer,comment,filled_by,"
    "filled_on\n";

/// One data row; `item_text` is left empty (it is informative only).
std::string row(const std::string& item, const std::string& policy, const std::string& answer,
                const std::string& comment = "", const std::string& post = "post-a",
                const std::string& version = "1") {
    return "charente-2021," + version + "," + post + ",2021,," + item + ",," + policy + "," +
           answer + "," + comment + ",Caf,2022-01-20\n";
}

ctg::evaluation sample() {
    auto e = ctg_test::charente_evaluation("post-rouillacais", 2021,
                                           "Caf de la Charente, service AVS", "2022-01-20");
    // In grid order, as the reader returns them.
    e.answers = {ctg::answer::of_level("1.1", ctg::volet::famille, "oui"),
                 ctg::answer::of_level("1.1", ctg::volet::education, "en_partie"),
                 ctg::answer::of_level("2.4", ctg::volet::social, "sans_objet"),
                 ctg::answer::of_number("5.1", ctg::answer_number::parse("0.75")),
                 ctg::answer::of_yes_no("5.3", true),
                 ctg::answer::of_yes_no("5.5", false)};
    e.comments = {{"1.1", "Diagnostic \"partagé\", mis à jour\r\nen 2021"}, {"5.3", "CNFPT"}};
    return e;
}

/// Loads `text` and checks the exception: its type, the detail at `field` with `value`, and
/// both in the message.
void expect_csv_error(const std::string& text, const std::string& field, const std::string& value) {
    ctg_test::expect_validation_error(
        [&] { (void)ctg::load_evaluations_csv(text, charente(), "returns.csv"); }, field, value);
}

TEST(evaluation_csv, round_trip_with_quoted_comments) {
    const std::vector<ctg::evaluation> list{sample()};
    const std::string csv = ctg::evaluations_to_csv(list, charente());
    const auto table = ctg::read_csv(csv);
    EXPECT_EQ(table.rows.size(), 86U);  // one row per cell
    EXPECT_EQ(table.header.size(), 12U);
    EXPECT_EQ(table.rows[0].fields[6], "Élabore des diagnostics territoriaux sur les thématiques");
    EXPECT_EQ(table.rows[0].fields[9], "Diagnostic \"partagé\", mis à jour\r\nen 2021");
    EXPECT_EQ(table.rows[1].fields[9], "");  // the comment sits on the item's first row
    const auto back = ctg::load_evaluations_csv(csv, charente(), "returns.csv");
    ASSERT_EQ(back.size(), 1U);
    EXPECT_EQ(back[0].answers, sample().answers);
    EXPECT_EQ(back[0].comments, sample().comments);
    EXPECT_EQ(back[0].filled_by, sample().filled_by);
    EXPECT_EQ(back[0].filled_on, sample().filled_on);
    EXPECT_EQ(back[0].provenance.cited.document, "returns.csv");
    EXPECT_EQ(back[0].provenance.cited.locator, "rows 2 to 87");
    EXPECT_EQ(ctg::evaluations_to_csv(back, charente()), csv);
}

TEST(evaluation_csv, formulas_are_neutralised_and_read_back_as_written) {
    // Before: a comment `=HYPERLINK(…)` or a filler `@SUM(…)` was written as is, a live formula
    // in the spreadsheet a Caf agent opens.
    auto e = sample();
    e.comments = {{"1.1", "=HYPERLINK(\"http://evil\",\"x\")"}, {"5.3", "+cmd|' /C calc'!A0"}};
    e.filled_by = "@SUM(1+1)";
    const std::vector<ctg::evaluation> list{e};
    const std::string csv = ctg::evaluations_to_csv(list, charente());
    const auto table = ctg::read_csv(csv);
    EXPECT_EQ(table.rows[0].fields[9], "'=HYPERLINK(\"http://evil\",\"x\")");
    EXPECT_EQ(table.rows[0].fields[10], "'@SUM(1+1)");
    const auto back = ctg::load_evaluations_csv(csv, charente(), "returns.csv");
    EXPECT_EQ(back[0].comments, e.comments);
    EXPECT_EQ(back[0].filled_by, "@SUM(1+1)");
}

TEST(spreadsheet_safe, neutralises_formulas_and_keeps_numbers) {
    for (const char* formula :
         {"=1+1", "+1+1", "-1+1", "@A1", "\tx", "\rx", "-", "+", "-.5", "-1e5", "-1,5"}) {
        EXPECT_EQ(ctg::spreadsheet_safe(formula), "'" + std::string(formula)) << formula;
        EXPECT_EQ(ctg::spreadsheet_text(ctg::spreadsheet_safe(formula)), formula) << formula;
    }
    for (const char* kept :
         {"-1447.00", "+3", "-21343.25", "0", "CC du Rouillacais", "'ok", "", "a=b"}) {
        EXPECT_EQ(ctg::spreadsheet_safe(kept), kept) << kept;
        EXPECT_EQ(ctg::spreadsheet_text(kept), kept) << kept;
    }
}

TEST(evaluation_csv, blank_template_has_one_row_per_cell) {
    const std::string blank = ctg::blank_evaluation_csv(charente(), "post-rouillacais", 2021);
    const auto table = ctg::read_csv(blank);
    ASSERT_EQ(table.rows.size(), 86U);
    EXPECT_EQ(table.rows[3].fields[5], "1.2");
    EXPECT_EQ(table.rows[3].fields[7], "famille");
    EXPECT_EQ(table.rows[81].fields[5], "5.1");
    EXPECT_EQ(table.rows[81].fields[7], "");
    const auto back = ctg::load_evaluations_csv(blank, charente());
    ASSERT_EQ(back.size(), 1U);
    EXPECT_TRUE(back[0].answers.empty());
    EXPECT_EQ(ctg::validate_evaluation(back[0], charente()).missing.size(), 86U);
    // Without post and year, the template must be completed before it is read.
    expect_csv_error(ctg::blank_evaluation_csv(charente()), "row 2, column post_id", "");
}

TEST(evaluation_csv, spreadsheet_spellings_of_answers) {
    const auto back = ctg::load_evaluations_csv(
        header + row("1.1", "famille", "Oui") + row("1.1", "education", " EN PARTIE ") +
            row("1.1", "social", "Sans objet") + row("5.1", "", "\"1,5\"") + row("5.2", "", "o") +
            row("5.3", "", "Non") + row("1.2", "famille", ""),
        charente());
    ASSERT_EQ(back.size(), 1U);
    const auto& a = back[0].answers;
    ASSERT_EQ(a.size(), 6U);
    EXPECT_EQ(a[0].level, "oui");
    EXPECT_EQ(a[1].level, "en_partie");
    EXPECT_EQ(a[2].level, "sans_objet");
    EXPECT_EQ(a[3].number.to_string(), "1.5");
    EXPECT_TRUE(a[4].yes);
    EXPECT_FALSE(a[5].yes);
}

TEST(evaluation_csv, rows_are_grouped_by_post_and_year) {
    const auto back = ctg::load_evaluations_csv(
        header + row("1.1", "famille", "oui", "", "post-a") +
            row("1.1", "famille", "non", "", "post-b") + row("1.2", "famille", "oui", "", "post-a"),
        charente());
    ASSERT_EQ(back.size(), 2U);
    EXPECT_EQ(back[0].post_id, "post-a");
    EXPECT_EQ(back[0].answers.size(), 2U);
    EXPECT_EQ(back[1].post_id, "post-b");
    EXPECT_EQ(back[1].provenance.cited.locator, "rows 3 to 3");
}

TEST(evaluation_csv_bad_input, missing_column) {
    std::string text =
        "grid,grid_version,post_id,year,section,item_id,item_text,policy,answer,"
        "filled_by,filled_on\n";
    expect_csv_error(text, "header, column comment", "");
}

TEST(evaluation_csv_bad_input, extra_column) {
    std::string text =
        "grid,grid_version,post_id,year,section,item_id,item_text,policy,answer,"
        "comment,filled_by,filled_on,note\n";
    expect_csv_error(text, "header, column note", "note");
}

TEST(evaluation_csv_bad_input, row_with_another_number_of_fields) {
    expect_csv_error(header + row("1.1", "famille", "oui") + "charente-2021,1,post-a,2021\n",
                     "row 3", "4");
}

TEST(evaluation_csv_bad_input, filled_grid_of_another_grid_version) {
    expect_csv_error(header + row("1.1", "famille", "oui", "", "post-a", "2"),
                     "row 2, column grid_version", "2");
}

TEST(evaluation_csv_bad_input, duplicated_answers_for_one_cell) {
    expect_csv_error(header + row("1.1", "famille", "oui") + row("1.2", "famille", "oui") +
                         row("1.1", "famille", "non"),
                     "row 4, column item_id", "1.1 famille");
}

TEST(evaluation_csv_bad_input, yes_no_item_answered_with_a_level) {
    expect_csv_error(header + row("5.2", "", "en partie"), "row 2, column answer", "en partie");
}

TEST(evaluation_csv_bad_input, number_item_answered_with_text) {
    expect_csv_error(header + row("5.1", "", "beaucoup"), "row 2, column answer", "beaucoup");
}

TEST(evaluation_csv_bad_input, unknown_item_policy_and_level_all_reported) {
    try {
        (void)ctg::load_evaluations_csv(
            header + row("6.1", "famille", "oui") + row("1.1", "", "oui") +
                row("5.2", "famille", "oui") + row("1.2", "culture", "oui") +
                row("1.3", "famille", "peut-être") + row("1.4", "famille", "oui", "a") +
                row("1.4", "social", "oui", "b"),
            charente(), "returns.csv");
        FAIL() << "loaded";
    } catch (const ctg::validation_error& e) {
        std::vector<std::string> fields;
        for (const auto& d : e.details()) {
            fields.push_back(d.field);
        }
        EXPECT_EQ(fields,
                  (std::vector<std::string>{"row 2, column item_id", "row 3, column policy",
                                            "row 4, column policy", "row 5, column policy",
                                            "row 6, column answer", "row 8, column comment"}));
    }
}

TEST(evaluation_csv_bad_input, conflicting_author_and_wrong_section) {
    const std::string second =
        "charente-2021,1,post-a,2021,2,1.2,,famille,oui,,Quelqu'un d'autre,\n";
    try {
        (void)ctg::load_evaluations_csv(header + row("1.1", "famille", "oui") + second, charente());
        FAIL() << "loaded";
    } catch (const ctg::validation_error& e) {
        ASSERT_EQ(e.details().size(), 2U);
        EXPECT_EQ(e.details()[0].field, "row 3, column filled_by");
        EXPECT_EQ(e.details()[1].field, "row 3, column section");
        EXPECT_EQ(e.details()[1].value, "2");
    }
}

}  // namespace

namespace {

TEST(evaluation_csv, writer_refuses_what_the_grid_cannot_hold) {
    auto e = sample();
    e.answers.push_back(ctg::answer::of_level("9.9", ctg::volet::famille, "oui"));
    const std::vector<ctg::evaluation> list{e};
    EXPECT_THROW((void)ctg::evaluations_to_csv(list, charente()), ctg::validation_error);
}

TEST(evaluation_csv, unreadable_file_names_its_path) {
    try {
        (void)ctg::load_evaluations_csv_file("/nonexistent/returns.csv", charente());
        FAIL() << "read";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().value, "/nonexistent/returns.csv");
    }
}

}  // namespace
