# SPDX-License-Identifier: MIT
"""Hostile input through the Python loaders and conversions: each class gives a ctg error that
names where the problem is, with a message Python can decode, never another exception.

Before: a JSON document nested 100,000 deep killed the process (SIGSEGV); ``1e400`` and bytes
that are not UTF-8 came out as ``RuntimeError``; years wrapped modulo 65,536
(``Period.calendar_year(67557)`` was 2021) and year 0 could not come back to Python; two EPCI of
2^63 − 1 inhabitants summed to a negative population printed as valid.
"""

from __future__ import annotations

import datetime
import json

import pytest

import ctg

LOADERS = {
    "dataset": ctg.load_dataset_json,
    "evaluations": ctg.load_evaluations_json,
    "rulebook": ctg.load_rulebook_json,
    "grid": ctg.load_grid_json,
}


def _charente() -> dict:
    return json.loads(ctg.to_json(ctg.builtin_dataset("charente-2021")))


@pytest.mark.parametrize("loader", list(LOADERS))
def test_json_nested_100000_deep_is_a_located_error(loader: str) -> None:
    text = '{"id": ' + "[" * 100_000 + "]" * 100_000 + "}"
    with pytest.raises(ctg.ValidationError) as refused:
        LOADERS[loader](text)
    (detail,) = refused.value.details
    assert detail.code == "json.too_deep" and detail.params == {"limit": "64"}
    assert detail.field == "id" + "[0]" * 63


@pytest.mark.parametrize("loader", list(LOADERS))
def test_a_number_no_float_holds_is_a_located_error(loader: str) -> None:
    with pytest.raises(ctg.ValidationError) as refused:
        LOADERS[loader]('{"id": {"x": [0, 1e400]}}')
    (detail,) = refused.value.details
    assert (detail.code, detail.field, detail.value) == ("json.number_range", "id.x[1]", "1e400")


@pytest.mark.parametrize(
    ("encoding", "quoted"),
    [("latin-1", "Angoul\\xEAme"), ("utf-16", "\\xFF\\xFE"), ("cp1252", "Angoul\\xEAme")],
)
def test_a_file_not_in_utf8_gives_a_decodable_located_message(
    tmp_path, encoding: str, quoted: str
) -> None:
    """A dataset saved as Latin-1, UTF-16 or Windows-1252 (as a spreadsheet export may be):
    the message quotes the bytes as \\xNN escapes, in valid UTF-8 Python decodes."""
    path = tmp_path / f"{encoding}.json"
    path.write_bytes('{"format": "ctg.dataset/1", "id": "Angoulême"}'.encode(encoding))
    with pytest.raises(ctg.ValidationError) as refused:
        ctg.load_dataset_file(path)
    (detail,) = refused.value.details
    assert detail.code == "json.syntax" and detail.field == "(root)"
    assert quoted in detail.value
    str(refused.value).encode("utf-8")  # no surrogate, no undecodable byte


def test_populations_above_the_bound_are_named() -> None:
    document = _charente()
    for epci in document["epcis"][:2]:
        epci["population"]["inhabitants"] = 2**63 - 1
    with pytest.raises(ctg.ValidationError) as refused:
        ctg.load_dataset_json(json.dumps(document))
    fields = [d.field for d in refused.value.details if d.code == "dataset.population.too_large"]
    assert fields == ["epcis[0].population.inhabitants", "epcis[1].population.inhabitants"]


def test_years_outside_1900_2199_are_refused_not_wrapped() -> None:
    with pytest.raises(ctg.InvalidValueError) as refused:
        ctg.Period.calendar_year(67557)
    assert refused.value.detail.code == "year.range" and refused.value.detail.value == "67557"
    with pytest.raises(ctg.InvalidValueError) as refused:
        ctg.add_months(datetime.date(2021, 6, 30), 786432)
    assert refused.value.detail.code == "deadline.months.range"
    assert ctg.add_months(datetime.date(2021, 6, 30), 12) == datetime.date(2022, 6, 30)
    with pytest.raises(ctg.InvalidValueError) as refused:
        ctg.parse_date("0000-01-01")
    assert refused.value.detail.code == "date.range"
    # A Python date outside the range is refused at the boundary, naming the date.
    with pytest.raises(ctg.InvalidValueError) as refused:
        ctg.to_iso(datetime.date(1, 1, 1))
    assert (refused.value.detail.code, refused.value.detail.value) == ("date.range", "0001-01-01")
    # The day after the last year is a period's end, so it converts.
    assert ctg.to_iso(datetime.date(2200, 1, 1)) == "2200-01-01"
    # A dataset term ending in year 9999 is refused with its path.
    document = _charente()
    document["conventions"][0]["term"]["end"] = "9999-12-31"
    with pytest.raises(ctg.ValidationError) as refused:
        ctg.load_dataset_json(json.dumps(document))
    (detail,) = [d for d in refused.value.details if d.code == "date.range"]
    assert detail.field == "conventions[0].term.end"


def test_a_nul_byte_ends_no_document() -> None:
    """Found by tests/hostile/run.py: a whole dataset, a NUL byte, then anything was valid."""
    text = ctg.to_json(ctg.builtin_dataset("charente-2021"))
    with pytest.raises(ctg.ValidationError) as refused:
        ctg.load_dataset_json(text + "\0{garbage")
    (detail,) = refused.value.details
    assert detail.code == "json.syntax" and detail.params == {"byte": str(len(text.encode()) + 1)}


def test_a_control_character_in_a_name_is_refused() -> None:
    """Found by review: an EPCI name with U+000B loaded, then the HTML report failed (exit 70)."""
    document = _charente()
    document["epcis"][0]["name"] = "CA du Grand\u000bAngoulême"
    with pytest.raises(ctg.ValidationError) as refused:
        ctg.load_dataset_json(json.dumps(document))
    (detail,) = refused.value.details
    assert (detail.code, detail.field) == ("text.control_character", "epcis[0].name")
    assert detail.value == "CA du Grand\\x0BAngoulême"
