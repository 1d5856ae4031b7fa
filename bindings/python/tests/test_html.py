# SPDX-License-Identifier: MIT
"""_repr_html_ of results, explanations, conventions, grids and evaluations (ctg/_html.py)."""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser

import pytest

import ctg

VOID = {"br", "hr", "img", "meta", "link", "input", "col", "wbr"}


class _Checker(HTMLParser):
    """Parses the HTML, checks that tags nest, and collects the text and the tags opened."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> _Checker:
    checker = _Checker()
    checker.feed(html)
    checker.close()
    assert checker.stack == [], f"unclosed tags: {checker.stack}"
    assert "table" in checker.tags
    return checker


@pytest.fixture(scope="module")
def dataset() -> ctg.Dataset:
    return ctg.builtin_dataset("charente-2021")


@pytest.fixture(scope="module")
def result() -> ctg.FinancingResult:
    post = ctg.PostInput(
        id="grand-angouleme", contracted_fte="2.5", basis=ctg.ExpenseBasis.at_ceiling
    )
    return ctg.finance(ctg.builtin_rulebook("charente-2021"), post, date(2021, 6, 30))


def test_financing_result_shows_the_total_and_parts_in_french(result: ctg.FinancingResult) -> None:
    page = parse(result._repr_html_())
    text = "".join(page.text)
    assert "96\u202f000,00\u00a0€" in text
    assert "66\u202f000,00\u00a0€" in text and "Bonus territoire" in text
    assert "30\u202f000,00\u00a0€" in text and "Fonds locaux de la Caf" in text
    assert "du 01/01/2021 au 31/12/2021" in text
    assert "a" not in page.tags  # link-free


def test_explanation_has_one_row_per_step(result: ctg.FinancingResult) -> None:
    html = result.why._repr_html_()
    page = parse(html)
    assert page.tags.count("tr") == len(result.why.steps) + 1  # + the header row
    text = "".join(page.text)
    assert "120\u202f000,00\u00a0€" in text
    assert "80 % × 120000.00 €" in text
    assert "Plafond de dépense par ETP" in text and "48\u202f000,00\u00a0€" in text
    assert "Caf de la Charente" in text  # the source of the parameters


def test_convention(dataset: ctg.Dataset) -> None:
    convention = dataset.find_convention("ctg-grand-angouleme")
    text = "".join(parse(convention._repr_html_()).text)
    assert "CTG CA du Grand Angoulême" in text
    assert "du 01/01/2019 au 31/12/2022" in text
    assert "du 01/01/2019 au 31/12/2023" in text  # prolonged by the amendment
    assert "200071827" in text


def test_grid_lists_sections_and_items() -> None:
    grid = ctg.builtin_grid("charente-2021")
    text = "".join(parse(grid._repr_html_()).text)
    for section in grid.sections:
        assert section.title.fr in text
    for item in grid.items():
        assert item.text.fr in text
    assert "Politique éducative" in text


def test_evaluation_shows_answers_per_item_and_policy(dataset: ctg.Dataset) -> None:
    evaluation = dataset.evaluations[0]
    page = parse(evaluation._repr_html_())
    text = "".join(page.text)
    assert "Politique familiale" in text and "Politique sociale" in text
    assert "En partie" in text and "2,5" in text
    for comment in evaluation.comments:
        assert comment.text in text


def test_markup_in_a_label_is_escaped(dataset: ctg.Dataset) -> None:
    evil = "<script>alert('x')</script>"
    grid = ctg.builtin_grid("charente-2021")
    section = grid.sections[0]
    parts = grid.parts
    sections = list(parts.sections)
    sections[0] = ctg.GridSection(
        id=section.id,
        title=ctg.LocalizedText(fr=evil, en="x"),
        source_title=section.source_title,
        corrections=section.corrections,
        activities=section.activities,
        items=section.items,
    )
    forged = ctg.Grid.build(
        ctg.GridParts(
            id=parts.id,
            version=parts.version,
            referentiel_id=parts.referentiel_id,
            label=parts.label,
            note=parts.note,
            scale=parts.scale,
            policies=parts.policies,
            sections=sections,
            provenance=parts.provenance,
        )
    )
    html = forged._repr_html_()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert evil in "".join(parse(html).text)

    evaluation = dataset.evaluations[0]
    commented = ctg.Evaluation(
        grid_id=evaluation.grid_id,
        grid_version=evaluation.grid_version,
        post_id=evil,
        year=evaluation.year,
        answers=evaluation.answers,
        comments=[ctg.ItemComment(item_id="4.4", text=evil)],
    )
    html = commented._repr_html_()
    assert "<script>" not in html
    assert "".join(parse(html).text).count(evil) == 2


def test_the_methods_are_on_the_classes() -> None:
    for cls in (ctg.FinancingResult, ctg.Explanation, ctg.Convention, ctg.Grid, ctg.Evaluation):
        assert callable(cls._repr_html_)
