// SPDX-License-Identifier: MIT
// The embedded dataset charente-2021: facts from the public EPCI table it cites and from the
// source document (Caf de la Charente, 30 June 2021).
#include "embedded.hpp"
#include <ctg/core/error.hpp>
#include <ctg/io/dataset_json.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace {

const ctg::dataset& charente() { return ctg::builtin_dataset("charente-2021"); }

TEST(builtin_dataset, is_listed) {
    const auto ids = ctg::builtin_dataset_ids();
    EXPECT_NE(std::find(ids.begin(), ids.end(), "charente-2021"), ids.end());
    EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
}

TEST(builtin_dataset, unknown_id_is_out_of_range) {
    try {
        (void)ctg::builtin_dataset("gironde-2021");
        FAIL();
    } catch (const ctg::out_of_range_value& e) {
        EXPECT_EQ(e.detail().value, "gironde-2021");
        EXPECT_NE(e.detail().expected.find("charente-2021"), std::string::npos);
    }
}

TEST(builtin_dataset, department_and_totals) {
    const auto& d = charente();
    EXPECT_EQ(d.id(), "charente-2021");
    EXPECT_EQ(d.department().code, "16");
    EXPECT_EQ(d.department().name, "Charente");
    EXPECT_EQ(d.epcis().size(), 9U);
    // Millésime 2018 (data/epci.json of @etalab/decoupage-administratif 1.1.1, by hand).
    EXPECT_EQ(d.total_population(), 351'778);
    EXPECT_EQ(d.total_communes(), 365);
    EXPECT_EQ(d.total_contracted_fte().to_string(), "14.75");
    EXPECT_EQ(d.conventions().size(), 9U);
    EXPECT_EQ(d.posts().size(), 9U);
}

TEST(builtin_dataset, epci_table_of_the_public_sources) {
    struct row {
        const char* siren;
        ctg::epci_kind kind;
        int communes;
        std::int64_t population;
        const char* fte;
    };
    // Kind, communes and population municipale (millésime 2018) as data/epci.json of
    // @etalab/decoupage-administratif 1.1.1 gives them; FTE from the source document's table.
    const row table[] = {
        {"200071827", ctg::epci_kind::ca, 38, 141'776, "2.5"},
        {"200070514", ctg::epci_kind::ca, 56, 69'283, "4"},
        {"200072049", ctg::epci_kind::cc, 58, 35'378, "1.5"},
        {"200072023", ctg::epci_kind::cc, 51, 21'979, "1"},
        {"200068914", ctg::epci_kind::cc, 27, 21'778, "1.5"},
        {"200029734", ctg::epci_kind::cc, 40, 19'917, "1"},
        {"200070282", ctg::epci_kind::cc, 50, 17'807, "1.5"},
        {"200043016", ctg::epci_kind::cc, 32, 13'841, "1"},
        {"241600303", ctg::epci_kind::cc, 13, 10'019, "0.75"},
    };
    const auto& d = charente();
    for (const row& r : table) {
        SCOPED_TRACE(r.siren);
        const auto s = ctg::siren::parse(r.siren);
        const ctg::epci& e = d.epci_at(s);
        EXPECT_EQ(e.kind, r.kind);
        EXPECT_EQ(e.commune_count, r.communes);
        EXPECT_EQ(e.communes.size(), static_cast<std::size_t>(r.communes));
        EXPECT_EQ(e.population.inhabitants, r.population);
        EXPECT_EQ(e.population.reference_year, 2018);
        // And the other millésimes of the catalogue, 2016 to 2022.
        std::vector<int> years;
        for (const auto& p : e.other_populations) {
            years.push_back(p.reference_year);
        }
        EXPECT_EQ(years, (std::vector<int>{2016, 2017, 2019, 2020, 2021, 2022}));
        // The contracted FTE of the posts piloted by this EPCI (source document's table).
        ctg::fte total;
        for (const auto& p : d.posts()) {
            if (p.pilot_epci == s) {
                total = total + p.contracted_fte;
            }
        }
        EXPECT_EQ(total.to_string(), r.fte);
    }
}

TEST(builtin_dataset, every_convention_covers_its_epci_since_2019) {
    const auto& d = charente();
    for (const auto& e : d.epcis()) {
        SCOPED_TRACE(e.name);
        const auto covering = d.conventions_covering(e.siren);
        ASSERT_EQ(covering.size(), 1U);
        EXPECT_TRUE(covering[0]->active_on(ctg::parse_date("2019-12-31")));
        EXPECT_TRUE(covering[0]->active_on(ctg::parse_date("2021-06-30")));
        EXPECT_EQ(static_cast<int>(covering[0]->term.start().year()), 2019);
        const auto posts = d.posts_of(covering[0]->id);
        ASSERT_EQ(posts.size(), 1U);
        EXPECT_EQ(posts[0]->pilot_epci, e.siren);
    }
    // So the whole population is covered on 30 June 2021.
    std::int64_t covered = 0;
    for (const auto& e : d.epcis()) {
        for (const auto* c : d.conventions_covering(e.siren)) {
            if (c->active_on(ctg::parse_date("2021-06-30"))) {
                covered += e.population.inhabitants;
                break;
            }
        }
    }
    EXPECT_EQ(covered, 351'778);
}

TEST(builtin_dataset, provenance_kinds) {
    const auto& d = charente();
    for (const auto& e : d.epcis()) {
        EXPECT_EQ(e.provenance.kind, ctg::evidence::public_source);
        EXPECT_EQ(e.population.provenance.kind, ctg::evidence::public_source);
        EXPECT_EQ(e.population.provenance.cited.url,
                  "https://www.npmjs.com/package/@etalab/decoupage-administratif/v/1.1.1");
    }
    for (const auto& c : d.conventions()) {
        EXPECT_EQ(c.term_provenance.kind, ctg::evidence::illustrative);
        EXPECT_EQ(c.provenance.kind, ctg::evidence::illustrative);
        for (const auto& a : c.amendments) {
            EXPECT_EQ(a.provenance.kind, ctg::evidence::illustrative);
        }
    }
    for (const auto& p : d.posts()) {
        EXPECT_EQ(p.fte_provenance.kind, ctg::evidence::source_document);
        EXPECT_NE(p.fte_provenance.cited.document.find("30 juin 2021"), std::string::npos);
        for (const auto& e : p.expenses) {
            EXPECT_EQ(e.provenance.kind, ctg::evidence::illustrative);
        }
        for (const auto& c : p.coordinators) {
            EXPECT_EQ(c.provenance.kind, ctg::evidence::illustrative);
            EXPECT_FALSE(c.name.has_value());  // pseudonymous
        }
    }
    for (const auto& r : d.referents()) {
        EXPECT_EQ(r.provenance.kind, ctg::evidence::illustrative);
    }
}

TEST(builtin_dataset, illustrative_values_vary_for_the_analysis) {
    const auto& d = charente();
    // Terms end between 2022 and 2025 (after prolongations), with some prolongations.
    std::set<int> end_years;
    int prolonged = 0;
    for (const auto& c : d.conventions()) {
        end_years.insert(static_cast<int>(c.latest_known_term().last_day().year()));
        prolonged += c.latest_known_end() != c.term.end() ? 1 : 0;
    }
    EXPECT_EQ(*end_years.begin(), 2022);
    EXPECT_EQ(*end_years.rbegin(), 2025);
    EXPECT_GE(prolonged, 2);
    // 2021 expenses for all, 2022 for some; some above 48,000 € per FTE, some under.
    int with_2022 = 0;
    int above = 0;
    int under = 0;
    for (const auto& p : d.posts()) {
        const auto* e = p.expense_for(2021);
        ASSERT_NE(e, nullptr) << p.id;
        with_2022 += p.expense_for(2022) != nullptr ? 1 : 0;
        // expense / fte vs 48,000 €, in exact integers: cents * 10^4 vs 4,800,000 *
        // ten-thousandths.
        const auto lhs = e->amount.cents() * ctg::fte::scale;
        const auto rhs = std::int64_t{4'800'000} * p.contracted_fte.ten_thousandths();
        (lhs > rhs ? above : under) += 1;
    }
    EXPECT_GT(with_2022, 0);
    EXPECT_LT(with_2022, 9);
    EXPECT_GE(above, 2);
    EXPECT_GE(under, 2);
    // 2 to 3 referents, each following some conventions.
    EXPECT_EQ(d.referents().size(), 3U);
    std::map<std::string, int> per_referent;
    for (const auto& c : d.conventions()) {
        ASSERT_TRUE(c.referent_id.has_value());
        ++per_referent[*c.referent_id];
    }
    EXPECT_EQ(per_referent.size(), 3U);
    // At least one post held by two coordinators at once.
    const bool shared = std::any_of(d.posts().begin(), d.posts().end(),
                                    [](const auto& p) { return p.coordinators.size() >= 2; });
    EXPECT_TRUE(shared);
}

TEST(builtin_dataset, known_warnings) {
    // Rouillacais: no parentalité (Cnaf minimum); Val de Charente's coordinator: no training day;
    // then the incomplete illustrative evaluations (unanswered cells, on purpose).
    const auto& w = charente().warnings();
    ASSERT_EQ(w.size(), 6U);
    EXPECT_EQ(w[0].field, "conventions[8].themes");
    EXPECT_EQ(w[1].field, "posts[7].coordinators[0].training_days");
    EXPECT_EQ(w[2].field, "evaluations[3].answers");  // Cœur de Charente 2021: 2 cells
    EXPECT_EQ(w[2].value, "1.6 education, 3.9 famille");
    EXPECT_EQ(w[2].param("missing"), "2");
    EXPECT_EQ(w[2].param("total"), "86");
    EXPECT_EQ(w[3].field, "evaluations[6].answers");  // Lavalette 2021: the ETP (5.1)
    EXPECT_EQ(w[3].value, "5.1");
    EXPECT_EQ(w[4].field, "evaluations[7].answers");  // Val de Charente 2021: section 4 and 5.3
    EXPECT_TRUE(w[4].value.starts_with("4.1 famille")) << w[4].value;
    EXPECT_EQ(w[4].param("missing"), "16");
    EXPECT_EQ(w[5].field, "evaluations[12].answers");  // Rouillacais 2022: 1 cell
    EXPECT_EQ(w[5].value, "2.6 education");
}

TEST(builtin_dataset, round_trip_is_identical) {
    const std::string first = ctg::to_json(charente());
    const auto reloaded = ctg::load_dataset_json(first, "round trip");
    const std::string second = ctg::to_json(reloaded);
    EXPECT_EQ(first, second);
    EXPECT_EQ(reloaded.parts().epcis, charente().parts().epcis);
    EXPECT_EQ(reloaded.parts().conventions, charente().parts().conventions);
    EXPECT_EQ(reloaded.parts().posts, charente().parts().posts);
    EXPECT_EQ(reloaded.parts().evaluations, charente().parts().evaluations);
    EXPECT_EQ(reloaded.warnings(), charente().warnings());
    EXPECT_EQ(first.back(), '\n');
}

TEST(builtin_dataset, loaded_once_from_several_threads) {
    std::vector<const ctg::dataset*> seen(8, nullptr);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < seen.size(); ++i) {
        threads.emplace_back([&seen, i] { seen[i] = &ctg::builtin_dataset("charente-2021"); });
    }
    for (auto& t : threads) {
        t.join();
    }
    for (const auto* p : seen) {
        EXPECT_EQ(p, seen[0]);
    }
}

std::string embedded_charente_text() {
    for (const auto& file : ctg::detail::embedded_files()) {
        if (file.category == "datasets" && file.name == "charente-2021") {
            return std::string(file.contents);
        }
    }
    ADD_FAILURE() << "no embedded dataset charente-2021";
    return {};
}

std::vector<ctg::error_detail> dataset_errors(const std::string& text) {
    try {
        (void)ctg::load_dataset_json(text, "test.json");
    } catch (const ctg::error& e) {
        return e.details();
    }
    return {};
}

// The FTE of Grand Angoulême (first post) as a derived or read value, with and without the
// member its kind requires.
const std::string fte_evidence = R"("fte_provenance": {
        "evidence": "source document",)";

std::string with_fte_evidence(const std::string& replacement) {
    std::string text = embedded_charente_text();
    const auto at = text.find(fte_evidence);
    EXPECT_NE(at, std::string::npos);
    return at == std::string::npos ? text : text.replace(at, fte_evidence.size(), replacement);
}

TEST(builtin_dataset, derived_and_reading_provenances_carry_their_reasoning) {
    const auto derived = ctg::load_dataset_json(with_fte_evidence(R"("fte_provenance": {
        "evidence": "derived", "derivation": "1 + 1.5",)"),
                                                "test.json");
    EXPECT_EQ(derived.posts()[0].fte_provenance.kind, ctg::evidence::derived);
    EXPECT_EQ(derived.posts()[0].fte_provenance.derivation, "1 + 1.5");
    // The writer keeps it.
    EXPECT_NE(ctg::to_json(derived).find(R"("derivation": "1 + 1.5")"), std::string::npos);

    const auto missing = dataset_errors(with_fte_evidence(R"("fte_provenance": {
        "evidence": "derived",)"));
    ASSERT_EQ(missing.size(), 1U);
    EXPECT_EQ(missing[0].field, "posts[0].fte_provenance.derivation");
    EXPECT_EQ(missing[0].code, "provenance.derivation_missing");

    const auto no_alternative = dataset_errors(with_fte_evidence(R"("fte_provenance": {
        "evidence": "reading",)"));
    ASSERT_EQ(no_alternative.size(), 1U);
    EXPECT_EQ(no_alternative[0].field, "posts[0].fte_provenance.alternative");
}

TEST(builtin_dataset, embedded_file_is_canonical) {
    for (const auto& file : ctg::detail::embedded_files()) {
        if (file.category == "datasets") {
            SCOPED_TRACE(std::string(file.name));
            EXPECT_EQ(ctg::to_json(ctg::builtin_dataset(file.name)), std::string(file.contents));
        }
    }
}

}  // namespace
