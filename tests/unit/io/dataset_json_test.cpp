// SPDX-License-Identifier: MIT
// Loading datasets from JSON: every bad input of issue 3 has its own test, asserting the
// exception type, the JSON path and the value in the message.
#include "support/test_support.hpp"
#include <ctg/core/error.hpp>
#include <ctg/io/dataset_json.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <stdexcept>
#include <string>

namespace {

using ctg_test::with;

std::filesystem::path data_dir() { return ctg_test::data_path("dataset"); }

std::string minimal() { return ctg_test::data_file("dataset/minimal.json"); }

/// Loads `text`, expecting a ctg::validation_error (also a std::invalid_argument) whose details
/// include `field` with `value`, and whose message quotes both.
ctg::error_detail expect_error(const std::string& text, const std::string& field,
                               const std::string& value) {
    return ctg_test::expect_validation_error(
        [&] { (void)ctg::load_dataset_json(text, "bad.json"); }, field, value, "bad.json");
}

TEST(dataset_json_bad_input, invalid_siren) {
    const auto d =
        expect_error(with(minimal(), R"("siren": "241600303")", R"("siren": "241600304")"),
                     "epcis[1].siren", "241600304");
    EXPECT_EQ(d.expected, "a SIREN of 9 digits with a valid Luhn key");
}

TEST(dataset_json_bad_input, invalid_siren_in_a_reference) {
    expect_error(with(minimal(), R"("pilot_epci": "200071827")", R"("pilot_epci": "20007182")"),
                 "posts[0].pilot_epci", "20007182");
}

TEST(dataset_json_bad_input, invalid_insee_code) {
    const auto d = expect_error(with(minimal(), R"("insee": "16102")", R"("insee": "16AB2")"),
                                "epcis[0].communes[1].insee", "16AB2");
    EXPECT_NE(d.expected.find("INSEE"), std::string::npos);
}

TEST(dataset_json_bad_input, duplicate_epci) {
    const auto d =
        expect_error(with(minimal(), R"("siren": "241600303")", R"("siren": "200071827")"),
                     "epcis[1].siren", "200071827");
    EXPECT_NE(d.expected.find("epcis[0].siren"), std::string::npos);
}

TEST(dataset_json_bad_input, duplicate_convention_id) {
    expect_error(with(minimal(), R"("id": "ctg-b")", R"("id": "ctg-a")"), "conventions[1].id",
                 "ctg-a");
}

TEST(dataset_json_bad_input, duplicate_coordinator_id) {
    expect_error(with(minimal(), R"("id": "c-3")", R"("id": "c-1")"), "posts[0].coordinators[2].id",
                 "c-1");
}

TEST(dataset_json_bad_input, duplicate_commune_code) {
    expect_error(with(minimal(), R"("insee": "16102")", R"("insee": "16015")"),
                 "epcis[0].communes[1].insee", "16015");
}

TEST(dataset_json_bad_input, unknown_territory) {
    expect_error(with(minimal(), R"(        "epcis": [
          "241600303")",
                      R"(        "epcis": [
          "200070514")"),
                 "conventions[1].territories.epcis[0]", "200070514");
}

TEST(dataset_json_bad_input, unknown_pilot_epci) {
    expect_error(with(minimal(), R"("pilot_epci": "200071827")", R"("pilot_epci": "200070514")"),
                 "posts[0].pilot_epci", "200070514");
}

TEST(dataset_json_bad_input, unknown_convention) {
    expect_error(with(minimal(), R"("convention": "ctg-a")", R"("convention": "ctg-z")"),
                 "posts[0].convention", "ctg-z");
}

TEST(dataset_json_bad_input, unknown_referent) {
    expect_error(with(minimal(), R"("referent": "ccd-x")", R"("referent": "ccd-y")"),
                 "conventions[0].referent", "ccd-y");
}

TEST(dataset_json_bad_input, missing_required_field) {
    const auto d = expect_error(with(minimal(), R"(      "name": "CTG A",
)",
                                     ""),
                                "conventions[0].name", "");
    EXPECT_NE(d.expected.find("required"), std::string::npos);
}

