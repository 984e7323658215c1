"""Layout and document context: what in a text is no figure, and what a bare "$" means.

A :class:`DocumentLayout` is read once per text, before its figures: list markers and section
numbers at the start of a line ("1.", "2)", "3.1.1"), footnote marks after a figure ("[2]",
"(p)", "(1)"), the dateline that opens a news report ("WASHINGTON, Jan 5 (Reuters) -") and the
document's dollar: USD unless the caller says otherwise or the text writes a local dollar sign,
names a local dollar or a statistics office, central bank or government of a dollar country.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from decimal import Decimal

import regex

from statextract._patterns import alternation, compile_pattern, squash
from statextract.figures import Figure, FigureHints
from statextract.layers.period_grammar import Period, month_named, months_label
from statextract.lexicon._currencies import CURRENCY_WORDS, RAND_HINTS, YEN_HINTS
from statextract.lexicon._document import (
    BARE_DOLLAR_SIGNS,
    DOLLAR_WORDS,
    LOCAL_DOLLARS,
    SCALE_OR_UNIT_AFTER_MARKER,
)
from statextract.lexicon._periods import CROPS, MONTHS, ORDINAL_WORDS

Span = tuple[int, int]

_NOT_SCALE = rf"(?![ \t]+(?i:{alternation(SCALE_OR_UNIT_AFTER_MARKER)})\b)"
_MARKER = compile_pattern(
    rf"^[ \t]*(?P<marker>"
    rf"\d{{1,2}}(?:\.\d{{1,2}}){{1,3}}\.?(?=[ \t]+[A-Z]){_NOT_SCALE}"
    rf"|\d{{1,2}}[.)](?=[ \t]+[A-Z\"'(]){_NOT_SCALE}"
    rf"|\(\d{{1,2}}\)(?=[ \t]+[A-Z])"
    rf")",
    regex.MULTILINE,
)
"""A list marker or section number opening a line, followed by a capitalised word."""
_FOOTNOTE = compile_pattern(
    r"(?<=[\d%\w])(?P<mark>\(\d{1,2}\)|\[\d{1,3}\])"
    r"|(?<=[\d%])\s?(?P<mark>\((?:p|r|e|f|P|R|E|F)\))(?!\w)"
)
"""A footnote mark glued to a figure or word ("3.2%(1)", "growth[2]", "0.6% (p)")."""
_DATELINE = compile_pattern(
    r"^[ \t]*(?P<dateline>"
    r"(?:[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,3}"
    r"(?:,[ \t]*[A-Z][A-Za-z.'’-]+(?:[ \t]+[A-Z][A-Za-z.'’-]+){0,2})?"
    r"|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}(?=,[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d|\d)))"
    r"(?:,[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?(?:,?[ \t]+\d{4})?"
    r"|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?(?:[ \t]+\d{4})?))?"
    r"[ \t]*(?:\([A-Z][A-Za-z. ]{1,24}\))?[ \t]*(?:--|-|—|–|:)[ \t]+)"
    r"(?=[A-Z\"'“(])",
    regex.MULTILINE,
)
"""The dateline opening a report: a place in capitals (or a place and a date), an agency in
brackets, and a dash or colon ("NEW DELHI, Aug 12:", "TOKYO (AP) —")."""
_CURRENCIES = sorted(LOCAL_DOLLARS)
_SIGNALS = {
    code: compile_pattern(
        r"(?<![A-Za-z$])(?:" + alternation(words) + r")(?![A-Za-z])",
    )
    for code, words in LOCAL_DOLLARS.items()
}
_BARE_DOLLAR_AMOUNT = compile_pattern(r"(?<![A-Za-z$])\$\s?\d")
_CONVERSION_BEFORE = compile_pattern(
    r"\(\s*(?:about|around|roughly|some|approximately|or|equivalent\s+to)?\s*$", regex.I
)
_YEN = compile_pattern(r"\b(?:" + "|".join(YEN_HINTS) + r")\b", regex.IGNORECASE)
_NAMED_CROWNS = compile_pattern(
    r"\b(?:"
    + "|".join(k.replace(" ", r"\s+") for k in CURRENCY_WORDS if k.endswith("crowns"))
    + r")\b",
    regex.IGNORECASE,
)
_RAND = compile_pattern(r"\b(?:" + "|".join(RAND_HINTS) + r")\b", regex.IGNORECASE)
_DECIDED_BY_DOCUMENT = BARE_DOLLAR_SIGNS | DOLLAR_WORDS
_CENT_WORDS = frozenset({"cents", "cent"})
_CENTS_REACH = 80
"""How far after an amount in another currency a bare "cents" still counts its cents."""


@dataclass(frozen=True, slots=True)
class DocumentLayout:
    """What the layout of a text says before any figure is read."""

    markers: tuple[Span, ...] = ()
    """List markers and section numbers: no figures."""
    footnotes: tuple[Span, ...] = ()
    """Footnote marks after a figure or word: no figures."""
    datelines: tuple[Span, ...] = ()
    """Datelines of news reports: their date is the day of the report, not a period of a figure."""
    currency: str = "USD"
    """What a bare "$" (or "dollars") means in this text."""
    currency_source: str = "default"
    """``caller``, ``text`` or ``default``."""
    currency_evidence: Span | None = None
    """The words of the text that decided the currency."""
    yen: bool = False
    """The text is about Japan: "¥" is the yen, not the yuan."""
    headline: Span | None = None
    """The headline above the body: its figures are dated by the body."""
    fiscal_year_end: int = 3
    """The month a fiscal year ends in ("FY24" is April 2023 to March 2024 by default)."""
    company_calendar: bool = False
    """The text states a fiscal calendar of its own ("the fourth quarter, which ended on Jan. 31"):
    its quarters without a year are fiscal quarters."""
    fiscal_named_by_start: bool = False
    """A fiscal year takes the name of the year it starts in (Japan: "fiscal 2024" is April 2024
    to March 2025), not of the year it ends in."""

    source_line: Span | None = None
    """A first line naming where the figures come from ("Figures: ...", "Source: ..."): a
    citation, not text of the report."""
    rand: bool = False
    """The text is about South Africa: "R" glued to a number is the rand ("R21.59")."""
    crowns: str | None = None
    """What bare "crowns" are: the crowns the text names once ("Swedish crowns": SEK)."""
    crop_calendars: tuple[tuple[str, int], ...] = ()
    """Crops whose marketing years the text states one by one, each with the month its year
    ends in ("wheat" 5, "corn" 8): a crop's "2025/26" follows its own calendar."""
    fiscal_year_stated: bool = False
    """The text states the year it reports on ends in a month ("the year ended 30 June 2025",
    "the fiscal year ending March 2026"): its "full-year" figures are of that year."""

    @property
    def figure_hints(self) -> FigureHints:
        """What the figure reader needs to know of this document's money."""
        return FigureHints(yen=self.yen, rand=self.rand, crowns=self.crowns)

    def in_source_line(self, start: int) -> bool:
        """Whether ``start`` lies inside the source line."""
        return self.source_line is not None and self.source_line[0] <= start < self.source_line[1]

    def in_dateline(self, start: int) -> bool:
        """Whether ``start`` lies inside a dateline."""
        index = bisect.bisect_right(self.datelines, (start, 1 << 62)) - 1
        return index >= 0 and self.datelines[index][0] <= start < self.datelines[index][1]


