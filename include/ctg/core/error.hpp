// SPDX-License-Identifier: MIT
/// @file
/// @brief The exceptions ctg throws: each names the field, the value and what was expected.
#pragma once

#include <cstddef>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ctg {

/// @brief The most bytes of user text an error quotes in one field, value or parameter.
inline constexpr std::size_t message_value_limit = 240;

/**
 * @brief `text` as an error quotes it: valid UTF-8 kept, each byte that starts no valid UTF-8
 * sequence and each control character (line breaks included) written `\xNN` (four
 * characters), and cut at a character boundary once `limit` bytes are written, `…` marking
 * the cut.
 * @code
 * ctg::printable_text("Angoul\xEAme");              // `Angoul\xEAme` (Latin-1 shown as such)
 * ctg::printable_text(std::string(1000, 'a'), 10);  // "aaaaaaaaaa…"
 * @endcode
 */
[[nodiscard]] std::string printable_text(std::string_view text,
                                         std::size_t limit = message_value_limit);

/// @brief A named parameter of a message: the text that fills `{name}` in its templates.
struct message_param {
    std::string name;   ///< Field of the templates, e.g. `accepted`.
    std::string value;  ///< Its text, already formatted (a date in ISO, a list joined by ", ").
    /// @brief Member-wise equality.
    friend bool operator==(const message_param&, const message_param&) = default;
};

/**
 * @brief What an error is about: the field (or JSON path), the offending value, the expectation,
 * and the message code with its parameters, from which each language words the expectation.
 *
 * `expected` is the English wording (C++ users read it in `what()`); `code` and `params` let a
 * rendering word it in another language (the Python package's catalogue, `messages.toml`, has
 * one French and one English template per code). Every code is listed by message_codes().
 *
 * The field, the value and every parameter are quoted through printable_text(): valid UTF-8,
 * at most message_value_limit bytes each.
 * @code
 * const auto d = ctg::error_detail::of("dataset.population.negative",
 *                                      "epcis[0].population.inhabitants", "-5");
 * // d.expected == "a number of inhabitants of 0 or more"
 * @endcode
 */
struct error_detail {
    std::string field;  ///< Field name or JSON path, e.g. `parameters["rate"].segments[0].value`.
    std::string value;  ///< The offending value as the user wrote it (may be empty).
    std::string expected;  ///< What would have been accepted, in plain English words.
    std::string code{};    ///< Message code, e.g. `siren.invalid` (empty: not coded).
    std::vector<message_param> params{};  ///< The parameters the code's templates name.

    /// @brief The detail of message `code`: `expected` is its English template filled with
    /// `params`. A code that message_codes() does not list, or a field of the template without
    /// its parameter, is a programming error (a logic_error is thrown).
    [[nodiscard]] static error_detail of(std::string_view code, std::string field,
                                         std::string value, std::vector<message_param> params = {});
    /// @brief The parameter `name`, or an empty string.
    [[nodiscard]] std::string param(std::string_view name) const;
    /// @brief One line: `field: got "value"; expected ...`.
    [[nodiscard]] std::string to_string() const;
    /// @brief Member-wise equality.
    friend bool operator==(const error_detail&, const error_detail&) = default;
};

/// @brief One message code: its stable dotted id and its English template (`{name}` fields).
struct message_code {
    std::string_view code;     ///< Stable id, e.g. `dataset.population.inhabitants.negative`.
    std::string_view english;  ///< English expectation, e.g. `a year between {low} and {high}`.
};

/**
 * @brief Every message code of ctg, sorted by code: the one list a catalogue must cover.
 * @code
 * for (const auto& m : ctg::message_codes()) { std::cout << m.code << '\n'; }
 * @endcode
 */
[[nodiscard]] std::span<const message_code> message_codes() noexcept;

/**
 * @brief Tag base of every exception thrown by ctg, so that callers can catch them all at once.
 *
 * Each concrete error also derives from the matching standard exception, so that bindings map it
 * to the right Python class (ValueError, IndexError, OverflowError) without extra code.
 * @code
 * try { auto m = ctg::money::parse("12.345"); }
 * catch (const ctg::error& e) { std::cerr << e.detail().field; }  // "amount"
 * @endcode
 */
class error {
public:
    /// @brief Virtual destructor: errors are caught by reference to this base.
    virtual ~error() = default;
    /// @brief The first (for validation errors: every) field, value and expectation.
    [[nodiscard]] const std::vector<error_detail>& details() const noexcept { return details_; }
    /// @brief The first detail (every error has at least one).
    [[nodiscard]] const error_detail& detail() const noexcept { return details_.front(); }

protected:
    /// @brief Stores the details; `details` must not be empty.
    explicit error(std::vector<error_detail> details);
    /// @brief Joins the details, one per line.
    [[nodiscard]] static std::string describe(const std::vector<error_detail>& details);

private:
    std::vector<error_detail> details_;
};

/// @brief A value that cannot be read or is not allowed (malformed text, negative FTE, zero ceiling…).
class invalid_value : public std::invalid_argument, public error {
public:
    /// @brief Builds the error and its message `field: got "value"; expected ...`.
    invalid_value(std::string field, std::string value, std::string expected);
    /// @brief Builds the error of a coded detail (error_detail::of()).
    explicit invalid_value(error_detail detail);
};

/// @brief A lookup outside what exists: a date outside every segment, an unknown name.
class out_of_range_value : public std::out_of_range, public error {
public:
    /// @brief Builds the error and its message `field: got "value"; expected ...`.
    out_of_range_value(std::string field, std::string value, std::string expected);
    /// @brief Builds the error of a coded detail (error_detail::of()).
    explicit out_of_range_value(error_detail detail);
};

/// @brief An exact computation whose result would not fit (int64 cents, 128-bit intermediates).
class overflow : public std::overflow_error, public error {
public:
    /// @brief Builds the error and its message `field: got "value"; expected ...`.
    overflow(std::string field, std::string value, std::string expected);
    /// @brief Builds the error of a coded detail (error_detail::of()).
    explicit overflow(error_detail detail);
};

/**
 * @brief Every problem found while loading a document (rulebook, dataset…); nothing was built.
 *
 * `details()` lists them all in document order, each with its JSON path (or row and column).
 */
class validation_error : public std::invalid_argument, public error {
public:
    /// @brief `what` names the document; `details` must not be empty.
    validation_error(const std::string& what, std::vector<error_detail> details);
};

}  // namespace ctg
