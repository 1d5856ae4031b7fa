// SPDX-License-Identifier: MIT
#include "embedded.hpp"
#include "support/test_support.hpp"
#include <ctg/core/error.hpp>
#include <ctg/referentiel/activity_coverage.hpp>
#include <ctg/referentiel/grid.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace {

using ctg_test::find;
using ctg_test::with;

std::vector<ctg::error_detail> grid_errors(const std::string& text) {
    return ctg_test::details_of([&] { (void)ctg::load_grid_json(text, "grid.json"); });
}

const ctg::grid& charente() { return ctg::builtin_grid("charente-2021"); }

std::string embedded_grid_text() {
    for (const auto& f : ctg::detail::embedded_files()) {
        if (f.category == "grids" && f.name == "charente-2021") {
            return std::string(f.contents);
        }
    }
    ADD_FAILURE() << "no embedded grid";
    return {};
}

TEST(grid, builtin_charente_counts) {
    const auto& g = charente();
    EXPECT_EQ(ctg::builtin_grid_ids(), std::vector<std::string>{"charente-2021"});
    EXPECT_EQ(g.id(), "charente-2021");
    EXPECT_EQ(g.version(), 1);
    EXPECT_EQ(g.key(), "charente-2021 version 1");
    ASSERT_EQ(g.sections().size(), 5U);
    const std::vector<std::size_t> sizes{7, 6, 9, 5, 5};
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        EXPECT_EQ(g.sections()[i].items.size(), sizes[i]) << "section " << i + 1;
        EXPECT_EQ(g.sections()[i].id, std::to_string(i + 1));
    }
    EXPECT_EQ(g.item_count(), 32U);
    EXPECT_EQ(g.count(ctg::item_kind::per_policy), 27U);
    EXPECT_EQ(g.count(ctg::item_kind::yes_no), 4U);
    EXPECT_EQ(g.count(ctg::item_kind::number), 1U);
    ASSERT_EQ(g.policies().size(), 3U);
    const auto cells = g.cells();
    EXPECT_EQ(cells.size(), 86U);  // 81 policy cells + 4 yes/no + 1 number
    EXPECT_EQ(std::count_if(cells.begin(), cells.end(),
                            [](const ctg::grid_cell& c) { return c.policy.has_value(); }),
              81);
    EXPECT_EQ(cells.front().to_string(), "1.1 famille");
    EXPECT_EQ(cells.back().to_string(), "5.5");
}

TEST(grid, stable_item_ids_1_1_to_5_5) {
    const auto& g = charente();
    for (const auto& sec : g.sections()) {
        for (std::size_t i = 0; i < sec.items.size(); ++i) {
            EXPECT_EQ(sec.items[i].id, sec.id + "." + std::to_string(i + 1));
        }
    }
    EXPECT_EQ(g.item_at("5.1").kind, ctg::item_kind::number);
    EXPECT_EQ(g.item_at("5.1").decimals, 4);
    EXPECT_EQ(g.item_at("5.1").unit.fr, "ETP");
    EXPECT_EQ(g.item_at("5.2").kind, ctg::item_kind::yes_no);
    EXPECT_EQ(g.section_of("3.9")->id, "3");
    EXPECT_EQ(g.find_item("6.1"), nullptr);
    EXPECT_THROW((void)g.item_at("6.1"), ctg::out_of_range_value);
}

TEST(grid, section_titles) {
    const auto& s = charente().sections();
    EXPECT_EQ(s[0].title.fr, "Connaissance territoriale et analyse des besoins");
    EXPECT_EQ(s[1].title.fr, "Aide à la décision des élus et des acteurs du territoire");
    EXPECT_EQ(s[2].title.fr, "Accompagnement de la réalisation des objectifs inscrits dans la Ctg");
    EXPECT_EQ(s[3].title.fr, "Évaluation des politiques et des actions mises en œuvre");
    EXPECT_EQ(s[3].verbatim(), "Evaluation des politiques et des actions mises en œuvre");
    EXPECT_EQ(s[4].title.fr, "Les moyens de la coordination");
}

