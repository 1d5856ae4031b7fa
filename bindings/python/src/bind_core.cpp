// SPDX-License-Identifier: MIT
// Bindings of include/ctg/core: errors, enums, money, rates, FTE, hours, exact amounts, dates,
// periods, prorata, languages and provenance.
#include "bind.hpp"
#include "ctg_docstrings/core.hpp"
#include <ctg/core/date.hpp>
#include <ctg/core/error.hpp>
#include <ctg/core/exact_amount.hpp>
#include <ctg/core/fte.hpp>
#include <ctg/core/money.hpp>
#include <ctg/core/provenance.hpp>
#include <ctg/core/rate.hpp>
#include <ctg/core/rounding.hpp>
#include <ctg/core/text.hpp>

#include <pybind11/native_enum.h>

#include <cerrno>
#include <cstdint>
#include <datetime.h>
#include <deque>
#include <exception>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace ctg::python {

// ---------------------------------------------------------------------------------------------
// Shared helpers (declared in bind.hpp)

namespace {

const py::object& decimal_type() {
    PYBIND11_CONSTINIT static py::gil_safe_call_once_and_store<py::object> storage;
    return storage
        .call_once_and_store_result(
            []() { return py::object(py::module_::import("decimal").attr("Decimal")); })
        .get_stored();
}

const py::object& fraction_type() {
    PYBIND11_CONSTINIT static py::gil_safe_call_once_and_store<py::object> storage;
    return storage
        .call_once_and_store_result(
            []() { return py::object(py::module_::import("fractions").attr("Fraction")); })
        .get_stored();
}

std::string py_repr(py::handle value) { return py::repr(value).cast<std::string>(); }

/// `units` / 10^digits written with '.' and without trailing fractional zeros.
std::string scaled_text(std::int64_t units, int digits) {
    const bool negative = units < 0;
    // Work on the unsigned magnitude so that INT64_MIN is representable.
    std::uint64_t magnitude =
        negative ? 0U - static_cast<std::uint64_t>(units) : static_cast<std::uint64_t>(units);
    std::uint64_t scale = 1;
    for (int i = 0; i < digits; ++i) {
        scale *= 10;
    }
    std::string text = std::to_string(magnitude / scale);
    std::string fraction = std::to_string(magnitude % scale);
    fraction.insert(0, static_cast<std::size_t>(digits) - fraction.size(), '0');
    while (!fraction.empty() && fraction.back() == '0') {
        fraction.pop_back();
    }
    if (!fraction.empty()) {
        text += "." + fraction;
    }
    return negative ? "-" + text : text;
}

decimal_object to_decimal(const std::string& text) { return decimal_type()(py::str(text)); }

/// A wide (128-bit) integer as a Python int.
py::int_ to_python_int(const ctg::wide_int& value) {
    const std::string text = value.str();
    return py::reinterpret_steal<py::int_>(PyLong_FromString(text.c_str(), nullptr, 10));
}

// --- Exceptions --------------------------------------------------------------------------------

struct error_types {
    py::object base;
    py::object invalid_value;
    py::object out_of_range;
    py::object overflow;
    py::object validation;
};

PYBIND11_CONSTINIT py::gil_safe_call_once_and_store<error_types> error_storage;

/// Raises `type(what, details)`: the classes of ctg/_errors.py keep every ErrorDetail.
void raise_with_details(const py::object& type, const ctg::error& e, const char* what) {
    try {
        py::list details;
        for (const auto& d : e.details()) {
            details.append(py::cast(d));
        }
        const py::object exception = type(py::str(what), details);
        PyErr_SetObject(type.ptr(), exception.ptr());
    } catch (const py::error_already_set& failure) {
        PyErr_SetString(PyExc_RuntimeError, failure.what());
    }
}

void translate_errors(std::exception_ptr p) {
    if (!p) {
        return;
    }
    const error_types& types = error_storage.get_stored();
    try {
        std::rethrow_exception(p);
    } catch (const ctg::validation_error& e) {
        raise_with_details(types.validation, e, e.what());
    } catch (const ctg::invalid_value& e) {
        raise_with_details(types.invalid_value, e, e.what());
    } catch (const ctg::out_of_range_value& e) {
        raise_with_details(types.out_of_range, e, e.what());
    } catch (const ctg::overflow& e) {
        raise_with_details(types.overflow, e, e.what());
    }
    // Anything else goes on to pybind11's translators (std exceptions by their base class).
}

}  // namespace

std::int64_t to_int64(py::handle value, std::string_view field) {
    if (PyFloat_Check(value.ptr())) {
        throw py::type_error(std::string(field) + ": got " + py_repr(value) +
                             " (a float); expected an int");
    }
    const py::object index = py::reinterpret_steal<py::object>(PyNumber_Index(value.ptr()));
    if (!index) {
        throw py::error_already_set();
    }
    int overflow = 0;
    const long long result = PyLong_AsLongLongAndOverflow(index.ptr(), &overflow);
    if (overflow != 0) {
        throw ctg::overflow(std::string(field), py_repr(index),
                            "an integer within the 64-bit range");
    }
    if (result == -1 && PyErr_Occurred() != nullptr) {
        throw py::error_already_set();
    }
    return static_cast<std::int64_t>(result);
}

std::string number_text(py::handle value, std::string_view field, std::string_view expected) {
    if (PyFloat_Check(value.ptr())) {
        reject_float(value, field, expected);
    }
    if (PyLong_Check(value.ptr()) && !PyBool_Check(value.ptr())) {
        return py::str(value).cast<std::string>();
    }
    if (auto text = exact_text(value, field)) {
        return *text;
    }
    throw py::type_error(std::string(field) + ": got " + py_repr(value) + "; expected " +
                         std::string(expected));
}

bool is_decimal(py::handle value) {
    return PyObject_IsInstance(value.ptr(), decimal_type().ptr()) == 1;
}

