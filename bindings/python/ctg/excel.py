# SPDX-License-Identifier: MIT
"""The evaluation grid as a fillable Excel workbook, and a filled workbook read back.

``grid_template(grid)`` gives an :class:`openpyxl.Workbook` with a sheet per section and one row
per item: a column per policy for the missions assessed per policy, an ``Réponse`` column for
the yes/no and number items, a ``Commentaire`` column. Answer cells carry drop-down lists (the
scale's French labels; ``oui``/``non``) or a decimal validation, and are the only unlocked cells
of protected sheets. A hidden sheet ``ctg`` records the grid id and version, the post and the
year. Every text is written as a string cell, never as a formula, even when it starts with
``=`` (a post or an item worded like a formula reads back as written). ``read_evaluation(workbook)``
reads the answers back through the same validation as ``load_evaluations_csv`` (a CSV text is
built from the cells), so a wrong answer is a :class:`ctg.ValidationError` naming the sheet, the
cell, the item and the policy.

``import ctg.excel`` (not imported by ``import ctg``) needs ``ctg[excel]`` (openpyxl)."""

from __future__ import annotations

import csv
import datetime
import io
import os
import re
from decimal import Decimal
from typing import Any

from . import _cells, _ctg, _messages
from ._errors import InvalidValueError, ValidationError
from ._extras import requires

with requires("excel"):
    import openpyxl
    from openpyxl.cell.cell import Cell
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.utils import get_column_letter
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.worksheet import Worksheet

__all__ = [
    "METADATA_SHEET",
    "TEMPLATE_FORMAT",
    "grid_template",
    "read_evaluation",
    "write_grid_template",
]

METADATA_SHEET = "ctg"
TEMPLATE_FORMAT = "ctg-evaluation-template-1"

# Layout of a section sheet: title (row 1), headers (row 2), column codes (row 3, hidden),
# items from row 4. Columns: item id, item text, one per policy, answer, comment.
_TITLE_ROW, _HEADER_ROW, _CODE_ROW, _FIRST_ITEM_ROW = 1, 2, 3, 4
_ANSWER_CODE, _COMMENT_CODE, _ITEM_CODE = "reponse", "commentaire", "item_id"
_UNLOCKED = Protection(locked=False)
_ANSWER_FILL = PatternFill("solid", fgColor="FFF2CC")


def _sheet_title(section: _ctg.GridSection) -> str:
    title = re.sub(r"[\[\]:*?/\\]", " ", f"{section.id} {section.title.fr}")
    return title[:31].strip()


def _invalid(code: str, field: str, value: str, **params: str) -> InvalidValueError:
    """The error of message `code` (ctg/catalogue/py_messages.toml), a detail that the command
    line words in the user's language like the library's errors."""
    detail = _messages.python_detail(code, field, value, **params)
    return InvalidValueError(detail.to_string(), [detail])


def _put(sheet: Worksheet, row: int, column: int, value: str | int) -> Cell:
    """Writes `value` into a cell. A text is a string cell, never a formula (openpyxl takes a
    text starting with `=` for one); a text a spreadsheet would run as a formula when edited
    (ctg._cells) also gets Excel's quote prefix, shown as `'=…` in the formula bar."""
    cell: Cell = sheet.cell(row, column, value)
    if isinstance(value, str):
        cell.data_type = "s"
        if _cells.is_formula_like(value):
            cell.quotePrefix = True
    return cell


def _list_validation(values: list[str], field: str) -> DataValidation:
    for value in values:
        if "," in value or '"' in value:
            raise _invalid("workbook.list.label", field, value)
    validation = DataValidation(
        type="list", formula1='"' + ",".join(values) + '"', allow_blank=True
    )
    validation.error = "Choisissez une valeur de la liste : " + ", ".join(values)
    validation.errorTitle = "Réponse non prévue"
    validation.showErrorMessage = True
    return validation


