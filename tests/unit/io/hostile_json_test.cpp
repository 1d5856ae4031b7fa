// SPDX-License-Identifier: MIT
// The four JSON loaders (dataset, evaluations, rulebook, grid) on hostile texts: nesting far
// deeper than any format needs, a number no double can hold, bytes that are not UTF-8. Each
// gives a validation_error with a location and a message of valid UTF-8, never a crash.
#include <ctg/core/error.hpp>
#include <ctg/io/dataset_json.hpp>
#include <ctg/io/evaluation_json.hpp>
#include <ctg/referentiel/grid.hpp>
#include <ctg/rules/rulebook.hpp>

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

namespace {

/// The loaders, each reading `text` and throwing on bad input.
const std::vector<std::pair<std::string, std::function<void(const std::string&)>>>& loaders() {
    static const std::vector<std::pair<std::string, std::function<void(const std::string&)>>> all{
        {"dataset", [](const std::string& t) { (void)ctg::load_dataset_json(t, "d.json"); }},
        {"evaluations",
         [](const std::string& t) { (void)ctg::load_evaluations_json(t, "e.json"); }},
        {"rulebook", [](const std::string& t) { (void)ctg::load_rulebook_json(t, "r.json"); }},
        {"grid", [](const std::string& t) { (void)ctg::load_grid_json(t, "g.json"); }},
    };
    return all;
}

/// The details of the validation_error `load(text)` throws (none when it does not throw one).
std::vector<ctg::error_detail> details_of(const std::function<void(const std::string&)>& load,
                                          const std::string& text) {
    try {
        load(text);
    } catch (const ctg::validation_error& e) {
        return e.details();
    }
    return {};
}

/// Whether `text` is valid UTF-8 in its structure (a reference check written independently of
/// the library's: lead byte, then the right count of continuation bytes).
bool valid_utf8(const std::string& text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t n = c < 0x80              ? 1
                              : (c & 0xE0U) == 0xC0 ? 2
                              : (c & 0xF0U) == 0xE0 ? 3
                              : (c & 0xF8U) == 0xF0 ? 4
                                                    : 0;
        if (n == 0 || i + n > text.size()) {
            return false;
        }
        for (std::size_t k = 1; k < n; ++k) {
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0U) != 0x80) {
                return false;
            }
        }
        i += n;
    }
    return true;
}

}  // namespace

TEST(hostile_json, nesting_100000_deep_is_refused_at_the_depth_limit) {
    // Before: the recursive dump of the value for the message overflowed the stack (SIGSEGV).
    const std::string deep =
        R"({"id": )" + std::string(100'000, '[') + std::string(100'000, ']') + "}";
    for (const auto& [name, load] : loaders()) {
        const auto details = details_of(load, deep);
        ASSERT_EQ(details.size(), 1U) << name;
        EXPECT_EQ(details[0].code, "json.too_deep") << name;
        EXPECT_EQ(details[0].param("limit"), "64") << name;
        // The path names where the limit was met: id, then 63 nested arrays.
        std::string path = "id";
        for (int k = 0; k < 63; ++k) {
            path += "[0]";
        }
        EXPECT_EQ(details[0].field, path) << name;
    }
    // 63 levels is within the limit: the loader reads on and names what is wrong instead.
    const std::string shallow = R"({"id": )" + std::string(62, '[') + std::string(62, ']') + "}";
    for (const auto& [name, load] : loaders()) {
        for (const auto& d : details_of(load, shallow)) {
            EXPECT_NE(d.code, "json.too_deep") << name;
        }
    }
}

TEST(hostile_json, a_number_no_double_holds_is_named_with_its_path) {
    // Before: nlohmann's out_of_range escaped every handler (an internal error).
    for (const auto& [name, load] : loaders()) {
        const auto details = details_of(load, R"({"format": "x", "id": {"a": [1, 1e400]}})");
        ASSERT_EQ(details.size(), 1U) << name;
        EXPECT_EQ(details[0].code, "json.number_range") << name;
        EXPECT_EQ(details[0].field, "id.a[1]") << name;
        EXPECT_EQ(details[0].value, "1e400") << name;
    }
}

TEST(hostile_json, bytes_that_are_not_utf8_are_quoted_as_escapes) {
    // A Latin-1 "Angoulême" (0xEA) inside a JSON string: nlohmann refuses it; the message
    // quotes the text around it with the byte written \xEA, valid UTF-8 for Python to decode.
    const std::string latin1 = "{\"name\": \"Angoul\xEAme\"}";
    for (const auto& [name, load] : loaders()) {
        const auto details = details_of(load, latin1);
        ASSERT_FALSE(details.empty()) << name;
        EXPECT_EQ(details[0].code, "json.syntax") << name;
        EXPECT_NE(details[0].value.find("Angoul\\xEA"), std::string::npos) << details[0].value;
        for (const auto& d : details) {
            EXPECT_TRUE(valid_utf8(d.field + d.value + d.expected)) << name;
        }
    }
    // UTF-16 (a byte order mark and NUL bytes): refused with valid UTF-8 too.
    const std::string utf16("\xFF\xFE{\0\"\0", 6);
    for (const auto& [name, load] : loaders()) {
        const auto details = details_of(load, utf16);
        ASSERT_FALSE(details.empty()) << name;
        EXPECT_TRUE(valid_utf8(details[0].value)) << name;
    }
}

TEST(hostile_json, a_nul_byte_is_refused_not_an_end_of_input) {
    // Before: nlohmann stopped at a raw NUL, so a whole document followed by NUL and anything
    // loaded (a dataset + "\0{garbage" was valid).
    const std::string dataset = ctg::to_json(ctg::builtin_dataset("charente-2021"));
    const std::string text = dataset + std::string(1, '\0') + "{garbage";
    const auto details = details_of(loaders()[0].second, text);
    ASSERT_EQ(details.size(), 1U);
    EXPECT_EQ(details[0].code, "json.syntax");
    EXPECT_EQ(details[0].param("byte"), std::to_string(dataset.size() + 1));
    EXPECT_NE(details[0].value.find("\\x00{garbage"), std::string::npos) << details[0].value;
}

TEST(hostile_json, a_control_character_in_a_text_is_refused_at_its_path) {
    // Before: a name with U+000B loaded, then the HTML report's SVG could not be parsed (exit 70).
    std::string text = ctg::to_json(ctg::builtin_dataset("charente-2021"));
    const std::string name = "\"CA du Grand Angoulême\"";
    text.replace(text.find(name), name.size(), "\"CA du Grand\\u000bAngoulême\"");
    const auto details = details_of(loaders()[0].second, text);
    ASSERT_EQ(details.size(), 1U);
    EXPECT_EQ(details[0].code, "text.control_character");
    EXPECT_EQ(details[0].field, "epcis[0].name");
    EXPECT_EQ(details[0].value, "CA du Grand\\x0BAngoulême");  // shown, never sent to a terminal
}
