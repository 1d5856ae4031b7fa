// SPDX-License-Identifier: MIT
#include <ctg/core/error.hpp>
#include <ctg/rules/scenario.hpp>

#include <algorithm>
#include <utility>

namespace ctg {

namespace {

constexpr const char* override_syntax = "name=value or name=value@YYYY-MM-DD";

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
    const auto fail = [&](const std::string& what) {
        return invalid_value("override", std::string(text), std::string(override_syntax) + what);
    };
    const auto eq = text.find('=');
    if (eq == std::string_view::npos) {
        throw fail(" (there is no '=')");
    }
    parameter_override out;
    out.parameter = std::string(text.substr(0, eq));
    std::string_view rest = text.substr(eq + 1);
    if (const auto at = rest.rfind('@'); at != std::string_view::npos) {
        const std::string_view day = rest.substr(at + 1);
        try {
            out.from = parse_date(day, "override");
        } catch (const invalid_value&) {
            throw fail(" (\"" + std::string(day) +
                       "\" after '@' is not a calendar date YYYY-MM-DD)");
        }
        rest = rest.substr(0, at);
    }
    out.value = std::string(rest);
    if (out.parameter.empty()) {
        throw fail(" (the parameter name before '=' is empty)");
    }
    if (out.value.empty()) {
        throw fail(" (the value after '=' is empty)");
    }
    return out;
}

rulebook apply_scenario(const rulebook& base, std::string_view name,
                        const std::vector<parameter_override>& overrides) {
    std::vector<error_detail> problems;
    if (name.empty()) {
        problems.push_back({"name", "", "a non-empty scenario name, e.g. plafond-50k"});
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
            problems.push_back({path + ".parameter", o.parameter,
                                "a parameter of rulebook " + base.id() + ": " + known});
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
            problems.push_back({path + ".from", to_iso(from),
                                "a date on or after " + to_iso(first) + ", the first date of " +
                                    it->name() + " " + it->coverage_text()});
            ok = false;
        } else if (segments.back().end && from >= *segments.back().end) {
            problems.push_back({path + ".from", to_iso(from),
                                "a date covered by " + it->name() + ": " + it->coverage_text()});
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
                            base.rule(), std::move(parameters));
        } catch (const ctg::error& e) {
            problems.insert(problems.end(), e.details().begin(), e.details().end());
        }
    }
    throw validation_error("scenario " + id, std::move(problems));
}

}  // namespace ctg
