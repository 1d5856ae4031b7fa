// SPDX-License-Identifier: MIT
// JSON forms of référentiels (`ctg.referentiel/1`) and grids (`ctg.grid/1`): loaders that report
// every problem with its path, the canonical grid writer, and the built-in registries. Declared
// in ctg/referentiel/grid.hpp and ctg/referentiel/referentiel.hpp.
#include "io/builtin_registry.hpp"
#include "io/json_reader.hpp"
#include <ctg/core/error.hpp>
#include <ctg/model/convention.hpp>
#include <ctg/referentiel/grid.hpp>
#include <ctg/referentiel/referentiel.hpp>

#include <nlohmann/json.hpp>

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
using reader = detail::json_reader;
using detail::index_path;
using detail::join_path;
using detail::provenance_json;

// ---------------------------------------------------------------------------------------------
// Reading helpers: every problem is recorded, reading goes on

int integer(reader& r, const json& j, const std::string& path, std::string_view key, int fallback) {
    return r.whole_number(j, path, key, -1'000'000, 1'000'000).value_or(fallback);
}

localized_text localized(reader& r, const json& j, const std::string& path, std::string_view key,
                         bool required) {
    const json* v = r.member(j, path, key, required);
    localized_text out;
    if (v == nullptr) {
        return out;
    }
    const std::string here = join_path(path, key);
    if (!r.object(*v, here, {"fr", "en"})) {
        return out;
    }
    out.fr = r.text(*v, here, "fr", true, true);
    out.en = r.text(*v, here, "en", false, false);
    return out;
}

/// A provenance, where a public source also gives its URL.
ctg::provenance provenance_of(reader& r, const json& j, const std::string& path,
                              std::string_view key, bool required) {
    return r.provenance_member(j, path, key, required, true).value_or(ctg::provenance{});
}

/// The array `key` of non-empty identifiers.
std::vector<std::string> strings(reader& r, const json& j, const std::string& path,
                                 std::string_view key) {
    std::vector<std::string> out;
    r.each_member(j, path, key, true, [&](const json& e, const std::string& ep) {
        if (!e.is_string() || e.get<std::string>().empty()) {
            r.add("value.empty", ep, r.shown(e));
        } else {
            out.push_back(e.get<std::string>());
        }
    });
    return out;
}

/// The `policies` of a référentiel or a grid: [{"id": "famille", "label": {…}}, …].
std::vector<policy_label> read_policies(reader& r, const json& root) {
    std::vector<policy_label> out;
    r.each_member(root, "", "policies", true, [&](const json& pj, const std::string& p) {
        if (!r.object(pj, p, {"id", "label"})) {
            return;
        }
        policy_label l;
        r.attempt([&] { l.policy = parse_volet(r.text(pj, p, "id", true), p + ".id"); });
        l.label = localized(r, pj, p, "label", true);
        out.push_back(std::move(l));
    });
    return out;
}

// ---------------------------------------------------------------------------------------------
// Référentiel

