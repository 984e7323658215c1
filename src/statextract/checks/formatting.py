"""Short readable renderings of figures and intervals for finding messages."""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal, localcontext

from statextract.checks.intervals import Interval
from statextract.models import Fact

SCALES: tuple[tuple[Decimal, str], ...] = (
    (Decimal("1e12"), "trillion"),
    (Decimal("1e9"), "billion"),
    (Decimal("1e6"), "million"),
)
UNIT_SUFFIXES: dict[str, str] = {"percent": "%", "percentage_point": " points", "count": ""}


def _digits(value: Decimal, digits: int, rounding: str) -> Decimal:
    with localcontext() as context:
        context.prec = digits
        context.rounding = rounding
        return +value


def _plain(value: Decimal) -> str:
    return f"{value.normalize():,f}"


def _suffix(unit: str | None) -> str:
    if unit is None:
        return ""
    return UNIT_SUFFIXES.get(unit, f" {unit}")


def format_interval(interval: Interval, unit: str | None = None) -> str:
    """Render as "987.2–990.4 million", "at least 600 million" or "3.7%".

    Bounds get as few digits (four or more) as tell them apart.
    """
    finite = [abs(b) for b in (interval.low, interval.high) if b.is_finite()]
    if not finite:
        return "any value"
    divisor, word = next(((s, w) for s, w in SCALES if max(finite) >= s), (Decimal(1), ""))
    scale = f" {word}" if word else ""
    low, high = interval.low / divisor, interval.high / divisor
    for digits in range(4, 13):
        shown_low = _digits(low, digits, ROUND_FLOOR) if low.is_finite() else low
        shown_high = _digits(high, digits, ROUND_CEILING) if high.is_finite() else high
        if shown_low != shown_high or interval.low == interval.high:
            break
    suffix = f"{scale}{_suffix(unit)}"
    if not shown_low.is_finite():
        return f"at most {_plain(shown_high)}{suffix}"
    if not shown_high.is_finite():
        return f"at least {_plain(shown_low)}{suffix}"
    if shown_low == shown_high:
        return f"{_plain(shown_low)}{suffix}"
    return f"{_plain(shown_low)}–{_plain(shown_high)}{suffix}"


def quote(fact: Fact) -> str:
    """The fact's figure as written, with its offset: '"617 million" (at 292)'."""
    return f'"{fact.text}" (at {fact.start})'
