"""
ctg._ctg: the compiled ctg library (exact money, rates, FTE, dates, dated rulebooks, financing with explanations, datasets, analyses, référentiel and evaluations). Import the package `ctg`, which re-exports it.
"""
from __future__ import annotations
import collections.abc
import datetime
import decimal
import enum
import fractions
import numpy
import numpy.typing
import os
import typing
__all__: list[str] = ['ActionAxis', 'ActionStatus', 'ActivitiesNotAssessedByPost', 'Activity', 'ActivityLabel', 'Amendment', 'Answer', 'AnswerKind', 'AnswerNumber', 'AnswerScale', 'BatchResult', 'BilanRule', 'BodyKind', 'CafReferent', 'CatalogueCommune', 'CatalogueEpci', 'CeilingTarget', 'CellChange', 'CellTrend', 'CnafTheme', 'CogMilestone', 'CogTrajectoryPoint', 'Commune', 'ComparisonRow', 'Convention', 'ConventionDeadline', 'CoordinationPost', 'CoordinationVolumeReport', 'Coordinator', 'CoordinatorFollowUp', 'CorrectionKind', 'CoverageReport', 'CoverageStatus', 'CsvRecord', 'CsvTable', 'DATASET_FORMAT', 'DEFAULT_BASELINE_RULEBOOK', 'DEPARTMENT_REPORT_DEADLINE_MONTHS', 'Dataset', 'DatasetCounts', 'DatasetParts', 'DatasetSummary', 'DeadlineReport', 'Department', 'DepartmentReport', 'Diagnostic', 'EVALUATIONS_FORMAT', 'EVALUATION_CSV_COLUMNS', 'Epci', 'EpciCoverage', 'EpciKind', 'EpciVolume', 'ErrorDetail', 'Evaluation', 'EvaluationCheck', 'EvaluationRollup', 'EvaluationRow', 'EvaluationScore', 'EvaluationTrend', 'EvaluationsCheck', 'Evidence', 'EvidenceMarks', 'ExactAmount', 'ExactRatio', 'Expectation', 'ExpenseBasis', 'Explanation', 'ExplanationStep', 'FIRST_YEAR', 'FicheAction', 'FinancingDelta', 'FinancingDiff', 'FinancingResult', 'FinancingTotal', 'FollowUpReport', 'Formula', 'FormulaKind', 'Fte', 'FteBasis', 'FunctionDefinition', 'FundingPart', 'GRID_FORMAT', 'GovernanceBody', 'Grid', 'GridCell', 'GridItem', 'GridParts', 'GridSection', 'HeldShare', 'Indicator', 'InseeCode', 'ItemComment', 'ItemKind', 'KnownRole', 'LAST_YEAR', 'LOCAL_MARKER', 'Language', 'LocalizedText', 'Meeting', 'MethodOrigin', 'Money', 'NationalCoordinationFigures', 'NationalDepartment', 'NationalDepartmentRatio', 'NationalSharedEpci', 'NationalSpread', 'NationalView', 'Objective', 'ObjectiveArea', 'Parameter', 'ParameterOverride', 'ParameterReading', 'PartAmount', 'PartDelta', 'Period', 'PolicyLabel', 'PolicyScore', 'Population', 'PopulationYearCount', 'PortfolioComparison', 'PortfolioFinancing', 'PostFinancing', 'PostInput', 'PostStatus', 'Prolongation', 'ProrataBasis', 'ProrataFraction', 'Provenance', 'REFERENTIEL_FORMAT', 'Rate', 'RateNotation', 'RatioFormat', 'ReferentPortfolio', 'Referentiel', 'ReportComparison', 'ReportDataSource', 'ReportEvaluation', 'ReportFinancing', 'ReportParameterSource', 'ReportPendingEvaluations', 'ReportRulebook', 'ReportSources', 'RollupCell', 'RollupRow', 'RoundedDecimal', 'Rounding', 'Rulebook', 'ScaleLevel', 'SectionScore', 'SectionTrend', 'Segment', 'Share', 'Signatory', 'SignatoryRole', 'Siren', 'Source', 'StepKind', 'TerritoryCatalogue', 'TerritoryCoverage', 'TextCorrection', 'ThematicField', 'Theme', 'Unit', 'Volet', 'VolumeExtreme', 'VolumeSpread', 'WeeklyHours', 'YearComparison', 'YearlyExpense', 'activities_not_assessed', 'activities_without_section', 'add_months', 'all_cnaf_themes', 'apply_corrections', 'apply_rate', 'apply_scenario', 'blank_evaluation_csv', 'blank_evaluation_json', 'build_department_report', 'build_national_view', 'builtin_dataset', 'builtin_dataset_ids', 'builtin_grid', 'builtin_grid_ids', 'builtin_referentiel', 'builtin_referentiel_ids', 'builtin_rulebook', 'builtin_rulebook_ids', 'caf_follow_up', 'cog_2018_2022_provenance', 'cog_2018_2022_target', 'cog_2018_2022_trajectory', 'compare_portfolios', 'compare_with_catalogue', 'compare_years', 'conventions_by_referent', 'coordination_volume', 'coverage', 'dataset_to_json', 'deadline_horizon', 'deadline_of', 'deadlines', 'default_bilan_rule', 'default_detailed_rulebook', 'default_report_rulebooks', 'department_of', 'detect_csv_separator', 'diff', 'divide_rounded_big', 'evaluations_to_csv', 'evaluations_to_json', 'evaluations_to_json_array', 'finance', 'finance_batch', 'finance_portfolio', 'find_builtin_grid', 'french_label', 'held_on', 'init_department_dataset', 'is_achieved', 'is_applicable', 'label', 'legal_population_year_on', 'load_dataset_file', 'load_dataset_json', 'load_evaluations_csv', 'load_evaluations_csv_file', 'load_evaluations_file', 'load_evaluations_json', 'load_grid_json', 'load_posts_csv', 'load_posts_csv_file', 'load_rulebook_file', 'load_rulebook_json', 'load_territory_catalogue', 'mark', 'message_codes', 'multiply', 'national_coordination_2017', 'ordinal_scale', 'parse_action_status', 'parse_body_kind', 'parse_ceiling_target', 'parse_correction_kind', 'parse_date', 'parse_epci_kind', 'parse_evidence', 'parse_formula_kind', 'parse_fte_basis', 'parse_item_kind', 'parse_language', 'parse_override', 'parse_prorata_basis', 'parse_rounding', 'parse_unit', 'parse_volet', 'post_active_in_year', 'prorata', 'prorate', 'read_csv', 'report_evaluation_year', 'require_valid', 'roll_up', 'rounded_sqrt', 'score_evaluation', 'sections_assessing', 'spreadsheet_safe', 'spreadsheet_text', 'territory_catalogue_years', 'to_french', 'to_iso', 'to_json', 'to_string', 'validate_evaluation', 'validate_evaluations', 'with_posts']
class Rounding(enum.Enum):
    """
    How an exact quotient becomes a whole number of cents (or units of a scale).
    
    Examples at the cent, for 2.5 and -2.5 cents:
    | policy               | 2.5 | -2.5 | 2.4 | -2.6 |
    |----------------------|-----|------|-----|------|
    | half_away_from_zero  |  3  |  -3  |  2  |  -3  |
    | half_even            |  2  |  -2  |  2  |  -3  |
    | toward_zero          |  2  |  -2  |  2  |  -2  |
    | down (floor)         |  2  |  -3  |  2  |  -3  |
    | up (ceiling)         |  3  |  -2  |  3  |  -2  |
    
    Administrative texts round half away from zero (« arrondi au centime le plus proche »), so
    this is the default of every rulebook.
    """
    down: typing.ClassVar[Rounding]
    half_away_from_zero: typing.ClassVar[Rounding]
    half_even: typing.ClassVar[Rounding]
    toward_zero: typing.ClassVar[Rounding]
    up: typing.ClassVar[Rounding]
    @classmethod
    def __new__(cls, value):
        ...
class RateNotation(enum.Enum):
    """
    How a rate written without a '%' sign must be read.
    
    A trailing '%' always means a percentage (`55 %`, `62.43 %`). Without it the same digits are
    ambiguous (`0.8` as a share is 80 %, as a percentage 0.8 %), so the caller says which it is:
    rulebooks declare it through the parameter's unit (`percent` or `share`).
    """
    percent: typing.ClassVar[RateNotation]
    share: typing.ClassVar[RateNotation]
    @classmethod
    def __new__(cls, value):
        ...
class ProrataBasis(enum.Enum):
    """
    How a part of a reference period is counted.
    """
    days: typing.ClassVar[ProrataBasis]
    whole_months: typing.ClassVar[ProrataBasis]
    @classmethod
    def __new__(cls, value):
        ...
class Language(enum.Enum):
    """
    Language of labels and printed explanations; French is the default of every output.
    """
    en: typing.ClassVar[Language]
    fr: typing.ClassVar[Language]
    @classmethod
    def __new__(cls, value):
        ...
class Evidence(enum.Enum):
    """
    The kind of evidence behind a value; reports print it next to the value.
    """
    derived: typing.ClassVar[Evidence]
    illustrative: typing.ClassVar[Evidence]
    public_source: typing.ClassVar[Evidence]
    reading: typing.ClassVar[Evidence]
    scenario: typing.ClassVar[Evidence]
    source_document: typing.ClassVar[Evidence]
    @classmethod
    def __new__(cls, value):
        ...
class ErrorDetail:
    """
    What an error is about: the field (or JSON path), the offending value, the expectation,
    and the message code with its parameters, from which each language words the expectation.
    
    `expected` is the English wording (C++ users read it in `what()`); `code` and `params` let a
    rendering word it in another language (the Python package's catalogue, `messages.toml`, has
    one French and one English template per code). Every code is listed by message_codes().
    
    The field, the value and every parameter are quoted through printable_text(): valid UTF-8,
    at most message_value_limit bytes each.
    """
    @staticmethod
    def of(code: str, field: str, value: str, params: collections.abc.Mapping[str, str] = {}) -> ErrorDetail:
        """
        The detail of message `code`: `expected` is its English template filled with
        `params`. A code that message_codes() does not list, or a field of the template without
        its parameter, is a programming error (a logic_error is thrown).
        """
    def __eq__(self, other: ErrorDetail) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, str, str, str, list[tuple[str, str]]]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, field: str, value: str, expected: str, code: str = '', params: collections.abc.Mapping[str, str] = {}) -> None:
        ...
    def __iter__(self) -> collections.abc.Iterator:
        """
        Python: `field, value, expected = detail`.
        """
    def __ne__(self, other: ErrorDetail) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def __str__(self) -> str:
        ...
    def to_string(self) -> str:
        """
        One line: `field: got "value"; expected ...`.
        """
    @property
    def code(self) -> str:
        """
        Message code, e.g. `siren.invalid` (empty: not coded).
        """
    @property
    def expected(self) -> str:
        """
        What would have been accepted, in plain English words.
        """
    @property
    def field(self) -> str:
        """
        Field name or JSON path, e.g. `parameters["rate"].segments[0].value`.
        """
    @property
    def params(self) -> dict[str, str]:
        """
        The parameters of the message code, by name (a new dict).
        """
    @property
    def value(self) -> str:
        """
        The offending value as the user wrote it (may be empty).
        """
class Money:
    """
    An amount of euros held exactly as a whole number of cents (int64).
    
    Amounts come from text or from integers, never from a floating-point number. Addition and
    subtraction are exact and throw NumericOverflowError instead of wrapping. Products with a rate, an
    FTE or a prorata go through ExactAmount and are rounded once, under a named policy.
    
    Python: `Money('38 400,00 €')`, `Money(Decimal('12.50'))`, `Money.from_cents(1250)`, `Money.from_euros(12)`. A float is refused (TypeError), and so is a bare int, which could mean cents or euros. Wherever an amount is expected, a str or a Decimal is read as Money() reads it. `str(m)` is the plain form `38400.00`; `format(m, 'fr')` gives `38 400,00 €`, `format(m, 'en')` `38,400.00 €`, and other format specifications apply to the Decimal value (`f'{m:,.2f}'`).
    """
    @staticmethod
    def from_cents(cents: typing.SupportsIndex) -> Money:
        """
        An amount of `cents` hundredths of a euro.
        """
    @staticmethod
    def from_euros(euros: typing.SupportsIndex) -> Money:
        """
        An amount of whole euros.
        
        Raises:
            NumericOverflowError: when `euros` × 100 does not fit in int64.
        """
    @staticmethod
    def parse(text: str, field: str = 'amount') -> Money:
        """
        Reads an amount written the way analysts write it.
        
        Accepted: `38400`, `38400.00`, `-12.5`, `38 400,00 €`, `38 400,00`: one decimal mark
        ('.' or ','), at most two decimals, thousands grouped by spaces (ASCII, U+00A0 or U+202F)
        only, an optional leading sign and an optional trailing '€'. Rejected with a message:
        `12.345` (three decimals), `1.234,5` and `12,34.5` (two kinds of mark), empty text,
        `NaN`, `1e3`.
        
        Parameters:
            text: the amount
            field: the name of the field it comes from, quoted in the error
        
        Raises:
            InvalidValueError: when the text is not an amount.
            OutOfRangeError: when it does not fit in int64 cents.
        """
    def __abs__(self) -> Money:
        ...
    def __add__(self, other: Money) -> Money:
        """
        Checked sum; throws NumericOverflowError.
        """
    def __bool__(self) -> bool:
        ...
    def __eq__(self, other: Money) -> bool:
        ...
    def __format__(self, format_spec: str) -> str:
        ...
    def __ge__(self, other: Money) -> bool:
        ...
    def __getstate__(self) -> tuple[int, int]:
        ...
    def __gt__(self, other: Money) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    @typing.overload
    def __init__(self) -> None:
        """
        Zero euros.
        """
    @typing.overload
    def __init__(self, value: Money | str | decimal.Decimal) -> None:
        """
        An amount read from a str (as Money.parse() reads it) or from a decimal.Decimal with at most two decimals.
        """
    def __le__(self, other: Money) -> bool:
        ...
    def __lt__(self, other: Money) -> bool:
        ...
    def __mul__(self, count: typing.SupportsIndex) -> Money:
        """
        Checked product by a whole count; throws NumericOverflowError.
        """
    def __ne__(self, other: Money) -> bool:
        ...
    def __neg__(self) -> Money:
        """
        Checked negation.
        """
    def __pos__(self) -> Money:
        ...
    def __repr__(self) -> str:
        ...
    def __rmul__(self, count: typing.SupportsIndex) -> Money:
        """
        Checked product by a whole count; throws NumericOverflowError.
        """
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def __str__(self) -> str:
        ...
    def __sub__(self, other: Money) -> Money:
        """
        Checked difference; throws NumericOverflowError.
        """
    def to_decimal(self) -> decimal.Decimal:
        """
        Python: the exact amount in euros as a decimal.Decimal with two decimals.
        """
    def to_english(self) -> str:
        """
        `€38,400.00`, `-€12.50` as CLDR (Babel) writes British English: euro sign first,
        grouping by commas, '.' mark.
        """
    def to_french(self) -> str:
        """
        `38 400,00 €` as CLDR (Babel) writes French: U+202F NARROW NO-BREAK SPACE between
        thousands, ',' mark, U+00A0 NO-BREAK SPACE before the euro sign; parse() reads it back.
        """
    def to_plain(self) -> str:
        """
        `38400.00`, `-12.50`: always two decimals, '.' mark, no grouping.
        """
    @property
    def cents(self) -> int:
        """
        The exact number of cents.
        """
class Rate:
    """
    A rate from 0 to 100 % held exactly in millionths (a share scaled by 10^6).
    
    Python: `Rate.percent('80')`, `Rate.share('0.8')`, `Rate.parse('62.43 %', RateNotation.share)` or `Rate('80', RateNotation.percent)`; a str, a Decimal or an int, never a float. `str(r)` is `80 %`, `r.to_decimal()` the share `Decimal('0.8')`.
    """
    scale: typing.ClassVar[int] = 1000000
    @staticmethod
    def from_millionths(millionths: typing.SupportsIndex, field: str = 'rate') -> Rate:
        """
        A rate of `millionths` / 10^6 (800000 is 80 %).
        
        Raises:
            InvalidValueError: when outside [0, 1000000].
        """
    @staticmethod
    def parse(text: str, notation: RateNotation, field: str = 'rate') -> Rate:
        """
        Reads a rate; see rate_notation for what the digits mean.
        
        Raises:
            InvalidValueError: naming `field` for malformed text, more decimals than the notation holds, a negative rate or one above 100 %.
        """
    @staticmethod
    def percent(value: str | decimal.Decimal | int, field: str = 'rate') -> Rate:
        """
        Python: a rate written as a percentage: `Rate.percent('62.43')` is 62.43 %.
        """
    @staticmethod
    def share(value: str | decimal.Decimal | int, field: str = 'rate') -> Rate:
        """
        Python: a rate written as a share: `Rate.share('0.8')` is 80 %.
        """
    def __eq__(self, other: Rate) -> bool:
        ...
    def __ge__(self, other: Rate) -> bool:
        ...
    def __getstate__(self) -> tuple[int, int]:
        ...
    def __gt__(self, other: Rate) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, value: str | decimal.Decimal | int, notation: RateNotation) -> None:
        """
        A rate read from a str, a Decimal or an int in the given notation (a trailing '%' always means percent), as Rate.parse() reads it.
        """
    def __le__(self, other: Rate) -> bool:
        ...
    def __lt__(self, other: Rate) -> bool:
        ...
    def __ne__(self, other: Rate) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def __str__(self) -> str:
        ...
    def to_decimal(self) -> decimal.Decimal:
        """
        Python: the share as a decimal.Decimal (80 % is `Decimal('0.8')`).
        """
    def to_french(self) -> str:
        """
        `62,43 %`: percent, French decimal comma, U+00A0 NO-BREAK SPACE before `%` (as
        CLDR, Babel, writes French).
        """
    def to_percent_string(self) -> str:
        """
        `62.43 %`: percent, '.' mark, trailing zeros dropped.
        """
    def to_share_string(self) -> str:
        """
        `0.6243`: a share, trailing zeros dropped.
        """
    @property
    def millionths(self) -> int:
        """
        The exact value in millionths of one.
        """
class WeeklyHours:
    """
    Weekly working hours, exact to the hundredth of an hour (`35`, `17.5`, `7,25`).
    
    Only used to turn a contract's hours into an FTE with Fte.from_weekly_hours().
    
    Python: `WeeklyHours('17.5')`, `WeeklyHours(Decimal('7.25'))`, `WeeklyHours(35)`; wherever hours are expected, a str, a Decimal or an int is read the same way.
    """
    @staticmethod
    def parse(text: str, field: str = 'weekly_hours') -> WeeklyHours:
        """
        Reads hours with at most two decimals.
        
        Raises:
            InvalidValueError: naming `field` for malformed or negative text.
        """
    def __eq__(self, other: WeeklyHours) -> bool:
        ...
    def __getstate__(self) -> tuple[int, int]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, value: WeeklyHours | str | decimal.Decimal | int) -> None:
        """
        Hours read from a str, a decimal.Decimal or an int, as WeeklyHours.parse() reads them.
        """
    def __ne__(self, other: WeeklyHours) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def __str__(self) -> str:
        ...
    def to_decimal(self) -> decimal.Decimal:
        """
        Python: the hours as a decimal.Decimal.
        """
    def to_string(self) -> str:
        """
        `17.5 h`.
        """
    @property
    def hundredths(self) -> int:
        """
        Hundredths of an hour (`17.5` is 1750).
        """
class Fte:
    """
    A number of full-time equivalents (ETP), exact to 1/10,000, never negative.
    
    Written `0.75`, `1.5`, `2,5` or `0.5714`: one decimal mark, at most four decimals. A fifth
    decimal is an error, not a rounding: convert hours explicitly with from_weekly_hours().
    
    Python: `Fte('0.75')`, `Fte(Decimal('2.5'))`, `Fte(4)`; wherever an FTE is expected, a str, a Decimal or an int is read the same way; a float is refused (TypeError).
    """
    scale: typing.ClassVar[int] = 10000
    @staticmethod
    def from_ten_thousandths(units: typing.SupportsIndex, field: str = 'fte') -> Fte:
        """
        `units` ten-thousandths of an FTE.
        
        Raises:
            InvalidValueError: when negative.
        """
    @staticmethod
    def from_weekly_hours(worked: WeeklyHours | str | decimal.Decimal | int, full_time: WeeklyHours | str | decimal.Decimal | int, policy: Rounding) -> Fte:
        """
        `worked / full_time`, rounded once to four decimals under `policy`.
        
        Raises:
            InvalidValueError: when `full_time` is zero.
        """
    @staticmethod
    def parse(text: str, field: str = 'fte') -> Fte:
        """
        Reads an FTE (`0.75`, `2,5`).
        
        Raises:
            InvalidValueError: naming `field` for malformed text, a negative value or more than four decimals.
        """
    def __add__(self, other: Fte) -> Fte:
        """
        Checked sum of two FTE counts; throws NumericOverflowError.
        """
    def __bool__(self) -> bool:
        ...
    def __eq__(self, other: Fte) -> bool:
        ...
    def __ge__(self, other: Fte) -> bool:
        ...
    def __getstate__(self) -> tuple[int, int]:
        ...
    def __gt__(self, other: Fte) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    @typing.overload
    def __init__(self) -> None:
        """
        Zero FTE.
        """
    @typing.overload
    def __init__(self, value: Fte | str | decimal.Decimal | int) -> None:
        """
        An FTE read from a str (as Fte.parse() reads it), a decimal.Decimal with at most four decimals, or an int.
        """
    def __le__(self, other: Fte) -> bool:
        ...
    def __lt__(self, other: Fte) -> bool:
        ...
    def __ne__(self, other: Fte) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def __str__(self) -> str:
        ...
    def to_decimal(self) -> decimal.Decimal:
        """
        Python: the FTE as a decimal.Decimal.
        """
    def to_french(self) -> str:
        """
        `0,75`: French decimal comma.
        """
    def to_string(self) -> str:
        """
        `0.75`, `4`: '.' mark, trailing zeros dropped.
        """
    @property
    def ten_thousandths(self) -> int:
        """
        The exact value in ten-thousandths.
        """
class ExactAmount:
    """
    An amount in cents kept as an exact fraction while it is multiplied, rounded once.
    
    Every product of the library (money × rate, money × FTE, prorata temporis) goes through this
    type: the factors multiply exactly in checked 128-bit integers and the result becomes money
    only in rounded(), under a named policy. No rounding happens between factors.
    
    Raises:
        NumericOverflowError: from any operation whose exact intermediate exceeds 128 bits.
    """
    @typing.overload
    def __eq__(self, other: Money) -> bool:
        """
        Exact comparison with a rounded amount.
        """
    @typing.overload
    def __eq__(self, other: ExactAmount) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, amount: Money | str | decimal.Decimal) -> None:
        """
        The exact value of `m`.
        """
    @typing.overload
    def __ne__(self, other: Money) -> bool:
        ...
    @typing.overload
    def __ne__(self, other: ExactAmount) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def rounded(self, policy: Rounding) -> Money:
        """
        The amount rounded to the cent under `policy`.
        
        Raises:
            NumericOverflowError: when it does not fit in int64 cents.
        """
    @typing.overload
    def times(self, factor: Rate) -> ExactAmount:
        """
        × rate (millionths / 10^6).
        """
    @typing.overload
    def times(self, factor: Fte) -> ExactAmount:
        """
        × FTE (ten-thousandths / 10^4).
        """
    @typing.overload
    def times(self, factor: ProrataFraction) -> ExactAmount:
        """
        × prorata fraction.
        """
    def times_ratio(self, numerator: typing.SupportsIndex, denominator: typing.SupportsIndex) -> ExactAmount:
        """
        × `numerator / denominator` (a weight among parts, say).
        
        Raises:
            InvalidValueError: when `denominator` is zero.
        """
    def to_fraction(self) -> fractions.Fraction:
        """
        Python: the exact value in euros as a fractions.Fraction.
        """
    def to_plain(self, max_decimals: typing.SupportsInt | typing.SupportsIndex = 6) -> str:
        """
        The exact euros as decimal text with '.', e.g. `27427.2`; a non-terminating value
        is cut after `max_decimals` decimals and marked with `…` (`10285.714285…`).
        """
    @property
    def denominator(self) -> int:
        """
        Denominator of the reduced fraction (> 0).
        """
    @property
    def is_whole_cent(self) -> bool:
        """
        Whether no rounding is needed (the fraction is a whole number of cents).
        """
    @property
    def numerator(self) -> int:
        """
        Numerator in cents of the reduced fraction.
        """
class Period:
    """
    A half-open run of days `[start, end)`: `end` is the first day outside.
    
    The calendar year 2021 is `[2021-01-01, 2022-01-01)`, 365 days.
    
    Python: dates are datetime.date; `d in period` tests membership.
    """
    @staticmethod
    def calendar_year(year: typing.SupportsInt | typing.SupportsIndex) -> Period:
        """
        `[year-01-01, (year+1)-01-01)`.
        
        Raises:
            InvalidValueError: (`year.range`, field `year`) outside first_year … last_year.
        """
    def __contains__(self, day: datetime.date) -> bool:
        ...
    def __eq__(self, other: Period) -> bool:
        ...
    def __ge__(self, other: Period) -> bool:
        ...
    def __getstate__(self) -> tuple[int, datetime.date, datetime.date]:
        ...
    def __gt__(self, other: Period) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, start: datetime.date, end: datetime.date) -> None:
        """
        `[start, end)`.
        
        Raises:
            InvalidValueError: when `end` is not after `start`.
        """
    def __le__(self, other: Period) -> bool:
        ...
    def __lt__(self, other: Period) -> bool:
        ...
    def __ne__(self, other: Period) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def __str__(self) -> str:
        ...
    def contains(self, day: datetime.date) -> bool:
        """
        Whether `d` is inside.
        """
    def intersect(self, other: Period) -> Period | None:
        """
        The days both periods share, if any.
        """
    def to_french(self) -> str:
        """
        `du 01/01/2021 au 31/12/2021`.
        """
    def to_string(self) -> str:
        """
        `[2021-01-01, 2022-01-01)`.
        """
    @property
    def days(self) -> int:
        """
        Number of days inside.
        """
    @property
    def end(self) -> datetime.date:
        """
        First day outside.
        """
    @property
    def last_day(self) -> datetime.date:
        """
        Last day inside (`end - 1 day`).
        """
    @property
    def start(self) -> datetime.date:
        """
        First day inside.
        """
class ProrataFraction:
    """
    An exact fraction `numerator / denominator` of a reference period (0 ≤ n ≤ d, d > 0).
    
    Python: built with `ProrataFraction(numerator, denominator)`, which checks 0 ≤ numerator ≤ denominator and denominator > 0.
    """
    def __eq__(self, other: ProrataFraction) -> bool:
        ...
    def __getstate__(self) -> tuple[int, int, int]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, numerator: typing.SupportsIndex, denominator: typing.SupportsIndex) -> None:
        ...
    def __ne__(self, other: ProrataFraction) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def __str__(self) -> str:
        ...
    def to_fraction(self) -> fractions.Fraction:
        """
        Python: the value as a fractions.Fraction (reduced, unlike the fraction itself).
        """
    def to_string(self) -> str:
        """
        `306/365`.
        """
    @property
    def denominator(self) -> int:
        """
        Days or months of the reference.
        """
    @property
    def is_whole(self) -> bool:
        """
        Whether the whole reference is covered.
        """
    @property
    def numerator(self) -> int:
        """
        Days or months active inside the reference.
        """
class LocalizedText:
    """
    A text in French and in English.
    """
    def __eq__(self, other: LocalizedText) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, str]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, fr: str, en: str = '') -> None:
        ...
    def __ne__(self, other: LocalizedText) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def __str__(self) -> str:
        ...
    def text(self, language: Language = ...) -> str:
        """
        The text in `lang`, falling back to French when the English one is empty.
        """
    @property
    def en(self) -> str:
        """
        English text.
        """
    @property
    def fr(self) -> str:
        """
        French text.
        """
class Source:
    """
    The document a value is taken from, precise enough for an auditor to find it.
    """
    def __eq__(self, other: Source) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, str, str]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, document: str = '', locator: str = '', url: str = '') -> None:
        ...
    def __ne__(self, other: Source) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def __str__(self) -> str:
        ...
    def to_string(self) -> str:
        """
        `document, locator (url)` on one line.
        """
    @property
    def document(self) -> str:
        """
        Title, author and date of the document.
        """
    @property
    def locator(self) -> str:
        """
        Page, slide, article or section inside it.
        """
    @property
    def url(self) -> str:
        """
        Public address, empty when the document is not public.
        """
class Provenance:
    """
    A value's evidence and, except for illustrative values, its source.
    
    A derived value cites the sources it is computed from and says how (`derivation`); a reading
    cites the source it reads and says which other reading it rejected (`alternative`). Each of
    these two members is required for its kind and refused for any other (check_reasoning()).
    """
    def __eq__(self, other: Provenance) -> bool:
        ...
    def __getstate__(self) -> tuple[int, Evidence, Source, str, str]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, kind: Evidence = ..., cited: Source = ..., derivation: str = '', alternative: str = '') -> None:
        ...
    def __ne__(self, other: Provenance) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def alternative(self) -> str:
        """
        reading: the reading rejected, e.g. "a ceiling on the aid".
        """
    @property
    def cited(self) -> Source:
        """
        The source (may be empty when illustrative).
        """
    @property
    def derivation(self) -> str:
        """
        derived: how it is computed from its sources, e.g. `80 % − 55 %`.
        """
    @property
    def kind(self) -> Evidence:
        """
        What backs the value.
        """
class Unit(enum.Enum):
    """
    What a parameter's values measure; it also says how their text is read.
    """
    eur: typing.ClassVar[Unit]
    eur_per_fte: typing.ClassVar[Unit]
    percent: typing.ClassVar[Unit]
    share: typing.ClassVar[Unit]
    @classmethod
    def __new__(cls, value):
        ...
class FormulaKind(enum.Enum):
    """
    The base of the aid.
    """
    flat_per_fte: typing.ClassVar[FormulaKind]
    share_of_expense: typing.ClassVar[FormulaKind]
    @classmethod
    def __new__(cls, value):
        ...
class FteBasis(enum.Enum):
    """
    Which ETP a rulebook pays for: those contracted, or those of the coordinators in post.
    
    No public source read says which one a Caf pays (the source document's table counts
    « ETP contractualisé CTG »; a share of the expense falls by itself while a post is vacant).
    Each built-in rulebook records its choice as a reading, with the alternative it rejects.
    
    | basis      | Val de Charente 2021 (1 ETP contracted, coordinator from 3 May) | national aid |
    |------------|------------------------------------------------------------------|--------------|
    | contracted | 1 ETP × 365/365                                                  | 24,000.00 €  |
    | in_post    | 1 ETP × 243/365                                                  | 15,978.08 €  |
    """
    contracted: typing.ClassVar[FteBasis]
    in_post: typing.ClassVar[FteBasis]
    @classmethod
    def __new__(cls, value):
        ...
class CeilingTarget(enum.Enum):
    """
    What a ceiling per FTE caps: the two readings of "80 % within a ceiling of 48,000 €".
    
    | reading | formula                                   | 1 FTE, expense 60,000 € | 1 FTE, expense 40,000 € |
    |---------|-------------------------------------------|-------------------------|-------------------------|
    | expense | `80 % × min(expense, 48,000 × FTE)`       | 38,400 €                | 32,000 €                |
    | aid     | `min(80 % × expense, 48,000 × FTE)`       | 48,000 €                | 32,000 €                |
    
    The Caf's "prix plafond" practice caps the expense: the Charente rulebook uses `expense`.
    """
    aid: typing.ClassVar[CeilingTarget]
    expense: typing.ClassVar[CeilingTarget]
    @classmethod
    def __new__(cls, value):
        ...
