# SPDX-License-Identifier: MIT
"""The package's shape: `import ctg` stays light, the optional dependencies come with extras,
and a missing one is an error that names the extra to install."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
import tomllib
from datetime import date
from pathlib import Path

import pytest

import ctg
from ctg import _catalogue, _extras, cli
from ctg.report import build_report

ROOT = Path(__file__).resolve().parents[3]
OPTIONAL = {"jinja2", "pandas", "matplotlib", "openpyxl", "babel"}


@pytest.mark.parametrize("module", ["ctg", "ctg.cli"])
def test_import_ctg_imports_no_optional_dependency(module: str) -> None:
    code = f"import {module}, sys; print(sorted(set({sorted(OPTIONAL)!r}) & set(sys.modules)))"
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert completed.stdout.strip() == "[]"


#: Standard modules that only some features of ctg need, each a few milliseconds of a start-up
#: (docs/pages/benchmarks.md, `make bench-startup`): `import ctg` leaves them to those features.
HEAVY_STANDARD = {
    "typing",
    "re",
    "decimal",
    "datetime",
    "contextlib",
    "json",
    "hashlib",
    "tomllib",
    "pathlib",
    "tempfile",
    "importlib.resources",
}


def test_import_ctg_leaves_the_heavy_standard_modules_to_the_features_that_need_them() -> None:
    code = "import sys; before = set(sys.modules); import ctg; print(*set(sys.modules) - before)"
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert sorted(HEAVY_STANDARD & set(completed.stdout.split())) == []


def test_the_json_report_leaves_them_to_the_features_that_need_them_too() -> None:
    # `ctg report --format json` on stdout: no file written, no workbook read, no text rendered.
    code = (
        "import contextlib, io, sys; before = set(sys.modules)\n"
        "from ctg import cli\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    cli.main(['report', '-q', '--on', '2021-06-30', '--format', 'json'])\n"
        "print(*set(sys.modules) - before)\n"
    )
    for _ in range(2):  # the first run may fill ctg's cache (the catalogue's entries)
        completed = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
    loaded = set(completed.stdout.split())
    heavy = (HEAVY_STANDARD - {"re", "decimal", "datetime", "contextlib", "json"}) | {
        "dataclasses",
        "inspect",
        "zipfile",
    }
    assert sorted((heavy | OPTIONAL) & loaded) == []


def test_pyproject_extras_match_the_modules_named_in_errors() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]

    def names(requirements: list[str]) -> set[str]:
        return {r.split(">")[0].split("=")[0].split("[")[0].strip().lower() for r in requirements}

    assert names(project["dependencies"]) == {"numpy"}
    for extra, modules in _extras.EXTRAS.items():
        assert names(extras[extra]) == set(modules), extra
    assert extras["all"] == ["ctg[report,excel,frames]"]
    assert set(_extras.EXTRAS) == {"report", "excel", "frames"}


def without(monkeypatch: pytest.MonkeyPatch, module: str, *cached: str) -> None:
    """`import module` fails from now on, as when it is not installed; the ctg modules `cached`
    are imported afresh."""
    monkeypatch.setitem(sys.modules, module, None)
    for name in cached:
        monkeypatch.delitem(sys.modules, name, raising=False)
        parent, _, child = name.rpartition(".")
        monkeypatch.delattr(sys.modules[parent], child, raising=False)  # `from . import child`


def test_frames_without_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    without(monkeypatch, "pandas", "ctg.frames")
    with pytest.raises(ctg.MissingDependencyError) as raised:
        importlib.import_module("ctg.frames")
    assert str(raised.value) == (
        "ctg.frames needs pandas, which is not installed: pip install 'ctg[frames]' (or 'ctg[all]')"
    )
    assert isinstance(raised.value, ImportError)
    assert (raised.value.name, raised.value.extra) == ("pandas", "frames")


def test_excel_without_openpyxl(monkeypatch: pytest.MonkeyPatch) -> None:
    without(monkeypatch, "openpyxl", "ctg.excel")
    with pytest.raises(ctg.MissingDependencyError, match=r"pip install 'ctg\[excel\]'"):
        importlib.import_module("ctg.excel")


@pytest.mark.parametrize("module", ["jinja2", "matplotlib"])
def test_html_report_without_its_dependencies(monkeypatch: pytest.MonkeyPatch, module: str) -> None:
    report = build_report(
        ctg.builtin_dataset("charente-2021"),
        on=date(2021, 6, 30),
        rulebooks=[ctg.builtin_rulebook("charente-2021")],
    )
    without(monkeypatch, module, "ctg.report._html", "ctg.report._charts")
    with pytest.raises(ctg.MissingDependencyError) as raised:
        report.to_html()
    assert str(raised.value).startswith(f"the report as HTML needs {module}, which is not")
    assert raised.value.extra == "report"


def test_notebook_tables_without_jinja2(monkeypatch: pytest.MonkeyPatch) -> None:
    from ctg import _html

    charente = ctg.builtin_rulebook("charente-2021")
    post = ctg.PostInput(id="p", contracted_fte="1", basis=ctg.ExpenseBasis.at_ceiling)
    result = ctg.finance(charente, post, date(2021, 6, 30))
    without(monkeypatch, "jinja2")
    _html._environment.cache_clear()
    try:
        with pytest.raises(ctg.MissingDependencyError, match=r"pip install 'ctg\[report\]'"):
            result._repr_html_()
    finally:
        _html._environment.cache_clear()


def test_cli_names_the_extra_in_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    without(monkeypatch, "openpyxl", "ctg.excel")
    code = cli.main(["grid", "--format", "xlsx", "-o", str(tmp_path / "grille.xlsx")])
    err = capsys.readouterr().err
    assert code == 2
    assert err == (
        "ctg grid : erreur : ctg.excel demande le module openpyxl, qui n’est pas installé : "
        "pip install 'ctg[excel]' (ou 'ctg[all]')\n"
    )
    code = cli.main(["grid", "--format", "xlsx", "-o", str(tmp_path / "grille.xlsx"), "--lang=en"])
    err = capsys.readouterr().err
    assert code == 2
    assert err == (
        "ctg grid: error: ctg.excel needs openpyxl, which is not installed: "
        "pip install 'ctg[excel]' (or 'ctg[all]')\n"
    )
    assert not (tmp_path / "grille.xlsx").exists()


def test_a_missing_dependency_in_both_languages(monkeypatch: pytest.MonkeyPatch) -> None:
    report = build_report(
        ctg.builtin_dataset("charente-2021"),
        on=date(2021, 6, 30),
        rulebooks=[ctg.builtin_rulebook("charente-2021")],
    )
    without(monkeypatch, "matplotlib", "ctg.report._html", "ctg.report._charts")
    with pytest.raises(ctg.MissingDependencyError) as raised:
        report.to_html()
    assert raised.value.feature == "report_html"
    assert (
        raised.value.in_language("en")
        == str(raised.value)
        == (
            "the report as HTML needs matplotlib, which is not installed: "
            "pip install 'ctg[report]' (or 'ctg[all]')"
        )
    )
    assert raised.value.in_language("fr") == (
        "le rapport en HTML demande le module matplotlib, qui n’est pas installé : "
        "pip install 'ctg[report]' (ou 'ctg[all]')"
    )


def test_every_feature_that_requires_an_extra_is_worded() -> None:
    # A feature key without its catalogue entry would be a KeyError instead of the message.
    package = Path(ctg.__file__).parent
    used = {
        feature
        for path in package.rglob("*.py")
        for feature in re.findall(r'requires\("(\w+)"\)', path.read_text(encoding="utf-8"))
    }
    assert len(used) >= 9
    for feature in used:
        for language in ("fr", "en"):
            assert _catalogue.text(f"extras.feature.{feature}", language), feature


def test_only_a_missing_optional_package_becomes_the_extras_error() -> None:
    # A module missing inside an installed package is a broken install: reported as it is.
    with pytest.raises(ModuleNotFoundError) as raised, _extras.requires("x"):
        raise ModuleNotFoundError("No module named 'pandas._libs'", name="pandas._libs")
    assert not isinstance(raised.value, ctg.MissingDependencyError)
    with pytest.raises(ModuleNotFoundError) as raised, _extras.requires("x"):
        raise ModuleNotFoundError("No module named 'markupsafe'", name="markupsafe")
    assert not isinstance(raised.value, ctg.MissingDependencyError)


CORE_ONLY = """
import importlib.abc, sys

