"""Example tables for the extractor: one module per topic, each a list of :class:`Case` rows."""

from __future__ import annotations

from cases.case import Case
from cases.changes import CHANGES
from cases.currencies import CURRENCIES
from cases.dates import DATES
from cases.metrics import METRICS, PARENTS
from cases.non_facts import NON_FACTS
from cases.numbers import NUMBERS
from cases.qualifiers import QUALIFIERS
from cases.ranges import RANGES
from cases.scales import SCALES
from cases.shares import SHARES
from cases.styles import STYLES
from cases.units import UNITS

ALL_CASES: dict[str, list[Case]] = {
    "numbers": NUMBERS,
    "scales": SCALES,
    "units": UNITS,
    "currencies": CURRENCIES,
    "qualifiers": QUALIFIERS,
    "ranges": RANGES,
    "changes": CHANGES,
    "shares": SHARES,
    "dates": DATES,
    "metrics": METRICS,
    "parents": PARENTS,
    "non_facts": NON_FACTS,
    "styles": STYLES,
}
