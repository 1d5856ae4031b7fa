// SPDX-License-Identifier: MIT
// finance_portfolio() and compare_portfolios(): the Charente maxima under the four built-in
// rulebooks, the CEJ → CTG gain (21,343.25 € for 14.75 ETP), the declared expenses of 2021; a
// small dataset with expenses under and over the ceiling, a post active part of the year, a
// prolonged convention, a post without declared expense (listed as missing), an inactive post;
// and bad input.
#include "support/dataset_builders.hpp"
#include <ctg/analysis/portfolio_financing.hpp>
#include <ctg/core/error.hpp>
#include <ctg/io/dataset_json.hpp>
#include <ctg/rules/rulebook.hpp>
#include <ctg/rules/scenario.hpp>

#include <gtest/gtest.h>

#include <chrono>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace {

using ctg::money;

using ctg_test::day;
using ctg_test::make_convention;
using ctg_test::make_post;
using ctg_test::next_day;

money eur(const char* text) { return money::parse(text); }

const ctg::dataset& charente() { return ctg::builtin_dataset("charente-2021"); }

const ctg::rulebook& rules(const char* id) { return ctg::builtin_rulebook(id); }

// The tests below fix the terms, expenses and comparisons on the contracted ETP (as the source
// document computes them); the ETP in post have their own tests at the end of the file.
constexpr ctg::fte_basis contracted = ctg::fte_basis::contracted;

/// The warnings of `p` with message code `code`.
std::vector<ctg::error_detail> warnings_of(const ctg::portfolio_financing& p,
                                           std::string_view code) {
    std::vector<ctg::error_detail> out;
    for (const auto& w : p.warnings) {
        if (w.code == code) {
            out.push_back(w);
        }
    }
    return out;
}

/// Sum of the parts of a total.
money parts_sum(const ctg::financing_total& t) {
    money s;
    for (const auto& p : t.parts) {
        s += p.amount;
    }
    return s;
}

// ---------------------------------------------------------------------------------------------
// Charente: maximum aid 2021 under the four rulebooks

TEST(portfolio_charente, maxima_2021_under_the_four_rulebooks) {
    const auto on = day("2021-06-30");
    const auto at_ceiling = ctg::expense_basis::at_ceiling;
    // 24,000 × 14.75 = 354,000.00.
    EXPECT_EQ(ctg::finance_portfolio(charente(), rules("national-2020"), on, at_ceiling, contracted)
                  .total.total,
              eur("354000.00"));
    // 22,553 × 14.75 = 332,656.75.
    EXPECT_EQ(
        ctg::finance_portfolio(charente(), rules("cej"), on, at_ceiling, contracted).total.total,
        eur("332656.75"));
    // 62.43 % × 48,000 × 14.75 = 29,966.40 × 14.75 = 442,004.40.
    EXPECT_EQ(
        ctg::finance_portfolio(charente(), rules("loire-cej-2015"), on, at_ceiling, contracted)
            .total.total,
        eur("442004.40"));
    // 80 % × 48,000 × 14.75 = 566,400.00 = 55 % × 708,000 + 25 % × 708,000 = 389,400 + 177,000.
    const auto ch =
        ctg::finance_portfolio(charente(), rules("charente-2021"), on, at_ceiling, contracted);
    EXPECT_EQ(ch.total.total, eur("566400.00"));
    ASSERT_EQ(ch.total.parts.size(), 2U);
    EXPECT_EQ(ch.total.parts[0].id, "bonus_territoire");
    EXPECT_EQ(ch.total.parts[0].amount, eur("389400.00"));
    EXPECT_EQ(ch.total.parts[1].id, "fonds_locaux");
    EXPECT_EQ(ch.total.parts[1].amount, eur("177000.00"));
    EXPECT_EQ(ch.total.contracted_fte.to_string(), "14.75");
    EXPECT_EQ(ch.total.financed, 9U);
    EXPECT_EQ(ch.total.missing, 0U);
    // Grand Angoulême, 2.5 ETP: 96,000 = 66,000 + 30,000.
    const auto* ga = ch.epci(ctg::siren::parse("200071827"));
    ASSERT_NE(ga, nullptr);
    EXPECT_EQ(ga->total, eur("96000.00"));
    EXPECT_EQ(ga->parts[0].amount, eur("66000.00"));
    EXPECT_EQ(ga->parts[1].amount, eur("30000.00"));
    EXPECT_EQ(ch.by_epci.size(), 9U);
    EXPECT_EQ(ch.by_convention.size(), 9U);
    // Maximum aid: FTE and rate read in the document [D], local funds derived (80 % − 55 %) [C],
    // ceiling per ETP, bonus share and start dates read by the library [R].
    EXPECT_EQ(ch.total.marks.to_string(), "[D][C][R]");
    EXPECT_EQ(ch.parameters.size(), 4U);
}

