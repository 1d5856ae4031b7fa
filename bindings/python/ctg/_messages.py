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
The errors raised by the package's Python code (ctg.excel) carry codes of their own, worded by
`ctg/catalogue/py_messages.toml` (the C++ table does not list them): python_detail() makes them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ._catalogue import entries, text

# Annotations only: `typing` is not imported by the command (see ctg/_errors.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from ._ctg import ErrorDetail, Language

#: The catalogue file of the messages: key `messages.<code>`.
_PREFIX = "messages."
#: The catalogue file of the messages of errors raised by Python code: `py_messages.<code>`.
_PYTHON_PREFIX = "py_messages."

# The patterns below are texts, compiled by `re` on their first use (and kept in its cache): only
# an error's message reads them, so a run without error does not compile them.

#: What `validation_error` writes first: `<origin>: <count> error(s)`.
_COUNT = r"^(?P<origin>.*): (?P<count>\d+) error\(s\)$"

#: The locations the C++ CSV loaders write as an error's field, by catalogue key
#: (`location.<key>`). They are English text made in C++, so they are recognised here, in this
#: one place, and tied to the functions that write them:
#: `cell`: `ctg::detail::cell_path()` (src/io/csv_sheet.cpp), `row 3, column fte`;
#: `row`: `ctg::detail::for_each_row()` (src/io/csv_sheet.hpp), a row with a wrong field count;
#: `header_column`: `ctg::detail::read_csv_sheet()` (src/io/csv_sheet.cpp), the header's checks;
#: `line`: `ctg::read_csv()` (src/io/csv.cpp), `<origin>, line 4, column 12` of a quote error.
#: Each pattern matches the whole field, so a JSON path (`posts[0].fte`) never matches one.
_LOCATIONS = {
    "cell": r"row (?P<row>\d+), column (?P<column>[A-Za-z0-9_]+)",
    "row": r"row (?P<row>\d+)",
    "header_column": r"header, column (?P<column>.+)",
    "line": r"(?P<origin>.+), line (?P<line>\d+), column (?P<column>\d+)",
    # The workbook locations of ctg.excel, written by workbook_location().
    "workbook_key": r"(?P<origin>.+), sheet '(?P<sheet>.*)', (?P<key>[a-z_]+)",
    "workbook_sheet": r"(?P<origin>.+), sheet '(?P<sheet>.*)'",
    # A member of a workbook's zip, written by workbook_member().
    "workbook_member": r"(?P<origin>.+), member (?P<member>[^,]+)",
}

#: An answer cell of a workbook, written by workbook_cell(): the policy and the column are
#: there only for an item assessed per policy and for a column other than the answer.
_WORKBOOK_CELL = (
    r"sheet '(?P<sheet>.*)', cell (?P<cell>[A-Z]+[0-9]+) \(item (?P<item>[^,()]+)"
    r"(?:, policy (?P<policy>[A-Za-z0-9_]+))?\)(?:, column (?P<column>[A-Za-z0-9_]+))?"
)

#: How `ctg::detail::column_list()` (src/io/csv_sheet.cpp) marks an optional column in the
#: `known` parameter of `csv.column.unknown`.
_OPTIONAL_COLUMN = r"(?P<column>[A-Za-z0-9_]+) \(optional\)"


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
    return text(_message_key(code), lang, **params)


def _message_key(code: str) -> str:
    """The catalogue key of a message code: the library's (messages.toml), else one of the
    Python code (py_messages.toml); a code of neither is a KeyError naming the latter."""
    key = _PREFIX + code
    return key if key in entries() else _PYTHON_PREFIX + code


def python_detail(code: str, field: str, value: str, **params: str) -> ErrorDetail:
    """The detail of an error raised by the package's Python code: message `code` of
    py_messages.toml with `params`, its English wording as `expected`, as ErrorDetail.of()
    makes the library's.

    >>> print(python_detail("workbook.item.missing", "g.xlsx, sheet 'S'", "", item="5.5"))
    g.xlsx, sheet 'S': got ""; expected a row for item 5.5
    """
    from ._ctg import ErrorDetail

    expected = text(_PYTHON_PREFIX + code, "en", **params)
    return ErrorDetail(field=field, value=value, expected=expected, code=code, params=params)


def _known_columns(known: str, lang: str) -> str:
    """The `known` list of csv.column.unknown with `(optional)` in `lang`."""
    return ", ".join(
        text("location.optional_column", lang, column=match["column"])
        if (match := re.fullmatch(_OPTIONAL_COLUMN, column))
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
        if match := re.fullmatch(pattern, field):
            return text(f"location.{key}", lang, **match.groupdict())
    if match := re.fullmatch(_WORKBOOK_CELL, field):
        return _workbook_cell(lang, **match.groupdict())
    return field


def csv_row(field: str) -> tuple[int, str | None] | None:
    """The row and the column (None for a whole row) of a CSV location written by the C++
    loaders, None for any other field: `row 3, column fte` → (3, "fte"), `row 3` → (3, None)."""
    for key in ("cell", "row"):
        if match := re.fullmatch(_LOCATIONS[key], field):
            return int(match["row"]), match.groupdict().get("column")
    return None


def workbook_location(origin: str, sheet: str, key: str | None = None) -> str:
    """The field of an error in a workbook's sheet, or in one of the values it records
    (`key`), in English as every field is; location() words it in the reader's language."""
    if key is None:
        return text("location.workbook_sheet", "en", origin=origin, sheet=sheet)
    return text("location.workbook_key", "en", origin=origin, sheet=sheet, key=key)


def workbook_member(origin: str, member: str) -> str:
    """The field of an error in a member of a workbook's zip (`xl/sharedStrings.xml`), in
    English as every field is; location() words it in the reader's language."""
    return text("location.workbook_member", "en", origin=origin, member=member)


def workbook_cell(
    sheet: str, cell: str, item: str, policy: str | None = None, column: str | None = None
) -> str:
    """The field of an answer cell of a workbook, with the policy of an item assessed per
    policy and the column of the CSV row it became when that is not the answer; in English,
    location() words it in the reader's language.

    >>> location(workbook_cell("5 Moyens", "F8", "5.5", column="year"), "fr")
    'feuille « 5 Moyens », cellule F8 (item 5.5), colonne year'
    """
    return _workbook_cell("en", sheet, cell, item, policy, column)


def _workbook_cell(
    lang: str, sheet: str, cell: str, item: str, policy: str | None, column: str | None
) -> str:
    if policy:
        place = text(
            "location.workbook_policy_cell", lang, sheet=sheet, cell=cell, item=item, policy=policy
        )
    else:
        place = text("location.workbook_cell", lang, sheet=sheet, cell=cell, item=item)
    return text("location.with_column", lang, place=place, column=column) if column else place


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
    match = re.match(_COUNT, first)
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
