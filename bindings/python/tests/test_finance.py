# SPDX-License-Identifier: MIT
"""ctg finance: finance() on a date or over a period, results with parts, explanations as text
and JSON, pickling, diff(). Golden values: Caf de la Charente, 30 June 2021 (the table of the
source document), per EPCI and in total, under the four built-in rulebooks."""

from __future__ import annotations

import copy
import datetime as datetime_module
import gc
import json
import pathlib
import pickle
from datetime import date, datetime
from decimal import Decimal

import pytest

import ctg
from ctg import (
    ExpenseBasis,
    Explanation,
    ExplanationStep,
    FinancingDiff,
    FinancingResult,
    Fte,
    Language,
    Money,
    PartAmount,
    Period,
    PostInput,
    StepKind,
)

JUNE_30 = date(2021, 6, 30)
AT_CEILING = ExpenseBasis.at_ceiling

# Per post of the embedded dataset: national-2020, cej, charente-2021 (total, bonus
# territoire, fonds locaux), loire-cej-2015; worked out by hand in
# tests/unit/finance/financing_test.cpp (24,000 €, 22,553 €, 38,400 € = 26,400 + 12,000 € and
# 29,966.40 € per FTE).
GOLDEN = {
    "post-grand-angouleme": (
        "60000.00",
        "56382.50",
        "96000.00",
        "66000.00",
        "30000.00",
        "74916.00",
    ),
    "post-grand-cognac": (
        "96000.00",
        "90212.00",
        "153600.00",
        "105600.00",
        "48000.00",
        "119865.60",
    ),
    "post-charente-limousine": (
        "36000.00",
        "33829.50",
        "57600.00",
        "39600.00",
        "18000.00",
        "44949.60",
    ),
    "post-coeur-de-charente": (
        "24000.00",
        "22553.00",
        "38400.00",
        "26400.00",
        "12000.00",
        "29966.40",
    ),
    "post-la-rochefoucauld-porte-du-perigord": (
        "36000.00",
        "33829.50",
        "57600.00",
        "39600.00",
        "18000.00",
        "44949.60",
    ),
    "post-4b-sud-charente": (
        "24000.00",
        "22553.00",
        "38400.00",
        "26400.00",
        "12000.00",
        "29966.40",
    ),
    "post-lavalette-tude-dronne": (
        "36000.00",
        "33829.50",
        "57600.00",
        "39600.00",
        "18000.00",
        "44949.60",
    ),
    "post-val-de-charente": (
        "24000.00",
        "22553.00",
        "38400.00",
        "26400.00",
        "12000.00",
        "29966.40",
    ),
    "post-rouillacais": ("18000.00", "16914.75", "28800.00", "19800.00", "9000.00", "22474.80"),
}


@pytest.fixture(scope="module")
def dataset() -> ctg.Dataset:
    return ctg.builtin_dataset("charente-2021")


@pytest.fixture(scope="module")
def charente() -> ctg.Rulebook:
    return ctg.builtin_rulebook("charente-2021")


def ceiling_post(post_id: str, fte: str | Fte) -> PostInput:
    return PostInput(id=post_id, contracted_fte=fte, basis=AT_CEILING)


# --- Golden values ---------------------------------------------------------------------------


def test_charente_table_per_epci_and_in_total(dataset: ctg.Dataset) -> None:
    rulebooks = [
        ctg.builtin_rulebook(name)
        for name in ("national-2020", "cej", "charente-2021", "loire-cej-2015")
    ]
    totals = [Money() for _ in range(6)]
    fte = Fte(0)
    assert [p.id for p in dataset.posts] == list(GOLDEN)
    for post in dataset.posts:
        expected = [Money(text) for text in GOLDEN[post.id]]
        inputs = ceiling_post(post.id, post.contracted_fte)
        national, cej, charente, loire = (ctg.finance(r, inputs, JUNE_30) for r in rulebooks)
        got = [
            national.total,
            cej.total,
            charente.total,
            charente.part("bonus_territoire").amount,
            charente.part("fonds_locaux").amount,
            loire.total,
        ]
        assert got == expected, post.id
        assert [p.id for p in charente.parts] == ["bonus_territoire", "fonds_locaux"]
        assert sum((p.amount for p in charente.parts), Money()) == charente.total
        totals = [t + g for t, g in zip(totals, got, strict=True)]
        fte = fte + post.contracted_fte
    assert fte == Fte("14.75")
    assert totals == [
        Money("354000.00"),
        Money("332656.75"),
        Money("566400.00"),
        Money("389400.00"),
        Money("177000.00"),
        Money("442004.40"),
    ]
    assert totals[3] + totals[4] == totals[2]


