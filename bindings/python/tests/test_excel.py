# SPDX-License-Identifier: MIT
"""ctg.excel: the grid as a fillable workbook, read back through the evaluation validation."""

from __future__ import annotations

import io
from fractions import Fraction
from pathlib import Path

import openpyxl
import pytest

import ctg
from ctg import _messages, cli, excel

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
    return workbook[workbook.sheetnames[index + 1]]  # after the first sheet, « Lisez-moi »


def test_layout_a_sheet_per_section_and_hidden_metadata(grid: ctg.Grid) -> None:
    workbook = reopen(excel.grid_template(grid, post_id=POST, year=2021))
    assert len(workbook.sheetnames) == len(grid.sections) + 2  # « Lisez-moi », sections, ctg
    meta = workbook[excel.METADATA_SHEET]
    assert meta.sheet_state == "hidden"
    values = dict(meta.iter_rows(values_only=True))
    assert values["grid"] == grid.id and values["grid_version"] == grid.version
    assert values["post_id"] == POST and values["year"] == 2021
    for section, name in zip(grid.sections, workbook.sheetnames[1:], strict=False):
        sheet = workbook[name]
        assert sheet.protection.sheet
        ids = [sheet.cell(r, 1).value for r in range(4, 4 + len(section.items))]
        assert ids == [item.id for item in section.items]
        assert sheet.cell(4, 2).protection.locked  # item text locked
        assert sheet.cell(4, 2).value.startswith(section.items[0].text.fr)


def test_drop_down_lists_and_unlocked_answer_cells(grid: ctg.Grid) -> None:
    workbook = reopen(excel.grid_template(grid))
    first = workbook[workbook.sheetnames[1]]
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
    for section, name in zip(grid.sections, workbook.sheetnames[1:], strict=False):
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
    workbook["1 Connaissance territoriale…"]["G4"] = "À compléter <b>"
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
    with pytest.raises(ValueError) as caught:
        excel.read_evaluation(plain)
    assert str(caught.value) == (
        'workbook: got "Sheet"; expected an evaluation grid template of ctg, with a sheet '
        "'ctg' (ctg grid --format xlsx)"
    )
    (detail,) = caught.value.details
    assert (detail.code, detail.params) == ("workbook.template.missing", {"sheet": "ctg"})
    assert _messages.describe(detail, "fr") == (
        "workbook : valeur « Sheet » ; attendu un modèle de grille d’évaluation de ctg, avec une "
        "feuille « ctg » (ctg grid --format xlsx)"
    )


def test_another_version_is_a_value_error_naming_it(grid: ctg.Grid) -> None:
    workbook = excel.grid_template(grid, post_id=POST, year=2021)
    workbook[excel.METADATA_SHEET]["B3"] = 2
    with pytest.raises(ctg.InvalidValueError) as caught:
        excel.read_evaluation(workbook)
    assert str(caught.value) == (
        "workbook, sheet 'ctg', grid: got \"charente-2021\"; expected a built-in grid that exists "
        "in version 2"
    )
    assert _messages.describe(caught.value.details[0], "fr") == (
        "workbook, feuille « ctg », grid : valeur « charente-2021 » ; attendu une grille "
        "intégrée qui existe en version 2"
    )
    with pytest.raises(ctg.InvalidValueError) as caught:
        excel.read_evaluation(workbook, grid)
    assert str(caught.value) == (
        "workbook, sheet 'ctg', grid_version: got \"2\"; expected grid charente-2021 version 1, "
        "the grid the workbook is read with"
    )
    assert _messages.describe(caught.value.details[0], "fr") == (
        "workbook, feuille « ctg », grid_version : valeur « 2 » ; attendu la grille "
        "charente-2021 en version 1, celle avec laquelle le classeur est lu"
    )


def test_answers_outside_the_lists_name_the_cell(grid: ctg.Grid) -> None:
    workbook = excel.grid_template(grid, post_id=POST, year=2021)
    first = workbook[workbook.sheetnames[1]]
    first["D5"] = "peut-être"
    last = workbook[workbook.sheetnames[5]]
    last["F5"] = "2"  # a yes/no question
    with pytest.raises(ctg.ValidationError) as caught:
        excel.read_evaluation(workbook)
    fields = [d.field for d in caught.value.details]
    assert fields == [
        "sheet '1 Connaissance territoriale…', cell D5 (item 1.2, policy education)",
        "sheet '5 Les moyens de la coordination', cell F5 (item 5.2)",
    ]
    assert caught.value.details[0].value == "peut-être"
    assert "cell D5" in str(caught.value)
    assert _messages.describe(caught.value.details[1], "fr") == (
        "feuille « 5 Les moyens de la coordination », cellule F5 (item 5.2) : valeur « 2 » ; "
        "attendu oui ou non (l’item 5.2 est une question oui/non)"
    )
    assert _messages.location(fields[0], "fr") == (
        "feuille « 1 Connaissance territoriale… », cellule D5 (item 1.2, politique education)"
    )


