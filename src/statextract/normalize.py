"""Unicode normalisation with an offset map back to the original text.

Each character is NFKC-normalised on its own (full-width digits become ASCII digits, no-break
and thin spaces become spaces), zero-width and bidirectional controls are dropped, and a few
typographic marks are folded ("−" to "-", curly quotes to straight ones); fraction characters
become decimals ("3¾" to "3.75"). Every character of the
normalised text remembers the index of the original character it came from, so spans found in
the normalised text map back exactly.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from statextract._patterns import compile_pattern
from statextract.lexicon._numbers import VULGAR_FRACTIONS

_DROPPED = (
    "\u200b\u200c\u200d\u2060\ufeff\u00ad"  # zero-width characters, soft hyphen
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"  # bidi
)
_FOLDED = {
    "\u2212": "-",  # minus sign
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "–",  # en dash kept as en dash: it marks ranges and fiscal years
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u00a0": " ",
}
_MIXED_FRACTION = r"(?<=\b\d{1,3})[-\s](?P<n>[1-7])/(?P<d>[248])\b(?!/)"
"""The fraction part of a mixed number written in ASCII, as wire copy writes it ("2-1/2 years",
"5-1/4%", "3 3/4 points")."""
_NEEDS_WORK = compile_pattern(rf"[^\x00-\x7f]|[\t\r\f\v]|{_MIXED_FRACTION}")


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalised text and the map from its indices to the original's."""

    text: str
    original: str
    offsets: tuple[int, ...] | None
    """``offsets[i]`` is the original index of normalised character ``i``; ``None`` = identity."""

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span ``[start, end)`` to the original text."""
        if self.offsets is None:
            return start, end
        if start >= len(self.offsets):
            return len(self.original), len(self.original)
        original_start = self.offsets[start]
        original_end = self.offsets[end - 1] + 1 if end > start else original_start
        return original_start, original_end


def _normalize_char(char: str) -> str:
    if char in _DROPPED:
        return ""
    if char in _FOLDED:
        return _FOLDED[char]
    if char in "\t\r\f\v":
        return " " if char != "\r" else "\n"
    folded = unicodedata.normalize("NFKC", char)
    if folded.isspace():
        return " "
    if folded in _FOLDED:
        return _FOLDED[folded]
    return folded


_DECIMAL_COMMA = compile_pattern(r"(?<=(?<![\d,.])\d{1,3}),(?=\d{1,2}(?![\d,]))")
"""A comma between digits with one or two digits after it ("3,2%", "R21,59")."""
_THOUSANDS_COMMA = compile_pattern(r"\d,\d{3}(?![\d,]|\.\d)")
_DECIMAL_COMMA_TEXT = 2
"""A text writes decimal commas when at least this many numbers have one and none groups
thousands with a comma."""


def _with_decimal_points(text: str) -> str:
    """``text`` with decimal commas read as points, when the text writes them ("3,2%" in a
    Statistics South Africa release); the same length, so offsets are kept."""
    commas = _DECIMAL_COMMA.findall(text)
    if len(commas) < _DECIMAL_COMMA_TEXT or _THOUSANDS_COMMA.search(text) is not None:
        return text
    return _DECIMAL_COMMA.sub(".", text)


def normalize(text: str) -> NormalizedText:
    """Normalise ``text`` for matching, keeping a map back to the original offsets."""
    folded = _normalize(text)
    pointed = _with_decimal_points(folded.text)
    if pointed is folded.text:
        return folded
    return NormalizedText(pointed, folded.original, folded.offsets)


def _normalize(text: str) -> NormalizedText:
    if _NEEDS_WORK.search(text) is None:
        return NormalizedText(text, text, None)
    pieces: list[str] = []
    offsets: list[int] = []
    position = 0
    for match in _NEEDS_WORK.finditer(text):
        index = match.start()
        if index > position:
            pieces.append(text[position:index])
            offsets.extend(range(position, index))
        char = text[index]
        if match.group("n") is not None and int(match.group("n")) < int(match.group("d")):
            # "2-1/2" -> "2.5"
            fraction = Decimal(int(match.group("n"))) / Decimal(int(match.group("d")))
            folded = str(fraction)[1:]
            pieces.append(folded)
            offsets.extend([index] * len(folded))
            position = match.end()
            continue
        if match.group("n") is not None:
            pieces.append(match.group())
            offsets.extend(range(index, match.end()))
            position = match.end()
            continue
        if char in VULGAR_FRACTIONS:
            # "3¾%" -> "3.75%", "¾ point" -> "0.75 point"
            decimal = str(VULGAR_FRACTIONS[char])
            folded = decimal[1:] if index > 0 and text[index - 1].isdigit() else decimal
        else:
            folded = _normalize_char(char)
        pieces.append(folded)
        offsets.extend([index] * len(folded))
        position = index + 1
    if position < len(text):
        pieces.append(text[position:])
        offsets.extend(range(position, len(text)))
    return NormalizedText("".join(pieces), text, tuple(offsets))
