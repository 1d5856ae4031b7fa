// SPDX-License-Identifier: MIT
// The Caf's follow-up of the coordination function: coordinators in post, their training and
// network days, and the evaluations checked against the posts.
#include <ctg/analysis/follow_up.hpp>
#include <ctg/referentiel/grid.hpp>

#include <algorithm>
#include <string>

namespace ctg {

namespace {

std::string post_path(const evaluation& e) {
    return "evaluations[" + e.post_id + " " + std::to_string(e.year) + "]";
}

/// The ETP dedicated an evaluation declares (a number item counted in ETP) against the ETP in
/// post on 31 December of the year evaluated.
void check_dedicated_fte(const evaluation& e, const grid& g, const coordination_post& post, date on,
                         std::vector<error_detail>& warnings) {
    // In post on 31 December, or on the date when it comes first: a later arrival or departure
    // is not known yet.
    const date year_end = std::chrono::year{e.year} / std::chrono::December / std::chrono::day{31};
    const date at = std::min(year_end, on);
    const fte in_post = post.staffed_fte_on(at);
    for (const grid_section& section : g.sections()) {
        for (const grid_item& item : section.items) {
            if (item.kind != item_kind::number || item.unit.fr != "ETP") {
                continue;
            }
            const answer* a = e.find_answer({item.id, std::nullopt});
            if (a == nullptr || a->kind != answer_kind::number ||
                a->number.ten_thousandths() == in_post.ten_thousandths()) {
                continue;
            }
            warnings.push_back(error_detail::of("follow_up.dedicated_fte",
                                                post_path(e) + ".item[" + item.id + "]",
                                                a->number.to_string(),
                                                {{"post", post.id},
                                                 {"year", std::to_string(e.year)},
                                                 {"on", to_iso(at)},
                                                 {"in_post", in_post.to_string()},
                                                 {"contracted", post.contracted_fte.to_string()}}));
        }
    }
}

/// Cells answered « sans objet » for a volet the post covers.
void check_not_applicable(const evaluation& e, const grid& g, const coordination_post& post,
                          std::vector<error_detail>& warnings) {
    for (const answer& a : e.answers) {
        if (a.kind != answer_kind::level || !a.policy || !g.scale().is_not_applicable(a.level)) {
            continue;
        }
        if (std::find(post.volets.begin(), post.volets.end(), *a.policy) == post.volets.end()) {
            continue;
        }
        warnings.push_back(error_detail::of(
            "follow_up.not_applicable_volet",
            post_path(e) + ".item[" + a.item_id + "][" + std::string(to_string(*a.policy)) + "]",
            a.level, {{"post", post.id}, {"volet", std::string(to_string(*a.policy))}}));
    }
}

/// The latest year of an evaluation of `post` covering coordinator `id` known on `on`.
std::optional<int> evaluated_year(const dataset& d, const coordination_post& post,
                                  const std::string& id, date on) {
    std::optional<int> year;
    for (const evaluation& e : d.evaluations()) {
        const bool covers =
            e.coordinators.empty() ||
            std::find(e.coordinators.begin(), e.coordinators.end(), id) != e.coordinators.end();
        if (e.post_id == post.id && covers && e.known_on(on) && (!year || e.year > *year)) {
            year = e.year;
        }
    }
    return year;
}

}  // namespace

follow_up_report caf_follow_up(const dataset& d, date on) {
    follow_up_report r;
    r.dataset_id = d.id();
    r.on = on;
    for (const coordination_post& post : d.posts()) {
        if (!d.convention_at(post.convention_id).active_on(on)) {
            continue;
        }
        const epci* pilot = d.find_epci(post.pilot_epci);
        bool held = false;
        for (const coordinator& c : post.coordinators) {
            if (!c.active_on(on)) {
                continue;
            }
            held = true;
            r.coordinators.push_back({post.id, post.convention_id, post.pilot_epci,
                                      pilot == nullptr ? std::string{} : pilot->name, c.id, c.name,
                                      c.fte, c.start, c.training_days, c.network_days,
                                      evaluated_year(d, post, c.id, on),
                                      evidence_marks::of(c.provenance)});
            r.training_days += c.training_days;
            r.network_days += c.network_days;
            if (c.training_days == 0) {
                ++r.without_training;
            }
        }
        if (!held) {
            r.vacant_posts.push_back(post.id);
        }
    }
    for (const evaluation& e : d.evaluations()) {
        const coordination_post* post = d.find_post(e.post_id);
        const grid* g = find_builtin_grid(e.grid_id, e.grid_version);
        if (post == nullptr || g == nullptr || !e.known_on(on)) {
            continue;  // an unknown post or grid is the dataset validation's to report
        }
        check_dedicated_fte(e, *g, *post, on, r.warnings);
        check_not_applicable(e, *g, *post, r.warnings);
    }
    return r;
}

}  // namespace ctg
