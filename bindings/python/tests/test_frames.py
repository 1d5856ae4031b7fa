# SPDX-License-Identifier: MIT
"""ctg.frames: DataFrames of posts, expenses, results with parts, explanations, batches,
portfolios, evaluations and scores; amounts as int64 cents and Decimal, never float."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import numpy as np
import pandas as pd
import pytest

import ctg
import ctg.frames as frames

JUNE_30 = date(2021, 6, 30)


@pytest.fixture(scope="module")
def dataset() -> ctg.Dataset:
    return ctg.builtin_dataset("charente-2021")


def assert_no_float(frame: pd.DataFrame) -> None:
    for name, dtype in frame.dtypes.items():
        assert not pd.api.types.is_float_dtype(dtype), name
        if pd.api.types.is_object_dtype(dtype):
            assert not any(isinstance(v, float) for v in frame[name]), name


def test_posts_and_expenses(dataset: ctg.Dataset) -> None:
    posts = frames.posts_frame(dataset)
    assert len(posts) == 9 and posts["post_id"].tolist()[0] == "post-grand-angouleme"
    assert posts["contracted_fte_ten_thousandths"].dtype == np.int64
    assert posts["contracted_fte_ten_thousandths"].sum() == 147500
    assert sum(posts["contracted_fte"], Decimal(0)) == Decimal("14.75")
    assert posts.loc[0, "pilot_epci"] == "200071827"
    assert frames.posts_frame(dataset.posts).equals(posts)
    expenses = frames.expenses_frame(dataset)
    assert expenses["expense_cents"].dtype == np.int64
    first = expenses.iloc[0]
    assert (first["post_id"], first["year"], first["expense_cents"]) == (
        "post-grand-angouleme",
        2021,
        11_250_000,
    )
    assert first["expense"] == Decimal("112500.00")
    assert_no_float(posts)
    assert_no_float(expenses)


def test_results_with_parts(dataset: ctg.Dataset) -> None:
    charente = ctg.builtin_rulebook("charente-2021")
    cej = ctg.builtin_rulebook("cej")
    results = []
    for post in dataset.posts:
        inputs = ctg.PostInput(
            id=post.id, contracted_fte=post.contracted_fte, basis=ctg.ExpenseBasis.at_ceiling
        )
        results.append(ctg.finance(charente, inputs, JUNE_30))
    results.append(ctg.finance(cej, ctg.PostInput(id="x", contracted_fte=1), JUNE_30))
    table = frames.results_frame(results)
    assert table["total_cents"].dtype == np.int64
    assert table["total_cents"][:9].sum() == 56_640_000
    assert table["bonus_territoire_cents"][:9].sum() == 38_940_000
    assert table["bonus_territoire_cents"].dtype == "Int64"  # the CEJ row has no parts
    assert pd.isna(table["bonus_territoire_cents"].iloc[9])
    assert table["total"].iloc[0] == Decimal("96000.00")
    assert table["reference_start"].iloc[0] == date(2021, 1, 1)
    assert_no_float(table)


def test_explanation_one_row_per_step() -> None:
    r = ctg.finance(
        ctg.builtin_rulebook("charente-2021"),
        ctg.PostInput(id="p", contracted_fte="2.5", basis=ctg.ExpenseBasis.at_ceiling),
        JUNE_30,
    )
    table = frames.explanation_frame(r)
    assert len(table) == len(r.why)
    assert table["step"].tolist() == list(range(len(r.why)))
    assert table["id"].tolist() == [s.id for s in r.why]
    last = table.iloc[-1]
    assert last["kind"] == "result" and last["amount_cents"] == 9_600_000
    assert last["amount"] == Decimal("96000.00")
    params = table[table["kind"] == "parameter"]
    # The 80 % is read in the source document, the 25 % derived from it (80 % − 55 %), the
    # ceiling per ETP and the 55 % of the expense are readings.
    assert params["parameter"].notna().all()
    assert dict(zip(params["parameter"], params["evidence"], strict=True)) == {
        "coordination_rate": "source document",
        "coordination_ceiling_per_fte": "reading",
        "part_bonus_territoire": "reading",
        "part_fonds_locaux": "derived",
    }
    assert table["amount_cents"].dtype == "Int64"
    assert frames.explanation_frame(r.why).equals(table)
    assert_no_float(table)


def test_batch_and_portfolio(dataset: ctg.Dataset) -> None:
    charente = ctg.builtin_rulebook("charente-2021")
    batch = ctg.finance_batch(charente, JUNE_30, np.asarray([10000, 25000], dtype=np.int64))
    table = frames.batch_frame(batch)
    assert table.columns.tolist() == [
        "total_cents",
        "total",
        "bonus_territoire_cents",
        "fonds_locaux_cents",
    ]
    assert table["total_cents"].tolist() == [3_840_000, 9_600_000]
    assert table["total"].tolist() == [Decimal("38400.00"), Decimal("96000.00")]
    portfolio = ctg.finance_portfolio(dataset, charente, 2021, ctg.ExpenseBasis.declared)
    table = frames.portfolio_frame(portfolio)
    assert len(table) == 9 and (table["status"] == "financed").all()
    assert table["total_cents"].sum() == portfolio.total.total.cents
    assert (
        table["bonus_territoire_cents"] + table["fonds_locaux_cents"] == table["total_cents"]
    ).all()
    assert_no_float(table)


def test_evaluations_and_scores(dataset: ctg.Dataset) -> None:
    answers = frames.evaluations_frame(dataset)
    assert len(answers) == sum(len(e.answers) for e in dataset.evaluations)
    numbers = answers[answers["kind"] == "number"]
    assert numbers["number"].map(lambda v: isinstance(v, Decimal)).all()
    levels = answers[answers["kind"] == "level"]
    assert levels["policy"].notna().all() and levels["yes"].isna().all()
    grid = ctg.builtin_grid("charente-2021")
    scores = [ctg.score_evaluation(e, grid) for e in dataset.evaluations_of("post-rouillacais")]
    table = frames.scores_frame(scores)
    assert len(table) == 2 * (5 + 1)
    overall = table[table["section_id"].isna()].iloc[0]
    assert (overall["achieved_part"], overall["achieved_whole"]) == (27, 58)
    assert overall["achieved"] == Fraction(27, 58)
    assert_no_float(answers)
    assert_no_float(table)


def test_module_docstring_example() -> None:
    import doctest

    result = doctest.testmod(frames)
    assert result.attempted > 0 and result.failed == 0


def test_posts_back_from_a_frame(dataset: ctg.Dataset) -> None:
    rows = frames.posts_frame(dataset).merge(frames.expenses_frame(dataset), on="post_id")
    posts = frames.posts_from_frame(rows, "charente.parquet")
    assert [p.id for p in posts] == [p.id for p in dataset.posts]
    for read, original in zip(posts, dataset.posts, strict=True):
        assert read.contracted_fte == original.contracted_fte
        assert read.pilot_epci == original.pilot_epci
        assert [(e.year, e.amount) for e in read.expenses] == [
            (e.year, e.amount) for e in original.expenses
        ]
    assert posts[0].expenses[0].provenance.cited.locator == "row 2"
    merged = ctg.with_posts(dataset, posts)
    assert [p.expenses for p in merged.posts] == [p.expenses for p in posts]
    # Amounts as Decimal or str, FTE as Decimal, SIREN column under its CSV name.
    other = pd.DataFrame(
        {
            "post_id": ["p1", "p1"],
            "convention_id": ["ctg-rouillacais"] * 2,
            "pilot_epci_siren": ["241600303"] * 2,
            "contracted_fte": [Decimal("0.75")] * 2,
            "year": [2022, 2023],
            "expense": [Decimal("31200.00"), "32 000,00 €"],
        }
    )
    (p1,) = frames.posts_from_frame(other)
    assert [e.amount for e in p1.expenses] == [ctg.Money("31200"), ctg.Money("32000")]


def test_posts_frame_errors() -> None:
    good = {
        "post_id": ["p1"],
        "convention_id": ["c"],
        "pilot_epci": ["241600303"],
        "contracted_fte_ten_thousandths": [7500],
        "year": [2022],
        "expense_cents": [3_120_000],
    }
    assert frames.posts_from_frame(pd.DataFrame(good))[0].expenses[0].amount == ctg.Money("31200")
    with pytest.raises(TypeError, match=r"column 'expense_cents': got floats"):
        frames.posts_from_frame(pd.DataFrame({**good, "expense_cents": [31200.0]}))
    with pytest.raises(TypeError, match=r"column 'expense': got floats"):
        frames.posts_from_frame(
            pd.DataFrame(
                {**{k: v for k, v in good.items() if k != "expense_cents"}, "expense": [31200.5]}
            )
        )
    with pytest.raises(ValueError, match="missing column 'year'"):
        frames.posts_from_frame(pd.DataFrame({k: v for k, v in good.items() if k != "year"}))
    with pytest.raises(ctg.ValidationError) as info:
        frames.posts_from_frame(pd.DataFrame({**good, "pilot_epci": ["241600304"]}), "posts")
    assert info.value.detail.field == "row 2, column pilot_epci_siren"


# Charente 2021 at the ceiling (README): national-2020 pays 24,000 € per ETP, so 2.5 ETP →
# 60,000.00 €, 4 → 96,000.00 €, 1.5 → 36,000.00 €, 1 → 24,000.00 €, 0.75 → 18,000.00 €, and
# 14.75 ETP → 354,000.00 €.
NATIONAL_CENTS = [
    6_000_000,
    9_600_000,
    3_600_000,
    2_400_000,
    3_600_000,
    2_400_000,
    3_600_000,
    2_400_000,
    1_800_000,
]


@pytest.fixture(scope="module")
def national(dataset: ctg.Dataset) -> pd.DataFrame:
    fte = frames.posts_frame(dataset)["contracted_fte_ten_thousandths"].to_numpy()
    batch = ctg.finance_batch(ctg.builtin_rulebook("national-2020"), JUNE_30, fte)
    return frames.batch_frame(batch)


def test_amount_columns_sum_exactly(national: pd.DataFrame) -> None:
    assert national["total_cents"].dtype == np.int64
    assert national["total_cents"].tolist() == NATIONAL_CENTS
    assert int(national["total_cents"].sum()) == 35_400_000
    assert sum(national["total"], Decimal(0)) == Decimal("354000.00")


def test_euros_for_display_is_a_float_view_named_as_such(national: pd.DataFrame) -> None:
    euros = frames.euros_for_display(national, "total")
    assert euros.name == "total_euros_display_only" and euros.dtype == np.float64
    assert euros.tolist() == [c / 100 for c in NATIONAL_CENTS]
    assert euros.tolist()[:2] == [60000.0, 96000.0]
    assert frames.euros_for_display(national, "total_cents").equals(euros)
    assert national["total_cents"].dtype == np.int64  # the frame is unchanged


def test_euros_for_display_prints_each_amount_exactly() -> None:
    # The float nearest to cents / 100 prints as the decimal amount itself (repr is the shortest
    # text that reads back the same float, and 15 significant digits always read back).
    cents = [1, 10, 99, 101, 12_345, 3_333_333, 99_999_999_999_999, -5, -123_456_789]
    frame = pd.DataFrame({"amount_cents": np.asarray(cents, dtype=np.int64)})
    shown = frames.euros_for_display(frame, "amount")
    for c, value in zip(cents, shown, strict=True):
        assert Decimal(repr(value)) == Decimal(c).scaleb(-2), c


def test_euros_for_display_of_a_missing_amount_is_nan(dataset: ctg.Dataset) -> None:
    frame = frames.explanation_frame(
        ctg.finance(
            ctg.builtin_rulebook("charente-2021"),
            ctg.PostInput(id="p", contracted_fte="2.5", basis=ctg.ExpenseBasis.at_ceiling),
            JUNE_30,
        )
    )
    shown = frames.euros_for_display(frame, "amount")
    missing = frame["amount_cents"].isna()
    assert missing.any() and shown[missing].isna().all()
    assert shown[~missing].tolist() == [c / 100 for c in frame["amount_cents"][~missing]]
    with pytest.raises(KeyError, match=r"column 'label_fr': expected an amount with a cents "):
        frames.euros_for_display(frame, "label_fr")


def test_style_euros_shows_cents_as_euros(national: pd.DataFrame) -> None:
    totals = national[["total_cents"]].sum().to_frame("Charente").T
    french = frames.style_euros(totals, "fr").to_html()
    assert "354\u202f000,00\u00a0€" in french and "35400000" not in french
    english = frames.style_euros(national, "en").to_html()
    assert "€60,000.00" in english and "€18,000.00" in english
    assert national["total_cents"].tolist() == NATIONAL_CENTS  # data unchanged
