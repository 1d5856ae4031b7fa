// SPDX-License-Identifier: MIT
// Validation rules of ctg::dataset: each rule is an error or a warning, reported at its path.
#include "support/test_support.hpp"
#include <ctg/core/error.hpp>
#include <ctg/io/dataset_json.hpp>
#include <ctg/model/dataset.hpp>

#include <gtest/gtest.h>

#include <string>

namespace {

using ctg_test::find;
using ctg_test::list;
using ctg_test::with;

std::string minimal() { return ctg_test::data_file("dataset/minimal.json"); }

/// The errors raised loading `text` (a failure if it loads).
std::vector<ctg::error_detail> errors_of(const std::string& text) {
    return ctg_test::details_of([&] { (void)ctg::load_dataset_json(text, "test"); });
}

TEST(dataset_validation, the_fixture_is_valid_without_warnings) {
    const auto d = ctg::load_dataset_json(minimal(), "minimal");
    EXPECT_EQ(d.epcis().size(), 2U);
    EXPECT_EQ(d.conventions().size(), 2U);
    EXPECT_EQ(d.posts().size(), 1U);
    EXPECT_TRUE(d.warnings().empty()) << list(d.warnings());
    EXPECT_EQ(d.total_population(), 141'997 + 9'842);
    EXPECT_EQ(d.total_communes(), 15);
    EXPECT_EQ(d.total_contracted_fte().to_string(), "1.5");
}

TEST(dataset_validation, convention_ending_before_it_starts_is_an_error) {
    const auto e = errors_of(with(minimal(), R"("end": "2022-12-31")", R"("end": "2018-12-31")"));
    const auto* d = find(e, "conventions[0].term.end");
    ASSERT_NE(d, nullptr) << list(e);
    EXPECT_EQ(d->value, "2018-12-31");
    EXPECT_NE(d->expected.find("2019-01-01"), std::string::npos);
}

TEST(dataset_validation, one_day_term_is_allowed) {
    const auto d = ctg::load_dataset_json(
        with(minimal(), R"("end": "2022-12-31")", R"("end": "2019-01-01")"), "t");
    EXPECT_EQ(d.conventions()[0].term.days(), 1);
}

TEST(dataset_validation, prolongation_to_an_earlier_date_is_an_error) {
    const auto e =
        errors_of(with(minimal(), R"("new_end": "2023-12-31")", R"("new_end": "2022-06-30")"));
    const auto* d = find(e, "conventions[0].amendments[0].new_end");
    ASSERT_NE(d, nullptr) << list(e);
    EXPECT_EQ(d->value, "2022-06-30");
    EXPECT_NE(d->expected.find("2022-12-31"), std::string::npos);
}

TEST(dataset_validation, prolongation_to_the_same_end_is_an_error) {
    const auto e =
        errors_of(with(minimal(), R"("new_end": "2023-12-31")", R"("new_end": "2022-12-31")"));
    EXPECT_NE(find(e, "conventions[0].amendments[0].new_end"), nullptr) << list(e);
}

TEST(dataset_validation, prolongation_moves_the_end_once_loaded) {
    const auto d = ctg::load_dataset_json(minimal(), "t");
    const auto& c = d.convention_at("ctg-a");
    EXPECT_EQ(ctg::to_iso(c.term.last_day()), "2022-12-31");
    EXPECT_EQ(ctg::to_iso(c.latest_known_end()), "2024-01-01");
    EXPECT_EQ(ctg::to_iso(c.effective_term(c.amendments.back().signed_on).last_day()),
              "2023-12-31");
}

TEST(dataset_validation, coordinators_above_the_contracted_fte_is_an_error) {
    // c-3 (0.5) now starts while c-1 (1) and c-2 (0.5) are still there: 2 FTE > 1.5.
    const auto e =
        errors_of(with(minimal(), R"("start": "2021-09-01")", R"("start": "2021-08-01")"));
    const auto* d = find(e, "posts[0].coordinators");
    ASSERT_NE(d, nullptr) << list(e);
    EXPECT_EQ(d->value, "2");
    EXPECT_EQ(d->code, "dataset.post.overstaffed");
    EXPECT_EQ(d->param("on"), "2021-08-01");
    EXPECT_EQ(d->param("contracted"), "1.5");
    EXPECT_NE(d->expected.find("1.5"), std::string::npos);
}

TEST(dataset_validation, successive_coordinators_are_not_summed) {
    // c-2 leaves on 2021-08-31, c-3 arrives on 2021-09-01: never above 1.5.
    EXPECT_NO_THROW((void)ctg::load_dataset_json(minimal(), "t"));
}

TEST(dataset_validation, coordinator_above_one_fte_is_an_error) {
    const auto e = errors_of(with(minimal(), R"("fte": "1",)", R"("fte": "1.25",)"));
    const auto* d = find(e, "posts[0].coordinators[0].fte");
    ASSERT_NE(d, nullptr) << list(e);
    EXPECT_EQ(d->value, "1.25");
}

TEST(dataset_validation, coordinator_leaving_before_arriving_is_an_error) {
    const auto e = errors_of(with(minimal(), R"("end": "2021-08-31")", R"("end": "2019-02-01")"));
    const auto* d = find(e, "posts[0].coordinators[1].end");
    ASSERT_NE(d, nullptr) << list(e);
    EXPECT_EQ(d->value, "2019-02-01");
}

TEST(dataset_validation, negative_population_is_an_error) {
    const auto e = errors_of(with(minimal(), R"("inhabitants": 9842)", R"("inhabitants": -5)"));
    const auto* d = find(e, "epcis[1].population.inhabitants");
    ASSERT_NE(d, nullptr) << list(e);
    EXPECT_EQ(d->value, "-5");
}

TEST(dataset_validation, expense_year_given_twice_is_an_error) {
    const auto e = errors_of(with(minimal(), R"("year": 2022)", R"("year": 2021)"));
    const auto* d = find(e, "posts[0].expenses[1].year");
    ASSERT_NE(d, nullptr) << list(e);
    EXPECT_EQ(d->value, "2021");
    EXPECT_NE(d->expected.find("posts[0].expenses[0]"), std::string::npos);
}

TEST(dataset_validation, duplicate_fiche_body_and_amendment_ids_are_errors) {
    auto text = with(minimal(), R"("id": "places")",
                     R"("id": "places"}, {"id": "places", "label": "x", "unit": "u")");
    auto e = errors_of(text);
    EXPECT_NE(find(e, "conventions[0].action_plan[0].fiches[0].indicators[1].id"), nullptr)
        << list(e);
    text = with(minimal(), R"("id": "copil")",
                R"("id": "copil", "kind": "comite_technique", "name": "x"}, {"id": "copil")");
    e = errors_of(text);
    EXPECT_NE(find(e, "conventions[0].governance[1].id"), nullptr) << list(e);
}

TEST(dataset_validation, duplicate_theme_is_an_error) {
    const auto e = errors_of(with(minimal(), R"("acces_aux_droits")", R"("jeunesse")"));
    EXPECT_NE(find(e, "conventions[0].themes[3]"), nullptr) << list(e);
}

TEST(dataset_validation, unknown_covered_commune_is_an_error) {
    const auto e = errors_of(with(minimal(), R"(          "16015"
        ])",
                                  R"(          "16999"
        ])"));
    const auto* d = find(e, "conventions[1].territories.communes[0]");
    ASSERT_NE(d, nullptr) << list(e);
    EXPECT_EQ(d->value, "16999");
}

