"""Probabilities: "a roughly 80% chance of a cut at the June meeting" and "raised the odds of a
cut in June to about 70%" measure the chance of the event they name, not the market or the
traders that price it."""

from __future__ import annotations

import regex

from statextract._patterns import compile_before, compile_pattern, match_ahead
from statextract.layers.drafts import Draft

_I = regex.IGNORECASE
_NOUN = r"(?:chance|chances|probability|odds|likelihood)"
_EVENT = (
    r"(?:(?!\b(?:has|have|had|is|was|were|rose|risen|fell|fallen|climbed|jumped|dropped|now)\b)"
    r"[^,.;:()\d%]){3,70}?"
)
"""The event a probability is of: no verb of the clause inside it."""
_EVENT_END = (
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|but|while|according|after|before|from|compared|up|down|"
    r"against|versus|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday))\b)"
)
_CHANCE_AFTER = compile_pattern(
    rf"\s+(?P<metric>{_NOUN}\s+(?:of|that)\s+{_EVENT}){_EVENT_END}",
    _I,
)
"""The event a probability right after its figure is of ("80% chance of a cut at the June
meeting")."""
_CHANCE_BEFORE = compile_before(
    rf"\b(?P<metric>{_NOUN}\s+(?:of|that)\s+{_EVENT})"
    r"(?:\s+(?:has\s+|have\s+|had\s+)?(?:now\s+)?(?:risen|rose|fallen|fell|climbed|jumped|"
    r"dropped|increased|decreased|edged\s+(?:up|down)))?\s+(?:to|at)\s+"
    r"(?:(?:about|around|roughly|nearly|almost|just|some|more\s+than|less\s+than)\s+)?$",
    _I,
)
"""The event a probability before its figure is of ("raised the odds of a first cut in June to
about 70%", "put the chance of a cut at roughly 90%")."""


def name_probabilities(text: str, drafts: list[Draft]) -> None:
    """Give a percentage that states a probability the event it is the probability of."""
    named: list[Draft] = []
    for draft in drafts:
        if draft.unit != "percent" or draft.share_value is not None:
            continue
        figure = draft.figure
        found = match_ahead(_CHANCE_AFTER, text, figure.end) or _CHANCE_BEFORE.match(
            text, max(draft.sentence[0], figure.left - 100), figure.left
        )
        if found is None:
            continue
        start, end = found.span("metric")
        draft.metric, draft.metric_text = (start, end), None
        draft.metric_domain = draft.metric_detail = None
        draft.metric_owner = None
        named.append(draft)
    for draft in drafts:
        if draft.from_value and draft.link in named and draft not in named:
            # "a 20% chance of a cut ..., down from roughly 30%": the same chance earlier
            draft.metric, draft.metric_text = draft.link.metric, None
            draft.metric_domain = draft.metric_detail = draft.metric_owner = None
