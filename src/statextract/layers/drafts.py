"""Facts under construction: the draft each figure becomes, the context between sentences.

A :class:`Draft` holds a fact while its metric, date, change and share are being decided; a
:class:`Context` carries the date in force, the publication date and the last metric from one
sentence to the next. The assembly (:mod:`statextract.layers.assemble`), the metric step
(:mod:`statextract.layers.metrics`) and the date step (:mod:`statextract.layers.dates`) all work on
these; the few helpers and patterns that more than one of them reads live here too, so that the
steps need not import each other.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

import regex

from statextract._patterns import alternation, compile_before, compile_pattern
from statextract.figures import Figure
from statextract.layers.periods import Period, year_of
from statextract.layers.sentences import Sentence, clause_index
from statextract.lexicon._changes import (
    MONTH_ON_MONTH,
    QUARTER_ON_QUARTER,
    WEEK_ON_WEEK,
    YEAR_ON_YEAR,
)
from statextract.lexicon._periods import MONTHS

Span = tuple[int, int]
_I = regex.IGNORECASE
YOY = compile_pattern(
    rf"(?<![\w-])(?:{alternation(YEAR_ON_YEAR)})(?![\w-])"
    rf"(?!(?<=\bto)(?!\s+(?:the|end|mid|date|q[1-4]|quarter|last|this|{alternation(MONTHS)})\b))",
    _I,
)
"""A year-on-year cue; "the year to March" is one, "its estimate for next year to 1.1 mb/d" (or
"next year to" at the end of the words searched) is not."""
MOM = compile_pattern(rf"(?<![\w-])(?:{alternation(MONTH_ON_MONTH)})(?![\w-])", _I)
QOQ = compile_pattern(rf"(?<![\w-])(?:{alternation(QUARTER_ON_QUARTER)})(?![\w-])", _I)
WOW = compile_pattern(rf"(?<![\w-])(?:{alternation(WEEK_ON_WEEK)})(?![\w-])", _I)
RATE_UNITS = frozenset({"percent", "percentage_point", "point", "basis_point"})
ATTRIBUTIVE_BEFORE = compile_before(
    r"\b(?:a|an|its|their|the)\s+(?:(?:record|estimated|projected|expected|forecast|planned)\s+)?$",
    _I,
)


@dataclass(slots=True)
class Draft:
    """A fact under construction, in normalised coordinates."""

    figure: Figure
    rule: str
    value: Decimal | None
    unit: str
    qualifier: str | None
    metric: Span | None = None
    date: str | None = None
    date_explicit: bool = False
    date_local: bool = False
    """The date comes from a period that dates its own clause only ("Tuesday's close of 4.32%")."""
    change_direction: str | None = None
    change_value: Decimal | None = None
    change_unit: str | None = None
    change_since: str | None = None
    changed: Span | None = None
    """The object of a transitive change verb, which is what the figure measures."""
    metric_detail: Span | None = None
    """Words that finish a counted noun ("people" + "working part time")."""
    metric_domain: Span | None = None
    """Whom a generic metric is about ("For emerging economies, growth ...")."""
    metric_owner: str | None = None
    """Who "its"/"their" in the metric refers to ("their index" -> "used cars and trucks")."""
    forecaster: str | None = None
    """Who expected the figure, as the metric ends ("forecast by economists")."""
    year_to: bool = False
    """Dated by "the year to March 2024" as a 12-month span; that phrase is then no comparison."""
    elided: bool = False
    """The change word is not repeated ("grew 5% in May and 6% in June": the 6%)."""
    change_span: Span | None = None
    share_value: Decimal | None = None
    share_of: Span | None = None
    share_span: Span | None = None
    parent_metric: str | None = None
    sentence: Span = (0, 0)
    evidence: dict[str, Span] = field(default_factory=dict)
    from_value: bool = False
    counted: bool = False
    """The metric is the counted noun after the figure."""
    link: Draft | None = None
    """The fact whose metric this one shares (earlier values, comparisons, list items)."""
    metric_text: str | None = None
    """A metric carried from an earlier sentence (no span of its own here)."""
    share_of_text: str | None = None
    growth_of: bool = False
    """The figure is its metric's growth rate, a level ("expects the economy to grow 1.5%, down
    from 1.8%": economic growth)."""


@dataclass(slots=True)
class Context:
    """What carries across sentences: the date in force, the publication date, the last metric."""

    published: dt.date | None
    date: str | None = None
    main_date: str | None = None
    forecast: bool = False
    """The date in force is the period of a forecast: it holds to the end of its paragraph."""
    """The period of the report: the first date its body states. Each paragraph starts from it."""
    last_metric: str | None = None
    last_top_metric: str | None = None
    recent_metrics: list[str] = field(default_factory=list)
    """The metrics of the latest sentences, newest last, each once ("the two measures")."""
    last_whole: str | None = None
    """The whole of the last share stated ("coal's share" without one takes it)."""
    last_group: str | None = None
    """The surveyed group of the last share whose members state something ("37.0% of
    consumers said ..."): a later "19.1% described them as good" is a share of it."""
    last_comparison: tuple[str, str] | None = None
    """The date of the last level compared and the date it was compared with: an earlier value
    without a period of its own in a parallel comparison takes the same one."""
    last_level: Draft | None = None
    """The last level stated, which "This was up from 3.1%" in the next sentence refers to."""
    policy_rate: Span | None = None
    """The first policy rate the document names ("repo rate"): what a bare "a 25 basis point
    reduction" moves."""
    topic_source: tuple[Sentence, list[Period]] | None = None
    """The sentence just before, when it states no figure, and its periods: its subject ("Household
    debt remains a drag on spending.") is what "It stood at 16.4 trillion baht" in the next one
    measures. Read only when a pronoun needs it."""

    @property
    def year(self) -> int | None:
        """The year periods without one take."""
        return year_of(self.date) or (self.published.year if self.published else None)


def compare_values(later: Decimal | None, earlier: Decimal | None) -> str | None:
    """The direction from ``earlier`` to ``later``: "increase", "decrease" or "unchanged"; None
    when either is unknown."""
    if later is None or earlier is None:
        return None
    if later > earlier:
        return "increase"
    if later < earlier:
        return "decrease"
    return "unchanged"


def metric_text(text: str, draft: Draft) -> str | None:
    """The words of ``draft``'s metric span (None when it has none)."""
    return text[draft.metric[0] : draft.metric[1]] if draft.metric else None


def range_low(drafts: list[Draft], figure: Figure) -> Figure:
    """The low end of the range ``figure`` tops ("57 million to 59 million"), or ``figure``."""
    return next((d.figure for d in drafts if d.figure.range_high is figure), figure)


def clause_bounds(sentence: Sentence, figure: Figure) -> Span:
    """The span of the clause of ``sentence`` that holds ``figure``'s number."""
    return sentence.clauses[clause_index(sentence, figure.number_start)]
