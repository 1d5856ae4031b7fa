// SPDX-License-Identifier: MIT
// finance_batch(): row for row identical to finance() over random posts, for every rule kind
// (built in code and built in the library), with and without activity and expense columns and
// parts; explanations identical to the scalar ones; bad input named and nothing written.
#include "finance/batch_kernel.hpp"
#include "finance/detail/recorder.hpp"
#include <ctg/core/error.hpp>
#include <ctg/finance/batch.hpp>
#include <ctg/rules/rulebook.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <limits>
#include <new>
#include <optional>
#include <random>
#include <string>
#include <vector>

// Counting allocator: every operator new of the test binary goes through malloc and, while
// `counting` is set, is counted. Used to check that finance_batch() allocates nothing per row.
namespace {
std::atomic<bool> counting{false};
std::atomic<std::size_t> allocations{0};
}  // namespace

// GCC 12 at -O3 inlines these replacements into their callers and then reports free() on a
// pointer from operator new (-Wmismatched-new-delete), although both sides are replaced here.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
void* operator new(std::size_t size) {
    if (counting.load(std::memory_order_relaxed)) {
        allocations.fetch_add(1, std::memory_order_relaxed);
    }
    if (void* p = std::malloc(size == 0 ? 1 : size)) {
        return p;
    }
    throw std::bad_alloc();
}
void* operator new[](std::size_t size) { return ::operator new(size); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
    try {
        return ::operator new(size);
    } catch (...) {
        return nullptr;
    }
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept {
    return ::operator new(size, std::nothrow);
}
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }
#pragma GCC diagnostic pop

