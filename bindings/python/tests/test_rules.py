# SPDX-License-Identifier: MIT
"""ctg rules: dated parameters, formulas, built-in and JSON rulebooks, scenarios."""

from __future__ import annotations

import copy
import gc
import json
import pathlib
import pickle
from datetime import date
from decimal import Decimal

import pytest

import ctg
from ctg import (
    CeilingTarget,
    Evidence,
    Formula,
    FormulaKind,
    FundingPart,
    LocalizedText,
    Money,
    Parameter,
    ParameterOverride,
    ProrataBasis,
    Provenance,
    Rate,
    Rounding,
    Rulebook,
    Segment,
    Source,
    Unit,
)

JUNE_30 = date(2021, 6, 30)
CEILING = "coordination_ceiling_per_fte"


@pytest.fixture
def charente() -> Rulebook:
    return ctg.builtin_rulebook("charente-2021")


def value_on(rulebook: Rulebook, name: str, day: date = JUNE_30) -> Money | Rate:
    return rulebook.parameter(name).at(day).value


# --- Built-in rulebooks ---------------------------------------------------------------------


def test_builtin_ids() -> None:
    assert ctg.builtin_rulebook_ids() == ["cej", "charente-2021", "loire-cej-2015", "national-2020"]


@pytest.mark.parametrize(
    ("rulebook_id", "kind", "expected"),
    [
        (
            "national-2020",
            FormulaKind.flat_per_fte,
            {"coordination_amount_per_fte": Money("24000")},
        ),
        ("cej", FormulaKind.flat_per_fte, {"coordination_amount_per_fte": Money("22553")}),
        (
            "charente-2021",
            FormulaKind.share_of_expense,
            {
                CEILING: Money("48 000,00 €"),
                "coordination_rate": Rate.percent("80"),
                "part_bonus_territoire": Rate.percent("55"),
                "part_fonds_locaux": Rate.percent("25"),
            },
        ),
        (
            "loire-cej-2015",
            FormulaKind.share_of_expense,
            {CEILING: Money("48000"), "coordination_rate": Rate.percent("62.43")},
        ),
    ],
)
def test_builtin_values_on_30_june_2021(
    rulebook_id: str, kind: FormulaKind, expected: dict[str, Money | Rate]
) -> None:
    rulebook = ctg.builtin_rulebook(rulebook_id)
    assert rulebook.id == rulebook_id
    assert rulebook.rule.kind is kind
    assert rulebook.rounding_policy is Rounding.half_away_from_zero
    assert [p.name for p in rulebook] == sorted(expected)
    for name, value in expected.items():
        segment = rulebook.parameter(name).at(JUNE_30)
        assert segment.value == value
        assert type(segment.value) is type(value)
        # Read in a source, derived from sourced values, or a reading of one: never illustrative.
        assert segment.origin.kind in (
            Evidence.source_document,
            Evidence.public_source,
            Evidence.derived,
            Evidence.reading,
        )
        assert segment.origin.cited.document


def test_charente_rulebook_structure(charente: Rulebook) -> None:
    assert charente.label.text(ctg.Language.fr).startswith("Caf de la Charente")
    assert charente.label.en
    assert "80 %" in charente.description.fr
    rule = charente.rule
    assert rule.ceiling_per_fte == CEILING
    assert rule.ceiling_on is CeilingTarget.expense
    assert rule.prorata is ProrataBasis.days
    assert [p.id for p in rule.parts] == ["bonus_territoire", "fonds_locaux"]
    assert rule.parts[0].label.fr == "Bonus territoire"
    assert rule.parameter_names()[0] == "coordination_rate"
    assert len(charente) == 4
    assert "coordination_rate" in charente and "nope" not in charente
    assert charente.has_parameter(CEILING)
    rate = charente.parameter("coordination_rate")
    assert rate.unit is Unit.percent
    assert rate.coverage_text() == "[2020-01-01, …)"
    assert len(rate) == 1 and list(rate) == rate.segments
    segment = rate.segments[0]
    assert segment.start == date(2020, 1, 1) and segment.end is None
    assert JUNE_30 in segment
    assert segment.span_text() == "[2020-01-01, …)"
    assert rate.value_text(segment) == "80 %"
    assert "Charente" in segment.origin.cited.document


