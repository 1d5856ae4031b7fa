// SPDX-License-Identifier: MIT
#include <ctg/core/error.hpp>
#include <ctg/io/csv.hpp>

#include <gtest/gtest.h>

#include <string>

namespace {

TEST(read_csv, plain_fields_and_header) {
    const auto t = ctg::read_csv("a,b,c\n1,2,3\n4,,6\n");
    ASSERT_EQ(t.header.size(), 3U);
    EXPECT_EQ(t.header[1], "b");
    ASSERT_EQ(t.rows.size(), 2U);
    EXPECT_EQ(t.rows[1].fields[1], "");
    EXPECT_EQ(t.rows[1].line, 3U);
    EXPECT_EQ(t.column("c"), 2U);
    EXPECT_FALSE(t.column("d").has_value());
}

TEST(read_csv, quoted_fields_with_separators_quotes_and_line_breaks) {
    const auto t = ctg::read_csv(
        "id,label,amount\r\n"
        "p1,\"Grand Cognac, CA\",\"38 400,00 €\"\r\n"
        "p2,\"dit \"\"le pilote\"\"\",\"\"\r\n"
        "p3,\"deux\r\nlignes\",1\r\n"
        "p4,x,2");
    ASSERT_EQ(t.rows.size(), 4U);
    EXPECT_EQ(t.rows[0].fields[1], "Grand Cognac, CA");
    EXPECT_EQ(t.rows[0].fields[2], "38 400,00 €");
    EXPECT_EQ(t.rows[1].fields[1], "dit \"le pilote\"");
    EXPECT_EQ(t.rows[1].fields[2], "");
    EXPECT_EQ(t.rows[2].fields[1], "deux\r\nlignes");
    EXPECT_EQ(t.rows[3].line, 6U);        // the quoted line break counts as a physical line
    EXPECT_EQ(t.rows[3].fields[2], "2");  // no final line break
}

TEST(read_csv, bom_and_blank_lines_and_semicolons) {
    const auto t = ctg::read_csv("\xEF\xBB\xBFid;value\n\np;1\n\n", "x.csv", ';');
    ASSERT_EQ(t.header.size(), 2U);
    EXPECT_EQ(t.header[0], "id");
    ASSERT_EQ(t.rows.size(), 1U);
    EXPECT_EQ(t.rows[0].fields[1], "1");
}

TEST(read_csv, unclosed_quote_is_an_error_at_its_line) {
    try {
        (void)ctg::read_csv("a,b\n1,\"open\n2,3\n", "x.csv");
        FAIL();
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().field, "x.csv, line 2, column 3");
    }
}

TEST(read_csv, text_after_a_closing_quote_is_an_error) {
    EXPECT_THROW((void)ctg::read_csv("a,b\n\"x\"y,1\n"), ctg::invalid_value);
}

TEST(read_csv, a_quote_inside_an_unquoted_field_is_an_error_at_its_line_and_column) {
    // Before: read as part of the field; a broken export with such a quote then opened a
    // quoted field further on and merged or split rows (an extra post of 0.75 ETP).
    try {
        (void)ctg::read_csv("id,fte,name\np-1,1.5,CC \"Cœur\" de Charente\n", "posts.csv");
        FAIL();
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().code, "csv.quote.stray");
        // Column 12 counts characters: "p-1,1.5,CC " is 11 of them.
        EXPECT_EQ(e.detail().field, "posts.csv, line 2, column 12");
        EXPECT_EQ(e.detail().value, "CC \"");
    }
    // Quoted, the same text is a field with its quotes doubled.
    const auto t = ctg::read_csv("id,name\np-1,\"CC \"\"Cœur\"\" de Charente\"\n");
    EXPECT_EQ(t.rows[0].fields[1], "CC \"Cœur\" de Charente");
}

TEST(read_csv, bytes_that_are_not_utf8_are_an_error_at_their_line_and_column) {
    // Before: a Latin-1 export loaded, and its names could not be turned into Python strings.
    try {
        (void)ctg::read_csv("id,name\np-1,CC C\x9Cur de Charente\n", "posts.csv");
        FAIL();
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().code, "csv.encoding");
        EXPECT_EQ(e.detail().field, "posts.csv, line 2, column 9");
        EXPECT_EQ(e.detail().value, "p-1,CC C\\x9Cur de C");
    }
    // UTF-8 after a BOM is read as is.
    EXPECT_EQ(ctg::read_csv("\xEF\xBB\xBFid\nC\xC5\x93ur\n").rows[0].fields[0], "C\xC5\x93ur");
}

TEST(read_csv, empty_text_has_no_header) {
    EXPECT_THROW((void)ctg::read_csv(""), ctg::invalid_value);
}

TEST(csv_separator, is_read_on_the_header_line_outside_quotes) {
    EXPECT_EQ(ctg::detect_csv_separator("epci;contracted_fte\n241600303;0,75\n"), ';');
    EXPECT_EQ(ctg::detect_csv_separator("post_id,expense\np1,\"38 400,00\"\n"), ',');
    EXPECT_EQ(ctg::detect_csv_separator("\"a;b\",c\n"), ',');      // the ';' is quoted
    EXPECT_EQ(ctg::detect_csv_separator("single\n1;2;3\n"), ',');  // only the header counts
    EXPECT_EQ(ctg::read_csv("a;b\n1;2\n", "t.csv", ';').separator, ';');
}

}  // namespace
