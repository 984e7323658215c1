"""Normalisation: typographic marks folded, decimal commas read as points, offsets kept."""

from __future__ import annotations

import pytest

from statextract.normalize import normalize


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        (
            "Inflation was 3,2% in January, up from 3,0%.",
            "Inflation was 3.2% in January, up from 3.0%.",
        ),
        ("Bread cost R21,59 and milk R18,50.", "Bread cost R21.59 and milk R18.50."),
        ("Prices fell \u22120,4% after 1,1%.", "Prices fell -0.4% after 1.1%."),
        ("Inflation was 3,2% in January.", "Inflation was 3,2% in January."),  # one alone: kept
        ("Sales of 1,250 units, up 3,2% and 2,5%.", "Sales of 1,250 units, up 3,2% and 2,5%."),
        (
            "In 2023, 24 banks failed; in 2024, 12 did.",
            "In 2023, 24 banks failed; in 2024, 12 did.",
        ),
        # two comma pairs and no thousands: read as decimals, even in a list of figure numbers
        ("Figures 1,2 and 3,4 of the report.", "Figures 1.2 and 3.4 of the report."),
    ],
)
def test_decimal_commas(original: str, expected: str) -> None:
    normalized = normalize(original)
    assert normalized.text == expected
    assert len(normalized.text) == len(original)
    start = expected.find("%")
    if start > 0:
        assert normalized.to_original(start, start + 1) == (start, start + 1)
