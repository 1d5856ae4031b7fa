# SPDX-License-Identifier: MIT
"""Readings are never shown as facts: the evidence kinds `derived` (with its derivation) and
`reading` (with the reading it rejected), their marks [C] and [R] in every output that shows
marks, and the warning of parameters priced after the last date their source confirms them on.

The expected words come from the source document (Caf de la Charente, « Les Conventions
Territoriales Globales : la coordination », 30 June 2021, slide « La fonction de coordination en
Charente »): « à hauteur de 80 % de la dépense dans la limite d'un plafond de 48 000 € : 55 %/Etp
dans le cadre des bonus territoriaux, complétés par les fonds locaux » — 25 % = 80 % − 55 %.
"""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

import ctg
from ctg import cli


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out.replace("\u202f", " ").replace("\u00a0", " "), err


def line_of(text: str, word: str) -> str:
    return next(line for line in text.splitlines() if word in line)


# --- the kinds in the library ---------------------------------------------------------------


def test_derived_and_reading_provenances_carry_their_reasoning() -> None:
    cited = ctg.Source("Caf de la Charente, 30 juin 2021", "diapositive", "")
    derived = ctg.Provenance(ctg.Evidence.derived, cited, derivation="80 % − 55 %")
    assert derived.derivation == "80 % − 55 %" and derived.alternative == ""
    assert pickle.loads(pickle.dumps(derived)) == derived
    assert derived != ctg.Provenance(ctg.Evidence.derived, cited, derivation="80 % − 50 %")
    assert ctg.mark(ctg.Evidence.derived) == "[C]" and ctg.mark(ctg.Evidence.reading) == "[R]"
    marks = ctg.EvidenceMarks([ctg.Evidence.reading, ctg.Evidence.source_document])
    assert marks.to_string() == "[D][R]"


def test_charente_25_percent_is_derived_from_80_minus_55() -> None:
    rules = ctg.builtin_rulebook("charente-2021")
    (locals_,) = rules.parameter("part_fonds_locaux").segments
    assert locals_.origin.kind == ctg.Evidence.derived
    assert "80 % − 55 %" in locals_.origin.derivation
    (ceiling,) = rules.parameter("coordination_ceiling_per_fte").segments
    assert ceiling.origin.kind == ctg.Evidence.reading
    (rate,) = rules.parameter("coordination_rate").segments
    assert rate.origin.kind == ctg.Evidence.source_document
    assert rate.confirmed_on.isoformat() == "2021-06-30" and rate.start_alternative


def test_a_derived_segment_without_derivation_is_an_error_naming_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(ctg.to_json(ctg.builtin_rulebook("charente-2021")))
    del document["parameters"]["part_fonds_locaux"]["segments"][0]["derivation"]
    with pytest.raises(ctg.ValidationError) as caught:
        ctg.load_rulebook_json(json.dumps(document, ensure_ascii=False), "bad.json")
    (detail,) = caught.value.details
    assert detail.field == "parameters.part_fonds_locaux.segments[0].derivation"
    assert detail.code == "provenance.derivation_missing"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    code, _, err = run(capsys, "rules", str(path))
    assert code != 0
    assert "parameters.part_fonds_locaux.segments[0].derivation" in err
    assert "requis pour la preuve « derived »" in err


# --- ctg rules ----------------------------------------------------------------------------------


