# SPDX-License-Identifier: MIT
"""The department report as data: every figure of `ctg report`, computed once by the C++ library.

`collect()` calls `build_department_report()` (include/ctg/analysis/department_report.hpp),
which runs every analysis and makes every choice of the report (the rulebook detailed, the gains'
baseline, the evaluation year and grid, the sources grouped), and serializes its result into the
JSON-ready dict of the versioned format `ctg.report/1` (docs/schemas/report.schema.json), from
which Markdown, HTML and CSV are rendered. The library's result objects stay available as
`Report.parts`.

Number conventions of the dict: amounts are strings of plain decimal euros (`"354000.00"`),
ETP strings (`"14.75"`), exact ratios `{"fraction": "1403436/59", "value": "23787.05"}` (value
rounded half away from zero to the decimals of the report), percentages strings of percent
(`"100.00"`), populations ints. No float anywhere.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence

from .. import _ctg
from .._json import (
    TWO_DECIMALS,
    deadlines,
    detail,
    funding_parts,
    iso,
    marks,
    method_origin,
    money,
    national_figures,
    parameter_reading,
    part_amounts,
    percent,
    portfolio,
    ratio,
    source,
    text,
)

# Annotations only: `typing` is not imported by the command (see ctg/_errors.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

REPORT_FORMAT = "ctg.report/1"
#: Months ahead that the deadlines section looks at (the library's default, 18 months: the bilan
#: of a convention and the preparation of the next one).
DEADLINE_MONTHS = _ctg.DEPARTMENT_REPORT_DEADLINE_MONTHS

_ONE = _ctg.RatioFormat(decimals=1, policy=_ctg.Rounding.half_away_from_zero)


# --- Value conversions (the shared ones are in ctg._json) ------------------------------------


def share(value: _ctg.Share) -> dict[str, Any]:
    """An evaluation share: cells achieved / cells counted, and its percent (1 decimal)."""
    shown = value.percent(_ONE)
    return {
        "part": value.part,
        "whole": value.whole,
        "percent": None if shown is None else shown.to_plain(),
    }


def _percent_of_rate(value: _ctg.Rate) -> str:
    """A rate as plain percent without trailing zeros (`75 %` → `"75"`)."""
    return value.to_decimal().scaleb(2).normalize().__format__("f")


def default_rulebooks(dataset: _ctg.Dataset) -> list[_ctg.Rulebook]:
    """The built-in rulebooks a report of `dataset` compares when none is named, in column
    order: the library's choice (`ctg.default_report_rulebooks`), the national rules then the
    department's own."""
    return [_ctg.builtin_rulebook(i) for i in _ctg.default_report_rulebooks(dataset)]


def default_detail(dataset: _ctg.Dataset, rulebooks: Sequence[_ctg.Rulebook]) -> str:
    """The rulebook detailed in the financing section when none is named: the library's
    default (`default_detailed_rulebook`), the dataset's own rulebook (its `rulebook` field)
    when among `rulebooks`, else the first rulebook given."""
    return _ctg.default_detailed_rulebook(dataset, list(rulebooks))


# --- The report --------------------------------------------------------------------------------


