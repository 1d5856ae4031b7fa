# SPDX-License-Identifier: MIT
"""The self-contained HTML department report (ctg/report/_html.py, _charts.py, report.html.j2).

The page is parsed with the standard library's HTMLParser into a small tree (which also checks
that the tags nest), then opened in Debian's Chromium through Playwright: no console error, no
failed or external request, the five charts laid out, a screenshot that is not blank.
"""

from __future__ import annotations

import datetime
import io
import json
import os
import re
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

import ctg
from ctg.report import build_report
from ctg.report._present import Figures, Labels

ON = datetime.date(2021, 6, 30)
# The grids of 2021 are filled from 18 January 2022: the first report date with five charts.
EVALUATED_ON = datetime.date(2022, 6, 30)
CHROMIUM = "/usr/bin/chromium"
NNBSP = "\u202f"
NBSP = "\u00a0"
CHART_IDS = [
    "chart-fte",
    "chart-inhabitants-per-fte",
    "chart-financing",
    "chart-comparison",
    "chart-evaluation",
]
VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}


# --- A small tree of the page ------------------------------------------------------------------


@dataclass
class Node:
    tag: str
    attrs: dict[str, str | None]
    children: list[Node | str] = field(default_factory=list)

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self, tag: str | None = None):
        for child in self.children:
            if isinstance(child, Node):
                if tag is None or child.tag == tag:
                    yield child
                yield from child.iter(tag)

    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())

    def find(self, tag: str, **attrs: str) -> Node:
        for node in self.iter(tag):
            if all(node.attrs.get(k) == v for k, v in attrs.items()):
                return node
        raise AssertionError(f"no <{tag} {attrs}>")


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]
        self.doctype = ""

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, dict(attrs))
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        assert len(self.stack) > 1 and self.stack[-1].tag == tag, (
            f"</{tag}> closes <{self.stack[-1].tag}>"
        )
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(page: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(page)
    builder.close()
    assert [n.tag for n in builder.stack] == ["#document"], "unclosed tags"
    assert builder.doctype.lower() == "doctype html"
    return builder.root


# --- Fixtures ----------------------------------------------------------------------------------


def _rulebooks() -> list[ctg.Rulebook]:
    return [ctg.builtin_rulebook(i) for i in ctg.builtin_rulebook_ids()]


@pytest.fixture(scope="module")
def report() -> ctg.report.Report:
    return build_report(ctg.builtin_dataset("charente-2021"), on=ON, rulebooks=_rulebooks())


@pytest.fixture(scope="module")
def page(report: ctg.report.Report) -> str:
    return report.to_html()


@pytest.fixture(scope="module")
def tree(page: str) -> Node:
    return parse(page)


@pytest.fixture(scope="module")
def english() -> str:
    return build_report(
        ctg.builtin_dataset("charente-2021"),
        on=ON,
        rulebooks=_rulebooks(),
        language=ctg.Language.en,
    ).to_html()


@pytest.fixture(scope="module")
def evaluated_page() -> str:
    """The page on 30 June 2022, when the grids of 2021 are known."""
    return build_report(
        ctg.builtin_dataset("charente-2021"), on=EVALUATED_ON, rulebooks=_rulebooks()
    ).to_html()


@pytest.fixture(scope="module")
def evaluated(evaluated_page: str) -> Node:
    return parse(evaluated_page)


# --- Structure ---------------------------------------------------------------------------------


def test_the_page_is_french_html_with_its_sections_in_order(tree: Node) -> None:
    html = tree.find("html")
    assert html.attrs["lang"] == "fr"
    assert tree.find("meta").attrs.get("charset") == "utf-8"
    headings = [h.text() for h in tree.iter("h2")]
    assert headings == [
        "Avertissements de validation",
        "Provenance des valeurs",
        "1. Vue d'ensemble",
        "2. Financement de la coordination",
        "3. Comparaison des règlements",
        "4. Échéances",
        "5. Évaluation de la fonction de coordination",
        "6. Sources",
    ]
    title = tree.find("h1").text()
    assert "Charente (16)" in title
    header = tree.find("header").text()
    assert "30/06/2021" in header and "charente-2021" in header
    assert "Charente (16) : EPCI, CTG et coordination" in header


def test_the_page_is_self_contained(tree: Node, page: str) -> None:
    assert not list(tree.iter("script"))
    for tag in (
        "link",
        "img",
        "script",
        "iframe",
        "object",
        "embed",
        "source",
        "video",
        "audio",
        "base",
    ):
        for node in tree.iter(tag):
            for attr in ("src", "href", "data"):
                value = node.attrs.get(attr) or ""
                assert not value.startswith(("http://", "https://", "//")), (tag, value)
    for style in tree.iter("style"):
        assert "url(" not in style.text() and "@import" not in style.text()
    # Links to the cited sources are the only web addresses, in <a href>.
    links = [a.attrs["href"] for a in tree.iter("a")]
    assert "https://caf42.fr/?p=8217" in links
    assert all(h.startswith(("#", "https://", "http://")) for h in links)
    assert "on" not in {name[:2] for node in tree.iter() for name in node.attrs}


def test_the_five_charts_are_inline_svg_with_a_title_and_a_caption(
    tree: Node, evaluated: Node
) -> None:
    # On 30 June 2021 no evaluation is known yet: no evaluation chart.
    assert [f.attrs["id"] for f in tree.iter("figure")] == CHART_IDS[:4]
    tree = evaluated
    figures = [f for f in tree.iter("figure") if "chart" in f.classes()]
    assert [f.attrs["id"] for f in figures] == CHART_IDS
    for figure in figures:
        svg = figure.find("svg")
        assert svg.attrs["role"] == "img"
        assert svg.find("title").text()
        assert figure.find("figcaption").text()
        ids = [n.attrs["id"] for n in svg.iter() if "id" in n.attrs]
        assert all(i.startswith(figure.attrs["id"] + "-") for i in ids)
    # Ids are unique across the charts of the page.
    all_ids = [n.attrs["id"] for n in tree.iter() if "id" in n.attrs]
    assert len(all_ids) == len(set(all_ids))


def test_the_charts_write_the_report_figures(tree: Node, evaluated: Node) -> None:
    def chart_text(chart_id: str, page: Node = tree) -> str:
        return " ".join(t.text() for t in page.find("figure", id=chart_id).iter("text"))

    assert "CA du Grand Angoulême" in chart_text("chart-fte")
    assert "0,75" in chart_text("chart-fte")
    assert f"56{NNBSP}710" in chart_text("chart-inhabitants-per-fte")  # 141,776 / 2.5
    financing = chart_text("chart-financing")
    assert f"153{NNBSP}600,00{NBSP}€" in financing
    assert "Bonus territoire" in financing and "Fonds locaux de la Caf" in financing
    comparison = chart_text("chart-comparison")
    assert f"354{NNBSP}000,00{NBSP}€ (+21{NNBSP}343,25{NBSP}€)" in comparison
    evaluation = chart_text("chart-evaluation", evaluated)
    assert "81,0" in evaluation and "Département" in evaluation and "sans donnée" in evaluation


def test_french_amounts_are_written_from_the_strings(tree: Node, evaluated: Node) -> None:
    text = tree.find("body").text()
    for amount in (
        "354 000,00 €",
        "566 400,00 €",
        "389 400,00 €",
        "177 000,00 €",
        "1 447,00 €",
        "21 343,25 €",
        "332 656,75 €",
        "490 324,93 €",  # declared expenses, on the ETP in post (golden_charente_dated)
        "321 978,08 €",  # national maximum on the ETP in post
    ):
        exact = amount.replace(" €", NBSP + "€").replace(" ", NNBSP)
        assert exact in text, amount
    assert f"23{NNBSP}849,36" in text  # inhabitants per ETP: 351,778 / 14.75
    assert f"100,00{NBSP}%" in text  # coverage
    assert f"60,78{NBSP}%" in text  # coefficient of variation
    assert f"50,6{NBSP}%" in evaluated.find("body").text()  # evaluation of 2021, on 30/06/2022
    assert f"48{NNBSP}000,00{NBSP}€ / ETP" in text  # a parameter in the sources


def test_every_row_of_values_shows_its_marks(tree: Node) -> None:
    checked = 0
    for table in tree.iter("table"):
        header = list(table.find("thead").iter("th")) if list(table.iter("thead")) else []
        if not header or "m" not in header[-1].classes():
            continue
        for section in ("tbody", "tfoot"):
            for part in table.iter(section):
                for row in part.iter("tr"):
                    cells = [c for c in row.children if isinstance(c, Node)]
                    marks = [s for s in cells[-1].iter("span") if "mark" in s.classes()]
                    assert marks, f"row without marks: {row.text()[:60]}"
                    for mark in marks:
                        assert mark.text() in ("[D]", "[P]", "[C]", "[R]", "[I]", "[S]")
                    checked += 1
    assert checked > 50
    legend = tree.find("section", id="legend").text()
    for letter, name in (
        ("D", "document source"),
        ("P", "source publique"),
        ("C", "valeur calculée"),
        ("R", "lecture retenue"),
        ("I", "illustratif"),
        ("S", "scénario"),
    ):
        assert f"[{letter}] {name}" in legend


def test_the_sections_show_the_report_data(tree: Node, evaluated: Node) -> None:
    overview = tree.find("section", id="overview").text()
    assert "CC Lavalette Tude Dronne" in overview and "4,78" in overview
    financing = tree.find("section", id="financing").text()
    assert "Bonus territoire" in financing and f"112{NNBSP}500,00{NBSP}€" in financing
    assert "Tous les postes actifs ont une dépense déclarée." in financing
    comparison = tree.find("section", id="comparison").text()
    assert f"+1{NNBSP}447,00{NBSP}€" in comparison and "national-2020" in comparison
    deadlines = tree.find("section", id="deadlines").text()
    # As known on 30/06/2021 four conventions end on the horizon, 31/12/2022 (the prolongations
    # of Grand Angoulême and 4B are signed in late 2022), and none is prolonged yet.
    assert "31/12/2022" in deadlines and "CC du Rouillacais" in deadlines
    assert "avenant-2" not in deadlines and "Aucune convention prolongée." in deadlines
    evaluation = tree.find("section", id="evaluation").text()
    assert "Aucune évaluation annuelle n'est connue à cette date." in evaluation
    assert "non lues ici : 13 (la première le 18/01/2022)" in evaluation
    evaluation = evaluated.find("section", id="evaluation").text()
    assert "Connaissance territoriale et analyse des besoins" in evaluation
    assert "312/617" in evaluation and "non lues ici : 4 (la première le 19/01/2023)" in evaluation
    sources = tree.find("section", id="sources").text()
    assert "coordination_ceiling_per_fte" in sources and "Population légale" in sources
    warnings = tree.find("section", id="warnings").text()
    assert "posts[7].coordinators[0].training_days" in warnings


def test_the_english_page(english: str) -> None:
    tree = parse(english)
    assert tree.find("html").attrs["lang"] == "en"
    assert [h.text() for h in tree.iter("h2")][2:] == [
        "1. Overview",
        "2. Coordination financing",
        "3. Comparison of rulebooks",
        "4. Deadlines",
        "5. Evaluation of the coordination function",
        "6. Sources",
    ]
    text = tree.find("body").text()
    for amount in ("354,000.00", "566,400.00", "1,447.00", "21,343.25"):
        assert f"€{amount}" in text
    assert "30/06/2021" in text and "100.00%" in text
    assert "Vue d'ensemble" not in text
    assert "No yearly evaluation is known on this date." in text
    later = build_report(
        ctg.builtin_dataset("charente-2021"),
        on=EVALUATED_ON,
        rulebooks=_rulebooks(),
        language=ctg.Language.en,
    ).to_html()
    assert "Overall" in " ".join(
        t.text() for t in parse(later).find("figure", id="chart-evaluation").iter("text")
    )


def test_the_same_data_gives_the_same_bytes(report: ctg.report.Report, page: str) -> None:
    assert report.to_html().encode() == page.encode()
    again = build_report(ctg.builtin_dataset("charente-2021"), on=ON, rulebooks=_rulebooks())
    assert again.to_html().encode() == page.encode()


def test_pages_rendered_in_threads_are_the_same_bytes(
    report: ctg.report.Report, page: str, english: str
) -> None:
    """matplotlib's settings are process-wide; charts drawn in parallel must not mix them."""
    from concurrent.futures import ThreadPoolExecutor

    english_report = build_report(
        ctg.builtin_dataset("charente-2021"),
        on=ON,
        rulebooks=_rulebooks(),
        language=ctg.Language.en,
    )
    jobs = [report, english_report] * 3
    with ThreadPoolExecutor(max_workers=4) as pool:
        pages = list(pool.map(lambda r: r.to_html(), jobs))
    assert pages == [page, english] * 3


# Run in a new process: matplotlib imported in it by _charts._import_matplotlib, inside a command
# of ctg (`command`) or not; then whether a class of matplotlib has the docstring of its set(),
# whether a class made afterwards has it (matplotlib's hook put back) and whether
# matplotlib.artist.kwdoc lists properties again.
_IMPORT_IN = """
import contextlib, sys
from ctg import _cli_common
from ctg.report import _charts
inside = _cli_common.running(_cli_common.Run()) if sys.argv[1] == "command" else None
with inside or contextlib.nullcontext(), _charts._DRAWING:
    _charts._import_matplotlib()
from matplotlib.artist import Artist, kwdoc
from matplotlib.patches import Rectangle
class Later(Artist):
    pass
print(Rectangle.set.__doc__ is not None, "Supported properties" in Later.set.__doc__)
print("facecolor" in kwdoc(Rectangle))
"""


@pytest.mark.parametrize(("where", "docstrings"), [("command", "False"), ("program", "True")])
def test_a_command_imports_matplotlib_without_the_docstrings_of_set(
    where: str, docstrings: str
) -> None:
    # What `ctg report` spares at start-up (the docstrings matplotlib writes for each Artist
    # class's set()), only inside a command: a program gets matplotlib as it is.
    import subprocess
    import sys

    command = [sys.executable, "-c", _IMPORT_IN, where]
    result = subprocess.run(command, check=True, capture_output=True, text=True)
    assert result.stdout.split() == [docstrings, "True", "True"]


def test_the_command_draws_the_charts_of_the_library() -> None:
    # The command (matplotlib imported without the docstrings of set()) and a program draw the
    # same charts: both without ctg's cache, in new processes.
    import subprocess
    import sys

    env = os.environ | {"CTG_NO_CACHE": "1"}
    command = [sys.executable, "-m", "ctg", "report", "-q", "--on", ON.isoformat()]
    drawn = subprocess.run(
        [*command, "--format", "html"], env=env, check=True, capture_output=True
    ).stdout
    program = (
        "import datetime, sys, ctg\n"
        "from ctg.report import build_report\n"
        "report = build_report(ctg.builtin_dataset('charente-2021'), "
        f"on=datetime.date.fromisoformat({ON.isoformat()!r}))\n"
        "sys.stdout.write(report.to_html())\n"
    )
    library = subprocess.run(
        [sys.executable, "-c", program], env=env, check=True, capture_output=True
    ).stdout
    assert drawn == library


def _charente_json() -> dict:
    return json.loads(ctg.dataset_to_json(ctg.builtin_dataset("charente-2021")))


def test_markup_in_the_data_is_escaped() -> None:
    data = _charente_json()
    data["label"]["fr"] = "<script>alert('ctg')</script> & <b>gras</b>"
    data["epcis"][0]["name"] = "CA <i>du</i> Grand $Angoulême$"
    data["department"]["provenance"]["source"]["url"] = "javascript:alert('ctg')"
    dataset = ctg.load_dataset_json(json.dumps(data))
    page = build_report(dataset, on=ON, rulebooks=_rulebooks()).to_html()
    tree = parse(page)
    assert "<script" not in page and "<b>gras" not in page and "<i>du" not in page
    assert "&lt;script&gt;" in page
    # Only http(s) addresses become links.
    assert all(a.attrs["href"].startswith(("#", "https://")) for a in tree.iter("a"))
    assert "javascript:alert('ctg')" in tree.find("section", id="sources").text()
    assert "<script>alert('ctg')</script> & <b>gras</b>" in tree.find("header").text()
    # In the charts too (SVG text), and the dollar signs are not read as mathtext.
    labels = " ".join(t.text() for t in tree.find("figure", id="chart-fte").iter("text"))
    assert "CA <i>du</i> Grand $Angoulême$" in labels


def test_chart_text_that_looks_like_svg_ids_is_left_alone() -> None:
    """The charts' ids are prefixed in the SVG's attributes only: an EPCI named like an id or a
    reference is drawn as written, and every reference still points to an id of its chart."""
    name = 'id="victim" url(#clip) href="#x"'
    data = _charente_json()
    data["epcis"][0]["name"] = name
    dataset = ctg.load_dataset_json(json.dumps(data))
    page = build_report(dataset, on=ON, rulebooks=_rulebooks()).to_html()
    tree = parse(page)
    labels = [t.text() for t in tree.find("figure", id="chart-fte").iter("text")]
    assert name in labels
    # In the page as text (the quotes of an SVG text node are not escaped).
    assert f">{name}</text>" in page
    assert "victim" not in " ".join(str(v) for n in tree.iter() for v in n.attrs.values())
    for figure in (f for f in tree.iter("figure") if "chart" in f.classes()):
        prefix = figure.attrs["id"] + "-"
        ids = {n.attrs["id"] for n in figure.iter() if "id" in n.attrs}
        assert ids and all(i.startswith(prefix) for i in ids)
        references = [
            ref
            for node in figure.iter()
            for attribute, value in node.attrs.items()
            for ref in (
                [value[1:]]
                if attribute in ("href", "xlink:href") and value and value.startswith("#")
                else re.findall(r"url\(#([^)]+)\)", value or "")
            )
        ]
        assert references and set(references) <= ids, figure.attrs["id"]
    all_ids = [n.attrs["id"] for n in tree.iter() if "id" in n.attrs]
    assert len(all_ids) == len(set(all_ids))


def test_a_dataset_without_evaluation_has_four_charts() -> None:
    data = _charente_json()
    data["evaluations"] = []
    dataset = ctg.load_dataset_json(json.dumps(data))
    report = build_report(dataset, on=ON, rulebooks=_rulebooks())
    assert report.data["evaluation"] is None
    tree = parse(report.to_html())
    assert [f.attrs["id"] for f in tree.iter("figure")] == CHART_IDS[:4]
    assert "Aucune évaluation annuelle" in tree.find("section", id="evaluation").text()


def test_a_rulebook_without_parts_and_without_cej() -> None:
    report = build_report(
        ctg.builtin_dataset("charente-2021"),
        on=ON,
        rulebooks=[ctg.builtin_rulebook("national-2020")],
    )
    tree = parse(report.to_html())
    assert len(list(tree.iter("svg"))) == 4  # no evaluation known on 30/06/2021
    assert "Pas de comparaison au CEJ" in tree.find("section", id="comparison").text()
    financing = " ".join(t.text() for t in tree.find("figure", id="chart-financing").iter("text"))
    assert f"96{NNBSP}000,00{NBSP}€" in financing


def figures(lang: str) -> Figures:
    return Figures(lang, Labels(lang, ("report.html.", "report.")))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("354000.00", "fr", f"354{NNBSP}000,00{NBSP}€"),
        ("354000.00", "en", "€354,000.00"),
        ("-1447.5", "fr", f"-1{NNBSP}447,50{NBSP}€"),
        ("0.00", "fr", f"0,00{NBSP}€"),
        ("999.99", "en", "€999.99"),
    ],
)
def test_money_is_the_formatter_s(text: str, lang: str, expected: str) -> None:
    assert figures(lang).money(text) == expected


