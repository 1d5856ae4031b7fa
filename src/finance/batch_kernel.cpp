// SPDX-License-Identifier: MIT
// The fast kernel of finance_batch() (batch_kernel.hpp says why it gives what finance() gives).
// The row loop is instantiated for each form of the aid, rounding policy, with or without an
// activity column and with or without the two parts, so that nothing is decided inside it.
#include "finance/batch_kernel.hpp"

#include <cstddef>
#include <limits>
#include <numeric>
#include <type_traits>

namespace ctg::finance_detail {

namespace {

/// `a × b + c` when it is at most `limit`, else none.
std::optional<std::uint64_t> bounded(std::uint64_t a, std::uint64_t b, std::uint64_t c = 0,
                                     std::uint64_t limit = numerator_limit) {
    std::uint64_t p = 0;
    if (__builtin_mul_overflow(a, b, &p) || __builtin_add_overflow(p, c, &p) || p > limit) {
        return std::nullopt;
    }
    return p;
}

/// A product of the plan: `a × b` when it fits in int64, else none.
std::optional<std::uint64_t> product(std::uint64_t a, std::uint64_t b) {
    return bounded(a, b, 0, static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()));
}

/// `round(k × x / d)` under `policy` for 0 ≤ x ≤ `x_max`, as a rounded_term (k / d reduced, the
/// rounding folded in): none when a numerator may exceed numerator_limit.
std::optional<rounded_term> term_of(std::uint64_t k, std::uint64_t d, std::uint64_t x_max,
                                    rounding policy) {
    const std::uint64_t g = std::gcd(k, d);  // > 0: d is
    k /= g;
    d /= g;
    if (d == 1) {  // constant_divisor needs d ≥ 2: the same fraction, doubled
        k *= 2;    // < 2^64: k came from an int64
        d = 2;
    }
    rounded_term t;
    switch (policy) {
        case rounding::half_away_from_zero:  // ⌊(2kx + d) / 2d⌋
            if (k > std::numeric_limits<std::uint64_t>::max() / 2) {
                return std::nullopt;
            }
            t.factor = 2 * k;
            t.offset = d;
            d *= 2;  // < 2^64: d came from an int64
            break;
        case rounding::up:  // ⌊(kx + d − 1) / d⌋
            t.factor = k;
            t.offset = d - 1;
            break;
        case rounding::half_even:  // ⌊kx / d⌋, then the remainder decides
        case rounding::toward_zero:
        case rounding::down:  // the same as toward zero for x ≥ 0
            t.factor = k;
            break;
    }
    const std::optional<std::uint64_t> numerator_max = bounded(t.factor, x_max, t.offset);
    if (!numerator_max) {
        return std::nullopt;
    }
    t.divisor = constant_divisor(d);
    t.narrow = *numerator_max <= t.divisor.narrow_limit();
    return t;
}

/// The largest value of `t` for x ≤ `x_max` (an upper bound of the rounded quotient).
std::uint64_t bound_of(const rounded_term& t, std::uint64_t x_max) {
    return t.divisor.divide(t.factor * x_max + t.offset) + 1;
}

// --- The row loop ------------------------------------------------------------------------

/// The rounded quotient of the numerator `n` of a term (its factor and offset applied): one
/// truncated quotient, and for half-even the remainder's decision.
template <rounding P, bool Narrow>
[[gnu::always_inline]] inline std::uint64_t round_numerator(std::uint64_t n,
                                                            const constant_divisor& divisor) {
    const std::uint64_t q = Narrow ? divisor.divide_narrow(n) : divisor.divide(n);
    if constexpr (P == rounding::half_even) {
        const std::uint64_t d = divisor.value();
        const std::uint64_t r = n - q * d;
        const std::uint64_t rest = d - r;  // r vs rest: 2r vs d, without overflow
        return q + static_cast<std::uint64_t>((r > rest) | ((r == rest) & ((q & 1U) != 0)));
    } else {
        return q;
    }
}

/// The term at x.
template <rounding P, bool Narrow>
[[gnu::always_inline]] inline std::uint64_t round_term(const rounded_term& t, std::uint64_t x) {
    return round_numerator<P, Narrow>(t.factor * x + t.offset, t.divisor);
}

template <fast_shape S, rounding P, bool Narrow>
[[gnu::always_inline]] inline std::uint64_t aid_of(const fast_plan& p, std::uint64_t u,
                                                   std::uint64_t expense) {
    if constexpr (S == fast_shape::fte_term) {
        return round_term<P, Narrow>(p.first, u);
    } else if constexpr (S == fast_shape::expense_term) {
        return round_term<P, Narrow>(p.first, expense);
    } else if constexpr (S == fast_shape::expense_capped) {
        // The term's factor is in both scales (k min(a, b) = min(ka, kb)): one product less.
        const std::uint64_t declared = expense * p.expense_scale;
        const std::uint64_t cap = p.ceiling * u;
        return round_numerator<P, Narrow>((declared < cap ? declared : cap) + p.first.offset,
                                          p.first.divisor);
    } else if constexpr (S == fast_shape::fte_terms_min) {
        const std::uint64_t a = round_term<P, Narrow>(p.first, u);
        const std::uint64_t b = round_term<P, Narrow>(p.second, u);
        return a < b ? a : b;
    } else {
        static_assert(S == fast_shape::expense_fte_min);
        const std::uint64_t a = round_term<P, Narrow>(p.first, expense);
        const std::uint64_t b = round_term<P, Narrow>(p.second, u);
        return a < b ? a : b;
    }
}

/// How the row loop writes the parts: none (or the general split, done after it), two with
/// the first part's quotient by multiplication, or two with it by a shift.
enum class row_split : std::uint8_t { none, two, two_by_shift };

template <fast_shape S, rounding P, bool Narrow, bool Active, row_split Split>
void run_rows(const fast_plan& plan, const batch_input& in, const batch_output& out) {
    // Local copies: the output stores cannot alias them, so they stay in registers.
    const fast_plan p = plan;
    const std::size_t rows = in.fte_ten_thousandths.size();
    const std::int64_t* fte = in.fte_ten_thousandths.data();
    const std::int64_t* expense = in.expense_cents.data();
    const std::int64_t* active = in.active.data();
    std::int64_t* total = out.total_cents.data();
    constexpr bool two_parts = Split != row_split::none;
    std::int64_t* first = two_parts ? out.parts_cents[0].data() : nullptr;
    std::int64_t* second = two_parts ? out.parts_cents[1].data() : nullptr;
    const unsigned shift = p.part_shift.value_or(0);
    constexpr bool reads_expense = S == fast_shape::expense_term ||
                                   S == fast_shape::expense_capped ||
                                   S == fast_shape::expense_fte_min;
    for (std::size_t i = 0; i < rows; ++i) {
        const auto f = static_cast<std::uint64_t>(fte[i]);
        const std::uint64_t u = Active ? f * static_cast<std::uint64_t>(active[i]) : f;
        const std::uint64_t e = reads_expense ? static_cast<std::uint64_t>(expense[i]) : 0;
        const std::uint64_t aid = aid_of<S, P, Narrow>(p, u, e);
        total[i] = static_cast<std::int64_t>(aid);
        if constexpr (Split != row_split::none) {
            // Largest remainder over two parts, ties to the first: the first part is its exact
            // share rounded half up (the half folded into its term), the second what remains.
            const std::uint64_t part =
                Split == row_split::two_by_shift
                    ? (p.first_part.factor * aid + p.first_part.offset) >> shift
                    : round_term<rounding::toward_zero, Narrow>(p.first_part, aid);
            first[i] = static_cast<std::int64_t>(part);
            second[i] = static_cast<std::int64_t>(aid - part);
        }
    }
}

// Run-time values to template arguments.
template <class F>
void with_flag(bool flag, F&& f) {
    if (flag) {
        f(std::true_type{});
    } else {
        f(std::false_type{});
    }
}

template <class F>
void with_policy(rounding policy, F&& f) {
    using enum rounding;
    switch (policy) {
        case half_even:
            return f(std::integral_constant<rounding, half_even>{});
        case half_away_from_zero:
        case toward_zero:
        case down:
        case up:  // folded into the terms (term_of()): one truncated quotient
            return f(std::integral_constant<rounding, toward_zero>{});
    }
}

template <class F>
void with_shape(fast_shape shape, F&& f) {
    using enum fast_shape;
    switch (shape) {
        case fte_term:
            return f(std::integral_constant<fast_shape, fte_term>{});
        case expense_term:
            return f(std::integral_constant<fast_shape, expense_term>{});
        case expense_capped:
            return f(std::integral_constant<fast_shape, expense_capped>{});
        case fte_terms_min:
            return f(std::integral_constant<fast_shape, fte_terms_min>{});
        case expense_fte_min:
            return f(std::integral_constant<fast_shape, expense_fte_min>{});
    }
}

template <class F>
void with_split(const fast_plan& plan, F&& f) {
    using enum row_split;
    if (plan.split != fast_split::two) {  // the general split runs after the loop
        return f(std::integral_constant<row_split, none>{});
    }
    if (plan.part_shift) {
        return f(std::integral_constant<row_split, two_by_shift>{});
    }
    return f(std::integral_constant<row_split, two>{});
}

/// The OR of a column's values as unsigned: its sign bit says whether one is negative.
std::uint64_t or_of(std::span<const std::int64_t> column) {
    std::uint64_t acc = 0;
    for (const std::int64_t x : column) {
        acc |= static_cast<std::uint64_t>(x);
    }
    return acc;
}

constexpr std::uint64_t sign_bit = std::uint64_t{1} << 63;

}  // namespace

