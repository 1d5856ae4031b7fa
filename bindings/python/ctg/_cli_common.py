# SPDX-License-Identifier: MIT
"""What every command of ``ctg`` (ctg/cli.py) shares: errors and exit codes, its words (read
from the one catalogue, ctg/catalogue/cli.toml), input resolution (datasets, rulebooks, grids,
dates), output files written atomically, and small formatting helpers (amounts as plain strings
in JSON and CSV, localized in Markdown)."""

from __future__ import annotations

import argparse
import contextlib
import datetime
import functools
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

from . import _catalogue, _cells, _ctg, _errors, _messages
from ._ctg import Dataset, Fte, Grid, Language, Money, Rulebook

if TYPE_CHECKING:
    from ._format import Formatter

# --- exit codes and errors --------------------------------------------------------------------

EXIT_OK = 0
EXIT_INVALID_DATA = 1  # a dataset, rulebook or evaluation file whose content is invalid
EXIT_USAGE = 2  # bad command line: option, name, date, --set, missing input, unwritable output
EXIT_INTERNAL = 70  # a bug (EX_SOFTWARE): not a user error; --debug shows the traceback


class CliError(Exception):
    """An error of the command line worded in the user's language: a catalogue entry
    (`cli.error.<key>`) and its fields, or a function wording it in a language. `str()` is the
    English wording (for tracebacks); `in_language()` is what `ctg` prints."""

    def __init__(self, key: str, /, **fields: object) -> None:
        self._wording: Callable[[str], str] = functools.partial(_error_text, key, fields)
        super().__init__(self._wording("en"))

    @classmethod
    def worded_by(cls, wording: Callable[[str], str]) -> Self:
        """The error whose message in a language (`fr` or `en`) is `wording(language)`."""
        error = cls.__new__(cls)
        error._wording = wording
        Exception.__init__(error, wording("en"))
        return error

    @classmethod
    def got(cls, option: str, value: object, key: str, /, **fields: object) -> Self:
        """`OPTION : valeur « VALUE » ; attendu …` (`OPTION: got "VALUE"; expected …`), what was
        expected being the catalogue entry `cli.expected.<key>`: the library's frame."""
        return cls.worded_by(
            lambda lang: _messages.line(
                option, str(value), _catalogue.text(f"cli.expected.{key}", lang, **fields), lang
            )
        )

    def in_language(self, language: Language | str) -> str:
        """The message in `language`."""
        return self._wording(_messages.language_code(language))


def _error_text(key: str, fields: dict[str, object], language: str) -> str:
    return _catalogue.text(f"cli.error.{key}", language, **fields)


class UsageError(CliError):
    """A bad command line (exit 2): the message names the option, the value and what was
    expected, as the library's messages do."""


class DataError(CliError):
    """The data cannot answer the request (exit 1), e.g. a post not financed in the year asked
    for. Library errors (ctg.Error) found while loading or computing also exit 1."""


class OutputError(UsageError):
    """An output path that cannot be written (exit 2)."""


# --- texts ------------------------------------------------------------------------------------


def words(key: str, language: Language, /, **fields: object) -> str:
    """The catalogue entry `key` (ctg/catalogue, e.g. `cli.post`) in `language`, its `{fields}`
    filled: the one place the command line's words come from."""
    return _catalogue.text(key, _ctg.to_string(language), **fields)


# --- formatting -------------------------------------------------------------------------------


def _formatter(language: Language) -> Formatter:
    """The one formatter of the language (ctg._format, Babel, loaded on first use)."""
    from ._format import formatter

    return formatter(_ctg.to_string(language))


def money_md(amount: Money | None, language: Language) -> str:
    if amount is None:
        return "—"
    return _formatter(language).money(amount)


def fte_md(fte: Fte, language: Language) -> str:
    return _formatter(language).fte(fte)


