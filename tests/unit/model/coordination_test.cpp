// SPDX-License-Identifier: MIT
#include <ctg/core/error.hpp>
#include <ctg/model/coordination.hpp>

#include <gtest/gtest.h>

namespace {

using ctg::parse_date;

ctg::coordination_post make_post() {
    ctg::coordination_post p;
    p.id = "post-x";
    p.convention_id = "ctg-x";
    p.pilot_epci = ctg::siren::parse("200068914");
    p.contracted_fte = ctg::fte::parse("1.5");
    p.coordinators.push_back({"a",
                              std::nullopt,
                              ctg::fte::parse("1"),
                              parse_date("2019-09-02"),
                              std::nullopt,
                              3,
                              2,
                              {}});
    // Last day 2021-08-31, so the first day outside is 2021-09-01.
    p.coordinators.push_back({"b",
                              std::nullopt,
                              ctg::fte::parse("0.5"),
                              parse_date("2019-09-02"),
                              parse_date("2021-09-01"),
                              1,
                              1,
                              {}});
    p.coordinators.push_back({"c",
                              std::nullopt,
                              ctg::fte::parse("0.5"),
                              parse_date("2021-10-04"),
                              std::nullopt,
                              1,
                              1,
                              {}});
    p.expenses.push_back({2021, ctg::money::parse("75600.00"), {}});
    p.expenses.push_back({2022, ctg::money::parse("77100.00"), {}});
    return p;
}

TEST(coordination_post, expense_for_a_year) {
    const auto p = make_post();
    ASSERT_NE(p.expense_for(2021), nullptr);
    EXPECT_EQ(p.expense_for(2021)->amount.cents(), 7'560'000);
    EXPECT_EQ(p.expense_for(2023), nullptr);
}

TEST(coordination_post, staffed_fte_follows_arrivals_and_departures) {
    const auto p = make_post();
    EXPECT_EQ(p.staffed_fte_on(parse_date("2019-09-01")).to_string(), "0");
    EXPECT_EQ(p.staffed_fte_on(parse_date("2020-06-30")).to_string(), "1.5");
    EXPECT_EQ(p.staffed_fte_on(parse_date("2021-08-31")).to_string(), "1.5");
    EXPECT_EQ(p.staffed_fte_on(parse_date("2021-09-01")).to_string(), "1");  // vacancy
    EXPECT_EQ(p.staffed_fte_on(parse_date("2021-10-04")).to_string(), "1.5");
}

TEST(coordinator, active_on_uses_half_open_dates) {
    const auto p = make_post();
    EXPECT_TRUE(p.coordinators[1].active_on(parse_date("2021-08-31")));
    EXPECT_FALSE(p.coordinators[1].active_on(parse_date("2021-09-01")));
    EXPECT_TRUE(p.coordinators[0].active_on(parse_date("2030-01-01")));
}

TEST(volet, round_trips_its_names) {
    for (const auto v : {ctg::volet::famille, ctg::volet::education, ctg::volet::social}) {
        EXPECT_EQ(ctg::parse_volet(ctg::to_string(v)), v);
    }
    EXPECT_THROW((void)ctg::parse_volet("éducation"), ctg::invalid_value);
}

}  // namespace
