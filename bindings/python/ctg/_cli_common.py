# SPDX-License-Identifier: MIT
"""What every command of ``ctg`` (ctg/cli.py) shares: errors and exit codes, its words (read
from the one catalogue, ctg/catalogue/cli.toml), input resolution (datasets, rulebooks, grids,
dates), output files written atomically, and small formatting helpers (amounts as plain strings
in JSON and CSV, localized in Markdown)."""

from __future__ import annotations

import argparse
import contextlib
import contextvars
import datetime
import errno
import functools
import io
import json
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from . import _catalogue, _cells, _ctg, _errors, _messages
from ._ctg import Dataset, Fte, Grid, Language, Money, Rulebook
from ._extras import requires

# Annotations only: `typing` is not imported by the command (see ctg/_errors.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    import signal
    from pathlib import Path
    from typing import Any, Self

    from ._dataset_workbook import DatasetWorkbook
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


def integer_md(value: int, language: Language) -> str:
    """A count of people or things, grouped as the language writes it (`438 435`)."""
    return _formatter(language).integer(value)


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


# The classes of a run are plain classes, not dataclasses: `dataclasses` imports `inspect` (ast,
# dis, tokenize…), a tenth of `ctg report --format json`.


class Context:
    """The command's name, the language of its output and messages, --debug and --quiet."""

    __slots__ = ("command", "debug", "language", "quiet")

    def __init__(
        self, command: str, language: Language, debug: bool = False, quiet: bool = False
    ) -> None:
        self.command = command
        self.language = language
        self.debug = debug
        self.quiet = quiet

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


#: The largest input file read by default (--max-input-mb raises it): far above a department's
#: dataset (Charente 2021: 60 KB), small enough that a wrong file is refused at once.
DEFAULT_MAX_INPUT_MB = 64
MIB = 1024 * 1024


def read_input(path: str, option: str) -> bytes:
    """The bytes of an input file: the one place the command line reads a user's file.

    Only a regular file is read: it is opened without blocking (a FIFO would wait for a
    writer), then `os.fstat` says what it is, so that a FIFO, a socket, a device (`/dev/zero`)
    or a directory is refused at once (exit 2); so is a file over the run's size limit
    (--max-input-mb, 64 MiB by default), before it is read. The file is recorded as read by the
    run: no output of the command may overwrite it."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        raise UsageError("no_such_file", option=option, path=path) from None
    except PermissionError:
        raise UsageError("unreadable", option=option, path=path) from None
    except OSError as error:  # e.g. a socket (ENXIO): say what it is when it can be told
        kind = _kind_at(path)
        if kind is not None:
            raise UsageError.worded_by(
                special_file_error("input_special", kind, option=option, path=path)
            ) from None
        raise UsageError("system", path=path, reason=error.strerror or error) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UsageError.got(option, path, "a_file")
        if not stat.S_ISREG(info.st_mode):
            kind = _file_kind(info.st_mode) or "device"
            raise UsageError.worded_by(
                special_file_error("input_special", kind, option=option, path=path)
            )
        limit = current_run().max_input_mb
        if info.st_size > limit * MIB:
            raise _too_large(path, option, info.st_size, limit)
        os.set_blocking(fd, True)
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(fd, min(MIB, limit * MIB + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit * MIB:  # grown since fstat
                raise _too_large(path, option, size, limit)
    except OSError as error:
        raise UsageError("system", path=path, reason=error.strerror or error) from None
    finally:
        os.close(fd)
    current_run().read(option, path, info)
    return b"".join(chunks)


def _kind_at(path: str) -> str | None:
    try:
        return _file_kind(os.stat(path).st_mode)
    except OSError:
        return None


def _too_large(path: str, option: str, size: int, limit: int) -> UsageError:
    return UsageError(
        "input_too_large", option=option, path=path, size=size, limit=limit, bytes=limit * MIB
    )


def read_input_text(path: str, option: str) -> str:
    """An input file (`read_input()`) as UTF-8 text; other bytes are invalid data (exit 1)."""
    return decode_input(read_input(path, option), path)


def decode_input(data: bytes, path: str) -> str:
    """The bytes of input file `path` as UTF-8 text; other bytes are invalid data (exit 1)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise DataError("not_utf8", path=path, reason=error.reason, byte=error.start) from None


