# SPDX-License-Identifier: MIT
"""`ctg finance`: the financing of every post of a dataset under one rulebook, or the
step-by-step explanation of one amount."""

from __future__ import annotations

import argparse
from typing import Any

from . import _catalogue, _ctg, _json
from ._cli_common import (
    Context,
    DataError,
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
    fte_md,
    fte_paid,
    fte_years_md,
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
from ._ctg import ExpenseBasis, Language, Money, PortfolioFinancing, PostFinancing


def add_finance(subparsers: Any, parents: list[argparse.ArgumentParser], lang: str) -> None:
    finance = add_command(subparsers, "finance", parents, lang)
    add_dataset_options(finance, lang)
    finance.add_argument(
        "--rulebook",
        metavar=help_text(lang, "metavar.id_or_file"),
        help=help_text(lang, "finance.rulebook"),
    )
    add_period_options(finance, lang)
    add_basis(finance, lang)
    finance.add_argument(
        "--explain",
        metavar=help_text(lang, "metavar.post"),
        help=help_text(lang, "finance.explain"),
    )
    add_format_option(finance, lang, ("md", "json", "csv"))
    add_output_option(finance, lang)
    finance.set_defaults(run=run_finance)


def add_basis(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument(
        "--basis",
        choices=["at_ceiling", "declared"],
        default="at_ceiling",
        help=help_text(lang, "option.basis"),
    )
    parser.add_argument(
        "--fte",
        choices=["contracted", "in_post"],
        default=None,
        help=help_text(lang, "option.fte"),
    )


# --- finance ------------------------------------------------------------------------------------


def run_finance(args: argparse.Namespace, ctx: Context) -> int:
    check_output_file(args.output)
    period = period_of(args)
    dataset = load_dataset(args)
    rules = load_rulebook(
        args.rulebook if args.rulebook is not None else default_rulebook_id(dataset)
    )
    ctx.dataset_warnings(dataset)
    portfolio = _ctg.finance_portfolio(
        dataset, rules, period, expense_basis(args.basis), fte_paid(args.fte)
    )
    for warning in portfolio.warnings:  # parameters read after their source's last date
        ctx.warn(warning)
    if args.explain is not None:
        content = _explain(portfolio, dataset, args.explain, args.format, ctx.language)
    elif args.format == "json":
        content = dump_json(portfolio_json(portfolio))
    elif args.format == "csv":
        content = _portfolio_csv(portfolio)
    else:
        content = _portfolio_md(portfolio, ctx.language)
    emit(ctx, content, args.output)
    return 0


def year_of(portfolio: PortfolioFinancing) -> int:
    return portfolio.reference.start.year


def basis_line(portfolio: PortfolioFinancing, language: Language) -> str:
    year = year_of(portfolio)
    if portfolio.basis == ExpenseBasis.at_ceiling:
        basis = words("cli.finance.basis_at_ceiling", language)
    else:
        basis = words("cli.finance.basis_declared", language, year=year)
    on = portfolio.parameters_on
    if on is None:
        when = words("cli.finance.cut_at_changes", language)
    else:
        when = words("cli.finance.parameters_on", language, on=date_md(on, language))
    paid = words(f"report.fte_paid.{portfolio.fte_paid.name}", language)
    return words("cli.finance.basis_line", language, basis=basis, when=when, paid=paid)


def _portfolio_md(portfolio: PortfolioFinancing, language: Language) -> str:
    declared = portfolio.basis == ExpenseBasis.declared
    parts = portfolio.parts
    header = [
        words("cli.post", language),
        words("cli.pilot_epci", language),
        words("cli.status", language),
        words("report.fte", language),
        words("report.fte_years_contracted", language),
        words("report.fte_years_held", language),
    ]
    if declared:
        header.append(words("report.md.declared_expense", language))
    header.append(words("report.md.aid", language))
    header += [part.label.text(language) for part in parts]
    header.append(words("report.marks", language))
    rows = []
    declared_sum = Money()
    for post in portfolio.posts:
        row = [
            f"`{post.post_id}`",
            post.epci_name,
            status_md(post.status, language),
            fte_md(post.contracted_fte, language),
            fte_years_md(post.contracted_fte_years, language),
            fte_years_md(post.held_fte_years, language),
        ]
        if declared:
            row.append(money_md(post.declared_expense, language))
            if post.declared_expense is not None:
                declared_sum = declared_sum + post.declared_expense
        row.append(money_md(post.total, language))
        row += [money_md(part_amount(post, part.id), language) for part in parts]
        row.append(post.marks.to_string())
        rows.append(row)
    total = portfolio.total
    row = [
        f"**{words('report.total', language)} {portfolio.department}**",
        "",
        "",
        fte_md(total.contracted_fte, language),
        fte_years_md(total.contracted_fte_years, language),
        fte_years_md(total.held_fte_years, language),
    ]
    if declared:
        row.append(money_md(declared_sum, language))
    row.append(money_md(total.total, language))
    row += [money_md(amount.amount, language) for amount in total.parts]
    row.append(total.marks.to_string())
    rows.append(row)
    title = words(
        "cli.finance.title",
        language,
        year=year_of(portfolio),
        rulebook=portfolio.rulebook_id,
        label=portfolio.rulebook_label.text(language),
    )
    body = table(header, rows, "lll" + "r" * (len(header) - 4) + "l")
    from .report._markdown import render_portfolio  # the report's own rendering

    detail = render_portfolio(
        _json.portfolio(portfolio), _json.text(portfolio.rulebook_label), _ctg.to_string(language)
    )
    return f"{title}\n\n{basis_line(portfolio, language)}\n\n{body}\n{detail}"


def part_amount(post: PostFinancing, part_id: str) -> Money:
    if post.result is None:
        return Money()
    found = post.result.part(part_id)
    return Money() if found is None else found.amount


def portfolio_json(portfolio: PortfolioFinancing) -> dict[str, Any]:
    """`ctg finance --format json`: the portfolio as the report shows it (ctg._json), with the
    dataset, the rulebook and the year around it."""
    return {
        "format": "ctg.cli.finance/1",
        "dataset": portfolio.dataset_id,
        "department": portfolio.department,
        "rulebook_label": _json.text(portfolio.rulebook_label),
        "rounding": _ctg.to_string(portfolio.policy),
        "year": year_of(portfolio),
        **_json.portfolio(portfolio),
    }


def _portfolio_csv(portfolio: PortfolioFinancing) -> str:
    header = [
        "post_id",
        "convention_id",
        "pilot_epci",
        "epci_name",
        "status",
        "contracted_fte",
        "contracted_fte_years",
        "held_fte_years",
        "financed_fte_years",
        "declared_expense",
        "total",
        *[part.id for part in portfolio.parts],
        "marks",
    ]
    rows = [
        [
            post.post_id,
            post.convention_id,
            str(post.pilot_epci),
            post.epci_name,
            _ctg.to_string(post.status),
            post.contracted_fte.to_string(),
            post.contracted_fte_years.to_fraction(),
            post.held_fte_years.to_fraction(),
            post.financed_fte_years.to_fraction(),
            _json.money(post.declared_expense),
            _json.money(post.total),
            *[_json.money(part_amount(post, part.id)) for part in portfolio.parts],
            "|".join(_json.marks(post.marks)),
        ]
        for post in portfolio.posts
    ]
    return to_csv(header, rows)


def _explain(
    portfolio: PortfolioFinancing,
    dataset: _ctg.Dataset,
    post_id: str,
    format: str,
    language: Language,
) -> str:
    post = portfolio.post(post_id)
    if post is None:
        known = ", ".join(p.id for p in dataset.posts)
        raise UsageError.got(
            "--explain", post_id, "post_of_dataset", dataset=dataset.id, known=known
        )
    if post.result is None:
        status = post.status.name
        raise DataError.worded_by(
            lambda lang: _catalogue.text(
                "cli.error.not_financed",
                lang,
                post=post_id,
                year=year_of(portfolio),
                rulebook=portfolio.rulebook_id,
                status=_catalogue.text(f"cli.post_status.{status}", lang),
            )
        )
    why = post.result.why
    if format == "json":
        content = post.result.to_json()
        return content if content.endswith("\n") else content + "\n"
    if format == "csv":
        return _explanation_csv(why, language)
    return why.to_text(language)


def _explanation_csv(why: _ctg.Explanation, language: Language) -> str:
    header = [
        "step",
        "kind",
        "id",
        "label",
        "formula",
        "value",
        "amount",
        "exact",
        "policy",
        "parameter",
        "segment_start",
        "segment_end",
        "evidence",
        "source",
    ]
    rows = []
    for index, step in enumerate(why):
        reading = step.parameter
        rows.append(
            [
                index,
                _ctg.to_string(step.kind),
                step.id,
                step.label.text(language),
                step.formula,
                step.value,
                _json.money(step.amount),
                step.exact,
                None if step.policy is None else _ctg.to_string(step.policy),
                None if reading is None else reading.name,
                None if reading is None else _json.iso(reading.segment_start),
                None if reading is None else _json.iso(reading.segment_end),
                None if reading is None else _ctg.to_string(reading.origin.kind),
                None if reading is None else reading.origin.cited.to_string(),
            ]
        )
    return to_csv(header, rows)
