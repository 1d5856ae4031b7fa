// SPDX-License-Identifier: MIT
/// @file
/// @brief The names enums are written with in datasets, rulebooks and JSON: one table per enum,
/// read both ways by the same two functions.
#pragma once

#include <ctg/core/error.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace ctg {

/// @brief One enumerator and the name it is written with (`{volet::famille, "famille"}`).
template <typename E>
struct enum_name {
    E value;                ///< The enumerator.
    std::string_view name;  ///< Its written name.
};

/**
 * @brief The name of `value` in `table` (the first entry holding it); empty if none does.
 *
 * Each enum's names are written once, in a constexpr table of its .cpp file, and its
 * `to_string()` is this function over that table.
 * @code
 * enum class colour { red, green };
 * constexpr std::array<ctg::enum_name<colour>, 2> colours{
 *     {{colour::red, "red"}, {colour::green, "green"}}};
 * ctg::name_of(colours, colour::green);  // "green"
 * @endcode
 */
template <typename E, std::size_t N>
[[nodiscard]] constexpr std::string_view name_of(const std::array<enum_name<E>, N>& table,
                                                 E value) noexcept {
    for (const enum_name<E>& entry : table) {
        if (entry.value == value) {
            return entry.name;
        }
    }
    return {};
}

/**
 * @brief The enumerator written `text` in `table`, or nothing.
 * @code
 * ctg::value_of(colours, "green");   // colour::green
 * ctg::value_of(colours, "blue");    // std::nullopt
 * @endcode
 */
template <typename E, std::size_t N>
[[nodiscard]] constexpr std::optional<E> value_of(const std::array<enum_name<E>, N>& table,
                                                  std::string_view text) noexcept {
    for (const enum_name<E>& entry : table) {
        if (entry.name == text) {
            return entry.value;
        }
    }
    return std::nullopt;
}

/**
 * @brief The names of `table` joined by `separator`, in table order (`red, green`).
 * @code
 * ctg::names_of(colours);  // "red, green"
 * @endcode
 */
template <typename E, std::size_t N>
[[nodiscard]] std::string names_of(const std::array<enum_name<E>, N>& table,
                                   std::string_view separator = ", ") {
    std::string out;
    for (const enum_name<E>& entry : table) {
        if (!out.empty()) {
            out += separator;
        }
        out += entry.name;
    }
    return out;
}

/**
 * @brief The enumerator written `text` in `table`.
 * @param table the enum's names
 * @param text the text read
 * @param field the field named by the error
 * @code
 * ctg::parse_name(colours, "green", "colour");  // colour::green
 * ctg::parse_name(colours, "blue", "colour");   // throws: expected one of red, green
 * @endcode
 * @throws ctg::invalid_value naming `field` and `text` when no entry is written `text`: message
 * `value.one_of`, its parameter `accepted` the table's names (`red, green`).
 */
template <typename E, std::size_t N>
[[nodiscard]] E parse_name(const std::array<enum_name<E>, N>& table, std::string_view text,
                           std::string_view field) {
    if (const std::optional<E> value = value_of(table, text)) {
        return *value;
    }
    throw invalid_value(error_detail::of("value.one_of", std::string(field), std::string(text),
                                         {{"accepted", names_of(table)}}));
}

}  // namespace ctg
