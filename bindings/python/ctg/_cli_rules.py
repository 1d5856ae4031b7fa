# SPDX-License-Identifier: MIT
"""`ctg rules`: the built-in rulebooks, the parameters of one rulebook, the timeline of one
parameter (each segment with its value, evidence and source)."""

from __future__ import annotations

import argparse
import datetime
from typing import Any

from . import _ctg, _errors, _json
from ._cli_common import (
    Context,
    UsageError,
    add_command,
    add_format_option,
    add_output_option,
    check_output_file,
    date_md,
    dump_json,
    emit,
    help_text,
    load_rulebook,
    money_md,
    parse_day,
    table,
    words,
)
from ._ctg import Language, Money, Parameter, Rulebook, Segment


def add_rules(subparsers: Any, parents: list[argparse.ArgumentParser], lang: str) -> None:
    rules = add_command(subparsers, "rules", parents, lang)
    rules.add_argument(
        "rulebook",
        nargs="?",
        metavar=help_text(lang, "metavar.id_or_file"),
        help=help_text(lang, "rules.rulebook"),
    )
    rules.add_argument(
        "--parameter",
        metavar=help_text(lang, "metavar.name"),
        help=help_text(lang, "rules.parameter"),
    )
    rules.add_argument(
        "--on", metavar=help_text(lang, "metavar.date"), help=help_text(lang, "rules.on")
    )
    add_format_option(rules, lang, ("md", "json"))
    add_output_option(rules, lang)
    rules.set_defaults(run=run_rules)


def run_rules(args: argparse.Namespace, ctx: Context) -> int:
    check_output_file(args.output)
    on = parse_day(args.on)
    json_format = args.format == "json"
    if args.rulebook is None:
        if args.parameter is not None:
            raise UsageError("parameter_needs_rulebook")
        rulebooks = [_ctg.builtin_rulebook(id) for id in _ctg.builtin_rulebook_ids()]
        content = (
            dump_json(_list_json(rulebooks, on, ctx.language))
            if json_format
            else _list_md(rulebooks, on, ctx.language)
        )
    else:
        rulebook = load_rulebook(args.rulebook, "RULEBOOK")
        if args.parameter is not None:
            if not rulebook.has_parameter(args.parameter):
                names = ", ".join(p.name for p in rulebook.parameters)
                raise UsageError.got(
                    "--parameter",
                    args.parameter,
                    "parameter_of_rulebook",
                    rulebook=rulebook.id,
                    known=names,
                )
            parameter = rulebook.parameter(args.parameter)
            if json_format:
                content = dump_json(
                    {"format": "ctg.cli.rules/1", "rulebook": rulebook.id}
                    | _parameter_json(parameter, on)
                )
            else:
                content = _timeline_md(rulebook, parameter, ctx.language)
        elif json_format:
            content = dump_json(_rulebook_json(rulebook, on, ctx.language))
        else:
            content = _rulebook_md(rulebook, on, ctx.language)
    emit(ctx, content, args.output)
    return 0


# --- values -------------------------------------------------------------------------------------


def _segment_on(parameter: Parameter, on: datetime.date) -> Segment | None:
    try:
        return parameter.at(on)
    except _errors.OutOfRangeError:
        return None


def value_md(parameter: Parameter, segment: Segment, language: Language) -> str:
    value = segment.value
    if isinstance(value, Money):
        shown = money_md(value, language)
        if parameter.unit == _ctg.Unit.eur_per_fte:
            return words("cli.rules.per_fte", language, value=shown)
        return shown
    if parameter.unit == _ctg.Unit.percent:
        from ._format import formatter

        return formatter(_ctg.to_string(language)).percent(value.to_decimal().scaleb(2))
    return parameter.value_text(segment)


def _value_on_md(rulebook: Rulebook, name: str, on: datetime.date, language: Language) -> str:
    if not name or not rulebook.has_parameter(name):
        return f"`{name}`"
    parameter = rulebook.parameter(name)
    segment = _segment_on(parameter, on)
    return f"`{name}`" if segment is None else value_md(parameter, segment, language)


