// SPDX-License-Identifier: MIT
// Aligned Markdown tables.
#include <ctg/analysis/markdown_table.hpp>
#include <ctg/core/error.hpp>

#include <algorithm>
#include <string>
#include <utility>

namespace ctg {

namespace {

std::string escape(std::string_view cell) {
    std::string out;
    out.reserve(cell.size());
    for (const char c : cell) {
        if (c == '|') {
            out += '\\';
        }
        out += c == '\n' ? ' ' : c;
    }
    return out;
}

}  // namespace

std::size_t display_width(std::string_view text) noexcept {
    std::size_t n = 0;
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) {
            ++n;
        }
    }
    return n;
}

markdown_table::markdown_table(std::vector<std::string> header, std::vector<column_align> align)
    : header_(std::move(header)), align_(std::move(align)) {
    if (header_.empty()) {
        throw invalid_value(error_detail::of("table.no_column", "header", ""));
    }
    if (align_.size() > header_.size()) {
        throw invalid_value(error_detail::of("table.align.too_many", "align",
                                             std::to_string(align_.size()),
                                             {{"columns", std::to_string(header_.size())}}));
    }
    for (std::size_t c = align_.size(); c < header_.size(); ++c) {
        align_.push_back(c == 0 ? column_align::left : column_align::right);
    }
    for (auto& h : header_) {
        h = escape(h);
    }
}

void markdown_table::add_row(std::vector<std::string> cells) {
    if (cells.size() != header_.size()) {
        throw invalid_value(error_detail::of("table.row.cell_count", "row",
                                             std::to_string(cells.size()),
                                             {{"columns", std::to_string(header_.size())}}));
    }
    for (auto& c : cells) {
        c = escape(c);
    }
    rows_.push_back(std::move(cells));
}

std::string markdown_table::to_markdown() const {
    std::vector<std::size_t> width(header_.size(), 3);  // room for ":--" at least
    const auto measure = [&](const std::vector<std::string>& row) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            width[c] = std::max(width[c], display_width(row[c]));
        }
    };
    measure(header_);
    for (const auto& r : rows_) {
        measure(r);
    }
    const auto line = [&](const std::vector<std::string>& row) {
        std::string out = "|";
        for (std::size_t c = 0; c < row.size(); ++c) {
            const std::size_t pad = width[c] - display_width(row[c]);
            out += ' ';
            if (align_[c] == column_align::right) {
                out.append(pad, ' ');
                out += row[c];
            } else {
                out += row[c];
                out.append(pad, ' ');
            }
            out += " |";
        }
        out += '\n';
        return out;
    };
    std::string out = line(header_);
    out += '|';
    for (std::size_t c = 0; c < header_.size(); ++c) {
        if (align_[c] == column_align::left) {
            out += ':' + std::string(width[c] + 1, '-');
        } else {
            out += std::string(width[c] + 1, '-') + ':';
        }
        out += '|';
    }
    out += '\n';
    for (const auto& r : rows_) {
        out += line(r);
    }
    return out;
}

}  // namespace ctg