class Segment:
    """
    One value in force over `[start, end)`; an absent end means "until further notice".
    """
    def __contains__(self, day: datetime.date) -> bool:
        ...
    def __eq__(self, other: Segment) -> bool:
        ...
    def __getstate__(self) -> tuple[int, datetime.date, datetime.date | None, Money | Rate, Provenance, str, datetime.date | None]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, start: datetime.date, end: datetime.date | None, value: Money | Rate, origin: Provenance = ..., start_alternative: str = '', confirmed_on: datetime.date | None = None) -> None:
        ...
    def __ne__(self, other: Segment) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def contains(self, day: datetime.date) -> bool:
        """
        Whether `d` falls inside the segment.
        """
    def span_text(self) -> str:
        """
        `[2020-01-01, …)` or `[2020-01-01, 2024-01-01)`.
        """
    @property
    def confirmed_on(self) -> datetime.date | None:
        """
        Last date its source confirms the value on (the source's own date); none = not stated.
        Pricing after it still uses the value, with a warning (unconfirmed_parameters()).
        """
    @property
    def end(self) -> datetime.date | None:
        """
        First day no longer in force; none = open-ended.
        """
    @property
    def origin(self) -> Provenance:
        """
        Evidence and source (a scenario override says so).
        """
    @property
    def start(self) -> datetime.date:
        """
        First day in force.
        """
    @property
    def start_alternative(self) -> str:
        """
        When the source gives no start date: the library's choice of `start` is a reading, and
        this is the alternative it rejected (e.g. "from the document's date only"); empty when
        the source dates the segment. A segment with one carries the mark [R] besides its own.
        """
    @property
    def value(self) -> Money | Rate:
        """
        The value.
        """
class Parameter:
    """
    A named parameter with a timeline of values; immutable once built.
    
    Segments are sorted, do not overlap and leave no gap between the first start and the last
    end. Query it at a date with at().
    """
    def __eq__(self, other: Parameter) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, Unit, LocalizedText, list[Segment]]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, name: str, unit: Unit, label: LocalizedText, segments: collections.abc.Sequence[Segment]) -> None:
        """
        Builds and checks a parameter.
        
        Raises:
            ValidationError: listing every problem: no segment, a value of the wrong kind for `u`, a segment ending before it starts, overlaps, gaps.
        """
    def __iter__(self) -> collections.abc.Iterator[Segment]:
        """
        Python: the segments, in date order.
        """
    def __len__(self) -> int:
        ...
    def __ne__(self, other: Parameter) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def at(self, day: datetime.date) -> Segment:
        """
        The segment in force on `d`.
        
        Raises:
            OutOfRangeError: naming the parameter, the date and the covered dates.
        """
    def coverage_text(self) -> str:
        """
        Dates covered, e.g. `[2020-01-01, …)`.
        """
    def value_text(self, segment: Segment) -> str:
        """
        The value in force on `d` as text in its unit (`48000.00`, `80 %`).
        """
    @property
    def label(self) -> LocalizedText:
        """
        Label in French and English.
        """
    @property
    def name(self) -> str:
        """
        Identifier, e.g. `coordination_rate`.
        """
    @property
    def segments(self) -> list[Segment]:
        """
        Segments in date order.
        """
    @property
    def unit(self) -> Unit:
        """
        Unit of every value.
        """
class FundingPart:
    """
    A funding part the aid is split into (e.g. bonus territoire, fonds locaux).
    """
    def __eq__(self, other: FundingPart) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, LocalizedText, str]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, id: str, label: LocalizedText, weight_parameter: str) -> None:
        ...
    def __ne__(self, other: FundingPart) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def id(self) -> str:
        """
        Identifier, e.g. `bonus_territoire`.
        """
    @property
    def label(self) -> LocalizedText:
        """
        Label in French and English.
        """
    @property
    def weight_parameter(self) -> str:
        """
        Parameter (percent or share) giving the part's weight.
        """
class Formula:
    """
    How a rulebook computes the aid of one post, by naming the parameters it reads.
    
    Steps, in order: the annual amounts per FTE (flat amount or ceiling) × FTE × prorata of the
    activity inside the reference period, rounded once; for a share of the expense, the ceiling
    caps the expense or the aid (ceiling_target) and the rate applies, rounded once; the rounded
    aid is then split into parts whose rounded amounts add up exactly to it (largest remainders).
    For a share of the expense, the parts' weights must add up to the rate (55 % + 25 % = 80 %).
    """
    def __eq__(self, other: Formula) -> bool:
        ...
    def __getstate__(self) -> tuple[int, FormulaKind, str, str, str | None, CeilingTarget, ProrataBasis, list[FundingPart], FteBasis]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, kind: FormulaKind, amount_per_fte: str = '', rate: str = '', ceiling_per_fte: str | None = None, ceiling_on: CeilingTarget = ..., prorata: ProrataBasis = ..., parts: collections.abc.Sequence[FundingPart] = [], fte: FteBasis = ...) -> None:
        ...
    def __ne__(self, other: Formula) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def parameter_names(self) -> list[str]:
        """
        Names of every parameter the formula reads, in reading order.
        """
    @property
    def amount_per_fte(self) -> str:
        """
        flat_per_fte: parameter of the amount per FTE.
        """
    @property
    def ceiling_on(self) -> CeilingTarget:
        """
        What the ceiling caps.
        """
    @property
    def ceiling_per_fte(self) -> str | None:
        """
        share_of_expense: parameter of the ceiling.
        """
    @property
    def fte(self) -> FteBasis:
        """
        The ETP it pays for, unless the caller chooses.
        """
    @property
    def kind(self) -> FormulaKind:
        """
        Base of the aid.
        """
    @property
    def parts(self) -> list[FundingPart]:
        """
        Funding parts; empty = one undivided aid.
        """
    @property
    def prorata(self) -> ProrataBasis:
        """
        How part-year activity is counted.
        """
    @property
    def rate(self) -> str:
        """
        share_of_expense: parameter of the rate.
        """
class MethodOrigin:
    """
    Where one method of a rulebook comes from: which ETP it pays (`fte`), how it counts a
    part-year activity (`prorata`), how it rounds (`rounding`), what its ceiling caps
    (`ceiling_on`). The sources seldom say: a method is then a reading or a choice of the library
    (evidence `reading`), with the alternative it rejected.
    """
    def __eq__(self, other: MethodOrigin) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, str, Provenance]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, method: str = '', value: str = '', origin: Provenance = ...) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: MethodOrigin) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def method(self) -> str:
        """
        `ceiling_on`, `fte`, `prorata` or `rounding`.
        """
    @property
    def origin(self) -> Provenance:
        """
        Evidence, source and, for a reading, the alternative rejected.
        """
    @property
    def value(self) -> str:
        """
        The rulebook's value (`in_post`, `days`…), from its formula.
        """
class Rulebook:
    """
    A financing rulebook (national 2020, CEJ, Charente 2021…); immutable and thread-safe.
    
    Built-in rulebooks are embedded in the library (builtin_rulebook()); others load from JSON
    (load_rulebook_json()). A rulebook is plain data: changing a value is a scenario, not code.
    
    Python: iterating a rulebook gives its parameters; `name in rulebook` tests whether a parameter exists. Two rulebooks are equal when their canonical JSON (to_json) is.
    """
    def __contains__(self, name: str) -> bool:
        ...
    def __eq__(self, other: Rulebook) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, id: str, label: LocalizedText, description: LocalizedText, rounding_policy: Rounding, rule: Formula, parameters: collections.abc.Sequence[Parameter], department: str = '', methods: collections.abc.Sequence[MethodOrigin] = []) -> None:
        """
        Builds and cross-checks a rulebook.
        
        Raises:
            ValidationError: listing every problem: a formula naming an unknown parameter or one of the wrong unit, a zero ceiling, parts that do not add up to the rate, a `department` that is not a department code, a method origin naming no method of the rulebook (or one twice), or whose reasoning is incomplete (check_reasoning()).
        """
    def __iter__(self) -> collections.abc.Iterator[Parameter]:
        """
        Python: the parameters, sorted by name.
        """
    def __len__(self) -> int:
        ...
    def __ne__(self, other: Rulebook) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def applies_in(self, code: str) -> bool:
        """
        Whether the Caf of department `code` applies the rulebook: a national rule, or a
        rule of that department.
        """
    def has_parameter(self, name: str) -> bool:
        """
        Whether a parameter called `name` exists.
        """
    def parameter(self, name: str) -> Parameter:
        """
        The parameter called `name`.
        
        Raises:
            OutOfRangeError: naming the unknown parameter and listing the known ones.
        """
    @property
    def department(self) -> str:
        """
        Code of the department whose Caf applies the rulebook (`16` for the Caf de la
        Charente); empty for a national rule, which every Caf applies.
        """
    @property
    def description(self) -> LocalizedText:
        """
        What the rulebook is and where it comes from.
        """
    @property
    def id(self) -> str:
        """
        Identifier, e.g. `charente-2021`.
        """
    @property
    def label(self) -> LocalizedText:
        """
        Title in French and English.
        """
    @property
    def methods(self) -> list[MethodOrigin]:
        """
        Where its methods come from, sorted by method; each `value` is the rulebook's own
        (formula or rounding). Empty when the rulebook does not say.
        """
    @property
    def parameters(self) -> list[Parameter]:
        """
        Parameters sorted by name.
        """
    @property
    def rounding_policy(self) -> Rounding:
        """
        How products are rounded to the cent.
        """
    @property
    def rule(self) -> Formula:
        """
        The formula.
        """
class ParameterOverride:
    """
    One override: a parameter takes `value` from `from` on (from its first date if none).
    
    Python: `ParameterOverride('coordination_ceiling_per_fte', Money('50000'), from_date=date(2024, 1, 1))`; the value may be a str, a Money, a Rate, a Decimal or an int, and is read in the parameter's unit when the scenario is applied. `str()` gives the command-line form `name=value@YYYY-MM-DD`, which is also accepted wherever an override is expected.
    """
    def __eq__(self, other: ParameterOverride) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, str, datetime.date | None]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, parameter: str, value: str | Money | Rate | decimal.Decimal | int, from_date: datetime.date | None = None) -> None:
        ...
    def __ne__(self, other: ParameterOverride) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def from_date(self) -> datetime.date | None:
        """
        First day of the new value; none = the whole timeline.
        """
    @property
    def parameter(self) -> str:
        """
        Name of an existing parameter.
        """
    @property
    def value(self) -> str:
        """
        Value as text, read in the parameter's unit.
        """
class StepKind(enum.Enum):
    """
    What a step of an explanation records.
    """
    computation: typing.ClassVar[StepKind]
    input: typing.ClassVar[StepKind]
    note: typing.ClassVar[StepKind]
    parameter: typing.ClassVar[StepKind]
    result: typing.ClassVar[StepKind]
    rounding: typing.ClassVar[StepKind]
    split: typing.ClassVar[StepKind]
    @classmethod
    def __new__(cls, value):
        ...
class ExpenseBasis(enum.Enum):
    """
    Which expense a share-of-expense rulebook applies to.
    """
    at_ceiling: typing.ClassVar[ExpenseBasis]
    declared: typing.ClassVar[ExpenseBasis]
    @classmethod
    def __new__(cls, value):
        ...
class ParameterReading:
    """
    A parameter as it was read: value, effective segment and source.
    """
    def __eq__(self, other: ParameterReading) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, Unit, str, datetime.date, datetime.date | None, Provenance, datetime.date | None, str]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, name: str = '', unit: Unit = ..., value: str = '', segment_start: datetime.date, segment_end: datetime.date | None = None, origin: Provenance = ..., confirmed_on: datetime.date | None = None, start_alternative: str = '') -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: ParameterReading) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def confirmed_on(self) -> datetime.date | None:
        """
        Last date its source confirms it on, if stated.
        """
    @property
    def name(self) -> str:
        """
        Parameter name.
        """
    @property
    def origin(self) -> Provenance:
        """
        Evidence and source of the segment.
        """
    @property
    def segment_end(self) -> datetime.date | None:
        """
        End of the segment read, none when open-ended.
        """
    @property
    def segment_start(self) -> datetime.date:
        """
        First day of the segment read.
        """
    @property
    def start_alternative(self) -> str:
        """
        The segment's start is a reading: what it rejected.
        """
    @property
    def unit(self) -> Unit:
        """
        Its unit.
        """
    @property
    def value(self) -> str:
        """
        Value as text in its unit (`48000.00`, `80 %`).
        """
class ExplanationStep:
    """
    One step of an explanation.
    """
    def __eq__(self, other: ExplanationStep) -> bool:
        ...
    def __getstate__(self) -> tuple[int, StepKind, str, LocalizedText, str, str, Money | None, str, Rounding | None, ParameterReading | None, Provenance | None]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, kind: StepKind = ..., id: str = '', label: LocalizedText = ..., formula: str = '', value: str = '', amount: Money | str | decimal.Decimal | None = None, exact: str = '', policy: Rounding | None = None, parameter: ParameterReading | None = None, origin: Provenance | None = None) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: ExplanationStep) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def amount(self) -> Money | None:
        """
        The value when it is an amount in cents.
        """
    @property
    def exact(self) -> str:
        """
        The exact value when it is not a whole number of cents: before rounding on
        rounding and split steps; on a computation step kept exact (a prorated ceiling on the
        expense, rounded once at the end), the value itself (`value` == `exact`).
        """
    @property
    def formula(self) -> str:
        """
        How it was obtained, e.g. `48000.00 × 1.5 × 365/365`.
        """
    @property
    def id(self) -> str:
        """
        Stable identifier. Inputs: `post`, `fte`, `expense`, `activity`, `fte_paid`,
        `reference`. Parameters: `parameter.coordination_rate` and the like. Prorata: `prorata`,
        or on the ETP in post `held[0]`, `held[1]`… (one per coordinator) and `fte_years`.
        Amounts: `ceiling`, `expense`, `base`, `aid`, `aid_before_ceiling`, then
        `part.fonds_locaux` and the like. Notes: `unconfirmed`, `changes_within`. Last: `total`.
        Inside a slice of a period the id is prefixed, as in `slice[0].aid`.
        """
    @property
    def kind(self) -> StepKind:
        """
        What the step records.
        """
    @property
    def label(self) -> LocalizedText:
        """
        What the value is, in French and English.
        """
    @property
    def origin(self) -> Provenance | None:
        """
        input steps: where the input comes from, as its dataset records it (the post's
        contracted ETP, its declared expense); none when the caller did not say.
        """
    @property
    def parameter(self) -> ParameterReading | None:
        """
        parameter steps: what was read.
        """
    @property
    def policy(self) -> Rounding | None:
        """
        rounding steps: the policy applied.
        """
    @property
    def value(self) -> str:
        """
        The value as plain text (`72000.00`, `80 %`, `1.5`).
        """
class Explanation:
    """
    The ordered steps that lead to an amount.
    
    Printable as text (French by default) and as JSON (`ctg.explanation/1`, schema in docs/).
    
    Python: a sequence of ExplanationStep (`len()`, indexing, iteration); `str()` is the French text.
    """
    def __eq__(self, other: Explanation) -> bool:
        ...
    def __getitem__(self, index: typing.SupportsInt | typing.SupportsIndex) -> ExplanationStep:
        ...
    def __getstate__(self) -> tuple[int, list[ExplanationStep]]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, steps: collections.abc.Sequence[ExplanationStep] = []) -> None:
        """
        Python: `Explanation(steps=[...])`.
        """
    def __iter__(self) -> collections.abc.Iterator[ExplanationStep]:
        """
        Python: the steps, in computation order.
        """
    def __len__(self) -> int:
        ...
    def __ne__(self, other: Explanation) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def __str__(self) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def step(self, id: str) -> ExplanationStep:
        """
        Python: the first step with this id (`aid`, `ceiling`, `part.fonds_locaux`…), or None.
        """
    def to_json(self) -> str:
        """
        The steps as a JSON array (each step an object; amounts as strings).
        """
    def to_text(self, language: Language = ...) -> str:
        """
        One line per step: label, value, formula, source.
        """
    @property
    def steps(self) -> list[ExplanationStep]:
        """
        In computation order.
        """
class PostInput:
    """
    What the financing of one post needs to know.
    
    Python: `PostInput(id='p', contracted_fte='2.5', expense='38 400,00 €')`, keyword arguments only; the FTE as an Fte, a str, a Decimal or an int, the expense as a Money, a str or a Decimal (never a float), or None with `basis=ExpenseBasis.at_ceiling`.
    """
    def __eq__(self, other: PostInput) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, Fte, Money | None, ExpenseBasis, Period | None, list[HeldShare] | None, FteBasis | None, Provenance | None, Provenance | None]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, id: str = '', contracted_fte: Fte | str | decimal.Decimal | int, expense: Money | str | decimal.Decimal | None = None, basis: ExpenseBasis = ..., active: Period | None = None, held: collections.abc.Sequence[HeldShare] | None = None, fte_paid: FteBasis | None = None, fte_origin: Provenance | None = None, expense_origin: Provenance | None = None) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: PostInput) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def active(self) -> Period | None:
        """
        When the post is active; none = the whole reference period.
        """
    @property
    def basis(self) -> ExpenseBasis:
        """
        Declared expense or maximum aid.
        """
    @property
    def contracted_fte(self) -> Fte:
        """
        FTE contracted in the convention.
        """
    @property
    def expense(self) -> Money | None:
        """
        Expense over the reference period (basis `declared`).
        """
    @property
    def expense_origin(self) -> Provenance | None:
        """
        Where the declared expense comes from (shown in the explanation); none: not said.
        """
    @property
    def fte_origin(self) -> Provenance | None:
        """
        Where the contracted FTE comes from (shown in the explanation); none: not said.
        """
    @property
    def fte_paid(self) -> FteBasis | None:
        """
        The ETP paid for; none: the rulebook's (Formula.fte).
        """
    @property
    def held(self) -> list[HeldShare] | None:
        """
        The coordinators in post, read when the ETP paid are those in post: each share
        counts over its days held within `active` and the reference period (an empty list: the
        post is vacant). None: not detailed, the contracted FTE are taken as held throughout
        the activity (the explanation says so).
        """
    @property
    def id(self) -> str:
        """
        Identifier of the post (quoted in errors and outputs).
        """
class HeldShare:
    """
    A share of a post held by one coordinator over a period: what an ETP-in-post rulebook
    pays for.
    
    Python: `HeldShare(holder='vc-1', share='1', held=Period(start, end))`, keyword arguments only.
    """
    def __eq__(self, other: HeldShare) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, Fte, Period]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, holder: str = '', share: Fte | str | decimal.Decimal | int = ..., held: Period) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: HeldShare) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def held(self) -> Period:
        """
        Days held: first day, first day after.
        """
    @property
    def holder(self) -> str:
        """
        The coordinator's id, quoted in the explanation.
        """
    @property
    def share(self) -> Fte:
        """
        Share of the post held, e.g. 0.5.
        """
class PartAmount:
    """
    One funding part of a result.
    """
    def __eq__(self, other: PartAmount) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, LocalizedText, Money]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, id: str = '', label: LocalizedText = ..., amount: Money | str | decimal.Decimal = ...) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: PartAmount) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def amount(self) -> Money:
        """
        Rounded amount; the parts add up to the total.
        """
    @property
    def id(self) -> str:
        """
        Part identifier, e.g. `bonus_territoire`.
        """
    @property
    def label(self) -> LocalizedText:
        """
        Part label.
        """
class FinancingResult:
    """
    The aid of one post, its parts and how it was obtained.
    """
    def __eq__(self, other: FinancingResult) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, str, Period, Money, list[PartAmount], Explanation, list[ErrorDetail]]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, rulebook_id: str, post_id: str, reference: Period, total: Money | str | decimal.Decimal, parts: collections.abc.Sequence[PartAmount] = [], why: Explanation = ...) -> None:
        """
        Python: keyword arguments only; results normally come from finance().
        """
    def __ne__(self, other: FinancingResult) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def _repr_html_(self) -> str:
        ...
    def part(self, id: str) -> PartAmount:
        """
        Python: the part with this id (`bonus_territoire`…), or None.
        """
    def to_json(self) -> str:
        """
        The whole result as JSON, format `ctg.financing/1`: rulebook, post, reference
        period, total, parts and the full explanation (every step with all its fields, as
        Explanation.to_json() writes them); amounts as strings. Described by
        docs/schemas/financing.schema.json.
        """
    @property
    def parts(self) -> list[PartAmount]:
        """
        Parts adding up exactly to `total` (empty if none).
        """
    @property
    def post_id(self) -> str:
        """
        Post financed.
        """
    @property
    def reference(self) -> Period:
        """
        Reference period (a calendar year for a date).
        """
    @property
    def rulebook_id(self) -> str:
        """
        Rulebook used.
        """
    @property
    def total(self) -> Money:
        """
        Aid, rounded to the cent.
        """
    @property
    def warnings(self) -> list[ErrorDetail]:
        """
        Warnings of the computation: parameters priced after the last date a source confirms
        them on (`financing.unconfirmed_parameters`, also a note of `why`), a year priced with
        one value of a parameter that changes within it (`financing.parameters_change_within`),
        nobody in post over the period when the ETP in post are paid (`financing.vacant`).
        """
    @property
    def why(self) -> Explanation:
        """
        Every input, parameter, intermediate and rounding (empty when finance() was not asked
        for it).
        
        Python: a result of finance() on a date builds it on first access (the loop over posts does not pay for it); it is the one finance() writes.
        """
class FinancingDiff:
    """
    The difference `to - from` of two results, in total and per part.
    """
    def __eq__(self, other: FinancingDiff) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, str, Money, Money, Money, list[PartAmount]]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, from_rulebook: str = '', to_rulebook: str = '', from_total: Money | str | decimal.Decimal = ..., to_total: Money | str | decimal.Decimal = ..., delta: Money | str | decimal.Decimal = ..., part_deltas: collections.abc.Sequence[PartAmount] = []) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: FinancingDiff) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def delta(self) -> Money:
        """
        `to_total - from_total`.
        """
    @property
    def from_rulebook(self) -> str:
        """
        Baseline rulebook.
        """
    @property
    def from_total(self) -> Money:
        """
        Baseline total.
        """
    @property
    def part_deltas(self) -> list[PartAmount]:
        """
        Per part id present in either result.
        """
    @property
    def to_rulebook(self) -> str:
        """
        Compared rulebook.
        """
    @property
    def to_total(self) -> Money:
        """
        Compared total.
        """
class BatchResult:
    """
    What finance_batch() returns (Python only; the C++ caller allocates the output columns itself): `total_cents`, a numpy int64 array of the aid per row in cents; `parts_cents`, a dict from part id (in the rulebook's order) to a numpy int64 array, empty when parts were not asked for or the rulebook has none; `explanations`, one Explanation per row when asked for (explain=True), else None. `len()` is the number of rows. The arrays are owned by the result and writable; `finance_batch(..., out=r)` writes the next batch into them, in place (each must stay an int64 array of its own).
    """
    def __getstate__(self) -> tuple[int, str, datetime.date, numpy.typing.NDArray[numpy.int64], dict[str, numpy.typing.NDArray[numpy.int64]], list[Explanation] | None]:
        ...
    def __len__(self) -> int:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def explanations(self) -> list[Explanation] | None:
        """
        Python: one Explanation per row when finance_batch(explain=True), else None.
        """
    @property
    def on(self) -> datetime.date:
        """
        Python: the date the parameters were read on.
        """
    @property
    def parts_cents(self) -> dict[str, numpy.typing.NDArray[numpy.int64]]:
        """
        Per part, per row (optional).
        """
    @property
    def rulebook_id(self) -> str:
        """
        Python: the rulebook the rows were financed under.
        """
    @property
    def total_cents(self) -> numpy.typing.NDArray[numpy.int64]:
        """
        Aid per row.
        """
class EpciKind(enum.Enum):
    """
    The legal kind of an EPCI with own taxation (EPCI à fiscalité propre).
    """
    CA: typing.ClassVar[EpciKind]
    CC: typing.ClassVar[EpciKind]
    CU: typing.ClassVar[EpciKind]
    metropole: typing.ClassVar[EpciKind]
    @classmethod
    def __new__(cls, value):
        ...
class CnafTheme(enum.Enum):
    """
    The thematic fields listed by the Cnaf (caf.fr, "Convention territoriale globale").
    """
    acces_aux_droits: typing.ClassVar[CnafTheme]
    accompagnement_social: typing.ClassVar[CnafTheme]
    animation_vie_sociale: typing.ClassVar[CnafTheme]
    enfance: typing.ClassVar[CnafTheme]
    handicap: typing.ClassVar[CnafTheme]
    inclusion_numerique: typing.ClassVar[CnafTheme]
    jeunesse: typing.ClassVar[CnafTheme]
    logement: typing.ClassVar[CnafTheme]
    parentalite: typing.ClassVar[CnafTheme]
    petite_enfance: typing.ClassVar[CnafTheme]
    @classmethod
    def __new__(cls, value):
        ...
class KnownRole(enum.Enum):
    """
    The signatory roles known to the library.
    """
    caf: typing.ClassVar[KnownRole]
    carsat: typing.ClassVar[KnownRole]
    commune: typing.ClassVar[KnownRole]
    conseil_departemental: typing.ClassVar[KnownRole]
    cpam: typing.ClassVar[KnownRole]
    epci: typing.ClassVar[KnownRole]
    etat: typing.ClassVar[KnownRole]
    france_travail: typing.ClassVar[KnownRole]
    msa: typing.ClassVar[KnownRole]
    syndicat_intercommunal: typing.ClassVar[KnownRole]
    @classmethod
    def __new__(cls, value):
        ...
class ActionStatus(enum.Enum):
    """
    How far a fiche action has gone.
    """
    abandoned: typing.ClassVar[ActionStatus]
    done: typing.ClassVar[ActionStatus]
    in_progress: typing.ClassVar[ActionStatus]
    planned: typing.ClassVar[ActionStatus]
    @classmethod
    def __new__(cls, value):
        ...
class BodyKind(enum.Enum):
    """
    The kinds of governance bodies of a CTG.
    """
    comite_operationnel: typing.ClassVar[BodyKind]
    comite_pilotage: typing.ClassVar[BodyKind]
    comite_technique: typing.ClassVar[BodyKind]
    comite_thematique: typing.ClassVar[BodyKind]
    @classmethod
    def __new__(cls, value):
        ...
class Volet(enum.Enum):
    """
    The three volets of the coordination function (source document, "3 volets").
    """
    education: typing.ClassVar[Volet]
    famille: typing.ClassVar[Volet]
    social: typing.ClassVar[Volet]
    @classmethod
    def __new__(cls, value):
        ...
class Siren:
    """
    A SIREN number (9 digits) whose last digit is the Luhn key; EPCI are identified by it.
    
    A default-constructed siren is empty (`empty()`); every parsed one is valid.
    
    Python: `Siren('200071827')`; wherever a SIREN is expected, a str is read the same way (InvalidValueError when it is not valid). `str()` gives the digits.
    """
    @staticmethod
    def is_valid(text: str) -> bool:
        """
        Whether `text` is 9 digits with a valid Luhn key.
        """
    @staticmethod
    def parse(text: str, field: str = 'siren') -> Siren:
        """
        Reads a SIREN: exactly 9 ASCII digits (no spaces) with a valid Luhn key.
        
        Parameters:
            text: the number
            field: the field it comes from (JSON path, CSV column), quoted in the error
        
        Raises:
            InvalidValueError: naming `field` and `text`, expecting "a SIREN of 9 digits with a valid Luhn key".
        """
    def __eq__(self, other: Siren) -> bool:
        ...
    def __ge__(self, other: Siren) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str]:
        ...
    def __gt__(self, other: Siren) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    @typing.overload
    def __init__(self) -> None:
        """
        Python: the empty code, standing for "not given".
        """
    @typing.overload
    def __init__(self, text: str) -> None:
        """
        Python: the code read from text, as parse() reads it.
        """
    def __le__(self, other: Siren) -> bool:
        ...
    def __lt__(self, other: Siren) -> bool:
        ...
    def __ne__(self, other: Siren) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def empty(self) -> bool:
        """
        Whether this is the default, empty SIREN.
        """
class InseeCode:
    """
    An INSEE commune code (code officiel géographique): 5 characters, the department
    (2 digits, or `2A`/`2B` for Corsica) followed by 3 digits.
    
    Python: `InseeCode('16015')`; wherever a code is expected, a str is read the same way. `str()` gives the code.
    """
    @staticmethod
    def is_valid(text: str) -> bool:
        """
        Whether `text` is a well-formed commune code.
        """
    @staticmethod
    def parse(text: str, field: str = 'insee') -> InseeCode:
        """
        Reads a commune code.
        
        Raises:
            InvalidValueError: naming `field` and `text`, expecting "an INSEE commune code of 5 characters: 2 digits (or 2A/2B) then 3 digits".
        """
    def __eq__(self, other: InseeCode) -> bool:
        ...
    def __ge__(self, other: InseeCode) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str]:
        ...
    def __gt__(self, other: InseeCode) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    @typing.overload
    def __init__(self) -> None:
        """
        Python: the empty code, standing for "not given".
        """
    @typing.overload
    def __init__(self, text: str) -> None:
        """
        Python: the code read from text, as parse() reads it.
        """
    def __le__(self, other: InseeCode) -> bool:
        ...
    def __lt__(self, other: InseeCode) -> bool:
        ...
    def __ne__(self, other: InseeCode) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def department(self) -> str:
        """
        The department part: `16` for `16015`, `2A` for `2A004`.
        """
    @property
    def empty(self) -> bool:
        """
        Whether this is the default, empty code.
        """
class Population:
    """
    A number of inhabitants with its reference year and where it was read.
    
    Legal populations (populations légales INSEE) of year N come into force on 1 January N+3;
    the year here is the census reference year as the source gives it.
    """
    def __eq__(self, other: Population) -> bool:
        ...
    def __getstate__(self) -> tuple[int, int, int, Provenance]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, inhabitants: typing.SupportsInt | typing.SupportsIndex = 0, reference_year: typing.SupportsInt | typing.SupportsIndex = 0, provenance: Provenance = ...) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: Population) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def inhabitants(self) -> int:
        """
        Number of inhabitants (never negative in a dataset).
        """
    @property
    def provenance(self) -> Provenance:
        """
        Evidence and source of the count.
        """
    @property
    def reference_year(self) -> int:
        """
        Year the count refers to, e.g. 2021.
        """
class Department:
    """
    A French department (`16`, `Charente`).
    """
    def __eq__(self, other: Department) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, str, Provenance]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, code: str = '', name: str = '', provenance: Provenance = ...) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: Department) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def code(self) -> str:
        """
        Department code: `16`, `2A`, `971`.
        """
    @property
    def name(self) -> str:
        """
        Name, e.g. `Charente`.
        """
    @property
    def provenance(self) -> Provenance:
        """
        Where the code and name come from.
        """
class Commune:
    """
    A commune, member of an EPCI, identified by its INSEE code.
    """
    def __eq__(self, other: Commune) -> bool:
        ...
    def __getstate__(self) -> tuple[int, InseeCode, str, Population | None]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, insee: InseeCode | str, name: str = '', population: Population | None = None) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: Commune) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def insee(self) -> InseeCode:
        """
        INSEE commune code, e.g. `16015`.
        """
    @property
    def name(self) -> str:
        """
        Name, e.g. `Angoulême`.
        """
    @property
    def population(self) -> Population | None:
        """
        Its population, when the dataset gives it.
        """
