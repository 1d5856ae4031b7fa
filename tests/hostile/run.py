# SPDX-License-Identifier: MIT
"""Hostile-input campaign of the `ctg` command line (and of `ctg.finance_batch`), kept by the
project.

Generates a few hundred crafted inputs into a temporary directory (the built-in dataset
`charente-2021`, the `charente-2021` rulebook and grid, an evaluation and a posts sheet, each
mutated), runs each through the command that reads it (20 s, 2 GiB of address space, `--lang en`)
and prints, per class of input, how many were tried and how many ended as:

- clear error: an input ctg must refuse, refused with exit 1 or 2, no traceback, `error:` on
  stderr with the place (JSON path, line and column, option, file); nothing on stdout, except the
  error list `ctg validate` prints there by design (`invalid: FILE — N error(s)`);
- accepted: an input ctg must accept (a valid file), accepted with exit 0 (and the warning it
  must give, when one is expected);
- crash: exit 70, a signal, the 20 s timeout, a MemoryError or a Python traceback;
- silent wrong: an input ctg must refuse that exits 0, a valid input refused, or a user's file
  (an input, the target of a symlink) changed by a command;
- unclear: refused, but without `error:`, without the place, with an exit code other than 1
  or 2, with output on stdout, or with bytes that are not UTF-8 on stderr.

Every case that is neither a clear error nor accepted is run a second time, alone: only a
verdict that comes again stands (a reinstall of the package under the run is not a finding).
Every crash, silent wrong and unclear case is then listed with its command line. Exit status 1
if there is any crash or silent wrong, else 0.

    python tests/hostile/run.py [--keep DIR] [--ctg PATH] [--jobs N] [--only CLASS]

The CLI has no option that merges a posts sheet; posts sheets go through a small driver run by
the Python next to `ctg`: `ctg.load_posts_csv_file()` then `ctg.with_posts()` on the built-in
dataset, a `ctg.Error` printed as `posts: error: MESSAGE` with exit 1. The batch columns go
through another (BATCH_DRIVER), which also compares an accepted batch with `ctg.finance()` row
by row and checks that a refusal left the arrays of `out=` as they were.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import hashlib
import io
import json
import os
import re
import resource
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TIMEOUT_SECONDS = 20.0
MEMORY_BYTES = 2 * 1024**3
ACCEPT = "ACCEPT"
REFUSE = "REFUSE"
CLASSES = (
    "json_structure",
    "json_numbers",
    "encoding",
    "dates_and_years",
    "bounds",
    "csv",
    "paths",
    "outputs",
    "workbook",
    "batch",
)
VERDICTS = ("clear error", "accepted", "crash", "silent wrong", "unclear")
REPO = Path(__file__).resolve().parents[2]
POSTS_SHEET = REPO / "tests" / "data" / "posts" / "charente-2022.csv"
POST = "post-grand-angouleme"
SST = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
INT64_MAX = 2**63 - 1
RAW = "@@raw:"  # a string value "@@raw:TEXT" is written as the bare JSON text TEXT
DUPLICATE = "@@duplicate@@"  # a key "NAME@@duplicate@@" is written as a second "NAME"
DELETE = object()

POSTS_DRIVER = '''\
"""Merges a posts sheet into the built-in dataset, as a user of the library would."""
import sys

import ctg

try:
    posts = ctg.load_posts_csv_file(sys.argv[1])
    merged = ctg.with_posts(ctg.builtin_dataset("charente-2021"), posts)
except ctg.Error as error:
    sys.stderr.write(f"posts: error: {error}\\n")
    sys.exit(1)
except FileNotFoundError as error:
    sys.stderr.write(f"posts: error: {error}\\n")
    sys.exit(2)
sys.stdout.write(f"merged: {len(posts)} post(s), {len(merged.posts)} in the dataset\\n")
'''

BATCH_DRIVER = '''\
"""Runs ctg.finance_batch() on the columns a JSON spec describes (argv[1]), as a notebook would.

