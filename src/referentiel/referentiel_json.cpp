// SPDX-License-Identifier: MIT
// JSON forms of référentiels (`ctg.referentiel/1`) and grids (`ctg.grid/1`): loaders that report
// every problem with its path, the canonical grid writer, and the built-in registries.
#include "embedded.hpp"
#include <ctg/core/error.hpp>
#include <ctg/referentiel/grid.hpp>
#include <ctg/referentiel/referentiel.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace ctg {

namespace {

using json = nlohmann::json;
using ordered = nlohmann::ordered_json;

// ---------------------------------------------------------------------------------------------
// Reading helpers: every problem is recorded, reading goes on

std::string join(const std::string& path, std::string_view key) {
    return path.empty() ? std::string(key) : path + "." + std::string(key);
}

std::string at_index(const std::string& path, std::size_t i) {
    return path + "[" + std::to_string(i) + "]";
}

std::string shown(const json& v) {
    std::string s = v.is_string() ? v.get<std::string>() : v.dump();
    if (s.size() > 80) {
        s = s.substr(0, 77) + "...";
    }
    return s;
}

struct reader {
    std::vector<error_detail> errors;

    void add(std::string field, std::string value, std::string expected) {
        errors.push_back({std::move(field), std::move(value), std::move(expected)});
    }
    void add(const ctg::error& e) {
        errors.insert(errors.end(), e.details().begin(), e.details().end());
    }

    /// Checks that `j` is an object whose keys are all in `allowed`.
    bool object(const json& j, const std::string& path,
                std::initializer_list<std::string_view> allowed) {
        if (!j.is_object()) {
            add(path.empty() ? "(root)" : path, shown(j), "an object");
            return false;
        }
        for (const auto& [key, value] : j.items()) {
            if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
                std::string known;
                for (const auto a : allowed) {
                    known += (known.empty() ? "" : ", ") + std::string(a);
                }
                add(join(path, key), key, "a known key (" + known + ")");
            }
        }
        return true;
    }

    /// The member `key` of object `j`, or nullptr (recorded when `required`).
    const json* member(const json& j, const std::string& path, std::string_view key,
                       bool required) {
        const auto it = j.find(key);
        if (it == j.end()) {
            if (required) {
                add(join(path, key), "",
                    "a value for the required key \"" + std::string(key) + "\"");
            }
            return nullptr;
        }
        return &*it;
    }

    std::string text(const json& j, const std::string& path, std::string_view key, bool required,
                     bool non_empty) {
        const json* v = member(j, path, key, required);
        if (v == nullptr) {
            return {};
        }
        if (!v->is_string()) {
            add(join(path, key), shown(*v), "text");
            return {};
        }
        std::string s = v->get<std::string>();
        if (non_empty && s.empty()) {
            add(join(path, key), "", "non-empty text");
        }
        return s;
    }

    int integer(const json& j, const std::string& path, std::string_view key, int fallback) {
        const json* v = member(j, path, key, true);
        if (v == nullptr) {
            return fallback;
        }
        if (!v->is_number_integer()) {
            add(join(path, key), shown(*v), "a whole number");
            return fallback;
        }
        const auto n = v->get<std::int64_t>();
        if (n < -1'000'000 || n > 1'000'000) {
            add(join(path, key), shown(*v), "a whole number between -1000000 and 1000000");
            return fallback;
        }
        return static_cast<int>(n);
    }

    localized_text localized(const json& j, const std::string& path, std::string_view key,
                             bool required) {
        const json* v = member(j, path, key, required);
        localized_text out;
        if (v == nullptr) {
            return out;
        }
        const std::string here = join(path, key);
        if (!object(*v, here, {"fr", "en"})) {
            return out;
        }
        out.fr = text(*v, here, "fr", true, true);
        out.en = text(*v, here, "en", false, false);
        return out;
    }

