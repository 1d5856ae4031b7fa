// SPDX-License-Identifier: MIT
// Bindings of include/ctg/rules: units, dated parameters, formulas, rulebooks and scenarios.
#include "bind.hpp"
#include "bind_fields.hpp"
#include "ctg_docstrings/rules.hpp"
#include <ctg/core/date.hpp>
#include <ctg/core/money.hpp>
#include <ctg/core/rate.hpp>
#include <ctg/rules/formula.hpp>
#include <ctg/rules/parameter.hpp>
#include <ctg/rules/rulebook.hpp>
#include <ctg/rules/scenario.hpp>

#include <pybind11/native_enum.h>
#include <pybind11/stl/filesystem.h>

#include <cerrno>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace ctg::python {
namespace {

/// The value of a segment as Python passes it: a Money or a Rate, nothing else (a str or a
/// Decimal would be ambiguous between an amount and a rate).
struct segment_value {
    ctg::parameter_value value;
};

/// The value of an override as Python passes it: text read later in the parameter's unit.
struct override_value {
    std::string text;
};

}  // namespace
}  // namespace ctg::python

namespace pybind11::detail {

template <>
struct type_caster<ctg::python::segment_value> {
    PYBIND11_TYPE_CASTER(ctg::python::segment_value,
                         const_name<ctg::money>() + const_name(" | ") + const_name<ctg::rate>());

    bool load(handle src, bool /*convert*/) {
        if (isinstance<ctg::money>(src)) {
            value.value = src.cast<ctg::money>();
            return true;
        }
        if (isinstance<ctg::rate>(src)) {
            value.value = src.cast<ctg::rate>();
            return true;
        }
        if (PyFloat_Check(src.ptr())) {
            ctg::python::reject_float(src, "value",
                                      "a Money (Money('48000')) or a Rate (Rate.percent('80'))");
        }
        if (PyUnicode_Check(src.ptr()) || PyLong_Check(src.ptr()) || ctg::python::is_decimal(src)) {
            throw type_error("value: got " + repr(src).cast<std::string>() +
                             "; expected a Money (Money('48000')) or a Rate "
                             "(Rate.percent('80')): a bare number could be either");
        }
        return false;
    }
};

template <>
struct type_caster<ctg::python::override_value> {
    PYBIND11_TYPE_CASTER(ctg::python::override_value,
                         const_name("str | ") + const_name<ctg::money>() + const_name(" | ") +
                             const_name<ctg::rate>() + const_name(" | decimal.Decimal | int"));

    bool load(handle src, bool /*convert*/) {
        if (PyFloat_Check(src.ptr())) {
            ctg::python::reject_float(src, "value",
                                      "a str, a Money, a Rate, a decimal.Decimal or an int");
        }
        if (isinstance<ctg::money>(src)) {
            value.text = src.cast<ctg::money>().to_plain();
            return true;
        }
        if (isinstance<ctg::rate>(src)) {
            // A trailing '%' reads the same in both notations.
            value.text = src.cast<ctg::rate>().to_percent_string();
            return true;
        }
        if (PyLong_Check(src.ptr()) && !PyBool_Check(src.ptr())) {
            value.text = str(src).cast<std::string>();
            return true;
        }
        if (auto text = ctg::python::exact_text(src, "value")) {
            value.text = *text;
            return true;
        }
        return false;
    }
};

}  // namespace pybind11::detail

