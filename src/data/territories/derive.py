#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Derives the territorial catalogue (one ``YEAR.tsv`` per year) from the pinned versions of
``@etalab/decoupage-administratif``, or checks that the committed files are what they give.

    derive.py [--check] [--cache DIR] [--out DIR] [--year YEAR ...]

Each version listed in ``packages.tsv`` is fetched with ``npm pack`` into the cache (kept between
runs), its SHA-512 compared with the pinned integrity, then its ``data/departements.json``,
``data/epci.json`` and ``data/communes.json`` are read from the tarball without unpacking it.
``--check`` writes nothing: it compares what it would write with the files of ``--out`` and
exits 1 on the first difference. Exit 3 when a tarball cannot be fetched (no registry), so a test
can tell "cannot check" from "differs". Only the standard library is used.

The format (``ctg.territories/1``, UTF-8, tab-separated, LF) is read by
``ctg::territory_catalogue`` (include/ctg/model/territory_catalogue.hpp):

    #ctg.territories/1
    #year <TAB> 2021
    #package <TAB> @etalab/decoupage-administratif <TAB> 1.1.1 <TAB> sha512-…
    #licence <TAB> …            #source <TAB> title <TAB> url      (several)
    #epci_population_year <TAB> 2018     #commune_population_year <TAB> 2018
    #population_year_of <TAB> 976 <TAB> 2017    a department whose populations are of another year
    D <TAB> code <TAB> name                                   one line per department
    E <TAB> siren <TAB> name <TAB> type <TAB> municipal <TAB> total       one per EPCI
    C <TAB> insee <TAB> name <TAB> epci siren <TAB> municipal <TAB> total  one per commune

Departments are the 101 departments (2A/2B, 971 to 976), not the other overseas collectivities;
EPCI are sorted by SIREN, communes by INSEE code. A commune outside every EPCI (four islands of
mainland France) has an empty EPCI and no population: the catalogue takes commune populations
from the EPCI list only, so that an EPCI's population is the sum of its communes'. A population
the package does not give is empty."""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import json
import re
import subprocess
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PACKAGE = "@etalab/decoupage-administratif"
FORMAT = "ctg.territories/1"
HERE = Path(__file__).resolve().parent
LICENCE = (
    "Licence Ouverte / Open Licence (Etalab) pour les données, MIT pour le code du paquet "
    "(https://www.etalab.gouv.fr/licence-ouverte-open-licence)"
)
# Mayotte's populations are those of INSEE's 2017 census in every version (256,518 inhabitants
# in all; README from 1.1.1 on: « population Mayotte INSEE 2017 »).
POPULATION_YEAR_OF = {"976": 2017}
EXIT_DIFFERS = 1
EXIT_UNAVAILABLE = 3


@dataclass(frozen=True)
class Pin:
    year: int
    version: str
    integrity: str
    epci_population_year: int
    commune_population_year: int


def read_pins(path: Path = HERE / "packages.tsv") -> list[Pin]:
    lines = [line for line in path.read_text("utf-8").splitlines() if not line.startswith("#")]
    header, *rows = (line.split("\t") for line in lines if line)
    if header != [
        "year",
        "version",
        "integrity",
        "epci_population_year",
        "commune_population_year",
    ]:
        raise SystemExit(f"{path}: unexpected header {header}")
    return [Pin(int(y), v, i, int(e), int(c)) for y, v, i, e, c in rows]


class Unavailable(Exception):
    """The tarball is neither in the cache nor fetchable."""


def integrity_of(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode("ascii")


def fetch(pin: Pin, cache: Path) -> bytes:
    """The tarball of `pin`, from the cache or `npm pack`, checked against its integrity."""
    cache.mkdir(parents=True, exist_ok=True)
    tarball = cache / f"etalab-decoupage-administratif-{pin.version}.tgz"
    if not tarball.exists():
        try:
            subprocess.run(
                ["npm", "pack", f"{PACKAGE}@{pin.version}", "--pack-destination", str(cache)],
                check=True,
                capture_output=True,
                timeout=300,
            )
        except (OSError, subprocess.SubprocessError) as error:
            raise Unavailable(f"npm pack {PACKAGE}@{pin.version}: {error}") from error
    data = tarball.read_bytes()
    if (found := integrity_of(data)) != pin.integrity:
        tarball.unlink()
        raise SystemExit(
            f"{tarball}: integrity {found}, expected {pin.integrity} (packages.tsv); removed"
        )
    return data


def read_json(archive: tarfile.TarFile, name: str) -> Any:
    member = archive.extractfile(f"package/{name}")
    if member is None:
        raise SystemExit(f"package/{name}: not a file")
    return json.load(member)


def readme_sources(readme: str) -> list[tuple[str, str]]:
    """The package README's sources for the data ctg keeps: title and first URL of the bullets
    on the Code officiel géographique, the DGCL's EPCI list and the legal populations."""
    keep = ("Code Officiel Géographique", "Liste des EPCI", "Population légale")
    sources = []
    for line in readme.splitlines():
        match = re.match(r"\* \[([^\]]+)\]\(([^)\s]+)\)\s*(.*)", line.strip())
        if match and match.group(1).startswith(keep):
            title, url, rest = match.groups()
            exact = re.search(r"\[url exacte\]\(([^)\s]+)\)", rest)
            stated = re.split(r"[(\[+]", rest)[0].strip()
            sources.append((f"{title} {stated}".strip(), url))
            if exact:
                sources.append((f"{title} (fichier)", exact.group(1)))
    return sources


