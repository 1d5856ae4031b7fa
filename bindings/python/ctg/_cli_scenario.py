# SPDX-License-Identifier: MIT
"""`ctg scenario`: the financing of a dataset under a rulebook with overridden parameters,
against the baseline rulebook, per post and in total."""

from __future__ import annotations

import argparse
from typing import Any

from . import _ctg, _errors, _json, _messages
from ._cli_common import (
    Context,
    UsageError,
    add_command,
    add_dataset_options,
    add_format_option,
    add_output_option,
    add_period_options,
    check_output_file,
    date_md,
    default_rulebook_id,
    dump_json,
    emit,
    expense_basis,
    fte_paid,
    help_text,
    load_dataset,
    load_rulebook,
    period_of,
    to_csv,
    words,
)
from ._cli_comparison import by_epci_md, delta_json, part_columns, part_deltas, posts_md
from ._cli_finance import add_basis, basis_line, part_amount, year_of
from ._ctg import Language, PortfolioFinancing


def add_scenario(subparsers: Any, parents: list[argparse.ArgumentParser], lang: str) -> None:
    scenario = add_command(subparsers, "scenario", parents, lang)
    scenario.add_argument(
        "--rulebook",
        metavar=help_text(lang, "metavar.id_or_file"),
        help=help_text(lang, "scenario.rulebook"),
    )
    scenario.add_argument(
        "--set",
        dest="overrides",
        action="append",
        default=[],
        metavar=help_text(lang, "metavar.override"),
        help=help_text(lang, "scenario.set"),
    )
    scenario.add_argument(
        "--name",
        default="scenario",
        metavar=help_text(lang, "metavar.name"),
        help=help_text(lang, "scenario.name"),
    )
    add_dataset_options(scenario, lang)
    add_period_options(scenario, lang)
    add_basis(scenario, lang)
    add_format_option(scenario, lang, ("md", "json", "csv"))
    add_output_option(scenario, lang)
    scenario.set_defaults(run=run_scenario)


def run_scenario(args: argparse.Namespace, ctx: Context) -> int:
    check_output_file(args.output)
    if not args.overrides:
        raise UsageError("set_needed")
    overrides = [_parse_override(text_) for text_ in args.overrides]
    period = period_of(args)
    dataset = load_dataset(args)
    base = load_rulebook(
        args.rulebook if args.rulebook is not None else default_rulebook_id(dataset)
    )
    try:
        scenario = _ctg.apply_scenario(base, args.name, overrides)
    except _errors.ValidationError as error:
        invalid, specs = error, list(args.overrides)
        raise UsageError.worded_by(lambda lang: _override_errors(invalid, specs, lang)) from None
    ctx.dataset_warnings(dataset)
    basis = expense_basis(args.basis)
    baseline = _ctg.finance_portfolio(dataset, base, period, basis, fte_paid(args.fte))
    changed = _ctg.finance_portfolio(dataset, scenario, period, basis, fte_paid(args.fte))
    comparison = _ctg.compare_portfolios(baseline, changed)
    if args.format == "json":
        content = dump_json(_scenario_json(baseline, changed, comparison, args.name, overrides))
    elif args.format == "csv":
        content = _scenario_csv(baseline, changed, comparison)
    else:
        content = _scenario_md(baseline, changed, comparison, overrides, ctx.language)
    emit(ctx, content, args.output)
    return 0


def _parse_override(spec: str) -> _ctg.ParameterOverride:
    try:
        return _ctg.parse_override(spec)
    except _errors.InvalidValueError as error:
        detail = error.detail
        if detail is None:
            message = str(error)
            raise UsageError.worded_by(
                lambda lang: _messages.line("--set", spec, message, lang)
            ) from None
        raise UsageError.worded_by(
            lambda lang: _messages.describe_data(
                {**_messages.as_json(detail, lang), "field": "--set", "value": spec}, lang
            )
        ) from None


def _override_errors(error: _errors.ValidationError, specs: list[str], language: str) -> str:
    """One line per bad override, naming the --set as typed, the parameter or value, and what
    was expected."""
    lines = []
    for detail in error.details:
        field = detail.field
        where = "--name" if field == "name" else "--set"
        if field.startswith("overrides["):
            index_text, _, rest = field[len("overrides[") :].partition("]")
            if index_text.isdigit() and int(index_text) < len(specs):
                where = f"--set {specs[int(index_text)]}"
            field = rest.lstrip(".") or "override"
        item = {**_messages.as_json(detail, language), "field": f"{where}: {field}"}
        lines.append(_messages.describe_data(item, language))
    return "\n".join(lines) or str(error)


