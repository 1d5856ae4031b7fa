// SPDX-License-Identifier: MIT
// The evidence kinds of what is not a plain fact: a value derived from sourced values, carrying
// its derivation, and a reading of the library, carrying the reading it rejected; their names,
// marks and the checks of their reasoning.
#include <ctg/core/error.hpp>
#include <ctg/core/evidence_marks.hpp>
#include <ctg/core/provenance.hpp>

#include <gtest/gtest.h>

#include <string>

namespace {

const ctg::source slide{"Caf de la Charente, « Les CTG : la coordination », 30 juin 2021",
                        "diapositive « La fonction de coordination en Charente »", ""};

TEST(EvidenceKinds, NamesRoundTrip) {
    EXPECT_EQ(ctg::to_string(ctg::evidence::derived), "derived");
    EXPECT_EQ(ctg::to_string(ctg::evidence::reading), "reading");
    EXPECT_EQ(ctg::parse_evidence("derived"), ctg::evidence::derived);
    EXPECT_EQ(ctg::parse_evidence("reading"), ctg::evidence::reading);
}

TEST(EvidenceKinds, MarksDoNotClashAndFollowTheStrengthOfTheEvidence) {
    EXPECT_EQ(ctg::mark(ctg::evidence::derived), "[C]");
    EXPECT_EQ(ctg::mark(ctg::evidence::reading), "[R]");
    // Read in a source, computed from sourced values, a reading, then what no source gives.
    const ctg::evidence_marks all{ctg::evidence::scenario,      ctg::evidence::illustrative,
                                  ctg::evidence::reading,       ctg::evidence::derived,
                                  ctg::evidence::public_source, ctg::evidence::source_document};
    EXPECT_EQ(all.to_string(), "[D][P][C][R][I][S]");
    EXPECT_EQ(
        (ctg::evidence_marks{ctg::evidence::reading, ctg::evidence::source_document}).to_string(),
        "[D][R]");
}

TEST(EvidenceKinds, DerivedAndReadingNeedTheirReasoning) {
    const auto missing = ctg::check_reasoning({ctg::evidence::derived, slide, "", ""},
                                              "parameters.part.segments[0]");
    ASSERT_EQ(missing.size(), 1U);
    EXPECT_EQ(missing[0].field, "parameters.part.segments[0].derivation");
    EXPECT_EQ(missing[0].code, "provenance.derivation_missing");

    const auto no_alternative =
        ctg::check_reasoning({ctg::evidence::reading, slide, "", ""}, "fte_provenance");
    ASSERT_EQ(no_alternative.size(), 1U);
    EXPECT_EQ(no_alternative[0].field, "fte_provenance.alternative");
    EXPECT_EQ(no_alternative[0].code, "provenance.alternative_missing");

    EXPECT_TRUE(
        ctg::check_reasoning({ctg::evidence::derived, slide, "80 % − 55 %", ""}, "p").empty());
    EXPECT_TRUE(ctg::check_reasoning({ctg::evidence::reading, slide, "", "per post"}, "p").empty());
    EXPECT_TRUE(ctg::check_reasoning({ctg::evidence::source_document, slide, "", ""}, "p").empty());
}

TEST(EvidenceKinds, ReasoningOnAnotherKindIsRefused) {
    const auto stray =
        ctg::check_reasoning({ctg::evidence::source_document, slide, "80 % − 55 %", "x"}, "p");
    ASSERT_EQ(stray.size(), 2U);
    EXPECT_EQ(stray[0].field, "p.derivation");
    EXPECT_EQ(stray[0].code, "provenance.reasoning_unexpected");
    EXPECT_EQ(stray[0].param("owner"), "derived");
    EXPECT_EQ(stray[1].field, "p.alternative");
    EXPECT_EQ(stray[1].param("owner"), "reading");
}

TEST(EvidenceKinds, EveryKindReadOrComputedFromASourceCitesADocument) {
    EXPECT_TRUE(ctg::cites_document(ctg::evidence::source_document));
    EXPECT_TRUE(ctg::cites_document(ctg::evidence::public_source));
    EXPECT_TRUE(ctg::cites_document(ctg::evidence::derived));
    EXPECT_TRUE(ctg::cites_document(ctg::evidence::reading));
    EXPECT_FALSE(ctg::cites_document(ctg::evidence::illustrative));
    EXPECT_FALSE(ctg::cites_document(ctg::evidence::scenario));
}

}  // namespace
