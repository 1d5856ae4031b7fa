# SPDX-License-Identifier: MIT
"""ctg référentiel: the built-in référentiel and grid (5 sections, 32 items, 81 per-policy
cells), evaluations and their answers, checks, exact scores, year comparison, roll-up,
JSON and CSV round trips and blank templates."""

from __future__ import annotations

import datetime as datetime_module
import json
import pathlib
import pickle
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

import ctg
from ctg import (
    Answer,
    AnswerKind,
    AnswerNumber,
    CellTrend,
    Evaluation,
    Grid,
    GridCell,
    ItemComment,
    ItemKind,
    Share,
    Volet,
)

NAMESPACE = {**vars(ctg), "datetime": datetime_module}


@pytest.fixture(scope="module")
def grid() -> Grid:
    return ctg.builtin_grid("charente-2021")


@pytest.fixture(scope="module")
def dataset() -> ctg.Dataset:
    return ctg.builtin_dataset("charente-2021")


def small_evaluation(**changes: object) -> Evaluation:
    fields: dict[str, object] = {
        "grid_id": "charente-2021",
        "grid_version": 1,
        "post_id": "post-rouillacais",
        "year": 2021,
        "answers": [
            Answer.of_level("1.1", Volet.famille, "oui"),
            Answer.of_level("1.1", Volet.education, "en_partie"),
            Answer.of_level("1.1", Volet.social, "sans_objet"),
            Answer.of_yes_no("5.2", True),
            Answer.of_number("5.1", "0.75"),
        ],
        "comments": [ItemComment(item_id="1.1", text="Diagnostic partagé en 2021")],
        "filled_by": "Caf de la Charente",
        "filled_on": date(2022, 1, 20),
    }
    fields.update(changes)
    return Evaluation(**fields)


# --- Référentiel and grid --------------------------------------------------------------------


def test_builtin_referentiel() -> None:
    assert ctg.builtin_referentiel_ids() == ["cnaf-coordination"]
    r = ctg.builtin_referentiel("cnaf-coordination")
    assert len(r.activities) == 7 and len(r.thematic_fields) == 7 and len(r.expectations) == 3
    assert r.find_activity("veille_sociale").label.fr == "Veille sociale des territoires"
    assert r.find_activity("nope") is None
    assert len(r.expectations[-1].areas[1].objectives) == 3
    assert r.definition.pilot.fr.startswith("L'intercommunalité")
    assert [p.policy for p in r.policies] == [Volet.famille, Volet.education, Volet.social]
    assert pickle.loads(pickle.dumps(r)) == r
    with pytest.raises(ctg.OutOfRangeError):
        ctg.builtin_referentiel("nope")


def test_grid_counts_5_32_81(grid: Grid) -> None:
    assert ctg.builtin_grid_ids() == ["charente-2021"]
    assert (grid.id, grid.version, grid.key()) == ("charente-2021", 1, "charente-2021 version 1")
    assert len(grid.sections) == 5
    assert [len(s.items) for s in grid.sections] == [7, 6, 9, 5, 5]
    assert grid.item_count == 32 == len(grid.items())
    assert grid.count(ItemKind.per_policy) == 27
    assert grid.count(ItemKind.yes_no) == 4 and grid.count(ItemKind.number) == 1
    cells = grid.cells()
    assert len(cells) == 86
    assert sum(1 for c in cells if c.policy is not None) == 81
    assert cells[0] == GridCell("1.1", Volet.famille) and str(cells[0]) == "1.1 famille"
    assert grid.cells_of(grid.item_at("5.2")) == [GridCell("5.2")]
    assert grid.section_of("4.5").id == "4" and grid.find_section("9") is None
    assert grid.item_at("2.3").text.fr.startswith("Impulser une organisation")
    assert "orgnaisation" in grid.item_at("2.3").verbatim  # the source text, as written
    assert grid.has_policy(Volet.social) and grid.find_policy(Volet.famille).label.fr
    assert grid.referentiel_id == "cnaf-coordination"
    with pytest.raises(ctg.OutOfRangeError, match=r"9.9"):
        grid.item_at("9.9")
    assert "32 items" in repr(grid) and "86 cells" in repr(grid)


