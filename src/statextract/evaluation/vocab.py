"""Vocabularies of the gold format and of the scoring rules, kept as data."""

from __future__ import annotations

from decimal import Decimal


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``."""
    return frozenset(text.split())


GUIDE_UNITS: frozenset[str] = frozenset(
    {"count", "percent", "percentage_point", "per_thousand", "times", "point"}
)
"""The named units of the annotation guide (money and physical units follow patterns)."""

CURRENCY_PATTERN = r"^[A-Z]{3}$"
"""An ISO-4217 currency code: three upper-case letters."""

PHYSICAL_UNIT_PATTERN = r"^[a-z]+(_[a-z]+)*$"
"""A physical unit: a singular lower snake_case word, compounds joined with ``_per_``."""

DIRECTIONS: frozenset[str] = frozenset({"increase", "decrease", "unchanged"})

QUALIFIERS: frozenset[str] = frozenset(
    {"approximately", "more_than", "less_than", "at_least", "at_most"}
)

DOCUMENT_KEYS: tuple[str, ...] = ("id", "source", "published", "facts")
FACT_KEYS: tuple[str, ...] = (
    "text",
    "start",
    "end",
    "metric",
    "value",
    "unit",
    "qualifier",
    "date",
    "change",
    "share",
)
CHANGE_KEYS: tuple[str, ...] = ("direction", "value", "unit", "since")
SHARE_KEYS: tuple[str, ...] = ("value", "of")

DROPPED_PHRASES: tuple[tuple[str, ...], ...] = (("number", "of"),)
"""Token sequences removed from a metric before comparison."""

STOP_WORDS: frozenset[str] = _words(
    """
    a an the this that these those such
    of in on at to for from by with without within into onto over under about
    as per via among between across through during before after than
    and or nor but
    is are was were be been being has have had do does did will would shall should
    can could may might must
    it its they them their theirs he him his she her hers we us our ours you your yours
    i me my mine
    which who whom whose what where when how
    all any each every some both either neither
    there here
    """
)
"""Function words ignored when comparing metric phrases and share wholes."""

REL_TOLERANCE = Decimal("1e-6")
"""Largest relative difference at which two values agree."""

TOKEN_F1_THRESHOLD = 0.5
"""Smallest token F1 at which two metric phrases (or share wholes) agree."""
