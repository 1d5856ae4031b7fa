// SPDX-License-Identifier: MIT
#include "detail/decimal_text.hpp"
#include <ctg/core/error.hpp>
#include <ctg/core/money.hpp>

#include <ostream>

namespace ctg {

namespace {

[[noreturn]] void throw_overflow(const char* operation, money a, const std::string& b) {
    throw overflow(error_detail::of("money.overflow", std::string("amount ") + operation,
                                    a.to_plain() + " and " + b));
}

}  // namespace

money money::from_euros(std::int64_t euros) {
    std::int64_t cents = 0;
    if (__builtin_mul_overflow(euros, std::int64_t{100}, &cents)) {
        throw overflow(
            error_detail::of("money.euros_overflow", "amount", std::to_string(euros) + " €"));
    }
    return from_cents(cents);
}

money money::parse(std::string_view text, std::string_view field) {
    detail::decimal_syntax syntax;
    syntax.max_fraction_digits = 2;
    syntax.allow_negative = true;
    syntax.allow_grouping = true;
    syntax.allow_euro_sign = true;
    return from_cents(detail::parse_decimal(text, field, syntax).scaled);
}

std::string money::to_plain() const { return detail::format_decimal(cents_, 2, 2); }

std::string money::to_french() const {
    return detail::localize_decimal(to_plain(), detail::narrow_no_break_space, ',') +
           std::string(detail::no_break_space) + "€";
}

std::string money::to_english() const {
    // The sign goes before the euro sign: `-€12.50`.
    const std::string plain = to_plain();
    const bool negative = plain.starts_with('-');
    return (negative ? "-€" : "€") +
           detail::localize_decimal(std::string_view(plain).substr(negative ? 1 : 0), ",", '.');
}

money& money::operator+=(money other) {
    std::int64_t result = 0;
    if (__builtin_add_overflow(cents_, other.cents_, &result)) {
        throw_overflow("sum", *this, other.to_plain());
    }
    cents_ = result;
    return *this;
}

money& money::operator-=(money other) {
    std::int64_t result = 0;
    if (__builtin_sub_overflow(cents_, other.cents_, &result)) {
        throw_overflow("difference", *this, other.to_plain());
    }
    cents_ = result;
    return *this;
}

money& money::operator*=(std::int64_t count) {
    std::int64_t product = 0;
    if (__builtin_mul_overflow(cents_, count, &product)) {
        throw_overflow("product", *this, std::to_string(count));
    }
    cents_ = product;
    return *this;
}

money money::operator-() const {
    std::int64_t negated = 0;
    if (__builtin_sub_overflow(std::int64_t{0}, cents_, &negated)) {
        throw_overflow("negation", *this, "-1");
    }
    return from_cents(negated);
}

money operator+(money a, money b) { return a += b; }
money operator-(money a, money b) { return a -= b; }
money operator*(money a, std::int64_t count) { return a *= count; }
money operator*(std::int64_t count, money a) { return a *= count; }

std::ostream& operator<<(std::ostream& out, money m) { return out << m.to_plain(); }

}  // namespace ctg
