# SPDX-License-Identifier: MIT
"""The department report as Markdown (what `ctg report` prints by default).

`render(data)` writes the report's data (`Report.data`, `ctg.report/1`) with the Jinja2 template
`ctg/templates/report.md.j2`: words from the catalogue, figures from the one formatter and
provenance marks from `_present`, as the HTML rendering does. Tables are laid out here
(`table`): columns padded to their width, `|` in a cell escaped, so that no text of a dataset
can break a table. Every value keeps its provenance mark.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from .. import _messages
from .._html import template_environment
from . import _present

#: Where the Markdown template looks words up: its own entries first, then the shared ones.
PREFIXES = ("report.md.", "report.")


def _clean(value: Any) -> str:
    """A value written in Markdown on one line: a newline or a tab in a dataset's text would
    break a paragraph or a table."""
    return " ".join(str(value).replace("\t", " ").splitlines()) if value is not None else ""


def row(*cells: Any) -> str:
    """One row of a `table` block: its cells on one line, joined by tabs."""
    return "\t".join(_clean(c) for c in cells)


def table(text: str, align: str) -> str:
    """The rows of a block (cells joined by tabs, one row a line, the header first) as an aligned
    Markdown table; `align` has one letter per column, `l` or `r`."""
    rows = [
        [cell.replace("|", "\\|") for cell in line.split("\t")]
        for line in text.splitlines()
        if line.strip()
    ]
    if not rows:
        return ""
    columns = len(rows[0])
    for r in rows:
        if len(r) != columns:
            raise ValueError(f"table row {r!r}: got {len(r)} cells; expected {columns}")
    if len(align) != columns:
        raise ValueError(f"table align {align!r}: got {len(align)} letters; expected {columns}")
    width = [max(3, *(len(r[c]) for r in rows)) for c in range(columns)]

    def line(cells: list[str]) -> str:
        return "|" + "".join(
            " " + (cell.rjust(w) if a == "r" else cell.ljust(w)) + " |"
            for cell, w, a in zip(cells, width, align, strict=True)
        )

    rule = (
        "|"
        + "|".join(
            (":" + "-" * (w + 1)) if a == "l" else ("-" * (w + 1) + ":")
            for w, a in zip(width, align, strict=True)
        )
        + "|"
    )
    return "\n".join([line(rows[0]), rule] + [line(r) for r in rows[1:]]) + "\n"


@cache
def _environment() -> Any:
    # Markdown is not HTML: no escaping (table cells escape `|` themselves).
    env = template_environment(autoescape=False, keep_trailing_newline=True)
    env.filters["table"] = table
    env.globals.update(
        row=row,
        letter=_present.letter,
        marks=_present.marks_text,
        cited=_present.cited,
        describe=_messages.describe_data,
    )
    return env


def render(data: dict[str, Any]) -> str:
    """The whole report as Markdown in the report's language (`data["language"]`)."""
    lang = "en" if data["language"] == "en" else "fr"
    labels = _present.Labels(lang, PREFIXES)
    figures = _present.Figures(lang, labels)
    rulebooks = {r["id"]: r for r in data["rulebooks"]}
    text = (
        _environment()
        .get_template("report.md.j2")
        .render(
            data=data,
            lang=lang,
            t=labels,
            f=figures,
            legend=_present.legend(data, labels),
            rulebooks=rulebooks,
            years={e["siren"]: e["population_year"] for e in data["volume"]["epcis"]},
            **_helpers(labels, figures, rulebooks, data["comparison"]["rulebooks"]),
        )
    )
    return _paragraphs(text)


