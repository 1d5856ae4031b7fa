// SPDX-License-Identifier: MIT
// Bindings of include/ctg/referentiel: the job référentiel, answer scales, evaluation grids and
// their cells, evaluations and their answers, checks, exact scores (Share as counts and as
// fractions.Fraction), year-over-year comparisons and the department roll-up.
#include "bind.hpp"
#include "bind_fields.hpp"
#include "ctg_docstrings/model.hpp"
#include "ctg_docstrings/referentiel.hpp"
#include <ctg/model/post_evaluations.hpp>
#include <ctg/referentiel/activity_coverage.hpp>
#include <ctg/referentiel/answer_scale.hpp>
#include <ctg/referentiel/evaluation.hpp>
#include <ctg/referentiel/evaluation_check.hpp>
#include <ctg/referentiel/grid.hpp>
#include <ctg/referentiel/referentiel.hpp>
#include <ctg/referentiel/rollup.hpp>
#include <ctg/referentiel/score.hpp>
#include <ctg/referentiel/year_comparison.hpp>

#include <pybind11/native_enum.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ctg::python {

std::optional<ctg::answer_number> answer_number_from_python(py::handle value) {
    constexpr std::string_view expected =
        "a str such as '1.5' or '0,75', a decimal.Decimal or an int";
    if (PyFloat_Check(value.ptr())) {
        reject_float(value, "number", expected);
    }
    if (PyBool_Check(value.ptr())) {
        return std::nullopt;
    }
    if (PyLong_Check(value.ptr()) || PyUnicode_Check(value.ptr()) || is_decimal(value)) {
        return ctg::answer_number::parse(number_text(value, "number", expected), "number");
    }
    return std::nullopt;
}

namespace {

py::arg_v format_arg() { return py::arg_v("format", ctg::ratio_format{}, "RatioFormat()"); }

std::string cell_repr(const ctg::grid_cell& c) {
    return call_repr("GridCell", {repr_str(c.item_id), value_repr(py::cast(c.policy))});
}

std::string share_text(const ctg::share& s) { return s.to_fraction(); }

template <typename T, typename Repr, typename... F>
void def_result_struct(py::class_<T>& cls, const char* name, Repr repr, const F&... fields) {
    def_fields(cls, fields...);
    def_value_protocol(cls, name, fields...);
    cls.def("__repr__", repr);
}

template <typename T, typename Repr, typename... F>
void def_entity_struct(py::class_<T>& cls, const char* name, Repr repr, const F&... fields) {
    def_fields(cls, fields...);
    def_kw_init(cls, "Python: keyword arguments only, named as the fields.", fields...);
    def_value_protocol(cls, name, fields...);
    cls.def("__repr__", repr);
}

std::string short_text(const std::string& text, std::size_t limit = 60) {
    if (text.size() <= limit) {
        return text;
    }
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0U) == 0x80U) {
        --cut;  // do not cut a UTF-8 sequence
    }
    return text.substr(0, cut) + "…";
}

}  // namespace

