# SPDX-License-Identifier: MIT
"""ctg datasets: the embedded Charente dataset and its model objects, lookups, JSON in and
out (with every error and its path), pickling, posts from CSV merged with with_posts()."""

from __future__ import annotations

import datetime as datetime_module
import json
import pathlib
import pickle
from datetime import date

import pytest

import ctg
from ctg import (
    CnafTheme,
    Convention,
    CoordinationPost,
    Dataset,
    Epci,
    EpciKind,
    Fte,
    InseeCode,
    KnownRole,
    Money,
    Period,
    Population,
    Provenance,
    SignatoryRole,
    Siren,
    Theme,
    Volet,
    YearlyExpense,
)

ROOT = pathlib.Path(__file__).resolve().parents[3]
POSTS_CSV = ROOT / "tests" / "data" / "posts" / "charente-2022.csv"
MINIMAL = ROOT / "tests" / "data" / "dataset" / "minimal.json"
ROUILLACAIS = "241600303"
NAMESPACE = {**vars(ctg), "datetime": datetime_module}


@pytest.fixture(scope="module")
def charente() -> Dataset:
    return ctg.builtin_dataset("charente-2021")


# --- The embedded dataset --------------------------------------------------------------------


def test_embedded_charente(charente: Dataset) -> None:
    assert ctg.builtin_dataset_ids() == ["charente-2021"]
    assert charente.id == "charente-2021"
    assert charente.department.name == "Charente" and charente.department.code == "16"
    assert len(charente.epcis) == 9
    # Millésime 2018 (data/epci.json of @etalab/decoupage-administratif 1.1.1, by hand).
    assert charente.total_population == 351778
    assert charente.total_communes == 365
    assert charente.total_contracted_fte == Fte("14.75")
    assert len(charente.conventions) == 9 and len(charente.posts) == 9
    assert sum(e.population.inhabitants for e in charente.epcis) == 351778
    assert sum((p.contracted_fte for p in charente.posts), Fte(0)) == Fte("14.75")
    assert (
        ctg.builtin_dataset("charente-2021") is charente
        or ctg.builtin_dataset("charente-2021") == charente
    )
    assert "9 EPCI" in repr(charente)
    with pytest.raises(ctg.OutOfRangeError, match="charente-2021"):
        ctg.builtin_dataset("nowhere")


def test_epci_objects(charente: Dataset) -> None:
    rouillacais = charente.epci_at(ROUILLACAIS)
    assert isinstance(rouillacais, Epci)
    assert rouillacais.name == "CC du Rouillacais"
    assert rouillacais.siren == Siren(ROUILLACAIS) and str(rouillacais.siren) == ROUILLACAIS
    assert rouillacais.kind is EpciKind.CC
    assert isinstance(rouillacais.population, Population)
    assert rouillacais.population.inhabitants == 10019
    assert rouillacais.provenance.cited.document
    assert charente.epci_at(Siren(ROUILLACAIS)) == rouillacais
    assert charente.find_epci("200071827").kind is EpciKind.CA
    assert charente.find_epci("123456782") is None  # valid SIREN, not in the dataset
    with pytest.raises(ctg.OutOfRangeError):
        charente.epci_at("123456782")
    with pytest.raises(ctg.InvalidValueError, match="Luhn"):
        charente.epci_at("200071828")
    assert ctg.to_string(EpciKind.metropole) == "metropole"
    assert ctg.parse_epci_kind("CA") is EpciKind.CA
    assert ctg.french_label(EpciKind.CC) == "Communauté de communes"


