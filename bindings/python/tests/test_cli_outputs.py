# SPDX-License-Identifier: MIT
"""The outputs of `ctg` (`-o`, `--html`, the CSV directory of `ctg report`): a symbolic link, a
device, a FIFO, a socket, a directory or one of the command's own inputs is refused (exit 2)
and left as it was; `--force` replaces a link itself, never the file it points to; SIGTERM and
SIGHUP leave no temporary file; the CSV directory is written all or nothing."""

from __future__ import annotations

import errno
import os
import signal
import socket
import stat
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

import ctg
from cli_support import error_line, run
from ctg import _cli_common

ON = ["--on", "2021-06-30"]


def leftovers(directory: Path) -> list[str]:
    """Temporary files or directories of ctg left in `directory`."""
    return sorted(p.name for p in directory.iterdir() if p.name.startswith("."))


def dataset_file(tmp_path: Path) -> Path:
    path = tmp_path / "d.json"
    path.write_text(ctg.dataset_to_json(ctg.builtin_dataset("charente-2021")), encoding="utf-8")
    return path


# --- links, devices, FIFOs, sockets -----------------------------------------------------------


def test_a_symlink_output_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_text("keep me\n", encoding="utf-8")
    link = tmp_path / "out.md"
    link.symlink_to(real)
    code, out, err = run(capsys, "finance", *ON, "-o", str(link))
    assert code == 2 and out == ""
    line = error_line(err, "finance")
    assert f"-o: {link} is a symbolic link (to {real})" in line and "--force" in line
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "keep me\n"
    assert leftovers(tmp_path) == []


