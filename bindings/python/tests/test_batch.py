# SPDX-License-Identifier: MIT
"""ctg.finance_batch: numpy int64 columns read in place (wrong dtype, shape, contiguity or
length refused with a message that says what was found and what is expected), results equal
to finance() row by row on random data, parts and explanations, the GIL released."""

from __future__ import annotations

import pickle
import sys
import threading
import time
import tracemalloc
from collections.abc import Iterator
from datetime import date, datetime, timedelta

import numpy as np
import pytest

import ctg
from ctg import BatchResult, ExpenseBasis, Fte, Money, Period, PostInput, _messages

JUNE_30 = date(2021, 6, 30)
RULEBOOKS = ["national-2020", "cej", "charente-2021", "loire-cej-2015"]


def column(values: list[int]) -> np.ndarray:
    return np.asarray(values, dtype=np.int64)


@pytest.fixture(scope="module")
def charente() -> ctg.Rulebook:
    return ctg.builtin_rulebook("charente-2021")


# --- Results ---------------------------------------------------------------------------------


def test_the_example_of_the_documentation(charente: ctg.Rulebook) -> None:
    r = ctg.finance_batch(charente, JUNE_30, column([25000, 15000]), column([7_000_000, 5_000_000]))
    assert isinstance(r, BatchResult) and len(r) == 2
    assert r.total_cents.dtype == np.int64 and r.total_cents.tolist() == [5_600_000, 4_000_000]
    assert list(r.parts_cents) == ["bonus_territoire", "fonds_locaux"]
    assert (
        r.parts_cents["bonus_territoire"] + r.parts_cents["fonds_locaux"] == r.total_cents
    ).all()
    assert r.explanations is None
    assert r.rulebook_id == "charente-2021" and r.on == JUNE_30
    assert "2 rows" in repr(r) and "bonus_territoire" in repr(r)


def test_at_the_ceiling_without_parts(charente: ctg.Rulebook) -> None:
    fte = column([10000, 25000, 7500])
    r = ctg.finance_batch(charente, JUNE_30, fte, parts=False)
    assert r.total_cents.tolist() == [3_840_000, 9_600_000, 2_880_000]
    assert r.parts_cents == {}
    flat = ctg.finance_batch(ctg.builtin_rulebook("national-2020"), JUNE_30, fte)
    assert flat.total_cents.tolist() == [2_400_000, 6_000_000, 1_800_000]
    assert flat.parts_cents == {}  # no parts in this rulebook


def test_empty_columns(charente: ctg.Rulebook) -> None:
    r = ctg.finance_batch(charente, JUNE_30, column([]), column([]), column([]))
    assert len(r) == 0 and r.total_cents.shape == (0,)


def test_outputs_are_new_arrays_and_inputs_are_untouched(charente: ctg.Rulebook) -> None:
    fte = column([10000, 20000])
    fte.flags.writeable = False  # read-only input is fine: it is only read
    before = fte.copy()
    r = ctg.finance_batch(charente, JUNE_30, fte)
    assert (fte == before).all()
    assert r.total_cents.flags.owndata and r.total_cents.flags.writeable
    assert not np.shares_memory(r.total_cents, fte)


