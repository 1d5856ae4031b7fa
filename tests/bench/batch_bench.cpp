// SPDX-License-Identifier: MIT
// The C++ batch kernel against the same rule written by hand, on the same rows (issue 14).
//
// Rows: 1,000,000 random posts (FTE 0.1–4.0, expense 0–250,000 €, seed 2021) under
// charente-2021 on 2021-06-30: aid = 80 % of min(expense, 48,000 € × FTE), rounded half away
// from zero, split into bonus_territoire (55/80) and fonds_locaux (25/80) by largest remainder.
//
//   make bench            (or build/release/bench/batch_bench after a release build)
//
// Contenders, each with and without the two parts:
// - finance_batch: the library (parameters read from the rulebook at run time);
// - plain loop: the rule in int64 with its constants in the code, one branch for the extra cent;
// - branch-free loop: the same with the four lines `t = (8 min(e, 480 f) + 5) / 10`,
//   `b = (11 t + 8) / 16`, `l = t − b`, constants known to the compiler.
// Every contender's output is compared with a reference computed once by the plain loop (which
// the test suite does not use: it is this file's own, written from the rule): the counter
// `mismatches` counts the rows where a total or a part differs (by a cent or more). Then
// finance_batch over 10^4 … 10^7 rows (cost per row), and finance() per post, with and without
// its explanation. The summary prints rows/s and the ratios the issue targets.
#include <ctg/finance/batch.hpp>
#include <ctg/finance/financing.hpp>
#include <ctg/rules/rulebook.hpp>

#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace {

constexpr std::size_t rows = 1'000'000;
constexpr std::size_t largest = 10'000'000;  // the scaling runs take the first n rows
constexpr std::size_t scalar_rows = 20'000;

struct columns {
    std::vector<std::int64_t> fte, expense;
    std::vector<std::int64_t> total, bonus, local;  // the reference, for the first `rows`
};

/// Half away from zero for non-negative numerators.
inline std::int64_t round_half_up(std::int64_t n, std::int64_t d) { return (2 * n + d) / (2 * d); }

