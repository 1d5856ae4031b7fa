# SPDX-License-Identifier: MIT
"""The parser of the command named on the command line alone (ctg.cli.named_command): the same
arguments and the same errors as the parser of every command (`ctg --help` still lists them
all), without importing or building the others."""

from __future__ import annotations

import argparse
from typing import Any

import pytest

from ctg import cli


def _commands(parser: argparse.ArgumentParser) -> list[str]:
    return list(cli._commands(parser))


def test_the_table_names_every_command_in_the_order_of_the_help() -> None:
    assert _commands(cli.build_parser("fr")) == [name for name, _, _ in cli.COMMANDS]
    for name, _, _ in cli.COMMANDS:
        assert _commands(cli.build_parser("en", name)) == [name]


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["report"], "report"),
        (["--lang", "en", "-q", "report", "--format", "json"], "report"),
        (["--lang=en", "--debug", "--quiet", "finance"], "finance"),
        (["--lang", "rules", "report"], "report"),  # --lang takes `rules`: argparse refuses it
        ([], None),
        (["--help"], None),
        (["--version"], None),
        (["-qq", "report"], None),
        (["--qu", "report"], None),
        (["--quiet=yes", "report"], None),
        (["--lang"], None),
        (["reports"], None),
        (["report\udcff"], None),
    ],
)
def test_named_command(argv: list[str], command: str | None) -> None:
    assert cli.named_command(argv) == command


def _parsed(parser: argparse.ArgumentParser, argv: list[str]) -> tuple[dict[str, Any], list[str]]:
    args, extras = parser.parse_known_args(argv)
    found = vars(args)
    found.pop("parser", None)
    return found, extras


@pytest.mark.parametrize(
    "argv",
    [
        ["report", "--on", "2021-06-30", "--format", "json"],
        ["--lang", "en", "report", "-q", "--format", "html", "--audience", "elus"],
        ["-q", "finance", "--rulebook", "cej", "--on", "2021-06-30", "--format", "csv"],
        ["rules", "--lang", "en"],
        ["scenario", "--set", "coordination_rate=70%"],
        ["compare", "national-2020", "cej"],
        ["grid", "--format", "md"],
        ["deadlines", "--months", "6"],
        ["validate", "--dataset", "charente-2021"],
        ["national", "charente-2021", "--format", "json"],
        ["report", "--bogus", "value"],
    ],
)
def test_the_named_commands_parser_parses_as_the_whole_parser(argv: list[str]) -> None:
    command = cli.named_command(argv)
    assert command is not None
    assert _parsed(cli.build_parser("fr", command), argv) == _parsed(cli.build_parser("fr"), argv)


@pytest.mark.parametrize(
    "argv",
    [
        ["report", "--format", "pdf"],
        ["report", "--on"],
        ["--lang", "de", "report"],
        ["finance", "--max-input-mb", "x"],
        ["report", "--dataset", "a", "--input", "b"],
    ],
)
def test_the_named_commands_parser_words_the_same_errors(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    errors = []
    for parser in (cli.build_parser("fr", cli.named_command(argv)), cli.build_parser("fr")):
        with pytest.raises(SystemExit) as exit_:
            parser.parse_known_args(argv)
        errors.append((exit_.value.code, capsys.readouterr()))
    assert errors[0] == errors[1]
    assert errors[0][0] == 2
