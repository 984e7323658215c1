"""Parsing the surface of a number ("1,60,122", "57.03", "two hundred and five") into Decimal."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from statextract._patterns import compile_pattern
from statextract.lexicon._numbers import ARTICLE_NUMBERS, MULTIPLIERS, TENS, UNITS

_WORD_SPLIT = compile_pattern(r"[\s-]+")


def parse_digits(surface: str) -> Decimal | None:
    """The value of a digit string with separators: ``"1,234.5"``, ``"167 000"``, ``".5"``."""
    cleaned = surface.replace(",", "").replace(" ", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def parse_words(surface: str) -> Decimal | None:
    """The value of a written number: ``"two million"``, ``"twenty-five"``, ``"a billion"``."""
    total = 0
    current = 0
    seen = False
    for raw in _WORD_SPLIT.split(surface.lower().strip()):
        word = raw.strip()
        if not word or word == "and":
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in ARTICLE_NUMBERS:
            current += ARTICLE_NUMBERS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in MULTIPLIERS:
            total += max(current, 1) * MULTIPLIERS[word]
            current = 0
        else:
            return None
        seen = True
    return Decimal(total + current) if seen else None
