// SPDX-License-Identifier: MIT
// Bindings of include/ctg/model: SIREN and INSEE codes, territories, themes and roles, the
// conventions and their parts, coordination posts, and the validated Dataset. The members of
// Dataset that use Evaluation (and DatasetParts) are bound by bind_model_evaluations(), called
// after bind_referentiel(), which registers Evaluation (model/dataset.hpp holds evaluations; the
// Volet and CnafTheme enums of referentiel/ are registered here, before the classes using them).
#include "bind.hpp"
#include "bind_fields.hpp"
#include "ctg_docstrings/model.hpp"
#include "ctg_docstrings/referentiel.hpp"
#include <ctg/io/dataset_json.hpp>
#include <ctg/model/convention.hpp>
#include <ctg/model/coordination.hpp>
#include <ctg/model/dataset.hpp>
#include <ctg/model/territory.hpp>
#include <ctg/model/territory_catalogue.hpp>

#include <pybind11/native_enum.h>
#include <pybind11/stl/filesystem.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ctg::python {

// --- Conversions from Python values (declared in bind.hpp) ------------------------------------

std::optional<ctg::siren> siren_from_python(py::handle value) {
    if (PyUnicode_Check(value.ptr())) {
        return ctg::siren::parse(value.cast<std::string>(), "siren");
    }
    return std::nullopt;
}

std::optional<ctg::insee_code> insee_from_python(py::handle value) {
    if (PyUnicode_Check(value.ptr())) {
        return ctg::insee_code::parse(value.cast<std::string>(), "insee");
    }
    return std::nullopt;
}

namespace {

/// Whether `value` is an instance of the class `name` of ctg._ctg (a native enum).
bool is_instance_of(py::handle value, const char* name) {
    const py::object type = py::module_::import("ctg._ctg").attr(name);
    return PyObject_IsInstance(value.ptr(), type.ptr()) == 1;
}

}  // namespace

std::optional<ctg::theme> theme_from_python(py::handle value) {
    if (PyUnicode_Check(value.ptr())) {
        return ctg::theme::parse(value.cast<std::string>(), "theme");
    }
    if (is_instance_of(value, "CnafTheme")) {
        return ctg::theme(value.cast<ctg::cnaf_theme>());
    }
    return std::nullopt;
}

std::optional<ctg::signatory_role> role_from_python(py::handle value) {
    if (PyUnicode_Check(value.ptr())) {
        return ctg::signatory_role::parse(value.cast<std::string>(), "role");
    }
    if (is_instance_of(value, "KnownRole")) {
        return ctg::signatory_role(value.cast<ctg::known_role>());
    }
    return std::nullopt;
}

namespace {

std::string date_text(const ctg::date& d) { return ctg::to_iso(d); }

template <typename Code>
void def_code_class(py::class_<Code>& cls, const char* name, const char* field_name,
                    const char* parse_doc, const char* is_valid_doc, const char* empty_doc) {
    cls.def(py::init<>(), "Python: the empty code, standing for \"not given\".")
        .def(py::init(
                 [field_name](const std::string& text) { return Code::parse(text, field_name); }),
             py::arg("text"), "Python: the code read from text, as parse() reads it.")
        .def_static("parse", &Code::parse, py::arg("text"), py::arg("field") = field_name,
                    parse_doc)
        .def_static("is_valid", &Code::is_valid, py::arg("text"), is_valid_doc)
        .def_property_readonly("empty", &Code::empty, empty_doc)
        .def("__str__", [](const Code& c) { return c.str(); })
        .def("__repr__",
             [name](const Code& c) {
                 return c.empty() ? std::string(name) + "()" : call_repr(name, {repr_str(c.str())});
             })
        .def("__hash__", [](const Code& c) { return py::hash(py::str(c.str())); })
        .def(py::pickle([](const Code& c) { return py::make_tuple(pickle_version, c.str()); },
                        [name](const py::tuple& s) {
                            check_state(s, 2, name);
                            const auto text = s[1].cast<std::string>();
                            return text.empty() ? Code{} : Code::parse(text);
                        }));
    def_ordering(cls);
}

/// Theme and SignatoryRole: a value of a closed list, or a local one (`local:<label>`).
template <typename Value>
void def_marked_class(py::class_<Value>& cls, const char* name, const char* field_name,
                      const char* local_doc, const char* parse_doc, const char* is_local_doc,
                      const char* local_label_doc, const char* to_string_doc) {
    cls.def(py::init([](const Value& value) { return value; }), py::arg("value"),
            "Python: from its dataset spelling (`local:` marks a local value) or from the "
            "enum member.")
        .def_static("local", &Value::local, py::arg("label"), py::arg("field") = field_name,
                    local_doc)
        .def_static("parse", &Value::parse, py::arg("text"), py::arg("field") = field_name,
                    parse_doc)
        .def_property_readonly("is_local", &Value::is_local, is_local_doc)
        .def_property_readonly("local_label", &Value::local_label, local_label_doc)
        .def("to_string", &Value::to_string, to_string_doc)
        .def("__str__", &Value::to_string)
        .def("__repr__",
             [name](const Value& v) { return call_repr(name, {repr_str(v.to_string())}); })
        .def("__hash__", [](const Value& v) { return py::hash(py::str(v.to_string())); })
        .def(
            py::pickle([](const Value& v) { return py::make_tuple(pickle_version, v.to_string()); },
                       [name, field_name](const py::tuple& s) {
                           check_state(s, 2, name);
                           return Value::parse(s[1].cast<std::string>(), field_name);
                       }));
    def_ordering(cls);
}

std::string dataset_repr(const ctg::dataset& d) {
    return "<Dataset " + repr_str(d.id()) + ": " + d.department().name + ", " +
           std::to_string(d.epcis().size()) + " EPCI, " + std::to_string(d.conventions().size()) +
           " conventions, " + std::to_string(d.posts().size()) + " posts, " +
           std::to_string(d.evaluations().size()) + " evaluations>";
}

}  // namespace

