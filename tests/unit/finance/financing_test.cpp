// SPDX-License-Identifier: MIT
// finance(): golden values from the Caf de la Charente document (30 June 2021), the two
// readings of the ceiling, part-year activity, periods across a parameter change, diff(),
// errors and thread safety. Every expected amount is worked out by hand in the comments.
#include <ctg/core/error.hpp>
#include <ctg/finance/financing.hpp>
#include <ctg/rules/rulebook.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace {

using ctg::money;

// ---------------------------------------------------------------------------------------------
// Rulebooks built in code, mirroring the built-in ones (national-2020, cej, charente-2021,
// loire-cej-2015) so that these tests do not depend on the embedded data files.

const ctg::source charente_source{
    "Caf de la Charente, « Les Conventions Territoriales Globales : la coordination », réunion "
    "réseau CTG, 30 juin 2021",
    "diapositive « La fonction de coordination en Charente »", ""};

ctg::segment seg(const char* start, std::optional<const char*> end, ctg::parameter_value v,
                 const ctg::source& src = charente_source) {
    return {ctg::parse_date(start),
            end ? std::optional(ctg::parse_date(*end)) : std::nullopt,
            v,
            {ctg::evidence::source_document, src}};
}

ctg::rate pct(const char* text) { return ctg::rate::parse(text, ctg::rate_notation::percent); }

ctg::rulebook flat_rulebook(const std::string& id, std::int64_t euros,
                            ctg::prorata_basis basis = ctg::prorata_basis::days) {
    ctg::formula f;
    f.kind = ctg::formula_kind::flat_per_fte;
    f.amount_per_fte = "amount_per_fte";
    f.prorata = basis;
    std::vector<ctg::parameter> params{ctg::parameter(
        "amount_per_fte", ctg::unit::eur_per_fte, {"Forfait par ETP", "Flat amount per FTE"},
        {seg("2020-01-01", std::nullopt, money::from_euros(euros))})};
    return {id, {id, id}, {"", ""}, ctg::rounding::half_away_from_zero, f, std::move(params)};
}

/// Charente 2021: 80 % of the expense within 48,000 € per FTE, parts 55 % + 25 %.
ctg::rulebook charente_rulebook(ctg::ceiling_target target = ctg::ceiling_target::expense,
                                std::vector<ctg::segment> ceiling_segments = {}) {
    ctg::formula f;
    f.kind = ctg::formula_kind::share_of_expense;
    f.rate = "coordination_rate";
    f.ceiling_per_fte = "coordination_ceiling_per_fte";
    f.ceiling_on = target;
    f.parts = {
        {"bonus_territoire", {"Bonus territoire", "Territory bonus"}, "bonus_territoire_share"},
        {"fonds_locaux", {"Fonds locaux de la Caf", "Caf local funds"}, "fonds_locaux_share"}};
    if (ceiling_segments.empty()) {
        ceiling_segments = {seg("2020-01-01", std::nullopt, money::from_euros(48000))};
    }
    std::vector<ctg::parameter> params{
        ctg::parameter("coordination_rate", ctg::unit::percent, {"Taux", "Rate"},
                       {seg("2020-01-01", std::nullopt, pct("80"))}),
        ctg::parameter("coordination_ceiling_per_fte", ctg::unit::eur_per_fte,
                       {"Plafond par ETP", "Ceiling per FTE"}, std::move(ceiling_segments)),
        ctg::parameter("bonus_territoire_share", ctg::unit::percent, {"Part bonus", "Bonus share"},
                       {seg("2020-01-01", std::nullopt, pct("55"))}),
        ctg::parameter("fonds_locaux_share", ctg::unit::percent,
                       {"Part fonds locaux", "Local share"},
                       {seg("2020-01-01", std::nullopt, pct("25"))}),
    };
    const std::string id =
        target == ctg::ceiling_target::expense ? "charente-2021" : "charente-aid";
    return {id, {id, id}, {"", ""}, ctg::rounding::half_away_from_zero, f, std::move(params)};
}

/// Loire 2015 (CEJ): 62.43 % of a salary cost within 48,000 € per FTE, no parts.
ctg::rulebook loire_rulebook() {
    ctg::formula f;
    f.kind = ctg::formula_kind::share_of_expense;
    f.rate = "rate";
    f.ceiling_per_fte = "ceiling";
    const ctg::source src{"Caf de la Loire, 2015", "", "https://caf42.fr/?p=8217"};
    std::vector<ctg::parameter> params{
        ctg::parameter("rate", ctg::unit::percent, {"Taux", "Rate"},
                       {seg("2015-01-01", std::nullopt, pct("62.43"), src)}),
        ctg::parameter("ceiling", ctg::unit::eur_per_fte, {"Plafond", "Ceiling"},
                       {seg("2015-01-01", std::nullopt, money::from_euros(48000), src)}),
    };
    return {"loire-cej-2015", {"Loire", "Loire"}, {"", ""}, ctg::rounding::half_away_from_zero, f,
            std::move(params)};
}

/// A share of the expense with no ceiling at all (60 %).
ctg::rulebook uncapped_rulebook() {
    ctg::formula f;
    f.kind = ctg::formula_kind::share_of_expense;
    f.rate = "rate";
    std::vector<ctg::parameter> params{ctg::parameter(
        "rate", ctg::unit::share, {"Taux", "Rate"}, {seg("2020-01-01", std::nullopt, pct("60"))})};
    return {"uncapped", {"u", "u"},       {"", ""}, ctg::rounding::half_away_from_zero,
            f,          std::move(params)};
}

