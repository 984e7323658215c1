"""Assembling facts: figures with their roles become facts with metric, date, change and share.

Per sentence, in one pass over its statistical figures: a level opens a fact; a change or share
attaches to the open level of its clause (or stands as a fact of its own when there is none);
restatements and second changes are dropped. Dates come from the nearest period of the figure's
clause or sentence, else from the date in force, which a sentence with facts hands on to the
next. Relative periods ("year-on-year", "in April") are resolved against that date or against
the publication date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

import regex

from statextract._patterns import alternation, compile_before, match_ahead
from statextract.figures import Figure, scale_factor
from statextract.lexicon._changes import MONTH_ON_MONTH, QUARTER_ON_QUARTER, YEAR_ON_YEAR
from statextract.lexicon._metrics import FLOW_WORDS, PARENT_CUES
from statextract.metrics import (
    changed_in_after,
    clean_phrase,
    counted_noun_after,
    doing_after,
    first_verb,
    in_name_parentheses,
    list_items,
    noun_after_of,
    noun_before_of,
    object_before_at,
    part_after,
    subject_before,
)
from statextract.periods import Period, month_of, shift, year_of
from statextract.roles import Role, classify
from statextract.sentences import Sentence, clause_index

Span = tuple[int, int]
_I = regex.IGNORECASE
_YOY = regex.compile(rf"(?<![\w-])(?:{alternation(YEAR_ON_YEAR)})(?![\w-])", _I)
_MOM = regex.compile(rf"(?<![\w-])(?:{alternation(MONTH_ON_MONTH)})(?![\w-])", _I)
_QOQ = regex.compile(rf"(?<![\w-])(?:{alternation(QUARTER_ON_QUARTER)})(?![\w-])", _I)
_TO_BETWEEN = regex.compile(
    r"[\s,]*(?:(?:(?!(?:and|while|but|whereas|or)\b)[\w-]+[\s,]+){0,6}?(?:to|at)|"
    r"(?:(?!(?:and|while|but|whereas|or)\b)[\w-]+[\s,]+){0,10}?(?<=,\s*)(?:reaching|hitting))"
    r"(?:\s+(?:a|an|the)(?:\s+[\w-]+){0,3}?(?:\s+(?:of|at))?)?\s*$",
    _I,
)
_UNCHANGED_AFTER = regex.compile(
    r"(?:\s+(?:in|for|on)\s+[\w\s-]{1,25}?)?(?:,\s*[a-z][a-z\s-]{0,30}?(?=,))?,?\s*(?:and\s+)?(?:was\s+|remained\s+|held\s+)?(?:unchanged|flat|steady|"
    r"stable)\b",
    _I,
)
_UP_FROM_AFTER = regex.compile(r",?\s*(?:up|down|higher|lower)\s+from\s*$", _I)
_PARENT = regex.compile(rf"\W*(?:{alternation(PARENT_CUES)})\b", _I)
_CLAUSE_VERB = regex.compile(
    r"\b(?:earned|made|posted|reported|recorded|registered|set|reached|hit|saw|had|won|paid|"
    r"spent|sold|raised|collected|generated)\b",
    _I,
)
_BY_BEFORE = compile_before(
    r"\bby\s+(?:(?:only|just|about|around|nearly|some|roughly|more\s+than|over)\s+)*$", _I
)
_UNIT_NOUNS = frozenset({"people", "persons", "workers", "jobs", "units", "positions"})
_PERSONAL_CLAUSE = compile_before(r"\bwho(?:se)?\b[^,;()]{0,45}$", _I)
_YEAR_TO_BEFORE = compile_before(
    r"\b(?:year|12\s+months|twelve\s+months)\s+(?:to|ending|ended|through|until)\s+"
    r"(?:in\s+|the\s+end\s+of\s+)?$",
    _I,
)
_FLOW_WORDS = regex.compile(rf"\b(?:{alternation(FLOW_WORDS)})\b", _I)
_FLOW_VERB = regex.compile(
    r"\b(?:earned|made|generated|sold|collected|paid|spent|produced|shipped|delivered)\b", _I
)
_YEAR_TO_CUE = regex.compile(r"\b(?:year|months)\s+(?:to|ending|ended)\b", _I)
_RATE_UNITS = frozenset({"percent", "percentage_point", "point", "basis_point"})
_LIST_AND = regex.compile(r"\s+(?:and|or)\s+|\s*,\s*(?:and\s+)?(?!or\b)", _I)
_RANGE_BETWEEN = regex.compile(r"^\s*(?:-|–|to|and)\s*$", _I)
_RANGE_BEFORE = compile_before(
    r"(?:\bbetween|\branging\s+from|\brange\s+from|\branged\s+from|\bfrom)\s+$", _I
)
_OWNED_GAP = regex.compile(
    r"[\s,]*(?:(?:year-on-year\s+|annual\s+|monthly\s+)?(?:increase|rise|gain|growth|jump|surge|"
    r"drop|fall|decline|decrease|slump|dip|pace|rate|clip|level|reading)\s+)?"
    r"(?:(?:recorded|reported|seen|posted)\s+)?"
    r"(?:in|on|of|as\s+of|at\s+the\s+end\s+of|by\s+the\s+end\s+of|during|for)?\s*(?:the\s+)?"
    r"(?:(?:12|twelve|three|six)\s+months\s+(?:to|ending|ended)\s+|year\s+to\s+)?",
    _I,
)
_RECORDED_GAP = regex.compile(
    r"(?:\s+[a-z][\w-]*){0,6}?\s+(?:recorded|registered|reported|seen|posted|logged|earned|"
    r"made|paid|sold|collected|raised|generated|spent)\s+"
    r"(?:in|during|for)\s+(?:the\s+)?",
    _I,
)
_WHEN_GAP = regex.compile(r",?\s+when\s+(?:[a-z][\w'’-]*\s+){0,5}", _I)
_BRACKET_GAP = regex.compile(r"\s*\(\s*(?:about|around|roughly|some|nearly)?\s*", _I)
_ELLIPSIS_BEFORE = compile_before(r"(?:\bin|\band|,|\bto|\bwith|\bby)\s+$", _I)
_CONVERSION_BETWEEN = regex.compile(
    r"\s*\(\s*(?:about|around|roughly|approximately|some|or|nearly)?\s*", _I
)
_NEW_SUBJECT_BETWEEN = regex.compile(r",\s+with\s+|\b(?:while|whereas)\b", _I)
_HELD_OBJECT = regex.compile(
    r"(?:held|holds|holding|kept|keeps|keeping|left|leaves|leaving|maintained|maintains)\s+"
    r"(?P<object>.+?)\s+(?:steady\s+|unchanged\s+)?at\s*",
    _I,
)
_FROM_BEFORE = compile_before(r"\bfrom\s+$", _I)
_STAND_IN = regex.compile(
    r"(?P<domain>(?:[\w'’&-]+\s+){0,3}?)(?:comparable\s+|corresponding\s+)?"
    r"(?:figure|figures|reading|readings|tally)",
    _I,
)
_ATTRIBUTIVE_BEFORE = compile_before(r"\b(?:a|an|its|their|the)\s+$", _I)
_FOR_OPENING = regex.compile(r"(?:for|among)\s+(?:the\s+)?(?P<domain>[^,;:()\d]{3,60}?),\s", _I)
_GENERIC_METRIC = regex.compile(
    r"(?:growth|inflation|unemployment|the\s+rate|rate|output|prices|employment|spending|"
    r"investment|sales|exports|imports|demand|activity|wages|pay)",
    _I,
)
_AND_WORD = regex.compile(r"\s(?:and|while|but)\s", _I)
_PARTICIPLE_BEFORE = compile_before(
    r",\s+(?:[a-z]+ing)(?:\s+(?:by|to|up|down))?\s+(?:(?:just|only|about|nearly|some)\s+)?$",
    _I,
)
_PRONOUN_OBJECT_BEFORE = compile_before(
    r"\b(?:bring|brings|bringing|brought|take|takes|taking|took|push|pushes|pushing|pushed|"
    r"lift|lifts|lifting|lifted|put|puts|putting|keep|keeps|keeping|kept|leave|leaves|leaving|"
    r"left|get|gets|getting|got)\s+(?:it|them|this|that)\s+(?:back\s+|down\s+|up\s+)?"
    r"(?:(?:to|below|above|under|over|at|near)\s+)?(?:(?:just|about|around|nearly|roughly)\s+)?$",
    _I,
)
_ASIDE_OPENER = compile_before(r",\s+(?:which|who|whose)\b[^,;()]*$", _I)
_POSSESSIVE_BEFORE = compile_before(r"\b(?:its|their)\s+$", _I)
_OWNER_NOUNS = frozenset({"number", "total", "figure", "count", "level", "tally", "numbers"})
_DEFINITE_BEFORE = compile_before(
    r"\b(?:the|in\s+the\s+(?:remaining|other|top|largest|biggest|smallest))\s+$", _I
)
_IN_THE_BEFORE = compile_before(
    r"\bin\s+the\s+(?:remaining|other|top|largest|biggest|smallest)\s+$", _I
)
_SUBJECT_GAP = regex.compile(r"(?:\s+[A-Za-z][\w'’-]*){1,6}\s*", _I)
_RESPECTIVELY = regex.compile(r"\brespectively\b", _I)
_RANGE_KINDS = frozenset({"month_range", "span"})
_BETWEEN_BEFORE = compile_before(r"\bbetween\s+$", _I)
_EARLIER_OPENER = regex.compile(
    r"\W*(?:(?:a|one)\s+(?P<unit>year|month|quarter)\s+(?:earlier|ago|before)|"
    r"in\s+the\s+(?:previous|prior|preceding)\s+(?P<unit>year|month|quarter)|"
    r"(?:the|in\s+the)\s+(?P<unit>year|month|quarter)\s+before)\b",
    _I,
)
_POSSESSIVE_GAP = regex.compile(r"'s\s+", _I)
_EARLIER_AFTER = regex.compile(
    r"[\s,]*(?:(?:increase|rise|gain|growth|jump|surge|drop|fall|decline|decrease)\s+)?"
    r"(?:in\s+|over\s+|during\s+)?(?:(?:a|one)\s+(?P<unit>year|month|quarter)\s+"
    r"(?:earlier|ago|before|previously)|the\s+(?:previous|prior|preceding|same)\s+"
    r"(?P<unit>year|month|quarter)|last\s+(?P<unit>year)|the\s+(?P<unit>year|month|quarter)"
    r"[-\s](?:earlier|ago|before)(?:\s+(?:quarter|period|month))?|the\s+same\s+period\s+(?:of\s+)?"
    r"(?:last|a|the\s+previous)\s+(?P<unit>year))",
    _I,
)
_ANNUAL_RATE = regex.compile(r"\bannual\s+(?:growth|increase|rise|gain|decline|fall|rate)\b", _I)
_SAME_AS_BEFORE = compile_before(r"\bas\s+(?:in\s+|at\s+|for\s+)?(?:the\s+)?$", _I)
_SUPERLATIVE_SINCE = compile_before(
    r"\b(?:first|highest|lowest|biggest|largest|smallest|fastest|slowest|strongest|weakest|"
    r"most|least|best|worst|steepest|sharpest|record)\b[\w\s-]{0,25}\bsince\s*$",
    _I,
)
_SAME_PERIOD_OF = compile_before(r"\bsame\s+(?:period|month|quarter|time)\s+(?:of|in)\s+$", _I)
_PRONOUNS = frozenset({"them", "these", "those", "it", "this", "they", "which"})
_INDEX_NAME = regex.compile(
    r"\b(?:index|indices|s&p|dow|nasdaq|ftse|nikkei|sensex|nifty|dax|cac|stoxx|hang\s+seng|"
    r"kospi)\b",
    _I,
)
_INDEX_WORDS = regex.compile(
    r"\b(?:index|indices|s&p|dow|nasdaq|ftse|nikkei|sensex|nifty|dax|cac|stoxx|hang\s+seng|"
    r"kospi|composite|average)\b",
    _I,
)
_RATE_WORDS = regex.compile(
    r"\b(?:rate|ratio|share|percentage|proportion|margin|yield|penetration|index|inflation)\b",
    _I,
)


@dataclass(slots=True)
class Draft:
    """A fact under construction, in normalised coordinates."""

    figure: Figure
    rule: str
    value: Decimal | None
    unit: str
    qualifier: str | None
    metric: Span | None = None
    date: str | None = None
    date_explicit: bool = False
    change_direction: str | None = None
    change_value: Decimal | None = None
    change_unit: str | None = None
    change_since: str | None = None
    changed: Span | None = None
    """The object of a transitive change verb, which is what the figure measures."""
    metric_detail: Span | None = None
    """Words that finish a counted noun ("people" + "working part time")."""
    metric_domain: Span | None = None
    """Whom a generic metric is about ("For emerging economies, growth ...")."""
    metric_owner: str | None = None
    """Who "its"/"their" in the metric refers to ("their index" -> "used cars and trucks")."""
    year_to: bool = False
    """Dated by "the year to March 2024" as a 12-month span; that phrase is then no comparison."""
    elided: bool = False
    """The change word is not repeated ("grew 5% in May and 6% in June": the 6%)."""
    change_span: Span | None = None
    share_value: Decimal | None = None
    share_of: Span | None = None
    share_span: Span | None = None
    parent_metric: str | None = None
    sentence: Span = (0, 0)
    evidence: dict[str, Span] = field(default_factory=dict)
    from_value: bool = False
    counted: bool = False
    """The metric is the counted noun after the figure."""
    link: Draft | None = None
    """The fact whose metric this one shares (earlier values, comparisons, list items)."""
    metric_text: str | None = None
    """A metric carried from an earlier sentence (no span of its own here)."""
    share_of_text: str | None = None


@dataclass(slots=True)
class Context:
    """What carries across sentences: the date in force, the publication date, the last metric."""

    published: dt.date | None
    date: str | None = None
    last_metric: str | None = None
    last_top_metric: str | None = None

    @property
    def year(self) -> int | None:
        """The year periods without one take."""
        return year_of(self.date) or (self.published.year if self.published else None)


def _points_unit(figure: Figure, text: str, sentence: Sentence, metric: str | None) -> str:
    if not figure.points:
        return figure.unit
    if (figure.value is not None and abs(figure.value) >= 50) or (
        metric and _INDEX_WORDS.search(metric)
    ):
        return "point"
    sentence_text = text[sentence.start : sentence.end]
    if "%" in sentence_text or "percent" in sentence_text.lower() or "per cent" in sentence_text:
        return "percentage_point"
    if metric and _RATE_WORDS.search(metric) and "index" not in metric.lower():
        return "percentage_point"
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
        and not _PERSONAL_CLAUSE.search(text, max(sentence.start, p.start - 50), p.start)
    ]
    for index, (figure, role) in enumerate(zip(figures, roles, strict=True)):
        clause = clause_of[index]
        clause_start = sentence.clauses[clause][0]
        nxt = index + 1 < len(figures) and clause_of[index + 1] == clause
        if role.kind == "restatement":
            continue
        if role.rate_noun and open_level.get(clause) is None:
            role = Role("level")
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
                and _TO_BETWEEN.match(text[figures[following - 1].end : figures[following].left])
            )
            if to_next and roles[following].kind in ("level",):
                pending = _change_draft(figure, role, sentence)
                continue
            if (
                level is not None
                and level.value is not None
                and not role.comparison
                and not _NEW_SUBJECT_BETWEEN.search(text, level.figure.end, figure.left)
                and not _in_subject(text, level, role)
                and not _in_aside(text, level, figure)
            ):
                if level.change_value is None:
                    _attach_change(level, figure, role)
                continue
            draft = _change_draft(figure, role, sentence)
            draft.from_value = role.comparison
            if (role.comparison or role.direction_span is None) and drafts:
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
        draft = Draft(figure, "level", figure.value, figure.unit, figure.qualifier)
        draft.sentence = (sentence.start, sentence.end)
        if role.kind == "from_value":
            draft.from_value = True
            draft.rule = "level:earlier"
            earlier_target = open_level.get(clause)
            draft.link = earlier_target
            if earlier_target is not None:
                direction = role.direction or _compare(earlier_target.value, figure.value)
                earlier_target.change_direction = earlier_target.change_direction or direction
                if earlier_target.change_span is None:
                    earlier_target.change_span = role.direction_span
                earlier_target.evidence.setdefault("since_from", (figure.start, figure.end))
            elif nxt and roles[index + 1].kind == "level":
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
                draft.changed = pending.changed
            else:
                draft.change_direction = pending.change_direction
                draft.evidence["since_from"] = pending.evidence["since_from"]
                if pending.link is not None:
                    pending.link.link = draft
            pending = None
        if role.direction and draft.change_direction is None:
            draft.change_direction = role.direction
            draft.change_span = role.direction_span
            draft.rule = "level:reached"
        if draft.change_direction is None and match_ahead(_UNCHANGED_AFTER, text, figure.end):
            draft.change_direction = "unchanged"
        drafts.append(draft)
        open_level[clause] = draft
    _pair_change_lists(text, figures, roles, clause_of, drafts)
    for draft in drafts:
        if draft.link is None:
            _assign_metric(text, sentence, draft, periods, context, drafts, figures)
    for draft in drafts:
        if draft.link is not None:
            _assign_linked_metric(text, sentence, draft, periods, context, drafts, figures)
    _distribute_respectively(text, sentence, drafts, periods)
    _resolve_possessives(text, sentence, drafts, periods, context)
    _resolve_stand_ins(text, drafts, context)
    _add_domains(text, sentence, drafts, periods)
    for draft in drafts:
        metric = _metric_text(text, draft)
        draft.unit = _points_unit(draft.figure, text, sentence, metric)
        if draft.unit == "count" and not draft.counted and metric and _INDEX_NAME.search(metric):
            draft.unit = "point"  # "the house price index stood at 152.0"
    _assign_dates(text, sentence, drafts, as_of, periods, context)
    _assign_parent(text, sentence, drafts, context)
    return drafts


def _resolve_possessives(
    text: str, sentence: Sentence, drafts: list[Draft], periods: list[Period], context: Context
) -> None:
    """ "Used cars fell 2%, with their index down 2.5%": "their" is the sentence's subject, or,
    before the sentence's first verb ("Their number grew"), the last metric named."""
    for draft in drafts:
        if draft.metric is None:
            continue
        start, end = draft.metric
        if not _POSSESSIVE_BEFORE.search(text, max(sentence.start, start - 8), start):
            continue
        verb = first_verb(text, sentence.start, start)
        owner: str | None = None
        if verb is not None:
            subject = subject_before(text, sentence.start, verb, periods)
            owner = text[subject[0] : subject[1]] if subject is not None else None
        else:
            earlier = [d.metric for d in drafts if d.metric and d.metric[1] <= start]
            owner = text[earlier[-1][0] : earlier[-1][1]] if earlier else context.last_metric
        if owner is None:
            continue
        if text[start:end].lower() in _OWNER_NOUNS:
            draft.metric, draft.metric_text = None, owner
        else:
            draft.metric_owner = owner


