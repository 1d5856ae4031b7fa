// SPDX-License-Identifier: MIT
// Explanations: text in French and English (values, sources, segments, rounding policy) and
// JSON (steps and the ctg.financing/1 result), parsed back with nlohmann::json.
#include <ctg/core/error.hpp>
#include <ctg/finance/financing.hpp>
#include <ctg/rules/rulebook.hpp>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace {

using ctg::money;

const ctg::source doc{"Caf de la Charente, « Les CTG : la coordination », 30 juin 2021",
                      "diapositive « La fonction de coordination en Charente »", ""};

ctg::segment seg(const char* start, ctg::parameter_value v) {
    return {ctg::parse_date(start), std::nullopt, v, {ctg::evidence::source_document, doc}};
}

ctg::rate pct(const char* text) { return ctg::rate::parse(text, ctg::rate_notation::percent); }

ctg::rulebook charente() {
    ctg::formula f;
    f.kind = ctg::formula_kind::share_of_expense;
    f.rate = "coordination_rate";
    f.ceiling_per_fte = "coordination_ceiling_per_fte";
    f.parts = {{"bonus_territoire", {"Bonus territoire", "Territory bonus"}, "bonus_share"},
               {"fonds_locaux", {"Fonds locaux", "Local funds"}, "local_share"}};
    std::vector<ctg::parameter> params{
        ctg::parameter("coordination_rate", ctg::unit::percent,
                       {"Taux de financement", "Financing rate"}, {seg("2020-01-01", pct("80"))}),
        ctg::parameter("coordination_ceiling_per_fte", ctg::unit::eur_per_fte,
                       {"Plafond de dépense par ETP", "Expense ceiling per FTE"},
                       {seg("2020-01-01", money::from_euros(48000))}),
        ctg::parameter("bonus_share", ctg::unit::percent, {"Part bonus territoire", "Bonus share"},
                       {seg("2020-01-01", pct("55"))}),
        ctg::parameter("local_share", ctg::unit::percent, {"Part fonds locaux", "Local share"},
                       {seg("2020-01-01", pct("25"))}),
    };
    return {"charente-2021",
            {"Charente 2021", "Charente 2021"},
            {"", ""},
            ctg::rounding::half_away_from_zero,
            f,
            std::move(params)};
}

const ctg::date june30 = ctg::parse_date("2021-06-30");

ctg::financing_result grand_angouleme() {
    return ctg::finance(charente(),
                        {"grand-angouleme", ctg::fte::parse("2.5"), std::nullopt,
                         ctg::expense_basis::at_ceiling, std::nullopt},
                        june30);
}

bool contains(const std::string& text, const std::string& what) {
    return text.find(what) != std::string::npos;
}

}  // namespace

TEST(Explanation, StepKindNames) {
    EXPECT_EQ(ctg::to_string(ctg::step_kind::input), "input");
    EXPECT_EQ(ctg::to_string(ctg::step_kind::parameter), "parameter");
    EXPECT_EQ(ctg::to_string(ctg::step_kind::computation), "computation");
    EXPECT_EQ(ctg::to_string(ctg::step_kind::rounding), "rounding");
    EXPECT_EQ(ctg::to_string(ctg::step_kind::split), "split");
    EXPECT_EQ(ctg::to_string(ctg::step_kind::result), "result");
    EXPECT_EQ(ctg::to_string(ctg::step_kind::note), "note");
}

