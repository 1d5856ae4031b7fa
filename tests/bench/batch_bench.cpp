// SPDX-License-Identifier: MIT
// finance_batch() over 10,000,000 rows under charente-2021 (80 % of min(expense, 48,000 € ×
// FTE), parts 55 % / 25 %), against the same formula written as a plain int64 loop in this
// binary, and against finance() called row by row (with its explanation) on a sample.
//
//   build/release/bench/batch_bench
//
// Prints rows/s for each and, at the end, the ratio batch / plain.
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

constexpr std::size_t rows = 10'000'000;
constexpr std::size_t scalar_rows = 20'000;

struct data {
    std::vector<std::int64_t> fte, expense, total, bonus, local;
};

data& columns() {
    static data d = [] {
        data x;
        std::mt19937_64 rng(2021);
        std::uniform_int_distribution<std::int64_t> fte(2'500, 40'000);     // 0.25 – 4 FTE
        std::uniform_int_distribution<std::int64_t> expense(0, 8'000'000);  // 0 – 80,000 €
        x.fte.resize(rows);
        x.expense.resize(rows);
        for (std::size_t i = 0; i < rows; ++i) {
            x.fte[i] = fte(rng);
            x.expense[i] = expense(rng);
        }
        x.total.assign(rows, 0);
        x.bonus.assign(rows, 0);
        x.local.assign(rows, 0);
        return x;
    }();
    return d;
}

const ctg::date on = ctg::parse_date("2021-06-30");

/// Half away from zero for non-negative numerators.
inline std::int64_t round_half_up(std::int64_t n, std::int64_t d) { return (2 * n + d) / (2 * d); }

/// The Charente formula in plain int64: ceiling = round(4,800,000 × fte / 10,000);
/// aid = round(0.8 × min(expense, ceiling)); parts by largest remainder (55/80, 25/80).
void plain_loop(const data& in, std::int64_t* total, std::int64_t* bonus, std::int64_t* local) {
    for (std::size_t i = 0; i < rows; ++i) {
        const std::int64_t ceiling = round_half_up(4'800'000 * in.fte[i], 10'000);
        const std::int64_t base = in.expense[i] < ceiling ? in.expense[i] : ceiling;
        const std::int64_t aid = round_half_up(800'000 * base, 1'000'000);
        std::int64_t b = aid * 550'000 / 800'000;
        std::int64_t l = aid * 250'000 / 800'000;
        const std::int64_t rb = aid * 550'000 % 800'000;
        const std::int64_t rl = aid * 250'000 % 800'000;
        if (b + l < aid) {  // one cent at most is missing with two parts
            if (rb >= rl) {
                ++b;
            } else {
                ++l;
            }
        }
        total[i] = aid;
        bonus[i] = b;
        local[i] = l;
    }
}

void BM_finance_batch(benchmark::State& state) {
    data& d = columns();
    const ctg::rulebook& rules = ctg::builtin_rulebook("charente-2021");
    for (auto _ : state) {
        ctg::finance_batch(rules, on, {d.fte, d.expense, {}}, {d.total, {d.bonus, d.local}});
        benchmark::DoNotOptimize(d.total.data());
        benchmark::ClobberMemory();
    }
    state.counters["rows/s"] = benchmark::Counter(static_cast<double>(rows),
                                                  benchmark::Counter::kIsIterationInvariantRate);
}

void BM_plain_int64_loop(benchmark::State& state) {
    data& d = columns();
    std::vector<std::int64_t> total(rows), bonus(rows), local(rows);
    for (auto _ : state) {
        plain_loop(d, total.data(), bonus.data(), local.data());
        benchmark::DoNotOptimize(total.data());
        benchmark::ClobberMemory();
    }
    state.counters["rows/s"] = benchmark::Counter(static_cast<double>(rows),
                                                  benchmark::Counter::kIsIterationInvariantRate);
    // The two must agree row for row (the batch ran first, on the same columns).
    for (std::size_t i = 0; i < rows; ++i) {
        if (d.total[i] != 0 &&
            (total[i] != d.total[i] || bonus[i] != d.bonus[i] || local[i] != d.local[i])) {
            state.SkipWithError("plain loop and finance_batch disagree");
            return;
        }
    }
}

void BM_finance_scalar(benchmark::State& state) {
    data& d = columns();
    const ctg::rulebook& rules = ctg::builtin_rulebook("charente-2021");
    std::int64_t check = 0;
    for (auto _ : state) {
        for (std::size_t i = 0; i < scalar_rows; ++i) {
            const ctg::post_input post{"p", ctg::fte::from_ten_thousandths(d.fte[i]),
                                       ctg::money::from_cents(d.expense[i]),
                                       ctg::expense_basis::declared, std::nullopt};
            const auto r = ctg::finance(rules, post, on);
            check += r.total.cents();
        }
    }
    benchmark::DoNotOptimize(check);
    state.counters["rows/s"] = benchmark::Counter(static_cast<double>(scalar_rows),
                                                  benchmark::Counter::kIsIterationInvariantRate);
}

BENCHMARK(BM_finance_batch)->Unit(benchmark::kMillisecond)->Iterations(4);
BENCHMARK(BM_plain_int64_loop)->Unit(benchmark::kMillisecond)->Iterations(4);
BENCHMARK(BM_finance_scalar)->Unit(benchmark::kMillisecond)->Iterations(3);

/// Console output, plus the rows/s of every run kept for the summary.
class summary_reporter : public benchmark::ConsoleReporter {
public:
    std::map<std::string, double> rates;
    void ReportRuns(const std::vector<Run>& reports) override {
        for (const Run& r : reports) {
            const auto it = r.counters.find("rows/s");
            if (it != r.counters.end()) {
                rates[r.benchmark_name()] = it->second.value;
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
    (void)columns();  // build the 10,000,000 rows before timing anything
    summary_reporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    const auto rate = [&](const std::string& prefix) {
        for (const auto& [name, value] : reporter.rates) {
            if (name.rfind(prefix, 0) == 0) {
                return value;
            }
        }
        return 0.0;
    };
    const double batch = rate("BM_finance_batch");
    const double plain = rate("BM_plain_int64_loop");
    const double scalar = rate("BM_finance_scalar");
    std::printf("\nrows/s: finance_batch %.3g, plain int64 loop %.3g, finance() per row %.3g\n",
                batch, plain, scalar);
    if (plain > 0 && batch > 0) {
        std::printf("ratio batch / plain = %.2f (plain is %.2f× faster); batch / scalar = %.0f×\n",
                    batch / plain, plain / batch, scalar > 0 ? batch / scalar : 0.0);
    }
    return 0;
}
