// SPDX-License-Identifier: MIT
#include "support/test_support.hpp"
#include <ctg/core/error.hpp>
#include <ctg/rules/rulebook.hpp>
#include <ctg/rules/scenario.hpp>

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

using ctg_test::contains;
using ctg_test::with;

/// A small valid rulebook (Charente's rule, one part only to keep it short).
const std::string valid = R"({
  "format": "ctg.rulebook/1",
  "id": "mini",
  "label": {"fr": "Mini", "en": "Mini"},
  "description": {"fr": "Un livret de test", "en": "A test rulebook"},
  "rounding": "half_even",
  "formula": {"kind": "share_of_expense", "rate": "coordination_rate",
              "ceiling_per_fte": "coordination_ceiling_per_fte", "ceiling_on": "aid",
              "prorata": "whole_months",
              "parts": [{"id": "all", "label": {"fr": "Tout", "en": "All"}, "weight": "part_all"}]},
  "parameters": {
    "coordination_rate": {"unit": "percent", "label": {"fr": "Taux", "en": "Rate"},
      "segments": [{"start": "2020-01-01", "end": "2024-01-01", "value": "80",
                    "evidence": "source document",
                    "source": {"document": "Caf de la Charente, 30 juin 2021", "locator": "diapositive", "url": ""}},
                   {"start": "2024-01-01", "end": null, "value": "0.85 %",
                    "evidence": "illustrative"}]},
    "coordination_ceiling_per_fte": {"unit": "eur_per_fte", "label": {"fr": "Plafond"},
      "segments": [{"start": "2020-01-01", "value": "48 000,00 €", "evidence": "public source",
                    "source": {"document": "Caf de la Loire", "url": "https://caf42.fr/?p=8217"}}]},
    "part_all": {"unit": "share", "label": {"fr": "Part", "en": "Part"},
      "segments": [{"start": "2020-01-01", "end": "2024-01-01", "value": "0.8", "evidence": "illustrative"},
                   {"start": "2024-01-01", "value": "0.0085", "evidence": "illustrative"}]}
  }
})";

/// `valid` with the first occurrence of `from` replaced by `to`.
std::string with(const std::string& from, const std::string& to) { return with(valid, from, to); }

std::vector<ctg::error_detail> errors_of(const std::string& json) {
    return ctg_test::details_of([&] { (void)ctg::load_rulebook_json(json, "test.json"); });
}

void expect_same(const ctg::rulebook& a, const ctg::rulebook& b) {
    EXPECT_EQ(a.id(), b.id());
    EXPECT_EQ(a.label(), b.label());
    EXPECT_EQ(a.description(), b.description());
    EXPECT_EQ(a.rounding_policy(), b.rounding_policy());
    EXPECT_EQ(a.department(), b.department());
    EXPECT_EQ(a.rule(), b.rule());
    ASSERT_EQ(a.parameters().size(), b.parameters().size());
    for (std::size_t i = 0; i < a.parameters().size(); ++i) {
        const auto& p = a.parameters()[i];
        const auto& q = b.parameters()[i];
        EXPECT_EQ(p.name(), q.name());
        EXPECT_EQ(p.value_unit(), q.value_unit());
        EXPECT_EQ(p.label(), q.label());
        ASSERT_EQ(p.segments().size(), q.segments().size()) << p.name();
        for (std::size_t k = 0; k < p.segments().size(); ++k) {
            const auto& s = p.segments()[k];
            const auto& t = q.segments()[k];
            EXPECT_EQ(s.start, t.start) << p.name();
            EXPECT_EQ(s.end, t.end) << p.name();
            EXPECT_EQ(s.value, t.value) << p.name();
            EXPECT_EQ(s.origin, t.origin) << p.name();
            EXPECT_EQ(s.start_alternative, t.start_alternative) << p.name();
            EXPECT_EQ(s.confirmed_on, t.confirmed_on) << p.name();
        }
    }
}

}  // namespace

