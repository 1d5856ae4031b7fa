# SPDX-License-Identifier: MIT
"""The rendering of a comparison of two financings (ctg.compare_portfolios) that `ctg scenario`
and `ctg compare` share: the table per post with the difference of each funding part, the table
per EPCI and in total, and the lines of the JSON and CSV outputs. Nothing is computed here: every
figure is a line of the comparison or of one of the two financings."""

from __future__ import annotations

from typing import Any

from . import _ctg, _json
from ._cli_common import fte_md, money_md, status_md, table, words
from ._ctg import (
    FinancingDelta,
    Language,
    Money,
    PartDelta,
    PortfolioComparison,
    PortfolioFinancing,
)


def part_columns(comparison: PortfolioComparison) -> list[PartDelta]:
    """The funding parts compared, in the comparison's order (the compared rulebook's parts,
    then those of the baseline only): the same on every line, so the total's."""
    return list(comparison.total.parts)


def part_deltas(line: FinancingDelta | None, parts: list[PartDelta]) -> list[Money | None]:
    """The change of each part on a comparison line (which holds them all); None for a post not
    compared (financed under one rulebook at most)."""
    if line is None:
        return [None for _ in parts]
    by_id = {part.id: part.delta for part in line.parts}
    return [by_id[part.id] for part in parts]


def posts_md(
    baseline: PortfolioFinancing,
    compared: PortfolioFinancing,
    comparison: PortfolioComparison,
    language: Language,
) -> str:
    """Per post: its EPCI, status under the compared rulebook, ETP, the aid under each rulebook,
    the difference and the difference of each part; then the department's total."""
    parts = part_columns(comparison)
    difference = words("cli.scenario.difference", language)
    header = [
        words("cli.post", language),
        words("cli.pilot_epci", language),
        words("cli.status", language),
        words("report.fte", language),
        baseline.rulebook_id,
        compared.rulebook_id,
        difference,
    ] + [f"{difference} {part.label.text(language)}" for part in parts]
    rows = []
    for before, after in zip(baseline.posts, compared.posts, strict=True):
        line = comparison.post(before.post_id)
        rows.append(
            [
                f"`{before.post_id}`",
                before.epci_name,
                status_md(after.status, language),
                fte_md(before.contracted_fte, language),
                money_md(before.total, language),
                money_md(after.total, language),
                money_md(None if line is None else line.delta, language),
                *[money_md(delta, language) for delta in part_deltas(line, parts)],
            ]
        )
    total = comparison.total
    rows.append(
        [
            f"**{words('report.total', language)} {baseline.department}**",
            "",
            "",
            fte_md(total.contracted_fte, language),
            money_md(total.from_, language),
            money_md(total.to, language),
            money_md(total.delta, language),
            *[money_md(delta, language) for delta in part_deltas(total, parts)],
        ]
    )
    return table(header, rows, "lll")


def by_epci_md(comparison: PortfolioComparison, language: Language) -> str:
    """Per EPCI and in total, the two rulebooks' financing, their difference and the difference
    per ETP, under a heading naming both rulebooks and the year."""
    year = comparison.reference.start.year
    marks = comparison.marks.to_string()
    rows = [
        [
            d.label,
            fte_md(d.contracted_fte, language),
            money_md(d.from_, language),
            money_md(d.to, language),
            money_md(d.delta, language),
            money_md(d.delta_per_fte, language),
            marks,
        ]
        for d in comparison.by_epci
    ]
    total = comparison.total
    rows.append(
        [
            f"**{words('report.total', language)} {total.label}**",
            fte_md(total.contracted_fte, language),
            money_md(total.from_, language),
            money_md(total.to, language),
            money_md(total.delta, language),
            money_md(total.delta_per_fte, language),
            marks,
        ]
    )
    header = [
        words("report.epci", language),
        words("report.fte", language),
        comparison.from_rulebook,
        comparison.to_rulebook,
        *words("report.comparison.columns", language).split("|"),
        words("report.marks", language),
    ]
    return f"### `{comparison.from_rulebook}` → `{comparison.to_rulebook}`, {year}\n\n" + table(
        header, rows, "lrrrrrl"
    )


def delta_json(delta: FinancingDelta, from_key: str, to_key: str) -> dict[str, Any]:
    """A line of the comparison (an EPCI or the total) in JSON, the two aids under `from_key`
    and `to_key`; amounts as strings."""
    return {
        "id": delta.id,
        "label": delta.label,
        "contracted_fte": delta.contracted_fte.to_string(),
        from_key: _json.money(delta.from_),
        to_key: _json.money(delta.to),
        "delta": _json.money(delta.delta),
        "delta_per_fte": _json.money(delta.delta_per_fte),
    }


def part_delta_json(part: PartDelta, from_key: str, to_key: str) -> dict[str, Any]:
    """A funding part's change in JSON: 0 on the side of the rulebook without the part."""
    return {
        "id": part.id,
        "label": _json.text(part.label),
        from_key: _json.money(part.from_),
        to_key: _json.money(part.to),
        "delta": _json.money(part.delta),
    }


def status_json(post: _ctg.PostFinancing) -> str:
    return _ctg.to_string(post.status)
