// SPDX-License-Identifier: MIT
// caf_follow_up() on the built-in Charente dataset. Figures worked out by hand from
// src/data/datasets/charente-2021.json (coordinators, their days, the evaluations' item 5.1).
#include <ctg/analysis/follow_up.hpp>
#include <ctg/io/dataset_json.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

const ctg::dataset& charente() { return ctg::builtin_dataset("charente-2021"); }

}  // namespace

TEST(follow_up, coordinators_in_post_and_their_days_on_30_june_2021) {
    const auto f = ctg::caf_follow_up(charente(), ctg::parse_date("2021-06-30"));
    // In post: Grand Angoulême 3, Grand Cognac 3, Charente Limousine 2, Cœur de Charente 1,
    // La Rochefoucauld 2 (lr-2 leaves on 31 August, lr-3 arrives on 4 October), 4B 1,
    // Lavalette 2, Val de Charente 1 (since 3 May), Rouillacais 1: 16.
    ASSERT_EQ(f.coordinators.size(), 16U);
    EXPECT_EQ(f.coordinators[0].coordinator_id, "ga-1");
    EXPECT_EQ(f.coordinators[0].in_post_since, ctg::parse_date("2019-03-01"));
    // Training days: 11 + 9 + 4 + 3 + 6 + 3 + 6 + 0 + 3 = 45; network days: 9 + 6 + 3 + 2 + 4 +
    // 2 + 4 + 1 + 2 = 33; only vc-1 (in post since 3 May 2021) has no training day yet.
    EXPECT_EQ(f.training_days, 45);
    EXPECT_EQ(f.network_days, 33);
    EXPECT_EQ(f.without_training, 1U);
    EXPECT_TRUE(f.vacant_posts.empty());
    // The 2021 grids were filled in 2022: on 30 June 2021 no evaluation is known, so nothing to
    // check and nobody evaluated yet.
    EXPECT_TRUE(f.warnings.empty());
    for (const auto& c : f.coordinators) {
        EXPECT_FALSE(c.evaluated_year.has_value()) << c.coordinator_id;
    }
}

TEST(follow_up, evaluations_known_on_30_june_2022) {
    const auto f = ctg::caf_follow_up(charente(), ctg::parse_date("2022-06-30"));
    // Item 5.1 « Nombre d'ETP dédiés » of the 2021 grids (filled January–February 2022) against
    // the ETP in post on 31 December 2021: Grand Cognac declares 4 (3 in post), La
    // Rochefoucauld 1.4 (1.5 in post: lr-1 full time and lr-3, at 0.5 since 4 October).
    ASSERT_EQ(f.warnings.size(), 2U);
    EXPECT_EQ(f.warnings[0].code, "follow_up.dedicated_fte");
    EXPECT_EQ(f.warnings[0].param("post"), "post-grand-cognac");
    EXPECT_EQ(f.warnings[0].value, "4");
    EXPECT_EQ(f.warnings[0].param("in_post"), "3");
    EXPECT_EQ(f.warnings[1].param("post"), "post-la-rochefoucauld-porte-du-perigord");
    EXPECT_EQ(f.warnings[1].value, "1.4");
    EXPECT_EQ(f.warnings[1].param("in_post"), "1.5");
    EXPECT_EQ(f.warnings[1].param("on"), "2021-12-31");
    // The Rouillacais grid of 2021 covers its coordinator: evaluated in 2021 (the 2022 grid is
    // filled on 26 January 2023, not known yet).
    for (const auto& c : f.coordinators) {
        if (c.post_id == "post-rouillacais") {
            EXPECT_EQ(c.evaluated_year, std::optional<int>{2021}) << c.coordinator_id;
        }
    }
}

TEST(follow_up, lapsed_conventions_and_later_evaluations) {
    // 30 June 2023: the CTG of Charente Limousine, Cœur de Charente and the Rouillacais have
    // lapsed; their coordinators are no longer followed. The 2022 evaluation of Grand Cognac
    // (4 declared, 3 in post) adds a third warning.
    const auto f = ctg::caf_follow_up(charente(), ctg::parse_date("2023-06-30"));
    for (const auto& c : f.coordinators) {
        EXPECT_NE(c.post_id, "post-rouillacais");
        EXPECT_NE(c.post_id, "post-coeur-de-charente");
        EXPECT_NE(c.post_id, "post-charente-limousine");
    }
    EXPECT_EQ(f.warnings.size(), 3U);
}
