"""Periods in text ("as of December 2020", "the first three quarters", "FY24") and date arithmetic.

A :class:`Period` is a mention with its span, an ISO-like value ("2020-12", "2023-Q4",
"2023-01/2023-09") or a partial one still waiting for a year, and whether it is a comparison
period ("from March 2020") rather than the date a figure refers to.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import replace

import regex

from statextract._patterns import (
    alternation,
    character_references,
    compile_before,
    compile_pattern,
    match_ahead,
)
from statextract.layers.period_grammar import (
    RULES,
    SAME,
    Period,
    PeriodRule,
    fiscal_part_period,
    month_label,
)
from statextract.lexicon._changes import COMPARISON_CUES
from statextract.lexicon._codes import INDEX_NAMES_WITH_NUMBER
from statextract.lexicon._metrics import REFERENCE_NOUNS
from statextract.lexicon._periods import (
    BEGINNING_VERBS,
    CONTRACT_NOUNS,
    ORDINAL_WORDS,
    POLICY_MOVES,
    RELEASE_NOUNS,
    REPORTING_WORDS,
    SUPERLATIVES,
)

_I = regex.IGNORECASE

__all__ = ["Period", "find_periods", "month_of", "shift", "year_of"]

_IN_EFFECT_BEFORE = compile_before(
    r"\b(?:with\s+effect|effective)\s+(?:from|as\s+of)\s+$",
    _I,
)
"""The day a decision takes effect: no period of the figure ("with effect from April 23")."""
_EARLIER_VALUE_BEFORE = compile_before(
    r"\b(?:from|than|with|against|versus)\s+(?:an?\s+|the\s+)?[-+]?[$€£¥₹]?\d[\d.,]*\s*"
    r"(?:%|per\s+cent|percent|(?:[a-z]+\s+){0,2}?)(?:in|during|for|at\s+the\s+end\s+of)\s+$",
    regex.IGNORECASE,
)
"""An earlier value's own period ("down from €134.3 billion in January-September 2024"): no
period "over the period" can point back to."""
_COMPARISON_BEFORE = compile_before(
    rf"(?:^|(?<=\W))(?:{alternation(COMPARISON_CUES)})\s+"
    rf"(?:the\s+{SAME}\s+(?:period|month|quarter|week|time)(?:\s+(?:of|in))?\s+|the\s+end\s+of\s+|end-|"
    r"levels?\s+(?:of|in|seen\s+in)\s+|in\s+|the\s+|its\s+|their\s+|an?\s+"
    r"|the\s+(?:previous|last|prior|preceding)\s+"
    r"(?!(?:month|quarter|year|week|day|period|season)s?\b)[a-z]+\s+(?:in\s+|of\s+)?)?$"
    r"|\bsince\s+(?:peaking|bottoming(?:\s+out)?|topping\s+out|troughing|hitting\s+"
    r"(?:a|its|their)\s+(?:peak|high|low|trough))\s+(?:in|at\s+the\s+end\s+of)\s+$",
    _I,
)


def _windows(rule: PeriodRule, text: str) -> Iterator[tuple[int, int]]:
    """Stretches of ``text`` around the rule's anchor words, merged where they overlap."""
    assert rule.anchor is not None
    start = end = -1
    for anchor in rule.anchor.finditer(text):
        low, high = max(0, anchor.start() - rule.reach), anchor.end() + rule.reach
        if low > end:
            if end > start:
                yield start, end
            start = low
        end = max(end, high)
    if end > start:
        yield start, end


def _matches(rule: PeriodRule, text: str) -> Iterator[regex.Match[str]]:
    if rule.anchor is None:
        yield from rule.pattern.finditer(text)
        return
    size = len(text)
    for start, end in _windows(rule, text):
        stop = min(end, size)
        while stop < size and text[stop].isalnum():
            stop += 1  # never cut a word or number ("February 20|20" is no day)
        yield from rule.pattern.finditer(text, start, stop)


_YEARLESS_KINDS = frozenset(
    {"quarter", "half", "bare_month", "month", "month_range", "first_months", "quarter_to"}
)
_OF_GAP = compile_pattern(r",?\s+(?:of\s+)?")


