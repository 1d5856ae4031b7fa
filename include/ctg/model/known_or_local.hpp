// SPDX-License-Identifier: MIT
/// @file
/// @brief A name of a closed national list, or a local one carrying an explicit marker: the one
/// form of CTG themes and signatory roles.
#pragma once

#include <ctg/core/error.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>

namespace ctg {

namespace detail {
// The name of a known value: an unqualified call, so that the `to_string` of `Known`'s namespace is
// found where the template is used (inside the class, the member to_string() would hide it).
template <typename Known>
std::string_view known_name(Known k) noexcept {
    return to_string(k);
}
}  // namespace detail

/// @brief The prefix that marks a local theme or role in datasets: `local:bien vieillir`.
inline constexpr std::string_view local_marker = "local:";

/**
 * @brief A value of a closed list (`Known`, written by `to_string(Known)`), or a local value
 * written with the `local:` marker.
 *
 * ctg::theme and ctg::signatory_role derive from it (`Derived`), each saying how messages name
 * it (`theme`), the message codes of its errors (`theme.unknown`, whose parameter `accepted`
 * lists the known names, and `theme.local_empty`) and which known values exist. Unknown names
 * without the marker are refused, so that a typo (`parentalité`, `jeunnesse`) is never taken
 * for a local value.
 * @code
 * auto t = ctg::theme::parse("parentalite");           // a Cnaf theme
 * auto l = ctg::theme::parse("local:bien vieillir");   // a local theme "bien vieillir"
 * l.to_string();                                       // "local:bien vieillir"
 * ctg::theme::parse("seniors");                        // throws ctg::invalid_value
 * @endcode
 */
template <typename Derived, typename Known>
class known_or_local {
public:
    /// @brief A known value (implicit, so that an enumerator can be passed where one is expected).
    known_or_local(Known k) noexcept : known_(k) {}  // NOLINT(google-explicit-constructor)

    /// @brief A local value called `label` (without the marker).
    /// @throws ctg::invalid_value when `label` is empty or blank.
    [[nodiscard]] static Derived local(std::string_view label,
                                       std::string_view field = Derived::noun) {
        if (std::all_of(label.begin(), label.end(), [](char c) { return c == ' ' || c == '\t'; })) {
            throw invalid_value(error_detail::of(Derived::local_empty_code, std::string(field),
                                                 std::string(local_marker) + std::string(label)));
        }
        Derived value{Known{}};
        known_or_local& base = value;
        base.known_.reset();
        base.local_ = std::string(label);
        return value;
    }

    /// @brief Reads a known name or `local:<label>`.
    /// @throws ctg::invalid_value naming `field` and listing the known names otherwise.
    [[nodiscard]] static Derived parse(std::string_view text,
                                       std::string_view field = Derived::noun) {
        if (text.starts_with(local_marker)) {
            return local(text.substr(local_marker.size()), field);
        }
        std::string names;
        for (const Known k : Derived::known_values()) {
            if (detail::known_name(k) == text) {
                return Derived{k};
            }
            names += (names.empty() ? "" : ", ") + std::string(detail::known_name(k));
        }
        throw invalid_value(error_detail::of(Derived::unknown_code, std::string(field),
                                             std::string(text), {{"accepted", names}}));
    }

    /// @brief Whether this is a local value.
    [[nodiscard]] bool is_local() const noexcept { return !known_.has_value(); }
    /// @brief The local label (empty for a known value).
    [[nodiscard]] const std::string& local_label() const noexcept { return local_; }
    /// @brief The dataset spelling: the known name (`jeunesse`) or `local:<label>`.
    [[nodiscard]] std::string to_string() const {
        return known_ ? std::string(detail::known_name(*known_))
                      : std::string(local_marker) + local_;
    }

    /// @brief Known values first in list order, then local ones by label.
    friend auto operator<=>(const known_or_local& a, const known_or_local& b) {
        // A defaulted comparison would put local values (no known value) first.
        return std::tuple(a.is_local(), a.known_, a.local_) <=>
               std::tuple(b.is_local(), b.known_, b.local_);
    }
    /// @brief Same value, same spelling.
    friend bool operator==(const known_or_local&, const known_or_local&) = default;

protected:
    /// @brief The known value, or nothing for a local one.
    [[nodiscard]] std::optional<Known> known_value() const noexcept { return known_; }

private:
    std::optional<Known> known_;
    std::string local_;
};

}  // namespace ctg
