// SPDX-License-Identifier: MIT
// The private extension module ctg._ctg; the public package is bindings/python/ctg.
#include "bind.hpp"
#include <ctg/version.hpp>

PYBIND11_MODULE(_ctg, m) {
    m.doc() =
        "ctg._ctg: the compiled ctg library (exact money, rates, FTE, dates, dated rulebooks). "
        "Import the package `ctg`, which re-exports it.";
    m.attr("__version__") = CTG_VERSION_STRING;

    // Dependency order: every area only uses classes registered by the areas before it.
    ctg::python::bind_core(m);
    ctg::python::bind_rules(m);
}
