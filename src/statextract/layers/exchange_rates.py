"""Exchange rates: a bare number quoted per unit of another currency ("the won weakened to
around 1,398 per dollar", "the rupee at 84.4 to the dollar") is an amount of the currency the
sentence names, and the pair is what it measures."""

from __future__ import annotations

import regex

from statextract._patterns import match_ahead, word_alternation
from statextract.figures import Figure
from statextract.lexicon._currencies import CURRENCY_WORDS, EXCHANGE_QUOTES

_I = regex.IGNORECASE
_QUOTE_AFTER = regex.compile(
    r"\s+(?:per|to\s+the|to\s+one|a|against\s+the|versus\s+the)\s+"
    rf"(?P<quote>{word_alternation(EXCHANGE_QUOTES)})",
    _I,
)
_BASE = regex.compile(rf"(?P<base>{word_alternation(CURRENCY_WORDS)})", _I)
_SENTENCE_END = regex.compile(r"[.!?](?=\s)")
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


def _squash(word: str) -> str:
    return " ".join(word.lower().split())
