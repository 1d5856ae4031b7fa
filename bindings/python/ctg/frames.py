# SPDX-License-Identifier: MIT
"""pandas DataFrames of ctg objects: posts and expenses, financing results with their parts,
explanations (one row per step), batch results, evaluations (one row per answer) and scores.

Amounts are never floats: each amount is an ``int64`` column of cents named ``<name>_cents``
(nullable ``Int64`` when the amount may be missing) next to a column of ``decimal.Decimal``
euros named ``<name>``; FTE likewise as ``<name>_ten_thousandths`` and a ``Decimal`` column;
shares as their two counts and a ``fractions.Fraction``. Dates are ``datetime.date`` objects.
Sums and comparisons are made on the cents columns (exact int64); for a chart or a table in
euros, :func:`euros_for_display` gives a float view of an amount column, for display only, and
:func:`style_euros` shows every cents column as euros (``354 000,00 €``) without changing it.
Documentation with examples run by the tests: docs/pages/frames.md.

>>> import ctg, ctg.frames
>>> frame = ctg.frames.posts_frame(ctg.builtin_dataset("charente-2021"))
>>> frame.loc[0, "post_id"], int(frame.loc[0, "contracted_fte_ten_thousandths"])
('post-grand-angouleme', 25000)
>>> frame.loc[0, "contracted_fte"]
Decimal('2.5')
"""

from __future__ import annotations

import csv
import io
from collections.abc import Hashable, Iterable, Sequence
from fractions import Fraction
from typing import TYPE_CHECKING, Any, TypeAlias

import numpy as np

from . import _ctg
from ._ctg import (
    BatchResult,
    CoordinationPost,
    Dataset,
    Evaluation,
    EvaluationScore,
    Explanation,
    FinancingResult,
    Fte,
    Money,
    PortfolioFinancing,
    Share,
    Siren,
)
from ._extras import requires

with requires("frames"):
    import pandas as pd

if TYPE_CHECKING:
    from pandas.io.formats.style import Styler

__all__ = [
    "batch_frame",
    "euros_for_display",
    "evaluations_frame",
    "expenses_frame",
    "explanation_frame",
    "portfolio_frame",
    "posts_frame",
    "posts_from_frame",
    "results_frame",
    "scores_frame",
    "style_euros",
]

#: The columns of a frame being built, by name: a Series, or plain values (an object column).
Columns: TypeAlias = "dict[str, pd.Series[Any] | list[Any]]"


def _cents(amounts: Sequence[Money | None], nullable: bool = False) -> pd.Series[Any]:
    values = [None if a is None else a.cents for a in amounts]
    if nullable or any(v is None for v in values):
        return pd.Series(values, dtype="Int64")
    return pd.Series(np.asarray(values, dtype=np.int64))


def _euros(amounts: Sequence[Money | None]) -> pd.Series[Any]:
    return pd.Series([None if a is None else a.to_decimal() for a in amounts], dtype=object)


def _add_money(columns: Columns, name: str, amounts: Sequence[Money | None]) -> None:
    columns[f"{name}_cents"] = _cents(amounts)
    columns[name] = _euros(amounts)


def _add_fte(columns: Columns, name: str, values: Sequence[Fte]) -> None:
    columns[f"{name}_ten_thousandths"] = pd.Series(
        np.asarray([f.ten_thousandths for f in values], dtype=np.int64)
    )
    columns[name] = pd.Series([f.to_decimal() for f in values], dtype=object)


def _add_share(columns: Columns, name: str, shares: Sequence[Share]) -> None:
    columns[f"{name}_part"] = pd.Series(np.asarray([s.part for s in shares], dtype=np.int64))
    columns[f"{name}_whole"] = pd.Series(np.asarray([s.whole for s in shares], dtype=np.int64))
    columns[name] = pd.Series([s.as_fraction() for s in shares], dtype=object)


