# SPDX-License-Identifier: MIT
"""ctg core: money, rates, FTE, hours, exact amounts, dates, periods, prorata, texts, errors."""

from __future__ import annotations

import copy
import datetime
import enum
import pickle
from decimal import Decimal
from fractions import Fraction

import numpy as np
import pandas as pd
import pytest

import ctg
from ctg import (
    ExactAmount,
    Fte,
    Money,
    Period,
    ProrataBasis,
    ProrataFraction,
    Rate,
    RateNotation,
    Rounding,
    WeeklyHours,
)

HALF_UP = Rounding.half_away_from_zero


# --- Money ----------------------------------------------------------------------------------


class TestMoneyConstruction:
    def test_charente_amount_from_french_text(self) -> None:
        assert Money("38 400,00 €").cents == 3_840_000

    @pytest.mark.parametrize(
        ("text", "cents"),
        [
            ("38400", 3_840_000),
            ("38400.00", 3_840_000),
            ("-12.5", -1250),
            ("38 400,00", 3_840_000),
            ("48\u202f000,00 €", 4_800_000),
            ("0", 0),
        ],
    )
    def test_text(self, text: str, cents: int) -> None:
        assert Money(text).cents == cents
        assert Money.parse(text).cents == cents

    @pytest.mark.parametrize(
        ("value", "cents"),
        [
            (Decimal("12.50"), 1250),
            (Decimal("12.500"), 1250),
            (Decimal("1.2E+3"), 120_000),
            (Decimal("-0.01"), -1),
            (Decimal("-0"), 0),
        ],
    )
    def test_decimal(self, value: Decimal, cents: int) -> None:
        assert Money(value).cents == cents

    def test_integers_through_named_constructors(self) -> None:
        assert Money.from_cents(1250) == Money("12.50")
        assert Money.from_euros(12) == Money("12")
        assert Money.from_cents(np.int64(1250)) == Money("12.50")
        assert Money() == Money.from_cents(0)
        assert Money(Money("3")) == Money("3")

    @pytest.mark.parametrize("value", [12.5, 0.0, np.float64(1.25), float("nan")])
    def test_float_is_refused_with_what_to_pass(self, value: float) -> None:
        with pytest.raises(TypeError) as info:
            Money(value)
        message = str(info.value)
        assert "float" in message
        assert "str" in message and "decimal.Decimal" in message and "Money.from_cents" in message

    def test_float_refused_wherever_money_is_expected(self) -> None:
        with pytest.raises(TypeError, match=r"decimal.Decimal"):
            ctg.apply_rate(48000.0, Rate.percent("80"), HALF_UP)
        with pytest.raises(TypeError, match="float"):
            ExactAmount(1.5)
        with pytest.raises(TypeError, match="float"):
            Money.from_cents(12.0)

    @pytest.mark.parametrize("value", [12, True, np.int64(12)])
    def test_bare_int_is_ambiguous(self, value: int) -> None:
        with pytest.raises(TypeError, match="ambiguous"):
            Money(value)

    @pytest.mark.parametrize(
        ("text", "reason"),
        [
            ("12.345", "3 decimal places"),
            ("1.234,5", ""),
            ("12,34.5", ""),
            ("", ""),
            ("NaN", ""),
            ("1e3", ""),
            ("douze", ""),
        ],
    )
    def test_malformed_text_names_field_value_and_expectation(self, text: str, reason: str) -> None:
        with pytest.raises(ValueError) as info:
            Money(text)
        error = info.value
        assert isinstance(error, ctg.InvalidValueError)
        assert isinstance(error, ctg.Error)
        message = str(error)
        assert message.startswith("amount: got")
        assert f'"{text}"' in message
        assert "expected a " in message and "number" in message
        assert reason in message
        assert error.detail is not None
        field, value, expected = error.detail
        assert (field, value) == ("amount", text)
        assert expected.startswith(("a number", "a decimal number"))
        assert error.detail.code.startswith("decimal.")
        assert error.details == [error.detail]

    def test_field_name_is_quoted(self) -> None:
        with pytest.raises(ValueError, match=r"^expense: got"):
            Money.parse("12.345", field="expense")

    def test_decimal_with_three_decimals_is_refused(self) -> None:
        with pytest.raises(ValueError, match="3 decimal places"):
            Money(Decimal("12.345"))

    @pytest.mark.parametrize(
        ("value", "error"),
        [
            (Decimal("NaN"), ctg.InvalidValueError),
            (Decimal("sNaN"), ctg.InvalidValueError),
            (Decimal("-Infinity"), ctg.InvalidValueError),
            (Decimal("1E+999999999"), ctg.OutOfRangeError),
            (Decimal("1E-999999999"), ctg.InvalidValueError),
            (Decimal("1E+17"), ctg.OutOfRangeError),
        ],
    )
    def test_decimal_special_values(self, value: Decimal, error: type[Exception]) -> None:
        with pytest.raises(error, match=r"^amount: got"):
            Money(value)

    def test_decimal_zeros(self) -> None:
        for zero in (Decimal("0E-5"), Decimal("-0.00"), Decimal("0E+3")):
            assert Money(zero) == Money()
        assert Money(Decimal("0.10")) == Money(Decimal("1E-1")) == Money("0.10")

    def test_too_large_text(self) -> None:
        with pytest.raises(ctg.OutOfRangeError, match="small enough"):
            Money("99999999999999999999")

    def test_from_cents_outside_int64(self) -> None:
        with pytest.raises(OverflowError, match="cents: got"):
            Money.from_cents(2**63)
        with pytest.raises(OverflowError):
            Money.from_euros(2**62)