def random_rows(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    fte = rng.integers(0, 60_000, size=n, dtype=np.int64)  # 0 to 6 FTE
    expense = rng.integers(0, 30_000_000, size=n, dtype=np.int64)  # up to 300,000 €
    active = rng.integers(1, 366, size=n, dtype=np.int64)  # days active in 2021
    return fte, expense, active


def active_period(days: int) -> Period:
    """The last `days` days of 2021."""
    return Period(date(2022, 1, 1) - timedelta(days=days), date(2022, 1, 1))


@pytest.mark.parametrize("rulebook_id", RULEBOOKS)
def test_equal_to_finance_row_by_row_on_random_rows(rulebook_id: str) -> None:
    rules = ctg.builtin_rulebook(rulebook_id)
    assert rules.rule.prorata is ctg.ProrataBasis.days
    rng = np.random.default_rng(20210630)
    n = 1000
    fte, expense, active = random_rows(rng, n)
    declared = ctg.finance_batch(rules, JUNE_30, fte, expense, active)
    at_ceiling = ctg.finance_batch(rules, JUNE_30, fte, None, active)
    whole_year = ctg.finance_batch(rules, JUNE_30, fte, expense)
    part_ids = [p.id for p in rules.rule.parts]
    assert list(declared.parts_cents) == part_ids
    for i in range(n):
        fte_i = Fte.from_ten_thousandths(int(fte[i]))
        period = active_period(int(active[i]))
        expense_i = Money.from_cents(int(expense[i]))
        cases = [
            (declared, PostInput(id="p", contracted_fte=fte_i, expense=expense_i, active=period)),
            (
                at_ceiling,
                PostInput(
                    id="p", contracted_fte=fte_i, basis=ExpenseBasis.at_ceiling, active=period
                ),
            ),
            (whole_year, PostInput(id="p", contracted_fte=fte_i, expense=expense_i)),
        ]
        for batch, post in cases:
            scalar = ctg.finance(rules, post, JUNE_30)
            assert int(batch.total_cents[i]) == scalar.total.cents, (rulebook_id, i, post)
            for part in scalar.parts:
                assert int(batch.parts_cents[part.id][i]) == part.amount.cents, (i, part.id)


def test_explanations_per_row(charente: ctg.Rulebook) -> None:
    fte = column([10000, 25000])
    r = ctg.finance_batch(charente, JUNE_30, fte, column([4_000_000, 8_000_000]), explain=True)
    assert r.explanations is not None and len(r.explanations) == 2
    for i, why in enumerate(r.explanations):
        assert isinstance(why, ctg.Explanation)
        assert why[-1].kind is ctg.StepKind.result
        assert why[-1].amount == Money.from_cents(int(r.total_cents[i]))
        assert "Aide de la Caf" in why.to_text()
    assert "explained" in repr(r)


def test_batch_result_pickles(charente: ctg.Rulebook) -> None:
    r = ctg.finance_batch(charente, JUNE_30, column([10000, 5000]), explain=True)
    back = pickle.loads(pickle.dumps(r))
    assert (back.total_cents == r.total_cents).all()
    assert list(back.parts_cents) == list(r.parts_cents)
    assert back.explanations == r.explanations
    assert (back.rulebook_id, back.on) == (r.rulebook_id, r.on)


# --- Bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dtype", "hint"), [(np.int32, "astype"), (np.float64, "float"), (np.uint64, "astype")]
)
def test_wrong_dtype_is_a_type_error(charente: ctg.Rulebook, dtype: type, hint: str) -> None:
    values = np.asarray([10000, 20000], dtype=dtype)
    name = np.dtype(dtype).name
    with pytest.raises(TypeError, match=rf"fte_ten_thousandths: got an array of dtype {name}"):
        ctg.finance_batch(charente, JUNE_30, values)
    with pytest.raises(TypeError, match="expected dtype int64") as info:
        ctg.finance_batch(charente, JUNE_30, column([1, 2]), values)
    assert str(info.value).startswith("expense_cents:") and hint in str(info.value)


def test_non_native_byte_order_is_refused(charente: ctg.Rulebook) -> None:
    swapped = np.asarray([10000], dtype=">i8")
    with pytest.raises(TypeError, match=r"dtype >i8; expected dtype int64"):
        ctg.finance_batch(charente, JUNE_30, swapped)


def test_not_an_array_is_a_type_error(charente: ctg.Rulebook) -> None:
    with pytest.raises(
        TypeError, match=r"fte_ten_thousandths: got a value of type list; expected a numpy"
    ):
        ctg.finance_batch(charente, JUNE_30, [10000, 20000])


def test_a_two_dimensional_array_is_a_value_error(charente: ctg.Rulebook) -> None:
    grid = np.zeros((3, 2), dtype=np.int64)
    with pytest.raises(ValueError, match=r"fte_ten_thousandths.*shape \(3, 2\).*1-D") as info:
        ctg.finance_batch(charente, JUNE_30, grid)
    assert isinstance(info.value, ctg.InvalidValueError)
    assert info.value.detail.field == "fte_ten_thousandths"
    with pytest.raises(ValueError, match="1-D"):
        ctg.finance_batch(charente, JUNE_30, np.array(5, dtype=np.int64))  # 0-D