void bind_model(py::module_& m) {
    m.attr("LOCAL_MARKER") = std::string(ctg::local_marker);
    m.attr("DATASET_FORMAT") = std::string(ctg::dataset_format);

    // --- Enums (members spelled as in datasets) --------------------------------------------------
    py::native_enum<ctg::epci_kind>(m, "EpciKind", "enum.Enum", ctg_doc::epci_kind::class_doc)
        .value("CA", ctg::epci_kind::ca, ctg_doc::epci_kind::ca)
        .value("CC", ctg::epci_kind::cc, ctg_doc::epci_kind::cc)
        .value("CU", ctg::epci_kind::cu, ctg_doc::epci_kind::cu)
        .value("metropole", ctg::epci_kind::metropole, ctg_doc::epci_kind::metropole)
        .finalize();
    py::native_enum<ctg::cnaf_theme>(m, "CnafTheme", "enum.Enum", ctg_doc::cnaf_theme::class_doc)
        .value("petite_enfance", ctg::cnaf_theme::petite_enfance,
               ctg_doc::cnaf_theme::petite_enfance)
        .value("enfance", ctg::cnaf_theme::enfance, ctg_doc::cnaf_theme::enfance)
        .value("jeunesse", ctg::cnaf_theme::jeunesse, ctg_doc::cnaf_theme::jeunesse)
        .value("parentalite", ctg::cnaf_theme::parentalite, ctg_doc::cnaf_theme::parentalite)
        .value("acces_aux_droits", ctg::cnaf_theme::acces_aux_droits,
               ctg_doc::cnaf_theme::acces_aux_droits)
        .value("inclusion_numerique", ctg::cnaf_theme::inclusion_numerique,
               ctg_doc::cnaf_theme::inclusion_numerique)
        .value("animation_vie_sociale", ctg::cnaf_theme::animation_vie_sociale,
               ctg_doc::cnaf_theme::animation_vie_sociale)
        .value("logement", ctg::cnaf_theme::logement, ctg_doc::cnaf_theme::logement)
        .value("handicap", ctg::cnaf_theme::handicap, ctg_doc::cnaf_theme::handicap)
        .value("accompagnement_social", ctg::cnaf_theme::accompagnement_social,
               ctg_doc::cnaf_theme::accompagnement_social)
        .finalize();
    py::native_enum<ctg::known_role>(m, "KnownRole", "enum.Enum", ctg_doc::known_role::class_doc)
        .value("caf", ctg::known_role::caf, ctg_doc::known_role::caf)
        .value("epci", ctg::known_role::epci, ctg_doc::known_role::epci)
        .value("commune", ctg::known_role::commune, ctg_doc::known_role::commune)
        .value("conseil_departemental", ctg::known_role::conseil_departemental,
               ctg_doc::known_role::conseil_departemental)
        .value("msa", ctg::known_role::msa, ctg_doc::known_role::msa)
        .value("cpam", ctg::known_role::cpam, ctg_doc::known_role::cpam)
        .value("carsat", ctg::known_role::carsat, ctg_doc::known_role::carsat)
        .value("etat", ctg::known_role::etat, ctg_doc::known_role::etat)
        .value("france_travail", ctg::known_role::france_travail,
               ctg_doc::known_role::france_travail)
        .value("syndicat_intercommunal", ctg::known_role::syndicat_intercommunal,
               ctg_doc::known_role::syndicat_intercommunal)
        .finalize();
    py::native_enum<ctg::action_status>(m, "ActionStatus", "enum.Enum",
                                        ctg_doc::action_status::class_doc)
        .value("planned", ctg::action_status::planned, ctg_doc::action_status::planned)
        .value("in_progress", ctg::action_status::in_progress, ctg_doc::action_status::in_progress)
        .value("done", ctg::action_status::done, ctg_doc::action_status::done)
        .value("abandoned", ctg::action_status::abandoned, ctg_doc::action_status::abandoned)
        .finalize();
    py::native_enum<ctg::body_kind>(m, "BodyKind", "enum.Enum", ctg_doc::body_kind::class_doc)
        .value("comite_pilotage", ctg::body_kind::comite_pilotage,
               ctg_doc::body_kind::comite_pilotage)
        .value("comite_technique", ctg::body_kind::comite_technique,
               ctg_doc::body_kind::comite_technique)
        .value("comite_operationnel", ctg::body_kind::comite_operationnel,
               ctg_doc::body_kind::comite_operationnel)
        .value("comite_thematique", ctg::body_kind::comite_thematique,
               ctg_doc::body_kind::comite_thematique)
        .finalize();
    py::native_enum<ctg::volet>(m, "Volet", "enum.Enum", ctg_doc::volet::class_doc)
        .value("famille", ctg::volet::famille, ctg_doc::volet::famille)
        .value("education", ctg::volet::education, ctg_doc::volet::education)
        .value("social", ctg::volet::social, ctg_doc::volet::social)
        .finalize();

    // --- Classes --------------------------------------------------------------------------------
    py::class_<ctg::siren> siren_cls(
        m, "Siren",
        doc_with(ctg_doc::siren::class_doc,
                 "Python: `Siren('200071827')`; wherever a SIREN is expected, a str is read "
                 "the same way (InvalidValueError when it is not valid). `str()` gives the "
                 "digits."));
    py::class_<ctg::insee_code> insee_cls(
        m, "InseeCode",
        doc_with(ctg_doc::insee_code::class_doc,
                 "Python: `InseeCode('16015')`; wherever a code is expected, a str is read the "
                 "same way. `str()` gives the code."));
    py::class_<ctg::population> population_cls(m, "Population", ctg_doc::population::class_doc);
    py::class_<ctg::department> department_cls(m, "Department", ctg_doc::department::class_doc);
    py::class_<ctg::commune> commune_cls(m, "Commune", ctg_doc::commune::class_doc);
    py::class_<ctg::epci> epci_cls(m, "Epci", ctg_doc::epci::class_doc);
    py::class_<ctg::theme> theme_cls(
        m, "Theme",
        doc_with(ctg_doc::theme::class_doc,
                 "Python: `Theme('parentalite')`, `Theme('local:bien vieillir')` or "
                 "`Theme(CnafTheme.jeunesse)`; wherever a theme is expected, a str or a "
                 "CnafTheme is read the same way."));
    py::class_<ctg::signatory_role> role_cls(
        m, "SignatoryRole",
        doc_with(ctg_doc::signatory_role::class_doc,
                 "Python: `SignatoryRole('msa')`, `SignatoryRole('local:…')` or "
                 "`SignatoryRole(KnownRole.caf)`; wherever a role is expected, a str or a "
                 "KnownRole is read the same way."));
    py::class_<ctg::signatory> signatory_cls(m, "Signatory", ctg_doc::signatory::class_doc);
    py::class_<ctg::territory_coverage> coverage_cls(m, "TerritoryCoverage",
                                                     ctg_doc::territory_coverage::class_doc);
    py::class_<ctg::diagnostic> diagnostic_cls(m, "Diagnostic", ctg_doc::diagnostic::class_doc);
    py::class_<ctg::indicator> indicator_cls(m, "Indicator", ctg_doc::indicator::class_doc);
    py::class_<ctg::fiche_action> fiche_cls(m, "FicheAction", ctg_doc::fiche_action::class_doc);
    py::class_<ctg::action_axis> axis_cls(m, "ActionAxis", ctg_doc::action_axis::class_doc);
    py::class_<ctg::meeting> meeting_cls(m, "Meeting", ctg_doc::meeting::class_doc);
    py::class_<ctg::governance_body> body_cls(m, "GovernanceBody",
                                              ctg_doc::governance_body::class_doc);
    py::class_<ctg::amendment> amendment_cls(m, "Amendment", ctg_doc::amendment::class_doc);
    py::class_<ctg::caf_referent> referent_cls(m, "CafReferent", ctg_doc::caf_referent::class_doc);
    py::class_<ctg::convention> convention_cls(m, "Convention", ctg_doc::convention::class_doc);
    py::class_<ctg::coordinator> coordinator_cls(m, "Coordinator", ctg_doc::coordinator::class_doc);
    py::class_<ctg::yearly_expense> expense_cls(m, "YearlyExpense",
                                                ctg_doc::yearly_expense::class_doc);
    py::class_<ctg::coordination_post> post_cls(
        m, "CoordinationPost",
        doc_with(ctg_doc::coordination_post::class_doc,
                 "Python: built with keyword arguments (e.g. to merge posts into a dataset "
                 "with with_posts()); `pilot_epci` accepts a str."));
    py::class_<ctg::dataset> dataset_cls(
        m, "Dataset",
        doc_with(ctg_doc::dataset::class_doc,
                 "Python: from builtin_dataset(), load_dataset_json(), load_dataset_file() or "
                 "with_posts(); `epcis`, `conventions`, `posts` and `evaluations` are lists "
                 "(of references into the dataset, which stays alive); lookups accept a SIREN "
                 "as a str. Two datasets are equal when their canonical JSON is."));

    // --- Codes ----------------------------------------------------------------------------------
    def_code_class(siren_cls, "Siren", "siren", ctg_doc::siren::parse, ctg_doc::siren::is_valid,
                   ctg_doc::siren::empty);
    def_code_class(insee_cls, "InseeCode", "insee", ctg_doc::insee_code::parse,
                   ctg_doc::insee_code::is_valid, ctg_doc::insee_code::empty);
    insee_cls.def_property_readonly(
        "department", [](const ctg::insee_code& c) { return std::string(c.department()); },
        ctg_doc::insee_code::department);

    // --- Themes and roles -----------------------------------------------------------------------
    // Theme and SignatoryRole are both a ctg::known_or_local: one documentation of its members.
    def_marked_class(theme_cls, "Theme", "theme", ctg_doc::known_or_local::local,
                     ctg_doc::known_or_local::parse, ctg_doc::known_or_local::is_local,
                     ctg_doc::known_or_local::local_label, ctg_doc::known_or_local::to_string);
    theme_cls.def_property_readonly("cnaf", &ctg::theme::cnaf, ctg_doc::theme::cnaf);
    def_marked_class(role_cls, "SignatoryRole", "role", ctg_doc::known_or_local::local,
                     ctg_doc::known_or_local::parse, ctg_doc::known_or_local::is_local,
                     ctg_doc::known_or_local::local_label, ctg_doc::known_or_local::to_string);
    role_cls.def_property_readonly("known", &ctg::signatory_role::known,
                                   ctg_doc::signatory_role::known);

    // --- Territories ----------------------------------------------------------------------------
    def_value_struct(
        population_cls, "Population",
        field("inhabitants", &ctg::population::inhabitants, ctg_doc::population::inhabitants),
        field("reference_year", &ctg::population::reference_year,
              ctg_doc::population::reference_year),
        field("provenance", &ctg::population::provenance, ctg_doc::population::provenance));
    def_value_struct(
        department_cls, "Department",
        field("code", &ctg::department::code, ctg_doc::department::code),
        field("name", &ctg::department::name, ctg_doc::department::name),
        field("provenance", &ctg::department::provenance, ctg_doc::department::provenance));
    def_value_struct(commune_cls, "Commune",
                     required_field("insee", &ctg::commune::insee, ctg_doc::commune::insee),
                     field("name", &ctg::commune::name, ctg_doc::commune::name),
                     field("population", &ctg::commune::population, ctg_doc::commune::population));
    {
        const auto fields = std::make_tuple(
            required_field("siren", &ctg::epci::siren, ctg_doc::epci::siren),
            field("name", &ctg::epci::name, ctg_doc::epci::name),
            field("kind", &ctg::epci::kind, ctg_doc::epci::kind),
            field("seat", &ctg::epci::seat, ctg_doc::epci::seat),
            field("commune_count", &ctg::epci::commune_count, ctg_doc::epci::commune_count),
            field("population", &ctg::epci::population, ctg_doc::epci::population),
            field("communes", &ctg::epci::communes, ctg_doc::epci::communes),
            field("provenance", &ctg::epci::provenance, ctg_doc::epci::provenance),
            field("other_populations", &ctg::epci::other_populations,
                  ctg_doc::epci::other_populations));
        std::apply(
            [&](const auto&... f) {
                def_fields(epci_cls, f...);
                def_kw_init(epci_cls, "Python: keyword arguments only.", f...);
                def_value_protocol(epci_cls, "Epci", f...);
            },
            fields);
        epci_cls.def("population_on", &ctg::epci::population_on, py::arg("day"),
                     py::return_value_policy::reference_internal, ctg_doc::epci::population_on);
        epci_cls.def("__repr__", [](const ctg::epci& e) {
            return "<Epci " + e.siren.str() + " " + repr_str(e.name) + " (" +
                   std::string(ctg::to_string(e.kind)) + "), " +
                   std::to_string(e.population.inhabitants) + " inhabitants>";
        });
    }

    // --- Parts of a convention ------------------------------------------------------------------
    def_value_struct(signatory_cls, "Signatory",
                     field("role", &ctg::signatory::role, ctg_doc::signatory::role),
                     field("name", &ctg::signatory::name, ctg_doc::signatory::name),
                     field("siren", &ctg::signatory::siren, ctg_doc::signatory::siren),
                     field("insee", &ctg::signatory::insee, ctg_doc::signatory::insee));
    def_value_struct(
        coverage_cls, "TerritoryCoverage",
        field("epcis", &ctg::territory_coverage::epcis, ctg_doc::territory_coverage::epcis),
        field("communes", &ctg::territory_coverage::communes,
              ctg_doc::territory_coverage::communes));
    def_value_struct(
        diagnostic_cls, "Diagnostic",
        required_field("completed_on", &ctg::diagnostic::completed_on,
                       ctg_doc::diagnostic::completed_on),
        field("caf_cofinancing", &ctg::diagnostic::caf_cofinancing,
              ctg_doc::diagnostic::caf_cofinancing),
        field("provenance", &ctg::diagnostic::provenance, ctg_doc::diagnostic::provenance));
    def_value_struct(indicator_cls, "Indicator",
                     field("id", &ctg::indicator::id, ctg_doc::indicator::id),
                     field("label", &ctg::indicator::label, ctg_doc::indicator::label),
                     field("unit", &ctg::indicator::unit, ctg_doc::indicator::unit),
                     field("baseline", &ctg::indicator::baseline, ctg_doc::indicator::baseline),
                     field("target", &ctg::indicator::target, ctg_doc::indicator::target));
    def_value_struct(
        fiche_cls, "FicheAction", field("id", &ctg::fiche_action::id, ctg_doc::fiche_action::id),
        field("title", &ctg::fiche_action::title, ctg_doc::fiche_action::title),
        field("objectives", &ctg::fiche_action::objectives, ctg_doc::fiche_action::objectives),
        field("indicators", &ctg::fiche_action::indicators, ctg_doc::fiche_action::indicators),
        field("lead_partner", &ctg::fiche_action::lead_partner,
              ctg_doc::fiche_action::lead_partner),
        field("status", &ctg::fiche_action::status, ctg_doc::fiche_action::status));
    def_value_struct(axis_cls, "ActionAxis",
                     field("id", &ctg::action_axis::id, ctg_doc::action_axis::id),
                     field("title", &ctg::action_axis::title, ctg_doc::action_axis::title),
                     field("fiches", &ctg::action_axis::fiches, ctg_doc::action_axis::fiches));
    def_value_struct(meeting_cls, "Meeting",
                     required_field("held_on", &ctg::meeting::held_on, ctg_doc::meeting::held_on),
                     field("note", &ctg::meeting::note, ctg_doc::meeting::note));
    def_value_struct(
        body_cls, "GovernanceBody",
        field("id", &ctg::governance_body::id, ctg_doc::governance_body::id),
        field("kind", &ctg::governance_body::kind, ctg_doc::governance_body::kind),
        field("name", &ctg::governance_body::name, ctg_doc::governance_body::name),
        field("meetings", &ctg::governance_body::meetings, ctg_doc::governance_body::meetings));
    def_value_struct(
        amendment_cls, "Amendment", field("id", &ctg::amendment::id, ctg_doc::amendment::id),
        required_field("signed_on", &ctg::amendment::signed_on, ctg_doc::amendment::signed_on),
        field("object", &ctg::amendment::object, ctg_doc::amendment::object),
        field("new_end", &ctg::amendment::new_end, ctg_doc::amendment::new_end),
        field("provenance", &ctg::amendment::provenance, ctg_doc::amendment::provenance));
    amendment_cls.def_property_readonly("is_prolongation", &ctg::amendment::is_prolongation,
                                        ctg_doc::amendment::is_prolongation);
    def_value_struct(
        referent_cls, "CafReferent", field("id", &ctg::caf_referent::id, ctg_doc::caf_referent::id),
        field("name", &ctg::caf_referent::name, ctg_doc::caf_referent::name),
        field("provenance", &ctg::caf_referent::provenance, ctg_doc::caf_referent::provenance));

    // --- Convention -----------------------------------------------------------------------------
    {
        const auto fields = std::make_tuple(
            field("id", &ctg::convention::id, ctg_doc::convention::id),
            field("name", &ctg::convention::name, ctg_doc::convention::name),
            required_field("term", &ctg::convention::term, ctg_doc::convention::term),
            field("term_provenance", &ctg::convention::term_provenance,
                  ctg_doc::convention::term_provenance),
            field("themes", &ctg::convention::themes, ctg_doc::convention::themes),
            field("signatories", &ctg::convention::signatories, ctg_doc::convention::signatories),
            field("territories", &ctg::convention::territories, ctg_doc::convention::territories),
            field("diagnostic", &ctg::convention::diagnostic, ctg_doc::convention::diagnostic),
            field("action_plan", &ctg::convention::action_plan, ctg_doc::convention::action_plan),
            field("governance", &ctg::convention::governance, ctg_doc::convention::governance),
            field("amendments", &ctg::convention::amendments, ctg_doc::convention::amendments),
            field("referent_id", &ctg::convention::referent_id, ctg_doc::convention::referent_id),
            field("provenance", &ctg::convention::provenance, ctg_doc::convention::provenance));
        std::apply(
            [&](const auto&... f) {
                def_fields(convention_cls, f...);
                def_kw_init(convention_cls,
                            "Python: keyword arguments only; conventions are normally read "
                            "from a dataset.",
                            f...);
                def_value_protocol(convention_cls, "Convention", f...);
            },
            fields);
    }
    convention_cls
        .def("effective_end", &ctg::convention::effective_end, py::arg("known_on"),
             ctg_doc::convention::effective_end)
        .def("effective_term", &ctg::convention::effective_term, py::arg("known_on"),
             ctg_doc::convention::effective_term)
        .def_property_readonly("latest_known_end", &ctg::convention::latest_known_end,
                               ctg_doc::convention::latest_known_end)
        .def_property_readonly("latest_known_term", &ctg::convention::latest_known_term,
                               ctg_doc::convention::latest_known_term)

        .def("prolongations_known_on", &ctg::convention::prolongations_known_on,
             py::arg("known_on"), py::return_value_policy::reference_internal,
             ctg_doc::convention::prolongations_known_on)
        .def("is_prolonged", &ctg::convention::is_prolonged, py::arg("known_on"),
             ctg_doc::convention::is_prolonged)
        .def_property_readonly("meets_cnaf_minimum", &ctg::convention::meets_cnaf_minimum,
                               ctg_doc::convention::meets_cnaf_minimum)
        .def("active_on", &ctg::convention::active_on, py::arg("day"),
             py::arg("known_on") = py::none(), ctg_doc::convention::active_on)
        .def("has_theme", &ctg::convention::has_theme, py::arg("theme"),
             ctg_doc::convention::has_theme)
        .def("covers_epci", &ctg::convention::covers_epci, py::arg("siren"),
             ctg_doc::convention::covers_epci)
        .def("__repr__", [](const ctg::convention& c) {
            return "<Convention " + repr_str(c.id) + ": " + c.name + ", " +
                   date_text(c.term.start()) + " to " +
                   date_text(c.latest_known_term().last_day()) + ">";
        });

    // --- Coordination ---------------------------------------------------------------------------
    def_value_struct(
        coordinator_cls, "Coordinator",
        field("id", &ctg::coordinator::id, ctg_doc::coordinator::id),
        field("name", &ctg::coordinator::name, ctg_doc::coordinator::name),
        required_field("fte", &ctg::coordinator::fte, ctg_doc::coordinator::fte),
        required_field("start", &ctg::coordinator::start, ctg_doc::coordinator::start),
        field("end", &ctg::coordinator::end, ctg_doc::coordinator::end),
        field("training_days", &ctg::coordinator::training_days,
              ctg_doc::coordinator::training_days),
        field("network_days", &ctg::coordinator::network_days, ctg_doc::coordinator::network_days),
        field("provenance", &ctg::coordinator::provenance, ctg_doc::coordinator::provenance));
    coordinator_cls.def("active_on", &ctg::coordinator::active_on, py::arg("day"),
                        ctg_doc::coordinator::active_on);
    def_value_struct(
        expense_cls, "YearlyExpense",
        required_field("year", &ctg::yearly_expense::year, ctg_doc::yearly_expense::year),
        required_field("amount", &ctg::yearly_expense::amount, ctg_doc::yearly_expense::amount),
        field("provenance", &ctg::yearly_expense::provenance, ctg_doc::yearly_expense::provenance));
    {
        const auto fields = std::make_tuple(
            field("id", &ctg::coordination_post::id, ctg_doc::coordination_post::id),
            field("convention_id", &ctg::coordination_post::convention_id,
                  ctg_doc::coordination_post::convention_id),
            required_field("pilot_epci", &ctg::coordination_post::pilot_epci,
                           ctg_doc::coordination_post::pilot_epci),
            required_field("contracted_fte", &ctg::coordination_post::contracted_fte,
                           ctg_doc::coordination_post::contracted_fte),
            field("fte_provenance", &ctg::coordination_post::fte_provenance,
                  ctg_doc::coordination_post::fte_provenance),
            field("volets", &ctg::coordination_post::volets, ctg_doc::coordination_post::volets),
            field("themes", &ctg::coordination_post::themes, ctg_doc::coordination_post::themes),
            field("coordinators", &ctg::coordination_post::coordinators,
                  ctg_doc::coordination_post::coordinators),
            field("expenses", &ctg::coordination_post::expenses,
                  ctg_doc::coordination_post::expenses),
            field("provenance", &ctg::coordination_post::provenance,
                  ctg_doc::coordination_post::provenance));
        std::apply(
            [&](const auto&... f) {
                def_fields(post_cls, f...);
                def_kw_init(post_cls, "Python: keyword arguments only.", f...);
                def_value_protocol(post_cls, "CoordinationPost", f...);
            },
            fields);
    }
    post_cls
        .def("expense_for", &ctg::coordination_post::expense_for, py::arg("year"),
             py::return_value_policy::reference_internal, ctg_doc::coordination_post::expense_for)
        .def("staffed_fte_on", &ctg::coordination_post::staffed_fte_on, py::arg("day"),
             ctg_doc::coordination_post::staffed_fte_on)
        .def("__repr__", [](const ctg::coordination_post& p) {
            return "<CoordinationPost " + repr_str(p.id) + ": " + p.contracted_fte.to_string() +
                   " FTE, convention " + repr_str(p.convention_id) + ", pilot EPCI " +
                   p.pilot_epci.str() + ">";
        });

    // --- Dataset --------------------------------------------------------------------------------
    const auto internal = py::return_value_policy::reference_internal;
    dataset_cls.def_property_readonly("id", &ctg::dataset::id, ctg_doc::dataset::id)
        .def_property_readonly("label", &ctg::dataset::label, internal, ctg_doc::dataset::label)
        .def_property_readonly("department", &ctg::dataset::department, internal,
                               ctg_doc::dataset::department)
        .def_property_readonly("rulebook_id", &ctg::dataset::rulebook_id,
                               ctg_doc::dataset::rulebook_id)
        .def_property_readonly("grid_id", &ctg::dataset::grid_id, ctg_doc::dataset::grid_id)
        .def_property_readonly("referents", &ctg::dataset::referents, internal,
                               ctg_doc::dataset::referents)
        .def_property_readonly("epcis", &ctg::dataset::epcis, internal, ctg_doc::dataset::epcis)
        .def_property_readonly("conventions", &ctg::dataset::conventions, internal,
                               ctg_doc::dataset::conventions)
        .def_property_readonly("posts", &ctg::dataset::posts, internal, ctg_doc::dataset::posts)
        .def_property_readonly("warnings", &ctg::dataset::warnings, internal,
                               ctg_doc::dataset::warnings)
        .def_property_readonly("total_population", &ctg::dataset::total_population,
                               ctg_doc::dataset::total_population)
        .def_property_readonly("total_communes", &ctg::dataset::total_communes,
                               ctg_doc::dataset::total_communes)
        .def_property_readonly("total_contracted_fte", &ctg::dataset::total_contracted_fte,
                               ctg_doc::dataset::total_contracted_fte)
        .def("find_epci", &ctg::dataset::find_epci, py::arg("siren"), internal,
             ctg_doc::dataset::find_epci)
        .def("epci_at", &ctg::dataset::epci_at, py::arg("siren"), internal,
             ctg_doc::dataset::epci_at)
        .def("find_convention", &ctg::dataset::find_convention, py::arg("id"), internal,
             ctg_doc::dataset::find_convention)
        .def("convention_at", &ctg::dataset::convention_at, py::arg("id"), internal,
             ctg_doc::dataset::convention_at)
        .def("find_post", &ctg::dataset::find_post, py::arg("id"), internal,
             ctg_doc::dataset::find_post)
        .def("post_at", &ctg::dataset::post_at, py::arg("id"), internal, ctg_doc::dataset::post_at)
        .def("find_referent", &ctg::dataset::find_referent, py::arg("id"), internal,
             ctg_doc::dataset::find_referent)
        .def("referent_at", &ctg::dataset::referent_at, py::arg("id"), internal,
             ctg_doc::dataset::referent_at)
        .def("posts_of", &ctg::dataset::posts_of, py::arg("convention_id"), internal,
             ctg_doc::dataset::posts_of)
        .def("conventions_covering", &ctg::dataset::conventions_covering, py::arg("siren"),
             internal, ctg_doc::dataset::conventions_covering)
        .def("evaluation_years", &ctg::dataset::evaluation_years, py::arg("known_on") = py::none(),
             ctg_doc::dataset::evaluation_years)
        .def("__repr__", &dataset_repr)
        .def("__hash__",
             [](const ctg::dataset& d) {
                 return py::hash(py::make_tuple(d.id(), d.posts().size()));
             })
        .def(py::pickle(
            [](const ctg::dataset& d) { return py::make_tuple(pickle_version, ctg::to_json(d)); },
            [](const py::tuple& s) {
                check_state(s, 2, "Dataset");
                return ctg::load_dataset_json(s[1].cast<std::string>(), "pickled dataset");
            }));
    def_equality(dataset_cls, [](const ctg::dataset& a, const ctg::dataset& b) {
        return &a == &b || ctg::to_json(a) == ctg::to_json(b);
    });
    m.def("legal_population_year_on", &ctg::legal_population_year_on, py::arg("day"),
          ctg_doc::legal_population_year_on);

    // --- Enum identifiers -----------------------------------------------------------------------
    m.def("parse_epci_kind", &ctg::parse_epci_kind, py::arg("text"), py::arg("field") = "kind",
          ctg_doc::parse_epci_kind);
    m.def("parse_action_status", &ctg::parse_action_status, py::arg("text"),
          py::arg("field") = "status", ctg_doc::parse_action_status);
    m.def("parse_body_kind", &ctg::parse_body_kind, py::arg("text"), py::arg("field") = "kind",
          ctg_doc::parse_body_kind);
    m.def("parse_volet", &ctg::parse_volet, py::arg("text"), py::arg("field") = "volet",
          ctg_doc::parse_volet);
    m.def("to_string", py::overload_cast<ctg::epci_kind>(&ctg::to_string), py::arg("value"),
          ctg_doc::to_string_of_epci_kind);
    m.def("to_string", py::overload_cast<ctg::cnaf_theme>(&ctg::to_string), py::arg("value"),
          ctg_doc::to_string_of_cnaf_theme);
    m.def("to_string", py::overload_cast<ctg::known_role>(&ctg::to_string), py::arg("value"),
          ctg_doc::to_string_of_known_role);
    m.def("to_string", py::overload_cast<ctg::action_status>(&ctg::to_string), py::arg("value"),
          ctg_doc::to_string_of_action_status);
    m.def("to_string", py::overload_cast<ctg::body_kind>(&ctg::to_string), py::arg("value"),
          ctg_doc::to_string_of_body_kind);
    m.def("to_string", py::overload_cast<ctg::volet>(&ctg::to_string), py::arg("value"),
          ctg_doc::to_string_of_volet);
    m.def("french_label", py::overload_cast<ctg::epci_kind>(&ctg::french_label), py::arg("value"),
          ctg_doc::french_label_of_epci_kind);
    m.def("french_label", py::overload_cast<ctg::known_role>(&ctg::french_label), py::arg("value"),
          ctg_doc::french_label_of_known_role);
    m.def("label", &ctg::label, py::arg("theme"), py::return_value_policy::reference,
          ctg_doc::label);
    m.def(
        "all_cnaf_themes",
        []() {
            const auto themes = ctg::all_cnaf_themes();
            return std::vector<ctg::cnaf_theme>(themes.begin(), themes.end());
        },
        ctg_doc::all_cnaf_themes);
}