TEST(Explanation, FrenchTextShowsValuesSourcesSegmentsAndRounding) {
    const auto r = grand_angouleme();
    const std::string text = r.why.to_text();
    EXPECT_EQ(text, r.why.to_text(ctg::language::fr));
    // One line per step.
    EXPECT_EQ(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')),
              r.why.steps.size());
    EXPECT_TRUE(contains(text, "grand-angouleme"));
    EXPECT_TRUE(contains(text, "ETP contractualisés : 2,5"));
    EXPECT_TRUE(contains(text, "Dépense supposée au plafond"));
    EXPECT_TRUE(contains(text, "Taux de financement : 80\u00A0%"));
    EXPECT_TRUE(contains(text, "Plafond de dépense par ETP : 48\u202F000,00\u00A0€ par ETP"));
    EXPECT_TRUE(contains(text, "[2020-01-01, …)"));
    EXPECT_TRUE(contains(text, doc.document));
    EXPECT_TRUE(contains(text, doc.locator));
    EXPECT_TRUE(contains(text, "document source"));
    EXPECT_TRUE(contains(text, "365/365"));
    // Ceiling 48,000 × 2.5 = 120,000; aid 80 % = 96,000 = 66,000 + 30,000. Babel's French
    // typography: U+202F between thousands, U+00A0 before € and %.
    EXPECT_TRUE(contains(text, "120\u202F000,00\u00A0€ = 48\u202F000,00\u00A0€ × 2,5 × 365/365"));
    EXPECT_TRUE(contains(text, "96\u202F000,00\u00A0€ = 80\u00A0% × 120\u202F000,00\u00A0€"));
    EXPECT_TRUE(contains(text, "valeur exacte 96\u202F000\u00A0€"));
    EXPECT_TRUE(contains(text, "half_away_from_zero"));
    EXPECT_TRUE(contains(text, "Bonus territoire : 66\u202F000,00\u00A0€"));
    EXPECT_TRUE(contains(text, "Fonds locaux : 30\u202F000,00\u00A0€"));
    EXPECT_TRUE(
        contains(text,
                 "Résultat — Aide de la Caf : 96\u202F000,00\u00A0€ = 66\u202F000,00\u00A0€ + "
                 "30\u202F000,00\u00A0€"));
}

TEST(Explanation, EnglishText) {
    const auto r = grand_angouleme();
    const std::string text = r.why.to_text(ctg::language::en);
    EXPECT_TRUE(contains(text, "Contracted FTE: 2.5"));
    // Babel's en_GB typography: the euro sign first, no space before %.
    EXPECT_TRUE(contains(text, "Financing rate: 80%"));
    EXPECT_TRUE(contains(text, "Expense ceiling per FTE: €48,000.00 per FTE"));
    EXPECT_TRUE(contains(text, "€96,000.00 = 80% × €120,000.00"));
    EXPECT_TRUE(contains(text, "exact value €96,000"));
    EXPECT_TRUE(contains(text, "Result — Caf aid: €96,000.00"));
    EXPECT_TRUE(contains(text, "source document"));
}

TEST(Explanation, RoundingLinesShowTheExactValue) {
    // 0.5714 FTE, 292/365 days: ceiling 48,000 × 0.5714 × 0.8 = 21,941.76 exactly; 1,234.567…
    // Use 0.3333 FTE over 365 days: 48,000 × 0.3333 = 15,998.40; aid 80 % = 12,798.72.
    // And 0.0007 FTE: 48,000 × 0.0007 × 292/365 = 26.88; aid 21.504 → 21.50.
    const ctg::period active(ctg::parse_date("2021-03-15"), ctg::parse_date("2022-01-01"));
    const auto r = ctg::finance(
        charente(),
        {"p", ctg::fte::parse("0.0007"), std::nullopt, ctg::expense_basis::at_ceiling, active},
        june30);
    EXPECT_EQ(r.total, money::parse("21.50"));
    const std::string fr = r.why.to_text();
    EXPECT_TRUE(contains(fr, "valeur exacte 21,504\u00A0€")) << fr;
    EXPECT_TRUE(contains(fr, "0,0007"));
    const std::string en = r.why.to_text(ctg::language::en);
    EXPECT_TRUE(contains(en, "exact value €21.504"));
}

