"""Matching predictions to gold: span overlap, value agreement, one-to-one greedy by overlap."""

from __future__ import annotations

from decimal import Decimal

import pytest

from statextract.evaluation.matching import align, can_match, overlap
from statextract.models import Change, Fact


def span(start: int, end: int, value: str | None = "100") -> Fact:
    change = Change(direction="increase") if value is None else None
    number = None if value is None else Decimal(value)
    return Fact(text="x" * (end - start), start=start, end=end, value=number, change=change)


@pytest.mark.parametrize(
    ("a", "b", "shared"),
    [
        ((0, 10), (0, 10), 10),
        ((0, 10), (5, 15), 5),
        ((5, 15), (0, 10), 5),
        ((0, 10), (2, 4), 2),
        ((0, 10), (10, 20), 0),  # touching is not overlapping
        ((0, 10), (12, 20), 0),
    ],
)
def test_overlap(a: tuple[int, int], b: tuple[int, int], shared: int) -> None:
    assert overlap(span(*a), span(*b)) == shared


@pytest.mark.parametrize(
    ("predicted", "gold", "matches"),
    [
        (span(0, 11, "617000000"), span(0, 11, "617000000"), True),
        (span(0, 3, "617000000"), span(0, 11, "617000000"), True),  # partial span
        (span(0, 11, "617000000"), span(11, 20, "617000000"), False),  # no overlap
        (span(0, 11, "617000000"), span(0, 11, "617000617"), True),  # within 1e-6
        (span(0, 11, "617"), span(0, 11, "617000000"), False),  # scale not applied
        (span(0, 11, None), span(0, 11, None), True),  # both null (change-only)
        (span(0, 11, None), span(0, 11, "5.2"), False),
        (span(0, 11, "5.2"), span(0, 11, None), False),
    ],
)
def test_can_match(predicted: Fact, gold: Fact, matches: bool) -> None:
    assert can_match(predicted, gold) is matches


@pytest.mark.parametrize(
    ("predicted", "gold", "pairs", "extra", "missed"),
    [
        # two predictions compete for one gold: the larger overlap wins, the other is extra
        ([span(0, 4), span(0, 10)], [span(0, 10)], ((1, 0),), (0,), ()),
        ([span(0, 10), span(0, 4)], [span(0, 10)], ((0, 0),), (1,), ()),
        # one prediction overlapping two gold facts takes the larger overlap
        ([span(5, 20)], [span(0, 8), span(10, 30)], ((0, 1),), (), (0,)),
        # greedy by overlap, not by order: the long pair is fixed first
        (
            [span(0, 12), span(10, 14)],
            [span(0, 11), span(11, 14)],
            ((0, 0), (1, 1)),
            (),
            (),
        ),
        # equal overlap: the tighter span pair wins
        ([span(0, 10)], [span(0, 5), span(0, 5)], ((0, 0),), (), (1,)),
        ([span(2, 6), span(0, 6)], [span(2, 6)], ((0, 0),), (1,), ()),
        # a value that disagrees blocks the match even with the best overlap
        ([span(0, 10, "5"), span(0, 6, "100")], [span(0, 10)], ((1, 0),), (0,), ()),
        # nothing predicted / nothing gold
        ([], [span(0, 10)], (), (), (0,)),
        ([span(0, 10)], [], (), (0,), ()),
    ],
)
def test_align_one_to_one_greedy(
    predicted: list[Fact],
    gold: list[Fact],
    pairs: tuple[tuple[int, int], ...],
    extra: tuple[int, ...],
    missed: tuple[int, ...],
) -> None:
    alignment = align(predicted, gold)
    assert alignment.pairs == pairs
    assert alignment.extra == extra
    assert alignment.missed == missed