def test_force_replaces_the_link_not_its_target(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    real = tmp_path / "real.md"
    real.write_text("keep me\n", encoding="utf-8")
    link = tmp_path / "out.md"
    link.symlink_to(real)
    code, _, err = run(capsys, "finance", *ON, "-o", str(link), "--force")
    assert code == 0, err
    assert not link.is_symlink() and link.is_file()
    assert link.read_text(encoding="utf-8").startswith("### Financing 2021 per post")
    assert real.read_text(encoding="utf-8") == "keep me\n"
    # After the command too (`ctg report … --force`), for --html as well.
    link.unlink()
    html = tmp_path / "page.html"
    html.symlink_to(real)
    code, _, err = run(capsys, "-q", "report", *ON, "--html", str(html), "--force", "-o", "-")
    assert code == 0, err
    assert not html.is_symlink() and html.read_text(encoding="utf-8").startswith("<!DOCTYPE")
    assert real.read_text(encoding="utf-8") == "keep me\n"


def test_a_fifo_output_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    code, _, err = run(capsys, "finance", *ON, "-o", str(fifo))
    assert code == 2
    assert f"-o: cannot write {fifo}: it is a named pipe (FIFO)" in error_line(err, "finance")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_device_output_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # A device of the test's own (a copy of /dev/null) when the test may make one (root):
    # before the check, root's `ctg -o /dev/null` renamed a regular file over the system's.
    device = tmp_path / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        device = Path(os.devnull)  # not root: /dev is not writable
    code, _, err = run(capsys, "-q", "finance", *ON, "-o", str(device))
    assert code == 2
    assert f"-o: cannot write {device}: it is a device" in error_line(err, "finance")
    assert stat.S_ISCHR(os.lstat(device).st_mode)


def test_a_socket_output_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    # A short directory: a socket path is limited to about 100 bytes.
    with tempfile.TemporaryDirectory(dir="/tmp") as folder:
        path = os.path.join(folder, "s")
        with socket.socket(socket.AF_UNIX) as server:
            server.bind(path)
            code, _, err = run(capsys, "report", *ON, "--html", path, "--format", "json")
        assert code == 2
        assert f"--html: cannot write {path}: it is a socket" in error_line(err, "report")
        assert stat.S_ISSOCK(os.lstat(path).st_mode)


def test_a_directory_output_is_refused_for_html(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "report", *ON, "--html", str(tmp_path))
    assert code == 2
    assert f'--html: got "{tmp_path}"; expected a file path' in error_line(err, "report")


# --- an output that is an input ----------------------------------------------------------------


def test_the_input_dataset_is_not_overwritten(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = dataset_file(tmp_path)
    before = data.read_bytes()
    code, out, err = run(capsys, "-q", "report", "--input", str(data), *ON, "-o", str(data))
    assert code == 2 and out == ""
    line = error_line(err, "report")
    assert f"-o: {data} is also an input of the command (--input {data})" in line
    assert data.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_a_hard_link_to_an_input_is_the_same_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = dataset_file(tmp_path)
    before = data.read_bytes()
    other_name = tmp_path / "same.json"
    os.link(data, other_name)
    code, _, err = run(capsys, "-q", "report", "--input", str(data), *ON, "--html", str(other_name))
    assert code == 2
    assert f"--html: {other_name} is also an input of the command (--input {data})" in err
    assert data.read_bytes() == before


def test_a_rulebook_file_is_not_overwritten(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    rulebook = tmp_path / "rules.json"
    rulebook.write_text(ctg.to_json(ctg.builtin_rulebook("cej")), encoding="utf-8")
    before = rulebook.read_bytes()
    argv = ["-q", "finance", *ON, "--rulebook", str(rulebook), "-o", str(rulebook)]
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert f"is also an input of the command (--rulebook {rulebook})" in error_line(err, "finance")
    assert rulebook.read_bytes() == before


def test_an_evaluation_file_is_not_overwritten(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    grid = ctg.builtin_grid("charente-2021")
    evaluation = tmp_path / "evaluation.json"
    evaluation.write_text(ctg.blank_evaluation_json(grid, "post-a", 2021), encoding="utf-8")
    before = evaluation.read_bytes()
    code, _, err = run(capsys, "-q", "evaluate", str(evaluation), "-o", str(evaluation))
    assert code == 2
    assert f"is also an input of the command (FILE {evaluation})" in error_line(err, "evaluate")
    assert evaluation.read_bytes() == before


# --- signals -------------------------------------------------------------------------------------

#: Runs `ctg` with a write that receives a signal once the temporary file is written.
_SIGNALLED = """
import os, signal, sys
from ctg import _cli_common, cli

write_file = _cli_common.write_file

def signalled(path, write, *args, **kwargs):
    def write_then_signal(temporary):
        write(temporary)
        os.kill(os.getpid(), getattr(signal, sys.argv[1]))
    return write_file(path, write_then_signal, *args, **kwargs)

_cli_common.write_file = signalled
sys.exit(cli.main(sys.argv[2:]))
"""


@pytest.mark.parametrize(("name", "number"), [("SIGTERM", 15), ("SIGHUP", 1)])
def test_a_signal_during_the_write_leaves_no_temporary_file(
    tmp_path: Path, name: str, number: int
) -> None:
    target = tmp_path / "report.html"
    target.write_text("previous\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", _SIGNALLED, name, "--lang", "en", "report", *ON]
        + ["--format", "html", "-o", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 128 + number, done.stderr
    assert done.stderr.strip().endswith(f"ctg report: stopped by signal {name}")
    assert "Traceback" not in done.stderr
    assert leftovers(tmp_path) == []
    assert target.read_text(encoding="utf-8") == "previous\n"


def test_the_signal_handlers_are_restored(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    before = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGHUP)}
    code, _, err = run(capsys, "finance", *ON, "-o", str(tmp_path / "out.md"))
    assert code == 0, err
    assert {s: signal.getsignal(s) for s in before} == before


# --- the CSV directory, all or nothing ----------------------------------------------------------


def tables_of(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())}


def failing_after(monkeypatch: pytest.MonkeyPatch, count: int) -> None:
    """The table writer of the CSV directory fails (disk full) after `count` tables."""
    write = _cli_common.write_bytes
    calls = []

    def full(path: str, content: bytes) -> None:
        calls.append(path)
        if len(calls) > count:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), path)
        write(path, content)

    monkeypatch.setattr(_cli_common, "write_bytes", full)


def test_a_failed_csv_directory_leaves_the_previous_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tables = tmp_path / "tables"
    code, _, err = run(
        capsys, "-q", "report", "--on", "2020-06-30", "--format", "csv", "-o", str(tables)
    )
    assert code == 0, err
    previous = tables_of(tables)
    assert len(previous) == 12
    failing_after(monkeypatch, 5)
    code, _, err = run(capsys, "-q", "report", *ON, "--format", "csv", "-o", str(tables))
    assert code == 2
    assert f"cannot write {tables}" in error_line(err, "report") and "No space left" in err
    assert tables_of(tables) == previous
    assert leftovers(tmp_path) == [] and leftovers(tables) == []
    monkeypatch.undo()
    # Then a good run replaces every table.
    code, _, err = run(capsys, "-q", "report", *ON, "--format", "csv", "-o", str(tables))
    assert code == 0, err
    after = tables_of(tables)
    assert set(after) == set(previous) and after != previous
    assert leftovers(tmp_path) == []


def test_a_failed_new_csv_directory_is_not_created(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    failing_after(monkeypatch, 3)
    tables = tmp_path / "new"
    code, _, _ = run(capsys, "-q", "report", *ON, "--format", "csv", "-o", str(tables))
    assert code == 2
    assert list(tmp_path.iterdir()) == []


def test_other_files_of_the_csv_directory_are_kept(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("mine\n", encoding="utf-8")
    data = dataset_file(tmp_path)
    argv = ["-q", "report", "--input", str(data), *ON, "--format", "csv", "-o", str(tmp_path)]
    failing_after(monkeypatch, 7)
    code, _, _ = run(capsys, *argv)
    assert code == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.json", "notes.txt"]
    monkeypatch.undo()
    code, _, err = run(capsys, *argv)
    assert code == 0, err
    assert notes.read_text(encoding="utf-8") == "mine\n"
    assert len(list(tmp_path.glob("*.csv"))) == 12 and leftovers(tmp_path) == []


def test_a_symlink_csv_directory(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (real / "coverage.csv").write_text("keep\n", encoding="utf-8")
    link = tmp_path / "tables"
    link.symlink_to(real)
    argv = ["report", *ON, "--format", "csv", "-o", str(link)]
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert f"-o: {link} is a symbolic link (to {real})" in error_line(err, "report")
    code, _, err = run(capsys, "-q", *argv, "--force")
    assert code == 0, err
    assert not link.is_symlink() and len(list(link.glob("*.csv"))) == 12
    assert tables_of(real) == {"coverage.csv": b"keep\n"}
    assert leftovers(tmp_path) == []


def test_a_csv_directory_keeps_its_permissions(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    tables = tmp_path / "tables"
    tables.mkdir(mode=0o700)
    os.chmod(tables, 0o700)
    code, _, err = run(capsys, "-q", "report", *ON, "--format", "csv", "-o", str(tables))
    assert code == 0, err
    assert stat.S_IMODE(os.stat(tables).st_mode) == 0o700


def test_the_current_directory_as_csv_directory(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An existing directory is written in place, never renamed: `-o .` in an empty directory
    # (no rename of "."), `-o "$PWD"` (the current directory neither moved nor removed).
    monkeypatch.chdir(tmp_path)
    inode = os.stat(tmp_path).st_ino
    code, _, err = run(capsys, "-q", "report", *ON, "--format", "csv", "-o", ".")
    assert code == 0, err
    assert len(list(tmp_path.glob("*.csv"))) == 12 and leftovers(tmp_path) == []
    code, _, err = run(capsys, "-q", "report", *ON, "--format", "csv", "-o", str(tmp_path))
    assert code == 0, err
    assert os.stat(tmp_path).st_ino == inode and Path.cwd().samefile(tmp_path)
    assert len(list(tmp_path.glob("*.csv"))) == 12 and leftovers(tmp_path) == []


def test_an_existing_csv_directory_is_written_in_place(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    tables = tmp_path / "tables"
    tables.mkdir()
    inode = os.stat(tables).st_ino
    argv = ["-q", "report", *ON, "--format", "csv", "-o", str(tables)]
    code, _, err = run(capsys, *argv)  # empty, then holding only the tables of that run
    assert code == 0, err
    assert os.stat(tables).st_ino == inode and len(list(tables.glob("*.csv"))) == 12
    code, _, err = run(capsys, *argv)
    assert code == 0, err
    assert os.stat(tables).st_ino == inode
    (tables / "notes.txt").write_text("mine\n", encoding="utf-8")
    code, _, err = run(capsys, *argv)
    assert code == 0, err
    assert os.stat(tables).st_ino == inode
    assert (tables / "notes.txt").read_text(encoding="utf-8") == "mine\n"
    assert len(list(tables.glob("*.csv"))) == 12
    assert leftovers(tmp_path) == [] and leftovers(tables) == []


@pytest.mark.parametrize("when", ["before", "after"])
@pytest.mark.parametrize("step", ["mkdtemp", "rename"])
def test_a_new_csv_directory_is_whole_or_absent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str, when: str
) -> None:
    # Ctrl-C just before or just after the staging directory's creation or its rename into
    # place leaves the new directory whole or absent, and never the staging directory.
    module = tempfile if step == "mkdtemp" else os
    real = getattr(module, step)

    def interrupted(*args: Any, **kwargs: Any) -> Any:
        if when == "before":
            os.kill(os.getpid(), signal.SIGINT)
        result = real(*args, **kwargs)
        if when == "after":
            os.kill(os.getpid(), signal.SIGINT)
        return result

    monkeypatch.setattr(module, step, interrupted)
    tables = tmp_path / "tables"
    with pytest.raises(KeyboardInterrupt):
        _cli_common.write_directory(tables, {"a.csv": "x\n"})
    monkeypatch.undo()
    if list(tmp_path.iterdir()):
        assert [p.name for p in tmp_path.iterdir()] == ["tables"]
        assert tables_of(tables) == {"a.csv": b"x\n"}


@pytest.mark.parametrize("target", ["file", "directory"])
def test_ctrl_c_just_after_a_temporary_file_leaves_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, target: str
) -> None:
    # The temporary file is recorded for its removal before a signal can interrupt: Ctrl-C just
    # after its creation leaves none (an output file, a table of an existing CSV directory).
    real = tempfile.mkstemp

    def interrupted(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGINT)
        return result

    monkeypatch.setattr(tempfile, "mkstemp", interrupted)
    with pytest.raises(KeyboardInterrupt):
        if target == "file":
            _cli_common.write_text_file(tmp_path / "out.md", "x\n")
        else:
            _cli_common.write_directory(tmp_path, {"a.csv": "x\n"})
    assert list(tmp_path.iterdir()) == []