def test_answer_scale(grid: Grid) -> None:
    scale = grid.scale
    assert [level.code for level in scale.levels] == ["non", "en_partie", "oui"]
    assert scale.rank_of("en_partie") == 1 and scale.rank_of("nope") is None
    assert scale.is_achieved("oui") and not scale.is_achieved("en_partie")
    assert scale.is_not_applicable("sans_objet") and scale.accepts("sans_objet")
    assert scale.find("oui").label.fr == "Oui" and scale.find("sans_objet") is None
    zero_to_three = ctg.ordinal_scale(3, 2)
    assert zero_to_three.accepted_codes() == "0, 1, 2, 3"
    assert zero_to_three.check("scale") == []
    with pytest.raises(ctg.InvalidValueError):
        ctg.ordinal_scale(0, 0)


def test_grid_json_round_trip_and_pickle(grid: Grid) -> None:
    text = ctg.to_json(grid)
    assert json.loads(text)["format"] == ctg.GRID_FORMAT
    again = ctg.load_grid_json(text, "again.json")
    assert again == grid and hash(again) == hash(grid)
    assert pickle.loads(pickle.dumps(grid)) == grid
    assert Grid.build(grid.parts, "rebuilt") == grid
    assert ctg.find_builtin_grid("charente-2021", 1) == grid
    assert ctg.find_builtin_grid("charente-2021", 2) is None
    with pytest.raises(ctg.ValidationError):
        ctg.load_grid_json('{"format": "ctg.grid/1"}')


def test_sections_and_activities(grid: Grid) -> None:
    r = ctg.builtin_referentiel("cnaf-coordination")
    assert [s.id for s in ctg.sections_assessing(grid, "relation_population")] == ["1", "2"]
    assert ctg.activities_without_section(r, grid) == []
    missing = ctg.activities_not_assessed(r, grid, small_evaluation())
    assert missing and all(r.find_activity(a) is not None for a in missing)


def test_corrections() -> None:
    corrections = [
        ctg.TextCorrection(
            original="Evaluer", corrected="Évaluer", kind=ctg.CorrectionKind.typography
        ),
        ctg.TextCorrection(original="fctionnement", corrected="fonctionnement"),
    ]
    assert (
        ctg.apply_corrections("Evaluer le fctionnement", corrections) == "Évaluer le fonctionnement"
    )
    assert ctg.apply_corrections("autre chose", corrections) is None


# --- Answers and evaluations -----------------------------------------------------------------


def test_answers() -> None:
    a = Answer.of_level("1.1", Volet.famille, "oui")
    assert a.kind is AnswerKind.level and a.value_text() == "oui"
    assert a.cell() == GridCell("1.1", Volet.famille)
    assert Answer.of_yes_no("5.2", True).value_text() == "oui"
    n = Answer.of_number("5.1", Decimal("0.75"))
    assert n.number == AnswerNumber("0.75") and n.number.to_decimal() == Decimal("0.75")
    assert AnswerNumber("1,5").to_french() == "1,5" and AnswerNumber(2).ten_thousandths == 20000
    with pytest.raises(TypeError, match="float"):
        Answer.of_number("5.1", 0.75)
    with pytest.raises(ctg.InvalidValueError):
        AnswerNumber("beaucoup")
    for value in (a, n, Answer.of_yes_no("5.2", False)):
        assert eval(repr(value), NAMESPACE) == value
        assert pickle.loads(pickle.dumps(value)) == value


def test_evaluation_values(grid: Grid) -> None:
    e = small_evaluation()
    assert e.describe() == "post-rouillacais 2021 (charente-2021 version 1)"
    assert e.find_answer(GridCell("1.1", Volet.education)).level == "en_partie"
    assert e.find_answer(GridCell("1.2", Volet.education)) is None
    assert e.find_comment("1.1").text.startswith("Diagnostic")
    assert pickle.loads(pickle.dumps(e)) == e and hash(e) == hash(small_evaluation())
    assert e != small_evaluation(year=2022)
    assert "5 answers" in repr(e)
    with pytest.raises(TypeError, match="datetime"):
        small_evaluation(filled_on=datetime_module.datetime(2022, 1, 20, 10, 0))


