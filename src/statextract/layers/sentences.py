"""Sentence and clause splitting by rule, in the coordinates of the normalised text."""

from __future__ import annotations

import bisect
import sys
from dataclasses import dataclass

import regex

from statextract._patterns import alternation, compile_before, compile_pattern
from statextract.lexicon._changes import (
    DECREASE_VERBS,
    INCREASE_VERBS,
    UNCHANGED_WORDS,
)
from statextract.lexicon._codes import ABBREVIATIONS
from statextract.lexicon._shares import SHARE_VERBS

_BREAK = compile_pattern(r"(?<![.!?])[.!?]++[\"')\]]*+\s++(?=[\"'(\[]?[A-Z0-9₹$€£¥])|\n\s*")
"""A sentence break. A run of ``.!?``, closing quotes and blanks is tried once, from its first
character, and never given back (possessive): a long run of dots or blanks stays linear."""
_LAST_WORD = compile_before(r"(?:^|(?<=[\s(\"']))(?P<word>[\w.]+)\.$")
_ABBREVIATIONS = frozenset(ABBREVIATIONS)
_IRREGULAR_PAST = frozenset({"rose", "fell", "grew", "sank", "shrank", "slid", "lost", "shed"})
_VERB_AFTER_AND = alternation(
    [*INCREASE_VERBS, *DECREASE_VERBS, *SHARE_VERBS, *UNCHANGED_WORDS, "an", "a", "was", "were",
     "is", "are", "reached", "hit", "stood", "totalled", "totaled", "came", "had", "has"]
)  # fmt: skip
_FINITE_MOVES = alternation(
    [
        verb
        for verb in (*INCREASE_VERBS, *DECREASE_VERBS)
        if " " not in verb and (verb.endswith(("s", "ed")) or verb in _IRREGULAR_PAST)
    ]
)
_CLAUSE_BREAK = compile_pattern(
    rf";(?![^();]{{0,60}}\))\s*"
    rf"|,\s++(?=(?!(?:with|in|on|at|for|as|after|before|while|from|to|by|of|and|but|or|which|who|"
    rf"where|when|the\s+(?:highest|lowest|biggest|largest|smallest|most|least|fastest|slowest)|"
    rf"its|their|driven|led|helped|compared|up|down|also|then|still|again|further|it|they|this|"
    rf"these|those|he|she|we)\b)(?:(?!(?:and|or)\b)[A-Za-z][\w'’-]*\s+){{1,4}}"
    rf"(?:{_FINITE_MOVES})\s+(?:by\s+|to\s+)?[-+$€£¥₹]?\d)"
    rf"|,\s++(?=(?:while|whereas|but|and\s+(?!(?:{_VERB_AFTER_AND})\b)|although|though|"
    rf"as\s+(?!well\b|much\b|many\b|of\b|a\s+result\b|expected\b|forecast\b)\w)\b)"
    r"|(?<!\s)\s++(?=(?:while|whereas)\b)"
    r"|,\s++(?=(?!(?:is|was|has|does|goes|comes|stands|remains|seems|looks|sits|rises|falls|"
    r"grows|climbs|slips|edges|jumps)\b)(?-i:[a-z]+s)\s+(?:(?!(?:and|or)\b)[\w'’-]+\s+){1,4}?"
    r"(?:to|by)\s+"
    r"[-+$€£¥₹]?\d)",
    regex.IGNORECASE,
)
"""A clause break. A run of blanks is tried once, from its first blank (possessive), so that a
long run of blanks stays linear. The last form is a headline's verb-first clause (", slashes
2025 inflation forecast to 0.6%")."""
_LIST_AND = compile_pattern(r",\s*(?:and|or)\b", regex.IGNORECASE)
_BRACKET_ITEM_AFTER = compile_pattern(
    r",\s*(?:and|or)\s+[^()\d;,.]{1,50}\(\s*[-+−]?[$€£¥₹]?\d", regex.IGNORECASE
)
"""The last bracketed item of a list, after a serial comma (", and fuel (-1.2%")."""
_BETWEEN_DAY_BEFORE = compile_before(
    r"\bbetween\s+(?:\d{1,2}\s+[A-Za-z]+\.?|[A-Za-z]+\.?\s+\d{1,2}),?\s+\d{4}$"
)
"""The first day of a span, with its year, before the comma of ", and" ("between July 1,
2024, ")."""
_LIST_ITEM = compile_pattern(r"\s*[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2}\s*")
_CLAUSE_VERB = compile_pattern(
    rf"(?<![\w-])(?:{_VERB_AFTER_AND}|\w+ed|said|says|sees|saw|expects|forecasts|rose|fell|grew|"
    r"remains|will|would|can|could|may|might|must|should|\w+s\s+(?:up|down))(?![\w-])",
    regex.IGNORECASE,
)
"""A verb of a clause: a clause joined by ", and" has one before the comma."""


