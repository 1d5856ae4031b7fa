# SPDX-License-Identifier: MIT
"""The commands of docs/pages/guide-fr.md run, in order, in one folder, and show what the guide
says they show.

The guide's conventions, read here:
- a ```text block right after a line "Fichier `NAME` :" is a file the reader writes: it is
  written as NAME before the commands that follow it;
- in a ```console block, a line `$ ctg …` is a command; the lines after it, up to the next `$`,
  are lines of its output (stdout and stderr): each must be a line of the real output, except
  `…` (lines left out) and a line ending with ` …` (a line cut: the real line starts with it);
- a command whose quoted output has the line `ctg COMMAND : erreur : …` exits 1, any other 0.
The commands run in this process, without `--lang` and in a C locale: French is the default of
the command line, not the system's language.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from ctg import cli

ROOT = Path(__file__).resolve().parents[3]
PAGE = ROOT / "docs" / "pages" / "guide-fr.md"
BLOCK = re.compile(r"^```(\w*)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
FILE_LABEL = re.compile(r"^Fichier `([^`/]+)` :$")
ELLIPSIS = "…"
# The outputs group digits and set "%" with narrow no-break spaces, shown as spaces on the page.
SPACES = str.maketrans({"\u202f": " ", "\u00a0": " "})


@dataclass
class Command:
    argv: list[str]
    expected: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        error = f"ctg {self.argv[0]} : erreur : "
        return 1 if any(line.startswith(error) for line in self.expected) else 0


@dataclass
class File:
    name: str
    text: str


def steps(page: str) -> list[Command | File]:
    """The files and commands of the page, in its order."""
    found: list[Command | File] = []
    for block in BLOCK.finditer(page):
        language, body = block.group(1), block.group(2)
        before = page[: block.start()].rstrip("\n").rsplit("\n", 1)[-1]
        label = FILE_LABEL.match(before)
        if language == "text" and label:
            found.append(File(label.group(1), body))
        elif language == "console":
            for line in body.splitlines():
                if line.startswith("$ "):
                    argv = shlex.split(line[2:])
                    assert argv[0] == "ctg", line
                    found.append(Command(argv[1:]))
                else:
                    assert found and isinstance(found[-1], Command), line
                    found[-1].expected.append(line)
    return found


def shown(line: str, real: list[str]) -> bool:
    if line.endswith(" " + ELLIPSIS):
        return any(r.startswith(line[: -len(ELLIPSIS)].rstrip()) for r in real)
    return line in real


def test_the_guide_is_linked_from_the_index_and_the_readme() -> None:
    assert PAGE.read_text(encoding="utf-8").startswith("# Guide de l’analyste")
    assert "{#guide-fr}" in PAGE.read_text(encoding="utf-8").splitlines()[0]
    assert '@ref guide-fr "' in (PAGE.parent / "index.md").read_text(encoding="utf-8")
    assert "docs/pages/guide-fr.md" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_conventions_are_read() -> None:
    found = steps(PAGE.read_text(encoding="utf-8"))
    commands = [s for s in found if isinstance(s, Command)]
    files = [s.name for s in found if isinstance(s, File)]
    assert len(commands) >= 15
    assert {"postes.csv", "postes-faux.csv", "ancien.json", "grille-2022.csv"} <= set(files)
    verbs = {c.argv[0] for c in commands}
    assert {"init", "import", "validate", "report", "finance", "grid", "evaluate"} <= verbs
    assert any(c.exit_code == 1 for c in commands)


def test_every_command_runs_and_shows_what_the_guide_quotes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("openpyxl")
    pytest.importorskip("jinja2")
    monkeypatch.chdir(tmp_path)
    for name in ("LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.setenv(name, "C")
    for step in steps(PAGE.read_text(encoding="utf-8")):
        if isinstance(step, File):
            (tmp_path / step.name).write_text(step.text, encoding="utf-8")
            continue
        code = cli.main(step.argv)
        out, err = capsys.readouterr()
        command = "ctg " + shlex.join(step.argv)
        assert code == step.exit_code, f"{command}: exit {code}\n{(out + err)[:3000]}"
        real = [line.rstrip().translate(SPACES) for line in (out + err).splitlines()]
        for line in step.expected:
            if line.strip() in ("", ELLIPSIS):
                continue
            assert shown(line.translate(SPACES), real), (
                f"{command}: not in the output: {line!r}\n{(out + err)[:3000]}"
            )
    for written in ("vienne.json", "vienne.xlsx", "rapport.md", "rapport.html", "grille.xlsx"):
        assert (tmp_path / written).stat().st_size > 0, written
    assert not (tmp_path / "vienne-faux.json").exists()


def test_the_table_of_epci_is_the_catalogue() -> None:
    """The guide's table of the Vienne's EPCI: SIREN, name, kind, communes and population as
    `ctg init --department 86 --year 2022` writes them."""
    import ctg

    catalogue = ctg.territories(2022)
    rows = re.findall(
        r"^\| (\d{9}) \| ([^|]+) \| (\w+) \| (\d+) \| ([\d ]+) \|$",
        PAGE.read_text(encoding="utf-8"),
        re.MULTILINE,
    )
    official = {
        str(e.siren): (
            e.name,
            e.official_kind,
            len(catalogue.communes_of(e)),
            e.municipal_population,
        )
        for e in catalogue.epcis_in("86")
    }
    assert len(rows) == len(official) == 7
    for siren, name, kind, communes, population in rows:
        assert official[siren] == (name, kind, int(communes), int(population.replace(" ", "")))
