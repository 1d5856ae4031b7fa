# SPDX-License-Identifier: MIT
"""The department report as Markdown (what `ctg report` prints by default).

The sections the C++ library already renders (coverage, coordination volume, declared
financing, comparison, deadlines, sources) are its own `to_text(language)`; the tables that
combine several results (COG trajectory, rulebooks side by side, evaluation roll-up) are laid
out here with the library's `MarkdownTable`. Every value keeps its provenance mark.
"""

from __future__ import annotations

from typing import Any

from .. import _ctg
from ._data import ReportParts

_LEFT = _ctg.ColumnAlign.left
_RIGHT = _ctg.ColumnAlign.right

_MARK = {"source document": "[D]", "public source": "[P]", "illustrative": "[I]",
         "scenario": "[S]"}

# Every sentence of the report that is not the library's own, in both languages.
_TEXT = {
    "fr": {
        "title": "Les CTG en {department} ({code}) au {on}",
        "dataset": "Jeu de données `{id}` : {label}.",
        "counts": "{epcis} EPCI, {conventions} conventions, {posts} postes de coordination, "
                  "{referents} référents Caf ; {warnings} avertissement(s) de validation",
        "legend": "Provenance de chaque valeur (marque entre crochets) :",
        "s1": "## 1. Couverture de la population par une CTG",
        "trajectory": "Trajectoire COG 2018–2022 et couverture du jeu de données au 30 juin de "
                      "chaque année :",
        "trajectory_header": ["Année", "Couverture au 30/06", "Objectif COG", "Écart (points)",
                              "Marques"],
        "s2": "## 2. Volume de coordination par EPCI",
        "s3": "## 3. Financement {year} selon `{rulebook}`",
        "no_declared": "Aucun poste ne déclare de dépense pour {year} : pas de financement sur "
                       "dépenses déclarées (années déclarées : {years}).",
        "s4": "## 4. Comparaison des règles de financement (dépense au plafond)",
        "of_which": "dont {part}",
        "total": "Total",
        "gain": "Écart `{frm}` → `{to}` : {per_fte} par ETP, {total} pour {fte} ETP sur "
                "l'année {marks}.",
        "s5": "## 5. Échéances",
        "s6": "## 6. Évaluation de la fonction de coordination",
        "no_evaluation": "Le jeu de données ne contient aucune évaluation annuelle.",
        "grid": "Grille `{key}` : {label}, {sections} rubriques ; part des cases atteintes "
                "par rubrique en {year} (cases applicables répondues).",
        "rollup_header": ["Poste (EPCI pilote)", "Ensemble", "Complétude", "Marques"],
        "department": "**Département** (cases cumulées)",
        "not_evaluated": "non évalué",
        "trend": "Évolution {before} → {after} des postes évalués les deux années :",
        "trend_header": ["Poste (EPCI pilote)", "Ensemble {before}", "Ensemble {after}",
                         "En progrès", "En recul", "Inchangées", "Autres"],
        "not_assessed": "Activités du référentiel `{ref}` non évaluées en {year} :",
        "all_assessed": "toutes évaluées",
        "s7": "## 7. Sources des paramètres des règles",
        "s8": "## 8. Provenance des données",
        "data_header": ["Donnée", "Nombre", "Provenance", "Source"],
        "no_source": "aucune (valeur illustrative)",
    },
    "en": {
        "title": "CTGs in {department} ({code}) on {on}",
        "dataset": "Dataset `{id}`: {label}.",
        "counts": "{epcis} EPCI, {conventions} conventions, {posts} coordination posts, "
                  "{referents} Caf referents; {warnings} validation warning(s)",
        "legend": "Provenance of every value (mark in brackets):",
        "s1": "## 1. Population covered by a CTG",
        "trajectory": "COG 2018–2022 trajectory and coverage of the dataset on 30 June of each "
                      "year:",
        "trajectory_header": ["Year", "Coverage on 30/06", "COG target", "Gap (points)",
                              "Marks"],
        "s2": "## 2. Coordination volume per EPCI",
        "s3": "## 3. Financing {year} under `{rulebook}`",
        "no_declared": "No post declares an expense for {year}: no financing of declared "
                       "expenses (years declared: {years}).",
        "s4": "## 4. Rulebooks compared (expense at the ceiling)",
        "of_which": "of which {part}",
        "total": "Total",
        "gain": "Difference `{frm}` → `{to}`: {per_fte} per FTE, {total} for {fte} FTE over "
                "the year {marks}.",
        "s5": "## 5. Deadlines",
        "s6": "## 6. Evaluation of the coordination function",
        "no_evaluation": "The dataset holds no yearly evaluation.",
        "grid": "Grid `{key}`: {label}, {sections} sections; share of the cells achieved per "
                "section in {year} (applicable cells answered).",
        "rollup_header": ["Post (pilot EPCI)", "Overall", "Completeness", "Marks"],
        "department": "**Department** (cells pooled)",
        "not_evaluated": "not evaluated",
        "trend": "From {before} to {after}, posts evaluated both years:",
        "trend_header": ["Post (pilot EPCI)", "Overall {before}", "Overall {after}",
                         "Improved", "Regressed", "Unchanged", "Other"],
        "not_assessed": "Activities of the référentiel `{ref}` not assessed in {year}:",
        "all_assessed": "all assessed",
        "s7": "## 7. Sources of the rulebook parameters",
        "s8": "## 8. Provenance of the data",
        "data_header": ["Value", "Count", "Provenance", "Source"],
        "no_source": "none (illustrative value)",
    },
}

