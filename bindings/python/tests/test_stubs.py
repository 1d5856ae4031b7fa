# SPDX-License-Identifier: MIT
"""The committed stub ctg/_ctg.pyi is what pybind11-stubgen generates from the built module."""

from __future__ import annotations

import difflib
import importlib.util
import sys
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[1] / "tools"


def load_gen_stubs():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("gen_stubs", TOOLS / "gen_stubs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("gen_stubs", module)
    spec.loader.exec_module(module)
    return module


def test_stub_has_not_drifted() -> None:
    pytest.importorskip("pybind11_stubgen")
    gen_stubs = load_gen_stubs()
    generated = gen_stubs.generate()
    committed = gen_stubs.COMMITTED.read_text(encoding="utf-8")
    if generated != committed:
        diff = "".join(
            difflib.unified_diff(
                committed.splitlines(keepends=True),
                generated.splitlines(keepends=True),
                "committed _ctg.pyi",
                "generated",
                n=1,
            )
        )
        pytest.fail(
            "bindings/python/ctg/_ctg.pyi is out of date; regenerate it with\n"
            "  .venv/bin/python bindings/python/tools/gen_stubs.py\n" + diff[:6000]
        )


def test_installed_package_ships_the_stub_and_marker() -> None:
    import ctg

    package = Path(ctg.__file__).parent
    assert (package / "py.typed").is_file()
    assert (package / "_ctg.pyi").is_file()