class ReportParts:
    """The library's results behind the report (`Report.parts`), and its data.

    A plain class with a dataclass's manners (keyword constructor, repr, equality field by
    field): `dataclasses` imports `inspect`, a tenth of `ctg report --format json`."""

    #: The fields, in the order of the constructor, the repr and the comparison.
    FIELDS = (
        "dataset",
        "on",
        "language",
        "rulebooks",
        "detail",
        "coverage",
        "volume",
        "maximum",
        "declared",
        "declared_unavailable",
        "gains",
        "deadlines",
        "report",
        "data",
    )
    __slots__ = FIELDS
    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value, as a dataclass

    def __init__(
        self,
        dataset: _ctg.Dataset,
        on: datetime.date,
        language: _ctg.Language,
        rulebooks: list[_ctg.Rulebook],
        detail: _ctg.Rulebook,
        coverage: _ctg.CoverageReport,
        volume: _ctg.CoordinationVolumeReport,
        maximum: list[_ctg.PortfolioFinancing],
        declared: _ctg.PortfolioFinancing | None,
        declared_unavailable: _ctg.ErrorDetail | None,
        gains: list[_ctg.PortfolioComparison],
        deadlines: _ctg.DeadlineReport,
        report: _ctg.DepartmentReport | None = None,
        data: dict[str, Any] | None = None,
    ) -> None:
        self.dataset = dataset
        self.on = on
        self.language = language
        self.rulebooks = rulebooks
        self.detail = detail
        self.coverage = coverage
        self.volume = volume
        self.maximum = maximum
        self.declared = declared
        #: Why `declared` is None: no post declares an expense for the year of the report.
        self.declared_unavailable = declared_unavailable
        self.gains = gains
        self.deadlines = deadlines
        #: The library's report, every figure above and the rest (evaluation, sources).
        self.report = report
        self.data: dict[str, Any] = {} if data is None else data

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.FIELDS)
        return f"{type(self).__qualname__}({fields})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return tuple(getattr(self, name) for name in self.FIELDS) == tuple(
            getattr(other, name) for name in self.FIELDS
        )

    @property
    def detailed_maximum(self) -> _ctg.PortfolioFinancing:
        """The maximum financing (at the ceiling) under the detailed rulebook."""
        return next(p for p in self.maximum if p.rulebook_id == self.detail.id)


def collect(
    dataset: _ctg.Dataset,
    *,
    on: datetime.date,
    rulebooks: Sequence[_ctg.Rulebook],
    language: _ctg.Language,
    detail: str | None = None,
) -> ReportParts:
    """Builds the library's department report and its `ctg.report/1` dict."""
    rulebooks = list(rulebooks)
    report = _ctg.build_department_report(dataset, on, rulebooks, detail=detail)
    financing = report.financing
    comparison = report.comparison
    detail_id = financing.rulebook_id
    parts_ = ReportParts(
        dataset=dataset,
        on=on,
        language=language,
        rulebooks=rulebooks,
        detail=next(rules for rules in rulebooks if rules.id == detail_id),
        coverage=report.coverage,
        volume=report.volume,
        maximum=list(report.maximum),
        declared=financing.declared,
        declared_unavailable=financing.declared_unavailable,
        gains=list(comparison.gains),
        deadlines=report.deadlines,
        report=report,
    )
    parts_.data = _to_dict(report, language, parts_.maximum, comparison)
    return parts_


def _to_dict(
    r: _ctg.DepartmentReport,
    language: _ctg.Language,
    maximum: list[_ctg.PortfolioFinancing],
    comparison: _ctg.ReportComparison,
) -> dict[str, Any]:
    financing = r.financing
    detailed = next(p for p in maximum if p.rulebook_id == financing.rulebook_id)
    unavailable = financing.declared_unavailable
    sources = r.sources
    return {
        "format": REPORT_FORMAT,
        "generator": {"name": "ctg", "version": _ctg.__version__},
        "language": _ctg.to_string(language),
        "on": r.on.isoformat(),
        "dataset": _dataset(r.dataset),
        "rulebooks": [_rulebook(rules) for rules in r.rulebooks],
        "coverage": _coverage(r.coverage, r.trajectory),
        "volume": _volume(r.volume),
        "financing": {
            "rulebook": financing.rulebook_id,
            "maximum": portfolio(detailed),
            "declared_years": list(financing.declared_years),
            "declared": None if financing.declared is None else portfolio(financing.declared),
            "declared_unavailable": None if unavailable is None else detail(unavailable),
        },
        "comparison": _comparison(comparison),
        "national_context": _national(r.national_context, r),
        "follow_up": _follow_up(r.follow_up),
        "deadlines": deadlines(r.deadlines),
        "evaluation": None if r.evaluation is None else _evaluation(r.evaluation),
        "evaluations_pending": {
            "count": r.evaluations_pending.count,
            "first_known_on": iso(r.evaluations_pending.first_known_on),
        },
        "sources": {
            "parameters": [
                {"rulebook": p.rulebook_id, **parameter_reading(p.reading)}
                for p in sources.parameters
            ],
            "methods": [
                {"rulebook": p.rulebook_id, **method_origin(m)}
                for p in r.maximum
                for m in p.methods
            ],
            "data": [
                {
                    "what": s.what,
                    "subjects": list(s.subjects),
                    "evidence": _ctg.to_string(s.kind),
                    "document": s.document,
                    "locators": list(s.locators),
                    "url": s.url,
                }
                for s in sources.data
            ],
        },
    }


