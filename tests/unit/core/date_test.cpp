// SPDX-License-Identifier: MIT
#include <ctg/core/date.hpp>
#include <ctg/core/error.hpp>

#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <random>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace {

using ctg::date;
using ctg::period;
using ctg::prorata_basis;
using ctg::prorata_fraction;

date ymd(int y, unsigned m, unsigned d) {
    return date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

// ---------------------------------------------------------------------------------------------
// Independent calendar reference: leap years and month lengths written out, days counted by
// summing them.

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int month_length(int y, int m) {
    static constexpr int lengths[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : lengths[m - 1];
}

// Days since 1900-01-01 (day 0).
std::int64_t serial(int y, int m, int d) {
    std::int64_t n = 0;
    for (int year = 1900; year < y; ++year) {
        n += is_leap(year) ? 366 : 365;
    }
    for (int month = 1; month < m; ++month) {
        n += month_length(y, month);
    }
    return n + d - 1;
}

struct simple_date {
    int y;
    int m;
    int d;
    [[nodiscard]] std::int64_t serial_day() const { return serial(y, m, d); }
    [[nodiscard]] date as_date() const {
        return ymd(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
    }
};

// Calendar months [first day, first day of next month) lying inside [start, end).
std::int64_t reference_whole_months(simple_date start, simple_date end) {
    std::int64_t count = 0;
    for (int y = start.y; y <= end.y; ++y) {
        for (int m = 1; m <= 12; ++m) {
            const std::int64_t first = serial(y, m, 1);
            const std::int64_t next = m == 12 ? serial(y + 1, 1, 1) : serial(y, m + 1, 1);
            if (first >= start.serial_day() && next <= end.serial_day()) {
                ++count;
            }
        }
    }
    return count;
}

// ---------------------------------------------------------------------------------------------
// Dates

TEST(DateTest, ParsesIsoDates) {
    EXPECT_EQ(ctg::parse_date("2021-06-30"), ymd(2021, 6, 30));
    EXPECT_EQ(ctg::parse_date("2020-02-29"), ymd(2020, 2, 29));  // leap year
    EXPECT_EQ(ctg::parse_date("2000-02-29"), ymd(2000, 2, 29));  // divisible by 400
    EXPECT_EQ(ctg::parse_date("2021-01-01"), ymd(2021, 1, 1));
    EXPECT_EQ(ctg::parse_date("2021-12-31"), ymd(2021, 12, 31));
}

TEST(DateTest, RejectsImpossibleOrMisshapenDates) {
    const std::vector<std::string> rejected{
        "2021-02-30",  "2021-02-29", "1900-02-29", "2021-13-01", "2021-00-10", "2021-04-31",
        "2021-06-00",  "2021-6-30",  "30/06/2021", "",           "2021/06/30", "2021-06-30T00",
        " 2021-06-30", "2021-06-3a", "20210630",   "2021--6-30", "+021-06-30", "2021-06-30 ",
    };
    for (const auto& text : rejected) {
        EXPECT_THROW((void)ctg::parse_date(text), ctg::invalid_value) << '"' << text << '"';
    }
    EXPECT_THROW((void)ctg::parse_date("2021-02-30"), std::invalid_argument);
    EXPECT_THROW((void)ctg::parse_date("2021-02-30"), ctg::error);
}

TEST(DateTest, RejectionNamesFieldAndText) {
    try {
        (void)ctg::parse_date("2021-02-30", "segments[1].start");
        FAIL() << "no exception";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().field, "segments[1].start");
        EXPECT_EQ(e.detail().value, "2021-02-30");
        EXPECT_NE(e.detail().expected.find("YYYY-MM-DD"), std::string::npos);
    }
    try {
        (void)ctg::parse_date("30/06/2021");
        FAIL() << "no exception";
    } catch (const ctg::error& e) {
        EXPECT_EQ(e.detail().field, "date");
    }
}

TEST(DateTest, FormatsIsoAndFrench) {
    EXPECT_EQ(ctg::to_iso(ymd(2021, 6, 30)), "2021-06-30");
    EXPECT_EQ(ctg::to_iso(ymd(2021, 1, 5)), "2021-01-05");
    EXPECT_EQ(ctg::to_french(ymd(2021, 6, 30)), "30/06/2021");
    EXPECT_EQ(ctg::to_french(ymd(2021, 1, 5)), "05/01/2021");
    EXPECT_EQ(ctg::to_iso(ctg::parse_date("2020-02-29")), "2020-02-29");
}

// ---------------------------------------------------------------------------------------------
// Periods

TEST(DateTest, PreviousAndNextDayCrossMonthsYearsAndLeapDays) {
    EXPECT_EQ(ctg::previous_day(ymd(2023, 1, 1)), ymd(2022, 12, 31));
    EXPECT_EQ(ctg::previous_day(ymd(2024, 3, 1)), ymd(2024, 2, 29));  // 2024 is a leap year
    EXPECT_EQ(ctg::previous_day(ymd(2023, 3, 1)), ymd(2023, 2, 28));
    EXPECT_EQ(ctg::previous_day(ymd(2021, 7, 1)), ymd(2021, 6, 30));
    EXPECT_EQ(ctg::next_day(ymd(2024, 2, 28)), ymd(2024, 2, 29));
    EXPECT_EQ(ctg::next_day(ymd(2023, 2, 28)), ymd(2023, 3, 1));
    EXPECT_EQ(ctg::next_day(ymd(2022, 12, 31)), ymd(2023, 1, 1));
    // A period's last day is the day before its end.
    EXPECT_EQ(period::calendar_year(2021).last_day(), ymd(2021, 12, 31));
}

TEST(PeriodTest, ConstructorRequiresEndAfterStart) {
    EXPECT_THROW(period(ymd(2021, 1, 1), ymd(2021, 1, 1)), ctg::invalid_value);
    EXPECT_THROW(period(ymd(2021, 6, 1), ymd(2021, 1, 1)), std::invalid_argument);
    EXPECT_THROW(period(ymd(2021, 2, 30), ymd(2021, 6, 1)), ctg::error);  // not a calendar date
    try {
        period(ymd(2022, 1, 1), ymd(2021, 1, 1));
        FAIL() << "no exception";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().field, "period");
        EXPECT_EQ(e.detail().value, "[2022-01-01, 2021-01-01)");
    }
    EXPECT_EQ(period(ymd(2021, 1, 1), ymd(2021, 1, 2)).days(), 1);
}

TEST(PeriodTest, CalendarYears) {
    const period y2021 = period::calendar_year(2021);
    EXPECT_EQ(y2021.start(), ymd(2021, 1, 1));
    EXPECT_EQ(y2021.end(), ymd(2022, 1, 1));
    EXPECT_EQ(y2021.days(), 365);
    EXPECT_EQ(period::calendar_year(2020).days(), 366);
    EXPECT_EQ(period::calendar_year(2000).days(), 366);
    EXPECT_EQ(period::calendar_year(1900).days(), 365);
    EXPECT_EQ(period::calendar_year(2024).days(), 366);
}

TEST(PeriodTest, LastDayIsTheDayBeforeTheEnd) {
    EXPECT_EQ(period::calendar_year(2021).last_day(), ymd(2021, 12, 31));
    EXPECT_EQ(period(ymd(2020, 2, 1), ymd(2020, 3, 1)).last_day(), ymd(2020, 2, 29));
    EXPECT_EQ(period(ymd(2021, 2, 1), ymd(2021, 3, 1)).last_day(), ymd(2021, 2, 28));
    EXPECT_EQ(period(ymd(2021, 5, 10), ymd(2021, 5, 11)).last_day(), ymd(2021, 5, 10));
}

TEST(PeriodTest, ContainsIsHalfOpen) {
    const period p(ymd(2021, 3, 15), ymd(2022, 1, 1));
    EXPECT_TRUE(p.contains(ymd(2021, 3, 15)));
    EXPECT_TRUE(p.contains(ymd(2021, 12, 31)));
    EXPECT_TRUE(p.contains(ymd(2021, 7, 1)));
    EXPECT_FALSE(p.contains(ymd(2022, 1, 1)));
    EXPECT_FALSE(p.contains(ymd(2021, 3, 14)));
}

TEST(PeriodTest, Intersect) {
    const period year = period::calendar_year(2021);
    const period active(ymd(2021, 3, 1), ymd(2022, 1, 1));
    const auto both = active.intersect(year);
    ASSERT_TRUE(both.has_value());
    EXPECT_EQ(*both, active);
    EXPECT_EQ(both->days(), 306);

    const period straddling(ymd(2020, 9, 1), ymd(2021, 4, 1));
    const auto part = straddling.intersect(year);
    ASSERT_TRUE(part.has_value());
    EXPECT_EQ(part->start(), ymd(2021, 1, 1));
    EXPECT_EQ(part->end(), ymd(2021, 4, 1));
    EXPECT_EQ(part->days(), 31 + 28 + 31);
    EXPECT_EQ(year.intersect(straddling), part);  // symmetric

    // Adjacent periods share no day.
    EXPECT_FALSE(period::calendar_year(2020).intersect(year).has_value());
    EXPECT_FALSE(period(ymd(2019, 1, 1), ymd(2019, 6, 1)).intersect(year).has_value());
    EXPECT_EQ(year.intersect(year), year);
}

TEST(PeriodTest, FormatsAsTextAndFrench) {
    EXPECT_EQ(period::calendar_year(2021).to_string(), "[2021-01-01, 2022-01-01)");
    EXPECT_EQ(period::calendar_year(2021).to_french(), "du 01/01/2021 au 31/12/2021");
    EXPECT_EQ(period(ymd(2021, 3, 15), ymd(2021, 4, 1)).to_french(), "du 15/03/2021 au 31/03/2021");
}

TEST(PeriodTest, ComparesByStartThenEnd) {
    const period a(ymd(2021, 1, 1), ymd(2021, 6, 1));
    const period b(ymd(2021, 1, 1), ymd(2021, 7, 1));
    const period c(ymd(2021, 2, 1), ymd(2021, 3, 1));
    EXPECT_LT(a, b);
    EXPECT_LT(b, c);
    EXPECT_EQ(a, period(ymd(2021, 1, 1), ymd(2021, 6, 1)));
}

TEST(PeriodTest, DaysMatchReferenceOnRandomPeriods) {
    std::mt19937 gen(2021);
    std::uniform_int_distribution<int> year(1996, 2044);
    std::uniform_int_distribution<int> month(1, 12);
    const auto random_date = [&] {
        const int y = year(gen);
        const int m = month(gen);
        std::uniform_int_distribution<int> day(1, month_length(y, m));
        return simple_date{y, m, day(gen)};
    };
    for (int i = 0; i < 5000; ++i) {
        simple_date a = random_date();
        simple_date b = random_date();
        if (a.serial_day() == b.serial_day()) {
            continue;
        }
        if (a.serial_day() > b.serial_day()) {
            std::swap(a, b);
        }
        const period p(a.as_date(), b.as_date());
        ASSERT_EQ(p.days(), b.serial_day() - a.serial_day()) << p.to_string();
    }
}

// ---------------------------------------------------------------------------------------------
// Prorata

TEST(ProrataTest, ByDays) {
    const period year = period::calendar_year(2021);
    const period active(ymd(2021, 3, 15), ymd(2022, 1, 1));
    // 17 days of March + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31 = 292.
    EXPECT_EQ(ctg::prorata(active, year, prorata_basis::days), (prorata_fraction{292, 365}));
    const period before(ymd(2020, 1, 1), ymd(2020, 12, 1));
    EXPECT_EQ(ctg::prorata(before, year, prorata_basis::days), (prorata_fraction{0, 365}));
    const period covering(ymd(2019, 6, 1), ymd(2023, 1, 1));
    EXPECT_EQ(ctg::prorata(covering, year, prorata_basis::days), (prorata_fraction{365, 365}));
    EXPECT_EQ(ctg::prorata(year, year, prorata_basis::days), (prorata_fraction{365, 365}));
    EXPECT_EQ(ctg::prorata(active, period::calendar_year(2020), prorata_basis::days),
              (prorata_fraction{0, 366}));
}

TEST(ProrataTest, ByWholeMonths) {
    const period year = period::calendar_year(2021);
    EXPECT_EQ(
        ctg::prorata(period(ymd(2021, 3, 15), ymd(2022, 1, 1)), year, prorata_basis::whole_months),
        (prorata_fraction{9, 12}));  // April to December
    EXPECT_EQ(
        ctg::prorata(period(ymd(2021, 3, 1), ymd(2022, 1, 1)), year, prorata_basis::whole_months),
        (prorata_fraction{10, 12}));  // March to December
    EXPECT_EQ(
        ctg::prorata(period(ymd(2021, 1, 15), ymd(2021, 2, 15)), year, prorata_basis::whole_months),
        (prorata_fraction{0, 12}));  // no month wholly inside
    EXPECT_EQ(
        ctg::prorata(period(ymd(2021, 2, 1), ymd(2021, 3, 1)), year, prorata_basis::whole_months),
        (prorata_fraction{1, 12}));  // exactly February
    EXPECT_EQ(
        ctg::prorata(period(ymd(2020, 6, 15), ymd(2021, 7, 1)), year, prorata_basis::whole_months),
        (prorata_fraction{6, 12}));  // January to June of 2021
    EXPECT_EQ(
        ctg::prorata(period(ymd(2021, 3, 1), ymd(2021, 12, 31)), year, prorata_basis::whole_months),
        (prorata_fraction{9, 12}));  // December is not whole
    EXPECT_EQ(
        ctg::prorata(period(ymd(2019, 1, 1), ymd(2025, 1, 1)), year, prorata_basis::whole_months),
        (prorata_fraction{12, 12}));
    EXPECT_EQ(
        ctg::prorata(period(ymd(2022, 1, 1), ymd(2022, 6, 1)), year, prorata_basis::whole_months),
        (prorata_fraction{0, 12}));
}

TEST(ProrataTest, WholeMonthsOfAReferenceWithPartialMonths) {
    const period reference(ymd(2021, 1, 15), ymd(2021, 4, 15));  // February and March whole
    EXPECT_EQ(ctg::prorata(reference, reference, prorata_basis::whole_months),
              (prorata_fraction{2, 2}));
    EXPECT_EQ(ctg::prorata(period(ymd(2021, 3, 1), ymd(2021, 6, 1)), reference,
                           prorata_basis::whole_months),
              (prorata_fraction{1, 2}));
}

TEST(ProrataTest, WholeMonthsNeedAReferenceHoldingAWholeMonth) {
    const period short_reference(ymd(2021, 1, 1), ymd(2021, 1, 31));
    EXPECT_THROW((void)ctg::prorata(short_reference, short_reference, prorata_basis::whole_months),
                 ctg::invalid_value);
    const period straddling(ymd(2021, 1, 15), ymd(2021, 2, 20));  // 36 days, no whole month
    EXPECT_THROW((void)ctg::prorata(straddling, straddling, prorata_basis::whole_months),
                 std::invalid_argument);
    // A single whole month is enough; by days any reference works.
    EXPECT_EQ(ctg::prorata(straddling, period(ymd(2021, 2, 1), ymd(2021, 3, 1)),
                           prorata_basis::whole_months),
              (prorata_fraction{0, 1}));
    EXPECT_EQ(ctg::prorata(short_reference, short_reference, prorata_basis::days),
              (prorata_fraction{30, 30}));
}

TEST(ProrataTest, MatchesReferenceOnRandomPeriods) {
    std::mt19937 gen(1506);
    std::uniform_int_distribution<int> year(2019, 2023);
    std::uniform_int_distribution<int> month(1, 12);
    const auto random_date = [&] {
        const int y = year(gen);
        const int m = month(gen);
        std::uniform_int_distribution<int> day(1, month_length(y, m));
        return simple_date{y, m, day(gen)};
    };
    const simple_date ref_start{2021, 1, 1};
    const simple_date ref_end{2022, 1, 1};
    const period reference = period::calendar_year(2021);
    for (int i = 0; i < 3000; ++i) {
        simple_date a = random_date();
        simple_date b = random_date();
        if (a.serial_day() == b.serial_day()) {
            continue;
        }
        if (a.serial_day() > b.serial_day()) {
            std::swap(a, b);
        }
        const period active(a.as_date(), b.as_date());
        // Overlap with the reference, computed on serial days.
        const simple_date s = a.serial_day() > ref_start.serial_day() ? a : ref_start;
        const simple_date e = b.serial_day() < ref_end.serial_day() ? b : ref_end;
        const bool overlaps = s.serial_day() < e.serial_day();
        const std::int64_t days = overlaps ? e.serial_day() - s.serial_day() : 0;
        const std::int64_t months = overlaps ? reference_whole_months(s, e) : 0;
        ASSERT_EQ(ctg::prorata(active, reference, prorata_basis::days),
                  (prorata_fraction{days, 365}))
            << active.to_string();
        ASSERT_EQ(ctg::prorata(active, reference, prorata_basis::whole_months),
                  (prorata_fraction{months, 12}))
            << active.to_string();
    }
}

TEST(ProrataTest, FractionFormatsAndKnowsWhenWhole) {
    EXPECT_EQ((prorata_fraction{292, 365}).to_string(), "292/365");
    EXPECT_FALSE((prorata_fraction{292, 365}).is_whole());
    EXPECT_TRUE((prorata_fraction{365, 365}).is_whole());
    EXPECT_TRUE(prorata_fraction{}.is_whole());
    EXPECT_NE((prorata_fraction{306, 365}), (prorata_fraction{612, 730}));
}

TEST(ProrataTest, ParsesTheBasis) {
    EXPECT_EQ(ctg::parse_prorata_basis("days"), prorata_basis::days);
    EXPECT_EQ(ctg::parse_prorata_basis("whole_months"), prorata_basis::whole_months);
    EXPECT_EQ(ctg::to_string(prorata_basis::days), "days");
    EXPECT_EQ(ctg::to_string(prorata_basis::whole_months), "whole_months");
    for (const auto basis : {prorata_basis::days, prorata_basis::whole_months}) {
        EXPECT_EQ(ctg::parse_prorata_basis(ctg::to_string(basis)), basis);
    }
    for (const char* bad : {"", "Days", "months", "whole months", "day", " days"}) {
        EXPECT_THROW((void)ctg::parse_prorata_basis(bad), ctg::invalid_value) << bad;
    }
    try {
        (void)ctg::parse_prorata_basis("monthly", "rulebook.prorata");
        FAIL() << "no exception";
    } catch (const ctg::error& e) {
        EXPECT_EQ(e.detail().field, "rulebook.prorata");
        EXPECT_EQ(e.detail().value, "monthly");
    }
}

}  // namespace

