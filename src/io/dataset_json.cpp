// SPDX-License-Identifier: MIT
#include "io/builtin_registry.hpp"
#include "io/json_reader.hpp"
#include <ctg/core/error.hpp>
#include <ctg/io/dataset_json.hpp>
#include <ctg/io/evaluation_json.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <utility>

namespace ctg {

namespace {

using json = nlohmann::json;
using ordered = nlohmann::ordered_json;
using reader = detail::json_reader;
using object_reader = detail::json_object;
using detail::join_path;
using detail::provenance_json;

// ---------------------------------------------------------------------------------------------
// Scalar readers: each returns nothing on absence or error (errors recorded)

std::optional<std::int64_t> read_integer(reader& c, const json* v, const std::string& path) {
    if (v == nullptr) {
        return std::nullopt;
    }
    if (v->is_number_unsigned()) {
        const auto u = v->get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(INT64_MAX)) {
            c.add("json.integer_too_large", path, c.shown(*v));
            return std::nullopt;
        }
        return static_cast<std::int64_t>(u);
    }
    if (v->is_number_integer()) {
        return v->get<std::int64_t>();
    }
    c.wrong_type(path, *v, "json.expected.integer");
    return std::nullopt;
}

std::optional<int> read_int(reader& c, const json* v, const std::string& path) {
    const auto n = read_integer(c, v, path);
    if (!n) {
        return std::nullopt;
    }
    if (*n < -1'000'000'000 || *n > 1'000'000'000) {
        c.add("value.range", path, std::to_string(*n),
              {{"low", "-1000000000"}, {"high", "1000000000"}});
        return std::nullopt;
    }
    return static_cast<int>(*n);
}

/// Non-empty text that must not be a JSON number (so that no value passes through a float); a
/// number is reported with message `code` (which gives an `example`).
std::optional<std::string> read_decimal_text(reader& c, const json* v, const std::string& path,
                                             std::string_view example) {
    if (v != nullptr && v->is_number()) {
        c.add("json.number_refused", path, c.shown(*v), {{"example", std::string(example)}});
        return std::nullopt;
    }
    return c.string_value(v, path, true);
}

std::optional<money> read_money(reader& c, const json* v, const std::string& path) {
    const auto text = read_decimal_text(c, v, path, "38400.00");
    if (!text) {
        return std::nullopt;
    }
    return c.guard([&] { return money::parse(*text, path); });
}

std::optional<fte> read_fte(reader& c, const json* v, const std::string& path) {
    const auto text = read_decimal_text(c, v, path, "0.75");
    if (!text) {
        return std::nullopt;
    }
    return c.guard([&] { return fte::parse(*text, path); });
}

std::optional<date> read_date(reader& c, const json* v, const std::string& path) {
    const auto text = c.string_value(v, path, true);
    if (!text) {
        return std::nullopt;
    }
    return c.guard([&] { return parse_date(*text, path); });
}

/// Reads text and passes it to `parse(text, path)`.
template <typename Parse>
auto read_parsed(reader& c, const json* v, const std::string& path, Parse&& parse)
    -> std::optional<decltype(parse(std::string_view{}, std::string_view{}))> {
    const auto text = c.string_value(v, path, false);
    if (!text) {
        return std::nullopt;
    }
    return c.guard([&] { return parse(*text, path); });
}

template <typename T, typename Read>
std::vector<T> read_list(reader& c, const json* v, const std::string& path, Read&& read) {
    std::vector<T> out;
    c.each(v, path, [&](const json& e, const std::string& p) { out.push_back(read(e, p)); });
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

provenance read_provenance(reader& c, const json* v, const std::string& path) {
    provenance p;
    if (v == nullptr) {
        return p;
    }
    object_reader o(c, *v, path, {"alternative", "derivation", "evidence", "source"});
    assign(p.kind, read_parsed(c, o.get("evidence", true), o.at("evidence"),
                               [](std::string_view t, std::string_view f) {
                                   return parse_evidence(t, f);
                               }));
    if (const json* s = o.get("source", false)) {
        object_reader so(c, *s, o.at("source"), {"document", "locator", "url"});
        assign(p.cited.document,
               c.string_value(so.get("document", false), so.at("document"), false));
        assign(p.cited.locator, c.string_value(so.get("locator", false), so.at("locator"), false));
        assign(p.cited.url, c.string_value(so.get("url", false), so.at("url"), false));
    }
    // Whether each is required, or refused, for the kind is checked with the dataset.
    assign(p.derivation, c.string_value(o.get("derivation", false), o.at("derivation"), false));
    assign(p.alternative, c.string_value(o.get("alternative", false), o.at("alternative"), false));
    return p;
}

population read_population(reader& c, const json& v, const std::string& path) {
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

epci read_epci(reader& c, const json& v, const std::string& path) {
    epci e;
    object_reader o(c, v, path,
                    {"siren", "name", "kind", "seat", "commune_count", "population",
                     "other_populations", "communes", "provenance"});
    assign(e.siren, read_parsed(c, o.get("siren", true), o.at("siren"), parse_siren));
    assign(e.name, c.string_value(o.get("name", true), o.at("name"), true));
    assign(e.kind, read_parsed(c, o.get("kind", true), o.at("kind"),
                               [](std::string_view t, std::string_view f) {
                                   return parse_epci_kind(t, f);
                               }));
    assign(e.seat, c.string_value(o.get("seat", false), o.at("seat"), true));
    assign(e.commune_count, read_int(c, o.get("commune_count", true), o.at("commune_count")));
    if (const json* p = o.get("population", true)) {
        e.population = read_population(c, *p, o.at("population"));
    }
    e.other_populations = read_list<population>(
        c, o.get("other_populations", false), o.at("other_populations"),
        [&](const json& p, const std::string& pp) { return read_population(c, p, pp); });
    e.communes = read_list<commune>(
        c, o.get("communes", false), o.at("communes"), [&](const json& m, const std::string& mp) {
            commune x;
            object_reader mo(c, m, mp, {"insee", "name", "population"});
            assign(x.insee, read_parsed(c, mo.get("insee", true), mo.at("insee"), parse_insee));
            assign(x.name, c.string_value(mo.get("name", true), mo.at("name"), true));
            if (const json* p = mo.get("population", false)) {
                x.population = read_population(c, *p, mo.at("population"));
            }
            return x;
        });
    e.provenance = read_provenance(c, o.get("provenance", true), o.at("provenance"));
    return e;
}

signatory read_signatory(reader& c, const json& v, const std::string& path) {
    signatory s;
    object_reader o(c, v, path, {"role", "name", "siren", "insee"});
    assign(s.role, read_parsed(c, o.get("role", true), o.at("role"), parse_role));
    assign(s.name, c.string_value(o.get("name", true), o.at("name"), true));
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

fiche_action read_fiche(reader& c, const json& v, const std::string& path) {
    fiche_action f;
    object_reader o(c, v, path,
                    {"id", "title", "objectives", "indicators", "lead_partner", "status"});
    assign(f.id, c.string_value(o.get("id", true), o.at("id"), true));
    assign(f.title, c.string_value(o.get("title", true), o.at("title"), true));
    c.each(o.get("objectives", false), o.at("objectives"),
           [&](const json& e, const std::string& p) {
               if (auto t = c.string_value(&e, p, true)) {
                   f.objectives.push_back(std::move(*t));
               }
           });
    f.indicators = read_list<indicator>(
        c, o.get("indicators", false), o.at("indicators"),
        [&](const json& e, const std::string& p) {
            indicator ind;
            object_reader io(c, e, p, {"id", "label", "unit", "baseline", "target"});
            assign(ind.id, c.string_value(io.get("id", true), io.at("id"), true));
            assign(ind.label, c.string_value(io.get("label", true), io.at("label"), true));
            assign(ind.unit, c.string_value(io.get("unit", true), io.at("unit"), true));
            constexpr std::string_view decimal = "0.35";
            ind.baseline =
                read_decimal_text(c, io.get("baseline", false), io.at("baseline"), decimal);
            ind.target = read_decimal_text(c, io.get("target", false), io.at("target"), decimal);
            return ind;
        });
    assign(f.lead_partner, c.string_value(o.get("lead_partner", true), o.at("lead_partner"), true));
    assign(f.status, read_parsed(c, o.get("status", true), o.at("status"),
                                 [](std::string_view t, std::string_view fl) {
                                     return parse_action_status(t, fl);
                                 }));
    return f;
}

convention read_convention(reader& c, const json& v, const std::string& path) {
    convention cv;
    object_reader o(c, v, path,
                    {"id", "name", "term", "themes", "signatories", "territories", "diagnostic",
                     "action_plan", "governance", "amendments", "referent", "provenance"});
    assign(cv.id, c.string_value(o.get("id", true), o.at("id"), true));
    assign(cv.name, c.string_value(o.get("name", true), o.at("name"), true));

    if (const json* t = o.get("term", true)) {
        object_reader to(c, *t, o.at("term"), {"start", "end", "provenance"});
        const auto start = read_date(c, to.get("start", true), to.at("start"));
        const auto last = read_date(c, to.get("end", true), to.at("end"));
        if (start && last) {
            if (*last < *start) {
                c.add("period.last_day_before_start", to.at("end"), to_iso(*last),
                      {{"start", to_iso(*start)}});
            } else {
                cv.term = period(*start, next_day(*last));
            }
        }
        cv.term_provenance = read_provenance(c, to.get("provenance", true), to.at("provenance"));
    }

    c.each(o.get("themes", true), o.at("themes"), [&](const json& e, const std::string& p) {
        if (auto t = read_parsed(c, &e, p, parse_theme)) {
            cv.themes.push_back(std::move(*t));
        }
    });
    cv.signatories = read_list<signatory>(
        c, o.get("signatories", true), o.at("signatories"),
        [&](const json& e, const std::string& p) { return read_signatory(c, e, p); });
    if (const json* t = o.get("territories", true)) {
        object_reader to(c, *t, o.at("territories"), {"epcis", "communes"});
        c.each(to.get("epcis", true), to.at("epcis"), [&](const json& e, const std::string& p) {
            cv.territories.epcis.push_back(read_parsed(c, &e, p, parse_siren).value_or(siren{}));
        });
        c.each(to.get("communes", false), to.at("communes"),
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
            assign(a.id, c.string_value(ao.get("id", true), ao.at("id"), true));
            assign(a.title, c.string_value(ao.get("title", true), ao.at("title"), true));
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
            assign(b.id, c.string_value(bo.get("id", true), bo.at("id"), true));
            assign(b.kind, read_parsed(c, bo.get("kind", true), bo.at("kind"),
                                       [](std::string_view t, std::string_view f) {
                                           return parse_body_kind(t, f);
                                       }));
            assign(b.name, c.string_value(bo.get("name", true), bo.at("name"), true));
            b.meetings = read_list<meeting>(
                c, bo.get("meetings", false), bo.at("meetings"),
                [&](const json& me, const std::string& mp) {
                    meeting m;
                    object_reader mo(c, me, mp, {"date", "note"});
                    assign(m.held_on, read_date(c, mo.get("date", true), mo.at("date")));
                    assign(m.note, c.string_value(mo.get("note", false), mo.at("note"), false));
                    return m;
                });
            return b;
        });
    cv.amendments = read_list<amendment>(
        c, o.get("amendments", false), o.at("amendments"),
        [&](const json& e, const std::string& p) {
            amendment a;
            object_reader ao(c, e, p, {"id", "signed_on", "object", "new_end", "provenance"});
            assign(a.id, c.string_value(ao.get("id", true), ao.at("id"), true));
            assign(a.signed_on, read_date(c, ao.get("signed_on", true), ao.at("signed_on")));
            assign(a.object, c.string_value(ao.get("object", true), ao.at("object"), true));
            if (const auto last = read_date(c, ao.get("new_end", false), ao.at("new_end"))) {
                a.new_end = next_day(*last);
            }
            a.provenance = read_provenance(c, ao.get("provenance", true), ao.at("provenance"));
            return a;
        });
    cv.referent_id = c.string_value(o.get("referent", false), o.at("referent"), true);
    cv.provenance = read_provenance(c, o.get("provenance", true), o.at("provenance"));
    return cv;
}

coordinator read_coordinator(reader& c, const json& v, const std::string& path) {
    coordinator co;
    object_reader o(
        c, v, path,
        {"id", "name", "fte", "start", "end", "training_days", "network_days", "provenance"});
    assign(co.id, c.string_value(o.get("id", true), o.at("id"), true));
    co.name = c.string_value(o.get("name", false), o.at("name"), true);
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

coordination_post read_post(reader& c, const json& v, const std::string& path) {
    coordination_post p;
    object_reader o(c, v, path,
                    {"id", "convention", "pilot_epci", "contracted_fte", "fte_provenance", "volets",
                     "themes", "coordinators", "expenses", "provenance"});
    assign(p.id, c.string_value(o.get("id", true), o.at("id"), true));
    assign(p.convention_id, c.string_value(o.get("convention", true), o.at("convention"), true));
    assign(p.pilot_epci,
           read_parsed(c, o.get("pilot_epci", true), o.at("pilot_epci"), parse_siren));
    assign(p.contracted_fte, read_fte(c, o.get("contracted_fte", true), o.at("contracted_fte")));
    p.fte_provenance = read_provenance(c, o.get("fte_provenance", true), o.at("fte_provenance"));
    c.each(o.get("volets", false), o.at("volets"), [&](const json& e, const std::string& ep) {
        if (auto x = read_parsed(c, &e, ep, [](std::string_view t, std::string_view f) {
                return parse_volet(t, f);
            })) {
            p.volets.push_back(*x);
        }
    });
    c.each(o.get("themes", false), o.at("themes"), [&](const json& e, const std::string& ep) {
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
std::optional<evaluation> read_evaluation(reader& c, const json& v, const std::string& path,
                                          std::string_view origin) {
    bool ok = true;
    if (v.is_object() && !v.contains("provenance")) {
        c.add("json.missing_key", join_path(path, "provenance"), "", {{"key", "provenance"}});
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

/// Whether `path` lies at or under `prefix`.
bool under(const std::string& path, const std::string& prefix) {
    if (!path.starts_with(prefix)) {
        return false;
    }
    return path.size() == prefix.size() || path[prefix.size()] == '.' || path[prefix.size()] == '[';
}

// ---------------------------------------------------------------------------------------------
// Writer

ordered write_population(const population& p) {
    ordered o = ordered::object();
    o["inhabitants"] = p.inhabitants;
    o["year"] = p.reference_year;
    o["provenance"] = provenance_json(p.provenance);
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
    term["provenance"] = provenance_json(cv.term_provenance);
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
        d["provenance"] = provenance_json(cv.diagnostic->provenance);
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
            ao["provenance"] = provenance_json(a.provenance);
            return ao;
        });
    }
    if (cv.referent_id) {
        o["referent"] = *cv.referent_id;
    }
    o["provenance"] = provenance_json(cv.provenance);
    return o;
}

ordered write_post(const coordination_post& p) {
    ordered o = ordered::object();
    o["id"] = p.id;
    o["convention"] = p.convention_id;
    o["pilot_epci"] = p.pilot_epci.str();
    o["contracted_fte"] = p.contracted_fte.to_string();
    o["fte_provenance"] = provenance_json(p.fte_provenance);
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
        co["provenance"] = provenance_json(c.provenance);
        return co;
    });
    o["expenses"] = write_list(p.expenses, [](const yearly_expense& e) {
        ordered eo = ordered::object();
        eo["year"] = e.year;
        eo["amount"] = e.amount.to_plain();
        eo["provenance"] = provenance_json(e.provenance);
        return eo;
    });
    o["provenance"] = provenance_json(p.provenance);
    return o;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Public API

dataset load_dataset_json(std::string_view text, std::string_view origin) {
    reader c;
    const auto document = c.parse(text);
    if (!document) {
        c.fail(origin);
    }
    const json& root = *document;
    if (!root.is_object()) {
        c.wrong_type("(root)", root, "json.expected.object");
        c.fail(origin);
    }
    // The format decides how the rest reads: check it alone first.
    const auto fmt = root.find("format");
    if (fmt == root.end()) {
        c.add("json.format", "format", "", {{"format", std::string(dataset_format)}});
        c.fail(origin);
    }
    if (!fmt->is_string() || fmt->get<std::string>() != dataset_format) {
        c.add("json.format", "format", c.shown(*fmt), {{"format", std::string(dataset_format)}});
        c.fail(origin);
    }

    dataset_parts parts;
    object_reader o(c, root, "",
                    {"format", "id", "label", "department", "rulebook", "grid", "referents",
                     "epcis", "conventions", "posts", "evaluations"});
    assign(parts.id, c.string_value(o.get("id", true), "id", true));
    if (const json* l = o.get("label", true)) {
        object_reader lo(c, *l, "label", {"fr", "en"});
        assign(parts.label.fr, c.string_value(lo.get("fr", true), lo.at("fr"), true));
        assign(parts.label.en, c.string_value(lo.get("en", false), lo.at("en"), false));
    }
    if (const json* d = o.get("department", true)) {
        object_reader dox(c, *d, "department", {"code", "name", "provenance"});
        assign(parts.department.code, c.string_value(dox.get("code", true), dox.at("code"), true));
        assign(parts.department.name, c.string_value(dox.get("name", true), dox.at("name"), true));
        parts.department.provenance =
            read_provenance(c, dox.get("provenance", true), dox.at("provenance"));
    }
    assign(parts.rulebook, c.string_value(o.get("rulebook", false), "rulebook", true));
    assign(parts.grid, c.string_value(o.get("grid", false), "grid", true));
    parts.referents = read_list<caf_referent>(
        c, o.get("referents", false), "referents", [&](const json& e, const std::string& p) {
            caf_referent r;
            object_reader ro(c, e, p, {"id", "name", "provenance"});
            assign(r.id, c.string_value(ro.get("id", true), ro.at("id"), true));
            assign(r.name, c.string_value(ro.get("name", false), ro.at("name"), false));
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
    c.each(o.get("evaluations", false), "evaluations", [&](const json& e, const std::string& p) {
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
                for (message_param& m : detail.params) {
                    renumber_evaluations(m.value, read_from);
                }
            }
            const bool consequence =
                std::any_of(structural.begin(), structural.end(),
                            [&](const error_detail& s) { return under(detail.field, s.field); });
            if (!consequence) {
                c.errors.push_back(detail);
            }
        }
    }
    c.fail(origin);
}

dataset load_dataset_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw invalid_value(error_detail::of("file.unreadable", "path", path.string()));
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
    dep["provenance"] = provenance_json(d.department().provenance);
    root["department"] = std::move(dep);
    if (!d.rulebook_id().empty()) {
        root["rulebook"] = d.rulebook_id();
    }
    if (!d.grid_id().empty()) {
        root["grid"] = d.grid_id();
    }
    root["referents"] = write_list(d.referents(), [](const caf_referent& r) {
        ordered o = ordered::object();
        o["id"] = r.id;
        if (!r.name.empty()) {
            o["name"] = r.name;
        }
        o["provenance"] = provenance_json(r.provenance);
        return o;
    });
    root["epcis"] = write_list(d.epcis(), [](const epci& e) {
        ordered o = ordered::object();
        o["siren"] = e.siren.str();
        o["name"] = e.name;
        o["kind"] = std::string(to_string(e.kind));
        if (!e.seat.empty()) {
            o["seat"] = e.seat;
        }
        o["commune_count"] = e.commune_count;
        o["population"] = write_population(e.population);
        if (!e.other_populations.empty()) {
            o["other_populations"] = write_list(e.other_populations, write_population);
        }
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
        o["provenance"] = provenance_json(e.provenance);
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

detail::builtin_registry<dataset>& builtins() {
    static detail::builtin_registry<dataset> registry(
        {"datasets", "builtin dataset", "dataset", "builtin.dataset.unknown"},
        [](std::string_view text, std::string_view origin) {
            return load_dataset_json(text, origin);
        },
        [](const dataset& d) -> std::string_view { return d.id(); });
    return registry;
}

}  // namespace

std::vector<std::string> builtin_dataset_ids() { return builtins().ids(); }

const dataset& builtin_dataset(std::string_view id) { return builtins().at(id); }

}  // namespace ctg
