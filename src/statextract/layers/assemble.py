"""Assembling facts: figures with their roles become facts with metric, date, change and share.

Per sentence, in one pass over its statistical figures: a level opens a fact; a change or share
attaches to the open level of its clause (or stands as a fact of its own when there is none);
restatements and second changes are dropped. Ranges ("between 3% and 4%"), lists of changes
paired with lists of levels, and point units are settled here; the metric of each fact comes
from :mod:`statextract.layers.metrics`, its date and comparison period from
:mod:`statextract.layers.dates`.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from decimal import Decimal

import regex

from statextract._patterns import (
    LIST_JOIN,
    RESTATED_JOIN,
    SINCE_AFTER,
    alternation,
    compile_before,
    compile_pattern,
    match_ahead,
)
from statextract.figures import Figure, scale_factor
from statextract.layers.currency_moves import name_currency_moves
from statextract.layers.dates import assign_dates
from statextract.layers.drafts import (
    RATE_UNITS,
    Context,
    Draft,
    compare_values,
    metric_text,
    range_low,
)
from statextract.layers.metrics import (
    GAP,
    SUBJECT_GAP,
    add_domains,
    assign_linked_metric,
    assign_metric,
    assign_parent,
    distribute_respectively,
    in_aside,
    resolve_possessives,
    resolve_stand_ins,
)
from statextract.layers.period_grammar import SAME
from statextract.layers.periods import Period
from statextract.layers.phrases import clean_phrase
from statextract.layers.policy_rates import name_rate_moves
from statextract.layers.probabilities import name_probabilities
from statextract.layers.projections import revise_projections
from statextract.layers.revisions import revise_ranges
from statextract.layers.roles import CLAUSE_VERB, Role, classify
from statextract.layers.sentences import Sentence, clause_index
from statextract.layers.shares import (
    bracketed_shares,
    carry_groups,
    carry_wholes,
    group_statements,
    share_lists,
    shares_from_metrics,
)
from statextract.lexicon._changes import DECREASE_VERBS, EVALUATIVE_VERBS, INCREASE_VERBS
from statextract.lexicon._metrics import INDEX_NAMES
from statextract.lexicon._units import PHYSICAL_UNITS

__all__ = ["Context", "Draft", "build_sentence_facts"]

_I = regex.IGNORECASE
_TO_AFTER_BASIS = compile_pattern(
    r"[\s,)]*(?:(?:year[-\s]on[-\s]year|on\s+an?\s+[\w-]+(?:\s+[\w-]+)?\s+basis|"
    r"in\s+(?:constant|local)\s+currenc(?:y|ies)|which\s+[^,;()\d]{1,80},)[\s,]*)+"
    r"to(?:\s+(?:a|an|the)(?:\s+[\w-]+){0,4}?(?:\s+of)?)?\s*$",
    _I,
)
"""Between a change and the level it moved to, past its basis and an aside ("climbed 28% year on
year on a comparable basis, which strips out currency effects, to")."""
_TO_BETWEEN = compile_pattern(
    r"[\s,)]*(?:(?:between\s+(?:\d{1,2}\s+)?[\w.-]+(?:\s+\d{1,4})?(?:,?\s+\d{4})?,?\s+and\s+"
    r"(?:\d{1,2}\s+)?[\w.-]+(?:\s+\d{1,4})?(?:,?\s+\d{4})?[\s,]+"
    rf"|from\s+the\s+{SAME}\s+(?:week|month|quarter|period|half|season)\s+"
    r"|(?:compared|as\s+compared)\s+(?:with|to)\s+"  # "climbed 6.5 points compared with the
    # previous month to minus 24.2 points"
    r"|(?!(?:and|while|but|whereas|or|as|when|because|amid|with|after)\b)"
    r"[\w-]+[\s,]+){0,6}?(?:to|at)"
    r"(?:\s+(?:reach|hit|total|average|stand\s+at|a\s+total\s+of))?|"
    r"(?:(?!(?:and|while|but|whereas|or)\b)[\w-]+[\s,]+){0,10}?(?<=,\s*)(?:reaching|hitting))"
    r"(?:\s+(?:a|an|the)(?:\s+[\w-]+){0,4}?(?:\s+(?:of|at))?)?\s*$",
    _I,
)
_UNCHANGED_AFTER = compile_pattern(
    r"(?:\s+(?:in|for|on|at)\s+[\w\s-]{1,25}?)?(?:,\s*[a-z][a-z\s-]{0,30}?(?=,))?,?\s*(?:and\s+)?(?:was\s+|remained\s+|held\s+)?(?:also\s+|again\s+|largely\s+|broadly\s+|both\s+|all\s+(?:three\s+|four\s+)?)?(?:unchanged|flat|steady|"
    r"stable|the\s+same\s+(?:level\s+|rate\s+|reading\s+)?as\b(?!\s+(?:a|an|the)\s))\b",
    _I,
)
_STOOD_BEFORE = compile_before(
    r"\b(?:has|have|had)\s+(?:stood|been|remained|stayed|held|sat)\s+(?:steady\s+)?(?:at\s+)?$",
    _I,
)
_PERSONAL_CLAUSE = compile_before(r"\bwho(?:se)?\b[^,;()]{0,45}$", _I)
_BARE_RESTATEMENT = compile_pattern(r"(?:\s+[a-z][\w-]*){0,2}(?:,\s*or\s+|\s*\(\s*)", _I)
"""Between a count and a bare percentage restating it (" cases, or ", " (")."""
_KEPT_TARGET_BEFORE = compile_before(
    r"\b(?:kept|keeps|keep|keeping|maintained|maintains|maintain|reaffirmed|reaffirms|reiterated|"
    r"reiterates|confirmed|confirms|left)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:guidance|forecasts?|outlook|targets?|projections?)\s+(?:for\s+[^,;()\d]{1,30}\s+)?"
    r"(?:of|at)\s+(?:(?:between|about|around|roughly)\s+)?$",
    _I,
)
"""A target kept as it was, before its figure ("kept its 2025 shipments guidance of")."""


_RECIPIENT_BEFORE = compile_before(r"\b(?:to|from|among|across)\s+$", _I)
_OBJECT_WORDS = compile_pattern(
    r"(?:\s+(?:[a-z][\w'’-]*|(?:19|20)\d\d)){1,4}\s+(?:to|from|among|across)\s+", _I
)
"""A count after a preposition, once a count is in its clause: whom or where the first went."""
_RANGE_BETWEEN = compile_pattern(r"^\s*(?:-|–|to|and)\s*$", _I)
_RANGE_BEFORE = compile_before(
    r"(?:\bbetween|\branging\s+from|\brange\s+from|\branged\s+from|\bfrom)\s+$", _I
)
_CONVERSION_BETWEEN = compile_pattern(
    r"\s*\(\s*(?:about|around|roughly|approximately|some|or|nearly)?\s*", _I
)
_PAST_CHANGE_VERBS = tuple(
    verb
    for verb in (*INCREASE_VERBS, *DECREASE_VERBS)
    if verb.endswith(("ed", "rose", "fell", "grew"))
)
"""Change verbs in the past tense, which a new subject of its own takes ("and store sales rose")."""
_WITH_SHARER = compile_pattern(
    r",\s+with\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+(?:accounting\s+for|making\s+up|"
    r"representing|comprising)\s+(?:(?:about|around|nearly|almost|roughly|some|just)\s+)?$",
    _I,
)
"""A part of a level that takes a share of it: ", with hybrids accounting for" 42% of the total."""
_NEW_SUBJECT_BETWEEN = compile_pattern(
    r",\s+with\s+|\b(?:while|whereas)\b|,\s+when\b"
    r"|\bas\s+(?:the\s+|its\s+)?(?!it\b|they\b)[a-z][\w-]*\s+(?:[a-z]+s|[a-z]+ed|rose|fell|grew)\s"
    rf"|\bas\s+(?:the\s+|its\s+)?(?!it\b|they\b)[a-z][\w-]*\s+"
    rf"(?:{alternation([*INCREASE_VERBS, *DECREASE_VERBS])})\b"
    rf"|\band\s+(?:the\s+)?(?-i:(?:[A-Z0-9][\w'’&.-]*\s+){{1,5}})"
    rf"(?:{alternation([*INCREASE_VERBS, *DECREASE_VERBS])})\b"
    r"|\b(?:and|as)\s+(?:the\s+|its\s+|their\s+|those\s+)?"
    r"(?!(?:was|were|is|are|has|had|have|it|they|then|also|again)\b)"
    r"(?:(?-i:[a-z])[\w'’-]*\s+)(?:[\w'’&-]+\s+){0,5}?"
    rf"(?:{alternation(_PAST_CHANGE_VERBS)})(?:\s+(?:by|about|around|nearly|some|from))*\s*$",
    _I,
)
"""A new clause with a subject of its own between a level and a change ("falls to 32.1% as
economy adds 294,000 jobs", "and Wall Street's S&P 500 tumbled 5.97%")."""
_INDEX_NAME = compile_pattern(rf"\b(?:{alternation(INDEX_NAMES)})\b", _I)
_INDEX_SENTENCE = compile_pattern(
    r"\b(?:(?:sub-?)?ind(?:ex|exes|ices)|PMIs?|gauges?|points?)\b", _I
)
"""A sentence about index readings: its bare decimals are points ("Among the sub-indexes,
production rose to 52.6", "imports rebounded to 54.6 from 45.9")."""
_RATIO_SENTENCE = compile_pattern(r"\b(?:ratios?|per|for\s+every|times|multiples?)\b", _I)
"""A sentence about a ratio: its bare decimals stay counts ("1.31 jobs per applicant")."""
_INDEX_WORDS = compile_pattern(
    rf"\b(?:{alternation([*INDEX_NAMES, 'composite', 'average'])})\b", _I
)
_RATE_WORDS = compile_pattern(
    r"\b(?:rates?|ratio|share|percentage|proportion|margin|yields?|penetration|index|inflation)\b",
    _I,
)


_POLICY_MOVE = compile_pattern(
    r"\b(?:cuts?|hikes?|easing|tightening|rates?|basis\s+points?|monetary|policy|yields?)\b", _I
)


_FRACTION_POINT = compile_pattern(
    r"\b(?:quarter|half|three-quarters?)[-\s]+(?:of\s+a\s+)?point", _I
)


def _points_unit(figure: Figure, text: str, sentence: Sentence, metric: str | None) -> str:
    if not figure.points:
        return figure.unit
    if (figure.value is not None and abs(figure.value) >= 50) or (
        metric and _INDEX_WORDS.search(metric)
    ):
        return "point"
    if _FRACTION_POINT.search(text, figure.start, figure.end):
        return "percentage_point"  # "a quarter-point reduction": policy-rate language
    sentence_text = text[sentence.start : sentence.end]
    if "%" in sentence_text or "percent" in sentence_text.lower() or "per cent" in sentence_text:
        return "percentage_point"
    if metric and _RATE_WORDS.search(metric) and "index" not in metric.lower():
        return "percentage_point"
    if _POLICY_MOVE.search(sentence_text):
        return "percentage_point"  # "Bowman preferred a quarter point", "a half point of cuts"
    return "point"


def build_sentence_facts(
    text: str,
    sentence: Sentence,
    figures: list[Figure],
    periods: list[Period],
    context: Context,
) -> list[Draft]:
    """The facts of one sentence (figures and periods are those inside it)."""
    if not figures:
        return []
    clause_of = [_clause_index(sentence, figure) for figure in figures]
    _share_list_units(text, figures)
    roles: list[Role] = []
    last_change: Role | None = None
    for index, figure in enumerate(figures):
        previous = (
            figures[index - 1] if index and clause_of[index - 1] == clause_of[index] else None
        )
        previous_role = roles[index - 1] if previous is not None else None
        clause_start = sentence.clauses[clause_of[index]][0]
        role = classify(text, figure, clause_start, previous, previous_role, last_change)
        roles.append(role)
        if role.kind == "change":
            last_change = role
    _mark_ranges(text, figures, roles)
    drafts: list[Draft] = []
    open_level: dict[int, Draft] = {}
    pending: Draft | None = None
    as_of = [
        p
        for p in periods
        if not p.comparison
        and not p.label
        and not p.reference
        and not _PERSONAL_CLAUSE.match(text, max(sentence.start, p.start - 50), p.start)
    ]
    rate_level = False
    for index, (figure, role) in enumerate(zip(figures, roles, strict=True)):
        clause = clause_of[index]
        clause_start = sentence.clauses[clause][0]
        nxt = index + 1 < len(figures) and clause_of[index + 1] == clause
        if role.kind == "restatement":
            continue
        if role.rate_noun and (
            open_level.get(clause) is None
            or (index > 0 and figures[index - 1].range_high is figure and rate_level)
        ):
            role = Role("level")  # "growth of 8% to 10%": both ends of the rate named
            rate_level = True
        elif (
            rate_level
            and role.kind == "change"
            and role.direction_span is None
            and _RATE_LIST_GAP.fullmatch(text, figures[index - 1].end, figure.left)
        ):
            role = Role("level")  # "growth of 2.7% and 2.9%", "of 1.6% in 2025 and 1.8% in 2026"
        else:
            rate_level = False
        if role.kind == "change":
            level = open_level.get(clause)
            following = index + 1
            while (
                following < len(figures)
                and clause_of[following] == clause
                and roles[following].kind == "restatement"
            ):
                following += 1
            to_next = (
                following < len(figures)
                and clause_of[following] == clause
                and (
                    _TO_BETWEEN.match(
                        gap := _gap_text(
                            text, figures[following - 1].end, figures[following].left, periods
                        )
                    )
                    or _TO_AFTER_BASIS.match(gap)
                )
            )
            # "rose 1.68%, taking annual producer inflation down to 35.75%": a rate of its own;
            # "a 0.5% increase, bringing sales to $25.5 billion": the change of that level
            if (
                to_next
                and roles[following].kind in ("level",)
                and not (roles[following].carried and figures[following].unit == "percent")
            ):
                pending = _change_draft(figure, role, sentence)
                continue
            if (
                level is not None
                and level.value is not None
                and not role.comparison
                and role.versus is None
                and not _NEW_SUBJECT_BETWEEN.search(text, level.figure.end, figure.left)
                and not _in_subject(text, level, role, figure.left)
                and not in_aside(text, level.figure, figure.left)
                and not _moves_another(text, level, role)
                and not _named_item(text, level, figure)
                and not (
                    level.rule == "share"
                    and _SUBJECT_MOVED_TOO.search(text, level.figure.end, figure.left) is not None
                )  # "made up 29.15 percent of GDP and expanded by 4.61 percent": its own growth
            ):
                if level.change_value is None:
                    _attach_change(level, figure, role)
                continue
            draft = _change_draft(figure, role, sentence)
            draft.from_value = role.comparison
            if (
                role.comparison or (role.direction_span is None and role.changed is None)
            ) and drafts:
                # an elided item measures what the one before it does, unless it names its own
                # subject ("..., Sulawesi's 5.83%")
                draft.link = level if level is not None else drafts[-1]
            drafts.append(draft)
            open_level[clause] = draft
            continue
        if role.kind == "share":
            level = open_level.get(clause)
            if (
                level is not None
                and level.share_value is None
                and level.unit not in ("percent",)
                and (role.share_cue or _adjacent(text, level.figure, figure))
                and not _WITH_SHARER.search(text, level.figure.end, figure.left)
            ):
                level.share_value = figure.value
                level.share_of = role.whole
                level.share_span = (figure.start, figure.end)
                continue
            draft = Draft(figure, "share", figure.value, figure.unit, figure.qualifier)
            draft.share_value = figure.value
            draft.share_of = role.whole
            draft.sentence = (sentence.start, sentence.end)
            drafts.append(draft)
            open_level[clause] = draft
            continue
        restated = open_level.get(clause)
        if (
            role.kind == "level"
            and figure.unit == "percent"
            and role.whole is None
            and restated is not None
            and restated.unit == "count"
            and restated.share_value is None
            and _BARE_RESTATEMENT.fullmatch(text, restated.figure.end, figure.left)
            and (
                sibling_whole := next(
                    (
                        d.share_of
                        for d in reversed(drafts)
                        if d.share_of is not None and d.unit != "percent"
                    ),
                    None,
                )
            )
            is not None
        ):
            # "9,852 cases, or 43.8% of the total, while 6,371 cases, or 28.3%, were": the
            # second count's share of the same whole
            restated.share_value = figure.value
            restated.share_of = sibling_whole
            restated.share_span = (figure.start, figure.end)
            continue
        draft = Draft(figure, "level", figure.value, figure.unit, figure.qualifier)
        draft.sentence = (sentence.start, sentence.end)
        draft.metric_detail = role.versus
        draft.changed = role.changed
        if role.whole is not None and figure.value is not None:
            # "narrowed from 3.7% of GDP", "fell to 88.6% of GDP": a level that is a share
            draft.share_value = figure.value
            draft.share_of = role.whole
        if role.kind == "from_value":
            draft.from_value = True
            draft.rule = "level:earlier"
            earlier_target = open_level.get(clause)
            if (
                earlier_target is not None
                and role.direction in ("increase", "decrease")
                and _NEW_SUBJECT_BETWEEN.search(text, earlier_target.figure.end, figure.left)
            ):
                earlier_target = None  # "worsened by €13.7 billion, as the surplus for chemicals
                # fell from €20.6 billion to €15.1 billion": a new subject's own move
            if role.changed is not None:
                earlier_target = None  # "voted 5-2 to reduce the repo rate from 2.00%": the
                # object it names, not the level before it
            draft.link = earlier_target
            if earlier_target is not None and revise_projections(
                text, drafts, earlier_target, draft, role.direction
            ):
                drafts.append(draft)  # "to grow 1.5% this year, down from 1.8%": growth rates
                continue
            if (
                earlier_target is not None
                and (
                    (earlier_target.rule == "change" and earlier_target.value is None)
                    or earlier_target.unit != figure.unit
                )  # "grew 5.1% to 3.72 trillion yuan, down from 5.9%": the rate, not the yuan
                and earlier_target.change_value is not None
                and earlier_target.change_direction in ("increase", "decrease")
                and figure.unit == earlier_target.change_unit == "percent"
                and figure.value is not None
                and not _FORECAST_BEFORE.match(text, max(0, figure.left - 40), figure.left)
            ):
                # "rose by 2.0% in the 12 months to May, down from 2.3% in April": the rate of
                # the same change a period earlier, not a level the change started from
                draft.rule = "change"
                draft.value = None
                draft.change_value = abs(figure.value)
                draft.change_unit = figure.unit
                draft.change_direction = earlier_target.change_direction
                draft.change_span = (figure.start, figure.end)
                draft.elided = True
                drafts.append(draft)
                continue
            if earlier_target is not None:
                direction = role.direction or compare_values(earlier_target.value, figure.value)
                if role.direction and earlier_target.change_span is None:
                    # "putting the rate at 65.8%, slightly down from 66.1%": its own way
                    earlier_target.change_direction = role.direction
                earlier_target.change_direction = earlier_target.change_direction or direction
                if earlier_target.change_span is None:
                    earlier_target.change_span = role.direction_span
                earlier_target.evidence.setdefault("since_from", (figure.start, figure.end))
            elif (
                nxt
                and roles[index + 1].kind == "level"
                and (role.changed is None or figures[index + 1].unit == figure.unit)
            ):  # "lowered the rate from 2.00%, with two members preferring to hold": no level
                pending = Draft(figure, "pending", None, figure.unit, None)
                pending.change_direction = role.direction
                pending.evidence["since_from"] = (figure.start, figure.end)
                pending.link = draft
            drafts.append(draft)
            continue
        if role.comparison:
            draft.from_value = True
            draft.rule = "level:comparison"
            draft.link = open_level.get(clause) or (drafts[-1] if drafts else None)
            if (
                draft.link is not None
                and draft.link.rule == "change"
                and draft.link.value is None
                and figure.unit == draft.link.unit
                and figure.value is not None
            ):
                # "rose 1.2%, faster than the 0.8% recorded in June": the 0.8% is a rise too
                draft.rule = "change"
                draft.value = None
                draft.change_direction = draft.link.change_direction
                draft.change_value = abs(figure.value)
                draft.change_unit = figure.unit
            drafts.append(draft)
            continue
        conversion = _is_conversion(text, figure, open_level.get(clause))
        if conversion:
            draft.rule = "level:conversion"
            drafts.append(draft)
            continue
        if pending is not None:
            if pending.change_value is not None or pending.rule == "change":
                _attach_change(draft, pending.figure, Role("change", pending.change_direction))
                draft.changed = pending.changed or draft.changed
            else:
                earlier = pending.link
                draft.change_direction = pending.change_direction or (
                    compare_values(figure.value, earlier.value) if earlier is not None else None
                )  # "and in the EU from 83.4% to 81.7%": the values say which way
                draft.evidence["since_from"] = pending.evidence["since_from"]
                if pending.link is not None:
                    pending.link.link = draft
            pending = None
        if role.direction and draft.change_direction is None:
            draft.change_direction = role.direction
            draft.change_span = role.direction_span
            draft.rule = "level:reached"
        elif role.carried and (mover := _last_mover(drafts)) is not None:
            # "declined by 5.3%, taking the annual rate for fuel to -19.1%": carried down
            draft.change_direction = mover.change_direction
            draft.rule = "level:reached"
        if draft.change_direction is None and (
            match_ahead(_UNCHANGED_AFTER, text, figure.end)
            or (
                _STOOD_BEFORE.match(text, max(0, figure.left - 30), figure.left)
                and match_ahead(SINCE_AFTER, text, figure.end)
            )  # "The rate has stood at 4.5% since December 2023"
            or _KEPT_TARGET_BEFORE.match(
                text, max(0, (low := range_low(drafts, figure)).left - 120), low.left
            )
            # "Rio kept its 2025 shipments guidance of 323 million to 338 million tonnes"
        ):
            draft.change_direction = "unchanged"
            stable = match_ahead(_UNCHANGED_AFTER, text, figure.end)
            if stable is not None and draft.change_span is None:
                # "6.2%, stable compared with December 2024 and down from 6.5% in January
                # 2024": the first comparison stated is the level's change
                draft.change_span = stable.span()
        drafts.append(draft)
        held = open_level.get(clause)
        if not (
            held is not None
            and held.unit == figure.unit == "count"
            and draft.change_direction is None
            and _RECIPIENT_BEFORE.match(text, max(0, figure.left - 8), figure.left)
            and _OBJECT_WORDS.fullmatch(text, held.figure.end, figure.left)
        ):  # "handed over 766 aircraft to 86 customers, up 4%": the aircraft rose, not the
            # customers they went to
            open_level[clause] = draft
    _pair_change_lists(text, figures, roles, clause_of, drafts)
    _pair_earlier_lists(text, drafts)
    _skip_restatement(text, drafts)
    _share_earlier_value(text, drafts)
    _share_range_change(drafts)
    _share_list_unchanged(text, drafts)
    _signed_changes(drafts)
    _evaluated_moves(text, drafts)
    _daily_basis(text, sentence, drafts)
    _harmonize_units(drafts)
    _carry_physical_unit(text, drafts)
    _appositive_change(text, drafts)
    _shared_list_verb(text, drafts)
    _reached_list(text, drafts)
    _pair_change_list(text, drafts)
    for draft in drafts:
        if draft.link is None:
            assign_metric(text, sentence, draft, periods, context, drafts, figures)
    for draft in drafts:
        if draft.link is not None:
            assign_linked_metric(text, sentence, draft, periods, context, drafts, figures)
    _merge_running_totals(text, drafts, periods)
    share_lists(text, drafts)
    shares_from_metrics(text, drafts, context)
    distribute_respectively(text, sentence, drafts, periods, context)
    name_rate_moves(text, drafts, context.policy_rate)
    add_domains(text, sentence, drafts, periods)  # before "their": whose group it is
    name_currency_moves(text, drafts)
    name_probabilities(text, drafts)
    resolve_possessives(text, sentence, drafts, periods, context)
    resolve_stand_ins(text, drafts, context, periods)
    carry_wholes(text, (sentence.start, sentence.end), drafts)
    bracketed_shares(text, drafts)
    carry_groups(text, drafts, context)
    group_statements(text, drafts)
    for draft in drafts:
        pair = draft.figure.exchange_pair
        if pair is not None:
            # "the won weakened to around 1,398 per dollar": the won against the dollar; which
            # way "weakened" moves the number depends on the quote, so no direction is read
            draft.metric, draft.metric_text = None, f"{pair[0]} against the {pair[1]}"
            if draft.change_value is None:
                draft.change_direction = None
            elif draft.change_span is not None and (
                way := _CURRENCY_WAY.search(
                    text, max(0, draft.change_span[0] - 40), draft.change_span[1]
                )
            ):
                # "the rand weakened 0.4% to 17.56 per dollar": more rand to the dollar
                draft.change_direction = "increase" if way.group("weak") else "decrease"
    for draft in drafts:
        metric = metric_text(text, draft) or draft.metric_text
        if draft.figure.points:
            draft.unit = _points_unit(draft.figure, text, sentence, metric)
        if (
            draft.unit == "count"
            and not draft.counted
            and draft.figure.kind == "digits"  # "Six of the 11 ASX sectors" are counted
            and metric
            and _INDEX_NAME.search(metric)
        ):
            draft.unit = "point"  # "the house price index stood at 152.0"
        elif (
            draft.unit == "count"
            and not draft.counted
            and draft.figure.kind == "digits"
            and draft.value is not None
            and draft.value != draft.value.to_integral_value()
            and abs(draft.value) < 1000
            and _INDEX_SENTENCE.search(text, sentence.start, sentence.end)
            and not _RATIO_SENTENCE.search(text, sentence.start, sentence.end)
        ):
            draft.unit = "point"  # "Among the sub-indexes, production rose to 52.6"
        elif draft.unit == "count" and not draft.counted and draft.change_unit == "point":
            draft.unit = "point"  # "The broader Topix added 51.66 points to 2,715.92"
    assign_dates(text, sentence, drafts, as_of, periods, context)
    revise_ranges(text, drafts)
    _refer_back(text, sentence, drafts, context)
    assign_parent(text, sentence, drafts, context)
    levels = [
        d
        for d in drafts
        if d.value is not None and not d.from_value and d.rule != "level:conversion"
    ]
    current = [d for d in levels if d.date == context.date] or levels
    wholes = [d for d in current if not match_ahead(_PART_OF_THEM, text, d.figure.end)]
    current = wholes or current  # "913 people in hospital, 28 of them in intensive care"
    if current:
        # "... its previous record of 8,014.31 set in February 2023. It is now up 3.8%": the
        # level of the period in force, not one quoted from another period
        context.last_level = current[-1]
    return drafts


_PART_OF_THEM = compile_pattern(r"\s+of\s+(?:them|those|these|whom|which)\b", _I)
_ANAPHOR = compile_pattern(
    r"\W*(?:this|that|it|the\s+(?:figure|reading|total|level|rate)|that\s+figure)\s+"
    r"(?:was|is|were|represents|represented|compares|compared|marks|marked|came)\b",
    _I,
)


def _refer_back(text: str, sentence: Sentence, drafts: list[Draft], context: Context) -> None:
    """ "Inflation was 3.4% in December. This was up from 3.1% in November.": a sentence that
    opens with "This was" compares the level stated just before."""
    previous = context.last_level
    if previous is None or not drafts or not _ANAPHOR.match(text, sentence.start, sentence.end):
        return
    first = drafts[0]
    if first.figure.left - sentence.start > 60 or previous.change_value is not None:
        return  # a level reached with a direction only ("climbing to 782,766") takes the amount
    if first.rule == "change" and first.value is None and not first.from_value:
        # "This was £11.9 billion more than in April 2022"
        previous.change_direction = previous.change_direction or first.change_direction
        previous.change_value = first.change_value
        previous.change_unit = first.change_unit
        previous.change_since = first.change_since
        previous.change_span = first.change_span
        drafts.remove(first)
        return
    if first.from_value and first.value is not None:
        # "This was up from 3.1% in November": an earlier value of the level before
        previous.change_direction = first.link.change_direction if first.link else None
        direction = compare_values(previous.value, first.value)
        previous.change_direction = previous.change_direction or direction
        previous.change_since = first.date if first.date_explicit else None
        if previous.metric is not None or previous.metric_text is not None:
            first.metric = None
            first.metric_text = metric_text(text, previous) or previous.metric_text


_RUNNING_TOTAL = compile_pattern(
    r"[^.;]{0,80}?(?:,\s*|\s+)(?:for|making)\s+a\s+(?:total|tally)\s+of\s+"
    r"|[^.;]{0,80}?(?:,\s*|\s+)to\s+(?:end|finish|close)\s+the\s+(?:quarter|year|month|period|half)"
    r"\s+(?:at|with)\s+"
    r"|[^.;]{0,80}?,\s*(?P<verb>bringing|taking|lifting|pushing|raising|boosting|cutting|"
    r"lowering|reducing|dragging)(?:\s+(?:it|them))?(?:\s+(?P<np>(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w'’-]+\s+){0,5}?))?\s*(?:down\s+|up\s+)?to\s+"
    r"(?:(?:about|around|nearly|some|roughly|almost|over|more\s+than)\s+)?$",
    _I,
)
_DOWNWARD = frozenset({"cutting", "lowering", "reducing", "dragging"})
_INCREASE = frozenset(INCREASE_VERBS)
_PHYSICAL = frozenset(PHYSICAL_UNITS.values())
_STAND_IN_TOTAL = compile_pattern(
    r"(?:overall\s+|cumulative\s+|running\s+)?(?:total|tally|number|figure|count)", _I
)


def _merge_running_totals(text: str, drafts: list[Draft], periods: list[Period]) -> None:
    """ "another 3,915 people died, taking the official death toll to 2,34,083": the count is the
    change of the total it brings to a new level, not a fact of its own."""
    for first, second in itertools.pairwise(list(drafts)):
        amount = first.value if first.value is not None else first.change_value
        if (
            amount is None
            or second.value is None
            or first.from_value
            or second.from_value
            or second.change_value is not None
            or first.figure.unit != second.figure.unit
            or first.share_value is not None
            or (first.figure.unit == "percent" and second.unit == "percent")
            # "rose 1.68% m/m, taking annual inflation to 35.75%": a rate of its own
        ):
            continue
        gap = _RUNNING_TOTAL.fullmatch(text, first.figure.end, second.figure.left)
        if gap is None:
            continue
        downward = (gap.group("verb") or "").lower() in _DOWNWARD or (
            first.change_direction == "decrease"  # "losing 68,000 members to end the quarter at"
        )
        second.change_direction = "decrease" if downward else "increase"
        second.change_value = abs(amount)
        second.change_unit = first.figure.unit
        second.change_span = (first.figure.start, first.figure.end)
        second.evidence["change"] = (first.figure.start, first.figure.end)
        named = clean_phrase(text, *gap.span("np"), periods) if gap.group("np") else None
        if named is not None and _STAND_IN_TOTAL.fullmatch(text, *named) is None:
            second.metric, second.metric_text = named, None  # "taking the death toll to ..."
        else:
            second.metric, second.metric_text = first.metric, first.metric_text
        drafts.remove(first)


_APPOSITIVE_BEFORE = compile_before(r"[A-Za-z)]\s*,\s*$")
_CHANGE_VERB_AFTER = compile_pattern(
    r"\s*,\s*(?:(?:both|all|each|also|have|has|had)\s+)*"
    rf"(?P<verb>{alternation([*INCREASE_VERBS, *DECREASE_VERBS])})\b(?!\s+(?:by\s+)?[$€£¥₹]?\d)",
    _I,
)


def _appositive_change(text: str, drafts: list[Draft]) -> None:
    """ "Both imports, $4.1 billion, and exports, $3.9 billion, declined in May": figures set off
    between commas share the verb that follows the list."""
    run: list[Draft] = []
    for draft in drafts:
        figure = draft.figure
        if (
            draft.value is not None
            and draft.change_direction is None
            and not draft.from_value
            and _APPOSITIVE_BEFORE.match(text, max(0, figure.left - 4), figure.left)
        ):
            run.append(draft)
            verb = match_ahead(_CHANGE_VERB_AFTER, text, figure.end)
            if verb is not None:
                direction = "increase" if verb.group("verb").lower() in _INCREASE else "decrease"
                for item in run:
                    item.change_direction = direction
                    item.change_span = verb.span("verb")
                run = []
        else:
            run = []


_LIST_ITEM_AT = compile_pattern(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<item>[^,;:.()\d]{1,60}?)\s+(?:at|to)\s+"
    r"(?:(?:about|around|nearly|some|roughly|just)\s+)?",
    _I,
)