TEST(dataset_json_bad_input, missing_required_object) {
    auto text = minimal();
    const auto from = text.find(R"(      "population": {)");
    const auto to = text.find(R"(      "communes": [)");
    text.erase(from, to - from);
    expect_error(text, "epcis[0].population", "");
}

TEST(dataset_json_bad_input, number_where_text_is_required) {
    const auto d = expect_error(with(minimal(), R"("name": "CTG A")", R"("name": 12)"),
                                "conventions[0].name", "12");
    EXPECT_NE(d.expected.find("text"), std::string::npos);
}

TEST(dataset_json_bad_input, text_where_a_number_is_required) {
    const auto d =
        expect_error(with(minimal(), R"("commune_count": 13)", R"("commune_count": "13")"),
                     "epcis[1].commune_count", "13");
    EXPECT_EQ(d.code, "json.expected.integer");
}

TEST(dataset_json_bad_input, amount_as_json_float) {
    const auto d = expect_error(with(minimal(), R"("amount": "70000.00")", R"("amount": 70000.5)"),
                                "posts[0].expenses[0].amount", "70000.5");
    EXPECT_EQ(d.expected,
              "a string such as \"38400.00\"; numbers are refused so that no value passes "
              "through a float");
}

TEST(dataset_json_bad_input, amount_as_json_integer) {
    expect_error(with(minimal(), R"("caf_cofinancing": "7500.00")", R"("caf_cofinancing": 7500)"),
                 "conventions[0].diagnostic.caf_cofinancing", "7500");
}

TEST(dataset_json_bad_input, fte_as_json_float) {
    const auto d =
        expect_error(with(minimal(), R"("contracted_fte": "1.5")", R"("contracted_fte": 1.5)"),
                     "posts[0].contracted_fte", "1.5");
    EXPECT_NE(d.expected.find("numbers are refused"), std::string::npos);
}

TEST(dataset_json_bad_input, malformed_amount_text) {
    expect_error(with(minimal(), R"("amount": "70000.00")", R"("amount": "70000.001")"),
                 "posts[0].expenses[0].amount", "70000.001");
}

TEST(dataset_json_bad_input, unknown_theme_without_local_marker) {
    const auto d = expect_error(with(minimal(), R"("acces_aux_droits")", R"("bien vieillir")"),
                                "conventions[0].themes[3]", "bien vieillir");
    EXPECT_NE(d.expected.find("local:"), std::string::npos);
}

TEST(dataset_json_bad_input, local_theme_with_marker_is_accepted) {
    const auto d = ctg::load_dataset_json(
        with(minimal(), R"("acces_aux_droits")", R"("local:bien vieillir")"), "t");
    EXPECT_TRUE(d.conventions()[0].themes[3].is_local());
}

TEST(dataset_json_bad_input, unknown_role_without_local_marker) {
    expect_error(with(minimal(), R"("role": "caf")", R"("role": "association")"),
                 "conventions[0].signatories[0].role", "association");
}

TEST(dataset_json_bad_input, local_role_with_marker_is_accepted) {
    const auto d = ctg::load_dataset_json(
        with(minimal(), R"("role": "caf")", R"("role": "local:association")"), "t");
    EXPECT_EQ(d.conventions()[0].signatories[0].role.local_label(), "association");
}

TEST(dataset_json_bad_input, impossible_date) {
    expect_error(with(minimal(), R"("date": "2020-02-04")", R"("date": "2021-02-30")"),
                 "conventions[0].governance[0].meetings[0].date", "2021-02-30");
}

TEST(dataset_json_bad_input, not_json) {
    // The value is the text around the byte where it stops being JSON (20 bytes either side).
    const auto d =
        expect_error("Bonjour, ceci n'est pas du JSON", "(root)", "Bonjour, ceci n'est ");
    EXPECT_EQ(d.code, "json.syntax");
    EXPECT_EQ(d.param("byte"), "1");
}

