"""Implied wholes: "617 million, 62.4% of the total netizens" implies the number of netizens.

Facts are grouped by whole, unit and date. The whole's name is compared in normal form
(lowercase, without determiners and totalizers), so "the total netizens", "all netizens" and
"netizens" are one whole. A fact whose metric is the whole itself (a stated number of netizens)
joins the group. Each group gives one finding: the intersection of the implied intervals, or a
contradiction naming the facts outside the largest agreeing group.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from statextract.checks.agreement import agree
from statextract.checks.figures import level_interval, share_interval
from statextract.checks.findings import Finding, Implied
from statextract.checks.formatting import format_interval, quote
from statextract.checks.intervals import Interval
from statextract.checks.names import normal_name
from statextract.models import Fact

WholeKey = tuple[str, str, str | None]
HUNDREDTH = Decimal("0.01")


def _implied_whole(fact: Fact, article: str | None) -> tuple[WholeKey, Interval] | None:
    if fact.share is None or fact.unit is None or fact.unit in ("percent", "percentage_point"):
        return None
    whole = normal_name(fact.share.of)
    level, share = level_interval(fact), share_interval(fact, article)
    if whole is None or level is None or share is None or share.high <= 0:
        return None
    return (whole, fact.unit, fact.date), level / share.scaled(HUNDREDTH)


def implied_whole_findings(facts: Sequence[Fact], article: str | None = None) -> list[Finding]:
    """One finding per whole that some level's share implies."""
    groups: dict[WholeKey, list[tuple[Fact, Interval]]] = {}
    names: dict[WholeKey, str] = {}
    for fact in facts:
        implied = _implied_whole(fact, article)
        if implied is not None and fact.share is not None:
            groups.setdefault(implied[0], []).append((fact, implied[1]))
            names.setdefault(implied[0], fact.share.of)
    for fact in facts:
        name, level = normal_name(fact.metric), level_interval(fact)
        key = (name or "", fact.unit or "", fact.date)
        if fact.share is None and level is not None and key in groups:
            groups[key].append((fact, level))
    return [_finding(names[key], key, members) for key, members in groups.items()]


def _finding(whole: str, key: WholeKey, members: list[tuple[Fact, Interval]]) -> Finding:
    members.sort(key=lambda member: member[0].start)
    facts = [fact for fact, _ in members]
    agreement = agree([interval for _, interval in members])
    unit, date = key[1], key[2]
    when = f" ({date})" if date else ""
    if agreement.consistent and agreement.common is not None:
        shown = format_interval(agreement.common, unit)
        subject = "1 fact implies" if len(facts) == 1 else f"{len(facts)} facts imply"
        message = f"{subject} {whole}{when} of {shown}"
    else:
        wrong = "; ".join(
            f"{quote(facts[i])} implies {format_interval(members[i][1], unit)}"
            for i in agreement.conflicting
        )
        rest = (
            f", the others {format_interval(agreement.common, unit)}"
            if agreement.common is not None
            else ""
        )
        message = f"the facts disagree on {whole}{when}: {wrong}{rest}"
    return Finding(
        kind="implied_whole",
        consistent=agreement.consistent,
        facts=[(fact.start, fact.end) for fact in facts],
        implied=Implied.of(agreement.common) if agreement.common is not None else None,
        message=message,
        whole=whole,
        date=date,
        conflicting=[(facts[i].start, facts[i].end) for i in agreement.conflicting],
    )