TEST(portfolio_charente, totals_are_sums_of_the_rounded_post_amounts_and_parts_add_up) {
    const auto p = ctg::finance_portfolio(charente(), rules("charente-2021"), 2021,
                                          ctg::expense_basis::declared, contracted);
    money posts;
    for (const auto& post : p.posts) {
        ASSERT_EQ(post.status, ctg::post_status::financed) << post.post_id;
        posts += post.total();
        money parts;
        for (const auto& part : post.result->parts) {
            parts += part.amount;
        }
        EXPECT_EQ(parts, post.total()) << post.post_id;
    }
    EXPECT_EQ(p.total.total, posts);
    EXPECT_EQ(parts_sum(p.total), p.total.total);
    money epcis;
    for (const auto& e : p.by_epci) {
        EXPECT_EQ(parts_sum(e), e.total) << e.label;
        epcis += e.total;
    }
    EXPECT_EQ(epcis, p.total.total);
    money conventions;
    for (const auto& c : p.by_convention) {
        conventions += c.total;
    }
    EXPECT_EQ(conventions, p.total.total);
}

TEST(portfolio_charente, declared_expenses_2021) {
    const auto p = ctg::finance_portfolio(charente(), rules("charente-2021"), day("2021-06-30"),
                                          ctg::expense_basis::declared, contracted);
    // Grand Angoulême declares 112,500 € for 2.5 ETP: under the 120,000 € ceiling → 90,000 €.
    const auto* ga = p.post("post-grand-angouleme");
    ASSERT_NE(ga, nullptr);
    EXPECT_EQ(*ga->declared_expense, eur("112500.00"));
    EXPECT_EQ(ga->total(), eur("90000.00"));
    // Grand Cognac declares 206,000 € for 4 ETP: over the 192,000 € ceiling → 153,600 €.
    EXPECT_EQ(p.post("post-grand-cognac")->total(), eur("153600.00"));
    EXPECT_TRUE(p.missing_expense().empty());
    // Declared expenses are illustrative.
    EXPECT_TRUE(p.total.marks.contains(ctg::evidence::illustrative));
    EXPECT_TRUE(p.total.marks.contains(ctg::evidence::source_document));
}

TEST(portfolio_charente, cej_to_ctg_gain_is_1447_per_fte_and_21343_25_in_total) {
    const auto on = day("2021-06-30");
    const auto cej = ctg::finance_portfolio(charente(), rules("cej"), on,
                                            ctg::expense_basis::at_ceiling, contracted);
    const auto national = ctg::finance_portfolio(charente(), rules("national-2020"), on,
                                                 ctg::expense_basis::at_ceiling, contracted);
    const auto gain = ctg::compare_portfolios(cej, national);
    EXPECT_EQ(gain.from_rulebook, "cej");
    EXPECT_EQ(gain.to_rulebook, "national-2020");
    // (24,000 − 22,553) × 14.75 = 1,447 × 14.75 = 21,343.25.
    EXPECT_EQ(gain.total.from, eur("332656.75"));
    EXPECT_EQ(gain.total.to, eur("354000.00"));
    EXPECT_EQ(gain.total.delta, eur("21343.25"));
    EXPECT_EQ(gain.total.contracted_fte.to_string(), "14.75");
    ASSERT_TRUE(gain.total.delta_per_fte.has_value());
    EXPECT_EQ(*gain.total.delta_per_fte, eur("1447.00"));
    ASSERT_EQ(gain.by_epci.size(), 9U);
    for (const auto& e : gain.by_epci) {
        EXPECT_EQ(*e.delta_per_fte, eur("1447.00")) << e.label;
    }
    // Rouillacais, 0.75 ETP: 1,447 × 0.75 = 1,085.25.
    EXPECT_EQ(gain.by_epci.back().delta, eur("1085.25"));
    EXPECT_TRUE(gain.not_compared.empty());
}

TEST(portfolio_charente, lists_its_parts_and_the_parameters_read_with_their_sources) {
    const auto p = ctg::finance_portfolio(charente(), rules("charente-2021"), day("2021-06-30"),
                                          ctg::expense_basis::at_ceiling, contracted);
    EXPECT_EQ(p.total.label, "Charente");
    ASSERT_EQ(p.parts.size(), 2U);
    EXPECT_EQ(p.parts[0].label.fr, "Bonus territoire");
    const auto reading = [&](std::string_view name) -> const ctg::parameter_reading& {
        for (const auto& r : p.parameters) {
            if (r.name == name) {
                return r;
            }
        }
        throw std::runtime_error("no parameter " + std::string(name));
    };
    // The Charente document: 48,000 € ceiling per ETP, 80 % rate.
    const auto& ceiling = reading("coordination_ceiling_per_fte");
    EXPECT_EQ(ceiling.value_unit, ctg::unit::eur_per_fte);
    EXPECT_EQ(money::parse(ceiling.value), eur("48000.00"));
    const auto& rate = reading("coordination_rate");
    EXPECT_EQ(rate.value, "80 %");
    EXPECT_EQ(rate.origin.kind, ctg::evidence::source_document);
}

// ---------------------------------------------------------------------------------------------
// Small dataset, values by hand
//
// A (200071827): ctg-a 2019-01-01 → 2021-12-31, prolonged to 2022-06-30;
//   post-a 1.5 ETP, 2021 expense 50,000 € (under its 72,000 € ceiling);
//   post-d 1 ETP, no 2021 expense (missing).
// B (241600303): ctg-b 2021-04-01 → 2024-03-31: active 275 of the 365 days of 2021;
//   post-b 0.5 ETP, 2021 expense 30,000 € (over its prorated ceiling).
// C (200070514): ctg-c 2017-01-01 → 2020-12-31, ended: post-c inactive in 2021.

