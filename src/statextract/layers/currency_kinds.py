"""Currency words several countries share: "pesos", "rupees" and "pounds" in a text about one
country are that country's currency ("the peso" in a report on Colombia is the Colombian peso).
The country named most often in the text decides; a text that names none keeps the default."""

from __future__ import annotations

import regex

from statextract._patterns import compile_pattern, word_alternation
from statextract.figures import Figure
from statextract.lexicon._currencies import CURRENCY_WORD_FORMS, NAMED_BY_COUNTRY

_COUNTRIES = {
    word: compile_pattern(rf"(?<![\w-]){word_alternation(list(names))}(?![\w-])", regex.IGNORECASE)
    for word, names in NAMED_BY_COUNTRY.items()
}


def _country_currency(text: str, word: str) -> str | None:
    """The currency of ``word`` for the country the text names most often, if any."""
    counts: dict[str, int] = {}
    for match in _COUNTRIES[word].finditer(text):
        code = NAMED_BY_COUNTRY[word][" ".join(match.group().lower().split())]
        counts[code] = counts.get(code, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda code: counts[code])


def settle_currency_kinds(text: str, figures: list[Figure]) -> None:
    """Give amounts in a shared currency word the currency of the country the text is about."""
    chosen: dict[str, str | None] = {}
    for figure in figures:
        if figure.currency is None:
            continue
        named = figure.exchange_pair[0] if figure.exchange_pair else figure.currency_sign
        word = CURRENCY_WORD_FORMS.get((named or "").lower())
        if word is None:
            continue
        if word not in chosen:
            chosen[word] = _country_currency(text, word)
        code = chosen[word]
        if code is not None and code != figure.currency:
            figure.currency = code
            if figure.unit not in ("percent", "count"):
                figure.unit = code