class Epci:
    """
    An EPCI with own taxation (the usual signatory of a CTG).
    
    `commune_count` is the number of member communes as the source gives it; `communes` lists
    them only when the dataset does (the embedded Charente dataset does not). `population` is the
    legal population the dataset gives; `other_populations` those of other reference years, so
    that an analysis on a date reads the one in force that day (population_on()).
    """
    def __eq__(self, other: Epci) -> bool:
        ...
    def __getstate__(self) -> tuple[int, Siren, str, EpciKind, str, int, Population, list[Commune], Provenance, list[Population]]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, siren: Siren | str, name: str = '', kind: EpciKind = ..., seat: str = '', commune_count: typing.SupportsInt | typing.SupportsIndex = 0, population: Population = ..., communes: collections.abc.Sequence[Commune] = [], provenance: Provenance = ..., other_populations: collections.abc.Sequence[Population] = []) -> None:
        """
        Python: keyword arguments only.
        """
    def __ne__(self, other: Epci) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def population_on(self, day: datetime.date) -> Population:
        """
        The population an analysis on `d` reads: of the populations given (`population`
        and `other_populations`), the latest whose reference year is in force on `d`
        (legal_population_year_on()); when none is in force yet, the earliest given, the closest
        to the one in force (its year then differs from the year in force, which the analyses
        report).
        """
    @property
    def commune_count(self) -> int:
        """
        Number of member communes (≥ 1).
        """
    @property
    def communes(self) -> list[Commune]:
        """
        Member communes, possibly empty (not listed).
        """
    @property
    def kind(self) -> EpciKind:
        """
        CA, CC, CU or métropole.
        """
    @property
    def name(self) -> str:
        """
        Name, e.g. `CA du Grand Angoulême`.
        """
    @property
    def other_populations(self) -> list[Population]:
        """
        Legal populations of other reference years than `population`'s, each year once.
        """
    @property
    def population(self) -> Population:
        """
        Legal population with its year and source.
        """
    @property
    def provenance(self) -> Provenance:
        """
        Evidence for the SIREN, name, kind, seat and count.
        """
    @property
    def seat(self) -> str:
        """
        Seat commune name (siège), e.g. `Angoulême`; empty when not
        given (the official catalogue does not give it).
        """
    @property
    def siren(self) -> Siren:
        """
        SIREN (Luhn-checked).
        """
class Theme:
    """
    A CTG theme: one of the Cnaf list, or a local one written with the `local:` marker.
    
    Unknown names without the marker are refused, so that a typo (`parentalité`, `jeunnesse`) is
    never taken for a local theme.
    
    Python: `Theme('parentalite')`, `Theme('local:bien vieillir')` or `Theme(CnafTheme.jeunesse)`; wherever a theme is expected, a str or a CnafTheme is read the same way.
    """
    @staticmethod
    def local(label: str, field: str = 'theme') -> Theme:
        """
        A local value called `label` (without the marker).
        
        Raises:
            InvalidValueError: when `label` is empty or blank.
        """
    @staticmethod
    def parse(text: str, field: str = 'theme') -> Theme:
        """
        Reads a known name or `local:<label>`.
        
        Raises:
            InvalidValueError: naming `field` and listing the known names otherwise.
        """
    def __eq__(self, other: Theme) -> bool:
        ...
    def __ge__(self, other: Theme) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str]:
        ...
    def __gt__(self, other: Theme) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, value: Theme | str | CnafTheme) -> None:
        """
        Python: from its dataset spelling (`local:` marks a local value) or from the enum member.
        """
    def __le__(self, other: Theme) -> bool:
        ...
    def __lt__(self, other: Theme) -> bool:
        ...
    def __ne__(self, other: Theme) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def __str__(self) -> str:
        ...
    def to_string(self) -> str:
        """
        The dataset spelling: the known name (`jeunesse`) or `local:<label>`.
        """
    @property
    def cnaf(self) -> CnafTheme | None:
        """
        The Cnaf theme, or nothing for a local one.
        """
    @property
    def is_local(self) -> bool:
        """
        Whether this is a local value.
        """
    @property
    def local_label(self) -> str:
        """
        The local label (empty for a known value).
        """
class SignatoryRole:
    """
    The role of a signatory: a known role, or a local one written `local:<label>`.
    
    Python: `SignatoryRole('msa')`, `SignatoryRole('local:…')` or `SignatoryRole(KnownRole.caf)`; wherever a role is expected, a str or a KnownRole is read the same way.
    """
    @staticmethod
    def local(label: str, field: str = 'role') -> SignatoryRole:
        """
        A local value called `label` (without the marker).
        
        Raises:
            InvalidValueError: when `label` is empty or blank.
        """
    @staticmethod
    def parse(text: str, field: str = 'role') -> SignatoryRole:
        """
        Reads a known name or `local:<label>`.
        
        Raises:
            InvalidValueError: naming `field` and listing the known names otherwise.
        """
    def __eq__(self, other: SignatoryRole) -> bool:
        ...
    def __ge__(self, other: SignatoryRole) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str]:
        ...
    def __gt__(self, other: SignatoryRole) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, value: SignatoryRole | str | KnownRole) -> None:
        """
        Python: from its dataset spelling (`local:` marks a local value) or from the enum member.
        """
    def __le__(self, other: SignatoryRole) -> bool:
        ...
    def __lt__(self, other: SignatoryRole) -> bool:
        ...
    def __ne__(self, other: SignatoryRole) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def __str__(self) -> str:
        ...
    def to_string(self) -> str:
        """
        The dataset spelling: the known name (`jeunesse`) or `local:<label>`.
        """
    @property
    def is_local(self) -> bool:
        """
        Whether this is a local value.
        """
    @property
    def known(self) -> KnownRole | None:
        """
        The known role, or nothing for a local one.
        """
    @property
    def local_label(self) -> str:
        """
        The local label (empty for a known value).
        """
class Signatory:
    """
    A party signing the convention.
    """
    def __eq__(self, other: Signatory) -> bool:
        ...
    def __getstate__(self) -> tuple[int, SignatoryRole, str, Siren | None, InseeCode | None]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, role: SignatoryRole | str | KnownRole = ..., name: str = '', siren: Siren | str | None = None, insee: InseeCode | str | None = None) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: Signatory) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def insee(self) -> InseeCode | None:
        """
        INSEE code (required for the `commune` role).
        """
    @property
    def name(self) -> str:
        """
        Its name, e.g. `Caf de la Charente`.
        """
    @property
    def role(self) -> SignatoryRole:
        """
        Its role.
        """
    @property
    def siren(self) -> Siren | None:
        """
        SIREN (required for the `epci` role).
        """
class TerritoryCoverage:
    """
    The territories a convention covers.
    
    `epcis` are covered with all their inhabitants; `communes` are communes covered individually
    (a CTG signed with some communes of an EPCI only). A commune listed here must be a listed
    member of an EPCI of the dataset.
    """
    def __eq__(self, other: TerritoryCoverage) -> bool:
        ...
    def __getstate__(self) -> tuple[int, list[Siren], list[InseeCode]]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, epcis: collections.abc.Sequence[Siren | str] = [], communes: collections.abc.Sequence[InseeCode | str] = []) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: TerritoryCoverage) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def communes(self) -> list[InseeCode]:
        """
        Communes covered individually.
        """
    @property
    def epcis(self) -> list[Siren]:
        """
        EPCI wholly covered.
        """
class Diagnostic:
    """
    The shared diagnostic that precedes the action plan.
    """
    def __eq__(self, other: Diagnostic) -> bool:
        ...
    def __getstate__(self) -> tuple[int, datetime.date, Money | None, Provenance]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, completed_on: datetime.date, caf_cofinancing: Money | str | decimal.Decimal | None = None, provenance: Provenance = ...) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: Diagnostic) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def caf_cofinancing(self) -> Money | None:
        """
        Caf co-financing of the diagnostic (up to 7,500 € under circular C 2020-01).
        """
    @property
    def completed_on(self) -> datetime.date:
        """
        Date the diagnostic was delivered.
        """
    @property
    def provenance(self) -> Provenance:
        """
        Evidence for the date and the amount.
        """
class Indicator:
    """
    An indicator of a fiche action, with baseline and target as exact decimal text.
    
    Values are kept as written (`12`, `0.35`, `-4.5`): the library never turns them into
    floating point. The loader checks they are decimal numbers (`-?[0-9]+(\\.[0-9]+)?`).
    """
    def __eq__(self, other: Indicator) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, str, str, str | None, str | None]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, id: str = '', label: str = '', unit: str = '', baseline: str | None = None, target: str | None = None) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: Indicator) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def baseline(self) -> str | None:
        """
        Value at signature, when known.
        """
    @property
    def id(self) -> str:
        """
        Identifier, unique within its fiche.
        """
    @property
    def label(self) -> str:
        """
        What is measured.
        """
    @property
    def target(self) -> str | None:
        """
        Value aimed at by the end of the term.
        """
    @property
    def unit(self) -> str:
        """
        Unit, e.g. `places`, `%`, `familles`.
        """
class FicheAction:
    """
    A fiche action of the action plan.
    """
    def __eq__(self, other: FicheAction) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, str, list[str], list[Indicator], str, ActionStatus]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, id: str = '', title: str = '', objectives: collections.abc.Sequence[str] = [], indicators: collections.abc.Sequence[Indicator] = [], lead_partner: str = '', status: ActionStatus = ...) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: FicheAction) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def id(self) -> str:
        """
        Identifier, unique within the convention.
        """
    @property
    def indicators(self) -> list[Indicator]:
        """
        Indicators, ids unique within the fiche.
        """
    @property
    def lead_partner(self) -> str:
        """
        Partner leading the action (pilote de l'action).
        """
    @property
    def objectives(self) -> list[str]:
        """
        Objectives, in the order given.
        """
    @property
    def status(self) -> ActionStatus:
        """
        Progress.
        """
    @property
    def title(self) -> str:
        """
        Title.
        """
class ActionAxis:
    """
    An axis (orientation) of the action plan, grouping fiches actions.
    """
    def __eq__(self, other: ActionAxis) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, str, list[FicheAction]]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, id: str = '', title: str = '', fiches: collections.abc.Sequence[FicheAction] = []) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: ActionAxis) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def fiches(self) -> list[FicheAction]:
        """
        Its fiches actions.
        """
    @property
    def id(self) -> str:
        """
        Identifier, unique within the convention.
        """
    @property
    def title(self) -> str:
        """
        Title.
        """
class Meeting:
    """
    One meeting of a governance body.
    """
    def __eq__(self, other: Meeting) -> bool:
        ...
    def __getstate__(self) -> tuple[int, datetime.date, str]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, held_on: datetime.date, note: str = '') -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: Meeting) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def held_on(self) -> datetime.date:
        """
        Date of the meeting.
        """
    @property
    def note(self) -> str:
        """
        Optional note (empty when none).
        """
class GovernanceBody:
    """
    A governance body and its meetings (kept in the order given).
    """
    def __eq__(self, other: GovernanceBody) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, BodyKind, str, list[Meeting]]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, id: str = '', kind: BodyKind = ..., name: str = '', meetings: collections.abc.Sequence[Meeting] = []) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: GovernanceBody) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def id(self) -> str:
        """
        Identifier, unique within the convention.
        """
    @property
    def kind(self) -> BodyKind:
        """
        Kind of body.
        """
    @property
    def meetings(self) -> list[Meeting]:
        """
        Meetings, in the order given.
        """
    @property
    def name(self) -> str:
        """
        Name, e.g. `COPIL CTG Grand Cognac`.
        """
class Amendment:
    """
    An amendment (avenant) to a convention.
    
    When `new_end` is set the amendment prolongs the term. `new_end` follows Period: it is
    the **first day after** the prolonged term. Datasets write the last day included (JSON
    `new_end`, like the term's `end`), which the loader converts.
    """
    def __eq__(self, other: Amendment) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, datetime.date, str, datetime.date | None, Provenance]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, id: str = '', signed_on: datetime.date, object: str = '', new_end: datetime.date | None = None, provenance: Provenance = ...) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: Amendment) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def id(self) -> str:
        """
        Identifier, unique within the convention.
        """
    @property
    def is_prolongation(self) -> bool:
        """
        Whether it prolongs the term.
        """
    @property
    def new_end(self) -> datetime.date | None:
        """
        Prolongation: first day after the new term.
        """
    @property
    def object(self) -> str:
        """
        What it changes, in words.
        """
    @property
    def provenance(self) -> Provenance:
        """
        Evidence for the dates.
        """
    @property
    def signed_on(self) -> datetime.date:
        """
        Signature date.
        """
class CafReferent:
    """
    A Caf referent: the chargé de conseil et développement who follows conventions.
    """
    def __eq__(self, other: CafReferent) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, str, Provenance]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, id: str = '', name: str = '', provenance: Provenance = ...) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: CafReferent) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def id(self) -> str:
        """
        Pseudonymous identifier, unique in the dataset.
        """
    @property
    def name(self) -> str:
        """
        Name or role title (may be empty).
        """
    @property
    def provenance(self) -> Provenance:
        """
        Evidence (illustrative in the embedded dataset).
        """
class Convention:
    """
    A Convention Territoriale Globale between the Caf and local authorities.
    
    Plain immutable data once held by a Dataset (which validates it). The term is the
    half-open Period `[start, end)`; datasets write `start` and the **last day included**
    as `end`, which the loader converts (`end` 2022-12-31 → period end 2023-01-01).
    Amendments that prolong the term move its effective end from the day they are signed
    (effective_end(date)): on a date the convention is seen as known and in force that day.
    """
    def __eq__(self, other: Convention) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, str, Period, Provenance, list[Theme], list[Signatory], TerritoryCoverage, Diagnostic | None, list[ActionAxis], list[GovernanceBody], list[Amendment], str | None, Provenance]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, id: str = '', name: str = '', term: Period, term_provenance: Provenance = ..., themes: collections.abc.Sequence[Theme | str | CnafTheme] = [], signatories: collections.abc.Sequence[Signatory] = [], territories: TerritoryCoverage = ..., diagnostic: Diagnostic | None = None, action_plan: collections.abc.Sequence[ActionAxis] = [], governance: collections.abc.Sequence[GovernanceBody] = [], amendments: collections.abc.Sequence[Amendment] = [], referent_id: str | None = None, provenance: Provenance = ...) -> None:
        """
        Python: keyword arguments only; conventions are normally read from a dataset.
        """
    def __ne__(self, other: Convention) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def _repr_html_(self) -> str:
        ...
    def active_on(self, day: datetime.date, known_on: datetime.date | None = None) -> bool:
        """
        Whether `d` lies in the term as known on `known_on` (default: `d` itself, the
        convention in force on `d` as known that day).
        """
    def covers_epci(self, siren: Siren | str) -> bool:
        """
        Whether the EPCI is wholly covered.
        """
    def effective_end(self, known_on: datetime.date) -> datetime.date:
        """
        The first day after the term **as it stood on `known_on`**: the initial end, moved
        by the prolongations signed on or before `known_on` (the latest of their `new_end`).
        
        An amendment counts from its `signed_on`: before that day the previous term stands, so
        an analysis on a date never sees a prolongation signed later.
        """
    def effective_term(self, known_on: datetime.date) -> Period:
        """
        The term as it stood on `known_on`: `[term.start(), effective_end(known_on))`.
        """
    def has_theme(self, theme: Theme | str | CnafTheme) -> bool:
        """
        Whether `t` is among the themes.
        """
    def is_prolonged(self, known_on: datetime.date) -> bool:
        """
        Whether an amendment signed on or before `known_on` prolonged the term.
        """
    def prolongations_known_on(self, known_on: datetime.date) -> list[Amendment]:
        """
        The amendments that prolong the term and were signed on or before `known_on`, in
        the order of `amendments` (by signature date).
        """
    @property
    def action_plan(self) -> list[ActionAxis]:
        """
        Axes of the action plan.
        """
    @property
    def amendments(self) -> list[Amendment]:
        """
        Amendments, sorted by signature date.
        """
    @property
    def diagnostic(self) -> Diagnostic | None:
        """
        The shared diagnostic, when recorded.
        """
    @property
    def governance(self) -> list[GovernanceBody]:
        """
        Governance bodies.
        """
    @property
    def id(self) -> str:
        """
        Identifier, unique in the dataset.
        """
    @property
    def latest_known_end(self) -> datetime.date:
        """
        The first day after the **latest known** term: moved by every prolongation the
        dataset records, whatever its signature date. It describes the dataset as recorded; an
        analysis on a date uses effective_end(date) instead.
        """
    @property
    def latest_known_term(self) -> Period:
        """
        The latest known term: `[term.start(), latest_known_end())`.
        """
    @property
    def meets_cnaf_minimum(self) -> bool:
        """
        Whether the themes meet the Cnaf minimum: petite enfance, jeunesse and parentalité
        plus at least one other theme (circular C 2020-01, as summarised by URIOPSS).
        """
    @property
    def name(self) -> str:
        """
        Name, e.g. `CTG du Grand Cognac`.
        """
    @property
    def provenance(self) -> Provenance:
        """
        Evidence for the rest (themes, plan, bodies…).
        """
    @property
    def referent_id(self) -> str | None:
        """
        Id of the Caf referent (dataset referents).
        """
    @property
    def signatories(self) -> list[Signatory]:
        """
        Signatories, in the order given.
        """
    @property
    def term(self) -> Period:
        """
        Initial term `[start, end)`, before amendments (default: one day of 2000, a
        placeholder every loaded convention replaces).
        """
    @property
    def term_provenance(self) -> Provenance:
        """
        Evidence for the term's dates.
        """
    @property
    def territories(self) -> TerritoryCoverage:
        """
        Covered territories.
        """
    @property
    def themes(self) -> list[Theme]:
        """
        Themes, in the order given.
        """
class Coordinator:
    """
    A person holding (part of) a coordination post during a period.
    
    `end` follows Period: it is the **first day after** the assignment; datasets write the
    last day worked as `end`, which the loader converts. No end: still in post.
    """
    def __eq__(self, other: Coordinator) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, str | None, Fte, datetime.date, datetime.date | None, int, int, Provenance]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, id: str = '', name: str | None = None, fte: Fte | str | decimal.Decimal | int, start: datetime.date, end: datetime.date | None = None, training_days: typing.SupportsInt | typing.SupportsIndex = 0, network_days: typing.SupportsInt | typing.SupportsIndex = 0, provenance: Provenance = ...) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: Coordinator) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def active_on(self, day: datetime.date) -> bool:
        """
        Whether the coordinator holds the post on `d`: `start <= d < end`.
        """
    @property
    def end(self) -> datetime.date | None:
        """
        First day after leaving the post; none if still in post.
        """
    @property
    def fte(self) -> Fte:
        """
        Share of the post held (e.g. 0.5).
        """
    @property
    def id(self) -> str:
        """
        Pseudonymous identifier, unique within the post.
        """
    @property
    def name(self) -> str | None:
        """
        Name, only when the dataset gives it.
        """
    @property
    def network_days(self) -> int:
        """
        Network days attended (journées de regroupement).
        """
    @property
    def provenance(self) -> Provenance:
        """
        Evidence (illustrative in the embedded dataset).
        """
    @property
    def start(self) -> datetime.date:
        """
        First day in post (value-initialised: 0000-00-00).
        """
    @property
    def training_days(self) -> int:
        """
        Training days attended (e.g. CNFPT prise de fonction).
        """
class YearlyExpense:
    """
    The expense declared for a post for one calendar year.
    """
    def __eq__(self, other: YearlyExpense) -> bool:
        ...
    def __getstate__(self) -> tuple[int, int, Money, Provenance]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, year: typing.SupportsInt | typing.SupportsIndex, amount: Money | str | decimal.Decimal, provenance: Provenance = ...) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: YearlyExpense) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def amount(self) -> Money:
        """
        Declared expense (salary and charges), never negative.
        """
    @property
    def provenance(self) -> Provenance:
        """
        Evidence (illustrative in the embedded dataset).
        """
    @property
    def year(self) -> int:
        """
        Calendar year, e.g. 2021.
        """
class CoordinationPost:
    """
    A coordination post (fonction de gestion-coordination) of a convention.
    
    The contracted FTE is what the CTG contracts with the Caf (the source document's table);
    coordinators fill it, never beyond it on any date.
    
    Python: built with keyword arguments (e.g. to merge posts into a dataset with with_posts()); `pilot_epci` accepts a str.
    """
    def __eq__(self, other: CoordinationPost) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, str, Siren, Fte, Provenance, list[Volet], list[Theme], list[Coordinator], list[YearlyExpense], Provenance]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, id: str = '', convention_id: str = '', pilot_epci: Siren | str, contracted_fte: Fte | str | decimal.Decimal | int, fte_provenance: Provenance = ..., volets: collections.abc.Sequence[Volet] = [], themes: collections.abc.Sequence[Theme | str | CnafTheme] = [], coordinators: collections.abc.Sequence[Coordinator] = [], expenses: collections.abc.Sequence[YearlyExpense] = [], provenance: Provenance = ...) -> None:
        """
        Python: keyword arguments only.
        """
    def __ne__(self, other: CoordinationPost) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def expense_for(self, year: typing.SupportsInt | typing.SupportsIndex) -> YearlyExpense:
        """
        The expense declared for `year`, or None.
        """
    def staffed_fte_on(self, day: datetime.date) -> Fte:
        """
        Sum of the FTE of the coordinators active on `d`.
        """
    @property
    def contracted_fte(self) -> Fte:
        """
        Contracted FTE (ETP contractualisé CTG).
        """
    @property
    def convention_id(self) -> str:
        """
        The convention it serves.
        """
    @property
    def coordinators(self) -> list[Coordinator]:
        """
        People holding the post.
        """
    @property
    def expenses(self) -> list[YearlyExpense]:
        """
        Declared expenses, sorted by year, one per year.
        """
    @property
    def fte_provenance(self) -> Provenance:
        """
        Evidence for the contracted FTE.
        """
    @property
    def id(self) -> str:
        """
        Identifier, unique in the dataset.
        """
    @property
    def pilot_epci(self) -> Siren:
        """
        The EPCI that pilots the function.
        """
    @property
    def provenance(self) -> Provenance:
        """
        Evidence for the rest (volets, themes…).
        """
    @property
    def themes(self) -> list[Theme]:
        """
        Thematic fields of intervention.
        """
    @property
    def volets(self) -> list[Volet]:
        """
        Volets covered, in the order given.
        """
class Dataset:
    """
    A validated dataset; immutable, cheap to share by const reference, thread-safe to read.
    
    Built by Dataset.build() (or the loaders in `ctg/io`), which checks every rule below and
    throws ValidationError listing **all** errors, each with its JSON path; warnings are kept
    in warnings().
    
    Errors: invalid or empty SIREN/INSEE code; duplicate ids (referents, EPCI SIRENs, conventions,
    posts; and within their parent: communes, axes and fiches, indicators, bodies, amendments,
    coordinators); references to unknown EPCI, communes, conventions or referents; a signatory
    `epci` without SIREN or `commune` without INSEE code; a prolongation whose new end is not after
    the current end; coordinators' FTE summing above the post's contracted FTE on some date; a
    coordinator leaving before starting, or holding 0 or more than 1 FTE; a negative population or
    commune count below 1; an expense year given twice or a negative expense; a zero contracted FTE.
    (A term ending before it starts cannot be built: Period refuses it, and the loader reports
    it at `conventions[i].term.end`.)
    
    The department's `grid`, when given, must be a built-in grid (error at `grid`).
    
    Evaluations are checked by validate_evaluations() against the built-in grid they fill
    (looked up by id **and** version) and against the posts of the dataset. Errors, at
    `evaluations[i]…`: a grid that is not built in (`.grid`) or a version of it that is not
    (`.grid_version`: a grid filled for another version); a post id that is not a post of the
    dataset (`.post_id`); a year in which no coordinator held the post (`.year`, see
    post_active_in_year()); `filled_on` before the year evaluated; every error of the answers
    and comments against the grid (unknown item, wrong answer kind, code outside the scale, policy
    column missing or superfluous, a cell answered twice: `.answers[k]…`, `.comments[k]…`); a
    second evaluation of one post, year and grid (`evaluations[i]`); a cited provenance without
    its document or URL (`.provenance…`).
    
    Warnings: a CTG without petite enfance, jeunesse and parentalité plus at least one other theme
    (Cnaf minimum, circular C 2020-01); a coordinator with no training day; a post with no
    declared expense; a post whose pilot EPCI is not covered by its convention; an incomplete
    evaluation: unanswered cells (one warning at `evaluations[i].answers` listing them), no
    `filled_by` or no `filled_on` (EvaluationCheck.incompleteness()).
    
    Python: from builtin_dataset(), load_dataset_json(), load_dataset_file() or with_posts(); `epcis`, `conventions`, `posts` and `evaluations` are lists (of references into the dataset, which stays alive); lookups accept a SIREN as a str. Two datasets are equal when their canonical JSON is.
    """
    @staticmethod
    def build(parts: DatasetParts, origin: str = 'dataset') -> Dataset:
        """
        Validates `parts` and builds the dataset.
        
        Parameters:
            parts: the content
            origin: file name or other origin, quoted in the error
        
        Raises:
            ValidationError: listing every error (field = JSON path); nothing is built.
        """
    def __eq__(self, other: Dataset) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: Dataset) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def convention_at(self, id: str) -> Convention:
        """
        The convention with this id.
        
        Raises:
            OutOfRangeError: naming the id and listing the known ones.
        """
    def conventions_covering(self, siren: Siren | str) -> list[Convention]:
        """
        The conventions wholly covering the EPCI, in document order.
        """
    def epci_at(self, siren: Siren | str) -> Epci:
        """
        The EPCI with this SIREN.
        
        Raises:
            OutOfRangeError: naming the SIREN.
        """
    def evaluation_years(self, known_on: datetime.date | None = None) -> list[int]:
        """
        The years evaluated for some post, ascending, without repetition; with
        `known_on`, only the years of evaluations known on that day.
        """
    def evaluations_known_on(self, known_on: datetime.date) -> list[Evaluation]:
        """
        The evaluations known on `known_on` (Evaluation.known_on()), in document order: a
        grid filled after that day is not yet a fact.
        """
    def evaluations_of(self, post_id: str) -> list[Evaluation]:
        """
        The evaluations of post `post_id`, by year (document order within a year); empty
        for a post without evaluation or an unknown id.
        """
    def find_convention(self, id: str) -> Convention:
        """
        The convention with this id, or None.
        """
    def find_epci(self, siren: Siren | str) -> Epci:
        """
        The EPCI with this SIREN, or None.
        """
    def find_evaluation(self, post_id: str, year: typing.SupportsInt | typing.SupportsIndex, grid_id: str = '', known_on: datetime.date | None = None) -> Evaluation:
        """
        The evaluation of post `post_id` for `year` filling grid `grid_id` (any grid
        when empty; the first in document order), or None; with `known_on`, only one known
        on that day (Evaluation.known_on()).
        """
    def find_post(self, id: str) -> CoordinationPost:
        """
        The post with this id, or None.
        """
    def find_referent(self, id: str) -> CafReferent:
        """
        The referent with this id, or None.
        """
    def post_at(self, id: str) -> CoordinationPost:
        """
        The post with this id.
        
        Raises:
            OutOfRangeError: naming the id and listing the known ones.
        """
    def posts_of(self, convention_id: str) -> list[CoordinationPost]:
        """
        The posts serving convention `convention_id`, in document order.
        """
    def referent_at(self, id: str) -> CafReferent:
        """
        The referent with this id.
        
        Raises:
            OutOfRangeError: naming the id.
        """
    @property
    def conventions(self) -> list[Convention]:
        """
        Conventions, in document order.
        """
    @property
    def department(self) -> Department:
        """
        The department.
        """
    @property
    def epcis(self) -> list[Epci]:
        """
        EPCI, in document order.
        """
    @property
    def evaluations(self) -> list[Evaluation]:
        """
        Yearly evaluations, in document order.
        """
    @property
    def grid_id(self) -> str:
        """
        Id of the built-in grid the department's evaluations use; empty when none is named.
        """
    @property
    def id(self) -> str:
        """
        Identifier.
        """
    @property
    def label(self) -> LocalizedText:
        """
        Title.
        """
    @property
    def parts(self) -> DatasetParts:
        """
        All the parts (e.g. to derive a modified dataset and build() it again).
        """
    @property
    def posts(self) -> list[CoordinationPost]:
        """
        Coordination posts, in document order.
        """
    @property
    def referents(self) -> list[CafReferent]:
        """
        Caf referents, in document order.
        """
    @property
    def rulebook_id(self) -> str:
        """
        Id of the department's own rulebook; empty when the dataset names none.
        """
    @property
    def total_communes(self) -> int:
        """
        Sum of the EPCI commune counts (Charente 2021: 359).
        """
    @property
    def total_contracted_fte(self) -> Fte:
        """
        Sum of the posts' contracted FTE (Charente 2021: 14.75).
        """
    @property
    def total_population(self) -> int:
        """
        Sum of the EPCI populations (Charente 2021: 351,778).
        """
    @property
    def warnings(self) -> list[ErrorDetail]:
        """
        Validation warnings, in document order (field = JSON path).
        """
class CatalogueCommune:
    """
    A commune as the catalogue gives it.
    """
    def __repr__(self) -> str:
        ...
    @property
    def department(self) -> str:
        """
        Department code: `16`, `2A`, `971` (from the INSEE code).
        """
    @property
    def epci(self) -> Siren:
        """
        The EPCI it belongs to; empty for the few communes outside any.
        """
    @property
    def insee(self) -> InseeCode:
        """
        INSEE code, e.g. `16015`.
        """
    @property
    def municipal_population(self) -> int | None:
        """
        Legal population municipale, of the catalogue's commune_population_year().
        """
    @property
    def name(self) -> str:
        """
        Official name, e.g. `Angoulême`.
        """
    @property
    def population_year(self) -> int:
        """
        Millésime of its populations: the catalogue's commune_population_year(), or 2017
        in Mayotte (INSEE's 2017 census, in every version of the package).
        """
    @property
    def total_population(self) -> int | None:
        """
        Legal population totale, when the catalogue gives it.
        """
class CatalogueEpci:
    """
    An EPCI à fiscalité propre as the catalogue gives it.
    """
    def __repr__(self) -> str:
        ...
    @property
    def departments(self) -> list[str]:
        """
        Departments of its member communes, sorted: two or more for an EPCI that spans
        departments.
        """
    @property
    def kind(self) -> EpciKind:
        """
        The dataset's kind: METRO and MET69 are `metropole`.
        """
    @property
    def municipal_population(self) -> int:
        """
        Legal population municipale, of the catalogue's epci_population_year().
        """
    @property
    def name(self) -> str:
        """
        Official name, e.g. `CA du Grand Angoulême`.
        """
    @property
    def official_kind(self) -> str:
        """
        `CC`, `CA`, `CU`, `METRO` or `MET69` (Métropole de Lyon).
        """
    @property
    def population_year(self) -> int:
        """
        Millésime of its populations: the catalogue's epci_population_year(), or 2017 in
        Mayotte.
        """
    @property
    def siren(self) -> Siren:
        """
        SIREN, e.g. `200071827`.
        """
    @property
    def total_population(self) -> int:
        """
        Legal population totale.
        """