// The years ctg reads: 1900 … 2199 (before: year 0 and 9999 were read, and C++ years wrapped
// modulo 65,536 so that calendar_year(67557) was 2021).

namespace {

ctg::error_detail detail_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const ctg::invalid_value& e) {
        return e.detail();
    }
    ADD_FAILURE() << "expected invalid_value";
    return {};
}

}  // namespace

TEST(DateRange, DatesOutsideTheYearsCtgReadsAreRefusedByName) {
    EXPECT_EQ(ctg::to_iso(ctg::parse_date("1900-01-01")), "1900-01-01");
    EXPECT_EQ(ctg::to_iso(ctg::parse_date("2199-12-31")), "2199-12-31");
    for (const char* text : {"0000-01-01", "1899-12-31", "2200-01-01", "9999-12-31"}) {
        const auto d = detail_of([&] { (void)ctg::parse_date(text, "on"); });
        EXPECT_EQ(d.code, "date.range") << text;
        EXPECT_EQ(d.field, "on") << text;
        EXPECT_EQ(d.value, text);
        EXPECT_EQ(d.param("low"), "1900");
        EXPECT_EQ(d.param("high"), "2199");
    }
}

TEST(DateRange, CalendarYearsOutsideTheRangeAreRefused) {
    EXPECT_EQ(ctg::to_iso(period::calendar_year(2199).end()), "2200-01-01");
    for (const int year : {0, 1899, 2200, 67557, -1}) {
        const auto d = detail_of([&] { (void)period::calendar_year(year); });
        EXPECT_EQ(d.code, "year.range") << year;
        EXPECT_EQ(d.value, std::to_string(year));
    }
}
