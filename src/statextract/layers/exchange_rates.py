"""Exchange rates: a bare number quoted per unit of another currency ("the won weakened to
around 1,398 per dollar", "the rupee at 84.4 to the dollar") is an amount of the currency the
sentence names, and the pair is what it measures."""

from __future__ import annotations

import itertools

import regex

from statextract._patterns import compile_pattern, match_ahead, word_alternation
from statextract.figures import Figure
from statextract.lexicon._currencies import CURRENCY_WORDS, EXCHANGE_QUOTES

_I = regex.IGNORECASE
_QUOTE_AFTER = compile_pattern(
    r"\s+(?:per|to\s+the|to\s+one|a|against\s+the|versus\s+the)\s+"
    rf"(?P<quote>{word_alternation(EXCHANGE_QUOTES)})",
    _I,
)
_BASE = compile_pattern(rf"(?P<base>{word_alternation(CURRENCY_WORDS)})", _I)
_SENTENCE_END = compile_pattern(r"[.!?](?=\s)")
_REACH = 120
"""How far back in its sentence the currency being quoted may be named."""


def settle_exchange_rates(text: str, figures: list[Figure]) -> None:
    """Give a bare number quoted per unit of a currency the currency the text names before it."""
    for figure in figures:
        if figure.currency is not None or figure.unit != "count" or figure.value is None:
            continue
        quote = match_ahead(_QUOTE_AFTER, text, figure.end)
        if quote is None:
            continue
        stops = [
            m.end()
            for m in _SENTENCE_END.finditer(text, max(0, figure.start - _REACH), figure.start)
        ]
        start = max(0, figure.start - _REACH, *stops)
        named = [
            m
            for m in _BASE.finditer(text, start, figure.start)
            if CURRENCY_WORDS[_squash(m.group("base"))] != EXCHANGE_QUOTES[_squash(quote["quote"])]
        ]
        if not named:
            continue
        code = CURRENCY_WORDS[_squash(named[-1].group("base"))]
        figure.currency = figure.unit = code
        figure.explicit_unit = True
        figure.exchange_pair = (named[-1].group("base"), quote.group("quote"))


_EARLIER_RATE_GAP = compile_pattern(
    r"(?:\s+(?:on|in|at)\s+[\w.]+(?:\s+\d{1,2})?)?\s*,?\s*(?:compared\s+with|against|versus|"
    r"(?:up|down)\s+from|from)\s+(?:(?:about|around|roughly|nearly|more\s+than|less\s+than|"
    r"over|under|some)\s+)?",
    _I,
)
"""Between a rate and the earlier rate it is compared with ("48.6 per dollar on Thursday,
compared with more than 51")."""


def carry_exchange_rates(text: str, figures: list[Figure]) -> None:
    """An earlier rate compared with a quoted rate is quoted the same way ("traded at about 48.6
    per dollar ..., compared with more than 51 in early April")."""
    for rate, earlier in itertools.pairwise(figures):
        if rate.exchange_pair is None or earlier.currency is not None:
            continue
        if earlier.unit != "count" or earlier.value is None:
            continue
        quote = match_ahead(_QUOTE_AFTER, text, rate.end)
        gap_start = quote.end() if quote is not None else rate.end
        if _EARLIER_RATE_GAP.fullmatch(text, gap_start, earlier.start) is None:
            continue
        earlier.currency = earlier.unit = rate.currency or rate.unit
        earlier.explicit_unit = True
        earlier.exchange_pair = rate.exchange_pair


def _squash(word: str) -> str:
    return " ".join(word.lower().split())
