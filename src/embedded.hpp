#pragma once
#include <span>
#include <string_view>
namespace ctg::detail {
/// One data file shipped inside the library (built from src/data/<category>/<name>.json).
struct embedded_file {
    std::string_view category;
    std::string_view name;
    std::string_view contents;
};
/// All embedded files, sorted by category then name.
[[nodiscard]] std::span<const embedded_file> embedded_files() noexcept;
}  // namespace ctg::detail