def read_layout(text: str, currency: str | None = None) -> DocumentLayout:
    """The layout of ``text``; ``currency`` (an ISO-4217 code) overrides what a bare "$" means."""
    markers = tuple(match.span("marker") for match in _MARKER.finditer(text))
    footnotes = tuple(match.span("mark") for match in _FOOTNOTE.finditer(text))
    datelines = tuple(match.span("dateline") for match in _DATELINE.finditer(text))
    yen = _YEN.search(text) is not None
    if currency is not None:
        code, source, evidence = currency.upper(), "caller", None
    else:
        found, evidence = _local_dollar(text)
        code, source = (found, "text") if found is not None else ("USD", "default")
    headline = _headline(text)
    source_line = _source_line(text)
    year_end = _FISCAL_YEAR_END.search(text)
    fiscal_end, stated = _fiscal_calendar(text, code, year_end)
    by_start = (
        yen and fiscal_end == 3 and _FISCAL_NAMED_BY_END.search(text) is None
    ) or _named_by_start(year_end)
    return DocumentLayout(
        markers,
        footnotes,
        datelines,
        code,
        source,
        evidence,
        yen,
        headline,
        fiscal_end,
        stated,
        by_start,
        source_line,
        _RAND.search(text) is not None,
        _named_crowns(text),
        _crop_calendars(text),
        year_end is not None or stated or _YEAR_ENDED.search(text) is not None,
    )


