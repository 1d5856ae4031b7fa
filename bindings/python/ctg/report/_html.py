# SPDX-License-Identifier: MIT
"""The department report as one self-contained HTML page (`Report.to_html()`).

`render(data)` takes the `ctg.report/1` dict and returns a page with inline CSS and inline SVG
charts, no script and no external resource, ready to be printed or sent. Its tables are written
by the Jinja2 template `ctg/templates/report.html.j2` with autoescaping on, like the notebook
tables of `ctg/_html.py` (same loader and settings), its charts by `_charts.py`.

The labels are French, or English when `data["language"] == "en"` (`LABELS`). Every figure is
written from the report's decimal strings with `decimal.Decimal`, never through a float:
`354 000,00 €` in French (narrow no-break space U+202F between thousands, no-break space U+00A0
before the euro sign, decimal comma), `354,000.00 €` in English (docs/pages/report.md).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from decimal import Decimal
from functools import cache
from typing import Any

import jinja2

from .._html import template_environment
from . import _charts

NNBSP = "\u202f"  # narrow no-break space: French thousands separator, before % and :
NBSP = "\u00a0"  # no-break space: before the euro sign

#: The evidence names of `marks` lists, their letter and order.
EVIDENCE = ("source document", "public source", "illustrative", "scenario")
MARK_LETTERS = {"source document": "D", "public source": "P", "illustrative": "I",
                "scenario": "S"}

_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")

LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Rapport départemental CTG",
        "subtitle": "Conventions territoriales globales : couverture, coordination et "
                    "financement de la Caf",
        "on": "Situation au",
        "dataset": "Jeu de données",
        "rulebooks": "Règlements comparés",
        "detailed": "détaillé",
        "generated": "Produit par",
        "format": "format",
        "contents": "Sommaire",
        "warnings": "Avertissements de validation",
        "warnings_intro": "Le jeu de données a été chargé ; ces points ne respectent pas les "
                          "attendus et sont à vérifier.",
        "warnings_none": "Aucun avertissement : le jeu de données respecte tous les attendus "
                         "contrôlés.",
        "field": "Champ",
        "value": "Valeur",
        "expected": "Attendu",
        "legend": "Provenance des valeurs",
        "legend_intro": "Chaque ligne de valeurs porte la marque de provenance de ses données :",
        "evidence.source document": "document source",
        "evidence.public source": "source publique",
        "evidence.illustrative": "illustratif",
        "evidence.scenario": "scénario",
        "evidence_text.source document": "valeur lue dans un document de la Caf ou de la Cnaf "
                                         "(règlement, circulaire, support de réunion) ;",
        "evidence_text.public source": "donnée publique (population légale, identité des "
                                       "EPCI, rapport d'activité publié) ;",
        "evidence_text.illustrative": "valeur d'exemple, à remplacer par la donnée réelle "
                                      "avant tout usage ;",
        "evidence_text.scenario": "hypothèse d'une simulation.",
        "marks": "Prov.",
        "total": "Total",
        "department_row": "Département",
        "colon": "\u00a0: ",
        # 1
        "s1": "Vue d'ensemble",
        "coverage": "Couverture des habitants par une CTG",
        "covered": "Habitants couverts",
        "of_inhabitants": "sur",
        "share_covered": "Part couverte",
        "cog_target": "Cible de la COG",
        "gap": "Écart à la cible",
        "points": "points",
        "target_met": "cible atteinte",
        "target_missed": "cible non atteinte",
        "trajectory": "Trajectoire de la COG 2018-2022 (situation au 30 juin de chaque année)",
        "year": "Année",
        "target": "Cible",
        "coverage_col": "Couverture",
        "gap_col": "Écart (points)",
        "epci_table": "Intercommunalités : population, communes et coordination",
        "epci": "EPCI",
        "population": "Population",
        "communes": "Communes",
        "fte": "ETP",
        "inhabitants_per_fte": "Habitants par ETP",
        "fte_per_10000": "ETP pour 10 000 hab.",
        "ctg": "CTG",
        "status.covered": "couvert",
        "status.partial": "partiel",
        "status.uncovered": "non couvert",
        "spread": "Dispersion des habitants par ETP",
        "territories": "Territoires avec ETP",
        "minimum": "Minimum",
        "maximum_spread": "Maximum",
        "max_over_min": "Rapport maximum / minimum",
        "mean": "Moyenne des territoires",
        "standard_deviation": "Écart type",
        "cv": "Coefficient de variation",
        "without_fte": "EPCI sans ETP de coordination",
        "chart_fte": "ETP de coordination par EPCI",
        "chart_fte_caption": "ETP de coordination contractualisés par EPCI.",
        "chart_inhabitants": "Habitants par ETP de coordination",
        "chart_inhabitants_caption": "Habitants par ETP de coordination ; la ligne pointillée "
                                     "marque la valeur du département.",
        "department_value": "Département",
        "no_fte": "sans ETP",
        # 2
        "s2": "Financement de la coordination",
        "rulebook": "Règlement",
        "reference": "Période de référence",
        "from_to": "du {start} au {end}",
        "parameters_on": "Paramètres en vigueur le",
        "maximum_by_epci": "Maximum au plafond, par EPCI",
        "declared_by_epci": "Sur les dépenses déclarées, par EPCI",
        "no_declared": "Aucun poste ne déclare de dépense pour {year} : pas de financement sur "
                       "dépenses déclarées (années déclarées : {years}).",
        "at_ceiling": "Maximum au plafond",
        "by_post": "Par poste, sur les dépenses déclarées",
        "post": "Poste",
        "declared_expense": "Dépense déclarée",
        "status": "Statut",
        "post_status.financed": "financé",
        "post_status.missing_expense": "dépense non déclarée",
        "post_status.inactive": "inactif sur la période",
        "posts_count": "Postes : {financed} financés, {inactive} inactifs, {missing} sans "
                       "dépense déclarée.",
        "missing_expense": "Postes sans dépense déclarée",
        "missing_expense_none": "Tous les postes actifs ont une dépense déclarée.",
        "chart_financing": "Financement maximal au plafond par EPCI",
        "chart_financing_caption": "Financement maximal au plafond par EPCI, règlement "
                                   "{rulebook}.",
        "chart_financing_parts": "Financement maximal au plafond par EPCI, règlement "
                                 "{rulebook}, par part ({parts}).",
        "amount_axis": "€",
        # 3
        "s3": "Comparaison des règlements",
        "comparison_intro": "Financement au plafond de chaque poste, pour les mêmes ETP ({fte} "
                            "ETP), sous chaque règlement.",
        "rulebook_id": "Identifiant",
        "label": "Libellé",
        "kind": "Formule",
        "kind.flat_per_fte": "forfait par ETP",
        "kind.share_of_expense": "part de la dépense, plafonnée",
        "parts": "Parts",
        "of_which": "dont",
        "gains": "Gain par rapport au contrat enfance jeunesse (CEJ)",
        "gains_none": "Pas de comparaison au CEJ : le règlement cej n'est pas parmi les "
                      "règlements du rapport.",
        "from_rulebook": "Depuis",
        "to_rulebook": "Vers",
        "gain_total": "Gain total",
        "gain_per_fte": "Gain par ETP",
        "not_compared": "Non comparés",
        "gains_by_epci": "Gain par EPCI par rapport au CEJ",
        "chart_comparison": "Financement total au plafond par règlement",
        "chart_comparison_caption": "Financement total au plafond du département sous chaque "
                                    "règlement.",
        "chart_comparison_gains": "Financement total au plafond du département sous chaque "
                                  "règlement ; entre parenthèses, l'écart avec le CEJ (en gris).",
        # 4
        "s4": "Échéances",
        "horizon": "Conventions dont la fin tombe dans les {months} mois, jusqu'au {horizon}.",
        "upcoming": "Conventions arrivant à échéance",
        "upcoming_none": "Aucune convention n'arrive à échéance d'ici le {horizon}.",
        "convention": "Convention",
        "start": "Début",
        "last_day": "Fin",
        "bilan_due": "Bilan dû le",
        "days_remaining": "Jours restants",
        "referent": "Référent·e Caf",
        "next_after": "Prochaine échéance après l'horizon",
        "prolonged": "Conventions prolongées par avenant",
        "prolonged_none": "Aucune convention prolongée.",
        "initial_last_day": "Fin initiale",
        "new_last_day": "Fin prolongée",
        "amendment": "Avenant",
        "signed_on": "signé le",
        # 5
        "s5": "Évaluation de la fonction de coordination",
        "evaluation_none": "Aucune évaluation annuelle dans le jeu de données.",
        "grid": "Grille",
        "evaluation_year": "Année évaluée",
        "achieved_intro": "Part des cellules évaluées au niveau « {level} » ou au-delà, par "
                          "section de la grille (cellules atteintes / cellules évaluées).",
        "sections": "Sections de la grille",
        "section": "Section",
        "overall": "Ensemble",
        "completeness": "Complétude",
        "not_evaluated": "non évalué",
        "chart_evaluation": "Évaluation {year} : part atteinte par section (%)",
        "chart_evaluation_caption": "Part des cellules atteintes par poste et par section "
                                    "({year}) ; cellules hachurées : sans donnée.",
        "no_data": "sans donnée",
        "scale_percent": "Part atteinte (%)",
        "trend": "Évolution depuis l'année précédente",
        "trend_none": "Pas d'évaluation en {year} sur la même grille : pas d'évolution à "
                      "présenter.",
        "before": "Ensemble {year}",
        "after": "Ensemble {year}",
        "trend.improved": "Améliorées",
        "trend.regressed": "En recul",
        "trend.unchanged": "Inchangées",
        "trend.other": "Autres",
        "not_assessed": "Activités du référentiel non évaluées",
        "not_assessed_none": "Chaque évaluation couvre les {count} activités du référentiel "
                             "{referentiel}.",
        "without_section": "Activités du référentiel sans section dans la grille",
        # 6
        "s6": "Sources",
        "parameters": "Paramètres des règlements",
        "parameter": "Paramètre",
        "period": "Période",
        "since": "depuis le {start}",
        "until": "du {start} au {end}",
        "document": "Document",
        "cog_source": "Trajectoire de la COG 2018-2022",
        "cog_trajectory_values": "Cible de couverture des habitants",
        "data_sources": "Provenance des données du jeu",
        "what": "Donnée",
        "subjects": "Objets",
        "what.department": "Département",
        "what.epci": "Identité des EPCI",
        "what.population": "Population légale",
        "what.convention": "Convention",
        "what.convention_term": "Durée des conventions",
        "what.post": "Poste de coordination",
        "what.contracted_fte": "ETP contractualisés",
        "what.expense": "Dépenses déclarées",
        "what.evaluation": "Évaluation annuelle",
        "footer": "Tous les montants et ratios sont calculés par la bibliothèque ctg en "
                  "arithmétique exacte ; les ratios arrondis sont au centième, la fraction "
                  "exacte est donnée en info-bulle.",
    },
    "en": {
        "title": "CTG department report",
        "subtitle": "Conventions territoriales globales: coverage, coordination and Caf "
                    "financing",
        "on": "As of",
        "dataset": "Dataset",
        "rulebooks": "Rulebooks compared",
        "detailed": "detailed",
        "generated": "Produced by",
        "format": "format",
        "contents": "Contents",
        "warnings": "Validation warnings",
        "warnings_intro": "The dataset was loaded; these points do not meet what is expected "
                          "and should be checked.",
        "warnings_none": "No warning: the dataset meets every expectation checked.",
        "field": "Field",
        "value": "Value",
        "expected": "Expected",
        "legend": "Provenance of the values",
        "legend_intro": "Every row of values carries the provenance mark of its data:",
        "evidence.source document": "source document",
        "evidence.public source": "public source",
        "evidence.illustrative": "illustrative",
        "evidence.scenario": "scenario",
        "evidence_text.source document": "value read in a Caf or Cnaf document (rulebook, "
                                         "circular, meeting slides);",
        "evidence_text.public source": "public data (legal population, identity of the EPCI, "
                                       "published activity report);",
        "evidence_text.illustrative": "example value, to be replaced by the real data before "
                                      "any use;",
        "evidence_text.scenario": "assumption of a simulation.",
        "marks": "Prov.",
        "total": "Total",
        "department_row": "Department",
        "colon": ": ",
        # 1
        "s1": "Overview",
        "coverage": "Inhabitants covered by a CTG",
        "covered": "Inhabitants covered",
        "of_inhabitants": "of",
        "share_covered": "Share covered",
        "cog_target": "COG target",
        "gap": "Gap to the target",
        "points": "points",
        "target_met": "target met",
        "target_missed": "target not met",
        "trajectory": "Trajectory of the 2018-2022 COG (situation on 30 June of each year)",
        "year": "Year",
        "target": "Target",
        "coverage_col": "Coverage",
        "gap_col": "Gap (points)",
        "epci_table": "Intercommunalities: population, communes and coordination",
        "epci": "EPCI",
        "population": "Population",
        "communes": "Communes",
        "fte": "FTE",
        "inhabitants_per_fte": "Inhabitants per FTE",
        "fte_per_10000": "FTE per 10,000 inh.",
        "ctg": "CTG",
        "status.covered": "covered",
        "status.partial": "partial",
        "status.uncovered": "not covered",
        "spread": "Spread of inhabitants per FTE",
        "territories": "Territories with FTE",
        "minimum": "Minimum",
        "maximum_spread": "Maximum",
        "max_over_min": "Maximum / minimum ratio",
        "mean": "Mean of the territories",
        "standard_deviation": "Standard deviation",
        "cv": "Coefficient of variation",
        "without_fte": "EPCI without coordination FTE",
        "chart_fte": "Coordination FTE by EPCI",
        "chart_fte_caption": "Contracted coordination FTE by EPCI.",
        "chart_inhabitants": "Inhabitants per coordination FTE",
        "chart_inhabitants_caption": "Inhabitants per coordination FTE; the dashed line marks "
                                     "the department's value.",
        "department_value": "Department",
        "no_fte": "no FTE",
        # 2
        "s2": "Coordination financing",
        "rulebook": "Rulebook",
        "reference": "Reference period",
        "from_to": "{start} to {end}",
        "parameters_on": "Parameters in force on",
        "maximum_by_epci": "Maximum at the ceiling, by EPCI",
        "declared_by_epci": "On declared expenses, by EPCI",
        "no_declared": "No post declares an expense for {year}: no financing of declared "
                       "expenses (years declared: {years}).",
        "at_ceiling": "Maximum at the ceiling",
        "by_post": "By post, on declared expenses",
        "post": "Post",
        "declared_expense": "Declared expense",
        "status": "Status",
        "post_status.financed": "financed",
        "post_status.missing_expense": "no declared expense",
        "post_status.inactive": "inactive over the period",
        "posts_count": "Posts: {financed} financed, {inactive} inactive, {missing} without "
                       "declared expense.",
        "missing_expense": "Posts without declared expense",
        "missing_expense_none": "Every active post has a declared expense.",
        "chart_financing": "Maximum financing at the ceiling by EPCI",
        "chart_financing_caption": "Maximum financing at the ceiling by EPCI, rulebook "
                                   "{rulebook}.",
        "chart_financing_parts": "Maximum financing at the ceiling by EPCI, rulebook "
                                 "{rulebook}, by part ({parts}).",
        "amount_axis": "€",
        # 3
        "s3": "Comparison of rulebooks",
        "comparison_intro": "Financing at the ceiling of every post, for the same FTE ({fte} "
                            "FTE), under each rulebook.",
        "rulebook_id": "Id",
        "label": "Label",
        "kind": "Formula",
        "kind.flat_per_fte": "flat rate per FTE",
        "kind.share_of_expense": "share of the expense, capped",
        "parts": "Parts",
        "of_which": "of which",
        "gains": "Gain over the contrat enfance jeunesse (CEJ)",
        "gains_none": "No comparison with the CEJ: the cej rulebook is not among the report's "
                      "rulebooks.",
        "from_rulebook": "From",
        "to_rulebook": "To",
        "gain_total": "Total gain",
        "gain_per_fte": "Gain per FTE",
        "not_compared": "Not compared",
        "gains_by_epci": "Gain by EPCI over the CEJ",
        "chart_comparison": "Total financing at the ceiling by rulebook",
        "chart_comparison_caption": "Total financing at the ceiling of the department under "
                                    "each rulebook.",
        "chart_comparison_gains": "Total financing at the ceiling of the department under "
                                  "each rulebook; in brackets, the difference with the CEJ (in "
                                  "grey).",
        # 4
        "s4": "Deadlines",
        "horizon": "Conventions ending within {months} months, until {horizon}.",
        "upcoming": "Conventions coming to an end",
        "upcoming_none": "No convention ends before {horizon}.",
        "convention": "Convention",
        "start": "Start",
        "last_day": "End",
        "bilan_due": "Review due",
        "days_remaining": "Days left",
        "referent": "Caf officer",
        "next_after": "Next deadline after the horizon",
        "prolonged": "Conventions prolonged by amendment",
        "prolonged_none": "No prolonged convention.",
        "initial_last_day": "Initial end",
        "new_last_day": "Prolonged end",
        "amendment": "Amendment",
        "signed_on": "signed on",
        # 5
        "s5": "Evaluation of the coordination function",
        "evaluation_none": "No yearly evaluation in the dataset.",
        "grid": "Grid",
        "evaluation_year": "Year evaluated",
        "achieved_intro": "Share of the cells assessed at level “{level}” or above, by section "
                          "of the grid (cells achieved / cells assessed).",
        "sections": "Sections of the grid",
        "section": "Section",
        "overall": "Overall",
        "completeness": "Completeness",
        "not_evaluated": "not evaluated",
        "chart_evaluation": "Evaluation {year}: share achieved by section (%)",
        "chart_evaluation_caption": "Share of the cells achieved by post and section ({year}); "
                                    "hatched cells: no data.",
        "no_data": "no data",
        "scale_percent": "Share achieved (%)",
        "trend": "Change since the previous year",
        "trend_none": "No evaluation in {year} on the same grid: no change to show.",
        "before": "Overall {year}",
        "after": "Overall {year}",
        "trend.improved": "Improved",
        "trend.regressed": "Regressed",
        "trend.unchanged": "Unchanged",
        "trend.other": "Other",
        "not_assessed": "Activities of the framework not assessed",
        "not_assessed_none": "Every evaluation covers the {count} activities of the framework "
                             "{referentiel}.",
        "without_section": "Activities of the framework without a section in the grid",
        # 6
        "s6": "Sources",
        "parameters": "Parameters of the rulebooks",
        "parameter": "Parameter",
        "period": "Period",
        "since": "from {start}",
        "until": "{start} to {end}",
        "document": "Document",
        "cog_source": "Trajectory of the 2018-2022 COG",
        "cog_trajectory_values": "Target coverage of the inhabitants",
        "data_sources": "Provenance of the dataset's data",
        "what": "Data",
        "subjects": "Subjects",
        "what.department": "Department",
        "what.epci": "Identity of the EPCI",
        "what.population": "Legal population",
        "what.convention": "Convention",
        "what.convention_term": "Term of the conventions",
        "what.post": "Coordination post",
        "what.contracted_fte": "Contracted FTE",
        "what.expense": "Declared expenses",
        "what.evaluation": "Yearly evaluation",
        "footer": "Every amount and ratio is computed by the ctg library in exact arithmetic; "
                  "rounded ratios are to the hundredth, the exact fraction is shown as a "
                  "tooltip.",
    },
}


# --- Number and date formats (from the report's strings, never through a float) ---------------

def _language(data: dict[str, Any]) -> str:
    return "en" if data.get("language") == "en" else "fr"


def decimal_text(text: str | int | Decimal, lang: str) -> str:
    """A decimal string in the language's notation: `1 234,5` (fr) or `1,234.5` (en); the
    digits are those of `text`, nothing is rounded."""
    value = Decimal(text) if not isinstance(text, Decimal) else text
    digits = format(abs(value), "f")
    whole, _, fraction = digits.partition(".")
    separator = NNBSP if lang == "fr" else ","
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = separator.join(groups)
    if fraction:
        out += ("," if lang == "fr" else ".") + fraction
    return ("-" if value < 0 else "") + out


def whole_text(ratio: dict[str, str], lang: str) -> str:
    """An exact ratio (`{"fraction": "283994/5", …}`) rounded to a whole number, half away from
    zero, once from its fraction: rounding its 2-decimal value again could be off by one."""
    numerator, _, denominator = ratio["fraction"].partition("/")
    n, d = int(numerator), int(denominator or 1)
    rounded = (2 * abs(n) + d) // (2 * d)
    return decimal_text(-rounded if n < 0 else rounded, lang)


def money_text(text: str, lang: str, signed: bool = False) -> str:
    """`354 000,00 €` (fr) or `354,000.00 €` (en); `signed` writes a + before a gain."""
    value = Decimal(text)
    sign = "-" if value < 0 else ("+" if signed and value > 0 else "")
    return f"{sign}{decimal_text(abs(value), lang)}{NBSP}€"


def percent_text(text: str, lang: str, signed: bool = False) -> str:
    value = Decimal(text)
    sign = "+" if signed and value > 0 else ""
    digits = decimal_text(value, lang)
    return f"{sign}{digits}{NNBSP}%" if lang == "fr" else f"{sign}{digits}%"


def points_text(text: str, lang: str) -> str:
    """A difference of percentages in points, signed: `+25,00`."""
    return ("+" if Decimal(text) > 0 else "") + decimal_text(text, lang)


def date_text(iso: str, lang: str) -> str:
    day = datetime.date.fromisoformat(iso)
    if lang == "fr":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


_PARAMETER_VALUE = re.compile(r"^(-?[0-9]+(?:\.[0-9]+)?)( ?%)?$")


def parameter_text(value: str, lang: str, unit: str) -> str:
    """A rulebook parameter as read (`22553.00`, `80 %`) in the language's notation."""
    match = _PARAMETER_VALUE.match(value.strip())
    if match is None:
        return value
    number = match.group(1)
    if match.group(2) or unit == "percent":
        return percent_text(number, lang)
    if unit == "eur":
        return money_text(number, lang)
    if unit == "eur_per_fte":
        return money_text(number, lang) + (" / ETP" if lang == "fr" else " / FTE")
    return decimal_text(number, lang)


