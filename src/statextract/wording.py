"""Counts in words for messages: ``1 article``, ``2 articles``."""

from __future__ import annotations


def plural(count: int, noun: str, plural_form: str | None = None) -> str:
    """``count`` with ``noun``, in the plural unless it is 1 (thousands separated)."""
    word = noun if count == 1 else (plural_form or f"{noun}s")
    return f"{count:,} {word}"
