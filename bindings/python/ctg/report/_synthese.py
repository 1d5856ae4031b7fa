# SPDX-License-Identifier: MIT
"""The synthèse for elected officials: the department report in four printed pages at most.

`render(data)` takes the report's `ctg.report/1` dict (`Report.data`) and returns one
self-contained HTML page (inline CSS, no script, no external resource), in the report's
language (`data["language"]`), written by the Jinja2 template `ctg/templates/synthese.html.j2`:

1. key figures: coverage against the COG target, ETP of coordination and inhabitants per ETP,
   the Caf financing under the detailed rulebook (`data["financing"]`, the department's own
   rule) with its funding parts, the gain of the CEJ → CTG switch, the next deadlines;
2. the territories: one row per EPCI;
3. the conventions with their deadlines, and the evaluation roll-up;
4. the sources: every figure's provenance marks, the rule parameters with their citations,
   the provenance of the data.

It shows names (EPCI names, rulebook labels), never the dataset's ids, and puts the provenance
marks on the last page only. It shows the detailed rulebook and, for the gain, the national
flat rate, each against the former CEJ average: the other rulebooks of the report (another
department's rule, the Loire 2015 CEJ rule) are comparisons for analysts and stay out. Nothing
is computed here: every figure is a value of `data`, chosen and written by `ctg._format`.

>>> import ctg, datetime
>>> from ctg.report import build_report
>>> report = build_report(ctg.builtin_dataset("charente-2021"), on=datetime.date(2021, 6, 30),
...                       rulebooks=[ctg.builtin_rulebook(i) for i in ctg.builtin_rulebook_ids()])
>>> page = report.to_synthese()
>>> "Chiffres clés" in page and "loire-cej-2015" not in page
True
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import jinja2

from .._catalogue import text
from .._format import formatter
from ._data import REPORT_FORMAT

#: The national flat rate (rulebook id), the CTG rule the source document compares with the
#: former CEJ average (+1,447 € per ETP): its gain is shown beside the detailed rulebook's.
NATIONAL_RULEBOOK = "national-2020"

#: The evidence names of the `marks` lists, in the order marks are written.
EVIDENCE = ("source document", "public source", "derived", "reading", "illustrative", "scenario")


def render(data: Mapping[str, Any]) -> str:
    """The synthèse of the `ctg.report/1` dict `data` as one HTML page."""
    if data.get("format") != REPORT_FORMAT:
        raise ValueError(
            f"format: got {data.get('format')!r}; expected {REPORT_FORMAT!r} "
            "(the dict of Report.data)"
        )
    language = data["language"]

    def words(key: str, /, **fields: object) -> str:
        """The catalogue entry `synthese.<key>` in the page's language."""
        return text(f"synthese.{key}", language, **fields)

    return _template().render(
        lang=language, t=words, f=formatter(language), **_context(data, language, words)
    )


@functools.cache
def _template() -> jinja2.Template:
    from .._html import template_environment  # Jinja2 is loaded when a page is rendered

    return template_environment().get_template("synthese.html.j2")


# --- What the page shows -------------------------------------------------------------------


def _context(data: Mapping[str, Any], language: str, label: Callable[..., str]) -> dict[str, Any]:
    """What the template shows, picked from `data` (`label` writes a catalogue entry)."""
    labels = {rules["id"]: rules["label"][language] for rules in data["rulebooks"]}
    financing = data["financing"]
    maximum = financing["maximum"]
    rule = financing["rulebook"]
    post_names = {post["post_id"]: post["epci_name"] for post in maximum["posts"]}
    kinds = {rules["id"]: rules["kind"] for rules in data["rulebooks"]}
    gains = _gains(data["comparison"]["gains"], rule, labels, kinds, post_names)
    coverage = data["coverage"]
    volume = data["volume"]
    deadlines = data["deadlines"]
    evaluation = data["evaluation"]
    declared = financing["declared"]
    context = {
        "data": data,
        "year": data["on"][:4],
        "rule": labels[rule],
        "uncovered": _names(coverage["epcis"], "uncovered"),
        "partial": _names(coverage["epcis"], "partial"),
        "parts": [(part["id"], part["label"][language]) for part in maximum["parts"]],
        "financing_year": maximum["reference"]["start"][:4],
        # The posts the volume counts (those in force on the date), not every post recorded.
        "posts_in_force": sum(len(epci["posts"]) for epci in volume["epcis"]),
        "missing_expense": [
            post_names.get(post, post) for post in (declared or maximum)["missing_expense"]
        ],
        "gains": gains,
        "territories": _territories(coverage, volume, maximum),
        "conventions": _conventions(deadlines),
        "soon": {d["convention_id"] for d in deadlines["upcoming"]},
    }
    fmt = formatter(language)
    target = coverage["cog_target_percent"]
    figures = [
        _figure(label("coverage.title"), coverage["marks"]),
        _figure(
            label(
                "coverage.target",
                year=context["year"],
                target="—" if target is None else fmt.percent(target),
            ),
            [coverage["cog_source"]["evidence"]],
        ),
        _figure(label("coordination.title"), volume["marks"]),
        _figure(label("financing.title") + " — " + labels[rule], maximum["total"]["marks"]),
        *(
            _figure(label("gain.title") + " — " + gain["rules"]["to"], gain["marks"])
            for gain in gains
        ),
        _figure(label("deadlines.title"), _union(d["marks"] for d in _next(deadlines))),
        _figure(
            label("territories.title"),
            _union([coverage["marks"], volume["marks"], *(t["marks"] for t in maximum["by_epci"])]),
        ),
        _figure(label("conventions.caption"), _union(c["marks"] for c in context["conventions"])),
    ]
    if evaluation is not None:
        figures.append(
            _figure(
                label("evaluation.caption", year=evaluation["year"]),
                _union(
                    [evaluation["grid"]["marks"], *(row["marks"] for row in evaluation["rows"])]
                ),
            )
        )
    context["figures"] = figures
    # The first page says when one of its figures rests on example values.
    first_page = [
        coverage["marks"],
        volume["marks"],
        maximum["total"]["marks"],
        *(g["marks"] for g in gains),
        *(d["marks"] for d in _next(deadlines)),
    ]
    context["illustrative"] = "illustrative" in _union(first_page)
    shown = {rule, *(g["from_id"] for g in gains), *(g["to_id"] for g in gains)}
    context["parameters"] = _parameters(data["sources"]["parameters"], shown, labels)
    context["documents"] = _documents(data["sources"]["data"], label)
    return context


