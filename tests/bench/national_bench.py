# SPDX-License-Identifier: MIT
"""The synthetic national set (tests/bench/national_set.py): load + validate time, and the time
of `ctg national … --format json`, each with its peak memory. Prints figures; asserts nothing.

Each measure runs in a new process pinned to one core (`taskset -c 0` when available), so that
its peak resident memory (ru_maxrss of the child) is its own; the figure is the best of --runs
runs (the least disturbed), the median beside it.

- load + validate: the 101 files read and loaded by the library (`ctg.load_dataset_json`: the
  JSON parsed, every rule of the format and of the model checked), timed inside the process;
  target ≤ 200 ms.
- ctg national: the whole command a user runs, `ctg national DIR --on 2024-06-30 --format json`,
  from the process start (imports included) to its exit; target ≤ 1 s on one core.

    make bench-national      (generates build/national first)
    .venv/bin/python tests/bench/national_bench.py [--set build/national] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ON = "2024-06-30"

LOAD = r"""
import glob, sys, time
import ctg
files = sorted(glob.glob(sys.argv[1] + "/*.json"))
t = time.perf_counter()
datasets = [ctg.load_dataset_json(open(f, encoding="utf-8").read(), f) for f in files]
elapsed = time.perf_counter() - t
epcis = sum(len(d.epcis) for d in datasets)
print(elapsed, len(datasets), epcis, sum(len(d.posts) for d in datasets))
"""

VIEW = r"""
import datetime, glob, sys, time
import ctg
from ctg.national import build_national
files = sorted(glob.glob(sys.argv[1] + "/*.json"))
datasets = [ctg.load_dataset_json(open(f, encoding="utf-8").read(), f) for f in files]
t = time.perf_counter()
view = build_national(datasets, on=datetime.date.fromisoformat(sys.argv[2]))
text = view.to_json()
print(time.perf_counter() - t)
"""


def pinned() -> list[str]:
    return ["taskset", "-c", "0"] if shutil.which("taskset") else []


def child(argv: list[str]) -> tuple[float, float, str]:
    """Runs `argv`; its wall time (s), its own peak RSS (MiB, from wait4) and its stdout."""
    read, write = os.pipe()
    start = time.perf_counter()
    pid = os.posix_spawnp(
        argv[0],
        argv,
        os.environ,
        file_actions=[(os.POSIX_SPAWN_DUP2, write, 1), (os.POSIX_SPAWN_CLOSE, read)],
    )
    os.close(write)
    with os.fdopen(read, encoding="utf-8") as out:
        text = out.read()
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"{' '.join(argv)}: exit {os.waitstatus_to_exitcode(status)}")
    return wall, usage.ru_maxrss / 1024, text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=ROOT / "build" / "national")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = args.set
    if not any(folder.glob("*.json")):
        raise SystemExit(f"no *.json in {folder}: run tests/bench/national_set.py first")
    python = [*pinned(), sys.executable]
    loads, views, commands = [], [], []
    load_rss = view_rss = command_rss = 0.0
    counts = ""
    for _ in range(args.runs):
        _, rss, out = child([*python, "-c", LOAD, str(folder)])
        seconds, *rest = out.split()
        loads.append(float(seconds))
        load_rss = max(load_rss, rss)
        counts = " ".join(rest)
        _, rss, out = child([*python, "-c", VIEW, str(folder), ON])
        views.append(float(out.split()[0]))
        view_rss = max(view_rss, rss)
        wall, rss, _ = child(
            [*python, "-m", "ctg", "-q", "national", str(folder), "--on", ON, "--format", "json"]
        )
        commands.append(wall)
        command_rss = max(command_rss, rss)
    departments, epcis, posts = counts.split()
    print(f"national set {folder}: {departments} datasets, {epcis} EPCI rows, {posts} posts")
    print(f"runs: {args.runs}, one core: {'yes' if pinned() else 'no (taskset absent)'}")
    rows = [
        ("load + validate (in process)", loads, load_rss, 0.200),
        ("build_national_view + JSON (in process)", views, view_rss, None),
        (f"ctg national --on {ON} --format json (whole command)", commands, command_rss, 1.0),
    ]
    for name, times, rss, target in rows:
        goal = f"  target ≤ {target * 1000:.0f} ms" if target else ""
        print(
            f"{name:<58} best {min(times) * 1000:7.1f} ms  median "
            f"{statistics.median(times) * 1000:7.1f} ms  peak RSS {rss:6.1f} MiB{goal}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
