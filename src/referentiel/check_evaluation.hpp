// SPDX-License-Identifier: MIT
// Private header: the one check of an evaluation against its grid, given (when known) what the
// post evaluated says. ctg::validate_evaluation() calls it without a post; the overload taking a
// ctg::coordination_post (src/model/post_evaluations.cpp) with the post's facts, so that the
// errors keep one order whichever is called.
#pragma once

#include <ctg/referentiel/evaluation.hpp>
#include <ctg/referentiel/evaluation_check.hpp>
#include <ctg/referentiel/grid.hpp>

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>

namespace ctg::detail {

/// The JSON path of member `key` under `path` (`evaluations[2].answers`).
[[nodiscard]] inline std::string join(std::string_view path, std::string_view key) {
    return path.empty() ? std::string(key) : std::string(path) + "." + std::string(key);
}

/// The JSON path of element `i` of the array at `path` (`answers[3]`).
[[nodiscard]] inline std::string at_index(const std::string& path, std::size_t i) {
    return path + "[" + std::to_string(i) + "]";
}

/// 1 January of `year`.
[[nodiscard]] inline date first_day(int year) {
    return date{std::chrono::year{year}, std::chrono::January, std::chrono::day{1}};
}

/// What the post evaluated says about an evaluation.
struct evaluated_post {
    std::string_view id;         // the post's id
    bool active_in_year = true;  // some coordinator held it in the year evaluated
    std::string activity;        // its coordinators' terms, quoted when not active
};

[[nodiscard]] evaluation_check check_evaluation(const evaluation& e, const grid& g,
                                                const evaluated_post* post, std::string_view path);

}  // namespace ctg::detail
