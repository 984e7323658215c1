"""The :class:`Extractor`: text -> normalised text -> figures -> facts and quantities.

One figure pass per text (:meth:`Extractor.read`) feeds both the fact layer (:meth:`~Extractor.
extract`) and the quantity layer (:meth:`~Extractor.quantities`); :meth:`~Extractor.analyze`
returns both from the same pass.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

import regex

from statextract._patterns import compile_pattern, squash
from statextract.figures import Figure, find_figures
from statextract.layers.assemble import Context, Draft, build_sentence_facts
from statextract.layers.currency_kinds import settle_currency_kinds
from statextract.layers.dates import (
    carry_outlook_period,
    carry_reported_period,
    date_headline,
    date_stocks_at_week_end,
)
from statextract.layers.exchange_rates import carry_exchange_rates, settle_exchange_rates
from statextract.layers.layout import (
    DocumentLayout,
    apply_fiscal_calendar,
    mark_layout,
    read_layout,
    settle_currency,
    settle_oil_volumes,
    settle_pence,
)
from statextract.layers.metrics import metric_phrase, note_topic
from statextract.layers.period_grammar import month_index
from statextract.layers.periods import (
    Period,
    covered_months,
    find_periods,
    month_span,
    year_of,
)
from statextract.layers.policy_rates import find_policy_rate
from statextract.layers.sentences import Sentence, split_sentences
from statextract.models import Change, Fact, Share
from statextract.normalize import NormalizedText, normalize
from statextract.published import PublishedDate as PublishedDate
from statextract.published import parse_published as parse_published
from statextract.published import published_label
from statextract.quantity import Quantity, build_quantities

_ANY_NUMBER = compile_pattern(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|half|third|quarter|fifth|hundred|thousand|million|billion|dozen)\b"
    r"|fold\b",
    regex.IGNORECASE,
)
DEFAULT_MAX_CHARS = 5_000_000


class InputTooLargeError(ValueError):
    """Raised when a text is longer than the extractor's ``max_chars``."""

    def __init__(self, length: int, limit: int) -> None:
        super().__init__(
            f"text has {length:,} characters, more than max_chars={limit:,} "
            "(--max-chars on the command line)"
        )
        self.length = length
        self.limit = limit

    def __reduce__(self) -> tuple[type[InputTooLargeError], tuple[int, int]]:
        return type(self), (self.length, self.limit)


_CURRENCY_CODE = compile_pattern(r"[A-Za-z]{3}")


def check_currency(currency: str | None) -> str | None:
    """An ISO-4217 code (upper-cased), or ``None``; anything else raises ``ValueError``."""
    if currency is None or currency == "":
        return None
    if not isinstance(currency, str):
        raise TypeError(f"currency must be an ISO-4217 code (str), got {type(currency).__name__}")
    code = currency.strip()
    if not _CURRENCY_CODE.fullmatch(code):
        raise ValueError(f"currency must be an ISO-4217 code such as 'AUD', got {currency!r}")
    return code.upper()


@dataclass(slots=True)
class Reading:
    """A text after its one figure pass: normalised, with its periods, figures and sentences."""

    normalized: NormalizedText
    layout: DocumentLayout = field(default_factory=DocumentLayout)
    periods: list[Period] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    """Every figure in text order, non-statistics (years, codes, times ...) included."""
    sentences: list[Sentence] = field(default_factory=list)


class Analysis(NamedTuple):
    """Facts and quantities of one text, from the same figure pass."""

    facts: list[Fact]
    quantities: list[Quantity]


