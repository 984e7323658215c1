"""Example tables for the extractor: one module per topic, each a list of :class:`Case` rows."""

from __future__ import annotations

from cases.case import Case
from cases.changes import CHANGES
from cases.currencies import CURRENCIES
from cases.dates import DATES
from cases.frames import FRAMES
from cases.layout import LAYOUT
from cases.metrics import (
    ACTIONS_AND_FORECASTERS,
    ASIDES_AND_DESCRIPTIONS,
    BODIES,
    CATEGORY_LISTS,
    CHANGE_NOUN_OBJECTS,
    CHANGE_NOUN_SUBJECTS,
    CLAUSE_ADVERBS,
    CURRENCY_MOVES,
    EXCLUSIONS,
    FORECAST_PRONOUNS,
    GROUPS_AFTER,
    INDEX_READINGS,
    LEVIES,
    LISTED_AGENTS,
    LISTED_SUBJECTS,
    METRICS,
    NAMED_AFTER_AND_PRONOUNS,
    PACES_AND_CONTRIBUTIONS,
    PARENTS,
    PARTICIPLES,
    PLACES_AFTER_CHANGES,
    POLICY_RATE_MOVES,
    POSSESSIVE_CLAUSES,
    PROBABILITIES,
    RANKED_APPOSITIONS,
    RELATIVE_CLAUSES,
    SEGMENTS,
    TARGETS_AND_ASIDES,
    TOPICS_AND_ELLIPSES,
)
from cases.non_facts import NON_FACTS
from cases.numbers import NUMBERS
from cases.periods import PERIODS
from cases.qualifiers import QUALIFIERS
from cases.ranges import MARGINS, RANGES, RATE_RANGES, REVISED_RANGES
from cases.scales import SCALES
from cases.share_forms import SHARE_FORMS
from cases.shares import SHARES
from cases.styles import STYLES
from cases.subjects import SUBJECTS
from cases.unit_grammar import UNIT_GRAMMAR
from cases.units import UNITS

ALL_CASES: dict[str, list[Case]] = {
    "numbers": NUMBERS,
    "scales": SCALES,
    "units": UNITS,
    "currencies": CURRENCIES,
    "qualifiers": QUALIFIERS,
    "ranges": RANGES + RATE_RANGES + MARGINS + REVISED_RANGES,
    "changes": CHANGES,
    "shares": SHARES,
    "dates": DATES,
    "metrics": METRICS
    + PARTICIPLES
    + LISTED_SUBJECTS
    + CATEGORY_LISTS
    + POSSESSIVE_CLAUSES
    + BODIES
    + FORECAST_PRONOUNS
    + RELATIVE_CLAUSES
    + PACES_AND_CONTRIBUTIONS
    + SEGMENTS
    + GROUPS_AFTER
    + ACTIONS_AND_FORECASTERS
    + INDEX_READINGS
    + CHANGE_NOUN_OBJECTS
    + CLAUSE_ADVERBS
    + ASIDES_AND_DESCRIPTIONS
    + CHANGE_NOUN_SUBJECTS
    + LEVIES
    + TOPICS_AND_ELLIPSES
    + TARGETS_AND_ASIDES
    + NAMED_AFTER_AND_PRONOUNS
    + EXCLUSIONS
    + PLACES_AFTER_CHANGES
    + POLICY_RATE_MOVES
    + LISTED_AGENTS
    + CURRENCY_MOVES
    + PROBABILITIES
    + RANKED_APPOSITIONS,
    "parents": PARENTS,
    "non_facts": NON_FACTS,
    "styles": STYLES,
    "layout": LAYOUT,
    "periods": PERIODS,
    "frames": FRAMES,
    "subjects": SUBJECTS,
    "unit_grammar": UNIT_GRAMMAR,
    "share_forms": SHARE_FORMS,
}