    ctg::provenance provenance_of(const json& j, const std::string& path, std::string_view key,
                                  bool required) {
        ctg::provenance out;
        const json* v = member(j, path, key, required);
        if (v == nullptr) {
            return out;
        }
        const std::string here = join(path, key);
        if (!object(*v, here, {"evidence", "source"})) {
            return out;
        }
        const std::string ev = text(*v, here, "evidence", true, false);
        try {
            out.kind = parse_evidence(ev, join(here, "evidence"));
        } catch (const ctg::error& e) {
            add(e);
        }
        if (const json* s = member(*v, here, "source", false)) {
            const std::string sp = join(here, "source");
            if (object(*s, sp, {"document", "locator", "url"})) {
                out.cited.document = text(*s, sp, "document", false, false);
                out.cited.locator = text(*s, sp, "locator", false, false);
                out.cited.url = text(*s, sp, "url", false, false);
            }
        }
        if ((out.kind == evidence::source_document || out.kind == evidence::public_source) &&
            out.cited.document.empty()) {
            add(join(here, "source.document"), "",
                "the document cited (required for '" + std::string(to_string(out.kind)) + "')");
        }
        if (out.kind == evidence::public_source && out.cited.url.empty()) {
            add(join(here, "source.url"), "", "the URL of the public source");
        }
        return out;
    }

    /// The array `key`, or nullptr (recorded when `required` or not an array).
    const json* array(const json& j, const std::string& path, std::string_view key, bool required) {
        const json* v = member(j, path, key, required);
        if (v != nullptr && !v->is_array()) {
            add(join(path, key), shown(*v), "an array");
            return nullptr;
        }
        return v;
    }

    std::vector<std::string> strings(const json& j, const std::string& path, std::string_view key) {
        std::vector<std::string> out;
        const json* v = array(j, path, key, true);
        if (v == nullptr) {
            return out;
        }
        for (std::size_t i = 0; i < v->size(); ++i) {
            const json& e = (*v)[i];
            if (!e.is_string() || e.get<std::string>().empty()) {
                add(at_index(join(path, key), i), shown(e), "a non-empty identifier");
            } else {
                out.push_back(e.get<std::string>());
            }
        }
        return out;
    }
};

/// Parses JSON text, reporting a syntax error and every repeated key of an object.
std::optional<json> parse_document(reader& r, std::string_view text, std::string_view format) {
    struct frame {
        bool is_array = false;
        std::size_t index = 0;
        std::string key;
        std::set<std::string, std::less<>> keys;
    };
    std::vector<frame> stack;
    const auto path_of = [&]() {
        std::string path;
        for (const auto& f : stack) {
            path = f.is_array ? at_index(path, f.index) : join(path, f.key);
        }
        return path;
    };
    const auto child_done = [&]() {
        if (!stack.empty() && stack.back().is_array) {
            ++stack.back().index;
        }
    };
    json::parser_callback_t callback = [&](int, json::parse_event_t event, json& parsed) {
        switch (event) {
            case json::parse_event_t::object_start:
                stack.push_back({});
                break;
            case json::parse_event_t::array_start:
                stack.push_back({true, 0, {}, {}});
                break;
            case json::parse_event_t::key:
                if (!stack.empty()) {
                    auto& top = stack.back();
                    top.key = parsed.get<std::string>();
                    if (!top.keys.insert(top.key).second) {
                        r.add(path_of(), top.key,
                              "each key once in its object (a repeated key would silently "
                              "replace the first)");
                    }
                }
                break;
            case json::parse_event_t::object_end:
            case json::parse_event_t::array_end:
                if (!stack.empty()) {
                    stack.pop_back();
                }
                child_done();
                break;
            case json::parse_event_t::value:
                child_done();
                break;
        }
        return true;
    };
    try {
        return json::parse(text.begin(), text.end(), callback);
    } catch (const json::parse_error& e) {
        r.add("(root)", "byte " + std::to_string(e.byte),
              "a complete JSON document in format " + std::string(format));
        return std::nullopt;
    }
}

