// SPDX-License-Identifier: MIT
/// @file
/// @brief ctg::rate, an exact percentage or share between 0 and 100 %.
#pragma once

#include <compare>
#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>

namespace ctg {

/**
 * @brief How a rate written without a '%' sign must be read.
 *
 * A trailing '%' always means a percentage (`55 %`, `62.43 %`). Without it the same digits are
 * ambiguous (`0.8` as a share is 80 %, as a percentage 0.8 %), so the caller says which it is:
 * rulebooks declare it through the parameter's unit (`percent` or `share`).
 */
enum class rate_notation : std::uint8_t {
    percent,  ///< `80` means 80 %; up to 4 decimals (`62.4321`).
    share,    ///< `0.8` means 80 %; up to 6 decimals (`0.624321`).
};

/**
 * @brief A rate from 0 to 100 % held exactly in millionths (a share scaled by 10^6).
 *
 * @code
 * auto charente = ctg::rate::parse("80", ctg::rate_notation::percent);      // 80 %
 * auto loire = ctg::rate::parse("62.43 %", ctg::rate_notation::share);      // '%' wins: 62.43 %
 * auto same = ctg::rate::parse("0.8", ctg::rate_notation::share);           // 80 %
 * charente == same;                                                          // true
 * loire.to_french();                                                         // "62,43 %"
 * @endcode
 */
class rate {
public:
    /// @brief Millionths in one (100 %).
    static constexpr std::int64_t scale = 1'000'000;

    /// @brief 0 %.
    constexpr rate() noexcept = default;
    /// @brief A rate of `millionths` / 10^6 (800000 is 80 %).
    /// @throws ctg::invalid_value when outside [0, 1000000].
    [[nodiscard]] static rate from_millionths(std::int64_t millionths,
                                              std::string_view field = "rate");
    /// @brief Deleted: a floating-point rate is not exact; parse text instead.
    template <std::floating_point F>
    static rate from_millionths(F, std::string_view = "rate") = delete;
    /**
     * @brief Reads a rate; see rate_notation for what the digits mean.
     * @throws ctg::invalid_value naming `field` for malformed text, more decimals than the
     * notation holds, a negative rate or one above 100 %.
     */
    [[nodiscard]] static rate parse(std::string_view text, rate_notation notation,
                                    std::string_view field = "rate");

    /// @brief The exact value in millionths of one.
    [[nodiscard]] constexpr std::int64_t millionths() const noexcept { return millionths_; }
    /// @brief `62.43 %`: percent, '.' mark, trailing zeros dropped.
    [[nodiscard]] std::string to_percent_string() const;
    /// @brief `62,43 %`: percent, French decimal comma, U+00A0 NO-BREAK SPACE before `%` (as
    /// CLDR, Babel, writes French).
    [[nodiscard]] std::string to_french() const;
    /// @brief `0.6243`: a share, trailing zeros dropped.
    [[nodiscard]] std::string to_share_string() const;

    /// @brief Rates compare by value.
    friend constexpr auto operator<=>(rate, rate) noexcept = default;

private:
    std::int64_t millionths_ = 0;
};

}  // namespace ctg