def fte_years_md(value: _ctg.ExactRatio, language: Language) -> str:
    """ETP-years, an exact ratio, rounded once to the hundredth: `13,42`."""
    from ._json import TWO_DECIMALS

    return _formatter(language).number(value.rounded(TWO_DECIMALS).to_plain())


def date_md(day: datetime.date | None, language: Language) -> str:
    if day is None:
        return "—"
    return _formatter(language).date(day)


def status_md(status: _ctg.PostStatus, language: Language) -> str:
    return words(f"cli.post_status.{status.name}", language)


def share_md(share: _ctg.Share, language: Language) -> str:
    """`57,65 % (49/85)`, or `—` when undefined."""
    percent = share.percent()
    if percent is None:
        return "—"
    return f"{_formatter(language).percent(percent.to_plain())} ({share.part}/{share.whole})"


def share_json(share: _ctg.Share) -> dict[str, Any]:
    percent = share.percent()
    return {
        "part": share.part,
        "whole": share.whole,
        "percent": None if percent is None else percent.to_plain(),
    }


def detail_json(detail: _ctg.ErrorDetail, language: Language) -> dict[str, object]:
    """A detail in the JSON outputs: field, value, English `expected`, code and parameters, and
    `message`, the line in the output's language."""
    return _messages.as_json(detail, language)


def dump_json(document: object) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def to_csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A CSV table of the command line, formula-like texts neutralised (ctg._cells)."""
    return _cells.csv_text(header, rows)


def table(header: Sequence[str], rows: Iterable[Sequence[str]], align: str = "l") -> str:
    """A padded Markdown table. `align` has one letter per column, `l` (left) or `r` (right);
    missing letters are `r`, so that `"ll"` aligns two text columns then numbers."""
    from .report._markdown import row  # the report's one table
    from .report._markdown import table as markdown_table

    lines = [row(*header)] + [row(*cells) for cells in rows]
    return markdown_table("\n".join(lines), align.ljust(len(header), "r"))


# --- context ----------------------------------------------------------------------------------


@dataclass
class Context:
    command: str
    language: Language
    debug: bool = False
    quiet: bool = False

    def message(self, line: str) -> None:
        """A message for the user (stderr), never mixed with the data on stdout; --quiet
        silences them (not the errors)."""
        if not self.quiet:
            sys.stderr.write(line.rstrip("\n") + "\n")

    def warn(self, detail: _ctg.ErrorDetail | str) -> None:
        line = detail if isinstance(detail, str) else _messages.describe(detail, self.language)
        self.message(words("cli.warning", self.language, line=line))

    def dataset_warnings(self, dataset: Dataset) -> None:
        """One line when the dataset has warnings (`ctg validate` lists them)."""
        count = len(dataset.warnings)
        if count:
            self.warn(words("cli.dataset_warnings", self.language, dataset=dataset.id, count=count))

    def written(self, path: str | os.PathLike[str]) -> None:
        self.message(words("cli.written", self.language, path=os.fspath(path)))


# --- inputs -----------------------------------------------------------------------------------

DEFAULT_DATASET = "charente-2021"


def input_file(path: str, option: str) -> Path:
    """An input file that exists and is a file (a usage error otherwise, exit 2)."""
    file = Path(path)
    if not file.exists():
        raise UsageError("no_such_file", option=option, path=path)
    if file.is_dir():
        raise UsageError.got(option, path, "a_file")
    if not os.access(file, os.R_OK):
        raise UsageError("unreadable", option=option, path=path)
    return file


def parse_day(value: str | None, option: str = "--on") -> datetime.date:
    """`--on YYYY-MM-DD`, today when absent."""
    if value is None:
        return datetime.date.today()
    try:
        return _ctg.parse_date(value, option)
    except _errors.InvalidValueError as error:
        raise _library_usage_error(error) from None


def _library_usage_error(error: _errors.Error) -> UsageError:
    """A library error about an option's value (e.g. `--on`), worded from its message code."""
    detail = error.detail
    if detail is None:
        return UsageError.worded_by(lambda _: str(error))
    return UsageError.worded_by(lambda lang: _messages.describe(detail, lang))


