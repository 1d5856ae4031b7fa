// SPDX-License-Identifier: MIT
#include <ctg/core/error.hpp>
#include <ctg/rules/formula.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

TEST(FormulaTest, KindNamesRoundTrip) {
    EXPECT_EQ(ctg::to_string(ctg::formula_kind::flat_per_fte), "flat_per_fte");
    EXPECT_EQ(ctg::to_string(ctg::formula_kind::share_of_expense), "share_of_expense");
    EXPECT_EQ(ctg::parse_formula_kind("flat_per_fte"), ctg::formula_kind::flat_per_fte);
    EXPECT_EQ(ctg::parse_formula_kind("share_of_expense"), ctg::formula_kind::share_of_expense);
}

TEST(FormulaTest, UnknownRuleKindNamesFieldValueAndChoices) {
    try {
        (void)ctg::parse_formula_kind("percent_of_cost");
        FAIL() << "expected invalid_value";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().field, "formula.kind");
        EXPECT_EQ(e.detail().value, "percent_of_cost");
        EXPECT_NE(e.detail().expected.find("flat_per_fte"), std::string::npos);
        EXPECT_NE(e.detail().expected.find("share_of_expense"), std::string::npos);
    }
    EXPECT_THROW((void)ctg::parse_formula_kind("Flat_Per_FTE"), std::invalid_argument);
}

TEST(FormulaTest, CeilingTargetNamesRoundTrip) {
    EXPECT_EQ(ctg::to_string(ctg::ceiling_target::expense), "expense");
    EXPECT_EQ(ctg::to_string(ctg::ceiling_target::aid), "aid");
    EXPECT_EQ(ctg::parse_ceiling_target("expense"), ctg::ceiling_target::expense);
    EXPECT_EQ(ctg::parse_ceiling_target("aid"), ctg::ceiling_target::aid);
}

TEST(FormulaTest, UnknownCeilingTargetIsRejected) {
    try {
        (void)ctg::parse_ceiling_target("salary");
        FAIL() << "expected invalid_value";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().field, "formula.ceiling_on");
        EXPECT_EQ(e.detail().value, "salary");
        EXPECT_NE(e.detail().expected.find("expense"), std::string::npos);
        EXPECT_NE(e.detail().expected.find("aid"), std::string::npos);
    }
}

TEST(FormulaTest, ParameterNamesInReadingOrder) {
    ctg::formula charente;
    charente.kind = ctg::formula_kind::share_of_expense;
    charente.rate = "coordination_rate";
    charente.ceiling_per_fte = "coordination_ceiling_per_fte";
    charente.parts = {
        {"bonus_territoire", {"Bonus territoire", "Territory bonus"}, "part_bonus_territoire"},
        {"fonds_locaux", {"Fonds locaux", "Local funds"}, "part_fonds_locaux"}};
    EXPECT_EQ(charente.parameter_names(),
              (std::vector<std::string>{"coordination_rate", "coordination_ceiling_per_fte",
                                        "part_bonus_territoire", "part_fonds_locaux"}));

    ctg::formula national;
    national.amount_per_fte = "coordination_amount_per_fte";
    EXPECT_EQ(national.parameter_names(), std::vector<std::string>{"coordination_amount_per_fte"});
    EXPECT_TRUE(ctg::formula{}.parameter_names().empty());
}

TEST(FormulaTest, DefaultsAndEquality) {
    const ctg::formula f;
    EXPECT_EQ(f.kind, ctg::formula_kind::flat_per_fte);
    EXPECT_EQ(f.ceiling_on, ctg::ceiling_target::expense);
    EXPECT_EQ(f.prorata, ctg::prorata_basis::days);
    ctg::formula g = f;
    EXPECT_EQ(f, g);
    g.ceiling_on = ctg::ceiling_target::aid;
    EXPECT_NE(f, g);
}
