// SPDX-License-Identifier: MIT
// JSON form of rulebooks (`ctg.rulebook/1`): the loader that reports every problem with its path,
// the canonical writer, and the built-in registry. Declared in ctg/rules/rulebook.hpp.
#include "io/builtin_registry.hpp"
#include "io/json_reader.hpp"
#include "rules/rulebook_check.hpp"
#include <ctg/core/error.hpp>
#include <ctg/model/dataset.hpp>
#include <ctg/rules/rulebook.hpp>

#include <nlohmann/json.hpp>

#include <fstream>
#include <functional>
#include <initializer_list>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace ctg {

// ---------------------------------------------------------------------------------------------
// JSON loader

namespace {

// Documents are read with their keys in document order, so that problems are listed in that order.
using json = nlohmann::ordered_json;
using reader = detail::ordered_json_reader;
using detail::join_path;

constexpr std::string_view format_id = "ctg.rulebook/1";

std::optional<localized_text> text_member(reader& r, const json& obj, const std::string& path,
                                          std::string_view key, bool required) {
    const std::string field = join_path(path, key);
    const json* v = r.member(obj, path, key, required);
    if (v == nullptr) {
        return required ? std::nullopt : std::optional<localized_text>(localized_text{});
    }
    if (!r.expect_object(*v, field)) {
        return std::nullopt;
    }
    r.check_keys(*v, field, {"en", "fr"});
    const auto fr = r.string_member(*v, field, "fr", true);
    const auto en = r.string_member(*v, field, "en", false);
    const bool en_bad = v->contains("en") && !en;
    if (!fr || en_bad) {
        return std::nullopt;
    }
    return localized_text{*fr, en.value_or("")};
}

std::optional<source> read_source(reader& r, const json& seg, const std::string& path) {
    const std::string field = join_path(path, "source");
    const json* s = r.member(seg, path, "source", false);
    if (s == nullptr) {
        return source{};
    }
    if (!r.expect_object(*s, field)) {
        return std::nullopt;
    }
    r.check_keys(*s, field, {"document", "locator", "url"});
    const auto document = r.string_member(*s, field, "document", true);
    const auto locator = r.string_member(*s, field, "locator", false);
    const auto url = r.string_member(*s, field, "url", false);
    if (!document || (s->contains("locator") && !locator) || (s->contains("url") && !url)) {
        return std::nullopt;
    }
    return source{*document, locator.value_or(""), url.value_or("")};
}

/// Reads the evidence of a segment or a method: `evidence`, `source`, `derivation` and
/// `alternative`, with the checks of check_reasoning() (the errors go to `r`).
provenance read_provenance(reader& r, const json& obj, const std::string& path) {
    provenance out;
    bool kind_known = false;
    if (const auto evidence_text = r.string_member(obj, path, "evidence", true)) {
        kind_known = r.attempt(
            [&] { out.kind = parse_evidence(*evidence_text, join_path(path, "evidence")); });
    }
    if (const auto src = read_source(r, obj, path)) {
        out.cited = *src;
        const bool needs_source = obj.contains("evidence") && obj["evidence"].is_string() &&
                                  obj["evidence"].get<std::string>() != "illustrative";
        if (needs_source && src->document.empty()) {
            r.add("rulebook.segment.document_missing", join_path(path, "source.document"), "");
        }
    }
    out.derivation = r.string_member(obj, path, "derivation", false).value_or("");
    out.alternative = r.string_member(obj, path, "alternative", false).value_or("");
    if (kind_known) {
        for (error_detail& problem : check_reasoning(out, path)) {
            r.errors.push_back(std::move(problem));
        }
    }
    return out;
}

/// Reads one segment. Returns it when its dates could be read, with a placeholder value of the
/// unit's kind when the value itself could not (the problem is reported), so that the parameter's
/// own checks (order, overlaps, gaps) still run and report with the right indexes.
std::optional<segment> read_segment(reader& r, const json& seg, const std::string& path,
                                    std::optional<unit> u) {
    if (!r.expect_object(seg, path)) {
        return std::nullopt;
    }
    r.check_keys(seg, path,
                 {"alternative", "confirmed_on", "derivation", "end", "evidence", "source", "start",
                  "start_alternative", "value"});
    bool dated = true;
    segment out{};
    if (u == unit::percent || u == unit::share) {
        out.value = rate{};
    }
    if (const auto start = r.string_member(seg, path, "start", true)) {
        dated = r.attempt([&] { out.start = parse_date(*start, join_path(path, "start")); });
    } else {
        dated = false;
    }
    if (const auto it = seg.find("end"); it != seg.end() && !it->is_null()) {
        if (it->is_string()) {
            dated = r.attempt([&] {
                out.end = parse_date(it->get<std::string>(), join_path(path, "end"));
            }) && dated;
        } else {
            r.add("rulebook.segment.end_type", join_path(path, "end"), r.shown(*it));
            dated = false;
        }
    }
    const std::string value_path = join_path(path, "value");
    if (const json* v = r.member(seg, path, "value", true)) {
        if (v->is_number()) {
            r.add("json.number_refused", value_path, r.shown(*v), {{"example", "48000"}});
        } else if (!v->is_string()) {
            r.wrong_type(value_path, *v, "json.expected.string");
        } else if (u) {
            const std::string text = v->get<std::string>();
            r.attempt([&] {
                switch (*u) {
                    case unit::eur:
                    case unit::eur_per_fte: {
                        const money m = money::parse(text, value_path);
                        // Bounded like a dataset's expense, so every product and sum stays
                        // exact, and a typo (48000000000) is named here, not in an overflow.
                        if (m.cents() < 0 || m.cents() > max_expense_euros * 100) {
                            throw invalid_value(
                                error_detail::of("rulebook.amount.range", value_path, text,
                                                 {{"max", std::to_string(max_expense_euros)}}));
                        }
                        out.value = m;
                        break;
                    }
                    case unit::percent:
                        out.value = rate::parse(text, rate_notation::percent, value_path);
                        break;
                    case unit::share:
                        out.value = rate::parse(text, rate_notation::share, value_path);
                        break;
                }
            });
        }
    }
    out.origin = read_provenance(r, seg, path);
    out.start_alternative = r.string_member(seg, path, "start_alternative", false).value_or("");
    if (const auto confirmed = r.string_member(seg, path, "confirmed_on", false)) {
        r.attempt(
            [&] { out.confirmed_on = parse_date(*confirmed, join_path(path, "confirmed_on")); });
    }
    if (!dated) {
        return std::nullopt;
    }
    return out;
}

std::optional<parameter> read_parameter(reader& r, const std::string& name, const json& p,
                                        const std::string& path) {
    if (!r.expect_object(p, path)) {
        return std::nullopt;
    }
    r.check_keys(p, path, {"label", "segments", "unit"});
    const std::size_t before = r.errors.size();
    std::optional<unit> u;
    if (const auto unit_text = r.string_member(p, path, "unit", true)) {
        r.attempt([&] { u = parse_unit(*unit_text, join_path(path, "unit")); });
    }
    const auto label = text_member(r, p, path, "label", true);
    std::vector<segment> segments;
    bool all_dated = true;
    if (!r.each(r.member(p, path, "segments", true), join_path(path, "segments"),
                [&](const json& s, const std::string& s_path) {
                    if (auto read = read_segment(r, s, s_path, u)) {
                        segments.push_back(std::move(*read));
                    } else {
                        all_dated = false;
                    }
                })) {
        all_dated = false;
    }
    const bool complete = r.errors.size() == before && u && label;
    if (!complete && !all_dated) {
        return std::nullopt;  // the timeline cannot be checked with the right indexes
    }
    std::optional<parameter> out;
    // With an unknown unit every value is a placeholder amount: check the timeline as eur.
    r.attempt([&] {
        out.emplace(name, u.value_or(unit::eur), label.value_or(localized_text{}),
                    std::move(segments));
    });
    if (!complete) {
        return std::nullopt;
    }
    return out;
}

std::optional<formula> read_formula(reader& r, const json& root) {
    const std::string path = "formula";
    const json* f = r.member(root, "", "formula", true);
    if (f == nullptr || !r.expect_object(*f, path)) {
        return std::nullopt;
    }
    r.check_keys(*f, path,
                 {"amount_per_fte", "ceiling_on", "ceiling_per_fte", "fte", "kind", "parts",
                  "prorata", "rate"});
    const std::size_t before = r.errors.size();
    formula out;
    if (const auto kind = r.string_member(*f, path, "kind", true)) {
        r.attempt([&] { out.kind = parse_formula_kind(*kind, join_path(path, "kind")); });
    }
    out.amount_per_fte = r.string_member(*f, path, "amount_per_fte", false).value_or("");
    out.rate = r.string_member(*f, path, "rate", false).value_or("");
    if (const auto c = f->find("ceiling_per_fte"); c != f->end() && !c->is_null()) {
        out.ceiling_per_fte = r.string_member(*f, path, "ceiling_per_fte", false);
    }
    if (const auto on = r.string_member(*f, path, "ceiling_on", false)) {
        r.attempt(
            [&] { out.ceiling_on = parse_ceiling_target(*on, join_path(path, "ceiling_on")); });
    }
    if (const auto basis = r.string_member(*f, path, "prorata", false)) {
        r.attempt([&] { out.prorata = parse_prorata_basis(*basis, join_path(path, "prorata")); });
    }
    if (const auto basis = r.string_member(*f, path, "fte", false)) {
        r.attempt([&] { out.fte = parse_fte_basis(*basis, join_path(path, "fte")); });
    }
    r.each(r.member(*f, path, "parts", false), join_path(path, "parts"),
           [&](const json& part, const std::string& part_path) {
               if (!r.expect_object(part, part_path)) {
                   return;
               }
               r.check_keys(part, part_path, {"id", "label", "weight"});
               funding_part fp;
               fp.id = r.string_member(part, part_path, "id", true).value_or("");
               fp.label = text_member(r, part, part_path, "label", true).value_or(localized_text{});
               fp.weight_parameter = r.string_member(part, part_path, "weight", true).value_or("");
               out.parts.push_back(std::move(fp));
           });
    if (r.errors.size() != before) {
        return std::nullopt;
    }
    return out;
}

}  // namespace

