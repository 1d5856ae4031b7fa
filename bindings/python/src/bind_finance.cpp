// SPDX-License-Identifier: MIT
// Bindings of include/ctg/finance: post inputs, results with their parts and explanations,
// finance() on a date or over a period, diff(), and finance_batch() over numpy int64 columns
// read and written in place (no copy), with the GIL released.
#include "bind.hpp"
#include "bind_fields.hpp"
#include "ctg_docstrings/finance.hpp"
#include <ctg/core/date.hpp>
#include <ctg/core/error.hpp>
#include <ctg/finance/batch.hpp>
#include <ctg/finance/explanation.hpp>
#include <ctg/finance/financing.hpp>
#include <ctg/rules/rulebook.hpp>

#include <pybind11/native_enum.h>
#include <pybind11/numpy.h>
#include <pybind11/typing.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace ctg::python {
namespace {

/// A numpy int64 column, checked by read_column() (the binding says what it expected).
class int64_column : public py::object {
    PYBIND11_OBJECT_DEFAULT(int64_column, py::object, any_object)
};

/// A BatchResult given as `out=` (checked by the binding, which says what it expected).
class batch_result_object : public py::object {
    PYBIND11_OBJECT_DEFAULT(batch_result_object, py::object, any_object)
};

/// An argument that must be an instance of the class bound for T, taken as the Python object
/// itself: a result of finance() keeps its rulebook and post alive, and attaches its pending
/// explanation to its own __dict__. Stubs name it as the class.
template <class T>
class instance_of : public py::object {
public:
    static int is_instance(PyObject* object) { return py::isinstance<T>(object) ? 1 : 0; }
    PYBIND11_OBJECT_DEFAULT(instance_of, py::object, is_instance)
};

using rulebook_object = instance_of<ctg::rulebook>;
using post_input_object = instance_of<ctg::post_input>;
using financing_result_object = instance_of<ctg::financing_result>;

using int64_array = py::array_t<std::int64_t>;

/// The result of finance_batch(): numpy arrays the caller owns.
struct batch_result {
    std::string rulebook_id;
    ctg::date on;
    int64_array total_cents;
    py::typing::Dict<py::str, int64_array> parts_cents;
    using explanation_list = py::typing::Optional<py::typing::List<ctg::explanation>>;
    explanation_list explanations = py::reinterpret_borrow<explanation_list>(py::none());
};

}  // namespace
}  // namespace ctg::python

namespace pybind11::detail {
template <>
struct handle_type_name<ctg::python::int64_column> {
    static constexpr auto name = const_name("numpy.typing.NDArray[numpy.int64]");
};
template <class T>
struct handle_type_name<ctg::python::instance_of<T>> {
    static constexpr auto name = make_caster<T>::name;
};
template <>
struct handle_type_name<ctg::python::batch_result_object> {
    static constexpr auto name = const_name("BatchResult");
};
}  // namespace pybind11::detail

