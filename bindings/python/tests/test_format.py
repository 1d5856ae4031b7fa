# SPDX-License-Identifier: MIT
"""The one formatter: Babel's French and English conventions, digits kept as given."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

import ctg
from ctg._format import Formatter, formatter

NNBSP, NBSP = "\u202f", "\u00a0"


def test_french_money_percent_and_numbers() -> None:
    fr = formatter("fr")
    assert fr.money("566400.00") == f"566{NNBSP}400,00{NBSP}€"
    assert fr.money(Decimal("-1447.5"), signed=True) == f"-1{NNBSP}447,50{NBSP}€"
    assert fr.money("21343.25", signed=True) == f"+21{NNBSP}343,25{NBSP}€"
    assert fr.percent("100.00") == f"100,00{NBSP}%"
    assert fr.points("25.00") == "+25,00"
    assert fr.number("23787.05") == f"23{NNBSP}787,05"
    assert fr.integer(350859) == f"350{NNBSP}859"
    assert fr.date(datetime.date(2021, 6, 30)) == "30/06/2021"
    assert fr.long_date("2022-12-31") == "31 décembre 2022"


def test_english_money_percent_and_numbers() -> None:
    en = formatter("en")
    assert en.money("566400.00") == "€566,400.00"
    assert en.money("-1447.50") == "-€1,447.50"
    assert en.percent("50.6") == "50.6%"
    assert en.points("-3.50") == "-3.50"
    assert en.number("1403436") == "1,403,436"
    assert en.long_date("2022-12-31") == "31 December 2022"


@pytest.mark.parametrize(
    "plain", ["566400.00", "-1447.50", "0.05", "0.00", "1000.00", "-92233720368547758.08"]
)
def test_the_library_writes_amounts_as_the_formatter(plain: str) -> None:
    """C++ `money::to_french()`/`to_english()` (shown by `ctg finance --explain`) and the
    report's Babel formatter write one typography."""
    amount = ctg.Money(plain)
    assert amount.to_french() == formatter("fr").money(plain)
    assert amount.to_english() == formatter("en").money(plain)


def test_the_library_writes_french_percents_and_decimals_as_the_formatter() -> None:
    assert ctg.Rate.percent("62.43").to_french() == formatter("fr").percent("62.43")
    per_fte = ctg.ExactRatio(1_403_436, 59).rounded(ctg.RatioFormat(decimals=2))  # 350,859/14.75
    assert per_fte.to_french() == formatter("fr").number("23787.05")


def test_digits_are_kept_never_rounded() -> None:
    fr = formatter("fr")
    assert fr.number("14.7500") == "14,7500"
    assert fr.number("0.001") == "0,001"
    assert fr.percent("97.5") == f"97,5{NBSP}%"


def test_floats_datetimes_and_unknown_languages_are_refused() -> None:
    with pytest.raises(TypeError, match="float"):
        formatter("fr").money(0.1)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="datetime"):
        formatter("fr").date(datetime.datetime(2021, 6, 30))
    with pytest.raises(ValueError, match="language: got 'de'"):
        Formatter("de")
