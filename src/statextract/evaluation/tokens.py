"""Content words of a phrase and the token F1 between two phrases."""

from __future__ import annotations

import re
from collections import Counter

from statextract.evaluation.stemming import stem
from statextract.evaluation.vocab import DROPPED_PHRASES, STOP_WORDS

_WORD = re.compile(r"[^\W_]+")
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")


def _drop_phrases(tokens: list[str]) -> list[str]:
    kept: list[str] = []
    i = 0
    while i < len(tokens):
        for phrase in DROPPED_PHRASES:
            if tuple(tokens[i : i + len(phrase)]) == phrase:
                i += len(phrase)
                break
        else:
            kept.append(tokens[i])
            i += 1
    return kept


def content_tokens(phrase: str | None) -> list[str]:
    """Lower-cased, stemmed tokens of ``phrase`` without stop words, "number of" and the
    possessive "'s" ("China's" -> "china")."""
    if not phrase:
        return []
    tokens = _drop_phrases(_WORD.findall(_POSSESSIVE.sub("", phrase.lower())))
    return [stem(token) for token in tokens if token not in STOP_WORDS]


def token_f1(predicted: str | None, gold: str | None) -> float:
    """F1 of the content tokens of two phrases (1.0 when both have none)."""
    pred_tokens = Counter(content_tokens(predicted))
    gold_tokens = Counter(content_tokens(gold))
    if not pred_tokens and not gold_tokens:
        return 1.0
    common = sum((pred_tokens & gold_tokens).values())
    if common == 0:
        return 0.0
    precision = common / sum(pred_tokens.values())
    recall = common / sum(gold_tokens.values())
    return 2 * precision * recall / (precision + recall)