TEST(RulebookJsonTest, LoadsEveryField) {
    const auto book = ctg::load_rulebook_json(valid);
    EXPECT_EQ(book.id(), "mini");
    EXPECT_EQ(book.label().fr, "Mini");
    EXPECT_EQ(book.description().en, "A test rulebook");
    EXPECT_EQ(book.rounding_policy(), ctg::rounding::half_even);
    const auto& f = book.rule();
    EXPECT_EQ(f.kind, ctg::formula_kind::share_of_expense);
    EXPECT_EQ(f.ceiling_on, ctg::ceiling_target::aid);
    EXPECT_EQ(f.prorata, ctg::prorata_basis::whole_months);
    ASSERT_EQ(f.parts.size(), 1U);
    EXPECT_EQ(f.parts[0].label.en, "All");

    const auto& r = book.parameter("coordination_rate");
    ASSERT_EQ(r.segments().size(), 2U);
    EXPECT_EQ(std::get<ctg::rate>(r.segments()[0].value).millionths(), 800'000);
    EXPECT_EQ(std::get<ctg::rate>(r.segments()[1].value).millionths(), 8'500);  // '%' wins
    EXPECT_EQ(r.segments()[0].origin.kind, ctg::evidence::source_document);
    EXPECT_EQ(r.segments()[0].origin.cited.locator, "diapositive");
    EXPECT_EQ(r.segments()[1].origin.kind, ctg::evidence::illustrative);
    EXPECT_FALSE(r.segments()[1].end.has_value());

    const auto& c = book.parameter("coordination_ceiling_per_fte");
    EXPECT_EQ(std::get<ctg::money>(c.segments()[0].value), ctg::money::from_euros(48000));
    EXPECT_EQ(c.segments()[0].origin.cited.url, "https://caf42.fr/?p=8217");
    EXPECT_EQ(c.label().en, "");                            // optional
    EXPECT_EQ(c.label().in(ctg::language::en), "Plafond");  // falls back to French
    EXPECT_EQ(std::get<ctg::rate>(book.parameter("part_all").segments()[0].value).millionths(),
              800'000);
}

TEST(RulebookJsonTest, OptionalKeysTakeTheirDefaults) {
    auto text = with("\"rounding\": \"half_even\",", "");
    text = with(
        text, "\"description\": {\"fr\": \"Un livret de test\", \"en\": \"A test rulebook\"},", "");
    text = with(text, "\"prorata\": \"whole_months\",", "");
    text = with(text, "\"ceiling_on\": \"aid\",", "");
    const auto book = ctg::load_rulebook_json(text);
    EXPECT_EQ(book.rounding_policy(), ctg::rounding::half_away_from_zero);
    EXPECT_EQ(book.description(), ctg::localized_text{});
    EXPECT_EQ(book.rule().prorata, ctg::prorata_basis::days);
    EXPECT_EQ(book.rule().ceiling_on, ctg::ceiling_target::expense);
}

TEST(RulebookJsonTest, DepartmentScopesARuleToOneCaf) {
    // Without `department` a rule is national: every Caf applies it.
    EXPECT_EQ(ctg::load_rulebook_json(valid).department(), "");
    EXPECT_TRUE(ctg::load_rulebook_json(valid).applies_in("16"));
    for (const char* code : {"16", "2A", "2B", "01", "95", "971", "976"}) {
        SCOPED_TRACE(code);
        const auto book = ctg::load_rulebook_json(
            with("\"rounding\":", std::string("\"department\": \"") + code + "\", \"rounding\":"));
        EXPECT_EQ(book.department(), code);
        EXPECT_TRUE(book.applies_in(code));
        EXPECT_FALSE(book.applies_in("79"));
        EXPECT_NE(ctg::to_json(book).find(std::string("\"department\": \"") + code + "\""),
                  std::string::npos);
    }
    // Not a department code of the COG: Corsica is 2A/2B since 1976, 96 is unused, 977 is a
    // collectivité without a Caf department code.
    for (const char* code : {"", "20", "00", "96", "2C", "977", "1", "016", "charente"}) {
        SCOPED_TRACE(code);
        const auto errors = errors_of(
            with("\"rounding\":", std::string("\"department\": \"") + code + "\", \"rounding\":"));
        ASSERT_EQ(errors.size(), 1U);
        EXPECT_EQ(errors[0].code, "rulebook.department");
        EXPECT_EQ(errors[0].field, "department");
        EXPECT_EQ(errors[0].value, code);
    }
    EXPECT_EQ(ctg::builtin_rulebook("charente-2021").department(), "16");
    EXPECT_EQ(ctg::builtin_rulebook("loire-cej-2015").department(), "42");
    EXPECT_EQ(ctg::builtin_rulebook("national-2020").department(), "");
    EXPECT_EQ(ctg::builtin_rulebook("cej").department(), "");
}

TEST(RulebookJsonTest, RoundTripsEveryBuiltin) {
    for (const auto& id : ctg::builtin_rulebook_ids()) {
        SCOPED_TRACE(id);
        const auto& book = ctg::builtin_rulebook(id);
        const std::string json = ctg::to_json(book);
        const auto back = ctg::load_rulebook_json(json);
        expect_same(book, back);
        EXPECT_EQ(ctg::to_json(back), json);
    }
}

TEST(RulebookJsonTest, RoundTripsALoadedRulebookAndAScenario) {
    const auto mini = ctg::load_rulebook_json(valid);
    expect_same(mini, ctg::load_rulebook_json(ctg::to_json(mini)));

    const auto raised =
        ctg::apply_scenario(ctg::builtin_rulebook("charente-2021"), "plafond-50k",
                            {ctg::parse_override("coordination_ceiling_per_fte=50000@2024-01-01")});
    const auto back = ctg::load_rulebook_json(ctg::to_json(raised));
    expect_same(raised, back);
    EXPECT_EQ(back.parameter("coordination_ceiling_per_fte").segments()[1].origin.kind,
              ctg::evidence::scenario);
}

TEST(RulebookJsonTest, CanonicalTextIsSortedIndentedAndEndsWithANewline) {
    const std::string json = ctg::to_json(ctg::builtin_rulebook("national-2020"));
    ASSERT_FALSE(json.empty());
    EXPECT_EQ(json.front(), '{');
    EXPECT_EQ(json.back(), '\n');
    EXPECT_TRUE(json.starts_with("{\n  \"description\": {\n    \"en\": "));
    EXPECT_LT(json.find("\"description\""), json.find("\"format\""));
    EXPECT_LT(json.find("\"format\""), json.find("\"formula\""));
    EXPECT_LT(json.find("\"formula\""), json.find("\"parameters\""));
    EXPECT_TRUE(contains(json, "\"value\": \"24000.00\""));
    EXPECT_TRUE(contains(json, "\"end\": null"));
    EXPECT_FALSE(contains(json, "ceiling_on"));  // a flat amount has no ceiling
    const std::string loire = ctg::to_json(ctg::builtin_rulebook("loire-cej-2015"));
    EXPECT_TRUE(contains(loire, "\"value\": \"62.43\""));
    EXPECT_TRUE(contains(loire, "\"ceiling_on\": \"expense\""));
}

TEST(RulebookJsonTest, NumberValuesAreRefused) {
    const auto d = errors_of(with("\"value\": \"80\"", "\"value\": 80.5"));
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].field, "parameters.coordination_rate.segments[0].value");
    EXPECT_EQ(d[0].value, "80.5");
    EXPECT_EQ(d[0].expected,
              "a string such as \"48000\"; numbers are refused so that no value passes through "
              "a float");
    const auto integer = errors_of(with("\"value\": \"48 000,00 €\"", "\"value\": 48000"));
    ASSERT_EQ(integer.size(), 1U);
    EXPECT_EQ(integer[0].field, "parameters.coordination_ceiling_per_fte.segments[0].value");
    EXPECT_EQ(integer[0].value, "48000");
}

TEST(RulebookJsonTest, NonJsonTextIsReportedAtTheRoot) {
    try {
        (void)ctg::load_rulebook_json("rulebook: charente", "charente.yaml");
        FAIL() << "expected validation_error";
    } catch (const ctg::validation_error& e) {
        ASSERT_EQ(e.details().size(), 1U);
        EXPECT_EQ(e.detail().field, "(root)");
        // The value is the text around the byte where it stops being JSON.
        EXPECT_EQ(e.detail().value, "rulebook: charente") << e.detail().value;
        EXPECT_EQ(e.detail().code, "json.syntax");
        EXPECT_EQ(e.detail().param("byte"), "1");
        EXPECT_TRUE(contains(e.what(), "charente.yaml"));
    }
    const auto not_object = errors_of("[1, 2]");
    ASSERT_EQ(not_object.size(), 1U);
    EXPECT_EQ(not_object[0].field, "(root)");
    EXPECT_EQ(not_object[0].code, "json.expected.object");
    EXPECT_EQ(not_object[0].expected, "an object");
}

TEST(RulebookJsonTest, TruncatedFileIsReportedWithItsPosition) {
    const std::string cut = valid.substr(0, 200);
    const auto d = errors_of(cut);
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].field, "(root)");
    EXPECT_EQ(d[0].value, "");
    EXPECT_EQ(d[0].code, "json.truncated");
    EXPECT_EQ(d[0].param("byte"), "200");
    EXPECT_TRUE(contains(d[0].expected, "truncated?")) << d[0].expected;
    const auto empty = errors_of("");
    ASSERT_EQ(empty.size(), 1U);
    EXPECT_EQ(empty[0].field, "(root)");
}

