"""Shares beyond "N% of X": the share a metric names, and shares listed before their whole.

"The share of renewables in electricity generation was 32%", "coal's share of generation fell to
18%" and "the proportion of adults who smoke fell to 11.9%" state a part of a whole without
"N% of"; "men and women accounted for 52% and 48% of the workforce" names the whole once, after
the last share. The whole of a share named without one ("coal's share fell to 17%") is the whole
of the shares before it.
"""

from __future__ import annotations

import itertools

import regex

from statextract._patterns import (
    LIST_JOIN,
    alternation,
    compile_before,
    compile_pattern,
    match_ahead,
)
from statextract.layers.drafts import Context, Draft, metric_text
from statextract.lexicon._shares import RATE_WORDS, SHARE_NOUNS, STATEMENT_VERBS, WHOLE_CUES

Span = tuple[int, int]
_I = regex.IGNORECASE
_SHARE_NOUN = alternation(SHARE_NOUNS)
_LINKING_VERBS = (
    "was", "were", "is", "are", "reached", "rose", "fell", "climbed", "dropped", "increased",
    "decreased", "stood", "hit", "edged", "slipped", "grew", "declined", "jumped", "eased",
    "remained", "stayed", "will reach", "would reach", "rose to", "fell to",
)  # fmt: skip
_PART_SHARE = compile_pattern(
    rf"(?P<part>.+?)(?:'s|’s|'|’)\s+(?:{_SHARE_NOUN})(?:\s+of\s+(?P<whole>.+))?", _I
)
_SHARE_OF = compile_pattern(
    rf"(?:the\s+)?(?:{_SHARE_NOUN})\s+of\s+(?P<first>.+?)(?:\s+(?:in|of)\s+(?P<whole>.+))?", _I
)
_SHARE_NOUN_BEFORE = compile_before(
    rf"(?P<phrase>(?:[\w'’-]+(?:'s|’s|'|’)\s+|the\s+)?(?:{_SHARE_NOUN})\s+of\s+[^,;:()]{{2,90}}?)\s+"
    rf"(?:{alternation(_LINKING_VERBS)})\s+(?:(?:to|at|by|of)\s+)?"
    r"(?:(?:about|around|nearly|some|roughly|just|a\s+record)\s+)?$",
    _I,
)
_RATIO_OF = compile_pattern(
    r"(?:the\s+)?(?:ratios?\s+of\s+.+?\s+to\s+(?P<whole>.+?)(?:\s+(?:in|for|of|at)\s+.+)?"
    r"|.+?[\s-]to[\s-](?P<whole2>[\w'’-]+)(?:\s+|-)ratios?)",
    _I,
)
_WHOLE_CUE = compile_pattern(
    rf"\b(?:{alternation(WHOLE_CUES)})\s+(?:the\s+)?(?P<whole>[\w'’-]+(?:\s+[\w'’-]+){{0,3}}?)\s*,",
    _I,
)
_RATE_WORD = compile_pattern(rf"\b(?:{alternation(RATE_WORDS)})\b", _I)
_RELATIVE_TAIL = compile_pattern(r"\s+(?:who|that|which|with|without|whose|living|using)\b.*$", _I)
_PERCENT_UNITS = frozenset({"percent"})


def _whole_of(text: str, draft: Draft) -> tuple[str | None, bool]:
    """The whole a metric phrase names ("share of X in Y" -> Y), and whether it names a share."""
    phrase = metric_text(text, draft) or draft.metric_text
    named = _SHARE_NOUN_BEFORE.match(
        text, max(draft.sentence[0], draft.figure.left - 120), draft.figure.left
    )
    if named is not None:
        # "The share of households with a broadband connection reached 91%"
        phrase = named.group("phrase")
    if not phrase:
        return None, False
    ratio = _RATIO_OF.fullmatch(phrase.strip())
    if ratio is not None:  # "ratios of government debt to GDP", "the debt-to-GDP ratio"
        return ratio.group("whole") or ratio.group("whole2"), True
    owned = _PART_SHARE.fullmatch(phrase.strip())
    if owned is not None:
        return owned.group("whole"), True
    share_of = _SHARE_OF.fullmatch(phrase.strip())
    if share_of is not None:
        whole = share_of.group("whole")
        if whole:  # "the share of renewables in electricity generation"
            return whole, True
        # "the share of households with broadband": a share of the households
        return _RELATIVE_TAIL.sub("", share_of.group("first")), True
    return None, False