rulebook load_rulebook_json(std::string_view text, std::string_view origin) {
    reader r;
    const auto document = r.parse(text);
    if (!document) {
        r.fail(origin);
    }
    const json& root = *document;
    if (!r.expect_object(root, "")) {
        r.fail(origin);
    }
    r.check_keys(root, "",
                 {"department", "description", "format", "formula", "id", "label", "methods",
                  "parameters", "rounding"});
    if (const auto format = r.string_member(root, "", "format", true);
        format && *format != format_id) {
        r.add("json.format", "format", *format, {{"format", std::string(format_id)}});
    }
    const auto id = r.string_member(root, "", "id", true);
    const auto label = text_member(r, root, "", "label", true);
    const auto description = text_member(r, root, "", "description", false);
    const auto department = r.string_member(root, "", "department", false);
    if (department && department->empty()) {
        // Absent means a national rule; an empty code is a mistake, not that.
        r.add("rulebook.department", "department", "");
    }
    rounding policy = rounding::half_away_from_zero;
    if (const auto rounding_text = r.string_member(root, "", "rounding", false)) {
        r.attempt([&] { policy = parse_rounding(*rounding_text, "rounding"); });
    }
    const auto f = read_formula(r, root);

    std::vector<parameter> parameters;
    std::set<std::string, std::less<>> broken;
    if (const json* params = r.member(root, "", "parameters", true);
        params != nullptr && r.expect_object(*params, "parameters")) {
        for (const auto& [name, value] : params->items()) {
            if (auto p = read_parameter(r, name, value, join_path("parameters", name))) {
                parameters.push_back(std::move(*p));
            } else {
                broken.insert(name);
            }
        }
    }
    std::vector<method_origin> methods;
    if (const json* m = r.member(root, "", "methods", false);
        m != nullptr && r.expect_object(*m, "methods")) {
        for (const auto& [name, value] : m->items()) {
            const std::string path = join_path("methods", name);
            if (r.expect_object(value, path)) {
                r.check_keys(value, path, {"alternative", "derivation", "evidence", "source"});
                methods.push_back({name, "", read_provenance(r, value, path)});
            }
        }
    }
    if (f) {
        std::stable_sort(
            parameters.begin(), parameters.end(),
            [](const parameter& a, const parameter& b) { return a.name() < b.name(); });
        auto cross = detail::check_rulebook(id.value_or("?"), *f, parameters, broken);
        r.errors.insert(r.errors.end(), cross.begin(), cross.end());
    }
    if (!r.errors.empty() || !id || !label || !description || !f) {
        if (r.errors.empty()) {
            r.add("rulebook.incomplete", "(root)", "");
        }
        r.fail(origin);
    }
    std::optional<rulebook> out;
    r.attempt([&] {
        out.emplace(*id, *label, *description, policy, *f, std::move(parameters),
                    department.value_or(std::string{}), std::move(methods));
    });
    if (!out) {
        r.fail(origin);
    }
    return std::move(*out);
}