TEST(RulebookJsonTest, AnotherFormatVersionIsRefused) {
    const auto d = errors_of(with("ctg.rulebook/1", "ctg.rulebook/2"));
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].field, "format");
    EXPECT_EQ(d[0].value, "ctg.rulebook/2");
    EXPECT_TRUE(contains(d[0].expected, "\"ctg.rulebook/1\""));
    const auto missing = errors_of(with("\"format\": \"ctg.rulebook/1\",", ""));
    ASSERT_EQ(missing.size(), 1U);
    EXPECT_EQ(missing[0].field, "format");
    EXPECT_TRUE(contains(missing[0].expected, "required key \"format\""));
}

TEST(RulebookJsonTest, UnknownKeysAreErrors) {
    const auto d = errors_of(with("\"value\": \"80\"", "\"valeur\": \"80\""));
    ASSERT_EQ(d.size(), 2U);
    EXPECT_EQ(d[0].field, "parameters.coordination_rate.segments[0].valeur");
    EXPECT_EQ(d[0].value, "valeur");
    EXPECT_TRUE(contains(d[0].expected,
                         "a known key (alternative, confirmed_on, derivation, end, evidence, "
                         "source, start, start_alternative, value)"));
    EXPECT_EQ(d[1].field, "parameters.coordination_rate.segments[0].value");
    EXPECT_TRUE(contains(d[1].expected, "required key \"value\""));

    const auto top = errors_of(with("\"rounding\"", "\"roundnig\": \"up\", \"rounding\""));
    ASSERT_EQ(top.size(), 1U);
    EXPECT_EQ(top[0].field, "roundnig");
    const auto in_formula = errors_of(with("\"prorata\"", "\"plafond\": \"x\", \"prorata\""));
    ASSERT_EQ(in_formula.size(), 1U);
    EXPECT_EQ(in_formula[0].field, "formula.plafond");
}

