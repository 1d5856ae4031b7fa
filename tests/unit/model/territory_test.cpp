// SPDX-License-Identifier: MIT
#include <ctg/core/error.hpp>
#include <ctg/model/territory.hpp>

#include <gtest/gtest.h>

#include <string>

namespace {

// The nine EPCI of Charente (the public EPCI table cited by the built-in dataset).
const char* const charente_sirens[] = {"200071827", "200070514", "200072049",
                                       "200072023", "200068914", "200029734",
                                       "200070282", "200043016", "241600303"};

TEST(siren, accepts_every_charente_epci) {
    for (const char* s : charente_sirens) {
        EXPECT_TRUE(ctg::siren::is_valid(s)) << s;
        EXPECT_EQ(ctg::siren::parse(s).str(), s);
    }
}

TEST(siren, one_changed_digit_breaks_the_luhn_key) {
    for (const char* s : charente_sirens) {
        for (std::size_t i = 0; i < 9; ++i) {
            std::string changed = s;
            changed[i] = changed[i] == '9' ? '0' : static_cast<char>(changed[i] + 1);
            EXPECT_FALSE(ctg::siren::is_valid(changed)) << changed;
        }
    }
}

TEST(siren, parse_names_field_value_and_expectation) {
    try {
        (void)ctg::siren::parse("200071828", "epcis[0].siren");
        FAIL() << "no exception";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().field, "epcis[0].siren");
        EXPECT_EQ(e.detail().value, "200071828");
        EXPECT_EQ(e.detail().expected, "a SIREN of 9 digits with a valid Luhn key");
        EXPECT_NE(std::string(e.what()).find("200071828"), std::string::npos);
    }
}

TEST(siren, refuses_wrong_lengths_and_non_digits) {
    EXPECT_FALSE(ctg::siren::is_valid(""));
    EXPECT_FALSE(ctg::siren::is_valid("20007182"));
    EXPECT_FALSE(ctg::siren::is_valid("2000718270"));
    EXPECT_FALSE(ctg::siren::is_valid("200 071 827"));
    EXPECT_FALSE(ctg::siren::is_valid("20007182A"));
    EXPECT_THROW((void)ctg::siren::parse("abc"), std::invalid_argument);
}

TEST(siren, default_is_empty_and_sirens_compare_by_digits) {
    EXPECT_TRUE(ctg::siren{}.empty());
    EXPECT_EQ(ctg::siren::parse("200071827"), ctg::siren::parse("200071827"));
    EXPECT_LT(ctg::siren::parse("200029734"), ctg::siren::parse("200071827"));
}

TEST(insee_code, accepts_mainland_and_corsica) {
    EXPECT_EQ(ctg::insee_code::parse("16015").str(), "16015");
    EXPECT_EQ(ctg::insee_code::parse("16015").department(), "16");
    EXPECT_EQ(ctg::insee_code::parse("2A004").department(), "2A");
    EXPECT_TRUE(ctg::insee_code::is_valid("2B033"));
}

TEST(insee_code, refuses_malformed_codes) {
    EXPECT_FALSE(ctg::insee_code::is_valid("1601"));
    EXPECT_FALSE(ctg::insee_code::is_valid("16AB5"));
    EXPECT_FALSE(ctg::insee_code::is_valid("3A004"));
    EXPECT_FALSE(ctg::insee_code::is_valid("160150"));
    try {
        (void)ctg::insee_code::parse("16AB5", "communes[0].insee");
        FAIL() << "no exception";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().field, "communes[0].insee");
        EXPECT_EQ(e.detail().value, "16AB5");
    }
}

TEST(epci_kind, round_trips_its_names) {
    for (const auto k :
         {ctg::epci_kind::ca, ctg::epci_kind::cc, ctg::epci_kind::cu, ctg::epci_kind::metropole}) {
        EXPECT_EQ(ctg::parse_epci_kind(ctg::to_string(k)), k);
    }
    EXPECT_EQ(ctg::to_string(ctg::epci_kind::ca), "CA");
    EXPECT_EQ(ctg::french_label(ctg::epci_kind::cc), "Communauté de communes");
    EXPECT_THROW((void)ctg::parse_epci_kind("ca"), ctg::invalid_value);
}

}  // namespace

TEST(population, legal_populations_of_year_n_are_in_force_from_1_january_n_plus_3) {
    EXPECT_EQ(ctg::legal_population_year_on(ctg::parse_date("2021-06-30")), 2018);
    EXPECT_EQ(ctg::legal_population_year_on(ctg::parse_date("2023-12-31")), 2020);
    EXPECT_EQ(ctg::legal_population_year_on(ctg::parse_date("2024-01-01")), 2021);
}

TEST(population, an_epci_reads_the_latest_population_in_force_else_the_earliest_given) {
    ctg::epci e;
    e.population = {141'997, 2021, {}};
    e.other_populations = {{140'000, 2019, {}}, {139'000, 2017, {}}};
    const auto year_on = [&](const char* d) {
        return e.population_on(ctg::parse_date(d)).reference_year;
    };
    // In force: 2016 (none given: the earliest given, 2017), 2017, 2019, 2020 (2019 is the
    // latest given in force), 2021, 2027 (2021).
    EXPECT_EQ(year_on("2019-06-30"), 2017);
    EXPECT_EQ(year_on("2020-06-30"), 2017);
    EXPECT_EQ(year_on("2022-06-30"), 2019);
    EXPECT_EQ(year_on("2023-06-30"), 2019);
    EXPECT_EQ(year_on("2024-01-01"), 2021);
    EXPECT_EQ(e.population_on(ctg::parse_date("2030-06-30")).inhabitants, 141'997);
    EXPECT_EQ(e.population_on(ctg::parse_date("2022-06-30")).inhabitants, 140'000);
}