class TerritoryCatalogue:
    """
    The official territories of one year, derived from `@etalab/decoupage-administratif`
    (INSEE's Code officiel géographique and legal populations, the DGCL's list of EPCI à
    fiscalité propre), with the package version, its integrity hash, its sources and licence.
    
    The library ships one file per year 2019–2026 (`YEAR.tsv`, format `ctg.territories/1`,
    written by `src/data/territories/derive.py`); load_territory_catalogue() reads one. Lookups
    are by department code, SIREN, exact EPCI name and INSEE code, in O(log n).
    """
    @staticmethod
    def parse(text: str, origin: str = 'territories') -> TerritoryCatalogue:
        """
        Reads a catalogue file's text.
        
        Parameters:
            text: the whole file (`#ctg.territories/1` first)
            origin: quoted in errors (the file's path)
        
        Raises:
            ValidationError: listing every error as `origin, line N`: a first line that is not the format, a missing or malformed header (`#year`, `#package`, the population years), a record that is not `D`, `E` or `C` or has the wrong number of fields, an invalid SIREN, INSEE code or population, a `#population_year_of` naming no department, a department, EPCI or commune given twice, a commune of an EPCI not listed, an EPCI without communes or whose population is not the sum of its communes' (when every commune has one).
        """
    def __repr__(self) -> str:
        ...
    def communes_of(self, epci: CatalogueEpci) -> list[CatalogueCommune]:
        """
        The member communes of `e`, by INSEE code.
        """
    def epcis_in(self, code: str) -> list[CatalogueEpci]:
        """
        The EPCI with at least one member commune in department `code`, by SIREN.
        """
    def find_commune(self, code: InseeCode | str) -> CatalogueCommune:
        """
        The commune of INSEE code `code`, or None.
        """
    def find_department(self, code: str) -> Department:
        """
        The department `code` (`16`, `2A`, `971`), or None.
        """
    def find_epci(self, siren: Siren | str) -> CatalogueEpci:
        """
        The EPCI of SIREN `s`, or None.
        """
    def find_epci_named(self, name: str) -> CatalogueEpci:
        """
        The EPCI whose official name is exactly `name`, or None.
        """
    def provenance(self, locator: str) -> Provenance:
        """
        A provenance citing this catalogue at `locator`: `public source`, document
        `@etalab/decoupage-administratif VERSION (…)`, the npm URL of that version.
        """
    @property
    def commune_population_year(self) -> int:
        """
        Millésime of the commune populations.
        """
    @property
    def departments(self) -> list[Department]:
        """
        Departments, by code.
        """
    @property
    def epci_population_year(self) -> int:
        """
        Millésime of the EPCI populations (in force on 1 January of year_when_in_force()).
        """
    @property
    def epcis(self) -> list[CatalogueEpci]:
        """
        EPCI, by SIREN.
        """
    @property
    def integrity(self) -> str:
        """
        The npm integrity hash of the package tarball (`sha512-…`).
        """
    @property
    def licence(self) -> str:
        """
        The licence of the data.
        """
    @property
    def package(self) -> str:
        """
        `@etalab/decoupage-administratif`.
        """
    @property
    def sources(self) -> list[Source]:
        """
        The package's own sources (COG, DGCL list, legal populations), with their URLs.
        """
    @property
    def version(self) -> str:
        """
        The package version, e.g. `2.3.1`.
        """
    @property
    def year(self) -> int:
        """
        The year of the Code officiel géographique, e.g. 2022.
        """
class CoverageStatus(enum.Enum):
    """
    How much of an EPCI is covered on the date.
    """
    covered: typing.ClassVar[CoverageStatus]
    partial: typing.ClassVar[CoverageStatus]
    uncovered: typing.ClassVar[CoverageStatus]
    @classmethod
    def __new__(cls, value):
        ...
class PostStatus(enum.Enum):
    """
    What happened to a post in a portfolio financing.
    """
    financed: typing.ClassVar[PostStatus]
    inactive: typing.ClassVar[PostStatus]
    missing_expense: typing.ClassVar[PostStatus]
    @classmethod
    def __new__(cls, value):
        ...
class RatioFormat:
    """
    How a ratio becomes decimal text: the number of decimals and the rounding policy.
    
    Ratios are never held in floating point; they are rounded once, when printed.
    """
    def __eq__(self, other: RatioFormat) -> bool:
        ...
    def __getstate__(self) -> tuple[int, int, Rounding]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, decimals: typing.SupportsInt | typing.SupportsIndex = 2, policy: Rounding = ...) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: RatioFormat) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def decimals(self) -> int:
        """
        Digits after the decimal mark (0–18).
        """
    @property
    def policy(self) -> Rounding:
        """
        How the last digit is rounded.
        """
class RoundedDecimal:
    """
    A decimal number rounded from an exact value: `scaled / 10^decimals`.
    
    `is_exact()` says whether the rounding changed nothing; every digit shown is the correctly
    rounded digit of the exact value under the policy that produced it.
    
    Python: `to_decimal()` gives the exact decimal.Decimal; `str()` the plain form.
    """
    def __eq__(self, other: RoundedDecimal) -> bool:
        ...
    def __getstate__(self) -> tuple[int, int, int, bool]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, scaled: typing.SupportsIndex, decimals: typing.SupportsInt | typing.SupportsIndex, exact: bool) -> None:
        """
        `scaled / 10^decimals`; `exact` tells whether no rounding happened.
        
        Raises:
            InvalidValueError: when `decimals` is outside 0–18.
        """
    def __ne__(self, other: RoundedDecimal) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def __str__(self) -> str:
        ...
    def to_decimal(self) -> decimal.Decimal:
        """
        Python: the value as a decimal.Decimal with `decimals` digits, exactly.
        """
    def to_english(self) -> str:
        """
        `23,787.05`: English grouping by commas, '.' mark.
        """
    def to_french(self) -> str:
        """
        `23 787,05`: French grouping by U+202F NARROW NO-BREAK SPACE (as CLDR, Babel, writes
        it), ',' mark.
        """
    def to_plain(self) -> str:
        """
        `23787.05`: '.' mark, no grouping, all `decimals()` digits kept.
        """
    @property
    def decimals(self) -> int:
        """
        Number of decimals.
        """
    @property
    def is_exact(self) -> bool:
        """
        Whether the exact value has no more digits than shown.
        """
    @property
    def scaled(self) -> int:
        """
        The value times 10^decimals(), rounded.
        """
class ExactRatio:
    """
    An exact, unbounded fraction, printed only through an explicit ratio_format.
    
    Built from integers (inhabitants, ETP in ten-thousandths, cents) so that nothing passes
    through a double.
    
    Python: `ExactRatio(numerator, denominator)` with ints of any size; `numerator` and `denominator` are Python ints, `as_fraction()` a fractions.Fraction, `to_decimal(places)` a decimal.Decimal rounded once. There is no conversion to float.
    """
    def __add__(self, other: ExactRatio) -> ExactRatio:
        """
        Exact sum.
        """
    def __eq__(self, other: ExactRatio) -> bool:
        ...
    def __ge__(self, other: ExactRatio) -> bool:
        ...
    def __getstate__(self) -> tuple[int, int, int]:
        ...
    def __gt__(self, other: ExactRatio) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, numerator: typing.SupportsIndex, denominator: typing.SupportsIndex = 1) -> None:
        """
        Python: `numerator / denominator`, reduced, from ints of any size (a float is a TypeError); a zero denominator is an InvalidValueError.
        """
    def __le__(self, other: ExactRatio) -> bool:
        ...
    def __lt__(self, other: ExactRatio) -> bool:
        ...
    def __mul__(self, other: ExactRatio) -> ExactRatio:
        """
        Exact product.
        """
    def __ne__(self, other: ExactRatio) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def __str__(self) -> str:
        ...
    def __sub__(self, other: ExactRatio) -> ExactRatio:
        """
        Exact difference.
        """
    def __truediv__(self, other: ExactRatio) -> ExactRatio:
        """
        Exact quotient.
        
        Raises:
            InvalidValueError: when `b` is zero.
        """
    def as_fraction(self) -> fractions.Fraction:
        """
        Python: the exact value as a fractions.Fraction.
        """
    def percent(self, format: RatioFormat = ...) -> RoundedDecimal:
        """
        The value × 100, rounded (a share printed as a percentage, without the `%`).
        
        Raises:
            InvalidValueError: when the number of decimals is outside 0–18.
        """
    def rounded(self, format: RatioFormat = ...) -> RoundedDecimal:
        """
        The value rounded to `format.decimals` decimals under `format.policy`.
        
        Raises:
            InvalidValueError: when the number of decimals is outside 0–18.
        """
    def to_decimal(self, places: typing.SupportsInt | typing.SupportsIndex = 2, policy: Rounding = ...) -> decimal.Decimal:
        """
        Python: the value rounded once to `places` decimals (0–18) under `policy`, as a decimal.Decimal with exactly that many decimals.
        """
    def to_fraction(self) -> str:
        """
        `1403436/59`, or `4` for a whole number.
        """
    @property
    def denominator(self) -> int:
        """
        Denominator of the reduced fraction (> 0).
        """
    @property
    def numerator(self) -> int:
        """
        Numerator of the reduced fraction (carries the sign).
        """
class EvidenceMarks:
    """
    The kinds of evidence behind a value, printed as marks.
    
    A value read in the data carries one kind; a value computed from several (inhabitants per ETP
    from a public population and an ETP of the source document) carries all of theirs, so that a
    reader sees at once whether an illustrative value entered a result.
    
    | evidence          | mark  | French legend        | English legend   |
    |-------------------|-------|----------------------|------------------|
    | `source_document` | `[D]` | document source      | source document  |
    | `public_source`   | `[P]` | source publique      | public source    |
    | `derived`         | `[C]` | valeur calculée      | derived          |
    | `reading`         | `[R]` | lecture retenue      | reading          |
    | `illustrative`    | `[I]` | valeur illustrative  | illustrative     |
    | `scenario`        | `[S]` | scénario             | scenario         |
    
    Python: an immutable value: `EvidenceMarks([Evidence.public_source])`, `marks | other` and `add()` return new marks; `e in marks` tests a kind.
    """
    @staticmethod
    def of(provenance: Provenance) -> EvidenceMarks:
        """
        The mark of one provenance.
        """
    def __bool__(self) -> bool:
        ...
    def __contains__(self, kind: Evidence) -> bool:
        ...
    def __eq__(self, other: EvidenceMarks) -> bool:
        ...
    def __getstate__(self) -> tuple[int, list[Evidence]]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, kinds: collections.abc.Sequence[Evidence] = []) -> None:
        """
        Python: the marks of the given Evidence kinds (none by default).
        """
    def __ne__(self, other: EvidenceMarks) -> bool:
        ...
    def __or__(self, other: EvidenceMarks) -> EvidenceMarks:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def __str__(self) -> str:
        ...
    @typing.overload
    def add(self, kind: Evidence) -> EvidenceMarks:
        """
        Adds a kind.
        
        Python: returns new marks; these are left unchanged.
        """
    @typing.overload
    def add(self, other: EvidenceMarks) -> EvidenceMarks:
        """
        Adds every kind of `other` (the marks of a value computed from both).
        
        Python: returns new marks; these are left unchanged.
        """
    def contains(self, kind: Evidence) -> bool:
        """
        Whether `e` is among the marks.
        """
    def to_string(self) -> str:
        """
        `[D][P][C][R][I][S]` order: strongest evidence first; empty text when no mark.
        """
    @property
    def empty(self) -> bool:
        """
        Whether there is no mark.
        """
    @property
    def kinds(self) -> list[Evidence]:
        """
        Python: the Evidence kinds, strongest evidence first.
        """
class CogMilestone:
    """
    One year of the COG 2018–2022 trajectory: the share of inhabitants to cover.
    """
    def __eq__(self, other: CogMilestone) -> bool:
        ...
    def __getstate__(self) -> tuple[int, int, Rate]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, year: typing.SupportsInt | typing.SupportsIndex = 0, target: Rate = ...) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: CogMilestone) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def target(self) -> Rate:
        """
        Share of inhabitants covered by a CTG aimed at for that year.
        """
    @property
    def year(self) -> int:
        """
        Calendar year, 2018 to 2022.
        """
class EpciCoverage:
    """
    The coverage of one EPCI on the date.
    """
    def __eq__(self, other: EpciCoverage) -> bool:
        ...
    def __getstate__(self) -> tuple[int, Siren, str, Population, CoverageStatus, int, list[str], list[InseeCode], EvidenceMarks]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: EpciCoverage) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def communes_without_population(self) -> list[InseeCode]:
        """
        Communes covered individually whose population the dataset does not give: they
        are **not counted** (covered_inhabitants is then a lower bound).
        """
    @property
    def conventions(self) -> list[str]:
        """
        Active conventions covering it (or its communes).
        """
    @property
    def covered_inhabitants(self) -> int:
        """
        Inhabitants counted as covered: the population when wholly covered; for a partial
        coverage, the sum of the populations the dataset gives for the covered communes.
        """
    @property
    def marks(self) -> EvidenceMarks:
        """
        Provenance of the population and the CTG terms.
        """
    @property
    def name(self) -> str:
        """
        Name of the EPCI.
        """
    @property
    def population(self) -> Population:
        """
        Its population, with year and provenance.
        """
    @property
    def siren(self) -> Siren:
        """
        SIREN of the EPCI.
        """
    @property
    def status(self) -> CoverageStatus:
        """
        Covered, partly or not.
        """
class PopulationYearCount:
    """
    How many EPCI an analysis read with a population of one reference year.
    """
    def __eq__(self, other: PopulationYearCount) -> bool:
        ...
    def __getstate__(self) -> tuple[int, int, int, bool]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: PopulationYearCount) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def epcis(self) -> int:
        """
        EPCI read with a population of that year.
        """
    @property
    def in_force(self) -> bool:
        """
        Whether it is the year in force on the date.
        """
    @property
    def reference_year(self) -> int:
        """
        Reference year of the populations read.
        """
class CoverageReport:
    """
    The share of the department's population covered by an active CTG on a date.
    
    The department population is the sum of the EPCI populations of the dataset, each the one in
    force on the date when the dataset gives it (Epci.population_on()). A convention
    is active on the date when the date lies in its term as known on `known_on` (the initial term
    prolonged by the amendments signed on or before `known_on`; by default the date itself).
    """
    def __eq__(self, other: CoverageReport) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, str, datetime.date, datetime.date, int, int, ExactRatio, Rate | None, list[EpciCoverage], EvidenceMarks, int, list[PopulationYearCount]]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: CoverageReport) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def epcis_without_population_in_force(self) -> int:
        """
        How many EPCI were read with a population of another year than the one in force.
        """
    def gap_to_target(self) -> ExactRatio | None:
        """
        `share − target` as an exact share (×100 for percentage points); none without target.
        """
    def meets_target(self) -> bool | None:
        """
        Whether the share reaches the COG target (none when there is no target).
        """
    def uncovered(self) -> list[EpciCoverage]:
        """
        The EPCI not wholly covered (partial or uncovered), in dataset order.
        """
    @property
    def cog_target(self) -> Rate | None:
        """
        COG 2018–2022 target of the year of `on`, if any.
        """
    @property
    def covered(self) -> int:
        """
        Inhabitants covered.
        """
    @property
    def dataset_id(self) -> str:
        """
        Dataset analysed.
        """
    @property
    def department(self) -> str:
        """
        Department name, e.g. `Charente`.
        """
    @property
    def epcis(self) -> list[EpciCoverage]:
        """
        Every EPCI, in dataset order.
        """
    @property
    def known_on(self) -> datetime.date:
        """
        Date of knowledge: amendments signed later are left out (default `on`).
        """
    @property
    def marks(self) -> EvidenceMarks:
        """
        Provenance of every value the share uses.
        """
    @property
    def on(self) -> datetime.date:
        """
        Date of the coverage.
        """
    @property
    def population_year_in_force(self) -> int:
        """
        Reference year of the legal populations in force on `on`
        (legal_population_year_on()).
        """
    @property
    def population_years(self) -> list[PopulationYearCount]:
        """
        The reference years of the EPCI populations read, ascending: a year other than
        the one in force means the dataset does not give the population in force that day.
        """
    @property
    def share(self) -> ExactRatio:
        """
        `covered / total`, exact.
        """
    @property
    def total(self) -> int:
        """
        Inhabitants of the department (sum of the EPCI).
        """
class EpciVolume:
    """
    The coordination volume of one EPCI.
    """
    def __eq__(self, other: EpciVolume) -> bool:
        ...
    def __getstate__(self) -> tuple[int, Siren, str, Population, int, Fte, list[str], ExactRatio | None, ExactRatio | None, EvidenceMarks, EvidenceMarks]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: EpciVolume) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def commune_count(self) -> int:
        """
        Number of member communes.
        """
    @property
    def contracted_fte(self) -> Fte:
        """
        Sum of the contracted ETP of the posts it pilots.
        """
    @property
    def fte_marks(self) -> EvidenceMarks:
        """
        Provenance of the contracted ETP.
        """
    @property
    def fte_per_10000(self) -> ExactRatio | None:
        """
        `ETP × 10,000 / population`, exact; none when the population is zero.
        """
    @property
    def inhabitants_per_fte(self) -> ExactRatio | None:
        """
        `population / ETP`, exact; none when the EPCI pilots no ETP.
        """
    @property
    def marks(self) -> EvidenceMarks:
        """
        Marks of the ratios: population and ETP together.
        """
    @property
    def name(self) -> str:
        """
        Name of the EPCI.
        """
    @property
    def population(self) -> Population:
        """
        Population with its year and provenance: on a date, the one in force that day
        when the dataset gives it (Epci.population_on()).
        """
    @property
    def population_marks(self) -> EvidenceMarks:
        """
        Provenance of the population (and commune count).
        """
    @property
    def posts(self) -> list[str]:
        """
        Ids of the posts it pilots, in dataset order.
        """
    @property
    def siren(self) -> Siren:
        """
        SIREN of the EPCI.
        """
class VolumeExtreme:
    """
    The EPCI where the number of inhabitants per ETP is lowest or highest.
    """
    def __eq__(self, other: VolumeExtreme) -> bool:
        ...
    def __getstate__(self) -> tuple[int, Siren, str, ExactRatio]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: VolumeExtreme) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def inhabitants_per_fte(self) -> ExactRatio:
        """
        Its inhabitants per ETP, exact.
        """
    @property
    def name(self) -> str:
        """
        Name of the EPCI.
        """
    @property
    def siren(self) -> Siren:
        """
        SIREN of the EPCI.
        """
class VolumeSpread:
    """
    Spread of the inhabitants per ETP across the EPCI that pilot ETP.
    
    Mean and variance are **unweighted** (each EPCI counts once, whatever its size: the question
    is how unequal territories are) and the variance is the population variance (divided by n,
    not n − 1: the EPCI are the whole department, not a sample).
    """
    def __eq__(self, other: VolumeSpread) -> bool:
        ...
    def __getstate__(self) -> tuple[int, int, VolumeExtreme, VolumeExtreme, ExactRatio | None, ExactRatio, ExactRatio]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: VolumeSpread) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def coefficient_of_variation_percent(self, format: RatioFormat = ...) -> RoundedDecimal | None:
        """
        The coefficient of variation `standard deviation / mean` in percent, correctly
        rounded (computed as `sqrt(variance / mean² × 10^4)` on integers: every digit exact);
        none when the mean is zero.
        """
    def standard_deviation(self, format: RatioFormat = ...) -> RoundedDecimal:
        """
        The standard deviation `sqrt(variance)`, correctly rounded: every digit exact.
        """
    @property
    def max(self) -> VolumeExtreme:
        """
        Most inhabitants per ETP (first in dataset order on ties).
        """
    @property
    def max_over_min(self) -> ExactRatio | None:
        """
        `max / min`; none when min is zero.
        """
    @property
    def mean(self) -> ExactRatio:
        """
        Unweighted mean of the inhabitants per ETP.
        """
    @property
    def min(self) -> VolumeExtreme:
        """
        Fewest inhabitants per ETP (first in dataset order on ties).
        """
    @property
    def territories(self) -> int:
        """
        Number of EPCI compared (those with ETP).
        """
    @property
    def variance(self) -> ExactRatio:
        """
        Population variance `Σ(x − mean)² / n`, exact.
        """
class CoordinationVolumeReport:
    """
    Contracted ETP against population, per EPCI and for the department.
    
    An EPCI's ETP is the sum of the contracted ETP of the posts it **pilots** (the post's
    `pilot_epci`), as in the source document's table.
    """
    def __eq__(self, other: CoordinationVolumeReport) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, str, datetime.date | None, list[EpciVolume], Fte, int, int, ExactRatio | None, ExactRatio | None, VolumeSpread | None, list[str], EvidenceMarks]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: CoordinationVolumeReport) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def dataset_id(self) -> str:
        """
        Dataset analysed.
        """
    @property
    def department(self) -> str:
        """
        Department name.
        """
    @property
    def epcis(self) -> list[EpciVolume]:
        """
        Every EPCI, in dataset order.
        """
    @property
    def fte_per_10000(self) -> ExactRatio | None:
        """
        `total_fte × 10,000 / total_population`.
        """
    @property
    def inhabitants_per_fte(self) -> ExactRatio | None:
        """
        `total_population / total_fte`.
        """
    @property
    def marks(self) -> EvidenceMarks:
        """
        Provenance of every population and ETP used.
        """
    @property
    def on(self) -> datetime.date | None:
        """
        Only the posts whose convention is in force on this date, as known that day;
        none: every post of the dataset.
        """
    @property
    def spread(self) -> VolumeSpread | None:
        """
        None when no EPCI has ETP.
        """
    @property
    def total_communes(self) -> int:
        """
        Sum of the EPCI commune counts.
        """
    @property
    def total_fte(self) -> Fte:
        """
        Department total of contracted ETP.
        """
    @property
    def total_population(self) -> int:
        """
        Sum of the EPCI populations.
        """
    @property
    def without_fte(self) -> list[str]:
        """
        Names of the EPCI piloting no ETP (left out of the spread).
        """
class PostFinancing:
    """
    The financing of one post of the dataset.
    """
    def __eq__(self, other: PostFinancing) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, str, Siren, str, Fte, Money | None, Period | None, ProrataFraction | None, ExactRatio, ExactRatio, ExactRatio, PostStatus, FinancingResult | None, EvidenceMarks]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: PostFinancing) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def active(self) -> Period | None:
        """
        Days of the year the post is financed: its convention's term as known on the
        portfolio's `terms_known_on` ∩ the year (none when inactive).
        """
    @property
    def contracted_fte(self) -> Fte:
        """
        Contracted ETP.
        """
    @property
    def contracted_fte_years(self) -> ExactRatio:
        """
        Contracted ETP × prorata: the ETP-years the convention contracts for the year.
        """
    @property
    def convention_id(self) -> str:
        """
        Its convention.
        """
    @property
    def declared_expense(self) -> Money | None:
        """
        Expense declared for the year, if any.
        """
    @property
    def epci_name(self) -> str:
        """
        Name of that EPCI.
        """
    @property
    def financed_fte_years(self) -> ExactRatio:
        """
        The ETP-years the aid pays for: `held_fte_years` when the portfolio pays the ETP
        in post, else `contracted_fte_years`; 0 when not financed.
        """
    @property
    def held_fte_years(self) -> ExactRatio:
        """
        Σ share × prorata of each coordinator's days in post within `active` (on the
        rulebook's prorata basis), coordinators as known on the portfolio's `terms_known_on`:
        the ETP-years actually held. A vacancy counts 0.
        """
    @property
    def marks(self) -> EvidenceMarks:
        """
        ETP, declared expense (basis declared), term (part-year), parameters.
        """
    @property
    def pilot_epci(self) -> Siren:
        """
        The EPCI piloting it.
        """
    @property
    def post_id(self) -> str:
        """
        The post.
        """
    @property
    def prorata(self) -> ProrataFraction | None:
        """
        The share of the year `active` covers, counted on the rulebook's prorata basis
        (`275/365`, `9/12`); none when inactive. `contracted_fte × prorata` is the post's
        ETP-years: the ETP the year's aid actually pays for.
        """
    @property
    def result(self) -> FinancingResult | None:
        """
        The financing, when financed.
        """
    @property
    def status(self) -> PostStatus:
        """
        Financed, missing expense or inactive.
        """
    @property
    def total(self) -> Money:
        """
        The aid (0 € when not financed).
        """
class FinancingTotal:
    """
    A sum of post financings: per convention, per EPCI or for the whole dataset.
    """
    def __eq__(self, other: FinancingTotal) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, str, Fte, ExactRatio, ExactRatio, ExactRatio, Money, list[PartAmount], Money, int, int, int, EvidenceMarks]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: FinancingTotal) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def contracted_fte(self) -> Fte:
        """
        ETP of the posts financed.
        """
    @property
    def contracted_fte_years(self) -> ExactRatio:
        """
        Σ contracted ETP-years of the posts financed.
        """
    @property
    def declared_expense(self) -> Money:
        """
        Exact sum of the declared expenses of the posts financed (those without one
        count 0): the expense the aid of a `declared` basis was computed from.
        """
    @property
    def financed(self) -> int:
        """
        Posts financed.
        """
    @property
    def financed_fte_years(self) -> ExactRatio:
        """
        Σ ETP-years the aids pay for.
        """
    @property
    def held_fte_years(self) -> ExactRatio:
        """
        Σ ETP-years in post of the posts financed.
        """
    @property
    def id(self) -> str:
        """
        Convention id, EPCI SIREN, or the dataset id for the total.
        """
    @property
    def inactive(self) -> int:
        """
        Posts inactive over the year.
        """
    @property
    def label(self) -> str:
        """
        Convention or EPCI name, or the department name.
        """
    @property
    def marks(self) -> EvidenceMarks:
        """
        Union of the posts' marks.
        """
    @property
    def missing(self) -> int:
        """
        Posts lacking a declared expense.
        """
    @property
    def parts(self) -> list[PartAmount]:
        """
        Per part (rulebook order), sums of the posts' parts.
        """
    @property
    def total(self) -> Money:
        """
        Exact sum of the posts' rounded aids.
        """
class PortfolioFinancing:
    """
    The financing of every post of a dataset under one rulebook for one calendar year.
    
    Each post is financed by finance() with its contracted ETP, the expense it declares for
    the year (basis `declared`; a flat amount per ETP reads none, so its posts are financed
    without one) or the maximum aid (basis `at_ceiling`), and its activity = its convention's
    term as known on `terms_known_on` ∩ the year (prorated on the rulebook's basis): a
    prolongation signed after that date is not counted. When the ETP paid are those in post
    (`fte_paid`, by default the rulebook's), each post passes its coordinators as known on
    `terms_known_on` (held_on()): a coordinator arriving after that date is not counted, one
    whose departure comes after it counts to the end of the year; a vacant post gets 0 € and the
    warning `financing.vacant`. Totals are exact sums of the posts'
    rounded amounts, so the parts still add up at every level.
    """
    def __eq__(self, other: PortfolioFinancing) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, str, str, LocalizedText, Rounding, Period, datetime.date | None, datetime.date, ExpenseBasis, FteBasis, list[FundingPart], list[PostFinancing], list[FinancingTotal], list[FinancingTotal], FinancingTotal, list[ParameterReading], list[MethodOrigin], list[ErrorDetail]]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: PortfolioFinancing) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def convention(self, id: str) -> FinancingTotal:
        """
        The convention row for `id`, or None.
        """
    def epci(self, siren: Siren | str) -> FinancingTotal:
        """
        The EPCI row for `s`, or None.
        """
    def missing_expense(self) -> list[str]:
        """
        Ids of the posts lacking a declared expense, in dataset order.
        """
    def post(self, id: str) -> PostFinancing:
        """
        The post row for `id`, or None.
        """
    @property
    def basis(self) -> ExpenseBasis:
        """
        Declared expense or maximum aid.
        """
    @property
    def by_convention(self) -> list[FinancingTotal]:
        """
        Every convention, in dataset order.
        """
    @property
    def by_epci(self) -> list[FinancingTotal]:
        """
        Every EPCI (by pilot), in dataset order.
        """
    @property
    def dataset_id(self) -> str:
        """
        Dataset financed.
        """
    @property
    def department(self) -> str:
        """
        Department name.
        """
    @property
    def fte_paid(self) -> FteBasis:
        """
        The ETP paid for: the rulebook's (Formula.fte) unless the caller chose.
        """
    @property
    def methods(self) -> list[MethodOrigin]:
        """
        Where the rulebook's methods come from (Rulebook.methods()): which ETP it pays,
        its prorata, its rounding; readings of the library for the built-in rulebooks.
        """
    @property
    def parameters(self) -> list[ParameterReading]:
        """
        Each parameter segment read, once.
        """
    @property
    def parameters_on(self) -> datetime.date | None:
        """
        Date the parameters were read on (the finance(…, date) form); none when the year
        is cut at every parameter change (the finance(…, period) form).
        """
    @property
    def parts(self) -> list[FundingPart]:
        """
        The rulebook's parts (may be empty).
        """
    @property
    def policy(self) -> Rounding:
        """
        Its rounding policy.
        """
    @property
    def posts(self) -> list[PostFinancing]:
        """
        Every post, in dataset order.
        """
    @property
    def reference(self) -> Period:
        """
        The calendar year financed.
        """
    @property
    def rulebook_id(self) -> str:
        """
        Rulebook applied.
        """
    @property
    def rulebook_label(self) -> LocalizedText:
        """
        Its title.
        """
    @property
    def terms_known_on(self) -> datetime.date:
        """
        Date the convention terms are known on: the date of the finance_portfolio(…, date)
        form, the last day of the year for the year form.
        """
    @property
    def total(self) -> FinancingTotal:
        """
        The whole dataset.
        """
    @property
    def warnings(self) -> list[ErrorDetail]:
        """
        What to check before using the figures, in dataset order: parameters read after
        the last date a source confirms them on (`financing.unconfirmed_parameters`, see
        unconfirmed_parameters()), then, in dataset order, each post nobody holds when the ETP
        in post are paid (`financing.vacant`) and, on basis `declared`, each post whose aid
        exceeds the expense it declares (`portfolio.aid_above_expense`).
        """
class PartDelta:
    """
    One funding part in a line of a comparison.
    """
    def __eq__(self, other: PartDelta) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, LocalizedText, Money, Money, Money]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: PartDelta) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def delta(self) -> Money:
        """
        `to − from`.
        """
    @property
    def from_(self) -> Money:
        """
        The part under the baseline rulebook (0 € if it has no such part).
        
        Python: `from_` (`from` is a keyword).
        """
    @property
    def id(self) -> str:
        """
        Part identifier, e.g. `bonus_territoire`.
        """
    @property
    def label(self) -> LocalizedText:
        """
        Part label (the compared rulebook's, else the baseline's).
        """
    @property
    def to(self) -> Money:
        """
        The part under the compared rulebook (0 € if it has no such part).
        """
class FinancingDelta:
    """
    One line of a comparison: a post, an EPCI or the total.
    """
    def __eq__(self, other: FinancingDelta) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, str, Fte, ExactRatio, Money, Money, Money, Money | None, list[PartDelta]]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: FinancingDelta) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def contracted_fte(self) -> Fte:
        """
        ETP of the posts financed under both rulebooks.
        """
    @property
    def delta(self) -> Money:
        """
        `to − from`.
        """
    @property
    def delta_per_fte(self) -> Money | None:
        """
        `delta / fte_years` (per ETP-year financed, so that a part-year post does not
        dilute it), rounded to the cent under the compared rulebook's policy; none without
        ETP-years.
        """
    @property
    def from_(self) -> Money:
        """
        Aid under the baseline rulebook.
        
        Python: `from_` (`from` is a keyword).
        """
    @property
    def fte_years(self) -> ExactRatio:
        """
        Their ETP-years financed under the compared rulebook (post_financing::
        financed_fte_years), exact: a post financed 90 days of 365 counts 90/365 of its ETP, a
        post paid on its ETP in post counts those.
        """
    @property
    def id(self) -> str:
        """
        EPCI SIREN, or the dataset id for the total.
        """
    @property
    def label(self) -> str:
        """
        EPCI or department name.
        """
    @property
    def parts(self) -> list[PartDelta]:
        """
        Per funding part: the compared rulebook's parts in its order, then the parts of
        the baseline only; empty when neither rulebook has parts.
        """
    @property
    def to(self) -> Money:
        """
        Aid under the compared rulebook.
        """
