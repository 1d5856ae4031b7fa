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

import contextlib
import csv
import datetime
import io
import os
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import IO, Any
from xml.parsers import expat

from . import _catalogue, _cells, _ctg, _messages
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
    "MAX_CELLS",
    "MAX_COMPRESSION_RATIO",
    "MAX_MEMBERS",
    "MAX_ROWS",
    "MAX_SHARED_STRINGS",
    "MAX_UNCOMPRESSED_BYTES",
    "METADATA_SHEET",
    "TEMPLATE_FORMAT",
    "WorkbookLimitError",
    "DATASET_WORKBOOK_FORMAT",
    "DatasetWorkbook",
    "GridReading",
    "check_workbook_limits",
    "dataset_workbook",
    "grid_template",
    "read_dataset_workbook",
    "read_evaluation",
    "read_grid_workbook",
    "write_dataset_workbook",
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


#: Excel's longest sheet title.
_MAX_TITLE = 31


def _legacy_sheet_title(section: _ctg.GridSection) -> str:
    """The title of a section's sheet in templates written before titles kept whole words
    (cut at 31 characters): still read back."""
    title = re.sub(r"[\[\]:*?/\\]", " ", f"{section.id} {section.title.fr}")
    return title[:_MAX_TITLE].strip()


def _sheet_title(section: _ctg.GridSection) -> str:
    """`5 Moyens…`: the section's id and title, cut at a word boundary (with `…`) when over
    Excel's 31 characters; the full title is the sheet's first row."""
    title = " ".join(re.sub(r"[\[\]:*?/\\]", " ", f"{section.id} {section.title.fr}").split())
    if len(title) <= _MAX_TITLE:
        return title
    words = title[: _MAX_TITLE - 1].rsplit(" ", 1)[0]
    return words.rstrip(" ,;.–-'’(") + "…"


def _invalid(
    code: str,
    field: str,
    value: object,
    error: type[InvalidValueError] = InvalidValueError,
    **params: object,
) -> InvalidValueError:
    """The error (`error`, InvalidValueError by default) of message `code`
    (ctg/catalogue/py_messages.toml), a detail that the command line words in the user's
    language like the library's errors."""
    text = {key: str(param) for key, param in params.items()}
    detail = _messages.python_detail(code, field, str(value), **text)
    return error(detail.to_string(), [detail])


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
    _grid_readme(workbook, grid, post_id, year, levels)
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


#: The values of the first sheet of a grid template, by code (its hidden column A).
_GRID_KEYS = ("post_id", "year", "filled_by", "filled_on")


def _grid_words(key: str, /, **fields: object) -> str:
    """A word of the grid workbook (catalogue/workbook.toml, `grid.*`), in French."""
    return _catalogue.text(f"workbook.grid.{key}", "fr", **fields)


def _readme_title() -> str:
    return _catalogue.text("workbook.sheet.readme", "fr")


def _grid_readme(
    workbook: Workbook, grid: _ctg.Grid, post_id: str | None, year: int | None, levels: list[str]
) -> None:
    """The first sheet: the post and the year evaluated (to fill when the template has none),
    who filled the grid and when, how to fill it, and each section's sheet with its full
    title."""
    sheet = workbook.create_sheet(_readme_title(), 0)
    sheet.column_dimensions["A"].hidden = True
    sheet.column_dimensions["B"].width = 32
    sheet.column_dimensions["C"].width = 70
    title = _grid_words("title", grid=grid.id, version=grid.version)
    _put(sheet, 1, 2, title).font = Font(bold=True, size=14)
    given: dict[str, str | int] = {"post_id": post_id or "", "year": "" if year is None else year}
    for row, key in enumerate(_GRID_KEYS, start=3):
        _put(sheet, row, 1, key)
        _put(sheet, row, 2, _grid_words(f"key.{key}")).font = Font(bold=True)
        cell = _put(sheet, row, 3, given.get(key, ""))
        if cell.value in ("", None):
            cell.protection, cell.fill = _UNLOCKED, _ANSWER_FILL
        if key == "filled_on":
            cell.number_format = "DD/MM/YYYY"
            day = DataValidation(
                type="date", operator="greaterThan", formula1="1", allow_blank=True
            )
            day.error, day.errorTitle = _grid_words("date_error"), _grid_words("date_title")
            day.showErrorMessage = True
            sheet.add_data_validation(day)
            day.add(cell.coordinate)
    row = 3 + len(_GRID_KEYS) + 1
    how = _grid_words("how", levels=", ".join(f"« {level} »" for level in levels))
    cell = _put(sheet, row, 2, how)
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
    sheet.row_dimensions[row].height = 90
    row += 2
    _put(sheet, row, 2, _grid_words("sheets")).font = Font(bold=True)
    for section in grid.sections:
        row += 1
        _put(sheet, row, 2, _sheet_title(section))
        _put(sheet, row, 3, f"{section.id}. {section.title.fr}")
    sheet.protection.sheet = True


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