class Extractor:
    """Holds the compiled rules; call :meth:`extract` on each text.

    ``max_chars`` bounds the size of one text (default 5,000,000 characters); a longer text raises
    :class:`InputTooLargeError` rather than tying up a worker.
    """

    def __init__(self, max_chars: int = DEFAULT_MAX_CHARS) -> None:
        self.max_chars = max_chars

    def __call__(
        self, text: str, published: PublishedDate = None, currency: str | None = None
    ) -> list[Fact]:
        return self.extract(text, published, currency)

    def extract(
        self, text: str, published: PublishedDate = None, currency: str | None = None
    ) -> list[Fact]:
        """Facts of ``text`` in text order; ``published`` anchors relative dates and
        ``currency`` (an ISO-4217 code) says what a bare "$" means in this text."""
        return self.facts_of(self.read(text, currency), published)

    def quantities(self, text: str, currency: str | None = None) -> list[Quantity]:
        """Every quantity of ``text`` in text order (statistics and non-statistics alike)."""
        return self.quantities_of(self.read(text, currency))

    def analyze(
        self, text: str, published: PublishedDate = None, currency: str | None = None
    ) -> Analysis:
        """Facts and quantities of ``text`` from one figure pass."""
        reading = self.read(text, currency)
        quantities = self.quantities_of(reading)
        return Analysis(self.facts_of(reading, published), quantities)

    def read(self, text: str, currency: str | None = None) -> Reading:
        """The figure pass: normalise ``text``, read its layout, find its periods, figures and
        sentences."""
        if not isinstance(text, str):
            raise TypeError(f"text must be str, got {type(text).__name__}")
        if len(text) > self.max_chars:
            raise InputTooLargeError(len(text), self.max_chars)
        currency = check_currency(currency)
        normalized = normalize(text)
        body = normalized.text
        if not _ANY_NUMBER.search(body):
            return Reading(normalized)
        layout = read_layout(body, currency)
        periods = find_periods(body)
        apply_fiscal_calendar(periods, layout, body)
        for period in periods:
            if layout.in_dateline(period.start) or layout.in_source_line(period.start):
                period.label = True  # "WASHINGTON, Jan 5 (Reuters) -": the day of the report
        figures = find_figures(body, layout.figure_hints, skip=[(p.start, p.end) for p in periods])
        mark_layout(figures, layout)
        settle_currency(body, figures, layout)
        settle_pence(body, figures)
        settle_oil_volumes(body, figures)
        settle_exchange_rates(body, figures)
        settle_currency_kinds(body, figures)
        carry_exchange_rates(body, figures)
        sentences = split_sentences(body) if figures or periods else []
        return Reading(normalized, layout, periods, figures, sentences)

    def facts_of(self, reading: Reading, published: PublishedDate = None) -> list[Fact]:
        """Facts of a text already read (its figures are updated in place as facts form)."""
        anchor = parse_published(published)
        drafts = self._drafts(reading, anchor)
        label = published_label(published)
        if anchor is not None and label is not None:
            day = anchor.isoformat()
            for draft in drafts:  # dated by a partial publication date alone: keep its precision
                if draft.date == day and not draft.date_explicit:
                    draft.date = label
        return [_to_fact(reading.normalized, draft) for draft in drafts]

    def quantities_of(self, reading: Reading) -> list[Quantity]:
        """Quantities of a text already read; call it before :meth:`facts_of` on one reading."""
        statistical = _drop_period_numbers(reading.figures, reading.periods)
        return build_quantities(
            reading.normalized, reading.figures, statistical, reading.periods, reading.sentences
        )

    def drafts(self, text: str, published: dt.date | None) -> list[Draft]:
        """Fact drafts of an already normalised text."""
        return self._drafts(self.read(text), published)

    def _drafts(self, reading: Reading, published: dt.date | None) -> list[Draft]:
        text = reading.normalized.text
        periods = reading.periods
        figures = _drop_period_numbers(reading.figures, periods)
        if not figures:
            return []
        context = Context(published, policy_rate=find_policy_rate(text))
        headline = reading.layout.headline
        drafts: list[Draft] = []
        figure_index = 0
        period_index = 0
        previous_end = 0
        main_from_forecast = False
        ahead_date: str | None = None
        headline_date: str | None = None
        for sentence in reading.sentences:
            if "\n" in text[previous_end : sentence.start] and (
                _detour(context)
                or (context.forecast and context.main_date is None)
                or (context.main_date is None and _lies_ahead(context))
            ):
                context.date = context.main_date  # a new paragraph returns to the report's period
                context.forecast = False
            previous_end = sentence.end
            in_headline = headline is not None and headline[0] <= sentence.start < headline[1]
            while (
                figure_index < len(figures) and figures[figure_index].number_start < sentence.start
            ):
                figure_index += 1
            chosen: list[Figure] = []
            while figure_index < len(figures) and figures[figure_index].number_start < sentence.end:
                chosen.append(figures[figure_index])
                figure_index += 1
            while period_index < len(periods) and periods[period_index].start < sentence.start:
                period_index += 1
            if not chosen:
                if not in_headline:
                    note_topic(sentence, periods[period_index:], context)
                    carry_reported_period(text, sentence, periods[period_index:], context)
                    carry_outlook_period(text, sentence, periods[period_index:], context)
                    if context.date != headline_date:
                        # not "March sales seen up 1%" in the headline: a figure-less sentence
                        # of the body hands on a period the body states
                        context.main_date = context.main_date or context.date
                continue
            local: list[Period] = []
            cursor = period_index
            while cursor < len(periods) and periods[cursor].start < sentence.end:
                local.append(periods[cursor])
                cursor += 1
            starts = [period.start for period in local]
            built: list[Draft] = []
            date_before = context.date
            for part, figures_in_part in _parts(sentence, chosen):
                periods_in_part = local[
                    bisect.bisect_left(starts, part.start) : bisect.bisect_left(starts, part.end)
                ]
                built.extend(
                    build_sentence_facts(text, part, figures_in_part, periods_in_part, context)
                )
            if in_headline and context.date != date_before and _not_over(built, published):
                headline_date = context.date  # "March sales seen up 1%": a period not yet over
            drafts.extend(built)
            context.topic_source = None
            ahead_only = _ahead_only(built, published)
            if (
                main_from_forecast
                and not in_headline
                and any(d.date_explicit and not d.from_value for d in built)
                and not ahead_only
            ):
                # "In the three months to December, net sales rose 10%" after a paragraph that
                # forecasts the coming quarter: the report is on the quarter it reports
                context.main_date = _report_date(built, published) or context.date
                main_from_forecast = False
            if (
                not in_headline
                and context.main_date is None
                and (ahead_only or (context.forecast and _year_ahead(built, published)))
            ):  # "stuck with its forecast of half a percentage point of cuts this year"
                ahead_date = context.date  # "The company expects net sales of ... in the
                # January-March quarter": the coming quarter, on the report's day
            elif not in_headline and context.main_date is None:
                # the report's period: the first date its body states ("from 8.2 billion in 2024
                # to 10.3 billion in the mid-2080s" reports on 2024)
                context.main_date = (
                    _report_date(built, published)
                    or context.date
                    or next((d.date for d in built if d.date and not d.from_value), None)
                )  # a report that states no period is on its publication day
                main_from_forecast = ahead_date is not None and context.main_date == ahead_date
                if (
                    published is not None
                    and context.main_date == published.isoformat()
                    and any(_ahead_only([d], published) for d in built)
                ):
                    # "Nvidia forecast fourth-quarter revenue of $37.5 billion ... on
                    # Wednesday": the day of a forecast, not the period the report is on
                    context.main_date = None
        drafts.sort(key=lambda draft: draft.figure.start)
        date_headline(drafts, reading.layout.headline)
        date_stocks_at_week_end(text, drafts)
        return drafts


