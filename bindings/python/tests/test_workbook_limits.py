# SPDX-License-Identifier: MIT
"""A workbook read back (ctg.excel.read_evaluation, `ctg evaluate FILE.xlsx`) is measured
before openpyxl opens it: its zip (total uncompressed size, compression ratio of a member,
number of members), its shared strings and the rows and cells of its sheets. A zip bomb of tiny
shared strings, which took openpyxl gigabytes and minutes, is refused at once (exit 2)."""

from __future__ import annotations

import io
import time
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest

import ctg
import ctg.excel
from ctg import cli

SST = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def template_bytes() -> bytes:
    out = io.BytesIO()
    ctg.excel.grid_template(ctg.builtin_grid("charente-2021"), "post-a", 2021).save(out)
    return out.getvalue()


def replaced(
    members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED, base: bytes | None = None
) -> bytes:
    """The template workbook with `members` replaced or added."""
    source = zipfile.ZipFile(io.BytesIO(base or template_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as target:
        for info in source.infolist():
            if info.filename not in members:
                target.writestr(info.filename, source.read(info.filename))
        for name, content in members.items():
            target.writestr(name, content)
    return out.getvalue()


def shared_strings(count: int, declared: int | None = None) -> bytes:
    declared_attributes = (
        "" if declared is None else f' count="{declared}" uniqueCount="{declared}"'
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="{SST}"{declared_attributes}>'
        + "<si><t>a</t></si>" * count
        + "</sst>"
    ).encode()


def sheet(rows: int, cells_per_row: int = 0, dimension: str | None = None) -> bytes:
    row = "".join(f'<c r="A{i}"/>' for i in range(cells_per_row))
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="{SST}">'
        + ("" if dimension is None else f'<dimension ref="{dimension}"/>')
        + "<sheetData>"
        + "".join(f"<row>{row}</row>" for _ in range(rows))
        + "</sheetData></worksheet>"
    ).encode()


@pytest.fixture
def no_openpyxl(monkeypatch: pytest.MonkeyPatch) -> None:
    """openpyxl must never see a refused workbook."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("openpyxl.load_workbook called on a refused workbook")

    monkeypatch.setattr(openpyxl, "load_workbook", refuse)
    monkeypatch.setattr(ctg.excel.openpyxl, "load_workbook", refuse)


def refusal(data: bytes, tmp_path: Path) -> str:
    """The message of the refusal of workbook `data`, read from a file."""
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(data)
    with pytest.raises(ctg.excel.WorkbookLimitError) as raised:
        ctg.excel.read_evaluation(path)
    return str(raised.value)


def test_a_zip_bomb_of_shared_strings_is_refused_before_openpyxl(
    tmp_path: Path, no_openpyxl: None
) -> None:
    bomb = replaced({"xl/sharedStrings.xml": shared_strings(300_000, 300_000)})
    assert len(bomb) < 200_000  # 5 MB of strings, deflated
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(bomb)
    tracemalloc.start()
    start = time.perf_counter()
    with pytest.raises(ctg.excel.WorkbookLimitError) as raised:
        ctg.excel.read_evaluation(path)
    elapsed = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert elapsed < 1.0
    assert peak < 100 * 1024 * 1024
    message = str(raised.value)
    assert message.startswith(f"{path}, member xl/sharedStrings.xml: got ")
    assert "expected a compression ratio of at most 100:1" in message


def test_declared_shared_strings_over_the_limit(tmp_path: Path, no_openpyxl: None) -> None:
    # Stored, not compressed: the ratio is fine, the count is not.
    bomb = replaced({"xl/sharedStrings.xml": shared_strings(300_000, 300_000)}, zipfile.ZIP_STORED)
    start = time.perf_counter()
    message = refusal(bomb, tmp_path)
    assert time.perf_counter() - start < 1.0
    assert 'member xl/sharedStrings.xml: got "300000"; expected at most 200000 shared strings' in (
        message
    )


def test_shared_strings_counted_when_the_count_lies(tmp_path: Path, no_openpyxl: None) -> None:
    bomb = replaced({"xl/sharedStrings.xml": shared_strings(200_001, 10)}, zipfile.ZIP_STORED)
    message = refusal(bomb, tmp_path)
    assert 'got "200001"; expected at most 200000 shared strings' in message


def test_rows_of_a_sheet(tmp_path: Path, no_openpyxl: None) -> None:
    declared = replaced({"xl/worksheets/sheet1.xml": sheet(1, dimension="A1:A100001")})
    message = refusal(declared, tmp_path)
    assert 'member xl/worksheets/sheet1.xml: got "100001"; expected at most 100000 rows' in message
    counted = replaced({"xl/worksheets/sheet1.xml": sheet(100_001)}, zipfile.ZIP_STORED)
    assert 'got "100001"; expected at most 100000 rows' in refusal(counted, tmp_path)


def test_cells_of_the_workbook(
    tmp_path: Path, no_openpyxl: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    declared = replaced({"xl/worksheets/sheet1.xml": sheet(1, dimension="A1:ZZ5000")})
    message = refusal(declared, tmp_path)
    assert 'got "3510000"; expected at most 2000000 cells' in message  # 702 columns × 5,000
    monkeypatch.setattr(ctg.excel, "MAX_CELLS", 1_000)
    counted = replaced({"xl/worksheets/sheet1.xml": sheet(11, 100)}, zipfile.ZIP_STORED)
    assert 'got "1001"; expected at most 1000 cells' in refusal(counted, tmp_path)


def test_total_size_and_members(
    tmp_path: Path, no_openpyxl: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    many = replaced({f"extra/{i}.bin": b"" for i in range(1_001)})
    assert "expected at most 1000 members in the zip" in refusal(many, tmp_path)
    monkeypatch.setattr(ctg.excel, "MAX_UNCOMPRESSED_BYTES", 10_000)
    big = replaced({"extra/padding.bin": b"x" * 10_000}, zipfile.ZIP_STORED)
    assert "expected at most 10000 bytes uncompressed in all" in refusal(big, tmp_path)


def test_a_doctype_is_refused(tmp_path: Path, no_openpyxl: None) -> None:
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">]>'
        b'<sst xmlns="' + SST.encode() + b'"><si><t>&a;</t></si></sst>'
    )
    message = refusal(replaced({"xl/sharedStrings.xml": laughs}), tmp_path)
    assert "member xl/sharedStrings.xml" in message and "without a DOCTYPE" in message


def test_the_template_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "grille.xlsx"
    path.write_bytes(template_bytes())
    evaluation = ctg.excel.read_evaluation(path)
    assert (evaluation.post_id, evaluation.year) == ("post-a", 2021)
    # From a binary file too (what `ctg evaluate` passes).
    evaluation = ctg.excel.read_evaluation(io.BytesIO(path.read_bytes()), origin=str(path))
    assert evaluation.post_id == "post-a"


def test_ctg_evaluate_refuses_the_bomb(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, no_openpyxl: None
) -> None:
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(replaced({"xl/sharedStrings.xml": shared_strings(300_000, 300_000)}))
    code = cli.main(["--lang", "en", "evaluate", str(path)])
    _, err = capsys.readouterr()
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ctg evaluate: error: "), err
    assert f"{path}, member xl/sharedStrings.xml: got" in lines[0]
    assert "compression ratio of at most 100:1" in lines[0]


def test_parts_under_other_names_are_counted(tmp_path: Path, no_openpyxl: None) -> None:
    # A part is measured by what it is (its root element), not by its name in the zip.
    strings = replaced({"xl/strings-elsewhere.xml": shared_strings(200_001)}, zipfile.ZIP_STORED)
    message = refusal(strings, tmp_path)
    assert 'member xl/strings-elsewhere.xml: got "200001"; expected at most 200000 shared' in (
        message
    )
    rows = replaced({"xl/sheets/other.xml": sheet(100_001)}, zipfile.ZIP_STORED)
    assert 'member xl/sheets/other.xml: got "100001"; expected at most 100000 rows' in refusal(
        rows, tmp_path
    )


def test_a_far_row_or_cell_reference(tmp_path: Path, no_openpyxl: None) -> None:
    # One cell at row 1,048,576 is a sheet of that many rows to openpyxl.
    far = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="{SST}"><sheetData>'
        '<row><c r="A1048576"/></row></sheetData></worksheet>'
    ).encode()
    message = refusal(replaced({"xl/worksheets/sheet1.xml": far}), tmp_path)
    assert 'member xl/worksheets/sheet1.xml: got "1048576"; expected at most 100000 rows' in (
        message
    )
    row = far.replace(b'<row><c r="A1048576"/>', b'<row r="500000">')
    assert 'got "500000"; expected at most 100000 rows' in refusal(
        replaced({"xl/worksheets/sheet1.xml": row}), tmp_path
    )


def broken_zips() -> dict[str, bytes]:
    """Zips that zipfile cannot read: a member flagged encrypted, one compressed by an unknown
    method (99), a sheet whose deflate stream is not one (zlib.error)."""
    good = template_bytes()
    out: dict[str, bytes] = {}
    encrypted = bytearray(good)
    for signature, flags in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (at := encrypted.find(signature, start)) >= 0:
            encrypted[at + flags] |= 0x01
            start = at + 4
    out["encrypted"] = bytes(encrypted)
    unknown = bytearray(good)
    for signature, method in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        start = 0
        while (at := unknown.find(signature, start)) >= 0:
            unknown[at + method : at + method + 2] = (99).to_bytes(2, "little")
            start = at + 4
    out["unknown method"] = bytes(unknown)
    data = bytearray(good)
    archive = zipfile.ZipFile(io.BytesIO(good))
    info = archive.getinfo("xl/worksheets/sheet1.xml")
    header = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[header : header + info.compress_size] = b"\xff" * info.compress_size
    out["bad deflate"] = bytes(data)
    return out


@pytest.mark.parametrize("name", ["encrypted", "unknown method", "bad deflate"])
def test_a_zip_that_cannot_be_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(broken_zips()[name])
    code = cli.main(["--lang", "en", "evaluate", str(path)])
    _, err = capsys.readouterr()
    assert code == 1, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ctg evaluate: error: "), err
    assert f"{path}: not an Excel workbook (.xlsx) written by ctg grid: " in lines[0]


def test_a_member_of_the_zip_is_located_in_the_readers_language() -> None:
    from ctg import _messages

    field = _messages.workbook_member("grille.xlsx", "xl/sharedStrings.xml")
    assert field == "grille.xlsx, member xl/sharedStrings.xml"
    assert _messages.location(field, "fr") == "grille.xlsx, fichier xl/sharedStrings.xml du zip"
