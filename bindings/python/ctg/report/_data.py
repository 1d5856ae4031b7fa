# SPDX-License-Identifier: MIT
"""The department report as data: every figure of `ctg report`, computed once by the C++ library.

`collect()` runs the analyses (coverage, coordination volume, financing under each rulebook,
comparison, deadlines, evaluation roll-up) and returns both the library's result objects (the
Markdown rendering uses their own `to_text`) and the JSON-ready dict of the versioned format
`ctg.report/1` (docs/schemas/report.schema.json), from which HTML and CSV are rendered.

Number conventions of the dict: amounts are strings of plain decimal euros (`"354000.00"`),
ETP strings (`"14.75"`), exact ratios `{"fraction": "1403436/59", "value": "23787.05"}` (value
rounded half away from zero to the decimals of the report), percentages strings of percent
(`"100.00"`), populations ints. No float anywhere.
"""

from __future__ import annotations

import datetime
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Sequence

from .. import _ctg
from .._errors import InvalidValueError
from .._json import (TWO_DECIMALS, deadlines, funding_parts, marks, money, parameter_reading,
                     part_amounts, percent, portfolio, ratio, source, text)

REPORT_FORMAT = "ctg.report/1"
#: Months ahead that the deadlines section looks at (an 18-month horizon covers the bilan of a
#: convention and the preparation of the next one).
DEADLINE_MONTHS = 18

_ONE = _ctg.RatioFormat(decimals=1, policy=_ctg.Rounding.half_away_from_zero)


# --- Value conversions (the shared ones are in ctg._json) ------------------------------------

def share(value: _ctg.Share) -> dict[str, Any]:
    """An evaluation share: cells achieved / cells counted, and its percent (1 decimal)."""
    shown = value.percent(_ONE)
    return {"part": value.part, "whole": value.whole,
            "percent": None if shown is None else shown.to_plain()}


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join("".join(c if c.isalnum() else " " for c in ascii_text.lower()).split())


def default_rulebook_ids() -> list[str]:
    """The rulebooks of a report when none is named: every built-in one, the national flat
    rate and the former CEJ average first (the comparison reads from left to right)."""
    first = [i for i in ("national-2020", "cej") if i in _ctg.builtin_rulebook_ids()]
    return first + [i for i in _ctg.builtin_rulebook_ids() if i not in first]


def default_detail(dataset: _ctg.Dataset, rulebooks: Sequence[_ctg.Rulebook]) -> str:
    """The rulebook detailed in the financing section when none is named.

    The department's own rule when one of the rulebooks is named after the department
    (`charente-2021` for Charente), else the first rulebook given.
    """
    department = _slug(dataset.department.name)
    for rules in rulebooks:
        if rules.id.startswith(department + "-"):
            return rules.id
    return rulebooks[0].id


# --- The report --------------------------------------------------------------------------------

@dataclass
class ReportParts:
    """The library's results behind the report, kept for the Markdown rendering."""

    dataset: _ctg.Dataset
    on: datetime.date
    language: _ctg.Language
    rulebooks: list[_ctg.Rulebook]
    detail: _ctg.Rulebook
    coverage: _ctg.CoverageReport
    volume: _ctg.CoordinationVolumeReport
    maximum: list[_ctg.PortfolioFinancing]
    declared: _ctg.PortfolioFinancing | None
    #: Why `declared` is None: no post declares an expense for the year of the report.
    declared_unavailable: _ctg.ErrorDetail | None
    gains: list[_ctg.PortfolioComparison]
    deadlines: _ctg.DeadlineReport
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def detailed_maximum(self) -> _ctg.PortfolioFinancing:
        """The maximum financing (at the ceiling) under the detailed rulebook."""
        return next(p for p in self.maximum if p.rulebook_id == self.detail.id)


