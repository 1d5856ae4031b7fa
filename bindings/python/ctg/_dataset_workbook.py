# SPDX-License-Identifier: MIT
"""A dataset as a workbook an analyst fills, and that workbook read back into a dataset.

``write_dataset_workbook(path, department, epcis, dataset=None)`` writes the workbook: a sheet
« Lisez-moi » (what each sheet is and how to fill it, the dataset's identity, and **one default
source per sheet** that stands for the provenance of all its rows), « EPCI » (pre-filled,
protected without password), « Conventions », « Signataires », « Postes », « Coordinateurs »,
« Dépenses », « Référents », and a hidden sheet ``ctg`` recording the format. Drop-down lists
give the EPCI SIREN, the ids of conventions, posts and referents (read from the sheets, so they
follow what is typed there), the EPCI kinds, the signatory roles, the evidence kinds, and « oui »
for each volet and Cnaf theme (one column each).

``read_dataset_workbook(source)`` reads it back into a ``ctg.dataset/1`` document validated by the
library (``ctg.load_dataset_json``): every error, the workbook's (a date, a number, a list value)
and the library's (a SIREN key, an unknown reference, coordinators above the contracted FTE), is
located by sheet and cell (``Postes!D4``), all are listed in one ``ctg.ValidationError``, and
nothing is returned on error.

What the workbook does not carry (the JSON keeps them; the reader leaves them out): the member
communes and other years' populations of the EPCI, communes covered individually, diagnostics,
action plans, governance bodies and amendments of the conventions, each row's own provenance (the
sheet's default source stands for it), and the evaluations (``ctg evaluate … --into``).

Import through ``ctg.excel`` (the ``excel`` extra: openpyxl)."""

from __future__ import annotations

import collections
import datetime
import json
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import IO, Any

# openpyxl: ctg.excel, imported above, has checked that it is installed (the `excel` extra).
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from . import _catalogue, _ctg, _messages
from ._errors import ValidationError
from .excel import (
    METADATA_SHEET,
    _cell_reference,
    _invalid,
    _open_workbook,
    _put,
)

__all__ = [
    "DATASET_WORKBOOK_FORMAT",
    "DatasetWorkbook",
    "dataset_workbook",
    "read_dataset_workbook",
    "write_dataset_workbook",
]

#: The format recorded in the hidden sheet ``ctg`` of a dataset workbook.
DATASET_WORKBOOK_FORMAT = "ctg-dataset-workbook-1"

#: The Cnaf themes, in the order of the schema, and the volets: one column each.
THEMES = (
    "petite_enfance",
    "enfance",
    "jeunesse",
    "parentalite",
    "acces_aux_droits",
    "inclusion_numerique",
    "animation_vie_sociale",
    "logement",
    "handicap",
    "accompagnement_social",
)
VOLETS = ("famille", "education", "social")
EPCI_KINDS = ("CA", "CC", "CU", "metropole")
ROLES = (
    "caf",
    "epci",
    "commune",
    "conseil_departemental",
    "msa",
    "cpam",
    "carsat",
    "etat",
    "france_travail",
    "syndicat_intercommunal",
)
#: The evidence a default source may give (``derived`` and ``reading`` need a derivation or an
#: alternative, which a sheet's default cannot state: write them in the JSON).
EVIDENCE = ("source document", "public source", "illustrative", "scenario")
_LOCAL = "local:"
_YES = ("oui", "x")

#: Rows given drop-down lists and validations beyond the rows written.
_SPARE_ROWS = 300
_INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")
_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_UNLOCKED = Protection(locked=False)


def _words(key: str, /, **fields: object) -> str:
    """A word of the workbook (catalogue/workbook.toml), in French: the workbook's language."""
    return _catalogue.text(f"workbook.{key}", "fr", **fields)


@dataclass(frozen=True)
class _Column:
    code: str  # the value's name when read (`id`, `theme:jeunesse`)
    header: str  # its catalogue key under workbook.
    kind: str  # text, int, date, fte, money, flag, list, choice
    required: bool = False
    choices: str | None = None  # a drop-down list of _lists()
    width: int = 16


def _c(code: str, kind: str = "text", required: bool = False, **more: Any) -> _Column:
    return _Column(code, f"column.{code}", kind, required, **more)


_THEME_COLUMNS = [
    _Column(f"theme:{t}", f"theme.{t}", "flag", choices="flag", width=12) for t in THEMES
]
_VOLET_COLUMNS = [
    _Column(f"volet:{v}", f"volet.{v}", "flag", choices="flag", width=12) for v in VOLETS
]
_LOCAL_THEMES = _c("local_themes", "list", width=24)

