// SPDX-License-Identifier: MIT
// Bindings of include/ctg/io: the CSV reader, datasets as JSON (and the embedded ones), posts
// from CSV merged into a dataset, evaluations as JSON and CSV, and their blank templates.
// Loaders release the GIL; file loaders take a str or an os.PathLike and raise
// FileNotFoundError for a missing file.
#include "bind.hpp"
#include "bind_fields.hpp"
#include "ctg_docstrings/io.hpp"
#include <ctg/io/csv.hpp>
#include <ctg/io/dataset_json.hpp>
#include <ctg/io/department_init.hpp>
#include <ctg/io/evaluation_csv.hpp>
#include <ctg/io/evaluation_json.hpp>
#include <ctg/io/posts_csv.hpp>

#include <pybind11/stl/filesystem.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ctg::python {

void bind_io(py::module_& m) {
    const auto fr = py::arg_v("language", ctg::language::fr, "Language.fr");
    const auto release = py::call_guard<py::gil_scoped_release>();
    constexpr const char* path_note =
        "Python: `path` is a str or an os.PathLike; a missing file is a FileNotFoundError.";

    // --- CSV ------------------------------------------------------------------------------------
    py::class_<ctg::csv_record> record_cls(m, "CsvRecord", ctg_doc::csv_record::class_doc);
    py::class_<ctg::csv_table> table_cls(m, "CsvTable", ctg_doc::csv_table::class_doc);
    def_value_struct(record_cls, "CsvRecord",
                     field("fields", &ctg::csv_record::fields, ctg_doc::csv_record::fields),
                     field("line", &ctg::csv_record::line, ctg_doc::csv_record::line));
    def_fields(table_cls, field("header", &ctg::csv_table::header, ctg_doc::csv_table::header),
               field("rows", &ctg::csv_table::rows, ctg_doc::csv_table::rows),
               field("separator", &ctg::csv_table::separator, ctg_doc::csv_table::separator));
    def_value_protocol(table_cls, "CsvTable",
                       field("header", &ctg::csv_table::header, ctg_doc::csv_table::header),
                       field("rows", &ctg::csv_table::rows, ctg_doc::csv_table::rows));
    table_cls.def("column", &ctg::csv_table::column, py::arg("name"), ctg_doc::csv_table::column)
        .def("__len__", [](const ctg::csv_table& t) { return t.rows.size(); })
        .def("__repr__", [](const ctg::csv_table& t) {
            return "<CsvTable: " + std::to_string(t.header.size()) + " columns, " +
                   std::to_string(t.rows.size()) + " rows>";
        });
    m.def("read_csv", &ctg::read_csv, py::arg("text"), py::arg("origin") = "csv",
          py::arg("separator") = ',', release, ctg_doc::read_csv);
    m.def("detect_csv_separator", &ctg::detect_csv_separator, py::arg("text"),
          ctg_doc::detect_csv_separator);
    m.def(
        "init_department_dataset",
        [](const ctg::territory_catalogue& catalogue, std::string department, std::string posts_csv,
           std::string posts_origin, std::string rulebook) {
            return ctg::init_department_dataset(
                catalogue, {std::move(department), std::move(posts_csv), std::move(posts_origin),
                            std::move(rulebook)});
        },
        py::arg("catalogue"), py::arg("department"), py::arg("posts_csv") = "",
        py::arg("posts_origin") = "posts.csv", py::arg("rulebook") = "national-2020", release,
        doc_with(ctg_doc::init_department_dataset,
                 "Python: the fields of department_init are keyword arguments."));
    m.def("spreadsheet_safe", &ctg::spreadsheet_safe, py::arg("text"), ctg_doc::spreadsheet_safe);
    m.def("spreadsheet_text", &ctg::spreadsheet_text, py::arg("cell"), ctg_doc::spreadsheet_text);

    // --- Datasets -------------------------------------------------------------------------------
    m.def("load_dataset_json", &ctg::load_dataset_json, py::arg("text"),
          py::arg("origin") = "dataset", release, ctg_doc::load_dataset_json);
    m.def(
        "load_dataset_file",
        [](const std::filesystem::path& path) {
            require_existing_file(path);
            const py::gil_scoped_release unlocked;
            return ctg::load_dataset_file(path);
        },
        py::arg("path"), doc_with(ctg_doc::load_dataset_file, path_note));
    m.def("to_json", py::overload_cast<const ctg::dataset&>(&ctg::to_json), py::arg("dataset"),
          ctg_doc::to_json_of_dataset);
    m.def("dataset_to_json", py::overload_cast<const ctg::dataset&>(&ctg::to_json),
          py::arg("dataset"),
          doc_with(ctg_doc::to_json_of_dataset, "Python: the same as to_json(dataset)."));
    m.def("builtin_dataset_ids", &ctg::builtin_dataset_ids, ctg_doc::builtin_dataset_ids);
    m.def("builtin_dataset", &ctg::builtin_dataset, py::arg("id"),
          py::return_value_policy::reference, ctg_doc::builtin_dataset);

    // --- Posts from CSV -------------------------------------------------------------------------
    m.def("load_posts_csv", &ctg::load_posts_csv, py::arg("text"), py::arg("origin") = "posts.csv",
          release, ctg_doc::load_posts_csv);
    m.def(
        "load_posts_csv_file",
        [](const std::filesystem::path& path) {
            require_existing_file(path);
            const py::gil_scoped_release unlocked;
            return ctg::load_posts_csv_file(path);
        },
        py::arg("path"), doc_with(ctg_doc::load_posts_csv_file, path_note));
    m.def("with_posts", &ctg::with_posts, py::arg("base"), py::arg("posts"), release,
          ctg_doc::with_posts);

    // --- Evaluations as JSON --------------------------------------------------------------------
    m.def("load_evaluations_json", &ctg::load_evaluations_json, py::arg("text"),
          py::arg("origin") = "evaluations", py::arg("path") = "", release,
          ctg_doc::load_evaluations_json);
    m.def(
        "load_evaluations_file",
        [](const std::filesystem::path& path) {
            require_existing_file(path);
            const py::gil_scoped_release unlocked;
            return ctg::load_evaluations_file(path);
        },
        py::arg("path"), doc_with(ctg_doc::load_evaluations_file, path_note));
    m.def(
        "evaluations_to_json",
        [](const std::vector<ctg::evaluation>& evaluations) {
            return ctg::evaluations_to_json(evaluations);
        },
        py::arg("evaluations"), ctg_doc::evaluations_to_json);
    m.def(
        "evaluations_to_json_array",
        [](const std::vector<ctg::evaluation>& evaluations) {
            return ctg::evaluations_to_json_array(evaluations);
        },
        py::arg("evaluations"), ctg_doc::evaluations_to_json_array);
    m.def("blank_evaluation_json", &ctg::blank_evaluation_json, py::arg("grid"),
          py::arg("post_id") = "", py::arg("year") = py::none(), fr,
          ctg_doc::blank_evaluation_json);

    // --- Evaluations as CSV ---------------------------------------------------------------------
    py::tuple columns(ctg::evaluation_csv_columns.size());
    for (std::size_t i = 0; i < ctg::evaluation_csv_columns.size(); ++i) {
        columns[i] = py::str(std::string(ctg::evaluation_csv_columns[i]));
    }
    m.attr("EVALUATION_CSV_COLUMNS") = columns;
    m.def("load_evaluations_csv", &ctg::load_evaluations_csv, py::arg("text"), py::arg("grid"),
          py::arg("origin") = "evaluations.csv", release, ctg_doc::load_evaluations_csv);
    m.def(
        "load_evaluations_csv_file",
        [](const std::filesystem::path& path, const ctg::grid& g) {
            require_existing_file(path);
            const py::gil_scoped_release unlocked;
            return ctg::load_evaluations_csv_file(path, g);
        },
        py::arg("path"), py::arg("grid"), doc_with(ctg_doc::load_evaluations_csv_file, path_note));
    m.def(
        "evaluations_to_csv",
        [](const std::vector<ctg::evaluation>& evaluations, const ctg::grid& g,
           ctg::language lang) { return ctg::evaluations_to_csv(evaluations, g, lang); },
        py::arg("evaluations"), py::arg("grid"), fr, ctg_doc::evaluations_to_csv);
    m.def("blank_evaluation_csv", &ctg::blank_evaluation_csv, py::arg("grid"),
          py::arg("post_id") = "", py::arg("year") = py::none(), fr, ctg_doc::blank_evaluation_csv);
}

}  // namespace ctg::python
