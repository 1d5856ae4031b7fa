# SPDX-License-Identifier: MIT
"""The optional dependencies of ctg, by extra, and the error raised when one is missing.

``pip install ctg`` installs the core: the C++ library and its Python API, numpy for the batch
API (``finance_batch``), the ``ctg`` command without its HTML and Excel outputs. The rest comes
with an extra of pyproject.toml's ``[project.optional-dependencies]``:

- ``ctg[report]``: jinja2, matplotlib and babel, for the department report (``ctg report``,
  ``ctg.report``) and the HTML tables of results in a notebook (``_repr_html_``);
- ``ctg[excel]``: openpyxl, for the evaluation grid as a workbook (``ctg.excel``);
- ``ctg[frames]``: pandas, for the DataFrames of ``ctg.frames``;
- ``ctg[all]``: all of them.

Code that needs one imports it under :func:`requires`, so that a missing module is a
:class:`MissingDependencyError` (an ImportError) naming the extra to install. The feature that
needs it is named by its key in the catalogue (`extras.feature.<key>`, ctg/catalogue/extras.toml),
so that the command line words the error in the user's language:

>>> from ctg._extras import requires
>>> with requires("frames"):
...     import pandas
"""

from __future__ import annotations

# `import ctg` imports this module (MissingDependencyError): it imports nothing of its own, and
# type checkers read `TYPE_CHECKING` as true (see ctg/_errors.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import TracebackType

#: The modules each extra brings, by import name (pyproject.toml lists the same distributions:
#: bindings/python/tests/test_extras.py checks that the two agree).
EXTRAS: dict[str, tuple[str, ...]] = {
    "report": ("jinja2", "matplotlib", "babel"),
    "excel": ("openpyxl",),
    "frames": ("pandas",),
}

_EXTRA_OF_MODULE = {module: extra for extra, modules in EXTRAS.items() for module in modules}


class MissingDependencyError(ImportError):
    """An optional dependency of ctg is not installed; the message names the extra to install
    (``pip install 'ctg[report]'``). ``name`` is the missing module, ``extra`` the extra,
    ``feature`` the key of what needed it (`extras.feature.<feature>` in the catalogue).
    ``str()`` is the English; ``in_language()`` words it in French or English (``ctg`` prints
    that)."""

    extra: str
    feature: str

    def __init__(self, feature: str, module: str) -> None:
        self.extra = _EXTRA_OF_MODULE[module]
        self.feature = feature
        super().__init__(self._message(feature, module, self.extra, "en"), name=module)

    def in_language(self, language: str) -> str:
        """The message in `language` (`fr` or `en`)."""
        return self._message(self.feature, self.name or "", self.extra, language)

    @staticmethod
    def _message(feature: str, module: str, extra: str, language: str) -> str:
        from . import _catalogue  # read when an extra is missing, not by `import ctg`

        what = _catalogue.text(f"extras.feature.{feature}", language)
        return _catalogue.text("extras.missing", language, feature=what, module=module, extra=extra)


MissingDependencyError.__module__ = "ctg"


def requires(feature: str) -> _Requires:
    """Imports in this block that fail for want of an optional dependency of ctg raise
    MissingDependencyError, naming ``feature`` (what the user asked for: a key of
    `extras.feature` in the catalogue) and the extra to install. Any other ImportError (a
    module broken inside) goes through unchanged."""
    return _Requires(feature)


class _Requires:
    """The context manager of `requires` (a class: `contextlib` is not imported by ctg)."""

    __slots__ = ("feature",)

    def __init__(self, feature: str) -> None:
        self.feature = feature

    def __enter__(self) -> None:
        return None

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        # `import pandas` or `from openpyxl.utils import x` without the package: error.name is
        # the package itself; a submodule missing inside it is a broken install, not an extra.
        if isinstance(error, ModuleNotFoundError) and error.name in _EXTRA_OF_MODULE:
            raise MissingDependencyError(self.feature, error.name) from error
