// SPDX-License-Identifier: MIT
#include <ctg/core/error.hpp>
#include <ctg/core/text.hpp>
#include <ctg/io/csv.hpp>

#include <algorithm>
#include <cstddef>
#include <string>

namespace ctg {

namespace {

/// `origin, line N, column C`, C counting the characters from `line_start` to `at` (1-based).
std::string location_of(std::string_view origin, std::string_view text, std::size_t line,
                        std::size_t line_start, std::size_t at) {
    std::size_t column = 1;
    for (std::size_t k = line_start; k < at; ++k) {
        column += (static_cast<unsigned char>(text[k]) & 0xC0U) != 0x80 ? 1U : 0U;
    }
    return std::string(origin) + ", line " + std::to_string(line) + ", column " +
           std::to_string(column);
}

}  // namespace

std::optional<std::size_t> csv_table::column(std::string_view name) const noexcept {
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (header[i] == name) {
            return i;
        }
    }
    return std::nullopt;
}

char detect_csv_separator(std::string_view text) noexcept {
    std::size_t semicolons = 0;
    std::size_t commas = 0;
    bool quoted = false;
    for (const char c : text.substr(0, text.find('\n'))) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted) {
            semicolons += c == ';' ? 1U : 0U;
            commas += c == ',' ? 1U : 0U;
        }
    }
    return semicolons > commas ? ';' : ',';
}

csv_table read_csv(std::string_view text, std::string_view origin, char separator) {
    constexpr std::string_view bom = "\xEF\xBB\xBF";
    if (text.starts_with(bom)) {
        text.remove_prefix(bom.size());
    }
    // Bytes that are not UTF-8 (a Latin-1 or Windows-1252 export) would become names no
    // reader can print: refused at their line and column, the byte shown as \xNN.
    if (const std::size_t bad = invalid_utf8_at(text); bad != std::string_view::npos) {
        const std::size_t newline = text.rfind('\n', bad);
        const std::size_t line_start = newline == std::string_view::npos ? 0 : newline + 1;
        const auto line = static_cast<std::size_t>(
            std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(bad), '\n') + 1);
        throw invalid_value(error_detail::of(
            "csv.encoding", location_of(origin, text, line, line_start, bad),
            std::string(text.substr(line_start, std::min(bad + 8, text.size()) - line_start))));
    }

    // Where a problem is: the origin, the line and the column (in characters, 1-based).
    std::size_t line_start = 0;
    const auto location = [&](std::size_t line_number, std::size_t at) {
        return location_of(origin, text, line_number, line_start, at);
    };

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
            const std::string opened_at = location(line, i);
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
                    line_start = i + 1;
                }
                field += q;
                ++i;
            }
            if (!closed) {
                throw invalid_value(
                    error_detail::of("csv.quote.unclosed", opened_at, field.substr(0, 40)));
            }
            // After a closing quote: separator, line end or end of text.
            if (i < n && text[i] != separator && text[i] != '\n' && text[i] != '\r') {
                throw invalid_value(error_detail::of("csv.quote.trailing", location(line, i),
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
            line_start = i;
            continue;
        }
        if (ch == '"') {
            // RFC 4180: a double quote only opens a field or doubles inside a quoted one. In an
            // unquoted field it is a typo, or a broken export that would shift every field after.
            throw invalid_value(
                error_detail::of("csv.quote.stray", location(line, i), field + '"'));
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
    table.separator = separator;
    records.erase(records.begin());
    table.rows = std::move(records);
    return table;
}

namespace {

/// Whether a spreadsheet would read `text` as a formula: its first character.
bool starts_like_a_formula(std::string_view text) noexcept {
    return !text.empty() &&
           std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

/// Whether `text` is a plain decimal number: an optional sign, digits, an optional fraction.
bool is_decimal_number(std::string_view text) noexcept {
    std::size_t i = !text.empty() && (text[0] == '-' || text[0] == '+') ? 1 : 0;
    const std::size_t digits_start = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
        ++i;
    }
    if (i == digits_start) {
        return false;
    }
    if (i < text.size() && text[i] == '.') {
        const std::size_t fraction_start = ++i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            ++i;
        }
        if (i == fraction_start) {
            return false;
        }
    }
    return i == text.size();
}

}  // namespace

std::string spreadsheet_safe(std::string_view text) {
    if (starts_like_a_formula(text) && !is_decimal_number(text)) {
        return "'" + std::string(text);
    }
    return std::string(text);
}

std::string_view spreadsheet_text(std::string_view cell) noexcept {
    if (cell.size() > 1 && cell.front() == '\'' && starts_like_a_formula(cell.substr(1)) &&
        !is_decimal_number(cell.substr(1))) {
        cell.remove_prefix(1);
    }
    return cell;
}

}  // namespace ctg