class TestMoneyBehaviour:
    def test_formats(self) -> None:
        m = Money("38400.5")
        assert str(m) == "38400.50"
        assert m.to_plain() == "38400.50"
        # Babel's (CLDR) typography: U+202F between thousands, U+00A0 before €; en_GB € first.
        assert m.to_french() == format(m, "fr") == "38\u202f400,50\u00a0€"
        assert m.to_english() == format(m, "en") == "€38,400.50"
        assert (-m).to_english() == "-€38,400.50"
        assert format(m, "") == "38400.50"
        assert f"{m:,.2f}" == "38,400.50"
        assert f"{m:>10}" == "  38400.50"

    def test_repr_evaluates_back(self) -> None:
        m = Money("-1234.05")
        assert repr(m) == "Money('-1234.05')"
        assert eval(repr(m), vars(ctg)) == m

    def test_to_decimal_is_exact(self) -> None:
        assert Money("38 400,00 €").to_decimal() == Decimal("38400.00")
        assert str(Money("0.1").to_decimal()) == "0.10"

    def test_arithmetic(self) -> None:
        a, b = Money("10.25"), Money("0.75")
        assert a + b == Money("11")
        assert a - b == Money("9.50")
        assert -a == Money("-10.25")
        assert +a == a
        assert abs(-a) == a
        assert a * 3 == Money("30.75") == 3 * a
        assert a * np.int64(2) == Money("20.50")
        assert bool(Money()) is False and bool(a) is True
        assert sum([a, b], Money()) == Money("11")

    def test_comparisons_and_hash(self) -> None:
        a, b = Money("1.00"), Money("2.00")
        assert a < b <= b and b > a >= a and a != b
        assert sorted([b, a]) == [a, b]
        assert max(a, b) is b
        assert Money("1") == Money("1.00")
        assert hash(Money("1")) == hash(Money("1.00"))
        assert len({Money("1"), Money("1.00"), Money("2")}) == 2

    def test_no_mixing_with_other_types(self) -> None:
        m = Money("1.00")
        assert (m == "1.00") is False
        assert (m == Decimal("1.00")) is False
        assert (m == 100) is False
        with pytest.raises(TypeError):
            m + "1.00"  # type: ignore[operator]
        with pytest.raises(TypeError):
            m + Decimal(1)  # type: ignore[operator]
        with pytest.raises(TypeError):
            m < 1  # type: ignore[operator]  # noqa: B015

    @pytest.mark.parametrize("factor", [1.5, Decimal("1.5")])
    def test_multiplying_by_a_non_integer_says_what_to_use(self, factor: object) -> None:
        with pytest.raises(TypeError, match="apply_rate"):
            Money("1") * factor  # type: ignore[operator]
        with pytest.raises(TypeError, match="apply_rate"):
            factor * Money("1")  # type: ignore[operator]

    def test_overflow(self) -> None:
        top = Money.from_cents(2**63 - 1)
        bottom = Money.from_cents(-(2**63))
        with pytest.raises(OverflowError) as info:
            top + Money.from_cents(1)
        assert isinstance(info.value, ctg.NumericOverflowError)
        assert info.value.detail is not None and info.value.detail.field == "amount sum"
        with pytest.raises(OverflowError):
            bottom - Money.from_cents(1)
        with pytest.raises(OverflowError):
            _ = -bottom
        with pytest.raises(OverflowError):
            abs(bottom)
        with pytest.raises(OverflowError):
            top * 2
        with pytest.raises(OverflowError, match="count"):
            top * 2**64

    def test_immutable(self) -> None:
        m = Money("1")
        with pytest.raises(AttributeError):
            m.cents = 5  # type: ignore[misc]