def test_validation(grid: Grid, dataset: ctg.Dataset) -> None:
    post = dataset.post_at("post-rouillacais")
    check = ctg.validate_evaluation(small_evaluation(), grid, post)
    assert check.ok and not check.complete
    assert check.expected_cells == 86 and check.answered_cells == 5
    assert len(check.missing) == 81 and check.missing_fields == []
    warnings = check.incompleteness("evaluations[0]")
    assert warnings and warnings[0].field == "evaluations[0].answers"
    bad = small_evaluation(
        answers=[
            Answer.of_level("9.9", Volet.famille, "oui"),
            Answer.of_level("1.1", Volet.famille, "peut-être"),
        ],
        filled_by="",
        filled_on=None,
    )
    check = ctg.validate_evaluation(bad, grid, post, "evaluations[3]")
    assert not check.ok
    fields = [d.field for d in check.errors]
    assert "evaluations[3].answers[0].item" in fields
    assert "evaluations[3].answers[1].level" in fields
    assert check.missing_fields == ["filled_by", "filled_on"]
    with pytest.raises(ctg.ValidationError) as info:
        ctg.require_valid(bad, grid)
    assert len(info.value.details) == 2
    all_checks = ctg.validate_evaluations([small_evaluation(), bad], dataset.posts)
    assert not all_checks.ok and len(all_checks.checks) == 2
    assert all(d.field.startswith("evaluations[1]") for d in all_checks.errors)
    assert ctg.post_active_in_year(post, 2021)


# --- Scores ----------------------------------------------------------------------------------


def test_shares() -> None:
    s = Share(part=5, whole=7)
    assert s.defined and s.to_fraction() == str(s) == "5/7"
    assert s.as_fraction() == Fraction(5, 7)
    assert s.ratio() == ctg.ExactRatio(5, 7)
    assert s.percent().to_french() == "71,43"
    assert Share(part=10, whole=14) != s  # counts, not values
    assert Share(part=10, whole=14).as_fraction() == s.as_fraction()
    assert s + Share(part=1, whole=3) == Share(part=6, whole=10)
    undefined = Share()
    assert not undefined.defined
    assert (
        undefined.as_fraction() is None
        and undefined.ratio() is None
        and undefined.percent() is None
    )
    assert eval(repr(s), NAMESPACE) == s and pickle.loads(pickle.dumps(s)) == s


def test_scoring_an_evaluation(grid: Grid) -> None:
    score = ctg.score_evaluation(small_evaluation(), grid)
    # Applicable cells: 1.1 famille (oui, achieved), 1.1 education (en_partie), 5.2 (yes,
    # achieved); 1.1 social is "sans objet", 5.1 a number: neither counts.
    assert score.overall == Share(part=2, whole=3)
    assert score.overall.as_fraction() == Fraction(2, 3)
    assert score.completeness == Share(part=5, whole=86)
    section_1 = score.section("1")
    assert section_1.achieved == Share(part=1, whole=2)
    assert section_1.completeness == Share(part=3, whole=21)
    famille = score.policy(Volet.famille)
    assert famille.achieved == Share(part=1, whole=1)
    assert score.section("9") is None
    assert ctg.is_achieved(Answer.of_yes_no("5.2", True), grid)
    assert not ctg.is_applicable(Answer.of_level("1.1", Volet.social, "sans_objet"), grid)
    assert pickle.loads(pickle.dumps(score)) == score


def test_scores_of_the_dataset(grid: Grid, dataset: ctg.Dataset) -> None:
    e2021, e2022 = dataset.evaluations_of("post-rouillacais")
    score = ctg.score_evaluation(e2021, grid)
    assert score.overall == Share(part=27, whole=58)
    assert score.completeness == Share(part=86, whole=86)
    comparison = ctg.compare_years(e2021, e2022, grid)
    assert (comparison.from_year, comparison.to_year) == (2021, 2022)
    assert comparison.count(CellTrend.improved) == 11
    assert comparison.count(CellTrend.regressed) == 9
    improved = comparison.changes_with(CellTrend.improved)
    assert len(improved) == 11 and improved[0].before == "non" and improved[0].after == "oui"
    assert comparison.sections[0].delta() == ctg.ExactRatio(0)
    with pytest.raises(ctg.InvalidValueError):
        ctg.compare_years(e2022, e2021, grid)
    rollup = ctg.roll_up(dataset.evaluations, grid, 2021, [p.id for p in dataset.posts])
    assert len(rollup.rows) == 9 and rollup.section_ids == ["1", "2", "3", "4", "5"]
    assert rollup.department_overall == Share(part=312, whole=617)
    assert rollup.row("post-grand-angouleme").overall == Share(part=49, whole=85)
    assert rollup.row("nope") is None
    assert grid.label.fr.startswith("Fiche d'évaluation")