_WHAT = {
    "fr": {"department": "département", "epci": "EPCI (SIREN, communes)",
           "population": "population légale", "convention": "convention",
           "convention_term": "dates de convention", "post": "poste de coordination",
           "contracted_fte": "ETP contractualisés", "expense": "dépense déclarée",
           "evaluation": "évaluation annuelle"},
    "en": {"department": "department", "epci": "EPCI (SIREN, communes)",
           "population": "legal population", "convention": "convention",
           "convention_term": "convention dates", "post": "coordination post",
           "contracted_fte": "contracted FTE", "expense": "declared expense",
           "evaluation": "yearly evaluation"},
}


def _marks(kinds: list[str]) -> str:
    return "".join(_MARK[k] for k in kinds)


def _money(m: _ctg.Money, lang: _ctg.Language) -> str:
    return m.to_french() if lang == _ctg.Language.fr else m.to_english()


def _fte(fte: _ctg.Fte, lang: str) -> str:
    return fte.to_french() if lang == "fr" else fte.to_string()


def _decimal(text: str, lang: str) -> str:
    """A plain decimal of the JSON data (`88.81`) in the language's notation (`88,81`)."""
    return text.replace(".", ",") if lang == "fr" else text


def _colon(lang: str) -> str:
    """French typography puts a space before the colon."""
    return " :" if lang == "fr" else ":"


def _percent(share: dict[str, Any], lang: str) -> str:
    if share["percent"] is None:
        return "—"
    return f"{_decimal(share['percent'], lang)} %"


def _points(text: str | None, lang: str) -> str:
    if text is None:
        return "—"
    sign = "+" if not text.startswith("-") and text.strip("0.") else ""
    return sign + _decimal(text, lang)


