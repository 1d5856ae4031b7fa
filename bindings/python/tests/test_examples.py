# SPDX-License-Identifier: MIT
"""The Python examples of examples/python run without error: the script and the notebook."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[3] / "examples" / "python"


def test_script_runs() -> None:
    completed = subprocess.run(
        [sys.executable, str(EXAMPLES / "charente.py")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    # Money.to_french(): U+202F between thousands, U+00A0 before € (Babel's typography).
    for total in ("354\u202f000,00", "332\u202f656,75", "566\u202f400,00", "442\u202f004,40"):
        assert total + "\u00a0€" in completed.stdout
    assert "1\u202f600,00\u00a0€" in completed.stdout


def test_notebook_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    kernelspec = pytest.importorskip("ipykernel.kernelspec")

    # A kernelspec whose argv is this interpreter (the venv's), found first through JUPYTER_PATH,
    # so the notebook never runs in another Python that lacks the ctg package.
    kernelspec.install(kernel_name="python3", prefix=str(tmp_path))
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "share" / "jupyter"))

    nb = nbformat.read(EXAMPLES / "charente.ipynb", as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(EXAMPLES)}}
    )
    client.execute()  # raises CellExecutionError on any error

    outputs = [output for cell in nb.cells if cell.cell_type == "code" for output in cell.outputs]
    assert not [output for output in outputs if output.output_type == "error"]
    text = "".join(output.get("text", "") for output in outputs)
    assert "566\u202f400,00\u00a0€" in text
    assert "text/html" in nb.cells[-1].outputs[0].data  # the final DataFrame
