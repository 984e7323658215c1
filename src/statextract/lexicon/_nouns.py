"""Counted nouns: irregular plurals, nouns that never change, and words that are never the noun."""

from __future__ import annotations

IRREGULAR_PLURALS: dict[str, str] = {
    "people": "person", "persons": "person", "children": "child", "men": "man",
    "women": "woman", "feet": "foot", "teeth": "tooth", "geese": "goose", "mice": "mouse",
    "oxen": "ox", "dice": "die", "lives": "life", "wives": "wife", "knives": "knife",
    "halves": "half", "leaves": "leaf", "shelves": "shelf", "wolves": "wolf",
    "thieves": "thief", "loaves": "loaf", "calves": "calf", "selves": "self",
    "heroes": "hero", "potatoes": "potato", "tomatoes": "tomato", "echoes": "echo",
    "vetoes": "veto", "torpedoes": "torpedo", "buses": "bus", "gases": "gas",
    "statuses": "status", "viruses": "virus", "bonuses": "bonus", "campuses": "campus",
    "censuses": "census", "focuses": "focus", "surpluses": "surplus", "analyses": "analysis",
    "crises": "crisis", "theses": "thesis", "diagnoses": "diagnosis", "hypotheses": "hypothesis",
    "oases": "oasis", "axes": "axis", "indices": "index", "matrices": "matrix",
    "appendices": "appendix", "vertices": "vertex", "criteria": "criterion",
    "phenomena": "phenomenon", "alumni": "alumnus", "fungi": "fungus", "nuclei": "nucleus",
    "radii": "radius", "stimuli": "stimulus", "syllabi": "syllabus", "cacti": "cactus",
    "memoranda": "memorandum", "curricula": "curriculum", "strata": "stratum",
    "bacteria": "bacterium", "millennia": "millennium", "quizzes": "quiz",
}  # fmt: skip
"""Plurals no suffix rule undoes: plural -> singular."""

INVARIANT_NOUNS: frozenset[str] = frozenset({
    "sheep", "fish", "deer", "series", "species", "aircraft", "spacecraft", "offspring",
    "staff", "police", "cattle", "personnel", "news", "data", "media", "means", "headquarters",
    "crossroads", "barracks", "swine", "bison", "salmon", "trout", "moose", "corps",
    "chassis", "premises", "whereabouts", "livestock", "equipment", "clothes", "pants",
    "jeans", "scissors", "glasses", "yes", "bitcoin",
})  # fmt: skip
"""Nouns whose plural is the word itself (or that have no singular of their own)."""

SINGULAR_ENDINGS: tuple[str, ...] = ("ss", "us", "is", "ics", "ous", "sis", "xis")
"""Endings in "s" that mark a singular ("business", "status", "analysis", "economics")."""

NOUN_SKIP_WORDS: frozenset[str] = frozenset({
    "new", "more", "other", "additional", "extra", "major", "small", "large", "big", "bigger",
    "different", "separate", "key", "main", "local", "foreign", "young", "old", "full-time",
    "part-time", "such", "fewer", "consecutive", "straight", "successive", "registered",
    "active", "total", "individual", "domestic", "international", "global", "national",
    "private", "public", "state-owned", "listed", "unique", "daily", "monthly", "annual",
    "migrant", "rural", "urban", "senior", "junior", "former", "current", "existing",
    "confirmed", "reported", "estimated", "recorded", "eligible", "qualified", "skilled",
    "unskilled", "long-term", "short-term", "top", "leading", "best", "most", "least",
})  # fmt: skip
"""Words that may stand between a count and its noun ("5 new cases", "3 more stores")."""

NON_NOUNS: frozenset[str] = frozenset({
    "of", "to", "in", "on", "at", "for", "from", "by", "with", "without", "into", "onto",
    "and", "or", "but", "nor", "the", "a", "an", "this", "that", "these", "those", "per",
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
    "could", "can", "may", "might", "should", "must", "shall", "do", "does", "did", "than",
    "as", "which", "who", "whom", "whose", "where", "when", "while", "whereas", "if",
    "respectively", "compared", "up", "down", "each", "apiece", "last", "next",
    "ago", "earlier", "later", "before", "after", "since", "until", "through", "during",
    "over", "under", "above", "below", "between", "among", "against", "versus", "vs",
    "so", "too", "also", "only", "just", "about", "around", "nearly", "almost", "some",
    "it", "its", "they", "their", "them", "we", "our", "he", "his", "she", "her", "you",
    "i", "me", "my", "there", "here", "all", "both", "either", "neither", "any", "every",
    "not", "no", "yet", "still", "already", "then", "thus", "hence", "however", "year-on-year",
    "year-over-year", "month-on-month", "quarter-on-quarter", "times", "fold", "percent",
    "cent", "million", "billion", "trillion", "thousand", "hundred", "lakh", "crore",
    "rose", "fell", "grew", "increased", "decreased", "declined", "dropped", "jumped",
    "climbed", "rising", "falling", "higher", "lower", "less", "or so", "plus", "apart",
})  # fmt: skip
"""Words right after a count that are never its noun (function words, change verbs)."""
