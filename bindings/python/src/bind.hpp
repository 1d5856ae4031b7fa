// SPDX-License-Identifier: MIT
/// @file
/// @brief Private header of the Python module ctg._ctg: the bind_<area>() entry points, the type
/// casters every binding file must see (dates, amounts, FTE, hours) and small shared helpers.
///
/// Conventions of the bindings (keep them in later waves):
/// - one bind_<area>.cpp per include/ctg/<area>/, exposing void bind_<area>(py::module_&),
///   called from module.cpp in dependency order; inside it, enums and py::class_ objects are
///   created first, methods and functions after, so that signatures show Python names;
/// - docstrings come from the generated ctg_docstrings/<area>.hpp (ctg_doc::<class>::<member>),
///   that is from the Doxygen comments of include/ctg; only Python specifics are written here;
/// - every argument has a py::arg (snake_case, as in C++); cheap argument-less accessors are
///   read-only properties, conversions and queries with arguments are methods;
/// - value types get __repr__ (eval-able), __eq__, __hash__ and a versioned pickle tuple;
/// - dates cross as datetime.date; amounts as Money, str or decimal.Decimal (int cents only
///   through Money.from_cents); a float where an exact quantity is expected is a TypeError.
#pragma once

#include <ctg/core/error.hpp>
#include <ctg/core/fte.hpp>
#include <ctg/core/money.hpp>
#include <ctg/model/convention.hpp>
#include <ctg/model/territory.hpp>
#include <ctg/referentiel/evaluation.hpp>
#include <ctg/rules/scenario.hpp>

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace ctg::python {

namespace py = pybind11;

// -------------------------------------------------------------------------------------------
// Entry points, in the order module.cpp calls them.

/// @brief Exceptions, enums and quantities of include/ctg/core.
void bind_core(py::module_& m);
/// @brief Parameters, formulas, rulebooks and scenarios of include/ctg/rules.
void bind_rules(py::module_& m);
/// @brief Financing of one post, explanations, diffs and the numpy batch of include/ctg/finance.
void bind_finance(py::module_& m);
/// @brief Territories, conventions, coordination posts and datasets of include/ctg/model,
/// except what needs the evaluation classes (see bind_model_evaluations()).
void bind_model(py::module_& m);
/// @brief The official territorial catalogue of include/ctg/model/territory_catalogue.hpp
/// (defined in bind_model.cpp).
void bind_territory_catalogue(py::module_& m);
/// @brief Exact ratios, evidence marks and the reports of include/ctg/analysis.
void bind_analysis(py::module_& m);
/// @brief Référentiel, grids, evaluations, checks and scores of include/ctg/referentiel.
void bind_referentiel(py::module_& m);
/// @brief The members of include/ctg/model that use Evaluation (DatasetParts, Dataset.build,
/// Dataset.evaluations…): defined in bind_model.cpp, called after bind_referentiel(), because
/// model/dataset.hpp and referentiel/ depend on each other.
void bind_model_evaluations(py::module_& m);
/// @brief Datasets, posts and evaluations as JSON and CSV of include/ctg/io.
void bind_io(py::module_& m);
/// @brief The department report of include/ctg/analysis/department_report.hpp (bind_report.cpp):
/// bound last, since it holds evaluation roll-ups.
void bind_report(py::module_& m);
/// @brief The national view of include/ctg/analysis/national_view.hpp (bind_national.cpp).
void bind_national(py::module_& m);

// -------------------------------------------------------------------------------------------
// Python objects checked by the binding code itself, typed for signatures and stubs.

/// @brief Accepts every object: the binding checks it and says what it expected.
inline int any_object(PyObject* /*object*/) { return 1; }

/// @brief An integer argument (int, numpy integer…), read with to_int64(): a float is a
/// TypeError that says so, a value outside int64 a NumericOverflowError. `typing.SupportsIndex`.
class int_arg : public py::object {
    PYBIND11_OBJECT_DEFAULT(int_arg, py::object, any_object)
};
/// @brief A number given exactly: a str, a decimal.Decimal or an int; never a float.
class number_arg : public py::object {
    PYBIND11_OBJECT_DEFAULT(number_arg, py::object, any_object)
};
/// @brief A decimal.Decimal result.
class decimal_object : public py::object {
    PYBIND11_OBJECT_DEFAULT(decimal_object, py::object, any_object)
};
/// @brief A fractions.Fraction result.
class fraction_object : public py::object {
    PYBIND11_OBJECT_DEFAULT(fraction_object, py::object, any_object)
};
/// @brief A Money result, or NotImplemented from a binary operator.
class money_object : public py::object {
    PYBIND11_OBJECT_DEFAULT(money_object, py::object, any_object)
};

// -------------------------------------------------------------------------------------------
// Conversions from Python values (defined in bind_core.cpp).

/// @brief An int (or any object with __index__) as int64.
/// @throws py::type_error for a float; ctg::overflow naming `field` outside int64.
[[nodiscard]] std::int64_t to_int64(py::handle value, std::string_view field);
/// @brief The text of an exact number (str, Decimal or int) for a C++ parser.
/// @throws py::type_error for a float or another type, naming `field` and `expected`.
[[nodiscard]] std::string number_text(py::handle value, std::string_view field,
                                      std::string_view expected);

/// @brief A decimal.Decimal from its exact text (`"23787.05"`).
[[nodiscard]] decimal_object decimal_from_text(const std::string& text);
/// @brief A fractions.Fraction `numerator / denominator` (Python ints).
[[nodiscard]] fraction_object fraction_of(py::handle numerator, py::handle denominator);
/// @brief An eval-able repr: enum members as `Type.member`, lists and tuples element by
/// element, None, and the repr of anything else.
[[nodiscard]] std::string value_repr(py::handle value);
/// @brief `value` with every list turned into a tuple, recursively (for __hash__).
[[nodiscard]] py::object hashable(py::handle value);
/// @brief Raises FileNotFoundError naming `path` when it does not exist.
void require_existing_file(const std::filesystem::path& path);

/// @brief Whether `value` is a decimal.Decimal.
[[nodiscard]] bool is_decimal(py::handle value);
/// @brief A Decimal written in fixed notation without trailing fractional zeros
/// (`Decimal("1.2E+3")` -> `1200`, `Decimal("12.500")` -> `12.5`); NaN and infinities are
/// returned as Python writes them, for the C++ parsers to reject with their message.
/// @throws ctg::out_of_range_value / ctg::invalid_value naming `field` for more than 40 digits
/// before or after the decimal mark.
[[nodiscard]] std::string decimal_text(py::handle value, std::string_view field);
/// @brief The text a Decimal or str stands for, or nullopt for any other type.
[[nodiscard]] std::optional<std::string> exact_text(py::handle value, std::string_view field);

/// @brief A float was given where the exact quantity `what` was expected: the TypeError says
/// what to pass instead.
[[noreturn]] void reject_float(py::handle value, std::string_view field, std::string_view expected);

/// @brief Money from a str or a Decimal; nullopt for other types (a Money instance is handled
/// by the caster). A float or an int is a TypeError saying what to pass.
[[nodiscard]] std::optional<ctg::money> money_from_python(py::handle value);
/// @brief FTE from a str, a Decimal or an int (whole FTE); nullopt for other types.
[[nodiscard]] std::optional<ctg::fte> fte_from_python(py::handle value);
/// @brief Weekly hours from a str, a Decimal or an int (whole hours); nullopt otherwise.
[[nodiscard]] std::optional<ctg::weekly_hours> weekly_hours_from_python(py::handle value);
/// @brief An override from its command-line text `name=value@YYYY-MM-DD` (defined in
/// bind_rules.cpp); nullopt for anything but a str.
[[nodiscard]] std::optional<ctg::parameter_override> override_from_python(py::handle value);
/// @brief A SIREN from a str (parsed: InvalidValueError when not valid); nullopt otherwise
/// (defined in bind_model.cpp, like the three below).
[[nodiscard]] std::optional<ctg::siren> siren_from_python(py::handle value);
/// @brief An INSEE commune code from a str; nullopt otherwise.
[[nodiscard]] std::optional<ctg::insee_code> insee_from_python(py::handle value);
/// @brief A theme from a str (`parentalite`, `local:bien vieillir`) or a CnafTheme.
[[nodiscard]] std::optional<ctg::theme> theme_from_python(py::handle value);
/// @brief A signatory role from a str (`msa`, `local:…`) or a KnownRole.
[[nodiscard]] std::optional<ctg::signatory_role> role_from_python(py::handle value);
/// @brief An answer number from a str, a Decimal or an int; a float is a TypeError (defined
/// in bind_referentiel.cpp).
[[nodiscard]] std::optional<ctg::answer_number> answer_number_from_python(py::handle value);

// -------------------------------------------------------------------------------------------
// Shared helpers.

/// @brief `name(args)` where each argument is already a repr.
[[nodiscard]] std::string call_repr(std::string_view name, std::initializer_list<std::string> args);
/// @brief call_repr() of arguments known at run time (optional fields left out).
[[nodiscard]] std::string call_repr(std::string_view name, std::span<const std::string> args);
/// @brief Python repr of a string: `'text'`.
[[nodiscard]] std::string repr_str(std::string_view text);
/// @brief `Enum.member` for a bound enum value (eval-able in the ctg namespace).
[[nodiscard]] std::string repr_enum(const py::object& value);
/// @brief Checks a pickled state: a tuple of `size` items whose first is the state version 1.
/// @throws py::value_error naming `type` otherwise.
void check_state(const py::tuple& state, std::size_t size, std::string_view type);
/// @brief Keeps `text` alive for the program's life and returns it (for composed docstrings).
[[nodiscard]] const char* keep(std::string text);
/// @brief A C++ docstring followed by a paragraph on the Python behaviour.
[[nodiscard]] const char* doc_with(const char* cpp_doc, std::string_view python_note);

/// @brief The state version every pickled ctg value starts with.
inline constexpr int pickle_version = 1;

/// @brief __eq__ and __ne__ through `equal`, for instances of the class only (any other type
/// gives NotImplemented, hence `False` for ==).
template <typename Class, typename Equal>
void def_equality(Class& cls, Equal equal) {
    using T = typename Class::type;
    const auto other = py::arg("other").noconvert();
    cls.def(
        "__eq__", [equal](const T& a, const T& b) { return equal(a, b); }, py::is_operator(),
        other);
    cls.def(
        "__ne__", [equal](const T& a, const T& b) { return !equal(a, b); }, py::is_operator(),
        other);
}

/// @brief The six comparisons through the C++ operators, for instances of the class only.
template <typename Class>
void def_ordering(Class& cls) {
    using T = typename Class::type;
    const auto other = py::arg("other").noconvert();
    cls.def(
        "__eq__", [](const T& a, const T& b) { return a == b; }, py::is_operator(), other);
    cls.def(
        "__ne__", [](const T& a, const T& b) { return a != b; }, py::is_operator(), other);
    cls.def(
        "__lt__", [](const T& a, const T& b) { return a < b; }, py::is_operator(), other);
    cls.def(
        "__le__", [](const T& a, const T& b) { return a <= b; }, py::is_operator(), other);
    cls.def(
        "__gt__", [](const T& a, const T& b) { return a > b; }, py::is_operator(), other);
    cls.def(
        "__ge__", [](const T& a, const T& b) { return a >= b; }, py::is_operator(), other);
}

}  // namespace ctg::python

