# SPDX-License-Identifier: MIT
"""ctg analysis: exact ratios (ints, Fraction and Decimal, never float), coverage against the
COG trajectory, coordination volume, portfolio financing and the CEJ → CTG comparison,
deadlines, evidence marks and Markdown tables."""

from __future__ import annotations

import pickle
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction

import pytest

import ctg
from ctg import (
    CoverageStatus,
    Dataset,
    Evidence,
    EvidenceMarks,
    ExactRatio,
    ExpenseBasis,
    Fte,
    Money,
    Rate,
    RatioFormat,
    RoundedDecimal,
    Rounding,
)

JUNE_30 = date(2021, 6, 30)


@pytest.fixture(scope="module")
def charente() -> Dataset:
    return ctg.builtin_dataset("charente-2021")


# --- Exact ratios ----------------------------------------------------------------------------


def test_exact_ratio_is_exact() -> None:
    per_fte = ExactRatio(350859 * 10000, 147500)
    assert (per_fte.numerator, per_fte.denominator) == (1403436, 59)
    assert per_fte.to_fraction() == str(per_fte) == "1403436/59"
    assert per_fte.as_fraction() == Fraction(350859 * 10000, 147500)
    assert per_fte.to_decimal(2) == Decimal("23787.05")
    assert per_fte.to_decimal(0) == Decimal(23787)
    assert per_fte.to_decimal(3, Rounding.down) == Decimal("23787.050")
    assert per_fte.rounded(RatioFormat(decimals=2)).to_french() == "23\u202f787,05"
    assert repr(per_fte) == "ExactRatio(1403436, 59)" and eval(repr(per_fte), vars(ctg)) == per_fte
    huge = ExactRatio(10**40, 3)
    assert huge.numerator == 10**40 and huge.as_fraction() == Fraction(10**40, 3)
    assert ExactRatio(1, 3) + ExactRatio(1, 6) == ExactRatio(1, 2)
    assert ExactRatio(1, 2) - ExactRatio(1, 3) == ExactRatio(1, 6)
    assert ExactRatio(2, 3) * ExactRatio(3, 4) == ExactRatio(1, 2)
    assert ExactRatio(1, 2) / ExactRatio(1, 4) == ExactRatio(2)
    assert ExactRatio(1, 3) < ExactRatio(1, 2) and ExactRatio(-1, 2) < ExactRatio(0)
    assert hash(ExactRatio(1, 2)) == hash(Fraction(1, 2))
    assert pickle.loads(pickle.dumps(huge)) == huge


def test_exact_ratio_refuses_floats() -> None:
    with pytest.raises(TypeError, match="float"):
        ExactRatio(0.5)
    with pytest.raises(TypeError):
        float(ExactRatio(1, 2))  # type: ignore[arg-type]
    with pytest.raises(ctg.InvalidValueError, match="zero"):
        ExactRatio(1, 0)
    with pytest.raises(ctg.InvalidValueError):
        ExactRatio(1) / ExactRatio(0)
    assert ExactRatio(1, 2) != Fraction(1, 2)  # instances of the class only, as Money
    with pytest.raises(ctg.InvalidValueError):
        ExactRatio(2, 3).to_decimal(19)


def test_rounded_decimal_and_sqrt() -> None:
    r = ctg.rounded_sqrt(ExactRatio(2), RatioFormat(decimals=6))
    assert isinstance(r, RoundedDecimal)
    assert r.to_plain() == "1.414214" and not r.is_exact and r.scaled == 1414214
    assert r.to_decimal() == Decimal("1.414214")
    assert ctg.rounded_sqrt(ExactRatio(9, 4)).is_exact
    assert r.to_french() == "1,414214" and r.to_english() == "1.414214"
    assert eval(repr(r), vars(ctg)) == r and pickle.loads(pickle.dumps(r)) == r
    with pytest.raises(ctg.InvalidValueError):
        ctg.rounded_sqrt(ExactRatio(-1))
    assert ctg.divide_rounded_big(5, 2, Rounding.half_even) == 2
    assert ctg.divide_rounded_big(10**30 + 1, 2, Rounding.up) == 5 * 10**29 + 1


