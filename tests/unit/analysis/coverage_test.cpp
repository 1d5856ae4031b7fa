// SPDX-License-Identifier: MIT
// coverage(): the embedded Charente dataset (100 % on 2021-06-30 against 75 %), a small dataset
// built here with one EPCI left uncovered, a prolongation that keeps an EPCI covered, communes
// covered individually, the COG trajectory, and the exact ratios behind the percentages.
#include "support/dataset_builders.hpp"
#include <ctg/analysis/coverage.hpp>
#include <ctg/core/error.hpp>
#include <ctg/core/exact_ratio.hpp>
#include <ctg/io/dataset_json.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using ctg_test::day;
using ctg_test::make_convention;
using ctg_test::next_day;
using ctg_test::public_source;

/// An EPCI of one commune, its population and itself from the INSEE public source.
ctg::epci make_epci(const char* siren, const char* name, std::int64_t inhabitants) {
    return ctg_test::make_epci(siren, name, inhabitants, 1, public_source());
}

ctg::amendment prolong(const char* id, const char* signed_on, const char* new_last_day) {
    return {id, day(signed_on), "Prolongation", next_day(day(new_last_day)), {}};
}

constexpr const char* siren_a = "200071827";  // 40,000 inhabitants
constexpr const char* siren_b = "241600303";  // 10,000 inhabitants
constexpr const char* siren_c = "200070514";  // 30,000 inhabitants

