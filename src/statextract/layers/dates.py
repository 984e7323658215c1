"""The date of each fact and the period its change compares with.

Dates come from the nearest period of the figure's clause or sentence, else from the date in
force, which a sentence with facts hands on to the next. Earlier values ("up from 3.7% a year
earlier") are dated back from the fact they precede. Relative periods ("year-on-year", "in
April", "last year") are resolved against the fact's date or against the publication date.
"""

from __future__ import annotations

import datetime as dt
import itertools

import regex

from statextract._patterns import (
    LIST_JOIN,
    NOW_APPOSITIVE,
    RESTATED_JOIN,
    SINCE_AFTER,
    alternation,
    compile_before,
    compile_pattern,
    match_ahead,
)
from statextract.figures import Figure
from statextract.layers.drafts import (
    ATTRIBUTIVE_BEFORE,
    MOM,
    QOQ,
    RATE_UNITS,
    WOW,
    YOY,
    Context,
    Draft,
    clause_bounds,
    metric_text,
    range_low,
)
from statextract.layers.period_grammar import (
    SAME,
    iso_week_days,
    month_index,
    month_label,
    months_label,
)
from statextract.layers.periods import (
    Period,
    covered_months,
    month_of,
    month_span,
    shift,
    year_of,
)
from statextract.layers.sentences import Sentence
from statextract.lexicon._changes import (
    DECREASE_VERBS,
    FREQUENCY_ADJECTIVES,
    FREQUENCY_CHANGE_NOUNS,
    FREQUENCY_MODIFIER_STOPS,
    INCREASE_VERBS,
    STALL_VERBS,
)
from statextract.lexicon._metrics import (
    CLAUSE_VERBS,
    FLOW_VERBS,
    FLOW_WORDS,
    HELD_STOCK_NOUNS,
    MARKET_INSTRUMENTS,
    STOCK_FLOW_NOUNS,
)
from statextract.lexicon._numbers import ARTICLE_NUMBERS, UNITS
from statextract.lexicon._periods import FUTURE_CUES, FUTURE_VERBS

_I = regex.IGNORECASE
_CLAUSE_VERB = compile_pattern(rf"\b(?:{alternation(CLAUSE_VERBS)})\b", _I)
_YEAR_TO_BEFORE = compile_before(
    r"\b(?:year|12\s+months|twelve\s+months)\s+(?:to|ending|ended|through|until)\s+"
    r"(?:in\s+|the\s+end\s+of\s+)?$",
    _I,
)
_FLOW_WORDS = compile_pattern(rf"\b(?:{alternation(FLOW_WORDS)})\b", _I)
_FLOW_VERB = compile_pattern(rf"\b(?:{alternation(FLOW_VERBS)})\b", _I)
_FLOW_VERB_AFTER = compile_pattern(
    rf"(?:\s+[a-z][\w-]*){{0,3}}?\s+(?:had\s+|have\s+)?(?:{alternation(FLOW_VERBS)})\b", _I
)
_FORECAST_CLAUSE = compile_pattern(
    r"\b(?:forecasts?|forecasting|expects?|expected|projects?|projected|predicts?|guided|sees|"
    r"outlook|guidance|will|would|could|might|intends?|intended|plans?\s+to)\b",
    _I,
)
_FROM_NEAR = compile_before(
    r"\bfrom\s+(?:(?:an?|the)\s+)?(?:(?:average|level|peak|high|low)\s+of\s+)?$", _I
)  # "sees Brent rising from an average of $81 in December": where the forecast starts from
_GUIDANCE = compile_pattern(
    r"(?<!\b(?:had|have|has|the|a|an|its|their|median|average|consensus|latest|previous|earlier|"
    r"beat|beats|beating|topped|tops|topping|missed|misses|missing|exceeded|exceeds|exceeding|"
    r"than|above|below|of|with|trails|trailed|surpassed|surpasses|outpaced|outpaces|"
    r"increase|rise|fall|decline|drop|gain|growth|contraction|expansion|reading)\s)"
    r"(?<!\d%?\s)"  # "the 0.1% increase forecast in the poll" names a figure; it is no future
    r"\b(?:forecast|forecasts|expects|projects|sees|guides|targets|"
    r"predicts|anticipates)\b",
    _I,
)
_FUTURE = compile_pattern(
    rf"\b(?:{alternation(FUTURE_CUES)})\b"
    rf"|\b(?:{alternation(FUTURE_VERBS)})\s+(?:[\w'’-]+\s+){{0,4}}?to\s+(?!date\b)[a-z]",
    _I,
)
_DEADLINE_BEFORE = compile_before(r"\bby\s+(?:the\s+end\s+of\s+)?$", _I)
"""A deadline after its figure ("3.2% by December"): the month ahead, not the one past."""
_ENDING_WORD = compile_pattern(r"\b(?:ending|ended)\b", _I)
_OF_GDP = compile_pattern(r"(?:gross\s+domestic\s+product|GDP|economic\s+output|output)", _I)
_YEAR_TO_CUE = compile_pattern(r"\b(?:year|months)\s+(?:to|ending|ended)\b", _I)
_BRACKET_CLOSE = compile_pattern(r"\s*\)")
_OWNED_GAP = compile_pattern(
    r"(?:\s+(?:a|per)\s+(?:diluted\s+)?share\b)?"  # "66 cents a share in 2023"
    r"(?:,?\s+respectively)?"  # "+0.5% and +0.7% respectively in the first quarter"
    r"(?:\s+(?:again|too|also|as\s+well))?"  # "1.8% again in 2026"
    r"(?:,\s*or\s+(?:about\s+)?[$€£¥₹]?\d[\d.,]*(?:\s+(?:cents|pence|percent|per\s+cent))?%?"
    r"(?:\s+(?:a|per)\s+(?:diluted\s+)?share)?(?=,))?"  # ", or 94 cents,": a restatement between
    r"[\s,]*(?:(?:year-on-year\s+|annual\s+|monthly\s+)?(?:increase|rise|gain|growth|jump|surge|"
    r"drop|fall|decline|decrease|slump|dip|pace|rate|clip|level|reading|contraction|expansion|"
    r"rebound|slide|plunge|loss|advance)\s+)?"
    r"(?:(?:recorded|reported|seen|posted|harvested|produced|planted|sold|shipped|registered|"
    r"collected|exported|imported|earned|booked|logged|delivered|installed|deployed|built|"
    r"generated|consumed|issued|approved|completed|added|created|lost)\s+)?"
    r"(?:(?:people|persons|users|workers|tonnes|barrels|units|residents|(?-i:[a-z]{3,}s))\s+)?"
    r"(?:in|on|of|as\s+of|at\s+the\s+end\s+of|by\s+the\s+end\s+of|by|during|for|over)?\s*"
    r"(?:the\s+)?"
    r"(?:(?:whole|full|entire)\s+(?:of\s+)?)?"  # "3.2 percent for the whole of 2024"
    r"(?:(?:12|twelve|three|six)\s+months\s+(?:to|ending|ended)\s+|year\s+to\s+)?",
    _I,
)
_CLAUSE_AFTER = compile_pattern(
    r",?\s+(?:it|they|he|she|we|the\s+[\w-]+|[A-Z][\w-]+)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:was|were|is|are|had|has|reached|rose|fell|stood|hit|climbed|dropped|grew)\b"
)
_RECORDING_VERBS = alternation(
    [*CLAUSE_VERBS, "seen", "logged", "announced", "posted", "booked", "delivered", "shipped",
     "sold", "built", "produced", "issued", "approved", "registered", "achieved", "notched"]
)  # fmt: skip
"""Verbs of a clause that records a figure ("the 2.6% drop recorded in October")."""
_RECORDED_GAP = compile_pattern(
    rf",?(?:\s+[a-z][\w-]*){{0,6}}?\s+(?:{_RECORDING_VERBS})\s+"
    r"(?:(?:in|during|for|on)\s+(?:the\s+)?)?",  # "... it touched on Tuesday": the period
    # may hold its own "on"
    _I,
)
_REPORT_POSSESSIVE = compile_pattern(
    r"['’]s?\s+(?:report|forecast|estimate|projection|outlook|survey|release|assessment|"
    r"statement|update|edition)s?\b",
    _I,
)
"""A period that names a report ("last month's report"), not a period compared with."""
_PRONOUN_CLAUSE_GAP = compile_pattern(
    rf"(?:\s+[a-z][\w-]*)?\s+(?:it|they|which|that)\s+(?:had\s+|has\s+)?"
    rf"(?:{_RECORDING_VERBS})\s+"
    r"(?:(?:in|during|for|on)\s+(?:the\s+)?)?",
    _I,
)
_FROM_CUE = compile_before(r"(?:\bfrom\s+(?:a\s+|an\s+|the\s+)?(?:revised\s+)?|\(\s*)$", _I)
_WHEN_AFTER = compile_pattern(r",?\s+when\b", _I)
_COMPARED_FIGURE = compile_pattern(
    r"\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:[^.;\d]{0,25}?)(?=[$€£¥₹]|\d)"
    r"|\b(?:up|down)\s+from\s+(?:(?!\bto\b)[^.;\d]){0,30}?(?=[$€£¥₹]|\d)",
    _I,
)
"""A comparison with another figure: "compared with $9.9 billion", "versus a loss of 4.36", "up
from an annual increase of 3.7%"."""
_DAY_KINDS = frozenset({"day", "iso_day", "weekday", "day_span", "report_day"})
_PLUPERFECT = compile_pattern(
    r"\bhad\s+(?:been|risen|fallen|grown|slowed|eased|climbed|dropped|declined|increased|"
    r"decreased|jumped|expanded|contracted|stood|reached|hit|slipped|edged|shown|showed|"
    r"predicted|forecast|estimated|reported|indicated|suggested)\b",
    _I,
)
"""A past before the past ("Growth had been 4% in the April-June quarter"): background."""
_PAST_TENSE = compile_pattern(
    r"\b(?:averaged|was|were|rose|fell|grew|climbed|dropped|declined|increased|decreased|"
    r"stood|reached|totalled|totaled|amounted|came|ended|closed|posted|reported|recorded|"
    r"made|earned|generated)\b",
    _I,
)
"""A clause verb in the past: its yearless period has begun by publication."""
_PAST_JOINT = compile_pattern(r"\b(?:after|as|when|because|since|while|but|though|although)\s+", _I)
"""A conjunction that may open a clause of its own, in the past, after a forecast."""
_AFTER_DOING = compile_pattern(r"after\s+(?-i:[a-z]+ing)\b", _I)
"""A clause of a done deed: "forecast third-quarter revenue ... after posting a 22% jump"."""
_AND_VERB = compile_pattern(r"\band\s+(?:also\s+)?(?:[a-z]+ed|said|saw|posted|made)\b", _I)
_RELATIVE_CLAUSE = compile_pattern(r"[^.;]*?,\s*(?:where|whose)\b", _I)
"""A relative clause after a figure: what it says of a period is background."""
_REVISED_AFTER = compile_pattern(
    r"(?:\s+[a-z][\w'’-]*){0,2}?\s+(?:was|were|has\s+been|have\s+been|had\s+been)"
    r"\s+(?:(?:also|sharply|slightly)\s+)?revised\b",
    _I,
)
"""A period whose figures are being revised ("Data for May was revised up to ...") is background:
it dates its sentence only."""
_NOW = compile_pattern(
    r"\b(?:now|currently|at\s+present)\b(?!\s+(?:expects?|sees?|forecasts?))", _I
)
_NOW_LEVEL_BEFORE = compile_before(NOW_APPOSITIVE, _I)
"""A level set off as the present one: ", currently 4.10 per cent,"."""
_WHEN_GAP = compile_pattern(
    r"(?:\s+(?-i:[A-Z][\w'’-]*)){0,2},?\s+when\s+(?:[a-z][\w'’-]*\s+){0,10}", _I
)  # "the 1971 Census, when 12.4 million people were counted"
_RANGE_HIGH_AFTER = compile_pattern(r"\s*(?:[-–]|to)\s*[$€£¥₹]?[\d.,]+\d%?", _I)
_BRACKET_GAP = compile_pattern(r"\s*\(\s*(?:about|around|roughly|some|nearly)?\s*", _I)
_RANGE_KINDS = frozenset({"month_range", "span", "window"})
_BETWEEN_BEFORE = compile_before(r"\bbetween\s+$", _I)
_AND_GAP = compile_pattern(r"\s+and\s+", _I)


def _between_pair(
    text: str, pool: list[Period], own: Period | None
) -> tuple[Period, Period] | None:
    """ "between the third quarter of 2024 and the third quarter of 2025": two periods of their
    own joined by "between ... and", when ``own`` is one of them."""
    if own is None:
        return None
    for first, second in itertools.pairwise(pool):
        if (
            own in (first, second)
            and first.kind not in _RANGE_KINDS
            and _BETWEEN_BEFORE.match(text, max(0, first.start - 12), first.start)
            and _AND_GAP.fullmatch(text, first.end, second.start)
        ):
            return first, second
    return None


_AND = compile_pattern(r"\sand\s")
_CURRENT_BEFORE = compile_before(
    r"\b(?:from|at|of|than|with)\s+(?:the|its|their)\s+current\s+"
    r"(?:(?:level|rate|range|reading|target)\s+of\s+)?$",
    _I,
)
"""A level named as the current one ("from the current 4.25%-4.50% range"): dated now."""
_PERIOD_NOUN_OF = compile_pattern(
    r"(?:'s)?\s+(?:[a-z-]+\s+){0,2}?(?:estimate|level|average|total|figure|reading|peak|high|"
    r"low|record|value|tally|count)\s+of\s+(?:(?:about|around|nearly|some|roughly|just|almost|"
    r"more\s+than|over)\s+)?",
    _I,
)
"""Between a period and the figure of the noun it names ("the May 2024 estimate of", "a 2024
total of", "the 2019 average of")."""
_TARGET_NOUN_OF = compile_pattern(
    r"\s+(?:(?!(?:to|a|an|the|at|in|of|by|from|with|and|was|were|is)\b)[a-z-]+\s+){0,2}?"
    r"(?:target|guidance|forecast|outlook|projection|goal)\s+of\s+"
    r"(?:(?:about|around|nearly|some|roughly|just|almost|more\s+than|over|between)\s+)?",
    _I,
)
"""Between a year and the figure of the target it names ("its 2025 target of", "its 2025
shipments guidance of"): the year the target is for (a month names when a forecast was made)."""
_GAPPED_ITEM_OPENING = compile_pattern(r"\s*(?:and|or)\s+(?:(?:about|around|nearly|some)\s+)?$", _I)
"""A clause that is only a list item joined to the one before, with no verb of its own."""
_REACH_BEFORE = compile_before(r"\bto\s+(?:reach|hit|total|stand\s+at)\s+$", _I)
_QUARTER_WORD = compile_pattern(r"\bquarters?\b", _I)


