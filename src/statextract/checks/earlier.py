"""Implied earlier levels, and percent versus percentage points.

A level with a change since a period implies the level at that period: level - change for an
amount in the level's unit (a rate's change in percentage points included), level / (1 + p/100)
for a change of p percent, the level itself when unchanged. A change with a direction only
bounds the earlier level on one side. Where the article states the metric at that period (same
metric, unit and date equal to ``since``; with no ``since``, a change-less figure of the same
metric and date in the same sentence, as in "rose 0.2 points to 3.9% from 3.7%"), they must
agree.

A rate (unit percent) whose change is in percent or percentage points and whose earlier level is
stated is a percent-versus-points check instead: the change must match the difference of the
levels in its stated unit. When it only matches in the other unit ("up 0.2%" from 3.7% to 3.9%,
where 0.2 points is meant) the finding is a contradiction of kind ``percent_points``.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from statextract.checks.agreement import agree
from statextract.checks.figures import level_interval, signed_change_interval
from statextract.checks.findings import Finding, Implied
from statextract.checks.formatting import format_interval, quote
from statextract.checks.intervals import INF, NEG_INF, Interval
from statextract.checks.names import normal_name
from statextract.checks.vocabulary import NON_NEGATIVE_UNITS
from statextract.models import Fact

RATE_CHANGE_UNITS = ("percent", "percentage_point")
ONE = Interval.point(Decimal(1))
HUNDRED = Interval.point(Decimal(100))
HUNDREDTH = Decimal("0.01")


def earlier_level_findings(facts: Sequence[Fact], article: str | None = None) -> list[Finding]:
    """Findings on every level that states a change."""
    findings: list[Finding] = []
    for fact in facts:
        level = level_interval(fact)
        if fact.change is None or level is None:
            continue
        stated = stated_earlier(fact, facts)
        if (
            stated
            and fact.unit == "percent"
            and fact.change.unit in RATE_CHANGE_UNITS
            and fact.change.value is not None
        ):
            finding = _percent_points(fact, level, stated, article)
        else:
            finding = _earlier_level(fact, level, stated, article)
        if finding is not None:
            findings.append(finding)
    return findings


def stated_earlier(fact: Fact, facts: Sequence[Fact]) -> list[tuple[Fact, Interval]]:
    """The figures of the article that state the fact's metric at its comparison period."""
    metric = normal_name(fact.metric)
    if metric is None or fact.change is None:
        return []
    since = fact.change.since
    found: list[tuple[Fact, Interval]] = []
    for other in facts:
        interval = level_interval(other)
        if other is fact or interval is None or other.unit != fact.unit:
            continue
        if normal_name(other.metric) != metric:
            continue
        if since is not None:
            matches = other.date == since
        else:
            matches = (
                other.change is None
                and other.date == fact.date
                and other.sentence is not None
                and other.sentence == fact.sentence
            )
        if matches:
            found.append((other, interval))
    return found


def implied_earlier(
    fact: Fact, level: Interval, article: str | None = None
) -> tuple[Interval, bool] | None:
    """The earlier level the change implies, and whether it comes from an amount.

    ``None`` when the change cannot be turned into an earlier level (unknown or other unit).
    """
    change = fact.change
    if change is None:
        return None
    if change.direction == "unchanged":
        return level, True
    if change.value is None:
        floor = Decimal(0) if fact.unit in NON_NEGATIVE_UNITS else NEG_INF
        if change.direction == "increase":
            return Interval(min(floor, level.high), level.high), False
        return Interval(level.low, INF), False
    signed = signed_change_interval(fact, article)
    if signed is None:
        return None
    if change.unit == fact.unit or (fact.unit == "percent" and change.unit == "percentage_point"):
        return level - signed, True
    if change.unit == "percent":
        factor = ONE + signed.scaled(HUNDREDTH)
        if factor.low <= 0:
            return None
        return level / factor, True
    return None


def _earlier_level(
    fact: Fact, level: Interval, stated: list[tuple[Fact, Interval]], article: str | None
) -> Finding | None:
    implied = implied_earlier(fact, level, article)
    if implied is None or (not implied[1] and not stated):
        return None
    interval = implied[0]
    since = fact.change.since if fact.change is not None else None
    members = [(fact, interval), *stated]
    agreement = agree([i for _, i in members])
    when = f" in {since}" if since else " before"
    shown = format_interval(interval, fact.unit)
    if agreement.consistent:
        also = f", as stated by {', '.join(quote(f) for f, _ in stated)}" if stated else ""
        message = f"{quote(fact)} implies {fact.metric}{when} of {shown}{also}"
    else:
        against = ", ".join(f"{quote(f)} ({format_interval(i, f.unit)})" for f, i in stated)
        message = f"{quote(fact)} implies {fact.metric}{when} of {shown}, but {against} disagree"
    return Finding(
        kind="implied_earlier_level",
        consistent=agreement.consistent,
        facts=[(f.start, f.end) for f, _ in members],
        implied=Implied.of(interval),
        message=message,
        metric=fact.metric,
        date=since,
        conflicting=[(members[i][0].start, members[i][0].end) for i in agreement.conflicting],
    )


def _percent_points(
    fact: Fact, level: Interval, stated: list[tuple[Fact, Interval]], article: str | None
) -> Finding | None:
    change = fact.change
    signed = signed_change_interval(fact, article)
    if change is None or signed is None:
        return None
    earlier = [interval for _, interval in stated]
    as_points = all((level - e).overlaps(signed) for e in earlier)
    as_percent = all(e.low > 0 and ((level / e - ONE) * HUNDRED).overlaps(signed) for e in earlier)
    in_points = change.unit == "percentage_point"
    right, other = (as_points, as_percent) if in_points else (as_percent, as_points)
    if not right and not other:
        return _earlier_level(fact, level, stated, article)
    said, meant = (
        ("percentage points", "percent") if in_points else ("percent", "percentage points")
    )
    implied = level - signed if in_points else level / (ONE + signed.scaled(HUNDREDTH))
    earlier_text = ", ".join(quote(f) for f, _ in stated)
    if right:
        message = f"{quote(fact)} and {earlier_text} differ by the change stated in {said}"
    else:
        message = (
            f"{quote(fact)} and {earlier_text} differ by the change in {meant}, "
            f"but it is stated in {said}"
        )
    spans = [(fact.start, fact.end), *((f.start, f.end) for f, _ in stated)]
    return Finding(
        kind="percent_points",
        consistent=right,
        facts=spans,
        implied=Implied.of(implied),
        message=message,
        metric=fact.metric,
        date=change.since,
        conflicting=[] if right else [(fact.start, fact.end)],
    )
