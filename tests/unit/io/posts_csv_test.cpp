// SPDX-License-Identifier: MIT
#include "support/test_support.hpp"
#include <ctg/core/error.hpp>
#include <ctg/io/dataset_json.hpp>
#include <ctg/io/posts_csv.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>

namespace {

using ctg_test::find;

const std::string header = "post_id,convention_id,pilot_epci_siren,contracted_fte,year,expense\n";

std::vector<ctg::error_detail> errors_of(const std::string& text) {
    return ctg_test::details_of([&] { (void)ctg::load_posts_csv(text, "posts.csv"); });
}

TEST(posts_csv, rows_merge_per_post_with_quoted_french_amounts) {
    const auto posts = ctg::load_posts_csv(
        header +
            "post-rouillacais,ctg-rouillacais,241600303,\"0,75\",2022,\"36 450,00 €\"\n"
            "post-rouillacais,ctg-rouillacais,241600303,0.75,2021,33000\n"
            "post-new,ctg-grand-cognac,200070514,1,2022,48000.00\n",
        "posts.csv");
    ASSERT_EQ(posts.size(), 2U);
    const auto& p = posts[0];
    EXPECT_EQ(p.id, "post-rouillacais");
    EXPECT_EQ(p.contracted_fte.to_string(), "0.75");
    ASSERT_EQ(p.expenses.size(), 2U);
    EXPECT_EQ(p.expenses[0].year, 2021);  // sorted by year
    EXPECT_EQ(p.expenses[0].amount.cents(), 3'300'000);
    EXPECT_EQ(p.expenses[1].amount.cents(), 3'645'000);
    EXPECT_EQ(p.expenses[1].provenance.kind, ctg::evidence::source_document);
    EXPECT_EQ(p.expenses[1].provenance.cited.document, "posts.csv");
    EXPECT_EQ(p.expenses[1].provenance.cited.locator, "row 2");
    EXPECT_EQ(p.fte_provenance.cited.locator, "row 2");
}

TEST(posts_csv, optional_provenance_columns_and_crlf_bom) {
    const auto posts = ctg::load_posts_csv(
        "\xEF\xBB\xBFpost_id,convention_id,pilot_epci_siren,contracted_fte,year,expense,"
        "expense_evidence,expense_source,expense_url\r\n"
        "p,c,241600303,1,2021,\"1 000,50\",illustrative,\"Tableau, version 2\",\r\n",
        "posts.csv");
    ASSERT_EQ(posts.size(), 1U);
    const auto& e = posts[0].expenses.at(0);
    EXPECT_EQ(e.amount.cents(), 100'050);
    EXPECT_EQ(e.provenance.kind, ctg::evidence::illustrative);
    EXPECT_EQ(e.provenance.cited.document, "Tableau, version 2");
}

TEST(posts_csv, bad_amount_names_row_and_column) {
    const auto e =
        errors_of(header + "p,c,241600303,1,2021,38400.00\np,c,241600303,1,2022,12.345\n");
    const auto* d = find(e, "row 3, column expense");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->value, "12.345");
}

TEST(posts_csv, bad_siren_fte_and_year_are_all_reported) {
    const auto e = errors_of(header + "p,c,241600304,0.123456,21,100\n");
    EXPECT_NE(find(e, "row 2, column pilot_epci_siren"), nullptr);
    EXPECT_NE(find(e, "row 2, column contracted_fte"), nullptr);
    EXPECT_NE(find(e, "row 2, column year"), nullptr);
    EXPECT_EQ(e.size(), 3U);
}

TEST(posts_csv, missing_column) {
    const auto e = errors_of(
        "post_id,convention_id,pilot_epci_siren,contracted_fte,year\n"
        "p,c,241600303,1,2021\n");
    const auto* d = find(e, "header, column expense");
    ASSERT_NE(d, nullptr);
    EXPECT_NE(d->expected.find("required"), std::string::npos);
}

TEST(posts_csv, extra_column) {
    const auto e = errors_of(
        "post_id,convention_id,pilot_epci_siren,contracted_fte,year,expense,"
        "comment\np,c,241600303,1,2021,1,ok\n");
    const auto* d = find(e, "header, column comment");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->value, "comment");
}