void check_format(reader& r, const json& root, std::string_view format) {
    const std::string f = r.text(root, "", "format", true, false);
    if (root.contains("format") && f != format) {
        r.add("format", f, std::string(format));
    }
}

// ---------------------------------------------------------------------------------------------
// Référentiel

referentiel load_referentiel_json(std::string_view text, std::string_view origin) {
    reader r;
    const auto root = parse_document(r, text, referentiel_format);
    referentiel out;
    if (root && r.object(*root, "",
                         {"format", "id", "version", "label", "note", "provenance", "definition",
                          "policies", "thematic_fields", "activities", "expectations"})) {
        const json& j = *root;
        check_format(r, j, referentiel_format);
        out.id = r.text(j, "", "id", true, true);
        out.version = r.integer(j, "", "version", 1);
        out.label = r.localized(j, "", "label", true);
        out.note = r.localized(j, "", "note", false);
        out.provenance = r.provenance_of(j, "", "provenance", true);
        if (const json* d = r.member(j, "", "definition", true)) {
            if (r.object(*d, "definition", {"text", "pilot", "framework", "provenance"})) {
                out.definition.text = r.localized(*d, "definition", "text", true);
                out.definition.pilot = r.localized(*d, "definition", "pilot", true);
                out.definition.framework = r.localized(*d, "definition", "framework", true);
                out.definition.provenance = r.provenance_of(*d, "definition", "provenance", true);
            }
        }
        if (const json* ps = r.array(j, "", "policies", true)) {
            for (std::size_t i = 0; i < ps->size(); ++i) {
                const std::string p = at_index("policies", i);
                if (r.object((*ps)[i], p, {"id", "label"})) {
                    policy_label l;
                    try {
                        l.policy = parse_volet(r.text((*ps)[i], p, "id", true, false), p + ".id");
                    } catch (const ctg::error& e) {
                        r.add(e);
                    }
                    l.label = r.localized((*ps)[i], p, "label", true);
                    out.policies.push_back(std::move(l));
                }
            }
        }
        std::set<std::string, std::less<>> field_ids;
        if (const json* fs = r.array(j, "", "thematic_fields", true)) {
            for (std::size_t i = 0; i < fs->size(); ++i) {
                const std::string p = at_index("thematic_fields", i);
                const json& f = (*fs)[i];
                if (!r.object(f, p, {"id", "label", "cnaf_theme", "provenance"})) {
                    continue;
                }
                thematic_field t;
                t.id = r.text(f, p, "id", true, true);
                if (!t.id.empty() && !field_ids.insert(t.id).second) {
                    r.add(p + ".id", t.id, "a thematic field identifier used only once");
                }
                t.label = r.localized(f, p, "label", true);
                if (f.contains("cnaf_theme")) {
                    const std::string name = r.text(f, p, "cnaf_theme", true, true);
                    try {
                        const theme th = theme::parse(name, p + ".cnaf_theme");
                        if (th.is_local()) {
                            r.add(p + ".cnaf_theme", name, "a Cnaf theme, not a local one");
                        } else {
                            t.cnaf = th.cnaf();
                        }
                    } catch (const ctg::error& e) {
                        r.add(e);
                    }
                }
                t.provenance = r.provenance_of(f, p, "provenance", true);
                out.thematic_fields.push_back(std::move(t));
            }
        }
        std::set<std::string, std::less<>> activity_ids;
        if (const json* as = r.array(j, "", "activities", true)) {
            for (std::size_t i = 0; i < as->size(); ++i) {
                const std::string p = at_index("activities", i);
                const json& a = (*as)[i];
                if (!r.object(a, p, {"id", "label", "provenance"})) {
                    continue;
                }
                activity act;
                act.id = r.text(a, p, "id", true, true);
                if (!act.id.empty() && !activity_ids.insert(act.id).second) {
                    r.add(p + ".id", act.id, "an activity identifier used only once");
                }
                act.label = r.localized(a, p, "label", true);
                act.provenance = r.provenance_of(a, p, "provenance", true);
                out.activities.push_back(std::move(act));
            }
        }
        std::set<std::string, std::less<>> expectation_ids;
        std::set<std::string, std::less<>> objective_ids;
        if (const json* es = r.array(j, "", "expectations", true)) {
            for (std::size_t i = 0; i < es->size(); ++i) {
                const std::string p = at_index("expectations", i);
                const json& e = (*es)[i];
                if (!r.object(e, p, {"id", "label", "thematic_fields", "areas", "provenance"})) {
                    continue;
                }
                expectation ex;
                ex.id = r.text(e, p, "id", true, true);
                if (!ex.id.empty() && !expectation_ids.insert(ex.id).second) {
                    r.add(p + ".id", ex.id, "an expectation identifier used only once");
                }
                ex.label = r.localized(e, p, "label", true);
                ex.thematic_fields = r.strings(e, p, "thematic_fields");
                for (std::size_t k = 0; k < ex.thematic_fields.size(); ++k) {
                    if (!field_ids.contains(ex.thematic_fields[k])) {
                        r.add(at_index(p + ".thematic_fields", k), ex.thematic_fields[k],
                              "the id of one of the thematic fields");
                    }
                }
                if (const json* areas = r.array(e, p, "areas", true)) {
                    for (std::size_t k = 0; k < areas->size(); ++k) {
                        const std::string ap = at_index(p + ".areas", k);
                        const json& a = (*areas)[k];
                        if (!r.object(a, ap, {"id", "label", "objectives"})) {
                            continue;
                        }
                        objective_area area;
                        area.id = r.text(a, ap, "id", true, true);
                        area.label = r.localized(a, ap, "label", true);
                        if (const json* objs = r.array(a, ap, "objectives", true)) {
                            for (std::size_t m = 0; m < objs->size(); ++m) {
                                const std::string op = at_index(ap + ".objectives", m);
                                if (!r.object((*objs)[m], op, {"id", "label"})) {
                                    continue;
                                }
                                objective o;
                                o.id = r.text((*objs)[m], op, "id", true, true);
                                if (!o.id.empty() && !objective_ids.insert(o.id).second) {
                                    r.add(op + ".id", o.id,
                                          "an objective identifier used only once");
                                }
                                o.label = r.localized((*objs)[m], op, "label", true);
                                area.objectives.push_back(std::move(o));
                            }
                        }
                        ex.areas.push_back(std::move(area));
                    }
                }
                ex.provenance = r.provenance_of(e, p, "provenance", true);
                out.expectations.push_back(std::move(ex));
            }
        }
    }
    if (!r.errors.empty()) {
        throw validation_error(std::string(origin), std::move(r.errors));
    }
    return out;
}

