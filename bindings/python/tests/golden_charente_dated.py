# SPDX-License-Identifier: MIT
"""Golden figures of the Charente dataset on dated views and on years, financing on the ETP held.

Dataset ``src/data/datasets/charente-2021.json`` (9 posts, 9 conventions, 14.75 ETP
contracted). Worked out WITHOUT ctg: by hand for the posts checked below, and for every figure
by ``tests/reference/charente_dated_reference.py``, standard library only (json, fractions,
datetime), which reads the dataset JSON and prints these very dicts, ``GOLDEN`` (date form)
and ``GOLDEN_YEAR`` (year form)
(``python3 bindings/python/tests/reference/charente_dated_reference.py --check`` compares them).
Nothing here may be regenerated from ctg's output.

Rules applied
-------------
- Calendar years, 365 or 366 days. Every end date of the dataset (convention ``end``,
  amendment ``new_end``, coordinator ``end``) is the LAST DAY INCLUDED; a coordinator without
  ``end`` is still in post.
- Dated view on D: a convention's term = start → its own last day, replaced by the ``new_end``
  of each amendment signed on or before D (in order of ``signed_on``; an amendment without
  ``new_end`` changes nothing). Financing year = calendar year of D; term-in-year = term ∩ year.
- Coordinators on D (date form): only those KNOWN on D count, like the terms. A coordinator
  counts only if their ``start`` <= D; an ``end`` on or after D is not yet known on D, so the
  coordinator counts as still in post up to the end of the year; an ``end`` before D counts as
  written. A coordinator starting after D is left out (absent from ``coordinators``).
- Year form on Y (``GOLDEN_YEAR``): financing of year Y as known on 31 December Y: terms with
  every amendment signed on or before 31/12/Y, every coordinator as written (start <= 31/12/Y,
  ends as written).
- Contracted ETP-years = contracted_fte × days(term-in-year) / days(year).
- Held ETP-years = Σ coordinators fte × days(coordinator period ∩ term-in-year) / days(year);
  a vacancy counts 0. Financed ETP-years = held (``in_post``) or contracted (``contracted``).
- national-2020: round(24,000.00 × financed); cej: round(22,553.00 × financed); no parts.
- charente-2021: ceiling_exact = 48,000.00 × financed, NOT rounded; ``at_ceiling``:
  round(80 % × ceiling_exact); ``declared``: round(80 % × min(expense of the year,
  ceiling_exact)), a post without an expense for the year is missing (not financed, ``None``).
  Parts bonus_territoire 55 / fonds_locaux 25 (of 80) on the ROUNDED aid in cents:
  trunc(aid × w / 80), the missing cent to the larger remainder (aid × w mod 80), ties to
  bonus_territoire.
- Rounding to the cent, half away from zero, ONCE at the end of each chain. Totals are exact
  sums of the posts' rounded amounts; per ETP-year = delta / Σ financed ETP-years, rounded once.
- A post whose term-in-year is empty is inactive: ``active`` False, no figures, not counted.

Layout
------
``GOLDEN[date]`` (date form) for date in ``"2021-06-30"``, ``"2022-06-30"``, ``"2023-06-30"``,
and ``GOLDEN_YEAR[year]`` (year form, same layout, terms and coordinators as known on 31
December) for year in ``2021``, ``2022``, ``2023``:

``year``, ``days_in_year``
``term_last_day``         {convention: last day as known on the date (31/12 for the year form)}
``amendments_applied``    {convention: [amendment ids whose new_end counts on that day]}
``posts``                 {post: {convention, pilot_epci, contracted_fte, active, term_in_year
                          [first, last] (last day included), term_days, prorata "n/365",
                          contracted_fte_years "p/q" + _2dp, held_fte_years "p/q" + _2dp,
                          coordinators {id: {fte, days_held}} (coordinators counted; days of
                          the coordinator's period within the term-in-year), vacant_fte_days
                          (contracted_fte × term_days − Σ fte × days_held, "p/q" + _2dp),
                          expense of the year (or None),
                          aid {rule: {fte basis: {total, parts?, base?} or None}}}}
``totals``                {rule: {fte basis: {total, parts, financed, missing, inactive,
                          fte_years "p/q" (Σ financed ETP-years), fte_years_2dp}}}
``gain_cej_to_national``  {fte basis: {from (cej), to (national-2020), total, fte_years,
                          per_fte_year}} — at ceiling (flat rules read no expense).

Rules: ``"national-2020"``, ``"cej"``, ``"charente-2021/at_ceiling"``,
``"charente-2021/declared"``; fte bases: ``"contracted"``, ``"in_post"``. For
``charente-2021/declared`` the aid says which side of min() was taken: ``base`` = ``"expense"``
or ``"ceiling"``. Amounts are strings in euros, two decimals, dot, no thousands separator.

Checked by hand
---------------
- 2021, contracted basis, every term covers the whole year (365/365): Σ = 14.75 ETP-years;
  national 24,000 × 14.75 = 354,000.00; cej 22,553 × 14.75 = 332,656.75; gain 21,343.25 =
  1,447.00 per ETP-year; charente-2021 at_ceiling 80 % × 48,000 × 14.75 = 566,400.00 =
  389,400.00 (× 55/80) + 177,000.00 (× 25/80).
- Val de Charente, 2021: term 2019-03-01 → 2023-12-31 covers 2021; vc-1 (1 ETP) from
  2021-05-03: May 3–31 = 29, + 30 + 31 + 31 + 30 + 31 + 30 + 31 = 243 days → held = 243/365
  ETP-year (0.67), vacancy 122 ETP-days. in_post: national 24,000 × 243/365 = 15,978.082… →
  15,978.08; cej 22,553 × 243/365 = 15,014.736… → 15,014.74; charente 80 % × 48,000 × 243/365
  = 25,564.931… → 25,564.93 (declared too: 38,900.00 is above the exact ceiling 31,956.16…),
  parts 2,556,493 cents × 55/80 = 1,757,588.9375 and × 25/80 = 798,904.0625: 1 cent to
  bonus_territoire → 17,575.89 + 7,989.04. Contracted: 24,000.00 / 22,553.00 / 38,400.00;
  declared contracted 80 % × min(38,900, 48,000) = 31,120.00.
- Grand Cognac: 4 ETP contracted, 3 in post (gc-1, gc-2, gc-3, 1 ETP each, all year) in every
  year: held = 3 ETP-years, vacancy 365 ETP-days. national 96,000.00 → 72,000.00; cej
  90,212.00 → 67,659.00; charente at_ceiling 153,600.00 → 115,200.00; declared 2021
  206,000.00 and 2022 210,400.00 are above both ceilings (192,000 / 144,000) → same as at
  ceiling.
- La Rochefoucauld – Porte du Périgord, 2021, date form on 2021-06-30: lr-2's departure
  (2021-08-31) and lr-3's arrival (2021-10-04) are both after the date, so lr-1 1 ETP and lr-2
  0.5 ETP count all year and lr-3 not at all: held = 1.5 = contracted, vacancy 0; national
  36,000.00, cej 33,829.50, charente 57,600.00 (39,600.00 + 18,000.00), declared too (75,600.00
  is above the ceiling 72,000.00).
- La Rochefoucauld – Porte du Périgord, 2021, year form (``GOLDEN_YEAR[2021]``): lr-1 1 ETP ×
  365; lr-2 0.5 until 2021-08-31 = 243 days; lr-3 0.5 from 2021-10-04 = 28 + 30 + 31 = 89
  days → held = (365 + 121.5 + 44.5) / 365 = 531/365 ETP-year (1.45); vacancy
  0.5 × 33 days (1 Sept – 3 Oct) = 33/2 ETP-days.
  national 24,000 × 531/365 = 34,915.068… → 34,915.07; cej 32,809.98; charente 80 % × 48,000
  × 531/365 = 55,864.109… → 55,864.11 (declared 75,600.00 is above the exact ceiling
  69,830.14…), parts 5,586,411 cents: 55/80 → 3,840,657 rem 45, 25/80 → 1,745,753 rem 35,
  1 cent to bonus_territoire → 38,406.58 + 17,457.53. In 2022 and 2023 lr-3 holds the half
  post all year: held = contracted = 1.5 (both forms).
- Date form against year form: only La Rochefoucauld in 2021 differs in held ETP (1.5 against
  531/365); in_post totals 2021: national 321,978.08 (date) / 320,893.15 (year), cej 302,565.49 /
  301,545.97, charente at_ceiling 515,164.93 / 513,429.04, declared 490,324.93 / 488,589.04.
  Otherwise the year form differs only by the terms known on 31 December (2022: Grand
  Angoulême's avenant-1 and 4B's avenant-2, 2023: Val de Charente's avenant-1), which change
  ``term_last_day`` and ``amendments_applied`` but no term-in-year.
- Dated terms: on 2021-06-30 and 2022-06-30 no amendment counts (Grand Angoulême's avenant-1
  is signed 2022-11-15, 4B's avenant-2 2022-12-08, Val de Charente's 2023-11-30; 4B's
  avenant-1 has no new_end). On 2023-06-30 Grand Angoulême and 4B Sud-Charente run to
  2023-12-31; Cœur de Charente and Rouillacais ended 2022-12-31 (inactive in 2023); Charente
  Limousine ends 2023-03-31: 31 + 28 + 31 = 90 days, 1.5 × 90/365 = 27/73 ETP-year →
  national 8,876.71, cej 8,341.52, charente 14,202.74 (9,764.38 + 4,438.36).
- No expense is declared for 2023: on 2023-06-30 every active post is missing on the
  declared basis (total 0.00). For 2022 only Grand Angoulême, Grand Cognac, La Rochefoucauld
  and Rouillacais declare one.
"""

from __future__ import annotations

from typing import Any

RULES = ("national-2020", "cej", "charente-2021/at_ceiling", "charente-2021/declared")
FTE_BASES = ("contracted", "in_post")
CHARENTE_PARTS = ("bonus_territoire", "fonds_locaux")
DATES = ("2021-06-30", "2022-06-30", "2023-06-30")
YEARS = (2021, 2022, 2023)

