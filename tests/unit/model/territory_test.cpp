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
