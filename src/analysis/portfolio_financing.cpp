// SPDX-License-Identifier: MIT
// Financing of a whole dataset under a rulebook, its subtotals, and the comparison of two.
#include <ctg/analysis/markdown_table.hpp>
#include <ctg/analysis/portfolio_financing.hpp>
#include <ctg/core/enum_names.hpp>
#include <ctg/core/error.hpp>

#include <algorithm>
#include <array>
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

std::string money_text(money m, language lang) {
    return lang == language::en ? m.to_english() : m.to_french();
}

std::string fte_text(fte f, language lang) {
    return lang == language::en ? f.to_string() : f.to_french();
}

std::string date_text(date d, language lang) {
    return lang == language::en ? to_iso(d) : to_french(d);
}

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

/// Shared body of both forms: `on` set → finance(…, on); otherwise finance(…, year).
portfolio_financing finance_all(const dataset& d, const rulebook& rules, int year,
                                std::optional<date> on, expense_basis basis) {
    portfolio_financing r;
    r.dataset_id = d.id();
    r.department = d.department().name;
    r.rulebook_id = rules.id();
    r.rulebook_label = rules.label();
    r.policy = rules.rounding_policy();
    r.reference = period::calendar_year(year);
    r.parameters_on = on;
    r.basis = basis;
    r.parts = rules.rule().parts;

    // Activity and expense of every post, before any financing.
    bool any_active = false;
    bool any_expense = false;
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
        const convention& c = d.convention_at(p.convention_id);
        pf.active = c.effective_term().intersect(r.reference);
        if (pf.active && *pf.active != r.reference) {
            // A part-year prorata rests on the term's dates (and the prolongations').
            pf.marks.add(c.term_provenance.kind);
            for (const amendment& a : c.amendments) {
                if (a.is_prolongation()) {
                    pf.marks.add(a.provenance.kind);
                }
            }
        }
        if (const yearly_expense* e = p.expense_for(year)) {
            pf.declared_expense = e->amount;
            if (basis == expense_basis::declared) {
                pf.marks.add(e->provenance.kind);
            }
        }
        if (!pf.active) {
            pf.status = post_status::inactive;
        } else {
            any_active = true;
            if (basis == expense_basis::declared && !pf.declared_expense) {
                pf.status = post_status::missing_expense;
            }
            any_expense = any_expense || pf.declared_expense.has_value();
        }
        r.posts.push_back(std::move(pf));
    }
    if (basis == expense_basis::declared && any_active && !any_expense) {
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
    for (post_financing& pf : r.posts) {
        if (pf.status != post_status::financed) {
            continue;
        }
        post_input in;
        in.id = pf.post_id;
        in.contracted_fte = pf.contracted_fte;
        in.expense = basis == expense_basis::declared ? pf.declared_expense : std::nullopt;
        in.basis = basis;
        in.active = *pf.active == r.reference ? std::nullopt : pf.active;
        pf.result = on ? finance(rules, in, *on) : finance(rules, in, r.reference);
        for (const explanation_step& s : pf.result->why.steps) {
            if (!s.parameter) {
                continue;
            }
            pf.marks.add(s.parameter->origin.kind);
            if (seen.insert({s.parameter->name, to_iso(s.parameter->segment_start)}).second) {
                r.parameters.push_back(*s.parameter);
            }
        }
    }

    // Subtotals.
    for (const convention& c : d.conventions()) {
        financing_total t = empty_total(c.id, c.name, r.parts);
        for (const post_financing& pf : r.posts) {
            if (pf.convention_id == c.id) {
                accumulate(t, pf);
            }
        }
        r.by_convention.push_back(std::move(t));
    }
    for (const epci& e : d.epcis()) {
        financing_total t = empty_total(e.siren.str(), e.name, r.parts);
        for (const post_financing& pf : r.posts) {
            if (pf.pilot_epci == e.siren) {
                accumulate(t, pf);
            }
        }
        r.by_epci.push_back(std::move(t));
    }
    r.total = empty_total(d.id(), d.department().name, r.parts);
    for (const post_financing& pf : r.posts) {
        accumulate(r.total, pf);
    }
    return r;
}

}  // namespace

std::string_view to_string(post_status s) noexcept { return name_of(post_status_names, s); }

portfolio_financing finance_portfolio(const dataset& d, const rulebook& rules, int year,
                                      expense_basis basis) {
    return finance_all(d, rules, year, std::nullopt, basis);
}

