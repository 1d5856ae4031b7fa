# SPDX-License-Identifier: MIT
"""ctg's cache directory: work that a renderer would otherwise redo in every process.

The Jinja2 templates of the report compile to Python code each time a process first renders
them (about a third of `ctg report --format md`): `ctg._template_cache` keeps that code here
between runs, in `templates/`. The catalogue's TOML files are parsed into entries by every
command: `ctg._catalogue` keeps the entries here as JSON, in `catalogue/`, under the digest of
the files they came from. The charts of the HTML report (`ctg.report._charts`) are kept as SVG
in `charts/`, under the digest of everything their bytes depend on, the newest 256 only. The
cache holds only what ctg can recompute: deleting it loses nothing but time.

The directory is, in this order:

- none when `CTG_NO_CACHE` is set to anything but an empty string (every run recompiles);
- `CTG_CACHE_DIR` when set;
- the user's cache folder: `$XDG_CACHE_HOME/ctg` (else `~/.cache/ctg`) on Linux,
  `~/Library/Caches/ctg` on macOS, `%LOCALAPPDATA%\\ctg\\Cache` on Windows.

It is created on first use, readable by its owner only, and never the package's own folder (an
installed package is not written at run time). When it cannot be created or written (a
read-only home, a sandbox) there is no cache and nothing fails.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys

# Every run reads the catalogue from here: the folders are worked out with os.path, not pathlib
# (whose import costs a few milliseconds of each command); root() and cache_dir() give Paths.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

#: Set to a non-empty value, no cache is read or written.
NO_CACHE = "CTG_NO_CACHE"
#: The folder of the cache, instead of the user's cache folder.
CACHE_DIR = "CTG_CACHE_DIR"


def _root() -> str | None:
    if os.environ.get(NO_CACHE):
        return None
    chosen = os.environ.get(CACHE_DIR)
    if chosen:
        return os.path.expanduser(chosen)
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA")
        return os.path.join(local, "ctg", "Cache") if local else None
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg) and sys.platform != "darwin":
        return os.path.join(xdg, "ctg")
    home = os.path.expanduser("~")
    if home.startswith("~"):  # no HOME and no password entry: nowhere to cache
        return None
    if sys.platform == "darwin":
        return os.path.join(home, "Library", "Caches", "ctg")
    return os.path.join(home, ".cache", "ctg")


def _folder(part: str) -> str | None:
    top = _root()
    if top is None:
        return None
    folder = os.path.join(top, part)
    package = os.path.dirname(os.path.realpath(__file__))
    try:
        resolved = os.path.realpath(folder)
        if resolved == package or resolved.startswith(package + os.sep):
            return None  # the installed package is never written at run time
        os.makedirs(top, mode=0o700, exist_ok=True)
        os.makedirs(folder, mode=0o700, exist_ok=True)
    except OSError:
        return None
    return folder if os.access(folder, os.W_OK | os.X_OK) else None


def root() -> Path | None:
    """Where ctg caches, per the environment (see the module's doc); None when disabled."""
    from pathlib import Path

    top = _root()
    return None if top is None else Path(top)


def cache_dir(part: str) -> Path | None:
    """The folder `part` of the cache (`templates`), created when missing; None when caching is
    disabled, the folder cannot be written, or it would lie inside the package."""
    from pathlib import Path

    folder = _folder(part)
    return None if folder is None else Path(folder)


def load_json(part: str, key: str) -> Any:
    """The JSON value stored by `store_json(part, key, …)`, or None when there is none (or it
    cannot be read: a cache entry is never an error)."""
    folder = _folder(part)
    if folder is None:
        return None
    try:
        with open(os.path.join(folder, f"{key}.json"), encoding="utf-8") as file:
            return json.loads(file.read())
    except (OSError, ValueError):
        return None


def store_json(part: str, key: str, value: Any) -> None:
    """Keeps `value` as `<part>/<key>.json`, written whole or not at all (a temporary file
    renamed), so that a process reading it meanwhile never sees half of it."""
    import tempfile  # only a run that stores something needs it

    folder = _folder(part)
    if folder is None:
        return
    try:
        handle, name = tempfile.mkstemp(prefix=f"{key}.", suffix=".tmp", dir=folder)
    except OSError:
        return
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            json.dump(value, file, ensure_ascii=False)
        os.replace(name, os.path.join(folder, f"{key}.json"))
    except OSError:
        with contextlib.suppress(OSError):
            os.remove(name)


def prune(part: str, keep: int) -> None:
    """Removes the oldest entries of `part` (by modification time) beyond the `keep` newest, so
    that a part whose keys change with the data (the report's charts) does not grow without
    end. An entry another process removes meanwhile is no error."""
    folder = cache_dir(part)
    if folder is None:
        return
    entries = []
    for path in folder.glob("*.json"):
        with contextlib.suppress(OSError):
            entries.append((path.stat().st_mtime_ns, path.name, path))
    entries.sort(reverse=True)
    for _, _, path in entries[keep:]:
        with contextlib.suppress(OSError):
            path.unlink()
