// SPDX-License-Identifier: MIT
// Bindings of include/ctg/analysis: the reports' data (coverage, coordination volume, portfolio
// financing and comparison, deadlines), and the exact ratios (never floats: Python ints, Fraction
// and Decimal) and evidence marks of include/ctg/core that the reports use.
#include "bind.hpp"
#include "bind_fields.hpp"
#include "ctg_docstrings/analysis.hpp"
#include "ctg_docstrings/core.hpp"
#include <ctg/analysis/coordination_volume.hpp>
#include <ctg/analysis/coverage.hpp>
#include <ctg/analysis/deadlines.hpp>
#include <ctg/analysis/follow_up.hpp>
#include <ctg/analysis/national_figures.hpp>
#include <ctg/analysis/portfolio_financing.hpp>
#include <ctg/core/evidence_marks.hpp>
#include <ctg/core/exact_ratio.hpp>

#include <pybind11/native_enum.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ctg::python {
namespace {

/// A Python int of any size (an object with __index__; a float is a TypeError).
class big_int_arg : public py::object {
    PYBIND11_OBJECT_DEFAULT(big_int_arg, py::object, any_object)
};

}  // namespace
}  // namespace ctg::python

namespace pybind11::detail {
template <>
struct handle_type_name<ctg::python::big_int_arg> {
    static constexpr auto name = const_name("typing.SupportsIndex");
};
}  // namespace pybind11::detail

