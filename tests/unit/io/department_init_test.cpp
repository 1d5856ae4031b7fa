// SPDX-License-Identifier: MIT
// Expected EPCI counts and populations were read in data/epci.json of
// @etalab/decoupage-administratif 2.3.1 (the catalogue 2022) with a few lines of Python.
#include "support/test_support.hpp"
#include <ctg/core/error.hpp>
#include <ctg/io/dataset_json.hpp>
#include <ctg/io/department_init.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

namespace {

const ctg::territory_catalogue& catalogue_2022() {
    static const ctg::territory_catalogue t =
        ctg::load_territory_catalogue(2022, CTG_TEST_TERRITORIES_DIR);
    return t;
}

std::int64_t population_of(const ctg::dataset& d) {
    std::int64_t total = 0;
    for (const auto& e : d.epcis()) {
        total += e.population.inhabitants;
    }
    return total;
}

TEST(department_init, gives_every_epci_of_the_department_with_its_official_figures) {
    const auto vienne = ctg::init_department_dataset(catalogue_2022(), {.department = "86"});
    EXPECT_EQ(vienne.id(), "departement-86-2022");
    EXPECT_EQ(vienne.department().name, "Vienne");
    EXPECT_EQ(vienne.rulebook_id(), "national-2020");
    EXPECT_EQ(vienne.epcis().size(), 7U);
    EXPECT_EQ(population_of(vienne), 438435);
    EXPECT_TRUE(vienne.warnings().empty());
    const ctg::epci& poitiers = vienne.epci_at(ctg::siren::parse("200069854"));
    EXPECT_EQ(poitiers.name, "CU du Grand Poitiers");
    EXPECT_EQ(poitiers.kind, ctg::epci_kind::cu);
    EXPECT_EQ(poitiers.population.inhabitants, 195262);
    EXPECT_EQ(poitiers.population.reference_year, 2019);
    EXPECT_EQ(poitiers.population.provenance.kind, ctg::evidence::public_source);
    EXPECT_EQ(poitiers.communes.size(), static_cast<std::size_t>(poitiers.commune_count));
    // What it writes loads back as the same dataset.
    EXPECT_EQ(ctg::load_dataset_json(ctg::to_json(vienne)).epcis(), vienne.epcis());
}

TEST(department_init, takes_an_epci_spanning_two_departments_whole) {
    const auto saone = ctg::init_department_dataset(catalogue_2022(), {.department = "71"});
    const ctg::epci& beaune = saone.epci_at(ctg::siren::parse("200006682"));
    EXPECT_EQ(beaune.commune_count, 53);
    EXPECT_EQ(beaune.population.inhabitants, 51207);
}

TEST(department_init, reads_the_posts_sheet_of_an_analyst) {
    ctg::department_init init{.department = "86"};
    init.posts_csv =
        "epci;contracted_fte;start;end;coordinator;coordinator_fte;coordinator_start;"
        "coordinator_end;expense_2022;expense_2023\n"
        "CU du Grand Poitiers;1,5;01/01/2022;31/12/2025;c1;1;01/03/2022;;60 000,00;61 200,00\n"
        ";;;;;;;;;\n"  // a blank line of the spreadsheet
        "200069854;;;;c2;0,5;;30/06/2023;;\n";
    init.posts_origin = "postes.csv";
    const auto d = ctg::init_department_dataset(catalogue_2022(), init);
    ASSERT_EQ(d.posts().size(), 1U);
    const ctg::coordination_post& p = d.posts()[0];
    EXPECT_EQ(p.id, "post-200069854");
    EXPECT_EQ(p.convention_id, "ctg-200069854");
    EXPECT_EQ(p.contracted_fte.to_string(), "1.5");
    ASSERT_EQ(p.coordinators.size(), 2U);
    EXPECT_EQ(ctg::to_iso(p.coordinators[0].start), "2022-03-01");
    EXPECT_FALSE(p.coordinators[0].end.has_value());
    EXPECT_EQ(ctg::to_iso(p.coordinators[1].start), "2022-01-01");  // the convention's
    EXPECT_EQ(ctg::to_iso(*p.coordinators[1].end), "2023-07-01");   // first day after
    ASSERT_EQ(p.expenses.size(), 2U);
    EXPECT_EQ(p.expenses[1].amount.cents(), 6'120'000);
    EXPECT_EQ(p.fte_provenance.cited.document, "postes.csv");
    EXPECT_EQ(p.fte_provenance.cited.locator, "row 2");
    const ctg::convention& c = d.conventions()[0];
    EXPECT_EQ(ctg::to_iso(c.term.start()), "2022-01-01");
    EXPECT_EQ(ctg::to_iso(c.term.end()), "2026-01-01");
}

TEST(department_init, locates_every_error_of_the_posts_sheet) {
    ctg::department_init init{.department = "86"};
    init.posts_csv =
        "epci,contracted_fte,start,end,expense_2022\n"
        "200071827,1,2022-01-01,2025-12-31,\n"      // Grand Angoulême: not in the Vienne
        "200069854,deux,2022-01-01,2025-12-31,x\n"  // not an ETP, not an amount
        "200069854,1,2022-01-01,2025-12-31,\n";     // the ETP differs from row 3's
    const auto details =
        ctg_test::details_of([&] { (void)ctg::init_department_dataset(catalogue_2022(), init); });
    ASSERT_EQ(details.size(), 4U);
    EXPECT_EQ(details[0].field, "row 2, column epci");
    EXPECT_EQ(details[0].code, "init.epci");
    EXPECT_EQ(details[1].field, "row 3, column contracted_fte");
    EXPECT_EQ(details[2].field, "row 3, column expense_2022");
    EXPECT_EQ(details[3].field, "row 4, column contracted_fte");
    EXPECT_EQ(details[3].code, "csv.post.differs");
}

TEST(department_init, refuses_a_department_the_catalogue_does_not_have) {
    try {
        (void)ctg::init_department_dataset(catalogue_2022(), {.department = "975"});
        FAIL() << "expected an error";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().code, "init.department");
        EXPECT_EQ(e.detail().value, "975");  // Saint-Pierre-et-Miquelon: a collectivity
        EXPECT_NE(e.detail().expected.find("101 codes from 01 to 976"), std::string::npos);
    }
}

}  // namespace

namespace {

TEST(department_init, a_later_row_named_by_post_id_may_leave_its_epci_empty) {
    ctg::department_init init{.department = "86"};
    init.posts_csv =
        "post_id,epci,contracted_fte,start,end,coordinator,coordinator_fte\n"
        "poitiers-1,200069854,1.5,2022-01-01,2025-12-31,a,1\n"
        "poitiers-1,,,,,b,0.5\n";
    const auto d = ctg::init_department_dataset(catalogue_2022(), init);
    ASSERT_EQ(d.posts().size(), 1U);
    EXPECT_EQ(d.posts()[0].pilot_epci.str(), "200069854");
    EXPECT_EQ(d.posts()[0].coordinators.size(), 2U);
}

}  // namespace