/// Three EPCI, 80,000 inhabitants. A: CTG 2019–2021 prolonged to 30/06/2022; B: CTG from
/// 01/04/2021; C: CTG 2017–2020, ended.
ctg::dataset_parts three_epci() {
    ctg::dataset_parts p;
    p.id = "three-epci";
    p.label = {"Trois EPCI", "Three EPCI"};
    p.department = {"16", "Charente", {}};
    p.epcis = {make_epci(siren_a, "CA A", 40'000), make_epci(siren_b, "CC B", 10'000),
               make_epci(siren_c, "CC C", 30'000)};
    ctg::convention a = make_convention("ctg-a", "2019-01-01", "2021-12-31", {siren_a});
    a.amendments = {prolong("avenant-1", "2021-11-15", "2022-06-30")};
    p.conventions = {a, make_convention("ctg-b", "2021-04-01", "2024-03-31", {siren_b}),
                     make_convention("ctg-c", "2017-01-01", "2020-12-31", {siren_c})};
    return p;
}

// ---------------------------------------------------------------------------------------------
// COG trajectory

TEST(cog_trajectory, gives_20_35_55_75_85_percent_for_2018_to_2022) {
    const auto t = ctg::cog_2018_2022_trajectory();
    ASSERT_EQ(t.size(), 5U);
    const std::int64_t expected[] = {200'000, 350'000, 550'000, 750'000, 850'000};
    for (std::size_t i = 0; i < t.size(); ++i) {
        EXPECT_EQ(t[i].year, 2018 + static_cast<int>(i));
        EXPECT_EQ(t[i].target.millionths(), expected[i]);
    }
    EXPECT_EQ(ctg::cog_2018_2022_target(2021)->to_french(), "75\u00A0%");
    EXPECT_FALSE(ctg::cog_2018_2022_target(2017).has_value());
    EXPECT_FALSE(ctg::cog_2018_2022_target(2023).has_value());
}

TEST(cog_trajectory, is_a_public_source_with_its_url) {
    const ctg::provenance& p = ctg::cog_2018_2022_provenance();
    EXPECT_EQ(p.kind, ctg::evidence::public_source);
    EXPECT_EQ(p.cited.url, "https://ra2022.caf42.fr/?p=6878");
    EXPECT_FALSE(p.cited.document.empty());
}

// ---------------------------------------------------------------------------------------------
// Charente

TEST(coverage_charente, is_100_percent_on_2021_06_30_against_a_75_percent_target) {
    const auto c = ctg::coverage(ctg::builtin_dataset("charente-2021"), day("2021-06-30"));
    // Millésime 2018, in force in 2021: data/epci.json of @etalab/decoupage-administratif 1.1.1.
    EXPECT_EQ(c.covered, 351'778);
    EXPECT_EQ(c.total, 351'778);
    EXPECT_EQ(c.share, ctg::exact_ratio(1, 1));
    EXPECT_EQ(c.share.percent({2}).to_french(), "100,00");
    ASSERT_TRUE(c.cog_target.has_value());
    EXPECT_EQ(c.cog_target->millionths(), 750'000);
    EXPECT_EQ(c.meets_target(), true);
    EXPECT_EQ(c.gap_to_target()->percent({2}).to_french(), "25,00");
    EXPECT_TRUE(c.uncovered().empty());
    EXPECT_EQ(c.epcis.size(), 9U);
    for (const auto& e : c.epcis) {
        EXPECT_EQ(e.status, ctg::coverage_status::covered) << e.name;
        EXPECT_EQ(e.conventions.size(), 1U) << e.name;
    }
    // Populations are public [P]; the CTG dates are illustrative [I].
    EXPECT_EQ(c.marks.to_string(), "[P][I]");
}

TEST(coverage_charente, rows_carry_each_epci_population_and_its_year) {
    const auto c = ctg::coverage(ctg::builtin_dataset("charente-2021"), day("2021-06-30"));
    // The populations in force on that day (millésime 2018, data/epci.json of
    // @etalab/decoupage-administratif 1.1.1): Grand Angoulême 141,776, Cœur de Charente 21,979;
    // both wholly covered on that day.
    const auto row = [&](std::string_view name) -> const ctg::epci_coverage& {
        for (const auto& e : c.epcis) {
            if (e.name == name) {
                return e;
            }
        }
        throw std::runtime_error("no EPCI " + std::string(name));
    };
    const auto& angouleme = row("CA du Grand Angoulême");
    EXPECT_EQ(angouleme.population.inhabitants, 141'776);
    EXPECT_EQ(angouleme.population.reference_year, 2018);
    EXPECT_EQ(angouleme.covered_inhabitants, 141'776);
    const auto& coeur = row("CC Coeur de Charente");
    EXPECT_EQ(coeur.population.inhabitants, 21'979);
    EXPECT_EQ(coeur.population.reference_year, 2018);
    EXPECT_EQ(coeur.status, ctg::coverage_status::covered);
    // +25 points over the 75 % target: 100 % − 75 % = 1/4.
    EXPECT_EQ(*c.gap_to_target(), ctg::exact_ratio(1, 4));
}

TEST(coverage_charente, outside_2018_2022_has_no_target) {
    const auto c = ctg::coverage(ctg::builtin_dataset("charente-2021"), day("2023-06-30"));
    EXPECT_FALSE(c.cog_target.has_value());
    EXPECT_FALSE(c.meets_target().has_value());
    EXPECT_FALSE(c.gap_to_target().has_value());
}

// ---------------------------------------------------------------------------------------------
// Small dataset, values by hand

TEST(coverage_small, one_epci_without_an_active_ctg) {
    const auto d = ctg::dataset::build(three_epci());
    const auto c = ctg::coverage(d, day("2021-06-30"));
    // A (40,000) and B (10,000) covered, C (30,000) not: 50,000 / 80,000 = 5/8 = 62.5 %.
    EXPECT_EQ(c.covered, 50'000);
    EXPECT_EQ(c.total, 80'000);
    EXPECT_EQ(c.share, ctg::exact_ratio(5, 8));
    EXPECT_EQ(c.share.percent({2}).to_french(), "62,50");
    EXPECT_TRUE(c.share.percent({2}).is_exact());
    // 62.5 % against 75 %: not met, −12.5 points.
    EXPECT_EQ(c.meets_target(), false);
    EXPECT_EQ(*c.gap_to_target(), ctg::exact_ratio(-1, 8));
    EXPECT_EQ(c.gap_to_target()->percent({2}).to_french(), "-12,50");
    const auto missing = c.uncovered();
    ASSERT_EQ(missing.size(), 1U);
    EXPECT_EQ(missing[0]->name, "CC C");
    EXPECT_EQ(missing[0]->status, ctg::coverage_status::uncovered);
    EXPECT_EQ(missing[0]->covered_inhabitants, 0);
    EXPECT_TRUE(missing[0]->conventions.empty());
    // 30,000 inhabitants of C left uncovered.
    EXPECT_EQ(missing[0]->population.inhabitants - missing[0]->covered_inhabitants, 30'000);
}

TEST(coverage_small, a_convention_starting_later_does_not_cover_yet) {
    const auto d = ctg::dataset::build(three_epci());
    // 31/03/2021: B's CTG starts the next day. Only A: 40,000 / 80,000 = 50 % (2021 target 75 %).
    const auto before = ctg::coverage(d, day("2021-03-31"));
    EXPECT_EQ(before.covered, 40'000);
    EXPECT_EQ(before.share, ctg::exact_ratio(1, 2));
    const auto on_start = ctg::coverage(d, day("2021-04-01"));
    EXPECT_EQ(on_start.covered, 50'000);
}

TEST(coverage_small, a_prolongation_keeps_the_epci_covered) {
    const auto d = ctg::dataset::build(three_epci());
    // 01/03/2022: A's initial term ended on 31/12/2021, the amendment runs it to 30/06/2022.
    const auto c = ctg::coverage(d, day("2022-03-01"));
    EXPECT_EQ(c.covered, 50'000);
    EXPECT_EQ(c.epcis[0].status, ctg::coverage_status::covered);
    // Last day of the prolongation, then the day after.
    EXPECT_EQ(ctg::coverage(d, day("2022-06-30")).covered, 50'000);
    const auto after = ctg::coverage(d, day("2022-07-01"));
    EXPECT_EQ(after.covered, 10'000);
    EXPECT_EQ(after.share, ctg::exact_ratio(1, 8));
    EXPECT_EQ(after.share.percent({2}).to_french(), "12,50");
    EXPECT_EQ(after.cog_target->millionths(), 850'000);
    EXPECT_EQ(after.uncovered().size(), 2U);
}

TEST(coverage_small, a_prolongation_counts_from_its_signature) {
    const auto d = ctg::dataset::build(three_epci());
    // 01/03/2022 as known on 30/06/2021, before avenant-1 (signed 15/11/2021): A's term ended
    // 31/12/2021, only B is covered: 10,000 / 80,000 = 1/8.
    const auto projected = ctg::coverage(d, day("2022-03-01"), day("2021-06-30"));
    EXPECT_EQ(projected.known_on, day("2021-06-30"));
    EXPECT_EQ(projected.covered, 10'000);
    EXPECT_EQ(projected.epcis[0].status, ctg::coverage_status::uncovered);
    // Known from the day of the signature: A and B, 50,000.
    EXPECT_EQ(ctg::coverage(d, day("2022-03-01"), day("2021-11-14")).covered, 10'000);
    EXPECT_EQ(ctg::coverage(d, day("2022-03-01"), day("2021-11-15")).covered, 50'000);
    // By default the date of knowledge is the date itself.
    EXPECT_EQ(ctg::coverage(d, day("2022-03-01")).known_on, day("2022-03-01"));
}

TEST(coverage_small, communes_covered_individually_count_with_their_population) {
    ctg::dataset_parts p = three_epci();
    // C lists 2 communes: one of 12,000 inhabitants, one without a population.
    ctg::epci& c = p.epcis[2];
    c.commune_count = 2;
    c.communes = {{ctg::insee_code::parse("16102"), "Commune 1",
                   ctg::population{12'000, 2021, public_source()}},
                  {ctg::insee_code::parse("16089"), "Commune 2", std::nullopt}};
    ctg::convention partial = make_convention("ctg-c2", "2021-01-01", "2024-12-31", {});
    partial.territories.communes = {ctg::insee_code::parse("16102"),
                                    ctg::insee_code::parse("16089")};
    p.conventions.push_back(partial);
    const auto d = ctg::dataset::build(std::move(p));
    const auto cov = ctg::coverage(d, day("2021-06-30"));
    // 40,000 + 10,000 + 12,000 = 62,000 / 80,000 = 31/40 = 77.5 %: above the 75 % target.
    EXPECT_EQ(cov.covered, 62'000);
    EXPECT_EQ(cov.share, ctg::exact_ratio(31, 40));
    EXPECT_EQ(cov.meets_target(), true);
    const auto& row = cov.epcis[2];
    EXPECT_EQ(row.status, ctg::coverage_status::partial);
    EXPECT_EQ(row.covered_inhabitants, 12'000);
    EXPECT_EQ(row.conventions, std::vector<std::string>{"ctg-c2"});
    ASSERT_EQ(row.communes_without_population.size(), 1U);
    EXPECT_EQ(row.communes_without_population[0].str(), "16089");
    ASSERT_EQ(cov.uncovered().size(), 1U);  // partial still listed
    // At most 30,000 − 12,000 = 18,000 inhabitants of C uncovered (Commune 2 not counted).
    const ctg::epci_coverage& partly = *cov.uncovered()[0];
    EXPECT_EQ(partly.population.inhabitants - partly.covered_inhabitants, 18'000);
}

TEST(coverage_small, a_dataset_without_inhabitants_is_refused) {
    ctg::dataset_parts p = three_epci();
    for (auto& e : p.epcis) {
        e.population.inhabitants = 0;
    }
    const auto d = ctg::dataset::build(std::move(p));
    try {
        (void)ctg::coverage(d, day("2021-06-30"));
        FAIL() << "expected ctg::invalid_value";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().field, "epcis[].population.inhabitants");
        EXPECT_EQ(e.detail().value, "0");
    }
}

// ---------------------------------------------------------------------------------------------
// Exact ratios and their rounding

TEST(exact_ratio, rounds_once_under_the_policy) {
    const ctg::exact_ratio third(1, 3);
    EXPECT_EQ(third.rounded({2}).to_plain(), "0.33");
    EXPECT_EQ(third.rounded({2, ctg::rounding::up}).to_plain(), "0.34");
    EXPECT_EQ(ctg::exact_ratio(-5, 1000).rounded({2}).to_plain(), "-0.01");
    EXPECT_EQ(ctg::exact_ratio(-5, 1000).rounded({2, ctg::rounding::half_even}).to_plain(), "0.00");
    EXPECT_EQ(ctg::exact_ratio(15, 1000).rounded({2, ctg::rounding::half_even}).to_plain(), "0.02");
    EXPECT_EQ(ctg::exact_ratio(7, 2).rounded({0}).to_plain(), "4");
    EXPECT_EQ(ctg::exact_ratio(1'234'567, 1).rounded({0}).to_french(), "1\u202F234\u202F567");
    EXPECT_EQ(ctg::exact_ratio(1'234'567, 100).rounded({2}).to_english(), "12,345.67");
    EXPECT_EQ(ctg::exact_ratio(6, 4).to_fraction(), "3/2");
    EXPECT_THROW((void)ctg::exact_ratio(1, 0), ctg::invalid_value);
    EXPECT_THROW((void)third.rounded({19}), ctg::invalid_value);
    EXPECT_THROW((void)(third / ctg::exact_ratio()), ctg::invalid_value);
}

TEST(exact_ratio, square_roots_are_correctly_rounded) {
    EXPECT_EQ(ctg::rounded_sqrt(ctg::exact_ratio(2, 1), {6}).to_plain(), "1.414214");
    EXPECT_EQ(ctg::rounded_sqrt(ctg::exact_ratio(2, 1), {6, ctg::rounding::down}).to_plain(),
              "1.414213");
    const auto exact = ctg::rounded_sqrt(ctg::exact_ratio(9, 4), {2});
    EXPECT_EQ(exact.to_plain(), "1.50");
    EXPECT_TRUE(exact.is_exact());
    // sqrt(0.0225) = 0.15 exactly: at one decimal a true tie, 0.2 away from zero, 0.2 half even.
    EXPECT_EQ(ctg::rounded_sqrt(ctg::exact_ratio(225, 10'000), {1}).to_plain(), "0.2");
    EXPECT_EQ(
        ctg::rounded_sqrt(ctg::exact_ratio(225, 10'000), {1, ctg::rounding::half_even}).to_plain(),
        "0.2");
    // sqrt(0.0625) = 0.25: the tie goes to 0.3 away from zero, 0.2 half even.
    EXPECT_EQ(ctg::rounded_sqrt(ctg::exact_ratio(625, 10'000), {1}).to_plain(), "0.3");
    EXPECT_EQ(
        ctg::rounded_sqrt(ctg::exact_ratio(625, 10'000), {1, ctg::rounding::half_even}).to_plain(),
        "0.2");
    EXPECT_THROW((void)ctg::rounded_sqrt(ctg::exact_ratio(-1, 1)), ctg::invalid_value);
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Populations of the year in force on the date

namespace {

/// Charente whose EPCI give only the populations of `kept` millésimes (the official ones).
ctg::dataset charente_with_only(std::initializer_list<int> kept) {
    ctg::dataset_parts p = ctg::builtin_dataset("charente-2021").parts();
    const auto keep = [&](const ctg::population& x) {
        return std::find(kept.begin(), kept.end(), x.reference_year) != kept.end();
    };
    for (auto& e : p.epcis) {
        std::vector<ctg::population> all = e.other_populations;
        all.push_back(e.population);
        std::erase_if(all, [&](const ctg::population& x) { return !keep(x); });
        e.population = all.front();
        e.other_populations.assign(all.begin() + 1, all.end());
    }
    return ctg::dataset::build(std::move(p), "charente-some-years");
}

}  // namespace

// The official totals of the nine EPCI by millésime, summed by hand in data/epci.json of each
// pinned version of @etalab/decoupage-administratif: 2016 (0.7.0) 353,288; 2017 (0.8.0)
// 352,335; 2018 (1.1.1) 351,778; 2019 (2.3.1) 352,015; 2020 (3.1.1) 351,718; 2021 (4.1.0)
// 350,867; 2022 (5.3.0) 351,603.
TEST(coverage_populations, each_date_reads_the_official_year_in_force) {
    const auto& d = ctg::builtin_dataset("charente-2021");
    const std::pair<const char*, std::int64_t> totals[] = {
        {"2019-06-30", 353'288}, {"2020-06-30", 352'335}, {"2021-06-30", 351'778},
        {"2022-06-30", 352'015}, {"2023-06-30", 351'718}, {"2024-06-30", 350'867},
        {"2025-06-30", 351'603}};
    for (const auto& [on, total] : totals) {
        const auto c = ctg::coverage(d, day(on));
        EXPECT_EQ(c.total, total) << on;
        EXPECT_EQ(c.population_years,
                  (std::vector<ctg::population_year_count>{{c.population_year_in_force, 9, true}}))
            << on;
        EXPECT_EQ(c.epcis_without_population_in_force(), 0U) << on;
    }
    // 30/06/2026: millésime 2023 is in force, and not yet in the catalogue (2026 gives 2022):
    // the latest given in force is read, and said so.
    const auto later = ctg::coverage(d, day("2026-06-30"));
    EXPECT_EQ(later.population_year_in_force, 2023);
    EXPECT_EQ(later.population_years, (std::vector<ctg::population_year_count>{{2022, 9, false}}));
    EXPECT_EQ(later.epcis_without_population_in_force(), 9U);
}

TEST(coverage_populations, a_year_not_given_reads_the_latest_in_force_else_the_earliest) {
    const auto d = charente_with_only({2018, 2021});
    // 30/06/2024: 2021 in force and given.
    EXPECT_EQ(ctg::coverage(d, day("2024-06-30")).total, 350'867);
    // 30/06/2023: 2020 in force, not given: the latest given in force, 2018.
    const auto on_2023 = ctg::coverage(d, day("2023-06-30"));
    EXPECT_EQ(on_2023.total, 351'778);
    EXPECT_EQ(on_2023.population_years,
              (std::vector<ctg::population_year_count>{{2018, 9, false}}));
    // 30/06/2020: 2017 in force, none given that early: the earliest given, 2018.
    EXPECT_EQ(ctg::coverage(d, day("2020-06-30")).total, 351'778);
}
