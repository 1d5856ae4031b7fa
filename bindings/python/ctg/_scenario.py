# SPDX-License-Identifier: MIT
"""Scenarios with Python conveniences: overrides as a mapping, as text or as objects."""

from __future__ import annotations

from collections.abc import Mapping

from . import _ctg
from ._ctg import ParameterOverride, Rulebook

# `import ctg` imports this module: the aliases below are for type checkers only, so that
# `typing`, `decimal` and `datetime` are not imported with ctg (see ctg/_errors.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from collections.abc import Iterable
    from decimal import Decimal
    from typing import TypeAlias

    from ._ctg import Money, Rate

#: A value an override may carry; it is read in the parameter's unit when applied.
OverrideValue: TypeAlias = "str | Money | Rate | Decimal | int"
#: What `apply_scenario` accepts: ParameterOverride objects or `name=value@YYYY-MM-DD` texts,
#: or a mapping from parameter name to a value or to a `(value, from_date)` pair.
Overrides: TypeAlias = (
    "Mapping[str, OverrideValue | tuple[OverrideValue, datetime.date | None]]"
    " | Iterable[ParameterOverride | str]"
)


def _as_overrides(overrides: Overrides) -> list[ParameterOverride | str]:
    if isinstance(overrides, (str, ParameterOverride)):
        return [overrides]
    if isinstance(overrides, Mapping):
        result: list[ParameterOverride | str] = []
        for parameter, spec in overrides.items():
            if isinstance(spec, tuple):
                if len(spec) != 2:
                    raise TypeError(
                        f"overrides[{parameter!r}]: got {spec!r}; expected a value or a "
                        "(value, from_date) pair"
                    )
                value, from_date = spec
            else:
                value, from_date = spec, None
            result.append(ParameterOverride(parameter, value, from_date=from_date))
        return result
    return list(overrides)


def apply_scenario(base: Rulebook, name: str, overrides: Overrides) -> Rulebook:
    return _ctg.apply_scenario(base, name, _as_overrides(overrides))


def _cpp_doc(function: object) -> str:
    """The docstring pybind11 built from the C++ comment, without its signature line."""
    doc = getattr(function, "__doc__", None) or ""
    _, _, rest = doc.partition("\n")
    return rest.strip()


apply_scenario.__doc__ = (
    _cpp_doc(_ctg.apply_scenario)
    + "\n\nPython: `overrides` is a list of ParameterOverride objects or of "
    "`name=value@YYYY-MM-DD` texts, or a mapping `{name: value}` or "
    "`{name: (value, from_date)}`; values are a str, a Money, a Rate, a Decimal or an int."
)