def test_a_non_contiguous_slice_is_refused_not_copied(charente: ctg.Rulebook) -> None:
    base = np.arange(10, dtype=np.int64) * 1000
    strided = base[::2]
    assert not strided.flags.c_contiguous
    with pytest.raises(ValueError, match=r"non-contiguous.*ascontiguousarray") as info:
        ctg.finance_batch(charente, JUNE_30, strided)
    assert info.value.detail.field == "fte_ten_thousandths"
    with pytest.raises(ValueError, match=r"expense_cents.*non-contiguous"):
        ctg.finance_batch(charente, JUNE_30, base[:5], base[::2])
    column_of_matrix = np.zeros((4, 3), dtype=np.int64)[:, 0]
    with pytest.raises(ValueError, match="non-contiguous"):
        ctg.finance_batch(charente, JUNE_30, column_of_matrix)
    # A contiguous slice is read in place.
    r = ctg.finance_batch(charente, JUNE_30, base[2:4])
    assert r.total_cents.tolist() == [768_000, 1_152_000]


def test_columns_of_different_lengths(charente: ctg.Rulebook) -> None:
    with pytest.raises(
        ValueError, match=r"expense_cents.*length 2.*length of fte_ten_thousandths, 3"
    ):
        ctg.finance_batch(charente, JUNE_30, column([1, 2, 3]), column([1, 2]))
    with pytest.raises(ValueError, match=r"active.*length 4.*3"):
        ctg.finance_batch(charente, JUNE_30, column([1, 2, 3]), None, column([1, 2, 3, 4]))


def test_values_out_of_range_name_the_row(charente: ctg.Rulebook) -> None:
    with pytest.raises(ctg.InvalidValueError, match=r"fte_ten_thousandths\[1\]"):
        ctg.finance_batch(charente, JUNE_30, column([1, -5]))
    with pytest.raises(ctg.InvalidValueError, match=r"active\[0\]"):
        ctg.finance_batch(charente, JUNE_30, column([1]), None, column([366]))


def test_a_datetime_is_refused(charente: ctg.Rulebook) -> None:
    with pytest.raises(TypeError, match="datetime"):
        ctg.finance_batch(charente, datetime(2021, 6, 30, 8), column([1]))


# --- Threads and the GIL ---------------------------------------------------------------------