# --- Rates, FTE, hours ----------------------------------------------------------------------


class TestRate:
    def test_notations_agree(self) -> None:
        eighty = Rate.percent("80")
        assert eighty.millionths == 800_000
        assert Rate.share("0.8") == eighty
        assert Rate.parse("80", RateNotation.percent) == eighty
        assert Rate.parse("0.8", RateNotation.share) == eighty
        assert Rate.parse("80 %", RateNotation.share) == eighty  # a '%' always wins
        assert Rate("80", RateNotation.percent) == eighty
        assert Rate(Decimal("0.8"), notation=RateNotation.share) == eighty
        assert Rate.percent(80) == Rate.percent(Decimal("80.0")) == eighty
        assert Rate.from_millionths(800_000) == eighty

    def test_loire_rate(self) -> None:
        loire = Rate.parse("62.43 %", RateNotation.share)
        assert loire.millionths == 624_300
        assert loire.to_percent_string() == "62.43 %"
        assert str(loire) == "62.43 %"
        assert loire.to_french() == "62,43\u00a0%"
        assert loire.to_share_string() == "0.6243"
        assert loire.to_decimal() == Decimal("0.6243")
        assert repr(loire) == "Rate.percent('62.43')"
        assert eval(repr(loire), vars(ctg)) == loire

    @pytest.mark.parametrize(
        ("text", "notation"),
        [
            ("62.43215", RateNotation.percent),
            ("0.1234567", RateNotation.share),
            ("101", RateNotation.percent),
            ("-5", RateNotation.percent),
            ("quatre-vingts", RateNotation.percent),
        ],
    )
    def test_invalid(self, text: str, notation: RateNotation) -> None:
        with pytest.raises(ValueError, match=f'^rate: got "{text}"'):
            Rate.parse(text, notation)

    def test_float_refused(self) -> None:
        with pytest.raises(TypeError, match="float"):
            Rate.percent(80.0)
        with pytest.raises(TypeError, match="float"):
            Rate(0.8, RateNotation.share)
        with pytest.raises(ValueError):
            Rate.from_millionths(1_000_001)

    def test_ordering_hash_pickle(self) -> None:
        assert Rate.percent("25") < Rate.percent("55") < Rate.percent("80")
        assert hash(Rate.percent("80")) == hash(Rate.share("0.80"))
        assert Rate.scale == 1_000_000


class TestFte:
    def test_parse(self) -> None:
        assert Fte("0.75").ten_thousandths == 7500
        assert Fte("2,5") == Fte(Decimal("2.5")) == Fte.parse("2.5")
        assert Fte(4) == Fte("4")
        assert Fte() == Fte.from_ten_thousandths(0)
        assert str(Fte("0.7500")) == "0.75"
        assert Fte("0.75").to_french() == "0,75"
        assert Fte("0.75").to_decimal() == Decimal("0.75")
        assert repr(Fte("14.75")) == "Fte('14.75')"
        assert Fte.scale == 10_000

    def test_charente_half_time_from_hours(self) -> None:
        # 20 h of 35 h = 0.571428… → 0.5714
        assert Fte.from_weekly_hours("20", "35", HALF_UP) == Fte("0.5714")
        from_hours = Fte.from_weekly_hours(WeeklyHours(20), WeeklyHours("35"), HALF_UP)
        assert from_hours.ten_thousandths == 5714
        assert Fte.from_weekly_hours("20", "35", Rounding.up) == Fte("0.5715")
        assert Fte.from_weekly_hours("17.5", "35", Rounding.half_even) == Fte("0.5")

    @pytest.mark.parametrize("text", ["0.12345", "-1", "un", ""])
    def test_invalid(self, text: str) -> None:
        with pytest.raises(ValueError, match=r"^fte: got"):
            Fte(text)

    def test_float_and_bool_refused(self) -> None:
        with pytest.raises(TypeError, match="float"):
            Fte(0.75)
        with pytest.raises(TypeError):
            Fte(True)
        with pytest.raises(TypeError, match="float"):
            ctg.multiply(Money("1"), 0.5, HALF_UP)

    def test_sum(self) -> None:
        assert Fte("0.75") + Fte("0.25") == Fte(1)
        with pytest.raises(TypeError):
            Fte("1") + "1"  # type: ignore[operator]


