"""Word lists and constants of the consistency checks, kept apart from the code that uses them."""

from __future__ import annotations

from decimal import Decimal

DETERMINERS: frozenset[str] = frozenset(
    {"a", "an", "the", "this", "that", "these", "those", "its", "their", "our", "my", "his", "her"}
)
"""Dropped anywhere in a metric or whole name before names are compared."""

TOTALIZERS: frozenset[str] = frozenset({"all", "total", "overall", "entire", "whole"})
"""Words that name the whole as a whole: "of the total netizens" and "of netizens" are one whole."""

LEADING_PHRASES: tuple[tuple[str, ...], ...] = (("number", "of"), ("amount", "of"))
"""Dropped from the start of a name: "the number of users" and "users" are one metric."""

APPROXIMATE_RELATIVE_WIDTH = Decimal("0.05")
"""An "approximately" figure is read as value ± 5% (or its rounding interval, if wider)."""

LOWER_BOUND_QUALIFIERS: frozenset[str] = frozenset({"more_than", "at_least"})
"""Qualifiers that leave a figure open above: "more than 600 million" is [600 million, +inf)."""

UPPER_BOUND_QUALIFIERS: frozenset[str] = frozenset({"less_than", "at_most"})
"""Qualifiers that leave a figure open below (down to 0 for non-negative units)."""

NON_NEGATIVE_UNITS: frozenset[str] = frozenset({"count", "percent", "per_thousand", "times"})
"""Units whose values cannot be negative: an upper-bounded figure of these stops at 0."""

PARTITIONS: tuple[frozenset[str], ...] = (
    frozenset({"male", "female"}),
    frozenset({"men", "women"}),
    frozenset({"boys", "girls"}),
    frozenset({"urban", "rural"}),
    frozenset({"full-time", "part-time"}),
    frozenset({"imports", "exports"}),
)
"""Words that split one population into disjoint parts: "male netizens" and "female netizens"
are disjoint, so their shares of one whole cannot add up to more than 100%."""

NON_ADDITIVE_UNITS: frozenset[str] = frozenset(
    {"percent", "percentage_point", "per_thousand", "times", "point"}
)
"""Units of rates and indexes: a part's rate may exceed its parent's, unlike a count or amount."""

PERCENT_SCALE_UNITS: frozenset[str] = frozenset({"percent", "percentage_point"})
"""Units on a 0-100 scale: a value's units digit is always taken as stated ("20%" is ±0.5)."""
