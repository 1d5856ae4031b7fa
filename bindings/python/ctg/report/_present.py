# SPDX-License-Identifier: MIT
"""What the Markdown and the HTML renderings of the report share: words, figures and marks.

Both render the report's data (`Report.data`, `ctg.report/1`) with Jinja2 templates; this
module gives their templates the same helpers, so that a figure or a word reads the same in
both: the words come from the catalogue (`ctg/catalogue/report.toml`, through `Labels`), the
figures from the one formatter (`ctg._format`), the provenance marks and their legend from
`EVIDENCE` and `legend()`.

>>> labels = Labels("en", ("report.md.", "report."))
>>> labels.fte, labels("md.of_which", part="Bonus")
('FTE', 'of which Bonus')
>>> marks_text(["illustrative", "source document"])
'[D][I]'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from .. import _catalogue
from .._format import Formatter, formatter

#: The evidence names of `marks` lists with their letter, in the legend's order (D, P, C, R, I,
#: S): strongest evidence first, as ctg::evidence_marks writes them.
EVIDENCE = {
    "source document": "D",
    "public source": "P",
    "derived": "C",
    "reading": "R",
    "illustrative": "I",
    "scenario": "S",
}

DASH = "—"


class Labels:
    """The catalogue's words in one language, looked up under a few key prefixes in turn.

    `labels.title`, `labels["status.covered"]` and `"status.x" in labels` read like a dict of the
    rendering's labels; `labels("md.gain", total=…)` fills a template's fields.
    """

    def __init__(self, language: str, prefixes: Sequence[str]) -> None:
        self.language = language
        self._prefixes = tuple(prefixes)

    def _key(self, name: str) -> str | None:
        entries = _catalogue.entries()
        for prefix in self._prefixes:
            if prefix + name in entries:
                return prefix + name
        return None

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self._key(name) is not None

    def __getitem__(self, name: str) -> str:
        key = self._key(name)
        if key is None:
            raise KeyError(f"catalogue: no entry {name!r} under {', '.join(self._prefixes)}")
        return _catalogue.template(key, self.language)

    def __getattr__(self, name: str) -> str:
        key = None if name.startswith("_") else self._key(name)
        if key is None:
            raise AttributeError(f"catalogue: no entry {name!r} under {', '.join(self._prefixes)}")
        return _catalogue.template(key, self.language)

    def __call__(self, name: str, /, **fields: object) -> str:
        return self[name].format(**fields)

    def columns(self, name: str) -> list[str]:
        """A table header written in the catalogue as `A|B|C`."""
        return self[name].split("|")


def letter(evidence: str) -> str:
    """`[D]` for "source document", … (an unknown evidence name is written as is)."""
    return f"[{EVIDENCE.get(evidence, evidence)}]"


def ordered_marks(*lists: Iterable[str]) -> list[str]:
    """The union of marks lists in the legend's order (D, P, C, R, I, S)."""
    seen = {m for marks in lists for m in marks}
    return [m for m in EVIDENCE if m in seen] + sorted(seen - set(EVIDENCE))


def marks_text(*lists: Iterable[str]) -> str:
    """`[D][P]`: the union of marks lists, in the legend's order."""
    return "".join(letter(m) for m in ordered_marks(*lists))


def legend(data: dict[str, Any], labels: Labels) -> list[dict[str, str]]:
    """The legend of the marks: each mark with its name, meaning and the documents of the
    dataset that carry it (`data["sources"]["data"]`: the dataset's own sources only)."""
    items = []
    for evidence, mark in EVIDENCE.items():
        documents: list[str] = []
        for source in data["sources"]["data"]:
            if (
                source["evidence"] == evidence
                and source["document"]
                and source["document"] not in documents
            ):
                documents.append(source["document"])
        items.append(
            {
                "mark": f"[{mark}]",
                "name": labels[f"evidence.{mark}.name"],
                "text": labels[f"evidence.{mark}.text"],
                "documents": labels(
                    "legend.documents", documents=labels.list_separator.join(documents)
                )
                if documents
                else "",
            }
        )
    return items


def cited(source: dict[str, str]) -> str:
    """A cited source as one line: `document, locator (url)`."""
    text = source["document"]
    if source.get("locator"):
        text += ", " + source["locator"]
    if source.get("url"):
        text += f" ({source['url']})"
    return text


_PARAMETER_VALUE = re.compile(r"^(-?[0-9]+(?:\.[0-9]+)?)( ?%)?$")


class Figures:
    """The report's decimal strings in one language, through the one formatter.

    Every method takes the data's strings (`"354000.00"`, `"50.6"`, an ISO date) or None, which
    is written as a dash.
    """

    def __init__(self, language: str, labels: Labels) -> None:
        self.format: Formatter = formatter(language)
        self.labels = labels

    def money(self, amount: str | None, signed: bool = False) -> str:
        return DASH if amount is None else self.format.money(amount, signed=signed)

    def gain(self, amount: str | None) -> str:
        return self.money(amount, signed=True)

    def number(self, value: str | int | None) -> str:
        return DASH if value is None else self.format.number(value)

    def integer(self, value: int | None) -> str:
        return DASH if value is None else self.format.integer(value)

    def percent(self, value: str | None, signed: bool = False) -> str:
        return DASH if value is None else self.format.percent(value, signed=signed)

    def points(self, value: str | None) -> str:
        return DASH if value is None else self.format.points(value)

    def date(self, day: str | None) -> str:
        return DASH if day is None else self.format.date(day)

    def long_date(self, day: str | None) -> str:
        return DASH if day is None else self.format.long_date(day)

    def ratio(self, value: dict[str, str] | None) -> str:
        """An exact ratio as its rounded value (`23 787,05`)."""
        return DASH if value is None else self.format.number(value["value"])

    def whole(self, value: dict[str, str] | None) -> str:
        """An exact ratio rounded to a whole number, half away from zero, once from its
        fraction (rounding its 2-decimal value again could be off by one)."""
        if value is None:
            return DASH
        numerator, _, denominator = value["fraction"].partition("/")
        n, d = int(numerator), int(denominator or 1)
        rounded = (2 * abs(n) + d) // (2 * d)
        return self.format.integer(-rounded if n < 0 else rounded)

    def share(self, share: dict[str, Any] | None) -> str:
        """An evaluation share's percent (`50,6 %`)."""
        return (
            DASH
            if share is None or share["percent"] is None
            else self.format.percent(share["percent"])
        )

    def days(self, days: int) -> str:
        key = "day" if abs(days) == 1 else "days"
        return self.labels(key, days=self.format.integer(days))

    def parameter(self, value: str, unit: str, per_fte: bool = True) -> str:
        """A rulebook parameter as read (`22553.00`, `80 %`, `62.43 %`) in the language's
        notation; an amount per FTE says so when `per_fte`."""
        match = _PARAMETER_VALUE.match(value.strip())
        if match is None:
            return value
        number = match.group(1)
        if match.group(2) or unit == "percent":
            return self.format.percent(number)
        if unit == "eur":
            return self.format.money(number)
        if unit == "eur_per_fte":
            amount = self.format.money(number)
            return self.labels("per_fte", amount=amount) if per_fte else amount
        return self.format.number(number)

    def period(self, start: str, until: str | None) -> str:
        """The period of a parameter segment (its end is excluded)."""
        if until is None:
            return self.labels("since", start=self.date(start))
        return self.labels("until", start=self.date(start), end=self.date(until))