// ---------------------------------------------------------------------------------------------
// Type casters. They must be visible in every translation unit that binds a function using
// these types, hence here.

namespace pybind11::detail {

template <>
struct handle_type_name<ctg::python::int_arg> {
    static constexpr auto name = const_name("typing.SupportsIndex");
};
template <>
struct handle_type_name<ctg::python::number_arg> {
    static constexpr auto name = const_name("str | decimal.Decimal | int");
};
template <>
struct handle_type_name<ctg::python::decimal_object> {
    static constexpr auto name = const_name("decimal.Decimal");
};
template <>
struct handle_type_name<ctg::python::fraction_object> {
    static constexpr auto name = const_name("fractions.Fraction");
};
template <>
struct handle_type_name<ctg::python::money_object> {
    static constexpr auto name = const_name<ctg::money>();
};

/// ctg::date (std::chrono::year_month_day) <-> datetime.date. A datetime.datetime is refused,
/// even at midnight: a ctg date has no time of day, and datetime.datetime (pandas.Timestamp)
/// subclasses datetime.date, so it would otherwise pass silently.
template <>
struct type_caster<std::chrono::year_month_day> {
public:
    PYBIND11_TYPE_CASTER(std::chrono::year_month_day, const_name("datetime.date"));

    bool load(handle src, bool convert);
    static handle cast(const std::chrono::year_month_day& d, return_value_policy policy,
                       handle parent);
};

/// A bound value class that also accepts some Python values when conversion is allowed. The
/// conversion is done by `Convert` (returns std::optional<T>, throws TypeError for a float).
/// Arguments marked py::arg().noconvert() (operators) accept instances only.
template <typename T, auto Convert>
class converting_class_caster : public type_caster_base<T> {
public:
    bool load(handle src, bool convert) {
        if (type_caster_base<T>::load(src, false)) {
            return true;
        }
        if (!convert || !src) {
            return false;
        }
        converted_ = Convert(src);
        if (!converted_) {
            return false;
        }
        this->value = &*converted_;
        return true;
    }

private:
    std::optional<T> converted_;  // optional: some classes have no public default constructor
};

template <>
class type_caster<ctg::money>
    : public converting_class_caster<ctg::money, &ctg::python::money_from_python> {
public:
    // Accepted types in argument position, the class alone in return position.
    static constexpr auto name =
        const_name<ctg::money>() + const_name("@ | str | decimal.Decimal@@");
};

template <>
class type_caster<ctg::fte>
    : public converting_class_caster<ctg::fte, &ctg::python::fte_from_python> {
public:
    // Accepted types in argument position, the class alone in return position.
    static constexpr auto name =
        const_name<ctg::fte>() + const_name("@ | str | decimal.Decimal | int@@");
};

template <>
class type_caster<ctg::weekly_hours>
    : public converting_class_caster<ctg::weekly_hours, &ctg::python::weekly_hours_from_python> {
public:
    // Accepted types in argument position, the class alone in return position.
    static constexpr auto name =
        const_name<ctg::weekly_hours>() + const_name("@ | str | decimal.Decimal | int@@");
};

template <>
class type_caster<ctg::parameter_override>
    : public converting_class_caster<ctg::parameter_override, &ctg::python::override_from_python> {
public:
    // Accepted types in argument position, the class alone in return position.
    static constexpr auto name = const_name<ctg::parameter_override>() + const_name("@ | str@@");
};

}  // namespace pybind11::detail

