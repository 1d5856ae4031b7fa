#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Generate the type stubs of the compiled module, bindings/python/ctg/_ctg.pyi.

Run it with the interpreter of the environment where ctg is installed, after a build:

    .venv/bin/python bindings/python/tools/gen_stubs.py          # rewrite the committed stub
    .venv/bin/python bindings/python/tools/gen_stubs.py --check  # exit 1 when it has drifted

bindings/python/tests/test_stubs.py runs the same generation into a temporary directory and
fails on any difference, so the stub is regenerated (and committed) with every binding change.
The output is pybind11-stubgen's (version pinned in pyproject.toml), with one correction: the
`self` of methods carries no annotation (pybind11 would write the types a converting argument
accepts, e.g. `self: Money | str | decimal.Decimal`).
"""

from __future__ import annotations

import argparse
import difflib
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
COMMITTED = HERE.parent / "ctg" / "_ctg.pyi"
MODULE = "ctg._ctg"


def postprocess(text: str) -> str:
    return re.sub(r"\(self: [^,)]+", "(self", text)


def generate() -> str:
    """The stub text for the ctg._ctg importable by this interpreter."""
    with tempfile.TemporaryDirectory(prefix="ctg-stubs-") as tmp:
        subprocess.run(
            [sys.executable, "-m", "pybind11_stubgen", MODULE, "--output-dir", tmp, "--exit-code"],
            check=True,
            capture_output=True,
            text=True,
        )
        return postprocess((Path(tmp) / "ctg" / "_ctg.pyi").read_text(encoding="utf-8"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    try:
        text = generate()
    except subprocess.CalledProcessError as failure:
        sys.stderr.write(failure.stdout + failure.stderr)
        return 2
    if args.check:
        committed = COMMITTED.read_text(encoding="utf-8") if COMMITTED.exists() else ""
        if committed != text:
            sys.stdout.writelines(
                difflib.unified_diff(
                    committed.splitlines(keepends=True),
                    text.splitlines(keepends=True),
                    str(COMMITTED),
                    "generated",
                )
            )
            return 1
        return 0
    COMMITTED.write_text(text, encoding="utf-8")
    print(f"wrote {COMMITTED}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
