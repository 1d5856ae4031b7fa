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
    EXPECT_EQ(v.total_population, 350'859);
    EXPECT_EQ(v.total_communes, 359);
    // 350,859 / 14.75 = 1,403,436 / 59 = 23,787.050847… → 23 787,05.
    ASSERT_TRUE(v.inhabitants_per_fte.has_value());
    EXPECT_EQ(*v.inhabitants_per_fte, ctg::exact_ratio(1'403'436, 59));
    EXPECT_EQ(cents(v.inhabitants_per_fte), "23\u202F787,05");
    EXPECT_FALSE(v.inhabitants_per_fte->rounded({2}).is_exact());
    // 14.75 × 10,000 / 350,859 = 147,500 / 350,859 = 0.42039… → 0,42.
    EXPECT_EQ(*v.fte_per_10000, ctg::exact_ratio(147'500, 350'859));
    EXPECT_EQ(cents(v.fte_per_10000), "0,42");
    EXPECT_EQ(v.inhabitants_per_fte->rounded({0}).to_french(),
              "23\u202F787");  // 350,859 / 14.75, rounded by hand
    EXPECT_TRUE(v.without_fte.empty());
    EXPECT_EQ(v.marks.to_string(), "[D][P]");
}

TEST(coordination_volume_charente, per_epci_inhabitants_per_fte_to_the_cent) {
    const auto v = ctg::coordination_volume(ctg::builtin_dataset("charente-2021"));
    ASSERT_EQ(v.epcis.size(), 9U);
    // Grand Angoulême: 141,997 / 2.5 = 56,798.80 exactly.
    const auto& ga = row(v, "200071827");
    EXPECT_EQ(ga.contracted_fte.to_string(), "2.5");
    EXPECT_EQ(*ga.inhabitants_per_fte, ctg::exact_ratio(283'994, 5));
    EXPECT_EQ(cents(ga.inhabitants_per_fte), "56\u202F798,80");
    EXPECT_TRUE(ga.inhabitants_per_fte->rounded({2}).is_exact());
    EXPECT_EQ(ga.posts, std::vector<std::string>{"post-grand-angouleme"});
    // Lavalette Tude Dronne: 17,477 / 1.5 = 34,954 / 3 = 11,651.333… → 11 651,33.
    EXPECT_EQ(cents(row(v, "200070282").inhabitants_per_fte), "11\u202F651,33");
    // Grand Cognac: 68,951 / 4 = 17,237.75.
    EXPECT_EQ(cents(row(v, "200070514").inhabitants_per_fte), "17\u202F237,75");
    // Rouillacais: 9,842 / 0.75 = 39,368 / 3 = 13,122.666… → 13 122,67.
    EXPECT_EQ(cents(row(v, "241600303").inhabitants_per_fte), "13\u202F122,67");
    // Charente Limousine: 35,198 / 1.5 = 70,396 / 3 = 23,465.333… → 23 465,33.
    EXPECT_EQ(cents(row(v, "200072049").inhabitants_per_fte), "23\u202F465,33");
    // ETP per 10,000 inhabitants, Grand Angoulême: 25,000 / 141,997 = 0.17606… → 0,18.
    EXPECT_EQ(cents(ga.fte_per_10000), "0,18");
    EXPECT_EQ(ga.marks().to_string(), "[D][P]");
}

TEST(coordination_volume_charente, spread_between_territories) {
    const auto v = ctg::coordination_volume(ctg::builtin_dataset("charente-2021"));
    ASSERT_TRUE(v.spread.has_value());
    const auto& s = *v.spread;
    EXPECT_EQ(s.territories, 9U);
    EXPECT_EQ(s.min.name, "CC Lavalette Tude Dronne");
    EXPECT_EQ(s.min.inhabitants_per_fte, ctg::exact_ratio(34'954, 3));
    EXPECT_EQ(s.max.name, "CA du Grand Angoulême");
    EXPECT_EQ(s.max.inhabitants_per_fte, ctg::exact_ratio(283'994, 5));
    // max / min = (283,994 / 5) / (34,954 / 3) = 851,982 / 174,770 = 425,991 / 87,385 = 4.8748…
    ASSERT_TRUE(s.max_over_min.has_value());
    EXPECT_EQ(*s.max_over_min, ctg::exact_ratio(425'991, 87'385));
    EXPECT_EQ(cents(s.max_over_min), "4,87");
    // Mean of the nine: (283994/5 + 68951/4 + 70396/3 + 22006 + 43546/3 + 19890 + 34954/3
    //                    + 13725 + 39368/3) / 9 = 11,544,733 / 540 = 21,379.1351… → 21 379,14.
    EXPECT_EQ(s.mean, ctg::exact_ratio(11'544'733, 540));
    EXPECT_EQ(cents(s.mean), "21\u202F379,14");
    // Population standard deviation 13,111.33265…, coefficient of variation 61.32770…%.
    EXPECT_EQ(s.standard_deviation({2}).to_french(), "13\u202F111,33");
    EXPECT_EQ(s.standard_deviation({6}).to_plain(), "13111.332652");
    EXPECT_EQ(s.coefficient_of_variation_percent({2})->to_french(), "61,33");
    EXPECT_EQ(s.coefficient_of_variation_percent({6})->to_plain(), "61.327704");
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
    // 2.5 + 4 + 1.5 + 1 + 1.5 + 1 = 11.5 ETP for the department's 350,859 inhabitants:
    // 350,859 / 11.5 = 701,718 / 23 = 30,509.478… → 30 509,48 inhabitants per ETP;
    // 11.5 × 10,000 / 350,859 = 115,000 / 350,859 = 0.3277… → 0,33 ETP per 10,000.
    const auto v =
        ctg::coordination_volume(ctg::builtin_dataset("charente-2021"), day("2023-06-30"));
    EXPECT_EQ(v.total_fte.to_string(), "11.5");
    EXPECT_EQ(v.total_population, 350'859);
    EXPECT_EQ(*v.inhabitants_per_fte, ctg::exact_ratio(701'718, 23));
    EXPECT_EQ(cents(v.inhabitants_per_fte), "30\u202F509,48");
    EXPECT_EQ(cents(v.fte_per_10000), "0,33");
    EXPECT_EQ(v.without_fte,
              (std::vector<std::string>{"CC de Charente Limousine", "CC Coeur de Charente",
                                        "CC du Rouillacais"}));
    EXPECT_EQ(v.spread->territories, 6U);
}

}  // namespace