def test_missing_post_is_a_validation_error(grid: ctg.Grid) -> None:
    with pytest.raises(ctg.ValidationError, match="coordination post") as caught:
        excel.read_evaluation(excel.grid_template(grid))
    first = caught.value.details[0]
    # The template was made without --post: the post is the cell of the first sheet where it is
    # typed, said once (not once per answer cell).
    assert first.field == "'Lisez-moi'!C3"
    assert [d.field for d in caught.value.details] == ["'Lisez-moi'!C3", "'Lisez-moi'!C4"]


def test_post_and_year_complete_a_template_made_without_them(grid: ctg.Grid) -> None:
    evaluation = excel.read_evaluation(excel.grid_template(grid), post_id=POST, year=2022)
    assert (evaluation.post_id, evaluation.year, evaluation.grid_id) == (POST, 2022, grid.id)
    assert evaluation.answers == []


def test_post_and_year_must_agree_with_the_workbook(grid: ctg.Grid) -> None:
    template = excel.grid_template(grid, post_id=POST, year=2021)
    assert excel.read_evaluation(template, post_id=POST, year=2021).year == 2021
    with pytest.raises(ctg.InvalidValueError) as caught:
        excel.read_evaluation(template, year=2022)
    assert str(caught.value) == (
        "workbook, sheet 'ctg', year: got \"2022\"; expected 2021, the value the workbook records"
    )
    assert _messages.describe(caught.value.details[0], "fr") == (
        "workbook, feuille « ctg », year : valeur « 2022 » ; attendu 2021, la valeur que le "
        "classeur contient"
    )
    with pytest.raises(ctg.InvalidValueError, match='post_id: got "post-x"'):
        excel.read_evaluation(template, post_id="post-x")


def test_a_missing_sheet_and_a_missing_item_row(grid: ctg.Grid) -> None:
    workbook = excel.grid_template(grid, post_id=POST, year=2021)
    last = workbook.sheetnames[5]
    workbook[last]["A5"] = None  # the id of item 5.2
    with pytest.raises(ctg.InvalidValueError) as caught:
        excel.read_evaluation(workbook)
    assert str(caught.value) == f"workbook, sheet '{last}': got \"\"; expected a row for item 5.2"
    assert _messages.describe(caught.value.details[0], "fr") == (
        f"workbook, feuille « {last} » : valeur vide ; attendu une ligne pour l’item 5.2"
    )
    del workbook[last]
    with pytest.raises(ctg.InvalidValueError) as caught:
        excel.read_evaluation(workbook)
    assert str(caught.value) == (
        f"workbook: got \"\"; expected a sheet '{last}' for section 5 of grid charente-2021"
    )
    assert _messages.describe(caught.value.details[0], "fr") == (
        f"workbook : valeur vide ; attendu une feuille « {last} » pour la rubrique 5 de la "
        "grille charente-2021"
    )


def test_the_command_line_words_workbook_errors_in_its_language(
    grid: ctg.Grid, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = excel.grid_template(grid, post_id=POST, year=2021)
    workbook[workbook.sheetnames[5]]["F5"] = "2"  # a yes/no question
    path = tmp_path / "grille.xlsx"
    workbook.save(path)
    assert cli.main(["evaluate", str(path)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"ctg evaluate : erreur : {path} : 1 erreur(s)",
        (
            "  feuille « 5 Les moyens de la coordination », cellule F5 (item 5.2) : valeur « 2 » ; "
            "attendu oui ou non (l’item 5.2 est une question oui/non)"
        ),
    ]
    assert cli.main(["evaluate", str(path), "--lang", "en"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"ctg evaluate: error: {path}: 1 error(s)",
        (
            "  sheet '5 Les moyens de la coordination', cell F5 (item 5.2): got \"2\"; "
            "expected oui or non (item 5.2 is a yes/no question)"
        ),
    ]
    assert cli.main(["evaluate", str(path), "--year", "2022"]) == 1
    assert capsys.readouterr().err == (
        f"ctg evaluate : erreur : {path}, feuille « ctg », year : valeur « 2022 » ; attendu "
        "2021, la valeur que le classeur contient\n"
    )
    assert cli.main(["evaluate", str(path), "--year", "2022", "--lang", "en"]) == 1
    assert capsys.readouterr().err == (
        f"ctg evaluate: error: {path}, sheet 'ctg', year: got \"2022\"; expected 2021, the "
        "value the workbook records\n"
    )