constant_divisor::constant_divisor(std::uint64_t d) : value_(d) {
    const auto log2 = static_cast<unsigned>(63 - __builtin_clzll(d));  // ℓ ≥ 1: d ≥ 2
    const uint128 power = uint128{1} << (63 + log2);
    magic_ = static_cast<std::uint64_t>((power + d - 1) / d);
    shift_ = log2 - 1;
    narrow_magic_ = static_cast<std::uint64_t>(((uint128{1} << 64) + d - 1) / d);  // ≤ 2^63
}

column_scan scan_columns(const batch_input& input, std::int64_t year_length) {
    column_scan scan;
    if (input.expense_cents.size() == input.fte_ten_thousandths.size()) {
        // One pass over both columns, read side by side as the kernel reads them (a tenth
        // faster than one pass each).
        const std::int64_t* fte = input.fte_ten_thousandths.data();
        const std::int64_t* expense = input.expense_cents.data();
        for (std::size_t i = 0; i < input.fte_ten_thousandths.size(); ++i) {
            scan.fte_bound |= static_cast<std::uint64_t>(fte[i]);
            scan.expense_bound |= static_cast<std::uint64_t>(expense[i]);
        }
    } else {
        scan.fte_bound = or_of(input.fte_ten_thousandths);
        scan.expense_bound = or_of(input.expense_cents);
    }
    // The sign bits of a and of L − a are both clear exactly when 0 ≤ a ≤ L (L ≥ 0). L − a
    // is taken modulo 2^64, as no int64 a can overflow it: for a > L it is 2^64 − (a − L), with
    // its sign bit set since 0 < a − L < 2^63.
    const auto length = static_cast<std::uint64_t>(year_length);
    std::uint64_t active = 0;
    for (const std::int64_t a : input.active) {
        const auto bits = static_cast<std::uint64_t>(a);
        active |= bits | (length - bits);
    }
    scan.valid = ((scan.fte_bound | scan.expense_bound | active) & sign_bit) == 0;
    return scan;
}

