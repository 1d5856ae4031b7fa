# SPDX-License-Identifier: MIT
"""The words and figures of the report's renderings (Markdown and HTML): one language at a
time, the dataset's own sources, and every key figure of the data written by the formatter.

The reports are the embedded Charente dataset on 30 June 2021 and the Deux-Sèvres test dataset
on 30 June 2022; the figures come from the report's data (checked against the source document
and hand computations in test_report.py) and a few are worked out here by hand.
"""

from __future__ import annotations

import datetime
import html
import re
from decimal import Decimal
from pathlib import Path

import pytest

import ctg
from ctg import _catalogue
from ctg.report import build_report
from golden_deux_sevres import GOLDEN as DEUX_SEVRES

DATA = Path(__file__).parent / "data"
NNBSP, NBSP = "\u202f", "\u00a0"
#: The document of the Charente slides, which a Deux-Sèvres report cites only for the rules
#: that read their parameters from it (national-2020, cej, charente-2021) and for the grid.
CHARENTE_DOCUMENT = "Caf de la Charente, « Les Conventions Territoriales Globales"

_WORD = re.compile(r"[^\W\d_]{3,}")
_FIELD = re.compile(r"\{[^}]*\}")


def _report(which: str, language: ctg.Language) -> ctg.report.Report:
    # every built-in rulebook, so that every label and sentence of the rulebooks is scanned
    rulebooks = [ctg.builtin_rulebook(i) for i in ctg.builtin_rulebook_ids()]
    if which == "charente":
        return build_report(
            ctg.builtin_dataset("charente-2021"),
            on=datetime.date(2021, 6, 30),
            rulebooks=rulebooks,
            language=language,
        )
    dataset = ctg.load_dataset_file(str(DATA / "deux-sevres-2022.json"))
    return build_report(
        dataset, on=datetime.date(2022, 6, 30), rulebooks=rulebooks, language=language
    )


@pytest.fixture(
    scope="module",
    params=[("charente", "fr"), ("charente", "en"), ("deux-sevres", "fr"), ("deux-sevres", "en")],
    ids=lambda p: "-".join(p),
)
def rendered(request: pytest.FixtureRequest) -> dict:
    which, lang = request.param
    report = _report(which, getattr(ctg.Language, lang))
    return {
        "which": which,
        "lang": lang,
        "data": report.data,
        "md": report.to_markdown(),
        "html": report.to_html(),
    }


def _words(language: str) -> set[str]:
    """The words of the report's catalogue entries and of the library's messages (the validation
    warnings) in `language` (fields left out)."""
    words: set[str] = set()
    for key, templates in _catalogue.entries().items():
        if key.startswith(("report.", "messages.")):
            words |= {w.lower() for w in _WORD.findall(_FIELD.sub(" ", templates[language]))}
    return words


def _warnings(data: object) -> list[dict]:
    """Every warning of the report's data: the dataset's validation warnings and the financings'
    (`financing.maximum.warnings`, `financing.declared.warnings`: `financing.vacant`, …)."""
    found: list[dict] = []
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "warnings" and isinstance(value, list):
                found += [w for w in value if isinstance(w, dict) and "field" in w]
            else:
                found += _warnings(value)
    elif isinstance(data, list):
        for value in data:
            found += _warnings(value)
    return found


def _visible_text(rendered: dict, form: str) -> str:
    """The text a reader sees, the warnings included (worded in the report's language from their
    message codes). Their fields and values are paths and data (the dataset's
    `posts[0].coordinators[0].training_days`, a financing's `post["post-…"].held`), not words of
    a language: left out."""
    text = rendered[form]
    if form == "html":
        text = re.sub(r"<svg.*?</svg>", " ", text, flags=re.DOTALL)  # chart geometry, not words
        text = re.sub(r"<style>.*?</style>", " ", text, flags=re.DOTALL)
        # unescaped before the warnings' data are left out: a `"` in a path is written &#34;
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    warnings = _warnings(rendered["data"])
    data = {d for w in warnings for d in (w["field"], w["value"], *w["params"].values()) if d}
    for d in sorted(data, key=len, reverse=True):  # a long path before a number inside it
        # whole tokens only: a field `on` is not the end of "raisons"
        text = re.sub(rf"(?<!\w){re.escape(d)}(?!\w)", " ", text)
    return text


