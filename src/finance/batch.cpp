// SPDX-License-Identifier: MIT
// finance_batch(): the parameters are read once, every row is validated before any output is
// written, then the rows go through the fast kernel of batch_kernel.hpp when the bounds of the
// columns allow it (no branch, no overflow check, divisions by batch constants), else each row
// runs the same checked kernel as finance() (compute.hpp) with a recorder that does nothing.
#include "finance/batch_kernel.hpp"
#include "finance/compute.hpp"
#include "finance/detail/recorder.hpp"
#include <ctg/core/error.hpp>
#include <ctg/finance/batch.hpp>

#include <functional>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace ctg {

namespace {

using finance_detail::row_values;
using finance_detail::rule_values;

std::string cell(std::string_view column, std::size_t row) {
    return std::string(column) + "[" + std::to_string(row) + "]";
}

/// `parts_cents[0] (bonus_territoire)`: the output column of a part, named by index and id.
std::string part_column(std::size_t index, const funding_part& part) {
    return cell("parts_cents", index) + " (" + part.id + ")";
}

void check_length(std::string_view column, std::size_t length, std::size_t rows,
                  bool may_be_empty) {
    if (length == rows || (may_be_empty && length == 0)) {
        return;
    }
    throw invalid_value(error_detail::of(
        may_be_empty ? "batch.column.length_or_empty" : "batch.column.length", std::string(column),
        std::to_string(length), {{"rows", std::to_string(rows)}}));
}

/// Refuses an output column that overlaps another column of the batch: another output (one
/// would be written over the other), or part of an input, whose rows it would overwrite before
/// they are read. An input column given whole as an output is computed in place (each kernel
/// reads a row's inputs before it writes the row); input columns may share memory.
void check_columns_apart(const batch_input& input, const batch_output& output,
                         const std::vector<funding_part>& declared) {
    // Columns 0 … parts are written (the total, then each part), the last three read.
    const std::size_t parts = output.parts_cents.size();
    const auto column = [&](std::size_t c) -> std::span<const std::int64_t> {
        if (c == 0) {
            return output.total_cents;
        }
        if (c <= parts) {
            return output.parts_cents[c - 1];
        }
        return c == parts + 1 ? input.fte_ten_thousandths
                              : (c == parts + 2 ? input.expense_cents : input.active);
    };
    const auto name = [&](std::size_t c) -> std::string {
        if (c == 0) {
            return "total_cents";
        }
        if (c <= parts) {
            return part_column(c - 1, declared[c - 1]);
        }
        return c == parts + 1 ? "fte_ten_thousandths"
                              : (c == parts + 2 ? "expense_cents" : "active");
    };
    const std::less<const std::int64_t*> before;  // a total order, even across arrays
    for (std::size_t w = 0; w <= parts; ++w) {
        const std::span<const std::int64_t> a = column(w);
        for (std::size_t c = 0; c < parts + 4; ++c) {
            const std::span<const std::int64_t> b = column(c);
            const bool in_place = c > parts && a.data() == b.data() && a.size() == b.size();
            if (c != w && !in_place && !a.empty() && !b.empty() &&
                before(a.data(), b.data() + b.size()) && before(b.data(), a.data() + a.size())) {
                throw invalid_value(error_detail::of("batch.column.overlap", name(w), name(c),
                                                     {{"other", name(c)}}));
            }
        }
    }
}

/// Throws the error of the first row with a value out of range (scan_columns() found one).
[[noreturn]] void throw_first_bad_row(const batch_input& input, int year, bool days,
                                      std::int64_t year_length) {
    for (std::size_t i = 0; i < input.fte_ten_thousandths.size(); ++i) {
        if (input.fte_ten_thousandths[i] < 0) {
            throw invalid_value(error_detail::of("fte.negative", cell("fte_ten_thousandths", i),
                                                 std::to_string(input.fte_ten_thousandths[i])));
        }
        if (!input.expense_cents.empty() && input.expense_cents[i] < 0) {
            throw invalid_value(error_detail::of("money.negative", cell("expense_cents", i),
                                                 std::to_string(input.expense_cents[i])));
        }
        if (!input.active.empty() && (input.active[i] < 0 || input.active[i] > year_length)) {
            throw invalid_value(error_detail::of(
                days ? "batch.active.days" : "batch.active.months", cell("active", i),
                std::to_string(input.active[i]),
                {{"year", std::to_string(year)}, {"max", std::to_string(year_length)}}));
        }
    }
    throw std::logic_error("finance_batch: the scan found a bad value no row holds");
}

/// The parts of every row from its total, by the general largest remainder method.
void split_rows(const rule_values& values, const batch_output& output) {
    const std::size_t count = output.parts_cents.size();
    std::vector<std::int64_t> parts(count);
    std::vector<std::int64_t> scratch(count);
    finance_detail::null_recorder none;
    for (std::size_t i = 0; i < output.total_cents.size(); ++i) {
        finance_detail::split_total(output.total_cents[i], values.weights, values.weight_sum, parts,
                                    scratch, none);
        for (std::size_t p = 0; p < count; ++p) {
            output.parts_cents[p][i] = parts[p];
        }
    }
}

/// The explanation finance() would give for the post of row `i` (its inputs are the columns).
explanation explain_row(const rulebook& rules, date on, const rule_values& values,
                        const std::vector<explanation_step>& readings, const batch_input& input,
                        std::size_t i, const row_values& row) {
    finance_detail::post_inputs post;
    post.post_label = {"Poste (ligne du lot)", "Post (batch row)"};
    post.post = "row " + std::to_string(i);
    post.fte = finance_detail::fte_text(row.fte);
    post.at_ceiling = row.at_ceiling;
    // A rulebook paying the ETP in post: the FTE column stands for them (no coordinator given),
    // said as finance() says it for a post without coordinators.
    if (rules.rule().fte == fte_basis::in_post) {
        post.fte_paid = fte_basis::in_post;
    }
    if (!input.expense_cents.empty()) {
        post.expense = money::from_cents(input.expense_cents[i]);
    }
    if (input.active.empty()) {
        post.activity_label = {"Période d'activité (toute la période de référence)",
                               "Activity period (the whole reference period)"};
        post.activity = period::calendar_year(static_cast<int>(on.year())).to_string();
    } else if (rules.rule().prorata == prorata_basis::days) {
        post.activity_label = {"Jours d'activité dans l'année", "Days active in the year"};
        post.activity = std::to_string(input.active[i]);
    } else {
        post.activity_label = {"Mois entiers d'activité dans l'année",
                               "Whole months active in the year"};
        post.activity = std::to_string(input.active[i]);
    }
    explanation why;
    std::vector<std::int64_t> parts(values.weights.size());
    finance_detail::explain_at_date(why.steps, rules, on, values, readings, post, row, parts);
    return why;
}

}  // namespace