#: The data sheets, in the workbook's order, and their columns.
_SHEETS: dict[str, list[_Column]] = {
    "epcis": [
        _c("siren", required=True, width=12),
        _c("name", required=True, width=40),
        _c("kind", "choice", True, choices="kind", width=10),
        _c("seat", width=20),
        _c("commune_count", "int", True),
        _c("inhabitants", "int", True),
        _c("population_year", "int", True),
    ],
    "conventions": [
        _c("id", required=True, width=28),
        _c("name", required=True, width=40),
        _c("start", "date", True, width=12),
        _c("end", "date", True, width=12),
        _c("referent", choices="referent", width=12),
        _c("epcis", "list", width=22),
        *_THEME_COLUMNS,
        _LOCAL_THEMES,
    ],
    "signatories": [
        _c("convention", required=True, choices="convention", width=28),
        _c("role", required=True, choices="role", width=22),
        _c("name", required=True, width=40),
        _c("siren", choices="siren", width=12),
        _c("insee", width=12),
    ],
    "posts": [
        _c("id", required=True, width=28),
        _c("convention", required=True, choices="convention", width=28),
        _c("pilot_epci", required=True, choices="siren", width=14),
        _c("contracted_fte", "fte", True, width=12),
        *_VOLET_COLUMNS,
        *_THEME_COLUMNS,
        _LOCAL_THEMES,
    ],
    "coordinators": [
        _c("post", required=True, choices="post", width=28),
        _c("id", required=True, width=12),
        _c("name", width=20),
        _c("fte", "fte", True, width=12),
        _c("start", "date", True, width=12),
        _c("end", "date", width=12),
        _c("training_days", "int", True, width=12),
        _c("network_days", "int", True, width=12),
    ],
    "expenses": [
        _c("post", required=True, choices="post", width=28),
        _c("year", "int", True, width=10),
        _c("amount", "money", True, width=16),
    ],
    "referents": [_c("id", required=True, width=12), _c("name", width=40)],
}

#: The rows of « Lisez-moi » holding the dataset's identity (code in the hidden column A).
_KEYS = ("id", "label", "department_code", "department_name", "rulebook", "grid")
#: The default sources of « Lisez-moi »: one per sheet, and the contracted FTE of the posts.
_SOURCES = (
    "department",
    "epcis",
    "conventions",
    "posts_fte",
    "posts",
    "coordinators",
    "expenses",
    "referents",
)
_SOURCE_FIELDS = ("evidence", "document", "locator", "url")


def _sheet_name(code: str) -> str:
    return _words(f"sheet.{code}")


def _source_label(code: str) -> str:
    if code in _SHEETS:
        return _sheet_name(code)
    return _words(f"readme.source.{code}")


# --- writing --------------------------------------------------------------------------------------


