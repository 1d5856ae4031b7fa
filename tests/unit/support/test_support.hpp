// SPDX-License-Identifier: MIT
// Helpers shared by the unit tests: the details of an expected ctg::validation_error, a detail
// found by its path, fixtures read from tests/data and edited as text.
#pragma once

#include <ctg/core/error.hpp>
#include <ctg/referentiel/evaluation.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace ctg_test {

/// The details of the ctg::validation_error thrown by `f`, whose message names `origin` when
/// given (a test failure when none is thrown).
template <class F>
std::vector<ctg::error_detail> details_of(F&& f, const std::string& origin = "") {
    try {
        f();
    } catch (const ctg::validation_error& e) {
        EXPECT_NE(std::string(e.what()).find(origin), std::string::npos) << e.what();
        return e.details();
    }
    ADD_FAILURE() << "no ctg::validation_error thrown";
    return {};
}

/// The first detail at `field`, or nullptr.
inline const ctg::error_detail* find(const std::vector<ctg::error_detail>& details,
                                     const std::string& field) {
    for (const auto& d : details) {
        if (d.field == field) {
            return &d;
        }
    }
    return nullptr;
}

/// One detail a line, for failure messages.
inline std::string list(const std::vector<ctg::error_detail>& details) {
    std::string out;
    for (const auto& d : details) {
        out += d.to_string() + "\n";
    }
    return out;
}

/// The first detail at `field`, whose value must be `value` (a test failure when there is none).
inline ctg::error_detail expect_at(const std::vector<ctg::error_detail>& details,
                                   const std::string& field, const std::string& value) {
    if (const ctg::error_detail* d = find(details, field)) {
        EXPECT_EQ(d->value, value) << list(details);
        return *d;
    }
    ADD_FAILURE() << "no error at " << field << " in:\n" << list(details);
    return {};
}

/// Runs `f`, which must throw a ctg::validation_error (a std::invalid_argument, which bindings
/// map to ValueError) whose message names `origin` (when given) and quotes `field: got "value"`,
/// and whose first detail at `field` holds `value`; returns that detail.
template <class F>
ctg::error_detail expect_validation_error(F&& f, const std::string& field, const std::string& value,
                                          const std::string& origin = "") {
    try {
        f();
    } catch (const ctg::validation_error& e) {
        const std::invalid_argument& as_std = e;
        const std::string message = as_std.what();
        EXPECT_NE(message.find(origin), std::string::npos) << message;
        EXPECT_NE(message.find(field + ": got \"" + value + "\""), std::string::npos) << message;
        return expect_at(e.details(), field, value);
    }
    ADD_FAILURE() << "no ctg::validation_error thrown; expected an error at " << field;
    return {};
}

inline bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

/// `text` with the first occurrence of `from` replaced by `to` (a test failure when absent).
inline std::string with(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    if (at == std::string::npos) {
        ADD_FAILURE() << "fixture does not contain: " << from;
        return text;
    }
    return text.replace(at, from.size(), to);
}

/// An evaluation of grid charente-2021 version 1, without answers, for `post_id` and `year`,
/// filled by `filled_by` on `filled_on` (YYYY-MM-DD).
inline ctg::evaluation charente_evaluation(std::string post_id, int year, std::string filled_by,
                                           const std::string& filled_on) {
    ctg::evaluation e;
    e.grid_id = "charente-2021";
    e.grid_version = 1;
    e.post_id = std::move(post_id);
    e.year = year;
    e.filled_by = std::move(filled_by);
    e.filled_on = ctg::parse_date(filled_on);
    return e;
}

/// The path of `relative` under tests/data, e.g. `dataset/minimal.json`.
inline std::filesystem::path data_path(const std::string& relative) {
    return std::filesystem::path(__FILE__).parent_path() / "../../data" / relative;
}

/// The text of `relative` under tests/data.
inline std::string data_file(const std::string& relative) {
    const auto path = data_path(relative);
    std::ifstream in(path, std::ios::binary);
    EXPECT_TRUE(in) << "cannot read " << path;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace ctg_test
