# SPDX-License-Identifier: MIT
"""`python -m ctg`: the same as the `ctg` command (ctg/cli.py)."""

from __future__ import annotations

import sys

from .cli import main

sys.exit(main())
