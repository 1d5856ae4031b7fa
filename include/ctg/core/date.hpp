// SPDX-License-Identifier: MIT
/// @file
/// @brief Calendar dates, half-open periods and prorata temporis.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ctg {

/// @brief A calendar date (proleptic Gregorian), as the standard library spells it.
using date = std::chrono::year_month_day;

/// @brief The first year ctg reads: every date, year and period a user gives lies in
/// first_year … last_year (checked by check_year()), so that no year arithmetic wraps and every
/// date converts to Python's `datetime.date`. The library's choice, around the CTG's lifetime.
inline constexpr int first_year = 1900;
/// @brief The last year ctg reads (see first_year); a period may end on 1 January after it.
inline constexpr int last_year = 2199;

/**
 * @brief Checks that `year` lies in first_year … last_year.
 * @code
 * ctg::check_year(2021, "year");   // fine
 * ctg::check_year(67557, "year");  // throws: year.range naming "year"
 * @endcode
 * @throws ctg::invalid_value (`year.range`) naming `field` otherwise.
 */
void check_year(std::int64_t year, std::string_view field);

/**
 * @brief Reads an ISO 8601 calendar date, `YYYY-MM-DD`, and checks that it exists and lies in
 * first_year … last_year.
 * @code
 * ctg::parse_date("2021-06-30");   // 30 June 2021
 * ctg::parse_date("2021-02-30");   // throws: not a calendar date
 * ctg::parse_date("0000-01-01");   // throws: outside 1900 … 2199
 * @endcode
 * @throws ctg::invalid_value naming `field` for another layout, a date that does not exist or
 * one outside the years ctg reads.
 */
[[nodiscard]] date parse_date(std::string_view text, std::string_view field = "date");

/// @brief `2021-06-30`.
[[nodiscard]] std::string to_iso(date d);
/// @brief `30/06/2021`.
[[nodiscard]] std::string to_french(date d);

/**
 * @brief The day before `d`: the last day included when `d` is the end of a half-open period
 * (datasets write last days, the library keeps first days after).
 * @code
 * ctg::to_iso(ctg::previous_day(ctg::parse_date("2023-01-01")));  // "2022-12-31"
 * @endcode
 */
[[nodiscard]] date previous_day(date d) noexcept;
/// @brief The day after `d` (a last day included becomes the end of a half-open period).
/// @code
/// ctg::to_iso(ctg::next_day(ctg::parse_date("2024-02-28")));  // "2024-02-29"
/// @endcode
[[nodiscard]] date next_day(date d) noexcept;

/**
 * @brief A half-open run of days `[start, end)`: `end` is the first day outside.
 *
 * The calendar year 2021 is `[2021-01-01, 2022-01-01)`, 365 days.
 * @code
 * auto year = ctg::period::calendar_year(2021);
 * auto active = ctg::period(ctg::parse_date("2021-03-01"), ctg::parse_date("2022-01-01"));
 * year.days();                         // 365
 * active.intersect(year)->days();      // 306
 * @endcode
 */
class period {
public:
    /// @brief `[start, end)`.
    /// @throws ctg::invalid_value when `end` is not after `start`.
    period(date start, date end);
    /// @brief `[year-01-01, (year+1)-01-01)`.
    /// @throws ctg::invalid_value (`year.range`, field `year`) outside first_year … last_year.
    [[nodiscard]] static period calendar_year(int year);

    /// @brief First day inside.
    [[nodiscard]] date start() const noexcept { return start_; }
    /// @brief First day outside.
    [[nodiscard]] date end() const noexcept { return end_; }
    /// @brief Last day inside (`end - 1 day`).
    [[nodiscard]] date last_day() const;
    /// @brief Number of days inside.
    [[nodiscard]] std::int64_t days() const;
    /// @brief Whether `d` is inside.
    [[nodiscard]] bool contains(date d) const noexcept { return start_ <= d && d < end_; }
    /// @brief The days both periods share, if any.
    [[nodiscard]] std::optional<period> intersect(const period& other) const;
    /// @brief `[2021-01-01, 2022-01-01)`.
    [[nodiscard]] std::string to_string() const;
    /// @brief `du 01/01/2021 au 31/12/2021`.
    [[nodiscard]] std::string to_french() const;

    /// @brief Periods compare by start, then end.
    friend auto operator<=>(const period&, const period&) = default;

private:
    date start_;
    date end_;
};

/// @brief How a part of a reference period is counted.
enum class prorata_basis : std::uint8_t {
    days,          ///< Days active over days in the reference period.
    whole_months,  ///< Calendar months wholly active over whole calendar months in the reference.
};

/// @brief `days` or `whole_months`.
[[nodiscard]] std::string_view to_string(prorata_basis basis) noexcept;
/// @brief Reads `days` or `whole_months`.
/// @throws ctg::invalid_value naming `field` otherwise.
[[nodiscard]] prorata_basis parse_prorata_basis(std::string_view text,
                                                std::string_view field = "prorata");

/// @brief An exact fraction `numerator / denominator` of a reference period (0 ≤ n ≤ d, d > 0).
struct prorata_fraction {
    std::int64_t numerator = 1;    ///< Days or months active inside the reference.
    std::int64_t denominator = 1;  ///< Days or months of the reference.
    /// @brief `306/365`.
    [[nodiscard]] std::string to_string() const;
    /// @brief Whether the whole reference is covered.
    [[nodiscard]] bool is_whole() const noexcept { return numerator == denominator; }
    /// @brief Member-wise equality (306/365 and 612/730 differ: they say different things).
    friend bool operator==(const prorata_fraction&, const prorata_fraction&) = default;
};

/**
 * @brief Which part of `reference` the `active` period covers, counted on `basis`.
 *
 * By days: days of `active ∩ reference` over days of `reference`. By whole months: calendar
 * months lying wholly inside `active ∩ reference` over calendar months lying wholly inside
 * `reference` (a post starting on 15 March 2021 counts April to December: 9/12).
 * @code
 * auto year = ctg::period::calendar_year(2021);
 * auto active = ctg::period(ctg::parse_date("2021-03-15"), ctg::parse_date("2022-01-01"));
 * ctg::prorata(active, year, ctg::prorata_basis::days);          // 292/365
 * ctg::prorata(active, year, ctg::prorata_basis::whole_months);  // 9/12
 * @endcode
 * @throws ctg::invalid_value when `reference` holds no whole month and `basis` is whole_months.
 */
[[nodiscard]] prorata_fraction prorata(const period& active, const period& reference,
                                       prorata_basis basis);

}  // namespace ctg
