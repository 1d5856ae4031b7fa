// SPDX-License-Identifier: MIT
/// @file
/// @brief Umbrella header for examples and notebooks; library code includes what it uses.
#pragma once

#include <ctg/core/date.hpp>
#include <ctg/core/error.hpp>
#include <ctg/core/evidence_marks.hpp>
#include <ctg/core/exact_amount.hpp>
#include <ctg/core/exact_ratio.hpp>
#include <ctg/core/fte.hpp>
#include <ctg/core/money.hpp>
#include <ctg/core/provenance.hpp>
#include <ctg/core/rate.hpp>
#include <ctg/core/rounding.hpp>
#include <ctg/core/text.hpp>
#include <ctg/finance/batch.hpp>
#include <ctg/finance/explanation.hpp>
#include <ctg/finance/financing.hpp>
#include <ctg/io/csv.hpp>
#include <ctg/io/dataset_json.hpp>
#include <ctg/io/posts_csv.hpp>
#include <ctg/model/convention.hpp>
#include <ctg/model/coordination.hpp>
#include <ctg/model/dataset.hpp>
#include <ctg/model/post_evaluations.hpp>
#include <ctg/model/territory.hpp>
#include <ctg/rules/formula.hpp>
#include <ctg/rules/parameter.hpp>
#include <ctg/rules/rulebook.hpp>
#include <ctg/rules/scenario.hpp>
#include <ctg/version.hpp>

/// @brief Everything of the library: exact quantities, dated rules, financing with explanations.
namespace ctg {}

#include <ctg/analysis/coordination_volume.hpp>
#include <ctg/analysis/coverage.hpp>
#include <ctg/analysis/deadlines.hpp>
#include <ctg/analysis/department_report.hpp>
#include <ctg/analysis/portfolio_financing.hpp>
#include <ctg/io/evaluation_csv.hpp>
#include <ctg/io/evaluation_json.hpp>
#include <ctg/referentiel/activity_coverage.hpp>
#include <ctg/referentiel/answer_scale.hpp>
#include <ctg/referentiel/evaluation.hpp>
#include <ctg/referentiel/evaluation_check.hpp>
#include <ctg/referentiel/grid.hpp>
#include <ctg/referentiel/referentiel.hpp>
#include <ctg/referentiel/rollup.hpp>
#include <ctg/referentiel/score.hpp>
#include <ctg/referentiel/year_comparison.hpp>
