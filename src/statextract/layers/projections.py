"""Growth projections set against earlier projections: the growth rate is the level.

"Staff expect the economy to expand by 0.9% this year and 1.2% in 2026, down from 1.1% and
1.4%, respectively": each projection is a level of economic growth, revised down, and the
earlier projections are levels of the same metric. A projection on its own ("expects the economy
to expand 0.6%") and company guidance ("expects revenue to grow 4% to 7%, compared with its
September forecast") stay changes; an earlier value with a period of its own ("down from 2.4%
last year") is an actual value, not an earlier projection.
"""

from __future__ import annotations

import regex

from statextract._patterns import alternation, compile_before, compile_pattern, match_ahead
from statextract.layers.drafts import Draft, compare_values
from statextract.lexicon._metrics import GROWTH_SUBJECTS, GROWTH_VERBS, PROJECTION_VERBS

_I = regex.IGNORECASE

_PROJECTED_GROWTH_BEFORE = compile_before(
    rf"\b(?P<subject>{alternation(GROWTH_SUBJECTS)})\s+"
    rf"(?:(?:is|are)\s+(?:now\s+|still\s+)?(?P<passive>{alternation(PROJECTION_VERBS)})\s+)?"
    rf"(?:(?:to|will|would)\s+)?(?:{alternation(GROWTH_VERBS)})(?:\s+by)?"
    r"(?:\s+(?:about|around|roughly|just|only))?\s+$",
    _I,
)
"""The words before a projected growth figure: "the economy to expand by", "economies are
expected to grow", "the economy growing"."""

_LIST_AFTER = compile_pattern(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[-+−]?\d", _I)
"""Another earlier value follows ("down from 1.1% and 1.4%, respectively")."""

_PROJECTION_VERB = compile_pattern(rf"\b(?:{alternation(PROJECTION_VERBS)}|will|would)\b", _I)
_SHRINK = compile_pattern(r"\b(?:contract|shrink)", _I)

_ACTUAL_PERIOD_AFTER = compile_pattern(
    r"\s+(?:(?:in|for)(?!\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}"
    r"(?:projections?|forecasts?|outlook|report|assessment|estimates?)\b)"
    r"|during|at\s+the\s+end\s+of|last|the\s+previous|the\s+prior"
    r"|a\s+year\s+(?:earlier|ago|before))\b",
    _I,
)
"""An earlier value with a period of its own ("down from 2.4% last year") is an actual value;
"in its April outlook" names the earlier projection."""


def projected_growth(text: str, draft: Draft, sentence_start: int) -> bool:
    """Whether ``draft`` is a change an economy is projected to make ("expects the economy to
    grow 1.5%")."""
    if draft.rule != "change" or draft.value is not None or draft.change_unit != "percent":
        return False
    frame = _PROJECTED_GROWTH_BEFORE.match(
        text, max(sentence_start, draft.figure.left - 60), draft.figure.left
    )
    if frame is None:
        return False
    return frame.group("passive") is not None or bool(
        _PROJECTION_VERB.search(text, sentence_start, frame.end())
    )


def revise_projections(
    text: str, drafts: list[Draft], target: Draft, earlier: Draft, direction: str | None
) -> bool:
    """Turn the projected changes that end with ``target`` into levels of a growth rate when
    ``earlier`` is an earlier projection of the same ("down from 1.8%"); True when done."""
    if earlier.figure.unit != "percent" or earlier.figure.value is None:
        return False
    if match_ahead(_ACTUAL_PERIOD_AFTER, text, earlier.figure.end):
        return False
    start = target.sentence[0]
    index = drafts.index(target) if target in drafts else -1
    if index < 0:
        return False
    head = index
    while head >= 0 and not projected_growth(text, drafts[head], start):
        item = drafts[head]
        if item.rule != "change" or item.value is not None or not item.elided:
            return False
        head -= 1
    if head < 0:
        return False
    projections = drafts[head : index + 1]
    for item in projections:
        value = item.change_value
        if value is not None and _SHRINK.search(text, start, item.figure.left):
            value = -value
        item.rule = "level"
        item.value = value
        item.change_value = None
        item.change_unit = None
        item.change_direction = None
        item.elided = False
        item.growth_of = True
    earlier.growth_of = True
    # "2.2% this year and 1.9% in 2025, down from the 2.4% and 2.1%": the first earlier value
    # pairs with the first projection; one earlier value alone with the nearest
    paired = projections[0] if match_ahead(_LIST_AFTER, text, earlier.figure.end) else target
    earlier.link = paired
    paired.change_direction = direction or compare_values(paired.value, earlier.figure.value)
    paired.evidence["since_from"] = (earlier.figure.start, earlier.figure.end)
    return True


def growth_metric(metric: str) -> str:
    """The growth rate of a subject as a metric ("the euro zone economy" -> "euro zone economic
    growth", "advanced economies" -> "growth in advanced economies", "GDP" -> "GDP growth")."""
    lowered = metric.lower()
    if "growth" in lowered:
        return metric
    for noun, name in GROWTH_SUBJECTS.items():
        if lowered == noun or lowered.endswith(" " + noun):
            prefix = metric[: len(metric) - len(noun)].rstrip()
            if "{}" in name:
                return name.format(metric)
            return f"{prefix} {name}".strip()
    return f"{metric} growth"
