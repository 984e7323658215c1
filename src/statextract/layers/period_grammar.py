"""The period grammar: rules that compose periods from typed pieces.

Each :class:`PeriodRule` is a record: a name, a pattern built from the pieces below (a month, a
year, a quarter by its number or its last month, a count of months, a season ...) and a
production that turns a match into a :class:`~statextract.layers.periods.Period`. Rules are
tried in order; a longer composition ("the year ended September 2022") is listed before the
pieces it is built from ("September 2022"), and the matcher lets the first rule that claims
characters keep them.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import regex

from statextract._patterns import alternation, compile_pattern, squash, word_alternation
from statextract.lexicon._periods import (
    COUNT_WORDS,
    MONTHS,
    ORDINAL_WORDS,
    RELATIVE_MONTHS,
    RELATIVE_QUARTERS,
    RELATIVE_YEARS,
    SAME_WORDS,
    SEASONS,
    WEEKDAYS,
)

_I = regex.IGNORECASE


@dataclass(slots=True)
class Period:
    """A period mentioned in the text, in the coordinates of the normalised text."""

    start: int
    end: int
    kind: str
    value: str | None
    """ISO-like value; ``None`` while a month or quarter waits for its year."""
    month: int | None = None
    quarter: int | None = None
    months: tuple[int, int] | None = None
    year_offset: int | None = None
    day: int | None = None
    month_offset: int | None = None
    weekday: int | None = None
    """For "on Tuesday": the weekday, resolved against the publication date."""
    season_offset: int | None = None
    """For "last summer": the season before (-1), this (0) or next (1), against publication."""
    years: tuple[int, int] | None = None
    """For "between 2012 and 2017": the first and the last year."""
    trailing_month: str | None = None
    """For "the year to March 2024": the month the twelve months end in."""
    fiscal: bool = False
    """A financial or fiscal year ("the financial year ending March 2023")."""
    fiscal_year: int | None = None
    """For a fiscal year named by its year ("FY24", "fiscal 2024", "2023-24"): the calendar
    year it ends in; its months follow the document's fiscal calendar."""
    comparison: bool = False
    reference: bool = False
    """A benchmark the text measures against, not the period of a figure: "the lowest since
    January 2021", "since records began in 1993", "a run that began in mid-2022"."""
    label: bool = False
    """A period used as a name, not a date ("at constant 2011-12 prices")."""
    window: tuple[int, int, int, int] | None = None
    """For a span of days without a year ("the 28 days to Aug. 27", "from July 31 to Aug. 27"):
    first month and day, last month and day."""
    window_days: int | None = None
    """For a window counted in days back from its last day ("the week to March 3"): how many,
    so that a leap year's February 29 is counted once the year is known."""
    same_year: int | None = None
    """For "the same quarter of 2023": the year the period of the fact is moved to."""
    same_fiscal_end: int | None = None
    """For "the same quarter of fiscal 2024" and "the full fiscal year": the last month of the
    document's fiscal year (``same_year`` is then a fiscal year); 0 until the calendar is
    known."""
    anaphor: str | None = None
    """For "that month": the unit of the earlier period it stands for."""
    bracket: tuple[int, int] | None = None
    """The brackets it sits in ("4.2% (June-August)"): it dates the item in or right before
    them only."""
    own_quarter: bool = False
    """For "this quarter": outside a forecast, the report's own quarter when it states one."""
    fiscal_part: tuple[int, int] | None = None
    """For a part of a fiscal year ("the first seven months of the 2024-25 fiscal year"): its
    first and last month counted from the fiscal year's first (1 to 7)."""
    current: bool = False
    """For "the current financial year": the fiscal year the publication date falls in."""

    def resolve(self, year: int | None) -> str | None:
        """The value, filling a missing year from ``year`` (the date in force or publication)."""
        if self.value is not None or year is None:
            return self.value
        if self.year_offset is not None:
            year += self.year_offset  # "the second quarter of this year", "last year"
            if (
                self.month is None
                and self.quarter is None
                and self.months is None
                and self.window is None
            ):
                return str(year)
        if self.month is not None and self.day is not None:
            return f"{year}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{year}-{self.month:02d}"
        if self.quarter is not None:
            return f"{year}-Q{self.quarter}"
        if self.window is not None:
            if self.window_days is not None:
                return _days_back_value(year, self.window, self.window_days)
            return _window_value(year, self.window)
        if self.months is not None:
            first, last = self.months
            if first > last:
                return f"{year - 1}-{first:02d}/{year}-{last:02d}"
            return _months(year, first, last)
        return None


MONTH_END = 0
"""A window's last day written as the end of its month, whatever its length in that year."""


def _window_value(year: int, window: tuple[int, int, int, int]) -> str | None:
    first_month, first_day, last_month, last_day = window
    if last_day == MONTH_END:
        last_day = calendar.monthrange(year, last_month)[1]  # "the second half of February"
    first_year = year if (first_month, first_day) <= (last_month, last_day) else year - 1
    try:
        first = dt.date(first_year, first_month, first_day)
        last = dt.date(year, last_month, last_day)
    except ValueError:
        return None
    return f"{first.isoformat()}/{last.isoformat()}"


def _days_back_value(year: int, window: tuple[int, int, int, int], days: int) -> str | None:
    """The ``days`` days ending on the window's last day of ``year``."""
    _, _, last_month, last_day = window
    try:
        last = dt.date(year, last_month, last_day)
    except ValueError:
        return None
    return f"{(last - dt.timedelta(days=days - 1)).isoformat()}/{last.isoformat()}"


# The pieces.
MONTH = rf"(?:{alternation(MONTHS)})\.?"
YEAR = r"(?:1[89]\d{2}|20\d{2}|2100)"
SHORT_YEAR = r"(?:'\d{2}|\d{2})"
DAY = r"\d{1,2}(?:st|nd|rd|th)?"
ORDINAL = alternation(ORDINAL_WORDS)
SAME = word_alternation(SAME_WORDS)
"""The word that points back to the matching period of another year ("same", "comparable")."""
QUARTER_NUMBER = r"[1-4]"
DASH = r"(?:-|–|—)"
RANGE_JOIN = r"(?:-?(?:to|through|until)-?|-|–|—|and)"
FISCAL = r"(?:fiscal|financial)"
ENDING = r"(?:ending|ended|to|through|until)"
SEASON = alternation(SEASONS)


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _text(match: regex.Match[str], name: str) -> str | None:
    value = match.group(name) if name in match.groupdict() else None
    return value if isinstance(value, str) else None


def _year(match: regex.Match[str], name: str = "y") -> int | None:
    text = _text(match, name)
    if not text:
        return None
    digits = text.lstrip("'")
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


def _months(year: int | None, first: int, last: int) -> str | None:
    """``2023-01/2023-09``; a whole quarter is written ``2023-Q3``, a whole year ``2023``."""
    if year is None:
        return None
    if (first, last) == (1, 12):
        return str(year)
    if last - first == 2 and first % 3 == 1:
        return f"{year}-Q{last // 3}"
    return f"{year}-{first:02d}/{year}-{last:02d}"


