// SPDX-License-Identifier: MIT
#include <ctg/core/error.hpp>
#include <ctg/core/money.hpp>

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace {

using ctg::error_detail;

TEST(ErrorDetailTest, ToStringFollowsFieldGotExpectedFormat) {
    const error_detail d{"ceiling", "12.345", "an amount with at most 2 decimals"};
    EXPECT_EQ(d.to_string(), "ceiling: got \"12.345\"; expected an amount with at most 2 decimals");
}

TEST(ErrorDetailTest, ToStringKeepsEmptyValueQuoted) {
    const error_detail d{"parameters[\"rate\"].segments[0].value", "", "a rate"};
    EXPECT_EQ(d.to_string(), "parameters[\"rate\"].segments[0].value: got \"\"; expected a rate");
}

TEST(ErrorDetailTest, EqualityIsMemberWise) {
    const error_detail a{"f", "v", "e"};
    EXPECT_EQ(a, (error_detail{"f", "v", "e"}));
    EXPECT_NE(a, (error_detail{"g", "v", "e"}));
    EXPECT_NE(a, (error_detail{"f", "w", "e"}));
    EXPECT_NE(a, (error_detail{"f", "v", "x"}));
}

TEST(ErrorTest, InvalidValueCarriesItsDetailAndMessage) {
    const ctg::invalid_value e("fte", "-1", "a number of FTE that is zero or positive");
    EXPECT_STREQ(e.what(), "fte: got \"-1\"; expected a number of FTE that is zero or positive");
    ASSERT_EQ(e.details().size(), 1U);
    EXPECT_EQ(e.detail().field, "fte");
    EXPECT_EQ(e.detail().value, "-1");
    EXPECT_EQ(e.detail().expected, "a number of FTE that is zero or positive");
}

TEST(ErrorTest, InvalidValueIsCatchableByEveryBase) {
    const auto raise = [] { throw ctg::invalid_value("f", "v", "e"); };
    EXPECT_THROW(raise(), ctg::invalid_value);
    EXPECT_THROW(raise(), std::invalid_argument);
    EXPECT_THROW(raise(), std::logic_error);
    EXPECT_THROW(raise(), std::exception);
    EXPECT_THROW(raise(), ctg::error);
    try {
        raise();
        FAIL() << "no exception";
    } catch (const ctg::error& e) {
        EXPECT_EQ(e.detail(), (error_detail{"f", "v", "e"}));
    }
}

TEST(ErrorTest, OutOfRangeValueIsCatchableByEveryBase) {
    const auto raise = [] {
        throw ctg::out_of_range_value("date", "1999-01-01", "a covered date");
    };
    EXPECT_THROW(raise(), ctg::out_of_range_value);
    EXPECT_THROW(raise(), std::out_of_range);
    EXPECT_THROW(raise(), std::logic_error);
    EXPECT_THROW(raise(), ctg::error);
    try {
        raise();
        FAIL() << "no exception";
    } catch (const std::out_of_range& e) {
        EXPECT_STREQ(e.what(), "date: got \"1999-01-01\"; expected a covered date");
    }
}

TEST(ErrorTest, OverflowIsCatchableByEveryBase) {
    const auto raise = [] { throw ctg::overflow("amount sum", "1 and 2", "a result that fits"); };
    EXPECT_THROW(raise(), ctg::overflow);
    EXPECT_THROW(raise(), std::overflow_error);
    EXPECT_THROW(raise(), std::runtime_error);
    EXPECT_THROW(raise(), ctg::error);
    try {
        raise();
        FAIL() << "no exception";
    } catch (const ctg::error& e) {
        EXPECT_EQ(e.detail().field, "amount sum");
        EXPECT_EQ(e.detail().value, "1 and 2");
    }
}

TEST(ErrorTest, ValidationErrorListsAllDetailsInOrder) {
    const std::vector<error_detail> details{
        {"parameters[0].value", "abc", "an amount in euros"},
        {"parameters[1].unit", "kg", "percent or share"},
        {"segments[2].start", "2021-02-30", "a calendar date written YYYY-MM-DD"},
    };
    const ctg::validation_error e("rulebook charente.json", details);
    EXPECT_EQ(e.details(), details);
    EXPECT_EQ(e.detail(), details.front());
    const std::string what = e.what();
    EXPECT_EQ(what.rfind("rulebook charente.json: 3 error(s)\n", 0), 0U) << what;
    for (const auto& d : details) {
        EXPECT_NE(what.find(d.to_string()), std::string::npos) << d.to_string();
    }
    // One line per detail, in document order.
    EXPECT_LT(what.find(details[0].to_string()), what.find(details[1].to_string()));
    EXPECT_LT(what.find(details[1].to_string()), what.find(details[2].to_string()));
    EXPECT_EQ(what,
              "rulebook charente.json: 3 error(s)\n"
              "parameters[0].value: got \"abc\"; expected an amount in euros\n"
              "parameters[1].unit: got \"kg\"; expected percent or share\n"
              "segments[2].start: got \"2021-02-30\"; expected a calendar date written "
              "YYYY-MM-DD");
}

TEST(ErrorTest, ValidationErrorIsCatchableByEveryBase) {
    const auto raise = [] {
        throw ctg::validation_error("dataset", {{"row 2, column 3", "x", "a number"}});
    };
    EXPECT_THROW(raise(), ctg::validation_error);
    EXPECT_THROW(raise(), std::invalid_argument);
    EXPECT_THROW(raise(), ctg::error);
    try {
        raise();
        FAIL() << "no exception";
    } catch (const ctg::error& e) {
        ASSERT_EQ(e.details().size(), 1U);
        EXPECT_EQ(e.detail().field, "row 2, column 3");
    }
}

TEST(ErrorTest, ValidationErrorWithoutDetailsStillHasOne) {
    // The precondition says details must not be empty; the error stays usable if it is.
    const ctg::validation_error e("document", {});
    ASSERT_FALSE(e.details().empty());
    EXPECT_FALSE(e.detail().field.empty());
}

}  // namespace

