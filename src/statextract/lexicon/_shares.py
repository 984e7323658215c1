"""Cues that make a percentage a share of a whole."""

from __future__ import annotations

SHARE_VERBS: tuple[str, ...] = (
    "accounting for", "accounted for", "accounts for", "account for", "making up", "made up",
    "makes up", "make up", "representing", "represented", "represents", "represent",
    "comprising", "comprised", "constituting", "constituted", "equivalent to", "equal to",
    "equating to", "or", "a share of", "share of", "taking up", "took up", "takes up",
)  # fmt: skip

WHOLE_STOPWORDS: tuple[str, ...] = (
    "in", "on", "at", "from", "to", "by", "for", "with", "during", "as", "than", "and", "or",
    "but", "which", "that", "who", "while", "was", "were", "is", "are", "has", "have", "had",
    "will", "would", "compared", "up", "down", "according", "since", "after", "before",
    "year-on-year", "respectively", "this", "last", "spent", "spend", "said", "say", "says",
    "used", "use", "uses", "own", "owned", "plan", "plans", "expect", "expects", "expected",
    "reported", "report", "bought", "buy", "had", "did",
    "do", "does", "can", "could", "should", "may", "might", "must", "being", "been", "be",
    "up", "down", "rose", "fell", "increased", "decreased", "grew", "over", "under", "per",
)  # fmt: skip
"""Words that end the noun phrase of a whole ("of the total netizens, up ...")."""

SHARE_NOUNS: tuple[str, ...] = (
    "share", "proportion", "percentage", "fraction", "portion", "part",
)  # fmt: skip
"""Nouns of a metric that make its percentage a part of a whole ("the share of renewables in
generation was 32%")."""

WHOLE_CUES: tuple[str, ...] = (
    "relative to", "as a share of", "as a percentage of", "as a proportion of", "as a ratio to",
    "measured against", "in relation to",
)  # fmt: skip
"""Openers that name the whole of every percentage in their sentence ("Relative to GDP, the
highest deficits were recorded in Italy (-7.4%)")."""

RATE_WORDS: tuple[str, ...] = (
    "rate", "inflation", "growth", "unemployment", "yield", "margin", "interest", "change",
)  # fmt: skip
"""Words of a metric that is a rate of its own, never a share of a whole named before it."""

STATEMENT_VERBS: dict[str, str] = {
    "said": "saying", "say": "saying", "says": "saying", "reported": "reporting",
    "report": "reporting", "reports": "reporting", "expected": "expecting", "expect": "expecting",
    "expects": "expecting", "forecast": "forecasting", "forecasts": "forecasting",
    "predicted": "predicting", "predict": "predicting", "planned": "planning", "plan": "planning",
    "plans": "planning", "thought": "thinking", "think": "thinking", "thinks": "thinking",
    "believed": "believing", "believe": "believing", "believes": "believing", "saw": "seeing",
    "see": "seeing", "sees": "seeing", "rated": "rating", "rate": "rating", "felt": "feeling",
    "feel": "feeling", "feels": "feeling", "favoured": "favouring", "favored": "favoring",
    "favour": "favouring", "favor": "favoring", "backed": "backing", "back": "backing",
    "supported": "supporting", "support": "supporting", "opposed": "opposing",
    "oppose": "opposing", "agreed": "agreeing", "agree": "agreeing", "intend": "intending",
    "intended": "intending", "anticipated": "anticipating", "anticipate": "anticipating",
    "described": "describing", "describe": "describing", "called": "calling",
    "call": "calling", "considered": "considering", "consider": "considering",
}  # fmt: skip
"""What members of a surveyed group state, and the form that names them in a metric
("35.1% of consumers said jobs were plentiful" -> "consumers saying jobs were plentiful")."""