def _frame(columns: Columns, length: int) -> pd.DataFrame:
    data = {
        name: (values if isinstance(values, pd.Series) else pd.Series(values, dtype=object))
        for name, values in columns.items()
    }
    frame = pd.DataFrame(data)
    if not data:
        frame = pd.DataFrame(index=range(length))
    return frame


def _posts(source: Dataset | Iterable[CoordinationPost]) -> list[CoordinationPost]:
    return list(source.posts) if isinstance(source, Dataset) else list(source)


def posts_frame(source: Dataset | Iterable[CoordinationPost]) -> pd.DataFrame:
    """One row per coordination post: ids, pilot EPCI, contracted FTE (ten-thousandths and
    Decimal), volets and themes (dataset spellings joined by ``", "``), coordinators and the
    years with a declared expense."""
    posts = _posts(source)
    columns: Columns = {
        "post_id": [p.id for p in posts],
        "convention_id": [p.convention_id for p in posts],
        "pilot_epci": [str(p.pilot_epci) for p in posts],
    }
    _add_fte(columns, "contracted_fte", [p.contracted_fte for p in posts])
    columns["volets"] = [", ".join(_ctg.to_string(v) for v in p.volets) for p in posts]
    columns["themes"] = [", ".join(str(t) for t in p.themes) for p in posts]
    columns["coordinators"] = pd.Series(
        np.asarray([len(p.coordinators) for p in posts], dtype=np.int64)
    )
    columns["expense_years"] = [[e.year for e in p.expenses] for p in posts]
    return _frame(columns, len(posts))


def expenses_frame(source: Dataset | Iterable[CoordinationPost]) -> pd.DataFrame:
    """One row per post and year of declared expense: ``post_id``, ``year``, ``expense_cents``
    (int64), ``expense`` (Decimal euros) and the evidence of the amount."""
    rows = [(p, e) for p in _posts(source) for e in p.expenses]
    columns: Columns = {
        "post_id": [p.id for p, _ in rows],
        "year": pd.Series(np.asarray([e.year for _, e in rows], dtype=np.int64)),
    }
    _add_money(columns, "expense", [e.amount for _, e in rows])
    columns["evidence"] = [_ctg.to_string(e.provenance.kind) for _, e in rows]
    columns["source"] = [e.provenance.cited.to_string() for _, e in rows]
    return _frame(columns, len(rows))


def results_frame(results: Iterable[FinancingResult]) -> pd.DataFrame:
    """One row per financing result: rulebook, post, reference period, ``total_cents`` and
    ``total``, then ``<part>_cents`` and ``<part>`` for every part id met (in order of first
    appearance; missing parts are ``<NA>``/None)."""
    results = list(results)
    columns: Columns = {
        "rulebook_id": [r.rulebook_id for r in results],
        "post_id": [r.post_id for r in results],
        "reference_start": [r.reference.start for r in results],
        "reference_end": [r.reference.end for r in results],
    }
    _add_money(columns, "total", [r.total for r in results])
    part_ids: list[str] = []
    for r in results:
        part_ids.extend(p.id for p in r.parts if p.id not in part_ids)
    for part_id in part_ids:
        amounts = []
        for r in results:
            found = r.part(part_id)
            amounts.append(None if found is None else found.amount)
        columns[f"{part_id}_cents"] = _cents(amounts, nullable=any(a is None for a in amounts))
        columns[part_id] = _euros(amounts)
    return _frame(columns, len(results))