class TestWeeklyHours:
    def test_parse(self) -> None:
        assert WeeklyHours("17.5").hundredths == 1750
        assert WeeklyHours("7,25") == WeeklyHours(Decimal("7.25"))
        assert str(WeeklyHours("17.5")) == "17.5 h"
        assert repr(WeeklyHours("17.50")) == "WeeklyHours('17.5')"
        assert WeeklyHours(35).to_decimal() == Decimal(35)
        with pytest.raises(ValueError, match=r"^weekly_hours: got"):
            WeeklyHours("-1")
        with pytest.raises(TypeError, match="float"):
            WeeklyHours(17.5)


# --- Products -------------------------------------------------------------------------------


class TestProducts:
    def test_charente_values(self) -> None:
        eighty = Rate.percent("80")
        assert ctg.apply_rate(Money.from_euros(48000), eighty, HALF_UP) == Money("38 400")
        assert ctg.multiply(Money.from_euros(22553), Fte("14.75"), HALF_UP) == Money("332 656,75")
        nine_months = ProrataFraction(9, 12)
        assert ctg.prorate(Money.from_euros(24000), nine_months, HALF_UP) == Money("18000")

    def test_keywords_and_text_amounts(self) -> None:
        half = Rate.percent("50")
        assert ctg.apply_rate(amount="100.01", rate=half, policy=HALF_UP) == Money("50.01")
        assert ctg.apply_rate("100.01", Rate.percent("50"), Rounding.half_even) == Money("50.00")
        assert ctg.multiply(per_fte=Decimal(24000), fte="0.5", policy=HALF_UP) == Money("12000")

    def test_exact_amount(self) -> None:
        ceiling = (
            ExactAmount(Money.from_euros(48000))
            .times(Fte("0.5714"))
            .times(ProrataFraction(292, 365))
        )
        assert ceiling.rounded(HALF_UP) == Money("21 941,76")
        assert ceiling == Money("21941.76")
        assert ceiling.is_whole_cent
        assert ceiling.to_fraction() == Fraction(2194176, 100)
        third = ExactAmount("100").times_ratio(1, 3)
        assert not third.is_whole_cent
        assert (third.numerator, third.denominator) == (10000, 3)
        assert third.to_plain(max_decimals=4) == "33.3333…"
        assert third != Money("33.33")
        assert third.rounded(Rounding.up) == Money("33.34")
        assert third == ExactAmount(Money("200")).times_ratio(1, 6)
        assert hash(ExactAmount("1")) == hash(Money("1"))
        assert "33.333333…" in repr(third)

    def test_exact_amount_factors_are_instances(self) -> None:
        amount = ExactAmount("1")
        with pytest.raises(TypeError):
            amount.times(0.5)  # type: ignore[call-overload]
        with pytest.raises(TypeError):
            amount.times("0.5")  # type: ignore[call-overload]
        with pytest.raises(ValueError, match="denominator"):
            amount.times_ratio(1, 0)

    def test_exact_amount_overflow(self) -> None:
        huge = ExactAmount(Money.from_cents(2**62)).times_ratio(2**62, 1)
        with pytest.raises(OverflowError):
            huge.times_ratio(2**62, 1)
        with pytest.raises(OverflowError):
            huge.rounded(HALF_UP)


# --- Dates ----------------------------------------------------------------------------------