def _twelve_months_to(year: int, last: int) -> str:
    """The twelve months up to ``last`` of ``year``: ``2022-10/2023-09`` (a calendar year if
    they end in December)."""
    if last == 12:
        return str(year)
    return f"{year - 1}-{last % 12 + 1:02d}/{year}-{last:02d}"


@dataclass(frozen=True, slots=True)
class PeriodRule:
    """One rule of the grammar: a name, a pattern of pieces, a production."""

    name: str
    pattern: regex.Pattern[str]
    produce: Callable[[regex.Match[str]], Period | None]
    anchor: regex.Pattern[str] | None = None
    """A word every match holds; the pattern runs only near it (``None``: over all the text)."""
    reach: int = 0
    """How far a match can reach beyond its anchor on either side."""


def _span(m: regex.Match[str]) -> Period | None:
    first, last = _month(m.group("m1")), _month(m.group("m2"))
    first_year, last_year = int(m.group("y1")), int(m.group("y2"))
    if (first_year, first) >= (last_year, last):
        return None
    return Period(*m.span(), "span", f"{first_year}-{first:02d}/{last_year}-{last:02d}")


def _quarter_end(m: regex.Match[str]) -> Period | None:
    """ "at the end of the second quarter of 2025": the quarter's last month, as "at the end of
    2020" is December 2020."""
    month = ORDINAL_WORDS[m.group("q").lower()] * 3
    if month > 12:
        return None
    year = _year(m)
    if year is not None:
        return Period(*m.span(), "month", f"{year}-{month:02d}", month=month)
    return Period(*m.span(), "bare_month", None, month=month)


def _year_end_relative(m: regex.Match[str]) -> Period | None:
    return Period(*m.span(), "year_end_relative", None, month=12)


def _uk_quarter(m: regex.Match[str]) -> Period | None:
    quarter = int(m.group("qn"))
    year = _year(m)
    return Period(*m.span(), "quarter", f"{year}-Q{quarter}" if year else None, quarter=quarter)


def _year_to(m: regex.Match[str]) -> Period | None:
    """The twelve months up to a month ("the year ended September 2022"); a financial year
    named by its year alone ends in March ("the financial year ending 2019")."""
    year = _year(m)
    if year is None:
        return None
    month_text = _text(m, "m")
    last = _month(month_text) if month_text else 3
    fiscal = bool(_text(m, "fiscal"))
    value = _twelve_months_to(year, last)
    period = Period(*m.span(), "year_to", value, trailing_month=f"{year}-{last:02d}", fiscal=fiscal)
    if fiscal and not month_text:
        period.fiscal_year = year  # "the financial year ending 2019": the calendar decides
    return period


def _months_to(m: regex.Match[str]) -> Period | None:
    """ "the three months to January 2024": the months up to the one named (across a year)."""
    word = m.group("n").lower()
    count = 12 if word in ("12", "twelve") else COUNT_WORDS[word]
    last = _month(m.group("m"))
    year = _year(m)
    day = m.groupdict().get("d")
    if day is not None and count != 12:
        # "the three months ended May 3": a retailer's quarter of February to April
        named = month_named(last, int(day.rstrip("stndrh")))
        if named == 12 and last == 1 and year is not None:
            year -= 1
        last = named
    first = (last - count) % 12 + 1
    if count == 12:
        if year is None:
            return None
        return Period(*m.span(), "year_to", _twelve_months_to(year, last),
                      trailing_month=f"{year}-{last:02d}")  # fmt: skip
    if year is None:
        return Period(*m.span(), "quarter_to", None, months=(first, last))
    first_year = year if first <= last else year - 1
    if first_year == year:
        return Period(*m.span(), "quarter_to", _months(year, first, last), months=(first, last))
    return Period(*m.span(), "quarter_to", f"{first_year}-{first:02d}/{year}-{last:02d}")


_DASH = compile_pattern(r"\s*[-–]\s*")


def _month_range(m: regex.Match[str]) -> Period | None:
    first, last = _month(m.group("m1")), _month(m.group("m2"))
    joined = m.group()[m.end("m1") - m.start() : m.start("m2") - m.start()]
    if first == last or (first > last and not _DASH.fullmatch(joined)):
        return None  # "October-March" runs across a year end; "from October to March" is a step
    year = _year(m) or _year(m, "y1")
    offset = {"last": -1, "this": 0, "next": 1}.get((m.group("rel") or "").lower())
    value = _months(year, first, last) if first < last else None
    if first > last and year is not None:
        value = f"{year - 1}-{first:02d}/{year}-{last:02d}"
    return Period(
        *m.span(),
        "month_range",
        value,
        months=(first, last),
        year_offset=offset,  # "From September to October this year"
    )


def _until_end(m: regex.Match[str]) -> Period | None:
    first = _month(m.group("m1"))
    last_year = int(m.group("y2"))
    first_year = int(m.group("y1")) if m.group("y1") else last_year
    return Period(*m.span(), "until_end", f"{first_year}-{first:02d}/{last_year}-12")


WEEK_OVER = 7
"""A quarter that ends within this many days of a month's start is named by the month before."""


def month_named(month: int, day: int, days_over: int = WEEK_OVER) -> int:
    """The month a company period ending on ``day`` of ``month`` is named by: the month before
    when it runs only ``days_over`` days or fewer into ``month`` ("ended Feb. 2" -> January)."""
    return (month - 2) % 12 + 1 if day <= days_over else month


def _quarter_by_month(m: regex.Match[str]) -> Period | None:
    """ "the June quarter 2023", "the quarter ended March 31, 2024": three months to a month."""
    last = _month(m.group("m"))
    year = _year(m)
    day = m.groupdict().get("qd")
    if day is not None:
        # "the fourth quarter ended Feb. 2": a 52/53-week year's quarter of November to January
        named = month_named(last, int(day.rstrip("stndrh")))
        if named != last and named == 12 and year is not None:
            year -= 1
        last = named
    first = (last - 3) % 12 + 1
    if year is None:
        return Period(*m.span(), "quarter_to", None, months=(first, last))
    if first < last:
        return Period(*m.span(), "quarter_to", _months(year, first, last), months=(first, last))
    return Period(*m.span(), "quarter_to", f"{year - 1}-{first:02d}/{year}-{last:02d}")


def _week_ending(m: regex.Match[str]) -> Period | None:
    """ "the week ending March 1, 2024": the seven days that end on that day."""
    year = _year(m)
    month = _month(m.group("m"))
    day = int(m.group("d").rstrip("stndrh"))
    try:
        last = dt.date(year or 2001, month, day)  # 2001: no leap day is lost without a year
    except ValueError:
        return None
    first = last - dt.timedelta(days=6)
    if year is None:
        window = (first.month, first.day, month, day)
        return Period(*m.span(), "days_to", None, window=window, window_days=7)
    return Period(*m.span(), "days_to", f"{first.isoformat()}/{last.isoformat()}")


def iso_week_days(year: int, week: int) -> str | None:
    """The Monday-to-Sunday days of ISO week ``week`` of ``year`` ("2024-12-23/2024-12-29")."""
    try:
        first = dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    return f"{first.isoformat()}/{(first + dt.timedelta(days=6)).isoformat()}"


