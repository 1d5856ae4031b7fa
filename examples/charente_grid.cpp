// SPDX-License-Identifier: MIT
// The Charente yearly evaluation grid: its sections, then the department roll-up of three
// ILLUSTRATIVE evaluations of 2021 for posts of the embedded dataset, one year-over-year
// comparison and the activities left unassessed.
// No source gives real evaluations: the answers below only exercise the model.
//
//   ./build/dev/examples/charente_grid
#include <ctg/ctg.hpp>

#include <exception>
#include <iostream>
#include <string>
#include <vector>

namespace {

/// An evaluation of `post_id` for `year` whose per-policy marks follow `marks`, one character
/// per cell in grid order (`o` oui, `p` en partie, `n` non, `s` sans objet, `-` no answer),
/// repeated as needed; section 5 is answered by `fte` and `yes_no`.
ctg::evaluation illustrative(const ctg::grid& g, const std::string& post_id, int year,
                             const std::string& marks, const std::string& fte,
                             const std::vector<bool>& yes_no) {
    ctg::evaluation e;
    e.grid_id = g.id();
    e.grid_version = g.version();
    e.post_id = post_id;
    e.year = year;
    e.filled_by = "Caf de la Charente (exemple)";
    e.filled_on = ctg::parse_date(std::to_string(year + 1) + "-01-20");
    e.provenance = {ctg::evidence::illustrative, {}};
    std::size_t k = 0;
    std::size_t question = 0;
    for (const auto& cell : g.cells()) {
        const ctg::grid_item& item = g.item_at(cell.item_id);
        if (item.kind == ctg::item_kind::number) {
            e.answers.push_back(ctg::answer::of_number(item.id, ctg::answer_number::parse(fte)));
        } else if (item.kind == ctg::item_kind::yes_no) {
            e.answers.push_back(ctg::answer::of_yes_no(item.id, yes_no.at(question++)));
        } else {
            const char m = marks[k++ % marks.size()];
            const char* code = m == 'o'   ? "oui"
                               : m == 'p' ? "en_partie"
                               : m == 'n' ? "non"
                                          : "sans_objet";
            if (m != '-') {
                e.answers.push_back(ctg::answer::of_level(item.id, cell.policy, code));
            }
        }
    }
    return e;
}

}  // namespace

int main() {
    try {
        const ctg::grid& g = ctg::builtin_grid("charente-2021");
        const ctg::referentiel& ref = ctg::builtin_referentiel(g.referentiel_id());
        const ctg::dataset& d = ctg::builtin_dataset("charente-2021");

        // The blank grid, one line per section (`ctg grid` prints it in full).
        std::cout << "# " << g.label().fr << " (" << g.id() << ", version " << g.version()
                  << ")\n\n";
        for (const auto& s : g.sections()) {
            std::cout << "- " << s.id << ". " << s.title.fr << " : " << s.items.size()
                      << " rubriques\n";
        }
        std::cout << '\n';

        std::vector<ctg::evaluation> evaluations{
            illustrative(g, "post-grand-cognac", 2021, "oopoos", "4", {true, true, true, true}),
            illustrative(g, "post-rouillacais", 2021, "opnpo-", "0.75", {true, false, true, false}),
            illustrative(g, "post-val-de-charente", 2021, "pnn---", "1",
                         {false, false, true, false}),
            illustrative(g, "post-rouillacais", 2022, "oooop-", "0.75", {true, true, true, false}),
        };
        // Section 4 of Val de Charente left blank: its activity is then not assessed.
        std::erase_if(evaluations[2].answers,
                      [&](const ctg::answer& a) { return g.section_of(a.item_id)->id == "4"; });

        const auto check = ctg::validate_evaluations(evaluations, d.posts());
        if (!check.ok()) {
            for (const auto& e : check.errors) {
                std::cerr << e.to_string() << '\n';
            }
            return 1;
        }

        std::vector<std::string> posts;
        for (const auto& p : d.posts()) {
            posts.push_back(p.id);
        }
        const ctg::ratio_format format{1, ctg::rounding::half_away_from_zero};
        // Achieved share of each evaluated post, then of the department (cells pooled).
        const auto percent = [&](const ctg::share& s) {
            const auto p = s.percent(format);
            return p ? p->to_french() + "\u00A0% (" + s.to_fraction() + ")" : std::string("—");
        };
        const auto rollup = ctg::roll_up(evaluations, g, 2021, posts);
        std::cout << "# Évaluations 2021 (exemples illustratifs)\n\n";
        for (const auto& row : rollup.rows) {
            if (row.evaluated) {
                std::cout << "- " << row.post_id << " : " << percent(row.overall) << '\n';
            }
        }
        std::cout << "- département : " << percent(rollup.department_overall) << "\n\n";

        const auto c = ctg::compare_years(evaluations[1], evaluations[3], g);
        std::cout << "## " << c.post_id << " : " << c.from_year << " → " << c.to_year << "\n\n"
                  << "Ensemble : " << c.overall_before.percent(format)->to_french() << "\u00A0% → "
                  << c.overall_after.percent(format)->to_french() << "\u00A0% ; "
                  << c.count(ctg::cell_trend::improved) << " cases en progrès, "
                  << c.count(ctg::cell_trend::regressed) << " en recul (5 premières progressions "
                  << "et tous les reculs ci-dessous).\n\n";
        const auto improved = c.with(ctg::cell_trend::improved);
        for (std::size_t i = 0; i < improved.size() && i < 5; ++i) {
            std::cout << "- en progrès, " << improved[i].cell.to_string() << " : "
                      << improved[i].before.value_or("—") << " → "
                      << improved[i].after.value_or("—") << '\n';
        }
        for (const auto& ch : c.with(ctg::cell_trend::regressed)) {
            std::cout << "- en recul, " << ch.cell.to_string() << " : " << ch.before.value_or("—")
                      << " → " << ch.after.value_or("—") << '\n';
        }

        std::cout << "\n## Activités du référentiel non évaluées\n\n";
        for (const auto& e : evaluations) {
            const auto missing = ctg::activities_not_assessed(ref, g, e);
            std::cout << "- " << e.post_id << " " << e.year << " : ";
            if (missing.empty()) {
                std::cout << "aucune\n";
            }
            for (std::size_t i = 0; i < missing.size(); ++i) {
                std::cout << (i == 0 ? "" : " ; ") << ref.find_activity(missing[i])->label.fr
                          << (i + 1 == missing.size() ? "\n" : "");
            }
        }
        return 0;
    } catch (const std::exception& e) {
        std::cerr << e.what() << '\n';
        return 1;
    }
}