def render(r: ReportParts) -> str:
    """The whole report as Markdown in the report's language."""
    lang = r.language
    code = _ctg.to_string(lang)
    t = _TEXT[code]
    d = r.dataset
    data = r.data
    on = _ctg.to_french(r.on) if code == "fr" else r.on.isoformat()
    out: list[str] = []
    out.append("# " + t["title"].format(department=d.department.name, code=d.department.code,
                                        on=on) + "\n")
    out.append(t["dataset"].format(id=d.id, label=d.label.text(lang)))
    warnings = d.warnings
    out.append(t["counts"].format(epcis=len(d.epcis), conventions=len(d.conventions),
                                  posts=len(d.posts), referents=len(d.referents),
                                  warnings=len(warnings)) + (_colon(code) if warnings else "."))
    out.extend(f"- {w.to_string()}" for w in warnings)
    out.append("")
    out.append(t["legend"] + "\n")
    out.append(_ctg.evidence_legend(lang))

    out.append(t["s1"] + "\n")
    out.append(r.coverage.to_text(lang))
    out.append(t["trajectory"] + "\n")
    out.append(_trajectory(data, code))

    out.append(t["s2"] + "\n")
    out.append(r.volume.to_text(lang))

    out.append(t["s3"].format(year=r.on.year, rulebook=r.detail.id) + "\n")
    out.append(r.detailed_maximum.to_text(lang))
    if r.declared is not None:
        out.append(r.declared.to_text(lang))
    else:
        years = ", ".join(str(y) for y in data["financing"]["declared_years"]) or "—"
        out.append(t["no_declared"].format(year=r.on.year, years=years) + "\n")

    out.append(t["s4"] + "\n")
    out.extend(f"- `{p.rulebook_id}`{_colon(code)} {p.rulebook_label.text(lang)}"
               for p in r.maximum)
    out.append("")
    out.append(_comparison(r, t))
    for g in r.gains:
        per_fte = g.total.delta_per_fte
        out.append(t["gain"].format(
            frm=g.from_rulebook, to=g.to_rulebook,
            per_fte="—" if per_fte is None else _money(per_fte, lang),
            total=_money(g.total.delta, lang),
            fte=_fte(g.total.contracted_fte, code),
            marks=g.marks.to_string()))
    out.append("")

    out.append(t["s5"] + "\n")
    out.append(r.deadlines.to_text(lang))

    out.append(t["s6"] + "\n")
    out.append(_evaluation(r, t, code))

    out.append(t["s7"] + "\n")
    for p in r.maximum:
        out.append(p.sources_text(lang))
    out.append(t["s8"] + "\n")
    out.append(_data_sources(data, t, code))
    return "\n".join(out).rstrip("\n") + "\n"


def _trajectory(data: dict[str, Any], lang: str) -> str:
    t = _TEXT[lang]
    table = _ctg.MarkdownTable(t["trajectory_header"], [_LEFT, _RIGHT, _RIGHT, _RIGHT, _LEFT])
    for row in data["coverage"]["trajectory"]:
        coverage = {"percent": row["coverage_percent"]}
        target = _decimal(row["target_percent"], lang)
        table.add_row([str(row["year"]), _percent(coverage, lang), f"{target} %",
                       _points(row["gap_points"], lang),
                       _marks(row["marks"]) + " / " + _marks([data["coverage"]["cog_source"]
                                                              ["evidence"]])])
    return table.to_markdown()


def _comparison(r: ReportParts, t: dict[str, Any]) -> str:
    lang = r.language
    code = _ctg.to_string(lang)
    header = ["EPCI", "ETP" if code == "fr" else "FTE"]
    for p in r.maximum:
        header.append(p.rulebook_id)
        header.extend(t["of_which"].format(part=part.label.text(lang)) for part in p.parts)
    header.append("Marques" if code == "fr" else "Marks")
    align = [_LEFT] + [_RIGHT] * (len(header) - 2) + [_LEFT]
    table = _ctg.MarkdownTable(header, align)

    def row(label: str, totals: list[_ctg.FinancingTotal]) -> None:
        marks = _ctg.EvidenceMarks()
        cells = [label, _fte(totals[0].contracted_fte, code)]
        for total in totals:
            marks = marks.add(total.marks)
            cells.append(_money(total.total, lang))
            cells.extend(_money(part.amount, lang) for part in total.parts)
        cells.append(marks.to_string())
        table.add_row(cells)

    for i, epci in enumerate(r.maximum[0].by_epci):
        row(epci.label, [p.by_epci[i] for p in r.maximum])
    row(f"**{t['total']} {r.maximum[0].total.label}**", [p.total for p in r.maximum])
    return table.to_markdown()