def _resolve_stand_ins(text: str, drafts: list[Draft], context: Context) -> None:
    """ "the euro area figure fell to 14.1%": "figure" stands for the metric named before it."""
    for draft in drafts:
        if draft.metric is None:
            continue
        stand_in = _STAND_IN.fullmatch(text, *draft.metric)
        if stand_in is None:
            continue
        named = _earlier_metric(text, draft, drafts) or context.last_metric
        if named is None or _STAND_IN.fullmatch(named):
            continue
        domain = stand_in.group("domain").strip()
        draft.metric, draft.metric_text = None, f"{domain} {named}" if domain else named


def _add_domains(text: str, sentence: Sentence, drafts: list[Draft], periods: list[Period]) -> None:
    """ "For emerging economies, growth is projected at 4.0%": the opening names whom a one-word
    metric is about."""
    opening = _FOR_OPENING.match(text, sentence.start, min(sentence.end, sentence.start + 80))
    if opening is None:
        return
    start, end = opening.span("domain")
    if any(p.start < end and start < p.end for p in periods):
        return  # "For the year ending March 2025, ..." is a period
    for draft in drafts:
        if draft.metric is not None and _GENERIC_METRIC.fullmatch(text, *draft.metric):
            draft.metric_domain = (opening.start(), end)