_QUARTER_MONTHS = 2
_YEAR_MONTHS = 12


def _report_date(drafts: list[Draft], published: dt.date | None) -> str | None:
    """The first date a report's body states for its own figures: not an earlier value's
    ("fell to 2% in May from 3% in April" reports on May), not a clause's own ("Tuesday's close
    of 4.32%") and not a projection's, unless the sentence states nothing else ("from 8.2
    billion in 2024 to 10.3 billion in the 2080s")."""
    stated = [
        d
        for d in drafts
        if d.date_explicit
        and d.date
        and not d.date_local
        and not (d.from_value and "date" not in d.evidence)  # dated by "Since September,"
    ]
    if published is not None:
        stated = [d for d in stated if (year_of(d.date) or 0) <= published.year] or stated
    own = [d for d in stated if not d.from_value] or stated
    return own[0].date if own else None


def _ahead_only(drafts: list[Draft], published: dt.date | None) -> bool:
    """Every period the sentence states is a month or quarter that has not ended at publication:
    a lead that forecasts ("Nvidia forecast fourth-quarter revenue of $37.5 billion") is not on
    the report's own period."""
    return _every_stated(
        drafts,
        published,
        month_span,
        lambda span, today: span[1] > today and span[1] - span[0] <= _QUARTER_MONTHS,
    )


def _year_ahead(drafts: list[Draft], published: dt.date | None) -> bool:
    """The sentence forecasts only rate moves for a year not over at publication: "stuck with its
    forecast of half a percentage point of cuts this year" is no period of the report."""
    if not all(d.unit in _MOVE_UNITS for d in drafts):
        return False  # a forecast of a level ("demand would rise to 103.9 million bpd") reports
    return _every_stated(
        drafts,
        published,
        covered_months,
        lambda span, today: span[1] > today and span[1] - span[0] >= _YEAR_MONTHS - 1,
    )


_MOVE_UNITS = frozenset({"percentage_point", "basis_point"})


def _not_over(drafts: list[Draft], published: dt.date | None) -> bool:
    """Every period the sentence states runs at least to the month of publication ("March sales
    seen up 1%" on March 27)."""
    return _every_stated(drafts, published, month_span, lambda span, today: span[1] >= today)