def shares_from_metrics(text: str, drafts: list[Draft], context: Context) -> None:
    """A percentage whose metric names a share is that share of its whole; the whole of "coal's
    share" without one is the whole named before."""
    for draft in drafts:
        if draft.share_value is not None:
            context.last_whole = _share_whole_text(text, draft) or context.last_whole
            continue
        if draft.unit not in _PERCENT_UNITS or draft.value is None or draft.from_value:
            continue
        whole, named = _whole_of(text, draft)
        if not named:
            continue
        whole = whole or context.last_whole
        if whole is None:
            continue
        draft.share_value = draft.value
        draft.share_of_text = whole.strip()
        context.last_whole = draft.share_of_text


def share_lists(text: str, drafts: list[Draft]) -> None:
    """ "52% and 48% of the workforce": shares listed before the whole take it, and so do items
    listed after a share in other periods ("24% of U.S. generation in 2023 and 26% in 2024")."""
    for first, second in itertools.pairwise(drafts):
        if first.figure.unit != second.figure.unit or first.figure.unit not in _PERCENT_UNITS:
            continue
        position = first.figure.end
        if first.share_of is not None and position <= first.share_of[0] < second.figure.left:
            position = first.share_of[1]  # "24% of U.S. generation in 2023 and 26% in 2024"
        if not _LISTED.fullmatch(text, position, second.figure.left):
            continue
        first_whole, second_whole = _share_whole_text(text, first), _share_whole_text(text, second)
        if second_whole and not first_whole and (first.rule == "share" or first.value is not None):
            first.share_value = first.value  # "52% and 48% of the workforce"
            first.share_of, first.share_of_text = second.share_of, second.share_of_text
        elif (
            first_whole
            and second.share_value is None
            and second.value is not None
            and second.rule != "change"
        ):
            second.share_value = second.value  # "24% of generation in 2023 and 26% in 2024"
            second.share_of, second.share_of_text = first.share_of, first.share_of_text


_LISTED = compile_pattern(rf"(?:\s+(?:in|for|during)\s+[\w\s-]{{1,25}}?)?{LIST_JOIN.pattern}", _I)


def _share_whole_text(text: str, draft: Draft) -> str | None:
    if draft.share_of_text:
        return draft.share_of_text
    if draft.share_of is not None:
        return text[draft.share_of[0] : draft.share_of[1]].strip() or None
    return None


def carry_wholes(text: str, sentence: tuple[int, int], drafts: list[Draft]) -> None:
    """The whole a sentence names serves its other percentages: "narrowed from 3.7% of GDP in
    2022 to 3.6% in 2023", "50.0% of GDP in 2023 and government revenue 46.4%", "Relative to
    GDP, the highest deficits were in Italy (-7.4%)". A rate of its own takes none."""
    cue = _WHOLE_CUE.search(text, *sentence)
    whole: tuple[Span | None, str | None] | None = None
    if cue is not None:
        whole = (None, cue.group("whole"))
    ordered = sorted(drafts, key=lambda d: d.figure.start)
    for draft in ordered:
        if draft.unit not in _PERCENT_UNITS or draft.value is None or draft.rule == "change":
            continue
        if draft.share_value is not None:
            if draft.share_of is not None or draft.share_of_text:
                whole = whole or (draft.share_of, draft.share_of_text)
            elif whole is not None and draft.rule.startswith("share"):
                draft.share_of, draft.share_of_text = whole  # "with Delta making up 1.7%"
            continue
        if whole is None:
            continue
        metric = metric_text(text, draft) or draft.metric_text or ""
        if _RATE_WORD.search(metric):
            continue
        draft.share_value = draft.value
        draft.share_of, draft.share_of_text = whole
    first = next((d for d in ordered if d.share_value is not None), None)
    if first is None or cue is not None:
        return
    for draft in ordered:
        if draft is first or draft.figure.start > first.figure.start:
            break
        if (
            draft.unit in _PERCENT_UNITS
            and draft.value is not None
            and draft.share_value is None
            and draft.link is not None
            and draft.from_value
        ):
            draft.share_value = draft.value
            draft.share_of, draft.share_of_text = first.share_of, first.share_of_text