def _attach_relative_years(text: str, found: list[Period]) -> list[Period]:
    """A period without a year followed by "this year" / "of last year" takes that year: "the
    second quarter of this year", "the first half of last year", "in March this year"."""
    kept: list[Period] = []
    for period in found:
        head = kept[-1] if kept else None
        if (
            head is not None
            and period.kind == "relative_year"
            and period.year_offset is not None
            and head.kind in _YEARLESS_KINDS
            and head.value is None
            and head.year_offset is None
            and _OF_GAP.fullmatch(text, head.end, period.start)
        ):
            head.year_offset = period.year_offset
            head.end = period.end
            continue
        kept.append(period)
    return kept


_FISCAL_OF_GAP = compile_pattern(r"(?:\s+of)?\s+(?:the\s+)?(?:current\s+|same\s+)?", _I)
_FISCAL_PARTS = frozenset({"quarter", "half", "first_months"})
_FISCAL_BEFORE_PART_GAP = compile_pattern(r"(?:'s|’s)?\s+", _I)


def _part_months(period: Period) -> tuple[int, int] | None:
    """Which months of a year a yearless part names ("the first seven months": 1 to 7)."""
    if period.kind == "quarter" and period.quarter is not None:
        return (period.quarter - 1) * 3 + 1, period.quarter * 3
    return period.months


def _attach_fiscal_years(text: str, found: list[Period]) -> list[Period]:
    """A part of a fiscal year counts its months from the fiscal year's first month: "the
    first seven months of the 2024-25 fiscal year" is April to October 2024, "the first half
    of fiscal 2025" April to September 2024."""
    kept: list[Period] = []
    for period in found:
        head = kept[-1] if kept else None
        months = _part_months(head) if head is not None else None
        if (
            head is not None
            and months is not None
            and period.kind == "fiscal"
            and period.fiscal_year is not None
            and head.kind in _FISCAL_PARTS
            and head.value is None
            and head.year_offset is None
            and _FISCAL_OF_GAP.fullmatch(text, head.end, period.start)
        ):
            kept[-1] = fiscal_part_period(head.start, period.end, period.fiscal_year, months)
            continue
        months = _part_months(period)
        if (
            head is not None
            and months is not None
            and head.kind == "fiscal"
            and head.fiscal_year is not None
            and period.kind in _FISCAL_PARTS
            and period.value is None
            and period.year_offset is None
            and _FISCAL_BEFORE_PART_GAP.fullmatch(text, head.end, period.start)
        ):  # "the fiscal 2025 third quarter", "fiscal 2025's first half"
            kept[-1] = fiscal_part_period(head.start, period.end, head.fiscal_year, months)
            continue
        kept.append(period)
    return kept


_AS_OF_BEFORE = compile_before(r"\bas\s+(?:of|at)\s+$", regex.IGNORECASE)