def _shared_list_verb(text: str, drafts: list[Draft]) -> None:
    """ "held exports at 2.325 billion bushels, feed use at 5.825 billion and ethanol use at 5.45
    billion": the items of a list of "X at A" share the verb of the first, and its direction."""
    for previous, draft in itertools.pairwise(drafts):
        if (
            previous.change_direction is None
            or previous.change_value is not None
            or previous.from_value
            or draft.change_direction is not None
            or draft.from_value
            or draft.value is None
        ):
            continue
        gap = _LIST_ITEM_AT.fullmatch(text, previous.figure.end, draft.figure.left)
        if gap is None or CLAUSE_VERB.search(gap.group("item")):
            continue
        draft.change_direction = previous.change_direction  # the verb's words stay the first's


def _share_earlier_value(text: str, drafts: list[Draft]) -> None:
    """ "12.4 million b/d in 2023 and 12.8 million b/d in 2024, up from 11.9 million b/d last
    year": one earlier value compares every level of the list before it."""
    for earlier in drafts:
        if not earlier.from_value or earlier.rule != "level:earlier" or earlier.value is None:
            continue
        later = next(
            (
                d
                for d in drafts
                if d.evidence.get("since_from") == (earlier.figure.start, earlier.figure.end)
            ),
            None,
        )
        if later is None or match_ahead(_EARLIER_FORECAST_AFTER, text, earlier.figure.end):
            continue  # "4.92% ... and 3.85% ..., down from the 5.42% it had projected for that
            # quarter": an earlier forecast of the nearest level only
        index = drafts.index(later)
        while index > 0:
            item = drafts[index - 1]
            if (
                item.from_value
                or item.figure.unit != later.figure.unit
                or item.value is None
                or "since_from" in item.evidence
                or item.change_direction not in (None, compare_values(item.value, earlier.value))
                or GAP.fullmatch(text, item.figure.end, drafts[index].figure.left) is None
            ):
                break
            item.change_direction = compare_values(item.value, earlier.value)
            item.evidence["since_from"] = (earlier.figure.start, earlier.figure.end)
            index -= 1