def rule_text(rulebook: Rulebook, on: datetime.date, language: Language) -> str:
    """The rule in one line with the values in force on `on`: `24 000,00 € par ETP`,
    `80 % de la dépense dans la limite de 48 000,00 € par ETP : 55 % Bonus territoire + …`."""
    rule = rulebook.rule
    if rule.kind == _ctg.FormulaKind.flat_per_fte:
        result = _value_on_md(rulebook, rule.amount_per_fte, on, language)
    else:
        rate = _value_on_md(rulebook, rule.rate, on, language)
        result = words("cli.rules.share_of_expense", language, rate=rate)
        if rule.ceiling_per_fte:
            ceiling = _value_on_md(rulebook, rule.ceiling_per_fte, on, language)
            capped = (
                "cli.rules.ceiling_on_expense"
                if rule.ceiling_on == _ctg.CeilingTarget.expense
                else "cli.rules.ceiling_on_aid"
            )
            result = words(capped, language, rule=result, ceiling=ceiling)
    if rule.parts:
        shares = " + ".join(
            _value_on_md(rulebook, part.weight_parameter, on, language)
            + f" {part.label.text(language)}"
            for part in rule.parts
        )
        result = words("cli.rules.with_parts", language, rule=result, shares=shares)
    return result


def _evidence_md(segment: Segment, language: Language) -> str:
    """`[D] document source`: the mark and the name of the report's legend (one definition),
    with the derivation of a derived value (`[C] valeur calculée : 80 % − 55 %`) or the reading a
    reading rejected, the reading its start date rejected and the date its source confirms it."""
    from .report._present import EVIDENCE

    origin = segment.origin
    letter = EVIDENCE[_ctg.to_string(origin.kind)]
    fields = {"mark": f"[{letter}]", "name": words(f"report.evidence.{letter}.name", language)}
    if origin.derivation:
        text = words("cli.rules.derived", language, derivation=origin.derivation, **fields)
    elif origin.alternative:
        text = words("cli.rules.reading", language, alternative=origin.alternative, **fields)
    else:
        text = words("cli.rules.evidence_mark", language, **fields)
    separator = words("report.reasoning_separator", language)
    if segment.start_alternative:
        text += separator + words(
            "report.start_alternative", language, alternative=segment.start_alternative
        )
    if segment.confirmed_on is not None:
        text += separator + words(
            "report.confirmed_on", language, on=date_md(segment.confirmed_on, language)
        )
    return text


def _list_md(rulebooks: list[Rulebook], on: datetime.date, language: Language) -> str:
    title = words("cli.rules.list_title", language, on=date_md(on, language))
    header = [words(f"cli.rules.{key}", language) for key in ("id", "label", "rule")]
    rows = [[f"`{r.id}`", r.label.text(language), rule_text(r, on, language)] for r in rulebooks]
    return f"{title}\n\n{table(header, rows, 'lll')}"


def _rulebook_md(rulebook: Rulebook, on: datetime.date, language: Language) -> str:
    rule = rulebook.rule
    title = words(
        "cli.rules.rulebook_title", language, id=rulebook.id, label=rulebook.label.text(language)
    )
    details = [words("cli.rules.formula", language, kind=_ctg.to_string(rule.kind))]
    if rule.kind == _ctg.FormulaKind.share_of_expense and rule.ceiling_per_fte:
        target = _ctg.to_string(rule.ceiling_on)
        details.append(words("cli.rules.ceiling_on", language, target=target))
    details.append(f"prorata `{_ctg.to_string(rule.prorata)}`")
    policy = _ctg.to_string(rulebook.rounding_policy)
    details.append(words("cli.rules.rounding", language, policy=policy))
    when = date_md(on, language)
    summary = words("cli.rules.summary", language, on=when, rule=rule_text(rulebook, on, language))
    header = [
        words("cli.rules.parameter", language),
        words("cli.rules.label", language),
        words("cli.rules.unit", language),
        words("cli.rules.value_on", language, on=when),
        words("cli.rules.periods", language),
        "Segments",
        words("cli.rules.evidence", language),
    ]
    rows = []
    for parameter in rulebook.parameters:
        segment = _segment_on(parameter, on)
        rows.append(
            [
                f"`{parameter.name}`",
                parameter.label.text(language),
                _ctg.to_string(parameter.unit),
                "—" if segment is None else value_md(parameter, segment, language),
                parameter.coverage_text(),
                str(len(parameter)),
                "—" if segment is None else _evidence_md(segment, language),
            ]
        )
    description = rulebook.description.text(language)
    formula = words("cli.rules.details_separator", language).join(details)
    formula = formula[0].upper() + formula[1:]
    body = table(header, rows, "lllrlrl")
    return f"{title}\n\n{description}\n\n{formula}.\n\n{summary}\n\n{body}"


