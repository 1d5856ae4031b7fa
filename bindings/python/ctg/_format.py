# SPDX-License-Identifier: MIT
"""The one formatter of numbers, amounts and dates, in French and in English.

Every rendering of ctg (Markdown, HTML, CSV-free text of the command line, notebook tables)
writes figures through `Formatter`, which hands them to Babel (`babel.numbers`,
`babel.dates`) as `decimal.Decimal`: never through a float, nothing rounded that was not rounded
by the library. The typography is Babel's (CLDR) for each locale, one for the whole package:

>>> from ctg._format import Formatter
>>> fr, en = Formatter("fr"), Formatter("en")
>>> fr.money("354000.00") == "354\u202f000,00\u00a0€", en.money("354000.00")
(True, '€354,000.00')
>>> fr.percent("50.60") == "50,60\u00a0%", en.percent("50.60"), en.points("-3.50")
(True, '50.60%', '-3.50')
>>> fr.integer(350859) == "350\u202f859", en.date("2021-06-30"), fr.date("2021-06-30")
(True, '30/06/2021', '30/06/2021')

French: narrow no-break space (U+202F) between thousands, no-break space (U+00A0) before `€`
and `%`, decimal comma. English (en_GB, as the French administration's English texts write
euros): `€354,000.00`, `50.6%`. Babel is imported when a formatter is first made, so that
`import ctg` stays light.
"""

from __future__ import annotations

import datetime
import functools
from decimal import Decimal
from typing import Any, Protocol

#: Babel locale of each language of ctg.
LOCALES = {"fr": "fr_FR", "en": "en_GB"}


class SupportsDecimal(Protocol):
    """A value of the library that knows its exact decimal: ctg.Money, ctg.Rate, ctg.Fte."""

    def to_decimal(self) -> Decimal: ...


Number = Decimal | str | int | SupportsDecimal


def _decimal(value: Any) -> Decimal:
    """A Decimal from a Decimal, an int, a decimal string or a ctg.Money; floats are refused."""
    if isinstance(value, float):
        raise TypeError(
            f"got the float {value!r}; expected a Decimal, an int or a decimal "
            "string (a figure never passes through a float)"
        )
    if isinstance(value, Decimal):
        return value
    if isinstance(value, (int, str)):
        return Decimal(value)
    to_decimal = getattr(value, "to_decimal", None)  # ctg.Money, ctg.Rate, ctg.Fte
    if to_decimal is not None:
        return Decimal(to_decimal())
    raise TypeError(
        f"got {type(value).__name__} {value!r}; expected a Decimal, an int or a decimal string"
    )


class Formatter:
    """Numbers, amounts, percents and dates in one language (`fr` or `en`)."""

    def __init__(self, language: str) -> None:
        if language not in LOCALES:
            raise ValueError(f"language: got {language!r}; expected one of {', '.join(LOCALES)}")
        from babel import Locale  # a dependency of the report extra, loaded on first use

        self.language = language
        self.locale = Locale.parse(LOCALES[language])

    def number(self, value: Number) -> str:
        """A decimal with exactly the digits it has: `23 787,05`, `25,00`, `-3`."""
        from babel.numbers import format_decimal

        value = _decimal(value)
        return format_decimal(value, format=_with_decimals("#,##0", value), locale=self.locale)

    def integer(self, value: int) -> str:
        """A whole number with thousands separators: `350 859`."""
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"got {value!r}; expected an int")
        return self.number(value)

    def signed(self, text: str, value: Number) -> str:
        """`text` (a formatted `value`) with a `+` before a positive value."""
        return ("+" + text) if _decimal(value) > 0 else text

    def money(self, amount: Number, *, signed: bool = False) -> str:
        """An amount in euros, always with its cents: `354 000,00 €` / `€354,000.00`."""
        from babel.numbers import format_currency

        value = _decimal(amount)
        text = format_currency(value, "EUR", locale=self.locale)
        return self.signed(text, value) if signed else text

    def percent(self, percent: Number, *, signed: bool = False) -> str:
        """A percentage given in percent (`"50.6"` → `50,6 %`), with the digits it has."""
        from babel.numbers import format_percent

        value = _decimal(percent)
        pattern = _with_decimals(self.locale.percent_formats[None].pattern, value)
        text = format_percent(value.scaleb(-2), format=pattern, locale=self.locale)
        return self.signed(text, value) if signed else text

    def points(self, points: Number) -> str:
        """A difference of percentages in points, always signed: `+25,00`, `-3,5`."""
        return self.signed(self.number(points), points)

    def fte(self, value: Number) -> str:
        """ETP as the library writes them (`14.75`): `14,75`."""
        return self.number(value)

    def date(self, day: datetime.date | str) -> str:
        """A date in figures: `30/06/2021` in both languages (day first, as in France)."""
        from babel.dates import format_date

        return format_date(_day(day), format="dd/MM/yyyy", locale=self.locale)

    def long_date(self, day: datetime.date | str) -> str:
        """A date in words: `30 juin 2021`, `30 June 2021`."""
        from babel.dates import format_date

        return format_date(_day(day), format="long", locale=self.locale)


def _with_decimals(pattern: str, value: Decimal) -> str:
    """`pattern` (whose number part is `#,##0`) showing exactly the fraction digits of `value`."""
    exponent = value.as_tuple().exponent
    digits = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return pattern.replace("#,##0", "#,##0" + ("." + "0" * digits if digits else ""), 1)


def _day(day: datetime.date | str) -> datetime.date:
    if isinstance(day, datetime.datetime):
        raise TypeError(f"got the datetime {day!r}; expected a date")
    return datetime.date.fromisoformat(day) if isinstance(day, str) else day


@functools.cache
def formatter(language: str) -> Formatter:
    """The shared formatter of `language` (formatters hold no state: one per language)."""
    return Formatter(language)