// ---------------------------------------------------------------------------------------------
// The Charente table (source document, slide « La fonction de coordination en Charente »).

struct epci {
    const char* name;
    const char* etp;
};

const std::vector<epci> charente_table{
    {"Grand Angoulême", "2.5"},           {"CDC La Rochefoucauld Porte du Périgord", "1.5"},
    {"Cdc Lavalette Tude Dronne", "1.5"}, {"Cdc 4 B Sud Charente", "1"},
    {"Cdc Val de Charente", "1"},         {"Cdc Cœur de Charente", "1"},
    {"Cdc du Rouillacais", "0.75"},       {"Grand Cognac", "4"},
    {"CDC Charente Limousine", "1.5"},
};

ctg::post_input at_ceiling(const epci& e) {
    return {e.name, ctg::fte::parse(e.etp), std::nullopt, ctg::expense_basis::at_ceiling,
            std::nullopt};
}

ctg::post_input declared(const char* id, const char* etp, const char* expense,
                         std::optional<ctg::period> active = std::nullopt) {
    return {id, ctg::fte::parse(etp), money::parse(expense), ctg::expense_basis::declared, active};
}

const ctg::date june30 = ctg::parse_date("2021-06-30");

money eur(const char* text) { return money::parse(text); }

// Expected per EPCI, in table order, worked out by hand:
//   national 24,000 × ETP; CEJ 22,553 × ETP; Charente 0.80 × 48,000 × ETP = 38,400 × ETP with
//   bonus 0.55 × 48,000 = 26,400 × ETP and fonds locaux 0.25 × 48,000 = 12,000 × ETP;
//   Loire 0.6243 × 48,000 = 29,966.40 × ETP.
struct golden_row {
    const char* national;
    const char* cej;
    const char* charente;
    const char* bonus;
    const char* fonds;
    const char* loire;
};
const std::vector<golden_row> golden{
    {"60000.00", "56382.50", "96000.00", "66000.00", "30000.00", "74916.00"},     // 2.5
    {"36000.00", "33829.50", "57600.00", "39600.00", "18000.00", "44949.60"},     // 1.5
    {"36000.00", "33829.50", "57600.00", "39600.00", "18000.00", "44949.60"},     // 1.5
    {"24000.00", "22553.00", "38400.00", "26400.00", "12000.00", "29966.40"},     // 1
    {"24000.00", "22553.00", "38400.00", "26400.00", "12000.00", "29966.40"},     // 1
    {"24000.00", "22553.00", "38400.00", "26400.00", "12000.00", "29966.40"},     // 1
    {"18000.00", "16914.75", "28800.00", "19800.00", "9000.00", "22474.80"},      // 0.75
    {"96000.00", "90212.00", "153600.00", "105600.00", "48000.00", "119865.60"},  // 4
    {"36000.00", "33829.50", "57600.00", "39600.00", "18000.00", "44949.60"},     // 1.5
};

void check_charente_table(const ctg::rulebook& national, const ctg::rulebook& cej,
                          const ctg::rulebook& charente, const ctg::rulebook& loire) {
    money t_national, t_cej, t_charente, t_bonus, t_fonds, t_loire;
    ctg::fte total_etp;
    for (std::size_t i = 0; i < charente_table.size(); ++i) {
        const auto post = at_ceiling(charente_table[i]);
        const auto& g = golden[i];
        SCOPED_TRACE(charente_table[i].name);
        const auto n = ctg::finance(national, post, june30);
        const auto c = ctg::finance(cej, post, june30);
        const auto ch = ctg::finance(charente, post, june30);
        const auto l = ctg::finance(loire, post, june30);
        EXPECT_EQ(n.total, eur(g.national));
        EXPECT_EQ(c.total, eur(g.cej));
        EXPECT_EQ(ch.total, eur(g.charente));
        ASSERT_EQ(ch.parts.size(), 2U);
        EXPECT_EQ(ch.parts[0].id, "bonus_territoire");
        EXPECT_EQ(ch.parts[0].amount, eur(g.bonus));
        EXPECT_EQ(ch.parts[1].id, "fonds_locaux");
        EXPECT_EQ(ch.parts[1].amount, eur(g.fonds));
        EXPECT_EQ(l.total, eur(g.loire));
        t_national += n.total;
        t_cej += c.total;
        t_charente += ch.total;
        t_bonus += ch.parts[0].amount;
        t_fonds += ch.parts[1].amount;
        t_loire += l.total;
        total_etp = total_etp + post.contracted_fte;
    }
    EXPECT_EQ(total_etp, ctg::fte::parse("14.75"));
    EXPECT_EQ(t_national, eur("354000.00"));
    EXPECT_EQ(t_cej, eur("332656.75"));
    EXPECT_EQ(t_charente, eur("566400.00"));
    EXPECT_EQ(t_bonus, eur("389400.00"));
    EXPECT_EQ(t_fonds, eur("177000.00"));
    EXPECT_EQ(t_loire, eur("442004.40"));  // 29,966.40 × 14.75
    // The CEJ → CTG gain: (24,000 − 22,553) × 14.75 = 1,447 × 14.75 = 21,343.25.
    EXPECT_EQ(t_national - t_cej, eur("21343.25"));
}

}  // namespace

TEST(Financing, CharenteTableGoldenValuesWithRulebooksBuiltInCode) {
    check_charente_table(flat_rulebook("national-2020", 24000), flat_rulebook("cej", 22553),
                         charente_rulebook(), loire_rulebook());
}