using referentiel_registry = std::map<std::string, referentiel, std::less<>>;

const referentiel_registry& referentiels() {
    static const referentiel_registry loaded = [] {
        referentiel_registry out;
        for (const auto& file : detail::embedded_files()) {
            if (file.category != "referentiels") {
                continue;
            }
            const std::string origin = "builtin referentiel " + std::string(file.name);
            referentiel r = load_referentiel_json(file.contents, origin);
            if (r.id != file.name) {
                throw validation_error(origin,
                                       {{"id", r.id, "the file name " + std::string(file.name)}});
            }
            out.emplace(r.id, std::move(r));
        }
        return out;
    }();  // thread-safe initialisation of a function-local static
    return loaded;
}

// ---------------------------------------------------------------------------------------------
// Grid

std::vector<text_correction> read_corrections(reader& r, const json& j, const std::string& path) {
    std::vector<text_correction> out;
    const json* cs = r.array(j, path, "corrections", false);
    if (cs == nullptr) {
        return out;
    }
    for (std::size_t i = 0; i < cs->size(); ++i) {
        const std::string cp = at_index(join(path, "corrections"), i);
        if (!r.object((*cs)[i], cp, {"original", "corrected", "kind"})) {
            continue;
        }
        text_correction c;
        c.original = r.text((*cs)[i], cp, "original", true, true);
        c.corrected = r.text((*cs)[i], cp, "corrected", true, false);
        try {
            c.kind = parse_correction_kind(r.text((*cs)[i], cp, "kind", true, false), cp + ".kind");
        } catch (const ctg::error& e) {
            r.add(e);
        }
        out.push_back(std::move(c));
    }
    return out;
}