def collect(dataset: _ctg.Dataset, *, on: datetime.date, rulebooks: Sequence[_ctg.Rulebook],
            language: _ctg.Language, detail: str | None = None) -> ReportParts:
    """Runs every analysis of the report and builds its `ctg.report/1` dict."""
    if not rulebooks:
        raise _invalid("value.empty", "rulebooks", "")
    ids = [rules.id for rules in rulebooks]
    if len(set(ids)) != len(ids):
        raise _invalid("value.duplicate", "rulebooks", ", ".join(ids))
    detail_id = detail or default_detail(dataset, rulebooks)
    if detail_id not in ids:
        raise _invalid("lookup.unknown", "detail", detail_id, known=", ".join(ids))
    detail_rules = rulebooks[ids.index(detail_id)]
    at_ceiling = _ctg.ExpenseBasis.at_ceiling
    maximum = [_ctg.finance_portfolio(dataset, rules, on, at_ceiling) for rules in rulebooks]
    declared, declared_unavailable = _declared(dataset, detail_rules, on)
    # The gain of leaving the CEJ: every other rulebook against the former CEJ average.
    gains = []
    if "cej" in ids:
        cej = maximum[ids.index("cej")]
        gains = [_ctg.compare_portfolios(cej, p) for p in maximum if p.rulebook_id != "cej"]
    parts_ = ReportParts(
        dataset=dataset, on=on, language=language, rulebooks=list(rulebooks),
        detail=detail_rules, coverage=_ctg.coverage(dataset, on),
        volume=_ctg.coordination_volume(dataset), maximum=maximum, declared=declared,
        declared_unavailable=declared_unavailable, gains=gains, deadlines=_ctg.deadlines(dataset, on, DEADLINE_MONTHS))
    parts_.data = _to_dict(parts_)
    return parts_


def _declared(dataset: _ctg.Dataset, rules: _ctg.Rulebook, on: datetime.date
              ) -> tuple[_ctg.PortfolioFinancing | None, _ctg.ErrorDetail | None]:
    """The financing of the expenses declared for the year of `on`, or why there is none.

    A report on a year without declared expenses (a future year, say) keeps its other sections:
    the library's refusal, which names the years that have expenses, becomes the section's note.
    """
    try:
        return _ctg.finance_portfolio(dataset, rules, on, _ctg.ExpenseBasis.declared), None
    except InvalidValueError as error:
        if error.detail is None or error.detail.field != "year":
            raise
        return None, error.detail


def _detail(detail: _ctg.ErrorDetail) -> dict[str, Any]:
    """A warning or error of the library as data: field, value, the English `expected`, and the
    message code with its parameters, from which a rendering words it in its language
    (`ctg._messages.describe_data(item, language)`)."""
    return {"field": detail.field, "value": detail.value, "expected": detail.expected,
            "code": detail.code, "params": dict(detail.params)}


def _invalid(code: str, field_: str, value: str, **params: str) -> InvalidValueError:
    """The library's error shape: message `code` about the field and the value found."""
    detail = _ctg.ErrorDetail.of(code, field_, value, params)
    return InvalidValueError(detail.to_string(), [detail])


def _to_dict(r: ReportParts) -> dict[str, Any]:
    d = r.dataset
    return {
        "format": REPORT_FORMAT,
        "generator": {"name": "ctg", "version": _ctg.__version__},
        "language": _ctg.to_string(r.language),
        "on": r.on.isoformat(),
        "dataset": _dataset(d),
        "rulebooks": [_rulebook(rules, rules.id == r.detail.id) for rules in r.rulebooks],
        "coverage": _coverage(d, r.coverage),
        "volume": _volume(r.volume),
        "financing": {
            "rulebook": r.detail.id,
            "maximum": portfolio(r.detailed_maximum),
            "declared_years": sorted({e.year for p in r.dataset.posts for e in p.expenses}),
            "declared": None if r.declared is None else portfolio(r.declared),
            "declared_unavailable": (None if r.declared_unavailable is None
                                     else _detail(r.declared_unavailable)),
        },
        "comparison": _comparison(r.maximum, r.gains),
        "deadlines": deadlines(r.deadlines),
        "evaluation": _evaluation(d, r.on),
        "sources": {
            "parameters": _parameter_sources(
                r.maximum + ([] if r.declared is None else [r.declared])),
            "data": _data_sources(d),
        },
    }