std::string decimal_text(py::handle value, std::string_view field) {
    // Built from as_tuple(), which is exact: format() and normalize() would need a context,
    // and a huge exponent (1E+999999999) must not become a billion-digit string.
    constexpr std::size_t max_digits = 40;  // far beyond int64 and any declared scale
    const py::tuple parts = value.attr("as_tuple")();
    const py::object exponent_object = parts[2];
    if (!PyLong_Check(exponent_object.ptr())) {
        return py::str(value).cast<std::string>();  // NaN, sNaN, Infinity: the parser says no
    }
    std::string digits;
    for (const py::handle d : py::tuple(parts[1])) {
        digits += static_cast<char>('0' + d.cast<int>());
    }
    auto exponent = exponent_object.cast<long long>();
    while (exponent < 0 && digits.size() > 1 && digits.back() == '0') {
        digits.pop_back();
        ++exponent;
    }
    if (digits == "0") {
        exponent = 0;
    }
    const std::string shown = py::str(value).cast<std::string>();
    if (exponent > 0) {
        if (digits.size() + static_cast<unsigned long long>(exponent) > max_digits) {
            throw ctg::out_of_range_value(std::string(field), shown,
                                          "a number small enough to be held exactly");
        }
        digits.append(static_cast<std::size_t>(exponent), '0');
    } else if (exponent < 0) {
        const auto decimals = static_cast<std::size_t>(-exponent);
        if (decimals > max_digits) {
            throw ctg::invalid_value(std::string(field), shown,
                                     "a number with at most a few decimal places");
        }
        if (digits.size() <= decimals) {
            digits.insert(0, decimals - digits.size() + 1, '0');
        }
        digits.insert(digits.size() - decimals, ".");
    }
    return (parts[0].cast<int>() != 0 ? "-" : "") + digits;
}

std::optional<std::string> exact_text(py::handle value, std::string_view field) {
    if (PyUnicode_Check(value.ptr())) {
        return value.cast<std::string>();
    }
    if (is_decimal(value)) {
        return decimal_text(value, field);
    }
    return std::nullopt;
}

void reject_float(py::handle value, std::string_view field, std::string_view expected) {
    throw py::type_error(std::string(field) + ": got " + py_repr(value) + " (a float); expected " +
                         std::string(expected) +
                         ". A float cannot hold every decimal value exactly, so ctg refuses it.");
}

std::optional<ctg::money> money_from_python(py::handle value) {
    constexpr std::string_view expected =
        "a str such as '12.50' or '38 400,00 €', a decimal.Decimal, or int cents through "
        "Money.from_cents()";
    if (PyFloat_Check(value.ptr())) {
        reject_float(value, "amount", expected);
    }
    if (PyLong_Check(value.ptr()) || (PyIndex_Check(value.ptr()) != 0)) {
        throw py::type_error("amount: got " + py_repr(value) +
                             " (an int); an int is ambiguous (cents or euros?): pass "
                             "Money.from_cents(n) or Money.from_euros(n), a str or a "
                             "decimal.Decimal");
    }
    if (auto text = exact_text(value, "amount")) {
        return ctg::money::parse(*text, "amount");
    }
    return std::nullopt;
}

std::optional<ctg::fte> fte_from_python(py::handle value) {
    if (PyFloat_Check(value.ptr())) {
        reject_float(value, "fte", "a str such as '0.75', a decimal.Decimal or an int");
    }
    if (PyBool_Check(value.ptr())) {
        return std::nullopt;
    }
    if (PyLong_Check(value.ptr()) || PyUnicode_Check(value.ptr()) || is_decimal(value)) {
        return ctg::fte::parse(number_text(value, "fte", ""), "fte");
    }
    return std::nullopt;
}

std::optional<ctg::weekly_hours> weekly_hours_from_python(py::handle value) {
    if (PyFloat_Check(value.ptr())) {
        reject_float(value, "weekly_hours", "a str such as '17.5', a decimal.Decimal or an int");
    }
    if (PyBool_Check(value.ptr())) {
        return std::nullopt;
    }
    if (PyLong_Check(value.ptr()) || PyUnicode_Check(value.ptr()) || is_decimal(value)) {
        return ctg::weekly_hours::parse(number_text(value, "weekly_hours", ""), "weekly_hours");
    }
    return std::nullopt;
}

std::string call_repr(std::string_view name, std::initializer_list<std::string> args) {
    return call_repr(name, std::span<const std::string>(args.begin(), args.size()));
}

std::string call_repr(std::string_view name, std::span<const std::string> args) {
    std::string text(name);
    text += '(';
    bool first = true;
    for (const auto& a : args) {
        if (!first) {
            text += ", ";
        }
        text += a;
        first = false;
    }
    return text + ')';
}

std::string repr_str(std::string_view text) { return py_repr(py::str(text.data(), text.size())); }

std::string repr_enum(const py::object& value) {
    return py::type::handle_of(value).attr("__name__").cast<std::string>() + "." +
           value.attr("name").cast<std::string>();
}

void check_state(const py::tuple& state, std::size_t size, std::string_view type) {
    if (state.size() != size || !PyLong_Check(state[0].ptr()) ||
        state[0].cast<int>() != pickle_version) {
        throw py::value_error(std::string(type) + ": unsupported pickled state " + py_repr(state) +
                              "; expected a tuple of " + std::to_string(size) +
                              " items starting with the version " + std::to_string(pickle_version));
    }
}

decimal_object decimal_from_text(const std::string& text) { return to_decimal(text); }

fraction_object fraction_of(py::handle numerator, py::handle denominator) {
    return fraction_object(fraction_type()(numerator, denominator));
}

namespace {

const py::object& enum_base_type() {
    PYBIND11_CONSTINIT static py::gil_safe_call_once_and_store<py::object> storage;
    return storage
        .call_once_and_store_result(
            []() { return py::object(py::module_::import("enum").attr("Enum")); })
        .get_stored();
}

}  // namespace

std::string value_repr(py::handle value) {
    if (value.is_none()) {
        return "None";
    }
    if (PyObject_IsInstance(value.ptr(), enum_base_type().ptr()) == 1) {
        return repr_enum(py::reinterpret_borrow<py::object>(value));
    }
    const bool is_list = PyList_Check(value.ptr());
    if (is_list || PyTuple_Check(value.ptr())) {
        std::string text = is_list ? "[" : "(";
        const py::sequence items = py::reinterpret_borrow<py::sequence>(value);
        for (std::size_t i = 0; i < items.size(); ++i) {
            text += (i == 0 ? "" : ", ") + value_repr(items[i]);
        }
        if (!is_list && items.size() == 1) {
            text += ",";
        }
        return text + (is_list ? "]" : ")");
    }
    return py_repr(value);
}

py::object hashable(py::handle value) {
    if (PyList_Check(value.ptr()) || PyTuple_Check(value.ptr())) {
        const py::sequence items = py::reinterpret_borrow<py::sequence>(value);
        py::tuple result(items.size());
        for (std::size_t i = 0; i < items.size(); ++i) {
            result[i] = hashable(items[i]);
        }
        return result;
    }
    return py::reinterpret_borrow<py::object>(value);
}

void require_existing_file(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        const py::object error = py::reinterpret_borrow<py::object>(PyExc_FileNotFoundError)(
            ENOENT, "No such file or directory", path.string());
        PyErr_SetObject(PyExc_FileNotFoundError, error.ptr());
        throw py::error_already_set();
    }
}

const char* keep(std::string text) {
    static std::mutex mutex;
    static std::deque<std::string> storage;  // never shrinks: docstrings live as long as the module
    const std::lock_guard<std::mutex> lock(mutex);
    return storage.emplace_back(std::move(text)).c_str();
}

