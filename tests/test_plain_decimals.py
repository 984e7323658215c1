"""Values built from scale words are stored without an exponent."""

from __future__ import annotations

import re

import pytest

from statextract import extract


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("Exports rose by $1.2 billion to $3.2 billion.", "3200000000", "1200000000"),
        ("The number of users reached 617 million, up 57.03 million.", "617000000", "57030000"),
        ("Revenue was ¥2 trillion, up 5.00%.", "2000000000000", "5.00"),
        ("The rate fell to 0.5% from 0.75%.", "0.5", None),
    ],
)
def test_values_have_no_exponent(text: str, value: str, change: str | None) -> None:
    fact = extract(text)[0]
    assert str(fact.value) == value
    assert re.search(r"\d[eE][+-]?\d", fact.model_dump_json()) is None
    if change is not None:
        assert fact.change is not None
        assert str(fact.change.value) == change