def _crop_calendars(text: str) -> tuple[tuple[str, int], ...]:
    """The crops whose marketing years the text states, with the month each year ends in."""
    if "year" not in text:
        return ()
    return tuple(
        (found.group("crop").lower(), (MONTHS[found.group("m").lower().rstrip(".")] - 2) % 12 + 1)
        for found in _CROP_YEAR_START.finditer(text)
    )


def _named_by_start(year: regex.Match[str] | None) -> bool:
    """ "fiscal 2025, which ends in January 2026": a fiscal year named by the year it starts in
    (``year`` is the text's first statement of where its fiscal year ends)."""
    if year is None or year.group("fy") is None or year.group("ey") is None:
        return False
    return int(year.group("ey")) > int(year.group("fy"))


def _named_crowns(text: str) -> str | None:
    """The currency of bare "crowns" when the text names one kind ("1.20 billion Swedish crowns"
    ... "55.33 billion crowns")."""
    codes = {CURRENCY_WORDS[squash(m.group().lower())] for m in _NAMED_CROWNS.finditer(text)}
    return codes.pop() if len(codes) == 1 else None


def _source_line(text: str) -> Span | None:
    """The first non-blank line when it names where the figures come from ("Figures: ...")."""
    stripped = len(text) - len(text.lstrip())
    if not _SOURCE_LINE.match(text, stripped):
        return None
    end = text.find("\n", stripped)
    return stripped, len(text) if end < 0 else end


