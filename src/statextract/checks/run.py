"""``check(facts)``: every in-article consistency check, findings in text order."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from statextract.checks.earlier import earlier_level_findings
from statextract.checks.findings import Finding
from statextract.checks.parts import share_sum_findings, sub_metric_findings
from statextract.checks.repeated import repeated_figure_findings
from statextract.checks.wholes import implied_whole_findings
from statextract.models import Fact

CHECKS: tuple[Callable[[Sequence[Fact], str | None], list[Finding]], ...] = (
    implied_whole_findings,
    earlier_level_findings,
    sub_metric_findings,
    share_sum_findings,
    repeated_figure_findings,
)


def check(facts: Sequence[Fact], text: str | None = None) -> list[Finding]:
    """All findings on the facts of one article, ordered by the offset of their first fact.

    With the article ``text``, change amounts and shares take their rounding from the text their
    ``evidence`` spans point to; without it, from their values.
    """
    findings = [finding for run in CHECKS for finding in run(facts, text)]
    return sorted(findings, key=lambda f: (f.facts[0] if f.facts else (0, 0), f.kind))