TEST(grid, each_spelling_slip_of_the_source_is_corrected_and_recorded) {
    const auto& g = charente();
    // item -> (original, corrected) named by the issue
    const std::vector<std::tuple<std::string, std::string, std::string>> slips{
        {"2.3", "orgnaisation", "organisation"},
        {"2.4", "réfélxion", "réflexion"},
        {"3.6", "réglemntaires", "réglementaires"},
        {"4.5", "fctionnement", "fonctionnement"},
        {"3.7", "valider", "validés"},
        {"1.7", "famille", "familles"},
        {"2.2", "thematiques", "thématiques"},
        {"5.5", "est elle connue?", "est-elle connue ?"},
    };
    for (const auto& [id, original, corrected] : slips) {
        const auto& item = g.item_at(id);
        EXPECT_NE(item.verbatim().find(original), std::string::npos) << id;
        EXPECT_NE(item.text.fr.find(corrected), std::string::npos) << id;
        const bool recorded = std::any_of(
            item.corrections.begin(), item.corrections.end(), [&](const ctg::text_correction& c) {
                return c.original == original && c.corrected == corrected;
            });
        EXPECT_TRUE(recorded) << id;
    }
    EXPECT_EQ(g.item_at("1.7").text.fr,
              "Implication des familles dans des espaces de concertation");
    EXPECT_EQ(g.item_at("4.5").text.fr, "Évaluer le fonctionnement des équipements");
    EXPECT_EQ(g.item_at("4.5").verbatim(), "Evaluer le fctionnement des équipements");
}

TEST(grid, every_correction_turns_the_source_text_into_the_grid_text) {
    std::size_t corrections = 0;
    std::size_t corrected_items = 0;
    for (const auto& sec : charente().sections()) {
        corrections += sec.corrections.size();
        for (const auto& item : sec.items) {
            if (item.corrections.empty()) {
                EXPECT_TRUE(item.source_text.empty()) << item.id;
                EXPECT_EQ(item.verbatim(), item.text.fr);
                continue;
            }
            ++corrected_items;
            corrections += item.corrections.size();
            EXPECT_NE(item.source_text, item.text.fr) << item.id;
            EXPECT_EQ(ctg::apply_corrections(item.source_text, item.corrections), item.text.fr)
                << item.id;
        }
    }
    EXPECT_EQ(corrections, 23U);
    EXPECT_EQ(corrected_items, 19U);
    // Items the source writes correctly are untouched.
    EXPECT_EQ(charente().item_at("2.1").text.fr, "Pratiquer un reporting régulier auprès des élus");
}

TEST(grid, charente_scale_is_non_en_partie_oui_achieved_at_oui) {
    const auto& s = charente().scale();
    ASSERT_EQ(s.levels.size(), 3U);
    EXPECT_EQ(s.levels[0].code, "non");
    EXPECT_EQ(s.levels[1].code, "en_partie");
    EXPECT_EQ(s.levels[2].code, "oui");
    EXPECT_EQ(s.achieved_from, "oui");
    EXPECT_TRUE(s.is_achieved("oui"));
    EXPECT_FALSE(s.is_achieved("en_partie"));
    EXPECT_FALSE(s.is_achieved("sans_objet"));
    EXPECT_TRUE(s.is_not_applicable("sans_objet"));
    EXPECT_EQ(s.rank_of("sans_objet"), std::nullopt);
    EXPECT_EQ(s.accepted_codes(), "non, en_partie, oui, sans_objet");
    EXPECT_EQ(s.provenance.kind, ctg::evidence::illustrative);  // the source gives no scale
    EXPECT_NE(s.note.fr.find("sans dire laquelle"), std::string::npos);
}