TEST(Financing, CharenteTableGoldenValuesWithBuiltinRulebooks) {
    check_charente_table(ctg::builtin_rulebook("national-2020"), ctg::builtin_rulebook("cej"),
                         ctg::builtin_rulebook("charente-2021"),
                         ctg::builtin_rulebook("loire-cej-2015"));
}

TEST(Financing, LoirePerFte) {
    // 62.43 % × 48,000 = 29,966.40 per FTE.
    const auto r = ctg::finance(loire_rulebook(), at_ceiling({"x", "1"}), june30);
    EXPECT_EQ(r.total, eur("29966.40"));
    EXPECT_TRUE(r.parts.empty());
}

TEST(Financing, TheTwoReadingsOfTheCeiling) {
    const auto on_expense = charente_rulebook(ctg::ceiling_target::expense);
    const auto on_aid = charente_rulebook(ctg::ceiling_target::aid);
    // 1 FTE, 60,000 € spent: 80 % × min(60,000, 48,000) = 38,400 ; min(80 % × 60,000, 48,000) =
    // 48,000.
    EXPECT_EQ(ctg::finance(on_expense, declared("p", "1", "60000"), june30).total, eur("38400"));
    EXPECT_EQ(ctg::finance(on_aid, declared("p", "1", "60000"), june30).total, eur("48000"));
    // 1 FTE, 40,000 € spent: both give 32,000.
    EXPECT_EQ(ctg::finance(on_expense, declared("p", "1", "40000"), june30).total, eur("32000"));
    EXPECT_EQ(ctg::finance(on_aid, declared("p", "1", "40000"), june30).total, eur("32000"));
    // Ceiling on the aid, at the ceiling: expense = 48,000 → min(38,400, 48,000) = 38,400.
    EXPECT_EQ(ctg::finance(on_aid, at_ceiling({"p", "1"}), june30).total, eur("38400"));
    // The aid reading splits 48,000 as 55/80 and 25/80: 33,000 + 15,000.
    const auto r = ctg::finance(on_aid, declared("p", "1", "60000"), june30);
    EXPECT_EQ(r.parts[0].amount, eur("33000"));
    EXPECT_EQ(r.parts[1].amount, eur("15000"));
    const auto has_step = [](const ctg::financing_result& res, const std::string& id) {
        return std::any_of(res.why.steps.begin(), res.why.steps.end(),
                           [&](const auto& s) { return s.id == id; });
    };
    EXPECT_TRUE(has_step(r, "aid_before_ceiling"));
    EXPECT_FALSE(has_step(r, "base"));
    EXPECT_TRUE(has_step(ctg::finance(on_expense, declared("p", "1", "60000"), june30), "base"));
}

TEST(Financing, PartYearOnDays) {
    // Active from 2021-03-15: 365 − (31 + 28 + 14) = 292 days of 365 = 0.8.
    const ctg::period active(ctg::parse_date("2021-03-15"), ctg::parse_date("2022-01-01"));
    const ctg::post_input post{"p", ctg::fte::parse("1.5"), std::nullopt,
                               ctg::expense_basis::at_ceiling, active};
    // CEJ: 22,553 × 1.5 × 292/365 = 33,829.50 × 0.8 = 27,063.60.
    const auto cej = ctg::finance(flat_rulebook("cej", 22553), post, june30);
    EXPECT_EQ(cej.total, eur("27063.60"));
    const auto prorata = std::find_if(cej.why.steps.begin(), cej.why.steps.end(),
                                      [](const auto& s) { return s.id == "prorata"; });
    ASSERT_NE(prorata, cej.why.steps.end());
    EXPECT_EQ(prorata->value, "292/365");
    // Charente at the ceiling: ceiling 48,000 × 1.5 × 0.8 = 57,600; aid 46,080 = 31,680 + 14,400.
    const auto ch = ctg::finance(charente_rulebook(), post, june30);
    EXPECT_EQ(ch.total, eur("46080"));
    EXPECT_EQ(ch.parts[0].amount, eur("31680"));
    EXPECT_EQ(ch.parts[1].amount, eur("14400"));
}

TEST(Financing, PartYearOnWholeMonthsRoundsOnce) {
    // Whole months from 2021-03-15: April to December, 9/12.
    // 22,553 × 1.5 × 9/12 = 25,372.125 exactly → 25,372.13 (half away from zero), one rounding.
    const ctg::period active(ctg::parse_date("2021-03-15"), ctg::parse_date("2022-01-01"));
    const ctg::post_input post{"p", ctg::fte::parse("1.5"), std::nullopt,
                               ctg::expense_basis::at_ceiling, active};
    const auto r = ctg::finance(
        flat_rulebook("cej-months", 22553, ctg::prorata_basis::whole_months), post, june30);
    EXPECT_EQ(r.total, eur("25372.13"));
    const auto aid = std::find_if(r.why.steps.begin(), r.why.steps.end(),
                                  [](const auto& s) { return s.id == "aid"; });
    ASSERT_NE(aid, r.why.steps.end());
    EXPECT_EQ(aid->kind, ctg::step_kind::rounding);
    EXPECT_EQ(aid->exact, "25372.125");
    EXPECT_EQ(aid->policy, ctg::rounding::half_away_from_zero);
    EXPECT_EQ(aid->formula, "22553.00 € × 1.5 × 9/12");
    const auto prorata = std::find_if(r.why.steps.begin(), r.why.steps.end(),
                                      [](const auto& s) { return s.id == "prorata"; });
    EXPECT_EQ(prorata->value, "9/12");
}