def _in_aside(text: str, level: Draft, figure: Figure) -> bool:
    """The level sits in a relative clause that closes before the change ("The INPC, which
    covers families earning one to five minimum wages, rose 0.19%")."""
    opener = _ASIDE_OPENER.search(text, max(0, level.figure.left - 80), level.figure.left)
    return opener is not None and "," in text[level.figure.end : figure.left]


def _in_subject(text: str, level: Draft, role: Role) -> bool:
    """The level is a count inside the subject of the change's verb ("the 20 biggest cities rose
    6.4%"): only words, no comma or verb, stand between the level and the verb."""
    if role.direction_span is None or level.unit != "count" or level.change_direction:
        return False
    gap_end = role.direction_span[0]
    return (
        gap_end > level.figure.end
        and _SUBJECT_GAP.fullmatch(text, level.figure.end, gap_end) is not None
    )


def _is_conversion(text: str, figure: Figure, level: Draft | None) -> bool:
    """A currency conversion in brackets right after a money level ("(about $94 billion)")."""
    if level is None or level.figure.currency is None or figure.currency is None:
        return False
    between = text[level.figure.end : figure.left]
    return _CONVERSION_BETWEEN.fullmatch(between) is not None


def _metric_text(text: str, draft: Draft) -> str | None:
    return text[draft.metric[0] : draft.metric[1]] if draft.metric else None