def test_rules_shows_the_25_percent_as_derived(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules", "charente-2021", "--on", "2021-06-30")
    assert code == 0
    row = line_of(out, "`part_fonds_locaux`")
    assert "[C] valeur calculée : 80 % − 55 %" in row
    ceiling = line_of(out, "`coordination_ceiling_per_fte`")
    assert "[R] lecture retenue ; lecture écartée : un plafond de 48 000 € par poste" in ceiling
    rate = line_of(out, "`coordination_rate`")
    assert "[D] document source" in rate and "confirmé par sa source au 30/06/2021" in rate
    code, out, _ = run(capsys, "rules", "charente-2021", "--on", "2021-06-30", "--lang", "en")
    assert "[C] derived: 80 % − 55 %" in line_of(out, "`part_fonds_locaux`")


# --- the report -------------------------------------------------------------------------------


def test_report_sources_mark_the_25_percent_derived(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "report", "--on", "2021-06-30")
    assert code == 0
    row = line_of(out, "`charente-2021` part_fonds_locaux")
    assert row.startswith("- [C][R] ") and "[C] calcul : 80 % − 55 %" in row
    assert "[D][R] `charente-2021` coordination_rate" in out
    code, out, _ = run(capsys, "report", "--on", "2021-06-30", "--format", "json")
    data = json.loads(out)
    (reading,) = [
        p
        for p in data["sources"]["parameters"]
        if p["rulebook"] == "charente-2021" and p["name"] == "part_fonds_locaux"
    ]
    assert reading["evidence"] == "derived" and "80 % − 55 %" in reading["derivation"]
    assert reading["marks"] == ["derived", "reading"]


@pytest.mark.parametrize(
    ("language", "derived", "reading"),
    [
        ("fr", "[C] valeur calculée : valeur calculée à partir", "[R] lecture retenue : lecture"),
        ("en", "[C] derived: value computed from sourced values", "[R] reading: a reading"),
    ],
)
def test_the_new_marks_have_a_legend_in_both_languages(
    capsys: pytest.CaptureFixture[str], language: str, derived: str, reading: str
) -> None:
    code, out, _ = run(capsys, "report", "--on", "2021-06-30", "--lang", language)
    assert code == 0
    assert derived in out and reading in out
    code, html, _ = run(
        capsys, "report", "--on", "2021-06-30", "--lang", language, "--format", "html"
    )
    assert "[C]" in html and "[R]" in html


# --- unconfirmed parameters -------------------------------------------------------------------


def test_pricing_after_the_source_date_warns(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "finance", "--rulebook", "charente-2021", "--on", "2024-06-30")
    assert code == 0
    assert "aucune source ne confirme les paramètres" in err and "après le 2021-06-30" in err
    assert "Avertissement : des paramètres sont lus" in out
    code, out, err = run(
        capsys,
        "finance",
        "--rulebook",
        "charente-2021",
        "--on",
        "2021-06-30",
        "--fte",
        "contracted",
    )
    assert code == 0
    assert "aucune source ne confirme" not in err and "Avertissement : des paramètres" not in out
    # 80 % × 48,000 € × 14.75 ETP = 566,400.00 €, as before the re-marking.
    assert "566 400,00 €" in out


def test_the_report_carries_the_warning(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "report", "--on", "2024-06-30")
    assert code == 0
    assert "Avertissement : des paramètres sont lus" in out
    assert "aucune source ne confirme les paramètres" in out
    code, out, _ = run(capsys, "report", "--on", "2021-06-30")
    assert "Avertissement : des paramètres sont lus" not in out
    code, out, _ = run(capsys, "report", "--on", "2024-06-30", "--format", "json")
    warnings = json.loads(out)["financing"]["maximum"]["warnings"]
    assert [w["code"] for w in warnings] == ["financing.unconfirmed_parameters"]
    assert warnings[0]["params"]["confirmed_on"] == "2021-06-30"


def test_financing_result_warns_in_python() -> None:
    post = ctg.PostInput(id="p", contracted_fte="1", basis=ctg.ExpenseBasis.at_ceiling)
    rules = ctg.builtin_rulebook("charente-2021")
    late = ctg.finance(rules, post, ctg.parse_date("2024-06-30"))
    assert [w.code for w in late.warnings] == ["financing.unconfirmed_parameters"]
    # 80 % × 48,000 € = 38,400.00 € on both dates.
    assert late.total == ctg.finance(rules, post, ctg.parse_date("2021-06-30")).total
    assert late.total.to_plain() == "38400.00"
    assert not ctg.finance(rules, post, ctg.parse_date("2021-06-30")).warnings
