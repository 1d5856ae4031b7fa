# SPDX-License-Identifier: MIT
"""Mutations of the Charente dataset through the Python loaders (hypothesis): each mutated text
gives a valid dataset or a ctg error (ctg.Error: a clear error with its field), never another
exception, a crash or an undecodable message.

Three kinds of mutation, each shrunk by hypothesis to the smallest failing one:
- a value anywhere in the document replaced by any JSON value (types swapped, huge integers,
  floats, deep arrays, strings of any code point), or a key removed, or a key added;
- the JSON text with bytes flipped, inserted or deleted, loaded from a file (as the CLI reads);
- the posts sheet of the project's test data with bytes flipped, merged into the dataset.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ctg

DATASET = json.loads(ctg.to_json(ctg.builtin_dataset("charente-2021")))
TEXT = json.dumps(DATASET, ensure_ascii=False).encode("utf-8")
POSTS = Path(__file__).resolve().parents[3] / "tests" / "data" / "posts" / "charente-2022.csv"

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=40)
    | st.sampled_from(["2021-06-30", "0000-01-01", "1.5", "-1", "48000.00", "", "=SUM(1)"]),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


def _paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path to a value of `node` (keys and indexes), the root excluded."""
    out: list[tuple] = []
    if isinstance(node, dict):
        for key, child in node.items():
            out.append((*prefix, key))
            out.extend(_paths(child, (*prefix, key)))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            out.append((*prefix, index))
            out.extend(_paths(child, (*prefix, index)))
    return out


PATHS = _paths(DATASET)


def _mutated(path: tuple, action: str, value: Any) -> dict:
    document = json.loads(json.dumps(DATASET))
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if action == "replace":
        parent[last] = value
    elif action == "delete" and isinstance(parent, dict):
        del parent[last]
    elif action == "delete":
        parent.pop(last)
    elif isinstance(parent, dict):
        parent["x-added"] = value
    else:
        parent.insert(last, value)
    return document


def _clean_or_valid(load: Any) -> None:
    try:
        load()
    except ctg.Error as error:
        text = str(error)
        text.encode("utf-8")  # decodable, no surrogate
        assert text
        for detail in getattr(error, "details", []) or [getattr(error, "detail", None)]:
            if detail is not None:
                assert detail.field or detail.code, text


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    path=st.sampled_from(PATHS),
    action=st.sampled_from(["replace", "delete", "add"]),
    value=json_values,
)
def test_a_mutated_document_is_a_dataset_or_a_ctg_error(
    path: tuple, action: str, value: Any
) -> None:
    document = _mutated(path, action, value)
    _clean_or_valid(lambda: ctg.load_dataset_json(json.dumps(document, ensure_ascii=False)))


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(
    edits=st.lists(
        st.tuples(
            st.integers(0, len(TEXT) - 1),
            st.sampled_from(["flip", "insert", "delete"]),
            st.binary(min_size=1, max_size=3),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_mutated_bytes_in_a_file_give_a_dataset_or_a_ctg_error(tmp_path_factory, edits) -> None:
    data = bytearray(TEXT)
    for at, action, payload in edits:
        at = min(at, len(data) - 1)
        if action == "flip":
            data[at] ^= payload[0] or 1
        elif action == "insert":
            data[at:at] = payload
        else:
            del data[at : at + len(payload)]
    path = tmp_path_factory.mktemp("mutated") / "dataset.json"
    path.write_bytes(bytes(data))
    _clean_or_valid(lambda: ctg.load_dataset_file(path))


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(at=st.integers(0, 10_000), byte=st.integers(0, 255))
def test_a_mutated_posts_sheet_merges_or_gives_a_ctg_error(
    tmp_path_factory, at: int, byte: int
) -> None:
    data = bytearray(POSTS.read_bytes())
    data[at % len(data)] = byte
    path = tmp_path_factory.mktemp("mutated") / "posts.csv"
    path.write_bytes(bytes(data))
    charente = ctg.builtin_dataset("charente-2021")
    _clean_or_valid(lambda: ctg.with_posts(charente, ctg.load_posts_csv_file(path)))