namespace {

// --- Message codes ---------------------------------------------------------------------------

TEST(MessageCodesTest, TableIsSortedUniqueAndDotted) {
    const auto codes = ctg::message_codes();
    ASSERT_GT(codes.size(), 150U);
    for (std::size_t i = 0; i < codes.size(); ++i) {
        EXPECT_NE(codes[i].code.find('.'), std::string_view::npos) << codes[i].code;
        EXPECT_FALSE(codes[i].english.empty()) << codes[i].code;
        if (i > 0) {
            EXPECT_LT(codes[i - 1].code, codes[i].code);  // sorted, so no code twice
        }
    }
}

TEST(MessageCodesTest, OfFillsTheEnglishTemplateWithTheParameters) {
    const auto d = error_detail::of("year.range", "expenses[0].year", "1850",
                                    {{"low", "1900"}, {"high", "2200"}});
    EXPECT_EQ(d.code, "year.range");
    EXPECT_EQ(d.expected, "a year between 1900 and 2200");
    EXPECT_EQ(d.param("low"), "1900");
    EXPECT_EQ(d.param("absent"), "");
    EXPECT_EQ(d.to_string(),
              "expenses[0].year: got \"1850\"; expected a year between 1900 and 2200");
}

TEST(MessageCodesTest, UnknownCodeOrMissingParameterIsAProgrammingError) {
    EXPECT_THROW((void)error_detail::of("no.such.code", "f", "v"), std::logic_error);
    EXPECT_THROW((void)error_detail::of("year.range", "f", "v", {{"low", "1"}}), std::logic_error);
}

TEST(MessageCodesTest, ExceptionsKeepTheCodeOfTheirDetail) {
    try {
        throw ctg::invalid_value(error_detail::of("siren.invalid", "siren", "123"));
    } catch (const ctg::error& e) {
        EXPECT_EQ(e.detail().code, "siren.invalid");
        EXPECT_EQ(e.detail().expected, "a SIREN of 9 digits with a valid Luhn key");
    }
    try {
        (void)ctg::money::parse("12.345", "expense");
        FAIL() << "no exception";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().code, "decimal.too_many_decimals");
        EXPECT_EQ(e.detail().param("max_decimals"), "2");
        EXPECT_EQ(e.detail().param("given"), "3");
        EXPECT_STREQ(e.what(),
                     "expense: got \"12.345\"; expected a number with at most 2 decimal place(s) "
                     "(3 decimal places given)");
    }
}

}  // namespace

TEST(PrintableTextTest, KeepsUtf8AndEscapesEveryOtherByte) {
    EXPECT_EQ(ctg::printable_text("Angoulême"), "Angoulême");
    EXPECT_EQ(ctg::printable_text("Angoul\xEAme"), "Angoul\\xEAme");             // Latin-1
    EXPECT_EQ(ctg::printable_text("\xC0\xAF"), "\\xC0\\xAF");                    // overlong "/"
    EXPECT_EQ(ctg::printable_text("\xED\xA0\x80"), "\\xED\\xA0\\x80");           // a surrogate
    EXPECT_EQ(ctg::printable_text("\xF4\x90\x80\x80"), "\\xF4\\x90\\x80\\x80");  // > U+10FFFF
    EXPECT_EQ(ctg::printable_text("\xE2\x82"), "\\xE2\\x82");                    // "€" cut short
    EXPECT_EQ(ctg::printable_text("\xF0\x9F\x98\x80"), "\xF0\x9F\x98\x80");      // an emoji
}

TEST(PrintableTextTest, CutsLongTextAtACharacterWithAnEllipsis) {
    EXPECT_EQ(ctg::printable_text(std::string(1000, 'a'), 10), "aaaaaaaaaa…");
    // "é" is two bytes: nine "a" and one "é" make 11 bytes, over 10: the "é" is not split.
    EXPECT_EQ(ctg::printable_text("aaaaaaaaaéé", 10), "aaaaaaaaa…");
    EXPECT_EQ(ctg::printable_text("aaaaaaaaéé", 10), "aaaaaaaaé…");
    EXPECT_EQ(ctg::printable_text("aaaaaaaaaaé", 10), "aaaaaaaaaa…");
    EXPECT_EQ(ctg::printable_text(std::string(10, 'a'), 10), std::string(10, 'a'));
}

TEST(PrintableTextTest, ErrorDetailsQuoteThroughIt) {
    const auto d = ctg::error_detail::of("dataset.population.negative", "epcis[0].name\xFF",
                                         std::string(5000, '-'));
    EXPECT_EQ(d.field, "epcis[0].name\\xFF");
    EXPECT_EQ(d.value.size(), ctg::message_value_limit + std::string("…").size());
}
