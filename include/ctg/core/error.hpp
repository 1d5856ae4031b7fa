// SPDX-License-Identifier: MIT
/// @file
/// @brief The exceptions ctg throws: each names the field, the value and what was expected.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace ctg {

/// @brief What an error is about: the field (or JSON path), the offending value, the expectation.
struct error_detail {
    std::string field;     ///< Field name or JSON path, e.g. `parameters["rate"].segments[0].value`.
    std::string value;     ///< The offending value as the user wrote it (may be empty).
    std::string expected;  ///< What would have been accepted, in plain words.

    /// @brief One line: `field: got "value"; expected ...`.
    [[nodiscard]] std::string to_string() const;
    /// @brief Member-wise equality.
    friend bool operator==(const error_detail&, const error_detail&) = default;
};

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
};

/// @brief A lookup outside what exists: a date outside every segment, an unknown name.
class out_of_range_value : public std::out_of_range, public error {
public:
    /// @brief Builds the error and its message `field: got "value"; expected ...`.
    out_of_range_value(std::string field, std::string value, std::string expected);
};

/// @brief An exact computation whose result would not fit (int64 cents, 128-bit intermediates).
class overflow : public std::overflow_error, public error {
public:
    /// @brief Builds the error and its message `field: got "value"; expected ...`.
    overflow(std::string field, std::string value, std::string expected);
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