# --- Jinja2 ------------------------------------------------------------------------------------

def _none_or(function: Callable[..., str]) -> Callable[..., str]:
    """A filter in the page's language that writes a missing value (None) as a dash."""

    @jinja2.pass_context
    def filter_(context: jinja2.runtime.Context, value: Any, *args: Any) -> str:
        if value is None:
            return "—"
        return function(value, context["lang"], *args)
    return filter_


@cache
def _environment() -> jinja2.Environment:
    # Its own environment, because the filters here depend on the page's language.
    env = template_environment(keep_trailing_newline=True)
    env.filters["money"] = _none_or(money_text)
    env.filters["gain"] = _none_or(lambda v, lang: money_text(v, lang, signed=True))
    env.filters["num"] = _none_or(decimal_text)
    env.filters["pct"] = _none_or(percent_text)
    env.filters["points"] = _none_or(points_text)
    env.filters["date"] = _none_or(date_text)
    env.filters["parameter"] = _none_or(parameter_text)
    env.filters["letter"] = lambda evidence: MARK_LETTERS.get(evidence, "?")
    env.filters["pick"] = _pick
    env.tests["web"] = _is_web_url
    return env


@jinja2.pass_context
def _pick(context: jinja2.runtime.Context, text: dict[str, str]) -> str:
    """The language's text of a {"fr", "en"} label."""
    return text.get(context["lang"]) or text.get("fr") or ""


