# SPDX-License-Identifier: MIT
"""Independent reference computation of ``golden_charente_dated.GOLDEN`` and ``GOLDEN_YEAR``.

Standard library only (json, fractions, datetime); does NOT import ctg. It reads the dataset
``src/data/datasets/charente-2021.json`` and applies, by hand-written rules, the financing "on
the ETP held" with every amount rounded once:

- dated view on D: a convention's term = start → its own last day, replaced by the ``new_end``
  of each amendment signed on or before D (in order of ``signed_on``; an amendment without
  ``new_end`` changes nothing); financing year = calendar year of D; every end date in the
  dataset is the LAST DAY INCLUDED; a coordinator without ``end`` is still in post;
- coordinators on D (date form, ``GOLDEN``): only those known on D: ``start`` <= D; an ``end``
  on or after D is not yet known, the coordinator counts as still in post; an ``end`` before D
  counts as written;
- year form on Y (``GOLDEN_YEAR``): terms as known on 31 December Y, every coordinator as
  written;
- contracted ETP-years = contracted_fte × days(term ∩ year) / days(year);
- held ETP-years = Σ coordinators fte × days(coordinator period ∩ term ∩ year) / days(year);
- financed ETP-years = held (``in_post``) or contracted (``contracted``);
- national-2020 = round(24,000 × financed); cej = round(22,553 × financed);
- charente-2021: ceiling_exact = 48,000 × financed (NOT rounded); at_ceiling: round(80 % ×
  ceiling_exact); declared: round(80 % × min(expense, ceiling_exact)), no expense = missing;
  parts 55 / 25 by largest remainder on the rounded aid in cents, ties to the first part;
- rounding to the cent, half away from zero, once at the end of each chain; totals are exact
  sums of the rounded post amounts; per ETP-year = delta / Σ financed ETP-years, rounded once.

Usage (from the repository root)::

    python3 bindings/python/tests/reference/charente_dated_reference.py          # print both
    python3 bindings/python/tests/reference/charente_dated_reference.py --check  # == module?
    python3 bindings/python/tests/reference/charente_dated_reference.py --notes  # data notes

``--check`` compares the dicts with ``GOLDEN`` and ``GOLDEN_YEAR`` of
``bindings/python/tests/golden_charente_dated.py`` (read with runpy; that module imports nothing
from ctg either).
"""

from __future__ import annotations

import json
import pprint
import runpy
import sys
from datetime import date, timedelta
from fractions import Fraction as F
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
DATASET = ROOT / "src" / "data" / "datasets" / "charente-2021.json"
GOLDEN_MODULE = HERE.parent / "golden_charente_dated.py"

DATES = ("2021-06-30", "2022-06-30", "2023-06-30")
YEARS = (2021, 2022, 2023)
FTE_BASES = ("contracted", "in_post")
RULES = ("national-2020", "cej", "charente-2021/at_ceiling", "charente-2021/declared")
FLAT = {"national-2020": F(24000), "cej": F(22553)}
CEILING_PER_FTE = F(48000)
CHARENTE_RATE = F(80, 100)
CHARENTE_PARTS = (("bonus_territoire", 55), ("fonds_locaux", 25))
ONE_DAY = timedelta(days=1)


# --- arithmetic -------------------------------------------------------------------------------
def round_half_away(x: F, scale: int = 100) -> F:
    """x rounded to 1/scale, half away from zero."""
    n = x * scale
    q, r = divmod(abs(n.numerator), n.denominator)
    if 2 * r >= n.denominator:
        q += 1
    return F(q if n >= 0 else -q, scale)


def dec(x: F, dp: int = 2) -> str:
    """x rounded half away from zero to dp decimals, as a plain string ("1234.56")."""
    n = round_half_away(x, 10**dp) * 10**dp
    assert n.denominator == 1
    i = int(n)
    sign = "-" if i < 0 else ""
    i = abs(i)
    return f"{sign}{i // 10**dp}.{i % 10**dp:0{dp}d}"


