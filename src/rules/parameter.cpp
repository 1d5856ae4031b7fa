// SPDX-License-Identifier: MIT
#include <ctg/core/enum_names.hpp>
#include <ctg/core/error.hpp>
#include <ctg/rules/parameter.hpp>

#include <algorithm>
#include <array>
#include <numeric>
#include <utility>

namespace ctg {

namespace {

constexpr std::array<enum_name<unit>, 4> unit_names{{
    {unit::eur, "eur"},
    {unit::eur_per_fte, "eur_per_fte"},
    {unit::percent, "percent"},
    {unit::share, "share"},
}};

bool is_amount_unit(unit u) noexcept { return u == unit::eur || u == unit::eur_per_fte; }

std::string end_text(const std::optional<date>& end) { return end ? to_iso(*end) : "…"; }

/// The value as text whatever the unit (used when the value does not match the unit).
std::string raw_value_text(const parameter_value& v) {
    if (const auto* m = std::get_if<money>(&v)) {
        return m->to_plain();
    }
    return std::get<rate>(v).to_percent_string();
}

}  // namespace

std::string_view to_string(unit u) noexcept { return name_of(unit_names, u); }

unit parse_unit(std::string_view text, std::string_view field) {
    return parse_name(unit_names, text, field);
}

std::string segment::span_text() const { return "[" + to_iso(start) + ", " + end_text(end) + ")"; }

parameter::parameter(std::string name, unit u, localized_text label, std::vector<segment> segments)
    : name_(std::move(name)), unit_(u), label_(std::move(label)) {
    std::vector<error_detail> problems;
    const std::string base = "parameters." + name_;
    const auto path = [&](std::size_t i, std::string_view field) {
        return base + ".segments[" + std::to_string(i) + "]." + std::string(field);
    };
    if (name_.empty()) {
        problems.push_back(error_detail::of("value.empty", "parameters", ""));
    }
    if (segments.empty()) {
        problems.push_back(error_detail::of("parameter.no_segment", base + ".segments", "[]"));
    }
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const segment& s = segments[i];
        const bool holds_money = std::holds_alternative<money>(s.value);
        if (holds_money != is_amount_unit(u)) {
            problems.push_back(error_detail::of(
                is_amount_unit(u) ? "parameter.value.not_amount" : "parameter.value.not_rate",
                path(i, "value"), raw_value_text(s.value), {{"unit", std::string(to_string(u))}}));
        }
        if (s.end && *s.end <= s.start) {
            problems.push_back(error_detail::of("parameter.segment.end_not_after_start",
                                                path(i, "end"), to_iso(*s.end),
                                                {{"start", to_iso(s.start)}}));
        }
    }
    // Sort by start (indices keep the caller's numbering for the error paths).
    std::vector<std::size_t> order(segments.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return segments[a].start < segments[b].start;
    });
    for (std::size_t k = 0; k + 1 < order.size(); ++k) {
        const std::size_t i = order[k];
        const std::size_t j = order[k + 1];
        const segment& a = segments[i];
        const segment& b = segments[j];
        const std::string before = "segments[" + std::to_string(i) + "] " + a.span_text();
        if (a.end && *a.end <= a.start) {
            continue;  // already reported: its end says nothing about the next segment
        }
        if (!a.end) {
            problems.push_back(error_detail::of(
                "parameter.segment.open_not_last", path(i, "end"), "null",
                {{"segment", before},
                 {"next", "segments[" + std::to_string(j) + "] " + b.span_text()}}));
        } else if (*a.end > b.start) {
            problems.push_back(error_detail::of("parameter.segment.overlap", path(j, "start"),
                                                to_iso(b.start),
                                                {{"end", to_iso(*a.end)}, {"segment", before}}));
        } else if (*a.end < b.start) {
            problems.push_back(error_detail::of("parameter.segment.gap", path(j, "start"),
                                                to_iso(b.start),
                                                {{"end", to_iso(*a.end)}, {"segment", before}}));
        }
    }
    if (!problems.empty()) {
        throw validation_error("parameter " + name_, std::move(problems));
    }
    segments_.reserve(segments.size());
    for (const std::size_t i : order) {
        segments_.push_back(std::move(segments[i]));
    }
}

const segment& parameter::at(date d) const {
    // Segments are sorted and contiguous: the candidate is the last one starting on or before d.
    auto it = std::upper_bound(segments_.begin(), segments_.end(), d,
                               [](date day, const segment& s) { return day < s.start; });
    if (it != segments_.begin()) {
        --it;
        if (it->contains(d)) {
            return *it;
        }
    }
    throw out_of_range_value(error_detail::of("parameter.date_not_covered", "parameters." + name_,
                                              to_iso(d), {{"coverage", coverage_text()}}));
}

std::string parameter::coverage_text() const {
    if (segments_.empty()) {
        return "(none)";
    }
    return "[" + to_iso(segments_.front().start) + ", " + end_text(segments_.back().end) + ")";
}

std::string parameter::value_text(const segment& s) const {
    if (const auto* m = std::get_if<money>(&s.value)) {
        return m->to_plain();
    }
    const rate r = std::get<rate>(s.value);
    return unit_ == unit::share ? r.to_share_string() : r.to_percent_string();
}

}  // namespace ctg
