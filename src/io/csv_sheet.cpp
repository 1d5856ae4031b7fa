// SPDX-License-Identifier: MIT
#include "io/csv_sheet.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <utility>

namespace ctg::detail {

std::string cell_path(std::size_t row, std::string_view column) {
    return "row " + std::to_string(row) + ", column " + std::string(column);
}

std::string column_list(std::span<const std::string_view> required,
                        std::span<const std::string_view> optional) {
    std::string out;
    for (const auto c : required) {
        out += (out.empty() ? "" : ", ") + std::string(c);
    }
    for (const auto c : optional) {
        out += ", " + std::string(c) + " (optional)";
    }
    return out;
}

const std::string* csv_sheet::field(const csv_record& record, std::string_view name) const {
    const auto it = columns.find(name);
    return it == columns.end() ? nullptr : &record.fields[it->second];
}

csv_sheet read_csv_sheet(std::string_view text, std::string_view origin,
                         std::span<const std::string_view> required,
                         std::span<const std::string_view> optional) {
    csv_sheet sheet;
    try {
        sheet.table = read_csv(text, origin, detect_csv_separator(text));
    } catch (const ctg::error& e) {
        throw validation_error(std::string(origin), e.details());
    }
    std::vector<error_detail> errors;
    const auto listed = [](std::span<const std::string_view> columns, const std::string& name) {
        return std::find(columns.begin(), columns.end(), name) != columns.end();
    };
    for (std::size_t i = 0; i < sheet.table.header.size(); ++i) {
        const std::string& name = sheet.table.header[i];
        if (!listed(required, name) && !listed(optional, name)) {
            errors.push_back(error_detail::of("csv.column.unknown", "header, column " + name, name,
                                              {{"known", column_list(required, optional)}}));
        } else if (!sheet.columns.emplace(name, i).second) {
            errors.push_back(
                error_detail::of("csv.column.repeated", "header, column " + name, name));
        }
    }
    for (const auto name : required) {
        if (!sheet.columns.contains(name)) {
            errors.push_back(error_detail::of("csv.column.missing",
                                              "header, column " + std::string(name), "",
                                              {{"column", std::string(name)}}));
        }
    }
    if (!errors.empty()) {
        throw validation_error(std::string(origin), std::move(errors));
    }
    return sheet;
}

std::string read_csv_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw invalid_value(error_detail::of("file.unreadable", "path", path.string()));
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

}  // namespace ctg::detail