referentiel load_referentiel_json(std::string_view text, std::string_view origin) {
    reader r;
    const auto root = r.parse(text);
    referentiel out;
    if (root && r.object(*root, "",
                         {"format", "id", "version", "label", "note", "provenance", "definition",
                          "policies", "thematic_fields", "activities", "expectations"})) {
        const json& j = *root;
        r.check_format(j, referentiel_format);
        out.id = r.text(j, "", "id", true, true);
        out.version = integer(r, j, "", "version", 1);
        out.label = localized(r, j, "", "label", true);
        out.note = localized(r, j, "", "note", false);
        out.provenance = provenance_of(r, j, "", "provenance", true);
        if (const json* d = r.member(j, "", "definition", true)) {
            if (r.object(*d, "definition", {"text", "pilot", "framework", "provenance"})) {
                out.definition.text = localized(r, *d, "definition", "text", true);
                out.definition.pilot = localized(r, *d, "definition", "pilot", true);
                out.definition.framework = localized(r, *d, "definition", "framework", true);
                out.definition.provenance = provenance_of(r, *d, "definition", "provenance", true);
            }
        }
        out.policies = read_policies(r, j);
        std::set<std::string, std::less<>> field_ids;
        r.each_member(j, "", "thematic_fields", true, [&](const json& f, const std::string& p) {
            if (!r.object(f, p, {"id", "label", "cnaf_theme", "provenance"})) {
                return;
            }
            thematic_field t;
            t.id = r.text(f, p, "id", true, true);
            if (!t.id.empty() && !field_ids.insert(t.id).second) {
                r.add("value.duplicate", p + ".id", t.id);
            }
            t.label = localized(r, f, p, "label", true);
            if (f.contains("cnaf_theme")) {
                const std::string name = r.text(f, p, "cnaf_theme", true, true);
                r.attempt([&] {
                    const theme th = theme::parse(name, p + ".cnaf_theme");
                    if (th.is_local()) {
                        r.add("referentiel.cnaf_theme.local", p + ".cnaf_theme", name);
                    } else {
                        t.cnaf = th.cnaf();
                    }
                });
            }
            t.provenance = provenance_of(r, f, p, "provenance", true);
            out.thematic_fields.push_back(std::move(t));
        });
        std::set<std::string, std::less<>> activity_ids;
        r.each_member(j, "", "activities", true, [&](const json& a, const std::string& p) {
            if (!r.object(a, p, {"id", "label", "provenance"})) {
                return;
            }
            activity act;
            act.id = r.text(a, p, "id", true, true);
            if (!act.id.empty() && !activity_ids.insert(act.id).second) {
                r.add("value.duplicate", p + ".id", act.id);
            }
            act.label = localized(r, a, p, "label", true);
            act.provenance = provenance_of(r, a, p, "provenance", true);
            out.activities.push_back(std::move(act));
        });
        std::set<std::string, std::less<>> expectation_ids;
        std::set<std::string, std::less<>> objective_ids;
        r.each_member(j, "", "expectations", true, [&](const json& e, const std::string& p) {
            if (!r.object(e, p, {"id", "label", "thematic_fields", "areas", "provenance"})) {
                return;
            }
            expectation ex;
            ex.id = r.text(e, p, "id", true, true);
            if (!ex.id.empty() && !expectation_ids.insert(ex.id).second) {
                r.add("value.duplicate", p + ".id", ex.id);
            }
            ex.label = localized(r, e, p, "label", true);
            ex.thematic_fields = strings(r, e, p, "thematic_fields");
            for (std::size_t k = 0; k < ex.thematic_fields.size(); ++k) {
                if (!field_ids.contains(ex.thematic_fields[k])) {
                    r.add("referentiel.thematic_field.unknown",
                          index_path(p + ".thematic_fields", k), ex.thematic_fields[k]);
                }
            }
            r.each_member(e, p, "areas", true, [&](const json& a, const std::string& ap) {
                if (!r.object(a, ap, {"id", "label", "objectives"})) {
                    return;
                }
                objective_area area;
                area.id = r.text(a, ap, "id", true, true);
                area.label = localized(r, a, ap, "label", true);
                r.each_member(a, ap, "objectives", true,
                              [&](const json& oj, const std::string& op) {
                                  if (!r.object(oj, op, {"id", "label"})) {
                                      return;
                                  }
                                  objective o;
                                  o.id = r.text(oj, op, "id", true, true);
                                  if (!o.id.empty() && !objective_ids.insert(o.id).second) {
                                      r.add("value.duplicate", op + ".id", o.id);
                                  }
                                  o.label = localized(r, oj, op, "label", true);
                                  area.objectives.push_back(std::move(o));
                              });
                ex.areas.push_back(std::move(area));
            });
            ex.provenance = provenance_of(r, e, p, "provenance", true);
            out.expectations.push_back(std::move(ex));
        });
    }
    if (!r.errors.empty()) {
        r.fail(origin);
    }
    return out;
}

detail::builtin_registry<referentiel>& referentiels() {
    static detail::builtin_registry<referentiel> registry(
        {"referentiels", "builtin referentiel", "referentiel", "builtin.referentiel.unknown"},
        [](std::string_view text, std::string_view origin) {
            return load_referentiel_json(text, origin);
        },
        [](const referentiel& r) -> std::string_view { return r.id; });
    return registry;
}

// ---------------------------------------------------------------------------------------------
// Grid

std::vector<text_correction> read_corrections(reader& r, const json& j, const std::string& path) {
    std::vector<text_correction> out;
    r.each_member(j, path, "corrections", false, [&](const json& c, const std::string& cp) {
        if (!r.object(c, cp, {"original", "corrected", "kind"})) {
            return;
        }
        text_correction tc;
        tc.original = r.text(c, cp, "original", true, true);
        tc.corrected = r.text(c, cp, "corrected", true);
        r.attempt(
            [&] { tc.kind = parse_correction_kind(r.text(c, cp, "kind", true), cp + ".kind"); });
        out.push_back(std::move(tc));
    });
    return out;
}

std::optional<scale_level> read_level(reader& r, const json& j, const std::string& path) {
    if (!r.object(j, path, {"code", "label"})) {
        return std::nullopt;
    }
    return scale_level{r.text(j, path, "code", true, true), localized(r, j, path, "label", true)};
}

