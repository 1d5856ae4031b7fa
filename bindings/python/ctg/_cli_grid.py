# SPDX-License-Identifier: MIT
"""`ctg grid` (the blank evaluation grid as Markdown, CSV, JSON or an Excel workbook) and
`ctg evaluate` (a filled grid read back, checked and scored)."""

from __future__ import annotations

import argparse
import io
import json
import os
from pathlib import Path
from typing import Any

from . import _catalogue, _ctg, _errors, _json
from ._cli_common import (
    Context,
    DataError,
    UsageError,
    add_command,
    add_format_option,
    add_output_option,
    check_output_file,
    check_year,
    date_md,
    decode_input,
    detail_json,
    dump_json,
    emit,
    help_text,
    library_usage_error,
    load_grid,
    read_input,
    read_input_text,
    share_json,
    share_md,
    table,
    words,
    write_file,
    write_text_file,
)
from ._ctg import Evaluation, EvaluationScore, Grid, Language
from ._extras import requires

DEFAULT_GRID = "charente-2021"

_FORMATS_IN = {".json": "json", ".csv": "csv", ".xlsx": "xlsx"}


def add_grid(subparsers: Any, parents: list[argparse.ArgumentParser], lang: str) -> None:
    grid = add_command(subparsers, "grid", parents, lang)
    grid.add_argument(
        "--grid",
        default=DEFAULT_GRID,
        metavar=help_text(lang, "metavar.id_or_file"),
        help=help_text(lang, "grid.grid", default=DEFAULT_GRID),
    )
    grid.add_argument(
        "--post", metavar=help_text(lang, "metavar.post"), help=help_text(lang, "grid.post")
    )
    grid.add_argument(
        "--year",
        type=int,
        metavar=help_text(lang, "metavar.year"),
        help=help_text(lang, "grid.year"),
    )
    add_format_option(grid, lang, ("md", "csv", "json", "xlsx"))
    add_output_option(grid, lang)
    grid.set_defaults(run=run_grid)


def add_evaluate(subparsers: Any, parents: list[argparse.ArgumentParser], lang: str) -> None:
    evaluate = add_command(subparsers, "evaluate", parents, lang)
    evaluate.add_argument(
        "file", metavar=help_text(lang, "metavar.file"), help=help_text(lang, "evaluate.file")
    )
    evaluate.add_argument(
        "--format-in",
        choices=["json", "csv", "xlsx"],
        help=help_text(lang, "evaluate.format_in"),
    )
    evaluate.add_argument(
        "--grid",
        metavar=help_text(lang, "metavar.id_or_file"),
        help=help_text(lang, "evaluate.grid"),
    )
    evaluate.add_argument(
        "--post", metavar=help_text(lang, "metavar.post"), help=help_text(lang, "evaluate.post")
    )
    evaluate.add_argument(
        "--year",
        type=int,
        metavar=help_text(lang, "metavar.year"),
        help=help_text(lang, "evaluate.year"),
    )
    evaluate.add_argument(
        "--into",
        metavar=help_text(lang, "metavar.file"),
        help=help_text(lang, "evaluate.into"),
    )
    add_format_option(evaluate, lang, ("md", "json"))
    add_output_option(evaluate, lang)
    evaluate.set_defaults(run=run_evaluate)


# --- grid ---------------------------------------------------------------------------------------


def run_grid(args: argparse.Namespace, ctx: Context) -> int:
    if args.format == "xlsx" and args.output is None:
        raise UsageError("xlsx_needs_output")
    check_output_file(args.output)
    year = None if args.year is None else check_year(args.year)
    grid = load_grid(args.grid)
    post = args.post or ""
    if args.format == "xlsx":
        from . import excel

        if not post or year is None:
            ctx.warn(words("cli.grid.workbook_without_post", ctx.language))

        write_file(
            args.output,
            lambda path: excel.write_grid_template(path, grid, post_id=post or None, year=year),
        )
        ctx.written(args.output)
        return 0
    if args.format == "csv":
        # Texts that read as formulas are neutralised by the library (ctg.spreadsheet_safe).
        content = _ctg.blank_evaluation_csv(grid, post, year, ctx.language)
    elif args.format == "json":
        content = _ctg.blank_evaluation_json(grid, post, year, ctx.language)
    else:
        content = grid_markdown(grid, ctx.language)
    emit(ctx, content, args.output)
    return 0