def find_periods(text: str) -> list[Period]:
    """Periods of ``text`` in order; overlapping matches keep the earliest-listed kind.

    Nothing inside an HTML character reference is a period ("&#x2019;" is no year 2019).
    """
    found: list[Period] = []
    taken = bytearray(len(text))  # 1 where a character belongs to a period or a reference
    for start, end in character_references(text):
        taken[start:end] = b"\x01" * (end - start)
    for rule in RULES:
        for match in _matches(rule, text):
            start, end = match.span()
            if taken.find(1, start, max(end, start + 1)) != -1:
                continue
            period = rule.produce(match)
            if period is None:
                continue
            taken[start:end] = b"\x01" * (end - start)
            found.append(period)
    found.extend(_elliptical_parts(text, found))
    found.sort(key=lambda period: period.start)
    found = _attach_relative_years(text, found)
    found = _attach_fiscal_years(text, found)
    found = _resolve_anaphors(text, found)
    for index, period in enumerate(found):
        if period.kind == "report_day" and any(
            other.kind != "report_day"
            and not other.label
            and 0 <= period.start - other.end < 120
            and not _SENTENCE_BREAK.search(text, max(0, other.end - 1), period.start)
            for other in found[:index]
        ):
            # "forecasts for where the Selic will peak next year to 15.25% after the decision":
            # the clause's own period dates it; "after the decision" only dates a market quote
            period.label = True
            continue
        if _NUMBERED_NAME.match(text, max(0, period.start - 24), period.end):
            period.label = True  # "the Russell 2000 surged": a name, no year
            continue
        if (
            period.kind in ("year", "relative_year")
            and any(
                other.kind == "day"
                and max(other.start - period.end, period.start - other.end) < 60  # the gap
                and _AS_OF_BEFORE.match(text, max(0, other.start - 10), other.start)
                and not _SENTENCE_BREAK.search(
                    text, min(period.end, other.end), max(period.start, other.start)
                )
                for other in found[max(0, index - 3) : index + 4]
            )
        ):
            period.label = True  # "1,267 cases in 2025 as of July 1": counted up to that day
            continue
        if (
            period.kind == "whole_year"
            and text[period.start] in "Ff"
            and any(
                other.kind == "year"
                and other.start > period.end
                and not _SENTENCE_BREAK.search(text, period.end, other.start)
                for other in found[index + 1 : index + 4]
            )
        ):
            period.label = True  # "Full-year demand reached 94.1% of 2019 levels in 2023"
            continue
        if (
            period.kind in ("bare_month", "month")
            and text[period.end - 1] != "."  # "from July. Wheat prices fell": a sentence ends
            and match_ahead(_CONTRACT_AFTER, text, period.end)
        ):
            period.label = True  # "the October NYMEX contract gained 7 cents": a contract's name
            continue
        if match_ahead(_HOLIDAY_AFTER, text, period.end):
            period.label = True  # "because of the July 4 holiday": a name, no period of a figure
            continue
        if period.kind == "year_end_relative" and match_ahead(_ADJECTIVE_USE, text, period.end):
            period.label = True  # "a year-end dividend" names the dividend, it is no date
            continue
        if period.kind == "weekday" and (
            _REPORTING_BEFORE.match(text, max(0, period.start - 90), period.start)
            or match_ahead(_REPORTING_VERB_AFTER, text, period.end)
        ):
            period.label = True  # "the bureau said on Wednesday": the day of the report
            continue
        if period.kind == "relative_month" and _SAID_EARLIER_BEFORE.match(
            text, max(0, period.start - 40), period.start
        ):
            period.label = True  # "Statistics Norway said earlier this month": when it said so
            continue
        if _IN_EFFECT_BEFORE.match(text, max(0, period.start - 30), period.start):
            period.label = True  # "lowered to 2.40% with effect from April 23": when it applies
            continue
        if period.kind in ("day", "weekday", "bare_month", "month") and _PUBLISHED_ON.match(
            text, max(0, period.start - 60), period.start
        ):
            period.label = True  # "a flash estimate published by Eurostat on Oct. 30"
            continue
        if (
            (match_ahead(_BASE_YEAR_AFTER, text, period.end) and text[period.end - 1] != ".")
            or _BASE_YEAR_BEFORE.search(text, max(0, period.start - 20), period.start)
            or _COHORT_BEFORE.match(text, max(0, period.start - 30), period.start)
            or (period.kind == "day" and match_ahead(_DATELINE_AFTER, text, period.end))
        ):
            period.label = True
            continue
        if match_ahead(_POSSESSIVE_NOUN_AFTER, text, period.end) and _BEATEN_BEFORE.match(
            text, max(0, period.start - 20), period.start
        ):
            period.label = True  # "expects sales growth to improve on last year's rate"
            continue
        if _REFERENCE_BEFORE.match(text, max(0, period.start - 70), period.start):
            period.reference = True
            continue
        if period.kind in _RELEASE_KINDS and _FORECAST_MADE.match(
            text, max(0, period.start - 40), period.start
        ):
            # "the 43.5% Intel had forecast in April": when a forecast was made
            period.reference = True
            continue
        if (
            period.kind in (*_RELEASE_KINDS, "year", "relative_year")
            and (
                match_ahead(_NAMES_A_MOVE, text, period.end)
                or _MOVE_IN_BEFORE.match(text, max(0, period.start - 40), period.start)
            )
            and not match_ahead(_LEVEL_AFTER_MOVE, text, period.end)
        ):
            # "bets on a February cut", "signals another big cut in February": when a move
            # without a figure of its own may come
            period.reference = True
            continue
        if (
            period.kind in _RELEASE_KINDS
            and match_ahead(_NAMES_A_RELEASE, text, period.end)
            and not (period.kind == "month" and match_ahead(_DATA_ESTIMATE, text, period.end))
        ):
            # "compared with a February forecast of $30 billion": when a forecast was made
            period.reference = True
            period.comparison = _is_comparison(text, period.start, False, period.end)
            continue
        ranged = period.kind in _RANGE_KINDS or period.kind == "whole_year"
        period.comparison = _is_comparison(
            text, period.start, ranged, period.end, period.kind in _FROM_OPENS, period.kind
        )
    _mark_bracketed(text, found)
    return found


