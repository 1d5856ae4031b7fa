# SPDX-License-Identifier: MIT
"""Property tests: money arithmetic and rounding against decimal.Decimal as the oracle."""

from __future__ import annotations

import decimal
from decimal import Decimal, localcontext

from hypothesis import given
from hypothesis import strategies as st

import ctg
from ctg import Fte, Money, ProrataFraction, Rate, Rounding

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
CENT = Decimal("0.01")

#: Each ctg policy and the decimal rounding mode that means the same thing.
DECIMAL_MODES = {
    Rounding.half_away_from_zero: decimal.ROUND_HALF_UP,  # ties away from zero
    Rounding.half_even: decimal.ROUND_HALF_EVEN,
    Rounding.toward_zero: decimal.ROUND_DOWN,
    Rounding.down: decimal.ROUND_FLOOR,
    Rounding.up: decimal.ROUND_CEILING,
}

cents = st.integers(INT64_MIN, INT64_MAX)
# Amounts around ties and small values as well as anywhere in int64.
amounts = st.one_of(st.integers(-10_000, 10_000), cents)
policies = st.sampled_from(list(Rounding))
millionths = st.one_of(
    st.sampled_from([0, 1, 500_000, 550_000, 624_300, 800_000, 1_000_000]),
    st.integers(0, 1_000_000),
)
ten_thousandths = st.integers(0, 10**9)


def euros(c: int) -> Decimal:
    """The exact euro value of `c` cents (Decimal arithmetic is exact at this precision)."""
    with localcontext(prec=60):
        return Decimal(c) / 100


def oracle(exact_euros: Decimal, policy: Rounding) -> Decimal:
    with localcontext(prec=60):
        return exact_euros.quantize(CENT, rounding=DECIMAL_MODES[policy])


def fits(value: Decimal) -> bool:
    with localcontext(prec=60):
        return INT64_MIN <= value * 100 <= INT64_MAX


@given(cents, cents)
def test_sum_and_difference_match_decimal(a: int, b: int) -> None:
    x, y = Money.from_cents(a), Money.from_cents(b)
    with localcontext(prec=60):
        for expected, compute in (
            (euros(a) + euros(b), lambda: x + y),
            (euros(a) - euros(b), lambda: x - y),
        ):
            if fits(expected):
                result = compute()
                assert result.to_decimal() == expected
                assert result.cents == int(expected * 100)
            else:
                try:
                    compute()
                except OverflowError:
                    pass
                else:
                    raise AssertionError(f"no OverflowError for {expected}")


@given(cents, st.integers(-(2**20), 2**20))
def test_product_by_count_matches_decimal(a: int, count: int) -> None:
    with localcontext(prec=60):
        expected = euros(a) * count
        if fits(expected):
            assert (Money.from_cents(a) * count).to_decimal() == expected
        else:
            try:
                Money.from_cents(a) * count
            except OverflowError:
                return
            raise AssertionError(f"no OverflowError for {expected}")


@given(cents)
def test_text_and_decimal_round_trips(a: int) -> None:
    m = Money.from_cents(a)
    assert Money(m.to_plain()) == m
    assert Money(m.to_french()) == m
    assert Money(m.to_decimal()) == m
    assert Money(m.to_decimal().normalize(decimal.Context(prec=30))) == m  # e.g. 1.5625E+5
    assert eval(repr(m), vars(ctg)) == m


@given(cents, cents)
def test_equality_order_and_hash_follow_cents(a: int, b: int) -> None:
    x, y = Money.from_cents(a), Money.from_cents(b)
    assert (x == y) is (a == b)
    assert (x < y) is (a < b)
    if a == b:
        assert hash(x) == hash(y)


@given(amounts, millionths, policies)
def test_apply_rate_rounds_like_decimal(a: int, m: int, policy: Rounding) -> None:
    rate = Rate.from_millionths(m)
    with localcontext(prec=60):
        exact = euros(a) * Decimal(m) / 1_000_000
        expected = oracle(exact, policy)
    result = ctg.apply_rate(Money.from_cents(a), rate, policy)
    assert result.to_decimal() == expected
    assert ctg.ExactAmount(Money.from_cents(a)).times(rate).rounded(policy) == result


