#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Unit tests of check_layers.py on tiny trees written in a temporary folder: the check passes
on a tree that keeps the layering and fails, naming the files, on each kind of violation."""

from __future__ import annotations

import sys
import tempfile
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import check_layers  # noqa: E402


class LayeredTree(unittest.TestCase):
    """A tree shaped like the library: core, rules, referentiel, model, io."""

    def setUp(self) -> None:
        self._tmp = tempfile.TemporaryDirectory()
        self.root = Path(self._tmp.name)
        self.write("include/ctg/core/money.hpp", "#include <string>\n")
        self.write("include/ctg/rules/rulebook.hpp", "#include <ctg/core/money.hpp>\n")
        self.write("include/ctg/referentiel/grid.hpp", "#include <ctg/core/money.hpp>\n")
        self.write("include/ctg/model/dataset.hpp", "#include <ctg/referentiel/grid.hpp>\n")
        self.write("src/detail/decimal_text.hpp", "#include <ctg/core/money.hpp>\n")
        self.write("src/core/money.cpp", '#include "detail/decimal_text.hpp"\n')
        self.write("src/io/json_reader.hpp", "#include <nlohmann/json.hpp>\n")
        self.write("src/io/dataset_json.cpp",
                   '#include "io/json_reader.hpp"\n#include <ctg/model/dataset.hpp>\n')

    def tearDown(self) -> None:
        self._tmp.cleanup()

    def write(self, relative: str, text: str) -> None:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    def problems(self) -> list[str]:
        return check_layers.check(self.root)

    def test_a_layered_tree_passes(self) -> None:
        self.assertEqual(self.problems(), [])

    def test_a_cycle_between_folders_fails_with_its_files(self) -> None:
        # referentiel -> model while model -> referentiel: the cycle of model/dataset.hpp and
        # referentiel/evaluation.hpp the library had.
        self.write("include/ctg/referentiel/evaluation.hpp", "#include <ctg/model/dataset.hpp>\n")
        problems = self.problems()
        cycles = [p for p in problems if p.startswith("cycle between folders")]
        self.assertEqual(len(cycles), 1, problems)
        self.assertIn("model -> referentiel -> model", cycles[0])
        self.assertIn("include/ctg/referentiel/evaluation.hpp includes <ctg/model/dataset.hpp>",
                      cycles[0])
        self.assertIn("include/ctg/model/dataset.hpp includes <ctg/referentiel/grid.hpp>",
                      cycles[0])

    def test_a_cycle_is_found_whatever_the_allowed_table(self) -> None:
        edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
        self.assertEqual(check_layers.find_cycle(edges), ["a", "b", "c", "a"])
        self.assertIsNone(check_layers.find_cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}))

    def test_an_upward_include_fails(self) -> None:
        self.write("src/rules/formula.cpp", "#include <ctg/model/dataset.hpp>\n")
        self.assertIn("src/rules/formula.cpp: includes <ctg/model/dataset.hpp>: rules may not use "
                      "model (allowed: core)", self.problems())

    def test_json_outside_io_fails(self) -> None:
        self.write("src/rules/rulebook.cpp",
                   '#include "io/json_reader.hpp"\n#include <nlohmann/json.hpp>\n')
        problems = self.problems()
        self.assertIn('src/rules/rulebook.cpp: includes "io/json_reader.hpp": JSON is read and '
                      "written in io only", problems)
        self.assertIn("src/rules/rulebook.cpp: includes <nlohmann/json.hpp>: JSON is read and "
                      "written in io only", problems)

    def test_a_public_header_including_detail_fails(self) -> None:
        self.write("include/ctg/core/rate.hpp", '#include "detail/decimal_text.hpp"\n')
        self.assertTrue(any(p.startswith('include/ctg/core/rate.hpp: includes '
                                         '"detail/decimal_text.hpp": a public header')
                            for p in self.problems()))

    def test_a_public_detail_folder_fails(self) -> None:
        self.write("include/ctg/detail/round_quotient.hpp", "#include <ctg/core/money.hpp>\n")
        self.write("src/core/rounding.cpp", "#include <ctg/detail/round_quotient.hpp>\n")
        problems = self.problems()
        self.assertIn("include/ctg/detail/round_quotient.hpp: folder 'detail' is not a known "
                      "layer (add it to ALLOWED)", problems)
        self.assertIn("src/core/rounding.cpp: includes <ctg/detail/round_quotient.hpp>: "
                      "detail/ is private, in src/detail", problems)

    def test_an_empty_tree_fails(self) -> None:
        with tempfile.TemporaryDirectory() as empty:
            self.assertEqual(len(check_layers.check(Path(empty))), 1)


if __name__ == "__main__":
    unittest.main()
