# SPDX-License-Identifier: MIT
"""`ctg compare` (ctg/_cli_compare.py): two rulebooks side by side per post, EPCI and funding
part, with what is compared said in the title. The figures are worked out by hand from the
source document (Caf de la Charente, réunion réseau CTG du 30 juin 2021: 14.75 ETP; 24,000 € per
ETP; 80 % of the expense within 48,000 € per ETP, of which 55 % bonus territoire and 25 % fonds
locaux) and from the test dataset deux-sevres-2022.json, never copied from the program."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from test_cli import (
    CHARENTE_MAXIMUM,
    CHARENTE_PARTS,
    DEUX_SEVRES,
    one_error_line,
    run,
    run_csv,
    run_en,
    run_json,
)

NATIONAL_VS_CHARENTE = ["--rulebook", "national-2020", "--rulebook", "charente-2021"]
# The source document's figures are on the contracted ETP; the built-in rulebooks pay the ETP in
# post by default (test_compare_pays_the_etp_in_post_by_default).
CONTRACTED = ["--fte", "contracted"]
CHARENTE_2021 = [*NATIONAL_VS_CHARENTE, "--basis", "at_ceiling", "--year", "2021", *CONTRACTED]
DEUX_SEVRES_2022 = [
    "--input",
    str(DEUX_SEVRES),
    *NATIONAL_VS_CHARENTE,
    "--basis",
    "declared",
    "--year",
    "2022",
    *CONTRACTED,
]


# --- Charente 2021, at the ceiling ------------------------------------------------------------


def test_charente_2021_at_the_ceiling_in_total_and_per_part(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """14.75 ETP: 24,000 € × 14.75 = 354,000.00 → 80 % × 48,000 € × 14.75 = 566,400.00, that is
    +212,400.00 €, +14,400 € per ETP (38,400 − 24,000). The flat rate has no parts, so each part
    of the Charente rule goes from 0: 55 % × 708,000 = 389,400.00, 25 % × 708,000 = 177,000.00."""
    doc = run_json(capsys, "-q", "compare", *CHARENTE_2021)
    assert doc["format"] == "ctg.cli.compare/1"
    assert (doc["dataset"], doc["year"], doc["basis"]) == ("charente-2021", 2021, "at_ceiling")
    assert doc["baseline"]["id"] == "national-2020" and doc["compared"]["id"] == "charente-2021"
    assert (doc["baseline"]["kind"], doc["compared"]["kind"]) == (
        "flat_per_fte",
        "share_of_expense",
    )
    assert doc["flat_rate_against_maximum"] is True
    total = doc["total"]
    assert (total["baseline"], total["compared"]) == (
        CHARENTE_MAXIMUM["national-2020"],
        CHARENTE_MAXIMUM["charente-2021"],
    )
    assert (total["contracted_fte"], total["delta"], total["delta_per_fte"]) == (
        "14.75",
        "212400.00",
        "14400.00",
    )
    assert [(p["id"], p["baseline"], p["compared"], p["delta"]) for p in total["parts"]] == [
        ("bonus_territoire", "0.00", "389400.00", "389400.00"),
        ("fonds_locaux", "0.00", "177000.00", "177000.00"),
    ]
    assert {p["id"]: p["compared"] for p in total["parts"]} == CHARENTE_PARTS
    assert doc["not_compared"] == []


def test_charente_2021_per_post_and_per_epci(capsys: pytest.CaptureFixture[str]) -> None:
    """Grand Cognac, 4 ETP: 4 × 24,000 = 96,000.00 → 80 % × 48,000 × 4 = 153,600.00 (+57,600.00,
    +14,400.00 per ETP); parts 55 % × 192,000 = 105,600.00 and 25 % × 192,000 = 48,000.00."""
    doc = run_json(capsys, "-q", "compare", *CHARENTE_2021)
    cognac = next(p for p in doc["posts"] if p["post_id"] == "post-grand-cognac")
    assert cognac["in_comparison"] is True and cognac["contracted_fte"] == "4"
    assert cognac["baseline"] == {"status": "financed", "aid": "96000.00"}
    assert cognac["compared"] == {"status": "financed", "aid": "153600.00"}
    assert (cognac["delta"], cognac["delta_per_fte"]) == ("57600.00", "14400.00")
    assert {p["id"]: p["delta"] for p in cognac["parts"]} == {
        "bonus_territoire": "105600.00",
        "fonds_locaux": "48000.00",
    }
    epci = next(e for e in doc["by_epci"] if e["label"] == "CA du Grand Cognac")
    assert (epci["baseline"], epci["compared"], epci["delta"]) == (
        "96000.00",
        "153600.00",
        "57600.00",
    )
    # Every ETP of the department gains the same 14,400 €: the lines add up to the total.
    assert sum(Decimal(p["delta"]) for p in doc["posts"]) == Decimal("212400.00")
    assert all(p["delta_per_fte"] == "14400.00" for p in doc["posts"])


def test_charente_2021_markdown_says_what_is_compared(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "-q", "compare", *CHARENTE_2021)
    assert code == 0
    assert out.startswith(
        "### Comparaison `national-2020` (forfait par ETP) → `charente-2021` (part de la "
        "dépense, plafonnée), dépense au plafond 2021 (aide maximale)\n"
    )
    assert "L'écart met donc en regard un forfait et un maximum" in out
    row = next(line for line in out.splitlines() if "`post-grand-cognac`" in line)
    cells = [cell.strip() for cell in row.strip("|").split("|")]
    assert cells[3:] == [
        "4",
        "96 000,00 €",
        "153 600,00 €",
        "57 600,00 €",
        "105 600,00 €",
        "48 000,00 €",
    ]
    # The per-EPCI table's total, with the difference per ETP.
    total = [line for line in out.splitlines() if line.startswith("| **Total Charente**")][-1]
    cells = [cell.strip() for cell in total.strip("|").split("|")]
    assert cells[1:6] == ["14,75", "354 000,00 €", "566 400,00 €", "212 400,00 €", "14 400,00 €"]
    code, out, _ = run_en(capsys, "-q", "compare", *CHARENTE_2021)
    assert code == 0
    assert out.startswith(
        "### Comparison `national-2020` (flat rate per FTE) → `charente-2021` (share of the "
        "expense, capped), expense at the ceiling 2021 (maximum aid)\n"
    )
    assert "The difference therefore sets a flat rate against a maximum" in out
    # The note names the flat rate whichever side it is on (cej: an average, per its label).
    argv = ["-q", "compare", "--rulebook", "charente-2021", "--rulebook", "cej", "--year", "2021"]
    argv += CONTRACTED
    code, out, _ = run(capsys, *argv)
    assert code == 0
    assert "À noter : `cej` verse un forfait par ETP" in out
    assert "alors que `charente-2021` est calculé ici sur la dépense au plafond" in out


def test_two_flat_rates_need_no_note_on_a_maximum(capsys: pytest.CaptureFixture[str]) -> None:
    """cej (22,553 € per ETP on average) → national-2020 (24,000 €): +1,447 € per ETP; both are
    flat amounts, so no word of a maximum."""
    argv = ["-q", "compare", "--rulebook", "cej", "--rulebook", "national-2020", "--year", "2021"]
    argv += CONTRACTED
    code, out, _ = run(capsys, *argv)
    assert code == 0 and "un forfait et un maximum" not in out
    assert "`cej` (forfait par ETP) → `national-2020` (forfait par ETP)" in out
    doc = run_json(capsys, *argv)
    assert doc["flat_rate_against_maximum"] is False
    # 354,000.00 − 22,553 × 14.75 = 354,000.00 − 332,656.75
    assert (doc["total"]["delta"], doc["total"]["delta_per_fte"]) == ("21343.25", "1447.00")


# --- Deux-Sèvres 2022, declared expenses --------------------------------------------------------


def test_deux_sevres_declared_one_post_worked_by_hand(capsys: pytest.CaptureFixture[str]) -> None:
    """post-niortais-social: 0.8 ETP all 2022 (convention 2019-01-01 → 2022-12-31), declared
    expense 31,234.56 € under the ceiling 48,000 × 0.8 = 38,400 €. National: 0.8 × 24,000 =
    19,200.00. Charente: 80 % × 31,234.56 = 24,987.648 → 24,987.65, of which 55 % × 31,234.56 =
    17,179.008 → 17,179.01 and 25 % × 31,234.56 = 7,808.64. Difference 5,787.65, per ETP
    5,787.65 / 0.8 = 7,234.5625 → 7,234.56."""
    doc = run_json(capsys, "-q", "compare", *DEUX_SEVRES_2022)
    assert (doc["dataset"], doc["basis"], doc["flat_rate_against_maximum"]) == (
        "deux-sevres-2022",
        "declared",
        False,
    )
    social = next(p for p in doc["posts"] if p["post_id"] == "post-niortais-social")
    assert (social["baseline"]["aid"], social["compared"]["aid"]) == ("19200.00", "24987.65")
    assert (social["delta"], social["delta_per_fte"]) == ("5787.65", "7234.56")
    assert [(p["id"], p["baseline"], p["compared"]) for p in social["parts"]] == [
        ("bonus_territoire", "0.00", "17179.01"),
        ("fonds_locaux", "0.00", "7808.64"),
    ]
    rows = {r["post_id"]: r for r in run_csv(capsys, "-q", "compare", *DEUX_SEVRES_2022)}
    row = rows["post-niortais-social"]
    assert (row["baseline"], row["compared"], row["delta"], row["delta_per_fte"]) == (
        "19200.00",
        "24987.65",
        "5787.65",
        "7234.56",
    )
    assert (row["delta_bonus_territoire"], row["delta_fonds_locaux"]) == ("17179.01", "7808.64")


def test_deux_sevres_post_without_expense_is_listed_not_compared(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """post-bocage-bressuirais declares no expense for 2022: the flat rate pays its 2 contracted
    ETP (2 × 24,000 = 48,000.00), the share of the expense cannot. It is left out of every line
    of the comparison and listed with its status under each rulebook."""
    doc = run_json(capsys, "-q", "compare", *DEUX_SEVRES_2022)
    assert doc["not_compared"] == [
        {
            "post_id": "post-bocage-bressuirais",
            "baseline_status": "financed",
            "compared_status": "missing_expense",
        }
    ]
    bocage = next(p for p in doc["posts"] if p["post_id"] == "post-bocage-bressuirais")
    assert bocage["in_comparison"] is False and bocage["delta"] is None and bocage["parts"] == []
    assert bocage["baseline"] == {"status": "financed", "aid": "48000.00"}
    epci = next(e for e in doc["by_epci"] if e["label"] == "CA du Bocage Bressuirais")
    assert (epci["contracted_fte"], epci["baseline"], epci["delta"]) == ("0", "0.00", "0.00")
    # The total holds the compared posts only: 6.55 ETP less Bocage's 2 = 4.55.
    assert doc["total"]["contracted_fte"] == "4.55"
    assert doc["total"]["delta"] == str(
        sum(Decimal(p["delta"]) for p in doc["posts"] if p["delta"] is not None)
    )
    rows = {r["post_id"]: r for r in run_csv(capsys, "-q", "compare", *DEUX_SEVRES_2022)}
    row = rows["post-bocage-bressuirais"]
    assert (row["baseline_status"], row["compared_status"], row["delta"]) == (
        "financed",
        "missing_expense",
        "",
    )
    code, out, _ = run(capsys, "-q", "compare", *DEUX_SEVRES_2022)
    assert code == 0
    assert "dépenses déclarées 2022" in out.splitlines()[0]
    listed = out.split("Postes financés sous un seul des deux barèmes")[1]
    line = next(line for line in listed.splitlines() if "`post-bocage-bressuirais`" in line)
    assert "financé (48 000,00 €)" in line and "dépense manquante (0,00 €)" in line
    code, out, _ = run_en(capsys, "-q", "compare", *DEUX_SEVRES_2022)
    assert "Posts financed under one of the two rulebooks only" in out


def test_a_flat_aid_above_the_declared_expense_is_warned(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Haut Val de Sèvre's post, 1 ETP active 90 days of 2022: 24,000 × 90/365 = 5,917.81 €
    under the national flat rate, above a declared expense lowered to 5,000 €: the warning of
    the baseline's financing reaches stderr and the JSON; the share of the expense pays
    80 % × 5,000 = 4,000.00 €, so the comparison shows −1,917.81 €."""
    data = json.loads(DEUX_SEVRES.read_text(encoding="utf-8"))
    post = next(p for p in data["posts"] if p["id"] == "post-haut-val-de-sevre")
    post["expenses"][0]["amount"] = "5000.00"
    path = tmp_path / "deux-sevres.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    argv = ["compare", "--input", str(path), *NATIONAL_VS_CHARENTE, "--basis", "declared"]
    doc = run_json(capsys, *argv, "--year", "2022")
    # Besides the parameters' warning (2022 is priced past the sources' 30 June 2021).
    above = [w for w in doc["baseline"]["warnings"] if w["code"] == "portfolio.aid_above_expense"]
    assert [w["value"] for w in above] == ["5917.81"]
    assert all(w["code"] != "portfolio.aid_above_expense" for w in doc["compared"]["warnings"])
    haut_val = next(p for p in doc["posts"] if p["post_id"] == "post-haut-val-de-sevre")
    assert (haut_val["baseline"]["aid"], haut_val["compared"]["aid"], haut_val["delta"]) == (
        "5917.81",
        "4000.00",
        "-1917.81",
    )
    code, _, err = run(capsys, *argv, "--year", "2022")
    assert code == 0
    assert 'avertissement : post["post-haut-val-de-sevre"].aid : valeur « 5917.81 »' in err


