// SPDX-License-Identifier: MIT
#include <ctg/core/error.hpp>
#include <ctg/referentiel/rollup.hpp>

#include <map>
#include <string>
#include <utility>

namespace ctg {

const rollup_row* evaluation_rollup::row(std::string_view post_id) const noexcept {
    for (const auto& r : rows) {
        if (r.post_id == post_id) {
            return &r;
        }
    }
    return nullptr;
}

evaluation_rollup roll_up(std::span<const evaluation> evaluations, const grid& g, int year,
                          std::span<const std::string> post_ids) {
    evaluation_rollup out;
    out.grid_id = g.id();
    out.grid_version = g.version();
    out.year = year;
    const std::size_t n_sections = g.sections().size();
    for (const auto& s : g.sections()) {
        out.section_ids.push_back(s.id);
    }
    out.department.assign(n_sections, share{});
    out.department_completeness.assign(n_sections, share{});

    // Cells of each section, so that posts without an evaluation show 0/n completeness.
    std::vector<std::int64_t> cells_per_section;
    std::int64_t all_cells = 0;
    for (const auto& s : g.sections()) {
        std::int64_t n = 0;
        for (const auto& item : s.items) {
            n += static_cast<std::int64_t>(g.cells_of(item).size());
        }
        cells_per_section.push_back(n);
        all_cells += n;
    }
    const auto empty_row = [&](const std::string& post_id) {
        rollup_row r;
        r.post_id = post_id;
        for (std::size_t i = 0; i < n_sections; ++i) {
            r.sections.push_back({{}, {0, cells_per_section[i]}});
        }
        r.completeness = {0, all_cells};
        return r;
    };

    std::map<std::string, std::size_t, std::less<>> row_of;
    for (const auto& id : post_ids) {
        if (row_of.emplace(id, out.rows.size()).second) {
            out.rows.push_back(empty_row(id));
        }
    }
    std::map<std::string, std::size_t, std::less<>> evaluated_by;  // post -> evaluation index
    for (std::size_t i = 0; i < evaluations.size(); ++i) {
        const evaluation& e = evaluations[i];
        if (e.year != year || e.grid_id != g.id() || e.grid_version != g.version()) {
            continue;
        }
        if (const auto [it, first] = evaluated_by.emplace(e.post_id, i); !first) {
            throw invalid_value(
                error_detail::of("rollup.evaluation.repeated",
                                 "evaluations[" + std::to_string(i) + "]", e.describe(),
                                 {{"first", "evaluations[" + std::to_string(it->second) + "]"},
                                  {"post", e.post_id},
                                  {"year", std::to_string(year)}}));
        }
        const evaluation_score s = score_evaluation(e, g);
        auto [it, added] = row_of.emplace(e.post_id, out.rows.size());
        if (added) {
            out.rows.push_back(empty_row(e.post_id));
        }
        rollup_row& r = out.rows[it->second];
        r.evaluated = true;
        for (std::size_t k = 0; k < n_sections; ++k) {
            r.sections[k] = {s.sections[k].achieved, s.sections[k].completeness};
            out.department[k] += s.sections[k].achieved;
            out.department_completeness[k] += s.sections[k].completeness;
        }
        r.overall = s.overall;
        r.completeness = s.completeness;
        out.department_overall += s.overall;
    }
    // Posts listed but not evaluated still count their cells as expected.
    for (const auto& r : out.rows) {
        if (!r.evaluated) {
            for (std::size_t k = 0; k < n_sections; ++k) {
                out.department_completeness[k] += r.sections[k].completeness;
            }
        }
    }
    return out;
}

}  // namespace ctg
