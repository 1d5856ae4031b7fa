# SPDX-License-Identifier: MIT
"""The report's tables as CSV (RFC 4180, comma, CRLF), one text per table.

Values are those of the JSON report: amounts in plain decimal euros (`354000.00`), ETP and
percentages as plain decimals, marks as evidence names joined by `|`. A spreadsheet or pandas
reads them without locale guessing; nothing is rounded beyond what the JSON says. A text that a
spreadsheet would run as a formula (an EPCI named `=HYPERLINK(…)`) is written behind a single
quote (ctg._cells); numbers, negative ones included, are written as they are.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from .._cells import csv_text

#: The tables `csv_tables()` returns, in report order.
TABLES = (
    "coverage",
    "trajectory",
    "volume",
    "financing_maximum",
    "financing_declared",
    "financing_posts",
    "comparison",
    "gains",
    "deadlines",
    "evaluation",
    "parameters",
    "data_sources",
)


def _write(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    return csv_text(header, rows, lineterminator="\r\n")


def _marks(kinds: Sequence[str]) -> str:
    return "|".join(kinds)


def _ratio(value: dict[str, str] | None) -> str | None:
    return None if value is None else value["value"]


def tables(data: dict[str, Any]) -> dict[str, str]:
    """Every table of the report, by name (see `TABLES`)."""
    out = {
        "coverage": _write(
            ["siren", "epci", "population", "covered", "status", "conventions", "marks"],
            (
                [
                    e["siren"],
                    e["name"],
                    e["population"],
                    e["covered"],
                    e["status"],
                    " ".join(e["conventions"]),
                    _marks(e["marks"]),
                ]
                for e in data["coverage"]["epcis"]
            ),
        ),
        "trajectory": _write(
            ["year", "on", "target_percent", "coverage_percent", "gap_points", "marks"],
            (
                [
                    t["year"],
                    t["on"],
                    t["target_percent"],
                    t["coverage_percent"],
                    t["gap_points"],
                    _marks(t["marks"]),
                ]
                for t in data["coverage"]["trajectory"]
            ),
        ),
        "volume": _write(
            [
                "siren",
                "epci",
                "population",
                "population_year",
                "communes",
                "contracted_fte",
                "inhabitants_per_fte",
                "fte_per_10000",
                "marks",
            ],
            [
                [
                    e["siren"],
                    e["name"],
                    e["population"],
                    e["population_year"],
                    e["communes"],
                    e["contracted_fte"],
                    _ratio(e["inhabitants_per_fte"]),
                    _ratio(e["fte_per_10000"]),
                    _marks(e["marks"]),
                ]
                for e in data["volume"]["epcis"]
            ]
            + [
                [
                    "",
                    "total",
                    data["volume"]["population"],
                    "",
                    data["volume"]["communes"],
                    data["volume"]["total_fte"],
                    _ratio(data["volume"]["inhabitants_per_fte"]),
                    _ratio(data["volume"]["fte_per_10000"]),
                    _marks(data["volume"]["marks"]),
                ]
            ],
        ),
    }
    financing = data["financing"]
    for basis in ("maximum", "declared"):
        out[f"financing_{basis}"] = _totals(financing[basis], financing["maximum"]["parts"])
    out["financing_posts"] = _posts(financing)
    out["comparison"] = _comparison(data["comparison"])
    out["gains"] = _write(
        ["from", "to", "siren", "epci", "delta", "delta_per_fte"],
        [
            row
            for g in data["comparison"]["gains"]
            for row in [
                [g["from"], g["to"], e["siren"], e["name"], e["delta"], e["per_fte"]]
                for e in g["by_epci"]
            ]
            + [[g["from"], g["to"], "", "total", g["total"], g["per_fte"]]]
        ],
    )
    out["deadlines"] = _deadlines(data["deadlines"])
    out["evaluation"] = _evaluation(data["evaluation"])
    out["parameters"] = _write(
        [
            "rulebook",
            "parameter",
            "value",
            "unit",
            "from",
            "until",
            "evidence",
            "document",
            "locator",
            "url",
            "derivation",
            "alternative",
            "start_alternative",
            "confirmed_on",
            "marks",
        ],
        (
            [
                p["rulebook"],
                p["name"],
                p["value"],
                p["unit"],
                p["from"],
                p["until"],
                p["evidence"],
                p["document"],
                p["locator"],
                p["url"],
                p["derivation"],
                p["alternative"],
                p["start_alternative"],
                p["confirmed_on"],
                _marks(p["marks"]),
            ]
            for p in data["sources"]["parameters"]
        ),
    )
    out["data_sources"] = _write(
        ["value", "count", "subjects", "evidence", "document", "locators", "url"],
        (
            [
                s["what"],
                len(s["subjects"]),
                " | ".join(s["subjects"]),
                s["evidence"],
                s["document"],
                " | ".join(s["locators"]),
                s["url"],
            ]
            for s in data["sources"]["data"]
        ),
    )
    return {name: out[name] for name in TABLES}


def _totals(portfolio: dict[str, Any] | None, parts: list[dict[str, Any]]) -> str:
    """Per EPCI and total; no row when there is no such financing (no declared expense)."""
    part_ids = [p["id"] for p in parts]
    rows = (
        []
        if portfolio is None
        else [
            [
                portfolio["rulebook"],
                portfolio["basis"],
                t["id"],
                t["label"],
                t["contracted_fte"],
                t["total"],
                *(t["parts"].get(i) for i in part_ids),
                t["financed"],
                t["inactive"],
                t["missing_expense"],
                _marks(t["marks"]),
            ]
            for t in portfolio["by_epci"] + [portfolio["total"]]
        ]
    )
    return _write(
        [
            "rulebook",
            "basis",
            "id",
            "label",
            "contracted_fte",
            "total",
            *part_ids,
            "financed",
            "inactive",
            "missing_expense",
            "marks",
        ],
        rows,
    )


def _posts(financing: dict[str, Any]) -> str:
    part_ids = [p["id"] for p in financing["maximum"]["parts"]]
    rows = []
    for basis in ("maximum", "declared"):
        portfolio = financing[basis]
        for p in [] if portfolio is None else portfolio["posts"]:
            active = p["active"] or {"start": None, "last_day": None}
            rows.append(
                [
                    portfolio["rulebook"],
                    portfolio["basis"],
                    p["post_id"],
                    p["convention_id"],
                    p["pilot_epci"],
                    p["epci_name"],
                    p["contracted_fte"],
                    p["declared_expense"],
                    active["start"],
                    active["last_day"],
                    p["prorata"],
                    p["status"],
                    p["total"],
                    *(p["parts"].get(i) for i in part_ids),
                    _marks(p["marks"]),
                ]
            )
    return _write(
        [
            "rulebook",
            "basis",
            "post_id",
            "convention_id",
            "pilot_epci",
            "epci_name",
            "contracted_fte",
            "declared_expense",
            "active_start",
            "active_last_day",
            "prorata",
            "status",
            "total",
            *part_ids,
            "marks",
        ],
        rows,
    )


def _comparison(c: dict[str, Any]) -> str:
    rulebooks = c["rulebooks"]
    rows = [
        [e["siren"], e["name"], e["contracted_fte"], *(e["totals"][r] for r in rulebooks)]
        for e in c["by_epci"]
    ]
    rows.append(["", "total", c["contracted_fte"], *(c["totals"][r]["total"] for r in rulebooks)])
    return _write(["siren", "epci", "contracted_fte", *rulebooks], rows)


def _deadlines(d: dict[str, Any]) -> str:
    rows = []
    lists = [
        ("upcoming", d["upcoming"]),
        ("prolonged", d["prolonged"]),
        ("next_after_horizon", [d["next_after_horizon"]] if d["next_after_horizon"] else []),
    ]
    for kind, items in lists:
        for c in items:
            last = c["prolongations"][-1] if c["prolongations"] else None
            rows.append(
                [
                    kind,
                    c["convention_id"],
                    c["name"],
                    c["start"],
                    c["initial_last_day"],
                    c["last_day"],
                    c["bilan_due"],
                    c["days_remaining"],
                    c["referent_name"],
                    len(c["prolongations"]),
                    None if last is None else last["amendment_id"],
                    _marks(c["marks"]),
                ]
            )
    return _write(
        [
            "list",
            "convention_id",
            "name",
            "start",
            "initial_last_day",
            "last_day",
            "bilan_due",
            "days_remaining",
            "referent_name",
            "prolongations",
            "last_amendment_id",
            "marks",
        ],
        rows,
    )


def _evaluation(e: dict[str, Any] | None) -> str:
    if e is None:
        return _write(["year", "post", "label"], [])
    sections = [s["id"] for s in e["sections"]]
    header = [
        "year",
        "post",
        "label",
        "evaluated",
        *(f"R{s}_{k}" for s in sections for k in ("achieved", "counted", "percent")),
        "overall_achieved",
        "overall_counted",
        "overall_percent",
        "answered",
        "cells",
        "marks",
    ]

    def cells(
        sections_: Sequence[dict[str, Any]], overall: dict[str, Any], completeness: dict[str, Any]
    ) -> list[Any]:
        values: list[Any] = []
        for s in sections_:
            values += [s["part"], s["whole"], s["percent"]]
        return values + [
            overall["part"],
            overall["whole"],
            overall["percent"],
            completeness["part"],
            completeness["whole"],
        ]

    rows = [
        [
            e["year"],
            r["post"],
            r["label"],
            "yes" if r["evaluated"] else "no",
            *cells([c["achieved"] for c in r["sections"]], r["overall"], r["completeness"]),
            _marks(r["marks"]),
        ]
        for r in e["rows"]
    ]
    dep = e["department"]
    rows.append(
        [
            e["year"],
            "",
            "department",
            "yes",
            *cells(dep["sections"], dep["overall"], dep["completeness"]),
            "",
        ]
    )
    return _write(header, rows)
