// SPDX-License-Identifier: MIT
// The national figures of the source document (Caf de la Charente, 30 June 2021): « En 2017 :
// 85M€ / 5 500 ETP (dont 3 500 Etp en Jeunesse) ». Worked by hand: 85,000,000 / 5,500 =
// 170,000/11 = 15,454.5454… € per ETP → 15,454.55 €.
#include <ctg/analysis/department_report.hpp>
#include <ctg/analysis/national_figures.hpp>
#include <ctg/io/dataset_json.hpp>
#include <ctg/rules/rulebook.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

TEST(national_figures, the_2017_figures_as_cited_and_the_amount_per_etp_derived) {
    const auto& n = ctg::national_coordination_2017();
    EXPECT_EQ(n.year, 2017);
    EXPECT_EQ(n.total, ctg::money::parse("85000000"));
    EXPECT_EQ(n.coordination_fte, ctg::fte::parse("5500"));
    EXPECT_EQ(n.jeunesse_fte, ctg::fte::parse("3500"));
    EXPECT_EQ(n.origin.kind, ctg::evidence::source_document);
    EXPECT_NE(n.origin.cited.locator.find("85M€ / 5 500 ETP"), std::string::npos);
    EXPECT_EQ(n.amount_per_fte_exact().to_fraction(), "170000/11");
    EXPECT_EQ(n.amount_per_fte(), ctg::money::parse("15454.55"));
    const auto derived = n.amount_per_fte_origin();
    EXPECT_EQ(derived.kind, ctg::evidence::derived);
    EXPECT_EQ(derived.derivation, "85000000.00 € / 5500 ETP");
    EXPECT_TRUE(ctg::check_reasoning(derived, "amount_per_fte").empty());
    // Below the CEJ average of the same document (22,553 €): the two are not reconciled.
    EXPECT_LT(n.amount_per_fte(), ctg::money::parse("22553"));
}

TEST(national_figures, the_department_report_carries_them_as_context) {
    const std::vector<ctg::rulebook> rules{ctg::builtin_rulebook("cej"),
                                           ctg::builtin_rulebook("national-2020")};
    const auto report = ctg::build_department_report(ctg::builtin_dataset("charente-2021"),
                                                     ctg::parse_date("2021-06-30"), rules);
    EXPECT_EQ(report.national_context.amount_per_fte(), ctg::money::parse("15454.55"));
}
