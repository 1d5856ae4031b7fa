// SPDX-License-Identifier: MIT
// Private header: the fast kernel of finance_batch(). finance_batch() first scans the input
// columns once (scan_columns: a validity check and a bound of each column, as OR reductions),
// then asks plan_fast_batch() whether the rulebook and those bounds allow the fast kernel. When
// they do, run_fast_batch() computes every row with no branch and no overflow check: the plan
// proved, once for the batch, that no numerator can exceed 2^62. When they do not (a negative
// parameter, a row with billions of euros or a hundred thousand FTE, an explanation asked
// for), finance_batch() keeps the checked row-by-row kernel of compute.hpp, which widens to 128
// bits where it must.
//
// Why the fast kernel gives what finance() gives: every formula of compute.hpp is a quotient
// `factor × x / divisor` (x an input or a product of inputs, factor and divisor fixed for the
// batch) rounded once, or the minimum of two. The plan reduces each fraction factor / divisor
// by their gcd, which leaves the exact value and hence the rounding unchanged. A rounded quotient
// of non-negative integers is one truncated quotient of an adjusted numerator: round half away
// from zero of n / d is ⌊(2n + d) / 2d⌋, rounding up ⌊(n + d − 1) / d⌋, toward zero (or down)
// ⌊n / d⌋; only half-even also needs the remainder. The split into two parts by the largest
// remainder method, ties to the first, is closed: the first part is its exact share rounded half
// up, the second what remains. Each truncated quotient is one multiplication and one shift
// (constant_divisor), exact because every numerator is at most 2^62; the multiplication alone
// when the bounds also keep n × d within 2^64 (everyday amounts), and the shift alone when the
// divisor of the first part is a power of two.
#pragma once

#include "finance/compute.hpp"
#include <ctg/finance/batch.hpp>

#include <cstdint>
#include <optional>

