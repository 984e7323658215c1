"""The quantity layer: every number of a text as a :class:`Quantity`, in text order.

Quantities come from the same figure pass as facts (see :meth:`statextract.Extractor.read`).
Each has its span, exact value (a range also has ``low`` and ``high``), canonical unit and the
unit as written, the counted noun's lemma for counts, its qualifier, and a role: ``level``,
``change`` (with ``direction``) or ``share`` for statistics, or why it is not one — ``year``,
``date``, ``fiscal_year``, ``time``, ``ordinal``, ``code``, ``footnote``, ``age``, ``duration``,
``threshold``, ``modifier``, ``reference`` or ``index_base``.
"""

from __future__ import annotations

import bisect
from decimal import Decimal
from itertools import accumulate, pairwise

import regex
from pydantic import BaseModel, ConfigDict

from statextract._patterns import compile_before, compile_pattern, match_ahead, squash
from statextract.figures import Figure, scale_factor
from statextract.layers.periods import Period
from statextract.layers.roles import Role, classify
from statextract.layers.sentences import Sentence, clause_index
from statextract.lexicon._nouns import (
    INVARIANT_NOUNS,
    IRREGULAR_PLURALS,
    NON_NOUNS,
    NOUN_SKIP_WORDS,
    SINGULAR_ENDINGS,
)
from statextract.lexicon._units import AGE_UNIT, DURATION_UNITS, PHYSICAL_UNITS
from statextract.models import Direction, Number, Qualifier
from statextract.normalize import NormalizedText

ROLES: tuple[str, ...] = (
    "level", "change", "share", "year", "date", "fiscal_year", "time", "ordinal", "code",
    "footnote", "marker", "age", "duration", "threshold", "modifier", "reference", "index_base",
    "base", "source",
)  # fmt: skip
"""The roles a quantity can have: three statistical ones, then the kinds of non-statistics."""

_I = regex.IGNORECASE
_NO_UNIT_ROLES = frozenset(
    {"year", "date", "fiscal_year", "time", "ordinal", "code", "footnote", "marker"}
)
_NOUN_ROLES = frozenset({"level", "change", "share", "threshold", "reference", "modifier"})
_PERIOD_ROLES = {"year": "year", "fiscal": "fiscal_year"}
_DIGIT = compile_pattern(r"\d")
_WORD_AFTER = compile_pattern(r"\s+(?P<word>[a-z][a-z'’-]*[a-z])(?![\w'’-])")
_HYPHEN_WORD = compile_pattern(r"-(?P<word>[A-Za-z]+)(?P<old>-old\b)?")
_RANGE_BETWEEN = compile_pattern(r"\s*(?:-|–|to|and)\s*", _I)
_RANGE_BEFORE = compile_before(r"(?:\bbetween|\branging\s+from|\brange\s+from|\bfrom)\s+$", _I)
_CLOCK = compile_pattern(
    r"(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?(?:[:.]\d{2})?\s*(?P<half>a\.m\.|p\.m\.|am|pm)?"
    r"|(?P<h4>\d{2})(?P<m4>\d{2})",
    _I,
)
_SIGNS = " -+"


class Quantity(BaseModel):
    """One quantity as written, with its value, unit, counted noun and role."""

    model_config = ConfigDict(frozen=True)

    text: str
    start: int
    end: int
    value: Number | None = None
    """The exact value, scale applied ("2.5 million" -> 2500000); a range's midpoint."""
    low: Number | None = None
    high: Number | None = None
    unit: str | None = None
    """Canonical: ``count``, ``percent``, an ISO-4217 code, or a physical unit in snake_case."""
    unit_text: str | None = None
    noun: str | None = None
    """The counted noun's lemma for counts ("5 people" -> "person")."""
    qualifier: Qualifier | None = None
    role: str
    """One of :data:`ROLES`."""
    direction: Direction | None = None
    iso: str | None = None
    """ISO-like value of a date, year, fiscal year or time of day ("2015-04", "14:15")."""


def lemma(word: str) -> str:
    """The singular of a plural noun ("companies" -> "company", "people" -> "person")."""
    word = word.lower()
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word in INVARIANT_NOUNS or not word.endswith("s") or word.endswith(SINGULAR_ENDINGS):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    return word[:-1]