class TestDates:
    def test_parse_and_format(self) -> None:
        assert ctg.parse_date("2021-06-30") == datetime.date(2021, 6, 30)
        assert ctg.to_iso(datetime.date(2021, 6, 30)) == "2021-06-30"
        assert ctg.to_french(day=datetime.date(2021, 6, 30)) == "30/06/2021"
        with pytest.raises(ValueError, match=r'^date: got "2021-02-30"'):
            ctg.parse_date("2021-02-30")
        with pytest.raises(ValueError, match=r'^signed_on: got "30/06/2021"'):
            ctg.parse_date("30/06/2021", field="signed_on")

    def test_period(self) -> None:
        year = Period.calendar_year(2021)
        assert (year.start, year.end) == (datetime.date(2021, 1, 1), datetime.date(2022, 1, 1))
        assert year.days == 365
        assert year.last_day == datetime.date(2021, 12, 31)
        active = Period(start=datetime.date(2021, 3, 1), end=datetime.date(2022, 1, 1))
        common = active.intersect(year)
        assert common is not None and common.days == 306
        assert Period.calendar_year(2020).intersect(year) is None
        assert datetime.date(2021, 6, 30) in year
        assert year.contains(datetime.date(2022, 1, 1)) is False
        assert str(year) == "[2021-01-01, 2022-01-01)"
        assert year.to_french() == "du 01/01/2021 au 31/12/2021"
        assert eval(repr(year), {"Period": Period, "datetime": datetime}) == year
        assert Period.calendar_year(2020) < year
        assert hash(year) == hash(Period.calendar_year(2021))
        with pytest.raises(ValueError, match="end"):
            Period(datetime.date(2021, 1, 1), datetime.date(2021, 1, 1))

    @pytest.mark.parametrize(
        "value",
        [
            datetime.datetime(2021, 6, 30, 12, 0),
            datetime.datetime(2021, 6, 30),
            pd.Timestamp("2021-06-30"),
        ],
    )
    def test_datetime_refused(self, value: datetime.datetime) -> None:
        with pytest.raises(TypeError) as info:
            ctg.to_iso(value)
        message = str(info.value)
        assert "datetime.datetime" in message and ".date()" in message
        with pytest.raises(TypeError, match=r"\.date\(\)"):
            Period.calendar_year(2021).contains(value)

    def test_other_types_refused(self) -> None:
        with pytest.raises(TypeError):
            ctg.to_iso("2021-06-30")  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            ctg.to_iso(np.datetime64("2021-06-30"))  # type: ignore[arg-type]

    def test_date_subclass_accepted(self) -> None:
        class MyDate(datetime.date):
            pass

        assert ctg.to_iso(MyDate(2021, 6, 30)) == "2021-06-30"

    def test_prorata(self) -> None:
        year = Period.calendar_year(2021)
        active = Period(datetime.date(2021, 3, 15), datetime.date(2022, 1, 1))
        assert ctg.prorata(active, year, ProrataBasis.days) == ProrataFraction(292, 365)
        months = ctg.prorata(active=active, reference=year, basis=ProrataBasis.whole_months)
        assert months == ProrataFraction(9, 12)
        assert str(months) == "9/12"
        assert months.to_fraction() == Fraction(3, 4)
        assert ProrataFraction(612, 730) != ProrataFraction(306, 365)
        assert ProrataFraction(12, 12).is_whole
        assert eval(repr(months), vars(ctg)) == months

    @pytest.mark.parametrize(("n", "d"), [(5, 4), (-1, 4), (1, 0), (0, -1)])
    def test_invalid_prorata_fraction(self, n: int, d: int) -> None:
        with pytest.raises(ValueError, match=r"^prorata: got"):
            ProrataFraction(n, d)


# --- Texts, provenance, enums ---------------------------------------------------------------


