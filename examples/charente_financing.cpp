// SPDX-License-Identifier: MIT
// The financing of the CTG coordination function in Charente on 30 June 2021: the 9 EPCI of
// the department with their contracted FTE (ETP) as the Caf de la Charente document gives them,
// their maximum annual Caf financing under four rulebooks, the gain of the CTG over the former
// CEJ, the sources of every parameter, and the full explanation of one amount.
//
//   ./build/release/examples/charente_financing        (or: make run)
#include <ctg/ctg.hpp>
#include <ctg/finance/financing.hpp>
#include <ctg/rules/rulebook.hpp>

#include <algorithm>
#include <cstddef>
#include <exception>
#include <iostream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace {

/// Width of a UTF-8 text in a terminal: its code points (every character here is one column).
std::size_t width(std::string_view text) {
    std::size_t n = 0;
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) {
            ++n;
        }
    }
    return n;
}

std::string left(std::string_view text, std::size_t w) {
    std::string s(text);
    s.append(w > width(text) ? w - width(text) : 0, ' ');
    return s;
}

std::string right(std::string_view text, std::size_t w) {
    return std::string(w > width(text) ? w - width(text) : 0, ' ') + std::string(text);
}

/// A table printed with aligned columns: the first column on the left, the others on the right.
class table {
public:
    explicit table(std::vector<std::string> header) : rows_{std::move(header)} {}
    void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
    void rule() { rules_.push_back(rows_.size()); }
    void print(std::ostream& out) const {
        std::vector<std::size_t> w(rows_.front().size(), 0);
        for (const auto& r : rows_) {
            for (std::size_t c = 0; c < r.size(); ++c) {
                w[c] = std::max(w[c], width(r[c]));
            }
        }
        std::size_t total = 0;
        for (const std::size_t x : w) {
            total += x + 2;
        }
        const std::string line = [&] {
            std::string s;
            for (std::size_t i = 0; i + 2 < total; ++i) {
                s += "─";
            }
            return s;
        }();
        for (std::size_t i = 0; i < rows_.size(); ++i) {
            if (i == 1 || std::find(rules_.begin(), rules_.end(), i) != rules_.end()) {
                out << line << '\n';
            }
            const auto& r = rows_[i];
            for (std::size_t c = 0; c < r.size(); ++c) {
                out << (c == 0 ? left(r[c], w[c]) : right(r[c], w[c]));
                out << (c + 1 < r.size() ? "  " : "\n");
            }
        }
    }

private:
    std::vector<std::vector<std::string>> rows_;
    std::vector<std::size_t> rules_;
};

/// The EPCI of Charente and their contracted FTE, as written in the source document (Caf de la
/// Charente, 30 June 2021, slide « La fonction de coordination en Charente »).
struct epci {
    const char* id;
    const char* name;
    const char* etp;
};

constexpr epci charente_epci[] = {
    {"grand-angouleme", "Grand Angoulême", "2,5"},
    {"la-rochefoucauld-porte-du-perigord", "CDC La Rochefoucauld Porte du Périgord", "1.5"},
    {"lavalette-tude-dronne", "Cdc Lavalette Tude Dronne", "1.5"},
    {"4b-sud-charente", "Cdc 4 B Sud Charente", "1"},
    {"val-de-charente", "Cdc Val de Charente", "1"},
    {"coeur-de-charente", "Cdc Cœur de Charente", "1"},
    {"rouillacais", "Cdc du Rouillacais", "0.75"},
    {"grand-cognac", "Grand Cognac", "4"},
    {"charente-limousine", "CDC Charente Limousine", "1,5"},
};

ctg::post_input maximum(const epci& e) {
    return {e.id, ctg::fte::parse(e.etp), std::nullopt, ctg::expense_basis::at_ceiling,
            std::nullopt};
}

