# SPDX-License-Identifier: MIT
"""Notebook rendering: ``_repr_html_`` of results, explanations, conventions, grids and evaluations.

The tables are French (labels, dates ``30/06/2021``, amounts ``38 400,00 €`` written by the one
formatter, ``ctg._format``) and rendered by the
Jinja2 templates shipped in ``ctg/templates`` with autoescaping on, so a label holding markup is
shown as text. :func:`install` attaches the methods to the compiled classes (pybind11 classes are
heap types: setting an attribute on the class object works without ``py::dynamic_attr()``)."""

from __future__ import annotations

from functools import cache

from . import _ctg
from ._extras import requires

# `import ctg` imports this module to install the methods: what it needs only to render is
# imported when a table is drawn, and `typing` not at all (see ctg/_errors.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from collections.abc import Callable
    from typing import Any

    import jinja2

    from ._format import Formatter

_POLICY_FR = {
    "famille": "Politique familiale",
    "education": "Politique éducative",
    "social": "Politique sociale",
}


def template_environment(**options: Any) -> jinja2.Environment:
    """A Jinja2 environment over the package's templates/: autoescaped, strict about undefined
    names (a typo in a template is an error, not an empty cell); `options` override these
    settings (the Markdown templates turn autoescaping off). The templates compiled by an
    earlier process are loaded from ctg's cache folder (``ctg._template_cache``). Jinja2 is
    imported here, not by ``import ctg``."""
    with requires("html_rendering"):
        import jinja2

    from ._template_cache import bytecode_cache

    settings: dict[str, Any] = {
        "loader": jinja2.PackageLoader("ctg", "templates"),
        "autoescape": True,
        "trim_blocks": True,
        "lstrip_blocks": True,
        "undefined": jinja2.StrictUndefined,
        "bytecode_cache": bytecode_cache(),
    }
    return jinja2.Environment(**(settings | options))  # noqa: S701 (autoescape on by default)


@cache
def _environment() -> jinja2.Environment:
    env = template_environment()
    env.filters["euros"] = _euros
    env.filters["date_fr"] = _date
    env.filters["period_fr"] = _period
    env.filters["end_fr"] = _end
    return env


def _render(template: str, **context: Any) -> str:
    return _environment().get_template(template).render(**context)


def _french() -> Formatter:
    """The one formatter, in French (ctg._format)."""
    from ._format import formatter

    return formatter("fr")


def _euros(amount: _ctg.Money | None) -> str:
    return "" if amount is None else _french().money(amount)


def _date(day: datetime.date | None) -> str:
    return "" if day is None else _french().date(day)


def _end(end: datetime.date) -> str:
    """The last day before an excluded end."""
    import datetime

    return _date(end - datetime.timedelta(days=1))


def _period(period: _ctg.Period) -> str:
    """``du 01/01/2019 au 31/12/2022`` (the end of a Period is excluded)."""
    import datetime

    last = period.end - datetime.timedelta(days=1)
    return f"du {_date(period.start)} au {_date(last)}"


def _share(share: _ctg.Share) -> str:
    percent = share.percent()
    if percent is None:
        return "—"
    return f"{_french().percent(percent.to_plain())} ({share.part}/{share.whole})"


def _policy(policy: _ctg.Volet | None, grid: _ctg.Grid | None = None) -> str:
    if policy is None:
        return ""
    if grid is not None and grid.has_policy(policy):
        return grid.find_policy(policy).label.fr
    return _POLICY_FR.get(policy.name, policy.name)


def _source(reading: _ctg.ParameterReading | None) -> str:
    return "" if reading is None else reading.origin.cited.to_string()


def _step_value(step: _ctg.ExplanationStep) -> str:
    return _euros(step.amount) if step.amount is not None else step.value


def _answer_text(answer: _ctg.Answer, grid: _ctg.Grid | None) -> str:
    if answer.kind == _ctg.AnswerKind.yes_no:
        return "oui" if answer.yes else "non"
    if answer.kind == _ctg.AnswerKind.number:
        return _french().number(answer.value_text())
    if grid is not None:
        level = grid.scale.find(answer.level)
        if level is not None:
            return level.label.fr
    return answer.level


# --- the _repr_html_ methods ---------------------------------------------------------------
# ``self`` is annotated Any: pybind11-stubgen reads these annotations from the classes they are
# set on, and cannot resolve the names of this module.


def financing_result_html(self: Any) -> str:
    return _render("financing_result.html.j2", result=self)


def explanation_html(self: Any) -> str:
    rows = [
        {
            "label": s.label.fr,
            "value": _step_value(s),
            "formula": s.formula,
            "source": _source(s.parameter),
        }
        for s in self.steps
    ]
    return _render("explanation.html.j2", rows=rows)


def convention_html(self: Any) -> str:
    return _render(
        "convention.html.j2",
        convention=self,
        themes=", ".join(str(t) for t in self.themes),
        epcis=", ".join(str(s) for s in self.territories.epcis),
    )


def grid_html(self: Any) -> str:
    kinds = {
        _ctg.ItemKind.per_policy: "par politique (" + self.scale.accepted_codes() + ")",
        _ctg.ItemKind.yes_no: "oui / non",
        _ctg.ItemKind.number: "nombre",
    }
    sections = [
        {
            "id": s.id,
            "title": s.title.fr,
            "items": [
                {
                    "id": i.id,
                    "text": i.text.fr,
                    "kind": kinds[i.kind],
                    "unit": i.unit.fr,
                }
                for i in s.items
            ],
        }
        for s in self.sections
    ]
    return _render(
        "grid.html.j2",
        grid=self,
        sections=sections,
        policies=[p.label.fr for p in self.policies],
    )


def evaluation_html(self: Any) -> str:
    grid = _ctg.find_builtin_grid(self.grid_id, self.grid_version)
    policies: list[_ctg.Volet] = []
    for answer in self.answers:
        if answer.policy is not None and answer.policy not in policies:
            policies.append(answer.policy)
    rows: dict[str, dict[str, Any]] = {}
    for answer in self.answers:
        row = rows.setdefault(
            answer.item_id, {"id": answer.item_id, "text": "", "by_policy": {}, "single": ""}
        )
        text = _answer_text(answer, grid)
        if answer.policy is None:
            row["single"] = text
        else:
            row["by_policy"][answer.policy.name] = text
    if grid is not None:
        for item_id, row in rows.items():
            item = grid.find_item(item_id)
            if item is not None:
                row["text"] = item.text.fr
    comments = [{"id": c.item_id, "text": c.text} for c in self.comments]
    return _render(
        "evaluation.html.j2",
        evaluation=self,
        policies=[(p.name, _policy(p, grid)) for p in policies],
        rows=list(rows.values()),
        comments=comments,
    )


_METHODS: dict[str, Callable[..., str]] = {
    "FinancingResult": financing_result_html,
    "Explanation": explanation_html,
    "Convention": convention_html,
    "Grid": grid_html,
    "Evaluation": evaluation_html,
}


def install() -> None:
    """Sets ``_repr_html_`` on the compiled classes (called once by ``ctg/__init__.py``)."""
    for name, method in _METHODS.items():
        getattr(_ctg, name)._repr_html_ = method
