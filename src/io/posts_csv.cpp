// SPDX-License-Identifier: MIT
#include "io/csv_sheet.hpp"
#include <ctg/core/error.hpp>
#include <ctg/io/csv.hpp>
#include <ctg/io/posts_csv.hpp>

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <string>
#include <utility>

namespace ctg {

namespace {

using detail::cell_path;

constexpr std::array<std::string_view, 6> required_columns{
    "post_id", "convention_id", "pilot_epci_siren", "contracted_fte", "year", "expense"};
constexpr std::array<std::string_view, 3> optional_columns{"expense_evidence", "expense_source",
                                                           "expense_url"};

/// First row number and values that every row of a post must repeat.
struct post_seen {
    std::size_t index = 0;
    std::size_t first_row = 0;
    std::map<int, std::size_t> years;  // year -> row
};

}  // namespace

std::vector<coordination_post> load_posts_csv(std::string_view text, std::string_view origin) {
    const detail::csv_sheet sheet =
        detail::read_csv_sheet(text, origin, required_columns, optional_columns);
    std::vector<error_detail> errors;
    std::vector<coordination_post> posts;
    std::map<std::string, post_seen, std::less<>> seen;
    detail::for_each_row(sheet, errors, [&](const csv_record& r, std::size_t row) {
        const auto value = [&](std::string_view name) { return sheet.field(r, name); };
        const auto attempt = [&](auto&& f) -> decltype(f()) {
            try {
                return f();
            } catch (const ctg::error& e) {
                errors.insert(errors.end(), e.details().begin(), e.details().end());
                return {};
            }
        };

        const std::string post_id = *value("post_id");
        if (post_id.empty()) {
            errors.push_back(error_detail::of("value.empty", cell_path(row, "post_id"), ""));
        }
        const std::string convention_id = *value("convention_id");
        if (convention_id.empty()) {
            errors.push_back(error_detail::of("value.empty", cell_path(row, "convention_id"), ""));
        }
        const std::string siren_text = *value("pilot_epci_siren");
        const auto pilot = attempt([&]() -> std::optional<siren> {
            return siren::parse(siren_text, cell_path(row, "pilot_epci_siren"));
        });
        const std::string fte_text = *value("contracted_fte");
        const auto contracted = attempt([&]() -> std::optional<fte> {
            return fte::parse(fte_text, cell_path(row, "contracted_fte"));
        });
        const std::string year_text = *value("year");
        std::optional<int> year;
        if (year_text.size() == 4 && std::all_of(year_text.begin(), year_text.end(),
                                                 [](char ch) { return ch >= '0' && ch <= '9'; })) {
            year = std::stoi(year_text);
        } else {
            errors.push_back(
                error_detail::of("csv.year.malformed", cell_path(row, "year"), year_text));
        }
        const std::string amount_text = *value("expense");
        const auto amount = attempt([&]() -> std::optional<money> {
            return money::parse(amount_text, cell_path(row, "expense"));
        });
        if (amount && amount->cents() < 0) {
            errors.push_back(
                error_detail::of("money.negative", cell_path(row, "expense"), amount_text));
        }
        provenance expense_provenance{evidence::source_document,
                                      {std::string(origin), "row " + std::to_string(row), ""}};
        if (const auto ev = value("expense_evidence"); ev && !ev->empty()) {
            if (const auto k = attempt([&]() -> std::optional<evidence> {
                    return parse_evidence(*ev, cell_path(row, "expense_evidence"));
                })) {
                expense_provenance.kind = *k;
            }
        }
        if (const auto s = value("expense_source"); s && !s->empty()) {
            expense_provenance.cited.document = *s;
        }
        if (const auto u = value("expense_url"); u && !u->empty()) {
            expense_provenance.cited.url = *u;
        }
        if (post_id.empty()) {
            return;
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
            const std::string first_row = std::to_string(ps.first_row);
            if (convention_id != p.convention_id) {
                errors.push_back(error_detail::of("csv.post.differs",
                                                  cell_path(row, "convention_id"), convention_id,
                                                  {{"column", "convention_id"},
                                                   {"row", first_row},
                                                   {"post", post_id},
                                                   {"first", p.convention_id}}));
            }
            if (pilot && *pilot != p.pilot_epci) {
                errors.push_back(error_detail::of("csv.post.differs",
                                                  cell_path(row, "pilot_epci_siren"), siren_text,
                                                  {{"column", "pilot_epci_siren"},
                                                   {"row", first_row},
                                                   {"post", post_id},
                                                   {"first", p.pilot_epci.str()}}));
            }
            if (contracted && *contracted != p.contracted_fte) {
                errors.push_back(error_detail::of("csv.post.differs",
                                                  cell_path(row, "contracted_fte"), fte_text,
                                                  {{"column", "contracted_fte"},
                                                   {"row", first_row},
                                                   {"post", post_id},
                                                   {"first", p.contracted_fte.to_string()}}));
            }
        }
        if (year) {
            const auto [y, new_year] = ps.years.emplace(*year, row);
            if (!new_year) {
                errors.push_back(
                    error_detail::of("csv.post.year_repeated", cell_path(row, "year"), year_text,
                                     {{"post", post_id}, {"row", std::to_string(y->second)}}));
            } else if (amount) {
                posts[ps.index].expenses.push_back({*year, *amount, expense_provenance});
            }
        }
    });
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
    return load_posts_csv(detail::read_csv_file(path), path.string());
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
