// SPDX-License-Identifier: MIT
// Checks of evaluations against the posts they evaluate, and of a dataset's list of evaluations
// against its grids and posts. The checks against the grid are in
// src/referentiel/evaluation_check.cpp.
#include "referentiel/check_evaluation.hpp"
#include <ctg/core/date.hpp>
#include <ctg/core/error.hpp>
#include <ctg/model/post_evaluations.hpp>

#include <algorithm>
#include <chrono>
#include <map>
#include <string>
#include <tuple>
#include <utility>

namespace ctg {

namespace {

using detail::at_index;
using detail::first_day;
using detail::join;

/// `cc-1 2019-01-14 →; lr-2 2019-09-02 → 2021-08-31` (in no language: a message parameter).
std::string activity_of(const coordination_post& post) {
    std::string out;
    for (const auto& c : post.coordinators) {
        out += (out.empty() ? "" : "; ") + c.id + " " + to_iso(c.start) + " →";
        if (c.end) {
            out += " " + to_iso(previous_day(*c.end));
        }
    }
    return out;
}

}  // namespace

bool post_active_in_year(const coordination_post& post, int year) noexcept {
    if (post.coordinators.empty()) {
        return true;  // no known activity: nothing to check
    }
    const date first = first_day(year);
    const date next = first_day(year + 1);
    for (const auto& c : post.coordinators) {
        if (c.start < next && (!c.end || first < *c.end)) {
            return true;
        }
    }
    return false;
}

evaluation_check validate_evaluation(const evaluation& e, const grid& g,
                                     const coordination_post* post, std::string_view path) {
    if (post == nullptr) {
        return detail::check_evaluation(e, g, nullptr, path);
    }
    detail::evaluated_post facts{post->id, true, ""};
    if (e.year >= 1900 && e.year <= 9999 && !post_active_in_year(*post, e.year)) {
        facts.active_in_year = false;
        facts.activity = activity_of(*post);
    }
    return detail::check_evaluation(e, g, &facts, path);
}

void require_valid(const evaluation& e, const grid& g, const coordination_post* post) {
    auto check = validate_evaluation(e, g, post);
    if (!check.ok()) {
        throw validation_error("evaluation " + e.describe(), std::move(check.errors));
    }
}

evaluations_check validate_evaluations(std::span<const evaluation> evaluations,
                                       std::span<const coordination_post> posts,
                                       std::span<const grid> grids, std::string_view path) {
    evaluations_check out;
    std::map<std::tuple<std::string, int, std::string>, std::size_t> seen;
    const std::string base(path);
    for (std::size_t i = 0; i < evaluations.size(); ++i) {
        const evaluation& e = evaluations[i];
        const std::string p = at_index(base, i);
        const grid* g = nullptr;
        bool id_known = false;
        for (const auto& candidate : grids) {
            if (candidate.id() == e.grid_id) {
                id_known = true;
                if (candidate.version() == e.grid_version) {
                    g = &candidate;
                    break;
                }
            }
        }
        if (g == nullptr) {
            g = find_builtin_grid(e.grid_id, e.grid_version);
        }
        if (g == nullptr) {
            std::string versions;
            for (const auto& candidate : grids) {
                if (candidate.id() == e.grid_id) {
                    versions +=
                        (versions.empty() ? "" : ", ") + std::to_string(candidate.version());
                }
            }
            for (const auto& id : builtin_grid_ids()) {
                if (id == e.grid_id) {
                    id_known = true;
                    versions +=
                        (versions.empty() ? "" : ", ") + std::to_string(builtin_grid(id).version());
                }
            }
            if (id_known) {
                out.errors.push_back(error_detail::of(
                    "evaluation.grid_version.unknown", join(p, "grid_version"),
                    std::to_string(e.grid_version), {{"grid", e.grid_id}, {"known", versions}}));
            } else {
                std::string known;
                for (const auto& candidate : grids) {
                    known += (known.empty() ? "" : ", ") + candidate.id();
                }
                for (const auto& id : builtin_grid_ids()) {
                    known += (known.empty() ? "" : ", ") + id;
                }
                out.errors.push_back(error_detail::of("evaluation.grid.unknown", join(p, "grid"),
                                                      e.grid_id, {{"known", known}}));
            }
        }
        const coordination_post* post = nullptr;
        for (const auto& candidate : posts) {
            if (candidate.id == e.post_id) {
                post = &candidate;
                break;
            }
        }
        if (post == nullptr && !e.post_id.empty()) {
            std::string known;
            for (const auto& candidate : posts) {
                known += (known.empty() ? "" : ", ") + candidate.id;
            }
            out.errors.push_back(error_detail::of("evaluation.post.unknown", join(p, "post_id"),
                                                  e.post_id,
                                                  {{"known", known.empty() ? "-" : known}}));
        }
        const auto [it, first] = seen.emplace(std::make_tuple(e.post_id, e.year, e.grid_id), i);
        if (!first) {
            out.errors.push_back(error_detail::of("evaluation.repeated", p, e.describe(),
                                                  {{"first", at_index(base, it->second)},
                                                   {"post", e.post_id},
                                                   {"year", std::to_string(e.year)}}));
        }
        if (g == nullptr) {
            out.checks.emplace_back();
            continue;
        }
        if (post != nullptr) {
            for (std::size_t k = 0; k < e.coordinators.size(); ++k) {
                const std::string& id = e.coordinators[k];
                const bool known = std::any_of(post->coordinators.begin(), post->coordinators.end(),
                                               [&](const coordinator& c) { return c.id == id; });
                if (!known) {
                    out.errors.push_back(error_detail::of(
                        "evaluation.coordinator.unknown", at_index(join(p, "coordinators"), k), id,
                        {{"post", post->id}, {"known", activity_of(*post)}}));
                }
            }
        }
        auto check = validate_evaluation(e, *g, post, p);
        out.errors.insert(out.errors.end(), check.errors.begin(), check.errors.end());
        const auto warnings = check.incompleteness(p);
        out.warnings.insert(out.warnings.end(), warnings.begin(), warnings.end());
        out.checks.push_back(std::move(check));
    }
    return out;
}

}  // namespace ctg