const char* doc_with(const char* cpp_doc, std::string_view python_note) {
    return keep(std::string(cpp_doc) + "\n\n" + std::string(python_note));
}

// ---------------------------------------------------------------------------------------------

void bind_core(py::module_& m) {
    // --- Exceptions: the C++ class decides the Python class; each carries .details -------------
    // The classes are defined in Python (ctg/_errors.py, with typed `details`); their
    // documentation is the C++ one.
    error_storage.call_once_and_store_result([]() {
        const py::module_ errors = py::module_::import("ctg._errors");
        error_types t;
        t.base = errors.attr("Error");
        t.invalid_value = errors.attr("InvalidValueError");
        t.out_of_range = errors.attr("OutOfRangeError");
        t.overflow = errors.attr("NumericOverflowError");
        t.validation = errors.attr("ValidationError");
        t.base.attr("__doc__") =
            doc_with(ctg_doc::error::class_doc,
                     "Python: `details` lists every ErrorDetail (field, value, expected) of the "
                     "problem, `detail` is the first.");
        t.invalid_value.attr("__doc__") = ctg_doc::invalid_value::class_doc;
        t.out_of_range.attr("__doc__") = ctg_doc::out_of_range_value::class_doc;
        t.overflow.attr("__doc__") = ctg_doc::overflow::class_doc;
        t.validation.attr("__doc__") = ctg_doc::validation_error::class_doc;
        return t;
    });
    py::register_local_exception_translator(&translate_errors);

    // --- Enums --------------------------------------------------------------------------------
    py::native_enum<ctg::rounding>(m, "Rounding", "enum.Enum", ctg_doc::rounding::class_doc)
        .value("half_away_from_zero", ctg::rounding::half_away_from_zero,
               ctg_doc::rounding::half_away_from_zero)
        .value("half_even", ctg::rounding::half_even, ctg_doc::rounding::half_even)
        .value("toward_zero", ctg::rounding::toward_zero, ctg_doc::rounding::toward_zero)
        .value("down", ctg::rounding::down, ctg_doc::rounding::down)
        .value("up", ctg::rounding::up, ctg_doc::rounding::up)
        .finalize();
    py::native_enum<ctg::rate_notation>(m, "RateNotation", "enum.Enum",
                                        ctg_doc::rate_notation::class_doc)
        .value("percent", ctg::rate_notation::percent, ctg_doc::rate_notation::percent)
        .value("share", ctg::rate_notation::share, ctg_doc::rate_notation::share)
        .finalize();
    py::native_enum<ctg::prorata_basis>(m, "ProrataBasis", "enum.Enum",
                                        ctg_doc::prorata_basis::class_doc)
        .value("days", ctg::prorata_basis::days, ctg_doc::prorata_basis::days)
        .value("whole_months", ctg::prorata_basis::whole_months,
               ctg_doc::prorata_basis::whole_months)
        .finalize();
    py::native_enum<ctg::language>(m, "Language", "enum.Enum", ctg_doc::language::class_doc)
        .value("fr", ctg::language::fr, ctg_doc::language::fr)
        .value("en", ctg::language::en, ctg_doc::language::en)
        .finalize();
    py::native_enum<ctg::evidence>(m, "Evidence", "enum.Enum", ctg_doc::evidence::class_doc)
        .value("source_document", ctg::evidence::source_document,
               ctg_doc::evidence::source_document)
        .value("public_source", ctg::evidence::public_source, ctg_doc::evidence::public_source)
        .value("illustrative", ctg::evidence::illustrative, ctg_doc::evidence::illustrative)
        .value("scenario", ctg::evidence::scenario, ctg_doc::evidence::scenario)
        .value("derived", ctg::evidence::derived, ctg_doc::evidence::derived)
        .value("reading", ctg::evidence::reading, ctg_doc::evidence::reading)
        .finalize();

    // --- Classes, declared before any signature uses them -------------------------------------
    py::class_<ctg::error_detail> error_detail_cls(m, "ErrorDetail",
                                                   ctg_doc::error_detail::class_doc);
    py::class_<ctg::money> money_cls(
        m, "Money",
        doc_with(ctg_doc::money::class_doc,
                 "Python: `Money('38 400,00 €')`, `Money(Decimal('12.50'))`, "
                 "`Money.from_cents(1250)`, `Money.from_euros(12)`. A float is refused "
                 "(TypeError), and so is a bare int, which could mean cents or euros. Wherever "
                 "an amount is expected, a str or a Decimal is read as Money() reads it. "
                 "`str(m)` is the plain form `38400.00`; `format(m, 'fr')` gives "
                 "`38 400,00 €`, `format(m, 'en')` `38,400.00 €`, and other format "
                 "specifications apply to the Decimal value (`f'{m:,.2f}'`)."));
    py::class_<ctg::rate> rate_cls(
        m, "Rate",
        doc_with(ctg_doc::rate::class_doc,
                 "Python: `Rate.percent('80')`, `Rate.share('0.8')`, `Rate.parse('62.43 %', "
                 "RateNotation.share)` or `Rate('80', RateNotation.percent)`; a str, a Decimal "
                 "or an int, never a float. `str(r)` is `80 %`, `r.to_decimal()` the share "
                 "`Decimal('0.8')`."));
    py::class_<ctg::weekly_hours> weekly_hours_cls(
        m, "WeeklyHours",
        doc_with(ctg_doc::weekly_hours::class_doc,
                 "Python: `WeeklyHours('17.5')`, `WeeklyHours(Decimal('7.25'))`, "
                 "`WeeklyHours(35)`; wherever hours are expected, a str, a Decimal or an int "
                 "is read the same way."));
    py::class_<ctg::fte> fte_cls(
        m, "Fte",
        doc_with(ctg_doc::fte::class_doc,
                 "Python: `Fte('0.75')`, `Fte(Decimal('2.5'))`, `Fte(4)`; wherever an FTE is "
                 "expected, a str, a Decimal or an int is read the same way; a float is "
                 "refused (TypeError)."));
    py::class_<ctg::exact_amount> exact_cls(m, "ExactAmount", ctg_doc::exact_amount::class_doc);
    py::class_<ctg::period> period_cls(
        m, "Period",
        doc_with(ctg_doc::period::class_doc,
                 "Python: dates are datetime.date; `d in period` tests membership."));
    py::class_<ctg::prorata_fraction> prorata_cls(
        m, "ProrataFraction",
        doc_with(ctg_doc::prorata_fraction::class_doc,
                 "Python: built with `ProrataFraction(numerator, denominator)`, which checks "
                 "0 ≤ numerator ≤ denominator and denominator > 0."));
    py::class_<ctg::localized_text> text_cls(m, "LocalizedText",
                                             ctg_doc::localized_text::class_doc);
    py::class_<ctg::source> source_cls(m, "Source", ctg_doc::source::class_doc);
    py::class_<ctg::provenance> provenance_cls(m, "Provenance", ctg_doc::provenance::class_doc);

    // --- ErrorDetail ----------------------------------------------------------------------------
    // The parameters of a message: a dict in Python; pickled as (name, value) pairs in order.
    using param_map = std::map<std::string, std::string>;
    using param_pairs = std::vector<std::pair<std::string, std::string>>;
    const auto params_map = [](const ctg::error_detail& d) {
        param_map out;
        for (const auto& p : d.params) {
            out.emplace(p.name, p.value);
        }
        return out;
    };
    const auto params_of = [](const auto& params) {
        std::vector<ctg::message_param> out;
        for (const auto& [name, value] : params) {
            out.push_back({name, value});
        }
        return out;
    };
    error_detail_cls
        .def(py::init([params_of](std::string field, std::string value, std::string expected,
                                  std::string code, const param_map& params) {
                 ctg::error_detail d{std::move(field), std::move(value), std::move(expected)};
                 d.code = std::move(code);
                 d.params = params_of(params);
                 return d;
             }),
             py::arg("field"), py::arg("value"), py::arg("expected"), py::arg("code") = "",
             py::arg("params") = param_map{})
        .def_static(
            "of",
            [params_of](std::string_view code, std::string field, std::string value,
                        const param_map& params) {
                return ctg::error_detail::of(code, std::move(field), std::move(value),
                                             params_of(params));
            },
            py::arg("code"), py::arg("field"), py::arg("value"), py::arg("params") = param_map{},
            ctg_doc::error_detail::of)
        .def_readonly("field", &ctg::error_detail::field, ctg_doc::error_detail::field)
        .def_readonly("value", &ctg::error_detail::value, ctg_doc::error_detail::value)
        .def_readonly("expected", &ctg::error_detail::expected, ctg_doc::error_detail::expected)
        .def_readonly("code", &ctg::error_detail::code, ctg_doc::error_detail::code)
        .def_property_readonly("params", params_map,
                               "The parameters of the message code, by name (a new dict).")
        .def("to_string", &ctg::error_detail::to_string, ctg_doc::error_detail::to_string)
        .def("__str__", &ctg::error_detail::to_string)
        .def("__repr__",
             [](const ctg::error_detail& d) {
                 std::string params;
                 for (const auto& p : d.params) {
                     params +=
                         (params.empty() ? "" : ", ") + repr_str(p.name) + ": " + repr_str(p.value);
                 }
                 return call_repr("ErrorDetail",
                                  {"field=" + repr_str(d.field), "value=" + repr_str(d.value),
                                   "expected=" + repr_str(d.expected), "code=" + repr_str(d.code),
                                   "params={" + params + "}"});
             })
        .def(
            "__iter__",
            [](const ctg::error_detail& d) {
                return py::iter(py::make_tuple(d.field, d.value, d.expected));
            },
            "Python: `field, value, expected = detail`.")
        .def("__hash__",
             [](const ctg::error_detail& d) {
                 return py::hash(py::make_tuple(d.field, d.value, d.expected, d.code));
             })
        .def(py::pickle(
            [](const ctg::error_detail& d) {
                param_pairs pairs;
                for (const auto& p : d.params) {
                    pairs.emplace_back(p.name, p.value);
                }
                return py::make_tuple(pickle_version, d.field, d.value, d.expected, d.code, pairs);
            },
            [params_of](const py::tuple& s) {
                check_state(s, 6, "ErrorDetail");
                ctg::error_detail d{s[1].cast<std::string>(), s[2].cast<std::string>(),
                                    s[3].cast<std::string>()};
                d.code = s[4].cast<std::string>();
                d.params = params_of(s[5].cast<param_pairs>());
                return d;
            }));
    def_equality(error_detail_cls, std::equal_to<>{});

    // --- Money ----------------------------------------------------------------------------------
    money_cls.def(py::init<>(), ctg_doc::money::ctor)
        .def(py::init([](ctg::money value) { return value; }), py::arg("value"),
             "An amount read from a str (as Money.parse() reads it) or from a decimal.Decimal "
             "with at most two decimals.")
        .def_static(
            "from_cents",
            [](const int_arg& cents) { return ctg::money::from_cents(to_int64(cents, "cents")); },
            py::arg("cents"), ctg_doc::money::from_cents)
        .def_static(
            "from_euros",
            [](const int_arg& euros) { return ctg::money::from_euros(to_int64(euros, "euros")); },
            py::arg("euros"), ctg_doc::money::from_euros)
        .def_static("parse", &ctg::money::parse, py::arg("text"), py::arg("field") = "amount",
                    ctg_doc::money::parse)
        .def_property_readonly("cents", &ctg::money::cents, ctg_doc::money::cents)
        .def("to_plain", &ctg::money::to_plain, ctg_doc::money::to_plain)
        .def("to_french", &ctg::money::to_french, ctg_doc::money::to_french)
        .def("to_english", &ctg::money::to_english, ctg_doc::money::to_english)
        .def(
            "to_decimal", [](const ctg::money& a) { return to_decimal(a.to_plain()); },
            "Python: the exact amount in euros as a decimal.Decimal with two decimals.")
        .def("__str__", &ctg::money::to_plain)
        .def("__repr__",
             [](const ctg::money& a) { return call_repr("Money", {repr_str(a.to_plain())}); })
        .def(
            "__format__",
            [](const ctg::money& a, const std::string& spec) -> std::string {
                if (spec.empty() || spec == "plain") {
                    return a.to_plain();
                }
                if (spec == "fr") {
                    return a.to_french();
                }
                if (spec == "en") {
                    return a.to_english();
                }
                return to_decimal(a.to_plain()).attr("__format__")(spec).cast<std::string>();
            },
            py::arg("format_spec"))
        .def("__hash__", [](const ctg::money& a) { return py::hash(py::int_(a.cents())); })
        .def("__bool__", [](const ctg::money& a) { return a.cents() != 0; })
        .def(
            "__neg__", [](const ctg::money& a) { return -a; }, ctg_doc::money::operator_minus)
        .def("__pos__", [](const ctg::money& a) { return a; })
        .def("__abs__", [](const ctg::money& a) { return a.cents() < 0 ? -a : a; })
        .def(
            "__add__", [](const ctg::money& a, const ctg::money& b) { return a + b; },
            py::is_operator(), py::arg("other").noconvert(), ctg_doc::operator_plus_of_money)
        .def(
            "__sub__", [](const ctg::money& a, const ctg::money& b) { return a - b; },
            py::is_operator(), py::arg("other").noconvert(), ctg_doc::operator_minus)
        .def(
            "__mul__",
            [](const ctg::money& a, const int_arg& count) -> money_object {
                if (PyFloat_Check(count.ptr()) || is_decimal(count)) {
                    throw py::type_error(
                        "Money × " + py_repr(count) +
                        ": an amount multiplies only by a whole count (an int); use "
                        "apply_rate(), multiply() or prorate() with a Rate, an Fte or a "
                        "ProrataFraction and a Rounding policy");
                }
                if (PyIndex_Check(count.ptr()) == 0 || PyBool_Check(count.ptr())) {
                    return py::reinterpret_borrow<money_object>(Py_NotImplemented);
                }
                return py::reinterpret_steal<money_object>(
                    py::cast(a * to_int64(count, "count")).release());
            },
            py::is_operator(), py::arg("count"), ctg_doc::operator_times_of_money)
        .def(
            "__rmul__",
            [](const ctg::money& a, const int_arg& count) -> money_object {
                if (PyFloat_Check(count.ptr()) || is_decimal(count)) {
                    throw py::type_error(py_repr(count) +
                                         " × Money: an amount multiplies only by a whole count "
                                         "(an int); use apply_rate(), multiply() or prorate()");
                }
                if (PyIndex_Check(count.ptr()) == 0 || PyBool_Check(count.ptr())) {
                    return py::reinterpret_borrow<money_object>(Py_NotImplemented);
                }
                return py::reinterpret_steal<money_object>(
                    py::cast(to_int64(count, "count") * a).release());
            },
            py::is_operator(), py::arg("count"), ctg_doc::operator_times_of_int64_t)
        .def(py::pickle(
            [](const ctg::money& a) { return py::make_tuple(pickle_version, a.cents()); },
            [](const py::tuple& s) {
                check_state(s, 2, "Money");
                return ctg::money::from_cents(s[1].cast<std::int64_t>());
            }));
    def_ordering(money_cls);

    // --- Rate -----------------------------------------------------------------------------------
    static constexpr std::string_view rate_expected =
        "a str such as '80' or '62.43 %', a decimal.Decimal or an int";
    rate_cls.attr("scale") = ctg::rate::scale;
    rate_cls
        .def(py::init([](const number_arg& value, ctg::rate_notation notation) {
                 return ctg::rate::parse(number_text(value, "rate", rate_expected), notation,
                                         "rate");
             }),
             py::arg("value"), py::arg("notation"),
             "A rate read from a str, a Decimal or an int in the given notation (a trailing "
             "'%' always means percent), as Rate.parse() reads it.")
        .def_static(
            "from_millionths",
            [](const int_arg& millionths, const std::string& field) {
                return ctg::rate::from_millionths(to_int64(millionths, field), field);
            },
            py::arg("millionths"), py::arg("field") = "rate", ctg_doc::rate::from_millionths)
        .def_static("parse", &ctg::rate::parse, py::arg("text"), py::arg("notation"),
                    py::arg("field") = "rate", ctg_doc::rate::parse)
        .def_static(
            "percent",
            [](const number_arg& value, const std::string& field) {
                return ctg::rate::parse(number_text(value, field, rate_expected),
                                        ctg::rate_notation::percent, field);
            },
            py::arg("value"), py::arg("field") = "rate",
            "Python: a rate written as a percentage: `Rate.percent('62.43')` is 62.43 %.")
        .def_static(
            "share",
            [](const number_arg& value, const std::string& field) {
                return ctg::rate::parse(number_text(value, field, rate_expected),
                                        ctg::rate_notation::share, field);
            },
            py::arg("value"), py::arg("field") = "rate",
            "Python: a rate written as a share: `Rate.share('0.8')` is 80 %.")
        .def_property_readonly("millionths", &ctg::rate::millionths, ctg_doc::rate::millionths)
        .def("to_percent_string", &ctg::rate::to_percent_string, ctg_doc::rate::to_percent_string)
        .def("to_french", &ctg::rate::to_french, ctg_doc::rate::to_french)
        .def("to_share_string", &ctg::rate::to_share_string, ctg_doc::rate::to_share_string)
        .def(
            "to_decimal", [](const ctg::rate& r) { return to_decimal(r.to_share_string()); },
            "Python: the share as a decimal.Decimal (80 % is `Decimal('0.8')`).")
        .def("__str__", &ctg::rate::to_percent_string)
        .def("__repr__",
             [](const ctg::rate& r) {
                 return call_repr("Rate.percent", {repr_str(scaled_text(r.millionths(), 4))});
             })
        .def("__hash__", [](const ctg::rate& r) { return py::hash(py::int_(r.millionths())); })
        .def(py::pickle(
            [](const ctg::rate& r) { return py::make_tuple(pickle_version, r.millionths()); },
            [](const py::tuple& s) {
                check_state(s, 2, "Rate");
                return ctg::rate::from_millionths(s[1].cast<std::int64_t>());
            }));
    def_ordering(rate_cls);

    // --- WeeklyHours ----------------------------------------------------------------------------
    weekly_hours_cls
        .def(py::init([](ctg::weekly_hours value) { return value; }), py::arg("value"),
             "Hours read from a str, a decimal.Decimal or an int, as WeeklyHours.parse() "
             "reads them.")
        .def_static("parse", &ctg::weekly_hours::parse, py::arg("text"),
                    py::arg("field") = "weekly_hours", ctg_doc::weekly_hours::parse)
        .def_property_readonly("hundredths", &ctg::weekly_hours::hundredths,
                               ctg_doc::weekly_hours::hundredths)
        .def("to_string", &ctg::weekly_hours::to_string, ctg_doc::weekly_hours::to_string)
        .def(
            "to_decimal",
            [](const ctg::weekly_hours& h) { return to_decimal(scaled_text(h.hundredths(), 2)); },
            "Python: the hours as a decimal.Decimal.")
        .def("__str__", &ctg::weekly_hours::to_string)
        .def("__repr__",
             [](const ctg::weekly_hours& h) {
                 return call_repr("WeeklyHours", {repr_str(scaled_text(h.hundredths(), 2))});
             })
        .def("__hash__",
             [](const ctg::weekly_hours& h) { return py::hash(py::int_(h.hundredths())); })
        .def(py::pickle(
            [](const ctg::weekly_hours& h) {
                return py::make_tuple(pickle_version, h.hundredths());
            },
            [](const py::tuple& s) {
                check_state(s, 2, "WeeklyHours");
                return ctg::weekly_hours::parse(scaled_text(s[1].cast<std::int64_t>(), 2));
            }));
    def_equality(weekly_hours_cls, [](const ctg::weekly_hours& a, const ctg::weekly_hours& b) {
        return a.hundredths() == b.hundredths();
    });

    // --- Fte ------------------------------------------------------------------------------------
    fte_cls.attr("scale") = ctg::fte::scale;
    fte_cls.def(py::init<>(), ctg_doc::fte::ctor)
        .def(py::init([](ctg::fte value) { return value; }), py::arg("value"),
             "An FTE read from a str (as Fte.parse() reads it), a decimal.Decimal with at most "
             "four decimals, or an int.")
        .def_static(
            "from_ten_thousandths",
            [](const int_arg& units, const std::string& field) {
                return ctg::fte::from_ten_thousandths(to_int64(units, field), field);
            },
            py::arg("units"), py::arg("field") = "fte", ctg_doc::fte::from_ten_thousandths)
        .def_static("parse", &ctg::fte::parse, py::arg("text"), py::arg("field") = "fte",
                    ctg_doc::fte::parse)
        .def_static("from_weekly_hours", &ctg::fte::from_weekly_hours, py::arg("worked"),
                    py::arg("full_time"), py::arg("policy"), ctg_doc::fte::from_weekly_hours)
        .def_property_readonly("ten_thousandths", &ctg::fte::ten_thousandths,
                               ctg_doc::fte::ten_thousandths)
        .def("to_string", &ctg::fte::to_string, ctg_doc::fte::to_string)
        .def("to_french", &ctg::fte::to_french, ctg_doc::fte::to_french)
        .def(
            "to_decimal", [](const ctg::fte& f) { return to_decimal(f.to_string()); },
            "Python: the FTE as a decimal.Decimal.")
        .def("__str__", &ctg::fte::to_string)
        .def("__repr__",
             [](const ctg::fte& f) { return call_repr("Fte", {repr_str(f.to_string())}); })
        .def("__hash__", [](const ctg::fte& f) { return py::hash(py::int_(f.ten_thousandths())); })
        .def("__bool__", [](const ctg::fte& f) { return f.ten_thousandths() != 0; })
        .def(
            "__add__", [](const ctg::fte& a, const ctg::fte& b) { return a + b; },
            py::is_operator(), py::arg("other").noconvert(), ctg_doc::operator_plus_of_fte)
        .def(py::pickle(
            [](const ctg::fte& f) { return py::make_tuple(pickle_version, f.ten_thousandths()); },
            [](const py::tuple& s) {
                check_state(s, 2, "Fte");
                return ctg::fte::from_ten_thousandths(s[1].cast<std::int64_t>());
            }));
    def_ordering(fte_cls);

    // --- Period and prorata ---------------------------------------------------------------------
    period_cls
        .def(py::init<ctg::date, ctg::date>(), py::arg("start"), py::arg("end"),
             ctg_doc::period::ctor)
        .def_static("calendar_year", &ctg::period::calendar_year, py::arg("year"),
                    ctg_doc::period::calendar_year)
        .def_property_readonly("start", &ctg::period::start, ctg_doc::period::start)
        .def_property_readonly("end", &ctg::period::end, ctg_doc::period::end)
        .def_property_readonly("last_day", &ctg::period::last_day, ctg_doc::period::last_day)
        .def_property_readonly("days", &ctg::period::days, ctg_doc::period::days)
        .def("contains", &ctg::period::contains, py::arg("day"), ctg_doc::period::contains)
        .def("__contains__", &ctg::period::contains, py::arg("day"))
        .def("intersect", &ctg::period::intersect, py::arg("other"), ctg_doc::period::intersect)
        .def("to_string", &ctg::period::to_string, ctg_doc::period::to_string)
        .def("to_french", &ctg::period::to_french, ctg_doc::period::to_french)
        .def("__str__", &ctg::period::to_string)
        .def("__repr__",
             [](const ctg::period& p) {
                 return call_repr("Period", {"start=" + py_repr(py::cast(p.start())),
                                             "end=" + py_repr(py::cast(p.end()))});
             })
        .def("__hash__",
             [](const ctg::period& p) {
                 return py::hash(py::make_tuple(py::cast(p.start()), py::cast(p.end())));
             })
        .def(py::pickle(
            [](const ctg::period& p) { return py::make_tuple(pickle_version, p.start(), p.end()); },
            [](const py::tuple& s) {
                check_state(s, 3, "Period");
                return ctg::period(s[1].cast<ctg::date>(), s[2].cast<ctg::date>());
            }));
    def_ordering(period_cls);

    prorata_cls
        .def(py::init([](const int_arg& numerator, const int_arg& denominator) {
                 const std::int64_t n = to_int64(numerator, "numerator");
                 const std::int64_t d = to_int64(denominator, "denominator");
                 if (d <= 0 || n < 0 || n > d) {
                     throw ctg::invalid_value("prorata",
                                              std::to_string(n) + "/" + std::to_string(d),
                                              "0 ≤ numerator ≤ denominator and denominator > 0");
                 }
                 return ctg::prorata_fraction{n, d};
             }),
             py::arg("numerator"), py::arg("denominator"))
        .def_readonly("numerator", &ctg::prorata_fraction::numerator,
                      ctg_doc::prorata_fraction::numerator)
        .def_readonly("denominator", &ctg::prorata_fraction::denominator,
                      ctg_doc::prorata_fraction::denominator)
        .def_property_readonly("is_whole", &ctg::prorata_fraction::is_whole,
                               ctg_doc::prorata_fraction::is_whole)
        .def("to_string", &ctg::prorata_fraction::to_string, ctg_doc::prorata_fraction::to_string)
        .def(
            "to_fraction",
            [](const ctg::prorata_fraction& p) {
                return fraction_object(fraction_type()(p.numerator, p.denominator));
            },
            "Python: the value as a fractions.Fraction (reduced, unlike the fraction itself).")
        .def("__str__", &ctg::prorata_fraction::to_string)
        .def("__repr__",
             [](const ctg::prorata_fraction& p) {
                 return call_repr("ProrataFraction",
                                  {std::to_string(p.numerator), std::to_string(p.denominator)});
             })
        .def("__hash__",
             [](const ctg::prorata_fraction& p) {
                 return py::hash(py::make_tuple(p.numerator, p.denominator));
             })
        .def(py::pickle(
            [](const ctg::prorata_fraction& p) {
                return py::make_tuple(pickle_version, p.numerator, p.denominator);
            },
            [](const py::tuple& s) {
                check_state(s, 3, "ProrataFraction");
                return ctg::prorata_fraction{s[1].cast<std::int64_t>(), s[2].cast<std::int64_t>()};
            }));
    def_equality(prorata_cls, std::equal_to<>{});

    // --- ExactAmount ----------------------------------------------------------------------------
    exact_cls.def(py::init<ctg::money>(), py::arg("amount"), ctg_doc::exact_amount::ctor)
        .def("times", py::overload_cast<ctg::rate>(&ctg::exact_amount::times, py::const_),
             py::arg("factor").noconvert(), ctg_doc::exact_amount::times_of_rate)
        .def("times", py::overload_cast<ctg::fte>(&ctg::exact_amount::times, py::const_),
             py::arg("factor").noconvert(), ctg_doc::exact_amount::times_of_fte)
        .def("times",
             py::overload_cast<const ctg::prorata_fraction&>(&ctg::exact_amount::times, py::const_),
             py::arg("factor").noconvert(), ctg_doc::exact_amount::times_of_prorata_fraction)
        .def(
            "times_ratio",
            [](const ctg::exact_amount& a, const int_arg& numerator, const int_arg& denominator) {
                return a.times_ratio(to_int64(numerator, "numerator"),
                                     to_int64(denominator, "denominator"));
            },
            py::arg("numerator"), py::arg("denominator"), ctg_doc::exact_amount::times_ratio)
        .def("rounded", &ctg::exact_amount::rounded, py::arg("policy"),
             ctg_doc::exact_amount::rounded)
        .def_property_readonly("is_whole_cent", &ctg::exact_amount::is_whole_cent,
                               ctg_doc::exact_amount::is_whole_cent)
        .def_property_readonly(
            "numerator", [](const ctg::exact_amount& a) { return to_python_int(a.numerator()); },
            ctg_doc::exact_amount::numerator)
        .def_property_readonly(
            "denominator",
            [](const ctg::exact_amount& a) { return to_python_int(a.denominator()); },
            ctg_doc::exact_amount::denominator)
        .def("to_plain", &ctg::exact_amount::to_plain, py::arg("max_decimals") = 6,
             ctg_doc::exact_amount::to_plain)
        .def(
            "to_fraction",
            [](const ctg::exact_amount& a) {
                return fraction_object(fraction_type()(
                    to_python_int(a.numerator()), to_python_int(a.denominator()) * py::int_(100)));
            },
            "Python: the exact value in euros as a fractions.Fraction.")
        .def("__repr__",
             [](const ctg::exact_amount& a) {
                 return "<ExactAmount " + a.to_plain() + " € = " + a.numerator().str() + "/" +
                        a.denominator().str() + " cents>";
             })
        .def("__hash__",
             [](const ctg::exact_amount& a) {
                 return py::hash(
                     fraction_type()(to_python_int(a.numerator()), to_python_int(a.denominator())));
             })
        .def(
            "__eq__", [](const ctg::exact_amount& a, const ctg::money& b) { return a == b; },
            py::is_operator(), py::arg("other").noconvert(), ctg_doc::exact_amount::operator_eq)
        .def(
            "__eq__",
            [](const ctg::exact_amount& a, const ctg::exact_amount& b) {
                return a.numerator() == b.numerator() && a.denominator() == b.denominator();
            },
            py::is_operator(), py::arg("other").noconvert())
        .def(
            "__ne__", [](const ctg::exact_amount& a, const ctg::money& b) { return !(a == b); },
            py::is_operator(), py::arg("other").noconvert())
        .def(
            "__ne__",
            [](const ctg::exact_amount& a, const ctg::exact_amount& b) {
                return a.numerator() != b.numerator() || a.denominator() != b.denominator();
            },
            py::is_operator(), py::arg("other").noconvert());

    m.def("apply_rate", &ctg::apply_rate, py::arg("amount"), py::arg("rate"), py::arg("policy"),
          ctg_doc::apply_rate);
    m.def("multiply", &ctg::multiply, py::arg("per_fte"), py::arg("fte"), py::arg("policy"),
          ctg_doc::multiply);
    m.def("prorate", &ctg::prorate, py::arg("amount"), py::arg("fraction"), py::arg("policy"),
          ctg_doc::prorate);

    // --- Dates ----------------------------------------------------------------------------------
    m.attr("FIRST_YEAR") = ctg::first_year;
    m.attr("LAST_YEAR") = ctg::last_year;
    m.def("parse_date", &ctg::parse_date, py::arg("text"), py::arg("field") = "date",
          ctg_doc::parse_date);
    m.def("to_iso", &ctg::to_iso, py::arg("day"), ctg_doc::to_iso);
    m.def(
        "message_codes",
        []() {
            std::map<std::string, std::string> out;  // sorted by code, as the table
            for (const auto& c : ctg::message_codes()) {
                out.emplace(c.code, c.english);
            }
            return out;
        },
        doc_with(ctg_doc::message_codes, "Python: a dict code → English template, in code order."));
    m.def("to_french", py::overload_cast<ctg::date>(&ctg::to_french), py::arg("day"),
          ctg_doc::to_french);
    m.def("prorata", &ctg::prorata, py::arg("active"), py::arg("reference"), py::arg("basis"),
          ctg_doc::prorata);

    // --- Texts and provenance -------------------------------------------------------------------
    text_cls
        .def(py::init([](std::string fr, std::string en) {
                 return ctg::localized_text{std::move(fr), std::move(en)};
             }),
             py::arg("fr"), py::arg("en") = "")
        .def_readonly("fr", &ctg::localized_text::fr, ctg_doc::localized_text::fr)
        .def_readonly("en", &ctg::localized_text::en, ctg_doc::localized_text::en)
        .def("text", &ctg::localized_text::in,
             py::arg_v("language", ctg::language::fr, "Language.fr"), ctg_doc::localized_text::in)
        .def("__str__", [](const ctg::localized_text& t) { return t.fr; })
        .def(
            "__repr__",
            [](const ctg::localized_text& t) {
                return call_repr("LocalizedText", {"fr=" + repr_str(t.fr), "en=" + repr_str(t.en)});
            })
        .def("__hash__",
             [](const ctg::localized_text& t) { return py::hash(py::make_tuple(t.fr, t.en)); })
        .def(py::pickle(
            [](const ctg::localized_text& t) { return py::make_tuple(pickle_version, t.fr, t.en); },
            [](const py::tuple& s) {
                check_state(s, 3, "LocalizedText");
                return ctg::localized_text{s[1].cast<std::string>(), s[2].cast<std::string>()};
            }));
    def_equality(text_cls, std::equal_to<>{});

    source_cls
        .def(py::init([](std::string document, std::string locator, std::string url) {
                 return ctg::source{std::move(document), std::move(locator), std::move(url)};
             }),
             py::arg("document") = "", py::arg("locator") = "", py::arg("url") = "")
        .def_readonly("document", &ctg::source::document, ctg_doc::source::document)
        .def_readonly("locator", &ctg::source::locator, ctg_doc::source::locator)
        .def_readonly("url", &ctg::source::url, ctg_doc::source::url)
        .def("to_string", &ctg::source::to_string, ctg_doc::source::to_string)
        .def("__str__", &ctg::source::to_string)
        .def("__repr__",
             [](const ctg::source& s) {
                 return call_repr("Source",
                                  {"document=" + repr_str(s.document),
                                   "locator=" + repr_str(s.locator), "url=" + repr_str(s.url)});
             })
        .def("__hash__",
             [](const ctg::source& s) {
                 return py::hash(py::make_tuple(s.document, s.locator, s.url));
             })
        .def(py::pickle(
            [](const ctg::source& s) {
                return py::make_tuple(pickle_version, s.document, s.locator, s.url);
            },
            [](const py::tuple& t) {
                check_state(t, 4, "Source");
                return ctg::source{t[1].cast<std::string>(), t[2].cast<std::string>(),
                                   t[3].cast<std::string>()};
            }));
    def_equality(source_cls, std::equal_to<>{});

    provenance_cls
        .def(py::init([](ctg::evidence kind, ctg::source cited, std::string derivation,
                         std::string alternative) {
                 return ctg::provenance{kind, std::move(cited), std::move(derivation),
                                        std::move(alternative)};
             }),
             py::arg_v("kind", ctg::evidence::illustrative, "Evidence.illustrative"),
             py::arg("cited") = ctg::source{}, py::arg("derivation") = "",
             py::arg("alternative") = "")
        .def_readonly("kind", &ctg::provenance::kind, ctg_doc::provenance::kind)
        .def_readonly("cited", &ctg::provenance::cited, ctg_doc::provenance::cited)
        .def_readonly("derivation", &ctg::provenance::derivation, ctg_doc::provenance::derivation)
        .def_readonly("alternative", &ctg::provenance::alternative,
                      ctg_doc::provenance::alternative)
        .def("__repr__",
             [](const ctg::provenance& p) {
                 std::vector<std::string> fields{"kind=" + repr_enum(py::cast(p.kind)),
                                                 "cited=" + py_repr(py::cast(p.cited))};
                 if (!p.derivation.empty()) {
                     fields.push_back("derivation=" + py_repr(py::cast(p.derivation)));
                 }
                 if (!p.alternative.empty()) {
                     fields.push_back("alternative=" + py_repr(py::cast(p.alternative)));
                 }
                 return call_repr("Provenance", fields);
             })
        .def("__hash__",
             [](const ctg::provenance& p) {
                 return py::hash(py::make_tuple(py::cast(p.kind), py::cast(p.cited), p.derivation,
                                                p.alternative));
             })
        .def(py::pickle(
            [](const ctg::provenance& p) {
                return py::make_tuple(pickle_version, p.kind, p.cited, p.derivation, p.alternative);
            },
            [](const py::tuple& s) {
                check_state(s, 5, "Provenance");
                return ctg::provenance{s[1].cast<ctg::evidence>(), s[2].cast<ctg::source>(),
                                       s[3].cast<std::string>(), s[4].cast<std::string>()};
            }));
    def_equality(provenance_cls, std::equal_to<>{});

    // --- Identifiers of the enums (the words JSON, CSV and the command line use) ----------------
    m.def("parse_rounding", &ctg::parse_rounding, py::arg("text"), py::arg("field") = "rounding",
          ctg_doc::parse_rounding);
    m.def("parse_prorata_basis", &ctg::parse_prorata_basis, py::arg("text"),
          py::arg("field") = "prorata", ctg_doc::parse_prorata_basis);
    m.def("parse_language", &ctg::parse_language, py::arg("text"), py::arg("field") = "language",
          ctg_doc::parse_language);
    m.def("parse_evidence", &ctg::parse_evidence, py::arg("text"), py::arg("field") = "evidence",
          ctg_doc::parse_evidence);
    m.def("to_string", py::overload_cast<ctg::rounding>(&ctg::to_string), py::arg("value"),
          ctg_doc::to_string_of_rounding);
    m.def("to_string", py::overload_cast<ctg::prorata_basis>(&ctg::to_string), py::arg("value"),
          ctg_doc::to_string_of_prorata_basis);
    m.def("to_string", py::overload_cast<ctg::language>(&ctg::to_string), py::arg("value"),
          ctg_doc::to_string_of_language);
    m.def("to_string", py::overload_cast<ctg::evidence>(&ctg::to_string), py::arg("value"),
          ctg_doc::to_string_of_evidence);
}

}  // namespace ctg::python