def test_result_fields(charente: ctg.Rulebook) -> None:
    r = ctg.finance(charente, ceiling_post("grand-angouleme", "2.5"), JUNE_30)
    assert isinstance(r, FinancingResult)
    assert r.rulebook_id == "charente-2021"
    assert r.post_id == "grand-angouleme"
    assert r.reference == Period.calendar_year(2021)
    assert r.total == Money("96 000,00 €")
    assert r.parts == [
        PartAmount(
            id="bonus_territoire",
            label=r.parts[0].label,
            amount=Money("66000"),
        ),
        PartAmount(id="fonds_locaux", label=r.parts[1].label, amount=Money("30000")),
    ]
    assert r.parts[0].label.fr == "Bonus territoire"
    assert r.part("nope") is None
    assert "96000.00 €" in repr(r) and "bonus_territoire 66000.00" in repr(r)


def test_declared_expense_as_str_decimal_or_money(charente: ctg.Rulebook) -> None:
    # 80 % of min(60,000, 48,000) = 38,400 for 1 FTE.
    for expense in ("60000", "60 000,00 €", Decimal("60000.00"), Money("60000")):
        post = PostInput(id="p", contracted_fte=1, expense=expense)
        assert post.expense == Money("60000")
        assert ctg.finance(charente, post, JUNE_30).total == Money("38400")


# --- Explanation -----------------------------------------------------------------------------


def test_explanation_text_in_both_languages(charente: ctg.Rulebook) -> None:
    r = ctg.finance(charente, ceiling_post("grand-angouleme", "2.5"), JUNE_30)
    why = r.why
    assert isinstance(why, Explanation)
    french = why.to_text()
    assert french == str(why) == why.to_text(language=Language.fr)
    # The typography of the report's formatter (Babel): U+202F, U+00A0; en_GB € first.
    assert "Aide de la Caf" in french and "96\u202f000,00\u00a0€" in french
    assert "48\u202f000,00\u00a0€ par ETP" in french and "80\u00a0%" in french
    english = why.to_text(Language.en)
    assert "Caf aid" in english and "€96,000.00" in english and "80%" in english
    assert len(french.splitlines()) >= len(why)


def test_explanation_steps(charente: ctg.Rulebook) -> None:
    why = ctg.finance(charente, ceiling_post("ga", "2.5"), JUNE_30).why
    steps = list(why)
    assert len(why) == len(steps) > 5
    assert why[0] == steps[0] and why[-1] == steps[-1]
    with pytest.raises(IndexError):
        why[len(why)]
    kinds = {s.kind for s in steps}
    assert {StepKind.input, StepKind.parameter, StepKind.rounding, StepKind.result} <= kinds
    last = why[-1]
    assert last.kind is StepKind.result and last.amount == Money("96000")
    reading = next(s for s in steps if s.kind is StepKind.parameter).parameter
    assert reading is not None
    assert reading.name in ctg.builtin_rulebook("charente-2021")
    assert reading.segment_start == date(2020, 1, 1) and reading.segment_end is None
    assert reading.origin.cited.document
    rounding = next(s for s in steps if s.kind is StepKind.rounding)
    assert rounding.policy is ctg.Rounding.half_away_from_zero and rounding.exact
    assert why.step("fte").value == "2.5"
    assert why.step("nope") is None


def test_explanation_json(charente: ctg.Rulebook) -> None:
    r = ctg.finance(charente, ceiling_post("ga", "2.5"), JUNE_30)
    steps = json.loads(r.why.to_json())
    assert isinstance(steps, list) and len(steps) == len(r.why)
    assert steps[0]["id"] == r.why[0].id
    whole = json.loads(r.to_json())
    assert whole["format"] == "ctg.financing/1"
    assert whole["total"] == "96000.00"
    assert [p["id"] for p in whole["parts"]] == ["bonus_territoire", "fonds_locaux"]


def test_steps_and_readings_are_values(charente: ctg.Rulebook) -> None:
    why = ctg.finance(charente, ceiling_post("ga", "2.5"), JUNE_30).why
    namespace = {**vars(ctg), "datetime": datetime_module}
    for step in why:
        rebuilt = eval(repr(step), namespace)
        assert rebuilt == step and hash(rebuilt) == hash(step)
    step = ExplanationStep(kind=StepKind.note, id="x", value="1")
    assert step.formula == "" and step.amount is None and step.parameter is None
    assert Explanation(steps=[step])[0] == step
    assert "1 steps" in repr(Explanation(steps=[step]))


