# SPDX-License-Identifier: MIT
"""The test dataset deux-sevres-2022 against its golden figures.

The figures (golden_deux_sevres.py) were worked out without ctg, by hand and with the
standard-library reference computation of data/deux-sevres-2022.golden.md. Every amount is
compared to the cent, as ctg.Money or text, never through a float; ratios as exact fractions and
as their 2-decimal rounding.

Two bases of ETP: the figures of the source documents (GOLDEN "maximum", "declared",
"gain_cej_to_national") are on the CONTRACTED ETP and are asked for with
``fte_paid=FteBasis.contracted``; every built-in rulebook pays the ETP IN POST by default, whose
figures are GOLDEN "in_post" (year form) and "in_post_on_date" (date form on 2022-06-30, only the
coordinators known on that date).
"""

from __future__ import annotations

import re
from datetime import date
from fractions import Fraction
from pathlib import Path

import pytest

import ctg
from ctg import CoverageStatus, Dataset, ExpenseBasis, Fte, FteBasis, Money, PostStatus
from golden_deux_sevres import FORMS, GOLDEN

HERE = Path(__file__).resolve().parent
DATASET = HERE / "data" / "deux-sevres-2022.json"


G = GOLDEN
ON = date.fromisoformat(G["on"])
YEAR = G["year"]
RULEBOOKS = ["national-2020", "cej", "charente-2021", "loire-cej-2015"]
#: The golden key of each form of finance_portfolio on the ETP in post, and its date argument.
IN_POST_FORMS = {"in_post": YEAR, "in_post_on_date": ON}
#: The golden key of each expense basis.
BASES = {"maximum": ExpenseBasis.at_ceiling, "declared": ExpenseBasis.declared}


@pytest.fixture(scope="module")
def ds() -> Dataset:
    return ctg.load_dataset_file(str(DATASET))


def both_forms(d: Dataset, rulebook_id: str, basis: ExpenseBasis) -> list[ctg.PortfolioFinancing]:
    """The year form and the date form of finance_portfolio on the CONTRACTED ETP (the source
    documents' computation): the golden figures "maximum" and "declared" hold for both."""
    assert FORMS["same_figures"] and FORMS["year"] == YEAR and FORMS["date"] == G["on"]
    rules = ctg.builtin_rulebook(rulebook_id)
    by_year = ctg.finance_portfolio(d, rules, YEAR, basis, fte_paid=FteBasis.contracted)
    on_date = ctg.finance_portfolio(d, rules, ON, basis, fte_paid=FteBasis.contracted)
    assert by_year.parameters_on is None and on_date.parameters_on == ON
    assert by_year.fte_paid is FteBasis.contracted and on_date.fte_paid is FteBasis.contracted
    return [by_year, on_date]


def in_post(d: Dataset, rulebook_id: str, basis: ExpenseBasis, form: str) -> ctg.PortfolioFinancing:
    """finance_portfolio on the rulebook's own ETP (fte_paid left out: in post for every built-in
    rulebook), in the form of the golden key `form`: "in_post" (year form) or "in_post_on_date"
    (date form on 2022-06-30)."""
    assert not FORMS["same_figures_in_post"]
    p = ctg.finance_portfolio(d, ctg.builtin_rulebook(rulebook_id), IN_POST_FORMS[form], basis)
    assert p.fte_paid is FteBasis[G[form]["fte_basis"]]
    return p


def vacancies(p: ctg.PortfolioFinancing) -> list[ctg.ErrorDetail]:
    return [w for w in p.warnings if w.code == "financing.vacant"]


