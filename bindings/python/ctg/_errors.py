# SPDX-License-Identifier: MIT
"""The exceptions of ctg. The compiled module raises them for the C++ exceptions of the same name
(ctg::invalid_value, ctg::out_of_range_value, ctg::overflow, ctg::validation_error) and sets
their documentation from the C++ comments; Python code of the package raises them too."""

from __future__ import annotations

# The compiled module imports this one first: `typing` is not imported here (it costs about a
# quarter of `import ctg`); type checkers read any `TYPE_CHECKING` as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable

    from ._ctg import ErrorDetail


class Error(Exception):
    details: list[ErrorDetail]
    detail: ErrorDetail | None

    def __init__(self, message: str, details: Iterable[ErrorDetail] = ()) -> None:
        super().__init__(message)
        self.details = list(details)
        self.detail = self.details[0] if self.details else None


class InvalidValueError(Error, ValueError):
    pass


class OutOfRangeError(Error, IndexError):
    pass


class NumericOverflowError(Error, OverflowError):
    pass


class ValidationError(Error, ValueError):
    pass


for _cls in (Error, InvalidValueError, OutOfRangeError, NumericOverflowError, ValidationError):
    _cls.__module__ = "ctg"
del _cls
