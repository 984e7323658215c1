"""Which of several intervals that should hold one value agree, and which disagree."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from statextract.checks.intervals import Interval, intersection


@dataclass(frozen=True)
class Agreement:
    """The outcome of comparing intervals that should all hold the same value."""

    common: Interval | None
    """The value range the agreeing intervals share (``None`` when no group clearly agrees)."""
    conflicting: tuple[int, ...]
    """Indexes of the intervals that disagree with the rest."""

    @property
    def consistent(self) -> bool:
        """Whether all intervals share a value."""
        return not self.conflicting


def agree(intervals: Sequence[Interval]) -> Agreement:
    """Compare ``intervals``: the largest group sharing a value agrees, the others conflict.

    When several largest groups tie, only the intervals in all of them agree (two disjoint
    intervals both conflict; in a chain A-B-C where A and C are disjoint, A and C conflict).
    """
    if not intervals:
        raise ValueError("nothing to compare")
    common = intersection(*intervals)
    if common is not None:
        return Agreement(common, ())
    points = {b for interval in intervals for b in (interval.low, interval.high) if b.is_finite()}
    groups = {
        frozenset(i for i, interval in enumerate(intervals) if interval.contains(point))
        for point in points
    }
    size = max(len(group) for group in groups)
    largest = [group for group in groups if len(group) == size]
    core = frozenset.intersection(*largest)
    conflicting = tuple(i for i in range(len(intervals)) if i not in core)
    agreed = (
        intersection(*(intervals[i] for i in sorted(largest[0]))) if len(largest) == 1 else None
    )
    return Agreement(agreed, conflicting)
