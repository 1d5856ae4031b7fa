// SPDX-License-Identifier: MIT
#include <ctg/core/error.hpp>
#include <ctg/io/dataset_json.hpp>
#include <ctg/io/evaluation_json.hpp>

#include "embedded.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <utility>

namespace ctg {

namespace {

using json = nlohmann::json;
using ordered = nlohmann::ordered_json;

// ---------------------------------------------------------------------------------------------
// Paths and dates

std::string join(const std::string& path, std::string_view key) {
    if (path.empty()) {
        return std::string(key);
    }
    return path + "." + std::string(key);
}

std::string index(const std::string& path, std::size_t i) {
    return path + "[" + std::to_string(i) + "]";
}

date next_day(date d) { return date{std::chrono::sys_days{d} + std::chrono::days{1}}; }
date previous_day(date d) { return date{std::chrono::sys_days{d} - std::chrono::days{1}}; }

/// A JSON value as the user wrote it, shortened for messages.
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
    if (v.is_number_integer()) {
        return "an integer";
    }
    if (v.is_number_float()) {
        return "a decimal number";
    }
    if (v.is_boolean()) {
        return "a boolean";
    }
    if (v.is_null()) {
        return "null";
    }
    if (v.is_array()) {
        return "an array";
    }
    return "an object";
}

// ---------------------------------------------------------------------------------------------
// Error collection

struct context {
    std::vector<error_detail> errors;

    void add(std::string field, std::string value, std::string expected) {
        errors.push_back({std::move(field), std::move(value), std::move(expected)});
    }
    void add(const ctg::error& e) {
        for (const auto& d : e.details()) {
            errors.push_back(d);
        }
    }
    /// Runs `f`; a ctg::error it throws is recorded and nothing is returned.
    template <typename F>
    auto guard(F&& f) -> std::optional<decltype(f())> {
        try {
            return f();
        } catch (const ctg::error& e) {
            add(e);
            return std::nullopt;
        }
    }
    void wrong_type(const std::string& path, const json& v, const std::string& expected) {
        add(path, shown(v), expected + ", not " + type_name(v));
    }
};

/// Reads the members of one JSON object, reporting unknown and missing keys.
class object_reader {
public:
    object_reader(context& c, const json& j, std::string path,
                  std::initializer_list<std::string_view> allowed)
        : c_(c), j_(j), path_(std::move(path)) {
        if (!j.is_object()) {
            c_.wrong_type(path_.empty() ? "(root)" : path_, j, "an object");
            ok_ = false;
            return;
        }
        for (const auto& [key, value] : j.items()) {
            if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
                std::string known;
                for (const auto a : allowed) {
                    known += (known.empty() ? "" : ", ") + std::string(a);
                }
                c_.add(join(path_, key), key, "a known key (" + known + ")");
            }
        }
    }
    [[nodiscard]] bool ok() const noexcept { return ok_; }
    [[nodiscard]] std::string at(std::string_view key) const { return join(path_, key); }
    [[nodiscard]] const std::string& path() const noexcept { return path_; }

    /// The member, or nullptr (recording "missing" when `required`).
    const json* get(std::string_view key, bool required) {
        if (!ok_) {
            return nullptr;
        }
        const auto it = j_.find(key);
        if (it == j_.end()) {
            if (required) {
                c_.add(at(key), "", "a value for the required key \"" + std::string(key) + "\"");
            }
            return nullptr;
        }
        return &*it;
    }

private:
    context& c_;
    const json& j_;
    std::string path_;
    bool ok_ = true;
};

// ---------------------------------------------------------------------------------------------
// Scalar readers: each returns nothing on absence or error (errors recorded)

std::optional<std::string> read_text(context& c, const json* v, const std::string& path,
                                     bool non_empty = true) {
    if (v == nullptr) {
        return std::nullopt;
    }
    if (!v->is_string()) {
        c.wrong_type(path, *v, "text (a JSON string)");
        return std::nullopt;
    }
    std::string s = v->get<std::string>();
    if (non_empty && s.empty()) {
        c.add(path, "", "non-empty text");
        return std::nullopt;
    }
    return s;
}

std::optional<std::int64_t> read_integer(context& c, const json* v, const std::string& path) {
    if (v == nullptr) {
        return std::nullopt;
    }
    if (v->is_number_unsigned()) {
        const auto u = v->get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(INT64_MAX)) {
            c.add(path, shown(*v), "an integer that fits in 64 bits");
            return std::nullopt;
        }
        return static_cast<std::int64_t>(u);
    }
    if (v->is_number_integer()) {
        return v->get<std::int64_t>();
    }
    c.wrong_type(path, *v, "a whole number (a JSON integer such as 2021)");
    return std::nullopt;
}

std::optional<int> read_int(context& c, const json* v, const std::string& path) {
    const auto n = read_integer(c, v, path);
    if (!n) {
        return std::nullopt;
    }
    if (*n < -1'000'000'000 || *n > 1'000'000'000) {
        c.add(path, std::to_string(*n), "a whole number between -1e9 and 1e9");
        return std::nullopt;
    }
    return static_cast<int>(*n);
}