TEST(RulebookJsonTest, RepeatedKeysAreErrors) {
    const auto d = errors_of(with("\"value\": \"80\"", "\"value\": \"80\", \"value\": \"80\""));
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].field, "parameters.coordination_rate.segments[0].value");
    EXPECT_EQ(d[0].value, "value");
    EXPECT_TRUE(contains(d[0].expected, "each key once"));
    // In the second element of an array too.
    const auto second = errors_of(with("\"0.0085\"", "\"0.0085\", \"start\": \"2024-01-01\""));
    ASSERT_EQ(second.size(), 1U);
    EXPECT_EQ(second[0].field, "parameters.part_all.segments[1].start");
}

TEST(RulebookJsonTest, UnknownUnitAndRuleKindAreReportedWithTheirPaths) {
    const auto unit = errors_of(with("\"unit\": \"percent\"", "\"unit\": \"pourcent\""));
    ASSERT_EQ(unit.size(), 1U);
    EXPECT_EQ(unit[0].field, "parameters.coordination_rate.unit");
    EXPECT_EQ(unit[0].value, "pourcent");
    EXPECT_TRUE(contains(unit[0].expected, "eur_per_fte"));

    const auto kind = errors_of(with("share_of_expense", "share_of_cost"));
    ASSERT_EQ(kind.size(), 1U);
    EXPECT_EQ(kind[0].field, "formula.kind");
    EXPECT_EQ(kind[0].value, "share_of_cost");
    EXPECT_TRUE(contains(kind[0].expected, "one of flat_per_fte, share_of_expense"));
}

