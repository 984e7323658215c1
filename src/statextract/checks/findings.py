"""The :class:`Finding` model: one consistency check over one or more facts."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from statextract.checks.intervals import Interval
from statextract.models import Number, Span

FindingKind = Literal[
    "implied_whole",
    "implied_earlier_level",
    "percent_points",
    "sub_metric",
    "share_sum",
    "repeated_figure",
    "cross_document",
]
"""What was checked: see the ``statextract.checks`` package documentation."""


class Implied(BaseModel):
    """An implied value as an interval; a ``None`` bound is unbounded on that side."""

    model_config = ConfigDict(frozen=True)

    low: Number | None
    high: Number | None

    @classmethod
    def of(cls, interval: Interval, digits: int = 10) -> Implied:
        """The interval rounded outward to ``digits`` significant digits."""
        rounded = interval.rounded_outward(digits)
        return cls(
            low=rounded.low if rounded.low.is_finite() else None,
            high=rounded.high if rounded.high.is_finite() else None,
        )


class Finding(BaseModel):
    """The outcome of one check: consistent, or a contradiction naming the facts that disagree."""

    model_config = ConfigDict(frozen=True)

    kind: FindingKind
    consistent: bool
    facts: list[Span] = Field(description="Offsets (start, end) of every fact involved.")
    implied: Implied | None = Field(
        default=None, description="The value the facts imply, where they imply one."
    )
    message: str
    metric: str | None = Field(default=None, description="The metric checked, as first stated.")
    whole: str | None = Field(default=None, description="The whole of an implied-whole check.")
    date: str | None = Field(default=None, description="The period of the implied or shared value.")
    conflicting: list[Span] = Field(
        default_factory=list, description="Offsets of the facts that disagree with the rest."
    )
    documents: list[str] = Field(
        default_factory=list,
        description="Document id of each fact, in the order of ``facts`` (cross-document only).",
    )
    conflicting_documents: list[str] = Field(
        default_factory=list,
        description="Document id of each conflicting fact (cross-document only).",
    )