std::optional<money> read_money(context& c, const json* v, const std::string& path) {
    if (v == nullptr) {
        return std::nullopt;
    }
    if (v->is_number()) {
        c.add(path, shown(*v),
              "a string such as \"38400.00\"; numbers are refused so that no amount passes "
              "through a float");
        return std::nullopt;
    }
    const auto text = read_text(c, v, path);
    if (!text) {
        return std::nullopt;
    }
    return c.guard([&] { return money::parse(*text, path); });
}

std::optional<fte> read_fte(context& c, const json* v, const std::string& path) {
    if (v == nullptr) {
        return std::nullopt;
    }
    if (v->is_number()) {
        c.add(path, shown(*v),
              "a string such as \"0.75\"; numbers are refused so that no FTE passes through a "
              "float");
        return std::nullopt;
    }
    const auto text = read_text(c, v, path);
    if (!text) {
        return std::nullopt;
    }
    return c.guard([&] { return fte::parse(*text, path); });
}

std::optional<date> read_date(context& c, const json* v, const std::string& path) {
    const auto text = read_text(c, v, path);
    if (!text) {
        return std::nullopt;
    }
    return c.guard([&] { return parse_date(*text, path); });
}

/// Reads text and passes it to `parse(text, path)`.
template <typename Parse>
auto read_parsed(context& c, const json* v, const std::string& path, Parse&& parse)
    -> std::optional<decltype(parse(std::string_view{}, std::string_view{}))> {
    const auto text = read_text(c, v, path, false);
    if (!text) {
        return std::nullopt;
    }
    return c.guard([&] { return parse(*text, path); });
}

/// Reads an array, calling `item(element, path)` on each element.
template <typename Item>
void read_array(context& c, const json* v, const std::string& path, Item&& item) {
    if (v == nullptr) {
        return;
    }
    if (!v->is_array()) {
        c.wrong_type(path, *v, "an array");
        return;
    }
    for (std::size_t i = 0; i < v->size(); ++i) {
        item((*v)[i], index(path, i));
    }
}

template <typename T, typename Read>
std::vector<T> read_list(context& c, const json* v, const std::string& path, Read&& read) {
    std::vector<T> out;
    read_array(c, v, path, [&](const json& e, const std::string& p) { out.push_back(read(e, p)); });
    return out;
}

template <typename T>
void assign(T& target, std::optional<T> value) {
    if (value) {
        target = std::move(*value);
    }
}

// ---------------------------------------------------------------------------------------------
// Structured readers: return a value with defaults where something failed (errors recorded)

provenance read_provenance(context& c, const json* v, const std::string& path) {
    provenance p;
    if (v == nullptr) {
        return p;
    }
    object_reader o(c, *v, path, {"evidence", "source"});
    assign(p.kind, read_parsed(c, o.get("evidence", true), o.at("evidence"),
                               [](std::string_view t, std::string_view f) {
                                   return parse_evidence(t, f);
                               }));
    if (const json* s = o.get("source", false)) {
        object_reader so(c, *s, o.at("source"), {"document", "locator", "url"});
        assign(p.cited.document, read_text(c, so.get("document", false), so.at("document"), false));
        assign(p.cited.locator, read_text(c, so.get("locator", false), so.at("locator"), false));
        assign(p.cited.url, read_text(c, so.get("url", false), so.at("url"), false));
    }
    return p;
}

population read_population(context& c, const json& v, const std::string& path) {
    population p;
    object_reader o(c, v, path, {"inhabitants", "year", "provenance"});
    assign(p.inhabitants, read_integer(c, o.get("inhabitants", true), o.at("inhabitants")));
    assign(p.reference_year, read_int(c, o.get("year", true), o.at("year")));
    p.provenance = read_provenance(c, o.get("provenance", true), o.at("provenance"));
    return p;
}

siren parse_siren(std::string_view t, std::string_view f) { return siren::parse(t, f); }
insee_code parse_insee(std::string_view t, std::string_view f) { return insee_code::parse(t, f); }
theme parse_theme(std::string_view t, std::string_view f) { return theme::parse(t, f); }
signatory_role parse_role(std::string_view t, std::string_view f) {
    return signatory_role::parse(t, f);
}

epci read_epci(context& c, const json& v, const std::string& path) {
    epci e;
    object_reader o(
        c, v, path,
        {"siren", "name", "kind", "seat", "commune_count", "population", "communes", "provenance"});
    assign(e.siren, read_parsed(c, o.get("siren", true), o.at("siren"), parse_siren));
    assign(e.name, read_text(c, o.get("name", true), o.at("name")));
    assign(e.kind, read_parsed(c, o.get("kind", true), o.at("kind"),
                               [](std::string_view t, std::string_view f) {
                                   return parse_epci_kind(t, f);
                               }));
    assign(e.seat, read_text(c, o.get("seat", true), o.at("seat")));
    assign(e.commune_count, read_int(c, o.get("commune_count", true), o.at("commune_count")));
    if (const json* p = o.get("population", true)) {
        e.population = read_population(c, *p, o.at("population"));
    }
    e.communes = read_list<commune>(
        c, o.get("communes", false), o.at("communes"), [&](const json& m, const std::string& mp) {
            commune x;
            object_reader mo(c, m, mp, {"insee", "name", "population"});
            assign(x.insee, read_parsed(c, mo.get("insee", true), mo.at("insee"), parse_insee));
            assign(x.name, read_text(c, mo.get("name", true), mo.at("name")));
            if (const json* p = mo.get("population", false)) {
                x.population = read_population(c, *p, mo.at("population"));
            }
            return x;
        });
    e.provenance = read_provenance(c, o.get("provenance", true), o.at("provenance"));
    return e;
}

