// SPDX-License-Identifier: MIT
// build_national_view(): two small test departments sharing an EPCI (tests/data/national), the
// built-in Charente with the Deux-Sèvres test dataset, and all four together, every figure
// worked out by hand in the comments; the errors of an empty list and of a repeated department.
#include "support/test_support.hpp"
#include <ctg/analysis/national_view.hpp>
#include <ctg/core/error.hpp>
#include <ctg/io/dataset_json.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using ctg_test::data_path;

const ctg::date on = ctg::parse_date("2022-06-30");

const ctg::dataset& test_17() {
    static const ctg::dataset d =
        ctg::load_dataset_file(data_path("national/national-test-17.json"));
    return d;
}
const ctg::dataset& test_86() {
    static const ctg::dataset d =
        ctg::load_dataset_file(data_path("national/national-test-86.json"));
    return d;
}
const ctg::dataset& deux_sevres() {
    static const ctg::dataset d =
        ctg::load_dataset_file(data_path("../../bindings/python/tests/data/deux-sevres-2022.json"));
    return d;
}
const ctg::dataset& charente() { return ctg::builtin_dataset("charente-2021"); }

std::string two(const ctg::exact_ratio& r) { return r.rounded({2}).to_plain(); }
std::string two(const std::optional<ctg::exact_ratio>& r) { return r ? two(*r) : "none"; }

// ---------------------------------------------------------------------------------------------
// Two small departments: 17 (A1 30,000 + shared 20,500, both covered by ctg-a, 0.5 + 1 ETP)
// and 86 (B1 50,000 covered by ctg-b from 2022-03-01, 2 ETP; shared 20,000, not covered).

