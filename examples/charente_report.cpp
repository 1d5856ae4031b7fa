// SPDX-License-Identifier: MIT
// The Charente CTG report (the README's `make run`): the embedded dataset `charente-2021`
// analysed on 30 June 2021, the date of the Caf de la Charente network meeting: coverage
// against the COG trajectory, coordination volume per EPCI, maximum and declared financing
// under four rulebooks, the CEJ → CTG gain, upcoming deadlines, and the source of every
// parameter, and the yearly evaluation of the coordination function (roll-up of the 2021
// evaluations posts × sections, 2021 → 2022 changes, activities of the référentiel not assessed).
// Every value carries its provenance mark ([D] source document, [P] public source,
// [I] illustrative). Markdown, in French.
//
//   ./build/dev/examples/charente_report          the report
//   ./build/dev/examples/charente_report --grid   the blank Charente evaluation grid (Markdown)
#include <ctg/ctg.hpp>

#include <algorithm>
#include <array>
#include <exception>
#include <iostream>
#include <optional>
#include <set>
#include <string>
#include <string_view>
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

constexpr ctg::ratio_format one_decimal{1, ctg::rounding::half_away_from_zero};

/// `71,4 %`, or `—` when nothing is applicable.
std::string percent_text(const ctg::share& s) {
    const auto p = s.percent(one_decimal);
    return p ? p->to_french() + " %" : "—";
}

/// `97,7 % (84/86)`.
std::string completeness_text(const ctg::share& s) {
    return percent_text(s) + " (" + s.to_fraction() + ")";
}

/// The EPCI name of a post (its pilot), for row labels.
std::string post_label(const ctg::dataset& d, std::string_view post_id) {
    const ctg::coordination_post* p = d.find_post(post_id);
    if (p == nullptr) {
        return std::string(post_id);
    }
    const ctg::epci* e = d.find_epci(p->pilot_epci);
    return e == nullptr ? std::string(post_id) : e->name;
}

/// Roll-up of `year`: posts × sections, with the department row and the marks of each row.
std::string rollup_table(const ctg::dataset& d, const ctg::grid& g, int year,
                         const ctg::evidence_marks& grid_marks) {
    std::vector<std::string> post_ids;
    for (const auto& p : d.posts()) {
        post_ids.push_back(p.id);
    }
    const auto r = ctg::roll_up(d.evaluations(), g, year, post_ids);
    std::vector<std::string> header{"Poste (EPCI pilote)"};
    for (const auto& id : r.section_ids) {
        header.push_back("R" + id);
    }
    header.insert(header.end(), {"Ensemble", "Complétude", "Marques"});
    std::vector<ctg::column_align> align(header.size(), ctg::column_align::right);
    align.front() = ctg::column_align::left;
    align.back() = ctg::column_align::left;
    ctg::markdown_table t(header, align);
    ctg::evidence_marks all = grid_marks;
    ctg::share completeness;
    for (const auto& row : r.rows) {
        std::vector<std::string> cells{post_label(d, row.post_id)};
        ctg::evidence_marks m = grid_marks;
        if (const ctg::evaluation* e = d.find_evaluation(row.post_id, year, g.id())) {
            m.add(ctg::evidence_marks::of(e->provenance));
        }
        all.add(m);
        for (const auto& c : row.sections) {
            cells.push_back(row.evaluated ? percent_text(c.achieved) : "—");
        }
        cells.push_back(row.evaluated ? percent_text(row.overall) : "non évalué");
        cells.push_back(completeness_text(row.completeness));
        cells.push_back(m.to_string());
        t.add_row(std::move(cells));
    }
    std::vector<std::string> total{"**Département** (cases cumulées)"};
    for (std::size_t k = 0; k < r.department.size(); ++k) {
        total.push_back(percent_text(r.department[k]));
        completeness += r.department_completeness[k];
    }
    total.push_back(percent_text(r.department_overall));
    total.push_back(completeness_text(completeness));
    total.push_back(all.to_string());
    t.add_row(std::move(total));
    std::string out = t.to_markdown() + "\n";
    for (const auto& sec : g.sections()) {
        out += "- R" + sec.id + " : " + sec.title.fr + "\n";
    }
    return out;
}