def _iso_week(m: regex.Match[str]) -> Period | None:
    """ "week 52", "in week 3 of 2025", "epidemiological week 10": a numbered week; without a
    year, the latest such week begun by publication (see the date layer)."""
    week = int(m.group("w"))
    if not 1 <= week <= 53:
        return None
    year = _year(m)
    if year is not None:
        value = iso_week_days(year, week)
        return Period(*m.span(), "iso_week", value) if value is not None else None
    return Period(*m.span(), "iso_week", None, day=week)


_COUNT_NUMBERS = {**COUNT_WORDS, "twelve": 12, "fourteen": 14, "twenty-eight": 28, "thirty": 30}


def _count_of(m: regex.Match[str]) -> int | None:
    """The number of days, weeks or months a match counts ("28", "four"); None for a word it
    does not know."""
    word = m.group("n").lower()
    return int(word) if word.isdigit() else _COUNT_NUMBERS.get(word)


_RETAIL_QUARTER_WEEKS = {12: 3, 13: 3, 16: 4, 24: 6, 26: 6, 36: 8, 39: 9, 52: 12, 53: 12}
"""Weeks a retailer's fiscal period runs, and the months it is named by."""
_HALF_MONTH_OVER = 14
"""A retail period that ends by this day of a month is named by the month before."""


def _days_to(m: regex.Match[str]) -> Period | None:
    """ "the 28 days to Aug. 27", "the four weeks ending 27 August 2023": a span of days."""
    count = _count_of(m)
    if count is None or count <= 0:
        return None
    weeks = m.group("u").lower().startswith("week")
    days = count * (7 if weeks else 1)
    month, day = _month(m.group("m")), int(m.group("d").rstrip("stndrh"))
    year = _year(m)
    if weeks and count in _RETAIL_QUARTER_WEEKS:
        # "the 12 weeks ended Feb. 16": a retailer's fiscal quarter, named by its months
        last_month = month_named(month, day, _HALF_MONTH_OVER)
        first_month = (last_month - _RETAIL_QUARTER_WEEKS[count]) % 12 + 1
        period = Period(*m.span(), "quarter_to", None, months=(first_month, last_month))
        if year is not None:
            end_year = year if last_month <= month else year - 1
            start_year = end_year if first_month <= last_month else end_year - 1
            period.value = months_label(
                start_year * 12 + first_month - 1, end_year * 12 + last_month - 1
            )
        return period
    try:
        last = dt.date(year or 2001, month, day)
    except ValueError:
        return None
    first = last - dt.timedelta(days=days - 1)
    window = (first.month, first.day, month, day)
    period = Period(*m.span(), "window", None, window=window, window_days=days)
    if year is not None:
        period.value = f"{first.isoformat()}/{last.isoformat()}"
    return period


def _months_anaphor(m: regex.Match[str]) -> Period | None:
    """ "Over the nine months" in a report on the third quarter: the months to the end of the
    period in force."""
    count = _count_of(m)
    if count is None or not 4 <= count <= 11:
        return None  # "over the twelve months", "the three months": a rate's step, not a span
    return Period(*m.span(), "trailing_months", None, day=count)


def _trailing_months(m: regex.Match[str]) -> Period | None:
    """ "has averaged 152,000 a month over the past 12 months": the average covers that many
    months to the month in force ("the last three months" of a year is another rule's)."""
    count = _count_of(m)
    if count is None or count <= 1 or count > 36:
        return None
    if m.group().lower().split()[1] == "last" and count in (3, 6):
        return None  # "the last three months of 2024": the year's final quarter
    text = m.string
    start = max(text.rfind(".", 0, m.start()) + 1, m.start() - 100)
    stop = text.find(".", m.end())
    stop = min(stop if stop >= 0 else len(text), m.end() + 100)
    if _AVERAGED.search(text, start, stop) is None:
        return None  # "rose 3.8% over the last 12 months": a step, not a span the figure covers
    return Period(*m.span(), "trailing_months", None, day=count)


_AVERAGED = compile_pattern(r"\baverag(?:ed|es|ing|e)\b", regex.IGNORECASE)


def _trailing_weeks(m: regex.Match[str]) -> Period | None:
    """ "over the last four weeks": that many weeks to the end of the week in force."""
    count = _count_of(m)
    if count is None or count <= 1:
        return None
    return Period(*m.span(), "trailing_weeks", None, day=count * 7)


DAY_COUNT_WORDS: dict[str, int] = {"ten": 10, "fifteen": 15, "twenty": 20}


def _first_days(m: regex.Match[str]) -> Period | None:
    """ "the first 20 days of December": the month's first days (the year comes later)."""
    text = m.group("n").lower()
    count = DAY_COUNT_WORDS.get(text) or int(text)
    if not 1 <= count <= 31:
        return None
    month = _month(m.group("m"))
    window = (month, 1, month, count)
    period = Period(*m.span(), "window", None, window=window)
    year = _year(m)
    if year is not None:
        period.value = _window_value(year, window)
    return period


def _month_half(m: regex.Match[str]) -> Period | None:
    """ "the first half of January": days 1 to 15; "the second half": 16 to the month's end."""
    month = _month(m.group("m"))
    first = m.group("h").lower() == "first"
    window = (month, 1, month, 15) if first else (month, 16, month, MONTH_END)
    period = Period(*m.span(), "window", None, window=window)
    year = _year(m)
    if year is not None:
        period.value = _window_value(year, window)
    return period


def _year_to_month(m: regex.Match[str]) -> Period | None:
    """ "for the year to March", "the year ending March 31", "the business year to March": the
    twelve months to that month, whose year the context decides."""
    last = _month(m.group("m"))
    return Period(*m.span(), "year_to", None, months=(last % 12 + 1, last), fiscal=True)


def _twelve_months_to_month(m: regex.Match[str]) -> Period | None:
    """ "in the 12 months to June": the twelve months to that month, whose year the context
    decides; a rate over them is dated by the month, an amount by the twelve months."""
    last = _month(m.group("m"))
    return Period(*m.span(), "year_to", None, months=(last % 12 + 1, last))


def _current_fiscal_year(m: regex.Match[str]) -> Period | None:
    """ "the current fiscal year", "this financial year": the fiscal year (to March unless the
    document says otherwise) nearest the report."""
    return Period(*m.span(), "year_to", None, fiscal=True, current=True)  # months: calendar


def _year_through_day(m: regex.Match[str]) -> Period | None:
    """ "the year through Dec. 20": from January 1 to that day; "the year to June 30", to a
    month's last day, is the twelve months to that month (a financial year)."""
    day = int(m.group("d").rstrip("stndrh"))
    if not 1 <= day <= 31:
        return None
    month = _month(m.group("m"))
    if m.group("to").lower() == "to" and day == calendar.monthrange(2001, month)[1]:
        first = month % 12 + 1
        period = Period(*m.span(), "year_to", None, months=(first, month), fiscal=True)
        year = _year(m)
        if year is not None:
            period.value = (
                _months(year, first, month)
                if first == 1
                else (f"{year - 1}-{first:02d}/{year}-{month:02d}")
            )
        return period
    window = (1, 1, month, day)
    period = Period(*m.span(), "window", None, window=window)
    year = _year(m)
    if year is not None:
        period.value = _window_value(year, window)
    return period


