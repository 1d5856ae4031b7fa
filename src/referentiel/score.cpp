// SPDX-License-Identifier: MIT
// Scores count cells exactly; ratios are formed only when printed.
#include <ctg/core/error.hpp>
#include <ctg/referentiel/evaluation_check.hpp>
#include <ctg/referentiel/score.hpp>

#include <string>
#include <utility>

namespace ctg {

std::optional<exact_ratio> share::ratio() const {
    if (!defined()) {
        return std::nullopt;
    }
    return exact_ratio(part, whole, "share");
}

std::optional<rounded_decimal> share::percent(ratio_format format) const {
    if (const auto r = ratio()) {
        return r->percent(format);
    }
    return std::nullopt;
}

std::string share::to_fraction() const {
    return std::to_string(part) + "/" + std::to_string(whole);
}

const section_score* evaluation_score::section(std::string_view section_id) const noexcept {
    for (const auto& s : sections) {
        if (s.section_id == section_id) {
            return &s;
        }
    }
    return nullptr;
}

const policy_score* evaluation_score::policy(volet p) const noexcept {
    for (const auto& s : policies) {
        if (s.policy == p) {
            return &s;
        }
    }
    return nullptr;
}

bool is_applicable(const answer& a, const grid& g) noexcept {
    switch (a.kind) {
        case answer_kind::level:
            return g.scale().rank_of(a.level).has_value();
        case answer_kind::yes_no:
            return true;
        case answer_kind::number:
            return false;
    }
    return false;
}

bool is_achieved(const answer& a, const grid& g) noexcept {
    switch (a.kind) {
        case answer_kind::level:
            return g.scale().is_achieved(a.level);
        case answer_kind::yes_no:
            return a.yes;
        case answer_kind::number:
            return false;
    }
    return false;
}

evaluation_score score_evaluation(const evaluation& e, const grid& g) {
    require_valid(e, g);
    evaluation_score out;
    out.grid_id = e.grid_id;
    out.grid_version = e.grid_version;
    out.post_id = e.post_id;
    out.year = e.year;
    for (const auto& p : g.policies()) {
        out.policies.push_back({p.policy, {}, {}});
    }
    for (const auto& sec : g.sections()) {
        section_score ss;
        ss.section_id = sec.id;
        for (const auto& p : g.policies()) {
            ss.policies.push_back({p.policy, {}, {}});
        }
        for (const auto& item : sec.items) {
            for (const auto& cell : g.cells_of(item)) {
                // Counts for one cell, added to each level it belongs to.
                share achieved;
                share completeness{0, 1};
                if (const answer* a = e.find_answer(cell)) {
                    completeness.part = 1;
                    if (is_applicable(*a, g)) {
                        achieved.whole = 1;
                        achieved.part = is_achieved(*a, g) ? 1 : 0;
                    }
                }
                ss.achieved += achieved;
                ss.completeness += completeness;
                out.overall += achieved;
                out.completeness += completeness;
                if (cell.policy) {
                    for (auto* list : {&ss.policies, &out.policies}) {
                        for (auto& ps : *list) {
                            if (ps.policy == *cell.policy) {
                                ps.achieved += achieved;
                                ps.completeness += completeness;
                            }
                        }
                    }
                }
            }
        }
        out.sections.push_back(std::move(ss));
    }
    return out;
}

}  // namespace ctg
