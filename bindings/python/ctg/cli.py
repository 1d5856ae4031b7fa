# SPDX-License-Identifier: MIT
"""The ``ctg`` command: the library from a shell, for reports and pipelines.

``ctg report`` (the department report as Markdown, HTML, JSON or CSV tables), ``ctg finance``
(the financing of every post under one rulebook, or the explanation of one amount), ``ctg rules``
(the rulebooks, their parameters, a parameter's dated timeline), ``ctg scenario`` (overridden
parameters against the baseline), ``ctg grid`` (the blank evaluation grid), ``ctg evaluate``
(a filled grid scored), ``ctg deadlines`` (conventions coming to an end) and ``ctg validate``
(a dataset checked). Documentation: docs/pages/cli.md; ``ctg COMMAND --help``.

Manners: data on stdout (or ``-o FILE``, written aside then renamed, so that a failure leaves no
half file), messages and warnings on stderr; output in French unless ``--lang en``. Exit codes:
0 success, 1 invalid data (a dataset, rulebook or evaluation file whose content the library
rejects, or a computation the data cannot answer), 2 bad usage (unknown option or name, bad
date, bad ``--set``, missing input file, unwritable output, an output whose optional dependency
is not installed), 70 an internal error. A user error
is one line ``ctg COMMAND: error: MESSAGE`` (then the list of errors for invalid data); ``--debug``
shows the Python traceback instead.

``main(argv)`` returns the exit code; the console script ``ctg`` passes it to ``sys.exit``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from . import _cli_dataset, _cli_finance, _cli_grid, _cli_rules, _cli_scenario, _ctg, _messages
from ._cli_common import (
    EXIT_INTERNAL,
    EXIT_INVALID_DATA,
    EXIT_USAGE,
    Context,
    DataError,
    UsageError,
)
from ._errors import Error, ValidationError
from ._extras import MissingDependencyError

__all__ = ["build_parser", "main"]

EPILOG = """\
examples:
  ctg report --on 2021-06-30 --html build/report/charente-2021.html
  ctg finance --on 2021-06-30 --rulebook charente-2021
  ctg finance --on 2021-06-30 --explain post-grand-angouleme
  ctg rules charente-2021 --parameter coordination_ceiling_per_fte
  ctg scenario --set coordination_ceiling_per_fte=50000@2024-01-01 --year 2024
  ctg grid --format xlsx -o grille.xlsx
  ctg evaluate grille.xlsx --post post-rouillacais --year 2022
  ctg deadlines --on 2021-06-30 --months 18
  ctg validate --input mon-departement.json

exit codes: 0 success; 1 invalid data (dataset, rulebook or evaluation content); 2 bad usage
(option, name, date, --set, missing input, unwritable output, missing extra); 70 internal error.
`ctg COMMAND --help` describes each command; --lang, --quiet and --debug go before or after it.
"""


class _Parser(argparse.ArgumentParser):
    """argparse with a one-line error: `ctg report: error: … (see 'ctg report --help')`."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.prog}: error: {message} (see '{self.prog} --help')\n")
        raise SystemExit(EXIT_USAGE)


def _global_options() -> argparse.ArgumentParser:
    """Options accepted before and after the command. Their default is SUPPRESS so that the
    command's parser does not overwrite a value given before the command."""
    options = _Parser(add_help=False)
    options.add_argument(
        "--lang",
        choices=["fr", "en"],
        default=argparse.SUPPRESS,
        help="language of the output: fr (default) or en",
    )
    options.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        default=argparse.SUPPRESS,
        help="no messages on stderr (warnings, files written); errors are still printed",
    )
    options.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="on an error, show the Python traceback instead of the one-line message",
    )
    return options


