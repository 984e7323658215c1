"""Per-field comparison rules of the scoring contract, over one matched pair."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from statextract.evaluation.periods import same_period
from statextract.evaluation.tokens import token_f1
from statextract.evaluation.vocab import REL_TOLERANCE, TOKEN_F1_THRESHOLD
from statextract.models import Change, Fact, Share

FieldRule = Callable[[Fact, Fact], bool]


def values_agree(predicted: Decimal | None, gold: Decimal | None) -> bool:
    """Both null, or a relative difference of at most :data:`REL_TOLERANCE`."""
    if predicted is None or gold is None:
        return predicted is None and gold is None
    if predicted == gold:
        return True
    scale = max(abs(predicted), abs(gold))
    return abs(predicted - gold) <= REL_TOLERANCE * scale


def phrases_agree(predicted: str | None, gold: str | None) -> bool:
    """Content-word token F1 of at least :data:`TOKEN_F1_THRESHOLD`."""
    return token_f1(predicted, gold) >= TOKEN_F1_THRESHOLD


def changes_agree(predicted: Change | None, gold: Change | None) -> bool:
    """Direction, value, unit and since all equal; or both null."""
    if predicted is None or gold is None:
        return predicted is None and gold is None
    return (
        predicted.direction == gold.direction
        and values_agree(predicted.value, gold.value)
        and predicted.unit == gold.unit
        and same_period(predicted.since, gold.since)
    )


def shares_agree(predicted: Share | None, gold: Share | None) -> bool:
    """Value equal and ``of`` phrases agreeing; or both null."""
    if predicted is None or gold is None:
        return predicted is None and gold is None
    return values_agree(predicted.value, gold.value) and phrases_agree(predicted.of, gold.of)


FIELD_RULES: dict[str, FieldRule] = {
    "unit": lambda p, g: p.unit == g.unit,
    "metric": lambda p, g: phrases_agree(p.metric, g.metric),
    "date": lambda p, g: same_period(p.date, g.date),
    "qualifier": lambda p, g: p.qualifier == g.qualifier,
    "change": lambda p, g: changes_agree(p.change, g.change),
    "share": lambda p, g: shares_agree(p.share, g.share),
}
"""The scored fields, in report order, each with its rule (predicted, gold) -> correct."""

FIELDS: tuple[str, ...] = tuple(FIELD_RULES)


def compare_fields(predicted: Fact, gold: Fact) -> dict[str, bool]:
    """Whether each scored field of ``predicted`` is right against ``gold``."""
    return {name: rule(predicted, gold) for name, rule in FIELD_RULES.items()}