namespace {

using ctg::money;

ctg::segment seg(const char* start, ctg::parameter_value v) {
    return {ctg::parse_date(start), std::nullopt, v, {ctg::evidence::illustrative, {}}};
}

ctg::rate pct(const char* text) { return ctg::rate::parse(text, ctg::rate_notation::percent); }

ctg::rulebook flat(std::int64_t euros, ctg::prorata_basis basis, bool parts,
                   ctg::rounding policy = ctg::rounding::half_away_from_zero) {
    ctg::formula f;
    f.kind = ctg::formula_kind::flat_per_fte;
    f.amount_per_fte = "amount";
    f.prorata = basis;
    std::vector<ctg::parameter> params{
        ctg::parameter("amount", ctg::unit::eur_per_fte, {"a", "a"},
                       {seg("2020-01-01", money::from_euros(euros))})};
    if (parts) {
        // Three parts of weights 1/3 each (shares): 0.333333 each, Σ = 0.999999.
        f.parts = {{"a", {"A", "A"}, "wa"}, {"b", {"B", "B"}, "wb"}, {"c", {"C", "C"}, "wc"}};
        for (const char* name : {"wa", "wb", "wc"}) {
            params.emplace_back(
                name, ctg::unit::share, ctg::localized_text{name, name},
                std::vector<ctg::segment>{
                    seg("2020-01-01", ctg::rate::parse("0.333333", ctg::rate_notation::share))});
        }
    }
    return {"flat", {"f", "f"}, {"", ""}, policy, f, std::move(params)};
}

ctg::rulebook share(ctg::ceiling_target target, ctg::prorata_basis basis, bool ceiling,
                    ctg::rounding policy = ctg::rounding::half_away_from_zero) {
    ctg::formula f;
    f.kind = ctg::formula_kind::share_of_expense;
    f.rate = "rate";
    f.ceiling_on = target;
    f.prorata = basis;
    std::vector<ctg::parameter> params{
        ctg::parameter("rate", ctg::unit::percent, {"r", "r"}, {seg("2020-01-01", pct("80"))}),
        ctg::parameter("bonus", ctg::unit::percent, {"b", "b"}, {seg("2020-01-01", pct("55"))}),
        ctg::parameter("local", ctg::unit::percent, {"l", "l"}, {seg("2020-01-01", pct("25"))})};
    if (ceiling) {
        f.ceiling_per_fte = "ceiling";
        params.emplace_back("ceiling", ctg::unit::eur_per_fte, ctg::localized_text{"c", "c"},
                            std::vector<ctg::segment>{seg("2020-01-01", money::from_euros(48000))});
    }
    f.parts = {{"bonus_territoire", {"Bonus", "Bonus"}, "bonus"},
               {"fonds_locaux", {"Fonds", "Funds"}, "local"}};
    return {"share", {"s", "s"}, {"", ""}, policy, f, std::move(params)};
}

struct random_posts {
    std::vector<std::int64_t> fte, expense, active;
    std::vector<std::optional<ctg::period>> periods;
};

random_posts make_posts(std::size_t n, int year, ctg::prorata_basis basis, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<std::int64_t> fte(0, 40'000);
    std::uniform_int_distribution<std::int64_t> expense(0, 10'000'000);
    const ctg::period whole = ctg::period::calendar_year(year);
    std::uniform_int_distribution<int> start(0, static_cast<int>(whole.days()) - 1);
    random_posts p;
    for (std::size_t i = 0; i < n; ++i) {
        p.fte.push_back(i % 50 == 0 ? 0 : fte(rng));
        p.expense.push_back(i % 37 == 0 ? 0 : expense(rng));
        const auto first = std::chrono::sys_days(whole.start()) + std::chrono::days(start(rng));
        const auto last = std::chrono::sys_days(whole.start()) + std::chrono::days(start(rng));
        std::optional<ctg::period> active;
        if (i % 5 != 0) {
            const auto a = std::min(first, last);
            const auto b = std::max(first, last) + std::chrono::days(1);
            active = ctg::period(ctg::date(a), ctg::date(b));
        }
        p.periods.push_back(active);
        p.active.push_back(active ? ctg::prorata(*active, whole, basis).numerator
                                  : (basis == ctg::prorata_basis::days ? whole.days() : 12));
    }
    return p;
}

void expect_same_steps(const ctg::explanation& batch, const ctg::explanation& scalar) {
    // Inputs differ in wording (row number, active days as a count); from the first parameter
    // step on, the steps are the same.
    const auto first_param = [](const ctg::explanation& e) {
        return std::find_if(e.steps.begin(), e.steps.end(),
                            [](const auto& s) { return s.kind == ctg::step_kind::parameter; });
    };
    auto a = first_param(batch);
    auto b = first_param(scalar);
    ASSERT_EQ(batch.steps.end() - a, scalar.steps.end() - b);
    for (; a != batch.steps.end(); ++a, ++b) {
        EXPECT_EQ(a->kind, b->kind);
        EXPECT_EQ(a->id, b->id);
        EXPECT_EQ(a->label, b->label);
        EXPECT_EQ(a->formula, b->formula);
        EXPECT_EQ(a->value, b->value);
        EXPECT_EQ(a->amount, b->amount);
        EXPECT_EQ(a->exact, b->exact);
        EXPECT_EQ(a->policy, b->policy);
    }
}

/// Batch against scalar on `n` random posts (about 10,000 per rulebook): `n` × 4/10 with the
/// expense and activity columns, `n` × 2/10 in each of the three other column layouts (no
/// activity column, no expense column = at the ceiling, neither).
void check_batch_equals_scalar(const ctg::rulebook& rules, std::size_t posts_count,
                               std::uint64_t seed) {
    const ctg::date on = ctg::parse_date("2024-06-30");  // a leap year: 366 days
    const auto all_posts = make_posts(posts_count * 4 / 10, 2024, rules.rule().prorata, seed);
    const bool share = rules.rule().kind == ctg::formula_kind::share_of_expense;
    const std::size_t part_count = rules.rule().parts.size();
    for (const bool with_expense : {true, false}) {
        if (share && !with_expense && !rules.rule().ceiling_per_fte) {
            continue;  // at the ceiling needs a ceiling
        }
        for (const bool with_active : {true, false}) {
            SCOPED_TRACE(rules.id() + (with_expense ? " expense" : " at ceiling") +
                         (with_active ? " active" : " whole year"));
            const std::size_t n =
                with_expense && with_active ? all_posts.fte.size() : posts_count * 2 / 10;
            random_posts posts = all_posts;
            posts.fte.resize(n);
            posts.expense.resize(n);
            posts.active.resize(n);
            posts.periods.resize(n);
            std::vector<std::int64_t> total(n, -1);
            std::vector<std::vector<std::int64_t>> parts(part_count,
                                                         std::vector<std::int64_t>(n, -1));
            ctg::batch_output out{total, {}};
            for (auto& col : parts) {
                out.parts_cents.emplace_back(col);
            }
            const ctg::batch_input in{posts.fte,
                                      with_expense ? std::span<const std::int64_t>(posts.expense)
                                                   : std::span<const std::int64_t>{},
                                      with_active ? std::span<const std::int64_t>(posts.active)
                                                  : std::span<const std::int64_t>{}};
            ctg::finance_batch(rules, on, in, out);
            std::vector<ctg::explanation> why;
            const std::size_t explained = std::min<std::size_t>(n, 64);
            const ctg::batch_input few{
                in.fte_ten_thousandths.first(explained),
                in.expense_cents.empty() ? in.expense_cents : in.expense_cents.first(explained),
                in.active.empty() ? in.active : in.active.first(explained)};
            std::vector<std::int64_t> few_total(explained);
            ctg::finance_batch(rules, on, few, {few_total, {}}, &why);
            ASSERT_EQ(why.size(), explained);
            for (std::size_t i = 0; i < n; ++i) {
                const ctg::post_input post{
                    "row " + std::to_string(i), ctg::fte::from_ten_thousandths(posts.fte[i]),
                    with_expense ? std::optional(money::from_cents(posts.expense[i]))
                                 : std::nullopt,
                    with_expense ? ctg::expense_basis::declared : ctg::expense_basis::at_ceiling,
                    with_active ? posts.periods[i] : std::nullopt};
                // The explanation only where it is compared (it is most of a call's cost).
                const auto r = ctg::finance(rules, post, on,
                                            i < explained ? ctg::explain::yes : ctg::explain::no);
                ASSERT_EQ(total[i], r.total.cents()) << "row " << i;
                ASSERT_EQ(r.parts.size(), part_count);
                for (std::size_t p = 0; p < part_count; ++p) {
                    ASSERT_EQ(parts[p][i], r.parts[p].amount.cents())
                        << "row " << i << " part " << p;
                }
                if (i < explained) {
                    EXPECT_EQ(few_total[i], total[i]);
                    EXPECT_EQ(why[i].steps.back().amount, r.total);
                    expect_same_steps(why[i], r.why);
                }
            }
        }
    }
}

}  // namespace

TEST(Batch, EqualsScalarForRulebooksBuiltInCode) {
    using ctg::prorata_basis;
    check_batch_equals_scalar(flat(24000, prorata_basis::days, false), 10'000, 1);
    check_batch_equals_scalar(flat(22553, prorata_basis::whole_months, true), 10'000, 2);
    check_batch_equals_scalar(flat(22553, prorata_basis::days, true, ctg::rounding::half_even),
                              10'000, 3);
    check_batch_equals_scalar(share(ctg::ceiling_target::expense, prorata_basis::days, true),
                              10'000, 4);
    check_batch_equals_scalar(share(ctg::ceiling_target::aid, prorata_basis::days, true), 10'000,
                              5);
    check_batch_equals_scalar(
        share(ctg::ceiling_target::expense, prorata_basis::whole_months, true, ctg::rounding::up),
        10'000, 6);
    check_batch_equals_scalar(
        share(ctg::ceiling_target::expense, prorata_basis::days, false, ctg::rounding::down),
        10'000, 7);
}

TEST(Batch, EqualsScalarForBuiltinRulebooks) {
    std::uint64_t seed = 100;
    for (const auto& id : ctg::builtin_rulebook_ids()) {
        check_batch_equals_scalar(ctg::builtin_rulebook(id), 10'000, ++seed);
    }
}

TEST(Batch, AllocatesNothingPerRow) {
    // The allocations of a batch (parameter reading, two scratch vectors) do not depend on the
    // number of rows: 10 rows and 100,000 rows allocate exactly as often.
    const auto rules = share(ctg::ceiling_target::expense, ctg::prorata_basis::days, true);
    const auto count = [&](std::size_t n) {
        const auto posts = make_posts(n, 2021, ctg::prorata_basis::days, 9);
        std::vector<std::int64_t> total(n), bonus(n), local(n);
        const ctg::batch_output out{total, {bonus, local}};
        allocations = 0;
        counting = true;
        ctg::finance_batch(rules, ctg::parse_date("2021-06-30"),
                           {posts.fte, posts.expense, posts.active}, out);
        counting = false;
        return allocations.load();
    };
    const std::size_t few = count(10);
    const std::size_t many = count(100'000);
    EXPECT_EQ(few, many);
    EXPECT_LE(many, 8U);
}

TEST(Batch, DocumentedExample) {
    // 80 % of min(70,000, 48,000 × 2.5) and of min(50,000, 48,000 × 1.5).
    const auto rules = share(ctg::ceiling_target::expense, ctg::prorata_basis::days, true);
    std::vector<std::int64_t> fte{25000, 15000}, expense{7'000'000, 5'000'000}, total(2);
    std::vector<std::int64_t> bonus(2), local(2);
    ctg::finance_batch(rules, ctg::parse_date("2021-06-30"), {fte, expense, {}},
                       {total, {bonus, local}});
    EXPECT_EQ(total, (std::vector<std::int64_t>{5'600'000, 4'000'000}));
    EXPECT_EQ(bonus, (std::vector<std::int64_t>{3'850'000, 2'750'000}));
    EXPECT_EQ(local, (std::vector<std::int64_t>{1'750'000, 1'250'000}));
    // Without parts columns, and an empty batch.
    ctg::finance_batch(rules, ctg::parse_date("2021-06-30"), {fte, expense, {}}, {total, {}});
    EXPECT_EQ(total, (std::vector<std::int64_t>{5'600'000, 4'000'000}));
    ctg::finance_batch(rules, ctg::parse_date("2021-06-30"), {{}, {}, {}}, {{}, {}});
}

TEST(Batch, AnOutputOverlappingAnotherColumnIsRefusedBeforeAnythingIsWritten) {
    const auto& rules = ctg::builtin_rulebook("charente-2021");
    const auto on = ctg::parse_date("2021-06-30");
    // One buffer holding every column: inputs at 0 and 4, outputs at 8, 12 and 16.
    std::vector<std::int64_t> memory(20, -7);
    std::fill_n(memory.begin(), 4, 10000);          // FTE
    std::fill_n(memory.begin() + 4, 4, 5'000'000);  // expense
    const std::span<std::int64_t> all(memory);
    const auto refused = [&](const ctg::batch_input& in, const ctg::batch_output& out,
                             const std::string& field, const std::string& other) {
        const std::vector<std::int64_t> before = memory;
        try {
            ctg::finance_batch(rules, on, in, out);
            ADD_FAILURE() << "expected an overlap of " << field;
        } catch (const ctg::invalid_value& e) {
            EXPECT_EQ(e.detail().field, field);
            EXPECT_EQ(e.detail().value, other);
            EXPECT_EQ(e.detail().param("other"), other);
        }
        EXPECT_EQ(memory, before);
    };
    const ctg::batch_input in{all.subspan(0, 4), all.subspan(4, 4), {}};
    // The total over the FTE's last row and the expense's first three.
    refused(in, {all.subspan(3, 4), {}}, "total_cents", "fte_ten_thousandths");
    // Two parts in one column, or a part over the total.
    refused(in, {all.subspan(8, 4), {all.subspan(12, 4), all.subspan(12, 4)}},
            "parts_cents[0] (bonus_territoire)", "parts_cents[1] (fonds_locaux)");
    refused(in, {all.subspan(8, 4), {all.subspan(10, 4), all.subspan(16, 4)}}, "total_cents",
            "parts_cents[0] (bonus_territoire)");
    // Apart, side by side: written. 80 % of min(50,000 €, 48,000 € × 1 FTE), then 55/80 and
    // 25/80 of it.
    ctg::finance_batch(rules, on, in,
                       {all.subspan(8, 4), {all.subspan(12, 4), all.subspan(16, 4)}});
    EXPECT_EQ(memory[8], 3'840'000);
    EXPECT_EQ(memory[12], 2'640'000);
    EXPECT_EQ(memory[16], 1'200'000);
    // Inputs may share memory (the FTE column read as the expense too: 80 % of 100 €), and an
    // input given whole as an output is computed in place, with and without explanations.
    ctg::finance_batch(rules, on, {all.subspan(0, 4), all.subspan(0, 4), {}},
                       {all.subspan(8, 4), {}});
    EXPECT_EQ(memory[8], 8'000);
    // The explanations are those of the same rows in columns of their own (read before the
    // rows are written over them).
    const std::vector<std::int64_t> fte(4, 10000), expense(4, 5'000'000);
    std::vector<std::int64_t> total(4), bonus(4), local(4);
    std::vector<ctg::explanation> apart;
    ctg::finance_batch(rules, on, {fte, expense, {}}, {total, {bonus, local}}, &apart);
    std::vector<ctg::explanation> why;
    ctg::finance_batch(rules, on, in, {all.subspan(4, 4), {all.subspan(0, 4), all.subspan(16, 4)}},
                       &why);
    EXPECT_EQ(std::vector<std::int64_t>(memory.begin(), memory.begin() + 8),
              (std::vector<std::int64_t>{2'640'000, 2'640'000, 2'640'000, 2'640'000, 3'840'000,
                                         3'840'000, 3'840'000, 3'840'000}));
    ASSERT_EQ(why.size(), apart.size());
    for (std::size_t i = 0; i < why.size(); ++i) {
        EXPECT_EQ(why[i].to_json(), apart[i].to_json()) << "row " << i;
    }
}

TEST(Batch, SaysWhichEtpItPaysAsFinanceDoes) {
    // charente-2021 pays the ETP in post: a batch row has no coordinators, so its explanation
    // says the FTE column is taken as in post all the period, word for word as finance() says it
    // for a post without coordinators. A rulebook of contracted ETP says nothing, as finance().
    const auto& rules = ctg::builtin_rulebook("charente-2021");
    ASSERT_EQ(rules.rule().fte, ctg::fte_basis::in_post);
    std::vector<std::int64_t> fte{15000}, expense{5'000'000}, total(1);
    std::vector<ctg::explanation> why;
    const auto on = ctg::parse_date("2021-06-30");
    ctg::finance_batch(rules, on, {fte, expense, {}}, {total, {}}, &why);
    const auto r = ctg::finance(rules,
                                {"row 0", ctg::fte::parse("1.5"), money::from_cents(5'000'000),
                                 ctg::expense_basis::declared, std::nullopt},
                                on);
    const auto fte_paid = [](const ctg::explanation& e) {
        return std::find_if(e.steps.begin(), e.steps.end(),
                            [](const auto& s) { return s.id == "fte_paid"; });
    };
    ASSERT_NE(fte_paid(why[0]), why[0].steps.end());
    ASSERT_NE(fte_paid(r.why), r.why.steps.end());
    EXPECT_EQ(fte_paid(why[0])->value, "in_post");
    EXPECT_EQ(fte_paid(why[0])->label, fte_paid(r.why)->label);
    EXPECT_NE(fte_paid(why[0])->label.en.find("coordinators not given"), std::string::npos);
    why.clear();
    ctg::finance_batch(share(ctg::ceiling_target::expense, ctg::prorata_basis::days, true), on,
                       {fte, expense, {}}, {total, {}}, &why);
    EXPECT_EQ(fte_paid(why[0]), why[0].steps.end());
}

namespace {

/// Runs a batch that must fail with `Error`, checks the error names `column` and `row`, and
/// that no output cell was written.
template <class Error = ctg::invalid_value>
void expect_rejected(const ctg::rulebook& rules, const ctg::batch_input& in, std::size_t rows,
                     const std::string& field) {
    std::vector<std::int64_t> total(rows, -7);
    std::vector<std::int64_t> a(rows, -7), b(rows, -7);
    try {
        ctg::finance_batch(rules, ctg::parse_date("2021-06-30"), in, {total, {a, b}});
        ADD_FAILURE() << "expected an error for " << field;
    } catch (const Error& e) {
        EXPECT_EQ(e.detail().field, field) << e.what();
    }
    for (std::size_t i = 0; i < rows; ++i) {
        EXPECT_EQ(total[i], -7);
        EXPECT_EQ(a[i], -7);
        EXPECT_EQ(b[i], -7);
    }
}

}  // namespace

TEST(Batch, BadInputIsNamedAndNothingIsWritten) {
    const auto rules = share(ctg::ceiling_target::expense, ctg::prorata_basis::days, true);
    std::vector<std::int64_t> fte{10000, 10000, 10000};
    std::vector<std::int64_t> expense{100, 100, 100};
    std::vector<std::int64_t> short_expense{100, 100};
    std::vector<std::int64_t> active{365, 365, 366};  // 2021 has 365 days
    std::vector<std::int64_t> negative_fte{10000, 10000, -1};
    std::vector<std::int64_t> negative_expense{100, -1, 100};
    expect_rejected(rules, {fte, short_expense, {}}, 3, "expense_cents");
    expect_rejected(rules, {negative_fte, expense, {}}, 3, "fte_ten_thousandths[2]");
    expect_rejected(rules, {fte, negative_expense, {}}, 3, "expense_cents[1]");
    expect_rejected(rules, {fte, expense, active}, 3, "active[2]");
    // Whole months: at most 12.
    const auto months = share(ctg::ceiling_target::expense, ctg::prorata_basis::whole_months, true);
    std::vector<std::int64_t> thirteen{12, 13, 0};
    expect_rejected(months, {fte, expense, thirteen}, 3, "active[1]");
    // The ends of int64 (the scan's L − a must not overflow: UBSan in the ASan build).
    std::vector<std::int64_t> smallest{365, std::numeric_limits<std::int64_t>::min(), 0};
    expect_rejected(rules, {fte, expense, smallest}, 3, "active[1]");
    std::vector<std::int64_t> largest{0, 0, std::numeric_limits<std::int64_t>::max()};
    expect_rejected(rules, {fte, expense, largest}, 3, "active[2]");
    // An aid beyond int64 cents: at the ceiling, 80 % of 48,000 € per FTE is 384 cents per
    // ten-thousandth of FTE, and 384 × 2^55 > 2^63 − 1 > 384 × 2^54. The row is named, and
    // the rows before it are not written either.
    const auto& charente = ctg::builtin_rulebook("charente-2021");
    std::vector<std::int64_t> fits{10000, std::int64_t{1} << 54, 10000};
    std::vector<std::int64_t> too_large{10000, 10000, std::int64_t{1} << 55};
    std::vector<std::int64_t> aid(3), bonus(3), local(3);
    ctg::finance_batch(charente, ctg::parse_date("2021-06-30"), {fits, {}, {}},
                       {aid, {bonus, local}});
    EXPECT_EQ(aid[1], 384 * (std::int64_t{1} << 54));
    expect_rejected<ctg::overflow>(charente, {too_large, {}, {}}, 3, "fte_ten_thousandths[2]");
    // With explanations, and where the aid fits but an exact amount the explanation shows
    // does not: the ceiling of a declared expense of 1 € for 10^13 FTE (48 × 10^19 cents).
    std::vector<ctg::explanation> why(1);  // a sentinel: left as it is
    std::vector<std::int64_t> untouched(3, -7);
    EXPECT_THROW(ctg::finance_batch(charente, ctg::parse_date("2021-06-30"), {too_large, {}, {}},
                                    {untouched, {}}, &why),
                 ctg::overflow);
    const std::vector<std::int64_t> huge_fte{10000, 100'000'000'000'000'000, 10000};
    const std::vector<std::int64_t> one_euro(3, 100);
    try {
        ctg::finance_batch(charente, ctg::parse_date("2021-06-30"), {huge_fte, one_euro, {}},
                           {untouched, {}}, &why);
        ADD_FAILURE() << "expected an overflow of the explanation of row 1";
    } catch (const ctg::overflow& e) {
        EXPECT_EQ(e.detail().field, "fte_ten_thousandths[1]");
    }
    EXPECT_EQ(untouched, std::vector<std::int64_t>(3, -7));
    EXPECT_EQ(why.size(), 1U);
    ctg::finance_batch(charente, ctg::parse_date("2021-06-30"), {huge_fte, one_euro, {}},
                       {untouched, {}});  // without explanations the aids fit: 80 % of 1 €
    EXPECT_EQ(untouched, std::vector<std::int64_t>(3, 80));
    // A valid row after an invalid one is not written either (validation comes first).
    std::vector<std::int64_t> late_bad{10000, 10000, -5};
    expect_rejected(rules, {late_bad, {}, {}}, 3, "fte_ten_thousandths[2]");
    // Parts columns: 0 or one per part.
    std::vector<std::int64_t> total(3), one(3);
    EXPECT_THROW(ctg::finance_batch(rules, ctg::parse_date("2021-06-30"), {fte, expense, {}},
                                    {total, {one}}),
                 ctg::invalid_value);
    // Output column too short.
    std::vector<std::int64_t> two(2);
    EXPECT_THROW(
        ctg::finance_batch(rules, ctg::parse_date("2021-06-30"), {fte, expense, {}}, {two, {}}),
        ctg::invalid_value);
    // At the ceiling without a ceiling.
    const auto uncapped = share(ctg::ceiling_target::expense, ctg::prorata_basis::days, false);
    EXPECT_THROW(
        ctg::finance_batch(uncapped, ctg::parse_date("2021-06-30"), {fte, {}, {}}, {total, {}}),
        ctg::invalid_value);
    // A date outside every segment.
    EXPECT_THROW(
        ctg::finance_batch(rules, ctg::parse_date("2019-06-30"), {fte, expense, {}}, {total, {}}),
        ctg::out_of_range_value);
}

namespace {

/// A rulebook drawn at random: kind, ceiling and its target, prorata basis, rounding policy,
/// amounts, rate, and 0 to 4 parts of random weights (zeros included).
ctg::rulebook random_rulebook(std::mt19937_64& rng) {
    const auto pick = [&](std::int64_t lo, std::int64_t hi) {
        return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng);
    };
    ctg::formula f;
    f.kind =
        pick(0, 1) == 0 ? ctg::formula_kind::flat_per_fte : ctg::formula_kind::share_of_expense;
    f.prorata = pick(0, 1) == 0 ? ctg::prorata_basis::days : ctg::prorata_basis::whole_months;
    f.ceiling_on = pick(0, 1) == 0 ? ctg::ceiling_target::expense : ctg::ceiling_target::aid;
    const auto policy = static_cast<ctg::rounding>(pick(0, 4));
    // Amounts of every size: a few cents to 10^7 € per FTE, odd ones included.
    const auto amount = [&] {
        return money::from_cents(pick(1, 10) * pick(1, 100'000'000) + pick(0, 99));
    };
    std::vector<ctg::parameter> params;
    std::int64_t rate = 1'000'000;
    if (f.kind == ctg::formula_kind::flat_per_fte) {
        f.amount_per_fte = "amount";
        params.emplace_back("amount", ctg::unit::eur_per_fte, ctg::localized_text{"a", "a"},
                            std::vector<ctg::segment>{seg("2020-01-01", amount())});
    } else {
        f.rate = "rate";
        // Half the time a round rate (50 %, 25 %, 12.5 %…): with round inputs, exact ties.
        rate = pick(0, 1) == 0 ? pick(0, 1'000'000) : 1'000'000 >> pick(0, 6);
        params.emplace_back(
            "rate", ctg::unit::share, ctg::localized_text{"r", "r"},
            std::vector<ctg::segment>{seg("2020-01-01", ctg::rate::from_millionths(rate))});
        if (pick(0, 3) != 0) {
            f.ceiling_per_fte = "ceiling";
            params.emplace_back("ceiling", ctg::unit::eur_per_fte, ctg::localized_text{"c", "c"},
                                std::vector<ctg::segment>{seg("2020-01-01", amount())});
        }
    }
    // 0 to 4 parts; under a share of the expense their weights add up to the rate (cut at
    // random points, so that some are zero), else they are free.
    const auto part_count = rate == 0 ? 0 : pick(0, 4);  // weights must add up to more than 0
    std::vector<std::int64_t> cuts{0, rate};
    for (std::int64_t p = 1; p < part_count; ++p) {
        cuts.push_back(pick(0, 2) == 0 ? cuts[static_cast<std::size_t>(pick(0, p))]
                                       : pick(0, rate));
    }
    std::sort(cuts.begin(), cuts.end());
    std::vector<std::int64_t> weights;
    for (std::int64_t p = 0; p < part_count; ++p) {
        const auto k = static_cast<std::size_t>(p);
        weights.push_back(f.kind == ctg::formula_kind::share_of_expense
                              ? cuts[k + 1] - cuts[k]
                              : (p > 0 && pick(0, 2) == 0 ? 0 : pick(1, 1'000'000)));
    }
    // Half of the two-part rulebooks split in a ratio j : 2^m − j (as 55 : 25 of 80 is
    // 11 : 5 of 16), whose first part the fast kernel divides by a shift.
    if (part_count == 2 && pick(0, 1) == 0) {
        const std::int64_t whole = std::int64_t{1} << pick(1, 6);
        const std::int64_t j = pick(0, whole);
        const std::int64_t unit = f.kind == ctg::formula_kind::share_of_expense && rate % whole == 0
                                      ? rate / whole
                                      : pick(1, 15'625);
        if (f.kind != ctg::formula_kind::share_of_expense || rate % whole == 0) {
            weights = {unit * j, unit * (whole - j)};
        }
    }
    for (std::int64_t p = 0; p < part_count; ++p) {
        const std::string id = "p" + std::to_string(p);
        f.parts.push_back({id, {id, id}, "w" + id});
        const std::int64_t weight = weights[static_cast<std::size_t>(p)];
        params.emplace_back(
            "w" + id, ctg::unit::share, ctg::localized_text{id, id},
            std::vector<ctg::segment>{seg("2020-01-01", ctg::rate::from_millionths(weight))});
    }
    return {"random", {"r", "r"}, {"", ""}, policy, f, std::move(params)};
}

}  // namespace

TEST(Batch, EqualsScalarOverRandomRulebooksPoliciesAndInputs) {
    // Property: for any rulebook, policy and input, row i of the batch (fast kernel, or the
    // checked one when the bounds of the columns refuse it) is finance() of the same post.
    std::mt19937_64 rng(14);
    const ctg::date on = ctg::parse_date("2024-06-30");  // 366 days
    const ctg::period year = ctg::period::calendar_year(2024);
    std::size_t compared = 0;
    std::size_t refused = 0;
    enum path { checked, shifted, narrow, wide };
    std::array<std::size_t, 4> paths{};
    for (int trial = 0; trial < 300; ++trial) {
        const ctg::rulebook rules = random_rulebook(rng);
        SCOPED_TRACE("trial " + std::to_string(trial));
        const bool share = rules.rule().kind == ctg::formula_kind::share_of_expense;
        const bool with_expense = !share || !rules.rule().ceiling_per_fte || rng() % 3 != 0;
        const bool with_active = rng() % 2 == 0;
        const bool want_parts = rng() % 4 != 0;
        // Magnitudes: everyday posts, or up to 10^9 FTE-units and 10^16 cents (some batches
        // then go beyond what the fast kernel proves safe and take the checked path), or up to
        // 10^17 FTE-units (some aids then overflow int64 cents: the batch is refused).
        const std::uint64_t magnitude = rng() % 20;
        const std::int64_t max_fte = magnitude == 0  ? 100'000'000'000'000'000
                                     : magnitude < 4 ? 1'000'000'000
                                                     : 400'000;
        const std::int64_t max_expense = rng() % 5 == 0 ? 10'000'000'000'000'000 : 100'000'000;
        // A third of the batches hold round values (FTE in halves, odd cents), which put many
        // quotients exactly half-way, where the policies differ.
        const bool round_values = rng() % 3 == 0;
        const std::size_t n = 64;
        std::vector<std::int64_t> fte(n), expense(n), active(n);
        std::vector<std::optional<ctg::period>> periods(n);
        const auto basis = rules.rule().prorata;
        for (std::size_t i = 0; i < n; ++i) {
            fte[i] =
                i % 16 == 0
                    ? 0
                    : static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(max_fte + 1));
            expense[i] = i % 11 == 0 ? 0
                                     : static_cast<std::int64_t>(
                                           rng() % static_cast<std::uint64_t>(max_expense + 1));
            if (round_values) {
                fte[i] = 5'000 * static_cast<std::int64_t>(rng() % 81);
                expense[i] = 2 * static_cast<std::int64_t>(rng() % 5'000'000) + 1;
            }
            const auto first = static_cast<int>(rng() % 366);
            const auto length = static_cast<int>(rng() % 366);
            const auto start = std::chrono::sys_days(year.start()) + std::chrono::days(first);
            const auto end =
                std::min(start + std::chrono::days(length + 1), std::chrono::sys_days(year.end()));
            periods[i] = ctg::period(ctg::date(start), ctg::date(end));
            active[i] = ctg::prorata(*periods[i], year, basis).numerator;
        }
        const std::size_t part_count = want_parts ? rules.rule().parts.size() : 0;
        std::vector<std::int64_t> total(n, -1);
        std::vector<std::vector<std::int64_t>> parts(part_count, std::vector<std::int64_t>(n, -1));
        ctg::batch_output out{total, {}};
        for (auto& column : parts) {
            out.parts_cents.emplace_back(column);
        }
        const ctg::batch_input in{
            fte,
            with_expense ? std::span<const std::int64_t>(expense) : std::span<const std::int64_t>{},
            with_active ? std::span<const std::int64_t>(active) : std::span<const std::int64_t>{}};
        // Which path the batch takes, from the kernel's own plan: each must be exercised.
        {
            std::vector<std::int64_t> weights(rules.rule().parts.size());
            const auto values =
                ctg::finance_detail::read_rule_values(rules, on, weights, nullptr, "");
            const std::int64_t length =
                basis == ctg::prorata_basis::days ? year.days() : std::int64_t{12};
            const auto plan = ctg::finance_detail::plan_fast_batch(
                values, ctg::finance_detail::scan_columns(in, length), share && !with_expense,
                with_active, length, part_count > 0);
            ++paths[!plan ? checked : plan->part_shift ? shifted : plan->narrow ? narrow : wide];
        }
        bool batch_error = false;
        try {
            ctg::finance_batch(rules, on, in, out);
        } catch (const ctg::error&) {
            batch_error = true;
        }
        bool some_row_refused = false;
        for (std::size_t i = 0; i < n; ++i) {
            const ctg::post_input post{
                "row", ctg::fte::from_ten_thousandths(fte[i]),
                with_expense ? std::optional(money::from_cents(expense[i])) : std::nullopt,
                with_expense ? ctg::expense_basis::declared : ctg::expense_basis::at_ceiling,
                with_active ? periods[i] : std::nullopt};
            std::optional<ctg::financing_result> r;
            try {
                r = ctg::finance(rules, post, on, ctg::explain::no);
            } catch (const ctg::error&) {
                // An amount beyond int64 cents (or a split of a non-zero total over zero
                // weights): the batch must refuse it too.
                ASSERT_TRUE(batch_error) << "row " << i;
                some_row_refused = true;
                continue;
            }
            if (batch_error) {
                continue;
            }
            ASSERT_EQ(total[i], r->total.cents()) << "row " << i;
            for (std::size_t p = 0; p < part_count; ++p) {
                ASSERT_EQ(parts[p][i], r->parts[p].amount.cents()) << "row " << i << " part " << p;
            }
            ++compared;
        }
        if (batch_error) {
            // A refusal has a row finance() refuses too, and writes nothing.
            ++refused;
            EXPECT_TRUE(some_row_refused);
            EXPECT_EQ(total, std::vector<std::int64_t>(n, -1));
            for (const auto& column : parts) {
                EXPECT_EQ(column, std::vector<std::int64_t>(n, -1));
            }
        }
    }
    EXPECT_GT(compared, 10'000U);  // most batches fit: the property is checked on real rows
    EXPECT_GT(refused, 0U);
    for (std::size_t path = 0; path < paths.size(); ++path) {
        EXPECT_GT(paths[path], 0U)
            << "no batch took path " << path << " (checked, shifted, narrow, wide)";
    }
}

TEST(Batch, FinanceWithoutExplanationGivesTheSameResult) {
    // explain::no: the same total, parts and warnings, and no step.
    std::mt19937_64 rng(41);
    const ctg::date on = ctg::parse_date("2024-06-30");
    for (const auto& id : ctg::builtin_rulebook_ids()) {
        const ctg::rulebook& rules = ctg::builtin_rulebook(id);
        for (int i = 0; i < 200; ++i) {
            const ctg::post_input post{
                "p", ctg::fte::from_ten_thousandths(static_cast<std::int64_t>(rng() % 40'000)),
                money::from_cents(static_cast<std::int64_t>(rng() % 10'000'000)),
                ctg::expense_basis::declared, std::nullopt};
            const ctg::date day = i % 2 == 0 ? on : ctg::parse_date("2021-06-30");
            std::optional<ctg::financing_result> full, quick;
            try {
                full = ctg::finance(rules, post, day);
            } catch (const ctg::error&) {
                EXPECT_THROW((void)ctg::finance(rules, post, day, ctg::explain::no), ctg::error);
                continue;
            }
            quick = ctg::finance(rules, post, day, ctg::explain::no);
            EXPECT_TRUE(quick->why.steps.empty());
            EXPECT_EQ(quick->total, full->total);
            EXPECT_EQ(quick->parts, full->parts);
            EXPECT_EQ(quick->warnings, full->warnings) << id << " on " << ctg::to_iso(day);
        }
    }
}
