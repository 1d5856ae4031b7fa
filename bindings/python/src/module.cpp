// SPDX-License-Identifier: MIT
// The private extension module ctg._ctg; the public package is bindings/python/ctg.
#include "bind.hpp"
#include <ctg/version.hpp>

PYBIND11_MODULE(_ctg, m) {
    m.doc() =
        "ctg._ctg: the compiled ctg library (exact money, rates, FTE, dates, dated rulebooks, "
        "financing with explanations, datasets, analyses, référentiel and evaluations). "
        "Import the package `ctg`, which re-exports it.";
    m.attr("__version__") = CTG_VERSION_STRING;

    // Dependency order: every area only uses classes registered by the areas before it.
    // The members of the model that need Evaluation (model/dataset.hpp holds the evaluations)
    // are bound by bind_model_evaluations(), after bind_referentiel().
    ctg::python::bind_core(m);
    ctg::python::bind_rules(m);
    ctg::python::bind_finance(m);
    ctg::python::bind_model(m);
    ctg::python::bind_territory_catalogue(m);
    ctg::python::bind_analysis(m);
    ctg::python::bind_referentiel(m);
    ctg::python::bind_model_evaluations(m);
    ctg::python::bind_io(m);
    ctg::python::bind_report(m);
    ctg::python::bind_national(m);
}
