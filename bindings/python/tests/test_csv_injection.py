# SPDX-License-Identifier: MIT
"""Formula injection (OWASP "CSV injection"): a dataset, post, EPCI, convention or grid item
named like a spreadsheet formula comes out of every CSV output behind a single quote, and as a
string cell (never a formula) in the Excel workbook, while the numbers ctg writes, negative
amounts included, stay plain numbers."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import openpyxl
import pytest

import ctg
import ctg.excel
from ctg import cli

#: Texts a spreadsheet would run as formulas.
HYPERLINK = '=HYPERLINK("http://evil","x")'
CMD = "+cmd|' /C calc'!A0"
SUM = "@SUM(1+1)"
ARITHMETIC = "-2+3"
PAYLOADS = [HYPERLINK, CMD, SUM, ARITHMETIC]
NEUTRALISED = {p: "'" + p for p in PAYLOADS}


@pytest.fixture(scope="module")
def evil_dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Charente 2021 with its first four EPCIs and conventions named by the payloads, and the
    post of Grand Angoulême renamed to the first payload."""
    document = json.loads(ctg.dataset_to_json(ctg.builtin_dataset("charente-2021")))
    for index, payload in enumerate(PAYLOADS):
        document["epcis"][index]["name"] = payload
        document["conventions"][index]["name"] = payload
    text = json.dumps(document, ensure_ascii=False)
    text = text.replace('"post-grand-angouleme"', json.dumps(HYPERLINK))
    path = tmp_path_factory.mktemp("evil") / "evil.json"
    path.write_text(text, encoding="utf-8")
    return path


