# SPDX-License-Identifier: MIT
"""The `ctg` command (ctg/cli.py): every command and format on the embedded charente-2021
dataset and on the test dataset deux-sevres-2022, with figures worked out independently (README,
golden_deux_sevres.py, or by hand in the comments); the exit codes and one-line messages of bad
input; output files written atomically. Most cases call ctg.cli.main() in-process; a few run the
installed `ctg` script to prove the exit codes and the absence of a Python traceback."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import ctg
from ctg import _cli_common, cli

HERE = Path(__file__).resolve().parent
DEUX_SEVRES = HERE / "data" / "deux-sevres-2022.json"
CHARENTE_JSON = ctg.dataset_to_json(ctg.builtin_dataset("charente-2021"))
SCRIPT = Path(sys.executable).parent / "ctg"

# README: Charente 2021 at the ceiling, 14.75 ETP.
CHARENTE_MAXIMUM = {
    "national-2020": "354000.00",  # 24,000 € × 14.75
    "cej": "332656.75",  # 22,553 € × 14.75
    "charente-2021": "566400.00",  # 80 % × 48,000 € × 14.75
    "loire-cej-2015": "442004.40",  # 62.43 % × 48,000 € × 14.75
}
CHARENTE_PARTS = {"bonus_territoire": "389400.00", "fonds_locaux": "177000.00"}  # 55 % and 25 %


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """The exit code, stdout and stderr of `ctg argv…`; stdout with the formatter's no-break
    spaces (U+202F between thousands, U+00A0 before € and %) read as spaces: these tests check
    the content, test_format.py and test_report_text.py the typography."""
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, plain(out), err


def plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    code, out, err = run(capsys, *argv, "--format", "json")
    assert code == 0, err
    document = json.loads(out)
    assert_no_float(document)
    return document


def run_csv(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, str]]:
    code, out, err = run(capsys, *argv, "--format", "csv")
    assert code == 0, err
    return list(csv.DictReader(io.StringIO(out)))


def assert_no_float(value: Any) -> None:
    """Amounts cross JSON as strings, never as numbers that a reader would take as floats."""
    assert not isinstance(value, float), value
    if isinstance(value, dict):
        for item in value.values():
            assert_no_float(item)
    elif isinstance(value, list):
        for item in value:
            assert_no_float(item)


def run_en(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """run() with `--lang en`: the tests that check the English wording of a message."""
    return run(capsys, "--lang", "en", *argv)


def one_error_line(err: str, command: str, language: str = "fr") -> str:
    """The one line of a user error; French by default (`ctg finance : erreur : …`), English
    with --lang en (`ctg finance: error: …`)."""
    prefix = {"fr": f"ctg {command} : erreur : ", "en": f"ctg {command}: error: "}[language]
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(prefix), err
    assert "Traceback" not in err
    return lines[0]


def broken_dataset(tmp_path: Path) -> Path:
    """The Charente dataset with three errors: an invalid SIREN, an FTE that is not a number
    and a date that does not exist."""
    document = json.loads(CHARENTE_JSON)
    document["epcis"][0]["siren"] = "123"
    document["posts"][0]["contracted_fte"] = "abc"
    document["conventions"][1]["term"]["start"] = "2019-02-30"
    path = tmp_path / "casse.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


# --- the parser -------------------------------------------------------------------------------

COMMANDS = [
    "report",
    "finance",
    "rules",
    "scenario",
    "compare",
    "grid",
    "evaluate",
    "deadlines",
    "validate",
    "init",
    "import",
    "national",
]


@pytest.mark.parametrize("command", COMMANDS)
def test_help_of_every_command_shows_an_example(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    code, out, _ = run(capsys, command, "--help")
    assert code == 0
    assert out.startswith(f"usage : ctg {command}")
    assert "exemples :" in out and f"ctg {command}" in out.split("exemples :")[1]
    code, out, _ = run(capsys, command, "--help", "--lang", "en")
    assert code == 0
    assert out.startswith(f"usage: ctg {command}")
    assert "examples:" in out and f"ctg {command}" in out.split("examples:")[1]


def test_top_level_help_lists_the_commands_and_exit_codes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for command in COMMANDS:
        assert command in out
    assert "codes de sortie : 0 succès ; 1 données non valides" in out
    code, out, _ = run(capsys, "--lang", "en", "--help")
    assert code == 0
    assert "exit codes: 0 success; 1 invalid data" in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"ctg {ctg.__version__}"


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys)
    assert code == 2
    assert "ctg : erreur : commande attendue : report, finance" in err


@pytest.mark.parametrize(
    "argv",
    [["finance", "--bogus"], ["--bogus", "finance"], ["finance", "--on", "2021-06-30", "extra"]],
)
def test_unknown_option_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    line = err.strip()
    assert len(line.splitlines()) == 1
    assert "ctg finance : erreur : arguments non reconnus :" in line and "--help" in line


def test_unknown_command_and_bad_choice(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "nope")
    assert code == 2 and "choix invalide « nope »" in err
    code, _, err = run(capsys, "finance", "--format", "xml")
    assert code == 2 and err.startswith(
        "ctg finance : erreur : argument -f/--format : choix invalide « xml »"
    )


@pytest.mark.parametrize("argv", [["--lang", "en", "finance"], ["finance", "--lang", "en"]])
def test_lang_before_or_after_the_command(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, out, _ = run(capsys, *argv, "--on", "2021-06-30", "-q", "--fte", "contracted")
    assert code == 0
    assert "€566,400.00" in out and "Financing 2021 per post" in out


def test_quiet_silences_messages_not_errors(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "finance", "--on", "2021-06-30")
    assert (
        code == 0 and "avertissement : le jeu de données charente-2021 a 6 avertissement(s)" in err
    )
    code, _, err = run(capsys, "-q", "finance", "--on", "2021-06-30")
    assert code == 0 and err == ""
    code, _, err = run(capsys, "-q", "finance", "--dataset", "nope")
    assert code == 2 and "erreur" in err


# --- finance ----------------------------------------------------------------------------------


def test_finance_markdown_in_french_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "finance", "--on", "2021-06-30", "--fte", "contracted")
    assert code == 0
    # Default rulebook for the Charente dataset: its own, charente-2021, at the ceiling.
    assert "### Financement 2021 par poste — règle `charente-2021`" in out
    assert (
        "Base : dépense au plafond (aide maximale) ; paramètres en vigueur au 30/06/2021 ; "
        "ETP payés : les ETP contractualisés (une vacance est payée)." in out
    )
    total = next(line for line in out.splitlines() if line.startswith("| **Total Charente**"))
    # ETP, contracted ETP-years, ETP-years in post (13.42: Val de Charente 243/365, Grand
    # Cognac 3 of 4; golden_charente_dated), then the aid on the contracted ETP.
    cells = [cell.strip() for cell in total.strip("|").split("|")]
    assert cells[3:7] == ["14,75", "14,75", "13,42", "566 400,00 €"]
    assert "389 400,00 €" in total and "177 000,00 €" in total
    angouleme = next(line for line in out.splitlines() if "`post-grand-angouleme`" in line)
    assert "96 000,00 €" in angouleme and "financé" in angouleme
    assert "Paramètres lus :" in out


def test_finance_markdown_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "--lang", "en", "finance", "--on", "2021-06-30", "--rulebook", "national-2020"
    )
    assert code == 0
    assert (
        "Basis: expense at the ceiling (maximum aid); parameters in force on 30/06/2021; FTE paid "
        "for: the FTE in post, coordinator by coordinator (a vacancy is not paid)." in out
    )
    # On the ETP in post (the rulebook's choice): 321,978.08 € (golden_charente_dated); Grand
    # Angoulême holds its 2.5 ETP all year: 24,000 € × 2.5.
    assert "€321,978.08" in out and "€60,000.00" in out


@pytest.mark.parametrize("rulebook", list(CHARENTE_MAXIMUM))
def test_finance_json_every_rulebook_at_the_ceiling(
    capsys: pytest.CaptureFixture[str], rulebook: str
) -> None:
    doc = run_json(
        capsys, "finance", "--on", "2021-06-30", "--rulebook", rulebook, "--fte", "contracted"
    )
    assert doc["format"] == "ctg.cli.finance/1" and doc["fte_paid"] == "contracted"
    assert doc["dataset"] == "charente-2021" and doc["year"] == 2021
    assert doc["parameters_on"] == "2021-06-30" and doc["basis"] == "at_ceiling"
    assert doc["rulebook"] == rulebook
    assert doc["total"]["total"] == CHARENTE_MAXIMUM[rulebook]
    assert doc["total"]["contracted_fte"] == "14.75"
    assert sum(Decimal(p["total"]) for p in doc["posts"]) == Decimal(CHARENTE_MAXIMUM[rulebook])
    assert sum(Decimal(e["total"]) for e in doc["by_epci"]) == Decimal(CHARENTE_MAXIMUM[rulebook])
    if rulebook == "charente-2021":
        assert doc["total"]["parts"] == CHARENTE_PARTS
        angouleme = next(p for p in doc["posts"] if p["post_id"] == "post-grand-angouleme")
        # 80 % × 48,000 € × 2.5 = 96,000 €: 55/80 bonus territoire, 25/80 fonds locaux.
        assert angouleme["total"] == "96000.00" and angouleme["contracted_fte"] == "2.5"
        assert angouleme["parts"] == {"bonus_territoire": "66000.00", "fonds_locaux": "30000.00"}
        assert {r["name"] for r in doc["parameters"]} == {
            "coordination_rate",
            "coordination_ceiling_per_fte",
            "part_bonus_territoire",
            "part_fonds_locaux",
        }
    else:
        assert doc["total"]["parts"] == {} and doc["parts"] == []


def test_finance_year_form_equals_date_form_in_2021(capsys: pytest.CaptureFixture[str]) -> None:
    by_year = run_json(capsys, "finance", "--year", "2021", "--fte", "contracted")
    assert by_year["parameters_on"] is None
    assert by_year["total"]["total"] == "566400.00"


def test_cej_to_national_gain_from_two_finance_outputs(capsys: pytest.CaptureFixture[str]) -> None:
    on = ["--on", "2021-06-30", "--fte", "contracted"]
    cej = run_json(capsys, "finance", *on, "--rulebook", "cej")
    national = run_json(capsys, "finance", *on, "--rulebook", "national-2020")
    gain = Decimal(national["total"]["total"]) - Decimal(cej["total"]["total"])
    assert gain == Decimal("21343.25")
    assert gain / Decimal(national["total"]["contracted_fte"]) == Decimal(1447)  # 24,000 − 22,553


def test_finance_declared_basis(capsys: pytest.CaptureFixture[str]) -> None:
    doc = run_json(capsys, "finance", "--year", "2021", "--basis", "declared")
    angouleme = next(p for p in doc["posts"] if p["post_id"] == "post-grand-angouleme")
    # 112,500 € declared, under its ceiling 48,000 € × 2.5 = 120,000 €: 80 % × 112,500 = 90,000 €.
    assert angouleme["declared_expense"] == "112500.00" and angouleme["total"] == "90000.00"
    assert doc["basis"] == "declared" and doc["missing_expense"] == []


def test_finance_csv_one_row_per_post(capsys: pytest.CaptureFixture[str]) -> None:
    rows = run_csv(capsys, "finance", "--on", "2021-06-30", "--fte", "contracted")
    assert len(rows) == 9
    assert list(rows[0]) == [
        "post_id",
        "convention_id",
        "pilot_epci",
        "epci_name",
        "status",
        "contracted_fte",
        "contracted_fte_years",
        "held_fte_years",
        "financed_fte_years",
        "declared_expense",
        "total",
        "bonus_territoire",
        "fonds_locaux",
        "marks",
    ]
    angouleme = rows[0]
    assert angouleme["post_id"] == "post-grand-angouleme" and angouleme["pilot_epci"] == "200071827"
    assert (angouleme["total"], angouleme["bonus_territoire"], angouleme["fonds_locaux"]) == (
        "96000.00",
        "66000.00",
        "30000.00",
    )
    assert sum(Decimal(r["total"]) for r in rows) == Decimal("566400.00")
    assert sum(Decimal(r["contracted_fte"]) for r in rows) == Decimal("14.75")
    # ETP-years as exact fractions: Val de Charente's coordinator arrives on 3 May (243 days).
    val = next(r for r in rows if r["post_id"] == "post-val-de-charente")
    assert (val["contracted_fte_years"], val["held_fte_years"], val["financed_fte_years"]) == (
        "1",
        "243/365",
        "1",
    )
    # At the ceiling the aid rests on the ETP and the 80 % of the source document, the local
    # funds derived from it (80 % − 55 %) and the library's readings (ceiling per ETP, 55 % of
    # the expense, start dates); the declared expenses (illustrative) add their mark.
    assert angouleme["marks"] == "source document|derived|reading"
    declared = run_csv(capsys, "finance", "--on", "2021-06-30", "--basis", "declared")
    assert declared[0]["marks"] == "source document|derived|reading|illustrative"


def test_finance_explain_in_each_format(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["finance", "--on", "2021-06-30", "--explain", "post-grand-angouleme"]
    code, out, _ = run(capsys, *argv)
    assert code == 0
    portfolio = ctg.finance_portfolio(
        ctg.builtin_dataset("charente-2021"),
        ctg.builtin_rulebook("charente-2021"),
        date(2021, 6, 30),
        ctg.ExpenseBasis.at_ceiling,
    )
    expected = portfolio.post("post-grand-angouleme").result.why.to_text(ctg.Language.fr)
    assert out == plain(expected)
    assert "Plafond de dépense par ETP : 48 000,00 € par ETP" in out
    assert "Aide de la Caf : 96 000,00 €" in out
    doc = run_json(capsys, *argv)
    assert doc["format"] == "ctg.financing/1" and doc["total"] == "96000.00"
    rows = run_csv(capsys, *argv)
    assert rows[0]["kind"] == "input" and rows[-1]["kind"] == "result"
    assert rows[-1]["amount"] == "96000.00"
    ceiling = next(r for r in rows if r["parameter"] == "coordination_ceiling_per_fte")
    # « dans la limite d'un plafond de 48 000 € » gives no unit: per ETP is a reading.
    assert ceiling["segment_start"] == "2020-01-01" and ceiling["evidence"] == "reading"


def test_finance_explain_unknown_or_unfinanced_post(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_en(capsys, "-q", "finance", "--on", "2021-06-30", "--explain", "nope")
    line = one_error_line(err, "finance", "en")
    assert code == 2 and '--explain: got "nope"; expected a post of dataset charente-2021' in line
    # The Rouillacais CTG ends on 31/12/2022: no financing in 2024.
    code, _, err = run_en(
        capsys, "-q", "finance", "--year", "2024", "--explain", "post-rouillacais"
    )
    line = one_error_line(err, "finance", "en")
    assert code == 1 and "post-rouillacais is not financed in 2024" in line and "inactive" in line


def test_finance_declared_year_without_expenses_is_invalid_data(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(capsys, "-q", "finance", "--year", "2024", "--basis", "declared")
    assert code == 1
    assert "ctg finance : erreur : year : valeur « 2024 » ; attendu une année" in err
    assert "2021, 2022" in err


def test_finance_rulebook_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "regle.json"
    path.write_text(ctg.to_json(ctg.builtin_rulebook("national-2020")), encoding="utf-8")
    doc = run_json(
        capsys, "finance", "--on", "2021-06-30", "--rulebook", str(path), "--fte", "contracted"
    )
    assert doc["rulebook"] == "national-2020" and doc["total"]["total"] == "354000.00"


# --- rules ------------------------------------------------------------------------------------


def test_rules_list(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules", "--on", "2021-06-30")
    assert code == 0
    rows = {
        line.split("|")[1].strip(): line.split("|")[3].strip()
        for line in out.splitlines()
        if line.startswith("| `")
    }
    assert rows == {
        "`cej`": "22 553,00 € par ETP",
        "`charente-2021`": "80 % de la dépense dans la limite de 48 000,00 € par ETP : "
        "55 % Bonus territoire + 25 % Fonds locaux de la Caf",
        "`loire-cej-2015`": "62,43 % de la dépense dans la limite de 48 000,00 € par ETP",
        "`national-2020`": "24 000,00 € par ETP",
    }
    doc = run_json(capsys, "--lang", "en", "rules", "--on", "2021-06-30")
    assert [r["id"] for r in doc["rulebooks"]] == ctg.builtin_rulebook_ids()
    national = next(r for r in doc["rulebooks"] if r["id"] == "national-2020")
    assert national["rule"] == "€24,000.00 per FTE" and national["kind"] == "flat_per_fte"


def test_rules_of_one_rulebook(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules", "charente-2021", "--on", "2021-06-30")
    assert code == 0
    assert "### Règle `charente-2021`" in out
    assert "Formule `share_of_expense` ; plafond sur `expense` ; prorata `days`" in out
    ceiling = next(line for line in out.splitlines() if "`coordination_ceiling_per_fte`" in line)
    assert "48 000,00 € par ETP" in ceiling and "[2020-01-01, …)" in ceiling
    doc = run_json(capsys, "rules", "charente-2021", "--on", "2021-06-30")
    assert doc["rulebook"] == "charente-2021" and doc["formula"]["kind"] == "share_of_expense"
    values = {p["name"]: p["value_on"] for p in doc["parameters"]}
    assert values == {
        "coordination_ceiling_per_fte": "48000.00",
        "coordination_rate": "80",
        "part_bonus_territoire": "55",
        "part_fonds_locaux": "25",
    }
    # Before the first segment (2020-01-01), no value is in force.
    doc = run_json(capsys, "rules", "charente-2021", "--on", "2019-06-30")
    assert all(p["value_on"] is None for p in doc["parameters"])


def test_rules_parameter_timeline(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["rules", "charente-2021", "--parameter", "coordination_ceiling_per_fte"]
    code, out, _ = run(capsys, *argv)
    assert code == 0
    row = next(line for line in out.splitlines() if line.startswith("| 01/01/2020"))
    assert "48 000,00 € par ETP" in row and "[R] lecture retenue" in row and "diapositive" in row
    # The slide gives no unit to its « plafond de 48 000 € »: per ETP is a reading.
    assert "lecture écartée : un plafond de 48 000 € par poste" in row
    doc = run_json(capsys, *argv)
    assert doc["rulebook"] == "charente-2021" and doc["name"] == "coordination_ceiling_per_fte"
    assert doc["unit"] == "eur_per_fte"
    (segment,) = doc["segments"]
    assert (
        segment["from"] == "2020-01-01" and segment["to"] is None and segment["value"] == "48000.00"
    )
    assert segment["evidence"] == "reading" and "par poste" in segment["alternative"]
    assert segment["confirmed_on"] == "2021-06-30" and segment["start_alternative"]
    assert "30 juin 2021" in segment["document"] and "48 000 €" in segment["locator"]


def test_rules_of_a_scenario_file_shows_two_segments(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    raised = ctg.apply_scenario(
        ctg.builtin_rulebook("charente-2021"),
        "plafond-50k",
        {"coordination_ceiling_per_fte": ("50000", date(2024, 1, 1))},
    )
    path = tmp_path / "plafond.json"
    path.write_text(ctg.to_json(raised), encoding="utf-8")
    doc = run_json(capsys, "rules", str(path), "--parameter", "coordination_ceiling_per_fte")
    assert [(s["from"], s["to"], s["value"], s["evidence"]) for s in doc["segments"]] == [
        ("2020-01-01", "2024-01-01", "48000.00", "reading"),
        ("2024-01-01", None, "50000.00", "scenario"),
    ]


def test_rules_unknown_names(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_en(capsys, "rules", "nope")
    line = one_error_line(err, "rules", "en")
    assert code == 2 and 'got "nope"; expected a built-in rulebook (cej, charente-2021' in line
    code, _, err = run_en(capsys, "rules", "cej", "--parameter", "coordination_rate")
    line = one_error_line(err, "rules", "en")
    assert code == 2 and "expected a parameter of rulebook cej: coordination_amount_per_fte" in line


# --- scenario ---------------------------------------------------------------------------------

CEILING_50K = ["--set", "coordination_ceiling_per_fte=50000@2024-01-01", "--name", "plafond-50k"]


def test_scenario_json_val_de_charente_2024(capsys: pytest.CaptureFixture[str]) -> None:
    doc = run_json(capsys, "scenario", *CEILING_50K, "--year", "2024")
    assert doc["baseline"]["id"] == "charente-2021"
    assert doc["scenario"]["id"] == "charente-2021+plafond-50k"
    assert doc["scenario"]["overrides"] == [
        {"parameter": "coordination_ceiling_per_fte", "value": "50000", "from": "2024-01-01"}
    ]
    post = next(p for p in doc["posts"] if p["post_id"] == "post-val-de-charente")
    # 1 ETP, active all 2024 (prolonged to 30/06/2025): 80 % × 48,000 € → 80 % × 50,000 €,
    # + 80 % × 2,000 € × 1 = 1,600 €, split 55/80 and 25/80: 1,100 € + 500 €.
    assert post["contracted_fte"] == "1" and post["status"] == "financed"
    assert (post["baseline"], post["scenario"], post["delta"]) == (
        "38400.00",
        "40000.00",
        "1600.00",
    )
    assert {p["id"]: p["delta"] for p in post["parts"]} == {
        "bonus_territoire": "1100.00",
        "fonds_locaux": "500.00",
    }
    rouillacais = next(p for p in doc["posts"] if p["post_id"] == "post-rouillacais")
    # Not financed under either rulebook: not compared, so no difference (null), not 0.00.
    assert rouillacais["status"] == "inactive" and rouillacais["delta"] is None
    total = doc["total"]
    assert Decimal(total["scenario"]) - Decimal(total["baseline"]) == Decimal(total["delta"])
    assert Decimal(total["delta"]) == sum(
        Decimal(p["delta"]) for p in doc["posts"] if p["delta"] is not None
    )


def test_scenario_on_the_second_dataset_with_a_part_year_post(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Deux-Sèvres 2022, charente-2021 rule, ceiling 48,000 → 50,000 € from 2022-01-01, at the
    ceiling. Worked by hand: a full-year post gains 80 % × 2,000 € × ETP (5.55 ETP: 8,880.00 €);
    the Haut Val de Sèvre post (1 ETP, 90/365 days) goes from 80 % × 11,835.616… € = 9,468.49 €
    to 80 % × 50,000 × 90/365 = 80 % × 12,328.767… € = 9,863.01 € (+394.52 €), each rounded
    once. Its coordinator holds the post from its first day: the same on the ETP in post."""
    doc = run_json(
        capsys,
        "-q",
        "scenario",
        "--input",
        str(DEUX_SEVRES),
        "--rulebook",
        "charente-2021",
        "--name",
        "plafond-50k",
        "--set",
        "coordination_ceiling_per_fte=50000@2022-01-01",
        "--year",
        "2022",
        "--fte",
        "contracted",  # 1,600 € per contracted ETP; in post, Thouarsais's th-2 arrives in April
    )
    posts = {p["post_id"]: p for p in doc["posts"]}
    haut_val = posts["post-haut-val-de-sevre"]
    assert (haut_val["baseline"], haut_val["scenario"], haut_val["delta"]) == (
        "9468.49",
        "9863.01",
        "394.52",
    )
    for post_id, post in posts.items():
        if post_id != "post-haut-val-de-sevre":
            assert Decimal(post["delta"]) == Decimal(1600) * Decimal(post["contracted_fte"])
    assert doc["total"]["delta"] == "9274.52"  # 8,880.00 + 394.52