# --- limits of a workbook read back ---------------------------------------------------------------
# A workbook is a zip of XML files that openpyxl expands whole into memory: a 1.4 MB file of tiny
# shared strings took it 4.9 GB and minutes. Before openpyxl sees a workbook, its zip and its XML
# are measured against these limits, far above a filled grid (14 members, 41 KB
# uncompressed, a few hundred strings, rows and cells), by streaming, without expanding anything.

#: Uncompressed size of all the members of the zip, in bytes.
MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024
#: Compression ratio (uncompressed : compressed) of a member over `RATIO_CHECKED_FROM` bytes.
MAX_COMPRESSION_RATIO = 100
RATIO_CHECKED_FROM = 1024 * 1024
#: Members of the zip.
MAX_MEMBERS = 1_000
#: Shared strings (`xl/sharedStrings.xml`: its `count`/`uniqueCount`, and its `<si>` counted).
MAX_SHARED_STRINGS = 200_000
#: Rows of one sheet and cells of all the sheets (their `<dimension ref>`, and counted).
MAX_ROWS = 100_000
MAX_CELLS = 2_000_000

_CHUNK = 64 * 1024


class WorkbookLimitError(InvalidValueError):
    """A workbook over one of the limits of this module (`MAX_*`), refused before openpyxl
    opens it. Its detail names the file (and the member of the zip), the value found and the
    limit; `ctg evaluate` reports it as a usage error (exit 2)."""


WorkbookLimitError.__module__ = "ctg.excel"


def _over(code: str, field: str, value: object, **params: object) -> InvalidValueError:
    return _invalid(code, field, value, WorkbookLimitError, **params)


@contextlib.contextmanager
def _zip_errors() -> Iterator[None]:
    """What zipfile raises on a zip it cannot read, besides ``BadZipFile``: a member encrypted
    (RuntimeError), compressed by a method it does not know (NotImplementedError), a deflate
    stream broken (zlib.error) or cut short (EOFError), raised as ``BadZipFile`` too."""
    try:
        yield
    except (RuntimeError, NotImplementedError, zlib.error, EOFError) as error:
        raise zipfile.BadZipFile(str(error)) from error


def _member(origin: str, name: str) -> str:
    return _messages.workbook_member(origin, name)


