// SPDX-License-Identifier: MIT
#include <ctg/core/error.hpp>
#include <ctg/model/convention.hpp>

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace {

using ctg::parse_date;

TEST(theme, reads_every_cnaf_theme) {
    EXPECT_EQ(ctg::all_cnaf_themes().size(), 10U);
    for (const auto t : ctg::all_cnaf_themes()) {
        const auto parsed = ctg::theme::parse(ctg::to_string(t));
        EXPECT_FALSE(parsed.is_local());
        EXPECT_EQ(parsed.cnaf(), t);
        EXPECT_EQ(parsed.to_string(), ctg::to_string(t));
    }
    EXPECT_EQ(ctg::label(ctg::cnaf_theme::parentalite).fr, "Parentalité");
}

TEST(theme, local_theme_needs_the_marker) {
    const auto local = ctg::theme::parse("local:bien vieillir");
    EXPECT_TRUE(local.is_local());
    EXPECT_EQ(local.local_label(), "bien vieillir");
    EXPECT_EQ(local.to_string(), "local:bien vieillir");
    try {
        (void)ctg::theme::parse("bien vieillir", "conventions[0].themes[2]");
        FAIL() << "no exception";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().field, "conventions[0].themes[2]");
        EXPECT_EQ(e.detail().value, "bien vieillir");
        EXPECT_NE(e.detail().expected.find("local:"), std::string::npos);
    }
    EXPECT_THROW((void)ctg::theme::parse("local:"), ctg::invalid_value);
    EXPECT_THROW((void)ctg::theme::parse("local:  "), ctg::invalid_value);
    EXPECT_THROW((void)ctg::theme::parse("Parentalite"), ctg::invalid_value);
}

TEST(signatory_role, known_and_local_roles) {
    EXPECT_EQ(ctg::signatory_role::parse("conseil_departemental").known(),
              ctg::known_role::conseil_departemental);
    const auto local = ctg::signatory_role::parse("local:centre social");
    EXPECT_TRUE(local.is_local());
    EXPECT_EQ(local.to_string(), "local:centre social");
    EXPECT_THROW((void)ctg::signatory_role::parse("association"), ctg::invalid_value);
}

TEST(enumerations, round_trip_their_names) {
    for (const auto s : {ctg::action_status::planned, ctg::action_status::in_progress,
                         ctg::action_status::done, ctg::action_status::abandoned}) {
        EXPECT_EQ(ctg::parse_action_status(ctg::to_string(s)), s);
    }
    for (const auto k : {ctg::body_kind::comite_pilotage, ctg::body_kind::comite_technique,
                         ctg::body_kind::comite_operationnel, ctg::body_kind::comite_thematique}) {
        EXPECT_EQ(ctg::parse_body_kind(ctg::to_string(k)), k);
    }
    EXPECT_THROW((void)ctg::parse_action_status("finished"), ctg::invalid_value);
    EXPECT_THROW((void)ctg::parse_body_kind("copil"), ctg::invalid_value);
}

ctg::convention make_convention() {
    ctg::convention c;
    c.id = "ctg-x";
    c.name = "CTG X";
    // JSON start 2019-01-01, end (last day) 2022-12-31.
    c.term = ctg::period(parse_date("2019-01-01"), parse_date("2023-01-01"));
    c.themes = {ctg::cnaf_theme::petite_enfance, ctg::cnaf_theme::jeunesse,
                ctg::cnaf_theme::parentalite, ctg::cnaf_theme::logement};
    return c;
}

TEST(convention, term_without_amendment) {
    const auto c = make_convention();
    const auto on = parse_date("2021-06-30");
    EXPECT_EQ(c.effective_end(on), parse_date("2023-01-01"));
    EXPECT_EQ(c.latest_known_end(), parse_date("2023-01-01"));
    EXPECT_FALSE(c.is_prolonged(on));
    EXPECT_TRUE(c.active_on(parse_date("2019-01-01")));
    EXPECT_TRUE(c.active_on(parse_date("2022-12-31")));
    EXPECT_FALSE(c.active_on(parse_date("2023-01-01")));
    EXPECT_FALSE(c.active_on(parse_date("2018-12-31")));
}

TEST(convention, prolongation_moves_the_effective_end_from_its_signature) {
    auto c = make_convention();
    c.amendments.push_back(
        {"av-1", parse_date("2022-06-01"), "Intégration d'une fiche", std::nullopt, {}});
    c.amendments.push_back(
        {"av-2", parse_date("2022-11-15"), "Prolongation", parse_date("2024-01-01"), {}});
    // Known from its signature on 15/11/2022: the new end 2024-01-01 (last day 2023-12-31).
    const auto signed_on = parse_date("2022-11-15");
    EXPECT_TRUE(c.is_prolonged(signed_on));
    EXPECT_EQ(c.effective_end(signed_on), parse_date("2024-01-01"));
    EXPECT_EQ(c.effective_term(signed_on).days(), 365 * 5 + 1);  // 2019..2023, 2020 leap year
    EXPECT_TRUE(c.active_on(parse_date("2023-06-30")));
    ASSERT_EQ(c.prolongations_known_on(signed_on).size(), 1U);
    EXPECT_EQ(c.prolongations_known_on(signed_on)[0]->id, "av-2");
    // The day before, the initial term stands: av-1 (no new end) does not move it.
    const auto before = parse_date("2022-11-14");
    EXPECT_FALSE(c.is_prolonged(before));
    EXPECT_EQ(c.effective_end(before), parse_date("2023-01-01"));
    EXPECT_EQ(c.effective_term(before).days(), 365 * 4 + 1);  // 2019..2022
    EXPECT_TRUE(c.prolongations_known_on(before).empty());
    // 30/06/2023 as known on 30/06/2021 (before the amendment): lapsed; as known that day: not.
    EXPECT_FALSE(c.active_on(parse_date("2023-06-30"), parse_date("2021-06-30")));
    EXPECT_TRUE(c.active_on(parse_date("2023-06-30"), parse_date("2023-06-30")));
    // The latest known term takes every prolongation recorded, whatever its date.
    EXPECT_EQ(c.latest_known_end(), parse_date("2024-01-01"));
    EXPECT_EQ(c.latest_known_term().last_day(), parse_date("2023-12-31"));
}

