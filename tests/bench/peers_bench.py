# SPDX-License-Identifier: MIT
"""ctg's batch side by side with the tools an analyst would use instead (issue 14).

One process, one core (the script pins itself to core 0), the same generated rows for every
tool: --rows posts (default 1,000,000) drawn by a seeded numpy generator, FTE 0.1–4.0 in
ten-thousandths and declared expense 0–250,000 € in cents, both int64, financed under the
rulebook `charente-2021` on 2021-06-30:

    aid   = 80 % × min(expense, 48,000 € × FTE), rounded once to the cent, half away from zero
    parts = bonus_territoire 55 and fonds_locaux 25 (weights of the 80), the aid split by
            largest remainder, a tie to the first part

Each figure is the best of --repeat runs (the least disturbed; the machine may be shared), the
garbage collector off during a run as timeit does. The slow tools run on the first rows only
(--loop-rows, --pandas-rows); their rows/s are those of their subset. Every tool's output is
compared cent by cent with an exact integer reference written here apart from every tool (the
rule in numpy int64 with the general largest-remainder split): totals off, parts off, parts not
adding up to the total. Then the memory ctg's batch allocates (tracemalloc's peak, for a new
result and with out=) beside the size of its output columns. Prints figures; asserts nothing.

With --floor, the loop over posts runs a second time on tests/bench/pybind11_floor, a module
bound like ctg's whose `finance` does no work: the most a loop over pybind11 results can reach,
printed beside the Decimal loop.

    make bench-peers         (its own virtualenv build/bench-peers-venv, with openfisca-core,
                              and the floor module built in build/bench-peers-floor)
    build/bench-peers-venv/bin/python tests/bench/peers_bench.py [--rows N] [--repeat N]
                                                                 [--floor FOLDER]
"""

from __future__ import annotations

import argparse
import datetime
import gc
import importlib.metadata
import os
import platform
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import numpy as np
import numpy.typing as npt

import ctg

Cents = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]
ON = datetime.date(2021, 6, 30)
RULEBOOK = "charente-2021"
PARTS = ("bonus_territoire", "fonds_locaux")
SEED = 14  # the number
FLOOR = "pybind11 floor of that loop"

# The rule in integers: a rate in millionths, the ceiling in cents per FTE, FTE in
# ten-thousandths, the part weights in millionths (they add up to the rate).
RATE = 800_000
CEILING_CENTS_PER_FTE = 4_800_000
FTE_SCALE = 10_000
WEIGHTS = (550_000, 250_000)


@dataclass
class Output:
    """What a tool gives for its rows, in cents: the total and each part (None: no parts)."""

    total: Cents
    parts: list[Cents] | None


@dataclass
class Measure:
    name: str
    rows: int
    seconds: float
    output: Output | None  # None: a floor, which computes nothing
    note: str = ""

    @property
    def rate(self) -> float:
        return self.rows / self.seconds


def generate(rows: int) -> tuple[Cents, Cents]:
    """FTE in ten-thousandths (0.1–4.0) and expense in cents (0–250,000 €), seeded."""
    rng = np.random.default_rng(SEED)
    fte = rng.integers(1_000, 40_000, rows, dtype=np.int64, endpoint=True)
    expense = rng.integers(0, 25_000_000, rows, dtype=np.int64, endpoint=True)
    return fte, expense