TEST(dataset_json_bad_input, truncated_file) {
    const std::string text = minimal();
    const std::string half = text.substr(0, text.size() / 2);
    try {
        (void)ctg::load_dataset_json(half, "half.json");
        FAIL() << "loaded";
    } catch (const ctg::validation_error& e) {
        ASSERT_EQ(e.details().size(), 1U);
        EXPECT_EQ(e.detail().field, "(root)");
        EXPECT_EQ(e.detail().code, "json.truncated");
        EXPECT_EQ(e.detail().param("byte"), std::to_string(half.size())) << e.what();
    }
}

TEST(dataset_json_bad_input, empty_text) {
    const auto d = expect_error("", "(root)", "");
    EXPECT_EQ(d.code, "json.truncated");
    EXPECT_EQ(d.param("byte"), "0");
}

TEST(dataset_json_bad_input, another_format_version) {
    const auto d = expect_error(with(minimal(), R"("ctg.dataset/1")", R"("ctg.dataset/2")"),
                                "format", "ctg.dataset/2");
    EXPECT_NE(d.expected.find("\"ctg.dataset/1\""), std::string::npos);
}

TEST(dataset_json_bad_input, missing_format) {
    expect_error(with(minimal(), R"("format": "ctg.dataset/1",)", ""), "format", "");
}

TEST(dataset_json_bad_input, not_an_object) { expect_error("[1, 2]", "(root)", "[…] (2)"); }

TEST(dataset_json_bad_input, unknown_key) {
    const auto d = expect_error(
        with(minimal(), R"("convention": "ctg-a",)", R"("convention": "ctg-a", "colour": "blue",)"),
        "posts[0].colour", "colour");
    EXPECT_NE(d.expected.find("pilot_epci"), std::string::npos);
}

TEST(dataset_json_bad_input, repeated_key) {
    expect_error(with(minimal(), R"("convention": "ctg-a",)",
                      R"("convention": "ctg-a", "convention": "ctg-b",)"),
                 "posts[0].convention", "convention");
}

TEST(dataset_json_bad_input, evaluations_are_read_and_checked) {
    // Evaluations may be given (tests/unit/io/dataset_evaluations_test.cpp has the details);
    // an empty object is read by the evaluations reader, its missing keys at their paths.
    EXPECT_NO_THROW((void)ctg::load_dataset_json(
        with(minimal(), R"("posts": [)", R"("evaluations": [], "posts": [)"), "t"));
    const auto d =
        expect_error(with(minimal(), R"("posts": [)", R"("evaluations": [{}], "posts": [)"),
                     "evaluations[0].post_id", "");
    EXPECT_NE(d.expected.find("required"), std::string::npos);
}

TEST(dataset_json_bad_input, several_errors_reported_together) {
    auto text = minimal();
    text = with(text, R"("siren": "241600303")", R"("siren": "241600304")");
    text = with(text, R"("acces_aux_droits")", R"("seniors")");
    text = with(text, R"("amount": "70000.00")", R"("amount": 70000.0)");
    text = with(text, R"("convention": "ctg-a")", R"("convention": "ctg-z")");
    text = with(text, R"("date": "2020-02-04")", R"("date": "2020-13-01")");
    try {
        (void)ctg::load_dataset_json(text, "many.json");
        FAIL() << "loaded";
    } catch (const ctg::validation_error& e) {
        std::vector<std::string> fields;
        for (const auto& d : e.details()) {
            fields.push_back(d.field);
        }
        for (const char* expected :
             {"epcis[1].siren", "conventions[0].themes[3]", "posts[0].expenses[0].amount",
              "posts[0].convention", "conventions[0].governance[0].meetings[0].date"}) {
            EXPECT_NE(std::find(fields.begin(), fields.end(), expected), fields.end())
                << expected << " missing in\n"
                << e.what();
        }
        // No consequence is reported twice: the bad SIREN is not also "empty".
        EXPECT_EQ(std::count(fields.begin(), fields.end(), "epcis[1].siren"), 1) << e.what();
        EXPECT_NE(std::string(e.what()).find("many.json"), std::string::npos);
    }
}

