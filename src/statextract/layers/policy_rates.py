"""The policy rate of a central bank's decision: one name per document, given to its moves.

"Members agreed that a 25 basis point reduction was appropriate" and "analysts had expected a
cut to 17%" move the rate the document names elsewhere ("the Reserve Bank cut its repo rate"):
that rate (its own name before a generic one) is the metric of a figure a rate-move noun governs
when the clause names no measure of its own. "Rates" or "borrowing costs" written in the clause
stay as written, and a move another bank makes stays that bank's.
"""

from __future__ import annotations

import regex

from statextract._patterns import alternation, compile_before, compile_pattern, match_ahead
from statextract.layers.drafts import Draft, Span, metric_text
from statextract.lexicon._policy_rates import (
    GENERIC_POLICY_RATE_NAMES,
    POLICY_RATE_NAMES,
    RATE_MOVE_NOUNS,
)

_I = regex.IGNORECASE
_RATE_NAME = compile_pattern(
    rf"\b(?:{alternation(POLICY_RATE_NAMES + GENERIC_POLICY_RATE_NAMES)})\b(?!-)", _I
)
_GENERIC_NAME = compile_pattern(alternation(GENERIC_POLICY_RATE_NAMES), _I)
_MOVE_AFTER = compile_pattern(
    rf"\s*(?:-\s*)?(?:{alternation(RATE_MOVE_NOUNS)})\b(?!\s+in\b)",
    _I,
)
"""A move noun right after its size ("a 25 basis point reduction", "a half-point cut"), not
the rise of something named after it ("a 2% rise in sales")."""
_MOVE_BEFORE = compile_before(
    rf"\b(?:{alternation(RATE_MOVE_NOUNS)})\s+(?:of|by)\s+(?:(?:about|around|a\s+further|"
    r"another|just|only|a\s+cumulative|a\s+combined)\s+)?$",
    _I,
)
"""A move noun before its size ("a smaller cut of 25 basis points")."""
_MOVE_TO = compile_before(
    r"\b(?:cut|cuts|reduction|hike|hikes|move|rate\s+cut|rate\s+hike)\s+to\s+"
    r"(?:(?:about|around|just|only)\s+)?$",
    _I,
)
"""A move noun before the level it leads to ("expected a cut to 17%")."""
_NAMES_A_RATE = compile_pattern(
    rf"\b(?:rates?|yields?|{alternation(POLICY_RATE_NAMES)}|OCR|Selic|inflation|growth|unemployment|"
    r"prices?|GDP|spread|margin|odds|probability|chance|share|bonds?|stocks?|shares|index)\b",
    _I,
)
_CENTRAL_BANK = compile_pattern(
    r"\b(?:Federal\s+Reserve|Fed|ECB|European\s+Central\s+Bank|Bank\s+of|Reserve\s+Bank|"
    r"Riksbank|Norges\s+Bank|Banxico|Copom|BOJ|BoE|RBA|RBNZ|RBI|SNB|PBOC)\b",
)
"""A central bank named in a metric: the move is that bank's, not the document's rate."""
_FRAGMENT = compile_pattern(r"(?:on|of|for|at)\b", _I)
_MOVE_NOUN = compile_pattern(rf"(?:{alternation(RATE_MOVE_NOUNS)})\b", _I)
_RATE_UNITS = frozenset({"basis_point", "percent", "percentage_point"})


def find_policy_rate(text: str) -> Span | None:
    """The policy rate ``text`` names: the first name of its own ("repo rate", "Official Cash
    Rate") or, when it names none, the first generic one ("policy rate", "key rate")."""
    generic: Span | None = None
    for found in _RATE_NAME.finditer(text):
        if not _GENERIC_NAME.fullmatch(found.group()):
            return found.span()
        generic = generic or found.span()
    return generic


def name_rate_moves(text: str, drafts: list[Draft], policy_rate: Span | None) -> None:
    """Give the document's policy rate to the figures that move it and name no measure."""
    if policy_rate is None:
        return
    for draft in drafts:
        if draft.unit not in _RATE_UNITS or draft.share_value is not None:
            continue
        named = metric_text(text, draft) or draft.metric_text or ""
        figure = draft.figure
        if named and (
            _NAMES_A_RATE.search(named) or _CENTRAL_BANK.search(named) or _FRAGMENT.match(named)
        ):
            continue  # "the repo rate", "inflation"; "the Federal Reserve has cut by 75 basis
            # points" moves another bank's rate; "(the rates) on the main refinancing operations"
        elif not (
            _MOVE_TO.match(text, max(0, figure.left - 40), figure.left)
            or (
                draft.unit != "percent"
                and (
                    match_ahead(_MOVE_AFTER, text, figure.end)
                    or _MOVE_BEFORE.match(text, max(0, figure.left - 40), figure.left)
                )
            )
        ):
            continue
        if named and _MOVE_NOUN.match(named):
            # "voted for a reduction of 25 basis points": "repo rate reduction voted for by ..."
            rate = text[policy_rate[0] : policy_rate[1]]
            draft.metric, draft.metric_text = None, f"{rate} {named}"
        else:
            draft.metric, draft.metric_text = policy_rate, None
        draft.metric_domain = draft.metric_detail = None
        draft.metric_owner = None