def build_quantities(
    normalized: NormalizedText,
    figures: list[Figure],
    statistical: list[Figure],
    periods: list[Period],
    sentences: list[Sentence],
) -> list[Quantity]:
    """Quantities of a read text: its figures (``statistical`` ones with roles) and dated numbers.

    Figures are read, never changed, so the same reading can go on to build facts.
    """
    text = normalized.text
    roles = _roles(text, statistical, sentences)
    period_starts = [period.start for period in periods]
    drafts: list[_Draft] = []
    for figure in figures:
        role = roles.get(id(figure))
        if role is None:
            if figure.nonstat is None and _inside(figure, periods, period_starts):
                continue
            drafts.append(_Draft(figure, figure.nonstat or "year", None))
        else:
            drafts.append(_Draft(figure, role[0], role[1]))
    _join_ranges(text, drafts)
    found = [_quantity(normalized, draft) for draft in drafts if not draft.absorbed]
    spans = sorted((q.start, q.end) for q in found)
    starts = [start for start, _ in spans]
    reach = list(accumulate((end for _, end in spans), max))
    # reach[i]: the furthest end among the first i + 1 spans; a period overlaps a quantity when
    # one of the spans that start before the period ends reaches past its start.
    for period in periods:
        if _DIGIT.search(text, period.start, period.end):
            start, end = normalized.to_original(period.start, period.end)
            before = bisect.bisect_left(starts, end)
            if not (before and reach[before - 1] > start):
                found.append(_period_quantity(normalized, period, start, end))
    found.sort(key=lambda quantity: quantity.start)
    return found


class _Draft:
    """A quantity under construction: one figure, or the low end of a range."""

    __slots__ = ("absorbed", "direction", "figure", "high", "low_value", "role")

    def __init__(self, figure: Figure, role: str, direction: str | None) -> None:
        self.figure = figure
        self.role = role
        self.direction = direction
        self.high: Figure | None = None
        self.low_value: Decimal | None = figure.value
        self.absorbed = False


def _roles(
    text: str, figures: list[Figure], sentences: list[Sentence]
) -> dict[int, tuple[str, str | None]]:
    """Role and direction of each statistical figure (keyed by ``id``), read clause by clause."""
    result: dict[int, tuple[str, str | None]] = {}
    index = 0
    for sentence in sentences:
        chosen: list[Figure] = []
        while index < len(figures) and figures[index].number_start < sentence.end:
            chosen.append(figures[index])
            index += 1
        clause_of = [clause_index(sentence, figure.number_start) for figure in chosen]
        previous_role: Role | None = None
        last_change: Role | None = None
        for position, figure in enumerate(chosen):
            same = position > 0 and clause_of[position - 1] == clause_of[position]
            previous = chosen[position - 1] if same else None
            clause_start = sentence.clauses[clause_of[position]][0]
            role = classify(
                text, figure, clause_start, previous, previous_role if same else None, last_change
            )
            if role.kind == "restatement" and previous_role is not None:
                role = Role("change", direction=previous_role.direction)
            if role.kind == "change":
                last_change = role
            kind = "level" if role.kind == "from_value" else role.kind
            result[id(figure)] = (kind, role.direction if kind == "change" else None)
            previous_role = role
    for figure in figures[index:]:
        result[id(figure)] = ("level", None)
    return result


def _inside(figure: Figure, periods: list[Period], starts: list[int]) -> bool:
    index = bisect.bisect_right(starts, figure.number_start) - 1
    return index >= 0 and periods[index].end > figure.number_start


def _join_ranges(text: str, drafts: list[_Draft]) -> None:
    """ "between 3 and 5 million", "$5-10 million", "aged 16 to 64": one quantity, low to high."""
    for first, second in pairwise(drafts):
        low, high = first.figure, second.figure
        if first.absorbed or first.role != second.role or first.role not in ("level", "age"):
            continue
        if low.value is None or high.value is None:
            continue
        between = _RANGE_BETWEEN.fullmatch(text, low.end, high.left)
        if between is None:
            continue
        joiner = between.group().strip().lower()
        cue = _RANGE_BEFORE.match(text, max(0, low.left - 20), low.left)
        cue_word = cue.group().split()[0].lower() if cue else None
        if first.role == "level" and joiner in ("to", "and") and cue_word is None:
            continue
        if cue_word == "from" and joiner != "to":
            continue
        if low.explicit_unit and high.explicit_unit and low.unit != high.unit:
            continue
        if low.explicit_unit and not high.explicit_unit and low.currency is None:
            continue
        low_value = low.value
        if not low.scale_text and high.scale_text:
            low_value = low_value * (scale_factor(high.scale_text) or Decimal(1))
        if low_value >= high.value:
            continue
        first.high = high
        first.low_value = low_value
        second.absorbed = True