_MONTH = rf"(?P<m>{alternation(MONTHS)})\.?"
_ORDINAL = alternation(ORDINAL_WORDS)
_YEAR_ENDED = compile_pattern(
    rf"\byear\s+(?:ended|ending)\s+(?:(?:on\s+)?\d{{1,2}}\s+)?{_MONTH}", regex.IGNORECASE
)
"""A year said to end in a month ("the year ended 30 June 2025", "the year to June 30")."""
_FISCAL_YEAR_END = compile_pattern(
    rf"\b(?:fiscal|financial)\s+year\s+(?:\d{{4}}\s+)?(?:ends|ending|ended|to)\s+(?:in\s+|on\s+)?{_MONTH}"
    rf"|\bfiscal\s+(?:year|\d{{4}}),?\s+which\s+ran\s+from\s+(?:{alternation(MONTHS)})\.?\s+\d{{4}}\s+to\s+"
    rf"{_MONTH}"
    rf"|\bthe\s+year\s+ending\s+in\s+{_MONTH}\s+\d{{4}}"
    rf"|\bfiscal\s+(?:year\s+)?(?P<fy>\d{{4}}),?\s+which\s+(?:ends|ended|will\s+end)\s+"
    rf"(?:in\s+|on\s+)?{_MONTH}(?:\s+(?P<d>\d{{1,2}})\b)?(?:,?\s+(?P<ey>\d{{4}}))?"
    rf"|\bFYE\s+{_MONTH}",
    regex.IGNORECASE,
)
_GOVERNMENT_YEAR_ENDED = compile_pattern(
    rf"\b\d{{4}}[/-]\d{{2}}\s+(?:fiscal|financial)\s+year,?\s+which\s+(?:ends|ended)\s+"
    rf"(?:in\s+|on\s+)?{_MONTH}",
    regex.IGNORECASE,
)
"""A government's year named by two years and closed by its month ("the 2024/25 fiscal year,
which ended in June"): its years follow that calendar, its quarters stay calendar quarters."""
_YEAR_START = compile_pattern(
    rf"\b(?:(?:marketing|crop|fiscal|financial|school|academic)\s+years?(?:\s+\d{{4}})?"
    rf"|fiscal\s+\d{{4}}),?\s+"
    rf"(?:which\s+|that\s+)?(?:for\s+[\w\s,-]{{1,40}}?\s+)?"  # "which for corn and soybeans runs"
    rf"(?:also\s+)?(?:runs|run|ran|begins|begin|began|starts|start|started|opens|opened)\s+"
    rf"(?:on\s+|in\s+|from\s+)?"
    rf"{_MONTH}",
    regex.IGNORECASE,
)
_FISCAL_QUARTER_END = compile_pattern(
    rf"\b(?P<q>{_ORDINAL})[\s-]+quarter(?:\s+of\s+(?:its\s+)?fiscal\s+\d{{4}})?,?\s+(?:which\s+)?"
    rf"(?:ended|ending|ends)\s+(?:on\s+)?{_MONTH}(?:\s+(?P<d>\d{{1,2}})\b)?"
    rf"|\bfiscal\s+\d{{4}}\s+(?P<q>{_ORDINAL})\s+quarter\s+(?:ended|ending)\s+{_MONTH}"
    rf"|\b(?P<q>{_ORDINAL})[\s-]+quarter\b(?:[^.]|\.(?=\d)){{0,80}}?\bthree\s+months\s+"
    rf"(?:ended|ending)\s+"
    rf"(?:on\s+)?{_MONTH}",
    regex.IGNORECASE,
)
_CROP_YEAR_START = compile_pattern(
    rf"\b(?P<crop>{alternation(CROPS)})\b[^.;]{{0,40}}?\byears?,?\s+(?:(?:that|which)\s+)?"
    rf"(?:(?:runs?|begins?|starts?)\s+(?:from\s+|in\s+|on\s+)?{_MONTH}"
    rf"|from\s+{_MONTH}\s+(?:through|to|until)\s)",
    regex.IGNORECASE,
)
"""A crop's own marketing year ("its corn estimates years that run from September", "the
soybean marketing year runs from September through August, and its cotton year from August
through July")."""
_FISCAL_NAMED_BY_END = compile_pattern(
    r"\b(?:fiscal|financial)\s+year\s+(?:ended|ending|ends|to)\s+(?:in\s+)?"
    r"(?:(?-i:[A-Z])|the\s+end\b)|\bFY\s?\d",
    regex.IGNORECASE,
)
"""A text that names its fiscal years by their end ("the fiscal year ended March 2024", "FY24")
keeps that naming even about Japan."""
_YEAR_START_WORDS = ("arketing year", "rop year", "chool year", "cademic year", "iscal year",
                     "inancial year")  # fmt: skip
_HALF_YEAR_FISCAL = {"AUD": 6, "NZD": 6}
"""Fiscal years of governments and firms in these currencies' countries end in June."""