def test_scenario_markdown_and_csv(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "-q", "scenario", *CEILING_50K, "--on", "2024-06-30")
    assert code == 0
    assert "### Scénario `charente-2021+plafond-50k` — 2024, par poste" in out
    assert "- `coordination_ceiling_per_fte` = 50000 à partir du 01/01/2024" in out
    row = next(line for line in out.splitlines() if "`post-val-de-charente`" in line)
    assert "38 400,00 €" in row and "40 000,00 €" in row and "1 600,00 €" in row
    rows = {r["post_id"]: r for r in run_csv(capsys, "scenario", *CEILING_50K, "--year", "2024")}
    val = rows["post-val-de-charente"]
    assert (val["baseline"], val["scenario"], val["delta"]) == ("38400.00", "40000.00", "1600.00")
    assert (val["delta_bonus_territoire"], val["delta_fonds_locaux"]) == ("1100.00", "500.00")


def test_scenario_before_the_override_changes_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    doc = run_json(capsys, "scenario", *CEILING_50K, "--year", "2023")
    assert doc["total"]["delta"] == "0.00"


def test_scenario_set_on_unknown_parameter(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "scenario", "--set", "plafond=50000", "--year", "2024")
    line = one_error_line(err, "scenario")
    assert code == 2 and out == ""
    assert line.startswith(
        "ctg scenario : erreur : --set plafond=50000: parameter : valeur « plafond »"
    )
    assert "attendu un paramètre du barème charente-2021 : coordination_ceiling_per_fte" in line


