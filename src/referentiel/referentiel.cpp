// SPDX-License-Identifier: MIT
// Look-ups in a référentiel. Its JSON loader and the built-in registry are in
// src/io/referentiel_json.cpp.
#include <ctg/referentiel/referentiel.hpp>

namespace ctg {

const activity* referentiel::find_activity(std::string_view activity_id) const noexcept {
    for (const auto& a : activities) {
        if (a.id == activity_id) {
            return &a;
        }
    }
    return nullptr;
}

const thematic_field* referentiel::find_thematic_field(std::string_view field_id) const noexcept {
    for (const auto& f : thematic_fields) {
        if (f.id == field_id) {
            return &f;
        }
    }
    return nullptr;
}

const expectation* referentiel::find_expectation(std::string_view expectation_id) const noexcept {
    for (const auto& e : expectations) {
        if (e.id == expectation_id) {
            return &e;
        }
    }
    return nullptr;
}

}  // namespace ctg
