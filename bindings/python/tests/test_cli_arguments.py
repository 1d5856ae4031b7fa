# SPDX-License-Identifier: MIT
"""Command lines that used to end in an internal error (exit 70): a number of months past any
calendar, an argument that is not UTF-8, a closed stdout. Each is now a one-line usage error
(exit 2), or a quiet stop (exit 141) when nobody reads the output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli_support import error_line, run

SCRIPT = Path(sys.executable).parent / "ctg"


# --- years ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "year"),
    [("finance", "2500"), ("grid", "3000"), ("finance", "1899"), ("grid", "21")],
)
def test_a_year_the_library_cannot_read(
    capsys: pytest.CaptureFixture[str], command: str, year: str
) -> None:
    # The years the library reads (1900 to 2199), its bounds: a usage error, not exit 1 or 0.
    code, out, err = run(capsys, command, "--year", year)
    assert code == 2 and out == ""
    assert f'--year: got "{year}"; expected a year between 1900 and 2199' in error_line(
        err, command
    )


# --- months ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("months", ["9999999999999", "786450", "1201", "-1"])
def test_months_out_of_range(capsys: pytest.CaptureFixture[str], months: str) -> None:
    code, out, err = run(capsys, "deadlines", "--on", "2021-06-30", "--months", months)
    assert code == 2 and out == ""
    assert (
        f'--months: got "{months}"; expected a number of months from 0 to 1200 (100 years)'
        in error_line(err, "deadlines")
    )


@pytest.mark.parametrize("months", ["99999999999", "786450"])
def test_bilan_months_out_of_range(capsys: pytest.CaptureFixture[str], months: str) -> None:
    code, _, err = run(capsys, "-q", "deadlines", "--on", "2021-06-30", "--bilan-months", months)
    assert code == 2
    assert f'--bilan-months: got "{months}"; expected a number of months from 0 to 1200' in (
        error_line(err, "deadlines")
    )


def test_a_hundred_years_is_the_last_horizon(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "-q", "deadlines", "--on", "2021-06-30", "--months", "1200", "--format", "json"
    )
    assert code == 0, err
    assert json.loads(out)["horizon"] == "2121-06-30"


# --- arguments that are not UTF-8 -----------------------------------------------------------------


def test_a_non_utf8_argument_from_the_shell() -> None:
    """The bytes of the command line as a shell passes them (`--dataset $'\\xff'`)."""
    done = subprocess.run(
        [os.fsencode(SCRIPT), b"--lang", b"en", b"report", b"--dataset", b"caf\xe9-\xff"],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    err = done.stderr.decode("utf-8")
    line = error_line(err, "report")
    assert line == (
        'ctg report: error: --dataset: got "caf\\xe9-\\xff"; expected UTF-8 text (the bytes '
        "that are not are shown as \\xNN)"
    )


@pytest.mark.parametrize(
    ("argv", "option", "shown"),
    [
        (["report", "--on", "\udcff"], "--on", "\\xff"),  # was exit 70 (parse_date)
        (["scenario", "--set=\udcffx=1"], "--set", "\\xffx=1"),  # was exit 70 (parse_override)
        (["finance", "--explain", "é\udce9"], "--explain", "é\\xe9"),  # was exit 70
        (["rules", "\udcff"], "argument 5", "\\xff"),  # after --lang en -q rules
    ],
)
def test_a_non_utf8_argument(
    capsys: pytest.CaptureFixture[str], argv: list[str], option: str, shown: str
) -> None:
    code, out, err = run(capsys, "-q", *argv)
    assert code == 2 and out == ""
    assert f'{option}: got "{shown}"; expected UTF-8 text' in error_line(err, argv[0])


def test_a_non_utf8_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "\udcff")
    assert code == 2
    assert 'argument 3: got "\\xff"; expected UTF-8 text' in error_line(err, "")  # --lang en


# --- stdout closed or gone ------------------------------------------------------------------------


def test_a_closed_stdout() -> None:
    """`ctg report >&-`: Python has no sys.stdout; before, exit 70."""
    done = subprocess.run(
        [str(SCRIPT), "-q", "report", "--on", "2021-06-30"],
        capture_output=False,
        stderr=subprocess.PIPE,
        timeout=120,
        check=False,
        preexec_fn=lambda: os.close(1),
    )
    assert done.returncode == 141
    assert done.stderr == b""


def test_a_reader_that_goes_away() -> None:
    """`ctg report | head -c 10`: the pipe closed before ctg writes."""
    process = subprocess.Popen(
        [str(SCRIPT), "-q", "report", "--on", "2021-06-30", "--format", "html"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    err = process.stderr.read()
    process.stderr.close()
    assert process.wait(timeout=120) == 141
    assert err == b""


@pytest.mark.parametrize("year", ["2147483648", "-2147483649", "18446744073709551616", "2200"])
def test_a_year_no_int_holds_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], year: str
) -> None:
    """Found by tests/hostile/run.py: beyond 32 bits the binding raised TypeError (exit 70)."""
    for command in (["finance"], ["scenario", "--set", "coordination_rate=70"]):
        code, out, err = run(capsys, *command, "--year", year)
        assert code == 2 and out == ""
        assert f'--year: got "{year}"; expected a year between 1900 and 2199' in error_line(
            err, command[0]
        )


@pytest.mark.parametrize("command", [["validate"], ["finance"], ["report", "--on", "2021-06-30"]])
def test_an_empty_input_path_is_a_missing_file(
    capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    """Found by tests/hostile/run.py: `--input ''` silently read the built-in dataset."""
    code, out, err = run(capsys, *command, "--input", "")
    assert code == 2 and "charente-2021" not in out
    assert "--input" in error_line(err, command[0])