GOLDEN: dict[str, Any] = {
    "2021-06-30": {
        "year": 2021,
        "days_in_year": 365,
        "term_last_day": {
            "ctg-grand-angouleme": "2022-12-31",
            "ctg-grand-cognac": "2023-12-31",
            "ctg-charente-limousine": "2023-03-31",
            "ctg-coeur-de-charente": "2022-12-31",
            "ctg-la-rochefoucauld-porte-du-perigord": "2024-06-30",
            "ctg-4b-sud-charente": "2022-12-31",
            "ctg-lavalette-tude-dronne": "2024-08-31",
            "ctg-val-de-charente": "2023-12-31",
            "ctg-rouillacais": "2022-12-31",
        },
        "amendments_applied": {
            "ctg-grand-angouleme": [],
            "ctg-grand-cognac": [],
            "ctg-charente-limousine": [],
            "ctg-coeur-de-charente": [],
            "ctg-la-rochefoucauld-porte-du-perigord": [],
            "ctg-4b-sud-charente": [],
            "ctg-lavalette-tude-dronne": [],
            "ctg-val-de-charente": [],
            "ctg-rouillacais": [],
        },
        "posts": {
            "post-grand-angouleme": {
                "convention": "ctg-grand-angouleme",
                "pilot_epci": "200071827",
                "contracted_fte": "2.5",
                "active": True,
                "term_in_year": ["2021-01-01", "2021-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "5/2",
                "contracted_fte_years_2dp": "2.50",
                "held_fte_years": "5/2",
                "held_fte_years_2dp": "2.50",
                "coordinators": {
                    "ga-1": {"fte": "1", "days_held": 365},
                    "ga-2": {"fte": "1", "days_held": 365},
                    "ga-3": {"fte": "0.5", "days_held": 365},
                },
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": "112500.00",
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "60000.00"},
                        "in_post": {"total": "60000.00"},
                    },
                    "cej": {"contracted": {"total": "56382.50"}, "in_post": {"total": "56382.50"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "96000.00",
                            "parts": {"bonus_territoire": "66000.00", "fonds_locaux": "30000.00"},
                        },
                        "in_post": {
                            "total": "96000.00",
                            "parts": {"bonus_territoire": "66000.00", "fonds_locaux": "30000.00"},
                        },
                    },
                    "charente-2021/declared": {
                        "contracted": {
                            "total": "90000.00",
                            "parts": {"bonus_territoire": "61875.00", "fonds_locaux": "28125.00"},
                            "base": "expense",
                        },
                        "in_post": {
                            "total": "90000.00",
                            "parts": {"bonus_territoire": "61875.00", "fonds_locaux": "28125.00"},
                            "base": "expense",
                        },
                    },
                },
            },
            "post-grand-cognac": {
                "convention": "ctg-grand-cognac",
                "pilot_epci": "200070514",
                "contracted_fte": "4",
                "active": True,
                "term_in_year": ["2021-01-01", "2021-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "4",
                "contracted_fte_years_2dp": "4.00",
                "held_fte_years": "3",
                "held_fte_years_2dp": "3.00",
                "coordinators": {
                    "gc-1": {"fte": "1", "days_held": 365},
                    "gc-2": {"fte": "1", "days_held": 365},
                    "gc-3": {"fte": "1", "days_held": 365},
                },
                "vacant_fte_days": "365",
                "vacant_fte_days_2dp": "365.00",
                "expense": "206000.00",
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "96000.00"},
                        "in_post": {"total": "72000.00"},
                    },
                    "cej": {"contracted": {"total": "90212.00"}, "in_post": {"total": "67659.00"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "153600.00",
                            "parts": {"bonus_territoire": "105600.00", "fonds_locaux": "48000.00"},
                        },
                        "in_post": {
                            "total": "115200.00",
                            "parts": {"bonus_territoire": "79200.00", "fonds_locaux": "36000.00"},
                        },
                    },
                    "charente-2021/declared": {
                        "contracted": {
                            "total": "153600.00",
                            "parts": {"bonus_territoire": "105600.00", "fonds_locaux": "48000.00"},
                            "base": "ceiling",
                        },
                        "in_post": {
                            "total": "115200.00",
                            "parts": {"bonus_territoire": "79200.00", "fonds_locaux": "36000.00"},
                            "base": "ceiling",
                        },
                    },
                },
            },
            "post-charente-limousine": {
                "convention": "ctg-charente-limousine",
                "pilot_epci": "200072049",
                "contracted_fte": "1.5",
                "active": True,
                "term_in_year": ["2021-01-01", "2021-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "3/2",
                "contracted_fte_years_2dp": "1.50",
                "held_fte_years": "3/2",
                "held_fte_years_2dp": "1.50",
                "coordinators": {
                    "cl-1": {"fte": "1", "days_held": 365},
                    "cl-2": {"fte": "0.5", "days_held": 365},
                },
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": "63750.00",
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "36000.00"},
                        "in_post": {"total": "36000.00"},
                    },
                    "cej": {"contracted": {"total": "33829.50"}, "in_post": {"total": "33829.50"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                        },
                        "in_post": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                        },
                    },
                    "charente-2021/declared": {
                        "contracted": {
                            "total": "51000.00",
                            "parts": {"bonus_territoire": "35062.50", "fonds_locaux": "15937.50"},
                            "base": "expense",
                        },
                        "in_post": {
                            "total": "51000.00",
                            "parts": {"bonus_territoire": "35062.50", "fonds_locaux": "15937.50"},
                            "base": "expense",
                        },
                    },
                },
            },
            "post-coeur-de-charente": {
                "convention": "ctg-coeur-de-charente",
                "pilot_epci": "200072023",
                "contracted_fte": "1",
                "active": True,
                "term_in_year": ["2021-01-01", "2021-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "1",
                "contracted_fte_years_2dp": "1.00",
                "held_fte_years": "1",
                "held_fte_years_2dp": "1.00",
                "coordinators": {"cc-1": {"fte": "1", "days_held": 365}},
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": "46200.00",
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "24000.00"},
                        "in_post": {"total": "24000.00"},
                    },
                    "cej": {"contracted": {"total": "22553.00"}, "in_post": {"total": "22553.00"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                        },
                        "in_post": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                        },
                    },
                    "charente-2021/declared": {
                        "contracted": {
                            "total": "36960.00",
                            "parts": {"bonus_territoire": "25410.00", "fonds_locaux": "11550.00"},
                            "base": "expense",
                        },
                        "in_post": {
                            "total": "36960.00",
                            "parts": {"bonus_territoire": "25410.00", "fonds_locaux": "11550.00"},
                            "base": "expense",
                        },
                    },
                },
            },
            "post-la-rochefoucauld-porte-du-perigord": {
                "convention": "ctg-la-rochefoucauld-porte-du-perigord",
                "pilot_epci": "200068914",
                "contracted_fte": "1.5",
                "active": True,
                "term_in_year": ["2021-01-01", "2021-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "3/2",
                "contracted_fte_years_2dp": "1.50",
                "held_fte_years": "3/2",
                "held_fte_years_2dp": "1.50",
                "coordinators": {
                    "lr-1": {"fte": "1", "days_held": 365},
                    "lr-2": {"fte": "0.5", "days_held": 365},
                },
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": "75600.00",
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "36000.00"},
                        "in_post": {"total": "36000.00"},
                    },
                    "cej": {"contracted": {"total": "33829.50"}, "in_post": {"total": "33829.50"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                        },
                        "in_post": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                        },
                    },
                    "charente-2021/declared": {
                        "contracted": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                            "base": "ceiling",
                        },
                        "in_post": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                            "base": "ceiling",
                        },
                    },
                },
            },
            "post-4b-sud-charente": {
                "convention": "ctg-4b-sud-charente",
                "pilot_epci": "200029734",
                "contracted_fte": "1",
                "active": True,
                "term_in_year": ["2021-01-01", "2021-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "1",
                "contracted_fte_years_2dp": "1.00",
                "held_fte_years": "1",
                "held_fte_years_2dp": "1.00",
                "coordinators": {"4b-1": {"fte": "1", "days_held": 365}},
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": "49850.00",
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "24000.00"},
                        "in_post": {"total": "24000.00"},
                    },
                    "cej": {"contracted": {"total": "22553.00"}, "in_post": {"total": "22553.00"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                        },
                        "in_post": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                        },
                    },
                    "charente-2021/declared": {
                        "contracted": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                            "base": "ceiling",
                        },
                        "in_post": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                            "base": "ceiling",
                        },
                    },
                },
            },
            "post-lavalette-tude-dronne": {
                "convention": "ctg-lavalette-tude-dronne",
                "pilot_epci": "200070282",
                "contracted_fte": "1.5",
                "active": True,
                "term_in_year": ["2021-01-01", "2021-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "3/2",
                "contracted_fte_years_2dp": "1.50",
                "held_fte_years": "3/2",
                "held_fte_years_2dp": "1.50",
                "coordinators": {
                    "lt-1": {"fte": "1", "days_held": 365},
                    "lt-2": {"fte": "0.5", "days_held": 365},
                },
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": "61500.00",
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "36000.00"},
                        "in_post": {"total": "36000.00"},
                    },
                    "cej": {"contracted": {"total": "33829.50"}, "in_post": {"total": "33829.50"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                        },
                        "in_post": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                        },
                    },
                    "charente-2021/declared": {
                        "contracted": {
                            "total": "49200.00",
                            "parts": {"bonus_territoire": "33825.00", "fonds_locaux": "15375.00"},
                            "base": "expense",
                        },
                        "in_post": {
                            "total": "49200.00",
                            "parts": {"bonus_territoire": "33825.00", "fonds_locaux": "15375.00"},
                            "base": "expense",
                        },
                    },
                },
            },
            "post-val-de-charente": {
                "convention": "ctg-val-de-charente",
                "pilot_epci": "200043016",
                "contracted_fte": "1",
                "active": True,
                "term_in_year": ["2021-01-01", "2021-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "1",
                "contracted_fte_years_2dp": "1.00",
                "held_fte_years": "243/365",
                "held_fte_years_2dp": "0.67",
                "coordinators": {"vc-1": {"fte": "1", "days_held": 243}},
                "vacant_fte_days": "122",
                "vacant_fte_days_2dp": "122.00",
                "expense": "38900.00",
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "24000.00"},
                        "in_post": {"total": "15978.08"},
                    },
                    "cej": {"contracted": {"total": "22553.00"}, "in_post": {"total": "15014.74"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                        },
                        "in_post": {
                            "total": "25564.93",
                            "parts": {"bonus_territoire": "17575.89", "fonds_locaux": "7989.04"},
                        },
                    },
                    "charente-2021/declared": {
                        "contracted": {
                            "total": "31120.00",
                            "parts": {"bonus_territoire": "21395.00", "fonds_locaux": "9725.00"},
                            "base": "expense",
                        },
                        "in_post": {
                            "total": "25564.93",
                            "parts": {"bonus_territoire": "17575.89", "fonds_locaux": "7989.04"},
                            "base": "ceiling",
                        },
                    },
                },
            },
            "post-rouillacais": {
                "convention": "ctg-rouillacais",
                "pilot_epci": "241600303",
                "contracted_fte": "0.75",
                "active": True,
                "term_in_year": ["2021-01-01", "2021-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "3/4",
                "contracted_fte_years_2dp": "0.75",
                "held_fte_years": "3/4",
                "held_fte_years_2dp": "0.75",
                "coordinators": {"ro-1": {"fte": "0.75", "days_held": 365}},
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": "33000.00",
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "18000.00"},
                        "in_post": {"total": "18000.00"},
                    },
                    "cej": {"contracted": {"total": "16914.75"}, "in_post": {"total": "16914.75"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "28800.00",
                            "parts": {"bonus_territoire": "19800.00", "fonds_locaux": "9000.00"},
                        },
                        "in_post": {
                            "total": "28800.00",
                            "parts": {"bonus_territoire": "19800.00", "fonds_locaux": "9000.00"},
                        },
                    },
                    "charente-2021/declared": {
                        "contracted": {
                            "total": "26400.00",
                            "parts": {"bonus_territoire": "18150.00", "fonds_locaux": "8250.00"},
                            "base": "expense",
                        },
                        "in_post": {
                            "total": "26400.00",
                            "parts": {"bonus_territoire": "18150.00", "fonds_locaux": "8250.00"},
                            "base": "expense",
                        },
                    },
                },
            },
        },
        "totals": {
            "national-2020": {
                "contracted": {
                    "total": "354000.00",
                    "parts": {},
                    "financed": 9,
                    "missing": [],
                    "inactive": [],
                    "fte_years": "59/4",
                    "fte_years_2dp": "14.75",
                },
                "in_post": {
                    "total": "321978.08",
                    "parts": {},
                    "financed": 9,
                    "missing": [],
                    "inactive": [],
                    "fte_years": "19587/1460",
                    "fte_years_2dp": "13.42",
                },
            },
            "cej": {
                "contracted": {
                    "total": "332656.75",
                    "parts": {},
                    "financed": 9,
                    "missing": [],
                    "inactive": [],
                    "fte_years": "59/4",
                    "fte_years_2dp": "14.75",
                },
                "in_post": {
                    "total": "302565.49",
                    "parts": {},
                    "financed": 9,
                    "missing": [],
                    "inactive": [],
                    "fte_years": "19587/1460",
                    "fte_years_2dp": "13.42",
                },
            },
            "charente-2021/at_ceiling": {
                "contracted": {
                    "total": "566400.00",
                    "parts": {"bonus_territoire": "389400.00", "fonds_locaux": "177000.00"},
                    "financed": 9,
                    "missing": [],
                    "inactive": [],
                    "fte_years": "59/4",
                    "fte_years_2dp": "14.75",
                },
                "in_post": {
                    "total": "515164.93",
                    "parts": {"bonus_territoire": "354175.89", "fonds_locaux": "160989.04"},
                    "financed": 9,
                    "missing": [],
                    "inactive": [],
                    "fte_years": "19587/1460",
                    "fte_years_2dp": "13.42",
                },
            },
            "charente-2021/declared": {
                "contracted": {
                    "total": "534280.00",
                    "parts": {"bonus_territoire": "367317.50", "fonds_locaux": "166962.50"},
                    "financed": 9,
                    "missing": [],
                    "inactive": [],
                    "fte_years": "59/4",
                    "fte_years_2dp": "14.75",
                },
                "in_post": {
                    "total": "490324.93",
                    "parts": {"bonus_territoire": "337098.39", "fonds_locaux": "153226.54"},
                    "financed": 9,
                    "missing": [],
                    "inactive": [],
                    "fte_years": "19587/1460",
                    "fte_years_2dp": "13.42",
                },
            },
        },
        "gain_cej_to_national": {
            "contracted": {
                "from": "332656.75",
                "to": "354000.00",
                "total": "21343.25",
                "fte_years": "59/4",
                "per_fte_year": "1447.00",
            },
            "in_post": {
                "from": "302565.49",
                "to": "321978.08",
                "total": "19412.59",
                "fte_years": "19587/1460",
                "per_fte_year": "1447.00",
            },
        },
    },
    "2022-06-30": {
        "year": 2022,
        "days_in_year": 365,
        "term_last_day": {
            "ctg-grand-angouleme": "2022-12-31",
            "ctg-grand-cognac": "2023-12-31",
            "ctg-charente-limousine": "2023-03-31",
            "ctg-coeur-de-charente": "2022-12-31",
            "ctg-la-rochefoucauld-porte-du-perigord": "2024-06-30",
            "ctg-4b-sud-charente": "2022-12-31",
            "ctg-lavalette-tude-dronne": "2024-08-31",
            "ctg-val-de-charente": "2023-12-31",
            "ctg-rouillacais": "2022-12-31",
        },
        "amendments_applied": {
            "ctg-grand-angouleme": [],
            "ctg-grand-cognac": [],
            "ctg-charente-limousine": [],
            "ctg-coeur-de-charente": [],
            "ctg-la-rochefoucauld-porte-du-perigord": [],
            "ctg-4b-sud-charente": [],
            "ctg-lavalette-tude-dronne": [],
            "ctg-val-de-charente": [],
            "ctg-rouillacais": [],
        },
        "posts": {
            "post-grand-angouleme": {
                "convention": "ctg-grand-angouleme",
                "pilot_epci": "200071827",
                "contracted_fte": "2.5",
                "active": True,
                "term_in_year": ["2022-01-01", "2022-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "5/2",
                "contracted_fte_years_2dp": "2.50",
                "held_fte_years": "5/2",
                "held_fte_years_2dp": "2.50",
                "coordinators": {
                    "ga-1": {"fte": "1", "days_held": 365},
                    "ga-2": {"fte": "1", "days_held": 365},
                    "ga-3": {"fte": "0.5", "days_held": 365},
                },
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": "121250.00",
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "60000.00"},
                        "in_post": {"total": "60000.00"},
                    },
                    "cej": {"contracted": {"total": "56382.50"}, "in_post": {"total": "56382.50"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "96000.00",
                            "parts": {"bonus_territoire": "66000.00", "fonds_locaux": "30000.00"},
                        },
                        "in_post": {
                            "total": "96000.00",
                            "parts": {"bonus_territoire": "66000.00", "fonds_locaux": "30000.00"},
                        },
                    },
                    "charente-2021/declared": {
                        "contracted": {
                            "total": "96000.00",
                            "parts": {"bonus_territoire": "66000.00", "fonds_locaux": "30000.00"},
                            "base": "ceiling",
                        },
                        "in_post": {
                            "total": "96000.00",
                            "parts": {"bonus_territoire": "66000.00", "fonds_locaux": "30000.00"},
                            "base": "ceiling",
                        },
                    },
                },
            },
            "post-grand-cognac": {
                "convention": "ctg-grand-cognac",
                "pilot_epci": "200070514",
                "contracted_fte": "4",
                "active": True,
                "term_in_year": ["2022-01-01", "2022-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "4",
                "contracted_fte_years_2dp": "4.00",
                "held_fte_years": "3",
                "held_fte_years_2dp": "3.00",
                "coordinators": {
                    "gc-1": {"fte": "1", "days_held": 365},
                    "gc-2": {"fte": "1", "days_held": 365},
                    "gc-3": {"fte": "1", "days_held": 365},
                },
                "vacant_fte_days": "365",
                "vacant_fte_days_2dp": "365.00",
                "expense": "210400.00",
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "96000.00"},
                        "in_post": {"total": "72000.00"},
                    },
                    "cej": {"contracted": {"total": "90212.00"}, "in_post": {"total": "67659.00"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "153600.00",
                            "parts": {"bonus_territoire": "105600.00", "fonds_locaux": "48000.00"},
                        },
                        "in_post": {
                            "total": "115200.00",
                            "parts": {"bonus_territoire": "79200.00", "fonds_locaux": "36000.00"},
                        },
                    },
                    "charente-2021/declared": {
                        "contracted": {
                            "total": "153600.00",
                            "parts": {"bonus_territoire": "105600.00", "fonds_locaux": "48000.00"},
                            "base": "ceiling",
                        },
                        "in_post": {
                            "total": "115200.00",
                            "parts": {"bonus_territoire": "79200.00", "fonds_locaux": "36000.00"},
                            "base": "ceiling",
                        },
                    },
                },
            },
            "post-charente-limousine": {
                "convention": "ctg-charente-limousine",
                "pilot_epci": "200072049",
                "contracted_fte": "1.5",
                "active": True,
                "term_in_year": ["2022-01-01", "2022-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "3/2",
                "contracted_fte_years_2dp": "1.50",
                "held_fte_years": "3/2",
                "held_fte_years_2dp": "1.50",
                "coordinators": {
                    "cl-1": {"fte": "1", "days_held": 365},
                    "cl-2": {"fte": "0.5", "days_held": 365},
                },
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": None,
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "36000.00"},
                        "in_post": {"total": "36000.00"},
                    },
                    "cej": {"contracted": {"total": "33829.50"}, "in_post": {"total": "33829.50"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                        },
                        "in_post": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                        },
                    },
                    "charente-2021/declared": {"contracted": None, "in_post": None},
                },
            },
            "post-coeur-de-charente": {
                "convention": "ctg-coeur-de-charente",
                "pilot_epci": "200072023",
                "contracted_fte": "1",
                "active": True,
                "term_in_year": ["2022-01-01", "2022-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "1",
                "contracted_fte_years_2dp": "1.00",
                "held_fte_years": "1",
                "held_fte_years_2dp": "1.00",
                "coordinators": {"cc-1": {"fte": "1", "days_held": 365}},
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": None,
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "24000.00"},
                        "in_post": {"total": "24000.00"},
                    },
                    "cej": {"contracted": {"total": "22553.00"}, "in_post": {"total": "22553.00"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                        },
                        "in_post": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                        },
                    },
                    "charente-2021/declared": {"contracted": None, "in_post": None},
                },
            },
            "post-la-rochefoucauld-porte-du-perigord": {
                "convention": "ctg-la-rochefoucauld-porte-du-perigord",
                "pilot_epci": "200068914",
                "contracted_fte": "1.5",
                "active": True,
                "term_in_year": ["2022-01-01", "2022-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "3/2",
                "contracted_fte_years_2dp": "1.50",
                "held_fte_years": "3/2",
                "held_fte_years_2dp": "1.50",
                "coordinators": {
                    "lr-1": {"fte": "1", "days_held": 365},
                    "lr-2": {"fte": "0.5", "days_held": 0},
                    "lr-3": {"fte": "0.5", "days_held": 365},
                },
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": "77100.00",
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "36000.00"},
                        "in_post": {"total": "36000.00"},
                    },
                    "cej": {"contracted": {"total": "33829.50"}, "in_post": {"total": "33829.50"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                        },
                        "in_post": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                        },
                    },
                    "charente-2021/declared": {
                        "contracted": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                            "base": "ceiling",
                        },
                        "in_post": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                            "base": "ceiling",
                        },
                    },
                },
            },
            "post-4b-sud-charente": {
                "convention": "ctg-4b-sud-charente",
                "pilot_epci": "200029734",
                "contracted_fte": "1",
                "active": True,
                "term_in_year": ["2022-01-01", "2022-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "1",
                "contracted_fte_years_2dp": "1.00",
                "held_fte_years": "1",
                "held_fte_years_2dp": "1.00",
                "coordinators": {"4b-1": {"fte": "1", "days_held": 365}},
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": None,
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "24000.00"},
                        "in_post": {"total": "24000.00"},
                    },
                    "cej": {"contracted": {"total": "22553.00"}, "in_post": {"total": "22553.00"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                        },
                        "in_post": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                        },
                    },
                    "charente-2021/declared": {"contracted": None, "in_post": None},
                },
            },
            "post-lavalette-tude-dronne": {
                "convention": "ctg-lavalette-tude-dronne",
                "pilot_epci": "200070282",
                "contracted_fte": "1.5",
                "active": True,
                "term_in_year": ["2022-01-01", "2022-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "3/2",
                "contracted_fte_years_2dp": "1.50",
                "held_fte_years": "3/2",
                "held_fte_years_2dp": "1.50",
                "coordinators": {
                    "lt-1": {"fte": "1", "days_held": 365},
                    "lt-2": {"fte": "0.5", "days_held": 365},
                },
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": None,
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "36000.00"},
                        "in_post": {"total": "36000.00"},
                    },
                    "cej": {"contracted": {"total": "33829.50"}, "in_post": {"total": "33829.50"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                        },
                        "in_post": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                        },
                    },
                    "charente-2021/declared": {"contracted": None, "in_post": None},
                },
            },
            "post-val-de-charente": {
                "convention": "ctg-val-de-charente",
                "pilot_epci": "200043016",
                "contracted_fte": "1",
                "active": True,
                "term_in_year": ["2022-01-01", "2022-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "1",
                "contracted_fte_years_2dp": "1.00",
                "held_fte_years": "1",
                "held_fte_years_2dp": "1.00",
                "coordinators": {"vc-1": {"fte": "1", "days_held": 365}},
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": None,
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "24000.00"},
                        "in_post": {"total": "24000.00"},
                    },
                    "cej": {"contracted": {"total": "22553.00"}, "in_post": {"total": "22553.00"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                        },
                        "in_post": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                        },
                    },
                    "charente-2021/declared": {"contracted": None, "in_post": None},
                },
            },
            "post-rouillacais": {
                "convention": "ctg-rouillacais",
                "pilot_epci": "241600303",
                "contracted_fte": "0.75",
                "active": True,
                "term_in_year": ["2022-01-01", "2022-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "3/4",
                "contracted_fte_years_2dp": "0.75",
                "held_fte_years": "3/4",
                "held_fte_years_2dp": "0.75",
                "coordinators": {"ro-1": {"fte": "0.75", "days_held": 365}},
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": "36450.00",
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "18000.00"},
                        "in_post": {"total": "18000.00"},
                    },
                    "cej": {"contracted": {"total": "16914.75"}, "in_post": {"total": "16914.75"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "28800.00",
                            "parts": {"bonus_territoire": "19800.00", "fonds_locaux": "9000.00"},
                        },
                        "in_post": {
                            "total": "28800.00",
                            "parts": {"bonus_territoire": "19800.00", "fonds_locaux": "9000.00"},
                        },
                    },
                    "charente-2021/declared": {
                        "contracted": {
                            "total": "28800.00",
                            "parts": {"bonus_territoire": "19800.00", "fonds_locaux": "9000.00"},
                            "base": "ceiling",
                        },
                        "in_post": {
                            "total": "28800.00",
                            "parts": {"bonus_territoire": "19800.00", "fonds_locaux": "9000.00"},
                            "base": "ceiling",
                        },
                    },
                },
            },
        },
        "totals": {
            "national-2020": {
                "contracted": {
                    "total": "354000.00",
                    "parts": {},
                    "financed": 9,
                    "missing": [],
                    "inactive": [],
                    "fte_years": "59/4",
                    "fte_years_2dp": "14.75",
                },
                "in_post": {
                    "total": "330000.00",
                    "parts": {},
                    "financed": 9,
                    "missing": [],
                    "inactive": [],
                    "fte_years": "55/4",
                    "fte_years_2dp": "13.75",
                },
            },
            "cej": {
                "contracted": {
                    "total": "332656.75",
                    "parts": {},
                    "financed": 9,
                    "missing": [],
                    "inactive": [],
                    "fte_years": "59/4",
                    "fte_years_2dp": "14.75",
                },
                "in_post": {
                    "total": "310103.75",
                    "parts": {},
                    "financed": 9,
                    "missing": [],
                    "inactive": [],
                    "fte_years": "55/4",
                    "fte_years_2dp": "13.75",
                },
            },
            "charente-2021/at_ceiling": {
                "contracted": {
                    "total": "566400.00",
                    "parts": {"bonus_territoire": "389400.00", "fonds_locaux": "177000.00"},
                    "financed": 9,
                    "missing": [],
                    "inactive": [],
                    "fte_years": "59/4",
                    "fte_years_2dp": "14.75",
                },
                "in_post": {
                    "total": "528000.00",
                    "parts": {"bonus_territoire": "363000.00", "fonds_locaux": "165000.00"},
                    "financed": 9,
                    "missing": [],
                    "inactive": [],
                    "fte_years": "55/4",
                    "fte_years_2dp": "13.75",
                },
            },
            "charente-2021/declared": {
                "contracted": {
                    "total": "336000.00",
                    "parts": {"bonus_territoire": "231000.00", "fonds_locaux": "105000.00"},
                    "financed": 4,
                    "missing": [
                        "post-charente-limousine",
                        "post-coeur-de-charente",
                        "post-4b-sud-charente",
                        "post-lavalette-tude-dronne",
                        "post-val-de-charente",
                    ],
                    "inactive": [],
                    "fte_years": "35/4",
                    "fte_years_2dp": "8.75",
                },
                "in_post": {
                    "total": "297600.00",
                    "parts": {"bonus_territoire": "204600.00", "fonds_locaux": "93000.00"},
                    "financed": 4,
                    "missing": [
                        "post-charente-limousine",
                        "post-coeur-de-charente",
                        "post-4b-sud-charente",
                        "post-lavalette-tude-dronne",
                        "post-val-de-charente",
                    ],
                    "inactive": [],
                    "fte_years": "31/4",
                    "fte_years_2dp": "7.75",
                },
            },
        },
        "gain_cej_to_national": {
            "contracted": {
                "from": "332656.75",
                "to": "354000.00",
                "total": "21343.25",
                "fte_years": "59/4",
                "per_fte_year": "1447.00",
            },
            "in_post": {
                "from": "310103.75",
                "to": "330000.00",
                "total": "19896.25",
                "fte_years": "55/4",
                "per_fte_year": "1447.00",
            },
        },
    },
    "2023-06-30": {
        "year": 2023,
        "days_in_year": 365,
        "term_last_day": {
            "ctg-grand-angouleme": "2023-12-31",
            "ctg-grand-cognac": "2023-12-31",
            "ctg-charente-limousine": "2023-03-31",
            "ctg-coeur-de-charente": "2022-12-31",
            "ctg-la-rochefoucauld-porte-du-perigord": "2024-06-30",
            "ctg-4b-sud-charente": "2023-12-31",
            "ctg-lavalette-tude-dronne": "2024-08-31",
            "ctg-val-de-charente": "2023-12-31",
            "ctg-rouillacais": "2022-12-31",
        },
        "amendments_applied": {
            "ctg-grand-angouleme": ["avenant-1"],
            "ctg-grand-cognac": [],
            "ctg-charente-limousine": [],
            "ctg-coeur-de-charente": [],
            "ctg-la-rochefoucauld-porte-du-perigord": [],
            "ctg-4b-sud-charente": ["avenant-2"],
            "ctg-lavalette-tude-dronne": [],
            "ctg-val-de-charente": [],
            "ctg-rouillacais": [],
        },
        "posts": {
            "post-grand-angouleme": {
                "convention": "ctg-grand-angouleme",
                "pilot_epci": "200071827",
                "contracted_fte": "2.5",
                "active": True,
                "term_in_year": ["2023-01-01", "2023-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "5/2",
                "contracted_fte_years_2dp": "2.50",
                "held_fte_years": "5/2",
                "held_fte_years_2dp": "2.50",
                "coordinators": {
                    "ga-1": {"fte": "1", "days_held": 365},
                    "ga-2": {"fte": "1", "days_held": 365},
                    "ga-3": {"fte": "0.5", "days_held": 365},
                },
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": None,
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "60000.00"},
                        "in_post": {"total": "60000.00"},
                    },
                    "cej": {"contracted": {"total": "56382.50"}, "in_post": {"total": "56382.50"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "96000.00",
                            "parts": {"bonus_territoire": "66000.00", "fonds_locaux": "30000.00"},
                        },
                        "in_post": {
                            "total": "96000.00",
                            "parts": {"bonus_territoire": "66000.00", "fonds_locaux": "30000.00"},
                        },
                    },
                    "charente-2021/declared": {"contracted": None, "in_post": None},
                },
            },
            "post-grand-cognac": {
                "convention": "ctg-grand-cognac",
                "pilot_epci": "200070514",
                "contracted_fte": "4",
                "active": True,
                "term_in_year": ["2023-01-01", "2023-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "4",
                "contracted_fte_years_2dp": "4.00",
                "held_fte_years": "3",
                "held_fte_years_2dp": "3.00",
                "coordinators": {
                    "gc-1": {"fte": "1", "days_held": 365},
                    "gc-2": {"fte": "1", "days_held": 365},
                    "gc-3": {"fte": "1", "days_held": 365},
                },
                "vacant_fte_days": "365",
                "vacant_fte_days_2dp": "365.00",
                "expense": None,
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "96000.00"},
                        "in_post": {"total": "72000.00"},
                    },
                    "cej": {"contracted": {"total": "90212.00"}, "in_post": {"total": "67659.00"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "153600.00",
                            "parts": {"bonus_territoire": "105600.00", "fonds_locaux": "48000.00"},
                        },
                        "in_post": {
                            "total": "115200.00",
                            "parts": {"bonus_territoire": "79200.00", "fonds_locaux": "36000.00"},
                        },
                    },
                    "charente-2021/declared": {"contracted": None, "in_post": None},
                },
            },
            "post-charente-limousine": {
                "convention": "ctg-charente-limousine",
                "pilot_epci": "200072049",
                "contracted_fte": "1.5",
                "active": True,
                "term_in_year": ["2023-01-01", "2023-03-31"],
                "term_days": 90,
                "prorata": "90/365",
                "contracted_fte_years": "27/73",
                "contracted_fte_years_2dp": "0.37",
                "held_fte_years": "27/73",
                "held_fte_years_2dp": "0.37",
                "coordinators": {
                    "cl-1": {"fte": "1", "days_held": 90},
                    "cl-2": {"fte": "0.5", "days_held": 90},
                },
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": None,
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "8876.71"},
                        "in_post": {"total": "8876.71"},
                    },
                    "cej": {"contracted": {"total": "8341.52"}, "in_post": {"total": "8341.52"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "14202.74",
                            "parts": {"bonus_territoire": "9764.38", "fonds_locaux": "4438.36"},
                        },
                        "in_post": {
                            "total": "14202.74",
                            "parts": {"bonus_territoire": "9764.38", "fonds_locaux": "4438.36"},
                        },
                    },
                    "charente-2021/declared": {"contracted": None, "in_post": None},
                },
            },
            "post-coeur-de-charente": {
                "convention": "ctg-coeur-de-charente",
                "pilot_epci": "200072023",
                "contracted_fte": "1",
                "active": False,
                "term_in_year": None,
                "term_days": 0,
                "prorata": "0/365",
            },
            "post-la-rochefoucauld-porte-du-perigord": {
                "convention": "ctg-la-rochefoucauld-porte-du-perigord",
                "pilot_epci": "200068914",
                "contracted_fte": "1.5",
                "active": True,
                "term_in_year": ["2023-01-01", "2023-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "3/2",
                "contracted_fte_years_2dp": "1.50",
                "held_fte_years": "3/2",
                "held_fte_years_2dp": "1.50",
                "coordinators": {
                    "lr-1": {"fte": "1", "days_held": 365},
                    "lr-2": {"fte": "0.5", "days_held": 0},
                    "lr-3": {"fte": "0.5", "days_held": 365},
                },
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": None,
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "36000.00"},
                        "in_post": {"total": "36000.00"},
                    },
                    "cej": {"contracted": {"total": "33829.50"}, "in_post": {"total": "33829.50"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                        },
                        "in_post": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                        },
                    },
                    "charente-2021/declared": {"contracted": None, "in_post": None},
                },
            },
            "post-4b-sud-charente": {
                "convention": "ctg-4b-sud-charente",
                "pilot_epci": "200029734",
                "contracted_fte": "1",
                "active": True,
                "term_in_year": ["2023-01-01", "2023-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "1",
                "contracted_fte_years_2dp": "1.00",
                "held_fte_years": "1",
                "held_fte_years_2dp": "1.00",
                "coordinators": {"4b-1": {"fte": "1", "days_held": 365}},
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": None,
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "24000.00"},
                        "in_post": {"total": "24000.00"},
                    },
                    "cej": {"contracted": {"total": "22553.00"}, "in_post": {"total": "22553.00"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                        },
                        "in_post": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                        },
                    },
                    "charente-2021/declared": {"contracted": None, "in_post": None},
                },
            },
            "post-lavalette-tude-dronne": {
                "convention": "ctg-lavalette-tude-dronne",
                "pilot_epci": "200070282",
                "contracted_fte": "1.5",
                "active": True,
                "term_in_year": ["2023-01-01", "2023-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "3/2",
                "contracted_fte_years_2dp": "1.50",
                "held_fte_years": "3/2",
                "held_fte_years_2dp": "1.50",
                "coordinators": {
                    "lt-1": {"fte": "1", "days_held": 365},
                    "lt-2": {"fte": "0.5", "days_held": 365},
                },
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": None,
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "36000.00"},
                        "in_post": {"total": "36000.00"},
                    },
                    "cej": {"contracted": {"total": "33829.50"}, "in_post": {"total": "33829.50"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                        },
                        "in_post": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                        },
                    },
                    "charente-2021/declared": {"contracted": None, "in_post": None},
                },
            },
            "post-val-de-charente": {
                "convention": "ctg-val-de-charente",
                "pilot_epci": "200043016",
                "contracted_fte": "1",
                "active": True,
                "term_in_year": ["2023-01-01", "2023-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "1",
                "contracted_fte_years_2dp": "1.00",
                "held_fte_years": "1",
                "held_fte_years_2dp": "1.00",
                "coordinators": {"vc-1": {"fte": "1", "days_held": 365}},
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": None,
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "24000.00"},
                        "in_post": {"total": "24000.00"},
                    },
                    "cej": {"contracted": {"total": "22553.00"}, "in_post": {"total": "22553.00"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                        },
                        "in_post": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                        },
                    },
                    "charente-2021/declared": {"contracted": None, "in_post": None},
                },
            },
            "post-rouillacais": {
                "convention": "ctg-rouillacais",
                "pilot_epci": "241600303",
                "contracted_fte": "0.75",
                "active": False,
                "term_in_year": None,
                "term_days": 0,
                "prorata": "0/365",
            },
        },
        "totals": {
            "national-2020": {
                "contracted": {
                    "total": "284876.71",
                    "parts": {},
                    "financed": 7,
                    "missing": [],
                    "inactive": ["post-coeur-de-charente", "post-rouillacais"],
                    "fte_years": "1733/146",
                    "fte_years_2dp": "11.87",
                },
                "in_post": {
                    "total": "260876.71",
                    "parts": {},
                    "financed": 7,
                    "missing": [],
                    "inactive": ["post-coeur-de-charente", "post-rouillacais"],
                    "fte_years": "1587/146",
                    "fte_years_2dp": "10.87",
                },
            },
            "cej": {
                "contracted": {
                    "total": "267701.02",
                    "parts": {},
                    "financed": 7,
                    "missing": [],
                    "inactive": ["post-coeur-de-charente", "post-rouillacais"],
                    "fte_years": "1733/146",
                    "fte_years_2dp": "11.87",
                },
                "in_post": {
                    "total": "245148.02",
                    "parts": {},
                    "financed": 7,
                    "missing": [],
                    "inactive": ["post-coeur-de-charente", "post-rouillacais"],
                    "fte_years": "1587/146",
                    "fte_years_2dp": "10.87",
                },
            },
            "charente-2021/at_ceiling": {
                "contracted": {
                    "total": "455802.74",
                    "parts": {"bonus_territoire": "313364.38", "fonds_locaux": "142438.36"},
                    "financed": 7,
                    "missing": [],
                    "inactive": ["post-coeur-de-charente", "post-rouillacais"],
                    "fte_years": "1733/146",
                    "fte_years_2dp": "11.87",
                },
                "in_post": {
                    "total": "417402.74",
                    "parts": {"bonus_territoire": "286964.38", "fonds_locaux": "130438.36"},
                    "financed": 7,
                    "missing": [],
                    "inactive": ["post-coeur-de-charente", "post-rouillacais"],
                    "fte_years": "1587/146",
                    "fte_years_2dp": "10.87",
                },
            },
            "charente-2021/declared": {
                "contracted": {
                    "total": "0.00",
                    "parts": {"bonus_territoire": "0.00", "fonds_locaux": "0.00"},
                    "financed": 0,
                    "missing": [
                        "post-grand-angouleme",
                        "post-grand-cognac",
                        "post-charente-limousine",
                        "post-la-rochefoucauld-porte-du-perigord",
                        "post-4b-sud-charente",
                        "post-lavalette-tude-dronne",
                        "post-val-de-charente",
                    ],
                    "inactive": ["post-coeur-de-charente", "post-rouillacais"],
                    "fte_years": "0",
                    "fte_years_2dp": "0.00",
                },
                "in_post": {
                    "total": "0.00",
                    "parts": {"bonus_territoire": "0.00", "fonds_locaux": "0.00"},
                    "financed": 0,
                    "missing": [
                        "post-grand-angouleme",
                        "post-grand-cognac",
                        "post-charente-limousine",
                        "post-la-rochefoucauld-porte-du-perigord",
                        "post-4b-sud-charente",
                        "post-lavalette-tude-dronne",
                        "post-val-de-charente",
                    ],
                    "inactive": ["post-coeur-de-charente", "post-rouillacais"],
                    "fte_years": "0",
                    "fte_years_2dp": "0.00",
                },
            },
        },
        "gain_cej_to_national": {
            "contracted": {
                "from": "267701.02",
                "to": "284876.71",
                "total": "17175.69",
                "fte_years": "1733/146",
                "per_fte_year": "1447.00",
            },
            "in_post": {
                "from": "245148.02",
                "to": "260876.71",
                "total": "15728.69",
                "fte_years": "1587/146",
                "per_fte_year": "1447.00",
            },
        },
    },
}