TEST(dataset_validation, epci_signatory_without_siren_is_an_error) {
    const auto e = errors_of(with(minimal(), R"(,
          "siren": "200071827")",
                                  ""));
    EXPECT_NE(find(e, "conventions[0].signatories[1].siren"), nullptr) << list(e);
}

TEST(dataset_validation, public_source_without_url_is_an_error) {
    const auto e = errors_of(with(minimal(), R"(,
            "url": "https://wikizero.net/wiki/fr/Intercommunalit%C3%A9s_de_la_Charente")",
                                  ""));
    EXPECT_NE(find(e, "epcis[0].population.provenance.source.url"), nullptr) << list(e);
}

TEST(dataset_validation, missing_cnaf_minimum_is_a_warning) {
    const auto d = ctg::load_dataset_json(with(minimal(), R"(        "parentalite",
        "acces_aux_droits")",
                                               R"(        "acces_aux_droits")"),
                                          "t");
    ASSERT_EQ(d.warnings().size(), 1U) << list(d.warnings());
    EXPECT_EQ(d.warnings()[0].field, "conventions[0].themes");
    EXPECT_EQ(d.warnings()[0].value, "petite_enfance, jeunesse, acces_aux_droits");
    EXPECT_NE(d.warnings()[0].expected.find("C 2020-01"), std::string::npos);
}

TEST(dataset_validation, coordinator_without_training_is_a_warning) {
    const auto d = ctg::load_dataset_json(
        with(minimal(), R"("training_days": 3)", R"("training_days": 0)"), "t");
    ASSERT_EQ(d.warnings().size(), 1U) << list(d.warnings());
    EXPECT_EQ(d.warnings()[0].field, "posts[0].coordinators[0].training_days");
}

TEST(dataset_validation, post_without_expense_is_a_warning) {
    auto text = minimal();
    const auto from = text.find(R"("expenses": [)");
    const auto to = text.find(']', from);
    text.replace(from, to - from + 1, R"("expenses": [])");
    const auto d = ctg::load_dataset_json(text, "t");
    ASSERT_EQ(d.warnings().size(), 1U) << list(d.warnings());
    EXPECT_EQ(d.warnings()[0].field, "posts[0].expenses");
}