std::optional<fast_plan> plan_fast_batch(const rule_values& values, const column_scan& scan,
                                         bool at_ceiling, bool has_active, std::int64_t year_length,
                                         bool parts) {
    if (!scan.valid || values.amount_per_fte < 0 || values.rate < 0 || values.ceiling_per_fte < 0 ||
        year_length <= 0) {
        return std::nullopt;
    }
    fast_plan plan;
    const rounding policy = values.policy;
    plan.policy = policy;
    plan.has_active = has_active;
    const auto length = static_cast<std::uint64_t>(year_length);
    // u = FTE × activity ≤ u_max, in units of 1 / (10^4 × L) FTE-year (10^4 without activity).
    constexpr auto fte_unit = static_cast<std::uint64_t>(fte_scale);
    constexpr auto rate_unit = static_cast<std::uint64_t>(rate_scale);
    const std::uint64_t u_scale = has_active ? fte_unit * length : fte_unit;
    const std::optional<std::uint64_t> u_max =
        has_active ? product(scan.fte_bound, length) : std::optional(scan.fte_bound);
    const std::uint64_t e_max = scan.expense_bound;
    const auto rate = static_cast<std::uint64_t>(values.rate);
    const auto ceiling = static_cast<std::uint64_t>(values.ceiling_per_fte);
    const std::optional<std::uint64_t> rated_scale = product(rate_unit, u_scale);
    const std::optional<std::uint64_t> rated_ceiling = product(rate, ceiling);
    if (!u_max || !rated_scale || !rated_ceiling) {
        return std::nullopt;
    }

    // The first term and the bound of what it multiplies (the aid never exceeds it).
    std::optional<rounded_term> first;
    std::uint64_t first_max = *u_max;
    std::optional<rounded_term> second{rounded_term{}};
    if (values.kind == formula_kind::flat_per_fte) {
        plan.shape = fast_shape::fte_term;
        first =
            term_of(static_cast<std::uint64_t>(values.amount_per_fte), u_scale, first_max, policy);
    } else if (!values.has_ceiling) {
        plan.shape = fast_shape::expense_term;
        first_max = e_max;
        first = term_of(rate, rate_unit, first_max, policy);
    } else if (values.ceiling_on == ceiling_target::expense && at_ceiling) {
        plan.shape = fast_shape::fte_term;
        first = term_of(*rated_ceiling, *rated_scale, first_max, policy);
    } else if (values.ceiling_on == ceiling_target::expense) {
        plan.shape = fast_shape::expense_capped;
        const std::optional<std::uint64_t> declared = product(e_max, u_scale);
        const std::optional<std::uint64_t> cap = product(ceiling, *u_max);
        if (!declared || !cap) {
            return std::nullopt;
        }
        first_max = *declared < *cap ? *declared : *cap;
        first = term_of(rate, *rated_scale, first_max, policy);
        // The factor goes into both scales, so that each product stays within the limit.
        const std::optional<std::uint64_t> expense_scale =
            first ? bounded(u_scale, first->factor) : std::nullopt;
        const std::optional<std::uint64_t> ceiling_scale =
            first ? bounded(ceiling, first->factor) : std::nullopt;
        if (!expense_scale || !ceiling_scale || !bounded(*expense_scale, e_max) ||
            !bounded(*ceiling_scale, *u_max)) {
            return std::nullopt;
        }
        plan.expense_scale = *expense_scale;
        plan.ceiling = *ceiling_scale;
    } else if (at_ceiling) {
        plan.shape = fast_shape::fte_terms_min;
        first = term_of(*rated_ceiling, *rated_scale, first_max, policy);
        second = term_of(ceiling, u_scale, *u_max, policy);
    } else {
        plan.shape = fast_shape::expense_fte_min;
        first_max = e_max;
        first = term_of(rate, rate_unit, first_max, policy);
        second = term_of(ceiling, u_scale, *u_max, policy);
    }
    if (!first || !second) {
        return std::nullopt;
    }
    plan.first = *first;
    plan.second = *second;
    const std::uint64_t aid_max = bound_of(plan.first, first_max);

    const std::span<const std::int64_t> weights = values.weights;
    if (!parts || weights.empty()) {
        plan.split = fast_split::none;
    } else if (weights.size() == 2 && weights[0] >= 0 && weights[1] >= 0 && values.weight_sum > 0) {
        const std::optional<rounded_term> part = term_of(
            static_cast<std::uint64_t>(weights[0]), static_cast<std::uint64_t>(values.weight_sum),
            aid_max, rounding::half_away_from_zero);
        if (!part) {
            return std::nullopt;
        }
        plan.split = fast_split::two;
        plan.first_part = *part;
        const std::uint64_t divisor = part->divisor.value();
        if ((divisor & (divisor - 1)) == 0) {
            plan.part_shift = static_cast<unsigned>(__builtin_ctzll(divisor));
        }
    } else {
        plan.split = fast_split::general;
    }
    const bool uses_second =
        plan.shape == fast_shape::fte_terms_min || plan.shape == fast_shape::expense_fte_min;
    plan.narrow = plan.first.narrow && (!uses_second || plan.second.narrow) &&
                  (plan.split != fast_split::two || plan.part_shift || plan.first_part.narrow);
    return plan;
}

void run_fast_batch(const fast_plan& plan, const batch_input& input, const batch_output& output) {
    with_shape(plan.shape, [&](auto shape) {
        with_policy(plan.policy, [&](auto policy) {
            with_flag(plan.narrow, [&](auto narrow) {
                with_flag(plan.has_active, [&](auto active) {
                    with_split(plan, [&](auto split) {
                        run_rows<decltype(shape)::value, decltype(policy)::value,
                                 decltype(narrow)::value, decltype(active)::value,
                                 decltype(split)::value>(plan, input, output);
                    });
                });
            });
        });
    });
}

}  // namespace ctg::finance_detail
