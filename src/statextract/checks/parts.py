"""Parts and wholes: sub-metrics within their parent, disjoint shares within 100%.

Sub-metrics: a fact flagged as part of a parent ("Among them, ...": ``parent_metric``) cannot
exceed the parent's level at the same date (for counts and amounts, not rates), nor the parent's
share of the same whole. Each part is not compared with the sum of its siblings: "among them"
categories often overlap (e-commerce and game live-stream viewers).

Share sums: shares of one whole at one date are only summed for metrics that differ by words of
one partition (:data:`~statextract.checks.vocabulary.PARTITIONS`: "male netizens" and "female
netizens"), which are disjoint, so the sum cannot exceed 100%. Other shares are never summed.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from statextract.checks.figures import level_interval, share_interval
from statextract.checks.findings import Finding, Implied
from statextract.checks.formatting import format_interval, quote
from statextract.checks.intervals import Interval
from statextract.checks.names import name_tokens, normal_name
from statextract.checks.vocabulary import NON_ADDITIVE_UNITS, PARTITIONS
from statextract.models import Fact

HUNDRED = Decimal(100)


def _exceeds(part: Interval, whole: Interval) -> bool:
    """Whether the part is surely larger than the whole."""
    return part.low > whole.high


def _comparisons(child: Fact, parent: Fact, article: str | None) -> list[tuple[str, bool]]:
    """(what was compared, whether the child surely exceeds the parent) pairs."""
    found: list[tuple[str, bool]] = []
    child_level, parent_level = level_interval(child), level_interval(parent)
    additive = child.unit is not None and child.unit not in NON_ADDITIVE_UNITS
    if (
        child_level is not None
        and parent_level is not None
        and additive
        and child.unit == parent.unit
    ):
        found.append(("level", _exceeds(child_level, parent_level)))
    child_share, parent_share = share_interval(child, article), share_interval(parent, article)
    if (
        child_share is not None
        and parent_share is not None
        and child.share is not None
        and parent.share is not None
        and normal_name(child.share.of) == normal_name(parent.share.of)
    ):
        found.append(("share", _exceeds(child_share, parent_share)))
    return found


def sub_metric_findings(facts: Sequence[Fact], article: str | None = None) -> list[Finding]:
    """One finding per sub-metric whose parent is stated at the same date."""
    findings: list[Finding] = []
    for child in facts:
        parent_name = normal_name(child.parent_metric)
        if parent_name is None:
            continue
        parents = [
            (parent, compared)
            for parent in facts
            if parent is not child
            and parent.date == child.date
            and normal_name(parent.metric) == parent_name
            and (compared := _comparisons(child, parent, article))
        ]
        if not parents:
            continue
        bad = [p for p, compared in parents if any(exceeds for _, exceeds in compared)]
        spans = [(child.start, child.end), *((p.start, p.end) for p, _ in parents)]
        if bad:
            message = (
                f"{quote(child)} ({child.metric}) exceeds its parent {child.parent_metric}: "
                + ", ".join(quote(p) for p in bad)
            )
        else:
            message = f"{quote(child)} ({child.metric}) is within {child.parent_metric}"
        findings.append(
            Finding(
                kind="sub_metric",
                consistent=not bad,
                facts=spans,
                message=message,
                metric=child.metric,
                date=child.date,
                conflicting=[(child.start, child.end), *((p.start, p.end) for p in bad)]
                if bad
                else [],
            )
        )
    return findings


def _partition_key(
    fact: Fact, partition: frozenset[str]
) -> tuple[tuple[str, str | None, tuple[str, ...]], str] | None:
    """((whole, date, metric without the partition word), partition word) of a share."""
    if fact.share is None or fact.metric is None:
        return None
    whole = normal_name(fact.share.of)
    tokens = name_tokens(fact.metric)
    words = [t for t in tokens if t in partition]
    if whole is None or len(words) != 1:
        return None
    rest = tuple(t for t in tokens if t not in partition)
    return (whole, fact.date, rest), words[0]


def share_sum_findings(facts: Sequence[Fact], article: str | None = None) -> list[Finding]:
    """One finding per set of disjoint shares of one whole (see the module documentation)."""
    findings: list[Finding] = []
    for partition in PARTITIONS:
        groups: dict[tuple[str, str | None, tuple[str, ...]], dict[str, Fact]] = {}
        for fact in facts:
            keyed = _partition_key(fact, partition)
            if keyed is not None:
                groups.setdefault(keyed[0], {}).setdefault(keyed[1], fact)
        for (_, date, _), parts in groups.items():
            if len(parts) > 1:
                ordered = sorted(parts.values(), key=lambda f: f.start)
                findings.append(_share_sum(ordered, date, article))
    return findings


def _share_sum(parts: list[Fact], date: str | None, article: str | None) -> Finding:
    intervals = [share_interval(part, article) for part in parts]
    total = Interval.point(Decimal(0))
    for interval in intervals:
        if interval is not None:
            total = total + interval
    consistent = total.low <= HUNDRED
    whole = parts[0].share.of if parts[0].share else ""
    names = " and ".join(f"{quote(p)} ({p.metric})" for p in parts)
    verdict = "within" if consistent else "more than"
    message = (
        f"{names} are disjoint parts of {whole} and add up to "
        f"{format_interval(total, 'percent')}, {verdict} 100%"
    )
    spans = [(p.start, p.end) for p in parts]
    return Finding(
        kind="share_sum",
        consistent=consistent,
        facts=spans,
        implied=Implied.of(total),
        message=message,
        whole=whole,
        date=date,
        conflicting=[] if consistent else spans,
    )