def days_held(post: ctg.PostFinancing) -> dict[str, int]:
    """Days in post in 2022 of each coordinator counted, read from the explanation's `held[i]`
    steps (label "In post: boc-2, 1 FTE, …", formula "FTE × days/365"), in either form (the year
    form nests them in its slice: `slice[0].held[i]`)."""
    out: dict[str, int] = {}
    for step in post.result.why.steps:
        if re.search(r"(^|\.)held\[\d+\]$", step.id):
            who = re.match(r"In post: ([^,]+),", step.label.en)
            days = re.search(r" × (\d+)/365$", step.formula)
            assert who is not None and days is not None, (step.label.en, step.formula)
            out[who.group(1)] = out.get(who.group(1), 0) + int(days.group(1))
    return out


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
    """The activity and prorata are the convention's, on either basis of ETP."""
    forms = both_forms(ds, "national-2020", ExpenseBasis.at_ceiling)
    forms += [in_post(ds, "national-2020", ExpenseBasis.at_ceiling, f) for f in IN_POST_FORMS]
    for p in forms:
        for post_id, g in G["activity_2022"].items():
            post = p.post(post_id)
            start, end = date.fromisoformat(g["start"]), date.fromisoformat(g["end"])
            assert post.active == ctg.Period(start, end)
            assert str(post.prorata) == g["prorata"]
    # On the contracted ETP the explanation multiplies by the prorata.
    on_date = both_forms(ds, "national-2020", ExpenseBasis.at_ceiling)[1]
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
        # On the contracted ETP the ETP-years financed are the contracted ones.
        contracted = G["in_post"]["fte_years_total"]["contracted_fraction"]
        assert str(p.total.contracted_fte_years) == contracted
        assert str(p.total.financed_fte_years) == contracted
        assert (p.total.financed, p.total.missing, p.total.inactive) == (5, 0, 0)
        assert p.missing_expense() == []
        assert vacancies(p) == []
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
    """The expense ceiling is 48,000 € × FTE × prorata on the contracted ETP, kept EXACT (the aid
    is rounded once, at the end): a whole number of cents is shown as an amount, Haut Val de
    Sèvre's 864000/73 as its decimals."""
    g = G["maximum"]["charente-2021"]
    p = both_forms(ds, rulebook_id, ExpenseBasis.at_ceiling)[1]
    for post_id, ceiling in g["ceiling_by_post"].items():
        exact = Fraction(g["ceiling_exact_by_post"][post_id])
        # The golden's own consistency: the ceiling to the cent is its exact value rounded.
        assert Fraction(Money(ceiling).cents, 100) == Fraction(round(exact * 100), 100)
        step = p.post(post_id).result.why.step("ceiling")
        if (exact * 100).denominator == 1:
            assert step.amount == Money(ceiling)
        else:
            assert step.amount is None
            shown = step.value.removesuffix("…")
            assert step.value.endswith("…") and shown.startswith(ceiling[:-1])
            places = len(shown.partition(".")[2])
            assert abs(Fraction(shown) - exact) < Fraction(1, 10**places)


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


# --- On the ETP in post (the built-in rulebooks' default) -------------------------------------


@pytest.mark.parametrize("rulebook_id", RULEBOOKS)
def test_every_built_in_rulebook_pays_the_etp_in_post(ds: Dataset, rulebook_id: str) -> None:
    rules = ctg.builtin_rulebook(rulebook_id)
    assert rules.rule.fte is FteBasis.in_post
    for form in IN_POST_FORMS:
        by_default = in_post(ds, rulebook_id, ExpenseBasis.at_ceiling, form)
        said = ctg.finance_portfolio(
            ds, rules, IN_POST_FORMS[form], ExpenseBasis.at_ceiling, fte_paid=FteBasis.in_post
        )
        assert said.fte_paid is FteBasis.in_post
        assert (
            said.total.total
            == by_default.total.total
            == Money(G[form]["maximum"][rulebook_id]["total"])
        )


@pytest.mark.parametrize("form", list(IN_POST_FORMS))
def test_fte_years_contracted_and_held(ds: Dataset, form: str) -> None:
    g = G[form]
    p = in_post(ds, "national-2020", ExpenseBasis.at_ceiling, form)
    for post_id, row in g["fte_years"].items():
        post = p.post(post_id)
        assert str(post.contracted_fte_years) == row["contracted_fraction"]
        assert ratio_2dp(post.contracted_fte_years) == row["contracted_2dp"]
        assert str(post.held_fte_years) == row["held_fraction"]
        assert ratio_2dp(post.held_fte_years) == row["held_2dp"]
        assert str(post.financed_fte_years) == row["financed_fraction"]
        assert days_held(post) == row["days_held"]
    total = g["fte_years_total"]
    assert str(p.total.contracted_fte_years) == total["contracted_fraction"]
    assert ratio_2dp(p.total.contracted_fte_years) == total["contracted_2dp"]
    assert str(p.total.held_fte_years) == total["held_fraction"]
    assert ratio_2dp(p.total.held_fte_years) == total["held_2dp"]
    # The contracted basis reads the same held ETP-years (same form) but finances the contracted.
    c = both_forms(ds, "national-2020", ExpenseBasis.at_ceiling)[list(IN_POST_FORMS).index(form)]
    assert str(c.total.held_fte_years) == total["held_fraction"]
    assert str(c.total.financed_fte_years) == total["contracted_fraction"]


@pytest.mark.parametrize("rulebook_id", RULEBOOKS)
@pytest.mark.parametrize("basis", list(BASES))
@pytest.mark.parametrize("form", list(IN_POST_FORMS))
def test_financing_on_the_etp_in_post(ds: Dataset, form: str, basis: str, rulebook_id: str) -> None:
    g = G[form][basis][rulebook_id]
    p = in_post(ds, rulebook_id, BASES[basis], form)
    assert p.total.total == Money(g["total"])
    assert parts_of(p.total) == g["parts"]
    assert p.missing_expense() == g["missing"]
    assert (p.total.financed, p.total.missing) == (g["financed"], len(g["missing"]))
    assert str(p.total.financed_fte_years) == g["fte_years_fraction"]
    assert ratio_2dp(p.total.financed_fte_years) == g["fte_years_2dp"]
    for post_id, amount in g["by_post"].items():
        post = p.post(post_id)
        if amount is None:
            assert post_id in g["missing"]
            assert post.status is PostStatus.missing_expense and post.result is None
            assert post.total == Money("0.00")
            continue
        assert post.status is PostStatus.financed
        assert post.total == Money(amount)
        if "parts_by_post" in g:
            assert parts_of(post.result) == g["parts_by_post"][post_id]
    for siren, amount in g["by_epci"].items():
        assert p.epci(siren).total == Money(amount)
    for siren, parts in g.get("parts_by_epci", {}).items():
        assert parts_of(p.epci(siren)) == parts
    for conv, amount in g["by_convention"].items():
        assert p.convention(conv).total == Money(amount)
    assert sum((Money(v) for v in g["parts"].values()), Money()) == (
        p.total.total if g["parts"] else Money()
    )


