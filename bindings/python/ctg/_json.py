# SPDX-License-Identifier: MIT
"""JSON-ready views of the library's results, shared by `ctg report` and the `ctg` commands.

One shape per result, named as the library names its fields, so that a post's financing reads
the same in `ctg finance --format json` and in the report. No float anywhere: amounts are plain
decimal euros (`"96000.00"`), ETP plain decimals (`"2.5"`), exact ratios an object with their
irreducible fraction and their rounded value, marks the evidence names of every value used.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from . import _ctg

# Annotations only: `typing` is not imported by the command (see ctg/_errors.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

TWO_DECIMALS = _ctg.RatioFormat(decimals=2, policy=_ctg.Rounding.half_away_from_zero)


def money(value: _ctg.Money | None) -> str | None:
    return None if value is None else value.to_plain()


def iso(day: datetime.date | None) -> str | None:
    return None if day is None else day.isoformat()


def period(value: _ctg.Period | None) -> dict[str, str] | None:
    """A half-open period as its first and last days included."""
    if value is None:
        return None
    return {"start": value.start.isoformat(), "last_day": value.last_day.isoformat()}


def ratio(
    value: _ctg.ExactRatio | None, fmt: _ctg.RatioFormat = TWO_DECIMALS
) -> dict[str, str] | None:
    if value is None:
        return None
    return {"fraction": value.to_fraction(), "value": value.rounded(fmt).to_plain()}


def percent(value: _ctg.ExactRatio | None, fmt: _ctg.RatioFormat = TWO_DECIMALS) -> str | None:
    return None if value is None else value.percent(fmt).to_plain()


def marks(value: _ctg.EvidenceMarks) -> list[str]:
    return [_ctg.to_string(kind) for kind in value.kinds]


def text(value: _ctg.LocalizedText) -> dict[str, str]:
    return {"fr": value.fr, "en": value.en}


def source(provenance: _ctg.Provenance) -> dict[str, str]:
    """A provenance: its evidence, the cited source, and the derivation of a derived value or
    the reading a reading rejected (empty otherwise)."""
    cited = provenance.cited
    return {
        "evidence": _ctg.to_string(provenance.kind),
        "document": cited.document,
        "locator": cited.locator,
        "url": cited.url,
        "derivation": provenance.derivation,
        "alternative": provenance.alternative,
    }


def national_figures(n: _ctg.NationalCoordinationFigures) -> dict[str, Any]:
    """The source document's 2017 national figures, as cited, with the amount per ETP derived
    from them (the department report and the national view set them beside their own)."""
    return {
        "year": n.year,
        "total": money(n.total),
        "coordination_fte": n.coordination_fte.to_string(),
        "jeunesse_fte": n.jeunesse_fte.to_string(),
        **source(n.origin),
        "marks": marks(_ctg.EvidenceMarks([n.origin.kind])),
        "amount_per_fte": money(n.amount_per_fte()),
        "amount_per_fte_fraction": n.amount_per_fte_exact().to_fraction(),
        "amount_per_fte_derivation": n.amount_per_fte_origin().derivation,
    }


def part_amounts(amounts: Sequence[_ctg.PartAmount]) -> dict[str, str]:
    return {part.id: part.amount.to_plain() for part in amounts}


def funding_parts(parts: Sequence[_ctg.FundingPart]) -> list[dict[str, Any]]:
    return [{"id": part.id, "label": text(part.label)} for part in parts]


def financing_total(total: _ctg.FinancingTotal) -> dict[str, Any]:
    """A total per EPCI, per convention or for the department."""
    return {
        "id": total.id,
        "label": total.label,
        "contracted_fte": total.contracted_fte.to_string(),
        "contracted_fte_years": ratio(total.contracted_fte_years),
        "held_fte_years": ratio(total.held_fte_years),
        "financed_fte_years": ratio(total.financed_fte_years),
        "total": money(total.total),
        "parts": part_amounts(total.parts),
        "declared_expense": money(total.declared_expense),
        "financed": total.financed,
        "inactive": total.inactive,
        "missing_expense": total.missing,
        "marks": marks(total.marks),
    }


def post_financing(post: _ctg.PostFinancing) -> dict[str, Any]:
    return {
        "post_id": post.post_id,
        "convention_id": post.convention_id,
        "pilot_epci": str(post.pilot_epci),
        "epci_name": post.epci_name,
        "contracted_fte": post.contracted_fte.to_string(),
        "declared_expense": money(post.declared_expense),
        "active": period(post.active),
        "prorata": None if post.prorata is None else str(post.prorata),
        "contracted_fte_years": ratio(post.contracted_fte_years),
        "held_fte_years": ratio(post.held_fte_years),
        "financed_fte_years": ratio(post.financed_fte_years),
        "status": _ctg.to_string(post.status),
        "total": money(post.total),
        "parts": {} if post.result is None else part_amounts(post.result.parts),
        "marks": marks(post.marks),
    }


def parameter_reading(reading: _ctg.ParameterReading) -> dict[str, Any]:
    """A parameter segment a computation read, with its citation, the reading its start date
    rejected when the source gives none, the last date its source confirms it on, and its marks
    (its evidence, and `reading` when its start date is a reading)."""
    kinds = [reading.origin.kind]
    if reading.start_alternative:
        kinds.append(_ctg.Evidence.reading)
    return {
        "name": reading.name,
        "value": reading.value,
        "unit": _ctg.to_string(reading.unit),
        "from": iso(reading.segment_start),
        "until": iso(reading.segment_end),
        **source(reading.origin),
        "start_alternative": reading.start_alternative,
        "confirmed_on": iso(reading.confirmed_on),
        "marks": marks(_ctg.EvidenceMarks(kinds)),
    }


def detail(value: _ctg.ErrorDetail) -> dict[str, Any]:
    """A warning or error of the library as data: field, value, the English `expected`, and the
    message code with its parameters, from which a rendering words it in its language
    (`ctg._messages.describe_data(item, language)`)."""
    return {
        "field": value.field,
        "value": value.value,
        "expected": value.expected,
        "code": value.code,
        "params": dict(value.params),
    }


def portfolio(value: _ctg.PortfolioFinancing) -> dict[str, Any]:
    """The financing of a dataset under one rulebook: per post, EPCI, convention and total."""
    return {
        "rulebook": value.rulebook_id,
        "basis": value.basis.name,
        "fte_paid": value.fte_paid.name,
        "reference": period(value.reference),
        "parameters_on": iso(value.parameters_on),
        "terms_known_on": iso(value.terms_known_on),
        "parts": funding_parts(value.parts),
        "posts": [post_financing(post) for post in value.posts],
        "by_epci": [financing_total(t) for t in value.by_epci],
        "by_convention": [financing_total(t) for t in value.by_convention],
        "total": financing_total(value.total),
        "missing_expense": list(value.missing_expense()),
        "parameters": [parameter_reading(r) for r in value.parameters],
        "methods": [method_origin(m) for m in value.methods],
        "warnings": [detail(w) for w in value.warnings],
    }


def method_origin(method: _ctg.MethodOrigin) -> dict[str, Any]:
    """Where a method of the rulebook comes from (which ETP it pays, its prorata, its rounding):
    its value, citation, the reading it rejected and its marks."""
    return {
        "method": method.method,
        "value": method.value,
        **source(method.origin),
        "marks": marks(_ctg.EvidenceMarks([method.origin.kind])),
    }


def convention_deadline(deadline: _ctg.ConventionDeadline) -> dict[str, Any]:
    return {
        "convention_id": deadline.convention_id,
        "name": deadline.name,
        "referent_id": deadline.referent_id,
        "referent_name": deadline.referent_name,
        "start": iso(deadline.start),
        "initial_last_day": iso(deadline.initial_last_day),
        "last_day": iso(deadline.last_day),
        "days_remaining": deadline.days_remaining,
        "bilan_due": iso(deadline.bilan_due),
        "prolongations": [
            {
                "amendment_id": p.amendment_id,
                "signed_on": iso(p.signed_on),
                "new_last_day": iso(p.new_last_day),
                "object": p.object,
            }
            for p in deadline.prolongations
        ],
        "marks": marks(deadline.marks),
    }


def deadlines(report: _ctg.DeadlineReport) -> dict[str, Any]:
    following = report.next_after_horizon
    return {
        "months": report.months,
        "horizon": iso(report.horizon),
        "bilan_rule": {
            "months_before_end": report.bilan.months_before_end,
            **source(report.bilan.origin),
            "marks": marks(_ctg.EvidenceMarks([report.bilan.origin.kind])),
        },
        "upcoming": [convention_deadline(d) for d in report.upcoming],
        "next_after_horizon": None if following is None else convention_deadline(following),
        "prolonged": [convention_deadline(d) for d in report.prolonged],
        "by_referent": [
            {
                "referent_id": group.referent_id,
                "name": group.name,
                "conventions": [convention_deadline(d) for d in group.conventions],
            }
            for group in report.by_referent
        ],
    }