/// An EPCI of two communes, without provenance.
ctg::epci make_epci(const char* siren, const char* name, std::int64_t inhabitants) {
    return ctg_test::make_epci(siren, name, inhabitants, 2, std::nullopt);
}

ctg::dataset_parts small_parts() {
    ctg::dataset_parts p;
    p.id = "small";
    p.label = {"Petit", "Small"};
    p.department = {"16", "Charente", {}};
    p.epcis = {make_epci("200071827", "CA A", 40'000), make_epci("241600303", "CC B", 10'000),
               make_epci("200070514", "CC C", 30'000)};
    ctg::convention a = make_convention("ctg-a", "2019-01-01", "2021-12-31", {"200071827"});
    a.amendments = {{"avenant-1",
                     day("2021-11-15"),
                     "Prolongation de six mois",
                     next_day(day("2022-06-30")),
                     {}}};
    p.conventions = {a, make_convention("ctg-b", "2021-04-01", "2024-03-31", {"241600303"}),
                     make_convention("ctg-c", "2017-01-01", "2020-12-31", {"200070514"})};
    p.posts = {make_post("post-a", "ctg-a", "200071827", "1.5",
                         {{2021, eur("50000"), {}}, {2022, eur("30000"), {}}}),
               make_post("post-b", "ctg-b", "241600303", "0.5", {{2021, eur("30000"), {}}}),
               make_post("post-c", "ctg-c", "200070514", "1", {{2020, eur("40000"), {}}}),
               make_post("post-d", "ctg-a", "200071827", "1", {{2022, eur("45000"), {}}})};
    return p;
}

ctg::dataset small() { return ctg::dataset::build(small_parts()); }

/// small() with a second prolongation of ctg-a, signed on `signed_on`, to 31/12/2022.
ctg::dataset small_prolonged_again(const char* signed_on) {
    ctg::dataset_parts p = small_parts();
    p.conventions[0].amendments.push_back(
        {"avenant-2", day(signed_on), "Prolongation à la fin de 2022", day("2023-01-01"), {}});
    return ctg::dataset::build(std::move(p));
}

TEST(portfolio_small, declared_expenses_under_and_over_the_ceiling) {
    const auto d = small();
    const auto p = ctg::finance_portfolio(d, rules("charente-2021"), 2021,
                                          ctg::expense_basis::declared, contracted);
    ASSERT_EQ(p.posts.size(), 4U);

    // post-a: 50,000 € under 48,000 × 1.5 = 72,000 €: 80 % × 50,000 = 40,000 = 27,500 + 12,500.
    const auto* a = p.post("post-a");
    ASSERT_EQ(a->status, ctg::post_status::financed);
    EXPECT_EQ(a->active, ctg::period::calendar_year(2021));
    EXPECT_EQ(a->total(), eur("40000.00"));
    EXPECT_EQ(a->result->parts[0].amount, eur("27500.00"));
    EXPECT_EQ(a->result->parts[1].amount, eur("12500.00"));

    // post-b: active 2021-04-01 → 2021-12-31, 275/365 days. Ceiling 48,000 × 0.5 × 275/365
    // = 18,082.1917… → 18,082.19 € < 30,000 €: aid 80 % × 18,082.19 = 14,465.752 → 14,465.75.
    // Parts of 1,446,575 cents: 55/80 → 994,520.3125, 25/80 → 452,054.6875; floors 994,520 +
    // 452,054 leave one cent for the larger remainder: 9,945.20 + 4,520.55.
    const auto* b = p.post("post-b");
    ASSERT_EQ(b->status, ctg::post_status::financed);
    EXPECT_EQ(b->active, ctg::period(day("2021-04-01"), day("2022-01-01")));
    EXPECT_EQ(b->total(), eur("14465.75"));
    EXPECT_EQ(b->result->parts[0].amount, eur("9945.20"));
    EXPECT_EQ(b->result->parts[1].amount, eur("4520.55"));
    // The part-year prorata rests on the (illustrative) dates of the term.
    EXPECT_TRUE(b->marks.contains(ctg::evidence::illustrative));

    // post-c: its convention ended on 31/12/2020.
    EXPECT_EQ(p.post("post-c")->status, ctg::post_status::inactive);
    EXPECT_FALSE(p.post("post-c")->active.has_value());

    // post-d: no expense declared for 2021 → listed, not financed, not zeroed into the total.
    const auto* dpost = p.post("post-d");
    EXPECT_EQ(dpost->status, ctg::post_status::missing_expense);
    EXPECT_FALSE(dpost->result.has_value());
    EXPECT_EQ(p.missing_expense(), std::vector<std::string>{"post-d"});

    // Totals: 40,000 + 14,465.75 = 54,465.75 = 37,445.20 + 17,020.55.
    EXPECT_EQ(p.total.total, eur("54465.75"));
    EXPECT_EQ(p.total.parts[0].amount, eur("37445.20"));
    EXPECT_EQ(p.total.parts[1].amount, eur("17020.55"));
    EXPECT_EQ(p.total.contracted_fte.to_string(), "2");
    EXPECT_EQ(p.total.financed, 2U);
    EXPECT_EQ(p.total.missing, 1U);
    EXPECT_EQ(p.total.inactive, 1U);
    // The expenses the aids come from: post-a 50,000 + post-b 30,000; post-d declares none
    // for 2021 and post-c is inactive, so neither counts.
    EXPECT_EQ(p.total.declared_expense, eur("80000.00"));
    const auto* ea = p.epci(ctg::siren::parse("200071827"));
    EXPECT_EQ(ea->declared_expense, eur("50000.00"));
    EXPECT_EQ(p.epci(ctg::siren::parse("241600303"))->declared_expense, eur("30000.00"));
    EXPECT_EQ(ea->total, eur("40000.00"));
    EXPECT_EQ(ea->missing, 1U);
    EXPECT_EQ(p.epci(ctg::siren::parse("200070514"))->inactive, 1U);
    EXPECT_EQ(p.convention("ctg-a")->total, eur("40000.00"));
    EXPECT_EQ(p.convention("ctg-b")->total, eur("14465.75"));

    EXPECT_EQ(dpost->epci_name, "CA A");
    EXPECT_EQ(p.post("post-c")->epci_name, "CC C");
}

TEST(portfolio_small, at_ceiling_finances_every_active_post) {
    const auto p = ctg::finance_portfolio(small(), rules("charente-2021"), 2021,
                                          ctg::expense_basis::at_ceiling, contracted);
    // post-a 80 % × 72,000 = 57,600; post-d 80 % × 48,000 = 38,400; post-b 14,465.75 (above).
    EXPECT_EQ(p.post("post-a")->total(), eur("57600.00"));
    EXPECT_EQ(p.post("post-d")->total(), eur("38400.00"));
    EXPECT_EQ(p.post("post-b")->total(), eur("14465.75"));
    EXPECT_EQ(p.total.total, eur("110465.75"));
    EXPECT_TRUE(p.missing_expense().empty());
    // A post's 2021 expense is not read at the ceiling: post-a's marks carry no [I] from it
    // (only the rulebook's derived [C] and read [R] values besides the document's [D]).
    EXPECT_EQ(p.post("post-a")->marks.to_string(), "[D][C][R]");
}

TEST(portfolio_small, a_prolonged_convention_finances_the_prolonged_months) {
    // 2022: ctg-a runs to 30/06/2022 thanks to the amendment: 181 of 365 days.
    // national-2020: 24,000 × 1.5 × 181/365 = 17,852.0547… → 17,852.05 (post-a)
    //                24,000 × 1 × 181/365 = 11,901.3698… → 11,901.37 (post-d)
    // post-b (0.5 ETP, all 2022): 12,000.00. Total 41,753.42.
    const auto p = ctg::finance_portfolio(small(), rules("national-2020"), 2022,
                                          ctg::expense_basis::at_ceiling, contracted);
    EXPECT_EQ(p.post("post-a")->active, ctg::period(day("2022-01-01"), day("2022-07-01")));
    EXPECT_EQ(p.post("post-a")->total(), eur("17852.05"));
    EXPECT_EQ(p.post("post-d")->total(), eur("11901.37"));
    EXPECT_EQ(p.post("post-b")->total(), eur("12000.00"));
    EXPECT_EQ(p.total.total, eur("41753.42"));
    EXPECT_FALSE(p.parameters_on.has_value());
}

TEST(portfolio_small, the_date_form_reads_each_term_as_known_on_its_date) {
    // avenant-2, signed 02/05/2022, runs ctg-a to 31/12/2022. On 01/03/2022 it is not signed:
    // ctg-a ends 30/06/2022 (avenant-1), 181 of the 365 days of 2022 (31 + 28 + 31 + 30 + 31
    // + 30), as in a_prolonged_convention_finances_the_prolonged_months:
    //   post-a 24,000 × 1.5 × 181/365 = 6,516,000/365 = 17,852.0547… → 17,852.05
    //   post-d 24,000 × 1 × 181/365 = 4,344,000/365 = 11,901.3698… → 11,901.37
    const auto d = small_prolonged_again("2022-05-02");
    const auto before = ctg::finance_portfolio(d, rules("national-2020"), day("2022-03-01"),
                                               ctg::expense_basis::at_ceiling, contracted);
    EXPECT_EQ(before.terms_known_on, day("2022-03-01"));
    EXPECT_EQ(before.post("post-a")->active, ctg::period(day("2022-01-01"), day("2022-07-01")));
    EXPECT_EQ(before.post("post-a")->total(), eur("17852.05"));
    EXPECT_EQ(before.post("post-d")->total(), eur("11901.37"));
    // On 30/06/2022 it is signed: the whole year, 24,000 × 1.5 = 36,000 and 24,000 × 1.
    const auto after = ctg::finance_portfolio(d, rules("national-2020"), day("2022-06-30"),
                                              ctg::expense_basis::at_ceiling, contracted);
    EXPECT_EQ(after.post("post-a")->active, ctg::period::calendar_year(2022));
    EXPECT_EQ(after.post("post-a")->total(), eur("36000.00"));
    EXPECT_EQ(after.post("post-d")->total(), eur("24000.00"));
}

TEST(portfolio_small, the_year_form_reads_the_terms_as_known_at_the_end_of_the_year) {
    // Signed within 2022: counted by the year form (known on 31/12/2022), whole year 36,000.
    const auto within =
        ctg::finance_portfolio(small_prolonged_again("2022-05-02"), rules("national-2020"), 2022,
                               ctg::expense_basis::at_ceiling, contracted);
    EXPECT_EQ(within.terms_known_on, day("2022-12-31"));
    EXPECT_EQ(within.post("post-a")->total(), eur("36000.00"));
    // Signed on 16/01/2023, after ctg-a lapsed on 30/06/2022: not counted for 2022, which
    // keeps the 181 days of avenant-1 (17,852.05 and 11,901.37, worked out above).
    const auto late =
        ctg::finance_portfolio(small_prolonged_again("2023-01-16"), rules("national-2020"), 2022,
                               ctg::expense_basis::at_ceiling, contracted);
    EXPECT_EQ(late.post("post-a")->active, ctg::period(day("2022-01-01"), day("2022-07-01")));
    EXPECT_EQ(late.post("post-a")->total(), eur("17852.05"));
    EXPECT_EQ(late.post("post-d")->total(), eur("11901.37"));
}

TEST(portfolio_small, comparison_by_epci_and_per_fte) {
    const auto d = small();
    const auto on = day("2021-06-30");
    const auto cej =
        ctg::finance_portfolio(d, rules("cej"), on, ctg::expense_basis::at_ceiling, contracted);
    const auto national = ctg::finance_portfolio(d, rules("national-2020"), on,
                                                 ctg::expense_basis::at_ceiling, contracted);
    const auto c = ctg::compare_portfolios(cej, national);
    // A, 2.5 ETP all year: 60,000 − 56,382.50 = 3,617.50, i.e. 1,447 per ETP.
    EXPECT_EQ(c.by_epci[0].delta, eur("3617.50"));
    EXPECT_EQ(*c.by_epci[0].delta_per_fte, eur("1447.00"));
    // B, 0.5 ETP for 275/365: 12,000 × 275/365 = 9,041.0958… → 9,041.10 against
    // 11,276.50 × 275/365 = 8,495.9931… → 8,495.99: +545.11 for 0.5 × 275/365 = 55/146
    // ETP-years, i.e. 545.11 × 146/55 = 1,447.0192… → 1,447.02 per ETP-year (the 1,447 € of
    // the rule, give or take the two roundings); per contracted ETP it would read 1,090.22.
    EXPECT_EQ(c.by_epci[1].from, eur("8495.99"));
    EXPECT_EQ(c.by_epci[1].to, eur("9041.10"));
    EXPECT_EQ(c.by_epci[1].delta, eur("545.11"));
    EXPECT_EQ(c.by_epci[1].fte_years, ctg::exact_ratio(55, 146));
    EXPECT_EQ(*c.by_epci[1].delta_per_fte, eur("1447.02"));
    // C: nothing financed, no ETP, no per-ETP delta.
    EXPECT_EQ(c.by_epci[2].delta, money{});
    EXPECT_EQ(c.by_epci[2].fte_years, ctg::exact_ratio{});
    EXPECT_FALSE(c.by_epci[2].delta_per_fte.has_value());
    // Total: 3,617.50 + 545.11 = 4,162.61 over 2.5 + 55/146 = 210/73 ETP-years:
    // 4,162.61 × 73/210 = 1,447.0025… → 1,447.00 (over 3 contracted ETP: 1,387.54).
    EXPECT_EQ(c.total.delta, eur("4162.61"));
    EXPECT_EQ(c.total.contracted_fte.to_string(), "3");
    EXPECT_EQ(c.total.fte_years, ctg::exact_ratio(210, 73));
    EXPECT_EQ(*c.total.delta_per_fte, eur("1447.00"));
    // The posts carry their prorata.
    EXPECT_EQ(national.post("post-b")->prorata, (ctg::prorata_fraction{275, 365}));
    EXPECT_EQ(national.post("post-a")->prorata, (ctg::prorata_fraction{365, 365}));
    EXPECT_FALSE(national.post("post-c")->prorata.has_value());
}

TEST(portfolio_small, posts_financed_under_one_rulebook_only_are_left_out_of_a_comparison) {
    const auto d = small();
    // Declared basis under both: post-d is missing in both, so it is compared in neither;
    // its absence is not a one-sided difference.
    const auto from = ctg::finance_portfolio(d, rules("charente-2021"), 2021,
                                             ctg::expense_basis::declared, contracted);
    const auto to = ctg::finance_portfolio(d, rules("loire-cej-2015"), 2021,
                                           ctg::expense_basis::declared, contracted);
    const auto c = ctg::compare_portfolios(from, to);
    EXPECT_TRUE(c.not_compared.empty());
    // post-a: 62.43 % × 50,000 = 31,215 against 40,000: −8,785.
    EXPECT_EQ(c.by_epci[0].delta, eur("-8785.00"));
}

TEST(portfolio_charente, comparison_per_post_and_per_part_follows_a_part_weight_scenario) {
    // The Charente rule at the ceiling gives 80 % × 48,000 € = 38,400 € per ETP, 55/80 of it
    // as bonus territoire (26,400 €/ETP) and 25/80 as fonds locaux (12,000 €/ETP). Moving five
    // points from the local funds to the bonus (60 % + 20 %) keeps the aid and moves
    // 5 % × 48,000 € = 2,400 € per ETP between the parts.
    const auto on = day("2021-06-30");
    const auto& base = rules("charente-2021");
    const auto moved = ctg::apply_scenario(base, "bonus-60",
                                           {ctg::parse_override("part_bonus_territoire=60"),
                                            ctg::parse_override("part_fonds_locaux=20")});
    const auto from =
        ctg::finance_portfolio(charente(), base, on, ctg::expense_basis::at_ceiling, contracted);
    const auto to =
        ctg::finance_portfolio(charente(), moved, on, ctg::expense_basis::at_ceiling, contracted);
    const auto c = ctg::compare_portfolios(from, to);

    ASSERT_EQ(c.by_post.size(), charente().posts().size());
    const ctg::financing_delta* cognac = c.post("post-grand-cognac");  // 4 ETP all year
    ASSERT_NE(cognac, nullptr);
    EXPECT_EQ(cognac->from, eur("153600.00"));
    EXPECT_EQ(cognac->to, eur("153600.00"));
    EXPECT_EQ(cognac->delta, money{});
    ASSERT_EQ(cognac->parts.size(), 2U);
    EXPECT_EQ(cognac->parts[0].id, "bonus_territoire");
    EXPECT_EQ(cognac->parts[0].from, eur("105600.00"));  // 26,400 × 4
    EXPECT_EQ(cognac->parts[0].to, eur("115200.00"));    // 28,800 × 4
    EXPECT_EQ(cognac->parts[0].delta, eur("9600.00"));
    EXPECT_EQ(cognac->parts[1].id, "fonds_locaux");
    EXPECT_EQ(cognac->parts[1].delta, eur("-9600.00"));
    EXPECT_EQ(c.post("no-such-post"), nullptr);

    // 14.75 ETP: bonus 389,400 → 424,800 (+35,400), local funds 177,000 → 141,600.
    EXPECT_EQ(c.total.delta, money{});
    ASSERT_EQ(c.total.parts.size(), 2U);
    EXPECT_EQ(c.total.parts[0].from, eur("389400.00"));
    EXPECT_EQ(c.total.parts[0].to, eur("424800.00"));
    EXPECT_EQ(c.total.parts[0].delta, eur("35400.00"));
    EXPECT_EQ(c.total.parts[1].from, eur("177000.00"));
    EXPECT_EQ(c.total.parts[1].to, eur("141600.00"));
    EXPECT_EQ(c.total.parts[1].delta, eur("-35400.00"));
    // The EPCI lines hold the same parts; their deltas add up to the total's.
    money bonus;
    for (const auto& e : c.by_epci) {
        ASSERT_EQ(e.parts.size(), 2U);
        bonus += e.parts[0].delta;
    }
    EXPECT_EQ(bonus, eur("35400.00"));
}

TEST(portfolio_charente, comparison_lists_the_parts_of_either_rulebook) {
    // cej has no parts, charente-2021 two: the parts appear with 0 € on the side without them.
    const auto on = day("2021-06-30");
    const auto cej = ctg::finance_portfolio(charente(), rules("cej"), on,
                                            ctg::expense_basis::at_ceiling, contracted);
    const auto ch = ctg::finance_portfolio(charente(), rules("charente-2021"), on,
                                           ctg::expense_basis::at_ceiling, contracted);
    const auto forward = ctg::compare_portfolios(cej, ch);
    ASSERT_EQ(forward.total.parts.size(), 2U);
    EXPECT_EQ(forward.total.parts[0].from, money{});
    EXPECT_EQ(forward.total.parts[0].delta, eur("389400.00"));
    const auto backward = ctg::compare_portfolios(ch, cej);
    ASSERT_EQ(backward.total.parts.size(), 2U);
    EXPECT_EQ(backward.total.parts[1].id, "fonds_locaux");
    EXPECT_EQ(backward.total.parts[1].delta, eur("-177000.00"));
    const auto flat = ctg::compare_portfolios(cej, cej);
    EXPECT_TRUE(flat.total.parts.empty());
}

// ---------------------------------------------------------------------------------------------
// Bad input

TEST(portfolio_errors, a_date_outside_every_rulebook_segment_propagates_out_of_range) {
    // national-2020 starts on 1 January 2020.
    EXPECT_THROW((void)ctg::finance_portfolio(charente(), rules("national-2020"), day("2019-06-30"),
                                              ctg::expense_basis::at_ceiling, contracted),
                 ctg::out_of_range_value);
    EXPECT_THROW((void)ctg::finance_portfolio(charente(), rules("charente-2021"), 2019,
                                              ctg::expense_basis::at_ceiling, contracted),
                 ctg::out_of_range_value);
}

TEST(portfolio_errors, a_year_with_no_expenses_is_refused_on_the_declared_basis) {
    try {
        (void)ctg::finance_portfolio(charente(), rules("charente-2021"), 2020,
                                     ctg::expense_basis::declared, contracted);
        FAIL() << "expected ctg::invalid_value";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().field, "year");
        EXPECT_EQ(e.detail().value, "2020");
        EXPECT_NE(e.detail().expected.find("2021, 2022"), std::string::npos) << e.detail().expected;
    }
    // At the ceiling the expenses are not needed.
    EXPECT_EQ(ctg::finance_portfolio(charente(), rules("charente-2021"), 2020,
                                     ctg::expense_basis::at_ceiling, contracted)
                  .total.total,
              eur("566400.00"));
}

TEST(portfolio_small, a_flat_rate_finances_posts_without_a_declared_expense) {
    // national-2020 reads no expense: on the declared basis post-d (1 ETP, no 2021 expense) is
    // financed like the others. post-a 1.5 × 24,000 = 36,000; post-b 0.5 × 24,000 × 275/365
    // = 9,041.0958… → 9,041.10; post-d 24,000; post-c inactive. Total 69,041.10.
    const auto p = ctg::finance_portfolio(small(), rules("national-2020"), 2021,
                                          ctg::expense_basis::declared, contracted);
    EXPECT_EQ(p.post("post-d")->status, ctg::post_status::financed);
    EXPECT_EQ(p.post("post-d")->total(), eur("24000.00"));
    EXPECT_EQ(p.post("post-a")->total(), eur("36000.00"));
    EXPECT_EQ(p.post("post-b")->total(), eur("9041.10"));
    EXPECT_TRUE(p.missing_expense().empty());
    EXPECT_EQ(p.total.total, eur("69041.10"));
    EXPECT_EQ(p.total.financed, 3U);
    // 36,000 ≤ 50,000 and 9,041.10 ≤ 30,000: no aid above its expense.
    EXPECT_TRUE(warnings_of(p, "portfolio.aid_above_expense").empty());
    // A year without any declared expense is not refused for a flat rate: Charente 2020,
    // 24,000 × 14.75 = 354,000.
    EXPECT_EQ(ctg::finance_portfolio(charente(), rules("national-2020"), 2020,
                                     ctg::expense_basis::declared, contracted)
                  .total.total,
              eur("354000.00"));
}

TEST(portfolio_small, a_flat_aid_above_the_declared_expense_is_a_warning_naming_the_post) {
    ctg::dataset_parts parts = small().parts();
    for (auto& post : parts.posts) {
        if (post.id == "post-a") {
            post.expenses.at(0).amount = eur("30000.00");  // 1.5 ETP × 24,000 = 36,000 > 30,000
        }
    }
    const auto d = ctg::dataset::build(std::move(parts), "test");
    const auto p = ctg::finance_portfolio(d, rules("national-2020"), 2021,
                                          ctg::expense_basis::declared, contracted);
    const auto above = warnings_of(p, "portfolio.aid_above_expense");
    ASSERT_EQ(above.size(), 1U);
    EXPECT_EQ(above[0].field, "post[\"post-a\"].aid");
    EXPECT_EQ(above[0].value, "36000.00");
    EXPECT_NE(above[0].expected.find("30000.00"), std::string::npos);
    // After the parameters' own warning (2021 priced past the source's 30 June 2021).
    EXPECT_EQ(p.warnings.back().code, "portfolio.aid_above_expense");
    // The share of the expense never pays more than the expense: no warning.
    const auto share = ctg::finance_portfolio(d, rules("charente-2021"), 2021,
                                              ctg::expense_basis::declared, contracted);
    EXPECT_TRUE(warnings_of(share, "portfolio.aid_above_expense").empty());
    // At the ceiling the expense is not the basis: no warning either.
    const auto ceiling = ctg::finance_portfolio(d, rules("national-2020"), 2021,
                                                ctg::expense_basis::at_ceiling, contracted);
    EXPECT_TRUE(warnings_of(ceiling, "portfolio.aid_above_expense").empty());
}

TEST(portfolio_errors, comparisons_need_the_same_dataset_year_and_basis) {
    const auto on = day("2021-06-30");
    const auto a = ctg::finance_portfolio(charente(), rules("cej"), on,
                                          ctg::expense_basis::at_ceiling, contracted);
    const auto other_year = ctg::finance_portfolio(charente(), rules("national-2020"), 2022,
                                                   ctg::expense_basis::at_ceiling, contracted);
    const auto other_basis = ctg::finance_portfolio(charente(), rules("charente-2021"), on,
                                                    ctg::expense_basis::declared, contracted);
    const auto other_dataset = ctg::finance_portfolio(small(), rules("national-2020"), on,
                                                      ctg::expense_basis::at_ceiling, contracted);
    const auto field_of = [](const ctg::portfolio_financing& x, const ctg::portfolio_financing& y) {
        try {
            (void)ctg::compare_portfolios(x, y);
        } catch (const ctg::invalid_value& e) {
            return e.detail().field;
        }
        return std::string("no error");
    };
    EXPECT_EQ(field_of(a, other_year), "reference");
    EXPECT_EQ(field_of(a, other_basis), "basis");
    EXPECT_EQ(field_of(a, other_dataset), "dataset_id");
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// The ETP in post: coordinators as known on the date (figures of golden_charente_dated.py,
// worked out without ctg).

TEST(portfolio_in_post, coordinators_are_read_as_known_on_the_date) {
    const auto& post = charente().post_at("post-la-rochefoucauld-porte-du-perigord");
    const auto year = ctg::period::calendar_year(2021);
    // On 30 June 2021: lr-2's departure (31 August) and lr-3's arrival (4 October) are not
    // known yet: lr-1 and lr-2 hold the post all year.
    const auto on_june_30 = ctg::held_on(post, day("2021-06-30"), year);
    ASSERT_EQ(on_june_30.size(), 2U);
    EXPECT_EQ(on_june_30[1].holder, "lr-2");
    EXPECT_EQ(on_june_30[1].held, year);
    // On 31 December every change is known.
    const auto on_december_31 = ctg::held_on(post, day("2021-12-31"), year);
    ASSERT_EQ(on_december_31.size(), 3U);
    EXPECT_EQ(on_december_31[1].held, ctg::period(day("2021-01-01"), day("2021-09-01")));
    EXPECT_EQ(on_december_31[2].held, ctg::period(day("2021-10-04"), day("2022-01-01")));
}

TEST(portfolio_in_post, contracted_held_and_financed_fte_years) {
    const auto at_ceiling = ctg::expense_basis::at_ceiling;
    const auto p =
        ctg::finance_portfolio(charente(), rules("national-2020"), day("2021-06-30"), at_ceiling);
    EXPECT_EQ(p.fte_paid, ctg::fte_basis::in_post);  // the rulebook's choice
    const auto* val = p.post("post-val-de-charente");
    ASSERT_NE(val, nullptr);
    EXPECT_EQ(val->contracted_fte_years.to_fraction(), "1");
    EXPECT_EQ(val->held_fte_years.to_fraction(), "243/365");
    EXPECT_EQ(val->financed_fte_years.to_fraction(), "243/365");
    EXPECT_EQ(val->total(), eur("15978.08"));  // 24,000 € × 243/365
    // 14.75 contracted; in post 14.75 − 1 (Grand Cognac) − 122/365 (Val de Charente).
    EXPECT_EQ(p.total.contracted_fte_years.to_fraction(), "59/4");
    EXPECT_EQ(p.total.held_fte_years.to_fraction(), "19587/1460");
    EXPECT_EQ(p.total.total, eur("321978.08"));
    // The year form knows lr-2's departure and lr-3's arrival: 19,521/1,460 ETP-years.
    const auto year = ctg::finance_portfolio(charente(), rules("national-2020"), 2021, at_ceiling);
    EXPECT_EQ(year.total.held_fte_years.to_fraction(), "19521/1460");
    EXPECT_EQ(year.total.total, eur("320893.15"));
    // Paying the contracted ETP: the source document's 354,000.00 €.
    const auto paid_contracted = ctg::finance_portfolio(charente(), rules("national-2020"),
                                                        day("2021-06-30"), at_ceiling, contracted);
    EXPECT_EQ(paid_contracted.total.total, eur("354000"));
    EXPECT_EQ(paid_contracted.total.financed_fte_years.to_fraction(), "59/4");
}

TEST(portfolio_in_post, the_gain_per_fte_year_stays_1447_on_the_etp_in_post) {
    const auto at_ceiling = ctg::expense_basis::at_ceiling;
    const auto on = day("2021-06-30");
    const auto gain = ctg::compare_portfolios(
        ctg::finance_portfolio(charente(), rules("cej"), on, at_ceiling),
        ctg::finance_portfolio(charente(), rules("national-2020"), on, at_ceiling));
    EXPECT_EQ(gain.total.delta, eur("19412.59"));  // 321,978.08 − 302,565.49
    EXPECT_EQ(gain.total.fte_years.to_fraction(), "19587/1460");
    EXPECT_EQ(*gain.total.delta_per_fte, eur("1447"));
}

TEST(portfolio_in_post, a_comparison_of_two_counts_of_etp_is_refused) {
    const auto at_ceiling = ctg::expense_basis::at_ceiling;
    const auto on = day("2021-06-30");
    const auto in_post = ctg::finance_portfolio(charente(), rules("cej"), on, at_ceiling);
    const auto paid_contracted =
        ctg::finance_portfolio(charente(), rules("national-2020"), on, at_ceiling, contracted);
    try {
        (void)ctg::compare_portfolios(in_post, paid_contracted);
        FAIL() << "a comparison across ETP bases must be refused";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().code, "portfolio.compare.fte_paid");
        EXPECT_EQ(e.detail().field, "fte_paid");
        EXPECT_EQ(e.detail().value, "contracted");
        EXPECT_EQ(e.detail().param("baseline"), "in_post");
    }
}

TEST(portfolio_in_post, the_explanation_cites_where_the_inputs_come_from) {
    // Grand Angoulême: its 2.5 ETP are read in the source document's table [D]; its 2021
    // expense is illustrative [I]; each input step says so, as the dataset records it.
    const auto p = ctg::finance_portfolio(charente(), rules("charente-2021"), 2021,
                                          ctg::expense_basis::declared);
    const auto* post = p.post("post-grand-angouleme");
    ASSERT_NE(post, nullptr);
    const auto& steps = post->result->why.steps;
    const auto find = [&](const char* id) {
        return *std::find_if(steps.begin(), steps.end(), [&](const auto& s) { return s.id == id; });
    };
    const auto& source_post = charente().post_at("post-grand-angouleme");
    ASSERT_TRUE(find("fte").origin.has_value());
    EXPECT_EQ(*find("fte").origin, source_post.fte_provenance);
    EXPECT_EQ(find("fte").origin->kind, ctg::evidence::source_document);
    ASSERT_TRUE(find("expense").origin.has_value());
    EXPECT_EQ(find("expense").origin->kind, ctg::evidence::illustrative);
    const std::string text = post->result->why.to_text();
    EXPECT_NE(text.find("Entrée — ETP contractualisés : 2,5 — source : " +
                        source_post.fte_provenance.cited.document),
              std::string::npos);
}
