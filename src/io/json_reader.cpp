// SPDX-License-Identifier: MIT
#include "io/json_reader.hpp"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <set>

namespace ctg::detail {

std::string join_path(const std::string& parent, std::string_view key) {
    return parent.empty() ? std::string(key) : parent + "." + std::string(key);
}

std::string index_path(const std::string& parent, std::size_t i) {
    return parent + "[" + std::to_string(i) + "]";
}

namespace {

/// Up to 20 bytes either side of `at`, not cutting a UTF-8 sequence, on one line.
std::string excerpt_around(std::string_view text, std::size_t at) {
    const auto continuation = [&](std::size_t i) {
        return i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0U) == 0x80U;
    };
    std::size_t from = at > 20 ? at - 20 : 0;
    std::size_t to = std::min(at + 20, text.size());
    while (from < to && continuation(from)) {
        ++from;
    }
    while (to > from && continuation(to)) {
        --to;
    }
    std::string excerpt(text.substr(from, to - from));
    std::replace_if(
        excerpt.begin(), excerpt.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; },
        ' ');
    return excerpt;
}

/// The `(root)` problem of a text that is not JSON: the parser stopped at byte `byte` (1-based).
error_detail syntax_problem(std::string_view text, std::size_t byte) {
    if (byte >= text.size()) {
        return error_detail::of("json.truncated", "(root)", "",
                                {{"byte", std::to_string(text.size())}});
    }
    const std::size_t at = byte == 0 ? 0 : byte - 1;
    return error_detail::of("json.syntax", "(root)", excerpt_around(text, at),
                            {{"byte", std::to_string(byte)}});
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Collecting

template <class Json>
void basic_json_reader<Json>::add(std::string_view code, std::string field, std::string value,
                                  std::vector<message_param> params) {
    errors.push_back(error_detail::of(code, std::move(field), std::move(value), std::move(params)));
}

template <class Json>
void basic_json_reader<Json>::add(const ctg::error& e) {
    errors.insert(errors.end(), e.details().begin(), e.details().end());
}

template <class Json>
void basic_json_reader<Json>::fail(std::string_view origin) {
    throw validation_error(std::string(origin), std::move(errors));
}

// ---------------------------------------------------------------------------------------------
// Parsing

template <class Json>
std::optional<Json> basic_json_reader<Json>::parse(std::string_view text,
                                                   std::string_view array_base) {
    struct frame {
        bool array = false;
        std::size_t index = 0;
        std::string key;
        std::set<std::string, std::less<>> keys;
    };
    std::vector<frame> stack;
    const auto path_of = [&]() {
        std::string path;
        for (std::size_t i = 0; i < stack.size(); ++i) {
            const frame& f = stack[i];
            path = f.array ? index_path(i == 0 ? std::string(array_base) : path, f.index)
                           : join_path(path, f.key);
        }
        return path;
    };
    const auto child_done = [&]() {
        if (!stack.empty() && stack.back().array) {
            ++stack.back().index;
        }
    };
    // Deeper than json_depth_limit: parsing stops there, before anything recursive (the value
    // would be dumped for a message, destroyed, walked) meets a stack-deep document.
    struct too_deep {};
    using event_t = typename Json::parse_event_t;
    typename Json::parser_callback_t callback = [&](int, event_t event, Json& parsed) {
        switch (event) {
            case event_t::object_start:
            case event_t::array_start:
                if (stack.size() >= json_depth_limit) {
                    throw too_deep{};
                }
                stack.push_back({event == event_t::array_start, 0, {}, {}});
                break;
            case event_t::key:
                if (!stack.empty()) {
                    auto& top = stack.back();
                    top.key = parsed.template get<std::string>();
                    if (!top.keys.insert(top.key).second) {
                        add("json.repeated_key", path_of(), top.key);
                    }
                }
                break;
            case event_t::object_end:
            case event_t::array_end:
                if (!stack.empty()) {
                    stack.pop_back();
                }
                child_done();
                break;
            case event_t::value:
                child_done();
                break;
        }
        return true;
    };
    // A raw NUL byte is never JSON (inside a string it is written \u0000); nlohmann would stop
    // reading there and accept whatever follows.
    if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
        errors.push_back(syntax_problem(text, nul + 1));
        return std::nullopt;
    }
    try {
        return Json::parse(text.begin(), text.end(), callback);
    } catch (const typename Json::parse_error& e) {
        errors.push_back(syntax_problem(text, e.byte));
    } catch (const too_deep&) {
        add("json.too_deep", path_of(), "", {{"limit", std::to_string(json_depth_limit)}});
    } catch (const typename Json::out_of_range& e) {
        // nlohmann writes "number overflow parsing '1e400'": the number is quoted.
        const std::string_view what = e.what();
        const std::size_t open = what.find('\'');
        const std::size_t close = what.rfind('\'');
        add("json.number_range", path_of(),
            open < close ? std::string(what.substr(open + 1, close - open - 1)) : "");
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Wording

template <class Json>
std::string basic_json_reader<Json>::shown(const Json& v) {
    constexpr std::size_t limit = 80;
    // An object shows its first keys, an array its size: never a recursive dump, so a message
    // stays short whatever the input.
    if (v.is_object()) {
        std::string keys;
        std::size_t shown_keys = 0;
        for (auto it = v.begin(); it != v.end() && shown_keys < 3; ++it, ++shown_keys) {
            keys += (keys.empty() ? "" : ", ") + ("\"" + it.key() + "\": …");
        }
        return printable_text("{" + keys + (v.size() > 3 ? ", …}" : "}"), limit);
    }
    if (v.is_array()) {
        return "[…] (" + std::to_string(v.size()) + ")";
    }
    std::string s = v.is_string() ? v.template get<std::string>()
                                  : v.dump(-1, ' ', false, Json::error_handler_t::replace);
    return printable_text(s, limit);
}

template <class Json>
void basic_json_reader<Json>::wrong_type(const std::string& path, const Json& v,
                                         std::string_view code, std::vector<message_param> params) {
    add(code, path, shown(v), std::move(params));
}

// ---------------------------------------------------------------------------------------------
// Objects and members

template <class Json>
bool basic_json_reader<Json>::expect_object(const Json& j, const std::string& path) {
    if (j.is_object()) {
        return true;
    }
    wrong_type(path.empty() ? "(root)" : path, j, "json.expected.object");
    return false;
}

template <class Json>
void basic_json_reader<Json>::check_keys(const Json& obj, const std::string& path,
                                         std::initializer_list<std::string_view> allowed) {
    for (const auto& [key, value] : obj.items()) {
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
            std::string known;
            for (const auto a : allowed) {
                known += (known.empty() ? "" : ", ") + std::string(a);
            }
            add("json.unknown_key", join_path(path, key), key, {{"known", known}});
        }
    }
}

template <class Json>
bool basic_json_reader<Json>::object(const Json& j, const std::string& path,
                                     std::initializer_list<std::string_view> allowed) {
    if (!expect_object(j, path)) {
        return false;
    }
    check_keys(j, path, allowed);
    return true;
}

template <class Json>
const Json* basic_json_reader<Json>::member(const Json& obj, const std::string& path,
                                            std::string_view key, bool required) {
    const auto it = obj.find(key);
    if (it == obj.end()) {
        if (required) {
            add("json.missing_key", join_path(path, key), "", {{"key", std::string(key)}});
        }
        return nullptr;
    }
    return &*it;
}

template <class Json>
std::optional<std::string> basic_json_reader<Json>::string_value(const Json* v,
                                                                 const std::string& path,
                                                                 bool non_empty) {
    if (v == nullptr) {
        return std::nullopt;
    }
    if (!v->is_string()) {
        wrong_type(path, *v, "json.expected.string");
        return std::nullopt;
    }
    std::string s = v->template get<std::string>();
    if (non_empty && s.empty()) {
        add("value.empty", path, "");
        return std::nullopt;
    }
    // A control character other than a tab or a line break (`\u000b`, `\u0000`) has no place
    // in a name or a comment, and no XML or HTML output can hold it.
    const auto control = std::find_if(s.begin(), s.end(), [](char c) {
        return static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r';
    });
    if (control != s.end()) {
        add("text.control_character", path, s);
        return std::nullopt;
    }
    return s;
}

template <class Json>
std::optional<std::string> basic_json_reader<Json>::string_member(const Json& obj,
                                                                  const std::string& path,
                                                                  std::string_view key,
                                                                  bool required, bool non_empty) {
    return string_value(member(obj, path, key, required), join_path(path, key), non_empty);
}

template <class Json>
std::string basic_json_reader<Json>::text(const Json& obj, const std::string& path,
                                          std::string_view key, bool required, bool non_empty) {
    return string_member(obj, path, key, required, non_empty).value_or("");
}

template <class Json>
std::optional<int> basic_json_reader<Json>::whole_number(const Json& obj, const std::string& path,
                                                         std::string_view key, int low, int high) {
    const Json* v = member(obj, path, key, true);
    if (v == nullptr) {
        return std::nullopt;
    }
    if (!v->is_number_integer()) {
        wrong_type(join_path(path, key), *v, "json.expected.integer");
        return std::nullopt;
    }
    const auto n = v->template get<std::int64_t>();
    if (n < low || n > high) {
        add("value.range", join_path(path, key), shown(*v),
            {{"low", std::to_string(low)}, {"high", std::to_string(high)}});
        return std::nullopt;
    }
    return static_cast<int>(n);
}

template <class Json>
void basic_json_reader<Json>::check_format(const Json& root, std::string_view format_id) {
    const std::string f = text(root, "", "format", true);
    if (root.contains("format") && f != format_id) {
        add("json.format", "format", f, {{"format", std::string(format_id)}});
    }
}

template <class Json>
std::optional<provenance> basic_json_reader<Json>::provenance_member(const Json& obj,
                                                                     const std::string& path,
                                                                     std::string_view key,
                                                                     bool required,
                                                                     bool public_source_url) {
    const Json* v = member(obj, path, key, required);
    if (v == nullptr) {
        return std::nullopt;
    }
    const std::string here = join_path(path, key);
    provenance out;
    if (!object(*v, here, {"alternative", "derivation", "evidence", "source"})) {
        return out;
    }
    const bool kind_known = attempt([&] {
        out.kind = parse_evidence(text(*v, here, "evidence", true), join_path(here, "evidence"));
    });
    out.derivation = text(*v, here, "derivation", false);
    out.alternative = text(*v, here, "alternative", false);
    if (const Json* s = member(*v, here, "source", false)) {
        const std::string sp = join_path(here, "source");
        if (object(*s, sp, {"document", "locator", "url"})) {
            out.cited.document = text(*s, sp, "document", false);
            out.cited.locator = text(*s, sp, "locator", false);
            out.cited.url = text(*s, sp, "url", false);
        }
    }
    if (kind_known) {
        for (error_detail& problem : check_reasoning(out, here)) {
            errors.push_back(std::move(problem));
        }
    }
    if (cites_document(out.kind) && out.cited.document.empty()) {
        add("provenance.document_missing", join_path(here, "source.document"), "",
            {{"evidence", std::string(to_string(out.kind))}});
    }
    if (public_source_url && out.kind == evidence::public_source && out.cited.url.empty()) {
        add("provenance.url_missing", join_path(here, "source.url"), "");
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// One object

template <class Json>
basic_json_object<Json>::basic_json_object(basic_json_reader<Json>& r, const Json& j,
                                           std::string path,
                                           std::initializer_list<std::string_view> allowed)
    : r_(r), j_(j), path_(std::move(path)) {
    ok_ = r_.object(j_, path_, allowed);
}

template <class Json>
const Json* basic_json_object<Json>::get(std::string_view key, bool required) {
    return ok_ ? r_.member(j_, path_, key, required) : nullptr;
}

template class basic_json_reader<nlohmann::json>;
template class basic_json_reader<nlohmann::ordered_json>;
template class basic_json_object<nlohmann::json>;
template class basic_json_object<nlohmann::ordered_json>;

// ---------------------------------------------------------------------------------------------
// Writing

nlohmann::ordered_json provenance_json(const provenance& p) {
    nlohmann::ordered_json o = nlohmann::ordered_json::object();
    o["evidence"] = std::string(to_string(p.kind));
    if (!p.derivation.empty()) {
        o["derivation"] = p.derivation;
    }
    if (!p.alternative.empty()) {
        o["alternative"] = p.alternative;
    }
    if (!p.cited.document.empty() || !p.cited.locator.empty() || !p.cited.url.empty()) {
        nlohmann::ordered_json s = nlohmann::ordered_json::object();
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

}  // namespace ctg::detail