def check_max_input_mb(value: int) -> int:
    if value < 1:
        raise UsageError.got("--max-input-mb", value, "max_input_mb")
    return value


def parse_day(value: str | None, option: str = "--on") -> datetime.date:
    """`--on YYYY-MM-DD`, today when absent."""
    if value is None:
        return datetime.date.today()
    try:
        return _ctg.parse_date(value, option)
    except _errors.InvalidValueError as error:
        raise library_usage_error(error) from None


def library_usage_error(error: _errors.Error) -> UsageError:
    """A library error about an option's value (e.g. `--on`), worded from its message code."""
    detail = error.detail
    if detail is None:
        return UsageError.worded_by(lambda _: str(error))
    return UsageError.worded_by(lambda lang: _messages.describe(detail, lang))


def check_year(year: int, option: str = "--year") -> int:
    """A year the library reads (`ctg.FIRST_YEAR` to `ctg.LAST_YEAR`, checked by
    `ctg.Period.calendar_year`), else a usage error worded with the library's bounds."""
    if not _ctg.FIRST_YEAR <= year <= _ctg.LAST_YEAR:  # also what no C++ int can hold
        raise UsageError.got(option, year, "year", low=_ctg.FIRST_YEAR, high=_ctg.LAST_YEAR)
    try:
        _ctg.Period.calendar_year(year)
    except _errors.InvalidValueError as error:
        detail = error.detail
        if detail is None or detail.code != "year.range":
            raise library_usage_error(error) from None
        raise UsageError.got(option, year, "year", **detail.params) from None
    return year


def is_workbook(path: str) -> bool:
    """A dataset input read as a dataset workbook (`ctg import`): its name ends in `.xlsx`."""
    return path.lower().endswith(".xlsx")


def read_dataset_workbook(path: str, option: str) -> DatasetWorkbook:
    """A dataset workbook (ctg.excel.read_dataset_workbook), read as every input is
    (`read_input()`), then measured as a zip before openpyxl opens it. Its errors are located
    by sheet and cell; a file that is not a workbook is invalid data (exit 1), a workbook over
    the limits of ctg.excel a usage error (exit 2)."""
    import zipfile  # the modules of writes and workbooks: imported when used, not by `ctg`
    from pathlib import Path

    data = read_input(path, option)
    with requires("dataset_workbook"):
        from openpyxl.utils.exceptions import InvalidFileException

        from . import excel
    try:
        return excel.read_dataset_workbook(io.BytesIO(data), origin=os.fspath(Path(path)))
    except excel.WorkbookLimitError as error:
        raise library_usage_error(error) from None
    except (zipfile.BadZipFile, InvalidFileException) as error:
        raise DataError("not_a_dataset_workbook", path=path, reason=error) from None


def load_dataset(args: argparse.Namespace) -> Dataset:
    """`--input FILE` (a dataset JSON, or a dataset workbook `.xlsx` read as `ctg import`
    reads it) or `--dataset NAME` (embedded, default charente-2021)."""
    if getattr(args, "input", None) is not None:  # an empty path is a missing file, not "none"
        from pathlib import Path

        if is_workbook(args.input):
            return read_dataset_workbook(args.input, "--input").dataset
        path = os.fspath(Path(args.input))  # the origin the library's file reader gives
        return _ctg.load_dataset_json(read_input_text(args.input, "--input"), path)
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
    from pathlib import Path

    if Path(spec).exists() or _looks_like_path(spec):
        return _ctg.load_rulebook_json(read_input_text(spec, option), os.fspath(Path(spec)))
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
    from pathlib import Path

    if Path(spec).exists() or _looks_like_path(spec):
        return _ctg.load_grid_json(read_input_text(spec, option), os.fspath(Path(spec)))
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


# --- the run: what every file of one command obeys -------------------------------------------


class InputFile:
    """A file the command read: its option, its path, and its device and inode (`os.stat`)."""

    __slots__ = ("device", "inode", "option", "path")

    def __init__(self, option: str, path: str, device: int, inode: int) -> None:
        self.option = option
        self.path = path
        self.device = device
        self.inode = inode


