// SPDX-License-Identifier: MIT
#include <ctg/core/error.hpp>
#include <ctg/core/provenance.hpp>
#include <ctg/core/text.hpp>

#include <array>

namespace ctg {

std::string_view to_string(language lang) noexcept { return lang == language::en ? "en" : "fr"; }

language parse_language(std::string_view text, std::string_view field) {
    if (text == "fr") {
        return language::fr;
    }
    if (text == "en") {
        return language::en;
    }
    throw invalid_value(error_detail::of("value.one_of", std::string(field), std::string(text),
                                         {{"accepted", "fr, en"}}));
}

std::string source::to_string() const {
    std::string text = document;
    if (!locator.empty()) {
        text += ", " + locator;
    }
    if (!url.empty()) {
        text += " (" + url + ")";
    }
    return text;
}

namespace {
constexpr std::array<std::string_view, 4> evidence_names{"source document", "public source",
                                                         "illustrative", "scenario"};
}  // namespace

std::string_view to_string(evidence e) noexcept {
    return evidence_names.at(static_cast<std::size_t>(e));
}

evidence parse_evidence(std::string_view text, std::string_view field) {
    for (std::size_t i = 0; i < evidence_names.size(); ++i) {
        if (evidence_names[i] == text) {
            return static_cast<evidence>(i);
        }
    }
    throw invalid_value(
        error_detail::of("value.one_of", std::string(field), std::string(text),
                         {{"accepted", "source document, public source, illustrative, scenario"}}));
}

}  // namespace ctg