signatory read_signatory(context& c, const json& v, const std::string& path) {
    signatory s;
    object_reader o(c, v, path, {"role", "name", "siren", "insee"});
    assign(s.role, read_parsed(c, o.get("role", true), o.at("role"), parse_role));
    assign(s.name, read_text(c, o.get("name", true), o.at("name")));
    if (const json* x = o.get("siren", false)) {
        s.siren = read_parsed(c, x, o.at("siren"), parse_siren);
        if (!s.siren) {
            s.siren = siren{};  // given but invalid: keep "given" so that no "missing" follows
        }
    }
    if (const json* x = o.get("insee", false)) {
        s.insee = read_parsed(c, x, o.at("insee"), parse_insee);
        if (!s.insee) {
            s.insee = insee_code{};
        }
    }
    return s;
}

std::optional<std::string> read_decimal_text(context& c, const json* v, const std::string& path) {
    if (v != nullptr && v->is_number()) {
        c.add(path, shown(*v),
              "a decimal number written as a string, such as \"0.35\"; numbers are refused so "
              "that no value passes through a float");
        return std::nullopt;
    }
    return read_text(c, v, path);
}

fiche_action read_fiche(context& c, const json& v, const std::string& path) {
    fiche_action f;
    object_reader o(c, v, path,
                    {"id", "title", "objectives", "indicators", "lead_partner", "status"});
    assign(f.id, read_text(c, o.get("id", true), o.at("id")));
    assign(f.title, read_text(c, o.get("title", true), o.at("title")));
    read_array(c, o.get("objectives", false), o.at("objectives"),
               [&](const json& e, const std::string& p) {
                   if (auto t = read_text(c, &e, p)) {
                       f.objectives.push_back(std::move(*t));
                   }
               });
    f.indicators = read_list<indicator>(
        c, o.get("indicators", false), o.at("indicators"),
        [&](const json& e, const std::string& p) {
            indicator ind;
            object_reader io(c, e, p, {"id", "label", "unit", "baseline", "target"});
            assign(ind.id, read_text(c, io.get("id", true), io.at("id")));
            assign(ind.label, read_text(c, io.get("label", true), io.at("label")));
            assign(ind.unit, read_text(c, io.get("unit", true), io.at("unit")));
            ind.baseline = read_decimal_text(c, io.get("baseline", false), io.at("baseline"));
            ind.target = read_decimal_text(c, io.get("target", false), io.at("target"));
            return ind;
        });
    assign(f.lead_partner, read_text(c, o.get("lead_partner", true), o.at("lead_partner")));
    assign(f.status, read_parsed(c, o.get("status", true), o.at("status"),
                                 [](std::string_view t, std::string_view fl) {
                                     return parse_action_status(t, fl);
                                 }));
    return f;
}

