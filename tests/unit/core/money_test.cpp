// SPDX-License-Identifier: MIT
#include <ctg/core/error.hpp>
#include <ctg/core/money.hpp>

#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <limits>
#include <list>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace {

using ctg::money;

constexpr std::int64_t i64_max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t i64_min = std::numeric_limits<std::int64_t>::min();

// UTF-8 spellings, written out byte by byte so that the test does not depend on the editor.
const std::string nbsp = "\xC2\xA0";             // U+00A0
const std::string narrow_nbsp = "\xE2\x80\xAF";  // U+202F
const std::string minus = "\xE2\x88\x92";        // U+2212
const std::string euro = "\xE2\x82\xAC";         // U+20AC

// ---------------------------------------------------------------------------------------------
// Independent reference formatting: magnitude in uint64, grouping done by hand.

std::string reference_plain(std::int64_t cents) {
    const bool negative = cents < 0;
    const std::uint64_t magnitude = negative ? std::uint64_t{0} - static_cast<std::uint64_t>(cents)
                                             : static_cast<std::uint64_t>(cents);
    const std::uint64_t fraction = magnitude % 100;
    std::string out = negative ? "-" : "";
    out += std::to_string(magnitude / 100);
    out += '.';
    out += static_cast<char>('0' + fraction / 10);
    out += static_cast<char>('0' + fraction % 10);
    return out;
}

/// The signed number alone: `-1 234 567,89` with `separator` and `mark`.
std::string reference_grouped(std::int64_t cents, const std::string& separator, char mark) {
    const std::string plain = reference_plain(cents);
    const bool negative = plain.front() == '-';
    const std::string body = negative ? plain.substr(1) : plain;
    const std::string integer = body.substr(0, body.size() - 3);
    // Build the grouped integer right to left.
    std::vector<std::string> groups;
    for (std::size_t end = integer.size(); end > 0; end = end >= 3 ? end - 3 : 0) {
        const std::size_t start = end >= 3 ? end - 3 : 0;
        groups.insert(groups.begin(), integer.substr(start, end - start));
    }
    std::string out = negative ? "-" : "";
    for (std::size_t i = 0; i < groups.size(); ++i) {
        if (i > 0) {
            out += separator;
        }
        out += groups[i];
    }
    out += mark;
    out += body.substr(body.size() - 2);
    return out;
}

/// CLDR French (Babel's `fr`): U+202F between thousands, U+00A0 before the euro sign.
std::string reference_french(std::int64_t cents) {
    return reference_grouped(cents, narrow_nbsp, ',') + nbsp + euro;
}

/// CLDR British English (Babel's `en_GB`): the euro sign first, after the minus sign.
std::string reference_english(std::int64_t cents) {
    const std::string number = reference_grouped(cents, ",", '.');
    return number.front() == '-' ? "-" + euro + number.substr(1) : euro + number;
}

