// SPDX-License-Identifier: MIT
/// @file
/// @brief Dated parameters: a value per half-open segment of dates, each with its source.
#pragma once

#include <ctg/core/date.hpp>
#include <ctg/core/money.hpp>
#include <ctg/core/provenance.hpp>
#include <ctg/core/rate.hpp>
#include <ctg/core/text.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace ctg {

/// @brief What a parameter's values measure; it also says how their text is read.
enum class unit : std::uint8_t {
    eur,          ///< An amount (`48000`, `48 000,00 €`).
    eur_per_fte,  ///< An amount per full-time equivalent.
    percent,      ///< A rate written as a percentage (`80` is 80 %).
    share,        ///< A rate written as a share (`0.8` is 80 %).
};

/// @brief `eur`, `eur_per_fte`, `percent` or `share`.
[[nodiscard]] std::string_view to_string(unit u) noexcept;
/// @brief Reads a unit name.
/// @throws ctg::invalid_value naming `field` for any other text.
[[nodiscard]] unit parse_unit(std::string_view text, std::string_view field = "unit");

/// @brief A parameter value: an amount (eur, eur_per_fte) or a rate (percent, share).
using parameter_value = std::variant<money, rate>;

/// @brief One value in force over `[start, end)`; an absent end means "until further notice".
struct segment {
    date start;               ///< First day in force.
    std::optional<date> end;  ///< First day no longer in force; none = open-ended.
    parameter_value value;    ///< The value.
    provenance origin;        ///< Evidence and source (a scenario override says so).
    /// When the source gives no start date: the library's choice of `start` is a reading, and
    /// this is the alternative it rejected (e.g. "from the document's date only"); empty when
    /// the source dates the segment. A segment with one carries the mark [R] besides its own.
    std::string start_alternative{};
    /// Last date its source confirms the value on (the source's own date); none = not stated.
    /// Pricing after it still uses the value, with a warning (unconfirmed_parameters()).
    std::optional<date> confirmed_on{};

    /// @brief Whether `d` falls inside the segment.
    [[nodiscard]] bool contains(date d) const noexcept { return start <= d && (!end || d < *end); }
    /// @brief `[2020-01-01, …)` or `[2020-01-01, 2024-01-01)`.
    [[nodiscard]] std::string span_text() const;
};

/**
 * @brief A named parameter with a timeline of values; immutable once built.
 *
 * Segments are sorted, do not overlap and leave no gap between the first start and the last
 * end. Query it at a date with at().
 * @code
 * const auto& ceiling = ctg::builtin_rulebook("charente-2021").parameter("coordination_ceiling_per_fte");
 * const auto& seg = ceiling.at(ctg::parse_date("2021-06-30"));
 * std::get<ctg::money>(seg.value);   // 48 000,00 €
 * @endcode
 */
class parameter {
public:
    /**
     * @brief Builds and checks a parameter.
     * @throws ctg::validation_error listing every problem: no segment, a value of the wrong
     * kind for `u`, a segment ending before it starts, overlaps, gaps.
     */
    parameter(std::string name, unit u, localized_text label, std::vector<segment> segments);

    /// @brief Identifier, e.g. `coordination_rate`.
    [[nodiscard]] const std::string& name() const noexcept { return name_; }
    /// @brief Unit of every value.
    [[nodiscard]] unit value_unit() const noexcept { return unit_; }
    /// @brief Label in French and English.
    [[nodiscard]] const localized_text& label() const noexcept { return label_; }
    /// @brief Segments in date order.
    [[nodiscard]] const std::vector<segment>& segments() const noexcept { return segments_; }

    /// @brief The segment in force on `d`.
    /// @throws ctg::out_of_range_value naming the parameter, the date and the covered dates.
    [[nodiscard]] const segment& at(date d) const;
    /// @brief Dates covered, e.g. `[2020-01-01, …)`.
    [[nodiscard]] std::string coverage_text() const;
    /// @brief The value in force on `d` as text in its unit (`48000.00`, `80 %`).
    [[nodiscard]] std::string value_text(const segment& s) const;

private:
    std::string name_;
    unit unit_;
    localized_text label_;
    std::vector<segment> segments_;
};

}  // namespace ctg