@pytest.mark.parametrize("form", ["md", "html"])
def test_a_report_speaks_one_language(rendered: dict, form: str) -> None:
    other = "en" if rendered["lang"] == "fr" else "fr"
    foreign = _words(other) - _words(rendered["lang"])
    # Words of the other language that are also names in the data (people, places, documents).
    names = {w.lower() for w in _WORD.findall(_names(rendered["data"], rendered["lang"]))}
    found = {w.lower() for w in _WORD.findall(_visible_text(rendered, form))}
    assert sorted(found & (foreign - names)) == []


#: Keys of the data whose strings are identifiers or the library's English (enums, marks, the
#: warnings' English `expected`), not names a reader sees as text.
_CODES = {
    "evidence",
    "status",
    "basis",
    "kind",
    "rounding",
    "what",
    "unit",
    "marks",
    "language",
    "warnings",
    "generator",
    "rulebook",
    "rulebooks",
    "name_id",
}


def _names(data: dict, language: str) -> str:
    """The texts of the data that are not the catalogue's: names, citations, and the labels in
    the report's language (not the enums' identifiers, nor the warnings: their words must be the
    report's language, not excused as names)."""
    out: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, dict) and set(value) == {"fr", "en"}:
            walk(value[language])
        elif isinstance(value, dict):
            for key, v in value.items():
                if key not in _CODES:
                    walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(data)
    return " ".join(out)


def test_the_scan_finds_a_foreign_sentence() -> None:
    """The language scan is not empty: an English sentence in a French report is found."""
    english = _words("en") - _words("fr")
    sentence = _catalogue.text("report.md.spread_note", "en")
    assert {w.lower() for w in _WORD.findall(sentence)} & english


def test_the_legend_cites_the_dataset_s_own_documents(rendered: dict) -> None:
    documents = {s["document"] for s in rendered["data"]["sources"]["data"] if s["document"]}
    legend_md = rendered["md"].split("\n## 1.")[0]
    legend_html = (
        rendered["html"].split('<section class="legend" id="legend">')[1].split("</section>")[0]
    )
    for document in documents:
        assert document in legend_md
        assert document in html.unescape(legend_html)
    if rendered["which"] == "deux-sevres":
        assert "Jeu de test ctg deux-sevres-2022" in legend_md
        assert "Charente" not in legend_md and "Charente" not in legend_html


def test_deux_sevres_cites_charente_only_for_the_rules_read_there(rendered: dict) -> None:
    """The Deux-Sèvres report cites its own dataset's sources; the Charente slides appear only
    where a rulebook's parameter or method is read from them (the national flat rate, the CEJ
    average and the Charente rule, which the comparison uses)."""
    if rendered["which"] != "deux-sevres":
        pytest.skip("a Charente report cites the Charente slides")
    for line in rendered["md"].splitlines():
        if CHARENTE_DOCUMENT in line:
            marks = r"(\[D\]|\[C\]|\[R\])+"
            pattern = (
                rf"- {marks} `(national-2020|cej|charente-2021)` (\w+ = |(méthode|method) ?: )"
            )
            assert re.match(pattern, line), line
    sources = rendered["html"].split('<table class="data-sources">')[1].split("</table>")[0]
    assert "Charente" not in sources


def _groups(whole: str) -> list[str]:
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return [whole, *groups]


def _french(amount: str) -> str:
    """`354000.00` as the French report writes it (`354 000,00 €`), worked out without Babel."""
    whole, _, cents = amount.lstrip("-").partition(".")
    sign = "-" if amount.startswith("-") else ""
    return sign + NNBSP.join(_groups(whole)) + "," + cents + NBSP + "€"


