// SPDX-License-Identifier: MIT
/// @file
/// @brief Rulebooks: a named set of dated parameters and the formula that reads them.
#pragma once

#include <ctg/core/provenance.hpp>
#include <ctg/core/rounding.hpp>
#include <ctg/core/text.hpp>
#include <ctg/rules/formula.hpp>
#include <ctg/rules/parameter.hpp>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace ctg {

/**
 * @brief Where one method of a rulebook comes from: which ETP it pays (`fte`), how it counts a
 * part-year activity (`prorata`), how it rounds (`rounding`), what its ceiling caps
 * (`ceiling_on`). The sources seldom say: a method is then a reading or a choice of the library
 * (evidence `reading`), with the alternative it rejected.
 * @code
 * for (const ctg::method_origin& m : ctg::builtin_rulebook("charente-2021").methods()) {
 *     std::cout << m.method << " = " << m.value << " [" << ctg::to_string(m.origin.kind) << "]\n";
 * }   // fte = in_post [reading], prorata = days [reading], rounding = half_away_from_zero…
 * @endcode
 */
struct method_origin {
    std::string method;      ///< `ceiling_on`, `fte`, `prorata` or `rounding`.
    std::string value;       ///< The rulebook's value (`in_post`, `days`…), from its formula.
    ctg::provenance origin;  ///< Evidence, source and, for a reading, the alternative rejected.
    /// @brief Member-wise equality.
    friend bool operator==(const method_origin&, const method_origin&) = default;
};

/**
 * @brief A financing rulebook (national 2020, CEJ, Charente 2021…); immutable and thread-safe.
 *
 * Built-in rulebooks are embedded in the library (builtin_rulebook()); others load from JSON
 * (load_rulebook_json()). A rulebook is plain data: changing a value is a scenario, not code.
 * @code
 * const ctg::rulebook& charente = ctg::builtin_rulebook("charente-2021");
 * charente.parameter("coordination_rate").at(ctg::parse_date("2021-06-30"));  // 80 %
 * @endcode
 */
class rulebook {
public:
    /**
     * @brief Builds and cross-checks a rulebook.
     * @throws ctg::validation_error listing every problem: a formula naming an unknown
     * parameter or one of the wrong unit, a zero ceiling, parts that do not add up to the rate,
     * a `department` that is not a department code, a method origin naming no method of the
     * rulebook (or one twice), or whose reasoning is incomplete (check_reasoning()).
     */
    rulebook(std::string id, localized_text label, localized_text description, rounding policy,
             formula f, std::vector<parameter> parameters, std::string department = {},
             std::vector<method_origin> methods = {});

    /// @brief Identifier, e.g. `charente-2021`.
    [[nodiscard]] const std::string& id() const noexcept { return id_; }
    /// @brief Title in French and English.
    [[nodiscard]] const localized_text& label() const noexcept { return label_; }
    /// @brief What the rulebook is and where it comes from.
    [[nodiscard]] const localized_text& description() const noexcept { return description_; }
    /**
     * @brief Code of the department whose Caf applies the rulebook (`16` for the Caf de la
     * Charente); empty for a national rule, which every Caf applies.
     * @code
     * ctg::builtin_rulebook("charente-2021").department();   // "16"
     * ctg::builtin_rulebook("national-2020").department();   // "" (national)
     * @endcode
     */
    [[nodiscard]] const std::string& department() const noexcept { return department_; }
    /// @brief Whether the Caf of department `code` applies the rulebook: a national rule, or a
    /// rule of that department.
    [[nodiscard]] bool applies_in(std::string_view code) const noexcept {
        return department_.empty() || department_ == code;
    }
    /// @brief How products are rounded to the cent.
    [[nodiscard]] rounding rounding_policy() const noexcept { return rounding_; }
    /// @brief The formula.
    [[nodiscard]] const ctg::formula& rule() const noexcept { return formula_; }
    /// @brief Parameters sorted by name.
    [[nodiscard]] const std::vector<ctg::parameter>& parameters() const noexcept {
        return parameters_;
    }
    /// @brief The parameter called `name`.
    /// @throws ctg::out_of_range_value naming the unknown parameter and listing the known ones.
    [[nodiscard]] const ctg::parameter& parameter(std::string_view name) const;
    /**
     * @brief The parameter its formula reads `index`-th, in the order of
     * `rule().parameter_names()`: the one `parameter(rule().parameter_names()[index])` gives,
     * found when the rulebook was built, so that a finance() per post looks nothing up by name.
     * @code
     * const ctg::rulebook& charente = ctg::builtin_rulebook("charente-2021");
     * charente.formula_parameter(0).name();   // "coordination_rate", its rule's rate
     * charente.formula_parameter(1).name();   // "coordination_ceiling_per_fte"
     * @endcode
     * @throws ctg::out_of_range_value when `index` is not below `rule().parameter_names().size()`.
     */
    [[nodiscard]] const ctg::parameter& formula_parameter(std::size_t index) const;
    /// @brief Whether a parameter called `name` exists.
    [[nodiscard]] bool has_parameter(std::string_view name) const noexcept;
    /**
     * @brief Where its methods come from, sorted by method; each `value` is the rulebook's own
     * (formula or rounding). Empty when the rulebook does not say.
     * @code
     * ctg::builtin_rulebook("national-2020").methods().front().method;   // "fte"
     * @endcode
     */
    [[nodiscard]] const std::vector<method_origin>& methods() const noexcept { return methods_; }

private:
    std::string id_;
    localized_text label_;
    localized_text description_;
    rounding rounding_;
    ctg::formula formula_;
    std::vector<ctg::parameter> parameters_;
    std::vector<std::size_t> formula_parameters_;  ///< In parameters_, by formula_parameter().
    std::string department_;
    std::vector<method_origin> methods_;
};

/**
 * @brief Reads a rulebook from JSON text (format `ctg.rulebook/1`, schema in docs/).
 * @param json the document
 * @param origin file name or other origin, quoted in the error
 * @throws ctg::validation_error listing every problem found, each with its JSON path (e.g.
 * `parameters.coordination_rate.segments[1].start`); nothing is built then.
 */
[[nodiscard]] rulebook load_rulebook_json(std::string_view json,
                                          std::string_view origin = "rulebook");

/// @brief Reads a rulebook from a JSON file; same errors as load_rulebook_json(), plus an
/// invalid_value when the file cannot be read.
[[nodiscard]] rulebook load_rulebook_file(const std::string& path);

/// @brief Canonical JSON of a rulebook: sorted keys, two-space indent, values as strings;
/// load_rulebook_json(to_json(r)) gives back an equal rulebook.
[[nodiscard]] std::string to_json(const rulebook& r);

/// @brief Identifiers of the rulebooks embedded in the library, sorted.
[[nodiscard]] std::vector<std::string> builtin_rulebook_ids();

/**
 * @brief An embedded rulebook: `national-2020`, `cej`, `charente-2021`, `loire-cej-2015`.
 *
 * Loaded once, on first use, in a thread-safe way; the reference stays valid for the program's
 * life.
 * @throws ctg::out_of_range_value naming the unknown id and listing the known ones.
 */
[[nodiscard]] const rulebook& builtin_rulebook(std::string_view id);

}  // namespace ctg
