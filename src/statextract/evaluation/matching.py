"""One-to-one matching of predicted facts to gold facts, greedy by span overlap."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from statextract.evaluation.fields import values_agree
from statextract.models import Fact


@dataclass(frozen=True)
class Alignment:
    """Matched ``(predicted index, gold index)`` pairs and the indices left over."""

    pairs: tuple[tuple[int, int], ...]
    extra: tuple[int, ...]
    missed: tuple[int, ...]


def overlap(a: Fact, b: Fact) -> int:
    """Characters shared by the figure spans of two facts."""
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def can_match(predicted: Fact, gold: Fact) -> bool:
    """Spans overlap and values agree."""
    return overlap(predicted, gold) > 0 and values_agree(predicted.value, gold.value)


def align(predicted: Sequence[Fact], gold: Sequence[Fact]) -> Alignment:
    """Match greedily by overlap length, largest first, each fact at most once.

    Ties go to the pair whose span ends differ least, then to the earlier gold and prediction.
    """
    candidates = sorted(
        (
            (
                -overlap(p, g),
                abs(p.start - g.start) + abs(p.end - g.end),
                gi,
                pi,
            )
            for pi, p in enumerate(predicted)
            for gi, g in enumerate(gold)
            if can_match(p, g)
        )
    )
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, gi, pi in candidates:
        if pi in used_pred or gi in used_gold:
            continue
        used_pred.add(pi)
        used_gold.add(gi)
        pairs.append((pi, gi))
    pairs.sort(key=lambda pair: pair[1])
    return Alignment(
        pairs=tuple(pairs),
        extra=tuple(i for i in range(len(predicted)) if i not in used_pred),
        missed=tuple(i for i in range(len(gold)) if i not in used_gold),
    )