def _quantity(normalized: NormalizedText, draft: _Draft) -> Quantity:
    text = normalized.text
    figure = draft.figure
    role = draft.role
    last = draft.high or figure
    end = last.end
    unit: str | None = figure.unit
    unit_text = _unit_text(text, last) or _unit_text(text, figure)
    noun: str | None = None
    iso: str | None = None
    if draft.high is not None and not figure.explicit_unit:
        unit = draft.high.unit
    hyphen = match_ahead(_HYPHEN_WORD, text, figure.number_end) if figure.kind == "digits" else None
    if role == "age":
        unit = AGE_UNIT
        if hyphen and hyphen.group("old") and end == figure.number_end:
            end = hyphen.end()
            unit_text = text[figure.number_end + 1 : end]
    elif role == "duration":
        unit = DURATION_UNITS.get(squash(figure.unit_text.lower()), figure.unit)
    elif role == "modifier" and hyphen is not None:
        end = hyphen.end()
        word = hyphen.group("word").lower()
        unit_text = hyphen.group("word")
        unit = DURATION_UNITS.get(word) or PHYSICAL_UNITS.get(word) or "count"
        if unit == "count":
            noun, unit_text = lemma(word), None
    elif role == "time":
        unit, unit_text, iso = None, None, _clock(text[figure.number_start : figure.end])
    if role in _NO_UNIT_ROLES:
        unit = None
        unit_text = None if role != "time" else unit_text
    if unit == "count" and noun is None and role in _NOUN_ROLES:
        noun = _counted_noun(text, end)
    start, stop = normalized.to_original(figure.start, end)
    low = draft.low_value if draft.high is not None else None
    high = draft.high.value if draft.high is not None else None
    value = (low + high) / 2 if low is not None and high is not None else figure.value
    if role == "time":
        value = None
    return Quantity(
        text=normalized.original[start:stop],
        start=start,
        end=stop,
        value=_plain(value),
        low=_plain(low),
        high=_plain(high),
        unit=unit,
        unit_text=unit_text,
        noun=noun,
        qualifier=None if draft.high is not None else _qualifier(figure.qualifier),
        role=role,
        direction=_direction(draft.direction),
        iso=iso,
    )


def _unit_text(text: str, figure: Figure) -> str | None:
    """The unit as written: a unit word, or the currency sign, code or word around the number."""
    if figure.unit_text:
        return figure.unit_text
    if figure.currency is None:
        return None
    before = text[figure.start : figure.number_start].strip(_SIGNS)
    if before:
        return before.strip()
    after = text[figure.number_end : figure.end].strip()
    if figure.scale_text and after.lower().startswith(figure.scale_text.lower()):
        after = after[len(figure.scale_text) :].strip()
    return after or None


def _counted_noun(text: str, position: int) -> str | None:
    """The lemma of the noun counted right after ``position`` ("5 new cases" -> "case")."""
    for _ in range(3):
        match = match_ahead(_WORD_AFTER, text, position)
        if match is None:
            return None
        word = match.group("word").lower()
        if word in NOUN_SKIP_WORDS:
            position = match.end()
            continue
        if word in NON_NOUNS or word.endswith("ly"):
            return None
        return lemma(word)
    return None


def _clock(surface: str) -> str | None:
    """ "2.15pm" -> "14:15", "10:30 a.m." -> "10:30", "1400" -> "14:00"."""
    match = _CLOCK.match(surface)
    if match is None:
        return None
    if match.group("h4"):
        hour, minute = int(match.group("h4")), int(match.group("m4"))
    else:
        hour, minute = int(match.group("h")), int(match.group("m") or 0)
        half = (match.group("half") or "").lower().replace(".", "")
        if half == "pm" and hour < 12:
            hour += 12
        elif half == "am" and hour == 12:
            hour = 0
    if hour > 24 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def _period_quantity(normalized: NormalizedText, period: Period, start: int, end: int) -> Quantity:
    role = _PERIOD_ROLES.get(period.kind, "date")
    value = Decimal(period.value) if role == "year" and period.value else None
    return Quantity(
        text=normalized.original[start:end],
        start=start,
        end=end,
        value=value,
        role=role,
        iso=period.value,
    )


def _plain(value: Decimal | None) -> Decimal | None:
    """Whole numbers without an exponent (``Decimal("3.46E+7")`` -> ``Decimal("34600000")``)."""
    if value is not None and value.is_finite() and value == value.to_integral_value():
        return Decimal(int(value))
    return value


def _qualifier(value: str | None) -> Qualifier | None:
    if value in ("approximately", "more_than", "less_than", "at_least", "at_most"):
        return value  # type: ignore[return-value]
    return None


def _direction(value: str | None) -> Direction | None:
    if value in ("increase", "decrease", "unchanged"):
        return value  # type: ignore[return-value]
    return None