def _english(amount: str) -> str:
    """`354000.00` as the English report writes it (`€354,000.00`), worked out without Babel."""
    whole, _, cents = amount.lstrip("-").partition(".")
    sign = "-" if amount.startswith("-") else ""
    return sign + "€" + ",".join(_groups(whole)) + "." + cents


def _key_amounts(data: dict) -> list[str]:
    """The amounts of the report's data that every rendering shows: the maxima on the contracted
    ETP and on the ETP in post, their gains, the financing of the department's rulebook."""
    financing = data["financing"]
    amounts = [t["total"] for t in data["comparison"]["totals"].values()]
    amounts += [a for t in data["comparison"]["totals"].values() for a in t["parts"].values()]
    amounts += [e["totals"][r] for e in data["comparison"]["by_epci"] for r in e["totals"]]
    amounts += [t["total"] for t in data["comparison"]["in_post"].values()]
    for gain in data["comparison"]["gains_in_post"]:
        amounts += [gain["total"]] + ([gain["per_fte"]] if gain["per_fte"] is not None else [])
    amounts += [financing["maximum"]["total"]["total"]]
    amounts += [e["total"] for e in financing["maximum"]["by_epci"]]
    if financing["declared"] is not None:
        amounts += [financing["declared"]["total"]["total"]]
        amounts += [e["total"] for e in financing["declared"]["by_epci"]]
    for gain in data["comparison"]["gains"]:
        amounts += [gain["total"], gain["per_fte"]]
    return amounts


@pytest.mark.parametrize("form", ["md", "html"])
def test_every_key_amount_of_the_data_is_written(rendered: dict, form: str) -> None:
    written = _french if rendered["lang"] == "fr" else _english
    text = html.unescape(rendered[form])
    missing = [a for a in _key_amounts(rendered["data"]) if written(a) not in text]
    assert missing == []


@pytest.mark.parametrize("form", ["md", "html"])
def test_the_figures_of_the_deux_sevres_report_against_the_golden(
    rendered: dict, form: str
) -> None:
    """The Deux-Sèvres report on 30 June 2022: the maxima and their gains on the CONTRACTED ETP
    (the source document's computation, GOLDEN "maximum"), side by side with the maxima and gains
    on the ETP IN POST with the coordinators known on the date (GOLDEN "in_post_on_date"); the
    declared expenses financed on the rulebook's own ETP, in post."""
    if rendered["which"] != "deux-sevres":
        pytest.skip("the golden figures are the Deux-Sèvres dataset's")
    g, data, text = DEUX_SEVRES, rendered["data"], html.unescape(rendered[form])
    fr = rendered["lang"] == "fr"
    written = _french if fr else _english

    def ratio(value: str) -> str:
        return value.replace(".", ",") if fr else value

    on_date = g["in_post_on_date"]
    comparison = data["comparison"]
    for rulebook_id, want in g["maximum"].items():
        assert comparison["totals"][rulebook_id]["total"] == want["total"]
        assert comparison["totals"][rulebook_id]["parts"] == want["parts"]
        in_post = on_date["maximum"][rulebook_id]
        assert comparison["in_post"][rulebook_id]["total"] == in_post["total"]
        assert (
            comparison["in_post"][rulebook_id]["fte_years"]["fraction"]
            == (in_post["fte_years_fraction"])
        )
        assert (
            comparison["contracted_fte_years"][rulebook_id]["fraction"]
            == (on_date["fte_years_total"]["contracted_fraction"])
        )
        for amount in (want["total"], *want["parts"].values(), in_post["total"]):
            assert written(amount) in text
    assert ratio(on_date["fte_years_total"]["contracted_2dp"]) in text  # 5,80
    assert ratio(on_date["fte_years_total"]["held_2dp"]) in text  # 4,72
    # Gains from the CEJ: on the contracted ETP, then on the ETP in post.
    contracted = {(x["from"], x["to"]): x for x in comparison["gains"]}
    held = {(x["from"], x["to"]): x for x in comparison["gains_in_post"]}
    want_gain, want_held = g["gain_cej_to_national"], on_date["gain_cej_to_national"]
    gain, gain_held = contracted["cej", "national-2020"], held["cej", "national-2020"]
    assert (gain["total"], gain["per_fte"]) == (want_gain["total"], want_gain["per_fte"])
    assert (gain_held["total"], gain_held["per_fte"]) == (want_held["total"], want_held["per_fte"])
    assert gain_held["fte_years"]["fraction"] == want_held["fte_years_fraction"]
    for amount in (want_gain["total"], want_held["total"], want_held["per_fte"]):
        assert written(amount) in text
    cej = Decimal(on_date["maximum"]["cej"]["total"])
    for rulebook_id in ("charente-2021", "loire-cej-2015"):
        delta = Decimal(on_date["maximum"][rulebook_id]["total"]) - cej  # 74 752,25 ; 34 969,91
        assert held["cej", rulebook_id]["total"] == f"{delta:.2f}"
        assert written(f"{delta:.2f}") in text
    # The financing of the report's rulebook: the maximum on the contracted ETP, the declared
    # expenses on the rulebook's own ETP (in post, coordinators known on 30 June 2022).
    financing = data["financing"]
    rulebook_id = financing["rulebook"]
    assert financing["maximum"]["fte_paid"] == "contracted"
    assert financing["maximum"]["total"]["total"] == g["maximum"][rulebook_id]["total"]
    assert financing["declared"]["fte_paid"] == on_date["fte_basis"]
    declared = on_date["declared"][rulebook_id]
    assert financing["declared"]["total"]["total"] == declared["total"]
    assert {e["id"]: e["total"] for e in financing["declared"]["by_epci"]} == declared["by_epci"]
    assert written(declared["total"]) in text
    # Haut Val de Sèvre is vacant on the date: the warning names its post.
    vacant = [w for w in financing["declared"]["warnings"] if w["code"] == "financing.vacant"]
    assert [w["field"] for w in vacant] == ['post["post-haut-val-de-sevre"].held']