namespace ctg::python {
namespace {

constexpr const char* column_expected =
    "a numpy.ndarray of dtype int64, 1-D and C-contiguous, e.g. "
    "numpy.asarray(values, dtype=numpy.int64)";

std::string type_name(py::handle value) {
    return py::type::handle_of(value).attr("__name__").cast<std::string>();
}

/// A column read in place: the array (held while the computation runs) and its values.
struct input_column {
    py::array array;
    std::span<const std::int64_t> values;
};

/// The Arrow data of `object` when it has some: a pandas Series or Index backed by Arrow gives
/// its array's (`__arrow_array__`), and a ChunkedArray of one chunk is that chunk. Otherwise
/// `object` itself.
py::object arrow_data(py::handle object) {
    py::object data = py::reinterpret_borrow<py::object>(object);
    if (!py::hasattr(data, "__arrow_array__") && py::hasattr(data, "array") &&
        py::hasattr(data.attr("array"), "__arrow_array__")) {
        data = data.attr("array");
    }
    if (py::hasattr(data, "__arrow_array__")) {
        data = data.attr("__arrow_array__")();
    }
    if (py::hasattr(data, "num_chunks") && data.attr("num_chunks").cast<py::ssize_t>() == 1) {
        data = data.attr("chunk")(0);
    }
    return data;
}

/// `object` as a numpy array without copying it: an ndarray as it is, else what
/// `numpy.asarray(data, copy=False)` gives for its data (a pandas Series or Index, a pyarrow
/// Array, any buffer), which numpy refuses rather than copy.
py::array array_in_place(py::handle object, const std::string& name) {
    if (py::isinstance<py::array>(object)) {
        return py::reinterpret_borrow<py::array>(object);
    }
    if (PyObject_CheckBuffer(object.ptr()) == 0 && !py::hasattr(object, "__array__")) {
        throw py::type_error(name + ": got a value of type " + type_name(object) + "; expected " +
                             column_expected +
                             " (ctg reads batch columns in place and does not convert them)");
    }
    try {
        return py::module_::import("numpy").attr("asarray")(arrow_data(object),
                                                            py::arg("copy") = false);
    } catch (py::error_already_set& e) {
        if (!e.matches(PyExc_ValueError) && !e.matches(PyExc_TypeError)) {
            throw;
        }
        std::string why = py::str(e.value()).cast<std::string>();
        why = why.substr(0, why.find('\n'));  // numpy's advice after it is about numpy
        throw py::type_error(name + ": a value of type " + type_name(object) +
                             " that numpy cannot read in place (" + why + "); expected " +
                             column_expected + ", or a column numpy reads without a copy (" +
                             "a pandas Series of dtype int64, a pyarrow Array of int64 without " +
                             "nulls; numpy 2 or later)");
    }
}

/// Checks that `array` is int64, 1-D, C-contiguous and aligned: anything else is refused rather
/// than converted, since a conversion would copy the data.
void check_int64_column(const py::array& array, const std::string& name) {
    if (!array.dtype().equal(py::dtype::of<std::int64_t>())) {
        const std::string found = py::str(array.dtype()).cast<std::string>();
        const char kind = array.dtype().kind();
        throw py::type_error(
            name + ": got an array of dtype " + found + "; expected dtype int64 (native byte " +
            "order). " +
            (kind == 'f' ? std::string("A float array cannot hold cents or ten-thousandths "
                                       "exactly; convert it deliberately, e.g. "
                                       "numpy.rint(x).astype(numpy.int64). ")
                         : std::string("Convert it with x.astype(numpy.int64). ")) +
            "ctg reads batch columns in place and does not convert them.");
    }
    if (array.ndim() != 1) {
        throw ctg::invalid_value(
            name, "an array of shape " + py::str(array.attr("shape")).cast<std::string>(),
            "a 1-D array, one value per row (use x.ravel() or a column)");
    }
    const int flags = array.flags();
    if ((flags & py::array::c_style) == 0) {
        throw ctg::invalid_value(name,
                                 "a non-contiguous array (strides " +
                                     py::str(array.attr("strides")).cast<std::string>() + ")",
                                 "a C-contiguous array, read in place without copying: pass "
                                 "numpy.ascontiguousarray(x)");
    }
    if ((flags & py::detail::npy_api::NPY_ARRAY_ALIGNED_) == 0) {
        throw ctg::invalid_value(name, "an unaligned array",
                                 "an aligned array: pass numpy.require(x, requirements='A')");
    }
}

/// The values of an int64 column, read in place.
input_column read_column(py::handle object, const std::string& name) {
    py::array array = array_in_place(object, name);
    check_int64_column(array, name);
    const auto* data = static_cast<const std::int64_t*>(array.data());
    const auto rows = static_cast<std::size_t>(array.shape(0));
    return {std::move(array), {data, rows}};
}

/// An output column of `out=` (an array of a BatchResult), written in place: already an int64
/// array, since a converted copy would be written instead, out of the caller's sight. The array
/// goes to `held`, which keeps it alive while the batch runs without the GIL (another thread
/// may replace the entry of `parts_cents` meanwhile).
std::span<std::int64_t> output_column(py::handle object, const std::string& name, std::size_t rows,
                                      std::vector<py::array>& held) {
    if (!py::isinstance<py::array>(object)) {
        throw py::type_error(name + ": got a value of type " + type_name(object) +
                             "; expected the numpy int64 array of a BatchResult, written in place");
    }
    auto array = py::reinterpret_borrow<py::array>(object);
    check_int64_column(array, name);
    if (!array.writeable()) {
        throw ctg::invalid_value(name, "a read-only array", "a writable array");
    }
    if (static_cast<std::size_t>(array.shape(0)) != rows) {
        throw ctg::invalid_value(name, "an array of length " + std::to_string(array.shape(0)),
                                 "the length of fte_ten_thousandths, " + std::to_string(rows) +
                                     ": out= is a BatchResult of as many rows");
    }
    held.push_back(array);
    return {static_cast<std::int64_t*>(array.mutable_data()), rows};
}

/// `out=` holds the part columns asked for: every part of the rulebook, in its order, when
/// `parts`; none otherwise.
void check_out_parts(py::handle out, const ctg::rulebook& rules, bool parts) {
    if (!py::isinstance<batch_result>(out)) {
        throw py::type_error("out: got a value of type " + type_name(out) +
                             "; expected a BatchResult returned by an earlier finance_batch() "
                             "call, whose arrays are rewritten");
    }
    const auto& result = out.cast<const batch_result&>();
    std::string expected;
    if (parts) {
        for (const ctg::funding_part& p : rules.rule().parts) {
            expected += (expected.empty() ? "" : ", ") + p.id;
        }
    }
    std::string found;
    for (const auto& item : result.parts_cents) {
        found += (found.empty() ? "" : ", ") + py::str(item.first).cast<std::string>();
    }
    if (found != expected) {
        throw ctg::invalid_value("out.parts_cents", found.empty() ? "no part" : "parts " + found,
                                 expected.empty() ? "no part (parts=False)"
                                                  : "the parts of " + rules.id() + ": " + expected);
    }
}

void check_same_length(const std::string& name, std::size_t length, std::size_t rows) {
    if (length != rows) {
        throw ctg::invalid_value(name, "an array of length " + std::to_string(length),
                                 "the length of fte_ten_thousandths, " + std::to_string(rows) +
                                     ": one value per row (or None)");
    }
}

std::string result_repr(const ctg::financing_result& r) {
    std::string text = "<FinancingResult " + repr_str(r.post_id) + " under " +
                       repr_str(r.rulebook_id) + " " + r.reference.to_string() + ": " +
                       r.total.to_plain() + " €";
    if (!r.parts.empty()) {
        text += " =";
        bool first = true;
        for (const auto& p : r.parts) {
            text += (first ? " " : " + ") + p.id + " " + p.amount.to_plain();
            first = false;
        }
    }
    return text + ">";
}

// --- The explanation of finance() on a date, built on first access ---------------------------
// finance() computes the total, the parts and the warnings without the explanation (most of the
// cost of a call), and keeps beside the result what it needs to build it: the rulebook and the
// post (immutable in Python, kept alive) and the date. The first read of `why`, and everything
// that shows it (to_json, ==, hash, pickle), builds it with the same finance(), explain::yes.
// That state lives in C++, in the same allocation as the result, reached through the deleter of
// the result's holder: no __dict__ entry, capsule or second allocation per call.

/// What builds the explanation of a result later.
struct pending_explanation {
    py::object rules_owner;  ///< The Python Rulebook, kept alive.
    const ctg::rulebook* rules = nullptr;
    py::object post_owner;  ///< The Python PostInput, kept alive.
    const ctg::post_input* post = nullptr;
    ctg::date on;
};

/// A result of finance() on a date with what builds its explanation (until it is built).
struct lazy_result {
    ctg::financing_result result;
    std::optional<pending_explanation> pending;
};

/// Deletes a result, or the lazy_result it is part of.
struct result_deleter {
    lazy_result* owner = nullptr;
    void operator()(ctg::financing_result* result) const noexcept {
        if (owner != nullptr) {
            delete owner;  // NOLINT(cppcoreguidelines-owning-memory)
        } else {
            delete result;  // NOLINT(cppcoreguidelines-owning-memory)
        }
    }
};

/// The holder of FinancingResult: a unique_ptr whose deleter knows the lazy_result, if any.
using result_holder = std::unique_ptr<ctg::financing_result, result_deleter>;

/// Fills in `why` if it is still to be built; returns the result.
const ctg::financing_result& explained(py::handle self) {
    auto& result = self.cast<ctg::financing_result&>();
    auto* instance = reinterpret_cast<py::detail::instance*>(self.ptr());
    const py::detail::value_and_holder v_h =
        instance->get_value_and_holder(py::detail::get_type_info(typeid(ctg::financing_result)));
    lazy_result* lazy =
        v_h.holder_constructed() ? v_h.holder<result_holder>().get_deleter().owner : nullptr;
    if (lazy == nullptr || !lazy->pending) {
        return result;
    }
    const pending_explanation& pending = *lazy->pending;
    ctg::financing_result full = ctg::finance(*pending.rules, *pending.post, pending.on);
    if (full.total != result.total || full.parts != result.parts) {
        throw std::logic_error("finance(): the explanation built later gives another result");
    }
    result.why = std::move(full.why);
    lazy->pending.reset();  // the rulebook and the post are no longer kept alive
    return result;
}

py::tuple result_state(const ctg::financing_result& r) {
    return py::make_tuple(r.rulebook_id, r.post_id, r.reference, r.total, r.parts, r.why);
}

}  // namespace

void bind_finance(py::module_& m) {
    // --- Enums ----------------------------------------------------------------------------------
    py::native_enum<ctg::step_kind>(m, "StepKind", "enum.Enum", ctg_doc::step_kind::class_doc)
        .value("input", ctg::step_kind::input, ctg_doc::step_kind::input)
        .value("parameter", ctg::step_kind::parameter, ctg_doc::step_kind::parameter)
        .value("computation", ctg::step_kind::computation, ctg_doc::step_kind::computation)
        .value("rounding", ctg::step_kind::rounding, ctg_doc::step_kind::rounding)
        .value("split", ctg::step_kind::split, ctg_doc::step_kind::split)
        .value("result", ctg::step_kind::result, ctg_doc::step_kind::result)
        .value("note", ctg::step_kind::note, ctg_doc::step_kind::note)
        .finalize();
    py::native_enum<ctg::expense_basis>(m, "ExpenseBasis", "enum.Enum",
                                        ctg_doc::expense_basis::class_doc)
        .value("declared", ctg::expense_basis::declared, ctg_doc::expense_basis::declared)
        .value("at_ceiling", ctg::expense_basis::at_ceiling, ctg_doc::expense_basis::at_ceiling)
        .finalize();

    // --- Classes --------------------------------------------------------------------------------
    py::class_<ctg::parameter_reading> reading_cls(m, "ParameterReading",
                                                   ctg_doc::parameter_reading::class_doc);
    py::class_<ctg::explanation_step> step_cls(m, "ExplanationStep",
                                               ctg_doc::explanation_step::class_doc);
    py::class_<ctg::explanation> explanation_cls(
        m, "Explanation",
        doc_with(ctg_doc::explanation::class_doc,
                 "Python: a sequence of ExplanationStep (`len()`, indexing, iteration); "
                 "`str()` is the French text."));
    py::class_<ctg::post_input> post_cls(
        m, "PostInput",
        doc_with(ctg_doc::post_input::class_doc,
                 "Python: `PostInput(id='p', contracted_fte='2.5', expense='38 400,00 €')`, "
                 "keyword arguments only; the FTE as an Fte, a str, a Decimal or an int, the "
                 "expense as a Money, a str or a Decimal (never a float), or None with "
                 "`basis=ExpenseBasis.at_ceiling`."));
    py::class_<ctg::held_share> held_cls(m, "HeldShare",
                                         doc_with(ctg_doc::held_share::class_doc,
                                                  "Python: `HeldShare(holder='vc-1', share='1', "
                                                  "held=Period(start, end))`, keyword arguments "
                                                  "only."));
    py::class_<ctg::part_amount> part_cls(m, "PartAmount", ctg_doc::part_amount::class_doc);
    py::class_<ctg::financing_result, result_holder> result_cls(
        m, "FinancingResult", ctg_doc::financing_result::class_doc);
    py::class_<ctg::financing_diff> diff_cls(m, "FinancingDiff",
                                             ctg_doc::financing_diff::class_doc);
    py::class_<batch_result> batch_cls(
        m, "BatchResult",
        keep(std::string("What finance_batch() returns (Python only; the C++ caller allocates "
                         "the output columns itself): `total_cents`, a numpy int64 array of ") +
             "the aid per row in cents; `parts_cents`, a dict from part id (in the "
             "rulebook's order) to a numpy int64 array, empty when parts were not asked "
             "for or the rulebook has none; `explanations`, one Explanation per row when "
             "asked for (explain=True), else None. `len()` is the number of rows. The "
             "arrays are owned by the result and writable; `finance_batch(..., out=r)` "
             "writes the next batch into them, in place (each must stay an int64 array of "
             "its own)."));

    // --- ParameterReading and ExplanationStep ---------------------------------------------------
    def_value_struct(
        reading_cls, "ParameterReading",
        field("name", &ctg::parameter_reading::name, ctg_doc::parameter_reading::name),
        field("unit", &ctg::parameter_reading::value_unit, ctg_doc::parameter_reading::value_unit),
        field("value", &ctg::parameter_reading::value, ctg_doc::parameter_reading::value),
        required_field("segment_start", &ctg::parameter_reading::segment_start,
                       ctg_doc::parameter_reading::segment_start),
        field("segment_end", &ctg::parameter_reading::segment_end,
              ctg_doc::parameter_reading::segment_end),
        field("origin", &ctg::parameter_reading::origin, ctg_doc::parameter_reading::origin),
        field("confirmed_on", &ctg::parameter_reading::confirmed_on,
              ctg_doc::parameter_reading::confirmed_on),
        field("start_alternative", &ctg::parameter_reading::start_alternative,
              ctg_doc::parameter_reading::start_alternative));

    def_value_struct(
        step_cls, "ExplanationStep",
        field("kind", &ctg::explanation_step::kind, ctg_doc::explanation_step::kind),
        field("id", &ctg::explanation_step::id, ctg_doc::explanation_step::id),
        field("label", &ctg::explanation_step::label, ctg_doc::explanation_step::label),
        field("formula", &ctg::explanation_step::formula, ctg_doc::explanation_step::formula),
        field("value", &ctg::explanation_step::value, ctg_doc::explanation_step::value),
        field("amount", &ctg::explanation_step::amount, ctg_doc::explanation_step::amount),
        field("exact", &ctg::explanation_step::exact, ctg_doc::explanation_step::exact),
        field("policy", &ctg::explanation_step::policy, ctg_doc::explanation_step::policy),
        field("parameter", &ctg::explanation_step::parameter, ctg_doc::explanation_step::parameter),
        field("origin", &ctg::explanation_step::origin, ctg_doc::explanation_step::origin));

    // --- Explanation ----------------------------------------------------------------------------
    const auto steps = field("steps", &ctg::explanation::steps, ctg_doc::explanation::steps);
    def_fields(explanation_cls, steps);
    def_kw_init(explanation_cls, "Python: `Explanation(steps=[...])`.", steps);
    def_value_protocol(explanation_cls, "Explanation", steps);
    explanation_cls
        .def("to_text", &ctg::explanation::to_text,
             py::arg_v("language", ctg::language::fr, "Language.fr"), ctg_doc::explanation::to_text)
        .def("to_json", &ctg::explanation::to_json, ctg_doc::explanation::to_json)
        .def("__str__", [](const ctg::explanation& e) { return e.to_text(); })
        .def("__len__", [](const ctg::explanation& e) { return e.steps.size(); })
        .def(
            "__iter__",
            [](const ctg::explanation& e) {
                return py::make_iterator(e.steps.begin(), e.steps.end());
            },
            py::keep_alive<0, 1>(), "Python: the steps, in computation order.")
        .def(
            "__getitem__",
            [](const ctg::explanation& e, py::ssize_t index) -> const ctg::explanation_step& {
                const auto size = static_cast<py::ssize_t>(e.steps.size());
                const py::ssize_t i = index < 0 ? index + size : index;
                if (i < 0 || i >= size) {
                    throw py::index_error("explanation step index " + std::to_string(index) +
                                          " out of range (" + std::to_string(size) + " steps)");
                }
                return e.steps[static_cast<std::size_t>(i)];
            },
            py::arg("index"), py::return_value_policy::reference_internal)
        .def(
            "step",
            [](const ctg::explanation& e, const std::string& id) -> const ctg::explanation_step* {
                for (const auto& s : e.steps) {
                    if (s.id == id) {
                        return &s;
                    }
                }
                return nullptr;
            },
            py::arg("id"), py::return_value_policy::reference_internal,
            "Python: the first step with this id (`aid`, `ceiling`, `part.fonds_locaux`…), or "
            "None.")
        .def("__repr__", [](const ctg::explanation& e) {
            std::string text = "<Explanation: " + std::to_string(e.steps.size()) + " steps";
            if (!e.steps.empty() && e.steps.back().kind == ctg::step_kind::result) {
                text += ", result " + e.steps.back().value;
            }
            return text + ">";
        });

    // --- PostInput and PartAmount ---------------------------------------------------------------
    def_value_struct(
        post_cls, "PostInput", field("id", &ctg::post_input::id, ctg_doc::post_input::id),
        required_field("contracted_fte", &ctg::post_input::contracted_fte,
                       ctg_doc::post_input::contracted_fte),
        field("expense", &ctg::post_input::expense, ctg_doc::post_input::expense),
        field("basis", &ctg::post_input::basis, ctg_doc::post_input::basis),
        field("active", &ctg::post_input::active, ctg_doc::post_input::active),
        field("held", &ctg::post_input::held, ctg_doc::post_input::held),
        field("fte_paid", &ctg::post_input::fte_paid, ctg_doc::post_input::fte_paid),
        field("fte_origin", &ctg::post_input::fte_origin, ctg_doc::post_input::fte_origin),
        field("expense_origin", &ctg::post_input::expense_origin,
              ctg_doc::post_input::expense_origin));

    def_value_struct(held_cls, "HeldShare",
                     field("holder", &ctg::held_share::holder, ctg_doc::held_share::holder),
                     field("share", &ctg::held_share::share, ctg_doc::held_share::share),
                     required_field("held", &ctg::held_share::held, ctg_doc::held_share::held));

    def_value_struct(part_cls, "PartAmount",
                     field("id", &ctg::part_amount::id, ctg_doc::part_amount::id),
                     field("label", &ctg::part_amount::label, ctg_doc::part_amount::label),
                     field("amount", &ctg::part_amount::amount, ctg_doc::part_amount::amount));

    // --- FinancingResult (no default constructor: its period has none) --------------------------
    result_cls
        .def(py::init([](std::string rulebook_id, std::string post_id, ctg::period reference,
                         ctg::money total, std::vector<ctg::part_amount> parts,
                         ctg::explanation why) {
                 return ctg::financing_result{
                     std::move(rulebook_id), std::move(post_id), reference, total,
                     std::move(parts),       std::move(why)};
             }),
             py::kw_only(), py::arg("rulebook_id"), py::arg("post_id"), py::arg("reference"),
             py::arg("total"), py::arg("parts") = std::vector<ctg::part_amount>{},
             py::arg_v("why", ctg::explanation{}, "Explanation()"),
             "Python: keyword arguments only; results normally come from finance().")
        .def_readonly("rulebook_id", &ctg::financing_result::rulebook_id,
                      ctg_doc::financing_result::rulebook_id)
        .def_readonly("post_id", &ctg::financing_result::post_id,
                      ctg_doc::financing_result::post_id)
        .def_readonly("reference", &ctg::financing_result::reference,
                      ctg_doc::financing_result::reference)
        // By value: a Money is immutable, and a copy spares the keep-alive link of a reference
        // (a third of the cost of reading it in a loop over posts).
        .def_property_readonly(
            "total", [](const ctg::financing_result& r) { return r.total; },
            ctg_doc::financing_result::total)
        .def_property_readonly(
            "parts", [](const ctg::financing_result& r) { return r.parts; },
            ctg_doc::financing_result::parts)
        .def_property_readonly(
            "why",
            [](const py::object& self) -> const ctg::explanation& { return explained(self).why; },
            py::return_value_policy::reference_internal,
            doc_with(ctg_doc::financing_result::why,
                     "Python: a result of finance() on a date builds it on first access (the "
                     "loop over posts does not pay for it); it is the one finance() writes."))
        .def_readonly("warnings", &ctg::financing_result::warnings,
                      ctg_doc::financing_result::warnings)
        .def(
            "to_json", [](const py::object& self) { return explained(self).to_json(); },
            ctg_doc::financing_result::to_json)
        .def(
            "part",
            [](const ctg::financing_result& r, const std::string& id) -> const ctg::part_amount* {
                for (const auto& p : r.parts) {
                    if (p.id == id) {
                        return &p;
                    }
                }
                return nullptr;
            },
            py::arg("id"), py::return_value_policy::reference_internal,
            "Python: the part with this id (`bonus_territoire`…), or None.")
        .def("__repr__", &result_repr)
        .def("__hash__",
             [](const py::object& self) {
                 return py::hash(hashable(result_state(explained(self))));
             })
        .def(py::pickle(
            [](const py::object& self) {
                const ctg::financing_result& r = explained(self);
                return py::make_tuple(pickle_version, r.rulebook_id, r.post_id, r.reference,
                                      r.total, r.parts, r.why, r.warnings);
            },
            [](const py::tuple& s) {
                check_state(s, 8, "FinancingResult");
                return ctg::financing_result{s[1].cast<std::string>(),
                                             s[2].cast<std::string>(),
                                             s[3].cast<ctg::period>(),
                                             s[4].cast<ctg::money>(),
                                             s[5].cast<std::vector<ctg::part_amount>>(),
                                             s[6].cast<ctg::explanation>(),
                                             s[7].cast<std::vector<ctg::error_detail>>()};
            }));
    // Equality reads the explanations: both are built first.
    const auto equal = [](const financing_result_object& a, const financing_result_object& b) {
        return result_state(explained(a)).equal(result_state(explained(b)));
    };
    result_cls.def("__eq__", equal, py::is_operator(), py::arg("other"))
        .def(
            "__ne__",
            [equal](const financing_result_object& a, const financing_result_object& b) {
                return !equal(a, b);
            },
            py::is_operator(), py::arg("other"));

    // --- FinancingDiff --------------------------------------------------------------------------
    def_value_struct(
        diff_cls, "FinancingDiff",
        field("from_rulebook", &ctg::financing_diff::from_rulebook,
              ctg_doc::financing_diff::from_rulebook),
        field("to_rulebook", &ctg::financing_diff::to_rulebook,
              ctg_doc::financing_diff::to_rulebook),
        field("from_total", &ctg::financing_diff::from_total, ctg_doc::financing_diff::from_total),
        field("to_total", &ctg::financing_diff::to_total, ctg_doc::financing_diff::to_total),
        field("delta", &ctg::financing_diff::delta, ctg_doc::financing_diff::delta),
        field("part_deltas", &ctg::financing_diff::part_deltas,
              ctg_doc::financing_diff::part_deltas));

    // --- finance() and diff() -------------------------------------------------------------------
    m.def(
        "finance",
        [](const rulebook_object& rules_object, const post_input_object& post_object,
           const std::optional<std::variant<ctg::date, ctg::period>>& on,
           const std::optional<ctg::period>& period) -> financing_result_object {
            if (on.has_value() == period.has_value()) {
                throw py::type_error(
                    "finance(): give either a date (`on`, or a Period as third argument) or a "
                    "period (`period=`), exactly one of them");
            }
            const auto& rules = rules_object.cast<const ctg::rulebook&>();
            const auto& post = post_object.cast<const ctg::post_input&>();
            const ctg::date* day = on ? std::get_if<ctg::date>(&*on) : nullptr;
            if (day == nullptr) {  // over a period: its explanation shows every slice
                const ctg::period reference = period ? *period : std::get<ctg::period>(*on);
                std::optional<ctg::financing_result> result;
                {
                    const py::gil_scoped_release release;
                    result = ctg::finance(rules, post, reference);
                }
                return py::reinterpret_steal<financing_result_object>(
                    py::cast(std::move(*result)).release());
            }
            // On a date: the explanation is built when it is first read (`why`).
            auto lazy = std::make_unique<lazy_result>(
                lazy_result{ctg::finance(rules, post, *day, ctg::explain::no),
                            pending_explanation{rules_object, &rules, post_object, &post, *day}});
            result_holder holder(&lazy->result, result_deleter{lazy.get()});
            (void)lazy.release();  // the holder owns it
            py::object result = py::cast(std::move(holder));
            return py::reinterpret_steal<financing_result_object>(result.release());
        },
        py::arg("rules"), py::arg("post"), py::arg("on") = py::none(), py::kw_only(),
        py::arg("period") = py::none(),
        keep(std::string(ctg_doc::finance_of_rulebook_post_input_date) +
             "\n\nWith a Period (as third argument or `period=`):\n\n" +
             ctg_doc::finance_of_rulebook_post_input_period +
             "\n\nPython: `finance(rules, post, date(2021, 6, 30))` or "
             "`finance(rules, post, period=Period(start, end))`; a datetime.datetime is a "
             "TypeError. There is no `with` argument: on a date the result's `why` is built "
             "when it is first read (a loop over posts does not pay for it), the very "
             "explanation finance() would have written."));
    m.def("diff", &ctg::diff, py::arg("from_"), py::arg("to"),
          doc_with(ctg_doc::diff,
                   "Python: `from_` is the baseline result (`from` is a Python "
                   "keyword), `to` the compared one."));
    m.def("to_string", py::overload_cast<ctg::step_kind>(&ctg::to_string), py::arg("value"),
          ctg_doc::to_string_of_step_kind);

    // --- Batch ----------------------------------------------------------------------------------
    batch_cls
        .def_readonly("rulebook_id", &batch_result::rulebook_id,
                      "Python: the rulebook the rows were financed under.")
        .def_readonly("on", &batch_result::on, "Python: the date the parameters were read on.")
        .def_readonly("total_cents", &batch_result::total_cents, ctg_doc::batch_output::total_cents)
        .def_readonly("parts_cents", &batch_result::parts_cents, ctg_doc::batch_output::parts_cents)
        .def_readonly("explanations", &batch_result::explanations,
                      "Python: one Explanation per row when finance_batch(explain=True), else "
                      "None.")
        .def("__len__", [](const batch_result& r) { return r.total_cents.size(); })
        .def("__repr__",
             [](const batch_result& r) {
                 std::string text = "<BatchResult " + repr_str(r.rulebook_id) + " on " +
                                    ctg::to_iso(r.on) + ": " +
                                    std::to_string(r.total_cents.size()) + " rows";
                 if (!r.parts_cents.empty()) {
                     text += ", parts";
                     for (const auto& item : r.parts_cents) {
                         text += " " + py::str(item.first).cast<std::string>();
                     }
                 }
                 if (!r.explanations.is_none()) {
                     text += ", explained";
                 }
                 return text + ">";
             })
        .def(py::pickle(
            [](const batch_result& r) {
                return py::make_tuple(pickle_version, r.rulebook_id, r.on, r.total_cents,
                                      r.parts_cents, r.explanations);
            },
            [](const py::tuple& s) {
                check_state(s, 6, "BatchResult");
                batch_result r;
                r.rulebook_id = s[1].cast<std::string>();
                r.on = s[2].cast<ctg::date>();
                r.total_cents = s[3].cast<int64_array>();
                r.parts_cents = s[4].cast<py::typing::Dict<py::str, int64_array>>();
                r.explanations = s[5].cast<batch_result::explanation_list>();
                return r;
            }));

    m.def(
        "finance_batch",
        [](const ctg::rulebook& rules, ctg::date on, const int64_column& fte_ten_thousandths,
           const std::optional<int64_column>& expense_cents,
           const std::optional<int64_column>& active, bool parts, bool explain,
           const std::optional<batch_result_object>& out) {
            const input_column fte = read_column(fte_ten_thousandths, "fte_ten_thousandths");
            ctg::batch_input input;
            input.fte_ten_thousandths = fte.values;
            const std::size_t rows = input.fte_ten_thousandths.size();
            std::optional<input_column> expense;
            if (expense_cents) {
                expense = read_column(*expense_cents, "expense_cents");
                input.expense_cents = expense->values;
                check_same_length("expense_cents", input.expense_cents.size(), rows);
            }
            std::optional<input_column> activity;
            if (active) {
                activity = read_column(*active, "active");
                input.active = activity->values;
                check_same_length("active", input.active.size(), rows);
            }

            // The result: `out`, its arrays rewritten, or a new one.
            if (out) {
                check_out_parts(*out, rules, parts);
            }
            py::object owner = out ? py::object(*out) : py::cast(batch_result{});
            auto& result = owner.cast<batch_result&>();
            const auto length = static_cast<py::ssize_t>(rows);
            const auto& declared = rules.rule().parts;
            if (!out) {
                result.total_cents = int64_array(length);
                if (parts) {
                    for (const ctg::funding_part& p : declared) {
                        result.parts_cents[py::str(p.id)] = int64_array(length);
                    }
                }
            }
            ctg::batch_output output;
            std::vector<py::array> held;
            output.total_cents = output_column(result.total_cents, "out.total_cents", rows, held);
            if (parts) {
                for (const ctg::funding_part& p : declared) {
                    output.parts_cents.push_back(output_column(result.parts_cents[py::str(p.id)],
                                                               "out.parts_cents['" + p.id + "']",
                                                               rows, held));
                }
            }
            std::vector<ctg::explanation> explanations;
            {
                const py::gil_scoped_release release;
                ctg::finance_batch(rules, on, input, output, explain ? &explanations : nullptr);
            }
            result.rulebook_id = rules.id();
            result.on = on;
            result.explanations =
                explain ? py::reinterpret_steal<batch_result::explanation_list>(
                              py::cast(std::move(explanations)).release())
                        : py::reinterpret_borrow<batch_result::explanation_list>(py::none());
            return py::reinterpret_steal<batch_result_object>(owner.release());
        },
        py::arg("rules"), py::arg("on"), py::arg("fte_ten_thousandths"),
        py::arg("expense_cents") = py::none(), py::arg("active") = py::none(),
        py::arg("parts") = true, py::arg("explain") = false, py::kw_only(),
        py::arg("out") = py::none(),
        doc_with(ctg_doc::finance_batch,
                 "Python: the columns are int64, 1-D and C-contiguous, read in place (never "
                 "copied, never converted): numpy arrays, or columns numpy reads without a copy "
                 "(a pandas Series of dtype int64, a pyarrow Array of int64 without nulls; numpy "
                 "2 or later). FTE in ten-thousandths (2.5 FTE is 25000), declared expenses in "
                 "cents (None: every row at the ceiling), days (or whole months) active in the "
                 "year of `on` (None: the whole year). Another dtype is a TypeError, another "
                 "shape, a non-contiguous array or a length different from fte_ten_thousandths "
                 "an InvalidValueError (ValueError). Returns a BatchResult whose arrays are new, "
                 "or `out`, a BatchResult of an earlier call with as many rows and the same "
                 "parts, whose arrays are rewritten in place (no column allocated: "
                 "`r = finance_batch(...); finance_batch(..., out=r)`); the computation runs "
                 "with the GIL released. Row i equals finance() of the same post (basis "
                 "at_ceiling when expense_cents is None)."));
}

}  // namespace ctg::python