answer_scale read_scale(reader& r, const json& j, const std::string& path) {
    answer_scale s;
    if (!r.object(
            j, path,
            {"id", "label", "levels", "achieved_from", "not_applicable", "note", "provenance"})) {
        return s;
    }
    s.id = r.text(j, path, "id", true, true);
    s.label = localized(r, j, path, "label", true);
    r.each_member(j, path, "levels", true, [&](const json& l, const std::string& lp) {
        if (auto level = read_level(r, l, lp)) {
            s.levels.push_back(std::move(*level));
        }
    });
    s.achieved_from = r.text(j, path, "achieved_from", true, true);
    if (const json* na = r.member(j, path, "not_applicable", false); na && !na->is_null()) {
        s.not_applicable = read_level(r, *na, join_path(path, "not_applicable"));
    }
    s.note = localized(r, j, path, "note", false);
    s.provenance = provenance_of(r, j, path, "provenance", true);
    return s;
}

grid_item read_item(reader& r, const json& j, const std::string& path) {
    grid_item it;
    if (!r.object(j, path,
                  {"id", "kind", "text", "source_text", "corrections", "decimals", "unit"})) {
        return it;
    }
    it.id = r.text(j, path, "id", true, true);
    r.attempt(
        [&] { it.kind = parse_item_kind(r.text(j, path, "kind", true), join_path(path, "kind")); });
    it.text = localized(r, j, path, "text", true);
    it.source_text = r.text(j, path, "source_text", false, true);
    it.corrections = read_corrections(r, j, path);
    if (j.contains("decimals")) {
        it.decimals = integer(r, j, path, "decimals", 0);
    } else if (it.kind == item_kind::number) {
        r.add("grid.item.decimals_missing", join_path(path, "decimals"), "");
    }
    it.unit = localized(r, j, path, "unit", false);
    return it;
}

grid_parts read_grid(reader& r, const json& j) {
    grid_parts g;
    if (!r.object(j, "",
                  {"format", "id", "version", "label", "referentiel", "note", "provenance",
                   "policies", "scale", "sections"})) {
        return g;
    }
    r.check_format(j, grid_format);
    g.id = r.text(j, "", "id", true, true);
    g.version = integer(r, j, "", "version", 1);
    g.label = localized(r, j, "", "label", true);
    g.referentiel_id = r.text(j, "", "referentiel", false, true);
    g.note = localized(r, j, "", "note", false);
    g.provenance = provenance_of(r, j, "", "provenance", true);
    g.policies = read_policies(r, j);
    if (const json* s = r.member(j, "", "scale", true)) {
        g.scale = read_scale(r, *s, "scale");
    }
    r.each_member(j, "", "sections", true, [&](const json& sj, const std::string& sp) {
        if (!r.object(sj, sp,
                      {"id", "title", "source_title", "corrections", "activities", "items"})) {
            return;
        }
        grid_section sec;
        sec.id = r.text(sj, sp, "id", true, true);
        sec.title = localized(r, sj, sp, "title", true);
        sec.source_title = r.text(sj, sp, "source_title", false, true);
        sec.corrections = read_corrections(r, sj, sp);
        sec.activities = strings(r, sj, sp, "activities");
        r.each_member(sj, sp, "items", true, [&](const json& ij, const std::string& ip) {
            sec.items.push_back(read_item(r, ij, ip));
        });
        g.sections.push_back(std::move(sec));
    });
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

detail::builtin_registry<grid>& grids() {
    static detail::builtin_registry<grid> registry(
        {"grids", "builtin grid", "grid", "builtin.grid.unknown"},
        [](std::string_view text, std::string_view origin) { return load_grid_json(text, origin); },
        [](const grid& g) -> std::string_view { return g.id(); });
    return registry;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Public functions

std::vector<std::string> builtin_referentiel_ids() { return referentiels().ids(); }

const referentiel& builtin_referentiel(std::string_view id) { return referentiels().at(id); }

grid load_grid_json(std::string_view text, std::string_view origin) {
    reader r;
    const auto root = r.parse(text);
    grid_parts parts;
    if (root) {
        parts = read_grid(r, *root);
    }
    if (!r.errors.empty()) {
        r.fail(origin);
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

std::vector<std::string> builtin_grid_ids() { return grids().ids(); }

const grid& builtin_grid(std::string_view id) { return grids().at(id); }

const grid* find_builtin_grid(std::string_view id, int version) {
    const grid* g = grids().find(id);
    return g != nullptr && g->version() == version ? g : nullptr;
}

}  // namespace ctg
