# SPDX-License-Identifier: MIT
"""ctg.excel: the grid as a fillable workbook, read back through the evaluation validation."""

from __future__ import annotations

import io
from fractions import Fraction
from pathlib import Path

import openpyxl
import pytest

import ctg
from ctg import excel

POST = "post-grand-angouleme"


@pytest.fixture(scope="module")
def grid() -> ctg.Grid:
    return ctg.builtin_grid("charente-2021")


def reopen(workbook: openpyxl.Workbook) -> openpyxl.Workbook:
    buffer = io.BytesIO()
    workbook.save(buffer)
    buffer.seek(0)
    return openpyxl.load_workbook(buffer)


def section_sheet(workbook: openpyxl.Workbook, grid: ctg.Grid, index: int):
    return workbook[workbook.sheetnames[index]]


def test_layout_a_sheet_per_section_and_hidden_metadata(grid: ctg.Grid) -> None:
    workbook = reopen(excel.grid_template(grid, post_id=POST, year=2021))
    assert len(workbook.sheetnames) == len(grid.sections) + 1
    meta = workbook[excel.METADATA_SHEET]
    assert meta.sheet_state == "hidden"
    values = dict(meta.iter_rows(values_only=True))
    assert values["grid"] == grid.id and values["grid_version"] == grid.version
    assert values["post_id"] == POST and values["year"] == 2021
    for section, name in zip(grid.sections, workbook.sheetnames, strict=False):
        sheet = workbook[name]
        assert sheet.protection.sheet
        ids = [sheet.cell(r, 1).value for r in range(4, 4 + len(section.items))]
        assert ids == [item.id for item in section.items]
        assert sheet.cell(4, 2).protection.locked  # item text locked
        assert sheet.cell(4, 2).value.startswith(section.items[0].text.fr)


def test_drop_down_lists_and_unlocked_answer_cells(grid: ctg.Grid) -> None:
    workbook = reopen(excel.grid_template(grid))
    first = workbook[workbook.sheetnames[0]]
    lists = {dv.formula1: str(dv.sqref) for dv in first.data_validations.dataValidation}
    assert '"Non,En partie,Oui,Sans objet"' in lists
    assert "C4" in lists['"Non,En partie,Oui,Sans objet"']
    assert not first["C4"].protection.locked and not first["E4"].protection.locked
    last = workbook[workbook.sheetnames[-2]]  # section 5: a number and yes/no questions
    kinds = {dv.type: dv for dv in last.data_validations.dataValidation}
    assert kinds["list"].formula1 == '"oui,non"'
    assert "F5" in str(kinds["list"].sqref)
    assert "F4" in str(kinds["decimal"].sqref)  # 5.1, the number of FTE
    assert not last["F4"].protection.locked


def test_round_trip_scores_equal_a_hand_count(grid: ctg.Grid, tmp_path: Path) -> None:
    path = tmp_path / "grille.xlsx"
    excel.write_grid_template(path, grid, post_id=POST, year=2021)
    workbook = openpyxl.load_workbook(path)
    labels = ["Oui", "en partie", "NON", "Sans objet"]  # labels in any case, as the CSV reads
    achieved = applicable = cells = 0
    index = 0
    for section, name in zip(grid.sections, workbook.sheetnames, strict=False):
        sheet = workbook[name]
        for row, item in enumerate(section.items, start=4):
            if item.kind == ctg.ItemKind.per_policy:
                for column in (3, 4, 5):
                    label = labels[index % 4]
                    index += 1
                    cells += 1
                    sheet.cell(row, column).value = label
                    applicable += label != "Sans objet"
                    achieved += label == "Oui"
            elif item.kind == ctg.ItemKind.yes_no:
                cells += 1
                applicable += 1
                answer = "oui" if index % 2 else "non"
                index += 1
                achieved += answer == "oui"
                sheet.cell(row, 6).value = answer
            else:
                cells += 1
                sheet.cell(row, 6).value = 2.5
    workbook["1 Connaissance territoriale et"]["G4"] = "À compléter <b>"
    workbook.save(path)

    evaluation = excel.read_evaluation(path)
    assert evaluation.post_id == POST and evaluation.year == 2021
    assert evaluation.find_comment("1.1").text == "À compléter <b>"
    assert evaluation.find_answer(ctg.GridCell(item_id="5.1")).number == ctg.AnswerNumber("2.5")
    score = ctg.score_evaluation(evaluation, grid)
    assert score.completeness.as_fraction() == 1
    assert (score.overall.part, score.overall.whole) == (achieved, applicable)
    assert score.overall.as_fraction() == Fraction(achieved, applicable)
    assert cells == len(grid.cells())


def test_not_a_template_is_a_value_error(grid: ctg.Grid) -> None:
    plain = openpyxl.Workbook()
    with pytest.raises(ValueError, match=r"not an evaluation grid template.*'ctg'"):
        excel.read_evaluation(plain)


def test_another_version_is_a_value_error_naming_it(grid: ctg.Grid) -> None:
    workbook = excel.grid_template(grid, post_id=POST, year=2021)
    workbook[excel.METADATA_SHEET]["B3"] = 2
    with pytest.raises(ValueError, match="grid 'charente-2021' version 2 is not a built-in grid"):
        excel.read_evaluation(workbook)
    with pytest.raises(ValueError, match="version 2, not of grid 'charente-2021' version 1"):
        excel.read_evaluation(workbook, grid)


def test_answers_outside_the_lists_name_the_cell(grid: ctg.Grid) -> None:
    workbook = excel.grid_template(grid, post_id=POST, year=2021)
    first = workbook[workbook.sheetnames[0]]
    first["D5"] = "peut-être"
    last = workbook[workbook.sheetnames[4]]
    last["F5"] = "2"  # a yes/no question
    with pytest.raises(ctg.ValidationError) as caught:
        excel.read_evaluation(workbook)
    fields = [d.field for d in caught.value.details]
    assert fields == [
        "sheet '1 Connaissance territoriale et', cell D5 (item 1.2, policy education)",
        "sheet '5 Les moyens de la coordination', cell F5 (item 5.2)",
    ]
    assert caught.value.details[0].value == "peut-être"
    assert "cell D5" in str(caught.value)


def test_missing_post_is_a_validation_error(grid: ctg.Grid) -> None:
    with pytest.raises(ctg.ValidationError, match="post_id"):
        excel.read_evaluation(excel.grid_template(grid))


def test_post_and_year_complete_a_template_made_without_them(grid: ctg.Grid) -> None:
    evaluation = excel.read_evaluation(excel.grid_template(grid), post_id=POST, year=2022)
    assert (evaluation.post_id, evaluation.year, evaluation.grid_id) == (POST, 2022, grid.id)
    assert evaluation.answers == []


def test_post_and_year_must_agree_with_the_workbook(grid: ctg.Grid) -> None:
    template = excel.grid_template(grid, post_id=POST, year=2021)
    assert excel.read_evaluation(template, post_id=POST, year=2021).year == 2021
    with pytest.raises(ctg.InvalidValueError, match="year: got '2022'; expected '2021'"):
        excel.read_evaluation(template, year=2022)
    with pytest.raises(ctg.InvalidValueError, match="post_id: got 'post-x'"):
        excel.read_evaluation(template, post_id="post-x")