def test_scenario_set_with_bad_value(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(
        capsys, "scenario", "--set", "coordination_rate=quatre-vingts", "--year", "2024"
    )
    line = one_error_line(err, "scenario")
    assert code == 2
    assert (
        "--set coordination_rate=quatre-vingts: value : valeur « quatre-vingts » ; attendu un "
        "nombre décimal écrit en chiffres (caractère inattendu en position 1)" in line
    )
    code, _, err = run(
        capsys,
        "scenario",
        "--set",
        "coordination_rate=quatre-vingts",
        "--year",
        "2024",
        "--lang",
        "en",
    )
    assert code == 2 and (
        '--set coordination_rate=quatre-vingts: value: got "quatre-vingts"; expected a decimal '
        "number written with digits (unexpected character at position 1)"
        in one_error_line(err, "scenario", "en")
    )


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("coordination_rate", "(il n’y a pas de « = »)"),
        ("coordination_rate=75@2024-13-01", "(« 2024-13-01 » après « @ » n’est pas une date"),
        ("coordination_rate=75@2010-01-01", "attendu une date le 2020-01-01 ou après"),
    ],
)
def test_scenario_malformed_set(
    capsys: pytest.CaptureFixture[str], spec: str, expected: str
) -> None:
    code, _, err = run(capsys, "scenario", "--set", spec)
    line = one_error_line(err, "scenario")
    assert code == 2 and expected in line and spec.split("@")[0] in line