TEST(posts_csv, row_with_a_wrong_number_of_fields) {
    const auto e = errors_of(header + "p,c,241600303,1,2021\n");
    const auto* d = find(e, "row 2");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->value, "5");
}

TEST(posts_csv, duplicate_post_and_year) {
    const auto e = errors_of(header + "p,c,241600303,1,2021,1\np,c,241600303,1,2021,2\n");
    const auto* d = find(e, "row 3, column year");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->value, "2021");
    EXPECT_NE(d->expected.find("row 2"), std::string::npos);
}

TEST(posts_csv, rows_of_one_post_must_agree) {
    const auto e = errors_of(header + "p,c,241600303,1,2021,1\np,d,241600303,0.5,2022,2\n");
    EXPECT_NE(find(e, "row 3, column convention_id"), nullptr);
    EXPECT_NE(find(e, "row 3, column contracted_fte"), nullptr);
}

TEST(posts_csv, with_posts_adds_a_year_to_the_builtin_dataset) {
    const auto& base = ctg::builtin_dataset("charente-2021");
    const auto posts = ctg::load_posts_csv(
        header + "post-coeur-de-charente,ctg-coeur-de-charente,200072023,1,2022,\"47 300,00\"\n",
        "posts-2022.csv");
    const auto merged = ctg::with_posts(base, posts);
    const auto& p = merged.post_at("post-coeur-de-charente");
    ASSERT_NE(p.expense_for(2022), nullptr);
    EXPECT_EQ(p.expense_for(2022)->amount.cents(), 4'730'000);
    EXPECT_EQ(p.expense_for(2021)->amount,
              base.post_at("post-coeur-de-charente").expense_for(2021)->amount);
    EXPECT_EQ(p.coordinators, base.post_at("post-coeur-de-charente").coordinators);  // kept
    EXPECT_EQ(p.fte_provenance.cited.document, "posts-2022.csv");
    EXPECT_EQ(merged.posts().size(), 9U);
    EXPECT_EQ(merged.total_contracted_fte().to_string(), "14.75");
}

TEST(posts_csv, with_posts_checks_references) {
    const auto& base = ctg::builtin_dataset("charente-2021");
    const auto posts = ctg::load_posts_csv(header + "post-x,ctg-nowhere,200072023,1,2022,1000\n");
    try {
        (void)ctg::with_posts(base, posts);
        FAIL();
    } catch (const ctg::validation_error& e) {
        const auto* d = find(e.details(), "posts[9].convention");
        ASSERT_NE(d, nullptr) << e.what();
        EXPECT_EQ(d->value, "ctg-nowhere");
    }
}

TEST(posts_csv, file_fixture) {
    const auto path =
        std::filesystem::path(__FILE__).parent_path() / "../../data/posts/charente-2022.csv";
    const auto posts = ctg::load_posts_csv_file(path);
    ASSERT_EQ(posts.size(), 3U);
    const auto merged = ctg::with_posts(ctg::builtin_dataset("charente-2021"), posts);
    for (const auto& p : merged.posts()) {
        EXPECT_NE(p.expense_for(2021), nullptr) << p.id;
    }
    EXPECT_THROW((void)ctg::load_posts_csv_file(path.parent_path() / "missing.csv"),
                 ctg::invalid_value);
}

}  // namespace

namespace {

// What French Excel writes ("CSV (séparateur : point-virgule)"): ';' between fields, decimal
// commas, no quotes. Read as the same posts as the comma file.
TEST(posts_csv, reads_the_semicolon_csv_of_a_french_spreadsheet) {
    const auto posts = ctg::load_posts_csv(
        "post_id;convention_id;pilot_epci_siren;contracted_fte;year;expense\n"
        "post-rouillacais;ctg-rouillacais;241600303;0,75;2022;36 450,00\n"
        "post-rouillacais;ctg-rouillacais;241600303;0,75;2021;33000,5\n",
        "postes.csv");
    ASSERT_EQ(posts.size(), 1U);
    EXPECT_EQ(posts[0].contracted_fte.to_string(), "0.75");
    ASSERT_EQ(posts[0].expenses.size(), 2U);
    EXPECT_EQ(posts[0].expenses[0].amount.cents(), 3'300'050);
    EXPECT_EQ(posts[0].expenses[1].amount.cents(), 3'645'000);
}

}  // namespace
