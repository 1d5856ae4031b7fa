# SPDX-License-Identifier: MIT
"""The department report as one self-contained HTML page (`Report.to_html()`).

`render(data)` takes the `ctg.report/1` dict and returns a page with inline CSS and inline SVG
charts, no script and no external resource, ready to be printed or sent. Its tables are written
by the Jinja2 template `ctg/templates/report.html.j2` with autoescaping on, like the notebook
tables of `ctg/_html.py` (same loader and settings), its charts by `_charts.py`.

The words are the catalogue's (`ctg/catalogue/report.toml`, entries `[html.*]` and the ones
shared with the Markdown), in the report's language (`data["language"]`); every figure is
written by the one formatter (`ctg._format`, Babel) from the report's decimal strings, never
through a float: `354 000,00 €` in French, `€354,000.00` in English (docs/pages/report.md).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import jinja2

from .. import _messages
from . import _charts, _present

#: Where the HTML template looks words up: its own entries first, then the shared ones.
PREFIXES = ("report.html.", "report.")


# --- Jinja2 ------------------------------------------------------------------------------------


def _figure_filter(name: str, *fixed: Any) -> Callable[..., str]:
    """A filter that writes a figure with the page's `Figures` (`f` in the context)."""
    import jinja2

    @jinja2.pass_context
    def filter_(context: Any, value: Any, *args: Any) -> str:
        return str(getattr(context["f"], name)(value, *fixed, *args))

    return filter_


@cache
def _environment() -> jinja2.Environment:
    import jinja2  # the report extra: `import ctg` does not load it

    from .._html import template_environment

    env = template_environment(keep_trailing_newline=True)
    env.filters["money"] = _figure_filter("money")
    env.filters["gain"] = _figure_filter("gain")
    env.filters["num"] = _figure_filter("number")
    env.filters["pct"] = _figure_filter("percent")
    env.filters["points"] = _figure_filter("points")
    env.filters["date"] = _figure_filter("date")
    env.filters["parameter"] = _figure_filter("parameter")
    env.filters["letter"] = lambda evidence: _present.EVIDENCE.get(evidence, "?")
    env.filters["pick"] = jinja2.pass_context(_pick)
    env.tests["web"] = _is_web_url
    env.globals["expected"] = _messages.expected_data
    return env


def _pick(context: Any, text: dict[str, str]) -> str:
    """The page's language's text of a {"fr", "en"} label."""
    return text.get(context["lang"]) or text.get("fr") or ""


def _is_web_url(url: Any) -> bool:
    """Only http(s) addresses become links (a `javascript:` URL in a dataset stays text)."""
    return isinstance(url, str) and url.startswith(("https://", "http://"))


ordered_marks = _present.ordered_marks


# --- Charts ------------------------------------------------------------------------------------