def render_portfolio(portfolio: dict[str, Any], label: dict[str, str], language: str) -> str:
    """One portfolio's financing (`ctg._json.portfolio`) in Markdown, as in the report: per
    EPCI and in total, the posts left out, the parts adding up and the parameters read."""
    labels = _present.Labels(language, PREFIXES)
    figures = _present.Figures(language, labels)
    rulebooks = {portfolio["rulebook"]: {"label": label, "parts": portfolio["parts"]}}
    text = (
        _environment()
        .get_template("portfolio.md.j2")
        .render(
            p=portfolio,
            lang=language,
            t=labels,
            f=figures,
            rulebooks=rulebooks,
            **_helpers(labels, figures, rulebooks, []),
        )
    )
    return _paragraphs(text)


def render_deadlines(deadlines: dict[str, Any], on: str, language: str) -> str:
    """A dataset's deadlines (`ctg._json.deadlines`) seen from `on` (ISO date) in Markdown, as
    in the report: conventions ending within the horizon, prolongations, per Caf referent."""
    labels = _present.Labels(language, PREFIXES)
    figures = _present.Figures(language, labels)
    text = (
        _environment()
        .get_template("deadlines.md.j2")
        .render(
            dl=deadlines,
            on=on,
            lang=language,
            t=labels,
            f=figures,
            **_helpers(labels, figures, {}, []),
        )
    )
    return _paragraphs(text)


def _paragraphs(text: str) -> str:
    """Blocks leave runs of blank lines behind them: one blank line between paragraphs."""
    lines: list[str] = []
    for current in text.splitlines():
        if current.strip() or (lines and lines[-1].strip()):
            lines.append(current.rstrip())
    return "\n".join(lines).strip("\n") + "\n"


def _helpers(
    t: _present.Labels, f: _present.Figures, rulebooks: dict[str, Any], compared: list[str]
) -> dict[str, Any]:
    """The template's helpers that build lists of cells (Jinja2 maps filters, not functions)."""
    lang = t.language

    def header(name: str) -> str:
        return row(*t.columns(name))

    def part_cells(parts: list[dict[str, Any]], amounts: dict[str, str]) -> list[str]:
        return [f.money(amounts.get(part["id"])) for part in parts]

    def comparison_columns(_cmp: dict[str, Any]) -> list[str]:
        columns = [t.epci, t.fte]
        for rid in compared:
            columns.append(rid)
            columns += [t("of_which", part=p["label"][lang]) for p in rulebooks[rid]["parts"]]
        return columns + [t.marks]

    def comparison_row(
        label: str,
        fte: str,
        totals: dict[str, Any],
        parts: dict[str, dict[str, str]] | None,
        marks: list[str] | None,
    ) -> list[str]:
        """A row of the comparison: an EPCI's (`totals` amounts by rulebook, `parts` by
        rulebook, `marks`) or the department's (`totals` by rulebook with parts and marks)."""
        cells = [label, f.number(fte)]
        row_marks: list[list[str]] = [] if marks is None else [marks]
        for rid in compared:
            if parts is None:
                cells.append(f.money(totals[rid]["total"]))
                cells += part_cells(rulebooks[rid]["parts"], totals[rid]["parts"])
                row_marks.append(totals[rid]["marks"])
            else:
                cells.append(f.money(totals[rid]))
                cells += part_cells(rulebooks[rid]["parts"], parts[rid])
        return cells + [_present.marks_text(*row_marks)]

    def uncovered_list(epcis: list[dict[str, Any]]) -> str:
        return t.list_separator.join(
            t("uncovered_item", name=e["name"], count=f.integer(e["population"] - e["covered"]))
            for e in epcis
        )

    def section_columns(sections: list[dict[str, Any]]) -> list[str]:
        return [f"R{s['id']}" for s in sections]

    def shares(values: Any) -> list[str]:
        return [f.share(s) for s in values]

    def completeness(share: dict[str, Any]) -> str:
        return f"{f.share(share)} ({share['part']}/{share['whole']})"

    return {
        "header": header,
        "part_cells": part_cells,
        "comparison_columns": comparison_columns,
        "comparison_row": comparison_row,
        "uncovered_list": uncovered_list,
        "section_columns": section_columns,
        "shares": shares,
        "completeness": completeness,
    }