def _every_stated(
    drafts: list[Draft],
    published: dt.date | None,
    span_of: Callable[[str | None], tuple[int, int] | None],
    holds: Callable[[tuple[int, int], int], bool],
) -> bool:
    """The sentence states a period, and every period it states has a span (``span_of``) that
    ``holds`` against the month of publication."""
    if published is None:
        return False
    stated = [span_of(d.date) for d in drafts if d.date_explicit and d.date]
    today = month_index(published)
    return bool(stated) and all(span is not None and holds(span, today) for span in stated)


def _lies_ahead(context: Context) -> bool:
    """The period in force ends after publication ("16,000 job cuts to be completed by the end
    of 2027" in the lead): a deadline, not the report's period."""
    span = covered_months(context.date) if context.date else None
    published = context.published
    return span is not None and published is not None and span[1] > month_index(published)


def _detour(context: Context) -> bool:
    """The period in force is an earlier one of the same kind as the report's period: a
    paragraph of background ("By April 15 the daily count was ...") that the next paragraph
    leaves."""
    main, now = context.main_date, context.date
    if main is None or now is None or now == main:
        return False
    if context.forecast:
        return True  # "For the second quarter, Meta forecast ..." ends with its paragraph
    published = context.published
    if published is not None and (year_of(now) or 0) > published.year:
        return True  # "to about 10.2 billion by 2100": a projection ends with its paragraph
    ahead = covered_months(now)
    if (
        published is not None
        and ahead is not None
        and ahead[1] > month_index(published)
        and (month_span(main) or (0, 0))[1] <= month_index(published)
    ):
        return True  # "net interest income of about $94 billion for 2025", said in January 2025
    inner, outer = month_span(now), month_span(main)
    if inner is None and now.isdigit():
        inner = (int(now) * 12, int(now) * 12 + 11)  # a year: its twelve months
    if (
        now.isdigit()
        and main.count("-") < 2
        and outer is not None
        and outer[1] - outer[0] <= _QUARTER_MONTHS
        and year_of(main) == int(now)
    ):
        return True  # "For 2024 as a whole, prices rose 2.2%" in a December report
    if inner is not None and outer is not None and inner[1] == outer[1] and inner[0] < outer[0]:
        return True  # "output from June to August was 1.3% below" in an August report
    if (
        inner is not None
        and outer is not None
        and outer[1] - outer[0] <= _QUARTER_MONTHS
        and outer[0] <= inner[0] <= outer[1]
    ):
        return True  # "averaged 3.24 billion in March" inside a first-quarter report
    if (
        inner is not None
        and outer is not None
        and inner[1] < outer[0]
        and (main.count("-") < 2 or outer[0] - inner[1] >= _YEAR_MONTHS)
    ):
        # "Combined, employment in September and October was revised ..." in a November report;
        # a report dated only by its day keeps an earlier period a paragraph states, unless it
        # lies more than a year back ("raised its rate to a peak of 1.75% in June 2023")
        return True
    if (
        inner is not None
        and outer is not None
        and now.split("/")[0].count("-") == 2
        and main.split("/")[0].count("-") < 2
        and (inner[0] > outer[1] or inner[1] < outer[0])
    ):
        return True  # "6.77% in the week to June 26" in a May report: those days only
    if "/" in now or "/" in main:
        return False
    return len(now) == len(main) and now < main


MAX_FIGURES_PER_SENTENCE = 48
"""A longer run of figures without a sentence break (a flattened table, digit soup) is read in
windows of this many figures, so that the work per sentence stays bounded."""


def _parts(sentence: Sentence, figures: list[Figure]) -> Iterator[tuple[Sentence, list[Figure]]]:
    """The sentence itself, or windows of it when it holds too many figures."""
    if len(figures) <= MAX_FIGURES_PER_SENTENCE:
        yield sentence, figures
        return
    all_clauses = sentence.clauses
    clause_ends = [end for _, end in all_clauses]
    for index in range(0, len(figures), MAX_FIGURES_PER_SENTENCE):
        group = figures[index : index + MAX_FIGURES_PER_SENTENCE]
        start = sentence.start if index == 0 else group[0].left
        following = index + MAX_FIGURES_PER_SENTENCE
        end = figures[following].left if following < len(figures) else sentence.end
        clauses: list[tuple[int, int]] = []
        position = bisect.bisect_right(clause_ends, start)
        while position < len(all_clauses) and all_clauses[position][0] < end:
            clause_start, clause_end = all_clauses[position]
            clauses.append((max(clause_start, start), min(clause_end, end)))
            position += 1
        yield Sentence(start, end, tuple(clauses) or ((start, end),)), group