def test_unknown_rulebook_lists_the_known_ones() -> None:
    with pytest.raises(IndexError) as info:
        ctg.builtin_rulebook("gironde")
    assert isinstance(info.value, ctg.OutOfRangeError)
    assert "charente-2021" in str(info.value)
    assert info.value.detail is not None and info.value.detail.value == "gironde"


def test_date_outside_segments(charente: Rulebook) -> None:
    with pytest.raises(IndexError) as info:
        charente.parameter("coordination_rate").at(date(2019, 12, 31))
    message = str(info.value)
    assert "2019-12-31" in message and "[2020-01-01, …)" in message


def test_unknown_parameter(charente: Rulebook) -> None:
    with pytest.raises(IndexError, match="coordination_rate"):
        charente.parameter("taux")


def test_datetime_refused_by_at(charente: Rulebook) -> None:
    from datetime import datetime

    with pytest.raises(TypeError, match=r"\.date\(\)"):
        charente.parameter("coordination_rate").at(datetime(2021, 6, 30, 9, 30))


def test_references_keep_the_rulebook_alive() -> None:
    scenario = ctg.apply_scenario(ctg.builtin_rulebook("cej"), "x", {})
    segment = scenario.parameter("coordination_amount_per_fte").segments[0]
    parameters = list(scenario)
    del scenario
    gc.collect()
    assert segment.value == Money("22553")
    assert parameters[0].name == "coordination_amount_per_fte"


# --- Scenarios ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "overrides",
    [
        {CEILING: ("50000", date(2024, 1, 1))},
        {CEILING: (Money("50 000,00 €"), date(2024, 1, 1))},
        {CEILING: (Decimal("50000.00"), date(2024, 1, 1))},
        {CEILING: (50000, date(2024, 1, 1))},
        [f"{CEILING}=50000@2024-01-01"],
        f"{CEILING}=50000@2024-01-01",
        [ParameterOverride(CEILING, Money("50000"), from_date=date(2024, 1, 1))],
        [ctg.parse_override(f"{CEILING}=50000@2024-01-01")],
    ],
    ids=[
        "dict-str",
        "dict-money",
        "dict-decimal",
        "dict-int",
        "list-str",
        "str",
        "object",
        "parsed",
    ],
)
def test_scenario_ceiling_50000_from_2024(charente: Rulebook, overrides: object) -> None:
    raised = ctg.apply_scenario(charente, "plafond-50k", overrides)  # type: ignore[arg-type]
    assert raised.id == "charente-2021+plafond-50k"
    ceiling = raised.parameter(CEILING)
    assert ceiling.at(date(2023, 12, 31)).value == Money("48000")
    assert ceiling.at(date(2024, 1, 1)).value == Money("50000")
    new = ceiling.at(date(2024, 6, 30))
    assert new.origin.kind is Evidence.scenario
    assert "plafond-50k" in new.origin.cited.document
    assert [s.end for s in ceiling.segments] == [date(2024, 1, 1), None]
    # The base is untouched.
    assert value_on(charente, CEILING, date(2024, 6, 30)) == Money("48000")
    assert raised != charente


def test_scenario_of_a_rate_and_whole_timeline(charente: Rulebook) -> None:
    raised = ctg.apply_scenario(
        charente,
        "taux",
        {"coordination_rate": Rate.percent("90"), "part_fonds_locaux": "35"},
    )
    assert value_on(raised, "coordination_rate") == Rate.percent("90")
    assert value_on(raised, "part_fonds_locaux") == Rate.percent("35")
    assert len(raised.parameter("coordination_rate")) == 1