/// 2021 → 2022 (or any two consecutive evaluated years) for the posts evaluated both years.
std::string trend_table(const ctg::dataset& d, const ctg::grid& g, int from, int to,
                        const ctg::evidence_marks& grid_marks) {
    ctg::markdown_table t(
        {"Poste (EPCI pilote)", "Ensemble " + std::to_string(from),
         "Ensemble " + std::to_string(to), "Écart (points)", "En progrès", "En recul", "Inchangées",
         "Autres", "Marques"},
        {ctg::column_align::left, ctg::column_align::right, ctg::column_align::right,
         ctg::column_align::right, ctg::column_align::right, ctg::column_align::right,
         ctg::column_align::right, ctg::column_align::right, ctg::column_align::left});
    for (const auto& p : d.posts()) {
        const ctg::evaluation* before = d.find_evaluation(p.id, from, g.id());
        const ctg::evaluation* after = d.find_evaluation(p.id, to, g.id());
        if (before == nullptr || after == nullptr || before->grid_version != g.version() ||
            after->grid_version != g.version()) {
            continue;
        }
        const auto c = ctg::compare_years(*before, *after, g);
        std::string gap = "—";
        if (const auto a = c.overall_after.ratio(), b = c.overall_before.ratio(); a && b) {
            const auto points = (*a - *b).percent(one_decimal);
            gap.clear();
            if (points.scaled() > 0) {
                gap += '+';
            }
            gap += points.to_french();
        }
        const std::size_t improved = c.count(ctg::cell_trend::improved);
        const std::size_t regressed = c.count(ctg::cell_trend::regressed);
        const std::size_t unchanged = c.count(ctg::cell_trend::unchanged);
        const std::size_t other = c.changes.size() - improved - regressed - unchanged;
        ctg::evidence_marks m = grid_marks;
        m.add(ctg::evidence_marks::of(before->provenance))
            .add(ctg::evidence_marks::of(after->provenance));
        t.add_row({post_label(d, p.id), percent_text(c.overall_before),
                   percent_text(c.overall_after), gap, std::to_string(improved),
                   std::to_string(regressed), std::to_string(unchanged), std::to_string(other),
                   m.to_string()});
    }
    return t.rows() == 0 ? std::string("Aucun poste évalué les deux années.\n") : t.to_markdown();
}

