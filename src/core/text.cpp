// SPDX-License-Identifier: MIT
#include <ctg/core/enum_names.hpp>
#include <ctg/core/error.hpp>
#include <ctg/core/provenance.hpp>
#include <ctg/core/text.hpp>

#include <array>

namespace ctg {

namespace {

constexpr std::array<enum_name<language>, 2> language_names{{
    {language::fr, "fr"},
    {language::en, "en"},
}};
constexpr std::array<enum_name<evidence>, 4> evidence_names{{
    {evidence::source_document, "source document"},
    {evidence::public_source, "public source"},
    {evidence::illustrative, "illustrative"},
    {evidence::scenario, "scenario"},
}};

}  // namespace

std::string_view to_string(language lang) noexcept { return name_of(language_names, lang); }

language parse_language(std::string_view text, std::string_view field) {
    return parse_name(language_names, text, field);
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

std::string_view to_string(evidence e) noexcept { return name_of(evidence_names, e); }

evidence parse_evidence(std::string_view text, std::string_view field) {
    return parse_name(evidence_names, text, field);
}

}  // namespace ctg