_POSSESSIVE_NOUN_AFTER = compile_pattern(
    r"['’]s?\s+(?:[a-z]+\s+){0,2}?(?:rate|level|pace|growth|figure|total|result|results|record|"
    r"performance|gain|increase|rise|decline|fall|number|high|low|peak|sales|profit|margin)\b"
    r"(?!\s+(?:of|at|was|were|stood)\b)(?![^.;\d]{0,4}\d)"
)
_BEATEN_BEFORE = compile_before(
    r"\b(?:improve[sd]?\s+on|improving\s+on|beat|beats|beating|exceed|exceeds|exceeding|"
    r"surpass|surpasses|surpassing|top|tops|topping|match|matches|matching|than|above|below|"
    r"outpace|outpaces|outpacing)\s+$",
    _I,
)
"""A period in a possessive that another figure is measured against ("to improve on last year's
rate", "beat 2024's record"): it names the standard, it dates no figure after it."""
_PUBLISHED_ON = compile_before(
    r"\b(?:published|released|issued|announced|unveiled|posted|gave|given|provided|flagged)\s+"
    r"(?:by\s+[^,.;()]{1,40}?\s+)?on\s+$"
    r"|\bas\s+(?:announced|flagged|planned|agreed|decided|signalled|signaled|pledged|promised)"
    r"\s+(?:in|on|at|back\s+in)\s+$"
    r"|\b(?:flash|preliminary|first|earlier|previous)\s+(?:estimate|release|reading)\s+of\s+$",
    regex.IGNORECASE,
)
"""The day a release came out: no period of its figures."""

_SENTENCE_BREAK = compile_pattern(r"[.;!?](?:\s|$)")

_ANAPHOR_KINDS: dict[str, tuple[str, ...]] = {
    "month": ("month", "bare_month", "day"),
    "year": ("year", "relative_year", "fiscal"),
    "quarter": ("quarter", "quarter_to", "uk_quarter", "fiscal_quarter"),
    "week": ("week_ending", "days_to"),
    "day": ("day", "iso_day", "weekday", "report_day"),
    "period": ("months_to", "month_range", "span", "quarter_to", "half", "first_months",
               "last_months", "year_to", "window", "uk_quarter", "year_range"),
}  # fmt: skip


_RECORDS_BEGAN_BEFORE = compile_before(
    r"\b(?:records?|data|series|statistics)\s+(?:began|begin|started|start)\s+(?:in\s+)?$", _I
)
"""Where a record starts ("since monthly records began in 1993"): no period a later "that year"
points back to."""


def _resolve_anaphors(text: str, periods: list[Period]) -> list[Period]:
    """ "trimmed its rate to 4.75% that month": the latest period of that kind named before;
    an anaphor with none is dropped."""
    kept: list[Period] = []
    for period in periods:
        if period.anaphor is None or period.kind == "report_period":
            kept.append(period)
            continue
        kinds = _ANAPHOR_KINDS[period.anaphor]
        earlier = next(
            (
                p
                for p in reversed(kept)
                if p.kind in kinds
                and not (
                    period.anaphor == "period"
                    and (
                        _COMPARISON_BEFORE.match(text, max(0, p.start - 40), p.start)
                        or _EARLIER_VALUE_BEFORE.match(text, max(0, p.start - 60), p.start)
                    )
                )
                and not _RECORDS_BEGAN_BEFORE.match(text, max(0, p.start - 40), p.start)
            ),
            None,
        )  # "over the period": the span last named for figures of its own, not a comparison
        if period.anaphor == "period" and (
            earlier is None or "\n" in text[earlier.end : period.start]
        ):
            # named in an earlier paragraph: the period in force, as "in the quarter" is
            kept.append(replace(period, kind="report_period"))
            continue
        if earlier is None:
            continue
        if period.anaphor == "month" and earlier.kind == "day":
            month_value = earlier.value[:7] if earlier.value else None
            copy = replace(earlier, start=period.start, end=period.end, value=month_value,
                           day=None, comparison=False, reference=False)  # fmt: skip
        else:
            copy = replace(earlier, start=period.start, end=period.end, comparison=False,
                           reference=False)  # fmt: skip
        kept.append(copy)
    return kept


