// SPDX-License-Identifier: MIT
// The Charente CTG report (the README's `make run`): the embedded dataset `charente-2021`
// analysed on 30 June 2021, the date of the Caf de la Charente network meeting: coverage
// against the COG trajectory, coordination volume per EPCI, maximum and declared financing
// under four rulebooks, the CEJ → CTG gain, upcoming deadlines, and the source of every
// parameter. Every value carries its provenance mark ([D] source document, [P] public source,
// [I] illustrative). Markdown, in French.
//
//   ./build/dev/examples/charente_report
#include <ctg/ctg.hpp>

#include <array>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

namespace {

constexpr ctg::ratio_format two_decimals{2, ctg::rounding::half_away_from_zero};

/// The year-by-year coverage at mid-year against the COG 2018–2022 trajectory.
std::string trajectory_table(const ctg::dataset& d) {
    ctg::markdown_table t(
        {"Année", "Couverture au 30/06", "Objectif COG", "Écart (points)", "Marques"},
        {ctg::column_align::left, ctg::column_align::right, ctg::column_align::right,
         ctg::column_align::right, ctg::column_align::left});
    for (const ctg::cog_milestone& m : ctg::cog_2018_2022_trajectory()) {
        const auto c = ctg::coverage(
            d, ctg::date{std::chrono::year{m.year}, std::chrono::June, std::chrono::day{30}});
        const auto gap = c.gap_to_target()->percent(two_decimals);
        // Appended, not prepended: GCC 12 -O3 warns (-Wrestrict, a false positive) on
        // `"+" + std::string`.
        std::string gap_text;
        if (gap.scaled() > 0) {
            gap_text += '+';
        }
        gap_text += gap.to_french();
        t.add_row({std::to_string(m.year), c.share.percent(two_decimals).to_french() + " %",
                   m.target.to_french(), gap_text,
                   c.marks.to_string() + " / " + ctg::mark(ctg::cog_2018_2022_provenance().kind)});
    }
    return t.to_markdown();
}

/// Maximum annual aid per EPCI under the four rulebooks, with the Charente parts.
std::string maximum_table(const std::vector<ctg::portfolio_financing>& p) {
    // p: national-2020, cej, charente-2021, loire-cej-2015 (all at the ceiling).
    ctg::markdown_table t(
        {"EPCI", "ETP", "national-2020", "cej", "charente-2021", "dont bonus territoire",
         "dont fonds locaux", "loire-cej-2015", "Marques"},
        {ctg::column_align::left, ctg::column_align::right, ctg::column_align::right,
         ctg::column_align::right, ctg::column_align::right, ctg::column_align::right,
         ctg::column_align::right, ctg::column_align::right, ctg::column_align::left});
    const auto row = [&](const std::string& label, const ctg::financing_total& n,
                         const ctg::financing_total& c, const ctg::financing_total& ch,
                         const ctg::financing_total& l) {
        ctg::evidence_marks m = n.marks;
        m.add(c.marks).add(ch.marks).add(l.marks);
        t.add_row({label, n.contracted_fte.to_french(), n.total.to_french(), c.total.to_french(),
                   ch.total.to_french(), ch.parts.at(0).amount.to_french(),
                   ch.parts.at(1).amount.to_french(), l.total.to_french(), m.to_string()});
    };
    for (std::size_t i = 0; i < p[0].by_epci.size(); ++i) {
        row(p[0].by_epci[i].label, p[0].by_epci[i], p[1].by_epci[i], p[2].by_epci[i],
            p[3].by_epci[i]);
    }
    row("**Total " + p[0].total.label + "**", p[0].total, p[1].total, p[2].total, p[3].total);
    return t.to_markdown();
}

int run() {
    const ctg::date on = ctg::parse_date("2021-06-30");
    const int year = 2021;
    const ctg::dataset& d = ctg::builtin_dataset("charente-2021");
    auto& out = std::cout;

    out << "# Les CTG en " << d.department().name << " (" << d.department().code << ") au "
        << ctg::to_french(on) << "\n\n";
    out << "Jeu de données `" << d.id() << "` : " << d.label().fr << ".\n"
        << d.epcis().size() << " EPCI, " << d.conventions().size() << " conventions, "
        << d.posts().size() << " postes de coordination, " << d.referents().size()
        << " référents Caf ; " << d.warnings().size() << " avertissement(s) de validation"
        << (d.warnings().empty() ? "." : " :") << '\n';
    for (const ctg::error_detail& w : d.warnings()) {
        out << "- " << w.to_string() << '\n';
    }
    out << '\n';
    out << "Provenance de chaque valeur (marque entre crochets) :\n\n"
        << ctg::evidence_legend(ctg::language::fr) << '\n';

    // 1. Coverage.
    out << "## 1. Couverture de la population par une CTG\n\n";
    out << ctg::coverage(d, on).to_text(ctg::language::fr, two_decimals) << '\n';
    out << "Trajectoire COG 2018–2022 et couverture du jeu de données au 30 juin de chaque "
           "année :\n\n"
        << trajectory_table(d) << '\n';

    // 2. Coordination volume.
    out << "## 2. Volume de coordination par EPCI\n\n";
    out << ctg::coordination_volume(d).to_text(ctg::language::fr, two_decimals) << '\n';

    // 3. Maximum financing under four rulebooks.
    const std::array<const char*, 4> ids{"national-2020", "cej", "charente-2021", "loire-cej-2015"};
    std::vector<ctg::portfolio_financing> maximum;
    for (const char* id : ids) {
        maximum.push_back(ctg::finance_portfolio(d, ctg::builtin_rulebook(id), on,
                                                 ctg::expense_basis::at_ceiling));
    }
    out << "## 3. Financement annuel maximal " << year << " (dépense au plafond)\n\n"
        << "Paramètres en vigueur au " << ctg::to_french(on)
        << " ; chaque poste actif toute l'année (durée effective des conventions).\n\n";
    for (const auto& p : maximum) {
        out << "- `" << p.rulebook_id << "` : " << p.rulebook_label.fr << '\n';
    }
    out << '\n' << maximum_table(maximum) << '\n';
    const auto& ch = maximum[2].total;
    out << "Totaux : " << maximum[0].total.total.to_french() << " (national-2020) / "
        << maximum[1].total.total.to_french() << " (cej) / " << ch.total.to_french() << " = "
        << ch.parts.at(0).amount.to_french() << " + " << ch.parts.at(1).amount.to_french()
        << " (charente-2021) / " << maximum[3].total.total.to_french() << " (loire-cej-2015).\n\n";

    // 4. Financing on the declared expenses.
    out << "## 4. Financement " << year << " sur les dépenses déclarées\n\n";
    const auto declared = ctg::finance_portfolio(d, ctg::builtin_rulebook("charente-2021"), on,
                                                 ctg::expense_basis::declared);
    out << declared.to_text(ctg::language::fr) << '\n';

    // 5. CEJ → CTG gain.
    out << "## 5. Gain de la bascule CEJ → CTG (forfait national)\n\n";
    const auto gain = ctg::compare_portfolios(maximum[1], maximum[0]);
    out << gain.to_text(ctg::language::fr) << '\n'
        << "Gain : " << gain.total.delta_per_fte->to_french() << " par ETP (24 000 € − 22 553 €), "
        << "soit " << gain.total.delta.to_french() << " pour "
        << gain.total.contracted_fte.to_french() << " ETP sur une année pleine "
        << gain.marks.to_string() << ".\n\n";

    // 6. Deadlines.
    out << "## 6. Échéances\n\n";
    out << ctg::deadlines(d, on, 18).to_text(ctg::language::fr) << '\n';

    // 7. Sources of the rulebook parameters.
    out << "## 7. Sources des paramètres des règles\n\n";
    for (const auto& p : maximum) {
        out << p.sources_text(ctg::language::fr);
    }
    return 0;
}

}  // namespace

int main() {
    try {
        return run();
    } catch (const std::exception& e) {
        std::cerr << "charente_report: " << e.what() << '\n';
        return 1;
    }
}