TEST(Financing, ExpenseUnderAndOverTheCeilingPartYear) {
    // 0.75 FTE active from 2021-02-10: 365 − 40 = 325 days.
    // Ceiling: 48,000 × 0.75 × 325/365 = 32,054.794520…, kept exact (never rounded on its own).
    const ctg::period active(ctg::parse_date("2021-02-10"), ctg::parse_date("2022-01-01"));
    const auto rules = charente_rulebook();
    // Under the ceiling: 80 % × 30,000 = 24,000 = 16,500 + 7,500.
    const auto under = ctg::finance(rules, declared("p", "0.75", "30000", active), june30);
    EXPECT_EQ(under.total, eur("24000"));
    EXPECT_EQ(under.parts[0].amount, eur("16500"));
    EXPECT_EQ(under.parts[1].amount, eur("7500"));
    // Over the ceiling, rounded once: 80 % × 32,054.794520… = 25,643.835616… → 25,643.84 (the
    // ceiling rounded first, 80 % × 32,054.79 = 25,643.832, would give 25,643.83: one cent off).
    // Parts from the rounded total: 25,643.84 × 55/80 = 17,630.14 and × 25/80 = 8,013.70, both
    // exact.
    const auto over = ctg::finance(rules, declared("p", "0.75", "40000", active), june30);
    EXPECT_EQ(over.total, eur("25643.84"));
    EXPECT_EQ(over.parts[0].amount, eur("17630.14"));
    EXPECT_EQ(over.parts[1].amount, eur("8013.70"));
    std::vector<std::string> ids;
    for (const auto& s : over.why.steps) {
        ids.push_back(s.id);
        if (s.id == "ceiling") {
            EXPECT_EQ(s.kind, ctg::step_kind::computation);
            EXPECT_EQ(s.exact, "32054.794520…");
            EXPECT_EQ(s.amount, std::nullopt);
        }
        if (s.id == "base") {
            EXPECT_EQ(s.formula, "min(40000.00 €, 32054.794520… €)");
            EXPECT_EQ(s.value, "32054.794520…");
        }
        if (s.id == "aid") {
            EXPECT_EQ(s.exact, "25643.835616…");
            EXPECT_EQ(s.formula, "80 % × 32054.794520… €");
            EXPECT_EQ(s.amount, eur("25643.84"));
        }
        if (s.id == "part.fonds_locaux") {
            EXPECT_EQ(s.exact, "8013.7");
        }
    }
    // Order: inputs, parameters, prorata, ceiling, base, aid, parts, result.
    const std::vector<std::string> expected{"post",
                                            "fte",
                                            "expense",
                                            "activity",
                                            "reference",
                                            "parameter.coordination_rate",
                                            "parameter.coordination_ceiling_per_fte",
                                            "parameter.bonus_territoire_share",
                                            "parameter.fonds_locaux_share",
                                            "prorata",
                                            "ceiling",
                                            "base",
                                            "aid",
                                            "part.bonus_territoire",
                                            "part.fonds_locaux",
                                            "total"};
    EXPECT_EQ(ids, expected);
}

TEST(Financing, ShareWithoutCeiling) {
    // 60 % × 12,345.67 = 7,407.402 → 7,407.40.
    EXPECT_EQ(ctg::finance(uncapped_rulebook(), declared("p", "1", "12345.67"), june30).total,
              eur("7407.40"));
}

TEST(Financing, ZeroFteAndInactivePost) {
    EXPECT_EQ(ctg::finance(charente_rulebook(), at_ceiling({"p", "0"}), june30).total, money{});
    const ctg::period active(ctg::parse_date("2022-03-01"), ctg::parse_date("2022-06-01"));
    const ctg::post_input post{"p", ctg::fte::parse("1"), std::nullopt,
                               ctg::expense_basis::at_ceiling, active};
    const auto r = ctg::finance(charente_rulebook(), post, june30);
    EXPECT_EQ(r.total, money{});
    EXPECT_EQ(r.parts[0].amount, money{});
}

TEST(Financing, Errors) {
    const auto rules = charente_rulebook();
    // No declared expense: names the expense and the post.
    try {
        (void)ctg::finance(rules,
                           {"grand-cognac", ctg::fte::parse("4"), std::nullopt,
                            ctg::expense_basis::declared, std::nullopt},
                           june30);
        FAIL() << "expected invalid_value";
    } catch (const ctg::invalid_value& e) {
        EXPECT_NE(e.detail().field.find("expense"), std::string::npos);
        EXPECT_NE(e.detail().field.find("grand-cognac"), std::string::npos);
    }
    // Negative expense.
    try {
        (void)ctg::finance(rules, declared("p1", "1", "-1.00"), june30);
        FAIL() << "expected invalid_value";
    } catch (const ctg::invalid_value& e) {
        EXPECT_NE(e.detail().field.find("expense"), std::string::npos);
        EXPECT_EQ(e.detail().value, "-1.00");
    }
    // At the ceiling without a ceiling.
    EXPECT_THROW((void)ctg::finance(uncapped_rulebook(), at_ceiling({"p", "1"}), june30),
                 ctg::invalid_value);
    // A date before every segment: out_of_range_value, also a std::out_of_range.
    EXPECT_THROW((void)ctg::finance(rules, at_ceiling({"p", "1"}), ctg::parse_date("2019-06-30")),
                 ctg::out_of_range_value);
    EXPECT_THROW((void)ctg::finance(rules, at_ceiling({"p", "1"}), ctg::parse_date("2019-06-30")),
                 std::out_of_range);
    const ctg::period early(ctg::parse_date("2019-07-01"), ctg::parse_date("2020-07-01"));
    EXPECT_THROW((void)ctg::finance(rules, at_ceiling({"p", "1"}), early), ctg::out_of_range_value);
    // A flat rulebook ignores the expense (and its basis).
    EXPECT_EQ(ctg::finance(flat_rulebook("n", 24000),
                           {"p", ctg::fte::parse("1"), std::nullopt, ctg::expense_basis::declared,
                            std::nullopt},
                           june30)
                  .total,
              eur("24000"));
}

