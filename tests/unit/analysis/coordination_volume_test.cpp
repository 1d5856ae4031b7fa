// SPDX-License-Identifier: MIT
// coordination_volume(): the Charente figures of the source document (14.75 ETP, 350,859
// inhabitants, 23,787.05 inhabitants per ETP) and of each EPCI to the cent, the spread between
// territories (min, max, ratio, mean, standard deviation, coefficient of variation) worked out by
// hand, and a small dataset with an EPCI without ETP.
#include "support/dataset_builders.hpp"
#include <ctg/analysis/coordination_volume.hpp>
#include <ctg/core/error.hpp>
#include <ctg/io/dataset_json.hpp>

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

namespace {

using ctg_test::day;
using ctg_test::make_convention;
using ctg_test::make_post;
using ctg_test::public_source;

const ctg::epci_volume& row(const ctg::coordination_volume_report& v, const char* siren) {
    for (const auto& e : v.epcis) {
        if (e.siren.str() == siren) {
            return e;
        }
    }
    throw std::logic_error(std::string("no EPCI ") + siren);
}

std::string cents(const std::optional<ctg::exact_ratio>& r) {
    return r ? r->rounded({2, ctg::rounding::half_away_from_zero}).to_french() : "none";
}

// ---------------------------------------------------------------------------------------------
// Charente

TEST(coordination_volume_charente, department_totals_match_the_source_document) {
    const auto v = ctg::coordination_volume(ctg::builtin_dataset("charente-2021"));
    EXPECT_EQ(v.total_fte.to_string(), "14.75");
    // Populations municipales of millésime 2018, in force in 2021 (@etalab/decoupage-
    // administratif 1.1.1, data/epci.json, the nine EPCI summed by hand): 351,778 in 365 communes.
    EXPECT_EQ(v.total_population, 351'778);
    EXPECT_EQ(v.total_communes, 365);
    // 351,778 / 14.75 = 1,407,112 / 59 = 23,849.355932… → 23 849,36.
    ASSERT_TRUE(v.inhabitants_per_fte.has_value());
    EXPECT_EQ(*v.inhabitants_per_fte, ctg::exact_ratio(1'407'112, 59));
    EXPECT_EQ(cents(v.inhabitants_per_fte), "23\u202F849,36");
    EXPECT_FALSE(v.inhabitants_per_fte->rounded({2}).is_exact());
    // 14.75 × 10,000 / 351,778 = 147,500 / 351,778 = 0.41929… → 0,42.
    EXPECT_EQ(*v.fte_per_10000, ctg::exact_ratio(147'500, 351'778));
    EXPECT_EQ(cents(v.fte_per_10000), "0,42");
    EXPECT_EQ(v.inhabitants_per_fte->rounded({0}).to_french(),
              "23\u202F849");  // 351,778 / 14.75, rounded by hand
    EXPECT_TRUE(v.without_fte.empty());
    EXPECT_EQ(v.marks.to_string(), "[D][P]");
}

TEST(coordination_volume_charente, per_epci_inhabitants_per_fte_to_the_cent) {
    const auto v = ctg::coordination_volume(ctg::builtin_dataset("charente-2021"));
    ASSERT_EQ(v.epcis.size(), 9U);
    // Populations of millésime 2018 (data/epci.json of 1.1.1).
    // Grand Angoulême: 141,776 / 2.5 = 56,710.40 exactly.
    const auto& ga = row(v, "200071827");
    EXPECT_EQ(ga.contracted_fte.to_string(), "2.5");
    EXPECT_EQ(*ga.inhabitants_per_fte, ctg::exact_ratio(283'552, 5));
    EXPECT_EQ(cents(ga.inhabitants_per_fte), "56\u202F710,40");
    EXPECT_TRUE(ga.inhabitants_per_fte->rounded({2}).is_exact());
    EXPECT_EQ(ga.posts, std::vector<std::string>{"post-grand-angouleme"});
    // Lavalette Tude Dronne: 17,807 / 1.5 = 35,614 / 3 = 11,871.333… → 11 871,33.
    EXPECT_EQ(cents(row(v, "200070282").inhabitants_per_fte), "11\u202F871,33");
    // Grand Cognac: 69,283 / 4 = 17,320.75.
    EXPECT_EQ(cents(row(v, "200070514").inhabitants_per_fte), "17\u202F320,75");
    // Rouillacais: 10,019 / 0.75 = 40,076 / 3 = 13,358.666… → 13 358,67.
    EXPECT_EQ(cents(row(v, "241600303").inhabitants_per_fte), "13\u202F358,67");
    // Charente Limousine: 35,378 / 1.5 = 70,756 / 3 = 23,585.333… → 23 585,33.
    EXPECT_EQ(cents(row(v, "200072049").inhabitants_per_fte), "23\u202F585,33");
    // ETP per 10,000 inhabitants, Grand Angoulême: 25,000 / 141,776 = 0.17633… → 0,18.
    EXPECT_EQ(cents(ga.fte_per_10000), "0,18");
    EXPECT_EQ(ga.marks().to_string(), "[D][P]");
}

TEST(coordination_volume_charente, spread_between_territories) {
    const auto v = ctg::coordination_volume(ctg::builtin_dataset("charente-2021"));
    ASSERT_TRUE(v.spread.has_value());
    const auto& s = *v.spread;
    EXPECT_EQ(s.territories, 9U);
    EXPECT_EQ(s.min.name, "CC Lavalette Tude Dronne");
    EXPECT_EQ(s.min.inhabitants_per_fte, ctg::exact_ratio(35'614, 3));
    EXPECT_EQ(s.max.name, "CA du Grand Angoulême");
    EXPECT_EQ(s.max.inhabitants_per_fte, ctg::exact_ratio(283'552, 5));
    // max / min = (283,552 / 5) / (35,614 / 3) = 850,656 / 178,070 = 425,328 / 89,035 = 4.7770…
    ASSERT_TRUE(s.max_over_min.has_value());
    EXPECT_EQ(*s.max_over_min, ctg::exact_ratio(425'328, 89'035));
    EXPECT_EQ(cents(s.max_over_min), "4,78");
    // Mean of the nine (millésime 2018): (283552/5 + 69283/4 + 70756/3 + 21979 + 43556/3
    //   + 19917 + 35614/3 + 13841 + 40076/3) / 9 = 3,862,043 / 180 = 21,455.7944… → 21 455,79.
    EXPECT_EQ(s.mean, ctg::exact_ratio(3'862'043, 180));
    EXPECT_EQ(cents(s.mean), "21\u202F455,79");
    // Population standard deviation 13,041.37255…, coefficient of variation 60.78252…%.
    EXPECT_EQ(s.standard_deviation({2}).to_french(), "13\u202F041,37");
    EXPECT_EQ(s.standard_deviation({6}).to_plain(), "13041.372555");
    EXPECT_EQ(s.coefficient_of_variation_percent({2})->to_french(), "60,78");
    EXPECT_EQ(s.coefficient_of_variation_percent({6})->to_plain(), "60.782520");
}

// ---------------------------------------------------------------------------------------------
// Small dataset: A 40,000 inhabitants and 1.5 ETP, B 10,000 and 0.5 ETP, C 30,000 and none.

/// An EPCI of three communes, its population and itself from the INSEE public source.
ctg::epci make_epci(const char* siren, const char* name, std::int64_t inhabitants) {
    return ctg_test::make_epci(siren, name, inhabitants, 3, public_source());
}

/// The 2021 expense of every post: 40,000 €.
std::vector<ctg::yearly_expense> expenses_2021() {
    return {{2021, ctg::money::from_euros(40'000), {}}};
}

ctg::dataset small() {
    ctg::dataset_parts p;
    p.id = "small";
    p.label = {"Petit", "Small"};
    p.department = {"16", "Charente", {}};
    p.epcis = {make_epci("200071827", "CA A", 40'000), make_epci("241600303", "CC B", 10'000),
               make_epci("200070514", "CC C", 30'000)};
    p.conventions = {make_convention("ctg-a", "2019-01-01", "2022-12-31", {"200071827"}),
                     make_convention("ctg-b", "2021-04-01", "2024-03-31", {"241600303"})};
    // A's 1.5 ETP come from two posts of 1 and 0.5.
    p.posts = {make_post("post-a1", "ctg-a", "200071827", "1", expenses_2021()),
               make_post("post-a2", "ctg-a", "200071827", "0.5", expenses_2021()),
               make_post("post-b", "ctg-b", "241600303", "0.5", expenses_2021())};
    return ctg::dataset::build(std::move(p));
}

TEST(coordination_volume_small, ratios_by_hand) {
    const auto d = small();
    const auto v = ctg::coordination_volume(d);
    const auto& a = row(v, "200071827");
    EXPECT_EQ(a.contracted_fte.to_string(), "1.5");
    EXPECT_EQ(a.posts, (std::vector<std::string>{"post-a1", "post-a2"}));
    // 40,000 / 1.5 = 26,666.666… → 26 666,67; 1.5 × 10,000 / 40,000 = 0.375.
    EXPECT_EQ(*a.inhabitants_per_fte, ctg::exact_ratio(80'000, 3));
    EXPECT_EQ(cents(a.inhabitants_per_fte), "26\u202F666,67");
    EXPECT_EQ(*a.fte_per_10000, ctg::exact_ratio(3, 8));
    EXPECT_EQ(a.fte_per_10000->rounded({2, ctg::rounding::half_away_from_zero}).to_plain(), "0.38");
    EXPECT_EQ(a.fte_per_10000->rounded({2, ctg::rounding::half_even}).to_plain(), "0.38");
    EXPECT_EQ(a.fte_per_10000->rounded({2, ctg::rounding::toward_zero}).to_plain(), "0.37");
    const auto& b = row(v, "241600303");
    EXPECT_EQ(cents(b.inhabitants_per_fte), "20\u202F000,00");
    const auto& c = row(v, "200070514");
    EXPECT_FALSE(c.inhabitants_per_fte.has_value());
    EXPECT_EQ(*c.fte_per_10000, ctg::exact_ratio(0, 1));
    EXPECT_EQ(v.without_fte, std::vector<std::string>{"CC C"});
    // Department: 80,000 inhabitants (C included) / 2 ETP = 40,000.
    EXPECT_EQ(v.total_fte.to_string(), "2");
    EXPECT_EQ(*v.inhabitants_per_fte, ctg::exact_ratio(40'000, 1));
}

TEST(coordination_volume_small, spread_by_hand) {
    const auto v = ctg::coordination_volume(small());
    ASSERT_TRUE(v.spread.has_value());
    const auto& s = *v.spread;
    // Over A and B only (C has no ETP): 80,000/3 and 20,000.
    EXPECT_EQ(s.territories, 2U);
    EXPECT_EQ(s.min.name, "CC B");
    EXPECT_EQ(s.max.name, "CA A");
    // max / min = (80,000/3) / 20,000 = 4/3 → 1,33.
    EXPECT_EQ(*s.max_over_min, ctg::exact_ratio(4, 3));
    EXPECT_EQ(cents(s.max_over_min), "1,33");
    // mean = (80,000/3 + 60,000/3) / 2 = 70,000/3; both deviations are ±10,000/3, so the
    // variance is (10,000/3)² and the standard deviation 10,000/3 = 3,333.33.
    EXPECT_EQ(s.mean, ctg::exact_ratio(70'000, 3));
    EXPECT_EQ(s.variance, ctg::exact_ratio(100'000'000, 9));
    EXPECT_EQ(s.standard_deviation({2}).to_french(), "3\u202F333,33");
    EXPECT_FALSE(s.standard_deviation({2}).is_exact());
    // CV = (10,000/3) / (70,000/3) = 1/7 = 14.285714…% → 14,29.
    EXPECT_EQ(s.coefficient_of_variation_percent({2})->to_french(), "14,29");
    EXPECT_EQ(s.coefficient_of_variation_percent({4, ctg::rounding::down})->to_plain(), "14.2857");
}

TEST(coordination_volume_small, on_a_date_counts_only_active_conventions) {
    const auto d = small();
    // 31/03/2021: ctg-b has not started: B counts no ETP.
    const auto v = ctg::coordination_volume(d, day("2021-03-31"));
    EXPECT_EQ(v.total_fte.to_string(), "1.5");
    EXPECT_FALSE(row(v, "241600303").inhabitants_per_fte.has_value());
    EXPECT_EQ(v.spread->territories, 1U);
    // One territory: no spread (variance 0, CV 0), min = max.
    EXPECT_EQ(v.spread->variance, ctg::exact_ratio(0, 1));
    EXPECT_EQ(v.spread->coefficient_of_variation_percent({2})->to_plain(), "0.00");
    EXPECT_EQ(*v.spread->max_over_min, ctg::exact_ratio(1, 1));
    EXPECT_EQ(v.on, day("2021-03-31"));
}

TEST(coordination_volume_charente, on_30_june_2023_only_the_posts_in_force) {
    // charente-2021.json on 30/06/2023, each term as known that day:
    //   in force: Grand Angoulême (→ 31/12/2022, avenant of 15/11/2022 → 31/12/2023) 2.5 ETP,
    //   Grand Cognac (→ 31/12/2023) 4, La Rochefoucauld (→ 30/06/2024) 1.5, 4B Sud-Charente
    //   (→ 31/12/2022, avenant of 08/12/2022 → 31/12/2023) 1, Lavalette Tude Dronne
    //   (→ 31/08/2024) 1.5, Val de Charente (→ 31/12/2023) 1;
    //   lapsed: Charente Limousine (31/03/2023), Cœur de Charente and Rouillacais (31/12/2022).
    // 2.5 + 4 + 1.5 + 1 + 1.5 + 1 = 11.5 ETP for the department's 351,718 inhabitants
    // (millésime 2020, in force in 2023: data/epci.json of @etalab/decoupage-administratif
    // 3.1.1, the nine EPCI summed by hand):
    // 351,718 / 11.5 = 703,436 / 23 = 30,584.173… → 30 584,17 inhabitants per ETP;
    // 11.5 × 10,000 / 351,718 = 115,000 / 351,718 = 0.3269… → 0,33 ETP per 10,000.
    const auto v =
        ctg::coordination_volume(ctg::builtin_dataset("charente-2021"), day("2023-06-30"));
    EXPECT_EQ(v.total_fte.to_string(), "11.5");
    EXPECT_EQ(v.total_population, 351'718);
    EXPECT_EQ(*v.inhabitants_per_fte, ctg::exact_ratio(703'436, 23));
    EXPECT_EQ(cents(v.inhabitants_per_fte), "30\u202F584,17");
    EXPECT_EQ(cents(v.fte_per_10000), "0,33");
    EXPECT_EQ(v.without_fte,
              (std::vector<std::string>{"CC de Charente Limousine", "CC Coeur de Charente",
                                        "CC du Rouillacais"}));
    EXPECT_EQ(v.spread->territories, 6U);
}

}  // namespace