_EARLIER_FORECAST_AFTER = compile_pattern(
    r"\s+(?:it|they|the\s+[\w-]+|[A-Z][\w-]+)\s+(?:had\s+|has\s+|have\s+)?(?:previously\s+)?"
    r"(?:projected|forecast|expected|pencilled\s+in|penciled\s+in|predicted|estimated|seen)\b",
    regex.IGNORECASE,
)
_FORECAST_BEFORE = compile_before(
    r"\b(?:forecasts?|estimates?|projections?|expectations?|outlook|guidance|target)\s+"
    r"(?:of\s+)?(?:(?:about|around|nearly|some|roughly)\s+)?$",
    regex.IGNORECASE,
)


def _last_mover(drafts: list[Draft]) -> Draft | None:
    """The last change before a figure it carries along ("declined by 5.3%, taking ...", "cut
    its estimate to 1.64 million bpd from 1.74 million, putting world demand at ...")."""
    movers = [d for d in drafts if not d.from_value]
    if not movers:
        return None
    last = movers[-1]
    if last.rule == "change" or (
        last.rule == "level:reached" and last.change_direction in ("increase", "decrease")
    ):
        return last
    return None


def _harmonize_units(drafts: list[Draft]) -> None:
    """Units written once serve the figures compared with them: "53.2 bushels per acre, up 1.2
    bushels" changes by bushels per acre; "86.3 million, up 1.0 million acres" is acres; "a
    4.59 billion-bushel crop, above last year's 4.165 billion" is bushels too."""
    for draft in drafts:
        unit, change_unit = draft.unit, draft.change_unit
        if change_unit and unit.startswith(f"{change_unit}_per_"):
            draft.change_unit = unit
        elif change_unit == "count" and unit in _PHYSICAL:
            draft.change_unit = (
                unit  # "fell by 4.2 million on the quarter to 1,038.9 million hours"
            )
        elif (
            unit == "count"
            and not draft.figure.explicit_unit
            and change_unit not in (None, "count", "percent", "percentage_point")
            and draft.figure.currency is None
            and "_per_" not in (change_unit or "")
            and change_unit in _PHYSICAL
        ):
            draft.unit = change_unit or unit
        link = draft.link
        if (
            link is not None
            and draft.from_value
            and draft.unit == "count"
            and not draft.figure.explicit_unit
            and link.unit in _PHYSICAL
        ):
            draft.unit = link.unit
        if link is not None and draft.from_value and link.unit.startswith(f"{draft.unit}_per_"):
            draft.unit = link.unit  # "712,000 tons a day from 727,000 tons": tons a day too