def grid_template(grid: _ctg.Grid, post_id: str | None = None, year: int | None = None) -> Workbook:
    """A fillable workbook of ``grid`` (see the module documentation)."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.worksheets[0])  # the empty sheet of a new workbook
    policies = list(grid.policies)
    codes = (
        [_ITEM_CODE, "texte"] + [p.policy.name for p in policies] + [_ANSWER_CODE, _COMMENT_CODE]
    )
    headers = ["Item", "Libellé"] + [p.label.fr for p in policies] + ["Réponse", "Commentaire"]
    levels = [level.label.fr for level in grid.scale.levels]
    if grid.scale.not_applicable is not None:
        levels.append(grid.scale.not_applicable.label.fr)
    for section in grid.sections:
        sheet = workbook.create_sheet(_sheet_title(section))
        _put(sheet, _TITLE_ROW, 1, f"{section.id}. {section.title.fr}").font = Font(
            bold=True, size=12
        )
        for column, (header, code) in enumerate(zip(headers, codes, strict=True), start=1):
            _put(sheet, _HEADER_ROW, column, header).font = Font(bold=True)
            _put(sheet, _CODE_ROW, column, code)
        sheet.row_dimensions[_CODE_ROW].hidden = True
        scale_list = _list_validation(levels, "scale.levels")
        yes_no_list = _list_validation(["oui", "non"], "yes_no")
        number = DataValidation(
            type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True
        )
        number.error = "Saisissez un nombre."
        number.errorTitle = "Nombre attendu"
        number.showErrorMessage = True
        for validation in (scale_list, yes_no_list, number):
            sheet.add_data_validation(validation)
        answer_column = codes.index(_ANSWER_CODE) + 1
        for row, item in enumerate(section.items, start=_FIRST_ITEM_ROW):
            _put(sheet, row, 1, item.id)
            text = item.text.fr + (f" ({item.unit.fr})" if item.unit.fr else "")
            _put(sheet, row, 2, text).alignment = Alignment(wrap_text=True, vertical="top")
            if item.kind == _ctg.ItemKind.per_policy:
                answer_cells = [sheet.cell(row, 3 + i) for i in range(len(policies))]
                validation = scale_list
            else:
                answer_cells = [sheet.cell(row, answer_column)]
                validation = yes_no_list if item.kind == _ctg.ItemKind.yes_no else number
            for cell in answer_cells:
                cell.protection = _UNLOCKED
                cell.fill = _ANSWER_FILL
                validation.add(cell.coordinate)
            sheet.cell(row, answer_column + 1).protection = _UNLOCKED
        sheet.column_dimensions["B"].width = 70
        for column in range(3, len(codes) + 1):
            sheet.column_dimensions[get_column_letter(column)].width = 20
        sheet.protection.sheet = True
    meta = workbook.create_sheet(METADATA_SHEET)
    metadata: list[tuple[str, str | int]] = [
        ("format", TEMPLATE_FORMAT),
        ("grid", grid.id),
        ("grid_version", grid.version),
        ("post_id", post_id or ""),
        ("year", "" if year is None else int(year)),
    ]
    for row, (key, value) in enumerate(metadata, start=1):
        _put(meta, row, 1, key)
        _put(meta, row, 2, value)
    meta.sheet_state = "hidden"
    meta.protection.sheet = True
    return workbook


def write_grid_template(
    path: str | os.PathLike[str],
    grid: _ctg.Grid,
    post_id: str | None = None,
    year: int | None = None,
) -> None:
    """Writes :func:`grid_template` to ``path`` (``.xlsx``)."""
    grid_template(grid, post_id=post_id, year=year).save(path)


def _text(value: Any) -> str:
    """A cell value as the CSV loader reads it (numbers exactly as Excel shows them)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(Decimal(repr(value)))
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value).strip()


def _metadata(workbook: Workbook, origin: str) -> dict[str, str]:
    if METADATA_SHEET not in workbook.sheetnames:
        sheets = ", ".join(workbook.sheetnames)
        raise _invalid("workbook.template.missing", origin, sheets, sheet=METADATA_SHEET)
    sheet = workbook[METADATA_SHEET]
    meta = {
        _text(k): _text(v) for k, v in sheet.iter_rows(min_col=1, max_col=2, values_only=True) if k
    }
    if meta.get("format") != TEMPLATE_FORMAT:
        field = _messages.workbook_location(origin, METADATA_SHEET, "format")
        raise _invalid(
            "workbook.template.format", field, meta.get("format", ""), format=TEMPLATE_FORMAT
        )
    return meta


def _grid_of(meta: dict[str, str], grid: _ctg.Grid | None, origin: str) -> _ctg.Grid:
    grid_id, version_text = meta.get("grid", ""), meta.get("grid_version", "")

    def field(key: str) -> str:
        return _messages.workbook_location(origin, METADATA_SHEET, key)

    try:
        version = int(version_text)
    except ValueError:
        raise _invalid(
            "workbook.grid_version.malformed", field("grid_version"), version_text
        ) from None
    if grid is None:
        found = _ctg.find_builtin_grid(grid_id, version)
        if found is None:
            raise _invalid("workbook.grid.unknown", field("grid"), grid_id, version=str(version))
        return found
    if (grid_id, version) != (grid.id, grid.version):
        key, value = ("grid", grid_id) if grid_id != grid.id else ("grid_version", version_text)
        raise _invalid(
            "workbook.grid.mismatch", field(key), value, grid=grid.id, version=str(grid.version)
        )
    return grid