def _quarter_of(month: str) -> str:
    """The quarter a month ("2024-09") falls in: ``"2024-Q3"``."""
    return f"{month[:4]}-Q{(int(month[5:7]) - 1) // 3 + 1}"


_FROM_BEFORE = compile_before(r"\bfrom\s+$", _I)
_STEP_COUNT = r"(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_STEP_UNIT = r"(?P<unit>year|month|quarter|week|day)s?"
_STEPS_BACK = rf"{_STEP_COUNT}\s+{_STEP_UNIT}\s+(?:earlier|ago|before|previously)"
"""A time back from the period in force: "a year earlier", "three months before", "a week ago"."""
_LATER_AFTER = compile_pattern(rf"[\s,]*{_STEP_COUNT}\s+{_STEP_UNIT}\s+later\b", _I)
"""A time forward from the period before ("1.8% a year later")."""
_THAN_STEPS_BACK = compile_pattern(
    rf"\b(?:than|from|on|over|compare[sd]?\s+with|compare[sd]?\s+to|against)\s+(?:the\s+level\s+)?"
    rf"{_STEPS_BACK}",
    _I,
)
_EARLIER_OPENER = compile_pattern(
    rf"\W*(?:{_STEPS_BACK}|"
    r"in\s+the\s+(?:previous|prior|preceding)\s+(?P<unit>year|month|quarter)|"
    r"in\s+the\s+(?:same|corresponding)\s+(?:period|month|quarter|week)\s+(?:of\s+)?"
    r"(?:last|the\s+previous|the\s+prior|a)\s+(?P<unit>year)|"
    r"(?:the|in\s+the)\s+(?P<unit>year|month|quarter)\s+before)\b",
    _I,
)
_POSSESSIVE_GAP = compile_pattern(r"'s\s+", _I)
_EARLIER_AFTER = compile_pattern(
    r"(?:\s+(?:a|per)\s+(?:diluted\s+)?share\b)?"  # "85 cents a share a year earlier"
    r"(?:\s+(?:it|they|we)\s+(?:had\s+)?(?!(?:reported|said|published|announced|estimated|"
    r"forecast|projected|expected)\b)(?-i:[a-z]+)(?=\s+an?\s))?"  # "the 35.5 million it flew a"
    r"[\s,]*(?P<respectively>respectively[\s,]+)?"
    r"(?:(?:increase|rise|gain|growth|jump|surge|drop|fall|decline|decrease|pace|clip|rate|"
    r"expansion|contraction)\s+)?"
    rf"(?:in\s+|over\s+|during\s+|of\s+|seen\s+|recorded\s+)?"
    rf"(?:the\s+{SAME}\s+(?:period|month|quarter|week|half|time)\s+"
    r"(?:of\s+)?(?:last|a|the\s+previous|the\s+prior)\s+(?P<unit>year)"
    rf"|{_STEPS_BACK}|the\s+(?:previous|prior|preceding|same)\s+"
    r"(?P<unit>year|month|quarter)|the\s+(?:previous|prior|preceding)\s+(?P<unit>week)\b"
    r"|the\s+(?:previous|prior|preceding)\s+(?P<n>three|3|six|6)[\s-]+"
    r"(?P<unit>month)(?:s|-period|\s+period)|last\s+(?P<unit>year)|the\s+(?P<unit>year|month|quarter|week)"
    r"[-\s](?:earlier|ago|before)(?:\s+(?:quarter|period|month))?|the\s+same\s+period\s+(?:of\s+)?"
    r"(?:last|a|the\s+previous)\s+(?P<unit>year))",
    _I,
)
_ANNUAL_RATE = compile_pattern(r"\bannual\s+(?:growth|increase|rise|gain|decline|fall|rate)\b", _I)


def _frequency_change(adjectives: tuple[str, ...]) -> regex.Pattern[str]:
    """A change noun named by its step ("annual increases", "quarterly house price growth"); after
    modifiers a plural followed by "to", "by" or a number is a verb ("annual inflation rises to
    3%")."""
    stops = alternation(FREQUENCY_MODIFIER_STOPS)
    nouns = alternation(FREQUENCY_CHANGE_NOUNS)
    modifier = rf"\s+(?!(?:{stops})(?![\w-]))\p{{L}}[\p{{L}}'’-]*"
    return compile_pattern(
        rf"(?<![\w-])(?:{alternation(adjectives)})"
        rf"(?:\s+(?:{nouns})(?:e?s)?|(?:{modifier}){{1,2}}\s+(?:{nouns})"
        rf"(?:e?s(?!\s+(?:to|by|from|again)\b|\s+[+-]?\d))?)(?![\w-])",
        _I,
    )


_PREPOSITION_BEFORE = compile_before(
    r"\b(?:to|of|for|behind|from|into|despite|amid)\s+(?:(?:the|this|that|its|their|a|an)\s+)?"
    r"(?:[\w-]+\s+)?$",
    _I,
)
_FREQUENCY_CHANGES: dict[str, regex.Pattern[str]] = {
    step: _frequency_change(words) for step, words in FREQUENCY_ADJECTIVES.items()
}
_NOUNS_AFTER_STEP = alternation(FREQUENCY_CHANGE_NOUNS)
_ATTRIBUTIVE_STEP: dict[str, tuple[regex.Pattern[str], regex.Pattern[str]]] = {
    step: (
        compile_pattern(
            rf"\s+(?:{alternation(words)})\s+(?:{_NOUNS_AFTER_STEP})(?:e?s)?(?![\w-])", _I
        ),
        compile_before(rf"\ban?\s+(?:{alternation(words)})\s+$", _I),
    )
    for step, words in FREQUENCY_ADJECTIVES.items()
}
"""A step that qualifies the figure itself: "a 0.2% quarterly gain", "fell by an annual 5.3%"."""
_SAME_AS_BEFORE = compile_before(r"\bas\s+(?:in\s+|at\s+|for\s+)?(?:the\s+)?$", _I)
_HAS_KEPT_BEFORE = compile_before(
    r"\b(?:has|have)\s+(?:(?:kept|held|left|maintained)\s+(?:[\w'’-]+\s+){0,5}?(?:at|steady\s+at)"
    r"|(?:stood|been|remained|stayed)(?:\s+(?:steady|unchanged))?(?:\s+at)?)\s+$",
    _I,
)
_THE_SAME_AS_BEFORE = compile_before(
    r"\bthe\s+same\s+(?:level\s+|rate\s+|reading\s+)?as\s+(?:in\s+|at\s+|for\s+)?(?:the\s+)?$", _I
)
"""A level "the same as in October" compares with October (not "rose 3%, as in October")."""
_STABLE_COMPARED_BEFORE = compile_before(
    r"\b(?:stable|unchanged|flat|steady)\s+(?:compared\s+(?:with|to)|from|on|versus|against|"
    r"relative\s+to)\s+(?:the\s+)?$",
    _I,
)
_SUPERLATIVE_SINCE = compile_before(
    r"\b(?:first|highest|lowest|biggest|largest|smallest|fastest|slowest|strongest|weakest|"
    r"most|least|best|worst|steepest|sharpest|record)\b[\w\s-]{0,25}\bsince\s*$",
    _I,
)
_SAME_PERIOD_OF = compile_before(
    rf"{SAME}\s+(?:period|month|quarter|week|time)\s+(?:of|in)\s+$", _I
)