void finance_batch(const rulebook& rules, date on, const batch_input& input,
                   const batch_output& output, std::vector<explanation>* explanations) {
    const std::size_t rows = input.fte_ten_thousandths.size();
    // 1. Shapes.
    check_length("expense_cents", input.expense_cents.size(), rows, true);
    check_length("active", input.active.size(), rows, true);
    check_length("total_cents", output.total_cents.size(), rows, false);
    const std::size_t part_count = rules.rule().parts.size();
    if (!output.parts_cents.empty() && output.parts_cents.size() != part_count) {
        throw invalid_value(error_detail::of(
            "batch.parts.count", "parts_cents", std::to_string(output.parts_cents.size()),
            {{"rulebook", rules.id()}, {"parts", std::to_string(part_count)}}));
    }
    for (std::size_t p = 0; p < output.parts_cents.size(); ++p) {
        check_length(part_column(p, rules.rule().parts[p]), output.parts_cents[p].size(), rows,
                     false);
    }
    check_columns_apart(input, output, rules.rule().parts);

    // 2. Parameters, once.
    std::vector<std::int64_t> weights(rules.rule().parts.size());
    std::vector<explanation_step> readings;
    const rule_values values = finance_detail::read_rule_values(
        rules, on, weights, explanations != nullptr ? &readings : nullptr, "");
    const bool share = values.kind == formula_kind::share_of_expense;
    const bool at_ceiling = share && input.expense_cents.empty();
    if (at_ceiling && !values.has_ceiling) {
        throw invalid_value(error_detail::of("financing.no_ceiling", "expense_cents", "",
                                             {{"rulebook", rules.id()}}));
    }
    if (!output.parts_cents.empty() && values.weight_sum == 0 &&
        (share ? values.rate != 0 : values.amount_per_fte != 0)) {
        throw invalid_value(error_detail::of("batch.parts.zero_weights", "parts_cents",
                                             std::to_string(part_count),
                                             {{"rulebook", rules.id()}, {"on", to_iso(on)}}));
    }
    const int year = static_cast<int>(on.year());
    const bool days = rules.rule().prorata == prorata_basis::days;
    const std::int64_t year_length = days ? period::calendar_year(year).days() : 12;

    // 3. Every row, before writing anything: one pass of OR reductions; the rows are read one by
    // one only to name the first bad one.
    const finance_detail::column_scan scan = finance_detail::scan_columns(input, year_length);
    if (!scan.valid) {
        throw_first_bad_row(input, year, days, year_length);
    }

    // 4. The fast kernel when the bounds of the columns allow it (batch_kernel.hpp). Its plan
    // also proves that no aid can overflow.
    const std::optional<finance_detail::fast_plan> plan = finance_detail::plan_fast_batch(
        values, scan, at_ceiling, !input.active.empty(), year_length, !output.parts_cents.empty());
    if (plan && explanations == nullptr) {
        finance_detail::run_fast_batch(*plan, input, output);
        if (plan->split == finance_detail::fast_split::general) {
            split_rows(values, output);
        }
        return;
    }

    // 5. Otherwise the checked kernel of finance(), row by row, in two passes so that a row
    // beyond int64 cents is refused, named, before anything is written. The first computes the
    // aids alone when no plan bounds them (once an aid fits, its split does: compute.hpp), or
    // builds the explanations, whose exact amounts (a ceiling of the expense, say) can exceed
    // an aid that fits; the second writes the rows. Scratch for the parts is allocated once.
    std::vector<std::int64_t> parts(output.parts_cents.empty() ? 0 : part_count);
    std::vector<std::int64_t> scratch(parts.size());
    finance_detail::null_recorder none;
    row_values row;
    row.at_ceiling = at_ceiling;
    row.prorata_den = year_length;
    row.prorata_num = year_length;
    const auto load_row = [&](std::size_t i) {
        row.fte = input.fte_ten_thousandths[i];
        row.expense = at_ceiling || input.expense_cents.empty() ? 0 : input.expense_cents[i];
        if (!input.active.empty()) {
            row.prorata_num = input.active[i];
        }
    };
    std::vector<explanation> explained;
    if (explanations != nullptr || !plan) {
        explained.reserve(explanations != nullptr ? rows : 0);
        for (std::size_t i = 0; i < rows; ++i) {
            load_row(i);
            try {
                if (explanations != nullptr) {
                    explained.push_back(explain_row(rules, on, values, readings, input, i, row));
                } else {
                    (void)finance_detail::compute_row(values, row, {}, {}, none);
                }
            } catch (const overflow& e) {
                throw overflow(
                    error_detail::of("batch.row.overflow", cell("fte_ten_thousandths", i),
                                     std::to_string(row.fte), {{"amount", e.detail().value}}));
            }
        }
    }
    for (std::size_t i = 0; i < rows; ++i) {
        load_row(i);
        output.total_cents[i] = finance_detail::compute_row(values, row, parts, scratch, none);
        for (std::size_t p = 0; p < parts.size(); ++p) {
            output.parts_cents[p][i] = parts[p];
        }
    }
    if (explanations != nullptr) {
        *explanations = std::move(explained);
    }
}

}  // namespace ctg