def _override_md(override: _ctg.ParameterOverride, language: Language) -> str:
    if override.from_date is None:
        since = words("cli.scenario.whole_timeline", language)
    else:
        since = words("cli.scenario.from", language, on=date_md(override.from_date, language))
    return f"- `{override.parameter}` = {override.value} {since}"


def _scenario_md(
    baseline: PortfolioFinancing,
    changed: PortfolioFinancing,
    comparison: _ctg.PortfolioComparison,
    overrides: list[_ctg.ParameterOverride],
    language: Language,
) -> str:
    title = words(
        "cli.scenario.title", language, rulebook=changed.rulebook_id, year=year_of(changed)
    )
    changes = words("cli.scenario.changes", language, rulebook=baseline.rulebook_id)
    lines = "\n".join(_override_md(o, language) for o in overrides)
    out = (
        f"{title}\n\n{changes}\n\n{lines}\n\n"
        f"{basis_line(baseline, language)}\n\n"
        f"{posts_md(baseline, changed, comparison, language)}\n"
        f"{by_epci_md(comparison, language)}"
    )
    if comparison.not_compared:
        posts = ", ".join(comparison.not_compared)
        out += "\n" + words("report.comparison.not_compared", language, posts=posts) + "\n"
    return out


def _scenario_json(
    baseline: PortfolioFinancing,
    changed: PortfolioFinancing,
    comparison: _ctg.PortfolioComparison,
    name: str,
    overrides: list[_ctg.ParameterOverride],
) -> dict[str, Any]:
    posts = []
    for before, after in zip(baseline.posts, changed.posts, strict=True):
        line = comparison.post(before.post_id)
        parts = {part.id: part for part in line.parts} if line is not None else {}
        posts.append(
            {
                "post_id": before.post_id,
                "convention_id": before.convention_id,
                "pilot_epci": str(before.pilot_epci),
                "epci_name": before.epci_name,
                "status": _ctg.to_string(after.status),
                "contracted_fte": before.contracted_fte.to_string(),
                "baseline": _json.money(before.total),
                "scenario": _json.money(after.total),
                "delta": None if line is None else _json.money(line.delta),
                "parts": [
                    {
                        "id": part.id,
                        "baseline": _json.money(part_amount(before, part.id)),
                        "scenario": _json.money(part_amount(after, part.id)),
                        "delta": _json.money(parts[part.id].delta) if part.id in parts else None,
                    }
                    for part in changed.parts
                ],
            }
        )
    return {
        "format": "ctg.cli.scenario/1",
        "dataset": baseline.dataset_id,
        "department": baseline.department,
        "year": year_of(baseline),
        "reference": _json.period(baseline.reference),
        "parameters_on": _json.iso(baseline.parameters_on),
        "basis": baseline.basis.name,
        "baseline": {"id": baseline.rulebook_id},
        "scenario": {
            "id": changed.rulebook_id,
            "name": name,
            "overrides": [
                {"parameter": o.parameter, "value": o.value, "from": _json.iso(o.from_date)}
                for o in overrides
            ],
        },
        "posts": posts,
        "by_epci": [delta_json(d, "baseline", "scenario") for d in comparison.by_epci],
        "total": delta_json(comparison.total, "baseline", "scenario"),
        "not_compared": list(comparison.not_compared),
    }


def _scenario_csv(
    baseline: PortfolioFinancing,
    changed: PortfolioFinancing,
    comparison: _ctg.PortfolioComparison,
) -> str:
    parts = part_columns(comparison)
    header = [
        "post_id",
        "convention_id",
        "pilot_epci",
        "epci_name",
        "status",
        "contracted_fte",
        "baseline",
        "scenario",
        "delta",
        *[f"delta_{part.id}" for part in parts],
    ]
    rows = []
    for before, after in zip(baseline.posts, changed.posts, strict=True):
        line = comparison.post(before.post_id)
        rows.append(
            [
                before.post_id,
                before.convention_id,
                str(before.pilot_epci),
                before.epci_name,
                _ctg.to_string(after.status),
                before.contracted_fte.to_string(),
                _json.money(before.total),
                _json.money(after.total),
                _json.money(None if line is None else line.delta),
                *[_json.money(delta) for delta in part_deltas(line, parts)],
            ]
        )
    return to_csv(header, rows)
