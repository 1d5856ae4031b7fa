# SPDX-License-Identifier: MIT
"""`ctg report` (the department report, built by ctg.report), `ctg deadlines` (conventions
coming to an end, prolongations, conventions per referent) and `ctg validate` (a dataset
checked, every error listed with its JSON path)."""

from __future__ import annotations

import argparse
from collections import Counter

from . import _ctg, _errors, _json, _messages
from ._cli_common import (
    DEFAULT_DATASET,
    Context,
    DataError,
    UsageError,
    add_command,
    add_dataset_options,
    add_force_option,
    add_format_option,
    add_output_option,
    check_new_output_file,
    check_output_dir,
    check_output_file,
    detail_json,
    dump_json,
    emit,
    fte_md,
    help_text,
    load_dataset,
    load_rulebook,
    parse_day,
    read_dataset_workbook,
    to_csv,
    words,
    write_directory,
    write_text_file,
)
from ._ctg import Language
from ._territories import territories, territory_years
from .report import build_report, default_rulebooks

# Annotations only: `typing` is not imported by the command (see ctg/_errors.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

#: The readers of the HTML report (`--audience`), French names first, then English aliases:
#: analysts get the full report, elected officials the synthèse of four printed pages.
AUDIENCES = {"analystes": "analystes", "elus": "elus", "analysts": "analystes", "officials": "elus"}


#: The longest horizon and bilan lead of `ctg deadlines`, in months: a hundred years, beyond
#: any convention (and before the library's dates run out of years).
MAX_MONTHS = 1200


def add_report(subparsers: Any, parents: list[argparse.ArgumentParser], lang: str) -> None:
    report = add_command(subparsers, "report", parents, lang)
    add_dataset_options(report, lang)
    report.add_argument(
        "--on", metavar=help_text(lang, "metavar.date"), help=help_text(lang, "report.on")
    )
    report.add_argument(
        "--rulebook",
        action="append",
        default=[],
        metavar=help_text(lang, "metavar.id_or_file"),
        help=help_text(lang, "report.rulebook"),
    )
    report.add_argument(
        "--detail", metavar=help_text(lang, "metavar.id"), help=help_text(lang, "report.detail")
    )
    add_format_option(report, lang, ("md", "html", "json", "csv"))
    report.add_argument(
        "-o",
        "--output",
        metavar=help_text(lang, "metavar.file_or_dir"),
        help=help_text(lang, "report.output"),
    )
    report.add_argument(
        "--table", metavar=help_text(lang, "metavar.name"), help=help_text(lang, "report.table")
    )
    report.add_argument(
        "--html", metavar=help_text(lang, "metavar.file"), help=help_text(lang, "report.html")
    )
    add_force_option(report, lang)
    report.add_argument(
        "--audience",
        choices=list(AUDIENCES),
        default="analystes",
        help=help_text(lang, "report.audience"),
    )
    report.set_defaults(run=run_report)


def add_deadlines(subparsers: Any, parents: list[argparse.ArgumentParser], lang: str) -> None:
    deadlines = add_command(subparsers, "deadlines", parents, lang)
    add_dataset_options(deadlines, lang)
    deadlines.add_argument(
        "--on", metavar=help_text(lang, "metavar.date"), help=help_text(lang, "deadlines.on")
    )
    deadlines.add_argument(
        "--months",
        type=int,
        default=18,
        metavar="N",
        help=help_text(lang, "deadlines.months", most=MAX_MONTHS),
    )
    deadlines.add_argument(
        "--bilan-months",
        type=int,
        default=0,
        metavar="N",
        help=help_text(lang, "deadlines.bilan_months", most=MAX_MONTHS),
    )
    add_format_option(deadlines, lang, ("md", "json", "csv"))
    add_output_option(deadlines, lang)
    deadlines.set_defaults(run=run_deadlines)


def add_import(subparsers: Any, parents: list[argparse.ArgumentParser], lang: str) -> None:
    command = add_command(subparsers, "import", parents, lang)
    command.add_argument(
        "file", metavar=help_text(lang, "metavar.file"), help=help_text(lang, "import.file")
    )
    add_output_option(command, lang)
    command.set_defaults(run=run_import)


def add_validate(subparsers: Any, parents: list[argparse.ArgumentParser], lang: str) -> None:
    datasets = ", ".join(_ctg.builtin_dataset_ids())
    validate = add_command(subparsers, "validate", parents, lang, datasets=datasets)
    add_dataset_options(validate, lang)
    add_format_option(validate, lang, ("md", "json"))
    add_output_option(validate, lang)
    validate.set_defaults(run=run_validate)


# --- report -------------------------------------------------------------------------------------