# --- Values, pickling ------------------------------------------------------------------------


def test_post_input_is_a_value() -> None:
    post = PostInput(id="p", contracted_fte="0.75", expense="31 200,00", active=None)
    assert post.contracted_fte == Fte("0.75") and post.basis is ExpenseBasis.declared
    assert eval(repr(post), vars(ctg)) == post
    assert post == copy.deepcopy(post) and hash(post) == hash(copy.copy(post))
    assert post != PostInput(id="p", contracted_fte="0.75")
    with pytest.raises(TypeError):
        PostInput("p", "1")  # keyword arguments only
    with pytest.raises(TypeError):
        PostInput(id="p")  # contracted_fte is required


@pytest.mark.parametrize("protocol", range(2, pickle.HIGHEST_PROTOCOL + 1))
def test_results_pickle(charente: ctg.Rulebook, protocol: int) -> None:
    r = ctg.finance(charente, ceiling_post("ga", "2.5"), JUNE_30)
    d = ctg.diff(ctg.finance(ctg.builtin_rulebook("cej"), ceiling_post("ga", "2.5"), JUNE_30), r)
    post = PostInput(id="p", contracted_fte="1", expense="40000", active=Period.calendar_year(2021))
    for value in (r, r.why, r.why[3], r.parts[0], d, post):
        back = pickle.loads(pickle.dumps(value, protocol=protocol))
        assert back == value and type(back) is type(value)
    assert pickle.loads(pickle.dumps(r)).to_json() == r.to_json()
    assert hash(pickle.loads(pickle.dumps(r))) == hash(r)


def test_pickle_state_is_versioned(charente: ctg.Rulebook) -> None:
    r = ctg.finance(charente, ceiling_post("ga", "1"), JUNE_30)
    state = r.__getstate__()
    assert state[0] == 1
    clone = FinancingResult.__new__(FinancingResult)
    with pytest.raises(ValueError, match="FinancingResult: unsupported pickled state"):
        clone.__setstate__((2, *state[1:]))


# --- Period form -----------------------------------------------------------------------------


def test_period_form_equals_date_form_for_a_whole_year(charente: ctg.Rulebook) -> None:
    post = PostInput(id="p", contracted_fte="1.5", expense="60000")
    on_date = ctg.finance(charente, post, JUNE_30)
    year = Period.calendar_year(2021)
    by_keyword = ctg.finance(charente, post, period=year)
    positional = ctg.finance(charente, post, year)
    assert by_keyword.total == positional.total == on_date.total == Money("48000")
    assert by_keyword.parts == on_date.parts
    assert by_keyword == positional
    assert ctg.finance(charente, post, on=JUNE_30) == on_date


def test_period_form_over_part_of_a_year(charente: ctg.Rulebook) -> None:
    # A post at the ceiling over the first half of 2021 (181 days of 365).
    half = Period(date(2021, 1, 1), date(2021, 7, 1))
    r = ctg.finance(charente, ceiling_post("p", "1"), period=half)
    assert r.reference == half
    assert Money("0") < r.total < Money("38400")


def test_finance_needs_exactly_one_date_or_period(charente: ctg.Rulebook) -> None:
    post = ceiling_post("p", "1")
    with pytest.raises(TypeError, match="exactly one"):
        ctg.finance(charente, post)
    with pytest.raises(TypeError, match="exactly one"):
        ctg.finance(charente, post, JUNE_30, period=Period.calendar_year(2021))


# --- diff ------------------------------------------------------------------------------------


def test_diff_cej_to_national_is_1447_per_fte() -> None:
    cej = ctg.builtin_rulebook("cej")
    national = ctg.builtin_rulebook("national-2020")
    one = ceiling_post("p", "1")
    d = ctg.diff(ctg.finance(cej, one, JUNE_30), ctg.finance(national, one, JUNE_30))
    assert isinstance(d, FinancingDiff)
    assert (d.from_rulebook, d.to_rulebook) == ("cej", "national-2020")
    assert d.from_total == Money("22553") and d.to_total == Money("24000")
    assert d.delta == Money("1447.00")
    assert d.part_deltas == []
    department = ceiling_post("charente", "14.75")
    total = ctg.diff(
        from_=ctg.finance(cej, department, JUNE_30), to=ctg.finance(national, department, JUNE_30)
    )
    assert total.delta == Money("21343.25")
    assert eval(repr(total), vars(ctg)) == total


