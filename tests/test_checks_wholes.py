"""Implied wholes: levels with a share of one whole must imply the same whole."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import statextract
from statextract.checks import Finding, check
from statextract.models import Fact, Share

SEED = Path(__file__).parent.parent / "corpora" / "jingwei-2021-02-03.txt"
MILLION = Decimal(1000000)


def share_fact(
    text: str,
    start: int,
    metric: str,
    share: str,
    of: str = "total netizens",
    date: str | None = "2020-12",
) -> Fact:
    """A count level written "N million" with a share of ``of``."""
    number = Decimal(text.split()[0].replace(",", ""))
    scale = MILLION if "million" in text else Decimal(1)
    return Fact(
        text=text,
        start=start,
        end=start + len(text),
        metric=metric,
        value=number * scale,
        unit="count",
        date=date,
        share=Share(value=Decimal(share), of=of),
    )


SEED_ROWS = [
    ("617 million", 750, "live webcast users", "62.4"),
    ("388 million", 916, "e-commerce live broadcast users", "39.2"),
    ("191 million", 1061, "game live broadcast users", "19.3"),
    ("239 million", 1220, "users of reality show live broadcast", "24.2"),
    ("138 million", 1509, "users of live sports", "13.9"),
]


def seed_facts(**changed_shares: str) -> list[Fact]:
    return [
        share_fact(text, start, metric, changed_shares.get(text, share))
        for text, start, metric, share in SEED_ROWS
    ]


def wholes(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.kind == "implied_whole"]


def test_seed_offsets_match_the_article() -> None:
    article = SEED.read_text(encoding="utf-8")
    assert [article[f.start : f.end] for f in seed_facts()] == [row[0] for row in SEED_ROWS]


def test_seed_implies_one_consistent_whole() -> None:
    findings = check(seed_facts())
    [finding] = wholes(findings)
    assert finding.consistent
    assert finding.whole == "total netizens"
    assert finding.facts == [(start, start + len(text)) for text, start, _, _ in SEED_ROWS]
    assert finding.implied is not None
    assert finding.implied.low is not None and finding.implied.high is not None
    assert (
        985 * MILLION < finding.implied.low < 989 * MILLION < finding.implied.high < 992 * MILLION
    )
    assert all(f.consistent for f in findings)


def test_seed_with_a_wrong_share_names_that_fact() -> None:
    [finding] = wholes(check(seed_facts(**{"617 million": "72.4"})))
    assert not finding.consistent
    assert finding.conflicting == [(750, 761)]
    assert '"617 million" (at 750)' in finding.message
    assert finding.implied is not None and finding.implied.low is not None
    assert finding.implied.low > 985 * MILLION


@pytest.mark.parametrize(
    ("facts", "consistent", "conflicting"),
    [
        # Rounding edges: both sides of each figure's rounding must be allowed.
        # True whole 1,000,000: 124,500 is 12.45% (written 12.5%), 875,499 is 87.5499%.
        (
            [
                share_fact("124,500", 0, "a", "12.5", of="people"),
                share_fact("875,499", 20, "b", "87.5", of="people"),
            ],
            True,
            [],
        ),
        # 0.5 million at 50% and 1.5 million at 100%: 0.55/0.4995 > 1.05/1.005 (1.1 vs 1.045).
        (
            [
                share_fact("0.5 million", 0, "a", "50", of="people"),
                share_fact("1.0 million", 20, "b", "100", of="people"),
            ],
            True,
            [],
        ),
        (
            [
                share_fact("10 million", 0, "a", "10.0", of="people"),
                share_fact("20 million", 20, "b", "10.0", of="people"),
            ],
            False,
            [(0, 10), (20, 30)],
        ),
        # "the total netizens", "all netizens" and "netizens" are one whole.
        (
            [
                share_fact("617 million", 0, "a", "62.4", of="the total netizens"),
                share_fact("388 million", 20, "b", "39.2", of="all netizens"),
                share_fact("191 million", 40, "c", "19.3", of="Netizens"),
            ],
            True,
            [],
        ),
    ],
)
def test_implied_whole_rows(facts: list[Fact], consistent: bool, conflicting: list[object]) -> None:
    [finding] = wholes(check(facts))
    assert finding.consistent is consistent
    assert finding.conflicting == conflicting


@pytest.mark.parametrize(
    ("facts", "count"),
    [
        # Different dates, different wholes, a share-only figure: never one group.
        (
            [
                share_fact("617 million", 0, "a", "62.4"),
                share_fact("10 million", 20, "b", "62.4", date="2020-03"),
            ],
            2,
        ),
        (
            [
                share_fact("617 million", 0, "a", "62.4"),
                share_fact("10 million", 20, "b", "62.4", of="mobile users"),
            ],
            2,
        ),
        (
            [
                Fact(
                    text="66.2%",
                    start=0,
                    end=5,
                    metric="buyers",
                    value=Decimal("66.2"),
                    unit="percent",
                    share=Share(value=Decimal("66.2"), of="users"),
                ),
            ],
            0,
        ),
    ],
)
def test_implied_whole_groups(facts: list[Fact], count: int) -> None:
    findings = wholes(check(facts))
    assert len(findings) == count
    assert all(f.consistent for f in findings)


@pytest.mark.parametrize(
    ("stated", "consistent"),
    [("989 million", True), ("990 million", True), ("1.1 billion", False)],
)
def test_a_stated_whole_joins_its_group(stated: str, consistent: bool) -> None:
    number, word = stated.split()
    value = Decimal(number) * (MILLION if word == "million" else MILLION * 1000)
    whole = Fact(
        text=stated,
        start=2000,
        end=2000 + len(stated),
        metric="netizens",
        value=value,
        unit="count",
        date="2020-12",
    )
    [finding] = wholes(check([*seed_facts(), whole]))
    assert finding.consistent is consistent
    assert (2000, 2000 + len(stated)) in finding.facts
    assert finding.conflicting == ([] if consistent else [(2000, 2000 + len(stated))])


@given(
    whole=st.integers(min_value=10**6, max_value=10**10),
    permille=st.lists(st.integers(min_value=10, max_value=990), min_size=2, max_size=6),
    decimals=st.integers(min_value=0, max_value=2),
)
def test_correctly_rounded_shares_never_contradict(
    whole: int, permille: list[int], decimals: int
) -> None:
    facts = []
    for index, part_permille in enumerate(permille):
        part = Decimal(whole) * part_permille / 1000 + index  # not a round fraction of the whole
        written = (part / MILLION).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
        share = (part / whole * 100).quantize(Decimal("0.1"), ROUND_HALF_UP)
        assume(written > 0)
        facts.append(share_fact(f"{written} million", index * 30, f"part {index}", str(share)))
    [finding] = wholes(check(facts))
    assert finding.consistent, finding.message
    assert finding.implied is not None
    assert finding.implied.low is not None and finding.implied.high is not None
    assert finding.implied.low <= whole <= finding.implied.high


def test_seed_article_through_the_extractor() -> None:
    text = SEED.read_text(encoding="utf-8")
    findings = wholes(check(statextract.extract(text, published="2021-02-03")))
    netizens = [f for f in findings if f.whole == "total netizens" or f.whole == "netizens"]
    assert len(netizens) == 1
    [finding] = netizens
    assert finding.consistent
    assert {(750, 761), (916, 927), (1061, 1072), (1220, 1231), (1509, 1520)} <= set(finding.facts)
    assert finding.implied is not None and finding.implied.low is not None
    assert finding.implied.high is not None
    assert finding.implied.low < 989 * MILLION < finding.implied.high
    assert all(f.consistent for f in check(statextract.extract(text, published="2021-02-03")))
