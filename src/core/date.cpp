// SPDX-License-Identifier: MIT
#include <ctg/core/date.hpp>
#include <ctg/core/enum_names.hpp>
#include <ctg/core/error.hpp>

#include <algorithm>
#include <array>
#include <cstdio>

namespace ctg {

namespace {

constexpr std::array<enum_name<prorata_basis>, 2> prorata_basis_names{{
    {prorata_basis::days, "days"},
    {prorata_basis::whole_months, "whole_months"},
}};

std::chrono::sys_days as_days(date d) { return std::chrono::sys_days(d); }

std::string two_digits(unsigned v) {
    std::string s = std::to_string(v);
    return v < 10 ? "0" + s : s;
}

// Months (as a count since year 0) of the first calendar month starting on or after `d`.
std::int64_t first_whole_month_at_or_after(date d) {
    const std::int64_t index =
        static_cast<int>(d.year()) * 12LL + static_cast<unsigned>(d.month()) - 1;
    return static_cast<unsigned>(d.day()) == 1 ? index : index + 1;
}

// Months (as a count since year 0) of the calendar month containing `d`: months wholly before
// `d` end at this index (exclusive).
std::int64_t month_index(date d) {
    return static_cast<int>(d.year()) * 12LL + static_cast<unsigned>(d.month()) - 1;
}

std::int64_t whole_months_inside(const period& p) {
    return std::max<std::int64_t>(0,
                                  month_index(p.end()) - first_whole_month_at_or_after(p.start()));
}

}  // namespace

void check_year(std::int64_t year, std::string_view field) {
    if (year < first_year || year > last_year) {
        throw invalid_value(error_detail::of(
            "year.range", std::string(field), std::to_string(year),
            {{"low", std::to_string(first_year)}, {"high", std::to_string(last_year)}}));
    }
}

date parse_date(std::string_view text, std::string_view field) {
    const auto fail = [&](std::string_view code) {
        return invalid_value(error_detail::of(code, std::string(field), std::string(text)));
    };
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        throw fail("date.malformed");
    }
    int parts[3] = {0, 0, 0};
    const std::size_t starts[3] = {0, 5, 8};
    const std::size_t lengths[3] = {4, 2, 2};
    for (int i = 0; i < 3; ++i) {
        for (std::size_t k = 0; k < lengths[i]; ++k) {
            const char c = text[starts[i] + k];
            if (c < '0' || c > '9') {
                throw fail("date.malformed");
            }
            parts[i] = parts[i] * 10 + (c - '0');
        }
    }
    const date d{std::chrono::year{parts[0]}, std::chrono::month{static_cast<unsigned>(parts[1])},
                 std::chrono::day{static_cast<unsigned>(parts[2])}};
    if (!d.ok()) {
        throw fail("date.not_in_calendar");
    }
    if (parts[0] < first_year || parts[0] > last_year) {
        throw invalid_value(error_detail::of(
            "date.range", std::string(field), std::string(text),
            {{"low", std::to_string(first_year)}, {"high", std::to_string(last_year)}}));
    }
    return d;
}

std::string to_iso(date d) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(d.year()),
                  static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
    return buffer;
}

std::string to_french(date d) {
    return two_digits(static_cast<unsigned>(d.day())) + "/" +
           two_digits(static_cast<unsigned>(d.month())) + "/" +
           std::to_string(static_cast<int>(d.year()));
}

period::period(date start, date end) : start_(start), end_(end) {
    if (!start.ok() || !end.ok() || !(start < end)) {
        throw invalid_value(error_detail::of("period.end_before_start", "period",
                                             "[" + to_iso(start) + ", " + to_iso(end) + ")"));
    }
}

period period::calendar_year(int year) {
    check_year(year, "year");
    using namespace std::chrono;
    return {date{std::chrono::year{year}, January, day{1}},
            date{std::chrono::year{year + 1}, January, day{1}}};
}

date previous_day(date d) noexcept { return date{std::chrono::sys_days{d} - std::chrono::days{1}}; }

date next_day(date d) noexcept { return date{std::chrono::sys_days{d} + std::chrono::days{1}}; }

date period::last_day() const { return previous_day(end_); }

std::int64_t period::days() const { return (as_days(end_) - as_days(start_)).count(); }

std::optional<period> period::intersect(const period& other) const {
    const date s = std::max(start_, other.start_);
    const date e = std::min(end_, other.end_);
    if (!(s < e)) {
        return std::nullopt;
    }
    return period(s, e);
}

std::string period::to_string() const { return "[" + to_iso(start_) + ", " + to_iso(end_) + ")"; }

std::string period::to_french() const {
    return "du " + ctg::to_french(start_) + " au " + ctg::to_french(last_day());
}

std::string_view to_string(prorata_basis basis) noexcept {
    return name_of(prorata_basis_names, basis);
}

prorata_basis parse_prorata_basis(std::string_view text, std::string_view field) {
    return parse_name(prorata_basis_names, text, field);
}

std::string prorata_fraction::to_string() const {
    return std::to_string(numerator) + "/" + std::to_string(denominator);
}

prorata_fraction prorata(const period& active, const period& reference, prorata_basis basis) {
    const auto overlap = active.intersect(reference);
    if (basis == prorata_basis::days) {
        return {overlap ? overlap->days() : 0, reference.days()};
    }
    const std::int64_t reference_months = whole_months_inside(reference);
    if (reference_months == 0) {
        throw invalid_value(
            error_detail::of("prorata.no_whole_month", "prorata reference", reference.to_string()));
    }
    return {overlap ? whole_months_inside(*overlap) : 0, reference_months};
}

}  // namespace ctg