_NOT_A_DAY = (
    r"\d|[.,]\d|\s*%|\s+(?:percent|per|million|billion|trillion|thousand|cents?|points?|days?|"
    r"weeks?|years?|months?)\b"
)
"""What follows a number that is not the last day of a span ("from March 3 to 20 cents")."""


def _day_span(m: regex.Match[str]) -> Period | None:
    """ "from July 31 to Aug. 27", "Dec. 1-20", "1-20 December": a span of days (the year
    comes later)."""
    first_month = _month(m.group("m1"))
    last_month = _month(m.group("m2")) if m.group("m2") else first_month
    first_day = int(m.group("d1").rstrip("stndrh"))
    last_day = int(m.group("d2").rstrip("stndrh"))
    years_apart = (
        m.group("y1") is not None and m.group("y") is not None and m.group("y1") != m.group("y")
    )  # "between July 1, 2024, and July 1, 2025": a year of days
    if last_month == first_month and not first_day < last_day <= 31 and not years_apart:
        return None
    window = (first_month, first_day, last_month, last_day)
    period = Period(*m.span(), "window", None, window=window)
    year = _year(m)
    first_year = int(m.group("y1")) if m.group("y1") else None
    if year is None and first_year is not None:
        # "from Dec. 1, 2024 to Jan. 20": the last day's year follows the first's
        wraps = (last_month, last_day) < (first_month, first_day)
        year = first_year + 1 if wraps else first_year
    if year is not None and first_year is not None and first_year != year:
        # "between Oct. 1, 2024, and May 17, 2025": each end with its own year
        first, last = f"{first_year}-{first_month:02d}-{first_day:02d}", f"{year}-{last_month:02d}"
        period.value = f"{first}/{last}-{last_day:02d}"
    elif year is not None:
        period.value = _window_value(year, window)
    return period


def _day(m: regex.Match[str]) -> Period | None:
    month_text = m.group("m")
    if month_text.lower().startswith("may") and not month_text.startswith("May"):
        return None
    if month_text[0].islower():
        return None
    day = int(m.group("d").rstrip("stndrh"))
    if not 1 <= day <= 31:
        return None
    month = _month(month_text)
    year = _year(m)
    if year:
        return Period(*m.span(), "day", f"{year}-{month:02d}-{day:02d}")
    return Period(*m.span(), "day", None, month=month, day=day)


def _report_day(m: regex.Match[str]) -> Period | None:
    """ "after the announcement", "on the day": the day the report came out."""
    return Period(*m.span(), "report_day", None)


def _weekday(m: regex.Match[str]) -> Period | None:
    name = m.group("wd")
    if not name[0].isupper():
        return None
    return Period(*m.span(), "weekday", None, weekday=WEEKDAYS[name.lower()])


def _iso_day(m: regex.Match[str]) -> Period | None:
    return Period(*m.span(), "iso_day", f"{m.group('y')}-{m.group('m')}-{m.group('d')}")


def _month_year(m: regex.Match[str]) -> Period | None:
    month_text = m.group("m")
    if month_text.lower().startswith("may") and not month_text.startswith("May"):
        return None
    return Period(*m.span(), "month", f"{_year(m)}-{_month(month_text):02d}")


def _last_months(m: regex.Match[str]) -> Period | None:
    first = 13 - COUNT_WORDS[m.group("n").lower()]
    year = _year(m)
    if first == 10:
        return Period(*m.span(), "quarter", f"{year}-Q4" if year else None, quarter=4)
    return Period(*m.span(), "last_months", _months(year, first, 12), months=(first, 12))


def _first_months(m: regex.Match[str]) -> Period | None:
    count = COUNT_WORDS[m.group("n").lower()]
    last = count if m.group("u").lower() == "months" else count * 3
    if last > 12:
        return None
    year = _year(m)
    return Period(*m.span(), "first_months", _months(year, 1, last), months=(1, last))


def _quarter_pair(m: regex.Match[str]) -> Period | None:
    first_q = ORDINAL_WORDS[m.group("q1").lower()]
    last_q = ORDINAL_WORDS[m.group("q2").lower()]
    if not 1 <= first_q < last_q <= 4:
        return None
    months = ((first_q - 1) * 3 + 1, last_q * 3)
    year = _year(m)
    value = f"{year}-{months[0]:02d}/{year}-{months[1]:02d}" if year else None
    return Period(*m.span(), "month_range", value, months=months)


def _quarter(m: regex.Match[str]) -> Period | None:
    number = _text(m, "qn")
    quarter = int(number) if number else ORDINAL_WORDS[m.group("q").lower()]
    year = _year(m)
    if year is not None and _FISCAL_WORD.search(m.group()):
        return fiscal_part_period(m.start(), m.end(), year, (quarter * 3 - 2, quarter * 3))
    return Period(*m.span(), "quarter", f"{year}-Q{quarter}" if year else None, quarter=quarter)


_FISCAL_WORD = compile_pattern(r"\b(?:fiscal|financial)\b", regex.IGNORECASE)


def month_index(day: dt.date) -> int:
    """A day's month as a month index (``year * 12 + month - 1``)."""
    return day.year * 12 + day.month - 1


def month_label(index: int) -> str:
    """A month index written as a period value: ``24298`` -> ``"2024-11"``."""
    return f"{index // 12}-{index % 12 + 1:02d}"


def months_label(low: int, high: int) -> str:
    """Two month indices written as a span: ``"2024-09/2024-11"``."""
    return f"{month_label(low)}/{month_label(high)}"


def fiscal_part_period(start: int, end: int, fiscal_year: int, months: tuple[int, int]) -> Period:
    """Months ``months`` (counted from the first month) of the fiscal year ``fiscal_year``
    ("the third quarter of fiscal 2025"): of the April-March year until the document's
    calendar says otherwise."""
    first = (fiscal_year - 1) * 12 + 3  # April of the year before, as a month index
    value = months_label(first + months[0] - 1, first + months[1] - 1)
    return Period(start, end, "span", value, fiscal_year=fiscal_year, fiscal_part=months)


def _half(m: regex.Match[str]) -> Period | None:
    first_half = (_text(m, "h") or "").lower() == "first" or _text(m, "hn") == "1"
    months = (1, 6) if first_half else (7, 12)
    year = _year(m)
    value = f"{year}-{months[0]:02d}/{year}-{months[1]:02d}" if year else None
    return Period(*m.span(), "half", value, months=months)


def _fiscal(m: regex.Match[str]) -> Period | None:
    """ "FY24", "fiscal 2024", "2023-24": twelve months ending in the year named (in March
    until the document's fiscal calendar says otherwise)."""
    first_text = _text(m, "y1")
    if first_text:
        first = int(first_text)
        if (first + 1) % 100 != int(m.group("y2")):
            return None
        end_year = first + 1
    else:
        label = _text(m, "fy")
        if label is None:
            return None
        year = int(label) if len(label) == 4 else 2000 + int(label)
        end_year = year + 1 if _text(m, "fy2") else year
    return Period(*m.span(), "fiscal", _twelve_months_to(end_year, 3), fiscal=True,
                  fiscal_year=end_year)  # fmt: skip