rulebook load_rulebook_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw invalid_value(error_detail::of("file.unreadable", "file", path));
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) {
        throw invalid_value(error_detail::of("file.unreadable", "file", path));
    }
    return load_rulebook_json(buffer.str(), path);
}

// ---------------------------------------------------------------------------------------------
// Canonical writer

namespace {

// The canonical writer sorts keys: nlohmann::json keeps objects in a std::map.
using sorted_json = nlohmann::json;

sorted_json text_json(const localized_text& t) { return sorted_json{{"en", t.en}, {"fr", t.fr}}; }

/// The evidence of `p` as the JSON of a segment or a method writes it.
void write_provenance(sorted_json& js, const provenance& p) {
    js["evidence"] = to_string(p.kind);
    js["source"] = sorted_json{
        {"document", p.cited.document}, {"locator", p.cited.locator}, {"url", p.cited.url}};
    if (!p.derivation.empty()) {
        js["derivation"] = p.derivation;
    }
    if (!p.alternative.empty()) {
        js["alternative"] = p.alternative;
    }
}

std::string canonical_value(const parameter& p, const segment& s) {
    if (const auto* m = std::get_if<money>(&s.value)) {
        return m->to_plain();
    }
    const rate r = std::get<rate>(s.value);
    if (p.value_unit() == unit::share) {
        return r.to_share_string();
    }
    std::string text = r.to_percent_string();  // "62.43 %"
    if (text.ends_with(" %")) {
        text.resize(text.size() - 2);
    }
    return text;
}

}  // namespace

