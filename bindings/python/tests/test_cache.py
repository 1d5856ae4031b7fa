# SPDX-License-Identifier: MIT
"""ctg's cache (ctg/_cache.py, ctg/_template_cache.py, the catalogue's entries): what it keeps
changes no byte of an output, it is never the package's folder, environments with other compile
settings never share a template's compiled code, and a cache that cannot be written is no
error. Its speed is measured by tests/bench/report_render_bench.py, not here."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from datetime import date
from pathlib import Path

import jinja2
import pytest

import ctg
from ctg import _cache, _catalogue
from ctg._html import template_environment
from ctg._template_cache import TemplateCache, settings_key

PACKAGE = Path(ctg.__file__).resolve().parent
REPORTS = {
    "md": ["--format", "md"],
    "html": ["--format", "html"],
    "synthese": ["--format", "html", "--audience", "elus"],
}


def report(arguments: list[str], **environment: str) -> bytes:
    """The bytes `ctg report` writes on stdout, in a new process with `environment` added."""
    env = os.environ | environment
    if "CTG_NO_CACHE" not in environment:
        env.pop("CTG_NO_CACHE", None)
    return subprocess.run(
        [sys.executable, "-m", "ctg", "report", "-q", "--on", "2021-06-30", *arguments],
        env=env,
        check=True,
        capture_output=True,
    ).stdout


@pytest.mark.parametrize("name", list(REPORTS))
def test_cached_templates_render_the_bytes_of_the_source_templates(
    name: str, tmp_path: Path
) -> None:
    # Compiled in the process (no cache), compiled then stored (empty cache), loaded from the
    # cache: the same page.
    compiled = report(REPORTS[name], CTG_NO_CACHE="1")
    stored = report(REPORTS[name], CTG_CACHE_DIR=str(tmp_path))
    assert any((tmp_path / "templates").glob("*.jinja2"))
    loaded = report(REPORTS[name], CTG_CACHE_DIR=str(tmp_path))
    assert stored == compiled
    assert loaded == compiled


def test_a_cached_template_is_not_compiled_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = template_environment(bytecode_cache=TemplateCache(str(tmp_path)))
    text = first.get_template("_style.html.j2").render()
    assert len(list(tmp_path.iterdir())) == 1

    def no_compile(*args: object, **kwargs: object) -> None:
        raise AssertionError("the template was compiled, not read from the cache")

    monkeypatch.setattr(jinja2.Environment, "compile", no_compile)
    again = template_environment(bytecode_cache=TemplateCache(str(tmp_path)))
    assert again.get_template("_style.html.j2").render() == text


def test_environments_with_other_settings_do_not_share_compiled_code(tmp_path: Path) -> None:
    # Jinja2 keys its cache by template name and file only: without the settings in the key,
    # the Markdown environment (no autoescaping) would run the code compiled for HTML.
    cache = TemplateCache(str(tmp_path))
    loader = jinja2.DictLoader({"cell.j2": "{{ text }}"})
    html = jinja2.Environment(loader=loader, autoescape=True, bytecode_cache=cache)
    markdown = jinja2.Environment(loader=loader, autoescape=False, bytecode_cache=cache)  # noqa: S701
    assert html.get_template("cell.j2").render(text="a < b") == "a &lt; b"
    assert markdown.get_template("cell.j2").render(text="a < b") == "a < b"
    assert len(list(tmp_path.iterdir())) == 2


def test_settings_key_sees_filters_and_what_they_are_passed() -> None:
    plain = jinja2.Environment(autoescape=True)
    with_filter = jinja2.Environment(autoescape=True)
    with_filter.filters["money"] = str
    with_context = jinja2.Environment(autoescape=True)
    with_context.filters["money"] = jinja2.pass_context(lambda context, value: str(value))
    keys = {settings_key(env) for env in (plain, with_filter, with_context)}
    assert len(keys) == 3
    assert settings_key(jinja2.Environment(autoescape=True)) == settings_key(plain)


def test_the_cache_is_never_the_package_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CTG_NO_CACHE", raising=False)
    for inside in (PACKAGE, PACKAGE / "templates", PACKAGE / "cache"):
        monkeypatch.setenv("CTG_CACHE_DIR", str(inside))
        assert _cache.cache_dir("templates") is None, inside
    assert not (PACKAGE / "templates" / "templates").exists()
    monkeypatch.delenv("CTG_CACHE_DIR")
    default = _cache.root()
    assert default is not None
    assert PACKAGE not in default.resolve().parents
    monkeypatch.setenv("CTG_NO_CACHE", "1")
    assert _cache.root() is None


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    page = report(REPORTS["md"], CTG_CACHE_DIR=str(blocker / "cache"))
    assert page == report(REPORTS["md"], CTG_NO_CACHE="1")
    # Jinja2's own write fails when the folder is gone: the cache gives up quietly.
    env = jinja2.Environment(
        autoescape=True,
        loader=jinja2.DictLoader({"t.j2": "{{ 1 + 1 }}"}),
        bytecode_cache=TemplateCache(str(tmp_path / "missing")),
    )
    assert env.get_template("t.j2").render() == "2"


def test_a_run_writes_in_its_cache_folder_only(tmp_path: Path) -> None:
    home, cache = tmp_path / "home", tmp_path / "cache"
    home.mkdir()
    before = sorted(p for p in PACKAGE.rglob("*") if "__pycache__" not in p.parts)
    report(REPORTS["md"], HOME=str(home), CTG_CACHE_DIR=str(cache))
    assert list(home.iterdir()) == []
    assert {p.parent.name for p in cache.rglob("*.*")} == {"catalogue", "templates"}
    assert sorted(p for p in PACKAGE.rglob("*") if "__pycache__" not in p.parts) == before


def test_the_catalogue_read_from_the_cache_is_the_parsed_catalogue(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CTG_CACHE_DIR", str(tmp_path))
    parsed = _catalogue.entries.__wrapped__()  # parses the TOML files, stores the entries
    assert len(list((tmp_path / "catalogue").iterdir())) == 1
    read = _catalogue.entries.__wrapped__()  # reads them back
    assert read == parsed
    # And both are the TOML files' entries: one checked by hand.
    with (PACKAGE / "catalogue" / "catalogue.toml").open("rb") as file:
        languages = tomllib.load(file)["languages"]
    assert read["catalogue.languages"] == languages
    assert languages["fr"] == "français, anglais"


def test_cached_charts_are_the_drawn_charts_and_need_no_matplotlib_import(tmp_path: Path) -> None:
    drawn = report(REPORTS["html"], CTG_NO_CACHE="1")
    stored = report(REPORTS["html"], CTG_CACHE_DIR=str(tmp_path))
    charts = list((tmp_path / "charts").glob("*.json"))
    assert len(charts) == drawn.count(b"<svg ")
    code = (
        "import datetime, sys, ctg\n"
        "from ctg.report import build_report\n"
        "page = build_report(ctg.builtin_dataset('charente-2021'), "
        "on=datetime.date(2021, 6, 30)).to_html()\n"
        "sys.stdout.write(page)\n"
        "sys.stderr.write(str('matplotlib' in sys.modules))\n"
    )
    env = os.environ | {"CTG_CACHE_DIR": str(tmp_path)}
    read = subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)
    assert read.stderr == b"False"
    assert stored == drawn
    assert read.stdout == drawn


def test_a_matplotlibrc_of_the_working_folder_is_part_of_a_charts_key(tmp_path: Path) -> None:
    # matplotlib reads ./matplotlibrc at start-up: a chart cached without it is not given
    # to a run that has one (the same page as drawn without any cache, under the same file).
    cache, folder = tmp_path / "cache", tmp_path / "work"
    folder.mkdir()
    report(REPORTS["html"], CTG_CACHE_DIR=str(cache))
    (folder / "matplotlibrc").write_text("axes.facecolor: eeeeee\n", encoding="utf-8")

    def in_folder(**environment: str) -> bytes:
        env = os.environ | environment
        command = [sys.executable, "-m", "ctg", "report", "-q", "--on", "2021-06-30"]
        return subprocess.run(
            [*command, *REPORTS["html"]], env=env, cwd=folder, check=True, capture_output=True
        ).stdout

    with_rc = in_folder(CTG_CACHE_DIR=str(cache))
    assert with_rc == in_folder(CTG_NO_CACHE="1")
    assert with_rc != report(REPORTS["html"], CTG_CACHE_DIR=str(cache))


def test_the_charts_part_keeps_the_newest_entries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CTG_CACHE_DIR", str(tmp_path))
    for index in range(5):
        _cache.store_json("charts", f"k{index}", {"svg": str(index)})
        os.utime(tmp_path / "charts" / f"k{index}.json", ns=(index, index))
    _cache.prune("charts", 3)
    assert sorted(p.name for p in (tmp_path / "charts").iterdir()) == [
        "k2.json",
        "k3.json",
        "k4.json",
    ]
    assert _cache.load_json("charts", "k4") == {"svg": "4"}


def test_matplotlibs_settings_of_the_moment_are_part_of_a_charts_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A notebook that changed matplotlib's settings gets the charts drawn with them, cached or
    # not, and the charts without them once they are restored.
    import matplotlib

    from ctg.report import build_report

    report_ = build_report(ctg.builtin_dataset("charente-2021"), on=date(2021, 6, 30))
    monkeypatch.setenv("CTG_NO_CACHE", "1")
    plain = report_.to_html()
    with matplotlib.rc_context({"axes.facecolor": "#eeeeee"}):
        styled = report_.to_html()
    assert styled != plain
    monkeypatch.delenv("CTG_NO_CACHE")
    monkeypatch.setenv("CTG_CACHE_DIR", str(tmp_path))
    assert report_.to_html() == plain  # drawn, stored
    with matplotlib.rc_context({"axes.facecolor": "#eeeeee"}):
        assert report_.to_html() == styled
    assert report_.to_html() == plain  # read back
