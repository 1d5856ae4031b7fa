# SPDX-License-Identifier: MIT
"""The territorial catalogue and `ctg init`.

Expected figures are read in the pinned package's own JSON (data/epci.json of
@etalab/decoupage-administratif, fetched by src/data/territories/derive.py and checked against its
integrity hash), never through ctg; those tests are skipped, saying why, only when the tarball can
be neither found in build/territories/packages nor fetched with `npm pack`."""

from __future__ import annotations

import importlib.util
import io
import json
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Any

import pytest

import ctg
from cli_support import run

REPO = Path(__file__).resolve().parents[3]
DERIVE = REPO / "src" / "data" / "territories" / "derive.py"
CACHE = REPO / "build" / "territories" / "packages"


def _derive_module() -> Any:
    spec = importlib.util.spec_from_file_location("derive", DERIVE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["derive"] = module
    spec.loader.exec_module(module)
    return module


def package_epcis(year: int) -> list[dict[str, Any]]:
    """data/epci.json of the version pinned for `year`, read from its tarball."""
    derive = _derive_module()
    pin = next(p for p in derive.read_pins() if p.year == year)
    try:
        tarball = derive.fetch(pin, CACHE)
    except derive.Unavailable as error:
        pytest.skip(f"the pinned package cannot be fetched here: {error}")
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as archive:
        member = archive.extractfile("package/data/epci.json")
        assert member is not None
        epcis: list[dict[str, Any]] = json.load(member)
        return epcis


def department_of(insee: str) -> str:
    return insee[:3] if insee.startswith("97") else insee[:2]


def in_department(year: int, code: str) -> list[dict[str, Any]]:
    return [
        e
        for e in package_epcis(year)
        if any(department_of(m["code"]) == code for m in e["membres"])
    ]


def test_committed_files_are_what_the_pinned_packages_give() -> None:
    done = subprocess.run(
        [sys.executable, str(DERIVE), "--check", "--cache", str(CACHE)],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    if done.returncode == 3:
        pytest.skip(f"the pinned packages cannot be fetched here: {done.stderr.strip()}")
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("as @etalab/decoupage-administratif@") == 8


def test_the_package_ships_every_year() -> None:
    assert ctg.territory_years() == list(range(2019, 2027))
    catalogue = ctg.territories(2024)
    assert catalogue is ctg.territories(2024)  # read once
    assert (catalogue.version, catalogue.epci_population_year) == ("4.1.0", 2021)


@pytest.mark.parametrize(
    ("code", "shape"),
    [("69", "métropole de Lyon"), ("71", "an EPCI spanning 21 and 71"), ("976", "overseas")],
)
def test_init_writes_a_valid_dataset(
    code: str, shape: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = in_department(2022, code)
    output = tmp_path / f"{code}.json"
    status, _, init_err = run(
        capsys, "init", "--department", code, "--year", "2022", "-o", str(output)
    )
    assert status == 0, init_err
    dataset = ctg.load_dataset_file(str(output))
    assert dataset.warnings == []
    assert sorted(str(e.siren) for e in dataset.epcis) == sorted(e["code"] for e in expected)
    assert sum(e.population.inhabitants for e in dataset.epcis) == sum(
        e["populationMunicipale"] for e in expected
    )
    for epci, official in zip(
        sorted(dataset.epcis, key=lambda e: str(e.siren)),
        sorted(expected, key=lambda e: e["code"]),
        strict=True,
    ):
        assert epci.name == official["nom"]
        assert epci.commune_count == len(official["membres"])
        assert epci.population.provenance.kind == ctg.Evidence.public_source
    status, _, err = run(capsys, "report", "--input", str(output), "--on", "2022-06-30")
    assert status == 0, err
    if code == "69":
        lyon = next(e for e in dataset.epcis if str(e.siren) == "200046977")
        assert lyon.kind == ctg.EpciKind.metropole
    if code == "71":
        assert "CA Beaune, Côte et Sud" in init_err  # named as spanning two departments
    if code == "976":
        # Mayotte: INSEE's census of 2017
        assert {e.population.reference_year for e in dataset.epcis} == {2017}


def test_init_reads_a_french_posts_sheet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vienne = {e["nom"]: e["code"] for e in in_department(2022, "86")}
    grand_poitiers = next(siren for name, siren in vienne.items() if "Poitiers" in name)
    sheet = tmp_path / "postes.csv"
    sheet.write_text(
        "epci;contracted_fte;start;end;coordinator;coordinator_fte;coordinator_start;expense_2022\n"
        f"{grand_poitiers};1,5;01/01/2022;31/12/2025;c1;1;01/03/2022;60 000,00\n"
        f"{grand_poitiers};;;;c2;0,5;;\n",
        encoding="utf-8",
    )
    output = tmp_path / "vienne.json"
    status, _, err = run(
        capsys, "init", "--department", "86", "--year", "2022", "--posts", str(sheet),
        "-o", str(output),
    )  # fmt: skip
    assert status == 0, err
    assert "(separator ';')" in err
    dataset = ctg.load_dataset_file(str(output))
    (post,) = dataset.posts
    assert post.contracted_fte.to_string() == "1.5"
    assert [(c.id, c.fte.to_string(), c.start.isoformat()) for c in post.coordinators] == [
        ("c1", "1", "2022-03-01"),
        ("c2", "0.5", "2022-01-01"),
    ]
    assert [(e.year, e.amount.cents) for e in post.expenses] == [(2022, 6_000_000)]
    convention = dataset.conventions[0]
    assert (convention.term.start.isoformat(), convention.term.end.isoformat()) == (
        "2022-01-01",
        "2026-01-01",
    )


def test_init_locates_every_error_of_the_posts_sheet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "postes.csv"
    sheet.write_text(
        "epci;contracted_fte;start;end;coordinator_fte\n"
        "CA du Grand Angoulême;1;01/01/2022;31/12/2025;\n"  # an EPCI of another department
        "Grand Poitiers;1;2022-01-01;2025-12-31;\n"  # not the exact official name
        "200069854;1,5;31/02/2022;31/12/2025;0,5\n",  # no such day; a share with no coordinator
        encoding="utf-8",
    )
    status, _, err = run(
        capsys, "init", "--department", "86", "--year", "2022", "--posts", str(sheet)
    )
    assert status == 1
    assert "row 2, column epci" in err
    assert "row 3, column epci" in err
    assert "row 4, column start" in err
    assert "row 4, column coordinator_fte" in err


def test_init_refuses_a_department_or_a_year_it_does_not_know(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, _, err = run(capsys, "init", "--department", "99", "--year", "2022")
    assert status != 0 and '"99"' in err and "101 codes from 01 to 976" in err
    status, _, err = run(capsys, "init", "--department", "86", "--year", "2018")
    assert status == 2 and "2019, 2020" in err


def test_init_writes_the_workbook_to_fill(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("openpyxl")
    from ctg import excel

    workbook = tmp_path / "vienne.xlsx"
    status, _, err = run(
        capsys, "init", "--department", "86", "--year", "2022", "--format", "xlsx",
        "-o", str(workbook),
    )  # fmt: skip
    assert status == 0, err
    read = excel.read_dataset_workbook(str(workbook))
    assert sorted(str(e.siren) for e in read.dataset.epcis) == sorted(
        e["code"] for e in in_department(2022, "86")
    )