convention read_convention(context& c, const json& v, const std::string& path) {
    convention cv;
    object_reader o(c, v, path,
                    {"id", "name", "term", "themes", "signatories", "territories", "diagnostic",
                     "action_plan", "governance", "amendments", "referent", "provenance"});
    assign(cv.id, read_text(c, o.get("id", true), o.at("id")));
    assign(cv.name, read_text(c, o.get("name", true), o.at("name")));

    if (const json* t = o.get("term", true)) {
        object_reader to(c, *t, o.at("term"), {"start", "end", "provenance"});
        const auto start = read_date(c, to.get("start", true), to.at("start"));
        const auto last = read_date(c, to.get("end", true), to.at("end"));
        if (start && last) {
            if (*last < *start) {
                c.add(to.at("end"), to_iso(*last),
                      "a last day on or after the start " + to_iso(*start) +
                          " (a convention cannot end before it starts)");
            } else {
                cv.term = period(*start, next_day(*last));
            }
        }
        cv.term_provenance = read_provenance(c, to.get("provenance", true), to.at("provenance"));
    }

    read_array(c, o.get("themes", true), o.at("themes"), [&](const json& e, const std::string& p) {
        if (auto t = read_parsed(c, &e, p, parse_theme)) {
            cv.themes.push_back(std::move(*t));
        }
    });
    cv.signatories = read_list<signatory>(
        c, o.get("signatories", true), o.at("signatories"),
        [&](const json& e, const std::string& p) { return read_signatory(c, e, p); });
    if (const json* t = o.get("territories", true)) {
        object_reader to(c, *t, o.at("territories"), {"epcis", "communes"});
        read_array(c, to.get("epcis", true), to.at("epcis"),
                   [&](const json& e, const std::string& p) {
                       cv.territories.epcis.push_back(
                           read_parsed(c, &e, p, parse_siren).value_or(siren{}));
                   });
        read_array(c, to.get("communes", false), to.at("communes"),
                   [&](const json& e, const std::string& p) {
                       cv.territories.communes.push_back(
                           read_parsed(c, &e, p, parse_insee).value_or(insee_code{}));
                   });
    }
    if (const json* d = o.get("diagnostic", false)) {
        diagnostic dg;
        object_reader dox(c, *d, o.at("diagnostic"), {"date", "caf_cofinancing", "provenance"});
        assign(dg.completed_on, read_date(c, dox.get("date", true), dox.at("date")));
        dg.caf_cofinancing =
            read_money(c, dox.get("caf_cofinancing", false), dox.at("caf_cofinancing"));
        dg.provenance = read_provenance(c, dox.get("provenance", true), dox.at("provenance"));
        cv.diagnostic = std::move(dg);
    }
    cv.action_plan = read_list<action_axis>(
        c, o.get("action_plan", false), o.at("action_plan"),
        [&](const json& e, const std::string& p) {
            action_axis a;
            object_reader ao(c, e, p, {"id", "title", "fiches"});
            assign(a.id, read_text(c, ao.get("id", true), ao.at("id")));
            assign(a.title, read_text(c, ao.get("title", true), ao.at("title")));
            a.fiches = read_list<fiche_action>(
                c, ao.get("fiches", false), ao.at("fiches"),
                [&](const json& fe, const std::string& fp) { return read_fiche(c, fe, fp); });
            return a;
        });
    cv.governance = read_list<governance_body>(
        c, o.get("governance", false), o.at("governance"),
        [&](const json& e, const std::string& p) {
            governance_body b;
            object_reader bo(c, e, p, {"id", "kind", "name", "meetings"});
            assign(b.id, read_text(c, bo.get("id", true), bo.at("id")));
            assign(b.kind, read_parsed(c, bo.get("kind", true), bo.at("kind"),
                                       [](std::string_view t, std::string_view f) {
                                           return parse_body_kind(t, f);
                                       }));
            assign(b.name, read_text(c, bo.get("name", true), bo.at("name")));
            b.meetings = read_list<meeting>(
                c, bo.get("meetings", false), bo.at("meetings"),
                [&](const json& me, const std::string& mp) {
                    meeting m;
                    object_reader mo(c, me, mp, {"date", "note"});
                    assign(m.held_on, read_date(c, mo.get("date", true), mo.at("date")));
                    assign(m.note, read_text(c, mo.get("note", false), mo.at("note"), false));
                    return m;
                });
            return b;
        });
    cv.amendments = read_list<amendment>(
        c, o.get("amendments", false), o.at("amendments"),
        [&](const json& e, const std::string& p) {
            amendment a;
            object_reader ao(c, e, p, {"id", "signed_on", "object", "new_end", "provenance"});
            assign(a.id, read_text(c, ao.get("id", true), ao.at("id")));
            assign(a.signed_on, read_date(c, ao.get("signed_on", true), ao.at("signed_on")));
            assign(a.object, read_text(c, ao.get("object", true), ao.at("object")));
            if (const auto last = read_date(c, ao.get("new_end", false), ao.at("new_end"))) {
                a.new_end = next_day(*last);
            }
            a.provenance = read_provenance(c, ao.get("provenance", true), ao.at("provenance"));
            return a;
        });
    cv.referent_id = read_text(c, o.get("referent", false), o.at("referent"));
    cv.provenance = read_provenance(c, o.get("provenance", true), o.at("provenance"));
    return cv;
}

coordinator read_coordinator(context& c, const json& v, const std::string& path) {
    coordinator co;
    object_reader o(
        c, v, path,
        {"id", "name", "fte", "start", "end", "training_days", "network_days", "provenance"});
    assign(co.id, read_text(c, o.get("id", true), o.at("id")));
    co.name = read_text(c, o.get("name", false), o.at("name"));
    assign(co.fte, read_fte(c, o.get("fte", true), o.at("fte")));
    assign(co.start, read_date(c, o.get("start", true), o.at("start")));
    if (const auto last = read_date(c, o.get("end", false), o.at("end"))) {
        co.end = next_day(*last);
    }
    assign(co.training_days, read_int(c, o.get("training_days", true), o.at("training_days")));
    assign(co.network_days, read_int(c, o.get("network_days", true), o.at("network_days")));
    co.provenance = read_provenance(c, o.get("provenance", true), o.at("provenance"));
    return co;
}

