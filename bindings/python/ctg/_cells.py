# SPDX-License-Identifier: MIT
"""The cells of ctg's CSV and Excel outputs, safe to open in a spreadsheet.

A spreadsheet runs a cell whose text starts with `=`, `+`, `-` or `@` as a formula (and a tab or
a carriage return can hide such a start): a dataset, post, EPCI or item named
`=HYPERLINK("http://…","x")` would become a live link, or worse, in the reader's spreadsheet
(CSV injection, OWASP). Every text cell written to a CSV goes through `safe_cell()`, which puts a
single quote `'` before such a text, as OWASP recommends; a plain decimal number written by ctg
(`-1447.00`, `+3`) is a number, not a formula, and stays as is. `csv_text()` is the one CSV
writer of the outputs (the report's tables, the command line's CSV); an Excel workbook writes such
texts as string cells with a quote prefix instead (ctg.excel).

>>> safe_cell("@SUM(1+1)")
"'@SUM(1+1)"
>>> safe_cell("-1447.00"), safe_cell("-2+3"), safe_cell(-3)
('-1447.00', "'-2+3", -3)
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence

#: The first characters that make a spreadsheet read a cell as a formula (OWASP).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

#: A plain decimal number, as ctg writes amounts, FTE and percentages: an optional sign, ASCII
#: digits, an optional fraction. Nothing else (no exponent, no spaces, no thousands separator).
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)")


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet would read `text` as a formula: it starts with one of
    `FORMULA_STARTS` and is not a plain decimal number."""
    return text.startswith(FORMULA_STARTS) and _NUMBER.fullmatch(text) is None


def safe_cell(value: object) -> object:
    """`value` for a CSV cell: a formula-like text behind a single quote, anything else as is."""
    if isinstance(value, str) and is_formula_like(value):
        return "'" + value
    return value


def csv_text(
    header: Sequence[object], rows: Iterable[Sequence[object]], lineterminator: str = "\n"
) -> str:
    """A CSV table (RFC 4180 quoting) of `header` and `rows`, None as an empty cell, every text
    cell through `safe_cell()`."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=lineterminator)
    writer.writerow([safe_cell(cell) for cell in header])
    for row in rows:
        writer.writerow(["" if cell is None else safe_cell(cell) for cell in row])
    return out.getvalue()


def safe_csv(text: str, lineterminator: str = "\r\n") -> str:
    """A CSV text made elsewhere (the library's templates) with every cell through
    `safe_cell()`: read with the csv module and written again; a text without formula-like
    cells comes back unchanged."""
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not any(is_formula_like(cell) for row in rows for cell in row):
        return text
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=lineterminator)
    writer.writerows([safe_cell(cell) for cell in row] for row in rows)
    return out.getvalue()
