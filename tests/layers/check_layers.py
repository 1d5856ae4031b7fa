#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks the layering of the library from the #include lines of include/ctg, src and the
Python bindings' C++ sources.

A file belongs to the folder (layer) under include/ctg/ or src/ it lives in; an include names the
folder it reaches: `<ctg/model/dataset.hpp>` is `model`, `"io/json_reader.hpp"` (a private header,
relative to src/) is `io`. The checks:

1. every include goes in an allowed direction (ALLOWED below: a layer uses only those under it);
2. the graph of folders has no cycle (reported with the files that close it);
3. JSON (nlohmann, io/json_reader.hpp) is used in io only;
4. public headers (include/ctg) include only public headers: never the private `detail/`
   helpers or any other header of src/.

Usage: check_layers.py [<repository root>]   (exit status 1 and one line per problem on failure)
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

# The layers and the layers each may include (itself always). The domain has two branches over
# core: the financing rules (rules, then finance) and the CTG data (the référentiel and its
# grids, then the model of a department that fills them); analysis and io sit on both.
ALLOWED: dict[str, set[str]] = {
    "version": set(),
    "core": set(),
    "rules": {"core"},
    "finance": {"core", "rules"},
    "referentiel": {"core"},
    "model": {"core", "referentiel"},
    "analysis": {"core", "rules", "finance", "referentiel", "model"},
    "io": {"core", "rules", "finance", "referentiel", "model", "embedded"},
    "embedded": set(),  # src/embedded.hpp: the data files compiled into the library
    "bindings": {"version", "core", "rules", "finance", "referentiel", "model", "analysis", "io"},
}

# src/detail holds the private helpers of core (decimal text, the rounding decision): it is part
# of the core layer, which every layer of src may use; public headers may not (check 4).
PRIVATE_FOLDERS = {"detail": "core"}

# Includes that break the layering today, each to be removed; nothing else may be added here.
KNOWN_EXCEPTIONS: set[tuple[str, str]] = {
    # The Markdown views of the référentiel use the analysis layer's Markdown tables. Both go
    # when the report text leaves the C++ library (issue 10: reports rendered once, outside C++).
    ("src/referentiel/markdown.cpp", "<ctg/analysis/markdown_table.hpp>"),
}

# The umbrella header includes every layer by design.
UMBRELLA = "include/ctg/ctg.hpp"

JSON_INCLUDES = ("<nlohmann/", '"io/json_reader.hpp"')
INCLUDE = re.compile(r'^\s*#\s*include\s+([<"][^>"]+[>"])', re.MULTILINE)


def layer_of_file(relative: str) -> str | None:
    """The layer of a file of the repository (a path relative to its root), or None."""
    parts = relative.split("/")
    if parts[:2] == ["include", "ctg"]:
        return "version" if len(parts) == 3 else parts[2]
    if parts[0] == "src":
        return "embedded" if len(parts) == 2 else PRIVATE_FOLDERS.get(parts[1], parts[1])
    if parts[:3] == ["bindings", "python", "src"]:
        return "bindings"
    return None


def layer_of_include(spelled: str, from_layer: str) -> str | None:
    """The layer an include reaches, or None for a system or third-party header."""
    name = spelled[1:-1]
    if spelled.startswith("<"):
        if not name.startswith("ctg/"):
            return None
        parts = name.split("/")
        return "version" if len(parts) == 2 else parts[1]
    if from_layer == "bindings":
        return None  # the bindings' own headers (bind.hpp, generated docstrings)
    parts = name.split("/")
    return "embedded" if len(parts) == 1 else PRIVATE_FOLDERS.get(parts[0], parts[0])


def sources(root: Path) -> list[Path]:
    found: list[Path] = []
    for top in ("include/ctg", "src", "bindings/python/src"):
        base = root / top
        if base.is_dir():
            found += [p for p in base.rglob("*") if p.suffix in (".hpp", ".cpp", ".h")]
    return sorted(found)


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One cycle of the folder graph (`[a, b, a]`), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(edges):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def check(root: Path) -> list[str]:
    """Every problem found under `root`, one line each (empty: the layering holds)."""
    problems: list[str] = []
    edges: dict[str, set[str]] = defaultdict(set)
    witness: dict[tuple[str, str], str] = {}
    files = sources(root)
    if not files:
        return [f"{root}: no source found under include/ctg, src or bindings/python/src"]
    for path in files:
        relative = path.relative_to(root).as_posix()
        layer = layer_of_file(relative)
        if layer is None or relative == UMBRELLA:
            continue
        if layer not in ALLOWED:
            problems.append(
                f"{relative}: folder '{layer}' is not a known layer (add it to ALLOWED)")
            continue
        public = relative.startswith("include/")
        for spelled in INCLUDE.findall(path.read_text(encoding="utf-8")):
            if spelled.startswith(JSON_INCLUDES) and layer != "io":
                problems.append(
                    f"{relative}: includes {spelled}: JSON is read and written in io only")
            if spelled.startswith("<ctg/detail/"):
                problems.append(
                    f"{relative}: includes {spelled}: detail/ is private, in src/detail")
            if public and spelled.startswith('"'):
                problems.append(f"{relative}: includes {spelled}: a public header includes only "
                                "public headers (<ctg/...>), never src/ nor detail/")
            target = layer_of_include(spelled, layer)
            if target is None or target == layer:
                continue
            if (relative, spelled) in KNOWN_EXCEPTIONS:
                continue
            edges[layer].add(target)
            witness.setdefault((layer, target), f"{relative} includes {spelled}")
            if target not in ALLOWED:
                problems.append(f"{relative}: includes {spelled}: '{target}' is not a known layer")
            elif target not in ALLOWED[layer]:
                problems.append(f"{relative}: includes {spelled}: {layer} may not use {target} "
                                f"(allowed: {', '.join(sorted(ALLOWED[layer])) or 'nothing'})")
    cycle = find_cycle(edges)
    if cycle:
        steps = "; ".join(witness[(a, b)] for a, b in zip(cycle, cycle[1:]))
        problems.append(f"cycle between folders {' -> '.join(cycle)}: {steps}")
    return problems


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[2]
    problems = check(root)
    for line in problems:
        print(line)
    if problems:
        return 1
    print(f"layers: {len(sources(root))} files checked, no cycle, no layer violation")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