def _dataset(d: _ctg.Dataset) -> dict[str, Any]:
    return {
        "id": d.id,
        "label": text(d.label),
        "department": {"code": d.department.code, "name": d.department.name},
        "counts": {"epcis": len(d.epcis), "communes": d.total_communes,
                   "conventions": len(d.conventions), "posts": len(d.posts),
                   "referents": len(d.referents), "evaluations": len(d.evaluations)},
        "population": d.total_population,
        "contracted_fte": d.total_contracted_fte.to_string(),
        "warnings": [_detail(w) for w in d.warnings],
    }


def _rulebook(rules: _ctg.Rulebook, detailed: bool) -> dict[str, Any]:
    rule = rules.rule
    return {"id": rules.id, "label": text(rules.label),
            "kind": _ctg.to_string(rule.kind),
            "parts": funding_parts(rule.parts),
            "rounding": _ctg.to_string(rules.rounding_policy),
            "detailed": detailed}


def _coverage(d: _ctg.Dataset, c: _ctg.CoverageReport) -> dict[str, Any]:
    gap = c.gap_to_target()
    trajectory = []
    for milestone in _ctg.cog_2018_2022_trajectory():
        mid_year = datetime.date(milestone.year, 6, 30)
        at = _ctg.coverage(d, mid_year)
        at_gap = at.gap_to_target()
        trajectory.append({
            "year": milestone.year, "on": mid_year.isoformat(),
            "target_percent": milestone.target.to_decimal().scaleb(2).normalize().__format__("f"),
            "coverage_percent": percent(at.share), "gap_points": percent(at_gap),
            "marks": marks(at.marks)})
    return {
        "covered": c.covered, "population": c.total,
        "share": ratio(c.share), "percent": percent(c.share),
        "cog_target_percent": None if c.cog_target is None
        else c.cog_target.to_decimal().scaleb(2).normalize().__format__("f"),
        "gap_points": percent(gap), "meets_target": c.meets_target(),
        "marks": marks(c.marks),
        "cog_source": source(_ctg.cog_2018_2022_provenance()),
        "epcis": [{"siren": str(e.siren), "name": e.name,
                   "population": e.population.inhabitants,
                   "covered": e.covered_inhabitants, "status": _ctg.to_string(e.status),
                   "conventions": list(e.conventions), "marks": marks(e.marks)}
                  for e in c.epcis],
        "trajectory": trajectory,
    }


def _volume(v: _ctg.CoordinationVolumeReport) -> dict[str, Any]:
    spread = v.spread
    spread_dict = None
    if spread is not None:
        cv = spread.coefficient_of_variation_percent(TWO_DECIMALS)
        spread_dict = {
            "territories": spread.territories,
            "min": {"siren": str(spread.min.siren), "name": spread.min.name,
                    "inhabitants_per_fte": ratio(spread.min.inhabitants_per_fte)},
            "max": {"siren": str(spread.max.siren), "name": spread.max.name,
                    "inhabitants_per_fte": ratio(spread.max.inhabitants_per_fte)},
            "max_over_min": ratio(spread.max_over_min),
            "mean": ratio(spread.mean),
            "standard_deviation": spread.standard_deviation(TWO_DECIMALS).to_plain(),
            "coefficient_of_variation_percent": None if cv is None else cv.to_plain(),
        }
    return {
        "total_fte": v.total_fte.to_string(), "population": v.total_population,
        "communes": v.total_communes,
        "inhabitants_per_fte": ratio(v.inhabitants_per_fte),
        "fte_per_10000": ratio(v.fte_per_10000),
        "spread": spread_dict,
        "without_fte": list(v.without_fte),
        "marks": marks(v.marks),
        "epcis": [{"siren": str(e.siren), "name": e.name,
                   "population": e.population.inhabitants,
                   "population_year": e.population.reference_year,
                   "communes": e.commune_count,
                   "contracted_fte": e.contracted_fte.to_string(),
                   "posts": list(e.posts),
                   "inhabitants_per_fte": ratio(e.inhabitants_per_fte),
                   "fte_per_10000": ratio(e.fte_per_10000), "marks": marks(e.marks)}
                  for e in v.epcis],
    }


