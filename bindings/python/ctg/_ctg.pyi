"""
ctg._ctg: the compiled ctg library (exact money, rates, FTE, dates, dated rulebooks). Import the package `ctg`, which re-exports it.
"""
from __future__ import annotations
import collections.abc
import datetime
import decimal
import enum
import fractions
import os
import typing
__all__: list[str] = ['CeilingTarget', 'ErrorDetail', 'Evidence', 'ExactAmount', 'Formula', 'FormulaKind', 'Fte', 'FundingPart', 'Language', 'LocalizedText', 'Money', 'Parameter', 'ParameterOverride', 'Period', 'ProrataBasis', 'ProrataFraction', 'Provenance', 'Rate', 'RateNotation', 'Rounding', 'Rulebook', 'Segment', 'Source', 'Unit', 'WeeklyHours', 'apply_rate', 'apply_scenario', 'builtin_rulebook', 'builtin_rulebook_ids', 'load_rulebook_file', 'load_rulebook_json', 'multiply', 'parse_ceiling_target', 'parse_date', 'parse_evidence', 'parse_formula_kind', 'parse_language', 'parse_override', 'parse_prorata_basis', 'parse_rounding', 'parse_unit', 'prorata', 'prorate', 'to_french', 'to_iso', 'to_json', 'to_string']
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
    illustrative: typing.ClassVar[Evidence]
    public_source: typing.ClassVar[Evidence]
    scenario: typing.ClassVar[Evidence]
    source_document: typing.ClassVar[Evidence]
    @classmethod
    def __new__(cls, value):
        ...
class ErrorDetail:
    """
    What an error is about: the field (or JSON path), the offending value, the expectation.
    """
    def __eq__(self, other: ErrorDetail) -> bool:
        ...
    def __getstate__(self) -> tuple[int, str, str, str]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, field: str, value: str, expected: str) -> None:
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
    def expected(self) -> str:
        """
        What would have been accepted, in plain words.
        """
    @property
    def field(self) -> str:
        """
        Field name or JSON path, e.g. `parameters["rate"].segments[0].value`.
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
        `38,400.00 €`: English grouping by commas, '.' mark, euro sign.
        """
    def to_french(self) -> str:
        """
        `38 400,00 €`: French grouping by spaces, ',' mark, euro sign.
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
        `62,43 %`: percent, French decimal comma.
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
    """
    def __eq__(self, other: Provenance) -> bool:
        ...
    def __getstate__(self) -> tuple[int, Evidence, Source]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, kind: Evidence = ..., cited: Source = ...) -> None:
        ...
    def __ne__(self, other: Provenance) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    @property
    def cited(self) -> Source:
        """
        The source (may be empty when illustrative).
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
    def __getstate__(self) -> tuple[int, datetime.date, datetime.date | None, Money | Rate, Provenance]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, start: datetime.date, end: datetime.date | None, value: Money | Rate, origin: Provenance = ...) -> None:
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
    def __getstate__(self) -> tuple[int, FormulaKind, str, str, str | None, CeilingTarget, ProrataBasis, list[FundingPart]]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, kind: FormulaKind, amount_per_fte: str = '', rate: str = '', ceiling_per_fte: str | None = None, ceiling_on: CeilingTarget = ..., prorata: ProrataBasis = ..., parts: collections.abc.Sequence[FundingPart] = []) -> None:
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
    def __init__(self, id: str, label: LocalizedText, description: LocalizedText, rounding_policy: Rounding, rule: Formula, parameters: collections.abc.Sequence[Parameter]) -> None:
        """
        Builds and cross-checks a rulebook.
        
        Raises:
            ValidationError: listing every problem: a formula naming an unknown parameter or one of the wrong unit, a zero ceiling, parts that do not add up to the rate.
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
def multiply(per_fte: Money | str | decimal.Decimal, fte: Fte | str | decimal.Decimal | int, policy: Rounding) -> Money:
    """
    `per_fte × f`, rounded once under `policy`.
    """
def parse_ceiling_target(text: str, field: str = 'formula.ceiling_on') -> CeilingTarget:
    """
    Reads `expense` or `aid`.
    
    Raises:
        InvalidValueError: naming `field` otherwise.
    """
def parse_date(text: str, field: str = 'date') -> datetime.date:
    """
    Reads an ISO 8601 calendar date, `YYYY-MM-DD`, and checks that it exists.
    
    Raises:
        InvalidValueError: naming `field` for another layout or a date that does not exist.
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
def to_french(day: datetime.date) -> str:
    """
    `30/06/2021`.
    """
def to_iso(day: datetime.date) -> str:
    """
    `2021-06-30`.
    """
def to_json(rulebook: Rulebook) -> str:
    """
    Canonical JSON of a rulebook: sorted keys, two-space indent, values as strings;
    load_rulebook_json(to_json(r)) gives back an equal rulebook.
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
    `source document`, `public source`, `illustrative` or `scenario`.
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
__version__: str = '0.1.0'
