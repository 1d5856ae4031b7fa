// SPDX-License-Identifier: MIT
// Private header: JSON of explanation steps, shared by explanation::to_json() and
// financing_result::to_json() (nlohmann::ordered_json keeps the keys in a fixed order).
#pragma once

#include <ctg/finance/explanation.hpp>

#include <nlohmann/json.hpp>

#include <vector>

namespace ctg::finance_detail {

/// The steps as an array of objects: kind, id, label {fr, en}, formula, value, amount (string
/// or null), exact (string or null), policy (string or null), parameter (object or null).
[[nodiscard]] nlohmann::ordered_json steps_to_json(const std::vector<explanation_step>& steps);

}  // namespace ctg::finance_detail