/// Section 7: the yearly evaluations of the dataset, when there are some.
void evaluation_section(std::ostream& out, const ctg::dataset& d) {
    out << "## 7. Évaluation de la fonction de coordination\n\n";
    if (d.evaluations().empty()) {
        out << "Le jeu de données ne contient aucune évaluation annuelle.\n\n";
        return;
    }
    const ctg::grid& g = ctg::builtin_grid("charente-2021");
    const ctg::referentiel& ref = ctg::builtin_referentiel(g.referentiel_id());
    // Every score rests on the grid (source document) and on its scale (illustrative: the
    // source gives no marking scale); the answers add their own evaluation's marks.
    const ctg::evidence_marks scale_marks = ctg::evidence_marks::of(g.scale().provenance);
    ctg::evidence_marks grid_marks = ctg::evidence_marks::of(g.provenance());
    grid_marks.add(scale_marks);
    const ctg::scale_level* achieved = g.scale().find(g.scale().achieved_from);

    const std::vector<int> years = d.evaluation_years();
    std::size_t incomplete = 0;
    for (const auto& w : d.warnings()) {
        if (w.field.starts_with("evaluations[") && w.field.ends_with("].answers")) {
            ++incomplete;
        }
    }
    ctg::evidence_marks answers_marks;
    std::optional<ctg::date> first_filled;
    std::optional<ctg::date> last_filled;
    std::set<std::string> referents;
    for (const auto& e : d.evaluations()) {
        answers_marks.add(ctg::evidence_marks::of(e.provenance));
        if (e.filled_on) {
            first_filled = first_filled ? std::min(*first_filled, *e.filled_on) : *e.filled_on;
            last_filled = last_filled ? std::max(*last_filled, *e.filled_on) : *e.filled_on;
        }
        if (d.find_referent(e.filled_by) != nullptr) {
            referents.insert(e.filled_by);
        }
    }
    std::string years_text;
    for (std::size_t i = 0; i < years.size(); ++i) {
        years_text += (i == 0                  ? ""
                       : i + 1 == years.size() ? " et "
                                               : ", ") +
                      std::to_string(years[i]);
    }
    out << "Grille `" << g.key() << "` : " << g.label().fr << ' '
        << ctg::evidence_marks::of(g.provenance()).to_string() << ", " << g.sections().size()
        << " rubriques, " << g.cells().size() << " cases ; échelle « " << g.scale().label.fr
        << " » " << scale_marks.to_string() << " : une case est atteinte à partir de « "
        << (achieved == nullptr ? g.scale().achieved_from : achieved->label.fr) << " »"
        << (g.scale().not_applicable
                ? ", « " + g.scale().not_applicable->label.fr + " » la retire du calcul"
                : std::string())
        << ".\n"
        << d.evaluations().size() << " évaluations dans le jeu de données (" << years_text << ")";
    if (!referents.empty()) {
        out << ", remplies par " << referents.size() << " référent(s) Caf du jeu de données";
    }
    if (first_filled && last_filled) {
        out << " du " << ctg::to_french(*first_filled) << " au " << ctg::to_french(*last_filled);
    }
    out << " ; " << incomplete
        << " incomplète(s) (avertissements ci-dessus). Les réponses, auteurs et dates sont "
        << (answers_marks == ctg::evidence_marks{ctg::evidence::illustrative} ? "illustratives "
                                                                              : "marquées ")
        << answers_marks.to_string()
        << " : elles exercent le modèle et ne décrivent aucun poste "
           "réel.\n\n";

    const int year = years.front();
    out << "### Part des cases atteintes par rubrique, " << year
        << " (cases applicables répondues)\n\n"
        << rollup_table(d, g, year, grid_marks) << '\n';

    if (years.size() >= 2) {
        out << "### Évolution " << years[0] << " → " << years[1]
            << " des postes évalués les deux années\n\n"
            << "Cases comparées une à une : en progrès (marque plus haute, non → oui), en recul, "
               "inchangées ; « autres » : case devenue (non) applicable, nombre d'ETP modifié, "
               "case répondue une seule des deux années.\n\n"
            << trend_table(d, g, years[0], years[1], grid_marks) << '\n';
    }

    out << "### Activités du référentiel non évaluées\n\n"
        << "Référentiel `" << ref.id << "` (" << ref.activities.size() << " activités "
        << ctg::evidence_marks::of(ref.provenance).to_string()
        << ") ; une activité n'est pas évaluée quand aucune case applicable des rubriques qui "
           "la mesurent n'est répondue.\n\n";
    for (const int y : years) {
        std::size_t evaluated = 0;
        std::size_t all_assessed = 0;
        std::string lines;
        for (const auto& p : d.posts()) {
            const ctg::evaluation* e = d.find_evaluation(p.id, y, g.id());
            if (e == nullptr || e->grid_version != g.version()) {
                continue;
            }
            ++evaluated;
            const auto missing = ctg::activities_not_assessed(ref, g, *e);
            if (missing.empty()) {
                ++all_assessed;
                continue;
            }
            lines += "  - " + post_label(d, p.id) + " : ";
            for (std::size_t i = 0; i < missing.size(); ++i) {
                const ctg::activity* a = ref.find_activity(missing[i]);
                lines += (i == 0 ? "" : " ; ") + (a == nullptr ? missing[i] : a->label.fr);
            }
            lines += ' ' + ctg::evidence_marks::of(e->provenance).to_string() + "\n";
        }
        out << "- " << y << " : " << evaluated << " poste(s) évalué(s), " << all_assessed
            << " évaluant les " << ref.activities.size() << " activités"
            << (lines.empty() ? ".\n" : " ; non évaluées :\n") << lines;
    }
    const auto unlinked = ctg::activities_without_section(ref, g);
    out << "- Activités qu'aucune rubrique de la grille ne mesure : "
        << (unlinked.empty() ? std::string("aucune") : std::to_string(unlinked.size())) << ".\n\n";
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

    // 7. Yearly evaluation of the coordination function.
    evaluation_section(out, d);

    // 8. Sources of the rulebook parameters.
    out << "## 8. Sources des paramètres des règles\n\n";
    for (const auto& p : maximum) {
        out << p.sources_text(ctg::language::fr);
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        const std::vector<std::string_view> args(argv + 1, argv + argc);
        if (args.size() == 1 && args[0] == "--grid") {
            // The blank grid to hand out (issue 4's main job).
            std::cout << ctg::to_markdown(ctg::builtin_grid("charente-2021"));
            return 0;
        }
        if (!args.empty()) {
            std::cerr << "usage: charente_report [--grid]\n"
                         "  (no option)  the Charente CTG report\n"
                         "  --grid       the blank Charente evaluation grid, in Markdown\n";
            return 2;
        }
        return run();
    } catch (const std::exception& e) {
        std::cerr << "charente_report: " << e.what() << '\n';
        return 1;
    }
}