def _get(mapping: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(mapping, Mapping):
            return None
        mapping = mapping.get(key)
    return mapping


def _date(text: Any) -> datetime.date | None:
    return None if not text else datetime.date.fromisoformat(str(text))


def _decimal(text: Any) -> Decimal | None:
    """An FTE or an amount of the JSON (`"2,5"`, `"38 400,00 €"`) as an exact number cell."""
    if text is None or text == "":
        return None
    cleaned = re.sub(r"[\s\u00a0\u202f€]", "", str(text)).replace(",", ".")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def _joined(values: Iterable[str]) -> str:
    return " ; ".join(values)


def _theme_cells(themes: Sequence[str]) -> dict[str, Any]:
    cells: dict[str, Any] = {f"theme:{t}": "oui" for t in themes if t in THEMES}
    cells["local_themes"] = _joined(t[len(_LOCAL) :] for t in themes if t.startswith(_LOCAL))
    return cells


def _rows(
    department: Mapping[str, Any], epcis: Sequence[Mapping[str, Any]], content: Mapping[str, Any]
) -> dict[str, list[dict[str, Any]]]:
    """The rows of each data sheet, each a mapping column code → value."""
    del department
    conventions = list(content.get("conventions") or [])
    posts = list(content.get("posts") or [])
    rows: dict[str, list[dict[str, Any]]] = {
        "epcis": [
            {
                "siren": e.get("siren"),
                "name": e.get("name"),
                "kind": e.get("kind"),
                "seat": e.get("seat"),
                "commune_count": e.get("commune_count"),
                "inhabitants": _get(e, "population", "inhabitants"),
                "population_year": _get(e, "population", "year"),
            }
            for e in epcis
        ],
        "conventions": [
            {
                "id": c.get("id"),
                "name": c.get("name"),
                "start": _date(_get(c, "term", "start")),
                "end": _date(_get(c, "term", "end")),
                "referent": c.get("referent"),
                "epcis": _joined(_get(c, "territories", "epcis") or []),
                **_theme_cells(c.get("themes") or []),
            }
            for c in conventions
        ],
        "signatories": [
            {"convention": c.get("id"), **s} for c in conventions for s in c.get("signatories", [])
        ],
        "posts": [
            {
                "id": p.get("id"),
                "convention": p.get("convention"),
                "pilot_epci": p.get("pilot_epci"),
                "contracted_fte": _decimal(p.get("contracted_fte")),
                **{f"volet:{v}": "oui" for v in p.get("volets") or []},
                **_theme_cells(p.get("themes") or []),
            }
            for p in posts
        ],
        "coordinators": [
            {
                "post": p.get("id"),
                **k,
                "fte": _decimal(k.get("fte")),
                "start": _date(k.get("start")),
                "end": _date(k.get("end")),
            }
            for p in posts
            for k in p.get("coordinators") or []
        ],
        "expenses": [
            {"post": p.get("id"), "year": x.get("year"), "amount": _decimal(x.get("amount"))}
            for p in posts
            for x in p.get("expenses") or []
        ],
        "referents": [
            {"id": r.get("id"), "name": r.get("name")} for r in content.get("referents") or []
        ],
    }
    return rows


def _common_source(provenances: Iterable[Any]) -> dict[str, str]:
    """The default source of a sheet written from existing content: the most frequent
    evidence, and the document, locator and address when all the provenances of that evidence
    give the same (the EPCI's locators differ by EPCI: the default leaves it empty)."""
    given = [p for p in provenances if isinstance(p, Mapping) and p.get("evidence") in EVIDENCE]
    if not given:
        return {}
    evidence = collections.Counter(p["evidence"] for p in given).most_common(1)[0][0]
    same = [p for p in given if p["evidence"] == evidence]
    source: dict[str, str] = {"evidence": evidence}
    for key in ("document", "locator", "url"):
        values = {str(_get(p, "source", key) or "") for p in same}
        if len(values) == 1:
            source[key] = values.pop()
    return source


def _default_sources(
    department: Mapping[str, Any], epcis: Sequence[Mapping[str, Any]], content: Mapping[str, Any]
) -> dict[str, dict[str, str]]:
    posts = list(content.get("posts") or [])
    conventions = list(content.get("conventions") or [])
    return {
        "department": _common_source([department.get("provenance")]),
        "epcis": _common_source(
            [e.get("provenance") for e in epcis]
            + [_get(e, "population", "provenance") for e in epcis]
        ),
        "conventions": _common_source(
            [c.get("provenance") for c in conventions]
            + [_get(c, "term", "provenance") for c in conventions]
        ),
        "posts_fte": _common_source([p.get("fte_provenance") for p in posts]),
        "posts": _common_source([p.get("provenance") for p in posts]),
        "coordinators": _common_source(
            [k.get("provenance") for p in posts for k in p.get("coordinators") or []]
        ),
        "expenses": _common_source(
            [x.get("provenance") for p in posts for x in p.get("expenses") or []]
        ),
        "referents": _common_source([r.get("provenance") for r in content.get("referents") or []]),
    }


def _validation(formula: str, strict: bool = True) -> DataValidation:
    validation = DataValidation(type="list", formula1=formula, allow_blank=True)
    validation.error = _words("validation.list")
    validation.errorTitle = _words("validation.title")
    validation.showErrorMessage = True
    if not strict:  # a local value (`local:…`) may be typed: a warning only
        validation.errorStyle = "warning"
    return validation


def _inline(values: Iterable[str]) -> str:
    return '"' + ",".join(values) + '"'


def _range(sheet_code: str, last_row: int) -> str:
    name = _sheet_name(sheet_code).replace("'", "''")
    return f"'{name}'!$A$2:$A${last_row}"


def _lists(last_row: int) -> dict[str, Callable[[], DataValidation]]:
    return {
        "siren": lambda: _validation(_range("epcis", last_row)),
        "convention": lambda: _validation(_range("conventions", last_row)),
        "post": lambda: _validation(_range("posts", last_row)),
        "referent": lambda: _validation(_range("referents", last_row)),
        "kind": lambda: _validation(_inline(EPCI_KINDS)),
        "role": lambda: _validation(_inline(ROLES), strict=False),
        "flag": lambda: _validation(_inline(["oui"])),
        "evidence": lambda: _validation(_inline(EVIDENCE)),
    }


_NUMBER_FORMATS = {"date": "DD/MM/YYYY", "money": "#,##0.00", "fte": "0.0###"}


def _write_sheet(
    sheet: Worksheet, columns: list[_Column], rows: list[dict[str, Any]], last_row: int
) -> None:
    lists = _lists(last_row)
    for index, column in enumerate(columns, start=1):
        header = _put(sheet, 1, index, _words(column.header))
        header.font = Font(bold=True)
        header.fill = _HEADER_FILL
        header.alignment = Alignment(wrap_text=True, vertical="top")
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = column.width
        if column.choices is not None:
            validation = lists[column.choices]()
            sheet.add_data_validation(validation)
            validation.add(f"{letter}2:{letter}{last_row}")
        for row_number, row in enumerate(rows, start=2):
            value = row.get(column.code)
            if value is None or value == "":
                continue
            if isinstance(value, str):
                _put(sheet, row_number, index, value)
            else:
                cell = sheet.cell(row_number, index, value)
                if column.kind in _NUMBER_FORMATS:
                    cell.number_format = _NUMBER_FORMATS[column.kind]
        if column.kind in _NUMBER_FORMATS:  # the rows still to fill read as dates or numbers
            for row_number in range(len(rows) + 2, last_row + 1):
                sheet.cell(row_number, index).number_format = _NUMBER_FORMATS[column.kind]
    sheet.freeze_panes = "A2"


def _write_readme(
    sheet: Worksheet,
    department: Mapping[str, Any],
    keys: Mapping[str, str],
    sources: Mapping[str, Mapping[str, str]],
) -> None:
    sheet.column_dimensions["A"].hidden = True
    sheet.column_dimensions["B"].width = 34
    for letter in "CDEF":
        sheet.column_dimensions[letter].width = 30
    title = _words(
        "readme.title", department=department.get("name", ""), code=department.get("code", "")
    )
    _put(sheet, 1, 2, title).font = Font(bold=True, size=14)
    row = 2
    for key in ("readme.intro", *(f"readme.sheet.{s}" for s in _SHEETS), "readme.not_carried"):
        text = _words(key)
        if key.startswith("readme.sheet."):
            text = f"« {_sheet_name(key.rsplit('.', 1)[1])} » : {text}"
        cell = _put(sheet, row, 2, text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
        sheet.row_dimensions[row].height = 45
        row += 1
    row += 1
    _put(sheet, row, 2, _words("readme.dataset")).font = Font(bold=True, size=12)
    row += 1
    for key in _KEYS:
        _put(sheet, row, 1, f"key:{key}")
        _put(sheet, row, 2, _words(f"readme.key.{key}"))
        value = _put(sheet, row, 3, keys.get(key, ""))
        value.fill, value.protection = _INPUT_FILL, _UNLOCKED
        row += 1
    row += 1
    _put(sheet, row, 2, _words("readme.sources")).font = Font(bold=True, size=12)
    row += 1
    headers = ("sheet", *_SOURCE_FIELDS)
    for index, key in enumerate(headers, start=2):
        cell = _put(sheet, row, index, _words(f"readme.source.{key}"))
        cell.font, cell.fill = Font(bold=True), _HEADER_FILL
    row += 1
    evidence = _lists(row)["evidence"]()
    sheet.add_data_validation(evidence)
    for code in _SOURCES:
        _put(sheet, row, 1, f"source:{code}")
        _put(sheet, row, 2, _source_label(code))
        for index, key in enumerate(_SOURCE_FIELDS, start=3):
            cell = _put(sheet, row, index, sources.get(code, {}).get(key, ""))
            cell.fill, cell.protection = _INPUT_FILL, _UNLOCKED
            if key == "evidence":
                evidence.add(cell.coordinate)
        row += 1
    cell = _put(sheet, row, 2, _words("readme.evidence_help"))
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
    sheet.row_dimensions[row].height = 45
    sheet.protection.sheet = True


def _content(dataset: Mapping[str, Any] | _ctg.Dataset | None) -> Mapping[str, Any]:
    if dataset is None:
        return {}
    if isinstance(dataset, _ctg.Dataset):
        loaded: dict[str, Any] = json.loads(_ctg.dataset_to_json(dataset))
        return loaded
    return dataset


def dataset_workbook(
    department: Mapping[str, Any],
    epcis: Sequence[Mapping[str, Any]],
    dataset: Mapping[str, Any] | _ctg.Dataset | None = None,
) -> Workbook:
    """The dataset workbook of a department (see the module documentation).

    ``department`` is a mapping with ``code`` and ``name`` (and optionally ``provenance``), as
    the ``department`` of a dataset JSON; ``epcis`` the EPCI as in a dataset JSON (``siren``,
    ``name``, ``kind``, ``seat``, ``commune_count``, ``population`` with ``inhabitants``,
    ``year`` and ``provenance``, and ``provenance``): they pre-fill the sheet « EPCI » and the
    default sources. ``dataset`` (optional) is existing content, a ``ctg.Dataset`` or a mapping
    with any keys of a ``ctg.dataset/1`` document (``id``, ``label``, ``rulebook``, ``grid``,
    ``referents``, ``conventions``, ``posts``): it fills the other sheets."""
    content = _content(dataset)
    workbook = Workbook()
    workbook.remove(workbook.worksheets[0])
    rows = _rows(department, epcis, content)
    code = str(department.get("code", ""))
    keys = {
        "id": str(content.get("id") or f"departement-{code}"),
        "label": str(
            _get(content, "label", "fr") or f"{department.get('name', '')} ({code}) : CTG"
        ),
        "department_code": code,
        "department_name": str(department.get("name", "")),
        "rulebook": str(content.get("rulebook") or ""),
        "grid": str(content.get("grid") or ""),
    }
    _write_readme(
        workbook.create_sheet(_sheet_name("readme")),
        department,
        keys,
        _default_sources(department, epcis, content),
    )
    last_row = max(len(r) for r in rows.values()) + 1 + _SPARE_ROWS
    for sheet_code, columns in _SHEETS.items():
        sheet = workbook.create_sheet(_sheet_name(sheet_code))
        _write_sheet(sheet, columns, rows[sheet_code], last_row)
        if sheet_code == "epcis":
            sheet.protection.sheet = True  # read-only-ish: Review > Unprotect, no password
    meta = workbook.create_sheet(METADATA_SHEET)
    for row, (key, value) in enumerate(
        (("format", DATASET_WORKBOOK_FORMAT), ("dataset_format", _ctg.DATASET_FORMAT)), start=1
    ):
        _put(meta, row, 1, key)
        _put(meta, row, 2, value)
    meta.sheet_state = "hidden"
    meta.protection.sheet = True
    return workbook


def write_dataset_workbook(
    path: str | os.PathLike[str],
    department: Mapping[str, Any],
    epcis: Sequence[Mapping[str, Any]],
    dataset: Mapping[str, Any] | _ctg.Dataset | None = None,
) -> None:
    """Writes :func:`dataset_workbook` to ``path`` (``.xlsx``). ``department``: ``{"code":
    "86", "name": "Vienne"}``; ``epcis``: the EPCI as in a dataset JSON; ``dataset``: optional
    existing content (a ``ctg.Dataset`` or a mapping of ``ctg.dataset/1`` keys). The caller
    chooses the path: a command writes through a temporary file (ctg._cli_common.write_file)."""
    dataset_workbook(department, epcis, dataset).save(path)


# --- reading --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DatasetWorkbook:
    """A dataset workbook read back: the ``ctg.dataset/1`` document (canonical, as
    ``ctg.to_json`` writes it), the validated dataset, and its warnings located by sheet and
    cell like the errors."""

    document: dict[str, Any]
    dataset: _ctg.Dataset
    warnings: list[_ctg.ErrorDetail] = field(default_factory=list)


def _plain(value: Any) -> str:
    """A cell value as text: numbers exactly as shown (a float through its shortest repr)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, float):
        return format(Decimal(repr(value)), "f")
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value).strip()


_DAY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_SPACES = re.compile(r"[\s\u00a0\u202f]")


class _Reader:
    def __init__(self, workbook: Workbook, origin: str) -> None:
        self.workbook, self.origin = workbook, origin
        self.errors: list[_ctg.ErrorDetail] = []
        self.bad: set[str] = set()  # the cells already in error
        self.places: dict[str, str] = {}  # a JSON path → the cell it was read from

    def error(self, code: str, where: str, value: object, **params: object) -> None:
        detail = _messages.python_detail(
            code, where, str(value), **{key: str(param) for key, param in params.items()}
        )
        self.errors.append(detail)
        self.bad.add(where)

    # --- cells ---------------------------------------------------------------------------------

    def parse(self, column: _Column, value: Any, where: str) -> Any:
        """The value of a cell for the JSON, None when empty or in error (then recorded)."""
        text = _plain(value)
        if text == "":
            if column.required:
                self.error("dataset_workbook.required", where, "", column=_words(column.header))
            return None
        kind = column.kind
        if kind == "int":
            digits = _SPACES.sub("", text)
            if not re.fullmatch(r"-?\d+(\.0+)?", digits):  # 2.5 from a number cell too
                self.error("dataset_workbook.integer", where, text)
                return None
            return int(digits.split(".")[0])
        if kind == "date":
            if isinstance(value, (datetime.date, datetime.datetime)):
                return text
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                return text  # the library checks that the day exists
            if match := _DAY.fullmatch(text):
                day, month, year = match.groups()
                return f"{year}-{int(month):02d}-{int(day):02d}"
            self.error("dataset_workbook.date", where, text)
            return None
        if kind in ("fte", "money"):
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                exact = Decimal(text)
                places = 4 if kind == "fte" else 2
                exponent = exact.as_tuple().exponent
                if isinstance(exponent, int) and exponent < -places:
                    self.error(f"dataset_workbook.{kind}", where, text)
                    return None
                return text
            return text  # text as typed (`2,5`, `38 400,00 €`): the library reads it
        if kind == "flag":
            if text.lower() in _YES:
                return True
            if text.lower() == "non":
                return None
            self.error("dataset_workbook.flag", where, text)
            return None
        if kind == "list":
            return [part.strip() for part in re.split(r"[;,\n]", text) if part.strip()]
        if kind == "choice" and column.choices == "kind" and text not in EPCI_KINDS:
            self.error("dataset_workbook.choice", where, text, choices=", ".join(EPCI_KINDS))
            return None
        return text

    # --- sheets --------------------------------------------------------------------------------

    def sheet(self, code: str) -> Worksheet | None:
        name = _sheet_name(code)
        if name not in self.workbook.sheetnames:
            self.error("dataset_workbook.sheet.missing", self.origin, "", sheet=name)
            return None
        sheet: Worksheet = self.workbook[name]
        return sheet

    def rows(self, code: str) -> list[tuple[dict[str, Any], dict[str, str]]]:
        """The rows of a data sheet: (values by column code, cell by column code); an empty
        row is skipped."""
        sheet = self.sheet(code)
        if sheet is None:
            return []
        name = sheet.title
        headers: dict[str, int] = {
            _plain(cell.value): int(cell.column or 0)
            for cell in sheet[1]
            if _plain(cell.value) != ""
        }
        columns: list[tuple[_Column, int]] = []
        for column in _SHEETS[code]:
            header = _words(column.header)
            if header not in headers:
                where = _cell_reference(name, "1:1")
                self.error("dataset_workbook.column.missing", where, "", column=header)
                continue
            columns.append((column, headers[header]))
        found = []
        for row in range(2, sheet.max_row + 1):
            cells = [(c, sheet.cell(row, index)) for c, index in columns]
            if all(_plain(cell.value) == "" for _, cell in cells):
                continue
            values: dict[str, Any] = {}
            places: dict[str, str] = {"": _cell_reference(name, f"A{row}")}
            for column, cell in cells:
                where = _cell_reference(name, cell.coordinate)
                places[column.code] = where
                parsed = self.parse(column, cell.value, where)
                if parsed is not None:
                    values[column.code] = parsed
            found.append((values, places))
        return found

    def readme(self) -> tuple[dict[str, str], dict[str, dict[str, str]], dict[str, dict[str, str]]]:
        """The dataset's identity, the default sources and their cells, from « Lisez-moi »."""
        sheet = self.sheet("readme")
        keys: dict[str, str] = {}
        sources: dict[str, dict[str, str]] = {}
        cells: dict[str, dict[str, str]] = {}
        if sheet is None:
            return keys, sources, cells
        rows = {
            _plain(sheet.cell(r, 1).value): r
            for r in range(1, sheet.max_row + 1)
            if _plain(sheet.cell(r, 1).value)
        }
        name = sheet.title
        for key in (f"key:{k}" for k in _KEYS):
            if key not in rows:
                self.error(
                    "dataset_workbook.key.missing", _cell_reference(name, "A:A"), "", key=key
                )
                continue
            cell = sheet.cell(rows[key], 3)
            keys[key[4:]] = _plain(cell.value)
            cells[key[4:]] = {"": _cell_reference(name, cell.coordinate)}
        for code in _SOURCES:
            key = f"source:{code}"
            if key not in rows:
                self.error(
                    "dataset_workbook.key.missing", _cell_reference(name, "A:A"), "", key=key
                )
                continue
            row = rows[key]
            sources[code] = {
                f: _plain(sheet.cell(row, i).value) for i, f in enumerate(_SOURCE_FIELDS, start=3)
            }
            cells[f"source:{code}"] = {
                f: _cell_reference(name, sheet.cell(row, i).coordinate)
                for i, f in enumerate(_SOURCE_FIELDS, start=3)
            }
        return keys, sources, cells

    # --- the document --------------------------------------------------------------------------

    def place(self, path: str, where: str | None) -> None:
        if where is not None:
            self.places[path] = where

    def provenance(
        self,
        path: str,
        code: str,
        sources: Mapping[str, Mapping[str, str]],
        cells: Mapping[str, Mapping[str, str]],
    ) -> dict[str, Any]:
        """The provenance at `path` (`posts[0].fte_provenance`): the default source `code` of
        « Lisez-moi », its errors located at that source's cells."""
        given = sources.get(code, {})
        where = cells.get(f"source:{code}", {})
        evidence = given.get("evidence", "")
        self.place(path, where.get("evidence"))
        self.place(f"{path}.evidence", where.get("evidence"))
        for key in ("document", "locator", "url"):
            self.place(f"{path}.source.{key}", where.get(key))
        self.place(f"{path}.source", where.get("document"))
        spot = where.get("evidence")
        if spot is not None and spot not in self.bad:
            if evidence == "":
                self.error("dataset_workbook.required", spot, "", column=_source_label(code))
            elif evidence not in EVIDENCE:
                self.error("dataset_workbook.choice", spot, evidence, choices=", ".join(EVIDENCE))
        provenance: dict[str, Any] = {"evidence": evidence}
        source = {k: given[k] for k in ("document", "locator", "url") if given.get(k)}
        if source:
            provenance["source"] = source
        return provenance

    def document(self) -> dict[str, Any]:
        keys, sources, cells = self.readme()

        def prov(path: str, code: str) -> dict[str, Any]:
            return self.provenance(path, code, sources, cells)

        def key_place(path: str, key: str) -> None:
            self.place(path, cells.get(key, {}).get(""))

        for key in ("id", "label", "rulebook", "grid"):
            key_place(key, key)
        key_place("label.fr", "label")
        key_place("department", "department_code")
        key_place("department.code", "department_code")
        key_place("department.name", "department_name")
        document: dict[str, Any] = {
            "format": _ctg.DATASET_FORMAT,
            "id": keys.get("id", ""),
            "label": {"fr": keys.get("label", "")},
            "department": {
                "code": keys.get("department_code", ""),
                "name": keys.get("department_name", ""),
                "provenance": prov("department.provenance", "department"),
            },
        }
        for key in ("rulebook", "grid"):
            if keys.get(key):
                document[key] = keys[key]
        referents = []
        for index, (values, where) in enumerate(self.rows("referents")):
            path = f"referents[{index}]"
            self.register(path, where, {"id": "id", "name": "name"})
            referents.append({**values, "provenance": prov(f"{path}.provenance", "referents")})
        if referents:
            document["referents"] = referents
        document["epcis"] = self.epcis(prov)
        signatories = collections.defaultdict(list)
        for values, where in self.rows("signatories"):
            signatories[values.get("convention")].append((values, where))
        document["conventions"] = self.conventions(prov, signatories)
        document["posts"] = self.posts(prov)
        return document

    def register(self, path: str, where: Mapping[str, str], fields: Mapping[str, str]) -> None:
        self.place(path, where.get(""))
        for key, code in fields.items():
            self.place(f"{path}.{key}", where.get(code))

    def epcis(self, prov: Callable[[str, str], dict[str, Any]]) -> list[dict[str, Any]]:
        found = []
        for index, (values, where) in enumerate(self.rows("epcis")):
            path = f"epcis[{index}]"
            self.register(
                path,
                where,
                {
                    "siren": "siren",
                    "name": "name",
                    "kind": "kind",
                    "seat": "seat",
                    "commune_count": "commune_count",
                    "population": "inhabitants",
                    "population.inhabitants": "inhabitants",
                    "population.year": "population_year",
                },
            )
            population: dict[str, Any] = {
                k: values[c]
                for k, c in (("inhabitants", "inhabitants"), ("year", "population_year"))
                if c in values
            }
            population["provenance"] = prov(f"{path}.population.provenance", "epcis")
            epci: dict[str, Any] = {
                k: values[k]
                for k in ("siren", "name", "kind", "seat", "commune_count")
                if k in values
            }
            found.append(
                {
                    **epci,
                    "population": population,
                    "provenance": prov(f"{path}.provenance", "epcis"),
                }
            )
        return found

    def themes(self, path: str, values: Mapping[str, Any], where: Mapping[str, str]) -> list[str]:
        themes: list[str] = []
        for theme in THEMES:
            if values.get(f"theme:{theme}"):
                self.place(f"{path}.themes[{len(themes)}]", where.get(f"theme:{theme}"))
                themes.append(theme)
        for local in values.get("local_themes", []):
            self.place(f"{path}.themes[{len(themes)}]", where.get("local_themes"))
            themes.append(local if local.startswith(_LOCAL) else _LOCAL + local)
        self.place(f"{path}.themes", where.get("theme:petite_enfance"))
        return themes

    def conventions(
        self,
        prov: Callable[[str, str], dict[str, Any]],
        signatories: Mapping[Any, list[tuple[dict[str, Any], dict[str, str]]]],
    ) -> list[dict[str, Any]]:
        found = []
        known = set()
        for index, (values, where) in enumerate(self.rows("conventions")):
            path = f"conventions[{index}]"
            known.add(values.get("id"))
            self.register(
                path,
                where,
                {
                    "id": "id",
                    "name": "name",
                    "term": "start",
                    "term.start": "start",
                    "term.end": "end",
                    "referent": "referent",
                    "territories": "epcis",
                    "territories.epcis": "epcis",
                },
            )
            for k in range(len(values.get("epcis", []))):
                self.place(f"{path}.territories.epcis[{k}]", where.get("epcis"))
            convention: dict[str, Any] = {k: values[k] for k in ("id", "name") if k in values}
            term = {k: values[k] for k in ("start", "end") if k in values}
            convention["term"] = {
                **term,
                "provenance": prov(f"{path}.term.provenance", "conventions"),
            }
            convention["themes"] = self.themes(path, values, where)
            convention["signatories"] = []
            for k, (signatory, at) in enumerate(signatories.get(values.get("id"), [])):
                self.register(
                    f"{path}.signatories[{k}]",
                    at,
                    {"role": "role", "name": "name", "siren": "siren", "insee": "insee"},
                )
                convention["signatories"].append(
                    {
                        key: signatory[key]
                        for key in ("role", "name", "siren", "insee")
                        if key in signatory
                    }
                )
            convention["territories"] = {"epcis": values.get("epcis", [])}
            if "referent" in values:
                convention["referent"] = values["referent"]
            convention["provenance"] = prov(f"{path}.provenance", "conventions")
            found.append(convention)
        for convention_id, rows in signatories.items():
            if convention_id not in known:
                for _, at in rows:
                    spot = at["convention"]
                    if spot not in self.bad:
                        sheet = _sheet_name("conventions")
                        self.error("dataset_workbook.reference", spot, convention_id, sheet=sheet)
        return found

    def posts(self, prov: Callable[[str, str], dict[str, Any]]) -> list[dict[str, Any]]:
        by_post: dict[str, dict[str, list[tuple[dict[str, Any], dict[str, str]]]]] = {
            "coordinators": collections.defaultdict(list),
            "expenses": collections.defaultdict(list),
        }
        for code in ("coordinators", "expenses"):
            for values, where in self.rows(code):
                by_post[code][values.get("post", "")].append((values, where))
        found = []
        known = set()
        for index, (values, where) in enumerate(self.rows("posts")):
            path = f"posts[{index}]"
            known.add(values.get("id"))
            self.register(
                path,
                where,
                {
                    "id": "id",
                    "convention": "convention",
                    "pilot_epci": "pilot_epci",
                    "contracted_fte": "contracted_fte",
                    "coordinators": "contracted_fte",
                    "volets": "volet:famille",
                },
            )
            post: dict[str, Any] = {
                k: values[k]
                for k in ("id", "convention", "pilot_epci", "contracted_fte")
                if k in values
            }
            post["fte_provenance"] = prov(f"{path}.fte_provenance", "posts_fte")
            volets: list[str] = []
            for volet in VOLETS:
                if values.get(f"volet:{volet}"):
                    self.place(f"{path}.volets[{len(volets)}]", where.get(f"volet:{volet}"))
                    volets.append(volet)
            if volets:
                post["volets"] = volets
            themes = self.themes(path, values, where)
            if themes:
                post["themes"] = themes
            coordinators: list[dict[str, Any]] = []
            for k, (row, at) in enumerate(by_post["coordinators"].pop(values.get("id", ""), [])):
                item = f"{path}.coordinators[{k}]"
                fields = ("id", "name", "fte", "start", "end", "training_days", "network_days")
                self.register(item, at, {f: f for f in fields})
                coordinators.append(
                    {
                        **{f: row[f] for f in fields if f in row},
                        "provenance": prov(f"{item}.provenance", "coordinators"),
                    }
                )
            if coordinators:
                post["coordinators"] = coordinators
            expenses: list[dict[str, Any]] = []
            for k, (row, at) in enumerate(by_post["expenses"].pop(values.get("id", ""), [])):
                item = f"{path}.expenses[{k}]"
                self.register(item, at, {"year": "year", "amount": "amount"})
                expenses.append(
                    {
                        **{f: row[f] for f in ("year", "amount") if f in row},
                        "provenance": prov(f"{item}.provenance", "expenses"),
                    }
                )
            if expenses:
                post["expenses"] = expenses
            post["provenance"] = prov(f"{path}.provenance", "posts")
            found.append(post)
        for rows in by_post.values():
            for post_id, orphans in rows.items():
                for _, at in orphans:
                    spot = at["post"]
                    if spot not in self.bad and post_id:
                        sheet = _sheet_name("posts")
                        self.error("dataset_workbook.reference", spot, post_id, sheet=sheet)
        return found

    # --- the library's errors, located ---------------------------------------------------------

    def locate(self, detail: _ctg.ErrorDetail) -> _ctg.ErrorDetail:
        """The library's detail at the cell its JSON path was read from (the longest prefix of
        the path that was), else as it is."""
        path = detail.field
        while path:
            if path in self.places:
                return _ctg.ErrorDetail(
                    field=self.places[path],
                    value=detail.value,
                    expected=detail.expected,
                    code=detail.code,
                    params=detail.params,
                )
            cut = max(path.rfind("."), path.rfind("["))
            path = path[:cut] if cut > 0 else ""
        return detail


def _dedupe(details: Iterable[_ctg.ErrorDetail]) -> list[_ctg.ErrorDetail]:
    """One detail per place, code and value: a default source wrong for every row is said
    once."""
    seen: set[tuple[str, str, str]] = set()
    kept = []
    for detail in details:
        key = (detail.field, detail.code, detail.value)
        if key not in seen:
            seen.add(key)
            kept.append(detail)
    return kept


def read_dataset_workbook(
    source: str | os.PathLike[str] | IO[bytes] | Workbook, *, origin: str | None = None
) -> DatasetWorkbook:
    """Reads a dataset workbook (:func:`dataset_workbook`, filled) into a validated dataset.

    ``source`` is a path, a binary file or an openpyxl workbook; a file is measured before
    openpyxl opens it (``check_workbook_limits``). ``origin`` names it in the messages. Raises
    ``ctg.InvalidValueError`` when it is not a dataset workbook of ctg, and
    ``ctg.ValidationError`` listing every error, each located by sheet and cell
    (``Postes!D4``): a cell the workbook cannot read (a date, a whole number, more than two
    decimals for an amount or four for an FTE, a value outside a list, a required cell left
    empty), a row naming an unknown convention or post, and every error of the library
    (``ctg.load_dataset_json``) at the cell its value came from. Nothing is returned on
    error."""
    workbook, origin = _open_workbook(source, origin)
    _check_format(workbook, origin)
    reader = _Reader(workbook, origin)
    document = reader.document()
    errors = list(reader.errors)
    dataset: _ctg.Dataset | None = None
    try:
        dataset = _ctg.load_dataset_json(json.dumps(document, ensure_ascii=False), origin)
    except ValidationError as error:
        # One error per cell: the first (a wrong contracted FTE, not then the coordinators
        # above it); none where the workbook already found one.
        for detail in (reader.locate(d) for d in error.details):
            if detail.field not in reader.bad:
                reader.bad.add(detail.field)
                errors.append(detail)
    errors = _dedupe(errors)
    if errors or dataset is None:
        lines = [f"{origin}: {len(errors)} error(s)"] + [d.to_string() for d in errors]
        raise ValidationError("\n".join(lines), errors)
    return DatasetWorkbook(
        document=json.loads(_ctg.dataset_to_json(dataset)),
        dataset=dataset,
        warnings=_dedupe(reader.locate(w) for w in dataset.warnings),
    )


def _check_format(workbook: Workbook, origin: str) -> None:
    if METADATA_SHEET not in workbook.sheetnames:
        raise _invalid("dataset_workbook.sheet.missing", origin, "", sheet=METADATA_SHEET)
    sheet = workbook[METADATA_SHEET]
    meta = {
        _plain(k): _plain(v)
        for k, v in sheet.iter_rows(min_col=1, max_col=2, values_only=True)
        if k is not None
    }
    if meta.get("format") != DATASET_WORKBOOK_FORMAT:
        where = _messages.workbook_location(origin, METADATA_SHEET, "format")
        raise _invalid(
            "dataset_workbook.format", where, meta.get("format", ""), format=DATASET_WORKBOOK_FORMAT
        )