std::optional<scale_level> read_level(reader& r, const json& j, const std::string& path) {
    if (!r.object(j, path, {"code", "label"})) {
        return std::nullopt;
    }
    return scale_level{r.text(j, path, "code", true, true), r.localized(j, path, "label", true)};
}

answer_scale read_scale(reader& r, const json& j, const std::string& path) {
    answer_scale s;
    if (!r.object(
            j, path,
            {"id", "label", "levels", "achieved_from", "not_applicable", "note", "provenance"})) {
        return s;
    }
    s.id = r.text(j, path, "id", true, true);
    s.label = r.localized(j, path, "label", true);
    if (const json* ls = r.array(j, path, "levels", true)) {
        for (std::size_t i = 0; i < ls->size(); ++i) {
            if (auto l = read_level(r, (*ls)[i], at_index(join(path, "levels"), i))) {
                s.levels.push_back(std::move(*l));
            }
        }
    }
    s.achieved_from = r.text(j, path, "achieved_from", true, true);
    if (const json* na = r.member(j, path, "not_applicable", false); na && !na->is_null()) {
        s.not_applicable = read_level(r, *na, join(path, "not_applicable"));
    }
    s.note = r.localized(j, path, "note", false);
    s.provenance = r.provenance_of(j, path, "provenance", true);
    return s;
}

grid_item read_item(reader& r, const json& j, const std::string& path) {
    grid_item it;
    if (!r.object(j, path,
                  {"id", "kind", "text", "source_text", "corrections", "decimals", "unit"})) {
        return it;
    }
    it.id = r.text(j, path, "id", true, true);
    try {
        it.kind = parse_item_kind(r.text(j, path, "kind", true, false), join(path, "kind"));
    } catch (const ctg::error& e) {
        r.add(e);
    }
    it.text = r.localized(j, path, "text", true);
    it.source_text = r.text(j, path, "source_text", false, true);
    it.corrections = read_corrections(r, j, path);
    if (j.contains("decimals")) {
        it.decimals = r.integer(j, path, "decimals", 0);
    } else if (it.kind == item_kind::number) {
        r.add(join(path, "decimals"), "", "the number of decimals allowed (0 to 4)");
    }
    it.unit = r.localized(j, path, "unit", false);
    return it;
}

grid_parts read_grid(reader& r, const json& j) {
    grid_parts g;
    if (!r.object(j, "",
                  {"format", "id", "version", "label", "referentiel", "note", "provenance",
                   "policies", "scale", "sections"})) {
        return g;
    }
    check_format(r, j, grid_format);
    g.id = r.text(j, "", "id", true, true);
    g.version = r.integer(j, "", "version", 1);
    g.label = r.localized(j, "", "label", true);
    g.referentiel_id = r.text(j, "", "referentiel", false, true);
    g.note = r.localized(j, "", "note", false);
    g.provenance = r.provenance_of(j, "", "provenance", true);
    if (const json* ps = r.array(j, "", "policies", true)) {
        for (std::size_t i = 0; i < ps->size(); ++i) {
            const std::string p = at_index("policies", i);
            if (!r.object((*ps)[i], p, {"id", "label"})) {
                continue;
            }
            policy_label l;
            try {
                l.policy = parse_volet(r.text((*ps)[i], p, "id", true, false), p + ".id");
            } catch (const ctg::error& e) {
                r.add(e);
            }
            l.label = r.localized((*ps)[i], p, "label", true);
            g.policies.push_back(std::move(l));
        }
    }
    if (const json* s = r.member(j, "", "scale", true)) {
        g.scale = read_scale(r, *s, "scale");
    }
    if (const json* ss = r.array(j, "", "sections", true)) {
        for (std::size_t i = 0; i < ss->size(); ++i) {
            const std::string sp = at_index("sections", i);
            const json& sj = (*ss)[i];
            if (!r.object(sj, sp,
                          {"id", "title", "source_title", "corrections", "activities", "items"})) {
                continue;
            }
            grid_section sec;
            sec.id = r.text(sj, sp, "id", true, true);
            sec.title = r.localized(sj, sp, "title", true);
            sec.source_title = r.text(sj, sp, "source_title", false, true);
            sec.corrections = read_corrections(r, sj, sp);
            sec.activities = r.strings(sj, sp, "activities");
            if (const json* items = r.array(sj, sp, "items", true)) {
                for (std::size_t k = 0; k < items->size(); ++k) {
                    sec.items.push_back(read_item(r, (*items)[k], at_index(sp + ".items", k)));
                }
            }
            g.sections.push_back(std::move(sec));
        }
    }
    return g;
}

