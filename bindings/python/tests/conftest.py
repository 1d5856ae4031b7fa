# SPDX-License-Identifier: MIT
"""pytest configuration of the ctg Python tests (settings: pyproject.toml)."""

from __future__ import annotations

import os
import tempfile

import pytest
from hypothesis import settings

# CI machines are shared and slow at times: no per-example deadline, failures print the
# reproduction blob.
settings.register_profile("ctg", deadline=None, print_blob=True)
settings.load_profile("ctg")

_CACHE = tempfile.TemporaryDirectory(prefix="ctg-test-cache-")


def pytest_configure(config: pytest.Config) -> None:
    """ctg's cache (ctg/_cache.py) in a folder of this test run, for the tests and the `ctg`
    processes they start, from collection on: the tests leave the user's cache alone and start
    from an empty one."""
    os.environ["CTG_CACHE_DIR"] = _CACHE.name
    os.environ.pop("CTG_NO_CACHE", None)


def pytest_unconfigure(config: pytest.Config) -> None:
    _CACHE.cleanup()