coordination_post read_post(context& c, const json& v, const std::string& path) {
    coordination_post p;
    object_reader o(c, v, path,
                    {"id", "convention", "pilot_epci", "contracted_fte", "fte_provenance", "volets",
                     "themes", "coordinators", "expenses", "provenance"});
    assign(p.id, read_text(c, o.get("id", true), o.at("id")));
    assign(p.convention_id, read_text(c, o.get("convention", true), o.at("convention")));
    assign(p.pilot_epci,
           read_parsed(c, o.get("pilot_epci", true), o.at("pilot_epci"), parse_siren));
    assign(p.contracted_fte, read_fte(c, o.get("contracted_fte", true), o.at("contracted_fte")));
    p.fte_provenance = read_provenance(c, o.get("fte_provenance", true), o.at("fte_provenance"));
    read_array(c, o.get("volets", false), o.at("volets"),
               [&](const json& e, const std::string& ep) {
                   if (auto x = read_parsed(c, &e, ep, [](std::string_view t, std::string_view f) {
                           return parse_volet(t, f);
                       })) {
                       p.volets.push_back(*x);
                   }
               });
    read_array(c, o.get("themes", false), o.at("themes"),
               [&](const json& e, const std::string& ep) {
                   if (auto x = read_parsed(c, &e, ep, parse_theme)) {
                       p.themes.push_back(std::move(*x));
                   }
               });
    p.coordinators = read_list<coordinator>(
        c, o.get("coordinators", false), o.at("coordinators"),
        [&](const json& e, const std::string& ep) { return read_coordinator(c, e, ep); });
    p.expenses = read_list<yearly_expense>(
        c, o.get("expenses", false), o.at("expenses"), [&](const json& e, const std::string& ep) {
            yearly_expense x;
            object_reader eo(c, e, ep, {"year", "amount", "provenance"});
            assign(x.year, read_int(c, eo.get("year", true), eo.at("year")));
            assign(x.amount, read_money(c, eo.get("amount", true), eo.at("amount")));
            x.provenance = read_provenance(c, eo.get("provenance", true), eo.at("provenance"));
            return x;
        });
    p.provenance = read_provenance(c, o.get("provenance", true), o.at("provenance"));
    return p;
}

/// Reads one element of `evaluations` with the evaluations reader (ctg/io/evaluation_json.hpp),
/// its errors placed at `path`. In a dataset the provenance is required, as everywhere else.
std::optional<evaluation> read_evaluation(context& c, const json& v, const std::string& path,
                                          std::string_view origin) {
    bool ok = true;
    if (v.is_object() && !v.contains("provenance")) {
        c.add(join(path, "provenance"), "",
              "a value for the required key \"provenance\" (every evaluation of a dataset says "
              "where it comes from)");
        ok = false;
    }
    json one = json::array();
    one.push_back(v);
    try {
        auto read = load_evaluations_json(one.dump(), origin, "evaluations");
        if (!ok || read.size() != 1) {
            return std::nullopt;
        }
        return std::move(read.front());
    } catch (const validation_error& e) {
        const std::string first = "evaluations[0]";
        for (error_detail d : e.details()) {
            if (d.field.starts_with(first)) {
                d.field = path + d.field.substr(first.size());
            }
            c.errors.push_back(std::move(d));
        }
        return std::nullopt;
    }
}

/// Rewrites each `evaluations[k]` in `text` as `evaluations[read_from[k]]`: dataset::build()
/// numbers the evaluations it was given, the document numbers all of them.
void renumber_evaluations(std::string& text, const std::vector<std::size_t>& read_from) {
    static constexpr std::string_view key = "evaluations[";
    std::size_t at = text.find(key);
    while (at != std::string::npos) {
        const std::size_t digits = at + key.size();
        std::size_t end = digits;
        while (end < text.size() && text[end] >= '0' && text[end] <= '9') {
            ++end;
        }
        if (end > digits && end < text.size() && text[end] == ']') {
            const std::size_t k = std::stoul(text.substr(digits, end - digits));
            if (k < read_from.size()) {
                const std::string replacement = std::to_string(read_from[k]);
                text.replace(digits, end - digits, replacement);
                end = digits + replacement.size();
            }
        }
        at = text.find(key, end);
    }
}

// ---------------------------------------------------------------------------------------------
// Syntax: parse with a check for repeated keys

