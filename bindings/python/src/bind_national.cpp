// SPDX-License-Identifier: MIT
// Bindings of include/ctg/analysis/national_view.hpp: several department datasets side by side
// on a date, and nationally, as plain data.
#include "bind.hpp"
#include "bind_fields.hpp"
#include "ctg_docstrings/analysis.hpp"
#include <ctg/analysis/national_view.hpp>

#include <string>
#include <vector>

namespace ctg::python {
namespace {

/// Properties, equality, hash, pickling and `repr` of a result struct.
template <typename T, typename Repr, typename... F>
void def_result_struct(py::class_<T>& cls, const char* name, Repr repr, const F&... fields) {
    def_fields(cls, fields...);
    def_value_protocol(cls, name, fields...);
    cls.def("__repr__", repr);
}

std::string per_fte_text(const std::optional<ctg::exact_ratio>& r) {
    return r ? r->rounded().to_plain() : "—";
}

py::arg_v format_arg() { return py::arg_v("format", ctg::ratio_format{}, "RatioFormat()"); }

}  // namespace

void bind_national(py::module_& m) {
    using dep = ctg::national_department;
    using shared = ctg::national_shared_epci;
    using ratio = ctg::national_department_ratio;
    using spread = ctg::national_spread;
    using view = ctg::national_view;
    py::class_<dep> dep_cls(m, "NationalDepartment", ctg_doc::national_department::class_doc);
    py::class_<shared> shared_cls(m, "NationalSharedEpci",
                                  ctg_doc::national_shared_epci::class_doc);
    py::class_<ratio> ratio_cls(m, "NationalDepartmentRatio",
                                ctg_doc::national_department_ratio::class_doc);
    py::class_<spread> spread_cls(m, "NationalSpread", ctg_doc::national_spread::class_doc);
    py::class_<view> view_cls(m, "NationalView", ctg_doc::national_view::class_doc);

    def_result_struct(
        dep_cls, "NationalDepartment",
        [](const dep& d) {
            return "<NationalDepartment " + d.code + " " + repr_str(d.name) + ": " +
                   std::to_string(d.population) + " inhabitants, " + d.contracted_fte.to_string() +
                   " FTE>";
        },
        field("dataset_id", &dep::dataset_id, ctg_doc::national_department::dataset_id),
        field("code", &dep::code, ctg_doc::national_department::code),
        field("name", &dep::name, ctg_doc::national_department::name),
        field("rulebook_id", &dep::rulebook_id, ctg_doc::national_department::rulebook_id),
        field("epcis", &dep::epcis, ctg_doc::national_department::epcis),
        field("population", &dep::population, ctg_doc::national_department::population),
        field("covered", &dep::covered, ctg_doc::national_department::covered),
        field("covered_share", &dep::covered_share, ctg_doc::national_department::covered_share),
        field("contracted_fte", &dep::contracted_fte, ctg_doc::national_department::contracted_fte),
        field("posts", &dep::posts, ctg_doc::national_department::posts),
        field("inhabitants_per_fte", &dep::inhabitants_per_fte,
              ctg_doc::national_department::inhabitants_per_fte),
        field("financed_fte_years", &dep::financed_fte_years,
              ctg_doc::national_department::financed_fte_years),
        field("financing", &dep::financing, ctg_doc::national_department::financing),
        field("marks", &dep::marks, ctg_doc::national_department::marks));

    def_result_struct(
        shared_cls, "NationalSharedEpci",
        [](const shared& s) {
            return "<NationalSharedEpci " + s.siren.str() + " " + repr_str(s.name) +
                   ": counted in " + s.counted_in + ">";
        },
        field("siren", &shared::siren, ctg_doc::national_shared_epci::siren),
        field("name", &shared::name, ctg_doc::national_shared_epci::name),
        field("departments", &shared::departments, ctg_doc::national_shared_epci::departments),
        field("counted_in", &shared::counted_in, ctg_doc::national_shared_epci::counted_in),
        field("population", &shared::population, ctg_doc::national_shared_epci::population),
        field("covered", &shared::covered, ctg_doc::national_shared_epci::covered));

    def_result_struct(
        ratio_cls, "NationalDepartmentRatio",
        [](const ratio& r) {
            return "<NationalDepartmentRatio " + r.code + " " + repr_str(r.name) + ": " +
                   r.inhabitants_per_fte.rounded().to_plain() + " inhabitants per FTE>";
        },
        field("code", &ratio::code, ctg_doc::national_department_ratio::code),
        field("name", &ratio::name, ctg_doc::national_department_ratio::name),
        field("inhabitants_per_fte", &ratio::inhabitants_per_fte,
              ctg_doc::national_department_ratio::inhabitants_per_fte),
        field("gap_to_national", &ratio::gap_to_national,
              ctg_doc::national_department_ratio::gap_to_national));

    def_result_struct(
        spread_cls, "NationalSpread",
        [](const spread& s) {
            return "<NationalSpread over " + std::to_string(s.departments) + " departments: min " +
                   s.min.inhabitants_per_fte.rounded().to_plain() + ", max " +
                   s.max.inhabitants_per_fte.rounded().to_plain() + " inhabitants per FTE>";
        },
        field("departments", &spread::departments, ctg_doc::national_spread::departments),
        field("min", &spread::min, ctg_doc::national_spread::min),
        field("max", &spread::max, ctg_doc::national_spread::max),
        field("max_over_min", &spread::max_over_min, ctg_doc::national_spread::max_over_min),
        field("mean", &spread::mean, ctg_doc::national_spread::mean),
        field("variance", &spread::variance, ctg_doc::national_spread::variance));
    spread_cls
        .def("standard_deviation", &spread::standard_deviation, format_arg(),
             ctg_doc::national_spread::standard_deviation)
        .def("coefficient_of_variation_percent", &spread::coefficient_of_variation_percent,
             format_arg(), ctg_doc::national_spread::coefficient_of_variation_percent);

    def_result_struct(
        view_cls, "NationalView",
        [](const view& v) {
            return "<NationalView on " + ctg::to_iso(v.on) + ": " +
                   std::to_string(v.departments.size()) + " departments, " +
                   std::to_string(v.population) + " inhabitants, " + v.contracted_fte.to_string() +
                   " FTE, " + per_fte_text(v.inhabitants_per_fte) + " per FTE>";
        },
        field("on", &view::on, ctg_doc::national_view::on),
        field("fte_paid", &view::fte_paid, ctg_doc::national_view::fte_paid),
        field("departments", &view::departments, ctg_doc::national_view::departments),
        field("population", &view::population, ctg_doc::national_view::population),
        field("covered", &view::covered, ctg_doc::national_view::covered),
        field("covered_share", &view::covered_share, ctg_doc::national_view::covered_share),
        field("contracted_fte", &view::contracted_fte, ctg_doc::national_view::contracted_fte),
        field("financed_fte_years", &view::financed_fte_years,
              ctg_doc::national_view::financed_fte_years),
        field("financing", &view::financing, ctg_doc::national_view::financing),
        field("inhabitants_per_fte", &view::inhabitants_per_fte,
              ctg_doc::national_view::inhabitants_per_fte),
        field("amount_per_financed_fte", &view::amount_per_financed_fte,
              ctg_doc::national_view::amount_per_financed_fte),
        field("shared_epcis", &view::shared_epcis, ctg_doc::national_view::shared_epcis),
        field("spread", &view::spread, ctg_doc::national_view::spread),
        field("without_fte", &view::without_fte, ctg_doc::national_view::without_fte),
        field("above_national", &view::above_national, ctg_doc::national_view::above_national),
        field("below_national", &view::below_national, ctg_doc::national_view::below_national),
        field("national_context", &view::national_context,
              ctg_doc::national_view::national_context),
        field("warnings", &view::warnings, ctg_doc::national_view::warnings),
        field("marks", &view::marks, ctg_doc::national_view::marks));

    m.def(
        "build_national_view",
        [](const std::vector<const ctg::dataset*>& datasets, ctg::date on, ctg::fte_basis fte_paid,
           std::size_t farthest) {
            return ctg::build_national_view(std::span<const ctg::dataset* const>(datasets), on,
                                            {fte_paid, farthest});
        },
        py::arg("datasets"), py::arg("on"), py::kw_only(),
        py::arg_v("fte_paid", ctg::fte_basis::contracted, "FteBasis.contracted"),
        py::arg("farthest") = 5, py::call_guard<py::gil_scoped_release>(),
        doc_with(ctg_doc::build_national_view,
                 "Python: `datasets` is a list of Dataset; the options are keyword arguments "
                 "(`fte_paid`, `farthest`)."));
}

}  // namespace ctg::python