class NotInstalled(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in {OPTIONAL!r}:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return None

sys.meta_path.insert(0, NotInstalled())
from datetime import date
import ctg
from ctg import cli

post = ctg.PostInput(id="p", contracted_fte="2.5", basis=ctg.ExpenseBasis.at_ceiling)
print(ctg.finance(ctg.builtin_rulebook("charente-2021"), post, date(2021, 6, 30)).total)
print(cli.main(["finance", "--on", "2021-06-30", "--format", "json", "-o", {json!r}]))
print(cli.main(["report", "--on", "2021-06-30", "--format", "json", "-o", {report!r}]))
print(cli.main(["report", "--on", "2021-06-30", "--html", {html!r}]))
"""


def test_the_core_works_without_any_extra(tmp_path: Path) -> None:
    """As after `pip install ctg`: the library, `ctg finance` and the JSON report work; the HTML
    report says which extra it needs."""
    script = CORE_ONLY.format(
        OPTIONAL=sorted(OPTIONAL),
        json=str(tmp_path / "finance.json"),
        report=str(tmp_path / "report.json"),
        html=str(tmp_path / "report.html"),
    )
    completed = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert completed.stdout.splitlines() == ["96000.00", "0", "0", "2"]
    assert completed.stderr.splitlines()[-1] == (
        "ctg report : erreur : le rapport en HTML demande le module matplotlib, qui n’est pas "
        "installé : pip install 'ctg[report]' (ou 'ctg[all]')"
    )
    assert "Traceback" not in completed.stderr
    assert '"total"' in (tmp_path / "report.json").read_text(encoding="utf-8")