_DAILY_BASIS = compile_pattern(r"\W*on\s+a\s+(?:daily|per[-\s]day)\s+basis\s*,", _I)
"""A sentence that opens on a daily basis: its physical amounts are per day."""


def _daily_basis(text: str, sentence: Sentence, drafts: list[Draft]) -> None:
    """ "On a daily basis, arrivals eased to 712,000 tons from 727,000 tons in June": tonnes a
    day, the amounts of the sentence's first clause and the values compared with them."""
    opening = _DAILY_BASIS.match(text, sentence.start, sentence.end)
    if opening is None:
        return
    first_clause_end = (
        sentence.clauses[_clause_index(sentence, drafts[0].figure)][1] if drafts else 0
    )
    for draft in drafts:
        if draft.figure.start >= first_clause_end or draft.unit not in _PHYSICAL:
            continue
        if "_per_" in draft.unit:
            continue
        if draft.change_unit == draft.unit:
            draft.change_unit = f"{draft.unit}_per_day"
        draft.unit = f"{draft.unit}_per_day"


_BARE_AFTER = compile_pattern(
    r"\s*(?:[,;:.)]|$)|\s+(?:from|in|on|at|to|and|or|compared|against|versus|vs|than|a|an|the|"
    r"last|this|previous|earlier|for|by|with|while|as|after|before|since|now|a\s+year)\b",
    _I,
)
_SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion", "mn", "bn", "m", "b"})