def test_number_formats() -> None:
    fr, en = figures("fr"), figures("en")
    assert fr.number("1234567.891") == f"1{NNBSP}234{NNBSP}567,891"
    assert en.number(350859) == "350,859"
    assert fr.whole({"fraction": "283994/5", "value": "56798.80"}) == f"56{NNBSP}799"
    # 10.4951 shows as 10.50 with 2 decimals, but is 10 to the unit (not 11).
    assert en.whole({"fraction": "104951/10000", "value": "10.50"}) == "10"
    assert en.whole({"fraction": "-21/2", "value": "-10.50"}) == "-11"
    assert fr.gain("21343.25") == f"+21{NNBSP}343,25{NBSP}€"
    assert fr.percent("61.33") == f"61,33{NBSP}%"
    assert en.percent("61.33") == "61.33%"
    assert fr.parameter("48000.00", "eur_per_fte") == f"48{NNBSP}000,00{NBSP}€ / ETP"
    assert en.parameter("62.43 %", "percent") == "62.43%"
    assert fr.money(None) == "—"


# --- In a real browser -------------------------------------------------------------------------


def test_the_page_in_chromium(evaluated_page: str, tmp_path: Path) -> None:
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is absent (Debian package chromium, installed by make test)")
    from PIL import Image
    from playwright.sync_api import sync_playwright

    path = tmp_path / "report.html"
    path.write_text(evaluated_page, encoding="utf-8")
    problems: list[str] = []
    requests: list[str] = []
    started = time.monotonic()
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
            tab = browser.new_page(viewport={"width": 1000, "height": 1200})
            tab.on(
                "console",
                lambda m: (
                    problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None
                ),
            )
            tab.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
            tab.on("requestfailed", lambda r: problems.append(f"requestfailed: {r.url}"))
            tab.on("request", lambda r: requests.append(r.url))
            tab.goto(path.as_uri(), wait_until="load")
            assert tab.evaluate("document.documentElement.lang") == "fr"
            assert tab.title().startswith("Rapport départemental CTG")
            for chart_id in CHART_IDS:
                box = tab.locator(f"#{chart_id} svg").bounding_box()
                assert box is not None and box["width"] > 300 and box["height"] > 100, chart_id
            png = tab.screenshot(full_page=True)
        finally:
            browser.close()
    elapsed = time.monotonic() - started
    assert problems == []
    assert requests == [path.as_uri()]
    image = Image.open(io.BytesIO(png)).convert("L")
    assert image.width >= 1000 and image.height > 5000
    low, high = image.getextrema()
    assert low < 100 and high == 255
    histogram = image.histogram()
    non_white = sum(histogram[:250]) / (image.width * image.height)
    assert 0.03 < non_white < 0.6, non_white
    assert elapsed < 20, elapsed
