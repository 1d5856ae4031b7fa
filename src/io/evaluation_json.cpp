// SPDX-License-Identifier: MIT
// Evaluations as JSON (`ctg.evaluations/1`): the structural reader (content is checked against
// grids by validate_evaluations()), the canonical writer and the blank template.
#include "io/json_reader.hpp"
#include <ctg/core/error.hpp>
#include <ctg/io/evaluation_json.hpp>

#include <nlohmann/json.hpp>

#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string>
#include <utility>

namespace ctg {

namespace {

using json = nlohmann::json;
using ordered = nlohmann::ordered_json;
using reader = detail::json_reader;
using detail::index_path;
using detail::join_path;
using detail::provenance_json;

void read_answer(reader& r, const json& j, const std::string& path, std::vector<answer>& out) {
    if (!r.object(j, path, {"item", "policy", "level", "yes_no", "number", "text"})) {
        return;
    }
    answer a;
    a.item_id = r.text(j, path, "item", true);
    if (j.contains("item") && a.item_id.empty()) {
        r.add("value.empty", join_path(path, "item"), "");
    }
    if (const json* p = r.member(j, path, "policy", false); p != nullptr && !p->is_null()) {
        if (!p->is_string()) {
            r.wrong_type(join_path(path, "policy"), *p, "value.one_of",
                         {{"accepted", "famille, education, social"}});
        } else {
            r.attempt(
                [&] { a.policy = parse_volet(p->get<std::string>(), join_path(path, "policy")); });
        }
    }
    if (const json* t = r.member(j, path, "text", false); t != nullptr && !t->is_string()) {
        r.wrong_type(join_path(path, "text"), *t, "json.expected.string");
    }
    std::vector<std::string_view> given;
    for (const auto key : {"level", "yes_no", "number"}) {
        if (j.contains(key)) {
            given.emplace_back(key);
        }
    }
    if (given.size() != 1) {
        std::string keys;
        for (const auto k : given) {
            keys += (keys.empty() ? "" : ", ") + std::string(k);
        }
        r.add("evaluation.answer.value_keys", path, keys);
        return;
    }
    const std::string key(given.front());
    const json& v = j.at(key);
    if (v.is_null()) {
        return;  // not answered (blank template)
    }
    if (key == "level") {
        if (!v.is_string() || v.get<std::string>().empty()) {
            r.wrong_type(join_path(path, key), v, "evaluation.answer.level_type");
            return;
        }
        a.kind = answer_kind::level;
        a.level = v.get<std::string>();
    } else if (key == "yes_no") {
        if (!v.is_boolean()) {
            r.wrong_type(join_path(path, key), v, "evaluation.answer.yes_no_type");
            return;
        }
        a.kind = answer_kind::yes_no;
        a.yes = v.get<bool>();
    } else {
        if (!v.is_string()) {
            r.wrong_type(join_path(path, key), v, "evaluation.answer.number_type");
            return;
        }
        if (!r.attempt([&] {
                a.kind = answer_kind::number;
                a.number = answer_number::parse(v.get<std::string>(), join_path(path, key));
            })) {
            return;
        }
    }
    out.push_back(std::move(a));
}

std::optional<evaluation> read_evaluation(reader& r, const json& j, const std::string& path,
                                          std::string_view origin) {
    const std::size_t before = r.errors.size();
    if (!r.object(j, path,
                  {"grid", "grid_version", "post_id", "year", "filled_by", "filled_on",
                   "coordinators", "provenance", "answers", "comments"})) {
        return std::nullopt;
    }
    evaluation e;
    e.grid_id = r.text(j, path, "grid", true);
    if (j.contains("grid") && e.grid_id.empty()) {
        r.add("value.empty", join_path(path, "grid"), "");
    }
    e.grid_version = r.whole_number(j, path, "grid_version", 1, 1'000'000).value_or(0);
    e.post_id = r.text(j, path, "post_id", true);
    e.year = r.whole_number(j, path, "year", 1900, 9999).value_or(0);
    e.filled_by = r.text(j, path, "filled_by", false);
    if (const json* d = r.member(j, path, "filled_on", false); d != nullptr && !d->is_null()) {
        if (!d->is_string()) {
            r.wrong_type(join_path(path, "filled_on"), *d, "date.malformed");
        } else {
            r.attempt([&] {
                e.filled_on = parse_date(d->get<std::string>(), join_path(path, "filled_on"));
            });
        }
    }
    r.each(r.member(j, path, "coordinators", false), join_path(path, "coordinators"),
           [&](const json& c, const std::string& cp) {
               if (!c.is_string() || c.get<std::string>().empty()) {
                   r.wrong_type(cp, c, "value.empty");
                   return;
               }
               e.coordinators.push_back(c.get<std::string>());
           });
    if (auto p = r.provenance_member(j, path, "provenance", false, false)) {
        e.provenance = std::move(*p);
    } else {
        e.provenance = {evidence::source_document,
                        {std::string(origin), path.empty() ? "(root)" : path, ""}};
    }
    r.each(r.member(j, path, "answers", true), join_path(path, "answers"),
           [&](const json& a, const std::string& ap) { read_answer(r, a, ap, e.answers); });
    r.each(r.member(j, path, "comments", false), join_path(path, "comments"),
           [&](const json& c, const std::string& cp) {
               if (!r.object(c, cp, {"item", "text"})) {
                   return;
               }
               item_comment comment{r.text(c, cp, "item", true), r.text(c, cp, "text", true)};
               if (c.contains("item") && comment.item_id.empty()) {
                   r.add("value.empty", cp + ".item", "");
               }
               e.comments.push_back(std::move(comment));
           });
    if (r.errors.size() != before) {
        return std::nullopt;
    }
    return e;
}

ordered evaluation_json(const evaluation& e) {
    ordered o = ordered::object();
    o["grid"] = e.grid_id;
    o["grid_version"] = e.grid_version;
    o["post_id"] = e.post_id;
    o["year"] = e.year;
    o["filled_by"] = e.filled_by;
    o["filled_on"] = e.filled_on ? ordered(to_iso(*e.filled_on)) : ordered(nullptr);
    if (!e.coordinators.empty()) {  // absent: the post as a whole
        o["coordinators"] = e.coordinators;
    }
    o["provenance"] = provenance_json(e.provenance);
    ordered answers = ordered::array();
    for (const auto& a : e.answers) {
        ordered ao = ordered::object();
        ao["item"] = a.item_id;
        if (a.policy) {
            ao["policy"] = std::string(to_string(*a.policy));
        }
        switch (a.kind) {
            case answer_kind::level:
                ao["level"] = a.level;
                break;
            case answer_kind::yes_no:
                ao["yes_no"] = a.yes;
                break;
            case answer_kind::number:
                ao["number"] = a.number.to_string();
                break;
        }
        answers.push_back(std::move(ao));
    }
    o["answers"] = std::move(answers);
    ordered comments = ordered::array();
    for (const auto& c : e.comments) {
        comments.push_back(ordered{{"item", c.item_id}, {"text", c.text}});
    }
    o["comments"] = std::move(comments);
    return o;
}

ordered evaluations_array(std::span<const evaluation> evaluations) {
    ordered a = ordered::array();
    for (const auto& e : evaluations) {
        a.push_back(evaluation_json(e));
    }
    return a;
}

}  // namespace

std::vector<evaluation> load_evaluations_json(std::string_view text, std::string_view origin,
                                              std::string_view path) {
    reader r;
    const auto root = r.parse(text, path);
    std::vector<evaluation> out;
    if (root) {
        const json* list = nullptr;
        std::string base(path);
        if (root->is_array()) {
            list = &*root;
        } else if (r.object(*root, "", {"format", "evaluations"})) {
            r.check_format(*root, evaluations_format);
            base = "evaluations";
            if (const json* l = r.member(*root, "", "evaluations", true)) {
                if (l->is_array()) {
                    list = l;
                } else {
                    r.wrong_type("evaluations", *l, "json.expected.array");
                }
            }
        }
        if (list != nullptr) {
            for (std::size_t i = 0; i < list->size(); ++i) {
                if (auto e = read_evaluation(r, (*list)[i], index_path(base, i), origin)) {
                    out.push_back(std::move(*e));
                }
            }
        }
    }
    if (!r.errors.empty()) {
        r.fail(origin);
    }
    return out;
}

std::vector<evaluation> load_evaluations_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw invalid_value(error_detail::of("file.unreadable", "path", path.string()));
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return load_evaluations_json(buffer.str(), path.string());
}