def explanation_frame(explanation: Explanation | FinancingResult) -> pd.DataFrame:
    """One row per step, in computation order: ``step`` (0-based), ``kind``, ``id``, labels in
    French and English, ``formula``, ``value``, ``amount_cents`` (nullable Int64) and
    ``amount`` (Decimal or None), the exact value and policy of rounding steps, and for
    parameter steps the parameter read, its segment and the evidence and source cited."""
    why = explanation.why if isinstance(explanation, FinancingResult) else explanation
    steps = list(why)
    columns: Columns = {
        "step": pd.Series(np.arange(len(steps), dtype=np.int64)),
        "kind": [_ctg.to_string(s.kind) for s in steps],
        "id": [s.id for s in steps],
        "label_fr": [s.label.fr for s in steps],
        "label_en": [s.label.en for s in steps],
        "formula": [s.formula for s in steps],
        "value": [s.value for s in steps],
    }
    columns["amount_cents"] = _cents([s.amount for s in steps], nullable=True)
    columns["amount"] = _euros([s.amount for s in steps])
    columns["exact"] = [s.exact for s in steps]
    columns["policy"] = [None if s.policy is None else _ctg.to_string(s.policy) for s in steps]
    readings = [s.parameter for s in steps]
    columns["parameter"] = [None if r is None else r.name for r in readings]
    columns["segment_start"] = [None if r is None else r.segment_start for r in readings]
    columns["segment_end"] = [None if r is None else r.segment_end for r in readings]
    columns["evidence"] = [None if r is None else _ctg.to_string(r.origin.kind) for r in readings]
    columns["source"] = [None if r is None else r.origin.cited.to_string() for r in readings]
    return _frame(columns, len(steps))


def batch_frame(batch: BatchResult) -> pd.DataFrame:
    """The columns of a batch result: ``total_cents`` and ``<part>_cents`` (int64, the arrays
    of the result, not copied when pandas can avoid it), with ``total`` in Decimal euros."""
    columns: Columns = {"total_cents": pd.Series(batch.total_cents)}
    columns["total"] = pd.Series(
        [Money.from_cents(int(c)).to_decimal() for c in batch.total_cents], dtype=object
    )
    for part_id, cents in batch.parts_cents.items():
        columns[f"{part_id}_cents"] = pd.Series(cents)
    return _frame(columns, len(batch))


def portfolio_frame(portfolio: PortfolioFinancing) -> pd.DataFrame:
    """One row per post of a portfolio financing: post, convention, pilot EPCI, status,
    contracted FTE, its ETP-years (contracted, in post and financed, each an exact
    ``fractions.Fraction``), declared expense and aid (cents and Decimal), and each part."""
    posts = list(portfolio.posts)
    columns: Columns = {
        "post_id": [p.post_id for p in posts],
        "convention_id": [p.convention_id for p in posts],
        "pilot_epci": [str(p.pilot_epci) for p in posts],
        "epci_name": [p.epci_name for p in posts],
        "status": [_ctg.to_string(p.status) for p in posts],
    }
    _add_fte(columns, "contracted_fte", [p.contracted_fte for p in posts])
    for name in ("contracted_fte_years", "held_fte_years", "financed_fte_years"):
        columns[name] = [Fraction(str(getattr(p, name))) for p in posts]
    columns["declared_expense_cents"] = _cents([p.declared_expense for p in posts], nullable=True)
    columns["declared_expense"] = _euros([p.declared_expense for p in posts])
    _add_money(columns, "total", [p.total for p in posts])
    for part in portfolio.parts:
        amounts = []
        for p in posts:
            found = None if p.result is None else p.result.part(part.id)
            amounts.append(Money() if found is None else found.amount)
        _add_money(columns, part.id, amounts)
    return _frame(columns, len(posts))


def evaluations_frame(evaluations: Dataset | Iterable[Evaluation]) -> pd.DataFrame:
    """One row per answer: grid and version, post, year, item, policy (None for items
    answered once), answer kind, the answer as CSV writes it, the level, yes/no, the number
    (Decimal), who filled the grid and when."""
    if isinstance(evaluations, Dataset):
        evaluations = evaluations.evaluations
    rows = [(e, a) for e in evaluations for a in e.answers]
    kinds = [a.kind for _, a in rows]
    columns: Columns = {
        "grid": [e.grid_id for e, _ in rows],
        "grid_version": pd.Series(np.asarray([e.grid_version for e, _ in rows], dtype=np.int64)),
        "post_id": [e.post_id for e, _ in rows],
        "year": pd.Series(np.asarray([e.year for e, _ in rows], dtype=np.int64)),
        "item_id": [a.item_id for _, a in rows],
        "policy": [None if a.policy is None else _ctg.to_string(a.policy) for _, a in rows],
        "kind": [_ctg.to_string(k) for k in kinds],
        "answer": [a.value_text() for _, a in rows],
        "level": [
            a.level if k is _ctg.AnswerKind.level else None
            for (_, a), k in zip(rows, kinds, strict=True)
        ],
        "yes": [
            a.yes if k is _ctg.AnswerKind.yes_no else None
            for (_, a), k in zip(rows, kinds, strict=True)
        ],
        "number": [
            a.number.to_decimal() if k is _ctg.AnswerKind.number else None
            for (_, a), k in zip(rows, kinds, strict=True)
        ],
        "filled_by": [e.filled_by for e, _ in rows],
        "filled_on": [e.filled_on for e, _ in rows],
    }
    return _frame(columns, len(rows))