def check_workbook_limits(source: str | os.PathLike[str] | IO[bytes], origin: str) -> None:
    """Refuses (:class:`WorkbookLimitError`) a workbook over the module's limits, reading only
    the zip's directory and streaming its shared strings and sheets through expat (an XML part
    with a DOCTYPE is refused: no entity is expanded). A file that is not a zip raises
    ``zipfile.BadZipFile``, as openpyxl would; `source` (a binary file) is read from its start."""
    with _zip_errors(), zipfile.ZipFile(source) as archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise _over("workbook.limit.members", origin, len(members), limit=MAX_MEMBERS)
        total = sum(member.file_size for member in members)
        if total > MAX_UNCOMPRESSED_BYTES:
            raise _over("workbook.limit.uncompressed", origin, total, limit=MAX_UNCOMPRESSED_BYTES)
        for member in members:
            size = member.file_size
            if size > RATIO_CHECKED_FROM and size > MAX_COMPRESSION_RATIO * member.compress_size:
                ratio = f"{size // max(member.compress_size, 1)}:1"
                raise _over(
                    "workbook.limit.ratio",
                    _member(origin, member.filename),
                    ratio,
                    limit=MAX_COMPRESSION_RATIO,
                    size=RATIO_CHECKED_FROM,
                )
        cells = _Count(MAX_CELLS, "workbook.limit.cells", origin)
        for member in members:
            if member.filename.lower().endswith(".xml"):  # measured by its root, not its name
                _scan(archive, member, origin, _Part(_member(origin, member.filename), cells))


class _Part:
    """An XML part of the workbook: shared strings (`sst`) or a sheet (`worksheet`) counted,
    whatever its name in the zip; any other part is left at its root element."""

    def __init__(self, field: str, cells: _Count) -> None:
        self.field, self.cells = field, cells
        self.counter: _SharedStrings | _Sheet | None = None

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if self.counter is None:
            if name == "sst":
                self.counter = _SharedStrings(self.field)
            elif name == "worksheet":
                self.counter = _Sheet(self.field, self.cells)
            else:
                raise _OtherPart
        self.counter.start(name, attributes)


class _OtherPart(Exception):
    """Ends the scan of a part that is neither shared strings nor a sheet."""


class _Count:
    """A count that raises once past its limit."""

    def __init__(self, limit: int, code: str, field: str) -> None:
        self.value, self.limit, self.code, self.field = 0, limit, code, field

    def check(self, value: int) -> None:
        if value > self.limit:
            raise _over(self.code, self.field, value, limit=self.limit)

    def add(self, count: int = 1) -> None:
        self.value += count
        self.check(self.value)


class _SharedStrings:
    def __init__(self, field: str) -> None:
        self.strings = _Count(MAX_SHARED_STRINGS, "workbook.limit.shared_strings", field)

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if name == "sst":
            for key in ("count", "uniqueCount"):
                if attributes.get(key, "").isdigit():
                    self.strings.check(int(attributes[key]))
        elif name == "si":
            self.strings.add()


_CELL = re.compile(r"([A-Z]{1,3})([0-9]{1,7})")


def _cell(reference: str) -> tuple[int, int] | None:
    """The (row, column) of `B12`, both from 1."""
    match = _CELL.fullmatch(reference.strip().upper().replace("$", ""))
    if match is None:
        return None
    column = 0
    for letter in match[1]:
        column = column * 26 + ord(letter) - ord("A") + 1
    return int(match[2]), column


class _Sheet:
    def __init__(self, field: str, cells: _Count) -> None:
        self.rows = _Count(MAX_ROWS, "workbook.limit.rows", field)
        self.cells = cells
        self.field = field

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if name == "row":
            self.rows.add()
            if attributes.get("r", "").isdigit():  # <row r="1048576">: that many rows to openpyxl
                self.rows.check(int(attributes["r"]))
        elif name == "c":
            self.cells.add()
            place = _cell(attributes.get("r", ""))
            if place is not None:
                self.rows.check(place[0])
        elif name == "dimension":
            corners = [_cell(c) for c in attributes.get("ref", "").split(":")]
            if len(corners) == 2 and corners[0] is not None and corners[1] is not None:
                (top, left), (bottom, right) = corners[0], corners[1]
                rows, columns = bottom - top + 1, right - left + 1
                self.rows.check(rows)
                _Count(MAX_CELLS, "workbook.limit.cells", self.field).check(rows * columns)