int run() {
    const ctg::date on = ctg::parse_date("2021-06-30");
    const ctg::rulebook& national = ctg::builtin_rulebook("national-2020");
    const ctg::rulebook& cej = ctg::builtin_rulebook("cej");
    const ctg::rulebook& charente = ctg::builtin_rulebook("charente-2021");
    const ctg::rulebook& loire = ctg::builtin_rulebook("loire-cej-2015");
    auto& out = std::cout;

    out << "Financement Caf de la fonction de coordination CTG en Charente\n"
        << "Financement annuel maximal (dépense au plafond, activité sur toute l'année) selon les "
           "règles en vigueur au "
        << ctg::to_french(on) << ".\n"
        << "ETP contractualisés : valeurs du document source (Caf de la Charente, « Les "
           "Conventions Territoriales Globales : la coordination », 30 juin 2021).\n\n";

    out << "Règles comparées :\n";
    for (const ctg::rulebook* r : {&national, &cej, &charente, &loire}) {
        out << "  " << left(r->id(), 16) << r->label().fr << '\n';
    }
    out << '\n';

    // Table 1: the flat rulebooks, the gain of the CTG over the CEJ, and the Loire rule.
    table flat({"EPCI (ETP : document source)", "ETP", "national-2020", "cej", "gain CEJ → CTG",
                "loire-cej-2015"});
    // Table 2: Charente, with the parts.
    table parts({"EPCI (ETP : document source)", "ETP", "charente-2021", "bonus territoire",
                 "fonds locaux"});
    ctg::money t_national, t_cej, t_gain, t_loire, t_charente, t_bonus, t_fonds;
    ctg::fte t_etp;
    for (const epci& e : charente_epci) {
        const auto post = maximum(e);
        const auto n = ctg::finance(national, post, on);
        const auto c = ctg::finance(cej, post, on);
        const auto l = ctg::finance(loire, post, on);
        const auto ch = ctg::finance(charente, post, on);
        const auto gain = ctg::diff(c, n);
        const std::string etp = post.contracted_fte.to_french();
        flat.add({e.name, etp, n.total.to_french(), c.total.to_french(), gain.delta.to_french(),
                  l.total.to_french()});
        parts.add({e.name, etp, ch.total.to_french(), ch.parts.at(0).amount.to_french(),
                   ch.parts.at(1).amount.to_french()});
        t_etp = t_etp + post.contracted_fte;
        t_national += n.total;
        t_cej += c.total;
        t_gain += gain.delta;
        t_loire += l.total;
        t_charente += ch.total;
        t_bonus += ch.parts.at(0).amount;
        t_fonds += ch.parts.at(1).amount;
    }
    flat.rule();
    flat.add({"Total", t_etp.to_french(), t_national.to_french(), t_cej.to_french(),
              t_gain.to_french(), t_loire.to_french()});
    parts.rule();
    parts.add({"Total", t_etp.to_french(), t_charente.to_french(), t_bonus.to_french(),
               t_fonds.to_french()});

    out << "1. Forfaits par ETP (national 2020, moyenne CEJ) et règle CEJ de la Loire (2015)\n\n";
    flat.print(out);
    // The gain for one FTE, computed by the same rules (24,000 − 22,553 = 1,447 €).
    const ctg::post_input one{"1-etp", ctg::fte::parse("1"), std::nullopt,
                              ctg::expense_basis::at_ceiling, std::nullopt};
    const auto per_fte = ctg::diff(ctg::finance(cej, one, on), ctg::finance(national, one, on));
    out << "\nGain CEJ → CTG : " << per_fte.to_total.to_french() << " − "
        << per_fte.from_total.to_french() << " = " << per_fte.delta.to_french() << " par ETP, soit "
        << t_gain.to_french() << " pour " << t_etp.to_french() << " ETP.\n\n";

    out << "2. Charente 2021 : 80 % de la dépense dans la limite de 48 000 € par ETP\n"
        << "   (55 % au titre du bonus territoire, 25 % sur les fonds locaux de la Caf)\n\n";
    parts.print(out);
    out << "\nTotal Charente : " << t_charente.to_french() << " = " << t_bonus.to_french()
        << " (bonus territoire) + " << t_fonds.to_french() << " (fonds locaux).\n\n";

    out << "3. Sources des paramètres utilisés (valeurs en vigueur au " << ctg::to_french(on)
        << ")\n\n";
    for (const ctg::rulebook* r : {&national, &cej, &charente, &loire}) {
        out << r->id() << " — " << r->label().fr << '\n';
        for (const std::string& name : r->rule().parameter_names()) {
            const ctg::parameter& p = r->parameter(name);
            const ctg::segment& s = p.at(on);
            std::string value = p.value_text(s);
            if (const auto* m = std::get_if<ctg::money>(&s.value)) {
                value = m->to_french();
            } else {
                value = std::get<ctg::rate>(s.value).to_french();
            }
            out << "  • " << p.label().fr << " : " << value << ", en vigueur sur " << s.span_text()
                << '\n'
                << "    " << ctg::to_string(s.origin.kind) << " — " << s.origin.cited.to_string()
                << '\n';
        }
        out << '\n';
    }

    out << "4. Explication détaillée : Grand Angoulême, règle charente-2021\n\n";
    const auto detailed = ctg::finance(charente, maximum(charente_epci[0]), on);
    out << detailed.why.to_text();
    return 0;
}

}  // namespace

int main() {
    try {
        return run();
    } catch (const std::exception& e) {
        std::cerr << "charente_financing: " << e.what() << '\n';
        return 1;
    }
}
