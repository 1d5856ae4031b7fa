# SPDX-License-Identifier: MIT
"""The dataset workbook (ctg.excel.write_dataset_workbook / read_dataset_workbook, `ctg import`,
`--input classeur.xlsx`): the round trip of the built-in Charente dataset, errors located by
sheet and cell, and the command line."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

import ctg
from ctg import excel

from .cli_support import run


@pytest.fixture(scope="module")
def charente() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(ctg.to_json(ctg.builtin_dataset("charente-2021")))
    return document


@pytest.fixture
def full(tmp_path: Path, charente: dict[str, Any]) -> Path:
    """The whole Charente dataset as a workbook."""
    path = tmp_path / "charente.xlsx"
    excel.write_dataset_workbook(path, charente["department"], charente["epcis"], charente)
    return path


def sheet_rows(path: Path, sheet: str) -> list[tuple[Any, ...]]:
    workbook = openpyxl.load_workbook(path)
    return [row for row in workbook[sheet].iter_rows(min_row=2, values_only=True) if any(row)]


def edit(path: Path, *changes: tuple[str, str, Any]) -> Path:
    """The workbook at `path` with cells changed: (sheet, cell, value)."""
    workbook = openpyxl.load_workbook(path)
    for sheet, cell, value in changes:
        workbook[sheet][cell] = value
    workbook.save(path)
    return path


def validations(sheet: Any) -> dict[str, Any]:
    """The data validations of a sheet by the first cell of their range."""
    return {str(v.sqref).split(":")[0]: v for v in sheet.data_validations.dataValidation}


def fields_of(error: ctg.ValidationError) -> list[str]:
    return [d.field for d in error.details]


# --- the workbook written -------------------------------------------------------------------------


def test_sheets_lists_and_hidden_metadata(full: Path) -> None:
    workbook = openpyxl.load_workbook(full)
    assert workbook.sheetnames == [
        "Lisez-moi",
        "EPCI",
        "Conventions",
        "Signataires",
        "Postes",
        "Coordinateurs",
        "Dépenses",
        "Référents",
        "ctg",
    ]
    meta = workbook["ctg"]
    assert meta.sheet_state == "hidden"
    assert dict(meta.iter_rows(values_only=True))["format"] == "ctg-dataset-workbook-1"
    assert workbook["EPCI"].protection.sheet  # pre-filled, read-only-ish
    # Drop-downs: the pilot EPCI among the SIREN of the sheet EPCI, the post's convention among
    # the ids of the sheet Conventions, the kind among the four kinds.
    posts = validations(workbook["Postes"])
    assert posts["C2"].formula1.startswith("'EPCI'!$A$2:$A$")
    assert posts["B2"].formula1.startswith("'Conventions'!$A$2")
    kinds = workbook["EPCI"].data_validations.dataValidation
    assert [v.formula1 for v in kinds] == ['"CA,CC,CU,metropole"']
    expenses = validations(workbook["Dépenses"])
    assert expenses["A2"].formula1.startswith("'Postes'!$A$2")


def test_rows_written_as_in_the_dataset(full: Path) -> None:
    epcis = sheet_rows(full, "EPCI")
    assert len(epcis) == 9
    assert epcis[0] == ("200071827", "CA du Grand Angoulême", "CA", None, 38, 141776, 2018)
    coordinators = sheet_rows(full, "Coordinateurs")
    assert len(coordinators) == 17  # 3+3+2+1+3+1+2+1+1
    lr2 = next(row for row in coordinators if row[1] == "lr-2")
    assert lr2[3] == 0.5 and lr2[4] == datetime.datetime(2019, 9, 2)
    assert lr2[5] == datetime.datetime(2021, 8, 31)
    expenses = sheet_rows(full, "Dépenses")
    assert len(expenses) == 13  # 2021 for the nine posts, 2022 for four
    assert ("post-grand-cognac", 2022, 210400) in expenses
    # One default source per sheet: the EPCI's document and address, common to all of them.
    readme = openpyxl.load_workbook(full)["Lisez-moi"]
    rows = {r[0]: r for r in readme.iter_rows(values_only=True) if r[0]}
    assert rows["source:epcis"][2:] == (
        "public source",
        (
            "Découpage administratif de la France, @etalab/decoupage-administratif 1.1.1 (Etalab, "
            "d'après le Code officiel géographique 2021 de l'INSEE, la liste des EPCI à fiscalité "
            "propre de la DGCL et les populations légales de l'INSEE, millésime 2018)"
        ),
        None,  # the locators differ from EPCI to EPCI: none by default
        "https://www.npmjs.com/package/@etalab/decoupage-administratif/v/1.1.1",
    )
    assert rows["key:id"][2] == "charente-2021"


# --- the round trip -------------------------------------------------------------------------------


def test_round_trip_of_the_charente_dataset(full: Path, charente: dict[str, Any]) -> None:
    back = excel.read_dataset_workbook(full).document
    assert back["id"] == "charente-2021" and back["department"]["code"] == "16"
    assert back["rulebook"] == "charente-2021" and back["grid"] == "charente-2021"
    keys = ("siren", "name", "kind", "seat", "commune_count")
    assert [{k: e.get(k) for k in keys} for e in back["epcis"]] == [
        {k: e.get(k) for k in keys} for e in charente["epcis"]
    ]
    assert [(e["population"]["inhabitants"], e["population"]["year"]) for e in back["epcis"]] == [
        (e["population"]["inhabitants"], e["population"]["year"]) for e in charente["epcis"]
    ]

    def convention(c: dict[str, Any]) -> tuple[Any, ...]:
        return (
            c["id"],
            c["name"],
            c["term"]["start"],
            c["term"]["end"],
            sorted(c["themes"]),  # read back in the order of the columns
            c["signatories"],
            c["territories"],
            c.get("referent"),
        )

    assert [convention(c) for c in back["conventions"]] == [
        convention(c) for c in charente["conventions"]
    ]

    def post(p: dict[str, Any]) -> tuple[Any, ...]:
        coordinators = [
            {k: v for k, v in c.items() if k != "provenance"} for c in p.get("coordinators", [])
        ]
        expenses = [(x["year"], x["amount"]) for x in p.get("expenses", [])]
        return (
            p["id"],
            p["convention"],
            p["pilot_epci"],
            p["contracted_fte"],
            p.get("volets"),
            sorted(p.get("themes", [])),
            coordinators,
            expenses,
        )

    assert [post(p) for p in back["posts"]] == [post(p) for p in charente["posts"]]
    assert [r["id"] for r in back["referents"]] == ["ccd-a", "ccd-b", "ccd-c"]
    # Values worked out by hand from the table of docs/pages/datasets.md.
    dataset = ctg.load_dataset_json(json.dumps(back))
    assert dataset.total_contracted_fte.to_string() == "14.75"
    assert dataset.total_population == 351778  # millésime 2018, 1.1.1
    lr = next(p for p in back["posts"] if p["id"] == "post-la-rochefoucauld-porte-du-perigord")
    assert [(c["id"], c["fte"], c.get("end")) for c in lr["coordinators"]] == [
        ("lr-1", "1", None),
        ("lr-2", "0.5", "2021-08-31"),
        ("lr-3", "0.5", None),
    ]
    # What the workbook does not carry.
    angouleme = back["conventions"][0]
    assert "action_plan" not in angouleme and "amendments" not in angouleme
    assert "governance" not in angouleme and "diagnostic" not in angouleme
    assert "evaluations" not in back
    # The default sources became the provenance of every row.
    assert back["epcis"][3]["population"]["provenance"] == {
        "evidence": "public source",
        "source": {
            "document": "Découpage administratif de la France, @etalab/decoupage-administratif "
            "1.1.1 (Etalab, d'après le Code officiel géographique 2021 de l'INSEE, la liste des "
            "EPCI à fiscalité propre de la DGCL et les populations légales de l'INSEE, millésime "
            "2018)",
            "url": "https://www.npmjs.com/package/@etalab/decoupage-administratif/v/1.1.1",
        },
    }
    assert back["posts"][0]["fte_provenance"]["evidence"] == "source document"


def test_a_workbook_of_the_epci_only_reads_back(tmp_path: Path, charente: dict[str, Any]) -> None:
    """What `ctg init` will write: the department and its EPCI, nothing else yet."""
    path = tmp_path / "vide.xlsx"
    department = {"code": "16", "name": "Charente"}
    excel.write_dataset_workbook(path, department, charente["epcis"])
    readme = openpyxl.load_workbook(path)["Lisez-moi"]
    rows = {r[0]: r for r in readme.iter_rows(values_only=True) if r[0]}
    assert rows["key:id"][2] == "departement-16"
    assert rows["source:department"][2] is None  # no provenance given: to fill
    with pytest.raises(ctg.ValidationError) as raised:
        excel.read_dataset_workbook(path)
    # The department's source is required: one error, at its evidence cell.
    assert fields_of(raised.value) == ["'Lisez-moi'!C" + str(_row_of(path, "source:department"))]
    edit(path, ("Lisez-moi", f"C{_row_of(path, 'source:department')}", "illustrative"))
    back = excel.read_dataset_workbook(path).document
    assert len(back["epcis"]) == 9 and back["conventions"] == [] and back["posts"] == []
    assert back["department"]["provenance"] == {"evidence": "illustrative"}


def _row_of(path: Path, code: str) -> int:
    readme = openpyxl.load_workbook(path)["Lisez-moi"]
    return next(r for r in range(1, readme.max_row + 1) if readme.cell(r, 1).value == code)


# --- errors located by sheet and cell -------------------------------------------------------------


def test_every_error_is_located_by_sheet_and_cell(full: Path) -> None:
    edit(
        full,
        ("Postes", "D2", "deux"),  # contracted FTE: the library refuses it
        ("Coordinateurs", "E3", "31/02/2021"),  # a day that does not exist
        ("Dépenses", "C2", 112500.125),  # three decimals: refused, never rounded
        ("Dépenses", "A5", "post-inconnu"),  # an expense of no post
        ("EPCI", "E4", "beaucoup"),  # commune count
        ("Conventions", "C3", "bientôt"),  # a start that is no date
        ("Signataires", "B2", "maire"),  # an unknown role, without local:
        ("Postes", "C3", "200071828"),  # a SIREN whose key is wrong
    )
    with pytest.raises(ctg.ValidationError) as raised:
        excel.read_dataset_workbook(full)
    error = raised.value
    by_field = {d.field: d for d in error.details}
    assert set(by_field) == {
        "Postes!D2",
        "Coordinateurs!E3",
        "Dépenses!C2",
        "Dépenses!A5",
        "EPCI!E4",
        "Conventions!C3",
        "Signataires!B2",
        "Postes!C3",
    }, error
    assert by_field["Dépenses!C2"].value == "112500.125"
    assert by_field["Dépenses!C2"].code == "dataset_workbook.money"
    assert by_field["Coordinateurs!E3"].value == "2021-02-31"
    assert by_field["EPCI!E4"].code == "dataset_workbook.integer"
    assert by_field["Dépenses!A5"].code == "dataset_workbook.reference"
    assert by_field["Postes!C3"].value == "200071828"
    message = ctg._messages.describe(by_field["Dépenses!C2"], "fr")
    assert message.startswith("Dépenses!C2 : valeur « 112500.125 » ; attendu un montant")
    assert str(error).startswith(f"{full}: 8 error(s)")


def test_not_a_dataset_workbook(tmp_path: Path) -> None:
    path = tmp_path / "grille.xlsx"
    excel.write_grid_template(path, ctg.builtin_grid("charente-2021"))
    with pytest.raises(ctg.InvalidValueError) as raised:
        excel.read_dataset_workbook(path)
    assert raised.value.details[0].code == "dataset_workbook.format"


def test_a_formula_like_name_is_written_as_text_and_read_back(
    tmp_path: Path, charente: dict[str, Any]
) -> None:
    epcis = [dict(charente["epcis"][0], name='=HYPERLINK("http://x","y")')]
    path = tmp_path / "injection.xlsx"
    department = dict(charente["department"])
    excel.write_dataset_workbook(path, department, epcis)
    cell = openpyxl.load_workbook(path)["EPCI"]["B2"]
    assert cell.data_type == "s" and cell.quotePrefix
    back = excel.read_dataset_workbook(path).document
    assert back["epcis"][0]["name"] == '=HYPERLINK("http://x","y")'


# --- the command line -----------------------------------------------------------------------------


def test_ctg_import_writes_the_json_and_refuses_to_overwrite(
    capsys: pytest.CaptureFixture[str], full: Path, tmp_path: Path
) -> None:
    out = tmp_path / "charente.json"
    code, _, err = run(capsys, "import", str(full), "-o", str(out))
    assert code == 0, err
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["format"] == "ctg.dataset/1" and len(written["posts"]) == 9
    out.write_text("mine", encoding="utf-8")
    code, _, err = run(capsys, "import", str(full), "-o", str(out))
    assert code == 2 and "already exists" in err
    assert out.read_text(encoding="utf-8") == "mine"  # untouched
    code, _, err = run(capsys, "import", str(full), "-o", str(out), "--force")
    assert code == 0 and json.loads(out.read_text(encoding="utf-8"))["id"] == "charente-2021"


def test_ctg_import_lists_every_error_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], full: Path, tmp_path: Path
) -> None:
    edit(full, ("Postes", "D2", "deux"), ("Dépenses", "C3", 1.005))
    out = tmp_path / "out.json"
    code, _, err = run(capsys, "import", str(full), "-o", str(out))
    assert code == 1
    assert "2 error(s)" in err and "Postes!D2" in err and "Dépenses!C3" in err
    assert not out.exists()


def test_input_accepts_a_workbook(capsys: pytest.CaptureFixture[str], full: Path) -> None:
    code, out, err = run(capsys, "validate", "--input", str(full))
    assert code == 0, err
    assert "9 EPCI" in out and "9 posts (14.75 FTE)" in out and "0 evaluations" in out
    code, out, err = run(capsys, "report", "--input", str(full), "--on", "2021-06-30", "-f", "json")
    assert code == 0, err
    assert json.loads(out)["dataset"]["id"] == "charente-2021"