class Run:
    """One run of a command: `--force`, `--max-input-mb`, and the files it has read, so that
    no output can overwrite one of them (ctg.cli.main starts a run per command, `running()`)."""

    __slots__ = ("force", "inputs", "max_input_mb")

    def __init__(self, force: bool = False, max_input_mb: int = DEFAULT_MAX_INPUT_MB) -> None:
        self.force = force
        self.max_input_mb = max_input_mb
        self.inputs: list[InputFile] = []

    def read(self, option: str, path: str | os.PathLike[str], info: os.stat_result) -> None:
        self.inputs.append(InputFile(option, os.fspath(path), info.st_dev, info.st_ino))


_RUN: contextvars.ContextVar[Run | None] = contextvars.ContextVar("ctg_cli_run", default=None)


def current_run() -> Run:
    """The run of the command (a default one outside `running()`: no input known, no force)."""
    return _RUN.get() or Run()


def in_command() -> bool:
    """Whether the code runs in a command of `ctg` (inside `running()`), not in a program or a
    notebook that uses the library."""
    return _RUN.get() is not None


@contextlib.contextmanager
def running(run: Run) -> Iterator[Run]:
    """`run` is the current run inside the block."""
    token = _RUN.set(run)
    try:
        yield run
    finally:
        _RUN.reset(token)


# --- outputs ----------------------------------------------------------------------------------


class Terminated(BaseException):
    """SIGTERM or SIGHUP received while an output was written (see `signals_raise()`): like
    KeyboardInterrupt, not an Exception, so that nothing swallows it on its way to ctg.cli,
    which exits 128 + the signal's number."""

    def __init__(self, signum: int) -> None:
        import signal

        super().__init__(signal.Signals(signum).name)
        self.signum = signum


@contextlib.contextmanager
def _handling(signums: tuple[signal.Signals, ...], handler: Any) -> Iterator[None]:
    """Inside the block, `handler` receives each of `signums` that is not ignored; the previous
    handlers are restored after (None, a handler not set from Python: the default)."""
    import signal

    previous: dict[signal.Signals, Any] = {}
    try:
        for signum in signums:
            current = signal.getsignal(signum)
            if current != signal.SIG_IGN:
                previous[signum] = current
                signal.signal(signum, handler)
        yield
    finally:
        for signum, current in previous.items():
            signal.signal(signum, signal.SIG_DFL if current is None else current)


@contextlib.contextmanager
def signals_raise() -> Iterator[None]:
    """Inside the block, SIGTERM and SIGHUP raise Terminated (as SIGINT raises
    KeyboardInterrupt), so that a temporary file is removed; the previous handlers are restored
    after. A signal ignored (`nohup` ignores SIGHUP) stays ignored; outside the main thread
    Python cannot set handlers, and nothing changes."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(signum: int, _frame: object) -> None:
        raise Terminated(signum)

    with _handling((signal.SIGTERM, signal.SIGHUP), terminate):
        yield


def _file_kind(mode: int) -> str | None:
    """The `cli.file_kind.*` of what is not a regular file, a directory or a link."""
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return None


def special_file_error(key: str, kind: str, /, **fields: object) -> Callable[[str], str]:
    """The wording of the error `cli.error.<key>` whose `{kind}` is `cli.file_kind.<kind>`."""
    return lambda lang: _catalogue.text(
        f"cli.error.{key}", lang, kind=_catalogue.text(f"cli.file_kind.{kind}", lang), **fields
    )


def check_output_target(
    path: str | os.PathLike[str],
    option: str = "-o",
    *,
    directory: bool = False,
    rewrites: str | None = None,
) -> os.stat_result | None:
    """What is at an output path (`os.lstat`; None when nothing is), refused (exit 2) when
    writing there would write somewhere else or destroy something: a symbolic link (unless
    --force: the link itself is then replaced), a FIFO, a socket or a device, a directory where
    a file is expected (or a file where a directory is), one of the command's inputs."""
    shown = os.fspath(path)
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError:
        return None  # e.g. a parent that is not a directory: the checks of the parent say it
    mode = info.st_mode
    if stat.S_ISLNK(mode):
        if current_run().force:
            return info
        target = os.readlink(path)
        raise OutputError("output_symlink", option=option, path=shown, target=target)
    kind = _file_kind(mode)
    if kind is not None:
        raise OutputError.worded_by(
            special_file_error("output_special", kind, option=option, path=shown)
        )
    if stat.S_ISDIR(mode) != directory:
        raise OutputError.got(option, shown, "output_directory" if directory else "output_file")
    for read in current_run().inputs:
        if read.option == rewrites:  # the one input the command rewrites (`--into`)
            continue
        if (read.device, read.inode) == (info.st_dev, info.st_ino):
            raise OutputError(
                "output_is_input",
                option=option,
                path=shown,
                input_option=read.option,
                input=read.path,
            )
    return info


