"""Scoring predicted facts against gold: :func:`evaluate` and :func:`evaluate_fixtures`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from statextract.evaluation.fields import FIELDS, compare_fields
from statextract.evaluation.fixtures import GoldDocument, load_fixtures
from statextract.evaluation.matching import align
from statextract.evaluation.report import (
    DocumentReport,
    EvaluationReport,
    FieldAccuracy,
    FieldDiff,
    Mismatch,
    Scores,
)
from statextract.models import Fact

FEATURES: tuple[str, ...] = ("change", "share", "qualifier")
"""Breakdown groups: gold facts that carry a change, a share or a qualifier."""

NO_UNIT = "none"
"""The unit group of a prediction without a unit."""

Extract = Callable[..., list[Fact]]
S = TypeVar("S", bound=Scores)


@dataclass
class Tally:
    """Mutable counts behind a :class:`Scores`."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    strict_tp: int = 0
    correct: Counter[str] = field(default_factory=Counter)

    def add_pair(self, results: Mapping[str, bool]) -> None:
        self.tp += 1
        self.strict_tp += all(results.values())
        self.correct.update(name for name, right in results.items() if right)

    def fields(self) -> dict[str, FieldAccuracy]:
        return {name: FieldAccuracy(correct=self.correct[name], total=self.tp) for name in FIELDS}

    def scores(self, kind: type[S] = Scores, **extra: Any) -> S:  # type: ignore[assignment]
        """The tally as a :class:`Scores` (or a subclass, given its ``extra`` fields)."""
        return kind(
            tp=self.tp,
            fp=self.fp,
            fn=self.fn,
            strict_tp=self.strict_tp,
            fields=self.fields(),
            **extra,
        )


def _unit_key(fact: Fact) -> str:
    return fact.unit or NO_UNIT


def _features(fact: Fact) -> list[str]:
    present = {"change": fact.change, "share": fact.share, "qualifier": fact.qualifier}
    return [name for name in FEATURES if present[name] is not None]


@dataclass
class _Evaluation:
    """Tallies of one evaluation run, filled document by document."""

    overall: Tally = field(default_factory=Tally)
    by_unit: dict[str, Tally] = field(default_factory=dict)
    by_feature: dict[str, Tally] = field(default_factory=lambda: {f: Tally() for f in FEATURES})
    documents: list[DocumentReport] = field(default_factory=list)
    mismatches: list[Mismatch] = field(default_factory=list)

    def _groups(self, fact: Fact) -> list[Tally]:
        unit = self.by_unit.setdefault(_unit_key(fact), Tally())
        return [unit, *(self.by_feature[name] for name in _features(fact))]

    def add_document(self, document: str, predicted: Sequence[Fact], gold: Sequence[Fact]) -> None:
        tally = Tally()
        alignment = align(predicted, gold)
        for pi, gi in alignment.pairs:
            results = compare_fields(predicted[pi], gold[gi])
            for group in (tally, self.overall, *self._groups(gold[gi])):
                group.add_pair(results)
            wrong = [name for name, right in results.items() if not right]
            if wrong:
                self.mismatches.append(_field_mismatch(document, predicted[pi], gold[gi], wrong))
        for gi in alignment.missed:
            for group in (tally, self.overall, *self._groups(gold[gi])):
                group.fn += 1
            self.mismatches.append(Mismatch(document=document, kind="missed", gold=gold[gi]))
        for pi in alignment.extra:
            for group in (tally, self.overall, *self._groups(predicted[pi])):
                group.fp += 1
            self.mismatches.append(
                Mismatch(document=document, kind="extra", predicted=predicted[pi])
            )
        self.documents.append(tally.scores(DocumentReport, document=document))

    def report(self) -> EvaluationReport:
        return self.overall.scores(
            EvaluationReport,
            documents=self.documents,
            by_unit={unit: self.by_unit[unit].scores() for unit in sorted(self.by_unit)},
            by_feature={name: tally.scores() for name, tally in self.by_feature.items()},
            mismatches=sorted(self.mismatches, key=_mismatch_order),
        )


def _mismatch_order(mismatch: Mismatch) -> tuple[str, int]:
    fact = mismatch.gold or mismatch.predicted
    return mismatch.document, fact.start if fact is not None else -1


def _field_mismatch(document: str, predicted: Fact, gold: Fact, wrong: Iterable[str]) -> Mismatch:
    gold_json = gold.model_dump(mode="json")
    predicted_json = predicted.model_dump(mode="json")
    diffs = [
        FieldDiff(field=name, gold=gold_json[name], predicted=predicted_json[name])
        for name in wrong
    ]
    return Mismatch(document=document, kind="fields", gold=gold, predicted=predicted, fields=diffs)


def _is_facts(items: Sequence[object]) -> bool:
    return all(isinstance(item, Fact) for item in items)


def _cases(
    predicted: Sequence[Fact] | Mapping[str, Sequence[Fact]],
    gold: GoldDocument | Sequence[GoldDocument] | Sequence[Fact],
) -> list[tuple[str, Sequence[Fact], Sequence[Fact]]]:
    """The ``(document id, predicted facts, gold facts)`` triples to score."""
    if isinstance(gold, GoldDocument):
        documents: Sequence[GoldDocument] = [gold]
    elif _is_facts(gold) and not isinstance(predicted, Mapping):
        return [("document", predicted, [fact for fact in gold if isinstance(fact, Fact)])]
    elif all(isinstance(item, GoldDocument) for item in gold):
        documents = [item for item in gold if isinstance(item, GoldDocument)]
    else:
        raise TypeError("gold must be a GoldDocument, a list of them, or a list of Facts")
    if not isinstance(predicted, Mapping):
        if len(documents) != 1:
            raise TypeError("a list of predicted facts needs exactly one gold document")
        return [(documents[0].id, predicted, documents[0].facts)]
    unknown = sorted(set(predicted) - {document.id for document in documents})
    if unknown:
        raise ValueError(f"predictions for documents without gold: {', '.join(unknown)}")
    return [(document.id, predicted.get(document.id, []), document.facts) for document in documents]


def evaluate(
    predicted: Sequence[Fact] | Mapping[str, Sequence[Fact]],
    gold: GoldDocument | Sequence[GoldDocument] | Sequence[Fact],
) -> EvaluationReport:
    """Score predictions against gold with the annotation guide's rules.

    ``predicted`` is a list of facts (one document) or a mapping document id -> facts;
    ``gold`` is a :class:`GoldDocument`, a list of them, or a plain list of gold facts.
    A gold document with no entry in the mapping counts as having no predictions.
    """
    run = _Evaluation()
    for document, predicted_facts, gold_facts in _cases(predicted, gold):
        run.add_document(document, predicted_facts, gold_facts)
    return run.report()


def evaluate_fixtures(
    fixtures: str | Path,
    corpus: str | Path | None = None,
    extract: Extract | None = None,
) -> EvaluationReport:
    """Load and validate gold fixtures, extract facts from each article and score them."""
    documents = load_fixtures(fixtures, corpus)
    if extract is None:
        from statextract import extract as default_extract

        extract = default_extract
    predicted = {
        document.id: extract(document.text or "", published=document.published)
        for document in documents
    }
    return evaluate(predicted, documents)