class PortfolioComparison:
    """
    The difference between two financings of the same dataset, year and basis.
    """
    def __eq__(self, other: PortfolioComparison) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, str, str, Period, ExpenseBasis, list[FinancingDelta], list[FinancingDelta], FinancingDelta, list[str], EvidenceMarks]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: PortfolioComparison) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def post(self, id: str) -> FinancingDelta:
        """
        The line of post `id`, or None when it was not compared.
        """
    @property
    def basis(self) -> ExpenseBasis:
        """
        Basis of both financings.
        """
    @property
    def by_epci(self) -> list[FinancingDelta]:
        """
        Every EPCI, in dataset order.
        """
    @property
    def by_post(self) -> list[FinancingDelta]:
        """
        Every post financed under both rulebooks, in dataset order (`id` the post,
        `label` the name of its pilot EPCI).
        """
    @property
    def dataset_id(self) -> str:
        """
        Dataset.
        """
    @property
    def from_rulebook(self) -> str:
        """
        Baseline rulebook (e.g. `cej`).
        """
    @property
    def marks(self) -> EvidenceMarks:
        """
        Union of both financings' marks.
        """
    @property
    def not_compared(self) -> list[str]:
        """
        Posts financed under one rulebook only (missing expense or inactive under the
        other): left out of every line.
        """
    @property
    def reference(self) -> Period:
        """
        Year compared.
        """
    @property
    def to_rulebook(self) -> str:
        """
        Compared rulebook (e.g. `national-2020`).
        """
    @property
    def total(self) -> FinancingDelta:
        """
        The whole dataset.
        """
class Prolongation:
    """
    A prolongation recorded by an amendment.
    """
    def __eq__(self, other: Prolongation) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, datetime.date, str, datetime.date, Provenance]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: Prolongation) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def amendment_id(self) -> str:
        """
        The amendment.
        """
    @property
    def new_last_day(self) -> datetime.date:
        """
        The last day in force it sets.
        """
    @property
    def object(self) -> str:
        """
        What it says.
        """
    @property
    def provenance(self) -> Provenance:
        """
        Evidence for its dates.
        """
    @property
    def signed_on(self) -> datetime.date:
        """
        Its signature date.
        """
class ConventionDeadline:
    """
    The term and deadlines of one convention, seen from a date: the term as known that
    day (Convention.effective_end(date)), only the prolongations signed by then.
    """
    def __eq__(self, other: ConventionDeadline) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, str, datetime.date, datetime.date, datetime.date, int, datetime.date, list[Prolongation], str | None, str, EvidenceMarks]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: ConventionDeadline) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def bilan_due(self) -> datetime.date:
        """
        Date the bilan is due (BilanRule.due() of `last_day`).
        """
    @property
    def convention_id(self) -> str:
        """
        The convention.
        """
    @property
    def days_remaining(self) -> int:
        """
        Days from the date of the analysis to `last_day` (0: ends that day; negative: ended).
        """
    @property
    def initial_last_day(self) -> datetime.date:
        """
        Last day of the initial term, before amendments.
        """
    @property
    def last_day(self) -> datetime.date:
        """
        Last day in force after the prolongations signed by the date of the analysis
        (`effective_end(on)` − 1).
        """
    @property
    def marks(self) -> EvidenceMarks:
        """
        Provenance of the term and of the prolongations.
        """
    @property
    def name(self) -> str:
        """
        Its name.
        """
    @property
    def prolongations(self) -> list[Prolongation]:
        """
        Prolongations signed on or before the date of the analysis, by signature date.
        """
    @property
    def referent_id(self) -> str | None:
        """
        The Caf referent following it, if any.
        """
    @property
    def referent_name(self) -> str:
        """
        The referent's name (empty if none).
        """
    @property
    def start(self) -> datetime.date:
        """
        First day in force.
        """
class ReferentPortfolio:
    """
    The conventions one Caf referent (chargé de conseil et développement) follows.
    """
    def __eq__(self, other: ReferentPortfolio) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str | None, str, EvidenceMarks, list[ConventionDeadline]]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: ReferentPortfolio) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def conventions(self) -> list[ConventionDeadline]:
        """
        Sorted by last day, then id.
        """
    @property
    def marks(self) -> EvidenceMarks:
        """
        Provenance of the referent.
        """
    @property
    def name(self) -> str:
        """
        The referent's name (empty if none).
        """
    @property
    def referent_id(self) -> str | None:
        """
        The referent; none for conventions without one.
        """
class BilanRule:
    """
    When a convention's bilan (final evaluation) is due: a rule of the library, labelled
    as such, since no source read sets it.
    
    The bilan is due `months_before_end` months before the last day of the term as known on the
    date (0, the default: on the last day), so that the renewal can be decided before the
    convention lapses.
    """
    def __eq__(self, other: BilanRule) -> bool:
        ...
    def __getstate__(self) -> tuple[int, int, Provenance]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, months_before_end: typing.SupportsInt | typing.SupportsIndex = 0, origin: Provenance = ...) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: BilanRule) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def due(self, last_day: datetime.date) -> datetime.date:
        """
        The due date for a term whose last day is `last_day` (end of month kept).
        
        Raises:
            InvalidValueError: naming `months_before_end` when it is negative.
        """
    @property
    def months_before_end(self) -> int:
        """
        Months before the last day of the term (0: that day).
        """
    @property
    def origin(self) -> Provenance:
        """
        Where the rule comes from (a reading for the default).
        """
class DeadlineReport:
    """
    The échéances of a dataset seen from a date.
    """
    def __eq__(self, other: DeadlineReport) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, datetime.date, int, datetime.date, BilanRule, list[ConventionDeadline], ConventionDeadline | None, list[ConventionDeadline], list[ReferentPortfolio]]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: DeadlineReport) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def bilan(self) -> BilanRule:
        """
        The rule the bilans due follow.
        """
    @property
    def by_referent(self) -> list[ReferentPortfolio]:
        """
        Conventions per referent, in the dataset's referent order, then those without one.
        """
    @property
    def dataset_id(self) -> str:
        """
        Dataset analysed.
        """
    @property
    def horizon(self) -> datetime.date:
        """
        `deadline_horizon(on, months)`: last day of the window.
        """
    @property
    def months(self) -> int:
        """
        Horizon in months.
        """
    @property
    def next_after_horizon(self) -> ConventionDeadline | None:
        """
        The first convention ending after the horizon (by last day, then id), if any.
        """
    @property
    def on(self) -> datetime.date:
        """
        Date of the analysis.
        """
    @property
    def prolonged(self) -> list[ConventionDeadline]:
        """
        Every convention prolonged by an amendment signed on or before `on`, by last day
        then id.
        """
    @property
    def upcoming(self) -> list[ConventionDeadline]:
        """
        Conventions whose last day in force lies in `[on, horizon]`, by last day then id.
        """
class NationalCoordinationFigures:
    """
    What the Family branch spent on the coordination function in one year, for how many
    ETP, as a source gives it.
    
    The amount per ETP is derived (total / ETP) and does not match the CEJ average per ETP the
    same document gives (22,553 €): the document does not say what the total covers, so the two
    figures are shown side by side, never reconciled.
    """
    def __eq__(self, other: NationalCoordinationFigures) -> bool:
        ...
    def __getstate__(self) -> tuple[int, int, Money, Fte, Fte, Provenance]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: NationalCoordinationFigures) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def amount_per_fte(self) -> Money:
        """
        `total / coordination_fte` rounded once to the cent, half away from zero.
        """
    def amount_per_fte_exact(self) -> ExactRatio:
        """
        `total / coordination_fte` in euros per ETP, exact (`170000/11`).
        """
    def amount_per_fte_origin(self) -> Provenance:
        """
        The evidence of amount_per_fte(): derived from `origin`, with its derivation.
        """
    @property
    def coordination_fte(self) -> Fte:
        """
        ETP of coordination financed.
        """
    @property
    def jeunesse_fte(self) -> Fte:
        """
        Of which ETP in the jeunesse field.
        """
    @property
    def origin(self) -> Provenance:
        """
        Where the figures are read.
        """
    @property
    def total(self) -> Money:
        """
        National spending on the function.
        """
    @property
    def year(self) -> int:
        """
        Year of the figures.
        """
class CoordinatorFollowUp:
    """
    One coordinator in post on the date, as the Caf follows them.
    """
    def __eq__(self, other: CoordinatorFollowUp) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, str, Siren, str, str, str | None, Fte, datetime.date, int, int, int | None, EvidenceMarks]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: CoordinatorFollowUp) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def convention_id(self) -> str:
        """
        Its convention.
        """
    @property
    def coordinator_id(self) -> str:
        """
        The coordinator (pseudonymous id).
        """
    @property
    def epci_name(self) -> str:
        """
        Its name.
        """
    @property
    def evaluated_year(self) -> int | None:
        """
        The latest year of an evaluation of the post known on the date
        (Evaluation.known_on()) that covers this coordinator (one naming no coordinator covers
        them all); none: not evaluated as known that day.
        """
    @property
    def in_post_since(self) -> datetime.date:
        """
        First day in post.
        """
    @property
    def marks(self) -> EvidenceMarks:
        """
        Provenance of the coordinator's record.
        """
    @property
    def name(self) -> str | None:
        """
        Their name, when the dataset gives it.
        """
    @property
    def network_days(self) -> int:
        """
        Network days attended (journées de regroupement).
        """
    @property
    def pilot_epci(self) -> Siren:
        """
        The EPCI piloting the post.
        """
    @property
    def post_id(self) -> str:
        """
        The post held.
        """
    @property
    def share(self) -> Fte:
        """
        Share of the post held.
        """
    @property
    def training_days(self) -> int:
        """
        Training days attended (CNFPT prise de fonction).
        """
class FollowUpReport:
    """
    The Caf's follow-up of the function on a date: who is in post, their training and
    network days, the posts nobody holds, and what the evaluations say that the posts contradict.
    """
    def __eq__(self, other: FollowUpReport) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, datetime.date, list[CoordinatorFollowUp], int, int, int, list[str], list[ErrorDetail]]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: FollowUpReport) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def coordinators(self) -> list[CoordinatorFollowUp]:
        """
        Every coordinator in post on `on` (Coordinator.active_on()) in a post whose
        convention is in force on `on` (as known that day), in dataset order.
        """
    @property
    def dataset_id(self) -> str:
        """
        Dataset followed.
        """
    @property
    def network_days(self) -> int:
        """
        Σ network days of the coordinators in post.
        """
    @property
    def on(self) -> datetime.date:
        """
        Date of the follow-up.
        """
    @property
    def training_days(self) -> int:
        """
        Σ training days of the coordinators in post.
        """
    @property
    def vacant_posts(self) -> list[str]:
        """
        Posts in force on `on` that nobody holds that day, in dataset order.
        """
    @property
    def warnings(self) -> list[ErrorDetail]:
        """
        What the evaluations known on `on` say that the posts contradict, in
        dataset order of the evaluations:
        - `follow_up.dedicated_fte`: the « Nombre d'ETP dédiés » answered (item `5.1` of the
          Charente grid) differs from the ETP in post on 31 December of the year evaluated
          (CoordinationPost.staffed_fte_on()), the library's reading of « dédiés »;
        - `follow_up.not_applicable_volet`: a cell answered « sans objet » for a volet the post
          covers (CoordinationPost.volets).
        """
    @property
    def without_training(self) -> int:
        """
        Coordinators in post with no training day.
        """
class ItemKind(enum.Enum):
    """
    What an item asks for.
    """
    number: typing.ClassVar[ItemKind]
    per_policy: typing.ClassVar[ItemKind]
    yes_no: typing.ClassVar[ItemKind]
    @classmethod
    def __new__(cls, value):
        ...
class CorrectionKind(enum.Enum):
    """
    Why a source text was corrected.
    """
    grammar: typing.ClassVar[CorrectionKind]
    spelling: typing.ClassVar[CorrectionKind]
    typography: typing.ClassVar[CorrectionKind]
    @classmethod
    def __new__(cls, value):
        ...
class AnswerKind(enum.Enum):
    """
    Which alternative of Answer holds the value.
    """
    level: typing.ClassVar[AnswerKind]
    number: typing.ClassVar[AnswerKind]
    yes_no: typing.ClassVar[AnswerKind]
    @classmethod
    def __new__(cls, value):
        ...
class CellTrend(enum.Enum):
    """
    How one cell moved between two years.
    """
    changed: typing.ClassVar[CellTrend]
    improved: typing.ClassVar[CellTrend]
    newly_answered: typing.ClassVar[CellTrend]
    no_longer_answered: typing.ClassVar[CellTrend]
    regressed: typing.ClassVar[CellTrend]
    unchanged: typing.ClassVar[CellTrend]
    @classmethod
    def __new__(cls, value):
        ...
class FunctionDefinition:
    """
    What the coordination function is, in the référentiel's words.
    """
    def __eq__(self, other: FunctionDefinition) -> bool:
        ...
    def __getstate__(self) -> tuple[int, LocalizedText, LocalizedText, LocalizedText, Provenance]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, text: LocalizedText = ..., pilot: LocalizedText = ..., framework: LocalizedText = ..., provenance: Provenance = ...) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: FunctionDefinition) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def framework(self) -> LocalizedText:
        """
        How the function is set up with the local authority.
        """
    @property
    def pilot(self) -> LocalizedText:
        """
        Who steers the function ("L'intercommunalité pilote…").
        """
    @property
    def provenance(self) -> Provenance:
        """
        Where the definition is read.
        """
    @property
    def text(self) -> LocalizedText:
        """
        The definition ("Accompagner, dans le cadre…").
        """
class PolicyLabel:
    """
    A policy field (volet) with its label, e.g. `famille` / "Politique familiale".
    """
    def __eq__(self, other: PolicyLabel) -> bool:
        ...
    def __getstate__(self) -> tuple[int, Volet, LocalizedText]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, policy: Volet = ..., label: LocalizedText = ...) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: PolicyLabel) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def label(self) -> LocalizedText:
        """
        "Politique familiale" / "Family policy".
        """
    @property
    def policy(self) -> Volet:
        """
        The volet.
        """
class ThematicField:
    """
    A thematic field of intervention ("petite-enfance", "accès aux droits"…).
    """
    def __eq__(self, other: ThematicField) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, LocalizedText, CnafTheme | None, Provenance]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, id: str = '', label: LocalizedText = ..., cnaf: CnafTheme | None = None, provenance: Provenance = ...) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: ThematicField) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def cnaf(self) -> CnafTheme | None:
        """
        The matching Cnaf CTG theme, when there is one.
        """
    @property
    def id(self) -> str:
        """
        Stable identifier, e.g. `petite_enfance`.
        """
    @property
    def label(self) -> LocalizedText:
        """
        Label as the source writes it, and its translation.
        """
    @property
    def provenance(self) -> Provenance:
        """
        Where the field is listed.
        """
class Activity:
    """
    One of the activities of the function ("Veille sociale des territoires"…).
    """
    def __eq__(self, other: Activity) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, LocalizedText, Provenance]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, id: str = '', label: LocalizedText = ..., provenance: Provenance = ...) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: Activity) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def id(self) -> str:
        """
        Stable identifier, e.g. `veille_sociale`.
        """
    @property
    def label(self) -> LocalizedText:
        """
        The activity as the source words it, and its translation.
        """
    @property
    def provenance(self) -> Provenance:
        """
        Where it is listed.
        """
class Objective:
    """
    One objective the function contributes to (a sub-objective of an expectation).
    """
    def __eq__(self, other: Objective) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, LocalizedText]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, id: str = '', label: LocalizedText = ...) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: Objective) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def id(self) -> str:
        """
        Stable identifier, e.g. `acces_aux_droits.1`.
        """
    @property
    def label(self) -> LocalizedText:
        """
        "Au renforcement de l'accès aux droits…".
        """
class ObjectiveArea:
    """
    A group of objectives ("En matière d'accès aux droits"…).
    """
    def __eq__(self, other: ObjectiveArea) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, LocalizedText, list[Objective]]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, id: str = '', label: LocalizedText = ..., objectives: collections.abc.Sequence[Objective] = []) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: ObjectiveArea) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def id(self) -> str:
        """
        Stable identifier, e.g. `acces_aux_droits`.
        """
    @property
    def label(self) -> LocalizedText:
        """
        "En matière d'accès aux droits".
        """
    @property
    def objectives(self) -> list[Objective]:
        """
        Its objectives, in source order.
        """
class Expectation:
    """
    An expected result of the function (an "attendu"), with its sub-objectives.
    """
    def __eq__(self, other: Expectation) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, LocalizedText, list[str], list[ObjectiveArea], Provenance]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, id: str = '', label: LocalizedText = ..., thematic_fields: collections.abc.Sequence[str] = [], areas: collections.abc.Sequence[ObjectiveArea] = [], provenance: Provenance = ...) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: Expectation) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def areas(self) -> list[ObjectiveArea]:
        """
        Objective groups, in source order.
        """
    @property
    def id(self) -> str:
        """
        `promotion`, `articulation`, `contribution`.
        """
    @property
    def label(self) -> LocalizedText:
        """
        "L'articulation du projet de territoire…".
        """
    @property
    def provenance(self) -> Provenance:
        """
        Where it is listed.
        """
    @property
    def thematic_fields(self) -> list[str]:
        """
        Fields it names (ids), in source order.
        """
class Referentiel:
    """
    A job référentiel of the coordination function, as data.
    
    The built-in `cnaf-coordination` holds the national référentiel as the Caf de la Charente
    presents it (30 June 2021): the definition, the three policy fields, 7 thematic fields, 7
    activities and 3 expectations, the last one with 3 areas and 7 objectives. French texts are
    the source's; English texts are translations.
    """
    def __eq__(self, other: Referentiel) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, int, LocalizedText, LocalizedText, Provenance, FunctionDefinition, list[PolicyLabel], list[ThematicField], list[Activity], list[Expectation]]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, id: str = '', version: typing.SupportsInt | typing.SupportsIndex = 1, label: LocalizedText = ..., note: LocalizedText = ..., provenance: Provenance = ..., definition: FunctionDefinition = ..., policies: collections.abc.Sequence[PolicyLabel] = [], thematic_fields: collections.abc.Sequence[ThematicField] = [], activities: collections.abc.Sequence[Activity] = [], expectations: collections.abc.Sequence[Expectation] = []) -> None:
        """
        Python: keyword arguments only, named as the fields.
        """
    def __ne__(self, other: Referentiel) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def find_activity(self, activity_id: str) -> Activity:
        """
        The activity with this id, or None.
        """
    def find_expectation(self, expectation_id: str) -> Expectation:
        """
        The expectation with this id, or None.
        """
    def find_thematic_field(self, field_id: str) -> ThematicField:
        """
        The thematic field with this id, or None.
        """
    @property
    def activities(self) -> list[Activity]:
        """
        Activities, in source order.
        """
    @property
    def definition(self) -> FunctionDefinition:
        """
        Definition of the function.
        """
    @property
    def expectations(self) -> list[Expectation]:
        """
        Expectations, in source order.
        """
    @property
    def id(self) -> str:
        """
        Identifier, e.g. `cnaf-coordination`.
        """
    @property
    def label(self) -> LocalizedText:
        """
        Title.
        """
    @property
    def note(self) -> LocalizedText:
        """
        What was transcribed, and how.
        """
    @property
    def policies(self) -> list[PolicyLabel]:
        """
        Policy fields (volets), in source order.
        """
    @property
    def provenance(self) -> Provenance:
        """
        The document read.
        """
    @property
    def thematic_fields(self) -> list[ThematicField]:
        """
        Thematic fields, in source order.
        """
    @property
    def version(self) -> int:
        """
        Version of this référentiel text.
        """
class ScaleLevel:
    """
    One mark of a scale: its code (what answers write) and its label.
    """
    def __eq__(self, other: ScaleLevel) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, LocalizedText]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, code: str = '', label: LocalizedText = ...) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: ScaleLevel) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def code(self) -> str:
        """
        Code written in answers, e.g. `en_partie` or `2`.
        """
    @property
    def label(self) -> LocalizedText:
        """
        "En partie" / "Partly".
        """
class AnswerScale:
    """
    An ordinal scale: levels from lowest to highest, the level from which a mission counts
    as achieved, and an optional "not applicable" mark that removes a cell from scores.
    
    The rank of a level is its position (0 for the lowest). A cell is **achieved** when its
    level's rank is at least the rank of `achieved_from`.
    """
    def __eq__(self, other: AnswerScale) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, LocalizedText, list[ScaleLevel], str, ScaleLevel | None, LocalizedText, Provenance]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, id: str = '', label: LocalizedText = ..., levels: collections.abc.Sequence[ScaleLevel] = [], achieved_from: str = '', not_applicable: ScaleLevel | None = None, note: LocalizedText = ..., provenance: Provenance = ...) -> None:
        """
        Python: keyword arguments only, named as the fields.
        """
    def __ne__(self, other: AnswerScale) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def accepted_codes(self) -> str:
        """
        The accepted codes for messages, in any language: `non, en_partie, oui, sans_objet`.
        """
    def accepts(self, code: str) -> bool:
        """
        Whether `code` is a level or the not-applicable mark.
        """
    def check(self, path: str) -> list[ErrorDetail]:
        """
        Every problem of the scale, each at a path below `path` (`scale.levels[1].code`):
        fewer than two levels, an empty or repeated code, `achieved_from` not naming a level, an
        empty label.
        """
    def find(self, code: str) -> ScaleLevel:
        """
        The level with this code (not the not-applicable mark), or None.
        """
    def is_achieved(self, code: str) -> bool:
        """
        Whether `code` is a level at or above `achieved_from`.
        """
    def is_not_applicable(self, code: str) -> bool:
        """
        Whether `code` is the not-applicable mark.
        """
    def rank_of(self, code: str) -> int | None:
        """
        The rank (0 = lowest) of the level with this code, if it is a level.
        """
    @property
    def achieved_from(self) -> str:
        """
        Code of the lowest level counted as achieved.
        """
    @property
    def id(self) -> str:
        """
        Identifier, e.g. `non-en-partie-oui`.
        """
    @property
    def label(self) -> LocalizedText:
        """
        Title.
        """
    @property
    def levels(self) -> list[ScaleLevel]:
        """
        Levels, lowest first (at least two).
        """
    @property
    def not_applicable(self) -> ScaleLevel | None:
        """
        The "not applicable" mark, if allowed.
        """
    @property
    def note(self) -> LocalizedText:
        """
        Why this scale (e.g. the source gives none).
        """
    @property
    def provenance(self) -> Provenance:
        """
        Where the scale comes from.
        """
class TextCorrection:
    """
    One correction of the source text: the first occurrence of `original` (after the
    previous corrections) became `corrected`.
    """
    def __eq__(self, other: TextCorrection) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, str, CorrectionKind]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, original: str = '', corrected: str = '', kind: CorrectionKind = ...) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: TextCorrection) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def corrected(self) -> str:
        """
        Text as the grid writes it.
        """
    @property
    def kind(self) -> CorrectionKind:
        """
        Why.
        """
    @property
    def original(self) -> str:
        """
        Text as the source writes it.
        """
class GridItem:
    """
    An item of a grid: a mission, a yes/no question or a number.
    """
    def __eq__(self, other: GridItem) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, ItemKind, LocalizedText, str, list[TextCorrection], int, LocalizedText]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, id: str = '', kind: ItemKind = ..., text: LocalizedText = ..., source_text: str = '', corrections: collections.abc.Sequence[TextCorrection] = [], decimals: typing.SupportsInt | typing.SupportsIndex = 0, unit: LocalizedText = ...) -> None:
        """
        Python: keyword arguments only, named as the fields.
        """
    def __ne__(self, other: GridItem) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def corrections(self) -> list[TextCorrection]:
        """
        Corrections from `source_text` to `text.fr`.
        """
    @property
    def decimals(self) -> int:
        """
        Number items: decimals allowed (0–4).
        """
    @property
    def id(self) -> str:
        """
        Stable identifier, e.g. `1.3`.
        """
    @property
    def kind(self) -> ItemKind:
        """
        What it asks for.
        """
    @property
    def source_text(self) -> str:
        """
        Source text, when corrections were made.
        """
    @property
    def text(self) -> LocalizedText:
        """
        Corrected French text and its translation.
        """
    @property
    def unit(self) -> LocalizedText:
        """
        Number items: unit ("ETP" / "FTE").
        """
    @property
    def verbatim(self) -> str:
        """
        The source text: `source_text`, or `text.fr` when nothing was corrected.
        """
class GridSection:
    """
    A section ("rubrique") of a grid and the référentiel activities it evaluates.
    """
    def __eq__(self, other: GridSection) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, LocalizedText, str, list[TextCorrection], list[str], list[GridItem]]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, id: str = '', title: LocalizedText = ..., source_title: str = '', corrections: collections.abc.Sequence[TextCorrection] = [], activities: collections.abc.Sequence[str] = [], items: collections.abc.Sequence[GridItem] = []) -> None:
        """
        Python: keyword arguments only, named as the fields.
        """
    def __ne__(self, other: GridSection) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def activities(self) -> list[str]:
        """
        Ids of the référentiel activities it assesses.
        """
    @property
    def corrections(self) -> list[TextCorrection]:
        """
        Corrections from `source_title`.
        """
    @property
    def id(self) -> str:
        """
        Stable identifier, e.g. `1`.
        """
    @property
    def items(self) -> list[GridItem]:
        """
        Items, in grid order.
        """
    @property
    def source_title(self) -> str:
        """
        Source title, when corrections were made.
        """
    @property
    def title(self) -> LocalizedText:
        """
        Corrected French title and its translation.
        """
    @property
    def verbatim(self) -> str:
        """
        The source title: `source_title`, or `title.fr` when nothing was corrected.
        """
class GridCell:
    """
    One answer slot of a grid: an item, and its policy column for a per-policy item.
    """
    def __eq__(self, other: GridCell) -> bool:
        ...
    def __ge__(self, other: GridCell) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, Volet | None]:
        ...
    def __gt__(self, other: GridCell) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, item_id: str, policy: Volet | None = None) -> None:
        """
        Python: `GridCell('1.3', Volet.education)`, `GridCell('5.2')`.
        """
    def __le__(self, other: GridCell) -> bool:
        ...
    def __lt__(self, other: GridCell) -> bool:
        ...
    def __ne__(self, other: GridCell) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def __str__(self) -> str:
        ...
    def to_string(self) -> str:
        """
        `1.3 education`, or `5.2`.
        """
    @property
    def item_id(self) -> str:
        """
        The item.
        """
    @property
    def policy(self) -> Volet | None:
        """
        The policy column; none for yes/no and number items.
        """
class GridParts:
    """
    The raw parts of a grid, before validation; field names mirror the JSON keys.
    """
    def __eq__(self, other: GridParts) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, int, LocalizedText, LocalizedText, str, Provenance, list[PolicyLabel], AnswerScale, list[GridSection]]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, id: str = '', version: typing.SupportsInt | typing.SupportsIndex = 1, label: LocalizedText = ..., note: LocalizedText = ..., referentiel_id: str = '', provenance: Provenance = ..., policies: collections.abc.Sequence[PolicyLabel] = [], scale: AnswerScale = ..., sections: collections.abc.Sequence[GridSection] = []) -> None:
        """
        Python: keyword arguments only, named as the fields.
        """
    def __ne__(self, other: GridParts) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def id(self) -> str:
        """
        Identifier, e.g. `charente-2021`.
        """
    @property
    def label(self) -> LocalizedText:
        """
        Title.
        """
    @property
    def note(self) -> LocalizedText:
        """
        How the grid was transcribed.
        """
    @property
    def policies(self) -> list[PolicyLabel]:
        """
        Policy columns, in order.
        """
    @property
    def provenance(self) -> Provenance:
        """
        The document transcribed.
        """
    @property
    def referentiel_id(self) -> str:
        """
        The référentiel whose activities sections link to.
        """
    @property
    def scale(self) -> AnswerScale:
        """
        The scale of per-policy missions.
        """
    @property
    def sections(self) -> list[GridSection]:
        """
        Sections, in order.
        """
    @property
    def version(self) -> int:
        """
        Version; evaluations name the version they fill.
        """
class Grid:
    """
    A validated evaluation grid; immutable, thread-safe to read.
    
    The built-in `charente-2021` (version 1) transcribes the Caf de la Charente's "fiches
    d'évaluation": 5 sections of 7, 6, 9, 5 and 5 items (32), of which 27 missions assessed for
    the three policies (81 cells), 4 yes/no questions and 1 number (FTE dedicated): 86 cells.
    
    Python: from builtin_grid(), find_builtin_grid(), load_grid_json() or Grid.build(); `items()` lists every item in grid order. Two grids are equal when their canonical JSON is.
    """
    @staticmethod
    def build(parts: GridParts, origin: str = 'grid') -> Grid:
        """
        Validates `parts` and builds the grid.
        
        Errors: empty id, version below 1, no policy or a policy twice, scale problems, no
        section, empty or repeated section or item ids, empty French text, per-policy items
        when the grid has no policy column, number decimals outside 0–4, corrections that do
        not turn the source text into the French text, a référentiel that is not built in, an
        activity the référentiel does not list.
        
        Raises:
            ValidationError: listing every error (field = JSON path); nothing is built.
        """
    def __eq__(self, other: Grid) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: Grid) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def _repr_html_(self) -> str:
        ...
    def cells(self) -> list[GridCell]:
        """
        Every cell, in grid order (items, then policy columns).
        """
    def cells_of(self, item: GridItem) -> list[GridCell]:
        """
        The cells of one item: one per policy column, or one without policy.
        """
    def count(self, kind: ItemKind) -> int:
        """
        Number of items of kind `k`.
        """
    def find_item(self, item_id: str) -> GridItem:
        """
        The item with this id, or None.
        """
    def find_policy(self, policy: Volet) -> PolicyLabel:
        """
        The label of policy column `p`, or None.
        """
    def find_section(self, section_id: str) -> GridSection:
        """
        The section with this id, or None.
        """
    def has_policy(self, policy: Volet) -> bool:
        """
        Whether `p` is one of the policy columns.
        """
    def item_at(self, item_id: str) -> GridItem:
        """
        The item with this id.
        
        Raises:
            OutOfRangeError: naming the id.
        """
    def items(self) -> list[GridItem]:
        """
        Python: every item, in grid order (sections, then their items).
        """
    def key(self) -> str:
        """
        `charente-2021 version 1`.
        """
    def section_of(self, item_id: str) -> GridSection:
        """
        The section holding item `item_id`, or None.
        """
    @property
    def id(self) -> str:
        """
        Identifier.
        """
    @property
    def item_count(self) -> int:
        """
        Number of items.
        """
    @property
    def label(self) -> LocalizedText:
        """
        Title.
        """
    @property
    def note(self) -> LocalizedText:
        """
        Transcription note.
        """
    @property
    def parts(self) -> GridParts:
        """
        All the parts.
        """
    @property
    def policies(self) -> list[PolicyLabel]:
        """
        Policy columns, in order.
        """
    @property
    def provenance(self) -> Provenance:
        """
        Source.
        """
    @property
    def referentiel_id(self) -> str:
        """
        The référentiel id (may be empty).
        """
    @property
    def scale(self) -> AnswerScale:
        """
        The answer scale of per-policy missions.
        """
    @property
    def sections(self) -> list[GridSection]:
        """
        Sections, in order.
        """
    @property
    def version(self) -> int:
        """
        Version.
        """