def reference(fte: Cents, expense: Cents) -> Output:
    """The exact rule, apart from every tool: the aid as a fraction over 10^10, rounded half up
    (every value is positive, so half away from zero), then the general largest-remainder split
    of the aid by the weights, ties to the first part (a stable sort). No product exceeds 2^58."""
    numerator = RATE * np.minimum(expense * FTE_SCALE, CEILING_CENTS_PER_FTE * fte)
    denominator = 1_000_000 * FTE_SCALE
    total = (numerator + denominator // 2) // denominator
    weights = np.array(WEIGHTS, dtype=np.int64)[:, None]
    scaled = total[None, :] * weights
    whole, remainder = np.divmod(scaled, weights.sum())
    left = total - whole.sum(axis=0)  # cents still to give, fewer than the parts
    order = np.argsort(-remainder, axis=0, kind="stable")
    rank = np.empty_like(order)
    np.put_along_axis(rank, order, np.arange(len(WEIGHTS))[:, None], axis=0)
    parts = whole + (rank < left[None, :])
    return Output(total, list(parts))


def timed(run: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """The best time of `repeat` runs, with the last run's result; gc off while it runs."""
    best = float("inf")
    result: Any = None
    for _ in range(repeat):
        result = None
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            result = run()
            best = min(best, time.perf_counter() - start)
        finally:
            gc.enable()
    return best, result


def euros_to_cents(values: Any) -> Cents:
    """Float amounts in euros (float32 or float64) to the cents they are closest to."""
    return np.rint(np.asarray(values, dtype=np.float64) * 100).astype(np.int64)


def decimals_to_cents(values: Sequence[Decimal]) -> Cents:
    return np.fromiter((int(v.scaleb(2)) for v in values), dtype=np.int64, count=len(values))


def moneys_to_cents(values: Sequence[ctg.Money]) -> Cents:
    return np.fromiter((v.cents for v in values), dtype=np.int64, count=len(values))


# --- The tools --------------------------------------------------------------------------------


def ctg_batch(
    rules: ctg.Rulebook, fte: Cents, expense: Cents, repeat: int, *, parts: bool
) -> list[Measure]:
    """finance_batch with fresh output arrays, and with `out=` (arrays of an earlier result
    rewritten) when this ctg accepts it."""
    label = "parts" if parts else "no parts"

    def output(result: ctg.BatchResult) -> Output:
        got = result.parts_cents
        return Output(result.total_cents, [got[p] for p in PARTS] if parts else None)

    seconds, result = timed(lambda: ctg.finance_batch(rules, ON, fte, expense, parts=parts), repeat)
    measures = [Measure(f"ctg Python finance_batch ({label})", len(fte), seconds, output(result))]
    batch: Any = ctg.finance_batch
    earlier = ctg.finance_batch(rules, ON, fte, expense, parts=parts)
    try:
        batch(rules, ON, fte, expense, parts=parts, out=earlier)
    except TypeError:
        return measures  # this ctg has no out= yet
    seconds, _ = timed(lambda: batch(rules, ON, fte, expense, parts=parts, out=earlier), repeat)
    for array in [earlier.total_cents, *earlier.parts_cents.values()]:
        array.fill(-1)  # so that what is checked is what the last call wrote
    again = batch(rules, ON, fte, expense, parts=parts, out=earlier)
    written = again if isinstance(again, ctg.BatchResult) else earlier
    measures.append(
        Measure(f"ctg Python finance_batch ({label}, out=)", len(fte), seconds, output(written))
    )
    return measures


def batch_memory(rules: ctg.Rulebook, fte: Cents, expense: Cents) -> str:
    """What ctg's batch allocates, as tracemalloc sees it (numpy reports its arrays to it; the
    few allocations of the C++ kernel, counted by Batch.AllocatesNothingPerRow, are not seen):
    the peak of a call that returns a new result, and of a call with out=, beside the size of
    the output columns. Measured apart from the timed runs, tracemalloc slowing allocations."""
    columns = (1 + len(PARTS)) * fte.nbytes
    earlier = ctg.finance_batch(rules, ON, fte, expense)
    batch: Any = ctg.finance_batch
    tracemalloc.start()
    try:
        ctg.finance_batch(rules, ON, fte, expense)
        _, fresh = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        try:
            batch(rules, ON, fte, expense, out=earlier)
            reused = f"{tracemalloc.get_traced_memory()[1] / 1e3:.1f} kB"
        except TypeError:
            reused = "not measured (this ctg has no out=)"
    finally:
        tracemalloc.stop()
    return (
        f"memory of ctg's batch (tracemalloc peak, {len(fte):,} rows, parts): a new result "
        f"{fresh / 1e6:.2f} MB for output columns of {columns / 1e6:.2f} MB; with out= {reused}"
    )


def numpy_int64(fte: Cents, expense: Cents, repeat: int) -> Measure:
    """The four hand-written lines of the issue: the ceiling 48,000 € × f / 10,000 is 480 × f
    cents exactly, 80 % of it is 8/10, the bonus 55/80 = 11/16 of the aid, half up."""

    def run() -> Output:
        total = (8 * np.minimum(expense, 480 * fte) + 5) // 10
        bonus = (11 * total + 8) // 16
        return Output(total, [bonus, total - bonus])

    seconds, result = timed(run, repeat)
    return Measure("numpy int64, four lines", len(fte), seconds, result)


def numpy_float64(fte: Floats, euros: Floats, repeat: int) -> Measure:
    """The analyst's version in euros: np.round to 2 decimals (half to even on the binary
    value), the bonus 55/80 of the rounded aid, the local funds the rest."""

    def run() -> tuple[Any, Any, Any]:
        total = np.round(0.8 * np.minimum(euros, 48_000 * fte), 2)
        bonus = np.round(total * 55 / 80, 2)
        return total, bonus, total - bonus

    seconds, (total, bonus, local) = timed(run, repeat)
    output = Output(euros_to_cents(total), [euros_to_cents(bonus), euros_to_cents(local)])
    return Measure("numpy float64 in euros", len(fte), seconds, output)


CENT = Decimal("0.01")
DECIMAL_RATE = Decimal("0.8")
DECIMAL_CEILING = Decimal(48_000)
DECIMAL_SHARE = Decimal(55) / Decimal(80)  # 0.6875, exact


def aid_decimal(fte: Decimal, expense: Decimal) -> tuple[Decimal, Decimal, Decimal]:
    total = (DECIMAL_RATE * min(expense, DECIMAL_CEILING * fte)).quantize(CENT, ROUND_HALF_UP)
    bonus = (total * DECIMAL_SHARE).quantize(CENT, ROUND_HALF_UP)
    return total, bonus, total - bonus


def decimal_loop(ftes: list[Decimal], expenses: list[Decimal], repeat: int) -> Measure:
    """A plain loop over Decimal inputs (FTE and euros), quantize ROUND_HALF_UP."""

    def run() -> tuple[list[Decimal], list[Decimal], list[Decimal]]:
        totals, bonuses, locals_ = [], [], []
        for fte, expense in zip(ftes, expenses, strict=True):
            total = (DECIMAL_RATE * min(expense, DECIMAL_CEILING * fte)).quantize(
                CENT, ROUND_HALF_UP
            )
            bonus = (total * DECIMAL_SHARE).quantize(CENT, ROUND_HALF_UP)
            totals.append(total)
            bonuses.append(bonus)
            locals_.append(total - bonus)
        return totals, bonuses, locals_

    seconds, (totals, bonuses, locals_) = timed(run, repeat)
    output = Output(
        decimals_to_cents(totals), [decimals_to_cents(bonuses), decimals_to_cents(locals_)]
    )
    return Measure("Python decimal.Decimal loop", len(ftes), seconds, output)


def pandas_apply(ftes: list[Decimal], expenses: list[Decimal], repeat: int) -> Measure:
    """DataFrame.apply(axis=1) of the same Decimal function over object columns."""
    import pandas as pd

    frame = pd.DataFrame({"fte": ftes, "expense": expenses}, dtype=object)

    def run() -> Any:
        return frame.apply(
            lambda row: aid_decimal(row["fte"], row["expense"]), axis=1, result_type="expand"
        )

    seconds, result = timed(run, repeat)
    total, bonus, local = (decimals_to_cents(list(result[c])) for c in result.columns)
    return Measure("pandas apply with Decimal", len(ftes), seconds, Output(total, [bonus, local]))


def loop_over_posts(
    finance: Callable[[Any, Any, datetime.date], Any], rules: Any, posts: Sequence[Any], repeat: int
) -> tuple[float, tuple[list[Any], list[Any], list[Any]]]:
    """The loop of an analyst over posts: `finance(rules, post, ON)`, then the total and the
    amount of both parts read and kept. The time of the best run and its amounts."""

    def run() -> tuple[list[Any], list[Any], list[Any]]:
        totals, bonuses, locals_ = [], [], []
        for post in posts:
            result = finance(rules, post, ON)
            bonus, local = result.parts
            totals.append(result.total)
            bonuses.append(bonus.amount)
            locals_.append(local.amount)
        return totals, bonuses, locals_

    return timed(run, repeat)


def finance_loop(rules: ctg.Rulebook, fte: Cents, expense: Cents, repeat: int) -> Measure:
    """ctg.finance() post by post over prebuilt PostInput, reading the total and both parts."""
    posts = [
        ctg.PostInput(
            id=f"p{i}",
            contracted_fte=ctg.Fte.from_ten_thousandths(int(f)),
            expense=ctg.Money.from_cents(int(e)),
        )
        for i, (f, e) in enumerate(zip(fte, expense, strict=True))
    ]
    seconds, (totals, bonuses, locals_) = loop_over_posts(ctg.finance, rules, posts, repeat)
    output = Output(moneys_to_cents(totals), [moneys_to_cents(bonuses), moneys_to_cents(locals_)])
    return Measure("ctg.finance() loop over PostInput", len(posts), seconds, output)


def pybind11_floor(folder: str, rows: int, repeat: int) -> Measure:
    """The same loop on tests/bench/pybind11_floor, built in `folder`: a module bound like ctg's
    whose `finance` does no work. What any loop over pybind11 results of this shape can reach."""
    sys.path.insert(0, folder)
    try:
        import pybind11_floor as floor  # type: ignore[import-not-found]
    finally:
        sys.path.remove(folder)
    posts = [floor.Post() for _ in range(rows)]
    seconds, _ = loop_over_posts(floor.finance, floor.Rules(), posts, repeat)
    return Measure(FLOOR, rows, seconds, None, "no work: its amounts are constants")


def openfisca_system() -> Any:
    """A minimal tax-benefit system of the same rule: one entity `post`, five variables, four
    parameters built in code (the values of the rulebook from 2020-01-01)."""
    # openfisca-core is only in the benchmark's virtualenv, never in .venv (where mypy runs).
    from openfisca_core.entities import build_entity  # type: ignore[import-not-found]
    from openfisca_core.model_api import (  # type: ignore[import-not-found]
        YEAR,
        ParameterNode,
        Variable,
        min_,
        round_,
    )
    from openfisca_core.taxbenefitsystems import TaxBenefitSystem  # type: ignore[import-not-found]

    post = build_entity(key="post", plural="posts", label="CTG post", is_person=True)

    class fte(Variable):  # type: ignore[misc]
        value_type = float
        entity = post
        definition_period = YEAR
        label = "FTE of the post"

    class expense(Variable):  # type: ignore[misc]
        value_type = float
        entity = post
        definition_period = YEAR
        label = "Declared expense (€)"

    class aid(Variable):  # type: ignore[misc]
        value_type = float
        entity = post
        definition_period = YEAR
        label = "Caf aid (€): 80 % of the expense within 48,000 € per FTE"

        def formula(posts: Any, period: Any, parameters: Any) -> Any:
            p = parameters(period).ctg
            capped = min_(posts("expense", period), p.ceiling_per_fte * posts("fte", period))
            return round_(p.rate * capped, 2)

    class bonus(Variable):  # type: ignore[misc]
        value_type = float
        entity = post
        definition_period = YEAR
        label = "Territory bonus (€): 55 of the 80"

        def formula(posts: Any, period: Any, parameters: Any) -> Any:
            p = parameters(period).ctg
            return round_(posts("aid", period) * p.part_bonus / p.rate, 2)

    class local(Variable):  # type: ignore[misc]
        value_type = float
        entity = post
        definition_period = YEAR
        label = "Caf local funds (€): the rest of the aid"

        def formula(posts: Any, period: Any) -> Any:
            return posts("aid", period) - posts("bonus", period)

    system = TaxBenefitSystem([post])
    system.add_variables(fte, expense, aid, bonus, local)
    since = "2020-01-01"
    system.parameters = ParameterNode(
        "",
        data={
            "ctg": {
                "rate": {"values": {since: 0.8}},
                "ceiling_per_fte": {"values": {since: 48_000}},
                "part_bonus": {"values": {since: 0.55}},
                "part_local": {"values": {since: 0.25}},
            }
        },
    )
    return system


def openfisca(fte: Floats, euros: Floats, repeat: int) -> list[Measure]:
    """A vectorised simulation over the rows, timed whole (built for the rows, inputs set, three
    variables calculated: what one computation costs) and its calculations alone (the simulation
    built beforehand). OpenFisca holds `float` variables as float32."""
    from openfisca_core.simulation_builder import (  # type: ignore[import-not-found]
        SimulationBuilder,
    )

    system = openfisca_system()
    year = str(ON.year)
    whole = calculations = float("inf")
    total: Any = None
    bonus: Any = None
    local: Any = None
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            simulation = SimulationBuilder().build_default_simulation(system, count=len(fte))
            simulation.set_input("fte", year, fte)
            simulation.set_input("expense", year, euros)
            built = time.perf_counter()
            total, bonus, local = (simulation.calculate(v, year) for v in ("aid", "bonus", "local"))
            end = time.perf_counter()
        finally:
            gc.enable()
        whole = min(whole, end - start)
        calculations = min(calculations, end - built)
    output = Output(euros_to_cents(total), [euros_to_cents(bonus), euros_to_cents(local)])
    note = f"{np.asarray(total).dtype}"
    return [
        Measure("OpenFisca-core, whole simulation", len(fte), whole, output, note),
        Measure("OpenFisca-core, calculations only", len(fte), calculations, output, note),
    ]


# --- Report -----------------------------------------------------------------------------------


def exactness(measure: Measure, exact: Output) -> str:
    """Cent mismatches against the reference, over the tool's rows."""
    rows = measure.rows
    got = measure.output
    if got is None:
        return "not compared (computes nothing)"
    found = []
    off = np.abs(got.total - exact.total[:rows])
    if wrong := int(np.count_nonzero(off)):
        found.append(f"{wrong:,} totals off (up to {int(off.max())} ¢)")
    if got.parts is not None:
        gap = np.zeros(rows, dtype=np.int64)
        for mine, theirs in zip(got.parts, exact.parts or [], strict=True):
            gap = np.maximum(gap, np.abs(mine - theirs[:rows]))
        if wrong := int(np.count_nonzero(gap)):
            found.append(f"{wrong:,} rows with a part off (up to {int(gap.max())} ¢)")
        if wrong := int(np.count_nonzero(np.sum(got.parts, axis=0) != got.total)):
            found.append(f"{wrong:,} rows whose parts ≠ total")
    return "; ".join(found) if found else "exact (0 ¢ off)"


def machine(pinned: str) -> list[str]:
    model = "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            model = next(
                (line.split(":", 1)[1].strip() for line in info if line.startswith("model name")),
                model,
            )
    except OSError:
        pass

    def version(package: str) -> str:
        try:
            return importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            return "absent"

    load = os.getloadavg()[0]
    python = f"Python {platform.python_version()} ({sys.executable}), ctg {ctg.__version__}"
    versions = ", ".join(f"{p} {version(p)}" for p in ("numpy", "pandas", "openfisca-core"))
    return [
        f"CPU {model}, {os.cpu_count()} cores, {pinned}; load average {load:.2f}",
        f"{python}, {versions}",
    ]


def pin() -> str:
    """Pins the process to core 0 (or the first core it may use). numexpr (OpenFisca's and
    pandas's, imported later) starts one thread per core on import: one thread too."""
    os.environ.setdefault("NUMEXPR_NUM_THREADS", "1")
    os.environ.setdefault("NUMEXPR_MAX_THREADS", "1")
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned"
    allowed = os.sched_getaffinity(0)
    core = 0 if 0 in allowed else min(allowed)
    os.sched_setaffinity(0, {core})
    return f"pinned to core {core}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="posts (default 1,000,000)")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each tool (default 5)")
    parser.add_argument(
        "--loop-rows", type=int, default=100_000, help="rows of the Decimal and finance() loops"
    )
    parser.add_argument("--pandas-rows", type=int, default=20_000, help="rows of pandas apply")
    parser.add_argument(
        "--floor",
        metavar="FOLDER",
        help="where tests/bench/pybind11_floor is built (make bench-peers builds and passes it)",
    )
    args = parser.parse_args()
    if min(args.rows, args.repeat, args.loop_rows, args.pandas_rows) < 1:
        parser.error("every count must be at least 1")
    pinned = pin()

    fte, expense = generate(args.rows)
    exact = reference(fte, expense)
    fte_float = fte / FTE_SCALE  # the analyst's columns: FTE and euros as float64
    euros = expense / 100
    loop_rows = min(args.loop_rows, args.rows)
    pandas_rows = min(args.pandas_rows, args.rows)
    count = max(loop_rows, pandas_rows)
    ftes = [Decimal(int(f)).scaleb(-4) for f in fte[:count]]
    expenses = [Decimal(int(e)).scaleb(-2) for e in expense[:count]]
    rules = ctg.builtin_rulebook(RULEBOOK)

    for line in machine(pinned):
        print(line)
    print(
        f"{args.rows:,} posts (seed {SEED}), rulebook {RULEBOOK} on {ON}, total and both parts; "
        f"best of {args.repeat} runs each"
    )

    measures = [
        *ctg_batch(rules, fte, expense, args.repeat, parts=True),
        *ctg_batch(rules, fte, expense, args.repeat, parts=False),
        numpy_int64(fte, expense, args.repeat),
        numpy_float64(fte_float, euros, args.repeat),
    ]
    try:
        measures += openfisca(fte_float, euros, args.repeat)
    except ImportError:
        print("OpenFisca: openfisca-core is not installed here (make bench-peers installs it)")
    measures += [
        decimal_loop(ftes[:loop_rows], expenses[:loop_rows], args.repeat),
        pandas_apply(ftes[:pandas_rows], expenses[:pandas_rows], args.repeat),
        finance_loop(rules, fte[:loop_rows], expense[:loop_rows], args.repeat),
    ]
    if args.floor:
        measures.append(pybind11_floor(args.floor, loop_rows, args.repeat))

    # The reference of the ratios: ctg's batch with parts, with out= when this ctg has it.
    batch = [m for m in measures if m.name.startswith("ctg Python finance_batch (parts")]
    ctg_rate = batch[-1].rate
    print(f"ratio: {batch[-1].name} rows/s ÷ the tool's rows/s\n")
    names = [f"{m.name} ({m.note})" if m.note else m.name for m in measures]
    width = max(len(n) for n in names)
    print(f"| {'tool':<{width}} | {'rows':>9} | {'rows/s':>10} | {'ctg ÷ tool':>10} | exact |")
    print(f"|{'-' * (width + 2)}|{'-' * 11}|{'-' * 12}|{'-' * 12}|---|")
    for name, m in zip(names, measures, strict=True):
        print(
            f"| {name:<{width}} | {m.rows:>9,} | {m.rate / 1e6:>8.3f} M "
            f"| {ctg_rate / m.rate:>9.2f}× | {exactness(m, exact)} |"
        )

    print(f"\n{batch_memory(rules, fte, expense)}")
    by_name = {m.name: m for m in measures}
    print("\ntargets of issue 14 (ratios of this run):")
    targets = [
        ("ctg Python batch ≥ 1.0× numpy int64 lines", "numpy int64, four lines", 1.0),
        ("ctg Python batch ≥ 2× numpy float64", "numpy float64 in euros", 2.0),
        ("ctg Python batch ≥ 200× Decimal loop", "Python decimal.Decimal loop", 200.0),
        ("ctg Python batch ≥ 8× OpenFisca", "OpenFisca-core, whole simulation", 8.0),
    ]
    for label, name, goal in targets:
        if name not in by_name:
            print(f"  {label:<48} not measured")
            continue
        ratio = ctg_rate / by_name[name].rate
        print(f"  {label:<48} {ratio:9.2f}×  {'met' if ratio >= goal else 'not met'}")
    decimal = by_name["Python decimal.Decimal loop"].rate
    ratio = by_name["ctg.finance() loop over PostInput"].rate / decimal
    label = "finance() loop ≥ 1.0× Decimal loop (rows/s)"
    print(f"  {label:<48} {ratio:9.2f}×  {'met' if ratio >= 1.0 else 'not met'}")
    if FLOOR in by_name:
        ratio = by_name[FLOOR].rate / decimal
        label = "  its pybind11 floor ÷ Decimal loop (rows/s)"
        print(f"  {label:<48} {ratio:9.2f}×  (the most any pybind11 result can reach)")
    print(f"load average at the end {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