def test_diff_per_part(charente: ctg.Rulebook) -> None:
    low = ctg.finance(charente, PostInput(id="p", contracted_fte=1, expense="40000"), JUNE_30)
    high = ctg.finance(charente, ceiling_post("p", "1"), JUNE_30)
    d = ctg.diff(low, high)
    assert d.delta == Money("6400")  # 38,400 − 32,000
    assert [p.id for p in d.part_deltas] == ["bonus_territoire", "fonds_locaux"]
    assert sum((p.amount for p in d.part_deltas), Money()) == d.delta


# --- Bad input -------------------------------------------------------------------------------


def test_a_datetime_with_a_time_is_refused_where_a_date_is_expected(
    charente: ctg.Rulebook,
) -> None:
    post = ceiling_post("p", "1")
    with pytest.raises(TypeError, match=r"datetime\.datetime.*expected a datetime\.date"):
        ctg.finance(charente, post, datetime(2021, 6, 30, 12, 30))
    with pytest.raises(TypeError, match="datetime"):
        ctg.finance(charente, post, datetime(2021, 6, 30))  # even at midnight


def test_a_float_amount_or_fte_is_refused() -> None:
    with pytest.raises(TypeError, match="a float"):
        PostInput(id="p", contracted_fte=1, expense=38400.0)
    with pytest.raises(TypeError, match="ambiguous"):
        PostInput(id="p", contracted_fte=1, expense=38400)
    with pytest.raises(TypeError, match="a float"):
        PostInput(id="p", contracted_fte=0.75)
    with pytest.raises(ctg.InvalidValueError):
        PostInput(id="p", contracted_fte=1, expense="beaucoup")


def test_missing_expense_and_missing_parameter(charente: ctg.Rulebook) -> None:
    with pytest.raises(ctg.InvalidValueError) as info:
        ctg.finance(charente, PostInput(id="p", contracted_fte=1), JUNE_30)
    assert isinstance(info.value, ValueError) and info.value.details
    with pytest.raises(ctg.OutOfRangeError):
        ctg.finance(charente, ceiling_post("p", "1"), date(2019, 6, 30))


def test_step_kind_names() -> None:
    assert [ctg.to_string(k) for k in StepKind] == [
        "input",
        "parameter",
        "computation",
        "rounding",
        "split",
        "result",
        "note",
    ]


# --- The explanation of finance() on a date, built when first read ---------------------------


def test_the_explanation_is_built_from_the_inputs_of_the_call(tmp_path: pathlib.Path) -> None:
    # The result keeps the post and the rulebook (both immutable): dropping every other
    # reference to a loaded rulebook before `why` is read changes nothing.
    rulebook_file = tmp_path / "charente.json"
    rulebook_file.write_text(ctg.to_json(ctg.builtin_rulebook("charente-2021")), encoding="utf-8")
    rules = ctg.load_rulebook_file(rulebook_file)
    post = PostInput(id="ga", contracted_fte="2.5", expense="70000")
    lazy = ctg.finance(rules, post, JUNE_30)
    del rules, post
    gc.collect()
    steps = {s.id: s.value for s in lazy.why}
    assert steps["fte"] == "2.5" and steps["expense"] == "70000.00"
    assert lazy.why[-1].amount == lazy.total == Money("56000")  # 80 % of min(70,000, 120,000)


def test_a_result_is_the_same_before_and_after_its_explanation_is_read(
    charente: ctg.Rulebook,
) -> None:
    post = PostInput(id="ga", contracted_fte="2.5", expense="70000")
    read = ctg.finance(charente, post, JUNE_30)
    assert len(read.why) > 10
    fresh = [ctg.finance(charente, post, JUNE_30) for _ in range(4)]
    # Each way of showing a result builds the explanation first, and shows the same one.
    assert fresh[0] == read and read == fresh[1]
    assert hash(fresh[2]) == hash(read)
    assert fresh[3].to_json() == read.to_json()
    assert pickle.loads(pickle.dumps(ctg.finance(charente, post, JUNE_30))).why == read.why
    assert copy.deepcopy(ctg.finance(charente, post, JUNE_30)).why == read.why
    assert ctg.finance(charente, post, JUNE_30).why.to_text() == read.why.to_text()
    # A result built from its fields has the explanation it was given.
    assert (
        len(
            FinancingResult(
                rulebook_id="x", post_id="p", reference=read.reference, total=read.total
            ).why
        )
        == 0
    )
