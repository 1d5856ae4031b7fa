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

#: The locations the C++ CSV loaders write as an error's field, by catalogue key
#: (`location.<key>`). They are English text made in C++, so they are recognised here, in this
#: one place, and tied to the functions that write them:
#: `cell`: `ctg::detail::cell_path()` (src/io/csv_sheet.cpp), `row 3, column fte`;
#: `row`: `ctg::detail::for_each_row()` (src/io/csv_sheet.hpp), a row with a wrong field count;
#: `header_column`: `ctg::detail::read_csv_sheet()` (src/io/csv_sheet.cpp), the header's checks;
#: `line`: `ctg::read_csv()` (src/io/csv.cpp), `<origin>, line 4` of a quote error.
#: Each pattern matches the whole field, so a JSON path (`posts[0].fte`) never matches one.
_LOCATIONS = {
    "cell": re.compile(r"row (?P<row>\d+), column (?P<column>[A-Za-z0-9_]+)"),
    "row": re.compile(r"row (?P<row>\d+)"),
    "header_column": re.compile(r"header, column (?P<column>.+)"),
    "line": re.compile(r"(?P<origin>.+), line (?P<line>\d+)"),
}

#: How `ctg::detail::column_list()` (src/io/csv_sheet.cpp) marks an optional column in the
#: `known` parameter of `csv.column.unknown`.
_OPTIONAL_COLUMN = re.compile(r"(?P<column>[A-Za-z0-9_]+) \(optional\)")


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
    return line(detail.field, detail.value, expected(detail, language), language)


def describe_data(item: Mapping[str, Any], language: Language | str) -> str:
    """describe() of a detail as the report data holds it (`{"field", "value", "expected",
    "code", "params"}`, e.g. each of `dataset.warnings` in the `ctg.report/1` JSON)."""
    return line(item["field"], item["value"], expected_data(item, language), language)


def expected_data(item: Mapping[str, Any], language: Language | str) -> str:
    """expected() of a detail as the report data holds it: what was expected, in `language`
    (the HTML report shows it in a column of its own)."""
    return _expected(
        item.get("code", ""), item.get("params", {}), item["expected"], language_code(language)
    )


def _expected(code: str, params: Mapping[str, str], english: str, lang: str) -> str:
    if not code:
        return english
    if code == "csv.column.unknown" and "known" in params:
        params = {**params, "known": _known_columns(params["known"], lang)}
    return text(_PREFIX + code, lang, **params)


def _known_columns(known: str, lang: str) -> str:
    """The `known` list of csv.column.unknown with `(optional)` in `lang`."""
    return ", ".join(
        text("location.optional_column", lang, column=match["column"])
        if (match := _OPTIONAL_COLUMN.fullmatch(column))
        else column
        for column in known.split(", ")
    )


def location(field: str, language: Language | str) -> str:
    """An error's field in `language`: a CSV location written by the C++ loaders (`row 3,
    column fte` → `ligne 3, colonne fte`) reworded, any other field (a JSON path, an option)
    unchanged.

    >>> location("row 3, column contracted_fte", "fr")
    'ligne 3, colonne contracted_fte'
    >>> location("posts[0].contracted_fte", "fr")
    'posts[0].contracted_fte'
    """
    lang = language_code(language)
    for key, pattern in _LOCATIONS.items():
        if match := pattern.fullmatch(field):
            return text(f"location.{key}", lang, **match.groupdict())
    return field


def line(field: str, value: str, wanted: str, language: Language | str) -> str:
    """The frame of every message: `field : valeur « … » ; attendu …` in French, `field: got
    "…"; expected …` in English, `wanted` being what was expected, already in `language`; a CSV
    location in `field` is reworded (location())."""
    return _line(location(field, language), value, wanted, language_code(language))


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
