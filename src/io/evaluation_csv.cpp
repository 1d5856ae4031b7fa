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

/// RFC 4180: quote a field holding a separator, a quote or a line break; a text a spreadsheet
/// would run as a formula is neutralised first (spreadsheet_safe()).
std::string csv_field(std::string_view text) {
    const std::string field = spreadsheet_safe(text);
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
        return field;
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
    const detail::csv_sheet sheet =
        detail::read_csv_sheet(text, origin, evaluation_csv_columns, {});
    std::vector<error_detail> errors;
    std::vector<evaluation> out;
    std::vector<evaluation_rows> rows_of;
    std::map<std::tuple<std::string, int>, std::size_t> index;  // (post, year) -> evaluation

    detail::for_each_row(sheet, errors, [&](const csv_record& r, std::size_t row) {
        // A text ctg neutralised on writing (spreadsheet_safe()) reads back as it was.
        const auto value = [&](std::string_view name) -> std::string {
            return std::string(spreadsheet_text(*sheet.field(r, name)));
        };
        const auto error = [&](std::string_view code, std::string_view column, std::string v,
                               std::vector<message_param> params = {}) {
            errors.push_back(
                error_detail::of(code, cell_path(row, column), std::move(v), std::move(params)));
        };

        // Grid and version: rows of another grid cannot be read against this one.
        if (value("grid") != g.id()) {
            error("evaluation.grid.mismatch", "grid", value("grid"), {{"grid", g.id()}});
            return;
        }
        if (value("grid_version") != std::to_string(g.version())) {
            error("evaluation.grid_version.mismatch", "grid_version", value("grid_version"),
                  {{"version", std::to_string(g.version())}, {"grid", g.id()}});
            return;
        }
        const std::string& post_id = value("post_id");
        if (post_id.empty()) {
            error("evaluation.post_id.missing", "post_id", "");
        }
        const std::string& year_text = value("year");
        std::optional<int> year;
        if (year_text.size() == 4 &&
            std::all_of(year_text.begin(), year_text.end(),
                        [](char c) { return c >= '0' && c <= '9'; }) &&
            year_text >= "1900") {
            year = std::stoi(year_text);
        } else {
            error("csv.year.malformed", "year", year_text);
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
                error("csv.evaluation.differs", "filled_by", by,
                      {{"column", "filled_by"},
                       {"row", std::to_string(seen.filled_by_row)},
                       {"first", e.filled_by}});
            }
        }
        if (filled_on) {
            if (seen.filled_on_row == 0) {
                e.filled_on = filled_on;
                seen.filled_on_row = row;
            } else if (*filled_on != *e.filled_on) {
                error("csv.evaluation.differs", "filled_on", value("filled_on"),
                      {{"column", "filled_on"},
                       {"row", std::to_string(seen.filled_on_row)},
                       {"first", to_iso(*e.filled_on)}});
            }
        }

        const std::string& item_id = value("item_id");
        const grid_item* item = g.find_item(item_id);
        if (item == nullptr) {
            error("grid.item.not_found", "item_id", item_id, {{"grid", g.key()}});
            return;
        }
        if (const std::string& s = value("section"); !s.empty() && s != g.section_of(item_id)->id) {
            error("csv.section.mismatch", "section", s,
                  {{"section", g.section_of(item_id)->id}, {"item", item_id}});
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
                    error("evaluation.policy.unknown", "policy", policy_text,
                          {{"grid", g.key()}, {"accepted", columns_text}});
                    policy.reset();
                }
            } catch (const ctg::error&) {
                error("evaluation.policy.missing", "policy", policy_text,
                      {{"accepted", columns_text}, {"item", item_id}});
            }
            if (!policy) {
                return;
            }
        } else if (!policy_text.empty()) {
            error("evaluation.policy.unexpected", "policy", policy_text, {{"item", item_id}});
            return;
        }
        const grid_cell cell{item_id, policy};
        if (const auto [c, first] = seen.cells.emplace(cell, row); !first) {
            error("csv.cell.repeated", "item_id", cell.to_string(),
                  {{"row", std::to_string(c->second)},
                   {"cell", cell.to_string()},
                   {"post", post_id},
                   {"year", std::to_string(*year)}});
            return;
        }

        if (const std::string& comment = value("comment"); !comment.empty()) {
            if (const item_comment* existing = e.find_comment(item_id)) {
                if (existing->text != comment) {
                    error("csv.comment.differs", "comment", comment,
                          {{"item", item_id}, {"row", std::to_string(seen.comment_rows[item_id])}});
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
                    error("evaluation.level.unknown", "answer", text_answer,
                          {{"scale", g.scale().id}, {"accepted", g.scale().accepted_codes()}});
                }
                break;
            case item_kind::yes_no:
                if (const auto yes = yes_no_of(text_answer)) {
                    e.answers.push_back(answer::of_yes_no(item_id, *yes));
                } else {
                    error("csv.answer.yes_no", "answer", text_answer, {{"item", item_id}});
                }
                break;
            case item_kind::number:
                try {
                    const auto number = answer_number::parse(text_answer, cell_path(row, "answer"));
                    if (number.decimals() > item->decimals) {
                        error("evaluation.number.decimals", "answer", text_answer,
                              {{"decimals", std::to_string(item->decimals)}, {"item", item_id}});
                    } else {
                        e.answers.push_back(answer::of_number(item_id, number));
                    }
                } catch (const ctg::error& err) {
                    errors.insert(errors.end(), err.details().begin(), err.details().end());
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