def _is_web_url(url: Any) -> bool:
    """Only http(s) addresses become links (a `javascript:` URL in a dataset stays text)."""
    return isinstance(url, str) and (url.startswith("https://") or url.startswith("http://"))


def ordered_marks(*lists: list[str]) -> list[str]:
    """The union of marks lists in the legend's order (D, P, I, S)."""
    seen = {m for marks in lists for m in marks}
    return [m for m in EVIDENCE if m in seen] + sorted(seen - set(EVIDENCE))


# --- Charts ------------------------------------------------------------------------------------

def _make_charts(data: dict[str, Any], lang: str, t: dict[str, str]) -> dict[str, _charts.Chart]:
    def number(text: str) -> str:
        return decimal_text(text, lang)

    def whole(ratio: dict[str, str]) -> str:
        return whole_text(ratio, lang)

    def euros(text: str) -> str:
        return money_text(text, lang)

    charts: dict[str, _charts.Chart] = {}
    volume = data["volume"]
    names = [e["name"] for e in volume["epcis"]]
    charts["fte"] = _charts.bars(
        chart_id="chart-fte", title=t["chart_fte"], caption=t["chart_fte_caption"],
        categories=names, values=[e["contracted_fte"] for e in volume["epcis"]],
        texts=[number(e["contracted_fte"]) for e in volume["epcis"]], axis_label=t["fte"], number=number)
    per_fte = [e["inhabitants_per_fte"] for e in volume["epcis"]]
    department = volume["inhabitants_per_fte"]
    charts["inhabitants"] = _charts.bars(
        chart_id="chart-inhabitants-per-fte", title=t["chart_inhabitants"],
        caption=t["chart_inhabitants_caption"], categories=names,
        values=[None if r is None else r["value"] for r in per_fte],
        texts=[t["no_fte"] if r is None else whole(r) for r in per_fte],
        axis_label=t["inhabitants_per_fte"], number=number,
        reference=None if department is None else
        (department["value"], f"{t['department_value']}{t['colon']}{whole(department)}"))

    financing = data["financing"]
    maximum = financing["maximum"]
    rulebooks = {r["id"]: r for r in data["rulebooks"]}
    rows = maximum["by_epci"]
    if maximum["parts"]:
        series = [(p["label"][lang] or p["id"], [r["parts"].get(p["id"]) for r in rows])
                  for p in maximum["parts"]]
    else:
        series = [(t["total"], [r["total"] for r in rows])]
    charts["financing"] = _charts.stacked_bars(
        chart_id="chart-financing", title=t["chart_financing"],
        caption=(t["chart_financing_parts"] if maximum["parts"] else t["chart_financing_caption"])
        .format(rulebook=financing["rulebook"], parts=", ".join(label for label, _ in series)),
        categories=[r["label"] for r in rows], series=series,
        texts=["—" if r["total"] is None else euros(r["total"]) for r in rows],
        axis_label=t["amount_axis"], number=number)

    comparison = data["comparison"]
    gains = {g["to"]: g["total"] for g in comparison["gains"]}
    texts = []
    for rid in comparison["rulebooks"]:
        total = comparison["totals"][rid]["total"]
        text = "—" if total is None else euros(total)
        if gains.get(rid) is not None:
            text += f" ({money_text(gains[rid], lang, signed=True)})"
        texts.append(text)
    charts["comparison"] = _charts.bars(
        chart_id="chart-comparison", title=t["chart_comparison"],
        caption=t["chart_comparison_gains"] if gains else t["chart_comparison_caption"],
        categories=[rid for rid in comparison["rulebooks"]],
        values=[comparison["totals"][rid]["total"] for rid in comparison["rulebooks"]],
        texts=texts, axis_label=t["amount_axis"], number=number,
        colours=[_charts.BASELINE if rid == "cej" else
                 _charts.PALETTE[0] if rulebooks.get(rid, {}).get("detailed") else
                 _charts.PALETTE[1] for rid in comparison["rulebooks"]])

    evaluation = data["evaluation"]
    if evaluation is not None and evaluation["rows"]:
        columns = [s["id"] for s in evaluation["sections"]] + [t["overall"]]
        labels, values, cells = [], [], []
        for row in evaluation["rows"]:
            shares = [c["achieved"] for c in row["sections"]] + [row["overall"]]
            labels.append(row["label"])
            values.append([s["percent"] if row["evaluated"] else None for s in shares])
            cells.append([_heat_text(s, row["evaluated"], lang) for s in shares])
        dep = evaluation["department"]
        shares = list(dep["sections"]) + [dep["overall"]]
        labels.append(t["department_row"])
        values.append([s["percent"] for s in shares])
        cells.append([_heat_text(s, True, lang) for s in shares])
        charts["evaluation"] = _charts.heatmap(
            chart_id="chart-evaluation",
            title=t["chart_evaluation"].format(year=evaluation["year"]),
            caption=t["chart_evaluation_caption"].format(year=evaluation["year"]),
            rows=labels, columns=columns, values=values, texts=cells, no_data=t["no_data"],
            scale_label=t["scale_percent"], bold_rows=[len(labels) - 1])
    return charts


def _heat_text(share: dict[str, Any], evaluated: bool, lang: str) -> str:
    if not evaluated or share["percent"] is None:
        return "—"
    return decimal_text(share["percent"], lang)


# --- The page ----------------------------------------------------------------------------------

def render(data: dict[str, Any]) -> str:
    """The report as one self-contained HTML page (UTF-8 text)."""
    lang = _language(data)
    t = LABELS[lang]
    coverage_by_siren = {e["siren"]: e for e in data["coverage"]["epcis"]}
    epci_rows = []
    for e in data["volume"]["epcis"]:
        covered = coverage_by_siren.get(e["siren"])
        epci_rows.append({**e, "coverage": covered,
                          "all_marks": ordered_marks(e["marks"],
                                                     covered["marks"] if covered else [])})
    chart_set = _make_charts(data, lang, t)
    return _environment().get_template("report.html.j2").render(
        data=data, lang=lang, t=t, charts=chart_set, epci_rows=epci_rows,
        evidence=EVIDENCE, rulebooks={r["id"]: r for r in data["rulebooks"]},
        ordered_marks=ordered_marks)