namespace ctg::python {
namespace {

py::int_ to_python(const ctg::big_int& value) {
    const std::string text = value.str();
    return py::reinterpret_steal<py::int_>(PyLong_FromString(text.c_str(), nullptr, 10));
}

ctg::big_int from_python(py::handle value, const char* field) {
    if (PyFloat_Check(value.ptr())) {
        throw py::type_error(std::string(field) + ": got " + py::repr(value).cast<std::string>() +
                             " (a float); expected an int");
    }
    const py::object index = py::reinterpret_steal<py::object>(PyNumber_Index(value.ptr()));
    if (!index) {
        throw py::error_already_set();
    }
    return ctg::big_int(py::str(index).cast<std::string>());
}

ctg::exact_ratio make_ratio(const big_int_arg& numerator, const big_int_arg& denominator) {
    const ctg::big_int n = from_python(numerator, "numerator");
    const ctg::big_int d = from_python(denominator, "denominator");
    if (d == 0) {
        throw ctg::invalid_value("ratio", n.str() + "/0", "a denominator other than zero");
    }
    return ctg::exact_ratio(ctg::exact_rational(n, d));
}

fraction_object as_fraction(const ctg::exact_ratio& r) {
    return fraction_of(to_python(r.numerator()), to_python(r.denominator()));
}

std::string ratio_repr(const ctg::exact_ratio& r) {
    return call_repr("ExactRatio", {r.numerator().str(), r.denominator().str()});
}

std::string optional_ratio_text(const std::optional<ctg::exact_ratio>& r, int decimals = 2) {
    return r ? r->rounded({decimals, ctg::rounding::half_away_from_zero}).to_plain() : "—";
}

const std::vector<ctg::evidence>& all_evidence() {
    static const std::vector<ctg::evidence> kinds{
        ctg::evidence::source_document, ctg::evidence::public_source, ctg::evidence::derived,
        ctg::evidence::reading,         ctg::evidence::illustrative,  ctg::evidence::scenario};
    return kinds;
}

std::vector<ctg::evidence> kinds_of(const ctg::evidence_marks& marks) {
    std::vector<ctg::evidence> kinds;
    for (const ctg::evidence e : all_evidence()) {
        if (marks.contains(e)) {
            kinds.push_back(e);
        }
    }
    return kinds;
}

ctg::evidence_marks marks_of(const std::vector<ctg::evidence>& kinds) {
    ctg::evidence_marks marks;
    for (const ctg::evidence e : kinds) {
        marks.add(e);
    }
    return marks;
}

/// The parts every result struct gets: properties, equality, hash, pickling, and `repr`.
template <typename T, typename Repr, typename... F>
void def_result_struct(py::class_<T>& cls, const char* name, Repr repr, const F&... fields) {
    def_fields(cls, fields...);
    def_value_protocol(cls, name, fields...);
    cls.def("__repr__", repr);
}

py::arg_v format_arg() { return py::arg_v("format", ctg::ratio_format{}, "RatioFormat()"); }

}  // namespace

void bind_analysis(py::module_& m) {
    // --- Enums ----------------------------------------------------------------------------------
    py::native_enum<ctg::coverage_status>(m, "CoverageStatus", "enum.Enum",
                                          ctg_doc::coverage_status::class_doc)
        .value("covered", ctg::coverage_status::covered, ctg_doc::coverage_status::covered)
        .value("partial", ctg::coverage_status::partial, ctg_doc::coverage_status::partial)
        .value("uncovered", ctg::coverage_status::uncovered, ctg_doc::coverage_status::uncovered)
        .finalize();
    py::native_enum<ctg::post_status>(m, "PostStatus", "enum.Enum", ctg_doc::post_status::class_doc)
        .value("financed", ctg::post_status::financed, ctg_doc::post_status::financed)
        .value("missing_expense", ctg::post_status::missing_expense,
               ctg_doc::post_status::missing_expense)
        .value("inactive", ctg::post_status::inactive, ctg_doc::post_status::inactive)
        .finalize();

    // --- Classes --------------------------------------------------------------------------------
    py::class_<ctg::ratio_format> format_cls(m, "RatioFormat", ctg_doc::ratio_format::class_doc);
    py::class_<ctg::rounded_decimal> rounded_cls(
        m, "RoundedDecimal",
        doc_with(ctg_doc::rounded_decimal::class_doc,
                 "Python: `to_decimal()` gives the exact decimal.Decimal; `str()` the plain "
                 "form."));
    py::class_<ctg::exact_ratio> ratio_cls(
        m, "ExactRatio",
        doc_with(ctg_doc::exact_ratio::class_doc,
                 "Python: `ExactRatio(numerator, denominator)` with ints of any size; "
                 "`numerator` and `denominator` are Python ints, `as_fraction()` a "
                 "fractions.Fraction, `to_decimal(places)` a decimal.Decimal rounded once. "
                 "There is no conversion to float."));
    py::class_<ctg::evidence_marks> marks_cls(
        m, "EvidenceMarks",
        doc_with(ctg_doc::evidence_marks::class_doc,
                 "Python: an immutable value: `EvidenceMarks([Evidence.public_source])`, "
                 "`marks | other` and `add()` return new marks; `e in marks` tests a kind."));
    py::class_<ctg::cog_milestone> milestone_cls(m, "CogMilestone",
                                                 ctg_doc::cog_milestone::class_doc);
    py::class_<ctg::epci_coverage> epci_coverage_cls(m, "EpciCoverage",
                                                     ctg_doc::epci_coverage::class_doc);
    py::class_<ctg::population_year_count> population_year_cls(
        m, "PopulationYearCount", ctg_doc::population_year_count::class_doc);
    py::class_<ctg::coverage_report> coverage_cls(m, "CoverageReport",
                                                  ctg_doc::coverage_report::class_doc);
    py::class_<ctg::epci_volume> volume_cls(m, "EpciVolume", ctg_doc::epci_volume::class_doc);
    py::class_<ctg::volume_extreme> extreme_cls(m, "VolumeExtreme",
                                                ctg_doc::volume_extreme::class_doc);
    py::class_<ctg::volume_spread> spread_cls(m, "VolumeSpread", ctg_doc::volume_spread::class_doc);
    py::class_<ctg::coordination_volume_report> volume_report_cls(
        m, "CoordinationVolumeReport", ctg_doc::coordination_volume_report::class_doc);
    py::class_<ctg::post_financing> post_financing_cls(m, "PostFinancing",
                                                       ctg_doc::post_financing::class_doc);
    py::class_<ctg::financing_total> total_cls(m, "FinancingTotal",
                                               ctg_doc::financing_total::class_doc);
    py::class_<ctg::portfolio_financing> portfolio_cls(m, "PortfolioFinancing",
                                                       ctg_doc::portfolio_financing::class_doc);
    py::class_<ctg::part_delta> part_delta_cls(m, "PartDelta", ctg_doc::part_delta::class_doc);
    py::class_<ctg::financing_delta> delta_cls(m, "FinancingDelta",
                                               ctg_doc::financing_delta::class_doc);
    py::class_<ctg::portfolio_comparison> comparison_cls(m, "PortfolioComparison",
                                                         ctg_doc::portfolio_comparison::class_doc);
    py::class_<ctg::prolongation> prolongation_cls(m, "Prolongation",
                                                   ctg_doc::prolongation::class_doc);
    py::class_<ctg::convention_deadline> deadline_cls(m, "ConventionDeadline",
                                                      ctg_doc::convention_deadline::class_doc);
    py::class_<ctg::referent_portfolio> referent_cls(m, "ReferentPortfolio",
                                                     ctg_doc::referent_portfolio::class_doc);
    py::class_<ctg::bilan_rule> bilan_cls(m, "BilanRule", ctg_doc::bilan_rule::class_doc);
    py::class_<ctg::deadline_report> deadlines_cls(m, "DeadlineReport",
                                                   ctg_doc::deadline_report::class_doc);

    // --- RatioFormat and RoundedDecimal ---------------------------------------------------------
    def_value_struct(
        format_cls, "RatioFormat",
        field("decimals", &ctg::ratio_format::decimals, ctg_doc::ratio_format::decimals),
        field("policy", &ctg::ratio_format::policy, ctg_doc::ratio_format::policy));

    rounded_cls
        .def(py::init([](const big_int_arg& scaled, int decimals, bool exact) {
                 return ctg::rounded_decimal(from_python(scaled, "scaled"), decimals, exact);
             }),
             py::arg("scaled"), py::arg("decimals"), py::arg("exact"),
             ctg_doc::rounded_decimal::ctor)
        .def_property_readonly(
            "scaled", [](const ctg::rounded_decimal& r) { return to_python(r.scaled()); },
            ctg_doc::rounded_decimal::scaled)
        .def_property_readonly("decimals", &ctg::rounded_decimal::decimals,
                               ctg_doc::rounded_decimal::decimals)
        .def_property_readonly("is_exact", &ctg::rounded_decimal::is_exact,
                               ctg_doc::rounded_decimal::is_exact)
        .def("to_plain", &ctg::rounded_decimal::to_plain, ctg_doc::rounded_decimal::to_plain)
        .def("to_french", &ctg::rounded_decimal::to_french, ctg_doc::rounded_decimal::to_french)
        .def("to_english", &ctg::rounded_decimal::to_english, ctg_doc::rounded_decimal::to_english)
        .def(
            "to_decimal",
            [](const ctg::rounded_decimal& r) { return decimal_from_text(r.to_plain()); },
            "Python: the value as a decimal.Decimal with `decimals` digits, exactly.")
        .def("__str__", &ctg::rounded_decimal::to_plain)
        .def("__repr__",
             [](const ctg::rounded_decimal& r) {
                 return call_repr("RoundedDecimal",
                                  {r.scaled().str(), std::to_string(r.decimals()),
                                   std::string("exact=") + (r.is_exact() ? "True" : "False")});
             })
        .def("__hash__",
             [](const ctg::rounded_decimal& r) {
                 return py::hash(py::make_tuple(to_python(r.scaled()), r.decimals(), r.is_exact()));
             })
        .def(py::pickle(
            [](const ctg::rounded_decimal& r) {
                return py::make_tuple(pickle_version, to_python(r.scaled()), r.decimals(),
                                      r.is_exact());
            },
            [](const py::tuple& s) {
                check_state(s, 4, "RoundedDecimal");
                return ctg::rounded_decimal(from_python(s[1], "scaled"), s[2].cast<int>(),
                                            s[3].cast<bool>());
            }));
    def_equality(rounded_cls, std::equal_to<>{});

    // --- ExactRatio -----------------------------------------------------------------------------
    ratio_cls
        .def(py::init(&make_ratio), py::arg("numerator"), py::arg("denominator") = 1,
             "Python: `numerator / denominator`, reduced, from ints of any size (a float is a "
             "TypeError); a zero denominator is an InvalidValueError.")
        .def_property_readonly(
            "numerator", [](const ctg::exact_ratio& r) { return to_python(r.numerator()); },
            ctg_doc::exact_ratio::numerator)
        .def_property_readonly(
            "denominator", [](const ctg::exact_ratio& r) { return to_python(r.denominator()); },
            ctg_doc::exact_ratio::denominator)
        .def("to_fraction", &ctg::exact_ratio::to_fraction, ctg_doc::exact_ratio::to_fraction)
        .def("as_fraction", &as_fraction, "Python: the exact value as a fractions.Fraction.")
        .def("rounded", &ctg::exact_ratio::rounded, format_arg(), ctg_doc::exact_ratio::rounded)
        .def("percent", &ctg::exact_ratio::percent, format_arg(), ctg_doc::exact_ratio::percent)
        .def(
            "to_decimal",
            [](const ctg::exact_ratio& r, int places, ctg::rounding policy) {
                return decimal_from_text(r.rounded({places, policy}).to_plain());
            },
            py::arg("places") = 2,
            py::arg_v("policy", ctg::rounding::half_away_from_zero, "Rounding.half_away_from_zero"),
            "Python: the value rounded once to `places` decimals (0–18) under `policy`, as a "
            "decimal.Decimal with exactly that many decimals.")
        .def(
            "__add__", [](const ctg::exact_ratio& a, const ctg::exact_ratio& b) { return a + b; },
            py::is_operator(), py::arg("other").noconvert(), ctg_doc::exact_ratio::operator_plus)
        .def(
            "__sub__", [](const ctg::exact_ratio& a, const ctg::exact_ratio& b) { return a - b; },
            py::is_operator(), py::arg("other").noconvert(), ctg_doc::exact_ratio::operator_minus)
        .def(
            "__mul__", [](const ctg::exact_ratio& a, const ctg::exact_ratio& b) { return a * b; },
            py::is_operator(), py::arg("other").noconvert(), ctg_doc::exact_ratio::operator_times)
        .def(
            "__truediv__",
            [](const ctg::exact_ratio& a, const ctg::exact_ratio& b) { return a / b; },
            py::is_operator(), py::arg("other").noconvert(), ctg_doc::exact_ratio::operator_divided)
        .def("__str__", &ctg::exact_ratio::to_fraction)
        .def("__repr__", &ratio_repr)
        .def("__hash__", [](const ctg::exact_ratio& r) { return py::hash(as_fraction(r)); })
        .def(py::pickle(
            [](const ctg::exact_ratio& r) {
                return py::make_tuple(pickle_version, to_python(r.numerator()),
                                      to_python(r.denominator()));
            },
            [](const py::tuple& s) {
                check_state(s, 3, "ExactRatio");
                return make_ratio(s[1].cast<big_int_arg>(), s[2].cast<big_int_arg>());
            }));
    def_ordering(ratio_cls);

    m.def(
        "rounded_sqrt",
        [](const ctg::exact_ratio& x, const ctg::ratio_format& format, const std::string& field) {
            return ctg::rounded_sqrt(x, format, field);
        },
        py::arg("x"), format_arg(), py::arg("field") = "sqrt", ctg_doc::rounded_sqrt);
    m.def(
        "divide_rounded_big",
        [](const big_int_arg& numerator, const big_int_arg& denominator, ctg::rounding policy) {
            return to_python(ctg::divide_rounded_big(from_python(numerator, "numerator"),
                                                     from_python(denominator, "denominator"),
                                                     policy));
        },
        py::arg("numerator"), py::arg("denominator"), py::arg("policy"),
        ctg_doc::divide_rounded_big);

    // --- EvidenceMarks --------------------------------------------------------------------------
    marks_cls
        .def(py::init([](const std::vector<ctg::evidence>& kinds) { return marks_of(kinds); }),
             py::arg("kinds") = std::vector<ctg::evidence>{},
             "Python: the marks of the given Evidence kinds (none by default).")
        .def_static("of", &ctg::evidence_marks::of, py::arg("provenance"),
                    ctg_doc::evidence_marks::of)
        .def(
            "add",
            [](const ctg::evidence_marks& m_, ctg::evidence e) {
                ctg::evidence_marks copy = m_;
                return copy.add(e);
            },
            py::arg("kind"),
            doc_with(ctg_doc::evidence_marks::add_of_evidence,
                     "Python: returns new marks; these are left unchanged."))
        .def(
            "add",
            [](const ctg::evidence_marks& m_, const ctg::evidence_marks& other) {
                ctg::evidence_marks copy = m_;
                return copy.add(other);
            },
            py::arg("other"),
            doc_with(ctg_doc::evidence_marks::add_of_evidence_marks,
                     "Python: returns new marks; these are left unchanged."))
        .def(
            "__or__",
            [](const ctg::evidence_marks& a, const ctg::evidence_marks& b) {
                ctg::evidence_marks copy = a;
                return copy.add(b);
            },
            py::is_operator(), py::arg("other").noconvert())
        .def("contains", &ctg::evidence_marks::contains, py::arg("kind"),
             ctg_doc::evidence_marks::contains)
        .def("__contains__", &ctg::evidence_marks::contains, py::arg("kind"))
        .def_property_readonly("empty", &ctg::evidence_marks::empty, ctg_doc::evidence_marks::empty)
        .def_property_readonly("kinds", &kinds_of,
                               "Python: the Evidence kinds, strongest evidence first.")
        .def("to_string", &ctg::evidence_marks::to_string, ctg_doc::evidence_marks::to_string)
        .def("__str__", &ctg::evidence_marks::to_string)
        .def("__bool__", [](const ctg::evidence_marks& marks) { return !marks.empty(); })
        .def("__repr__",
             [](const ctg::evidence_marks& marks) {
                 return "EvidenceMarks(" + value_repr(py::cast(kinds_of(marks))) + ")";
             })
        .def("__hash__",
             [](const ctg::evidence_marks& marks) { return py::hash(py::str(marks.to_string())); })
        .def(py::pickle(
            [](const ctg::evidence_marks& marks) {
                return py::make_tuple(pickle_version, kinds_of(marks));
            },
            [](const py::tuple& s) {
                check_state(s, 2, "EvidenceMarks");
                return marks_of(s[1].cast<std::vector<ctg::evidence>>());
            }));
    def_equality(marks_cls, std::equal_to<>{});
    m.def("mark", &ctg::mark, py::arg("kind"), ctg_doc::mark);

    // --- Coverage -------------------------------------------------------------------------------
    def_value_struct(milestone_cls, "CogMilestone",
                     field("year", &ctg::cog_milestone::year, ctg_doc::cog_milestone::year),
                     field("target", &ctg::cog_milestone::target, ctg_doc::cog_milestone::target));
    m.def(
        "cog_2018_2022_trajectory",
        []() {
            const auto t = ctg::cog_2018_2022_trajectory();
            return std::vector<ctg::cog_milestone>(t.begin(), t.end());
        },
        ctg_doc::cog_2018_2022_trajectory);
    m.def("cog_2018_2022_target", &ctg::cog_2018_2022_target, py::arg("year"),
          ctg_doc::cog_2018_2022_target);
    m.def("cog_2018_2022_provenance", &ctg::cog_2018_2022_provenance,
          py::return_value_policy::reference, ctg_doc::cog_2018_2022_provenance);

    py::class_<ctg::national_coordination_figures> national_cls(
        m, "NationalCoordinationFigures", ctg_doc::national_coordination_figures::class_doc);
    def_result_struct(
        national_cls, "NationalCoordinationFigures",
        [](const ctg::national_coordination_figures& n) {
            return "<NationalCoordinationFigures " + std::to_string(n.year) + ": " +
                   n.total.to_plain() + " € for " + n.coordination_fte.to_string() + " FTE>";
        },
        field("year", &ctg::national_coordination_figures::year,
              ctg_doc::national_coordination_figures::year),
        field("total", &ctg::national_coordination_figures::total,
              ctg_doc::national_coordination_figures::total),
        field("coordination_fte", &ctg::national_coordination_figures::coordination_fte,
              ctg_doc::national_coordination_figures::coordination_fte),
        field("jeunesse_fte", &ctg::national_coordination_figures::jeunesse_fte,
              ctg_doc::national_coordination_figures::jeunesse_fte),
        field("origin", &ctg::national_coordination_figures::origin,
              ctg_doc::national_coordination_figures::origin));
    national_cls
        .def("amount_per_fte_exact", &ctg::national_coordination_figures::amount_per_fte_exact,
             ctg_doc::national_coordination_figures::amount_per_fte_exact)
        .def("amount_per_fte", &ctg::national_coordination_figures::amount_per_fte,
             ctg_doc::national_coordination_figures::amount_per_fte)
        .def("amount_per_fte_origin", &ctg::national_coordination_figures::amount_per_fte_origin,
             ctg_doc::national_coordination_figures::amount_per_fte_origin);
    py::class_<ctg::coordinator_follow_up> follow_cls(m, "CoordinatorFollowUp",
                                                      ctg_doc::coordinator_follow_up::class_doc);
    def_result_struct(
        follow_cls, "CoordinatorFollowUp",
        [](const ctg::coordinator_follow_up& c) {
            return "<CoordinatorFollowUp " + repr_str(c.coordinator_id) + " in " +
                   repr_str(c.post_id) + " since " + ctg::to_iso(c.in_post_since) + ">";
        },
        field("post_id", &ctg::coordinator_follow_up::post_id,
              ctg_doc::coordinator_follow_up::post_id),
        field("convention_id", &ctg::coordinator_follow_up::convention_id,
              ctg_doc::coordinator_follow_up::convention_id),
        field("pilot_epci", &ctg::coordinator_follow_up::pilot_epci,
              ctg_doc::coordinator_follow_up::pilot_epci),
        field("epci_name", &ctg::coordinator_follow_up::epci_name,
              ctg_doc::coordinator_follow_up::epci_name),
        field("coordinator_id", &ctg::coordinator_follow_up::coordinator_id,
              ctg_doc::coordinator_follow_up::coordinator_id),
        field("name", &ctg::coordinator_follow_up::name, ctg_doc::coordinator_follow_up::name),
        field("share", &ctg::coordinator_follow_up::share, ctg_doc::coordinator_follow_up::share),
        field("in_post_since", &ctg::coordinator_follow_up::in_post_since,
              ctg_doc::coordinator_follow_up::in_post_since),
        field("training_days", &ctg::coordinator_follow_up::training_days,
              ctg_doc::coordinator_follow_up::training_days),
        field("network_days", &ctg::coordinator_follow_up::network_days,
              ctg_doc::coordinator_follow_up::network_days),
        field("evaluated_year", &ctg::coordinator_follow_up::evaluated_year,
              ctg_doc::coordinator_follow_up::evaluated_year),
        field("marks", &ctg::coordinator_follow_up::marks, ctg_doc::coordinator_follow_up::marks));
    py::class_<ctg::follow_up_report> follow_report_cls(m, "FollowUpReport",
                                                        ctg_doc::follow_up_report::class_doc);
    def_result_struct(
        follow_report_cls, "FollowUpReport",
        [](const ctg::follow_up_report& r) {
            return "<FollowUpReport " + repr_str(r.dataset_id) + " on " + ctg::to_iso(r.on) + ": " +
                   std::to_string(r.coordinators.size()) + " coordinators in post>";
        },
        field("dataset_id", &ctg::follow_up_report::dataset_id,
              ctg_doc::follow_up_report::dataset_id),
        field("on", &ctg::follow_up_report::on, ctg_doc::follow_up_report::on),
        field("coordinators", &ctg::follow_up_report::coordinators,
              ctg_doc::follow_up_report::coordinators),
        field("without_training", &ctg::follow_up_report::without_training,
              ctg_doc::follow_up_report::without_training),
        field("training_days", &ctg::follow_up_report::training_days,
              ctg_doc::follow_up_report::training_days),
        field("network_days", &ctg::follow_up_report::network_days,
              ctg_doc::follow_up_report::network_days),
        field("vacant_posts", &ctg::follow_up_report::vacant_posts,
              ctg_doc::follow_up_report::vacant_posts),
        field("warnings", &ctg::follow_up_report::warnings, ctg_doc::follow_up_report::warnings));
    m.def("caf_follow_up", &ctg::caf_follow_up, py::arg("dataset"), py::arg("on"),
          py::call_guard<py::gil_scoped_release>(), ctg_doc::caf_follow_up);

    m.def("national_coordination_2017", &ctg::national_coordination_2017,
          py::return_value_policy::reference, ctg_doc::national_coordination_2017);

    def_result_struct(
        epci_coverage_cls, "EpciCoverage",
        [](const ctg::epci_coverage& e) {
            return "<EpciCoverage " + e.siren.str() + " " + repr_str(e.name) + ": " +
                   std::string(ctg::to_string(e.status)) + ", " +
                   std::to_string(e.covered_inhabitants) + " of " +
                   std::to_string(e.population.inhabitants) + " inhabitants covered>";
        },
        field("siren", &ctg::epci_coverage::siren, ctg_doc::epci_coverage::siren),
        field("name", &ctg::epci_coverage::name, ctg_doc::epci_coverage::name),
        field("population", &ctg::epci_coverage::population, ctg_doc::epci_coverage::population),
        field("status", &ctg::epci_coverage::status, ctg_doc::epci_coverage::status),
        field("covered_inhabitants", &ctg::epci_coverage::covered_inhabitants,
              ctg_doc::epci_coverage::covered_inhabitants),
        field("conventions", &ctg::epci_coverage::conventions, ctg_doc::epci_coverage::conventions),
        field("communes_without_population", &ctg::epci_coverage::communes_without_population,
              ctg_doc::epci_coverage::communes_without_population),
        field("marks", &ctg::epci_coverage::marks, ctg_doc::epci_coverage::marks));

    def_result_struct(
        population_year_cls, "PopulationYearCount",
        [](const ctg::population_year_count& c) {
            return "<PopulationYearCount " + std::to_string(c.reference_year) + ": " +
                   std::to_string(c.epcis) + " EPCI" + (c.in_force ? ", in force" : "") + ">";
        },
        field("reference_year", &ctg::population_year_count::reference_year,
              ctg_doc::population_year_count::reference_year),
        field("epcis", &ctg::population_year_count::epcis, ctg_doc::population_year_count::epcis),
        field("in_force", &ctg::population_year_count::in_force,
              ctg_doc::population_year_count::in_force));
    def_result_struct(
        coverage_cls, "CoverageReport",
        [](const ctg::coverage_report& r) {
            return "<CoverageReport " + repr_str(r.dataset_id) + " on " + ctg::to_iso(r.on) + ": " +
                   std::to_string(r.covered) + " of " + std::to_string(r.total) +
                   " inhabitants covered (" + r.share.percent().to_plain() + " %)" +
                   (r.cog_target ? ", COG target " + r.cog_target->to_percent_string() : "") + ">";
        },
        field("dataset_id", &ctg::coverage_report::dataset_id,
              ctg_doc::coverage_report::dataset_id),
        field("department", &ctg::coverage_report::department,
              ctg_doc::coverage_report::department),
        field("on", &ctg::coverage_report::on, ctg_doc::coverage_report::on),
        field("known_on", &ctg::coverage_report::known_on, ctg_doc::coverage_report::known_on),
        field("covered", &ctg::coverage_report::covered, ctg_doc::coverage_report::covered),
        field("total", &ctg::coverage_report::total, ctg_doc::coverage_report::total),
        field("share", &ctg::coverage_report::share, ctg_doc::coverage_report::share),
        field("cog_target", &ctg::coverage_report::cog_target,
              ctg_doc::coverage_report::cog_target),
        field("epcis", &ctg::coverage_report::epcis, ctg_doc::coverage_report::epcis),
        field("marks", &ctg::coverage_report::marks, ctg_doc::coverage_report::marks),
        field("population_year_in_force", &ctg::coverage_report::population_year_in_force,
              ctg_doc::coverage_report::population_year_in_force),
        field("population_years", &ctg::coverage_report::population_years,
              ctg_doc::coverage_report::population_years));
    coverage_cls
        .def("epcis_without_population_in_force",
             &ctg::coverage_report::epcis_without_population_in_force,
             ctg_doc::coverage_report::epcis_without_population_in_force)
        .def("uncovered", &ctg::coverage_report::uncovered,
             py::return_value_policy::reference_internal, ctg_doc::coverage_report::uncovered)
        .def("meets_target", &ctg::coverage_report::meets_target,
             ctg_doc::coverage_report::meets_target)
        .def("gap_to_target", &ctg::coverage_report::gap_to_target,
             ctg_doc::coverage_report::gap_to_target);
    m.def("coverage", &ctg::coverage, py::arg("dataset"), py::arg("on"),
          py::arg("known_on") = py::none(), py::call_guard<py::gil_scoped_release>(),
          ctg_doc::coverage);

    // --- Coordination volume --------------------------------------------------------------------
    def_result_struct(
        volume_cls, "EpciVolume",
        [](const ctg::epci_volume& e) {
            return "<EpciVolume " + e.siren.str() + " " + repr_str(e.name) + ": " +
                   e.contracted_fte.to_string() + " FTE, " +
                   std::to_string(e.population.inhabitants) + " inhabitants, " +
                   optional_ratio_text(e.inhabitants_per_fte) + " per FTE>";
        },
        field("siren", &ctg::epci_volume::siren, ctg_doc::epci_volume::siren),
        field("name", &ctg::epci_volume::name, ctg_doc::epci_volume::name),
        field("population", &ctg::epci_volume::population, ctg_doc::epci_volume::population),
        field("commune_count", &ctg::epci_volume::commune_count,
              ctg_doc::epci_volume::commune_count),
        field("contracted_fte", &ctg::epci_volume::contracted_fte,
              ctg_doc::epci_volume::contracted_fte),
        field("posts", &ctg::epci_volume::posts, ctg_doc::epci_volume::posts),
        field("inhabitants_per_fte", &ctg::epci_volume::inhabitants_per_fte,
              ctg_doc::epci_volume::inhabitants_per_fte),
        field("fte_per_10000", &ctg::epci_volume::fte_per_10000,
              ctg_doc::epci_volume::fte_per_10000),
        field("population_marks", &ctg::epci_volume::population_marks,
              ctg_doc::epci_volume::population_marks),
        field("fte_marks", &ctg::epci_volume::fte_marks, ctg_doc::epci_volume::fte_marks));
    volume_cls.def_property_readonly("marks", &ctg::epci_volume::marks,
                                     ctg_doc::epci_volume::marks);

    def_result_struct(
        extreme_cls, "VolumeExtreme",
        [](const ctg::volume_extreme& e) {
            return "<VolumeExtreme " + e.siren.str() + " " + repr_str(e.name) + ": " +
                   e.inhabitants_per_fte.rounded().to_plain() + " inhabitants per FTE>";
        },
        field("siren", &ctg::volume_extreme::siren, ctg_doc::volume_extreme::siren),
        field("name", &ctg::volume_extreme::name, ctg_doc::volume_extreme::name),
        field("inhabitants_per_fte", &ctg::volume_extreme::inhabitants_per_fte,
              ctg_doc::volume_extreme::inhabitants_per_fte));

    def_result_struct(
        spread_cls, "VolumeSpread",
        [](const ctg::volume_spread& s) {
            return "<VolumeSpread over " + std::to_string(s.territories) + " EPCI: min " +
                   s.min.inhabitants_per_fte.rounded().to_plain() + ", max " +
                   s.max.inhabitants_per_fte.rounded().to_plain() + ", mean " +
                   s.mean.rounded().to_plain() + " inhabitants per FTE>";
        },
        field("territories", &ctg::volume_spread::territories, ctg_doc::volume_spread::territories),
        field("min", &ctg::volume_spread::min, ctg_doc::volume_spread::min),
        field("max", &ctg::volume_spread::max, ctg_doc::volume_spread::max),
        field("max_over_min", &ctg::volume_spread::max_over_min,
              ctg_doc::volume_spread::max_over_min),
        field("mean", &ctg::volume_spread::mean, ctg_doc::volume_spread::mean),
        field("variance", &ctg::volume_spread::variance, ctg_doc::volume_spread::variance));
    spread_cls
        .def("standard_deviation", &ctg::volume_spread::standard_deviation, format_arg(),
             ctg_doc::volume_spread::standard_deviation)
        .def("coefficient_of_variation_percent",
             &ctg::volume_spread::coefficient_of_variation_percent, format_arg(),
             ctg_doc::volume_spread::coefficient_of_variation_percent);

    def_result_struct(
        volume_report_cls, "CoordinationVolumeReport",
        [](const ctg::coordination_volume_report& r) {
            return "<CoordinationVolumeReport " + repr_str(r.dataset_id) + ": " +
                   r.total_fte.to_string() + " FTE for " + std::to_string(r.total_population) +
                   " inhabitants, " + optional_ratio_text(r.inhabitants_per_fte) + " per FTE>";
        },
        field("dataset_id", &ctg::coordination_volume_report::dataset_id,
              ctg_doc::coordination_volume_report::dataset_id),
        field("department", &ctg::coordination_volume_report::department,
              ctg_doc::coordination_volume_report::department),
        field("on", &ctg::coordination_volume_report::on, ctg_doc::coordination_volume_report::on),
        field("epcis", &ctg::coordination_volume_report::epcis,
              ctg_doc::coordination_volume_report::epcis),
        field("total_fte", &ctg::coordination_volume_report::total_fte,
              ctg_doc::coordination_volume_report::total_fte),
        field("total_population", &ctg::coordination_volume_report::total_population,
              ctg_doc::coordination_volume_report::total_population),
        field("total_communes", &ctg::coordination_volume_report::total_communes,
              ctg_doc::coordination_volume_report::total_communes),
        field("inhabitants_per_fte", &ctg::coordination_volume_report::inhabitants_per_fte,
              ctg_doc::coordination_volume_report::inhabitants_per_fte),
        field("fte_per_10000", &ctg::coordination_volume_report::fte_per_10000,
              ctg_doc::coordination_volume_report::fte_per_10000),
        field("spread", &ctg::coordination_volume_report::spread,
              ctg_doc::coordination_volume_report::spread),
        field("without_fte", &ctg::coordination_volume_report::without_fte,
              ctg_doc::coordination_volume_report::without_fte),
        field("marks", &ctg::coordination_volume_report::marks,
              ctg_doc::coordination_volume_report::marks));
    m.def("coordination_volume", &ctg::coordination_volume, py::arg("dataset"),
          py::arg("on") = py::none(), py::call_guard<py::gil_scoped_release>(),
          ctg_doc::coordination_volume);

    // --- Portfolio financing --------------------------------------------------------------------
    def_result_struct(
        post_financing_cls, "PostFinancing",
        [](const ctg::post_financing& p) {
            return "<PostFinancing " + repr_str(p.post_id) + ": " +
                   std::string(ctg::to_string(p.status)) + ", " + p.total().to_plain() + " €>";
        },
        field("post_id", &ctg::post_financing::post_id, ctg_doc::post_financing::post_id),
        field("convention_id", &ctg::post_financing::convention_id,
              ctg_doc::post_financing::convention_id),
        field("pilot_epci", &ctg::post_financing::pilot_epci, ctg_doc::post_financing::pilot_epci),
        field("epci_name", &ctg::post_financing::epci_name, ctg_doc::post_financing::epci_name),
        field("contracted_fte", &ctg::post_financing::contracted_fte,
              ctg_doc::post_financing::contracted_fte),
        field("declared_expense", &ctg::post_financing::declared_expense,
              ctg_doc::post_financing::declared_expense),
        field("active", &ctg::post_financing::active, ctg_doc::post_financing::active),
        field("prorata", &ctg::post_financing::prorata, ctg_doc::post_financing::prorata),
        field("contracted_fte_years", &ctg::post_financing::contracted_fte_years,
              ctg_doc::post_financing::contracted_fte_years),
        field("held_fte_years", &ctg::post_financing::held_fte_years,
              ctg_doc::post_financing::held_fte_years),
        field("financed_fte_years", &ctg::post_financing::financed_fte_years,
              ctg_doc::post_financing::financed_fte_years),
        field("status", &ctg::post_financing::status, ctg_doc::post_financing::status),
        field("result", &ctg::post_financing::result, ctg_doc::post_financing::result),
        field("marks", &ctg::post_financing::marks, ctg_doc::post_financing::marks));
    post_financing_cls.def_property_readonly("total", &ctg::post_financing::total,
                                             ctg_doc::post_financing::total);

    def_result_struct(
        total_cls, "FinancingTotal",
        [](const ctg::financing_total& t) {
            std::string text = "<FinancingTotal " + repr_str(t.id) + " " + repr_str(t.label) +
                               ": " + t.total.to_plain() + " €";
            for (const auto& p : t.parts) {
                text += ", " + p.id + " " + p.amount.to_plain();
            }
            return text + ", " + t.contracted_fte.to_string() + " FTE>";
        },
        field("id", &ctg::financing_total::id, ctg_doc::financing_total::id),
        field("label", &ctg::financing_total::label, ctg_doc::financing_total::label),
        field("contracted_fte", &ctg::financing_total::contracted_fte,
              ctg_doc::financing_total::contracted_fte),
        field("contracted_fte_years", &ctg::financing_total::contracted_fte_years,
              ctg_doc::financing_total::contracted_fte_years),
        field("held_fte_years", &ctg::financing_total::held_fte_years,
              ctg_doc::financing_total::held_fte_years),
        field("financed_fte_years", &ctg::financing_total::financed_fte_years,
              ctg_doc::financing_total::financed_fte_years),
        field("total", &ctg::financing_total::total, ctg_doc::financing_total::total),
        field("parts", &ctg::financing_total::parts, ctg_doc::financing_total::parts),
        field("declared_expense", &ctg::financing_total::declared_expense,
              ctg_doc::financing_total::declared_expense),
        field("financed", &ctg::financing_total::financed, ctg_doc::financing_total::financed),
        field("missing", &ctg::financing_total::missing, ctg_doc::financing_total::missing),
        field("inactive", &ctg::financing_total::inactive, ctg_doc::financing_total::inactive),
        field("marks", &ctg::financing_total::marks, ctg_doc::financing_total::marks));

    def_result_struct(
        portfolio_cls, "PortfolioFinancing",
        [](const ctg::portfolio_financing& p) {
            return "<PortfolioFinancing " + repr_str(p.dataset_id) + " under " +
                   repr_str(p.rulebook_id) + ", " + p.reference.to_string() + ", basis " +
                   (p.basis == ctg::expense_basis::declared ? "declared" : "at_ceiling") + ": " +
                   p.total.total.to_plain() + " € for " + std::to_string(p.posts.size()) +
                   " posts>";
        },
        field("dataset_id", &ctg::portfolio_financing::dataset_id,
              ctg_doc::portfolio_financing::dataset_id),
        field("department", &ctg::portfolio_financing::department,
              ctg_doc::portfolio_financing::department),
        field("rulebook_id", &ctg::portfolio_financing::rulebook_id,
              ctg_doc::portfolio_financing::rulebook_id),
        field("rulebook_label", &ctg::portfolio_financing::rulebook_label,
              ctg_doc::portfolio_financing::rulebook_label),
        field("policy", &ctg::portfolio_financing::policy, ctg_doc::portfolio_financing::policy),
        field("reference", &ctg::portfolio_financing::reference,
              ctg_doc::portfolio_financing::reference),
        field("parameters_on", &ctg::portfolio_financing::parameters_on,
              ctg_doc::portfolio_financing::parameters_on),
        field("terms_known_on", &ctg::portfolio_financing::terms_known_on,
              ctg_doc::portfolio_financing::terms_known_on),
        field("basis", &ctg::portfolio_financing::basis, ctg_doc::portfolio_financing::basis),
        field("fte_paid", &ctg::portfolio_financing::fte_paid,
              ctg_doc::portfolio_financing::fte_paid),
        field("parts", &ctg::portfolio_financing::parts, ctg_doc::portfolio_financing::parts),
        field("posts", &ctg::portfolio_financing::posts, ctg_doc::portfolio_financing::posts),
        field("by_convention", &ctg::portfolio_financing::by_convention,
              ctg_doc::portfolio_financing::by_convention),
        field("by_epci", &ctg::portfolio_financing::by_epci, ctg_doc::portfolio_financing::by_epci),
        field("total", &ctg::portfolio_financing::total, ctg_doc::portfolio_financing::total),
        field("parameters", &ctg::portfolio_financing::parameters,
              ctg_doc::portfolio_financing::parameters),
        field("methods", &ctg::portfolio_financing::methods, ctg_doc::portfolio_financing::methods),
        field("warnings", &ctg::portfolio_financing::warnings,
              ctg_doc::portfolio_financing::warnings));
    const auto internal = py::return_value_policy::reference_internal;
    portfolio_cls
        .def("missing_expense", &ctg::portfolio_financing::missing_expense,
             ctg_doc::portfolio_financing::missing_expense)
        .def("epci", &ctg::portfolio_financing::epci, py::arg("siren"), internal,
             ctg_doc::portfolio_financing::epci)
        .def("convention", &ctg::portfolio_financing::convention, py::arg("id"), internal,
             ctg_doc::portfolio_financing::convention)
        .def("post", &ctg::portfolio_financing::post, py::arg("id"), internal,
             ctg_doc::portfolio_financing::post);

    using fte_choice = std::optional<ctg::fte_basis>;
    m.def("finance_portfolio",
          py::overload_cast<const ctg::dataset&, const ctg::rulebook&, int, ctg::expense_basis,
                            fte_choice>(&ctg::finance_portfolio),
          py::arg("dataset"), py::arg("rules"), py::arg("year"), py::arg("basis"),
          py::arg("fte_paid") = py::none(), py::call_guard<py::gil_scoped_release>(),
          ctg_doc::finance_portfolio_of_dataset_rulebook_int);
    m.def("finance_portfolio",
          py::overload_cast<const ctg::dataset&, const ctg::rulebook&, ctg::date,
                            ctg::expense_basis, fte_choice>(&ctg::finance_portfolio),
          py::arg("dataset"), py::arg("rules"), py::arg("on"), py::arg("basis"),
          py::arg("fte_paid") = py::none(), py::call_guard<py::gil_scoped_release>(),
          ctg_doc::finance_portfolio_of_dataset_rulebook_date);
    m.def("held_on", &ctg::held_on, py::arg("post"), py::arg("known_on"), py::arg("reference"),
          ctg_doc::held_on);

    def_result_struct(
        part_delta_cls, "PartDelta",
        [](const ctg::part_delta& d) {
            return "<PartDelta " + repr_str(d.id) + ": " + d.from.to_plain() + " → " +
                   d.to.to_plain() + " €, delta " + d.delta.to_plain() + ">";
        },
        field("id", &ctg::part_delta::id, ctg_doc::part_delta::id),
        field("label", &ctg::part_delta::label, ctg_doc::part_delta::label),
        field("from_", &ctg::part_delta::from,
              doc_with(ctg_doc::part_delta::from, "Python: `from_` (`from` is a keyword).")),
        field("to", &ctg::part_delta::to, ctg_doc::part_delta::to),
        field("delta", &ctg::part_delta::delta, ctg_doc::part_delta::delta));

    def_result_struct(
        delta_cls, "FinancingDelta",
        [](const ctg::financing_delta& d) {
            return "<FinancingDelta " + repr_str(d.id) + " " + repr_str(d.label) + ": " +
                   d.from.to_plain() + " → " + d.to.to_plain() + " €, delta " + d.delta.to_plain() +
                   (d.delta_per_fte ? " (" + d.delta_per_fte->to_plain() + " per FTE)" : "") + ">";
        },
        field("id", &ctg::financing_delta::id, ctg_doc::financing_delta::id),
        field("label", &ctg::financing_delta::label, ctg_doc::financing_delta::label),
        field("contracted_fte", &ctg::financing_delta::contracted_fte,
              ctg_doc::financing_delta::contracted_fte),
        field("fte_years", &ctg::financing_delta::fte_years, ctg_doc::financing_delta::fte_years),
        field("from_", &ctg::financing_delta::from,
              doc_with(ctg_doc::financing_delta::from, "Python: `from_` (`from` is a keyword).")),
        field("to", &ctg::financing_delta::to, ctg_doc::financing_delta::to),
        field("delta", &ctg::financing_delta::delta, ctg_doc::financing_delta::delta),
        field("delta_per_fte", &ctg::financing_delta::delta_per_fte,
              ctg_doc::financing_delta::delta_per_fte),
        field("parts", &ctg::financing_delta::parts, ctg_doc::financing_delta::parts));

    def_result_struct(
        comparison_cls, "PortfolioComparison",
        [](const ctg::portfolio_comparison& c) {
            return "<PortfolioComparison " + repr_str(c.dataset_id) + " " +
                   repr_str(c.from_rulebook) + " → " + repr_str(c.to_rulebook) + ", " +
                   c.reference.to_string() + ": delta " + c.total.delta.to_plain() + " €>";
        },
        field("dataset_id", &ctg::portfolio_comparison::dataset_id,
              ctg_doc::portfolio_comparison::dataset_id),
        field("from_rulebook", &ctg::portfolio_comparison::from_rulebook,
              ctg_doc::portfolio_comparison::from_rulebook),
        field("to_rulebook", &ctg::portfolio_comparison::to_rulebook,
              ctg_doc::portfolio_comparison::to_rulebook),
        field("reference", &ctg::portfolio_comparison::reference,
              ctg_doc::portfolio_comparison::reference),
        field("basis", &ctg::portfolio_comparison::basis, ctg_doc::portfolio_comparison::basis),
        field("by_post", &ctg::portfolio_comparison::by_post,
              ctg_doc::portfolio_comparison::by_post),
        field("by_epci", &ctg::portfolio_comparison::by_epci,
              ctg_doc::portfolio_comparison::by_epci),
        field("total", &ctg::portfolio_comparison::total, ctg_doc::portfolio_comparison::total),
        field("not_compared", &ctg::portfolio_comparison::not_compared,
              ctg_doc::portfolio_comparison::not_compared),
        field("marks", &ctg::portfolio_comparison::marks, ctg_doc::portfolio_comparison::marks));
    comparison_cls.def("post", &ctg::portfolio_comparison::post, py::arg("id"), internal,
                       ctg_doc::portfolio_comparison::post);
    m.def("compare_portfolios", &ctg::compare_portfolios, py::arg("from_"), py::arg("to"),
          py::call_guard<py::gil_scoped_release>(),
          doc_with(ctg_doc::compare_portfolios,
                   "Python: `from_` is the baseline financing (`from` is a Python keyword)."));

    // --- Deadlines ------------------------------------------------------------------------------
    def_result_struct(
        prolongation_cls, "Prolongation",
        [](const ctg::prolongation& p) {
            return "<Prolongation " + repr_str(p.amendment_id) + " signed " +
                   ctg::to_iso(p.signed_on) + ": last day " + ctg::to_iso(p.new_last_day) + ">";
        },
        field("amendment_id", &ctg::prolongation::amendment_id,
              ctg_doc::prolongation::amendment_id),
        field("signed_on", &ctg::prolongation::signed_on, ctg_doc::prolongation::signed_on),
        field("object", &ctg::prolongation::object, ctg_doc::prolongation::object),
        field("new_last_day", &ctg::prolongation::new_last_day,
              ctg_doc::prolongation::new_last_day),
        field("provenance", &ctg::prolongation::provenance, ctg_doc::prolongation::provenance));

    def_result_struct(
        deadline_cls, "ConventionDeadline",
        [](const ctg::convention_deadline& d) {
            return "<ConventionDeadline " + repr_str(d.convention_id) + ": last day " +
                   ctg::to_iso(d.last_day) + " (" + std::to_string(d.days_remaining) +
                   " days), bilan due " + ctg::to_iso(d.bilan_due) + ">";
        },
        field("convention_id", &ctg::convention_deadline::convention_id,
              ctg_doc::convention_deadline::convention_id),
        field("name", &ctg::convention_deadline::name, ctg_doc::convention_deadline::name),
        field("start", &ctg::convention_deadline::start, ctg_doc::convention_deadline::start),
        field("initial_last_day", &ctg::convention_deadline::initial_last_day,
              ctg_doc::convention_deadline::initial_last_day),
        field("last_day", &ctg::convention_deadline::last_day,
              ctg_doc::convention_deadline::last_day),
        field("days_remaining", &ctg::convention_deadline::days_remaining,
              ctg_doc::convention_deadline::days_remaining),
        field("bilan_due", &ctg::convention_deadline::bilan_due,
              ctg_doc::convention_deadline::bilan_due),
        field("prolongations", &ctg::convention_deadline::prolongations,
              ctg_doc::convention_deadline::prolongations),
        field("referent_id", &ctg::convention_deadline::referent_id,
              ctg_doc::convention_deadline::referent_id),
        field("referent_name", &ctg::convention_deadline::referent_name,
              ctg_doc::convention_deadline::referent_name),
        field("marks", &ctg::convention_deadline::marks, ctg_doc::convention_deadline::marks));

    def_result_struct(
        referent_cls, "ReferentPortfolio",
        [](const ctg::referent_portfolio& r) {
            return "<ReferentPortfolio " + (r.referent_id ? repr_str(*r.referent_id) : "None") +
                   " " + repr_str(r.name) + ": " + std::to_string(r.conventions.size()) +
                   " conventions>";
        },
        field("referent_id", &ctg::referent_portfolio::referent_id,
              ctg_doc::referent_portfolio::referent_id),
        field("name", &ctg::referent_portfolio::name, ctg_doc::referent_portfolio::name),
        field("marks", &ctg::referent_portfolio::marks, ctg_doc::referent_portfolio::marks),
        field("conventions", &ctg::referent_portfolio::conventions,
              ctg_doc::referent_portfolio::conventions));

    def_value_struct(bilan_cls, "BilanRule",
                     field("months_before_end", &ctg::bilan_rule::months_before_end,
                           ctg_doc::bilan_rule::months_before_end),
                     field("origin", &ctg::bilan_rule::origin, ctg_doc::bilan_rule::origin));
    bilan_cls.def("due", &ctg::bilan_rule::due, py::arg("last_day"), ctg_doc::bilan_rule::due);
    m.def("default_bilan_rule", &ctg::default_bilan_rule, py::return_value_policy::reference,
          ctg_doc::default_bilan_rule);

    def_result_struct(
        deadlines_cls, "DeadlineReport",
        [](const ctg::deadline_report& r) {
            return "<DeadlineReport " + repr_str(r.dataset_id) + " on " + ctg::to_iso(r.on) + ", " +
                   std::to_string(r.months) + " months: " + std::to_string(r.upcoming.size()) +
                   " upcoming, " + std::to_string(r.prolonged.size()) + " prolonged>";
        },
        field("dataset_id", &ctg::deadline_report::dataset_id,
              ctg_doc::deadline_report::dataset_id),
        field("on", &ctg::deadline_report::on, ctg_doc::deadline_report::on),
        field("months", &ctg::deadline_report::months, ctg_doc::deadline_report::months),
        field("horizon", &ctg::deadline_report::horizon, ctg_doc::deadline_report::horizon),
        field("bilan", &ctg::deadline_report::bilan, ctg_doc::deadline_report::bilan),
        field("upcoming", &ctg::deadline_report::upcoming, ctg_doc::deadline_report::upcoming),
        field("next_after_horizon", &ctg::deadline_report::next_after_horizon,
              ctg_doc::deadline_report::next_after_horizon),
        field("prolonged", &ctg::deadline_report::prolonged, ctg_doc::deadline_report::prolonged),
        field("by_referent", &ctg::deadline_report::by_referent,
              ctg_doc::deadline_report::by_referent));

    m.def("add_months", &ctg::add_months, py::arg("day"), py::arg("months"), ctg_doc::add_months);
    m.def("deadline_horizon", &ctg::deadline_horizon, py::arg("on"), py::arg("months"),
          ctg_doc::deadline_horizon);
    m.def("deadline_of", &ctg::deadline_of, py::arg("dataset"), py::arg("convention"),
          py::arg("on"), py::arg("bilan") = ctg::default_bilan_rule(), ctg_doc::deadline_of);
    m.def("deadlines", &ctg::deadlines, py::arg("dataset"), py::arg("on"), py::arg("months"),
          py::arg("bilan") = ctg::default_bilan_rule(), py::call_guard<py::gil_scoped_release>(),
          ctg_doc::deadlines);
    m.def("conventions_by_referent", &ctg::conventions_by_referent, py::arg("dataset"),
          py::arg("on"), py::call_guard<py::gil_scoped_release>(),
          ctg_doc::conventions_by_referent);

    m.def("to_string", py::overload_cast<ctg::coverage_status>(&ctg::to_string), py::arg("value"),
          ctg_doc::to_string_of_coverage_status);
    m.def("to_string", py::overload_cast<ctg::post_status>(&ctg::to_string), py::arg("value"),
          ctg_doc::to_string_of_post_status);
}

}  // namespace ctg::python