// ---------------------------------------------------------------------------------------------
// Grid writer

ordered text_json(const localized_text& t) {
    ordered o = ordered::object();
    o["fr"] = t.fr;
    if (!t.en.empty()) {
        o["en"] = t.en;
    }
    return o;
}

ordered provenance_json(const ctg::provenance& p) {
    ordered o = ordered::object();
    o["evidence"] = std::string(to_string(p.kind));
    if (!p.cited.document.empty() || !p.cited.locator.empty() || !p.cited.url.empty()) {
        ordered s = ordered::object();
        if (!p.cited.document.empty()) {
            s["document"] = p.cited.document;
        }
        if (!p.cited.locator.empty()) {
            s["locator"] = p.cited.locator;
        }
        if (!p.cited.url.empty()) {
            s["url"] = p.cited.url;
        }
        o["source"] = std::move(s);
    }
    return o;
}

ordered corrections_json(const std::vector<text_correction>& cs) {
    ordered a = ordered::array();
    for (const auto& c : cs) {
        a.push_back(ordered{{"original", c.original},
                            {"corrected", c.corrected},
                            {"kind", std::string(to_string(c.kind))}});
    }
    return a;
}

ordered level_json(const scale_level& l) {
    return ordered{{"code", l.code}, {"label", text_json(l.label)}};
}

using grid_registry = std::map<std::string, grid, std::less<>>;

const grid_registry& grids() {
    static const grid_registry loaded = [] {
        grid_registry out;
        for (const auto& file : detail::embedded_files()) {
            if (file.category != "grids") {
                continue;
            }
            const std::string origin = "builtin grid " + std::string(file.name);
            grid g = load_grid_json(file.contents, origin);
            if (g.id() != file.name) {
                throw validation_error(origin,
                                       {{"id", g.id(), "the file name " + std::string(file.name)}});
            }
            out.emplace(g.id(), std::move(g));
        }
        return out;
    }();  // thread-safe initialisation of a function-local static
    return loaded;
}

