#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes the synthetic national set: one ctg.dataset/1 JSON per department, every EPCI of the
official territorial catalogue, about 6,000 coordination posts, every value marked
`illustrative`. Reproducible: the same catalogue and seed give the same bytes.

    national_set.py [--territories FILE] [--out DIR] [--seed N]

Read from the territorial catalogue (`src/data/territories/YEAR.tsv`, format ctg.territories/1,
derived from @etalab/decoupage-administratif): the departments, the EPCI (SIREN, name, type,
municipal population) and their communes. An EPCI whose communes lie in several departments is
listed by each of them, with the same SIREN and population (the national view counts it once);
its CTG and posts are in the department holding most of its communes.
Invented (seeded): one CTG per EPCI for about 92 % of them (a term of four to five years starting
between 2019 and 2024), 2 + population / 15,000 posts (at most 16, plus 0 to 2) of 0.5 to 1 ETP,
one coordinator each. The department and each EPCI cite the set and the catalogue; an invented
value carries `{"evidence": "illustrative"}` alone. Written compact (the loader's time goes with
the bytes). Only the standard library is used; nothing here is committed (build/).
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SEED = 20210630
KINDS = {"CA": "CA", "CC": "CC", "CU": "CU", "METRO": "metropole", "MET69": "metropole"}
FTES = ["0.5", "0.75", "0.8", "1"]


def default_catalogue() -> Path:
    folder = ROOT / "src" / "data" / "territories"
    years = sorted(folder.glob("[0-9][0-9][0-9][0-9].tsv"))
    if not years:
        raise SystemExit(f"no territorial catalogue in {folder}: pass --territories FILE")
    # 2024: the year the set is described for (1,255 EPCI); else the latest year.
    chosen = folder / "2024.tsv"
    return chosen if chosen.exists() else years[-1]


def department_of(insee: str) -> str:
    return insee[:3] if insee.startswith("97") else insee[:2]


def read_catalogue(path: Path) -> tuple[dict[str, str], dict[str, dict], dict[str, str]]:
    departments: dict[str, str] = {}
    epcis: dict[str, dict] = {}
    header: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("#"):
            header[fields[0][1:]] = fields[1] if len(fields) > 1 else ""
        elif fields[0] == "D":
            departments[fields[1]] = fields[2]
        elif fields[0] == "E":
            epcis[fields[1]] = {
                "name": fields[2],
                "kind": KINDS[fields[3]],
                "population": int(fields[4]) if fields[4] else 0,
                "communes": [],
            }
        elif fields[0] == "C" and fields[3]:
            population = int(fields[4]) if fields[4] else 0
            epcis[fields[3]]["communes"].append((fields[1], fields[2], population))
    return departments, epcis, header