TEST(dataset_validation, pilot_not_covered_by_its_convention_is_a_warning) {
    const auto d = ctg::load_dataset_json(
        with(minimal(), R"("pilot_epci": "200071827")", R"("pilot_epci": "241600303")"), "t");
    ASSERT_EQ(d.warnings().size(), 1U) << list(d.warnings());
    EXPECT_EQ(d.warnings()[0].field, "posts[0].pilot_epci");
}

TEST(dataset_validation, a_post_above_10_etp_is_a_warning_naming_it) {
    // 10 ETP is the bound: still plausible, no warning; 15 (a typo for 1.5) is reported.
    const std::string field = R"("contracted_fte": "1.5")";  // the one post of minimal.json
    const auto at_bound =
        ctg::load_dataset_json(with(minimal(), field, R"("contracted_fte": "10")"), "t");
    EXPECT_TRUE(at_bound.warnings().empty()) << list(at_bound.warnings());
    const auto d = ctg::load_dataset_json(with(minimal(), field, R"("contracted_fte": "15")"), "t");
    ASSERT_EQ(d.warnings().size(), 1U) << list(d.warnings());
    EXPECT_EQ(d.warnings()[0].code, "dataset.post.contracted_fte_large");
    EXPECT_EQ(d.warnings()[0].field, "posts[0].contracted_fte");
    EXPECT_EQ(d.warnings()[0].value, "15");
    EXPECT_NE(d.warnings()[0].expected.find("post post-a"), std::string::npos)
        << d.warnings()[0].expected;
    // Loaded all the same: a warning, not an error.
    EXPECT_EQ(d.posts()[0].contracted_fte.to_string(), "15");
}

TEST(dataset_build, duplicate_post_ids_from_parts) {
    const auto base = ctg::load_dataset_json(minimal(), "t");
    ctg::dataset_parts parts = base.parts();
    parts.posts.push_back(parts.posts[0]);
    try {
        (void)ctg::dataset::build(parts, "parts");
        FAIL() << "built";
    } catch (const ctg::validation_error& e) {
        const auto* d = find(e.details(), "posts[1].id");
        ASSERT_NE(d, nullptr) << list(e.details());
        EXPECT_EQ(d->value, "post-a");
        EXPECT_NE(std::string(e.what()).find("parts"), std::string::npos);
    }
}

TEST(dataset_build, empty_siren_from_parts_is_an_error) {
    const auto base = ctg::load_dataset_json(minimal(), "t");
    ctg::dataset_parts parts = base.parts();
    parts.epcis[1].siren = ctg::siren{};
    try {
        (void)ctg::dataset::build(parts);
        FAIL() << "built";
    } catch (const ctg::validation_error& e) {
        EXPECT_NE(find(e.details(), "epcis[1].siren"), nullptr) << list(e.details());
    }
}

TEST(dataset_lookup, find_and_at) {
    const auto d = ctg::load_dataset_json(minimal(), "t");
    const auto ga = ctg::siren::parse("200071827");
    ASSERT_NE(d.find_epci(ga), nullptr);
    EXPECT_EQ(d.epci_at(ga).name, "CA du Grand Angoulême");
    EXPECT_EQ(d.find_epci(ctg::siren::parse("200070514")), nullptr);
    EXPECT_THROW((void)d.epci_at(ctg::siren::parse("200070514")), ctg::out_of_range_value);
    EXPECT_THROW((void)d.epci_at(ctg::siren::parse("200070514")), std::out_of_range);
    EXPECT_EQ(d.convention_at("ctg-b").name, "CTG B");
    EXPECT_EQ(d.find_convention("ctg-z"), nullptr);
    try {
        (void)d.convention_at("ctg-z");
        FAIL();
    } catch (const ctg::out_of_range_value& e) {
        EXPECT_EQ(e.detail().value, "ctg-z");
        EXPECT_NE(e.detail().expected.find("ctg-a, ctg-b"), std::string::npos);
    }
    EXPECT_EQ(d.post_at("post-a").contracted_fte.to_string(), "1.5");
    EXPECT_THROW((void)d.post_at("post-z"), ctg::out_of_range_value);
    EXPECT_EQ(d.referent_at("ccd-x").name, "Référent X");
    EXPECT_EQ(d.posts_of("ctg-a").size(), 1U);
    EXPECT_TRUE(d.posts_of("ctg-b").empty());
    ASSERT_EQ(d.conventions_covering(ga).size(), 1U);
    EXPECT_EQ(d.conventions_covering(ga)[0]->id, "ctg-a");
}

TEST(dataset_lookup, amendments_and_expenses_are_sorted) {
    auto text = with(minimal(), R"("year": 2021,
          "amount")",
                     R"("year": 2023,
          "amount")");
    const auto d = ctg::load_dataset_json(text, "t");
    const auto& e = d.post_at("post-a").expenses;
    ASSERT_EQ(e.size(), 2U);
    EXPECT_EQ(e[0].year, 2022);
    EXPECT_EQ(e[1].year, 2023);
}

}  // namespace
