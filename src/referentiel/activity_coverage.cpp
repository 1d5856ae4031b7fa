// SPDX-License-Identifier: MIT
#include <ctg/referentiel/activity_coverage.hpp>
#include <ctg/referentiel/score.hpp>

#include <algorithm>
#include <string>

namespace ctg {

std::vector<const grid_section*> sections_assessing(const grid& g, std::string_view activity_id) {
    std::vector<const grid_section*> out;
    for (const auto& s : g.sections()) {
        if (std::find(s.activities.begin(), s.activities.end(), activity_id) !=
            s.activities.end()) {
            out.push_back(&s);
        }
    }
    return out;
}

std::vector<std::string> activities_without_section(const referentiel& r, const grid& g) {
    std::vector<std::string> out;
    for (const auto& a : r.activities) {
        if (sections_assessing(g, a.id).empty()) {
            out.push_back(a.id);
        }
    }
    return out;
}

std::vector<std::string> activities_not_assessed(const referentiel& r, const grid& g,
                                                 const evaluation& e) {
    const auto section_assessed = [&](const grid_section& s) {
        for (const auto& item : s.items) {
            for (const auto& cell : g.cells_of(item)) {
                if (const answer* a = e.find_answer(cell); a != nullptr && is_applicable(*a, g)) {
                    return true;
                }
            }
        }
        return false;
    };
    std::vector<std::string> out;
    for (const auto& a : r.activities) {
        const auto sections = sections_assessing(g, a.id);
        if (std::none_of(sections.begin(), sections.end(),
                         [&](const grid_section* s) { return section_assessed(*s); })) {
            out.push_back(a.id);
        }
    }
    return out;
}

}  // namespace ctg
