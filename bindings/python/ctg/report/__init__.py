# SPDX-License-Identifier: MIT
"""The department report of `ctg report`: what a Caf hands to its partners, computed from data.

>>> import ctg, datetime
>>> from ctg.report import build_report, default_rulebook_ids
>>> report = build_report(ctg.builtin_dataset("charente-2021"), on=datetime.date(2021, 6, 30),
...                       rulebooks=[ctg.builtin_rulebook(i) for i in default_rulebook_ids()])
>>> report.data["comparison"]["totals"]["national-2020"]["total"]
'354000.00'

One set of figures (`Report.data`, the JSON format `ctg.report/1`, schema
docs/schemas/report.schema.json) rendered four ways: Markdown, self-contained HTML, JSON and
CSV tables. Every figure, and every choice of the report (the rulebook detailed, the gains'
baseline, the evaluation year and grid), is the C++ library's (`build_department_report`); this
package only arranges them.
"""

from __future__ import annotations

import datetime
import json
from typing import Any, Sequence

from .. import _ctg
from ._data import (DEADLINE_MONTHS, REPORT_FORMAT, ReportParts, collect, default_detail,
                    default_rulebook_ids)

__all__ = ["DEADLINE_MONTHS", "REPORT_FORMAT", "Report", "build_report", "default_detail",
           "default_rulebook_ids"]


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
        from ._markdown import render
        return render(self._parts)

    def to_html(self) -> str:
        """The report as one self-contained HTML page (inline CSS, SVG charts)."""
        from ._html import render
        return render(self.data)

    def csv_tables(self) -> dict[str, str]:
        """The report's tables as CSV texts, by table name."""
        from ._csv import tables
        return tables(self.data)


def build_report(dataset: _ctg.Dataset, *, on: datetime.date,
                 rulebooks: Sequence[_ctg.Rulebook],
                 language: _ctg.Language = _ctg.Language.fr,
                 detail: str | None = None) -> Report:
    """Computes the department report of `dataset` on `on`.

    `rulebooks` are compared at the ceiling; `detail` (a rulebook id among them) is the rule
    whose financing is detailed per EPCI with its parts, by default the dataset's own rulebook
    (its `rulebook` field) when among them, else the first rulebook.
    """
    return Report(collect(dataset, on=on, rulebooks=rulebooks, language=language,
                          detail=detail))