GOLDEN_YEAR: dict[int, Any] = {
    2021: {
        "year": 2021,
        "days_in_year": 365,
        "term_last_day": {
            "ctg-grand-angouleme": "2022-12-31",
            "ctg-grand-cognac": "2023-12-31",
            "ctg-charente-limousine": "2023-03-31",
            "ctg-coeur-de-charente": "2022-12-31",
            "ctg-la-rochefoucauld-porte-du-perigord": "2024-06-30",
            "ctg-4b-sud-charente": "2022-12-31",
            "ctg-lavalette-tude-dronne": "2024-08-31",
            "ctg-val-de-charente": "2023-12-31",
            "ctg-rouillacais": "2022-12-31",
        },
        "amendments_applied": {
            "ctg-grand-angouleme": [],
            "ctg-grand-cognac": [],
            "ctg-charente-limousine": [],
            "ctg-coeur-de-charente": [],
            "ctg-la-rochefoucauld-porte-du-perigord": [],
            "ctg-4b-sud-charente": [],
            "ctg-lavalette-tude-dronne": [],
            "ctg-val-de-charente": [],
            "ctg-rouillacais": [],
        },
        "posts": {
            "post-grand-angouleme": {
                "convention": "ctg-grand-angouleme",
                "pilot_epci": "200071827",
                "contracted_fte": "2.5",
                "active": True,
                "term_in_year": ["2021-01-01", "2021-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "5/2",
                "contracted_fte_years_2dp": "2.50",
                "held_fte_years": "5/2",
                "held_fte_years_2dp": "2.50",
                "coordinators": {
                    "ga-1": {"fte": "1", "days_held": 365},
                    "ga-2": {"fte": "1", "days_held": 365},
                    "ga-3": {"fte": "0.5", "days_held": 365},
                },
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": "112500.00",
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "60000.00"},
                        "in_post": {"total": "60000.00"},
                    },
                    "cej": {"contracted": {"total": "56382.50"}, "in_post": {"total": "56382.50"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "96000.00",
                            "parts": {"bonus_territoire": "66000.00", "fonds_locaux": "30000.00"},
                        },
                        "in_post": {
                            "total": "96000.00",
                            "parts": {"bonus_territoire": "66000.00", "fonds_locaux": "30000.00"},
                        },
                    },
                    "charente-2021/declared": {
                        "contracted": {
                            "total": "90000.00",
                            "parts": {"bonus_territoire": "61875.00", "fonds_locaux": "28125.00"},
                            "base": "expense",
                        },
                        "in_post": {
                            "total": "90000.00",
                            "parts": {"bonus_territoire": "61875.00", "fonds_locaux": "28125.00"},
                            "base": "expense",
                        },
                    },
                },
            },
            "post-grand-cognac": {
                "convention": "ctg-grand-cognac",
                "pilot_epci": "200070514",
                "contracted_fte": "4",
                "active": True,
                "term_in_year": ["2021-01-01", "2021-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "4",
                "contracted_fte_years_2dp": "4.00",
                "held_fte_years": "3",
                "held_fte_years_2dp": "3.00",
                "coordinators": {
                    "gc-1": {"fte": "1", "days_held": 365},
                    "gc-2": {"fte": "1", "days_held": 365},
                    "gc-3": {"fte": "1", "days_held": 365},
                },
                "vacant_fte_days": "365",
                "vacant_fte_days_2dp": "365.00",
                "expense": "206000.00",
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "96000.00"},
                        "in_post": {"total": "72000.00"},
                    },
                    "cej": {"contracted": {"total": "90212.00"}, "in_post": {"total": "67659.00"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "153600.00",
                            "parts": {"bonus_territoire": "105600.00", "fonds_locaux": "48000.00"},
                        },
                        "in_post": {
                            "total": "115200.00",
                            "parts": {"bonus_territoire": "79200.00", "fonds_locaux": "36000.00"},
                        },
                    },
                    "charente-2021/declared": {
                        "contracted": {
                            "total": "153600.00",
                            "parts": {"bonus_territoire": "105600.00", "fonds_locaux": "48000.00"},
                            "base": "ceiling",
                        },
                        "in_post": {
                            "total": "115200.00",
                            "parts": {"bonus_territoire": "79200.00", "fonds_locaux": "36000.00"},
                            "base": "ceiling",
                        },
                    },
                },
            },
            "post-charente-limousine": {
                "convention": "ctg-charente-limousine",
                "pilot_epci": "200072049",
                "contracted_fte": "1.5",
                "active": True,
                "term_in_year": ["2021-01-01", "2021-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "3/2",
                "contracted_fte_years_2dp": "1.50",
                "held_fte_years": "3/2",
                "held_fte_years_2dp": "1.50",
                "coordinators": {
                    "cl-1": {"fte": "1", "days_held": 365},
                    "cl-2": {"fte": "0.5", "days_held": 365},
                },
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": "63750.00",
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "36000.00"},
                        "in_post": {"total": "36000.00"},
                    },
                    "cej": {"contracted": {"total": "33829.50"}, "in_post": {"total": "33829.50"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                        },
                        "in_post": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                        },
                    },
                    "charente-2021/declared": {
                        "contracted": {
                            "total": "51000.00",
                            "parts": {"bonus_territoire": "35062.50", "fonds_locaux": "15937.50"},
                            "base": "expense",
                        },
                        "in_post": {
                            "total": "51000.00",
                            "parts": {"bonus_territoire": "35062.50", "fonds_locaux": "15937.50"},
                            "base": "expense",
                        },
                    },
                },
            },
            "post-coeur-de-charente": {
                "convention": "ctg-coeur-de-charente",
                "pilot_epci": "200072023",
                "contracted_fte": "1",
                "active": True,
                "term_in_year": ["2021-01-01", "2021-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "1",
                "contracted_fte_years_2dp": "1.00",
                "held_fte_years": "1",
                "held_fte_years_2dp": "1.00",
                "coordinators": {"cc-1": {"fte": "1", "days_held": 365}},
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": "46200.00",
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "24000.00"},
                        "in_post": {"total": "24000.00"},
                    },
                    "cej": {"contracted": {"total": "22553.00"}, "in_post": {"total": "22553.00"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                        },
                        "in_post": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                        },
                    },
                    "charente-2021/declared": {
                        "contracted": {
                            "total": "36960.00",
                            "parts": {"bonus_territoire": "25410.00", "fonds_locaux": "11550.00"},
                            "base": "expense",
                        },
                        "in_post": {
                            "total": "36960.00",
                            "parts": {"bonus_territoire": "25410.00", "fonds_locaux": "11550.00"},
                            "base": "expense",
                        },
                    },
                },
            },
            "post-la-rochefoucauld-porte-du-perigord": {
                "convention": "ctg-la-rochefoucauld-porte-du-perigord",
                "pilot_epci": "200068914",
                "contracted_fte": "1.5",
                "active": True,
                "term_in_year": ["2021-01-01", "2021-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "3/2",
                "contracted_fte_years_2dp": "1.50",
                "held_fte_years": "531/365",
                "held_fte_years_2dp": "1.45",
                "coordinators": {
                    "lr-1": {"fte": "1", "days_held": 365},
                    "lr-2": {"fte": "0.5", "days_held": 243},
                    "lr-3": {"fte": "0.5", "days_held": 89},
                },
                "vacant_fte_days": "33/2",
                "vacant_fte_days_2dp": "16.50",
                "expense": "75600.00",
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "36000.00"},
                        "in_post": {"total": "34915.07"},
                    },
                    "cej": {"contracted": {"total": "33829.50"}, "in_post": {"total": "32809.98"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                        },
                        "in_post": {
                            "total": "55864.11",
                            "parts": {"bonus_territoire": "38406.58", "fonds_locaux": "17457.53"},
                        },
                    },
                    "charente-2021/declared": {
                        "contracted": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                            "base": "ceiling",
                        },
                        "in_post": {
                            "total": "55864.11",
                            "parts": {"bonus_territoire": "38406.58", "fonds_locaux": "17457.53"},
                            "base": "ceiling",
                        },
                    },
                },
            },
            "post-4b-sud-charente": {
                "convention": "ctg-4b-sud-charente",
                "pilot_epci": "200029734",
                "contracted_fte": "1",
                "active": True,
                "term_in_year": ["2021-01-01", "2021-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "1",
                "contracted_fte_years_2dp": "1.00",
                "held_fte_years": "1",
                "held_fte_years_2dp": "1.00",
                "coordinators": {"4b-1": {"fte": "1", "days_held": 365}},
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": "49850.00",
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "24000.00"},
                        "in_post": {"total": "24000.00"},
                    },
                    "cej": {"contracted": {"total": "22553.00"}, "in_post": {"total": "22553.00"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                        },
                        "in_post": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                        },
                    },
                    "charente-2021/declared": {
                        "contracted": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                            "base": "ceiling",
                        },
                        "in_post": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                            "base": "ceiling",
                        },
                    },
                },
            },
            "post-lavalette-tude-dronne": {
                "convention": "ctg-lavalette-tude-dronne",
                "pilot_epci": "200070282",
                "contracted_fte": "1.5",
                "active": True,
                "term_in_year": ["2021-01-01", "2021-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "3/2",
                "contracted_fte_years_2dp": "1.50",
                "held_fte_years": "3/2",
                "held_fte_years_2dp": "1.50",
                "coordinators": {
                    "lt-1": {"fte": "1", "days_held": 365},
                    "lt-2": {"fte": "0.5", "days_held": 365},
                },
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": "61500.00",
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "36000.00"},
                        "in_post": {"total": "36000.00"},
                    },
                    "cej": {"contracted": {"total": "33829.50"}, "in_post": {"total": "33829.50"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                        },
                        "in_post": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                        },
                    },
                    "charente-2021/declared": {
                        "contracted": {
                            "total": "49200.00",
                            "parts": {"bonus_territoire": "33825.00", "fonds_locaux": "15375.00"},
                            "base": "expense",
                        },
                        "in_post": {
                            "total": "49200.00",
                            "parts": {"bonus_territoire": "33825.00", "fonds_locaux": "15375.00"},
                            "base": "expense",
                        },
                    },
                },
            },
            "post-val-de-charente": {
                "convention": "ctg-val-de-charente",
                "pilot_epci": "200043016",
                "contracted_fte": "1",
                "active": True,
                "term_in_year": ["2021-01-01", "2021-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "1",
                "contracted_fte_years_2dp": "1.00",
                "held_fte_years": "243/365",
                "held_fte_years_2dp": "0.67",
                "coordinators": {"vc-1": {"fte": "1", "days_held": 243}},
                "vacant_fte_days": "122",
                "vacant_fte_days_2dp": "122.00",
                "expense": "38900.00",
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "24000.00"},
                        "in_post": {"total": "15978.08"},
                    },
                    "cej": {"contracted": {"total": "22553.00"}, "in_post": {"total": "15014.74"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                        },
                        "in_post": {
                            "total": "25564.93",
                            "parts": {"bonus_territoire": "17575.89", "fonds_locaux": "7989.04"},
                        },
                    },
                    "charente-2021/declared": {
                        "contracted": {
                            "total": "31120.00",
                            "parts": {"bonus_territoire": "21395.00", "fonds_locaux": "9725.00"},
                            "base": "expense",
                        },
                        "in_post": {
                            "total": "25564.93",
                            "parts": {"bonus_territoire": "17575.89", "fonds_locaux": "7989.04"},
                            "base": "ceiling",
                        },
                    },
                },
            },
            "post-rouillacais": {
                "convention": "ctg-rouillacais",
                "pilot_epci": "241600303",
                "contracted_fte": "0.75",
                "active": True,
                "term_in_year": ["2021-01-01", "2021-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "3/4",
                "contracted_fte_years_2dp": "0.75",
                "held_fte_years": "3/4",
                "held_fte_years_2dp": "0.75",
                "coordinators": {"ro-1": {"fte": "0.75", "days_held": 365}},
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": "33000.00",
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "18000.00"},
                        "in_post": {"total": "18000.00"},
                    },
                    "cej": {"contracted": {"total": "16914.75"}, "in_post": {"total": "16914.75"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "28800.00",
                            "parts": {"bonus_territoire": "19800.00", "fonds_locaux": "9000.00"},
                        },
                        "in_post": {
                            "total": "28800.00",
                            "parts": {"bonus_territoire": "19800.00", "fonds_locaux": "9000.00"},
                        },
                    },
                    "charente-2021/declared": {
                        "contracted": {
                            "total": "26400.00",
                            "parts": {"bonus_territoire": "18150.00", "fonds_locaux": "8250.00"},
                            "base": "expense",
                        },
                        "in_post": {
                            "total": "26400.00",
                            "parts": {"bonus_territoire": "18150.00", "fonds_locaux": "8250.00"},
                            "base": "expense",
                        },
                    },
                },
            },
        },
        "totals": {
            "national-2020": {
                "contracted": {
                    "total": "354000.00",
                    "parts": {},
                    "financed": 9,
                    "missing": [],
                    "inactive": [],
                    "fte_years": "59/4",
                    "fte_years_2dp": "14.75",
                },
                "in_post": {
                    "total": "320893.15",
                    "parts": {},
                    "financed": 9,
                    "missing": [],
                    "inactive": [],
                    "fte_years": "19521/1460",
                    "fte_years_2dp": "13.37",
                },
            },
            "cej": {
                "contracted": {
                    "total": "332656.75",
                    "parts": {},
                    "financed": 9,
                    "missing": [],
                    "inactive": [],
                    "fte_years": "59/4",
                    "fte_years_2dp": "14.75",
                },
                "in_post": {
                    "total": "301545.97",
                    "parts": {},
                    "financed": 9,
                    "missing": [],
                    "inactive": [],
                    "fte_years": "19521/1460",
                    "fte_years_2dp": "13.37",
                },
            },
            "charente-2021/at_ceiling": {
                "contracted": {
                    "total": "566400.00",
                    "parts": {"bonus_territoire": "389400.00", "fonds_locaux": "177000.00"},
                    "financed": 9,
                    "missing": [],
                    "inactive": [],
                    "fte_years": "59/4",
                    "fte_years_2dp": "14.75",
                },
                "in_post": {
                    "total": "513429.04",
                    "parts": {"bonus_territoire": "352982.47", "fonds_locaux": "160446.57"},
                    "financed": 9,
                    "missing": [],
                    "inactive": [],
                    "fte_years": "19521/1460",
                    "fte_years_2dp": "13.37",
                },
            },
            "charente-2021/declared": {
                "contracted": {
                    "total": "534280.00",
                    "parts": {"bonus_territoire": "367317.50", "fonds_locaux": "166962.50"},
                    "financed": 9,
                    "missing": [],
                    "inactive": [],
                    "fte_years": "59/4",
                    "fte_years_2dp": "14.75",
                },
                "in_post": {
                    "total": "488589.04",
                    "parts": {"bonus_territoire": "335904.97", "fonds_locaux": "152684.07"},
                    "financed": 9,
                    "missing": [],
                    "inactive": [],
                    "fte_years": "19521/1460",
                    "fte_years_2dp": "13.37",
                },
            },
        },
        "gain_cej_to_national": {
            "contracted": {
                "from": "332656.75",
                "to": "354000.00",
                "total": "21343.25",
                "fte_years": "59/4",
                "per_fte_year": "1447.00",
            },
            "in_post": {
                "from": "301545.97",
                "to": "320893.15",
                "total": "19347.18",
                "fte_years": "19521/1460",
                "per_fte_year": "1447.00",
            },
        },
    },
    2022: {
        "year": 2022,
        "days_in_year": 365,
        "term_last_day": {
            "ctg-grand-angouleme": "2023-12-31",
            "ctg-grand-cognac": "2023-12-31",
            "ctg-charente-limousine": "2023-03-31",
            "ctg-coeur-de-charente": "2022-12-31",
            "ctg-la-rochefoucauld-porte-du-perigord": "2024-06-30",
            "ctg-4b-sud-charente": "2023-12-31",
            "ctg-lavalette-tude-dronne": "2024-08-31",
            "ctg-val-de-charente": "2023-12-31",
            "ctg-rouillacais": "2022-12-31",
        },
        "amendments_applied": {
            "ctg-grand-angouleme": ["avenant-1"],
            "ctg-grand-cognac": [],
            "ctg-charente-limousine": [],
            "ctg-coeur-de-charente": [],
            "ctg-la-rochefoucauld-porte-du-perigord": [],
            "ctg-4b-sud-charente": ["avenant-2"],
            "ctg-lavalette-tude-dronne": [],
            "ctg-val-de-charente": [],
            "ctg-rouillacais": [],
        },
        "posts": {
            "post-grand-angouleme": {
                "convention": "ctg-grand-angouleme",
                "pilot_epci": "200071827",
                "contracted_fte": "2.5",
                "active": True,
                "term_in_year": ["2022-01-01", "2022-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "5/2",
                "contracted_fte_years_2dp": "2.50",
                "held_fte_years": "5/2",
                "held_fte_years_2dp": "2.50",
                "coordinators": {
                    "ga-1": {"fte": "1", "days_held": 365},
                    "ga-2": {"fte": "1", "days_held": 365},
                    "ga-3": {"fte": "0.5", "days_held": 365},
                },
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": "121250.00",
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "60000.00"},
                        "in_post": {"total": "60000.00"},
                    },
                    "cej": {"contracted": {"total": "56382.50"}, "in_post": {"total": "56382.50"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "96000.00",
                            "parts": {"bonus_territoire": "66000.00", "fonds_locaux": "30000.00"},
                        },
                        "in_post": {
                            "total": "96000.00",
                            "parts": {"bonus_territoire": "66000.00", "fonds_locaux": "30000.00"},
                        },
                    },
                    "charente-2021/declared": {
                        "contracted": {
                            "total": "96000.00",
                            "parts": {"bonus_territoire": "66000.00", "fonds_locaux": "30000.00"},
                            "base": "ceiling",
                        },
                        "in_post": {
                            "total": "96000.00",
                            "parts": {"bonus_territoire": "66000.00", "fonds_locaux": "30000.00"},
                            "base": "ceiling",
                        },
                    },
                },
            },
            "post-grand-cognac": {
                "convention": "ctg-grand-cognac",
                "pilot_epci": "200070514",
                "contracted_fte": "4",
                "active": True,
                "term_in_year": ["2022-01-01", "2022-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "4",
                "contracted_fte_years_2dp": "4.00",
                "held_fte_years": "3",
                "held_fte_years_2dp": "3.00",
                "coordinators": {
                    "gc-1": {"fte": "1", "days_held": 365},
                    "gc-2": {"fte": "1", "days_held": 365},
                    "gc-3": {"fte": "1", "days_held": 365},
                },
                "vacant_fte_days": "365",
                "vacant_fte_days_2dp": "365.00",
                "expense": "210400.00",
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "96000.00"},
                        "in_post": {"total": "72000.00"},
                    },
                    "cej": {"contracted": {"total": "90212.00"}, "in_post": {"total": "67659.00"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "153600.00",
                            "parts": {"bonus_territoire": "105600.00", "fonds_locaux": "48000.00"},
                        },
                        "in_post": {
                            "total": "115200.00",
                            "parts": {"bonus_territoire": "79200.00", "fonds_locaux": "36000.00"},
                        },
                    },
                    "charente-2021/declared": {
                        "contracted": {
                            "total": "153600.00",
                            "parts": {"bonus_territoire": "105600.00", "fonds_locaux": "48000.00"},
                            "base": "ceiling",
                        },
                        "in_post": {
                            "total": "115200.00",
                            "parts": {"bonus_territoire": "79200.00", "fonds_locaux": "36000.00"},
                            "base": "ceiling",
                        },
                    },
                },
            },
            "post-charente-limousine": {
                "convention": "ctg-charente-limousine",
                "pilot_epci": "200072049",
                "contracted_fte": "1.5",
                "active": True,
                "term_in_year": ["2022-01-01", "2022-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "3/2",
                "contracted_fte_years_2dp": "1.50",
                "held_fte_years": "3/2",
                "held_fte_years_2dp": "1.50",
                "coordinators": {
                    "cl-1": {"fte": "1", "days_held": 365},
                    "cl-2": {"fte": "0.5", "days_held": 365},
                },
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": None,
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "36000.00"},
                        "in_post": {"total": "36000.00"},
                    },
                    "cej": {"contracted": {"total": "33829.50"}, "in_post": {"total": "33829.50"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                        },
                        "in_post": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                        },
                    },
                    "charente-2021/declared": {"contracted": None, "in_post": None},
                },
            },
            "post-coeur-de-charente": {
                "convention": "ctg-coeur-de-charente",
                "pilot_epci": "200072023",
                "contracted_fte": "1",
                "active": True,
                "term_in_year": ["2022-01-01", "2022-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "1",
                "contracted_fte_years_2dp": "1.00",
                "held_fte_years": "1",
                "held_fte_years_2dp": "1.00",
                "coordinators": {"cc-1": {"fte": "1", "days_held": 365}},
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": None,
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "24000.00"},
                        "in_post": {"total": "24000.00"},
                    },
                    "cej": {"contracted": {"total": "22553.00"}, "in_post": {"total": "22553.00"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                        },
                        "in_post": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                        },
                    },
                    "charente-2021/declared": {"contracted": None, "in_post": None},
                },
            },
            "post-la-rochefoucauld-porte-du-perigord": {
                "convention": "ctg-la-rochefoucauld-porte-du-perigord",
                "pilot_epci": "200068914",
                "contracted_fte": "1.5",
                "active": True,
                "term_in_year": ["2022-01-01", "2022-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "3/2",
                "contracted_fte_years_2dp": "1.50",
                "held_fte_years": "3/2",
                "held_fte_years_2dp": "1.50",
                "coordinators": {
                    "lr-1": {"fte": "1", "days_held": 365},
                    "lr-2": {"fte": "0.5", "days_held": 0},
                    "lr-3": {"fte": "0.5", "days_held": 365},
                },
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": "77100.00",
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "36000.00"},
                        "in_post": {"total": "36000.00"},
                    },
                    "cej": {"contracted": {"total": "33829.50"}, "in_post": {"total": "33829.50"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                        },
                        "in_post": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                        },
                    },
                    "charente-2021/declared": {
                        "contracted": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                            "base": "ceiling",
                        },
                        "in_post": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                            "base": "ceiling",
                        },
                    },
                },
            },
            "post-4b-sud-charente": {
                "convention": "ctg-4b-sud-charente",
                "pilot_epci": "200029734",
                "contracted_fte": "1",
                "active": True,
                "term_in_year": ["2022-01-01", "2022-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "1",
                "contracted_fte_years_2dp": "1.00",
                "held_fte_years": "1",
                "held_fte_years_2dp": "1.00",
                "coordinators": {"4b-1": {"fte": "1", "days_held": 365}},
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": None,
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "24000.00"},
                        "in_post": {"total": "24000.00"},
                    },
                    "cej": {"contracted": {"total": "22553.00"}, "in_post": {"total": "22553.00"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                        },
                        "in_post": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                        },
                    },
                    "charente-2021/declared": {"contracted": None, "in_post": None},
                },
            },
            "post-lavalette-tude-dronne": {
                "convention": "ctg-lavalette-tude-dronne",
                "pilot_epci": "200070282",
                "contracted_fte": "1.5",
                "active": True,
                "term_in_year": ["2022-01-01", "2022-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "3/2",
                "contracted_fte_years_2dp": "1.50",
                "held_fte_years": "3/2",
                "held_fte_years_2dp": "1.50",
                "coordinators": {
                    "lt-1": {"fte": "1", "days_held": 365},
                    "lt-2": {"fte": "0.5", "days_held": 365},
                },
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": None,
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "36000.00"},
                        "in_post": {"total": "36000.00"},
                    },
                    "cej": {"contracted": {"total": "33829.50"}, "in_post": {"total": "33829.50"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                        },
                        "in_post": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                        },
                    },
                    "charente-2021/declared": {"contracted": None, "in_post": None},
                },
            },
            "post-val-de-charente": {
                "convention": "ctg-val-de-charente",
                "pilot_epci": "200043016",
                "contracted_fte": "1",
                "active": True,
                "term_in_year": ["2022-01-01", "2022-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "1",
                "contracted_fte_years_2dp": "1.00",
                "held_fte_years": "1",
                "held_fte_years_2dp": "1.00",
                "coordinators": {"vc-1": {"fte": "1", "days_held": 365}},
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": None,
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "24000.00"},
                        "in_post": {"total": "24000.00"},
                    },
                    "cej": {"contracted": {"total": "22553.00"}, "in_post": {"total": "22553.00"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                        },
                        "in_post": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                        },
                    },
                    "charente-2021/declared": {"contracted": None, "in_post": None},
                },
            },
            "post-rouillacais": {
                "convention": "ctg-rouillacais",
                "pilot_epci": "241600303",
                "contracted_fte": "0.75",
                "active": True,
                "term_in_year": ["2022-01-01", "2022-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "3/4",
                "contracted_fte_years_2dp": "0.75",
                "held_fte_years": "3/4",
                "held_fte_years_2dp": "0.75",
                "coordinators": {"ro-1": {"fte": "0.75", "days_held": 365}},
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": "36450.00",
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "18000.00"},
                        "in_post": {"total": "18000.00"},
                    },
                    "cej": {"contracted": {"total": "16914.75"}, "in_post": {"total": "16914.75"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "28800.00",
                            "parts": {"bonus_territoire": "19800.00", "fonds_locaux": "9000.00"},
                        },
                        "in_post": {
                            "total": "28800.00",
                            "parts": {"bonus_territoire": "19800.00", "fonds_locaux": "9000.00"},
                        },
                    },
                    "charente-2021/declared": {
                        "contracted": {
                            "total": "28800.00",
                            "parts": {"bonus_territoire": "19800.00", "fonds_locaux": "9000.00"},
                            "base": "ceiling",
                        },
                        "in_post": {
                            "total": "28800.00",
                            "parts": {"bonus_territoire": "19800.00", "fonds_locaux": "9000.00"},
                            "base": "ceiling",
                        },
                    },
                },
            },
        },
        "totals": {
            "national-2020": {
                "contracted": {
                    "total": "354000.00",
                    "parts": {},
                    "financed": 9,
                    "missing": [],
                    "inactive": [],
                    "fte_years": "59/4",
                    "fte_years_2dp": "14.75",
                },
                "in_post": {
                    "total": "330000.00",
                    "parts": {},
                    "financed": 9,
                    "missing": [],
                    "inactive": [],
                    "fte_years": "55/4",
                    "fte_years_2dp": "13.75",
                },
            },
            "cej": {
                "contracted": {
                    "total": "332656.75",
                    "parts": {},
                    "financed": 9,
                    "missing": [],
                    "inactive": [],
                    "fte_years": "59/4",
                    "fte_years_2dp": "14.75",
                },
                "in_post": {
                    "total": "310103.75",
                    "parts": {},
                    "financed": 9,
                    "missing": [],
                    "inactive": [],
                    "fte_years": "55/4",
                    "fte_years_2dp": "13.75",
                },
            },
            "charente-2021/at_ceiling": {
                "contracted": {
                    "total": "566400.00",
                    "parts": {"bonus_territoire": "389400.00", "fonds_locaux": "177000.00"},
                    "financed": 9,
                    "missing": [],
                    "inactive": [],
                    "fte_years": "59/4",
                    "fte_years_2dp": "14.75",
                },
                "in_post": {
                    "total": "528000.00",
                    "parts": {"bonus_territoire": "363000.00", "fonds_locaux": "165000.00"},
                    "financed": 9,
                    "missing": [],
                    "inactive": [],
                    "fte_years": "55/4",
                    "fte_years_2dp": "13.75",
                },
            },
            "charente-2021/declared": {
                "contracted": {
                    "total": "336000.00",
                    "parts": {"bonus_territoire": "231000.00", "fonds_locaux": "105000.00"},
                    "financed": 4,
                    "missing": [
                        "post-charente-limousine",
                        "post-coeur-de-charente",
                        "post-4b-sud-charente",
                        "post-lavalette-tude-dronne",
                        "post-val-de-charente",
                    ],
                    "inactive": [],
                    "fte_years": "35/4",
                    "fte_years_2dp": "8.75",
                },
                "in_post": {
                    "total": "297600.00",
                    "parts": {"bonus_territoire": "204600.00", "fonds_locaux": "93000.00"},
                    "financed": 4,
                    "missing": [
                        "post-charente-limousine",
                        "post-coeur-de-charente",
                        "post-4b-sud-charente",
                        "post-lavalette-tude-dronne",
                        "post-val-de-charente",
                    ],
                    "inactive": [],
                    "fte_years": "31/4",
                    "fte_years_2dp": "7.75",
                },
            },
        },
        "gain_cej_to_national": {
            "contracted": {
                "from": "332656.75",
                "to": "354000.00",
                "total": "21343.25",
                "fte_years": "59/4",
                "per_fte_year": "1447.00",
            },
            "in_post": {
                "from": "310103.75",
                "to": "330000.00",
                "total": "19896.25",
                "fte_years": "55/4",
                "per_fte_year": "1447.00",
            },
        },
    },
    2023: {
        "year": 2023,
        "days_in_year": 365,
        "term_last_day": {
            "ctg-grand-angouleme": "2023-12-31",
            "ctg-grand-cognac": "2023-12-31",
            "ctg-charente-limousine": "2023-03-31",
            "ctg-coeur-de-charente": "2022-12-31",
            "ctg-la-rochefoucauld-porte-du-perigord": "2024-06-30",
            "ctg-4b-sud-charente": "2023-12-31",
            "ctg-lavalette-tude-dronne": "2024-08-31",
            "ctg-val-de-charente": "2025-06-30",
            "ctg-rouillacais": "2022-12-31",
        },
        "amendments_applied": {
            "ctg-grand-angouleme": ["avenant-1"],
            "ctg-grand-cognac": [],
            "ctg-charente-limousine": [],
            "ctg-coeur-de-charente": [],
            "ctg-la-rochefoucauld-porte-du-perigord": [],
            "ctg-4b-sud-charente": ["avenant-2"],
            "ctg-lavalette-tude-dronne": [],
            "ctg-val-de-charente": ["avenant-1"],
            "ctg-rouillacais": [],
        },
        "posts": {
            "post-grand-angouleme": {
                "convention": "ctg-grand-angouleme",
                "pilot_epci": "200071827",
                "contracted_fte": "2.5",
                "active": True,
                "term_in_year": ["2023-01-01", "2023-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "5/2",
                "contracted_fte_years_2dp": "2.50",
                "held_fte_years": "5/2",
                "held_fte_years_2dp": "2.50",
                "coordinators": {
                    "ga-1": {"fte": "1", "days_held": 365},
                    "ga-2": {"fte": "1", "days_held": 365},
                    "ga-3": {"fte": "0.5", "days_held": 365},
                },
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": None,
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "60000.00"},
                        "in_post": {"total": "60000.00"},
                    },
                    "cej": {"contracted": {"total": "56382.50"}, "in_post": {"total": "56382.50"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "96000.00",
                            "parts": {"bonus_territoire": "66000.00", "fonds_locaux": "30000.00"},
                        },
                        "in_post": {
                            "total": "96000.00",
                            "parts": {"bonus_territoire": "66000.00", "fonds_locaux": "30000.00"},
                        },
                    },
                    "charente-2021/declared": {"contracted": None, "in_post": None},
                },
            },
            "post-grand-cognac": {
                "convention": "ctg-grand-cognac",
                "pilot_epci": "200070514",
                "contracted_fte": "4",
                "active": True,
                "term_in_year": ["2023-01-01", "2023-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "4",
                "contracted_fte_years_2dp": "4.00",
                "held_fte_years": "3",
                "held_fte_years_2dp": "3.00",
                "coordinators": {
                    "gc-1": {"fte": "1", "days_held": 365},
                    "gc-2": {"fte": "1", "days_held": 365},
                    "gc-3": {"fte": "1", "days_held": 365},
                },
                "vacant_fte_days": "365",
                "vacant_fte_days_2dp": "365.00",
                "expense": None,
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "96000.00"},
                        "in_post": {"total": "72000.00"},
                    },
                    "cej": {"contracted": {"total": "90212.00"}, "in_post": {"total": "67659.00"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "153600.00",
                            "parts": {"bonus_territoire": "105600.00", "fonds_locaux": "48000.00"},
                        },
                        "in_post": {
                            "total": "115200.00",
                            "parts": {"bonus_territoire": "79200.00", "fonds_locaux": "36000.00"},
                        },
                    },
                    "charente-2021/declared": {"contracted": None, "in_post": None},
                },
            },
            "post-charente-limousine": {
                "convention": "ctg-charente-limousine",
                "pilot_epci": "200072049",
                "contracted_fte": "1.5",
                "active": True,
                "term_in_year": ["2023-01-01", "2023-03-31"],
                "term_days": 90,
                "prorata": "90/365",
                "contracted_fte_years": "27/73",
                "contracted_fte_years_2dp": "0.37",
                "held_fte_years": "27/73",
                "held_fte_years_2dp": "0.37",
                "coordinators": {
                    "cl-1": {"fte": "1", "days_held": 90},
                    "cl-2": {"fte": "0.5", "days_held": 90},
                },
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": None,
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "8876.71"},
                        "in_post": {"total": "8876.71"},
                    },
                    "cej": {"contracted": {"total": "8341.52"}, "in_post": {"total": "8341.52"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "14202.74",
                            "parts": {"bonus_territoire": "9764.38", "fonds_locaux": "4438.36"},
                        },
                        "in_post": {
                            "total": "14202.74",
                            "parts": {"bonus_territoire": "9764.38", "fonds_locaux": "4438.36"},
                        },
                    },
                    "charente-2021/declared": {"contracted": None, "in_post": None},
                },
            },
            "post-coeur-de-charente": {
                "convention": "ctg-coeur-de-charente",
                "pilot_epci": "200072023",
                "contracted_fte": "1",
                "active": False,
                "term_in_year": None,
                "term_days": 0,
                "prorata": "0/365",
            },
            "post-la-rochefoucauld-porte-du-perigord": {
                "convention": "ctg-la-rochefoucauld-porte-du-perigord",
                "pilot_epci": "200068914",
                "contracted_fte": "1.5",
                "active": True,
                "term_in_year": ["2023-01-01", "2023-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "3/2",
                "contracted_fte_years_2dp": "1.50",
                "held_fte_years": "3/2",
                "held_fte_years_2dp": "1.50",
                "coordinators": {
                    "lr-1": {"fte": "1", "days_held": 365},
                    "lr-2": {"fte": "0.5", "days_held": 0},
                    "lr-3": {"fte": "0.5", "days_held": 365},
                },
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": None,
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "36000.00"},
                        "in_post": {"total": "36000.00"},
                    },
                    "cej": {"contracted": {"total": "33829.50"}, "in_post": {"total": "33829.50"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                        },
                        "in_post": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                        },
                    },
                    "charente-2021/declared": {"contracted": None, "in_post": None},
                },
            },
            "post-4b-sud-charente": {
                "convention": "ctg-4b-sud-charente",
                "pilot_epci": "200029734",
                "contracted_fte": "1",
                "active": True,
                "term_in_year": ["2023-01-01", "2023-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "1",
                "contracted_fte_years_2dp": "1.00",
                "held_fte_years": "1",
                "held_fte_years_2dp": "1.00",
                "coordinators": {"4b-1": {"fte": "1", "days_held": 365}},
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": None,
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "24000.00"},
                        "in_post": {"total": "24000.00"},
                    },
                    "cej": {"contracted": {"total": "22553.00"}, "in_post": {"total": "22553.00"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                        },
                        "in_post": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                        },
                    },
                    "charente-2021/declared": {"contracted": None, "in_post": None},
                },
            },
            "post-lavalette-tude-dronne": {
                "convention": "ctg-lavalette-tude-dronne",
                "pilot_epci": "200070282",
                "contracted_fte": "1.5",
                "active": True,
                "term_in_year": ["2023-01-01", "2023-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "3/2",
                "contracted_fte_years_2dp": "1.50",
                "held_fte_years": "3/2",
                "held_fte_years_2dp": "1.50",
                "coordinators": {
                    "lt-1": {"fte": "1", "days_held": 365},
                    "lt-2": {"fte": "0.5", "days_held": 365},
                },
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": None,
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "36000.00"},
                        "in_post": {"total": "36000.00"},
                    },
                    "cej": {"contracted": {"total": "33829.50"}, "in_post": {"total": "33829.50"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                        },
                        "in_post": {
                            "total": "57600.00",
                            "parts": {"bonus_territoire": "39600.00", "fonds_locaux": "18000.00"},
                        },
                    },
                    "charente-2021/declared": {"contracted": None, "in_post": None},
                },
            },
            "post-val-de-charente": {
                "convention": "ctg-val-de-charente",
                "pilot_epci": "200043016",
                "contracted_fte": "1",
                "active": True,
                "term_in_year": ["2023-01-01", "2023-12-31"],
                "term_days": 365,
                "prorata": "365/365",
                "contracted_fte_years": "1",
                "contracted_fte_years_2dp": "1.00",
                "held_fte_years": "1",
                "held_fte_years_2dp": "1.00",
                "coordinators": {"vc-1": {"fte": "1", "days_held": 365}},
                "vacant_fte_days": "0",
                "vacant_fte_days_2dp": "0.00",
                "expense": None,
                "aid": {
                    "national-2020": {
                        "contracted": {"total": "24000.00"},
                        "in_post": {"total": "24000.00"},
                    },
                    "cej": {"contracted": {"total": "22553.00"}, "in_post": {"total": "22553.00"}},
                    "charente-2021/at_ceiling": {
                        "contracted": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                        },
                        "in_post": {
                            "total": "38400.00",
                            "parts": {"bonus_territoire": "26400.00", "fonds_locaux": "12000.00"},
                        },
                    },
                    "charente-2021/declared": {"contracted": None, "in_post": None},
                },
            },
            "post-rouillacais": {
                "convention": "ctg-rouillacais",
                "pilot_epci": "241600303",
                "contracted_fte": "0.75",
                "active": False,
                "term_in_year": None,
                "term_days": 0,
                "prorata": "0/365",
            },
        },
        "totals": {
            "national-2020": {
                "contracted": {
                    "total": "284876.71",
                    "parts": {},
                    "financed": 7,
                    "missing": [],
                    "inactive": ["post-coeur-de-charente", "post-rouillacais"],
                    "fte_years": "1733/146",
                    "fte_years_2dp": "11.87",
                },
                "in_post": {
                    "total": "260876.71",
                    "parts": {},
                    "financed": 7,
                    "missing": [],
                    "inactive": ["post-coeur-de-charente", "post-rouillacais"],
                    "fte_years": "1587/146",
                    "fte_years_2dp": "10.87",
                },
            },
            "cej": {
                "contracted": {
                    "total": "267701.02",
                    "parts": {},
                    "financed": 7,
                    "missing": [],
                    "inactive": ["post-coeur-de-charente", "post-rouillacais"],
                    "fte_years": "1733/146",
                    "fte_years_2dp": "11.87",
                },
                "in_post": {
                    "total": "245148.02",
                    "parts": {},
                    "financed": 7,
                    "missing": [],
                    "inactive": ["post-coeur-de-charente", "post-rouillacais"],
                    "fte_years": "1587/146",
                    "fte_years_2dp": "10.87",
                },
            },
            "charente-2021/at_ceiling": {
                "contracted": {
                    "total": "455802.74",
                    "parts": {"bonus_territoire": "313364.38", "fonds_locaux": "142438.36"},
                    "financed": 7,
                    "missing": [],
                    "inactive": ["post-coeur-de-charente", "post-rouillacais"],
                    "fte_years": "1733/146",
                    "fte_years_2dp": "11.87",
                },
                "in_post": {
                    "total": "417402.74",
                    "parts": {"bonus_territoire": "286964.38", "fonds_locaux": "130438.36"},
                    "financed": 7,
                    "missing": [],
                    "inactive": ["post-coeur-de-charente", "post-rouillacais"],
                    "fte_years": "1587/146",
                    "fte_years_2dp": "10.87",
                },
            },
            "charente-2021/declared": {
                "contracted": {
                    "total": "0.00",
                    "parts": {"bonus_territoire": "0.00", "fonds_locaux": "0.00"},
                    "financed": 0,
                    "missing": [
                        "post-grand-angouleme",
                        "post-grand-cognac",
                        "post-charente-limousine",
                        "post-la-rochefoucauld-porte-du-perigord",
                        "post-4b-sud-charente",
                        "post-lavalette-tude-dronne",
                        "post-val-de-charente",
                    ],
                    "inactive": ["post-coeur-de-charente", "post-rouillacais"],
                    "fte_years": "0",
                    "fte_years_2dp": "0.00",
                },
                "in_post": {
                    "total": "0.00",
                    "parts": {"bonus_territoire": "0.00", "fonds_locaux": "0.00"},
                    "financed": 0,
                    "missing": [
                        "post-grand-angouleme",
                        "post-grand-cognac",
                        "post-charente-limousine",
                        "post-la-rochefoucauld-porte-du-perigord",
                        "post-4b-sud-charente",
                        "post-lavalette-tude-dronne",
                        "post-val-de-charente",
                    ],
                    "inactive": ["post-coeur-de-charente", "post-rouillacais"],
                    "fte_years": "0",
                    "fte_years_2dp": "0.00",
                },
            },
        },
        "gain_cej_to_national": {
            "contracted": {
                "from": "267701.02",
                "to": "284876.71",
                "total": "17175.69",
                "fte_years": "1733/146",
                "per_fte_year": "1447.00",
            },
            "in_post": {
                "from": "245148.02",
                "to": "260876.71",
                "total": "15728.69",
                "fte_years": "1587/146",
                "per_fte_year": "1447.00",
            },
        },
    },
}
