"""Across documents: the same metric at the same date must agree between articles.

Statements are matched as within one article (:func:`~statextract.checks.repeated.figure_key`).
Only figures stated in at least two documents give a finding. Metric names carry no place: pass
documents about one place (or group documents by place first) to avoid comparing, say, two
countries' unemployment rates.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from statextract.checks.agreement import agree
from statextract.checks.findings import Finding, Implied
from statextract.checks.formatting import quote
from statextract.checks.intervals import Interval
from statextract.checks.repeated import FigureKey, agreement_message, figure_key
from statextract.models import Fact

Member = tuple[str, Fact, Interval]


def check_across(documents: Iterable[tuple[str, Sequence[Fact]]]) -> list[Finding]:
    """Findings on figures that several documents state: ``(doc_id, facts)`` pairs in.

    Each finding lists the facts' offsets in ``facts`` and their document ids, in the same order,
    in ``documents``; ``conflicting`` and ``conflicting_documents`` name those that disagree.
    """
    groups: dict[FigureKey, list[Member]] = {}
    for doc_id, facts in documents:
        for fact in facts:
            keyed = figure_key(fact)
            if keyed is not None:
                groups.setdefault(keyed[0], []).append((doc_id, fact, keyed[1]))
    findings: list[Finding] = []
    for key, members in groups.items():
        if len({doc_id for doc_id, _, _ in members}) < 2:
            continue
        intervals = [interval for _, _, interval in members]
        agreement = agree(intervals)
        labels = [f"{quote(fact)} in {doc_id}" for doc_id, fact, _ in members]
        findings.append(
            Finding(
                kind="cross_document",
                consistent=agreement.consistent,
                facts=[(fact.start, fact.end) for _, fact, _ in members],
                documents=[doc_id for doc_id, _, _ in members],
                implied=Implied.of(agreement.common) if agreement.common is not None else None,
                message=agreement_message(key, labels, intervals, agreement),
                metric=members[0][1].metric,
                date=key[3],
                conflicting=[
                    (members[i][1].start, members[i][1].end) for i in agreement.conflicting
                ],
                conflicting_documents=[members[i][0] for i in agreement.conflicting],
            )
        )
    return findings