def build_parser() -> argparse.ArgumentParser:
    """The parser of ``ctg`` and of its commands."""
    options = _global_options()
    parser = _Parser(
        prog="ctg",
        parents=[options],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Conventions Territoriales Globales: Caf financing of the coordination "
        "function, exact to the cent and explained; reports, scenarios, evaluation grids.",
        epilog=EPILOG,
    )
    parser.add_argument("--version", action="version", version=f"ctg {_ctg.__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for add in (
        _cli_dataset.add_report,
        _cli_finance.add_finance,
        _cli_rules.add_rules,
        _cli_scenario.add_scenario,
        _cli_grid.add_grid,
        _cli_grid.add_evaluate,
        _cli_dataset.add_deadlines,
        _cli_dataset.add_validate,
    ):
        add(commands, [options])
    for name, command in commands.choices.items():
        command.set_defaults(parser=command, command=name)
    return parser


def _error(command: str, error: BaseException, language: _ctg.Language) -> None:
    """`ctg COMMAND: error: <first line>`; a usage error may hold several lines (one per bad
    --set), each prefixed; invalid data lists every error, indented, below the first line. The
    library's errors are worded in `language` (ctg._messages)."""
    prefix = f"ctg {command}: error: " if command else "ctg: error: "
    lines = str(error).splitlines() or [type(error).__name__]
    if isinstance(error, UsageError):
        for line in lines:
            sys.stderr.write(prefix + line + "\n")
        return
    details = getattr(error, "details", None) if isinstance(error, Error) else None
    if details and isinstance(error, ValidationError):
        lines = [_messages.headline(lines[0], language), *_messages.describe_all(details, language)]
    elif details and len(details) == 1 and lines[0] == details[0].to_string():
        lines = [_messages.describe(details[0], language), *lines[1:]]
    sys.stderr.write(prefix + lines[0] + "\n")
    for line in lines[1:]:
        sys.stderr.write("  " + line + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Runs ``ctg`` with `argv` (default: the command line) and returns the exit code."""
    parser = build_parser()
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        args, extras = parser.parse_known_args(arguments)
        if extras:
            getattr(args, "parser", parser).error(f"unrecognized arguments: {' '.join(extras)}")
        if args.command is None:
            parser.error("expected a command: " + ", ".join(_commands(parser)))
    except SystemExit as exit_:
        return (
            exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else EXIT_USAGE)
        )
    if getattr(args, "output", None) == "-":
        args.output = None  # `-o -`: stdout, as when -o is absent
    language = _ctg.Language.en if getattr(args, "lang", "fr") == "en" else _ctg.Language.fr
    ctx = Context(
        command=args.command,
        language=language,
        debug=getattr(args, "debug", False),
        quiet=getattr(args, "quiet", False),
    )
    try:
        return int(args.run(args, ctx))
    except BaseException as error:  # every user error: one line and a code
        if ctx.debug or isinstance(error, SystemExit):
            raise
        return _exit_code(ctx, error)


def _exit_code(ctx: Context, error: BaseException) -> int:
    if isinstance(error, KeyboardInterrupt):
        sys.stderr.write(f"ctg {ctx.command}: interrupted\n")
        return 130
    if isinstance(error, BrokenPipeError):
        # The reader of stdout went away (`ctg report | head`): stop quietly, as a SIGPIPE would.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):
            pass
        return 141
    if isinstance(error, (UsageError, MissingDependencyError)):
        _error(ctx.command, error, ctx.language)
        return EXIT_USAGE
    if isinstance(error, (DataError, Error)):
        _error(ctx.command, error, ctx.language)
        return EXIT_INVALID_DATA
    if isinstance(error, FileNotFoundError):
        _error(ctx.command, UsageError(f"no such file: {error.filename}"), ctx.language)
        return EXIT_USAGE
    if isinstance(error, OSError):
        where = f"{error.filename}: " if error.filename else ""
        _error(ctx.command, UsageError(f"{where}{error.strerror or error}"), ctx.language)
        return EXIT_USAGE
    sys.stderr.write(
        f"ctg {ctx.command}: internal error: {type(error).__name__}: {error} "
        "(run again with --debug to see the traceback)\n"
    )
    return EXIT_INTERNAL


def _commands(parser: argparse.ArgumentParser) -> list[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    return []


if __name__ == "__main__":  # pragma: no cover - `python -m ctg` goes through ctg/__main__.py
    sys.exit(main())
