# SPDX-License-Identifier: MIT
"""Golden figures of the test dataset ``tests/data/deux-sevres-2022.json``.

Worked out WITHOUT ctg: by hand and with the standard-library reference computation printed in
``tests/data/deux-sevres-2022.golden.md`` (fractions, datetime, math.isqrt), where every figure
below is derived step by step. Nothing here may be regenerated from ctg's output.

Conventions of this module
--------------------------
- Amounts are strings in euros with two decimals, dot decimal separator, no thousands separator
  (``"38400.00"``): compare with ``ctg.Money(text)`` or ``str(money)``, never through a float.
- FTE are strings (``"6.55"``), compare with ``ctg.Fte(text)``.
- Exact ratios are strings ``"numerator/denominator"`` in lowest terms (``ExactRatio`` prints the
  same), with their rounding to 2 decimals, half away from zero (``..._2dp``).
- Evaluation shares are strings ``"part/whole"`` NOT reduced (``str(ctg.Share)``).
- Dates are ISO strings; SIRENs are strings.
- Every financing figure on the contracted ETP is the same in the two forms of
  ``ctg.finance_portfolio``: the year form ``finance_portfolio(d, rules, 2022, basis)`` (the year
  cut at parameter changes: none in 2022 for the built-in rulebooks) and the date form
  ``finance_portfolio(d, rules, date(2022, 6, 30), basis)`` (parameters read on 30 June 2022).
  ``FORMS`` records it. On the ETP held the forms differ: the date form counts only the
  coordinators known on the date (``in_post`` = year form, ``in_post_on_date`` = date form).

Top-level keys
--------------
``on``, ``year``          the analysis date and the financing year.
``dataset``               id, totals, warning paths.
``activity_2022``         per post: its activity in 2022 (convention term ∩ 2022) and prorata.
``coverage``              ``ctg.coverage(d, on)``.
``volume``                ``ctg.coordination_volume(d)`` (``"all_posts"``) and
                          ``ctg.coordination_volume(d, on)`` (``"on"``).
``maximum``               basis ``at_ceiling``, per rulebook: total, parts, by_post, by_epci,
                          by_convention (a part list is empty for a rulebook without parts).
``declared``              basis ``declared``, per rulebook, same layout plus ``missing`` and the
                          financed FTE / count.
``gain_cej_to_national``  ``ctg.compare_portfolios(cej, national-2020)``, basis at_ceiling.
``deadlines_18_months``   ``ctg.deadlines(d, on, 18)``.
``evaluations_2022``      ``ctg.roll_up(d.evaluations, builtin_grid("charente-2021"), 2022)``.
``in_post``               financing on the ETP held (fte basis ``in_post``): per post the
                          contracted / held / financed ETP-years (fractions) and the days each
                          coordinator holds in 2022; ``maximum`` (basis at_ceiling) and
                          ``declared``, per rulebook: total, parts, by_post, parts_by_post,
                          by_epci, parts_by_epci, by_convention, missing, financed,
                          fte_years_fraction; ``gain_cej_to_national`` per financed ETP-year.
                          Year form (every coordinator as written).
``in_post_on_date``       the same, date form on 2022-06-30: only the coordinators known on
                          the date (a start after it is left out, an end on or after it is not
                          yet known); ``per_fte`` None for an EPCI with no ETP held.

Every amount is rounded ONCE, at the end of its chain (round-once rule): the prorated expense
ceiling is not rounded before the rate. Figures this changed are marked ``round-once`` below
(Haut Val de Sèvre under charente-2021: 9468.50 → 9468.49, and the totals holding it).
"""

from __future__ import annotations

from typing import Any

NIORTAIS = "200041317"
BOCAGE = "200040244"
THOUARSAIS = "247900798"
HAUT_VAL = "200041333"

CHARENTE_PARTS = ("bonus_territoire", "fonds_locaux")

# same_figures: on the contracted ETP; on the ETP held the two forms differ (in_post_on_date).
FORMS = {"year": 2022, "date": "2022-06-30", "same_figures": True, "same_figures_in_post": False}