TEST(national_view_small, each_department_as_its_own_dataset_gives_it) {
    std::vector<const ctg::dataset*> all{&test_86(), &test_17()};
    const auto v = ctg::build_national_view(all, on);
    ASSERT_EQ(v.departments.size(), 2U);
    const auto& a = v.departments[0];  // code order: 17 before 86, whatever the input order
    const auto& b = v.departments[1];
    EXPECT_EQ(a.code, "17");
    EXPECT_EQ(b.code, "86");
    EXPECT_EQ(a.dataset_id, "national-test-17");
    // Neither names a rulebook: the report's default detailed rule, the national flat rate.
    EXPECT_EQ(a.rulebook_id, "national-2020");
    EXPECT_EQ(a.population, 50'500);  // 30,000 + 20,500
    EXPECT_EQ(a.covered, 50'500);
    EXPECT_EQ(b.population, 70'000);  // 50,000 + 20,000
    EXPECT_EQ(b.covered, 50'000);     // the shared EPCI is not in ctg-b
    EXPECT_EQ(b.covered_share, ctg::exact_ratio(5, 7));
    EXPECT_EQ(a.contracted_fte.to_string(), "1.5");
    EXPECT_EQ(b.contracted_fte.to_string(), "2");
    EXPECT_EQ(a.posts, 2U);
    EXPECT_EQ(a.epcis, 2U);
    // 50,500 / 1.5 = 101,000 / 3; 70,000 / 2 = 35,000.
    EXPECT_EQ(*a.inhabitants_per_fte, ctg::exact_ratio(101'000, 3));
    EXPECT_EQ(*b.inhabitants_per_fte, ctg::exact_ratio(35'000, 1));
    // 2022 at 24,000 € per ETP: A whole year 1.5 × 24,000 = 36,000.00 €; B from 1 March, 306
    // days of 365: 2 × 24,000 × 306 / 365 = 40,241.0958… → 40,241.10 €.
    EXPECT_EQ(a.financing, ctg::money::parse("36000.00"));
    EXPECT_EQ(b.financing, ctg::money::parse("40241.10"));
    EXPECT_EQ(b.financed_fte_years, ctg::exact_ratio(612, 365));
    // Its data is illustrative [I]; its financing reads the national rate of the source
    // document [D], whose start date is a reading of ctg [R] (national-2020.json).
    EXPECT_EQ(a.marks.to_string(), "[D][R][I]");
}

TEST(national_view_small, a_shared_epci_counts_once_nationally) {
    std::vector<const ctg::dataset*> all{&test_17(), &test_86()};
    const auto v = ctg::build_national_view(all, on);
    // 30,000 + 20,500 (the shared EPCI, as 17 gives it: first in code order) + 50,000.
    EXPECT_EQ(v.population, 100'500);
    // The shared EPCI is covered in 17: covered once with its 20,500.
    EXPECT_EQ(v.covered, 100'500);
    EXPECT_EQ(v.covered_share, ctg::exact_ratio(1, 1));
    ASSERT_EQ(v.shared_epcis.size(), 1U);
    const auto& s = v.shared_epcis[0];
    EXPECT_EQ(s.siren.str(), "248600025");
    EXPECT_EQ(s.departments, (std::vector<std::string>{"17", "86"}));
    EXPECT_EQ(s.counted_in, "17");
    EXPECT_EQ(s.population, 20'500);
    EXPECT_EQ(s.covered, 20'500);
    // 86 gives 20,000 for it: a warning naming both figures.
    ASSERT_EQ(v.warnings.size(), 1U);
    EXPECT_EQ(v.warnings[0].code, "national.epci.population_differs");
    EXPECT_EQ(v.warnings[0].value, "20000");
    EXPECT_EQ(v.warnings[0].param("population"), "20500");
    EXPECT_EQ(v.warnings[0].param("department"), "17");
    // ETP are each Caf's: 1.5 + 2 = 3.5; national ratio 100,500 / 3.5 = 201,000 / 7.
    EXPECT_EQ(v.contracted_fte.to_string(), "3.5");
    EXPECT_EQ(*v.inhabitants_per_fte, ctg::exact_ratio(201'000, 7));
    EXPECT_EQ(two(v.inhabitants_per_fte), "28714.29");
    // 36,000.00 + 40,241.10 = 76,241.10 € for 1.5 + 612/365 = 2319/730 ETP-years:
    // 76,241.10 × 730 / 2319 = 24,000 + 3/2319 → 24,000.00 €.
    EXPECT_EQ(v.financing, ctg::money::parse("76241.10"));
    EXPECT_EQ(v.financed_fte_years, ctg::exact_ratio(2319, 730));
    EXPECT_EQ(*v.amount_per_financed_fte, ctg::exact_ratio(55'656'003, 2319));
    EXPECT_EQ(v.national_context.year, 2017);
}

TEST(national_view_small, spread_between_two_departments) {
    std::vector<const ctg::dataset*> all{&test_17(), &test_86()};
    const auto v = ctg::build_national_view(all, on);
    ASSERT_TRUE(v.spread.has_value());
    const auto& s = *v.spread;
    EXPECT_EQ(s.departments, 2U);
    EXPECT_EQ(s.min.code, "17");
    EXPECT_EQ(s.max.code, "86");
    // 35,000 / (101,000 / 3) = 105 / 101.
    EXPECT_EQ(*s.max_over_min, ctg::exact_ratio(105, 101));
    // mean (101,000/3 + 105,000/3) / 2 = 103,000 / 3; deviations ±2,000/3, variance
    // (2,000/3)², standard deviation 666.67, CV (2,000/3) / (103,000/3) = 2/103 = 1.9417… %.
    EXPECT_EQ(s.mean, ctg::exact_ratio(103'000, 3));
    EXPECT_EQ(s.variance, ctg::exact_ratio(4'000'000, 9));
    EXPECT_EQ(s.standard_deviation({2}).to_plain(), "666.67");
    EXPECT_EQ(s.coefficient_of_variation_percent({2})->to_plain(), "1.94");
    // Both departments count the shared EPCI whole, the nation once: both are above 28,714.29.
    ASSERT_EQ(v.above_national.size(), 2U);
    EXPECT_EQ(v.above_national[0].code, "86");  // farthest first
    // 35,000 / (201,000 / 7) − 1 = 245,000 / 201,000 − 1 = 44 / 201.
    EXPECT_EQ(v.above_national[0].gap_to_national, ctg::exact_ratio(44, 201));
    EXPECT_EQ(v.above_national[1].gap_to_national, ctg::exact_ratio(104, 603));
    EXPECT_TRUE(v.below_national.empty());
}

TEST(national_view_small, farthest_keeps_n_on_each_side) {
    std::vector<const ctg::dataset*> all{&test_17(), &test_86()};
    const auto v = ctg::build_national_view(all, on, {ctg::fte_basis::contracted, 1});
    ASSERT_EQ(v.above_national.size(), 1U);
    EXPECT_EQ(v.above_national[0].code, "86");
}

TEST(national_view_small, in_post_pays_the_coordinators_known_on_the_date) {
    // Every coordinator holds the contracted share since 2020: in post pays the same.
    std::vector<const ctg::dataset*> all{&test_17(), &test_86()};
    const auto v = ctg::build_national_view(all, on, {ctg::fte_basis::in_post, 5});
    EXPECT_EQ(v.fte_paid, ctg::fte_basis::in_post);
    EXPECT_EQ(v.financing, ctg::money::parse("76241.10"));
}

// ---------------------------------------------------------------------------------------------
// Charente (built in) and the Deux-Sèvres test dataset on 30 June 2022.

TEST(national_view_charente_deux_sevres, departments_and_nation) {
    std::vector<const ctg::dataset*> all{&charente(), &deux_sevres()};
    const auto v = ctg::build_national_view(all, on);
    ASSERT_EQ(v.departments.size(), 2U);
    const auto& c = v.departments[0];
    const auto& d = v.departments[1];
    EXPECT_EQ(c.code, "16");
    EXPECT_EQ(c.rulebook_id, "charente-2021");  // the dataset's own rule
    // Millésime 2019, in force in 2022: 352,015 (data/epci.json of 2.3.1, nine EPCI by hand).
    EXPECT_EQ(c.population, 352'015);
    EXPECT_EQ(c.covered, 352'015);
    EXPECT_EQ(c.contracted_fte.to_string(), "14.75");
    EXPECT_EQ(c.financing, ctg::money::parse("566400.00"));  // 14.75 × 38,400 €
    EXPECT_EQ(d.code, "79");
    EXPECT_EQ(d.rulebook_id, "national-2020");  // names none
    // 120,000 + 72,000 + 36,000 + 30,000; the Haut Val de Sèvre CTG starts on 2022-10-03.
    EXPECT_EQ(d.population, 258'000);
    EXPECT_EQ(d.covered, 228'000);
    // 1.5 + 0.8 + 2 + 1.25 in force; the Haut Val de Sèvre post not yet.
    EXPECT_EQ(d.contracted_fte.to_string(), "5.55");
    // 258,000 / 5.55 = 1,720,000 / 37 = 46,486.49.
    EXPECT_EQ(*d.inhabitants_per_fte, ctg::exact_ratio(1'720'000, 37));
    // 24,000 × (2.3 + 3.25) = 133,200.00 + 24,000 × 90/365 (3 Oct – 31 Dec) = 5,917.81.
    EXPECT_EQ(d.financing, ctg::money::parse("139117.81"));

    EXPECT_EQ(v.population, 610'015);
    EXPECT_EQ(v.covered, 580'015);
    EXPECT_TRUE(v.shared_epcis.empty());
    EXPECT_TRUE(v.warnings.empty());
    EXPECT_EQ(v.contracted_fte.to_string(), "20.3");
    // 610,015 / 20.3 = 6,100,150 / 203 = 30,050 exactly (203 = 7 × 29 divides it).
    EXPECT_EQ(*v.inhabitants_per_fte, ctg::exact_ratio(30'050, 1));
    EXPECT_EQ(v.financing, ctg::money::parse("705517.81"));
    // 14.75 + 5.55 + 90/365 = 14,999 / 730 ETP-years; 705,517.81 / that = 34,337.49 €.
    EXPECT_EQ(v.financed_fte_years, ctg::exact_ratio(14'999, 730));
    EXPECT_EQ(two(v.amount_per_financed_fte), "34337.49");
    // Charente: coverage and volume [D][P], its financing [D][C][R] (portfolio_financing_test);
    // Deux-Sèvres: every value illustrative [I].
    EXPECT_EQ(v.marks.to_string(), "[D][P][C][R][I]");
}

TEST(national_view_charente_deux_sevres, spread_and_farthest) {
    std::vector<const ctg::dataset*> all{&deux_sevres(), &charente()};
    const auto v = ctg::build_national_view(all, on);
    const auto& s = *v.spread;
    EXPECT_EQ(s.min.code, "16");
    EXPECT_EQ(s.max.code, "79");
    // x16 = 352,015 / 14.75 = 1,408,060 / 59 = 23,865.42…; x79 = 1,720,000 / 37 = 46,486.49…
    EXPECT_EQ(two(s.mean), "35175.96");  // (x16 + x79) / 2
    // Two values: sd = |x79 − x16| / 2 = 11,310.53…; CV = (x79 − x16) / (x79 + x16) = 32.15… %.
    EXPECT_EQ(s.standard_deviation({2}).to_plain(), "11310.53");
    EXPECT_EQ(s.coefficient_of_variation_percent({2})->to_plain(), "32.15");
    // (1,720,000 / 37) / (1,408,060 / 59) = 101,480,000 / 52,098,220 = 5,074,000 / 2,604,911.
    EXPECT_EQ(*s.max_over_min, ctg::exact_ratio(5'074'000, 2'604'911));
    ASSERT_EQ(v.above_national.size(), 1U);
    ASSERT_EQ(v.below_national.size(), 1U);
    EXPECT_EQ(v.above_national[0].code, "79");
    EXPECT_EQ(v.above_national[0].gap_to_national.percent({2}).to_plain(), "54.70");
    EXPECT_EQ(v.below_national[0].code, "16");
    EXPECT_EQ(v.below_national[0].gap_to_national.percent({2}).to_plain(), "-20.58");
}

TEST(national_view_four, four_departments_both_sides) {
    std::vector<const ctg::dataset*> all{&test_86(), &deux_sevres(), &test_17(), &charente()};
    const auto v = ctg::build_national_view(all, on);
    // 610,015 + 100,500 for 20.3 + 3.5 = 23.8 ETP: 710,515 / 23.8 = 208,975 / 7 = 29,853.57.
    EXPECT_EQ(v.population, 710'515);
    EXPECT_EQ(*v.inhabitants_per_fte, ctg::exact_ratio(208'975, 7));
    const auto& s = *v.spread;
    EXPECT_EQ(s.departments, 4U);
    // mean of 23,865.42…, 33,666.67…, 46,486.49…, 35,000 = 34,754.64; CV 23.0838… %.
    EXPECT_EQ(two(s.mean), "34754.64");
    EXPECT_EQ(s.standard_deviation({2}).to_plain(), "8022.70");
    EXPECT_EQ(s.coefficient_of_variation_percent({2})->to_plain(), "23.08");
    EXPECT_EQ(s.coefficient_of_variation_percent({4})->to_plain(), "23.0838");
    ASSERT_EQ(v.above_national.size(), 3U);  // 79 (+55.71 %), 86 (+17.24 %), 17 (+12.77 %)
    EXPECT_EQ(v.above_national[0].code, "79");
    EXPECT_EQ(v.above_national[1].code, "86");
    EXPECT_EQ(v.above_national[2].code, "17");
    EXPECT_EQ(v.above_national[1].gap_to_national.percent({2}).to_plain(), "17.24");
    ASSERT_EQ(v.below_national.size(), 1U);
    EXPECT_EQ(v.below_national[0].gap_to_national.percent({2}).to_plain(), "-20.06");
}

// ---------------------------------------------------------------------------------------------
// Errors

TEST(national_view_errors, no_dataset) {
    std::vector<const ctg::dataset*> none;
    try {
        (void)ctg::build_national_view(none, on);
        FAIL() << "no error";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().code, "national.datasets.empty");
        EXPECT_EQ(e.detail().field, "datasets");
    }
}

TEST(national_view_errors, two_datasets_of_one_department_name_both) {
    // A second dataset of department 17 under another id.
    std::string text = ctg_test::data_file("national/national-test-17.json");
    text.replace(text.find("national-test-17"), 16, "national-test-17b");
    const ctg::dataset again = ctg::load_dataset_json(text);
    std::vector<const ctg::dataset*> all{&test_17(), &charente(), &again};
    try {
        (void)ctg::build_national_view(all, on);
        FAIL() << "no error";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().code, "national.department.repeated");
        EXPECT_EQ(e.detail().field, "datasets");
        EXPECT_EQ(e.detail().value, "national-test-17b");
        EXPECT_EQ(e.detail().param("first"), "national-test-17");
        EXPECT_EQ(e.detail().param("department"), "17");
        const std::string what = e.what();
        EXPECT_NE(what.find("national-test-17b"), std::string::npos) << what;
        EXPECT_NE(what.find("national-test-17 already gives department 17"), std::string::npos)
            << what;
    }
}

}  // namespace