TEST(Financing, PeriodAcrossACeilingChange) {
    // Ceiling 48,000 € until 2024-07-01, then 50,000 €. Year 2024 has 366 days:
    // [2024-01-01, 2024-07-01) = 182 days, [2024-07-01, 2025-01-01) = 184 days.
    const auto rules = charente_rulebook(
        ctg::ceiling_target::expense, {seg("2020-01-01", "2024-07-01", money::from_euros(48000)),
                                       seg("2024-07-01", std::nullopt, money::from_euros(50000))});
    const auto year = ctg::period::calendar_year(2024);
    // At the ceiling, 1 FTE:
    //   slice 1: ceiling 48,000 × 182/366 = 23,868.852459… → 23,868.85; aid 80 % = 19,095.08;
    //            parts 13,127.8675 → 13,127.86 (.75), 5,967.2125 → 5,967.21 (.25): +1 ct bonus
    //            → 13,127.87 + 5,967.21.
    //   slice 2: ceiling 50,000 × 184/366 = 25,136.612021… → 25,136.61; aid 20,109.288 → 20,109.29;
    //            parts 13,825.136875 → 13,825.13 (.6875), 6,284.153125 → 6,284.15 (.3125):
    //            +1 ct bonus → 13,825.14 + 6,284.15.
    //   total 19,095.08 + 20,109.29 = 39,204.37; bonus 26,953.01; fonds locaux 12,251.36.
    const auto r = ctg::finance(rules, at_ceiling({"p", "1"}), year);
    EXPECT_EQ(r.total, eur("39204.37"));
    EXPECT_EQ(r.parts[0].amount, eur("26953.01"));
    EXPECT_EQ(r.parts[1].amount, eur("12251.36"));
    EXPECT_EQ(r.reference, year);
    // Declared expense 44,000 € apportioned by days (cumulative rounding):
    //   slice 1: round(44,000 × 182/366) = 21,879.78 (exact 21,879.781…) < 23,868.85 → aid
    //   17,503.82 slice 2: 44,000 − 21,879.78 = 22,120.22 < 25,136.61 → aid 17,696.176 → 17,696.18
    //   total 35,200.00.
    const auto d = ctg::finance(rules, declared("p", "1", "44000"), year);
    EXPECT_EQ(d.total, eur("35200.00"));
    money apportioned;
    for (const auto& s : d.why.steps) {
        if (s.id.ends_with(".expense")) {
            apportioned += *s.amount;
        }
    }
    EXPECT_EQ(apportioned, eur("44000"));
    EXPECT_EQ(d.parts[0].amount + d.parts[1].amount, d.total);
    // A date on either side reads one value only.
    EXPECT_EQ(ctg::finance(rules, at_ceiling({"p", "1"}), ctg::parse_date("2024-03-01")).total,
              eur("38400"));
    EXPECT_EQ(ctg::finance(rules, at_ceiling({"p", "1"}), ctg::parse_date("2024-09-01")).total,
              eur("40000"));
}

TEST(Financing, PeriodSpreadsTheExpenseOverActiveDays) {
    // 0.75 FTE active [2021-02-10, 2022-01-01), 40,000 € declared over [2020-07-01, 2022-03-01).
    // The post is active only in the 2021 slice (325 days), so the whole expense falls there and
    // the result is the one of 2021 alone: ceiling 32,054.794520…, aid 25,643.84 (see above).
    const ctg::period active(ctg::parse_date("2021-02-10"), ctg::parse_date("2022-01-01"));
    const ctg::period reference(ctg::parse_date("2020-07-01"), ctg::parse_date("2022-03-01"));
    const auto r =
        ctg::finance(charente_rulebook(), declared("p", "0.75", "40000", active), reference);
    EXPECT_EQ(r.total, eur("25643.84"));
    EXPECT_EQ(r.parts[0].amount, eur("17630.14"));
    EXPECT_EQ(r.parts[1].amount, eur("8013.70"));
    // Active throughout: plain calendar days. 1 FTE, 30,000 € over [2021-07-01, 2022-07-01):
    // 2021 slice 184 days → round(30,000 × 184/365) = 15,123.29 (15,123.287…), ceiling
    // 48,000 × 184/365 = 24,197.260…; aid 80 % = 12,098.632 → 12,098.63. 2022 slice: 14,876.71,
    // ceiling 48,000 × 181/365 = 23,802.739…; aid 11,901.368 → 11,901.37. Total 24,000.00.
    const auto t =
        ctg::finance(charente_rulebook(), declared("p", "1", "30000"),
                     ctg::period(ctg::parse_date("2021-07-01"), ctg::parse_date("2022-07-01")));
    EXPECT_EQ(t.total, eur("24000.00"));
    std::vector<money> slices;
    for (const auto& s : t.why.steps) {
        if (s.id.ends_with(".expense")) {
            slices.push_back(*s.amount);
        }
    }
    EXPECT_EQ(slices, (std::vector<money>{eur("15123.29"), eur("14876.71")}));
}

