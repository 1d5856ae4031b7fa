// SPDX-License-Identifier: MIT
/// @file
/// @brief ctg::money, an exact amount in euro cents.
#pragma once

#include <compare>
#include <concepts>
#include <cstdint>
#include <iosfwd>
#include <ranges>
#include <string>
#include <string_view>

namespace ctg {

/**
 * @brief An amount of euros held exactly as a whole number of cents (int64).
 *
 * Amounts come from text or from integers, never from a floating-point number. Addition and
 * subtraction are exact and throw ctg::overflow instead of wrapping. Products with a rate, an
 * FTE or a prorata go through ctg::exact_amount and are rounded once, under a named policy.
 *
 * @code
 * auto ceiling = ctg::money::parse("48 000,00 €");
 * auto expense = ctg::money::parse("38400.50");
 * auto base = std::min(expense, ceiling);
 * std::cout << base.to_french();     // 38 400,50 €
 * std::cout << base.to_plain();      // 38400.50
 * @endcode
 */
class money {
public:
    /// @brief Zero euros.
    constexpr money() noexcept = default;
    /// @brief An amount of `cents` hundredths of a euro.
    [[nodiscard]] static constexpr money from_cents(std::int64_t cents) noexcept;
    /// @brief An amount of whole euros.
    /// @throws ctg::overflow when `euros` × 100 does not fit in int64.
    [[nodiscard]] static money from_euros(std::int64_t euros);
    /// @brief Deleted: a floating-point number cannot hold cents exactly; parse text instead.
    template <std::floating_point F>
    static money from_cents(F) = delete;
    /// @brief Deleted: a floating-point number cannot hold euros exactly; parse text instead.
    template <std::floating_point F>
    static money from_euros(F) = delete;
    /**
     * @brief Reads an amount written the way analysts write it.
     *
     * Accepted: `38400`, `38400.00`, `-12.5`, `38 400,00 €`, `38 400,00`: one decimal mark
     * ('.' or ','), at most two decimals, thousands grouped by spaces (ASCII, U+00A0 or U+202F)
     * only, an optional leading sign and an optional trailing '€'. Rejected with a message:
     * `12.345` (three decimals), `1.234,5` and `12,34.5` (two kinds of mark), empty text,
     * `NaN`, `1e3`.
     * @param text the amount
     * @param field the name of the field it comes from, quoted in the error
     * @throws ctg::invalid_value when the text is not an amount.
     * @throws ctg::out_of_range_value when it does not fit in int64 cents.
     */
    [[nodiscard]] static money parse(std::string_view text, std::string_view field = "amount");

    /// @brief The exact number of cents.
    [[nodiscard]] constexpr std::int64_t cents() const noexcept { return cents_; }
    /// @brief `38400.00`, `-12.50`: always two decimals, '.' mark, no grouping.
    [[nodiscard]] std::string to_plain() const;
    /// @brief `38 400,00 €` as CLDR (Babel) writes French: U+202F NARROW NO-BREAK SPACE between
    /// thousands, ',' mark, U+00A0 NO-BREAK SPACE before the euro sign; parse() reads it back.
    [[nodiscard]] std::string to_french() const;
    /// @brief `€38,400.00`, `-€12.50` as CLDR (Babel) writes British English: euro sign first,
    /// grouping by commas, '.' mark.
    [[nodiscard]] std::string to_english() const;

    /// @brief Checked sum.
    money& operator+=(money other);
    /// @brief Checked difference.
    money& operator-=(money other);
    /// @brief Checked multiplication by a whole count (e.g. a number of posts).
    money& operator*=(std::int64_t count);
    /// @brief Deleted: multiply by a ctg::rate or ctg::fte with a rounding policy instead.
    template <std::floating_point F>
    money& operator*=(F) = delete;
    /// @brief Checked negation.
    [[nodiscard]] money operator-() const;

    /// @brief Amounts compare by their cents.
    friend constexpr auto operator<=>(money, money) noexcept = default;

private:
    std::int64_t cents_ = 0;
};

/// @relates money
/// @brief Checked sum; throws ctg::overflow.
[[nodiscard]] money operator+(money a, money b);
/// @relates money
/// @brief Checked difference; throws ctg::overflow.
[[nodiscard]] money operator-(money a, money b);
/// @relates money
/// @brief Checked product by a whole count; throws ctg::overflow.
[[nodiscard]] money operator*(money a, std::int64_t count);
/// @relates money
/// @brief Checked product by a whole count; throws ctg::overflow.
[[nodiscard]] money operator*(std::int64_t count, money a);
/// @relates money
/// @brief Deleted: a product by a float would round silently; use ctg::apply_rate() or
/// ctg::multiply() with a named rounding policy.
template <std::floating_point F>
money operator*(money, F) = delete;
/// @relates money
/// @brief Deleted: see operator*(money, F).
template <std::floating_point F>
money operator*(F, money) = delete;
/// @relates money
/// @brief Writes to_plain().
std::ostream& operator<<(std::ostream& out, money m);

/**
 * @relates money
 * @brief Exact sum of a range of amounts; throws ctg::overflow rather than wrap.
 * @code
 * std::vector<ctg::money> parts{ctg::money::parse("389400"), ctg::money::parse("177000")};
 * ctg::sum(parts);  // 566400.00
 * @endcode
 */
template <std::ranges::input_range Range>
requires std::convertible_to<std::ranges::range_value_t<Range>, money>
[[nodiscard]] money sum(Range&& amounts) {
    money total;
    for (const money m : amounts) {
        total += m;
    }
    return total;
}

// ---------------------------------------------------------------------------------------------
// Inline definitions

constexpr money money::from_cents(std::int64_t cents) noexcept {
    money m;
    m.cents_ = cents;
    return m;
}

}  // namespace ctg
