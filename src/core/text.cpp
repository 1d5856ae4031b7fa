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
constexpr std::array<enum_name<evidence>, 6> evidence_names{{
    {evidence::source_document, "source document"},
    {evidence::public_source, "public source"},
    {evidence::illustrative, "illustrative"},
    {evidence::scenario, "scenario"},
    {evidence::derived, "derived"},
    {evidence::reading, "reading"},
}};

std::string member_path(std::string_view path, std::string_view key) {
    return path.empty() ? std::string(key) : std::string(path) + "." + std::string(key);
}

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

namespace ctg {

std::vector<error_detail> check_reasoning(const provenance& p, std::string_view path) {
    std::vector<error_detail> problems;
    // Each reasoning member belongs to one kind: required there, refused elsewhere.
    const auto check = [&](std::string_view key, const std::string& text, evidence owner,
                           std::string_view missing_code) {
        const std::string field = member_path(path, key);
        if (p.kind == owner && text.empty()) {
            problems.push_back(error_detail::of(missing_code, field, ""));
        } else if (p.kind != owner && !text.empty()) {
            problems.push_back(error_detail::of("provenance.reasoning_unexpected", field, text,
                                                {{"evidence", std::string(to_string(p.kind))},
                                                 {"owner", std::string(to_string(owner))}}));
        }
    };
    check("derivation", p.derivation, evidence::derived, "provenance.derivation_missing");
    check("alternative", p.alternative, evidence::reading, "provenance.alternative_missing");
    return problems;
}

bool cites_document(evidence e) noexcept {
    return e != evidence::illustrative && e != evidence::scenario;
}

}  // namespace ctg
