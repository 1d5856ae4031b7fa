# SPDX-License-Identifier: MIT
"""`ctg national`: several department datasets side by side on a date (ctg.national)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from . import _ctg
from ._cli_common import (
    Context,
    UsageError,
    add_command,
    add_format_option,
    add_output_option,
    check_output_file,
    emit,
    help_text,
    parse_day,
    read_input_text,
)

#: The name of the positional argument in the errors.
_ARGUMENT = "DATASETS"


def add_national(subparsers: Any, parents: list[argparse.ArgumentParser], lang: str) -> None:
    national = add_command(
        subparsers, "national", parents, lang, datasets=", ".join(_ctg.builtin_dataset_ids())
    )
    national.add_argument(
        "datasets",
        nargs="+",
        metavar=help_text(lang, "metavar.file_or_dir"),
        help=help_text(lang, "national.datasets"),
    )
    national.add_argument(
        "--on", metavar=help_text(lang, "metavar.date"), help=help_text(lang, "national.on")
    )
    national.add_argument(
        "--fte",
        choices=["contracted", "in_post"],
        default="contracted",
        help=help_text(lang, "national.fte"),
    )
    national.add_argument(
        "--farthest",
        type=int,
        default=5,
        metavar="N",
        help=help_text(lang, "national.farthest"),
    )
    add_format_option(national, lang, ("md", "json", "html"))
    add_output_option(national, lang)
    national.set_defaults(run=run_national)


def dataset_files(specs: list[str]) -> list[str | _ctg.Dataset]:
    """Each argument as files to read (a directory: every `*.json` in it, by name) or a
    built-in dataset (an argument that is no path and names one)."""
    found: list[str | _ctg.Dataset] = []
    for spec in specs:
        path = Path(spec)
        if path.is_dir():
            files = sorted(str(p) for p in path.glob("*.json") if p.is_file())
            if not files:
                raise UsageError.got(_ARGUMENT, spec, "json_in_directory")
            found.extend(files)
        elif not path.exists() and os.sep not in spec and spec in _ctg.builtin_dataset_ids():
            found.append(_ctg.builtin_dataset(spec))
        else:
            found.append(spec)
    return found


def run_national(args: argparse.Namespace, ctx: Context) -> int:
    check_output_file(args.output)
    if args.farthest < 0:
        raise UsageError.got("--farthest", args.farthest, "farthest")
    on = parse_day(args.on)
    datasets: list[_ctg.Dataset] = []
    for item in dataset_files(args.datasets):
        if isinstance(item, str):
            item = _ctg.load_dataset_json(read_input_text(item, _ARGUMENT), os.fspath(Path(item)))
        ctx.dataset_warnings(item)
        datasets.append(item)
    from .national import build_national

    view = build_national(
        datasets,
        on=on,
        fte_paid=getattr(_ctg.FteBasis, args.fte),
        farthest=args.farthest,
        language=ctx.language,
    )
    if args.format == "json":
        content = view.to_json()
    elif args.format == "html":
        content = view.to_html()
    else:
        content = view.to_markdown()
    emit(ctx, content, args.output)
    return 0