TEST(RulebookJsonTest, SegmentProblemsCarryTheirPaths) {
    const auto date = errors_of(with("\"start\": \"2020-01-01\"", "\"start\": \"2020-02-30\""));
    ASSERT_EQ(date.size(), 1U);
    EXPECT_EQ(date[0].field, "parameters.coordination_rate.segments[0].start");
    EXPECT_EQ(date[0].value, "2020-02-30");

    // The first rate segment now ends in 2025: it overlaps the second one.
    const auto overlap = errors_of(with("\"end\": \"2024-01-01\"", "\"end\": \"2025-01-01\""));
    ASSERT_EQ(overlap.size(), 1U);
    EXPECT_EQ(overlap[0].field, "parameters.coordination_rate.segments[1].start");
    EXPECT_TRUE(contains(overlap[0].expected, "overlaps"));

    const auto value = errors_of(with("\"value\": \"80\"", "\"value\": \"80.123456\""));
    ASSERT_EQ(value.size(), 1U);
    EXPECT_EQ(value[0].field, "parameters.coordination_rate.segments[0].value");
    EXPECT_EQ(value[0].value, "80.123456");

    const auto evidence =
        errors_of(with("\"evidence\": \"source document\"", "\"evidence\": \"doc\""));
    ASSERT_EQ(evidence.size(), 1U);
    EXPECT_EQ(evidence[0].field, "parameters.coordination_rate.segments[0].evidence");

    const auto unsourced =
        errors_of(with("\"document\": \"Caf de la Charente, 30 juin 2021\"", "\"document\": \"\""));
    ASSERT_EQ(unsourced.size(), 1U);
    EXPECT_EQ(unsourced[0].field, "parameters.coordination_rate.segments[0].source.document");
}

TEST(RulebookJsonTest, DerivedAndReadingSegmentsCarryTheirReasoning) {
    const std::string derived = with(R"("evidence": "source document",)",
                                     R"("evidence": "derived", "derivation": "100 % − 20 %",)");
    const auto d = ctg::load_rulebook_json(derived, "test.json");
    const auto& rate = d.parameter("coordination_rate").segments()[0];
    EXPECT_EQ(rate.origin.kind, ctg::evidence::derived);
    EXPECT_EQ(rate.origin.derivation, "100 % − 20 %");
    // Written back by the canonical writer, read again the same.
    expect_same(ctg::load_rulebook_json(ctg::to_json(d), "again"), d);
    EXPECT_TRUE(contains(ctg::to_json(d), R"("derivation": "100 % − 20 %")"));

    const std::string reading =
        with(R"("evidence": "public source",)",
             R"("evidence": "reading", "alternative": "a ceiling per post",)");
    const auto r = ctg::load_rulebook_json(reading, "test.json");
    EXPECT_EQ(r.parameter("coordination_ceiling_per_fte").segments()[0].origin.alternative,
              "a ceiling per post");
}

TEST(RulebookJsonTest, ADerivedSegmentWithoutDerivationIsAnErrorNamingTheField) {
    const auto missing =
        errors_of(with(R"("evidence": "source document")", R"("evidence": "derived")"));
    ASSERT_EQ(missing.size(), 1U);
    EXPECT_EQ(missing[0].field, "parameters.coordination_rate.segments[0].derivation");
    EXPECT_EQ(missing[0].code, "provenance.derivation_missing");

    const auto no_alternative =
        errors_of(with(R"("evidence": "public source")", R"("evidence": "reading")"));
    ASSERT_EQ(no_alternative.size(), 1U);
    EXPECT_EQ(no_alternative[0].field,
              "parameters.coordination_ceiling_per_fte.segments[0].alternative");
    EXPECT_EQ(no_alternative[0].code, "provenance.alternative_missing");

    // A derivation on a value read as written is refused: it would pass a fact for a computation.
    const auto stray = errors_of(with(R"("evidence": "source document",)",
                                      R"("evidence": "source document", "derivation": "x",)"));
    ASSERT_EQ(stray.size(), 1U);
    EXPECT_EQ(stray[0].field, "parameters.coordination_rate.segments[0].derivation");
    EXPECT_EQ(stray[0].code, "provenance.reasoning_unexpected");
}