def scores_frame(scores: Iterable[EvaluationScore]) -> pd.DataFrame:
    """One row per score and section, then one ``section_id = None`` row per score for the
    whole grid: achieved and completeness shares as two int64 counts and an exact
    ``fractions.Fraction`` (None when undefined)."""
    rows: list[tuple[EvaluationScore, str | None, Share, Share]] = []
    for score in scores:
        rows.extend((score, s.section_id, s.achieved, s.completeness) for s in score.sections)
        rows.append((score, None, score.overall, score.completeness))
    columns: Columns = {
        "grid": [s.grid_id for s, *_ in rows],
        "grid_version": pd.Series(np.asarray([s.grid_version for s, *_ in rows], dtype=np.int64)),
        "post_id": [s.post_id for s, *_ in rows],
        "year": pd.Series(np.asarray([s.year for s, *_ in rows], dtype=np.int64)),
        "section_id": [section for _, section, *_ in rows],
    }
    _add_share(columns, "achieved", [achieved for *_, achieved, _ in rows])
    _add_share(columns, "completeness", [completeness for *_, completeness in rows])
    return _frame(columns, len(rows))


def euros_for_display(frame: pd.DataFrame, column: str) -> pd.Series[float]:
    """The amounts of ``column`` in euros as floats, **for display only** (a chart's axis, a
    quick look): never sum, compare or store them; the exact figures are the int64 cents.

    ``column`` names an amount (``"total"``) or its cents column (``"total_cents"``); the result
    is a float64 Series named ``<amount>_euros_display_only``, NaN where the amount is missing.
    Each value is the float nearest to the amount (cents / 100), so it prints as the amount
    itself (``354000.0``) up to 10,000 billion euros.

    >>> import ctg, ctg.frames
    >>> frame = ctg.frames.expenses_frame(ctg.builtin_dataset("charente-2021"))
    >>> ctg.frames.euros_for_display(frame, "expense").head(2).tolist()
    [112500.0, 121250.0]
    """
    amount = column.removesuffix("_cents")
    if f"{amount}_cents" not in frame.columns:
        raise KeyError(
            f"column {column!r}: expected an amount with a cents column {amount + '_cents'!r}; "
            f"the frame has {', '.join(map(repr, frame.columns))}"
        )
    cents = frame[f"{amount}_cents"].to_numpy(dtype="float64", na_value=np.nan)
    return pd.Series(cents / 100, index=frame.index, name=f"{amount}_euros_display_only")


def style_euros(frame: pd.DataFrame, language: str = "fr") -> Styler:
    """``frame.style`` with every ``<name>_cents`` column shown as euros in ``language``
    (``"fr"``: ``354 000,00 €``; ``"en"``: ``€354,000.00``), the package's one formatting of
    amounts; the data is unchanged (int64 cents). Needs ctg[report] (Babel, and Jinja2 for
    pandas' Styler)."""
    with requires("style_euros"):
        import jinja2  # noqa: F401 - pandas' Styler needs it: fail here with the extra's name

        from ._format import formatter

        money = formatter(language).money

    def euros(cents: Any) -> str:  # an int64 or a missing amount of a nullable Int64 column
        return (
            ""
            if cents is None or cents is pd.NA
            else money(Money.from_cents(int(cents)).to_decimal())
        )

    columns: list[Hashable] = [name for name in frame.columns if str(name).endswith("_cents")]
    return frame.style.format(euros, subset=columns)