void bind_model_evaluations(py::module_& m) {
    py::class_<ctg::dataset_parts> parts_cls(
        m, "DatasetParts",
        doc_with(ctg_doc::dataset_parts::class_doc,
                 "Python: `Dataset.build(parts)` validates them; `dataset.parts` gives them "
                 "back (e.g. to derive a modified dataset)."));
    const auto fields = std::make_tuple(
        field("id", &ctg::dataset_parts::id, ctg_doc::dataset_parts::id),
        field("label", &ctg::dataset_parts::label, ctg_doc::dataset_parts::label),
        field("department", &ctg::dataset_parts::department, ctg_doc::dataset_parts::department),
        field("rulebook", &ctg::dataset_parts::rulebook, ctg_doc::dataset_parts::rulebook),
        field("grid", &ctg::dataset_parts::grid, ctg_doc::dataset_parts::grid),
        field("referents", &ctg::dataset_parts::referents, ctg_doc::dataset_parts::referents),
        field("epcis", &ctg::dataset_parts::epcis, ctg_doc::dataset_parts::epcis),
        field("conventions", &ctg::dataset_parts::conventions, ctg_doc::dataset_parts::conventions),
        field("posts", &ctg::dataset_parts::posts, ctg_doc::dataset_parts::posts),
        field("evaluations", &ctg::dataset_parts::evaluations,
              ctg_doc::dataset_parts::evaluations));
    std::apply(
        [&](const auto&... f) {
            def_fields(parts_cls, f...);
            def_kw_init(parts_cls, "Python: keyword arguments only.", f...);
            def_value_protocol(parts_cls, "DatasetParts", f...);
        },
        fields);
    parts_cls.def("__repr__", [](const ctg::dataset_parts& p) {
        return "<DatasetParts " + repr_str(p.id) + ": " + std::to_string(p.epcis.size()) +
               " EPCI, " + std::to_string(p.conventions.size()) + " conventions, " +
               std::to_string(p.posts.size()) + " posts, " + std::to_string(p.evaluations.size()) +
               " evaluations>";
    });

    const auto internal = py::return_value_policy::reference_internal;
    auto dataset_cls = py::reinterpret_borrow<py::class_<ctg::dataset>>(m.attr("Dataset"));
    dataset_cls
        .def_static("build", &ctg::dataset::build, py::arg("parts"), py::arg("origin") = "dataset",
                    py::call_guard<py::gil_scoped_release>(), ctg_doc::dataset::build)
        .def_property_readonly("parts", &ctg::dataset::parts, internal, ctg_doc::dataset::parts)
        .def_property_readonly("evaluations", &ctg::dataset::evaluations, internal,
                               ctg_doc::dataset::evaluations)
        .def("evaluations_of", &ctg::dataset::evaluations_of, py::arg("post_id"), internal,
             ctg_doc::dataset::evaluations_of)
        .def("find_evaluation", &ctg::dataset::find_evaluation, py::arg("post_id"), py::arg("year"),
             py::arg("grid_id") = "", py::arg("known_on") = py::none(), internal,
             ctg_doc::dataset::find_evaluation)
        .def("evaluations_known_on", &ctg::dataset::evaluations_known_on, py::arg("known_on"),
             ctg_doc::dataset::evaluations_known_on);
}

