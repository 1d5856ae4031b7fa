// SPDX-License-Identifier: MIT
// Grids: enumerations, corrections, validation and lookups.
#include <ctg/core/enum_names.hpp>
#include <ctg/core/error.hpp>
#include <ctg/referentiel/grid.hpp>
#include <ctg/referentiel/referentiel.hpp>

#include <algorithm>
#include <array>
#include <set>
#include <string>
#include <utility>

namespace ctg {

namespace {

constexpr std::array<enum_name<item_kind>, 3> item_kind_names{{
    {item_kind::per_policy, "per_policy"},
    {item_kind::yes_no, "yes_no"},
    {item_kind::number, "number"},
}};
constexpr std::array<enum_name<correction_kind>, 3> correction_kind_names{{
    {correction_kind::spelling, "spelling"},
    {correction_kind::grammar, "grammar"},
    {correction_kind::typography, "typography"},
}};

}  // namespace

std::string_view to_string(item_kind k) noexcept { return name_of(item_kind_names, k); }

item_kind parse_item_kind(std::string_view text, std::string_view field) {
    return parse_name(item_kind_names, text, field);
}

std::string_view to_string(correction_kind k) noexcept { return name_of(correction_kind_names, k); }

correction_kind parse_correction_kind(std::string_view text, std::string_view field) {
    return parse_name(correction_kind_names, text, field);
}

std::optional<std::string> apply_corrections(std::string_view source,
                                             const std::vector<text_correction>& corrections) {
    std::string text(source);
    for (const auto& c : corrections) {
        const auto at = text.find(c.original);
        if (c.original.empty() || at == std::string::npos) {
            return std::nullopt;
        }
        text.replace(at, c.original.size(), c.corrected);
    }
    return text;
}

std::string grid_cell::to_string() const {
    return policy ? item_id + " " + std::string(ctg::to_string(*policy)) : item_id;
}

namespace {

std::string index_path(const std::string& path, std::size_t i) {
    return path + "[" + std::to_string(i) + "]";
}

/// Checks that `corrections` turn `source` into `corrected`; `source` is empty when nothing
/// was corrected.
void check_corrections(std::vector<error_detail>& problems, const std::string& path,
                       std::string_view source_key, const std::string& source,
                       const std::vector<text_correction>& corrections,
                       const std::string& corrected) {
    if (corrections.empty()) {
        if (!source.empty() && source != corrected) {
            problems.push_back(error_detail::of("grid.corrections.missing",
                                                path + "." + std::string(source_key), source));
        }
        return;
    }
    if (source.empty()) {
        problems.push_back(error_detail::of("grid.corrections.no_source",
                                            path + "." + std::string(source_key), ""));
        return;
    }
    for (std::size_t i = 0; i < corrections.size(); ++i) {
        const auto& c = corrections[i];
        if (c.original.empty() || c.original == c.corrected) {
            problems.push_back(error_detail::of("grid.correction.unchanged",
                                                index_path(path + ".corrections", i) + ".original",
                                                c.original));
        }
    }
    const auto result = apply_corrections(source, corrections);
    if (!result) {
        problems.push_back(
            error_detail::of("grid.corrections.not_found", path + ".corrections", source));
    } else if (*result != corrected) {
        problems.push_back(error_detail::of("grid.corrections.wrong_result", path + ".corrections",
                                            *result, {{"corrected", corrected}}));
    }
}

}  // namespace

grid grid::build(grid_parts parts, std::string_view origin) {
    std::vector<error_detail> problems;
    if (parts.id.empty()) {
        problems.push_back(error_detail::of("value.empty", "id", ""));
    }
    if (parts.version < 1) {
        problems.push_back(
            error_detail::of("grid.version.range", "version", std::to_string(parts.version)));
    }
    if (parts.label.fr.empty()) {
        problems.push_back(error_detail::of("value.empty", "label.fr", ""));
    }
    if (parts.policies.empty()) {
        problems.push_back(error_detail::of("grid.policies.none", "policies", "[]"));
    }
    {
        std::set<volet> seen;
        for (std::size_t i = 0; i < parts.policies.size(); ++i) {
            if (!seen.insert(parts.policies[i].policy).second) {
                problems.push_back(
                    error_detail::of("value.duplicate", index_path("policies", i) + ".id",
                                     std::string(to_string(parts.policies[i].policy))));
            }
            if (parts.policies[i].label.fr.empty()) {
                problems.push_back(
                    error_detail::of("value.empty", index_path("policies", i) + ".label.fr", ""));
            }
        }
    }
    for (auto& p : parts.scale.check("scale")) {
        problems.push_back(std::move(p));
    }

    const referentiel* ref = nullptr;
    if (!parts.referentiel_id.empty()) {
        try {
            ref = &builtin_referentiel(parts.referentiel_id);
        } catch (const out_of_range_value& e) {
            error_detail d = e.detail();
            d.field = "referentiel";
            problems.push_back(std::move(d));
        }
    }

    grid g;
    if (parts.sections.empty()) {
        problems.push_back(error_detail::of("grid.sections.none", "sections", "[]"));
    }
    std::set<std::string, std::less<>> section_ids;
    for (std::size_t s = 0; s < parts.sections.size(); ++s) {
        const grid_section& sec = parts.sections[s];
        const std::string sp = index_path("sections", s);
        if (sec.id.empty()) {
            problems.push_back(error_detail::of("value.empty", sp + ".id", ""));
        } else if (!section_ids.insert(sec.id).second) {
            problems.push_back(error_detail::of("value.duplicate", sp + ".id", sec.id));
        }
        if (sec.title.fr.empty()) {
            problems.push_back(error_detail::of("value.empty", sp + ".title.fr", ""));
        }
        check_corrections(problems, sp, "source_title", sec.source_title, sec.corrections,
                          sec.title.fr);
        std::set<std::string, std::less<>> linked;
        for (std::size_t a = 0; a < sec.activities.size(); ++a) {
            const std::string ap = index_path(sp + ".activities", a);
            if (!linked.insert(sec.activities[a]).second) {
                problems.push_back(error_detail::of("value.duplicate", ap, sec.activities[a]));
            } else if (ref == nullptr) {
                if (parts.referentiel_id.empty()) {
                    problems.push_back(
                        error_detail::of("grid.activity.no_referentiel", ap, sec.activities[a]));
                }
            } else if (ref->find_activity(sec.activities[a]) == nullptr) {
                std::string known;
                for (const auto& act : ref->activities) {
                    known += (known.empty() ? "" : ", ") + act.id;
                }
                problems.push_back(error_detail::of("grid.activity.unknown", ap, sec.activities[a],
                                                    {{"referentiel", ref->id}, {"known", known}}));
            }
        }
        if (sec.items.empty()) {
            problems.push_back(error_detail::of("grid.items.none", sp + ".items", "[]"));
        }
        for (std::size_t i = 0; i < sec.items.size(); ++i) {
            const grid_item& it = sec.items[i];
            const std::string ip = index_path(sp + ".items", i);
            if (it.id.empty()) {
                problems.push_back(error_detail::of("value.empty", ip + ".id", ""));
            } else if (!g.item_index_.emplace(it.id, std::make_pair(s, i)).second) {
                problems.push_back(error_detail::of("value.duplicate", ip + ".id", it.id));
            }
            if (it.text.fr.empty()) {
                problems.push_back(error_detail::of("value.empty", ip + ".text.fr", ""));
            }
            check_corrections(problems, ip, "source_text", it.source_text, it.corrections,
                              it.text.fr);
            if (it.kind == item_kind::number) {
                if (it.decimals < 0 || it.decimals > 4) {
                    problems.push_back(error_detail::of(
                        "grid.item.decimals_range", ip + ".decimals", std::to_string(it.decimals)));
                }
            } else {
                if (it.decimals != 0) {
                    problems.push_back(error_detail::of("grid.item.decimals_not_number",
                                                        ip + ".decimals",
                                                        std::to_string(it.decimals)));
                }
                if (!it.unit.fr.empty() || !it.unit.en.empty()) {
                    problems.push_back(
                        error_detail::of("grid.item.unit_not_number", ip + ".unit", it.unit.fr));
                }
            }
        }
    }
    if (!problems.empty()) {
        throw validation_error(std::string(origin), std::move(problems));
    }
    g.parts_ = std::move(parts);
    return g;
}

std::string grid::key() const { return id() + " version " + std::to_string(version()); }

bool grid::has_policy(volet p) const noexcept { return find_policy(p) != nullptr; }

const policy_label* grid::find_policy(volet p) const noexcept {
    for (const auto& l : parts_.policies) {
        if (l.policy == p) {
            return &l;
        }
    }
    return nullptr;
}

const grid_item* grid::find_item(std::string_view item_id) const noexcept {
    const auto it = item_index_.find(item_id);
    if (it == item_index_.end()) {
        return nullptr;
    }
    return &parts_.sections[it->second.first].items[it->second.second];
}

const grid_item& grid::item_at(std::string_view item_id) const {
    if (const grid_item* it = find_item(item_id)) {
        return *it;
    }
    throw out_of_range_value(
        error_detail::of("grid.item.not_found", "item", std::string(item_id), {{"grid", key()}}));
}

const grid_section* grid::section_of(std::string_view item_id) const noexcept {
    const auto it = item_index_.find(item_id);
    if (it == item_index_.end()) {
        return nullptr;
    }
    return &parts_.sections[it->second.first];
}

const grid_section* grid::find_section(std::string_view section_id) const noexcept {
    for (const auto& s : parts_.sections) {
        if (s.id == section_id) {
            return &s;
        }
    }
    return nullptr;
}

std::size_t grid::item_count() const noexcept { return item_index_.size(); }

std::size_t grid::count(item_kind k) const noexcept {
    std::size_t n = 0;
    for (const auto& s : parts_.sections) {
        n += static_cast<std::size_t>(std::count_if(
            s.items.begin(), s.items.end(), [&](const grid_item& i) { return i.kind == k; }));
    }
    return n;
}

std::vector<grid_cell> grid::cells_of(const grid_item& item) const {
    std::vector<grid_cell> out;
    if (item.kind == item_kind::per_policy) {
        for (const auto& p : parts_.policies) {
            out.push_back({item.id, p.policy});
        }
    } else {
        out.push_back({item.id, std::nullopt});
    }
    return out;
}

std::vector<grid_cell> grid::cells() const {
    std::vector<grid_cell> out;
    for (const auto& s : parts_.sections) {
        for (const auto& i : s.items) {
            for (auto& c : cells_of(i)) {
                out.push_back(std::move(c));
            }
        }
    }
    return out;
}

}  // namespace ctg