def check_output_file(path: str | None, option: str = "-o") -> None:
    """Fails early (exit 2) when `path` cannot be written, before any heavy work."""
    if path is None:
        return
    from pathlib import Path

    file = Path(path)
    if path == "":
        raise OutputError.got(option, path, "output_file")
    info = check_output_target(file, option)
    parent = file.parent
    if not parent.exists():
        raise OutputError("output_parent_missing", option=option, path=path, parent=parent)
    if not parent.is_dir():
        raise OutputError("output_parent_not_directory", option=option, path=path, parent=parent)
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError("output_parent_read_only", option=option, path=path, parent=parent)
    if info is not None and stat.S_ISREG(info.st_mode) and not os.access(file, os.W_OK):
        raise OutputError("output_read_only", option=option, path=path)


def check_new_output_file(path: str | None, option: str = "-o") -> None:
    """check_output_file(), and a file that already exists is replaced only with --force: the
    commands that start a user's file (`ctg init`, `ctg import`) never overwrite one by
    accident."""
    check_output_file(path, option)
    if path is not None and os.path.lexists(path) and not current_run().force:
        raise UsageError("output_exists", option=option, path=path)


def check_output_dir(path: str, option: str = "-o") -> None:
    """A directory to write files into: existing, or creatable in an existing directory."""
    from pathlib import Path

    directory = Path(path)
    info = check_output_target(directory, option, directory=True)
    if info is not None and stat.S_ISDIR(info.st_mode):
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


def _write_failed(path: str | os.PathLike[str], error: OSError) -> OutputError:
    return OutputError("write_failed", path=os.fspath(path), reason=error.strerror or error)


def write_file(
    path: str | os.PathLike[str],
    write: Callable[[str], None],
    option: str = "-o",
    *,
    rewrites: str | None = None,
) -> None:
    """Calls `write(temporary_path)` in the target's directory, then renames the result over
    `path`: a failure, Ctrl-C, SIGTERM or SIGHUP leaves no half-written file (and the previous
    file as it was). The target is checked first (`check_output_target()`): a link is replaced
    itself (with --force), never the file it points to. `rewrites` names the option of the one
    input the command may write back (`ctg evaluate --into`); any other input is refused."""
    import tempfile
    from pathlib import Path

    target = Path(path)
    info = check_output_target(target, option, rewrites=rewrites)
    keep = info is not None and stat.S_ISREG(info.st_mode)
    mode = stat.S_IMODE(info.st_mode) if info is not None and keep else 0o666 & ~_umask()
    with signals_raise():
        temporary: str | None = None
        try:
            with signals_deferred():  # the temporary file created and recorded, or not created
                fd, temporary = tempfile.mkstemp(
                    dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
                )
            os.close(fd)
            write(temporary)
            os.chmod(temporary, mode)
            os.replace(temporary, target)
        except BaseException as error:
            if temporary is not None:
                _remove(temporary)
            if isinstance(error, OSError):
                raise _write_failed(path, error) from None
            raise