template <typename Registry>
std::string known_ids(const Registry& reg) {
    std::string known;
    for (const auto& [id, value] : reg) {
        known += (known.empty() ? "" : ", ") + id;
    }
    return known.empty() ? "(none)" : known;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Public functions

const activity* referentiel::find_activity(std::string_view activity_id) const noexcept {
    for (const auto& a : activities) {
        if (a.id == activity_id) {
            return &a;
        }
    }
    return nullptr;
}

const thematic_field* referentiel::find_thematic_field(std::string_view field_id) const noexcept {
    for (const auto& f : thematic_fields) {
        if (f.id == field_id) {
            return &f;
        }
    }
    return nullptr;
}

const expectation* referentiel::find_expectation(std::string_view expectation_id) const noexcept {
    for (const auto& e : expectations) {
        if (e.id == expectation_id) {
            return &e;
        }
    }
    return nullptr;
}

std::vector<std::string> builtin_referentiel_ids() {
    std::vector<std::string> ids;
    for (const auto& [id, r] : referentiels()) {
        ids.push_back(id);
    }
    return ids;
}

const referentiel& builtin_referentiel(std::string_view id) {
    const auto& all = referentiels();
    if (const auto it = all.find(id); it != all.end()) {
        return it->second;
    }
    throw out_of_range_value("referentiel", std::string(id),
                             "a built-in référentiel: " + known_ids(all));
}

grid load_grid_json(std::string_view text, std::string_view origin) {
    reader r;
    const auto root = parse_document(r, text, grid_format);
    grid_parts parts;
    if (root) {
        parts = read_grid(r, *root);
    }
    if (!r.errors.empty()) {
        throw validation_error(std::string(origin), std::move(r.errors));
    }
    return grid::build(std::move(parts), origin);
}

std::string to_json(const grid& g) {
    ordered root = ordered::object();
    root["format"] = std::string(grid_format);
    root["id"] = g.id();
    root["version"] = g.version();
    root["label"] = text_json(g.label());
    if (!g.referentiel_id().empty()) {
        root["referentiel"] = g.referentiel_id();
    }
    if (!g.note().fr.empty()) {
        root["note"] = text_json(g.note());
    }
    root["provenance"] = provenance_json(g.provenance());
    ordered policies = ordered::array();
    for (const auto& p : g.policies()) {
        policies.push_back(
            ordered{{"id", std::string(to_string(p.policy))}, {"label", text_json(p.label)}});
    }
    root["policies"] = std::move(policies);
    const answer_scale& s = g.scale();
    ordered scale = ordered::object();
    scale["id"] = s.id;
    scale["label"] = text_json(s.label);
    ordered levels = ordered::array();
    for (const auto& l : s.levels) {
        levels.push_back(level_json(l));
    }
    scale["levels"] = std::move(levels);
    scale["achieved_from"] = s.achieved_from;
    if (s.not_applicable) {
        scale["not_applicable"] = level_json(*s.not_applicable);
    }
    if (!s.note.fr.empty()) {
        scale["note"] = text_json(s.note);
    }
    scale["provenance"] = provenance_json(s.provenance);
    root["scale"] = std::move(scale);
    ordered sections = ordered::array();
    for (const auto& sec : g.sections()) {
        ordered so = ordered::object();
        so["id"] = sec.id;
        so["title"] = text_json(sec.title);
        if (!sec.corrections.empty()) {
            so["source_title"] = sec.source_title;
            so["corrections"] = corrections_json(sec.corrections);
        }
        so["activities"] = sec.activities;
        ordered items = ordered::array();
        for (const auto& it : sec.items) {
            ordered io = ordered::object();
            io["id"] = it.id;
            io["kind"] = std::string(to_string(it.kind));
            io["text"] = text_json(it.text);
            if (!it.corrections.empty()) {
                io["source_text"] = it.source_text;
                io["corrections"] = corrections_json(it.corrections);
            }
            if (it.kind == item_kind::number) {
                io["decimals"] = it.decimals;
                if (!it.unit.fr.empty()) {
                    io["unit"] = text_json(it.unit);
                }
            }
            items.push_back(std::move(io));
        }
        so["items"] = std::move(items);
        sections.push_back(std::move(so));
    }
    root["sections"] = std::move(sections);
    return root.dump(2) + "\n";
}

std::vector<std::string> builtin_grid_ids() {
    std::vector<std::string> ids;
    for (const auto& [id, g] : grids()) {
        ids.push_back(id);
    }
    return ids;
}

const grid& builtin_grid(std::string_view id) {
    const auto& all = grids();
    if (const auto it = all.find(id); it != all.end()) {
        return it->second;
    }
    throw out_of_range_value("grid", std::string(id), "a built-in grid: " + known_ids(all));
}

const grid* find_builtin_grid(std::string_view id, int version) {
    const auto& all = grids();
    if (const auto it = all.find(id); it != all.end() && it->second.version() == version) {
        return &it->second;
    }
    return nullptr;
}

}  // namespace ctg