def _mark_bracketed(text: str, periods: list[Period]) -> None:
    """Periods inside brackets ("4.2% (June-August)", "(April: $4.9 billion)") date the items
    in and right before their brackets only."""
    if "(" not in text:
        return
    for period in periods:
        opening = text.rfind("(", max(0, period.start - 60), period.start)
        if (
            opening < 0
            or ")" in text[opening : period.start]
            or "\n" in text[opening : period.start]
        ):
            continue
        closing = text.find(")", period.end, period.end + 80)
        if closing < 0 or "(" in text[period.end : closing] or "\n" in text[period.end : closing]:
            continue
        period.bracket = (opening, closing + 1)


_RANGE_KINDS = frozenset(
    {"month_range", "span", "first_months", "last_months", "half", "quarter_to", "until_end",
     "year_to", "season", "year_range", "week", "window", "trailing_weeks", "trailing_months"}
)  # fmt: skip
_HOLIDAY_AFTER = compile_pattern(r"\s+(?:holiday|holidays|long\s+weekend|bank\s+holiday)\b", _I)
_CONTRACT_AFTER = compile_pattern(
    r"(?:\s+(?:NYMEX|CBOT|ICE|Comex|Nymex|crude|Brent|WTI|gold|corn|wheat|soybean|cotton|"
    rf"natural\s+gas))*\s+(?:{alternation(CONTRACT_NOUNS)})\b(?!\s+(?:production|output|crop|"
    r"harvest|exports|imports|stocks|prices|planting|yields?|sales|inventories|demand|use)\b)",
    _I,
)
"""A traded contract a month names ("the October NYMEX contract", "December corn settled")."""
_ADJECTIVE_USE = compile_pattern(
    r"(?<=-end)\s+(?!(?:of|in|and|or|to|for|on|at|from|with|by|as|the|a|an)\b)[a-z]"
)
_REFERENCE_LEVEL_AFTER = compile_pattern(rf"(?<=\d)\s+(?:{alternation(REFERENCE_NOUNS)})\b", _I)
_REFERENCE_LEVEL_BEFORE = compile_before(
    rf"\b(?:{alternation(REFERENCE_NOUNS)}|rates?|highs?|peaks?|lows?|records?)\s+"
    r"(?:of|seen\s+in|set\s+in|reached\s+in)\s+(?:the\s+)?$",
    _I,
)
_SAME_SPAN_BEFORE = compile_before(
    rf"{SAME}\s+(?:quarter|month|period|week|half|time|day|season)\s+(?:of\s+|in\s+)?$", _I
)
_REFERENCE_POINT_BEFORE = compile_before(
    r"\b(?:from|since|below|above|off|short\s+of)\s+(?:its|their|the|a)\s+"
    r"(?:(?:all-time|record|recent|previous|intraday|closing|post-pandemic|[\w-]+-year)\s+)*"
    r"(?:close|closing\s+high|peak|high|low|record(?:\s+close|\s+high|\s+low)?|level|top|bottom)"
    r"\s+(?:on|in|of|set\s+on|set\s+in|reached\s+on|reached\s+in|hit\s+on|hit\s+in)\s+$",
    _I,
)
"""The point a move is measured from ("down 8.5% since its record close on July 16", "20% below
its peak in March"): its period is the comparison's. A point with its own figure ("its record
close of 5,667.20 on July 16") is that figure's period."""
_SAID_EARLIER_BEFORE = compile_before(
    rf"\b(?:{alternation(REPORTING_WORDS)})\s+(?:(?:earlier|late|early)\s+)?$", _I
)
_REPORTING_VERB_AFTER = compile_pattern(
    r"\s+(?:said|says|reported|reports|announced|announces|posted|posts|told|unveiled|"
    r"unveils)\b",
    _I,
)
"""A reporting verb right after a weekday ("Apple on Thursday reported"): the report's day;
"futures on Tuesday showed" dates what the futures showed."""
_AS_A_WHOLE_AFTER = compile_pattern(r"\s+as\s+a\s+whole\s*,", _I)
_OPENING_OVER_BEFORE = compile_before(r"(?:^|[.\n]\s*|\b(?:and|but)\s+)(?:over|in|for)\s+$", _I)
_REPORTING_BEFORE = compile_before(
    rf"\b(?:{alternation(REPORTING_WORDS)})(?:\s+[\w()'’.-]+){{0,2}}"
    rf"(?:\s+by(?:\s+[A-Za-z()'’.&-]+){{1,8}})?\s+$",
    _I,
)
_REFERENCE_BEFORE = compile_before(
    rf"(?:\b(?:{alternation(SUPERLATIVES)})\b[^.;:()]{{0,50}}?\bsince"
    rf"|\b(?:{alternation(BEGINNING_VERBS)})(?:\s+(?:in|on|at))?"
    r"|\b(?:last|not)\s+seen(?:\s+since|\s+in)?"
    r")\s+(?:the\s+)?(?:(?:year|12\s+months|twelve\s+months)\s+(?:to|ending|ended)\s+)?"
    r"(?:(?:early|late|mid)[-\s]+)?$",
    _I,
)
"""Before a benchmark period: "the lowest since 2021", "the fewest since the year to mid-1978"."""
_RELEASE_KINDS = frozenset({"bare_month", "month", "day", "weekday"})
_NAMES_A_RELEASE = compile_pattern(
    rf"(?:'s)?\s+(?:{alternation(RELEASE_NOUNS)})\b",
    _I,
)
_DATA_ESTIMATE = compile_pattern(r"\s+(?:estimate|reading)\s+of\b", _I)
"""A month with its year before "estimate of" ("the May 2024 estimate of $2,215.4 billion"): the
figure's own month, not when an estimate was made."""
_FORECAST_MADE = compile_before(
    r"\b(?:had\s+|has\s+|have\s+)?(?:forecast|projected|predicted|estimated|guided|"
    r"pencilled\s+in|penciled\s+in|targeted|promised)\s+(?:back\s+)?(?:in|on|at)\s+$",
    regex.IGNORECASE,
)
_NAMES_A_MOVE = compile_pattern(rf"\s+(?:{alternation(POLICY_MOVES)})\b", regex.IGNORECASE)
_MOVE_IN_BEFORE = compile_before(
    rf"(?<![\d%]\s{{0,20}})\b(?:another|a|an|the|further|first|next|fewer|more|additional|no)"
    rf"\s+(?:(?:big|bigger|large|"
    rf"small|jumbo|modest|further|first|second|third)\s+)*(?:{alternation(POLICY_MOVES)})\s+"
    r"(?:in|at|by|for|as\s+(?:early|soon)\s+as)\s+$"
    rf"|\b(?:{alternation(POLICY_MOVES)})\s+(?:(?:fully\s+)?priced\s+in|expected|seen)\s+"
    r"(?:in|at|by)\s+$",
    regex.IGNORECASE,
)
_LEVEL_AFTER_MOVE = compile_pattern(
    r"(?:\s+(?:next|this)\s+year)?\s*,?\s*(?:to|at)\s+(?:about\s+|around\s+)?[$€£¥₹]?\d",
    regex.IGNORECASE,
)
"""The level a move takes a rate to ("a first cut in March next year, to 4.25%")."""
_DATELINE_AFTER = compile_pattern(r"\s*(?:--|—|–)\s|\s*\(\w+\)\s*(?:--|—|–)", _I)
_BASE_YEAR_AFTER = compile_pattern(
    r"\s*(?:prices|base|=\s*100|series|as\s+(?:the\s+)?base|(?:government\s+|treasury\s+|sovereign\s+)?"
    r"(?:bonds?|notes?|maturity|maturities|paper)\b)",
    _I,
)
_COHORT_BEFORE = compile_before(
    r"\b(?:born|built|founded|established|constructed)"
    r"(?:\s+(?:in|between|from|after|before|during))?\s+$",
    _I,
)  # "the baby-boom generation born between 1947 and 1949": a name, not a date
_BASE_YEAR_BEFORE = compile_pattern(r"\b(?:constant|chained|base\s+year|base)\s+$", _I)