def grid_markdown(grid: Grid, language: Language) -> str:
    """The blank grid in Markdown (templates/grid.md.j2, words of catalogue/grid.toml)."""
    from .report._markdown import _environment, _paragraphs
    from .report._present import Labels, cited

    lang = _ctg.to_string(language)
    t = Labels(lang, ("grid.",))

    def label(text: _ctg.LocalizedText) -> str:
        return text.text(language)

    scale = grid.scale
    achieved = scale.find(scale.achieved_from)
    activities = None
    if grid.referentiel_id:
        ref = _ctg.builtin_referentiel(grid.referentiel_id)
        activities = {a.id: label(a.label) for a in ref.activities}
    corrections = []
    for section in grid.sections:  # in the order of the grid: a section, then its items
        corrections += [
            t(
                "section_correction",
                section=section.id,
                original=c.original,
                corrected=c.corrected,
                kind=_ctg.to_string(c.kind),
            )
            for c in section.corrections
        ]
        for item in section.items:
            corrections += [
                t(
                    "item_correction",
                    item=item.id,
                    original=c.original,
                    corrected=c.corrected,
                    kind=_ctg.to_string(c.kind),
                )
                for c in item.corrections
            ]
    env = _environment()
    template = env.get_template("grid.md.j2")
    return _paragraphs(
        template.render(
            g=grid,
            t=t,
            label=label,
            levels=" < ".join(f"{label(level.label)} (`{level.code}`)" for level in scale.levels),
            achieved=None if achieved is None else label(achieved.label),
            activities=activities,
            corrections=corrections,
            source=cited(
                {
                    "document": grid.provenance.cited.document,
                    "locator": grid.provenance.cited.locator,
                    "url": grid.provenance.cited.url,
                }
            ),
            policies=[label(p.label) for p in grid.policies],
            activity_list=lambda ids: " ; ".join(
                i if activities is None else activities.get(i, i) for i in ids
            ),
        )
    )


# --- evaluate -----------------------------------------------------------------------------------


def _format_in(path: Path, given: str | None) -> str:
    if given is not None:
        return given
    kind = _FORMATS_IN.get(path.suffix.lower())
    if kind is None:
        raise UsageError.got("FILE", path, "input_format")
    return kind


def _csv_grid(text: str, origin: str) -> Grid:
    """The built-in grid named on the first row of a CSV (the loader reports a bad header)."""
    table_ = _ctg.read_csv(text, origin)
    grid_column, version_column = table_.column("grid"), table_.column("grid_version")
    if grid_column is None or version_column is None or not table_.rows:
        return _ctg.builtin_grid(DEFAULT_GRID)
    fields = table_.rows[0].fields
    if (
        max(grid_column, version_column) >= len(fields)
        or not fields[version_column].strip().isdigit()
    ):
        return _ctg.builtin_grid(DEFAULT_GRID)
    grid_id, version = fields[grid_column].strip(), int(fields[version_column])
    found = _ctg.find_builtin_grid(grid_id, version)
    if found is None:
        known = ", ".join(_ctg.builtin_grid_ids())
        cell = DataError.got(
            "row 2, column grid", f"{grid_id} v{version}", "grid_of_csv", known=known
        )
        raise DataError.worded_by(
            lambda lang: _catalogue.text(
                "cli.error.system", lang, path=origin, reason=cell.in_language(lang)
            )
        )
    return found


def _read(
    path: Path, data: bytes, kind: str, grid: Grid | None, post: str | None, year: int | None
) -> tuple[list[Evaluation], list[_ctg.ErrorDetail]]:
    """The evaluations of the file `path`, whose bytes are `data` (read_input()), and the
    errors of a workbook whose valid answers were read (excel.read_grid_workbook: a partial
    evaluation); a JSON or CSV file in error raises."""
    origin = os.fspath(path)
    if kind != "xlsx" and (post is not None or year is not None):
        raise UsageError("post_year_with_xlsx_only", kind=kind)
    if kind in ("json", "csv"):
        text = decode_input(data, origin)
        if kind == "json":
            return list(_ctg.load_evaluations_json(text, origin)), []
        return list(_ctg.load_evaluations_csv(text, grid or _csv_grid(text, origin), origin)), []
    import zipfile  # read with the workbook (openpyxl imports it too), not by `ctg`

    with requires("evaluate_workbook"):
        from openpyxl.utils.exceptions import InvalidFileException

        from . import excel

    year = None if year is None else check_year(year)
    try:
        # The bytes already read and checked (read_input), measured again as a zip before
        # openpyxl opens them (excel.check_workbook_limits).
        reading = excel.read_grid_workbook(
            io.BytesIO(data), grid, post_id=post, year=year, origin=origin
        )
    except excel.WorkbookLimitError as error:
        raise library_usage_error(error) from None
    except (zipfile.BadZipFile, InvalidFileException, KeyError) as error:
        raise DataError("not_a_workbook", path=origin, reason=error) from None
    found = [] if reading.evaluation is None else [reading.evaluation]
    return found, list(reading.errors)


