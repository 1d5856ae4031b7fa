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

std::size_t utf8_sequence_length(std::string_view text, std::size_t i) noexcept {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) {
        return 1;
    }
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;   // no overlong form
        high = lead == 0xED ? 0x9F : 0xBF;  // no surrogate
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;   // no overlong form
        high = lead == 0xF4 ? 0x8F : 0xBF;  // nothing above U+10FFFF
    } else {
        return 0;
    }
    if (i + length > text.size() || byte(i + 1) < low || byte(i + 1) > high) {
        return 0;
    }
    for (std::size_t k = 2; k < length; ++k) {
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) {
            return 0;
        }
    }
    return length;
}

std::size_t invalid_utf8_at(std::string_view text) noexcept {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) {
            return i;
        }
        i += length;
    }
    return std::string_view::npos;
}

}  // namespace ctg
