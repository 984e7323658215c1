"""Sub-metrics within their parent; shares of disjoint parts within 100%."""

from __future__ import annotations

from decimal import Decimal

import pytest

from statextract.checks import Finding, check
from statextract.models import Fact, Share

MILLION = Decimal(1000000)


def figure(
    text: str,
    start: int,
    metric: str,
    *,
    parent: str | None = None,
    share: str | None = None,
    of: str = "total netizens",
    unit: str | None = None,
    date: str | None = "2020-12",
) -> Fact:
    """A count ("617 million") or, with unit percent, a share-only figure ("39.2%")."""
    number = Decimal(text.split()[0].rstrip("%").replace(",", ""))
    is_percent = text.endswith("%")
    value = number * MILLION if "million" in text else number
    if is_percent:
        share = text.rstrip("%")
    return Fact(
        text=text,
        start=start,
        end=start + len(text),
        metric=metric,
        value=value,
        unit=unit or ("percent" if is_percent else "count"),
        date=date,
        share=Share(value=Decimal(share), of=of) if share else None,
        parent_metric=parent,
    )


def of_kind(findings: list[Finding], kind: str) -> list[Finding]:
    return [f for f in findings if f.kind == kind]


LIVE = "live webcast users"
PARENT = figure("617 million", 0, LIVE, share="62.4")

SUB_METRIC_ROWS = [
    # (child, consistent)
    (figure("388 million", 50, "e-commerce live users", parent=LIVE, share="39.2"), True),
    (figure("700 million", 50, "e-commerce live users", parent=LIVE), False),
    # Rounding edge: 617.4 million fits within "617 million" (up to 617.5 million).
    (figure("617.4 million", 50, "e-commerce live users", parent=LIVE), True),
    (figure("617.6 million", 50, "e-commerce live users", parent=LIVE), False),
    # Shares of the same whole: the part's share cannot exceed the parent's.
    (figure("39.2%", 50, "e-commerce live users", parent=LIVE), True),
    (figure("70.1%", 50, "e-commerce live users", parent=LIVE), False),
    (figure("62.4%", 50, "e-commerce live users", parent=LIVE), True),
]


@pytest.mark.parametrize(("child", "consistent"), SUB_METRIC_ROWS)
def test_sub_metric_within_parent(child: Fact, consistent: bool) -> None:
    [finding] = of_kind(check([PARENT, child]), "sub_metric")
    assert finding.consistent is consistent
    assert finding.facts == [(50, child.end), (0, PARENT.end)]
    assert finding.conflicting == ([] if consistent else [(50, child.end), (0, PARENT.end)])


@pytest.mark.parametrize(
    "facts",
    [
        # A part's rate may exceed its parent's rate.
        [
            figure("5.0", 0, "unemployment rate", unit="percent"),
            figure(
                "8.0", 20, "youth unemployment rate", unit="percent", parent="unemployment rate"
            ),
        ],
        # Another date, or no parent stated.
        [PARENT, figure("700 million", 50, "e-commerce live users", parent=LIVE, date="2020-03")],
        [figure("700 million", 50, "e-commerce live users", parent=LIVE)],
        # Shares of different wholes are not compared.
        [PARENT, figure("70.1%", 50, "e-commerce live users", parent=LIVE, of="mobile users")],
    ],
)
def test_no_sub_metric_finding(facts: list[Fact]) -> None:
    assert of_kind(check(facts), "sub_metric") == []


def test_seed_categories_overlap_and_are_not_summed() -> None:
    facts = [
        PARENT,
        figure("388 million", 50, "e-commerce live broadcast users", parent=LIVE, share="39.2"),
        figure("191 million", 100, "game live broadcast users", parent=LIVE, share="19.3"),
        figure("239 million", 150, "reality show live broadcast users", parent=LIVE, share="24.2"),
        figure("138 million", 200, "live sports users", parent=LIVE, share="13.9"),
    ]
    findings = check(facts)
    assert of_kind(findings, "share_sum") == []
    assert len(of_kind(findings, "sub_metric")) == 4
    assert all(f.consistent for f in findings)


SHARE_SUM_ROWS = [
    # (facts, consistent)
    ([figure("51.2%", 0, "male netizens"), figure("48.8%", 20, "female netizens")], True),
    ([figure("51.2%", 0, "male netizens"), figure("49.3%", 20, "female netizens")], False),
    # Rounding edge: 50.45% + 49.55% is 100%, written 50.5% and 49.6%.
    ([figure("50.5%", 0, "male netizens"), figure("49.6%", 20, "female netizens")], True),
    (
        [
            figure("60%", 0, "urban population", of="population"),
            figure("45%", 20, "rural population", of="population"),
        ],
        False,
    ),
    # A level with a share counts by its share.
    (
        [
            figure("500 million", 0, "men workers", share="55.0", of="workers"),
            figure("46.0%", 20, "women workers", of="workers"),
        ],
        False,
    ),
]


@pytest.mark.parametrize(("facts", "consistent"), SHARE_SUM_ROWS)
def test_disjoint_shares_within_100(facts: list[Fact], consistent: bool) -> None:
    [finding] = of_kind(check(facts), "share_sum")
    assert finding.consistent is consistent
    assert finding.facts == [(f.start, f.end) for f in facts]


@pytest.mark.parametrize(
    "facts",
    [
        # Not one partition, another whole, another date, another population.
        [figure("51.2%", 0, "mobile netizens"), figure("78.8%", 20, "female netizens")],
        [figure("51.2%", 0, "male netizens"), figure("78.8%", 20, "female netizens", of="users")],
        [
            figure("51.2%", 0, "male netizens"),
            figure("78.8%", 20, "female netizens", date="2019-12"),
        ],
        [figure("51.2%", 0, "male netizens"), figure("78.8%", 20, "female students")],
    ],
)
def test_no_share_sum_finding(facts: list[Fact]) -> None:
    assert of_kind(check(facts), "share_sum") == []