_ELLIPTICAL = compile_pattern(
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


_NUMBERED_NAME = compile_before(
    rf"(?<![\w-])(?:{alternation(n for n in INDEX_NAMES_WITH_NUMBER if n[-4:].isdigit())})$", _I
)
_DAY_KINDS = frozenset({"day", "iso_day", "weekday", "day_span", "week_ending", "report_day"})
_PERCENT_ON_BEFORE = compile_before(
    r"(?:%|\bper\s*cent|\bpercent|\bpoints?)\s+on\s+(?:the\s+|a\s+)?$", _I
)
_FROM_OPENS = frozenset({"month_range", "span", "until_end", "year_range"})
"""Spans written "from A to B": a "from" before them opens the span, it compares nothing."""


def _is_comparison(
    text: str,
    start: int,
    ranged: bool = False,
    end: int = -1,
    from_opens: bool = True,
    kind: str = "",
) -> bool:
    if (
        end >= 0
        and _OPENING_OVER_BEFORE.match(text, max(0, start - 8), start)
        and match_ahead(_AS_A_WHOLE_AFTER, text, end)
    ):
        return False  # "Over 2024 as a whole, the CPI rose 3.1%": the span the change covers
    if end >= 0 and match_ahead(_REFERENCE_LEVEL_AFTER, text, end):
        return True  # "94.1% of its 2019 level": a year naming the level compared with
    if _REFERENCE_LEVEL_BEFORE.match(text, max(0, start - 30), start):
        return True  # "a retreat from the double-digit rates of 2023"
    if _SAME_SPAN_BEFORE.match(text, max(0, start - 30), start):
        return True  # "42.3% in the same quarter last year": the year compared with
    if _REFERENCE_POINT_BEFORE.match(text, max(0, start - 80), start):
        return True  # "since its record close on July 16"
    window = max(0, start - 40)
    if kind not in _DAY_KINDS and _PERCENT_ON_BEFORE.match(text, window, start):
        return True  # "growth of 7% to 11% on the fourth quarter of 2023"; "on July 31" dates
    cue = _COMPARISON_BEFORE.match(text, window, start)
    if cue is None:
        return False
    word = cue.group().split()[0].lower() if cue.group().split() else ""
    if word == "from":
        return not (ranged and from_opens)  # "fell 0.5% from the June quarter" compares
    return not (ranged and word in ("over", "since", "as", "after", "following"))


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
    shifted = month_label(year * 12 + int(parts[1]) - 1 + months + quarters * 3)
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


def month_span(value: str | None) -> tuple[int, int] | None:
    """The first and last month a period value covers, as month indices (``year * 12 + month -
    1``): ``"2023-Q2"`` -> April to June 2023; ``None`` for a bare year or a day-less value."""
    if not value:
        return None
    bounds = []
    for part, edge in zip(
        (value.split("/")[0], value.split("/")[-1]), ("first", "last"), strict=True
    ):
        pieces = part.split("-")
        if not pieces[0].isdigit():
            return None
        year = int(pieces[0])
        if len(pieces) == 1:
            if "/" not in value:
                return None
            month = 1 if edge == "first" else 12
        elif pieces[1].startswith("Q") and pieces[1][1:].isdigit():
            quarter = int(pieces[1][1:])
            month = quarter * 3 - 2 if edge == "first" else quarter * 3
        elif pieces[1].isdigit():
            month = int(pieces[1])
        else:
            return None
        bounds.append(year * 12 + month - 1)
    return bounds[0], bounds[1]


def covered_months(value: str | None) -> tuple[int, int] | None:
    """Like :func:`month_span`, with a bare year its twelve months: ``"2024"`` -> January to
    December 2024."""
    if value is not None and value.isdigit():
        return int(value) * 12, int(value) * 12 + 11
    return month_span(value)
