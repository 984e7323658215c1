"""Evaluation against gold fixtures, with the scoring rules of the annotation guide."""

from __future__ import annotations

from statextract.evaluation.fixtures import (
    FixtureError,
    FixtureProblem,
    GoldDocument,
    load_fixtures,
)
from statextract.evaluation.report import (
    DocumentReport,
    EvaluationReport,
    FieldAccuracy,
    FieldDiff,
    Mismatch,
    Scores,
)
from statextract.evaluation.scoring import evaluate, evaluate_fixtures

__all__ = [
    "DocumentReport",
    "EvaluationReport",
    "FieldAccuracy",
    "FieldDiff",
    "FixtureError",
    "FixtureProblem",
    "GoldDocument",
    "Mismatch",
    "Scores",
    "evaluate",
    "evaluate_fixtures",
    "load_fixtures",
]
