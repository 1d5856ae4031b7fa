# SPDX-License-Identifier: MIT
"""The report's templates compiled once, not in every process: Jinja2's bytecode cache.

Jinja2 turns a template into Python code (lex, parse, generate, `compile`) the first time a
process loads it; for the report's templates that costs more than rendering them. With
`jinja2.FileSystemBytecodeCache` the compiled code is kept in ctg's cache folder
(`ctg._cache`, `templates/`) and later processes load it with `marshal`.

Jinja2 already discards an entry whose template source changed (checksum of the source) or that
another Python wrote (magic number). What it does not see is the environment: the same
template compiles differently with other lexer settings (`trim_blocks`, …), autoescaping, or
filters (a filter's existence and whether it takes the context are compiled in), and ctg's
environments differ (Markdown without autoescaping, the HTML report with its figure filters).
`TemplateCache` therefore keys each entry by the environment's compile settings as well
(`settings_key`), so that two environments never share compiled code.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
from typing import Any

import jinja2
from jinja2.bccache import Bucket

from ._cache import cache_dir

#: The Environment attributes that the lexer and the code generator read (the rest, like
#: `undefined` or the globals, are looked up when the template runs).
_COMPILE_SETTINGS = (
    "block_start_string",
    "block_end_string",
    "variable_start_string",
    "variable_end_string",
    "comment_start_string",
    "comment_end_string",
    "line_statement_prefix",
    "line_comment_prefix",
    "trim_blocks",
    "lstrip_blocks",
    "newline_sequence",
    "keep_trailing_newline",
    "autoescape",
    "optimized",
    "is_async",
    "finalize",
)


def settings_key(environment: jinja2.Environment) -> str:
    """A digest of what a template's compiled code depends on besides its source: the Jinja2
    release, the environment's class and compile settings, its extensions, and the names of its
    filters and tests with the arguments each is passed (context, environment, …)."""
    parts: list[Any] = [jinja2.__version__, type(environment).__qualname__]  # sandboxed or not
    parts += [(name, repr(getattr(environment, name))) for name in _COMPILE_SETTINGS]
    parts.append(sorted(environment.extensions))
    for table in (environment.filters, environment.tests):
        parts.append(
            sorted((name, repr(getattr(f, "jinja_pass_arg", None))) for name, f in table.items())
        )
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:32]


class TemplateCache(jinja2.FileSystemBytecodeCache):
    """A FileSystemBytecodeCache whose entries are keyed by the environment's compile settings
    too, and that a failed write (a full disk, a folder made read-only) never turns into an
    error: the template is rendered from the code compiled in this process."""

    def get_bucket(
        self, environment: jinja2.Environment, name: str, filename: str | None, source: str
    ) -> Bucket:
        # Jinja2 derives the entry's key from the name and file name only.
        return super().get_bucket(
            environment, f"{settings_key(environment)}|{name}", filename, source
        )

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):  # no cache this time, not an error
            super().dump_bytecode(bucket)


@functools.cache
def bytecode_cache() -> TemplateCache | None:
    """The cache of compiled templates of this process, or None when ctg caches nothing
    (`CTG_NO_CACHE`, no writable cache folder)."""
    folder = cache_dir("templates")
    return None if folder is None else TemplateCache(str(folder), "%s.jinja2")
