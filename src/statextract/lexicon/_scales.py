"""Scale words and their multipliers (lower-case surface -> power of ten or factor)."""

from __future__ import annotations

from decimal import Decimal

SCALE_WORDS: dict[str, Decimal] = {
    "hundred": Decimal(100),
    "thousand": Decimal(10) ** 3,
    "ten thousand": Decimal(10) ** 4,
    "lakh": Decimal(10) ** 5,
    "lakhs": Decimal(10) ** 5,
    "lac": Decimal(10) ** 5,
    "million": Decimal(10) ** 6,
    "crore": Decimal(10) ** 7,
    "crores": Decimal(10) ** 7,
    "100 million": Decimal(10) ** 8,
    "hundred million": Decimal(10) ** 8,
    "one hundred million": Decimal(10) ** 8,
    "billion": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
    "lakh crore": Decimal(10) ** 12,
    "lakh crores": Decimal(10) ** 12,
    "thousand crore": Decimal(10) ** 10,
    "mn": Decimal(10) ** 6,
    "mln": Decimal(10) ** 6,
    "bn": Decimal(10) ** 9,
    "bln": Decimal(10) ** 9,
    "tn": Decimal(10) ** 12,
    "trn": Decimal(10) ** 12,
    "cr": Decimal(10) ** 7,
}
"""Scale words that may follow a number after a space or directly ("5bn", "5 bn")."""

ATTACHED_SCALES: dict[str, Decimal] = {
    "m": Decimal(10) ** 6,
    "b": Decimal(10) ** 9,
    "k": Decimal(10) ** 3,
    "tr": Decimal(10) ** 12,
}
"""One-letter scales, read only when glued to a money figure ("$5m", "£3k")."""
