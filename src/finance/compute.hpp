// SPDX-License-Identifier: MIT
// Private header: the per-row arithmetic shared by finance() (one post, with its explanation)
// and finance_batch() (columns, no allocation per row). Both call the same templates below, with
// a recorder that builds explanation steps (scalar) or does nothing (batch), so that a row of a
// batch gives exactly, cent for cent, what finance() gives for the same post.
//
// Arithmetic: each chain of products is formed exactly and divided and rounded ONCE under the
// rulebook's policy, by ctg::detail::round_quotient (the decision ctg::divide_rounded makes too).
// The fast path is plain int64: every product is checked with __builtin_mul_overflow, and the
// divisors 10^4 and 10^6 are compile-time constants (the compiler turns the divisions into
// multiplications, which is most of the batch's speed). A product that does not fit in int64
// goes to a cold out-of-line fallback in ctg::wide_int (Boost's checked 128 bits) through
// ctg::divide_rounded and ctg::narrow_to_int64 (compute.cpp); it never happens for realistic
// amounts.
#pragma once

#include "detail/round_quotient.hpp"
#include <ctg/core/fte.hpp>
#include <ctg/core/rate.hpp>
#include <ctg/core/rounding.hpp>
#include <ctg/rules/formula.hpp>

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace ctg::finance_detail {

/// Throws std::logic_error: an invariant of the split was broken (never expected to happen).
[[noreturn]] void throw_split_invariant(std::int64_t total, std::int64_t sum);

inline constexpr std::int64_t fte_scale = fte::scale;    // 10^4
inline constexpr std::int64_t rate_scale = rate::scale;  // 10^6

/**
 * The fallback of rounded_product(): `a × b × c / (d1 × d2)` (d1 × d2 > 0) in checked 128 bits,
 * rounded once under `policy` by ctg::divide_rounded.
 * @throws ctg::overflow naming `what` when a product exceeds 128 bits or the result int64 cents.
 */
[[gnu::cold]] std::int64_t wide_rounded_product(std::int64_t a, std::int64_t b, std::int64_t c,
                                                std::int64_t d1, std::int64_t d2, rounding policy,
                                                std::string_view what, std::int64_t e = 1);

/**
 * The fallback of exceeds(): whether `x × d1 × d2 > a × b × c`, in checked 128 bits.
 * @throws ctg::overflow naming `what` when a product exceeds 128 bits.
 */
[[gnu::cold]] bool wide_exceeds(std::int64_t x, std::int64_t d1, std::int64_t d2, std::int64_t a,
                                std::int64_t b, std::int64_t c, std::string_view what);

/**
 * The fallback of share(): `total × weight / weight_sum` in checked 128 bits, as its quotient
 * truncated toward zero and the magnitude of its remainder (0 ≤ weight ≤ weight_sum).
 */
[[gnu::cold]] void wide_share(std::int64_t total, std::int64_t weight, std::int64_t weight_sum,
                              std::int64_t& quotient, std::int64_t& remainder);

/// `a × b / D` rounded once under `policy`, D a compile-time constant (10^4, 10^6).
template <std::int64_t D>
inline std::int64_t rounded_product_by(std::int64_t a, std::int64_t b, rounding policy,
                                       std::string_view what) {
    static_assert(D > 0);
    std::int64_t n = 0;
    if (__builtin_mul_overflow(a, b, &n)) [[unlikely]] {
        return wide_rounded_product(a, b, 1, D, 1, policy, what);
    }
    return detail::round_quotient<std::int64_t>(n / D, n % D, D, policy);
}

/// `a × b × c / (d1 × d2)` (d1 × d2 > 0) rounded once under `policy`: in int64 when every
/// product fits, else in checked 128 bits.
inline std::int64_t rounded_product(std::int64_t a, std::int64_t b, std::int64_t c, std::int64_t d1,
                                    std::int64_t d2, rounding policy, std::string_view what) {
    std::int64_t ab = 0;
    std::int64_t n = 0;
    std::int64_t d = 0;
    if (__builtin_mul_overflow(a, b, &ab) || __builtin_mul_overflow(ab, c, &n) ||
        __builtin_mul_overflow(d1, d2, &d)) [[unlikely]] {
        return wide_rounded_product(a, b, c, d1, d2, policy, what);
    }
    return detail::round_quotient<std::int64_t>(n / d, n % d, d, policy);
}

/// `a × b × c × e / (d1 × d2)` (d1 × d2 > 0) rounded once under `policy`: in int64 when every
/// product fits, else in checked 128 bits.
inline std::int64_t rounded_product(std::int64_t a, std::int64_t b, std::int64_t c, std::int64_t e,
                                    std::int64_t d1, std::int64_t d2, rounding policy,
                                    std::string_view what) {
    std::int64_t ab = 0;
    std::int64_t abc = 0;
    std::int64_t n = 0;
    std::int64_t d = 0;
    if (__builtin_mul_overflow(a, b, &ab) || __builtin_mul_overflow(ab, c, &abc) ||
        __builtin_mul_overflow(abc, e, &n) || __builtin_mul_overflow(d1, d2, &d)) [[unlikely]] {
        return wide_rounded_product(a, b, c, d1, d2, policy, what, e);
    }
    return detail::round_quotient<std::int64_t>(n / d, n % d, d, policy);
}

/// Whether `x × d1 × d2 > a × b × c` (an amount against an exact fraction `a b c / (d1 d2)`):
/// in int64 when every product fits, else in checked 128 bits.
inline bool exceeds(std::int64_t x, std::int64_t d1, std::int64_t d2, std::int64_t a,
                    std::int64_t b, std::int64_t c, std::string_view what) {
    std::int64_t left = 0;
    std::int64_t ab = 0;
    std::int64_t right = 0;
    if (__builtin_mul_overflow(x, d1, &left) || __builtin_mul_overflow(left, d2, &left) ||
        __builtin_mul_overflow(a, b, &ab) || __builtin_mul_overflow(ab, c, &right)) [[unlikely]] {
        return wide_exceeds(x, d1, d2, a, b, c, what);
    }
    return left > right;
}

/// `total × weight / weight_sum` (0 ≤ weight ≤ weight_sum, weight_sum > 0) as its quotient
/// truncated toward zero (of total's sign) and the magnitude of its remainder (< weight_sum).
inline void share(std::int64_t total, std::int64_t weight, std::int64_t weight_sum,
                  std::int64_t& quotient, std::int64_t& remainder) {
    std::int64_t product = 0;
    if (__builtin_mul_overflow(total, weight, &product)) [[unlikely]] {
        wide_share(total, weight, weight_sum, quotient, remainder);
        return;
    }
    quotient = product / weight_sum;  // one hardware division gives quotient and remainder
    const std::int64_t r = product % weight_sum;
    remainder = r < 0 ? -r : r;
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
    // A segment read is confirmed only before the date read, or does not cover its calendar
    // year: the warnings of finance() at that date may then not be empty.
    bool may_warn = false;
};

/// One post (or row) as the kernel sees it; validated by the caller.
struct row_values {
    std::int64_t fte = 0;          // ten-thousandths, ≥ 0
    bool at_ceiling = false;       // share_of_expense: the expense is the ceiling
    std::int64_t expense = 0;      // cents, ≥ 0 (declared basis)
    std::int64_t prorata_num = 1;  // active days or months inside the reference
    std::int64_t prorata_den = 1;  // days or months of the reference (> 0)
};

/// A recorder that records nothing: the batch path. Every call compiles away. A recorder is
/// given the factors of each rounded product (it rebuilds the exact value only if it shows it).
struct null_recorder {
    void annual(std::string_view /*id*/, std::int64_t /*per_fte*/, const row_values& /*row*/,
                std::int64_t /*rounded*/) noexcept {}
    void ceiling(std::int64_t /*per_fte*/, const row_values& /*row*/) noexcept {}
    void expense_at_ceiling(std::int64_t /*per_fte*/, const row_values& /*row*/) noexcept {}
    void base(std::int64_t /*expense*/, std::int64_t /*per_fte*/, const row_values& /*row*/,
              bool /*capped*/) noexcept {}
    void rated_base(std::string_view /*id*/, std::int64_t /*rate*/, std::int64_t /*expense*/,
                    std::int64_t /*per_fte*/, const row_values& /*row*/, bool /*capped*/,
                    std::int64_t /*aid*/) noexcept {}
    void rated(std::string_view /*id*/, std::int64_t /*rate*/, std::int64_t /*amount*/,
               std::int64_t /*rounded*/) noexcept {}
    void capped(std::int64_t /*uncapped*/, std::int64_t /*ceiling*/,
                std::int64_t /*aid*/) noexcept {}
    void part(std::size_t /*index*/, std::int64_t /*total*/, std::int64_t /*weight*/,
              std::int64_t /*weight_sum*/, bool /*extra_cent*/, std::int64_t /*amount*/) noexcept {}
};

/**
 * The rounded aid of one row: every chain of products is rounded ONCE, at its end.
 *
 * flat_per_fte:     aid = round(amount_per_fte × FTE × prorata)
 * share_of_expense: C = ceiling_per_fte × FTE × prorata, exact (never rounded on its own)
 *   ceiling_on expense: aid = round(rate × min(expense, C))
 *   ceiling_on aid:     aid = round(min(rate × expense, C)) = min(round(rate × expense), round(C))
 *                       (rounding is monotone: the two forms are equal)
 *   no ceiling:         aid = round(rate × expense)
 *   at_ceiling basis:   expense = C (the caller checked that a ceiling exists).
 * The expense is the one of the reference period: it is never prorated, only the annual amounts
 * per FTE are.
 */
/// Rounded `per_fte × FTE × prorata`, recorded as step `id`. A whole prorata (n/n) is left out
/// of the product (same exact value) so that the divisor is the constant 10^4.
template <class Recorder>
std::int64_t annual_amount(std::string_view id, std::int64_t per_fte, const row_values& row,
                           rounding policy, Recorder& rec) {
    const std::int64_t rounded = row.prorata_num == row.prorata_den
                                     ? rounded_product_by<fte_scale>(per_fte, row.fte, policy, id)
                                     : rounded_product(per_fte, row.fte, row.prorata_num, fte_scale,
                                                       row.prorata_den, policy, id);
    rec.annual(id, per_fte, row, rounded);
    return rounded;
}

/// `round(rate × C)`, C = `ceiling_per_fte × FTE × prorata` exact: the aid when the ceiling binds.
inline std::int64_t rated_ceiling(const rule_values& r, const row_values& row) {
    return row.prorata_num == row.prorata_den
               ? rounded_product(r.rate, r.ceiling_per_fte, row.fte, rate_scale, fte_scale,
                                 r.policy, "aid")
               : rounded_product(r.rate, r.ceiling_per_fte, row.fte, row.prorata_num,
                                 rate_scale * fte_scale, row.prorata_den, r.policy, "aid");
}

/// Whether `expense` exceeds C = `ceiling_per_fte × FTE × prorata` (exact comparison).
inline bool above_ceiling(const rule_values& r, const row_values& row, std::int64_t expense) {
    return row.prorata_num == row.prorata_den
               ? exceeds(expense, fte_scale, 1, r.ceiling_per_fte, row.fte, 1, "expense")
               : exceeds(expense, fte_scale, row.prorata_den, r.ceiling_per_fte, row.fte,
                         row.prorata_num, "expense");
}

template <class Recorder>
std::int64_t compute_aid(const rule_values& r, const row_values& row, Recorder& rec) {
    if (r.kind == formula_kind::flat_per_fte) {
        return annual_amount("aid", r.amount_per_fte, row, r.policy, rec);
    }
    if (!r.has_ceiling) {
        const std::int64_t aid =
            rounded_product_by<rate_scale>(r.rate, row.expense, r.policy, "aid");
        rec.rated("aid", r.rate, row.expense, aid);
        return aid;
    }
    if (r.ceiling_on == ceiling_target::aid) {
        const std::int64_t ceiling =
            annual_amount("ceiling", r.ceiling_per_fte, row, r.policy, rec);
        std::int64_t uncapped = 0;
        if (row.at_ceiling) {
            rec.expense_at_ceiling(r.ceiling_per_fte, row);
            uncapped = rated_ceiling(r, row);
            rec.rated_base("aid_before_ceiling", r.rate, 0, r.ceiling_per_fte, row, true, uncapped);
        } else {
            uncapped =
                rounded_product_by<rate_scale>(r.rate, row.expense, r.policy, "aid before ceiling");
            rec.rated("aid_before_ceiling", r.rate, row.expense, uncapped);
        }
        const std::int64_t aid = uncapped < ceiling ? uncapped : ceiling;
        rec.capped(uncapped, ceiling, aid);
        return aid;
    }
    // The ceiling caps the expense: rate × min(expense, C), C exact, one rounding.
    rec.ceiling(r.ceiling_per_fte, row);
    if (row.at_ceiling) {
        rec.expense_at_ceiling(r.ceiling_per_fte, row);
    }
    const bool capped = row.at_ceiling || above_ceiling(r, row, row.expense);
    if (!row.at_ceiling) {
        rec.base(row.expense, r.ceiling_per_fte, row, capped);
    }
    const std::int64_t aid =
        capped ? rated_ceiling(r, row)
               : rounded_product_by<rate_scale>(r.rate, row.expense, r.policy, "aid");
    rec.rated_base("aid", r.rate, row.expense, r.ceiling_per_fte, row, capped, aid);
    return aid;
}

/**
 * Splits `total` into parts proportional to `weights` (each ≥ 0, Σ = `weight_sum`) by the
 * largest remainder method: part_i = trunc(total × w_i / W), then the cents still missing go one
 * by one to the parts with the largest remainders |total × w_i mod W|, ties to the earlier part.
 * The exact shares are computed from the ROUNDED total, so the parts add up to it exactly; each
 * part is within one cent of its exact share. A negative total is split as its opposite and
 * negated (the truncation is toward zero in both cases), computed directly with total's sign so
 * that every intermediate fits in int64, INT64_MIN included. `remainders` is scratch of
 * weights.size().
 */
template <class Recorder>
void split_total(std::int64_t total, std::span<const std::int64_t> weights, std::int64_t weight_sum,
                 std::span<std::int64_t> out, std::span<std::int64_t> remainders, Recorder& rec) {
    const std::size_t n = weights.size();
    if (weight_sum == 0 || n == 0) {
        // Every weight is zero (e.g. a rate of 0 %): only a zero total can be split.
        if (total != 0) {
            throw_split_invariant(total, 0);
        }
        for (std::size_t i = 0; i < n; ++i) {
            out[i] = 0;
            rec.part(i, total, weights[i], weight_sum, false, 0);
        }
        return;
    }
    const std::int64_t sign = total < 0 ? -1 : 1;
    // Quotients (toward zero, total's sign) and remainders (magnitudes) of total × w_i / W. The
    // last part's come without a division: Σ_i |total| × w_i = |total| × W, so with F and R the
    // sums of the other quotients' magnitudes and of their remainders, |total| × w_last =
    // W × (|total| − F) − R = W × (|total| − F − k) + (k W − R) where k = ⌈R / W⌉ < n, i.e.
    // quotient |total| − F − k, remainder k W − R. R (up to (n − 1) W) is kept as
    // carries × W + rest, 0 ≤ rest < W, so that it never overflows.
    std::int64_t quotients = 0;  // Σ of the other quotients: between 0 and total
    std::int64_t carries = 0;
    std::int64_t rest = 0;
    for (std::size_t i = 0; i + 1 < n; ++i) {
        share(total, weights[i], weight_sum, out[i], remainders[i]);
        quotients += out[i];
        if (remainders[i] >= weight_sum - rest) {
            rest -= weight_sum - remainders[i];
            ++carries;
        } else {
            rest += remainders[i];
        }
    }
    // k is also the count of cents missing: Σ of all remainders = k W.
    const std::int64_t missing = carries + (rest > 0 ? 1 : 0);
    out[n - 1] = total - quotients - sign * missing;
    remainders[n - 1] = rest > 0 ? weight_sum - rest : 0;
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
        std::int64_t rank = 0;  // parts served before part i
        for (std::size_t j = 0; j < n; ++j) {
            if (remainders[j] > remainders[i] || (remainders[j] == remainders[i] && j < i)) {
                ++rank;
            }
        }
        const bool extra = rank < missing;
        out[i] += extra ? sign : 0;
        rec.part(i, total, weights[i], weight_sum, extra, out[i]);
        if (__builtin_add_overflow(sum, out[i], &sum)) [[unlikely]] {
            throw_split_invariant(total, sum);
        }
    }
    if (sum != total) [[unlikely]] {
        throw_split_invariant(total, sum);
    }
}

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