def _split_year_calendar(m: regex.Match[str]) -> Period | None:
    """ "the 2025/26 July-June season": a split year on the calendar the text states."""
    first = int(m.group("y1"))
    if (first + 1) % 100 != int(m.group("y2")):
        return None
    low = first * 12 + _month(m.group("m1")) - 1
    high = first * 12 + _month(m.group("m2")) - 1
    return Period(*m.span(), "fiscal", months_label(low, high + (12 if high < low else 0)))


def _year_end(m: regex.Match[str]) -> Period | None:
    return Period(*m.span(), "year_end", f"{_year(m)}-12")


def _relative_month(m: regex.Match[str]) -> Period | None:
    offset = RELATIVE_MONTHS[squash(m.group().lower())]
    return Period(*m.span(), "relative_month", None, month_offset=offset)


_NAMED_MONTH_SIDE = {"next": 1, "last": -1, "this": 0}


def _named_relative_month(m: regex.Match[str]) -> Period | None:
    """ "next April", "last March", "this June": that month counted from publication."""
    side = _NAMED_MONTH_SIDE[m.group("side").lower()]
    return Period(*m.span(), "named_relative_month", None, month=_month(m.group("m")),
                  month_offset=side)  # fmt: skip


def _relative_quarter(m: regex.Match[str]) -> Period | None:
    phrase = squash(m.group().lower())
    offset = RELATIVE_QUARTERS[phrase]
    return Period(*m.span(), "relative_quarter", None, month_offset=offset * 3,
                  own_quarter=phrase == "this quarter")  # fmt: skip


def _relative_year_end(m: regex.Match[str]) -> Period | None:
    offset = {"last": -1, "this": 0, "next": 1}[m.group("rel").lower()]
    return Period(*m.span(), "relative_year_end", None, year_offset=offset, month=12)


def _relative_year(m: regex.Match[str]) -> Period | None:
    offset = RELATIVE_YEARS[squash(m.group().lower())]
    return Period(*m.span(), "relative_year", None, year_offset=offset)


def _decade(m: regex.Match[str]) -> Period | None:
    """ "the mid-2080s", "the 1990s": the ten years of the decade."""
    first = int(m.group("d"))
    return Period(*m.span(), "decade", f"{first}/{first + 9}")


def _same_of(m: regex.Match[str]) -> Period | None:
    """ "the same quarter of 2023"; "of fiscal 2024" and "of 2023-24" name a fiscal year."""
    if m.group("y1"):
        first = int(m.group("y1"))
        if (first + 1) % 100 != int(m.group("fy2")):
            return None
        return Period(*m.span(), "same_of", None, same_year=first + 1, same_fiscal_end=0)
    fiscal = 0 if m.group("fiscal") else None
    return Period(*m.span(), "same_of", None, same_year=int(m.group("y")), same_fiscal_end=fiscal)


def _whole_year(m: regex.Match[str]) -> Period | None:
    """ "For the full year": the year of the period in force ("the full fiscal year": the
    fiscal year, once the document's calendar is known)."""
    fiscal = _FISCAL_WORD.search(m.group()) is not None
    return Period(
        *m.span(), "whole_year", None, year_offset=0, same_fiscal_end=0 if fiscal else None
    )


def _next_year(m: regex.Match[str]) -> Period | None:
    return Period(*m.span(), "relative_year", None, year_offset=1)


def _season(m: regex.Match[str]) -> Period | None:
    """ "last summer", "the winter of 2023": a season's months (northern hemisphere)."""
    first, last = SEASONS[m.group("s").lower()]
    year = _year(m)
    relative = (_text(m, "rel") or "").lower()
    if year is None and not relative:
        return None
    period = Period(*m.span(), "season", None, months=(first, last))
    if year is not None:
        period.value = _season_value(year, first, last)
        return period
    period.season_offset = {"last": -1, "this": 0, "next": 1}[relative]
    return period


def _season_value(year: int, first: int, last: int) -> str:
    if first > last:  # winter: December to February
        return f"{year}-{first:02d}/{year + 1}-{last:02d}"
    return f"{year}-{first:02d}/{year}-{last:02d}"


def _year_range(m: regex.Match[str]) -> Period | None:
    first, last = int(m.group("y1")), int(m.group("y2"))
    if first >= last:
        return None
    return Period(*m.span(), "year_range", f"{first}/{last}", years=(first, last))


def _bare_year(m: regex.Match[str]) -> Period | None:
    return Period(*m.span(), "year", m.group("y"))


def _anaphor(m: regex.Match[str]) -> Period | None:
    """ "that month", "the same year": the period named last before it (filled in later)."""
    return Period(*m.span(), "anaphor", None, anaphor=m.group("u").lower())


def _bare_month(m: regex.Match[str]) -> Period | None:
    month_text = m.group("m")
    if month_text.lower().startswith("may") and not month_text.startswith("May"):
        return None
    if month_text[0].islower():
        return None
    return Period(*m.span(), "bare_month", None, month=_month(month_text))


def _rule(name: str, pattern: str, produce: Callable[[regex.Match[str]], Period | None],
          flags: int = _I) -> PeriodRule:  # fmt: skip
    return PeriodRule(name, compile_pattern(pattern, flags), produce)


