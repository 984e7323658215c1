"""Helpers that turn vocabularies into regular-expression alternations."""

from __future__ import annotations

from collections.abc import Iterable

import regex


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, each escaped; spaces match any run."""
    unique = sorted(set(words), key=lambda word: (-len(word), word))
    return "|".join(regex.escape(word).replace("\\ ", r"\s+") for word in unique)


def word_alternation(words: Iterable[str]) -> str:
    """Like :func:`alternation`, wrapped in word boundaries where the word starts/ends in a letter."""
    parts = []
    for word in sorted(set(words), key=lambda item: (-len(item), item)):
        body = regex.escape(word).replace("\\ ", r"\s+")
        if word[:1].isalnum():
            body = r"\b" + body
        if word[-1:].isalnum():
            body = body + r"\b"
        parts.append(body)
    return "|".join(parts)