def read_evaluation(
    source: str | os.PathLike[str] | Workbook,
    grid: _ctg.Grid | None = None,
    *,
    post_id: str | None = None,
    year: int | None = None,
) -> _ctg.Evaluation:
    """Reads a workbook filled from :func:`grid_template` into an evaluation.

    ``grid`` defaults to the built-in grid named in the hidden metadata sheet. ``post_id`` and
    ``year`` complete a template made without them (a blank grid handed out to every post);
    they must agree with the workbook when it records them. Raises
    ``InvalidValueError`` (a ValueError) when the workbook is not a template of this grid and
    version, and ``ValidationError`` listing every answer that the grid does not accept, each
    named by sheet, cell, item and policy."""
    if isinstance(source, Workbook):
        workbook, origin = source, "workbook"
    else:
        origin = os.fspath(source)
        workbook = openpyxl.load_workbook(origin, data_only=True)
    meta = _metadata(workbook, origin)
    grid = _grid_of(meta, grid, origin)
    for key, given in (("post_id", post_id), ("year", None if year is None else str(year))):
        if given is None:
            continue
        recorded = meta.get(key, "")
        if recorded and recorded != given:
            field = _messages.workbook_location(origin, METADATA_SHEET, key)
            raise _invalid("workbook.recorded.mismatch", field, given, recorded=recorded)
        meta[key] = given

    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(_ctg.EVALUATION_CSV_COLUMNS), lineterminator="\n")
    writer.writeheader()
    places: list[tuple[str, str, str, str]] = []  # places[i]: the cell of CSV row i + 2
    common = {
        "grid": grid.id,
        "grid_version": str(grid.version),
        "post_id": meta.get("post_id", ""),
        "year": meta.get("year", ""),
        "filled_by": "",
        "filled_on": "",
    }
    for section in grid.sections:
        title = _sheet_title(section)
        if title not in workbook.sheetnames:
            raise _invalid(
                "workbook.sheet.missing", origin, "", sheet=title, section=section.id, grid=grid.id
            )
        sheet = workbook[title]
        codes = {_text(c.value): c.column for c in sheet[_CODE_ROW] if c.value is not None}
        rows = {
            _text(sheet.cell(r, codes[_ITEM_CODE]).value): r
            for r in range(_FIRST_ITEM_ROW, sheet.max_row + 1)
            if sheet.cell(r, codes[_ITEM_CODE]).value is not None
        }
        for item in section.items:
            if item.id not in rows:
                where = _messages.workbook_location(origin, title)
                raise _invalid("workbook.item.missing", where, "", item=item.id)
            row = rows[item.id]
            comment = _text(sheet.cell(row, codes[_COMMENT_CODE]).value)
            cells = (
                [(p.policy.name, codes[p.policy.name]) for p in grid.policies]
                if item.kind == _ctg.ItemKind.per_policy
                else [("", codes[_ANSWER_CODE])]
            )
            for index, (policy, column) in enumerate(cells):
                cell = sheet.cell(row, column)
                writer.writerow(
                    common
                    | {
                        "section": section.id,
                        "item_id": item.id,
                        "item_text": item.text.fr,
                        "policy": policy,
                        "answer": _text(cell.value),
                        "comment": comment if index == 0 else "",
                    }
                )
                places.append((title, cell.coordinate, item.id, policy))
    try:
        (evaluation,) = _ctg.load_evaluations_csv(out.getvalue(), grid, origin=origin)
    except ValidationError as error:
        raise _located(error, places, origin) from None
    return evaluation


def _located(
    error: ValidationError, places: list[tuple[str, str, str, str]], origin: str
) -> ValidationError:
    """The CSV loader's error with each "row N" replaced by the workbook cell it came from
    (sheet, cell, item, policy), and its column when that is not the answer."""
    details = []
    for detail in error.details:
        field = detail.field
        row = _messages.csv_row(field)
        if row is not None and 2 <= row[0] < len(places) + 2:
            number, column = row
            sheet, cell, item, policy = places[number - 2]
            field = _messages.workbook_cell(
                sheet, cell, item, policy or None, None if column == "answer" else column
            )
        details.append(
            _ctg.ErrorDetail(
                field=field,
                value=detail.value,
                expected=detail.expected,
                code=detail.code,
                params=detail.params,
            )
        )
    lines = [f"{origin}: {len(details)} error(s)"] + [d.to_string() for d in details]
    return ValidationError("\n".join(lines), details)
