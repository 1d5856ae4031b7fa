// SPDX-License-Identifier: MIT
// No amount, rate or FTE can be built from, or multiplied by, a floating-point number: each such
// expression must fail to compile. Checked at compile time with requires-expressions: a
// failing static_assert fails the build of the test suite.
#include <ctg/core/fte.hpp>
#include <ctg/core/money.hpp>
#include <ctg/core/rate.hpp>

#include <cstdint>
#include <type_traits>

namespace {

template <class T>
concept money_from_cents = requires(T v) {
    ctg::money::from_cents(v);
};
template <class T>
concept money_from_euros = requires(T v) {
    ctg::money::from_euros(v);
};
template <class T>
concept money_times = requires(ctg::money m, T v) {
    m* v;
};
template <class T>
concept times_money = requires(ctg::money m, T v) {
    v* m;
};
template <class T>
concept money_times_assign = requires(ctg::money m, T v) {
    m *= v;
};
template <class T>
concept rate_from = requires(T v) {
    ctg::rate::from_millionths(v);
};
template <class T>
concept fte_from = requires(T v) {
    ctg::fte::from_ten_thousandths(v);
};

// The integer forms exist (so the checks below are not vacuous)...
static_assert(money_from_cents<std::int64_t> && money_from_euros<std::int64_t>);
static_assert(money_times<std::int64_t> && times_money<std::int64_t>);
static_assert(money_times_assign<std::int64_t>);
static_assert(rate_from<std::int64_t> && fte_from<std::int64_t>);
// ...and none of the floating-point ones.
static_assert(!std::is_constructible_v<ctg::money, double>);
static_assert(!std::is_constructible_v<ctg::rate, double>);
static_assert(!std::is_constructible_v<ctg::fte, double>);
static_assert(!money_from_cents<double> && !money_from_cents<float>);
static_assert(!money_from_euros<double> && !money_from_euros<long double>);
static_assert(!money_times<double> && !times_money<double> && !money_times<float>);
static_assert(!money_times_assign<double>);
static_assert(!rate_from<double> && !fte_from<double>);

}  // namespace
