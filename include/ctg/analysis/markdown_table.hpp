// SPDX-License-Identifier: MIT
/// @file
/// @brief Markdown tables with aligned columns, readable as plain text and rendered as tables.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ctg {

/// @brief How a column's cells are aligned (and the Markdown alignment row says so).
enum class column_align : std::uint8_t {
    left,   ///< Text: `:---`.
    right,  ///< Numbers and amounts: `---:`.
};

/**
 * @brief A Markdown table whose columns are padded to the same width.
 *
 * Widths count Unicode code points, so that `Angoulême` and `€` take one column each in a
 * terminal. A `|` inside a cell is escaped as `\|`.
 * @code
 * ctg::markdown_table t({"EPCI", "ETP"}, {ctg::column_align::left, ctg::column_align::right});
 * t.add_row({"Grand Angoulême", "2,5"});
 * t.add_row({"Grand Cognac", "4"});
 * std::cout << t.to_markdown();
 * // | EPCI            | ETP |
 * // |:----------------|----:|
 * // | Grand Angoulême | 2,5 |
 * // | Grand Cognac    |   4 |
 * @endcode
 */
class markdown_table {
public:
    /**
     * @brief A table with this header; `align` gives one alignment per column (missing ones:
     * the first column left, the others right).
     * @throws ctg::invalid_value when the header is empty or `align` has more entries.
     */
    explicit markdown_table(std::vector<std::string> header, std::vector<column_align> align = {});

    /// @brief Appends a row.
    /// @throws ctg::invalid_value when the row does not have one cell per column.
    void add_row(std::vector<std::string> cells);
    /// @brief Number of rows, header excluded.
    [[nodiscard]] std::size_t rows() const noexcept { return rows_.size(); }
    /// @brief The table, one line per row, each ending with a newline.
    [[nodiscard]] std::string to_markdown() const;

private:
    std::vector<std::string> header_;
    std::vector<column_align> align_;
    std::vector<std::vector<std::string>> rows_;
};

/// @brief Display width of UTF-8 text: its code points.
/// @code
/// ctg::display_width("Angoulême");  // 9
/// @endcode
[[nodiscard]] std::size_t display_width(std::string_view text) noexcept;

}  // namespace ctg