def test_conventions(charente: Dataset) -> None:
    c = charente.convention_at("ctg-grand-angouleme")
    assert isinstance(c, Convention)
    assert c.term.start == date(2019, 1, 1)
    # avenant-1, signed 2022-11-15, runs the term to 2023-12-31: counted from its signature.
    before, after = date(2021, 6, 30), date(2023, 6, 30)
    assert not c.is_prolonged(before) and c.effective_end(before) == date(2023, 1, 1)
    assert c.is_prolonged(after) and c.effective_end(after) == date(2024, 1, 1)
    # The bilan is due on the last day of the term as known (the library's labelled rule).
    due = [ctg.deadline_of(charente, c, day).bilan_due for day in (before, after)]
    assert due == [date(2022, 12, 31), date(2023, 12, 31)]
    assert ctg.default_bilan_rule().origin.kind == ctg.Evidence.reading
    six_months = ctg.BilanRule(months_before_end=6)
    assert ctg.deadline_of(charente, c, before, six_months).bilan_due == date(2022, 6, 30)
    assert c.effective_term(after) == Period(date(2019, 1, 1), date(2024, 1, 1))
    assert c.latest_known_end == date(2024, 1, 1)
    assert c.latest_known_term == Period(date(2019, 1, 1), date(2024, 1, 1))
    assert [a.id for a in c.prolongations_known_on(after)] == ["avenant-1"]
    assert c.prolongations_known_on(before) == []
    assert c.active_on(date(2021, 6, 30)) and not c.active_on(date(2024, 1, 1))
    assert c.active_on(after) and not c.active_on(after, known_on=before)
    assert c.meets_cnaf_minimum
    assert c.has_theme("parentalite") and c.has_theme(CnafTheme.jeunesse)
    assert not c.has_theme("local:bien vieillir")
    assert c.covers_epci("200071827")
    assert c.territories.epcis == [Siren("200071827")]
    assert c.signatories[0].role == SignatoryRole(KnownRole.caf)
    assert c.amendments[0].is_prolongation
    assert c.action_plan[0].fiches[0].status is ctg.ActionStatus.in_progress
    assert c.governance[0].kind is ctg.BodyKind.comite_pilotage
    assert c.diagnostic is not None and c.diagnostic.caf_cofinancing == Money("7500")
    assert charente.find_convention("nope") is None
    with pytest.raises(ctg.OutOfRangeError, match="ctg-grand-angouleme"):
        charente.convention_at("nope")  # the message lists the known ids
    assert [x.id for x in charente.conventions_covering("200071827")] == ["ctg-grand-angouleme"]
    assert "ctg-grand-angouleme" in repr(c)


def test_posts_and_iteration(charente: Dataset) -> None:
    for post in charente.posts:
        assert isinstance(post, CoordinationPost)
        assert charente.post_at(post.id) == post
        assert charente.find_convention(post.convention_id) is not None
        assert charente.find_epci(post.pilot_epci) is not None
    p = charente.post_at("post-rouillacais")
    assert p.contracted_fte == Fte("0.75")
    assert p.expense_for(2021) == YearlyExpense(
        year=2021, amount=Money("33000.00"), provenance=p.expense_for(2021).provenance
    )
    assert p.expense_for(1999) is None
    assert all(v in (Volet.famille, Volet.education, Volet.social) for v in p.volets)
    assert p.staffed_fte_on(date(2021, 6, 30)) <= p.contracted_fte
    assert [x.id for x in charente.posts_of("ctg-rouillacais")] == ["post-rouillacais"]
    assert charente.find_post("nope") is None
    assert [r.id for r in charente.referents] == ["ccd-a", "ccd-b", "ccd-c"]
    assert charente.referent_at("ccd-a").name


def test_references_keep_the_dataset_alive() -> None:
    d = ctg.load_dataset_json(ctg.to_json(ctg.builtin_dataset("charente-2021")))
    posts = d.posts
    del d
    import gc

    gc.collect()
    assert posts[0].id == "post-grand-angouleme"


def test_warnings_are_error_details(charente: Dataset) -> None:
    assert charente.warnings
    for w in charente.warnings:
        assert isinstance(w, ctg.ErrorDetail)
        assert w.field and w.expected
    assert any(w.field.startswith("conventions[") for w in charente.warnings)


def test_evaluations_of_the_dataset(charente: Dataset) -> None:
    assert len(charente.evaluations) == 13
    assert charente.evaluation_years() == [2021, 2022]
    of = charente.evaluations_of("post-rouillacais")
    assert [e.year for e in of] == [2021, 2022]
    found = charente.find_evaluation("post-rouillacais", 2022)
    assert found is not None and found == of[1]
    assert charente.find_evaluation("post-rouillacais", 2019) is None
    assert charente.evaluations_of("nope") == []


# --- Model values ----------------------------------------------------------------------------