_STATEMENT_AFTER = compile_pattern(
    rf"\s+(?:(?:had|have|has|also|now|still)\s+)?(?P<verb>{alternation(STATEMENT_VERBS)})\s+"
    r"(?P<what>[^,;:.()]{3,70}?)(?=\s*(?:[,;:.()]|$|\s+(?:and|but|while|whereas|compared|up|down)\b))",
    _I,
)
_QUOTES = compile_pattern(r"[\"“”‘’]|(?<!\w)'|'(?!\w)")


def carry_groups(text: str, drafts: list[Draft], context: Context) -> None:
    """A percentage whose members state something ("19.1% described them as 'good'") with no
    group of its own is a share of the group surveyed last ("37.0% of consumers said ...")."""
    for draft in sorted(drafts, key=lambda d: d.figure.start):
        if draft.unit not in _PERCENT_UNITS or draft.value is None or draft.rule == "change":
            continue
        if draft.share_value is not None:
            whole = draft.share_of_text or (
                text[draft.share_of[0] : draft.share_of[1]] if draft.share_of else None
            )
            end = draft.share_of[1] if draft.share_of else draft.figure.end
            if whole and match_ahead(_STATEMENT_AFTER, text, end) is not None:
                context.last_group = whole
            continue
        if context.last_group and match_ahead(_STATEMENT_AFTER, text, draft.figure.end):
            draft.share_value = draft.value
            draft.share_of, draft.share_of_text = None, context.last_group


def group_statements(text: str, drafts: list[Draft]) -> None:
    """A share of a group that states something measures the members stating it: "35.1% of
    consumers said jobs were 'plentiful'" is "consumers saying jobs were plentiful"; earlier
    values linked to it measure the same."""
    renamed: dict[int, str] = {}
    for draft in drafts:
        if (
            draft.share_value is None
            or draft.from_value
            or (draft.share_of is None and not draft.share_of_text)
        ):
            continue
        end = draft.share_of[1] if draft.share_of and draft.share_of[0] > draft.figure.end else None
        said = match_ahead(_STATEMENT_AFTER, text, end if end is not None else draft.figure.end)
        if said is None:
            continue
        whole = (
            text[draft.share_of[0] : draft.share_of[1]] if draft.share_of else draft.share_of_text
        )
        what = _QUOTES.sub("", said.group("what")).strip()
        phrase = f"{whole} {STATEMENT_VERBS[said.group('verb').lower()]} {what}"
        draft.metric, draft.metric_text = None, " ".join(phrase.split())
        renamed[id(draft)] = draft.metric_text
    for draft in drafts:
        if draft.from_value and draft.link is not None and id(draft.link) in renamed:
            draft.metric, draft.metric_text = None, renamed[id(draft.link)]


_OPEN_BRACKET = compile_pattern(r"\s*\(\s*")
_CLOSE_BRACKET = compile_pattern(r"\s*\)")


def bracketed_shares(text: str, drafts: list[Draft]) -> None:
    """A bare percentage in brackets after a count restates it as a share of the whole its
    sentence names: "rose to 736,210, or 14% of the population, from 451,941 (10%) in 2016"."""
    wholes = [
        (d.share_of, d.share_of_text)
        for d in drafts
        if d.share_value is not None and (d.share_of is not None or d.share_of_text)
    ]
    if not wholes:
        return
    for count, percent in list(itertools.pairwise(drafts)):
        if (
            count.unit in _PERCENT_UNITS
            or count.share_value is not None
            or percent.unit != "percent"
            or percent.value is None
            or percent.share_value is not None
            or percent.change_direction is not None
            or not _OPEN_BRACKET.fullmatch(text, count.figure.end, percent.figure.start)
            or not _CLOSE_BRACKET.match(text, percent.figure.end)
            or percent not in drafts
        ):
            continue
        count.share_value = percent.value
        count.share_span = (percent.figure.start, percent.figure.end)
        count.share_of, count.share_of_text = wholes[0]
        drafts.remove(percent)
