"""The same metric at the same date stated more than once must agree.

Two figures are the same statement when their metrics (in normal form), units and dates are
equal and the date is known; a share stated as the figure itself also needs the same whole, and a
change-only figure the same comparison period. Their intervals must share a value.

Two such figures in one sentence ("births 9.02 million, deaths 11.10 million" with both read as
deaths) show that the metric name does not pin down one quantity: the group is left unchecked.
"""

from __future__ import annotations

from collections.abc import Sequence

from statextract.checks.agreement import Agreement, agree
from statextract.checks.figures import level_interval, signed_change_interval
from statextract.checks.findings import Finding, Implied
from statextract.checks.formatting import format_interval, quote
from statextract.checks.intervals import Interval
from statextract.checks.names import normal_name
from statextract.models import Fact

FigureKey = tuple[str, str, str, str, str | None]
"""(kind, metric, unit, date, whole of a share / since of a change)."""


def figure_key(fact: Fact, article: str | None = None) -> tuple[FigureKey, Interval] | None:
    """What the fact states, for comparison with other statements, and its interval."""
    metric = normal_name(fact.metric)
    if metric is None or fact.date is None:
        return None
    level = level_interval(fact)
    if level is not None and fact.unit is not None:
        whole = None
        if fact.share is not None and fact.unit == "percent" and fact.value == fact.share.value:
            whole = normal_name(fact.share.of)
        return ("level", metric, fact.unit, fact.date, whole), level
    change = signed_change_interval(fact, article)
    if change is not None and fact.change is not None and fact.change.unit is not None:
        return ("change", metric, fact.change.unit, fact.date, fact.change.since), change
    return None


def describe(key: FigureKey) -> str:
    """Name a figure: "live webcast users (2020-12)", "change in sales (2023-10, since 2022-10)"."""
    kind, metric, _, date, extra = key
    if kind == "change":
        since = f", since {extra}" if extra else ""
        return f"change in {metric} ({date}{since})"
    of = f" of {extra}" if extra else ""
    return f"{metric}{of} ({date})"


def agreement_message(
    key: FigureKey, labels: Sequence[str], intervals: Sequence[Interval], agreement: Agreement
) -> str:
    """The message of a finding on several statements of one figure."""
    unit = key[2]
    if agreement.consistent and agreement.common is not None:
        shown = format_interval(agreement.common, unit)
        return f"{describe(key)} is stated {len(labels)} times, consistently: {shown}"
    wrong = "; ".join(
        f"{labels[i]} is {format_interval(intervals[i], unit)}" for i in agreement.conflicting
    )
    rest = (
        f", the others {format_interval(agreement.common, unit)}"
        if agreement.common is not None
        else ""
    )
    return f"{describe(key)} is stated with different values: {wrong}{rest}"


def repeated_figure_findings(facts: Sequence[Fact], article: str | None = None) -> list[Finding]:
    """One finding per figure stated more than once in one article."""
    groups: dict[FigureKey, list[tuple[Fact, Interval]]] = {}
    for fact in facts:
        keyed = figure_key(fact, article)
        if keyed is not None:
            groups.setdefault(keyed[0], []).append((fact, keyed[1]))
    findings: list[Finding] = []
    for key, members in groups.items():
        sentences = [f.sentence for f, _ in members if f.sentence is not None]
        if len(members) < 2 or len(set(sentences)) < len(sentences):
            continue
        intervals = [interval for _, interval in members]
        agreement = agree(intervals)
        findings.append(
            Finding(
                kind="repeated_figure",
                consistent=agreement.consistent,
                facts=[(f.start, f.end) for f, _ in members],
                implied=Implied.of(agreement.common) if agreement.common is not None else None,
                message=agreement_message(
                    key, [quote(f) for f, _ in members], intervals, agreement
                ),
                metric=members[0][0].metric,
                date=key[3],
                conflicting=[
                    (members[i][0].start, members[i][0].end) for i in agreement.conflicting
                ],
            )
        )
    return findings