namespace pybind11::detail {

template <>
class type_caster<ctg::siren>
    : public converting_class_caster<ctg::siren, &ctg::python::siren_from_python> {
public:
    static constexpr auto name = const_name<ctg::siren>() + const_name("@ | str@@");
};

template <>
class type_caster<ctg::insee_code>
    : public converting_class_caster<ctg::insee_code, &ctg::python::insee_from_python> {
public:
    static constexpr auto name = const_name<ctg::insee_code>() + const_name("@ | str@@");
};

template <>
class type_caster<ctg::theme>
    : public converting_class_caster<ctg::theme, &ctg::python::theme_from_python> {
public:
    static constexpr auto name =
        const_name<ctg::theme>() + const_name("@ | str | ctg._ctg.CnafTheme@@");
};

template <>
class type_caster<ctg::signatory_role>
    : public converting_class_caster<ctg::signatory_role, &ctg::python::role_from_python> {
public:
    static constexpr auto name =
        const_name<ctg::signatory_role>() + const_name("@ | str | ctg._ctg.KnownRole@@");
};

template <>
class type_caster<ctg::answer_number>
    : public converting_class_caster<ctg::answer_number, &ctg::python::answer_number_from_python> {
public:
    static constexpr auto name =
        const_name<ctg::answer_number>() + const_name("@ | str | decimal.Decimal | int@@");
};

}  // namespace pybind11::detail