def check_year(year: int, option: str = "--year") -> int:
    if not 1900 <= year <= 9999:
        raise UsageError.got(option, year, "year")
    return year


def load_dataset(args: argparse.Namespace) -> Dataset:
    """`--input FILE` (a dataset JSON) or `--dataset NAME` (embedded, default charente-2021)."""
    if getattr(args, "input", None):
        return _ctg.load_dataset_file(input_file(args.input, "--input"))
    name = getattr(args, "dataset", None) or DEFAULT_DATASET
    known = _ctg.builtin_dataset_ids()
    if name not in known:
        raise UsageError.got("--dataset", name, "builtin_dataset", known=", ".join(known))
    return _ctg.builtin_dataset(name)


def _looks_like_path(spec: str) -> bool:
    return os.sep in spec or "/" in spec or spec.lower().endswith(".json")


def load_rulebook(spec: str, option: str = "--rulebook") -> Rulebook:
    """A built-in rulebook id, or a rulebook JSON file."""
    known = _ctg.builtin_rulebook_ids()
    if spec in known:
        return _ctg.builtin_rulebook(spec)
    if Path(spec).exists() or _looks_like_path(spec):
        return _ctg.load_rulebook_file(input_file(spec, option))
    raise UsageError.got(option, spec, "builtin_rulebook", known=", ".join(known))


def default_rulebook_id(dataset: Dataset) -> str:
    """The rule a command applies when none is named: the library's default among the built-in
    rulebooks (`default_detailed_rulebook`), the dataset's own rulebook (its `rulebook` field)
    when built in, else the first of the report's default rulebooks (the national flat rate)."""
    from .report import default_detail, default_rulebooks

    return default_detail(dataset, default_rulebooks(dataset))


def load_grid(spec: str, option: str = "--grid") -> Grid:
    """A built-in grid id, or a grid JSON file (format ctg.grid/1)."""
    known = _ctg.builtin_grid_ids()
    if spec in known:
        return _ctg.builtin_grid(spec)
    if Path(spec).exists() or _looks_like_path(spec):
        file = input_file(spec, option)
        try:
            content = file.read_text(encoding="utf-8")
        except UnicodeDecodeError as error:
            raise DataError("not_utf8", path=file, reason=error.reason, byte=error.start) from None
        return _ctg.load_grid_json(content, os.fspath(file))
    raise UsageError.got(option, spec, "builtin_grid", known=", ".join(known))


def expense_basis(name: str) -> _ctg.ExpenseBasis:
    basis: _ctg.ExpenseBasis = getattr(_ctg.ExpenseBasis, name)
    return basis


def fte_paid(name: str | None) -> _ctg.FteBasis | None:
    """The ETP paid for that `--fte` chose; None: each rulebook's own."""
    if name is None:
        return None
    basis: _ctg.FteBasis = getattr(_ctg.FteBasis, name)
    return basis


# --- outputs ----------------------------------------------------------------------------------


def check_output_file(path: str | None, option: str = "-o") -> None:
    """Fails early (exit 2) when `path` cannot be written, before any heavy work."""
    if path is None:
        return
    file = Path(path)
    if path == "" or file.is_dir():
        raise OutputError.got(option, path, "output_file")
    parent = file.parent
    if not parent.exists():
        raise OutputError("output_parent_missing", option=option, path=path, parent=parent)
    if not parent.is_dir():
        raise OutputError("output_parent_not_directory", option=option, path=path, parent=parent)
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError("output_parent_read_only", option=option, path=path, parent=parent)
    if file.exists() and not os.access(file, os.W_OK):
        raise OutputError("output_read_only", option=option, path=path)


