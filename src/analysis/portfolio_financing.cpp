// SPDX-License-Identifier: MIT
// Financing of a whole dataset under a rulebook, its subtotals, and the comparison of two.
#include <ctg/analysis/portfolio_financing.hpp>
#include <ctg/core/enum_names.hpp>
#include <ctg/core/error.hpp>

#include <algorithm>
#include <array>
#include <limits>
#include <set>
#include <string>
#include <utility>
#include <variant>

namespace ctg {

namespace {

constexpr std::array<enum_name<post_status>, 3> post_status_names{{
    {post_status::financed, "financed"},
    {post_status::missing_expense, "missing_expense"},
    {post_status::inactive, "inactive"},
}};

financing_total empty_total(std::string id, std::string label,
                            const std::vector<funding_part>& parts) {
    financing_total t;
    t.id = std::move(id);
    t.label = std::move(label);
    for (const funding_part& p : parts) {
        t.parts.push_back({p.id, p.label, money{}});
    }
    return t;
}

/// `units × fte / (10^4 × den)` as an exact ratio: FTE (ten-thousandths) × a prorata.
exact_ratio fte_years(const fte& f, const prorata_fraction& share) {
    return exact_ratio(f.ten_thousandths(), fte::scale) *
           exact_ratio(share.numerator, share.denominator);
}

/// Runs `step` for post `post_id`: an overflow it throws (an amount or a sum past 64-bit cents)
/// names the post, so that the user knows which line of the dataset to look at.
template <class F>
auto for_post(const std::string& post_id, F&& step) {
    try {
        return step();
    } catch (const overflow& e) {
        std::vector<message_param> params = e.detail().params;
        params.push_back({"post", post_id});
        error_detail d = e.detail();
        d.field = "post[\"" + post_id + "\"]." + d.field;
        d.params = std::move(params);
        throw overflow(std::move(d));
    }
}

void accumulate(financing_total& t, const post_financing& p) {
    switch (p.status) {
        case post_status::missing_expense:
            ++t.missing;
            t.marks.add(p.marks);
            return;
        case post_status::inactive:
            ++t.inactive;
            return;
        case post_status::financed:
            break;
    }
    ++t.financed;
    t.contracted_fte = t.contracted_fte + p.contracted_fte;
    t.contracted_fte_years = t.contracted_fte_years + p.contracted_fte_years;
    t.held_fte_years = t.held_fte_years + p.held_fte_years;
    t.financed_fte_years = t.financed_fte_years + p.financed_fte_years;
    if (p.declared_expense) {
        t.declared_expense += *p.declared_expense;
    }
    t.total += p.result->total;
    t.marks.add(p.marks);
    for (const part_amount& part : p.result->parts) {
        const auto it = std::find_if(t.parts.begin(), t.parts.end(),
                                     [&](const part_amount& x) { return x.id == part.id; });
        if (it != t.parts.end()) {
            it->amount += part.amount;
        } else {
            t.parts.push_back(part);
        }
    }
}

std::vector<int> expense_years(const dataset& d) {
    std::set<int> years;
    for (const coordination_post& p : d.posts()) {
        for (const yearly_expense& e : p.expenses) {
            years.insert(e.year);
        }
    }
    return {years.begin(), years.end()};
}

/// Shared body of both forms: `on` set → finance(…, on); otherwise finance(…, year). The terms
/// are read as known on `known_on`.
portfolio_financing finance_all(const dataset& d, const rulebook& rules, int year,
                                std::optional<date> on, date known_on, expense_basis basis,
                                std::optional<fte_basis> fte_paid) {
    portfolio_financing r;
    r.dataset_id = d.id();
    r.department = d.department().name;
    r.rulebook_id = rules.id();
    r.rulebook_label = rules.label();
    r.policy = rules.rounding_policy();
    r.reference = period::calendar_year(year);
    r.parameters_on = on;
    r.terms_known_on = known_on;
    r.basis = basis;
    r.fte_paid = fte_paid.value_or(rules.rule().fte);
    r.parts = rules.rule().parts;
    r.methods = rules.methods();
    const prorata_basis counted = rules.rule().prorata;

    // Activity and expense of every post, before any financing. A flat amount per ETP does not
    // read the expense: its posts are financed whether or not they declare one.
    const bool reads_expense =
        basis == expense_basis::declared && rules.rule().kind == formula_kind::share_of_expense;
    bool any_active = false;
    bool any_expense = false;
    std::vector<std::vector<held_share>> held_by_post;  // in dataset order
    for (const coordination_post& p : d.posts()) {
        post_financing pf;
        pf.post_id = p.id;
        pf.convention_id = p.convention_id;
        pf.pilot_epci = p.pilot_epci;
        if (const epci* e = d.find_epci(p.pilot_epci)) {
            pf.epci_name = e->name;
        }
        pf.contracted_fte = p.contracted_fte;
        pf.marks = evidence_marks::of(p.fte_provenance);
        for (const method_origin& m : r.methods) {
            pf.marks.add(m.origin.kind);
        }
        const convention& c = d.convention_at(p.convention_id);
        pf.active = c.effective_term(known_on).intersect(r.reference);
        std::vector<held_share> held = held_on(p, known_on, r.reference);
        if (r.fte_paid == fte_basis::in_post) {  // the aid rests on the coordinators' records
            for (const coordinator& holder : p.coordinators) {
                if (std::any_of(held.begin(), held.end(),
                                [&](const held_share& h) { return h.holder == holder.id; })) {
                    pf.marks.add(holder.provenance.kind);
                }
            }
        }
        if (pf.active) {
            pf.prorata = prorata(*pf.active, r.reference, counted);
            pf.contracted_fte_years = fte_years(p.contracted_fte, *pf.prorata);
            for (const held_share& h : held) {
                if (const auto inside = h.held.intersect(*pf.active)) {
                    pf.held_fte_years = pf.held_fte_years +
                                        fte_years(h.share, prorata(*inside, r.reference, counted));
                }
            }
        }
        held_by_post.push_back(std::move(held));
        if (pf.active && *pf.active != r.reference) {
            // A part-year prorata rests on the term's dates (and the prolongations known).
            pf.marks.add(c.term_provenance.kind);
            for (const amendment* a : c.prolongations_known_on(known_on)) {
                pf.marks.add(a->provenance.kind);
            }
        }
        if (const yearly_expense* e = p.expense_for(year)) {
            pf.declared_expense = e->amount;
            if (reads_expense) {
                pf.marks.add(e->provenance.kind);
            }
        }
        if (!pf.active) {
            pf.status = post_status::inactive;
        } else {
            any_active = true;
            if (reads_expense && !pf.declared_expense) {
                pf.status = post_status::missing_expense;
            }
            any_expense = any_expense || pf.declared_expense.has_value();
        }
        r.posts.push_back(std::move(pf));
    }
    if (reads_expense && any_active && !any_expense) {
        std::string years;
        for (const int y : expense_years(d)) {
            years += (years.empty() ? "" : ", ") + std::to_string(y);
        }
        throw invalid_value(error_detail::of("portfolio.year.no_expense", "year",
                                             std::to_string(year),
                                             {{"years", years.empty() ? "-" : years}}));
    }

    // Financing.
    std::set<std::pair<std::string, std::string>> seen;  // (parameter, segment start)
    for (std::size_t i = 0; i < r.posts.size(); ++i) {
        post_financing& pf = r.posts[i];
        if (pf.status != post_status::financed) {
            continue;
        }
        pf.financed_fte_years =
            r.fte_paid == fte_basis::in_post ? pf.held_fte_years : pf.contracted_fte_years;
        post_input in;
        in.id = pf.post_id;
        in.contracted_fte = pf.contracted_fte;
        // A flat rule's explanation notes the expense it does not use.
        in.expense = basis == expense_basis::declared ? pf.declared_expense : std::nullopt;
        in.basis = basis;
        in.active = *pf.active == r.reference ? std::nullopt : pf.active;
        in.fte_paid = r.fte_paid;
        const coordination_post& source_post = d.post_at(pf.post_id);
        in.fte_origin = source_post.fte_provenance;
        if (in.expense) {
            in.expense_origin = source_post.expense_for(year)->provenance;
        }
        if (r.fte_paid == fte_basis::in_post) {
            in.held = std::move(held_by_post[i]);
        }
        pf.result = for_post(pf.post_id, [&] {
            return on ? finance(rules, in, *on) : finance(rules, in, r.reference);
        });
        for (const error_detail& w : pf.result->warnings) {
            if (w.code == "financing.vacant") {  // the parameters' warnings are gathered below
                r.warnings.push_back(w);
            }
        }
        if (basis == expense_basis::declared && pf.declared_expense &&
            pf.result->total > *pf.declared_expense) {
            // A flat amount can pay more than the post cost: worth a look, not an error.
            r.warnings.push_back(error_detail::of(
                "portfolio.aid_above_expense", "post[\"" + pf.post_id + "\"].aid",
                pf.result->total.to_plain(),
                {{"expense", pf.declared_expense->to_plain()}, {"year", std::to_string(year)}}));
        }
        for (const explanation_step& s : pf.result->why.steps) {
            if (!s.parameter) {
                continue;
            }
            pf.marks.add(marks(*s.parameter));
            if (seen.insert({s.parameter->name, to_iso(s.parameter->segment_start)}).second) {
                r.parameters.push_back(*s.parameter);
            }
        }
    }
    // The parameters' warnings first, then the posts' (aid above the expense).
    std::vector<error_detail> unconfirmed =
        unconfirmed_parameters(r.parameters, on ? *on : previous_day(r.reference.end()));
    if (on) {  // one value of each parameter priced the whole year
        for (error_detail& w : parameters_changing_within(r.parameters, r.reference)) {
            unconfirmed.push_back(std::move(w));
        }
    }
    r.warnings.insert(r.warnings.begin(), unconfirmed.begin(), unconfirmed.end());

    // Subtotals.
    for (const convention& c : d.conventions()) {
        financing_total t = empty_total(c.id, c.name, r.parts);
        for (const post_financing& pf : r.posts) {
            if (pf.convention_id == c.id) {
                for_post(pf.post_id, [&] { accumulate(t, pf); });
            }
        }
        r.by_convention.push_back(std::move(t));
    }
    for (const epci& e : d.epcis()) {
        financing_total t = empty_total(e.siren.str(), e.name, r.parts);
        for (const post_financing& pf : r.posts) {
            if (pf.pilot_epci == e.siren) {
                for_post(pf.post_id, [&] { accumulate(t, pf); });
            }
        }
        r.by_epci.push_back(std::move(t));
    }
    r.total = empty_total(d.id(), d.department().name, r.parts);
    for (const post_financing& pf : r.posts) {
        for_post(pf.post_id, [&] { accumulate(r.total, pf); });
    }
    return r;
}

}  // namespace

std::string_view to_string(post_status s) noexcept { return name_of(post_status_names, s); }

std::vector<held_share> held_on(const coordination_post& post, date known_on,
                                const period& reference) {
    std::vector<held_share> held;
    for (const coordinator& c : post.coordinators) {
        if (c.start > known_on) {
            continue;  // not known yet
        }
        const date end = c.end && *c.end <= known_on ? *c.end : reference.end();
        if (c.start < end) {
            if (const auto inside = period(c.start, end).intersect(reference)) {
                held.push_back({c.id, c.fte, *inside});
            }
        }
    }
    return held;
}

portfolio_financing finance_portfolio(const dataset& d, const rulebook& rules, int year,
                                      expense_basis basis, std::optional<fte_basis> fte_paid) {
    const date year_end = previous_day(period::calendar_year(year).end());
    return finance_all(d, rules, year, std::nullopt, year_end, basis, fte_paid);
}

portfolio_financing finance_portfolio(const dataset& d, const rulebook& rules, date on,
                                      expense_basis basis, std::optional<fte_basis> fte_paid) {
    return finance_all(d, rules, static_cast<int>(on.year()), on, on, basis, fte_paid);
}

std::vector<std::string> portfolio_financing::missing_expense() const {
    std::vector<std::string> ids;
    for (const post_financing& p : posts) {
        if (p.status == post_status::missing_expense) {
            ids.push_back(p.post_id);
        }
    }
    return ids;
}

const financing_total* portfolio_financing::epci(const siren& s) const noexcept {
    for (const financing_total& t : by_epci) {
        if (t.id == s.str()) {
            return &t;
        }
    }
    return nullptr;
}

const financing_total* portfolio_financing::convention(std::string_view id) const noexcept {
    for (const financing_total& t : by_convention) {
        if (t.id == id) {
            return &t;
        }
    }
    return nullptr;
}

const post_financing* portfolio_financing::post(std::string_view id) const noexcept {
    for (const post_financing& p : posts) {
        if (p.post_id == id) {
            return &p;
        }
    }
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Comparison

namespace {

/// The parts a comparison line holds: the compared rulebook's, then the baseline's only.
std::vector<part_delta> part_skeleton(const portfolio_financing& from,
                                      const portfolio_financing& to) {
    std::vector<part_delta> parts;
    for (const funding_part& p : to.parts) {
        parts.push_back({p.id, p.label, {}, {}, {}});
    }
    for (const funding_part& p : from.parts) {
        if (std::none_of(parts.begin(), parts.end(),
                         [&](const part_delta& known) { return known.id == p.id; })) {
            parts.push_back({p.id, p.label, {}, {}, {}});
        }
    }
    return parts;
}

financing_delta make_delta(std::string id, std::string label,
                           const std::vector<part_delta>& parts) {
    financing_delta d;
    d.id = std::move(id);
    d.label = std::move(label);
    d.parts = parts;
    return d;
}

/// Adds `amounts` to the side `side` (from or to) of the matching parts of `d`.
void add_parts(financing_delta& d, const std::vector<part_amount>& amounts,
               money part_delta::*side) {
    for (const part_amount& amount : amounts) {
        for (part_delta& part : d.parts) {
            if (part.id == amount.id) {
                part.*side += amount.amount;
            }
        }
    }
}

/// Adds post `a` (baseline) and its financing `b` (compared) to line `d`.
void add_post(financing_delta& d, const post_financing& a, const post_financing& b) {
    d.contracted_fte = d.contracted_fte + a.contracted_fte;
    d.fte_years = d.fte_years + b.financed_fte_years;
    d.from += a.total();
    d.to += b.total();
    add_parts(d, a.result->parts, &part_delta::from);
    add_parts(d, b.result->parts, &part_delta::to);
}

void finish_delta(financing_delta& d, rounding policy) {
    d.delta = d.to - d.from;
    for (part_delta& part : d.parts) {
        part.delta = part.to - part.from;
    }
    if (d.fte_years > exact_ratio{}) {
        // delta / (N/D) = delta × D / N, rounded once.
        const big_int cents = divide_rounded_big(
            big_int(d.delta.cents()) * d.fte_years.denominator(), d.fte_years.numerator(), policy);
        if (cents > std::numeric_limits<std::int64_t>::max() ||
            cents < std::numeric_limits<std::int64_t>::min()) {
            throw out_of_range_value(
                error_detail::of("money.overflow", "delta_per_fte", cents.str()));
        }
        d.delta_per_fte = money::from_cents(cents.convert_to<std::int64_t>());
    }
}

}  // namespace

portfolio_comparison compare_portfolios(const portfolio_financing& from,
                                        const portfolio_financing& to) {
    if (from.dataset_id != to.dataset_id) {
        throw invalid_value(error_detail::of("portfolio.compare.dataset", "dataset_id",
                                             to.dataset_id, {{"baseline", from.dataset_id}}));
    }
    if (from.reference != to.reference) {
        throw invalid_value(error_detail::of("portfolio.compare.year", "reference",
                                             to.reference.to_string(),
                                             {{"baseline", from.reference.to_string()}}));
    }
    if (from.basis != to.basis) {
        throw invalid_value(
            error_detail::of("portfolio.compare.basis", "basis",
                             to.basis == expense_basis::declared ? "declared" : "at_ceiling"));
    }
    if (from.fte_paid != to.fte_paid) {
        // A gain per ETP-year between two counts of ETP would mix a rule with a vacancy.
        throw invalid_value(error_detail::of(
            "portfolio.compare.fte_paid", "fte_paid", std::string(to_string(to.fte_paid)),
            {{"baseline", std::string(to_string(from.fte_paid))}}));
    }
    portfolio_comparison c;
    c.dataset_id = from.dataset_id;
    c.from_rulebook = from.rulebook_id;
    c.to_rulebook = to.rulebook_id;
    c.reference = from.reference;
    c.basis = from.basis;
    c.marks = evidence_marks(from.total.marks).add(to.total.marks);
    const std::vector<part_delta> parts = part_skeleton(from, to);
    c.total = make_delta(from.dataset_id, from.department, parts);
    for (const financing_total& e : from.by_epci) {
        c.by_epci.push_back(make_delta(e.id, e.label, parts));
    }
    for (const post_financing& a : from.posts) {
        const post_financing* b = to.post(a.post_id);
        const bool in_a = a.status == post_status::financed;
        const bool in_b = b != nullptr && b->status == post_status::financed;
        if (in_a != in_b) {
            c.not_compared.push_back(a.post_id);
        }
        if (!in_a || !in_b) {
            continue;
        }
        c.by_post.push_back(make_delta(a.post_id, a.epci_name, parts));
        add_post(c.by_post.back(), a, *b);
        add_post(c.total, a, *b);
        for (financing_delta& d : c.by_epci) {
            if (d.id == a.pilot_epci.str()) {
                add_post(d, a, *b);
            }
        }
    }
    for (financing_delta& d : c.by_post) {
        finish_delta(d, to.policy);
    }
    for (financing_delta& d : c.by_epci) {
        finish_delta(d, to.policy);
    }
    finish_delta(c.total, to.policy);
    return c;
}

const financing_delta* portfolio_comparison::post(std::string_view id) const noexcept {
    for (const financing_delta& d : by_post) {
        if (d.id == id) {
            return &d;
        }
    }
    return nullptr;
}

}  // namespace ctg