def _fiscal_calendar(text: str, currency: str, year: regex.Match[str] | None) -> tuple[int, bool]:
    """The month the text's fiscal year ends in, and whether the text states it itself
    (``year`` is the text's first statement of where its fiscal year ends, if any)."""
    states_year_start = any(word in text for word in _YEAR_START_WORDS) or (
        "iscal 20" in text and _YEAR_START.search(text) is not None
    )  # "fiscal 2026, which began on June 1"
    if (
        "iscal" not in text
        and "inancial" not in text
        and "FYE" not in text
        and "uarter" not in text
        and not states_year_start
    ):
        ended = _YEAR_ENDED.search(text)
        if ended is not None:  # "in the year ended 30 June 2025": a year that ends in June
            return MONTHS[ended.group("m").lower().rstrip(".")], False
        return _HALF_YEAR_FISCAL.get(currency, 3), False
    quarter = _FISCAL_QUARTER_END.search(text)
    stated = (
        (quarter.group("q"), quarter.group("m"), quarter.groupdict().get("d"))
        if quarter is not None
        else _quarter_then_months(text)
    )
    if stated is not None:
        ordinal, month, day = stated
        number = ORDINAL_WORDS[ordinal.lower()]
        last = MONTHS[month.lower().rstrip(".")]
        if day is not None:
            # "the fourth quarter ended Feb. 2": a 52/53-week year, the quarter of November to
            # January that runs a few days over
            last = month_named(last, int(day))
        return (last + 3 * (4 - number) - 1) % 12 + 1, True
    start = _YEAR_START.search(text) if states_year_start else None
    if start is not None:  # "the 2024/25 marketing year, which runs from September through August"
        month = MONTHS[start.group("m").lower().rstrip(".")]
        company = start.group().lower().startswith(("fiscal", "financial"))
        return (month - 2) % 12 + 1, company and month != 4
    if year is not None:
        month = MONTHS[year.group("m").lower().rstrip(".")]
        if year.group("d") is not None:
            month = month_named(month, int(year.group("d")))  # "which ended Feb. 1": January
        return month, month != 3
    government = _GOVERNMENT_YEAR_ENDED.search(text)
    if government is not None:
        month = MONTHS[government.group("m").lower().rstrip(".")]
        # governments close their years with a quarter; "the 2025/26 financial year, which ends
        # in February" is a retailer's, whose quarters are its own
        return month, month not in (3, 6, 9, 12)
    if _RUPEE_COMPANY.search(text) and (
        _INDIAN_FISCAL_YEAR.search(text) or _FISCAL_MONTHS_QUARTER.search(text)
    ):
        # an Indian company's "fourth quarter" of "2024-25" is January to March; its "third
        # quarter", told as "the October-December quarter", October to December
        return 3, True
    return _HALF_YEAR_FISCAL.get(currency, 3), False


_THREE_MONTHS_ENDED = compile_pattern(
    rf"\bthree\s+months\s+(?:ended|ending)\s+(?:on\s+)?{_MONTH}(?:\s+(?P<d>\d{{1,2}})\b)?",
    regex.IGNORECASE,
)
_ORDINAL_QUARTER = compile_pattern(rf"\b(?P<q>{_ORDINAL})[\s-]+quarter\b", regex.IGNORECASE)
_QUARTER_REACH = 600


def _quarter_then_months(text: str) -> tuple[str, str, str | None] | None:
    """ "posted first-quarter adjusted earnings ..." and, a paragraph on, "revenue for the three
    months ended April 30": the report's one quarter (its ordinal and last month) ends then."""
    months = _THREE_MONTHS_ENDED.search(text)
    if months is None:
        return None
    named = list(
        _ORDINAL_QUARTER.finditer(text, max(0, months.start() - _QUARTER_REACH), months.start())
    )
    if not named or len({m.group("q").lower() for m in named}) != 1:
        return None
    return named[-1].group("q"), months.group("m"), months.group("d")  # "ended Nov. 1": October


_RUPEE_COMPANY = compile_pattern(r"₹\s?[\d,.]+\s+crore|\bRs\.?\s?[\d,.]+\s+crore", regex.IGNORECASE)
_INDIAN_FISCAL_YEAR = compile_pattern(r"\b20\d\d-\d\d\b|\bFY\d\d\b")
_FISCAL_MONTHS_QUARTER = compile_pattern(
    r"\b(?:April|July|October|January)[-–](?:June|September|December|March)\s+quarter\b"
)
"""A quarter of an April-to-March year named by its months ("the October-December quarter")."""


def _crop_end(text: str, period: Period, layout: DocumentLayout) -> int | None:
    """The month a crop's marketing year ends in, when the sentence of ``period`` names one
    crop whose calendar the text states ("World wheat ending stocks for 2025/26")."""
    if not layout.crop_calendars:
        return None
    start = max(text.rfind(". ", 0, period.start), text.rfind("\n", 0, period.start)) + 1
    stops = [p for p in (text.find(". ", period.end), text.find("\n", period.end)) if p >= 0]
    sentence = text[start : min(stops, default=len(text))].lower()
    named = {end for crop, end in layout.crop_calendars if regex.search(rf"\b{crop}\b", sentence)}
    return named.pop() if len(named) == 1 else None


