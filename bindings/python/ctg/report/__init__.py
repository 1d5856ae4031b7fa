# SPDX-License-Identifier: MIT
"""The department report of `ctg report`: what a Caf hands to its partners, computed from data.

>>> import ctg, datetime
>>> from ctg.report import build_report
>>> report = build_report(ctg.builtin_dataset("charente-2021"), on=datetime.date(2021, 6, 30))
>>> report.data["comparison"]["rulebooks"]
['national-2020', 'cej', 'charente-2021']
>>> report.data["comparison"]["totals"]["national-2020"]["total"]
'354000.00'

One set of figures (`Report.data`, the JSON format `ctg.report/1`, schema
docs/schemas/report.schema.json) rendered four ways: Markdown, self-contained HTML, JSON and
CSV tables; and, for elected officials, a short printable synthèse (`Report.to_synthese()`).
Every figure, and every choice of the report (the rulebook detailed, the gains' baseline, the
evaluation year and grid), is the C++ library's (`build_department_report`); this package only
arranges them: the Markdown and the HTML are Jinja2 templates over `Report.data`, with the words
of the catalogue (`ctg/catalogue/*.toml`) and the figures of the one formatter (`ctg._format`).
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Sequence

from .. import _ctg
from .._extras import requires
from ._data import (
    DEADLINE_MONTHS,
    REPORT_FORMAT,
    ReportParts,
    collect,
    default_detail,
    default_rulebooks,
)

# Annotations only: `typing` is not imported by the command (see ctg/_errors.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = [
    "DEADLINE_MONTHS",
    "REPORT_FORMAT",
    "Report",
    "build_report",
    "default_detail",
    "default_rulebooks",
]


class Report:
    """The department report on a date under one or more rulebooks."""

    def __init__(self, parts: ReportParts) -> None:
        self._parts = parts

    @property
    def data(self) -> dict[str, Any]:
        """The complete report as JSON-ready data (`ctg.report/1`): amounts are strings."""
        return self._parts.data

    @property
    def parts(self) -> ReportParts:
        """The library's result objects the report was built from."""
        return self._parts

    def to_json(self) -> str:
        """The complete report as JSON text, ending with a newline."""
        return json.dumps(self.data, ensure_ascii=False, indent=2) + "\n"

    def to_markdown(self) -> str:
        """The report as Markdown, every value with its provenance mark."""
        with requires("report_markdown"):  # a missing dependency names its extra
            from ._markdown import render

            return render(self.data)

    def to_html(self) -> str:
        """The report as one self-contained HTML page (inline CSS, SVG charts)."""
        with requires("report_html"):  # a missing dependency names its extra
            from ._html import render

            return render(self.data)

    def to_synthese(self) -> str:
        """The synthèse for elected officials: one self-contained HTML page of four printed
        A4 pages at most (key figures, territories, conventions, sources), in the report's
        language, from the same data as `to_html()` (`ctg report --audience elus`)."""
        with requires("synthese_html"):  # a missing dependency names its extra
            from ._synthese import render

            return render(self.data)

    def csv_tables(self) -> dict[str, str]:
        """The report's tables as CSV texts, by table name."""
        with requires("report_csv"):  # a missing dependency names its extra
            from ._csv import tables

            return tables(self.data)


def build_report(
    dataset: _ctg.Dataset,
    *,
    on: datetime.date,
    rulebooks: Sequence[_ctg.Rulebook] | None = None,
    language: _ctg.Language = _ctg.Language.fr,
    detail: str | None = None,
) -> Report:
    """Computes the department report of `dataset` on `on`.

    `rulebooks` are compared at the ceiling, by default the library's choice for the dataset
    (`default_rulebooks`: the national rules and the department's own); `detail` (a rulebook
    id among them) is the rule whose financing is detailed per EPCI with its parts, by default
    the dataset's own rulebook (its `rulebook` field) when among them, else the first one.
    """
    if rulebooks is None:
        rulebooks = default_rulebooks(dataset)
    return Report(collect(dataset, on=on, rulebooks=rulebooks, language=language, detail=detail))