namespace ctg::finance_detail {

/// What one pass over the input columns tells: whether every value is in range, and a bound of
/// each column (the OR of its values, at least their maximum and less than twice it).
struct column_scan {
    bool valid = true;                ///< No negative FTE or expense, no activity out of [0, L].
    std::uint64_t fte_bound = 0;      ///< ≥ every FTE (ten-thousandths).
    std::uint64_t expense_bound = 0;  ///< ≥ every expense (cents); 0 without the column.
};

/// One OR reduction per column (they vectorise): `year_length` is L, the days or months of the
/// year, the largest activity allowed.
[[nodiscard]] column_scan scan_columns(const batch_input& input, std::int64_t year_length);

/// 128-bit products (GCC and Clang): the high half of n × M.
__extension__ typedef unsigned __int128 uint128;

/// The largest numerator a constant_divisor divides exactly.
inline constexpr std::uint64_t numerator_limit = std::uint64_t{1} << 62;

/**
 * Truncated division by a divisor d ≥ 2 fixed for the batch, as one multiplication and a shift.
 *
 * Wide (numerators n ≤ 2^62): ⌊n / d⌋ = ⌊n M / 2^(63+ℓ)⌋ with ℓ = ⌊log2 d⌋ and
 * M = ⌈2^(63+ℓ) / d⌉ ≤ 2^63. Exact: M d = 2^(63+ℓ) + ε with 0 ≤ ε < d < 2^(ℓ+1), so
 * n M / 2^(63+ℓ) = n / d + n ε / (d 2^(63+ℓ)) where n ε < 2^62 × 2^(ℓ+1): the excess is below
 * 1/d, and n / d = q + r/d with r ≤ d − 1 stays below q + 1 once it is added.
 *
 * Narrow (numerators with n d ≤ 2^64): ⌊n / d⌋ is the high half of n N, N = ⌈2^64 / d⌉, with no
 * shift. Exact by the same argument: N d = 2^64 + ε with 0 ≤ ε < d, and n ε < n d ≤ 2^64 keeps
 * the excess below 1/d. A shift less, and no shift count to keep in a register: the plan takes
 * it whenever the bounds of the batch allow it, as they do for everyday amounts.
 *
 * @code
 * const constant_divisor d(200'000);
 * d.divide(13'000'000'000) == 65'000 && d.divide_narrow(13'000'000'000) == 65'000
 * @endcode
 */
class constant_divisor {
public:
    constant_divisor() = default;
    explicit constant_divisor(std::uint64_t d);
    [[nodiscard]] std::uint64_t value() const noexcept { return value_; }
    /// ⌊n / d⌋ for n ≤ numerator_limit.
    [[nodiscard]] std::uint64_t divide(std::uint64_t n) const noexcept {
        return static_cast<std::uint64_t>((static_cast<uint128>(n) * magic_) >> 64) >> shift_;
    }
    /// ⌊n / d⌋ for n with n × d ≤ 2^64 (narrow_limit()).
    [[nodiscard]] std::uint64_t divide_narrow(std::uint64_t n) const noexcept {
        return static_cast<std::uint64_t>((static_cast<uint128>(n) * narrow_magic_) >> 64);
    }
    /// The largest numerator divide_narrow() divides exactly: ⌊2^64 / d⌋.
    [[nodiscard]] std::uint64_t narrow_limit() const noexcept {
        return static_cast<std::uint64_t>((uint128{1} << 64) / value_);
    }

private:
    std::uint64_t value_ = 2;
    std::uint64_t magic_ = std::uint64_t{1} << 63;  // M
    unsigned shift_ = 0;                            // ℓ − 1: M's product is shifted by 64 first
    std::uint64_t narrow_magic_ = std::uint64_t{1} << 63;  // N
};

/**
 * One rounded quotient of a formula, `round(k × x / d)` for x ≥ 0, with the rounding folded in:
 * ⌊(factor × x + offset) / divisor⌋ (factor 2k, offset d, divisor 2d for half away from zero;
 * factor k, offset d − 1, divisor d for up; factor k, offset 0, divisor d for toward zero and
 * down, and for half-even, whose remainder the kernel then reads).
 */
struct rounded_term {
    std::uint64_t factor = 0;
    std::uint64_t offset = 0;
    constant_divisor divisor;
    bool narrow = false;  ///< Every numerator of the batch is within divisor.narrow_limit().
};

/// The form of the aid; u is FTE × activity (FTE alone without an activity column), E the
/// expense.
enum class fast_shape : std::uint8_t {
    fte_term,        ///< round(first × u): flat per FTE; a share of the ceiling (at the ceiling).
    expense_term,    ///< round(first × E): a share of the expense with no ceiling.
    expense_capped,  ///< round(first × min(E × 10^4 L, C × u)): ceiling on the expense, the
                     ///< first term's factor folded into expense_scale and ceiling.
    fte_terms_min,  ///< min(round(first × u), round(second × u)): ceiling on the aid, at ceiling.
    expense_fte_min  ///< min(round(first × E), round(second × u)): ceiling on the aid.
};

/// How the parts are written: none asked for, two in closed form, or any other count by the
/// general largest remainder method of compute.hpp (split_total), row by row.
enum class fast_split : std::uint8_t { none, two, general };

/// Everything the fast kernel needs, fixed for the batch.
struct fast_plan {
    fast_shape shape = fast_shape::fte_term;
    rounding policy = rounding::half_away_from_zero;
    bool has_active = false;
    rounded_term first;
    rounded_term second;
    /// expense_capped: 10^4 × L (10^4 without activity) × the factor of the first term
    std::uint64_t expense_scale = 0;
    std::uint64_t ceiling = 0;  ///< expense_capped: cents per FTE × the factor of the first term
    fast_split split = fast_split::none;
    rounded_term first_part;  ///< two parts: the first, aid × w₀ / W rounded half up
    /// Two parts whose divisor (2W reduced by the gcd) is a power of two, 2^part_shift: the
    /// quotient is a shift, no multiplication (weights such as 55 and 25 of 80, or halves).
    std::optional<unsigned> part_shift;
    bool narrow = false;  ///< Every term of the plan is narrow: divide_narrow() throughout.
};

/**
 * The fast plan for `values` over columns bounded by `scan`, or none when the checked kernel
 * must run: a negative parameter, or a numerator that could exceed numerator_limit (or a
 * product int64) for some row within the bounds.
 * @param at_ceiling a share-of-expense rulebook with no expense column (every row at ceiling)
 * @param has_active an activity column is given; `year_length` is then L
 * @param parts the caller wants the parts
 */
[[nodiscard]] std::optional<fast_plan> plan_fast_batch(const rule_values& values,
                                                       const column_scan& scan, bool at_ceiling,
                                                       bool has_active, std::int64_t year_length,
                                                       bool parts);

/// Writes the total of every row and, per the plan's split, the two parts (the general split is
/// left to the caller). The input has been scanned valid and within the plan's bounds.
void run_fast_batch(const fast_plan& plan, const batch_input& input, const batch_output& output);

}  // namespace ctg::finance_detail