class AnswerNumber:
    """
    The answer to a number item: an exact non-negative decimal, at most four decimals.
    
    Python: `AnswerNumber('1.5')`, `AnswerNumber(Decimal('0.75'))`, `AnswerNumber(2)`; wherever a number answer is expected, a str, a Decimal or an int is read the same way; a float is a TypeError.
    """
    scale: typing.ClassVar[int] = 10000
    @staticmethod
    def from_ten_thousandths(units: typing.SupportsIndex, field: str = 'number') -> AnswerNumber:
        """
        `units` ten-thousandths.
        
        Raises:
            InvalidValueError: naming `field` when negative.
        """
    @staticmethod
    def parse(text: str, field: str = 'number') -> AnswerNumber:
        """
        Reads `1.5`, `0,75`, `2`: one '.' or ',' mark, at most four decimals, not negative.
        
        Raises:
            InvalidValueError: naming `field` otherwise.
        """
    def __eq__(self, other: AnswerNumber) -> bool:
        ...
    def __ge__(self, other: AnswerNumber) -> bool:
        ...
    def __getstate__(self) -> tuple[int, int]:
        ...
    def __gt__(self, other: AnswerNumber) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    @typing.overload
    def __init__(self) -> None:
        """
        Zero.
        """
    @typing.overload
    def __init__(self, value: AnswerNumber | str | decimal.Decimal | int) -> None:
        """
        A number read from a str (as AnswerNumber.parse() reads it), a decimal.Decimal or an int.
        """
    def __le__(self, other: AnswerNumber) -> bool:
        ...
    def __lt__(self, other: AnswerNumber) -> bool:
        ...
    def __ne__(self, other: AnswerNumber) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def __str__(self) -> str:
        ...
    def to_decimal(self) -> decimal.Decimal:
        """
        Python: the number as a decimal.Decimal.
        """
    def to_french(self) -> str:
        """
        `1,5`: French decimal comma.
        """
    def to_string(self) -> str:
        """
        `1.5`: '.' mark, trailing zeros dropped.
        """
    @property
    def decimals(self) -> int:
        """
        Number of decimals needed to write the value exactly (0–4).
        """
    @property
    def ten_thousandths(self) -> int:
        """
        The exact value in ten-thousandths.
        """
class Answer:
    """
    The answer to one cell of a grid.
    
    Build one with of_level(), of_yes_no() or of_number(). Nothing is checked here: an answer
    may name an unknown item or be of the wrong kind until validate_evaluation() says so.
    """
    @staticmethod
    def of_level(item_id: str, policy: Volet | None, code: str) -> Answer:
        """
        A level (scale code) for an item and policy.
        """
    @staticmethod
    def of_number(item_id: str, value: AnswerNumber | str | decimal.Decimal | int) -> Answer:
        """
        A number.
        """
    @staticmethod
    def of_yes_no(item_id: str, yes: bool) -> Answer:
        """
        A yes/no answer.
        """
    def __eq__(self, other: Answer) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, Volet | None, AnswerKind, str, bool, AnswerNumber]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, item_id: str = '', policy: Volet | None = None, kind: AnswerKind = ..., level: str = '', yes: bool = False, number: AnswerNumber | str | decimal.Decimal | int = ...) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: Answer) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def cell(self) -> GridCell:
        """
        The cell answered.
        """
    def value_text(self) -> str:
        """
        The value as CSV writes it: the code, `oui`/`non`, or `1.5`.
        """
    @property
    def item_id(self) -> str:
        """
        The item answered.
        """
    @property
    def kind(self) -> AnswerKind:
        """
        Which value below is meant.
        """
    @property
    def level(self) -> str:
        """
        The scale code, when kind is level.
        """
    @property
    def number(self) -> AnswerNumber:
        """
        The value, when kind is number.
        """
    @property
    def policy(self) -> Volet | None:
        """
        The policy column (per-policy items only).
        """
    @property
    def yes(self) -> bool:
        """
        The answer, when kind is yes_no.
        """
class ItemComment:
    """
    The comment written for an item (the grid's "Commentaires" column).
    """
    def __eq__(self, other: ItemComment) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, str]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, item_id: str = '', text: str = '') -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: ItemComment) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def item_id(self) -> str:
        """
        The item.
        """
    @property
    def text(self) -> str:
        """
        The comment.
        """
class Evaluation:
    """
    A filled grid: one coordination post, one year, its answers and comments, who filled
    it and when.
    
    Plain data: check it against its grid (and post) with validate_evaluation(). Missing answers
    are allowed; they make the evaluation incomplete, not invalid.
    
    Python: `Evaluation(grid_id='charente-2021', grid_version=1, post_id='post-rouillacais', year=2021, answers=[Answer.of_level('1.1', Volet.famille, 'oui')], filled_on=date(2022, 1, 20))`, keyword arguments only.
    """
    def __eq__(self, other: Evaluation) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, int, str, int, list[Answer], list[ItemComment], str, datetime.date | None, Provenance, list[str]]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, grid_id: str = '', grid_version: typing.SupportsInt | typing.SupportsIndex = 0, post_id: str = '', year: typing.SupportsInt | typing.SupportsIndex = 0, answers: collections.abc.Sequence[Answer] = [], comments: collections.abc.Sequence[ItemComment] = [], filled_by: str = '', filled_on: datetime.date | None = None, provenance: Provenance = ..., coordinators: collections.abc.Sequence[str] = []) -> None:
        """
        Python: keyword arguments only, named as the fields.
        """
    def __ne__(self, other: Evaluation) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def _repr_html_(self) -> str:
        ...
    def describe(self) -> str:
        """
        `post-rouillacais 2021 (charente-2021 version 1)`, for messages.
        """
    def find_answer(self, cell: GridCell) -> Answer:
        """
        The first answer for this cell, or None.
        """
    def find_comment(self, item_id: str) -> ItemComment:
        """
        The comment for this item, or None.
        """
    def known_from(self) -> datetime.date:
        """
        The first day the evaluation is a known fact: its `filled_on`; without one, 1 January
        of the year after the year evaluated (a reading of ours: a yearly evaluation is complete
        only once its year is over, and no earlier date can be assumed).
        """
    def known_on(self, day: datetime.date) -> bool:
        """
        Whether the evaluation is known on `d` (known_from() ≤ `d`).
        """
    @property
    def answers(self) -> list[Answer]:
        """
        Answers, one per answered cell.
        """
    @property
    def comments(self) -> list[ItemComment]:
        """
        Comments, at most one per item.
        """
    @property
    def coordinators(self) -> list[str]:
        """
        The coordinators of the post it covers (« pour chaque coordinateur financé »), by
        id; empty: the post as a whole, whoever held it.
        """
    @property
    def filled_by(self) -> str:
        """
        Who filled the grid (empty: not said).
        """
    @property
    def filled_on(self) -> datetime.date | None:
        """
        When it was filled (none: not said).
        """
    @property
    def grid_id(self) -> str:
        """
        The grid filled, e.g. `charente-2021`.
        """
    @property
    def grid_version(self) -> int:
        """
        Its version.
        """
    @property
    def post_id(self) -> str:
        """
        The coordination post evaluated.
        """
    @property
    def provenance(self) -> Provenance:
        """
        Where the evaluation comes from.
        """
    @property
    def year(self) -> int:
        """
        The calendar year evaluated.
        """
class EvaluationCheck:
    """
    What checking one evaluation found: errors, and what is missing (not an error).
    """
    def __eq__(self, other: EvaluationCheck) -> bool:
        ...
    def __getstate__(self) -> tuple[int, list[ErrorDetail], list[GridCell], list[str], int, int]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: EvaluationCheck) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def incompleteness(self, path: str) -> list[ErrorDetail]:
        """
        The incompleteness as warnings, e.g. for a dataset: one detail per missing field
        at `path.filled_by`, and one at `path.answers` listing the missing cells.
        """
    @property
    def answered_cells(self) -> int:
        """
        Cells with an answer (valid or not).
        """
    @property
    def complete(self) -> bool:
        """
        Whether nothing is missing.
        """
    @property
    def errors(self) -> list[ErrorDetail]:
        """
        Errors, each at its path (`answers[3].level`).
        """
    @property
    def expected_cells(self) -> int:
        """
        Cells of the grid.
        """
    @property
    def missing(self) -> list[GridCell]:
        """
        Cells without an answer, in grid order.
        """
    @property
    def missing_fields(self) -> list[str]:
        """
        `filled_by`, `filled_on` when not given.
        """
    @property
    def ok(self) -> bool:
        """
        Whether there is no error.
        """
class EvaluationsCheck:
    """
    What checking a list of evaluations found (e.g. those of a dataset).
    """
    def __eq__(self, other: EvaluationsCheck) -> bool:
        ...
    def __getstate__(self) -> tuple[int, list[ErrorDetail], list[ErrorDetail], list[EvaluationCheck]]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: EvaluationsCheck) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def checks(self) -> list[EvaluationCheck]:
        """
        One per evaluation, in order.
        """
    @property
    def errors(self) -> list[ErrorDetail]:
        """
        Every error, with its path.
        """
    @property
    def ok(self) -> bool:
        """
        Whether there is no error.
        """
    @property
    def warnings(self) -> list[ErrorDetail]:
        """
        Incompleteness, with its path.
        """
class Share:
    """
    An exact share `part / whole` kept as two counts (5 achieved of 7 applicable).
    
    Undefined when `whole` is zero (nothing applicable, nothing expected): ratio() and percent()
    then give nothing, and reports print a dash rather than 0 %.
    
    Python: `Share(part=5, whole=7)`; `as_fraction()` gives the exact fractions.Fraction (None when undefined), `a + b` pools the counts, `str()` is `5/7`.
    """
    def __add__(self, other: Share) -> Share:
        """
        Adds counts (pooling cells, not averaging shares).
        """
    def __eq__(self, other: Share) -> bool:
        ...
    def __getstate__(self) -> tuple[int, int, int]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, part: typing.SupportsInt | typing.SupportsIndex = 0, whole: typing.SupportsInt | typing.SupportsIndex = 0) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: Share) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def __str__(self) -> str:
        ...
    def as_fraction(self) -> fractions.Fraction | None:
        """
        Python: `part / whole` as a fractions.Fraction (reduced: it no longer tells 5/7 from 10/14), or None when the share is undefined (whole is zero).
        """
    def percent(self, format: RatioFormat = ...) -> RoundedDecimal | None:
        """
        The share × 100 rounded under `format`, when defined.
        """
    def ratio(self) -> ExactRatio | None:
        """
        The exact ratio, when defined.
        """
    def to_fraction(self) -> str:
        """
        `5/7`.
        """
    @property
    def defined(self) -> bool:
        """
        Whether `whole` is above zero.
        """
    @property
    def part(self) -> int:
        """
        Counted cells (achieved, or answered).
        """
    @property
    def whole(self) -> int:
        """
        Cells they are counted among (applicable, or expected).
        """
class PolicyScore:
    """
    The score of one policy column (within a section, or over the whole grid).
    """
    def __eq__(self, other: PolicyScore) -> bool:
        ...
    def __getstate__(self) -> tuple[int, Volet, Share, Share]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, policy: Volet = ..., achieved: Share = ..., completeness: Share = ...) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: PolicyScore) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def achieved(self) -> Share:
        """
        Achieved cells / applicable answered cells.
        """
    @property
    def completeness(self) -> Share:
        """
        Answered cells / cells.
        """
    @property
    def policy(self) -> Volet:
        """
        The policy column.
        """
class SectionScore:
    """
    The score of one section.
    """
    def __eq__(self, other: SectionScore) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, Share, Share, list[PolicyScore]]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, section_id: str = '', achieved: Share = ..., completeness: Share = ..., policies: collections.abc.Sequence[PolicyScore] = []) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: SectionScore) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def achieved(self) -> Share:
        """
        Achieved cells / applicable answered cells.
        """
    @property
    def completeness(self) -> Share:
        """
        Answered cells / cells (numbers included).
        """
    @property
    def policies(self) -> list[PolicyScore]:
        """
        Per policy column, in grid order.
        """
    @property
    def section_id(self) -> str:
        """
        The section.
        """
class EvaluationScore:
    """
    The scores of one evaluation.
    
    The unit is the **cell**: a per-policy mission counts once per policy column, a yes/no
    question once. A cell is *applicable* when it is answered and its answer is neither the
    scale's not-applicable mark nor a number (numbers inform, they are not achieved or not). It
    is *achieved* when its level is at or above the scale's `achieved_from`, or its yes/no
    answer is yes. `achieved` = achieved / applicable; unanswered cells are left out of it and
    counted by `completeness` = answered / all cells. Department totals pool cells.
    """
    def __eq__(self, other: EvaluationScore) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, int, str, int, list[SectionScore], list[PolicyScore], Share, Share]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: EvaluationScore) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def policy(self, policy: Volet) -> PolicyScore:
        """
        The score of this policy column, or None.
        """
    def section(self, section_id: str) -> SectionScore:
        """
        The score of this section, or None.
        """
    @property
    def completeness(self) -> Share:
        """
        Every cell.
        """
    @property
    def grid_id(self) -> str:
        """
        Grid.
        """
    @property
    def grid_version(self) -> int:
        """
        Grid version.
        """
    @property
    def overall(self) -> Share:
        """
        Every applicable cell.
        """
    @property
    def policies(self) -> list[PolicyScore]:
        """
        Per policy column (per-policy cells only).
        """
    @property
    def post_id(self) -> str:
        """
        Post.
        """
    @property
    def sections(self) -> list[SectionScore]:
        """
        Per section, in grid order.
        """
    @property
    def year(self) -> int:
        """
        Year.
        """
class CellChange:
    """
    One cell's answers in the two years.
    """
    def __eq__(self, other: CellChange) -> bool:
        ...
    def __getstate__(self) -> tuple[int, GridCell, str | None, str | None, CellTrend]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, cell: GridCell = ..., before: str | None = None, after: str | None = None, trend: CellTrend = ...) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: CellChange) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def after(self) -> str | None:
        """
        Later answer, if any.
        """
    @property
    def before(self) -> str | None:
        """
        Earlier answer (Answer.value_text()), if any.
        """
    @property
    def cell(self) -> GridCell:
        """
        The cell.
        """
    @property
    def trend(self) -> CellTrend:
        """
        How it moved.
        """
class SectionTrend:
    """
    A section's achieved share in both years.
    """
    def __eq__(self, other: SectionTrend) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, Share, Share]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, section_id: str = '', before: Share = ..., after: Share = ...) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: SectionTrend) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def delta(self) -> ExactRatio | None:
        """
        `after − before` as an exact fraction, when both are defined.
        """
    @property
    def after(self) -> Share:
        """
        Later year.
        """
    @property
    def before(self) -> Share:
        """
        Earlier year.
        """
    @property
    def section_id(self) -> str:
        """
        The section.
        """
class YearComparison:
    """
    Two evaluations of one post compared cell by cell.
    """
    def __eq__(self, other: YearComparison) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, str, int, int, int, list[CellChange], list[SectionTrend], Share, Share]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: YearComparison) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def changes_with(self, trend: CellTrend) -> list[CellChange]:
        """
        The changes with trend `t`, in grid order.
        
        Python: `changes_with` (C++ `with`, a Python keyword).
        """
    def count(self, trend: CellTrend) -> int:
        """
        How many cells have trend `t`.
        """
    @property
    def changes(self) -> list[CellChange]:
        """
        Every cell answered in either year, grid order.
        """
    @property
    def from_year(self) -> int:
        """
        Earlier year.
        """
    @property
    def grid_id(self) -> str:
        """
        The grid.
        """
    @property
    def grid_version(self) -> int:
        """
        Its version.
        """
    @property
    def overall_after(self) -> Share:
        """
        Overall achieved share, later year.
        """
    @property
    def overall_before(self) -> Share:
        """
        Overall achieved share, earlier year.
        """
    @property
    def post_id(self) -> str:
        """
        The post.
        """
    @property
    def sections(self) -> list[SectionTrend]:
        """
        Per section, in grid order.
        """
    @property
    def to_year(self) -> int:
        """
        Later year.
        """
class RollupCell:
    """
    One cell of the matrix: a post's score in a section.
    """
    def __eq__(self, other: RollupCell) -> bool:
        ...
    def __getstate__(self) -> tuple[int, Share, Share]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, achieved: Share = ..., completeness: Share = ...) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: RollupCell) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def achieved(self) -> Share:
        """
        Achieved / applicable cells of the section (undefined: no data).
        """
    @property
    def completeness(self) -> Share:
        """
        Answered / cells of the section (0/n when not evaluated).
        """
class RollupRow:
    """
    One row of the matrix: a post.
    """
    def __eq__(self, other: RollupRow) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, bool, list[RollupCell], Share, Share]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, post_id: str = '', evaluated: bool = False, sections: collections.abc.Sequence[RollupCell] = [], overall: Share = ..., completeness: Share = ...) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: RollupRow) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def completeness(self) -> Share:
        """
        The post's overall completeness.
        """
    @property
    def evaluated(self) -> bool:
        """
        Whether the post has an evaluation that year.
        """
    @property
    def overall(self) -> Share:
        """
        The post's overall achieved share.
        """
    @property
    def post_id(self) -> str:
        """
        The post.
        """
    @property
    def sections(self) -> list[RollupCell]:
        """
        One cell per section, in grid order.
        """
class EvaluationRollup:
    """
    Posts × sections for one grid version and one year, ready for a heatmap.
    
    The department row pools cells (sum of achieved over sum of applicable), so that a post with
    more applicable cells weighs more; it is not the mean of the posts' shares.
    """
    def __eq__(self, other: EvaluationRollup) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, int, int, list[str], list[RollupRow], list[Share], list[Share], Share]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: EvaluationRollup) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def row(self, post_id: str) -> RollupRow:
        """
        The row of this post, or None.
        """
    @property
    def department(self) -> list[Share]:
        """
        Pooled achieved share per section.
        """
    @property
    def department_completeness(self) -> list[Share]:
        """
        Pooled completeness per section.
        """
    @property
    def department_overall(self) -> Share:
        """
        Pooled achieved share over everything.
        """
    @property
    def grid_id(self) -> str:
        """
        Grid.
        """
    @property
    def grid_version(self) -> int:
        """
        Grid version.
        """
    @property
    def rows(self) -> list[RollupRow]:
        """
        Rows: listed posts first, then others evaluated.
        """
    @property
    def section_ids(self) -> list[str]:
        """
        Columns, in grid order.
        """
    @property
    def year(self) -> int:
        """
        Year.
        """
class DatasetParts:
    """
    The raw parts of a dataset, before validation. Build a Dataset from it.
    
    Field names mirror the JSON keys, so validation messages use JSON paths
    (`epcis[3].siren`, `posts[0].coordinators[1].fte`, `evaluations[2].answers[3].level`).
    
    Python: `Dataset.build(parts)` validates them; `dataset.parts` gives them back (e.g. to derive a modified dataset).
    """
    def __eq__(self, other: DatasetParts) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, LocalizedText, Department, str, str, list[CafReferent], list[Epci], list[Convention], list[CoordinationPost], list[Evaluation]]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, id: str = '', label: LocalizedText = ..., department: Department = ..., rulebook: str = '', grid: str = '', referents: collections.abc.Sequence[CafReferent] = [], epcis: collections.abc.Sequence[Epci] = [], conventions: collections.abc.Sequence[Convention] = [], posts: collections.abc.Sequence[CoordinationPost] = [], evaluations: collections.abc.Sequence[Evaluation] = []) -> None:
        """
        Python: keyword arguments only.
        """
    def __ne__(self, other: DatasetParts) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def conventions(self) -> list[Convention]:
        """
        CTGs.
        """
    @property
    def department(self) -> Department:
        """
        The department.
        """
    @property
    def epcis(self) -> list[Epci]:
        """
        EPCI of the department.
        """
    @property
    def evaluations(self) -> list[Evaluation]:
        """
        Yearly evaluations of the posts (filled grids).
        """
    @property
    def grid(self) -> str:
        """
        Id of the built-in grid the department's evaluations use (e.g. `charente-2021`);
        empty when none is named.
        """
    @property
    def id(self) -> str:
        """
        Identifier, e.g. `charente-2021`.
        """
    @property
    def label(self) -> LocalizedText:
        """
        Title in French and English.
        """
    @property
    def posts(self) -> list[CoordinationPost]:
        """
        Coordination posts.
        """
    @property
    def referents(self) -> list[CafReferent]:
        """
        Caf referents (chargés de conseil et développement).
        """
    @property
    def rulebook(self) -> str:
        """
        Id of the department's own rulebook (e.g. `charente-2021`), the one its reports
        detail by default; empty when it has none. Not checked here: a rulebook may come from a
        file as well as from the built-in ones.
        """
class CsvRecord:
    """
    One record of a CSV text: its fields and the line it starts on (1-based).
    """
    def __eq__(self, other: CsvRecord) -> bool:
        ...
    def __getstate__(self) -> tuple[int, list[str], int]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, fields: collections.abc.Sequence[str] = [], line: typing.SupportsInt | typing.SupportsIndex = 0) -> None:
        """
        Python: keyword arguments only, named as the fields; omitted ones take the default shown.
        """
    def __ne__(self, other: CsvRecord) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def fields(self) -> list[str]:
        """
        Unquoted field values.
        """
    @property
    def line(self) -> int:
        """
        Physical line (1-based) where the record starts.
        """
class CsvTable:
    """
    A CSV text split into a header and records.
    """
    def __eq__(self, other: CsvTable) -> bool:
        ...
    def __getstate__(self) -> tuple[int, list[str], list[CsvRecord]]:
        ...
    def __hash__(self) -> int:
        ...
    def __len__(self) -> int:
        ...
    def __ne__(self, other: CsvTable) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def column(self, name: str) -> int | None:
        """
        Index of the column called `name`, if any.
        """
    @property
    def header(self) -> list[str]:
        """
        Column names (first record), BOM removed.
        """
    @property
    def rows(self) -> list[CsvRecord]:
        """
        Data records; `rows[0]` is data row 1.
        """
    @property
    def separator(self) -> str:
        """
        The field separator the text was read with.
        """
class DatasetCounts:
    """
    How many of each thing a dataset holds.
    """
    def __eq__(self, other: DatasetCounts) -> bool:
        ...
    def __getstate__(self) -> tuple[int, int, int, int, int, int, int]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: DatasetCounts) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def communes(self) -> int:
        """
        Communes (sum of the EPCI commune counts).
        """
    @property
    def conventions(self) -> int:
        """
        Conventions.
        """
    @property
    def epcis(self) -> int:
        """
        EPCI.
        """
    @property
    def evaluations(self) -> int:
        """
        Yearly evaluations.
        """
    @property
    def posts(self) -> int:
        """
        Coordination posts.
        """
    @property
    def referents(self) -> int:
        """
        Caf referents.
        """
class DatasetSummary:
    """
    What the report says of the dataset itself.
    """
    def __eq__(self, other: DatasetSummary) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, LocalizedText, Department, DatasetCounts, int, Fte, list[ErrorDetail]]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: DatasetSummary) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def contracted_fte(self) -> Fte:
        """
        Sum of the posts' contracted ETP.
        """
    @property
    def counts(self) -> DatasetCounts:
        """
        How many of each thing.
        """
    @property
    def department(self) -> Department:
        """
        The department.
        """
    @property
    def id(self) -> str:
        """
        Dataset id.
        """
    @property
    def label(self) -> LocalizedText:
        """
        Its title.
        """
    @property
    def population(self) -> int:
        """
        Sum of the EPCI populations in force on the report's date when the dataset gives
        them (Epci.population_on()): the coverage's total.
        """
    @property
    def warnings(self) -> list[ErrorDetail]:
        """
        Validation warnings.
        """
class ReportRulebook:
    """
    One rulebook of the report.
    """
    def __eq__(self, other: ReportRulebook) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, LocalizedText, Formula, Rounding, bool]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: ReportRulebook) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def detailed(self) -> bool:
        """
        Whether it is the rulebook whose financing is detailed.
        """
    @property
    def id(self) -> str:
        """
        Rulebook id.
        """
    @property
    def label(self) -> LocalizedText:
        """
        Its title.
        """
    @property
    def policy(self) -> Rounding:
        """
        Its rounding policy.
        """
    @property
    def rule(self) -> Formula:
        """
        Its formula (kind and parts).
        """
class CogTrajectoryPoint:
    """
    The coverage of the dataset on 30 June of one year of the COG trajectory.
    """
    def __eq__(self, other: CogTrajectoryPoint) -> bool:
        ...
    def __getstate__(self) -> tuple[int, int, datetime.date, Rate, ExactRatio, ExactRatio | None, EvidenceMarks]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: CogTrajectoryPoint) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def gap(self) -> ExactRatio | None:
        """
        `share − target`.
        """
    @property
    def marks(self) -> EvidenceMarks:
        """
        Provenance of the share.
        """
    @property
    def on(self) -> datetime.date:
        """
        30 June of that year.
        """
    @property
    def share(self) -> ExactRatio:
        """
        Share of the population covered on `on`.
        """
    @property
    def target(self) -> Rate:
        """
        COG target of the year.
        """
    @property
    def year(self) -> int:
        """
        Year of the milestone.
        """
class ReportFinancing:
    """
    The financing section: the detailed rulebook, at the ceiling and on declared expenses.
    """
    def __eq__(self, other: ReportFinancing) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, list[int], PortfolioFinancing | None, ErrorDetail | None]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: ReportFinancing) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def declared(self) -> PortfolioFinancing | None:
        """
        The financing of the expenses declared for the year of the report, when some post
        declares one.
        """
    @property
    def declared_unavailable(self) -> ErrorDetail | None:
        """
        Why `declared` is none: the library's refusal (field `year`), naming the years
        that have expenses.
        """
    @property
    def declared_years(self) -> list[int]:
        """
        Years not after the report's that some post declares an expense for, ascending.
        """
    @property
    def rulebook_id(self) -> str:
        """
        The detailed rulebook.
        """
class ComparisonRow:
    """
    One line of the comparison table: an EPCI or the dataset, under every rulebook.
    """
    def __eq__(self, other: ComparisonRow) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, str, Fte, list[FinancingTotal], list[FinancingTotal]]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: ComparisonRow) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def by_rulebook(self) -> list[FinancingTotal]:
        """
        At the ceiling, in the report's rulebook order.
        """
    @property
    def contracted_fte(self) -> Fte:
        """
        ETP of the posts financed.
        """
    @property
    def id(self) -> str:
        """
        EPCI SIREN, or the dataset id for the total.
        """
    @property
    def in_post_by_rulebook(self) -> list[FinancingTotal]:
        """
        At the ceiling on the ETP in post, in the same order.
        """
    @property
    def label(self) -> str:
        """
        EPCI or department name.
        """
class ReportComparison:
    """
    The rulebooks compared at the ceiling, and the gains against the baseline rulebook.
    """
    def __eq__(self, other: ReportComparison) -> bool:
        ...
    def __getstate__(self) -> tuple[int, list[str], list[ComparisonRow], ComparisonRow, str | None, list[PortfolioComparison], list[PortfolioComparison]]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: ReportComparison) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def baseline(self) -> str | None:
        """
        The rulebook the gains start from, if any.
        """
    @property
    def by_epci(self) -> list[ComparisonRow]:
        """
        Every EPCI, in dataset order.
        """
    @property
    def gains(self) -> list[PortfolioComparison]:
        """
        Every other rulebook against the baseline, in report order (contracted ETP).
        """
    @property
    def gains_in_post(self) -> list[PortfolioComparison]:
        """
        The same gains on the ETP in post.
        """
    @property
    def rulebooks(self) -> list[str]:
        """
        Rulebook ids, in report order.
        """
    @property
    def total(self) -> ComparisonRow:
        """
        The whole dataset.
        """
class EvaluationRow:
    """
    One post's row of the evaluation roll-up.
    """
    def __eq__(self, other: EvaluationRow) -> bool:
        ...
    def __getstate__(self) -> tuple[int, RollupRow, str, Evidence | None]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: EvaluationRow) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def label(self) -> str:
        """
        Pilot EPCI name of the post (the post id when unknown).
        """
    @property
    def provenance(self) -> Evidence | None:
        """
        Evidence of its evaluation of the year on the grid; none when not evaluated.
        """
    @property
    def rollup(self) -> RollupRow:
        """
        Its shares per section, overall and completeness.
        """
class EvaluationTrend:
    """
    One post's change between the year before and the year of the report.
    """
    def __eq__(self, other: EvaluationTrend) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, str, Share, Share, int, int, int, int]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: EvaluationTrend) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def improved(self) -> int:
        """
        Cells improved.
        """
    @property
    def label(self) -> str:
        """
        Pilot EPCI name.
        """
    @property
    def other(self) -> int:
        """
        Other changes (changed, newly or no longer answered).
        """
    @property
    def overall_after(self) -> Share:
        """
        Overall achieved share, the year of the report.
        """
    @property
    def overall_before(self) -> Share:
        """
        Overall achieved share, the year before.
        """
    @property
    def post_id(self) -> str:
        """
        The post.
        """
    @property
    def regressed(self) -> int:
        """
        Cells regressed.
        """
    @property
    def unchanged(self) -> int:
        """
        Cells unchanged.
        """
class ActivityLabel:
    """
    An activity of the référentiel, with its label.
    """
    def __eq__(self, other: ActivityLabel) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, LocalizedText]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: ActivityLabel) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def id(self) -> str:
        """
        Activity id.
        """
    @property
    def label(self) -> LocalizedText:
        """
        Its label (the id when the référentiel does not list it).
        """
class ActivitiesNotAssessedByPost:
    """
    The activities of the référentiel one post's evaluation of the year does not assess.
    """
    def __eq__(self, other: ActivitiesNotAssessedByPost) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, str, list[ActivityLabel]]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: ActivitiesNotAssessedByPost) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def activities(self) -> list[ActivityLabel]:
        """
        In référentiel order; empty: all assessed.
        """
    @property
    def label(self) -> str:
        """
        Pilot EPCI name.
        """
    @property
    def post_id(self) -> str:
        """
        The post.
        """
class ReportEvaluation:
    """
    The evaluation section: one year's evaluations rolled up on one grid.
    """
    def __eq__(self, other: ReportEvaluation) -> bool:
        ...
    def __getstate__(self) -> tuple[int, int, list[int], str, int, str, int, EvaluationRollup, list[EvaluationRow], Share, list[EvaluationTrend], list[ActivitiesNotAssessedByPost], list[str]]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: ReportEvaluation) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def department_completeness(self) -> Share:
        """
        Pooled completeness over every section.
        """
    @property
    def grid_id(self) -> str:
        """
        The grid.
        """
    @property
    def grid_version(self) -> int:
        """
        Its version.
        """
    @property
    def not_assessed(self) -> list[ActivitiesNotAssessedByPost]:
        """
        Posts evaluated the year on the grid's version, dataset order.
        """
    @property
    def referentiel_activities(self) -> int:
        """
        Activities it lists.
        """
    @property
    def referentiel_id(self) -> str:
        """
        The grid's référentiel.
        """
    @property
    def rollup(self) -> EvaluationRollup:
        """
        Posts × sections.
        """
    @property
    def rows(self) -> list[EvaluationRow]:
        """
        One per roll-up row, in its order.
        """
    @property
    def trend(self) -> list[EvaluationTrend]:
        """
        Posts evaluated the year before and the year on the grid's version, dataset order.
        """
    @property
    def without_section(self) -> list[str]:
        """
        Activities no section of the grid assesses.
        """
    @property
    def year(self) -> int:
        """
        Year rolled up.
        """
    @property
    def years(self) -> list[int]:
        """
        Every year evaluated as known, ascending.
        """
