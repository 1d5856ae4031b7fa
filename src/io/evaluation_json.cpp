// SPDX-License-Identifier: MIT
// Evaluations as JSON (`ctg.evaluations/1`): the structural reader (content is checked against
// grids by validate_evaluations()), the canonical writer and the blank template.
#include <ctg/core/error.hpp>
#include <ctg/io/evaluation_json.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <functional>
#include <initializer_list>
#include <set>
#include <sstream>
#include <string>
#include <utility>

namespace ctg {

namespace {

using json = nlohmann::json;
using ordered = nlohmann::ordered_json;

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

std::string type_name(const json& v) {
    if (v.is_string()) {
        return "text";
    }
    if (v.is_number()) {
        return "a JSON number";
    }
    if (v.is_boolean()) {
        return "a boolean";
    }
    if (v.is_null()) {
        return "null";
    }
    return v.is_array() ? "an array" : "an object";
}

struct reader {
    std::vector<error_detail> errors;

    void add(std::string field, std::string value, std::string expected) {
        errors.push_back({std::move(field), std::move(value), std::move(expected)});
    }
    void add(const ctg::error& e) {
        errors.insert(errors.end(), e.details().begin(), e.details().end());
    }
    void wrong_type(const std::string& path, const json& v, const std::string& expected) {
        add(path, shown(v), expected + ", not " + type_name(v));
    }
    bool object(const json& j, const std::string& path,
                std::initializer_list<std::string_view> allowed) {
        if (!j.is_object()) {
            wrong_type(path.empty() ? "(root)" : path, j, "an object");
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
    std::string text(const json& j, const std::string& path, std::string_view key, bool required) {
        const json* v = member(j, path, key, required);
        if (v == nullptr) {
            return {};
        }
        if (!v->is_string()) {
            wrong_type(join(path, key), *v, "text");
            return {};
        }
        return v->get<std::string>();
    }
    std::optional<int> integer(const json& j, const std::string& path, std::string_view key,
                               int low, int high, const std::string& what) {
        const json* v = member(j, path, key, true);
        if (v == nullptr) {
            return std::nullopt;
        }
        if (!v->is_number_integer() || v->get<std::int64_t>() < low ||
            v->get<std::int64_t>() > high) {
            add(join(path, key), shown(*v), what);
            return std::nullopt;
        }
        return static_cast<int>(v->get<std::int64_t>());
    }
};

/// Parses JSON text, reporting a syntax error and every repeated key of an object.
std::optional<json> parse_document(reader& r, std::string_view text, const std::string& base) {
    struct frame {
        bool is_array = false;
        std::size_t index = 0;
        std::string key;
        std::set<std::string, std::less<>> keys;
    };
    std::vector<frame> stack;
    const auto path_of = [&]() {
        std::string path;
        for (std::size_t i = 0; i < stack.size(); ++i) {
            const frame& f = stack[i];
            // A bare top-level array's elements are named with the caller's prefix.
            if (i == 0 && f.is_array) {
                path = at_index(base, f.index);
            } else {
                path = f.is_array ? at_index(path, f.index) : join(path, f.key);
            }
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
              "a complete JSON document: a " + std::string(evaluations_format) +
                  " document or an array of evaluations");
        return std::nullopt;
    }
}

void read_answer(reader& r, const json& j, const std::string& path, std::vector<answer>& out) {
    if (!r.object(j, path, {"item", "policy", "level", "yes_no", "number", "text"})) {
        return;
    }
    answer a;
    a.item_id = r.text(j, path, "item", true);
    if (j.contains("item") && a.item_id.empty()) {
        r.add(join(path, "item"), "", "an item identifier, e.g. 1.3");
    }
    if (const json* p = r.member(j, path, "policy", false); p != nullptr && !p->is_null()) {
        if (!p->is_string()) {
            r.wrong_type(join(path, "policy"), *p, "a policy: famille, education or social");
        } else {
            try {
                a.policy = parse_volet(p->get<std::string>(), join(path, "policy"));
            } catch (const ctg::error& e) {
                r.add(e);
            }
        }
    }
    if (const json* t = r.member(j, path, "text", false); t != nullptr && !t->is_string()) {
        r.wrong_type(join(path, "text"), *t, "the item's text (ignored)");
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
        r.add(path, keys.empty() ? "no value key" : keys,
              "exactly one of the keys level, yes_no, number");
        return;
    }
    const std::string key(given.front());
    const json& v = j.at(key);
    if (v.is_null()) {
        return;  // not answered (blank template)
    }
    if (key == "level") {
        if (!v.is_string() || v.get<std::string>().empty()) {
            r.wrong_type(join(path, key), v, "a scale code such as \"oui\" (or null)");
            return;
        }
        a.kind = answer_kind::level;
        a.level = v.get<std::string>();
    } else if (key == "yes_no") {
        if (!v.is_boolean()) {
            r.wrong_type(join(path, key), v, "true or false (or null)");
            return;
        }
        a.kind = answer_kind::yes_no;
        a.yes = v.get<bool>();
    } else {
        if (!v.is_string()) {
            r.wrong_type(join(path, key), v,
                         "a number written as text, such as \"0.75\" (so that it is exact)");
            return;
        }
        try {
            a.kind = answer_kind::number;
            a.number = answer_number::parse(v.get<std::string>(), join(path, key));
        } catch (const ctg::error& e) {
            r.add(e);
            return;
        }
    }
    out.push_back(std::move(a));
}

ctg::provenance read_provenance(reader& r, const json& j, const std::string& path) {
    ctg::provenance out;
    if (!r.object(j, path, {"evidence", "source"})) {
        return out;
    }
    try {
        out.kind = parse_evidence(r.text(j, path, "evidence", true), join(path, "evidence"));
    } catch (const ctg::error& e) {
        r.add(e);
    }
    if (const json* s = r.member(j, path, "source", false)) {
        const std::string sp = join(path, "source");
        if (r.object(*s, sp, {"document", "locator", "url"})) {
            out.cited.document = r.text(*s, sp, "document", false);
            out.cited.locator = r.text(*s, sp, "locator", false);
            out.cited.url = r.text(*s, sp, "url", false);
        }
    }
    if ((out.kind == evidence::source_document || out.kind == evidence::public_source) &&
        out.cited.document.empty()) {
        r.add(join(path, "source.document"), "",
              "the document cited (required for '" + std::string(to_string(out.kind)) + "')");
    }
    return out;
}

std::optional<evaluation> read_evaluation(reader& r, const json& j, const std::string& path,
                                          std::string_view origin) {
    const std::size_t before = r.errors.size();
    if (!r.object(j, path,
                  {"grid", "grid_version", "post_id", "year", "filled_by", "filled_on",
                   "provenance", "answers", "comments"})) {
        return std::nullopt;
    }
    evaluation e;
    e.grid_id = r.text(j, path, "grid", true);
    if (j.contains("grid") && e.grid_id.empty()) {
        r.add(join(path, "grid"), "", "a grid identifier, e.g. charente-2021");
    }
    e.grid_version =
        r.integer(j, path, "grid_version", 1, 1'000'000, "a grid version of 1 or more").value_or(0);
    e.post_id = r.text(j, path, "post_id", true);
    e.year = r.integer(j, path, "year", 1900, 9999, "a calendar year such as 2021").value_or(0);
    e.filled_by = r.text(j, path, "filled_by", false);
    if (const json* d = r.member(j, path, "filled_on", false); d != nullptr && !d->is_null()) {
        if (!d->is_string()) {
            r.wrong_type(join(path, "filled_on"), *d, "a date YYYY-MM-DD (or null)");
        } else {
            try {
                e.filled_on = parse_date(d->get<std::string>(), join(path, "filled_on"));
            } catch (const ctg::error& err) {
                r.add(err);
            }
        }
    }
    if (const json* p = r.member(j, path, "provenance", false)) {
        e.provenance = read_provenance(r, *p, join(path, "provenance"));
    } else {
        e.provenance = {evidence::source_document,
                        {std::string(origin), path.empty() ? "(root)" : path, ""}};
    }
    if (const json* as = r.member(j, path, "answers", true)) {
        if (!as->is_array()) {
            r.wrong_type(join(path, "answers"), *as, "an array of answers");
        } else {
            for (std::size_t i = 0; i < as->size(); ++i) {
                read_answer(r, (*as)[i], at_index(join(path, "answers"), i), e.answers);
            }
        }
    }
    if (const json* cs = r.member(j, path, "comments", false)) {
        if (!cs->is_array()) {
            r.wrong_type(join(path, "comments"), *cs, "an array of comments");
        } else {
            for (std::size_t i = 0; i < cs->size(); ++i) {
                const std::string cp = at_index(join(path, "comments"), i);
                if (!r.object((*cs)[i], cp, {"item", "text"})) {
                    continue;
                }
                item_comment c{r.text((*cs)[i], cp, "item", true),
                               r.text((*cs)[i], cp, "text", true)};
                if ((*cs)[i].contains("item") && c.item_id.empty()) {
                    r.add(cp + ".item", "", "an item identifier, e.g. 1.3");
                }
                e.comments.push_back(std::move(c));
            }
        }
    }
    if (r.errors.size() != before) {
        return std::nullopt;
    }
    return e;
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

ordered evaluation_json(const evaluation& e) {
    ordered o = ordered::object();
    o["grid"] = e.grid_id;
    o["grid_version"] = e.grid_version;
    o["post_id"] = e.post_id;
    o["year"] = e.year;
    o["filled_by"] = e.filled_by;
    o["filled_on"] = e.filled_on ? ordered(to_iso(*e.filled_on)) : ordered(nullptr);
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
    const auto root = parse_document(r, text, std::string(path));
    std::vector<evaluation> out;
    if (root) {
        const json* list = nullptr;
        std::string base(path);
        if (root->is_array()) {
            list = &*root;
        } else if (r.object(*root, "", {"format", "evaluations"})) {
            const std::string f = r.text(*root, "", "format", true);
            if (root->contains("format") && f != evaluations_format) {
                r.add("format", f, std::string(evaluations_format));
            }
            base = "evaluations";
            if (const json* l = r.member(*root, "", "evaluations", true)) {
                if (l->is_array()) {
                    list = l;
                } else {
                    r.wrong_type("evaluations", *l, "an array of evaluations");
                }
            }
        }
        if (list != nullptr) {
            for (std::size_t i = 0; i < list->size(); ++i) {
                if (auto e = read_evaluation(r, (*list)[i], at_index(base, i), origin)) {
                    out.push_back(std::move(*e));
                }
            }
        }
    }
    if (!r.errors.empty()) {
        throw validation_error(std::string(origin), std::move(r.errors));
    }
    return out;
}

std::vector<evaluation> load_evaluations_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw invalid_value("path", path.string(), "a readable JSON file");
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
