// SPDX-License-Identifier: MIT
#include <ctg/core/error.hpp>
#include <ctg/core/exact_amount.hpp>

#include <boost/multiprecision/integer.hpp>

#include <utility>

namespace ctg {

namespace {

[[noreturn]] void throw_wide_overflow(const wide_int& n, const wide_int& d, std::int64_t by_n,
                                      std::int64_t by_d) {
    throw overflow(error_detail::of(
        "exact.product_overflow", "exact amount",
        n.str() + "/" + d.str() + " × " + std::to_string(by_n) + "/" + std::to_string(by_d)));
}

}  // namespace

exact_amount::exact_amount(wide_int numerator, wide_int denominator)
    : numerator_(std::move(numerator)), denominator_(std::move(denominator)) {}

exact_amount exact_amount::times_ratio(std::int64_t numerator, std::int64_t denominator) const {
    if (denominator == 0) {
        throw invalid_value(error_detail::of("exact.zero_denominator", "ratio denominator", "0"));
    }
    try {
        wide_int n = numerator_ * numerator;
        wide_int d = denominator_ * denominator;
        if (d < 0) {
            n = -n;
            d = -d;
        }
        const wide_int g = boost::multiprecision::gcd(n, d);
        if (g > 1) {
            n /= g;
            d /= g;
        }
        return {std::move(n), std::move(d)};
    } catch (const std::overflow_error&) {
        throw_wide_overflow(numerator_, denominator_, numerator, denominator);
    }
}

exact_amount exact_amount::times(rate r) const { return times_ratio(r.millionths(), rate::scale); }

exact_amount exact_amount::times(fte f) const {
    return times_ratio(f.ten_thousandths(), fte::scale);
}

exact_amount exact_amount::times(const prorata_fraction& p) const {
    return times_ratio(p.numerator, p.denominator);
}

money exact_amount::rounded(rounding policy) const {
    return money::from_cents(
        narrow_to_int64(divide_rounded(numerator_, denominator_, policy), "amount in cents"));
}

bool exact_amount::is_whole_cent() const { return denominator_ == 1; }

std::string exact_amount::to_plain(int max_decimals) const {
    // Long division of |n| / (d × 100) that never forms d × 100 or rest × 10: either can exceed
    // 128 bits for a large reduced denominator.
    const bool negative = numerator_ < 0;
    const wide_int n = negative ? wide_int(-numerator_) : numerator_;
    const wide_int& d = denominator_;
    wide_int cents;
    wide_int rest;  // |value| = cents + rest / d cents
    boost::multiprecision::divide_qr(n, d, cents, rest);
    wide_int whole;
    wide_int hundredths_value;
    boost::multiprecision::divide_qr(cents, wide_int(100), whole, hundredths_value);
    const int hundredths = static_cast<int>(hundredths_value);
    std::string text = (negative ? "-" : "") + whole.str();
    std::string fraction;
    bool left = hundredths != 0 || rest != 0;  // anything left after the digits written so far
    for (int i = 0; i < max_decimals && left; ++i) {
        int digit = 0;
        if (i == 0) {
            digit = hundredths / 10;
            left = hundredths % 10 != 0 || rest != 0;
        } else if (i == 1) {
            digit = hundredths % 10;
            left = rest != 0;
        } else {
            // digit = floor(10 × rest / d), rest = 10 × rest mod d, adding rest ten times.
            wide_int acc = 0;
            for (int k = 0; k < 10; ++k) {
                const wide_int room = d - acc;
                if (rest >= room) {
                    acc = rest - room;
                    ++digit;
                } else {
                    acc += rest;
                }
            }
            rest = acc;
            left = rest != 0;
        }
        fraction += static_cast<char>('0' + digit);
    }
    if (!fraction.empty()) {
        text += '.';
        text += fraction;
    }
    if (left) {
        text += "…";
    }
    return text;
}

money apply_rate(money amount, rate r, rounding policy) {
    return exact_amount(amount).times(r).rounded(policy);
}

money multiply(money per_fte, fte f, rounding policy) {
    return exact_amount(per_fte).times(f).rounded(policy);
}

money prorate(money amount, const prorata_fraction& p, rounding policy) {
    return exact_amount(amount).times(p).rounded(policy);
}

}  // namespace ctg
