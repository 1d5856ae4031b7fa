// SPDX-License-Identifier: MIT
// What the CSV loaders (posts, evaluations) share: the header checked against the columns a
// loader knows, rows of the wrong length, and cells named as a spreadsheet user sees them.
// Private to src/.
#pragma once

#include <ctg/core/error.hpp>
#include <ctg/io/csv.hpp>

#include <cstddef>
#include <filesystem>
#include <functional>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ctg::detail {

/// `row N, column C`: a cell as a spreadsheet user sees it (the header is row 1).
[[nodiscard]] std::string cell_path(std::size_t row, std::string_view column);

/// The columns for a message: `a, b, c (optional)`.
[[nodiscard]] std::string column_list(std::span<const std::string_view> required,
                                      std::span<const std::string_view> optional = {});

/// A CSV text whose header names known columns only, each once, and every required one.
struct csv_sheet {
    csv_table table;
    /// The index of each column, by name.
    std::map<std::string, std::size_t, std::less<>> columns;

    /// The field of `record` in column `name`, or nullptr when the header has no such column.
    [[nodiscard]] const std::string* field(const csv_record& record, std::string_view name) const;
};

/// Reads `text` as a csv_sheet, its separator detected (detect_csv_separator()). Throws ctg::validation_error (`origin`) for a CSV syntax error,
/// or listing every unknown column, repeated column and missing required column.
[[nodiscard]] csv_sheet read_csv_sheet(std::string_view text, std::string_view origin,
                                       std::span<const std::string_view> required,
                                       std::span<const std::string_view> optional);

/// Calls `f(record, row)` on each data record of `sheet`, `row` being its spreadsheet row; a
/// record with more or fewer fields than the header is reported in `errors` instead.
template <class F>
void for_each_row(const csv_sheet& sheet, std::vector<error_detail>& errors, F&& f) {
    const csv_table& table = sheet.table;
    for (std::size_t n = 0; n < table.rows.size(); ++n) {
        const csv_record& record = table.rows[n];
        const std::size_t row = n + 2;  // the header is row 1, as in a spreadsheet
        if (record.fields.size() != table.header.size()) {
            errors.push_back(error_detail::of("csv.row.field_count", "row " + std::to_string(row),
                                              std::to_string(record.fields.size()),
                                              {{"columns", std::to_string(table.header.size())}}));
            continue;
        }
        f(record, row);
    }
}

/// The text of the CSV file at `path`; throws ctg::invalid_value when it cannot be opened.
[[nodiscard]] std::string read_csv_file(const std::filesystem::path& path);

}  // namespace ctg::detail
