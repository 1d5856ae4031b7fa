# SPDX-License-Identifier: MIT
"""ctg: Caf financing of the CTG coordination function, exact to the cent.

The C++ library, compiled into the private module ``ctg._ctg``, with Python manners:

>>> import ctg
>>> from datetime import date
>>> ctg.Money("38 400,00 €").cents
3840000
>>> charente = ctg.builtin_rulebook("charente-2021")
>>> charente.parameter("coordination_rate").at(date(2021, 6, 30)).value
Rate.percent('80')
>>> post = ctg.PostInput(id="grand-angouleme", contracted_fte="2.5",
...                      basis=ctg.ExpenseBasis.at_ceiling)
>>> ctg.finance(charente, post, date(2021, 6, 30)).total
Money('96000.00')
>>> dataset = ctg.builtin_dataset("charente-2021")
>>> ctg.coordination_volume(dataset).inhabitants_per_fte.to_decimal(2)
Decimal('23787.05')

Amounts are ``Money`` (int64 cents) and cross as ``str``, ``decimal.Decimal`` or int cents
through ``Money.from_cents``, never as ``float``; dates are ``datetime.date``; errors are
``ValueError``, ``IndexError``, ``OverflowError`` and ``TypeError`` subclasses carrying the
field, the value and what was expected. Batch financing reads and writes numpy int64 arrays
(``finance_batch``); exact ratios cross as ``int``, ``fractions.Fraction`` and
``decimal.Decimal``.

``import ctg`` loads the compiled library only. The optional parts import their dependencies
when used and say which extra to install when one is missing (``MissingDependencyError``):
``ctg.report`` and the notebook tables need ``ctg[report]`` (jinja2, matplotlib, babel),
``ctg.excel`` needs ``ctg[excel]`` (openpyxl), ``ctg.frames`` needs ``ctg[frames]`` (pandas).
"""

from __future__ import annotations

from . import _ctg, _html

# Every public name of the compiled module: each is listed once, in __all__ below (a test checks
# that __all__ names all of them). apply_scenario is then replaced by its Python form.
from ._ctg import *
from ._errors import (
    Error,
    InvalidValueError,
    NumericOverflowError,
    OutOfRangeError,
    ValidationError,
)
from ._extras import MissingDependencyError
from ._scenario import apply_scenario

# ``_repr_html_`` of results, explanations, conventions, grids and evaluations for notebooks;
# Jinja2 (ctg[report]) is imported when a table is first drawn, not here.
_html.install()

__version__: str = _ctg.__version__

