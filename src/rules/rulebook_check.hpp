// SPDX-License-Identifier: MIT
// Private header: the cross-checks of a rulebook, shared by its constructor
// (src/rules/rulebook.cpp) and the JSON loader (src/io/rulebook_json.cpp), which reports them
// with the other problems of the document.
#pragma once

#include <ctg/core/error.hpp>
#include <ctg/rules/formula.hpp>
#include <ctg/rules/parameter.hpp>

#include <functional>
#include <set>
#include <string>
#include <vector>

namespace ctg::detail {

/// Every cross-check of a rulebook; `broken` names parameters that exist but failed to build
/// (their errors are already reported, so references to them are not reported again).
[[nodiscard]] std::vector<error_detail> check_rulebook(
    const std::string& id, const formula& f, const std::vector<parameter>& params,
    const std::set<std::string, std::less<>>& broken);

}  // namespace ctg::detail
