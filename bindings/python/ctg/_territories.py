# SPDX-License-Identifier: MIT
"""The official territorial catalogue shipped in the package (``ctg/territories/YEAR.tsv``,
derived from ``@etalab/decoupage-administratif``): ``ctg.territories(2022)`` reads one year
once per process and keeps it; the lookups are the C++ ones (``TerritoryCatalogue``)."""

from __future__ import annotations

import functools
import os

from . import _ctg

#: The directory of the catalogue files inside the installed package (the path that
#: ``importlib.resources.files("ctg")`` gives, without importing it with ``import ctg``).
TERRITORIES_DIR: str = os.path.join(os.path.dirname(os.path.abspath(__file__)), "territories")


def territory_years() -> list[int]:
    """The years of the shipped catalogue: ``[2019, …, 2026]``."""
    return list(_ctg.territory_catalogue_years(TERRITORIES_DIR))


@functools.cache
def territories(year: int) -> _ctg.TerritoryCatalogue:
    """The catalogue of `year` (read once, then shared: it is immutable).

    >>> t = territories(2022)
    >>> t.find_epci(_ctg.Siren.parse("200071827")).municipal_population
    142267
    >>> len(t.epcis_in("86"))
    7
    """
    return _ctg.load_territory_catalogue(year, TERRITORIES_DIR)
