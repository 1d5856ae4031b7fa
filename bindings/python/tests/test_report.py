# SPDX-License-Identifier: MIT
"""The department report (`ctg.report`, `ctg report`): figures, formats, schema.

Golden figures of the embedded Charente dataset come from the source document (Caf de la
Charente, 30 June 2021: 14.75 contracted ETP, 24,000 € flat rate, 22,553 € CEJ average, 80 %
within 48,000 € split 55 % + 25 %) and the public populations; the financing of the declared
expenses is recomputed here from the dataset with `decimal.Decimal` as the reference.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

import jsonschema
import pytest

import ctg
from ctg.report import REPORT_FORMAT, build_report
from golden_deux_sevres import GOLDEN

ROOT = Path(__file__).resolve().parents[3]
SCHEMA = json.loads((ROOT / "docs" / "schemas" / "report.schema.json").read_text())
ON = datetime.date(2021, 6, 30)
# The grids of 2021 are filled from 18 January 2022: the first report date that reads them.
EVALUATED_ON = datetime.date(2022, 6, 30)
ORDER = ["national-2020", "cej", "charente-2021", "loire-cej-2015"]
NNBSP, NBSP = "\u202f", "\u00a0"


def charente(
    language: ctg.Language = ctg.Language.fr,
    rulebooks: list[str] = ORDER,
    on: datetime.date = ON,
    **kwargs: object,
) -> ctg.report.Report:
    return build_report(
        ctg.builtin_dataset("charente-2021"),
        on=on,
        rulebooks=[ctg.builtin_rulebook(i) for i in rulebooks],
        language=language,
        **kwargs,
    )


@pytest.fixture(scope="module")
def report() -> ctg.report.Report:
    return charente()


@pytest.fixture(scope="module")
def data(report: ctg.report.Report) -> dict:
    return json.loads(report.to_json())


@pytest.fixture(scope="module")
def evaluated() -> ctg.report.Report:
    return charente(on=EVALUATED_ON)


def cents(text: str) -> Decimal:
    return Decimal(text).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# --- JSON: format and schema ----------------------------------------------------------------


def test_json_is_the_versioned_format_and_matches_its_schema(data: dict) -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.validate(data, SCHEMA, cls=jsonschema.Draft202012Validator)
    assert data["format"] == REPORT_FORMAT == "ctg.report/1"
    assert data["generator"] == {"name": "ctg", "version": ctg.__version__}
    assert data["on"] == "2021-06-30"
    assert data["language"] == "fr"


def test_json_holds_no_float_anywhere(report: ctg.report.Report) -> None:
    def walk(value: object) -> None:
        assert not isinstance(value, float), value
        if isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(json.loads(report.to_json(), parse_float=lambda text: float(text)))


def test_english_report_matches_the_schema_too() -> None:
    data = json.loads(charente(ctg.Language.en).to_json())
    jsonschema.validate(data, SCHEMA, cls=jsonschema.Draft202012Validator)
    assert data["language"] == "en"


# --- Golden figures of the source document --------------------------------------------------


def test_overview_coverage_and_volume(data: dict) -> None:
    coverage = data["coverage"]
    # Millésime 2018, in force in 2021 (data/epci.json of @etalab/decoupage-administratif 1.1.1).
    assert (coverage["covered"], coverage["population"]) == (351_778, 351_778)
    assert coverage["percent"] == "100.00"
    assert coverage["cog_target_percent"] == "75"
    assert coverage["gap_points"] == "25.00" and coverage["meets_target"] is True
    assert [t["target_percent"] for t in coverage["trajectory"]] == ["20", "35", "55", "75", "85"]
    volume = data["volume"]
    assert volume["total_fte"] == "14.75"
    # 351,778 / 14.75 = 1,407,112 / 59 = 23,849.36…
    assert volume["inhabitants_per_fte"] == {"fraction": "1407112/59", "value": "23849.36"}
    spread = volume["spread"]
    assert (spread["min"]["name"], spread["min"]["inhabitants_per_fte"]["value"]) == (
        "CC Lavalette Tude Dronne",
        "11871.33",
    )  # 17,807 / 1.5
    assert (spread["max"]["name"], spread["max"]["inhabitants_per_fte"]["value"]) == (
        "CA du Grand Angoulême",
        "56710.40",
    )  # 141,776 / 2.5
    assert spread["max_over_min"]["value"] == "4.78"  # 425,328 / 89,035
    assert len(volume["epcis"]) == 9
    assert sum(Decimal(e["contracted_fte"]) for e in volume["epcis"]) == Decimal("14.75")


def test_comparison_of_the_rulebooks_at_the_ceiling(data: dict) -> None:
    fte = Decimal("14.75")
    totals = data["comparison"]["totals"]
    assert data["comparison"]["rulebooks"] == ORDER
    assert Decimal(totals["national-2020"]["total"]) == 24_000 * fte == Decimal("354000.00")
    assert Decimal(totals["cej"]["total"]) == cents(str(22_553 * fte)) == Decimal("332656.75")
    assert Decimal(totals["charente-2021"]["total"]) == Decimal("0.80") * 48_000 * fte
    assert totals["charente-2021"]["parts"] == {
        "bonus_territoire": "389400.00",
        "fonds_locaux": "177000.00",
    }
    assert Decimal(totals["loire-cej-2015"]["total"]) == Decimal("0.6243") * 48_000 * fte
    # Each EPCI row adds up to the total, rulebook by rulebook.
    for rulebook in ORDER:
        assert sum(
            Decimal(e["totals"][rulebook]) for e in data["comparison"]["by_epci"]
        ) == Decimal(totals[rulebook]["total"])


def test_gain_of_the_cej_to_ctg_switch(data: dict) -> None:
    gains = {g["to"]: g for g in data["comparison"]["gains"]}
    assert set(gains) == {"national-2020", "charente-2021", "loire-cej-2015"}
    national = gains["national-2020"]
    assert national["from"] == "cej"
    assert national["per_fte"] == "1447.00"  # 24,000 − 22,553
    assert national["total"] == "21343.25"  # 1,447 × 14.75
    assert all(e["per_fte"] == "1447.00" for e in national["by_epci"])


def test_detailed_financing_at_the_ceiling_with_its_parts(data: dict) -> None:
    financing = data["financing"]
    assert financing["rulebook"] == "charente-2021"  # named after the department
    maximum = financing["maximum"]
    assert maximum["basis"] == "at_ceiling"
    assert maximum["total"]["total"] == "566400.00"
    assert maximum["total"]["parts"] == {
        "bonus_territoire": "389400.00",
        "fonds_locaux": "177000.00",
    }
    angouleme = next(e for e in maximum["by_epci"] if e["id"] == "200071827")
    assert (angouleme["contracted_fte"], angouleme["total"]) == (
        "2.5",
        "96000.00",
    )  # 80 % × 48,000 × 2.5
    assert angouleme["parts"] == {"bonus_territoire": "66000.00", "fonds_locaux": "30000.00"}


def _held_fte_years_2021(post: ctg.CoordinationPost, on: datetime.date) -> Fraction:
    """Reference: Σ share × days in post in 2021 / 365, coordinators as known on `on` (one who
    starts later is unknown; one whose departure comes later counts to 31 December). Every
    Charente term covers 2021 whole."""
    year_end = datetime.date(2022, 1, 1)
    held = Fraction(0)
    for c in post.coordinators:
        if c.start > on:
            continue
        end = c.end if c.end is not None and c.end <= on else year_end
        start = max(c.start, datetime.date(2021, 1, 1))
        if start < end:
            held += Fraction(str(c.fte.to_decimal())) * (min(end, year_end) - start).days / 365
    return held


def _round_cents(value: Fraction) -> Decimal:
    return cents(str(Decimal(value.numerator) / Decimal(value.denominator)))


def test_declared_financing_recomputed_from_the_dataset(data: dict) -> None:
    """80 % of min(expense, 48,000 € × ETP-years in post), rounded once, split 55/80 and 25/80
    by largest remainder, post by post: the rulebook pays the ETP in post."""
    dataset = ctg.builtin_dataset("charente-2021")
    declared = data["financing"]["declared"]
    assert (declared["basis"], declared["fte_paid"]) == ("declared", "in_post")
    expected_total = Decimal(0)
    for post in declared["posts"]:
        source = dataset.find_post(post["post_id"])
        expense = next((e.amount.to_decimal() for e in source.expenses if e.year == 2021), None)
        if expense is None:
            assert post["status"] == "missing_expense" and post["total"] == "0.00"
            continue
        held = _held_fte_years_2021(source, datetime.date(2021, 6, 30))
        assert post["held_fte_years"]["fraction"] == str(held)
        exact = Fraction(4, 5) * min(Fraction(str(expense)), 48_000 * held)
        aid = _round_cents(exact)
        aid_cents = int(aid * 100)
        bonus_cents, bonus_rest = divmod(aid_cents * 55, 80)
        local_cents, local_rest = divmod(aid_cents * 25, 80)
        if bonus_cents + local_cents < aid_cents:  # the missing cent: larger remainder, ties first
            if bonus_rest >= local_rest:
                bonus_cents += 1
            else:
                local_cents += 1
        assert (post["declared_expense"], post["total"]) == (f"{expense:.2f}", f"{aid:.2f}")
        assert post["parts"] == {
            "bonus_territoire": f"{Decimal(bonus_cents) / 100:.2f}",
            "fonds_locaux": f"{Decimal(local_cents) / 100:.2f}",
        }
        expected_total += aid
    assert Decimal(declared["total"]["total"]) == expected_total
    total_parts = declared["total"]["parts"]
    assert (
        Decimal(total_parts["bonus_territoire"]) + Decimal(total_parts["fonds_locaux"])
        == expected_total
    )


def test_deadlines_and_evaluation_roll_up(data: dict) -> None:
    deadlines = data["deadlines"]
    # From 30 June, a month end, the window ends on a month end: 31 December 2022, the last day
    # of four terms as known on 30 June 2021 (the prolongations of 4B and Grand Angoulême are
    # signed in late 2022); Charente Limousine's ends 31 March 2023.
    assert (deadlines["months"], deadlines["horizon"]) == (18, "2022-12-31")
    assert [c["convention_id"] for c in deadlines["upcoming"]] == [
        "ctg-4b-sud-charente",
        "ctg-coeur-de-charente",
        "ctg-grand-angouleme",
        "ctg-rouillacais",
    ]
    assert deadlines["upcoming"][0]["days_remaining"] == 549  # 184 days of 2021 + 365
    assert deadlines["next_after_horizon"]["convention_id"] == "ctg-charente-limousine"
    assert deadlines["next_after_horizon"]["last_day"] == "2023-03-31"


def test_an_evaluation_is_read_once_filled(data: dict, evaluated: ctg.report.Report) -> None:
    """On 30 June 2021 the 13 grids (2021 and 2022) are not filled yet: no roll-up, and the
    report says when the first is known. On 30 June 2022 the nine grids of 2021 are read; the
    four of 2022 (filled from 19 January 2023) are not."""
    assert data["evaluation"] is None
    assert data["evaluations_pending"] == {"count": 13, "first_known_on": "2022-01-18"}
    later = json.loads(evaluated.to_json())
    jsonschema.validate(later, SCHEMA, cls=jsonschema.Draft202012Validator)
    assert later["evaluations_pending"] == {"count": 4, "first_known_on": "2023-01-19"}
    evaluation = later["evaluation"]
    assert (evaluation["year"], evaluation["years"]) == (2021, [2021])
    department = evaluation["department"]
    # 312 achieved cells of 617 counted; 755 of 774 cells answered (13 evaluations' answers).
    assert department["overall"] == {"part": 312, "whole": 617, "percent": "50.6"}
    assert department["completeness"] == {"part": 755, "whole": 774, "percent": "97.5"}
    assert [s["id"] for s in evaluation["sections"]] == ["1", "2", "3", "4", "5"]
    assert len(evaluation["rows"]) == 9


def test_every_parameter_read_is_cited(data: dict) -> None:
    parameters = data["sources"]["parameters"]
    names = {(p["rulebook"], p["name"]) for p in parameters}
    assert ("charente-2021", "coordination_ceiling_per_fte") in names
    assert ("national-2020", "coordination_amount_per_fte") in names
    assert all(p["document"] for p in parameters)
    ceiling = next(
        p
        for p in parameters
        if p["name"] == "coordination_ceiling_per_fte" and p["rulebook"] == "charente-2021"
    )
    # A reading of « dans la limite d'un plafond de 48 000 € » (no unit in the source).
    assert (ceiling["value"], ceiling["evidence"]) == ("48000.00", "reading")
    assert "par poste" in ceiling["alternative"] and ceiling["marks"] == ["reading"]
    kinds = {s["what"]: s for s in data["sources"]["data"]}
    assert kinds["contracted_fte"]["evidence"] == "source document"
    assert len(kinds["contracted_fte"]["subjects"]) == 9


# --- Options ------------------------------------------------------------------------------


def test_detail_names_the_rulebook_of_the_financing_section() -> None:
    data = charente(detail="national-2020").data
    assert data["financing"]["rulebook"] == "national-2020"
    assert data["financing"]["maximum"]["total"]["total"] == "354000.00"
    assert [r["detailed"] for r in data["rulebooks"]] == [True, False, False, False]


def test_without_cej_there_is_no_gain_and_a_single_rulebook_is_enough() -> None:
    data = charente(rulebooks=["national-2020"]).data
    assert data["comparison"]["gains"] == []
    assert data["financing"]["rulebook"] == "national-2020"


def test_bad_rulebook_lists_are_refused() -> None:
    with pytest.raises(ctg.InvalidValueError, match="rulebooks") as empty:
        charente(rulebooks=[])
    assert empty.value.detail is not None and empty.value.detail.code == "report.rulebooks.empty"
    with pytest.raises(ctg.InvalidValueError, match="each rulebook once") as twice:
        charente(rulebooks=["cej", "cej"])
    assert twice.value.detail is not None
    assert twice.value.detail.code == "report.rulebooks.repeated"
    with pytest.raises(ctg.InvalidValueError, match='detail: got "loire-cej-2015"') as unknown:
        charente(rulebooks=["cej"], detail="loire-cej-2015")
    assert unknown.value.detail is not None
    assert unknown.value.detail.code == "report.rulebook.unknown"
    assert unknown.value.detail.params == {"known": "cej"}


def test_the_detailed_rulebook_is_the_dataset_field_by_default() -> None:
    charente_ = ctg.builtin_dataset("charente-2021")
    assert charente_.rulebook_id == "charente-2021" and charente_.grid_id == "charente-2021"
    report = charente()
    assert report.data["financing"]["rulebook"] == "charente-2021"
    assert report.parts.detail.id == "charente-2021"
    # The library's report behind the dict: its figures are the dict's.
    r = report.parts.report
    assert isinstance(r, ctg.DepartmentReport)
    assert r.financing.rulebook_id == "charente-2021"
    assert r.evaluation is None and r.evaluations_pending.count == 13
    assert charente(on=EVALUATED_ON).parts.report.evaluation.rollup.department_overall == (
        ctg.Share(part=312, whole=617)
    )
    # Without the field, the first rulebook; the field naming a rulebook not compared, too.
    document = json.loads(ctg.to_json(charente_))
    del document["rulebook"]
    without = ctg.load_dataset_json(json.dumps(document))
    assert without.rulebook_id == ""
    assert (
        ctg.default_detailed_rulebook(without, [ctg.builtin_rulebook(i) for i in ORDER])
        == "national-2020"
    )
    data = build_report(without, on=ON, rulebooks=[ctg.builtin_rulebook(i) for i in ORDER]).data
    assert data["financing"]["rulebook"] == "national-2020"
    assert data["financing"]["maximum"]["total"]["total"] == "354000.00"
    data = charente(rulebooks=["national-2020", "cej"]).data
    assert data["financing"]["rulebook"] == "national-2020"


def test_the_report_grid_is_a_built_in_one() -> None:
    document = json.loads(ctg.to_json(ctg.builtin_dataset("charente-2021")))
    document["grid"] = "gironde-2030"
    with pytest.raises(ctg.ValidationError, match='grid: got "gironde-2030"'):
        ctg.load_dataset_json(json.dumps(document))


# --- Markdown and CSV -----------------------------------------------------------------------


def test_markdown_in_french_carries_the_figures_and_their_marks(report: ctg.report.Report) -> None:
    md = report.to_markdown()
    assert md.startswith("# Les CTG en Charente (16) au 30 juin 2021\n")
    for heading in (
        "## 1. Couverture",
        "## 2. Volume",
        "## 3. Financement 2021 selon",
        "## 4. Comparaison",
        "## 5. Échéances",
        "## 6. Évaluation",
        "## 7. Sources",
        "## 8. Provenance",
    ):
        assert f"\n{heading}" in md
    assert "| **Total Charente**" in md
    # The formatter's French typography: U+202F between thousands, U+00A0 before € and %.
    assert f"354{NNBSP}000,00{NBSP}€" in md and f"566{NNBSP}400,00{NBSP}€" in md
    assert f"389{NNBSP}400,00{NBSP}€" in md
    assert (
        f"Écart `cej` → `national-2020` : 1{NNBSP}447,00{NBSP}€ par ETP-année financé, "
        f"21{NNBSP}343,25{NBSP}€ pour 14,75 ETP sur l'année, soit 14,75 ETP-années"
    ) in md
    # No grid is filled on 30 June 2021: the section says so and when the first one is.
    assert "| **Département** (cases cumulées)" not in md
    assert (
        "Aucune évaluation annuelle n'est connue à cette date.\n\n"
        "Évaluations remplies après cette date, donc pas encore connues et non lues ici : 13 "
        "(la première le 18/01/2022)."
    ) in md
    later = charente(on=EVALUATED_ON).to_markdown()
    assert "| **Département** (cases cumulées)" in later and f"50,6{NBSP}%" in later
    assert "(la première le 19/01/2023)" in later


def test_markdown_in_english() -> None:
    md = charente(ctg.Language.en).to_markdown()
    assert md.startswith("# CTGs in Charente (16) on 30 June 2021\n")
    assert (
        "Difference `cej` → `national-2020`: €1,447.00 per FTE-year financed, €21,343.25 for "
        "14.75 FTE over the year, i.e. 14.75 FTE-years"
    ) in md
    assert "Couverture" not in md


def test_csv_tables_read_back_to_the_json_figures(report: ctg.report.Report, data: dict) -> None:
    tables = report.csv_tables()
    assert list(tables) == list(ctg.report._csv.TABLES)
    comparison = list(csv.DictReader(io.StringIO(tables["comparison"])))
    total = comparison[-1]
    assert total["epci"] == "total"
    assert {r: total[r] for r in ORDER} == {
        r: data["comparison"]["totals"][r]["total"] for r in ORDER
    }
    maximum = list(csv.DictReader(io.StringIO(tables["financing_maximum"])))
    assert (maximum[-1]["total"], maximum[-1]["bonus_territoire"], maximum[-1]["fonds_locaux"]) == (
        "566400.00",
        "389400.00",
        "177000.00",
    )
    volume = list(csv.DictReader(io.StringIO(tables["volume"])))
    assert volume[-1]["inhabitants_per_fte"] == "23849.36"
    assert list(csv.DictReader(io.StringIO(tables["evaluation"]))) == []
    later = charente(on=EVALUATED_ON).csv_tables()
    evaluation = list(csv.DictReader(io.StringIO(later["evaluation"])))
    assert (evaluation[-1]["overall_achieved"], evaluation[-1]["overall_counted"]) == ("312", "617")
    assert tables["coverage"].endswith("\r\n")  # RFC 4180 line ends


# --- Second dataset: Deux-Sèvres 2022 (part-year post, expenses under and over the ceiling) ---


DEUX_SEVRES = Path(__file__).resolve().parent / "data" / "deux-sevres-2022.json"


@pytest.fixture(scope="module")
def deux_sevres() -> dict:
    report = build_report(
        ctg.load_dataset_file(DEUX_SEVRES),
        on=datetime.date.fromisoformat(GOLDEN["on"]),
        rulebooks=[ctg.builtin_rulebook(i) for i in ORDER],
    )
    data = json.loads(report.to_json())
    jsonschema.validate(data, SCHEMA, cls=jsonschema.Draft202012Validator)
    return data


def test_deux_sevres_overview(deux_sevres: dict) -> None:
    golden = GOLDEN["coverage"]
    coverage = deux_sevres["coverage"]
    assert (coverage["covered"], coverage["population"]) == (golden["covered"], golden["total"])
    assert coverage["share"]["fraction"] == golden["share_fraction"]
    assert coverage["percent"] == golden["percent_2dp"]
    assert coverage["gap_points"] == golden["gap_points_2dp"]
    assert {e["siren"]: e["status"] for e in coverage["epcis"]} == {
        siren: e["status"] for siren, e in golden["by_epci"].items()
    }
    # The report's volume is that of its date: the posts of the CTGs in force on 2022-06-30
    # (Haut Val de Sèvre's starts on 2022-10-03), as coverage and financing count them.
    volume, gv = deux_sevres["volume"], GOLDEN["volume"]["on"]
    assert volume["total_fte"] == gv["total_fte"]
    assert volume["inhabitants_per_fte"] == {
        "fraction": gv["inhabitants_per_fte_fraction"],
        "value": gv["inhabitants_per_fte_2dp"],
    }
    spread = volume["spread"]
    assert spread["min"]["inhabitants_per_fte"]["value"] == gv["spread"]["min"]["value_2dp"]
    assert spread["max"]["inhabitants_per_fte"]["value"] == gv["spread"]["max"]["value_2dp"]
    assert spread["max_over_min"]["value"] == gv["spread"]["max_over_min_2dp"]
    assert spread["standard_deviation"] == gv["spread"]["standard_deviation_2dp"]
    assert (
        spread["coefficient_of_variation_percent"]
        == gv["spread"]["coefficient_of_variation_percent_2dp"]
    )


def test_deux_sevres_financing_of_the_department_rule(deux_sevres: dict) -> None:
    # The Deux-Sèvres dataset names no rulebook of its own: the first one is detailed… unless
    # named.
    assert deux_sevres["financing"]["rulebook"] == "national-2020"
    data = build_report(
        ctg.load_dataset_file(DEUX_SEVRES),
        on=datetime.date.fromisoformat(GOLDEN["on"]),
        rulebooks=[ctg.builtin_rulebook(i) for i in ORDER],
        detail="charente-2021",
    ).data
    # The maximum on the contracted ETP (the source document's computation); the declared
    # expenses on the ETP in post (the rulebook's choice), coordinators known on 30 June 2022.
    for basis, golden in (
        ("maximum", GOLDEN["maximum"]["charente-2021"]),
        ("declared", GOLDEN["in_post_on_date"]["declared"]["charente-2021"]),
    ):
        portfolio = data["financing"][basis]
        assert portfolio["total"]["total"] == golden["total"]
        assert portfolio["total"]["parts"] == golden["parts"]
        assert {p["post_id"]: p["total"] for p in portfolio["posts"]} == {
            **golden["by_post"],
            **({"post-bocage-bressuirais": "0.00"} if basis == "declared" else {}),
        }
        assert {e["id"]: e["total"] for e in portfolio["by_epci"]} == golden["by_epci"]
        assert {e["id"]: e["parts"] for e in portfolio["by_epci"]} == golden["parts_by_epci"]
    declared = data["financing"]["declared"]
    golden_declared = GOLDEN["in_post_on_date"]["declared"]["charente-2021"]
    assert declared["missing_expense"] == golden_declared["missing"]
    assert declared["total"]["financed"] == golden_declared["financed"]
    haut_val = next(p for p in declared["posts"] if p["post_id"] == "post-haut-val-de-sevre")
    activity = GOLDEN["activity_2022"]["post-haut-val-de-sevre"]
    assert haut_val["active"]["start"] == activity["start"]  # part of the year: 90/365


def test_deux_sevres_comparison_and_gain(deux_sevres: dict) -> None:
    totals = deux_sevres["comparison"]["totals"]
    for rulebook in ORDER:
        assert totals[rulebook]["total"] == GOLDEN["maximum"][rulebook]["total"]
        assert {
            e["siren"]: e["totals"][rulebook] for e in deux_sevres["comparison"]["by_epci"]
        } == GOLDEN["maximum"][rulebook]["by_epci"]
    gain = next(g for g in deux_sevres["comparison"]["gains"] if g["to"] == "national-2020")
    golden = GOLDEN["gain_cej_to_national"]
    assert (gain["total"], gain["per_fte"]) == (golden["total"], golden["per_fte"])
    assert {
        e["siren"]: {"delta": e["delta"], "per_fte": e["per_fte"]} for e in gain["by_epci"]
    } == golden["by_epci"]


def test_deux_sevres_deadlines_and_evaluations(deux_sevres: dict) -> None:
    golden = GOLDEN["deadlines_18_months"]
    deadlines = deux_sevres["deadlines"]
    assert deadlines["horizon"] == golden["horizon"]
    assert [c["convention_id"] for c in deadlines["upcoming"]] == golden["upcoming"]
    assert [c["convention_id"] for c in deadlines["prolonged"]] == golden["prolonged"]
    niortais = deadlines["upcoming"][0]
    expected = golden["details"]["ctg-niortais"]
    assert (niortais["last_day"], niortais["bilan_due"], niortais["days_remaining"]) == (
        expected["last_day"],
        expected["bilan_due"],
        expected["days_remaining"],
    )
    assert deadlines["next_after_horizon"]["convention_id"] == golden["next_after_horizon"]["id"]
    # Its two grids of 2022 are filled on 24 January and 7 February 2023: not read on 30 June
    # 2022, read on 30 June 2023.
    assert deux_sevres["evaluation"] is None
    assert deux_sevres["evaluations_pending"] == {"count": 2, "first_known_on": "2023-01-24"}
    later = build_report(
        ctg.load_dataset_file(DEUX_SEVRES),
        on=datetime.date(2023, 6, 30),
        rulebooks=[ctg.builtin_rulebook(i) for i in ORDER],
    )
    evaluation = json.loads(later.to_json())["evaluation"]
    ge = GOLDEN["evaluations_2022"]
    assert evaluation["year"] == 2022
    department = evaluation["department"]
    assert [f"{s['part']}/{s['whole']}" for s in department["sections"]] == ge[
        "department_achieved"
    ]
    assert (
        f"{department['overall']['part']}/{department['overall']['whole']}"
        == ge["department_overall"]
    )


def test_a_year_without_declared_expenses_keeps_every_other_section() -> None:
    """charente-2021 declares expenses for 2021 and 2022 only: on 2024-06-30 the declared
    financing is absent (and said so), the maximum at the ceiling is still there."""
    report = build_report(
        ctg.builtin_dataset("charente-2021"),
        on=datetime.date(2024, 6, 30),
        rulebooks=[ctg.builtin_rulebook(i) for i in ORDER],
    )
    data = json.loads(report.to_json())
    jsonschema.validate(data, SCHEMA, cls=jsonschema.Draft202012Validator)
    financing = data["financing"]
    assert financing["declared"] is None
    assert financing["declared_years"] == [2021, 2022]
    assert financing["declared_unavailable"]["field"] == "year"
    assert financing["declared_unavailable"]["value"] == "2024"
    assert financing["maximum"]["total"]["total"] != "0.00"
    assert "Aucun poste ne déclare de dépense pour 2024" in report.to_markdown()
    assert "Aucun poste ne déclare de dépense pour 2024" in report.to_html()
    assert report.csv_tables()["financing_declared"].count("\r\n") == 1  # header only


def test_module_docstring_example() -> None:
    import doctest

    result = doctest.testmod(ctg.report)
    assert result.attempted > 0 and result.failed == 0


def test_the_comparison_says_which_rule_is_a_maximum() -> None:
    # cej and national-2020 are flat rates per ETP; charente-2021 a share of the expense, here
    # at the ceiling: the gain cej → charente-2021 sets a maximum against a flat rate, and the
    # report says so; cej → national-2020 compares two flat rates and needs no note.
    own = ["national-2020", "cej", "charente-2021"]
    md = charente(rulebooks=own).to_markdown()
    assert "- `cej` : Contrat enfance jeunesse" in md and "(forfait par ETP)" in md
    assert "(part de la dépense, plafonnée)" in md
    assert md.count("est une part de la dépense : son montant ici est un maximum") == 1
    assert "`charente-2021` est une part de la dépense" in md
    assert "alors que `cej` est un forfait" in md
    assert "aide maximale de l'année" in md
    html = charente(ctg.Language.en, rulebooks=own).to_html()
    assert html.count("is a share of the expense: its amount here is a maximum") == 1


def test_the_posts_show_the_share_of_the_year_financed() -> None:
    # On 30 June 2023, as known that day, Charente Limousine's term ends 31 March 2023:
    # 1 January → 31 March = 31 + 28 + 31 = 90 days of 365; the whole-year posts 365/365.
    report = build_report(ctg.builtin_dataset("charente-2021"), on=datetime.date(2023, 6, 30))
    posts = {p["post_id"]: p for p in report.data["financing"]["maximum"]["posts"]}
    assert posts["post-charente-limousine"]["prorata"] == "90/365"
    assert posts["post-grand-cognac"]["prorata"] == "365/365"
    rows = list(csv.DictReader(io.StringIO(report.csv_tables()["financing_posts"])))
    limousine = [r for r in rows if r["post_id"] == "post-charente-limousine"]
    assert {r["prorata"] for r in limousine} == {"90/365"}
    # The HTML table of the posts on the declared expenses (2021: every post all year).
    html = charente().to_html()
    table = html[html.index('<table class="financing-posts">') :]
    table = table[: table.index("</table>")]
    assert "financée</th>" in table and table.count(">365/365<") == 9


def test_the_national_figures_of_2017_are_context_with_their_derivation(data: dict) -> None:
    """Source document: « En 2017 : 85M€ / 5 500 ETP (dont 3 500 Etp en Jeunesse) »; the amount
    per ETP is derived, 85,000,000 / 5,500 = 15,454.5454… → 15,454.55 €, and set beside the CEJ
    average of the same document (22,553 € per ETP), which it does not match."""
    national = data["national_context"]
    per_fte = cents(str(Decimal(85_000_000) / Decimal(5_500)))
    assert per_fte == Decimal("15454.55")
    assert (national["year"], national["total"], national["coordination_fte"]) == (
        2017,
        "85000000.00",
        "5500",
    )
    assert national["jeunesse_fte"] == "3500" and national["marks"] == ["source document"]
    assert national["amount_per_fte"] == f"{per_fte}"
    assert national["amount_per_fte_fraction"] == "170000/11"
    assert national["amount_per_fte_marks"] == ["derived"]
    report = build_report(ctg.builtin_dataset("charente-2021"), on=datetime.date(2021, 6, 30))
    text = report.to_markdown()
    assert "en 2017, 85\u202f000\u202f000,00\u00a0€ pour 5\u202f500 ETP de coordination" in text
    assert national["baseline"] == {
        "rulebook": "cej",
        "amount_per_fte": "22553.00",
        "same_document": True,
    }
    assert (
        "ne correspond pas aux 22\u202f553,00\u00a0€ par ETP de la règle `cej` que donne le même "
        "document" in text
    )


# --- Populations of the year in force on the date ------------------------------------------------


def test_the_populations_read_and_the_year_in_force(data: dict) -> None:
    """On 30 June 2021 the legal populations in force are those of millésime 2018 (millésime N in
    force on 1 January N+3), which the dataset gives for its nine EPCI (the official catalogue):
    no note. On 30 June 2026 millésime 2023 is in force and the catalogue stops at 2022: the
    report says which year it read."""
    assert data["coverage"]["population_years"] == {
        "in_force": 2018,
        "read": [{"year": 2018, "epcis": 9, "in_force": True}],
        "epcis_not_in_force": 0,
    }
    assert "Populations lues" not in charente().to_markdown()
    later = charente(on=datetime.date(2026, 6, 30))
    assert json.loads(later.to_json())["coverage"]["population_years"] == {
        "in_force": 2023,
        "read": [{"year": 2022, "epcis": 9, "in_force": False}],
        "epcis_not_in_force": 9,
    }
    assert (
        "Populations lues : 2022 pour 9 EPCI. Au 30/06/2026, les populations légales en vigueur "
        "sont celles de 2023"
    ) in later.to_markdown()


def test_a_dataset_with_the_populations_in_force_is_read_with_them() -> None:
    """Each EPCI gives its official populations of millésimes 2016 to 2022 (data/epci.json of
    each pinned @etalab/decoupage-administratif, the nine summed by hand): every section counts
    the millésime in force, 351,778 on 30 June 2021 (2018) and 351,718 on 30 June 2023 (2020)."""
    dataset = ctg.builtin_dataset("charente-2021")
    grand_angouleme = dataset.epci_at(ctg.Siren.parse("200071827"))
    assert grand_angouleme.population_on(ON).inhabitants == 141_776
    assert grand_angouleme.population_on(datetime.date(2024, 1, 1)).inhabitants == 141_997
    assert ctg.legal_population_year_on(ON) == 2018
    rulebooks = [ctg.builtin_rulebook(i) for i in ORDER]
    for on, population in ((ON, 351_778), (datetime.date(2023, 6, 30), 351_718)):
        data = json.loads(build_report(dataset, on=on, rulebooks=rulebooks).to_json())
        jsonschema.validate(data, SCHEMA, cls=jsonschema.Draft202012Validator)
        assert (
            data["coverage"]["population"],
            data["volume"]["population"],
            data["dataset"]["population"],
        ) == (population, population, population)
        assert data["coverage"]["population_years"]["epcis_not_in_force"] == 0
    # 351,778 / 14.75 = 23,849.355… → 23 849,36
    md = build_report(dataset, on=ON, rulebooks=rulebooks).to_markdown()
    assert f"23{NNBSP}849,36" in md and "Populations lues" not in md