def apply_fiscal_calendar(periods: list[Period], layout: DocumentLayout, text: str) -> None:
    """Fiscal years named by their year follow the document's calendar ("fiscal 2024" of a firm
    whose year ends in January is February 2023 to January 2024); where the text states a
    calendar of its own, its yearless quarters are fiscal quarters; a crop whose marketing year
    the text states keeps its own calendar in the sentences that name it."""
    end = layout.fiscal_year_end
    for period in periods:
        if (
            period.kind == "year_to"
            and period.fiscal
            and period.value is None
            and not period.months
        ):
            period.months = (end % 12 + 1, end)  # "this fiscal year" on the document's calendar
        if (
            period.kind == "whole_year"
            and period.same_fiscal_end is None
            and layout.fiscal_year_stated
            and end != 12
        ):
            period.same_fiscal_end = 0  # "full-year profit" of a firm whose year ends in June
        if period.same_fiscal_end is not None:
            period.same_fiscal_end = end  # "the same quarter of fiscal 2024"
        if period.fiscal_year is not None:
            last = _crop_end(text, period, layout) or end  # a crop's own marketing year
            year = period.fiscal_year + (1 if layout.fiscal_named_by_start and last != 12 else 0)
            period.value = (
                str(year) if last == 12 else f"{year - 1}-{last % 12 + 1:02d}/{year}-{last:02d}"
            )
            if period.fiscal_part is not None:
                # "the first seven months of the 2024-25 fiscal year": months of that year
                first = (year - 1) * 12 + last if last != 12 else year * 12
                low, high = (first + part - 1 for part in period.fiscal_part)
                period.value = months_label(low, high)
            if period.kind == "year_to":
                period.trailing_month = f"{year}-{last:02d}"
        elif (
            layout.company_calendar
            and end != 12
            and period.kind == "quarter"
            and period.value is None
            and period.quarter is not None
        ):
            first = (end + 3 * (period.quarter - 1)) % 12 + 1
            last = (first + 1) % 12 + 1
            period.quarter = None
            period.months = (first, last)
            period.kind = "fiscal_quarter"
        elif layout.company_calendar and end != 12 and period.kind == "relative_quarter":
            period.months = (end % 12 + 1, end)  # "this quarter" of a fiscal calendar


_SOURCE_LINE = compile_pattern(r"(?:Figures|Source|Sources):\s")
_HEADLINE_END = compile_pattern(r"[.:;]$")
_MAX_HEADLINE = 250


def _headline(text: str) -> Span | None:
    """The first line of a text when it reads as a headline: short, no final full stop, and
    followed by a blank line or the dateline of the body (a first "Figures:" line is skipped)."""
    position = 0
    for _ in range(3):
        end = text.find("\n", position)
        if end < 0:
            return None
        line = text[position:end].strip()
        if not line:
            position = end + 1
            continue
        if _SOURCE_LINE.match(line):
            position = end + 1
            continue
        following = text[end + 1 : end + 2]
        if (
            len(line) <= _MAX_HEADLINE
            and not _HEADLINE_END.search(line)
            and (following in ("\n", "\r") or _DATELINE.match(text, end + 1, end + 200) is not None)
        ):
            start = position + (len(text[position:end]) - len(text[position:end].lstrip()))
            return start, start + len(line)
        return None
    return None


def mark_layout(figures: list[Figure], layout: DocumentLayout) -> None:
    """Numbers of list markers, footnote marks and the source line are no statistics."""
    for figure in figures:
        if layout.in_source_line(figure.number_start):
            figure.nonstat = "source"
    for spans, reason in ((layout.markers, "marker"), (layout.footnotes, "footnote")):
        if not spans:
            continue
        for figure in figures:
            index = bisect.bisect_right(spans, (figure.number_start, 1 << 62)) - 1
            if index >= 0 and spans[index][0] <= figure.number_start < spans[index][1]:
                figure.nonstat = reason


