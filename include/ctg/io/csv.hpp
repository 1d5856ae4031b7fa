// SPDX-License-Identifier: MIT
/// @file
/// @brief A small RFC 4180 CSV reader (quoted fields, doubled quotes, CRLF, UTF-8 BOM).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ctg {

/// @brief One record of a CSV text: its fields and the line it starts on (1-based).
struct csv_record {
    std::vector<std::string> fields;  ///< Unquoted field values.
    std::size_t line = 0;             ///< Physical line (1-based) where the record starts.
};

/// @brief A CSV text split into a header and records.
struct csv_table {
    std::vector<std::string> header;  ///< Column names (first record), BOM removed.
    std::vector<csv_record> rows;     ///< Data records; `rows[0]` is data row 1.
    char separator = ',';             ///< The field separator the text was read with.

    /// @brief Index of the column called `name`, if any.
    [[nodiscard]] std::optional<std::size_t> column(std::string_view name) const noexcept;
};

/**
 * @brief Splits RFC 4180 CSV text with a header line.
 *
 * Fields are separated by `separator` (default ','), records by CRLF or LF; a field in double
 * quotes may hold separators, line breaks and doubled quotes (two quote characters stand for one).
 * A leading UTF-8 BOM is dropped; a final line break is optional; blank lines are skipped. Rows may
 * have a number of fields different from the header: checking that is the caller's job.
 * @code
 * std::string text = read_file("posts.csv");  // post_id,expense CRLF p1,"38 400,00" CRLF
 * auto t = ctg::read_csv(text, "posts.csv");
 * t.rows[0].fields[1];  // 38 400,00
 * @endcode
 * @param text the CSV text
 * @param origin quoted in errors
 * @param separator field separator (',' or ';')
 * @throws ctg::invalid_value at `origin, line N, column C` for a quote opened and never closed,
 * text after a closing quote, or a quote inside an unquoted field (`csv.quote.stray`); for an
 * empty text (no header).
 */
[[nodiscard]] csv_table read_csv(std::string_view text, std::string_view origin = "csv",
                                 char separator = ',');

/**
 * @brief The field separator of a CSV text, read on its header line: `;` when it holds more
 * semicolons than commas outside quotes (the CSV of a French spreadsheet, whose numbers
 * carry decimal commas), else `,`.
 * @code
 * ctg::detect_csv_separator("epci;contracted_fte\n241600303;0,75\n");  // ';'
 * ctg::detect_csv_separator("post_id,expense\np1,\"38 400,00\"\n");   // ','
 * @endcode
 */
[[nodiscard]] char detect_csv_separator(std::string_view text) noexcept;

/**
 * @brief A cell text as ctg writes it into a CSV or a workbook: a text a spreadsheet would run
 * as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`,
 * as OWASP recommends against CSV injection; a decimal number (`-1447.00`, `+3`) is left as is.
 * @code
 * ctg::spreadsheet_safe("=HYPERLINK(\"http://x\")");  // "'=HYPERLINK(\"http://x\")"
 * ctg::spreadsheet_safe("-21343.25");                // "-21343.25": a number
 * ctg::spreadsheet_safe("CC du Rouillacais");        // unchanged
 * @endcode
 */
[[nodiscard]] std::string spreadsheet_safe(std::string_view text);

/**
 * @brief The text spreadsheet_safe() was given: a leading `'` before one of its characters is
 * dropped (what ctg reads back from its own files).
 * @code
 * ctg::spreadsheet_text("'=SUM(1)");  // "=SUM(1)"
 * ctg::spreadsheet_text("'ok");       // "'ok": not a neutralised formula
 * @endcode
 */
[[nodiscard]] std::string_view spreadsheet_text(std::string_view cell) noexcept;

}  // namespace ctg
