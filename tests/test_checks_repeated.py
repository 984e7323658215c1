"""One metric at one date stated twice, in one article or across articles."""

from __future__ import annotations

from decimal import Decimal

import pytest

from statextract.checks import Finding, check, check_across
from statextract.models import Change, Fact, Share

MILLION = Decimal(1000000)


def figure(
    text: str,
    start: int,
    metric: str = "live webcast users",
    *,
    date: str | None = "2020-12",
    qualifier: str | None = None,
    of: str | None = None,
    sentence: tuple[int, int] | None = None,
) -> Fact:
    number = Decimal(text.split()[0].rstrip("%").replace(",", ""))
    percent = text.endswith("%")
    return Fact(
        text=text,
        start=start,
        end=start + len(text),
        metric=metric,
        value=number * MILLION if "million" in text else number,
        unit="percent" if percent else "count",
        qualifier=qualifier,
        date=date,
        share=Share(value=number, of=of) if of else None,
        sentence=sentence,
    )


def change_only(text: str, start: int, direction: str = "increase") -> Fact:
    return Fact(
        text=text,
        start=start,
        end=start + len(text),
        metric="retail sales",
        value=None,
        unit="percent",
        date="2023-10",
        change=Change(
            direction=direction,
            value=Decimal(text.rstrip("%")),
            unit="percent",
            since="2022-10",
        ),
    )


def repeated(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.kind == "repeated_figure"]


REPEATED_ROWS = [
    # (facts, consistent, conflicting starts)
    ([figure("617 million", 0), figure("617 million", 50)], True, []),
    ([figure("617 million", 0), figure("671 million", 50)], False, [0, 50]),
    ([figure("617 million", 0), figure("617.2 million", 50)], True, []),
    (
        [figure("617 million", 0, sentence=(0, 40)), figure("671 million", 50, sentence=(45, 90))],
        False,
        [0, 50],
    ),
    ([figure("617 million", 0), figure("617.6 million", 50)], False, [0, 50]),
    ([figure("600 million", 0, qualifier="more_than"), figure("617 million", 50)], True, []),
    ([figure("700 million", 0, qualifier="more_than"), figure("617 million", 50)], False, [0, 50]),
    ([figure("600 million", 0, qualifier="approximately"), figure("617 million", 50)], True, []),
    # "The total number of" and "the number of" name one metric.
    (
        [figure("617 million", 0, "the total live webcast users"), figure("617 million", 50)],
        True,
        [],
    ),
    # Three statements, one outlier: only the outlier is named.
    ([figure("617 million", 0), figure("671 million", 50), figure("617 million", 90)], False, [50]),
    (
        [figure("66.2%", 0, "buyers", of="users"), figure("66.2%", 50, "buyers", of="all users")],
        True,
        [],
    ),
    ([change_only("5.2%", 0), change_only("5.2%", 50)], True, []),
    ([change_only("5.2%", 0), change_only("5.2%", 50, direction="decrease")], False, [0, 50]),
]


@pytest.mark.parametrize(("facts", "consistent", "conflicting"), REPEATED_ROWS)
def test_repeated_figure(facts: list[Fact], consistent: bool, conflicting: list[int]) -> None:
    [finding] = repeated(check(facts))
    assert finding.consistent is consistent
    assert finding.facts == [(f.start, f.end) for f in facts]
    assert [start for start, _ in finding.conflicting] == conflicting


@pytest.mark.parametrize(
    "facts",
    [
        [figure("617 million", 0), figure("560 million", 50, date="2020-03")],
        [figure("617 million", 0, date=None), figure("560 million", 50, date=None)],
        [figure("617 million", 0), figure("560 million", 50, "game live users")],
        # Two figures of one sentence are not one figure restated: the metric is ambiguous.
        [
            figure("11.10 million", 0, "deaths", sentence=(0, 40)),
            figure("10.41 million", 20, "deaths", sentence=(0, 40)),
        ],
        # Share-only figures of different wholes are different statements.
        [figure("30%", 0, "women", of="engineers"), figure("50%", 50, "women", of="graduates")],
    ],
)
def test_not_the_same_figure(facts: list[Fact]) -> None:
    assert repeated(check(facts)) == []


ACROSS_ROWS = [
    # (documents, consistent, conflicting documents)
    ([("a", [figure("617 million", 10)]), ("b", [figure("617 million", 30)])], True, []),
    ([("a", [figure("617 million", 10)]), ("b", [figure("617.3 million", 30)])], True, []),
    ([("a", [figure("617 million", 10)]), ("b", [figure("671 million", 30)])], False, ["a", "b"]),
    (
        [
            ("a", [figure("617 million", 10)]),
            ("b", [figure("671 million", 30)]),
            ("c", [figure("617.0 million", 20)]),
        ],
        False,
        ["b"],
    ),
]


@pytest.mark.parametrize(("documents", "consistent", "conflicting"), ACROSS_ROWS)
def test_across_documents(
    documents: list[tuple[str, list[Fact]]], consistent: bool, conflicting: list[str]
) -> None:
    [finding] = check_across(documents)
    assert finding.kind == "cross_document"
    assert finding.consistent is consistent
    assert finding.documents == [doc_id for doc_id, _ in documents]
    assert finding.facts == [(f.start, f.end) for _, facts in documents for f in facts]
    assert finding.conflicting_documents == conflicting


@pytest.mark.parametrize(
    "documents",
    [
        [("a", [figure("617 million", 10), figure("671 million", 50)])],  # one document only
        [("a", [figure("617 million", 10)]), ("b", [figure("671 million", 30, date="2021-06")])],
        [("a", [figure("617 million", 10)]), ("b", [])],
    ],
)
def test_nothing_across(documents: list[tuple[str, list[Fact]]]) -> None:
    assert check_across(documents) == []
