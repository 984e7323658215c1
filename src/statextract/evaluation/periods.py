"""Periods compared as periods: "2017-Q1" is "2017-01/2017-03", "2023-01/2023-12" is "2023".

A period value (the guide's ISO-like date) is turned into its first and last day, so two values
that cover the same days are the same date whatever their spelling.
"""

from __future__ import annotations

import calendar
import datetime as dt

from statextract._patterns import compile_pattern

_POINT = compile_pattern(
    r"(?P<y>\d{4})(?:-(?:Q(?P<q>[1-4])|H(?P<h>[12])|(?P<m>\d{2})(?:-(?P<d>\d{2}))?))?"
)


def _bounds(point: str) -> tuple[dt.date, dt.date] | None:
    match = _POINT.fullmatch(point.strip())
    if match is None:
        return None
    year = int(match.group("y"))
    try:
        if match.group("d"):
            day = dt.date(year, int(match.group("m")), int(match.group("d")))
            return day, day
        if match.group("m"):
            month = int(match.group("m"))
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, last)
        if match.group("q"):
            first = (int(match.group("q")) - 1) * 3 + 1
            return dt.date(year, first, 1), dt.date(
                year, first + 2, calendar.monthrange(year, first + 2)[1]
            )
        if match.group("h"):
            first = 1 if match.group("h") == "1" else 7
            return dt.date(year, first, 1), dt.date(
                year, first + 5, calendar.monthrange(year, first + 5)[1]
            )
    except ValueError:
        return None
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def period_span(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day a period value covers (``None`` if it is not a period value)."""
    parts = value.split("/")
    if len(parts) > 2:
        return None
    first = _bounds(parts[0])
    last = _bounds(parts[-1])
    if first is None or last is None or first[0] > last[1]:
        return None
    return first[0], last[1]


def same_period(predicted: str | None, gold: str | None) -> bool:
    """Both null, equal strings, or the same days covered."""
    if predicted is None or gold is None:
        return predicted is None and gold is None
    if predicted == gold:
        return True
    left, right = period_span(predicted), period_span(gold)
    return left is not None and left == right