def _drop_period_numbers(figures: list[Figure], periods: list[Period]) -> list[Figure]:
    """The statistical figures: no non-statistics, no numbers inside dates, no bare years."""
    kept: list[Figure] = []
    index = 0
    for figure in figures:
        while index < len(periods) and periods[index].end <= figure.number_start:
            index += 1
        inside = index < len(periods) and periods[index].start <= figure.number_start
        if figure.nonstat is None and not inside and not _looks_like_year(figure):
            kept.append(figure)
    return kept


def _looks_like_year(figure: Figure) -> bool:
    """A bare four-digit whole number between 1800 and 2100 ("in 2023")."""
    value = figure.value
    return (
        figure.kind == "digits"
        and not figure.explicit_unit
        and not figure.scale_text
        and value is not None
        and value == value.to_integral_value()
        and 1800 <= value <= 2100
        and figure.number_end - figure.number_start == 4
    )


def _span(normalized: NormalizedText, span: tuple[int, int] | None) -> tuple[int, int] | None:
    return normalized.to_original(*span) if span is not None else None


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    return squash(text).strip() or None


def _to_fact(normalized: NormalizedText, draft: Draft) -> Fact:
    figure = draft.figure
    start, end = normalized.to_original(figure.start, figure.end)
    text = normalized.text
    metric = metric_phrase(text, draft)
    change = None
    if draft.change_direction is not None:
        change = Change(
            direction=draft.change_direction,
            value=_finite(draft.change_value),
            unit=_change_unit(draft),
            since=draft.change_since,
        )
    share = None
    if draft.share_value is not None:
        whole = draft.share_of_text or (
            _clean(text[draft.share_of[0] : draft.share_of[1]]) if draft.share_of else None
        )
        share = Share(value=_finite(draft.share_value) or draft.share_value, of=whole or "")
    evidence = {
        key: mapped
        for key, span in draft.evidence.items()
        if (mapped := _span(normalized, span)) is not None
    }
    for key, span in (("change", draft.change_span), ("share", draft.share_span)):
        mapped = _span(normalized, span)
        if mapped is not None:
            evidence[key] = mapped
    if figure.hedge_start is not None:
        evidence["qualifier"] = normalized.to_original(figure.hedge_start, figure.start)
    return Fact(
        text=normalized.original[start:end],
        start=start,
        end=end,
        metric=metric,
        value=_finite(draft.value),
        unit=draft.unit,
        qualifier=draft.qualifier,
        date=draft.date,
        change=change,
        share=share,
        sentence=_span(normalized, draft.sentence),
        metric_span=_span(normalized, draft.metric),
        parent_metric=draft.parent_metric,
        rule=draft.rule,
        evidence=evidence,
    )


def _change_unit(draft: Draft) -> str | None:
    if draft.change_value is None:
        return None
    unit = draft.change_unit
    if unit == "point":
        return "percentage_point" if draft.unit in ("percent", "percentage_point") else "point"
    if unit == "percentage_point" and draft.unit == "point":
        return "point"
    return unit


def _finite(value: Decimal | None) -> Decimal | None:
    """A finite value written without an exponent ("3.2E+9" from "3.2 billion" is 3200000000)."""
    if value is None or not value.is_finite():
        return None
    exponent = value.as_tuple().exponent
    return Decimal(format(value, "f")) if isinstance(exponent, int) and exponent > 0 else value


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    """The shared default :class:`Extractor` (built once per process)."""
    return Extractor()


@lru_cache(maxsize=4)
def extractor_with_limit(max_chars: int) -> Extractor:
    """An :class:`Extractor` that reads texts of up to ``max_chars`` characters (built once)."""
    return default_extractor() if max_chars == DEFAULT_MAX_CHARS else Extractor(max_chars)


def extract(text: str, published: PublishedDate = None, currency: str | None = None) -> list[Fact]:
    """Facts of ``text`` with the default :class:`Extractor`.

    ``published`` (a date, or a string such as ``"2024-04-01"``, ``"2024-04"`` or ``"2024"``)
    anchors relative dates; ``currency`` (an ISO-4217 code
    such as ``"AUD"``) says what a bare "$" means in this text.
    """
    return default_extractor().extract(text, published=published, currency=currency)


def quantities(text: str, currency: str | None = None) -> list[Quantity]:
    """Every quantity of ``text`` with the default :class:`Extractor`, in text order."""
    return default_extractor().quantities(text, currency=currency)
