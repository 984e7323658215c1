"""Closed intervals of :class:`~decimal.Decimal`, with outward rounding and infinite bounds.

A stated figure is an interval: "62.4%" is [62.35, 62.45] and "617 million" is
[616.5, 617.5] million. Every operation rounds its low bound down and its high bound up, so the
result always contains every value the operands allow.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal, localcontext

INF = Decimal("Infinity")
NEG_INF = Decimal("-Infinity")
PRECISION = 34
"""Significant digits of intermediate results."""


def _rounded(operation: Callable[[], Decimal], rounding: str) -> Decimal:
    with localcontext() as context:
        context.prec = PRECISION
        context.rounding = rounding
        return operation()


def _product(x: Decimal, y: Decimal, rounding: str) -> Decimal:
    """``x * y`` with ``0 * inf == 0``, as interval arithmetic needs."""
    if x == 0 or y == 0:
        return Decimal(0)
    return _rounded(lambda: x * y, rounding)


def _reciprocal(x: Decimal, rounding: str) -> Decimal:
    if x.is_infinite():
        return Decimal(0)
    return _rounded(lambda: 1 / x, rounding)


@dataclass(frozen=True)
class Interval:
    """The closed interval [low, high]; ``low`` may be -inf and ``high`` +inf."""

    low: Decimal
    high: Decimal

    def __post_init__(self) -> None:
        if self.low.is_nan() or self.high.is_nan() or self.low > self.high:
            raise ValueError(f"not an interval: [{self.low}, {self.high}]")
        if self.low == INF or self.high == NEG_INF:
            raise ValueError("an interval bound cannot be infinite on its own side")

    @classmethod
    def point(cls, value: Decimal) -> Interval:
        """The single value ``value``."""
        return cls(value, value)

    @classmethod
    def around(cls, value: Decimal, half_width: Decimal) -> Interval:
        """[value - half_width, value + half_width]."""
        return cls(
            _rounded(lambda: value - half_width, ROUND_FLOOR),
            _rounded(lambda: value + half_width, ROUND_CEILING),
        )

    @property
    def bounded(self) -> bool:
        """Whether both bounds are finite."""
        return self.low.is_finite() and self.high.is_finite()

    def contains(self, value: Decimal) -> bool:
        """Whether ``value`` lies in the interval."""
        return self.low <= value <= self.high

    def intersect(self, other: Interval) -> Interval | None:
        """The common part of both intervals, or ``None`` when they are disjoint."""
        low, high = max(self.low, other.low), min(self.high, other.high)
        return Interval(low, high) if low <= high else None

    def overlaps(self, other: Interval) -> bool:
        """Whether the intervals share at least one value."""
        return self.intersect(other) is not None

    def __neg__(self) -> Interval:
        return Interval(-self.high, -self.low)

    def __add__(self, other: Interval) -> Interval:
        return Interval(
            _rounded(lambda: self.low + other.low, ROUND_FLOOR),
            _rounded(lambda: self.high + other.high, ROUND_CEILING),
        )

    def __sub__(self, other: Interval) -> Interval:
        return self + (-other)

    def __mul__(self, other: Interval) -> Interval:
        pairs = [(x, y) for x in (self.low, self.high) for y in (other.low, other.high)]
        return Interval(
            min(_product(x, y, ROUND_FLOOR) for x, y in pairs),
            max(_product(x, y, ROUND_CEILING) for x, y in pairs),
        )

    def __truediv__(self, other: Interval) -> Interval:
        return self * other.reciprocal()

    def reciprocal(self) -> Interval:
        """{1/x : x in self}; unbounded when the interval contains 0 inside."""
        if self.low == 0 and self.high == 0:
            raise ZeroDivisionError("reciprocal of [0, 0]")
        if self.low > 0 or self.high < 0:
            return Interval(
                _reciprocal(self.high, ROUND_FLOOR), _reciprocal(self.low, ROUND_CEILING)
            )
        if self.low == 0:
            return Interval(_reciprocal(self.high, ROUND_FLOOR), INF)
        if self.high == 0:
            return Interval(NEG_INF, _reciprocal(self.low, ROUND_CEILING))
        return Interval(NEG_INF, INF)

    def scaled(self, factor: Decimal) -> Interval:
        """The interval times the exact number ``factor``."""
        return self * Interval.point(factor)

    def rounded_outward(self, digits: int) -> Interval:
        """The interval widened to bounds of at most ``digits`` significant digits."""
        return Interval(
            _significant(self.low, digits, ROUND_FLOOR),
            _significant(self.high, digits, ROUND_CEILING),
        )


def _significant(value: Decimal, digits: int, rounding: str) -> Decimal:
    if not value.is_finite() or value == 0:
        return value
    with localcontext() as context:
        context.prec = digits
        context.rounding = rounding
        return +value


def intersection(first: Interval, *rest: Interval) -> Interval | None:
    """The common part of all the intervals, or ``None`` when it is empty."""
    common: Interval | None = first
    for interval in rest:
        if common is None:
            break
        common = common.intersect(interval)
    return common
