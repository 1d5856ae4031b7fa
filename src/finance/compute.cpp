// SPDX-License-Identifier: MIT
// The out-of-line parts of the kernel (compute.hpp): its errors and its cold 128-bit fallbacks,
// kept out of the int64 fast path so that the batch loop stays small.
#include "finance/compute.hpp"

#include <ctg/core/error.hpp>

#include <stdexcept>
#include <string>

namespace ctg::finance_detail {

void throw_split_invariant(std::int64_t total, std::int64_t sum) {
    throw std::logic_error("ctg: funding parts add up to " + std::to_string(sum) +
                           " cents instead of the total " + std::to_string(total) +
                           " (all part weights are zero?)");
}

std::int64_t wide_rounded_product(std::int64_t a, std::int64_t b, std::int64_t c, std::int64_t d1,
                                  std::int64_t d2, rounding policy, std::string_view what,
                                  std::int64_t e) {
    wide_int numerator;
    wide_int denominator;
    try {
        numerator = wide_int(a) * b * c * e;
        denominator = wide_int(d1) * d2;
    } catch (const std::overflow_error&) {
        // Boost's checked integers throw std::overflow_error: say which amount it was.
        throw overflow(error_detail::of("financing.overflow", std::string(what),
                                        std::to_string(a) + " × " + std::to_string(b) + " × " +
                                            std::to_string(c) +
                                            (e == 1 ? "" : " × " + std::to_string(e)) + " / (" +
                                            std::to_string(d1) + " × " + std::to_string(d2) + ")"));
    }
    return narrow_to_int64(divide_rounded(numerator, denominator, policy), what);
}

bool wide_exceeds(std::int64_t x, std::int64_t d1, std::int64_t d2, std::int64_t a, std::int64_t b,
                  std::int64_t c, std::string_view what) {
    try {
        return wide_int(x) * d1 * d2 > wide_int(a) * b * c;
    } catch (const std::overflow_error&) {
        throw overflow(error_detail::of("financing.overflow", std::string(what),
                                        std::to_string(x) + " × " + std::to_string(d1) + " × " +
                                            std::to_string(d2) + " ≷ " + std::to_string(a) + " × " +
                                            std::to_string(b) + " × " + std::to_string(c)));
    }
}

void wide_share(std::int64_t total, std::int64_t weight, std::int64_t weight_sum,
                std::int64_t& quotient, std::int64_t& remainder) {
    const wide_int product = wide_int(total) * weight;  // two int64 factors: < 2^126, fits
    const wide_int q = divide_rounded(product, weight_sum, rounding::toward_zero);
    const wide_int r = product - q * weight_sum;
    quotient = narrow_to_int64(q, "funding part");
    remainder = narrow_to_int64(r < 0 ? wide_int(-r) : r, "funding part remainder");
}

}  // namespace ctg::finance_detail