// The official territorial catalogue: read-only values (Python builds none of its own).
void bind_territory_catalogue(py::module_& m) {
    const auto internal = py::return_value_policy::reference_internal;
    namespace doc = ctg_doc;
    py::class_<ctg::catalogue_commune>(m, "CatalogueCommune", doc::catalogue_commune::class_doc)
        .def_readonly("insee", &ctg::catalogue_commune::insee, doc::catalogue_commune::insee)
        .def_readonly("name", &ctg::catalogue_commune::name, doc::catalogue_commune::name)
        .def_readonly("department", &ctg::catalogue_commune::department,
                      doc::catalogue_commune::department)
        .def_readonly("epci", &ctg::catalogue_commune::epci, doc::catalogue_commune::epci)
        .def_readonly("municipal_population", &ctg::catalogue_commune::municipal_population,
                      doc::catalogue_commune::municipal_population)
        .def_readonly("total_population", &ctg::catalogue_commune::total_population,
                      doc::catalogue_commune::total_population)
        .def_readonly("population_year", &ctg::catalogue_commune::population_year,
                      doc::catalogue_commune::population_year)
        .def("__repr__", [](const ctg::catalogue_commune& c) {
            return "<CatalogueCommune " + c.insee.str() + " " + c.name + ">";
        });
    py::class_<ctg::catalogue_epci>(m, "CatalogueEpci", doc::catalogue_epci::class_doc)
        .def_readonly("siren", &ctg::catalogue_epci::siren, doc::catalogue_epci::siren)
        .def_readonly("name", &ctg::catalogue_epci::name, doc::catalogue_epci::name)
        .def_readonly("official_kind", &ctg::catalogue_epci::official_kind,
                      doc::catalogue_epci::official_kind)
        .def_readonly("kind", &ctg::catalogue_epci::kind, doc::catalogue_epci::kind)
        .def_readonly("municipal_population", &ctg::catalogue_epci::municipal_population,
                      doc::catalogue_epci::municipal_population)
        .def_readonly("total_population", &ctg::catalogue_epci::total_population,
                      doc::catalogue_epci::total_population)
        .def_readonly("population_year", &ctg::catalogue_epci::population_year,
                      doc::catalogue_epci::population_year)
        .def_readonly("departments", &ctg::catalogue_epci::departments,
                      doc::catalogue_epci::departments)
        .def("__repr__", [](const ctg::catalogue_epci& e) {
            return "<CatalogueEpci " + e.siren.str() + " " + e.name + ">";
        });
    const auto as_list = [](auto span) { return std::vector(span.begin(), span.end()); };
    py::class_<ctg::territory_catalogue>(m, "TerritoryCatalogue",
                                         doc::territory_catalogue::class_doc)
        .def_static("parse", &ctg::territory_catalogue::parse, py::arg("text"),
                    py::arg("origin") = "territories", py::call_guard<py::gil_scoped_release>(),
                    doc::territory_catalogue::parse)
        .def_property_readonly("year", &ctg::territory_catalogue::year,
                               doc::territory_catalogue::year)
        .def_property_readonly("epci_population_year",
                               &ctg::territory_catalogue::epci_population_year,
                               doc::territory_catalogue::epci_population_year)
        .def_property_readonly("commune_population_year",
                               &ctg::territory_catalogue::commune_population_year,
                               doc::territory_catalogue::commune_population_year)
        .def_property_readonly("package", &ctg::territory_catalogue::package,
                               doc::territory_catalogue::package)
        .def_property_readonly("version", &ctg::territory_catalogue::version,
                               doc::territory_catalogue::version)
        .def_property_readonly("integrity", &ctg::territory_catalogue::integrity,
                               doc::territory_catalogue::integrity)
        .def_property_readonly("licence", &ctg::territory_catalogue::licence,
                               doc::territory_catalogue::licence)
        .def_property_readonly(
            "sources", [=](const ctg::territory_catalogue& t) { return as_list(t.sources()); },
            doc::territory_catalogue::sources)
        .def_property_readonly(
            "departments",
            [=](const ctg::territory_catalogue& t) { return as_list(t.departments()); },
            doc::territory_catalogue::departments)
        .def_property_readonly(
            "epcis",
            [](const ctg::territory_catalogue& t) {
                std::vector<const ctg::catalogue_epci*> all;
                for (const auto& e : t.epcis()) {
                    all.push_back(&e);
                }
                return all;
            },
            internal, doc::territory_catalogue::epcis)
        .def("provenance", &ctg::territory_catalogue::provenance, py::arg("locator"),
             doc::territory_catalogue::provenance)
        .def("find_department", &ctg::territory_catalogue::find_department, py::arg("code"),
             internal, doc::territory_catalogue::find_department)
        .def("find_epci", &ctg::territory_catalogue::find_epci, py::arg("siren"), internal,
             doc::territory_catalogue::find_epci)
        .def("find_epci_named", &ctg::territory_catalogue::find_epci_named, py::arg("name"),
             internal, doc::territory_catalogue::find_epci_named)
        .def("find_commune", &ctg::territory_catalogue::find_commune, py::arg("code"), internal,
             doc::territory_catalogue::find_commune)
        .def("epcis_in", &ctg::territory_catalogue::epcis_in, py::arg("code"), internal,
             doc::territory_catalogue::epcis_in)
        .def("communes_of", &ctg::territory_catalogue::communes_of, py::arg("epci"), internal,
             doc::territory_catalogue::communes_of)
        .def("__repr__", [](const ctg::territory_catalogue& t) {
            return "<TerritoryCatalogue " + std::to_string(t.year()) + " (" + t.package() + " " +
                   t.version() + ")>";
        });
    m.def("territory_catalogue_years", &ctg::territory_catalogue_years, py::arg("directory"),
          doc::territory_catalogue_years);
    m.def("load_territory_catalogue", &ctg::load_territory_catalogue, py::arg("year"),
          py::arg("directory"), py::call_guard<py::gil_scoped_release>(),
          doc::load_territory_catalogue);
    m.def("department_of", &ctg::department_of, py::arg("code"), doc::department_of);
}

}  // namespace ctg::python
