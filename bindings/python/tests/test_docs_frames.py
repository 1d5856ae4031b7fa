# SPDX-License-Identifier: MIT
"""The examples of docs/pages/frames.md run, in order, and show what the page says they show."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

PAGE = Path(__file__).resolve().parents[3] / "docs" / "pages" / "frames.md"
PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def test_the_page_is_linked_from_the_index() -> None:
    index = (PAGE.parent / "index.md").read_text(encoding="utf-8")
    assert PAGE.read_text(encoding="utf-8").startswith("# DataFrames for notebooks {#frames}")
    assert '@ref frames "' in index


def test_the_examples_run_and_show_their_outputs() -> None:
    pytest.importorskip("pandas")
    blocks = PYTHON_BLOCK.findall(PAGE.read_text(encoding="utf-8"))
    assert len(blocks) >= 6
    # One doctest over every block, so that names defined by a block serve the next ones.
    test = doctest.DocTestParser().get_doctest(
        "\n".join(blocks), globs={}, name=PAGE.name, filename=str(PAGE), lineno=0
    )
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    failures: list[str] = []
    runner.run(test, out=failures.append)
    assert runner.failures == 0, "".join(failures)
    assert runner.tries >= 15
