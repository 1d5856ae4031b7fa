# SPDX-License-Identifier: MIT
"""`ctg report` rendering time, without ctg's cache (before) and with it (after), side by side.

Each case is the command a user runs, in a new process, so that what is measured includes
everything a run pays once: imports, the catalogue, Babel's locale data, the templates' compile,
matplotlib's charts. The runs of "before" and "after" alternate, so that both see the same load
of the machine; the figure of each is the best of --runs runs (the least disturbed), the median
is shown beside it.

- before: CTG_NO_CACHE=1, every run parses the catalogue and compiles the templates, as ctg did
  before its cache (ctg/_cache.py);
- after: CTG_CACHE_DIR set to a fresh temporary folder, filled by one run first.

`json` renders no text: it is the floor, the cost of the process, the imports and the C++ report.
The second table splits one process's time into its phases, before and after.

    PYTHONPATH=bindings/python python tests/bench/report_render_bench.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CASES = {
    "json": ["--format", "json"],
    "md": ["--format", "md"],
    "html": ["--format", "html"],
    "synthese": ["--format", "html", "--audience", "elus"],
}
REPORT = ["-m", "ctg", "report", "-q", "--on", "2021-06-30"]

# One process, each phase timed once, printed as `name seconds` lines.
PHASES = r"""
import datetime, time
t = time.perf_counter()
def lap(name):
    global t
    now = time.perf_counter()
    print(name, now - t)
    t = now
import ctg.cli
lap("import ctg")
from ctg import _catalogue
_catalogue.entries()
lap("catalogue")
from ctg.report import build_report, default_rulebooks
dataset = ctg.builtin_dataset("charente-2021")
report = build_report(dataset, on=datetime.date(2021, 6, 30), rulebooks=default_rulebooks(dataset))
data = report.data
lap("C++ report")
from ctg._format import formatter
formatter("fr").money("1.00")
lap("Babel")
from ctg.report import _markdown, _synthese
_markdown._environment().get_template("report.md.j2")
lap("md templates load")
_markdown.render(data)
lap("md render")
_synthese._template()
lap("synthese template load")
_synthese.render(data)
lap("synthese render")
import matplotlib.figure
lap("matplotlib import")
from ctg.report import _html
_html._environment().get_template("report.html.j2")
lap("html template load")
_html.render(data)
lap("html render + charts")
"""


def run(arguments: list[str], environment: dict[str, str]) -> float:
    """Seconds of one `python -m ctg report …` process."""
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, *REPORT, *arguments],
        env=environment,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def phases(environment: dict[str, str]) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", PHASES], env=environment, check=True, capture_output=True, text=True
    ).stdout
    return {
        name: float(value) for name, value in (line.rsplit(" ", 1) for line in out.splitlines())
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each case (default 7)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="ctg-bench-cache-") as cache:
        before = os.environ | {"CTG_NO_CACHE": "1"}
        before.pop("CTG_CACHE_DIR", None)
        after = os.environ | {"CTG_CACHE_DIR": cache}
        after.pop("CTG_NO_CACHE", None)
        import ctg

        print(f"ctg from {Path(ctg.__file__).parent}, Python {sys.version.split()[0]}, ", end="")
        print(f"load average {os.getloadavg()[0]:.2f}, best of {args.runs} runs")
        for arguments in CASES.values():  # fills the cache of "after"
            run(arguments, after)

        print(f"{'ctg report':10} {'before':>8} {'after':>8} {'ratio':>6}   median before/after")
        for name, arguments in CASES.items():
            times: dict[str, list[float]] = {"before": [], "after": []}
            for _ in range(args.runs):
                times["before"].append(run(arguments, before))
                times["after"].append(run(arguments, after))
            b, a = min(times["before"]), min(times["after"])
            mb, ma = statistics.median(times["before"]), statistics.median(times["after"])
            print(f"{name:10} {b:7.3f}s {a:7.3f}s {b / a:5.2f}x   {mb:.3f}s / {ma:.3f}s")

        print(f"\n{'phase (one process)':26} {'before':>8} {'after':>8}")
        split_before, split_after = phases(before), phases(after)
        for name, seconds in split_before.items():
            print(f"{name:26} {seconds:7.3f}s {split_after[name]:7.3f}s")


if __name__ == "__main__":
    main()