def _column_text(frame: pd.DataFrame, name: str, what: str) -> list[str]:
    """The cells of a column as text, refusing floats (an amount or FTE would not be exact)."""
    series = frame[name]
    if pd.api.types.is_float_dtype(series.dtype) or any(isinstance(v, float) for v in series):
        raise TypeError(
            f"column {name!r}: got floats (dtype {series.dtype}); expected {what}. A float cannot "
            "hold every decimal value exactly, so ctg refuses it."
        )
    return ["" if v is None or v is pd.NA else str(v) for v in series]


def posts_from_frame(frame: pd.DataFrame, origin: str = "DataFrame") -> list[CoordinationPost]:
    """Coordination posts and their yearly expenses from a DataFrame, one row per post and
    year, read by ctg.load_posts_csv() with the same checks and errors (``row N`` counts the
    header as row 1, so the first row of the frame is row 2).

    Columns: ``post_id``, ``convention_id``, ``pilot_epci`` (or ``pilot_epci_siren``),
    ``year``, the FTE as ``contracted_fte_ten_thousandths`` (int) or ``contracted_fte`` (str
    or Decimal), the expense as ``expense_cents`` (int) or ``expense`` (str, Decimal or
    Money); optionally ``evidence`` and ``source`` (as expenses_frame() writes them). Float
    columns are a TypeError. Merge the posts into a dataset with ctg.with_posts().

    >>> import ctg, ctg.frames
    >>> d = ctg.builtin_dataset("charente-2021")
    >>> rows = ctg.frames.posts_frame(d).merge(ctg.frames.expenses_frame(d), on="post_id")
    >>> [p.id for p in ctg.frames.posts_from_frame(rows)][:2]
    ['post-grand-angouleme', 'post-grand-cognac']
    """
    present = set(frame.columns)

    def pick(*names: str) -> str:
        for name in names:
            if name in present:
                return name
        raise ValueError(f"{origin}: missing column {' or '.join(map(repr, names))}")

    n = len(frame)
    out: dict[str, list[str]] = {}
    out["post_id"] = _column_text(frame, pick("post_id"), "post ids")
    out["convention_id"] = _column_text(frame, pick("convention_id"), "convention ids")
    epci = pick("pilot_epci", "pilot_epci_siren")
    out["pilot_epci_siren"] = [
        str(v) if isinstance(v, Siren) else v for v in _column_text(frame, epci, "SIRENs")
    ]
    fte = pick("contracted_fte_ten_thousandths", "contracted_fte")
    if fte == "contracted_fte_ten_thousandths":
        out["contracted_fte"] = [
            Fte.from_ten_thousandths(int(v), fte).to_string()
            for v in _column_text(frame, fte, "ints (ten-thousandths of an FTE)")
        ]
    else:
        out["contracted_fte"] = _column_text(frame, fte, "str or decimal.Decimal FTE")
    out["year"] = _column_text(frame, pick("year"), "int years")
    expense = pick("expense_cents", "expense")
    if expense == "expense_cents":
        out["expense"] = [
            "" if v == "" else Money.from_cents(int(v)).to_plain()
            for v in _column_text(frame, expense, "int cents")
        ]
    else:
        _column_text(frame, expense, "str, decimal.Decimal or Money amounts")  # no float
        out["expense"] = [
            v.to_plain() if isinstance(v, Money) else "" if v is None or v is pd.NA else str(v)
            for v in frame[expense]
        ]
    if "evidence" in present:
        out["expense_evidence"] = _column_text(frame, "evidence", "evidence names")
    if "source" in present:
        out["expense_source"] = _column_text(frame, "source", "source documents")
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(list(out))
    for i in range(n):
        writer.writerow([column[i] for column in out.values()])
    return _ctg.load_posts_csv(text.getvalue(), origin)