// ---------------------------------------------------------------------------------------------
// datetime.date caster

namespace pybind11::detail {

bool type_caster<std::chrono::year_month_day>::load(handle src, bool /*convert*/) {
    if (!src) {
        return false;
    }
    if (PyDateTimeAPI == nullptr) {
        PyDateTime_IMPORT;
    }
    if (PyDateTime_Check(src.ptr())) {
        throw type_error("date: got " + repr(src).cast<std::string>() +
                         " (a datetime.datetime); expected a datetime.date: a ctg date has no "
                         "time of day, so pass value.date() if the time can be dropped");
    }
    if (!PyDate_Check(src.ptr())) {
        return false;
    }
    // The CPython accessor macros cast in C style.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wold-style-cast"
    const int year = PyDateTime_GET_YEAR(src.ptr());
    const int month = PyDateTime_GET_MONTH(src.ptr());
    const int day = PyDateTime_GET_DAY(src.ptr());
#pragma GCC diagnostic pop
    value = std::chrono::year{year} / std::chrono::month{static_cast<unsigned>(month)} /
            std::chrono::day{static_cast<unsigned>(day)};
    // The years ctg reads, as parse_date() checks them: a period may end on the day after.
    if (year < ctg::first_year ||
        (year > ctg::last_year && value != ctg::date{std::chrono::year{ctg::last_year + 1},
                                                     std::chrono::January, std::chrono::day{1}})) {
        throw ctg::invalid_value(ctg::error_detail::of(
            "date.range", "date", ctg::to_iso(value),
            {{"low", std::to_string(ctg::first_year)}, {"high", std::to_string(ctg::last_year)}}));
    }
    return true;
}

handle type_caster<std::chrono::year_month_day>::cast(const std::chrono::year_month_day& d,
                                                      return_value_policy /*policy*/,
                                                      handle /*parent*/) {
    if (PyDateTimeAPI == nullptr) {
        PyDateTime_IMPORT;
    }
    if (!d.ok()) {
        throw value_error("date: not a calendar date");
    }
    PyObject* result = PyDate_FromDate(static_cast<int>(d.year()),
                                       static_cast<int>(static_cast<unsigned>(d.month())),
                                       static_cast<int>(static_cast<unsigned>(d.day())));
    if (result == nullptr) {
        throw error_already_set();
    }
    return result;
}

}  // namespace pybind11::detail