def _scan(
    archive: zipfile.ZipFile,
    member: zipfile.ZipInfo,
    origin: str,
    counter: _Part,
) -> None:
    """Streams the XML `member` through expat, `counter.start(local name, attributes)` on each
    element; a DOCTYPE is refused before anything is declared."""
    field = _member(origin, member.filename)
    parser = expat.ParserCreate(namespace_separator=" ")

    def doctype(name: str, *_: object) -> None:
        raise _over("workbook.limit.doctype", field, name)

    def start(name: str, attributes: dict[str, str]) -> None:
        counter.start(name.rpartition(" ")[2], attributes)

    parser.StartDoctypeDeclHandler = doctype
    parser.StartElementHandler = start
    try:
        with archive.open(member) as stream:
            while chunk := stream.read(_CHUNK):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except _OtherPart:
        return
    except expat.ExpatError as error:
        raise _invalid("workbook.xml.malformed", field, str(error)) from None


def _open_workbook(
    source: str | os.PathLike[str] | IO[bytes] | Workbook, origin: str | None
) -> tuple[Workbook, str]:
    """The workbook `source` (a path, a binary file or an openpyxl workbook) and its origin in
    the messages (default: its path, or ``workbook``). A file is measured first
    (:func:`check_workbook_limits`), then opened with the values Excel computed
    (``data_only``): a formula is read as its result, never run."""
    if isinstance(source, Workbook):
        return source, origin or "workbook"
    if isinstance(source, (str, os.PathLike)):
        origin = origin or os.fspath(source)
        with _zip_errors():
            check_workbook_limits(source, origin)
            return openpyxl.load_workbook(os.fspath(source), data_only=True), origin
    origin = origin or "workbook"
    with _zip_errors():
        check_workbook_limits(source, origin)
        source.seek(0)
        return openpyxl.load_workbook(source, data_only=True), origin


@dataclass(frozen=True)
class GridReading:
    """A filled grid workbook read: the evaluation of the answers the grid accepts (a cell in
    error is left unanswered), and every error, located by sheet and cell and worded with the
    labels of the drop-down lists. ``evaluation`` is None when nothing could be read (the post,
    the year, who filled it or when is wrong: every answer depends on them)."""

    evaluation: _ctg.Evaluation | None
    errors: list[_ctg.ErrorDetail] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """No error: ``evaluation`` holds every answer of the workbook."""
        return not self.errors and self.evaluation is not None


def read_evaluation(
    source: str | os.PathLike[str] | IO[bytes] | Workbook,
    grid: _ctg.Grid | None = None,
    *,
    post_id: str | None = None,
    year: int | None = None,
    origin: str | None = None,
) -> _ctg.Evaluation:
    """Reads a workbook filled from :func:`grid_template` into an evaluation, all or nothing:
    :func:`read_grid_workbook` (same arguments), raising its errors.

    Raises ``InvalidValueError`` (a ValueError) when the workbook is not a template of this
    grid and version, and ``ValidationError`` listing every answer that the grid does not
    accept, each named by sheet, cell, item and policy."""
    reading = read_grid_workbook(source, grid, post_id=post_id, year=year, origin=origin)
    if reading.errors or reading.evaluation is None:
        name = origin or (
            os.fspath(source) if isinstance(source, (str, os.PathLike)) else "workbook"
        )
        lines = [f"{name}: {len(reading.errors)} error(s)"]
        raise ValidationError(
            "\n".join(lines + [d.to_string() for d in reading.errors]), reading.errors
        )
    return reading.evaluation


