"""Currency moves: "the euro fell 0.3% against the Swiss franc" measures the euro against the
franc, not the euro alone; the pair the sentence names is the metric."""

from __future__ import annotations

import regex

from statextract._patterns import compile_pattern, match_ahead, word_alternation
from statextract.layers.drafts import Draft, metric_text
from statextract.lexicon._currencies import CURRENCY_WORDS

_I = regex.IGNORECASE
_CURRENCY_NAMES = word_alternation([*CURRENCY_WORDS, "franc", "pound", "loonie", "kiwi"])
_NAMES_A_CURRENCY = compile_pattern(rf"(?:^|\s)(?:{_CURRENCY_NAMES})$", _I)
_AGAINST_AFTER = compile_pattern(
    r"\s+(?:against|versus|vs\.?)\s+(?:the\s+|a\s+(?:basket\s+of\s+)?)?"
    rf"(?P<other>(?:(?-i:[A-Z])[\w.]*\s+){{0,2}}(?:{_CURRENCY_NAMES}))\b",
    _I,
)
"""The currency a move is measured against, right after the figure ("against the Swiss
franc", "versus the U.S. dollar")."""


def name_currency_moves(text: str, drafts: list[Draft]) -> None:
    """Give a currency's move against another the pair as its metric."""
    for draft in drafts:
        if draft.figure.exchange_pair is not None:
            continue  # "1,398 per dollar": a quote, named by the exchange-rate layer
        named = metric_text(text, draft) or draft.metric_text or ""
        if not named or not _NAMES_A_CURRENCY.search(named):
            continue
        against = match_ahead(_AGAINST_AFTER, text, draft.figure.end)
        if against is None:
            continue
        other = against.group("other")
        if other.lower() in named.lower():
            continue
        draft.metric, draft.metric_text = None, f"{named} against the {other}"