def test_codes() -> None:
    s = Siren("200071827")
    assert str(s) == "200071827" and repr(s) == "Siren('200071827')" and not s.empty
    assert Siren().empty and repr(Siren()) == "Siren()"
    assert Siren.is_valid("200071827") and not Siren.is_valid("200071828")
    with pytest.raises(ctg.InvalidValueError, match=r"epcis\[0\]\.siren"):
        Siren.parse("2000718", "epcis[0].siren")
    assert sorted([Siren("241600303"), s]) == [s, Siren("241600303")]
    assert {s: 1}[Siren("200071827")] == 1
    code = InseeCode("2A004")
    assert code.department == "2A" and eval(repr(code), NAMESPACE) == code
    with pytest.raises(ctg.InvalidValueError):
        InseeCode("1601")
    for value in (s, Siren(), code):
        assert pickle.loads(pickle.dumps(value)) == value


def test_themes_and_roles() -> None:
    assert Theme("parentalite") == Theme(CnafTheme.parentalite)
    assert Theme("parentalite").cnaf is CnafTheme.parentalite
    local = Theme("local:bien vieillir")
    assert local.is_local and local.local_label == "bien vieillir" and local.cnaf is None
    assert str(local) == "local:bien vieillir" and eval(repr(local), NAMESPACE) == local
    assert Theme.local("bien vieillir") == local
    assert Theme("enfance") > Theme("petite_enfance")  # Cnaf themes in list order
    with pytest.raises(ctg.InvalidValueError, match="parentalite"):
        Theme("parentalité")  # a typo is never taken for a local theme
    assert SignatoryRole("msa").known is KnownRole.msa
    assert pickle.loads(pickle.dumps(local)) == local
    assert ctg.all_cnaf_themes()[0] is CnafTheme.petite_enfance and len(ctg.all_cnaf_themes()) == 10
    assert ctg.label(CnafTheme.petite_enfance).fr == "Petite enfance"
    assert (
        ctg.to_string(Volet.education) == "education" and ctg.parse_volet("social") is Volet.social
    )
    assert ctg.LOCAL_MARKER == "local:" and ctg.DATASET_FORMAT == "ctg.dataset/1"


def test_cnaf_themes_sort_before_local_ones() -> None:
    assert Theme("jeunesse") < Theme("local:bien vieillir")
    assert SignatoryRole("caf") < SignatoryRole("local:centre social")


def test_model_values_have_keyword_constructors_and_reprs(charente: Dataset) -> None:
    population = Population(inhabitants=100, reference_year=2021)
    assert population.provenance == Provenance()
    assert eval(repr(population), NAMESPACE) == population
    c = charente.convention_at("ctg-grand-angouleme")
    for value in (c.signatories[1], c.territories, c.action_plan[0], c.governance[0], c.diagnostic):
        rebuilt = eval(repr(value), NAMESPACE)
        assert rebuilt == value and hash(rebuilt) == hash(value)
    post = CoordinationPost(
        id="post-new",
        convention_id="ctg-rouillacais",
        pilot_epci=ROUILLACAIS,
        contracted_fte="0.5",
        themes=["jeunesse", CnafTheme.parentalite],
        expenses=[YearlyExpense(year=2022, amount="20 000,00 €")],
    )
    assert post.pilot_epci == Siren(ROUILLACAIS)
    assert post.themes == [Theme("jeunesse"), Theme("parentalite")]
    assert pickle.loads(pickle.dumps(post)) == post
    with pytest.raises(TypeError):
        CoordinationPost(id="x", pilot_epci=ROUILLACAIS)  # contracted_fte is required
    with pytest.raises(TypeError, match="float"):
        YearlyExpense(year=2022, amount=20000.0)
    for value in (c, charente.epci_at(ROUILLACAIS), charente.post_at("post-rouillacais")):
        assert pickle.loads(pickle.dumps(value)) == value


# --- JSON ------------------------------------------------------------------------------------


def test_json_round_trip_and_pickle(charente: Dataset, tmp_path: pathlib.Path) -> None:
    text = ctg.to_json(charente)
    assert text == ctg.dataset_to_json(charente)
    assert json.loads(text)["format"] == "ctg.dataset/1"
    again = ctg.load_dataset_json(text, "again.json")
    assert again == charente and ctg.to_json(again) == text
    path = tmp_path / "charente.json"
    path.write_text(text, encoding="utf-8")
    assert ctg.load_dataset_file(path) == charente
    assert ctg.load_dataset_file(str(path)) == charente
    assert pickle.loads(pickle.dumps(charente)) == charente
    minimal = ctg.load_dataset_file(MINIMAL)
    assert minimal.id == "test-minimal" and minimal != charente