TEST(RulebookJsonTest, ConfirmationDateAndStartReadingAreOptional) {
    const std::string dated = with(R"("evidence": "source document",)",
                                   R"("evidence": "source document", "confirmed_on": "2021-06-30",
                "start_alternative": "from 30 June 2021 only",)");
    const auto d = ctg::load_rulebook_json(dated, "test.json");
    const auto& s = d.parameter("coordination_rate").segments()[0];
    EXPECT_EQ(s.confirmed_on, ctg::parse_date("2021-06-30"));
    EXPECT_EQ(s.start_alternative, "from 30 June 2021 only");
    // Absent: not stated.
    EXPECT_FALSE(d.parameter("coordination_rate").segments()[1].confirmed_on.has_value());
    const auto again = ctg::load_rulebook_json(ctg::to_json(d), "again");
    EXPECT_EQ(again.parameter("coordination_rate").segments()[0].confirmed_on, s.confirmed_on);
    EXPECT_EQ(again.parameter("coordination_rate").segments()[0].start_alternative,
              s.start_alternative);

    const auto bad =
        errors_of(with(R"("evidence": "source document",)",
                       R"("evidence": "source document", "confirmed_on": "2021-02-30",)"));
    ASSERT_EQ(bad.size(), 1U);
    EXPECT_EQ(bad[0].field, "parameters.coordination_rate.segments[0].confirmed_on");
}

TEST(RulebookJsonTest, CrossChecksAreMergedWithPaths) {
    const auto unknown = errors_of(with("\"rate\": \"coordination_rate\"", "\"rate\": \"taux\""));
    ASSERT_EQ(unknown.size(), 1U);
    EXPECT_EQ(unknown[0].field, "formula.rate");
    EXPECT_EQ(unknown[0].value, "taux");

    const auto zero = errors_of(with("\"48 000,00 €\"", "\"0\""));
    ASSERT_EQ(zero.size(), 1U);
    EXPECT_EQ(zero[0].field, "parameters.coordination_ceiling_per_fte.segments[0].value");
    EXPECT_EQ(zero[0].expected, "a ceiling above 0 €");

    const auto parts = errors_of(with("\"0.8\"", "\"0.75\""));
    ASSERT_EQ(parts.size(), 1U);
    EXPECT_EQ(parts[0].field, "formula.parts");
    EXPECT_EQ(parts[0].value, "75 % = 75 %");
    EXPECT_EQ(parts[0].param("on"), "2020-01-01");
}

TEST(RulebookJsonTest, MultipleErrorsAreReportedTogether) {
    auto text = with("ctg.rulebook/1", "ctg.rulebook/9");
    text = with(text, "share_of_expense", "share");
    text = with(text, "\"value\": \"80\"", "\"value\": 80");
    text = with(text, "\"unit\": \"eur_per_fte\"", "\"unit\": \"euros\"");
    text = with(text, "\"end\": \"2024-01-01\"", "\"end\": \"2019-01-01\"");
    const auto d = errors_of(text);
    std::vector<std::string> fields;
    for (const auto& e : d) {
        fields.push_back(e.field);
    }
    EXPECT_EQ(fields, (std::vector<std::string>{
                          "format",
                          "formula.kind",
                          // in document order; a segment's own problems before the timeline's
                          "parameters.coordination_rate.segments[0].value",
                          "parameters.coordination_rate.segments[0].end",
                          "parameters.coordination_ceiling_per_fte.unit",
                      }));
}

TEST(RulebookJsonTest, WrongJsonTypesAreReported) {
    const auto d =
        errors_of(with("\"label\": {\"fr\": \"Mini\", \"en\": \"Mini\"}", "\"label\": \"Mini\""));
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].field, "label");
    EXPECT_EQ(d[0].code, "json.expected.object");
    EXPECT_EQ(d[0].value, "Mini");
    const auto segs = errors_of(
        with("\"segments\": [{\"start\": \"2020-01-01\", \"value\": \"48 000,00 €\", "
             "\"evidence\": \"public source\",\n                    \"source\": "
             "{\"document\": \"Caf de la Loire\", \"url\": \"https://caf42.fr/?p=8217\"}}]",
             "\"segments\": {}"));
    ASSERT_EQ(segs.size(), 1U);
    EXPECT_EQ(segs[0].field, "parameters.coordination_ceiling_per_fte.segments");
    EXPECT_EQ(segs[0].code, "json.expected.array");
    EXPECT_EQ(segs[0].value, "{}");
}

