# SPDX-License-Identifier: MIT
"""The synthèse for elected officials (ctg/report/_synthese.py, synthese.html.j2,
`ctg report --audience elus`).

The figures of the first page are worked out by hand from the source document (Caf de la
Charente, « Les Conventions Territoriales Globales : la coordination », 30 June 2021) and from
the datasets, in the comments. The page is printed to PDF in Debian's Chromium and its pages
counted with pypdf: four A4 pages at most.
"""

from __future__ import annotations

import copy
import datetime
import io
import json
import os
import re
import string
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

import ctg
from ctg import _catalogue, cli
from ctg.report import Report, build_report
from ctg.report._synthese import render
from golden_deux_sevres import GOLDEN as DEUX_SEVRES_GOLDEN

HERE = Path(__file__).resolve().parent
DEUX_SEVRES = HERE / "data" / "deux-sevres-2022.json"
CHROMIUM = "/usr/bin/chromium"
NNBSP = "\u202f"  # French thousands separator
NBSP = "\u00a0"  # French space before € and %
MAX_PAGES = 4
CARDS = ["coverage", "coordination", "financing", "gain", "deadlines"]
SECTIONS = ["key-figures", "territories", "conventions", "sources"]


#: Every built-in rulebook, the national ones first as `ctg report` orders them.
EVERY_RULEBOOK = ["national-2020", "cej", "charente-2021", "loire-cej-2015"]


def _report(dataset: ctg.Dataset, on: datetime.date, language: str) -> Report:
    """The report with every built-in rulebook, Loire 2015 included (named with --rulebook), so
    that the synthèse's choice of the department's own rulebooks is tested."""
    return build_report(
        dataset,
        on=on,
        language=getattr(ctg.Language, language),
        rulebooks=[ctg.builtin_rulebook(i) for i in EVERY_RULEBOOK],
    )


CASES = {
    "charente-fr": (lambda: ctg.builtin_dataset("charente-2021"), datetime.date(2021, 6, 30), "fr"),
    "charente-en": (lambda: ctg.builtin_dataset("charente-2021"), datetime.date(2021, 6, 30), "en"),
    "deux-sevres-fr": (
        lambda: ctg.load_dataset_file(str(DEUX_SEVRES)),
        datetime.date(2022, 6, 30),
        "fr",
    ),
    "deux-sevres-en": (
        lambda: ctg.load_dataset_file(str(DEUX_SEVRES)),
        datetime.date(2022, 6, 30),
        "en",
    ),
}


@pytest.fixture(scope="module")
def reports() -> dict[str, Report]:
    return {name: _report(load(), on, language) for name, (load, on, language) in CASES.items()}


@pytest.fixture(scope="module")
def pages(reports: dict[str, Report]) -> dict[str, str]:
    return {name: report.to_synthese() for name, report in reports.items()}


# --- The page as text, by element id -------------------------------------------------------------


