// SPDX-License-Identifier: MIT
#include <ctg/analysis/markdown_table.hpp>
#include <ctg/referentiel/markdown.hpp>
#include <ctg/referentiel/referentiel.hpp>

#include <string>
#include <vector>

namespace ctg {

namespace {

std::string tr(language lang, std::string_view fr, std::string_view en) {
    return std::string(lang == language::en ? en : fr);
}

std::string cell_text(const share& s, const ratio_format& format, language lang) {
    const auto p = s.percent(format);
    if (!p) {
        return "—";
    }
    return p->in(lang) + " % (" + s.to_fraction() + ")";
}

std::string scale_legend(const grid& g, language lang) {
    const answer_scale& s = g.scale();
    std::string levels;
    for (const auto& l : s.levels) {
        levels += (levels.empty() ? "" : " < ") + l.label.in(lang) + " (`" + l.code + "`)";
    }
    std::string out =
        tr(lang, "Échelle des missions, par politique : ", "Scale of missions, per policy: ") +
        levels + ". ";
    if (const scale_level* from = s.find(s.achieved_from)) {
        out += tr(lang, "Atteint à partir de : ", "Achieved from: ") + from->label.in(lang) + ". ";
    }
    if (s.not_applicable) {
        out += s.not_applicable->label.in(lang) + " (`" + s.not_applicable->code + "`) " +
               tr(lang, "retire la case du calcul. ", "removes the cell from scores. ");
    }
    out += tr(lang, "Questions : oui (`oui`) ou non (`non`).",
              "Questions: yes (`oui`) or no (`non`).");
    return out;
}

}  // namespace

std::string to_markdown(const grid& g, language lang) {
    std::string out = "# " + g.label().in(lang) + "\n\n";
    out += tr(lang, "Grille `", "Grid `") + g.id() + "`, version " + std::to_string(g.version()) +
           ".\n\n";
    out += scale_legend(g, lang) + "\n\n";
    if (!g.scale().note.fr.empty()) {
        out += "> " + g.scale().note.in(lang) + "\n\n";
    }
    const referentiel* ref = nullptr;
    if (!g.referentiel_id().empty()) {
        ref = &builtin_referentiel(g.referentiel_id());
    }
    std::vector<std::string> corrections;
    for (const auto& sec : g.sections()) {
        out += "## " + sec.id + ". " + sec.title.in(lang) + "\n\n";
        if (ref != nullptr) {
            std::string acts;
            for (const auto& id : sec.activities) {
                const activity* a = ref->find_activity(id);
                acts += (acts.empty() ? "" : " ; ") + (a != nullptr ? a->label.in(lang) : id);
            }
            out += tr(lang,
                      "Activités du référentiel évaluées : ", "Référentiel activities assessed: ") +
                   (acts.empty() ? tr(lang, "aucune", "none") : acts) + ".\n\n";
        }
        for (const auto& c : sec.corrections) {
            corrections.push_back(tr(lang, "rubrique ", "section ") + sec.id + " : « " +
                                  c.original + " » → « " + c.corrected + " » (" +
                                  std::string(to_string(c.kind)) + ")");
        }
        std::vector<std::string> mission_header{tr(lang, "N°", "No."), "Mission"};
        for (const auto& p : g.policies()) {
            mission_header.push_back(p.label.in(lang));
        }
        mission_header.push_back(tr(lang, "Commentaires", "Comments"));
        markdown_table missions(
            mission_header, std::vector<column_align>(mission_header.size(), column_align::left));
        markdown_table questions({tr(lang, "N°", "No."), "Question", tr(lang, "Réponse", "Answer"),
                                  tr(lang, "Commentaires", "Comments")},
                                 std::vector<column_align>(4, column_align::left));
        for (const auto& item : sec.items) {
            for (const auto& c : item.corrections) {
                corrections.push_back(item.id + " : « " + c.original + " » → « " + c.corrected +
                                      " » (" + std::string(to_string(c.kind)) + ")");
            }
            if (item.kind == item_kind::per_policy) {
                std::vector<std::string> row{item.id, item.text.in(lang)};
                row.resize(mission_header.size());
                missions.add_row(std::move(row));
            } else if (item.kind == item_kind::yes_no) {
                questions.add_row(
                    {item.id, item.text.in(lang), tr(lang, "oui / non", "yes / no"), ""});
            } else {
                const std::string unit =
                    item.unit.fr.empty() ? "" : " (" + item.unit.in(lang) + ")";
                questions.add_row({item.id, item.text.in(lang) + unit, "", ""});
            }
        }
        if (missions.rows() > 0) {
            out += missions.to_markdown() + "\n";
        }
        if (questions.rows() > 0) {
            out += questions.to_markdown() + "\n";
        }
    }
    if (!corrections.empty()) {
        out +=
            tr(lang, "## Corrections du texte source\n\n", "## Corrections of the source text\n\n");
        for (const auto& c : corrections) {
            out += "- " + c + "\n";
        }
        out += "\n";
    }
    out += tr(lang, "Source : ", "Source: ") + g.provenance().cited.to_string() + "\n";
    return out;
}

std::string to_markdown(const evaluation_rollup& r, const grid& g, ratio_format format,
                        language lang) {
    std::vector<std::string> header{tr(lang, "Poste", "Post")};
    for (const auto& id : r.section_ids) {
        header.push_back(tr(lang, "Rubrique ", "Section ") + id);
    }
    header.push_back(tr(lang, "Ensemble", "Overall"));
    header.push_back(tr(lang, "Complétude", "Completeness"));
    std::vector<column_align> align(header.size(), column_align::right);
    align[0] = column_align::left;
    markdown_table t(header, align);
    for (const auto& row : r.rows) {
        std::vector<std::string> cells{row.post_id};
        for (const auto& c : row.sections) {
            cells.push_back(row.evaluated ? cell_text(c.achieved, format, lang) : "—");
        }
        cells.push_back(row.evaluated ? cell_text(row.overall, format, lang)
                                      : tr(lang, "non évalué", "not evaluated"));
        cells.push_back(cell_text(row.completeness, format, lang));
        t.add_row(std::move(cells));
    }
    std::vector<std::string> total{
        tr(lang, "Département (cases cumulées)", "Department (pooled cells)")};
    share completeness;
    for (std::size_t k = 0; k < r.department.size(); ++k) {
        total.push_back(cell_text(r.department[k], format, lang));
        completeness += r.department_completeness[k];
    }
    total.push_back(cell_text(r.department_overall, format, lang));
    total.push_back(cell_text(completeness, format, lang));
    t.add_row(std::move(total));

    std::string out = t.to_markdown() + "\n";
    for (const auto& id : r.section_ids) {
        if (const grid_section* s = g.find_section(id)) {
            out += tr(lang, "- Rubrique ", "- Section ") + id + " : " + s->title.in(lang) + "\n";
        }
    }
    return out;
}

}  // namespace ctg