def build(path: Path, seed: int) -> dict[str, dict]:
    departments, epcis, header = read_catalogue(path)
    rng = random.Random(seed)  # noqa: S311 (reproducible test data, not a secret)
    year = int(header.get("epci_population_year") or header.get("year", "2021"))
    document = f"Jeu synthétique national ctg (graine {seed}), territoires : {path.name}"

    def prov(locator: str | None = None) -> dict:
        # The department and the EPCI cite the set and the catalogue; an invented value (term,
        # post, ETP, coordinator) is marked illustrative alone, as a department's own dataset
        # would mark an example value: the set's document is cited once, by its department.
        if locator is None:
            return {"evidence": "illustrative"}
        return {"evidence": "illustrative", "source": {"document": document, "locator": locator}}

    by_department: dict[str, list[str]] = defaultdict(list)
    primary: dict[str, str] = {}
    for siren in sorted(epcis):
        counts: dict[str, int] = defaultdict(int)
        for commune in epcis[siren]["communes"]:
            counts[department_of(commune[0])] += 1
        for code in sorted(c for c in counts if c in departments):
            by_department[code].append(siren)
        # Its CTG and posts belong to the department holding most of its communes (the lowest
        # code on a tie): one Caf pilots it, the other lists its population.
        primary[siren] = min(counts, key=lambda c: (-counts[c], c))
    # The invented part, drawn once per EPCI in SIREN order, so that an EPCI listed by two
    # departments has the same convention there.
    plan: dict[str, dict] = {}
    for siren in sorted(epcis):
        e = epcis[siren]
        if rng.random() < 0.08:
            plan[siren] = {"posts": []}
            continue
        start = datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randrange(5 * 365))
        end = datetime.date(start.year + rng.choice([4, 5]), start.month, 1) - datetime.timedelta(
            days=1
        )
        count = min(16, 2 + e["population"] // 15_000) + rng.randrange(3)
        plan[siren] = {
            "start": start.isoformat(),
            "end": end.isoformat(),
            "posts": [rng.choice(FTES) for _ in range(count)],
        }
    datasets = {}
    for code, name in sorted(departments.items()):
        caf = f"Caf {code}"
        dataset_epcis, conventions, posts = [], [], []
        for siren in by_department[code]:
            e = epcis[siren]
            seat = max(e["communes"], key=lambda c: (c[2], c[0]))[1]
            dataset_epcis.append(
                {
                    "siren": siren,
                    "name": e["name"],
                    "kind": e["kind"],
                    "seat": seat,
                    "commune_count": len(e["communes"]),
                    "population": {
                        "inhabitants": e["population"],
                        "year": year,
                        "provenance": prov("population municipale du catalogue territorial"),
                    },
                    "provenance": prov("nom et SIREN du catalogue territorial"),
                }
            )
            p = plan[siren]
            if not p["posts"] or primary[siren] != code:
                continue
            cid = f"ctg-{siren}"
            conventions.append(
                {
                    "id": cid,
                    "name": f"CTG {e['name']}",
                    "term": {"start": p["start"], "end": p["end"], "provenance": prov()},
                    "themes": ["petite_enfance", "jeunesse", "parentalite"],
                    "signatories": [
                        {"role": "caf", "name": caf},
                        {"role": "epci", "name": e["name"], "siren": siren},
                    ],
                    "territories": {"epcis": [siren]},
                    "referent": "referent",
                    "provenance": prov(),
                }
            )
            for i, fte in enumerate(p["posts"], start=1):
                pid = f"post-{siren}-{i}"
                posts.append(
                    {
                        "id": pid,
                        "convention": cid,
                        "pilot_epci": siren,
                        "contracted_fte": fte,
                        "fte_provenance": prov(),
                        "volets": ["famille"],
                        "themes": ["petite_enfance"],
                        "coordinators": [
                            {
                                "id": f"{pid}-c",
                                "fte": fte,
                                "start": p["start"],
                                "training_days": 1,
                                "network_days": 1,
                                "provenance": prov(),
                            }
                        ],
                        "provenance": prov(),
                    }
                )
        datasets[code] = {
            "format": "ctg.dataset/1",
            "id": f"synthetique-{code.lower()}",
            "label": {
                "fr": f"{name} ({code}) : jeu SYNTHÉTIQUE national (valeurs illustratives)",
                "en": f"{name} ({code}): SYNTHETIC national set (illustrative values)",
            },
            "department": {"code": code, "name": name, "provenance": prov("catalogue territorial")},
            "referents": [{"id": "referent", "name": f"Référent {caf}", "provenance": prov()}],
            "epcis": dataset_epcis,
            "conventions": conventions,
            "posts": posts,
        }
    return datasets


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--territories", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "national")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args()
    datasets = build(args.territories or default_catalogue(), args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob("*.json"):
        old.unlink()
    posts = 0
    for code, d in datasets.items():
        # Compact: a dataset as a program writes it (the loader's time goes with the bytes).
        text = json.dumps(d, ensure_ascii=False, separators=(",", ":")) + "\n"
        (args.out / f"{code}.json").write_text(text, encoding="utf-8")
        posts += len(d["posts"])
    epcis = {e["siren"] for d in datasets.values() for e in d["epcis"]}
    print(f"{len(datasets)} departments, {len(epcis)} EPCI, {posts} posts -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