def _gains(
    gains: Iterable[Mapping[str, Any]],
    rule: str,
    labels: Mapping[str, str],
    kinds: Mapping[str, str],
    post_names: Mapping[str, str],
) -> list[dict[str, Any]]:
    """The gains over the CEJ of the national flat rate, then of the detailed rulebook; a share
    of the expense set against a flat rate is its maximum, which the card says."""
    shown = [gain for gain in gains if gain["to"] in (NATIONAL_RULEBOOK, rule)]
    shown.sort(key=lambda gain: gain["to"] != NATIONAL_RULEBOOK)
    return [
        {
            "from_id": gain["from"],
            "to_id": gain["to"],
            "total": gain["total"],
            "per_fte": gain["per_fte"],
            "marks": gain["marks"],
            "rules": {"to": labels[gain["to"]], "from": labels[gain["from"]]},
            "maximum_against_flat": kinds[gain["to"]] == "share_of_expense"
            and kinds[gain["from"]] == "flat_per_fte",
            "not_compared": [post_names.get(post, post) for post in gain["not_compared"]],
        }
        for gain in shown
    ]


def _figure(label: str, marks: Iterable[str]) -> dict[str, Any]:
    """A line of the sources page: a figure and the keys of its marks."""
    return {"label": label, "marks": _ordered(marks)}


def _next(deadlines: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The deadlines of the first page: those within the horizon, else the next one after."""
    after = deadlines["next_after_horizon"]
    return deadlines["upcoming"] or ([after] if after is not None else [])


def _parameters(
    readings: Iterable[Mapping[str, Any]], shown: set[str], labels: Mapping[str, str]
) -> list[dict[str, Any]]:
    """The parameter readings of the rulebooks `shown`, grouped by rulebook in report order;
    a group whose readings cite one document names it once (`document`, `url`)."""
    groups: dict[str, list[Mapping[str, Any]]] = {}
    for reading in readings:
        if reading["rulebook"] in shown:
            groups.setdefault(reading["rulebook"], []).append(reading)
    found = []
    for rule, rows in groups.items():
        documents = {(row["document"], row["url"]) for row in rows}
        document, url = next(iter(documents)) if len(documents) == 1 else ("", "")
        found.append(
            {
                "rule": labels[rule],
                "document": document,
                "url": url,
                "rows": rows,
                "cited_once": len(documents) == 1,
            }
        )
    return found


def _documents(
    entries: Iterable[Mapping[str, Any]], label: Callable[..., str]
) -> list[dict[str, Any]]:
    """The provenance of the data, one line per cited document and evidence, naming the kinds
    of value it gives (`Département, Populations`)."""
    lines: dict[tuple[str, str, str], dict[str, Any]] = {}
    for entry in entries:
        key = (entry["document"], entry["url"], entry["evidence"])
        line = lines.setdefault(
            key,
            {
                "document": entry["document"],
                "url": entry["url"],
                "marks": _ordered([entry["evidence"]]),
                "what": [],
            },
        )
        line["what"].append(label("what." + entry["what"]))
    return list(lines.values())


def _names(epcis: Iterable[Mapping[str, Any]], status: str) -> list[str]:
    return [epci["name"] for epci in epcis if epci["status"] == status]


def _territories(
    coverage: Mapping[str, Any], volume: Mapping[str, Any], maximum: Mapping[str, Any]
) -> list[dict[str, Any]]:
    """One row per EPCI of the coverage, with its coordination volume and maximum aid."""
    volumes = {epci["siren"]: epci for epci in volume["epcis"]}
    aids = {line["id"]: line for line in maximum["by_epci"]}
    return [
        {
            "name": epci["name"],
            "population": epci["population"],
            "status": epci["status"],
            "volume": volumes.get(epci["siren"]),
            "aid": aids.get(epci["siren"]),
        }
        for epci in coverage["epcis"]
    ]


def _listed(deadlines: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """Every convention of the deadlines, once each (they are listed per referent)."""
    seen: dict[str, Mapping[str, Any]] = {}
    for referent in deadlines["by_referent"]:
        for convention in referent["conventions"]:
            seen.setdefault(convention["convention_id"], convention)
    return list(seen.values())


def _conventions(deadlines: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The conventions by last day in force, then by name."""
    return sorted(_listed(deadlines), key=lambda c: (c["last_day"], c["name"]))


def _union(mark_lists: Iterable[Iterable[str]]) -> set[str]:
    """The evidence names found in any of `mark_lists`."""
    return {mark for marks in mark_lists for mark in marks}


def _ordered(marks: Iterable[str]) -> list[str]:
    """Marks in the order of EVIDENCE, as catalogue keys (`source_document`)."""
    found = set(marks)
    return [name.replace(" ", "_") for name in EVIDENCE if name in found]
