// SPDX-License-Identifier: MIT
// IWYU pragma: private, include <ctg/core/rounding.hpp>
// The one rounding decision of the library. ctg::divide_rounded (on ctg::wide_int) and the int64
// fast path of the financing kernel (src/finance/compute.hpp) both divide, then call this.
#pragma once

#include <ctg/core/rounding.hpp>

namespace ctg::detail {

// The exact quotient n / d rounded once under `policy`, given the quotient `q` truncated toward
// zero, the remainder `r` (0 or of n's sign, |r| < d) and the divisor `d` (> 0). The result is
// `q` or `q` moved one unit away from zero; it fits in Int whenever n does (r ≠ 0 means d ≥ 2,
// so |q| ≤ |n| / 2). Int is std::int64_t or ctg::wide_int.
template <class Int>
[[nodiscard]] constexpr Int round_quotient(const Int& q, const Int& r, const Int& d,
                                           rounding policy) {
    if (r == 0) {
        return q;
    }
    const bool negative = r < 0;
    // Compare |r| with d − |r| rather than 2·|r| with d: 2·|r| need not fit in Int.
    const Int below = negative ? Int(-r) : r;
    const Int above = d - below;
    bool away = false;  // move one unit away from zero?
    switch (policy) {
        case rounding::half_away_from_zero:
            away = !(below < above);
            break;
        case rounding::half_even:
            away = above < below || (below == above && q % 2 != 0);
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
    if (!away) {
        return q;
    }
    return negative ? Int(q - 1) : Int(q + 1);
}

}  // namespace ctg::detail
