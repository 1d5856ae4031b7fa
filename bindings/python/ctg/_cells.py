# SPDX-License-Identifier: MIT
"""The cells of ctg's CSV and Excel outputs, safe to open in a spreadsheet.

A spreadsheet runs a cell whose text starts with `=`, `+`, `-` or `@` as a formula (and a tab or
a carriage return can hide such a start): a dataset, post, EPCI or item named
`=HYPERLINK("http://…","x")` would become a live link, or worse, in the reader's spreadsheet
(CSV injection, OWASP). The rule is the library's, `ctg.spreadsheet_safe()` (the C++ evaluation
CSV follows it too): a single quote `'` before such a text; a plain decimal number written by ctg
(`-1447.00`, `+3`) is a number, not a formula, and stays as is. Every text cell written to a CSV
goes through `safe_cell()`; `csv_text()` is the one CSV writer of the outputs (the report's
tables, the command line's CSV); an Excel workbook writes such texts as string cells with a quote
prefix instead (ctg.excel).

>>> safe_cell("@SUM(1+1)")
"'@SUM(1+1)"
>>> safe_cell("-1447.00"), safe_cell("-2+3"), safe_cell(-3)
('-1447.00', "'-2+3", -3)
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from . import _ctg


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet would read `text` as a formula (`ctg.spreadsheet_safe()` would
    neutralise it)."""
    return _ctg.spreadsheet_safe(text) != text


def safe_cell(value: object) -> object:
    """`value` for a CSV cell: a formula-like text behind a single quote, anything else as is."""
    return _ctg.spreadsheet_safe(value) if isinstance(value, str) else value


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
