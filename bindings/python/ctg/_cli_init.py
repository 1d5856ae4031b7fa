# SPDX-License-Identifier: MIT
"""``ctg init``: a department's dataset started from the official territorial catalogue of a
year (``ctg.territories``), with the posts of the analyst's sheet (``--posts``), written as
JSON or as the dataset workbook (``--format xlsx``, ctg.excel)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from . import _ctg
from ._cli_common import (
    Context,
    UsageError,
    add_command,
    add_output_option,
    check_new_output_file,
    check_year,
    emit,
    help_text,
    integer_md,
    read_input_text,
    words,
    write_file,
)
from ._territories import territories, territory_years


def add_init(subparsers: Any, parents: list[argparse.ArgumentParser], lang: str) -> None:
    years = territory_years()
    command = add_command(subparsers, "init", parents, lang, first=years[0], last=years[-1])
    command.add_argument(
        "--department",
        required=True,
        metavar=help_text(lang, "metavar.code"),
        help=help_text(lang, "init.department"),
    )
    command.add_argument(
        "--year",
        type=int,
        required=True,
        metavar=help_text(lang, "metavar.year"),
        help=help_text(lang, "init.year", first=years[0], last=years[-1]),
    )
    command.add_argument(
        "--posts",
        metavar=help_text(lang, "metavar.file"),
        help=help_text(lang, "init.posts"),
    )
    command.add_argument(
        "--format",
        choices=("json", "xlsx"),
        default="json",
        help=help_text(lang, "init.format"),
    )
    add_output_option(command, lang)
    command.set_defaults(run=run_init)


def run_init(args: argparse.Namespace, ctx: Context) -> int:
    if args.format == "xlsx" and args.output is None:
        raise UsageError("xlsx_needs_output")
    check_new_output_file(args.output)
    year = check_year(args.year)
    if year not in territory_years():
        known = ", ".join(str(y) for y in territory_years())
        raise UsageError.got("--year", str(year), "territory_year", years=known)
    catalogue = territories(year)
    posts = "" if args.posts is None else read_input_text(args.posts, "--posts")
    dataset = _ctg.init_department_dataset(
        catalogue, args.department, posts, args.posts or "posts.csv"
    )
    population = sum(e.population.inhabitants for e in dataset.epcis)
    ctx.message(
        words(
            "cli.init.summary",
            ctx.language,
            department=f"{dataset.department.name} ({dataset.department.code})",
            epcis=len(dataset.epcis),
            population=integer_md(population, ctx.language),
            millesime=catalogue.epci_population_year,
            package=f"{catalogue.package} {catalogue.version}",
        )
    )
    spanning = [
        e.name for e in catalogue.epcis_in(dataset.department.code) if len(e.departments) > 1
    ]
    if spanning:
        ctx.message(words("cli.init.spanning", ctx.language, epcis=", ".join(spanning)))
    if args.posts is not None:
        separator = _ctg.detect_csv_separator(posts)
        ctx.message(
            words(
                "cli.init.posts",
                ctx.language,
                posts=len(dataset.posts),
                file=args.posts,
                separator=separator,
            )
        )
    ctx.dataset_warnings(dataset)
    if args.format == "xlsx":
        from . import excel

        document = json.loads(_ctg.dataset_to_json(dataset))
        write_file(
            args.output,
            lambda path: excel.write_dataset_workbook(
                path, document["department"], document["epcis"], dataset
            ),
        )
        ctx.written(args.output)
        return 0
    emit(ctx, _ctg.dataset_to_json(dataset), args.output)
    return 0