def _carry_physical_unit(text: str, drafts: list[Draft]) -> None:
    """A bare scaled number in a sentence that has named a physical unit or a currency counts
    that unit:
    "ending stocks of 1.938 billion bushels, ... compared with 1.763 billion in 2023/24";
    "exports at 2.325 billion bushels and ethanol use at 5.45 billion"."""
    named: str | None = None
    money = False
    rate: Draft | None = None
    for draft in drafts:
        figure = draft.figure
        if (
            rate is not None
            and draft.unit == rate.unit.split("_per_")[0]
            and draft.value is not None
            and rate.value is not None
            and rate.value > 0
            and Decimal("0.5") <= draft.value / rate.value <= 2
        ):
            # "183.1 bushels per acre, above the 177.3 bushels harvested in 2023": a yield too
            draft.unit = rate.unit
            continue
        if (draft.unit in _PHYSICAL or figure.currency is not None) and figure.explicit_unit:
            named = draft.unit  # "1.20 billion Swedish crowns from 2.08 billion": crowns too
            money = figure.currency is not None
            if "_per_" in draft.unit:
                rate = draft
            continue
        if (
            named is None
            or (money and not draft.from_value)  # "..., while users reached 129 million"
            or draft.unit != "count"
            or figure.explicit_unit
            or figure.currency is not None
            or draft.share_value is not None
            or not (set(text[figure.start : figure.end].lower().split()) & _SCALE_WORDS)
            or not _BARE_AFTER.match(text, figure.end)
        ):
            continue
        draft.unit = named
        if draft.change_unit == "count":
            draft.change_unit = named