def run_evaluate(args: argparse.Namespace, ctx: Context) -> int:
    check_output_file(args.output)
    path = Path(args.file)
    data = read_input(args.file, "FILE")
    kind = _format_in(path, args.format_in)
    grid = None if args.grid is None else load_grid(args.grid)
    into = None if args.into is None else read_input_text(args.into, "--into")
    evaluations, read_errors = _read(path, data, kind, grid, args.post, args.year)
    errors: list[_ctg.ErrorDetail] = list(read_errors)
    scored: list[tuple[Evaluation, Grid, EvaluationScore]] = []
    for index, evaluation in enumerate(evaluations):
        where = f"evaluations[{index}]"
        used = grid or _ctg.find_builtin_grid(evaluation.grid_id, evaluation.grid_version)
        if used is None:
            errors.append(
                _ctg.ErrorDetail.of(
                    "builtin.grid.unknown",
                    f"{where}.grid",
                    f"{evaluation.grid_id} v{evaluation.grid_version}",
                    {"known": ", ".join(_ctg.builtin_grid_ids())},
                )
            )
            continue
        check = _ctg.validate_evaluation(evaluation, used, path=where)
        if not check.ok:
            errors.extend(check.errors)
            continue
        if not read_errors:  # a partial evaluation lacks the cells in error: said as errors
            for warning in check.incompleteness(where):
                ctx.warn(warning)
        scored.append((evaluation, used, _ctg.score_evaluation(evaluation, used)))
    invalid = _errors.ValidationError(f"{path}: {len(errors)} error(s)", errors)
    if errors and (into is not None or not read_errors or not scored):
        raise invalid  # --into takes a valid evaluation only; a JSON or CSV file is all or nothing
    if not scored:
        raise DataError("no_evaluation", path=path)
    if into is not None:
        _add_into(args.into, into, [e for e, _, _ in scored], path, ctx)
    if args.format == "json":
        document: dict[str, Any] = {
            "format": "ctg.cli.evaluate/1",
            "file": os.fspath(path),
            "evaluations": [_score_json(e, g, s) for e, g, s in scored],
        }
        if errors:  # a partial score: the valid answers of the workbook
            document["partial"] = True
            document["errors"] = [detail_json(d, ctx.language) for d in errors]
        content = dump_json(document)
    else:
        content = "\n".join(_score_md(e, g, s, ctx.language) for e, g, s in scored)
        if errors:
            content = (
                words("cli.evaluate.partial", ctx.language, count=len(errors)) + "\n\n" + content
            )
    emit(ctx, content, args.output)
    if errors:
        raise invalid  # the partial score written, the errors listed, exit 1
    return 0