@given(amounts, ten_thousandths, policies)
def test_multiply_by_fte_rounds_like_decimal(a: int, units: int, policy: Rounding) -> None:
    fte = Fte.from_ten_thousandths(units)
    with localcontext(prec=60):
        exact = euros(a) * Decimal(units) / 10_000
        expected = oracle(exact, policy)
        in_range = fits(expected)
    if in_range:
        assert ctg.multiply(Money.from_cents(a), fte, policy).to_decimal() == expected
    else:
        try:
            ctg.multiply(Money.from_cents(a), fte, policy)
        except OverflowError:
            return
        raise AssertionError(f"no OverflowError for {expected}")


@st.composite
def fractions(draw: st.DrawFn) -> ProrataFraction:
    denominator = draw(st.sampled_from([12, 365, 366]) | st.integers(1, 10_000))
    return ProrataFraction(draw(st.integers(0, denominator)), denominator)


@given(amounts, fractions(), policies)
def test_prorate_rounds_like_decimal(a: int, p: ProrataFraction, policy: Rounding) -> None:
    # A quotient by any denominator does not terminate: 80 significant digits keep it far
    # enough from a tie for quantize to decide like exact arithmetic.
    with localcontext(prec=80):
        exact = euros(a) * p.numerator / Decimal(p.denominator)
        expected = exact.quantize(CENT, rounding=DECIMAL_MODES[policy])
    assert ctg.prorate(Money.from_cents(a), p, policy).to_decimal() == expected


@given(st.integers(-10_000, 10_000), policies)
def test_ties_of_both_signs(half_cents: int, policy: Rounding) -> None:
    """x.5 cents: `amount × 50 %` of an odd number of cents is an exact tie."""
    with localcontext(prec=60):
        expected = oracle(Decimal(half_cents) / 200, policy)
    result = ctg.apply_rate(Money.from_cents(half_cents), Rate.percent("50"), policy)
    assert result.to_decimal() == expected


@given(millionths)
def test_rate_text_round_trips(m: int) -> None:
    rate = Rate.from_millionths(m)
    assert Rate.percent(rate.to_percent_string()) == rate
    assert Rate.share(rate.to_share_string()) == rate
    assert Rate.share(rate.to_decimal()) == rate
    assert eval(repr(rate), vars(ctg)) == rate


@given(ten_thousandths)
def test_fte_text_round_trips(units: int) -> None:
    fte = Fte.from_ten_thousandths(units)
    assert Fte(fte.to_string()) == fte
    assert Fte(fte.to_decimal()) == fte
    if units < 1000 * Fte.scale:  # see test_fte_french_text_of_thousands_round_trips
        assert Fte(fte.to_french()) == fte


def test_fte_french_text_of_thousands_round_trips() -> None:
    assert Fte(Fte(1000).to_french()) == Fte(1000)


@given(cents, st.integers(0, 30))
def test_decimal_in_any_exponent_form(a: int, extra_zeros: int) -> None:
    """The same value with more trailing zeros, or normalized (1.5E+5), is the same amount."""
    sign, digits = (1 if a < 0 else 0), tuple(int(c) for c in str(abs(a)))
    padded = Decimal((sign, digits + (0,) * extra_zeros, -2 - extra_zeros))
    assert Money(padded) == Money.from_cents(a)
    with localcontext(prec=40):
        assert Money(padded.normalize()) == Money.from_cents(a)


CHARENTE = ctg.builtin_rulebook("charente-2021")
ON = __import__("datetime").date(2021, 6, 30)


@given(st.integers(1, 60_000), st.integers(0, 20_000_000))
def test_charente_financing_and_its_split_match_decimal(fte_units: int, expense_cents: int) -> None:
    """80 % × min(expense, 48,000 € × FTE), rounded half up once; the 55 % / 25 % parts add up to
    the rounded total and each is within a cent of its exact share (Decimal as the oracle)."""
    post = ctg.PostInput(
        id="p",
        contracted_fte=Fte(Decimal(fte_units) / 10_000),
        expense=Money.from_cents(expense_cents),
    )
    result = ctg.finance(CHARENTE, post, ON)
    with localcontext(prec=60):
        ceiling = (Decimal(4_800_000) * fte_units / 10_000).quantize(
            Decimal(1), decimal.ROUND_HALF_UP
        )
        aid = (Decimal("0.8") * min(Decimal(expense_cents), ceiling)).quantize(
            Decimal(1), decimal.ROUND_HALF_UP
        )
        assert result.total.cents == aid
        parts = {p.id: p.amount.cents for p in result.parts}
        assert sum(parts.values()) == result.total.cents
        for part_id, weight in (("bonus_territoire", 55), ("fonds_locaux", 25)):
            exact = Decimal(result.total.cents) * weight / 80
            assert abs(Decimal(parts[part_id]) - exact) < 1