def _share_range_change(drafts: list[Draft]) -> None:
    """Both ends of a range reached by a change share that change ("cut by 50 bps to
    4.75%-5.00%")."""
    by_figure = {id(d.figure): d for d in drafts}
    for draft in drafts:
        high = draft.figure.range_high
        other = by_figure.get(id(high)) if high is not None else None
        if other is None or other.change_direction is not None or draft.value is None:
            continue
        other.change_direction = draft.change_direction
        other.change_value = draft.change_value
        other.change_unit = draft.change_unit
        other.change_span = draft.change_span


def _in_subject(text: str, level: Draft, role: Role, figure_left: int) -> bool:
    """The level is a count inside the subject of the change's verb ("the 20 biggest cities rose
    6.4%"): only words, no comma or verb, stand between the level and the verb."""
    if role.direction_span is None or level.unit != "count" or level.change_direction:
        return False
    gap_end = role.direction_span[0]
    if gap_end > figure_left:
        # "Consumer prices in the 20 countries that share the euro were 2.5% higher": the
        # verb before the change
        gap_end = figure_left
    return (
        gap_end > level.figure.end
        and SUBJECT_GAP.fullmatch(text, level.figure.end, gap_end) is not None
    )


def _is_conversion(text: str, figure: Figure, level: Draft | None) -> bool:
    """A currency conversion in brackets right after a money level ("(about $94 billion)")."""
    if level is None or level.figure.currency is None or figure.currency is None:
        return False
    between = text[level.figure.end : figure.left]
    return _CONVERSION_BETWEEN.fullmatch(between) is not None


def _adjacent(text: str, level: Figure, figure: Figure) -> bool:
    between = text[level.end : figure.left]
    return len(between) < 120


def _pair_earlier_lists(text: str, drafts: list[Draft]) -> None:
    """ "rates of 3.0%, 3.4% and 0.1% respectively, down from 3.2%, 4.3% and 0.4%": the earlier
    values pair item by item with the levels listed before them."""
    earlier = [d for d in drafts if d.from_value and d.rule == "level:earlier"]
    if len(earlier) < 2:
        return
    first = earlier[0]
    levels = [
        d
        for d in drafts
        if d.rule in ("level", "level:reached")
        and not d.from_value
        and d.figure.end <= first.figure.left
    ][-len(earlier) :]
    respectively = _RESPECTIVELY_AFTER.match(text, earlier[-1].figure.end) is not None
    if len(levels) != len(earlier) or not all(
        LIST_JOIN.fullmatch(text, a.figure.end, b.figure.left)
        or RESTATED_JOIN.fullmatch(text, a.figure.end, b.figure.left)
        or (run is levels and _YEAR_LIST_GAP.fullmatch(text, a.figure.end, b.figure.left))
        or (run is levels and _gapped_level(text, a.figure.end, b.figure.left, respectively))
        for run in (levels, earlier)
        for a, b in itertools.pairwise(run)
    ):  # "0.7% in 2024, 1.1% in 2025 and 1.4% in 2026, compared with 0.8%, 1.3% and 1.5%"
        return
    direction = levels[-1].change_direction
    swung = _SWUNG.search(text, levels[0].figure.left, earlier[-1].figure.end) is not None
    for level, before in zip(levels, earlier, strict=True):
        level.change_direction = (
            direction
            if swung and direction
            else compare_values(level.value, before.value) or direction
        )  # "swung to a net loss of $1.6 billion, or 38 cents, from a profit of ..." falls
        level.evidence["since_from"] = (before.figure.start, before.figure.end)
        before.link = level


_GAPPED_LEVEL_GAP = compile_pattern(
    r"(?:\s+(?:in|for)\s+[\w\s-]{1,30}?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
    r"(?P<item>[^,;:()\d]{1,40}?)\s+to\s+(?:about\s+|around\s+|nearly\s+)?",
    regex.IGNORECASE,
)
"""Between two levels of a gapped list: "to 2.7% and CPI-median to", "to minus 0.8 and in
construction to"."""


_RESPECTIVELY_AFTER = compile_pattern(r"[\s,]*respectively\b", regex.IGNORECASE)


def _gapped_level(text: str, start: int, end: int, respectively: bool) -> bool:
    """Whether a gapped list item joins two levels: with no verb of its own, or with one when
    the earlier values are paired "respectively" ("the jobless rate fell to 4.1% and the
    participation rate rose to 62.5%, from 4.2% and 62.3% respectively")."""
    gap = _GAPPED_LEVEL_GAP.fullmatch(text, start, end)
    return gap is not None and (respectively or CLAUSE_VERB.search(gap.group("item")) is None)


_RATE_LIST_GAP = compile_pattern(
    r"(?:\s+(?:in|for|during|by)\s+[\w\s-]{1,30}?|\s+(?:this|next|last)\s+(?:year|month|quarter))?"
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)",
    regex.IGNORECASE,
)
_YEAR_LIST_GAP = compile_pattern(
    r"\s+(?:(?:in|for)\s+(?:fiscal\s+)?\d{4}(?:-\d{2,4})?|(?:this|next|last)\s+year)"
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)",
    regex.IGNORECASE,
)
"""Between the items of a list of yearly levels ("0.7% in 2024, 1.1% in 2025 and")."""
_CURRENCY_WAY = compile_pattern(
    r"\b(?:(?P<weak>weakened|weakens|weakening|depreciated|depreciates|slid|slipped|fell|lost|"
    r"dropped|eased)|(?P<strong>strengthened|strengthens|strengthening|appreciated|appreciates|"
    r"firmed|gained|rose|climbed|rallied))\b",
    regex.IGNORECASE,
)
"""Which way a currency moved: a weaker currency takes more of itself to buy the quote."""


_CHANGES_TO_LEVELS = compile_pattern(r"(?:\s*,?\s+respectively\s*,?)?\s+to\s+", _I)