def test_evidence_marks() -> None:
    marks = EvidenceMarks([Evidence.public_source, Evidence.source_document])
    assert str(marks) == "[D][P]" and marks.kinds == [
        Evidence.source_document,
        Evidence.public_source,
    ]
    more = marks.add(Evidence.illustrative)
    assert str(more) == "[D][P][I]" and str(marks) == "[D][P]"  # values: add returns new marks
    assert Evidence.illustrative in more and Evidence.scenario not in more
    assert (marks | EvidenceMarks([Evidence.scenario])).to_string() == "[D][P][S]"
    assert not EvidenceMarks() and EvidenceMarks().empty
    assert eval(repr(more), vars(ctg)) == more and pickle.loads(pickle.dumps(more)) == more
    assert ctg.mark(Evidence.illustrative) == "[I]"


# --- Coverage --------------------------------------------------------------------------------


def test_coverage_is_100_percent_on_30_june_2021(charente: Dataset) -> None:
    c = ctg.coverage(charente, JUNE_30)
    # Millésime 2018, in force in 2021 (data/epci.json of @etalab/decoupage-administratif 1.1.1).
    assert c.on == JUNE_30 and c.covered == c.total == 351778
    assert c.share == ExactRatio(1) and c.share.as_fraction() == 1
    assert c.share.percent().to_plain() == "100.00"
    assert c.cog_target == Rate.percent("75")
    assert c.meets_target() is True
    assert c.gap_to_target() == ExactRatio(1, 4)
    assert c.uncovered() == []
    assert all(e.status is CoverageStatus.covered for e in c.epcis) and len(c.epcis) == 9
    assert Evidence.public_source in c.marks
    assert pickle.loads(pickle.dumps(c)) == c
    assert "100.00 %" in repr(c)


def test_cog_trajectory() -> None:
    years = [(m.year, m.target) for m in ctg.cog_2018_2022_trajectory()]
    assert years[3] == (2021, Rate.percent("75")) and len(years) == 5
    assert ctg.cog_2018_2022_target(2023) is None
    assert ctg.cog_2018_2022_provenance().cited.url.startswith("https://")


def test_coverage_refuses_a_datetime(charente: Dataset) -> None:
    with pytest.raises(TypeError, match="datetime"):
        ctg.coverage(charente, datetime(2021, 6, 30, 9, 0))


# --- Coordination volume ---------------------------------------------------------------------


def test_inhabitants_per_fte(charente: Dataset) -> None:
    v = ctg.coordination_volume(charente)
    assert v.total_fte == Fte("14.75") and v.total_population == 351778
    assert v.inhabitants_per_fte is not None
    assert v.inhabitants_per_fte.to_decimal(2) == Decimal("23849.36")
    assert v.inhabitants_per_fte.as_fraction() == Fraction(351778, 1) / Fraction("14.75")
    assert v.fte_per_10000 == ExactRatio(147500, 351778)
    grand_angouleme = v.epcis[0]
    assert grand_angouleme.contracted_fte == Fte("2.5") and grand_angouleme.posts == [
        "post-grand-angouleme"
    ]
    assert grand_angouleme.inhabitants_per_fte.to_decimal(2) == Decimal("56710.40")  # 141,776/2.5
    assert str(grand_angouleme.marks)
    spread = v.spread
    assert spread is not None and spread.territories == 9
    assert spread.max.name == "CA du Grand Angoulême"
    assert spread.max_over_min == spread.max.inhabitants_per_fte / spread.min.inhabitants_per_fte
    assert spread.standard_deviation().to_decimal() == Decimal("13041.37")
    assert spread.coefficient_of_variation_percent().to_decimal() == Decimal("60.78")
    assert ctg.coordination_volume(charente, JUNE_30).total_fte == Fte("14.75")
    assert pickle.loads(pickle.dumps(v)) == v