class ReportPendingEvaluations:
    """
    The dataset's evaluations filled after the report's date: not yet facts, so not read
    (Evaluation.known_on()).
    """
    def __eq__(self, other: ReportPendingEvaluations) -> bool:
        ...
    def __getstate__(self) -> tuple[int, int, datetime.date | None]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: ReportPendingEvaluations) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def count(self) -> int:
        """
        How many evaluations are not known yet.
        """
    @property
    def first_known_on(self) -> datetime.date | None:
        """
        The first day one of them is known; none if none.
        """
class ReportParameterSource:
    """
    One parameter segment read by a financing of the report.
    """
    def __eq__(self, other: ReportParameterSource) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, ParameterReading]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: ReportParameterSource) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def reading(self) -> ParameterReading:
        """
        The segment, its value and its source.
        """
    @property
    def rulebook_id(self) -> str:
        """
        The rulebook read.
        """
class ReportDataSource:
    """
    Where one kind of the dataset's values comes from: one cited document.
    """
    def __eq__(self, other: ReportDataSource) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, list[str], Evidence, str, list[str], str]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: ReportDataSource) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def document(self) -> str:
        """
        Cited document (may be empty).
        """
    @property
    def kind(self) -> Evidence:
        """
        Evidence.
        """
    @property
    def locators(self) -> list[str]:
        """
        Distinct non-empty locators, in order of first use.
        """
    @property
    def subjects(self) -> list[str]:
        """
        The values it backs (names, ids, `post year`).
        """
    @property
    def url(self) -> str:
        """
        Its URL (may be empty).
        """
    @property
    def what(self) -> str:
        """
        Kind of value: `department`, `epci`, `population`, `convention`,
        `convention_term`, `post`, `contracted_fte`, `expense` or `evaluation`.
        """
class ReportSources:
    """
    The sources of the report.
    """
    def __eq__(self, other: ReportSources) -> bool:
        ...
    def __getstate__(self) -> tuple[int, list[ReportParameterSource], list[ReportDataSource]]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: ReportSources) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def data(self) -> list[ReportDataSource]:
        """
        Data sources, by kind of value and cited document, in order of first use; the
        expenses and evaluations of a year after the report's are left out (not yet facts).
        """
    @property
    def parameters(self) -> list[ReportParameterSource]:
        """
        Parameter segments, once per rulebook, name and segment start: the maxima in
        rulebook order, then the declared financing.
        """
class DepartmentReport:
    """
    The department report: what a Caf hands to its partners, as plain data.
    """
    def __eq__(self, other: DepartmentReport) -> bool:
        ...
    def __getstate__(self) -> tuple[int, datetime.date, DatasetSummary, list[ReportRulebook], CoverageReport, list[CogTrajectoryPoint], CoordinationVolumeReport, list[PortfolioFinancing], list[PortfolioFinancing], ReportFinancing, ReportComparison, DeadlineReport, ReportEvaluation | None, ReportSources, NationalCoordinationFigures, FollowUpReport, ReportPendingEvaluations]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: DepartmentReport) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def comparison(self) -> ReportComparison:
        """
        Rulebooks compared.
        """
    @property
    def coverage(self) -> CoverageReport:
        """
        Coverage on `on`.
        """
    @property
    def dataset(self) -> DatasetSummary:
        """
        The dataset.
        """
    @property
    def deadlines(self) -> DeadlineReport:
        """
        Échéances.
        """
    @property
    def detailed_maximum(self) -> PortfolioFinancing:
        """
        The maximum financing under the detailed rulebook.
        
        Raises:
            OutOfRangeError: naming `rulebook` when no maximum is the detailed rulebook's (a report not built by build_department_report()).
        """
    @property
    def evaluation(self) -> ReportEvaluation | None:
        """
        None when no evaluation of the dataset is known on `on`.
        """
    @property
    def evaluations_pending(self) -> ReportPendingEvaluations:
        """
        Evaluations filled after `on`.
        """
    @property
    def financing(self) -> ReportFinancing:
        """
        The detailed rulebook's financing.
        """
    @property
    def follow_up(self) -> FollowUpReport:
        """
        The Caf's follow-up of the coordinators on `on`.
        """
    @property
    def maximum(self) -> list[PortfolioFinancing]:
        """
        The financing at the ceiling (maximum aid) under each rulebook, in order, on the
        contracted ETP: the source document's computation (14.75 ETP → 566,400.00 €).
        """
    @property
    def maximum_in_post(self) -> list[PortfolioFinancing]:
        """
        The same maxima on the ETP in post (coordinators as known on `on`), in the same
        order: what the rulebooks allow for the function actually held.
        """
    @property
    def national_context(self) -> NationalCoordinationFigures:
        """
        The national figures the comparison is set against: the source document's 2017
        spending and ETP (national_coordination_2017()).
        """
    @property
    def on(self) -> datetime.date:
        """
        Date of the report.
        """
    @property
    def rulebooks(self) -> list[ReportRulebook]:
        """
        The rulebooks, in the order given.
        """
    @property
    def sources(self) -> ReportSources:
        """
        Sources.
        """
    @property
    def trajectory(self) -> list[CogTrajectoryPoint]:
        """
        Coverage on 30 June of each COG year, as known on `on`.
        """
    @property
    def volume(self) -> CoordinationVolumeReport:
        """
        Coordination volume on `on` (posts in force then).
        """
class NationalDepartment:
    """
    One department of the national view, as its own dataset gives it on the date.
    """
    def __eq__(self, other: NationalDepartment) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, str, str, str, int, int, int, ExactRatio, Fte, int, ExactRatio | None, ExactRatio, Money, EvidenceMarks]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: NationalDepartment) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def code(self) -> str:
        """
        Department code, e.g. `16`.
        """
    @property
    def contracted_fte(self) -> Fte:
        """
        Contracted ETP of the posts whose convention is in force on the date
        (CoordinationVolumeReport.total_fte).
        """
    @property
    def covered(self) -> int:
        """
        Inhabitants covered by a CTG in force on the date (CoverageReport.covered).
        """
    @property
    def covered_share(self) -> ExactRatio:
        """
        `covered / population`, exact.
        """
    @property
    def dataset_id(self) -> str:
        """
        Dataset read.
        """
    @property
    def epcis(self) -> int:
        """
        EPCI of the dataset.
        """
    @property
    def financed_fte_years(self) -> ExactRatio:
        """
        ETP-years the year's aid pays for (FinancingTotal.financed_fte_years of the
        portfolio financing at the ceiling on the date).
        """
    @property
    def financing(self) -> Money:
        """
        The aid of the year at the ceiling under `rulebook_id` (exact sum of the posts'
        rounded aids, finance_portfolio()).
        """
    @property
    def inhabitants_per_fte(self) -> ExactRatio | None:
        """
        `population / contracted_fte`, exact; none without ETP
        (CoordinationVolumeReport.inhabitants_per_fte).
        """
    @property
    def marks(self) -> EvidenceMarks:
        """
        Provenance of the population, coverage, ETP and financing.
        """
    @property
    def name(self) -> str:
        """
        Department name, e.g. `Charente`.
        """
    @property
    def population(self) -> int:
        """
        Inhabitants of its EPCI, each the population in force on the date when the dataset
        gives it (CoverageReport.total).
        """
    @property
    def posts(self) -> int:
        """
        Posts in force on the date.
        """
    @property
    def rulebook_id(self) -> str:
        """
        The rulebook financing it: the one its department report details by default
        (default_detailed_rulebook() among default_report_rulebooks()).
        """
class NationalSharedEpci:
    """
    An EPCI listed by several department datasets (same SIREN): counted once nationally.
    """
    def __eq__(self, other: NationalSharedEpci) -> bool:
        ...
    def __getstate__(self) -> tuple[int, Siren, str, list[str], str, int, int]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: NationalSharedEpci) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def counted_in(self) -> str:
        """
        The department whose population and coverage count.
        """
    @property
    def covered(self) -> int:
        """
        Inhabitants counted as covered, once.
        """
    @property
    def departments(self) -> list[str]:
        """
        Codes of the departments listing it, ascending.
        """
    @property
    def name(self) -> str:
        """
        Its name in the dataset whose population counts.
        """
    @property
    def population(self) -> int:
        """
        Population counted once.
        """
    @property
    def siren(self) -> Siren:
        """
        SIREN of the EPCI.
        """
class NationalDepartmentRatio:
    """
    A department at one end of the spread, or far from the national ratio.
    """
    def __eq__(self, other: NationalDepartmentRatio) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, str, ExactRatio, ExactRatio]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: NationalDepartmentRatio) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def code(self) -> str:
        """
        Department code.
        """
    @property
    def gap_to_national(self) -> ExactRatio:
        """
        `inhabitants_per_fte / national − 1`, exact (×100 for percent): above 0, fewer
        ETP for its population than the nation; below 0, more.
        """
    @property
    def inhabitants_per_fte(self) -> ExactRatio:
        """
        Its inhabitants per ETP, exact.
        """
    @property
    def name(self) -> str:
        """
        Department name.
        """
class NationalSpread:
    """
    Spread of the inhabitants per ETP between the departments that have ETP on the date.
    
    Each department counts once (unweighted: the question is how unequal departments are, not
    how many people live in each); the variance is the population variance `Σ(x − mean)² / n`
    (the departments read are the whole set, not a sample), held exactly.
    """
    def __eq__(self, other: NationalSpread) -> bool:
        ...
    def __getstate__(self) -> tuple[int, int, NationalDepartmentRatio, NationalDepartmentRatio, ExactRatio | None, ExactRatio, ExactRatio]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: NationalSpread) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def coefficient_of_variation_percent(self, format: RatioFormat = ...) -> RoundedDecimal | None:
        """
        The coefficient of variation in percent: population standard deviation / mean ×
        100, computed as one integer square root of the exact `variance / mean² × 10^4` at the
        scale of `format` (default 2 decimals, half away from zero): every digit shown is exact.
        None when the mean is zero.
        """
    def standard_deviation(self, format: RatioFormat = ...) -> RoundedDecimal:
        """
        The population standard deviation `sqrt(variance)` in inhabitants per ETP,
        correctly rounded (integer square root at the scale of `format`: every digit exact).
        """
    @property
    def departments(self) -> int:
        """
        Departments compared (those with ETP).
        """
    @property
    def max(self) -> NationalDepartmentRatio:
        """
        Most inhabitants per ETP (first in code order on ties).
        """
    @property
    def max_over_min(self) -> ExactRatio | None:
        """
        `max / min`; none when min is zero.
        """
    @property
    def mean(self) -> ExactRatio:
        """
        Unweighted mean, exact.
        """
    @property
    def min(self) -> NationalDepartmentRatio:
        """
        Fewest inhabitants per ETP (first in code order on ties).
        """
    @property
    def variance(self) -> ExactRatio:
        """
        Population variance, exact.
        """
class NationalView:
    """
    Several department datasets side by side on a date, and nationally.
    
    National population and coverage count each EPCI **once** by SIREN: an EPCI listed by two
    datasets (an EPCI spanning two departments) counts with the population of the first
    department in code order that lists it, and as covered with the larger of the inhabitants the
    datasets count as covered (a CTG of either Caf covers it). Department rows keep their full
    figures. ETP and financing are summed as they are: each post is its Caf's.
    """
    def __eq__(self, other: NationalView) -> bool:
        ...
    def __getstate__(self) -> tuple[int, datetime.date, FteBasis, list[NationalDepartment], int, int, ExactRatio, Fte, ExactRatio, Money, ExactRatio | None, ExactRatio | None, list[NationalSharedEpci], NationalSpread | None, list[str], list[NationalDepartmentRatio], list[NationalDepartmentRatio], NationalCoordinationFigures, list[ErrorDetail], EvidenceMarks]:
        ...
    def __hash__(self) -> int:
        ...
    def __ne__(self, other: NationalView) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def above_national(self) -> list[NationalDepartmentRatio]:
        """
        Departments above the national ratio, farthest first (at most `farthest`).
        """
    @property
    def amount_per_financed_fte(self) -> ExactRatio | None:
        """
        `financing / financed_fte_years` in euros, exact; none without ETP-years: set
        beside the 2017 national amount per ETP, never reconciled with it.
        """
    @property
    def below_national(self) -> list[NationalDepartmentRatio]:
        """
        Departments below the national ratio, farthest first (at most `farthest`).
        """
    @property
    def contracted_fte(self) -> Fte:
        """
        Σ contracted ETP in force on the date.
        """
    @property
    def covered(self) -> int:
        """
        National inhabitants covered, each EPCI once.
        """
    @property
    def covered_share(self) -> ExactRatio:
        """
        `covered / population`.
        """
    @property
    def departments(self) -> list[NationalDepartment]:
        """
        Every department, by code ascending.
        """
    @property
    def financed_fte_years(self) -> ExactRatio:
        """
        Σ ETP-years financed over the year.
        """
    @property
    def financing(self) -> Money:
        """
        Σ aid of the year at the ceiling.
        """
    @property
    def fte_paid(self) -> FteBasis:
        """
        The ETP the financing pays.
        """
    @property
    def inhabitants_per_fte(self) -> ExactRatio | None:
        """
        `population / contracted_fte` (population each EPCI once); none without ETP.
        """
    @property
    def marks(self) -> EvidenceMarks:
        """
        Union of the departments' marks.
        """
    @property
    def national_context(self) -> NationalCoordinationFigures:
        """
        The source document's 2017 national figures, beside (national_coordination_2017()).
        """
    @property
    def on(self) -> datetime.date:
        """
        Date of the view.
        """
    @property
    def population(self) -> int:
        """
        National population, each EPCI once.
        """
    @property
    def shared_epcis(self) -> list[NationalSharedEpci]:
        """
        EPCI of several datasets, by SIREN.
        """
    @property
    def spread(self) -> NationalSpread | None:
        """
        None when no department has ETP.
        """
    @property
    def warnings(self) -> list[ErrorDetail]:
        """
        A shared EPCI whose datasets give different populations on the date
        (`national.epci.population_differs`), by SIREN.
        """
    @property
    def without_fte(self) -> list[str]:
        """
        Codes of the departments without ETP.
        """
def activities_not_assessed(referentiel: Referentiel, grid: Grid, evaluation: Evaluation) -> list[str]:
    """
    Ids of the activities of `r` that evaluation `e` does not assess, in référentiel
    order: those whose linked sections hold no applicable answer (a level other than the
    not-applicable mark, or a yes/no answer), including those linked to no section.
    """
def activities_without_section(referentiel: Referentiel, grid: Grid) -> list[str]:
    """
    Ids of the activities of `r` that no section of `g` is linked to, in référentiel
    order.
    """
def add_months(day: datetime.date, months: typing.SupportsInt | typing.SupportsIndex) -> datetime.date:
    """
    `d` plus `months` calendar months; a day missing from the target month becomes its
    last day (31 August + 6 months = 28 or 29 February).
    
    Raises:
        InvalidValueError: naming `months` when it is negative or moves the date past last_year (`deadline.months.range`).
    """
def all_cnaf_themes() -> list[CnafTheme]:
    """
    The ten Cnaf themes in declaration order.
    """
def apply_corrections(source: str, corrections: collections.abc.Sequence[TextCorrection]) -> str | None:
    """
    Applies `corrections` in order, each to the first occurrence of its original text.
    
    Returns:
        the corrected text, or nothing when an original text is not found.
    """
def apply_rate(amount: Money | str | decimal.Decimal, rate: Rate, policy: Rounding) -> Money:
    """
    `amount × r`, rounded once under `policy`.
    """
def apply_scenario(base: Rulebook, name: str, overrides: collections.abc.Sequence[ParameterOverride | str]) -> Rulebook:
    """
    `base` with the overrides applied, as a new rulebook whose id is `base.id() + "+" + name`.
    
    An override from a date cuts the segment in force on that date and replaces every value from
    then on (up to the end of the last segment); earlier segments are kept. The new segments carry
    the evidence `scenario`, with `name` as their source. `base` is not modified.
    
    Raises:
        ValidationError: listing every bad override: an unknown parameter, a value that does not read in the parameter's unit, a date before the parameter's first segment, or a result the rulebook rejects (a zero ceiling, parts no longer adding up to the rate).
    """
def blank_evaluation_csv(grid: Grid, post_id: str = '', year: typing.SupportsInt | typing.SupportsIndex | None = None, language: Language = ...) -> str:
    """
    The blank CSV template of grid `g`: 86 rows for `charente-2021`, answers empty, post
    and year as given (empty when not).
    """
def blank_evaluation_json(grid: Grid, post_id: str = '', year: typing.SupportsInt | typing.SupportsIndex | None = None, language: Language = ...) -> str:
    """
    A blank `ctg.evaluations/1` document for grid `g`: one evaluation whose answers list
    every cell with a null value and the item's `text` in `lang`; `filled_by` empty,
    `filled_on` null.
    
    Fill the nulls (and post, year, who and when), then read it back with
    load_evaluations_json(). An unfilled cell stays missing (incompleteness, not an error).
    """
def build_department_report(dataset: Dataset, on: datetime.date, rulebooks: collections.abc.Sequence[Rulebook], *, detail: str | None = None, baseline: str | None = None, deadline_months: typing.SupportsInt | typing.SupportsIndex = 18) -> DepartmentReport:
    """
    Runs every analysis of the department report of `d` on `on` under `rulebooks`.
    
    Every section sees the dataset as known and in force on `on`: a convention's term counts only
    the amendments signed by `on` (Convention.effective_end(date)), so coverage, volume and
    financing count the same conventions and ETP on `on`; coordinators starting after `on` are
    not known yet (held_on()); an evaluation filled after `on` is not known yet
    (Evaluation.known_on()).
    Coverage on `on` and on 30 June of each year of the COG 2018–2022 trajectory (as known on
    `on`); coordination volume of the posts in force on `on`; the financing at the ceiling under
    each rulebook, compared per EPCI; the gains of
    every rulebook against the baseline (`cej` by default); the financing of the expenses
    declared for the year of `on` under the detailed rulebook, or the library's refusal when no
    post declares one; the deadlines within `options.deadline_months`; the evaluations of
    report_evaluation_year() known on `on` rolled up on the dataset's grid (Dataset.grid_id(),
    else the grid the first of them fills); and the sources of the parameters and data.
    
    Raises:
        InvalidValueError: naming `rulebooks` when there is none or one is given twice, `detail` or `baseline` when it is not among the rulebooks, `months` when the deadline horizon is negative; and the errors of the analyses (a parameter without value on `on`…).
    
    Python: the options are keyword arguments (`detail`, `baseline`, `deadline_months`).
    """
def build_national_view(datasets: collections.abc.Sequence[Dataset], on: datetime.date, *, fte_paid: FteBasis = ..., farthest: typing.SupportsInt | typing.SupportsIndex = 5) -> NationalView:
    """
    The national view of `datasets` on `on`: per department, its coverage
    (coverage()), coordination volume (coordination_volume()) and financing of the year
    at the ceiling under its own rulebook (finance_portfolio() on `on`, ETP paid
    `options.fte_paid`); nationally the totals (each EPCI once), the spread between departments
    and the departments farthest from the national ratio.
    
    Raises:
        InvalidValueError: naming `datasets` when there is none or two are of the same department (naming both), and the errors of the analyses (a parameter without value on `on`, a dataset without inhabitants).
    
    Python: `datasets` is a list of Dataset; the options are keyword arguments (`fte_paid`, `farthest`).
    """
def builtin_dataset(id: str) -> Dataset:
    """
    An embedded dataset, e.g. `charente-2021`; loaded once on first use (thread-safe), the
    reference stays valid for the program's life.
    
    Raises:
        OutOfRangeError: naming the unknown id and listing the known ones.
    """
def builtin_dataset_ids() -> list[str]:
    """
    Identifiers of the datasets embedded in the library, sorted (`charente-2021`).
    """
def builtin_grid(id: str) -> Grid:
    """
    An embedded grid; loaded once on first use (thread-safe), the reference stays valid
    for the program's life.
    
    Raises:
        OutOfRangeError: naming the unknown id and listing the known ones.
    """
def builtin_grid_ids() -> list[str]:
    """
    Identifiers of the grids embedded in the library, sorted (`charente-2021`).
    """
def builtin_referentiel(id: str) -> Referentiel:
    """
    An embedded référentiel; loaded once on first use (thread-safe), the reference stays
    valid for the program's life.
    
    Raises:
        OutOfRangeError: naming the unknown id and listing the known ones.
    """
def builtin_referentiel_ids() -> list[str]:
    """
    Identifiers of the référentiels embedded in the library, sorted (`cnaf-coordination`).
    """
def builtin_rulebook(id: str) -> Rulebook:
    """
    An embedded rulebook: `national-2020`, `cej`, `charente-2021`, `loire-cej-2015`.
    
    Loaded once, on first use, in a thread-safe way; the reference stays valid for the program's
    life.
    
    Raises:
        OutOfRangeError: naming the unknown id and listing the known ones.
    """
def builtin_rulebook_ids() -> list[str]:
    """
    Identifiers of the rulebooks embedded in the library, sorted.
    """
def caf_follow_up(dataset: Dataset, on: datetime.date) -> FollowUpReport:
    """
    The Caf's follow-up of `d` on `on`.
    """
def cog_2018_2022_provenance() -> Provenance:
    """
    Where the trajectory is read (public source, with its URL).
    """
def cog_2018_2022_target(year: typing.SupportsInt | typing.SupportsIndex) -> Rate | None:
    """
    The target of the trajectory for `year`, none outside 2018–2022 (the COG 2023–2027
    target was not found in the sources read).
    """
def cog_2018_2022_trajectory() -> list[CogMilestone]:
    """
    The COG 2018–2022 (Cnaf–State) trajectory: 20 % in 2018, 35 % in 2019, 55 % in 2020,
    75 % in 2021, 85 % in 2022 of inhabitants covered by a CTG.
    """
def compare_portfolios(from_: PortfolioFinancing, to: PortfolioFinancing) -> PortfolioComparison:
    """
    Compares two financings of the same dataset, year and basis: `to − from`.
    Each line also holds the difference per funding part (a scenario that changes a part's
    weight moves money between parts).
    
    Raises:
        InvalidValueError: naming the field when the dataset, the year or the basis differ.
    
    Python: `from_` is the baseline financing (`from` is a Python keyword).
    """
def compare_with_catalogue(epcis: collections.abc.Sequence[Epci], catalogue: TerritoryCatalogue) -> list[ErrorDetail]:
    """
    Where the EPCI of a dataset differ from the official catalogue `t`, as warnings
    located at their JSON path (`epcis[2].population.inhabitants`), giving the dataset's value
    and the official one:
    - `catalogue.epci_unknown`: a SIREN that no EPCI of the catalogue has;
    - `catalogue.epci_name`, `catalogue.epci_kind`, `catalogue.epci_communes`: a name, kind or
      number of communes that differs from the catalogue's;
    - `catalogue.epci_population`: a population (the main one or another year's) of the
      catalogue's millésime for that EPCI whose number differs from the official municipal
      population. Populations of other millésimes are not compared (another catalogue year has
      them).
    """
def compare_years(earlier: Evaluation, later: Evaluation, grid: Grid) -> YearComparison:
    """
    Compares two evaluations of the same post and grid version, `earlier` before `later`.
    
    Levels compare by rank on the grid's scale, yes above no; a not-applicable mark on either
    side, or a different number, is `changed`.
    
    Raises:
        InvalidValueError: at `post_id` for two posts, at `grid_version` for two grids or versions, at `year` when `earlier` is not before `later`.
        ValidationError: when either evaluation has errors against `g`.
    """
def conventions_by_referent(dataset: Dataset, on: datetime.date) -> list[ReferentPortfolio]:
    """
    Every convention of `d`, grouped by Caf referent (dataset order), then those without
    one; within a group, by last day in force then id.
    """
def coordination_volume(dataset: Dataset, on: datetime.date | None = None) -> CoordinationVolumeReport:
    """
    The coordination volume of `d` on `on`: only the posts whose convention is in force on
    `on` as known that day (Convention.active_on()), the view every other analysis of a
    date takes, with each EPCI's population in force on `on` when the dataset gives it
    (Epci.population_on()); without `on`, every post of the dataset (the source document's
    table) and each EPCI's `population`.
    """
def coverage(dataset: Dataset, on: datetime.date, known_on: datetime.date | None = None) -> CoverageReport:
    """
    The coverage of `d` on `on`, with the conventions in force on `on` as known on
    `known_on` (default: `on` itself, the department as it stood that day).
    
    A later `known_on` reads a past date with what was learnt since (a prolongation signed
    afterwards); an earlier one projects a later date from what was known then (a department
    report on 30/06/2021 reads its 2022 trajectory point so).
    
    Raises:
        InvalidValueError: when the dataset has no inhabitants (the share is undefined).
    """
def dataset_to_json(dataset: Dataset) -> str:
    """
    Canonical JSON of a dataset: fixed key order (as in the schema), two-space indent,
    amounts as `"38400.00"`, FTE as `"0.75"`, dates ISO, ends written as last days included,
    trailing newline. Deterministic: load → write → load → write gives the same text. The
    evaluations are written last, as evaluations_to_json_array() writes them, and the key is
    left out when there is none.
    
    Python: the same as to_json(dataset).
    """
def deadline_horizon(on: datetime.date, months: typing.SupportsInt | typing.SupportsIndex) -> datetime.date:
    """
    The last day of a deadline window of `months` months from `on`: add_months(), except
    from the last day of a month, where it is the last day of the target month. A window counted
    in months from a month end ends on a month end, so that from 30 June the 18 months reach the
    conventions ending on 31 December of the next year (the usual end of a CTG term), which
    add_months() alone (30 December) would leave out. This is the library's reading of « dans
    les N mois »; no source fixes it.
    
    Raises:
        InvalidValueError: naming `months` when it is negative.
    """
def deadline_of(dataset: Dataset, convention: Convention, on: datetime.date, bilan: BilanRule = ...) -> ConventionDeadline:
    """
    The term and deadlines of convention `c` seen from `on`: its term as known on `on`
    (amendments signed later are left out, they are not yet facts on that day).
    """
def deadlines(dataset: Dataset, on: datetime.date, months: typing.SupportsInt | typing.SupportsIndex, bilan: BilanRule = ...) -> DeadlineReport:
    """
    Conventions ending within `months` months of `on`, prolongations, and conventions per
    referent, every term as known on `on` (deadline_of()): the prolongations listed are those
    signed by `on`.
    
    Raises:
        InvalidValueError: naming `months` when it is negative.
    """
def default_bilan_rule() -> BilanRule:
    """
    The library's rule: the bilan is due on the last day of the term (a reading, with
    the alternative it rejects).
    """
def default_detailed_rulebook(dataset: Dataset, rulebooks: collections.abc.Sequence[Rulebook]) -> str:
    """
    The rulebook a report details by default: the dataset's own rulebook
    (Dataset.rulebook_id()) when it is among `rulebooks`, else the first.
    
    Raises:
        InvalidValueError: naming `rulebooks` when there is none.
    """
def default_report_rulebooks(dataset: Dataset) -> list[str]:
    """
    The built-in rulebooks a report of `d` compares when none is named, in column order:
    the national rules (the flat rate first, then the baseline `cej` it replaced), then the
    rules of the dataset's department (Rulebook.applies_in()) and the dataset's own rulebook
    (Dataset.rulebook_id()) when built in. Another department's rule (`loire-cej-2015` for the
    Charente) is left out: it is not the department's to compare; name it to compare it.
    """
def department_of(code: InseeCode | str) -> str:
    """
    The department code of a commune code: its first two characters, three for the
    overseas departments (`971` for `97105`).
    """
def detect_csv_separator(text: str) -> str:
    """
    The field separator of a CSV text, read on its header line: `;` when it holds more
    semicolons than commas outside quotes (the CSV of a French spreadsheet, whose numbers
    carry decimal commas), else `,`.
    """
def diff(from_: FinancingResult, to: FinancingResult) -> FinancingDiff:
    """
    Compares two results of the same post (e.g. CEJ → national rulebook).
    
    Python: `from_` is the baseline result (`from` is a Python keyword), `to` the compared one.
    """
def divide_rounded_big(numerator: typing.SupportsIndex, denominator: typing.SupportsIndex, policy: Rounding) -> int:
    """
    `numerator / denominator` rounded once under `policy`, for unbounded integers.
    
    Same policies, same results as divide_rounded() (which is limited to 128 bits).
    
    Raises:
        InvalidValueError: when `denominator` is zero.
    """
def evaluations_to_csv(evaluations: collections.abc.Sequence[Evaluation], grid: Grid, language: Language = ...) -> str:
    """
    Writes evaluations as CSV: for each evaluation, every cell of `g` in grid order (empty
    answer when not answered), item texts in `lang`, each item's comment on its first row.
    RFC 4180 quoting, CRLF line ends.
    
    Raises:
        ValidationError: when an evaluation has errors against `g` (an answer the grid cannot hold would otherwise be lost silently).
    """
def evaluations_to_json(evaluations: collections.abc.Sequence[Evaluation]) -> str:
    """
    Canonical `ctg.evaluations/1` document: key order of the schema, two-space indent,
    trailing newline. Load → write → load gives the same evaluations.
    """
def evaluations_to_json_array(evaluations: collections.abc.Sequence[Evaluation]) -> str:
    """
    The bare JSON array of evaluation objects, as a dataset writer embeds it under
    `evaluations` (same object layout as evaluations_to_json()).
    """
def finance(rules: Rulebook, post: PostInput, on: datetime.date | Period | None = None, *, period: Period | None = None) -> FinancingResult:
    """
    The annual aid of `post` with the parameters in force on `on`.
    
    The reference period is the calendar year of `on`; a post active part of that year is
    prorated on the rulebook's basis (days or whole months). When the ETP paid are those in post
    (`post.fte_paid`, else the rulebook's Formula.fte), the FTE × prorata of the formula is the
    post's ETP-years in post, Σ share × prorata of each held share within the activity, and the
    explanation shows each share ("vc-1: 1 ETP, 2021-05-03 → 2021-12-31, 243/365"); a post
    nobody holds gets 0 € and the warning `financing.vacant`. Without `post.held`, the contracted
    FTE count as held throughout the activity.
    With `with` = Explain.no, `why` stays empty and the call costs a fraction of it; the total,
    the parts and the warnings are the same.
    
    Raises:
        OutOfRangeError: when a parameter has no value on `on`.
        InvalidValueError: when the post lacks a declared expense the rulebook needs, or the expense is negative.
    
    With a Period (as third argument or `period=`):
    
    The aid of `post` over `reference` (e.g. a year, a convention's term).
    
    The period is cut at every 1 January and at every change of a parameter the formula reads;
    each slice is computed with its own values: the annual flat amount or ceiling prorated to the
    slice within its calendar year (on the rulebook's basis), the declared expense apportioned to
    the slices by days. The total and each part are the sums of the slices' rounded amounts, and
    the explanation shows every slice. For one whole calendar year this equals finance() on a date
    of that year.
    
    Raises:
        OutOfRangeError: when a parameter has no value somewhere in `reference`.
        InvalidValueError: as finance(const rulebook&, const post_input&, date).
    
    Python: `finance(rules, post, date(2021, 6, 30))` or `finance(rules, post, period=Period(start, end))`; a datetime.datetime is a TypeError. There is no `with` argument: on a date the result's `why` is built when it is first read (a loop over posts does not pay for it), the very explanation finance() would have written.
    """