def check_output_dir(path: str, option: str = "-o") -> None:
    """A directory to write files into: existing, or creatable in an existing directory."""
    directory = Path(path)
    if directory.exists():
        if not directory.is_dir():
            raise OutputError.got(option, path, "output_directory")
        if not os.access(directory, os.W_OK | os.X_OK):
            raise OutputError("output_directory_read_only", option=option, path=path)
        return
    parent = directory.parent
    if not parent.is_dir():
        raise OutputError(
            "output_directory_parent_missing", option=option, path=path, parent=parent
        )
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(
            "output_directory_parent_read_only", option=option, path=path, parent=parent
        )


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_file(path: str | os.PathLike[str], write: Callable[[str], None]) -> None:
    """Calls `write(temporary_path)` in the target's directory, then renames the result over
    `path`: a failure leaves no half-written file."""
    target = Path(path)
    try:
        mode = target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_umask()
        fd, temporary = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
        )
    except OSError as error:
        raise OutputError(
            "write_failed", path=os.fspath(path), reason=error.strerror or error
        ) from None
    os.close(fd)
    try:
        write(temporary)
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except OSError as error:
        _remove(temporary)
        raise OutputError(
            "write_failed", path=os.fspath(path), reason=error.strerror or error
        ) from None
    except BaseException:
        _remove(temporary)
        raise


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def write_text_file(path: str | os.PathLike[str], content: str) -> None:
    def write(temporary: str) -> None:
        with open(temporary, "w", encoding="utf-8", newline="") as out:
            out.write(content)

    write_file(path, write)


def emit(ctx: Context, content: str, output: str | None) -> None:
    """The command's data: to `output` (atomically) or to stdout."""
    if output is None:
        sys.stdout.write(content)
        if content and not content.endswith("\n"):
            sys.stdout.write("\n")
        sys.stdout.flush()
    else:
        write_text_file(output, content)
        ctx.written(output)


# --- common options ---------------------------------------------------------------------------


def help_text(lang: str, key: str, /, **fields: object) -> str:
    """The `--help` text `key` of the catalogue (catalogue/help.toml) in `lang`: a parser's
    description or examples, an option's help, a metavar. The parsers are built in the
    language of the command line (ctg.cli.language_of)."""
    return _catalogue.text(f"help.{key}", lang, **fields)


def add_command(
    subparsers: Any,
    name: str,
    parents: list[argparse.ArgumentParser],
    lang: str,
    /,
    **epilog_fields: object,
) -> argparse.ArgumentParser:
    """The subcommand `name`, worded in `lang` from the catalogue's `help.<name>.help`,
    `.description` and `.epilog` (whose fields are `epilog_fields`)."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name,
        parents=parents,
        language=lang,
        help=help_text(lang, f"{name}.help"),
        description=help_text(lang, f"{name}.description"),
        epilog=help_text(lang, f"{name}.epilog", **epilog_fields),
    )
    return parser


def add_dataset_options(parser: argparse.ArgumentParser, lang: str) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--dataset",
        metavar=help_text(lang, "metavar.name"),
        help=help_text(lang, "option.dataset", default=DEFAULT_DATASET),
    )
    group.add_argument(
        "--input", metavar=help_text(lang, "metavar.file"), help=help_text(lang, "option.input")
    )


def add_output_option(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument(
        "-o",
        "--output",
        metavar=help_text(lang, "metavar.file"),
        help=help_text(lang, "option.output"),
    )


def add_format_option(
    parser: argparse.ArgumentParser, lang: str, formats: Sequence[str], default: str = "md"
) -> None:
    parser.add_argument(
        "-f",
        "--format",
        choices=list(formats),
        default=default,
        help=help_text(lang, "option.format", default=default),
    )


def add_period_options(parser: argparse.ArgumentParser, lang: str) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--year",
        type=int,
        metavar=help_text(lang, "metavar.year"),
        help=help_text(lang, "option.year"),
    )
    group.add_argument(
        "--on", metavar=help_text(lang, "metavar.date"), help=help_text(lang, "option.on")
    )


def period_of(args: argparse.Namespace) -> int | datetime.date:
    if args.year is not None:
        return check_year(args.year)
    return parse_day(args.on)
