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

using detail::at_index;
using detail::first_day;
using detail::join;

/// The parameters of message grid.item.unknown: the grid and its first and last items.
std::vector<message_param> item_range(const grid& g) {
    const auto& secs = g.sections();
    const bool some = !secs.empty() && !secs.front().items.empty() && !secs.back().items.empty();
    return {{"grid", g.key()},
            {"first", some ? secs.front().items.front().id : ""},
            {"last", some ? secs.back().items.back().id : ""}};
}

std::string policy_ids(const grid& g) {
    std::string out;
    for (const auto& p : g.policies()) {
        out += (out.empty() ? "" : ", ") + std::string(to_string(p.policy));
    }
    return out;
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

}  // namespace

std::vector<error_detail> evaluation_check::incompleteness(std::string_view path) const {
    std::vector<error_detail> out;
    for (const auto& f : missing_fields) {
        out.push_back(error_detail::of(f == "filled_by" ? "evaluation.incomplete.filled_by"
                                                        : "evaluation.incomplete.filled_on",
                                       join(path, f), ""));
    }
    if (!missing.empty()) {
        std::string cells;
        for (std::size_t i = 0; i < missing.size() && i < 10; ++i) {
            cells += (i == 0 ? "" : ", ") + missing[i].to_string();
        }
        if (missing.size() > 10) {
            cells += ", …";
        }
        out.push_back(error_detail::of("evaluation.incomplete.answers", join(path, "answers"),
                                       cells,
                                       {{"missing", std::to_string(missing.size())},
                                        {"total", std::to_string(expected_cells)}}));
    }
    return out;
}

namespace detail {

evaluation_check check_evaluation(const evaluation& e, const grid& g, const evaluated_post* post,
                                  std::string_view path) {
    evaluation_check out;
    auto& errors = out.errors;
    const auto add = [&](std::string_view code, std::string field, std::string value,
                         std::vector<message_param> params = {}) {
        errors.push_back(
            error_detail::of(code, std::move(field), std::move(value), std::move(params)));
    };

    bool same_grid = true;
    if (e.grid_id != g.id()) {
        add("evaluation.grid.mismatch", join(path, "grid"), e.grid_id, {{"grid", g.id()}});
        same_grid = false;
    } else if (e.grid_version != g.version()) {
        add("evaluation.grid_version.mismatch", join(path, "grid_version"),
            std::to_string(e.grid_version),
            {{"version", std::to_string(g.version())}, {"grid", g.id()}});
        same_grid = false;
    }
    if (e.post_id.empty()) {
        add("evaluation.post_id.missing", join(path, "post_id"), "");
    } else if (post != nullptr && post->id != e.post_id) {
        add("evaluation.post_id.mismatch", join(path, "post_id"), e.post_id,
            {{"post", std::string(post->id)}});
    }
    if (e.year < first_year || e.year > last_year) {
        add("year.range", join(path, "year"), std::to_string(e.year),
            {{"low", std::to_string(first_year)}, {"high", std::to_string(last_year)}});
    } else {
        if (post != nullptr && !post->active_in_year) {
            add("evaluation.year.inactive", join(path, "year"), std::to_string(e.year),
                {{"post", std::string(post->id)}, {"activity", post->activity}});
        }
        if (e.filled_on && *e.filled_on < first_day(e.year)) {
            add("evaluation.filled_on.before_year", join(path, "filled_on"), to_iso(*e.filled_on),
                {{"first_day", to_iso(first_day(e.year))}, {"year", std::to_string(e.year)}});
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
            add("grid.item.unknown", ap + ".item", a.item_id, item_range(g));
            continue;
        }
        bool policy_ok = true;
        if (item->kind == item_kind::per_policy) {
            if (!a.policy) {
                add("evaluation.policy.missing", ap + ".policy", "",
                    {{"accepted", policy_ids(g)}, {"item", item->id}});
                policy_ok = false;
            } else if (!g.has_policy(*a.policy)) {
                add("evaluation.policy.unknown", ap + ".policy", std::string(to_string(*a.policy)),
                    {{"grid", g.key()}, {"accepted", policy_ids(g)}});
                policy_ok = false;
            }
        } else if (a.policy) {
            add("evaluation.policy.unexpected", ap + ".policy", std::string(to_string(*a.policy)),
                {{"item", item->id}});
            policy_ok = false;
        }
        if (a.kind != expected_kind(item->kind)) {
            const std::string field = ap + "." + std::string(to_string(a.kind));
            switch (item->kind) {
                case item_kind::per_policy:
                    add("evaluation.answer.expected_level", field, a.value_text(),
                        {{"accepted", g.scale().accepted_codes()}, {"item", item->id}});
                    break;
                case item_kind::yes_no:
                    add("evaluation.answer.expected_yes_no", field, a.value_text(),
                        {{"item", item->id}});
                    break;
                case item_kind::number:
                    add("evaluation.answer.expected_number", field, a.value_text(),
                        {{"decimals", std::to_string(item->decimals)}, {"item", item->id}});
                    break;
            }
        } else if (a.kind == answer_kind::level && !g.scale().accepts(a.level)) {
            add("evaluation.level.unknown", ap + ".level", a.level,
                {{"scale", g.scale().id}, {"accepted", g.scale().accepted_codes()}});
        } else if (a.kind == answer_kind::number && a.number.decimals() > item->decimals) {
            add("evaluation.number.decimals", ap + ".number", a.number.to_string(),
                {{"decimals", std::to_string(item->decimals)}, {"item", item->id}});
        }
        if (!policy_ok) {
            continue;
        }
        const auto [it, first] = answered.emplace(a.cell(), i);
        if (!first) {
            add("evaluation.answer.repeated", ap, a.cell().to_string(),
                {{"first", at_index("answers", it->second)}, {"cell", a.cell().to_string()}});
        }
    }
    std::map<std::string, std::size_t, std::less<>> commented;
    for (std::size_t i = 0; i < e.comments.size(); ++i) {
        const item_comment& c = e.comments[i];
        const std::string cp = at_index(join(path, "comments"), i);
        if (g.find_item(c.item_id) == nullptr) {
            add("grid.item.unknown", cp + ".item", c.item_id, item_range(g));
            continue;
        }
        const auto [it, first] = commented.emplace(c.item_id, i);
        if (!first) {
            add("evaluation.comment.repeated", cp + ".item", c.item_id,
                {{"first", at_index("comments", it->second)}, {"item", c.item_id}});
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