RULES: tuple[PeriodRule, ...] = (
    _rule(
        "split_year_calendar",
        rf"\b(?P<y1>{YEAR})\s?[-–/]\s?(?P<y2>\d{{2}})\s+(?P<m1>{MONTH})\s?[-–/]\s?(?P<m2>{MONTH})"
        r"\s+(?:(?:marketing|crop|fiscal|financial)\s+year|season)\b",
        _split_year_calendar,
    ),
    _rule(
        "year_to_date",
        r"\b(?:(?:in\s+)?the\s+)?year[-\s]to[-\s]date\b|\bso\s+far\s+(?:this|in\s+the)\s+year\b"
        r"|\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year\b",
        lambda m: Period(*m.span(), "year_to_date", None),
    ),
    _rule(
        "same_of",
        rf"\b(?:the\s+)?{SAME}\s+(?:quarter|month|period|week|half)s?\s+(?:of|in)\s+"
        rf"(?:(?P<fiscal>(?:fiscal|financial)\s+(?:year\s+)?)?(?P<y>{YEAR})(?![-–/]\d)"
        rf"|(?P<y1>{YEAR})[-–/](?P<fy2>\d{{2}})\b)\b",
        _same_of,
    ),
    _rule(
        "span",
        rf"\b(?P<m1>{MONTH})\s+(?P<y1>{YEAR})\s*{RANGE_JOIN}\s*(?P<m2>{MONTH})\s+(?P<y2>{YEAR})\b",
        _span,
    ),
    _rule(
        "year_end_relative",
        r"\b(?:at\s+)?(?:the\s+)?(?:year-end|year\s+end|end\s+of\s+the\s+year)\b",
        _year_end_relative,
    ),
    _rule(
        "uk_quarter",
        rf"\b(?:Quarter|Q)\s?(?P<qn>{QUARTER_NUMBER})\b"
        rf"(?:\s*\(\s*{MONTH}\s*(?:to|{DASH})\s*{MONTH}\s*\))?(?:,?\s+(?:of\s+)?(?P<y>{YEAR}))?"
        rf"|\b(?P<qn>{QUARTER_NUMBER})Q\s?(?P<y>{YEAR}|{SHORT_YEAR})\b",
        _uk_quarter,
    ),
    _rule(
        "year_through_day",
        rf"\b(?:the\s+)?year\s+(?P<to>through|to|until)\s+"
        rf"(?:(?P<m>{MONTH})\s+(?P<d>{DAY})|(?P<d>{DAY})\s+(?P<m>{MONTH}))(?:,?\s+(?P<y>{YEAR}))?\b",
        _year_through_day,
    ),
    _rule(
        "year_to",
        rf"\b(?:the\s+)?(?:(?P<fiscal>{FISCAL})\s+)?year\s+{ENDING}(?:\s*\(FYE\))?\s+(?:in\s+|on\s+)?"
        rf"(?:(?:{DAY}\s+)?(?P<m>{MONTH})(?:\s+{DAY})?,?\s+)?(?P<y>{YEAR})\b"
        rf"|\b(?:the\s+)?(?P<fiscal>FYE|FY\s+(?:ending|ended))\s+"
        rf"(?:(?P<m>{MONTH})(?:\s+{DAY})?,?\s+)?(?P<y>{YEAR})\b"
        rf"|\b(?:the\s+)?(?:12|twelve)\s+months\s+{ENDING}\s+(?:in\s+)?"
        rf"(?P<m>{MONTH})(?:\s+{DAY})?,?\s+(?P<y>{YEAR})\b"
        rf"|\bthe\s+(?P<m>{MONTH})\s+(?P<y>{YEAR})\s+year\b",  # "the June 2024 year" (NZ, AU)
        _year_to,
    ),
    _rule(
        "months_to",
        rf"\b(?:the\s+)?(?P<n>{alternation(COUNT_WORDS)}|12|twelve)\s+months\s+{ENDING}\s+(?:in\s+)?"
        rf"(?:the\s+end\s+of\s+)?(?P<m>{MONTH})(?:\s+(?P<d>{DAY})(?!\d))?(?:,?\s+(?P<y>{YEAR}))?",
        _months_to,
    ),
    _rule(
        "days_to",
        rf"\b(?:the\s+)?(?:(?:past|last|latest|previous)\s+)?(?P<n>\d{{1,3}}|{alternation(_COUNT_NUMBERS)})"
        rf"[\s-]+(?P<u>days?|weeks?)(?:[\s-]+period)?\s+(?:to|ending|ended|through|until)\s+"
        rf"(?:(?P<d>{DAY})\s+(?:of\s+)?(?P<m>{MONTH})|(?P<m>{MONTH})\s+(?P<d>{DAY}))"
        rf"(?:,?\s+(?P<y>{YEAR}))?\b",
        _days_to,
    ),
    _rule(
        "trailing_months",
        rf"\bthe\s+(?:past|latest|last)\s+(?P<n>\d{{1,2}}|{alternation(_COUNT_NUMBERS)})"
        r"\s+months\b(?!\s+(?:to|ending|ended|through|until|of|earlier|ago|before)\b)",
        _trailing_months,
    ),
    _rule(
        "months_anaphor",
        rf"(?<=\b(?:over|in|during|for|across|throughout)\s+)the\s+(?P<n>{alternation(_COUNT_NUMBERS)}"
        r"|\d{1,2})\s+months\b(?!\s+(?:to|ending|ended|through|until|of|earlier|ago|before)\b)",
        _months_anaphor,
    ),
    _rule(
        "trailing_weeks",
        rf"\bthe\s+(?:(?:past|last|latest)\s+)?(?P<n>\d{{1,2}}|{alternation(_COUNT_NUMBERS)})"
        r"\s+weeks\b(?!\s+(?:to|ending|ended|through|until|of|earlier|ago|before)\b)",
        _trailing_weeks,
    ),
    _rule(
        "current_fiscal_year",
        r"\b(?:the\s+)?(?:current|this)\s+(?:fiscal|financial|business)\s+year\b",
        _current_fiscal_year,
    ),
    _rule(
        "month_half",
        rf"\b(?:the\s+)?(?P<h>first|second)\s+half\s+of\s+(?P<m>{MONTH})"
        rf"(?:,?\s+(?P<y>{YEAR}))?\b",
        _month_half,
    ),
    _rule(
        "year_to_month",
        rf"(?:(?<=\bfor\s)the\s+|\bthe\s+(?=(?:fiscal|financial|business)\s))"
        rf"(?:(?:fiscal|financial|business)\s+)?year\s+{ENDING}\s+(?:in\s+)?(?P<m>{MONTH})"
        rf"(?:\s+{DAY})?\b(?!,?\s*(?:of\s+)?(?:19|20)\d\d)"
        rf"|\bthe\s+year\s+(?:(?:that|which)\s+)?(?:ending|ended)\s+(?:on\s+)?(?P<m>{MONTH})"
        rf"\s+{DAY}\b(?!,?\s*(?:19|20)\d\d)",
        _year_to_month,
    ),
    _rule(
        "twelve_months_to_month",
        rf"\bthe\s+(?:12|twelve)\s+months\s+{ENDING}\s+(?:in\s+)?(?P<m>{MONTH})"
        rf"(?:\s+{DAY})?\b(?!,?\s*(?:of\s+)?(?:19|20)\d\d)",
        _twelve_months_to_month,
    ),
    _rule(
        "first_days",
        rf"\b(?:the\s+)?first\s+(?P<n>\d{{1,2}}|{alternation(DAY_COUNT_WORDS)})\s+days\s+of\s+"
        rf"(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?\b",
        _first_days,
    ),
    _rule(
        "day_span",
        rf"\b(?:from\s+|(?P<between>(?<=\bbetween\s+)))?"
        rf"(?:(?:(?P<d1>{DAY})\s+(?P<m1>{MONTH})|(?P<m1>{MONTH})\s+(?P<d1>{DAY}))"
        rf"(?:,?\s+(?P<y1>{YEAR}),?)?"  # "between Oct. 1, 2024, and May 17, 2025"
        # "between Jan. 1 and Aug. 17": "and" only after "between"
        rf"\s*(?:to|-|–|through|until|(?(between)\s+and(?=\s)|(?!)))\s*"
        rf"(?:(?P<d2>{DAY})\s+(?P<m2>{MONTH})|(?P<m2>{MONTH})\s+(?P<d2>{DAY})"
        rf"|(?P<d2>{DAY})\b(?!{_NOT_A_DAY}))"  # "Dec. 1-20": the same month
        rf"|(?P<d1>{DAY})\s*(?:-|–|to)\s*(?P<d2>{DAY})\s+(?P<m1>{MONTH}))"  # "1-20 December"
        rf"(?:,?\s+(?P<y>{YEAR}))?\b",
        _day_span,
    ),
    _rule(
        "iso_week",
        rf"\b(?:(?:epidemiological|epi|ISO|calendar|reporting)\s+)?week\s+(?P<w>\d{{1,2}})\b"
        rf"(?!\s*(?:[-–]|to)\s*\d{{1,2}}\b(?![.,]\d|%))(?:\s+(?:of\s+)?(?P<y>{YEAR})\b)?",
        _iso_week,
    ),
    _rule(
        "week_ending",
        rf"\b(?:the\s+)?week\s+(?:ending|ended|to)\s+(?:(?P<d>{DAY})\s+(?:of\s+)?(?P<m>{MONTH})"
        rf"|(?P<m>{MONTH})\s+(?P<d>{DAY}))(?:,?\s+(?P<y>{YEAR}))?",
        _week_ending,
    ),
    _rule(
        "month_range",
        rf"\b(?P<m1>{MONTH})(?:\s+(?P<y1>{YEAR}))?\s*{RANGE_JOIN}\s*(?P<m2>{MONTH})"
        rf"(?:\s+(?:quarter|period))?(?:,?\s+(?:of\s+)?(?P<y>{YEAR})"
        r"|\s+(?P<rel>this|last|next)\s+year)?(?![\w-])",
        _month_range,
    ),
    _rule(
        "until_end",
        rf"\bfrom\s+(?P<m1>{MONTH})(?:\s+(?P<y1>{YEAR}))?\s+(?:to|until|through|till)\s+"
        rf"(?:the\s+)?end\s+of\s+(?P<y2>{YEAR})\b",
        _until_end,
    ),
    _rule(
        "quarter_to",
        rf"\b(?:the\s+)?(?:(?:fiscal|financial)\s+)?(?:{ORDINAL}\s+)?quarter\s+(?:ended|ending|to|through)\s+(?:in\s+|on\s+)?"
        rf"(?:(?:early|mid|late)[\s-]+)?(?P<m>{MONTH})(?:\s+(?P<qd>{DAY})(?!\d))?(?:,?\s+(?P<y>{YEAR}))?"
        rf"|\b(?:the\s+)?(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?(?:\s+|-)quarter\b(?:,?\s+(?:of\s+)?(?P<y>{YEAR}))?",
        _quarter_by_month,
    ),
    _rule(
        "day",
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?\b"
        rf"|\b(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:%|per|million|billion))"
        rf"(?:,?\s+(?P<y>{YEAR}))?",
        _day,
    ),
    _rule("weekday", rf"\b(?:on\s+)?(?P<wd>{alternation(WEEKDAYS)})\b", _weekday),
    _rule(
        "report_day",
        r"\b(?:after|following)\s+the\s+(?:(?:rate|policy|bank's|central\s+bank's)\s+)?"
        r"(?:announcement|decision|data|release|report|figures|statement|news|publication)\b"
        r"|\bon\s+the\s+day\b",
        _report_day,
    ),
    _rule("iso_day", r"\b(?P<y>(?:19|20)\d{2})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b", _iso_day, 0),
    _rule("month", rf"\b(?P<m>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR})\b", _month_year),
    _rule(
        "last_months",
        rf"\b(?:the\s+)?(?:last|final)\s+(?P<n>three|six|3|6)\s+months"
        rf"(?:\s+of(?:\s+the\s+year)?)?(?:\s+(?P<y>{YEAR}))?\b",
        _last_months,
    ),
    _rule(
        "first_months",
        rf"\b(?:the\s+)?first\s+(?P<n>{alternation(COUNT_WORDS)})\s+(?P<u>months|quarters)"
        rf"(?:\s+of(?:\s+the\s+year)?)?(?:\s+(?:this\s+year|(?P<y>{YEAR})))?\b",
        _first_months,
    ),
    _rule(
        "quarter_end",
        rf"\b(?:at\s+)?the\s+end\s+of\s+(?:the\s+)?(?P<q>{ORDINAL})\s+quarter\b"
        rf"(?:\s+of\s+(?P<y>{YEAR}))?",
        _quarter_end,
    ),
    _rule(
        "quarter_pair",
        rf"\b(?:the\s+)?(?P<q1>{ORDINAL})\s+and\s+(?P<q2>{ORDINAL})\s+quarters\b"
        rf"(?:\s+of\s+(?P<y>{YEAR}))?",
        _quarter_pair,
    ),
    _rule(
        "quarter",
        rf"\b(?:the\s+)?(?:(?:fiscal|financial)\s+)?"
        rf"(?:(?<=\bthe\s+(?:(?:fiscal|financial)\s+)?)|(?!last[\s-]+quarter\b(?!\s+(?:of\s+)?"
        rf"(?:the\s+)?(?:(?:fiscal|financial)\s+(?:year\s+)?)?{YEAR})))"
        rf"(?P<q>{ORDINAL})[\s-]+(?:(?:fiscal|financial)\s+)?quarter\b"
        rf"(?:\s+(?:of\s+)?(?:the\s+)?(?:(?:fiscal|financial)\s+(?:year\s+)?)?(?P<y>{YEAR})"
        rf"(?![-–/]\d))?"  # not "of 2024-25": a fiscal year the quarter is a part of
        rf"|\bQ(?P<qn>[1-4])(?:\s*(?:of\s+)?(?P<y>{YEAR}|'?\d{{2}}\b))?"
        rf"|\b(?P<y>{YEAR})\s*Q(?P<qn>[1-4])\b",
        _quarter,
    ),
    _rule(
        "half",
        rf"\b(?:the\s+)?(?P<h>first|second)\s+half(?:\s+of)?(?:\s+(?:the\s+year\s+)?(?P<y>{YEAR}))?\b"
        rf"|\bH(?P<hn>[12])(?:\s*(?P<y>{YEAR}))?\b",
        _half,
    ),
    _rule(
        "fiscal",
        rf"\b(?:{FISCAL}\s+(?:year\s+)?|FY\s?)?(?P<y1>{YEAR})\s?[-–/]\s?(?P<y2>\d{{2}})(?!\d)"
        r"(?:\s+(?:(?:marketing|crop|fiscal|financial)\s+year|season)\b)?"
        rf"|\bFY\s?'?(?P<fy>\d{{2}}|{YEAR})(?:\s?[-–/]\s?(?P<fy2>\d{{2}}))?\b"
        rf"|\b{FISCAL}\s+(?:year\s+)?(?P<fy>{YEAR})\b"
        rf"|\b(?P<fy>{YEAR})\s+{FISCAL}\s+year\b",  # "the 2024 financial year"
        _fiscal,
    ),
    _rule(
        "year_end",
        rf"\b(?:(?:at\s+)?(?:the\s+)?end\s+of\s+(?:the\s+year\s+)?|end-|year-end\s+)(?P<y>{YEAR})\b"
        rf"|(?<=\b(?:to|will|would|should|could|may|might)\s+)end\s+(?P<y>{YEAR})\b",
        _year_end,
    ),
    _rule(
        "season",
        rf"\b(?:(?P<rel>last|this|next)\s+(?P<s>{SEASON})\b"
        rf"|(?:the\s+)?(?P<s>{SEASON})\s+(?:of\s+)?(?P<y>{YEAR})\b)",
        _season,
    ),
    _rule("relative_month", rf"\b(?:{alternation(RELATIVE_MONTHS)})\b", _relative_month),
    _rule(
        "named_relative_month",
        rf"\b(?P<side>next|last|this)\s+(?P<m>{MONTH})(?!\w)(?!\s+\d)",
        _named_relative_month,
    ),
    _rule("relative_quarter", rf"\b(?:{alternation(RELATIVE_QUARTERS)})\b", _relative_quarter),
    _rule(
        "relative_year_end",
        r"\b(?:(?:at|by)\s+)?(?:the\s+)?end\s+of\s+(?P<rel>last|this|next)\s+year\b"
        r"|(?<=\b(?:to|will|would|should|could|may|might)\s+)end\s+(?P<rel>last|this|next)\s+year\b",
        _relative_year_end,
    ),
    _rule(
        "century_end",
        r"\b(?:by|at|before)\s+the\s+end\s+of\s+(?:the|this)\s+century\b",
        lambda m: Period(*m.span(), "year", "2100"),
    ),
    _rule(
        "decade",
        r"\b(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?(?P<d>(?:19|20)\d0)['’]?s\b",
        _decade,
    ),
    _rule(
        "whole_year",
        r"\bthe\s+(?:full|whole|entire)\s+(?:(?:fiscal|financial)\s+)?year\b"
        r"(?![\s-]+(?:of\s+)?(?:\d|fiscal|financial))"
        r"|\bthe\s+year\s+as\s+a\s+whole\b"
        r"|\b(?<!\bthe\s)full[-\s]year\b(?![\s-]+(?:of\s+)?(?:\d|fiscal|financial|results?\b))",
        _whole_year,
    ),
    _rule("relative_year", rf"\b(?:{alternation(RELATIVE_YEARS)})\b", _relative_year),
    _rule(
        "next_year",
        r"(?<=(?:%|\bper\s?cent|\bpercent|\d|\bmillion|\bbillion|\btrillion)\s{1,3})next\b"
        r"(?=\s*(?:[,.;)]|$|(?:and|but|while|both|as)\b))",
        _next_year,
    ),
    _rule(
        "year_range",
        rf"\bbetween\s+(?P<y1>{YEAR})\s+and\s+(?P<y2>{YEAR})\b",
        _year_range,
    ),
    _rule(
        "year",
        rf"(?<![\d,.$€£¥₹]|\d\s)(?P<y>{YEAR})"
        rf"(?![\d%]|,\d|\.\d|\s?(?:percent|per\s+cent|million|billion))",
        _bare_year,
        0,
    ),
    _rule("bare_month", rf"\b(?P<m>{MONTH})(?!\w)(?!\s+\d)", _bare_month),
    _rule(
        "report_period",
        r"\b(?:in|for|during)\s+the\s+(?P<u>quarter|month)\b"
        r"(?!\s+(?:to|ending|ended|before|earlier|through|of|a\s+year))"
        r"|(?<!\bthe\s)\blast\s+(?P<u>quarter)\b(?!\s+(?:of|to|ending|ended|\d))",
        lambda m: Period(*m.span(), "report_period", None, anaphor=m.group("u").lower()),
    ),
    _rule(
        "period_anaphor",
        r"(?<=\b(?:over|in|during|for|across|throughout)\s+)the\s+(?P<u>period)\b"
        r"(?!\s+(?:of|in|to|from|between|ending|ended|through|last|a\s+year|covered|under|"
        r"when|that|which|since)\b)",
        _anaphor,
    ),
    _rule(
        "anaphor",
        r"\b(?:that|the\s+same)\s+(?P<u>month|year|quarter|week|day)\b"
        r"(?!\s+(?:of|in|last|a\s+year|the\s+(?:previous|prior)|a\s+year\s+(?:earlier|ago)))",
        _anaphor,
    ),
)