portfolio_financing finance_portfolio(const dataset& d, const rulebook& rules, date on,
                                      expense_basis basis) {
    return finance_all(d, rules, static_cast<int>(on.year()), on, basis);
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

std::string portfolio_financing::sources_text(language lang) const {
    const bool en = lang == language::en;
    std::string out;
    for (const parameter_reading& p : parameters) {
        std::string value = p.value;
        // Amounts in the language's notation; rates as the rulebook writes them.
        if (p.value_unit == unit::eur || p.value_unit == unit::eur_per_fte) {
            value = money_text(money::parse(p.value, p.name), lang);
        } else if (!en) {
            std::replace(value.begin(), value.end(), '.', ',');
        }
        out += "- " + mark(p.origin.kind) + " `" + rulebook_id + "` " + p.name + " = " + value +
               (en ? ", in force from " : ", en vigueur du ") + date_text(p.segment_start, lang) +
               (p.segment_end ? (en ? " to " : " au ") + date_text(*p.segment_end, lang) +
                                    (en ? " (excluded)" : " (exclu)")
                              : (en ? " (open-ended)" : " (sans fin)")) +
               " — " + p.origin.cited.to_string() + "\n";
    }
    return out;
}

std::string portfolio_financing::to_text(language lang) const {
    const bool en = lang == language::en;
    const std::string year = std::to_string(static_cast<int>(reference.start().year()));
    std::string out = en ? "### Financing " + year + " — rulebook `" + rulebook_id + "` (" +
                               rulebook_label.in(lang) + ")\n\n"
                         : "### Financement " + year + " — règle `" + rulebook_id + "` (" +
                               rulebook_label.in(lang) + ")\n\n";
    out += en ? (basis == expense_basis::declared ? "Basis: expenses declared for " + year
                                                  : std::string("Basis: expense at the ceiling "
                                                                "(maximum aid)"))
              : (basis == expense_basis::declared ? "Base : dépenses déclarées pour " + year
                                                  : std::string("Base : dépense au plafond "
                                                                "(aide maximale)"));
    if (parameters_on) {
        out += en ? "; parameters in force on " + to_iso(*parameters_on)
                  : " ; paramètres en vigueur au " + to_french(*parameters_on);
    } else {
        out += en ? "; the year is cut at every parameter change"
                  : " ; l'année est découpée à chaque changement de paramètre";
    }
    out += en ? "; activity = each convention's effective term within the year.\n\n"
              : " ; activité = durée effective de chaque convention dans l'année.\n\n";

    std::vector<std::string> header{"EPCI", "ETP"};
    if (basis == expense_basis::declared) {
        header.push_back(en ? "Declared expense" : "Dépense déclarée");
    }
    header.push_back(en ? "Aid" : "Aide");
    for (const funding_part& p : parts) {
        header.push_back(p.label.in(lang));
    }
    header.push_back(en ? "Marks" : "Marques");
    std::vector<column_align> align(header.size(), column_align::right);
    align.front() = column_align::left;
    align.back() = column_align::left;
    markdown_table t(header, align);

    const auto row = [&](const financing_total& tot, std::string label) {
        std::vector<std::string> cells{std::move(label), fte_text(tot.contracted_fte, lang)};
        if (basis == expense_basis::declared) {
            money expense;
            for (const post_financing& p : posts) {
                if (p.status == post_status::financed && p.declared_expense &&
                    (tot.id == dataset_id || p.pilot_epci.str() == tot.id)) {
                    expense += *p.declared_expense;
                }
            }
            cells.push_back(money_text(expense, lang));
        }
        std::string aid = money_text(tot.total, lang);
        if (tot.missing > 0) {
            aid += en ? " (incomplete)" : " (incomplet)";
        }
        cells.push_back(aid);
        for (const part_amount& p : tot.parts) {
            cells.push_back(money_text(p.amount, lang));
        }
        cells.push_back(tot.marks.to_string());
        t.add_row(std::move(cells));
    };
    for (const financing_total& e : by_epci) {
        row(e, e.label);
    }
    row(total, "**Total " + total.label + "**");
    out += t.to_markdown();
    out += '\n';

    std::string missing_text;
    std::string inactive_text;
    for (const post_financing& p : posts) {
        if (p.status == post_status::missing_expense) {
            missing_text +=
                (missing_text.empty() ? "" : ", ") + p.post_id + " (" + p.epci_name + ")";
        } else if (p.status == post_status::inactive) {
            inactive_text +=
                (inactive_text.empty() ? "" : ", ") + p.post_id + " (" + p.epci_name + ")";
        }
    }
    if (!missing_text.empty()) {
        out += en ? "Posts without a declared expense for " + year +
                        ", NOT financed and not counted in the totals: " + missing_text + ".\n"
                  : "Postes sans dépense déclarée pour " + year +
                        ", NON financés et non comptés dans les totaux : " + missing_text + ".\n";
    }
    if (!inactive_text.empty()) {
        out +=
            en ? "Posts whose convention is not in force in " + year + ": " + inactive_text + ".\n"
               : "Postes dont la convention n'est pas en vigueur en " + year + " : " +
                     inactive_text + ".\n";
    }
    if (!parts.empty()) {
        std::string sum;
        for (const part_amount& p : total.parts) {
            sum += (sum.empty() ? "" : " + ") + money_text(p.amount, lang) + " (" +
                   p.label.in(lang) + ")";
        }
        out += (en ? "Parts add up: " : "Les parts s'additionnent : ") +
               money_text(total.total, lang) + " = " + sum + ".\n";
    }
    out += en ? "\nParameters read:\n\n" : "\nParamètres lus :\n\n";
    out += sources_text(lang);
    return out;
}

// ---------------------------------------------------------------------------------------------
// Comparison

namespace {

financing_delta make_delta(std::string id, std::string label) {
    financing_delta d;
    d.id = std::move(id);
    d.label = std::move(label);
    return d;
}

void finish_delta(financing_delta& d, rounding policy) {
    d.delta = d.to - d.from;
    const std::int64_t units = d.contracted_fte.ten_thousandths();
    if (units > 0) {
        const wide_int cents =
            divide_rounded(wide_int(d.delta.cents()) * fte::scale, units, policy);
        d.delta_per_fte = money::from_cents(narrow_to_int64(cents, "delta_per_fte"));
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
    portfolio_comparison c;
    c.dataset_id = from.dataset_id;
    c.from_rulebook = from.rulebook_id;
    c.to_rulebook = to.rulebook_id;
    c.reference = from.reference;
    c.basis = from.basis;
    c.marks = evidence_marks(from.total.marks).add(to.total.marks);
    c.total = make_delta(from.dataset_id, from.department);
    for (const financing_total& e : from.by_epci) {
        c.by_epci.push_back(make_delta(e.id, e.label));
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
        const auto add = [&](financing_delta& d) {
            d.contracted_fte = d.contracted_fte + a.contracted_fte;
            d.from += a.total();
            d.to += b->total();
        };
        add(c.total);
        for (financing_delta& d : c.by_epci) {
            if (d.id == a.pilot_epci.str()) {
                add(d);
            }
        }
    }
    for (financing_delta& d : c.by_epci) {
        finish_delta(d, to.policy);
    }
    finish_delta(c.total, to.policy);
    return c;
}

std::string portfolio_comparison::to_text(language lang) const {
    const bool en = lang == language::en;
    const std::string year = std::to_string(static_cast<int>(reference.start().year()));
    std::string out = "### `" + from_rulebook + "` → `" + to_rulebook + "`, " + year + "\n\n";
    markdown_table t(
        en ? std::vector<std::string>{"EPCI", "ETP", from_rulebook, to_rulebook, "Difference",
                                      "Per ETP", "Marks"}
           : std::vector<std::string>{"EPCI", "ETP", from_rulebook, to_rulebook, "Écart", "Par ETP",
                                      "Marques"},
        {column_align::left, column_align::right, column_align::right, column_align::right,
         column_align::right, column_align::right, column_align::left});
    const auto row = [&](const financing_delta& d, std::string label) {
        t.add_row({std::move(label), fte_text(d.contracted_fte, lang), money_text(d.from, lang),
                   money_text(d.to, lang), money_text(d.delta, lang),
                   d.delta_per_fte ? money_text(*d.delta_per_fte, lang) : "—", marks.to_string()});
    };
    for (const financing_delta& d : by_epci) {
        row(d, d.label);
    }
    row(total, "**Total " + total.label + "**");
    out += t.to_markdown();
    if (!not_compared.empty()) {
        out += en ? "\nPosts financed under one rulebook only, left out:"
                  : "\nPostes financés sous une seule règle, écartés :";
        for (const auto& id : not_compared) {
            out += " " + id + (id == not_compared.back() ? ".\n" : ",");
        }
    }
    return out;
}

}  // namespace ctg
