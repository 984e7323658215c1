"""Intervals, stated figures as intervals, and agreement among intervals."""

from __future__ import annotations

from decimal import Decimal

import pytest

from statextract.checks.agreement import agree
from statextract.checks.figures import stated_interval, surface_half_unit, value_half_unit
from statextract.checks.intervals import INF, NEG_INF, Interval, intersection
from statextract.checks.names import normal_name


def iv(low: str, high: str) -> Interval:
    return Interval(Decimal(low), Decimal(high))


@pytest.mark.parametrize(
    ("text", "value", "half"),
    [
        ("62.4%", "62.4", "0.05"),
        ("617 million", "617000000", "500000"),
        ("57.03 million", "57030000", "5000"),
        ("3,915", "3915", "0.5"),
        ("1,234,567.8", "1234567.8", "0.05"),
        ("₹1.4 lakh crore", "1400000000000", "50000000000"),
        ("$1.2 billion", "1200000000", "50000000"),
        ("2.2 times", "2.2", "0.05"),
        ("0.25 percent", "0.25", "0.005"),
        ("eight", "8", "0.5"),  # no digits: the value's last significant digit
        ("threefold", "3", "0.5"),
        (None, "600000000", "50000000"),
        ("an increase of 57.03 million from March 2020", "57030000", "5000"),  # skips the year
        ("12 of 2020", "7", "0.5"),  # no number scales to the value
    ],
)
def test_surface_half_unit(text: str | None, value: str, half: str) -> None:
    assert surface_half_unit(Decimal(value), text) == Decimal(half)


@pytest.mark.parametrize(
    ("value", "unit", "half"),
    [
        ("57030000", None, "5000"),
        ("617000000", "count", "500000"),
        ("62.4", "percent", "0.05"),
        ("20", "percent", "0.5"),
        ("10.0", "percentage_point", "0.5"),
        ("20", "count", "5"),
        ("0", None, "0.5"),
    ],
)
def test_value_half_unit(value: str, unit: str | None, half: str) -> None:
    assert value_half_unit(Decimal(value), unit) == Decimal(half)


@pytest.mark.parametrize(
    ("value", "text", "qualifier", "unit", "expected"),
    [
        ("62.4", "62.4%", None, "percent", iv("62.35", "62.45")),
        ("617000000", "617 million", None, "count", iv("616500000", "617500000")),
        ("600000000", "600 million", "more_than", "count", Interval(Decimal(600000000), INF)),
        ("600000000", "600 million", "at_least", "count", Interval(Decimal(600000000), INF)),
        ("5", "5 million", "less_than", "count", iv("0", "5")),
        ("5", "$5", "at_most", "USD", Interval(NEG_INF, Decimal(5))),
        ("1000", "1,000", "approximately", "count", iv("950", "1050")),
        ("1000000000", "1 billion", "approximately", "count", iv("500000000", "1500000000")),
    ],
)
def test_stated_interval(
    value: str, text: str, qualifier: str | None, unit: str, expected: Interval
) -> None:
    assert stated_interval(Decimal(value), text=text, qualifier=qualifier, unit=unit) == expected


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        (iv("1", "2") + iv("10", "20"), iv("11", "22")),
        (iv("1", "2") - iv("10", "20"), iv("-19", "-8")),
        (iv("2", "3") * iv("-1", "4"), iv("-3", "12")),
        (iv("6", "8") / iv("2", "4"), iv("1.5", "4")),
        (iv("1", "2") * Interval(Decimal(0), INF), Interval(Decimal(0), INF)),
        (iv("0", "0") * Interval(Decimal(1), INF), iv("0", "0")),
        (iv("1", "1") / iv("0", "2"), Interval(Decimal("0.5"), INF)),
        (iv("1", "1") / iv("-1", "1"), Interval(NEG_INF, INF)),
        (
            iv("1", "1") / iv("3", "3"),
            iv("0.3333333333333333333333333333333333", "0.3333333333333333333333333333333334"),
        ),
        (iv("987.26114", "990.37690").rounded_outward(4), iv("987.2", "990.4")),
        (-iv("1", "2"), iv("-2", "-1")),
    ],
)
def test_interval_arithmetic(result: Interval, expected: Interval) -> None:
    assert result == expected


def test_interval_rejects_reversed_bounds() -> None:
    with pytest.raises(ValueError):
        iv("2", "1")


def test_reciprocal_of_zero_fails() -> None:
    with pytest.raises(ZeroDivisionError):
        iv("0", "0").reciprocal()


@pytest.mark.parametrize(
    ("intervals", "expected"),
    [
        ([iv("1", "3"), iv("2", "4")], iv("2", "3")),
        ([iv("1", "2"), iv("2", "4")], iv("2", "2")),  # touching bounds agree
        ([iv("1", "2"), iv("3", "4")], None),
        ([iv("1", "5"), iv("2", "6"), iv("5.5", "9")], None),
    ],
)
def test_intersection(intervals: list[Interval], expected: Interval | None) -> None:
    assert intersection(*intervals) == expected


@pytest.mark.parametrize(
    ("intervals", "conflicting", "common"),
    [
        ([iv("1", "3"), iv("2", "4"), iv("2.5", "5")], (), iv("2.5", "3")),
        ([iv("1", "3"), iv("2", "4"), iv("10", "11")], (2,), iv("2", "3")),
        ([iv("10", "11"), iv("1", "3"), iv("2", "4"), iv("2.5", "3.5")], (0,), iv("2.5", "3")),
        ([iv("1", "2"), iv("3", "4")], (0, 1), None),  # two disagree: neither is preferred
        ([iv("1", "3"), iv("2", "5"), iv("4", "6")], (0, 2), None),  # a chain: the middle agrees
        ([Interval(NEG_INF, Decimal(5)), iv("6", "7"), iv("6.5", "8")], (0,), iv("6.5", "7")),
    ],
)
def test_agree(
    intervals: list[Interval], conflicting: tuple[int, ...], common: Interval | None
) -> None:
    agreement = agree(intervals)
    assert agreement.conflicting == conflicting
    assert agreement.common == common
    assert agreement.consistent is (not conflicting)


@pytest.mark.parametrize(
    ("name", "normal"),
    [
        ("total netizens", "netizens"),
        ("the total netizens", "netizens"),
        ("all Netizens", "netizens"),
        ("the overall e-commerce live broadcast users", "e-commerce live broadcast users"),
        ("the number of live webcast users", "live webcast users"),
        ("number of", "number of"),
        ("the total", None),
        (None, None),
    ],
)
def test_normal_name(name: str | None, normal: str | None) -> None:
    assert normal_name(name) == normal
