// SPDX-License-Identifier: MIT
#include "io/csv_sheet.hpp"
#include <ctg/core/error.hpp>
#include <ctg/io/department_init.hpp>

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <string>
#include <utility>

namespace ctg {

namespace {

using detail::cell_path;

constexpr std::array<std::string_view, 4> required_columns{"epci", "contracted_fte", "start",
                                                           "end"};
constexpr std::array<std::string_view, 6> fixed_optional_columns{
    "post_id",         "convention_id",     "coordinator",
    "coordinator_fte", "coordinator_start", "coordinator_end"};
constexpr std::string_view expense_prefix = "expense_";

epci epci_of(const territory_catalogue& t, const catalogue_epci& e) {
    epci x;
    x.siren = e.siren;
    x.name = e.name;
    x.kind = e.kind;
    x.commune_count = static_cast<int>(e.communes.size());
    x.population = {
        e.municipal_population, e.population_year,
        t.provenance("data/epci.json, EPCI " + e.siren.str() +
                     " : population municipale, millésime " + std::to_string(e.population_year))};
    for (const catalogue_commune* c : t.communes_of(e)) {
        commune m{c->insee, c->name, std::nullopt};
        if (c->municipal_population) {
            m.population =
                population{*c->municipal_population, c->population_year,
                           t.provenance("data/epci.json, EPCI " + e.siren.str() + ", commune " +
                                        c->insee.str() + " : population municipale")};
        }
        x.communes.push_back(std::move(m));
    }
    x.provenance =
        t.provenance("data/epci.json, EPCI " + e.siren.str() + " : SIREN, nom, nature (" +
                     e.official_kind + "), communes membres");
    return x;
}

/// `2022-01-31` or `31/01/2022` (as a French spreadsheet writes it), read by parse_date().
date sheet_date(std::string_view text, const std::string& field) {
    if (text.size() == 10 && text[2] == '/' && text[5] == '/') {
        const std::string iso = std::string(text.substr(6, 4)) + "-" +
                                std::string(text.substr(3, 2)) + "-" +
                                std::string(text.substr(0, 2));
        try {
            return parse_date(iso, field);
        } catch (const error&) {
            // Reported below with the text as written.
        }
    }
    return parse_date(text, field);
}

/// One post of the sheet as first seen, and the row that gave it.
struct sheet_post {
    std::size_t post_index = 0;
    std::size_t row = 0;
    std::map<std::string, std::string, std::less<>> values;  // column -> text the rows repeat
};

}  // namespace

dataset init_department_dataset(const territory_catalogue& catalogue,
                                const department_init& options) {
    const department* dep = catalogue.find_department(options.department);
    if (dep == nullptr) {
        const auto all = catalogue.departments();
        throw invalid_value(error_detail::of("init.department", "department",
                                             printable_text(options.department),
                                             {{"year", std::to_string(catalogue.year())},
                                              {"count", std::to_string(all.size())},
                                              {"first", all.empty() ? "" : all.front().code},
                                              {"last", all.empty() ? "" : all.back().code}}));
    }
    dataset_parts parts;
    const std::string catalogue_year = std::to_string(catalogue.year());
    parts.id = "departement-" + dep->code + "-" + catalogue_year;
    parts.label = {dep->name + " (" + dep->code + "), territoires officiels " + catalogue_year,
                   dep->name + " (" + dep->code + "), official territories " + catalogue_year};
    parts.department = *dep;
    parts.rulebook = options.rulebook;
    const std::vector<const catalogue_epci*> in_department = catalogue.epcis_in(dep->code);
    for (const catalogue_epci* e : in_department) {
        parts.epcis.push_back(epci_of(catalogue, *e));
    }
    const std::string id = parts.id;
    if (options.posts_csv.empty()) {
        return dataset::build(std::move(parts), id);
    }

    const std::string_view origin = options.posts_origin;
    const csv_table header_only =
        read_csv(options.posts_csv.substr(0, options.posts_csv.find('\n')), origin,
                 detect_csv_separator(options.posts_csv));
    std::vector<std::string> expense_columns;
    for (const std::string& name : header_only.header) {
        if (name.starts_with(expense_prefix)) {
            expense_columns.push_back(name);
        }
    }
    std::vector<std::string_view> optional_columns(fixed_optional_columns.begin(),
                                                   fixed_optional_columns.end());
    optional_columns.insert(optional_columns.end(), expense_columns.begin(), expense_columns.end());
    const detail::csv_sheet sheet =
        detail::read_csv_sheet(options.posts_csv, origin, required_columns, optional_columns);

    std::vector<error_detail> errors;
    std::map<std::string, sheet_post, std::less<>> seen;
    const auto attempt = [&](auto&& f) -> decltype(f()) {
        try {
            return f();
        } catch (const error& e) {
            errors.insert(errors.end(), e.details().begin(), e.details().end());
            return {};
        }
    };
    const auto cite = [&](std::size_t row) {
        provenance p;
        p.kind = evidence::source_document;
        p.cited.document = std::string(origin);
        p.cited.locator = "row " + std::to_string(row);
        return p;
    };
    detail::for_each_row(sheet, errors, [&](const csv_record& r, std::size_t row) {
        const auto text = [&](std::string_view name) -> std::string {
            const std::string* f = sheet.field(r, name);
            return f == nullptr ? std::string() : *f;
        };
        // A row of separators only (a spreadsheet's blank line) is no row.
        if (std::ranges::all_of(r.fields, [](const std::string& f) { return f.empty(); })) {
            return;
        }
        std::string epci_text = text("epci");
        // A later row of a post named by post_id may leave its EPCI empty, as its other columns.
        if (const auto it = seen.find(text("post_id")); epci_text.empty() && it != seen.end()) {
            epci_text = parts.posts[it->second.post_index].pilot_epci.str();
        }
        const catalogue_epci* pilot = nullptr;
        if (siren::is_valid(epci_text)) {
            pilot = catalogue.find_epci(siren::parse(epci_text));
        } else {
            pilot = catalogue.find_epci_named(epci_text);
        }
        if (pilot == nullptr || std::ranges::find(in_department, pilot) == in_department.end()) {
            errors.push_back(error_detail::of(
                "init.epci", cell_path(row, "epci"), printable_text(epci_text),
                {{"department", dep->code}, {"year", std::to_string(catalogue.year())}}));
            return;
        }
        const std::string post_id =
            text("post_id").empty() ? "post-" + pilot->siren.str() : text("post_id");
        const std::string convention_id =
            text("convention_id").empty() ? "ctg-" + pilot->siren.str() : text("convention_id");
        const auto [it, first] = seen.try_emplace(post_id);
        sheet_post& known = it->second;
        if (!first) {
            // A post column left empty on a later row means "as on the first row".
            if (const siren& first_pilot = parts.posts[known.post_index].pilot_epci;
                first_pilot != pilot->siren) {
                errors.push_back(error_detail::of("csv.post.differs", cell_path(row, "epci"),
                                                  printable_text(epci_text),
                                                  {{"column", "epci"},
                                                   {"row", std::to_string(known.row)},
                                                   {"post", post_id},
                                                   {"first", first_pilot.str()}}));
            }
            for (const auto& [column, value] : known.values) {
                if (!text(column).empty() && text(column) != value) {
                    errors.push_back(error_detail::of("csv.post.differs", cell_path(row, column),
                                                      printable_text(text(column)),
                                                      {{"column", column},
                                                       {"row", std::to_string(known.row)},
                                                       {"post", post_id},
                                                       {"first", printable_text(value)}}));
                }
            }
        } else {
            known.row = row;
            known.post_index = parts.posts.size();
            for (const std::string_view column :
                 {std::string_view("contracted_fte"), std::string_view("start"),
                  std::string_view("end"), std::string_view("convention_id")}) {
                known.values.emplace(column, text(column));
            }
            for (const std::string& column : expense_columns) {
                known.values.emplace(column, text(column));
            }
            const auto start = attempt([&]() -> std::optional<date> {
                return sheet_date(text("start"), cell_path(row, "start"));
            });
            const auto last = attempt([&]() -> std::optional<date> {
                return sheet_date(text("end"), cell_path(row, "end"));
            });
            const auto contracted = attempt([&]() -> std::optional<fte> {
                return fte::parse(text("contracted_fte"), cell_path(row, "contracted_fte"));
            });
            convention c;
            c.id = convention_id;
            c.name = "CTG " + pilot->name;
            if (start && last) {
                if (*last < *start) {
                    errors.push_back(error_detail::of("period.last_day_before_start",
                                                      cell_path(row, "end"), text("end"),
                                                      {{"start", to_iso(*start)}}));
                } else {
                    c.term = period(*start, next_day(*last));
                }
            }
            c.term_provenance = cite(row);
            c.signatories = {{known_role::caf, "Caf", std::nullopt, std::nullopt},
                             {known_role::epci, pilot->name, pilot->siren, std::nullopt}};
            c.territories.epcis = {pilot->siren};
            c.provenance = cite(row);
            coordination_post p;
            p.id = post_id;
            p.convention_id = convention_id;
            p.pilot_epci = pilot->siren;
            p.contracted_fte = contracted.value_or(fte{});
            p.fte_provenance = cite(row);
            p.provenance = cite(row);
            for (const std::string& column : expense_columns) {
                const std::string amount = text(column);
                if (amount.empty()) {
                    continue;
                }
                const auto year = attempt([&]() -> std::optional<int> {
                    const std::string digits = column.substr(expense_prefix.size());
                    if (digits.size() != 4 ||
                        !std::ranges::all_of(digits, [](char d) { return d >= '0' && d <= '9'; })) {
                        throw invalid_value(error_detail::of("csv.year.malformed",
                                                             "header, column " + column, digits));
                    }
                    const int y = std::stoi(digits);
                    check_year(y, "header, column " + column);
                    return y;
                });
                const auto value = attempt([&]() -> std::optional<money> {
                    return money::parse(amount, cell_path(row, column));
                });
                if (year && value) {
                    p.expenses.push_back({*year, *value, cite(row)});
                }
            }
            parts.conventions.push_back(std::move(c));
            parts.posts.push_back(std::move(p));
        }
        const std::string holder = text("coordinator");
        if (holder.empty()) {
            for (const std::string_view column :
                 {"coordinator_fte", "coordinator_start", "coordinator_end"}) {
                if (!text(column).empty()) {
                    errors.push_back(error_detail::of("init.coordinator_missing",
                                                      cell_path(row, column), text(column)));
                }
            }
            return;
        }
        coordinator co;
        co.id = holder;
        co.provenance = cite(row);
        const auto share = attempt([&]() -> std::optional<fte> {
            return text("coordinator_fte").empty()
                       ? fte::parse(known.values["contracted_fte"],
                                    cell_path(known.row, "contracted_fte"))
                       : fte::parse(text("coordinator_fte"), cell_path(row, "coordinator_fte"));
        });
        // Without their own start, a coordinator starts with the convention (the post's row).
        const auto from = attempt([&]() -> std::optional<date> {
            return text("coordinator_start").empty()
                       ? sheet_date(known.values["start"], cell_path(known.row, "start"))
                       : sheet_date(text("coordinator_start"), cell_path(row, "coordinator_start"));
        });
        std::optional<date> until;
        if (!text("coordinator_end").empty()) {
            if (const auto last = attempt([&]() -> std::optional<date> {
                    return sheet_date(text("coordinator_end"), cell_path(row, "coordinator_end"));
                })) {
                until = next_day(*last);
            }
        }
        if (share && from) {
            co.fte = *share;
            co.start = *from;
            co.end = until;
            parts.posts[known.post_index].coordinators.push_back(std::move(co));
        }
    });
    if (!errors.empty()) {
        throw validation_error(std::string(origin), std::move(errors));
    }
    return dataset::build(std::move(parts), id);
}

}  // namespace ctg
