// SPDX-License-Identifier: MIT
// Checks of evaluations against their grid (and, for src/model/post_evaluations.cpp, facts about
// the post). Errors carry paths relative to the evaluation (`answers[3].level`), so that a
// dataset loader can prefix `evaluations[i]`.
#include "referentiel/check_evaluation.hpp"
#include <ctg/core/error.hpp>
#include <ctg/referentiel/evaluation_check.hpp>

#include <chrono>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>

namespace ctg {

namespace {

std::string join(std::string_view path, std::string_view key) {
    return path.empty() ? std::string(key) : std::string(path) + "." + std::string(key);
}

std::string at_index(const std::string& path, std::size_t i) {
    return path + "[" + std::to_string(i) + "]";
}

date first_day(int year) {
    return date{std::chrono::year{year}, std::chrono::January, std::chrono::day{1}};
}

std::string item_ids(const grid& g) {
    const auto& secs = g.sections();
    if (secs.empty() || secs.front().items.empty() || secs.back().items.empty()) {
        return "";
    }
    return " (" + secs.front().items.front().id + " to " + secs.back().items.back().id + ")";
}

std::string policy_ids(const grid& g) {
    std::string out;
    for (const auto& p : g.policies()) {
        out += (out.empty() ? "" : ", ") + std::string(to_string(p.policy));
    }
    return out;
}

std::string_view kind_phrase(item_kind k) noexcept {
    switch (k) {
        case item_kind::per_policy:
            return "a mission assessed per policy";
        case item_kind::yes_no:
            return "a yes/no question";
        case item_kind::number:
            return "a number";
    }
    return "";
}

answer_kind expected_kind(item_kind k) noexcept {
    switch (k) {
        case item_kind::per_policy:
            return answer_kind::level;
        case item_kind::yes_no:
            return answer_kind::yes_no;
        case item_kind::number:
            return answer_kind::number;
    }
    return answer_kind::level;
}

std::string expected_answer(const grid& g, const grid_item& item) {
    switch (item.kind) {
        case item_kind::per_policy:
            return "a level (key \"level\"): " + g.scale().accepted_codes();
        case item_kind::yes_no:
            return "a yes/no answer (key \"yes_no\"): true or false";
        case item_kind::number:
            return "a number (key \"number\") with at most " + std::to_string(item.decimals) +
                   " decimal(s)";
    }
    return "";
}

}  // namespace

std::vector<error_detail> evaluation_check::incompleteness(std::string_view path) const {
    std::vector<error_detail> out;
    for (const auto& f : missing_fields) {
        out.push_back({join(path, f), "",
                       f == "filled_by" ? "who filled the grid (incomplete evaluation)"
                                        : "when the grid was filled (incomplete evaluation)"});
    }
    if (!missing.empty()) {
        std::string cells;
        for (std::size_t i = 0; i < missing.size() && i < 10; ++i) {
            cells += (i == 0 ? "" : ", ") + missing[i].to_string();
        }
        if (missing.size() > 10) {
            cells += ", …";
        }
        out.push_back({join(path, "answers"),
                       std::to_string(missing.size()) + " of " + std::to_string(expected_cells) +
                           " cells unanswered: " + cells,
                       "an answer for every cell of the grid (incomplete evaluation, not an "
                       "error)"});
    }
    return out;
}

namespace detail {

evaluation_check check_evaluation(const evaluation& e, const grid& g, const evaluated_post* post,
                                  std::string_view path) {
    evaluation_check out;
    auto& errors = out.errors;
    const auto add = [&](std::string field, std::string value, std::string expected) {
        errors.push_back({std::move(field), std::move(value), std::move(expected)});
    };

    bool same_grid = true;
    if (e.grid_id != g.id()) {
        add(join(path, "grid"), e.grid_id, "grid " + g.id() + " (the grid it is checked against)");
        same_grid = false;
    } else if (e.grid_version != g.version()) {
        add(join(path, "grid_version"), std::to_string(e.grid_version),
            "version " + std::to_string(g.version()) + " of grid " + g.id() +
                " (a filled grid is read only against the version it fills)");
        same_grid = false;
    }
    if (e.post_id.empty()) {
        add(join(path, "post_id"), "", "the identifier of the coordination post evaluated");
    } else if (post != nullptr && post->id != e.post_id) {
        add(join(path, "post_id"), e.post_id, "post " + std::string(post->id));
    }
    if (e.year < 1900 || e.year > 9999) {
        add(join(path, "year"), std::to_string(e.year), "a calendar year from 1900 to 9999");
    } else {
        if (post != nullptr && !post->active_in_year) {
            add(join(path, "year"), std::to_string(e.year),
                "a year in which a coordinator held post " + std::string(post->id) + " (" +
                    post->activity + ")");
        }
        if (e.filled_on && *e.filled_on < first_day(e.year)) {
            add(join(path, "filled_on"), to_iso(*e.filled_on),
                "a date on or after " + to_iso(first_day(e.year)) + ": year " +
                    std::to_string(e.year) + " cannot be evaluated before it starts");
        }
    }
    if (e.filled_by.empty()) {
        out.missing_fields.emplace_back("filled_by");
    }
    if (!e.filled_on) {
        out.missing_fields.emplace_back("filled_on");
    }
    const auto cells = g.cells();
    out.expected_cells = cells.size();
    if (!same_grid) {
        return out;  // items of another grid or version cannot be read against this one
    }

    std::map<grid_cell, std::size_t> answered;  // cell -> first answer index
    for (std::size_t i = 0; i < e.answers.size(); ++i) {
        const answer& a = e.answers[i];
        const std::string ap = at_index(join(path, "answers"), i);
        const grid_item* item = g.find_item(a.item_id);
        if (item == nullptr) {
            add(ap + ".item", a.item_id, "an item of grid " + g.key() + item_ids(g));
            continue;
        }
        bool policy_ok = true;
        if (item->kind == item_kind::per_policy) {
            if (!a.policy) {
                add(ap + ".policy", "",
                    "a policy column (" + policy_ids(g) + "): item " + item->id +
                        " is assessed per policy");
                policy_ok = false;
            } else if (!g.has_policy(*a.policy)) {
                add(ap + ".policy", std::string(to_string(*a.policy)),
                    "a policy column of grid " + g.key() + ": " + policy_ids(g));
                policy_ok = false;
            }
        } else if (a.policy) {
            add(ap + ".policy", std::string(to_string(*a.policy)),
                "no policy: item " + item->id + " is " + std::string(kind_phrase(item->kind)));
            policy_ok = false;
        }
        if (a.kind != expected_kind(item->kind)) {
            add(ap + "." + std::string(to_string(a.kind)), a.value_text(),
                expected_answer(g, *item) + ": item " + item->id + " is " +
                    std::string(kind_phrase(item->kind)));
        } else if (a.kind == answer_kind::level && !g.scale().accepts(a.level)) {
            add(ap + ".level", a.level,
                "a code of scale " + g.scale().id + ": " + g.scale().accepted_codes());
        } else if (a.kind == answer_kind::number && a.number.decimals() > item->decimals) {
            add(ap + ".number", a.number.to_string(),
                "a number with at most " + std::to_string(item->decimals) + " decimal(s) (item " +
                    item->id + ")");
        }
        if (!policy_ok) {
            continue;
        }
        const auto [it, first] = answered.emplace(a.cell(), i);
        if (!first) {
            add(ap, a.cell().to_string(),
                "one answer per cell: " + at_index("answers", it->second) + " already answers " +
                    a.cell().to_string());
        }
    }
    std::map<std::string, std::size_t, std::less<>> commented;
    for (std::size_t i = 0; i < e.comments.size(); ++i) {
        const item_comment& c = e.comments[i];
        const std::string cp = at_index(join(path, "comments"), i);
        if (g.find_item(c.item_id) == nullptr) {
            add(cp + ".item", c.item_id, "an item of grid " + g.key() + item_ids(g));
            continue;
        }
        const auto [it, first] = commented.emplace(c.item_id, i);
        if (!first) {
            add(cp + ".item", c.item_id,
                "one comment per item: " + at_index("comments", it->second) +
                    " already comments item " + c.item_id);
        }
    }
    for (const auto& c : cells) {
        if (answered.contains(c)) {
            ++out.answered_cells;
        } else {
            out.missing.push_back(c);
        }
    }
    return out;
}

}  // namespace detail

evaluation_check validate_evaluation(const evaluation& e, const grid& g, std::string_view path) {
    return detail::check_evaluation(e, g, nullptr, path);
}

void require_valid(const evaluation& e, const grid& g) {
    auto check = validate_evaluation(e, g);
    if (!check.ok()) {
        throw validation_error("evaluation " + e.describe(), std::move(check.errors));
    }
}

}  // namespace ctg
