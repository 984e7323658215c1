"""The row type of the example tables and small builders that keep rows short.

A row is ``Case(id, text, expected, published)``. Each expected fact is a dict that always holds
``text`` (the primary figure's surface, located in the row's text in order) and any of the fields
``value``, ``unit``, ``qualifier``, ``date``, ``change``, ``share``, ``metric`` and
``parent_metric``; only the fields listed are checked. ``change`` and ``share`` are compared
whole (every key of the guide), ``metric``, ``parent_metric`` and ``share.of`` with the guide's
token-F1 rule.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import NamedTuple

Number = int | float | str
"""An expected number; a string keeps an exact decimal ("66.6666667")."""

Expected = dict[str, object]
"""One expected fact: field name -> expected value."""

CHECKED_FIELDS: frozenset[str] = frozenset(
    {"text", "value", "unit", "qualifier", "date", "change", "share", "metric", "parent_metric"}
)


class Case(NamedTuple):
    """One example row: a news sentence (or a few) and the facts it must yield."""

    id: str
    text: str
    expected: list[Expected]
    published: str | None = None


class Row(NamedTuple):
    """A row before it gets its id (see :func:`numbered`)."""

    text: str
    expected: list[Expected]
    published: str | None = None


class _Missing(Enum):
    MISSING = 0


MISSING = _Missing.MISSING


def fact(
    text: str,
    *,
    value: Number | _Missing | None = MISSING,
    unit: str | _Missing | None = MISSING,
    qualifier: str | _Missing | None = MISSING,
    date: str | _Missing | None = MISSING,
    change: dict[str, object] | _Missing | None = MISSING,
    share: dict[str, object] | _Missing | None = MISSING,
    metric: str | _Missing | None = MISSING,
    parent_metric: str | _Missing | None = MISSING,
) -> Expected:
    """An expected fact with the fields given (the others are not checked)."""
    fields: dict[str, object] = {
        "value": value,
        "unit": unit,
        "qualifier": qualifier,
        "date": date,
        "change": change,
        "share": share,
        "metric": metric,
        "parent_metric": parent_metric,
    }
    return {"text": text, **{k: v for k, v in fields.items() if v is not MISSING}}


def chg(
    direction: str, value: Number | None = None, unit: str | None = None, since: str | None = None
) -> dict[str, object]:
    """An expected change: all four keys are checked."""
    return {"direction": direction, "value": value, "unit": unit, "since": since}


def shr(value: Number, of: str) -> dict[str, object]:
    """An expected share: value exact, ``of`` by token F1."""
    return {"value": value, "of": of}


def row(text: str, *expected: Expected, published: str | None = None) -> Row:
    """A row; no expected facts means the text states none."""
    return Row(text, list(expected), published)


def numbered(prefix: str, rows: Iterable[Row]) -> list[Case]:
    """Cases ``prefix-001``, ``prefix-002``, ... in order (new rows go at the end)."""
    return [
        Case(f"{prefix}-{index:03d}", r.text, r.expected, r.published)
        for index, r in enumerate(rows, start=1)
    ]


def slug(*parts: object) -> str:
    """A readable id from parameters ("scales", "4.5", "lakh crore" -> "scales-4.5-lakh-crore")."""
    text = "-".join(str(part) for part in parts).lower()
    cleaned = "".join(ch if ch.isalnum() or ch in ".-" else "-" for ch in text)
    return "-".join(piece for piece in cleaned.split("-") if piece)