class TestTextsAndProvenance:
    def test_localized_text(self) -> None:
        label = ctg.LocalizedText("Plafond par ETP", "Ceiling per FTE")
        assert label.text(ctg.Language.en) == "Ceiling per FTE"
        assert label.text() == "Plafond par ETP" == str(label)
        assert ctg.LocalizedText(fr="Plafond").text(language=ctg.Language.en) == "Plafond"
        assert eval(repr(label), vars(ctg)) == label

    def test_source_and_provenance(self) -> None:
        source = ctg.Source("Caf de la Charente, 30 juin 2021", "diapositive 4")
        assert source.url == ""
        assert "diapositive 4" in str(source)
        cited = ctg.Provenance(ctg.Evidence.source_document, source)
        assert cited.kind is ctg.Evidence.source_document
        assert ctg.Provenance().kind is ctg.Evidence.illustrative
        assert eval(repr(cited), vars(ctg)) == cited
        assert len({cited, ctg.Provenance(ctg.Evidence.source_document, source)}) == 1

    def test_enums_are_python_enums(self) -> None:
        for cls in (Rounding, RateNotation, ProrataBasis, ctg.Language, ctg.Evidence):
            assert issubclass(cls, enum.Enum)
        assert [r.name for r in Rounding] == [
            "half_away_from_zero",
            "half_even",
            "toward_zero",
            "down",
            "up",
        ]
        assert Rounding["half_even"] is Rounding.half_even

    def test_identifiers(self) -> None:
        assert ctg.parse_rounding("half_even") is Rounding.half_even
        assert ctg.to_string(Rounding.toward_zero) == "toward_zero"
        assert ctg.to_string(ctg.Evidence.source_document) == "source document"
        assert ctg.parse_evidence("public source") is ctg.Evidence.public_source
        assert ctg.parse_prorata_basis("whole_months") is ProrataBasis.whole_months
        assert ctg.parse_language("en") is ctg.Language.en
        with pytest.raises(ValueError, match=r'^policy: got "nearest"'):
            ctg.parse_rounding("nearest", field="policy")


class TestErrors:
    def test_hierarchy(self) -> None:
        assert issubclass(ctg.InvalidValueError, ValueError)
        assert issubclass(ctg.ValidationError, ValueError)
        assert issubclass(ctg.OutOfRangeError, IndexError)
        assert issubclass(ctg.NumericOverflowError, OverflowError)
        for cls in (
            ctg.InvalidValueError,
            ctg.ValidationError,
            ctg.OutOfRangeError,
            ctg.NumericOverflowError,
        ):
            assert issubclass(cls, ctg.Error)
            assert cls.__doc__

    def test_error_detail(self) -> None:
        detail = ctg.ErrorDetail("amount", "x", "a number")
        assert str(detail) == 'amount: got "x"; expected a number'
        assert tuple(detail) == ("amount", "x", "a number")
        assert detail == ctg.ErrorDetail(field="amount", value="x", expected="a number")
        assert eval(repr(detail), vars(ctg)) == detail

    def test_errors_pickle_with_details(self) -> None:
        with pytest.raises(ctg.InvalidValueError) as info:
            Money("x")
        again = pickle.loads(pickle.dumps(info.value))
        assert type(again) is ctg.InvalidValueError
        assert str(again) == str(info.value)
        assert again.details == info.value.details

    def test_python_code_can_raise_them(self) -> None:
        error = ctg.ValidationError("grid.xlsx: 1 error(s)", [ctg.ErrorDetail("A1", "x", "y")])
        assert error.detail == ctg.ErrorDetail("A1", "x", "y")
        assert ctg.Error("no details").details == []


# --- Pickling and copying of every value type -----------------------------------------------

VALUES = [
    Money("-38 400,05"),
    Money.from_cents(-(2**63)),
    Rate.percent("62.43"),
    Fte("0.5714"),
    WeeklyHours("17.5"),
    Period.calendar_year(2021),
    ProrataFraction(292, 365),
    ctg.LocalizedText("Bonus territoire", "Territory bonus"),
    ctg.Source("doc", "page 3", "https://example.org"),
    ctg.Provenance(ctg.Evidence.public_source, ctg.Source("INSEE")),
    ctg.ErrorDetail("f", "v", "e"),
    Rounding.half_even,
]


@pytest.mark.parametrize("value", VALUES, ids=lambda v: type(v).__name__)
def test_pickle_and_copy_round_trip(value: object) -> None:
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        again = pickle.loads(pickle.dumps(value, protocol=protocol))
        assert again == value
        assert type(again) is type(value)
        assert hash(again) == hash(value)
    assert copy.copy(value) == value
    assert copy.deepcopy(value) == value


@pytest.mark.parametrize("cls", [Money, Rate, Fte, WeeklyHours, ProrataFraction])
def test_unpickling_an_unknown_state_version_fails(cls: type) -> None:
    obj = cls.__new__(cls)
    with pytest.raises(ValueError, match="unsupported pickled state"):
        obj.__setstate__((99, 0))
