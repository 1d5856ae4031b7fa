// SPDX-License-Identifier: MIT
#include <ctg/core/error.hpp>
#include <ctg/io/csv.hpp>
#include <ctg/io/posts_csv.hpp>

#include <algorithm>
#include <array>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <utility>

namespace ctg {

namespace {

constexpr std::array<std::string_view, 6> required_columns{
    "post_id", "convention_id", "pilot_epci_siren", "contracted_fte", "year", "expense"};
constexpr std::array<std::string_view, 3> optional_columns{"expense_evidence", "expense_source",
                                                           "expense_url"};

std::string cell(std::size_t row, std::string_view column) {
    return "row " + std::to_string(row) + ", column " + std::string(column);
}

std::string all_columns() {
    std::string out;
    for (const auto c : required_columns) {
        out += (out.empty() ? "" : ", ") + std::string(c);
    }
    for (const auto c : optional_columns) {
        out += ", " + std::string(c) + " (optional)";
    }
    return out;
}

/// First row number and values that every row of a post must repeat.
struct post_seen {
    std::size_t index = 0;
    std::size_t first_row = 0;
    std::map<int, std::size_t> years;  // year -> row
};

}  // namespace

std::vector<coordination_post> load_posts_csv(std::string_view text, std::string_view origin) {
    std::vector<error_detail> errors;
    csv_table table;
    try {
        table = read_csv(text, origin);
    } catch (const ctg::error& e) {
        throw validation_error(std::string(origin), e.details());
    }

    // Header.
    std::map<std::string, std::size_t, std::less<>> columns;
    for (std::size_t i = 0; i < table.header.size(); ++i) {
        const std::string& name = table.header[i];
        const bool known = std::find(required_columns.begin(), required_columns.end(), name) !=
                               required_columns.end() ||
                           std::find(optional_columns.begin(), optional_columns.end(), name) !=
                               optional_columns.end();
        if (!known) {
            errors.push_back(
                {"header, column " + name, name, "one of the columns " + all_columns()});
        } else if (!columns.emplace(name, i).second) {
            errors.push_back({"header, column " + name, name, "each column once"});
        }
    }
    for (const auto name : required_columns) {
        if (!columns.contains(name)) {
            errors.push_back({"header, column " + std::string(name), "",
                              "a column named " + std::string(name) + " (required)"});
        }
    }
    if (!errors.empty()) {
        throw validation_error(std::string(origin), std::move(errors));
    }

    std::vector<coordination_post> posts;
    std::map<std::string, post_seen, std::less<>> seen;
    const auto value = [&](const csv_record& r,
                           std::string_view name) -> std::optional<std::string> {
        const auto it = columns.find(name);
        if (it == columns.end()) {
            return std::nullopt;
        }
        return r.fields[it->second];
    };

    for (std::size_t n = 0; n < table.rows.size(); ++n) {
        const csv_record& r = table.rows[n];
        const std::size_t row = n + 2;  // the header is row 1, as in a spreadsheet
        if (r.fields.size() != table.header.size()) {
            errors.push_back(
                {"row " + std::to_string(row), std::to_string(r.fields.size()) + " fields",
                 std::to_string(table.header.size()) + " fields, as many as the header's columns"});
            continue;
        }
        const auto attempt = [&](auto&& f) -> decltype(f()) {
            try {
                return f();
            } catch (const ctg::error& e) {
                errors.insert(errors.end(), e.details().begin(), e.details().end());
                return {};
            }
        };

        const std::string post_id = *value(r, "post_id");
        if (post_id.empty()) {
            errors.push_back({cell(row, "post_id"), "", "a post identifier"});
        }
        const std::string convention_id = *value(r, "convention_id");
        if (convention_id.empty()) {
            errors.push_back({cell(row, "convention_id"), "", "a convention identifier"});
        }
        const std::string siren_text = *value(r, "pilot_epci_siren");
        const auto pilot = attempt([&]() -> std::optional<siren> {
            return siren::parse(siren_text, cell(row, "pilot_epci_siren"));
        });
        const std::string fte_text = *value(r, "contracted_fte");
        const auto contracted = attempt([&]() -> std::optional<fte> {
            return fte::parse(fte_text, cell(row, "contracted_fte"));
        });
        const std::string year_text = *value(r, "year");
        std::optional<int> year;
        if (year_text.size() == 4 && std::all_of(year_text.begin(), year_text.end(),
                                                 [](char ch) { return ch >= '0' && ch <= '9'; })) {
            year = std::stoi(year_text);
        } else {
            errors.push_back({cell(row, "year"), year_text, "a year of 4 digits, such as 2021"});
        }
        const std::string amount_text = *value(r, "expense");
        const auto amount = attempt([&]() -> std::optional<money> {
            return money::parse(amount_text, cell(row, "expense"));
        });
        if (amount && amount->cents() < 0) {
            errors.push_back({cell(row, "expense"), amount_text, "an amount of 0 or more"});
        }
        provenance expense_provenance{evidence::source_document,
                                      {std::string(origin), "row " + std::to_string(row), ""}};
        if (const auto ev = value(r, "expense_evidence"); ev && !ev->empty()) {
            if (const auto k = attempt([&]() -> std::optional<evidence> {
                    return parse_evidence(*ev, cell(row, "expense_evidence"));
                })) {
                expense_provenance.kind = *k;
            }
        }
        if (const auto s = value(r, "expense_source"); s && !s->empty()) {
            expense_provenance.cited.document = *s;
        }
        if (const auto u = value(r, "expense_url"); u && !u->empty()) {
            expense_provenance.cited.url = *u;
        }
        if (post_id.empty()) {
            continue;
        }

        auto [it, first] = seen.try_emplace(post_id);
        post_seen& ps = it->second;
        if (first) {
            ps.index = posts.size();
            ps.first_row = row;
            coordination_post p;
            p.id = post_id;
            p.convention_id = convention_id;
            if (pilot) {
                p.pilot_epci = *pilot;
            }
            if (contracted) {
                p.contracted_fte = *contracted;
            }
            const provenance from_file{evidence::source_document,
                                       {std::string(origin), "row " + std::to_string(row), ""}};
            p.fte_provenance = from_file;
            p.provenance = from_file;
            posts.push_back(std::move(p));
        } else {
            const coordination_post& p = posts[ps.index];
            const std::string first_row = "row " + std::to_string(ps.first_row);
            if (convention_id != p.convention_id) {
                errors.push_back({cell(row, "convention_id"), convention_id,
                                  "the convention_id given on " + first_row + " for post " +
                                      post_id + " (" + p.convention_id + ")"});
            }
            if (pilot && *pilot != p.pilot_epci) {
                errors.push_back({cell(row, "pilot_epci_siren"), siren_text,
                                  "the pilot_epci_siren given on " + first_row + " for post " +
                                      post_id + " (" + p.pilot_epci.str() + ")"});
            }
            if (contracted && *contracted != p.contracted_fte) {
                errors.push_back({cell(row, "contracted_fte"), fte_text,
                                  "the contracted_fte given on " + first_row + " for post " +
                                      post_id + " (" + p.contracted_fte.to_string() + ")"});
            }
        }
        if (year) {
            const auto [y, new_year] = ps.years.emplace(*year, row);
            if (!new_year) {
                errors.push_back({cell(row, "year"), year_text,
                                  "one row per post and year (post " + post_id + ", year " +
                                      year_text + " already on row " + std::to_string(y->second) +
                                      ")"});
            } else if (amount) {
                posts[ps.index].expenses.push_back({*year, *amount, expense_provenance});
            }
        }
    }
    if (!errors.empty()) {
        throw validation_error(std::string(origin), std::move(errors));
    }
    for (coordination_post& p : posts) {
        std::sort(p.expenses.begin(), p.expenses.end(),
                  [](const yearly_expense& a, const yearly_expense& b) { return a.year < b.year; });
    }
    return posts;
}

std::vector<coordination_post> load_posts_csv_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw invalid_value("path", path.string(), "a readable CSV file");
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return load_posts_csv(buffer.str(), path.string());
}

dataset with_posts(const dataset& base, const std::vector<coordination_post>& posts) {
    dataset_parts parts = base.parts();
    for (const coordination_post& incoming : posts) {
        const auto it =
            std::find_if(parts.posts.begin(), parts.posts.end(),
                         [&](const coordination_post& p) { return p.id == incoming.id; });
        if (it == parts.posts.end()) {
            parts.posts.push_back(incoming);
            continue;
        }
        it->convention_id = incoming.convention_id;
        it->pilot_epci = incoming.pilot_epci;
        it->contracted_fte = incoming.contracted_fte;
        it->fte_provenance = incoming.fte_provenance;
        for (const yearly_expense& e : incoming.expenses) {
            const auto old =
                std::find_if(it->expenses.begin(), it->expenses.end(),
                             [&](const yearly_expense& x) { return x.year == e.year; });
            if (old != it->expenses.end()) {
                *old = e;
            } else {
                it->expenses.push_back(e);
            }
        }
        std::sort(it->expenses.begin(), it->expenses.end(),
                  [](const yearly_expense& a, const yearly_expense& b) { return a.year < b.year; });
    }
    return dataset::build(std::move(parts), "dataset " + base.id() + " with imported posts");
}

}  // namespace ctg
