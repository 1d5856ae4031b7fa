// SPDX-License-Identifier: MIT
// Private header: the per-row arithmetic shared by finance() (one post, with its explanation)
// and finance_batch() (columns, no allocation per row). Both call the same templates below, with
// a recorder that builds explanation steps (scalar) or does nothing (batch), so that a row of a
// batch gives exactly, cent for cent, what finance() gives for the same post.
//
// Arithmetic: every product of int64 factors is formed in __int128 (two int64 factors never
// overflow it; a third factor is checked), and each chain is divided and rounded ONCE under the
// rulebook's policy. When the numerator fits in 64 bits (always, for realistic amounts) the
// division runs in int64, which keeps the batch close to a plain int64 loop.
#pragma once

#include <ctg/core/rounding.hpp>
#include <ctg/rules/formula.hpp>

#include <cstdint>
#include <limits>
#include <span>
#include <string_view>

namespace ctg::finance_detail {

__extension__ typedef __int128 i128;  // NOLINT: GCC/Clang extension, checked by hand below

/// Throws ctg::overflow naming `what` (defined in financing.cpp; kept out of line and cold).
[[noreturn]] void throw_overflow(std::string_view what);
/// Throws std::logic_error: an invariant of the split was broken (never expected to happen).
[[noreturn]] void throw_split_invariant(std::int64_t total, std::int64_t sum);

inline constexpr std::int64_t fte_scale = 10'000;      // fte::scale
inline constexpr std::int64_t rate_scale = 1'000'000;  // rate::scale

/// `a × b × c` exactly in 128 bits (a × b always fits, the third factor is checked).
inline i128 mul3_wide(std::int64_t a, std::int64_t b, std::int64_t c, std::string_view what) {
    const i128 ab = static_cast<i128>(a) * b;
    i128 abc = 0;
    if (__builtin_mul_overflow(ab, static_cast<i128>(c), &abc)) {
        throw_overflow(what);
    }
    return abc;
}

/// `a × b × c` exactly: in int64 when it fits (the usual case), else in checked 128 bits.
inline i128 mul3(std::int64_t a, std::int64_t b, std::int64_t c, std::string_view what) {
    std::int64_t ab = 0;
    std::int64_t abc = 0;
    if (!__builtin_mul_overflow(a, b, &ab) && !__builtin_mul_overflow(ab, c, &abc)) {
        return abc;
    }
    return mul3_wide(a, b, c, what);
}

/// Exact `n / d` rounded once under `policy`; `d` > 0.
template <class Int>
inline Int round_div_as(Int n, Int d, rounding policy) noexcept {
    const Int q = n / d;  // truncates toward zero
    const Int r = n % d;
    if (r == 0) {
        return q;
    }
    const bool negative = n < 0;
    const Int magnitude = r < 0 ? -r : r;  // 0 < magnitude < d
    // Compare 2·|r| with d without overflowing: |r| vs d - |r|.
    const Int other = d - magnitude;
    const int half_cmp = magnitude < other ? -1 : (magnitude == other ? 0 : 1);
    bool away = false;
    switch (policy) {
        case rounding::half_away_from_zero:
            away = half_cmp >= 0;
            break;
        case rounding::half_even:
            away = half_cmp > 0 || (half_cmp == 0 && (q % 2) != 0);
            break;
        case rounding::toward_zero:
            away = false;
            break;
        case rounding::down:
            away = negative;
            break;
        case rounding::up:
            away = !negative;
            break;
    }
    return away ? (negative ? q - 1 : q + 1) : q;
}

/// Exact `n / d` (d > 0) rounded once under `policy`, narrowed to int64 cents or ctg::overflow.
inline std::int64_t round_div(i128 n, i128 d, rounding policy, std::string_view what) {
    constexpr i128 lo = std::numeric_limits<std::int64_t>::min();
    constexpr i128 hi = std::numeric_limits<std::int64_t>::max();
    if (n > lo && n <= hi && d <= hi) {
        return round_div_as<std::int64_t>(static_cast<std::int64_t>(n),
                                          static_cast<std::int64_t>(d), policy);
    }
    const i128 q = round_div_as<i128>(n, d, policy);
    if (q < lo || q > hi) {
        throw_overflow(what);
    }
    return static_cast<std::int64_t>(q);
}

/// round_div() by a divisor known at compile time (10^4, 10^6): the compiler then replaces the
/// 64-bit division by a multiplication, which is most of the batch's speed.
template <std::int64_t D>
inline std::int64_t round_div_by(i128 n, rounding policy, std::string_view what) {
    constexpr i128 lo = std::numeric_limits<std::int64_t>::min();
    constexpr i128 hi = std::numeric_limits<std::int64_t>::max();
    if (n > lo && n <= hi) {
        return round_div_as<std::int64_t>(static_cast<std::int64_t>(n), D, policy);
    }
    return round_div(n, D, policy, what);
}

/// The parameter values a formula reads, taken from the rulebook at one date.
struct rule_values {
    formula_kind kind = formula_kind::flat_per_fte;
    ceiling_target ceiling_on = ceiling_target::expense;
    rounding policy = rounding::half_away_from_zero;
    std::int64_t amount_per_fte = 0;        // cents (flat_per_fte)
    std::int64_t rate = 0;                  // millionths (share_of_expense)
    bool has_ceiling = false;               // share_of_expense with a ceiling per FTE
    std::int64_t ceiling_per_fte = 0;       // cents
    std::span<const std::int64_t> weights;  // millionths, one per part (empty: no parts)
    std::int64_t weight_sum = 0;            // Σ weights
};

/// One post (or row) as the kernel sees it; validated by the caller.
struct row_values {
    std::int64_t fte = 0;          // ten-thousandths, ≥ 0
    bool at_ceiling = false;       // share_of_expense: the expense is the ceiling
    std::int64_t expense = 0;      // cents, ≥ 0 (declared basis)
    std::int64_t prorata_num = 1;  // active days or months inside the reference
    std::int64_t prorata_den = 1;  // days or months of the reference (> 0)
};

/// A recorder that records nothing: the batch path. Every call compiles away.
struct null_recorder {
    void annual(std::string_view /*id*/, std::int64_t /*per_fte*/, const row_values& /*row*/,
                i128 /*num*/, i128 /*den*/, std::int64_t /*rounded*/) noexcept {}
    void expense_at_ceiling(std::int64_t /*ceiling*/) noexcept {}
    void base(std::int64_t /*expense*/, std::int64_t /*ceiling*/, std::int64_t /*base*/) noexcept {}
    void rated(std::string_view /*id*/, std::int64_t /*rate*/, std::int64_t /*amount*/,
               i128 /*num*/, i128 /*den*/, std::int64_t /*rounded*/) noexcept {}
    void capped(std::int64_t /*uncapped*/, std::int64_t /*ceiling*/,
                std::int64_t /*aid*/) noexcept {}
    void part(std::size_t /*index*/, std::int64_t /*total*/, std::int64_t /*weight*/,
              std::int64_t /*weight_sum*/, i128 /*num*/, i128 /*den*/, std::int64_t /*floor*/,
              bool /*extra_cent*/, std::int64_t /*amount*/) noexcept {}
};

/**
 * The rounded aid of one row.
 *
 * flat_per_fte:     aid = round(amount_per_fte × FTE × prorata)                  (one rounding)
 * share_of_expense: ceiling = round(ceiling_per_fte × FTE × prorata)             (one rounding)
 *   ceiling_on expense: aid = round(rate × min(expense, ceiling))                (one rounding)
 *   ceiling_on aid:     aid = min(round(rate × expense), ceiling)                (one rounding)
 *   no ceiling:         aid = round(rate × expense)
 *   at_ceiling basis:   expense = ceiling (the caller checked that a ceiling exists).
 * The expense is the one of the reference period: it is never prorated, only the annual amounts
 * per FTE are.
 */
/// Rounded `per_fte × FTE × prorata`, recorded as step `id`. A whole prorata (n/n) is left out
/// of the product (same exact value) so that the divisor is the constant 10^4.
template <class Recorder>
std::int64_t annual_amount(std::string_view id, std::int64_t per_fte, const row_values& row,
                           rounding policy, Recorder& rec) {
    if (row.prorata_num == row.prorata_den) {
        const i128 num = mul3(per_fte, row.fte, 1, id);
        const std::int64_t rounded = round_div_by<fte_scale>(num, policy, id);
        rec.annual(id, per_fte, row, num, fte_scale, rounded);
        return rounded;
    }
    const i128 num = mul3(per_fte, row.fte, row.prorata_num, id);
    const i128 den = static_cast<i128>(fte_scale) * row.prorata_den;
    const std::int64_t rounded = round_div(num, den, policy, id);
    rec.annual(id, per_fte, row, num, den, rounded);
    return rounded;
}

template <class Recorder>
std::int64_t compute_aid(const rule_values& r, const row_values& row, Recorder& rec) {
    if (r.kind == formula_kind::flat_per_fte) {
        return annual_amount("aid", r.amount_per_fte, row, r.policy, rec);
    }
    std::int64_t ceiling = 0;
    if (r.has_ceiling) {
        ceiling = annual_amount("ceiling", r.ceiling_per_fte, row, r.policy, rec);
    }
    std::int64_t expense = row.expense;
    if (row.at_ceiling) {
        expense = ceiling;
        rec.expense_at_ceiling(ceiling);
    }
    if (!r.has_ceiling) {
        const i128 num = static_cast<i128>(r.rate) * expense;
        const std::int64_t aid = round_div_by<rate_scale>(num, r.policy, "aid");
        rec.rated("aid", r.rate, expense, num, rate_scale, aid);
        return aid;
    }
    if (r.ceiling_on == ceiling_target::expense) {
        const std::int64_t base = expense < ceiling ? expense : ceiling;
        rec.base(expense, ceiling, base);
        const i128 num = static_cast<i128>(r.rate) * base;
        const std::int64_t aid = round_div_by<rate_scale>(num, r.policy, "aid");
        rec.rated("aid", r.rate, base, num, rate_scale, aid);
        return aid;
    }
    const i128 num = static_cast<i128>(r.rate) * expense;
    const std::int64_t uncapped = round_div_by<rate_scale>(num, r.policy, "aid before ceiling");
    rec.rated("aid_before_ceiling", r.rate, expense, num, rate_scale, uncapped);
    const std::int64_t aid = uncapped < ceiling ? uncapped : ceiling;
    rec.capped(uncapped, ceiling, aid);
    return aid;
}

/**
 * Splits `total` into parts proportional to `weights` (Σ = `weight_sum` > 0) by the largest
 * remainder method: part_i = floor(total × w_i / W), then the cents still missing go one by one
 * to the parts with the largest remainders (total × w_i mod W), ties to the earlier part.
 * The exact shares are computed from the ROUNDED total, so the parts add up to it exactly; each
 * part is within one cent of its exact share. A negative total is split as its opposite and
 * negated (the floor is toward zero in both cases). `remainders` is scratch of weights.size().
 */
template <class Recorder>
void split_total(std::int64_t total, std::span<const std::int64_t> weights, std::int64_t weight_sum,
                 std::span<std::int64_t> out, std::span<std::int64_t> remainders, Recorder& rec) {
    const std::size_t n = weights.size();
    if (weight_sum == 0) {
        // Every weight is zero (e.g. a rate of 0 %): only a zero total can be split.
        if (total != 0) {
            throw_split_invariant(total, 0);
        }
        for (std::size_t i = 0; i < n; ++i) {
            out[i] = 0;
            rec.part(i, total, weights[i], weight_sum, 0, 1, 0, false, 0);
        }
        return;
    }
    const bool negative = total < 0;
    // |total| as i128: -INT64_MIN does not fit in int64.
    const i128 magnitude = negative ? -static_cast<i128>(total) : static_cast<i128>(total);
    // Floors and remainders of |total| × w_i / W. The last part's come without a division:
    // Σ_i |total| × w_i = |total| × W, so with F and R the sums of the other floors and
    // remainders, |total| × w_last = W × (|total| − F) − R = W × (|total| − F − k) + (k W − R)
    // where k = ⌈R / W⌉ < n (found by subtraction), i.e. floor |total| − F − k, remainder k W − R.
    i128 floors = 0;
    i128 rests = 0;
    for (std::size_t i = 0; i + 1 < n; ++i) {
        const i128 product = magnitude * weights[i];  // < 2^64 × 2^63: fits
        if (product <= std::numeric_limits<std::int64_t>::max()) {
            // The usual case, in int64 (one hardware division gives quotient and remainder).
            const auto narrow = static_cast<std::int64_t>(product);
            out[i] = narrow / weight_sum;
            remainders[i] = narrow % weight_sum;
        } else {
            out[i] = static_cast<std::int64_t>(product / weight_sum);  // ≤ |total| as w_i ≤ W
            remainders[i] = static_cast<std::int64_t>(product % weight_sum);  // < W
        }
        floors += out[i];
        rests += remainders[i];
    }
    if (n > 0) {
        i128 k = 0;
        i128 covered = 0;
        while (covered < rests) {
            covered += weight_sum;
            ++k;
        }
        out[n - 1] = static_cast<std::int64_t>(magnitude - floors - k);
        remainders[n - 1] = static_cast<std::int64_t>(covered - rests);
        floors += out[n - 1];
    }
    // Σ floors ≥ |total| - (n - 1) and the shortfall equals Σ remainders / W < n.
    const i128 missing = magnitude - floors;
    for (std::size_t i = 0; i < n; ++i) {
        std::size_t rank = 0;  // parts served before part i
        for (std::size_t j = 0; j < n; ++j) {
            if (remainders[j] > remainders[i] || (remainders[j] == remainders[i] && j < i)) {
                ++rank;
            }
        }
        const bool extra = static_cast<i128>(rank) < missing;
        const std::int64_t floor_part = out[i];
        std::int64_t amount = floor_part + (extra ? 1 : 0);
        if (negative) {
            amount = -amount;
        }
        out[i] = amount;
        rec.part(i, total, weights[i], weight_sum, static_cast<i128>(total) * weights[i],
                 weight_sum, negative ? -floor_part : floor_part, extra, amount);
    }
    i128 sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sum += out[i];
    }
    if (sum != static_cast<i128>(total)) {
        throw_split_invariant(total, static_cast<std::int64_t>(sum));
    }
}

}  // namespace ctg::finance_detail

namespace ctg::finance_detail {

/// The aid of one row and, when `parts_out` is not empty (weights.size() long), its parts.
template <class Recorder>
std::int64_t compute_row(const rule_values& r, const row_values& row,
                         std::span<std::int64_t> parts_out, std::span<std::int64_t> scratch,
                         Recorder& rec) {
    const std::int64_t total = compute_aid(r, row, rec);
    if (!parts_out.empty()) {
        split_total(total, r.weights, r.weight_sum, parts_out, scratch, rec);
    }
    return total;
}

}  // namespace ctg::finance_detail