def run_report(args: argparse.Namespace, ctx: Context) -> int:
    every_table = args.format == "csv" and args.table is None
    if args.table is not None and args.format != "csv":
        raise UsageError.got("--table", args.table, "table_with_csv")
    if every_table:
        if args.output is None:
            raise UsageError("csv_table_or_directory")
        check_output_dir(args.output)
    else:
        check_output_file(args.output)
    check_output_file(args.html, "--html")
    officials = AUDIENCES[args.audience] == "elus"
    if officials and args.format != "html" and args.html is None:
        raise UsageError.got("--audience", args.audience, "audience_with_html")
    on = parse_day(args.on)
    dataset = load_dataset(args)
    rulebooks = (
        [load_rulebook(spec) for spec in args.rulebook]
        if args.rulebook
        else default_rulebooks(dataset)
    )
    ids = [rules.id for rules in rulebooks]
    if args.detail is not None and args.detail not in ids:
        raise UsageError.got("--detail", args.detail, "report_rulebook", known=", ".join(ids))
    ctx.dataset_warnings(dataset)
    report = build_report(
        dataset, on=on, rulebooks=rulebooks, language=ctx.language, detail=args.detail
    )
    html = report.to_synthese if officials else report.to_html
    if args.html is not None:
        write_text_file(args.html, html(), "--html")
        ctx.written(args.html)
    if args.format == "csv":
        tables: dict[str, str] = report.csv_tables()
        if args.table is not None:
            if args.table not in tables:
                raise UsageError.got("--table", args.table, "table", known=", ".join(tables))
            emit(ctx, tables[args.table], args.output)
        else:
            from pathlib import Path

            directory = Path(args.output)
            files = {f"{name}.csv": content for name, content in tables.items()}
            write_directory(directory, files)  # all the tables or none
            for name in files:
                ctx.written(directory / name)
        return 0
    if args.format == "html":
        content = html()
    elif args.format == "json":
        content = report.to_json()
    else:
        content = report.to_markdown()
    emit(ctx, content, args.output)
    return 0


# --- deadlines ----------------------------------------------------------------------------------


def run_deadlines(args: argparse.Namespace, ctx: Context) -> int:
    for option, months in (("--months", args.months), ("--bilan-months", args.bilan_months)):
        if not 0 <= months <= MAX_MONTHS:
            raise UsageError.got(option, months, "months", most=MAX_MONTHS)
    check_output_file(args.output)
    on = parse_day(args.on)
    dataset = load_dataset(args)
    ctx.dataset_warnings(dataset)
    bilan = _ctg.default_bilan_rule()
    if args.bilan_months:  # the user's own rule: no source, no reading of ctg
        bilan = _ctg.BilanRule(
            months_before_end=args.bilan_months,
            origin=_ctg.Provenance(kind=_ctg.Evidence.scenario),
        )
    report = _ctg.deadlines(dataset, on, args.months, bilan)
    if args.format == "json":
        content = dump_json(_deadlines_json(report))
    elif args.format == "csv":
        content = _deadlines_csv(report)
    else:
        from .report._markdown import render_deadlines  # the report's own rendering

        content = render_deadlines(
            _json.deadlines(report), on.isoformat(), _ctg.to_string(ctx.language)
        )
    emit(ctx, content, args.output)
    return 0


def _deadlines_json(report: _ctg.DeadlineReport) -> dict[str, Any]:
    return {
        "format": "ctg.cli.deadlines/1",
        "dataset": report.dataset_id,
        "on": _json.iso(report.on),
        **_json.deadlines(report),
    }


def _deadlines_csv(report: _ctg.DeadlineReport) -> str:
    """One row per convention, in the order of the referents' portfolios."""
    upcoming = {d.convention_id for d in report.upcoming}
    header = [
        "convention_id",
        "name",
        "referent_id",
        "referent_name",
        "start",
        "initial_last_day",
        "last_day",
        "days_remaining",
        "bilan_due",
        "prolonged",
        "within_horizon",
        "marks",
    ]
    rows = [
        [
            d.convention_id,
            d.name,
            d.referent_id,
            d.referent_name,
            _json.iso(d.start),
            _json.iso(d.initial_last_day),
            _json.iso(d.last_day),
            d.days_remaining,
            _json.iso(d.bilan_due),
            "yes" if d.prolongations else "no",
            "yes" if d.convention_id in upcoming else "no",
            "|".join(_json.marks(d.marks)),
        ]
        for group in report.by_referent
        for d in group.conventions
    ]
    return to_csv(header, rows)


# --- import -------------------------------------------------------------------------------------


def run_import(args: argparse.Namespace, ctx: Context) -> int:
    """The dataset workbook `FILE` read (every error located by sheet and cell), its JSON
    written to -o; an existing file is replaced only with --force."""
    output = None if args.output in (None, "-") else args.output
    check_new_output_file(output)
    loaded = read_dataset_workbook(args.file, "FILE")
    for warning in loaded.warnings:
        ctx.warn(warning)
    emit(ctx, _ctg.dataset_to_json(loaded.dataset), output)
    return 0


