"""A range set against an earlier range: each end moved from the end it replaces.

"It sees an operating return on sales of 4.0% to 5.0%, compared with 5.5% to 6.5% before":
4.0% and 5.0% are the new ends, each lower than the end it replaces, and 5.5% to 6.5% is the
earlier range, its ends a lower and an upper bound. "down from €2 billion to €5 billion" after a
range is that range's earlier ends, not a move from €2 billion to €5 billion. The comparison is
with a forecast, not a period, so the changes have no ``since``.
"""

from __future__ import annotations

import regex

from statextract._patterns import compile_pattern
from statextract.layers.drafts import Draft, compare_values

_I = regex.IGNORECASE

_RANGE_JOIN = compile_pattern(r"\s*(?:to|-|–)\s*", _I)
"""Between the two ends of a range: "4.0% to 5.0%", "3%-4%"."""

_EARLIER_RANGE_CUE = compile_pattern(
    r"(?:\s+(?:this|next)\s+year|\s+(?:in|for)\s+(?:(?:fiscal|the\s+year)\s+)?\d{4})?"
    r"\s*,?\s*(?:(?:which\s+)?compared\s+with|against|versus|vs\.?|(?:down|up)\s+from|from|"
    r"replacing|after)\s+(?:(?:an?|the|its|their)\s+)?(?:(?:earlier|previous|prior|old|"
    r"original|initial)\s+(?:range|forecast|outlook|guidance|target|estimate|projection)"
    r"(?:\s+of)?\s+)?",
    _I,
)
"""Between a range and the earlier range it replaces: ", compared with", ", down from", ", from
an earlier range of"."""


def revise_ranges(text: str, drafts: list[Draft]) -> None:
    """Pair the ends of a range with the ends of the earlier range after it."""
    ordered = sorted(drafts, key=lambda d: d.figure.start)
    for index in range(len(ordered) - 3):
        low, high, earlier_low, earlier_high = ordered[index : index + 4]
        if (
            low.from_value
            or low.unit != high.unit
            or not (low.unit == earlier_low.unit == earlier_high.unit)
            or low.qualifier != "at_least"
            or high.qualifier != "at_most"
            or not _RANGE_JOIN.fullmatch(text, low.figure.end, high.figure.left)
            or not _RANGE_JOIN.fullmatch(text, earlier_low.figure.end, earlier_high.figure.left)
            or not _EARLIER_RANGE_CUE.fullmatch(text, high.figure.end, earlier_low.figure.left)
        ):
            continue
        if (
            low.value is None  # "growth of 13% to 21%, down from 16% to 24%": changes, no levels
            or high.value is None
            or earlier_low.value is None
            or earlier_high.value is None
            or earlier_low.value > earlier_high.value
        ):
            continue
        for new, old, bound in ((low, earlier_low, "at_least"), (high, earlier_high, "at_most")):
            new.change_direction = compare_values(new.value, old.value)
            new.change_value = new.change_unit = new.change_since = None
            old.qualifier = old.qualifier or bound
            old.change_direction = old.change_value = old.change_unit = None
            old.change_since = None
            old.from_value = True
