# SPDX-License-Identifier: MIT
"""The national view of `ctg national`: several department datasets side by side on a date.

>>> import ctg, datetime
>>> from ctg.national import build_national
>>> view = build_national([ctg.builtin_dataset("charente-2021")], on=datetime.date(2021, 6, 30))
>>> view.data["national"]["population"], view.data["national"]["contracted_fte"]
(350859, '14.75')

Every figure and every choice (the rulebook of each department, each EPCI counted once, the
spread and the departments farthest from the national ratio) is the C++ library's
(`build_national_view`, include/ctg/analysis/national_view.hpp); this package only arranges
them: `NationalReport.data` is the JSON format `ctg.national/1`
(docs/schemas/national.schema.json), rendered as Markdown or as one self-contained HTML page
with a chart, with the words of the catalogue (`ctg/catalogue/national.toml`) and the figures of
the one formatter (`ctg._format`).
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Sequence
from typing import Any

from .. import _ctg
from .._extras import requires
from .._json import TWO_DECIMALS, detail, marks, money, national_figures, percent, ratio

__all__ = ["NATIONAL_FORMAT", "NationalReport", "build_national"]

NATIONAL_FORMAT = "ctg.national/1"


class NationalReport:
    """The national view on a date, as the library's result and as JSON-ready data."""

    def __init__(self, view: _ctg.NationalView, language: _ctg.Language) -> None:
        self._view = view
        self._data = to_dict(view, language)

    @property
    def view(self) -> _ctg.NationalView:
        """The library's result."""
        return self._view

    @property
    def data(self) -> dict[str, Any]:
        """The view as JSON-ready data (`ctg.national/1`): amounts and ratios are strings."""
        return self._data

    def to_json(self) -> str:
        """The view as JSON text, ending with a newline."""
        return json.dumps(self._data, ensure_ascii=False, indent=2) + "\n"

    def to_markdown(self) -> str:
        """The view as Markdown, every value with its provenance mark."""
        with requires("report_markdown"):
            from ._render import markdown

            return markdown(self._data)

    def to_html(self) -> str:
        """The view as one self-contained HTML page (inline CSS, an SVG chart)."""
        with requires("report_html"):
            from ._render import html

            return html(self._data)


def build_national(
    datasets: Sequence[_ctg.Dataset],
    *,
    on: datetime.date,
    fte_paid: _ctg.FteBasis = _ctg.FteBasis.contracted,
    farthest: int = 5,
    language: _ctg.Language = _ctg.Language.fr,
) -> NationalReport:
    """The national view of `datasets` (one per department) on `on` (`build_national_view`)."""
    view = _ctg.build_national_view(list(datasets), on, fte_paid=fte_paid, farthest=farthest)
    return NationalReport(view, language)


# --- ctg.national/1 ----------------------------------------------------------------------------


def _signed_percent(value: _ctg.ExactRatio) -> str:
    return value.percent(TWO_DECIMALS).to_plain()


def _department_ratio(r: _ctg.NationalDepartmentRatio) -> dict[str, Any]:
    return {
        "code": r.code,
        "name": r.name,
        "inhabitants_per_fte": ratio(r.inhabitants_per_fte),
        "gap_percent": _signed_percent(r.gap_to_national),
    }


def _spread(s: _ctg.NationalSpread | None) -> dict[str, Any] | None:
    if s is None:
        return None
    cv = s.coefficient_of_variation_percent(TWO_DECIMALS)
    return {
        "departments": s.departments,
        "min": _department_ratio(s.min),
        "max": _department_ratio(s.max),
        "max_over_min": ratio(s.max_over_min),
        # Value only: over a hundred departments the exact fraction runs to hundreds of digits.
        "mean": s.mean.rounded(TWO_DECIMALS).to_plain(),
        "standard_deviation": s.standard_deviation(TWO_DECIMALS).to_plain(),
        "coefficient_of_variation_percent": None if cv is None else cv.to_plain(),
    }


def to_dict(v: _ctg.NationalView, language: _ctg.Language) -> dict[str, Any]:
    """The `ctg.national/1` dict of a national view."""
    n = v.national_context
    return {
        "format": NATIONAL_FORMAT,
        "generator": {"name": "ctg", "version": _ctg.__version__},
        "language": _ctg.to_string(language),
        "on": v.on.isoformat(),
        "fte_paid": _ctg.to_string(v.fte_paid),
        "departments": [
            {
                "dataset_id": d.dataset_id,
                "code": d.code,
                "name": d.name,
                "rulebook": d.rulebook_id,
                "epcis": d.epcis,
                "population": d.population,
                "covered": d.covered,
                "covered_percent": percent(d.covered_share),
                "contracted_fte": d.contracted_fte.to_string(),
                "posts": d.posts,
                "inhabitants_per_fte": ratio(d.inhabitants_per_fte),
                "financed_fte_years": ratio(d.financed_fte_years),
                "financing": money(d.financing),
                "marks": marks(d.marks),
            }
            for d in v.departments
        ],
        "national": {
            "population": v.population,
            "covered": v.covered,
            "covered_percent": percent(v.covered_share),
            "contracted_fte": v.contracted_fte.to_string(),
            "inhabitants_per_fte": ratio(v.inhabitants_per_fte),
            "financed_fte_years": ratio(v.financed_fte_years),
            "financing": money(v.financing),
            "amount_per_financed_fte": ratio(v.amount_per_financed_fte),
            "marks": marks(v.marks),
        },
        "shared_epcis": [
            {
                "siren": str(s.siren),
                "name": s.name,
                "departments": list(s.departments),
                "counted_in": s.counted_in,
                "population": s.population,
                "covered": s.covered,
            }
            for s in v.shared_epcis
        ],
        "spread": _spread(v.spread),
        "without_fte": list(v.without_fte),
        "above_national": [_department_ratio(r) for r in v.above_national],
        "below_national": [_department_ratio(r) for r in v.below_national],
        "national_context": national_figures(n),
        "warnings": [detail(w) for w in v.warnings],
    }
