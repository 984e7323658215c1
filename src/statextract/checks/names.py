"""Normal forms of metric and whole names, so that two spellings of one name compare equal."""

from __future__ import annotations

import re
import unicodedata

from statextract.checks.vocabulary import DETERMINERS, LEADING_PHRASES, TOTALIZERS

WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")


def name_tokens(name: str) -> tuple[str, ...]:
    """Lowercased words of ``name`` without determiners, totalizers and "number of"."""
    words = [w.lower() for w in WORD.findall(unicodedata.normalize("NFKC", name))]
    words = [w for w in words if w not in DETERMINERS and w not in TOTALIZERS]
    for phrase in LEADING_PHRASES:
        if tuple(words[: len(phrase)]) == phrase and len(words) > len(phrase):
            words = words[len(phrase) :]
    return tuple(words)


def normal_name(name: str | None) -> str | None:
    """The comparable form of a name: "the total netizens" → "netizens"; ``None`` if empty."""
    if name is None:
        return None
    return " ".join(name_tokens(name)) or None
