// SPDX-License-Identifier: MIT
#include <ctg/core/error.hpp>
#include <ctg/io/csv.hpp>

#include <string>

namespace ctg {

std::optional<std::size_t> csv_table::column(std::string_view name) const noexcept {
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (header[i] == name) {
            return i;
        }
    }
    return std::nullopt;
}

csv_table read_csv(std::string_view text, std::string_view origin, char separator) {
    constexpr std::string_view bom = "\xEF\xBB\xBF";
    if (text.starts_with(bom)) {
        text.remove_prefix(bom.size());
    }

    std::vector<csv_record> records;
    csv_record record;
    std::string field;
    std::size_t line = 1;
    record.line = 1;
    bool record_started = false;  // a field or separator was seen in this record
    std::size_t i = 0;
    const std::size_t n = text.size();

    auto end_record = [&] {
        if (record_started) {
            record.fields.push_back(std::move(field));
            records.push_back(std::move(record));
        }
        field.clear();
        record = csv_record{};
        record_started = false;
    };

    while (i < n) {
        const char ch = text[i];
        if (ch == '"' && field.empty()) {
            // Quoted field.
            const std::size_t opened_line = line;
            if (!record_started) {
                record.line = line;
            }
            record_started = true;
            ++i;
            bool closed = false;
            while (i < n) {
                const char q = text[i];
                if (q == '"') {
                    if (i + 1 < n && text[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                if (q == '\n') {
                    ++line;
                }
                field += q;
                ++i;
            }
            if (!closed) {
                throw invalid_value(
                    error_detail::of("csv.quote.unclosed",
                                     std::string(origin) + ", line " + std::to_string(opened_line),
                                     field.substr(0, 40)));
            }
            // After a closing quote: separator, line end or end of text.
            if (i < n && text[i] != separator && text[i] != '\n' && text[i] != '\r') {
                throw invalid_value(error_detail::of(
                    "csv.quote.trailing", std::string(origin) + ", line " + std::to_string(line),
                    std::string(1, text[i])));
            }
            continue;
        }
        if (ch == separator) {
            if (!record_started) {
                record.line = line;
            }
            record_started = true;
            record.fields.push_back(std::move(field));
            field.clear();
            ++i;
            continue;
        }
        if (ch == '\r' || ch == '\n') {
            end_record();
            if (ch == '\r' && i + 1 < n && text[i + 1] == '\n') {
                ++i;
            }
            ++i;
            ++line;
            continue;
        }
        if (!record_started) {
            record.line = line;
        }
        record_started = true;
        field += ch;
        ++i;
    }
    end_record();

    if (records.empty()) {
        throw invalid_value(error_detail::of("csv.no_header", std::string(origin), ""));
    }
    csv_table table;
    table.header = std::move(records.front().fields);
    records.erase(records.begin());
    table.rows = std::move(records);
    return table;
}

}  // namespace ctg
