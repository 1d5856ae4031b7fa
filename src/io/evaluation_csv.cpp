// SPDX-License-Identifier: MIT
// Evaluations as CSV: one row per cell. The reader checks rows against the grid itself, so that
// every error names its row and column, as a spreadsheet user sees them.
#include "io/csv_sheet.hpp"
#include <ctg/core/error.hpp>
#include <ctg/io/csv.hpp>
#include <ctg/io/evaluation_csv.hpp>
#include <ctg/referentiel/evaluation_check.hpp>

#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <utility>

namespace ctg {

namespace {

using detail::cell_path;

/// ASCII lower case with surrounding spaces removed: spreadsheet answers (`Oui `, `EN PARTIE`).
std::string folded(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) {
        s.remove_suffix(1);
    }
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    });
    return out;
}

/// The scale code `text` stands for: the code or a label, in any case.
std::optional<std::string> level_code(const answer_scale& scale, std::string_view text) {
    const std::string f = folded(text);
    const auto matches = [&](const scale_level& l) {
        return folded(l.code) == f || folded(l.label.fr) == f ||
               (!l.label.en.empty() && folded(l.label.en) == f);
    };
    for (const auto& l : scale.levels) {
        if (matches(l)) {
            return l.code;
        }
    }
    if (scale.not_applicable && matches(*scale.not_applicable)) {
        return scale.not_applicable->code;
    }
    return std::nullopt;
}

std::optional<bool> yes_no_of(std::string_view text) {
    const std::string f = folded(text);
    if (f == "oui" || f == "o" || f == "yes" || f == "y") {
        return true;
    }
    if (f == "non" || f == "n" || f == "no") {
        return false;
    }
    return std::nullopt;
}

/// RFC 4180: quote a field holding a separator, a quote or a line break.
std::string csv_field(std::string_view field) {
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
        return std::string(field);
    }
    std::string out = "\"";
    for (const char c : field) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    return out + "\"";
}

void write_row(std::string& out, const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        out += (i == 0 ? "" : ",") + csv_field(fields[i]);
    }
    out += "\r\n";
}

/// The rows of one evaluation (answers empty when `e` is null).
void write_evaluation(std::string& out, const grid& g, const evaluation* e,
                      const std::string& post_id, const std::string& year, language lang) {
    const std::string filled_by = e != nullptr ? e->filled_by : "";
    const std::string filled_on = e != nullptr && e->filled_on ? to_iso(*e->filled_on) : "";
    for (const auto& sec : g.sections()) {
        for (const auto& item : sec.items) {
            bool first = true;
            for (const auto& cell : g.cells_of(item)) {
                const answer* a = e != nullptr ? e->find_answer(cell) : nullptr;
                const item_comment* c = e != nullptr && first ? e->find_comment(item.id) : nullptr;
                write_row(out, {g.id(), std::to_string(g.version()), post_id, year, sec.id, item.id,
                                item.text.in(lang),
                                cell.policy ? std::string(to_string(*cell.policy)) : "",
                                a != nullptr ? a->value_text() : "", c != nullptr ? c->text : "",
                                filled_by, filled_on});
                first = false;
            }
        }
    }
}

std::string header_line() {
    std::string out;
    write_row(out, std::vector<std::string>(evaluation_csv_columns.begin(),
                                            evaluation_csv_columns.end()));
    return out;
}

/// What one evaluation of the file remembers while its rows are read.
struct evaluation_rows {
    std::size_t first_row = 0;
    std::size_t last_row = 0;
    std::size_t filled_by_row = 0;
    std::size_t filled_on_row = 0;
    std::map<grid_cell, std::size_t> cells;                        // cell -> row
    std::map<std::string, std::size_t, std::less<>> comment_rows;  // item -> row
};

}  // namespace