void bind_referentiel(py::module_& m) {
    m.attr("REFERENTIEL_FORMAT") = std::string(ctg::referentiel_format);
    m.attr("GRID_FORMAT") = std::string(ctg::grid_format);
    m.attr("EVALUATIONS_FORMAT") = std::string(ctg::evaluations_format);

    // --- Enums ----------------------------------------------------------------------------------
    py::native_enum<ctg::item_kind>(m, "ItemKind", "enum.Enum", ctg_doc::item_kind::class_doc)
        .value("per_policy", ctg::item_kind::per_policy, ctg_doc::item_kind::per_policy)
        .value("yes_no", ctg::item_kind::yes_no, ctg_doc::item_kind::yes_no)
        .value("number", ctg::item_kind::number, ctg_doc::item_kind::number)
        .finalize();
    py::native_enum<ctg::correction_kind>(m, "CorrectionKind", "enum.Enum",
                                          ctg_doc::correction_kind::class_doc)
        .value("spelling", ctg::correction_kind::spelling, ctg_doc::correction_kind::spelling)
        .value("grammar", ctg::correction_kind::grammar, ctg_doc::correction_kind::grammar)
        .value("typography", ctg::correction_kind::typography, ctg_doc::correction_kind::typography)
        .finalize();
    py::native_enum<ctg::answer_kind>(m, "AnswerKind", "enum.Enum", ctg_doc::answer_kind::class_doc)
        .value("level", ctg::answer_kind::level, ctg_doc::answer_kind::level)
        .value("yes_no", ctg::answer_kind::yes_no, ctg_doc::answer_kind::yes_no)
        .value("number", ctg::answer_kind::number, ctg_doc::answer_kind::number)
        .finalize();
    py::native_enum<ctg::cell_trend>(m, "CellTrend", "enum.Enum", ctg_doc::cell_trend::class_doc)
        .value("improved", ctg::cell_trend::improved, ctg_doc::cell_trend::improved)
        .value("regressed", ctg::cell_trend::regressed, ctg_doc::cell_trend::regressed)
        .value("unchanged", ctg::cell_trend::unchanged, ctg_doc::cell_trend::unchanged)
        .value("changed", ctg::cell_trend::changed, ctg_doc::cell_trend::changed)
        .value("newly_answered", ctg::cell_trend::newly_answered,
               ctg_doc::cell_trend::newly_answered)
        .value("no_longer_answered", ctg::cell_trend::no_longer_answered,
               ctg_doc::cell_trend::no_longer_answered)
        .finalize();

    // --- Classes --------------------------------------------------------------------------------
    py::class_<ctg::function_definition> definition_cls(m, "FunctionDefinition",
                                                        ctg_doc::function_definition::class_doc);
    py::class_<ctg::policy_label> policy_label_cls(m, "PolicyLabel",
                                                   ctg_doc::policy_label::class_doc);
    py::class_<ctg::thematic_field> thematic_cls(m, "ThematicField",
                                                 ctg_doc::thematic_field::class_doc);
    py::class_<ctg::activity> activity_cls(m, "Activity", ctg_doc::activity::class_doc);
    py::class_<ctg::objective> objective_cls(m, "Objective", ctg_doc::objective::class_doc);
    py::class_<ctg::objective_area> area_cls(m, "ObjectiveArea",
                                             ctg_doc::objective_area::class_doc);
    py::class_<ctg::expectation> expectation_cls(m, "Expectation", ctg_doc::expectation::class_doc);
    py::class_<ctg::referentiel> referentiel_cls(m, "Referentiel", ctg_doc::referentiel::class_doc);
    py::class_<ctg::scale_level> level_cls(m, "ScaleLevel", ctg_doc::scale_level::class_doc);
    py::class_<ctg::answer_scale> scale_cls(m, "AnswerScale", ctg_doc::answer_scale::class_doc);
    py::class_<ctg::text_correction> correction_cls(m, "TextCorrection",
                                                    ctg_doc::text_correction::class_doc);
    py::class_<ctg::grid_item> item_cls(m, "GridItem", ctg_doc::grid_item::class_doc);
    py::class_<ctg::grid_section> section_cls(m, "GridSection", ctg_doc::grid_section::class_doc);
    py::class_<ctg::grid_cell> cell_cls(m, "GridCell", ctg_doc::grid_cell::class_doc);
    py::class_<ctg::grid_parts> grid_parts_cls(m, "GridParts", ctg_doc::grid_parts::class_doc);
    py::class_<ctg::grid> grid_cls(
        m, "Grid",
        doc_with(ctg_doc::grid::class_doc,
                 "Python: from builtin_grid(), find_builtin_grid(), load_grid_json() or "
                 "Grid.build(); `items()` lists every item in grid order. Two grids are equal "
                 "when their canonical JSON is."));
    py::class_<ctg::answer_number> number_cls(
        m, "AnswerNumber",
        doc_with(ctg_doc::answer_number::class_doc,
                 "Python: `AnswerNumber('1.5')`, `AnswerNumber(Decimal('0.75'))`, "
                 "`AnswerNumber(2)`; wherever a number answer is expected, a str, a Decimal or "
                 "an int is read the same way; a float is a TypeError."));
    py::class_<ctg::answer> answer_cls(m, "Answer", ctg_doc::answer::class_doc);
    py::class_<ctg::item_comment> comment_cls(m, "ItemComment", ctg_doc::item_comment::class_doc);
    py::class_<ctg::evaluation> evaluation_cls(
        m, "Evaluation",
        doc_with(ctg_doc::evaluation::class_doc,
                 "Python: `Evaluation(grid_id='charente-2021', grid_version=1, "
                 "post_id='post-rouillacais', year=2021, answers=[Answer.of_level('1.1', "
                 "Volet.famille, 'oui')], filled_on=date(2022, 1, 20))`, keyword arguments "
                 "only."));
    py::class_<ctg::evaluation_check> check_cls(m, "EvaluationCheck",
                                                ctg_doc::evaluation_check::class_doc);
    py::class_<ctg::evaluations_check> checks_cls(m, "EvaluationsCheck",
                                                  ctg_doc::evaluations_check::class_doc);
    py::class_<ctg::share> share_cls(
        m, "Share",
        doc_with(ctg_doc::share::class_doc,
                 "Python: `Share(part=5, whole=7)`; `as_fraction()` gives the exact "
                 "fractions.Fraction (None when undefined), `a + b` pools the counts, `str()` "
                 "is `5/7`."));
    py::class_<ctg::policy_score> policy_score_cls(m, "PolicyScore",
                                                   ctg_doc::policy_score::class_doc);
    py::class_<ctg::section_score> section_score_cls(m, "SectionScore",
                                                     ctg_doc::section_score::class_doc);
    py::class_<ctg::evaluation_score> score_cls(m, "EvaluationScore",
                                                ctg_doc::evaluation_score::class_doc);
    py::class_<ctg::cell_change> change_cls(m, "CellChange", ctg_doc::cell_change::class_doc);
    py::class_<ctg::section_trend> trend_cls(m, "SectionTrend", ctg_doc::section_trend::class_doc);
    py::class_<ctg::year_comparison> comparison_cls(m, "YearComparison",
                                                    ctg_doc::year_comparison::class_doc);
    py::class_<ctg::rollup_cell> rollup_cell_cls(m, "RollupCell", ctg_doc::rollup_cell::class_doc);
    py::class_<ctg::rollup_row> rollup_row_cls(m, "RollupRow", ctg_doc::rollup_row::class_doc);
    py::class_<ctg::evaluation_rollup> rollup_cls(m, "EvaluationRollup",
                                                  ctg_doc::evaluation_rollup::class_doc);

    const auto internal = py::return_value_policy::reference_internal;

    // --- Référentiel ----------------------------------------------------------------------------
    def_value_struct(
        definition_cls, "FunctionDefinition",
        field("text", &ctg::function_definition::text, ctg_doc::function_definition::text),
        field("pilot", &ctg::function_definition::pilot, ctg_doc::function_definition::pilot),
        field("framework", &ctg::function_definition::framework,
              ctg_doc::function_definition::framework),
        field("provenance", &ctg::function_definition::provenance,
              ctg_doc::function_definition::provenance));
    def_value_struct(policy_label_cls, "PolicyLabel",
                     field("policy", &ctg::policy_label::policy, ctg_doc::policy_label::policy),
                     field("label", &ctg::policy_label::label, ctg_doc::policy_label::label));
    def_value_struct(
        thematic_cls, "ThematicField",
        field("id", &ctg::thematic_field::id, ctg_doc::thematic_field::id),
        field("label", &ctg::thematic_field::label, ctg_doc::thematic_field::label),
        field("cnaf", &ctg::thematic_field::cnaf, ctg_doc::thematic_field::cnaf),
        field("provenance", &ctg::thematic_field::provenance, ctg_doc::thematic_field::provenance));
    def_value_struct(
        activity_cls, "Activity", field("id", &ctg::activity::id, ctg_doc::activity::id),
        field("label", &ctg::activity::label, ctg_doc::activity::label),
        field("provenance", &ctg::activity::provenance, ctg_doc::activity::provenance));
    def_value_struct(objective_cls, "Objective",
                     field("id", &ctg::objective::id, ctg_doc::objective::id),
                     field("label", &ctg::objective::label, ctg_doc::objective::label));
    def_value_struct(
        area_cls, "ObjectiveArea",
        field("id", &ctg::objective_area::id, ctg_doc::objective_area::id),
        field("label", &ctg::objective_area::label, ctg_doc::objective_area::label),
        field("objectives", &ctg::objective_area::objectives, ctg_doc::objective_area::objectives));
    def_value_struct(
        expectation_cls, "Expectation",
        field("id", &ctg::expectation::id, ctg_doc::expectation::id),
        field("label", &ctg::expectation::label, ctg_doc::expectation::label),
        field("thematic_fields", &ctg::expectation::thematic_fields,
              ctg_doc::expectation::thematic_fields),
        field("areas", &ctg::expectation::areas, ctg_doc::expectation::areas),
        field("provenance", &ctg::expectation::provenance, ctg_doc::expectation::provenance));
    def_entity_struct(
        referentiel_cls, "Referentiel",
        [](const ctg::referentiel& r) {
            return "<Referentiel " + repr_str(r.id) + " version " + std::to_string(r.version) +
                   ": " + std::to_string(r.thematic_fields.size()) + " thematic fields, " +
                   std::to_string(r.activities.size()) + " activities, " +
                   std::to_string(r.expectations.size()) + " expectations>";
        },
        field("id", &ctg::referentiel::id, ctg_doc::referentiel::id),
        field("version", &ctg::referentiel::version, ctg_doc::referentiel::version),
        field("label", &ctg::referentiel::label, ctg_doc::referentiel::label),
        field("note", &ctg::referentiel::note, ctg_doc::referentiel::note),
        field("provenance", &ctg::referentiel::provenance, ctg_doc::referentiel::provenance),
        field("definition", &ctg::referentiel::definition, ctg_doc::referentiel::definition),
        field("policies", &ctg::referentiel::policies, ctg_doc::referentiel::policies),
        field("thematic_fields", &ctg::referentiel::thematic_fields,
              ctg_doc::referentiel::thematic_fields),
        field("activities", &ctg::referentiel::activities, ctg_doc::referentiel::activities),
        field("expectations", &ctg::referentiel::expectations, ctg_doc::referentiel::expectations));
    referentiel_cls
        .def("find_activity", &ctg::referentiel::find_activity, py::arg("activity_id"), internal,
             ctg_doc::referentiel::find_activity)
        .def("find_thematic_field", &ctg::referentiel::find_thematic_field, py::arg("field_id"),
             internal, ctg_doc::referentiel::find_thematic_field)
        .def("find_expectation", &ctg::referentiel::find_expectation, py::arg("expectation_id"),
             internal, ctg_doc::referentiel::find_expectation);
    m.def("builtin_referentiel_ids", &ctg::builtin_referentiel_ids,
          ctg_doc::builtin_referentiel_ids);
    m.def("builtin_referentiel", &ctg::builtin_referentiel, py::arg("id"),
          py::return_value_policy::reference, ctg_doc::builtin_referentiel);

    // --- Answer scale ---------------------------------------------------------------------------
    def_value_struct(level_cls, "ScaleLevel",
                     field("code", &ctg::scale_level::code, ctg_doc::scale_level::code),
                     field("label", &ctg::scale_level::label, ctg_doc::scale_level::label));
    def_entity_struct(
        scale_cls, "AnswerScale",
        [](const ctg::answer_scale& s) {
            std::string text = "<AnswerScale " + repr_str(s.id) + ":";
            bool first = true;
            for (const auto& l : s.levels) {
                text += (first ? " " : " < ") + l.code;
                first = false;
            }
            text += ", achieved from " + s.achieved_from;
            if (s.not_applicable) {
                text += ", not applicable " + s.not_applicable->code;
            }
            return text + ">";
        },
        field("id", &ctg::answer_scale::id, ctg_doc::answer_scale::id),
        field("label", &ctg::answer_scale::label, ctg_doc::answer_scale::label),
        field("levels", &ctg::answer_scale::levels, ctg_doc::answer_scale::levels),
        field("achieved_from", &ctg::answer_scale::achieved_from,
              ctg_doc::answer_scale::achieved_from),
        field("not_applicable", &ctg::answer_scale::not_applicable,
              ctg_doc::answer_scale::not_applicable),
        field("note", &ctg::answer_scale::note, ctg_doc::answer_scale::note),
        field("provenance", &ctg::answer_scale::provenance, ctg_doc::answer_scale::provenance));
    scale_cls
        .def("find", &ctg::answer_scale::find, py::arg("code"), internal,
             ctg_doc::answer_scale::find)
        .def("rank_of", &ctg::answer_scale::rank_of, py::arg("code"),
             ctg_doc::answer_scale::rank_of)
        .def("is_not_applicable", &ctg::answer_scale::is_not_applicable, py::arg("code"),
             ctg_doc::answer_scale::is_not_applicable)
        .def("accepts", &ctg::answer_scale::accepts, py::arg("code"),
             ctg_doc::answer_scale::accepts)
        .def("is_achieved", &ctg::answer_scale::is_achieved, py::arg("code"),
             ctg_doc::answer_scale::is_achieved)
        .def("accepted_codes", &ctg::answer_scale::accepted_codes,
             ctg_doc::answer_scale::accepted_codes)
        .def("check", &ctg::answer_scale::check, py::arg("path"), ctg_doc::answer_scale::check);
    m.def("ordinal_scale", &ctg::ordinal_scale, py::arg("top"), py::arg("achieved_from"),
          ctg_doc::ordinal_scale);

    // --- Grid -----------------------------------------------------------------------------------
    def_value_struct(
        correction_cls, "TextCorrection",
        field("original", &ctg::text_correction::original, ctg_doc::text_correction::original),
        field("corrected", &ctg::text_correction::corrected, ctg_doc::text_correction::corrected),
        field("kind", &ctg::text_correction::kind, ctg_doc::text_correction::kind));
    m.def("apply_corrections", &ctg::apply_corrections, py::arg("source"), py::arg("corrections"),
          ctg_doc::apply_corrections);

    def_entity_struct(
        item_cls, "GridItem",
        [](const ctg::grid_item& i) {
            return "<GridItem " + repr_str(i.id) + " " + std::string(ctg::to_string(i.kind)) +
                   ": " + short_text(i.text.fr) + ">";
        },
        field("id", &ctg::grid_item::id, ctg_doc::grid_item::id),
        field("kind", &ctg::grid_item::kind, ctg_doc::grid_item::kind),
        field("text", &ctg::grid_item::text, ctg_doc::grid_item::text),
        field("source_text", &ctg::grid_item::source_text, ctg_doc::grid_item::source_text),
        field("corrections", &ctg::grid_item::corrections, ctg_doc::grid_item::corrections),
        field("decimals", &ctg::grid_item::decimals, ctg_doc::grid_item::decimals),
        field("unit", &ctg::grid_item::unit, ctg_doc::grid_item::unit));
    item_cls.def_property_readonly("verbatim", &ctg::grid_item::verbatim,
                                   ctg_doc::grid_item::verbatim);

    def_entity_struct(
        section_cls, "GridSection",
        [](const ctg::grid_section& s) {
            return "<GridSection " + repr_str(s.id) + ": " + short_text(s.title.fr) + ", " +
                   std::to_string(s.items.size()) + " items>";
        },
        field("id", &ctg::grid_section::id, ctg_doc::grid_section::id),
        field("title", &ctg::grid_section::title, ctg_doc::grid_section::title),
        field("source_title", &ctg::grid_section::source_title,
              ctg_doc::grid_section::source_title),
        field("corrections", &ctg::grid_section::corrections, ctg_doc::grid_section::corrections),
        field("activities", &ctg::grid_section::activities, ctg_doc::grid_section::activities),
        field("items", &ctg::grid_section::items, ctg_doc::grid_section::items));
    section_cls.def_property_readonly("verbatim", &ctg::grid_section::verbatim,
                                      ctg_doc::grid_section::verbatim);

    cell_cls
        .def(py::init([](std::string item_id, std::optional<ctg::volet> policy) {
                 return ctg::grid_cell{std::move(item_id), policy};
             }),
             py::arg("item_id"), py::arg("policy") = py::none(),
             "Python: `GridCell('1.3', Volet.education)`, `GridCell('5.2')`.")
        .def_readonly("item_id", &ctg::grid_cell::item_id, ctg_doc::grid_cell::item_id)
        .def_readonly("policy", &ctg::grid_cell::policy, ctg_doc::grid_cell::policy)
        .def("to_string", &ctg::grid_cell::to_string, ctg_doc::grid_cell::to_string)
        .def("__str__", &ctg::grid_cell::to_string)
        .def("__repr__", &cell_repr)
        .def("__hash__",
             [](const ctg::grid_cell& c) { return py::hash(py::make_tuple(c.item_id, c.policy)); })
        .def(py::pickle(
            [](const ctg::grid_cell& c) {
                return py::make_tuple(pickle_version, c.item_id, c.policy);
            },
            [](const py::tuple& s) {
                check_state(s, 3, "GridCell");
                return ctg::grid_cell{s[1].cast<std::string>(),
                                      s[2].cast<std::optional<ctg::volet>>()};
            }));
    def_ordering(cell_cls);

    def_entity_struct(
        grid_parts_cls, "GridParts",
        [](const ctg::grid_parts& p) {
            return "<GridParts " + repr_str(p.id) + " version " + std::to_string(p.version) + ": " +
                   std::to_string(p.sections.size()) + " sections>";
        },
        field("id", &ctg::grid_parts::id, ctg_doc::grid_parts::id),
        field("version", &ctg::grid_parts::version, ctg_doc::grid_parts::version),
        field("label", &ctg::grid_parts::label, ctg_doc::grid_parts::label),
        field("note", &ctg::grid_parts::note, ctg_doc::grid_parts::note),
        field("referentiel_id", &ctg::grid_parts::referentiel_id,
              ctg_doc::grid_parts::referentiel_id),
        field("provenance", &ctg::grid_parts::provenance, ctg_doc::grid_parts::provenance),
        field("policies", &ctg::grid_parts::policies, ctg_doc::grid_parts::policies),
        field("scale", &ctg::grid_parts::scale, ctg_doc::grid_parts::scale),
        field("sections", &ctg::grid_parts::sections, ctg_doc::grid_parts::sections));

    grid_cls
        .def_static("build", &ctg::grid::build, py::arg("parts"), py::arg("origin") = "grid",
                    ctg_doc::grid::build)
        .def_property_readonly("id", &ctg::grid::id, ctg_doc::grid::id)
        .def_property_readonly("version", &ctg::grid::version, ctg_doc::grid::version)
        .def("key", &ctg::grid::key, ctg_doc::grid::key)
        .def_property_readonly("label", &ctg::grid::label, internal, ctg_doc::grid::label)
        .def_property_readonly("note", &ctg::grid::note, internal, ctg_doc::grid::note)
        .def_property_readonly("referentiel_id", &ctg::grid::referentiel_id,
                               ctg_doc::grid::referentiel_id)
        .def_property_readonly("provenance", &ctg::grid::provenance, internal,
                               ctg_doc::grid::provenance)
        .def_property_readonly("policies", &ctg::grid::policies, internal, ctg_doc::grid::policies)
        .def_property_readonly("scale", &ctg::grid::scale, internal, ctg_doc::grid::scale)
        .def_property_readonly("sections", &ctg::grid::sections, internal, ctg_doc::grid::sections)
        .def_property_readonly("parts", &ctg::grid::parts, internal, ctg_doc::grid::parts)
        .def_property_readonly("item_count", &ctg::grid::item_count, ctg_doc::grid::item_count)
        .def("has_policy", &ctg::grid::has_policy, py::arg("policy"), ctg_doc::grid::has_policy)
        .def("find_policy", &ctg::grid::find_policy, py::arg("policy"), internal,
             ctg_doc::grid::find_policy)
        .def("find_item", &ctg::grid::find_item, py::arg("item_id"), internal,
             ctg_doc::grid::find_item)
        .def("item_at", &ctg::grid::item_at, py::arg("item_id"), internal, ctg_doc::grid::item_at)
        .def("section_of", &ctg::grid::section_of, py::arg("item_id"), internal,
             ctg_doc::grid::section_of)
        .def("find_section", &ctg::grid::find_section, py::arg("section_id"), internal,
             ctg_doc::grid::find_section)
        .def("count", &ctg::grid::count, py::arg("kind"), ctg_doc::grid::count)
        .def("cells_of", &ctg::grid::cells_of, py::arg("item"), ctg_doc::grid::cells_of)
        .def("cells", &ctg::grid::cells, ctg_doc::grid::cells)
        .def(
            "items",
            [](const ctg::grid& g) {
                std::vector<const ctg::grid_item*> items;
                for (const auto& s : g.sections()) {
                    for (const auto& i : s.items) {
                        items.push_back(&i);
                    }
                }
                return items;
            },
            internal, "Python: every item, in grid order (sections, then their items).")
        .def("__repr__",
             [](const ctg::grid& g) {
                 return "<Grid " + repr_str(g.id()) + " version " + std::to_string(g.version()) +
                        ": " + std::to_string(g.sections().size()) + " sections, " +
                        std::to_string(g.item_count()) + " items, " +
                        std::to_string(g.cells().size()) + " cells>";
             })
        .def("__hash__",
             [](const ctg::grid& g) { return py::hash(py::make_tuple(g.id(), g.version())); })
        .def(py::pickle(
            [](const ctg::grid& g) { return py::make_tuple(pickle_version, ctg::to_json(g)); },
            [](const py::tuple& s) {
                check_state(s, 2, "Grid");
                return ctg::load_grid_json(s[1].cast<std::string>(), "pickled grid");
            }));
    def_equality(grid_cls, [](const ctg::grid& a, const ctg::grid& b) {
        return &a == &b || ctg::to_json(a) == ctg::to_json(b);
    });

    m.def("load_grid_json", &ctg::load_grid_json, py::arg("text"), py::arg("origin") = "grid",
          py::call_guard<py::gil_scoped_release>(), ctg_doc::load_grid_json);
    m.def("to_json", py::overload_cast<const ctg::grid&>(&ctg::to_json), py::arg("grid"),
          ctg_doc::to_json_of_grid);
    m.def("builtin_grid_ids", &ctg::builtin_grid_ids, ctg_doc::builtin_grid_ids);
    m.def("builtin_grid", &ctg::builtin_grid, py::arg("id"), py::return_value_policy::reference,
          ctg_doc::builtin_grid);
    m.def("find_builtin_grid", &ctg::find_builtin_grid, py::arg("id"), py::arg("version"),
          py::return_value_policy::reference, ctg_doc::find_builtin_grid);

    // --- Answers and evaluations ----------------------------------------------------------------
    number_cls.attr("scale") = ctg::answer_number::scale;
    number_cls.def(py::init<>(), ctg_doc::answer_number::ctor)
        .def(py::init([](ctg::answer_number value) { return value; }), py::arg("value"),
             "A number read from a str (as AnswerNumber.parse() reads it), a decimal.Decimal or "
             "an int.")
        .def_static("parse", &ctg::answer_number::parse, py::arg("text"),
                    py::arg("field") = "number", ctg_doc::answer_number::parse)
        .def_static(
            "from_ten_thousandths",
            [](const int_arg& units, const std::string& field) {
                return ctg::answer_number::from_ten_thousandths(to_int64(units, field), field);
            },
            py::arg("units"), py::arg("field") = "number",
            ctg_doc::answer_number::from_ten_thousandths)
        .def_property_readonly("ten_thousandths", &ctg::answer_number::ten_thousandths,
                               ctg_doc::answer_number::ten_thousandths)
        .def_property_readonly("decimals", &ctg::answer_number::decimals,
                               ctg_doc::answer_number::decimals)
        .def("to_string", &ctg::answer_number::to_string, ctg_doc::answer_number::to_string)
        .def("to_french", &ctg::answer_number::to_french, ctg_doc::answer_number::to_french)
        .def(
            "to_decimal",
            [](const ctg::answer_number& n) { return decimal_from_text(n.to_string()); },
            "Python: the number as a decimal.Decimal.")
        .def("__str__", &ctg::answer_number::to_string)
        .def("__repr__",
             [](const ctg::answer_number& n) {
                 return call_repr("AnswerNumber", {repr_str(n.to_string())});
             })
        .def("__hash__",
             [](const ctg::answer_number& n) { return py::hash(py::int_(n.ten_thousandths())); })
        .def(py::pickle(
            [](const ctg::answer_number& n) {
                return py::make_tuple(pickle_version, n.ten_thousandths());
            },
            [](const py::tuple& s) {
                check_state(s, 2, "AnswerNumber");
                return ctg::answer_number::from_ten_thousandths(s[1].cast<std::int64_t>());
            }));
    def_ordering(number_cls);

    def_value_struct(answer_cls, "Answer",
                     field("item_id", &ctg::answer::item_id, ctg_doc::answer::item_id),
                     field("policy", &ctg::answer::policy, ctg_doc::answer::policy),
                     field("kind", &ctg::answer::kind, ctg_doc::answer::kind),
                     field("level", &ctg::answer::level, ctg_doc::answer::level),
                     field("yes", &ctg::answer::yes, ctg_doc::answer::yes),
                     field("number", &ctg::answer::number, ctg_doc::answer::number));
    answer_cls
        .def_static("of_level", &ctg::answer::of_level, py::arg("item_id"), py::arg("policy"),
                    py::arg("code"), ctg_doc::answer::of_level)
        .def_static("of_yes_no", &ctg::answer::of_yes_no, py::arg("item_id"), py::arg("yes"),
                    ctg_doc::answer::of_yes_no)
        .def_static("of_number", &ctg::answer::of_number, py::arg("item_id"), py::arg("value"),
                    ctg_doc::answer::of_number)
        .def("cell", &ctg::answer::cell, ctg_doc::answer::cell)
        .def("value_text", &ctg::answer::value_text, ctg_doc::answer::value_text);

    def_value_struct(comment_cls, "ItemComment",
                     field("item_id", &ctg::item_comment::item_id, ctg_doc::item_comment::item_id),
                     field("text", &ctg::item_comment::text, ctg_doc::item_comment::text));

    def_entity_struct(
        evaluation_cls, "Evaluation",
        [](const ctg::evaluation& e) {
            return "<Evaluation " + e.describe() + ": " + std::to_string(e.answers.size()) +
                   " answers, " + std::to_string(e.comments.size()) + " comments>";
        },
        field("grid_id", &ctg::evaluation::grid_id, ctg_doc::evaluation::grid_id),
        field("grid_version", &ctg::evaluation::grid_version, ctg_doc::evaluation::grid_version),
        field("post_id", &ctg::evaluation::post_id, ctg_doc::evaluation::post_id),
        field("year", &ctg::evaluation::year, ctg_doc::evaluation::year),
        field("answers", &ctg::evaluation::answers, ctg_doc::evaluation::answers),
        field("comments", &ctg::evaluation::comments, ctg_doc::evaluation::comments),
        field("filled_by", &ctg::evaluation::filled_by, ctg_doc::evaluation::filled_by),
        field("filled_on", &ctg::evaluation::filled_on, ctg_doc::evaluation::filled_on),
        field("provenance", &ctg::evaluation::provenance, ctg_doc::evaluation::provenance),
        field("coordinators", &ctg::evaluation::coordinators, ctg_doc::evaluation::coordinators));
    evaluation_cls
        .def("find_answer", &ctg::evaluation::find_answer, py::arg("cell"), internal,
             ctg_doc::evaluation::find_answer)
        .def("find_comment", &ctg::evaluation::find_comment, py::arg("item_id"), internal,
             ctg_doc::evaluation::find_comment)
        .def("known_from", &ctg::evaluation::known_from, ctg_doc::evaluation::known_from)
        .def("known_on", &ctg::evaluation::known_on, py::arg("day"), ctg_doc::evaluation::known_on)
        .def("describe", &ctg::evaluation::describe, ctg_doc::evaluation::describe);

    // --- Checks ---------------------------------------------------------------------------------
    def_result_struct(
        check_cls, "EvaluationCheck",
        [](const ctg::evaluation_check& c) {
            return "<EvaluationCheck: " + std::to_string(c.errors.size()) + " errors, " +
                   std::to_string(c.answered_cells) + " of " + std::to_string(c.expected_cells) +
                   " cells answered, " + std::to_string(c.missing_fields.size()) +
                   " missing fields>";
        },
        field("errors", &ctg::evaluation_check::errors, ctg_doc::evaluation_check::errors),
        field("missing", &ctg::evaluation_check::missing, ctg_doc::evaluation_check::missing),
        field("missing_fields", &ctg::evaluation_check::missing_fields,
              ctg_doc::evaluation_check::missing_fields),
        field("expected_cells", &ctg::evaluation_check::expected_cells,
              ctg_doc::evaluation_check::expected_cells),
        field("answered_cells", &ctg::evaluation_check::answered_cells,
              ctg_doc::evaluation_check::answered_cells));
    check_cls.def_property_readonly("ok", &ctg::evaluation_check::ok, ctg_doc::evaluation_check::ok)
        .def_property_readonly("complete", &ctg::evaluation_check::complete,
                               ctg_doc::evaluation_check::complete)
        .def("incompleteness", &ctg::evaluation_check::incompleteness, py::arg("path"),
             ctg_doc::evaluation_check::incompleteness);
    def_result_struct(
        checks_cls, "EvaluationsCheck",
        [](const ctg::evaluations_check& c) {
            return "<EvaluationsCheck: " + std::to_string(c.checks.size()) + " evaluations, " +
                   std::to_string(c.errors.size()) + " errors, " +
                   std::to_string(c.warnings.size()) + " warnings>";
        },
        field("errors", &ctg::evaluations_check::errors, ctg_doc::evaluations_check::errors),
        field("warnings", &ctg::evaluations_check::warnings, ctg_doc::evaluations_check::warnings),
        field("checks", &ctg::evaluations_check::checks, ctg_doc::evaluations_check::checks));
    checks_cls.def_property_readonly("ok", &ctg::evaluations_check::ok,
                                     ctg_doc::evaluations_check::ok);

    m.def("post_active_in_year", &ctg::post_active_in_year, py::arg("post"), py::arg("year"),
          ctg_doc::post_active_in_year);
    // The overloads taking the post (ctg/model/post_evaluations.hpp): without one (None) they
    // are the grid-only checks of ctg/referentiel/evaluation_check.hpp.
    m.def("validate_evaluation",
          py::overload_cast<const ctg::evaluation&, const ctg::grid&, const ctg::coordination_post*,
                            std::string_view>(&ctg::validate_evaluation),
          py::arg("evaluation"), py::arg("grid"), py::arg("post") = py::none(),
          py::arg("path") = "", ctg_doc::validate_evaluation_of_evaluation_grid_coordination_post);
    m.def(
        "require_valid",
        py::overload_cast<const ctg::evaluation&, const ctg::grid&, const ctg::coordination_post*>(
            &ctg::require_valid),
        py::arg("evaluation"), py::arg("grid"), py::arg("post") = py::none(),
        ctg_doc::require_valid_of_evaluation_grid_coordination_post);
    m.def(
        "validate_evaluations",
        [](const std::vector<ctg::evaluation>& evaluations,
           const std::vector<ctg::coordination_post>& posts, const std::vector<ctg::grid>& grids,
           const std::string& path) {
            const py::gil_scoped_release release;
            return ctg::validate_evaluations(evaluations, posts, grids, path);
        },
        py::arg("evaluations"), py::arg("posts"), py::arg("grids") = std::vector<ctg::grid>{},
        py::arg("path") = "evaluations", ctg_doc::validate_evaluations);

    // --- Scores ---------------------------------------------------------------------------------
    def_value_struct(share_cls, "Share", field("part", &ctg::share::part, ctg_doc::share::part),
                     field("whole", &ctg::share::whole, ctg_doc::share::whole));
    share_cls.def_property_readonly("defined", &ctg::share::defined, ctg_doc::share::defined)
        .def("ratio", &ctg::share::ratio, ctg_doc::share::ratio)
        .def("percent", &ctg::share::percent, format_arg(), ctg_doc::share::percent)
        .def("to_fraction", &ctg::share::to_fraction, ctg_doc::share::to_fraction)
        .def(
            "as_fraction",
            [](const ctg::share& s) -> py::typing::Optional<fraction_object> {
                if (!s.defined()) {
                    return py::none();
                }
                return fraction_of(py::int_(s.part), py::int_(s.whole));
            },
            "Python: `part / whole` as a fractions.Fraction (reduced: it no longer tells 5/7 "
            "from 10/14), or None when the share is undefined (whole is zero).")
        .def(
            "__add__",
            [](const ctg::share& a, const ctg::share& b) {
                ctg::share sum = a;
                sum += b;
                return sum;
            },
            py::is_operator(), py::arg("other").noconvert(), ctg_doc::share::operator_plus_assign)
        .def("__str__", &share_text);

    def_value_struct(
        policy_score_cls, "PolicyScore",
        field("policy", &ctg::policy_score::policy, ctg_doc::policy_score::policy),
        field("achieved", &ctg::policy_score::achieved, ctg_doc::policy_score::achieved),
        field("completeness", &ctg::policy_score::completeness,
              ctg_doc::policy_score::completeness));
    def_value_struct(
        section_score_cls, "SectionScore",
        field("section_id", &ctg::section_score::section_id, ctg_doc::section_score::section_id),
        field("achieved", &ctg::section_score::achieved, ctg_doc::section_score::achieved),
        field("completeness", &ctg::section_score::completeness,
              ctg_doc::section_score::completeness),
        field("policies", &ctg::section_score::policies, ctg_doc::section_score::policies));
    def_result_struct(
        score_cls, "EvaluationScore",
        [](const ctg::evaluation_score& s) {
            return "<EvaluationScore " + s.post_id + " " + std::to_string(s.year) + " (" +
                   s.grid_id + " version " + std::to_string(s.grid_version) + "): achieved " +
                   s.overall.to_fraction() + ", answered " + s.completeness.to_fraction() + ">";
        },
        field("grid_id", &ctg::evaluation_score::grid_id, ctg_doc::evaluation_score::grid_id),
        field("grid_version", &ctg::evaluation_score::grid_version,
              ctg_doc::evaluation_score::grid_version),
        field("post_id", &ctg::evaluation_score::post_id, ctg_doc::evaluation_score::post_id),
        field("year", &ctg::evaluation_score::year, ctg_doc::evaluation_score::year),
        field("sections", &ctg::evaluation_score::sections, ctg_doc::evaluation_score::sections),
        field("policies", &ctg::evaluation_score::policies, ctg_doc::evaluation_score::policies),
        field("overall", &ctg::evaluation_score::overall, ctg_doc::evaluation_score::overall),
        field("completeness", &ctg::evaluation_score::completeness,
              ctg_doc::evaluation_score::completeness));
    score_cls
        .def("section", &ctg::evaluation_score::section, py::arg("section_id"), internal,
             ctg_doc::evaluation_score::section)
        .def("policy", &ctg::evaluation_score::policy, py::arg("policy"), internal,
             ctg_doc::evaluation_score::policy);
    m.def("score_evaluation", &ctg::score_evaluation, py::arg("evaluation"), py::arg("grid"),
          ctg_doc::score_evaluation);
    m.def("is_achieved", &ctg::is_achieved, py::arg("answer"), py::arg("grid"),
          ctg_doc::is_achieved);
    m.def("is_applicable", &ctg::is_applicable, py::arg("answer"), py::arg("grid"),
          ctg_doc::is_applicable);

    // --- Year comparison ------------------------------------------------------------------------
    def_value_struct(change_cls, "CellChange",
                     field("cell", &ctg::cell_change::cell, ctg_doc::cell_change::cell),
                     field("before", &ctg::cell_change::before, ctg_doc::cell_change::before),
                     field("after", &ctg::cell_change::after, ctg_doc::cell_change::after),
                     field("trend", &ctg::cell_change::trend, ctg_doc::cell_change::trend));
    def_value_struct(
        trend_cls, "SectionTrend",
        field("section_id", &ctg::section_trend::section_id, ctg_doc::section_trend::section_id),
        field("before", &ctg::section_trend::before, ctg_doc::section_trend::before),
        field("after", &ctg::section_trend::after, ctg_doc::section_trend::after));
    trend_cls.def("delta", &ctg::section_trend::delta, ctg_doc::section_trend::delta);
    def_result_struct(
        comparison_cls, "YearComparison",
        [](const ctg::year_comparison& c) {
            return "<YearComparison " + c.post_id + " " + std::to_string(c.from_year) + " → " +
                   std::to_string(c.to_year) + ": " +
                   std::to_string(c.count(ctg::cell_trend::improved)) + " improved, " +
                   std::to_string(c.count(ctg::cell_trend::regressed)) + " regressed>";
        },
        field("post_id", &ctg::year_comparison::post_id, ctg_doc::year_comparison::post_id),
        field("grid_id", &ctg::year_comparison::grid_id, ctg_doc::year_comparison::grid_id),
        field("grid_version", &ctg::year_comparison::grid_version,
              ctg_doc::year_comparison::grid_version),
        field("from_year", &ctg::year_comparison::from_year, ctg_doc::year_comparison::from_year),
        field("to_year", &ctg::year_comparison::to_year, ctg_doc::year_comparison::to_year),
        field("changes", &ctg::year_comparison::changes, ctg_doc::year_comparison::changes),
        field("sections", &ctg::year_comparison::sections, ctg_doc::year_comparison::sections),
        field("overall_before", &ctg::year_comparison::overall_before,
              ctg_doc::year_comparison::overall_before),
        field("overall_after", &ctg::year_comparison::overall_after,
              ctg_doc::year_comparison::overall_after));
    comparison_cls
        .def("changes_with", &ctg::year_comparison::with, py::arg("trend"),
             doc_with(ctg_doc::year_comparison::with,
                      "Python: `changes_with` (C++ `with`, a Python keyword)."))
        .def("count", &ctg::year_comparison::count, py::arg("trend"),
             ctg_doc::year_comparison::count);
    m.def("compare_years", &ctg::compare_years, py::arg("earlier"), py::arg("later"),
          py::arg("grid"), ctg_doc::compare_years);

    // --- Roll-up --------------------------------------------------------------------------------
    def_value_struct(
        rollup_cell_cls, "RollupCell",
        field("achieved", &ctg::rollup_cell::achieved, ctg_doc::rollup_cell::achieved),
        field("completeness", &ctg::rollup_cell::completeness, ctg_doc::rollup_cell::completeness));
    def_value_struct(
        rollup_row_cls, "RollupRow",
        field("post_id", &ctg::rollup_row::post_id, ctg_doc::rollup_row::post_id),
        field("evaluated", &ctg::rollup_row::evaluated, ctg_doc::rollup_row::evaluated),
        field("sections", &ctg::rollup_row::sections, ctg_doc::rollup_row::sections),
        field("overall", &ctg::rollup_row::overall, ctg_doc::rollup_row::overall),
        field("completeness", &ctg::rollup_row::completeness, ctg_doc::rollup_row::completeness));
    def_result_struct(
        rollup_cls, "EvaluationRollup",
        [](const ctg::evaluation_rollup& r) {
            return "<EvaluationRollup " + r.grid_id + " version " + std::to_string(r.grid_version) +
                   ", " + std::to_string(r.year) + ": " + std::to_string(r.rows.size()) +
                   " posts × " + std::to_string(r.section_ids.size()) + " sections, achieved " +
                   r.department_overall.to_fraction() + ">";
        },
        field("grid_id", &ctg::evaluation_rollup::grid_id, ctg_doc::evaluation_rollup::grid_id),
        field("grid_version", &ctg::evaluation_rollup::grid_version,
              ctg_doc::evaluation_rollup::grid_version),
        field("year", &ctg::evaluation_rollup::year, ctg_doc::evaluation_rollup::year),
        field("section_ids", &ctg::evaluation_rollup::section_ids,
              ctg_doc::evaluation_rollup::section_ids),
        field("rows", &ctg::evaluation_rollup::rows, ctg_doc::evaluation_rollup::rows),
        field("department", &ctg::evaluation_rollup::department,
              ctg_doc::evaluation_rollup::department),
        field("department_completeness", &ctg::evaluation_rollup::department_completeness,
              ctg_doc::evaluation_rollup::department_completeness),
        field("department_overall", &ctg::evaluation_rollup::department_overall,
              ctg_doc::evaluation_rollup::department_overall));
    rollup_cls.def("row", &ctg::evaluation_rollup::row, py::arg("post_id"), internal,
                   ctg_doc::evaluation_rollup::row);
    m.def(
        "roll_up",
        [](const std::vector<ctg::evaluation>& evaluations, const ctg::grid& g, int year,
           const std::vector<std::string>& post_ids) {
            const py::gil_scoped_release release;
            return ctg::roll_up(evaluations, g, year, post_ids);
        },
        py::arg("evaluations"), py::arg("grid"), py::arg("year"),
        py::arg("post_ids") = std::vector<std::string>{}, ctg_doc::roll_up);

    // --- Activities ------------------------------------------------------------------------------
    m.def("sections_assessing", &ctg::sections_assessing, py::arg("grid"), py::arg("activity_id"),
          internal, ctg_doc::sections_assessing);
    m.def("activities_without_section", &ctg::activities_without_section, py::arg("referentiel"),
          py::arg("grid"), ctg_doc::activities_without_section);
    m.def("activities_not_assessed", &ctg::activities_not_assessed, py::arg("referentiel"),
          py::arg("grid"), py::arg("evaluation"), ctg_doc::activities_not_assessed);

    // --- Enum identifiers -----------------------------------------------------------------------
    m.def("parse_item_kind", &ctg::parse_item_kind, py::arg("text"), py::arg("field") = "kind",
          ctg_doc::parse_item_kind);
    m.def("parse_correction_kind", &ctg::parse_correction_kind, py::arg("text"),
          py::arg("field") = "kind", ctg_doc::parse_correction_kind);
    m.def("to_string", py::overload_cast<ctg::item_kind>(&ctg::to_string), py::arg("value"),
          ctg_doc::to_string_of_item_kind);
    m.def("to_string", py::overload_cast<ctg::correction_kind>(&ctg::to_string), py::arg("value"),
          ctg_doc::to_string_of_correction_kind);
    m.def("to_string", py::overload_cast<ctg::answer_kind>(&ctg::to_string), py::arg("value"),
          ctg_doc::to_string_of_answer_kind);
    m.def("to_string", py::overload_cast<ctg::cell_trend>(&ctg::to_string), py::arg("value"),
          ctg_doc::to_string_of_cell_trend);
}

}  // namespace ctg::python
