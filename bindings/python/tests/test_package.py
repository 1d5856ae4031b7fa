# SPDX-License-Identifier: MIT
"""The package as a whole: version, exports, documentation, privacy of the compiled module."""

from __future__ import annotations

import importlib.metadata
import inspect
import re
from pathlib import Path

import pytest

import ctg
from ctg import _ctg

ROOT = Path(__file__).resolve().parents[3]


def test_one_version_everywhere() -> None:
    header = (ROOT / "include" / "ctg" / "version.hpp").read_text(encoding="utf-8")
    match = re.search(r'#define CTG_VERSION_STRING "([^"]+)"', header)
    assert match is not None
    assert ctg.__version__ == match.group(1)
    assert importlib.metadata.version("ctg") == match.group(1)


def test_all_is_complete_and_exact() -> None:
    assert len(ctg.__all__) == len(set(ctg.__all__))
    for name in ctg.__all__:
        assert hasattr(ctg, name), name
    public = {name for name in vars(_ctg) if not name.startswith("_")}
    assert public <= set(ctg.__all__), public - set(ctg.__all__)


def test_compiled_module_is_private() -> None:
    assert _ctg.__name__ == "ctg._ctg"
    assert Path(_ctg.__file__).suffix in {".so", ".pyd"}
    assert ctg.Money.__module__ == "ctg._ctg"


def documented(obj: object) -> str:
    """The docstring without the signature lines pybind11 puts first."""
    doc = inspect.getdoc(obj) or ""
    lines = [line for line in doc.splitlines() if not re.match(r"^(\d+\. )?\w+\(.*\) ->", line)]
    return "\n".join(lines).replace("Overloaded function.", "").strip()


def public_callables():  # type: ignore[no-untyped-def]
    for name in ctg.__all__:
        obj = getattr(ctg, name)
        yield name, obj
        if inspect.isclass(obj) and not issubclass(obj, BaseException):
            for attr, member in vars(obj).items():
                if attr.startswith("_") or attr == "scale":
                    continue
                if isinstance(member, (staticmethod, classmethod)):
                    member = member.__func__
                yield f"{name}.{attr}", member


@pytest.mark.parametrize(
    ("name", "obj"), list(public_callables()), ids=lambda v: v if isinstance(v, str) else ""
)
def test_everything_public_is_documented(name: str, obj: object) -> None:
    assert documented(obj), f"{name} has no docstring"


@pytest.mark.parametrize(
    "function",
    [
        ctg.apply_rate,
        ctg.Money.parse,
        ctg.Fte.from_weekly_hours,
        ctg.builtin_rulebook,
        ctg.finance,
        ctg.finance_batch,
        ctg.Dataset.epci_at,
        ctg.coverage,
        ctg.Grid.item_at,
        ctg.score_evaluation,
        ctg.load_evaluations_csv,
    ],
)
def test_docstrings_come_from_the_cpp_comments(function: object) -> None:
    doc = documented(function)
    assert "@brief" not in doc and "ctg::" not in doc and "@throws" not in doc


def test_signatures_show_python_names() -> None:
    doc = ctg.apply_rate.__doc__ or ""
    assert "amount: ctg._ctg.Money | str | decimal.Decimal" in doc
    assert "policy: ctg._ctg.Rounding" in doc
    assert "ctg::" not in doc and "std::" not in doc


def test_package_docstring_examples() -> None:
    import doctest

    result = doctest.testmod(ctg)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize(
    ("name", "obj"), list(public_callables()), ids=lambda v: v if isinstance(v, str) else ""
)
def test_no_cpp_names_in_signatures_or_docstrings(name: str, obj: object) -> None:
    doc = inspect.getdoc(obj) or ""
    for cpp in ("ctg::", "std::", "nullptr", "@brief", "@param"):
        assert cpp not in doc, f"{name}: {cpp!r} in its docstring"


def test_new_signatures_show_python_names() -> None:
    assert (
        "on: datetime.date | ctg._ctg.Period | None = None, *, period: ctg._ctg.Period | None"
        in (ctg.finance.__doc__ or "")
    )
    assert "fte_ten_thousandths: numpy.typing.NDArray[numpy.int64]" in (
        ctg.finance_batch.__doc__ or ""
    )
    assert "siren: ctg._ctg.Siren | str" in (ctg.Dataset.epci_at.__doc__ or "")
    assert "-> decimal.Decimal" in (ctg.ExactRatio.to_decimal.__doc__ or "")
    assert "-> fractions.Fraction | None" in (ctg.Share.as_fraction.__doc__ or "")