TEST(Explanation, StepsJson) {
    const auto r = grand_angouleme();
    const auto j = nlohmann::json::parse(r.why.to_json());
    ASSERT_TRUE(j.is_array());
    ASSERT_EQ(j.size(), r.why.steps.size());
    for (const auto& step : j) {
        for (const char* key : {"kind", "id", "label", "formula", "value", "amount", "exact",
                                "policy", "parameter"}) {
            EXPECT_TRUE(step.contains(key)) << key;
        }
        EXPECT_TRUE(step["label"].contains("fr"));
        EXPECT_TRUE(step["label"].contains("en"));
    }
    bool saw_ceiling_param = false;
    bool saw_rounding = false;
    for (const auto& step : j) {
        if (step["id"] == "parameter.coordination_ceiling_per_fte") {
            saw_ceiling_param = true;
            EXPECT_EQ(step["kind"], "parameter");
            const auto& p = step["parameter"];
            EXPECT_EQ(p["name"], "coordination_ceiling_per_fte");
            EXPECT_EQ(p["unit"], "eur_per_fte");
            EXPECT_EQ(p["value"], "48000.00");
            EXPECT_EQ(p["segment_start"], "2020-01-01");
            EXPECT_TRUE(p["segment_end"].is_null());
            EXPECT_EQ(p["evidence"], "source document");
            EXPECT_EQ(p["source"]["document"], doc.document);
            EXPECT_EQ(p["source"]["locator"], doc.locator);
            EXPECT_EQ(p["source"]["url"], "");
            EXPECT_EQ(step["amount"], "48000.00");
        }
        if (step["id"] == "aid") {
            saw_rounding = true;
            EXPECT_EQ(step["kind"], "rounding");
            EXPECT_EQ(step["amount"], "96000.00");
            EXPECT_EQ(step["exact"], "96000");
            EXPECT_EQ(step["policy"], "half_away_from_zero");
            EXPECT_EQ(step["formula"], "80 % × 120000.00 €");
            EXPECT_TRUE(step["parameter"].is_null());
        }
        if (step["id"] == "post") {
            EXPECT_TRUE(step["amount"].is_null());
            EXPECT_TRUE(step["policy"].is_null());
            EXPECT_TRUE(step["exact"].is_null());
        }
    }
    EXPECT_TRUE(saw_ceiling_param);
    EXPECT_TRUE(saw_rounding);
}

TEST(Explanation, FinancingResultJson) {
    const auto r = grand_angouleme();
    const std::string text = r.to_json();
    const auto j = nlohmann::json::parse(text);
    EXPECT_EQ(j["format"], "ctg.financing/1");
    EXPECT_EQ(j["rulebook"], "charente-2021");
    EXPECT_EQ(j["post"], "grand-angouleme");
    EXPECT_EQ(j["reference"]["start"], "2021-01-01");
    EXPECT_EQ(j["reference"]["end"], "2022-01-01");
    EXPECT_EQ(j["total"], "96000.00");
    ASSERT_EQ(j["parts"].size(), 2U);
    EXPECT_EQ(j["parts"][0]["id"], "bonus_territoire");
    EXPECT_EQ(j["parts"][0]["label"]["fr"], "Bonus territoire");
    EXPECT_EQ(j["parts"][0]["amount"], "66000.00");
    EXPECT_EQ(j["parts"][1]["amount"], "30000.00");
    ASSERT_TRUE(j["explanation"].is_array());
    EXPECT_EQ(j["explanation"].size(), r.why.steps.size());
    EXPECT_EQ(j["explanation"].back()["kind"], "result");
    // Deterministic key order.
    EXPECT_LT(text.find("\"format\""), text.find("\"rulebook\""));
    EXPECT_LT(text.find("\"total\""), text.find("\"parts\""));
    EXPECT_EQ(text, grand_angouleme().to_json());
}

TEST(Explanation, PeriodExplanationShowsEverySlice) {
    const auto r =
        ctg::finance(charente(),
                     {"p", ctg::fte::parse("1"), money::parse("50000"),
                      ctg::expense_basis::declared, std::nullopt},
                     ctg::period(ctg::parse_date("2021-07-01"), ctg::parse_date("2023-01-01")));
    // Slices: second half of 2021 (184/365), 2022 (365/365).
    std::vector<std::string> slices;
    for (const auto& s : r.why.steps) {
        if (s.id == "slice[0]" || s.id == "slice[1]" || s.id == "slice[2]") {
            slices.push_back(s.value);
        }
    }
    EXPECT_EQ(slices,
              (std::vector<std::string>{"[2021-07-01, 2022-01-01)", "[2022-01-01, 2023-01-01)"}));
    // Expense 50,000 over 549 days: slice 1 round(50,000 × 184/549) = 16,757.74 (16,757.741…),
    // slice 2 the rest 33,242.26. Ceilings 48,000 × 184/365 = 24,197.260… → 24,197.26 and 48,000.
    // Aids 80 % × 16,757.74 = 13,406.192 → 13,406.19 and 80 % × 33,242.26 = 26,593.808 → 26,593.81.
    EXPECT_EQ(r.total, money::parse("40000.00"));
    const auto nl = nlohmann::json::parse(r.to_json());
    EXPECT_EQ(nl["reference"]["start"], "2021-07-01");
    const std::string text = r.why.to_text();
    EXPECT_TRUE(contains(text, "16\u202F757,74\u00A0€"));
    EXPECT_TRUE(contains(text, "26\u202F593,81\u00A0€"));
}
