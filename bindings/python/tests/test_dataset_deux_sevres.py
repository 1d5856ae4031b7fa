# SPDX-License-Identifier: MIT
"""The test dataset deux-sevres-2022 against its golden figures.

The figures (golden_deux_sevres.py) were worked out without ctg, by hand and with the
standard-library reference computation of data/deux-sevres-2022.golden.md. Every amount is
compared to the cent, as ctg.Money or text, never through a float; ratios as exact fractions and
as their 2-decimal rounding.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import ctg
from ctg import CoverageStatus, Dataset, ExpenseBasis, Fte, Money, PostStatus
from golden_deux_sevres import GOLDEN

HERE = Path(__file__).resolve().parent
DATASET = HERE / "data" / "deux-sevres-2022.json"


G = GOLDEN
ON = date.fromisoformat(G["on"])
YEAR = G["year"]
RULEBOOKS = ["national-2020", "cej", "charente-2021", "loire-cej-2015"]


@pytest.fixture(scope="module")
def ds() -> Dataset:
    return ctg.load_dataset_file(str(DATASET))


def both_forms(d: Dataset, rulebook_id: str, basis: ExpenseBasis) -> list[ctg.PortfolioFinancing]:
    """The year form and the date form of finance_portfolio: the golden figures hold for both."""
    rules = ctg.builtin_rulebook(rulebook_id)
    by_year = ctg.finance_portfolio(d, rules, YEAR, basis)
    on_date = ctg.finance_portfolio(d, rules, ON, basis)
    assert by_year.parameters_on is None and on_date.parameters_on == ON
    return [by_year, on_date]


def parts_of(total: ctg.FinancingTotal | ctg.FinancingResult) -> dict[str, str]:
    return {p.id: str(p.amount) for p in total.parts}


def ratio_2dp(r: ctg.ExactRatio | None) -> str | None:
    return None if r is None else r.rounded(ctg.RatioFormat(decimals=2)).to_plain()


# --- The dataset -----------------------------------------------------------------------------


def test_dataset_loads_with_its_two_warnings(ds: Dataset) -> None:
    g = G["dataset"]
    assert ds.id == g["id"]
    assert ds.department.code == g["department"]["code"]
    assert ds.department.name == g["department"]["name"]
    assert ds.total_population == g["total_population"]
    assert ds.total_contracted_fte == Fte(g["total_contracted_fte"])
    assert ds.total_communes == g["total_communes"]
    assert [str(e.siren) for e in ds.epcis] == g["epcis"]
    assert [c.id for c in ds.conventions] == g["conventions"]
    assert [p.id for p in ds.posts] == g["posts"]
    assert [w.field for w in ds.warnings] == g["warnings"]
    # The canonical writer round-trips it (the French-notation expense included).
    again = ctg.load_dataset_json(ctg.dataset_to_json(ds))
    assert again == ds
    assert ds.post_at("post-haut-val-de-sevre").expenses[0].amount == Money("12500.00")


def test_every_value_is_illustrative(ds: Dataset) -> None:
    assert ds.department.provenance.kind is ctg.Evidence.illustrative
    for e in ds.epcis:
        assert e.provenance.kind is ctg.Evidence.illustrative
        assert e.population.provenance.kind is ctg.Evidence.illustrative
    for c in ds.conventions:
        assert c.term_provenance.kind is ctg.Evidence.illustrative
    for p in ds.posts:
        assert p.fte_provenance.kind is ctg.Evidence.illustrative
        assert all(x.provenance.kind is ctg.Evidence.illustrative for x in p.expenses)


# --- Activity in 2022: the convention's effective term, not the coordinators ----------------


def test_activity_and_prorata_2022(ds: Dataset) -> None:
    for p in both_forms(ds, "national-2020", ExpenseBasis.at_ceiling):
        for post_id, g in G["activity_2022"].items():
            post = p.post(post_id)
            start, end = date.fromisoformat(g["start"]), date.fromisoformat(g["end"])
            assert post.active == ctg.Period(start, end)
    on_date = ctg.finance_portfolio(
        ds, ctg.builtin_rulebook("national-2020"), ON, ExpenseBasis.at_ceiling
    )
    for post_id, g in G["activity_2022"].items():
        assert on_date.post(post_id).result.why.step("prorata").value == g["prorata"]
    # The Thouarsais coordinator arriving on 2022-04-01 does not prorate the post.
    assert ds.post_at("post-thouarsais").coordinators[1].start == date(2022, 4, 1)
    assert G["activity_2022"]["post-thouarsais"]["prorata"] == "365/365"


# --- Coverage --------------------------------------------------------------------------------


def test_coverage_on_30_june_2022(ds: Dataset) -> None:
    g = G["coverage"]
    c = ctg.coverage(ds, ON)
    assert (c.covered, c.total) == (g["covered"], g["total"])
    assert str(c.share) == g["share_fraction"]
    assert c.share.percent().to_plain() == g["percent_2dp"]
    assert c.cog_target == ctg.Rate.percent(g["cog_target_percent"])
    assert c.meets_target() is g["meets_target"]
    assert str(c.gap_to_target()) == g["gap_fraction"]
    assert c.gap_to_target().percent().to_plain() == g["gap_points_2dp"]
    assert [str(e.siren) for e in c.uncovered()] == g["uncovered"]
    for e in c.epcis:
        row = g["by_epci"][str(e.siren)]
        assert e.status is CoverageStatus[row["status"]]
        assert e.covered_inhabitants == row["covered"]
        assert e.conventions == row["conventions"]


# --- Coordination volume ---------------------------------------------------------------------


@pytest.mark.parametrize("form", ["all_posts", "on"])
def test_coordination_volume(ds: Dataset, form: str) -> None:
    g = G["volume"][form]
    v = ctg.coordination_volume(ds) if form == "all_posts" else ctg.coordination_volume(ds, ON)
    assert v.total_fte == Fte(g["total_fte"]) and v.total_population == g["total_population"]
    assert str(v.inhabitants_per_fte) == g["inhabitants_per_fte_fraction"]
    assert ratio_2dp(v.inhabitants_per_fte) == g["inhabitants_per_fte_2dp"]
    assert str(v.fte_per_10000) == g["fte_per_10000_fraction"]
    assert ratio_2dp(v.fte_per_10000) == g["fte_per_10000_2dp"]
    for e in v.epcis:
        row = g["by_epci"][str(e.siren)]
        assert e.contracted_fte == Fte(row["fte"])
        if row["inhabitants_per_fte_fraction"] is None:
            assert e.inhabitants_per_fte is None
        else:
            assert str(e.inhabitants_per_fte) == row["inhabitants_per_fte_fraction"]
            assert ratio_2dp(e.inhabitants_per_fte) == row["inhabitants_per_fte_2dp"]
    assert v.without_fte == g["without_fte"]
    s, gs = v.spread, g["spread"]
    assert s is not None and s.territories == gs["territories"]
    for got, want in ((s.min, gs["min"]), (s.max, gs["max"])):
        assert (str(got.siren), got.name) == (want["siren"], want["name"])
        assert str(got.inhabitants_per_fte) == want["fraction"]
        assert ratio_2dp(got.inhabitants_per_fte) == want["value_2dp"]
    assert str(s.max_over_min) == gs["max_over_min_fraction"]
    assert ratio_2dp(s.max_over_min) == gs["max_over_min_2dp"]
    assert str(s.mean) == gs["mean_fraction"] and ratio_2dp(s.mean) == gs["mean_2dp"]
    assert str(s.variance) == gs["variance_fraction"]
    assert s.standard_deviation().to_plain() == gs["standard_deviation_2dp"]
    cv = s.coefficient_of_variation_percent()
    assert cv is not None and cv.to_plain() == gs["coefficient_of_variation_percent_2dp"]


# --- Maximum aid (basis at_ceiling) ----------------------------------------------------------


@pytest.mark.parametrize("rulebook_id", RULEBOOKS)
def test_maximum_aid(ds: Dataset, rulebook_id: str) -> None:
    g = G["maximum"][rulebook_id]
    for p in both_forms(ds, rulebook_id, ExpenseBasis.at_ceiling):
        assert p.total.total == Money(g["total"])
        assert parts_of(p.total) == g["parts"]
        assert p.total.contracted_fte == Fte(G["dataset"]["total_contracted_fte"])
        assert (p.total.financed, p.total.missing, p.total.inactive) == (5, 0, 0)
        assert p.missing_expense() == []
        for post_id, amount in g["by_post"].items():
            assert p.post(post_id).status is PostStatus.financed
            assert p.post(post_id).total == Money(amount)
        for siren, amount in g["by_epci"].items():
            assert p.epci(siren).total == Money(amount)
        for conv, amount in g["by_convention"].items():
            assert p.convention(conv).total == Money(amount)
        for post_id, parts in g.get("parts_by_post", {}).items():
            assert parts_of(p.post(post_id).result) == parts
        for siren, parts in g.get("parts_by_epci", {}).items():
            assert parts_of(p.epci(siren)) == parts


@pytest.mark.parametrize("rulebook_id", ["charente-2021", "loire-cej-2015"])
def test_expense_ceilings(ds: Dataset, rulebook_id: str) -> None:
    """The expense ceiling is round(48,000 € × FTE × prorata), prorated, rounded once."""
    p = ctg.finance_portfolio(ds, ctg.builtin_rulebook(rulebook_id), ON, ExpenseBasis.at_ceiling)
    for post_id, ceiling in G["maximum"]["charente-2021"]["ceiling_by_post"].items():
        assert p.post(post_id).result.why.step("ceiling").amount == Money(ceiling)


# --- Declared expenses 2022 ------------------------------------------------------------------


def test_declared_charente(ds: Dataset) -> None:
    g, gd = G["declared"]["charente-2021"], G["declared"]
    for p in both_forms(ds, "charente-2021", ExpenseBasis.declared):
        assert p.total.total == Money(g["total"])
        assert parts_of(p.total) == g["parts"]
        assert p.missing_expense() == gd["missing"]
        assert p.total.financed == gd["financed"] and p.total.missing == len(gd["missing"])
        assert p.total.contracted_fte == Fte(gd["financed_fte"])
        for post_id, amount in g["by_post"].items():
            post = p.post(post_id)
            expense = gd["expenses_2022"][post_id]
            if amount is None:
                assert post.status is PostStatus.missing_expense
                assert post.result is None and post.declared_expense is None
                assert post.total == Money("0.00")
                continue
            assert post.status is PostStatus.financed
            assert post.declared_expense == Money(expense)
            assert post.total == Money(amount)
            assert parts_of(post.result) == g["parts_by_post"][post_id]
        for siren, amount in g["by_epci"].items():
            assert p.epci(siren).total == Money(amount)
            assert parts_of(p.epci(siren)) == g["parts_by_epci"][siren]
        for conv, amount in g["by_convention"].items():
            assert p.convention(conv).total == Money(amount)
        # Parts add up at every level.
        assert sum((Money(v) for v in g["parts"].values()), Money()) == p.total.total


@pytest.mark.parametrize("rulebook_id", ["loire-cej-2015", "national-2020", "cej"])
def test_declared_other_rulebooks(ds: Dataset, rulebook_id: str) -> None:
    g = G["declared"][rulebook_id]
    for p in both_forms(ds, rulebook_id, ExpenseBasis.declared):
        assert p.total.total == Money(g["total"])
        assert p.missing_expense() == g.get("missing", G["declared"]["missing"])
        for post_id, amount in g.get("by_post", {}).items():
            assert p.post(post_id).total == Money(amount or "0.00")


# --- CEJ → national gain ---------------------------------------------------------------------


def test_gain_cej_to_national(ds: Dataset) -> None:
    g = G["gain_cej_to_national"]
    for cej, national in zip(
        both_forms(ds, "cej", ExpenseBasis.at_ceiling),
        both_forms(ds, "national-2020", ExpenseBasis.at_ceiling),
        strict=True,
    ):
        gain = ctg.compare_portfolios(cej, national)
        assert gain.total.from_ == Money(g["from"]) and gain.total.to == Money(g["to"])
        assert gain.total.delta == Money(g["total"])
        assert gain.total.contracted_fte == Fte(g["fte"])
        assert str(gain.total.fte_years) == g["fte_years_fraction"]
        assert gain.total.delta_per_fte == Money(g["per_fte"])
        assert gain.not_compared == g["not_compared"]
        for d in gain.by_epci:
            row = g["by_epci"][d.id]
            assert (d.delta, d.delta_per_fte) == (Money(row["delta"]), Money(row["per_fte"]))


# --- Deadlines -------------------------------------------------------------------------------


def test_deadlines_within_18_months(ds: Dataset) -> None:
    g = G["deadlines_18_months"]
    r = ctg.deadlines(ds, ON, g["months"])
    assert r.horizon == date.fromisoformat(g["horizon"])
    assert [x.convention_id for x in r.upcoming] == g["upcoming"]
    for x in r.upcoming:
        want = g["details"][x.convention_id]
        assert x.start == date.fromisoformat(want["start"])
        assert x.initial_last_day == date.fromisoformat(want["initial_last_day"])
        assert x.last_day == date.fromisoformat(want["last_day"])
        assert x.bilan_due == date.fromisoformat(want["bilan_due"])
        assert x.days_remaining == want["days_remaining"]
        assert x.referent_id == want["referent"]
        assert [
            (p.amendment_id, p.signed_on.isoformat(), p.new_last_day.isoformat())
            for p in x.prolongations
        ] == [(p["id"], p["signed_on"], p["new_last_day"]) for p in want["prolongations"]]
    nxt = r.next_after_horizon
    assert nxt is not None and nxt.convention_id == g["next_after_horizon"]["id"]
    assert nxt.last_day == date.fromisoformat(g["next_after_horizon"]["last_day"])
    assert nxt.days_remaining == g["next_after_horizon"]["days_remaining"]
    assert [x.convention_id for x in r.prolonged] == g["prolonged"]
    assert {p.referent_id: [x.convention_id for x in p.conventions] for p in r.by_referent} == g[
        "by_referent"
    ]


# --- Evaluation roll-up ----------------------------------------------------------------------


def test_evaluation_rollup_2022(ds: Dataset) -> None:
    g = G["evaluations_2022"]
    grid = ctg.builtin_grid(g["grid"])
    assert grid.version == g["grid_version"]
    r = ctg.roll_up(ds.evaluations, grid, YEAR)
    assert r.section_ids == g["sections"]
    assert [row.post_id for row in r.rows] == list(g["rows"])
    for row in r.rows:
        want = g["rows"][row.post_id]
        assert row.evaluated
        assert [str(c.achieved) for c in row.sections] == want["achieved"]
        assert [str(c.completeness) for c in row.sections] == want["completeness"]
        assert str(row.overall) == want["overall"]
        assert str(row.completeness) == want["overall_completeness"]
    assert [str(s) for s in r.department] == g["department_achieved"]
    assert str(r.department_overall) == g["department_overall"]
    assert [str(s) for s in r.department_completeness] == g["department_completeness"]
    every_post = ctg.roll_up(ds.evaluations, grid, YEAR, [p.id for p in ds.posts])
    assert [str(s) for s in every_post.department_completeness] == g[
        "department_completeness_all_posts"
    ]
    assert [str(s) for s in every_post.department] == g["department_achieved"]
