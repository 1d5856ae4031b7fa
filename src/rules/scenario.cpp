// SPDX-License-Identifier: MIT
#include <ctg/core/error.hpp>
#include <ctg/rules/scenario.hpp>

#include <algorithm>
#include <utility>

namespace ctg {

namespace {

std::string override_text(const parameter_override& o) {
    std::string text = o.parameter + "=" + o.value;
    if (o.from) {
        text += "@" + to_iso(*o.from);
    }
    return text;
}

parameter_value read_value(const parameter& p, const std::string& text, const std::string& field) {
    switch (p.value_unit()) {
        case unit::eur:
        case unit::eur_per_fte:
            return money::parse(text, field);
        case unit::percent:
            return rate::parse(text, rate_notation::percent, field);
        case unit::share:
            return rate::parse(text, rate_notation::share, field);
    }
    return money{};
}

std::vector<segment> with_override(const std::vector<segment>& segments, date from,
                                   parameter_value value, provenance origin) {
    std::vector<segment> out;
    for (const auto& s : segments) {
        if (s.start >= from) {
            continue;  // replaced
        }
        segment kept = s;
        if (!kept.end || *kept.end > from) {
            kept.end = from;  // cut the segment in force on `from`
        }
        out.push_back(std::move(kept));
    }
    out.push_back(segment{from, segments.back().end, std::move(value), std::move(origin)});
    return out;
}

}  // namespace

parameter_override parse_override(std::string_view text) {
    const auto fail = [&](std::string_view code, std::vector<message_param> params = {}) {
        return invalid_value(
            error_detail::of(code, "override", std::string(text), std::move(params)));
    };
    const auto eq = text.find('=');
    if (eq == std::string_view::npos) {
        throw fail("scenario.override.no_equals");
    }
    parameter_override out;
    out.parameter = std::string(text.substr(0, eq));
    std::string_view rest = text.substr(eq + 1);
    if (const auto at = rest.rfind('@'); at != std::string_view::npos) {
        const std::string_view day = rest.substr(at + 1);
        try {
            out.from = parse_date(day, "override");
        } catch (const invalid_value&) {
            throw fail("scenario.override.bad_date", {{"date", std::string(day)}});
        }
        rest = rest.substr(0, at);
    }
    out.value = std::string(rest);
    if (out.parameter.empty()) {
        throw fail("scenario.override.no_name");
    }
    if (out.value.empty()) {
        throw fail("scenario.override.no_value");
    }
    return out;
}

rulebook apply_scenario(const rulebook& base, std::string_view name,
                        const std::vector<parameter_override>& overrides) {
    std::vector<error_detail> problems;
    if (name.empty()) {
        problems.push_back(error_detail::of("scenario.name.empty", "name", ""));
    }
    std::vector<parameter> parameters = base.parameters();
    std::string known;
    for (const auto& p : parameters) {
        known += known.empty() ? "" : ", ";
        known += p.name();
    }
    for (std::size_t i = 0; i < overrides.size(); ++i) {
        const parameter_override& o = overrides[i];
        const std::string path = "overrides[" + std::to_string(i) + "]";
        const auto it = std::find_if(parameters.begin(), parameters.end(),
                                     [&](const parameter& p) { return p.name() == o.parameter; });
        if (it == parameters.end()) {
            problems.push_back(error_detail::of("scenario.parameter.unknown", path + ".parameter",
                                                o.parameter,
                                                {{"rulebook", base.id()}, {"known", known}}));
            continue;
        }
        bool ok = true;
        parameter_value value;
        try {
            value = read_value(*it, o.value, path + ".value");
        } catch (const ctg::error& e) {
            problems.insert(problems.end(), e.details().begin(), e.details().end());
            ok = false;
        }
        const auto& segments = it->segments();
        const date first = segments.front().start;
        const date from = o.from.value_or(first);
        if (from < first) {
            problems.push_back(error_detail::of("scenario.from.before_first", path + ".from",
                                                to_iso(from),
                                                {{"first", to_iso(first)},
                                                 {"parameter", it->name()},
                                                 {"coverage", it->coverage_text()}}));
            ok = false;
        } else if (segments.back().end && from >= *segments.back().end) {
            problems.push_back(
                error_detail::of("scenario.from.not_covered", path + ".from", to_iso(from),
                                 {{"parameter", it->name()}, {"coverage", it->coverage_text()}}));
            ok = false;
        }
        if (!ok) {
            continue;
        }
        const provenance origin{evidence::scenario,
                                source{"scénario " + std::string(name), override_text(o), ""}};
        try {
            *it = parameter(it->name(), it->value_unit(), it->label(),
                            with_override(segments, from, std::move(value), origin));
        } catch (const ctg::error& e) {
            problems.insert(problems.end(), e.details().begin(), e.details().end());
        }
    }
    const std::string id = base.id() + "+" + std::string(name);
    if (problems.empty()) {
        try {
            return rulebook(id, base.label(), base.description(), base.rounding_policy(),
                            base.rule(), std::move(parameters), base.department(), base.methods());
        } catch (const ctg::error& e) {
            problems.insert(problems.end(), e.details().begin(), e.details().end());
        }
    }
    throw validation_error("scenario " + id, std::move(problems));
}

}  // namespace ctg