def _comparison(maximum: Sequence[_ctg.PortfolioFinancing],
                gains: Sequence[_ctg.PortfolioComparison]) -> dict[str, Any]:
    first = maximum[0]
    by_epci = []
    for i, row in enumerate(first.by_epci):
        by_epci.append({"siren": row.id, "name": row.label,
                        "contracted_fte": row.contracted_fte.to_string(),
                        "totals": {p.rulebook_id: money(p.by_epci[i].total) for p in maximum}})
    return {
        "basis": "at_ceiling",
        "rulebooks": [p.rulebook_id for p in maximum],
        "by_epci": by_epci,
        "totals": {p.rulebook_id: {"total": money(p.total.total),
                                    "parts": part_amounts(p.total.parts)}
                   for p in maximum},
        "contracted_fte": first.total.contracted_fte.to_string(),
        "gains": [{
            "from": g.from_rulebook, "to": g.to_rulebook,
            "total": money(g.total.delta), "per_fte": money(g.total.delta_per_fte),
            "by_epci": [{"siren": e.id, "name": e.label, "delta": money(e.delta),
                         "per_fte": money(e.delta_per_fte)} for e in g.by_epci],
            "not_compared": list(g.not_compared), "marks": marks(g.marks),
        } for g in gains],
    }


def evaluation_year(d: _ctg.Dataset, on: datetime.date) -> int | None:
    """The year whose evaluations the report rolls up: the latest one not after `on`'s year,
    else the first one of the dataset."""
    years = list(d.evaluation_years())
    if not years:
        return None
    earlier = [y for y in years if y <= on.year]
    return max(earlier) if earlier else years[0]


def post_label(d: _ctg.Dataset, post_id: str) -> str:
    """The pilot EPCI's name of a post, the readable row label of the report."""
    post = d.find_post(post_id)
    epci = None if post is None else d.find_epci(post.pilot_epci)
    return post_id if epci is None else epci.name