def finance_batch(rules: Rulebook, on: datetime.date, fte_ten_thousandths: numpy.typing.NDArray[numpy.int64], expense_cents: numpy.typing.NDArray[numpy.int64] | None = None, active: numpy.typing.NDArray[numpy.int64] | None = None, parts: bool = True, explain: bool = False, *, out: BatchResult | None = None) -> BatchResult:
    """
    The annual aid of every row with the parameters in force on `on`.
    
    Parameters are read once and the columns scanned once (their validity and bounds); when the
    bounds prove that no product can overflow, which holds for any realistic amount, every row is
    then a few integer products and magic-number divisions with no branch (about 4 ns a row with
    two parts, `make bench`); otherwise the rows take the checked kernel of finance(), which
    widens to 128 bits where it must. No allocation per row. Row `i` gives exactly what finance()
    gives for the same post without coordinators: under a rulebook paying the ETP in post, the
    FTE column is taken as the ETP in post over the activity (a batch row names no coordinator),
    and its explanation says so.
    
    Parameters:
        explanations: when not null, receives one explanation per row (slow: allocates)
    
    Raises:
        InvalidValueError: naming the column and row for columns of different lengths, a negative FTE or expense, an activity above the year's days or months, a parts column count that differs from the rulebook's parts, or an output column overlapping another output or part of an input (an input column given whole as an output is computed in place; input columns may share memory); no output row is written then.
        NumericOverflowError: naming the FTE of the first row whose aid, or an exact amount of its explanation, would not fit in int64 cents (above 2.4·10^12 FTE at 80 % of a ceiling of 48,000 € per FTE); no output row is written then either, nor `explanations` changed.
    
    Python: the columns are int64, 1-D and C-contiguous, read in place (never copied, never converted): numpy arrays, or columns numpy reads without a copy (a pandas Series of dtype int64, a pyarrow Array of int64 without nulls; numpy 2 or later). FTE in ten-thousandths (2.5 FTE is 25000), declared expenses in cents (None: every row at the ceiling), days (or whole months) active in the year of `on` (None: the whole year). Another dtype is a TypeError, another shape, a non-contiguous array or a length different from fte_ten_thousandths an InvalidValueError (ValueError). Returns a BatchResult whose arrays are new, or `out`, a BatchResult of an earlier call with as many rows and the same parts, whose arrays are rewritten in place (no column allocated: `r = finance_batch(...); finance_batch(..., out=r)`); the computation runs with the GIL released. Row i equals finance() of the same post (basis at_ceiling when expense_cents is None).
    """
@typing.overload
def finance_portfolio(dataset: Dataset, rules: Rulebook, year: typing.SupportsInt | typing.SupportsIndex, basis: ExpenseBasis, fte_paid: FteBasis | None = None) -> PortfolioFinancing:
    """
    Finances every post of `d` over the calendar year `year`, with the parameters of each
    slice of the year (the year is cut at every parameter change).
    
    The library's choice of knowledge date for a year: the convention terms **as known on the
    last day of the year** (31 December), the day the year's financing can be settled. A
    prolongation signed during the year counts; one signed after it does not, so that the
    financing of a past year never changes when a later amendment is recorded, and the year form
    agrees with the date form on 31 December.
    
    Raises:
        OutOfRangeError: (from finance) when a parameter has no value in the year.
        InvalidValueError: with basis `declared` when no post active in the year declares an expense for it (a year with no expenses: almost surely the wrong year).
    """
@typing.overload
def finance_portfolio(dataset: Dataset, rules: Rulebook, on: datetime.date, basis: ExpenseBasis, fte_paid: FteBasis | None = None) -> PortfolioFinancing:
    """
    Finances every post of `d` over the calendar year of `on`, with the parameters in
    force on `on` and each convention's term as known on `on` (a prolongation signed after `on`
    is not counted).
    
    Raises:
        OutOfRangeError: (from finance) when a parameter has no value on `on`.
        InvalidValueError: as the year form.
    """
def find_builtin_grid(id: str, version: typing.SupportsInt | typing.SupportsIndex) -> Grid:
    """
    The embedded grid with this id and version, or None.
    """
@typing.overload
def french_label(value: EpciKind) -> str:
    """
    `Communauté d'agglomération`, `Communauté de communes`, `Communauté urbaine`,
    `Métropole`.
    """
@typing.overload
def french_label(value: KnownRole) -> str:
    """
    `Caf`, `Conseil départemental`…
    """
def held_on(post: CoordinationPost, known_on: datetime.date, reference: Period) -> list[HeldShare]:
    """
    The shares of `post` held within `reference`, its coordinators as known on
    `known_on`: one who starts after `known_on` is left out (not known yet); one whose recorded
    departure comes after `known_on` counts as in post to the end of `reference` (the departure
    was not known yet); the others as recorded. Coordinators outside `reference` are left out.
    """
def init_department_dataset(catalogue: TerritoryCatalogue, department: str, posts_csv: str = '', posts_origin: str = 'posts.csv', rulebook: str = 'national-2020') -> Dataset:
    """
    A valid dataset of one department: every EPCI with a member commune in it (an EPCI
    spanning departments comes whole, all its communes), with the catalogue's SIREN, name, kind,
    communes and legal populations, each citing the catalogue (`public source`); then, from the
    posts sheet, one convention and one coordination post per row group.
    
    The posts sheet has a header and one row per coordinator (or one row for a post nobody
    holds yet). Columns:
    - `epci` (required): the pilot EPCI, by SIREN or by its exact official name;
    - `contracted_fte` (required): the ETP contracted (`0,75` or `0.75`);
    - `start`, `end` (required): the convention's first and last day (`2022-01-01` or
      `01/01/2022`);
    - `post_id`, `convention_id` (optional): default `post-SIREN`, `ctg-SIREN`;
    - `coordinator`, `coordinator_fte`, `coordinator_start`, `coordinator_end` (optional): who
      holds the post, their share (default: the post's contracted ETP) and their days (the end is
      their last day, empty if still in post);
    - `expense_YYYY` (optional, any number of years): the expense declared for that year.
    Rows of one post must agree on its EPCI, ETP, term and expenses; a later row may leave them
    empty (and its EPCI too when it names the post by `post_id`). A row of separators only is
    skipped. The convention covers the
    pilot EPCI and is signed by the Caf and that EPCI.
    
    Raises:
        InvalidValueError: (`init.department`) naming the departments of the catalogue when `department` is not one of them; ValidationError listing every error of the posts sheet at `row N, column C` (an unknown column, an EPCI neither a SIREN nor a name of the catalogue, or not in the department, a malformed ETP, date or amount, rows of one post that disagree, a coordinator given twice).
    
    Python: the fields of department_init are keyword arguments.
    """
def is_achieved(answer: Answer, grid: Grid) -> bool:
    """
    Whether an answer counts as achieved on grid `g` (level at or above
    `achieved_from`, or yes); false for numbers and not-applicable marks.
    """
def is_applicable(answer: Answer, grid: Grid) -> bool:
    """
    Whether an answer enters the achieved share: a level other than the not-applicable
    mark, or a yes/no answer.
    """
def label(theme: CnafTheme) -> LocalizedText:
    """
    `Petite enfance` / `Early childhood`…
    """
def legal_population_year_on(day: datetime.date) -> int:
    """
    The reference year of the legal populations in force on `d`: the populations légales of
    year N come into force on 1 January N+3 (INSEE), so N = year of `d` − 3.
    """
def load_dataset_file(path: os.PathLike | str | bytes) -> Dataset:
    """
    Reads a dataset from a JSON file; same errors as load_dataset_json() (origin = path).
    
    Raises:
        InvalidValueError: naming the path when the file cannot be read.
    
    Python: `path` is a str or an os.PathLike; a missing file is a FileNotFoundError.
    """
def load_dataset_json(text: str, origin: str = 'dataset') -> Dataset:
    """
    Reads a dataset from JSON text (format `ctg.dataset/1`, schema in
    `docs/schemas/dataset.schema.json`, guide in `docs/pages/datasets.md`).
    
    Amounts and FTE are JSON strings (`"38400.00"`, `"0.75"`); a JSON number there is an error,
    so that no amount passes through a float. Dates are `YYYY-MM-DD`; a term's `end` (and an
    amendment's `new_end`, a coordinator's `end`) is the **last day included**. Unknown keys are
    errors. Local themes and roles carry the `local:` marker.
    
    The optional `evaluations` array holds the yearly evaluations of the posts, each object as in
    the `ctg.evaluations/1` format (load_evaluations_json(), schema
    `docs/schemas/evaluation.schema.json`) with its `provenance` required. They are checked
    against their built-in grid (by id and version) and the posts of the dataset
    (Dataset.build()); their errors carry their full path (`evaluations[2].answers[3].level`),
    and incomplete evaluations are warnings.
    
    Parameters:
        text: the document
        origin: file name or other origin, quoted in the error
    
    Raises:
        ValidationError: listing **every** problem, each with its JSON path (`epcis[3].siren`, `conventions[0].themes[2]`) and the offending value; text that is not JSON (or is truncated) gives one error at `(root)` with its byte position; another format gives one error at `format` naming `ctg.dataset/1`. Nothing is built on error.
    """
def load_evaluations_csv(text: str, grid: Grid, origin: str = 'evaluations.csv') -> list[Evaluation]:
    """
    Reads evaluations filled in a spreadsheet, checking them against grid `g`.
    
    The header must hold exactly the columns of evaluation_csv_columns, in any order. One
    row per cell: `policy` is a policy column (`famille`, `education`, `social`) for a
    per-policy item and empty otherwise. Rows are grouped into evaluations by (`post_id`,
    `year`), in order of first appearance; `filled_by` and `filled_on` (`YYYY-MM-DD`, may be
    empty) must agree within one evaluation. An empty `answer` is "not answered".
    
    `answer` is read by the item's kind: a scale code or its French or English label, in any
    case (`oui`, `En partie`, `sans_objet`) for a mission; `oui`/`non` (also `o`/`n`, `yes`/`no`)
    for a yes/no question; a decimal with '.' or ',' for a number. `item_text` is informative
    and ignored; `section`, when given, must be the item's section. An item's comment may sit
    on any of its rows; two different comments for one item are an error.
    
    Raises:
        ValidationError: listing every error at `row N, column <name>` (the header is row 1) or `header, column <name>`: a missing, unknown or repeated column, a row with another number of fields, another grid or grid version, an empty post id, a malformed year or date, an unknown item, a missing, unknown or superfluous policy, an answer of the wrong kind or outside the scale, a cell given twice for one evaluation, conflicting comments, dates or authors. Post-related checks (activity in the year) are validate_evaluation()'s.
    """
def load_evaluations_csv_file(path: os.PathLike | str | bytes, grid: Grid) -> list[Evaluation]:
    """
    Reads evaluations from a CSV file; same as load_evaluations_csv() (origin = path).
    
    Raises:
        InvalidValueError: naming the path when the file cannot be read.
    
    Python: `path` is a str or an os.PathLike; a missing file is a FileNotFoundError.
    """
def load_evaluations_file(path: os.PathLike | str | bytes) -> list[Evaluation]:
    """
    Reads evaluations from a JSON file; same as load_evaluations_json() (origin = path).
    
    Raises:
        InvalidValueError: naming the path when the file cannot be read.
    
    Python: `path` is a str or an os.PathLike; a missing file is a FileNotFoundError.
    """
def load_evaluations_json(text: str, origin: str = 'evaluations', path: str = '') -> list[Evaluation]:
    """
    Reads evaluations from JSON text: either a document
    `{"format": "ctg.evaluations/1", "evaluations": [...]}` or a bare array of evaluation
    objects (as a dataset holds them under `evaluations`). Schema:
    `docs/schemas/evaluation.schema.json`.
    
    Each answer names its item, its policy (per-policy items) and exactly one of `level` (a
    scale code), `yes_no` (true or false) or `number` (a string such as `"0.75"`, never a JSON
    number); a null value means "not answered" (as in the blank template). An optional `text`
    (the item's wording, written in templates) is ignored. Unknown and repeated keys are errors.
    When `provenance` is absent, the evaluation cites `origin` and its path.
    
    Only the structure is checked here; check the content against grids and posts with
    validate_evaluations() (or validate_evaluation()).
    
    Parameters:
        text: a `ctg.evaluations/1` document or a JSON array
        origin: file name or other origin, quoted in the error
        path: path prefix of a bare array's elements in messages (`evaluations` gives `evaluations[0].answers[2].level`); a document's paths always start with `evaluations`
    
    Raises:
        ValidationError: listing every problem with its JSON path; nothing is built.
    """
def load_grid_json(text: str, origin: str = 'grid') -> Grid:
    """
    Reads a grid from JSON text (format `ctg.grid/1`, schema in
    `docs/schemas/grid.schema.json`).
    
    Raises:
        ValidationError: listing every problem with its JSON path (`sections[1].items[2].kind`); nothing is built.
    """
def load_posts_csv(text: str, origin: str = 'posts.csv') -> list[CoordinationPost]:
    """
    Reads coordination posts from CSV: one row per post and year.
    
    Required columns (any order, header required): `post_id`, `convention_id`,
    `pilot_epci_siren`, `contracted_fte`, `year`, `expense`. Optional: `expense_evidence`
    (`source document` by default, or `public source`, `illustrative`, `scenario`),
    `expense_source` (document; default: `origin`), `expense_url`. Any other column is an error.
    Amounts are read by Money.parse (`38400.00`, `38 400,00 €`), FTE by Fte.parse (`0,75`).
    Rows of one post must agree on convention, pilot EPCI and FTE. The provenance of each expense
    and of the FTE cites `origin`, `row N`.
    
    Returns:
        posts in order of first appearance, expenses sorted by year; volets, themes and coordinators empty.
    
    Raises:
        ValidationError: listing every error as `row N, column <name>` (rows are numbered as in a spreadsheet: the header is row 1, the first data row is row 2; header problems read `header, column <name>`): a missing or unknown column, a wrong number of fields, an invalid SIREN, FTE, year or amount, a (post, year) given twice, rows of one post that disagree. Cross-references (convention, EPCI) are checked by with_posts().
    """
def load_posts_csv_file(path: os.PathLike | str | bytes) -> list[CoordinationPost]:
    """
    Reads posts from a CSV file; same as load_posts_csv() with origin = the path.
    
    Raises:
        InvalidValueError: naming the path when the file cannot be read.
    
    Python: `path` is a str or an os.PathLike; a missing file is a FileNotFoundError.
    """
def load_rulebook_file(path: os.PathLike | str | bytes) -> Rulebook:
    """
    Reads a rulebook from a JSON file; same errors as load_rulebook_json(), plus an
    invalid_value when the file cannot be read.
    
    Python: `path` is a str or an os.PathLike; a missing file is a FileNotFoundError.
    """
def load_rulebook_json(text: str, origin: str = 'rulebook') -> Rulebook:
    """
    Reads a rulebook from JSON text (format `ctg.rulebook/1`, schema in docs/).
    
    Parameters:
        json: the document
        origin: file name or other origin, quoted in the error
    
    Raises:
        ValidationError: listing every problem found, each with its JSON path (e.g. `parameters.coordination_rate.segments[1].start`); nothing is built then.
    """
def load_territory_catalogue(year: typing.SupportsInt | typing.SupportsIndex, directory: os.PathLike | str | bytes) -> TerritoryCatalogue:
    """
    Loads the catalogue of `year` from `directory`.
    
    Raises:
        OutOfRangeError: (`territories.year`) naming the years available when there is no file for `year`; ValidationError from TerritoryCatalogue.parse().
    """
def mark(kind: Evidence) -> str:
    """
    `[D]`, `[P]`, `[C]` (derived), `[R]` (reading), `[I]` or `[S]`.
    """
def message_codes() -> dict[str, str]:
    """
    Every message code of ctg, sorted by code: the one list a catalogue must cover.
    
    Python: a dict code → English template, in code order.
    """
def multiply(per_fte: Money | str | decimal.Decimal, fte: Fte | str | decimal.Decimal | int, policy: Rounding) -> Money:
    """
    `per_fte × f`, rounded once under `policy`.
    """
def national_coordination_2017() -> NationalCoordinationFigures:
    """
    The 2017 figures of the source document: « En 2017 : 85M€ / 5 500 ETP (dont 3 500 Etp
    en Jeunesse) » (Caf de la Charente, réunion réseau CTG du 30 juin 2021, slide « La
    coordination soutient le déploiement des CTG inscrites dans la COG »).
    """
def ordinal_scale(top: typing.SupportsInt | typing.SupportsIndex, achieved_from: typing.SupportsInt | typing.SupportsIndex) -> AnswerScale:
    """
    The ordinal scale `0`, `1`, … `top` achieved from `achieved_from`, without a
    not-applicable mark (as in many Caf grids: 0 not started … 3 fully achieved).
    
    Raises:
        InvalidValueError: when `top` is below 1 or above 9, or `achieved_from` is not in `0..top`.
    """
def parse_action_status(text: str, field: str = 'status') -> ActionStatus:
    """
    Reads the names written by to_string(action_status).
    
    Raises:
        InvalidValueError: naming `field` otherwise.
    """
def parse_body_kind(text: str, field: str = 'kind') -> BodyKind:
    """
    Reads the names written by to_string(body_kind).
    
    Raises:
        InvalidValueError: naming `field` otherwise.
    """
def parse_ceiling_target(text: str, field: str = 'formula.ceiling_on') -> CeilingTarget:
    """
    Reads `expense` or `aid`.
    
    Raises:
        InvalidValueError: naming `field` otherwise.
    """
def parse_correction_kind(text: str, field: str = 'kind') -> CorrectionKind:
    """
    Reads the names written by to_string(correction_kind).
    
    Raises:
        InvalidValueError: naming `field` otherwise.
    """
def parse_date(text: str, field: str = 'date') -> datetime.date:
    """
    Reads an ISO 8601 calendar date, `YYYY-MM-DD`, and checks that it exists and lies in
    first_year … last_year.
    
    Raises:
        InvalidValueError: naming `field` for another layout, a date that does not exist or one outside the years ctg reads.
    """
def parse_epci_kind(text: str, field: str = 'kind') -> EpciKind:
    """
    Reads the names written by to_string(epci_kind).
    
    Raises:
        InvalidValueError: naming `field` otherwise.
    """
def parse_evidence(text: str, field: str = 'evidence') -> Evidence:
    """
    Reads the names written by to_string(evidence).
    
    Raises:
        InvalidValueError: naming `field` otherwise.
    """
def parse_formula_kind(text: str, field: str = 'formula.kind') -> FormulaKind:
    """
    Reads a formula kind.
    
    Raises:
        InvalidValueError: naming `field` for an unknown rule kind.
    """
def parse_fte_basis(text: str, field: str = 'formula.fte') -> FteBasis:
    """
    Reads `contracted` or `in_post`.
    
    Raises:
        InvalidValueError: naming `field` otherwise.
    """
def parse_item_kind(text: str, field: str = 'kind') -> ItemKind:
    """
    Reads the names written by to_string(item_kind).
    
    Raises:
        InvalidValueError: naming `field` otherwise.
    """
def parse_language(text: str, field: str = 'language') -> Language:
    """
    Reads `fr` or `en`.
    
    Raises:
        InvalidValueError: naming `field` otherwise.
    """
def parse_override(text: str) -> ParameterOverride:
    """
    Reads `name=value` or `name=value@YYYY-MM-DD`, the command-line form of an override.
    
    Raises:
        InvalidValueError: when there is no '=' or the date is malformed.
    """
def parse_prorata_basis(text: str, field: str = 'prorata') -> ProrataBasis:
    """
    Reads `days` or `whole_months`.
    
    Raises:
        InvalidValueError: naming `field` otherwise.
    """
def parse_rounding(text: str, field: str = 'rounding') -> Rounding:
    """
    Reads a policy identifier as written by to_string().
    
    Raises:
        InvalidValueError: naming `field` when the text is not one of the five names.
    """
def parse_unit(text: str, field: str = 'unit') -> Unit:
    """
    Reads a unit name.
    
    Raises:
        InvalidValueError: naming `field` for any other text.
    """
def parse_volet(text: str, field: str = 'volet') -> Volet:
    """
    Reads the names written by to_string(volet).
    
    Raises:
        InvalidValueError: naming `field` otherwise.
    """
def post_active_in_year(post: CoordinationPost, year: typing.SupportsInt | typing.SupportsIndex) -> bool:
    """
    Whether some coordinator of `post` holds it on at least one day of calendar `year`.
    
    This is the library's definition of "the post's activity". A post listing no coordinator
    has no known activity: the function returns true (nothing can be checked).
    """
def prorata(active: Period, reference: Period, basis: ProrataBasis) -> ProrataFraction:
    """
    Which part of `reference` the `active` period covers, counted on `basis`.
    
    By days: days of `active ∩ reference` over days of `reference`. By whole months: calendar
    months lying wholly inside `active ∩ reference` over calendar months lying wholly inside
    `reference` (a post starting on 15 March 2021 counts April to December: 9/12).
    
    Raises:
        InvalidValueError: when `reference` holds no whole month and `basis` is whole_months.
    """
def prorate(amount: Money | str | decimal.Decimal, fraction: ProrataFraction, policy: Rounding) -> Money:
    """
    `amount × p`, rounded once under `policy`.
    """
def read_csv(text: str, origin: str = 'csv', separator: str = ',') -> CsvTable:
    """
    Splits RFC 4180 CSV text with a header line.
    
    Fields are separated by `separator` (default ','), records by CRLF or LF; a field in double
    quotes may hold separators, line breaks and doubled quotes (two quote characters stand for one).
    A leading UTF-8 BOM is dropped; a final line break is optional; blank lines are skipped. Rows may
    have a number of fields different from the header: checking that is the caller's job.
    
    Parameters:
        text: the CSV text
        origin: quoted in errors
        separator: field separator (',' or ';')
    
    Raises:
        InvalidValueError: at `origin, line N, column C` for a quote opened and never closed, text after a closing quote, or a quote inside an unquoted field (`csv.quote.stray`); for an empty text (no header).
    """
def report_evaluation_year(dataset: Dataset, on: datetime.date) -> int | None:
    """
    The year whose evaluations a report on `on` rolls up: the latest year, not after the
    year of `on`, of an evaluation known on `on` (Evaluation.known_on(): filled on or before
    it); none when no evaluation is known that day.
    """
def require_valid(evaluation: Evaluation, grid: Grid, post: CoordinationPost = None) -> None:
    """
    validate_evaluation(), throwing when there is an error.
    
    Raises:
        ValidationError: listing every error, its message naming the evaluation.
    """
def roll_up(evaluations: collections.abc.Sequence[Evaluation], grid: Grid, year: typing.SupportsInt | typing.SupportsIndex, post_ids: collections.abc.Sequence[str] = []) -> EvaluationRollup:
    """
    Builds the matrix from the evaluations of `year` that fill `g` (same id and version);
    the others are ignored.
    
    Rows follow `post_ids` (posts without an evaluation get an empty row), then any other post
    evaluated that year, in order of appearance.
    
    Raises:
        InvalidValueError: at `evaluations[i]` for a second evaluation of one post that year.
        ValidationError: when a retained evaluation has errors against `g`.
    """
def rounded_sqrt(x: ExactRatio, format: RatioFormat = ..., field: str = 'sqrt') -> RoundedDecimal:
    """
    The square root of an exact non-negative value, correctly rounded to
    `format.decimals` decimals under `format.policy`.
    
    Computed on integers only: `k = isqrt(floor(x × 10^(2n)))` is the truncated root scaled by
    10^n, exact by construction; the rounding direction is then decided by comparing
    `x × 10^(2n)` with `(k + ½)²` exactly. So **every printed digit is exact** (the result is
    the exact root rounded under the policy, not an approximation of it), and is_exact() tells
    whether the root has no further digits.
    
    Raises:
        InvalidValueError: naming `field` when `x` is negative, or when the number of decimals is outside 0–18.
    """
def score_evaluation(evaluation: Evaluation, grid: Grid) -> EvaluationScore:
    """
    Scores an evaluation against its grid.
    
    Raises:
        ValidationError: when validate_evaluation() finds errors (the post is not checked: pass a validated evaluation).
    """
def sections_assessing(grid: Grid, activity_id: str) -> list[GridSection]:
    """
    The sections of `g` linked to activity `activity_id`, in grid order.
    """
def spreadsheet_safe(text: str) -> str:
    """
    A cell text as ctg writes it into a CSV or a workbook: a text a spreadsheet would run
    as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`,
    as OWASP recommends against CSV injection; a decimal number (`-1447.00`, `+3`) is left as is.
    """
def spreadsheet_text(cell: str) -> str:
    """
    The text spreadsheet_safe() was given: a leading `'` before one of its characters is
    dropped (what ctg reads back from its own files).
    """
def territory_catalogue_years(directory: os.PathLike | str | bytes) -> list[int]:
    """
    The years whose catalogue `directory` holds (`YEAR.tsv`), sorted.
    """
def to_french(day: datetime.date) -> str:
    """
    `30/06/2021`.
    """
def to_iso(day: datetime.date) -> str:
    """
    `2021-06-30`.
    """
@typing.overload
def to_json(rulebook: Rulebook) -> str:
    """
    Canonical JSON of a rulebook: sorted keys, two-space indent, values as strings;
    load_rulebook_json(to_json(r)) gives back an equal rulebook.
    """
@typing.overload
def to_json(grid: Grid) -> str:
    """
    Canonical JSON of a grid (key order of the schema, two-space indent, trailing newline);
    for the built-in grids it is the embedded file itself.
    """
@typing.overload
def to_json(dataset: Dataset) -> str:
    """
    Canonical JSON of a dataset: fixed key order (as in the schema), two-space indent,
    amounts as `"38400.00"`, FTE as `"0.75"`, dates ISO, ends written as last days included,
    trailing newline. Deterministic: load → write → load → write gives the same text. The
    evaluations are written last, as evaluations_to_json_array() writes them, and the key is
    left out when there is none.
    """
@typing.overload
def to_string(value: Rounding) -> str:
    """
    Stable identifier of a policy: `half_away_from_zero`, `half_even`, `toward_zero`,
    `down`, `up`.
    """
@typing.overload
def to_string(value: ProrataBasis) -> str:
    """
    `days` or `whole_months`.
    """
@typing.overload
def to_string(value: Language) -> str:
    """
    `fr` or `en`.
    """
@typing.overload
def to_string(value: Evidence) -> str:
    """
    `source document`, `public source`, `illustrative`, `scenario`, `derived` or
    `reading`.
    """
@typing.overload
def to_string(value: Unit) -> str:
    """
    `eur`, `eur_per_fte`, `percent` or `share`.
    """
@typing.overload
def to_string(value: FormulaKind) -> str:
    """
    `flat_per_fte` or `share_of_expense`.
    """
@typing.overload
def to_string(value: CeilingTarget) -> str:
    """
    `expense` or `aid`.
    """
@typing.overload
def to_string(value: FteBasis) -> str:
    """
    `contracted` or `in_post`.
    """
@typing.overload
def to_string(value: StepKind) -> str:
    """
    `input`, `parameter`, `computation`, `rounding`, `split`, `result` or `note`.
    """
@typing.overload
def to_string(value: EpciKind) -> str:
    """
    `CA`, `CC`, `CU` or `metropole` (the names used in datasets).
    """
@typing.overload
def to_string(value: CnafTheme) -> str:
    """
    The dataset name: `petite_enfance`, `acces_aux_droits`…
    """
@typing.overload
def to_string(value: KnownRole) -> str:
    """
    The dataset name: `caf`, `conseil_departemental`…
    """
@typing.overload
def to_string(value: ActionStatus) -> str:
    """
    `planned`, `in_progress`, `done` or `abandoned`.
    """
@typing.overload
def to_string(value: BodyKind) -> str:
    """
    `comite_pilotage`, `comite_technique`, `comite_operationnel` or `comite_thematique`.
    """
@typing.overload
def to_string(value: Volet) -> str:
    """
    `famille`, `education` or `social`.
    """
@typing.overload
def to_string(value: CoverageStatus) -> str:
    """
    `covered`, `partial` or `uncovered`.
    """
@typing.overload
def to_string(value: PostStatus) -> str:
    """
    `financed`, `missing_expense` or `inactive`.
    """
@typing.overload
def to_string(value: ItemKind) -> str:
    """
    `per_policy`, `yes_no` or `number`.
    """
@typing.overload
def to_string(value: CorrectionKind) -> str:
    """
    `spelling`, `grammar` or `typography`.
    """
@typing.overload
def to_string(value: AnswerKind) -> str:
    """
    `level`, `yes_no` or `number`: also the JSON key of the value.
    """
@typing.overload
def to_string(value: CellTrend) -> str:
    """
    `improved`, `regressed`, `unchanged`, `changed`, `newly_answered`,
    `no_longer_answered`.
    """
def validate_evaluation(evaluation: Evaluation, grid: Grid, post: CoordinationPost = None, path: str = '') -> EvaluationCheck:
    """
    Checks an evaluation against a grid and, when given, the post it evaluates.
    
    Errors (paths relative to `path`, e.g. `evaluations[2]`):
    - `grid`, `grid_version`: another grid, or another version of this grid;
    - `post_id`: empty, or not the id of `post`;
    - `year`: outside 1900–9999, or a year in which the post was not active
      (post_active_in_year());
    - `filled_on`: before the first day of the year evaluated;
    - `answers[i].item`: an unknown item id;
    - `answers[i].policy`: missing for a per-policy item, present for another item, or a policy
      the grid has no column for;
    - `answers[i].level` / `.yes_no` / `.number`: an answer of the wrong kind (a yes/no item
      answered with a level, a number item with a level…), a code outside the scale, a number
      with more decimals than the item allows;
    - `answers[i]`: a second answer for a cell already answered;
    - `comments[i].item`: an unknown item, or a second comment for an item.
    
    Missing answers, `filled_by` and `filled_on` are not errors: they are listed in `missing`.
    """
def validate_evaluations(evaluations: collections.abc.Sequence[Evaluation], posts: collections.abc.Sequence[CoordinationPost], grids: collections.abc.Sequence[Grid] = [], path: str = 'evaluations') -> EvaluationsCheck:
    """
    Checks evaluations as a dataset holds them: each against its grid (looked up in
    `grids`, then among the built-in grids, by id and version) and its post (looked up in
    `posts` by id).
    
    Besides the errors of validate_evaluation() (at `path[i].…`): `path[i].grid` for a grid
    that is not known, `path[i].grid_version` for a version that is not known, `path[i].post_id`
    for a post not in `posts`, and `path[i]` for a second evaluation of the same post, year and
    grid.
    """
def with_posts(base: Dataset, posts: collections.abc.Sequence[CoordinationPost]) -> Dataset:
    """
    A new validated dataset where `posts` are merged into `base`.
    
    A post whose id exists in `base` takes the new convention, pilot EPCI and contracted FTE
    (with their provenance), keeps its volets, themes and coordinators, and its expenses are
    merged by year (the new year replaces the old one). Other posts are appended.
    
    Raises:
        ValidationError: from Dataset.build() (e.g. an unknown convention), with paths into the merged dataset (`posts[9].convention`).
    """
DATASET_FORMAT: str = 'ctg.dataset/1'
DEFAULT_BASELINE_RULEBOOK: str = 'cej'
DEPARTMENT_REPORT_DEADLINE_MONTHS: int = 18
EVALUATIONS_FORMAT: str = 'ctg.evaluations/1'
EVALUATION_CSV_COLUMNS: tuple = ('grid', 'grid_version', 'post_id', 'year', 'section', 'item_id', 'item_text', 'policy', 'answer', 'comment', 'filled_by', 'filled_on')
FIRST_YEAR: int = 1900
GRID_FORMAT: str = 'ctg.grid/1'
LAST_YEAR: int = 2199
LOCAL_MARKER: str = 'local:'
REFERENTIEL_FORMAT: str = 'ctg.referentiel/1'
__version__: str = '0.1.0'
