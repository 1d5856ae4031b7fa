# SPDX-License-Identifier: MIT
"""`ctg compare`: the financing of a dataset under two rulebooks (a baseline, then the rulebook
compared with it), side by side per post, per EPCI, per funding part and in total, with what is
compared said in words: the kind of each rule and the expense basis."""

from __future__ import annotations

import argparse
from typing import Any

from . import _ctg, _json
from ._cli_common import (
    Context,
    UsageError,
    add_command,
    add_dataset_options,
    add_format_option,
    add_output_option,
    add_period_options,
    check_output_file,
    dump_json,
    emit,
    expense_basis,
    fte_md,
    fte_paid,
    help_text,
    load_dataset,
    load_rulebook,
    money_md,
    period_of,
    status_md,
    table,
    to_csv,
    words,
)
from ._cli_comparison import (
    by_epci_md,
    delta_json,
    part_columns,
    part_delta_json,
    part_deltas,
    posts_md,
)
from ._cli_finance import add_basis, basis_line, year_of
from ._ctg import (
    ExpenseBasis,
    FormulaKind,
    Language,
    PortfolioComparison,
    PortfolioFinancing,
    Rulebook,
)


def add_compare(subparsers: Any, parents: list[argparse.ArgumentParser], lang: str) -> None:
    compare = add_command(subparsers, "compare", parents, lang)
    add_dataset_options(compare, lang)
    compare.add_argument(
        "--rulebook",
        dest="rulebooks",
        action="append",
        default=[],
        metavar=help_text(lang, "metavar.id_or_file"),
        help=help_text(lang, "compare.rulebook"),
    )
    add_period_options(compare, lang)
    add_basis(compare, lang)
    add_format_option(compare, lang, ("md", "json", "csv"))
    add_output_option(compare, lang)
    compare.set_defaults(run=run_compare)


def run_compare(args: argparse.Namespace, ctx: Context) -> int:
    check_output_file(args.output)
    if len(args.rulebooks) != 2:
        raise UsageError("two_rulebooks", count=len(args.rulebooks))
    period = period_of(args)
    dataset = load_dataset(args)
    first, second = (load_rulebook(spec) for spec in args.rulebooks)
    ctx.dataset_warnings(dataset)
    basis = expense_basis(args.basis)
    baseline = _ctg.finance_portfolio(dataset, first, period, basis, fte_paid(args.fte))
    compared = _ctg.finance_portfolio(dataset, second, period, basis, fte_paid(args.fte))
    for warning in [*baseline.warnings, *compared.warnings]:
        ctx.warn(warning)
    comparison = _ctg.compare_portfolios(baseline, compared)
    if args.format == "json":
        content = dump_json(_compare_json(first, second, baseline, compared, comparison))
    elif args.format == "csv":
        content = _compare_csv(baseline, compared, comparison)
    else:
        content = _compare_md(first, second, baseline, compared, comparison, ctx.language)
    emit(ctx, content, args.output)
    return 0


# --- what is compared -------------------------------------------------------------------------


def _kind(rules: Rulebook, language: Language) -> str:
    """The report's name of the rule's kind: `forfait par ETP`, `part de la dépense, plafonnée`."""
    return words(f"report.kind.{rules.rule.kind.name}", language)


def _basis(portfolio: PortfolioFinancing, language: Language) -> str:
    year = year_of(portfolio)
    if portfolio.basis == ExpenseBasis.at_ceiling:
        return words("cli.compare.basis_at_ceiling", language, year=year)
    return words("cli.compare.basis_declared", language, year=year)


def _flat_against_maximum(first: Rulebook, second: Rulebook, basis: ExpenseBasis) -> bool:
    """A flat rate set against a share of the expense taken at the ceiling: a fixed (or
    average) amount per ETP against the most the other rule can pay."""
    kinds = {first.rule.kind, second.rule.kind}
    return basis == ExpenseBasis.at_ceiling and kinds == {
        FormulaKind.flat_per_fte,
        FormulaKind.share_of_expense,
    }


def _intro_md(
    first: Rulebook, second: Rulebook, baseline: PortfolioFinancing, language: Language
) -> str:
    title = words(
        "cli.compare.title",
        language,
        baseline=first.id,
        baseline_kind=_kind(first, language),
        compared=second.id,
        compared_kind=_kind(second, language),
        basis=_basis(baseline, language),
    )
    rulebooks = "\n".join(
        words(
            key,
            language,
            rulebook=rules.id,
            label=rules.label.text(language),
            kind=_kind(rules, language),
        )
        for key, rules in (("cli.compare.baseline", first), ("cli.compare.compared", second))
    )
    out = f"{title}\n\n{rulebooks}\n\n{basis_line(baseline, language)}\n"
    if _flat_against_maximum(first, second, baseline.basis):
        first_is_flat = first.rule.kind == FormulaKind.flat_per_fte
        flat, share = (first, second) if first_is_flat else (second, first)
        note = words("cli.compare.flat_against_maximum", language, flat=flat.id, share=share.id)
        out += f"\n{note}\n"
    return out


# --- Markdown ---------------------------------------------------------------------------------