def test_scenario_reports_every_bad_override(charente: Rulebook) -> None:
    with pytest.raises(ctg.ValidationError) as info:
        ctg.apply_scenario(
            charente,
            "bad",
            ["nope=1", "coordination_rate=abc", f"{CEILING}=1@2010-01-01"],
        )
    error = info.value
    assert isinstance(error, ValueError)
    assert [d.field for d in error.details] == [
        "overrides[0].parameter",
        "overrides[1].value",
        "overrides[2].from",
    ]
    assert "3 error(s)" in str(error)


def test_scenario_rejected_by_the_rulebook(charente: Rulebook) -> None:
    with pytest.raises(ctg.ValidationError, match="adding up to the rate"):
        ctg.apply_scenario(charente, "parts", {"part_fonds_locaux": "30"})


def test_parameter_override() -> None:
    override = ctg.parse_override(f"{CEILING}=50000@2024-01-01")
    assert override == ParameterOverride(CEILING, "50000", from_date=date(2024, 1, 1))
    assert (override.parameter, override.value, override.from_date) == (
        CEILING,
        "50000",
        date(2024, 1, 1),
    )
    assert str(override) == f"{CEILING}=50000@2024-01-01"
    assert ctg.parse_override(str(override)) == override
    namespace = {**vars(ctg), "datetime": __import__("datetime")}
    assert eval(repr(override), namespace) == override
    assert ParameterOverride("r", Rate.share("0.8")).value == "80 %"
    assert ParameterOverride("m", Money("1.5")).value == "1.50"
    assert ParameterOverride("m", Decimal("1.50")).value == "1.5"
    assert ParameterOverride("m", 7).from_date is None
    with pytest.raises(TypeError, match="float"):
        ParameterOverride("m", 1.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="="):
        ctg.parse_override("no-equals-sign")
    triple = ("1", date(2024, 1, 1), "?")
    cej = ctg.builtin_rulebook("cej")
    with pytest.raises(TypeError, match="from_date"):
        ctg.apply_scenario(cej, "x", {"a": triple})  # type: ignore[arg-type]


# --- JSON and files -------------------------------------------------------------------------


@pytest.mark.parametrize("rulebook_id", ctg.builtin_rulebook_ids())
def test_json_round_trip(rulebook_id: str) -> None:
    rulebook = ctg.builtin_rulebook(rulebook_id)
    text = ctg.to_json(rulebook)
    assert json.loads(text)["id"] == rulebook_id
    again = ctg.load_rulebook_json(text)
    assert again == rulebook
    assert hash(again) == hash(rulebook)
    assert again is not rulebook


def test_load_file(tmp_path: pathlib.Path, charente: Rulebook) -> None:
    path = tmp_path / "charente.json"
    path.write_text(ctg.to_json(charente), encoding="utf-8")
    assert ctg.load_rulebook_file(path) == charente
    assert ctg.load_rulebook_file(str(path)) == charente
    with pytest.raises(FileNotFoundError) as info:
        ctg.load_rulebook_file(tmp_path / "missing.json")
    assert info.value.filename == str(tmp_path / "missing.json")


def test_invalid_json_reports_every_error(charente: Rulebook) -> None:
    document = json.loads(ctg.to_json(charente))
    document["parameters"]["coordination_rate"]["segments"][0]["value"] = "eighty"
    document["parameters"][CEILING]["segments"][0]["start"] = "2020-13-01"
    document["rounding"] = "nearest"
    with pytest.raises(ctg.ValidationError) as info:
        ctg.load_rulebook_json(json.dumps(document), origin="mine.json")
    fields = [d.field for d in info.value.details]
    assert len(fields) == 3
    assert any("coordination_rate" in f and f.endswith("value") for f in fields)
    assert any(CEILING in f and f.endswith("start") for f in fields)
    assert "rounding" in fields
    assert "mine.json" in str(info.value)
    with pytest.raises(ValueError):
        ctg.load_rulebook_json("{not json")


# --- Building rulebooks in Python -----------------------------------------------------------


