# SPDX-License-Identifier: MIT
"""The ``ctg`` command: the library from a shell, for reports and pipelines.

``ctg report`` (the department report as Markdown, HTML, JSON or CSV tables), ``ctg finance``
(the financing of every post under one rulebook, or the explanation of one amount), ``ctg rules``
(the rulebooks, their parameters, a parameter's dated timeline), ``ctg scenario`` (overridden
parameters against the baseline), ``ctg compare`` (two rulebooks side by side, per post, EPCI
and funding part), ``ctg grid`` (the blank evaluation grid), ``ctg evaluate``
(a filled grid scored), ``ctg deadlines`` (conventions coming to an end), ``ctg validate``
(a dataset checked) and ``ctg national`` (several departments side by side). Documentation:
docs/pages/cli.md; ``ctg COMMAND --help``.

Manners: data on stdout (or ``-o FILE``, written aside then renamed, so that a failure leaves no
half file), messages and warnings on stderr; output in French unless ``--lang en``. Exit codes:
0 success, 1 invalid data (a dataset, rulebook or evaluation file whose content the library
rejects, or a computation the data cannot answer), 2 bad usage (unknown option or name, bad
date, bad ``--set``, missing input file, unwritable output, an output whose optional dependency
is not installed), 70 an internal error. A user error
is one line ``ctg COMMAND : erreur : MESSAGE`` (``ctg COMMAND: error: MESSAGE`` with ``--lang en``;
then the list of errors for invalid data), worded from the catalogue (ctg/catalogue/cli.toml),
argparse's usage errors included; ``--debug`` shows the Python traceback instead. ``--help``
is in the same language (ctg/catalogue/help.toml).

``main(argv)`` returns the exit code; the console script ``ctg`` passes it to ``sys.exit``.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import os
import re
import sys
from collections.abc import Iterable, Sequence

from . import _catalogue, _cli_common, _ctg, _messages
from ._cli_common import (
    EXIT_INTERNAL,
    EXIT_INVALID_DATA,
    EXIT_USAGE,
    CliError,
    Context,
    DataError,
    Terminated,
    UsageError,
    help_text,
)
from ._errors import Error, ValidationError
from ._extras import MissingDependencyError

# Annotations only: `typing` is not imported by the command (see ctg/_errors.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, NoReturn

__all__ = ["build_parser", "main"]


class _Parser(argparse.ArgumentParser):
    """argparse whose usage errors are one line in the user's language: `ctg report : erreur :
    … (voir « ctg report --help »)`. argparse's own messages are English text; the parser
    rebuilds them from what argparse knows (the argument, its value, its choices, its nargs),
    in `language`, from the catalogue (`cli.usage.*`). `language` is given to every parser when
    it is built (main() reads --lang from the command line first), so is its --help."""

    def __init__(self, *args: Any, language: str = "fr", **kwargs: Any) -> None:
        # argparse raises ArgumentError instead of printing it: parse_known_args() words it.
        kwargs["exit_on_error"] = False
        kwargs["formatter_class"] = functools.partial(_HelpFormatter, language=language)
        super().__init__(*args, **kwargs)
        self.language = language
        # argparse words its headings through gettext, in the locale's language whatever
        # --lang says: the parser words them from the catalogue (`help.argparse.*`) instead.
        self._positionals.title = help_text(language, "argparse.positionals")
        self._optionals.title = help_text(language, "argparse.options")
        if help_action := self._option_string_actions.get("-h"):
            help_action.help = help_text(language, "argparse.help")

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        try:
            return super().parse_known_args(args, namespace)
        except argparse.ArgumentError as error:
            self.fail(_argument_error(error, self.language))

    def _get_value(self, action: argparse.Action, arg_string: str) -> Any:
        try:
            return super()._get_value(action, arg_string)
        except argparse.ArgumentError as error:
            raise _Usage(action, "invalid_value", type=action.type, value=arg_string) from error

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        if action.choices is not None and value not in action.choices:
            raise _Usage(action, "invalid_choice", value=value, choices=list(action.choices))

    def _match_argument(self, action: argparse.Action, arg_strings_pattern: str) -> int:
        try:
            return super()._match_argument(action, arg_strings_pattern)
        except argparse.ArgumentError:
            raise _Usage(action, "nargs", nargs=action.nargs) from None

    def fail(self, message: str) -> NoReturn:
        """Prints `ctg COMMAND : erreur : MESSAGE (voir « ctg COMMAND --help »)`, exits 2."""
        lang = self.language
        line = _catalogue.text("cli.error.see_help", lang, message=message, prog=self.prog)
        sys.stderr.write(_catalogue.text("cli.error.line", lang, prog=self.prog, message=line))
        sys.stderr.write("\n")
        raise SystemExit(EXIT_USAGE)

    def error(self, message: str) -> NoReturn:
        """The errors argparse reports as English text only (required arguments, ambiguous
        option): recognised by argparse's own message templates (`_ARGPARSE_TEXTS`)."""
        self.fail(_argparse_text(message, self.language))


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """The help of a _Parser: a description wrapped, examples kept as written in the catalogue, the
    `usage:` prefix in `language`, a heading's colon set as the language does. argparse's
    `formatter_class` is its public hook for the help's shape, and the prefix is the one heading
    it words inside the formatter (add_usage); the other headings are the parser's group titles
    and the help of -h, set by _Parser."""

    def __init__(self, prog: str, *, language: str) -> None:
        super().__init__(prog)
        self.language = language

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        if prefix is None:
            prefix = help_text(self.language, "argparse.usage")
        super().add_usage(usage, actions, groups, prefix)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        # A description (one paragraph) is wrapped to the terminal; examples are kept as laid out.
        if "\n" in text.strip():
            return super()._fill_text(text, width, indent)
        return argparse.HelpFormatter._fill_text(self, text, width, indent)

    def start_section(self, heading: str | None) -> None:
        # argparse writes the colon after a heading itself: French puts a space before it.
        if heading is not None:
            heading = help_text(self.language, "argparse.heading", title=heading)
        super().start_section(heading)


class _Usage(argparse.ArgumentError):
    """An argparse error with what it is about (`kind` and `fields`), raised by _Parser's
    checks so that the message is worded in the user's language."""

    def __init__(self, action: argparse.Action, kind: str, **fields: Any) -> None:
        super().__init__(action, kind)
        self.kind = kind
        self.fields = fields


#: The English templates of the errors argparse only gives as text (Lib/argparse.py, the
#: argument of `_()` at each `self.error()` or ArgumentError without structure), by catalogue
#: key `cli.usage.<key>`: argparse's own msgids, each `%s` or `%r` given a field name.
_ARGPARSE_TEXTS = {
    "unrecognized": "unrecognized arguments: %(arguments)s",  # parse_args(), not main()
    "required": "the following arguments are required: %(arguments)s",
    "one_required": "one of the arguments %(arguments)s is required",
    "ambiguous": "ambiguous option: %(option)s could match %(matches)s",
    "not_allowed_with": "not allowed with argument %(other)s",
    "ignored_explicit": "ignored explicit argument %(value)s",
}


def _template_pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"%\((\w+)\)s", template)
    pattern = "".join(
        re.escape(part) if index % 2 == 0 else f"(?P<{part}>.+?)"
        for index, part in enumerate(parts)
    )
    return re.compile(pattern)


@functools.cache
def _argparse_patterns() -> dict[str, re.Pattern[str]]:
    """The patterns of `_ARGPARSE_TEXTS`, compiled when a message of argparse is first worded."""
    return {key: _template_pattern(t) for key, t in _ARGPARSE_TEXTS.items()}


def _argparse_text(message: str, lang: str, argument: str | None = None) -> str:
    """argparse's English `message` in `lang`; a message that argparse's templates do not
    match (a future argparse) is left in English rather than lost."""
    for key, pattern in _argparse_patterns().items():
        if match := pattern.fullmatch(message):
            fields = match.groupdict()
            if "value" in fields:
                fields["value"] = _quoted(fields["value"].strip("'"), lang)
            if argument is not None:
                fields["argument"] = argument
            elif key == "not_allowed_with" or key == "ignored_explicit":
                break
            return _catalogue.text(f"cli.usage.{key}", lang, **fields)
    return message if argument is None else f"argument {argument}: {message}"


def _quoted(value: object, lang: str) -> str:
    return _catalogue.text("cli.usage.quoted", lang, value=value)


#: The catalogue key of "expected N argument(s)" by an action's nargs (argparse's wording).
_NARGS = {
    None: "expected_one",
    argparse.OPTIONAL: "expected_at_most_one",
    argparse.ONE_OR_MORE: "expected_at_least_one",
}


def _argument_error(error: argparse.ArgumentError, lang: str) -> str:
    """An ArgumentError in `lang`, from the argument's name and, for _Parser's own checks, the
    value, the choices or the count of values expected."""
    argument = error.argument_name or ""
    if not isinstance(error, _Usage):
        return _argparse_text(error.message, lang, argument)
    fields = error.fields
    if error.kind == "invalid_choice":
        choices = ", ".join(_quoted(choice, lang) for choice in fields["choices"])
        value = _quoted(fields["value"], lang)
        return _catalogue.text(
            "cli.usage.invalid_choice", lang, argument=argument, value=value, choices=choices
        )
    if error.kind == "invalid_value":
        value = _quoted(fields["value"], lang)
        kind = getattr(fields["type"], "__name__", repr(fields["type"]))
        if kind == "int":
            return _catalogue.text("cli.usage.invalid_int", lang, argument=argument, value=value)
        return _catalogue.text(
            "cli.usage.invalid_value", lang, argument=argument, type=kind, value=value
        )
    nargs = fields["nargs"]
    if nargs in _NARGS:
        return _catalogue.text(f"cli.usage.{_NARGS[nargs]}", lang, argument=argument)
    return _catalogue.text("cli.usage.expected_count", lang, argument=argument, count=nargs)


def language_of(argv: Sequence[str]) -> str:
    """The language asked for on the command line, read before argparse so that its errors
    are worded in it: the last valid `--lang fr|en` or `--lang=fr|en` before a `--`; French
    when there is none (an invalid value, e.g. `--lang de`, is then reported in French)."""
    language = "fr"
    for index, argument in enumerate(argv):
        if argument == "--":
            break
        value = None
        if argument == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif argument.startswith("--lang="):
            value = argument.removeprefix("--lang=")
        if value in _catalogue.LANGUAGES:
            language = value
    return language


def _global_options(lang: str) -> argparse.ArgumentParser:
    """Options accepted before and after the command. Their default is SUPPRESS so that the
    command's parser does not overwrite a value given before the command."""
    options = _Parser(add_help=False, language=lang)
    options.add_argument(
        "--lang",
        choices=["fr", "en"],
        default=argparse.SUPPRESS,
        help=help_text(lang, "option.lang"),
    )
    options.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        default=argparse.SUPPRESS,
        help=help_text(lang, "option.quiet"),
    )
    options.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help=help_text(lang, "option.debug"),
    )
    return options


#: The commands in the order of `ctg --help`, each with the module and the function that add it
#: to the parser (a test checks that each function adds the command named beside it).
COMMANDS = (
    ("report", "_cli_dataset", "add_report"),
    ("finance", "_cli_finance", "add_finance"),
    ("rules", "_cli_rules", "add_rules"),
    ("scenario", "_cli_scenario", "add_scenario"),
    ("compare", "_cli_compare", "add_compare"),
    ("grid", "_cli_grid", "add_grid"),
    ("evaluate", "_cli_grid", "add_evaluate"),
    ("deadlines", "_cli_dataset", "add_deadlines"),
    ("validate", "_cli_dataset", "add_validate"),
    ("init", "_cli_init", "add_init"),
    ("import", "_cli_dataset", "add_import"),
    ("national", "_cli_national", "add_national"),
)
#: The global options that may come before the command, and whether each takes a value.
_GLOBAL_OPTIONS = {"--lang": True, "-q": False, "--quiet": False, "--debug": False}


def named_command(argv: Sequence[str]) -> str | None:
    """The command of `argv` when only global options come before it (`--lang en`, `-q`,
    `--quiet`, `--debug`) and every argument is UTF-8 text, else None. `main()` builds the
    parser of that command only (the others' modules are not even imported); None asks for
    every command's (`ctg --help`, no command, an unknown one, anything unusual before it)."""
    if any(_has_surrogates(argument) for argument in argv):
        return None
    names = {name for name, _, _ in COMMANDS}
    index = 0
    while index < len(argv):
        argument = argv[index]
        if argument in names:
            return argument
        option, equals, _ = argument.partition("=")
        if option not in _GLOBAL_OPTIONS or (equals and not _GLOBAL_OPTIONS[option]):
            return None
        index += 2 if _GLOBAL_OPTIONS[option] and not equals else 1
    return None


def build_parser(language: str = "fr", command: str | None = None) -> _Parser:
    """The parser of ``ctg`` and of its commands, in `language`: their help (descriptions,
    examples, options, argparse's headings) and their usage errors. With `command`, only that
    command's parser is added: parsing a command line that names it (`named_command`) gives
    the same arguments and the same errors, for a tenth of the work."""
    options = _global_options(language)
    parser = _Parser(
        prog="ctg",
        parents=[options],
        language=language,
        description=help_text(language, "ctg.description"),
        epilog=help_text(language, "ctg.epilog"),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"ctg {_ctg.__version__}",
        help=help_text(language, "argparse.version"),
    )
    commands = parser.add_subparsers(
        dest="command",
        metavar=help_text(language, "metavar.command"),
        title=help_text(language, "argparse.commands"),
    )
    for name, module, function in COMMANDS:
        if command is None or name == command:
            add = getattr(importlib.import_module(f".{module}", __package__), function)
            add(commands, [options], language)
    for name, subparser in commands.choices.items():
        subparser.set_defaults(parser=subparser, command=name)
    return parser


def _error(command: str, error: BaseException, language: _ctg.Language) -> None:
    """`ctg COMMAND: error: <first line>`; a usage error may hold several lines (one per bad
    --set), each prefixed; invalid data lists every error, indented, below the first line. The
    library's errors are worded in `language` (ctg._messages)."""
    lang = _messages.language_code(_ctg.to_string(language))
    prog = f"ctg {command}" if command else "ctg"
    prefix = _catalogue.text("cli.error.line", lang, prog=prog, message="")
    if isinstance(error, (CliError, MissingDependencyError)):
        lines = error.in_language(lang).splitlines() or [type(error).__name__]
    else:
        lines = str(error).splitlines() or [type(error).__name__]
    if isinstance(error, UsageError):
        for line in lines:
            sys.stderr.write(prefix + line + "\n")
        return
    details = getattr(error, "details", None) if isinstance(error, Error) else None
    if details and isinstance(error, ValidationError):
        lines = [_messages.headline(lines[0], language), *_messages.describe_all(details, language)]
    elif details and len(details) == 1 and str(error).startswith(details[0].to_string()):
        # The message is the detail's line (whose value may hold a line break), maybe followed
        # by more lines.
        rest = str(error).removeprefix(details[0].to_string())
        lines = [*_messages.describe(details[0], language).splitlines(), *rest.splitlines()]
    sys.stderr.write(prefix + lines[0] + "\n")
    for line in lines[1:]:
        sys.stderr.write("  " + line + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Runs ``ctg`` with `argv` (default: the command line) and returns the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    lang = language_of(arguments)
    parser = build_parser(lang, named_command(arguments))
    if (not_utf8 := _not_utf8(arguments, parser, lang)) is not None:
        prog, error = not_utf8
        sys.stderr.write(_catalogue.text("cli.error.line", lang, prog=prog, message="") + error)
        sys.stderr.write("\n")
        return EXIT_USAGE
    try:
        args, extras = parser.parse_known_args(arguments)
        if extras:
            unrecognized = _catalogue.text(
                "cli.usage.unrecognized", lang, arguments=" ".join(extras)
            )
            command_parser: _Parser = getattr(args, "parser", parser)
            command_parser.fail(unrecognized)
        if args.command is None:
            commands = ", ".join(_commands(parser))
            parser.fail(_catalogue.text("cli.usage.expected_command", lang, commands=commands))
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
        run = _cli_common.Run(
            force=getattr(args, "force", False),
            max_input_mb=_cli_common.check_max_input_mb(
                getattr(args, "max_input_mb", _cli_common.DEFAULT_MAX_INPUT_MB)
            ),
        )
        with _cli_common.running(run):
            return int(args.run(args, ctx))
    except BaseException as error:  # every user error: one line and a code
        if ctx.debug or isinstance(error, SystemExit):
            raise
        return _exit_code(ctx, error)


def _not_utf8(
    arguments: Sequence[str], parser: argparse.ArgumentParser, lang: str
) -> tuple[str, str] | None:
    r"""The first argument that is not UTF-8 text, as `(prog, message)`, or None.

    Python gives the bytes of such an argument as lone surrogates (`\xff` as U+DCFF), which
    neither the library nor a terminal can take: the command is refused at once, the value
    shown with those bytes written `\xNN`, named by its option (`--on`, `--set=…`, the option
    before it) or by its position."""
    commands = _commands(parser)
    command = next((a for a in arguments if a in commands), None)
    options = (commands[command] if command else parser)._option_string_actions
    for index, argument in enumerate(arguments):
        if not _has_surrogates(argument):
            continue
        shown = argument.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        option, value = None, shown
        before = arguments[index - 1] if index > 0 else ""
        name, equals, _ = argument.partition("=")
        if name.startswith("-") and equals and not _has_surrogates(name):
            option, _, value = shown.partition("=")
        elif before in options and options[before].nargs != 0:
            option = before
        if option is None:
            option = _catalogue.text("cli.usage.argument_number", lang, number=index + 1)
        expected = _catalogue.text("cli.expected.utf8_argument", lang)
        prog = f"ctg {command}" if command else "ctg"
        return prog, _messages.line(option, value, expected, lang)
    return None


def _has_surrogates(text: str) -> bool:
    return any("\udc80" <= c <= "\udcff" for c in text)


def _exit_code(ctx: Context, error: BaseException) -> int:
    lang = _ctg.to_string(ctx.language)
    prog = f"ctg {ctx.command}"
    if isinstance(error, KeyboardInterrupt):
        sys.stderr.write(_catalogue.text("cli.error.interrupted", lang, prog=prog) + "\n")
        return 130
    if isinstance(error, Terminated):
        # SIGTERM or SIGHUP during a write (the temporary file removed): 128 + its number,
        # the code a shell shows for a process that the signal ended.
        sys.stderr.write(
            _catalogue.text("cli.error.terminated", lang, prog=prog, signal=str(error)) + "\n"
        )
        return 128 + error.signum
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
        missing = UsageError("no_such_file_anywhere", path=error.filename)
        _error(ctx.command, missing, ctx.language)
        return EXIT_USAGE
    if isinstance(error, OSError):
        # The reason is the system's own words (strerror), in the system's language.
        reason = error.strerror or str(error)
        system = (
            UsageError("system", path=error.filename, reason=reason)
            if error.filename
            else UsageError.worded_by(lambda _: reason)
        )
        _error(ctx.command, system, ctx.language)
        return EXIT_USAGE
    internal = f"{type(error).__name__}: {error}"
    sys.stderr.write(_catalogue.text("cli.error.internal", lang, prog=prog, error=internal) + "\n")
    return EXIT_INTERNAL


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


if __name__ == "__main__":  # pragma: no cover - `python -m ctg` goes through ctg/__main__.py
    sys.exit(main())