TEST(convention, a_prolongation_signed_after_the_lapse_counts_only_from_its_signature) {
    auto c = make_convention();  // last day 2022-12-31
    c.amendments.push_back(
        {"av-1", parse_date("2023-02-01"), "Prolongation", parse_date("2024-01-01"), {}});
    // On 15/01/2023 the convention had lapsed; from 01/02/2023 it is in force again.
    EXPECT_FALSE(c.active_on(parse_date("2023-01-15")));
    EXPECT_TRUE(c.active_on(parse_date("2023-02-01")));
    // Read back from 2023-06-30, the retroactive prolongation covers 15/01/2023 as well.
    EXPECT_TRUE(c.active_on(parse_date("2023-01-15"), parse_date("2023-06-30")));
}

TEST(convention, cnaf_minimum) {
    auto c = make_convention();
    EXPECT_TRUE(c.meets_cnaf_minimum());
    c.themes = {ctg::cnaf_theme::petite_enfance, ctg::cnaf_theme::jeunesse,
                ctg::cnaf_theme::parentalite};
    EXPECT_FALSE(c.meets_cnaf_minimum());  // no fourth theme
    c.themes.push_back(ctg::theme::local("bien vieillir"));
    EXPECT_TRUE(c.meets_cnaf_minimum());  // a local theme counts as the other one
    c.themes = {ctg::cnaf_theme::petite_enfance, ctg::cnaf_theme::enfance,
                ctg::cnaf_theme::jeunesse, ctg::cnaf_theme::logement};
    EXPECT_FALSE(c.meets_cnaf_minimum());  // no parentalité
}

TEST(convention, covers_its_epci) {
    auto c = make_convention();
    c.territories.epcis = {ctg::siren::parse("241600303")};
    EXPECT_TRUE(c.covers_epci(ctg::siren::parse("241600303")));
    EXPECT_FALSE(c.covers_epci(ctg::siren::parse("200071827")));
}

// Themes and roles share one known-or-local form (ctg::known_or_local): the messages keep each
// kind's words, and list the names in the enums' declaration order.
TEST(theme, theme_and_role_messages_name_their_kind) {
    try {
        (void)ctg::theme::parse("seniors", "conventions[0].themes[2]");
        FAIL() << "expected invalid_value";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().field, "conventions[0].themes[2]");
        EXPECT_EQ(e.detail().value, "seniors");
        EXPECT_EQ(e.detail().expected,
                  "a Cnaf theme (petite_enfance, enfance, jeunesse, parentalite, "
                  "acces_aux_droits, inclusion_numerique, animation_vie_sociale, logement, "
                  "handicap, accompagnement_social) or a local theme written \"local:<label>\"");
    }
    try {
        (void)ctg::signatory_role::parse("association");
        FAIL() << "expected invalid_value";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().field, "role");
        EXPECT_EQ(e.detail().expected,
                  "a known role (caf, epci, commune, conseil_departemental, msa, cpam, carsat, "
                  "etat, france_travail, syndicat_intercommunal) or a local role written "
                  "\"local:<label>\"");
    }
    try {
        (void)ctg::theme::parse("local:  ");
        FAIL() << "expected invalid_value";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().field, "theme");
        EXPECT_EQ(e.detail().value, "local:  ");
        EXPECT_EQ(e.detail().expected, "a local theme with a label after \"local:\"");
    }
    try {
        (void)ctg::signatory_role::local("");
        FAIL() << "expected invalid_value";
    } catch (const ctg::invalid_value& e) {
        EXPECT_EQ(e.detail().field, "role");
        EXPECT_EQ(e.detail().expected, "a local role with a label after \"local:\"");
    }
    const ctg::theme jeunesse = ctg::cnaf_theme::jeunesse;
    EXPECT_EQ(jeunesse.cnaf(), ctg::cnaf_theme::jeunesse);
    EXPECT_EQ(ctg::signatory_role::parse("msa").known(), ctg::known_role::msa);
    EXPECT_EQ(ctg::signatory_role::parse("local:x").known(), std::nullopt);
}

}  // namespace

TEST(ConventionTest, CnafThemesAndKnownRolesSortBeforeLocalOnes) {
    EXPECT_LT(ctg::theme::parse("logement"), ctg::theme::parse("local:bien vieillir"));
    EXPECT_LT(ctg::theme::parse("petite_enfance"), ctg::theme::parse("jeunesse"));
    EXPECT_LT(ctg::theme::parse("local:a"), ctg::theme::parse("local:b"));
    EXPECT_LT(ctg::signatory_role::parse("caf"), ctg::signatory_role::parse("local:centre social"));
    EXPECT_EQ(ctg::theme::parse("jeunesse"), ctg::theme::parse("jeunesse"));
}
