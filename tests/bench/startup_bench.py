# SPDX-License-Identifier: MIT
"""Start-up and report times against the targets of issue 14, each a whole command in a new
process, pinned to one core.

- `import ctg`, over bare Python (`python -c pass`): target 30 ms;
- `ctg report --format json` on the built-in Charente dataset: target 100 ms;
- `ctg report --format html`: target 0.5 s, through `python -m ctg` and the `ctg` entry point;
- the same page with its charts drawn (ctg's cache holding the templates and the catalogue but
  no chart: what the first report of new data pays), and the synthèse (`--audience elus`);
- the floor under the page with its charts drawn: the page with its charts cached, in a process
  that first imports what drawing them needs, as the command does (`_charts._import_matplotlib`,
  `matplotlib.figure`, the SVG backend). No chart drawn with matplotlib can be faster.

The reports run with ctg's cache in a temporary folder filled by a first run, as a user's
second run finds it (docs/pages/benchmarks.md). The runs of all cases alternate, so that they
see the same load of the machine; each figure is the best of --runs runs (the least disturbed),
the median beside it. The processes are pinned to one core (--core, default the last one).

    .venv/bin/python tests/bench/startup_bench.py [--runs 15] [--core N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPORT = ["report", "-q", "--on", "2021-06-30"]
ENTRY_POINT = Path(sys.executable).with_name("ctg")

#: The html report in a process that first imports matplotlib as the command does to draw.
IMPORTS_THEN_HTML = f"""
import sys
from ctg import _cli_common
from ctg.cli import main
from ctg.report import _charts
with _cli_common.running(_cli_common.Run()), _charts._DRAWING:
    _charts._import_matplotlib()
sys.exit(main({[*REPORT, "--format", "html"]!r}))
"""

#: name: (command, target in seconds or None, whether the charts are removed before each run)
CASES: dict[str, tuple[list[str], float | None, bool]] = {
    "python -c pass": ([sys.executable, "-c", "pass"], None, False),
    "python -c 'import ctg'": ([sys.executable, "-c", "import ctg"], None, False),
    "report --format json": (
        [sys.executable, "-m", "ctg", *REPORT, "--format", "json"],
        0.1,
        False,
    ),
    "report --format json (ctg)": ([str(ENTRY_POINT), *REPORT, "--format", "json"], 0.1, False),
    "report --format md": ([sys.executable, "-m", "ctg", *REPORT, "--format", "md"], None, False),
    "report --format html": (
        [sys.executable, "-m", "ctg", *REPORT, "--format", "html"],
        0.5,
        False,
    ),
    "report --format html (ctg)": ([str(ENTRY_POINT), *REPORT, "--format", "html"], 0.5, False),
    "html, charts drawn": ([sys.executable, "-m", "ctg", *REPORT, "--format", "html"], None, True),
    "its floor: imports + page": ([sys.executable, "-c", IMPORTS_THEN_HTML], None, False),
    "html --audience elus": (
        [sys.executable, "-m", "ctg", *REPORT, "--format", "html", "--audience", "elus"],
        None,
        False,
    ),
}
#: Target of `import ctg` over bare Python, in seconds.
IMPORT_TARGET = 0.030


def run(command: list[str], environment: dict[str, str]) -> float:
    """Seconds of one process, from its start to its exit."""
    start = time.perf_counter()
    subprocess.run(command, env=environment, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def verdict(seconds: float, target: float | None) -> str:
    if target is None:
        return ""
    return f"≤ {target * 1000:.0f} ms  {'met' if seconds <= target else 'NOT MET'}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs of each case (default 15)")
    parser.add_argument("--core", type=int, help="the core to pin to (default the last one)")
    args = parser.parse_args()
    core = max(os.sched_getaffinity(0)) if args.core is None else args.core
    os.sched_setaffinity(0, {core})  # the processes started below inherit it

    with tempfile.TemporaryDirectory(prefix="ctg-bench-startup-") as cache:
        environment = os.environ | {"CTG_CACHE_DIR": cache}
        environment.pop("CTG_NO_CACHE", None)
        charts = Path(cache, "charts")
        import ctg

        print(f"ctg {ctg.__version__} from {Path(ctg.__file__).parent}")
        print(
            f"Python {sys.version.split()[0]}, pinned to core {core} of {os.cpu_count()}, ", end=""
        )
        print(f"load average {os.getloadavg()[0]:.2f}, best of {args.runs} runs (median)")
        if sys.dont_write_bytecode:
            print("note: PYTHONDONTWRITEBYTECODE is set: modules without a .pyc are compiled anew")
        for command, _, _ in CASES.values():  # fills the cache, writes any missing .pyc
            run(command, environment)

        times: dict[str, list[float]] = {name: [] for name in CASES}
        for _ in range(args.runs):
            for name, (command, _, draw) in CASES.items():
                if draw:
                    shutil.rmtree(charts, ignore_errors=True)
                times[name].append(run(command, environment))

        best = {name: min(values) for name, values in times.items()}
        median = {name: statistics.median(values) for name, values in times.items()}
        bare = best["python -c pass"]
        print(f"\n{'case':30} {'best':>9} {'median':>9}   target")
        for name, (_, target, _) in CASES.items():
            print(
                f"{name:30} {best[name] * 1000:6.0f} ms {median[name] * 1000:6.0f} ms"
                f"   {verdict(best[name], target)}"
            )
        over = best["python -c 'import ctg'"] - bare
        print(
            f"{'import ctg over bare Python':30} {over * 1000:6.0f} ms {'':9}"
            f"   {verdict(over, IMPORT_TARGET)}"
        )


if __name__ == "__main__":
    main()
