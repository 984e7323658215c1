"""Periods in text ("as of December 2020", "the first three quarters", "FY24") and date arithmetic.

A :class:`Period` is a mention with its span, an ISO-like value ("2020-12", "2023-Q4",
"2023-01/2023-09") or a partial one still waiting for a year, and whether it is a comparison
period ("from March 2020") rather than the date a figure refers to.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from statextract._patterns import (
    alternation,
    character_references,
    compile_before,
    match_ahead,
    squash,
)
from statextract.lexicon._changes import COMPARISON_CUES
from statextract.lexicon._metrics import REFERENCE_NOUNS
from statextract.lexicon._periods import (
    COUNT_WORDS,
    MONTHS,
    ORDINAL_WORDS,
    RELATIVE_MONTHS,
    RELATIVE_YEARS,
    REPORTING_WORDS,
    WEEKDAYS,
)

_MONTH = rf"(?:{alternation(MONTHS)})\.?"
_YEAR = r"(?:1[89]\d{2}|20\d{2})"
_I = regex.IGNORECASE

_PATTERNS: list[tuple[str, regex.Pattern[str]]] = [
    (
        "span",
        regex.compile(
            rf"\b(?P<m1>{_MONTH})\s+(?P<y1>{_YEAR})\s*(?:-|–|—|to|through|until|and)\s*"
            rf"(?P<m2>{_MONTH})\s+(?P<y2>{_YEAR})\b",
            _I,
        ),
    ),
    (
        "year_end_relative",
        regex.compile(
            r"\b(?:at\s+)?(?:the\s+)?(?:year-end|year\s+end|end\s+of\s+the\s+year)\b", _I
        ),
    ),
    (
        "month_range",
        regex.compile(
            rf"\b(?P<m1>{_MONTH})(?:\s+(?P<y1>{_YEAR}))?\s*(?:-|–|—|to|through|and|until)\s*"
            rf"(?P<m2>{_MONTH})(?:\s+quarter)?(?:,?\s+(?:of\s+)?(?P<y>{_YEAR}))?(?![\w-])",
            _I,
        ),
    ),
    (
        "until_end",
        regex.compile(
            rf"\bfrom\s+(?P<m1>{_MONTH})(?:\s+(?P<y1>{_YEAR}))?\s+(?:to|until|through|till)\s+"
            rf"(?:the\s+)?end\s+of\s+(?P<y2>{_YEAR})\b",
            _I,
        ),
    ),
    (
        "quarter_to",
        regex.compile(
            rf"\b(?:the\s+)?(?:three\s+months|3\s+months|quarter)\s+(?:ended|ending|to|through)\s+"
            rf"(?P<m>{_MONTH})(?:\s+\d{{1,2}}(?!\d))?(?:,?\s+(?P<y>{_YEAR}))?"
            rf"|\b(?:the\s+)?(?P<m>{_MONTH})(?:\s+(?P<y>{_YEAR}))?\s+quarter\b",
            _I,
        ),
    ),
    (
        "day",
        regex.compile(
            rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?\b"
            rf"|\b(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:%|per|million|billion))"
            rf"(?:,?\s+(?P<y>{_YEAR}))?",
            _I,
        ),
    ),
    (
        "weekday",
        regex.compile(rf"\b(?:on\s+)?(?P<wd>{alternation(WEEKDAYS)})\b", _I),
    ),
    (
        "iso_day",
        regex.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b"),
    ),
    (
        "month",
        regex.compile(rf"\b(?P<m>{_MONTH}),?\s+(?:of\s+)?(?P<y>{_YEAR})\b", _I),
    ),
    (
        "last_months",
        regex.compile(
            rf"\b(?:the\s+)?(?:last|final)\s+(?P<n>three|six|3|6)\s+months"
            rf"(?:\s+of(?:\s+the\s+year)?)?(?:\s+(?P<y>{_YEAR}))?\b",
            _I,
        ),
    ),
    (
        "first_months",
        regex.compile(
            rf"\b(?:the\s+)?first\s+(?P<n>{alternation(COUNT_WORDS)})\s+(?P<u>months|quarters)"
            rf"(?:\s+of(?:\s+the\s+year)?)?(?:\s+(?:this\s+year|(?P<y>{_YEAR})))?\b",
            _I,
        ),
    ),
    (
        "quarter_pair",
        regex.compile(
            rf"\b(?:the\s+)?(?P<q1>{alternation(ORDINAL_WORDS)})\s+and\s+"
            rf"(?P<q2>{alternation(ORDINAL_WORDS)})\s+quarters\b(?:\s+of\s+(?P<y>{_YEAR}))?",
            _I,
        ),
    ),
    (
        "quarter",
        regex.compile(
            rf"\b(?:the\s+)?(?P<q>{alternation(ORDINAL_WORDS)})[\s-]+quarter\b"
            rf"(?:\s+(?:of\s+)?(?:the\s+)?(?:(?:fiscal|financial)\s+(?:year\s+)?)?(?P<y>{_YEAR}))?"
            rf"|\bQ(?P<qn>[1-4])(?:\s*(?:of\s+)?(?P<y>{_YEAR}|'?\d{{2}}\b))?"
            rf"|\b(?P<y>{_YEAR})\s*Q(?P<qn>[1-4])\b",
            _I,
        ),
    ),
    (
        "half",
        regex.compile(
            rf"\b(?:the\s+)?(?P<h>first|second)\s+half(?:\s+of)?(?:\s+(?:the\s+year\s+)?(?P<y>{_YEAR}))?\b"
            rf"|\bH(?P<hn>[12])(?:\s*(?P<y>{_YEAR}))?\b",
            _I,
        ),
    ),
    (
        "fiscal",
        regex.compile(
            rf"\b(?:(?:fiscal|financial)\s+(?:year\s+)?|FY\s?)?(?P<y1>{_YEAR})\s?[-–/]\s?(?P<y2>\d{{2}})(?!\d)"
            rf"|\bFY\s?'?(?P<fy>\d{{2}}|{_YEAR})(?:\s?[-–/]\s?(?P<fy2>\d{{2}}))?\b"
            rf"|\b(?:fiscal|financial)\s+(?:year\s+)?(?P<fy>{_YEAR})\b",
            _I,
        ),
    ),
    (
        "year_end",
        regex.compile(
            rf"\b(?:(?:at\s+)?(?:the\s+)?end\s+of\s+(?:the\s+year\s+)?|end-|year-end\s+)(?P<y>{_YEAR})\b",
            _I,
        ),
    ),
    (
        "relative_month",
        regex.compile(rf"\b(?:{alternation(RELATIVE_MONTHS)})\b", _I),
    ),
    (
        "relative_year_end",
        regex.compile(
            r"\b(?:(?:at|by)\s+)?(?:the\s+)?end\s+of\s+(?P<rel>last|this|next)\s+year\b", _I
        ),
    ),
    (
        "relative_year",
        regex.compile(rf"\b(?:{alternation(RELATIVE_YEARS)})\b", _I),
    ),
    (
        "next_year",
        regex.compile(
            r"(?<=(?:%|\bper\s?cent|\bpercent)\s{1,3})next\b"
            r"(?=\s*(?:[,.;)]|$|(?:and|but|while|both|as)\b))",
            _I,
        ),
    ),
    (
        "year",
        regex.compile(
            rf"(?<![\d,.$€£¥₹]|\d\s)(?P<y>{_YEAR})(?![\d%]|,\d|\.\d|\s?(?:percent|per\s+cent|million|billion))"
        ),
    ),
    (
        "bare_month",
        regex.compile(rf"\b(?P<m>{_MONTH})(?!\w)(?!\s+\d)", _I),
    ),
]

_COMPARISON_BEFORE = compile_before(
    rf"(?:^|(?<=\W))(?:{alternation(COMPARISON_CUES)})\s+"
    r"(?:the\s+same\s+(?:period|month|quarter|time)(?:\s+(?:of|in))?\s+|the\s+end\s+of\s+|end-|"
    r"levels?\s+(?:of|in|seen\s+in)\s+|in\s+|the\s+|its\s+|their\s+)?$",
    _I,
)
_ENDING_BEFORE = regex.compile(r"\b(?:ending|ended|to)\s+(?:in\s+)?$", _I)
_MAY_MODAL = regex.compile(r"may\b")


@dataclass(slots=True)
class Period:
    """A period mentioned in the text."""

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
    comparison: bool = False
    label: bool = False
    """A period used as a name, not a date ("at constant 2011-12 prices")."""

    def resolve(self, year: int | None) -> str | None:
        """The value, filling a missing year from ``year`` (the date in force or publication)."""
        if self.value is not None or year is None:
            return self.value
        if self.year_offset is not None and self.month is not None:
            return f"{year + self.year_offset}-{self.month:02d}"
        if self.year_offset is not None:
            return str(year + self.year_offset)
        if self.month is not None and self.day is not None:
            return f"{year}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{year}-{self.month:02d}"
        if self.quarter is not None:
            return f"{year}-Q{self.quarter}"
        if self.months is not None:
            return f"{year}-{self.months[0]:02d}/{year}-{self.months[1]:02d}"
        return None


def find_periods(text: str) -> list[Period]:
    """Periods of ``text`` in order; overlapping matches keep the earliest-listed kind.

    Nothing inside an HTML character reference is a period ("&#x2019;" is no year 2019).
    """
    found: list[Period] = []
    taken = bytearray(len(text))  # 1 where a character belongs to a period or a reference
    for start, end in character_references(text):
        taken[start:end] = b"\x01" * (end - start)
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if taken.find(1, start, max(end, start + 1)) != -1:
                continue
            period = _build(kind, match)
            if period is None:
                continue
            taken[start:end] = b"\x01" * (end - start)
            found.append(period)
    found.extend(_elliptical_parts(text, found))
    found.sort(key=lambda period: period.start)
    for period in found:
        if period.kind == "year_end_relative" and match_ahead(_ADJECTIVE_USE, text, period.end):
            period.label = True  # "a year-end dividend" names the dividend, it is no date
            continue
        if period.kind == "weekday" and _REPORTING_BEFORE.search(
            text, max(0, period.start - 30), period.start
        ):
            period.label = True  # "the bureau said on Wednesday": the day of the report
            continue
        if (
            match_ahead(_BASE_YEAR_AFTER, text, period.end)
            or _BASE_YEAR_BEFORE.search(text, max(0, period.start - 20), period.start)
            or (period.kind == "day" and match_ahead(_DATELINE_AFTER, text, period.end))
        ):
            period.label = True
            continue
        ranged = period.kind in _RANGE_KINDS
        period.comparison = _is_comparison(text, period.start, ranged, period.end)
    return found


_RANGE_KINDS = frozenset(
    {"month_range", "span", "first_months", "last_months", "half", "quarter_to", "until_end"}
)
_ADJECTIVE_USE = regex.compile(
    r"(?<=-end)\s+(?!(?:of|in|and|or|to|for|on|at|from|with|by|as|the|a|an)\b)[a-z]"
)
_REFERENCE_LEVEL_AFTER = regex.compile(rf"(?<=\d)\s+(?:{alternation(REFERENCE_NOUNS)})\b", _I)
_REFERENCE_LEVEL_BEFORE = compile_before(
    rf"\b(?:{alternation(REFERENCE_NOUNS)}|rates?|highs?|peaks?|lows?|records?)\s+"
    r"(?:of|seen\s+in|set\s+in|reached\s+in)\s+(?:the\s+)?$",
    _I,
)
_REPORTING_BEFORE = compile_before(
    rf"\b(?:{alternation(REPORTING_WORDS)})(?:\s+[\w()'’.-]+){{0,2}}\s+$", _I
)
_DATELINE_AFTER = regex.compile(r"\s*(?:--|—|–)\s|\s*\(\w+\)\s*(?:--|—|–)", _I)
_BASE_YEAR_AFTER = regex.compile(r"\s*(?:prices|base|=\s*100|series)\b", _I)
_BASE_YEAR_BEFORE = regex.compile(r"\b(?:constant|base\s+year|base)\s+$", _I)


_ELLIPTICAL = regex.compile(
    r"\bthe\s+(?P<q>first|second|third|fourth|final|last)\b(?=\s*(?:[,.;)]|and\b|or\b|$))", _I
)


def _elliptical_parts(text: str, found: list[Period]) -> list[Period]:
    """ "in the first quarter, 6.3 percent in the second": "the second" is the next quarter."""
    quarters = [p for p in found if p.kind == "quarter"]
    if not quarters:
        return []
    by_end = sorted(range(len(quarters)), key=lambda index: quarters[index].end)
    ends = [quarters[index].end for index in by_end]
    extra: list[Period] = []
    for match in _ELLIPTICAL.finditer(text):
        # The last-listed quarter that ends at most 200 characters before the match.
        low = bisect.bisect_right(ends, match.start() - 200)
        high = bisect.bisect_right(ends, match.start())
        if low >= high:
            continue
        anchor = quarters[max(by_end[low:high])]
        number = ORDINAL_WORDS[match.group("q").lower()]
        year = anchor.value[:4] if anchor.value else None
        value = f"{year}-Q{number}" if year else None
        extra.append(Period(match.start(), match.end(), "quarter", value, quarter=number))
    return extra


def _is_comparison(text: str, start: int, ranged: bool = False, end: int = -1) -> bool:
    if end >= 0 and match_ahead(_REFERENCE_LEVEL_AFTER, text, end):
        return True  # "94.1% of its 2019 level": a year naming the level compared with
    if _REFERENCE_LEVEL_BEFORE.search(text, max(0, start - 30), start):
        return True  # "a retreat from the double-digit rates of 2023"
    window = max(0, start - 40)
    cue = _COMPARISON_BEFORE.search(text, window, start)
    if cue is None:
        return False
    word = cue.group().split()[0].lower() if cue.group().split() else ""
    return not (ranged and word in ("over", "from", "since", "as", "after", "following"))


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _group(match: regex.Match[str], name: str) -> str | None:
    value = match.group(name)
    return value if isinstance(value, str) else None


def _build(kind: str, match: regex.Match[str]) -> Period | None:
    start, end = match.span()
    year_text = _group(match, "y") if "y" in match.groupdict() else None
    year = int(year_text) if year_text and len(year_text) == 4 else None
    if year_text and len(year_text) <= 3:
        year = 2000 + int(year_text.lstrip("'"))
    month_text = _group(match, "m") if "m" in match.groupdict() else None
    if month_text and month_text.lower().startswith("may") and not month_text.startswith("May"):
        return None
    if month_text and month_text[0].islower() and kind in ("bare_month", "day"):
        return None
    if kind == "quarter_pair":  # "the second and third quarters": April to September
        first_q = ORDINAL_WORDS[(_group(match, "q1") or "").lower()]
        last_q = ORDINAL_WORDS[(_group(match, "q2") or "").lower()]
        if not 1 <= first_q < last_q <= 4:
            return None
        months = ((first_q - 1) * 3 + 1, last_q * 3)
        value = f"{year}-{months[0]:02d}/{year}-{months[1]:02d}" if year else None
        return Period(start, end, "month_range", value, months=months)
    if kind == "month_range":
        first, last = _month(match.group("m1")), _month(match.group("m2"))
        if first >= last:
            return None
        if year is None and match.group("y1"):
            year = int(match.group("y1"))
        value = f"{year}-{first:02d}/{year}-{last:02d}" if year else None
        return Period(start, end, kind, value, months=(first, last))
    if kind == "span":
        first, last = _month(match.group("m1")), _month(match.group("m2"))
        first_year, last_year = int(match.group("y1")), int(match.group("y2"))
        if (first_year, first) >= (last_year, last):
            return None
        return Period(start, end, kind, f"{first_year}-{first:02d}/{last_year}-{last:02d}")
    if kind == "until_end":
        first = _month(match.group("m1"))
        last_year = int(match.group("y2"))
        first_year = int(match.group("y1")) if match.group("y1") else last_year
        return Period(start, end, kind, f"{first_year}-{first:02d}/{last_year}-12")
    if kind == "quarter_to":
        assert month_text is not None
        last = _month(month_text)
        first = (last - 3) % 12 + 1
        if year is None:
            return Period(start, end, kind, None, months=(first, last)) if first < last else None
        first_year = year if first < last else year - 1
        return Period(start, end, kind, f"{first_year}-{first:02d}/{year}-{last:02d}")
    if kind == "year_end_relative":
        return Period(start, end, kind, None, month=12)
    if kind in ("day", "iso_day"):
        assert month_text is not None
        month = int(month_text) if month_text.isdigit() else _month(month_text)
        day = int(match.group("d"))
        if not 1 <= day <= 31:
            return None
        if year:
            return Period(start, end, kind, f"{year}-{month:02d}-{day:02d}")
        return Period(start, end, kind, None, month=month, day=day)
    if kind == "month":
        assert month_text is not None
        return Period(start, end, kind, f"{year}-{_month(month_text):02d}")
    if kind == "last_months":
        first = 13 - COUNT_WORDS[match.group("n").lower()]
        if first == 10:
            return Period(start, end, "quarter", f"{year}-Q4" if year else None, quarter=4)
        value = f"{year}-{first:02d}/{year}-12" if year else None
        return Period(start, end, kind, value, months=(first, 12))
    if kind == "first_months":
        count = COUNT_WORDS[match.group("n").lower()]
        last = count if match.group("u").lower() == "months" else count * 3
        if last > 12:
            return None
        value = f"{year}-01/{year}-{last:02d}" if year else None
        return Period(start, end, kind, value, months=(1, last))
    if kind == "quarter":
        number = _group(match, "qn")
        quarter = int(number) if number else ORDINAL_WORDS[match.group("q").lower()]
        return Period(start, end, kind, f"{year}-Q{quarter}" if year else None, quarter=quarter)
    if kind == "half":
        first_half = (_group(match, "h") or "").lower() == "first" or _group(match, "hn") == "1"
        months = (1, 6) if first_half else (7, 12)
        value = f"{year}-{months[0]:02d}/{year}-{months[1]:02d}" if year else None
        return Period(start, end, kind, value, months=months)
    if kind == "fiscal":
        return _fiscal(match, start, end)
    if kind == "year_end":
        return Period(start, end, kind, f"{year}-12")
    if kind == "relative_month":
        phrase = squash(match.group().lower())
        return Period(start, end, kind, None, month_offset=RELATIVE_MONTHS[phrase])
    if kind == "relative_year_end":
        offset = {"last": -1, "this": 0, "next": 1}[match.group("rel").lower()]
        return Period(start, end, kind, None, year_offset=offset, month=12)
    if kind == "relative_year":
        phrase = squash(match.group().lower())
        return Period(start, end, kind, None, year_offset=RELATIVE_YEARS[phrase])
    if kind == "year":
        return Period(start, end, kind, str(year))
    if kind == "next_year":  # "5.0% this year and 4.2% next"
        return Period(start, end, "relative_year", None, year_offset=1)
    if kind == "weekday":
        weekday = _group(match, "wd")
        if weekday is None or not weekday[0].isupper():
            return None
        return Period(start, end, kind, None, weekday=WEEKDAYS[weekday.lower()])
    if kind == "bare_month":
        assert month_text is not None
        return Period(start, end, kind, None, month=_month(month_text))
    return None


def _fiscal(match: regex.Match[str], start: int, end: int) -> Period | None:
    first_text = _group(match, "y1")
    if first_text:
        first = int(first_text)
        second = int(match.group("y2"))
        if (first + 1) % 100 != second:
            return None
        return Period(start, end, "fiscal", f"{first}-04/{first + 1}-03")
    label = _group(match, "fy")
    if label is None:
        return None
    year = int(label) if len(label) == 4 else 2000 + int(label)
    second_label = _group(match, "fy2")
    if second_label:
        return Period(start, end, "fiscal", f"{year}-04/{year + 1}-03")
    return Period(start, end, "fiscal", f"{year - 1}-04/{year}-03")


def shift(value: str, years: int = 0, months: int = 0, quarters: int = 0) -> str:
    """``value`` moved back or forward: ``shift("2023-10", years=-1) == "2022-10"``."""
    if "/" in value:
        first, last = value.split("/", 1)
        return f"{shift(first, years, months, quarters)}/{shift(last, years, months, quarters)}"
    parts = value.split("-")
    year = int(parts[0]) + years
    if len(parts) == 1:
        return str(year)
    if parts[1].startswith("Q"):
        index = year * 4 + int(parts[1][1:]) - 1 + quarters + (months // 3 if months else 0)
        return f"{index // 4}-Q{index % 4 + 1}"
    month_index = year * 12 + int(parts[1]) - 1 + months + quarters * 3
    shifted = f"{month_index // 12}-{month_index % 12 + 1:02d}"
    return f"{shifted}-{parts[2]}" if len(parts) == 3 else shifted


def year_of(value: str | None) -> int | None:
    """The (last) year a period value ends in: ``"2022-04/2023-03"`` -> 2023."""
    if not value:
        return None
    tail = value.split("/")[-1]
    head = tail[:4]
    return int(head) if head.isdigit() else None


def month_of(value: str | None) -> int | None:
    """The (last) month of a period value, if it names one."""
    if not value:
        return None
    parts = value.split("/")[-1].split("-")
    if len(parts) >= 2 and parts[1].isdigit():
        return int(parts[1])
    if len(parts) >= 2 and parts[1].startswith("Q"):
        return int(parts[1][1:]) * 3
    return None