def _last_day(value: str | None) -> dt.date | None:
    """The last day of a day or a span of days ("2025-02-01/2025-02-07" -> Feb. 7)."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.split("/")[-1])
    except ValueError:
        return None


def _latest_iso_week(week: int, context: Context, reference: str | None) -> str | None:
    """A numbered week without a year: of the reference's year when a week of it is compared
    with, else the latest such week begun by publication ("week 52" said on 3 January 2025 is
    2024-12-23/2024-12-29)."""
    year = year_of(reference) if reference else None
    if year is not None:
        return iso_week_days(year, week)
    issued = context.published
    if issued is None:
        return iso_week_days(context.year, week) if context.year else None
    for candidate in (issued.year, issued.year - 1):
        days = iso_week_days(candidate, week)
        if days is not None and dt.date.fromisoformat(days[:10]) <= issued:
            return days
    return None


def _resolve(
    period: Period,
    context: Context,
    reference: str | None = None,
    future: bool = False,
    past: bool = False,
    earlier: bool = False,
) -> str | None:
    """The value of ``period`` for a fact: a missing year comes from ``reference`` (a date the
    period is compared with), the date in force or the publication date; a period named in a
    forecast (``future``) lies ahead of that date, one named otherwise lies before it."""
    year = year_of(reference) if reference else None
    if year is None:
        year = context.year
    # "last year", "the second quarter of this year"; "the year as a whole" is the year in force
    if period.kind == "whole_year" and period.same_fiscal_end and period.same_fiscal_end != 12:
        # "For the full fiscal year" after a quarter that ended Nov. 29: the fiscal year
        base = reference or context.date or context.main_date
        base_span = month_span(base)
        if base_span is not None:
            last = base_span[1] + (period.same_fiscal_end - 1 - base_span[1] % 12) % 12
            return months_label(last - 11, last)
        if context.published is not None:
            # "Toyota cut its full-year forecast", said in August: the year to next March;
            # "BHP full-year profit falls", said in August: the year that ended in June
            issue_month = month_index(context.published)
            last = issue_month + (period.same_fiscal_end - 1 - issue_month % 12) % 12
            if not future and last > issue_month:
                last -= 12
            return months_label(last - 11, last)
    if period.current and period.months is not None and context.published is not None:
        # "the current financial year", said in May 2025 of a year to March: to March 2026
        day_of_issue = context.published
        last_year = (
            day_of_issue.year if day_of_issue.month <= period.months[1] else day_of_issue.year + 1
        )
        last = last_year * 12 + period.months[1] - 1
        return months_label(last - 11, last)
    relative = period.year_offset is not None and period.kind != "whole_year"
    if relative and context.published is not None:
        return period.resolve(context.published.year)
    if period.kind == "same_of":
        # "5.17% in the same quarter of 2023": the quarter in force, in 2023
        base = reference or context.date or context.main_date
        main = context.main_date
        if (
            reference
            and main
            and _granularity(reference) == _granularity(main)
            and not _ends_after_publication(main, context)
        ):
            base = main  # "5.17% in the same quarter of 2023" said of a second-quarter report
        base_year = year_of(base)
        if base is None or base_year is None or period.same_year is None:
            return str(period.same_year) if period.same_year else None
        base_span = month_span(base)
        if period.same_fiscal_end and period.same_fiscal_end != 12 and base_span is not None:
            # "the same quarter of fiscal 2024": fiscal years are named by the year they end in
            ending = base_span[1] % 12 + 1
            base_year = base_span[1] // 12 + (1 if ending > period.same_fiscal_end else 0)
        return shift(base, years=period.same_year - base_year)
    if period.kind == "year_to_date":
        # "year-to-date starts", "so far this year": January to the month in force
        issued = context.published
        candidates = [context.date, context.main_date]
        candidates.append(f"{issued.year}-{issued.month:02d}" if issued is not None else None)
        base = next((c for c in candidates if month_of(c) is not None), None)
        base_year, base_month = year_of(base), month_of(base)
        if base_year is None or base_month is None:
            return None
        return (
            f"{base_year}-01/{base_year}-{base_month:02d}" if base_month > 1 else f"{base_year}-01"
        )
    if period.kind == "report_period":
        # "reached Rp5,536.5 trillion in the quarter": the report's own quarter or month
        if period.anaphor == "period":
            return context.date or context.main_date  # "took 49.4% of exports in the period"
        wanted = 3 if period.anaphor == "quarter" else 1
        for base in (context.date, context.main_date):
            span = month_span(base)
            if base is not None and span is not None and span[1] - span[0] + 1 == wanted:
                return base
        if wanted == 3 and context.published is not None:
            # "rose 3% last quarter" with no quarter in force: the last one ended by publication
            index = context.published.year * 4 + (context.published.month - 1) // 3 - 1
            return f"{index // 4}-Q{index % 4 + 1}"
        return context.date
    if period.kind == "season" and period.season_offset is not None:
        return _relative_season(period, context.published)
    if period.kind == "report_day":
        return context.published.isoformat() if context.published is not None else None
    if period.kind == "trailing_months" and period.day is not None:
        # "over the past 12 months" in a report on April 2025: May 2024 to April 2025
        base = next((c for c in (context.date, context.main_date) if c and month_span(c)), None)
        span = month_span(base) if base else None
        if span is None:
            return None
        return month_label(span[1] - period.day + 1) + "/" + month_label(span[1])
    if period.kind == "trailing_weeks" and period.day is not None:
        # "over the last four weeks" in a report on the week to Feb. 7: Jan. 11 to Feb. 7
        final_day = _last_day(context.date) or _last_day(context.main_date)
        if final_day is None:
            return None
        first_day = final_day - dt.timedelta(days=period.day - 1)
        return f"{first_day.isoformat()}/{final_day.isoformat()}"
    if period.kind == "iso_week" and period.value is None and period.day is not None:
        return _latest_iso_week(period.day, context, reference)
    if period.kind == "weekday":
        if context.published is None or period.weekday is None:
            return None
        back = (context.published.weekday() - period.weekday) % 7
        return (context.published - dt.timedelta(days=back)).isoformat()
    if period.kind == "relative_quarter":
        if period.own_quarter and not future:
            # "Unemployment decreased by 1,200 persons this quarter" in a third-quarter report
            own = next(
                (
                    value
                    for value in (context.date, context.main_date)
                    if (span := month_span(value)) is not None and span[1] - span[0] == 2
                ),
                None,
            )
            if own is not None:
                return own
        if context.published is None or period.month_offset is None:
            return None
        published = context.published
        first = period.months[0] if period.months else 1  # the month fiscal quarters start in
        index = month_index(published) + period.month_offset
        start = index - (index - (first - 1)) % 3
        if first == 1:
            return f"{start // 12}-Q{start % 12 // 3 + 1}"
        return months_label(start, start + 2)
    if period.kind == "named_relative_month":
        # "next April" said in December 2024 is April 2025; "last March" the March before
        if context.published is None or period.month is None or period.month_offset is None:
            return None
        issued = context.published
        year = issued.year
        if period.month_offset > 0 and period.month <= issued.month:
            year += 1
        elif period.month_offset < 0 and period.month >= issued.month:
            year -= 1
        return f"{year}-{period.month:02d}"
    if period.kind == "relative_month":
        if context.published is None or period.month_offset is None:
            return None
        published = context.published
        return shift(f"{published.year}-{published.month:02d}", months=period.month_offset)
    value = period.resolve(year)
    if value is None or period.value is not None:
        return value
    if (
        period.kind == "year_to"
        and not period.fiscal
        and reference
        and year
        and (value_span := month_span(value) or _year_months(value)) is not None
        and (reference_span := month_span(reference)) is not None
        and value_span[1] > reference_span[1]
    ):
        # "2.9% over the year, compared with a 2.7% rise in the 12 months to December", said
        # of January: the twelve months before
        return period.resolve(year - 1)
    ref_month = month_of(reference) if reference else None
    if period.month is not None and ref_month is not None and period.month > ref_month:
        return period.resolve(year - 1 if year else None) if reference else value
    if (
        period.quarter is not None
        and reference
        and "Q" in reference
        and year
        and period.quarter > int(reference.split("Q")[-1][:1])
    ):  # "up from the fourth quarter" said of 2024-Q1: the fourth quarter of 2023
        return period.resolve(year - 1)
    last_month = _last_month(period)
    if future and last_month is not None and reference is None and year is not None:
        issued = context.published
        in_force = context.main_date
        if in_force is not None and month_of(in_force) == last_month and "/" not in in_force:
            # "services are expected to have the highest annual rate in September" in a flash
            # estimate for September: the month in force
            return period.resolve(year_of(in_force))
        if issued is not None:
            # a forecast's yearless period is the first one that has not ended at publication
            # ("For the fourth quarter, Spotify forecast ...", "to fall to 2.5% in March")
            today = month_index(issued)
            for candidate in (issued.year, issued.year + 1):
                ahead = period.resolve(candidate)
                span = month_span(ahead)
                if span is not None and span[1] >= today:
                    return ahead
        now = month_of(context.date) if year_of(context.date) is not None else None
        if now is not None and last_month < now:
            return period.resolve(year + 1)
        return value
    if last_month is None or period.kind == "year_end_relative" or reference is not None:
        return value
    ended = period.kind == "year_to" and not period.fiscal and not future
    # "a 2.7% rise in the 12 months to December", said in February: twelve months that have ended
    return _nearest_year(period, context, year, last_month, past, earlier or ended) or value


def _year_months(value: str) -> tuple[int, int] | None:
    """The months of a year written alone ("2024"), as month indexes."""
    return (int(value) * 12, int(value) * 12 + 11) if value.isdigit() else None


def _ends_after_publication(value: str, context: Context) -> bool:
    """Whether ``value`` ends after the month of publication (a forecast's period)."""
    span = month_span(value)
    published = context.published
    if span is None or published is None:
        return False
    return span[1] > month_index(published)


def _granularity(value: str) -> int | None:
    span = month_span(value)
    return None if span is None else span[1] - span[0]


def _nearest_year(
    period: Period,
    context: Context,
    year: int | None,
    last_month: int,
    past: bool = False,
    earlier: bool = False,
) -> str | None:
    """A yearless period takes the year that puts it nearest the date in force (a month), or the
    year in force, without starting after the publication date (or after the date in force,
    when that lies ahead): "In January" after "December 2023" is January 2024; "the December
    quarter" said in February 2024 is 2023's."""
    if year is None:
        return None
    first_month = _first_month(period) or last_month
    published = context.published
    anchor = month_span(context.date)
    candidates = [year - 1, year, year + 1] if anchor is not None else [year, year - 1]
    limit: int | None = month_index(published) if published else None
    if limit is not None and anchor is not None and not past:
        limit = max(limit, anchor[1])  # not "In April-September, the yen averaged ¥153"

    def start(candidate: int) -> int:
        months = candidate * 12 + first_month - 1
        return months - 12 if first_month > last_month else months

    span = (last_month - first_month) % 12
    options = [
        candidate
        for candidate in candidates
        if limit is None
        or (start(candidate) + span if earlier else start(candidate))
        <= limit + (0 if past or earlier else _NEAR_FUTURE_MONTHS)
    ]  # "since February, when goods prices climbed 1.2%", said in December: this February;
    # an earlier value's period has ended ("from 265% in the November-January quarter")
    if not options and published is not None and anchor is None:
        # "from $81 in December", said in January 2023 while 2024 is in force: December 2022
        options = [
            candidate
            for candidate in (published.year, published.year - 1)
            if limit is None or start(candidate) <= limit + _NEAR_FUTURE_MONTHS
        ]
    if not options:
        return None
    if past and published is not None and span >= 11:  # a year or its 52 weeks
        # "posted profit of £875.5 million in the 52 weeks to March 29", said in May: a year
        # told in the past tense has ended by publication
        ended = [c for c in options if start(c) + span <= month_index(published)]
        options = ended or options
    if anchor is None:
        return period.resolve(options[0])

    def gap(candidate: int) -> int:
        first = start(candidate)
        return max(first - anchor[1], anchor[0] - (first + span), 0)

    best = min(options, key=lambda candidate: (gap(candidate), -candidate))
    return period.resolve(best)


_NEAR_FUTURE_MONTHS = 2
"""How far past the publication date (or the date in force) a yearless period may start without
a word of the future: "cuts of 500,000 bpd between May and December", said in April."""


def _relative_season(period: Period, published: dt.date | None) -> str | None:
    """ "last summer", "this winter", "next spring" against the publication date."""
    if published is None or period.months is None or period.season_offset is None:
        return None
    first, last = period.months
    offset = period.season_offset
    if offset < 0:
        end_year = published.year if published.month > last else published.year - 1
    elif offset == 0:
        end_year = published.year + (1 if first > last and published.month >= first else 0)
    else:
        end_year = published.year if published.month < first else published.year + 1
        if first > last:
            end_year = published.year + 1
    if first > last:
        return f"{end_year - 1}-{first:02d}/{end_year}-{last:02d}"
    return f"{end_year}-{first:02d}/{end_year}-{last:02d}"


def _first_month(period: Period) -> int | None:
    if period.month is not None:
        return period.month
    if period.months is not None:
        return period.months[0]
    if period.quarter is not None:
        return period.quarter * 3 - 2
    if period.window is not None:
        return period.window[0]  # "the nine weeks to Dec. 28": from late October
    return None


def _last_month(period: Period) -> int | None:
    if period.month is not None:
        return period.month
    if period.months is not None:
        return period.months[1]
    if period.quarter is not None:
        return period.quarter * 3
    if period.window is not None:
        return period.window[2]
    return None


def assign_dates(
    text: str,
    sentence: Sentence,
    drafts: list[Draft],
    as_of: list[Period],
    periods: list[Period],
    context: Context,
) -> None:
    """Date the drafts of a sentence, hand the date in force on in ``context``, and find the
    period each change compares with."""
    first_figure = min((d.figure.left for d in drafts), default=sentence.end)
    opening = match_ahead(_EARLIER_OPENER, text, sentence.start, sentence.end)
    if opening is not None:
        # "In the corresponding period last year, prices rose": the step back from the period
        # in force, not "last year" itself
        as_of = [p for p in as_of if not opening.start() <= p.start < opening.end()]
    if context.main_date is not None and _NOW.search(text, sentence.start, first_figure):
        context.date = context.main_date  # "The Bank Rate now stands at 4%": the report's date
    years = [
        p
        for p in periods
        if p.kind in ("year", "relative_year")
        and not p.comparison
        and not p.label
        and not p.reference
        and p.end <= first_figure
    ]
    # "Last year the rate climbed from 5.1% in April": bare months take the sentence's year
    sentence_year = _resolve(years[0], context) if years else None
    owner: dict[int, Draft] = {}
    exclusive: set[int] = set()  # periods that date their owner's figure only
    shared: set[tuple[int, int]] = set()  # earlier values restated in another unit
    for draft in drafts:
        figure_end = draft.figure.end
        if draft.share_of is not None and 0 <= draft.share_of[0] - figure_end <= 5:
            figure_end = draft.share_of[1]  # "3.7% of GDP in 2022": the whole sits between
        if draft.share_span is not None and 0 <= draft.share_span[0] - figure_end <= 3:
            # "from 451,941 (10%) in 2016": the share restated in brackets sits between
            bracket_end = _BRACKET_CLOSE.match(text, draft.share_span[1])
            figure_end = bracket_end.end() if bracket_end is not None else draft.share_span[1]
        for period in periods if draft.from_value else as_of:
            if period.label or period.reference:
                continue
            if (
                period.start >= figure_end
                and _OWNED_GAP.fullmatch(text, figure_end, period.start)
                and not (
                    "," in text[figure_end : period.start]
                    and match_ahead(_CLAUSE_AFTER, text, period.end)
                )  # "2,00,739, on April 22 it reached 3,14,835": April 22 opens the next clause
            ) or (
                draft.from_value
                and period.end <= draft.figure.left
                and _POSSESSIVE_GAP.fullmatch(text, period.end, draft.figure.left)
            ):
                held = owner.setdefault(period.start, draft)
                if held is not draft and held.from_value and draft.from_value:
                    # "compared with $9.9 billion, or 94 cents, in the third quarter of 2023"
                    shared.add((period.start, id(draft)))
        for period in periods:
            if period.label:
                continue
            when = period.end <= draft.figure.left and _WHEN_GAP.fullmatch(
                text, period.end, draft.figure.left
            )  # "the mildest March since 2020, when the index rose 0.07%": 2020's own figure
            bracketed = (
                not draft.from_value
                and period.end <= draft.figure.left
                and _BRACKET_GAP.fullmatch(text, period.end, draft.figure.left)
                and not _dated_in_brackets(draft, periods)
            )  # "the lowest since November 2019 (3.5%)": November 2019's own figure; not
            # "to 5.9% in October (7.4% in September)", whose brackets date their own figure
            if period.reference and not when and not bracketed:
                continue
            labelled = (
                period.bracket is not None
                and period.end <= draft.figure.left
                and period.bracket[0] <= draft.figure.start < period.bracket[1]
            )  # "(March 2025: −2.8%)": the bracket's own period
            if (
                period.start >= draft.figure.end
                and _RECORDED_GAP.fullmatch(text, draft.figure.end, period.start)
            ) or (period.end <= draft.figure.left and (bracketed or when or labelled)):
                earlier_owner = owner.get(period.start)
                if when and earlier_owner is not None and earlier_owner is not draft:
                    # "kept the rate at 3.00% in January, when inflation was 2.2%": both
                    shared.add((period.start, id(earlier_owner)))
                owner[period.start] = draft  # "the 2.6% drop recorded in October"
                exclusive.add(period.start)
    for listed, closing in reversed(list(itertools.pairwise(drafts))):
        # "compared with 3.6% and 4.0% in the March quarter": the list's period dates both;
        # from the last item back, so "from 2.5%, 2.4% and 0.9% in June" dates all three, and
        # "after +0.5% and +0.7% respectively in the first quarter" both
        if listed.from_value != closing.from_value or not LIST_JOIN.fullmatch(
            text, listed.figure.end, closing.figure.left
        ):
            continue
        if any(owner.get(p.start) is listed for p in periods):
            continue
        for period in periods:
            if (
                owner.get(period.start) is closing or (period.start, id(closing)) in shared
            ) and period.start >= closing.figure.end:
                shared.add((period.start, id(listed)))
    # "its 2025 target of 57 million tonnes": a period naming a figure's noun dates that figure
    # alone
    noun_periods = {
        p.start
        for p in periods
        for d in drafts
        if p.kind in ("year", "fiscal")
        and p.end <= d.figure.left
        and _TARGET_NOUN_OF.fullmatch(text, p.end, d.figure.left)
    }
    frame = _comparison_frame(text, sentence, periods, first_figure, context)
    for draft in sorted(drafts, key=lambda d: d.from_value):
        figure = draft.figure
        clause_start, clause_end = clause_bounds(sentence, figure)
        mine = [p for p in periods if owner.get(p.start) is draft or (p.start, id(draft)) in shared]
        if draft.from_value and not mine:
            _date_earlier_value(text, draft, drafts, context, frame)
            continue
        pool = mine or [
            p
            for p in as_of
            if (p.start not in owner or not owner[p.start].from_value)
            and (
                p.start not in exclusive
                or owner[p.start] is draft
                or _RANGE_HIGH_AFTER.fullmatch(text, figure.end, owner[p.start].figure.end)
            )  # the low end of "5.25%-5.50%, reached in July 2023" too
            and _may_date(text, p, figure)
            and p.start not in noun_periods
        ]
        low_end = range_low(drafts, figure)
        named = next(
            (
                p
                for p in periods
                if p.end <= figure.left
                and not p.label
                and (
                    _PERIOD_NOUN_OF.fullmatch(text, p.end, figure.left)
                    or (
                        p.start in noun_periods
                        and _TARGET_NOUN_OF.fullmatch(text, p.end, low_end.left)
                    )  # both ends of "its 2025 target of 57 million to 59 million tonnes"
                )
            ),
            None,
        )
        if named is not None and not mine:
            # "3.5% below the May 2024 estimate of $2,215.4 billion": the noun's period
            value = _resolve(named, context)
            if value is not None:
                draft.date = value
                draft.date_explicit = True
                draft.evidence["date"] = (named.start, named.end)
                continue
        if (
            not mine
            and context.published is not None
            and _CURRENT_BEFORE.match(text, max(0, low_end.left - 40), low_end.left)
        ):
            # "to lower its rate from the current 4.25%-4.50% range at its Sept. 16-17 meeting":
            # the level now, not at the meeting
            draft.date = context.published.isoformat()
            draft.date_explicit = True
            continue
        later_step = match_ahead(_LATER_AFTER, text, figure.end)
        if later_step is not None and not mine:
            # "2.2% in the fourth quarter of 2026 and 1.8% a year later"
            before = [d.date for d in drafts if d.date_explicit and d.figure.end <= figure.left]
            base = before[-1] if before else context.date
            unit, count = _steps(later_step)
            moved = _shift_back(base, (unit, -count)) if base else None
            if moved is not None:
                draft.date = moved
                draft.date_explicit = True
                draft.evidence["date"] = later_step.span()
                continue
        relative = match_ahead(_EARLIER_AFTER, text, figure.end)
        if relative is not None and relative.group("respectively"):
            relative = None  # "gains of 0.9% and 1.0% respectively in the previous quarter"
        if relative is not None and not mine:
            later = draft.link if draft.link is not None and draft.link.date else None
            reference = later.date if later is not None else None
            own_reference = _nearest(text, pool, figure, clause_start, clause_end, sentence)
            if reference is None and own_reference is not None:
                reference = _resolve(own_reference, context)
            reference = reference or context.date
            shifted = _shift_back(reference, _steps(relative)) if reference else None
            if shifted is not None:
                draft.date = shifted
                draft.date_explicit = True
                draft.from_value = True
                draft.evidence["date"] = relative.span()
                continue
        own = _nearest(text, pool, figure, clause_start, clause_end, sentence)
        if own is not None and draft.from_value and draft.link is not None and draft.link.date:
            draft.date = _resolve(own, context, draft.link.date)
            if own.value is None and draft.date is not None:
                draft.date = _not_after_publication(draft.date, context)
            draft.date_explicit = draft.date is not None
            draft.evidence["date"] = (own.start, own.end)
            _settle_twelve_months(text, draft, own)
            continue
        pair = _between_pair(text, pool, own) if draft.change_direction is not None else None
        if pair is not None:
            # "grew 20% between the third quarter of 2024 and the third quarter of 2025": the
            # second period is the change's, the first the one it compares with
            first_value = _resolve(pair[0], context, sentence_year)
            last_value = _resolve(pair[1], context, sentence_year)
            if first_value is not None and last_value is not None:
                draft.date = last_value
                draft.date_explicit = True
                draft.evidence["date"] = (pair[1].start, pair[1].end)
                draft.change_since = first_value
                draft.evidence["since"] = (pair[0].start, pair[0].end)
                continue
        reached_after = (
            own is not None
            and own.end <= draft.figure.left
            and _REACH_BEFORE.match(text, max(0, draft.figure.left - 14), draft.figure.left)
            is not None
        )  # "grew by 250,229 between April 1 and July 1 to reach 41,288,599": the last day's
        if own is not None and (
            (
                (draft.change_direction is not None or reached_after)
                and not (
                    draft.value is not None
                    and draft.figure.end <= own.start
                    and draft.change_span is not None
                    and draft.change_span[0] >= own.end
                )
                # "totalled 168,897 between January and September, 2% more than ...": a level
                # over the span, compared with another
                and (
                    own.kind == "year_range"
                    or _anniversary_days(own)
                    or (
                        own.kind in _RANGE_KINDS
                        and _BETWEEN_BEFORE.match(text, max(0, own.start - 12), own.start)
                        and (own.kind != "window" or _AND.search(text, own.start, own.end))
                    )
                )
            )
            or _next_month_window(text, own)
        ):
            value = _resolve(own, context, sentence_year)
            if value is not None and "/" in value:
                first, last = value.split("/")
                if _QUARTER_WORD.search(text, own.start, own.end) and len(first) == 7:
                    # "between the second and third quarters": quarter to quarter
                    first, last = _quarter_of(first), _quarter_of(last)
                draft.date = last
                draft.date_explicit = True
                draft.evidence["date"] = (own.start, own.end)
                if draft.change_direction is not None:
                    draft.change_since = first
                    draft.evidence["since"] = (own.start, own.end)
                continue
        if own is not None:
            lead = clause_start
            if (
                clause_start > sentence.start
                and _GAPPED_ITEM_OPENING.match(text, clause_start, figure.left) is not None
            ):
                # "intend to farrow 2.97 million sows in June-August, ..., and 2.95 million sows
                # in September-November": a gapped item looks ahead as its verb does
                lead = sentence.start
            for joint in _PAST_JOINT.finditer(text, clause_start, max(clause_start, figure.left)):
                if _PAST_TENSE.search(
                    text, joint.end(), max(joint.end(), figure.left)
                ) or _AFTER_DOING.match(text, joint.start(), max(joint.start(), figure.left)):
                    # "raised its forecast for the year after cloud revenue rose 25% in the
                    # third quarter": the forecast is the main clause's, the rise is past
                    lead = joint.end()
            future = (
                not draft.from_value
                and not _FROM_NEAR.match(text, max(0, figure.left - 30), figure.left)
            ) and (
                _FUTURE.search(text, lead, max(lead, own.start)) is not None
                or _GUIDANCE.search(text, lead, max(lead, figure.left)) is not None
                or (
                    own.start >= figure.end
                    and _DEADLINE_BEFORE.match(text, max(0, own.start - 20), own.start) is not None
                    and _PAST_TENSE.search(text, clause_start, max(clause_start, figure.left))
                    is None
                )  # "a cash rate of around 3.2% by December": a month ahead
            )  # "For the fourth quarter, Spotify forecast 665 million": a quarter ahead
            reference = sentence_year
            if own.kind == "whole_year":
                # "Demand climbed 8% in December; for the year as a whole it was up 36.9%"
                before = [d.date for d in drafts if d.date_explicit and d.figure.end <= own.start]
                reference = before[-1] if before else reference
            if own.bracket is not None and own.value is None:
                # "Exports were $5.2 billion in May 2024 (April: $4.9 billion)": April of 2024
                stated = [p for p in as_of if p.value is not None and p.end <= own.bracket[0]]
                reference = stated[-1].value if stated else reference
            past = (
                _PAST_TENSE.search(text, clause_start, max(clause_start, figure.left)) is not None
            )
            draft.date = _resolve(
                own, context, reference, future, past and not future, draft.from_value
            )
            draft.date_explicit = draft.date is not None
            draft.evidence["date"] = (own.start, own.end)
            _settle_twelve_months(text, draft, own)
            opener = match_ahead(_EARLIER_OPENER, text, sentence.start, sentence.end)
            shifted = (
                _shift_back(draft.date, _steps(opener))
                if opener is not None
                and own.value is None
                and draft.date is not None
                and _steps(opener)[0] in ("year", "month", "quarter")
                else None
            )  # "A week ago, the agency had reported ... for the 28 days to Aug. 20": when it
            # reported, not the period of the figures
            if shifted is not None:
                # "A year ago, Netflix added 5.89 million members in the April-June quarter"
                draft.date = shifted
                draft.from_value = True
        elif (
            context.date is not None
            and (opener := match_ahead(_EARLIER_OPENER, text, sentence.start, sentence.end))
            and (shifted := _shift_back(context.date, _steps(opener))) is not None
        ):
            draft.date = shifted
            draft.date_explicit = True
            draft.from_value = True
            draft.evidence["date"] = opener.span()
        else:
            draft.date = context.date
    _respective_periods(text, sentence, drafts, as_of, context)
    if frame is not None:
        _match_frame(drafts, frame, context)
    market_days: list[Draft] = []
    for draft in drafts:
        _stock_at_period_end(text, sentence, draft)
        _annual_total(text, drafts, draft)
        if (
            not draft.date_explicit
            and context.published is not None
            and _HAS_KEPT_BEFORE.match(
                text, max(sentence.start, draft.figure.left - 60), draft.figure.left
            )
            and match_ahead(SINCE_AFTER, text, draft.figure.end) is not None
        ):
            # "has kept its cash rate at 4.35% since November 2023": a state now, on the day
            draft.date = context.published.isoformat()
        evidence = draft.evidence.get("date")
        if (
            (
                not draft.date_explicit
                or (
                    evidence is not None and evidence[0] < clause_bounds(sentence, draft.figure)[0]
                )  # "forecast fourth-quarter revenue ..., and its shares fell 2.5%"
            )
            and context.published is not None
            and _MARKET_MOVE.search(text, sentence.start, sentence.end) is not None
        ):
            # "Shares of Airbnb fell 13% in extended trading": a market move on the report's day
            draft.date = context.published.isoformat()
            market_days.append(draft)
    compared = {p.start for p in periods if p.comparison}
    # a reference dates only the figure bracketed after it ("the lowest since November 2019
    # (3.5%)"); like a clause's own period it is not handed on
    local = {
        p.start
        for p in periods
        if p.reference
        or p.start in noun_periods
        or _local(text, sentence, p)
        or _PLUPERFECT.search(text, sentence.start, p.start) is not None
        or (
            p.kind in _DAY_KINDS
            and _PLUPERFECT.search(text, p.end, min(sentence.end, p.end + 40)) is not None
        )  # "Data from the API on Tuesday had shown a decline": that day is background
        or (
            p.kind in ("weekday", "report_day")
            and context.date is not None
            and len(context.date) < 10
            and _SHARES_MOVED.search(text, sentence.start, p.start) is not None
        )  # "The bank's shares rose 6.0% on Wednesday": a market move; the quarter stays
    }  # "Growth had been 4% in the April-June quarter": background, not handed on
    for draft in drafts:
        draft.date_local = draft.evidence.get("date", (-1, -1))[0] in local
    for draft in market_days:
        draft.date_local = True  # "sent its shares 7.5% lower in Madrid": the report's period stays
    explicit = [
        d
        for d in drafts
        if d.date_explicit
        and not d.from_value
        and d not in market_days
        and d.evidence.get("date", (-1, -1))[0] not in local
        and d.evidence.get("date", (-1, -1))[0] not in compared
        and not _in_relative_clause(text, d)
    ]
    if explicit:
        # "grew by 0.1% in August ..., and also by 0.1% over the three months to August": the
        # report's own period, when the sentence states it, stays in force
        main = [d for d in explicit if context.main_date and d.date == context.main_date]
        context.date = (main or explicit)[-1].date
        # "For the second quarter, Meta forecast revenue of ...": a forecast's period holds to
        # the end of its paragraph only
        context.forecast = (
            _FORECAST_CLAUSE.search(
                text, max(sentence.start, explicit[-1].figure.left - 100), explicit[-1].figure.left
            )
            is not None
        )
    elif context.date is None and (
        handed := [
            d
            for d in drafts
            if d.date_explicit
            and d.evidence.get("date", (-1, -1))[0] not in local
            and not _in_relative_clause(text, d)
            and not (d.from_value and d.evidence.get("date") is None)  # dated by an opening frame
        ]
    ):
        # a period local to its clause ("the range it set in March, when ...") is not handed on
        context.date = handed[0].date
    if context.published is not None:
        for draft in drafts:
            if _NOW_LEVEL_BEFORE.match(
                text, max(sentence.start, draft.figure.left - 30), draft.figure.left
            ):
                # "to hold the benchmark rate, currently at 6.5%, next month": the level now
                draft.date = context.published.isoformat()
            if draft.date is None:
                # no period stated or in force: what a report says it is now ("Seven of the nine
                # board members backed the hike") is as of its publication day
                draft.date = context.published.isoformat()
            elif (
                not draft.date_explicit
                and not draft.from_value
                and (
                    len(draft.date) < len("2025-01-01")
                    or (
                        not _A_DAY.fullmatch(draft.date)
                        and _SETTLED.search(text, sentence.start, sentence.end) is not None
                    )
                )  # "Brent settled $1.31 lower at $72.31" in a report on a week
                and _is_market_quote(text, draft)
            ):
                # "the S&P 500 closed down 1.8%", "the 10-year yield fell to about 4.16% after
                # the reports" in a report on last month: a day of trading, not the report's month
                draft.date = context.published.isoformat()
    for draft in drafts:
        later = _later_of(draft, drafts)
        if (
            later is not None
            and draft.date_explicit
            and later.date is not None
            and draft.date is not None
            and draft.date != later.date
        ):
            context.last_comparison = (later.date, draft.date)
        elif (
            later is not None
            and not draft.date_explicit
            and context.last_comparison is not None
            and later.date == context.last_comparison[0]
            and _FROM_CUE.match(text, max(0, draft.figure.left - 12), draft.figure.left)
        ):
            # "to 14.4% in April, from 14.7% in March, and to 14.1%, from 14.3%": March too
            draft.date = context.last_comparison[1]
            draft.date_explicit = True
    for draft in drafts:
        if draft.change_direction is None or "since" in draft.evidence:
            continue
        draft.change_since = _since(text, sentence, draft, drafts, periods, context)
        if draft.change_since is None:
            draft.change_since = _elided_since(draft, drafts, text)
        if (
            draft.change_since is None
            and draft.change_value is not None
            and draft.value is not None
            and draft.change_span is not None
            and draft.change_span[0] > draft.figure.end  # the change follows its level
        ):
            # "$841.5 billion, 2.1% less than the $859.6 billion spent in the same period of
            # 2024": the change is against the value compared with, and its period
            against = [
                d for d in drafts
                if d.from_value and d.link is draft and d.date_explicit and d.date != draft.date
                and d.value is not None and d.unit == draft.unit and d.rule != "change"
            ]  # fmt: skip
            if len(against) == 1:
                draft.change_since = against[0].date
        _month_after_compared_month(draft)
    _same_months_a_year_earlier(text, drafts)
    _revised_projections(text, sentence, drafts)


_HELD_STOCK = compile_pattern(rf"\b(?:{alternation(HELD_STOCK_NOUNS)})\b", _I)
_STOCK_FLOW = compile_pattern(rf"\b(?:{alternation(STOCK_FLOW_NOUNS)})\b", _I)
_WEEK_DAYS = 6


def _week_end(value: str | None) -> str | None:
    """The last day of ``value`` when it is a span of seven days, else None."""
    days = _day_span(value)
    if days is None or (days[1] - days[0]).days != _WEEK_DAYS:
        return None
    return days[1].isoformat()


def date_stocks_at_week_end(text: str, drafts: list[Draft]) -> None:
    """ "Commercial crude stocks fell 5.1 million barrels to 423.4 million barrels" in a report
    on the week to Nov. 29: a stock is counted on the week's last day, and compared with the
    last day of the week it is compared with; a flow keeps its week. Run once the document's
    dates are settled, so that the week stays the date in force."""
    for draft in drafts:
        if draft.value is None:
            continue
        source = draft.link if draft.from_value and draft.link is not None else draft
        named = metric_text(text, source) or source.metric_text or ""
        if not _HELD_STOCK.search(named) or _STOCK_FLOW.search(named):
            continue
        end = _week_end(draft.date)
        if end is None:
            continue
        draft.date = end
        draft.change_since = _week_end(draft.change_since) or draft.change_since


_PROJECTION_FOR_BEFORE = compile_pattern(
    r"\b(?:projections?|forecasts?|estimates?|outlook|guidance)\s+(?:(?:for|of)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:for|in)\s+(?:the\s+)?(?:(?:19|20)\d\d|this\s+year|next\s+year|"
    r"(?:first|second|third|fourth)\s+quarter)\b"
    r"|\b(?:its|their|the)\s+(?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}?"
    r"(?:projections?|forecasts?|estimates?|outlook)\b",
    _I,
)
"""A projection for a period named before its figure ("its inflation projection for 2025", "its
2026 estimate")."""


_PROJECTING = compile_pattern(
    r"\b(?:projections?|forecasts?|expects?|sees?|projects?|predicts?)\s+(?!to\b)", _I
)
"""A clause that states projections ("Staff expect real GDP growth of 0.9% in 2025")."""


def _revised_projections(text: str, sentence: Sentence, drafts: list[Draft]) -> None:
    """ "trimmed its inflation projection for 2025 to 5.1% from 5.2% in January": a projection
    revised; January is when the earlier projection was made, not the period compared with."""
    for draft in drafts:
        span = draft.evidence.get("since_from")
        if span is None or draft.change_since is None or draft.date is None:
            continue
        clause_start = clause_bounds(sentence, draft.figure)[0]
        named_projection = _PROJECTION_FOR_BEFORE.search(text, clause_start, draft.figure.left)
        if (
            named_projection is None
            and _PROJECTING.search(text, sentence.start, draft.figure.left) is None
        ):
            continue
        earlier = next((d for d in drafts if d.figure.start == span[0]), None)
        if earlier is None or earlier.date is None or earlier.date != draft.change_since:
            continue
        if named_projection is None and (
            not _MONTH_VALUE.fullmatch(earlier.date) or len(draft.date) == 10
        ):
            continue  # "Staff expect ... 1.1% in 2026, compared with 1.2% in March": March is
            # when the earlier forecast was made; "from 4.4% in the three months to May" is actual
        own = earlier.evidence.get("date")
        if (
            own is not None
            and own[0] - earlier.figure.end <= 8
            and len(earlier.date) == len(draft.date)
        ):
            continue  # "to 5.1% in 2025 from 4.8% in 2024": an actual value of its own period
        draft.change_since = None
        earlier.date = draft.date


_SAME_MONTHS_EARLIER_AFTER = compile_pattern(
    r"(?:\s+(?:per|a)\s+[a-z]+)?\s+(?:between|over|in)\s+the\s+same\s+(?:two\s+)?months\s+(?:a\s+year\s+(?:ago|earlier|"
    r"before)|(?:of\s+)?(?:the\s+previous|last|the\s+prior)\s+year)\b",
    _I,
)


def _same_months_a_year_earlier(text: str, drafts: list[Draft]) -> None:
    """ "fell by 0.6% between January and February 2025, compared with a rise of 1.6% between
    the same two months a year ago": the quoted change is the same step a year earlier."""
    for index, draft in enumerate(drafts):
        if index == 0 or match_ahead(_SAME_MONTHS_EARLIER_AFTER, text, draft.figure.end) is None:
            continue
        main = drafts[index - 1]
        if main.date is None or main.change_since is None:
            continue
        date, since = shift(main.date, years=-1), shift(main.change_since, years=-1)
        if date is None or since is None:
            continue
        draft.date, draft.change_since = date, since
        draft.date_explicit = True
        draft.date_local = True


_MONTH_VALUE = compile_pattern(r"\d{4}-\d{2}")


def _month_after_compared_month(draft: Draft) -> None:
    """A change compared with a month, carrying a coarser period, is the next month's: "rose by
    0.9 percent compared with November" in a report on the fourth quarter is December's."""
    since, date = draft.change_since, draft.date
    if draft.date_explicit or since is None or date is None or not _MONTH_VALUE.fullmatch(since):
        return
    if "-Q" not in date:
        return  # a crop year or a year compared with a report's month keeps its period
    covered = covered_months(date)
    if covered is None or covered[0] == covered[1]:
        return
    compared = month_span(since)
    if compared is None:
        return
    following = compared[0] + 1
    if covered[0] <= following <= covered[1]:
        draft.date = month_label(following)


_ADDED_TO_REACH = compile_before(
    r"\b(?:add(?:ed|ing|s)?|gain(?:ed|ing|s)?|signed\s+up|sign(?:ing|s)\s+up|net\s+additions\s+of|"
    r"los(?:t|ing|es?)|shed(?:ding|s)?)"
    r"\b(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?(?:\bto\s+reach|\bto\s+hit|\bfor\s+a\s+total\s+of|"
    r"\bto\s+(?:end|finish|close)\s+the\s+(?:quarter|year|month|period|half)\s+(?:at|with)|"
    r"\b(?:taking|bringing|lifting|pushing)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,40}?\bto|\bto)\s+"
    r"(?:(?:about|nearly|some|almost|roughly|over|more\s+than|a\s+record|a\s+new\s+record)\s+)?$",
    _I,
)
_MOVED_TO = compile_before(
    r"\b(?:rose|increased|grew|climbed|fell|declined|dropped|decreased|edged\s+(?:up|down))\s+"
    r"(?:by\s+)?[$€£¥₹]?\d[\d.,]*\s*(?:billion|million|trillion|thousand|bn|mn)?\s+to\s+"
    r"(?:(?:about|nearly|some|almost|roughly|a\s+record)\s+)?$",
    _I,
)
_STOCK_NOUNS = compile_pattern(
    r"\b(?:balances?|debt|stocks|inventories|reserves|deposits|loans|holdings|assets)\b",
    _I,
)
"""Money stocks: moved by an amount over a period, they stand at its end (a count of users
or a population moved over a quarter keeps the quarter: surveys average them)."""


def _stock_at_period_end(text: str, sentence: Sentence, draft: Draft) -> None:
    """ "Asia-Pacific added 2.83 million members in the quarter to reach 50.32 million": a total
    reached by what was added over a period stands at the period's last month."""
    left = draft.figure.left
    ended = (
        draft.value is not None
        and draft.date is not None
        and _ENDED_WITH.match(text, max(sentence.start, left - 60), left)
    )  # "ended the period with 40,199 cafes"
    moved = (
        draft.value is not None
        and draft.date is not None
        and (
            _MOVED_TO.match(text, max(sentence.start, left - 60), left) is not None
            or _ADDED_TO_REACH.match(text, max(sentence.start, left - 140), left) is not None
        )
        and _STOCK_NOUNS.search(metric_text(text, draft) or "") is not None
    )  # "Mortgage balances rose $75 billion to $12.59 trillion" in a third-quarter report
    if (
        not ended
        and not moved
        and (
            draft.value is None
            or draft.change_value is None
            or draft.date is None
            or draft.change_unit != draft.unit
            or not _ADDED_TO_REACH.match(text, max(sentence.start, left - 140), left)
        )
    ):
        return
    assert draft.date is not None
    span = covered_months(draft.date)
    if span is None or span[0] == span[1] or len(draft.date.split("/")[-1]) > 7:
        return
    draft.date = month_label(span[1])


_ANNUAL_LEVEL = compile_before(
    r"\b(?:annual|full-year|full\s+year's|the\s+year's)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:total|output|production|deliveries|sales|revenue|shipments|deployments|volume|"
    r"profit|earnings)\s+(?:to|of|at|was|were|reached|hit|rose\s+to|fell\s+to)\s+"
    r"(?:(?:about|around|nearly|some|roughly|almost|a\s+record)\s+)?$",
    _I,
)
"""A level the text calls the year's ("bringing annual output to 1,773,443") while a quarter
is in force: the year's."""


def _annual_total(text: str, drafts: list[Draft], draft: Draft) -> None:
    """A year's total named in a quarter's sentence is dated by the quarter's year; an earlier
    value compared with it ("compared with 1,845,985 the year before") by the year before."""
    if draft.date is None or draft.from_value or draft.unit == "percent":
        return
    left = draft.figure.left
    if _ANNUAL_LEVEL.match(text, max(0, left - 80), left) is None:
        return
    year = year_of(draft.date)
    span = month_span(draft.date)
    if year is None or span is None or span[1] - span[0] >= 11:
        return
    draft.date = str(year)
    for earlier in drafts:
        if (
            earlier.from_value
            and earlier.figure.start > draft.figure.end
            and earlier.date is not None
            and year_of(earlier.date) == year - 1
            and month_span(earlier.date) == (span[0] - 12, span[1] - 12)
        ):
            earlier.date = str(year - 1)  # "compared with 1,845,985 the year before"


_ENDED_WITH = compile_before(
    r"\b(?:ended|ending|ends|closed|finished)\s+(?:the\s+(?:(?:first|second|third|fourth|final|"
    r"last)\s+)?(?:period|quarter|year|month|half|fiscal\s+year)|(?:19|20)\d{2})"
    r"\s+(?:with|at)\s+(?:(?:about|around|nearly|some|roughly|more\s+than|a\s+total\s+of)\s+)?$",
    _I,
)
_MARKET_QUOTE = compile_pattern(
    rf"\b(?:{alternation(MARKET_INSTRUMENTS)})\b",
    _I,
)


def _is_market_quote(text: str, draft: Draft) -> bool:
    """Whether ``draft`` is a market quote or move: an index, a yield, a price of a traded
    instrument, an exchange rate."""
    if _AVERAGED_BEFORE.search(text, draft.sentence[0], draft.figure.left):
        return False  # "Brent averaged $81.72 in February": a month's average
    if draft.figure.exchange_pair is not None:
        return True
    named = metric_text(text, draft) or draft.metric_text or ""
    return _MARKET_QUOTE.search(named) is not None


_AVERAGED_BEFORE = compile_pattern(r"\baverag", _I)
_A_DAY = compile_pattern(r"\d{4}-\d{2}-\d{2}")
_SETTLED = compile_pattern(r"\b(?:settled|closed|ended\s+(?:up|down|higher|lower|at))\b", _I)
"""A quote at the end of a trading session."""


_SHARES_MOVED = compile_pattern(
    r"\b(?:shares|stock)\s+(?:[a-z]+\s+){0,2}?(?:rose|fell|jumped|climbed|dropped|slid|gained|"
    r"lost|tumbled|surged|soared|sank|slumped|rallied|advanced|declined|were\s+(?:up|down))\b",
    _I,
)
"""A company's shares moving: a day of trading, not the period of a report."""
_MARKET_MOVE = compile_pattern(
    r"\b(?:shares|stock|stocks|index|indices|indexes)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?\b"
    r"(?:in\s+(?:extended|after-hours|premarket|"
    r"pre-market|early|late|morning|afternoon|midday|Monday|Tuesday|Wednesday|Thursday|Friday)\s+"
    r"trad(?:ing|e)|in\s+(?:New\s+York|London|Tokyo|Hong\s+Kong|Frankfurt|Paris|Seoul|Mumbai|"
    r"Zurich|Amsterdam|Milan|Madrid|Stockholm|Copenhagen|Oslo|Helsinki|Brussels|Toronto|Sydney|"
    r"Shanghai|Shenzhen|Taipei|Singapore|Johannesburg|S[aã]o\s+Paulo|Mexico\s+City)\b|"
    r"(?:closed|ended|finished)\s+(?:(?:up|down|about|nearly|almost|some)\s+)?[\d.]+\s*%\s+"
    r"(?:higher|lower|up|down)\b(?!\s+(?:on|for|in|over)\s+the\s+(?:year|month|quarter|week))|"
    r"(?:closed|ended|finished)\s+(?:up|down)\s+[\d.]+\s*%\s+at\b|"
    r"on\s+the\s+(?:Nasdaq|NYSE|New\s+York\s+Stock\s+Exchange)|"
    r"(?:at|by)\s+\d{1,2}(?::?\d{2})?\s*(?:GMT|ET|EST|EDT|BST|CET|a\.m\.|p\.m\.|am|pm)\b|"
    r"in\s+(?:early|late|morning|afternoon|midday)\s+(?:trade|deals)|by\s+midday)",
    _I,
)
"""A share-price move in a trading session: it happens on the report's day."""
_PARTICIPLE_PERIOD = compile_before(
    r"(?<!\b(?:was|were|is|are|been|be|has|have|had)\s)"
    r"\b(?:set|recorded|seen|reached|hit|posted|registered|reported|booked|logged|incurred|"
    r"achieved|earned)\s+(?:back\s+)?(?:in|on|during)\s+$",
    _I,
)


_BOUNDARY_BEFORE = compile_before(r"\b(?:before|after|until|till|prior\s+to)\s+$", _I)
_EARLIER_CLAUSE_BEFORE = compile_before(
    r"\b(?:after|following|follow(?:s|ed)(?!\s+by\b)|reversing|surpassing|eclipsing|exceeding|"
    r"topping|beating|overtaking|(?:more\s+than\s+)?(?:erasing|erased|erases|offsetting|offsets|"
    r"recouping|recouped|undoing|wiping\s+out|wiped\s+out)|"
    r"recovering\s+from|rebounding\s+from|bouncing\s+back\s+from|coming\s+off|"
    r"(?:held\s+(?:down|back)|boosted|driven|helped|hurt|dragged\s+down|weighed\s+down|"
    r"distorted|flattered|inflated|depressed)\s+by"
    r"|(?<=,\s*)(?:reflecting|mirroring|due\s+to|because\s+of|owing\s+to|thanks\s+to|"
    r"on\s+the\s+back\s+of|as\s+a\s+result\s+of|in\s+the\s+wake\s+of))"
    r"\s+(?:[^,;:.()]|(?<=\d)[.,](?=\d)){0,70}$"
    r"|\b(?:where|what|as)\s+(?:it|they)\s+(?:was|were|stood|had\s+been)\s+(?:in\s+|at\s+)?$",
    _I,
)
"""A period in a clause about what came before ("after plunging 10.7% in the 12 months to
September", "reversing a 0.4% drop in September", "close to where it was in August")."""


def _anniversary_days(period: Period) -> bool:
    """A span from a day to the same day a year or more on ("From July 1, 2023, to July 1,
    2024"): a change over it runs from the first day to the last, as with "between"."""
    if period.kind != "window" or period.value is None or "/" not in period.value:
        return False
    first, last = period.value.split("/")
    return len(first) == len(last) == 10 and first[4:] == last[4:] and first[:4] < last[:4]


def _next_month_window(text: str, period: Period) -> bool:
    """ "From September to October, prices edged up 0.7% and drivers paid $1.55": one month to
    the next is a step, not a span: figures are of the later month, changes since the first."""
    return (
        period.kind == "month_range"
        and period.months is not None
        and period.months[1] == period.months[0] % 12 + 1
        and _FROM_BEFORE.match(text, max(0, period.start - 8), period.start) is not None
    )


_STANDARD_AVERAGE_BEFORE = compile_before(
    r"\b(?:above|below|than|over|under|versus|against|exceeding|topping)\s+(?:the\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,2}average\s+(?:of\s+)?[^,;:()]{0,30}?\s+(?:in|for|during|over)\s+"
    r"(?:the\s+)?$",
    _I,
)
"""A period of the average a figure is set against dates that average only."""


_PEAK_BEFORE = compile_before(
    r"\b(?:peaked|peaking|topped(?:\s+out)?|bottomed(?:\s+out)?|troughed"
    r"|(?:hit|hitting|reached|reaching|touched|set)\s+(?:a|an|its|their)\s+(?:(?:record|all-time|"
    r"multi-year|\d+-year)\s+)?(?:peak|high|low|trough|record)(?:\s+of)?)"
    r"(?:\s+(?:at|of)\s+(?:(?:about|around|nearly|roughly|some)\s+)?[^,;()]{1,25}?)?"
    r"\s+(?:in|on|during|at\s+the\s+(?:end|start)\s+of)\s+(?:(?:early|late|mid)[-\s]+)?$",
    _I,
)
"""A peak's period ("it peaked at 7.79% in late October 2023", "hit a record high of 3.1 million
in March"): the high point of a story told in the past, no period for the sentences after it."""


_COMPARISON_OPENING = compile_pattern(
    r"\W*(?:by|in|for)\s+comparison\b(?:\s+with\s+[^,]{1,60})?\s*,", _I
)
"""A sentence that opens on a comparison ("By comparison, ..."): its periods are a backdrop."""


def _local(text: str, sentence: Sentence, period: Period) -> bool:
    """A period that dates its own figures but is not handed on to later sentences: in brackets
    ("(April: $4.9 billion)"), possessive ("August's count was revised"), a boundary of an event
    ("850,000 of them came before the end of 2019"), or in a subordinate clause ("Wages, which
    rose 1.3% in the September quarter, ...")."""
    return (
        period.bracket is not None
        or _BOUNDARY_BEFORE.match(text, max(0, period.start - 16), period.start) is not None
        or _EARLIER_CLAUSE_BEFORE.match(text, max(0, period.start - 90), period.start) is not None
        or text.startswith(("'s", "’s"), period.end)
        or sentence.subordinate_at(period.start) is not None
        or match_ahead(_WHEN_AFTER, text, period.end) is not None
        or _PARTICIPLE_PERIOD.match(text, max(0, period.start - 30), period.start) is not None
        or match_ahead(_REVISED_AFTER, text, period.end, sentence.end) is not None
        or _STANDARD_AVERAGE_BEFORE.match(text, max(0, period.start - 70), period.start)
        is not None  # "far above the daily average of HK$131.8 billion in 2024"
        or _PEAK_BEFORE.match(text, max(0, period.start - 80), period.start) is not None
        # "its previous closing record of 8,014.31 set in February 2023"
        or _COMPARISON_OPENING.match(text, sentence.start, period.start) is not None
    )  # "By comparison, 16 outbreaks were reported in all of 2024": a year set beside the report's


def _may_date(text: str, period: Period, figure: Figure) -> bool:
    """A period in brackets dates only the figure in the same brackets or right before them; one
    followed by ", when" ("The last time it was lower was in March 2021, when it stood at 1.3%")
    only the figures of that clause."""
    if match_ahead(_WHEN_AFTER, text, period.end) is not None:
        # "kept the rate at 3.00% in January, when the won ...": the figure right before too
        return (figure.start > period.end and figure.start - period.end < 80) or (
            figure.end <= period.start
            and _OWNED_GAP.fullmatch(text, figure.end, period.start) is not None
        )
    earlier = _EARLIER_CLAUSE_BEFORE.match(text, max(0, period.start - 90), period.start)
    if earlier is not None and figure.end <= earlier.start():
        return False  # "4.0% lower than a year earlier, after plunging 10.7% in ... September"
    if (
        earlier is not None
        and figure.start >= period.end
        and regex.match(r"[^,;]*[,;]", text[period.end : figure.start])
        and "," in text[earlier.start() - 3 : earlier.start()]
    ):
        return False  # "recovering from weak construction in 2023, but down in Vancouver (-19%)"
    if (
        figure.start >= period.end
        and _FORECAST_OF.match(text, max(0, period.start - 30), period.start)
        and _AND_VERB.search(text, period.end, figure.start)
    ):
        return False  # "forecast third-quarter revenue ... and reported a 22% rise in sales"
    if figure.end <= period.start and _RELATIVE_CLAUSE.match(text, figure.end, period.start):
        return False  # "Toronto (-20%), where last year's levels were unusually high"
    if figure.end <= period.start and _COMPARED_FIGURE.search(text, figure.end, period.start):
        # "$15.3 billion, compared with $9.9 billion in the third quarter of 2023": the
        # period of what it is compared with
        return False
    if _PARTICIPLE_PERIOD.match(text, max(0, period.start - 30), period.start) is not None:
        # "The previous range of 5.25%-5.50%, reached in July 2023": the low end too
        high = _RANGE_HIGH_AFTER.match(text, figure.end, period.start)
        return (
            high is not None and _RECORDED_GAP.fullmatch(text, high.end(), period.start) is not None
        )
    if period.bracket is None:
        return True
    opening, closing = period.bracket
    if opening <= figure.start < closing:
        return True
    if any(character.isdigit() for character in text[opening : period.start]):
        return False  # "slowed to 5.9% (7.4% in September)": the bracket's own figure
    return figure.end <= opening and not text[figure.end : opening].strip()


def _settle_twelve_months(text: str, draft: Draft, period: Period) -> None:
    """A figure "in the year to March 2024" is dated by the twelve months, or by the month."""
    if period.kind != "year_to" or draft.date is None:
        return
    trailing = period.trailing_month
    if trailing is None and period.value is None and not period.fiscal and period.months:
        # "in the 12 months to June": resolved in context ("2024" for the 12 months to December)
        end = draft.date.split("/")[-1]
        trailing = f"{end}-{period.months[1]:02d}" if len(end) == 4 else end[:7]
    if trailing is None:
        return
    if _dated_by_twelve_months(text, draft, period):
        draft.year_to = True  # "profit of ¥5.35 trillion in the year to March 2024"
    else:
        draft.date = trailing  # "prices rose 2.9% in the year to June 2024"


def _dated_by_twelve_months(text: str, draft: Draft, period: Period) -> bool:
    """Whether a figure "in the year to March 2024" is dated by the twelve months (an amount
    earned or counted over them, a financial year) or by the month (a price, a rate)."""
    if period.fiscal:
        return True
    if (
        draft.unit in RATE_UNITS
        and _ENDING_WORD.search(text, period.start, period.end) is not None
        and _FLOW_WORDS.search(metric_text(text, draft) or "")
    ):
        return True  # "cut its operating profit forecast for the year ending March 2025 by 70%"
    # "the current account deficit narrowed to 1.6% of GDP in the 12 months to June": a flow
    if (
        draft.unit == "percent"
        and draft.share_of is not None
        and _OF_GDP.fullmatch(text, *draft.share_of)
        and _FLOW_WORDS.search(metric_text(text, draft) or "")
    ):
        return True
    if draft.unit in RATE_UNITS:
        return False
    if _FLOW_WORDS.search(metric_text(text, draft) or "") or _FLOW_VERB.search(
        text, draft.figure.end, max(draft.figure.end, period.start)
    ):
        return True
    if period.end <= draft.figure.left and _FLOW_VERB_AFTER.match(text, draft.figure.end):
        return True  # "In the 12 months to June 2023, 1,084,000 people moved to England"
    return _ENDING_WORD.search(text, period.start, period.end) is not None


_WITH_DETAIL = compile_pattern(r"[^.;]*?,\s*(?:with|including)\s+", _I)
_JOINED_CLAUSE = compile_pattern(
    r"[^.;()]*?(?:,\s*(?:(?:and|while|whereas|but)\s+)?|\s+and\s+|;\s*)(?:[a-z][\w'’&-]*\s+){1,8}?"
    r"(?:[a-z]+ed|rose|fell|grew|slid|sank|shrank|climbed|jumped|gained|lost|were|was)\s+"
    r"(?:(?:by|about|around|nearly|some|roughly|just|only|an?\s+annual|another)\s+)*$"
    r"|[^.;()]*?(?:,\s*(?:while|whereas|but)\s+|\s+(?:while|whereas)\s+|;\s*)"
    r"[^.;()\d]{3,90}?\b(?:were|was|is|are|rose|fell|grew|dropped|declined|increased|decreased|"
    r"climbed|jumped|slipped|edged\s+(?:up|down))\s+(?:(?:up|down|by|about|around|nearly|only|"
    r"just|roughly|some)\s+)*$",
    _I,
)
"""A clause of its own, joined to the one before it: ", and energy prices rose ", ", mining
output rose ", " and utilities output increased " (no period)."""


_NAME_LIST_GAP = compile_pattern(
    r"\s*\)[^()\d;]{0,120}?(?:,\s*(?:and\s+)?|\s+and\s+|,?\s+followed\s+by\s+|\s+in\s+)"
    r"(?:the\s+)?(?-i:[A-Z])[\w.'’ -]{0,40}?\s*\(\s*(?:(?:all|both|each)\s+)?"
)
"""Between two bracketed items of a list of names: "-1.3%), Germany (", "and France (-", "+3.6%)
recorded the highest increase ..., followed by Denmark (", "), and the largest decreases in
Cyprus (", "and Austria and Slovakia (both "."""


def _elided_since(draft: Draft, drafts: list[Draft], text: str) -> str | None:
    """ "grew 4.5% year on year in Q1, 6.3% in the second": an item without a change word of its
    own compares over the same distance as the item before it (here, a year); so do the details
    a "with" adds ("jumped 12.0% from August last year, with electricity bills up 26.2%")."""
    donors = [
        d
        for d in drafts
        if d.figure.end <= draft.figure.start
        and d.change_since is not None
        and d.date is not None
        and not d.from_value
        and (
            (draft.elided and d.change_direction == draft.change_direction)
            or (
                not draft.from_value
                and _WITH_DETAIL.match(text, d.figure.end, draft.figure.left) is not None
            )
            or (
                # "shrank on the quarter: Ireland (-1.3%), Germany (-0.2%) and France (-0.1%)":
                # the items of a list of names compare as its first does
                d.change_value is not None
                and draft.change_value is not None
                and d.unit == draft.unit
                and _NAME_LIST_GAP.fullmatch(text, d.figure.end, draft.figure.left) is not None
            )
            or (
                # "climbed 5.00% on the month, and energy prices rose 1.69%": a clause joined
                # to one that states its comparison moves over the same step
                draft.change_value is not None
                and d.change_value is not None
                and d.unit == draft.unit
                and d.date == draft.date
                and _JOINED_CLAUSE.match(text, d.figure.end, draft.figure.left) is not None
            )
        )
    ]
    if not donors or draft.date is None:
        return None
    donor = donors[-1]
    if donor.date == draft.date and not draft.elided:
        return donor.change_since  # the same period, compared with the same one
    for kwargs in ({"years": -1}, {"quarters": -1}, {"months": -1}):
        if donor.date and shift(donor.date, **kwargs) == donor.change_since:
            return shift(draft.date, **kwargs)
    return None


def _in_relative_clause(text: str, draft: Draft) -> bool:
    """ "the ¥4.99 trillion SoftBank earned in the year to March 2021": the period sits in a
    clause about the figure, which is background, and does not carry to later sentences."""
    span = draft.evidence.get("date")
    if span is None:
        return False
    if span[1] <= draft.figure.left and _WHEN_GAP.fullmatch(text, span[1], draft.figure.left):
        return True  # "The last time it was lower was in June 2021, when it stood at 2.4%"
    if span[0] < draft.figure.end:
        return False
    if _PRONOUN_CLAUSE_GAP.fullmatch(text, draft.figure.end, span[0]):
        return True  # "the one-month low of 154.78 yen it touched on Tuesday"
    if not ATTRIBUTIVE_BEFORE.match(text, max(0, draft.figure.left - 6), draft.figure.left):
        return False  # "Six of the groups posted increases in March": the figure is the subject
    return _CLAUSE_VERB.search(text, draft.figure.end, span[0]) is not None


def _later_of(draft: Draft, drafts: list[Draft]) -> Draft | None:
    """The level an earlier value is compared with."""
    if not draft.from_value:
        return None
    span = (draft.figure.start, draft.figure.end)
    return next((d for d in drafts if d.evidence.get("since_from") == span), draft.link)


_FRAME_OPENER = compile_pattern(
    r"\W*(?:compared\s+(?:with|to)|relative\s+to|against|versus|vs\.?|since"
    r"|since\s+(?:it|they|the\s+[\w-]+)\s+(?:began|started)\s+(?:[\w-]+\s+){0,3}?in)"
    r"\s+(?:the\s+)?",
    _I,
)
"""A sentence that opens on the period it compares with: "Compared with September, ...", "Since
September, ... by a cumulative 3.75 percentage points from 10.50%", "Since it began easing in
June 2024, ..."."""


def _comparison_frame(
    text: str, sentence: Sentence, periods: list[Period], first_figure: int, context: Context
) -> str | None:
    """The period a sentence opens on to compare with ("Compared with September, when the
    surplus stood at €11.6 billion, ... shrank to €19.2 billion from €21.7 billion"): the
    date of its earlier values that name no period of their own."""
    for period in periods:
        if period.start >= first_figure or period.start > sentence.start + 40:
            return None
        if period.label or period.reference:
            continue
        if _FRAME_OPENER.fullmatch(text, sentence.start, period.start):
            return _resolve(period, context, context.date, past=True)
    return None


def _match_frame(drafts: list[Draft], frame: str, context: Context) -> None:
    """A figure compared with a period the sentence opens on is of the same length ("Compared
    with the September 2022 quarter, GDP was 0.6 percent lower", while a year is in force: the
    report's quarter)."""
    main = context.main_date
    wanted = _granularity(frame)
    if main is None or wanted is None or _granularity(main) != wanted:
        return
    for draft in drafts:
        if (
            not draft.from_value
            and not draft.date_explicit
            and draft.date is not None
            and _granularity(draft.date) != wanted
        ):
            draft.date = main


def _date_earlier_value(
    text: str, draft: Draft, drafts: list[Draft], context: Context, frame: str | None = None
) -> None:
    """Date the earlier value Y of "X, up from Y a year earlier" from X's date, or from the
    period the sentence opens on to compare with."""
    span = (draft.figure.start, draft.figure.end)
    later = next((d for d in drafts if d.evidence.get("since_from") == span), draft.link)
    reference = later.date if later is not None and later.date else context.date
    relative = match_ahead(_EARLIER_AFTER, text, draft.figure.end)
    listed = [d for d in drafts if d.from_value and d.figure.start > draft.figure.end]
    position = draft.figure.end
    for other in listed:  # "down from 3.2%, 4.3% and 0.4% a month earlier": one phrase for all
        if relative is not None or not (
            LIST_JOIN.fullmatch(text, position, other.figure.left)
            or RESTATED_JOIN.fullmatch(text, position, other.figure.left)
        ):
            break
        relative = match_ahead(_EARLIER_AFTER, text, other.figure.end)
        position = other.figure.end
    shifted = _shift_back(reference, _steps(relative)) if relative and reference else None
    if (
        shifted is None
        and relative is None
        and frame is not None
        and _FROM_CUE.match(text, max(0, draft.figure.left - 12), draft.figure.left)
    ):
        draft.date = frame  # "Compared with September, ... from €21.7 billion": September's
        draft.date_explicit = True
        return
    if shifted is None:
        draft.date = reference
        compared = context.last_comparison
        if (
            compared is not None
            and reference is not None
            and compared[0] == reference
            and _FROM_CUE.match(text, max(0, draft.figure.left - 12), draft.figure.left)
        ):
            # "to 7.9% in June from 8.7% in May ... eased to 7.2% from 7.4%": also May's
            draft.date = compared[1]
            draft.date_explicit = True
        return
    assert relative is not None
    draft.date = shifted
    draft.date_explicit = True
    draft.evidence["date"] = relative.span()


_COUNT_WORDS: dict[str, int] = {**ARTICLE_NUMBERS, **UNITS}


def _count(word: str) -> int:
    """A small count written in words or digits ("a", "three", "12")."""
    value = _COUNT_WORDS.get(word.lower())
    return value if value is not None else int(word)


def _steps(match: regex.Match[str]) -> tuple[str, int]:
    """The unit and count of a time back ("three months earlier" -> ("month", 3))."""
    count = match.group("n")
    return match.group("unit").lower(), 1 if count is None else _count(count)


def _shift_back(reference: str, step: tuple[str, int]) -> str | None:
    """``reference`` moved back by a time ("three months", "a week"): weeks and days move a
    day or a span of days; ``None`` when the step is finer than the reference ("three months
    ago" from "2024")."""
    unit, count = step
    if unit in ("week", "day"):
        days = count * (7 if unit == "week" else 1)
        if "/" in reference and unit == "week" and count == 1:
            return _previous_window(reference)
        try:
            day = dt.date.fromisoformat(reference)
        except ValueError:
            return None
        return (day - dt.timedelta(days=days)).isoformat()
    if unit in ("month", "quarter") and "-" not in reference.split("/")[-1]:
        return None
    if unit == "month" and count % 3 == 0 and "-Q" in reference:
        return shift(reference, quarters=-(count // 3))
    kwargs = {"year": "years", "month": "months", "quarter": "quarters"}
    return shift(reference, **{kwargs[unit]: -count})


_PERIOD_NOUN_BEFORE = compile_before(
    r"\b(?:year|quarter|month|period|half|season|fiscal\s+\d{4})\s*,?\s*$", _I
)


def _defines_period_noun(text: str, start: int, periods: list[Period]) -> bool:
    """A clause that says which months a period noun covers ("For the full fiscal year, which
    ran from October 2022 to September 2023, ..."), when the noun itself names none."""
    if _PERIOD_NOUN_BEFORE.match(text, max(0, start - 30), start) is None:
        return False
    return not any(start - 30 <= p.end <= start for p in periods)


def _dated_in_brackets(draft: Draft, periods: list[Period]) -> bool:
    """A period in the same brackets as ``draft``'s figure dates it ("(7.4% in September)")."""
    return any(
        p.bracket is not None and p.bracket[0] <= draft.figure.start < p.bracket[1] for p in periods
    )


def _nearest(
    text: str,
    as_of: list[Period],
    figure: Figure,
    clause_start: int,
    clause_end: int,
    sentence: Sentence,
) -> Period | None:
    """The period that dates ``figure``: the nearest in its clause, else the nearest before it
    in its sentence. A period inside a subordinate clause ("gains that began in mid-2022", "as a
    glut weighed on prices for much of the first half") dates only figures in that clause."""
    own_subordinate = sentence.subordinate_at(figure.number_start)

    def reaches(period: Period) -> bool:
        inner = sentence.subordinate_at(period.start)
        return (
            inner is None or inner == own_subordinate or _defines_period_noun(text, inner[0], as_of)
        )

    in_clause = [p for p in as_of if clause_start <= p.start < clause_end and reaches(p)]
    pool = in_clause or [
        p for p in as_of if sentence.start <= p.start and p.end <= figure.left and reaches(p)
    ]
    if not pool:
        return None

    def distance(period: Period) -> tuple[int, int]:
        if period.end <= figure.left:
            return (0 if in_clause else 1, figure.left - period.end)
        return (0 if in_clause else 2, period.start - figure.end)

    return min(pool, key=distance)


_CLAUSE_JOIN = compile_pattern(r"\b(?:and|but|while|whereas)\b|[,;]", _I)


def _since(
    text: str,
    sentence: Sentence,
    draft: Draft,
    drafts: list[Draft],
    periods: list[Period],
    context: Context,
) -> str | None:
    figure = draft.figure
    earlier_span = draft.evidence.get("since_from")
    if draft.change_direction == "unchanged":
        limit = earlier_span[0] if earlier_span is not None else sentence.end
        same = next(
            (
                p
                for p in periods
                if figure.end <= p.start < limit
                and (
                    _THE_SAME_AS_BEFORE.match(text, max(0, p.start - 30), p.start)
                    or (
                        _STABLE_COMPARED_BEFORE.match(text, max(0, p.start - 40), p.start)
                        and not p.reference
                    )  # not "unchanged from the December projection": a forecast kept
                )
            ),
            None,
        )  # "held at 2.8%, the same as in October and up from 2.6% in September": October;
        # "6.2%, stable compared with December 2024 and down from 6.5% in January 2024"
        if same is not None:
            if match_ahead(_REPORT_POSSESSIVE, text, same.end):
                return None  # "the same as in last month's report": a forecast kept, no period
            return _resolve(same, context, draft.date)
        stable = draft.change_span
        if earlier_span is not None and stable is not None and stable[1] <= earlier_span[0]:
            # "3.5%, flat on the month and down from 3.9% a year earlier": the month's step
            step = _relative_since(text, stable[0], earlier_span[0], draft)
            if step is not None:
                return step
    stated = draft.change_span
    if (
        earlier_span is not None
        and stated is not None
        and draft.change_value is not None
        and stated[1] <= figure.left
    ):
        # "fall 15% year on year to 4.4 million tonnes, a downgrade from the 4.5 million tonnes
        # expected": the first stated change keeps its own step
        step = _relative_since(text, stated[0], figure.left, draft)
        if step is not None:
            return step
    if earlier_span is not None:
        earlier = next((d for d in drafts if d.figure.start == earlier_span[0]), None)
        if earlier is not None and earlier.date_explicit:
            return earlier.date
        relative = _relative_since(
            text, earlier_span[1], _scope_end(text, sentence, figure, drafts), draft
        )
        if relative is not None:
            return relative
        return None
    end = _scope_end(text, sentence, figure, drafts)
    cue_start = figure.left
    if draft.change_span is not None:
        cue_start = min(cue_start, draft.change_span[0])
    # "annual growth ... slowed to 6.2%": a rate's own "annual" is not the base of its change
    lookback = 0 if draft.change_value is None and draft.rule == "level:reached" else 40
    quoted = draft.from_value and draft.rule == "change"
    if quoted:
        # "2.4% less than in February 2023, after a 2.8% fall in January": a change quoted for
        # comparison has only its own words' comparison
        lookback = 0
        cue_start = figure.left
    clause_start = clause_bounds(sentence, figure)[0]
    relative = _relative_since(
        text, max(sentence.start, cue_start - lookback), end, draft, clause_start
    )
    own_date = draft.evidence.get("date")
    comparison = [
        p
        for p in periods
        if (
            p.comparison
            or (
                draft.change_value is None
                and _THE_SAME_AS_BEFORE.match(text, max(0, p.start - 30), p.start)
            )  # "held at 2.8%, the same as in October and up from 2.6% in September"
        )
        and not p.label
        and (own_date is None or p.start != own_date[0])
        and (figure.left if quoted else cue_start - 40) <= p.start < end
        and not _SUPERLATIVE_SINCE.match(text, max(0, p.start - 40), p.start)
        and not (
            _SAME_AS_BEFORE.match(text, max(0, p.start - 12), p.start)
            and not (
                draft.change_value is None
                and _THE_SAME_AS_BEFORE.match(text, max(0, p.start - 30), p.start)
            )
        )
    ]
    if comparison and comparison[0].end <= figure.left:
        own = [
            p
            for p in comparison
            if p.start >= figure.end
            and not _CLAUSE_JOIN.search(text, figure.end, p.start)
            and not any(figure.end <= d.figure.start < p.start for d in drafts)
        ]
        if own and _CLAUSE_JOIN.search(text, comparison[0].end, figure.left):
            # "dropped 1.3% from May and were 10.0% lower than in June 2024": each clause
            # compares with its own period
            comparison = own
    if comparison and comparison[0].reference:
        return None  # "up 154 million bushels from its July forecast": a revision, no period
    if comparison:
        first = comparison[0]
        if relative is None or first.start < _relative_position(text, cue_start, end):
            same_period = _SAME_PERIOD_OF.match(text, max(0, first.start - 30), first.start)
            if same_period and first.kind == "year" and draft.date and year_of(draft.date):
                return shift(draft.date, years=int(first.value or 0) - (year_of(draft.date) or 0))
            return _resolve(first, context, draft.date)
    if relative is None:
        relative = _sentence_opening_since(
            text, sentence, draft, drafts, periods, context, periods_only=quoted
        )  # "Compared with September 2023, ... well above the 1.3% analysts had pencilled in"
    return relative


_STEP_OPENER = compile_pattern(
    r"\W*(?:on\s+an?\s+(?:monthly|annual|quarterly|yearly|(?:month|quarter|year)-(?:on|to|over)-"
    r"(?:month|quarter|year))\s+basis|(?:month|year|quarter)"
    r"[\s-](?:on|to|over)[\s-](?:month|year|quarter)|compared\s+with\s+(?:the\s+)?(?:previous|prior|"
    r"preceding)\s+(?:month|quarter|year))\s*,",
    _I,
)
"""A step a sentence opens on ("On a monthly basis,", "Month on month,")."""


def _sentence_opening_since(
    text: str,
    sentence: Sentence,
    draft: Draft,
    drafts: list[Draft],
    periods: list[Period],
    context: Context,
    periods_only: bool = False,
) -> str | None:
    """A comparison stated once for a sentence ("Compared with July, ...", "Over the year, ...");
    ``periods_only``: a period named, not a step."""
    first_figure = min((d.figure.left for d in drafts), default=draft.figure.left)
    opening_end = min(first_figure, draft.figure.left)
    clause_start = clause_bounds(sentence, draft.figure)[0]
    if periods_only:
        # "On a monthly basis, CPIH rose by 0.4%, compared with a rise of 0.5% in February
        # 2024": a step that opens the sentence covers the changes quoted in it too
        opener = _STEP_OPENER.match(text, sentence.start, opening_end)
        relative = _relative_since(text, sentence.start, opener.end(), draft) if opener else None
    else:
        relative = _relative_since(text, sentence.start, opening_end, draft, clause_start)
    rate_name = _ANNUAL_RATE.search(text, sentence.start, opening_end)
    if relative is not None and not (rate_name and draft.change_value is None):
        return relative
    opening = [
        p
        for p in periods
        if p.comparison and not p.label and sentence.start <= p.start < opening_end
    ]
    return _resolve(opening[0], context, draft.date) if opening else None


_JOINED_CHANGE_VERB = compile_pattern(
    rf"\b(?:and|but|while|whereas)\s+(?:(?:has|have|had|was|were|is|are)\s+)?(?:also\s+)?"
    rf"(?:{alternation([*INCREASE_VERBS, *DECREASE_VERBS])})\b",
    _I,
)
"""A second change verb joined to the first in one clause ("and have fallen")."""


def _scope_end(text: str, sentence: Sentence, figure: Figure, drafts: list[Draft]) -> int:
    """Where the words about a figure's comparison end: its clause's end, or the next figure
    quoted for comparison ("following a 10.6 percent surge the month before")."""
    _, clause_end = clause_bounds(sentence, figure)
    later = [
        d.figure.left
        for d in drafts
        if d.from_value and figure.end <= d.figure.left < clause_end and d.figure is not figure
    ]
    own_verbs = [
        verb.start()
        for d in drafts
        if not d.from_value
        and d.change_direction is not None
        and figure.end < d.figure.left < clause_end
        and (verb := _JOINED_CHANGE_VERB.search(text, figure.end, d.figure.left)) is not None
    ]  # "sank 15.7% in April and have fallen 26.2% since January": the second verb's own
    return min(later + own_verbs, default=clause_end)


def _relative_position(text: str, start: int, end: int) -> int:
    positions = [m.start() for m in (p.search(text, start, end) for p in (YOY, MOM, QOQ)) if m]
    return min(positions) if positions else end


_PREVIOUS_WINDOW = compile_pattern(
    r"\b(?:previous|preceding|prior|earlier)\s+(?:\d{1,3}|two|three|four|six|eight|twelve)"
    r"[\s-]+(?:days?|weeks?)(?:[\s-]+period)?\b",
    _I,
)


_PREVIOUS_MONTHS = compile_pattern(
    r"\b(?:previous|preceding|prior)\s+(?P<n>three|3|six|6)(?:\s+months|[\s-]+month\s+period)\b"
    r"(?!\s+(?:to|ending))",
    _I,
)


def _day_span(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a span of days ("2023-07-31/2023-08-27"), else None."""
    if value is None or "/" not in value:
        return None
    try:
        first, last = (dt.date.fromisoformat(part) for part in value.split("/"))
    except ValueError:
        return None
    return first, last


def _previous_window(value: str) -> str | None:
    """The span of days of the same length right before ``value`` ("2023-07-31/2023-08-27")."""
    days = _day_span(value)
    if days is None:
        return None
    first, last = days
    length = last - first + dt.timedelta(days=1)
    return f"{(first - length).isoformat()}/{(first - dt.timedelta(days=1)).isoformat()}"


_CLAUSE_BREAK = compile_pattern(r"[,;:()]")
_IN_BEFORE = compile_before(r"\b(?:in|for|during)\s+$", _I)


def _relative_since(
    text: str, start: int, end: int, draft: Draft, clause_start: int | None = None
) -> str | None:
    """The period a change compares with, from a relative cue between ``start`` and ``end``
    ("year-on-year", "from the previous month"); a step named by an adjective ("the highest
    annual increases") counts only before the figure, inside its clause from ``clause_start``."""
    if draft.date is None:
        return None
    if _PREVIOUS_WINDOW.search(text, start, end) is not None:
        window = _previous_window(draft.date)  # "38% more than in the previous 28 days"
        if window is not None:
            return window
    months = _PREVIOUS_MONTHS.search(text, start, end)
    if months is not None:  # "a decrease of 52,000 compared with the previous three months"
        count = _count(months.group("n"))
        if "-Q" in draft.date and count % 3 == 0:
            return shift(draft.date, quarters=-count // 3)  # "from $6.03 billion in the
            # previous three months" after the fourth quarter: the third
        return shift(draft.date, months=-count)
    found = []
    for pattern, kwargs in (
        (YOY, {"years": -1}),
        (MOM, {"months": -1}),
        (QOQ, {"quarters": -1}),
        (_FREQUENCY_CHANGES["years"], {"years": -1}),
        (_FREQUENCY_CHANGES["months"], {"months": -1}),
        (_FREQUENCY_CHANGES["quarters"], {"quarters": -1}),
    ):
        # "the highest annual increases were in Poland (+17.7%)" names the step of the change;
        # "..., its fourth straight monthly decline" after the figure only characterises it
        if pattern in _FREQUENCY_CHANGES.values():
            if clause_start is None or draft.change_value is None:
                continue  # "annual growth ... slowed to 6.2%" names the rate, not its change
            match = pattern.search(text, clause_start, min(end, draft.figure.left))
            if match is not None and _PREPOSITION_BEFORE.match(
                text, max(0, match.start() - 40), match.start()
            ):
                continue  # "the largest contributor to the monthly rise, with ... 0.6 percent"
        else:
            match = pattern.search(text, start, end)
        while match is not None and draft.year_to and _YEAR_TO_CUE.search(match.group()):
            match = pattern.search(text, match.end(), end)
        if match is not None:
            found.append((match.start(), kwargs))
    if draft.change_value is not None:
        for step, (after, before) in _ATTRIBUTIVE_STEP.items():
            if step != "weeks" and (
                match_ahead(after, text, draft.figure.end)
                or before.match(text, max(0, draft.figure.left - 16), draft.figure.left)
            ):
                return shift(draft.date, **{step: -1})
    back = _THAN_STEPS_BACK.search(text, start, end)
    if back is not None and (not found or back.start() < min(found)[0]):
        shifted = _shift_back(draft.date, _steps(back))  # "0.4% fewer than three months earlier"
        if shifted is not None:
            return shifted
    week = WOW.search(text, start, end)
    if week is None and clause_start is not None and draft.change_value is not None:
        week = _FREQUENCY_CHANGES["weeks"].search(
            text, max(start, clause_start), min(end, draft.figure.left)
        )
    if week is not None and (not found or week.start() < min(found)[0]):
        return _week_before(draft.date)  # "782,766, up 33.2% from a week earlier"
    if not found:
        return None
    semicolon = text.rfind(";", start, draft.figure.left)
    if semicolon >= 0 and any(item[0] > semicolon for item in found):
        # "fell by 0.2% over one month; year on year it rose by 1.8%": the clause's own step
        found = [item for item in found if item[0] > semicolon]
    own = [
        item
        for item in found
        if draft.value is None
        and draft.figure.end <= item[0] <= draft.figure.end + 30
        and not _CLAUSE_BREAK.search(text, draft.figure.end, item[0])
        and not _IN_BEFORE.match(text, max(0, item[0] - 5), item[0])
    ]  # "rose 0.5% quarter on quarter and 3.2% over the twelve months": each its own step
    _, kwargs = min(own or found, key=lambda item: item[0])
    span = month_span(draft.date)
    if (
        kwargs == {"months": -1}
        and span is not None
        and span[1] > span[0]
        and not draft.date_explicit
    ):
        # "jumped 19.3% on the month" while "from June to August" is in force: a monthly step
        # is of the span's last month
        draft.date = month_label(span[1])
    return shift(draft.date, **kwargs)


def _week_before(value: str) -> str | None:
    """A day seven days back, or the span of days right before a span."""
    if "/" in value:
        return _previous_window(value)
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return None
    return (day - dt.timedelta(days=7)).isoformat()


def date_headline(drafts: list[Draft], headline: tuple[int, int] | None) -> None:
    """Facts of a headline that names no period take the date the body gives: that of the same
    figure in the body, else the first date the body states; a bare number takes the unit of
    the same number in the body (index points)."""
    if headline is None:
        return
    start, end = headline
    body = [d for d in drafts if d.figure.start >= end and not d.from_value]
    for draft in drafts:
        if not start <= draft.figure.start < end:
            continue
        if draft.unit == "count" and not draft.figure.explicit_unit and draft.value is not None:
            # "US consumer confidence sinks to 104.7": the body's index points
            measured = next(
                (d for d in body if d.value == draft.value and d.unit == "point"),
                None,
            )
            if measured is not None:
                draft.unit = measured.unit
        if draft.date_explicit:
            continue
        same = next(
            (
                d
                for d in body
                if d.date is not None
                and d.unit == draft.unit
                and (
                    (draft.value is not None and d.value == draft.value)
                    or (
                        draft.value is None
                        and draft.change_value is not None
                        and d.change_value == draft.change_value
                    )  # "stocks tumble 12.2 million barrels" headlines "fell by 12.2 million"
                    or (
                        d.value is None
                        and draft.value is not None
                        and d.change_value == draft.value
                        and d.change_unit == draft.unit
                    )  # "inflation quickens to 1.9%" headlines "prices rose 1.9% in December"
                )
            ),
            None,
        )
        first = next((d for d in body if d.date_explicit and d.date is not None), None)
        if draft.value is None:
            # "Amazon drops 4%": a move headlined is dated like the body's first fact
            first = next((d for d in body if d.date is not None), first)
        donor = same or first
        if donor is not None:
            draft.date = donor.date


_CHANGE_VERB = compile_pattern(
    rf"\b(?:{alternation([*INCREASE_VERBS, *DECREASE_VERBS, *STALL_VERBS])})\b"
    r"(?!\s+(?:to|by|from)\s+\d)",
    _I,
)


_RESPECTIVELY = compile_pattern(r"\brespectively\b", _I)


def _respective_periods(
    text: str, sentence: Sentence, drafts: list[Draft], periods: list[Period], context: Context
) -> None:
    """ "growth of 2.7% and 2.9% for 2024 and 2025 respectively": the i-th figure takes the i-th
    period, and an earlier value paired with it ("compared with 2.6% and 3.0%") its date."""
    for clause_start, clause_end in sentence.clauses:
        levels = [
            d for d in drafts if clause_start <= d.figure.start < clause_end and not d.from_value
        ]
        listed = [p for p in periods if clause_start <= p.start < clause_end and not p.label]
        if len(levels) < 2:
            continue
        if not _RESPECTIVELY.search(text, clause_start, clause_end):
            # "1.2%, 1.5% and 1.7% in 2024, 2025 and 2026": a list of figures, then as many periods
            listed = _period_run(text, [p for p in listed if p.start >= levels[-1].figure.end])
            if not listed or not (
                all(
                    LIST_JOIN.fullmatch(text, a.figure.end, b.figure.left)
                    for a, b in itertools.pairwise(levels)
                )
                and _PERIOD_LIST_OPENING.fullmatch(text, levels[-1].figure.end, listed[0].start)
            ):
                continue
        if len(listed) != len(levels):
            continue
        if not all(
            LIST_JOIN.fullmatch(text, a.end, b.start) for a, b in itertools.pairwise(listed)
        ):
            continue
        values = [_resolve(p, context) for p in listed]
        if any(v is None for v in values):
            continue
        for draft, period, value in zip(levels, listed, values, strict=True):
            draft.date = value
            draft.date_explicit = True
            draft.evidence["date"] = (period.start, period.end)
        for draft in drafts:
            if draft.from_value and draft.link in levels and not draft.date_explicit:
                draft.date = draft.link.date


def _period_run(text: str, periods: list[Period]) -> list[Period]:
    """The first periods of ``periods`` that form one list ("2024, 2025 and 2026")."""
    run = periods[:1]
    for period in periods[1:]:
        if not LIST_JOIN.fullmatch(text, run[-1].end, period.start):
            break
        run.append(period)
    return run


_PERIOD_LIST_OPENING = compile_pattern(r"\s+(?:in|for|during|over)\s+(?:the\s+)?", _I)
_FORECAST_OF = compile_before(
    r"\b(?:forecast|forecasts|projected|projects|guided|expects|sees|predicted|predicts)\s+"
    r"(?:(?:its|their|a|the|weaker|stronger|lower|higher)\s+)?$",
    _I,
)


def _not_after_publication(value: str, context: Context) -> str:
    """An earlier value's yearless period lies before publication ("climbing to about 4¾% by
    2026 from 4.4% in the three months to May", said in August 2024: May 2024)."""
    span = month_span(value)
    issued = context.published
    if span is None or issued is None:
        return value
    today = month_index(issued)
    years = 0
    while span[1] - 12 * years > today and years < 5:
        years += 1
    return shift(value, years=-years) if years else value


_MODAL_BEFORE = compile_before(
    r"\b(?:would|will|could|may|might|should|set\s+to|expected\s+to|likely\s+to|to)\s+"
    r"(?:(?:probably|likely|further|still|also|now)\s+)?$",
    _I,
)
_LEAD_REACH = 30
"""How far after a lead's verb its own period may stand ("widened sharply in September")."""


_FOR_OPENING = compile_pattern(r"\W*(?:for|in)\s+(?:the\s+)?(?:full\s+)?", _I)
_OUTLOOK_FOR = compile_before(
    r"\b(?:outlook|forecasts?|guidance|projections?|targets?|estimates?|view)\s+for\s+"
    r"(?:the\s+)?(?:(?:current|coming|full|next)\s+)?$",
    _I,
)


def carry_outlook_period(
    text: str, sentence: Sentence, periods: list[Period], context: Context
) -> None:
    """A sentence without figures that names the period of an outlook ("FedEx trimmed its
    outlook for fiscal 2025, which ends in May.") sets it in force, as a forecast's, for the
    figures that follow in its paragraph ("It now expects adjusted earnings of $19.00 to
    $20.00 per share")."""
    for period in periods:
        if period.start >= sentence.end:
            return
        if period.comparison or period.label or period.reference or period.bracket:
            continue
        lead = _FOR_OPENING.match(text, sentence.start, period.start)
        opening = (
            lead is not None
            and lead.end() == period.start
            and _GUIDANCE.search(text, period.end, sentence.end) is not None
        )  # "For 2025, Mercedes forecast group revenue slightly below last year's level"
        if (
            not opening
            and _OUTLOOK_FOR.match(text, max(sentence.start, period.start - 40), period.start)
            is None
        ):
            continue
        value = _resolve(period, context, future=True)
        if value is not None:
            context.date = value
            context.forecast = True
        return


def carry_reported_period(
    text: str, sentence: Sentence, periods: list[Period], context: Context
) -> None:
    """The lead of a report that states a change without a figure ("U.S. job openings fell more
    than expected in September") sets the period in force for the figures that follow."""
    if context.date is not None:
        return
    stated = [
        p
        for p in periods
        if p.start < sentence.end
        and p.kind not in ("relative_month", "whole_year")  # "stood by its full-year forecast"
        and not (p.comparison or p.label or p.reference or p.bracket)
        and sentence.subordinate_at(p.start) is None
        and _FORECAST_OF.match(text, max(sentence.start, p.start - 30), p.start) is None
    ]  # not "Amazon forecast third-quarter revenue below estimates": a forecast's period
    verb = _CHANGE_VERB.search(text, sentence.start, sentence.end)
    if verb is None or _MODAL_BEFORE.match(
        text, max(sentence.start, verb.start() - 30), verb.start()
    ):
        return  # "its profit margin would fall this year": a forecast's period is not the report's
    near = [p for p in stated if verb.start() <= p.start <= verb.end() + _LEAD_REACH]
    if len(stated) != 1 and not near:
        return
    # "The U.S. trade deficit widened sharply in September ..., suggesting a bigger drag on
    # third-quarter growth": the period of the verb's own phrase
    value = _resolve((near or stated)[0], context)
    if value is not None:
        context.date = value