def _add_into(
    target: str, text: str, evaluations: list[Evaluation], source: Path, ctx: Context
) -> None:
    """Adds the evaluations (or replaces those of the same post, year and grid) to the dataset
    JSON `target`, whose text is `text`, each citing the file it was read from; the dataset is
    validated whole by the library before it is written back (a temporary file renamed: never
    half-written), in its canonical form."""
    try:
        document = json.loads(text)
    except ValueError:
        document = None
    if not isinstance(document, dict):  # let the library say what is wrong with it
        _ctg.load_dataset_json(text, os.fspath(Path(target)))
        raise DataError("no_evaluation", path=target)
    added = json.loads(_ctg.evaluations_to_json_array(evaluations))
    keys = {(e["post_id"], e["year"], e["grid"]) for e in added}
    kept = [
        e
        for e in document.get("evaluations", [])
        if not isinstance(e, dict) or (e.get("post_id"), e.get("year"), e.get("grid")) not in keys
    ]
    replaced = len(document.get("evaluations", [])) - len(kept)
    for evaluation in added:
        evaluation["provenance"] = {
            "evidence": "source document",
            "source": {
                "document": source.name,
                "locator": words(
                    "cli.evaluate.into_locator",
                    ctx.language,
                    post=evaluation["post_id"],
                    year=evaluation["year"],
                ),
            },
        }
    document["evaluations"] = kept + added
    dataset = _ctg.load_dataset_json(json.dumps(document, ensure_ascii=False), target)
    write_text_file(target, _ctg.dataset_to_json(dataset), "--into", rewrites="--into")
    for evaluation in added:
        key = "cli.evaluate.into_replaced" if replaced else "cli.evaluate.into_added"
        ctx.message(
            words(
                key, ctx.language, post=evaluation["post_id"], year=evaluation["year"], path=target
            )
        )


def _policy_label(grid: Grid, policy: _ctg.Volet, language: Language) -> str:
    found = grid.find_policy(policy)
    return _ctg.to_string(policy) if found is None else found.label.text(language)


def _score_md(
    evaluation: Evaluation, grid: Grid, score: EvaluationScore, language: Language
) -> str:
    title = words("cli.evaluate.title", language, evaluation=evaluation.describe())
    lines = [title, ""]
    if evaluation.filled_by or evaluation.filled_on is not None:
        who = evaluation.filled_by or "—"
        when = date_md(evaluation.filled_on, language)
        lines += [
            words("cli.evaluate.filled", language, who=who, on=when),
            "",
        ]
    overall = share_md(score.overall, language)
    completeness = share_md(score.completeness, language)
    lines += [
        words("cli.evaluate.summary", language, overall=overall, completeness=completeness),
        "",
    ]
    achieved, completeness = (
        words("cli.evaluate.achieved", language),
        words("report.md.completeness", language),
    )
    rows = []
    for section in score.sections:
        found = grid.find_section(section.section_id)
        title_ = "" if found is None else found.title.text(language)
        rows.append(
            [
                section.section_id,
                title_,
                share_md(section.achieved, language),
                share_md(section.completeness, language),
            ]
        )
    rows.append(
        [
            words("cli.evaluate.overall", language),
            "",
            share_md(score.overall, language),
            share_md(score.completeness, language),
        ]
    )
    lines.append(
        table(
            [
                words("cli.evaluate.section", language),
                words("cli.evaluate.title_column", language),
                achieved,
                completeness,
            ],
            rows,
            "ll",
        )
    )
    if score.policies:
        rows = [
            [
                _policy_label(grid, p.policy, language),
                share_md(p.achieved, language),
                share_md(p.completeness, language),
            ]
            for p in score.policies
        ]
        lines.append(table([words("cli.evaluate.policy", language), achieved, completeness], rows))
    return "\n".join(lines)


def _policy_json(policy: _ctg.PolicyScore) -> dict[str, Any]:
    return {
        "policy": _ctg.to_string(policy.policy),
        "achieved": share_json(policy.achieved),
        "completeness": share_json(policy.completeness),
    }


def _score_json(evaluation: Evaluation, grid: Grid, score: EvaluationScore) -> dict[str, Any]:
    check = _ctg.validate_evaluation(evaluation, grid)
    sections = []
    for section in score.sections:
        found = grid.find_section(section.section_id)
        sections.append(
            {
                "id": section.section_id,
                "title": None if found is None else {"fr": found.title.fr, "en": found.title.en},
                "achieved": share_json(section.achieved),
                "completeness": share_json(section.completeness),
                "policies": [_policy_json(p) for p in section.policies],
            }
        )
    return {
        "post_id": evaluation.post_id,
        "year": evaluation.year,
        "grid": score.grid_id,
        "grid_version": score.grid_version,
        "filled_by": evaluation.filled_by,
        "filled_on": _json.iso(evaluation.filled_on),
        "overall": share_json(score.overall),
        "completeness": share_json(score.completeness),
        "sections": sections,
        "policies": [_policy_json(p) for p in score.policies],
        "missing": [cell.to_string() for cell in check.missing],
        "missing_fields": list(check.missing_fields),
    }