@contextlib.contextmanager
def signals_deferred() -> Iterator[None]:
    """Inside the block, SIGINT, SIGTERM and SIGHUP wait: each one received is raised again
    when the block ends (to the handler then restored), so that the few steps inside (a
    temporary file created and recorded for its removal, renames that must all be done) are
    done whole. A signal ignored stays ignored; outside the main thread nothing changes."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []

    def wait(signum: int, _frame: object) -> None:
        received.append(signum)

    try:
        with _handling((signal.SIGINT, signal.SIGTERM, signal.SIGHUP), wait):
            yield
    finally:
        for pending in dict.fromkeys(received):
            signal.raise_signal(pending)


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def write_bytes(path: str, content: bytes) -> None:
    """Writes a new file (a table of a CSV directory)."""
    with open(path, "wb") as out:
        out.write(content)


def write_text_file(
    path: str | os.PathLike[str], content: str, option: str = "-o", *, rewrites: str | None = None
) -> None:
    def write(temporary: str) -> None:
        with open(temporary, "w", encoding="utf-8", newline="") as out:
            out.write(content)

    write_file(path, write, option, rewrites=rewrites)


def write_directory(
    path: str | os.PathLike[str], files: Mapping[str, str], option: str = "-o"
) -> None:
    """Writes `files` (name → UTF-8 text) into the directory `path`. A failure, Ctrl-C, SIGTERM
    or SIGHUP leaves no temporary file.

    A new directory is written whole as a temporary sibling, then renamed into place: it is
    there whole or not at all (with --force, a link at `path` is replaced so, never the
    directory it points to). An existing directory is written in place, keeping its other
    files, its owner and its permissions: every file is written under a temporary name inside
    it, then, once all are written, each is renamed over its target. A failure while writing
    leaves the directory as it was; signals wait during the renames, so only an error of the
    system in that last step (rare) can leave some files new and others as they were."""
    from pathlib import Path

    directory = Path(path)
    info = check_output_target(directory, option, directory=True)
    with signals_raise():
        if info is not None and stat.S_ISDIR(info.st_mode):
            for name in files:
                check_output_target(directory / name, option)
            _write_in_place(directory, files)
        else:
            _write_new(directory, files, replace_link=info is not None)


def _write_new(directory: Path, files: Mapping[str, str], *, replace_link: bool) -> None:
    """A new directory (or one replacing the link `directory`, --force), written as a staging
    sibling then renamed into place."""
    import shutil
    import tempfile

    staging: str | None = None
    current = directory
    try:
        with signals_deferred():  # the staging directory created and recorded, or not created
            staging = tempfile.mkdtemp(
                dir=directory.parent, prefix=f".{directory.name}.", suffix=".tmp"
            )
        aside = staging + ".old"
        for name, content in files.items():
            current = directory / name
            write_bytes(os.path.join(staging, name), content.encode("utf-8"))
        current = directory
        os.chmod(staging, 0o777 & ~_umask())
        with signals_deferred():  # the link moved aside and the directory in its place, or none
            if replace_link:
                os.rename(directory, aside)
            try:
                os.rename(staging, directory)
            except BaseException:
                if replace_link:
                    os.rename(aside, directory)
                raise
            if replace_link:
                _remove(aside)  # --force: the link replaced, not the directory it points to
    except BaseException as error:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
        if isinstance(error, OSError):
            raise _write_failed(current, error) from None
        raise


def _write_in_place(directory: Path, files: Mapping[str, str]) -> None:
    import tempfile

    temporaries: list[tuple[str, Path]] = []
    current = directory
    try:
        for name, content in files.items():
            current = directory / name
            with signals_deferred():  # the temporary file created and recorded, or not created
                fd, temporary = tempfile.mkstemp(dir=directory, prefix=f".{name}.", suffix=".tmp")
                temporaries.append((temporary, current))
            os.close(fd)
            write_bytes(temporary, content.encode("utf-8"))
            os.chmod(temporary, _mode_of(current))
        with signals_deferred():  # every file renamed, not some
            for temporary, target in temporaries:
                current = target
                os.replace(temporary, target)
    except BaseException as error:
        for temporary, _ in temporaries:
            _remove(temporary)
        if isinstance(error, OSError):
            raise _write_failed(current, error) from None
        raise


def _mode_of(path: Path) -> int:
    """The permissions of a regular file at `path`, else those of a new file."""
    try:
        info = os.lstat(path)
    except OSError:
        return 0o666 & ~_umask()
    return stat.S_IMODE(info.st_mode) if stat.S_ISREG(info.st_mode) else 0o666 & ~_umask()


def emit(ctx: Context, content: str, output: str | None) -> None:
    """The command's data: to `output` (atomically) or to stdout."""
    if output is None:
        if sys.stdout is None:  # `ctg … >&-`: nobody to read the data, as a reader gone
            raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))
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
    add_force_option(parser, lang)


def add_force_option(parser: argparse.ArgumentParser, lang: str) -> None:
    """`--force` (an output that is a symbolic link is replaced, the link itself) and
    `--max-input-mb N` (the size limit of the input files)."""
    parser.add_argument("--force", action="store_true", help=help_text(lang, "option.force"))
    parser.add_argument(
        "--max-input-mb",
        type=int,
        default=DEFAULT_MAX_INPUT_MB,
        metavar="N",
        help=help_text(lang, "option.max_input_mb", default=DEFAULT_MAX_INPUT_MB),
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