# --- Portfolio financing ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rulebook_id", "total"),
    [
        ("national-2020", "354000.00"),
        ("cej", "332656.75"),
        ("charente-2021", "566400.00"),
        ("loire-cej-2015", "442004.40"),
    ],
)
def test_portfolio_at_the_ceiling(charente: Dataset, rulebook_id: str, total: str) -> None:
    """The maxima on the contracted ETP, as the source document computes them (the ETP in
    post: test_dated_in_post.py)."""
    rules = ctg.builtin_rulebook(rulebook_id)
    contracted = ctg.FteBasis.contracted
    on_date = ctg.finance_portfolio(charente, rules, JUNE_30, ExpenseBasis.at_ceiling, contracted)
    by_year = ctg.finance_portfolio(
        charente, rules, year=2021, basis=ExpenseBasis.at_ceiling, fte_paid=contracted
    )
    for p in (on_date, by_year):
        assert p.total.total == Money(total)
        assert sum((e.total for e in p.by_epci), Money()) == p.total.total
        assert sum((c.total for c in p.by_convention), Money()) == p.total.total
        assert p.total.contracted_fte == Fte("14.75") and p.total.financed == 9
    assert on_date.parameters_on == JUNE_30 and by_year.parameters_on is None
    if rulebook_id == "charente-2021":
        assert [part.amount for part in on_date.total.parts] == [
            Money("389400.00"),
            Money("177000.00"),
        ]


def test_portfolio_lookups(charente: Dataset) -> None:
    p = ctg.finance_portfolio(
        charente, ctg.builtin_rulebook("charente-2021"), 2021, ExpenseBasis.declared
    )
    assert p.missing_expense() == []
    assert p.epci("200071827").total == p.post("post-grand-angouleme").total
    assert p.convention("ctg-grand-angouleme").label
    assert p.post("nope") is None and p.epci("241600303") is not None
    post = p.post("post-grand-angouleme")
    assert post.status is ctg.PostStatus.financed and post.result is not None
    assert post.declared_expense == Money("112500.00")
    assert "Aide de la Caf" in post.result.why.to_text()
    assert p.parts[0].label.fr == "Bonus territoire" and p.parameters
    assert pickle.loads(pickle.dumps(p)) == p


def test_cej_to_national_gain(charente: Dataset) -> None:
    contracted = ctg.FteBasis.contracted  # the source document's computation
    cej = ctg.finance_portfolio(
        charente, ctg.builtin_rulebook("cej"), JUNE_30, ExpenseBasis.at_ceiling, contracted
    )
    national = ctg.finance_portfolio(
        charente,
        ctg.builtin_rulebook("national-2020"),
        JUNE_30,
        ExpenseBasis.at_ceiling,
        contracted,
    )
    gain = ctg.compare_portfolios(cej, national)
    assert gain.total.from_ == Money("332656.75") and gain.total.to == Money("354000.00")
    assert gain.total.delta == Money("21343.25")
    assert gain.total.delta_per_fte == Money("1447.00")
    assert len(gain.by_epci) == 9 and gain.not_compared == []
    assert (gain.from_rulebook, gain.to_rulebook) == ("cej", "national-2020")
    with pytest.raises(ctg.InvalidValueError):
        other_year = ctg.finance_portfolio(
            charente, ctg.builtin_rulebook("cej"), 2022, ExpenseBasis.at_ceiling
        )
        ctg.compare_portfolios(from_=other_year, to=national)


def test_portfolio_year_or_date_only(charente: Dataset) -> None:
    rules = ctg.builtin_rulebook("cej")
    with pytest.raises(TypeError):
        ctg.finance_portfolio(charente, rules, 2021.0, ExpenseBasis.at_ceiling)
    with pytest.raises(TypeError, match="datetime"):
        ctg.finance_portfolio(charente, rules, datetime(2021, 6, 30, 1), ExpenseBasis.at_ceiling)


# --- Deadlines -------------------------------------------------------------------------------


