"""evaluate(): counts, F1, strict F1, per-field accuracy, breakdowns, mismatches, inputs."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

import statextract
from statextract.evaluation import EvaluationReport, GoldDocument, evaluate
from statextract.models import Change, Fact, Share

LEVEL = Fact(
    text="617 million",
    start=10,
    end=21,
    metric="live webcast users",
    value=Decimal("617000000"),
    unit="count",
    qualifier="approximately",
    date="2020-12",
    change=Change(direction="increase", value=Decimal("57030000"), unit="count", since="2020-03"),
    share=Share(value=Decimal("62.4"), of="total netizens"),
)
CHANGE_ONLY = Fact(
    text="5.2 percent",
    start=40,
    end=51,
    metric="retail sales",
    unit="percent",
    date="2023-10",
    change=Change(direction="increase", value=Decimal("5.2"), unit="percent", since="2022-10"),
)
MONEY = Fact(
    text="$1.2 billion",
    start=60,
    end=72,
    metric="exports",
    value=Decimal("1200000000"),
    unit="USD",
    date="2022",
)
GOLD = [LEVEL, CHANGE_ONLY, MONEY]


def with_(fact: Fact, **update: Any) -> Fact:
    return fact.model_copy(update=update)


@pytest.mark.parametrize(
    ("predicted", "tp", "fp", "fn", "strict_tp"),
    [
        (GOLD, 3, 0, 0, 3),
        ([], 0, 0, 3, 0),
        ([LEVEL], 1, 0, 2, 1),
        ([LEVEL, CHANGE_ONLY, MONEY, with_(MONEY, start=80, end=92)], 3, 1, 0, 3),
        ([with_(LEVEL, date="2020"), CHANGE_ONLY, MONEY], 3, 0, 0, 2),
        ([with_(LEVEL, metric="netizens"), with_(CHANGE_ONLY, change=None), MONEY], 3, 0, 0, 1),
        ([with_(LEVEL, value=Decimal("617")), CHANGE_ONLY, MONEY], 2, 1, 1, 2),
        ([with_(MONEY, start=62, end=65, metric="total exports")], 1, 0, 2, 1),
    ],
)
def test_counts(predicted: list[Fact], tp: int, fp: int, fn: int, strict_tp: int) -> None:
    report = evaluate(predicted, GOLD)
    assert (report.tp, report.fp, report.fn, report.strict_tp) == (tp, fp, fn, strict_tp)


@pytest.mark.parametrize(
    ("tp", "fp", "fn", "strict_tp", "precision", "recall", "f1", "strict_f1"),
    [
        (3, 0, 0, 3, 1.0, 1.0, 1.0, 1.0),
        (3, 1, 0, 2, 0.75, 1.0, 6 / 7, 2 * 0.5 * (2 / 3) / (0.5 + 2 / 3)),
        (2, 1, 1, 1, 2 / 3, 2 / 3, 2 / 3, 1 / 3),
        (0, 0, 3, 0, 1.0, 0.0, 0.0, 0.0),
        (0, 2, 0, 0, 0.0, 1.0, 0.0, 0.0),
        (0, 0, 0, 0, 1.0, 1.0, 1.0, 1.0),
    ],
)
def test_rates(
    tp: int,
    fp: int,
    fn: int,
    strict_tp: int,
    precision: float,
    recall: float,
    f1: float,
    strict_f1: float,
) -> None:
    report = EvaluationReport(tp=tp, fp=fp, fn=fn, strict_tp=strict_tp)
    assert report.precision == pytest.approx(precision)
    assert report.recall == pytest.approx(recall)
    assert report.f1 == pytest.approx(f1)
    assert report.strict_f1 == pytest.approx(strict_f1)


@pytest.mark.parametrize(
    ("predicted", "wrong"),
    [
        ([with_(LEVEL, unit="percent")], {"unit"}),
        ([with_(LEVEL, metric="the number of live webcast users")], set()),
        ([with_(LEVEL, metric="broadcast viewers")], {"metric"}),
        ([with_(LEVEL, date=None)], {"date"}),
        ([with_(LEVEL, qualifier=None)], {"qualifier"}),
        ([with_(LEVEL, change=None)], {"change"}),
        ([with_(LEVEL, share=None)], {"share"}),
        ([with_(LEVEL, date="2021", share=None)], {"date", "share"}),
    ],
)
def test_one_wrong_field(predicted: list[Fact], wrong: set[str]) -> None:
    report = evaluate(predicted, [LEVEL])
    assert report.tp == 1
    assert report.strict_tp == (0 if wrong else 1)
    for name, score in report.fields.items():
        assert (score.correct, score.total) == ((0, 1) if name in wrong else (1, 1))
    diffs = [diff for mismatch in report.mismatches for diff in mismatch.fields]
    assert {diff.field for diff in diffs} == wrong


def test_field_mismatch_keeps_both_values_as_json() -> None:
    report = evaluate([with_(LEVEL, date="2020", share=None)], [LEVEL])
    (mismatch,) = report.mismatches
    assert mismatch.kind == "fields"
    assert mismatch.document == "document"
    assert [(d.field, d.gold, d.predicted) for d in mismatch.fields] == [
        ("date", "2020-12", "2020"),
        ("share", {"value": 62.4, "of": "total netizens"}, None),
    ]


def test_missed_and_extra_mismatches_name_the_document() -> None:
    extra = with_(MONEY, start=90, end=102)
    gold = GoldDocument(id="doc-1", facts=GOLD)
    report = evaluate([LEVEL, extra], gold)
    kinds = [
        (m.document, m.kind, m.gold and m.gold.start, m.predicted and m.predicted.start)
        for m in report.mismatches
    ]
    assert kinds == [
        ("doc-1", "missed", 40, None),
        ("doc-1", "missed", 60, None),
        ("doc-1", "extra", None, 90),
    ]


def test_per_document_aggregation() -> None:
    gold = [GoldDocument(id="a", facts=[LEVEL, CHANGE_ONLY]), GoldDocument(id="b", facts=[MONEY])]
    predicted = {"a": [LEVEL, with_(CHANGE_ONLY, date="2023")], "b": []}
    report = evaluate(predicted, gold)
    by_doc = {d.document: (d.tp, d.fp, d.fn, d.strict_tp) for d in report.documents}
    assert by_doc == {"a": (2, 0, 0, 1), "b": (0, 0, 1, 0)}
    assert (report.tp, report.fp, report.fn, report.strict_tp) == (2, 0, 1, 1)
    assert report.fields["date"].correct == 1
    assert report.fields["date"].total == 2
    assert report.documents[1].fields["date"].accuracy is None


def test_document_without_predictions_counts_as_empty() -> None:
    gold = [GoldDocument(id="a", facts=[LEVEL]), GoldDocument(id="b", facts=[MONEY])]
    report = evaluate({"a": [LEVEL]}, gold)
    assert [(d.document, d.tp, d.fn) for d in report.documents] == [("a", 1, 0), ("b", 0, 1)]


def test_breakdown_by_unit_and_feature() -> None:
    extra = with_(MONEY, start=90, end=102, unit="EUR")
    predicted = [with_(LEVEL, date="2020"), MONEY, extra]
    report = evaluate(predicted, GOLD)
    units = {unit: (s.tp, s.fp, s.fn, s.strict_tp) for unit, s in report.by_unit.items()}
    assert units == {
        "EUR": (0, 1, 0, 0),
        "USD": (1, 0, 0, 1),
        "count": (1, 0, 0, 0),
        "percent": (0, 0, 1, 0),
    }
    features = {name: (s.tp, s.fp, s.fn) for name, s in report.by_feature.items()}
    assert features == {"change": (1, 0, 1), "share": (1, 0, 0), "qualifier": (1, 0, 0)}
    assert report.by_feature["change"].fields["date"].accuracy == 0.0


@pytest.mark.parametrize(
    ("predicted", "gold", "documents"),
    [
        ([LEVEL], [LEVEL], ["document"]),
        ([LEVEL], GoldDocument(id="a", facts=[LEVEL]), ["a"]),
        ([LEVEL], [GoldDocument(id="a", facts=[LEVEL])], ["a"]),
        ({"a": [LEVEL]}, GoldDocument(id="a", facts=[LEVEL]), ["a"]),
        (
            {"b": [], "a": [LEVEL]},
            [GoldDocument(id="a", facts=[]), GoldDocument(id="b", facts=[])],
            ["a", "b"],
        ),
    ],
)
def test_input_shapes(predicted: Any, gold: Any, documents: list[str]) -> None:
    report = evaluate(predicted, gold)
    assert [d.document for d in report.documents] == documents


@pytest.mark.parametrize(
    ("predicted", "gold", "error"),
    [
        ({"zzz": [LEVEL]}, [GoldDocument(id="a", facts=[])], ValueError),
        ([LEVEL], [GoldDocument(id="a", facts=[]), GoldDocument(id="b", facts=[])], TypeError),
        ({"a": [LEVEL]}, [LEVEL], TypeError),
        ([LEVEL], ["not a fact"], TypeError),
    ],
)
def test_bad_inputs(predicted: Any, gold: Any, error: type[Exception]) -> None:
    with pytest.raises(error):
        evaluate(predicted, gold)


def test_report_round_trips_through_json() -> None:
    report = evaluate([with_(LEVEL, date="2020")], GOLD)
    data = report.model_dump(mode="json")
    assert data["f1"] == pytest.approx(0.5)
    assert data["fields"]["date"] == {"correct": 0, "total": 1, "accuracy": 0.0}
    assert data["mismatches"][0]["gold"]["value"] == 617000000
    assert EvaluationReport.model_validate_json(report.model_dump_json()).f1 == report.f1


def test_package_exports_evaluate() -> None:
    assert statextract.evaluate is evaluate
