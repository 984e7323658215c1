"""Vocabularies compile to tries that match exactly what a longest-first alternation matches."""

from __future__ import annotations

import pytest
import regex

from statextract import _patterns
from statextract._patterns import (
    alternation,
    compile_before,
    compile_pattern,
    expand_vocabularies,
    word_alternation,
)

VOCABULARIES: list[tuple[str, list[str]]] = [
    ("prefixes", ["rise", "rises", "rising", "risen", "rose"]),
    ("suffixes", ["increase", "sharp increase", "an increase", "a sharp increase"]),
    ("prefixes and suffixes", ["a", "aa", "aaaaa", "xbad", "ad", "bad"]),
    ("spaces", ["year on year", "year-on-year", "year", "on year"]),
    ("case variants", ["US", "us", "U.S.", "usable", "US dollar"]),
    ("punctuation", ["b/d", "mb/d", "(p)", "c.i.f.", "per cent"]),
    ("one word", ["quarter"]),
]
TEXTS = [
    "Output rose, then rises and is rising; it has risen. A sharp increase, an increase.",
    "xbad aa aaaaa ad bad a-ad year on  year, year-on-year on year",
    "US dollar, us, U.S. usable USABLE Us Dollar b/d mb/d (p) c.i.f. per  cent quarter",
]


BOUNDS = [(False, False), (True, True), (False, True)]
"""No boundaries (:func:`alternation`), both, and the end only (``start=False``)."""
BOUND_IDS = ["plain", "bounded", "end-bounded"]


def _vocabulary(words: list[str], start: bool, end: bool) -> str:
    return word_alternation(words, start=start) if end else alternation(words)


def _reference(words: list[str], start: bool, end: bool) -> str:
    return _patterns._plain_alternation(tuple(sorted(set(words))), start, end)


def _spans(pattern: regex.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


@pytest.mark.parametrize(("start", "end"), BOUNDS, ids=BOUND_IDS)
@pytest.mark.parametrize("flags", [0, regex.IGNORECASE], ids=["case", "nocase"])
@pytest.mark.parametrize(("name", "words"), VOCABULARIES, ids=[row[0] for row in VOCABULARIES])
def test_forward_trie_matches_like_the_alternation(
    name: str, words: list[str], flags: int, start: bool, end: bool
) -> None:
    vocabulary = _vocabulary(words, start, end)
    trie = compile_pattern(rf"(?:{vocabulary})(?P<tail>\w*)", flags)
    reference = regex.compile(rf"(?:{_reference(words, start, end)})(?P<tail>\w*)", flags)
    for text in TEXTS:
        assert _spans(trie, text) == _spans(reference, text)


@pytest.mark.parametrize(("start", "end"), BOUNDS, ids=BOUND_IDS)
@pytest.mark.parametrize("flags", [0, regex.IGNORECASE], ids=["case", "nocase"])
@pytest.mark.parametrize(("name", "words"), VOCABULARIES, ids=[row[0] for row in VOCABULARIES])
def test_reverse_trie_matches_like_the_alternation(
    name: str, words: list[str], flags: int, start: bool, end: bool
) -> None:
    vocabulary = _vocabulary(words, start, end)
    trie = compile_before(rf"(?:{vocabulary})\W*$", flags)
    reference = regex.compile(rf"(?:{_reference(words, start, end)})\W*$", flags | regex.REVERSE)
    for text in TEXTS:
        for end in range(len(text) + 1):
            found = trie.match(text, max(0, end - 40), end)
            expected = reference.match(text, max(0, end - 40), end)
            assert (found and found.span()) == (expected and expected.span()), (text, end)


def test_a_vocabulary_is_one_group_in_its_pattern() -> None:
    """ "(?:{ORDINAL}\\s+)?" makes the space follow every word, not only the last one."""
    pattern = compile_pattern(rf"(?:{alternation(['first', 'third'])}\s+)?quarter", regex.I)
    assert pattern.search("its fiscal third quarter").group() == "third quarter"


def test_a_placeholder_compiled_without_expansion_fails_loudly() -> None:
    with pytest.raises(regex.error):
        regex.compile(alternation(["rise", "fall"]))


def test_expansion_leaves_other_text_alone() -> None:
    assert expand_vocabularies(r"\brose\s+by\b") == r"\brose\s+by\b"
