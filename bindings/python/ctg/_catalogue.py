# SPDX-License-Identifier: MIT
"""The one catalogue of the words ctg shows a person, in French and in English.

Every label, heading and sentence of a rendering (Markdown, HTML, CSV headers, notebook tables,
messages of the command line) lives in a TOML file of `ctg/catalogue/`, each entry a table with
one template per language:

    [report.title]
    fr = "Les CTG en {department} ({code}) au {on}"
    en = "CTGs in {department} ({code}) on {on}"

The key of an entry is the file's stem followed by the entry's dotted path
(`report.title` above lives in `report.toml` as `[title]`). Templates are `str.format`
templates whose fields are filled with text already formatted by `ctg._format`; a key or a
language that the catalogue lacks is a `KeyError` naming it, never a silent fallback to the
other language.

>>> from ctg._catalogue import text
>>> text("catalogue.languages", "fr")
'français, anglais'
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator, Mapping

from . import _cache

# Annotations only: `typing` is not imported by the command (see ctg/_errors.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

#: The folder of the catalogue's TOML files, inside the package.
FOLDER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "catalogue")

#: The languages every entry is written in.
LANGUAGES = ("fr", "en")


@functools.cache
def entries() -> Mapping[str, Mapping[str, str]]:
    """Every entry of the catalogue by key, each a mapping language → template.

    Parsing the TOML files is most of the cost of a short command, so the entries are also
    kept in ctg's cache folder (`ctg._cache`) under a checksum of the files' names and bytes
    (CRC-32 and Adler-32 of them all, and their length: `hashlib` would cost more to import
    than the rest of this function): a changed file is parsed again, an unchanged one read back
    as JSON. The TOML parser is imported only then: most runs never load it."""
    import zlib

    files = []
    for name in sorted(os.listdir(FOLDER)):
        if name.endswith(".toml"):
            with open(os.path.join(FOLDER, name), "rb") as file:
                files.append((name.removesuffix(".toml"), file.read()))
    stream = b"".join(
        f"{len(stem)}:{stem}{len(content)}:".encode() + content for stem, content in files
    )
    key = f"{zlib.crc32(stream):08x}{zlib.adler32(stream):08x}-{len(stream)}"
    cached = _cache.load_json("catalogue", key)
    if isinstance(cached, dict):
        return cached
    import tomllib

    found: dict[str, Mapping[str, str]] = {}
    for stem, content in files:
        found.update(_leaves(stem, tomllib.loads(content.decode("utf-8"))))
    _cache.store_json("catalogue", key, found)
    return found


def _leaves(prefix: str, table: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, str]]]:
    """The entries of a TOML table: tables whose keys are the languages, with their paths."""
    if set(table) == set(LANGUAGES) and all(isinstance(v, str) for v in table.values()):
        yield prefix, table
        return
    for key, value in table.items():
        if not isinstance(value, Mapping):
            raise ValueError(
                f"catalogue {prefix}.{key}: expected a table of {' and '.join(LANGUAGES)} templates"
            )
        yield from _leaves(f"{prefix}.{key}", value)


def template(key: str, language: str) -> str:
    """The raw template of `key` in `language` (`fr` or `en`)."""
    try:
        return entries()[key][language]
    except KeyError:
        raise KeyError(f"catalogue: no entry {key!r} in language {language!r}") from None


def text(key: str, language: str, /, **fields: object) -> str:
    """The entry `key` in `language`, its `{fields}` filled with `fields`."""
    return template(key, language).format(**fields)


def fields(template_text: str) -> set[str]:
    """The field names a template uses (the test checks both languages use the same)."""
    import string

    return {name for _, name, _, _ in string.Formatter().parse(template_text) if name}
