// SPDX-License-Identifier: MIT
#include <ctg/core/error.hpp>
#include <ctg/referentiel/referentiel.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

const ctg::referentiel& ref() { return ctg::builtin_referentiel("cnaf-coordination"); }

TEST(referentiel, builtin_is_listed_and_unknown_ids_are_refused) {
    EXPECT_EQ(ctg::builtin_referentiel_ids(), std::vector<std::string>{"cnaf-coordination"});
    try {
        (void)ctg::builtin_referentiel("cnaf-2099");
        FAIL() << "loaded";
    } catch (const ctg::out_of_range_value& e) {
        EXPECT_EQ(e.detail().field, "referentiel");
        EXPECT_EQ(e.detail().value, "cnaf-2099");
        EXPECT_NE(std::string(e.what()).find("cnaf-coordination"), std::string::npos);
    }
}

TEST(referentiel, definition_and_policies_from_the_source) {
    const auto& r = ref();
    EXPECT_EQ(r.definition.pilot.fr, "L'intercommunalité pilote de la fonction");
    EXPECT_EQ(r.definition.text.fr.rfind("Accompagner, dans le cadre d'une organisation", 0), 0U);
    EXPECT_EQ(r.definition.provenance.kind, ctg::evidence::source_document);
    EXPECT_NE(r.definition.provenance.cited.locator.find("Définition de la fonction"),
              std::string::npos);
    ASSERT_EQ(r.policies.size(), 3U);
    EXPECT_EQ(r.policies[0].policy, ctg::volet::famille);
    EXPECT_EQ(r.policies[1].label.fr, "Politique éducative");
    EXPECT_EQ(r.policies[2].policy, ctg::volet::social);
}

TEST(referentiel, seven_thematic_fields_with_their_cnaf_themes) {
    const auto& f = ref().thematic_fields;
    ASSERT_EQ(f.size(), 7U);
    const std::vector<std::string> ids{"petite_enfance",  "enfance",
                                       "jeunesse",        "education",
                                       "parentalite",     "animation_vie_sociale_cadre_de_vie",
                                       "acces_aux_droits"};
    for (std::size_t i = 0; i < ids.size(); ++i) {
        EXPECT_EQ(f[i].id, ids[i]);
    }
    EXPECT_FALSE(f[3].cnaf.has_value());  // éducation is not a Cnaf CTG theme
    EXPECT_EQ(f[5].cnaf, ctg::cnaf_theme::animation_vie_sociale);
    EXPECT_EQ(ref().find_thematic_field("acces_aux_droits")->cnaf,
              ctg::cnaf_theme::acces_aux_droits);
}

TEST(referentiel, seven_activities_in_source_order) {
    const auto& a = ref().activities;
    ASSERT_EQ(a.size(), 7U);
    EXPECT_EQ(a[0].label.fr, "Veille sociale des territoires");
    EXPECT_EQ(a[5].id, "aide_decision_elus");
    for (const auto& act : a) {
        EXPECT_FALSE(act.label.en.empty()) << act.id;
        EXPECT_EQ(act.provenance.cited.locator, "diapositive « Activités »") << act.id;
    }
    EXPECT_EQ(ref().find_activity("nope"), nullptr);
}

TEST(referentiel, expectations_with_their_sub_objectives) {
    const auto& e = ref().expectations;
    ASSERT_EQ(e.size(), 3U);
    EXPECT_EQ(e[0].id, "promotion");
    EXPECT_EQ(e[0].thematic_fields.size(), 7U);
    EXPECT_EQ(e[1].id, "articulation");
    EXPECT_EQ(e[1].label.fr,
              "L'articulation du projet de territoire avec les schémas départementaux existants");
    const auto* c = ref().find_expectation("contribution");
    ASSERT_NE(c, nullptr);
    ASSERT_EQ(c->areas.size(), 3U);
    EXPECT_EQ(c->areas[0].id, "acces_aux_droits");
    EXPECT_EQ(c->areas[0].objectives.size(), 1U);
    EXPECT_EQ(c->areas[1].objectives.size(), 3U);
    EXPECT_EQ(c->areas[2].objectives.size(), 3U);
    EXPECT_EQ(c->areas[2].objectives[1].label.fr, "Au renforcement des coopérations");
}

}  // namespace
