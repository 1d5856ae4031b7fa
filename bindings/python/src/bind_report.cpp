// SPDX-License-Identifier: MIT
// Bindings of include/ctg/analysis/department_report.hpp: the department report as plain data.
// Bound last (after the référentiel and the evaluation members of the model), since the report
// holds evaluation roll-ups and shares.
#include "bind.hpp"
#include "bind_fields.hpp"
#include "ctg_docstrings/analysis.hpp"
#include <ctg/analysis/department_report.hpp>

#include <optional>
#include <string>
#include <utility>
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

/// `<Name>`: the report's parts are read through their fields.
template <typename T>
auto plain_repr(const char* name) {
    return [name](const T&) { return "<" + std::string(name) + ">"; };
}

}  // namespace

void bind_report(py::module_& m) {
    using ctg::department_report;
    py::class_<ctg::dataset_counts> counts_cls(m, "DatasetCounts",
                                               ctg_doc::dataset_counts::class_doc);
    py::class_<ctg::dataset_summary> summary_cls(m, "DatasetSummary",
                                                 ctg_doc::dataset_summary::class_doc);
    py::class_<ctg::report_rulebook> rulebook_cls(m, "ReportRulebook",
                                                  ctg_doc::report_rulebook::class_doc);
    py::class_<ctg::cog_trajectory_point> point_cls(m, "CogTrajectoryPoint",
                                                    ctg_doc::cog_trajectory_point::class_doc);
    py::class_<ctg::report_financing> financing_cls(m, "ReportFinancing",
                                                    ctg_doc::report_financing::class_doc);
    py::class_<ctg::comparison_row> row_cls(m, "ComparisonRow", ctg_doc::comparison_row::class_doc);
    py::class_<ctg::report_comparison> comparison_cls(m, "ReportComparison",
                                                      ctg_doc::report_comparison::class_doc);
    py::class_<ctg::evaluation_row> evaluation_row_cls(m, "EvaluationRow",
                                                       ctg_doc::evaluation_row::class_doc);
    py::class_<ctg::evaluation_trend> trend_cls(m, "EvaluationTrend",
                                                ctg_doc::evaluation_trend::class_doc);
    py::class_<ctg::activity_label> activity_cls(m, "ActivityLabel",
                                                 ctg_doc::activity_label::class_doc);
    py::class_<ctg::activities_not_assessed_by_post> not_assessed_cls(
        m, "ActivitiesNotAssessedByPost", ctg_doc::activities_not_assessed_by_post::class_doc);
    py::class_<ctg::report_evaluation> evaluation_cls(m, "ReportEvaluation",
                                                      ctg_doc::report_evaluation::class_doc);
    py::class_<ctg::report_pending_evaluations> pending_cls(
        m, "ReportPendingEvaluations", ctg_doc::report_pending_evaluations::class_doc);
    py::class_<ctg::report_parameter_source> parameter_cls(
        m, "ReportParameterSource", ctg_doc::report_parameter_source::class_doc);
    py::class_<ctg::report_data_source> data_cls(m, "ReportDataSource",
                                                 ctg_doc::report_data_source::class_doc);
    py::class_<ctg::report_sources> sources_cls(m, "ReportSources",
                                                ctg_doc::report_sources::class_doc);
    py::class_<department_report> report_cls(m, "DepartmentReport",
                                             ctg_doc::department_report::class_doc);

    def_result_struct(
        counts_cls, "DatasetCounts", plain_repr<ctg::dataset_counts>("DatasetCounts"),
        field("epcis", &ctg::dataset_counts::epcis, ctg_doc::dataset_counts::epcis),
        field("communes", &ctg::dataset_counts::communes, ctg_doc::dataset_counts::communes),
        field("conventions", &ctg::dataset_counts::conventions,
              ctg_doc::dataset_counts::conventions),
        field("posts", &ctg::dataset_counts::posts, ctg_doc::dataset_counts::posts),
        field("referents", &ctg::dataset_counts::referents, ctg_doc::dataset_counts::referents),
        field("evaluations", &ctg::dataset_counts::evaluations,
              ctg_doc::dataset_counts::evaluations));
    def_result_struct(
        summary_cls, "DatasetSummary",
        [](const ctg::dataset_summary& s) { return "<DatasetSummary " + repr_str(s.id) + ">"; },
        field("id", &ctg::dataset_summary::id, ctg_doc::dataset_summary::id),
        field("label", &ctg::dataset_summary::label, ctg_doc::dataset_summary::label),
        field("department", &ctg::dataset_summary::department,
              ctg_doc::dataset_summary::department),
        field("counts", &ctg::dataset_summary::counts, ctg_doc::dataset_summary::counts),
        field("population", &ctg::dataset_summary::population,
              ctg_doc::dataset_summary::population),
        field("contracted_fte", &ctg::dataset_summary::contracted_fte,
              ctg_doc::dataset_summary::contracted_fte),
        field("warnings", &ctg::dataset_summary::warnings, ctg_doc::dataset_summary::warnings));
    def_result_struct(
        rulebook_cls, "ReportRulebook",
        [](const ctg::report_rulebook& r) {
            return "<ReportRulebook " + repr_str(r.id) + (r.detailed ? ", detailed>" : ">");
        },
        field("id", &ctg::report_rulebook::id, ctg_doc::report_rulebook::id),
        field("label", &ctg::report_rulebook::label, ctg_doc::report_rulebook::label),
        field("rule", &ctg::report_rulebook::rule, ctg_doc::report_rulebook::rule),
        field("policy", &ctg::report_rulebook::policy, ctg_doc::report_rulebook::policy),
        field("detailed", &ctg::report_rulebook::detailed, ctg_doc::report_rulebook::detailed));
    def_result_struct(
        point_cls, "CogTrajectoryPoint",
        [](const ctg::cog_trajectory_point& p) {
            return "<CogTrajectoryPoint " + std::to_string(p.year) + ">";
        },
        field("year", &ctg::cog_trajectory_point::year, ctg_doc::cog_trajectory_point::year),
        field("on", &ctg::cog_trajectory_point::on, ctg_doc::cog_trajectory_point::on),
        field("target", &ctg::cog_trajectory_point::target, ctg_doc::cog_trajectory_point::target),
        field("share", &ctg::cog_trajectory_point::share, ctg_doc::cog_trajectory_point::share),
        field("gap", &ctg::cog_trajectory_point::gap, ctg_doc::cog_trajectory_point::gap),
        field("marks", &ctg::cog_trajectory_point::marks, ctg_doc::cog_trajectory_point::marks));
    def_result_struct(
        financing_cls, "ReportFinancing",
        [](const ctg::report_financing& f) {
            return "<ReportFinancing " + repr_str(f.rulebook_id) + ">";
        },
        field("rulebook_id", &ctg::report_financing::rulebook_id,
              ctg_doc::report_financing::rulebook_id),
        field("declared_years", &ctg::report_financing::declared_years,
              ctg_doc::report_financing::declared_years),
        field("declared", &ctg::report_financing::declared, ctg_doc::report_financing::declared),
        field("declared_unavailable", &ctg::report_financing::declared_unavailable,
              ctg_doc::report_financing::declared_unavailable));
    def_result_struct(
        row_cls, "ComparisonRow",
        [](const ctg::comparison_row& r) { return "<ComparisonRow " + repr_str(r.label) + ">"; },
        field("id", &ctg::comparison_row::id, ctg_doc::comparison_row::id),
        field("label", &ctg::comparison_row::label, ctg_doc::comparison_row::label),
        field("contracted_fte", &ctg::comparison_row::contracted_fte,
              ctg_doc::comparison_row::contracted_fte),
        field("by_rulebook", &ctg::comparison_row::by_rulebook,
              ctg_doc::comparison_row::by_rulebook),
        field("in_post_by_rulebook", &ctg::comparison_row::in_post_by_rulebook,
              ctg_doc::comparison_row::in_post_by_rulebook));
    def_result_struct(
        comparison_cls, "ReportComparison", plain_repr<ctg::report_comparison>("ReportComparison"),
        field("rulebooks", &ctg::report_comparison::rulebooks,
              ctg_doc::report_comparison::rulebooks),
        field("by_epci", &ctg::report_comparison::by_epci, ctg_doc::report_comparison::by_epci),
        field("total", &ctg::report_comparison::total, ctg_doc::report_comparison::total),
        field("baseline", &ctg::report_comparison::baseline, ctg_doc::report_comparison::baseline),
        field("gains", &ctg::report_comparison::gains, ctg_doc::report_comparison::gains),
        field("gains_in_post", &ctg::report_comparison::gains_in_post,
              ctg_doc::report_comparison::gains_in_post));
    def_result_struct(
        evaluation_row_cls, "EvaluationRow",
        [](const ctg::evaluation_row& r) {
            return "<EvaluationRow " + repr_str(r.rollup.post_id) + ">";
        },
        field("rollup", &ctg::evaluation_row::rollup, ctg_doc::evaluation_row::rollup),
        field("label", &ctg::evaluation_row::label, ctg_doc::evaluation_row::label),
        field("provenance", &ctg::evaluation_row::provenance, ctg_doc::evaluation_row::provenance));
    def_result_struct(
        trend_cls, "EvaluationTrend",
        [](const ctg::evaluation_trend& t) {
            return "<EvaluationTrend " + repr_str(t.post_id) + ">";
        },
        field("post_id", &ctg::evaluation_trend::post_id, ctg_doc::evaluation_trend::post_id),
        field("label", &ctg::evaluation_trend::label, ctg_doc::evaluation_trend::label),
        field("overall_before", &ctg::evaluation_trend::overall_before,
              ctg_doc::evaluation_trend::overall_before),
        field("overall_after", &ctg::evaluation_trend::overall_after,
              ctg_doc::evaluation_trend::overall_after),
        field("improved", &ctg::evaluation_trend::improved, ctg_doc::evaluation_trend::improved),
        field("regressed", &ctg::evaluation_trend::regressed, ctg_doc::evaluation_trend::regressed),
        field("unchanged", &ctg::evaluation_trend::unchanged, ctg_doc::evaluation_trend::unchanged),
        field("other", &ctg::evaluation_trend::other, ctg_doc::evaluation_trend::other));
    def_result_struct(
        activity_cls, "ActivityLabel",
        [](const ctg::activity_label& a) { return "<ActivityLabel " + repr_str(a.id) + ">"; },
        field("id", &ctg::activity_label::id, ctg_doc::activity_label::id),
        field("label", &ctg::activity_label::label, ctg_doc::activity_label::label));
    def_result_struct(
        not_assessed_cls, "ActivitiesNotAssessedByPost",
        [](const ctg::activities_not_assessed_by_post& a) {
            return "<ActivitiesNotAssessedByPost " + repr_str(a.post_id) + ": " +
                   std::to_string(a.activities.size()) + ">";
        },
        field("post_id", &ctg::activities_not_assessed_by_post::post_id,
              ctg_doc::activities_not_assessed_by_post::post_id),
        field("label", &ctg::activities_not_assessed_by_post::label,
              ctg_doc::activities_not_assessed_by_post::label),
        field("activities", &ctg::activities_not_assessed_by_post::activities,
              ctg_doc::activities_not_assessed_by_post::activities));
    def_result_struct(
        evaluation_cls, "ReportEvaluation",
        [](const ctg::report_evaluation& e) {
            return "<ReportEvaluation " + std::to_string(e.year) + " on " + e.grid_id +
                   " version " + std::to_string(e.grid_version) + ">";
        },
        field("year", &ctg::report_evaluation::year, ctg_doc::report_evaluation::year),
        field("years", &ctg::report_evaluation::years, ctg_doc::report_evaluation::years),
        field("grid_id", &ctg::report_evaluation::grid_id, ctg_doc::report_evaluation::grid_id),
        field("grid_version", &ctg::report_evaluation::grid_version,
              ctg_doc::report_evaluation::grid_version),
        field("referentiel_id", &ctg::report_evaluation::referentiel_id,
              ctg_doc::report_evaluation::referentiel_id),
        field("referentiel_activities", &ctg::report_evaluation::referentiel_activities,
              ctg_doc::report_evaluation::referentiel_activities),
        field("rollup", &ctg::report_evaluation::rollup, ctg_doc::report_evaluation::rollup),
        field("rows", &ctg::report_evaluation::rows, ctg_doc::report_evaluation::rows),
        field("department_completeness", &ctg::report_evaluation::department_completeness,
              ctg_doc::report_evaluation::department_completeness),
        field("trend", &ctg::report_evaluation::trend, ctg_doc::report_evaluation::trend),
        field("not_assessed", &ctg::report_evaluation::not_assessed,
              ctg_doc::report_evaluation::not_assessed),
        field("without_section", &ctg::report_evaluation::without_section,
              ctg_doc::report_evaluation::without_section));
    def_result_struct(pending_cls, "ReportPendingEvaluations",
                      plain_repr<ctg::report_pending_evaluations>("ReportPendingEvaluations"),
                      field("count", &ctg::report_pending_evaluations::count,
                            ctg_doc::report_pending_evaluations::count),
                      field("first_known_on", &ctg::report_pending_evaluations::first_known_on,
                            ctg_doc::report_pending_evaluations::first_known_on));
    def_result_struct(
        parameter_cls, "ReportParameterSource",
        [](const ctg::report_parameter_source& p) {
            return "<ReportParameterSource " + repr_str(p.rulebook_id) + " " +
                   repr_str(p.reading.name) + ">";
        },
        field("rulebook_id", &ctg::report_parameter_source::rulebook_id,
              ctg_doc::report_parameter_source::rulebook_id),
        field("reading", &ctg::report_parameter_source::reading,
              ctg_doc::report_parameter_source::reading));
    def_result_struct(
        data_cls, "ReportDataSource",
        [](const ctg::report_data_source& s) {
            return "<ReportDataSource " + repr_str(s.what) + ": " +
                   std::to_string(s.subjects.size()) + ">";
        },
        field("what", &ctg::report_data_source::what, ctg_doc::report_data_source::what),
        field("subjects", &ctg::report_data_source::subjects,
              ctg_doc::report_data_source::subjects),
        field("kind", &ctg::report_data_source::kind, ctg_doc::report_data_source::kind),
        field("document", &ctg::report_data_source::document,
              ctg_doc::report_data_source::document),
        field("locators", &ctg::report_data_source::locators,
              ctg_doc::report_data_source::locators),
        field("url", &ctg::report_data_source::url, ctg_doc::report_data_source::url));
    def_result_struct(
        sources_cls, "ReportSources", plain_repr<ctg::report_sources>("ReportSources"),
        field("parameters", &ctg::report_sources::parameters, ctg_doc::report_sources::parameters),
        field("data", &ctg::report_sources::data, ctg_doc::report_sources::data));
    def_result_struct(
        report_cls, "DepartmentReport",
        [](const department_report& r) {
            return "<DepartmentReport " + repr_str(r.dataset.id) + " on " + ctg::to_iso(r.on) +
                   ", " + std::to_string(r.rulebooks.size()) + " rulebooks, detailed " +
                   repr_str(r.financing.rulebook_id) + ">";
        },
        field("on", &department_report::on, ctg_doc::department_report::on),
        field("dataset", &department_report::dataset, ctg_doc::department_report::dataset),
        field("rulebooks", &department_report::rulebooks, ctg_doc::department_report::rulebooks),
        field("coverage", &department_report::coverage, ctg_doc::department_report::coverage),
        field("trajectory", &department_report::trajectory, ctg_doc::department_report::trajectory),
        field("volume", &department_report::volume, ctg_doc::department_report::volume),
        field("maximum", &department_report::maximum, ctg_doc::department_report::maximum),
        field("maximum_in_post", &department_report::maximum_in_post,
              ctg_doc::department_report::maximum_in_post),
        field("financing", &department_report::financing, ctg_doc::department_report::financing),
        field("comparison", &department_report::comparison, ctg_doc::department_report::comparison),
        field("deadlines", &department_report::deadlines, ctg_doc::department_report::deadlines),
        field("evaluation", &department_report::evaluation, ctg_doc::department_report::evaluation),
        field("sources", &department_report::sources, ctg_doc::department_report::sources),
        field("national_context", &department_report::national_context,
              ctg_doc::department_report::national_context),
        field("follow_up", &department_report::follow_up, ctg_doc::department_report::follow_up),
        field("evaluations_pending", &department_report::evaluations_pending,
              ctg_doc::department_report::evaluations_pending));
    report_cls.def_property_readonly("detailed_maximum", &department_report::detailed_maximum,
                                     py::return_value_policy::reference_internal,
                                     ctg_doc::department_report::detailed_maximum);

    m.attr("DEPARTMENT_REPORT_DEADLINE_MONTHS") = ctg::department_report_deadline_months;
    m.def(
        "default_detailed_rulebook",
        [](const ctg::dataset& d, const std::vector<ctg::rulebook>& rulebooks) {
            return ctg::default_detailed_rulebook(d, rulebooks);
        },
        py::arg("dataset"), py::arg("rulebooks"), ctg_doc::default_detailed_rulebook);
    m.def("default_report_rulebooks", &ctg::default_report_rulebooks, py::arg("dataset"),
          ctg_doc::default_report_rulebooks);
    m.attr("DEFAULT_BASELINE_RULEBOOK") = std::string(ctg::default_baseline_rulebook);
    m.def("report_evaluation_year", &ctg::report_evaluation_year, py::arg("dataset"), py::arg("on"),
          ctg_doc::report_evaluation_year);
    m.def(
        "build_department_report",
        [](const ctg::dataset& d, ctg::date on, const std::vector<ctg::rulebook>& rulebooks,
           std::optional<std::string> detail, std::optional<std::string> baseline,
           int deadline_months) {
            ctg::department_report_options options;
            options.detail = std::move(detail);
            options.baseline = std::move(baseline);
            options.deadline_months = deadline_months;
            return ctg::build_department_report(d, on, rulebooks, options);
        },
        py::arg("dataset"), py::arg("on"), py::arg("rulebooks"), py::kw_only(),
        py::arg("detail") = py::none(), py::arg("baseline") = py::none(),
        py::arg("deadline_months") = ctg::department_report_deadline_months,
        py::call_guard<py::gil_scoped_release>(),
        doc_with(ctg_doc::build_department_report,
                 "Python: the options are keyword arguments (`detail`, `baseline`, "
                 "`deadline_months`)."));
}

}  // namespace ctg::python
