# SPDX-License-Identifier: MIT
"""The grid workbook of `ctg grid --format xlsx`: its first sheet (post, year, who filled it and
when), sheet titles cut at word boundaries, errors worded with the drop-down labels, a partial
score of the valid answers, and `ctg evaluate … --into dataset.json`."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import openpyxl
import pytest

import ctg
from ctg import _messages, excel

from .cli_support import run

POST = "post-grand-angouleme"


@pytest.fixture(scope="module")
def grid() -> ctg.Grid:
    return ctg.builtin_grid("charente-2021")


def template(tmp_path: Path, grid: ctg.Grid, post: str = POST, year: int = 2022) -> Path:
    path = tmp_path / "grille.xlsx"
    excel.write_grid_template(path, grid, post_id=post, year=year)
    return path


def answer_all(path: Path, grid: ctg.Grid, level: str = "Oui") -> int:
    """Every answer cell filled (a level, « oui », or 1 for a number); the count of cells."""
    workbook = openpyxl.load_workbook(path)
    count = 0
    for index, section in enumerate(grid.sections, start=1):
        sheet = workbook.worksheets[index]
        for row, item in enumerate(section.items, start=4):
            if item.kind == ctg.ItemKind.per_policy:
                for column in range(3, 3 + len(grid.policies)):
                    sheet.cell(row, column).value = level
                    count += 1
            else:
                answer = 3 + len(grid.policies)
                sheet.cell(row, answer).value = "oui" if item.kind == ctg.ItemKind.yes_no else 1
                count += 1
    workbook.save(path)
    return count


def set_front(path: Path, filled_by: str, filled_on: object) -> None:
    workbook = openpyxl.load_workbook(path)
    front = workbook["Lisez-moi"]
    rows = {front.cell(r, 1).value: r for r in range(1, front.max_row + 1)}
    front.cell(rows["filled_by"], 3).value = filled_by
    front.cell(rows["filled_on"], 3).value = filled_on
    workbook.save(path)


def test_sheet_titles_keep_whole_words(grid: ctg.Grid) -> None:
    workbook = excel.grid_template(grid)
    titles = workbook.sheetnames[1:-1]
    assert len(titles) == len(grid.sections) == len(set(titles))
    for title, section in zip(titles, grid.sections, strict=True):
        full = " ".join(f"{section.id} {section.title.fr}".split())
        assert len(title) <= 31
        if title != full:
            kept = title.removesuffix("…")
            assert title.endswith("…") and full.startswith(kept)
            assert full[len(kept)] in " ,;", (title, full)  # cut before a space: no word cut
    # The first sheet names every sheet with the full title of its section.
    front = workbook["Lisez-moi"]
    listed = {row[1]: row[2] for row in front.iter_rows(values_only=True) if row[1] in titles}
    assert listed == {
        t: f"{s.id}. {s.title.fr}" for t, s in zip(titles, grid.sections, strict=True)
    }


def test_first_sheet_shows_post_year_and_who_fills_it(grid: ctg.Grid) -> None:
    workbook = excel.grid_template(grid, post_id=POST, year=2022)
    assert workbook.sheetnames[0] == "Lisez-moi"
    front = workbook["Lisez-moi"]
    values = {row[0]: row[2] for row in front.iter_rows(values_only=True) if row[0]}
    assert values["post_id"] == POST and values["year"] == 2022
    rows = {front.cell(r, 1).value: r for r in range(1, front.max_row + 1)}
    assert not front.cell(rows["filled_by"], 3).protection.locked
    assert not front.cell(rows["filled_on"], 3).protection.locked
    assert front.cell(rows["post_id"], 3).protection.locked  # given: not to be changed


def test_filled_by_and_filled_on_are_read_back(tmp_path: Path, grid: ctg.Grid) -> None:
    path = template(tmp_path, grid)
    count = answer_all(path, grid)
    set_front(path, "ccd-a", datetime.datetime(2023, 1, 20))
    evaluation = excel.read_evaluation(path)
    assert evaluation.filled_by == "ccd-a"
    assert evaluation.filled_on == datetime.date(2023, 1, 20)
    assert len(evaluation.answers) == count
    set_front(path, "ccd-b", "21/01/2023")  # typed as text, the French way
    assert excel.read_evaluation(path).filled_on == datetime.date(2023, 1, 21)


def test_errors_quote_the_labels_of_the_lists_and_the_rest_is_scored(
    tmp_path: Path, grid: ctg.Grid
) -> None:
    path = template(tmp_path, grid)
    count = answer_all(path, grid, "En partie")
    workbook = openpyxl.load_workbook(path)
    first = workbook.worksheets[1]
    first["C4"] = "Peut-être"  # not a level of the scale
    workbook.save(path)
    reading = excel.read_grid_workbook(path)
    assert not reading.ok
    (error,) = reading.errors
    assert error.value == "Peut-être"
    wording = _messages.describe(error, "fr")
    assert "« En partie »" in wording and "en_partie" not in wording
    assert f"feuille « {first.title} », cellule C4" in wording
    # The other answers are read: a partial evaluation, the cell in error unanswered.
    assert reading.evaluation is not None
    assert len(reading.evaluation.answers) == count - 1
    with pytest.raises(ctg.ValidationError):
        excel.read_evaluation(path)


def test_ctg_evaluate_prints_a_partial_score_and_the_errors(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, grid: ctg.Grid
) -> None:
    path = template(tmp_path, grid)
    answer_all(path, grid)
    workbook = openpyxl.load_workbook(path)
    workbook.worksheets[1]["C4"] = "Bof"
    workbook.save(path)
    code, out, err = run(capsys, "evaluate", str(path), "-f", "json")
    assert code == 1
    document = json.loads(out)
    assert document["partial"] is True and len(document["errors"]) == 1
    assert document["errors"][0]["value"] == "Bof"
    assert "1 error(s)" in err and "C4" in err


def _dataset_file(tmp_path: Path) -> Path:
    path = tmp_path / "charente.json"
    path.write_text(ctg.to_json(ctg.builtin_dataset("charente-2021")), encoding="utf-8")
    return path


def _evaluated_2022(capsys: pytest.CaptureFixture[str], dataset: Path, on: str) -> dict[str, bool]:
    code, out, err = run(capsys, "report", "--input", str(dataset), "--on", on, "-f", "json")
    assert code == 0, err
    evaluation = json.loads(out)["evaluation"]
    assert evaluation["year"] == 2022
    return {row["post"]: row["evaluated"] for row in evaluation["rows"]}


def test_evaluate_into_adds_the_evaluation_the_report_then_counts(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, grid: ctg.Grid
) -> None:
    dataset = _dataset_file(tmp_path)
    before = _evaluated_2022(capsys, dataset, "2023-06-30")
    assert before[POST] is False
    assert sum(before.values()) == 4  # the four posts evaluated for 2022 in the built-in data
    path = template(tmp_path, grid)
    answer_all(path, grid)
    set_front(path, "ccd-a", datetime.datetime(2023, 1, 20))
    code, _, err = run(capsys, "evaluate", str(path), "--into", str(dataset))
    assert code == 0, err
    assert "added" in err
    document = json.loads(dataset.read_text(encoding="utf-8"))
    assert len(document["evaluations"]) == 14
    added = document["evaluations"][-1]
    assert (added["post_id"], added["year"], added["filled_by"]) == (POST, 2022, "ccd-a")
    assert added["filled_on"] == "2023-01-20"
    assert added["provenance"]["source"]["document"] == "grille.xlsx"
    after = _evaluated_2022(capsys, dataset, "2023-06-30")
    assert after[POST] is True and sum(after.values()) == 5
    # Again: the evaluation of that post and year is replaced, not added twice.
    code, _, err = run(capsys, "evaluate", str(path), "--into", str(dataset))
    assert code == 0 and "replaced" in err
    assert len(json.loads(dataset.read_text(encoding="utf-8"))["evaluations"]) == 14


def test_evaluate_into_refuses_an_invalid_evaluation(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, grid: ctg.Grid
) -> None:
    dataset = _dataset_file(tmp_path)
    original = dataset.read_bytes()
    path = template(tmp_path, grid)
    answer_all(path, grid)
    workbook = openpyxl.load_workbook(path)
    workbook.worksheets[1]["C4"] = "Bof"
    workbook.save(path)
    code, out, err = run(capsys, "evaluate", str(path), "--into", str(dataset))
    assert code == 1 and "C4" in err and out == ""
    assert dataset.read_bytes() == original  # nothing written
    # A post the dataset does not have: the library refuses the dataset, nothing written.
    other = tmp_path / "autre"
    other.mkdir()
    unknown = template(other, grid, post="post-inconnu")
    answer_all(unknown, grid)
    code, _, err = run(capsys, "evaluate", str(unknown), "--into", str(dataset))
    assert code == 1 and "post_id" in err
    assert dataset.read_bytes() == original
