// SPDX-License-Identifier: MIT
// The reader behind every JSON loader of the library (rulebooks, datasets, evaluations,
// référentiels and grids): parsing with a check for repeated keys, JSON paths, typed getters that
// report what is missing or of the wrong type, and the collection of every problem as a
// ctg::error_detail (a message code and its parameters), thrown at the end as one
// ctg::validation_error. Every format words its problems alike: the codes are the words.
//
// Private to src/ (it exposes nlohmann::json). Instantiated for nlohmann::json (keys sorted) and
// nlohmann::ordered_json (keys in document order, so that problems are listed in that order).
#pragma once

#include <ctg/core/error.hpp>
#include <ctg/core/provenance.hpp>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ctg::detail {

/// `parent.key`, or `key` at the root (`parent` empty).
[[nodiscard]] std::string join_path(const std::string& parent, std::string_view key);

/// `parent[i]`.
[[nodiscard]] std::string index_path(const std::string& parent, std::size_t i);

/// How deep objects and arrays may nest in a JSON input: far more than any ctg format needs
/// (a dataset nests 7 deep), far less than what would exhaust a stack.
inline constexpr std::size_t json_depth_limit = 64;

/// Collects every problem of one document, each with its JSON path, and reads values with checks.
template <class Json>
class basic_json_reader {
public:
    /// Every problem found so far, in the order found.
    std::vector<error_detail> errors;

    /// Adds the problem of message `code` (error_detail::of()).
    void add(std::string_view code, std::string field, std::string value,
             std::vector<message_param> params = {});
    /// Adds the details of `e`.
    void add(const ctg::error& e);

    /// Runs `f`; a ctg::error it throws becomes problems. Returns whether it succeeded.
    template <class F>
    bool attempt(F&& f) {
        try {
            std::forward<F>(f)();
            return true;
        } catch (const ctg::error& e) {
            add(e);
            return false;
        }
    }

    /// Runs `f` and returns its result; a ctg::error it throws becomes problems and nothing is
    /// returned.
    template <class F>
    auto guard(F&& f) -> std::optional<decltype(f())> {
        try {
            return std::forward<F>(f)();
        } catch (const ctg::error& e) {
            add(e);
            return std::nullopt;
        }
    }

    /// Throws ctg::validation_error(origin, errors); `errors` must not be empty.
    [[noreturn]] void fail(std::string_view origin);

    /// Parses `text`, reporting every repeated key of an object (at its path) and, for a text
    /// that is not JSON, a `(root)` problem whose value is the text around the byte where it
    /// stops being JSON; nothing is returned then. The elements of a bare top-level array are
    /// at `array_base[i]`.
    std::optional<Json> parse(std::string_view text, std::string_view array_base = {});

    /// What the user wrote, short enough for a message: a string or number cut at 80 bytes, an
    /// object or an array named by its size, never dumped.
    [[nodiscard]] static std::string shown(const Json& v);
    /// Reports `v` at `path`, of the wrong type: message `code` says what was expected.
    void wrong_type(const std::string& path, const Json& v, std::string_view code,
                    std::vector<message_param> params = {});

    /// Whether `j` is an object; reports it (at `(root)` for the empty path) otherwise.
    bool expect_object(const Json& j, const std::string& path);
    /// Reports every key of `obj` outside `allowed` (typos must not pass silently).
    void check_keys(const Json& obj, const std::string& path,
                    std::initializer_list<std::string_view> allowed);
    /// expect_object(), then check_keys().
    bool object(const Json& j, const std::string& path,
                std::initializer_list<std::string_view> allowed);

    /// The member `key` of `obj`, or nullptr; a missing one is reported when `required`.
    const Json* member(const Json& obj, const std::string& path, std::string_view key,
                       bool required);
    /// The string `v` at `path`; nothing when absent (nullptr), of another type or (when
    /// `non_empty`) empty, the last two reported.
    std::optional<std::string> string_value(const Json* v, const std::string& path, bool non_empty);
    /// The string member `key` of `obj`, as string_value().
    std::optional<std::string> string_member(const Json& obj, const std::string& path,
                                             std::string_view key, bool required,
                                             bool non_empty = false);
    /// string_member(), or "" when there is none.
    std::string text(const Json& obj, const std::string& path, std::string_view key, bool required,
                     bool non_empty = false);
    /// The required JSON integer `key` of `obj` in [low, high]: anything else is reported.
    std::optional<int> whole_number(const Json& obj, const std::string& path, std::string_view key,
                                    int low, int high);

    /// Calls `f(element, element_path)` on each element of the array `v` at `path`; nothing
    /// when `v` is nullptr, and `v` is reported when not an array. Returns whether `v` is an
    /// array.
    template <class F>
    bool each(const Json* v, const std::string& path, F&& f) {
        if (v == nullptr) {
            return false;
        }
        if (!v->is_array()) {
            wrong_type(path, *v, "json.expected.array");
            return false;
        }
        for (std::size_t i = 0; i < v->size(); ++i) {
            f((*v)[i], index_path(path, i));
        }
        return true;
    }

    /// each() on the member `key` of `obj` (an array).
    template <class F>
    bool each_member(const Json& obj, const std::string& path, std::string_view key, bool required,
                     F&& f) {
        return each(member(obj, path, key, required), join_path(path, key), std::forward<F>(f));
    }

    /// Reports a `format` member of `root` other than `format_id` (and a missing one).
    void check_format(const Json& root, std::string_view format_id);

    /// The provenance object `key` of `obj` ({"evidence": …, "source": {"document", "locator",
    /// "url"}}), nothing when absent (reported when `required`). A source document or public
    /// source names its document; with `public_source_url`, a public source also its URL.
    std::optional<provenance> provenance_member(const Json& obj, const std::string& path,
                                                std::string_view key, bool required,
                                                bool public_source_url);
};

/// The members of one JSON object read in turn: unknown keys are reported when it is opened;
/// when it is not an object (reported too) every member is absent.
template <class Json>
class basic_json_object {
public:
    basic_json_object(basic_json_reader<Json>& r, const Json& j, std::string path,
                      std::initializer_list<std::string_view> allowed);

    /// The path of member `key`.
    [[nodiscard]] std::string at(std::string_view key) const { return join_path(path_, key); }
    /// The member, or nullptr (reported when `required`).
    const Json* get(std::string_view key, bool required);

private:
    basic_json_reader<Json>& r_;
    const Json& j_;
    std::string path_;
    bool ok_ = true;
};

extern template class basic_json_reader<nlohmann::json>;
extern template class basic_json_reader<nlohmann::ordered_json>;
extern template class basic_json_object<nlohmann::json>;
extern template class basic_json_object<nlohmann::ordered_json>;

/// Keys sorted (nlohmann::json).
using json_reader = basic_json_reader<nlohmann::json>;
using json_object = basic_json_object<nlohmann::json>;
/// Keys in document order (nlohmann::ordered_json).
using ordered_json_reader = basic_json_reader<nlohmann::ordered_json>;

/// The canonical form of a provenance: {"evidence": …, "source": {…}}, the source and its
/// members only when not empty.
[[nodiscard]] nlohmann::ordered_json provenance_json(const provenance& p);

}  // namespace ctg::detail
