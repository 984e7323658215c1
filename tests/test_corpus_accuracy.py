"""Accuracy of the extractor on the bundled corpus, scored with the guide's rules.

The thresholds are a regression gate: they sit at (or just under) what the extractor reaches
now and move up as it improves. The seed article must come out exactly right, field by field.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from statextract.evaluation import EvaluationReport, evaluate_fixtures

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED = FIXTURES / "jingwei-2021-02-03.json"

MIN_FACT_F1 = 0.961
MIN_STRICT_F1 = 0.729
MIN_FIELD_ACCURACY = {
    "unit": 0.993,
    "qualifier": 0.996,
    "share": 0.988,
    "change": 0.931,
    "date": 0.919,
    "metric": 0.876,
}


@pytest.fixture(scope="module")
def corpus_report() -> EvaluationReport:
    return evaluate_fixtures(FIXTURES)


def test_fact_f1_on_corpus(corpus_report: EvaluationReport) -> None:
    assert corpus_report.f1 >= MIN_FACT_F1, f"fact F1 {corpus_report.f1:.3f}"


def test_strict_f1_on_corpus(corpus_report: EvaluationReport) -> None:
    assert corpus_report.strict_f1 >= MIN_STRICT_F1, f"strict F1 {corpus_report.strict_f1:.3f}"


@pytest.mark.parametrize("field", sorted(MIN_FIELD_ACCURACY))
def test_field_accuracy_on_corpus(corpus_report: EvaluationReport, field: str) -> None:
    accuracy = corpus_report.fields[field].accuracy
    assert accuracy is not None
    assert accuracy >= MIN_FIELD_ACCURACY[field], f"{field} accuracy {accuracy:.3f}"


def test_seed_article_is_exact() -> None:
    report = evaluate_fixtures(SEED)
    assert report.fn == 0 and report.fp == 0, report.mismatches
    assert report.strict_f1 == 1.0, report.mismatches