TEST(Financing, PeriodOverSeveralYearsSlicesAtFirstJanuary) {
    // 2020-07-01 .. 2022-07-01 at the national flat rate, 1 FTE: 184/366 of 2020, 2021 whole,
    // 181/365 of 2022: 24,000 × 184/366 = 12,065.573… → 12,065.57; 24,000; 24,000 × 181/365 =
    // 11,901.369… → 11,901.37. Total 47,966.94.
    const ctg::period p(ctg::parse_date("2020-07-01"), ctg::parse_date("2022-07-01"));
    const auto r = ctg::finance(flat_rulebook("national-2020", 24000), at_ceiling({"p", "1"}), p);
    EXPECT_EQ(r.total, eur("47966.94"));
}

TEST(Financing, PeriodOnWholeMonthsCountsAMonthCutByAChangeOnce) {
    // Flat 1,200 €/FTE until 2024-07-15, then 2,400 €; whole months. Active all 2024.
    // Months starting in [2024-01-01, 2024-07-15): Jan..Jul = 7 → 1,200 × 7/12 = 700;
    // months starting in [2024-07-15, 2025-01-01): Aug..Dec = 5 → 2,400 × 5/12 = 1,000.
    ctg::formula f;
    f.kind = ctg::formula_kind::flat_per_fte;
    f.amount_per_fte = "amount";
    f.prorata = ctg::prorata_basis::whole_months;
    const ctg::rulebook rules(
        "months", {"m", "m"}, {"", ""}, ctg::rounding::half_away_from_zero, f,
        {ctg::parameter("amount", ctg::unit::eur_per_fte, {"a", "a"},
                        {seg("2020-01-01", "2024-07-15", money::from_euros(1200)),
                         seg("2024-07-15", std::nullopt, money::from_euros(2400))})});
    const auto r = ctg::finance(rules, at_ceiling({"p", "1"}), ctg::period::calendar_year(2024));
    EXPECT_EQ(r.total, eur("1700"));
}

TEST(Financing, WholeYearPeriodEqualsDate) {
    const std::vector<ctg::rulebook> books{
        flat_rulebook("national-2020", 24000),
        flat_rulebook("cej", 22553, ctg::prorata_basis::whole_months),
        charente_rulebook(),
        charente_rulebook(ctg::ceiling_target::aid),
        loire_rulebook(),
        uncapped_rulebook()};
    const std::vector<std::optional<ctg::period>> actives{
        std::nullopt,
        ctg::period(ctg::parse_date("2021-03-15"), ctg::parse_date("2022-01-01")),
        ctg::period(ctg::parse_date("2020-11-20"), ctg::parse_date("2021-08-17")),
        ctg::period(ctg::parse_date("2021-02-01"), ctg::parse_date("2021-03-01")),
    };
    const std::vector<const char*> ftes{"0.5714", "1", "2.5", "0.75"};
    const std::vector<const char*> expenses{"0", "12345.67", "45000.01", "200000"};
    const auto year = ctg::period::calendar_year(2021);
    for (const auto& rules : books) {
        for (const auto& active : actives) {
            for (const char* f : ftes) {
                for (const char* e : expenses) {
                    const ctg::post_input post{"p", ctg::fte::parse(f), money::parse(e),
                                               ctg::expense_basis::declared, active};
                    const auto a = ctg::finance(rules, post, year);
                    const auto b = ctg::finance(rules, post, june30);
                    EXPECT_EQ(a.total, b.total) << rules.id() << " " << f << " " << e;
                    EXPECT_EQ(a.parts, b.parts);
                    EXPECT_EQ(a.reference, b.reference);
                }
            }
        }
    }
}

TEST(Financing, DiffCejToNational) {
    const auto post = at_ceiling({"p", "14.75"});
    const auto cej = ctg::finance(flat_rulebook("cej", 22553), post, june30);
    const auto national = ctg::finance(flat_rulebook("national-2020", 24000), post, june30);
    const auto d = ctg::diff(cej, national);
    EXPECT_EQ(d.from_rulebook, "cej");
    EXPECT_EQ(d.to_rulebook, "national-2020");
    EXPECT_EQ(d.from_total, eur("332656.75"));
    EXPECT_EQ(d.to_total, eur("354000"));
    EXPECT_EQ(d.delta, eur("21343.25"));
    EXPECT_TRUE(d.part_deltas.empty());
    // One FTE: 1,447 €.
    EXPECT_EQ(ctg::diff(ctg::finance(flat_rulebook("cej", 22553), at_ceiling({"p", "1"}), june30),
                        ctg::finance(flat_rulebook("n", 24000), at_ceiling({"p", "1"}), june30))
                  .delta,
              eur("1447"));
    // Parts: union of the ids, a missing part counts as 0.
    const auto ch = ctg::finance(charente_rulebook(), post, june30);
    const auto d2 = ctg::diff(national, ch);
    EXPECT_EQ(d2.delta, eur("212400"));  // 566,400 − 354,000
    ASSERT_EQ(d2.part_deltas.size(), 2U);
    EXPECT_EQ(d2.part_deltas[0].id, "bonus_territoire");
    EXPECT_EQ(d2.part_deltas[0].amount, eur("389400"));
    const auto d3 = ctg::diff(ch, national);
    EXPECT_EQ(d3.part_deltas[1].amount, eur("-177000"));
}