def test_scenario_empty_name(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "scenario", "--set", "coordination_rate=80", "--name", "")
    line = one_error_line(err, "scenario")
    assert code == 2 and line.startswith(
        "ctg scenario : erreur : --name: name : valeur vide ; attendu un nom de scénario non vide"
    )


def test_scenario_rate_without_its_parts(capsys: pytest.CaptureFixture[str]) -> None:
    # charente-2021 splits its 80 % into 55 % + 25 %: a 75 % rate alone no longer adds up.
    code, _, err = run(capsys, "scenario", "--set", "coordination_rate=75", "--year", "2021")
    line = one_error_line(err, "scenario")
    assert (
        code == 2
        and "--set: formula.parts : valeur « 55 % + 25 % = 80 % » ; attendu des "
        "poids de parts dont la somme égale le taux coordination_rate = 75 % en vigueur le "
        "2020-01-01"
        in line
    )


def test_scenario_needs_a_set(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_en(capsys, "scenario", "--year", "2024")
    assert code == 2 and "--set: expected at least one override" in one_error_line(
        err, "scenario", "en"
    )


# --- grid and evaluate ------------------------------------------------------------------------


def test_grid_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    grid = ctg.builtin_grid("charente-2021")
    code, out, _ = run(capsys, "grid")
    assert code == 0
    assert out.startswith("# Fiche d'évaluation annuelle de la fonction de coordination CTG")
    # 5 sections; a row per mission (27) and per question (5), the last one with its unit.
    assert [line[3:] for line in out.splitlines() if line.startswith("## ")][:5] == [
        f"{s.id}. {s.title.fr}" for s in grid.sections
    ]
    rows = [line for line in out.splitlines() if re.match(r"\| \d\.\d+ ", line)]
    assert len(rows) == sum(len(s.items) for s in grid.sections) == 32
    assert "- rubrique 4 : « Evaluation » → « Évaluation » (typography)" in out
    assert out.endswith(
        f"Source : {grid.provenance.cited.document}, {grid.provenance.cited.locator}\n"
    )
    code, out, _ = run(capsys, "grid", "--lang", "en")
    assert code == 0 and "Questions: yes (`oui`) or no (`non`)." in out
    assert "## Corrections of the source text" in out


def test_grid_csv_and_json_templates(capsys: pytest.CaptureFixture[str]) -> None:
    rows = run_csv(capsys, "grid", "--post", "post-rouillacais", "--year", "2022")
    # 27 missions × 3 policies + 4 yes/no questions + 1 number = 86 cells.
    assert len(rows) == 86
    assert list(rows[0]) == list(ctg.EVALUATION_CSV_COLUMNS)
    assert {(r["post_id"], r["year"]) for r in rows} == {("post-rouillacais", "2022")}
    assert all(r["answer"] == "" for r in rows)
    doc = run_json(capsys, "grid")
    assert doc["format"] == "ctg.evaluations/1"
    (evaluation,) = doc["evaluations"]
    assert len(evaluation["answers"]) == 86


def test_grid_xlsx_needs_an_output_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run_en(capsys, "grid", "--format", "xlsx")
    assert code == 2 and out == ""
    assert "--format xlsx: expected -o FILE" in one_error_line(err, "grid", "en")
    path = tmp_path / "grille.xlsx"
    code, out, err = run(
        capsys,
        "grid",
        "--format",
        "xlsx",
        "--post",
        "post-rouillacais",
        "--year",
        "2022",
        "-o",
        str(path),
    )
    assert code == 0 and out == "" and f"écrit : {path}" in err
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.load_workbook(path)
    # « Lisez-moi », a sheet per section and the hidden metadata sheet
    assert len(workbook.sheetnames) == 1 + 5 + 1


def _fill_csv(template: str, per_policy: str, yes_no: str, number: str) -> str:
    reader = csv.DictReader(io.StringIO(template))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(ctg.EVALUATION_CSV_COLUMNS), lineterminator="\n")
    writer.writeheader()
    for row in reader:
        if row["policy"]:
            row["answer"] = per_policy
        else:
            row["answer"] = number if row["item_id"] == "5.1" else yes_no
        writer.writerow(row)
    return out.getvalue()