def settle_currency(text: str, figures: list[Figure], layout: DocumentLayout) -> None:
    """Give figures written with a bare "$" or "dollars" the document's dollar.

    A bare "$" amount in brackets right after a local-dollar amount keeps USD: it is the
    amount's conversion ("A$1.5 billion ($1 billion)").
    """
    previous: Figure | None = None
    for figure in figures:
        if (
            layout.currency != "USD"
            and figure.currency == "USD"
            and figure.currency_sign in _DECIDED_BY_DOCUMENT
            and not (
                previous is not None
                and figure.left - previous.end < 24
                and is_conversion_of_local(text, figure.left, previous.currency)
            )
        ):
            figure.currency = layout.currency
            figure.unit = layout.currency
        elif (
            figure.currency == "USD"
            and figure.currency_sign in _CENT_WORDS
            and previous is not None
            and previous.currency not in (None, "USD")
            and figure.left - previous.end < _CENTS_REACH
        ):
            # "€1.2 billion, or 80 cents a share": cents of the currency just named
            figure.currency = previous.currency
            figure.unit = previous.currency
        if figure.currency is not None:
            previous = figure


def _local_dollar(text: str) -> tuple[str | None, Span | None]:
    """The local dollar the text signals most often (ties: the one named first). A local sign
    ("HK$72.05") in a text that also writes bare "$" amounts sets those apart: alone, it does
    not make a bare "$" local."""
    best: tuple[int, int, str, Span] | None = None
    bare = _BARE_DOLLAR_AMOUNT.search(text) is not None
    for code in _CURRENCIES:
        found = list(_SIGNALS[code].finditer(text))
        if bare and all(match.group().endswith("$") for match in found):
            continue
        if not found:
            continue
        key = (len(found), -found[0].start(), code, found[0].span())
        if best is None or key[:2] > best[:2]:
            best = key
    if best is None:
        return None, None
    return best[2], best[3]


def is_conversion_of_local(text: str, start: int, previous_currency: str | None) -> bool:
    """A bare "$" amount in brackets right after a local-dollar amount is its US conversion."""
    if previous_currency is None or previous_currency == "USD":
        return False
    return _CONVERSION_BEFORE.search(text, max(0, start - 16), start) is not None


_PENCE_AFTER = compile_pattern(r"p(?![\w%])")
_BRITISH_MONEY = compile_pattern(r"£|\bpence\b|\bsterling\b|\bFTSE\b", regex.IGNORECASE)


def settle_pence(text: str, figures: list[Figure]) -> None:
    """In a text about British money, a "p" glued to a number is pence ("closed at 1,585.5p" is
    15.855 GBP)."""
    if _BRITISH_MONEY.search(text) is None:
        return
    for figure in figures:
        if (
            (figure.nonstat and figure.nonstat != "code")
            or figure.kind != "digits"
            or figure.value is None
            or figure.currency is not None
            or figure.scale_text
            or figure.end != figure.number_end
            or (figure.start > 0 and text[figure.start - 1].isalpha())  # "A320p" is a code
            or _PENCE_AFTER.match(text, figure.end, figure.end + 8) is None
        ):
            continue
        figure.nonstat = None  # "1,585.5p" read as a code
        figure.value = figure.value / 100
        figure.currency = figure.unit = "GBP"
        figure.currency_sign = "p"
        figure.unit_text = "p"
        figure.explicit_unit = True
        figure.end += 1


_OIL_TEXT = compile_pattern(r"b/d|\b(?:bpd|barrels?|bbl|crude|oil|opec)\b", regex.IGNORECASE)
_BARRELS_WRITTEN = {"mb": Decimal(10) ** 6, "kb": Decimal(10) ** 3}


def settle_oil_volumes(text: str, figures: list[Figure]) -> None:
    """In a text about oil, "mb" and "kb" are millions and thousands of barrels ("stocks fell by
    36.4 mb to 2,799 mb"), not megabytes and kilobytes."""
    if _OIL_TEXT.search(text) is None:
        return
    for figure in figures:
        factor = _BARRELS_WRITTEN.get(figure.unit_text.lower())
        if factor is None or figure.value is None or figure.unit not in ("megabyte", "kilobyte"):
            continue
        value = figure.value * factor
        figure.value = value.normalize() if value == value.to_integral_value() else value
        figure.unit = "barrel"