def _timeline_md(rulebook: Rulebook, parameter: Parameter, language: Language) -> str:
    name, label = parameter.name, parameter.label.text(language)
    title = words(
        "cli.rules.timeline_title", language, name=name, rulebook=rulebook.id, label=label
    )
    unit = words("cli.rules.unit_line", language, unit=_ctg.to_string(parameter.unit))
    header = [
        words(f"cli.rules.{key}", language)
        for key in ("from", "to", "value", "evidence", "source", "locator")
    ]
    rows = []
    for segment in parameter.segments:
        cited = segment.origin.cited
        rows.append(
            [
                date_md(segment.start, language),
                date_md(segment.end, language),
                value_md(parameter, segment, language),
                _evidence_md(segment, language),
                cited.document + (f" <{cited.url}>" if cited.url else ""),
                cited.locator,
            ]
        )
    return f"{title}\n\n{unit}\n\n{table(header, rows, 'llrlll')}"


# --- JSON ---------------------------------------------------------------------------------------


def _label_json(label: _ctg.LocalizedText) -> dict[str, str]:
    return {"fr": label.fr, "en": label.en}


def _segment_json(parameter: Parameter, segment: Segment) -> dict[str, Any]:
    cited = segment.origin.cited
    return {
        "from": _json.iso(segment.start),
        "to": _json.iso(segment.end),
        "value": parameter.value_text(segment).removesuffix(" %")
        if parameter.unit == _ctg.Unit.percent
        else parameter.value_text(segment),
        "evidence": _ctg.to_string(segment.origin.kind),
        "document": cited.document,
        "locator": cited.locator,
        "url": cited.url,
        "derivation": segment.origin.derivation,
        "alternative": segment.origin.alternative,
        "start_alternative": segment.start_alternative,
        "confirmed_on": _json.iso(segment.confirmed_on),
    }


def _parameter_json(parameter: Parameter, on: datetime.date) -> dict[str, Any]:
    segment = _segment_on(parameter, on)
    return {
        "name": parameter.name,
        "label": _label_json(parameter.label),
        "unit": _ctg.to_string(parameter.unit),
        "on": _json.iso(on),
        "value_on": None if segment is None else _segment_json(parameter, segment)["value"],
        "segments": [_segment_json(parameter, s) for s in parameter.segments],
    }


def _rulebook_json(rulebook: Rulebook, on: datetime.date, language: Language) -> dict[str, Any]:
    rule = rulebook.rule
    return {
        "format": "ctg.cli.rules/1",
        "rulebook": rulebook.id,
        "label": _label_json(rulebook.label),
        "description": _label_json(rulebook.description),
        "rounding": _ctg.to_string(rulebook.rounding_policy),
        "formula": {
            "kind": _ctg.to_string(rule.kind),
            "amount_per_fte": rule.amount_per_fte or None,
            "rate": rule.rate or None,
            "ceiling_per_fte": rule.ceiling_per_fte,
            "ceiling_on": _ctg.to_string(rule.ceiling_on),
            "prorata": _ctg.to_string(rule.prorata),
            "parts": [
                {"id": p.id, "label": _label_json(p.label), "weight_parameter": p.weight_parameter}
                for p in rule.parts
            ],
        },
        "on": _json.iso(on),
        "rule": rule_text(rulebook, on, language),
        "parameters": [_parameter_json(p, on) for p in rulebook.parameters],
    }


def _list_json(rulebooks: list[Rulebook], on: datetime.date, language: Language) -> dict[str, Any]:
    return {
        "format": "ctg.cli.rules/1",
        "on": _json.iso(on),
        "rulebooks": [
            {
                "id": r.id,
                "label": _label_json(r.label),
                "kind": _ctg.to_string(r.rule.kind),
                "rule": rule_text(r, on, language),
            }
            for r in rulebooks
        ],
    }
