# SPDX-License-Identifier: MIT
"""What the command-line tests of hostile input share: running `ctg` in English in-process, and
reading its one error line."""

from __future__ import annotations

import pytest

from ctg import cli


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """`ctg --lang en ARGV…` in this process: the exit code, stdout and stderr."""
    code = cli.main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def error_line(err: str, command: str) -> str:
    """The one line a user error prints, `ctg COMMAND: error: …` (`ctg: error: …` without a
    command), never a traceback."""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"ctg {command}: error: " if command else "ctg: error: "), err
    assert "Traceback" not in err
    return lines[0]