def _pair_change_list(text: str, drafts: list[Draft]) -> None:
    """ "increased revenue by 16% and 17% to €3.7 billion and €5.8 billion, respectively": the
    changes pair with the levels in order, not the last change with the first level."""
    index = 0
    while index + 2 < len(drafts):
        first, level, second_level = drafts[index : index + 3]
        span = level.change_span
        if (
            first.value is None
            and first.change_value is not None
            and level.value is not None
            and second_level.value is not None
            and second_level.change_value is None
            and span is not None
            and span[1] <= level.figure.left
            and first.figure.end <= span[0]
            and level.unit == second_level.unit
            and LIST_JOIN.fullmatch(text, first.figure.end, span[0])
            and _CHANGES_TO_LEVELS.fullmatch(text, span[1], level.figure.left)
            and LIST_JOIN.fullmatch(text, level.figure.end, second_level.figure.left)
        ):
            second_level.change_direction = level.change_direction
            second_level.change_value, second_level.change_unit = (
                level.change_value,
                level.change_unit,
            )
            second_level.change_span = span
            level.change_direction = first.change_direction or level.change_direction
            level.change_value, level.change_unit = first.change_value, first.change_unit
            level.change_span = (first.figure.left, first.figure.end)
            level.changed = first.changed or level.changed
            del drafts[index]
            continue
        index += 1


def _reached_list(text: str, drafts: list[Draft]) -> None:
    """ "to ease to 3.5% this year and 2.9% in 2025": the items after a level reached move the
    same way."""
    for first, second in itertools.pairwise(drafts):
        if (
            first.rule in ("level:reached", "level")
            and first.change_direction in ("increase", "decrease", "unchanged")
            and (first.rule == "level:reached" or first.change_direction == "unchanged")
            and not first.from_value
            and not second.from_value
            and second.rule == "level"
            and second.change_direction is None
            and second.unit == first.unit
            and _RATE_LIST_GAP.fullmatch(text, first.figure.end, second.figure.left)
        ):
            second.change_direction = first.change_direction
            second.rule = "level:reached"


_SWUNG = compile_pattern(
    r"\bfrom\s+an?\s+(?:net\s+|operating\s+)?(?:profit|loss)\s+of\b", regex.IGNORECASE
)


def _skip_restatement(text: str, drafts: list[Draft]) -> None:
    """ "rose to $2.15 billion, or $4.88 a share, from $1.49 billion": one earlier value after a
    level restated another way compares with the level, not with its restatement."""
    for index, earlier in enumerate(drafts):
        restated = earlier.link
        if not earlier.from_value or restated is None or restated not in drafts:
            continue
        position = drafts.index(restated)
        if position == 0 or drafts[position + 1 : index] or earlier.value is None:
            continue
        level = drafts[position - 1]
        if not RESTATED_JOIN.fullmatch(text, level.figure.end, restated.figure.left):
            continue
        following = drafts[index + 1] if index + 1 < len(drafts) else None
        if following is not None and RESTATED_JOIN.fullmatch(
            text, earlier.figure.end, following.figure.left
        ):
            continue  # "..., compared with $9.9 billion, or 94 cents": pairs item by item
        span = (earlier.figure.start, earlier.figure.end)
        moved = None
        if restated.evidence.get("since_from") == span:
            del restated.evidence["since_from"]
            moved, restated.change_direction = restated.change_direction, None
        level.change_direction = (
            level.change_direction or compare_values(level.value, earlier.value) or moved
        )
        level.evidence["since_from"] = span
        earlier.link = level


_EVALUATIVE = frozenset(EVALUATIVE_VERBS)


def _evaluated_moves(text: str, drafts: list[Draft]) -> None:
    """ "The cost-to-income ratio improved to 37.7% from 40.3%": a verb that judges the move
    leaves its way to the values (down here)."""
    for draft in drafts:
        span, earlier = draft.change_span, draft.evidence.get("since_from")
        if span is None or earlier is None or draft.change_value is not None:
            continue
        words = text[span[0] : span[1]].lower().split()
        if not words or words[0] not in _EVALUATIVE:
            continue  # "improved to ": the verb before its "to"
        before = next((d for d in drafts if d.figure.start == earlier[0]), None)
        way = compare_values(draft.value, before.value) if before is not None else None
        if way is not None:
            draft.change_direction = way


def _change_draft(figure: Figure, role: Role, sentence: Sentence) -> Draft:
    draft = Draft(figure, "change", None, figure.unit, figure.qualifier)
    draft.change_direction = role.direction
    draft.change_value = abs(figure.value) if figure.value is not None else None
    draft.change_unit = figure.unit
    draft.change_span = (figure.start, figure.end)
    draft.sentence = (sentence.start, sentence.end)
    draft.elided = role.direction_span is None
    draft.changed = role.changed
    return draft


def _pair_change_lists(
    text: str, figures: list[Figure], roles: list[Role], clause_of: list[int], drafts: list[Draft]
) -> None:
    """ "6.9% this year and 5.8% in 2024, upgrades of 0.1 and 0.6 points": a list of changes
    after a list of as many levels pairs item by item."""
    index = 0
    while index < len(figures):
        end = index
        while (
            end + 1 < len(figures)
            and roles[index].kind == "change"
            and roles[end + 1].kind == "change"
            and clause_of[end + 1] == clause_of[index]
            and LIST_JOIN.fullmatch(text, figures[end].end, figures[end + 1].left)
        ):
            end += 1
        if end == index:
            index += 1
            continue
        changes = figures[index : end + 1]
        levels = [
            d
            for d in drafts
            if d.rule == "level"
            and d.value is not None
            and not d.from_value
            and clause_of[figures.index(d.figure)] == clause_of[index]
            and d.figure.end <= changes[0].start
        ][-len(changes) :]
        spans = {(change.start, change.end) for change in changes}
        if len(levels) == len(changes) and all(
            d.change_value is None or d.change_span in spans for d in levels
        ):
            for level, change, role in zip(levels, changes, roles[index : end + 1], strict=True):
                _attach_change(level, change, role)
        index = end + 1


_OBJECT_PRONOUN = compile_pattern(r"(?:it|them|its\s+\w+|their\s+\w+|that|this|the\s+rate)$", _I)


_NAME_OPEN_BEFORE = compile_before(r"[A-Za-z][\w.'’-]*\s*\(\s*[-+]?$")
_LED_BY = compile_pattern(
    r",?\s+(?:led\s+by|including|notably|especially|with|such\s+as|namely)\s|:\s", _I
)


def _named_item(text: str, level: Draft, figure: Figure) -> bool:
    """A change in brackets after a name that a list opens after the level ("in four
    provinces, led by Ontario (+45,000)"): the name's own change, not the level's."""
    return (
        _NAME_OPEN_BEFORE.match(text, max(0, figure.left - 40), figure.left) is not None
        and _LED_BY.search(text, level.figure.end, figure.left) is not None
    )


def _moves_another(text: str, level: Draft, role: Role) -> bool:
    """The change's own verb moves another object after the level ("held its repo rate at
    6.50% and cut the cash reserve ratio by 50 basis points"): not the level's change."""
    if role.changed is None or role.changed[0] < level.figure.end:
        return False
    return _OBJECT_PRONOUN.fullmatch(text[role.changed[0] : role.changed[1]].strip()) is None


_SUBJECT_MOVED_TOO = compile_pattern(
    r"\band\s+(?:has\s+|had\s+)?(?:[a-z]+ly\s+)?(?:grew|grown|expanded|rose|risen|increased|"
    r"climbed|fell|fallen|declined|dropped|contracted|shrank)\b",
    _I,
)
"""A verb joined after a share, whose change is the subject's, not the share's."""


def _signed_changes(drafts: list[Draft]) -> None:
    """A change written with its sign goes the sign's way whatever the verb says: "Food prices
    rebounded (+0.3% after -0.1%)" fell 0.1% the month before."""
    for draft in drafts:
        figure = draft.figure
        if draft.value is not None or draft.change_value is None or figure.tolerance:
            continue
        if draft.change_span != (figure.start, figure.end) and draft.rule != "change":
            continue
        if figure.minus_sign and draft.change_direction == "increase":
            draft.change_direction = "decrease"
        elif figure.plus_sign and draft.change_direction == "decrease":
            draft.change_direction = "increase"