// Runs `f`, expecting ctg::invalid_value; returns its message (empty when nothing was thrown).
template <class F>
std::string invalid_message(F f) {
    try {
        f();
    } catch (const ctg::invalid_value& e) {
        return e.what();
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// Parsing

TEST(MoneyTest, ParsesPlainNotation) {
    EXPECT_EQ(money::parse("38400").cents(), 3840000);
    EXPECT_EQ(money::parse("38400.00").cents(), 3840000);
    EXPECT_EQ(money::parse("38400.5").cents(), 3840050);
    EXPECT_EQ(money::parse("0.05").cents(), 5);
    EXPECT_EQ(money::parse("0").cents(), 0);
    EXPECT_EQ(money::parse("-12.5").cents(), -1250);
    EXPECT_EQ(money::parse("-0.01").cents(), -1);
    EXPECT_EQ(money::parse("+5").cents(), 500);
    EXPECT_EQ(money::parse("-0").cents(), 0);
}

TEST(MoneyTest, ParsesFrenchNotation) {
    EXPECT_EQ(money::parse("38 400,00 " + euro).cents(), 3840000);
    EXPECT_EQ(money::parse("38 400,00").cents(), 3840000);
    EXPECT_EQ(money::parse("38 400,00" + euro).cents(), 3840000);
    EXPECT_EQ(money::parse("48 000 " + euro).cents(), 4800000);
    EXPECT_EQ(money::parse("12,5").cents(), 1250);
    EXPECT_EQ(money::parse("1 234 567,89 " + euro).cents(), 123456789);
    EXPECT_EQ(money::parse("-1 234 567,89 " + euro).cents(), -123456789);
}

TEST(MoneyTest, ParsesUnicodeSpacesAsThousandsSeparators) {
    EXPECT_EQ(money::parse("38" + nbsp + "400,00" + nbsp + euro).cents(), 3840000);
    EXPECT_EQ(money::parse("38" + narrow_nbsp + "400,00" + narrow_nbsp + euro).cents(), 3840000);
    EXPECT_EQ(money::parse("1" + nbsp + "234" + narrow_nbsp + "567").cents(), 123456700);
}

TEST(MoneyTest, ParsesSurroundingSpacesAndSigns) {
    EXPECT_EQ(money::parse("  38400.00  ").cents(), 3840000);
    EXPECT_EQ(money::parse(nbsp + "12" + nbsp).cents(), 1200);
    EXPECT_EQ(money::parse("\t7,25\t").cents(), 725);
    EXPECT_EQ(money::parse(minus + "12,50 " + euro).cents(), -1250);
    EXPECT_EQ(money::parse(minus + "1 000").cents(), -100000);
    EXPECT_EQ(money::parse(" -3 ").cents(), -300);
}

TEST(MoneyTest, ParsesTheInt64Bounds) {
    EXPECT_EQ(money::parse("92233720368547758.07").cents(), i64_max);
    EXPECT_EQ(money::parse("92 233 720 368 547 758,07 " + euro).cents(), i64_max);
    EXPECT_EQ(money::parse("-92233720368547758.08").cents(), i64_min);
    EXPECT_EQ(money::parse(minus + "92 233 720 368 547 758,08").cents(), i64_min);
}

TEST(MoneyTest, RejectsMalformedText) {
    const std::vector<std::string> rejected{
        "12.345", "1.234,5", "12,34.5",   "",       "   ",    "NaN",
        "nan",    "1e3",     "inf",       "-inf",   "1 23",   "1234 567",
        "12.",    ".5",      ",5",        "--1",    "+-1",    "12 " + euro + euro,
        euro,     "-",       "12 000 00", "1  000", "12,3,4", "12..3",
        "0x10",   "12 $",    "12 %",      "1_000",  "1'000",  "12-",
        "- 12",   "1\t234",  "12.3 4",    "abc",    "12,",    "1 000,",
    };
    for (const auto& text : rejected) {
        EXPECT_THROW((void)money::parse(text), ctg::invalid_value) << '"' << text << '"';
    }
}

TEST(MoneyTest, RejectionsAreCatchableAsStandardAndCtgErrors) {
    EXPECT_THROW((void)money::parse("12.345"), std::invalid_argument);
    EXPECT_THROW((void)money::parse("12.345"), ctg::error);
    try {
        (void)money::parse("NaN", "plafond");
        FAIL() << "no exception";
    } catch (const ctg::error& e) {
        EXPECT_EQ(e.detail().field, "plafond");
        EXPECT_EQ(e.detail().value, "NaN");
        EXPECT_FALSE(e.detail().expected.empty());
    }
}

TEST(MoneyTest, RejectionMessagesNameFieldTextAndHint) {
    struct example {
        std::string text;
        std::string hint;  // part of the explanation specific to the mistake
    };
    const std::vector<example> examples{
        {"12.345", "3 decimal places"},    {"1.234,5", "ambiguous"},
        {"12,34.5", "ambiguous"},          {"", "empty"},
        {"1 23", "three digits"},          {"1234 567", "three digits"},
        {"12.", "after the decimal mark"}, {".5", "before the decimal mark"},
        {"1e3", "unexpected character"},   {"12,3,4", "more than once"},
    };
    for (const auto& ex : examples) {
        const std::string what =
            invalid_message([&] { (void)money::parse(ex.text, "expenses.salary"); });
        ASSERT_FALSE(what.empty()) << "no invalid_value for \"" << ex.text << '"';
        EXPECT_NE(what.find("expenses.salary"), std::string::npos) << what;
        EXPECT_NE(what.find("\"" + ex.text + "\""), std::string::npos) << what;
        EXPECT_NE(what.find("decimal"), std::string::npos) << what;
        EXPECT_NE(what.find(ex.hint), std::string::npos) << what;
    }
    // The default field name is "amount".
    const std::string what = invalid_message([] { (void)money::parse("1e3"); });
    EXPECT_EQ(what.rfind("amount: got \"1e3\"", 0), 0U) << what;
}

TEST(MoneyTest, ParseOverflowIsOutOfRange) {
    const std::vector<std::string> too_large{"92233720368547758.08", "-92233720368547758.09",
                                             "92 233 720 368 547 758,08 " + euro,
                                             "100000000000000000", "99999999999999999999999"};
    for (const auto& text : too_large) {
        EXPECT_THROW((void)money::parse(text), ctg::out_of_range_value) << text;
        EXPECT_THROW((void)money::parse(text), std::out_of_range) << text;
        EXPECT_THROW((void)money::parse(text), ctg::error) << text;
    }
    try {
        (void)money::parse("92233720368547758.08", "total");
        FAIL() << "no exception";
    } catch (const ctg::out_of_range_value& e) {
        EXPECT_EQ(e.detail().field, "total");
        EXPECT_EQ(e.detail().value, "92233720368547758.08");
    }
}

// ---------------------------------------------------------------------------------------------
// Construction and arithmetic

TEST(MoneyTest, ConstructsFromCentsAndEuros) {
    EXPECT_EQ(money().cents(), 0);
    EXPECT_EQ(money::from_cents(-1250).cents(), -1250);
    EXPECT_EQ(money::from_euros(48000).cents(), 4800000);
    EXPECT_EQ(money::from_euros(-3).cents(), -300);
    EXPECT_EQ(money::from_euros(i64_max / 100).cents(), i64_max / 100 * 100);
    EXPECT_EQ(money::from_euros(i64_min / 100).cents(), i64_min / 100 * 100);
    static_assert(money::from_cents(5).cents() == 5);
}

TEST(MoneyTest, FromEurosOverflowThrows) {
    EXPECT_THROW((void)money::from_euros(i64_max / 100 + 1), ctg::overflow);
    EXPECT_THROW((void)money::from_euros(i64_min / 100 - 1), std::overflow_error);
    EXPECT_THROW((void)money::from_euros(i64_max), ctg::error);
    EXPECT_THROW((void)money::from_euros(i64_min), ctg::overflow);
}

TEST(MoneyTest, ComparesByCents) {
    EXPECT_EQ(money::parse("38 400,00"), money::from_euros(38400));
    EXPECT_LT(money::from_cents(-1), money());
    EXPECT_GT(money::from_cents(1), money());
    EXPECT_LE(money::from_cents(5), money::parse("0.05"));
    EXPECT_NE(money::from_cents(5), money::from_cents(50));
}

TEST(MoneyTest, AddsSubtractsMultipliesAndNegates) {
    const money a = money::parse("389400");
    const money b = money::parse("177000");
    EXPECT_EQ((a + b).cents(), 56640000);
    EXPECT_EQ((b - a).cents(), -21240000);
    EXPECT_EQ((a * 3).cents(), 116820000);
    EXPECT_EQ((3 * a).cents(), 116820000);
    EXPECT_EQ((a * -1).cents(), -38940000);
    EXPECT_EQ((a * 0).cents(), 0);
    EXPECT_EQ((-a).cents(), -38940000);
    EXPECT_EQ((-money()).cents(), 0);
    money c = a;
    c += b;
    EXPECT_EQ(c.cents(), 56640000);
    c -= a;
    EXPECT_EQ(c, b);
    c *= 2;
    EXPECT_EQ(c.cents(), 35400000);
}

TEST(MoneyTest, SumOverflowThrowsAndLeavesOperandsUnchanged) {
    const money top = money::from_cents(i64_max);
    const money one = money::from_cents(1);
    EXPECT_THROW((void)(top + one), ctg::overflow);
    EXPECT_THROW((void)(top + one), std::overflow_error);
    EXPECT_THROW((void)(top + one), ctg::error);
    EXPECT_EQ(top.cents(), i64_max);

    money acc = top;
    EXPECT_THROW(acc += one, ctg::overflow);
    EXPECT_EQ(acc.cents(), i64_max);  // unchanged after the failed +=

    money low = money::from_cents(i64_min);
    EXPECT_THROW(low -= one, ctg::overflow);
    EXPECT_EQ(low.cents(), i64_min);
    EXPECT_THROW((void)(money::from_cents(i64_min) + money::from_cents(-1)), ctg::overflow);
    EXPECT_THROW((void)(money::from_cents(i64_max) - money::from_cents(-1)), ctg::overflow);
    EXPECT_EQ((top + money::from_cents(i64_min)).cents(), -1);
}

TEST(MoneyTest, ProductOverflowThrows) {
    money m = money::from_cents(i64_max / 2 + 1);
    EXPECT_THROW(m *= 2, ctg::overflow);
    EXPECT_EQ(m.cents(), i64_max / 2 + 1);
    EXPECT_THROW((void)(money::from_cents(i64_min) * -1), std::overflow_error);
    EXPECT_THROW((void)(-1 * money::from_cents(i64_min)), ctg::error);
    EXPECT_EQ((money::from_cents(i64_max / 2) * 2).cents(), i64_max - 1);
}

TEST(MoneyTest, NegationOfTheMinimumThrows) {
    const money low = money::from_cents(i64_min);
    EXPECT_THROW((void)(-low), ctg::overflow);
    EXPECT_THROW((void)(-low), std::overflow_error);
    EXPECT_EQ((-money::from_cents(i64_max)).cents(), i64_min + 1);
    EXPECT_EQ((-money::from_cents(i64_min + 1)).cents(), i64_max);
}

TEST(MoneyTest, OverflowNamesTheOperation) {
    try {
        (void)(money::from_cents(i64_max) + money::from_cents(1));
        FAIL() << "no exception";
    } catch (const ctg::overflow& e) {
        EXPECT_NE(e.detail().field.find("sum"), std::string::npos) << e.what();
        EXPECT_NE(e.detail().value.find("92233720368547758.07"), std::string::npos) << e.what();
    }
}

TEST(MoneyTest, SumsARange) {
    const std::vector<money> parts{money::parse("389400"), money::parse("177000")};
    EXPECT_EQ(ctg::sum(parts).cents(), 56640000);
    EXPECT_EQ(ctg::sum(std::vector<money>{}).cents(), 0);
    const std::array<money, 4> mixed{money::parse("0.10"), money::parse("0.20"),
                                     money::parse("-0.05"), money::parse("1 000,00")};
    EXPECT_EQ(ctg::sum(mixed).cents(), 100025);
    const std::list<money> listed{money::from_cents(1), money::from_cents(2)};
    EXPECT_EQ(ctg::sum(listed).cents(), 3);
}

TEST(MoneyTest, SumOverflowThrows) {
    const std::vector<money> huge{money::from_cents(i64_max - 10), money::from_cents(5),
                                  money::from_cents(6)};
    EXPECT_THROW((void)ctg::sum(huge), ctg::overflow);
    // An intermediate overflow throws even when a later term would bring it back.
    const std::vector<money> back{money::from_cents(i64_max), money::from_cents(1),
                                  money::from_cents(-1)};
    EXPECT_THROW((void)ctg::sum(back), std::overflow_error);
    const std::vector<money> fits{money::from_cents(i64_max - 10), money::from_cents(10)};
    EXPECT_EQ(ctg::sum(fits).cents(), i64_max);
}

// ---------------------------------------------------------------------------------------------
// Formatting

TEST(MoneyTest, FormatsPlain) {
    EXPECT_EQ(money::from_cents(3840000).to_plain(), "38400.00");
    EXPECT_EQ(money::from_cents(-1250).to_plain(), "-12.50");
    EXPECT_EQ(money::from_cents(5).to_plain(), "0.05");
    EXPECT_EQ(money::from_cents(-5).to_plain(), "-0.05");
    EXPECT_EQ(money().to_plain(), "0.00");
    EXPECT_EQ(money::from_cents(100).to_plain(), "1.00");
    std::ostringstream out;
    out << money::from_cents(123456);
    EXPECT_EQ(out.str(), "1234.56");
}

// The typography of Babel (CLDR): format_currency(Decimal("38400"), "EUR", locale="fr_FR") is
// "38\u202f400,00\xa0€", with locale="en_GB" "€38,400.00", and "-€38,400.00" when negative.
TEST(MoneyTest, FormatsFrenchAsCldr) {
    EXPECT_EQ(money::from_cents(3840000).to_french(), "38" + narrow_nbsp + "400,00" + nbsp + euro);
    EXPECT_EQ(money::from_cents(-123456789).to_french(),
              "-1" + narrow_nbsp + "234" + narrow_nbsp + "567,89" + nbsp + euro);
    EXPECT_EQ(money().to_french(), "0,00" + nbsp + euro);
    EXPECT_EQ(money::from_cents(99999).to_french(), "999,99" + nbsp + euro);
    EXPECT_EQ(money::from_cents(100000).to_french(), "1" + narrow_nbsp + "000,00" + nbsp + euro);
    EXPECT_EQ(money::from_cents(-5).to_french(), "-0,05" + nbsp + euro);
}

TEST(MoneyTest, FormatsEnglishAsCldr) {
    EXPECT_EQ(money::from_cents(3840000).to_english(), euro + "38,400.00");
    EXPECT_EQ(money::from_cents(-3840000).to_english(), "-" + euro + "38,400.00");
    EXPECT_EQ(money::from_cents(-123456789).to_english(), "-" + euro + "1,234,567.89");
    EXPECT_EQ(money().to_english(), euro + "0.00");
    EXPECT_EQ(money::from_cents(12345678).to_english(), euro + "123,456.78");
}

TEST(MoneyTest, FormatsTheInt64Bounds) {
    const money low = money::from_cents(i64_min);
    const money high = money::from_cents(i64_max);
    EXPECT_EQ(low.to_plain(), "-92233720368547758.08");
    EXPECT_EQ(high.to_plain(), "92233720368547758.07");
    const std::string g = narrow_nbsp;
    EXPECT_EQ(low.to_french(),
              "-92" + g + "233" + g + "720" + g + "368" + g + "547" + g + "758,08" + nbsp + euro);
    EXPECT_EQ(high.to_french(),
              "92" + g + "233" + g + "720" + g + "368" + g + "547" + g + "758,07" + nbsp + euro);
    EXPECT_EQ(low.to_english(), "-" + euro + "92,233,720,368,547,758.08");
}

TEST(MoneyTest, FormatsLikeTheReferenceOnRandomValues) {
    // Sanity of the reference itself on hand-worked values.
    ASSERT_EQ(reference_plain(-1250), "-12.50");
    ASSERT_EQ(reference_grouped(-123456789, " ", ','), "-1 234 567,89");
    ASSERT_EQ(reference_english(5), euro + "0.05");
    ASSERT_EQ(reference_english(-123456789), "-" + euro + "1,234,567.89");

    std::mt19937_64 gen(38400);
    std::uniform_int_distribution<std::int64_t> any(i64_min, i64_max);
    std::uniform_int_distribution<int> digits(0, 18);
    for (int i = 0; i < 20'000; ++i) {
        std::int64_t cents = any(gen);
        if (i % 2 == 0) {  // also short values: cut to a random number of digits
            std::int64_t modulus = 1;
            for (int k = digits(gen); k > 0; --k) {
                modulus *= 10;
            }
            cents %= modulus;
        }
        const money m = money::from_cents(cents);
        ASSERT_EQ(m.to_plain(), reference_plain(cents)) << cents;
        ASSERT_EQ(m.to_french(), reference_french(cents)) << cents;
        ASSERT_EQ(m.to_english(), reference_english(cents)) << cents;
    }
}

TEST(MoneyTest, ParseRoundTripsPlainAndFrenchOnRandomValues) {
    std::mt19937_64 gen(20210630);
    std::uniform_int_distribution<std::int64_t> any(i64_min, i64_max);
    std::uniform_int_distribution<std::int64_t> everyday(-10'000'000'000, 10'000'000'000);
    std::vector<std::int64_t> values{0, 1, -1, 99, 100, -100, i64_max, i64_min, i64_min + 1};
    for (int i = 0; i < 20'000; ++i) {
        values.push_back(i % 2 == 0 ? any(gen) : everyday(gen));
    }
    for (const std::int64_t cents : values) {
        const money m = money::from_cents(cents);
        ASSERT_EQ(money::parse(m.to_plain()).cents(), cents) << m.to_plain();
        ASSERT_EQ(money::parse(m.to_french()).cents(), cents) << m.to_french();
    }
}

}  // namespace