def read_grid_workbook(
    source: str | os.PathLike[str] | IO[bytes] | Workbook,
    grid: _ctg.Grid | None = None,
    *,
    post_id: str | None = None,
    year: int | None = None,
    origin: str | None = None,
) -> GridReading:
    """Reads a workbook filled from :func:`grid_template`: the evaluation of what is valid and
    the list of what is not (:class:`GridReading`), so that a caller can score the one and show
    the other.

    ``source`` is a path, a binary file or an openpyxl workbook; a file is measured first
    (:func:`check_workbook_limits`: a workbook too large, a zip bomb, is refused before openpyxl
    opens it). ``origin`` names it in the messages (default: its path, or ``workbook``).
    ``grid`` defaults to the built-in grid named in the hidden metadata sheet. ``post_id`` and
    ``year`` complete a template made without them (else the first sheet gives them); they must
    agree with the workbook when it records them. Who filled the grid and when are read from
    the first sheet. Raises ``InvalidValueError`` when the workbook is not a template of this
    grid and version (nothing can be read then)."""
    workbook, origin = _open_workbook(source, origin)
    meta = _metadata(workbook, origin)
    grid = _grid_of(meta, grid, origin)
    front, front_places = _front_sheet(workbook)
    for key in ("post_id", "year"):
        if not meta.get(key) and front.get(key):
            meta[key] = front[key]
    for key, given in (("post_id", post_id), ("year", None if year is None else str(year))):
        if given is None:
            continue
        recorded = meta.get(key, "")
        if recorded and recorded != given:
            field_ = _messages.workbook_location(origin, METADATA_SHEET, key)
            raise _invalid("workbook.recorded.mismatch", field_, given, recorded=recorded)
        meta[key] = given

    rows: list[dict[str, str]] = []
    places: list[tuple[str, str, str, str]] = []  # places[i]: the cell of CSV row i + 2
    common = {
        "grid": grid.id,
        "grid_version": str(grid.version),
        "post_id": meta.get("post_id", ""),
        "year": meta.get("year", ""),
        "filled_by": front.get("filled_by", ""),
        "filled_on": front.get("filled_on", ""),
    }
    for section in grid.sections:
        title = _sheet_title(section)
        if title not in workbook.sheetnames and _legacy_sheet_title(section) in workbook.sheetnames:
            title = _legacy_sheet_title(section)
        if title not in workbook.sheetnames:
            raise _invalid(
                "workbook.sheet.missing", origin, "", sheet=title, section=section.id, grid=grid.id
            )
        sheet = workbook[title]
        codes = {_text(c.value): c.column for c in sheet[_CODE_ROW] if c.value is not None}
        item_rows = {
            _text(sheet.cell(r, codes[_ITEM_CODE]).value): r
            for r in range(_FIRST_ITEM_ROW, sheet.max_row + 1)
            if sheet.cell(r, codes[_ITEM_CODE]).value is not None
        }
        for item in section.items:
            if item.id not in item_rows:
                where = _messages.workbook_location(origin, title)
                raise _invalid("workbook.item.missing", where, "", item=item.id)
            row = item_rows[item.id]
            comment = _text(sheet.cell(row, codes[_COMMENT_CODE]).value)
            cells = (
                [(p.policy.name, codes[p.policy.name]) for p in grid.policies]
                if item.kind == _ctg.ItemKind.per_policy
                else [("", codes[_ANSWER_CODE])]
            )
            for index, (policy, column) in enumerate(cells):
                cell = sheet.cell(row, column)
                rows.append(
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
        return GridReading(_load_rows(rows, grid, origin))
    except ValidationError as error:
        errors, bad_rows, whole = _located(error, places, front_places, grid)
    evaluation = None
    kept = [row for index, row in enumerate(rows) if index not in bad_rows]
    if not whole and kept:
        with contextlib.suppress(ValidationError):
            evaluation = _load_rows(kept, grid, origin)
    return GridReading(evaluation, errors)


def _load_rows(rows: list[dict[str, str]], grid: _ctg.Grid, origin: str) -> _ctg.Evaluation:
    """The evaluation of CSV rows (load_evaluations_csv: the validation of the CSV form)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(_ctg.EVALUATION_CSV_COLUMNS), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    (evaluation,) = _ctg.load_evaluations_csv(out.getvalue(), grid, origin=origin)
    return evaluation


def _front_sheet(workbook: Workbook) -> tuple[dict[str, str], dict[str, str]]:
    """The values of the first sheet (post, year, who filled the grid and when) by code, and
    their cells (`'Lisez-moi'!C5`); none in a template written before it had that sheet."""
    title = _readme_title()
    if title not in workbook.sheetnames:
        return {}, {}
    sheet = workbook[title]
    values: dict[str, str] = {}
    places: dict[str, str] = {}
    for row in range(1, sheet.max_row + 1):
        key = _text(sheet.cell(row, 1).value)
        if key in _GRID_KEYS:
            cell = sheet.cell(row, 3)
            text = _text(cell.value)
            if key == "filled_on" and (day := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)):
                text = f"{day[3]}-{int(day[2]):02d}-{int(day[1]):02d}"
            values[key] = text
            places[key] = _cell_reference(title, cell.coordinate)
    return values, places


def _cell_reference(sheet: str, coordinate: str) -> str:
    """`Postes!D4`, as Excel writes a reference (the sheet's name quoted unless it is letters
    and digits only: `'Lisez-moi'!C5`)."""
    if re.fullmatch(r"\w+", sheet):
        return f"{sheet}!{coordinate}"
    return "'" + sheet.replace("'", "''") + f"'!{coordinate}"


def _labelled(detail: _ctg.ErrorDetail, grid: _ctg.Grid) -> _ctg.ErrorDetail:
    """A detail listing the scale's codes (`non, en_partie, oui`) reworded with the labels the
    drop-down lists show (« Non », « En partie », « Oui »)."""
    params = dict(detail.params)
    if "accepted" not in params:
        return detail
    levels = list(grid.scale.levels)
    if grid.scale.not_applicable is not None:
        levels.append(grid.scale.not_applicable)
    labels = {level.code: level.label.fr for level in levels}
    if not any(re.search(rf"\b{re.escape(code)}\b", params["accepted"]) for code in labels):
        return detail
    shown = ", ".join(f"« {label} »" for label in labels.values())
    return _messages.python_detail("workbook.answer.list", detail.field, detail.value, labels=shown)


def _located(
    error: ValidationError,
    places: list[tuple[str, str, str, str]],
    front: dict[str, str],
    grid: _ctg.Grid,
) -> tuple[list[_ctg.ErrorDetail], set[int], bool]:
    """The CSV loader's errors with each "row N" replaced by the workbook cell it came from
    (sheet, cell, item, policy; the first sheet's cell for the post, the year, who filled the
    grid and when), the scale's codes by the labels shown, each error once; the indexes of the
    rows in error; and whether an error is not an answer's (no answer can be read then)."""
    details: list[_ctg.ErrorDetail] = []
    bad: set[int] = set()
    whole = False
    seen: set[tuple[str, str, str]] = set()
    for detail in error.details:
        field_ = detail.field
        row = _messages.csv_row(field_)
        if row is not None and 2 <= row[0] < len(places) + 2:
            number, column = row
            sheet, cell, item, policy = places[number - 2]
            if column in _GRID_KEYS:
                whole = True
                field_ = front.get(column) or _messages.workbook_cell(
                    sheet, cell, item, None, column
                )
            else:
                bad.add(number - 2)
                field_ = _messages.workbook_cell(
                    sheet, cell, item, policy or None, None if column == "answer" else column
                )
        else:
            whole = True
        moved = _labelled(
            _ctg.ErrorDetail(
                field=field_,
                value=detail.value,
                expected=detail.expected,
                code=detail.code,
                params=detail.params,
            ),
            grid,
        )
        key = (moved.field, moved.code, moved.value)
        if key not in seen:
            seen.add(key)
            details.append(moved)
    return details, bad, whole


# The dataset workbook (ctg import, --input classeur.xlsx), built on the helpers above; imported
# last, since it imports them from this module.
from ._dataset_workbook import (  # noqa: E402
    DATASET_WORKBOOK_FORMAT,
    DatasetWorkbook,
    dataset_workbook,
    read_dataset_workbook,
    write_dataset_workbook,
)
