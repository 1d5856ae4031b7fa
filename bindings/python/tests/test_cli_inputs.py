# SPDX-License-Identifier: MIT
"""The input files of `ctg` (--input, --rulebook FILE, --grid FILE, the file of `ctg evaluate`):
only regular files are read, refused at once otherwise (a FIFO never blocks, /dev/zero is
not read), and no larger than --max-input-mb (64 MiB by default)."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

import ctg
from cli_support import error_line, run

SCRIPT = Path(sys.executable).parent / "ctg"
ON = ["--on", "2021-06-30"]
MIB = 1024 * 1024


def _limit_memory() -> None:
    # Before the check, ctg read /dev/zero without end: 1 GiB of address space at most.
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


def run_script(*argv: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The installed `ctg` in a process of its own, bounded in time and memory: a FIFO used to
    block it forever, /dev/zero to grow it without end."""
    return subprocess.run(
        [str(SCRIPT), "--lang", "en", *argv],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        preexec_fn=_limit_memory,
    )


#: Every option that reads a file, as a command line with `{}` for the path.
READERS = {
    "--input": ["validate", "--input", "{}"],
    "--rulebook": ["finance", *ON, "--rulebook", "{}"],
    "--grid": ["grid", "--grid", "{}"],
    "FILE": ["evaluate", "{}", "--format-in", "json"],
}


def command_line(option: str, path: str | Path) -> list[str]:
    return [str(path) if a == "{}" else a for a in READERS[option]]


@pytest.mark.parametrize("option", list(READERS))
def test_a_fifo_is_refused_at_once(tmp_path: Path, option: str) -> None:
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    start = time.monotonic()
    done = run_script(*command_line(option, fifo), timeout=30)
    assert time.monotonic() - start < 20
    assert done.returncode == 2, done.stderr
    command = READERS[option][0]
    line = error_line(done.stderr, command)
    assert f"{option}: cannot read {fifo}: it is a named pipe (FIFO), not a regular file" in line


def test_dev_zero_is_not_read(tmp_path: Path) -> None:
    start = time.monotonic()
    done = run_script("validate", "--input", "/dev/zero", timeout=30)
    assert time.monotonic() - start < 20
    assert done.returncode == 2, done.stderr
    line = error_line(done.stderr, "validate")
    assert "--input: cannot read /dev/zero: it is a device, not a regular file" in line


@pytest.mark.parametrize("option", list(READERS))
def test_a_directory_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, option: str
) -> None:
    folder = tmp_path / "folder.json"
    folder.mkdir()
    code, _, err = run(capsys, *command_line(option, folder))
    assert code == 2
    assert f'{option}: got "{folder}"; expected a file, not a directory' in error_line(
        err, READERS[option][0]
    )


def test_a_file_over_the_cap_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    text = ctg.dataset_to_json(ctg.builtin_dataset("charente-2021"))
    big.write_text(text + " " * (MIB + 1 - len(text.encode())), encoding="utf-8")
    assert big.stat().st_size == MIB + 1
    code, _, err = run(capsys, "validate", "--input", str(big), "--max-input-mb", "1")
    assert code == 2
    line = error_line(err, "validate")
    assert (
        f"--input: {big} is 1048577 bytes, over the limit of 1 MiB (1048576 bytes); "
        "--max-input-mb N raises it" in line
    )
    # Raised, the same file is read.
    code, out, err = run(capsys, "-q", "validate", "--input", str(big), "--max-input-mb", "2")
    assert code == 0, err
    assert out.startswith("valid: dataset `charente-2021`")


def test_the_default_cap_is_64_mib(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    sparse = tmp_path / "sparse.json"
    with open(sparse, "wb") as file:
        file.truncate(64 * MIB + 1)  # no block written
    code, _, err = run(capsys, "finance", *ON, "--rulebook", str(sparse))
    assert code == 2
    line = error_line(err, "finance")
    assert f"--rulebook: {sparse} is 67108865 bytes, over the limit of 64 MiB" in line


def test_max_input_mb_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "validate", "--max-input-mb", "0")
    assert code == 2
    assert '--max-input-mb: got "0"; expected a size in MiB, 1 or more' in error_line(
        err, "validate"
    )


def test_a_dataset_that_is_not_utf8(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Before, the library read the bytes and the binding failed on them: exit 70."""
    text = ctg.dataset_to_json(ctg.builtin_dataset("charente-2021"))
    data = text.encode("utf-8").replace("Angoulême".encode(), b"Angoul\xffme", 1)
    path = tmp_path / "latin.json"
    path.write_bytes(data)
    code, _, err = run(capsys, "validate", "--input", str(path))
    assert code == 1
    byte = data.index(b"\xff")
    assert f"{path}: not UTF-8 text (invalid start byte at byte {byte})" in error_line(
        err, "validate"
    )


def test_a_regular_file_reads_as_before(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    bom = b"\xef\xbb\xbf"  # a byte order mark, accepted by the library's reader
    path.write_bytes(bom + ctg.dataset_to_json(ctg.builtin_dataset("charente-2021")).encode())
    code, out, err = run(capsys, "-q", "finance", "--input", str(path), "--year", "2021")
    assert code == 0, err
    assert "€513,429.04" in out
    assert (0, out, "") == run(capsys, "-q", "finance", "--year", "2021")
