"""The interval each figure of a :class:`~statextract.models.Fact` stands for.

Precision comes from the surface text where the figure is the fact's primary figure: the last
stated digit is the rounding unit ("57.03 million" is ±0.005 million, "3,915" is ±0.5), whatever
the scale word. Secondary figures (a change amount, a share) keep only their value, so their
rounding unit comes from their evidence text (``fact.evidence["change"]``, ``["share"]``) when
the article is given, else from the last significant digit of the value (57030000 → ±5000;
600000000 → ±50 million, wider than the text may mean, never narrower; percents to at least
±0.5). Qualifiers open or widen the interval:
"more than" / "at least" → [value, +inf); "less than" / "at most" → (-inf, value] (from 0 for
non-negative units); "approximately" → value ± 5%, or the rounding interval if wider.
"""

from __future__ import annotations

import re
from decimal import Decimal

from statextract.checks.intervals import INF, NEG_INF, Interval
from statextract.checks.vocabulary import (
    APPROXIMATE_RELATIVE_WIDTH,
    LOWER_BOUND_QUALIFIERS,
    NON_NEGATIVE_UNITS,
    PERCENT_SCALE_UNITS,
    UPPER_BOUND_QUALIFIERS,
)
from statextract.models import Fact

NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")
"""A number as written in English news: "3,915", "57.03", ".5"."""


def value_half_unit(value: Decimal, unit: str | None = None) -> Decimal:
    """Half the unit of the last significant digit of ``value`` (57030000 → 5000).

    On the 0-100 scale of percents the units digit always counts ("20%" is ±0.5, not ±5).
    """
    exponent = value.normalize().as_tuple().exponent
    if not isinstance(exponent, int):
        raise ValueError(f"not a finite number: {value}")
    last_digit = min(exponent, 0) if unit in PERCENT_SCALE_UNITS else exponent
    return Decimal(5).scaleb(last_digit - 1)


def _is_power_of_ten(ratio: Decimal) -> bool:
    return ratio > 0 and ratio.normalize().as_tuple().digits == (1,)


def surface_half_unit(value: Decimal, text: str | None, unit: str | None = None) -> Decimal:
    """Half the rounding unit of ``value`` as written in ``text`` ("617 million" → 500000).

    The written number is the one that scales to the value by a power of ten (every scale word
    does: lakh, crore, million, 亿), so other numbers in the text ("from March 2020") are skipped.
    Falls back to :func:`value_half_unit` when no number of the text scales to the value.
    """
    halves: list[Decimal] = []
    for number in NUMBER.findall(text or ""):
        written = Decimal(number.replace(",", ""))
        exponent = written.as_tuple().exponent
        if written != 0 and isinstance(exponent, int):
            ratio = abs(value / written)
            if _is_power_of_ten(ratio):
                halves.append(ratio * Decimal(5).scaleb(exponent - 1))
    return max(halves) if halves else value_half_unit(value, unit)


def stated_interval(
    value: Decimal,
    *,
    text: str | None = None,
    qualifier: str | None = None,
    unit: str | None = None,
) -> Interval:
    """The values a figure allows: ``value`` as written in ``text``, hedged by ``qualifier``."""
    if qualifier in LOWER_BOUND_QUALIFIERS:
        return Interval(value, INF)
    if qualifier in UPPER_BOUND_QUALIFIERS:
        floor = Decimal(0) if unit in NON_NEGATIVE_UNITS and value >= 0 else NEG_INF
        return Interval(floor, value)
    half = surface_half_unit(value, text, unit)
    if qualifier == "approximately":
        half = max(half, abs(value) * APPROXIMATE_RELATIVE_WIDTH)
    return Interval.around(value, half)


def level_interval(fact: Fact) -> Interval | None:
    """The interval of the fact's level (its primary figure), or ``None`` without a level."""
    if fact.value is None:
        return None
    return stated_interval(fact.value, text=fact.text, qualifier=fact.qualifier, unit=fact.unit)


def _secondary(
    value: Decimal, fact: Fact, field: str, unit: str | None, article: str | None
) -> Interval:
    """A secondary figure's interval: from its evidence text in ``article`` where known."""
    span = fact.evidence.get(field)
    text = article[span[0] : span[1]] if article is not None and span is not None else None
    return Interval.around(value, surface_half_unit(value, text, unit))


def change_interval(fact: Fact, article: str | None = None) -> Interval | None:
    """The interval of the change amount (unsigned), or ``None`` without one.

    A change-only fact's change is its primary figure: its text and qualifier apply.
    """
    change = fact.change
    if change is None or change.value is None:
        return None
    if fact.value is None:
        return stated_interval(
            change.value, text=fact.text, qualifier=fact.qualifier, unit=change.unit
        )
    return _secondary(change.value, fact, "change", change.unit, article)


def signed_change_interval(fact: Fact, article: str | None = None) -> Interval | None:
    """The change amount with its sign: negative for a decrease, [0, 0] when unchanged."""
    change = fact.change
    if change is None:
        return None
    if change.direction == "unchanged":
        return Interval.point(Decimal(0))
    amount = change_interval(fact, article)
    if amount is None:
        return None
    return -amount if change.direction == "decrease" else amount


def share_interval(fact: Fact, article: str | None = None) -> Interval | None:
    """The interval of the share percent, or ``None`` without a share.

    When the share is the primary figure (unit percent, value equal to the share), its text and
    qualifier apply.
    """
    share = fact.share
    if share is None:
        return None
    if fact.unit == "percent" and fact.value == share.value:
        return stated_interval(
            share.value, text=fact.text, qualifier=fact.qualifier, unit="percent"
        )
    return _secondary(share.value, fact, "share", "percent", article)
