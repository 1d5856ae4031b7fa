# SPDX-License-Identifier: MIT
"""pytest configuration of the ctg Python tests (settings: pyproject.toml)."""

from __future__ import annotations

from hypothesis import settings

# CI machines are shared and slow at times: no per-example deadline, failures print the
# reproduction blob.
settings.register_profile("ctg", deadline=None, print_blob=True)
settings.load_profile("ctg")