TEST(Financing, EightThreadsGiveIdenticalResults) {
    // The threads share one rulebook: the built-in charente-2021, which they also load
    // concurrently on first use.
    std::vector<std::vector<std::string>> seen(8);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < 8; ++t) {
        threads.emplace_back([&, t] {
            const ctg::rulebook& rules = ctg::builtin_rulebook("charente-2021");
            // Every thread computes the table 40 times; each result's JSON (total, parts and
            // every step) must be the same in every round and every thread.
            for (int round = 0; round < 40; ++round) {
                for (std::size_t i = 0; i < charente_table.size(); ++i) {
                    const auto json =
                        ctg::finance(rules, at_ceiling(charente_table[i]), june30).to_json();
                    if (round == 0) {
                        seen[t].push_back(json);
                    } else if (json != seen[t][i]) {
                        seen[t].push_back("mismatch in round " + std::to_string(round));
                    }
                }
            }
        });
    }
    for (auto& th : threads) {
        th.join();
    }
    std::vector<ctg::financing_result> reference;
    for (const auto& e : charente_table) {
        reference.push_back(
            ctg::finance(ctg::builtin_rulebook("charente-2021"), at_ceiling(e), june30));
    }
    EXPECT_EQ(reference[0].total, eur("96000"));
    for (const auto& s : seen) {
        ASSERT_EQ(s.size(), reference.size());
        for (std::size_t i = 0; i < s.size(); ++i) {
            EXPECT_EQ(s[i], reference[i].to_json());
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The ETP in post: each coordinator over their days held (the coordinators of the Charente
// dataset; figures worked out by hand and in bindings/python/tests/golden_charente_dated.py).

namespace {

ctg::held_share held(const char* who, const char* share, const char* first, const char* after) {
    return {who, ctg::fte::parse(share),
            ctg::period(ctg::parse_date(first), ctg::parse_date(after))};
}

/// La Rochefoucauld 2021: lr-1 1 ETP all year; lr-2 0.5 ETP to 31 August (243 days); lr-3
/// 0.5 ETP from 4 October (89 days): (365 + 121.5 + 44.5) / 365 = 531/365 ETP-years.
ctg::post_input la_rochefoucauld(ctg::expense_basis basis) {
    ctg::post_input p{"post-la-rochefoucauld", ctg::fte::parse("1.5"), std::nullopt, basis,
                      std::nullopt};
    p.held = std::vector<ctg::held_share>{held("lr-1", "1", "2019-09-02", "2022-01-01"),
                                          held("lr-2", "0.5", "2019-09-02", "2021-09-01"),
                                          held("lr-3", "0.5", "2021-10-04", "2022-01-01")};
    p.fte_paid = ctg::fte_basis::in_post;
    return p;
}

}  // namespace

TEST(FinancingInPost, EachCoordinatorCountsOverTheirDaysHeld) {
    // 24,000 € × 531/365 = 34,915.068… → 34,915.07 (one rounding).
    const auto r = ctg::finance(flat_rulebook("national-2020", 24000),
                                la_rochefoucauld(ctg::expense_basis::at_ceiling), june30);
    EXPECT_EQ(r.total, eur("34915.07"));
    EXPECT_TRUE(r.warnings.empty());
    const auto step = [&](const char* id) {
        return *std::find_if(r.why.steps.begin(), r.why.steps.end(),
                             [&](const auto& s) { return s.id == id; });
    };
    EXPECT_EQ(step("held[1]").formula, "0.5 × 243/365");
    EXPECT_EQ(step("held[1]").label.fr, "En poste : lr-2, 0,5 ETP, du 01/01/2021 au 31/08/2021");
    EXPECT_EQ(step("held[1]").label.en, "In post: lr-2, 0.5 FTE, 2021-01-01 → 2021-08-31");
    EXPECT_EQ(step("held[2]").value, "89/730");
    EXPECT_EQ(step("fte_years").formula, "1 × 365/365 + 0.5 × 243/365 + 0.5 × 89/365");
    EXPECT_EQ(step("fte_years").value, "531/365");
    EXPECT_EQ(step("aid").formula, "24000.00 € × 531/365");
    EXPECT_EQ(step("fte_paid").value, "in_post");
    EXPECT_TRUE(std::none_of(r.why.steps.begin(), r.why.steps.end(),
                             [](const auto& s) { return s.id == "prorata"; }));
}

TEST(FinancingInPost, TheCeilingIsTheCeilingOfTheEtpHeld) {
    // 80 % × 48,000 € × 531/365 = 55,864.109… → 55,864.11; parts 5,586,411 cents × 55/80 =
    // 3,840,657.5625 and × 25/80 = 1,745,753.4375: the missing cent to the larger remainder,
    // bonus territoire: 38,406.58 + 17,457.53.
    const auto max =
        ctg::finance(charente_rulebook(), la_rochefoucauld(ctg::expense_basis::at_ceiling), june30);
    EXPECT_EQ(max.total, eur("55864.11"));
    EXPECT_EQ(max.parts[0].amount, eur("38406.58"));
    EXPECT_EQ(max.parts[1].amount, eur("17457.53"));
    // Declared 75,600 €, above the ceiling of the ETP held (69,830.136…): the same aid.
    auto declared = la_rochefoucauld(ctg::expense_basis::declared);
    declared.expense = eur("75600");
    EXPECT_EQ(ctg::finance(charente_rulebook(), declared, june30).total, eur("55864.11"));
}

TEST(FinancingInPost, ThePeriodFormOfAWholeYearEqualsTheDateForm) {
    const auto rules = charente_rulebook();
    const auto post = la_rochefoucauld(ctg::expense_basis::at_ceiling);
    const auto by_date = ctg::finance(rules, post, june30);
    const auto by_period = ctg::finance(rules, post, ctg::period::calendar_year(2021));
    EXPECT_EQ(by_period.total, by_date.total);
    EXPECT_EQ(by_period.parts, by_date.parts);
}

TEST(FinancingInPost, HeldDaysAreCutToTheActivity) {
    // Active from 2021-02-10 (325 days), a coordinator held all year: 325/365 of 1 ETP.
    ctg::post_input p{"p", ctg::fte::parse("1"), std::nullopt, ctg::expense_basis::at_ceiling,
                      ctg::period(ctg::parse_date("2021-02-10"), ctg::parse_date("2022-01-01"))};
    p.held = std::vector<ctg::held_share>{held("c", "1", "2020-01-01", "2023-01-01")};
    p.fte_paid = ctg::fte_basis::in_post;
    // 24,000 € × 325/365 = 21,369.863… → 21,369.86, as on the contracted ETP.
    EXPECT_EQ(ctg::finance(flat_rulebook("n", 24000), p, june30).total, eur("21369.86"));
}

TEST(FinancingInPost, AVacantPostGetsNothingAndAWarningNamingIt) {
    ctg::post_input p{"post-vacant", ctg::fte::parse("1"), std::nullopt,
                      ctg::expense_basis::at_ceiling,
                      ctg::period(ctg::parse_date("2021-03-01"), ctg::parse_date("2022-01-01"))};
    p.held = std::vector<ctg::held_share>{};
    p.fte_paid = ctg::fte_basis::in_post;
    const auto r = ctg::finance(flat_rulebook("n", 24000), p, june30);
    EXPECT_EQ(r.total, money{});
    ASSERT_EQ(r.warnings.size(), 1U);
    EXPECT_EQ(r.warnings[0].code, "financing.vacant");
    EXPECT_EQ(r.warnings[0].field, "post[\"post-vacant\"].held");
    EXPECT_EQ(r.warnings[0].param("period"), "[2021-03-01, 2022-01-01)");  // its activity
    // The period form warns too.
    EXPECT_EQ(ctg::finance(flat_rulebook("n", 24000), p, ctg::period::calendar_year(2021))
                  .warnings.at(0)
                  .code,
              "financing.vacant");
    // Paying the contracted ETP pays the vacancy: 24,000 € × 306/365 = 20,120.547… → 20,120.55.
    p.fte_paid = ctg::fte_basis::contracted;
    const auto contracted = ctg::finance(flat_rulebook("n", 24000), p, june30);
    EXPECT_EQ(contracted.total, eur("20120.55"));
    EXPECT_TRUE(contracted.warnings.empty());
}

TEST(FinancingInPost, WithoutItsCoordinatorsThePostCountsAsHeldAndSaysSo) {
    ctg::post_input p{"p", ctg::fte::parse("2"), std::nullopt, ctg::expense_basis::at_ceiling,
                      std::nullopt};
    p.fte_paid = ctg::fte_basis::in_post;
    const auto r = ctg::finance(flat_rulebook("n", 24000), p, june30);
    EXPECT_EQ(r.total, eur("48000"));
    const auto note = std::find_if(r.why.steps.begin(), r.why.steps.end(),
                                   [](const auto& s) { return s.id == "fte_paid"; });
    ASSERT_NE(note, r.why.steps.end());
    EXPECT_NE(note->label.en.find("coordinators not given"), std::string::npos);
}

TEST(FinancingWarnings, ZeroFteAndAnActivityOutsideTheYearAreNamedNotSilent) {
    const auto rules = flat_rulebook("n", 24000);
    ctg::post_input zero{"post-zero", ctg::fte::parse("0"), std::nullopt,
                         ctg::expense_basis::at_ceiling, std::nullopt};
    const auto z = ctg::finance(rules, zero, june30);
    EXPECT_EQ(z.total, money{});
    ASSERT_EQ(z.warnings.size(), 1U);
    EXPECT_EQ(z.warnings[0].code, "financing.zero_fte");
    EXPECT_EQ(z.warnings[0].field, "post[\"post-zero\"].contracted_fte");
    // Active in 2022 only, priced for 2021: 0 €, and the warning says why.
    ctg::post_input later{"post-2022", ctg::fte::parse("1"), std::nullopt,
                          ctg::expense_basis::at_ceiling, ctg::period::calendar_year(2022)};
    for (const auto& r : {ctg::finance(rules, later, june30),
                          ctg::finance(rules, later, ctg::period::calendar_year(2021))}) {
        EXPECT_EQ(r.total, money{});
        ASSERT_EQ(r.warnings.size(), 1U);
        EXPECT_EQ(r.warnings[0].code, "financing.outside_reference");
        EXPECT_EQ(r.warnings[0].value, "[2022-01-01, 2023-01-01)");
        EXPECT_EQ(r.warnings[0].param("reference"), "[2021-01-01, 2022-01-01)");
    }
}

TEST(FinancingInPost, SharesHeldBeyondTheContractAreRefused) {
    // 1 ETP contracted, two full-time coordinators overlapping in March 2021.
    ctg::post_input p{"post-double", ctg::fte::parse("1"), std::nullopt,
                      ctg::expense_basis::at_ceiling, std::nullopt};
    p.held = std::vector<ctg::held_share>{held("a", "1", "2021-01-01", "2021-04-01"),
                                          held("b", "1", "2021-03-01", "2022-01-01")};
    p.fte_paid = ctg::fte_basis::in_post;
    try {
        (void)ctg::finance(flat_rulebook("n", 24000), p, june30);
        FAIL() << "two full-time holders of a 1-ETP post must be refused";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().code, "financing.held_above_contracted");
        EXPECT_EQ(e.detail().field, "post[\"post-double\"].held");
        EXPECT_EQ(e.detail().value, "2");
        EXPECT_EQ(e.detail().param("on"), "2021-03-01");
    }
}