def _evaluation(r: ReportParts, t: dict[str, Any], lang: str) -> str:
    e = r.data["evaluation"]
    if e is None:
        return t["no_evaluation"] + "\n"
    grid = e["grid"]
    out = [t["grid"].format(key=grid["key"], label=grid["label"][lang],
                            sections=len(e["sections"]), year=e["year"]) + " "
           + _marks(grid["marks"]) + "\n"]
    header = [t["rollup_header"][0]] + [f"R{s['id']}" for s in e["sections"]] \
        + t["rollup_header"][1:]
    table = _ctg.MarkdownTable(header, [_LEFT] + [_RIGHT] * (len(header) - 2) + [_LEFT])
    all_marks = set(grid["marks"])
    for row in e["rows"]:
        marks = grid["marks"] + [m for m in row["marks"] if m not in grid["marks"]]
        all_marks.update(marks)
        cells = [row["label"]]
        cells += [_percent(c["achieved"], lang) if row["evaluated"] else "—"
                  for c in row["sections"]]
        cells.append(_percent(row["overall"], lang) if row["evaluated"] else t["not_evaluated"])
        cells.append(_completeness(row["completeness"], lang))
        cells.append(_marks(_ordered(marks)))
        table.add_row(cells)
    dep = e["department"]
    table.add_row([t["department"]] + [_percent(s, lang) for s in dep["sections"]]
                  + [_percent(dep["overall"], lang), _completeness(dep["completeness"], lang),
                     _marks(_ordered(all_marks))])
    out.append(table.to_markdown())
    out.extend(f"- R{s['id']}{_colon(lang)} {s['title'][lang]}" for s in e["sections"])
    out.append("")
    if e["trend"]:
        out.append(t["trend"].format(before=e["year"] - 1, after=e["year"]) + "\n")
        header = [h.format(before=e["year"] - 1, after=e["year"]) for h in t["trend_header"]]
        trend = _ctg.MarkdownTable(header, [_LEFT] + [_RIGHT] * (len(header) - 1))
        for row in e["trend"]:
            trend.add_row([row["label"], _percent(row["overall_before"], lang),
                           _percent(row["overall_after"], lang), str(row["improved"]),
                           str(row["regressed"]), str(row["unchanged"]), str(row["other"])])
        out.append(trend.to_markdown())
    out.append(t["not_assessed"].format(ref=e["referentiel"]["id"], year=e["year"]) + "\n")
    for row in e["not_assessed"]:
        labels = "; ".join(a["label"][lang] for a in row["activities"]) or t["all_assessed"]
        out.append(f"- {row['label']}{_colon(lang)} {labels}")
    out.append("")
    return "\n".join(out) + "\n"


def _completeness(share: dict[str, Any], lang: str) -> str:
    return f"{_percent(share, lang)} ({share['part']}/{share['whole']})"


def _ordered(kinds: Any) -> list[str]:
    return [k for k in _MARK if k in set(kinds)]


def _data_sources(data: dict[str, Any], t: dict[str, Any], lang: str) -> str:
    table = _ctg.MarkdownTable(t["data_header"], [_LEFT, _RIGHT, _LEFT, _LEFT])
    for row in data["sources"]["data"]:
        locator = row["locators"][0] if len(row["locators"]) == 1 else ""
        cited = " — ".join(x for x in (row["document"], locator, row["url"]) if x)
        table.add_row([_WHAT[lang][row["what"]], str(len(row["subjects"])),
                       _MARK[row["evidence"]], cited or t["no_source"]])
    return table.to_markdown()