# --- JSON and CSV ----------------------------------------------------------------------------


def test_evaluations_json_round_trip(dataset: ctg.Dataset, tmp_path: pathlib.Path) -> None:
    evaluations = list(dataset.evaluations)
    text = ctg.evaluations_to_json(evaluations)
    assert json.loads(text)["format"] == ctg.EVALUATIONS_FORMAT
    assert ctg.load_evaluations_json(text) == evaluations
    array = ctg.evaluations_to_json_array(evaluations)
    assert ctg.load_evaluations_json(array, "dataset.json", "evaluations") == evaluations
    path = tmp_path / "evaluations.json"
    path.write_text(text, encoding="utf-8")
    assert ctg.load_evaluations_file(path) == evaluations
    with pytest.raises(ctg.ValidationError) as info:
        ctg.load_evaluations_json('{"format": "ctg.evaluations/1", "evaluations": [{"year": "x"}]}')
    assert all(d.field.startswith("evaluations[0]") for d in info.value.details)


def test_evaluations_csv_round_trip(
    grid: Grid, dataset: ctg.Dataset, tmp_path: pathlib.Path
) -> None:
    e2021, e2022 = dataset.evaluations_of("post-rouillacais")
    text = ctg.evaluations_to_csv([e2021, e2022], grid)
    assert text.splitlines()[0] == ",".join(ctg.EVALUATION_CSV_COLUMNS)
    back = ctg.load_evaluations_csv(text, grid, "rouillacais.csv")
    assert len(back) == 2
    for original, read in zip((e2021, e2022), back, strict=True):
        # CSV keeps everything but the provenance, which cites the file read.
        assert read.answers == original.answers and read.comments == original.comments
        assert (read.post_id, read.year, read.filled_by, read.filled_on) == (
            original.post_id,
            original.year,
            original.filled_by,
            original.filled_on,
        )
        assert read.provenance.cited.document == "rouillacais.csv"
    path = tmp_path / "rouillacais.csv"
    path.write_text(text, encoding="utf-8")
    assert ctg.load_evaluations_csv_file(path, grid) == ctg.load_evaluations_csv(
        text, grid, str(path)
    )
    english = ctg.evaluations_to_csv([e2021], grid, ctg.Language.en)
    assert english != ctg.evaluations_to_csv([e2021], grid)


def test_csv_errors_name_row_and_column(grid: Grid) -> None:
    lines = ctg.blank_evaluation_csv(grid, "post-rouillacais", 2021).splitlines()
    row = lines[1].split(",")
    row[8] = "peut-être"  # answer outside the scale
    text = "\n".join([lines[0], ",".join(row)]) + "\n"
    with pytest.raises(ctg.ValidationError) as info:
        ctg.load_evaluations_csv(text, grid)
    assert info.value.detail.field == "row 2, column answer"


def test_blank_templates(grid: Grid) -> None:
    csv = ctg.blank_evaluation_csv(grid, "post-rouillacais", 2023)
    assert len(csv.splitlines()) == 1 + 86
    blank = ctg.load_evaluations_csv(csv, grid)
    assert blank[0].answers == [] and blank[0].year == 2023
    document = ctg.blank_evaluation_json(grid, post_id="post-rouillacais", year=2023)
    read = ctg.load_evaluations_json(document)
    assert read[0].post_id == "post-rouillacais" and read[0].answers == []
    assert json.loads(ctg.blank_evaluation_json(grid))["evaluations"][0]["filled_on"] is None
    english = ctg.blank_evaluation_csv(grid, language=ctg.Language.en)
    assert english != ctg.blank_evaluation_csv(grid) and len(english.splitlines()) == 87
