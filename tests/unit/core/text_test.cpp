// SPDX-License-Identifier: MIT
#include <ctg/core/error.hpp>
#include <ctg/core/provenance.hpp>
#include <ctg/core/text.hpp>

#include <gtest/gtest.h>

#include <array>
#include <stdexcept>
#include <string>

namespace {

using ctg::evidence;
using ctg::language;
using ctg::localized_text;

TEST(TextTest, LocalizedTextPicksTheLanguage) {
    const localized_text label{"Plafond par ETP", "Ceiling per FTE"};
    EXPECT_EQ(label.in(language::fr), "Plafond par ETP");
    EXPECT_EQ(label.in(language::en), "Ceiling per FTE");
}

TEST(TextTest, LocalizedTextFallsBackToFrenchWhenEnglishIsEmpty) {
    const localized_text label{"Taux de financement", ""};
    EXPECT_EQ(label.in(language::en), "Taux de financement");
    EXPECT_EQ(label.in(language::fr), "Taux de financement");
    // No fallback the other way: French is the reference text.
    const localized_text english_only{"", "Rate"};
    EXPECT_EQ(english_only.in(language::fr), "");
    EXPECT_EQ(english_only.in(language::en), "Rate");
    // The returned reference is the member itself, not a copy.
    EXPECT_EQ(&label.in(language::en), &label.fr);
    EXPECT_EQ(&english_only.in(language::en), &english_only.en);
}

TEST(TextTest, LocalizedTextEquality) {
    EXPECT_EQ((localized_text{"a", "b"}), (localized_text{"a", "b"}));
    EXPECT_NE((localized_text{"a", "b"}), (localized_text{"a", ""}));
    EXPECT_NE((localized_text{"a", "b"}), (localized_text{"c", "b"}));
}

TEST(TextTest, ParsesLanguage) {
    EXPECT_EQ(ctg::parse_language("fr"), language::fr);
    EXPECT_EQ(ctg::parse_language("en"), language::en);
    EXPECT_EQ(ctg::to_string(language::fr), "fr");
    EXPECT_EQ(ctg::to_string(language::en), "en");
    for (const auto lang : {language::fr, language::en}) {
        EXPECT_EQ(ctg::parse_language(ctg::to_string(lang)), lang);
    }
}

TEST(TextTest, ParseLanguageRejectsOtherText) {
    for (const char* bad : {"", "FR", "En", "de", "french", "fr ", "fr-FR"}) {
        EXPECT_THROW((void)ctg::parse_language(bad), ctg::invalid_value) << bad;
        EXPECT_THROW((void)ctg::parse_language(bad), std::invalid_argument) << bad;
    }
    try {
        (void)ctg::parse_language("de", "report.language");
        FAIL() << "no exception";
    } catch (const ctg::error& e) {
        EXPECT_EQ(e.detail().field, "report.language");
        EXPECT_EQ(e.detail().value, "de");
        EXPECT_NE(e.detail().expected.find("fr"), std::string::npos);
    }
    try {
        (void)ctg::parse_language("xx");
        FAIL() << "no exception";
    } catch (const ctg::error& e) {
        EXPECT_EQ(e.detail().field, "language");
    }
}

TEST(ProvenanceTest, EvidenceNames) {
    EXPECT_EQ(ctg::to_string(evidence::source_document), "source document");
    EXPECT_EQ(ctg::to_string(evidence::public_source), "public source");
    EXPECT_EQ(ctg::to_string(evidence::illustrative), "illustrative");
    EXPECT_EQ(ctg::to_string(evidence::scenario), "scenario");
}

TEST(ProvenanceTest, EvidenceRoundTrips) {
    constexpr std::array<evidence, 4> all{evidence::source_document, evidence::public_source,
                                          evidence::illustrative, evidence::scenario};
    for (const auto e : all) {
        EXPECT_EQ(ctg::parse_evidence(ctg::to_string(e)), e);
    }
    EXPECT_EQ(ctg::parse_evidence("public source"), evidence::public_source);
}

TEST(ProvenanceTest, ParseEvidenceRejectsOtherText) {
    for (const char* bad :
         {"", "source_document", "Illustrative", "public", "scenario ", "source  document"}) {
        EXPECT_THROW((void)ctg::parse_evidence(bad), ctg::invalid_value) << bad;
    }
    try {
        (void)ctg::parse_evidence("rumour", "parameters[3].evidence");
        FAIL() << "no exception";
    } catch (const std::invalid_argument& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find("parameters[3].evidence"), std::string::npos) << what;
        EXPECT_NE(what.find("\"rumour\""), std::string::npos) << what;
        EXPECT_NE(what.find("source document"), std::string::npos) << what;
    }
    try {
        (void)ctg::parse_evidence("x");
        FAIL() << "no exception";
    } catch (const ctg::error& e) {
        EXPECT_EQ(e.detail().field, "evidence");
    }
}

TEST(ProvenanceTest, SourceToString) {
    const ctg::source full{"Caf de la Charente, 30 juin 2021", "diapositive 4",
                           "https://example.org/ctg.pdf"};
    EXPECT_EQ(full.to_string(),
              "Caf de la Charente, 30 juin 2021, diapositive 4 (https://example.org/ctg.pdf)");
    const ctg::source no_url{"Caf de la Charente, 30 juin 2021", "diapositive 4", ""};
    EXPECT_EQ(no_url.to_string(), "Caf de la Charente, 30 juin 2021, diapositive 4");
    const ctg::source no_locator{"INSEE", "", "https://insee.fr"};
    EXPECT_EQ(no_locator.to_string(), "INSEE (https://insee.fr)");
    EXPECT_EQ(ctg::source{}.to_string(), "");
}

TEST(ProvenanceTest, DefaultsAndEquality) {
    const ctg::provenance p;
    EXPECT_EQ(p.kind, evidence::illustrative);
    EXPECT_EQ(p.cited, ctg::source{});
    const ctg::provenance q{evidence::public_source, {"INSEE", "", "https://insee.fr"}};
    EXPECT_EQ(q, (ctg::provenance{evidence::public_source, {"INSEE", "", "https://insee.fr"}}));
    EXPECT_NE(q, (ctg::provenance{evidence::scenario, {"INSEE", "", "https://insee.fr"}}));
    EXPECT_NE(q, (ctg::provenance{evidence::public_source, {"INSEE", "p. 2", "https://insee.fr"}}));
}

}  // namespace
