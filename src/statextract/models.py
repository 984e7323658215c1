"""Public value objects: :class:`Fact` and its parts, as pydantic v2 models.

``Fact.model_dump(mode="json")`` keeps the keys and meanings of the annotation guide; the extra
fields (``sentence``, ``metric_span``, ``parent_metric``, ``rule``, ``evidence``) come after them.
Numbers are :class:`~decimal.Decimal` inside and plain JSON numbers outside.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

Direction = Literal["increase", "decrease", "unchanged"]
Qualifier = Literal["approximately", "more_than", "less_than", "at_least", "at_most"]


def decimal_to_json(value: Decimal) -> int | float:
    """An exact integer where the value is whole, else the nearest float.

    Both are exact for every value the extractor reads: a figure has at most 15 significant
    digits and, unless zero, ``1e-30 <= abs(value) < 1e30`` (see
    :func:`statextract.figures.is_news_sized`), which a double holds exactly.
    """
    if value == value.to_integral_value():
        return int(value)
    return float(value)


Number = Annotated[
    Decimal, PlainSerializer(decimal_to_json, return_type=int | float, when_used="json")
]
"""An exact number: ``Decimal`` in Python, a JSON number when dumped to JSON."""

Span = tuple[int, int]


class Change(BaseModel):
    """How a figure changed, and against which period."""

    model_config = ConfigDict(frozen=True)

    direction: Direction
    value: Number | None = None
    unit: str | None = None
    since: str | None = None


class Share(BaseModel):
    """The part of a whole that a figure states, in percent (0-100)."""

    model_config = ConfigDict(frozen=True)

    value: Number
    of: str


class Fact(BaseModel):
    """One statistical figure with what it measures, when, how it changed and its share."""

    model_config = ConfigDict(frozen=True)

    text: str
    start: int
    end: int
    metric: str | None = None
    value: Number | None = None
    unit: str | None = None
    qualifier: Qualifier | None = None
    date: str | None = None
    change: Change | None = None
    share: Share | None = None
    # Extra fields, beyond the guide's keys.
    sentence: Span | None = Field(default=None, description="Offsets of the sentence.")
    metric_span: Span | None = Field(default=None, description="Offsets of the metric phrase.")
    parent_metric: str | None = Field(
        default=None, description='The enclosing metric of an "Among them, ..." figure.'
    )
    rule: str | None = Field(default=None, description="The rule that produced the fact.")
    evidence: dict[str, Span] = Field(
        default_factory=dict,
        description="Offsets of the text behind each sub-field (change, share, date, qualifier).",
    )

    def guide_dict(self) -> dict[str, object]:
        """The fact as the annotation guide's JSON object (guide keys only)."""
        data = self.model_dump(mode="json")
        return {key: data[key] for key in GUIDE_KEYS}


GUIDE_KEYS: tuple[str, ...] = (
    "text",
    "start",
    "end",
    "metric",
    "value",
    "unit",
    "qualifier",
    "date",
    "change",
    "share",
)