std::string evaluations_to_json(std::span<const evaluation> evaluations) {
    ordered root = ordered::object();
    root["format"] = std::string(evaluations_format);
    root["evaluations"] = evaluations_array(evaluations);
    return root.dump(2) + "\n";
}

std::string evaluations_to_json_array(std::span<const evaluation> evaluations) {
    return evaluations_array(evaluations).dump(2) + "\n";
}

std::string blank_evaluation_json(const grid& g, std::string_view post_id, std::optional<int> year,
                                  language lang) {
    ordered e = ordered::object();
    e["grid"] = g.id();
    e["grid_version"] = g.version();
    e["post_id"] = std::string(post_id);
    e["year"] = year ? ordered(*year) : ordered(nullptr);
    e["filled_by"] = "";
    e["filled_on"] = nullptr;
    ordered answers = ordered::array();
    for (const auto& sec : g.sections()) {
        for (const auto& item : sec.items) {
            for (const auto& cell : g.cells_of(item)) {
                ordered a = ordered::object();
                a["item"] = item.id;
                if (cell.policy) {
                    a["policy"] = std::string(to_string(*cell.policy));
                }
                a["text"] = item.text.in(lang);
                const char* key = item.kind == item_kind::per_policy ? "level"
                                  : item.kind == item_kind::yes_no   ? "yes_no"
                                                                     : "number";
                a[key] = nullptr;
                answers.push_back(std::move(a));
            }
        }
    }
    e["answers"] = std::move(answers);
    e["comments"] = ordered::array();
    ordered root = ordered::object();
    root["format"] = std::string(evaluations_format);
    ordered list = ordered::array();
    list.push_back(std::move(e));
    root["evaluations"] = std::move(list);
    return root.dump(2) + "\n";
}

}  // namespace ctg
