"""The evaluation report: pydantic models, serialisable with ``model_dump(mode="json")``."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field

from statextract.models import Fact


def _ratio(numerator: int, denominator: int) -> float:
    """``numerator / denominator``, or 1.0 when there is nothing to count."""
    return numerator / denominator if denominator else 1.0


def _f1(precision: float, recall: float) -> float:
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


class FieldAccuracy(BaseModel):
    """How often one field is right over the matched pairs."""

    correct: int = 0
    total: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def accuracy(self) -> float | None:
        """``correct / total``; null when no pair was matched."""
        return self.correct / self.total if self.total else None


class Scores(BaseModel):
    """Fact counts, precision/recall/F1, strict scores and per-field accuracy."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    strict_tp: int = Field(default=0, description="Matched pairs with every field right.")
    fields: dict[str, FieldAccuracy] = Field(default_factory=dict)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float:
        """Matched predictions over all predictions."""
        return _ratio(self.tp, self.tp + self.fp)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float:
        """Matched gold facts over all gold facts."""
        return _ratio(self.tp, self.tp + self.fn)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        return _f1(self.precision, self.recall)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def strict_precision(self) -> float:
        """Fully right matches over all predictions."""
        return _ratio(self.strict_tp, self.tp + self.fp)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def strict_recall(self) -> float:
        """Fully right matches over all gold facts."""
        return _ratio(self.strict_tp, self.tp + self.fn)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def strict_f1(self) -> float:
        """F1 counting a match only when every field is right."""
        return _f1(self.strict_precision, self.strict_recall)


class DocumentReport(Scores):
    """The scores of one document."""

    document: str


class FieldDiff(BaseModel):
    """One wrong field of a matched pair, with both values as JSON."""

    field: str
    gold: Any
    predicted: Any


class Mismatch(BaseModel):
    """A missed gold fact, an extra prediction, or a matched pair with wrong fields."""

    model_config = ConfigDict(frozen=True)

    document: str
    kind: Literal["missed", "extra", "fields"]
    gold: Fact | None = None
    predicted: Fact | None = None
    fields: list[FieldDiff] = Field(default_factory=list)


class EvaluationReport(Scores):
    """Overall scores with per-document, per-unit and per-feature breakdowns and mismatches."""

    documents: list[DocumentReport] = Field(default_factory=list)
    by_unit: dict[str, Scores] = Field(
        default_factory=dict,
        description="Scores by gold unit (extra predictions by their predicted unit).",
    )
    by_feature: dict[str, Scores] = Field(
        default_factory=dict,
        description="Scores of facts with a change, a share or a qualifier.",
    )
    mismatches: list[Mismatch] = Field(default_factory=list)