GOLDEN: dict[str, Any] = {
    "on": "2022-06-30",
    "year": 2022,
    "dataset": {
        "id": "deux-sevres-2022",
        "department": {"code": "79", "name": "Deux-Sèvres"},
        "total_population": 258000,
        "total_contracted_fte": "6.55",
        "total_communes": 100,
        "epcis": [NIORTAIS, BOCAGE, THOUARSAIS, HAUT_VAL],
        "conventions": ["ctg-niortais", "ctg-nord-deux-sevres", "ctg-haut-val-de-sevre"],
        "posts": [
            "post-niortais-famille",
            "post-niortais-social",
            "post-bocage-bressuirais",
            "post-thouarsais",
            "post-haut-val-de-sevre",
        ],
        "warnings": ["posts[2].expenses", "evaluations[1].answers"],
    },
    # Activity = the convention's EFFECTIVE term ∩ 2022 (coordinators play no part).
    # Periods are half-open [start, end).
    "activity_2022": {
        "post-niortais-famille": {"start": "2022-01-01", "end": "2023-01-01", "prorata": "365/365"},
        "post-niortais-social": {"start": "2022-01-01", "end": "2023-01-01", "prorata": "365/365"},
        "post-bocage-bressuirais": {
            "start": "2022-01-01",
            "end": "2023-01-01",
            "prorata": "365/365",
        },
        "post-thouarsais": {"start": "2022-01-01", "end": "2023-01-01", "prorata": "365/365"},
        "post-haut-val-de-sevre": {"start": "2022-10-03", "end": "2023-01-01", "prorata": "90/365"},
    },
    "coverage": {
        "covered": 228000,
        "total": 258000,
        "share_fraction": "38/43",
        "percent_2dp": "88.37",
        "cog_target_percent": "85",
        "meets_target": True,
        "gap_fraction": "29/860",
        "gap_points_2dp": "3.37",
        "uncovered": [HAUT_VAL],
        "by_epci": {
            NIORTAIS: {"status": "covered", "covered": 120000, "conventions": ["ctg-niortais"]},
            BOCAGE: {
                "status": "covered",
                "covered": 72000,
                "conventions": ["ctg-nord-deux-sevres"],
            },
            THOUARSAIS: {
                "status": "covered",
                "covered": 36000,
                "conventions": ["ctg-nord-deux-sevres"],
            },
            HAUT_VAL: {"status": "uncovered", "covered": 0, "conventions": []},
        },
    },
    "volume": {
        "all_posts": {
            "total_fte": "6.55",
            "total_population": 258000,
            "inhabitants_per_fte_fraction": "5160000/131",
            "inhabitants_per_fte_2dp": "39389.31",
            "fte_per_10000_fraction": "131/516",
            "fte_per_10000_2dp": "0.25",
            "by_epci": {
                NIORTAIS: {
                    "fte": "2.3",
                    "inhabitants_per_fte_fraction": "1200000/23",
                    "inhabitants_per_fte_2dp": "52173.91",
                },
                BOCAGE: {
                    "fte": "2",
                    "inhabitants_per_fte_fraction": "36000",
                    "inhabitants_per_fte_2dp": "36000.00",
                },
                THOUARSAIS: {
                    "fte": "1.25",
                    "inhabitants_per_fte_fraction": "28800",
                    "inhabitants_per_fte_2dp": "28800.00",
                },
                HAUT_VAL: {
                    "fte": "1",
                    "inhabitants_per_fte_fraction": "30000",
                    "inhabitants_per_fte_2dp": "30000.00",
                },
            },
            "without_fte": [],
            "spread": {
                "territories": 4,
                "min": {
                    "siren": THOUARSAIS,
                    "name": "CC du Thouarsais",
                    "fraction": "28800",
                    "value_2dp": "28800.00",
                },
                "max": {
                    "siren": NIORTAIS,
                    "name": "CA du Niortais",
                    "fraction": "1200000/23",
                    "value_2dp": "52173.91",
                },
                "max_over_min_fraction": "125/69",
                "max_over_min_2dp": "1.81",
                "mean_fraction": "845100/23",
                "mean_2dp": "36743.48",
                "variance_fraction": "45920430000/529",
                "standard_deviation_2dp": "9316.98",
                "coefficient_of_variation_percent_2dp": "25.36",
            },
        },
        # Posts of the CTGs active on 2022-06-30: the Haut Val de Sèvre post is left out (its CTG
        # starts on 2022-10-03); the department population still counts all four EPCI.
        "on": {
            "total_fte": "5.55",
            "total_population": 258000,
            "inhabitants_per_fte_fraction": "1720000/37",
            "inhabitants_per_fte_2dp": "46486.49",
            "fte_per_10000_fraction": "37/172",
            "fte_per_10000_2dp": "0.22",
            "by_epci": {
                NIORTAIS: {
                    "fte": "2.3",
                    "inhabitants_per_fte_fraction": "1200000/23",
                    "inhabitants_per_fte_2dp": "52173.91",
                },
                BOCAGE: {
                    "fte": "2",
                    "inhabitants_per_fte_fraction": "36000",
                    "inhabitants_per_fte_2dp": "36000.00",
                },
                THOUARSAIS: {
                    "fte": "1.25",
                    "inhabitants_per_fte_fraction": "28800",
                    "inhabitants_per_fte_2dp": "28800.00",
                },
                HAUT_VAL: {
                    "fte": "0",
                    "inhabitants_per_fte_fraction": None,
                    "inhabitants_per_fte_2dp": None,
                },
            },
            "without_fte": ["CC Haut Val de Sèvre"],
            "spread": {
                "territories": 3,
                "min": {
                    "siren": THOUARSAIS,
                    "name": "CC du Thouarsais",
                    "fraction": "28800",
                    "value_2dp": "28800.00",
                },
                "max": {
                    "siren": NIORTAIS,
                    "name": "CA du Niortais",
                    "fraction": "1200000/23",
                    "value_2dp": "52173.91",
                },
                "max_over_min_fraction": "125/69",
                "max_over_min_2dp": "1.81",
                "mean_fraction": "896800/23",
                "mean_2dp": "38991.30",
                "variance_fraction": "50535680000/529",
                "standard_deviation_2dp": "9773.97",
                "coefficient_of_variation_percent_2dp": "25.07",
            },
        },
    },
    # Basis at_ceiling (maximum aid), year 2022 = date 2022-06-30 form.
    "maximum": {
        "national-2020": {
            "total": "139117.81",
            "parts": {},
            "by_post": {
                "post-niortais-famille": "36000.00",
                "post-niortais-social": "19200.00",
                "post-bocage-bressuirais": "48000.00",
                "post-thouarsais": "30000.00",
                "post-haut-val-de-sevre": "5917.81",
            },
            "by_epci": {
                NIORTAIS: "55200.00",
                BOCAGE: "48000.00",
                THOUARSAIS: "30000.00",
                HAUT_VAL: "5917.81",
            },
            "by_convention": {
                "ctg-niortais": "55200.00",
                "ctg-nord-deux-sevres": "78000.00",
                "ctg-haut-val-de-sevre": "5917.81",
            },
        },
        "cej": {
            "total": "130730.16",
            "parts": {},
            "by_post": {
                "post-niortais-famille": "33829.50",
                "post-niortais-social": "18042.40",
                "post-bocage-bressuirais": "45106.00",
                "post-thouarsais": "28191.25",
                "post-haut-val-de-sevre": "5561.01",
            },
            "by_epci": {
                NIORTAIS: "51871.90",
                BOCAGE: "45106.00",
                THOUARSAIS: "28191.25",
                HAUT_VAL: "5561.01",
            },
            "by_convention": {
                "ctg-niortais": "51871.90",
                "ctg-nord-deux-sevres": "73297.25",
                "ctg-haut-val-de-sevre": "5561.01",
            },
        },
        "charente-2021": {
            # ROUND-ONCE: every amount rounded once; the prorated ceiling is no longer rounded to
            # the cent before the 80 %. Haut Val de Sèvre: 80 % × 48000 × 90/365 = 9468.4931… →
            # 9468.49 (was 80 % × 11835.62 = 9468.496 → 9468.50), parts 6509.59 + 2958.90 (was
            # 2958.91); total 222588.49 (was 222588.50), fonds_locaux 69558.90 (was 69558.91).
            "total": "222588.49",
            "parts": {"bonus_territoire": "153029.59", "fonds_locaux": "69558.90"},
            # Expense ceiling per post = 48000 × FTE × prorata, shown to the cent (the aid is
            # 80 % of the EXACT ceiling: Haut Val 864000/73, see ceiling_exact_by_post).
            "ceiling_by_post": {
                "post-niortais-famille": "72000.00",
                "post-niortais-social": "38400.00",
                "post-bocage-bressuirais": "96000.00",
                "post-thouarsais": "60000.00",
                "post-haut-val-de-sevre": "11835.62",
            },
            "ceiling_exact_by_post": {
                "post-niortais-famille": "72000",
                "post-niortais-social": "38400",
                "post-bocage-bressuirais": "96000",
                "post-thouarsais": "60000",
                "post-haut-val-de-sevre": "864000/73",
            },
            "by_post": {
                "post-niortais-famille": "57600.00",
                "post-niortais-social": "30720.00",
                "post-bocage-bressuirais": "76800.00",
                "post-thouarsais": "48000.00",
                "post-haut-val-de-sevre": "9468.49",  # round-once: was 9468.50
            },
            "parts_by_post": {
                "post-niortais-famille": {
                    "bonus_territoire": "39600.00",
                    "fonds_locaux": "18000.00",
                },
                "post-niortais-social": {"bonus_territoire": "21120.00", "fonds_locaux": "9600.00"},
                "post-bocage-bressuirais": {
                    "bonus_territoire": "52800.00",
                    "fonds_locaux": "24000.00",
                },
                "post-thouarsais": {"bonus_territoire": "33000.00", "fonds_locaux": "15000.00"},
                "post-haut-val-de-sevre": {  # round-once: fonds_locaux was 2958.91
                    "bonus_territoire": "6509.59",
                    "fonds_locaux": "2958.90",
                },
            },
            "by_epci": {
                NIORTAIS: "88320.00",
                BOCAGE: "76800.00",
                THOUARSAIS: "48000.00",
                HAUT_VAL: "9468.49",  # round-once: was 9468.50
            },
            "parts_by_epci": {
                NIORTAIS: {"bonus_territoire": "60720.00", "fonds_locaux": "27600.00"},
                BOCAGE: {"bonus_territoire": "52800.00", "fonds_locaux": "24000.00"},
                THOUARSAIS: {"bonus_territoire": "33000.00", "fonds_locaux": "15000.00"},
                # round-once: fonds_locaux was 2958.91
                HAUT_VAL: {"bonus_territoire": "6509.59", "fonds_locaux": "2958.90"},
            },
            "by_convention": {
                "ctg-niortais": "88320.00",
                "ctg-nord-deux-sevres": "124800.00",
                "ctg-haut-val-de-sevre": "9468.49",  # round-once: was 9468.50
            },
        },
        "loire-cej-2015": {
            "total": "173702.50",
            "parts": {},
            "by_post": {
                "post-niortais-famille": "44949.60",
                "post-niortais-social": "23973.12",
                "post-bocage-bressuirais": "59932.80",
                "post-thouarsais": "37458.00",
                "post-haut-val-de-sevre": "7388.98",
            },
            "by_epci": {
                NIORTAIS: "68922.72",
                BOCAGE: "59932.80",
                THOUARSAIS: "37458.00",
                HAUT_VAL: "7388.98",
            },
            "by_convention": {
                "ctg-niortais": "68922.72",
                "ctg-nord-deux-sevres": "97390.80",
                "ctg-haut-val-de-sevre": "7388.98",
            },
        },
    },
    # Basis declared, expenses declared for 2022, year 2022 = date 2022-06-30 form.
    # post-bocage-bressuirais declares no 2022 expense: listed as missing, not financed, under
    # EVERY rulebook (flat ones included), and left out of totals and financed FTE.
    "declared": {
        "expenses_2022": {
            "post-niortais-famille": "75000.00",  # over its ceiling 72000.00
            "post-niortais-social": "31234.56",  # under its ceiling 38400.00
            "post-bocage-bressuirais": None,  # not declared
            "post-thouarsais": "52000.00",  # under its ceiling 60000.00
            "post-haut-val-de-sevre": "12500.00",  # over its PRORATED ceiling 864000/73
        },
        "missing": ["post-bocage-bressuirais"],
        "financed": 4,
        "financed_fte": "4.55",
        "charente-2021": {
            # ROUND-ONCE: Haut Val de Sèvre (over its prorated ceiling) 9468.49 (was 9468.50),
            # parts 6509.59 + 2958.90; total 133656.14 (was 133656.15), fonds_locaux 41767.54
            # (was 41767.55).
            "total": "133656.14",
            "parts": {"bonus_territoire": "91888.60", "fonds_locaux": "41767.54"},
            "by_post": {
                "post-niortais-famille": "57600.00",
                "post-niortais-social": "24987.65",
                "post-bocage-bressuirais": None,
                "post-thouarsais": "41600.00",
                "post-haut-val-de-sevre": "9468.49",  # round-once: was 9468.50
            },
            "parts_by_post": {
                "post-niortais-famille": {
                    "bonus_territoire": "39600.00",
                    "fonds_locaux": "18000.00",
                },
                "post-niortais-social": {"bonus_territoire": "17179.01", "fonds_locaux": "7808.64"},
                "post-bocage-bressuirais": None,
                "post-thouarsais": {"bonus_territoire": "28600.00", "fonds_locaux": "13000.00"},
                "post-haut-val-de-sevre": {  # round-once: fonds_locaux was 2958.91
                    "bonus_territoire": "6509.59",
                    "fonds_locaux": "2958.90",
                },
            },
            "by_epci": {
                NIORTAIS: "82587.65",
                BOCAGE: "0.00",
                THOUARSAIS: "41600.00",
                HAUT_VAL: "9468.49",  # round-once: was 9468.50
            },
            "parts_by_epci": {
                NIORTAIS: {"bonus_territoire": "56779.01", "fonds_locaux": "25808.64"},
                BOCAGE: {"bonus_territoire": "0.00", "fonds_locaux": "0.00"},
                THOUARSAIS: {"bonus_territoire": "28600.00", "fonds_locaux": "13000.00"},
                # round-once: fonds_locaux was 2958.91
                HAUT_VAL: {"bonus_territoire": "6509.59", "fonds_locaux": "2958.90"},
            },
            "by_convention": {
                "ctg-niortais": "82587.65",
                "ctg-nord-deux-sevres": "41600.00",
                "ctg-haut-val-de-sevre": "9468.49",  # round-once: was 9468.50
            },
        },
        "loire-cej-2015": {
            "total": "104301.92",
            "by_post": {
                "post-niortais-famille": "44949.60",
                "post-niortais-social": "19499.74",
                "post-bocage-bressuirais": None,
                "post-thouarsais": "32463.60",
                "post-haut-val-de-sevre": "7388.98",
            },
        },
        # A flat amount per ETP reads no expense: every active post is financed, Bocage's
        # included, so the declared basis gives the maximum (see gain_cej_to_national).
        # 24,000 × (1.5 + 0.8 + 2 + 1.25) + 24,000 × 90/365 (5,917.81) = 139,117.81;
        # 22,553 × 5.55 + 22,553 × 90/365 (5,561.01) = 125,169.15 + 5,561.01 = 130,730.16.
        "national-2020": {
            "total": "139117.81",
            "missing": [],
            "financed": 5,
            "financed_fte": "6.55",
        },
        "cej": {"total": "130730.16", "missing": [], "financed": 5, "financed_fte": "6.55"},
    },
    "gain_cej_to_national": {
        "basis": "at_ceiling",
        "from": "130730.16",
        "to": "139117.81",
        "total": "8387.65",
        "fte": "6.55",
        # 6.55 FTE of which Haut Val's 1 FTE is financed 90/365 of the year: 5.55 + 90/365
        # = 8463/1460 FTE-years; 8387.65 / (8463/1460) = 1447.0009… → 1447.00 per FTE-year.
        "fte_years_fraction": "8463/1460",
        "per_fte": "1447.00",
        "by_epci": {
            NIORTAIS: {"delta": "3328.10", "per_fte": "1447.00"},
            BOCAGE: {"delta": "2894.00", "per_fte": "1447.00"},
            THOUARSAIS: {"delta": "1808.75", "per_fte": "1447.00"},
            HAUT_VAL: {"delta": "356.80", "per_fte": "1447.02"},  # 356.80 / (90/365)
        },
        "not_compared": [],
    },
    "deadlines_18_months": {
        "months": 18,
        # From 30 June, a month end, 18 months reach 31 December 2023 (a month end too).
        "horizon": "2023-12-31",
        "upcoming": ["ctg-niortais", "ctg-nord-deux-sevres"],
        "details": {
            # avenant-1 (new last day 2023-06-30) is signed 2022-10-20, after 2022-06-30: the
            # initial term stands; 30/06 → 31/12/2022 = 1 + 31 + 31 + 30 + 31 + 30 + 31 = 184.
            "ctg-niortais": {
                "start": "2019-01-01",
                "initial_last_day": "2022-12-31",
                "last_day": "2022-12-31",
                "bilan_due": "2022-12-31",
                "days_remaining": 184,
                "prolongations": [],
                "referent": "ccd-79-a",
            },
            # Ends on the horizon: 184 days to 31/12/2022, then 365 in 2023: 549.
            "ctg-nord-deux-sevres": {
                "start": "2020-01-01",
                "initial_last_day": "2023-12-31",
                "last_day": "2023-12-31",
                "bilan_due": "2023-12-31",
                "days_remaining": 549,
                "prolongations": [],
                "referent": "ccd-79-b",
            },
        },
        # 2026-12-31: 549 days to the end of 2023, then 365 + 366 + 365 (2024 is a leap year).
        "next_after_horizon": {
            "id": "ctg-haut-val-de-sevre",
            "last_day": "2026-12-31",
            "days_remaining": 1645,
        },
        "prolonged": [],
        "by_referent": {
            "ccd-79-a": ["ctg-niortais", "ctg-haut-val-de-sevre"],
            "ccd-79-b": ["ctg-nord-deux-sevres"],
        },
    },
    "evaluations_2022": {
        "grid": "charente-2021",
        "grid_version": 1,
        "sections": ["1", "2", "3", "4", "5"],
        "rows": {
            "post-niortais-famille": {
                "achieved": ["14/14", "6/12", "0/18", "5/10", "3/4"],
                "completeness": ["21/21", "18/18", "27/27", "15/15", "5/5"],
                "overall": "28/58",
                "overall_completeness": "86/86",
            },
            "post-haut-val-de-sevre": {
                "achieved": ["7/14", "0/0", "0/0", "0/0", "0/1"],
                "completeness": ["21/21", "0/18", "0/27", "0/15", "2/5"],
                "overall": "7/15",
                "overall_completeness": "23/86",
            },
        },
        "department_achieved": ["21/28", "6/12", "0/18", "5/10", "3/5"],
        "department_overall": "35/73",
        "department_completeness": ["42/42", "18/36", "27/54", "15/30", "7/10"],
        # roll_up(..., post_ids=[the 5 posts]): 3 posts not evaluated add their empty cells.
        "department_completeness_all_posts": ["42/105", "18/90", "27/135", "15/75", "7/25"],
    },
    # Financing on the ETP HELD (basis in_post), 2022, YEAR form (finance_portfolio(d, rules,
    # 2022, "in_post"): 2022 as known on 31 December, every coordinator as written; the date
    # form differs, see "in_post_on_date" below): financed ETP-years = Σ coordinators FTE × days
    # in post within (term ∩ 2022) / 365, instead of contracted FTE × days(term ∩ 2022) / 365;
    # every amount rounded once (ceiling 48000 × held, exact). Bocage: boc-2 leaves 2022-05-31,
    # boc-3 arrives 2022-07-01 → (365 + 151 + 184)/365 = 140/73; Thouarsais: th-2 arrives
    # 2022-04-01 → 0.25 + 275/365 = 293/292; the other posts are held as contracted. "maximum" =
    # basis at_ceiling, "declared" = basis declared (Bocage has no 2022 expense: missing under
    # the share-of-expense rulebooks only). Worked out in §12 of
    # tests/data/deux-sevres-2022.golden.md.
    "in_post": {
        "fte_basis": "in_post",
        "fte_years": {
            "post-niortais-famille": {
                "contracted_fraction": "3/2",
                "contracted_2dp": "1.50",
                "held_fraction": "3/2",
                "held_2dp": "1.50",
                "financed_fraction": "3/2",
                "days_held": {"nio-1": 365, "nio-2": 365},
            },
            "post-niortais-social": {
                "contracted_fraction": "4/5",
                "contracted_2dp": "0.80",
                "held_fraction": "4/5",
                "held_2dp": "0.80",
                "financed_fraction": "4/5",
                "days_held": {"nio-3": 365},
            },
            "post-bocage-bressuirais": {
                "contracted_fraction": "2",
                "contracted_2dp": "2.00",
                "held_fraction": "140/73",
                "held_2dp": "1.92",
                "financed_fraction": "140/73",
                "days_held": {"boc-1": 365, "boc-2": 151, "boc-3": 184},
            },
            "post-thouarsais": {
                "contracted_fraction": "5/4",
                "contracted_2dp": "1.25",
                "held_fraction": "293/292",
                "held_2dp": "1.00",
                "financed_fraction": "293/292",
                "days_held": {"th-1": 365, "th-2": 275},
            },
            "post-haut-val-de-sevre": {
                "contracted_fraction": "18/73",
                "contracted_2dp": "0.25",
                "held_fraction": "18/73",
                "held_2dp": "0.25",
                "financed_fraction": "18/73",
                "days_held": {"hvs-1": 90},
            },
        },
        "fte_years_total": {
            "contracted_fraction": "8463/1460",
            "held_fraction": "7983/1460",
            "contracted_2dp": "5.80",
            "held_2dp": "5.47",
        },
        "maximum": {
            "national-2020": {
                "total": "131227.40",
                "parts": {},
                "by_post": {
                    "post-niortais-famille": "36000.00",
                    "post-niortais-social": "19200.00",
                    "post-bocage-bressuirais": "46027.40",
                    "post-thouarsais": "24082.19",
                    "post-haut-val-de-sevre": "5917.81",
                },
                "by_epci": {
                    NIORTAIS: "55200.00",
                    BOCAGE: "46027.40",
                    THOUARSAIS: "24082.19",
                    HAUT_VAL: "5917.81",
                },
                "by_convention": {
                    "ctg-niortais": "55200.00",
                    "ctg-nord-deux-sevres": "70109.59",
                    "ctg-haut-val-de-sevre": "5917.81",
                },
                "missing": [],
                "financed": 5,
                "fte_years_fraction": "7983/1460",
                "fte_years_2dp": "5.47",
            },
            "cej": {
                "total": "123315.48",
                "parts": {},
                "by_post": {
                    "post-niortais-famille": "33829.50",
                    "post-niortais-social": "18042.40",
                    "post-bocage-bressuirais": "43252.33",
                    "post-thouarsais": "22630.24",
                    "post-haut-val-de-sevre": "5561.01",
                },
                "by_epci": {
                    NIORTAIS: "51871.90",
                    BOCAGE: "43252.33",
                    THOUARSAIS: "22630.24",
                    HAUT_VAL: "5561.01",
                },
                "by_convention": {
                    "ctg-niortais": "51871.90",
                    "ctg-nord-deux-sevres": "65882.57",
                    "ctg-haut-val-de-sevre": "5561.01",
                },
                "missing": [],
                "financed": 5,
                "fte_years_fraction": "7983/1460",
                "fte_years_2dp": "5.47",
            },
            "charente-2021": {
                "total": "209963.84",
                "parts": {"bonus_territoire": "144350.14", "fonds_locaux": "65613.70"},
                "by_post": {
                    "post-niortais-famille": "57600.00",
                    "post-niortais-social": "30720.00",
                    "post-bocage-bressuirais": "73643.84",
                    "post-thouarsais": "38531.51",
                    "post-haut-val-de-sevre": "9468.49",
                },
                "parts_by_post": {
                    "post-niortais-famille": {
                        "bonus_territoire": "39600.00",
                        "fonds_locaux": "18000.00",
                    },
                    "post-niortais-social": {
                        "bonus_territoire": "21120.00",
                        "fonds_locaux": "9600.00",
                    },
                    "post-bocage-bressuirais": {
                        "bonus_territoire": "50630.14",
                        "fonds_locaux": "23013.70",
                    },
                    "post-thouarsais": {"bonus_territoire": "26490.41", "fonds_locaux": "12041.10"},
                    "post-haut-val-de-sevre": {
                        "bonus_territoire": "6509.59",
                        "fonds_locaux": "2958.90",
                    },
                },
                "by_epci": {
                    NIORTAIS: "88320.00",
                    BOCAGE: "73643.84",
                    THOUARSAIS: "38531.51",
                    HAUT_VAL: "9468.49",
                },
                "parts_by_epci": {
                    NIORTAIS: {"bonus_territoire": "60720.00", "fonds_locaux": "27600.00"},
                    BOCAGE: {"bonus_territoire": "50630.14", "fonds_locaux": "23013.70"},
                    THOUARSAIS: {"bonus_territoire": "26490.41", "fonds_locaux": "12041.10"},
                    HAUT_VAL: {"bonus_territoire": "6509.59", "fonds_locaux": "2958.90"},
                },
                "by_convention": {
                    "ctg-niortais": "88320.00",
                    "ctg-nord-deux-sevres": "112175.35",
                    "ctg-haut-val-de-sevre": "9468.49",
                },
                "missing": [],
                "financed": 5,
                "fte_years_fraction": "7983/1460",
                "fte_years_2dp": "5.47",
            },
            "loire-cej-2015": {
                "total": "163850.53",
                "parts": {},
                "by_post": {
                    "post-niortais-famille": "44949.60",
                    "post-niortais-social": "23973.12",
                    "post-bocage-bressuirais": "57469.81",
                    "post-thouarsais": "30069.02",
                    "post-haut-val-de-sevre": "7388.98",
                },
                "by_epci": {
                    NIORTAIS: "68922.72",
                    BOCAGE: "57469.81",
                    THOUARSAIS: "30069.02",
                    HAUT_VAL: "7388.98",
                },
                "by_convention": {
                    "ctg-niortais": "68922.72",
                    "ctg-nord-deux-sevres": "87538.83",
                    "ctg-haut-val-de-sevre": "7388.98",
                },
                "missing": [],
                "financed": 5,
                "fte_years_fraction": "7983/1460",
                "fte_years_2dp": "5.47",
            },
        },
        "declared": {
            "national-2020": {
                "total": "131227.40",
                "parts": {},
                "by_post": {
                    "post-niortais-famille": "36000.00",
                    "post-niortais-social": "19200.00",
                    "post-bocage-bressuirais": "46027.40",
                    "post-thouarsais": "24082.19",
                    "post-haut-val-de-sevre": "5917.81",
                },
                "by_epci": {
                    NIORTAIS: "55200.00",
                    BOCAGE: "46027.40",
                    THOUARSAIS: "24082.19",
                    HAUT_VAL: "5917.81",
                },
                "by_convention": {
                    "ctg-niortais": "55200.00",
                    "ctg-nord-deux-sevres": "70109.59",
                    "ctg-haut-val-de-sevre": "5917.81",
                },
                "missing": [],
                "financed": 5,
                "fte_years_fraction": "7983/1460",
                "fte_years_2dp": "5.47",
            },
            "cej": {
                "total": "123315.48",
                "parts": {},
                "by_post": {
                    "post-niortais-famille": "33829.50",
                    "post-niortais-social": "18042.40",
                    "post-bocage-bressuirais": "43252.33",
                    "post-thouarsais": "22630.24",
                    "post-haut-val-de-sevre": "5561.01",
                },
                "by_epci": {
                    NIORTAIS: "51871.90",
                    BOCAGE: "43252.33",
                    THOUARSAIS: "22630.24",
                    HAUT_VAL: "5561.01",
                },
                "by_convention": {
                    "ctg-niortais": "51871.90",
                    "ctg-nord-deux-sevres": "65882.57",
                    "ctg-haut-val-de-sevre": "5561.01",
                },
                "missing": [],
                "financed": 5,
                "fte_years_fraction": "7983/1460",
                "fte_years_2dp": "5.47",
            },
            "charente-2021": {
                "total": "130587.65",
                "parts": {"bonus_territoire": "89779.01", "fonds_locaux": "40808.64"},
                "by_post": {
                    "post-niortais-famille": "57600.00",
                    "post-niortais-social": "24987.65",
                    "post-bocage-bressuirais": None,
                    "post-thouarsais": "38531.51",
                    "post-haut-val-de-sevre": "9468.49",
                },
                "parts_by_post": {
                    "post-niortais-famille": {
                        "bonus_territoire": "39600.00",
                        "fonds_locaux": "18000.00",
                    },
                    "post-niortais-social": {
                        "bonus_territoire": "17179.01",
                        "fonds_locaux": "7808.64",
                    },
                    "post-bocage-bressuirais": None,
                    "post-thouarsais": {"bonus_territoire": "26490.41", "fonds_locaux": "12041.10"},
                    "post-haut-val-de-sevre": {
                        "bonus_territoire": "6509.59",
                        "fonds_locaux": "2958.90",
                    },
                },
                "by_epci": {
                    NIORTAIS: "82587.65",
                    BOCAGE: "0.00",
                    THOUARSAIS: "38531.51",
                    HAUT_VAL: "9468.49",
                },
                "parts_by_epci": {
                    NIORTAIS: {"bonus_territoire": "56779.01", "fonds_locaux": "25808.64"},
                    BOCAGE: {"bonus_territoire": "0.00", "fonds_locaux": "0.00"},
                    THOUARSAIS: {"bonus_territoire": "26490.41", "fonds_locaux": "12041.10"},
                    HAUT_VAL: {"bonus_territoire": "6509.59", "fonds_locaux": "2958.90"},
                },
                "by_convention": {
                    "ctg-niortais": "82587.65",
                    "ctg-nord-deux-sevres": "38531.51",
                    "ctg-haut-val-de-sevre": "9468.49",
                },
                "missing": ["post-bocage-bressuirais"],
                "financed": 4,
                "fte_years_fraction": "71/20",
                "fte_years_2dp": "3.55",
            },
            "loire-cej-2015": {
                "total": "101907.34",
                "parts": {},
                "by_post": {
                    "post-niortais-famille": "44949.60",
                    "post-niortais-social": "19499.74",
                    "post-bocage-bressuirais": None,
                    "post-thouarsais": "30069.02",
                    "post-haut-val-de-sevre": "7388.98",
                },
                "by_epci": {
                    NIORTAIS: "64449.34",
                    BOCAGE: "0.00",
                    THOUARSAIS: "30069.02",
                    HAUT_VAL: "7388.98",
                },
                "by_convention": {
                    "ctg-niortais": "64449.34",
                    "ctg-nord-deux-sevres": "30069.02",
                    "ctg-haut-val-de-sevre": "7388.98",
                },
                "missing": ["post-bocage-bressuirais"],
                "financed": 4,
                "fte_years_fraction": "71/20",
                "fte_years_2dp": "3.55",
            },
        },
        "gain_cej_to_national": {
            "basis": "at_ceiling",
            "from": "123315.48",
            "to": "131227.40",
            "total": "7911.92",
            "fte_years_fraction": "7983/1460",
            "per_fte_fraction": "57757016/39915",
            "per_fte": "1447.00",
            "by_epci": {
                NIORTAIS: {"delta": "3328.10", "fte_years_fraction": "23/10", "per_fte": "1447.00"},
                BOCAGE: {"delta": "2775.07", "fte_years_fraction": "140/73", "per_fte": "1447.00"},
                THOUARSAIS: {
                    "delta": "1451.95",
                    "fte_years_fraction": "293/292",
                    "per_fte": "1446.99",
                },
                HAUT_VAL: {"delta": "356.80", "fte_years_fraction": "18/73", "per_fte": "1447.02"},
            },
        },
    },
    # Financing on the ETP held, DATE form on 2022-06-30 (finance_portfolio(d, rules,
    # date(2022, 6, 30), "in_post")): the coordinators counted are those KNOWN on the date, like
    # the terms: first day <= 2022-06-30; a last day on or after the date is not yet known (the
    # coordinator counts as still in post to 31 December); a last day before it counts as
    # written. Bocage: boc-2 (last day 2022-05-31) as written, boc-3 (from 2022-07-01) not known
    # → (365 + 151)/365 = 516/365; Thouarsais: th-2 (from 2022-04-01) known → 293/292 as in the
    # year form; Haut Val de Sèvre: hvs-1 (from 2022-10-03) not known → vacant, 0 ETP-year held,
    # every aid 0.00 (still financed: an active post with an expense, not missing), no gain per
    # ETP-year (per_fte None). Niortais and Thouarsais figures are those of the year form.
    # Worked out in §12.8 of tests/data/deux-sevres-2022.golden.md.
    "in_post_on_date": {
        "fte_basis": "in_post",
        "fte_years": {
            "post-niortais-famille": {
                "contracted_fraction": "3/2",
                "contracted_2dp": "1.50",
                "held_fraction": "3/2",
                "held_2dp": "1.50",
                "financed_fraction": "3/2",
                "days_held": {"nio-1": 365, "nio-2": 365},
            },
            "post-niortais-social": {
                "contracted_fraction": "4/5",
                "contracted_2dp": "0.80",
                "held_fraction": "4/5",
                "held_2dp": "0.80",
                "financed_fraction": "4/5",
                "days_held": {"nio-3": 365},
            },
            "post-bocage-bressuirais": {
                "contracted_fraction": "2",
                "contracted_2dp": "2.00",
                "held_fraction": "516/365",
                "held_2dp": "1.41",
                "financed_fraction": "516/365",
                "days_held": {"boc-1": 365, "boc-2": 151},
            },
            "post-thouarsais": {
                "contracted_fraction": "5/4",
                "contracted_2dp": "1.25",
                "held_fraction": "293/292",
                "held_2dp": "1.00",
                "financed_fraction": "293/292",
                "days_held": {"th-1": 365, "th-2": 275},
            },
            "post-haut-val-de-sevre": {
                "contracted_fraction": "18/73",
                "contracted_2dp": "0.25",
                "held_fraction": "0",
                "held_2dp": "0.00",
                "financed_fraction": "0",
                "days_held": {},
            },
        },
        "fte_years_total": {
            "contracted_fraction": "8463/1460",
            "held_fraction": "6887/1460",
            "contracted_2dp": "5.80",
            "held_2dp": "4.72",
        },
        "maximum": {
            "national-2020": {
                "total": "113210.96",
                "parts": {},
                "by_post": {
                    "post-niortais-famille": "36000.00",
                    "post-niortais-social": "19200.00",
                    "post-bocage-bressuirais": "33928.77",
                    "post-thouarsais": "24082.19",
                    "post-haut-val-de-sevre": "0.00",
                },
                "by_epci": {
                    NIORTAIS: "55200.00",
                    BOCAGE: "33928.77",
                    THOUARSAIS: "24082.19",
                    HAUT_VAL: "0.00",
                },
                "by_convention": {
                    "ctg-niortais": "55200.00",
                    "ctg-nord-deux-sevres": "58010.96",
                    "ctg-haut-val-de-sevre": "0.00",
                },
                "missing": [],
                "financed": 5,
                "fte_years_fraction": "6887/1460",
                "fte_years_2dp": "4.72",
            },
            "cej": {
                "total": "106385.29",
                "parts": {},
                "by_post": {
                    "post-niortais-famille": "33829.50",
                    "post-niortais-social": "18042.40",
                    "post-bocage-bressuirais": "31883.15",
                    "post-thouarsais": "22630.24",
                    "post-haut-val-de-sevre": "0.00",
                },
                "by_epci": {
                    NIORTAIS: "51871.90",
                    BOCAGE: "31883.15",
                    THOUARSAIS: "22630.24",
                    HAUT_VAL: "0.00",
                },
                "by_convention": {
                    "ctg-niortais": "51871.90",
                    "ctg-nord-deux-sevres": "54513.39",
                    "ctg-haut-val-de-sevre": "0.00",
                },
                "missing": [],
                "financed": 5,
                "fte_years_fraction": "6887/1460",
                "fte_years_2dp": "4.72",
            },
            "charente-2021": {
                "total": "181137.54",
                "parts": {"bonus_territoire": "124532.06", "fonds_locaux": "56605.48"},
                "by_post": {
                    "post-niortais-famille": "57600.00",
                    "post-niortais-social": "30720.00",
                    "post-bocage-bressuirais": "54286.03",
                    "post-thouarsais": "38531.51",
                    "post-haut-val-de-sevre": "0.00",
                },
                "parts_by_post": {
                    "post-niortais-famille": {
                        "bonus_territoire": "39600.00",
                        "fonds_locaux": "18000.00",
                    },
                    "post-niortais-social": {
                        "bonus_territoire": "21120.00",
                        "fonds_locaux": "9600.00",
                    },
                    "post-bocage-bressuirais": {
                        "bonus_territoire": "37321.65",
                        "fonds_locaux": "16964.38",
                    },
                    "post-thouarsais": {"bonus_territoire": "26490.41", "fonds_locaux": "12041.10"},
                    "post-haut-val-de-sevre": {"bonus_territoire": "0.00", "fonds_locaux": "0.00"},
                },
                "by_epci": {
                    NIORTAIS: "88320.00",
                    BOCAGE: "54286.03",
                    THOUARSAIS: "38531.51",
                    HAUT_VAL: "0.00",
                },
                "parts_by_epci": {
                    NIORTAIS: {"bonus_territoire": "60720.00", "fonds_locaux": "27600.00"},
                    BOCAGE: {"bonus_territoire": "37321.65", "fonds_locaux": "16964.38"},
                    THOUARSAIS: {"bonus_territoire": "26490.41", "fonds_locaux": "12041.10"},
                    HAUT_VAL: {"bonus_territoire": "0.00", "fonds_locaux": "0.00"},
                },
                "by_convention": {
                    "ctg-niortais": "88320.00",
                    "ctg-nord-deux-sevres": "92817.54",
                    "ctg-haut-val-de-sevre": "0.00",
                },
                "missing": [],
                "financed": 5,
                "fte_years_fraction": "6887/1460",
                "fte_years_2dp": "4.72",
            },
            "loire-cej-2015": {
                "total": "141355.20",
                "parts": {},
                "by_post": {
                    "post-niortais-famille": "44949.60",
                    "post-niortais-social": "23973.12",
                    "post-bocage-bressuirais": "42363.46",
                    "post-thouarsais": "30069.02",
                    "post-haut-val-de-sevre": "0.00",
                },
                "by_epci": {
                    NIORTAIS: "68922.72",
                    BOCAGE: "42363.46",
                    THOUARSAIS: "30069.02",
                    HAUT_VAL: "0.00",
                },
                "by_convention": {
                    "ctg-niortais": "68922.72",
                    "ctg-nord-deux-sevres": "72432.48",
                    "ctg-haut-val-de-sevre": "0.00",
                },
                "missing": [],
                "financed": 5,
                "fte_years_fraction": "6887/1460",
                "fte_years_2dp": "4.72",
            },
        },
        "declared": {
            "national-2020": {
                "total": "113210.96",
                "parts": {},
                "by_post": {
                    "post-niortais-famille": "36000.00",
                    "post-niortais-social": "19200.00",
                    "post-bocage-bressuirais": "33928.77",
                    "post-thouarsais": "24082.19",
                    "post-haut-val-de-sevre": "0.00",
                },
                "by_epci": {
                    NIORTAIS: "55200.00",
                    BOCAGE: "33928.77",
                    THOUARSAIS: "24082.19",
                    HAUT_VAL: "0.00",
                },
                "by_convention": {
                    "ctg-niortais": "55200.00",
                    "ctg-nord-deux-sevres": "58010.96",
                    "ctg-haut-val-de-sevre": "0.00",
                },
                "missing": [],
                "financed": 5,
                "fte_years_fraction": "6887/1460",
                "fte_years_2dp": "4.72",
            },
            "cej": {
                "total": "106385.29",
                "parts": {},
                "by_post": {
                    "post-niortais-famille": "33829.50",
                    "post-niortais-social": "18042.40",
                    "post-bocage-bressuirais": "31883.15",
                    "post-thouarsais": "22630.24",
                    "post-haut-val-de-sevre": "0.00",
                },
                "by_epci": {
                    NIORTAIS: "51871.90",
                    BOCAGE: "31883.15",
                    THOUARSAIS: "22630.24",
                    HAUT_VAL: "0.00",
                },
                "by_convention": {
                    "ctg-niortais": "51871.90",
                    "ctg-nord-deux-sevres": "54513.39",
                    "ctg-haut-val-de-sevre": "0.00",
                },
                "missing": [],
                "financed": 5,
                "fte_years_fraction": "6887/1460",
                "fte_years_2dp": "4.72",
            },
            "charente-2021": {
                "total": "121119.16",
                "parts": {"bonus_territoire": "83269.42", "fonds_locaux": "37849.74"},
                "by_post": {
                    "post-niortais-famille": "57600.00",
                    "post-niortais-social": "24987.65",
                    "post-bocage-bressuirais": None,
                    "post-thouarsais": "38531.51",
                    "post-haut-val-de-sevre": "0.00",
                },
                "parts_by_post": {
                    "post-niortais-famille": {
                        "bonus_territoire": "39600.00",
                        "fonds_locaux": "18000.00",
                    },
                    "post-niortais-social": {
                        "bonus_territoire": "17179.01",
                        "fonds_locaux": "7808.64",
                    },
                    "post-bocage-bressuirais": None,
                    "post-thouarsais": {"bonus_territoire": "26490.41", "fonds_locaux": "12041.10"},
                    "post-haut-val-de-sevre": {"bonus_territoire": "0.00", "fonds_locaux": "0.00"},
                },
                "by_epci": {
                    NIORTAIS: "82587.65",
                    BOCAGE: "0.00",
                    THOUARSAIS: "38531.51",
                    HAUT_VAL: "0.00",
                },
                "parts_by_epci": {
                    NIORTAIS: {"bonus_territoire": "56779.01", "fonds_locaux": "25808.64"},
                    BOCAGE: {"bonus_territoire": "0.00", "fonds_locaux": "0.00"},
                    THOUARSAIS: {"bonus_territoire": "26490.41", "fonds_locaux": "12041.10"},
                    HAUT_VAL: {"bonus_territoire": "0.00", "fonds_locaux": "0.00"},
                },
                "by_convention": {
                    "ctg-niortais": "82587.65",
                    "ctg-nord-deux-sevres": "38531.51",
                    "ctg-haut-val-de-sevre": "0.00",
                },
                "missing": ["post-bocage-bressuirais"],
                "financed": 4,
                "fte_years_fraction": "4823/1460",
                "fte_years_2dp": "3.30",
            },
            "loire-cej-2015": {
                "total": "94518.36",
                "parts": {},
                "by_post": {
                    "post-niortais-famille": "44949.60",
                    "post-niortais-social": "19499.74",
                    "post-bocage-bressuirais": None,
                    "post-thouarsais": "30069.02",
                    "post-haut-val-de-sevre": "0.00",
                },
                "by_epci": {
                    NIORTAIS: "64449.34",
                    BOCAGE: "0.00",
                    THOUARSAIS: "30069.02",
                    HAUT_VAL: "0.00",
                },
                "by_convention": {
                    "ctg-niortais": "64449.34",
                    "ctg-nord-deux-sevres": "30069.02",
                    "ctg-haut-val-de-sevre": "0.00",
                },
                "missing": ["post-bocage-bressuirais"],
                "financed": 4,
                "fte_years_fraction": "4823/1460",
                "fte_years_2dp": "3.30",
            },
        },
        "gain_cej_to_national": {
            "basis": "at_ceiling",
            "from": "106385.29",
            "to": "113210.96",
            "total": "6825.67",
            "fte_years_fraction": "6887/1460",
            "per_fte_fraction": "49827391/34435",
            "per_fte": "1447.00",
            "by_epci": {
                NIORTAIS: {"delta": "3328.10", "fte_years_fraction": "23/10", "per_fte": "1447.00"},
                BOCAGE: {"delta": "2045.62", "fte_years_fraction": "516/365", "per_fte": "1447.00"},
                THOUARSAIS: {
                    "delta": "1451.95",
                    "fte_years_fraction": "293/292",
                    "per_fte": "1446.99",
                },
                HAUT_VAL: {"delta": "0.00", "fte_years_fraction": "0", "per_fte": None},
            },
        },
    },
}