std::vector<evaluation> load_evaluations_csv(std::string_view text, const grid& g,
                                             std::string_view origin) {
    const detail::csv_sheet sheet = detail::read_csv_sheet(
        text, origin, evaluation_csv_columns, {},
        "one of the columns " + detail::column_list(evaluation_csv_columns) + " (no other column)");
    std::vector<error_detail> errors;
    std::vector<evaluation> out;
    std::vector<evaluation_rows> rows_of;
    std::map<std::tuple<std::string, int>, std::size_t> index;  // (post, year) -> evaluation

    detail::for_each_row(sheet, errors, [&](const csv_record& r, std::size_t row) {
        const auto value = [&](std::string_view name) -> const std::string& {
            return *sheet.field(r, name);
        };
        const auto error = [&](std::string_view column, std::string v, std::string expected) {
            errors.push_back({cell_path(row, column), std::move(v), std::move(expected)});
        };

        // Grid and version: rows of another grid cannot be read against this one.
        if (value("grid") != g.id()) {
            error("grid", value("grid"), "grid " + g.id() + " (the grid the file is read against)");
            return;
        }
        if (value("grid_version") != std::to_string(g.version())) {
            error("grid_version", value("grid_version"),
                  std::to_string(g.version()) + ", the version of grid " + g.id() +
                      " the file is read against (a filled grid is read only against the "
                      "version it fills)");
            return;
        }
        const std::string& post_id = value("post_id");
        if (post_id.empty()) {
            error("post_id", "", "the identifier of the coordination post evaluated");
        }
        const std::string& year_text = value("year");
        std::optional<int> year;
        if (year_text.size() == 4 &&
            std::all_of(year_text.begin(), year_text.end(),
                        [](char c) { return c >= '0' && c <= '9'; }) &&
            year_text >= "1900") {
            year = std::stoi(year_text);
        } else {
            error("year", year_text, "a calendar year of 4 digits, such as 2021");
        }
        std::optional<date> filled_on;
        if (!value("filled_on").empty()) {
            try {
                filled_on = parse_date(value("filled_on"), cell_path(row, "filled_on"));
            } catch (const ctg::error& e) {
                errors.insert(errors.end(), e.details().begin(), e.details().end());
            }
        }
        if (post_id.empty() || !year) {
            return;
        }

        const auto [at, added] = index.emplace(std::make_tuple(post_id, *year), out.size());
        if (added) {
            evaluation e;
            e.grid_id = g.id();
            e.grid_version = g.version();
            e.post_id = post_id;
            e.year = *year;
            out.push_back(std::move(e));
            rows_of.push_back({row, row, 0, 0, {}, {}});
        }
        evaluation& e = out[at->second];
        evaluation_rows& seen = rows_of[at->second];
        seen.last_row = row;
        const std::string first_row = "row " + std::to_string(seen.first_row);
        if (const std::string& by = value("filled_by"); !by.empty()) {
            if (seen.filled_by_row == 0) {
                e.filled_by = by;
                seen.filled_by_row = row;
            } else if (by != e.filled_by) {
                error("filled_by", by,
                      "the filled_by given on row " + std::to_string(seen.filled_by_row) + " (" +
                          e.filled_by + "): one author per evaluation");
            }
        }
        if (filled_on) {
            if (seen.filled_on_row == 0) {
                e.filled_on = filled_on;
                seen.filled_on_row = row;
            } else if (*filled_on != *e.filled_on) {
                error("filled_on", value("filled_on"),
                      "the filled_on given on row " + std::to_string(seen.filled_on_row) + " (" +
                          to_iso(*e.filled_on) + "): one date per evaluation");
            }
        }

        const std::string& item_id = value("item_id");
        const grid_item* item = g.find_item(item_id);
        if (item == nullptr) {
            error("item_id", item_id, "an item of grid " + g.key());
            return;
        }
        if (const std::string& s = value("section"); !s.empty() && s != g.section_of(item_id)->id) {
            error("section", s,
                  "section " + g.section_of(item_id)->id + ", the section of item " + item_id);
        }
        std::optional<volet> policy;
        const std::string& policy_text = value("policy");
        if (item->kind == item_kind::per_policy) {
            std::string columns_text;
            for (const auto& p : g.policies()) {
                columns_text +=
                    (columns_text.empty() ? "" : ", ") + std::string(to_string(p.policy));
            }
            try {
                policy = parse_volet(policy_text, cell_path(row, "policy"));
                if (!g.has_policy(*policy)) {
                    error("policy", policy_text,
                          "a policy column of grid " + g.key() + ": " + columns_text);
                    policy.reset();
                }
            } catch (const ctg::error&) {
                error("policy", policy_text,
                      "a policy column (" + columns_text + "): item " + item_id +
                          " is assessed per policy");
            }
            if (!policy) {
                return;
            }
        } else if (!policy_text.empty()) {
            error("policy", policy_text,
                  "an empty policy: item " + item_id +
                      (item->kind == item_kind::yes_no ? " is a yes/no question" : " is a number"));
            return;
        }
        const grid_cell cell{item_id, policy};
        if (const auto [c, first] = seen.cells.emplace(cell, row); !first) {
            error("item_id", cell.to_string(),
                  "each cell once per evaluation: row " + std::to_string(c->second) +
                      " already gives cell " + cell.to_string() + " of " + post_id + " " +
                      std::to_string(*year));
            return;
        }

        if (const std::string& comment = value("comment"); !comment.empty()) {
            if (const item_comment* existing = e.find_comment(item_id)) {
                if (existing->text != comment) {
                    error("comment", comment,
                          "the comment given for item " + item_id + " on row " +
                              std::to_string(seen.comment_rows[item_id]) +
                              " (one comment per item), or an empty cell");
                }
            } else {
                e.comments.push_back({item_id, comment});
                seen.comment_rows[item_id] = row;
            }
        }

        const std::string& text_answer = value("answer");
        if (folded(text_answer).empty()) {
            return;  // not answered
        }
        switch (item->kind) {
            case item_kind::per_policy:
                if (const auto code = level_code(g.scale(), text_answer)) {
                    e.answers.push_back(answer::of_level(item_id, policy, *code));
                } else {
                    error("answer", text_answer,
                          "a level of scale " + g.scale().id + ": " + g.scale().accepted_codes() +
                              " (item " + item_id + " is a mission assessed per policy)");
                }
                break;
            case item_kind::yes_no:
                if (const auto yes = yes_no_of(text_answer)) {
                    e.answers.push_back(answer::of_yes_no(item_id, *yes));
                } else {
                    error("answer", text_answer,
                          "oui or non (item " + item_id + " is a yes/no question)");
                }
                break;
            case item_kind::number:
                try {
                    const auto number = answer_number::parse(text_answer, cell_path(row, "answer"));
                    if (number.decimals() > item->decimals) {
                        error("answer", text_answer,
                              "a number with at most " + std::to_string(item->decimals) +
                                  " decimal(s) (item " + item_id + ")");
                    } else {
                        e.answers.push_back(answer::of_number(item_id, number));
                    }
                } catch (const ctg::error& err) {
                    for (auto d : err.details()) {
                        d.expected += " (item " + item_id + " is a number)";
                        errors.push_back(std::move(d));
                    }
                }
                break;
        }
    });
    if (!errors.empty()) {
        throw validation_error(std::string(origin), std::move(errors));
    }
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto& seen = rows_of[i];
        out[i].provenance = {
            evidence::source_document,
            {std::string(origin),
             "rows " + std::to_string(seen.first_row) + " to " + std::to_string(seen.last_row),
             ""}};
    }
    return out;
}

std::vector<evaluation> load_evaluations_csv_file(const std::filesystem::path& path,
                                                  const grid& g) {
    return load_evaluations_csv(detail::read_csv_file(path), g, path.string());
}

std::string evaluations_to_csv(std::span<const evaluation> evaluations, const grid& g,
                               language lang) {
    for (const auto& e : evaluations) {
        require_valid(e, g);  // an answer the grid cannot hold would be lost silently
    }
    std::string out = header_line();
    for (const auto& e : evaluations) {
        write_evaluation(out, g, &e, e.post_id, std::to_string(e.year), lang);
    }
    return out;
}

std::string blank_evaluation_csv(const grid& g, std::string_view post_id, std::optional<int> year,
                                 language lang) {
    std::string out = header_line();
    write_evaluation(out, g, nullptr, std::string(post_id), year ? std::to_string(*year) : "",
                     lang);
    return out;
}

}  // namespace ctg
