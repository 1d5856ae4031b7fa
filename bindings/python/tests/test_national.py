# SPDX-License-Identifier: MIT
"""The national view (`ctg.national`, `ctg national`): the library's figures as data (values
worked out by hand, as in tests/unit/analysis/national_view_test.cpp), the schema, the Markdown
and HTML renderings, the command line, and the page in a real browser."""

from __future__ import annotations

import datetime
import json
import os
import shutil
from pathlib import Path

import jsonschema
import pytest

import ctg
from ctg.national import NATIONAL_FORMAT, build_national

from .cli_support import error_line, run

ROOT = Path(__file__).resolve().parents[3]
SCHEMA = json.loads((ROOT / "docs" / "schemas" / "national.schema.json").read_text())
SMALL = ROOT / "tests" / "data" / "national"
DEUX_SEVRES = Path(__file__).parent / "data" / "deux-sevres-2022.json"
ON = datetime.date(2022, 6, 30)
CHROMIUM = "/usr/bin/chromium"


def _load(path: Path) -> ctg.Dataset:
    return ctg.load_dataset_json(path.read_text(encoding="utf-8"), str(path))


@pytest.fixture(scope="module")
def small() -> list[ctg.Dataset]:
    return [_load(SMALL / "national-test-86.json"), _load(SMALL / "national-test-17.json")]


@pytest.fixture(scope="module")
def two() -> dict:
    datasets = [ctg.builtin_dataset("charente-2021"), _load(DEUX_SEVRES)]
    return build_national(datasets, on=ON).data


def _validate(data: dict) -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.validate(data, SCHEMA, cls=jsonschema.Draft202012Validator)


# --- Data --------------------------------------------------------------------------------------


def test_small_departments_and_the_shared_epci_counted_once(small: list[ctg.Dataset]) -> None:
    data = build_national(small, on=ON).data
    _validate(data)
    assert data["format"] == NATIONAL_FORMAT
    assert [d["code"] for d in data["departments"]] == ["17", "86"]  # code order
    a, b = data["departments"]
    assert (a["population"], a["covered"], a["contracted_fte"]) == (50500, 50500, "1.5")
    assert (b["population"], b["covered"], b["covered_percent"]) == (70000, 50000, "71.43")
    assert a["inhabitants_per_fte"] == {"fraction": "101000/3", "value": "33666.67"}
    # 2 ETP × 24,000 € × 306/365 days (from 1 March) = 40,241.0958… €.
    assert b["financing"] == "40241.10"
    n = data["national"]
    assert (n["population"], n["covered"], n["contracted_fte"]) == (100500, 100500, "3.5")
    assert n["inhabitants_per_fte"] == {"fraction": "201000/7", "value": "28714.29"}
    assert n["financing"] == "76241.10"
    assert data["shared_epcis"] == [
        {
            "siren": "248600025",
            "name": "CC Test Partagée",
            "departments": ["17", "86"],
            "counted_in": "17",
            "population": 20500,
            "covered": 20500,
        }
    ]
    [warning] = data["warnings"]
    assert warning["code"] == "national.epci.population_differs"
    assert warning["value"] == "20000"
    s = data["spread"]
    # (2,000/3) / (103,000/3) = 2/103 = 1.94 %.
    assert (s["mean"], s["standard_deviation"], s["coefficient_of_variation_percent"]) == (
        "34333.33",
        "666.67",
        "1.94",
    )
    assert s["max_over_min"] == {"fraction": "105/101", "value": "1.04"}
    assert [r["code"] for r in data["above_national"]] == ["86", "17"]
    assert data["above_national"][0]["gap_percent"] == "21.89"  # 44/201
    assert data["below_national"] == []


def test_charente_and_deux_sevres(two: dict) -> None:
    _validate(two)
    c, d = two["departments"]
    assert (c["code"], c["rulebook"], c["financing"]) == ("16", "charente-2021", "566400.00")
    assert (d["code"], d["rulebook"], d["contracted_fte"]) == ("79", "national-2020", "5.55")
    assert d["inhabitants_per_fte"] == {"fraction": "1720000/37", "value": "46486.49"}
    # Charente: millésime 2019 in force on 30/06/2022, 352,015 (data/epci.json of
    # @etalab/decoupage-administratif 2.3.1, by hand); Deux-Sèvres: 258,000.
    assert two["national"]["population"] == 610015
    assert two["national"]["inhabitants_per_fte"]["value"] == "30050.00"  # 610,015 / 20.3
    assert two["spread"]["coefficient_of_variation_percent"] == "32.15"
    assert two["below_national"][0]["gap_percent"] == "-20.58"
    assert two["national_context"]["total"] == "85000000.00"


def test_fte_paid_and_farthest_pass_through(small: list[ctg.Dataset]) -> None:
    data = build_national(small, on=ON, fte_paid=ctg.FteBasis.in_post, farthest=1).data
    assert data["fte_paid"] == "in_post"
    assert [r["code"] for r in data["above_national"]] == ["86"]


def test_two_datasets_of_one_department_are_refused(small: list[ctg.Dataset]) -> None:
    with pytest.raises(ctg.InvalidValueError) as caught:
        build_national([small[1], ctg.builtin_dataset("charente-2021"), small[1]], on=ON)
    assert caught.value.detail is not None and caught.value.detail.field == "datasets"
    assert "national-test-17 already gives department 17" in str(caught.value)


