# SPDX-License-Identifier: MIT
"""Messages in the reader's language: every message code of the library has its French and
English wording in the catalogue, and the command line prints them in the language asked for."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import ctg
from ctg import _catalogue, _messages, cli

CHARENTE_JSON = ctg.dataset_to_json(ctg.builtin_dataset("charente-2021"))
ROOT = Path(__file__).resolve().parents[3]
#: The C++ sources and headers that may name a message code (templates in headers do).
SOURCES = (ROOT / "src", ROOT / "include")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def error_of(call, *args):  # type: ignore[no-untyped-def]
    with pytest.raises(ctg.Error) as caught:
        call(*args)
    return caught.value


# --- the catalogue covers the C++ table -------------------------------------------------------


def test_every_code_has_both_languages_with_the_fields_of_its_english_template() -> None:
    codes = ctg.message_codes()
    assert len(codes) > 150
    assert list(codes) == sorted(codes)
    for code, english in codes.items():
        key = "messages." + code
        assert key in _catalogue.entries(), f"no catalogue entry for {code}"
        fields = _catalogue.fields(english)
        assert _catalogue.fields(_catalogue.template(key, "fr")) == fields, code
        assert _catalogue.fields(_catalogue.template(key, "en")) == fields, code
        # The catalogue's English is the C++ wording (C++ users read it in what()).
        assert _catalogue.template(key, "en") == english, code


def test_the_catalogue_has_no_message_the_library_does_not_know() -> None:
    known = {"messages." + code for code in ctg.message_codes()}
    assert {k for k in _catalogue.entries() if k.startswith("messages.")} == known


def test_every_code_written_in_the_sources_is_listed() -> None:
    # A code passed to error_detail::of() (or a helper taking a code first) that the table
    # lacks would throw std::logic_error the first time the error happens: find them all now.
    pattern = re.compile(r'"([a-z_]+(?:\.[a-z_0-9]+)+)"')
    codes = ctg.message_codes()
    prefixes = {code.split(".")[0] for code in codes}
    used = set()
    for path in (p for d in SOURCES for p in d.rglob("*.[ch]pp")):
        for literal in pattern.findall(path.read_text(encoding="utf-8")):
            if literal.split(".")[0] in prefixes and not literal.endswith((".json", ".csv")):
                used.add(literal)
    unknown = {u for u in used if u not in codes and not u.startswith(("ctg.", "json.exception"))}
    assert not unknown, sorted(unknown)
    assert len(used & set(codes)) > 150


# --- each class of message, worked by hand in both languages ---------------------------------


def test_an_invalid_siren() -> None:
    detail = error_of(ctg.Siren, "241600304").detail
    assert detail.code == "siren.invalid" and detail.params == {}
    assert _messages.describe(detail, "fr") == (
        "siren : valeur « 241600304 » ; attendu un SIREN de 9 chiffres dont la clé de Luhn "
        "est valide"
    )
    assert _messages.describe(detail, "en") == (
        'siren: got "241600304"; expected a SIREN of 9 digits with a valid Luhn key'
    )
    assert _messages.describe(detail, "en") == detail.to_string()


def test_a_negative_population_in_a_dataset() -> None:
    document = json.loads(CHARENTE_JSON)
    document["epcis"][1]["population"]["inhabitants"] = -5
    error = error_of(ctg.load_dataset_json, json.dumps(document), "t.json")
    (detail,) = error.details
    assert (detail.field, detail.value, detail.code) == (
        "epcis[1].population.inhabitants",
        "-5",
        "dataset.population.negative",
    )
    assert _messages.describe(detail, "fr") == (
        "epcis[1].population.inhabitants : valeur « -5 » ; attendu un nombre d’habitants de 0 "
        "ou plus"
    )
    assert _messages.describe(detail, "en") == (
        'epcis[1].population.inhabitants: got "-5"; expected a number of inhabitants of 0 or more'
    )


def test_an_unknown_rulebook_and_grid_list_the_known_ones() -> None:
    rulebook = error_of(ctg.builtin_rulebook, "gironde-2021").detail
    known = ", ".join(ctg.builtin_rulebook_ids())
    assert rulebook.code == "builtin.rulebook.unknown" and rulebook.params == {"known": known}
    assert _messages.describe(rulebook, "fr") == (
        f"rulebook : valeur « gironde-2021 » ; attendu un barème intégré : {known}"
    )
    assert _messages.describe(rulebook, "en") == (
        f'rulebook: got "gironde-2021"; expected a built-in rulebook: {known}'
    )
    grid = error_of(ctg.builtin_grid, "gironde").detail
    grids = ", ".join(ctg.builtin_grid_ids())
    assert grid.params == {"known": grids}
    assert _messages.describe(grid, "fr") == (
        f"grid : valeur « gironde » ; attendu une grille intégrée : {grids}"
    )
    assert _messages.describe(grid, "en") == (
        f'grid: got "gironde"; expected a built-in grid: {grids}'
    )


def test_a_json_type_error_and_a_missing_key() -> None:
    document = json.loads(CHARENTE_JSON)
    document["epcis"][2]["commune_count"] = "douze"
    del document["posts"][0]["convention"]
    error = error_of(ctg.load_dataset_json, json.dumps(document), "t.json")
    by_field = {d.field: d for d in error.details}
    wrong = by_field["epcis[2].commune_count"]
    assert (wrong.value, wrong.code) == ("douze", "json.expected.integer")
    assert _messages.describe(wrong, "fr") == (
        "epcis[2].commune_count : valeur « douze » ; attendu un nombre entier (un entier JSON tel "
        "que 2021)"
    )
    assert _messages.describe(wrong, "en") == (
        'epcis[2].commune_count: got "douze"; expected a whole number (a JSON integer such as 2021)'
    )
    missing = by_field["posts[0].convention"]
    assert (missing.value, missing.code, missing.params) == (
        "",
        "json.missing_key",
        {"key": "convention"},
    )
    assert _messages.describe(missing, "fr") == (
        "posts[0].convention : valeur vide ; attendu une valeur pour la clé obligatoire "
        "« convention »"
    )
    assert _messages.describe(missing, "en") == (
        'posts[0].convention: got ""; expected a value for the required key "convention"'
    )


def test_a_money_with_too_many_decimals() -> None:
    detail = error_of(ctg.Money.parse, "12.345", "expense").detail
    assert detail.code == "decimal.too_many_decimals"
    assert detail.params == {"max_decimals": "2", "given": "3"}
    assert _messages.describe(detail, "fr") == (
        "expense : valeur « 12.345 » ; attendu un nombre d’au plus 2 décimale(s) "
        "(3 décimales données)"
    )
    assert _messages.describe(detail, "en") == (
        'expense: got "12.345"; expected a number with at most 2 decimal place(s) '
        "(3 decimal places given)"
    )


def test_an_fte_out_of_range() -> None:
    document = json.loads(CHARENTE_JSON)
    document["posts"][1]["coordinators"][0]["fte"] = "1.5"
    document["posts"][1]["contracted_fte"] = "2"
    error = error_of(ctg.load_dataset_json, json.dumps(document), "t.json")
    detail = next(d for d in error.details if d.field == "posts[1].coordinators[0].fte")
    assert (detail.value, detail.code) == ("1.5", "dataset.coordinator.fte_range")
    assert _messages.describe(detail, "fr") == (
        "posts[1].coordinators[0].fte : valeur « 1.5 » ; attendu une part du poste supérieure "
        "à 0 et d’au plus 1 ETP (une personne)"
    )
    assert _messages.describe(detail, "en") == (
        'posts[1].coordinators[0].fte: got "1.5"; expected a share of the post above 0 and at '
        "most 1 FTE (one person)"
    )


def test_a_detail_without_code_keeps_its_english_expectation() -> None:
    detail = ctg.ErrorDetail("A1", "x", "a yes/no answer")
    assert _messages.describe(detail, "fr") == "A1 : valeur « x » ; attendu a yes/no answer"


def test_the_code_and_parameters_survive_pickling_and_equality() -> None:
    import pickle

    detail = error_of(ctg.Money.parse, "12.345", "expense").detail
    again = pickle.loads(pickle.dumps(detail))
    assert again == detail and again.params == detail.params and again.code == detail.code


# --- the command line -------------------------------------------------------------------------


def broken(tmp_path: Path) -> Path:
    """Charente with one error of each class: SIREN, JSON type, missing key, negative
    population, amount with 3 decimals, FTE of a coordinator above 1."""
    document = json.loads(CHARENTE_JSON)
    document["epcis"][0]["siren"] = "123"
    document["epcis"][1]["population"]["inhabitants"] = -5
    document["epcis"][2]["commune_count"] = "douze"
    del document["posts"][0]["convention"]
    document["posts"][1]["coordinators"][0]["fte"] = "1.5"
    document["posts"][1]["contracted_fte"] = "2"
    document["posts"][2]["expenses"][0]["amount"] = "12.345"
    path = tmp_path / "casse.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_validate_prints_french_by_default_and_english_with_lang_en(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = broken(tmp_path)
    code, out, err = run(capsys, "validate", "--input", str(path))
    assert code == 1
    assert "- epcis[0].siren : valeur « 123 » ; attendu un SIREN de 9 chiffres" in out
    assert (
        "- posts[2].expenses[0].amount : valeur « 12.345 » ; attendu un nombre d’au plus 2" in out
    )
    assert err.strip().endswith(" erreur(s)") and "error(s)" not in err
    code, out, err = run(capsys, "validate", "--input", str(path), "--lang", "en")
    assert code == 1
    assert '- epcis[0].siren: got "123"; expected a SIREN of 9 digits' in out
    assert '- posts[2].expenses[0].amount: got "12.345"; expected a number with at most 2' in out
    assert err.strip().endswith(" error(s)")


def test_the_french_output_holds_no_word_of_the_english_messages(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = broken(tmp_path)
    with pytest.raises(ctg.ValidationError) as caught:
        ctg.load_dataset_file(path)
    details = caught.value.details
    assert {d.code for d in details} >= {
        "siren.invalid",
        "dataset.population.negative",
        "json.expected.integer",
        "json.missing_key",
        "dataset.coordinator.fte_range",
        "decimal.too_many_decimals",
    }
    code, out, err = run(capsys, "validate", "--input", str(path))
    assert code == 1
    # The file's path is the user's words (pytest names the folder after the test): left out.
    # So are the fields (JSON paths: keys are English identifiers) and the values.
    french = (out + err).replace(str(path), "§")
    for detail in details:
        french = french.replace(detail.field, "§").replace(f"« {detail.value} »", "§")
    french = french.lower()
    for detail in details:
        english = set(re.findall(r"[a-z]{3,}", detail.expected.lower()))
        wording = set(re.findall(r"[a-z]{3,}", _messages.expected(detail, "fr").lower()))
        # Words shared by both wordings are names (SIREN, JSON, FTE…), not English.
        for word in sorted(english - wording):
            assert not re.search(rf"\b{word}\b", french), (word, detail.code, out)
    # The frame is French too; only the command line's own prefix `ctg validate: error:` stays.
    for word in ("got", "expected", "errors"):
        assert not re.search(rf"\b{word}\b", french), word


def test_validate_json_carries_the_code_the_parameters_and_the_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = broken(tmp_path)
    code, out, _ = run(capsys, "validate", "--input", str(path), "--format", "json")
    assert code == 1
    errors = {e["field"]: e for e in json.loads(out)["errors"]}
    amount = errors["posts[2].expenses[0].amount"]
    assert amount["code"] == "decimal.too_many_decimals"
    assert amount["params"] == {"max_decimals": "2", "given": "3"}
    assert amount["message"].startswith("posts[2].expenses[0].amount : valeur « 12.345 »")


def test_warnings_are_printed_in_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = run(capsys, "validate")
    assert "avertissement : conventions[8].themes : valeur « " in err
    assert "attendu petite_enfance, jeunesse et parentalite plus au moins un autre thème" in err
    _, _, err = run(capsys, "validate", "--lang", "en")
    assert "warning: conventions[8].themes: got " in err


def test_report_data_carries_the_code_of_each_warning() -> None:
    from ctg.report import build_report

    dataset = ctg.builtin_dataset("charente-2021")
    report = build_report(
        dataset, on=ctg.parse_date("2021-06-30"), rulebooks=[ctg.builtin_rulebook("charente-2021")]
    )
    warnings = report.data["dataset"]["warnings"]
    assert warnings and all(w["code"] in ctg.message_codes() for w in warnings)
    first = warnings[0]
    assert first["code"] == "dataset.convention.cnaf_minimum" and first["params"] == {}
    assert _messages.describe_data(first, "fr").startswith("conventions[8].themes : valeur « ")
    assert _messages.describe_data(first, "en") == dataset.warnings[0].to_string()


# --- messages of the Python code (ctg/catalogue/py_messages.toml) ------------------------------


def test_python_codes_are_not_library_codes_and_word_like_them() -> None:
    python_keys = [k for k in _catalogue.entries() if k.startswith("py_messages.")]
    assert python_keys
    codes = {k.removeprefix("py_messages.") for k in python_keys}
    assert not codes & set(ctg.message_codes())
    detail = _messages.python_detail(
        "workbook.recorded.mismatch", "g.xlsx, sheet 'ctg', year", "2022", recorded="2021"
    )
    assert (detail.code, detail.params) == ("workbook.recorded.mismatch", {"recorded": "2021"})
    assert detail.to_string() == (
        "g.xlsx, sheet 'ctg', year: got \"2022\"; expected 2021, the value the workbook records"
    )
    assert _messages.describe(detail, "fr") == (
        "g.xlsx, feuille « ctg », year : valeur « 2022 » ; attendu 2021, la valeur que le "
        "classeur contient"
    )


def test_workbook_locations_are_written_in_english_and_read_back_in_the_language() -> None:
    cell = _messages.workbook_cell("5 Moyens", "F8", "5.5", column="year")
    assert cell == "sheet '5 Moyens', cell F8 (item 5.5), column year"
    assert (
        _messages.location(cell, "fr")
        == "feuille « 5 Moyens », cellule F8 (item 5.5), colonne year"
    )
    assert _messages.location(cell, "en") == cell
    policy = _messages.workbook_cell("1 L'accès", "D5", "1.2", policy="education")
    assert policy == "sheet '1 L'accès', cell D5 (item 1.2, policy education)"
    assert _messages.location(policy, "fr") == (
        "feuille « 1 L'accès », cellule D5 (item 1.2, politique education)"
    )
    assert _messages.csv_row("row 3, column answer") == (3, "answer")
    assert _messages.csv_row("row 12") == (12, None)
    assert _messages.csv_row("posts[3].fte") is None