class _Texts(HTMLParser):
    """The text of every element that has an id (nested ids each get their text)."""

    VOID = frozenset({"br", "meta", "link", "img", "hr", "input"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str | None] = []
        self.texts: dict[str, str] = {}
        self.all: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            self.handle_data(" ")
            return
        ident = dict(attrs).get("id")
        if ident is not None:
            self.texts[ident] = ""
        self.open.append(ident)

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.VOID:
            self.open.pop()

    def handle_data(self, data: str) -> None:
        self.all.append(data)
        for ident in self.open:
            if ident is not None:
                self.texts[ident] += data


def texts(page: str) -> dict[str, str]:
    """Text by element id, whitespace collapsed (no-break spaces kept); "" is the whole page."""
    parser = _Texts()
    parser.feed(page)
    parser.close()
    assert parser.open == [], "unclosed elements"
    found = {k: re.sub(r"[ \t\n]+", " ", v).strip() for k, v in parser.texts.items()}
    found[""] = re.sub(r"[ \t\n]+", " ", "".join(parser.all)).strip()
    return found


def before_sources(page: str) -> str:
    """The text of the page up to the sources section."""
    found = texts(page)
    head, sources, _ = found[""].partition(found["sources"])
    assert sources, "no sources section"
    return head


def without_citations(page: str) -> str:
    """The page without the titles and quotes of the documents cited (in their language)."""
    page = re.sub(r'<td class="citation">.*?</td>', "", page, flags=re.DOTALL)
    return re.sub(r'<span class="document">.*?</span>', "", page, flags=re.DOTALL)


# --- The first page: figures worked out by hand --------------------------------------------------


def test_the_charente_key_figures_in_french(pages: dict[str, str]) -> None:
    card = texts(pages["charente-fr"])
    # Source document: « En Charente, depuis 2019, 100% des habitants sont couverts par une CTG »;
    # the dataset: 351,778 inhabitants in 9 EPCI (millésime 2018, in force in 2021: data/epci.json
    # of @etalab/decoupage-administratif 1.1.1), all covered. COG 2018-2022: 75 % in 2021.
    assert f"100,00{NBSP}% des habitants" in card["coverage"]
    assert f"351{NNBSP}778 habitants couverts sur 351{NNBSP}778" in card["coverage"]
    assert f"Objectif de la COG État–Cnaf pour 2021 : 75{NBSP}%" in card["coverage"]
    assert "objectif atteint (+25,00 points)" in card["coverage"]
    # Source document, ETP per EPCI in 2021.
    fte = [Decimal(x) for x in ("2.5", "4", "1.5", "1", "1.5", "1", "1.5", "1", "0.75")]
    assert sum(fte) == Decimal("14.75")
    assert "14,75 ETP" in card["coordination"]
    per_fte = (Decimal(351778) / sum(fte)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    assert per_fte == Decimal("23849.36")
    assert f"1 ETP pour 23{NNBSP}849,36 habitants" in card["coordination"]
    # charente-2021: 80 % of the expense within 48,000 € per ETP, 55 % bonus territoire and
    # 25 % fonds locaux; at the ceiling 48,000 € × 14.75 = 708,000 €.
    ceiling = Decimal(48000) * Decimal("14.75")
    assert ceiling * Decimal("0.80") == Decimal(566400)
    assert ceiling * Decimal("0.55") == Decimal(389400)
    assert ceiling * Decimal("0.25") == Decimal(177000)
    assert (
        f"566{NNBSP}400,00{NBSP}€ aide maximale 2021 (dépenses au plafond, ETP contractualisés)"
        in card["financing"]
    )
    # The declared expenses on the ETP in post (the rule's choice), as known on 30 June 2021:
    # 490,324.93 € (golden_charente_dated, worked out without ctg).
    assert (
        f"Sur les dépenses déclarées pour 2021, ETP en poste : 490{NNBSP}324,93{NBSP}€"
        in card["financing"]
    )
    assert f"dont Bonus territoire : 389{NNBSP}400,00{NBSP}€" in card["financing"]
    assert f"dont Fonds locaux de la Caf : 177{NNBSP}000,00{NBSP}€" in card["financing"]
    assert "Règle : Caf de la Charente : coordination CTG (2021)" in card["financing"]
    # Source document: 24,000 € per ETP (national flat rate) replacing 22,553 € per ETP on
    # average under the CEJ: +1,447 € per ETP, × 14.75 = +21,343.25 €. Under the Charente
    # rule: 38,400 € − 22,553 € = +15,847 € per ETP, × 14.75 = +233,743.25 €.
    assert Decimal(24000) - Decimal(22553) == Decimal(1447)
    assert Decimal(1447) * Decimal("14.75") == Decimal("21343.25")
    assert (Decimal(38400) - Decimal(22553)) * Decimal("14.75") == Decimal("233743.25")
    gain = card["gain"]
    assert (
        f"+1{NNBSP}447,00{NBSP}€ par ETP +21{NNBSP}343,25{NBSP}€ en tout "
        "Forfait national de la coordination CTG (2020), comparé à : Contrat enfance "
        "jeunesse : coordination, montant moyen par ETP (dépenses au plafond)"
    ) in gain
    assert (
        f"+15{NNBSP}847,00{NBSP}€ par ETP +233{NNBSP}743,25{NBSP}€ en tout "
        "Caf de la Charente : coordination CTG (2021), comparé à : Contrat enfance"
    ) in gain
    # A share of the expense at its maximum against a flat rate: said once, under that gain.
    note = "Une part de la dépense, ici à son maximum, face à un forfait"
    assert gain.count(note) == 1 and gain.index(note) > gain.index("Caf de la Charente")
    assert gain.index("Forfait national") < gain.index("Caf de la Charente")
    # 18 months after 30 June 2021, a month end: 31 December 2022. As known on 30 June 2021,
    # four terms (2019-2022) end that day: 4B Sud Charente, Coeur de Charente, Grand Angoulême,
    # Rouillacais (the prolongations of 4B and Grand Angoulême are signed in late 2022); the bilan
    # is due on the last day.
    assert (
        "Conventions prenant fin d'ici le 31 décembre 2022 (18 mois) : CTG CC des 4B "
        "Sud Charente : fin le 31 décembre 2022, bilan dû le 31 décembre 2022 CTG CC Coeur de "
        "Charente : fin le 31 décembre 2022" in card["deadlines"]
    )


def test_the_charente_key_figures_in_english(pages: dict[str, str]) -> None:
    card = texts(pages["charente-en"])
    assert "100.00% of inhabitants" in card["coverage"]
    assert "Target of the State–Cnaf COG for 2021: 75%" in card["coverage"]
    assert "14.75 FTE" in card["coordination"]
    assert "1 FTE for 23,849.36 inhabitants" in card["coordination"]
    assert (
        "€566,400.00 maximum aid 2021 (expenses at the ceiling, contracted FTE)"
        in card["financing"]
    )
    assert "of which Territory bonus: €389,400.00" in card["financing"]
    assert "of which Caf local funds: €177,000.00" in card["financing"]
    assert (
        "+€1,447.00 per FTE +€21,343.25 in all National flat rate for CTG coordination "
        "(2020), against: Contrat enfance jeunesse: average coordination financing per FTE"
        in card["gain"]
    )
    assert "+€15,847.00 per FTE +€233,743.25 in all" in card["gain"]
    assert (
        "Conventions ending by 31 December 2022 (18 months): CTG CC des 4B Sud Charente: ends on "
        "31 December 2022, review due on 31 December 2022 CTG CC Coeur de Charente: ends on "
        "31 December 2022" in card["deadlines"]
    )


def test_the_deux_sevres_key_figures(reports: dict[str, Report], pages: dict[str, str]) -> None:
    card = texts(pages["deux-sevres-fr"])
    golden = DEUX_SEVRES_GOLDEN
    # The test dataset: 258,000 inhabitants, 228,000 covered (Haut Val de Sèvre's CTG starts on
    # 3 October 2022): 88.372… % against the COG target of 85 % in 2022.
    assert (Decimal(228000) / Decimal(258000) * 100).quantize(Decimal("0.01")) == Decimal("88.37")
    assert f"88,37{NBSP}% des habitants" in card["coverage"]
    assert "objectif atteint (+3,37 points)" in card["coverage"]
    assert "Non couverts : CC Haut Val de Sèvre" in card["coverage"]
    # ETP in force on 30 June 2022 (Haut Val de Sèvre's CTG starts on 3 October 2022): 2.3 + 2
    # + 1.25 = 5.55 in 4 posts; 258,000 / 5.55 = 1,720,000 / 37 = 46,486.486… → 46,486.49.
    assert "5,55 ETP" in card["coordination"]
    assert f"1 ETP pour 46{NNBSP}486,49 habitants" in card["coordination"]
    assert "Postes de coordination : 4" in card["coordination"]
    # No rule of its own: the national flat rate, 24,000 € per ETP. The maximum aid is the
    # source document's computation, on the CONTRACTED ETP, Haut Val de Sèvre's post from
    # 3 October 2022 (90 days of 365): 24,000 × (2.3 + 2 + 1.25) + 24,000 × 90 / 365.
    financing = reports["deux-sevres-fr"].data["financing"]
    assert financing["maximum"]["fte_paid"] == "contracted"
    prorated = (Decimal(24000) * 90 / 365).quantize(Decimal("0.01"), ROUND_HALF_UP)
    assert prorated == Decimal("5917.81")
    assert Decimal(24000) * Decimal("5.55") + prorated == Decimal("139117.81")
    assert golden["maximum"]["national-2020"]["total"] == "139117.81"
    assert f"139{NNBSP}117,81{NBSP}€ aide maximale 2022" in card["financing"]
    assert "Règle : Forfait national de la coordination CTG (2020)" in card["financing"]
    # The declared expenses are financed on the rulebook's own ETP, the ETP IN POST, with the
    # coordinators known on 30 June 2022: Niortais 2.3 all year; Bocage boc-1 all year + boc-2 to
    # 31 May (151 days), boc-3 (from 1 July) not yet known; Thouarsais th-1 0.25 all year + th-2
    # from 1 April (275 days); Haut Val de Sèvre vacant (hvs-1 from 3 October not yet known): 0.
    # A flat amount per ETP reads no expense: Bocage Bressuirais, which declares none for 2022,
    # is financed all the same, and the declared basis gives the maximum on the ETP in post.
    assert financing["declared"]["fte_paid"] == golden["in_post_on_date"]["fte_basis"]
    cent = Decimal("0.01")
    in_post = [
        Decimal(24000) * Decimal("2.3"),
        (Decimal(24000) * (365 + 151) / 365).quantize(cent, ROUND_HALF_UP),  # 33,928.77
        (Decimal(24000) * (Decimal("91.25") + 275) / 365).quantize(cent, ROUND_HALF_UP),
        Decimal("0.00"),
    ]
    assert in_post[1:3] == [Decimal("33928.77"), Decimal("24082.19")]
    assert sum(in_post) == Decimal("113210.96")
    for basis in ("declared", "maximum"):
        assert golden["in_post_on_date"][basis]["national-2020"]["total"] == "113210.96"
    assert (
        f"Sur les dépenses déclarées pour 2022, ETP en poste : 113{NNBSP}210,96{NBSP}€"
        in card["financing"]
    )
    assert "Sans dépense déclarée" not in card["financing"]
    # Gain over the CEJ (22,553 € per ETP, prorated alike):
    # 1,447 × 5.55 + (5,917.81 − 5,561.01).
    cej_prorated = (Decimal(22553) * 90 / 365).quantize(Decimal("0.01"), ROUND_HALF_UP)
    gain = Decimal(1447) * Decimal("5.55") + prorated - cej_prorated
    assert gain == Decimal("8387.65")
    # The gain compares the maxima, on the contracted ETP like them.
    assert golden["gain_cej_to_national"]["total"] == "8387.65"
    assert golden["gain_cej_to_national"]["per_fte"] == "1447.00"
    # Per FTE-year financed: 5.55 FTE all year + 1 FTE for 90/365 of it.
    fte_years = Fraction(555, 100) + Fraction(90, 365)
    per_fte_year = Fraction(gain) / fte_years
    assert round(per_fte_year * 100) == 144700  # 1,447.0009… → 1,447.00
    assert f"+1{NNBSP}447,00{NBSP}€ par ETP" in card["gain"]
    assert f"+8{NNBSP}387,65{NBSP}€ en tout" in card["gain"]
    # Only the rule of the department: no gain under the Charente rule here.
    assert card["gain"].count("comparé à") == 1
    assert "Caf de la Charente : coordination CTG" not in texts(pages["deux-sevres-fr"])[""]
    # Its prolongation to 30 June 2023 is signed on 20 October 2022, after the date: on 30 June
    # 2022 the Niortais CTG ends on 31 December 2022.
    assert (
        "CTG de la CA du Niortais : fin le 31 décembre 2022, bilan dû le 31 décembre 2022"
        in card["deadlines"]
    )


# --- What elected officials see and do not see -------------------------------------------------


@pytest.mark.parametrize("name", list(CASES))
def test_sections_in_order_and_the_first_page_cards(pages: dict[str, str], name: str) -> None:
    page = pages[name]
    assert [page.index(f'id="{s}"') for s in SECTIONS] == sorted(
        page.index(f'id="{s}"') for s in SECTIONS
    )
    found = texts(page)
    for card in CARDS:
        assert found.get(card), card
    assert page.index('id="deadlines"') < page.index('id="territories"')


@pytest.mark.parametrize("name", list(CASES))
def test_names_not_ids_and_marks_on_the_sources_page_only(
    pages: dict[str, str], reports: dict[str, Report], name: str
) -> None:
    page = pages[name]
    assert not re.search(r"\b(post|ctg)-[a-z0-9]", page), "a post or convention id"
    assert not re.search(r"\[[DPIS]\]", before_sources(page)), "a mark"
    assert re.search(r"\[D\]", texts(page)["sources"])
    data = reports[name].data
    for rulebook in data["rulebooks"]:
        assert rulebook["id"] not in page, rulebook["id"]
    for epci in data["coverage"]["epcis"]:
        assert epci["name"] in texts(page)["territories"]
        assert epci["siren"] not in page
    assert "loire" not in page.lower()


@pytest.mark.parametrize("name", list(CASES))
def test_no_word_of_the_other_language(
    pages: dict[str, str], reports: dict[str, Report], name: str
) -> None:
    language = reports[name].data["language"]
    other = "en" if language == "fr" else "fr"
    text = texts(without_citations(pages[name]))[""]
    mine = " ".join(t[language] for t in _catalogue.entries().values())
    foreign = set()
    for key, templates in _catalogue.entries().items():
        if key.startswith("synthese.") and templates["fr"] != templates["en"]:
            for literal, *_ in string.Formatter().parse(templates[other]):
                literal = literal.strip(" :.,;()")
                if len(literal) >= 6 and literal not in mine:
                    foreign.add(literal)
    data = reports[name].data
    labels = [r["label"] for r in data["rulebooks"]]
    labels += [p["label"] for p in data["financing"]["maximum"]["parts"]]
    if data["evaluation"] is not None:
        labels += [s["title"] for s in data["evaluation"]["sections"]]
        labels += [data["evaluation"]["grid"]["label"]]
    labels += [data["dataset"]["label"]]
    foreign |= {label[other] for label in labels if label[other] != label[language]}
    assert len(foreign) > 50
    assert [word for word in sorted(foreign) if word in text] == []


def test_the_page_is_self_contained_and_escaped(reports: dict[str, Report]) -> None:
    page = reports["charente-fr"].to_synthese()
    assert page.startswith("<!DOCTYPE html>") and '<html lang="fr">' in page
    assert "<script" not in page and "<img" not in page and "<link" not in page
    assert "@media print" in page and "size: A4" in page
    data = copy.deepcopy(reports["charente-fr"].data)
    data["coverage"]["epcis"][0]["name"] = "<b>Angoulême</b>"
    marked = render(data)
    assert "&lt;b&gt;Angoulême&lt;/b&gt;" in marked and "<b>Angoulême" not in marked


def test_a_report_without_target_cej_deadlines_or_evaluation() -> None:
    """In 2030 the COG 2018-2022 sets no target and every Charente convention has ended; with
    the national flat rate alone there is no CEJ to compare with."""
    report = build_report(
        ctg.builtin_dataset("charente-2021"),
        on=datetime.date(2030, 6, 30),
        rulebooks=[ctg.builtin_rulebook("national-2020")],
    )
    card = texts(report.to_synthese())
    assert "Pas d'objectif de la COG pour cette date." in card["coverage"]
    assert f"0,00{NBSP}% des habitants" in card["coverage"]
    assert "Le rapport ne compare pas les règles au CEJ." in card["gain"]
    assert (
        "Aucune convention ne prend fin d'ici le 31 décembre 2031 (18 mois)." in card["deadlines"]
    )
    assert "Échéance suivante" not in card["deadlines"]
    data = copy.deepcopy(report.data)
    data["evaluation"] = None
    assert "Aucune évaluation annuelle au 30 juin 2030." in texts(render(data))["conventions"]


@pytest.mark.parametrize(
    ("language", "caption", "overall"),
    [
        ("fr", "Évaluation annuelle 2021 de la fonction de coordination", "(312 sur 617)"),
        ("en", "Yearly evaluation 2021 of the coordination function", "(312 of 617)"),
    ],
)
def test_the_evaluation_is_shown_once_filled(
    pages: dict[str, str], language: str, caption: str, overall: str
) -> None:
    """The grids of 2021 are filled from 18 January 2022: on 30 June 2021 the page has no
    evaluation, on 30 June 2022 it rolls up the nine grids of 2021."""
    before = texts(pages[f"charente-{language}"])["conventions"]
    assert caption not in before
    later = _report(ctg.builtin_dataset("charente-2021"), datetime.date(2022, 6, 30), language)
    text = texts(later.to_synthese())["conventions"]
    assert caption in text and overall in text
    assert not [s for s in later.data["evaluation"]["sections"] if s["title"][language] not in text]


def test_rendered_from_the_json_alone(reports: dict[str, Report]) -> None:
    """The page is the report's data arranged: the JSON text gives the same bytes."""
    report = reports["deux-sevres-en"]
    assert render(json.loads(report.to_json())) == report.to_synthese()
    with pytest.raises(ValueError, match=r"format: got 'ctg.report/0'; expected 'ctg.report/1'"):
        render({**report.data, "format": "ctg.report/0"})


# --- The command line --------------------------------------------------------------------------


def test_ctg_report_audience(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, pages: dict[str, str]
) -> None:
    french, english = tmp_path / "elus.html", tmp_path / "officials.html"
    assert (
        cli.main(
            [
                "report",
                "--on",
                "2021-06-30",
                "--audience",
                "elus",
                "--format",
                "html",
                "-o",
                str(french),
            ]
        )
        == 0
    )
    assert french.read_text(encoding="utf-8") == pages["charente-fr"]
    assert (
        cli.main(
            [
                "--lang",
                "en",
                "report",
                "--on",
                "2021-06-30",
                "--audience",
                "officials",
                "--html",
                str(english),
            ]
        )
        == 0
    )
    out, _ = capsys.readouterr()
    assert english.read_text(encoding="utf-8") == pages["charente-en"]
    assert out.startswith("# ")  # the Markdown full report still goes to stdout
    full = tmp_path / "full.html"
    assert (
        cli.main(
            [
                "report",
                "--on",
                "2021-06-30",
                "--audience",
                "analysts",
                "--format",
                "html",
                "-o",
                str(full),
            ]
        )
        == 0
    )
    assert (
        full.read_text(encoding="utf-8")
        == build_report(
            ctg.builtin_dataset("charente-2021"),
            on=datetime.date(2021, 6, 30),
        ).to_html()
    )
    capsys.readouterr()
    assert cli.main(["report", "--on", "2021-06-30", "--audience", "elus"]) == 2
    _, err = capsys.readouterr()
    assert err.strip() == (
        "ctg report : erreur : --audience : valeur « elus » ; attendu cette option avec --format "
        "html ou --html FICHIER (la synthèse pour les élus est une page HTML ; md, json et csv "
        "donnent le rapport complet)"
    )
    assert cli.main(["report", "--on", "2021-06-30", "--audience", "elus", "--lang", "en"]) == 2
    _, err = capsys.readouterr()
    assert err.strip() == (
        'ctg report: error: --audience: got "elus"; expected it with --format '
        "html or --html FILE (the synthèse for elected officials is an HTML "
        "page; md, json and csv are the full report)"
    )


# --- In a real browser -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def printed(
    pages: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[bytes, list[str], list[str], str]]:
    """Each page opened in Chromium and printed to PDF: (pdf, problems, requests, its URI)."""
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is absent (Debian package chromium, installed by make test)")
    from playwright.sync_api import sync_playwright

    folder = tmp_path_factory.mktemp("synthese")
    found = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
            ],
        )
        try:
            for name, page in pages.items():
                path = folder / f"{name}.html"
                path.write_text(page, encoding="utf-8")
                problems: list[str] = []
                requests: list[str] = []
                tab = browser.new_page()
                tab.on(
                    "console",
                    lambda m, problems=problems: (
                        problems.append(f"console {m.type}: {m.text}")
                        if m.type == "error"
                        else None
                    ),
                )
                tab.on("pageerror", lambda e, problems=problems: problems.append(f"{e}"))
                tab.on("requestfailed", lambda r, problems=problems: problems.append(r.url))
                tab.on("request", lambda r, requests=requests: requests.append(r.url))
                tab.goto(path.as_uri(), wait_until="load")
                assert tab.evaluate("document.documentElement.lang") == name[-2:]
                found[name] = (
                    tab.pdf(format="A4", print_background=True),
                    problems,
                    requests,
                    path.as_uri(),
                )
                tab.close()
        finally:
            browser.close()
    return found