namespace ctg::python {
namespace {

std::string span_repr(const std::optional<ctg::date>& d) {
    return d ? py::repr(py::cast(*d)).cast<std::string>() : "None";
}

bool segments_equal(const ctg::segment& a, const ctg::segment& b) {
    return a.start == b.start && a.end == b.end && a.value == b.value && a.origin == b.origin &&
           a.start_alternative == b.start_alternative && a.confirmed_on == b.confirmed_on;
}

bool parameters_equal(const ctg::parameter& a, const ctg::parameter& b) {
    if (a.name() != b.name() || a.value_unit() != b.value_unit() || a.label() != b.label() ||
        a.segments().size() != b.segments().size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.segments().size(); ++i) {
        if (!segments_equal(a.segments()[i], b.segments()[i])) {
            return false;
        }
    }
    return true;
}

std::string override_text(const ctg::parameter_override& o) {
    return o.parameter + "=" + o.value + (o.from ? "@" + ctg::to_iso(*o.from) : "");
}

}  // namespace

std::optional<ctg::parameter_override> override_from_python(py::handle value) {
    if (PyUnicode_Check(value.ptr())) {
        return ctg::parse_override(value.cast<std::string>());
    }
    return std::nullopt;
}

void bind_rules(py::module_& m) {
    // --- Enums ----------------------------------------------------------------------------------
    py::native_enum<ctg::unit>(m, "Unit", "enum.Enum", ctg_doc::unit::class_doc)
        .value("eur", ctg::unit::eur, ctg_doc::unit::eur)
        .value("eur_per_fte", ctg::unit::eur_per_fte, ctg_doc::unit::eur_per_fte)
        .value("percent", ctg::unit::percent, ctg_doc::unit::percent)
        .value("share", ctg::unit::share, ctg_doc::unit::share)
        .finalize();
    py::native_enum<ctg::formula_kind>(m, "FormulaKind", "enum.Enum",
                                       ctg_doc::formula_kind::class_doc)
        .value("flat_per_fte", ctg::formula_kind::flat_per_fte, ctg_doc::formula_kind::flat_per_fte)
        .value("share_of_expense", ctg::formula_kind::share_of_expense,
               ctg_doc::formula_kind::share_of_expense)
        .finalize();
    py::native_enum<ctg::fte_basis>(m, "FteBasis", "enum.Enum", ctg_doc::fte_basis::class_doc)
        .value("contracted", ctg::fte_basis::contracted, ctg_doc::fte_basis::contracted)
        .value("in_post", ctg::fte_basis::in_post, ctg_doc::fte_basis::in_post)
        .finalize();
    py::native_enum<ctg::ceiling_target>(m, "CeilingTarget", "enum.Enum",
                                         ctg_doc::ceiling_target::class_doc)
        .value("expense", ctg::ceiling_target::expense, ctg_doc::ceiling_target::expense)
        .value("aid", ctg::ceiling_target::aid, ctg_doc::ceiling_target::aid)
        .finalize();

    // --- Classes --------------------------------------------------------------------------------
    py::class_<ctg::segment> segment_cls(m, "Segment", ctg_doc::segment::class_doc);
    py::class_<ctg::parameter> parameter_cls(m, "Parameter", ctg_doc::parameter::class_doc);
    py::class_<ctg::funding_part> part_cls(m, "FundingPart", ctg_doc::funding_part::class_doc);
    py::class_<ctg::formula> formula_cls(m, "Formula", ctg_doc::formula::class_doc);
    py::class_<ctg::method_origin> method_cls(m, "MethodOrigin", ctg_doc::method_origin::class_doc);
    py::class_<ctg::rulebook> rulebook_cls(
        m, "Rulebook",
        doc_with(ctg_doc::rulebook::class_doc,
                 "Python: iterating a rulebook gives its parameters; `name in rulebook` tests "
                 "whether a parameter exists. Two rulebooks are equal when their canonical JSON "
                 "(to_json) is."));
    py::class_<ctg::parameter_override> override_cls(
        m, "ParameterOverride",
        doc_with(ctg_doc::parameter_override::class_doc,
                 "Python: `ParameterOverride('coordination_ceiling_per_fte', Money('50000'), "
                 "from_date=date(2024, 1, 1))`; the value may be a str, a Money, a Rate, a "
                 "Decimal or an int, and is read in the parameter's unit when the scenario is "
                 "applied. `str()` gives the command-line form `name=value@YYYY-MM-DD`, which "
                 "is also accepted wherever an override is expected."));

    // --- Segment --------------------------------------------------------------------------------
    segment_cls
        .def(py::init([](ctg::date start, std::optional<ctg::date> end, segment_value value,
                         ctg::provenance origin, std::string start_alternative,
                         std::optional<ctg::date> confirmed_on) {
                 return ctg::segment{
                     start,       end, value.value, std::move(origin), std::move(start_alternative),
                     confirmed_on};
             }),
             py::arg("start"), py::arg("end"), py::arg("value"),
             py::arg("origin") = ctg::provenance{}, py::arg("start_alternative") = "",
             py::arg("confirmed_on") = py::none())
        .def_readonly("start", &ctg::segment::start, ctg_doc::segment::start)
        .def_readonly("end", &ctg::segment::end, ctg_doc::segment::end)
        .def_readonly("value", &ctg::segment::value, ctg_doc::segment::value)
        .def_readonly("origin", &ctg::segment::origin, ctg_doc::segment::origin)
        .def_readonly("start_alternative", &ctg::segment::start_alternative,
                      ctg_doc::segment::start_alternative)
        .def_readonly("confirmed_on", &ctg::segment::confirmed_on, ctg_doc::segment::confirmed_on)
        .def("contains", &ctg::segment::contains, py::arg("day"), ctg_doc::segment::contains)
        .def("__contains__", &ctg::segment::contains, py::arg("day"))
        .def("span_text", &ctg::segment::span_text, ctg_doc::segment::span_text)
        .def("__repr__",
             [](const ctg::segment& s) {
                 std::vector<std::string> fields{
                     "start=" + span_repr(s.start), "end=" + span_repr(s.end),
                     "value=" + py::repr(py::cast(s.value)).cast<std::string>(),
                     "origin=" + py::repr(py::cast(s.origin)).cast<std::string>()};
                 if (!s.start_alternative.empty()) {
                     fields.push_back("start_alternative=" +
                                      py::repr(py::cast(s.start_alternative)).cast<std::string>());
                 }
                 if (s.confirmed_on) {
                     fields.push_back("confirmed_on=" + span_repr(s.confirmed_on));
                 }
                 return call_repr("Segment", fields);
             })
        .def("__hash__",
             [](const ctg::segment& s) {
                 return py::hash(py::make_tuple(s.start, s.end, s.value, s.origin,
                                                s.start_alternative, s.confirmed_on));
             })
        .def(py::pickle(
            [](const ctg::segment& s) {
                return py::make_tuple(pickle_version, s.start, s.end, s.value, s.origin,
                                      s.start_alternative, s.confirmed_on);
            },
            [](const py::tuple& t) {
                check_state(t, 7, "Segment");
                return ctg::segment{t[1].cast<ctg::date>(),
                                    t[2].cast<std::optional<ctg::date>>(),
                                    t[3].cast<ctg::parameter_value>(),
                                    t[4].cast<ctg::provenance>(),
                                    t[5].cast<std::string>(),
                                    t[6].cast<std::optional<ctg::date>>()};
            }));
    def_equality(segment_cls, &segments_equal);

    // --- Parameter ------------------------------------------------------------------------------
    parameter_cls
        .def(py::init<std::string, ctg::unit, ctg::localized_text, std::vector<ctg::segment>>(),
             py::arg("name"), py::arg("unit"), py::arg("label"), py::arg("segments"),
             ctg_doc::parameter::ctor)
        .def_property_readonly("name", &ctg::parameter::name, ctg_doc::parameter::name)
        .def_property_readonly("unit", &ctg::parameter::value_unit, ctg_doc::parameter::value_unit)
        .def_property_readonly("label", &ctg::parameter::label, ctg_doc::parameter::label)
        .def_property_readonly("segments", &ctg::parameter::segments,
                               py::return_value_policy::reference_internal,
                               ctg_doc::parameter::segments)
        .def("at", &ctg::parameter::at, py::arg("day"), py::return_value_policy::reference_internal,
             ctg_doc::parameter::at)
        .def("coverage_text", &ctg::parameter::coverage_text, ctg_doc::parameter::coverage_text)
        .def("value_text", &ctg::parameter::value_text, py::arg("segment"),
             ctg_doc::parameter::value_text)
        .def(
            "__iter__",
            [](const ctg::parameter& p) {
                return py::make_iterator(p.segments().begin(), p.segments().end());
            },
            py::keep_alive<0, 1>(), "Python: the segments, in date order.")
        .def("__len__", [](const ctg::parameter& p) { return p.segments().size(); })
        .def("__repr__",
             [](const ctg::parameter& p) {
                 return "<Parameter " + repr_str(p.name()) + " (" +
                        std::string(ctg::to_string(p.value_unit())) + ") " + p.coverage_text() +
                        ">";
             })
        .def("__hash__",
             [](const ctg::parameter& p) {
                 return py::hash(py::make_tuple(p.name(), p.value_unit(), p.label(),
                                                py::tuple(py::cast(p.segments()))));
             })
        .def(py::pickle(
            [](const ctg::parameter& p) {
                return py::make_tuple(pickle_version, p.name(), p.value_unit(), p.label(),
                                      p.segments());
            },
            [](const py::tuple& t) {
                check_state(t, 5, "Parameter");
                return ctg::parameter(t[1].cast<std::string>(), t[2].cast<ctg::unit>(),
                                      t[3].cast<ctg::localized_text>(),
                                      t[4].cast<std::vector<ctg::segment>>());
            }));
    def_equality(parameter_cls, &parameters_equal);

    // --- FundingPart and Formula ----------------------------------------------------------------
    part_cls
        .def(py::init([](std::string id, ctg::localized_text label, std::string weight_parameter) {
                 return ctg::funding_part{std::move(id), std::move(label),
                                          std::move(weight_parameter)};
             }),
             py::arg("id"), py::arg("label"), py::arg("weight_parameter"))
        .def_readonly("id", &ctg::funding_part::id, ctg_doc::funding_part::id)
        .def_readonly("label", &ctg::funding_part::label, ctg_doc::funding_part::label)
        .def_readonly("weight_parameter", &ctg::funding_part::weight_parameter,
                      ctg_doc::funding_part::weight_parameter)
        .def("__repr__",
             [](const ctg::funding_part& p) {
                 return call_repr("FundingPart",
                                  {"id=" + repr_str(p.id),
                                   "label=" + py::repr(py::cast(p.label)).cast<std::string>(),
                                   "weight_parameter=" + repr_str(p.weight_parameter)});
             })
        .def("__hash__",
             [](const ctg::funding_part& p) {
                 return py::hash(py::make_tuple(p.id, p.label, p.weight_parameter));
             })
        .def(py::pickle(
            [](const ctg::funding_part& p) {
                return py::make_tuple(pickle_version, p.id, p.label, p.weight_parameter);
            },
            [](const py::tuple& t) {
                check_state(t, 4, "FundingPart");
                return ctg::funding_part{t[1].cast<std::string>(), t[2].cast<ctg::localized_text>(),
                                         t[3].cast<std::string>()};
            }));
    def_equality(part_cls, std::equal_to<>{});

    formula_cls
        .def(py::init([](ctg::formula_kind kind, std::string amount_per_fte, std::string rate,
                         std::optional<std::string> ceiling_per_fte, ctg::ceiling_target ceiling_on,
                         ctg::prorata_basis prorata, std::vector<ctg::funding_part> parts,
                         ctg::fte_basis fte) {
                 return ctg::formula{kind,
                                     std::move(amount_per_fte),
                                     std::move(rate),
                                     std::move(ceiling_per_fte),
                                     ceiling_on,
                                     prorata,
                                     std::move(parts),
                                     fte};
             }),
             py::arg("kind"), py::arg("amount_per_fte") = "", py::arg("rate") = "",
             py::arg("ceiling_per_fte") = py::none(),
             py::arg_v("ceiling_on", ctg::ceiling_target::expense, "CeilingTarget.expense"),
             py::arg_v("prorata", ctg::prorata_basis::days, "ProrataBasis.days"),
             py::arg("parts") = std::vector<ctg::funding_part>{},
             py::arg_v("fte", ctg::fte_basis::contracted, "FteBasis.contracted"))
        .def_readonly("kind", &ctg::formula::kind, ctg_doc::formula::kind)
        .def_readonly("amount_per_fte", &ctg::formula::amount_per_fte,
                      ctg_doc::formula::amount_per_fte)
        .def_readonly("rate", &ctg::formula::rate, ctg_doc::formula::rate)
        .def_readonly("ceiling_per_fte", &ctg::formula::ceiling_per_fte,
                      ctg_doc::formula::ceiling_per_fte)
        .def_readonly("ceiling_on", &ctg::formula::ceiling_on, ctg_doc::formula::ceiling_on)
        .def_readonly("prorata", &ctg::formula::prorata, ctg_doc::formula::prorata)
        .def_readonly("parts", &ctg::formula::parts, ctg_doc::formula::parts)
        .def_readonly("fte", &ctg::formula::fte, ctg_doc::formula::fte)
        .def("parameter_names", &ctg::formula::parameter_names, ctg_doc::formula::parameter_names)
        .def("__repr__",
             [](const ctg::formula& f) {
                 return call_repr(
                     "Formula",
                     {"kind=" + repr_enum(py::cast(f.kind)),
                      "amount_per_fte=" + repr_str(f.amount_per_fte), "rate=" + repr_str(f.rate),
                      "ceiling_per_fte=" +
                          (f.ceiling_per_fte ? repr_str(*f.ceiling_per_fte) : std::string("None")),
                      "ceiling_on=" + repr_enum(py::cast(f.ceiling_on)),
                      "prorata=" + repr_enum(py::cast(f.prorata)),
                      "parts=" + py::repr(py::cast(f.parts)).cast<std::string>(),
                      "fte=" + repr_enum(py::cast(f.fte))});
             })
        .def("__hash__",
             [](const ctg::formula& f) {
                 return py::hash(py::make_tuple(f.kind, f.amount_per_fte, f.rate, f.ceiling_per_fte,
                                                f.ceiling_on, f.prorata,
                                                py::tuple(py::cast(f.parts)), f.fte));
             })
        .def(py::pickle(
            [](const ctg::formula& f) {
                return py::make_tuple(pickle_version, f.kind, f.amount_per_fte, f.rate,
                                      f.ceiling_per_fte, f.ceiling_on, f.prorata, f.parts, f.fte);
            },
            [](const py::tuple& t) {
                check_state(t, 9, "Formula");
                return ctg::formula{t[1].cast<ctg::formula_kind>(),
                                    t[2].cast<std::string>(),
                                    t[3].cast<std::string>(),
                                    t[4].cast<std::optional<std::string>>(),
                                    t[5].cast<ctg::ceiling_target>(),
                                    t[6].cast<ctg::prorata_basis>(),
                                    t[7].cast<std::vector<ctg::funding_part>>(),
                                    t[8].cast<ctg::fte_basis>()};
            }));
    def_equality(formula_cls, std::equal_to<>{});

    // --- Rulebook -------------------------------------------------------------------------------
    def_value_struct(method_cls, "MethodOrigin",
                     field("method", &ctg::method_origin::method, ctg_doc::method_origin::method),
                     field("value", &ctg::method_origin::value, ctg_doc::method_origin::value),
                     field("origin", &ctg::method_origin::origin, ctg_doc::method_origin::origin));

    rulebook_cls
        .def(py::init<std::string, ctg::localized_text, ctg::localized_text, ctg::rounding,
                      ctg::formula, std::vector<ctg::parameter>, std::string,
                      std::vector<ctg::method_origin>>(),
             py::arg("id"), py::arg("label"), py::arg("description"), py::arg("rounding_policy"),
             py::arg("rule"), py::arg("parameters"), py::arg("department") = std::string(),
             py::arg("methods") = std::vector<ctg::method_origin>{}, ctg_doc::rulebook::ctor)
        .def_property_readonly("methods", &ctg::rulebook::methods,
                               py::return_value_policy::reference_internal,
                               ctg_doc::rulebook::methods)
        .def_property_readonly("id", &ctg::rulebook::id, ctg_doc::rulebook::id)
        .def_property_readonly("label", &ctg::rulebook::label, ctg_doc::rulebook::label)
        .def_property_readonly("description", &ctg::rulebook::description,
                               ctg_doc::rulebook::description)
        .def_property_readonly("department", &ctg::rulebook::department,
                               ctg_doc::rulebook::department)
        .def("applies_in", &ctg::rulebook::applies_in, py::arg("code"),
             ctg_doc::rulebook::applies_in)
        .def_property_readonly("rounding_policy", &ctg::rulebook::rounding_policy,
                               ctg_doc::rulebook::rounding_policy)
        .def_property_readonly("rule", &ctg::rulebook::rule, ctg_doc::rulebook::rule)
        .def_property_readonly("parameters", &ctg::rulebook::parameters,
                               py::return_value_policy::reference_internal,
                               ctg_doc::rulebook::parameters)
        .def("parameter", &ctg::rulebook::parameter, py::arg("name"),
             py::return_value_policy::reference_internal, ctg_doc::rulebook::parameter)
        .def("has_parameter", &ctg::rulebook::has_parameter, py::arg("name"),
             ctg_doc::rulebook::has_parameter)
        .def("__contains__", &ctg::rulebook::has_parameter, py::arg("name"))
        .def(
            "__iter__",
            [](const ctg::rulebook& r) {
                return py::make_iterator(r.parameters().begin(), r.parameters().end());
            },
            py::keep_alive<0, 1>(), "Python: the parameters, sorted by name.")
        .def("__len__", [](const ctg::rulebook& r) { return r.parameters().size(); })
        .def("__repr__",
             [](const ctg::rulebook& r) {
                 return "<Rulebook " + repr_str(r.id()) + ": " + r.label().fr + ">";
             })
        .def("__hash__", [](const ctg::rulebook& r) { return py::hash(py::str(ctg::to_json(r))); })
        .def(py::pickle(
            [](const ctg::rulebook& r) { return py::make_tuple(pickle_version, ctg::to_json(r)); },
            [](const py::tuple& t) {
                check_state(t, 2, "Rulebook");
                return ctg::load_rulebook_json(t[1].cast<std::string>(), "pickled rulebook");
            }));
    def_equality(rulebook_cls, [](const ctg::rulebook& a, const ctg::rulebook& b) {
        return &a == &b || ctg::to_json(a) == ctg::to_json(b);
    });

    m.def("load_rulebook_json", &ctg::load_rulebook_json, py::arg("text"),
          py::arg("origin") = "rulebook", py::call_guard<py::gil_scoped_release>(),
          ctg_doc::load_rulebook_json);
    m.def(
        "load_rulebook_file",
        [](const std::filesystem::path& path) {
            std::error_code ec;
            if (!std::filesystem::exists(path, ec)) {
                const py::object error = py::reinterpret_borrow<py::object>(
                    PyExc_FileNotFoundError)(ENOENT, "No such file or directory", path.string());
                PyErr_SetObject(PyExc_FileNotFoundError, error.ptr());
                throw py::error_already_set();
            }
            return ctg::load_rulebook_file(path.string());
        },
        py::arg("path"),
        doc_with(ctg_doc::load_rulebook_file,
                 "Python: `path` is a str or an os.PathLike; a missing file is a "
                 "FileNotFoundError."));
    m.def("to_json", py::overload_cast<const ctg::rulebook&>(&ctg::to_json), py::arg("rulebook"),
          ctg_doc::to_json_of_rulebook);
    m.def("builtin_rulebook_ids", &ctg::builtin_rulebook_ids, ctg_doc::builtin_rulebook_ids);
    m.def("builtin_rulebook", &ctg::builtin_rulebook, py::arg("id"),
          py::return_value_policy::reference, ctg_doc::builtin_rulebook);

    m.def("parse_unit", &ctg::parse_unit, py::arg("text"), py::arg("field") = "unit",
          ctg_doc::parse_unit);
    m.def("parse_formula_kind", &ctg::parse_formula_kind, py::arg("text"),
          py::arg("field") = "formula.kind", ctg_doc::parse_formula_kind);
    m.def("parse_ceiling_target", &ctg::parse_ceiling_target, py::arg("text"),
          py::arg("field") = "formula.ceiling_on", ctg_doc::parse_ceiling_target);
    m.def("parse_fte_basis", &ctg::parse_fte_basis, py::arg("text"),
          py::arg("field") = "formula.fte", ctg_doc::parse_fte_basis);
    m.def("to_string", py::overload_cast<ctg::unit>(&ctg::to_string), py::arg("value"),
          ctg_doc::to_string_of_unit);
    m.def("to_string", py::overload_cast<ctg::formula_kind>(&ctg::to_string), py::arg("value"),
          ctg_doc::to_string_of_formula_kind);
    m.def("to_string", py::overload_cast<ctg::ceiling_target>(&ctg::to_string), py::arg("value"),
          ctg_doc::to_string_of_ceiling_target);
    m.def("to_string", py::overload_cast<ctg::fte_basis>(&ctg::to_string), py::arg("value"),
          ctg_doc::to_string_of_fte_basis);

    // --- Scenarios ------------------------------------------------------------------------------
    override_cls
        .def(py::init([](std::string parameter, override_value value,
                         std::optional<ctg::date> from_date) {
                 return ctg::parameter_override{std::move(parameter), std::move(value.text),
                                                from_date};
             }),
             py::arg("parameter"), py::arg("value"), py::arg("from_date") = py::none())
        .def_readonly("parameter", &ctg::parameter_override::parameter,
                      ctg_doc::parameter_override::parameter)
        .def_readonly("value", &ctg::parameter_override::value, ctg_doc::parameter_override::value)
        .def_readonly("from_date", &ctg::parameter_override::from,
                      ctg_doc::parameter_override::from)
        .def("__str__", &override_text)
        .def("__repr__",
             [](const ctg::parameter_override& o) {
                 return call_repr("ParameterOverride", {repr_str(o.parameter), repr_str(o.value),
                                                        "from_date=" + span_repr(o.from)});
             })
        .def("__hash__",
             [](const ctg::parameter_override& o) {
                 return py::hash(py::make_tuple(o.parameter, o.value, o.from));
             })
        .def(py::pickle(
            [](const ctg::parameter_override& o) {
                return py::make_tuple(pickle_version, o.parameter, o.value, o.from);
            },
            [](const py::tuple& t) {
                check_state(t, 4, "ParameterOverride");
                return ctg::parameter_override{t[1].cast<std::string>(), t[2].cast<std::string>(),
                                               t[3].cast<std::optional<ctg::date>>()};
            }));
    def_equality(override_cls,
                 [](const ctg::parameter_override& a, const ctg::parameter_override& b) {
                     return a.parameter == b.parameter && a.value == b.value && a.from == b.from;
                 });

    m.def("parse_override", &ctg::parse_override, py::arg("text"), ctg_doc::parse_override);
    m.def("apply_scenario", &ctg::apply_scenario, py::arg("base"), py::arg("name"),
          py::arg("overrides"), ctg_doc::apply_scenario);
}

}  // namespace ctg::python
