// SPDX-License-Identifier: MIT
#include <ctg/core/enum_names.hpp>
#include <ctg/core/error.hpp>
#include <ctg/referentiel/evaluation_check.hpp>
#include <ctg/referentiel/year_comparison.hpp>

#include <algorithm>
#include <array>
#include <string>

namespace ctg {

namespace {

constexpr std::array<enum_name<cell_trend>, 6> cell_trend_names{{
    {cell_trend::improved, "improved"},
    {cell_trend::regressed, "regressed"},
    {cell_trend::unchanged, "unchanged"},
    {cell_trend::changed, "changed"},
    {cell_trend::newly_answered, "newly_answered"},
    {cell_trend::no_longer_answered, "no_longer_answered"},
}};

}  // namespace

std::string_view to_string(cell_trend t) noexcept { return name_of(cell_trend_names, t); }

std::optional<exact_ratio> section_trend::delta() const {
    const auto b = before.ratio();
    const auto a = after.ratio();
    if (!a || !b) {
        return std::nullopt;
    }
    return *a - *b;
}

std::vector<cell_change> year_comparison::with(cell_trend t) const {
    std::vector<cell_change> out;
    std::copy_if(changes.begin(), changes.end(), std::back_inserter(out),
                 [&](const cell_change& c) { return c.trend == t; });
    return out;
}

std::size_t year_comparison::count(cell_trend t) const noexcept {
    return static_cast<std::size_t>(std::count_if(
        changes.begin(), changes.end(), [&](const cell_change& c) { return c.trend == t; }));
}

namespace {

/// A rank on one line for levels and yes/no answers; none for numbers and not-applicable.
std::optional<std::size_t> rank(const answer& a, const grid& g) {
    switch (a.kind) {
        case answer_kind::level:
            return g.scale().rank_of(a.level);
        case answer_kind::yes_no:
            return a.yes ? 1U : 0U;
        case answer_kind::number:
            return std::nullopt;
    }
    return std::nullopt;
}

cell_trend trend_of(const answer& before, const answer& after, const grid& g) {
    if (before == after) {
        return cell_trend::unchanged;
    }
    const auto rb = rank(before, g);
    const auto ra = rank(after, g);
    if (!rb || !ra) {
        return cell_trend::changed;  // a number, or a cell that became (not) applicable
    }
    if (*ra == *rb) {
        return cell_trend::unchanged;
    }
    return *ra > *rb ? cell_trend::improved : cell_trend::regressed;
}

}  // namespace

year_comparison compare_years(const evaluation& earlier, const evaluation& later, const grid& g) {
    if (earlier.post_id != later.post_id) {
        throw invalid_value(error_detail::of("comparison.post.differs", "post_id", later.post_id,
                                             {{"post", earlier.post_id}}));
    }
    if (earlier.grid_id != later.grid_id || earlier.grid_version != later.grid_version) {
        throw invalid_value(error_detail::of(
            "comparison.grid.differs", "grid_version",
            later.grid_id + " v" + std::to_string(later.grid_version),
            {{"grid", earlier.grid_id}, {"version", std::to_string(earlier.grid_version)}}));
    }
    if (earlier.year >= later.year) {
        throw invalid_value(error_detail::of("comparison.year.not_after", "year",
                                             std::to_string(later.year),
                                             {{"year", std::to_string(earlier.year)}}));
    }
    const auto before = score_evaluation(earlier, g);
    const auto after = score_evaluation(later, g);

    year_comparison out;
    out.post_id = later.post_id;
    out.grid_id = later.grid_id;
    out.grid_version = later.grid_version;
    out.from_year = earlier.year;
    out.to_year = later.year;
    out.overall_before = before.overall;
    out.overall_after = after.overall;
    for (std::size_t i = 0; i < g.sections().size(); ++i) {
        out.sections.push_back(
            {g.sections()[i].id, before.sections[i].achieved, after.sections[i].achieved});
    }
    for (const auto& cell : g.cells()) {
        const answer* b = earlier.find_answer(cell);
        const answer* a = later.find_answer(cell);
        if (b == nullptr && a == nullptr) {
            continue;
        }
        cell_change ch;
        ch.cell = cell;
        if (b != nullptr) {
            ch.before = b->value_text();
        }
        if (a != nullptr) {
            ch.after = a->value_text();
        }
        ch.trend = b == nullptr   ? cell_trend::newly_answered
                   : a == nullptr ? cell_trend::no_longer_answered
                                  : trend_of(*b, *a, g);
        out.changes.push_back(std::move(ch));
    }
    return out;
}

}  // namespace ctg