_SMALL_NUMBER = r"(?<![\d.,])\d{1,2}(?![\d%]|[.,]\d)"
_ANCHORS: dict[str, tuple[str, int]] = {
    "period_anaphor": (r"(?i:period)", 30),
    "named_relative_month": (r"(?i:\b(?:next|last|this)\s)", 20),
    "span": (YEAR, 40),
    "year_end_relative": (r"\bend\b", 20),
    "uk_quarter": (r"(?i:\b(?:quarter|q\s?[1-4]|[1-4]q))", 50),
    "year_to": (r"(?i:year|FY|months)", 70),
    "year_to_month": (r"(?i:year)", 50),
    "twelve_months_to_month": (r"(?i:months)", 40),
    "month_half": (r"(?i:half)", 30),
    "current_fiscal_year": (r"(?i:year)", 40),
    "months_to": (r"(?i:months)", 60),
    "months_anaphor": (r"(?i:months)", 40),
    "days_to": (r"(?i:days?|weeks?)\b", 50),
    "day_span": (_SMALL_NUMBER, 45),
    "first_days": (r"(?i:days)", 45),
    "year_through_day": (r"(?i:year)", 40),
    "week_ending": (r"(?i:week)", 45),
    "iso_week": (r"(?i:week)", 30),
    "until_end": (r"(?i:end)", 45),
    "quarter_to": (r"(?i:quarter)", 60),
    "day": (_SMALL_NUMBER, 30),
    "weekday": (r"(?i:day)\b", 15),
    "report_day": (r"(?i:after|following|day)\b", 60),
    "month": (YEAR, 20),
    "last_months": (r"(?i:months)", 30),
    "quarter_pair": (r"(?i:quarters)", 50),
    "quarter": (r"(?i:quarter|q[1-4])", 40),
    "quarter_end": (r"(?i:quarter)", 50),
    "half": (r"(?i:half|h[12])", 30),
    "year_end": (YEAR, 35),
    "split_year_calendar": (r"(?i:\b(?:season|year)\b)", 45),
    "year_range": (YEAR, 30),
    "relative_year_end": (r"(?i:\bend\b)", 25),
    "season": (r"(?i:\b(?:spring|summer|autumn|winter|fall)\b)", 25),
    "decade": (r"\d0['’]?s\b", 25),
    "century_end": (r"(?i:\bcentury\b)", 40),
    "year_to_date": (r"(?i:\byear\b)", 45),
    "same_of": (r"(?i:\b(?:same|corresponding|comparable|equivalent)\b)", 45),
    "trailing_months": (r"(?i:\bmonths\b)", 40),
    "trailing_weeks": (r"(?i:\bweeks\b)", 40),
    "first_months": (r"(?i:\bfirst\b)", 50),
    "relative_month": (r"(?i:\bmonth\b)", 20),
    "relative_quarter": (r"(?i:\bquarter\b)", 25),
    "relative_year": (r"(?i:\byear\b)", 25),
    "report_period": (r"(?i:\b(?:quarter|month)\b)", 30),
}
"""Rules that only run near a word every match of theirs holds, and how far a match reaches."""

RULES = tuple(
    PeriodRule(
        rule.name,
        rule.pattern,
        rule.produce,
        compile_pattern(_ANCHORS[rule.name][0]) if rule.name in _ANCHORS else None,
        _ANCHORS[rule.name][1] if rule.name in _ANCHORS else 0,
    )
    for rule in RULES
)
"""The grammar, in the order rules claim text."""
