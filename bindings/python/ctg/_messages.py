# SPDX-License-Identifier: MIT
"""The library's errors and warnings in the reader's language.

Every ctg.ErrorDetail made by the library carries a message code and its parameters
(`ctg.message_codes()` lists the codes); the catalogue (`ctg/catalogue/messages.toml`) words each
code in French and in English. `describe()` puts the field and the value around that wording:

>>> from ctg import ErrorDetail
>>> detail = ErrorDetail.of("dataset.population.negative", "epcis[0].population.inhabitants", "-5")
>>> describe(detail, "fr")
'epcis[0].population.inhabitants : valeur « -5 » ; attendu un nombre d’habitants de 0 ou plus'
>>> describe(detail, "en")
'epcis[0].population.inhabitants: got "-5"; expected a number of inhabitants of 0 or more'

A detail without a code (made by hand, or by an older caller) keeps its English `expected`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ._catalogue import text

if TYPE_CHECKING:
    from ._ctg import ErrorDetail, Language

#: The catalogue file of the messages: key `messages.<code>`.
_PREFIX = "messages."

#: What `validation_error` writes first: `<origin>: <count> error(s)`.
_COUNT = re.compile(r"^(?P<origin>.*): (?P<count>\d+) error\(s\)$")


def language_code(language: Language | str) -> str:
    """`fr` or `en`, from a ctg.Language or its name."""
    return language if isinstance(language, str) else language.name


def expected(detail: ErrorDetail, language: Language | str) -> str:
    """What was expected, in `language`: the catalogue's wording of the detail's code, or the
    English `expected` of a detail that has no code."""
    return _expected(detail.code, detail.params, detail.expected, language_code(language))


def describe(detail: ErrorDetail, language: Language | str) -> str:
    """One line: `field : valeur « … » ; attendu …` in French, `field: got "…"; expected …` in
    English (the English line is the C++ `to_string()`)."""
    return _line(detail.field, detail.value, expected(detail, language), language_code(language))


def describe_data(item: Mapping[str, Any], language: Language | str) -> str:
    """describe() of a detail as the report data holds it (`{"field", "value", "expected",
    "code", "params"}`, e.g. each of `dataset.warnings` in the `ctg.report/1` JSON)."""
    lang = language_code(language)
    return _line(item["field"], item["value"], expected_data(item, lang), lang)


def expected_data(item: Mapping[str, Any], language: Language | str) -> str:
    """expected() of a detail as the report data holds it: what was expected, in `language`
    (the HTML report shows it in a column of its own)."""
    return _expected(
        item.get("code", ""), item.get("params", {}), item["expected"], language_code(language)
    )


def _expected(code: str, params: Mapping[str, str], english: str, lang: str) -> str:
    return text(_PREFIX + code, lang, **params) if code else english


def _line(field: str, value: str, wanted: str, lang: str) -> str:
    if lang == "fr":
        shown = f"« {value} »" if value else "vide"
        return f"{field} : valeur {shown} ; attendu {wanted}"
    return f'{field}: got "{value}"; expected {wanted}'


def describe_all(details: Iterable[ErrorDetail], language: Language | str) -> list[str]:
    """describe() of each detail, in order."""
    return [describe(d, language) for d in details]


def headline(message: str, language: Language | str) -> str:
    """The first line of a library error in `language`: `origin : N erreur(s)` for the
    `origin: N error(s)` of a validation error; other lines are returned unchanged."""
    first = message.splitlines()[0] if message else ""
    match = _COUNT.match(first)
    if match is None or language_code(language) != "fr":
        return first
    return f"{match['origin']} : {match['count']} erreur(s)"


def as_json(detail: ErrorDetail, language: Language | str) -> dict[str, Any]:
    """A detail for JSON outputs (`ctg validate --format json`, the report): field, value, the
    English `expected`, the code and its parameters, and the wording in `language`."""
    return {
        "field": detail.field,
        "value": detail.value,
        "expected": detail.expected,
        "code": detail.code,
        "params": dict(detail.params),
        "message": describe(detail, language),
    }