TEST(dataset_json_bad_input, a_wrongly_typed_element_is_reported_once) {
    // epcis[1] is not an object: no cascade of "missing key" errors under it.
    auto text = minimal();
    const auto from = text.find(R"(    {
      "siren": "241600303")");
    const auto to = text.find("  ],\n  \"conventions\"");
    text.replace(from, to - from, "    42\n");
    try {
        (void)ctg::load_dataset_json(text, "t");
        FAIL();
    } catch (const ctg::validation_error& e) {
        std::size_t under = 0;
        for (const auto& d : e.details()) {
            if (d.field.starts_with("epcis[1]")) {
                ++under;
            }
        }
        EXPECT_EQ(under, 1U) << e.what();
    }
}

TEST(dataset_json, file_loading_and_unreadable_file) {
    const auto d = ctg::load_dataset_file(data_dir() / "minimal.json");
    EXPECT_EQ(d.id(), "test-minimal");
    try {
        (void)ctg::load_dataset_file(data_dir() / "no-such-file.json");
        FAIL();
    } catch (const ctg::invalid_value& e) {
        EXPECT_NE(e.detail().value.find("no-such-file.json"), std::string::npos);
    }
}

TEST(dataset_json, writer_is_canonical_for_the_fixture) {
    const std::string text = minimal();
    const auto d = ctg::load_dataset_json(text, "t");
    EXPECT_EQ(ctg::to_json(d), text);
}

TEST(dataset_json, round_trip_keeps_every_value) {
    const auto first = ctg::load_dataset_json(minimal(), "t");
    const auto second = ctg::load_dataset_json(ctg::to_json(first), "t");
    EXPECT_EQ(first.parts().epcis, second.parts().epcis);
    EXPECT_EQ(first.parts().conventions, second.parts().conventions);
    EXPECT_EQ(first.parts().posts, second.parts().posts);
    EXPECT_EQ(ctg::to_json(second), ctg::to_json(first));
}

namespace {

/// The second EPCI of minimal.json with populations of 2018 and `second_year` besides its 2021.
std::string with_other_populations(int second_year) {
    return with(minimal(), R"("inhabitants": 9842,
        "year": 2021,
        "provenance": {
          "evidence": "illustrative"
        }
      },)",
                R"("inhabitants": 9842,
        "year": 2021,
        "provenance": {
          "evidence": "illustrative"
        }
      },
      "other_populations": [
        {"inhabitants": 9790, "year": 2018, "provenance": {"evidence": "illustrative"}},
        {"inhabitants": 9800, "year": )" +
                    std::to_string(second_year) + R"(, "provenance": {"evidence": "illustrative"}}
      ],)");
}

}  // namespace