__all__ = [
    # core: errors
    "Error",
    "ErrorDetail",
    "InvalidValueError",
    "message_codes",
    "MissingDependencyError",
    "NumericOverflowError",
    "OutOfRangeError",
    "ValidationError",
    # core: quantities and rounding
    "ExactAmount",
    "Fte",
    "Money",
    "Rate",
    "RateNotation",
    "Rounding",
    "WeeklyHours",
    "apply_rate",
    "multiply",
    "prorate",
    # core: dates
    "Period",
    "ProrataBasis",
    "ProrataFraction",
    "parse_date",
    "prorata",
    "to_french",
    "to_iso",
    # core: texts and provenance
    "Evidence",
    "Language",
    "LocalizedText",
    "Provenance",
    "Source",
    "parse_evidence",
    "parse_language",
    "parse_prorata_basis",
    "parse_rounding",
    "to_string",
    # rules
    "CeilingTarget",
    "Formula",
    "FormulaKind",
    "FundingPart",
    "Parameter",
    "ParameterOverride",
    "Rulebook",
    "Segment",
    "Unit",
    "apply_scenario",
    "builtin_rulebook",
    "builtin_rulebook_ids",
    "load_rulebook_file",
    "load_rulebook_json",
    "parse_ceiling_target",
    "parse_formula_kind",
    "parse_override",
    "parse_unit",
    "to_json",
    # finance: one post, explanations, diffs, numpy batch
    "BatchResult",
    "diff",
    "ExpenseBasis",
    "Explanation",
    "ExplanationStep",
    "finance",
    "finance_batch",
    "FinancingDiff",
    "FinancingResult",
    "ParameterReading",
    "PartAmount",
    "PostInput",
    "StepKind",
    # model: territories, conventions, coordination posts, datasets
    "ActionAxis",
    "ActionStatus",
    "all_cnaf_themes",
    "Amendment",
    "BodyKind",
    "CafReferent",
    "CnafTheme",
    "Commune",
    "Convention",
    "CoordinationPost",
    "Coordinator",
    "Dataset",
    "DATASET_FORMAT",
    "DatasetParts",
    "Department",
    "Diagnostic",
    "Epci",
    "EpciKind",
    "FicheAction",
    "french_label",
    "GovernanceBody",
    "Indicator",
    "InseeCode",
    "KnownRole",
    "label",
    "LOCAL_MARKER",
    "Meeting",
    "parse_action_status",
    "parse_body_kind",
    "parse_epci_kind",
    "parse_volet",
    "Population",
    "Signatory",
    "SignatoryRole",
    "Siren",
    "TerritoryCoverage",
    "Theme",
    "Volet",
    "YearlyExpense",
    # analysis: exact ratios, evidence marks, reports
    "add_months",
    "cog_2018_2022_provenance",
    "cog_2018_2022_target",
    "cog_2018_2022_trajectory",
    "CogMilestone",
    "compare_portfolios",
    "ConventionDeadline",
    "conventions_by_referent",
    "coordination_volume",
    "CoordinationVolumeReport",
    "coverage",
    "CoverageReport",
    "CoverageStatus",
    "deadline_of",
    "DeadlineReport",
    "deadlines",
    "divide_rounded_big",
    "EpciCoverage",
    "EpciVolume",
    "EvidenceMarks",
    "ExactRatio",
    "finance_portfolio",
    "FinancingDelta",
    "FinancingTotal",
    "mark",
    "PortfolioComparison",
    "PortfolioFinancing",
    "PostFinancing",
    "PostStatus",
    "Prolongation",
    "RatioFormat",
    "ReferentPortfolio",
    "rounded_sqrt",
    "RoundedDecimal",
    "VolumeExtreme",
    "VolumeSpread",
    # analysis: the department report
    "ActivitiesNotAssessedByPost",
    "ActivityLabel",
    "build_department_report",
    "CogTrajectoryPoint",
    "ComparisonRow",
    "DatasetCounts",
    "DatasetSummary",
    "default_detailed_rulebook",
    "DEPARTMENT_REPORT_DEADLINE_MONTHS",
    "DepartmentReport",
    "EvaluationRow",
    "EvaluationTrend",
    "ReportComparison",
    "ReportDataSource",
    "ReportEvaluation",
    "ReportFinancing",
    "ReportParameterSource",
    "ReportRulebook",
    "ReportSources",
    "report_evaluation_year",
    # référentiel: grids, evaluations, checks, scores
    "activities_not_assessed",
    "activities_without_section",
    "Activity",
    "Answer",
    "AnswerKind",
    "AnswerNumber",
    "AnswerScale",
    "apply_corrections",
    "builtin_grid",
    "builtin_grid_ids",
    "builtin_referentiel",
    "builtin_referentiel_ids",
    "CellChange",
    "CellTrend",
    "compare_years",
    "CorrectionKind",
    "Evaluation",
    "EvaluationCheck",
    "EvaluationRollup",
    "EVALUATIONS_FORMAT",
    "EvaluationsCheck",
    "EvaluationScore",
    "Expectation",
    "find_builtin_grid",
    "FunctionDefinition",
    "Grid",
    "GRID_FORMAT",
    "GridCell",
    "GridItem",
    "GridParts",
    "GridSection",
    "is_achieved",
    "is_applicable",
    "ItemComment",
    "ItemKind",
    "load_grid_json",
    "Objective",
    "ObjectiveArea",
    "ordinal_scale",
    "parse_correction_kind",
    "parse_item_kind",
    "PolicyLabel",
    "PolicyScore",
    "post_active_in_year",
    "Referentiel",
    "REFERENTIEL_FORMAT",
    "require_valid",
    "roll_up",
    "RollupCell",
    "RollupRow",
    "ScaleLevel",
    "score_evaluation",
    "sections_assessing",
    "SectionScore",
    "SectionTrend",
    "Share",
    "TextCorrection",
    "ThematicField",
    "validate_evaluation",
    "validate_evaluations",
    "YearComparison",
    # io: CSV, datasets, posts and evaluations as JSON and CSV
    "blank_evaluation_csv",
    "blank_evaluation_json",
    "builtin_dataset",
    "builtin_dataset_ids",
    "CsvRecord",
    "CsvTable",
    "dataset_to_json",
    "EVALUATION_CSV_COLUMNS",
    "evaluations_to_csv",
    "evaluations_to_json",
    "evaluations_to_json_array",
    "load_dataset_file",
    "load_dataset_json",
    "load_evaluations_csv",
    "load_evaluations_csv_file",
    "load_evaluations_file",
    "load_evaluations_json",
    "load_posts_csv",
    "load_posts_csv_file",
    "read_csv",
    "with_posts",
]