std::optional<json> parse_document(context& c, std::string_view text) {
    struct frame {
        bool array = false;
        std::size_t next = 0;
        std::string key;
        std::set<std::string, std::less<>> keys;
        std::string path;
    };
    std::vector<frame> stack;
    const auto child_path = [&]() -> std::string {
        if (stack.empty()) {
            return "";
        }
        const frame& top = stack.back();
        return top.array ? index(top.path, top.next) : join(top.path, top.key);
    };
    const auto child_done = [&]() {
        if (!stack.empty() && stack.back().array) {
            ++stack.back().next;
        }
    };
    json::parser_callback_t callback = [&](int, json::parse_event_t event, json& parsed) {
        switch (event) {
            case json::parse_event_t::object_start:
            case json::parse_event_t::array_start: {
                frame f;
                f.array = event == json::parse_event_t::array_start;
                f.path = child_path();
                stack.push_back(std::move(f));
                break;
            }
            case json::parse_event_t::key:
                if (!stack.empty()) {
                    frame& top = stack.back();
                    top.key = parsed.get<std::string>();
                    if (!top.keys.insert(top.key).second) {
                        c.add(join(top.path, top.key), top.key,
                              "each key once in its object (a repeated key would silently replace "
                              "the first)");
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
            case json::parse_event_t::value: child_done(); break;
        }
        return true;
    };
    try {
        return json::parse(text.begin(), text.end(), callback);
    } catch (const json::parse_error& e) {
        std::string what = e.what();
        if (const auto close = what.find("] ");
            what.starts_with("[json.exception") && close != std::string::npos) {
            what = what.substr(close + 2);
        }
        const bool at_end = e.byte >= text.size();
        const std::size_t at = std::min<std::size_t>(e.byte == 0 ? 0 : e.byte - 1, text.size());
        const std::size_t from = at > 20 ? at - 20 : 0;
        const std::string excerpt(text.substr(from, at - from + 1));
        c.add("(root)",
              at_end ? "end of text at byte " + std::to_string(text.size()) + " (truncated?)"
                     : "byte " + std::to_string(e.byte) + ": " + excerpt,
              "a complete JSON document in format " + std::string(dataset_format) + " (" + what +
                  ")");
        return std::nullopt;
    }
}

/// Whether `path` lies at or under `prefix`.
bool under(const std::string& path, const std::string& prefix) {
    if (!path.starts_with(prefix)) {
        return false;
    }
    return path.size() == prefix.size() || path[prefix.size()] == '.' || path[prefix.size()] == '[';
}

// ---------------------------------------------------------------------------------------------
// Writer

ordered write_provenance(const provenance& p) {
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

ordered write_population(const population& p) {
    ordered o = ordered::object();
    o["inhabitants"] = p.inhabitants;
    o["year"] = p.reference_year;
    o["provenance"] = write_provenance(p.provenance);
    return o;
}

template <typename T, typename F>
ordered write_list(const std::vector<T>& items, F&& f) {
    ordered a = ordered::array();
    for (const auto& x : items) {
        a.push_back(f(x));
    }
    return a;
}

ordered write_convention(const convention& cv) {
    ordered o = ordered::object();
    o["id"] = cv.id;
    o["name"] = cv.name;
    ordered term = ordered::object();
    term["start"] = to_iso(cv.term.start());
    term["end"] = to_iso(cv.term.last_day());
    term["provenance"] = write_provenance(cv.term_provenance);
    o["term"] = std::move(term);
    o["themes"] = write_list(cv.themes, [](const theme& t) { return ordered(t.to_string()); });
    o["signatories"] = write_list(cv.signatories, [](const signatory& s) {
        ordered so = ordered::object();
        so["role"] = s.role.to_string();
        so["name"] = s.name;
        if (s.siren) {
            so["siren"] = s.siren->str();
        }
        if (s.insee) {
            so["insee"] = s.insee->str();
        }
        return so;
    });
    ordered territories = ordered::object();
    territories["epcis"] =
        write_list(cv.territories.epcis, [](const siren& s) { return ordered(s.str()); });
    if (!cv.territories.communes.empty()) {
        territories["communes"] = write_list(cv.territories.communes,
                                             [](const insee_code& m) { return ordered(m.str()); });
    }
    o["territories"] = std::move(territories);
    if (cv.diagnostic) {
        ordered d = ordered::object();
        d["date"] = to_iso(cv.diagnostic->completed_on);
        if (cv.diagnostic->caf_cofinancing) {
            d["caf_cofinancing"] = cv.diagnostic->caf_cofinancing->to_plain();
        }
        d["provenance"] = write_provenance(cv.diagnostic->provenance);
        o["diagnostic"] = std::move(d);
    }
    if (!cv.action_plan.empty()) {
        o["action_plan"] = write_list(cv.action_plan, [](const action_axis& a) {
            ordered ao = ordered::object();
            ao["id"] = a.id;
            ao["title"] = a.title;
            ao["fiches"] = write_list(a.fiches, [](const fiche_action& f) {
                ordered fo = ordered::object();
                fo["id"] = f.id;
                fo["title"] = f.title;
                fo["objectives"] =
                    write_list(f.objectives, [](const std::string& s) { return ordered(s); });
                fo["indicators"] = write_list(f.indicators, [](const indicator& i) {
                    ordered io = ordered::object();
                    io["id"] = i.id;
                    io["label"] = i.label;
                    io["unit"] = i.unit;
                    if (i.baseline) {
                        io["baseline"] = *i.baseline;
                    }
                    if (i.target) {
                        io["target"] = *i.target;
                    }
                    return io;
                });
                fo["lead_partner"] = f.lead_partner;
                fo["status"] = std::string(to_string(f.status));
                return fo;
            });
            return ao;
        });
    }
    if (!cv.governance.empty()) {
        o["governance"] = write_list(cv.governance, [](const governance_body& b) {
            ordered bo = ordered::object();
            bo["id"] = b.id;
            bo["kind"] = std::string(to_string(b.kind));
            bo["name"] = b.name;
            bo["meetings"] = write_list(b.meetings, [](const meeting& m) {
                ordered mo = ordered::object();
                mo["date"] = to_iso(m.held_on);
                if (!m.note.empty()) {
                    mo["note"] = m.note;
                }
                return mo;
            });
            return bo;
        });
    }
    if (!cv.amendments.empty()) {
        o["amendments"] = write_list(cv.amendments, [](const amendment& a) {
            ordered ao = ordered::object();
            ao["id"] = a.id;
            ao["signed_on"] = to_iso(a.signed_on);
            ao["object"] = a.object;
            if (a.new_end) {
                ao["new_end"] = to_iso(previous_day(*a.new_end));
            }
            ao["provenance"] = write_provenance(a.provenance);
            return ao;
        });
    }
    if (cv.referent_id) {
        o["referent"] = *cv.referent_id;
    }
    o["provenance"] = write_provenance(cv.provenance);
    return o;
}

ordered write_post(const coordination_post& p) {
    ordered o = ordered::object();
    o["id"] = p.id;
    o["convention"] = p.convention_id;
    o["pilot_epci"] = p.pilot_epci.str();
    o["contracted_fte"] = p.contracted_fte.to_string();
    o["fte_provenance"] = write_provenance(p.fte_provenance);
    o["volets"] = write_list(p.volets, [](volet v) { return ordered(std::string(to_string(v))); });
    o["themes"] = write_list(p.themes, [](const theme& t) { return ordered(t.to_string()); });
    o["coordinators"] = write_list(p.coordinators, [](const coordinator& c) {
        ordered co = ordered::object();
        co["id"] = c.id;
        if (c.name) {
            co["name"] = *c.name;
        }
        co["fte"] = c.fte.to_string();
        co["start"] = to_iso(c.start);
        if (c.end) {
            co["end"] = to_iso(previous_day(*c.end));
        }
        co["training_days"] = c.training_days;
        co["network_days"] = c.network_days;
        co["provenance"] = write_provenance(c.provenance);
        return co;
    });
    o["expenses"] = write_list(p.expenses, [](const yearly_expense& e) {
        ordered eo = ordered::object();
        eo["year"] = e.year;
        eo["amount"] = e.amount.to_plain();
        eo["provenance"] = write_provenance(e.provenance);
        return eo;
    });
    o["provenance"] = write_provenance(p.provenance);
    return o;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Public API

dataset load_dataset_json(std::string_view text, std::string_view origin) {
    context c;
    const auto document = parse_document(c, text);
    if (!document) {
        throw validation_error(std::string(origin), std::move(c.errors));
    }
    const json& root = *document;
    if (!root.is_object()) {
        c.wrong_type("(root)", root,
                     "a JSON object with \"format\": \"" + std::string(dataset_format) + "\"");
        throw validation_error(std::string(origin), std::move(c.errors));
    }
    // The format decides how the rest reads: check it alone first.
    const auto fmt = root.find("format");
    if (fmt == root.end()) {
        c.add("format", "",
              "the key \"format\" with the value \"" + std::string(dataset_format) + "\"");
        throw validation_error(std::string(origin), std::move(c.errors));
    }
    if (!fmt->is_string() || fmt->get<std::string>() != dataset_format) {
        c.add("format", shown(*fmt),
              "\"" + std::string(dataset_format) + "\" (the only format this version reads)");
        throw validation_error(std::string(origin), std::move(c.errors));
    }

    dataset_parts parts;
    object_reader o(c, root, "",
                    {"format", "id", "label", "department", "referents", "epcis", "conventions",
                     "posts", "evaluations"});
    assign(parts.id, read_text(c, o.get("id", true), "id"));
    if (const json* l = o.get("label", true)) {
        object_reader lo(c, *l, "label", {"fr", "en"});
        assign(parts.label.fr, read_text(c, lo.get("fr", true), lo.at("fr")));
        assign(parts.label.en, read_text(c, lo.get("en", false), lo.at("en"), false));
    }
    if (const json* d = o.get("department", true)) {
        object_reader dox(c, *d, "department", {"code", "name", "provenance"});
        assign(parts.department.code, read_text(c, dox.get("code", true), dox.at("code")));
        assign(parts.department.name, read_text(c, dox.get("name", true), dox.at("name")));
        parts.department.provenance =
            read_provenance(c, dox.get("provenance", true), dox.at("provenance"));
    }
    parts.referents = read_list<caf_referent>(
        c, o.get("referents", false), "referents", [&](const json& e, const std::string& p) {
            caf_referent r;
            object_reader ro(c, e, p, {"id", "name", "provenance"});
            assign(r.id, read_text(c, ro.get("id", true), ro.at("id")));
            assign(r.name, read_text(c, ro.get("name", false), ro.at("name"), false));
            r.provenance = read_provenance(c, ro.get("provenance", true), ro.at("provenance"));
            return r;
        });
    parts.epcis =
        read_list<epci>(c, o.get("epcis", true), "epcis",
                        [&](const json& e, const std::string& p) { return read_epci(c, e, p); });
    parts.conventions = read_list<convention>(
        c, o.get("conventions", true), "conventions",
        [&](const json& e, const std::string& p) { return read_convention(c, e, p); });
    parts.posts = read_list<coordination_post>(
        c, o.get("posts", true), "posts",
        [&](const json& e, const std::string& p) { return read_post(c, e, p); });
    // Evaluations: each read on its own by the evaluations reader (so that one bad evaluation
    // does not hide the checks of the others); `read_from[k]` is the document index of
    // parts.evaluations[k].
    std::vector<std::size_t> read_from;
    std::size_t position = 0;
    read_array(c, o.get("evaluations", false), "evaluations",
               [&](const json& e, const std::string& p) {
                   if (auto one = read_evaluation(c, e, p, origin)) {
                       read_from.push_back(position);
                       parts.evaluations.push_back(std::move(*one));
                   }
                   ++position;
               });

    // Semantic rules, on what could be read. When the text already had errors, a rule's error
    // at or under a place already reported is a consequence of it and is left out.
    const std::vector<error_detail> structural = c.errors;
    try {
        dataset d = dataset::build(std::move(parts), origin);
        if (structural.empty()) {
            return d;
        }
    } catch (const validation_error& e) {
        for (error_detail detail : e.details()) {
            if (read_from.size() != position) {  // some evaluations were left out: renumber
                renumber_evaluations(detail.field, read_from);
                renumber_evaluations(detail.expected, read_from);
            }
            const bool consequence =
                std::any_of(structural.begin(), structural.end(),
                            [&](const error_detail& s) { return under(detail.field, s.field); });
            if (!consequence) {
                c.errors.push_back(detail);
            }
        }
    }
    throw validation_error(std::string(origin), std::move(c.errors));
}

dataset load_dataset_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw invalid_value("path", path.string(), "a readable dataset file");
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return load_dataset_json(buffer.str(), path.string());
}

std::string to_json(const dataset& d) {
    ordered root = ordered::object();
    root["format"] = std::string(dataset_format);
    root["id"] = d.id();
    ordered label = ordered::object();
    label["fr"] = d.label().fr;
    if (!d.label().en.empty()) {
        label["en"] = d.label().en;
    }
    root["label"] = std::move(label);
    ordered dep = ordered::object();
    dep["code"] = d.department().code;
    dep["name"] = d.department().name;
    dep["provenance"] = write_provenance(d.department().provenance);
    root["department"] = std::move(dep);
    root["referents"] = write_list(d.referents(), [](const caf_referent& r) {
        ordered o = ordered::object();
        o["id"] = r.id;
        if (!r.name.empty()) {
            o["name"] = r.name;
        }
        o["provenance"] = write_provenance(r.provenance);
        return o;
    });
    root["epcis"] = write_list(d.epcis(), [](const epci& e) {
        ordered o = ordered::object();
        o["siren"] = e.siren.str();
        o["name"] = e.name;
        o["kind"] = std::string(to_string(e.kind));
        o["seat"] = e.seat;
        o["commune_count"] = e.commune_count;
        o["population"] = write_population(e.population);
        if (!e.communes.empty()) {
            o["communes"] = write_list(e.communes, [](const commune& m) {
                ordered mo = ordered::object();
                mo["insee"] = m.insee.str();
                mo["name"] = m.name;
                if (m.population) {
                    mo["population"] = write_population(*m.population);
                }
                return mo;
            });
        }
        o["provenance"] = write_provenance(e.provenance);
        return o;
    });
    root["conventions"] = write_list(d.conventions(), write_convention);
    root["posts"] = write_list(d.posts(), write_post);
    if (!d.evaluations().empty()) {
        // The evaluations writer's own canonical layout, so that both formats agree.
        root["evaluations"] = ordered::parse(evaluations_to_json_array(d.evaluations()));
    }
    return root.dump(2) + "\n";
}

namespace {

struct builtin_registry {
    std::mutex mutex;
    std::map<std::string, std::unique_ptr<const dataset>, std::less<>> loaded;
};

builtin_registry& registry() {
    static builtin_registry r;
    return r;
}

}  // namespace

std::vector<std::string> builtin_dataset_ids() {
    std::vector<std::string> ids;
    for (const auto& file : detail::embedded_files()) {
        if (file.category == "datasets") {
            ids.emplace_back(file.name);
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

const dataset& builtin_dataset(std::string_view id) {
    builtin_registry& r = registry();
    const std::lock_guard lock(r.mutex);
    if (const auto it = r.loaded.find(id); it != r.loaded.end()) {
        return *it->second;
    }
    for (const auto& file : detail::embedded_files()) {
        if (file.category == "datasets" && file.name == id) {
            const std::string origin = "builtin dataset " + std::string(id);
            auto d = std::make_unique<const dataset>(load_dataset_json(file.contents, origin));
            if (d->id() != id) {
                throw validation_error(origin,
                                       {{"id", d->id(), "the file name " + std::string(id)}});
            }
            const auto [it, inserted] = r.loaded.emplace(std::string(id), std::move(d));
            return *it->second;
        }
    }
    std::string known;
    for (const auto& name : builtin_dataset_ids()) {
        known += (known.empty() ? "" : ", ") + name;
    }
    throw out_of_range_value("dataset", std::string(id),
                             "the id of a built-in dataset: " + (known.empty() ? "(none)" : known));
}

}  // namespace ctg