@pytest.mark.parametrize("name", list(CASES))
def test_chromium_opens_it_without_error(printed: dict[str, Any], name: str) -> None:
    _, problems, requests, uri = printed[name]
    assert problems == []
    assert requests == [uri]  # the page itself, nothing else


@pytest.mark.parametrize("name", list(CASES))
def test_it_prints_on_four_a4_pages_at_most(printed: dict[str, Any], name: str) -> None:
    pypdf = pytest.importorskip("pypdf", reason="pypdf counts the pages (the test extra)")
    reader = pypdf.PdfReader(io.BytesIO(printed[name][0]))
    # One page per section: key figures, territories, conventions, sources.
    assert len(reader.pages) == MAX_PAGES
    # A4, 210 × 297 mm: 595.3 × 841.9 points (Chromium rounds to whole pixels at 96 dpi).
    width, height = (Decimal(str(x)) for x in reader.pages[0].mediabox[2:])
    assert abs(width - Decimal("595.3")) < 2 and abs(height - Decimal("841.9")) < 2
    # The text of each page, its ligatures (ﬀ, ﬃ) spelt out.
    text = [unicodedata.normalize("NFKC", page.extract_text()) for page in reader.pages]
    assert ("Chiffres clés" if name.endswith("fr") else "Key figures") in text[0]
    assert "Sources" in text[-1] and "[D]" in text[-1]
    assert "[D]" not in "".join(text[:-1])


def test_the_module_example() -> None:
    import doctest

    from ctg.report import _synthese

    result = doctest.testmod(_synthese)
    assert result.attempted >= 3 and result.failed == 0


def test_the_sources_page_marks_derived_and_read_parameters(pages: dict[str, str]) -> None:
    """The 25 % of Caf local funds is derived (80 % − 55 %): marked [C] with its derivation;
    the ceiling read per ETP is marked [R] (the report gives the reading rejected)."""
    sources = pages["charente-fr"].split('id="sources"')[1]
    assert "[C] calcul : 80 % − 55 %" in sources
    assert "[R]" in sources and "lecture retenue" in sources
    english = pages["charente-en"].split('id="sources"')[1]
    assert "[C] derivation: 80 % − 55 %" in english and "reading" in english
