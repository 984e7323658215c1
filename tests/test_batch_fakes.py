"""A small deterministic extractor for the batch tests, and the table that pins its behaviour.

It stands in for the real rules so that batch tests do not depend on their accuracy: every number
in the text becomes a fact, with a change for odd integers, a share for percentages, evidence
offsets, and non-ASCII text and commas in the metric to exercise the writers. A text containing
``RAISE`` raises, like a failing rule.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from decimal import Decimal

import pytest

from statextract.models import Change, Fact, Share

NUMBER = re.compile(r"\d+(?:\.\d+)?(%?)")
FAIL_MARK = "RAISE"
METRIC = "café sales, “total”"


def fake_extract(text: str, published: dt.date | str | None = None) -> list[Fact]:
    """One fact per number in ``text``; raises on :data:`FAIL_MARK`."""
    if FAIL_MARK in text:
        raise ValueError(f"rule failed on purpose at {text.index(FAIL_MARK)}")
    facts = []
    for match in NUMBER.finditer(text):
        figure = match.group().rstrip("%")
        value = Decimal(figure)
        percent = bool(match.group(1))
        odd = value == value.to_integral_value() and int(value) % 2 == 1
        facts.append(
            Fact(
                text=match.group(),
                start=match.start(),
                end=match.end(),
                metric=METRIC,
                value=value,
                unit="percent" if percent else "count",
                date=None if published is None else str(published),
                change=Change(direction="increase", value=value / 4, since="2020-03")
                if odd
                else None,
                share=Share(value=value, of="all users") if percent else None,
                sentence=(0, len(text)),
                evidence={"value": (match.start(), match.end())},
            )
        )
    return facts


def slow_fake_extract(text: str, published: dt.date | str | None = None) -> list[Fact]:
    """:func:`fake_extract` taking a few milliseconds, so that a run lasts long enough to kill."""
    time.sleep(0.004)
    return fake_extract(text, published)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("no figures", None, []),
        ("up 3 and 4", None, [("3", 3, "count", True, False), ("4", 4, "count", False, False)]),
        ("12.5% of users", "2021-02-03", [("12.5%", Decimal("12.5"), "percent", False, True)]),
    ],
)
def test_fake_extract(
    text: str, published: str | None, expected: list[tuple[str, Decimal, str, bool, bool]]
) -> None:
    facts = fake_extract(text, published)
    got = [(f.text, f.value, f.unit, f.change is not None, f.share is not None) for f in facts]
    assert got == expected
    assert all(text[f.start : f.end] == f.text and f.date == published for f in facts)


def test_fake_extract_raises_on_mark() -> None:
    with pytest.raises(ValueError, match="on purpose"):
        fake_extract("figures RAISE 5")