def test_evaluate_a_filled_csv(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, template, _ = run(
        capsys, "grid", "--format", "csv", "--post", "post-rouillacais", "--year", "2021"
    )
    path = tmp_path / "grille.csv"
    path.write_text(_fill_csv(template, "oui", "non", "0.75"), encoding="utf-8")
    code, out, err = run(capsys, "evaluate", str(path))
    assert code == 0, err
    # Every mission "oui" (81 cells achieved), every yes/no "non" (4 applicable, none achieved),
    # the number answered but not scored: 81/85 achieved, 86/86 answered.
    assert "### Évaluation post-rouillacais 2021 (charente-2021 version 1)" in out
    assert "Atteint : 95,29 % (81/85) ; complétude : 100,00 % (86/86)." in out
    doc = run_json(capsys, "evaluate", str(path))
    (scores,) = doc["evaluations"]
    assert scores["overall"] == {"part": 81, "whole": 85, "percent": "95.29"}
    assert scores["completeness"] == {"part": 86, "whole": 86, "percent": "100.00"}
    section5 = next(s for s in scores["sections"] if s["id"] == "5")
    assert section5["achieved"]["part"] == 0 and section5["achieved"]["whole"] == 4
    assert [p["achieved"]["part"] for p in scores["policies"]] == [27, 27, 27]


def test_evaluate_a_filled_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    path = tmp_path / "grille.xlsx"
    code, _, _ = run(
        capsys,
        "-q",
        "grid",
        "--format",
        "xlsx",
        "--post",
        "post-rouillacais",
        "--year",
        "2021",
        "-o",
        str(path),
    )
    assert code == 0
    workbook = openpyxl.load_workbook(path)
    grid = ctg.builtin_grid("charente-2021")
    for section, name in zip(grid.sections, workbook.sheetnames[1:], strict=False):
        sheet = workbook[name]
        for row, item in enumerate(section.items, start=4):
            if item.kind == ctg.ItemKind.per_policy:
                for column in (3, 4, 5):
                    sheet.cell(row, column, "En partie")  # below "oui": not achieved
            elif item.kind == ctg.ItemKind.yes_no:
                sheet.cell(row, 6, "oui")
            else:
                sheet.cell(row, 6, 1)
    workbook.save(path)
    doc = run_json(capsys, "-q", "evaluate", str(path))
    (scores,) = doc["evaluations"]
    # 81 missions "en partie" (applicable, not achieved) + 4 yes/no "oui": 4/85.
    assert scores["overall"]["part"] == 4 and scores["overall"]["whole"] == 85
    assert scores["completeness"]["part"] == 86


def test_a_blank_workbook_for_every_post_is_scored_with_post_and_year(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """One template handed out to every post: the post and year come at scoring time."""
    openpyxl = pytest.importorskip("openpyxl")
    path = tmp_path / "grille.xlsx"
    code, _, err = run(capsys, "grid", "--format", "xlsx", "-o", str(path))
    assert code == 0 and "ctg evaluate --post … --year …" in err
    workbook = openpyxl.load_workbook(path)
    grid = ctg.builtin_grid("charente-2021")
    for section, name in zip(grid.sections, workbook.sheetnames[1:], strict=False):
        for row, item in enumerate(section.items, start=4):
            if item.kind == ctg.ItemKind.yes_no:
                workbook[name].cell(row, 6, "oui")
    workbook.save(path)
    code, _, err = run(capsys, "-q", "evaluate", str(path))
    # The workbook's locations are worded in the language (location.toml), as the CSV ones are.
    # The post and the year to type in the first sheet, said at their cells there.
    assert code == 1 and "'Lisez-moi'!C3 : valeur vide" in err
    doc = run_json(
        capsys, "-q", "evaluate", str(path), "--post", "post-rouillacais", "--year", "2022"
    )
    (scores,) = doc["evaluations"]
    assert (scores["post_id"], scores["year"]) == ("post-rouillacais", 2022)
    # Only the 4 yes/no items answered, all "oui": 4 achieved of 4 counted, 4 of 86 answered.
    assert scores["overall"] == {"part": 4, "whole": 4, "percent": "100.00"}
    assert scores["completeness"]["part"] == 4
    csv_path = tmp_path / "g.csv"
    csv_path.write_text("grid\n", encoding="utf-8")
    code, _, err = run(capsys, "-q", "evaluate", str(csv_path), "--year", "2022")
    assert code == 2 and "--post/--year : attendus avec un classeur xlsx seulement" in err


def test_evaluate_invalid_answers_list_every_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, template, _ = run(
        capsys, "grid", "--format", "csv", "--post", "post-rouillacais", "--year", "2021"
    )
    path = tmp_path / "grille.csv"
    path.write_text(_fill_csv(template, "peut-être", "oui", "1"), encoding="utf-8")
    code, out, err = run(capsys, "evaluate", str(path))
    assert code == 1 and out == ""
    lines = err.strip().splitlines()
    assert lines[0] == f"ctg evaluate : erreur : {path} : 81 erreur(s)"
    assert len(lines) == 1 + 81
    assert lines[1].startswith(
        "  ligne 2, colonne answer : valeur « peut-être » ; attendu un code de l’échelle"
    )
    assert "Traceback" not in err


def test_evaluate_evaluations_json_of_deux_sevres(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from golden_deux_sevres import GOLDEN

    dataset = ctg.load_dataset_file(DEUX_SEVRES)
    path = tmp_path / "evaluations.json"
    path.write_text(ctg.evaluations_to_json(dataset.evaluations), encoding="utf-8")
    code, _, err = run(capsys, "evaluate", str(path), "--format", "json")
    assert code == 0
    assert "avertissement : evaluations[1].answers : valeur « " in err
    assert "(63 case(s) sur 86 sans réponse ; évaluation incomplète, pas une erreur)" in err
    result = run_json(capsys, "-q", "evaluate", str(path))
    golden = GOLDEN["evaluations_2022"]["rows"]
    for scores in result["evaluations"]:
        expected = golden[scores["post_id"]]
        assert [
            f"{s['achieved']['part']}/{s['achieved']['whole']}" for s in scores["sections"]
        ] == expected["achieved"]
        assert [
            f"{s['completeness']['part']}/{s['completeness']['whole']}" for s in scores["sections"]
        ] == expected["completeness"]
        assert f"{scores['overall']['part']}/{scores['overall']['whole']}" == expected["overall"]
        assert (
            f"{scores['completeness']['part']}/{scores['completeness']['whole']}"
            == expected["overall_completeness"]
        )


def test_evaluate_bad_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run_en(capsys, "evaluate", str(tmp_path / "absent.csv"))
    assert code == 2 and f"FILE: no such file: {tmp_path / 'absent.csv'}" in one_error_line(
        err, "evaluate", "en"
    )
    text = tmp_path / "notes.txt"
    text.write_text("x", encoding="utf-8")
    code, _, err = run_en(capsys, "evaluate", str(text))
    assert code == 2 and "expected a .json, .csv or .xlsx file" in one_error_line(
        err, "evaluate", "en"
    )
    code, _, err = run_en(capsys, "evaluate", str(text), "--format-in", "xlsx")
    assert code == 1 and "not an Excel workbook" in one_error_line(err, "evaluate", "en")


# --- deadlines --------------------------------------------------------------------------------

# Charente, seen from 30/06/2022 with 18 months (horizon 31/12/2023: from a month end, a month
# end), from the terms of the dataset as known on 30/06/2022: 4B, Cœur de Charente, Grand
# Angoulême and Rouillacais end on 31/12/2022 (the prolongations of Grand Angoulême and 4B are
# signed 15/11/2022 and 08/12/2022, after the date), Charente Limousine on 31/03/2023, Grand
# Cognac and Val de Charente on 31/12/2023 (Val de Charente's prolongation is signed
# 30/11/2023); by last day, then id.
CHARENTE_UPCOMING = [
    "ctg-4b-sud-charente",
    "ctg-coeur-de-charente",
    "ctg-grand-angouleme",
    "ctg-rouillacais",
    "ctg-charente-limousine",
    "ctg-grand-cognac",
    "ctg-val-de-charente",
]


def test_deadlines_markdown_json_csv(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "-q", "deadlines", "--on", "2022-06-30")
    assert code == 0
    assert "### Échéances dans les 18 mois suivant le 30/06/2022 (jusqu'au 31/12/2023)" in out
    doc = run_json(capsys, "deadlines", "--on", "2022-06-30")
    assert doc["horizon"] == "2023-12-31" and doc["months"] == 18
    assert [d["convention_id"] for d in doc["upcoming"]] == CHARENTE_UPCOMING
    coeur = doc["upcoming"][1]
    assert coeur["last_day"] == "2022-12-31" and coeur["days_remaining"] == 184  # 1 Jul → 31 Dec
    # No amendment of the dataset is signed by 30/06/2022 (the first: 20/10/2022).
    assert doc["prolonged"] == []
    rows = run_csv(capsys, "deadlines", "--on", "2022-06-30")
    assert len(rows) == 9
    assert [r["convention_id"] for r in rows if r["within_horizon"] == "yes"] == [
        "ctg-grand-angouleme",
        "ctg-rouillacais",
        "ctg-grand-cognac",
        "ctg-coeur-de-charente",
        "ctg-charente-limousine",
        "ctg-val-de-charente",
        "ctg-4b-sud-charente",
    ]  # in the order of the referents (ccd-a, ccd-b, ccd-c), then by last day and id
    doc = run_json(capsys, "deadlines", "--on", "2022-06-30", "--months", "0")
    assert doc["upcoming"] == []


def test_deadlines_bad_months(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_en(capsys, "deadlines", "--months", "-1")
    assert code == 2 and '--months: got "-1"' in one_error_line(err, "deadlines", "en")


# --- validate ---------------------------------------------------------------------------------


def test_validate_builtin_dataset(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "validate")
    assert code == 0
    assert out == (
        "valide : jeu de données `charente-2021` (intégré) : 9 EPCI, 365 communes, "
        "351 778 habitants, 9 conventions, 9 postes (14,75 ETP), 13 évaluations ; "
        "6 avertissement(s)\n"
        # Its EPCI are the catalogue's: 0 differences.
        "comparé au catalogue territorial 2021 (@etalab/decoupage-administratif 1.1.1, "
        "populations du millésime 2018) : 0 écart(s) avec les chiffres officiels\n"
    )
    warnings = err.strip().splitlines()
    assert len(warnings) == 6 and all(w.startswith("avertissement : ") for w in warnings)
    assert warnings[0].startswith("avertissement : conventions[8].themes : valeur « ")


def test_validate_broken_dataset_lists_every_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = broken_dataset(tmp_path)
    code, out, err = run(capsys, "validate", "--input", str(path))
    assert code == 1
    head, _, body = out.partition("\n\n")
    errors = body.strip().splitlines()
    assert head == f"invalide : {path} — {len(errors)} erreur(s)"
    fields = [line[2:].split(" : ")[0] for line in errors]
    for expected in ("epcis[0].siren", "posts[0].contracted_fte", "conventions[1].term.start"):
        assert expected in fields
    assert "- epcis[0].siren : valeur « 123 » ; attendu un SIREN de 9 chiffres" in out
    assert "- conventions[1].term.start : valeur « 2019-02-30 »" in out
    assert one_error_line(err, "validate") == (
        f"ctg validate : erreur : {path} : {len(errors)} erreur(s)"
    )
    doc = json.loads(run(capsys, "validate", "--input", str(path), "--format", "json")[1])
    assert doc["valid"] is False and len(doc["errors"]) == len(errors)
    assert {"field": "posts[0].contracted_fte", "value": "abc"}.items() <= doc["errors"][
        fields.index("posts[0].contracted_fte")
    ].items()


def test_other_commands_list_every_error_of_an_invalid_dataset(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = broken_dataset(tmp_path)
    code, out, err = run(capsys, "finance", "--input", str(path), "--on", "2021-06-30")
    assert code == 1 and out == ""
    lines = err.strip().splitlines()
    assert lines[0].startswith(f"ctg finance : erreur : {path} : ")
    assert lines[0].endswith(" erreur(s)")
    assert int(lines[0].split(" : ")[-1].split()[0]) == len(lines) - 1
    assert (
        "  epcis[0].siren : valeur « 123 » ; attendu un SIREN de 9 chiffres dont la clé de Luhn "
        "est valide" in lines
    )
    code, out, err = run(
        capsys, "finance", "--input", str(path), "--on", "2021-06-30", "--lang", "en"
    )
    assert code == 1 and err.strip().splitlines()[0].endswith(" error(s)")
    assert (
        '  epcis[0].siren: got "123"; expected a SIREN of 9 digits with a valid Luhn key'
        in err.splitlines()
    )
    assert "Traceback" not in err


def test_validate_not_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "tronque.json"
    path.write_text(CHARENTE_JSON[:200], encoding="utf-8")
    code, out, _ = run(capsys, "validate", "--input", str(path), "--format", "json")
    assert code == 1
    (error,) = json.loads(out)["errors"]
    assert error["field"] == "(root)" and error["code"] == "json.truncated"
    size = len(CHARENTE_JSON[:200].encode("utf-8"))  # bytes, not characters
    assert error["params"] == {"byte": str(size)} and "truncated?" in error["expected"]


# --- the second dataset: deux-sevres-2022 -----------------------------------------------------


@pytest.fixture(scope="module")
def golden() -> dict[str, Any]:
    if not DEUX_SEVRES.exists():
        pytest.skip("tests/data/deux-sevres-2022.json is not there")
    from golden_deux_sevres import GOLDEN

    return GOLDEN


def _golden_of(golden: dict[str, Any], fte: str, period: list[str]) -> dict[str, Any]:
    """The golden figures of an ETP basis and a form: the contracted ETP give the same figures
    in both forms; on the ETP in post the date form does not know the coordinators arriving
    after 30 June 2022 (boc-3, hvs-1)."""
    if fte == "contracted":
        return golden
    return golden["in_post" if period[0] == "--year" else "in_post_on_date"]


@pytest.mark.parametrize("fte", ["contracted", "in_post"])
@pytest.mark.parametrize("rulebook", ["national-2020", "cej", "charente-2021", "loire-cej-2015"])
@pytest.mark.parametrize("period", [["--year", "2022"], ["--on", "2022-06-30"]])
def test_finance_deux_sevres_at_the_ceiling(
    capsys: pytest.CaptureFixture[str],
    golden: dict[str, Any],
    rulebook: str,
    period: list[str],
    fte: str,
) -> None:
    doc = run_json(
        capsys,
        "-q",
        "finance",
        "--input",
        str(DEUX_SEVRES),
        "--rulebook",
        rulebook,
        *period,
        "--fte",
        fte,
    )
    expected = _golden_of(golden, fte, period)["maximum"][rulebook]
    assert doc["dataset"] == "deux-sevres-2022" and doc["total"]["total"] == expected["total"]
    assert doc["total"]["parts"] == expected["parts"]
    assert {p["post_id"]: p["total"] for p in doc["posts"]} == expected["by_post"]
    assert {e["id"]: e["total"] for e in doc["by_epci"]} == expected["by_epci"]
    assert {c["id"]: c["total"] for c in doc["by_convention"]} == expected["by_convention"]
    if "parts_by_post" in expected:
        assert {p["post_id"]: p["parts"] for p in doc["posts"]} == expected["parts_by_post"]


def test_finance_deux_sevres_default_rulebook_is_national(
    capsys: pytest.CaptureFixture[str], golden: dict[str, Any]
) -> None:
    doc = run_json(capsys, "-q", "finance", "--input", str(DEUX_SEVRES), "--year", "2022")
    assert doc["rulebook"] == "national-2020" and doc["fte_paid"] == "in_post"
    assert doc["total"]["total"] == golden["in_post"]["maximum"]["national-2020"]["total"]


@pytest.mark.parametrize("rulebook", ["charente-2021", "loire-cej-2015", "national-2020", "cej"])
def test_finance_deux_sevres_declared(
    capsys: pytest.CaptureFixture[str], golden: dict[str, Any], rulebook: str
) -> None:
    argv = ["-q", "finance", "--input", str(DEUX_SEVRES), "--rulebook", rulebook]
    argv += ["--year", "2022", "--basis", "declared"]
    in_post = run_json(capsys, *argv)
    expected_in_post = golden["in_post"]["declared"][rulebook]
    assert in_post["total"]["total"] == expected_in_post["total"]
    assert {p["post_id"]: p["total"] for p in in_post["posts"] if p["status"] == "financed"} == {
        k: v for k, v in expected_in_post["by_post"].items() if v is not None
    }
    doc = run_json(capsys, *argv, "--fte", "contracted")
    declared = golden["declared"]
    expected = declared[rulebook]
    assert doc["total"]["total"] == expected["total"]
    # A flat amount per ETP finances the posts without a declared expense too.
    assert doc["missing_expense"] == expected.get("missing", declared["missing"])
    assert doc["total"]["financed"] == expected.get("financed", declared["financed"])
    assert doc["total"]["contracted_fte"] == expected.get("financed_fte", declared["financed_fte"])
    assert {p["post_id"]: p["declared_expense"] for p in doc["posts"]} == declared["expenses_2022"]
    if "by_post" in expected:
        totals = {
            p["post_id"]: (p["total"] if p["status"] == "financed" else None) for p in doc["posts"]
        }
        assert totals == expected["by_post"]
    if "parts" in expected:
        assert doc["total"]["parts"] == expected["parts"]
        assert {e["id"]: e["parts"] for e in doc["by_epci"]} == expected["parts_by_epci"]


def test_deadlines_deux_sevres(capsys: pytest.CaptureFixture[str], golden: dict[str, Any]) -> None:
    doc = run_json(capsys, "-q", "deadlines", "--input", str(DEUX_SEVRES), "--on", golden["on"])
    expected = golden["deadlines_18_months"]
    assert doc["months"] == expected["months"] and doc["horizon"] == expected["horizon"]
    assert [d["convention_id"] for d in doc["upcoming"]] == expected["upcoming"]
    for convention in doc["upcoming"]:
        details = expected["details"][convention["convention_id"]]
        for key in ("start", "initial_last_day", "last_day", "bilan_due", "days_remaining"):
            assert convention[key] == details[key], key
        assert convention["referent_id"] == details["referent"]
        assert [
            {
                "id": p["amendment_id"],
                "signed_on": p["signed_on"],
                "new_last_day": p["new_last_day"],
            }
            for p in convention["prolongations"]
        ] == details["prolongations"]
    following = doc["next_after_horizon"]
    assert following["convention_id"] == expected["next_after_horizon"]["id"]
    assert following["last_day"] == expected["next_after_horizon"]["last_day"]
    assert following["days_remaining"] == expected["next_after_horizon"]["days_remaining"]
    assert [d["convention_id"] for d in doc["prolonged"]] == expected["prolonged"]
    assert {
        g["referent_id"]: [c["convention_id"] for c in g["conventions"]] for g in doc["by_referent"]
    } == expected["by_referent"]


def test_validate_deux_sevres(capsys: pytest.CaptureFixture[str], golden: dict[str, Any]) -> None:
    code, out, err = run(capsys, "validate", "--input", str(DEUX_SEVRES), "--format", "json")
    assert code == 0
    doc = json.loads(out)
    expected = golden["dataset"]
    assert doc["valid"] is True and doc["dataset"] == expected["id"]
    counts = doc["counts"]
    assert counts["epcis"] == len(expected["epcis"]) and counts["posts"] == len(expected["posts"])
    assert counts["conventions"] == len(expected["conventions"])
    assert counts["population"] == expected["total_population"]
    assert counts["communes"] == expected["total_communes"]
    assert counts["contracted_fte"] == expected["total_contracted_fte"]
    assert [w["field"] for w in doc["warnings"]] == expected["warnings"]
    # The test dataset's round populations and its fourth EPCI (a SIREN of the Deux-Sèvres under
    # another name, with 3 communes) differ from the official figures of millésime 2022
    # (data/epci.json of @etalab/decoupage-administratif 5.3.0: 123,389, 74,140, 35,369 and
    # 36,926 inhabitants; CC de Parthenay-Gâtine, 38 communes).
    territories = doc["territories"]
    assert (territories["year"], territories["version"]) == (2025, "5.3.0")
    differences = {d["field"]: d["params"].get("official") for d in territories["differences"]}
    assert differences == {
        "epcis[0].population.inhabitants": "123389",
        "epcis[1].population.inhabitants": "74140",
        "epcis[2].population.inhabitants": "35369",
        "epcis[3].name": "CC de Parthenay-Gâtine",
        "epcis[3].commune_count": "38",
        "epcis[3].population.inhabitants": "36926",
    }
    lines = err.strip().splitlines()
    assert all(line.startswith("avertissement : ") for line in lines)
    assert [
        line.removeprefix("avertissement : ").split(" : valeur")[0] for line in lines
    ] == expected["warnings"] + list(differences)


# --- report -----------------------------------------------------------------------------------
# The report's own figures are tested in test_report.py; here, what the command passes to it
# and where the output goes, read back from the real report.


def test_report_passes_dataset_date_rulebooks_and_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    doc = run_json(capsys, "-q", "report", "--on", "2021-06-30", "--format", "json")
    assert (doc["dataset"]["id"], doc["on"], doc["language"]) == (
        "charente-2021",
        "2021-06-30",
        "fr",
    )
    # The national rules then the Charente's own; the Loire's rule only when named.
    assert [r["id"] for r in doc["rulebooks"]] == ["national-2020", "cej", "charente-2021"]
    assert doc["financing"]["rulebook"] == "charente-2021"
    assert doc["comparison"]["totals"]["charente-2021"]["total"] == "566400.00"
    path = tmp_path / "regle.json"
    path.write_text(ctg.to_json(ctg.builtin_rulebook("cej")), encoding="utf-8")
    doc = run_json(
        capsys,
        "-q",
        "report",
        "--lang",
        "en",
        "--input",
        str(DEUX_SEVRES),
        "--rulebook",
        "national-2020",
        "--rulebook",
        str(path),
        "--detail",
        "cej",
        "--format",
        "json",
    )
    assert doc["dataset"]["id"] == "deux-sevres-2022" and doc["language"] == "en"
    assert [r["id"] for r in doc["rulebooks"]] == ["national-2020", "cej"]
    assert doc["on"] == date.today().isoformat() and doc["financing"]["rulebook"] == "cej"


def test_report_golden_figures_of_the_second_dataset(capsys: pytest.CaptureFixture[str]) -> None:
    from golden_deux_sevres import GOLDEN

    doc = run_json(
        capsys,
        "-q",
        "report",
        "--input",
        str(DEUX_SEVRES),
        "--on",
        GOLDEN["on"],
        *[
            arg
            for rulebook in ("national-2020", "cej", "charente-2021", "loire-cej-2015")
            for arg in ("--rulebook", rulebook)
        ],
        "--detail",
        "charente-2021",
        "--format",
        "json",
    )
    assert doc["coverage"]["percent"] == GOLDEN["coverage"]["percent_2dp"]
    for rulebook in ("national-2020", "cej", "charente-2021", "loire-cej-2015"):
        assert (
            doc["comparison"]["totals"][rulebook]["total"] == GOLDEN["maximum"][rulebook]["total"]
        )
    # The maxima above are on the contracted ETP (the source document's computation); the same
    # on the ETP in post, and the declared financing (the rulebook's choice, in post), with the
    # coordinators known on 30 June 2022.
    on_date = GOLDEN["in_post_on_date"]
    for rulebook in ("national-2020", "cej", "charente-2021", "loire-cej-2015"):
        in_post = doc["comparison"]["in_post"][rulebook]
        assert in_post["total"] == on_date["maximum"][rulebook]["total"]
    declared = doc["financing"]["declared"]
    assert declared["fte_paid"] == "in_post"
    assert declared["total"]["total"] == on_date["declared"]["charente-2021"]["total"]
    assert declared["total"]["parts"] == on_date["declared"]["charente-2021"]["parts"]
    gain = next(g for g in doc["comparison"]["gains"] if g["to"] == "national-2020")
    assert gain["total"] == GOLDEN["gain_cej_to_national"]["total"]
    gain = next(g for g in doc["comparison"]["gains_in_post"] if g["to"] == "national-2020")
    assert gain["total"] == on_date["gain_cej_to_national"]["total"]
    assert [c["convention_id"] for c in doc["deadlines"]["upcoming"]] == GOLDEN[
        "deadlines_18_months"
    ]["upcoming"]


def test_report_formats_and_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    on = ("--on", "2021-06-30")
    code, out, _ = run(capsys, "-q", "report", *on)
    assert code == 0 and out.startswith("# Les CTG en Charente (16) au 30 juin 2021\n")
    assert "566 400,00 €" in out
    assert run(capsys, "-q", "report", *on, "--format", "html")[1].startswith("<!DOCTYPE html>")
    comparison = run(capsys, "-q", "report", *on, "--format", "csv", "--table", "comparison")[1]
    rows = list(csv.DictReader(io.StringIO(comparison)))
    assert rows[-1]["epci"] == "total" and rows[-1]["national-2020"] == "354000.00"
    html = tmp_path / "build" / "rapport.html"
    html.parent.mkdir()
    code, out, err = run(capsys, "report", *on, "--html", str(html))
    assert code == 0 and out.startswith("# Les CTG en Charente")
    assert html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert f"écrit : {html}" in err
    tables = tmp_path / "tables"
    code, out, _ = run(capsys, "-q", "report", *on, "--format", "csv", "-o", str(tables))
    assert code == 0 and out == ""
    assert sorted(p.name for p in tables.iterdir()) == sorted(
        f"{name}.csv" for name in ctg.report._csv.TABLES
    )
    assert "566400.00" in (tables / "financing_maximum.csv").read_text(encoding="utf-8")
    single = tmp_path / "comparaison.csv"
    code, _, _ = run(
        capsys, "-q", "report", *on, "--format", "csv", "--table", "comparison", "-o", str(single)
    )
    assert code == 0
    with single.open(encoding="utf-8", newline="") as written:
        assert written.read().splitlines() == comparison.splitlines()


def test_report_option_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    cases = [
        (
            ["--format", "csv"],
            "--format csv: expected --table NAME to print one table on stdout, or -o DIR",
        ),
        (["--table", "coverage"], '--table: got "coverage"; expected it with --format csv only'),
        (
            ["--format", "csv", "--table", "nope"],
            '--table: got "nope"; expected one of the tables: coverage, trajectory, volume,',
        ),
        (
            ["--html", str(tmp_path / "absent" / "r.html")],
            f"--html: cannot write {tmp_path / 'absent' / 'r.html'}",
        ),
        (
            ["--on", "30/06/2021"],
            '--on: got "30/06/2021"; expected a calendar date written YYYY-MM-DD',
        ),
        (["--rulebook", "nope"], '--rulebook: got "nope"; expected a built-in rulebook'),
        (
            ["--rulebook", "cej", "--detail", "charente-2021"],
            '--detail: got "charente-2021"; expected one of the report\'s rulebooks: cej',
        ),
        (
            ["--dataset", "nope"],
            '--dataset: got "nope"; expected the id of a built-in dataset: charente-2021',
        ),
    ]
    for argv, message in cases:
        code, out, err = run_en(capsys, "-q", "report", "--on", "2021-06-30", *argv)
        assert code == 2 and out == "", argv
        assert message in one_error_line(err, "report", "en"), argv


# --- inputs and outputs -----------------------------------------------------------------------


def test_missing_input_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    absent = tmp_path / "absent.json"
    code, out, err = run_en(capsys, "finance", "--input", str(absent))
    assert code == 2 and out == ""
    assert (
        one_error_line(err, "finance", "en")
        == f"ctg finance: error: --input: no such file: {absent}"
    )
    code, _, err = run_en(capsys, "finance", "--rulebook", str(absent))
    assert code == 2 and f"--rulebook: no such file: {absent}" in one_error_line(
        err, "finance", "en"
    )
    code, _, err = run_en(capsys, "validate", "--input", str(tmp_path))
    assert code == 2 and "expected a file, not a directory" in one_error_line(err, "validate", "en")


def test_unknown_dataset_and_rulebook_names(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_en(capsys, "deadlines", "--dataset", "gironde-2023")
    line = one_error_line(err, "deadlines", "en")
    assert (
        code == 2
        and '--dataset: got "gironde-2023"; expected the id of a built-in dataset: charente-2021'
        in line
    )
    code, _, err = run_en(capsys, "finance", "--rulebook", "gironde")
    line = one_error_line(err, "finance", "en")
    assert code == 2
    assert (
        '--rulebook: got "gironde"; expected a built-in rulebook '
        "(cej, charente-2021, loire-cej-2015, national-2020)" in line
    )
    code, _, err = run_en(capsys, "grid", "--grid", "gironde")
    assert (
        code == 2
        and 'got "gironde"; expected a built-in grid (charente-2021)'
        in one_error_line(err, "grid", "en")
    )


@pytest.mark.parametrize("value", ["2021-02-30", "30/06/2021", "hier"])
def test_bad_on_date(capsys: pytest.CaptureFixture[str], value: str) -> None:
    code, out, err = run_en(capsys, "finance", "--on", value)
    line = one_error_line(err, "finance", "en")
    assert code == 2 and out == ""
    assert line.startswith(
        f'ctg finance: error: --on: got "{value}"; expected a calendar date written YYYY-MM-DD'
    )


def test_bad_year(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_en(capsys, "finance", "--year", "21")
    assert (
        code == 2
        and '--year: got "21"; expected a year between 1900 and 2199'
        in one_error_line(err, "finance", "en")
    )
    code, _, err = run_en(capsys, "finance", "--year", "2021", "--on", "2021-06-30")
    assert code == 2 and "not allowed with argument" in err


def test_unwritable_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    regular = tmp_path / "fichier"
    regular.write_text("x", encoding="utf-8")
    target = regular / "sortie.md"  # its parent is a regular file: never writable, even as root
    code, out, err = run_en(capsys, "finance", "--on", "2021-06-30", "-o", str(target))
    assert code == 2 and out == ""
    assert (
        one_error_line(err, "finance", "en")
        == f"ctg finance: error: -o: cannot write {target}: {regular} is not a directory"
    )
    code, _, err = run_en(capsys, "finance", "-o", str(tmp_path / "absent" / "x.md"))
    assert code == 2 and f"directory {tmp_path / 'absent'} does not exist" in one_error_line(
        err, "finance", "en"
    )
    code, _, err = run_en(capsys, "finance", "-o", str(tmp_path))
    assert code == 2 and "expected a file path, not a directory" in one_error_line(
        err, "finance", "en"
    )
    code, _, err = run_en(capsys, "report", "--format", "csv", "-o", str(regular))
    assert code == 2 and "expected a directory (one CSV file per table)" in one_error_line(
        err, "report", "en"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fichier"]


def test_output_file_is_written_atomically(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "financement.json"
    code, out, err = run(
        capsys,
        "finance",
        "--on",
        "2021-06-30",
        "--format",
        "json",
        "--fte",
        "contracted",
        "-o",
        str(path),
    )
    assert code == 0 and out == "" and err.strip().endswith(f"écrit : {path}")
    assert json.loads(path.read_text(encoding="utf-8"))["total"]["total"] == "566400.00"
    assert [p.name for p in tmp_path.iterdir()] == ["financement.json"]  # no temporary left
    # A failing run leaves the previous file untouched.
    code, _, _ = run(capsys, "finance", "--on", "2021-02-30", "--format", "json", "-o", str(path))
    assert (
        code == 2 and json.loads(path.read_text(encoding="utf-8"))["total"]["total"] == "566400.00"
    )


def test_dash_output_is_stdout(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run_en(
        capsys, "-q", "rules", "--on", "2021-06-30", "--format", "json", "-o", "-"
    )
    assert code == 0 and json.loads(out)["on"] == "2021-06-30"
    code, _, err = run_en(capsys, "grid", "--format", "xlsx", "-o", "-")
    assert code == 2 and "expected -o FILE" in one_error_line(err, "grid", "en")


def test_write_file_leaves_no_half_file(tmp_path: Path) -> None:
    target = tmp_path / "rapport.html"

    def fails(temporary: str) -> None:
        Path(temporary).write_text("<html>moitié", encoding="utf-8")
        raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError):
        _cli_common.write_file(target, fails)
    assert list(tmp_path.iterdir()) == []


def test_debug_reraises(tmp_path: Path) -> None:
    with pytest.raises(_cli_common.UsageError, match="--dataset"):
        cli.main(["--debug", "finance", "--dataset", "nope"])
    with pytest.raises(ctg.ValidationError, match="error"):
        cli.main(["finance", "--debug", "--input", str(broken_dataset(tmp_path))])


# --- the installed script ---------------------------------------------------------------------

needs_script = pytest.mark.skipif(
    not SCRIPT.exists(), reason=f"{SCRIPT} is not installed (make venv)"
)


def script(*argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SCRIPT), *argv], cwd=cwd, capture_output=True, text=True, timeout=120, check=False
    )


@needs_script
def test_script_success_and_json_on_stdout(tmp_path: Path) -> None:
    done = script(
        "finance", "--on", "2021-06-30", "--format", "json", "--fte", "contracted", cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["total"]["total"] == "566400.00"
    assert done.stderr.startswith("avertissement : ")


@needs_script
@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["finance", "--dataset", "nope"], 2, "ctg finance : erreur : --dataset : valeur « nope »"),
        (["finance", "--bogus"], 2, "ctg finance : erreur : arguments non reconnus : --bogus"),
        (
            ["--lang", "en", "finance", "--on", "2021-13-01"],
            2,
            'ctg finance: error: --on: got "2021-13-01"',
        ),
        (
            ["scenario", "--set", "nope=1"],
            2,
            "ctg scenario : erreur : --set nope=1: parameter : valeur « nope »",
        ),
        (
            ["validate", "--input", "absent.json", "--lang", "en"],
            2,
            "ctg validate: error: --input: no such file: absent.json",
        ),
        (
            ["finance", "-o", "fichier/sortie.md"],
            2,
            "ctg finance : erreur : -o : impossible d’écrire fichier/sortie.md",
        ),
    ],
)
def test_script_usage_errors(tmp_path: Path, argv: list[str], code: int, message: str) -> None:
    (tmp_path / "fichier").write_text("x", encoding="utf-8")
    done = script(*argv, cwd=tmp_path)
    assert done.returncode == code and done.stdout == ""
    assert done.stderr.startswith(message) and len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr


@needs_script
def test_script_invalid_dataset_exits_1_without_traceback(tmp_path: Path) -> None:
    path = broken_dataset(tmp_path)
    done = script("validate", "--input", path.name, cwd=tmp_path)
    assert done.returncode == 1
    assert done.stdout.startswith(f"invalide : {path.name} — ")
    assert done.stderr.startswith(f"ctg validate : erreur : {path.name} : ")
    assert "Traceback" not in done.stderr + done.stdout


@needs_script
def test_script_debug_shows_the_traceback(tmp_path: Path) -> None:
    done = script("--debug", "finance", "--dataset", "nope", cwd=tmp_path)
    assert done.returncode != 0 and "Traceback" in done.stderr and "UsageError" in done.stderr


def test_python_dash_m_ctg(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ctg", "rules", "--on", "2021-06-30", "--format", "json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert {r["id"] for r in json.loads(done.stdout)["rulebooks"]} == set(
        ctg.builtin_rulebook_ids()
    )


def test_finance_warns_of_a_flat_aid_above_the_declared_expense(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # Haut Val de Sèvre's post, 1 ETP active 90 days of 2022: 24,000 × 90/365 = 5,917.81 €
    # under the national flat rate, above a declared expense lowered to 5,000 €.
    data = json.loads(DEUX_SEVRES.read_text(encoding="utf-8"))
    post = next(p for p in data["posts"] if p["id"] == "post-haut-val-de-sevre")
    post["expenses"][0]["amount"] = "5000.00"
    path = tmp_path / "deux-sevres.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    argv = ["finance", "--input", str(path), "--rulebook", "national-2020", "--year", "2022"]
    doc = run_json(capsys, *argv, "--basis", "declared")
    # After the parameters' warning (2022 is priced past the sources' 30 June 2021).
    assert doc["warnings"][0]["code"] == "financing.unconfirmed_parameters"
    assert doc["warnings"][1:] == [
        {
            "field": 'post["post-haut-val-de-sevre"].aid',
            "value": "5917.81",
            "expected": "an aid at most the expense the post declares for 2022 (5000.00 €): "
            "the flat amount per FTE pays more than the post costs",
            "code": "portfolio.aid_above_expense",
            "params": {"expense": "5000.00", "year": "2022"},
        }
    ]
    code, out, _ = run(capsys, *argv, "--basis", "declared")
    assert code == 0
    assert (
        'post["post-haut-val-de-sevre"].aid : valeur « 5917.81 » ; attendu une aide au plus égale '
        "à la dépense que le poste déclare pour 2022 (5000.00 €)" in out
    )


def test_deadlines_bilan_rule_is_printed_and_can_be_set(capsys: pytest.CaptureFixture[str]) -> None:
    """No source sets when a bilan is due: the library's rule (the last day) is printed as a
    reading [R]; `--bilan-months 6` moves every bilan 6 months before the last day (31/12/2022
    → 30/06/2022, a month end staying one)."""
    doc = run_json(capsys, "-q", "deadlines", "--on", "2021-06-30", "--format", "json")
    assert doc["bilan_rule"]["months_before_end"] == 0
    assert doc["bilan_rule"]["marks"] == ["reading"] and doc["bilan_rule"]["alternative"]
    assert {c["bilan_due"] for c in doc["upcoming"][:4]} == {"2022-12-31"}
    moved = run_json(
        capsys, "-q", "deadlines", "--on", "2021-06-30", "--bilan-months", "6", "--format", "json"
    )
    assert moved["bilan_rule"]["months_before_end"] == 6
    assert moved["bilan_rule"]["marks"] == ["scenario"]
    assert {c["bilan_due"] for c in moved["upcoming"][:4]} == {"2022-06-30"}
    code, out, _ = run(capsys, "-q", "deadlines", "--on", "2021-06-30")
    assert code == 0 and "Bilan dû : 0 mois avant le dernier jour de la convention" in out
    code, _, err = run(capsys, "-q", "deadlines", "--bilan-months", "-1")
    assert code == 2 and "--bilan-months" in err