def _make_charts(
    data: dict[str, Any], lang: str, t: _present.Labels, f: _present.Figures
) -> dict[str, _charts.Chart]:
    number, whole, euros = f.number, f.whole, f.money

    charts: dict[str, _charts.Chart] = {}
    volume = data["volume"]
    names = [e["name"] for e in volume["epcis"]]
    charts["fte"] = _charts.bars(
        chart_id="chart-fte",
        title=t["chart_fte"],
        caption=t["chart_fte_caption"],
        categories=names,
        values=[e["contracted_fte"] for e in volume["epcis"]],
        texts=[number(e["contracted_fte"]) for e in volume["epcis"]],
        axis_label=t["fte"],
        language=lang,
    )
    per_fte = [e["inhabitants_per_fte"] for e in volume["epcis"]]
    department = volume["inhabitants_per_fte"]
    charts["inhabitants"] = _charts.bars(
        chart_id="chart-inhabitants-per-fte",
        title=t["chart_inhabitants"],
        caption=t["chart_inhabitants_caption"],
        categories=names,
        values=[None if r is None else r["value"] for r in per_fte],
        texts=[t["no_fte"] if r is None else whole(r) for r in per_fte],
        axis_label=t["inhabitants_per_fte"],
        language=lang,
        reference=None
        if department is None
        else (department["value"], f"{t['department_value']}{t['colon']}{whole(department)}"),
    )

    financing = data["financing"]
    maximum = financing["maximum"]
    rulebooks = {r["id"]: r for r in data["rulebooks"]}
    rows = maximum["by_epci"]
    if maximum["parts"]:
        series = [
            (p["label"][lang] or p["id"], [r["parts"].get(p["id"]) for r in rows])
            for p in maximum["parts"]
        ]
    else:
        series = [(t["total"], [r["total"] for r in rows])]
    charts["financing"] = _charts.stacked_bars(
        chart_id="chart-financing",
        title=t["chart_financing"],
        caption=(
            t["chart_financing_parts"] if maximum["parts"] else t["chart_financing_caption"]
        ).format(rulebook=financing["rulebook"], parts=", ".join(label for label, _ in series)),
        categories=[r["label"] for r in rows],
        series=series,
        texts=["—" if r["total"] is None else euros(r["total"]) for r in rows],
        axis_label=t["amount_axis"],
        language=lang,
    )

    comparison = data["comparison"]
    gains = {g["to"]: g["total"] for g in comparison["gains"]}
    texts = []
    for rid in comparison["rulebooks"]:
        total = comparison["totals"][rid]["total"]
        text = "—" if total is None else euros(total)
        if gains.get(rid) is not None:
            text += f" ({f.gain(gains[rid])})"
        texts.append(text)
    charts["comparison"] = _charts.bars(
        chart_id="chart-comparison",
        title=t["chart_comparison"],
        caption=t["chart_comparison_gains"] if gains else t["chart_comparison_caption"],
        categories=list(comparison["rulebooks"]),
        values=[comparison["totals"][rid]["total"] for rid in comparison["rulebooks"]],
        texts=texts,
        axis_label=t["amount_axis"],
        language=lang,
        colours=[
            _charts.BASELINE
            if rid == "cej"
            else _charts.PALETTE[0]
            if rulebooks.get(rid, {}).get("detailed")
            else _charts.PALETTE[1]
            for rid in comparison["rulebooks"]
        ],
    )

    evaluation = data["evaluation"]
    if evaluation is not None and evaluation["rows"]:
        columns = [s["id"] for s in evaluation["sections"]] + [t["overall"]]
        labels, values, cells = [], [], []
        for row in evaluation["rows"]:
            shares = [c["achieved"] for c in row["sections"]] + [row["overall"]]
            labels.append(row["label"])
            values.append([s["percent"] if row["evaluated"] else None for s in shares])
            cells.append([_heat_text(s, row["evaluated"], f) for s in shares])
        dep = evaluation["department"]
        shares = list(dep["sections"]) + [dep["overall"]]
        labels.append(t["department_row"])
        values.append([s["percent"] for s in shares])
        cells.append([_heat_text(s, True, f) for s in shares])
        charts["evaluation"] = _charts.heatmap(
            chart_id="chart-evaluation",
            title=t["chart_evaluation"].format(year=evaluation["year"]),
            caption=t["chart_evaluation_caption"].format(year=evaluation["year"]),
            rows=labels,
            columns=columns,
            values=values,
            texts=cells,
            no_data=t["no_data"],
            scale_label=t["scale_percent"],
            bold_rows=[len(labels) - 1],
        )
    return charts


def _heat_text(share: dict[str, Any], evaluated: bool, f: _present.Figures) -> str:
    if not evaluated or share["percent"] is None:
        return _present.DASH
    return f.number(share["percent"])


# --- The page ----------------------------------------------------------------------------------


def render(data: dict[str, Any]) -> str:
    """The report as one self-contained HTML page (UTF-8 text)."""
    lang = "en" if data["language"] == "en" else "fr"
    t = _present.Labels(lang, PREFIXES)
    f = _present.Figures(lang, t)
    coverage_by_siren = {e["siren"]: e for e in data["coverage"]["epcis"]}
    epci_rows = []
    for e in data["volume"]["epcis"]:
        covered = coverage_by_siren.get(e["siren"])
        epci_rows.append(
            {
                **e,
                "coverage": covered,
                "all_marks": ordered_marks(e["marks"], covered["marks"] if covered else []),
            }
        )
    chart_set = _make_charts(data, lang, t, f)
    return (
        _environment()
        .get_template("report.html.j2")
        .render(
            data=data,
            lang=lang,
            t=t,
            f=f,
            charts=chart_set,
            epci_rows=epci_rows,
            legend=_present.legend(data, t),
            rulebooks={r["id"]: r for r in data["rulebooks"]},
            ordered_marks=ordered_marks,
        )
    )
