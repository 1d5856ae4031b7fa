// SPDX-License-Identifier: MIT
/// @file
/// @brief Financing of many posts at once, over columns, with no allocation per row.
#pragma once

#include <ctg/core/date.hpp>
#include <ctg/finance/financing.hpp>
#include <ctg/rules/rulebook.hpp>

#include <cstdint>
#include <span>
#include <vector>

namespace ctg {

/**
 * @brief Input columns, one row per post; every non-empty column has the same length.
 *
 * Amounts are int64 cents, FTE int64 ten-thousandths (fte::ten_thousandths()). `active` holds
 * per row the days (or whole months, as the rulebook counts) active in the calendar year of the
 * date; leave it empty for posts active all year.
 */
struct batch_input {
    std::span<const std::int64_t> fte_ten_thousandths;  ///< FTE per row (required).
    std::span<const std::int64_t>
        expense_cents;  ///< Declared expense (share rulebooks; empty = at ceiling).
    std::span<const std::int64_t> active;  ///< Days or months active (empty = whole year).
};

/**
 * @brief Output columns the caller allocates, each as long as the input.
 *
 * `parts` holds one column per funding part of the rulebook, in the rulebook's order, or is
 * empty when the caller does not want them.
 */
struct batch_output {
    std::span<std::int64_t> total_cents;               ///< Aid per row.
    std::vector<std::span<std::int64_t>> parts_cents;  ///< Per part, per row (optional).
};

/**
 * @brief The annual aid of every row with the parameters in force on `on`.
 *
 * Parameters are read once and the columns scanned once (their validity and bounds); when the
 * bounds prove that no product can overflow, which holds for any realistic amount, every row is
 * then a few integer products and magic-number divisions with no branch (about 4 ns a row with
 * two parts, `make bench`); otherwise the rows take the checked kernel of finance(), which
 * widens to 128 bits where it must. No allocation per row. Row `i` gives exactly what finance()
 * gives for the same post without coordinators: under a rulebook paying the ETP in post, the
 * FTE column is taken as the ETP in post over the activity (a batch row names no coordinator),
 * and its explanation says so.
 * @code
 * std::vector<std::int64_t> fte{25000, 15000}, expense{7'000'000, 5'000'000}, total(2);
 * ctg::finance_batch(ctg::builtin_rulebook("charente-2021"), ctg::parse_date("2021-06-30"),
 *                    {fte, expense, {}}, {total, {}});
 * // total == {5'600'000, 4'000'000}: 80 % of min(70,000, 120,000) and of min(50,000, 72,000)
 * @endcode
 * @param explanations when not null, receives one explanation per row (slow: allocates)
 * @throws ctg::invalid_value naming the column and row for columns of different lengths, a
 * negative FTE or expense, an activity above the year's days or months, a parts column count
 * that differs from the rulebook's parts, or an output column overlapping another output or
 * part of an input (an input column given whole as an output is computed in place; input
 * columns may share memory); no output row is written then.
 * @throws ctg::overflow naming the FTE of the first row whose aid, or an exact amount of its
 * explanation, would not fit in int64 cents (above 2.4·10^12 FTE at 80 % of a ceiling of
 * 48,000 € per FTE); no output row is written then either, nor `explanations` changed.
 */
void finance_batch(const rulebook& rules, date on, const batch_input& input,
                   const batch_output& output, std::vector<explanation>* explanations = nullptr);

}  // namespace ctg