TEST(grid, ordinal_zero_to_three_scale) {
    const auto s = ctg::ordinal_scale(3, 2);
    EXPECT_TRUE(s.check("scale").empty());
    EXPECT_EQ(s.accepted_codes(), "0, 1, 2, 3");
    EXPECT_EQ(s.rank_of("3"), 3U);
    EXPECT_FALSE(s.is_achieved("1"));
    EXPECT_TRUE(s.is_achieved("2"));
    EXPECT_FALSE(s.accepts("4"));
    EXPECT_THROW((void)ctg::ordinal_scale(0, 0), ctg::invalid_value);
    EXPECT_THROW((void)ctg::ordinal_scale(3, 4), ctg::invalid_value);
}

TEST(grid, activities_are_linked_to_sections) {
    const auto& r = ctg::builtin_referentiel("cnaf-coordination");
    const auto& g = charente();
    EXPECT_EQ(g.referentiel_id(), "cnaf-coordination");
    EXPECT_TRUE(ctg::activities_without_section(r, g).empty());
    const auto population = ctg::sections_assessing(g, "relation_population");
    ASSERT_EQ(population.size(), 2U);
    EXPECT_EQ(population[0]->id, "1");
    EXPECT_EQ(population[1]->id, "2");
    EXPECT_EQ(ctg::sections_assessing(g, "evaluation_outils").at(0)->id, "4");
    EXPECT_TRUE(g.find_section("5")->activities.empty());  // means, not an activity
}

TEST(grid, canonical_json_is_the_embedded_file_and_round_trips) {
    const std::string text = ctg::to_json(charente());
    EXPECT_EQ(text, embedded_grid_text());
    const auto again = ctg::load_grid_json(text, "again");
    EXPECT_EQ(again.parts().sections, charente().parts().sections);
    EXPECT_EQ(again.scale(), charente().scale());
    EXPECT_EQ(ctg::to_json(again), text);
}

TEST(grid_bad_input, correction_that_does_not_match_the_source) {
    const auto e = grid_errors(with(embedded_grid_text(), R"("original": "orgnaisation")",
                                    R"("original": "organisaton")"));
    const auto* d = find(e, "sections[1].items[2].corrections");
    ASSERT_NE(d, nullptr);
    EXPECT_NE(d->value.find("orgnaisation"), std::string::npos);
}

TEST(grid_bad_input, unknown_activity_and_duplicate_item_are_both_reported) {
    std::string text = with(embedded_grid_text(), R"("veille_sociale",)", R"("veille",)");
    text = with(text, R"("id": "1.2")", R"("id": "1.1")");
    const auto e = grid_errors(text);
    const auto* a = find(e, "sections[0].activities[0]");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->value, "veille");
    EXPECT_NE(a->expected.find("veille_sociale"), std::string::npos);
    const auto* d = find(e, "sections[0].items[1].id");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->value, "1.1");
}

TEST(grid_bad_input, unknown_item_kind) {
    const auto e =
        grid_errors(with(embedded_grid_text(), R"("kind": "yes_no")", R"("kind": "oui_non")"));
    const auto* d = find(e, "sections[4].items[1].kind");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->value, "oui_non");
}

TEST(grid_bad_input, repeated_key_and_wrong_format) {
    const auto e = grid_errors(with(embedded_grid_text(), R"("format": "ctg.grid/1")",
                                    R"("format": "ctg.grid/2", "format": "ctg.grid/1")"));
    EXPECT_NE(find(e, "format"), nullptr);
}

TEST(grid, policy_columns_in_both_languages) {
    const auto& g = charente();
    const auto* famille = g.find_policy(ctg::volet::famille);
    ASSERT_NE(famille, nullptr);
    EXPECT_EQ(famille->label.fr, "Politique familiale");
    EXPECT_EQ(famille->label.en, "Family policy");
    EXPECT_EQ(g.policies().front().policy, ctg::volet::famille);
}

}  // namespace