def test_the_figures_of_the_charente_report_by_hand() -> None:
    """Figures worked out from the Caf de la Charente slides and the public populations."""
    md = _report("charente", ctg.Language.fr).to_markdown()
    fte = Decimal("14.75")
    assert _french(f"{24_000 * fte:.2f}") in md  # 354 000,00 €
    assert _french(f"{22_553 * fte:.2f}") in md  # 332 656,75 €
    assert _french(f"{Decimal('0.80') * 48_000 * fte:.2f}") in md  # 566 400,00 €
    assert _french(f"{(24_000 - 22_553) * fte:.2f}") in md  # 21 343,25 €
    # Millésime 2018 in force in 2021: 351,778 inhabitants (data/epci.json of
    # @etalab/decoupage-administratif 1.1.1, the nine EPCI summed by hand).
    assert f"351{NNBSP}778 / 351{NNBSP}778 habitants, soit 100,00{NBSP}%" in md
    # 351 778 inhabitants / 14.75 FTE = 23 849.355… → 23 849,36
    assert f"23{NNBSP}849,36" in md
    # The department's evaluation of 2021, known once the grids are filled (from 18/01/2022): 312
    # of 617 cells achieved = 50.57 % → 50,6 %; 755 of 774 cells answered.
    assert "(755/774)" not in md
    later = build_report(
        ctg.builtin_dataset("charente-2021"),
        on=datetime.date(2022, 6, 30),
        rulebooks=[ctg.builtin_rulebook(i) for i in ctg.builtin_rulebook_ids()],
    ).to_markdown()
    assert f"50,6{NBSP}%" in later and "(755/774)" in later


def test_a_pipe_in_a_name_does_not_break_a_markdown_table() -> None:
    from ctg.report._markdown import row, table

    out = table("\n".join([row("EPCI", "ETP"), row("CC A | B\nC", "1,5")]), "lr")
    assert out.splitlines() == [
        "| EPCI        | ETP |",
        "|:------------|----:|",
        "| CC A \\| B C | 1,5 |",
    ]