/// The rule in plain int64, one row: the ceiling (exact: 4,800,000 cents × f / 10^4 = 480 f),
/// 80 % rounded, parts by the largest remainder (one cent at most is missing with two parts).
inline void plain_row(std::int64_t f, std::int64_t e, std::int64_t& total, std::int64_t& bonus,
                      std::int64_t& local) {
    const std::int64_t ceiling = 480 * f;
    const std::int64_t base = e < ceiling ? e : ceiling;
    const std::int64_t aid = round_half_up(800'000 * base, 1'000'000);
    std::int64_t b = aid * 550'000 / 800'000;
    std::int64_t l = aid * 250'000 / 800'000;
    if (b + l < aid) {
        if (aid * 550'000 % 800'000 >= aid * 250'000 % 800'000) {
            ++b;
        } else {
            ++l;
        }
    }
    total = aid;
    bonus = b;
    local = l;
}

columns& data() {
    static columns d = [] {
        columns x;
        std::mt19937_64 rng(2021);
        std::uniform_int_distribution<std::int64_t> fte(1'000, 40'000);      // 0.1 – 4 FTE
        std::uniform_int_distribution<std::int64_t> expense(0, 25'000'000);  // 0 – 250,000 €
        x.fte.resize(largest);
        x.expense.resize(largest);
        for (std::size_t i = 0; i < largest; ++i) {
            x.fte[i] = fte(rng);
            x.expense[i] = expense(rng);
        }
        x.total.resize(rows);
        x.bonus.resize(rows);
        x.local.resize(rows);
        for (std::size_t i = 0; i < rows; ++i) {
            plain_row(x.fte[i], x.expense[i], x.total[i], x.bonus[i], x.local[i]);
        }
        return x;
    }();
    return d;
}

const ctg::date on = ctg::parse_date("2021-06-30");

struct outputs {
    std::vector<std::int64_t> total = std::vector<std::int64_t>(rows, -1);
    std::vector<std::int64_t> bonus = std::vector<std::int64_t>(rows, -1);
    std::vector<std::int64_t> local = std::vector<std::int64_t>(rows, -1);
};

/// Rows where the total (and, with parts, a part) differs from the reference.
double mismatches(const outputs& out, bool parts) {
    const columns& d = data();
    std::size_t count = 0;
    for (std::size_t i = 0; i < rows; ++i) {
        count += out.total[i] != d.total[i] ||
                 (parts && (out.bonus[i] != d.bonus[i] || out.local[i] != d.local[i]));
    }
    return static_cast<double>(count);
}

void set_counters(benchmark::State& state, std::size_t n, double wrong) {
    state.counters["rows/s"] =
        benchmark::Counter(static_cast<double>(n), benchmark::Counter::kIsIterationInvariantRate);
    state.counters["ns/row"] =
        benchmark::Counter(static_cast<double>(n), benchmark::Counter::kIsIterationInvariantRate |
                                                       benchmark::Counter::kInvert);
    state.counters["mismatches"] = wrong;
}

void BM_finance_batch(benchmark::State& state) {
    const bool parts = state.range(0) != 0;
    const columns& d = data();
    const ctg::rulebook& rules = ctg::builtin_rulebook("charente-2021");
    outputs out;
    const std::span<const std::int64_t> fte(d.fte.data(), rows);
    const std::span<const std::int64_t> expense(d.expense.data(), rows);
    ctg::batch_output columns{out.total, {}};
    if (parts) {
        columns.parts_cents = {out.bonus, out.local};
    }
    for (auto _ : state) {
        ctg::finance_batch(rules, on, {fte, expense, {}}, columns);
        benchmark::DoNotOptimize(out.total.data());
        benchmark::ClobberMemory();
    }
    set_counters(state, rows, mismatches(out, parts));
}

void BM_plain_loop(benchmark::State& state) {
    const bool parts = state.range(0) != 0;
    const columns& d = data();
    outputs out;
    for (auto _ : state) {
        for (std::size_t i = 0; i < rows; ++i) {
            std::int64_t b = 0;
            std::int64_t l = 0;
            plain_row(d.fte[i], d.expense[i], out.total[i], b, l);
            if (parts) {
                out.bonus[i] = b;
                out.local[i] = l;
            }
        }
        benchmark::DoNotOptimize(out.total.data());
        benchmark::ClobberMemory();
    }
    set_counters(state, rows, mismatches(out, parts));
}

void BM_branch_free_loop(benchmark::State& state) {
    const bool parts = state.range(0) != 0;
    const columns& d = data();
    outputs out;
    const std::int64_t* f = d.fte.data();
    const std::int64_t* e = d.expense.data();
    std::int64_t* total = out.total.data();
    std::int64_t* bonus = out.bonus.data();
    std::int64_t* local = out.local.data();
    for (auto _ : state) {
        if (parts) {
            for (std::size_t i = 0; i < rows; ++i) {
                const std::int64_t c = 480 * f[i];
                const std::int64_t t = (8 * (e[i] < c ? e[i] : c) + 5) / 10;
                const std::int64_t b = (11 * t + 8) / 16;
                total[i] = t;
                bonus[i] = b;
                local[i] = t - b;
            }
        } else {
            for (std::size_t i = 0; i < rows; ++i) {
                const std::int64_t c = 480 * f[i];
                total[i] = (8 * (e[i] < c ? e[i] : c) + 5) / 10;
            }
        }
        benchmark::DoNotOptimize(total);
        benchmark::ClobberMemory();
    }
    set_counters(state, rows, mismatches(out, parts));
}

/// finance_batch with its parts over the first n rows: the cost per row as n grows.
void BM_finance_batch_scaling(benchmark::State& state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    const columns& d = data();
    const ctg::rulebook& rules = ctg::builtin_rulebook("charente-2021");
    std::vector<std::int64_t> total(n), bonus(n), local(n);
    for (auto _ : state) {
        ctg::finance_batch(rules, on, {{d.fte.data(), n}, {d.expense.data(), n}, {}},
                           {total, {bonus, local}});
        benchmark::DoNotOptimize(total.data());
        benchmark::ClobberMemory();
    }
    set_counters(state, n, 0);
}

/// finance() post by post, with its explanation (range 1) or without (range 0).
void BM_finance_per_post(benchmark::State& state) {
    const bool explain = state.range(0) != 0;
    const columns& d = data();
    const ctg::rulebook& rules = ctg::builtin_rulebook("charente-2021");
    std::vector<ctg::post_input> posts;
    for (std::size_t i = 0; i < scalar_rows; ++i) {
        posts.push_back({"p", ctg::fte::from_ten_thousandths(d.fte[i]),
                         ctg::money::from_cents(d.expense[i]), ctg::expense_basis::declared,
                         std::nullopt});
    }
    double wrong = 0;
    for (auto _ : state) {
        wrong = 0;
        for (std::size_t i = 0; i < scalar_rows; ++i) {
            const auto r =
                ctg::finance(rules, posts[i], on, explain ? ctg::explain::yes : ctg::explain::no);
            wrong += r.total.cents() != d.total[i] || r.parts[0].amount.cents() != d.bonus[i] ||
                     r.parts[1].amount.cents() != d.local[i];
        }
    }
    set_counters(state, scalar_rows, wrong);
}

BENCHMARK(BM_finance_batch)
    ->ArgName("parts")
    ->Arg(1)
    ->Arg(0)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_plain_loop)
    ->ArgName("parts")
    ->Arg(1)
    ->Arg(0)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_branch_free_loop)
    ->ArgName("parts")
    ->Arg(1)
    ->Arg(0)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_finance_batch_scaling)
    ->ArgName("rows")
    ->RangeMultiplier(10)
    ->Range(10'000, static_cast<std::int64_t>(largest))
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_finance_per_post)
    ->ArgName("explain")
    ->Arg(1)
    ->Arg(0)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