TEST(dataset_json, other_populations_are_read_and_written_back) {
    const auto d = ctg::load_dataset_json(with_other_populations(2019), "t");
    const auto& e = d.epcis()[1];
    ASSERT_EQ(e.other_populations.size(), 2U);
    EXPECT_EQ(e.other_populations[0].inhabitants, 9'790);
    EXPECT_EQ(e.other_populations[1].reference_year, 2019);
    EXPECT_EQ(e.population_on(ctg::parse_date("2021-06-30")).inhabitants, 9'790);
    EXPECT_EQ(e.population_on(ctg::parse_date("2022-06-30")).inhabitants, 9'800);
    EXPECT_EQ(e.population_on(ctg::parse_date("2024-06-30")).inhabitants, 9'842);
    const auto again = ctg::load_dataset_json(ctg::to_json(d), "t");
    EXPECT_EQ(again.epcis(), d.epcis());
    // Without other populations, no key is written (minimal.json round-trips byte for byte).
    EXPECT_EQ(ctg::to_json(ctg::load_dataset_json(minimal(), "t")).find("other_populations"),
              std::string::npos);
}

TEST(dataset_json_bad_input, a_population_year_given_twice) {
    // 2021 is the year of `population`: a second population of 2021 would make the population
    // of a date ambiguous.
    const auto d =
        expect_error(with_other_populations(2021), "epcis[1].other_populations[1].year", "2021");
    EXPECT_EQ(d.code, "value.repeated");
    EXPECT_EQ(d.param("first"), "epcis[1].population");
}

TEST(dataset_json, french_amounts_are_read_and_written_plain) {
    const auto d = ctg::load_dataset_json(
        with(minimal(), R"("amount": "70000.00")", R"("amount": "70 000,00 €")"), "t");
    EXPECT_EQ(d.post_at("post-a").expense_for(2021)->amount.cents(), 7'000'000);
    EXPECT_NE(ctg::to_json(d).find(R"("amount": "70000.00")"), std::string::npos);
}

TEST(dataset_json, ends_are_last_days_included) {
    const auto d = ctg::load_dataset_json(minimal(), "t");
    const auto& c = d.convention_at("ctg-a");
    EXPECT_EQ(ctg::to_iso(c.term.start()), "2019-01-01");
    EXPECT_EQ(ctg::to_iso(c.term.end()), "2023-01-01");  // first day outside
    const auto& co = d.post_at("post-a").coordinators[1];
    ASSERT_TRUE(co.end.has_value());
    EXPECT_EQ(ctg::to_iso(*co.end), "2021-09-01");
}

TEST(dataset_json_bad_input, every_truncation_is_a_validation_error) {
    const std::string text = minimal();
    for (std::size_t size = 0; size + 1 < text.size(); size += 13) {
        try {
            (void)ctg::load_dataset_json(text.substr(0, size), "cut.json");
            ADD_FAILURE() << "loaded at size " << size;
        } catch (const ctg::validation_error& e) {
            EXPECT_EQ(e.detail().field, "(root)") << size;
        }
    }
}

TEST(dataset_json_bad_input, every_scalar_replaced_by_null_is_reported_not_crashing) {
    // Replace each string value in turn by null: the loader must report, never crash or build.
    const std::string text = minimal();
    std::size_t count = 0;
    for (std::size_t at = text.find(": \""); at != std::string::npos;
         at = text.find(": \"", at + 1)) {
        const std::size_t end = text.find('"', at + 3);
        std::string changed = text;
        changed.replace(at + 2, end - at - 1, "null");
        try {
            (void)ctg::load_dataset_json(changed, "null.json");
            // null is never accepted, not even for an optional key.
            ADD_FAILURE() << "loaded with null at byte " << at;
        } catch (const ctg::validation_error& e) {
            EXPECT_FALSE(e.details().empty());
        }
        ++count;
    }
    EXPECT_GT(count, 50U);
}

}  // namespace

// Bounds that keep every sum exact (issue: two EPCI of INT64_MAX inhabitants summed to a
// negative population printed as valid; two expenses of 9 × 10^16 € overflowed a total
// that named no post).

TEST(dataset_json_bad_input, a_population_above_the_bound) {
    const auto d = expect_error(
        with(minimal(), R"("inhabitants": 9842)", R"("inhabitants": 9223372036854775807)"),
        "epcis[1].population.inhabitants", "9223372036854775807");
    EXPECT_EQ(d.code, "dataset.population.too_large");
    EXPECT_EQ(d.param("max"), "100000000");
    // The bound itself loads.
    (void)ctg::load_dataset_json(
        with(minimal(), R"("inhabitants": 9842)", R"("inhabitants": 100000000)"), "t");
}

TEST(dataset_json_bad_input, an_expense_above_the_bound_names_its_post) {
    const auto d = expect_error(
        with(minimal(), R"("amount": "70000.00")", R"("amount": "90000000000000000.00")"),
        "posts[0].expenses[0].amount", "90000000000000000.00");
    EXPECT_EQ(d.code, "dataset.post.expense_too_large");
    EXPECT_EQ(d.param("post"), "post-a");
    (void)ctg::load_dataset_json(
        with(minimal(), R"("amount": "70000.00")", R"("amount": "1000000000.00")"), "t");
}

TEST(dataset_json_bad_input, contracted_fte_above_the_bound_names_its_post) {
    const auto d = expect_error(
        with(minimal(), R"("contracted_fte": "1.5")", R"("contracted_fte": "1000000000")"),
        "posts[0].contracted_fte", "1000000000");
    EXPECT_EQ(d.code, "dataset.post.contracted_fte_bound");
    EXPECT_EQ(d.param("post"), "post-a");
}