# --- validate -----------------------------------------------------------------------------------


def _group(number: int, language: Language) -> str:
    grouped = f"{number:,}"
    return grouped.replace(",", " ") if language == Language.fr else grouped


def _counts(dataset: _ctg.Dataset) -> dict[str, Any]:
    return {
        "epcis": len(dataset.epcis),
        "communes": dataset.total_communes,
        "population": dataset.total_population,
        "conventions": len(dataset.conventions),
        "posts": len(dataset.posts),
        "contracted_fte": dataset.total_contracted_fte.to_string(),
        "evaluations": len(dataset.evaluations),
        "referents": len(dataset.referents),
    }


def official_comparison(dataset: _ctg.Dataset) -> tuple[_ctg.TerritoryCatalogue, list[Any]]:
    """The catalogue year whose EPCI populations are of the millésime most of the dataset's
    EPCI give (the latest year on a tie; the latest year when none matches), and the
    differences the library finds between the dataset's EPCI and it."""
    counts = Counter(e.population.reference_year for e in dataset.epcis)
    years = territory_years()
    chosen = None
    for millesime, _ in sorted(counts.items(), key=lambda kv: (kv[1], kv[0]), reverse=True):
        # The DGCL list of year N gives the populations of millésime N − 3.
        for year in sorted(years, key=lambda y: (y != millesime + 3, -y)):
            if territories(year).epci_population_year == millesime:
                chosen = territories(year)
                break
        if chosen is not None:
            break
    catalogue = chosen or territories(years[-1])
    return catalogue, list(_ctg.compare_with_catalogue(dataset.epcis, catalogue))


def run_validate(args: argparse.Namespace, ctx: Context) -> int:
    check_output_file(args.output)
    origin = args.input if args.input is not None else (args.dataset or DEFAULT_DATASET)
    language = ctx.language
    try:
        dataset = load_dataset(args)
    except _errors.ValidationError as error:
        details = list(error.details)
        if args.format == "json":
            content = dump_json(
                {
                    "format": "ctg.cli.validate/1",
                    "origin": origin,
                    "valid": False,
                    "errors": [detail_json(d, language) for d in details],
                }
            )
        else:
            head = words("cli.validate.invalid", language, origin=origin, count=len(details))
            lines = _messages.describe_all(details, language)
            content = head + "\n\n" + "".join(f"- {line}\n" for line in lines)
        emit(ctx, content, args.output)
        message = str(error)
        raise DataError.worded_by(lambda lang: _messages.headline(message, lang)) from None
    for warning in dataset.warnings:
        ctx.warn(warning)
    catalogue, differences = official_comparison(dataset)
    for difference in differences:
        ctx.warn(difference)
    counts = _counts(dataset)
    official = words(
        "cli.validate.official",
        language,
        year=catalogue.year,
        package=f"{catalogue.package} {catalogue.version}",
        millesime=catalogue.epci_population_year,
        count=len(differences),
    )
    if args.format == "json":
        content = dump_json(
            {
                "format": "ctg.cli.validate/1",
                "origin": origin,
                "valid": True,
                "dataset": dataset.id,
                "counts": counts,
                "warnings": [detail_json(w, language) for w in dataset.warnings],
                "territories": {
                    "year": catalogue.year,
                    "package": catalogue.package,
                    "version": catalogue.version,
                    "epci_population_year": catalogue.epci_population_year,
                    "differences": [detail_json(d, language) for d in differences],
                },
            }
        )
    else:
        fte = fte_md(dataset.total_contracted_fte, language)
        warnings = len(dataset.warnings)
        if language == Language.fr:
            content = (
                f"valide : jeu de données `{dataset.id}` ({args.input or 'intégré'}) : "
                f"{counts['epcis']} EPCI, "
                f"{_group(counts['communes'], language)} communes, "
                f"{_group(counts['population'], language)} habitants, {counts['conventions']} "
                f"conventions, {counts['posts']} postes ({fte} ETP), {counts['evaluations']} "
                f"évaluations ; {warnings} avertissement(s)\n"
            )
        else:
            content = (
                f"valid: dataset `{dataset.id}` ({args.input or 'built in'}): "
                f"{counts['epcis']} EPCI, "
                f"{_group(counts['communes'], language)} communes, "
                f"{_group(counts['population'], language)} inhabitants, {counts['conventions']} "
                f"conventions, {counts['posts']} posts ({fte} FTE), {counts['evaluations']} "
                f"evaluations; {warnings} warning(s)\n"
            )
        content += official + "\n"
    emit(ctx, content, args.output)
    return 0