/// Console output, plus the rows/s of every run kept for the summary.
class summary_reporter : public benchmark::ConsoleReporter {
public:
    std::map<std::string, double> rates;
    void ReportRuns(const std::vector<Run>& reports) override {
        for (const Run& r : reports) {
            const auto it = r.counters.find("rows/s");
            if (it != r.counters.end()) {
                std::string name = r.benchmark_name();
                const std::string suffix = "/real_time";
                if (name.ends_with(suffix)) {
                    name.resize(name.size() - suffix.size());
                }
                rates[name] = it->second.value;
            }
        }
        ConsoleReporter::ReportRuns(reports);
    }
};

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    (void)data();  // build the rows and the reference before timing anything
    summary_reporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    const auto rate = [&](const std::string& name) {
        const auto it = reporter.rates.find(name);
        return it == reporter.rates.end() ? 0.0 : it->second;
    };
    const auto ratio = [](double a, double b) { return b > 0 ? a / b : 0.0; };
    std::printf("\n%-34s %12s\n", "rows/s (1,000,000 rows)", "with parts / total only");
    for (const char* name : {"BM_finance_batch", "BM_plain_loop", "BM_branch_free_loop"}) {
        std::printf("%-34s %10.1f M / %.1f M\n", name, rate(std::string(name) + "/parts:1") / 1e6,
                    rate(std::string(name) + "/parts:0") / 1e6);
    }
    for (const char* parts : {"1", "0"}) {
        const std::string suffix = std::string("/parts:") + parts;
        std::printf(
            "finance_batch ÷ branch-free loop, %s: %.2f× (target ≥ 0.5×); ÷ plain loop: "
            "%.2f×\n",
            parts[0] == '1' ? "with parts" : "total only",
            ratio(rate("BM_finance_batch" + suffix), rate("BM_branch_free_loop" + suffix)),
            ratio(rate("BM_finance_batch" + suffix), rate("BM_plain_loop" + suffix)));
    }
    std::printf(
        "finance() per post: %.0f posts/s with its explanation, %.0f without (%.1f×)\n",
        rate("BM_finance_per_post/explain:1"), rate("BM_finance_per_post/explain:0"),
        ratio(rate("BM_finance_per_post/explain:0"), rate("BM_finance_per_post/explain:1")));
    return 0;
}