def test_build_from_parts(charente: Dataset) -> None:
    parts = charente.parts
    assert isinstance(parts, ctg.DatasetParts) and len(parts.posts) == 9
    rebuilt = Dataset.build(parts, "rebuilt")
    assert rebuilt == charente
    trimmed = ctg.DatasetParts(
        id="trimmed",
        label=parts.label,
        department=parts.department,
        referents=parts.referents,
        epcis=parts.epcis,
        conventions=parts.conventions,
        posts=parts.posts,
    )
    assert Dataset.build(trimmed).evaluations == []


def test_bad_json_lists_every_error_with_its_path(charente: Dataset) -> None:
    doc = json.loads(ctg.to_json(charente))
    doc["epcis"][8]["siren"] = "241600304"  # wrong Luhn key
    doc["posts"][1]["contracted_fte"] = 4  # a JSON number where a string is expected
    with pytest.raises(ctg.ValidationError) as info:
        ctg.load_dataset_json(json.dumps(doc), "broken.json")
    error = info.value
    assert isinstance(error, ValueError)
    fields = [d.field for d in error.details]
    assert "epcis[8].siren" in fields and "posts[1].contracted_fte" in fields
    detail = next(d for d in error.details if d.field == "epcis[8].siren")
    assert detail.value == "241600304" and "Luhn" in detail.expected
    assert "broken.json" in str(error)


def test_text_that_is_not_json() -> None:
    with pytest.raises(ctg.ValidationError) as info:
        ctg.load_dataset_json('{"format": ', "cut.json")
    assert info.value.detail.field == "(root)"
    with pytest.raises(ctg.ValidationError) as info:
        ctg.load_dataset_json('{"format": "ctg.grid/1"}')
    assert info.value.detail.field == "format"


def test_missing_file(tmp_path: pathlib.Path) -> None:
    with pytest.raises(FileNotFoundError):
        ctg.load_dataset_file(tmp_path / "nope.json")
    with pytest.raises(FileNotFoundError):
        ctg.load_posts_csv_file(tmp_path / "nope.csv")


# --- Posts from CSV --------------------------------------------------------------------------


def test_posts_csv_import_and_merge(charente: Dataset) -> None:
    posts = ctg.load_posts_csv_file(POSTS_CSV)
    assert posts and all(isinstance(p, CoordinationPost) for p in posts)
    assert posts == ctg.load_posts_csv(POSTS_CSV.read_text(encoding="utf-8"), str(POSTS_CSV))
    first = posts[0]
    assert first.id == "post-coeur-de-charente"
    assert first.expenses[0].year == 2022 and first.expenses[0].amount == Money("47300")
    assert first.expenses[0].provenance.kind is ctg.Evidence.illustrative
    merged = ctg.with_posts(charente, posts)
    assert merged != charente and len(merged.posts) == len(charente.posts)
    coeur = merged.post_at("post-coeur-de-charente")
    assert [e.year for e in coeur.expenses] == [2021, 2022]
    assert coeur.coordinators == charente.post_at("post-coeur-de-charente").coordinators


def test_posts_csv_errors_name_row_and_column(charente: Dataset) -> None:
    text = (
        "post_id,convention_id,pilot_epci_siren,contracted_fte,year,expense\n"
        "p1,ctg-rouillacais,241600304,0.75,2022,31200.00\n"
        "p1,ctg-rouillacais,241600303,0.75,2022,12.5.0\n"
    )
    with pytest.raises(ctg.ValidationError) as info:
        ctg.load_posts_csv(text, "bad.csv")
    fields = [d.field for d in info.value.details]
    assert "row 2, column pilot_epci_siren" in fields
    assert "row 3, column expense" in fields
    unknown = ctg.load_posts_csv(
        "post_id,convention_id,pilot_epci_siren,contracted_fte,year,expense\n"
        "p9,ctg-nowhere,241600303,1,2022,100.00\n"
    )
    with pytest.raises(ctg.ValidationError) as info:
        ctg.with_posts(charente, unknown)
    assert any(d.field.startswith("posts[9]") for d in info.value.details)


def test_read_csv() -> None:
    table = ctg.read_csv('a;b\n1;"x;y"\n', "t.csv", ";")
    assert table.header == ["a", "b"] and len(table) == 1
    assert table.rows[0].fields == ["1", "x;y"] and table.rows[0].line == 2
    assert table.column("b") == 1 and table.column("c") is None
