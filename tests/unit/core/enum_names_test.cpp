// SPDX-License-Identifier: MIT
#include <ctg/core/enum_names.hpp>
#include <ctg/core/error.hpp>
#include <ctg/core/rounding.hpp>
#include <ctg/core/text.hpp>

#include <gtest/gtest.h>

#include <array>
#include <optional>

namespace {

enum class colour : unsigned char { red, green, blue };

// Declared out of order on purpose: names are looked up, never indexed by the enumerator.
constexpr std::array<ctg::enum_name<colour>, 3> colours{{
    {colour::green, "green"},
    {colour::red, "red"},
    {colour::blue, "blue"},
}};

TEST(EnumNamesTest, NameOfFindsTheEntryOfTheValue) {
    static_assert(ctg::name_of(colours, colour::red) == "red");
    EXPECT_EQ(ctg::name_of(colours, colour::green), "green");
    EXPECT_EQ(ctg::name_of(colours, colour::blue), "blue");
    EXPECT_EQ(ctg::name_of(colours, static_cast<colour>(7)), "");  // not in the table
}

TEST(EnumNamesTest, ValueOfReadsExactNamesOnly) {
    static_assert(ctg::value_of(colours, "blue") == colour::blue);
    EXPECT_EQ(ctg::value_of(colours, "green"), colour::green);
    EXPECT_EQ(ctg::value_of(colours, "Green"), std::nullopt);  // case matters
    EXPECT_EQ(ctg::value_of(colours, " red"), std::nullopt);
    EXPECT_EQ(ctg::value_of(colours, ""), std::nullopt);
}

TEST(EnumNamesTest, NamesOfKeepsTheTableOrder) {
    EXPECT_EQ(ctg::names_of(colours), "green, red, blue");
    EXPECT_EQ(ctg::names_of(colours, " | "), "green | red | blue");
}

TEST(EnumNamesTest, ParseNameNamesFieldValueAndChoices) {
    EXPECT_EQ(ctg::parse_name(colours, "red", "colour"), colour::red);
    try {
        (void)ctg::parse_name(colours, "violet", "palette[2]");
        FAIL() << "expected invalid_value";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().field, "palette[2]");
        EXPECT_EQ(e.detail().value, "violet");
        EXPECT_EQ(e.detail().expected, "one of green, red, blue");
    }
    try {
        (void)ctg::parse_name(colours, "violet", "colour");
        FAIL() << "expected invalid_value";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().code, "value.one_of");
        ASSERT_EQ(e.detail().params.size(), 1U);
        EXPECT_EQ(e.detail().params[0].name, "accepted");
        EXPECT_EQ(e.detail().params[0].value, "green, red, blue");
    }
}

// The library's own enums go through the same tables both ways.
TEST(EnumNamesTest, LibraryNamesReadBack) {
    for (const auto r : {ctg::rounding::half_away_from_zero, ctg::rounding::half_even,
                         ctg::rounding::toward_zero, ctg::rounding::down, ctg::rounding::up}) {
        EXPECT_EQ(ctg::parse_rounding(ctg::to_string(r)), r);
    }
    EXPECT_EQ(ctg::to_string(ctg::rounding::half_even), "half_even");
    for (const auto l : {ctg::language::fr, ctg::language::en}) {
        EXPECT_EQ(ctg::parse_language(ctg::to_string(l)), l);
    }
    try {
        (void)ctg::parse_rounding("nearest");
        FAIL() << "expected invalid_value";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().expected,
                  "one of half_away_from_zero, half_even, toward_zero, down, up");
    }
}

}  // namespace