_SUBORDINATE = compile_pattern(
    r"\b(?:which|who|whom|whose)\b"
    r"|\bthat\s+(?=(?:has|have|had|was|were|is|are|began|begun|started|ended|took|came|would|"
    r"will|could|may|might)\b|[a-z]+ed\b)"
    r"|\bwhen\b(?!\s+compared)"
    r"|\b(?:as|because|although|though|whereas|unless|until|after|before|since)\s+"
    r"(?=(?:the|its|their|his|her|it|they|he|she|we|this|these|those|(?-i:[A-Z][a-z]+))\s+"
    r"(?:[\w'’-]+\s+){0,6}?(?:is|are|was|were|has|have|had|will|would|[a-z]+ed|fell|rose|grew|"
    r"began|saw|took|kept|held|left|cut|shrank|sank|came|went|made|hit|stood|peaked|topped)\b)"
    r"|\b(?:as|because|although|though|whereas)\s+(?=(?:it|he|she)\s+[a-z]{3,}s\b)"
    r"|\b(?:because|although|though|whereas)\s+(?=[a-z][\w'’-]*\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:had|have|has|was|were|is|are|[a-z]+ed|fell|rose|grew)\b)"
    r"|(?<=,\s*)(?:after|before|since|while)\s+(?=[a-z]{3,}ing\b(?!\s+(?:to|from|by|at)\b))"
    r"|(?<=,\s*)having\s+(?=(?:been\s+)?[a-z]{3,}\b)"
    r"|(?<=\w\s)(?:after|before)\s+(?=[a-z]{3,}ing\s+(?:an?\s+|the\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,3}?[-+]?\d)",
    regex.IGNORECASE,
)
"""Where a subordinate clause starts inside a clause: a relative pronoun ("gains that began in
mid-2022"), "when", or a conjunction followed by a subject and a verb ("as a glut weighed on
prices"). Its periods belong to it alone."""


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence span and the spans of its clauses."""

    start: int
    end: int
    clauses: tuple[tuple[int, int], ...]
    subordinates: tuple[tuple[int, int], ...] = ()
    """Spans of subordinate clauses (each to the end of its clause), in order."""

    def subordinate_at(self, position: int) -> tuple[int, int] | None:
        """The innermost subordinate clause holding ``position``, if any."""
        found = None
        for start, end in self.subordinates:
            if start > position:
                break
            if position < end:
                found = (start, end)
        return found


def clause_index(sentence: Sentence, position: int) -> int:
    """The index of the clause of ``sentence`` that holds ``position`` (else its last clause).

    Clauses are in order and do not overlap, so the one holding ``position`` is the last that
    starts at or before it: found by bisection, in O(log n) even for a sentence of very many
    clauses.
    """
    index = bisect.bisect_right(sentence.clauses, (position, sys.maxsize)) - 1
    if index >= 0 and position < sentence.clauses[index][1]:
        return index
    return len(sentence.clauses) - 1


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text``, each with its clauses (split at ";" and at joined clauses)."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BREAK.finditer(text):
        stop = match.start()
        if match.group().startswith((".", "!", "?")) and _is_abbreviation(text, start, stop):
            continue
        _add(text, start, match.start() + (1 if text[stop] in ".!?" else 0), sentences)
        start = match.end()
    _add(text, start, len(text), sentences)
    return sentences


def _is_abbreviation(text: str, start: int, stop: int) -> bool:
    word = _LAST_WORD.match(text, max(start, stop - 12), stop + 1)
    if word is None:
        return False
    token = word.group("word").lower()
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def _subordinate_end(text: str, start: int, clause_end: int) -> int:
    """A subordinate clause runs to the next comma outside brackets, else to its clause's end."""
    depth = 0
    for index in range(start, clause_end):
        char = text[index]
        if char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
        elif (
            char == ","
            and not depth
            and not text[index + 1 : index + 2].isdigit()
            and not _LIST_COMMA_AFTER.match(text, index + 1, clause_end)
        ):
            return index
    return clause_end


_LIST_COMMA_AFTER = compile_pattern(
    r"\s*(?:[A-Za-z][\w'’-]*\s+){0,2}?[A-Za-z][\w'’-]*\s*(?:,|\s(?:and|or)\s+[A-Za-z][\w'’-]*"
    r"(?:\s+[A-Za-z][\w'’-]*)?\s*(?:[.;]|$))"
)
"""A comma inside a list that closes the clause ("in May, August and September."), which does
not end a subordinate clause."""


def _in_list(text: str, clause_start: int, comma: int) -> bool:
    """Whether the comma before ", and" ends an item of a list ("foods, energy, and trade
    services"), not a clause: a short item after an earlier comma, and no verb before it; or
    a bracketed item after another ("furniture (-3.4%), and fuel (-1.2%)")."""
    if comma > clause_start and text[comma - 1] == ")" and _BRACKET_ITEM_AFTER.match(text, comma):
        return True
    if _BETWEEN_DAY_BEFORE.match(text, max(clause_start, comma - 40), comma):
        return True  # "between July 1, 2024, and July 1, 2025": one span of days
    previous = text.rfind(",", clause_start, comma)
    if previous < 0 or not _LIST_ITEM.fullmatch(text, previous + 1, comma):
        return False
    return _CLAUSE_VERB.search(text, clause_start, comma) is None


def _add(text: str, start: int, end: int, sentences: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return
    clauses: list[tuple[int, int]] = []
    clause_start = start
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        if _LIST_AND.match(text, match.start(), match.start() + 12) and _in_list(
            text, clause_start, match.start()
        ):
            continue  # "Prices for final demand less foods, energy, and trade services rose"
        if match.start() > clause_start:
            clauses.append((clause_start, match.start()))
        clause_start = match.end()
    if clause_start < end:
        clauses.append((clause_start, end))
    subordinates = [
        (match.start(), _subordinate_end(text, match.end(), clause_end))
        for clause_start, clause_end in clauses
        for match in _SUBORDINATE.finditer(text, clause_start, clause_end)
    ]
    sentences.append(Sentence(start, end, tuple(clauses), tuple(subordinates)))