def frac(x: F) -> str:
    """Reduced fraction "p/q" (or "p" when whole)."""
    return str(x)


def split(aid: F, weights: list[int]) -> list[F]:
    """Largest remainder split of a rounded amount (in cents); ties go to the earlier part."""
    t = aid * 100
    assert t.denominator == 1 and t >= 0
    t = int(t)
    total_w = sum(weights)
    q = [t * w // total_w for w in weights]
    rem = [t * w % total_w for w in weights]
    for i in sorted(range(len(weights)), key=lambda i: (-rem[i], i))[: t - sum(q)]:
        q[i] += 1
    assert sum(q) == t
    return [F(v, 100) for v in q]


def money(text: str) -> F:
    """Parse an amount written "75000.00" or, French style, "12 500,00 €"."""
    s = text.replace("€", "").replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    return F(s.replace(",", "."))


def iso(d: date) -> str:
    return d.isoformat()


def overlap_days(a0: date, a1: date, b0: date, b1: date) -> int:
    """Days of [a0, a1] ∩ [b0, b1], both closed (last day included)."""
    lo, hi = max(a0, b0), min(a1, b1)
    return max(0, (hi - lo).days + 1)


# --- the dataset ------------------------------------------------------------------------------
def load(path: Path = DATASET) -> dict:
    with path.open(encoding="utf-8") as f:
        return json.load(f)


def term_known_on(conv: dict, on: date) -> tuple[date, date, list[str]]:
    """(start, last day, amendments applied) of a convention as known on `on`."""
    start = date.fromisoformat(conv["term"]["start"])
    last = date.fromisoformat(conv["term"]["end"])
    applied = []
    for a in sorted(conv.get("amendments", []), key=lambda a: a["signed_on"]):
        if date.fromisoformat(a["signed_on"]) <= on and a.get("new_end"):
            last = date.fromisoformat(a["new_end"])
            applied.append(a["id"])
    return start, last, applied


def financing(rule: str, financed: F, expense: F | None) -> dict | None:
    """Aid of one post under one rule; None when the declared basis lacks the expense."""
    if rule in FLAT:
        return {"total": dec(round_half_away(FLAT[rule] * financed))}
    ceiling_exact = CEILING_PER_FTE * financed  # not rounded
    if rule.endswith("/at_ceiling"):
        base = ceiling_exact
    else:
        if expense is None:
            return None
        base = min(expense, ceiling_exact)
    aid = round_half_away(CHARENTE_RATE * base)
    parts = split(aid, [w for _, w in CHARENTE_PARTS])
    out = {
        "total": dec(aid),
        "parts": {name: dec(p) for (name, _), p in zip(CHARENTE_PARTS, parts, strict=True)},
    }
    if rule.endswith("/declared"):
        # which side of min(expense, ceiling_exact) was taken
        out["base"] = "expense" if expense <= ceiling_exact else "ceiling"
    return out


def coordinators_known_on(coords: list[dict], on: date | None) -> list[tuple[dict, date, date]]:
    """(coordinator, first day, last day) of the coordinators counted.

    on = None (year form): every coordinator as written, no ``end`` = still in post.
    on = D (date form): only those whose ``start`` <= D; an ``end`` on or after D is not yet
    known on D, so the coordinator counts as still in post; an ``end`` before D counts as written.
    """
    out = []
    for c in coords:
        c0 = date.fromisoformat(c["start"])
        c1 = date.fromisoformat(c["end"]) if c.get("end") else date.max
        if on is not None:
            if c0 > on:
                continue
            if c1 >= on:
                c1 = date.max
        out.append((c, c0, c1))
    return out


def compute_date(ds: dict, on_text: str) -> dict:
    """Date form: financing of the calendar year of D, terms and coordinators known on D."""
    on = date.fromisoformat(on_text)
    return compute_view(ds, on.year, on, on)


def compute_year(ds: dict, year: int) -> dict:
    """Year form: financing of `year` as known on 31 December, every coordinator as written."""
    return compute_view(ds, year, date(year, 12, 31), None)


def compute_view(ds: dict, year: int, terms_on: date, coordinators_on: date | None) -> dict:
    y0, y1 = date(year, 1, 1), date(year, 12, 31)
    days_year = (y1 - y0).days + 1
    convs = {c["id"]: c for c in ds["conventions"]}
    terms = {cid: term_known_on(c, terms_on) for cid, c in convs.items()}

    out: dict = {
        "year": year,
        "days_in_year": days_year,
        "term_last_day": {cid: iso(t[1]) for cid, t in terms.items()},
        "amendments_applied": {cid: t[2] for cid, t in terms.items()},
        "posts": {},
    }
    # per post
    fte_years: dict[str, dict[str, F]] = {}
    amounts: dict[str, dict[str, dict[str, dict | None]]] = {}
    active_posts = []
    for p in ds["posts"]:
        pid = p["id"]
        start, last, _ = terms[p["convention"]]
        t0, t1 = max(start, y0), min(last, y1)
        active = t0 <= t1
        contracted_fte = F(p["contracted_fte"])
        expenses = {e["year"]: money(e["amount"]) for e in p.get("expenses", [])}
        expense = expenses.get(year)
        row: dict = {
            "convention": p["convention"],
            "pilot_epci": p["pilot_epci"],
            "contracted_fte": p["contracted_fte"],
            "active": active,
        }
        if not active:
            row.update(term_in_year=None, term_days=0, prorata=f"0/{days_year}")
            out["posts"][pid] = row
            continue
        active_posts.append(pid)
        term_days = (t1 - t0).days + 1
        contracted = contracted_fte * F(term_days, days_year)
        coord = {}
        held_fte_days = F(0)
        for c, c0, c1 in coordinators_known_on(p.get("coordinators", []), coordinators_on):
            n = overlap_days(c0, c1, t0, t1)
            coord[c["id"]] = {"fte": c["fte"], "days_held": n}
            held_fte_days += F(c["fte"]) * n
        held = held_fte_days / days_year
        vacant = contracted_fte * term_days - held_fte_days
        row.update(
            term_in_year=[iso(t0), iso(t1)],
            term_days=term_days,
            prorata=f"{term_days}/{days_year}",
            contracted_fte_years=frac(contracted),
            contracted_fte_years_2dp=dec(contracted),
            held_fte_years=frac(held),
            held_fte_years_2dp=dec(held),
            coordinators=coord,
            # ETP-days of the term-in-year contracted but not held (negative: held above the
            # contract), exact fraction and 2 decimals.
            vacant_fte_days=frac(vacant),
            vacant_fte_days_2dp=dec(vacant),
            expense=dec(expense) if expense is not None else None,
            aid={},
        )
        fte_years[pid] = {"contracted": contracted, "in_post": held}
        amounts[pid] = {}
        for rule in RULES:
            row["aid"][rule] = {}
            amounts[pid][rule] = {}
            for basis in FTE_BASES:
                a = financing(rule, fte_years[pid][basis], expense)
                row["aid"][rule][basis] = a
                amounts[pid][rule][basis] = a
        out["posts"][pid] = row

    inactive = [p["id"] for p in ds["posts"] if p["id"] not in active_posts]
    totals: dict = {}
    sums: dict[tuple[str, str], tuple[F, F]] = {}
    for rule in RULES:
        totals[rule] = {}
        for basis in FTE_BASES:
            total = F(0)
            fy = F(0)
            parts = (
                {name: F(0) for name, _ in CHARENTE_PARTS} if rule.startswith("charente") else {}
            )
            missing = []
            financed = 0
            for pid in active_posts:
                a = amounts[pid][rule][basis]
                if a is None:
                    missing.append(pid)
                    continue
                financed += 1
                total += F(a["total"])
                fy += fte_years[pid][basis]
                for name, v in a.get("parts", {}).items():
                    parts[name] += F(v)
            if parts:
                assert sum(parts.values()) == total
            sums[(rule, basis)] = (total, fy)
            totals[rule][basis] = {
                "total": dec(total),
                "parts": {k: dec(v) for k, v in parts.items()},
                "financed": financed,
                "missing": missing,
                "inactive": inactive,
                "fte_years": frac(fy),
                "fte_years_2dp": dec(fy),
            }
    out["totals"] = totals
    gain = {}
    for basis in FTE_BASES:
        to, fy = sums[("national-2020", basis)]
        frm, fy_cej = sums[("cej", basis)]
        assert fy == fy_cej
        delta = to - frm
        gain[basis] = {
            "from": dec(frm),
            "to": dec(to),
            "total": dec(delta),
            "fte_years": frac(fy),
            "per_fte_year": dec(delta / fy) if fy else None,
        }
    out["gain_cej_to_national"] = gain
    return out


def compute(ds: dict | None = None) -> dict:
    """GOLDEN: the date form on each of DATES."""
    ds = ds if ds is not None else load()
    return {d: compute_date(ds, d) for d in DATES}


def compute_years(ds: dict | None = None) -> dict:
    """GOLDEN_YEAR: the year form for each of YEARS."""
    ds = ds if ds is not None else load()
    return {y: compute_year(ds, y) for y in YEARS}


def inconsistencies(ds: dict | None = None) -> list[str]:
    """Coordinators above the contracted ETP on some day, or in post outside the term."""
    ds = ds if ds is not None else load()
    convs = {c["id"]: c for c in ds["conventions"]}
    notes = []
    for p in ds["posts"]:
        conv = convs[p["convention"]]
        start = date.fromisoformat(conv["term"]["start"])
        last_known = max(
            [date.fromisoformat(conv["term"]["end"])]
            + [
                date.fromisoformat(a["new_end"])
                for a in conv.get("amendments", [])
                if a.get("new_end")
            ]
        )
        cs = p.get("coordinators", [])
        for c in cs:
            c0 = date.fromisoformat(c["start"])
            c1 = date.fromisoformat(c["end"]) if c.get("end") else None
            if c0 < start:
                notes.append(f"{p['id']} {c['id']} starts {c0} before the term {start}")
            if c1 is None or c1 > last_known:
                notes.append(
                    f"{p['id']} {c['id']} in post after the last day {last_known} "
                    f"(end {c1 or 'open'})"
                )
        # held above contracted on any day: check at every change point
        points = sorted(
            {date.fromisoformat(c["start"]) for c in cs}
            | {date.fromisoformat(c["end"]) + ONE_DAY for c in cs if c.get("end")}
        )
        for d in points:
            held = sum(
                (
                    F(c["fte"])
                    for c in cs
                    if date.fromisoformat(c["start"]) <= d
                    and (not c.get("end") or d <= date.fromisoformat(c["end"]))
                ),
                F(0),
            )
            if held > F(p["contracted_fte"]):
                notes.append(f"{p['id']} holds {held} ETP > {p['contracted_fte']} from {d}")
    return notes


def main(argv: list[str]) -> int:
    ds = load()
    golden, golden_year = compute(ds), compute_years(ds)
    if "--check" in argv:
        module = runpy.run_path(str(GOLDEN_MODULE))
        status = 0
        for name, value in (("GOLDEN", golden), ("GOLDEN_YEAR", golden_year)):
            if module.get(name) != value:
                print(f"golden_charente_dated.{name} differs from the reference computation")
                status = 1
            else:
                print(f"golden_charente_dated.{name} equals the reference computation")
        return status
    if "--notes" in argv:
        for n in inconsistencies():
            print(n)
        return 0
    print("GOLDEN = " + pprint.pformat(golden, width=96, sort_dicts=False))
    print("GOLDEN_YEAR = " + pprint.pformat(golden_year, width=96, sort_dicts=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