def _adjacent(text: str, level: Figure, figure: Figure) -> bool:
    between = text[level.end : figure.left]
    return len(between) < 120


def _compare(later: Decimal | None, earlier: Decimal | None) -> str | None:
    if later is None or earlier is None:
        return None
    if later > earlier:
        return "increase"
    if later < earlier:
        return "decrease"
    return "unchanged"


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
            and _LIST_AND.fullmatch(text, figures[end].end, figures[end + 1].left)
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
        low_kinds = ("level", "from_value", "share") + (("change",) if dash else ())
        if roles[index].kind not in low_kinds or roles[index + 1].kind not in ("level", "share"):
            continue
        before = _RANGE_BEFORE.search(text, max(0, low.left - 20), low.left)
        if joiner == "and" and before is None:
            continue
        if low.explicit_unit and high.explicit_unit and low.unit != high.unit:
            continue
        if before is not None and before.group().strip().lower() == "from" and joiner != "to":
            continue
        if (roles[index].direction or roles[index + 1].direction) and not dash:
            continue
        _spread_range(low, high)
        low.range_high = high
        if roles[index].kind != "share":
            roles[index] = Role("level")
        low.qualifier = "at_least"
        high.qualifier = "at_most"


def _share_list_units(text: str, figures: list[Figure]) -> None:
    """ "upgrades of 0.1 and 0.6 percentage point": a bare number takes the next one's rate unit."""
    for index in range(len(figures) - 2, -1, -1):
        bare, named = figures[index], figures[index + 1]
        if (
            not bare.explicit_unit
            and not bare.scale_text
            and bare.kind == "digits"
            and named.explicit_unit
            and named.unit in _RATE_UNITS
            and _LIST_AND.fullmatch(text, bare.end, named.left)
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


def _clause_index(sentence: Sentence, figure: Figure) -> int:
    return clause_index(sentence, figure.number_start)


def _clause_bounds(sentence: Sentence, figure: Figure) -> Span:
    return sentence.clauses[_clause_index(sentence, figure)]


def _assign_metric(
    text: str,
    sentence: Sentence,
    draft: Draft,
    periods: list[Period],
    context: Context,
    drafts: list[Draft],
    figures: list[Figure],
) -> None:
    figure = draft.figure
    clause_start, clause_end = _clause_bounds(sentence, figure)
    anchor = figure.left
    if draft.change_span is not None and draft.change_span[0] < anchor:
        anchor = min(anchor, draft.change_span[0])
    earlier = [
        f.end
        for f in figures
        if f.end <= anchor
        and f.start >= clause_start
        and f is not figure
        and not (
            (draft.rule == "change" or _IN_THE_BEFORE.search(text, max(0, f.left - 24), f.left))
            and f.unit == "count"
            and _DEFINITE_BEFORE.search(text, max(0, f.left - 24), f.left)
            and _SUBJECT_GAP.fullmatch(text, f.end, anchor)
        )
        and not (
            _ASIDE_OPENER.search(text, max(0, f.left - 80), f.left) and "," in text[f.end : anchor]
        )
    ]
    floor = max(earlier, default=clause_start)
    subject = subject_before(text, max(clause_start, floor), anchor, periods)
    participle = _PARTICIPLE_BEFORE.search(text, max(clause_start, anchor - 30), figure.left)
    if participle is not None and not earlier:
        # "Food had the largest impact, rising 0.53%": the clause's subject rose
        verb = first_verb(text, clause_start, participle.start())
        subject = (subject_before(text, clause_start, verb, periods) if verb else None) or subject
    joined = list(_AND_WORD.finditer(text, *subject)) if subject and floor > clause_start else []
    if subject is not None and joined:
        # "7.1% bigger than in 2019 and the US market 3.3% bigger": the item after "and"
        subject = clean_phrase(text, joined[-1].end(), subject[1], periods)
    if subject is None:
        # "X narrowed from A to B": B measures the subject before its earlier value A
        starts = [d.figure.left for d in drafts if d.link is draft and d.from_value]
        if starts and clause_start <= min(starts) < anchor:
            subject = subject_before(text, clause_start, min(starts), periods)
            verbs = _FROM_BEFORE.search(text, clause_start, min(starts))
            if verbs is not None:
                subject = subject_before(text, clause_start, verbs.start(), periods) or subject
    clause_start = max(clause_start, floor)
    via_number_of = subject is not None and "number of" in text[clause_start:anchor].lower()
    if draft.rule.startswith("share") and draft.share_of is not None and subject is None:
        subject = draft.share_of
    of_phrase = None if via_number_of else noun_before_of(text, clause_start, anchor, periods)
    counted = None
    if draft.unit not in ("percent", "percentage_point") and not via_number_of:
        counted = noun_after_of(text, figure.end, clause_end)
    if counted is None and draft.unit == "count" and not via_number_of:
        counted = counted_noun_after(text, figure.end, clause_end)
        if (
            counted is not None
            and subject is not None
            and text[counted[0] : counted[1]].lower()
            in (
                "units",
                "unit",
            )
        ):
            counted = None  # "vehicle sales rose 7% to 9.4 million units": units of the sales
        if (
            counted is not None
            and subject is not None
            and draft.rule == "change"
            and _BY_BEFORE.search(text, max(0, figure.left - 12), figure.left)
            and text[counted[0] : counted[1]].lower() in _UNIT_NOUNS
        ):
            counted = None  # "employment grew by 7,000 people": people count what grew
    if (
        counted is None
        and draft.unit != "count"
        and draft.rule == "level"
        and _ATTRIBUTIVE_BEFORE.search(text, max(0, figure.left - 6), figure.left)
    ):
        # "a ₹2 lakh crore package", "a $1.2 billion deal": the noun the amount describes
        counted = counted_noun_after(text, figure.end, clause_end)
    if counted is None and figure.range_high is not None and not via_number_of:
        counted = counted_noun_after(text, figure.range_high.end, clause_end)
        if counted is not None:
            subject = None
            of_phrase = None
    if counted is not None:
        draft.counted = True
        if draft.unit == "count":
            draft.metric_detail = doing_after(text, counted[1], clause_end)
    elif draft.unit == "count" and not via_number_of:
        previous = [d for d in drafts if d.figure.end <= figure.start and d.unit == "count"]
        if (
            subject is None
            and previous
            and previous[-1].counted
            and _ELLIPSIS_BEFORE.search(text, max(0, figure.left - 30), figure.left)
        ):
            counted = previous[-1].metric
    held = (
        _HELD_OBJECT.fullmatch(text, draft.change_span[0], draft.change_span[1])
        if draft.change_span is not None and draft.change_direction == "unchanged"
        else None
    )
    if held is not None:
        subject = clean_phrase(text, *held.span("object"), periods) or subject
    if draft.changed is not None:
        subject = clean_phrase(text, *draft.changed, periods) or subject
    after = part_after(text, figure.left, figure.end, clause_end, periods) or changed_in_after(
        text, figure.left, figure.end, clause_end, periods
    )
    if after is not None:
        counted, of_phrase, subject = None, None, after
    has_object, held_at = object_before_at(text, clause_start, anchor, periods)
    if has_object and not counted and not of_phrase:
        subject = held_at
    metric = counted or of_phrase or subject
    if metric is not None and text[metric[0] : metric[1]].lower() in _PRONOUNS:
        metric = None
    if _PRONOUN_OBJECT_BEFORE.search(text, max(clause_start, figure.left - 40), figure.left):
        # "bringing it below 4.5%": "it" is the metric named before, or the sentence's subject
        metric = None
        if not any(d is not draft and d.metric and d.figure.start < figure.start for d in drafts):
            verb = first_verb(text, sentence.start, figure.left)
            metric = subject_before(text, sentence.start, verb, periods) if verb else None
    if in_name_parentheses(text, figure.start, figure.end):
        # "in Czechia (2.6%), Poland (2.9%) and Malta (3.0%)": names are not metrics
        bounds = _clause_bounds(sentence, figure)
        listed = [
            d
            for d in drafts
            if d is not draft
            and bounds[0] <= d.figure.start < figure.start
            and in_name_parentheses(text, d.figure.start, d.figure.end)
        ]
        if listed:
            draft.metric, draft.metric_text = listed[0].metric, listed[0].metric_text
            return
    if (
        draft.share_of is not None
        and text[draft.share_of[0] : draft.share_of[1]].lower() in _PRONOUNS
    ):
        earlier_metric = _earlier_metric(text, draft, drafts) or context.last_metric
        draft.share_of_text = earlier_metric
    if metric is None:
        named = [d for d in drafts if d is not draft and d.metric and d.figure.start < figure.start]
        if named:
            metric = named[-1].metric
        elif context.last_metric is not None:
            draft.metric_text = context.last_metric
    draft.metric = metric


def _assign_linked_metric(
    text: str,
    sentence: Sentence,
    draft: Draft,
    periods: list[Period],
    context: Context,
    drafts: list[Draft],
    figures: list[Figure],
) -> None:
    """Earlier values and comparisons measure what the fact they are linked to measures.

    A list item with a subject of its own ("food prices dropped 4% and pork prices 30.1%")
    keeps that subject.
    """
    if not draft.from_value and draft.link is not None:
        own = subject_before(text, draft.link.figure.end, draft.figure.left, periods)
        joined = list(_AND_WORD.finditer(text, *own)) if own is not None else []
        if own is not None and joined:
            # "7.1% bigger than in 2019 and the US market 3.3% bigger": the item after "and"
            own = clean_phrase(text, joined[-1].end(), own[1], periods)
        if own is not None and not any(
            pattern.match(text, own[0], own[1]) for pattern in (_YOY, _MOM, _QOQ)
        ):
            draft.metric = own
            return
    link = draft.link
    seen = {id(draft)}
    while link is not None and link.link is not None and id(link) not in seen:
        seen.add(id(link))
        link = link.link
    if link is not None and (link.metric is not None or link.metric_text is not None):
        draft.metric = link.metric
        draft.metric_text = link.metric_text
        return
    _assign_metric(text, sentence, draft, periods, context, drafts, figures)


def _distribute_respectively(
    text: str, sentence: Sentence, drafts: list[Draft], periods: list[Period]
) -> None:
    """ "A, B and C rose 1, 2 and 3 respectively": the i-th figure measures the i-th item."""
    for clause_start, clause_end in sentence.clauses:
        if not _RESPECTIVELY.search(text, clause_start, clause_end):
            continue
        run = [d for d in drafts if clause_start <= d.figure.start < clause_end]
        levels = [d for d in run if d.rule != "share" or d.value is None]
        shares = [d for d in run if d.rule == "share"]
        first = run[0] if run else None
        if first is None or len(levels) < 2:
            continue
        items = list_items(text, sentence.start, first.figure.left, len(levels), periods)
        if items is not None:
            for draft, item in zip(levels, items, strict=True):
                draft.metric = item
                draft.metric_text = None
        if len(shares) == len(levels) - 1 and levels[-1].share_value is not None:
            whole, whole_text = levels[-1].share_of, levels[-1].share_of_text
            with_whole = [s for s in shares if s.share_of is not None]
            if whole is None and with_whole:
                whole, whole_text = with_whole[-1].share_of, with_whole[-1].share_of_text
            values = [levels[-1].share_value, *(s.share_value for s in shares)]
            spans = [levels[-1].share_span, *((s.figure.start, s.figure.end) for s in shares)]
            ordered = sorted(zip(spans, values, strict=True), key=lambda pair: pair[0] or (0, 0))
            for draft, (span, value) in zip(levels, ordered, strict=True):
                draft.share_value = value
                draft.share_span = span
                draft.share_of = whole
                draft.share_of_text = whole_text
            for share in shares:
                drafts.remove(share)


def _earlier_metric(text: str, draft: Draft, drafts: list[Draft]) -> str | None:
    earlier = [
        d for d in drafts if d is not draft and d.metric and d.figure.start < draft.figure.start
    ]
    if not earlier or earlier[-1].metric is None:
        return None
    start, end = earlier[-1].metric
    return text[start:end]


def _resolve(period: Period, context: Context, reference: str | None = None) -> str | None:
    year = year_of(reference) if reference else None
    if year is None:
        year = context.year
    if period.kind in ("relative_year", "relative_year_end") and context.published is not None:
        return period.resolve(context.published.year)
    if period.kind == "weekday":
        if context.published is None or period.weekday is None:
            return None
        back = (context.published.weekday() - period.weekday) % 7
        return (context.published - dt.timedelta(days=back)).isoformat()
    if period.kind == "relative_month":
        if context.published is None or period.month_offset is None:
            return None
        published = context.published
        return shift(f"{published.year}-{published.month:02d}", months=period.month_offset)
    value = period.resolve(year)
    if value is None or period.value is not None:
        return value
    ref_month = month_of(reference) if reference else None
    if period.month is not None and ref_month is not None and period.month > ref_month:
        return period.resolve(year - 1 if year else None) if reference else value
    last_month = _last_month(period)
    if (
        last_month is not None
        and period.kind != "year_end_relative"
        and reference is None
        and context.published is not None
        and year == context.published.year
        and last_month > context.published.month
        and year_of(context.date) is None
    ):
        return period.resolve(year - 1)
    return value


def _last_month(period: Period) -> int | None:
    if period.month is not None:
        return period.month
    if period.months is not None:
        return period.months[1]
    if period.quarter is not None:
        return period.quarter * 3
    return None


def _assign_dates(
    text: str,
    sentence: Sentence,
    drafts: list[Draft],
    as_of: list[Period],
    periods: list[Period],
    context: Context,
) -> None:
    first_figure = min((d.figure.left for d in drafts), default=sentence.end)
    years = [
        p
        for p in periods
        if p.kind in ("year", "relative_year")
        and not p.comparison
        and not p.label
        and p.end <= first_figure
    ]
    # "Last year the rate climbed from 5.1% in April": bare months take the sentence's year
    sentence_year = _resolve(years[0], context) if years else None
    owner: dict[int, Draft] = {}
    for draft in drafts:
        for period in periods if draft.from_value else as_of:
            if period.label:
                continue
            if (
                period.start >= draft.figure.end
                and _OWNED_GAP.fullmatch(text, draft.figure.end, period.start)
            ) or (
                draft.from_value
                and period.end <= draft.figure.left
                and _POSSESSIVE_GAP.fullmatch(text, period.end, draft.figure.left)
            ):
                owner.setdefault(period.start, draft)
        for period in periods:
            if period.label:
                continue
            if (
                period.start >= draft.figure.end
                and _RECORDED_GAP.fullmatch(text, draft.figure.end, period.start)
            ) or (
                period.end <= draft.figure.left
                and (
                    _BRACKET_GAP.fullmatch(text, period.end, draft.figure.left)
                    or _WHEN_GAP.fullmatch(text, period.end, draft.figure.left)
                )
            ):
                owner[period.start] = draft  # "the 2.6% drop recorded in October"
    for draft in sorted(drafts, key=lambda d: d.from_value):
        figure = draft.figure
        clause_start, clause_end = _clause_bounds(sentence, figure)
        mine = [p for p in periods if owner.get(p.start) is draft]
        if draft.from_value and not mine:
            _date_earlier_value(text, draft, drafts, context)
            continue
        pool = mine or [p for p in as_of if p.start not in owner or not owner[p.start].from_value]
        relative = match_ahead(_EARLIER_AFTER, text, figure.end)
        if relative is not None and not mine:
            later = draft.link if draft.link is not None and draft.link.date else None
            reference = later.date if later is not None else None
            own_reference = _nearest(pool, figure, clause_start, clause_end, sentence)
            if reference is None and own_reference is not None:
                reference = _resolve(own_reference, context)
            reference = reference or context.date
            if reference is not None:
                draft.date = _shift_back(reference, relative.group("unit"))
                draft.date_explicit = True
                draft.from_value = True
                draft.evidence["date"] = relative.span()
                continue
        own = _nearest(pool, figure, clause_start, clause_end, sentence)
        if own is not None and draft.from_value and draft.link is not None and draft.link.date:
            draft.date = _resolve(own, context, draft.link.date)
            draft.date_explicit = draft.date is not None
            draft.evidence["date"] = (own.start, own.end)
            continue
        if (
            own is not None
            and own.kind in _RANGE_KINDS
            and draft.change_direction is not None
            and _BETWEEN_BEFORE.search(text, max(0, own.start - 12), own.start)
        ):
            value = _resolve(own, context, sentence_year)
            if value is not None and "/" in value:
                first, last = value.split("/")
                draft.date = last
                draft.date_explicit = True
                draft.change_since = first
                draft.evidence["since"] = (own.start, own.end)
                draft.evidence["date"] = (own.start, own.end)
                continue
        if own is not None:
            draft.date = _resolve(own, context, sentence_year)
            draft.date_explicit = draft.date is not None
            draft.evidence["date"] = (own.start, own.end)
            if (
                draft.date is not None
                and own.kind == "month"
                and draft.unit not in _RATE_UNITS
                and (
                    _FLOW_WORDS.search(_metric_text(text, draft) or "")
                    or _FLOW_VERB.search(text, draft.figure.end, own.start)
                )
                and _YEAR_TO_BEFORE.search(text, max(0, own.start - 40), own.start)
            ):
                # "profit of ¥5.35 trillion in the year to March 2024": earned over 12 months
                draft.date = f"{shift(draft.date, months=-11)}/{draft.date}"
                draft.year_to = True
        elif context.date is not None and (
            opener := match_ahead(_EARLIER_OPENER, text, sentence.start, sentence.end)
        ):
            draft.date = _shift_back(context.date, opener.group("unit"))
            draft.date_explicit = True
            draft.from_value = True
            draft.evidence["date"] = opener.span()
        else:
            draft.date = context.date
    compared = {p.start for p in periods if p.comparison}
    explicit = [
        d
        for d in drafts
        if d.date_explicit
        and not d.from_value
        and d.evidence.get("date", (-1, -1))[0] not in compared
        and not _in_relative_clause(text, d)
    ]
    if explicit:
        context.date = explicit[-1].date
    elif any(d.date_explicit for d in drafts) and context.date is None:
        context.date = next(d.date for d in drafts if d.date_explicit)
    for draft in drafts:
        if draft.change_direction is None or "since" in draft.evidence:
            continue
        draft.change_since = _since(text, sentence, draft, drafts, periods, context)
        if draft.change_since is None:
            draft.change_since = _elided_since(draft, drafts)


def _elided_since(draft: Draft, drafts: list[Draft]) -> str | None:
    """ "grew 4.5% year on year in Q1, 6.3% in the second": an item without a change word of its
    own compares over the same distance as the item before it (here, a year)."""
    if not draft.elided:
        return None
    donors = [
        d
        for d in drafts
        if d.figure.end <= draft.figure.start
        and d.change_direction == draft.change_direction
        and d.change_since is not None
        and d.date is not None
    ]
    if not donors or draft.date is None:
        return None
    donor = donors[-1]
    for kwargs in ({"years": -1}, {"quarters": -1}, {"months": -1}):
        if donor.date and shift(donor.date, **kwargs) == donor.change_since:
            return shift(draft.date, **kwargs)
    return None


def _in_relative_clause(text: str, draft: Draft) -> bool:
    """ "the ¥4.99 trillion SoftBank earned in the year to March 2021": the period sits in a
    clause about the figure, which is background, and does not carry to later sentences."""
    span = draft.evidence.get("date")
    if span is None or span[0] < draft.figure.end:
        return False
    if not _ATTRIBUTIVE_BEFORE.search(text, max(0, draft.figure.left - 6), draft.figure.left):
        return False  # "Six of the groups posted increases in March": the figure is the subject
    return _CLAUSE_VERB.search(text, draft.figure.end, span[0]) is not None


def _date_earlier_value(text: str, draft: Draft, drafts: list[Draft], context: Context) -> None:
    """Date the earlier value Y of "X, up from Y a year earlier" from X's date."""
    span = (draft.figure.start, draft.figure.end)
    later = next((d for d in drafts if d.evidence.get("since_from") == span), draft.link)
    reference = later.date if later is not None and later.date else context.date
    relative = match_ahead(_EARLIER_AFTER, text, draft.figure.end)
    if relative is None or reference is None:
        draft.date = reference
        return
    draft.date = _shift_back(reference, relative.group("unit"))
    draft.date_explicit = True
    draft.evidence["date"] = relative.span()


def _shift_back(reference: str, unit: str) -> str:
    kwargs = {"year": {"years": -1}, "month": {"months": -1}, "quarter": {"quarters": -1}}
    return shift(reference, **kwargs[unit.lower()])


def _nearest(
    as_of: list[Period], figure: Figure, clause_start: int, clause_end: int, sentence: Sentence
) -> Period | None:
    in_clause = [p for p in as_of if clause_start <= p.start < clause_end]
    pool = in_clause or [p for p in as_of if sentence.start <= p.start and p.end <= figure.left]
    if not pool:
        return None

    def distance(period: Period) -> tuple[int, int]:
        if period.end <= figure.left:
            return (0 if in_clause else 1, figure.left - period.end)
        return (0 if in_clause else 2, period.start - figure.end)

    return min(pool, key=distance)


def _since(
    text: str,
    sentence: Sentence,
    draft: Draft,
    drafts: list[Draft],
    periods: list[Period],
    context: Context,
) -> str | None:
    figure = draft.figure
    earlier_span = draft.evidence.get("since_from")
    if earlier_span is not None:
        earlier = next((d for d in drafts if d.figure.start == earlier_span[0]), None)
        if earlier is not None and earlier.date_explicit:
            return earlier.date
        relative = _relative_since(
            text, earlier_span[1], _scope_end(sentence, figure, drafts), draft
        )
        if relative is not None:
            return relative
        return None
    start = figure.end
    if draft.change_span is not None:
        start = min(start, draft.change_span[1])
    end = _scope_end(sentence, figure, drafts)
    cue_start = figure.left
    if draft.change_span is not None:
        cue_start = min(cue_start, draft.change_span[0])
    # "annual growth ... slowed to 6.2%": a rate's own "annual" is not the base of its change
    lookback = 0 if draft.change_value is None and draft.rule == "level:reached" else 40
    relative = _relative_since(text, max(sentence.start, cue_start - lookback), end, draft)
    own_date = draft.evidence.get("date")
    comparison = [
        p
        for p in periods
        if p.comparison
        and not p.label
        and (own_date is None or p.start != own_date[0])
        and cue_start - 40 <= p.start < end
        and not _SUPERLATIVE_SINCE.search(text, max(0, p.start - 40), p.start)
        and not _SAME_AS_BEFORE.search(text, max(0, p.start - 12), p.start)
    ]
    if comparison:
        first = comparison[0]
        if relative is None or first.start < _relative_position(text, cue_start, end):
            same_period = _SAME_PERIOD_OF.search(text, max(0, first.start - 30), first.start)
            if same_period and first.kind == "year" and draft.date and year_of(draft.date):
                return shift(draft.date, years=int(first.value or 0) - (year_of(draft.date) or 0))
            return _resolve(first, context, draft.date)
    if relative is None:
        relative = _sentence_opening_since(text, sentence, draft, drafts, periods, context)
    return relative


def _sentence_opening_since(
    text: str,
    sentence: Sentence,
    draft: Draft,
    drafts: list[Draft],
    periods: list[Period],
    context: Context,
) -> str | None:
    """A comparison stated once for a sentence ("Compared with July, ...", "Over the year, ...")."""
    first_figure = min((d.figure.left for d in drafts), default=draft.figure.left)
    opening_end = min(first_figure, draft.figure.left)
    relative = _relative_since(text, sentence.start, opening_end, draft)
    rate_name = _ANNUAL_RATE.search(text, sentence.start, opening_end)
    if relative is not None and not (rate_name and draft.change_value is None):
        return relative
    opening = [
        p
        for p in periods
        if p.comparison and not p.label and sentence.start <= p.start < opening_end
    ]
    return _resolve(opening[0], context, draft.date) if opening else None


def _scope_end(sentence: Sentence, figure: Figure, drafts: list[Draft]) -> int:
    """Where the words about a figure's comparison end: its clause's end, or the next figure
    quoted for comparison ("following a 10.6 percent surge the month before")."""
    _, clause_end = _clause_bounds(sentence, figure)
    later = [
        d.figure.left
        for d in drafts
        if d.from_value and figure.end <= d.figure.left < clause_end and d.figure is not figure
    ]
    return min(later, default=clause_end)


def _relative_position(text: str, start: int, end: int) -> int:
    positions = [m.start() for m in (p.search(text, start, end) for p in (_YOY, _MOM, _QOQ)) if m]
    return min(positions) if positions else end


def _relative_since(text: str, start: int, end: int, draft: Draft) -> str | None:
    if draft.date is None:
        return None
    found = []
    for pattern, kwargs in (
        (_YOY, {"years": -1}),
        (_MOM, {"months": -1}),
        (_QOQ, {"quarters": -1}),
    ):
        match = pattern.search(text, start, end)
        while match is not None and draft.year_to and _YEAR_TO_CUE.search(match.group()):
            match = pattern.search(text, match.end(), end)
        if match is not None:
            found.append((match.start(), kwargs))
    if not found:
        return None
    _, kwargs = min(found, key=lambda item: item[0])
    return shift(draft.date, **kwargs)


def _assign_parent(text: str, sentence: Sentence, drafts: list[Draft], context: Context) -> None:
    if not drafts:
        return
    if match_ahead(_PARENT, text, sentence.start, sentence.end) and context.last_top_metric:
        for draft in drafts:
            draft.parent_metric = context.last_top_metric
    else:
        top = [d for d in drafts if d.metric is not None]
        if top:
            metric = top[0].metric
            assert metric is not None
            context.last_top_metric = text[metric[0] : metric[1]]
    named = [d for d in drafts if d.metric is not None]
    if named:
        metric = named[-1].metric
        assert metric is not None
        context.last_metric = text[metric[0] : metric[1]]
