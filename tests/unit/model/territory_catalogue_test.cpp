// SPDX-License-Identifier: MIT
// The figures below were read in the package's own JSON (data/epci.json of
// @etalab/decoupage-administratif 1.1.1 and 2.3.1), with a few lines of Python, not through ctg.
#include <ctg/core/error.hpp>
#include <ctg/model/territory_catalogue.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

namespace {

const std::filesystem::path shipped = CTG_TEST_TERRITORIES_DIR;

std::int64_t municipal_total(const std::vector<const ctg::catalogue_epci*>& epcis) {
    std::int64_t total = 0;
    for (const auto* e : epcis) {
        total += e->municipal_population;
    }
    return total;
}

class TerritoryCatalogue : public ::testing::Test {
protected:
    // Each test runs in its own process (gtest_discover_tests): load only the year it reads.
    static const ctg::territory_catalogue& of(int year) {
        if (year == 2021) {
            static const auto y2021 = ctg::load_territory_catalogue(2021, shipped);
            return y2021;
        }
        static const auto y2022 = ctg::load_territory_catalogue(2022, shipped);
        return y2022;
    }
};

TEST_F(TerritoryCatalogue, ShipsEveryYearFrom2019To2026) {
    EXPECT_EQ(ctg::territory_catalogue_years(shipped),
              (std::vector<int>{2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026}));
    // EPCI counts and millésimes read in each version's data/epci.json.
    const std::size_t epcis[] = {1259, 1255, 1254, 1255, 1255, 1255, 1255, 1255};
    const int millesimes[] = {2016, 2017, 2018, 2019, 2020, 2021, 2022, 2022};
    for (int year = 2019; year <= 2026; ++year) {
        const auto t = ctg::load_territory_catalogue(year, shipped);
        EXPECT_EQ(t.epcis().size(), epcis[year - 2019]) << year;
        EXPECT_EQ(t.epci_population_year(), millesimes[year - 2019]) << year;
    }
}

TEST_F(TerritoryCatalogue, CarriesItsProvenance) {
    const auto& t = of(2021);
    EXPECT_EQ(t.year(), 2021);
    EXPECT_EQ(t.package(), "@etalab/decoupage-administratif");
    EXPECT_EQ(t.version(), "1.1.1");
    EXPECT_TRUE(t.integrity().starts_with("sha512-2yD0tkK+"));
    EXPECT_EQ(t.epci_population_year(), 2018);
    EXPECT_GE(t.sources().size(), 3U);
    const auto p = t.provenance("EPCI 200071827");
    EXPECT_EQ(p.kind, ctg::evidence::public_source);
    EXPECT_EQ(p.cited.locator, "EPCI 200071827");
    EXPECT_EQ(p.cited.url, "https://www.npmjs.com/package/@etalab/decoupage-administratif/v/1.1.1");
    EXPECT_NE(p.cited.document.find("1.1.1"), std::string::npos);
}

TEST_F(TerritoryCatalogue, CountsAsThePackage) {
    const auto& t = of(2021);
    EXPECT_EQ(t.departments().size(), 101U);
    EXPECT_EQ(t.epcis().size(), 1254U);
    EXPECT_EQ(t.communes().size(), 34965U);  // communes actuelles of the 101 departments
    EXPECT_EQ(of(2022).epcis().size(), 1255U);
}

TEST_F(TerritoryCatalogue, FindsAnEpciBySirenAndByName) {
    const auto& t = of(2021);
    const auto* ga = t.find_epci(ctg::siren::parse("200071827"));
    ASSERT_NE(ga, nullptr);
    EXPECT_EQ(ga->name, "CA du Grand Angoulême");
    EXPECT_EQ(ga->kind, ctg::epci_kind::ca);
    EXPECT_EQ(ga->municipal_population, 141776);
    EXPECT_EQ(ga->total_population, 145970);
    EXPECT_EQ(ga->population_year, 2018);
    EXPECT_EQ(ga->communes.size(), 38U);
    EXPECT_EQ(t.find_epci_named("CA du Grand Angoulême"), ga);
    EXPECT_EQ(t.find_epci_named("CA du grand Angoulême"), nullptr);  // exact names only
    EXPECT_EQ(of(2022).find_epci(ga->siren)->municipal_population, 142267);
    EXPECT_EQ(t.find_epci(ctg::siren::parse("732829320")), nullptr);  // a valid SIREN, no EPCI
}

TEST_F(TerritoryCatalogue, ListsTheEpciOfADepartment) {
    const auto& t = of(2021);
    EXPECT_EQ(t.epcis_in("16").size(), 9U);
    EXPECT_EQ(municipal_total(t.epcis_in("16")), 351778);
    EXPECT_EQ(t.epcis_in("86").size(), 7U);
    EXPECT_EQ(municipal_total(t.epcis_in("86")), 437586);
    EXPECT_EQ(municipal_total(of(2022).epcis_in("86")), 438435);
    EXPECT_TRUE(t.epcis_in("99").empty());
}

TEST_F(TerritoryCatalogue, ReadsTheMetropoleDeLyonAsAMetropole) {
    const auto* lyon = of(2021).find_epci(ctg::siren::parse("200046977"));
    ASSERT_NE(lyon, nullptr);
    EXPECT_EQ(lyon->official_kind, "MET69");
    EXPECT_EQ(lyon->kind, ctg::epci_kind::metropole);
    EXPECT_EQ(lyon->municipal_population, 1398892);
}

TEST_F(TerritoryCatalogue, KnowsAnEpciSpanningTwoDepartments) {
    const auto* beaune = of(2021).find_epci(ctg::siren::parse("200006682"));
    ASSERT_NE(beaune, nullptr);
    EXPECT_EQ(beaune->departments, (std::vector<std::string>{"21", "71"}));
    EXPECT_EQ(beaune->communes.size(), 53U);
    EXPECT_EQ(beaune->municipal_population, 51395);
    const auto in_71 = of(2021).epcis_in("71");
    EXPECT_NE(std::find(in_71.begin(), in_71.end(), beaune), in_71.end());
}

TEST_F(TerritoryCatalogue, DatesMayotteToItsCensusOf2017) {
    const auto& t = of(2021);
    const auto in_976 = t.epcis_in("976");
    ASSERT_EQ(in_976.size(), 5U);
    EXPECT_EQ(municipal_total(in_976), 256518);
    EXPECT_EQ(in_976.front()->population_year, 2017);
    EXPECT_EQ(t.find_commune(ctg::insee_code::parse("97608"))->population_year, 2017);
    EXPECT_EQ(t.find_commune(ctg::insee_code::parse("16015"))->population_year, 2018);
}

TEST_F(TerritoryCatalogue, FindsACommune) {
    const auto& t = of(2021);
    const auto* angouleme = t.find_commune(ctg::insee_code::parse("16015"));
    ASSERT_NE(angouleme, nullptr);
    EXPECT_EQ(angouleme->name, "Angoulême");
    EXPECT_EQ(angouleme->department, "16");
    EXPECT_EQ(angouleme->epci.str(), "200071827");
    EXPECT_EQ(angouleme->municipal_population, 41711);
    const auto* abymes = t.find_commune(ctg::insee_code::parse("97101"));
    ASSERT_NE(abymes, nullptr);
    EXPECT_EQ(abymes->department, "971");
    // Ouessant belongs to no EPCI: listed, without population.
    const auto* ouessant = t.find_commune(ctg::insee_code::parse("29155"));
    ASSERT_NE(ouessant, nullptr);
    EXPECT_TRUE(ouessant->epci.empty());
    EXPECT_FALSE(ouessant->municipal_population.has_value());
}

TEST(TerritoryCatalogueYears, AYearNotShippedNamesTheYearsThatAre) {
    try {
        (void)ctg::load_territory_catalogue(2018, shipped);
        FAIL() << "expected an error";
    } catch (const ctg::out_of_range_value& e) {
        EXPECT_EQ(e.detail().code, "territories.year");
        EXPECT_EQ(e.detail().value, "2018");
        EXPECT_NE(std::string(e.what()).find("2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026"),
                  std::string::npos);
    }
}

TEST(TerritoryCatalogueDepartment, OfACommuneCode) {
    EXPECT_EQ(ctg::department_of(ctg::insee_code::parse("97105")), "971");
    EXPECT_EQ(ctg::department_of(ctg::insee_code::parse("2A004")), "2A");
    EXPECT_EQ(ctg::department_of(ctg::insee_code::parse("16015")), "16");
}

// A small valid file, then one with every class of error at once.
const std::string header =
    "#ctg.territories/1\n#year\t2022\n#package\t@etalab/decoupage-administratif\t2.3.1\tsha512-x\n"
    "#epci_population_year\t2019\n#commune_population_year\t2019\n";

TEST(TerritoryCatalogueParse, ReadsASmallFile) {
    const auto t = ctg::territory_catalogue::parse(header +
                                                   "D\t16\tCharente\n"
                                                   "E\t241600303\tCC du Rouillacais\tCC\t30\t31\n"
                                                   "C\t16001\tA\t241600303\t10\t10\n"
                                                   "C\t16002\tB\t241600303\t20\t21\n");
    ASSERT_EQ(t.epcis().size(), 1U);
    EXPECT_EQ(t.communes_of(t.epcis()[0]).size(), 2U);
    EXPECT_EQ(t.find_department("16")->name, "Charente");
    EXPECT_EQ(t.find_department("16")->provenance.kind, ctg::evidence::public_source);
}

TEST(TerritoryCatalogueParse, ListsEveryErrorWithItsLine) {
    try {
        (void)ctg::territory_catalogue::parse(header +
                                                  "D\t16\tCharente\n"  // 6
                                                  "E\t241600303\tCC du Rouillacais\tCC\t30\t31\n"
                                                  "E\t241600304\tBad\tCC\t1\t1\n"     // 8
                                                  "E\t200071827\tGA\tXX\t1\t1\n"      // 9
                                                  "C\t16001\tA\t241600303\t10\t10\n"  // 10
                                                  "C\t16002\tB\t200070514\t20\t21\n"  // 11
                                                  "C\t16003\tC\t241600303\t-5\t1\n"   // 12
                                                  "X\tfoo\n"                          // 13
                                                  "D\t16\n",                          // 14
                                              "t.tsv");
        FAIL() << "expected an error";
    } catch (const ctg::validation_error& e) {
        std::vector<std::string> got;
        for (const auto& d : e.details()) {
            got.push_back(d.field + " " + d.code);
        }
        EXPECT_EQ(
            got, (std::vector<std::string>{
                     "t.tsv, line 8 siren.invalid", "t.tsv, line 9 value.one_of",
                     "t.tsv, line 12 territories.population", "t.tsv, line 13 territories.record",
                     "t.tsv, line 14 territories.fields", "t.tsv, line 11 territories.epci_unknown",
                     "t.tsv, line 7 territories.epci_population",  // 10, not 30
                 }));
    }
}

TEST(TerritoryCatalogueParse, RefusesAFileOfAnotherFormat) {
    try {
        (void)ctg::territory_catalogue::parse("code,name\n16,Charente\n", "t.csv");
        FAIL() << "expected an error";
    } catch (const ctg::validation_error& e) {
        ASSERT_EQ(e.details().size(), 1U);
        EXPECT_EQ(e.detail().code, "territories.format");
        EXPECT_EQ(e.detail().field, "t.csv, line 1");
        EXPECT_EQ(e.detail().value, "code,name");
    }
}

TEST(TerritoryCatalogueParse, NamesAMissingHeader) {
    try {
        (void)ctg::territory_catalogue::parse("#ctg.territories/1\n#year\t2022\n", "t.tsv");
        FAIL() << "expected an error";
    } catch (const ctg::validation_error& e) {
        ASSERT_EQ(e.details().size(), 3U);
        EXPECT_EQ(e.details()[0].code, "territories.header");
        EXPECT_NE(e.details()[0].expected.find("#package"), std::string::npos);
    }
}

}  // namespace