def test_two_batches_in_threads_give_the_single_thread_results(charente: ctg.Rulebook) -> None:
    rng = np.random.default_rng(7)
    inputs = [random_rows(rng, 50_000) for _ in range(2)]
    expected = [ctg.finance_batch(charente, JUNE_30, *cols).total_cents for cols in inputs]
    got: list[np.ndarray | None] = [None, None]

    def run(k: int) -> None:
        got[k] = ctg.finance_batch(charente, JUNE_30, *inputs[k]).total_cents

    threads = [threading.Thread(target=run, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for k in range(2):
        assert got[k] is not None and (got[k] == expected[k]).all()


@pytest.fixture
def long_switch_interval() -> Iterator[None]:
    """No forced switch between threads: a thread gives the GIL up only when it waits (or
    when C code releases it)."""
    previous = sys.getswitchinterval()
    sys.setswitchinterval(1.0)
    try:
        yield
    finally:
        sys.setswitchinterval(previous)


def main_thread_woke_during_the_call(rules: ctg.Rulebook, fte: np.ndarray) -> bool:
    """Runs finance_batch in a thread whose profile hook signals the main thread right before
    the call; tells whether the main thread ran before the call returned. Without forced
    switches, it can only if the call released the GIL."""
    entered = threading.Event()
    times: dict[str, float] = {}

    def hook(frame: object, event: str, arg: object) -> None:
        if event == "c_call" and arg is ctg.finance_batch:
            entered.set()

    def work() -> None:
        sys.setprofile(hook)
        try:
            ctg.finance_batch(rules, JUNE_30, fte, parts=False)
        finally:
            sys.setprofile(None)
        times["returned"] = time.perf_counter()

    thread = threading.Thread(target=work)
    thread.start()
    entered.wait()
    times["woke"] = time.perf_counter()
    thread.join()
    return times["woke"] < times["returned"]


def test_the_gil_is_released_during_the_computation(
    charente: ctg.Rulebook, long_switch_interval: None
) -> None:
    fte = np.full(4_000_000, 15000, dtype=np.int64)
    # Held, the GIL would keep the main thread asleep until the worker returns and ends. A very
    # loaded machine could schedule the main thread only after the computation: try again.
    assert any(main_thread_woke_during_the_call(charente, fte) for _ in range(3))


# --- out=: the arrays of an earlier result, rewritten ----------------------------------------


def charente_rows(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    fte = rng.integers(1_000, 40_001, size=n, dtype=np.int64)
    expense = rng.integers(0, 25_000_001, size=n, dtype=np.int64)
    return fte, expense


def charente_reference(fte: np.ndarray, expense: np.ndarray) -> tuple[list[int], list[int]]:
    """80 % of min(expense, 480 × FTE) cents, rounded half up; the first part 55/80 of it,
    rounded half up (the largest remainder over two parts, ties to the first): in Python ints."""
    totals = [(8 * min(int(e), 480 * int(f)) + 5) // 10 for f, e in zip(fte, expense, strict=True)]
    return totals, [(11 * t + 8) // 16 for t in totals]


def test_out_rewrites_the_arrays_of_an_earlier_result(charente: ctg.Rulebook) -> None:
    fte, expense = charente_rows(1_000, 1)
    first = ctg.finance_batch(charente, JUNE_30, fte, expense)
    arrays = (first.total_cents, *first.parts_cents.values())
    fte2, expense2 = charente_rows(1_000, 2)
    again = ctg.finance_batch(charente, JUNE_30, fte2, expense2, out=first)
    assert again is first
    assert all(
        a is b
        for a, b in zip(arrays, (again.total_cents, *again.parts_cents.values()), strict=True)
    )
    totals, bonus = charente_reference(fte2, expense2)
    assert again.total_cents.tolist() == totals
    assert again.parts_cents["bonus_territoire"].tolist() == bonus
    assert (again.parts_cents["fonds_locaux"] == again.total_cents - bonus).all()


def test_out_allocates_nothing(charente: ctg.Rulebook) -> None:
    # numpy reports its allocations to tracemalloc: a new result allocates its three columns,
    # a call with out= none of them.
    fte, expense = charente_rows(100_000, 3)
    reused = ctg.finance_batch(charente, JUNE_30, fte, expense)
    columns = 3 * fte.nbytes
    tracemalloc.start()
    try:
        ctg.finance_batch(charente, JUNE_30, fte, expense)
        _, fresh = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        ctg.finance_batch(charente, JUNE_30, fte, expense, out=reused)
        _, with_out = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert columns <= fresh < columns + 64_000
    assert with_out < 64_000


def test_out_must_match_the_call(charente: ctg.Rulebook) -> None:
    fte, expense = charente_rows(10, 4)
    with_parts = ctg.finance_batch(charente, JUNE_30, fte, expense)
    with pytest.raises(ctg.InvalidValueError, match=r"out.parts_cents: .*expected no part"):
        ctg.finance_batch(charente, JUNE_30, fte, expense, parts=False, out=with_parts)
    total_only = ctg.finance_batch(charente, JUNE_30, fte, expense, parts=False)
    with pytest.raises(ctg.InvalidValueError, match=r"bonus_territoire, fonds_locaux"):
        ctg.finance_batch(charente, JUNE_30, fte, expense, out=total_only)
    with pytest.raises(ctg.InvalidValueError, match=r"out.total_cents: .*length 10.*5"):
        ctg.finance_batch(charente, JUNE_30, fte[:5], expense[:5], out=with_parts)
    with pytest.raises(TypeError, match=r"out: got a value of type dict; expected a BatchResult"):
        ctg.finance_batch(charente, JUNE_30, fte, expense, out={})  # type: ignore[arg-type]
    with_parts.total_cents.flags.writeable = False
    before = with_parts.parts_cents["bonus_territoire"].copy()
    with pytest.raises(ctg.InvalidValueError, match=r"out.total_cents: got \"a read-only array\""):
        ctg.finance_batch(charente, JUNE_30, fte * 2, expense, out=with_parts)
    assert (with_parts.parts_cents["bonus_territoire"] == before).all()  # nothing written


def test_out_columns_are_written_in_place_or_refused(charente: ctg.Rulebook) -> None:
    # `parts_cents` is a plain dict: an entry replaced by another type is refused, never
    # converted into a copy that would be written instead of the caller's array.
    fte, expense = charente_rows(10, 6)
    out = ctg.finance_batch(charente, JUNE_30, fte, expense)
    expected = {k: v.copy() for k, v in out.parts_cents.items()}
    floats = np.full(10, -7.0)
    out.parts_cents["fonds_locaux"] = floats
    with pytest.raises(
        TypeError, match=r"out.parts_cents\['fonds_locaux'\]: got an array of dtype float64"
    ):
        ctg.finance_batch(charente, JUNE_30, fte, expense, out=out)
    out.parts_cents["fonds_locaux"] = [-7] * 10  # type: ignore[assignment]
    with pytest.raises(
        TypeError, match=r"out.parts_cents\['fonds_locaux'\]: got a value of type list"
    ):
        ctg.finance_batch(charente, JUNE_30, fte, expense, out=out)
    assert (floats == -7.0).all()
    # An output column overlapping another output, or part of an input: refused, nothing
    # written. The message names both columns, in French as in English.
    out.parts_cents["fonds_locaux"] = out.parts_cents["bonus_territoire"]
    out.total_cents.fill(-7)
    with pytest.raises(
        ctg.InvalidValueError,
        match=r"parts_cents\[0\] \(bonus_territoire\): got \"parts_cents\[1\] \(fonds_locaux\)\"",
    ) as refused:
        ctg.finance_batch(charente, JUNE_30, fte, expense, out=out)
    assert "elle chevauche parts_cents[1] (fonds_locaux)" in _messages.describe(
        refused.value.details[0], "fr"
    )
    assert (out.total_cents == -7).all()
    shared = np.full(11, 10_000, dtype=np.int64)  # the FTE at 0-9, a part at 1-10
    out.parts_cents["fonds_locaux"] = shared[1:]
    with pytest.raises(
        ctg.InvalidValueError,
        match=r"parts_cents\[1\] \(fonds_locaux\): got \"fte_ten_thousandths\"",
    ):
        ctg.finance_batch(charente, JUNE_30, shared[:-1], expense, out=out)
    assert (shared == 10_000).all()
    # An input given whole as an output is computed in place: the activity read, row by row,
    # before the total is written over it.
    out.parts_cents["fonds_locaux"] = np.zeros(10, dtype=np.int64)
    active = np.full(10, 200, dtype=np.int64)
    expected_in_place = ctg.finance_batch(charente, JUNE_30, fte, expense, active.copy())
    out.total_cents[:] = active
    ctg.finance_batch(charente, JUNE_30, fte, expense, out.total_cents, out=out)
    assert out.total_cents.tolist() == expected_in_place.total_cents.tolist()
    # Columns of their own: written in place, the same as a new result.
    ctg.finance_batch(charente, JUNE_30, fte, expense, out=out)
    fresh = ctg.finance_batch(charente, JUNE_30, fte, expense)
    assert out.total_cents.tolist() == fresh.total_cents.tolist()
    for key, column in expected.items():
        assert out.parts_cents[key].tolist() == column.tolist()


# --- Columns of pandas and Arrow, read in place ----------------------------------------------


def test_pandas_and_arrow_int64_columns_are_read_in_place(charente: ctg.Rulebook) -> None:
    pd = pytest.importorskip("pandas")
    pa = pytest.importorskip("pyarrow")
    fte, expense = charente_rows(500, 5)
    expected = ctg.finance_batch(charente, JUNE_30, fte, expense).total_cents.tolist()
    columns = [
        pd.Series(fte),
        pd.Index(fte),
        pd.Series(fte, dtype="int64[pyarrow]"),
        pa.array(fte),
        pa.chunked_array([fte]),
    ]
    for fte_column in columns:
        r = ctg.finance_batch(charente, JUNE_30, fte_column, pd.Series(expense))
        assert r.total_cents.tolist() == expected, type(fte_column)
    # A view, not a copy: numpy's array of the Arrow column shares the Arrow buffer.
    arrow = pa.array(fte)
    assert (
        np.asarray(arrow, copy=False).__array_interface__["data"][0] == arrow.buffers()[1].address
    )


def test_columns_numpy_would_copy_are_refused(charente: ctg.Rulebook) -> None:
    pa = pytest.importorskip("pyarrow")
    with pytest.raises(
        TypeError,
        match=r"fte_ten_thousandths: a value of type Int64Array that "
        r"numpy cannot read in place \(Unable to avoid a copy",
    ):
        ctg.finance_batch(charente, JUNE_30, pa.array([10_000, None], type=pa.int64()))
    with pytest.raises(TypeError, match=r"a value of type ChunkedArray that numpy cannot read"):
        ctg.finance_batch(charente, JUNE_30, pa.chunked_array([[10_000], [20_000]]))