def _dataset(d: _ctg.DatasetSummary) -> dict[str, Any]:
    counts = d.counts
    return {
        "id": d.id,
        "label": text(d.label),
        "department": {"code": d.department.code, "name": d.department.name},
        "counts": {
            "epcis": counts.epcis,
            "communes": counts.communes,
            "conventions": counts.conventions,
            "posts": counts.posts,
            "referents": counts.referents,
            "evaluations": counts.evaluations,
        },
        "population": d.population,
        "contracted_fte": d.contracted_fte.to_string(),
        "warnings": [detail(w) for w in d.warnings],
    }


def _rulebook(rules: _ctg.ReportRulebook) -> dict[str, Any]:
    return {
        "id": rules.id,
        "label": text(rules.label),
        "kind": _ctg.to_string(rules.rule.kind),
        "parts": funding_parts(rules.rule.parts),
        "rounding": _ctg.to_string(rules.policy),
        "detailed": rules.detailed,
    }


def _coverage(
    c: _ctg.CoverageReport, trajectory: Sequence[_ctg.CogTrajectoryPoint]
) -> dict[str, Any]:
    return {
        "covered": c.covered,
        "population": c.total,
        "share": ratio(c.share),
        "percent": percent(c.share),
        "cog_target_percent": None if c.cog_target is None else _percent_of_rate(c.cog_target),
        "gap_points": percent(c.gap_to_target()),
        "meets_target": c.meets_target(),
        "marks": marks(c.marks),
        "cog_source": source(_ctg.cog_2018_2022_provenance()),
        "population_years": {
            "in_force": c.population_year_in_force,
            "read": [
                {"year": y.reference_year, "epcis": y.epcis, "in_force": y.in_force}
                for y in c.population_years
            ],
            "epcis_not_in_force": c.epcis_without_population_in_force(),
        },
        "epcis": [
            {
                "siren": str(e.siren),
                "name": e.name,
                "population": e.population.inhabitants,
                "covered": e.covered_inhabitants,
                "status": _ctg.to_string(e.status),
                "conventions": list(e.conventions),
                "marks": marks(e.marks),
            }
            for e in c.epcis
        ],
        "trajectory": [
            {
                "year": point.year,
                "on": point.on.isoformat(),
                "target_percent": _percent_of_rate(point.target),
                "coverage_percent": percent(point.share),
                "gap_points": percent(point.gap),
                "marks": marks(point.marks),
            }
            for point in trajectory
        ],
    }