# --- bad usage ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "rulebooks",
    [["national-2020"], ["national-2020", "cej", "charente-2021"], []],
)
def test_compare_needs_exactly_two_rulebooks(
    capsys: pytest.CaptureFixture[str], rulebooks: list[str]
) -> None:
    argv = [item for rulebook in rulebooks for item in ("--rulebook", rulebook)]
    code, out, err = run(capsys, "compare", *argv, "--year", "2021")
    assert code == 2 and out == ""
    assert one_error_line(err, "compare") == (
        f"ctg compare : erreur : --rulebook : {len(rulebooks)} barème(s) donné(s) ; attendu "
        "exactement deux, le barème de référence puis celui à lui comparer (--rulebook "
        "national-2020 --rulebook charente-2021)"
    )
    code, out, err = run_en(capsys, "compare", *argv, "--year", "2021")
    assert code == 2 and out == ""
    assert one_error_line(err, "compare", "en") == (
        f"ctg compare: error: --rulebook: {len(rulebooks)} rulebook(s) given; expected exactly "
        "two, the baseline then the rulebook compared with it (--rulebook national-2020 "
        "--rulebook charente-2021)"
    )


def test_compare_unknown_rulebook_names_it(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_en(
        capsys, "compare", "--rulebook", "national-2020", "--rulebook", "gironde", "--year", "2021"
    )
    line = one_error_line(err, "compare", "en")
    assert code == 2 and '--rulebook: got "gironde"' in line and "charente-2021" in line


def test_compare_pays_the_etp_in_post_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    """Without --fte each built-in rulebook pays the ETP in post: Charente 2021 as known on 31
    December, 19,521/1,460 ETP-years (golden_charente_dated, worked out without ctg)."""
    from golden_charente_dated import GOLDEN_YEAR

    golden = GOLDEN_YEAR[2021]["totals"]
    argv = [*NATIONAL_VS_CHARENTE, "--basis", "at_ceiling", "--year", "2021"]
    doc = run_json(capsys, "-q", "compare", *argv)
    total = doc["total"]
    assert (total["baseline"], total["compared"]) == (
        golden["national-2020"]["in_post"]["total"],
        golden["charente-2021/at_ceiling"]["in_post"]["total"],
    )
    contracted = run_json(capsys, "-q", "compare", *argv, *CONTRACTED)["total"]
    assert (contracted["baseline"], contracted["compared"]) == (
        golden["national-2020"]["contracted"]["total"],
        golden["charente-2021/at_ceiling"]["contracted"]["total"],
    )