def _not_compared_md(
    baseline: PortfolioFinancing,
    compared: PortfolioFinancing,
    comparison: PortfolioComparison,
    language: Language,
) -> str:
    """The posts financed under one rulebook only, with their status under each."""
    if not comparison.not_compared:
        return ""
    rows = []
    for post_id in comparison.not_compared:
        before, after = baseline.post(post_id), compared.post(post_id)
        rows.append(
            [
                f"`{post_id}`",
                before.epci_name,
                fte_md(before.contracted_fte, language),
                f"{status_md(before.status, language)} ({money_md(before.total, language)})",
                f"{status_md(after.status, language)} ({money_md(after.total, language)})",
            ]
        )
    header = [
        words("cli.post", language),
        words("cli.pilot_epci", language),
        words("report.fte", language),
        baseline.rulebook_id,
        compared.rulebook_id,
    ]
    intro = words("cli.compare.not_compared", language)
    return f"\n{intro}\n\n{table(header, rows, 'lllll')}\n"


def _compare_md(
    first: Rulebook,
    second: Rulebook,
    baseline: PortfolioFinancing,
    compared: PortfolioFinancing,
    comparison: PortfolioComparison,
    language: Language,
) -> str:
    return (
        f"{_intro_md(first, second, baseline, language)}\n"
        f"{posts_md(baseline, compared, comparison, language)}\n"
        f"{by_epci_md(comparison, language)}"
        f"{_not_compared_md(baseline, compared, comparison, language)}"
    )


# --- JSON and CSV -----------------------------------------------------------------------------


def _rulebook_json(rules: Rulebook, portfolio: PortfolioFinancing) -> dict[str, Any]:
    """A rulebook compared: what it is, and the warnings of the financing under it (e.g. a flat
    aid above a post's declared expense)."""
    return {
        "id": rules.id,
        "label": _json.text(rules.label),
        "kind": rules.rule.kind.name,
        "warnings": [_json.detail(warning) for warning in portfolio.warnings],
    }


def _compare_json(
    first: Rulebook,
    second: Rulebook,
    baseline: PortfolioFinancing,
    compared: PortfolioFinancing,
    comparison: PortfolioComparison,
) -> dict[str, Any]:
    """`ctg compare --format json` (format ctg.cli.compare/1): amounts as strings."""
    posts = []
    for before, after in zip(baseline.posts, compared.posts, strict=True):
        line = comparison.post(before.post_id)
        posts.append(
            {
                "post_id": before.post_id,
                "convention_id": before.convention_id,
                "pilot_epci": str(before.pilot_epci),
                "epci_name": before.epci_name,
                "contracted_fte": before.contracted_fte.to_string(),
                "in_comparison": line is not None,
                "baseline": {
                    "status": _ctg.to_string(before.status),
                    "aid": _json.money(before.total),
                },
                "compared": {
                    "status": _ctg.to_string(after.status),
                    "aid": _json.money(after.total),
                },
                "delta": None if line is None else _json.money(line.delta),
                "delta_per_fte": None if line is None else _json.money(line.delta_per_fte),
                "parts": [] if line is None else [_part_json(part) for part in line.parts],
            }
        )
    return {
        "format": "ctg.cli.compare/1",
        "dataset": baseline.dataset_id,
        "department": baseline.department,
        "year": year_of(baseline),
        "reference": _json.period(baseline.reference),
        "parameters_on": _json.iso(baseline.parameters_on),
        "basis": baseline.basis.name,
        "baseline": _rulebook_json(first, baseline),
        "compared": _rulebook_json(second, compared),
        "flat_rate_against_maximum": _flat_against_maximum(first, second, baseline.basis),
        "posts": posts,
        "by_epci": [_line_json(d) for d in comparison.by_epci],
        "total": _line_json(comparison.total),
        "not_compared": [
            {
                "post_id": post_id,
                "baseline_status": _ctg.to_string(baseline.post(post_id).status),
                "compared_status": _ctg.to_string(compared.post(post_id).status),
            }
            for post_id in comparison.not_compared
        ],
        "marks": _json.marks(comparison.marks),
    }


def _part_json(part: _ctg.PartDelta) -> dict[str, Any]:
    return part_delta_json(part, "baseline", "compared")


def _line_json(line: _ctg.FinancingDelta) -> dict[str, Any]:
    return {
        **delta_json(line, "baseline", "compared"),
        "parts": [_part_json(part) for part in line.parts],
    }


def _compare_csv(
    baseline: PortfolioFinancing, compared: PortfolioFinancing, comparison: PortfolioComparison
) -> str:
    """One row per post: the aid and status under each rulebook, the difference, per ETP and
    per funding part (empty for a post not compared)."""
    parts = part_columns(comparison)
    header = [
        "post_id",
        "convention_id",
        "pilot_epci",
        "epci_name",
        "contracted_fte",
        "baseline_status",
        "compared_status",
        "baseline",
        "compared",
        "delta",
        "delta_per_fte",
        *[f"delta_{part.id}" for part in parts],
    ]
    rows = []
    for before, after in zip(baseline.posts, compared.posts, strict=True):
        line = comparison.post(before.post_id)
        rows.append(
            [
                before.post_id,
                before.convention_id,
                str(before.pilot_epci),
                before.epci_name,
                before.contracted_fte.to_string(),
                _ctg.to_string(before.status),
                _ctg.to_string(after.status),
                _json.money(before.total),
                _json.money(after.total),
                None if line is None else _json.money(line.delta),
                None if line is None else _json.money(line.delta_per_fte),
                *[_json.money(delta) for delta in part_deltas(line, parts)],
            ]
        )
    return to_csv(header, rows)
