// SPDX-License-Identifier: MIT
/// @file
/// @brief ctg::fte, full-time equivalents (ETP) held exactly to four decimals.
#pragma once

#include <ctg/core/rounding.hpp>

#include <compare>
#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>

namespace ctg {

/**
 * @brief Weekly working hours, exact to the hundredth of an hour (`35`, `17.5`, `7,25`).
 *
 * Only used to turn a contract's hours into an FTE with fte::from_weekly_hours().
 */
class weekly_hours {
public:
    /// @brief Reads hours with at most two decimals.
    /// @throws ctg::invalid_value naming `field` for malformed or negative text.
    [[nodiscard]] static weekly_hours parse(std::string_view text,
                                            std::string_view field = "weekly_hours");
    /// @brief Hundredths of an hour (`17.5` is 1750).
    [[nodiscard]] constexpr std::int64_t hundredths() const noexcept { return hundredths_; }
    /// @brief `17.5 h`.
    [[nodiscard]] std::string to_string() const;

private:
    std::int64_t hundredths_ = 0;
};

/**
 * @brief A number of full-time equivalents (ETP), exact to 1/10,000, never negative.
 *
 * Written `0.75`, `1.5`, `2,5` or `0.5714`: one decimal mark, at most four decimals. A fifth
 * decimal is an error, not a rounding: convert hours explicitly with from_weekly_hours().
 *
 * @code
 * auto grand_cognac = ctg::fte::parse("4");
 * auto rouillacais = ctg::fte::parse("0,75");
 * auto half_time = ctg::fte::from_weekly_hours(ctg::weekly_hours::parse("20"),
 *                                              ctg::weekly_hours::parse("35"),
 *                                              ctg::rounding::half_away_from_zero);  // 0.5714
 * @endcode
 */
class fte {
public:
    /// @brief Ten-thousandths in one FTE.
    static constexpr std::int64_t scale = 10'000;

    /// @brief Zero FTE.
    constexpr fte() noexcept = default;
    /// @brief `units` ten-thousandths of an FTE.
    /// @throws ctg::invalid_value when negative.
    [[nodiscard]] static fte from_ten_thousandths(std::int64_t units,
                                                  std::string_view field = "fte");
    /// @brief Deleted: a floating-point FTE is not exact; parse text instead.
    template <std::floating_point F>
    static fte from_ten_thousandths(F, std::string_view = "fte") = delete;
    /// @brief Reads an FTE (`0.75`, `2,5`).
    /// @throws ctg::invalid_value naming `field` for malformed text, a negative value or more
    /// than four decimals.
    [[nodiscard]] static fte parse(std::string_view text, std::string_view field = "fte");
    /**
     * @brief `worked / full_time`, rounded once to four decimals under `policy`.
     * @code
     * // 20 h of 35 h = 0.571428… → 0.5714
     * ctg::fte::from_weekly_hours(ctg::weekly_hours::parse("20"), ctg::weekly_hours::parse("35"),
     *                             ctg::rounding::half_away_from_zero);
     * @endcode
     * @throws ctg::invalid_value when `full_time` is zero.
     */
    [[nodiscard]] static fte from_weekly_hours(weekly_hours worked, weekly_hours full_time,
                                               rounding policy);

    /// @brief The exact value in ten-thousandths.
    [[nodiscard]] constexpr std::int64_t ten_thousandths() const noexcept { return units_; }
    /// @brief `0.75`, `4`: '.' mark, trailing zeros dropped.
    [[nodiscard]] std::string to_string() const;
    /// @brief `0,75`: French decimal comma.
    [[nodiscard]] std::string to_french() const;

    /// @brief FTE compare by value.
    friend constexpr auto operator<=>(fte, fte) noexcept = default;

private:
    std::int64_t units_ = 0;
};

/// @relates fte
/// @brief Checked sum of two FTE counts; throws ctg::overflow.
[[nodiscard]] fte operator+(fte a, fte b);

}  // namespace ctg