def department_of(insee: str) -> str:
    return insee[:3] if insee.startswith("97") else insee[:2]


def is_department(code: str) -> bool:
    return len(code) == 2 or code in {"971", "972", "973", "974", "976"}


def clean(text: str, what: str) -> str:
    if any(c in text for c in "\t\r\n") or not text.strip():
        raise SystemExit(f"{what}: {text!r} cannot be written in a TSV field")
    return text


def number(value: Any) -> str:
    return "" if value is None else str(int(value))


def derive(pin: Pin, tarball: bytes) -> str:
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as archive:
        departments = read_json(archive, "data/departements.json")
        epcis = read_json(archive, "data/epci.json")
        communes = read_json(archive, "data/communes.json")
        readme_file = archive.extractfile("package/README.md")
        readme = readme_file.read().decode("utf-8") if readme_file else ""
    current = {
        c["code"]: c
        for c in communes
        if c.get("type") == "commune-actuelle" and is_department(c.get("departement", ""))
    }
    lines = [
        f"#{FORMAT}",
        f"#year\t{pin.year}",
        f"#package\t{PACKAGE}\t{pin.version}\t{pin.integrity}",
        f"#licence\t{LICENCE}",
        *(f"#source\t{title}\t{url}" for title, url in readme_sources(readme)),
        f"#epci_population_year\t{pin.epci_population_year}",
        f"#commune_population_year\t{pin.commune_population_year}",
        *(f"#population_year_of\t{code}\t{year}" for code, year in POPULATION_YEAR_OF.items()),
    ]
    for d in sorted(departments, key=lambda d: d["code"]):
        if is_department(d["code"]):
            lines.append(f"D\t{d['code']}\t{clean(d['nom'], d['code'])}")
    rows: dict[str, str] = {}
    for e in sorted(epcis, key=lambda e: e["code"]):
        siren = e["code"]
        lines.append(
            f"E\t{siren}\t{clean(e['nom'], siren)}\t{e['type']}\t"
            f"{number(e.get('populationMunicipale'))}\t{number(e.get('populationTotale'))}"
        )
        for m in e["membres"]:
            insee = m["code"]
            if insee in rows:
                raise SystemExit(f"{pin.version}: commune {insee} in two EPCI")
            if "populationMunicipale" in m:
                municipal, total = m["populationMunicipale"], m.get("populationTotale")
            else:  # 0.7.0 and 0.8.0: communes.json, municipal population only
                municipal, total = current.get(insee, {}).get("population"), None
            rows[insee] = (
                f"C\t{insee}\t{clean(m['nom'], insee)}\t{siren}\t{number(municipal)}\t"
                f"{number(total)}"
            )
    for insee, c in current.items():
        if insee not in rows:
            rows[insee] = f"C\t{insee}\t{clean(c['nom'], insee)}\t\t\t"
    for insee in sorted(rows):
        if not is_department(department_of(insee)):
            raise SystemExit(f"{pin.version}: member commune {insee} outside the departments")
        lines.append(rows[insee])
    return "\n".join(lines) + "\n"


def check_same_populations(first: bytes, second: bytes) -> bool:
    """Whether two tarballs give the same EPCI and member populations (6.0.0 against 5.3.0)."""

    def populations(tarball: bytes) -> list[tuple[str, Any, Any]]:
        with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as archive:
            epcis = read_json(archive, "data/epci.json")
        return sorted(
            (m["code"], m.get("populationMunicipale"), m.get("populationTotale"))
            for e in epcis
            for m in [e, *e["membres"]]
        )

    return populations(first) == populations(second)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, write nothing")
    parser.add_argument("--cache", type=Path, default=Path("build/territories/packages"))
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--year", type=int, action="append", help="only this year (repeatable)")
    args = parser.parse_args(argv)
    pins = [p for p in read_pins() if not args.year or p.year in args.year]
    tarballs: dict[int, bytes] = {}
    try:
        for pin in pins:
            tarballs[pin.year] = fetch(pin, args.cache)
    except Unavailable as error:
        print(f"derive.py: cannot fetch the pinned packages: {error}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    by_year = {p.year: p for p in pins}
    for pin in pins:
        if pin.epci_population_year == pin.year - 4:  # stated in packages.tsv: check it
            previous = by_year.get(pin.year - 1)
            if previous is None:
                previous = next(p for p in read_pins() if p.year == pin.year - 1)
                tarballs[previous.year] = fetch(previous, args.cache)
            if not check_same_populations(tarballs[pin.year], tarballs[previous.year]):
                raise SystemExit(f"{pin.version}: populations differ from {previous.version}")
        elif pin.epci_population_year != pin.year - 3:
            raise SystemExit(f"{pin.version}: population year {pin.epci_population_year}?")
        text = derive(pin, tarballs[pin.year])
        target = args.out / f"{pin.year}.tsv"
        if args.check:
            committed = target.read_text("utf-8") if target.exists() else ""
            if committed != text:
                print(f"{target}: differs from {PACKAGE}@{pin.version}", file=sys.stderr)
                return EXIT_DIFFERS
            print(f"{target}: as {PACKAGE}@{pin.version} gives it")
        else:
            target.write_text(text, "utf-8", newline="\n")
            print(f"{target}: {len(text.encode()):,} bytes from {PACKAGE}@{pin.version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