std::string to_json(const rulebook& r) {
    sorted_json root = sorted_json::object();
    root["format"] = format_id;
    root["id"] = r.id();
    root["label"] = text_json(r.label());
    root["description"] = text_json(r.description());
    if (!r.department().empty()) {
        root["department"] = r.department();
    }
    root["rounding"] = to_string(r.rounding_policy());

    const formula& f = r.rule();
    sorted_json jf = sorted_json::object();
    jf["kind"] = to_string(f.kind);
    if (!f.amount_per_fte.empty()) {
        jf["amount_per_fte"] = f.amount_per_fte;
    }
    if (!f.rate.empty()) {
        jf["rate"] = f.rate;
    }
    if (f.ceiling_per_fte) {
        jf["ceiling_per_fte"] = *f.ceiling_per_fte;
    }
    if (f.ceiling_per_fte || f.ceiling_on != ceiling_target::expense) {
        jf["ceiling_on"] = to_string(f.ceiling_on);
    }
    jf["prorata"] = to_string(f.prorata);
    jf["fte"] = to_string(f.fte);
    if (!f.parts.empty()) {
        sorted_json parts = sorted_json::array();
        for (const auto& part : f.parts) {
            parts.push_back(sorted_json{{"id", part.id},
                                        {"label", text_json(part.label)},
                                        {"weight", part.weight_parameter}});
        }
        jf["parts"] = std::move(parts);
    }
    root["formula"] = std::move(jf);
    if (!r.methods().empty()) {
        sorted_json methods = sorted_json::object();
        for (const method_origin& m : r.methods()) {
            sorted_json js = sorted_json::object();
            write_provenance(js, m.origin);
            methods[m.method] = std::move(js);
        }
        root["methods"] = std::move(methods);
    }

    sorted_json params = sorted_json::object();
    for (const auto& p : r.parameters()) {
        sorted_json segments = sorted_json::array();
        for (const auto& s : p.segments()) {
            sorted_json js = sorted_json::object();
            js["start"] = to_iso(s.start);
            js["end"] = s.end ? sorted_json(to_iso(*s.end)) : sorted_json(nullptr);
            js["value"] = canonical_value(p, s);
            write_provenance(js, s.origin);
            if (!s.start_alternative.empty()) {
                js["start_alternative"] = s.start_alternative;
            }
            if (s.confirmed_on) {
                js["confirmed_on"] = to_iso(*s.confirmed_on);
            }
            segments.push_back(std::move(js));
        }
        params[p.name()] = sorted_json{{"unit", to_string(p.value_unit())},
                                       {"label", text_json(p.label())},
                                       {"segments", std::move(segments)}};
    }
    root["parameters"] = std::move(params);
    return root.dump(2) + "\n";
}

// ---------------------------------------------------------------------------------------------
// Built-in rulebooks

namespace {

detail::builtin_registry<rulebook>& builtins() {
    static detail::builtin_registry<rulebook> registry(
        {"rulebooks", "builtin rulebook", "rulebook", "builtin.rulebook.unknown"},
        [](std::string_view text, std::string_view origin) {
            return load_rulebook_json(text, origin);
        },
        [](const rulebook& r) -> std::string_view { return r.id(); });
    return registry;
}

}  // namespace

std::vector<std::string> builtin_rulebook_ids() { return builtins().ids(); }

const rulebook& builtin_rulebook(std::string_view id) { return builtins().at(id); }

}  // namespace ctg
