"""Helpers that turn vocabularies into regular-expression alternations."""

from __future__ import annotations

import functools
from collections.abc import Iterable

import regex

_VOCABULARIES: list[tuple[tuple[str, ...], bool, bool]] = []
"""Word lists named by the placeholders in pattern text, with whether each word is bounded at
its start and at its end."""
_PLACEHOLDER = regex.compile(r"\(\?@alt(\d+)\)")
"""A vocabulary's place in pattern text: "(?@alt12)". Left unexpanded, it is a syntax error,
so a pattern that skips :func:`compile_pattern` fails loudly when it is compiled."""


def _vocabulary(words: Iterable[str], start: bool, end: bool) -> str:
    entry = (tuple(sorted(set(words))), start, end)
    try:
        index = _VOCABULARIES.index(entry)
    except ValueError:
        index = len(_VOCABULARIES)
        _VOCABULARIES.append(entry)
    return f"(?@alt{index})"


def alternation(words: Iterable[str]) -> str:
    """An alternation of ``words`` that prefers the longest; spaces match any run of space.

    The text it returns is a placeholder that :func:`compile_pattern` and :func:`compile_before`
    expand into a trie of the words, read in the direction the pattern runs.
    """
    return _vocabulary(words, start=False, end=False)


def word_alternation(words: Iterable[str], start: bool = True) -> str:
    """Like :func:`alternation`, with word boundaries where a word starts (unless ``start`` is
    false: "5bn" glues its unit to the number) or ends in a letter or digit."""
    return _vocabulary(words, start=start, end=True)


def _plain_alternation(words: tuple[str, ...], start: bool, end: bool) -> str:
    """Every word escaped, longest first: the reference form of a vocabulary."""
    parts = []
    for word in sorted(words, key=lambda item: (-len(item), item)):
        body = regex.escape(word).replace("\\ ", r"\s+")
        if start and word[:1].isalnum():
            body = r"\b" + body
        if end and word[-1:].isalnum():
            body = body + r"\b"
        parts.append(body)
    return "|".join(parts)


_Trie = dict[str, "_Trie"]


def _case_safe(words: tuple[str, ...]) -> bool:
    """Whether no two words share a prefix that differs only in case: only then may the trie
    keep its branches apart under IGNORECASE and still prefer the longest word."""
    seen: dict[str, str] = {}
    for word in words:
        for end in range(1, len(word) + 1):
            prefix = word[:end]
            if seen.setdefault(prefix.casefold(), prefix) != prefix:
                return False
    return True


def _trie_alternation(words: tuple[str, ...], start: bool, end: bool, reverse: bool) -> str:
    """The words as a trie read in the pattern's direction: a forward pattern shares prefixes,
    a reverse one (read right to left) suffixes, and at each branch the longer words come
    first, so the trie matches exactly what the longest-first alternation matches."""
    if not words or not _case_safe(words):
        return _plain_alternation(words, start, end)
    trie: _Trie = {}
    for word in words:
        node = trie
        for character in reversed(word) if reverse else word:
            node = node.setdefault(character, {})
        node[""] = {}
    depth: dict[int, int] = {}

    def longest(node: _Trie) -> int:
        if id(node) not in depth:
            depth[id(node)] = max((1 + longest(child) if key else 0) for key, child in node.items())
        return depth[id(node)]

    def piece(character: str) -> str:
        return r"\s+" if character == " " else regex.escape(character)

    def emit(node: _Trie, last: str) -> str:
        keys = sorted((key for key in node if key), key=lambda key: (-longest(node[key]), key))
        parts = []
        for key in keys:
            edge = piece(key)
            if not last and key.isalnum() and (end if reverse else start):
                edge = edge + r"\b" if reverse else r"\b" + edge
            rest = emit(node[key], key)
            parts.append(rest + edge if reverse else edge + rest)
        if "" in node:
            parts.append(r"\b" if last.isalnum() and (start if reverse else end) else "")
        if len(parts) == 1:
            return parts[0]
        return "(?:" + "|".join(parts) + ")"

    return emit(trie, "")


@functools.cache
def _expansion(index: int, reverse: bool) -> str:
    return _trie_alternation(*_VOCABULARIES[index], reverse)


def expand_vocabularies(pattern: str, reverse: bool = False) -> str:
    """``pattern`` with each vocabulary placeholder replaced by its trie."""
    return _PLACEHOLDER.sub(lambda match: _expansion(int(match.group(1)), reverse), pattern)


def compile_pattern(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile`` for a pattern that may hold vocabularies (:func:`alternation`)."""
    return regex.compile(expand_vocabularies(pattern, bool(flags & regex.REVERSE)), flags)


def compile_before(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """Compile a pattern anchored at the end of a look-back window, to run right to left.

    Such patterns end in ``$`` and are run with ``.match(text, window_start, position)``: read
    backwards, a match is anchored at ``position``, so no other offset of the window is tried.
    """
    return compile_pattern(pattern, flags | regex.REVERSE)


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

ITEM_END_AFTER = regex.compile(r"\s*(?:[.;,)]|\s+and\b|$)", regex.IGNORECASE)
"""Right after a list item's figure: the item ends ("..., Sulawesi's 5.83% and")."""

NOW_APPOSITIVE = r",\s+(?:currently|now|presently|at\s+present)\s+(?:at\s+|standing\s+at\s+)?$"
"""The end of a look-back window before a level set off as the present one (", currently ")."""

RANKED_CHANGE_BEFORE = compile_before(
    r"\b(?:posted|recorded|saw|had|showed|registered|reported|logged|experienced|notched|booked)"
    r"\s+the\s+(?:largest|biggest|steepest|sharpest|highest|strongest|greatest|heaviest|"
    r"deepest|smallest|weakest|fastest)\s+(?!natural\b)(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<noun>increases?|rises?|gains?|jumps?|advances?|drops?|declines?|falls?|loss(?:es)?|"
    r"decreases?|contractions?)(?:\s+in\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)?"
    r"\s*,?\s+(?:at|of|with)\s+(?:(?:about|around|nearly|some|roughly|just)\s+)?$",
    regex.IGNORECASE,
)
"""The end of a look-back window before a change its subject ranks first on: "Education posted
the largest monthly increase, at " (the verb starts the match, the subject comes before it)."""
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
