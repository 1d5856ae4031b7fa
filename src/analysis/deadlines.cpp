// SPDX-License-Identifier: MIT
// Échéances of conventions, prolongations and conventions per Caf referent.
#include <ctg/analysis/deadlines.hpp>
#include <ctg/analysis/markdown_table.hpp>
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

std::string date_text(date d, language lang) {
    return lang == language::en ? to_iso(d) : to_french(d);
}

std::string days_text(std::int64_t n, language lang) {
    if (lang == language::en) {
        return std::to_string(n) + (n == 1 || n == -1 ? " day" : " days");
    }
    return std::to_string(n) + (n == 1 || n == -1 ? " jour" : " jours");
}

}  // namespace

date add_months(date d, int months) {
    if (months < 0) {
        throw invalid_value(
            error_detail::of("deadline.months.negative", "months", std::to_string(months)));
    }
    const std::chrono::year_month_day moved = d + std::chrono::months{months};
    if (moved.ok()) {
        return moved;
    }
    return std::chrono::year_month_day_last{moved.year(),
                                            std::chrono::month_day_last{moved.month()}};
}

convention_deadline deadline_of(const dataset& d, const convention& c, date on) {
    convention_deadline x;
    x.convention_id = c.id;
    x.name = c.name;
    x.start = c.term.start();
    x.initial_last_day = c.term.last_day();
    x.last_day = previous_day(c.effective_end());
    x.days_remaining = days_between(on, x.last_day);
    x.bilan_due = c.bilan_due();
    x.marks = evidence_marks::of(c.term_provenance);
    for (const amendment& a : c.amendments) {
        if (a.new_end) {
            x.prolongations.push_back(
                {a.id, a.signed_on, a.object, previous_day(*a.new_end), a.provenance});
            x.marks.add(a.provenance.kind);
        }
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

deadline_report deadlines(const dataset& d, date on, int months) {
    deadline_report r;
    r.dataset_id = d.id();
    r.on = on;
    r.months = months;
    r.horizon = add_months(on, months);  // throws on negative months
    for (const convention& c : d.conventions()) {
        convention_deadline x = deadline_of(d, c, on);
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

std::string deadline_report::to_text(language lang) const {
    const bool en = lang == language::en;
    std::string out;
    out += en ? "### Deadlines within " + std::to_string(months) + " months of " + to_iso(on) +
                    " (to " + to_iso(horizon) + ")\n\n"
              : "### Échéances dans les " + std::to_string(months) + " mois suivant le " +
                    to_french(on) + " (jusqu'au " + to_french(horizon) + ")\n\n";
    if (upcoming.empty()) {
        out += en ? "No convention ends in this window."
                  : "Aucune convention n'arrive à échéance dans cette période.";
        if (next_after_horizon) {
            const convention_deadline& n = *next_after_horizon;
            out += en ? " Next: " + n.name + " on " + to_iso(n.last_day) + " (" +
                            days_text(n.days_remaining, lang) + ") " + n.marks.to_string() + "."
                      : " Prochaine : " + n.name + " le " + to_french(n.last_day) + " (" +
                            days_text(n.days_remaining, lang) + ") " + n.marks.to_string() + ".";
        }
        out += "\n\n";
    } else {
        markdown_table t(
            en ? std::vector<std::string>{"Convention", "Last day", "Days remaining", "Bilan due",
                                          "Prolonged", "Referent", "Marks"}
               : std::vector<std::string>{"Convention", "Fin (dernier jour)", "Jours restants",
                                          "Bilan dû le", "Prolongée", "Référent", "Marques"},
            {column_align::left, column_align::right, column_align::right, column_align::right,
             column_align::left, column_align::left, column_align::left});
        for (const convention_deadline& c : upcoming) {
            t.add_row({c.name, date_text(c.last_day, lang), std::to_string(c.days_remaining),
                       date_text(c.bilan_due, lang),
                       c.prolongations.empty() ? (en ? "no" : "non") : (en ? "yes" : "oui"),
                       c.referent_name.empty() ? "—" : c.referent_name, c.marks.to_string()});
        }
        out += t.to_markdown();
        out += '\n';
    }

    out += en ? "Prolongations recorded:\n\n" : "Prolongations enregistrées :\n\n";
    if (prolonged.empty()) {
        out += en ? "None.\n\n" : "Aucune.\n\n";
    } else {
        markdown_table t(
            en ? std::vector<std::string>{"Convention", "Initial end", "Amendment", "Signed on",
                                          "New end", "Object", "Marks"}
               : std::vector<std::string>{"Convention", "Fin initiale", "Avenant", "Signé le",
                                          "Nouvelle fin", "Objet", "Marques"},
            {column_align::left, column_align::right, column_align::left, column_align::right,
             column_align::right, column_align::left, column_align::left});
        for (const convention_deadline& c : prolonged) {
            for (const prolongation& p : c.prolongations) {
                t.add_row({c.name, date_text(c.initial_last_day, lang), p.amendment_id,
                           date_text(p.signed_on, lang), date_text(p.new_last_day, lang), p.object,
                           mark(p.provenance.kind)});
            }
        }
        out += t.to_markdown();
        out += '\n';
    }

    out += en ? "Conventions per Caf referent (chargé de conseil et développement):\n\n"
              : "Conventions par référent Caf (chargé de conseil et développement) :\n\n";
    markdown_table t(
        en ? std::vector<std::string>{"Referent", "Conventions", "Convention", "Last day",
                                      "Days remaining", "Marks"}
           : std::vector<std::string>{"Référent", "Conventions", "Convention", "Fin (dernier jour)",
                                      "Jours restants", "Marques"},
        {column_align::left, column_align::right, column_align::left, column_align::right,
         column_align::right, column_align::left});
    for (const referent_portfolio& p : by_referent) {
        const std::string who = p.referent_id ? p.name + " (" + *p.referent_id + ")"
                                              : (en ? "(no referent)" : "(sans référent)");
        bool first = true;
        for (const convention_deadline& c : p.conventions) {
            evidence_marks m = c.marks;
            m.add(p.marks);
            t.add_row({first ? who : "", first ? std::to_string(p.conventions.size()) : "", c.name,
                       date_text(c.last_day, lang),
                       c.days_remaining < 0 ? (en ? "ended" : "échue")
                                            : days_text(c.days_remaining, lang),
                       m.to_string()});
            first = false;
        }
        if (p.conventions.empty()) {
            t.add_row({who, "0", "—", "", "", p.marks.to_string()});
        }
    }
    out += t.to_markdown();
    return out;
}

}  // namespace ctg
