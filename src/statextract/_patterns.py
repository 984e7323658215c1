"""Helpers that turn vocabularies into regular-expression alternations."""

from __future__ import annotations

from collections.abc import Iterable

import regex


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, each escaped; spaces match any run."""
    unique = sorted(set(words), key=lambda word: (-len(word), word))
    return "|".join(regex.escape(word).replace("\\ ", r"\s+") for word in unique)


def word_alternation(words: Iterable[str]) -> str:
    """Like :func:`alternation`, with word boundaries where a word starts or ends in a letter."""
    parts = []
    for word in sorted(set(words), key=lambda item: (-len(item), item)):
        body = regex.escape(word).replace("\\ ", r"\s+")
        if word[:1].isalnum():
            body = r"\b" + body
        if word[-1:].isalnum():
            body = body + r"\b"
        parts.append(body)
    return "|".join(parts)


def compile_before(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """Compile a pattern anchored at the end of a look-back window, to run right to left.

    Such patterns end in ``$`` and are run with ``.match(text, window_start, position)``: read
    backwards, a match is anchored at ``position``, so no other offset of the window is tried.
    """
    return regex.compile(pattern, flags | regex.REVERSE)


def squash(text: str) -> str:
    """``text`` with every run of white space folded to one space."""
    return " ".join(text.split())


READ_AHEAD = 400
"""How far a pattern anchored at a position (right after a figure, a period, a sentence start)
may read forward: far beyond any phrase the rules look for."""


def match_ahead(
    pattern: regex.Pattern[str], text: str, position: int, end: int | None = None
) -> regex.Match[str] | None:
    """``pattern.match(text, position, end)``, reading at most :data:`READ_AHEAD` characters.

    Before an anchored match, the ``regex`` module looks for the pattern's required literal (the
    "of" of ``\\s+of\\s+...``) in the whole rest of the text, so an unbounded ``match`` after every
    figure costs O(len(text)) each time: quadratic on a long text without that literal.
    """
    limit = position + READ_AHEAD
    return pattern.match(text, position, limit if end is None or end > limit else end)


LIST_JOIN = regex.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)", regex.IGNORECASE)
"""What joins the items of a list of figures: ", ", ", and ", " and "."""

SINCE_AFTER = regex.compile(r"\s+since\b", regex.IGNORECASE)
"""Right after a figure, the start of the time it has held since ("4.5% since December")."""

RESTATED_JOIN = regex.compile(r"\s*,\s*or\s+(?:about\s+|roughly\s+|nearly\s+)?", regex.IGNORECASE)
"""What joins a figure to the same quantity put another way: "$9.9 billion, or 94 cents"."""

NAMING_NUMBER = (
    r"(?:(?<![\w.,])(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?(?![\w.,%])"
    r"|(?<![\w.,])\d{1,3}(?=(?:\s+(?:to|and)\s+\d{1,3})?[-\s]years?[-\s]olds?\b))"
)
"""A number that names rather than counts inside a noun phrase: a year ("its 2025 forecast",
"for 2024-25") or an age group ("the rate for 16 to 64-year-olds")."""
CHARACTER_REFERENCE = regex.compile(r"&\#(?:[0-9]{1,8}|[xX][0-9A-Fa-f]{1,8});")
"""An HTML numeric character reference ("&#8364;", "&#x2019;"): markup, not a number."""


def character_references(text: str) -> list[tuple[int, int]]:
    """The spans of the numeric character references of ``text``, in order."""
    if "&#" not in text:
        return []
    return [match.span() for match in CHARACTER_REFERENCE.finditer(text)]
