// SPDX-License-Identifier: MIT
// Échéances of conventions, prolongations and conventions per Caf referent.
#include <ctg/analysis/deadlines.hpp>
#include <ctg/core/error.hpp>

#include <algorithm>
#include <chrono>
#include <string>

namespace ctg {

namespace {

std::int64_t days_between(date from, date to) {
    return (std::chrono::sys_days{to} - std::chrono::sys_days{from}).count();
}

bool by_end(const convention_deadline& a, const convention_deadline& b) {
    return a.last_day != b.last_day ? a.last_day < b.last_day : a.convention_id < b.convention_id;
}

}  // namespace

date add_months(date d, int months) {
    if (months < 0) {
        throw invalid_value(
            error_detail::of("deadline.months.negative", "months", std::to_string(months)));
    }
    // Counted in 64 bits: a year past last_year is refused before std::chrono::year wraps it.
    const std::int64_t month_index =
        static_cast<int>(d.year()) * 12LL + static_cast<unsigned>(d.month()) - 1 + months;
    if (month_index / 12 > last_year) {
        throw invalid_value(
            error_detail::of("deadline.months.range", "months", std::to_string(months),
                             {{"from", to_iso(d)}, {"high", std::to_string(last_year)}}));
    }
    const std::chrono::year_month_day moved = d + std::chrono::months{months};
    if (moved.ok()) {
        return moved;
    }
    return std::chrono::year_month_day_last{moved.year(),
                                            std::chrono::month_day_last{moved.month()}};
}

date deadline_horizon(date on, int months) {
    const date moved = add_months(on, months);
    const std::chrono::year_month_day_last month_end{on.year(),
                                                     std::chrono::month_day_last{on.month()}};
    if (on != date{month_end}) {
        return moved;
    }
    return std::chrono::year_month_day_last{moved.year(),
                                            std::chrono::month_day_last{moved.month()}};
}

date bilan_rule::due(date last_day) const {
    if (months_before_end < 0) {
        throw invalid_value(error_detail::of("deadline.months.negative", "months_before_end",
                                             std::to_string(months_before_end)));
    }
    // Months back from the last day; a term ending on a month end is due on a month end.
    const std::chrono::year_month_day moved = last_day - std::chrono::months{months_before_end};
    const date month_end = std::chrono::year_month_day_last{
        last_day.year(), std::chrono::month_day_last{last_day.month()}};
    if (moved.ok() && last_day != month_end) {
        return moved;
    }
    return std::chrono::year_month_day_last{moved.year(),
                                            std::chrono::month_day_last{moved.month()}};
}

const bilan_rule& default_bilan_rule() noexcept {
    static const bilan_rule rule{
        0,
        {evidence::reading,
         {"Caf de la Charente, « Les Conventions Territoriales Globales : la coordination », "
          "réunion réseau CTG Caf > Collectivités du 30 juin 2021",
          "les CTG sont signées pour une durée donnée et évaluées ; aucune source lue ne fixe "
          "l'échéance du bilan : ctg la place au dernier jour de la convention",
          ""},
         "",
         "un bilan dû quelques mois avant la fin (3 ou 6 mois, pour préparer le renouvellement), "
         "ou après la fin de la convention"}};
    return rule;
}

convention_deadline deadline_of(const dataset& d, const convention& c, date on,
                                const bilan_rule& bilan) {
    convention_deadline x;
    x.convention_id = c.id;
    x.name = c.name;
    x.start = c.term.start();
    x.initial_last_day = c.term.last_day();
    // The term as known on `on`: an amendment signed later is not yet a fact.
    x.last_day = previous_day(c.effective_end(on));
    x.days_remaining = days_between(on, x.last_day);
    x.bilan_due = bilan.due(x.last_day);
    x.marks = evidence_marks::of(c.term_provenance);
    for (const amendment* a : c.prolongations_known_on(on)) {
        x.prolongations.push_back(
            {a->id, a->signed_on, a->object, previous_day(*a->new_end), a->provenance});
        x.marks.add(a->provenance.kind);
    }
    std::stable_sort(
        x.prolongations.begin(), x.prolongations.end(),
        [](const prolongation& a, const prolongation& b) { return a.signed_on < b.signed_on; });
    if (c.referent_id) {
        x.referent_id = c.referent_id;
        if (const caf_referent* r = d.find_referent(*c.referent_id)) {
            x.referent_name = r->name;
        }
    }
    return x;
}

std::vector<referent_portfolio> conventions_by_referent(const dataset& d, date on) {
    std::vector<referent_portfolio> out;
    for (const caf_referent& r : d.referents()) {
        referent_portfolio p;
        p.referent_id = r.id;
        p.name = r.name;
        p.marks = evidence_marks::of(r.provenance);
        out.push_back(std::move(p));
    }
    referent_portfolio none;
    for (const convention& c : d.conventions()) {
        convention_deadline x = deadline_of(d, c, on);
        auto it = std::find_if(out.begin(), out.end(), [&](const referent_portfolio& p) {
            return x.referent_id && p.referent_id == x.referent_id;
        });
        (it == out.end() ? none : *it).conventions.push_back(std::move(x));
    }
    if (!none.conventions.empty()) {
        out.push_back(std::move(none));
    }
    for (referent_portfolio& p : out) {
        std::sort(p.conventions.begin(), p.conventions.end(), by_end);
    }
    return out;
}

deadline_report deadlines(const dataset& d, date on, int months, const bilan_rule& bilan) {
    deadline_report r;
    r.dataset_id = d.id();
    r.on = on;
    r.months = months;
    r.horizon = deadline_horizon(on, months);  // throws on negative months
    r.bilan = bilan;
    for (const convention& c : d.conventions()) {
        convention_deadline x = deadline_of(d, c, on, bilan);
        if (!x.prolongations.empty()) {
            r.prolonged.push_back(x);
        }
        if (on <= x.last_day && x.last_day <= r.horizon) {
            r.upcoming.push_back(std::move(x));
        } else if (x.last_day > r.horizon &&
                   (!r.next_after_horizon || by_end(x, *r.next_after_horizon))) {
            r.next_after_horizon = std::move(x);
        }
    }
    std::sort(r.upcoming.begin(), r.upcoming.end(), by_end);
    std::sort(r.prolonged.begin(), r.prolonged.end(), by_end);
    r.by_referent = conventions_by_referent(d, on);
    return r;
}

}  // namespace ctg