def test_deadlines(charente: Dataset) -> None:
    r = ctg.deadlines(charente, JUNE_30, 12)
    assert r.horizon == date(2022, 6, 30) == ctg.add_months(JUNE_30, 12)
    assert r.upcoming == []
    assert r.next_after_horizon is not None
    # As known on 30/06/2021, four terms end on 31/12/2022 (the prolongations of Grand
    # Angoulême and 4B are signed in November and December 2022): the first by id is 4B.
    assert r.next_after_horizon.convention_id == "ctg-4b-sud-charente"
    assert r.next_after_horizon.days_remaining == 549
    assert r.prolonged == []
    known = ctg.deadlines(charente, date(2023, 6, 30), 12)
    assert [c.convention_id for c in known.prolonged] == [
        "ctg-4b-sud-charente",
        "ctg-grand-angouleme",
    ]
    assert known.prolonged[1].prolongations[0].new_last_day == date(2023, 12, 31)
    assert r.by_referent[0].referent_id == "ccd-a"
    later = ctg.deadlines(charente, date(2022, 6, 30), 12)
    assert [c.days_remaining for c in later.upcoming[:2]] == [184, 184]
    one = ctg.deadline_of(charente, charente.convention_at("ctg-rouillacais"), JUNE_30)
    assert one.last_day == date(2022, 12, 31)
    assert len(ctg.conventions_by_referent(charente, JUNE_30)) >= 3
    assert ctg.add_months(date(2021, 8, 31), 6) == date(2022, 2, 28)
    with pytest.raises(ctg.InvalidValueError, match="months"):
        ctg.deadlines(charente, JUNE_30, -1)
    assert pickle.loads(pickle.dumps(r)) == r


def test_comparison_per_post_and_part_of_a_part_weight_scenario() -> None:
    # Five points moved from the Caf's local funds to the bonus territoire (60 % + 20 %): the
    # aid stays 80 % × 48,000 € = 38,400 € per ETP; 5 % × 48,000 € = 2,400 € per ETP changes part.
    dataset = ctg.builtin_dataset("charente-2021")
    base = ctg.builtin_rulebook("charente-2021")
    moved = ctg.apply_scenario(
        base, "bonus-60", ["part_bonus_territoire=60", "part_fonds_locaux=20"]
    )
    on, at_ceiling = date(2021, 6, 30), ctg.ExpenseBasis.at_ceiling
    contracted = ctg.FteBasis.contracted
    comparison = ctg.compare_portfolios(
        ctg.finance_portfolio(dataset, base, on, at_ceiling, contracted),
        ctg.finance_portfolio(dataset, moved, on, at_ceiling, contracted),
    )
    angouleme = comparison.post("post-grand-angouleme")  # 2.5 ETP
    assert angouleme is not None and angouleme.delta == Money("0")
    # Bonus 26,400 → 28,800 € per ETP, local funds 12,000 → 9,600 € per ETP, × 2.5 ETP.
    assert [(p.id, p.from_, p.to, p.delta) for p in angouleme.parts] == [
        ("bonus_territoire", Money("66000"), Money("72000"), Money("6000")),
        ("fonds_locaux", Money("30000"), Money("24000"), Money("-6000")),
    ]
    assert comparison.post("post-unknown") is None
    assert [p.id for p in comparison.by_post] == [p.id for p in dataset.posts]
    # 14.75 ETP × 2,400 € = 35,400 € moved, in total and summed over the EPCI.
    assert [p.delta for p in comparison.total.parts] == [Money("35400"), Money("-35400")]
    assert sum((e.parts[0].delta for e in comparison.by_epci), Money()) == Money("35400")


def test_default_report_rulebooks_are_national_then_the_departments_own() -> None:
    assert ctg.default_report_rulebooks(ctg.builtin_dataset("charente-2021")) == [
        "national-2020",
        "cej",
        "charente-2021",
    ]
    assert ctg.builtin_rulebook("charente-2021").department == "16"
    assert ctg.builtin_rulebook("loire-cej-2015").applies_in("42")
    assert not ctg.builtin_rulebook("loire-cej-2015").applies_in("16")
    assert ctg.builtin_rulebook("national-2020").applies_in("79")
    assert ctg.DEFAULT_BASELINE_RULEBOOK == "cej"
