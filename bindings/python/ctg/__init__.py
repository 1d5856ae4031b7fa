# SPDX-License-Identifier: MIT
"""ctg: Caf financing of the CTG coordination function, exact to the cent.

The C++ library, compiled into the private module ``ctg._ctg``, with Python manners:

>>> import ctg
>>> from datetime import date
>>> ctg.Money("38 400,00 €").cents
3840000
>>> charente = ctg.builtin_rulebook("charente-2021")
>>> charente.parameter("coordination_rate").at(date(2021, 6, 30)).value
Rate.percent('80')

Amounts are ``Money`` (int64 cents) and cross as ``str``, ``decimal.Decimal`` or int cents
through ``Money.from_cents``, never as ``float``; dates are ``datetime.date``; errors are
``ValueError``, ``IndexError``, ``OverflowError`` and ``TypeError`` subclasses carrying the
field, the value and what was expected.
"""

from __future__ import annotations

from . import _ctg
from ._errors import (
    Error,
    InvalidValueError,
    NumericOverflowError,
    OutOfRangeError,
    ValidationError,
)
from ._ctg import (
    CeilingTarget,
    ErrorDetail,
    Evidence,
    ExactAmount,
    Formula,
    FormulaKind,
    Fte,
    FundingPart,
    Language,
    LocalizedText,
    Money,
    Parameter,
    ParameterOverride,
    Period,
    ProrataBasis,
    ProrataFraction,
    Provenance,
    Rate,
    RateNotation,
    Rounding,
    Rulebook,
    Segment,
    Source,
    Unit,
    WeeklyHours,
    apply_rate,
    builtin_rulebook,
    builtin_rulebook_ids,
    load_rulebook_file,
    load_rulebook_json,
    multiply,
    parse_ceiling_target,
    parse_date,
    parse_evidence,
    parse_formula_kind,
    parse_language,
    parse_override,
    parse_prorata_basis,
    parse_rounding,
    parse_unit,
    prorata,
    prorate,
    to_french,
    to_iso,
    to_json,
    to_string,
)
from ._scenario import apply_scenario

__version__: str = _ctg.__version__

__all__ = [
    # core: errors
    "Error",
    "ErrorDetail",
    "InvalidValueError",
    "NumericOverflowError",
    "OutOfRangeError",
    "ValidationError",
    # core: quantities and rounding
    "ExactAmount",
    "Fte",
    "Money",
    "Rate",
    "RateNotation",
    "Rounding",
    "WeeklyHours",
    "apply_rate",
    "multiply",
    "prorate",
    # core: dates
    "Period",
    "ProrataBasis",
    "ProrataFraction",
    "parse_date",
    "prorata",
    "to_french",
    "to_iso",
    # core: texts and provenance
    "Evidence",
    "Language",
    "LocalizedText",
    "Provenance",
    "Source",
    "parse_evidence",
    "parse_language",
    "parse_prorata_basis",
    "parse_rounding",
    "to_string",
    # rules
    "CeilingTarget",
    "Formula",
    "FormulaKind",
    "FundingPart",
    "Parameter",
    "ParameterOverride",
    "Rulebook",
    "Segment",
    "Unit",
    "apply_scenario",
    "builtin_rulebook",
    "builtin_rulebook_ids",
    "load_rulebook_file",
    "load_rulebook_json",
    "parse_ceiling_target",
    "parse_formula_kind",
    "parse_override",
    "parse_unit",
    "to_json",
]
