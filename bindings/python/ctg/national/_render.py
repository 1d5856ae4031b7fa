# SPDX-License-Identifier: MIT
"""The national view as Markdown and as one self-contained HTML page with a chart.

Both are Jinja2 templates (`ctg/templates/national.md.j2`, `national.html.j2`) over the
`ctg.national/1` dict, in the environments of the department report (same filters, same table
layout), with the words of the catalogue (`ctg/catalogue/national.toml`, then the report's
shared entries such as the provenance marks) and the figures of the one formatter
(`ctg._format`, through `ctg.report._present.Figures`). The chart is drawn by the report's
`_charts.bars`: inhabitants per FTE by department, the national ratio as a line.
"""

from __future__ import annotations

from typing import Any

from ..report import _charts, _html, _markdown, _present

#: Where the templates look words up: the national view's entries, then the report's shared ones.
PREFIXES = ("national.", "report.")


def _context(data: dict[str, Any]) -> dict[str, Any]:
    lang = "en" if data["language"] == "en" else "fr"
    labels = _present.Labels(lang, PREFIXES)
    figures = _present.Figures(lang, labels)
    marks = [m for d in data["departments"] for m in d["marks"]] + data["national"]["marks"]
    legend = [
        {"mark": _present.letter(m), "name": labels[f"evidence.{_present.EVIDENCE[m]}.name"]}
        for m in _present.ordered_marks(marks)
        if m in _present.EVIDENCE
    ]
    return {"data": data, "lang": lang, "t": labels, "f": figures, "legend": legend}


def markdown(data: dict[str, Any]) -> str:
    """The national view as Markdown in its language (`data["language"]`)."""
    text = _markdown._environment().get_template("national.md.j2").render(**_context(data))
    return _markdown._paragraphs(text)


def chart(data: dict[str, Any], t: _present.Labels, f: _present.Figures) -> _charts.Chart:
    """Inhabitants per FTE by department, most first, the national ratio as a dashed line."""
    rows = sorted(
        data["departments"],
        key=lambda d: (
            d["inhabitants_per_fte"] is None,
            -_charts._number(d["inhabitants_per_fte"]["value"])
            if d["inhabitants_per_fte"]
            else 0.0,
            d["code"],
        ),
    )
    national = data["national"]["inhabitants_per_fte"]
    return _charts.bars(
        chart_id="chart-national-inhabitants-per-fte",
        title=t["chart.title"],
        caption=t["chart.caption"],
        categories=[f"{d['code']} {d['name']}" for d in rows],
        values=[
            None if d["inhabitants_per_fte"] is None else d["inhabitants_per_fte"]["value"]
            for d in rows
        ],
        texts=[
            t["no_fte"] if d["inhabitants_per_fte"] is None else f.whole(d["inhabitants_per_fte"])
            for d in rows
        ],
        axis_label=t["chart.axis"],
        language=f.format.language,
        reference=None
        if national is None
        else (national["value"], t("chart.reference", value=f.whole(national))),
    )


def html(data: dict[str, Any]) -> str:
    """The national view as one self-contained HTML page (inline CSS and SVG, no script)."""
    context = _context(data)
    context["chart"] = chart(data, context["t"], context["f"])
    return _html._environment().get_template("national.html.j2").render(**context)