def _volume(v: _ctg.CoordinationVolumeReport) -> dict[str, Any]:
    spread = v.spread
    spread_dict = None
    if spread is not None:
        cv = spread.coefficient_of_variation_percent(TWO_DECIMALS)
        spread_dict = {
            "territories": spread.territories,
            "min": {
                "siren": str(spread.min.siren),
                "name": spread.min.name,
                "inhabitants_per_fte": ratio(spread.min.inhabitants_per_fte),
            },
            "max": {
                "siren": str(spread.max.siren),
                "name": spread.max.name,
                "inhabitants_per_fte": ratio(spread.max.inhabitants_per_fte),
            },
            "max_over_min": ratio(spread.max_over_min),
            "mean": ratio(spread.mean),
            "standard_deviation": spread.standard_deviation(TWO_DECIMALS).to_plain(),
            "coefficient_of_variation_percent": None if cv is None else cv.to_plain(),
        }
    return {
        "total_fte": v.total_fte.to_string(),
        "population": v.total_population,
        "communes": v.total_communes,
        "inhabitants_per_fte": ratio(v.inhabitants_per_fte),
        "fte_per_10000": ratio(v.fte_per_10000),
        "spread": spread_dict,
        "without_fte": list(v.without_fte),
        "marks": marks(v.marks),
        "epcis": [
            {
                "siren": str(e.siren),
                "name": e.name,
                "population": e.population.inhabitants,
                "population_year": e.population.reference_year,
                "communes": e.commune_count,
                "contracted_fte": e.contracted_fte.to_string(),
                "posts": list(e.posts),
                "inhabitants_per_fte": ratio(e.inhabitants_per_fte),
                "fte_per_10000": ratio(e.fte_per_10000),
                "marks": marks(e.marks),
            }
            for e in v.epcis
        ],
    }


def _comparison(c: _ctg.ReportComparison) -> dict[str, Any]:
    total = c.total
    return {
        "basis": "at_ceiling",
        "rulebooks": list(c.rulebooks),
        "by_epci": [
            {
                "siren": row.id,
                "name": row.label,
                "contracted_fte": row.contracted_fte.to_string(),
                "totals": {
                    rules: money(t.total)
                    for rules, t in zip(c.rulebooks, row.by_rulebook, strict=True)
                },
                "parts": {
                    rules: part_amounts(t.parts)
                    for rules, t in zip(c.rulebooks, row.by_rulebook, strict=True)
                },
                "marks": marks(_union(t.marks for t in row.by_rulebook)),
            }
            for row in c.by_epci
        ],
        "totals": {
            rules: {
                "total": money(t.total),
                "parts": part_amounts(t.parts),
                "marks": marks(t.marks),
            }
            for rules, t in zip(c.rulebooks, total.by_rulebook, strict=True)
        },
        "contracted_fte": total.contracted_fte.to_string(),
        "contracted_fte_years": {
            rules: ratio(t.contracted_fte_years)
            for rules, t in zip(c.rulebooks, total.by_rulebook, strict=True)
        },
        "in_post": {
            rules: {
                "total": money(t.total),
                "parts": part_amounts(t.parts),
                "fte_years": ratio(t.held_fte_years),
                "marks": marks(t.marks),
            }
            for rules, t in zip(c.rulebooks, total.in_post_by_rulebook, strict=True)
        },
        "gains": [_gain(g) for g in c.gains],
        "gains_in_post": [_gain(g) for g in c.gains_in_post],
    }


def _follow_up(f: _ctg.FollowUpReport) -> dict[str, Any]:
    """The Caf's follow-up of the coordinators in post on the date."""
    return {
        "coordinators": [
            {
                "post_id": c.post_id,
                "epci_name": c.epci_name,
                "coordinator_id": c.coordinator_id,
                "name": c.name,
                "share": c.share.to_string(),
                "in_post_since": c.in_post_since.isoformat(),
                "training_days": c.training_days,
                "network_days": c.network_days,
                "evaluated_year": c.evaluated_year,
                "marks": marks(c.marks),
            }
            for c in f.coordinators
        ],
        "without_training": f.without_training,
        "training_days": f.training_days,
        "network_days": f.network_days,
        "vacant_posts": list(f.vacant_posts),
        "warnings": [detail(w) for w in f.warnings],
    }


def _national(n: _ctg.NationalCoordinationFigures, r: _ctg.DepartmentReport) -> dict[str, Any]:
    """The source document's national figures, as cited, with the amount per ETP derived, and
    the flat amount per ETP of the comparison's baseline (the CEJ average) it is set beside."""
    return {
        "baseline": _baseline_amount(n, r),
        **national_figures(n),
        "amount_per_fte_marks": marks(_ctg.EvidenceMarks([n.amount_per_fte_origin().kind])),
    }