_LIST_UNCHANGED_AFTER = compile_pattern(
    r"(?:\s+(?:in|for|on)\s+[\w\s-]{1,25}?)?,?\s*(?:both|all|each)\s+"
    r"(?:(?:three|four|five)\s+)?(?:unchanged|steady|stable|flat)\b",
    _I,
)


def _share_list_unchanged(text: str, drafts: list[Draft]) -> None:
    """ "1.45 million bpd this year and 1.43 million bpd in 2026, both unchanged from its January
    assessment": every item of the list was kept."""
    for index, draft in enumerate(drafts):
        if draft.from_value or not match_ahead(_LIST_UNCHANGED_AFTER, text, draft.figure.end):
            continue
        earlier = index
        while earlier > 0:
            item, after = drafts[earlier - 1], drafts[earlier]
            if item.from_value or item.unit != draft.unit or item.change_direction is not None:
                break
            if not _LIST_ITEM_GAP.fullmatch(text, item.figure.end, after.figure.left):
                break
            item.change_direction = "unchanged"
            earlier -= 1


_LIST_ITEM_GAP = compile_pattern(r"[^.;:()%\d]{0,40}?(?:,\s*|\s+and\s+)(?:[^.;:()%\d]{0,12})", _I)


def _attach_change(level: Draft, figure: Figure, role: Role) -> None:
    level.change_direction = role.direction or level.change_direction
    level.change_value = abs(figure.value) if figure.value is not None else None
    level.change_unit = figure.unit
    level.change_span = (figure.start, figure.end)
    level.evidence["change"] = (figure.start, figure.end)


def _mark_ranges(text: str, figures: list[Figure], roles: list[Role]) -> None:
    for index in range(len(figures) - 1):
        low, high = figures[index], figures[index + 1]
        between = text[low.end : high.left]
        if not _RANGE_BETWEEN.match(between):
            continue
        joiner = between.strip().lower()
        dash = joiner in ("-", "–")
        changes = not dash and _change_range(text, low, high, roles[index], roles[index + 1])
        low_kinds = ("level", "from_value", "share") + (("change",) if dash or changes else ())
        if roles[index].kind not in low_kinds or roles[index + 1].kind not in ("level", "share"):
            continue
        before = _RANGE_BEFORE.match(text, max(0, low.left - 20), low.left)
        if joiner == "and" and before is None:
            continue
        if low.explicit_unit and high.explicit_unit and low.unit != high.unit:
            continue
        if before is not None and before.group().strip().lower() == "from" and joiner != "to":
            continue
        if _descending(low, high):
            continue  # "a majority of six to three" is no range
        if low.plus_sign and not high.plus_sign:
            continue  # "(+$1.63 to $35.22)": a change to a level, no range
        reached = _REACHED_BEFORE.match(text, max(0, low.left - 6), low.left) is not None
        directed = roles[index].direction or roles[index + 1].direction
        held = directed == "unchanged"  # "kept the inflation target at 1% to 3%": both ends
        if directed and not held and not dash and not reached and not changes:
            continue
        _spread_range(low, high)
        low.range_high = high
        if changes:
            # "expects sales to grow 3% to 4%": a range of changes
            roles[index + 1] = Role(
                "change", direction=roles[index].direction, rate_noun=roles[index].rate_noun
            )  # "growth of 8% to 10%": both ends name the growth rate
        elif reached:
            # "lowered the rate by half a point to 4.75% to 5.00%": the level reached is a range
            roles[index] = Role("level", direction=roles[index].direction,
                                direction_span=roles[index].direction_span,
                                changed=roles[index].changed)  # fmt: skip
            roles[index + 1] = Role("level", direction=roles[index].direction,
                                    changed=roles[index].changed)  # fmt: skip
        elif held:
            span = roles[index].direction_span or roles[index + 1].direction_span
            kept = roles[index + 1].changed or roles[index].changed
            roles[index] = Role(
                "level", direction="unchanged", direction_span=span, changed=roles[index].changed
            )
            roles[index + 1] = Role(
                "level", direction="unchanged", direction_span=span, changed=kept
            )
        elif roles[index].kind != "share":
            roles[index] = Role("level", changed=roles[index].changed)
            roles[index + 1] = replace(
                roles[index + 1], changed=roles[index + 1].changed or roles[index].changed
            )
        low.qualifier = "at_least"
        high.qualifier = "at_most"


_REACHED_BEFORE = compile_before(r"\bto\s+$", _I)
_GUIDANCE_BEFORE = compile_before(
    r"\b(?:expects?|expected|forecasts?|forecast|projects?|projected|sees|guided|guidance|"
    r"outlook|will|predicts?|estimates?)\b[^.;]{0,80}$",
    _I,
)
_MAX_RANGE_RATIO = 3


def _descending(low: Figure, high: Figure) -> bool:
    """The first figure is larger than the second, in the same unit."""
    return (
        low.value is not None
        and high.value is not None
        and low.unit == high.unit
        and low.value > high.value
        and low.value >= 0
    )


def _change_range(text: str, low: Figure, high: Figure, first: Role, second: Role) -> bool:
    """ "expects net sales to grow 3% to 4%": in a forecast, a change followed by a close figure
    of its unit is a range of changes, not a change and the level it reaches."""
    return (
        first.kind == "change"
        and second.kind == "level"
        and low.unit == high.unit
        and low.value is not None
        and high.value is not None
        and 0 < low.value < high.value <= low.value * _MAX_RANGE_RATIO
        and _GUIDANCE_BEFORE.match(text, max(0, low.left - 90), low.left) is not None
    )


def _share_list_units(text: str, figures: list[Figure]) -> None:
    """ "upgrades of 0.1 and 0.6 percentage point": a bare number takes the next one's rate unit."""
    for index in range(len(figures) - 2, -1, -1):
        bare, named = figures[index], figures[index + 1]
        if (
            not bare.explicit_unit
            and not bare.scale_text
            and bare.kind == "digits"
            and named.explicit_unit
            and named.unit in RATE_UNITS
            and LIST_JOIN.fullmatch(text, bare.end, named.left)
        ):
            bare.unit, bare.points, bare.explicit_unit = named.unit, named.points, True


def _spread_range(low: Figure, high: Figure) -> None:
    if not low.explicit_unit and high.explicit_unit:
        low.unit = high.unit
        low.currency = high.currency
        low.points = high.points
    elif low.explicit_unit and not high.explicit_unit:
        high.unit = low.unit
        high.currency = low.currency
        high.points = low.points
    if not low.scale_text and high.scale_text and low.value is not None and high.value is not None:
        factor = scale_factor(high.scale_text)
        if factor is not None:
            low.value = low.value * factor


_RELATIVE_ASIDE = compile_pattern(r",\s+(?:which|who)\s+[^,;:()\d]{1,80},", _I)
"""A relative clause set off by commas inside a gap: ", which excludes currency effects,"."""


def _gap_text(text: str, start: int, end: int, periods: list[Period]) -> str:
    """``text[start:end]`` with each period inside it written as one word: "in the year to
    March 2025 to reach" reads "in period to reach", so a period counts as one word of a gap;
    a relative clause set off by commas reads as its commas."""
    pieces = []
    cursor = start
    for period in periods:
        if start <= period.start and period.end <= end and period.start >= cursor:
            pieces.append(text[cursor : period.start])
            pieces.append("period")
            cursor = period.end
    pieces.append(text[cursor:end])
    return _RELATIVE_ASIDE.sub(",", "".join(pieces))


def _clause_index(sentence: Sentence, figure: Figure) -> int:
    return clause_index(sentence, figure.number_start)
