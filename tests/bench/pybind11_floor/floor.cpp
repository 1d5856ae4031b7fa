// SPDX-License-Identifier: MIT
// The floor under a Python loop over posts when the results are pybind11 objects (issue 14).
//
// tests/bench/peers_bench.py runs the loop of `ctg.finance()` (a call, then `total`, `parts`
// and each part's `amount`) a second time on this module, which is bound the way ctg's module
// is, pybind11 used as documented, but does no work: `finance` returns a result made of
// constants. Its posts/s are therefore an upper bound of what any loop over pybind11 results of
// this shape can reach, whatever the C++ behind it; the benchmark prints it beside the Decimal
// loop. The shapes are ctg's, reduced to what the loop reads:
// - `Money` holds its cents (ctg::money is one int64 too);
// - `finance(rules, post, on)` takes two bound objects by reference and a date-like object, and
//   returns a new result by value (ctg: the rulebook, the post input, a `datetime.date`);
// - `total` and `amount` return a small field by copy, `parts` the parts as a new list of
//   copies (ctg's convention for small fields and for lists, bindings/python/README.md).
// Not part of ctg: built by `make bench-peers` into build/bench-peers-floor.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cstdint>
#include <vector>

namespace py = pybind11;

namespace {

struct money {
    std::int64_t cents = 0;
};

struct part {
    money amount;
};

struct result {
    money total;
    std::vector<part> parts;
};

struct rules {};
struct post {};

}  // namespace

PYBIND11_MODULE(pybind11_floor, m) {
    m.doc() = "pybind11's floor under ctg's loop over posts (tests/bench/peers_bench.py)";
    py::class_<money>(m, "Money").def_readonly("cents", &money::cents);
    py::class_<part>(m, "Part").def_property_readonly("amount",
                                                      [](const part& p) { return p.amount; });
    py::class_<result>(m, "Result")
        .def_property_readonly("total", [](const result& r) { return r.total; })
        .def_property_readonly("parts", [](const result& r) { return r.parts; });
    py::class_<rules>(m, "Rules").def(py::init<>());
    py::class_<post>(m, "Post").def(py::init<>());
    m.def(
        "finance",
        [](const rules&, const post&, const py::object&) {
            return result{{8'000}, {{{5'500}}, {{2'500}}}};
        },
        py::arg("rules"), py::arg("post"), py::arg("on"));
}
