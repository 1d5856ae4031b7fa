// SPDX-License-Identifier: MIT
// Private header: the one check of an evaluation against its grid, given (when known) what the
// post evaluated says. ctg::validate_evaluation() calls it without a post; the overload taking a
// ctg::coordination_post (src/model/post_evaluations.cpp) with the post's facts, so that the
// errors keep one order whichever is called.
#pragma once

#include <ctg/referentiel/evaluation.hpp>
#include <ctg/referentiel/evaluation_check.hpp>
#include <ctg/referentiel/grid.hpp>

#include <string>
#include <string_view>

namespace ctg::detail {

/// What the post evaluated says about an evaluation.
struct evaluated_post {
    std::string_view id;         // the post's id
    bool active_in_year = true;  // some coordinator held it in the year evaluated
    std::string activity;        // its coordinators' terms, quoted when not active
};

[[nodiscard]] evaluation_check check_evaluation(const evaluation& e, const grid& g,
                                                const evaluated_post* post, std::string_view path);

}  // namespace ctg::detail