Exit 0: the batch ran and every row equals ctg.finance() of the same post, or it refused the
input but had already written into the arrays of out= (the campaign then counts an input to
refuse as accepted: silent wrong). Exit 1: refused, with `batch: error:` and the message, the
arrays of out= as they were; or ran with a row that differs from finance() (for a valid input,
silent wrong).
"""
import datetime
import json
import sys

import numpy as np

import ctg

spec = json.loads(sys.argv[1])
rules = ctg.builtin_rulebook("charente-2021")
on = datetime.date(2021, 6, 30)
rows = spec.get("rows", 6)
base = {
    "fte": np.array([10_000 + 3_217 * i for i in range(rows)], dtype=np.int64),
    "expense": np.array([4_000_000 + 1_234_567 * i for i in range(rows)], dtype=np.int64),
    "active": np.array([365 - 31 * i for i in range(rows)], dtype=np.int64),
}


def column(name):
    """The column `name` of the spec: the base one, then its changes."""
    change = spec.get(name, None if name == "active" else "base")
    if change is None:
        return None
    values = base[name].copy()
    for index, value in spec.get(name + "_set", {}).items():
        values[int(index)] = value
    if change == "base":
        return values
    if change == "float64":
        return values.astype(np.float64)
    if change in ("int32", "uint64", "bool", "object", ">i8"):
        return values.astype(change)
    if change == "list":
        return [int(v) for v in values]
    if change == "big ints":
        return np.array([2**70] * rows, dtype=object)
    if change == "2-D":
        return values.reshape(2, -1)
    if change == "strided":
        return np.repeat(values, 2)[::2]
    if change == "read-only":
        values.flags.writeable = False
        return values
    if change == "shorter":
        return values[:-1]
    if change == "empty":
        return values[:0]
    if change == "scalar":
        return np.int64(values[0])
    if change == "pandas":
        import pandas as pd

        return pd.Series(values)
    if change == "pandas nullable with NA":
        import pandas as pd

        series = pd.Series(values, dtype="Int64")
        series.iloc[1] = pd.NA
        return series
    if change == "pandas float with NaN":
        import pandas as pd

        series = pd.Series(values, dtype="float64")
        series.iloc[1] = float("nan")
        return series
    if change == "arrow":
        import pyarrow as pa

        return pa.array(values)
    if change == "arrow with a null":
        import pyarrow as pa

        return pa.array([*values[:-1].tolist(), None], type=pa.int64())
    if change == "arrow in two chunks":
        import pyarrow as pa

        return pa.chunked_array([values[:2], values[2:]])
    raise SystemExit(f"driver: unknown change {change!r}")


fte, expense, active = column("fte"), column("expense"), column("active")
parts = spec.get("parts", True)
out = None
if "out" in spec:
    kind = spec["out"]
    shape = rows - 1 if kind == "shorter" else rows
    out = ctg.finance_batch(
        rules, on, base["fte"][:shape], base["expense"][:shape], parts=kind != "without parts"
    )
    if kind == "read-only":
        out.total_cents.flags.writeable = False
    if kind == "not a result":
        out = {"total_cents": out.total_cents}
if spec.get("out") == "a part of float64":
    out.parts_cents["fonds_locaux"] = np.full(rows, -7.0)
if spec.get("out") == "both parts in one array":
    out.parts_cents["fonds_locaux"] = out.parts_cents["bonus_territoire"]
arrays = [] if not isinstance(out, ctg.BatchResult) else [
    out.total_cents, *out.parts_cents.values()]
for array in arrays:
    if array.flags.writeable:
        array.fill(-7)
if spec.get("out") == "aliases the input":
    out.total_cents[:] = fte
    fte = out.total_cents
before = [array.copy() for array in arrays]
expected_fte = np.array(fte, copy=True) if isinstance(fte, np.ndarray) else None
try:
    result = ctg.finance_batch(rules, on, fte, expense, active, parts=parts, out=out)
except (ctg.Error, TypeError, ValueError) as error:
    if any((a != b).any() for a, b in zip(arrays, before)):
        sys.stdout.write("out= written before the refusal\\n")
        sys.exit(0)
    sys.stderr.write(f"batch: error: {type(error).__name__}: {error}\\n")
    sys.exit(1)
# Accepted: row by row, what finance() gives for the same post.
fte_values = np.asarray(expected_fte if expected_fte is not None else fte, dtype=np.int64)
for i in range(len(fte_values)):
    period = None
    if active is not None and int(active[i]) == 0:  # no day active: no aid, no part (no Period)
        got = [int(result.total_cents[i])] + [int(a[i]) for a in result.parts_cents.values()]
        if got != [0] * len(got):
            sys.stderr.write(f"batch: wrong: row {i} active no day: {got}\\n")
            sys.exit(1)
        continue
    if active is not None:
        start = datetime.date(2021, 1, 1)
        period = ctg.Period(start, start + datetime.timedelta(days=int(active[i])))
    post = ctg.PostInput(
        id=f"row-{i}",
        contracted_fte=ctg.Fte.from_ten_thousandths(int(fte_values[i])),
        expense=None if expense is None else ctg.Money.from_cents(int(np.asarray(expense)[i])),
        basis=ctg.ExpenseBasis.declared if expense is not None else ctg.ExpenseBasis.at_ceiling,
        active=period,
    )
    try:
        scalar = ctg.finance(rules, post, on)
    except ctg.Error as error:
        sys.stderr.write(f"batch: wrong: row {i} accepted, finance() refuses it: {error}\\n")
        sys.exit(1)
    got = [int(result.total_cents[i])] + [int(a[i]) for a in result.parts_cents.values()]
    # Every part asked for, none otherwise: a missing part column is wrong, not truncated.
    want = [scalar.total.cents] + [p.amount.cents for p in scalar.parts if parts]
    if got != want:
        sys.stderr.write(f"batch: wrong: row {i}: {got} where finance() gives {want}\\n")
        sys.exit(1)
sys.stdout.write(f"batch: {len(fte_values)} row(s), equal to finance()\\n")
'''


@dataclass
class Case:
    """One input run through one command, and what must come of it."""

    klass: str
    name: str
    expect: str
    argv: list[str | bytes]
    where: str = ""  # a regex the refusal must match: the place of the error
    warning: str = ""  # a regex a warning on stderr must match (ACCEPT)
    python: bool = False  # run with the Python next to ctg instead of ctg
    errors_on_stdout: bool = False  # `ctg validate`: the error list is its output
    unchanged: dict[Path, bytes] = field(default_factory=dict)  # files that must keep their bytes
    links: dict[Path, str] = field(default_factory=dict)  # symlinks that must keep their target
    regular: list[Path] = field(default_factory=list)  # must be a regular file afterwards
    spreadsheet_safe: bool = False  # stdout is CSV whose text cells never start a formula
    rc: int | None = None
    stdout: bytes = b""
    stderr: bytes = b""
    seconds: float = 0.0
    timed_out: bool = False
    verdict: str = ""
    reason: str = ""

    def command(self) -> str:
        return " ".join(shell_quote(a) for a in self.argv)


def shell_quote(argument: str | bytes) -> str:
    text = argument.decode("utf-8", "backslashreplace") if isinstance(argument, bytes) else argument
    if len(text) > 120:
        text = text[:60] + "…" + text[-40:]
    if re.fullmatch(r"[\w@%+=:,./-]+", text):
        return text
    return "'" + text.replace("'", "'\"'\"'") + "'"


# --------------------------------------------------------------------------------------------
# JSON mutations


def tokens(path: str) -> list[str | int]:
    """`posts[0].expenses[1].amount` as ["posts", 0, "expenses", 1, "amount"]."""
    parts: list[str] = re.findall(r"[^.\[\]]+|\[\d+\]", path)
    return [int(part[1:-1]) if part.startswith("[") else part for part in parts]


def mutated(document: Any, changes: Iterable[tuple[str, Any]]) -> Any:
    """A deep copy of `document` with each (path, value) set, or removed for DELETE."""
    copy = json.loads(json.dumps(document))
    for path, value in changes:
        *parents, last = tokens(path)
        node = copy
        for key in parents:
            node = node[key]
        if value is DELETE:
            del node[last]
        else:
            node[last] = value
    return copy


def dumps(document: Any, indent: int | None = 2) -> str:
    """JSON text, with the RAW values and DUPLICATE keys written as they are meant."""
    text = json.dumps(document, ensure_ascii=False, indent=indent)
    text = re.sub(r'"@@raw:((?:[^"\\]|\\.)*)"', lambda m: json.loads(f'"{m.group(1)}"'), text)
    return text.replace(DUPLICATE, "") + "\n"


def raw(text: str) -> str:
    return RAW + text


def nested(depth: int, kind: str) -> str:
    if kind == "array":
        return "[" * depth + "]" * depth
    return '{"a": ' * depth + "1" + "}" * depth


def path_regex(path: str) -> str:
    return re.escape(path) + r"(?![\w\[])"


# --------------------------------------------------------------------------------------------
# The campaign


class Campaign:
    def __init__(self, root: Path, ctg: Path, python: Path) -> None:
        self.root = root
        self.ctg = ctg
        self.python = python
        self.cases: list[Case] = []
        self.counter = 0
        base = self.obtain_bases()
        self.dataset_text: str = base["dataset"]
        self.dataset: Any = json.loads(self.dataset_text)
        self.rulebook_text: str = base["rulebook"]
        self.rulebook: Any = json.loads(self.rulebook_text)
        self.evaluations_text: str = base["evaluations"]
        self.evaluations: Any = json.loads(self.evaluations_text)
        self.driver = self.write("driver", "posts_driver.py", POSTS_DRIVER)
        self.batch_driver = self.write("driver", "batch_driver.py", BATCH_DRIVER)
        self.grid_csv = self.cli_output("grid", "grid.csv", ["grid", "--format", "csv"])
        self.grid_xlsx = self.cli_output("grid", "grid.xlsx", ["grid", "--format", "xlsx"])
        self.posts_csv = (
            POSTS_SHEET.read_text(encoding="utf-8")
            if POSTS_SHEET.is_file()
            else "post_id,convention_id,pilot_epci_siren,contracted_fte,year,expense,"
            "expense_evidence\npost-coeur-de-charente,ctg-coeur-de-charente,200072023,1,2022,"
            '"47 300,00 €",illustrative\npost-val-de-charente,ctg-val-de-charente,200043016,1,'
            "2022,44100.00,illustrative\n"
        )

    # ---- inputs --------------------------------------------------------------------------

    def obtain_bases(self) -> dict[str, str]:
        """The built-in documents as JSON, written by the library next to the `ctg` tried."""
        program = (
            "import ctg, json, sys\n"
            "dataset = ctg.builtin_dataset('charente-2021')\n"
            "json.dump({'dataset': ctg.to_json(dataset),"
            " 'rulebook': ctg.to_json(ctg.builtin_rulebook('charente-2021')),"
            " 'evaluations': ctg.evaluations_to_json(list(dataset.evaluations)[:1])},"
            " sys.stdout)\n"
        )
        done = subprocess.run(
            [str(self.python), "-c", program], capture_output=True, check=True, timeout=60
        )
        bases: dict[str, str] = json.loads(done.stdout)
        return bases

    def cli_output(self, folder: str, name: str, argv: list[str]) -> Path:
        path = self.root / folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [str(self.ctg), "--lang", "en", "-q", *argv, "--post", POST, "--year", "2021"]
            + ["-o", str(path)],
            check=True,
            timeout=60,
            capture_output=True,
        )
        return path

    def write(self, folder: str, name: str, data: str | bytes) -> Path:
        self.counter += 1
        path = self.root / folder / f"{self.counter:04d}-{name}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path

    def add(
        self, klass: str, name: str, expect: str, argv: Sequence[str | bytes], **kw: Any
    ) -> Case:
        case = Case(klass, name, expect, list(argv), **kw)
        self.cases.append(case)
        return case

    def dataset_file(
        self,
        klass: str,
        name: str,
        data: str | bytes,
        expect: str,
        where: str = "",
        warning: str = "",
        extension: str = "json",
    ) -> Path:
        """A dataset file, run through `ctg validate --input` and `ctg finance --input`."""
        path = self.write(klass, f"{safe(name)}.{extension}", data)
        where = where or re.escape(str(path))
        self.add(
            klass,
            f"{name} [validate]",
            expect,
            ["validate", "--input", str(path)],
            where=where,
            warning=warning,
            errors_on_stdout=True,
        )
        self.add(
            klass,
            f"{name} [finance]",
            expect,
            ["finance", "--input", str(path), "--year", "2021", "--basis", "declared"],
            where=where,
            # finance counts the dataset's warnings and leaves their list to `ctg validate`
            warning=r"dataset \S+ has \d+ warning" if warning else "",
        )
        return path

    def dataset_change(
        self,
        klass: str,
        name: str,
        changes: list[tuple[str, Any]],
        expect: str = REFUSE,
        where: str = "",
        warning: str = "",
    ) -> None:
        if not where and expect == REFUSE:
            where = "|".join(path_regex(path) for path, _ in changes)
        self.dataset_file(
            klass, name, dumps(mutated(self.dataset, changes)), expect, where, warning
        )

    def rulebook_file(
        self, klass: str, name: str, data: str | bytes, expect: str, where: str = ""
    ) -> None:
        """A rulebook file, run through `ctg rules FILE` and `ctg finance --rulebook FILE`."""
        path = self.write(klass, f"rulebook-{safe(name)}.json", data)
        where = where or re.escape(str(path))
        self.add(klass, f"rulebook {name} [rules]", expect, ["rules", str(path)], where=where)
        self.add(
            klass,
            f"rulebook {name} [finance]",
            expect,
            ["finance", "--rulebook", str(path), "--year", "2021"],
            where=where,
        )

    def evaluations_file(
        self, klass: str, name: str, data: str | bytes, expect: str, where: str = ""
    ) -> None:
        """An evaluations JSON, run through `ctg evaluate FILE`."""
        path = self.write(klass, f"evaluations-{safe(name)}.json", data)
        where = where or re.escape(str(path))
        self.add(
            klass, f"evaluations {name} [evaluate]", expect, ["evaluate", str(path)], where=where
        )

    # ---- json_structure ------------------------------------------------------------------

    def json_structure(self) -> None:
        k = "json_structure"
        d = self.dataset
        self.dataset_file(k, "the built-in dataset", self.dataset_text, ACCEPT)
        self.dataset_file(k, "minified, keys sorted", json.dumps(d, sort_keys=True), ACCEPT)
        # A control character in a text is refused at its path (text.control_character).
        self.dataset_change(
            k, "escaped \\u0000 inside a name", [("epcis[0].name", "CA du\u0000Grand")], REFUSE
        )
        root = "(\\(root\\)|\\[0\\]\\[0\\]|id|format|byte \\d+|line \\d+)"
        for depth in (1_000, 100_000):
            for kind in ("array", "object"):
                text = '{"format": "ctg.dataset/1", "id": ' + nested(depth, kind) + "}"
                where = r"id(\[0\]){10}" if kind == "array" else r"id(\.a){10}"
                self.dataset_file(k, f"id nested {depth:,} deep ({kind})", text, REFUSE, where)
            self.dataset_file(k, f"{depth:,} unclosed brackets", "[" * depth, REFUSE, root)
        deep = mutated(d, [("posts[0].volets", raw(nested(1_000, "array")))])
        self.dataset_file(
            k, "posts[0].volets nested 1,000 deep", dumps(deep), REFUSE, r"posts\[0\]\.volets"
        )
        for path, value in (
            ("id", "charente-2021"),
            ("format", "ctg.dataset/2"),
            ("posts[0].contracted_fte", "2.5"),
            ("epcis[0].siren", "200071827"),
            ("conventions[0].term.start", "2019-01-01"),
            ("evaluations[0].year", 2021),
            ("posts[0].expenses[0].amount", "1.00"),
        ):
            doc = mutated(d, [(path + DUPLICATE, value)])
            self.dataset_file(k, f"repeated key {path}", dumps(doc), REFUSE, path_regex(path))
        for parent in (
            "",
            "epcis[0]",
            "epcis[0].population",
            "conventions[0]",
            "conventions[0].term",
            "posts[0]",
            "posts[0].coordinators[0]",
            "posts[0].expenses[0]",
            "evaluations[0]",
            "evaluations[0].answers[0]",
        ):
            path = f"{parent}.colour" if parent else "colour"
            self.dataset_change(k, f"unknown key {path}", [(path, "blue")])
        doc = mutated(d, [])
        doc[""] = 1
        self.dataset_file(k, "empty key at the root", dumps(doc), REFUSE, r"\(root\)|\"\"")
        self.dataset_change(
            k,
            "100,000-character key in posts[0]",
            [("posts[0]." + "k" * 100_000, 1)],
            where=r"posts\[0\]\.kkk",
        )
        wrong_types: list[tuple[str, Any]] = [
            ("id", 42),
            ("format", 1),
            ("department", []),
            ("referents", {}),
            ("epcis", None),
            ("epcis[0]", "CA du Grand Angoulême"),
            ("epcis[0].siren", 200071827),
            ("epcis[0].commune_count", "38"),
            ("epcis[0].commune_count", None),
            ("epcis[0].population.inhabitants", "141997"),
            ("epcis[0].population.year", "2021"),
            ("conventions[0].name", 42),
            ("conventions[0].themes", "enfance"),
            ("conventions[0].themes[0]", 1),
            ("conventions[0].term", []),
            ("conventions[0].term.start", 20190101),
            ("conventions[0].term.end", False),
            ("posts", {}),
            ("posts[0].volets", "famille"),
            ("posts[0].coordinators[0].training_days", "5"),
            ("posts[0].coordinators[0].training_days", True),
            ("posts[0].expenses[0].year", "2021"),
            ("evaluations[0].year", "2021"),
            ("evaluations[0].grid_version", "1"),
            ("evaluations[0].answers", {}),
            ("evaluations[0].answers[0].level", 1),
        ]
        for path, value in wrong_types:
            kind = type(value).__name__
            self.dataset_change(k, f"wrong type {path} = {kind}", [(path, value)])
        self.truncations(k, self.dataset_text, self.dataset_file)
        for name, text in (
            ("empty file", ""),
            ("only white space", " \n\t\r\n"),
            ("null", "null"),
            ("empty object", "{}"),
            ("bare empty array", "[]"),
            ("the dataset inside a bare array", "[" + self.dataset_text + "]"),
            ("a number", "0"),
            ("a string", '"ctg.dataset/1"'),
            ("true", "true"),
            ("two documents", self.dataset_text + self.dataset_text),
        ):
            self.dataset_file(k, name, text, REFUSE, root)
        data = self.dataset_text.encode()
        middle = data.index("Angoulême".encode()) + 4
        for name, bad in (
            ("NUL byte first", b"\x00" + data),
            ("NUL byte last", data + b"\x00"),
            ("NUL byte inside a name", data[:middle] + b"\x00" + data[middle:]),
            ("NUL byte between tokens", data[:1] + b"\x00" + data[1:]),
            ("NUL bytes only", b"\x00" * 64),
            ("NUL byte, then an unfinished object after the document", data + b'\x00{"x": '),
            ("NUL byte, then a second document", data + b"\x00" + data),
            ("text after the document", data + b"x"),
        ):
            self.dataset_file(k, name, bad, REFUSE, root)
        # The rulebook and an evaluations document, the same ways.
        rb = self.rulebook
        self.rulebook_file(k, "built-in charente-2021", self.rulebook_text, ACCEPT)
        seg = "parameters.coordination_rate.segments[0]"
        for name, text, where in (
            (
                "id nested 100,000 deep",
                '{"format": "ctg.rulebook/1", "id": ' + nested(100_000, "array") + "}",
                r"id(\[0\]){10}",
            ),
            ("repeated key id", dumps(mutated(rb, [(f"id{DUPLICATE}", "x")])), path_regex("id")),
            ("unknown key", dumps(mutated(rb, [("colour", 1)])), "colour"),
            ("unknown key in a segment", dumps(mutated(rb, [(f"{seg}.colour", 1)])), "colour"),
            ("parameters an array", dumps(mutated(rb, [("parameters", [])])), "parameters"),
            ("value a number", dumps(mutated(rb, [(f"{seg}.value", 80)])), path_regex(seg)),
            ("start a number", dumps(mutated(rb, [(f"{seg}.start", 2020)])), path_regex(seg)),
            ("truncated", self.rulebook_text[: len(self.rulebook_text) // 2], root),
            ("empty file", "", root),
            ("bare array", "[" + self.rulebook_text + "]", root),
            ("NUL byte", "\x00" + self.rulebook_text, root),
            ("NUL byte after the document, then garbage", self.rulebook_text + "\x00{", root),
        ):
            self.rulebook_file(k, name, text, REFUSE, where)
        ev = self.evaluations
        self.evaluations_file(k, "one built-in evaluation", self.evaluations_text, ACCEPT)
        e0 = "evaluations[0]"
        for name, text, where in (
            (
                "nested 100,000 deep",
                '{"format": "ctg.evaluations/1", "evaluations": ' + nested(100_000, "array") + "}",
                r"evaluations(\[0\]){10}",
            ),
            (
                "repeated key year",
                dumps(mutated(ev, [(f"{e0}.year{DUPLICATE}", 2021)])),
                path_regex(f"{e0}.year"),
            ),
            ("unknown key", dumps(mutated(ev, [(f"{e0}.colour", 1)])), path_regex(f"{e0}.colour")),
            (
                "year a string",
                dumps(mutated(ev, [(f"{e0}.year", "2021")])),
                path_regex(f"{e0}.year"),
            ),
            ("answers an object", dumps(mutated(ev, [(f"{e0}.answers", {})])), "answers"),
            ("truncated", self.evaluations_text[: len(self.evaluations_text) // 2], root),
            ("empty file", "", root),
            ("bare array", "[" + self.evaluations_text + "]", root),
            ("NUL byte", self.evaluations_text + "\x00", root),
        ):
            self.evaluations_file(k, name, text, REFUSE, where)

    def truncations(
        self, klass: str, text: str, sink: Callable[[str, str, str | bytes, str, str], object]
    ) -> None:
        data = text.encode()
        inside = data.index("ê".encode()) + 1  # cut inside a two-byte character
        for cut in (1, 2, 50, 1000, len(data) // 3, len(data) // 2, len(data) - 2, inside):
            sink(klass, f"truncated after byte {cut}", data[:cut], REFUSE, r"\(root\)|byte \d+")

    # ---- json_numbers --------------------------------------------------------------------

    def json_numbers(self) -> None:
        k = "json_numbers"
        huge = {
            "1e400": "1e400",
            "-1e400": "-1e400",
            "1e-400": "1e-400",
            "2^63": str(2**63),
            "2^64": str(2**64),
            "-2^63-1": str(-(2**63) - 1),
            "1.5": "1.5",
            "NaN": "NaN",
            "Infinity": "Infinity",
            "-Infinity": "-Infinity",
        }
        full = (
            "epcis[0].population.inhabitants",
            "posts[0].coordinators[0].training_days",
            "evaluations[0].year",
        )
        some = (
            "epcis[0].commune_count",
            "epcis[0].population.year",
            "posts[0].expenses[0].year",
            "evaluations[0].grid_version",
        )
        for path in full + some:
            for label, text in huge.items():
                if path in some and label not in ("1e400", "2^64", "-2^63-1", "NaN"):
                    continue
                where = path_regex(path)
                if label in ("NaN", "Infinity", "-Infinity"):
                    where += r"|\(root\)"  # not JSON: a syntax error of the document
                self.dataset_change(k, f"{path} = {label}", [(path, raw(text))], where=where)
        for path, text in (
            ("posts[0].contracted_fte", "2.5"),
            ("posts[0].expenses[0].amount", "112500.0"),
            ("posts[0].expenses[0].amount", "1e400"),
            ("posts[0].coordinators[0].fte", "1.0"),
            ("epcis[0].siren", "200071827.0"),
            ("conventions[0].diagnostic.caf_cofinancing", "7500.0"),
            ("conventions[0].term.start", "2019.0"),
        ):
            self.dataset_change(k, f"number {text} for the text {path}", [(path, raw(text))])
        for path, text in (
            ("posts[0].contracted_fte", "NaN"),
            ("posts[0].contracted_fte", "Infinity"),
            ("posts[0].contracted_fte", "1e400"),
            ("posts[0].expenses[0].amount", "NaN"),
            ("posts[0].expenses[0].amount", "-Infinity"),
            ("posts[0].expenses[0].amount", "inf"),
            ("posts[0].expenses[0].amount", "1e400"),
            ("posts[0].expenses[0].amount", "1e5"),
            ("posts[0].coordinators[0].fte", "nan"),
        ):
            self.dataset_change(k, f'text "{text}" in {path}', [(path, text)])
        seg = "parameters.coordination_rate.segments[0].value"
        ceiling = "parameters.coordination_ceiling_per_fte.segments[0].value"
        for path, value in (
            (seg, raw("1e400")),
            (seg, raw("NaN")),
            (seg, raw(str(2**64))),
            (seg, "1e400"),
            (seg, "NaN"),
            (seg, "Infinity"),
            (seg, "-80"),
            (seg, "1000"),
            (seg, "80.00001"),
            (ceiling, "1e5"),
            (ceiling, "48000.001"),
            (ceiling, raw("48000")),
        ):
            label = value[len(RAW) :] + " (number)" if value.startswith(RAW) else f'"{value}"'
            where = re.escape(path.rsplit(".", 1)[0]) + r"|\(root\)"
            self.rulebook_file(
                k,
                f"{path} = {label}",
                dumps(mutated(self.rulebook, [(path, value)])),
                REFUSE,
                where,
            )
        e0 = "evaluations[0]"
        for path, text in (
            (f"{e0}.grid_version", str(2**64)),
            (f"{e0}.grid_version", "1e400"),
            (f"{e0}.year", str(-(2**63) - 1)),
            (f"{e0}.year", "1e-400"),
        ):
            doc = mutated(self.evaluations, [(path, raw(text))])
            self.evaluations_file(k, f"{path} = {text}", dumps(doc), REFUSE, path_regex(path))

    # ---- encoding ------------------------------------------------------------------------

    def encoding(self) -> None:
        k = "encoding"
        text = self.dataset_text
        data = text.encode()
        root = r"\(root\)|byte \d+"
        self.dataset_file(k, "UTF-8 with a byte order mark", b"\xef\xbb\xbf" + data, ACCEPT)
        self.dataset_file(k, "two UTF-8 byte order marks", b"\xef\xbb\xbf" * 2 + data, REFUSE, root)
        for name, encoded in (
            ("Latin-1", text.encode("latin-1", "replace")),
            ("cp1252", text.encode("cp1252", "replace")),
            ("UTF-8 BOM, then Latin-1", b"\xef\xbb\xbf" + text.encode("latin-1", "replace")),
            ("UTF-16 with BOM (LE)", text.encode("utf-16")),
            ("UTF-16 LE without BOM", text.encode("utf-16-le")),
            ("UTF-16 BE without BOM", text.encode("utf-16-be")),
            ("UTF-16 BE with BOM", b"\xfe\xff" + text.encode("utf-16-be")),
            ("UTF-32 with BOM", text.encode("utf-32")),
        ):
            self.dataset_file(k, name, encoded, REFUSE, root)
        inside = data.index(b"CA du Grand") + 3
        for name, bytes_ in (
            ("stray 0xFF first", b"\xff"),
            ("stray 0xFF inside a name", b"\xff"),
            ("stray 0xFE 0xFF inside a name", b"\xfe\xff"),
            ("overlong '/' (C0 AF)", b"\xc0\xaf"),
            ("overlong 'é' (E0 83 A9)", b"\xe0\x83\xa9"),
            ("overlong NUL (C0 80)", b"\xc0\x80"),
            ("UTF-8-encoded surrogate (ED A0 80)", b"\xed\xa0\x80"),
            ("code point above U+10FFFF (F4 90 80 80)", b"\xf4\x90\x80\x80"),
            ("five-byte sequence (F8 88 80 80 80)", b"\xf8\x88\x80\x80\x80"),
            ("lone continuation byte (80)", b"\x80"),
            ("lead byte then a quote (C3)", b"\xc3"),
        ):
            mutated_bytes = (
                bytes_ + data if "first" in name else data[:inside] + bytes_ + data[inside:]
            )
            self.dataset_file(k, name, mutated_bytes, REFUSE, root)
        self.dataset_file(k, "stray 0xFF last", data + b"\xff", REFUSE, root)
        rb = self.rulebook_text
        self.rulebook_file(k, "UTF-8 with a BOM", "\ufeff" + rb, ACCEPT)
        self.rulebook_file(k, "Latin-1", rb.encode("latin-1", "replace"), REFUSE, root)
        self.rulebook_file(k, "UTF-16", rb.encode("utf-16"), REFUSE, root)
        self.rulebook_file(
            k, "stray 0xFF", rb.encode()[:200] + b"\xff" + rb.encode()[200:], REFUSE, root
        )
        ev = self.evaluations_text
        self.evaluations_file(k, "UTF-8 with a BOM", "\ufeff" + ev, ACCEPT)
        self.evaluations_file(k, "Latin-1", ev.encode("latin-1", "replace"), REFUSE, root)
        self.evaluations_file(k, "UTF-16", ev.encode("utf-16"), REFUSE, root)
        # Arguments that are not UTF-8 (a file name, an option value).
        valid = self.write(k, "valid.json", text)
        bad_name = os.fsencode(valid.parent) + b"/d\xe9partement.json"
        os.link(os.fsencode(valid), bad_name)
        self.add(
            k,
            "--input FILE named in Latin-1 bytes",
            REFUSE,
            [b"validate", b"--input", bad_name],
            where="--input",
        )
        self.add(
            k,
            "--dataset NAME in Latin-1 bytes",
            REFUSE,
            [b"validate", b"--dataset", b"charente-\xe9"],
            where="--dataset",
        )
        self.add(
            k,
            "--on in Latin-1 bytes",
            REFUSE,
            [b"finance", b"--on", b"2021-06-3\xe9"],
            where="--on",
        )

    # ---- dates_and_years -----------------------------------------------------------------

    def dates_and_years(self) -> None:
        k = "dates_and_years"
        fields = (
            "conventions[0].term.start",
            "conventions[0].term.end",
            "conventions[0].diagnostic.date",
            "posts[0].coordinators[0].start",
            "evaluations[0].filled_on",
        )
        for path in fields:
            for value in (
                "0000-01-01",
                "1899-12-31",
                "2200-01-01",
                "9999-12-31",
                "2021-13-01",
                "2021-02-30",
            ):
                self.dataset_change(k, f"{path} = {value}", [(path, value)])
        for path in ("conventions[0].term.start", "posts[0].coordinators[0].start"):
            for value in (
                "2021-02-29",
                "2021-00-10",
                "2021-01-00",
                "2021-01-32",
                "2021-6-30",
                "2021/06/30",
                "20210630",
                "2021-06-30T00:00:00",
                " 2021-06-30",
                "",
                "-2021-06-30",
                "+2021-06-30",
                "99999-01-01",
                "2021-06-30\u0000",
            ):
                self.dataset_change(k, f"{path} = {value!r}", [(path, value)])
        for path in (
            "epcis[0].population.year",
            "posts[0].expenses[0].year",
            "evaluations[0].year",
        ):
            for year in (0, 1899, 2200, 9999, 67557, -1):
                self.dataset_change(k, f"{path} = {year}", [(path, year)])
        self.dataset_change(
            k, "term ending the day before it starts", [("conventions[0].term.end", "2018-12-31")]
        )
        self.dataset_change(
            k, "term ending a year before it starts", [("conventions[1].term.end", "2018-01-01")]
        )
        self.dataset_change(
            k,
            "coordinator ending before starting",
            [("posts[0].coordinators[0].end", "2019-02-28")],
        )
        self.dataset_change(
            k,
            "prolongation ending before the term",
            [("conventions[0].amendments[0].new_end", "2020-01-01")],
        )
        for path, value in (
            ("conventions[0].diagnostic.date", "2016-02-29"),
            ("conventions[0].diagnostic.date", "1900-01-01"),
            ("conventions[1].term.end", "2199-12-31"),
            ("evaluations[0].filled_on", "2024-02-29"),
        ):
            self.dataset_change(k, f"{path} = {value} (valid)", [(path, value)], ACCEPT)
        for argv, expect, where in (
            (["finance", "--year", "0"], REFUSE, "--year"),
            (["finance", "--year", "1899"], REFUSE, "--year"),
            (["finance", "--year", "2200"], REFUSE, "--year"),
            (["finance", "--year", "9999"], REFUSE, "--year"),
            (["finance", "--year", "67557"], REFUSE, "--year"),
            (["finance", "--year", "-1"], REFUSE, "--year"),
            (["finance", "--year", "2021.0"], REFUSE, "--year"),
            (["finance", "--year", str(2**64)], REFUSE, "--year"),
            (["finance", "--year", str(2**31)], REFUSE, "--year"),
            (["finance", "--year", str(-(2**31) - 1)], REFUSE, "--year"),
            (["finance", "--on", f"{2**31}-01-01"], REFUSE, "--on"),
            (
                ["compare", "--rulebook", "national-2020", "--rulebook", "charente-2021"]
                + ["--year", str(2**31)],
                REFUSE,
                "--year",
            ),
            (
                ["scenario", "--set", "coordination_rate=70", "--year", str(2**31)],
                REFUSE,
                "--year",
            ),
            (["deadlines", "--on", "2021-06-30", "--months", str(2**31)], REFUSE, "--months"),
            (["finance", "--on", "0000-01-01"], REFUSE, "--on"),
            (["finance", "--on", "2021-13-01"], REFUSE, "--on"),
            (["finance", "--on", "2021-02-30"], REFUSE, "--on"),
            (["finance", "--on", "9999-12-31"], REFUSE, "--on"),
            (["finance", "--on", "2200-01-01"], REFUSE, "--on"),
            (["report", "--on", "1899-12-31"], REFUSE, "--on"),
            (["deadlines", "--on", "2021-06-30", "--months", "786450"], REFUSE, "--months"),
            (["deadlines", "--on", "2021-06-30", "--months", "1201"], REFUSE, "--months"),
            (["deadlines", "--on", "2021-06-30", "--months", "-1"], REFUSE, "--months"),
            (["deadlines", "--on", "2199-12-31", "--months", "1"], REFUSE, "months|--on"),
            (["rules", "charente-2021", "--on", "0000-01-01"], REFUSE, "--on"),
            (
                [
                    "scenario",
                    "--set",
                    "coordination_ceiling_per_fte=50000@0000-01-01",
                    "--year",
                    "2024",
                ],
                REFUSE,
                "--set",
            ),
            (
                [
                    "scenario",
                    "--set",
                    "coordination_ceiling_per_fte=50000@2021-02-30",
                    "--year",
                    "2024",
                ],
                REFUSE,
                "--set",
            ),
            (["finance", "--year", "2021"], ACCEPT, ""),
            (["finance", "--on", "2020-02-29"], ACCEPT, ""),
            (["deadlines", "--on", "2021-06-30", "--months", "1200"], ACCEPT, ""),
        ):
            self.add(k, "ctg " + " ".join(argv), expect, list(argv), where=where)

    # ---- bounds --------------------------------------------------------------------------

    def bounds(self) -> None:
        k = "bounds"
        pop = "epcis[0].population.inhabitants"
        for inhabitants in (INT64_MAX, -1, 100_000_001):
            self.dataset_change(k, f"{pop} = {inhabitants}", [(pop, inhabitants)])
        self.dataset_change(k, f"{pop} = 100,000,000 (the bound)", [(pop, 100_000_000)], ACCEPT)
        self.dataset_change(
            k,
            "two EPCI of 2^63-1 inhabitants",
            [(pop, INT64_MAX), ("epcis[1].population.inhabitants", INT64_MAX)],
        )
        for count in (0, -1, 2**31):
            path = "epcis[0].commune_count"
            self.dataset_change(k, f"{path} = {count}", [(path, count)])
        fte = "posts[0].contracted_fte"
        for value in ("1000000000", "0", "-1", "1000.0001", "1e3", "0x10", ""):
            self.dataset_change(k, f'{fte} = "{value}"', [(fte, value)])
        self.dataset_change(
            k,
            f'{fte} = "11" (warning)',
            [(fte, "11")],
            ACCEPT,
            warning=r"posts\[0\]\.contracted_fte",
        )
        self.dataset_change(
            k,
            f'{fte} = "1000" (the bound, warning)',
            [(fte, "1000")],
            ACCEPT,
            warning=r"posts\[0\]\.contracted_fte",
        )
        amount = "posts[0].expenses[0].amount"
        for value in (
            "90000000000000000.00",
            "-1.00",
            "-0.01",
            "1000000000.01",
            "92233720368547758.07",
            "99999999999999999999999.99",
            "0.001",
            "12.345",
            "1.234,5",
        ):
            self.dataset_change(k, f'{amount} = "{value}"', [(amount, value)])
        self.dataset_change(
            k, f'{amount} = "1000000000.00" (the bound)', [(amount, "1000000000.00")], ACCEPT
        )
        self.dataset_change(
            k,
            "two expenses of 9 x 10^16",
            [
                (amount, "90000000000000000.00"),
                ("posts[0].expenses[1].amount", "90000000000000000.00"),
            ],
        )
        cfte = "posts[0].coordinators[0].fte"
        for value in ("0", "-1", "1.01", "1000000000"):
            self.dataset_change(k, f'{cfte} = "{value}"', [(cfte, value)])
        days = "posts[0].coordinators[0].training_days"
        self.dataset_change(k, f"{days} = -1", [(days, -1)])
        # Every post, EPCI and expense at its bound: sums must stay exact.
        everything = json.loads(json.dumps(self.dataset))
        for epci in everything["epcis"]:
            epci["population"]["inhabitants"] = 100_000_000
        for post in everything["posts"]:
            post["contracted_fte"] = "1000"
            for expense in post.get("expenses", []):
                expense["amount"] = "1000000000.00"
        bounded = self.dataset_file(
            k,
            "every population, FTE and expense at its bound",
            dumps(everything),
            ACCEPT,
            warning="contracted_fte",
        )
        self.add(
            k,
            "every value at its bound [report json]",
            ACCEPT,
            ["report", "--input", str(bounded), "--on", "2021-06-30", "--format", "json"],
        )
        self.add(
            k,
            "every value at its bound [report html]",
            ACCEPT,
            ["report", "--input", str(bounded), "--on", "2021-06-30", "--format", "html"],
        )
        ceiling = "parameters.coordination_ceiling_per_fte.segments[0].value"
        big = self.write(
            k,
            "rulebook-ceiling-9e16.json",
            dumps(mutated(self.rulebook, [(ceiling, "90000000000000000.00")])),
        )
        # Rulebook amounts are bounded like expenses (rulebook.amount.range, at the value's path).
        self.add(k, "rulebook ceiling 9 x 10^16 per FTE [rules]", REFUSE, ["rules", str(big)])
        self.add(
            k,
            "rulebook ceiling 9 x 10^16 per FTE, at the ceiling [finance]",
            REFUSE,
            ["finance", "--rulebook", str(big), "--year", "2021", "--basis", "at_ceiling"],
            where=r"post-|overflow|coordination_ceiling_per_fte",
        )

    # ---- csv -----------------------------------------------------------------------------

    def posts(self, name: str, data: str | bytes, expect: str, where: str = "") -> None:
        path = self.write("csv", f"posts-{safe(name)}.csv", data)
        self.add(
            "csv",
            f"posts sheet: {name}",
            expect,
            [str(self.driver), str(path)],
            python=True,
            where=where or r"line \d+|row \d+|header|" + re.escape(str(path)),
        )

    def csv(self) -> None:
        k = "csv"
        sheet = self.posts_csv
        lines = sheet.splitlines()
        header, first, second = lines[0], lines[1], lines[2]
        rest = "\n".join(lines[3:]) + "\n"
        where_line = r"line \d+, column \d+|row \d+, column"
        self.posts("as kept in tests/data", sheet, ACCEPT)
        self.posts("UTF-8 byte order mark", "\ufeff" + sheet, ACCEPT)
        self.posts("CRLF line ends", sheet.replace("\n", "\r\n"), ACCEPT)
        self.posts("no final newline", sheet.rstrip("\n"), ACCEPT)
        self.posts(
            "quoted source with a comma and doubled quotes",
            header + ",expense_source\n" + first + ',"Budget, ""2022"""\n',
            ACCEPT,
        )
        for name, post_id in (
            ("formula-like post id =HYPERLINK", '"=HYPERLINK(""http://x"",""y"")"'),
            ("formula-like post id @SUM", "@SUM(A1)"),
            ("formula-like post id +1", "+1"),
        ):
            row = post_id + first[first.index(",") :]
            self.posts(name, header + "\n" + row + "\n", ACCEPT)
        self.posts(
            "stray quote inside an unquoted field",
            header + "\n" + first + "\n" + second.replace("ctg-val", 'ctg"-val') + "\n",
            REFUSE,
            where_line,
        )
        self.posts(
            "unclosed quote on the last line",
            header + "\n" + first + "\n" + second.replace("illustrative", '"illustrative') + "\n",
            REFUSE,
            where_line,
        )
        self.posts(
            "unclosed quote mid-file",
            header + "\n" + first.replace("ctg-coeur", '"ctg-coeur') + "\n" + second + "\n" + rest,
            REFUSE,
            where_line,
        )
        self.posts(
            "text after a closing quote",
            header + "\n" + first.replace('"47 300,00 €"', '"47 300,00 €"x') + "\n",
            REFUSE,
            where_line,
        )
        self.posts(
            "Latin-1 bytes",
            (header + ",expense_source\n" + first + ",Caf Angoulême\n").encode(
                "latin-1", "replace"
            ),
            REFUSE,
            where_line,
        )
        self.posts("cp1252 euro sign", sheet.encode("cp1252"), REFUSE, where_line)
        self.posts("UTF-16", sheet.encode("utf-16"), REFUSE)
        self.posts("a field too many", header + "\n" + first + ",extra\n", REFUSE, r"(line|row) 2")
        self.posts(
            "a field too few",
            header + "\n" + first.rsplit(",", 1)[0] + "\n",
            REFUSE,
            r"(line|row) 2",
        )
        self.posts("empty file", "", REFUSE)
        self.posts("a newline only", "\n", REFUSE)
        self.posts("NUL bytes only", b"\x00" * 32, REFUSE)
        self.posts("unknown column", header + ",colour\n" + first + ",blue\n", REFUSE, "colour")
        self.posts(
            "missing column",
            header.replace(",year", "") + "\n" + re.sub(r",2022,", ",", first) + "\n",
            REFUSE,
            "year",
        )
        self.posts(
            "a post and year twice", header + "\n" + first + "\n" + first + "\n", REFUSE, r"row 3"
        )
        for column, value in (
            ("pilot_epci_siren", "200072024"),
            ("contracted_fte", "abc"),
            ("contracted_fte", "0"),
            ("contracted_fte", "-1"),
            ("contracted_fte", "1000000000"),
            ("year", "0000"),
            ("year", "1899"),
            ("year", "20222"),
            ("expense", "90000000000000000.00"),
            ("expense", "-5,00"),
            ("expense", "1e400"),
            ("expense", "NaN"),
        ):
            index = header.split(",").index(column)
            cells = next(csv.reader([first]))
            cells[index] = value
            row = csv_line(cells)
            self.posts(
                f"{column} = {value}",
                header + "\n" + row + "\n",
                REFUSE,
                rf"row 2, column {column}|posts\[\d+\]",
            )
        self.posts(
            "an unknown convention",
            header + "\n" + first.replace("ctg-coeur-de-charente", "ctg-nowhere") + "\n",
            REFUSE,
            r"posts\[\d+\]\.convention|row 2",
        )
        self.posts("1 MiB line without a newline", header + "\n" + "x" * 2**20, REFUSE)
        # The evaluation sheet of `ctg grid --format csv`, through `ctg evaluate`.
        grid = self.grid_csv.read_text(encoding="utf-8")
        glines = grid.splitlines()
        gheader, g1 = glines[0], glines[1]
        answered = re.sub(r",,,,$", ",oui,,,", g1)

        def evaluation(name: str, data: str | bytes, expect: str, where: str = "") -> None:
            path = self.write(k, f"evaluation-{safe(name)}.csv", data)
            self.add(
                k,
                f"evaluation sheet: {name}",
                expect,
                ["evaluate", str(path)],
                where=where or where_line + "|" + re.escape(str(path)),
            )

        evaluation("blank, from ctg grid", grid, ACCEPT)
        evaluation(
            "one cell answered", gheader + "\n" + answered + "\n" + "\n".join(glines[2:]), ACCEPT
        )
        evaluation("formula-like comment", gheader + "\n" + answered[:-3] + ',"=1+2",,\n', ACCEPT)
        evaluation(
            "formula as the answer",
            gheader + "\n" + re.sub(r",,,,$", ",=1+1,,,", g1) + "\n",
            REFUSE,
        )
        evaluation(
            "stray quote", gheader + "\n" + g1.replace("post-grand", 'post"-grand') + "\n", REFUSE
        )
        evaluation("unclosed quote", gheader + "\n" + g1[:-4] + ',"oui,,\n', REFUSE)
        evaluation("text after a closing quote", gheader + "\n" + g1[:-4] + ',"oui"x,,,\n', REFUSE)
        evaluation(
            "Latin-1 bytes",
            (gheader + "\n" + g1[:-4] + ",,Très bien,,\n").encode("latin-1"),
            REFUSE,
        )
        evaluation("a field too many", gheader + "\n" + g1 + ",\n", REFUSE)
        evaluation("a field too few", gheader + "\n" + g1[:-1] + "\n", REFUSE)
        evaluation("empty file", "", REFUSE)
        # A formula-like post id in a dataset, through `ctg finance --format csv`.
        formula = '=HYPERLINK("http://example.org","x")'
        doc = mutated(self.dataset, [("posts[0].id", formula)])
        for evaluation_ in doc.get("evaluations", []):
            if evaluation_["post_id"] == POST:
                evaluation_["post_id"] = formula
        path = self.write(k, "dataset-formula-post-id.json", dumps(doc))
        for command in (["finance", "--year", "2021"], ["deadlines", "--on", "2021-06-30"]):
            self.add(
                k,
                f"formula-like post id [{command[0]} --format csv]",
                ACCEPT,
                [*command, "--input", str(path), "--format", "csv"],
                spreadsheet_safe=True,
            )

    # ---- paths ---------------------------------------------------------------------------

    def paths(self) -> None:
        k = "paths"
        folder = self.root / k
        folder.mkdir(parents=True, exist_ok=True)
        fifo = folder / "fifo.json"
        os.mkfifo(fifo)
        sock = folder / "socket.json"
        with socket.socket(socket.AF_UNIX) as s:
            s.bind(str(sock))
        loop_a, loop_b = folder / "loop-a.json", folder / "loop-b.json"
        loop_a.symlink_to(loop_b)
        loop_b.symlink_to(loop_a)
        directory = folder / "a-directory.json"
        directory.mkdir()
        dataset = self.write(k, "dataset.json", self.dataset_text)
        rulebook = self.write(k, "rulebook.json", self.rulebook_text)
        evaluations = self.write(k, "evaluations.json", self.evaluations_text)
        link = folder / "link-to-dataset.json"
        link.symlink_to(dataset)
        padding = " " * (1024 * 1024 + 4096)
        padded = {
            "dataset": self.write(k, "dataset-over-1-MiB.json", self.dataset_text + padding),
            "rulebook": self.write(k, "rulebook-over-1-MiB.json", self.rulebook_text + padding),
            "evaluations": self.write(
                k, "evaluations-over-1-MiB.json", self.evaluations_text + padding
            ),
        }
        readers: list[tuple[str, str, Callable[[str], list[str]]]] = [
            ("validate --input", "dataset", lambda p: ["validate", "--input", p]),
            ("finance --input", "dataset", lambda p: ["finance", "--input", p, "--year", "2021"]),
            ("report --input", "dataset", lambda p: ["report", "--input", p, "--on", "2021-06-30"]),
            (
                "deadlines --input",
                "dataset",
                lambda p: ["deadlines", "--input", p, "--on", "2021-06-30"],
            ),
            ("rules FILE", "rulebook", lambda p: ["rules", p]),
            (
                "finance --rulebook",
                "rulebook",
                lambda p: ["finance", "--rulebook", p, "--year", "2021"],
            ),
            ("evaluate FILE", "evaluations", lambda p: ["evaluate", p]),
        ]
        valid = {"dataset": dataset, "rulebook": rulebook, "evaluations": evaluations}
        for label, kind, argv in readers:
            option = label.split()[-1]
            option_where = "|".join(re.escape(o) for o in {option, "FILE", "RULEBOOK", "--input"})
            for name, target, where in (
                ("a directory", str(directory), ""),
                ("a FIFO", str(fifo), ""),
                ("a socket", str(sock), ""),
                ("/dev/zero", "/dev/zero", ""),
                ("/dev/null", "/dev/null", ""),
                ("/dev/urandom", "/dev/urandom", ""),
                ("a missing file", str(folder / "missing.json"), ""),
                ("a symlink loop", str(loop_a), ""),
                ("an empty path", "", option_where),
                ("a regular file followed by a slash", str(valid[kind]) + "/", ""),
            ):
                self.add(
                    k,
                    f"{label} {name}",
                    REFUSE,
                    argv(target),
                    where=where or (option_where + "|" + re.escape(target)),
                )
            self.add(
                k,
                f"{label} a file over --max-input-mb 1",
                REFUSE,
                [*argv(str(padded[kind])), "--max-input-mb", "1"],
                where=re.escape(str(padded[kind])) + "|--max-input-mb",
            )
            self.add(
                k, f"{label} the same file under the default limit", ACCEPT, argv(str(padded[kind]))
            )
            self.add(
                k,
                f"{label} a valid file under --max-input-mb 1",
                ACCEPT,
                [*argv(str(valid[kind])), "--max-input-mb", "1"],
            )
        self.add(
            k,
            "validate --input a symlink to a valid file",
            ACCEPT,
            ["validate", "--input", str(link)],
        )
        self.add(
            k,
            "--max-input-mb 2^64 (no practical limit)",
            ACCEPT,
            ["validate", "--input", str(dataset), "--max-input-mb", str(2**64)],
        )
        for value in ("0", "-1", "abc", "nan", "inf", "1e400", ""):
            self.add(
                k,
                f"--max-input-mb {value!r}",
                REFUSE,
                ["validate", "--input", str(dataset), "--max-input-mb", value],
                where="--max-input-mb|" + re.escape(str(dataset)),
            )
        self.add(
            k,
            "evaluate a FIFO named .xlsx",
            REFUSE,
            ["evaluate", str(self.fifo_xlsx())],
            where="FILE|" + re.escape(str(folder)),
        )

    def fifo_xlsx(self) -> Path:
        path = self.root / "paths" / "fifo.xlsx"
        os.mkfifo(path)
        return path

    # ---- outputs -------------------------------------------------------------------------

    def outputs(self) -> None:
        k = "outputs"
        report = ["report", "--on", "2021-06-30"]
        where_out = r"-o|--output|--html|FILE"

        def fresh(name: str) -> tuple[Path, Path]:
            folder = self.root / k / f"{len(self.cases):04d}-{safe(name)}"
            folder.mkdir(parents=True)
            dataset = folder / "input.json"
            dataset.write_text(self.dataset_text, encoding="utf-8")
            return folder, dataset

        def victim(folder: Path) -> Path:
            path = folder / "victim.txt"
            path.write_bytes(b"a file of the user that no command may change\n")
            return path

        name = "-o a symlink to another file"
        folder, dataset = fresh(name)
        target = victim(folder)
        out = folder / "out.md"
        out.symlink_to(target)
        self.add(
            k,
            name,
            REFUSE,
            [*report, "--input", str(dataset), "-o", str(out)],
            where=where_out,
            unchanged=snapshot(dataset, target),
            links={out: str(target)},
        )
        name = "-o a symlink to another file, --force"
        folder, dataset = fresh(name)
        target = victim(folder)
        out = folder / "out.md"
        out.symlink_to(target)
        self.add(
            k,
            name,
            ACCEPT,
            [*report, "--input", str(dataset), "-o", str(out), "--force"],
            unchanged=snapshot(dataset, target),
            regular=[out],
        )
        name = "-o a dangling symlink"
        folder, dataset = fresh(name)
        out = folder / "out.md"
        out.symlink_to(folder / "nowhere" / "x.md")
        self.add(
            k,
            name,
            REFUSE,
            [*report, "--input", str(dataset), "-o", str(out)],
            where=where_out,
            unchanged=snapshot(dataset),
            links={out: os.readlink(out)},
        )
        for extra in ([], ["--force"]):
            name = "-o the input file itself" + (", --force" if extra else "")
            folder, dataset = fresh(name)
            self.add(
                k,
                name,
                REFUSE,
                [*report, "--input", str(dataset), "-o", str(dataset), *extra],
                where=where_out,
                unchanged=snapshot(dataset),
            )
        name = "-o a symlink to the input file"
        folder, dataset = fresh(name)
        out = folder / "out.md"
        out.symlink_to(dataset)
        self.add(
            k,
            name,
            REFUSE,
            [*report, "--input", str(dataset), "-o", str(out)],
            where=where_out,
            unchanged=snapshot(dataset),
            links={out: str(dataset)},
        )
        name = "-o the input file spelled sub/../input.json"
        folder, dataset = fresh(name)
        (folder / "sub").mkdir()
        self.add(
            k,
            name,
            REFUSE,
            [*report, "--input", str(dataset), "-o", str(folder / "sub" / ".." / "input.json")],
            where=where_out,
            unchanged=snapshot(dataset),
        )
        name = "--html the input file"
        folder, dataset = fresh(name)
        self.add(
            k,
            name,
            REFUSE,
            [*report, "--input", str(dataset), "--html", str(dataset)],
            where=where_out,
            unchanged=snapshot(dataset),
        )
        name = "--html a symlink to another file"
        folder, dataset = fresh(name)
        target = victim(folder)
        out = folder / "out.html"
        out.symlink_to(target)
        self.add(
            k,
            name,
            REFUSE,
            [*report, "--input", str(dataset), "--html", str(out)],
            where=where_out,
            unchanged=snapshot(dataset, target),
            links={out: str(target)},
        )
        name = "-o into a missing directory"
        folder, dataset = fresh(name)
        self.add(
            k,
            name,
            REFUSE,
            [*report, "--input", str(dataset), "-o", str(folder / "missing" / "out.md")],
            where=where_out + "|missing",
            unchanged=snapshot(dataset),
        )
        name = "-o an existing directory"
        folder, dataset = fresh(name)
        (folder / "out").mkdir()
        self.add(
            k,
            name,
            REFUSE,
            [*report, "--input", str(dataset), "-o", str(folder / "out")],
            where=where_out,
            unchanged=snapshot(dataset),
        )
        name = "--format csv -o the folder holding the input (written in place, documented)"
        folder, dataset = fresh(name)
        self.add(
            k,
            name,
            ACCEPT,
            [*report, "--input", str(dataset), "--format", "csv", "-o", str(folder)],
            where=where_out,
            unchanged=snapshot(dataset),
        )
        name = "-o a character device (mknod 1,3 in the work folder)"
        folder, dataset = fresh(name)
        device = folder / "null-device"
        with contextlib.suppress(PermissionError):  # only root makes device files
            os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
            self.add(
                k,
                name,
                REFUSE,
                [*report, "--input", str(dataset), "-o", str(device)],
                where=where_out,
                unchanged=snapshot(dataset),
            )
        name = "-o a socket"
        folder, dataset = fresh(name)
        with socket.socket(socket.AF_UNIX) as s:
            s.bind(str(folder / "out.md"))
        self.add(
            k,
            name,
            REFUSE,
            [*report, "--input", str(dataset), "-o", str(folder / "out.md")],
            where=where_out,
            unchanged=snapshot(dataset),
        )
        name = "-o a FIFO"
        folder, dataset = fresh(name)
        os.mkfifo(folder / "out.md")
        self.add(
            k,
            name,
            REFUSE,
            [*report, "--input", str(dataset), "-o", str(folder / "out.md")],
            where=where_out,
            unchanged=snapshot(dataset),
        )
        name = "-o an empty path"
        folder, dataset = fresh(name)
        self.add(
            k,
            name,
            REFUSE,
            [*report, "--input", str(dataset), "-o", ""],
            where=where_out,
            unchanged=snapshot(dataset),
        )
        # Other commands writing onto their own input.
        own_inputs: list[tuple[str, str, str, Callable[[str], list[str]]]] = [
            (
                "validate --input X -o X",
                "input.json",
                self.dataset_text,
                lambda p: ["validate", "--input", p, "-o", p],
            ),
            (
                "finance --input X -o X",
                "input.json",
                self.dataset_text,
                lambda p: ["finance", "--input", p, "--year", "2021", "-o", p],
            ),
            (
                "deadlines --input X -o X",
                "input.json",
                self.dataset_text,
                lambda p: ["deadlines", "--input", p, "--on", "2021-06-30", "-o", p],
            ),
            ("rules X -o X", "rulebook.json", self.rulebook_text, lambda p: ["rules", p, "-o", p]),
            (
                "finance --rulebook X -o X",
                "rulebook.json",
                self.rulebook_text,
                lambda p: ["finance", "--rulebook", p, "--year", "2021", "-o", p],
            ),
            (
                "evaluate X -o X",
                "evaluations.json",
                self.evaluations_text,
                lambda p: ["evaluate", p, "-o", p],
            ),
        ]
        for label, write_name, text, argv in own_inputs:
            folder = self.root / k / f"{len(self.cases):04d}-{safe(label)}"
            folder.mkdir(parents=True)
            own = folder / write_name
            own.write_text(text, encoding="utf-8")
            self.add(k, label, REFUSE, argv(str(own)), where=where_out, unchanged=snapshot(own))
        folder = self.root / k / f"{len(self.cases):04d}-evaluate-xlsx-onto-itself"
        folder.mkdir(parents=True)
        workbook = folder / "grid.xlsx"
        workbook.write_bytes(self.grid_xlsx.read_bytes())
        self.add(
            k,
            "evaluate X.xlsx -o X.xlsx",
            REFUSE,
            ["evaluate", str(workbook), "-o", str(workbook)],
            where=where_out,
            unchanged=snapshot(workbook),
        )
        folder = self.root / k / f"{len(self.cases):04d}-grid-xlsx-onto-a-symlink"
        folder.mkdir(parents=True)
        target = victim(folder)
        out = folder / "grid.xlsx"
        out.symlink_to(target)
        self.add(
            k,
            "grid --format xlsx -o a symlink to another file",
            REFUSE,
            ["grid", "--format", "xlsx", "-o", str(out)],
            where=where_out,
            unchanged=snapshot(target),
            links={out: str(target)},
        )

    # ---- workbook ------------------------------------------------------------------------

    def workbook(self) -> None:
        k = "workbook"
        template = self.grid_xlsx.read_bytes()

        def book(name: str, data: bytes, expect: str, extra: list[str] | None = None) -> None:
            path = self.write(k, f"{safe(name)}.xlsx", data)
            where = "|".join([re.escape(str(path)), "FILE", *(extra or [])[:1]])
            self.add(k, name, expect, ["evaluate", str(path), *(extra or [])], where=where)

        def strings(count: int, declared: int | None) -> bytes:
            counts = "" if declared is None else f' count="{declared}" uniqueCount="{declared}"'
            return (
                f'<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="{SST}"{counts}>'
                + "<si><t>a</t></si>" * count
                + "</sst>"
            ).encode()

        def rows(count: int, dimension: str | None = None) -> bytes:
            dim = "" if dimension is None else f'<dimension ref="{dimension}"/>'
            return (
                f'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="{SST}">{dim}'
                "<sheetData>" + "<row/>" * count + "</sheetData></worksheet>"
            ).encode()

        first_sheet = next(n for n in zip_names(template) if n.startswith("xl/worksheets/"))
        book("the blank template of ctg grid", template, ACCEPT)
        book(
            "zip bomb: 300,000 shared strings, deflated",
            with_members(template, {"xl/sharedStrings.xml": strings(300_000, 300_000)}),
            REFUSE,
        )
        book(
            "300,000 shared strings, stored",
            with_members(
                template, {"xl/sharedStrings.xml": strings(300_000, 300_000)}, zipfile.ZIP_STORED
            ),
            REFUSE,
        )
        book(
            "200,001 shared strings declared as 10",
            with_members(
                template, {"xl/sharedStrings.xml": strings(200_001, 10)}, zipfile.ZIP_STORED
            ),
            REFUSE,
        )
        book(
            "shared strings with a DOCTYPE (entities)",
            with_members(
                template,
                {
                    "xl/sharedStrings.xml": (
                        b'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">'
                        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><sst xmlns="'
                        + SST.encode()
                        + b'"><si><t>&b;</t></si></sst>'
                    )
                },
            ),
            REFUSE,
        )
        book(
            "100,001 rows in a sheet",
            with_members(template, {first_sheet: rows(100_001)}, zipfile.ZIP_STORED),
            REFUSE,
        )
        book(
            "a dimension of 3,510,000 cells",
            with_members(template, {first_sheet: rows(1, "A1:ZZ5000")}),
            REFUSE,
        )
        book(
            "1,001 zip members",
            with_members(template, {f"extra/{i}.bin": b"" for i in range(1_001)}),
            REFUSE,
        )
        book(
            "a 60 MiB member of zeros, deflated",
            with_members(template, {"extra/zeros.bin": b"\x00" * (60 * 2**20)}),
            REFUSE,
        )
        book(
            "a sheet that is not XML", with_members(template, {first_sheet: b"<worksheet"}), REFUSE
        )
        book(
            "shared strings that are not UTF-8",
            with_members(
                template,
                {
                    "xl/sharedStrings.xml": b'<?xml version="1.0" encoding='
                    b'"UTF-8"?><sst xmlns="' + SST.encode() + b'"><si><t>\xff\xfe</t></si></sst>'
                },
            ),
            REFUSE,
        )
        not_a_book = io.BytesIO()
        with zipfile.ZipFile(not_a_book, "w") as z:
            z.writestr("hello.txt", "not a workbook")
        book("a zip that is not a workbook", not_a_book.getvalue(), REFUSE)
        empty = io.BytesIO()
        zipfile.ZipFile(empty, "w").close()
        book("an empty zip", empty.getvalue(), REFUSE)
        book("a zip truncated at half", template[: len(template) // 2], REFUSE)
        book("a zip without its last 10 bytes", template[:-10], REFUSE)
        book(
            "a zip with its central directory flipped",
            template[:-60] + bytes(b ^ 0xFF for b in template[-60:-22]) + template[-22:],
            REFUSE,
        )
        book("an empty file", b"", REFUSE)
        book("random-looking bytes", hashlib.sha512(b"ctg").digest() * 64, REFUSE)
        book("the dataset JSON named .xlsx", self.dataset_text.encode(), REFUSE)
        book("the blank template with --year 0", template, REFUSE, ["--year", "0"])
        path = self.write(k, "template-as-csv.csv", template)
        self.add(
            k,
            "the template named .csv",
            REFUSE,
            ["evaluate", str(path)],
            where=re.escape(str(path)) + r"|line \d+",
        )
        path = self.write(k, "csv-as-xlsx.txt", self.grid_csv.read_bytes())
        self.add(
            k,
            "a CSV read with --format-in xlsx",
            REFUSE,
            ["evaluate", str(path), "--format-in", "xlsx"],
            where=re.escape(str(path)),
        )

    # ---- batch ---------------------------------------------------------------------------

    def batch_case(self, name: str, expect: str, spec: dict[str, Any], where: str = "") -> None:
        """ctg.finance_batch() on six rows of charente-2021, changed as `spec` says (the
        changes BATCH_DRIVER knows); an accepted batch is compared with finance() row by row."""
        self.add(
            "batch",
            f"finance_batch: {name}",
            expect,
            [str(self.batch_driver), json.dumps(spec)],
            python=True,
            where=where,
        )

    def batch(self) -> None:
        accept = {
            "int64 columns": {},
            "int64 columns, no parts": {"parts": False},
            "an activity column in days": {"active": "base"},
            "no expense column (at the ceiling)": {"expense": None},
            "read-only input columns": {"fte": "read-only", "expense": "read-only"},
            "pandas columns": {"fte": "pandas", "expense": "pandas", "active": "pandas"},
            "Arrow columns": {"fte": "arrow", "expense": "arrow"},
            "zero rows": {"fte": "empty", "expense": "empty"},
            "out= an earlier result": {"out": "same"},
            "out= an earlier result whose total is the FTE column": {"out": "aliases the input"},
            "an expense of 10^16 cents (beyond the fast kernel's bounds)": {
                "expense_set": {"2": 10**16}
            },
            "an FTE of 2^40 ten-thousandths and an expense of 2^62 cents": {
                "fte_set": {"1": 2**40},
                "expense_set": {"1": 2**62},
            },
            "an activity of 0 and of the whole year": {
                "active": "base",
                "active_set": {"0": 0, "1": 365},
            },
        }
        for name, spec in accept.items():
            self.batch_case(name, ACCEPT, spec)
        fte, expense, active = "fte_ten_thousandths", "expense_cents", "active"
        refuse: dict[str, tuple[dict[str, Any], str]] = {
            "a negative FTE": ({"fte_set": {"3": -1}}, rf"{fte}\[3\]"),
            "a negative expense": ({"expense_set": {"2": -100}}, rf"{expense}\[2\]"),
            "the smallest int64 as expense": ({"expense_set": {"0": -(2**63)}}, rf"{expense}\[0\]"),
            "an activity beyond the year": (
                {"active": "base", "active_set": {"4": 366}},
                rf"{active}\[4\]",
            ),
            "a negative activity": ({"active": "base", "active_set": {"5": -1}}, rf"{active}\[5\]"),
            "the largest int64 as activity": (
                {"active": "base", "active_set": {"0": INT64_MAX}},
                rf"{active}\[0\]",
            ),
            "the smallest int64 as activity": (
                {"active": "base", "active_set": {"1": -(2**63)}},
                rf"{active}\[1\]",
            ),
            "a negative FTE, out= given": (
                {"fte_set": {"5": -1}, "out": "same"},
                rf"{fte}\[5\]",
            ),
            "an aid beyond int64 cents at the ceiling, out= given": (
                {"expense": None, "fte_set": {"4": 2**55}, "out": "same"},
                rf"{fte}\[4\]",
            ),
            "an expense column one row short": ({"expense": "shorter"}, expense),
            "a 2-D FTE column": ({"fte": "2-D"}, fte),
            "a strided FTE column": ({"fte": "strided"}, fte),
            "a Python list": ({"fte": "list"}, fte),
            "integers beyond int64": ({"fte": "big ints"}, fte),
            "a numpy scalar": ({"fte": "scalar"}, fte),
            "pandas nullable integers with NA": ({"expense": "pandas nullable with NA"}, expense),
            "pandas floats with NaN": ({"expense": "pandas float with NaN"}, expense),
            "an Arrow column with a null": ({"fte": "arrow with a null"}, fte),
            "an Arrow column in two chunks": ({"expense": "arrow in two chunks"}, expense),
            "out= one row short": ({"out": "shorter"}, r"out\.total_cents"),
            "out= without the parts asked for": ({"out": "without parts"}, r"out\.parts_cents"),
            "out= with a read-only array": ({"out": "read-only"}, r"out\.total_cents"),
            "out= a dict": ({"out": "not a result"}, r"out\b"),
            "out= whose part is a float64 array": (
                {"out": "a part of float64"},
                r"out\.parts_cents\['fonds_locaux'\]",
            ),
            "out= whose two parts are one array": (
                {"out": "both parts in one array"},
                r"parts_cents\[0\]",
            ),
        }
        for dtype in ("float64", "int32", "uint64", "bool", "object", ">i8"):
            refuse[f"an FTE column of dtype {dtype}"] = ({"fte": dtype}, fte)
        for name, (spec, where) in refuse.items():
            self.batch_case(name, REFUSE, spec, where)


def csv_line(cells: list[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow(cells)
    return out.getvalue()


def safe(name: str) -> str:
    return re.sub(r"[^\w.-]+", "-", name)[:60].strip("-") or "case"


def snapshot(*paths: Path) -> dict[Path, bytes]:
    return {path: path.read_bytes() for path in paths}


def zip_names(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.namelist()


def with_members(
    base: bytes, members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED
) -> bytes:
    """The workbook `base` with `members` replaced or added."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(base)) as source,
        zipfile.ZipFile(out, "w", compression) as target,
    ):
        for info in source.infolist():
            if info.filename not in members:
                target.writestr(info.filename, source.read(info.filename))
        for name, content in members.items():
            target.writestr(name, content)
    return out.getvalue()


# --------------------------------------------------------------------------------------------
# Running and judging


def limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))


def run_all(cases: list[Case], ctg: Path, python: Path, logs: Path, jobs: int) -> None:
    """Runs the cases, `jobs` at a time, each with its timeout and memory limit. One thread:
    preexec_fn is only safe without threads."""
    logs.mkdir(parents=True, exist_ok=True)
    environment = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", COLUMNS="100")
    pending = list(enumerate(cases))
    running: dict[int, tuple[subprocess.Popen[bytes], float, Path, Path]] = {}
    while pending or running:
        while pending and len(running) < jobs:
            index, case = pending.pop(0)
            program: list[str | bytes] = (
                [str(python)] if case.python else [str(ctg), "--lang", "en"]
            )
            out, err = logs / f"{index:04d}.out", logs / f"{index:04d}.err"
            process = launch(program + case.argv, out, err, environment, logs)
            running[index] = (process, time.monotonic(), out, err)
        for index, (process, start, out, err) in list(running.items()):
            code = process.poll()
            elapsed = time.monotonic() - start
            if code is None and elapsed < TIMEOUT_SECONDS:
                continue
            case = cases[index]
            if code is None:
                os.killpg(process.pid, signal.SIGKILL)
                code = process.wait()
                case.timed_out = True
            else:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)  # anything it left behind
            case.rc, case.seconds = code, elapsed
            case.stdout, case.stderr = out.read_bytes(), err.read_bytes()
            del running[index]
        time.sleep(0.005)


def launch(
    argv: list[str | bytes], out: Path, err: Path, environment: dict[str, str], cwd: Path
) -> subprocess.Popen[bytes]:
    """Starts one run, its output in files; a reinstall of the package may hide ctg a moment."""
    for attempt in range(10):
        try:
            with out.open("wb") as stdout, err.open("wb") as stderr:
                return subprocess.Popen(
                    argv,
                    stdin=subprocess.DEVNULL,
                    stdout=stdout,
                    stderr=stderr,
                    preexec_fn=limit_memory,  # safe: this process runs no thread
                    start_new_session=True,
                    env=environment,
                    cwd=cwd,
                )
        except FileNotFoundError:
            if attempt == 9:
                raise
            time.sleep(1.0)
    raise AssertionError("unreachable")


def judge(case: Case) -> tuple[str, str]:
    err = case.stderr.decode("utf-8", "replace")
    out = case.stdout.decode("utf-8", "replace")
    rc = case.rc
    if case.timed_out:
        return "crash", f"no answer after {TIMEOUT_SECONDS:.0f} s (killed)"
    if rc is None or rc < 0:
        return "crash", f"killed by signal {-(rc or 0)}"
    if rc == 70:
        return "crash", "exit 70 (internal error)"
    for marker in ("Traceback", "MemoryError", "std::bad_alloc", "Segmentation fault"):
        if marker in err:
            return "crash", f"{marker} on stderr"
    harmed = harm(case)
    if harmed:
        return "silent wrong", harmed
    if case.expect == ACCEPT:
        if rc != 0:
            return ("silent wrong" if rc in (1, 2) else "unclear"), f"a valid input: exit {rc}"
        if case.warning and not re.search(r"warning:.*(" + case.warning + ")", err):
            return "silent wrong", "accepted without the warning it must give"
        if case.spreadsheet_safe:
            live = live_formulas(out)
            if live:
                return "silent wrong", f"a live formula in the CSV output: {live[0]!r}"
        return "accepted", ""
    if rc == 0:
        return "silent wrong", "an input to refuse, accepted (exit 0)"
    if rc not in (1, 2):
        return "unclear", f"exit {rc}"
    try:
        case.stderr.decode("utf-8")
    except UnicodeDecodeError:
        return "unclear", "stderr is not UTF-8"
    if "error:" not in err:
        return "unclear", "no `error:` on stderr"
    if out.strip() and not (case.errors_on_stdout and out.startswith("invalid:")):
        return "unclear", "a refusal with output on stdout"
    where = err + (out if case.errors_on_stdout else "")
    if case.where and not re.search(case.where, where):
        return "unclear", f"the place is not named (looked for /{case.where[:80]}/)"
    return "clear error", ""


def replay(case: Case) -> dict[str, Any]:
    """The expectations of `case`, to run it again."""
    return {
        "where": case.where,
        "warning": case.warning,
        "python": case.python,
        "errors_on_stdout": case.errors_on_stdout,
        "unchanged": case.unchanged,
        "links": case.links,
        "regular": case.regular,
        "spreadsheet_safe": case.spreadsheet_safe,
    }


def harm(case: Case) -> str:
    for path, before in case.unchanged.items():
        if not path.exists():
            return f"{path.name} removed"
        if path.read_bytes() != before:
            return f"{path.name} changed"
    for link, target in case.links.items():
        if not link.is_symlink():
            return f"the symlink {link.name} was replaced"
        if os.readlink(link) != target:
            return f"the symlink {link.name} now points elsewhere"
    for path in case.regular:
        if path.is_symlink() or not path.is_file():
            return f"{path.name} is not a regular file afterwards"
    return ""


def live_formulas(text: str) -> list[str]:
    number = re.compile(r"[-+]?\d+(\.\d+)?")
    return [
        cell
        for row in csv.reader(io.StringIO(text))
        for cell in row
        if cell[:1] in ("=", "+", "-", "@", "\t", "\r") and not number.fullmatch(cell)
    ]


def table(cases: list[Case]) -> str:
    counts: dict[str, dict[str, int]] = {}
    for case in cases:
        row = counts.setdefault(case.klass, dict.fromkeys(("tried", *VERDICTS), 0))
        row["tried"] += 1
        row[case.verdict] += 1
    columns = ("tried", *VERDICTS)
    width = max(len(c) for c in CLASSES) + 2
    lines = ["class".ljust(width) + "".join(f"{c:>14}" for c in columns)]
    total = dict.fromkeys(columns, 0)
    for klass in CLASSES:
        if klass not in counts:
            continue
        lines.append(klass.ljust(width) + "".join(f"{counts[klass][c]:>14}" for c in columns))
        for c in columns:
            total[c] += counts[klass][c]
    lines.append("total".ljust(width) + "".join(f"{total[c]:>14}" for c in columns))
    return "\n".join(lines)


def listing(cases: list[Case], verdict: str, ctg: Path, python: Path) -> str:
    lines = []
    for case in cases:
        if case.verdict != verdict:
            continue
        program = shell_quote(str(python)) if case.python else f"{shell_quote(str(ctg))} --lang en"
        stderr = case.stderr.decode("utf-8", "backslashreplace").strip()
        lines.append(
            f"- [{case.klass}] {case.name} ({case.expect}): exit {case.rc}, "
            f"{case.seconds:.1f} s; {case.reason}"
        )
        lines.append(f"    $ {program} {case.command()}")
        lines.append(f"    stderr: {stderr[:200]!r}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", metavar="DIR", type=Path, help="keep the inputs in DIR")
    parser.add_argument(
        "--ctg",
        metavar="PATH",
        type=Path,
        default=Path(sys.executable).parent / "ctg",
        help="the ctg executable (default: the one next to this Python)",
    )
    parser.add_argument("--jobs", type=int, default=2, help="parallel runs (default 2)")
    parser.add_argument("--only", choices=CLASSES, action="append", help="only these classes")
    options = parser.parse_args(argv)
    ctg = options.ctg.absolute()
    python = ctg.parent / "python"
    if not python.exists():
        python = Path(sys.executable)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="ctg-hostile-") as temporary:
        root = options.keep.absolute() if options.keep else Path(temporary)
        if options.keep:
            if root.exists() and any(root.iterdir()):
                parser.error(f"--keep {root}: the folder must be new or empty")
            root.mkdir(parents=True, exist_ok=True)
        campaign = Campaign(root, ctg, python)
        for klass in options.only or CLASSES:
            getattr(campaign, klass)()
        cases = campaign.cases
        sys.stdout.write(f"{len(cases)} runs of {ctg}, {options.jobs} at a time…\n")
        sys.stdout.flush()
        run_all(cases, ctg, python, root / "runs", max(1, options.jobs))
        for case in cases:
            case.verdict, case.reason = judge(case)
        # A finding counts when it comes again: a reinstall of the package under the run (ctg
        # missing a moment, a module half written) must not pass for one.
        found = [c for c in cases if c.verdict not in ("clear error", "accepted")]
        again = [Case(c.klass, c.name, c.expect, c.argv, **replay(c)) for c in found]
        run_all(again, ctg, python, root / "runs-again", 1)
        for first, second in zip(found, again, strict=True):
            verdict, reason = judge(second)
            if verdict != first.verdict:
                first.rc, first.stdout, first.stderr = second.rc, second.stdout, second.stderr
                first.timed_out, first.seconds = second.timed_out, second.seconds
                first.reason = (
                    f"{reason} (a first run was {first.verdict}: {first.reason}; not reproduced)"
                )
                first.verdict = verdict
    report = [table(cases), ""]
    for verdict in ("crash", "silent wrong", "unclear"):
        listed = listing(cases, verdict, ctg, python)
        report.append(f"{verdict}: " + ("none" if not listed else "\n" + listed))
    report.append(f"\n{time.monotonic() - started:.0f} s")
    if options.keep:
        report.append(f"inputs, stdout and stderr kept in {root}")
    sys.stdout.write("\n".join(report) + "\n")
    return 1 if any(c.verdict in ("crash", "silent wrong") for c in cases) else 0


if __name__ == "__main__":
    sys.exit(main())