TEST(RulebookJsonTest, FileLoaderNamesThePath) {
    const auto dir = std::filesystem::temp_directory_path();
    const auto missing = (dir / "ctg-no-such-rulebook.json").string();
    try {
        (void)ctg::load_rulebook_file(missing);
        FAIL() << "expected invalid_value";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().field, "file");
        EXPECT_EQ(e.detail().value, missing);
    }

    const auto good = (dir / "ctg-rulebook-json-test-good.json").string();
    {
        std::ofstream out(good, std::ios::binary);
        out << ctg::to_json(ctg::builtin_rulebook("charente-2021"));
    }
    expect_same(ctg::load_rulebook_file(good), ctg::builtin_rulebook("charente-2021"));

    const auto bad = (dir / "ctg-rulebook-json-test-bad.json").string();
    {
        std::ofstream out(bad, std::ios::binary);
        out << with("ctg.rulebook/1", "ctg.rulebook/2");
    }
    try {
        (void)ctg::load_rulebook_file(bad);
        FAIL() << "expected validation_error";
    } catch (const ctg::validation_error& e) {
        EXPECT_TRUE(contains(e.what(), bad));
        EXPECT_EQ(e.detail().field, "format");
    }
    std::filesystem::remove(good);
    std::filesystem::remove(bad);
}

// ---------------------------------------------------------------------------------------------
// The origin of the methods: which ETP are paid, the prorata, the rounding.

namespace {

const std::string with_methods = with(R"(  "parameters": {)", R"(  "methods": {
    "fte": {"evidence": "reading", "alternative": "the contracted ETP",
            "source": {"document": "Caf de la Charente, 30 juin 2021", "locator": "tableau"}},
    "rounding": {"evidence": "illustrative"}
  },
  "parameters": {)");

}  // namespace

TEST(RulebookJsonTest, MethodsCarryTheirOriginAndTheRulebooksValue) {
    const auto r = ctg::load_rulebook_json(with_methods, "test.json");
    ASSERT_EQ(r.methods().size(), 2U);
    EXPECT_EQ(r.methods()[0].method, "fte");
    EXPECT_EQ(r.methods()[0].value, "contracted");  // the formula's default
    EXPECT_EQ(r.methods()[0].origin.kind, ctg::evidence::reading);
    EXPECT_EQ(r.methods()[0].origin.alternative, "the contracted ETP");
    EXPECT_EQ(r.methods()[1].method, "rounding");
    EXPECT_EQ(r.methods()[1].value, "half_even");
    // The canonical writer keeps them: load(to_json(r)) == r.
    EXPECT_EQ(ctg::load_rulebook_json(ctg::to_json(r), "again").methods(), r.methods());
    EXPECT_TRUE(contains(ctg::to_json(r), R"("alternative": "the contracted ETP")"));
}

TEST(RulebookJsonTest, AMethodTheRulebookHasNotOrAReadingWithoutAlternativeIsRefused) {
    // No ceiling: no ceiling_on method; a reading must say what it rejected.
    const auto flat =
        with(with_methods, R"("rounding": {"evidence": "illustrative"})",
             R"("rounding": {"evidence": "illustrative"}, "speed": {"evidence": "illustrative"})");
    const auto unknown = errors_of(flat);
    ASSERT_EQ(unknown.size(), 1U);
    EXPECT_EQ(unknown[0].code, "rulebook.method.unknown");
    EXPECT_EQ(unknown[0].value, "speed");
    const auto no_alternative =
        errors_of(with(with_methods, R"("alternative": "the contracted ETP",)", ""));
    ASSERT_EQ(no_alternative.size(), 1U);
    EXPECT_EQ(no_alternative[0].code, "provenance.alternative_missing");
    EXPECT_EQ(no_alternative[0].field, "methods.fte.alternative");
}

TEST(RulebookJsonTest, AnAmountAboveTheBoundIsNamedAtItsPath) {
    // Before: a ceiling of 90,000,000,000,000,000.00 € loaded, and financing then overflowed
    // with "amount in cents", naming neither the parameter nor the post.
    const auto errors =
        errors_of(with(R"("value": "48 000,00 €")", R"("value": "90000000000000000.00")"));
    ASSERT_EQ(errors.size(), 1U);
    EXPECT_EQ(errors[0].code, "rulebook.amount.range");
    EXPECT_EQ(errors[0].field, "parameters.coordination_ceiling_per_fte.segments[0].value");
    EXPECT_EQ(errors[0].param("max"), "1000000000");
    EXPECT_EQ(errors_of(with(R"("value": "48 000,00 €")", R"("value": "-1.00")"))[0].code,
              "rulebook.amount.range");
}