def flat_rulebook(amount: Money) -> Rulebook:
    cited = Provenance(Evidence.illustrative, Source("test"))
    parameter = Parameter(
        name="amount_per_fte",
        unit=Unit.eur_per_fte,
        label=LocalizedText("Montant par ETP", "Amount per FTE"),
        segments=[
            Segment(date(2020, 1, 1), date(2022, 1, 1), Money("20000"), cited),
            Segment(start=date(2022, 1, 1), end=None, value=amount, origin=cited),
        ],
    )
    return Rulebook(
        id="test",
        label=LocalizedText("Test"),
        description=LocalizedText("Règle de test"),
        rounding_policy=Rounding.half_even,
        rule=Formula(FormulaKind.flat_per_fte, amount_per_fte="amount_per_fte"),
        parameters=[parameter],
    )


def test_build_in_python_and_round_trip() -> None:
    rulebook = flat_rulebook(Money("24000"))
    assert rulebook.parameter("amount_per_fte").at(date(2023, 1, 1)).value == Money("24000")
    assert ctg.load_rulebook_json(ctg.to_json(rulebook)) == rulebook
    assert rulebook != flat_rulebook(Money("25000"))


def test_build_errors() -> None:
    with pytest.raises(ctg.ValidationError):
        amount = Segment(date(2020, 1, 1), None, Money("1"))
        Parameter("p", Unit.percent, LocalizedText("p"), [amount])
    with pytest.raises(ctg.ValidationError, match="missing"):
        Rulebook(
            "bad",
            LocalizedText("bad"),
            LocalizedText(""),
            Rounding.half_even,
            Formula(FormulaKind.flat_per_fte, amount_per_fte="missing"),
            [],
        )
    with pytest.raises(TypeError, match="Money"):
        Segment(date(2020, 1, 1), None, "48000")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="float"):
        Segment(date(2020, 1, 1), None, 0.8)  # type: ignore[arg-type]


def test_value_objects() -> None:
    part = FundingPart("bonus", LocalizedText("Bonus"), "part_bonus")
    formula = Formula(
        kind=FormulaKind.share_of_expense,
        rate="rate",
        ceiling_per_fte="ceiling",
        ceiling_on=CeilingTarget.aid,
        prorata=ProrataBasis.whole_months,
        parts=[part],
    )
    assert formula.amount_per_fte == ""
    assert formula.parts == [part]
    assert formula.parameter_names() == ["rate", "ceiling", "part_bonus"]
    namespace = vars(ctg)
    for value in (part, formula):
        assert eval(repr(value), namespace) == value
        assert pickle.loads(pickle.dumps(value)) == value
        assert hash(copy.deepcopy(value)) == hash(value)
    assert Formula(FormulaKind.flat_per_fte).ceiling_per_fte is None


@pytest.mark.parametrize("rulebook_id", ctg.builtin_rulebook_ids())
def test_pickle_rulebooks_and_parts(rulebook_id: str) -> None:
    rulebook = ctg.builtin_rulebook(rulebook_id)
    assert pickle.loads(pickle.dumps(rulebook)) == rulebook
    for parameter in rulebook:
        assert pickle.loads(pickle.dumps(parameter)) == parameter
        assert hash(parameter) == hash(copy.copy(parameter))
        for segment in parameter:
            assert pickle.loads(pickle.dumps(segment)) == segment


def test_identifiers() -> None:
    assert ctg.parse_unit("eur_per_fte") is Unit.eur_per_fte
    assert ctg.to_string(Unit.share) == "share"
    assert ctg.parse_formula_kind("share_of_expense") is FormulaKind.share_of_expense
    assert ctg.to_string(FormulaKind.flat_per_fte) == "flat_per_fte"
    assert ctg.parse_ceiling_target("aid") is CeilingTarget.aid
    assert ctg.to_string(CeilingTarget.expense) == "expense"
    with pytest.raises(ValueError, match=r"^formula.kind: got"):
        ctg.parse_formula_kind("flat")