# --- Renderings --------------------------------------------------------------------------------


def test_markdown_in_both_languages(small: list[ctg.Dataset]) -> None:
    fr = build_national(small, on=ON).to_markdown()
    assert fr.startswith("# Vue nationale de la coordination CTG au 30 juin 2022\n")
    assert "28\u202f714,29" in fr
    assert "| 17 Charente-Maritime " in fr
    assert "1,94\u00a0%" in fr or "1,94 %" in fr
    en = build_national(small, on=ON, language=ctg.Language.en).to_markdown()
    assert "# National view of CTG coordination on 30 June 2022" in en
    assert "28,714.29" in en
    assert "counted once nationally" in en


def test_html_has_the_chart_and_no_script(two: dict) -> None:
    datasets = [ctg.builtin_dataset("charente-2021"), _load(DEUX_SEVRES)]
    page = build_national(datasets, on=ON).to_html()
    assert page.startswith("<!DOCTYPE html>")
    assert '<figure class="chart" id="chart-national-inhabitants-per-fte">' in page
    assert "<svg" in page and "<script" not in page
    assert "79 Deux-Sèvres" in page and "16 Charente" in page
    assert "32,15" in page  # the coefficient of variation


def test_the_page_in_chromium(tmp_path: Path) -> None:
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is absent (Debian package chromium, installed by make test)")
    from playwright.sync_api import sync_playwright

    datasets = [ctg.builtin_dataset("charente-2021"), _load(DEUX_SEVRES)]
    path = tmp_path / "national.html"
    path.write_text(build_national(datasets, on=ON).to_html(), encoding="utf-8")
    problems: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        )
        try:
            tab = browser.new_page(viewport={"width": 1000, "height": 1200})
            tab.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
            tab.on("requestfailed", lambda r: problems.append(f"requestfailed: {r.url}"))
            tab.goto(path.as_uri(), wait_until="load")
            assert tab.title().startswith("Vue nationale")
            box = tab.locator("#chart-national-inhabitants-per-fte svg").bounding_box()
            assert box is not None and box["width"] > 300 and box["height"] > 50
            assert tab.locator("#cv").inner_text().startswith("32,15")
        finally:
            browser.close()
    assert problems == []


# --- Command line ------------------------------------------------------------------------------


def test_cli_json_of_a_directory_and_a_builtin(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    shutil.copy(DEUX_SEVRES, tmp_path / "79.json")
    code, out, err = run(
        capsys, "national", str(tmp_path), "charente-2021", "--on", "2022-06-30", "-f", "json"
    )
    assert code == 0, err
    data = json.loads(out)
    _validate(data)
    assert data["language"] == "en"
    assert [d["dataset_id"] for d in data["departments"]] == ["charente-2021", "deux-sevres-2022"]


def test_cli_html_to_a_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out_file = tmp_path / "national.html"
    code, _, err = run(
        capsys, "national", str(SMALL), "--on", "2022-06-30", "-f", "html", "-o", str(out_file)
    )
    assert code == 0, err
    assert "chart-national-inhabitants-per-fte" in out_file.read_text(encoding="utf-8")


def test_cli_repeated_department_is_invalid_data(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "national", "charente-2021", "charente-2021", "--on", "2022-06-30")
    assert code == 1
    assert "department 16" in err


def test_cli_empty_directory_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "national", str(tmp_path), "--on", "2022-06-30")
    assert code == 2
    assert "*.json" in error_line(err, "national")


# --- The synthetic national set ----------------------------------------------------------------


def test_the_synthetic_set_counts_every_epci_of_the_catalogue_once() -> None:
    """tests/bench/national_set.py on the 2024 catalogue: the national population is the sum of
    the catalogue's EPCI populations, read here from the file itself, although 89 EPCI are
    listed by several departments."""
    import importlib.util

    catalogue = ROOT / "src" / "data" / "territories" / "2024.tsv"
    if not catalogue.exists():
        pytest.skip("no territorial catalogue in this tree")
    spec = importlib.util.spec_from_file_location(
        "national_set", ROOT / "tests" / "bench" / "national_set.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sets = module.build(catalogue, module.DEFAULT_SEED)
    assert sets == module.build(catalogue, module.DEFAULT_SEED)  # reproducible
    datasets = [ctg.load_dataset_json(json.dumps(d), code) for code, d in sets.items()]
    epci_lines = [
        line.split("\t")
        for line in catalogue.read_text(encoding="utf-8").splitlines()
        if line.startswith("E\t")
    ]
    expected = sum(int(fields[4]) for fields in epci_lines)
    data = build_national(datasets, on=datetime.date(2024, 6, 30)).data
    _validate(data)
    assert len(data["departments"]) == 101
    assert len(epci_lines) == 1255
    assert data["national"]["population"] == expected
    assert sum(d["population"] for d in data["departments"]) > expected  # shared EPCI twice
    assert len(data["shared_epcis"]) == 89
    assert data["warnings"] == []  # one population per EPCI whichever dataset lists it
    assert sum(d["posts"] for d in data["departments"]) <= 6011
    assert all(
        e["provenance"]["evidence"] == "illustrative" for d in sets.values() for e in d["epcis"]
    )