def _evaluation(d: _ctg.Dataset, on: datetime.date) -> dict[str, Any] | None:
    year = evaluation_year(d, on)
    if year is None:
        return None
    grid = _ctg.builtin_grid("charente-2021")
    ref = _ctg.builtin_referentiel(grid.referentiel_id)
    post_ids = [p.id for p in d.posts]
    rollup = _ctg.roll_up(d.evaluations, grid, year, post_ids)
    rows = []
    for row in rollup.rows:
        evaluation = d.find_evaluation(row.post_id, year, grid.id)
        rows.append({
            "post": row.post_id, "label": post_label(d, row.post_id),
            "evaluated": row.evaluated,
            "sections": [{"achieved": share(c.achieved), "completeness": share(c.completeness)}
                         for c in row.sections],
            "overall": share(row.overall), "completeness": share(row.completeness),
            "marks": [] if evaluation is None else [_ctg.to_string(evaluation.provenance.kind)],
        })
    trend = []
    if year - 1 in d.evaluation_years():
        for post in d.posts:
            before = d.find_evaluation(post.id, year - 1, grid.id)
            after = d.find_evaluation(post.id, year, grid.id)
            if before is None or after is None or before.grid_version != grid.version \
                    or after.grid_version != grid.version:
                continue
            c = _ctg.compare_years(before, after, grid)
            counts = {_ctg.to_string(t): c.count(t) for t in (_ctg.CellTrend.improved,
                                                     _ctg.CellTrend.regressed,
                                                     _ctg.CellTrend.unchanged)}
            trend.append({"post": post.id, "label": post_label(d, post.id),
                          "overall_before": share(c.overall_before),
                          "overall_after": share(c.overall_after),
                          **counts, "other": len(c.changes) - sum(counts.values())})
    not_assessed = []
    for post in d.posts:
        evaluation = d.find_evaluation(post.id, year, grid.id)
        if evaluation is None or evaluation.grid_version != grid.version:
            continue
        missing = _ctg.activities_not_assessed(ref, grid, evaluation)
        not_assessed.append({"post": post.id, "label": post_label(d, post.id),
                             "activities": [{"id": a, "label": _activity_label(ref, a)}
                                            for a in missing]})
    department_completeness = _ctg.Share()
    for s in rollup.department_completeness:
        department_completeness = department_completeness + s
    return {
        "year": year, "years": list(d.evaluation_years()),
        "grid": {"id": grid.id, "version": grid.version, "key": grid.key(),
                 "label": text(grid.label),
                 "scale": grid.scale.id, "achieved_from": grid.scale.achieved_from,
                 "marks": [_ctg.to_string(grid.provenance.kind),
                           _ctg.to_string(grid.scale.provenance.kind)]},
        "sections": [{"id": s.id, "title": text(s.title)}
                     for s in grid.sections],
        "rows": rows,
        "department": {"sections": [share(s) for s in rollup.department],
                       "overall": share(rollup.department_overall),
                       "completeness": share(department_completeness)},
        "trend": trend,
        "referentiel": {"id": ref.id, "activities": len(ref.activities)},
        "not_assessed": not_assessed,
        "without_section": list(_ctg.activities_without_section(ref, grid)),
    }


def _activity_label(ref: _ctg.Referentiel, activity_id: str) -> dict[str, str]:
    a = ref.find_activity(activity_id)
    return {"fr": activity_id, "en": activity_id} if a is None else text(a.label)


def _parameter_sources(portfolios: Sequence[_ctg.PortfolioFinancing]) -> list[dict[str, Any]]:
    seen = set()
    out = []
    for p in portfolios:
        for reading in p.parameters:
            key = (p.rulebook_id, reading.name, reading.segment_start)
            if key in seen:
                continue
            seen.add(key)
            out.append({"rulebook": p.rulebook_id, **parameter_reading(reading)})
    return out


def _data_sources(d: _ctg.Dataset) -> list[dict[str, Any]]:
    """Where the dataset's values come from: one line per kind of value and cited document,
    with the values it covers and the distinct locators inside the document."""
    grouped: dict[tuple[str, str, str, str], tuple[list[str], list[str]]] = {}

    def add(what: str, subject: str, provenance: _ctg.Provenance) -> None:
        s = source(provenance)
        subjects, locators = grouped.setdefault(
            (what, s["evidence"], s["document"], s["url"]), ([], []))
        subjects.append(subject)
        if s["locator"] and s["locator"] not in locators:
            locators.append(s["locator"])

    add("department", d.department.name, d.department.provenance)
    for e in d.epcis:
        add("epci", e.name, e.provenance)
        add("population", e.name, e.population.provenance)
    for c in d.conventions:
        add("convention", c.id, c.provenance)
        add("convention_term", c.id, c.term_provenance)
    for p in d.posts:
        add("post", p.id, p.provenance)
        add("contracted_fte", p.id, p.fte_provenance)
        for expense in p.expenses:
            add("expense", f"{p.id} {expense.year}", expense.provenance)
    for e in d.evaluations:
        add("evaluation", f"{e.post_id} {e.year}", e.provenance)
    return [{"what": what, "subjects": subjects, "evidence": evidence, "document": document,
             "locators": locators, "url": url}
            for (what, evidence, document, url), (subjects, locators) in grouped.items()]