def run_csv(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, str]]:
    code = cli.main(["-q", *argv, "--format", "csv"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return list(csv.DictReader(io.StringIO(out)))


def test_safe_cell_rules() -> None:
    from ctg._cells import safe_cell

    for text in [*PAYLOADS, "\tTAB", "\rCR", "-", "+", "=1+1", "-1e5", "-5/2", "- 3", "-١٢"]:
        assert safe_cell(text) == "'" + text, text
    for number in ["-1.5", "-21343.25", "+3", "-1447.00", "0", ".5", "12"]:
        assert safe_cell(number) == number
    for plain in ["CA du Grand Angoulême", "", "'=x", "a=b", " =x"]:
        assert safe_cell(plain) == plain
    assert safe_cell(-3) == -3 and safe_cell(None) is None


def test_report_csv_tables(
    capsys: pytest.CaptureFixture[str], evil_dataset: Path, tmp_path: Path
) -> None:
    out = tmp_path / "tables"
    code = cli.main(["-q", "report", "--input", str(evil_dataset), "--on", "2021-06-30"] + [
        "--format", "csv", "-o", str(out)
    ])  # fmt: skip
    assert code == 0, capsys.readouterr().err

    def table(name: str) -> list[dict[str, str]]:
        with open(out / f"{name}.csv", encoding="utf-8", newline="") as file:
            return list(csv.DictReader(file))

    coverage = table("coverage")
    assert [row["epci"] for row in coverage[:4]] == [NEUTRALISED[p] for p in PAYLOADS]
    posts = table("financing_posts")
    assert posts[0]["post_id"] == NEUTRALISED[HYPERLINK]
    assert posts[0]["epci_name"] == NEUTRALISED[HYPERLINK]
    deadlines = {row["convention_id"]: row["name"] for row in table("deadlines")}
    assert deadlines["ctg-grand-angouleme"] == NEUTRALISED[HYPERLINK]
    assert deadlines["ctg-coeur-de-charente"] == NEUTRALISED[ARITHMETIC]
    # A negative number written by ctg stays a number: the 2018 gap to the target.
    trajectory = table("trajectory")
    assert trajectory[0]["year"] == "2018" and trajectory[0]["gap_points"] == "-20.00"
    # The library gives the same tables.
    report = ctg.report.build_report(
        ctg.load_dataset_file(evil_dataset), on=ctg.parse_date("2021-06-30")
    )
    assert (out / "coverage.csv").read_bytes().decode() == report.csv_tables()["coverage"]


def test_report_csv_one_table_on_stdout(
    capsys: pytest.CaptureFixture[str], evil_dataset: Path
) -> None:
    rows = run_csv(
        capsys, "report", "--input", str(evil_dataset), "--on", "2021-06-30", "--table", "volume"
    )
    assert [row["epci"] for row in rows[:4]] == [NEUTRALISED[p] for p in PAYLOADS]


def test_finance_csv(capsys: pytest.CaptureFixture[str], evil_dataset: Path) -> None:
    rows = run_csv(capsys, "finance", "--input", str(evil_dataset), "--on", "2021-06-30")
    assert rows[0]["post_id"] == NEUTRALISED[HYPERLINK]
    assert [row["epci_name"] for row in rows[:4]] == [NEUTRALISED[p] for p in PAYLOADS]
    assert rows[0]["total"] == "96000.00"
    explained = run_csv(
        capsys, "finance", "--input", str(evil_dataset), "--on", "2021-06-30", "--explain",
        HYPERLINK,
    )  # fmt: skip
    assert explained[0]["id"] == "post" and explained[0]["value"] == NEUTRALISED[HYPERLINK]


def test_deadlines_csv(capsys: pytest.CaptureFixture[str], evil_dataset: Path) -> None:
    rows = run_csv(capsys, "deadlines", "--input", str(evil_dataset), "--on", "2021-06-30")
    names = {row["convention_id"]: row["name"] for row in rows}
    assert names["ctg-grand-angouleme"] == NEUTRALISED[HYPERLINK]
    assert names["ctg-grand-cognac"] == NEUTRALISED[CMD]
    assert names["ctg-charente-limousine"] == NEUTRALISED[SUM]
    assert names["ctg-coeur-de-charente"] == NEUTRALISED[ARITHMETIC]


def test_scenario_csv_keeps_negative_deltas(
    capsys: pytest.CaptureFixture[str], evil_dataset: Path
) -> None:
    rows = run_csv(
        capsys, "scenario", "--input", str(evil_dataset), "--year", "2021",
        "--set", "coordination_ceiling_per_fte=40000@2021-01-01",
    )  # fmt: skip
    assert [row["epci_name"] for row in rows[:4]] == [NEUTRALISED[p] for p in PAYLOADS]
    # Grand Angoulême, 2.5 ETP at the ceiling: 80 % × (40,000 − 48,000) € × 2.5 = −16,000 €.
    assert (rows[0]["post_id"], rows[0]["delta"]) == (NEUTRALISED[HYPERLINK], "-16000.00")
    assert rows[0]["delta_bonus_territoire"] == "-11000.00"


def test_compare_csv_keeps_negative_deltas(
    capsys: pytest.CaptureFixture[str], evil_dataset: Path
) -> None:
    rows = run_csv(
        capsys, "compare", "--input", str(evil_dataset), "--on", "2021-06-30",
        "--rulebook", "national-2020", "--rulebook", "cej",
    )  # fmt: skip
    assert [row["epci_name"] for row in rows[:4]] == [NEUTRALISED[p] for p in PAYLOADS]
    # 22,553 − 24,000 € per ETP.
    assert (rows[0]["delta"], rows[0]["delta_per_fte"]) == ("-3617.50", "-1447.00")


def evil_grid(tmp_path: Path, text: str) -> Path:
    """The charente-2021 grid with its first item worded `text`, as a grid JSON file."""
    document = json.loads(ctg.to_json(ctg.builtin_grid("charente-2021")))
    item = document["sections"][0]["items"][0]
    item["text"]["fr"] = item["source_text"] = text
    item["corrections"] = []
    path = tmp_path / "grille.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


WEBSERVICE = '=WEBSERVICE("http://x")'
POST = '=HYPERLINK("http://x","y")'


def test_grid_csv(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    grid = evil_grid(tmp_path, WEBSERVICE)
    rows = run_csv(capsys, "grid", "--grid", str(grid), "--post", POST, "--year", "2021")
    assert {row["post_id"] for row in rows} == {"'" + POST}
    assert rows[0]["item_text"] == "'" + WEBSERVICE
    assert rows[1]["item_text"] == "'" + WEBSERVICE  # the item's second policy
    assert rows[-1]["item_text"] == ctg.builtin_grid("charente-2021").items()[-1].text.fr


def test_grid_csv_without_formula_is_the_library_text(capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["grid", "--format", "csv", "--post", "p-1", "--year", "2021"])
    out, _ = capsys.readouterr()
    grid = ctg.builtin_grid("charente-2021")
    assert code == 0
    assert out == ctg.blank_evaluation_csv(grid, "p-1", 2021, ctg.Language.fr)


def test_workbook_writes_formula_like_texts_as_strings(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    grid = evil_grid(tmp_path, WEBSERVICE)
    path = tmp_path / "grille.xlsx"
    code = cli.main(
        ["-q", "grid", "--grid", str(grid), "--post", POST, "--year", "2021"]
        + ["--format", "xlsx", "-o", str(path)]
    )
    assert code == 0, capsys.readouterr().err
    workbook = openpyxl.load_workbook(path)
    first = workbook.worksheets[1]  # the first section, after « Lisez-moi »
    item = first.cell(4, 2)
    assert item.value == WEBSERVICE and item.data_type == "s" and item.quotePrefix
    meta = workbook[ctg.excel.METADATA_SHEET]
    post = meta.cell(4, 2)
    assert meta.cell(4, 1).value == "post_id"
    assert post.value == POST and post.data_type == "s" and post.quotePrefix
    formulas = [
        cell.coordinate
        for sheet in workbook.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.data_type == "f"
    ]
    assert formulas == []
    # Read back: the same post.
    evaluation = ctg.excel.read_evaluation(path, ctg.load_grid_json(grid.read_text("utf-8")))
    assert evaluation.post_id == POST and evaluation.year == 2021


def test_grid_template_in_memory_has_no_formula(tmp_path: Path) -> None:
    grid = ctg.load_grid_json(evil_grid(tmp_path, WEBSERVICE).read_text("utf-8"))
    workbook = ctg.excel.grid_template(grid, post_id=POST, year=2021)
    assert workbook.worksheets[0].cell(4, 2).data_type == "s"
    assert workbook[ctg.excel.METADATA_SHEET].cell(4, 2).data_type == "s"
    # A number of the metadata stays a number.
    assert workbook[ctg.excel.METADATA_SHEET].cell(3, 2).value == grid.version


def test_cells_examples() -> None:
    import doctest

    from ctg import _cells

    result = doctest.testmod(_cells)
    assert result.attempted == 2 and result.failed == 0
