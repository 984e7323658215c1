"""Implied earlier levels, and percent versus percentage points."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from statextract.checks import Finding, check
from statextract.models import Change, Fact

MILLION = Decimal(1000000)


def figure(
    text: str,
    start: int,
    *,
    metric: str = "users",
    unit: str = "count",
    date: str | None = "2020-12",
    change: Change | None = None,
    sentence: tuple[int, int] | None = None,
    evidence: dict[str, tuple[int, int]] | None = None,
) -> Fact:
    """A level written ``text`` ("617 million", "3.9%", "1,200")."""
    number = Decimal(text.split()[0].rstrip("%").replace(",", ""))
    value = number * MILLION if "million" in text else number
    return Fact(
        text=text,
        start=start,
        end=start + len(text),
        metric=metric,
        value=value,
        unit=unit,
        date=date,
        change=change,
        sentence=sentence,
        evidence=evidence or {},
    )


def rise(
    value: str | None,
    unit: str | None = "count",
    since: str | None = "2020-03",
    direction: str = "increase",
) -> Change:
    return Change.model_validate(
        {"direction": direction, "value": value, "unit": unit, "since": since}
    )


def of_kind(findings: list[Finding], *kinds: str) -> list[Finding]:
    return [f for f in findings if f.kind in kinds]


EARLIER_ROWS = [
    # (facts, consistent, conflicting positions)
    (
        [
            figure("617 million", 0, change=rise("57030000")),
            figure("559.97 million", 50, date="2020-03"),
        ],
        True,
        [],
    ),
    (
        [
            figure("617 million", 0, change=rise("57030000")),
            figure("560 million", 50, date="2020-03"),
        ],
        True,
        [],
    ),
    (
        [
            figure("617 million", 0, change=rise("57030000")),
            figure("570 million", 50, date="2020-03"),
        ],
        False,
        [0, 50],
    ),
    (
        [
            figure("191 million", 0, change=rise("68350000", direction="decrease")),
            figure("259.35 million", 50, date="2020-03"),
        ],
        True,
        [],
    ),
    (
        [
            figure("191 million", 0, change=rise("68350000", direction="decrease")),
            figure("122.65 million", 50, date="2020-03"),
        ],
        False,
        [0, 50],
    ),
    # Percent change of a count: 105 = 100 * 1.05.
    (
        [figure("105", 0, change=rise("5", unit="percent")), figure("100", 50, date="2020-03")],
        True,
        [],
    ),
    (
        [figure("110", 0, change=rise("5", unit="percent")), figure("100", 50, date="2020-03")],
        False,
        [0, 50],
    ),
    # Direction only ("rose to 150 from 130").
    ([figure("150", 0, change=rise(None, unit=None)), figure("130", 50, date="2020-03")], True, []),
    (
        [figure("120", 0, change=rise(None, unit=None)), figure("130", 50, date="2020-03")],
        False,
        [0, 50],
    ),
    # Unchanged.
    (
        [
            figure("5.0%", 0, unit="percent", change=rise(None, unit=None, direction="unchanged")),
            figure("5.0%", 50, unit="percent", date="2020-03"),
        ],
        True,
        [],
    ),
    (
        [
            figure("5.0%", 0, unit="percent", change=rise(None, unit=None, direction="unchanged")),
            figure("5.5%", 50, unit="percent", date="2020-03"),
        ],
        False,
        [0, 50],
    ),
    # No comparison period: the change-less figure of the same sentence ("from 900 to 1,200").
    (
        [
            figure("1,200", 0, change=rise("300", since=None), sentence=(0, 80)),
            figure("900", 50, sentence=(0, 80)),
        ],
        True,
        [],
    ),
    (
        [
            figure("1,200", 0, change=rise("200", since=None), sentence=(0, 80)),
            figure("900", 50, sentence=(0, 80)),
        ],
        False,
        [0, 50],
    ),
    # Rounding edge: true 1.249 up 0.399 from 0.85 million, written 1.2, 0.4 and 0.9 (half up).
    (
        [
            figure("1.2 million", 0, change=rise("400000")),
            figure("0.9 million", 50, date="2020-03"),
        ],
        True,
        [],
    ),
    # Two statements of the earlier level that agree with each other: the level is at fault.
    (
        [
            figure("617 million", 0, change=rise("57030000")),
            figure("580 million", 50, date="2020-03"),
            figure("580 million", 90, date="2020-03"),
        ],
        False,
        [0],
    ),
]


@pytest.mark.parametrize(("facts", "consistent", "conflicting"), EARLIER_ROWS)
def test_implied_earlier_level_against_a_stated_one(
    facts: list[Fact], consistent: bool, conflicting: list[int]
) -> None:
    [finding] = of_kind(check(facts), "implied_earlier_level")
    assert finding.consistent is consistent
    assert [start for start, _ in finding.conflicting] == conflicting
    assert finding.facts[0] == (0, len(facts[0].text))


@pytest.mark.parametrize(
    ("fact", "low", "high"),
    [
        (figure("617 million", 0, change=rise("57030000")), "559465000", "560475000"),
        (figure("388 million", 0, change=rise("123000000")), "264000000", "266000000"),
        (
            figure("3.9%", 0, unit="percent", change=rise("0.2", unit="percentage_point")),
            "3.6",
            "3.8",
        ),
        (figure("105", 0, change=rise("5", unit="percent")), "99.05213270", "100.9569378"),
    ],
)
def test_implied_earlier_level_alone(fact: Fact, low: str, high: str) -> None:
    [finding] = check([fact])
    assert finding.kind == "implied_earlier_level" and finding.consistent
    assert finding.implied is not None
    assert finding.implied.low == Decimal(low) and finding.implied.high == Decimal(high)


@pytest.mark.parametrize(
    "facts",
    [
        [figure("150", 0, change=rise(None, unit=None))],  # a direction alone implies nothing
        [figure("150", 0, change=rise("2.2", unit="times"))],  # no rule for multiples
        # A stated level at another period is no evidence.
        [figure("150", 0, change=rise(None, unit=None)), figure("130", 50, date="2019-12")],
    ],
)
def test_no_earlier_level_finding(facts: list[Fact]) -> None:
    assert of_kind(check(facts), "implied_earlier_level", "percent_points") == []


def test_change_precision_from_the_article_text() -> None:
    article = (
        "Users reached 617 million, an increase of 57.0 million from March 2020; 560.8 million"
    )
    change_at = article.index("an increase")
    level = figure(
        "617 million",
        article.index("617"),
        change=rise("57000000"),
        evidence={"change": (change_at, article.index(";"))},
    )
    earlier = figure("560.8 million", article.index("560.8"), date="2020-03")
    # From the value alone, 57000000 could be 56.5-57.5 million: no contradiction.
    assert all(f.consistent for f in check([level, earlier]))
    # The text says "57.0 million" (56.95-57.05), which cannot bridge 617 and 560.8 million.
    [finding] = of_kind(check([level, earlier], article), "implied_earlier_level")
    assert not finding.consistent


RATE = "unemployment rate"

PERCENT_POINT_ROWS = [
    # (level, change, earlier, kind, consistent)
    ("3.9%", rise("0.2", unit="percentage_point"), "3.7%", "percent_points", True),
    ("3.9%", rise("0.2", unit="percent"), "3.7%", "percent_points", False),
    ("3.9%", rise("5.4", unit="percent"), "3.7%", "percent_points", True),
    ("3.9%", rise("5.4", unit="percentage_point"), "3.7%", "percent_points", False),
    (
        "3.5%",
        rise("0.2", unit="percentage_point", direction="decrease"),
        "3.7%",
        "percent_points",
        True,
    ),
    ("3.5%", rise("0.2", unit="percent", direction="decrease"), "3.7%", "percent_points", False),
    # Neither reading: the change does not link the two levels.
    ("3.9%", rise("1.5", unit="percentage_point"), "3.7%", "implied_earlier_level", False),
    ("3.9%", rise("1.5", unit="percent"), "3.7%", "implied_earlier_level", False),
    # Rounding edge: true 3.95 (written 4.0) from 3.849 (written 3.8), up 0.101 points ("0.1").
    ("4.0%", rise("0.1", unit="percentage_point"), "3.8%", "percent_points", True),
    # Near 100%, points and percent coincide: both readings fit, nothing to flag.
    ("99.0%", rise("1", unit="percent"), "98.0%", "percent_points", True),
]


@pytest.mark.parametrize(("level", "change", "earlier", "kind", "consistent"), PERCENT_POINT_ROWS)
def test_percent_versus_points(
    level: str, change: Change, earlier: str, kind: str, consistent: bool
) -> None:
    facts = [
        figure(level, 0, metric=RATE, unit="percent", change=change),
        figure(earlier, 50, metric=RATE, unit="percent", date="2020-03"),
    ]
    [finding] = of_kind(check(facts), "implied_earlier_level", "percent_points")
    assert (finding.kind, finding.consistent) == (kind, consistent)
    assert (0, len(level)) in finding.facts
    if not consistent:
        assert (0, len(level)) in finding.conflicting


@given(
    earlier=st.integers(min_value=1000, max_value=10**9),
    delta=st.integers(min_value=-(10**6), max_value=10**6),
    decimals=st.integers(min_value=0, max_value=2),
)
def test_correctly_rounded_changes_never_contradict(
    earlier: int, delta: int, decimals: int
) -> None:
    later = earlier + delta * 97
    if later <= 0:
        later = earlier + 1
    step = Decimal(1).scaleb(-decimals)

    def written(n: int) -> str:
        return f"{(Decimal(n) / 1000).quantize(step, ROUND_HALF_UP)} million"

    amount = (Decimal(abs(later - earlier)) / 1000).quantize(step, ROUND_HALF_UP) * MILLION
    direction = "increase" if later >= earlier else "decrease"
    level = figure(written(later), 0, change=rise(str(amount), direction=direction))
    stated = figure(written(earlier), 60, date="2020-03")
    findings = of_kind(check([level, stated]), "implied_earlier_level")
    assert findings and all(f.consistent for f in findings), findings