@pytest.mark.parametrize("form", list(IN_POST_FORMS))
def test_gain_cej_to_national_on_the_etp_in_post(ds: Dataset, form: str) -> None:
    g = G[form]["gain_cej_to_national"]
    basis = ExpenseBasis[g["basis"]]
    gain = ctg.compare_portfolios(
        in_post(ds, "cej", basis, form), in_post(ds, "national-2020", basis, form)
    )
    assert gain.total.from_ == Money(g["from"]) and gain.total.to == Money(g["to"])
    assert gain.total.delta == Money(g["total"])
    assert str(gain.total.fte_years) == g["fte_years_fraction"]
    assert gain.total.delta_per_fte == Money(g["per_fte"])
    # The figure per ETP-year is the exact ratio delta / ETP-years, rounded once.
    exact = Fraction(g["total"]) / Fraction(g["fte_years_fraction"])
    assert exact == Fraction(g["per_fte_fraction"])
    assert {d.id for d in gain.by_epci} == set(g["by_epci"])
    for d in gain.by_epci:
        row = g["by_epci"][d.id]
        assert d.delta == Money(row["delta"])
        assert str(d.fte_years) == row["fte_years_fraction"]
        if row["per_fte"] is None:
            assert d.delta_per_fte is None
        else:
            assert d.delta_per_fte == Money(row["per_fte"])


def test_the_date_form_counts_the_coordinators_known_on_the_date(ds: Dataset) -> None:
    """On 2022-06-30 boc-3 (from 2022-07-01) and hvs-1 (from 2022-10-03) are not yet known:
    Bocage Bressuirais is held 516/365 ETP-year instead of 140/73, and Haut Val de Sèvre, active
    from 2022-10-03 with nobody known in post, is financed 0 € with a warning
    `financing.vacant` naming its post; the year form counts every coordinator as written."""
    g_date, g_year = G["in_post_on_date"], G["in_post"]
    haut_val, bocage = "post-haut-val-de-sevre", "post-bocage-bressuirais"
    assert ds.post_at(bocage).coordinators[2].start == date(2022, 7, 1)
    assert ds.post_at(haut_val).coordinators[0].start == date(2022, 10, 3)
    for rulebook_id in RULEBOOKS:
        for basis in BASES:
            on_date = in_post(ds, rulebook_id, BASES[basis], "in_post_on_date")
            by_year = in_post(ds, rulebook_id, BASES[basis], "in_post")
            # boc-3 and hvs-1 are left out on the date, counted in the year form (Bocage, without
            # a 2022 expense, has no result where the rulebook reads the expense: missing).
            if on_date.post(bocage).result is not None:
                assert days_held(on_date.post(bocage)) == {"boc-1": 365, "boc-2": 151}
                assert days_held(by_year.post(bocage))["boc-3"] == 184
            assert str(on_date.post(bocage).held_fte_years) == "516/365"
            assert str(by_year.post(bocage).held_fte_years) == "140/73"
            assert days_held(by_year.post(haut_val)) == {"hvs-1": 90}
            # Haut Val de Sèvre: active, not missing (it declares an expense), financed 0.00.
            post = on_date.post(haut_val)
            assert post.status is PostStatus.financed
            assert post.active == ctg.Period(date(2022, 10, 3), date(2023, 1, 1))
            assert days_held(post) == {}
            assert str(post.held_fte_years) == "0" and str(post.financed_fte_years) == "0"
            assert post.total == Money(g_date[basis][rulebook_id]["by_post"][haut_val])
            assert post.total == Money("0.00")
            assert by_year.post(haut_val).total == Money(
                g_year[basis][rulebook_id]["by_post"][haut_val]
            )
            assert on_date.total.total == Money(g_date[basis][rulebook_id]["total"])
            assert by_year.total.total == Money(g_year[basis][rulebook_id]["total"])
            # One warning, naming the vacant post; none in the year form.
            vacant = vacancies(on_date)
            assert len(vacant) == 1 and haut_val in vacant[0].field
            assert all(bocage not in w.field for w in vacant)
            assert vacancies(by_year) == []
            # On the contracted ETP nobody's presence counts: no vacancy, the source figures.
            for contracted in both_forms(ds, rulebook_id, BASES[basis]):
                assert vacancies(contracted) == []
                amount = G[basis][rulebook_id].get("by_post", {}).get(haut_val)
                if amount is not None:
                    assert contracted.post(haut_val).total == Money(amount)


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