def _baseline_amount(
    n: _ctg.NationalCoordinationFigures, r: _ctg.DepartmentReport
) -> dict[str, Any] | None:
    """The amount per ETP the baseline rulebook read on the date, when it is a flat rate and
    differs from the national average: the rulebook, the amount, and whether the same document
    gives both."""
    baseline = r.comparison.baseline
    rule = next((b.rule for b in r.rulebooks if b.id == baseline), None)
    portfolio = next((p for p in r.maximum if p.rulebook_id == baseline), None)
    if rule is None or portfolio is None or rule.kind != _ctg.FormulaKind.flat_per_fte:
        return None
    reading = next((x for x in portfolio.parameters if x.name == rule.amount_per_fte), None)
    if reading is None or reading.value == n.amount_per_fte().to_plain():
        return None
    return {
        "rulebook": baseline,
        "amount_per_fte": reading.value,
        "same_document": reading.origin.cited.document == n.origin.cited.document,
    }


def _gain(g: _ctg.PortfolioComparison) -> dict[str, Any]:
    return {
        "from": g.from_rulebook,
        "to": g.to_rulebook,
        "total": money(g.total.delta),
        "per_fte": money(g.total.delta_per_fte),
        "fte_years": ratio(g.total.fte_years),
        "by_epci": [
            {
                "siren": e.id,
                "name": e.label,
                "delta": money(e.delta),
                "per_fte": money(e.delta_per_fte),
                "fte_years": ratio(e.fte_years),
            }
            for e in g.by_epci
        ],
        "not_compared": list(g.not_compared),
        "marks": marks(g.marks),
    }


def _union(all_marks: Iterable[_ctg.EvidenceMarks]) -> _ctg.EvidenceMarks:
    """The marks of a row that several rulebooks finance: every evidence any of them used."""
    union = _ctg.EvidenceMarks()
    for m in all_marks:
        union = union.add(m)
    return union


def _evaluation(e: _ctg.ReportEvaluation) -> dict[str, Any]:
    grid = _ctg.find_builtin_grid(e.grid_id, e.grid_version)
    rollup = e.rollup
    return {
        "year": e.year,
        "years": list(e.years),
        "grid": {
            "id": grid.id,
            "version": grid.version,
            "key": grid.key(),
            "label": text(grid.label),
            "scale": grid.scale.id,
            "achieved_from": grid.scale.achieved_from,
            "marks": [
                _ctg.to_string(grid.provenance.kind),
                _ctg.to_string(grid.scale.provenance.kind),
            ],
        },
        "sections": [{"id": s.id, "title": text(s.title)} for s in grid.sections],
        "rows": [
            {
                "post": row.rollup.post_id,
                "label": row.label,
                "evaluated": row.rollup.evaluated,
                "sections": [
                    {"achieved": share(c.achieved), "completeness": share(c.completeness)}
                    for c in row.rollup.sections
                ],
                "overall": share(row.rollup.overall),
                "completeness": share(row.rollup.completeness),
                "marks": [] if row.provenance is None else [_ctg.to_string(row.provenance)],
            }
            for row in e.rows
        ],
        "department": {
            "sections": [share(s) for s in rollup.department],
            "overall": share(rollup.department_overall),
            "completeness": share(e.department_completeness),
        },
        "trend": [
            {
                "post": t.post_id,
                "label": t.label,
                "overall_before": share(t.overall_before),
                "overall_after": share(t.overall_after),
                "improved": t.improved,
                "regressed": t.regressed,
                "unchanged": t.unchanged,
                "other": t.other,
            }
            for t in e.trend
        ],
        "referentiel": {"id": e.referentiel_id, "activities": e.referentiel_activities},
        "not_assessed": [
            {
                "post": n.post_id,
                "label": n.label,
                "activities": [{"id": a.id, "label": text(a.label)} for a in n.activities],
            }
            for n in e.not_assessed
        ],
        "without_section": list(e.without_section),
    }
