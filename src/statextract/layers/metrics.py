"""The metric of each fact: which words of the sentence say what a figure measures.

A draft's metric is, by rule, the counted noun after its figure, "the X of", the subject of the
clause's verb, the object a change verb acts on, or a list item named "respectively"; earlier
values and comparisons take the metric of the fact they are linked to. Pronouns, "its"/"their"
and stand-ins ("the euro area figure") resolve to a metric named before, in the sentence or in
an earlier one, and a sentence that opens with a cue such as "Of these" makes the last top-level
metric the parent of its facts.
"""

from __future__ import annotations

import itertools

import regex

from statextract._patterns import (
    ITEM_END_AFTER,
    NOW_APPOSITIVE,
    RANKED_CHANGE_BEFORE,
    alternation,
    compile_before,
    compile_pattern,
    match_ahead,
    squash,
)
from statextract.figures import Figure
from statextract.layers.drafts import (
    ATTRIBUTIVE_BEFORE,
    MOM,
    QOQ,
    YOY,
    Context,
    Draft,
    clause_bounds,
    metric_text,
)
from statextract.layers.periods import Period
from statextract.layers.phrases import (
    before_clause_verb,
    bracket_item_before,
    category_item,
    changed_in_after,
    clean_phrase,
    counted_noun_after,
    doing_after,
    first_verb,
    in_name_parentheses,
    in_parentheses,
    is_clause,
    is_fragment,
    list_items,
    money_object_after,
    name_before_parentheses,
    noun_after_of,
    noun_before_of,
    object_before_at,
    part_after,
    subject_before,
    subject_of_first_verb,
    without_final_verb,
)
from statextract.layers.projections import growth_metric
from statextract.layers.roles import CLAUSE_VERB
from statextract.layers.sentences import Sentence, clause_index
from statextract.lexicon._changes import DECREASE_VERBS, INCREASE_VERBS, UNCHANGED_WORDS
from statextract.lexicon._metrics import (
    ACTION_COMPLEMENTS,
    ACTION_NOMINALS,
    AGENT_VERBS,
    BARE_STAND_IN_NOUNS,
    CLAUSE_PARTICIPLES,
    EMPLOYING_AGENTS,
    EMPLOYMENT_NOUNS,
    EMPTY_HEAD_WORDS,
    EXPECTATION_AGENTS,
    EXPECTATION_VERBS,
    FLOW_NOUNS,
    FORECAST_NOUN_PARTICIPLES,
    FORECAST_STAND_IN_NOUNS,
    FORECASTER_PARTICIPLES,
    FORECASTER_PEOPLE,
    GENERIC_METRICS,
    LEVEL_VERBS,
    LEVY_NOUNS,
    MEASURE_HEADS,
    NON_NOUN_WORDS,
    OUTPUT_NOMINALS,
    PARENT_CUES,
    PER_UNIT_NOUNS,
    PRONOUN_OBJECT_VERBS,
    STAND_IN_NOUNS,
    STOCK_NOUNS,
    UNIT_NOUNS,
)

_I = regex.IGNORECASE
Span = tuple[int, int]
_PARENT = compile_pattern(rf"\W*(?:{alternation(PARENT_CUES)})\b", _I)
_BY_BEFORE = compile_before(
    r"\bby\s+(?:(?:only|just|about|around|nearly|some|roughly|more\s+than|over)\s+)*$", _I
)
_UNIT_NOUNS = frozenset(UNIT_NOUNS)
_FLOW_NOUNS = frozenset(FLOW_NOUNS) | frozenset(STOCK_NOUNS)
_GROUP_PREPOSITION = compile_pattern(
    r"\b(?:in|across|among|of|for|at|by)\b(?!\s+(?:about|around)\b)", _I
)
"""A preposition between a subject and its figure: the figure counts a group, not the subject."""
_PER_UNIT_NOUNS = frozenset(PER_UNIT_NOUNS)
_COUNTED_UNITS = frozenset(
    {"count", "per_hundred", "per_thousand", "per_ten_thousand", "per_hundred_thousand",
     "per_million"}
)  # fmt: skip
"""Units whose figure is followed by the noun it counts ("112 subscriptions per 100 people")."""
_AGENT_VERB = compile_pattern(rf"\b(?:{alternation(AGENT_VERBS)})\b", _I)
_MEASURE_VERB = compile_pattern(
    rf"\b(?:{alternation([*INCREASE_VERBS, *DECREASE_VERBS, *LEVEL_VERBS, *UNCHANGED_WORDS])})\b",
    _I,
)
_MEASURE_HEADS = MEASURE_HEADS
_BAND_NOUN = compile_pattern(r"(?:range|band|corridor|window)", _I)
"""What a range of figures is called, not what it counts ("a 4.25%-4.50% range"); a "target
band" names a measure."""
_PACE_NOUN = compile_pattern(
    r"(?:annual(?:ized|ised)?\s+|yearly\s+|monthly\s+|quarterly\s+)?(?:rate|pace|clip|level|"
    r"reading|high|low)\b",
    _I,
)
_TO_LEVEL_BEFORE = compile_before(r"\bto\s+$", _I)
"""The level a subject moved to: "The housing stock grew 6% to 2,124,590 dwellings"."""
_AUXILIARY = compile_pattern(r"\b(?:has|have|had)(?=\s+(?:been\s+)?[a-z]+(?:ed|en|wn)\b)", _I)
_INFINITIVE_END = compile_pattern(r"\bto\s+[a-z]+$")
"""A subject phrase that ends in an infinitive ("the government hopes to attract"): the count
after it is the verb's object, whose noun is left out."""
_ELLIPSIS_BEFORE = compile_before(r"(?:\bin|\band|,|\bto|\bwith|\bby)\s+$", _I)
# "kept its rate at 5%" holds an object; "DAU held flat on the year at 100 million" holds none
_HELD_OBJECT = compile_pattern(
    r"(?:held|holds|holding|hold|kept|keeps|keeping|keep|left|leaves|leaving|leave|maintained|"
    r"maintains|maintain)\s+"
    r"(?!(?:flat|steady|stable|unchanged|firm|level|constant|broadly|largely|little|about|"
    r"roughly|near|close)\b)(?P<object>.+?)\s+(?:steady\s+|unchanged\s+)?"
    r"(?:at|near|around|in\s+an?|within\s+an?|in\s+the|within\s+the)\s*",
    _I,
)
_FROM_BEFORE = compile_before(r"\bfrom\s+$", _I)
_STAND_IN = compile_pattern(
    r"(?P<domain>(?:[\w'’&-]+\s+){0,3}?)(?:comparable\s+|corresponding\s+|revised\s+|"
    r"initial\s+|final\s+|latest\s+|previous\s+|earlier\s+)?"
    rf"(?:{alternation(STAND_IN_NOUNS)})"
    r"|(?P<domain>)(?:(?:implying|suggesting|meaning)\s+)?(?:an?\s+|the\s+)?"
    r"(?:revised\s+|initial\s+|final\s+|latest\s+|previous\s+|earlier\s+)?"
    r"(?:(?:annual|monthly|quarterly|yearly|year-on-year|month-on-month|quarter-on-quarter)\s+)?"
    rf"(?:{alternation(BARE_STAND_IN_NOUNS)})",
    _I,
)
_PLACED_ONLY = compile_pattern(
    r"(?:are|were|is|was)\s+(?:expected|recorded|registered|observed|seen|found|reported)\s+in\s+"
    r"(?P<place>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})",
)
"""A metric that is only a verb and a place: its subject named nothing ("The lowest are expected
in France")."""


def _name_placed(text: str, draft: Draft, drafts: list[Draft], context: Context) -> None:
    """ "The lowest are expected in France (0.9%)": the metric named before, in France."""
    phrase = metric_text(text, draft) or draft.metric_text or ""
    placed = _PLACED_ONLY.fullmatch(phrase)
    if placed is None:
        return
    named = next(
        (
            name
            for d in reversed(drafts)
            if d.figure.start < draft.figure.start
            and (name := metric_text(text, d) or d.metric_text)
            and not _PLACED_ONLY.fullmatch(name)
        ),
        context.last_metric,
    )
    if named is not None:
        draft.metric = None
        draft.metric_text = f"{_PLACE_TAIL.sub('', named)} in {placed.group('place')}"


_PLACE_TAIL = compile_pattern(r"\s+in\s+(?:the\s+)?[A-Z][\w\s'’.-]*$")
_LEVY_AFTER = compile_pattern(
    rf"\s+(?:[\"“'‘]?[\w-]+[\"”'’]?\s+)?(?P<levy>(?:counter-?)?(?:{alternation(LEVY_NOUNS)})"
    r"(?:\s+on\s+(?:most\s+|all\s+|some\s+)?(?:(?![\d$€£¥]|C\$)[\w'’.-]+\s+){0,4}?"
    r"(?![\d$€£¥]|C\$)[\w'’.-]*[\w’])?)"
    r"(?=\s*(?:[,;:.)\"”]|$|\s+(?:and|or|from|in|on|at|before|after|that|which|as|while|to|by|"
    r"since|last|this|next|of|would|will|could|if|starting|effective)\b))",
    _I,
)
"""A rate of tax after a percentage ("25% tariffs on most Canadian goods", "a 20% levy")."""
_FORECAST_STAND_IN = compile_pattern(
    r"(?:(?:new|latest|previous|earlier|revised|updated|own)\s+)?"
    rf"(?:{alternation(FORECAST_STAND_IN_NOUNS)})",
    _I,
)
_NOT_A_NOUN = compile_pattern(r"(?:to|and|or|but|while)\b|[a-z]+ing$", _I)
"""A metric carried over that names no thing ("to peak", "predicting")."""
_FORECAST_WORD = compile_pattern(rf"\b(?:{alternation(FORECAST_STAND_IN_NOUNS)})\b", _I)
_EXPECTATION = compile_before(
    rf"\b(?P<agent>{alternation(EXPECTATION_AGENTS)})\b(?:\s+[\w'’,-]+){{0,6}}?\s+"
    rf"(?:had\s+|have\s+|has\s+|were\s+|was\s+|are\s+|is\s+|had\s+on\s+average\s+been\s+|"
    rf"on\s+average\s+)?(?:been\s+)?(?P<verb>{alternation(EXPECTATION_VERBS)})\b"
    r"(?:\s+(?:a|an|the))?(?:\s+(?:(?:monthly|annual|quarterly)\s+)?(?:decline|drop|fall|rise|"
    r"increase|gain|contraction|dip|jump)\s+of)?"
    r"\s+(?:(?:about|around|nearly|some|roughly|just|exactly|precisely|"
    r"only|as\s+much\s+as|as\s+little\s+as)\s+)?$",
    _I,
)
_EXPECTED_AFTER = compile_pattern(
    rf"(?:\s+[\w-]+)?\s+(?P<verb>{alternation(EXPECTATION_VERBS)})\s+by\s+"
    rf"(?:(?:most|many|some|the)\s+)?(?P<agent>{alternation(EXPECTATION_AGENTS)})\b"
    rf"|\s+(?:(?:most|many|some)\s+)?(?P<agent>{alternation(EXPECTATION_AGENTS)})\s+"
    rf"(?:(?:had|have|were|are)\s+)?(?:(?:on\s+average|widely|generally)\s+)?"
    rf"(?P<verb>{alternation(EXPECTATION_VERBS)})\b"  # "the $1.76 analysts had expected"
    r"|\s+(?P<verb>expected|forecast|predicted|projected)\s+in\s+an?\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:poll|survey)(?:\s+of\s+(?P<agent>{alternation(EXPECTATION_AGENTS)})\b)?",
    _I,
)
"""A figure followed by who expected it: "the 214,000 forecast by economists", "the $5.661
billion expected in a Bloomberg survey of analysts"."""
_FORECAST_NOUN_AFTER = compile_pattern(
    r"\s+(?:(?:median|consensus|average|mean)\s+)?"
    rf"(?P<noun>{alternation(FORECAST_NOUN_PARTICIPLES)})s?\b"
    rf"(?:\s+(?:in|from)\s+an?\s+(?:[\w-]+\s+){{0,2}}?(?:poll|survey)"
    rf"(?:\s+of\s+(?P<agent>{alternation(EXPECTATION_AGENTS)})\b)?)?"
    r"(?=\s*(?:[,.;:)]|$|\s+(?:and|but|while|as)\b))",
    _I,
)
"""A forecast noun after a figure compared with ("slightly above the 1.30% median forecast in a
Reuters poll of economists", "beating the $4.1 billion consensus estimate")."""
_FOR_OPENING = compile_pattern(r"(?:for|among)\s+(?:the\s+)?(?P<domain>[^,;:()\d]{3,60}?),\s", _I)
_EXCLUDING_OPENING = compile_pattern(
    r"(?P<domain>(?:excluding|stripping\s+out|leaving\s+out|not\s+counting)\s+"
    r"(?:an?\s+\$?[\d.,]+\s+(?:million|billion|trillion)\s+)?[^,;:()\d]{3,60}?"
    r"(?:(?:,\s+[^,;:()\d\s]+(?:\s+[^,;:()\d\s]+){0,2})*,?\s+(?:and|or)\s+[^,;:()\d]{2,40}?)?),\s",
    _I,
)
_ITEMS_EXCLUDED = compile_pattern(
    r"\w+(?:\s+out)?\s+(?:(?:one-off|one-time|special|certain|some|unusual)\s+)?"
    r"(?:items|charges|one-offs)\s*$",
    _I,
)
"""'Excluding items': an adjusted figure, not a narrower measure."""
_ALREADY_EXCLUDES = compile_pattern(r"\b(?:exclud\w*|core|underlying)\b", _I)
"""A metric that names its exclusion already ("core CPI", "underlying inflation")."""
_GENERIC_METRIC = compile_pattern(alternation(GENERIC_METRICS), _I)
_FOLLOWED_BY = compile_pattern(r",\s+(?:followed\s+by|ahead\s+of|then|and|while)\b", _I)
_IN_END = compile_pattern(r"\s+(?:in|for|of|at)\s*$", _I)
_THOSE_BEFORE = compile_before(r"\b(?:those|that)\s+$", _I)
_PREPOSITION_START = compile_pattern(r"(?:to|of|in|for|from|with|on)\b", _I)
_THAT_FOR_BEFORE = compile_before(
    r"(?:\band|\bwhile|\bwhereas|\bbut|,)\s+(?:that|those)\s+"
    r"(?P<pp>(?:for|of|in|to|from|among)\s+(?!the\s+(?:same|previous|prior)\b)"
    r"[a-z][\w'’-]*(?:\s+(?!(?:was|were|is|are|to|at|by)\b)[\w'’-]+){0,5}?)"
    r"(?:\s+(?:was|were|is|are|stood|came\s+in|rose|fell|grew|increased|decreased|declined|"
    r"dropped|climbed|narrowed|widened|shrank|edged\s+(?:up|down)))?"
    r"(?:\s+(?:to|at|by))?\s+(?:(?:about|around|nearly|some|roughly|just)\s+)?$",
    _I,
)
"""A gapped item that names its own part of the metric before: "the rate for women was 6.1% and
that for men 5.7%", "the surplus for chemicals shrank ... and that for machinery to €11.9
billion"."""
_PREPOSITION_SPLIT = compile_pattern(r"\s(?:to|of|in|for|from|with|on)\s", _I)
_BARE_RATE = compile_pattern(r"rate(?P<group>\s+(?:for|among|in)\s+\S.*)?", _I | regex.DOTALL)
"""A rate named by its group alone ("the rate for women"): the kind of rate is the one before."""
_AGAINST_BEFORE = compile_before(r"\b(?:against|versus|vs\.?|compare[sd]?\s+with)\s+$", _I)
_FOR_GROUP = compile_pattern(
    r"\s+for\s+(?P<group>[a-z][\w'’&-]*(?:\s+(?!and\b|while\b|but\b)[a-z][\w'’&-]*){0,4})", _I
)
_AND_WORD = compile_pattern(r"\s(?:and|while|but)\s", _I)
_ITEM_OPENED = compile_before(r"(?:[:;,)]|\b(?:and|or|while|but|whereas))\s*$", _I)
"""The end of the gap between an earlier figure and a subject that opens a new item, so an
"and" inside the subject ("alcoholic beverages and tobacco") joins words of one name."""
_PARTICIPLE_BEFORE = compile_before(
    r",\s+(?:[a-z]+ing)(?:\s+(?:by|to|up|down))?\s+(?:(?:just|only|about|nearly|some)\s+)?"
    r"(?:an?\s+)?(?:combined\s+)?$",
    _I,
)
_LOST_MONEY = compile_before(
    r"\b(?:lost|loses|lose|losing)\s+(?:(?:about|around|nearly|some|roughly|almost|more\s+than|"
    r"an\s+estimated|a\s+combined)\s+)?$",
    _I,
)
_MOST_BEFORE = compile_before(
    r"\s(?:also\s+|again\s+)?(?:reported|recorded|registered|had|posted|saw|logged)\s+the\s+"
    r"(?:most|highest|largest|biggest|greatest|fewest|lowest)\s+(?:number\s+of\s+)?"
    r"(?P<noun>(?!(?:relative\s+|monthly\s+|annual\s+|weekly\s+)?(?:increases?|rises?|gains?|"
    r"growth|declines?|falls?|drops?|jumps?|decreases?|surges?|advances?|losses|loss|"
    r"contractions?|expansions?)\b)"
    r"[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)"
    r"(?:\s+(?:in|among|across|of)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s*\(\s*[-+]?$",
    _I,
)
"""Who reported the most of what, with the figure in brackets: "reported the most new deaths (",
"recorded the highest jobless rate in the bloc (" (the scope is no part of the metric)."""
_OPEN_PAREN_JUST_BEFORE = compile_before(r"\(\s*[-+]?$")
_REPORTED_GAP = compile_pattern(
    r"(?:\s*,[^,;()]*,)?\s+(?:also\s+)?(?:posted|posts|reported|reports|recorded|records|had|"
    r"generated|generates|booked|books|logged|logs|delivered|delivers)\s+(?:an?\s+)?"
    r"(?:(?:record|total|combined|quarterly|annual)\s+)?",
    _I,
)
"""Between a segment and what it reported: "Productivity and Business Processes, which includes
Office and LinkedIn, posted revenue of"."""
_COMPANY_DESCRIPTION = compile_pattern(
    r"(?:(?:the\s+)?(?:maker|owner|operator|parent|producer|seller|company|group|firm|"
    r"world['’]s\s+(?:biggest|largest))\b)(?![\w\s'’-]*\b(?:segment|division|unit|arm|zone|"
    r"region|business)\b)",
    _I,
)
"""A subject that describes the reporting company itself ("The maker of Nescafé coffee posted
organic sales growth of 2.2%"): the metric takes no owner from it."""
_VERB_ONLY = compile_pattern(r"[a-z]+(?:ed|en)", _I)
_AFTER_PARTICIPLE_BEFORE = compile_before(
    r"\b(?:after|before|while|following)\s+(?:[a-z]+ing)(?:\s+(?:by|to|up|down|at\s+an?))?\s+"
    r"(?:(?:just|only|about|nearly|some|an?\s+(?:annual(?:ized|ised)?\s+)?)\s*)?$"
    r"|(?<=,\s*)(?:following|after)\s+(?:an?|the)\s+(?:(?:unrevised|revised|upwardly\s+revised|"
    r"downwardly\s+revised|upward|downward|annual|monthly|small|slight|steep|sharp)\s+)?$",
    _I,
)
"""A figure after a participle or ", following a (revised)" whose subject is the clause's own
("increased at a 2.6% rate after rising at a 2.7% rate", "jumped 0.4%, following an unrevised
0.1% rise in November")."""
_CONTRIBUTED_BEFORE = compile_before(
    r"\b(?:contribut(?:ed|ing|es|e)|add(?:ed|ing|s)?|subtract(?:ed|ing|s)?|cut(?:ting|s)?|"
    r"knock(?:ed|ing|s)|shav(?:ed|ing|es)|took|tak(?:ing|es)|lopp(?:ed|ing)|dragg(?:ed|ing)|"
    r"trimm(?:ed|ing)|shaved)\s+(?:(?:about|around|nearly|some|roughly|just|an?|another)\s+)?"
    r"(?:combined\s+)?$",
    _I,
)
_ADDED_WORD = compile_pattern(r"(?:contribut|add)", _I)
_CONTRIBUTION_TO = compile_pattern(
    r"\s+(?:to|from|off)\s+(?:the\s+)?(?P<target>(?:(?:annual|quarterly|headline|overall|"
    r"economic|real|GDP|gross\s+domestic\s+product|monthly|all-items)\s+)*(?:growth|GDP|inflation|"
    r"rate|output|expansion|index|decline|fall|rise|increase|drop|gain|slowdown)"
    r"(?:\s+in\s+(?:the\s+)?(?:CPI|PPI|GDP|consumer\s+prices|prices|inflation))?)\b",
    _I,
)
"""What a contribution in points was made to: "to growth", "from the headline rate"."""
_PRONOUN_OBJECT_BEFORE = compile_before(
    rf"\b(?:{alternation(PRONOUN_OBJECT_VERBS)})\s+(?:it|them|this|that)\s+"
    r"(?:back\s+|down\s+|up\s+)?(?:by\s+[^,;:()]{1,30}?\s+(?=to\s))?"
    r"(?:(?:to|below|above|under|over|at|near)\s+)?"
    r"(?:(?:just|about|around|nearly|roughly)\s+)?$",
    _I,
)
_PRONOUN_EXPECTED_BEFORE = compile_before(
    r"\b(?:expects?|expected|expecting|sees|see|saw|seeing|forecasts?|forecasting|projects?|"
    r"projected|projecting|predicts?|predicted|estimates?|estimated|puts?|putting)\s+"
    r"(?:it|them)\s+(?:(?:to\s+[a-z]+(?:\s+(?:up|down|in|back|the\s+year))?"
    r"|averaging|running|peaking|ending)\s+)?(?:(?:at|to|by|of)\s+)?"
    r"(?:(?:just|about|around|nearly|roughly)\s+)?$"
    r"|\b(?:it|they|we)\s+(?:had\s+|has\s+|have\s+|previously\s+|initially\s+|earlier\s+)*"
    r"(?:pencilled|penciled|forecast|projected|expected|predicted|estimated|put\s+it\s+at)"
    r"(?:\s+in)?\s+(?:(?:just|about|around|nearly|roughly)\s+)?$",
    _I,
)
"""A forecast of "it" ("now sees it at 4.0% in 2025", "expects it to average 5.7%", "In
September it had pencilled in 1.2%"): the metric named before."""
_RELATIVE_ANTECEDENT = compile_before(
    r"(?:^|(?<=\b(?:the|a|an|its|their|his|her|our|of|in|on|by|for|to|from|with|and|but|or|was|"
    r"were|is|are|than|as|outpacing|outstripping|exceeding|matching|lagging|tracking|behind|"
    r"above|below)\s+)|(?<=[,;:(]\s*))"
    r"(?<!\b(?:such\s+as|including|like|notably|especially)\s+)"
    r"(?P<noun>(?!(?:the|a|an|its|their|which|that|this|it|they|said|says|say|showed|shows|noted|"
    r"added|reported|estimated|expects|expected|believes|thinks|warned|predicted|means|meant|"
    r"so|such|now)\b)[A-Za-z][\w'’&.-]*"
    r"(?:\s+(?!(?:which|that|by|of|in|on|for|to|from|with|and|but|or|was|were|is|are|the|a|an|"
    r"its|their)\b)(?![a-z]+(?:ed|ing)\b)[A-Za-z][\w'’&.-]*){0,3})"
    r"(?:,\s+(?:which|that)\s+|\s+that\s+(?=$|(?:peaked|rose|fell|climbed|reached|hit|stood|"
    r"grew|jumped|totalled|totaled|averaged|topped|sank|slid|dropped|declined|increased|"
    r"decreased)\b))"
    r"(?![a-z]+\s+(?:said|says|reported|expects|expected|forecast|sees|estimated)\b)[^,;()]*$",
    _I,
)
"""The noun a relative clause holding the figure is about ("inflation, which held at 2.2%")."""
ASIDE_OPENER = compile_before(r",\s+(?:which|who|whose)\b[^,;()]*$", _I)
_SAW_CHANGE_BEFORE = compile_before(
    r"\b(?:saw|sees|see|seeing)\s+(?:its\s+|their\s+)?"
    r"(?P<np>(?:(?!(?:of|to|in|at|for|on|by|from|with|a|an|the)\b)(?-i:[a-z])[\w'’-]*\s+){1,4}?)"
    rf"(?:(?:{alternation([*INCREASE_VERBS, *DECREASE_VERBS])}|[a-z]+\s+(?:up|down|higher|lower))"
    r"\s+(?:by\s+)?)?$",
    _I,
)
"""A subject that saw its measure move ("North America saw sales slide"): the measure, owned."""
_POSSESSOR_NAME = r"(?P<owner>(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)['’]s"
"""A possessor named by up to four capitalised words ("Japan's", "North America's")."""
_BARE_POSSESSIVE = compile_pattern(_POSSESSOR_NAME)
"""A subject that is only a possessor ("Sulawesi's"): the possessed noun is elided."""
_POSSESSED_HEAD = compile_pattern(r"['’]s\s+(?P<head>[a-z][\w\s'’-]*)$")
_PARTICLE_AT = compile_pattern(r"(?:up|down|higher|lower)\b", _I)
_CURRENT_LEVEL_BEFORE = compile_before(
    r"\b(?:its|their|the)\s+(?P<np>(?-i:[a-z])[\w'’-]*(?:\s+(?-i:[a-z])[\w'’-]*){0,3})"
    + NOW_APPOSITIVE,
    _I,
)
"""A measure set off with its present level: "its cash rate, currently 4.10 per cent,"."""
_RANKING_AFTER = compile_pattern(
    r"\s+(?:recorded|posted|had|registered|saw|reported|logged|showed)\s+the\s+(?:most|highest|"
    r"largest|biggest|strongest|steepest|sharpest|greatest|fastest|lowest|smallest)\s+"
    r"(?P<noun>(?-i:[a-z])[\w-]*(?:\s+(?-i:[a-z])[\w-]*){0,3}?)\s*(?=,|\s+(?:at|of|with)\b)",
    _I,
)
"""A ranking right after a list's first subject: " recorded the most nights spent,"."""
_RANKED_MOVE = compile_pattern(
    r"(?:[\w-]+\s+){0,2}(?:increases?|rises?|gains?|jumps?|drops?|declines?|falls?|growth|"
    r"losses?|decreases?)",
    _I,
)
"""A ranking by a move ("the highest annual increases"): the measure is the text's topic."""
_RANKED_LEVEL_BEFORE = compile_before(
    r"\b(?:(?:is|was|were|are)\s+expected\s+to\s+)?(?:recorded|posted|had|registered|saw|"
    r"reported|logged|showed|post|record|have|has|received|receives|attracted|drew|counted)\s+"
    r"the\s+(?:highest|lowest|largest|biggest|strongest|smallest|weakest|fastest|slowest|most|"
    r"second-highest|second-lowest)\s+"
    r"(?P<noun>(?-i:[a-z])[\w-]*(?:\s+(?-i:[a-z])[\w-]*){0,4}?)"
    r"(?:\s+(?:of|among)\s+(?:the\s+)?[\w\s-]{1,40}?)?(?:\s*,?\s+(?:at|of|with)\s+|\s*,\s*)"
    r"(?:(?:about|around|some|nearly|roughly|just)\s+)?$",
    _I,
)
"""A level its subject ranks first on: "Estonia is expected to post the highest annual rate, at"."""
_COUNTED_OF = compile_pattern(
    r"\s+of\s+(?:the\s+)?(?P<counted>[^,;()\d]{1,60}?)\s*(?:,?\s+(?:at|with)\b|,)", _I
)
"""What a ranked number counts ("the largest number of acutely food-insecure people, at")."""
_FORECAST_PARTICIPLE_BEFORE = compile_before(
    r",\s+(?:projecting|forecasting|seeing|expecting|predicting|estimating|pencilling\s+in|"
    r"penciling\s+in)\s+(?:(?:about|around|roughly|nearly|just)\s+)?$",
    _I,
)
"""A bare figure a forecast clause goes on to project: "cut its inflation forecast to 3.7%,
projecting 2.9% in the April-June quarter"."""
_PLURAL_NOUN = compile_pattern(r"(?-i:\b[a-z][a-z-]+s)\b(?<!\bits)(?<!\bthis)")
"""A plural common noun: an owner described as a group ("Middle Eastern airlines")."""
_RANKED_NAME = r"(?P<name>(?-i:[A-Z])[\w.'’&-]*(?:\s+(?:and|of|the|(?-i:[A-Z])[\w.'’&-]*))*)"
"""A name in a ranking, of capitalised words joined by "and", "of", "the" ("Slovakia and
Croatia")."""
_SUPERLATIVE_IN_BEFORE = compile_before(
    r"\b(?:was|were|is|are)\s+(?:the\s+)?(?:highest|lowest|largest|smallest|biggest|strongest|"
    r"weakest|fastest|slowest|most|least)\s+in\s+"
    rf"{_RANKED_NAME}\s*,?\s+(?:at|with)\s+(?:(?:about|around|roughly|nearly)\s+)?$",
    _I,
)
"""A level placed first by its subject's verb: "Unemployment was highest in Spain, at"."""
_RANKED_IN_BEFORE = compile_before(
    r"\bthe\s+(?:highest|lowest|largest|smallest|biggest|strongest|weakest|fastest|slowest)\s+"
    r"(?P<noun>(?-i:[a-z])[\w-]*(?:\s+(?-i:[a-z])[\w-]*){0,3}?)\s+(?:was|were)\s+"
    r"(?:(?:recorded|registered|found|observed|seen|reported|posted)\s+)?in\s+"
    rf"{_RANKED_NAME}(?:,\s+[^,;()\d]{{1,80}},)?\s*,?\s+(?:at|with)\s+"
    r"(?:(?:about|around|roughly|nearly)\s+)?$",
    _I,
)
"""A level placed first by its noun: "the highest rate was registered in Ceuta, the Spanish
autonomous city on the North African coast, at"."""
_FOLLOWER_AT_BEFORE = compile_before(
    rf"(?:,\s+followed\s+by|\s+and)\s+{_RANKED_NAME}"
    r"(?:,\s+(?:both|all|each))?\s+(?:at|with)\s+(?:(?:about|around|roughly|nearly)\s+)?$",
    _I,
)
"""The next names of a ranking, each with its level: ", followed by Slovakia and Croatia, both
at" 4.5%."""
_FRONTED_AT = compile_pattern(
    r"\s*(?-i:At)\s+(?:(?:about|around|roughly|nearly|almost|just)\s+)?", _I
)
"""A sentence that opens on its figure ("At 4.1%, the jobless rate ..."): the whole stretch from
the sentence start to the figure."""
_FRONTED_TAIL = compile_pattern(
    r"(?:\s+(?:above|below|under|over|higher\s+than|lower\s+than)\s+[^,;.\d]{1,60})?,\s+", _I
)
"""What follows a fronted figure up to its clause's comma: a benchmark at most ("At 23% below
the five-year average, distillate inventories remain tight")."""
_DETERMINER_GAP = compile_pattern(r"(?:(?:the|its|their)\s+)?", _I)
"""What may stand between that comma and the subject after it ("the unemployment rate")."""
_POSSESSIVE_BEFORE = compile_before(r"\b(?:its|their)\s+$", _I)
_REPORTED_POSSESSIVE_BEFORE = compile_before(
    r"\b(?:said|says|reported|reports|announced|announces|estimated|estimates|noted|added|"
    r"stated|showed|shows)(?:\s+(?:on|in)\s+\w+)?(?:\s+that)?\s+(?:its|their)\s+$",
    _I,
)
"""A possessive right after a reporting verb ("The Labor Department said its consumer price
index climbed"): the reporter publishes the measure, it is no part of it."""
_POSSESSOR = compile_pattern(_POSSESSOR_NAME + r"\s+(?-i:[a-z])")
"""The possessor that opens a metric ("Japan's trade surplus"): what a later "its" refers to
(not "Sweden's Riksbank", a name)."""
_OWNER_NOUNS = frozenset({"number", "total", "figure", "count", "level", "tally", "numbers"})
_DEFINITE_BEFORE = compile_before(
    r"\b(?:the|in\s+the\s+(?:remaining|other|top|largest|biggest|smallest))\s+$", _I
)
_IN_THE_BEFORE = compile_before(
    r"\bin\s+the\s+(?:remaining|other|top|largest|biggest|smallest)\s+$", _I
)
_PLACES_COUNT_BEFORE = compile_before(r"\b(?:in|across|of|among|for)\s+(?:the\s+)?$", _I)
_PLACES_GAP = compile_pattern(
    r"(?:\s+(?!(?:and|or|but)\b)[a-z][\w'’-]*){1,4}\s+(?:[a-z]+\s+)?(?:rose|fell|grew|climbed|"
    r"dropped|declined|increased|decreased|jumped|slipped|eased|edged|dipped|quickened|slowed|"
    r"were|was)\b[\s\w]{0,20}$",
    _I,
)
_IN_PLACES_BEFORE = compile_before(r"\b(?:in|across|among)\s+(?:the\s+|all\s+)?$", _I)
_PLACES_WORDS = compile_pattern(r"(?:\s+(?!(?:and|or|but)\b)[a-z][\w'’-]*){1,5}\s*", _I)
"""The rest of a subject after its count of places, up to the verb: "countries sharing the euro"."""
SUBJECT_GAP = compile_pattern(r"(?:\s+[A-Za-z][\w'’-]*){1,6}\s*", _I)
_NAMED_GROUP = compile_pattern(
    r"\b(?:the|these|those|both)\s+(?P<n>two|three|four|both)\s+(?:measures|figures|rates|"
    r"indicators|gauges|series|numbers|readings|indexes|indices)\b|\b(?P<n>both)\b",
    _I,
)
_GROUP_SIZES = {"two": 2, "both": 2, "three": 3, "four": 4}
_LISTED = compile_pattern(r"\s*,?\s*(?:and\s+)?", _I)
_RESPECTIVELY = compile_pattern(r"\brespectively\b", _I)
_PRONOUNS = frozenset({"them", "these", "those", "it", "this", "they", "which"})


_TO_LEVEL_GAP = compile_pattern(
    r"\s+to\s+(?:(?:an?|the)\s+)?(?:(?:record|new|all-time|fresh)\s+(?:high\s+|low\s+)?(?:of\s+)?)?",
    _I,
)
"""Between a changed noun and the level it reached: " to ", " to a record "."""


def _changed_noun_to(
    text: str, draft: Draft, clause_end: int, periods: list[Period]
) -> Span | None:
    """The noun a change names before the level it reached: "a 26% fall in underlying
    attributable profit to US$10.16 billion" measures underlying attributable profit."""
    if draft.change_span is None or draft.change_span[1] > draft.figure.left:
        return None
    noun = changed_in_after(text, *draft.change_span, clause_end, periods)
    if noun is None or not _TO_LEVEL_GAP.fullmatch(text, noun[1], draft.figure.left):
        return None
    return noun


def in_aside(text: str, figure: Figure, before: int) -> bool:
    """``figure`` sits in a "which/who" aside that closes before ``before`` ("The INPC, which
    covers families earning one to five minimum wages, rose 0.19%")."""
    opener = ASIDE_OPENER.match(text, max(0, figure.left - 80), figure.left)
    return opener is not None and "," in text[figure.end : before]


_LEVEL_AT_BEFORE = compile_before(
    r"\b(?:stood|stands|stand|was|were|is|are|remained|remains|held|holds|came\s+in|ended|"
    r"finished|closed|steady|unchanged)\s+(?P<at>at)\s+(?:(?:about|around|nearly|some|roughly)\s+)?$",
    _I,
)


def _level_at_start(text: str, start: int, end: int) -> int:
    """The end of a gap before its "at" of a level ("stood at 8,658 aircraft"), which is no group
    the figure counts."""
    level_at = _LEVEL_AT_BEFORE.match(text, start, end)
    return level_at.start("at") if level_at is not None else end


def assign_metric(
    text: str,
    sentence: Sentence,
    draft: Draft,
    periods: list[Period],
    context: Context,
    drafts: list[Draft],
    figures: list[Figure],
) -> None:
    """Give ``draft`` the words that name what its figure measures (or a metric carried over)."""
    figure = draft.figure
    low = next((d for d in drafts if d.figure.range_high is figure), None)
    if low is not None and (low.metric is not None or low.metric_text is not None):
        # "to a 4.25%-4.50% range": the top of a range measures what its bottom does
        draft.metric, draft.metric_text = low.metric, low.metric_text
        draft.metric_owner, draft.metric_detail = low.metric_owner, low.metric_detail
        return
    clause_start, clause_end = clause_bounds(sentence, figure)
    tally = _vote_tally(text, figure)
    if tally is not None:
        # "voted 11-1 to lower ...": the votes for and against
        draft.metric, draft.metric_text = None, tally
        return
    of_the = (
        _OF_THE_OPENING.fullmatch(text, sentence.start, figure.left)
        if draft.unit == "count" and figure.currency is None
        else None
    )
    if of_the is not None and match_ahead(_COUNT_VERB_AFTER, text, figure.end) is not None:
        # "Of the 24 Member States for which data are available, 15 recorded increases"
        draft.metric, draft.metric_text = None, squash(of_the.group("domain"))
        return
    current = _CURRENT_LEVEL_BEFORE.match(text, max(sentence.start, figure.left - 80), figure.left)
    if current is not None:
        # "will lower its cash rate, currently 4.10 per cent, at its meeting": the cash rate now
        draft.metric, draft.metric_text = current.span("np"), None
        return
    fronted = (
        match_ahead(_FRONTED_TAIL, text, figure.end, sentence.end)
        if _FRONTED_AT.fullmatch(text, sentence.start, figure.left)
        else None
    )
    if fronted is not None:
        owner = subject_of_first_verb(text, fronted.end(), sentence.end, periods)
        if owner is not None and _DETERMINER_GAP.fullmatch(text, fronted.end(), owner[0]):
            # "At 2,476 Bcf, total working gas is within the range": the subject after the comma
            draft.metric, draft.metric_text = owner, None
            return
    projected = _FORECAST_PARTICIPLE_BEFORE.match(
        text, max(sentence.start, figure.left - 40), figure.left
    )
    forecast_before = (
        [
            d
            for d in drafts
            if d is not draft and d.metric is not None and d.figure.end <= figure.left
        ]
        if projected is not None
        else []
    )
    if forecast_before:
        # "cut its inflation forecast to 3.7%, projecting 2.9% in the April-June quarter": the
        # forecast the clause before named, for another period
        forecast = forecast_before[0]
        draft.metric, draft.metric_text = forecast.metric, forecast.metric_text
        draft.metric_owner, draft.metric_detail = forecast.metric_owner, forecast.metric_detail
        return
    ranked, ranked_owner = (
        _ranking(text, sentence, figure.left, RANKED_CHANGE_BEFORE, periods)
        if draft.rule == "change"
        else (None, None)
    )
    ranked_level, ranked_name = (
        _ranking(text, sentence, figure.left, _RANKED_LEVEL_BEFORE, periods)
        if draft.rule == "level" and ranked is None
        else (None, None)
    )
    placed_first, placed_measure = (
        _ranking(text, sentence, figure.left, _SUPERLATIVE_IN_BEFORE, periods, reach=120)
        if draft.rule == "level"
        else (None, None)
    )
    ranked_in = (
        _RANKED_IN_BEFORE.match(text, max(sentence.start, figure.left - 200), figure.left)
        if draft.rule == "level"
        else None
    )
    if ranked_in is not None:
        # "the highest rate was registered in Ceuta, ..., at 26.6%": the rate in Ceuta
        draft.metric = None
        draft.metric_text = (
            f"{squash(ranked_in.group('noun'))} in {squash(ranked_in.group('name'))}"
        )
        return
    if placed_first is not None and placed_measure is not None:
        # "Unemployment was highest in Spain, at 11.4%": unemployment in Spain
        draft.metric = None
        draft.metric_text = (
            f"{squash(text[placed_measure[0] : placed_measure[1]])} in "
            f"{squash(placed_first.group('name'))}"
        )
        return
    follower = (
        _FOLLOWER_AT_BEFORE.match(text, max(sentence.start, figure.left - 80), figure.left)
        if draft.rule == "level" and ranked_level is None
        else None
    )
    if follower is not None:
        leaders: list[str] = []
        for ranked_draft in drafts:
            if ranked_draft is draft or ranked_draft.figure.end > follower.start():
                continue
            ranking, _name = _ranking(
                text, sentence, ranked_draft.figure.left, _RANKED_LEVEL_BEFORE, periods, find=False
            )
            if ranking is not None:
                leaders.append(squash(ranking.group("noun")))
                continue
            _first, measure = _ranking(
                text, sentence, ranked_draft.figure.left, _SUPERLATIVE_IN_BEFORE, periods
            )
            if measure is not None:
                leaders.append(squash(text[measure[0] : measure[1]]))
        if leaders:
            # "Estonia ... the highest annual rate, at 5.6%, followed by Slovakia and Croatia,
            # both at 4.5%": the ranked noun, for the names that follow
            draft.metric = None
            draft.metric_text = f"{leaders[-1]} in {squash(follower.group('name'))}"
            return
    if ranked_level is not None and ranked_name is not None and text[ranked_name[0]].isupper():
        # "Odisha had the highest inflation rate, at 7.79%": the rate, for Odisha
        noun = squash(ranked_level.group("noun"))
        counted_of = _COUNTED_OF.match(text, ranked_level.end("noun"), ranked_level.end())
        if noun.lower() in ("number", "count", "total") and counted_of is not None:
            noun = squash(counted_of.group("counted"))  # "the largest number of X people, at"
        draft.metric = None
        draft.metric_text = f"{noun} in {squash(text[ranked_name[0] : ranked_name[1]])}"
        return
    if ranked_owner is not None:
        # "Market services recorded the largest drop, of 2.9 points": the subject dropped
        draft.metric, draft.metric_text = ranked_owner, None
        return
    named_after = _noun_named_after(text, sentence, figure)
    if named_after is not None:
        # "Unilever posts 4.2% sales growth": the growth the figure names
        draft.metric, draft.metric_text = named_after, None
        return
    target = _target_named(text, sentence, figure, context)
    if target is not None:
        # "remains above the 2% target": the target, an inflation target in a text on prices
        draft.metric, draft.metric_text = None, target
        return
    if (
        draft.unit.isupper()
        and _RETURNED_BEFORE.match(text, max(clause_start, figure.left - 40), figure.left)
        and match_ahead(_TO_HOLDERS_AFTER, text, figure.end, clause_end)
    ):
        # "Microsoft returned $9.7 billion to shareholders": what was handed back
        draft.metric, draft.metric_text = None, "cash returned to shareholders"
        return
    action = (
        _ACTION_BEFORE.match(text, max(clause_start, figure.left - 40), figure.left)
        if figure.currency is not None and draft.rule == "level"
        else None
    )
    if action is not None:
        # "Amazon expects to spend roughly $75 billion": what the amount is, named by the verb
        draft.metric = None
        draft.metric_text = _action_metric(text, action, figure, clause_end, periods)
        return
    output = (
        _OUTPUT_BEFORE.match(text, max(clause_start, figure.left - 40), figure.left)
        if figure.currency is None and draft.unit not in ("percent", "percentage_point")
        else None
    )
    if output is not None:
        # "expects to ship between 323 million and 338 million tonnes of Pilbara iron ore"
        nominal = OUTPUT_NOMINALS[output.group("verb").lower()]
        goods = match_ahead(_GOODS_AFTER, text, figure.end, clause_end)
        goods_span = clean_phrase(text, *goods.span("goods"), periods) if goods else None
        if goods_span is not None or draft.unit != "count":
            maker = subject_before(text, clause_start, output.start(), periods)
            maker_name = squash(text[maker[0] : maker[1]]) if maker is not None else ""
            if goods_span is not None:
                maker_name = squash(text[goods_span[0] : goods_span[1]])  # "tonnes of copper"
            elif not maker_name[:1].isupper() or maker_name.lower() in _PRONOUNS:
                maker_name = ""  # "Russia produced 8.97 million bpd": Russia's, not "the firm's"
            draft.metric = None
            draft.metric_text = f"{maker_name} {nominal}".strip()
            return
    category = category_item(text, clause_start, figure.start)
    if category is not None:
        # "highest in education (120.8%), housing (101.5%) and restaurants and hotels (67.7%)"
        (head_start, head_end), preposition, (item_start, item_end) = category
        category_head = clean_phrase(text, head_start, head_end, periods)
        if category_head is not None:
            head_words = text[category_head[0] : category_head[1]]
            draft.metric = None
            draft.metric_text = f"{head_words} {preposition} {text[item_start:item_end]}"
            return
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
            (draft.rule == "change" or _IN_THE_BEFORE.match(text, max(0, f.left - 24), f.left))
            and f.unit == "count"
            and _DEFINITE_BEFORE.match(text, max(0, f.left - 24), f.left)
            and SUBJECT_GAP.fullmatch(text, f.end, anchor)
        )
        and not (
            f.unit == "count"
            and _PLACES_COUNT_BEFORE.match(text, max(0, f.left - 12), f.left)
            and (
                _PLACES_GAP.fullmatch(text, f.end, anchor)
                or (
                    anchor < figure.left
                    and _IN_PLACES_BEFORE.match(text, max(0, f.left - 12), f.left)
                    and _PLACES_WORDS.fullmatch(text, f.end, anchor)
                )
            )
        )  # "new home prices in 70 major cities fell 5.3%": the count is in the subject
        and not in_aside(text, f, anchor)
    ]
    wholes = [
        d.share_of[1]
        for d in drafts
        if d.share_of is not None and d.figure.end in earlier and d.share_of[1] <= anchor
    ]  # "narrowed from 3.7% of GDP in 2022 to 3.6%": the whole is not the next one's subject
    floor = max([*earlier, *wholes], default=clause_start)
    subject = _not_per_unit(text, subject_before(text, max(clause_start, floor), anchor, periods))
    participle = _PARTICIPLE_BEFORE.match(text, max(clause_start, anchor - 30), figure.left)
    if participle is not None and not earlier:
        # "Food had the largest impact, rising 0.53%": the clause's subject rose
        subject = subject_of_first_verb(text, clause_start, participle.start(), periods) or subject
    witnessed = _SAW_CHANGE_BEFORE.match(text, max(clause_start, anchor - 80), anchor)
    if witnessed is not None:
        # "North America, Nike's biggest market, saw sales slide 11%": North America's sales
        owner = subject_before(text, clause_start, witnessed.start(), periods)
        np_start, np_end = witnessed.span("np")
        if _PARTICLE_AT.match(text, np_end) is not None:
            np_end = text.rfind(" ", np_start, np_end - 1)  # "saw sales edge up 0.2%": sales
        subject = clean_phrase(text, np_start, max(np_start, np_end), periods) or subject
        owner_words = squash(text[owner[0] : owner[1]]) if owner is not None else ""
        if owner_words and owner_words.lower() not in _PRONOUNS:
            draft.metric_owner = owner_words
    joined = (
        list(_AND_WORD.finditer(text, *subject))
        if subject and floor > clause_start and not _ITEM_OPENED.search(text, floor, subject[0])
        else []
    )  # not "Health (+8.4%) and miscellaneous goods and services (+8.3%)": one item's name
    if subject is not None and joined:
        # "7.1% bigger than in 2019 and the US market 3.3% bigger": the item after "and"
        subject = clean_phrase(text, joined[-1].end(), subject[1], periods)
    whole_item = bracket_item_before(text, clause_start, figure.start) if subject else None
    if (
        subject is not None
        and whole_item is not None
        and whole_item[0] < subject[0] < whole_item[1]
    ):
        # "..., motor vehicles, trailers and bodies (2.0%)": the item's whole name, commas and all
        subject = whole_item
    following = _AFTER_PARTICIPLE_BEFORE.match(text, max(clause_start, anchor - 40), figure.left)
    if following is not None:
        # "increased at a 2.6% rate after rising at a 2.7% rate": the clause's subject rose
        rising_before = [
            d
            for d in drafts
            if d is not draft and d.metric is not None and d.figure.end <= following.start()
        ]
        if rising_before:
            subject = rising_before[-1].metric
            draft.metric_owner = rising_before[-1].metric_owner  # "X saw sales edge up 0.2%
            # after surging 4.4%": X's sales again
        else:
            subject = (
                subject_of_first_verb(text, clause_start, following.start(), periods) or subject
            )
    if subject is None:
        # "X narrowed from A to B": B measures the subject before its earlier value A
        starts = [d.figure.left for d in drafts if d.link is draft and d.from_value]
        if starts and clause_start <= min(starts) < anchor:
            # from the last figure before the earlier value: "..., and the surplus in machinery
            # narrowed from A to B" is the machinery surplus, not the clause's first subject
            since_floor = max(
                (f.end for f in figures if clause_start <= f.start and f.end <= min(starts)),
                default=clause_start,
            )
            subject = subject_before(text, since_floor, min(starts), periods)
            verbs = _FROM_BEFORE.match(text, since_floor, min(starts))
            if verbs is not None:
                subject = subject_before(text, since_floor, verbs.start(), periods) or subject
    clause_start = max(clause_start, floor)
    via_number_of = subject is not None and "number of" in text[clause_start:anchor].lower()
    if (
        draft.rule.startswith("share")
        and draft.share_of is not None
        and subject is None
        and not _PRONOUN_SUBJECT.match(text, clause_start, figure.left)
    ):  # "They made up 16.1% of the population": they, not the population
        subject = draft.share_of
    of_phrase = None if via_number_of else noun_before_of(text, clause_start, anchor, periods)
    counted = None
    if draft.unit == "percent" and draft.rule == "level":
        levy = match_ahead(_LEVY_AFTER, text, figure.end, clause_end)
        if levy is not None:
            counted = levy.span("levy")  # "a 32% "reciprocal" tariff on Indonesian goods"
    if draft.unit not in ("percent", "percentage_point") and not via_number_of:
        counted = noun_after_of(text, figure.end, clause_end)
        if counted is None and draft.unit.isupper() and len(draft.unit) == 3:  # money
            counted = money_object_after(text, figure.end, clause_end, periods)
    if counted is None and draft.unit in _COUNTED_UNITS and not via_number_of:
        counted = counted_noun_after(text, figure.end, clause_end)
        noun = text[counted[0] : counted[1]].lower() if counted is not None else ""
        if (
            subject is not None
            and (
                noun in ("units", "unit")
                or (
                    _head_word(text[subject[0] : subject[1]]) in _FLOW_NOUNS
                    and _MEASURE_VERB.search(text, subject[1], figure.left)
                    and not _AGENT_VERB.search(text, subject[1], figure.left)
                    and not _GROUP_PREPOSITION.search(
                        text, subject[1], _level_at_start(text, subject[1], figure.left)
                    )
                )  # "Montreal-area sales totalled 3,330 homes": the sales; not "Sales rose in
                # five provinces", which counts provinces
                or (
                    (
                        noun in _UNIT_NOUNS
                        or (
                            _TO_LEVEL_BEFORE.match(
                                text, max(subject[1], figure.left - 6), figure.left
                            )
                            and text[subject[0] : subject[1]].split()[-1].lower()
                            not in _EMPLOYING_AGENTS
                        )  # "The company grew to 5,000 employees" counts employees
                    )
                    and _MEASURE_VERB.search(text, subject[1], figure.left)
                    and not _AGENT_VERB.search(
                        _AUXILIARY.sub(" ", text[subject[1] : figure.left])
                    )  # "employment has increased by 376,600 persons": "has" is no agent's verb
                )
            )
        ):
            # "employment increased 48,300 to 9.1 million people", "vehicle sales rose 7% to
            # 9.4 million units": the counted noun counts what the subject measures
            counted = None
    if (
        counted is None
        and draft.unit != "count"
        and draft.rule == "level"
        and draft.change_direction != "unchanged"  # "kept its rate in a 5.25%-5.50% range"
        and (
            ATTRIBUTIVE_BEFORE.match(text, max(0, figure.left - 24), figure.left)
            or ATTRIBUTIVE_BEFORE.match(text, figure.left, figure.start)
        )  # "less than a 10% chance of a move": the article after the hedge
    ):
        # "a ₹2 lakh crore package", "a $1.2 billion deal": the noun the amount describes
        counted = counted_noun_after(text, figure.end, clause_end)
        if counted is not None and _PACE_NOUN.match(text, counted[0], counted[1]):
            counted = None  # "slowed to a 2.6% rate", "at a 2.9% pace": the subject's pace
    if counted is None and figure.range_high is not None and not via_number_of:
        counted = counted_noun_after(text, figure.range_high.end, clause_end)
        if counted is not None and _BAND_NOUN.fullmatch(text, *counted):
            counted = None  # "kept its policy rate in a 4.25%-4.50% range": the rate's band
        if counted is not None:
            subject = None
            of_phrase = None
    if counted is not None:
        draft.counted = True
        if draft.unit == "count":
            draft.metric_detail = doing_after(text, counted[1], clause_end)
        noun = text[counted[0] : counted[1]].lower()
        if noun in _EMPLOYMENT_NOUNS and subject is not None and draft.metric_detail is None:
            sector = squash(text[subject[0] : subject[1]])
            words = sector.lower().split()
            anaphoric = any(word in _GROUP_WORDS for word in words)  # "the two groups"
            if words and words[-1] not in _EMPLOYING_AGENTS and not anaphoric:
                # "Retail trade shed 28,000 jobs": jobs in retail trade
                draft.metric, draft.metric_text = None, f"{sector} {noun}"
                return
        if (
            noun.split()[:1]
            and noun.split()[0] in _POPULATION_NOUNS
            and draft.metric_detail is None
        ):
            population = population_owner(text, subject, sentence, figure, periods)
            if population is not None:
                # "West Virginia lost 516 residents": West Virginia's population; "Net
                # international migration added 2.8 million people": the migration
                draft.metric, draft.metric_text = None, population
                return
    elif draft.unit == "count" and not via_number_of:
        previous = [d for d in drafts if d.figure.end <= figure.start and d.unit == "count"]
        infinitive = subject is not None and _INFINITIVE_END.search(text, *subject) is not None
        if (
            previous
            and previous[-1].counted
            and (
                (
                    subject is None
                    and _ELLIPSIS_BEFORE.match(text, max(0, figure.left - 30), figure.left)
                )
                or infinitive
            )
        ):  # "and the government hopes to attract about 39 million": tourists again
            counted = previous[-1].metric
    held = (
        _HELD_OBJECT.fullmatch(text, draft.change_span[0], draft.change_span[1])
        if draft.change_span is not None and draft.change_direction == "unchanged"
        else None
    )
    if held is not None:
        subject = clean_phrase(text, *held.span("object"), periods) or subject
    object_pronoun = draft.changed is not None and text[
        draft.changed[0] : draft.changed[1]
    ].strip().lower() in ("it", "them")
    if draft.changed is not None:
        subject = clean_phrase(text, *draft.changed, periods, as_object=True) or subject
    if object_pronoun:
        subject = None  # "when policymakers raised it by 25 basis points": what "it" stands for
    after = part_after(text, figure.left, figure.end, clause_end, periods)
    changed_in = (
        changed_in_after(text, figure.left, figure.end, clause_end, periods)
        if after is None
        else None
    )
    if (
        changed_in is not None
        and subject is not None
        and subject[1] <= figure.left
        and _REPORTED_FIGURE_BEFORE.match(text, max(clause_start, figure.left - 40), figure.left)
    ):
        # "Middle Eastern airlines reported a 33.3% rise in traffic": their traffic; a group
        # described in common words, not a company's name ("JPMorgan Chase posted a 50% rise")
        group_owner = squash(text[subject[0] : subject[1]])
        if group_owner.lower() not in _PRONOUNS and _PLURAL_NOUN.search(group_owner):
            draft.metric_owner = group_owner
    after = after or changed_in
    changed_noun = None if after is not None else _changed_noun_to(text, draft, clause_end, periods)
    if changed_noun is not None:
        # "AWS posted a 19% rise in revenue to $26.3 billion": AWS revenue
        changer = squash(text[subject[0] : subject[1]]) if subject is not None else None
        if changer is not None and changer.lower() not in _PRONOUNS:
            draft.metric_owner = changer
        after = changed_noun
    if after is not None:
        counted, of_phrase, subject = None, None, after
    group = (
        match_ahead(_FOR_GROUP, text, figure.end, clause_end)
        if _AGAINST_BEFORE.match(text, max(0, figure.left - 20), figure.left)
        else None
    )
    if group is not None:  # "against 38% for smartphones"
        subject = clean_phrase(text, *group.span("group"), periods) or subject
    has_object, held_at = object_before_at(text, clause_start, anchor, periods)
    if has_object and not counted and not of_phrase:
        subject = held_at
    gapped = _gapped_item(text, draft, drafts)
    if gapped is not None and not counted:
        # "24% of U.S. generation in 2023 and 26% in 2024": the item after "and" measures the same
        draft.metric, draft.metric_text = gapped.metric, gapped.metric_text
        return
    antecedent = _RELATIVE_ANTECEDENT.match(text, max(sentence.start, figure.left - 120), anchor)
    if (
        antecedent is not None
        and not counted
        and not of_phrase
        and (
            subject is None
            or subject[0] < antecedent.end("noun")
            or _VERB_ONLY.fullmatch(text, *subject) is not None
        )  # "The Bank, which cut Bank Rate to 4.75%": the relative clause's object
    ):
        # "outpacing inflation, which held at 2.2% in August": what "which" stands for
        subject = clean_phrase(text, *antecedent.span("noun"), periods) or subject
    if (
        figure.currency is not None
        and draft.rule == "level"
        and subject is not None
        and _LOST_MONEY.match(text, max(clause_start, figure.left - 40), figure.left)
    ):
        # "Reality Labs lost $3.85 billion": the unit's loss
        loser = without_final_verb(text, before_clause_verb(text, subject))
        draft.metric = None
        draft.metric_text = f"{squash(text[loser[0] : loser[1]])} loss"
        return
    contribution = (
        match_ahead(_CONTRIBUTION_TO, text, figure.end, clause_end)
        if draft.unit in ("percentage_point", "point")
        and _CONTRIBUTED_BEFORE.match(text, max(0, figure.left - 30), figure.left)
        else None
    )
    if contribution is not None:
        # "contributing 1.57 percentage points to growth": what the subject added to the total
        owner_span = subject
        if _PARTICIPLE_BEFORE.match(text, max(clause_start, anchor - 30), figure.left):
            spans = [d.metric for d in drafts if d is not draft and d.metric is not None]
            owner_span = spans[-1] if spans else owner_span
        if owner_span is not None:
            owner_span = without_final_verb(text, before_clause_verb(text, owner_span))
            contributor = squash(text[owner_span[0] : owner_span[1]])
            target = squash(contribution.group("target"))
            draft.metric, draft.metric_text = None, f"contribution of {contributor} to {target}"
            verb = _CONTRIBUTED_BEFORE.match(text, max(0, figure.left - 30), figure.left)
            if (
                verb is not None
                and _ADDED_WORD.match(verb.group())
                and draft.value is None
                and draft.change_direction == "increase"
                and draft.change_value is not None
            ):
                # "public demand added 0.6 percentage points to growth": a contribution's size
                draft.value = draft.change_value
                draft.change_direction = draft.change_value = draft.change_unit = None
            return
    if (
        of_phrase is not None
        and not counted
        and subject is not None
        and subject[1] <= of_phrase[0]
        and _REPORTED_GAP.fullmatch(text, subject[1], of_phrase[0])
        and text[subject[0] : subject[1]].split()[-1].lower() not in _EMPLOYING_AGENTS
        and text[subject[0] : subject[1]].lower() not in _PRONOUNS
        and not _COMPANY_DESCRIPTION.match(text, *subject)
    ):
        # "Productivity and Business Processes posted revenue of $19.6 billion": its revenue
        owner_words = squash(text[subject[0] : subject[1]])
        draft.metric = None
        draft.metric_text = f"{owner_words} {squash(text[of_phrase[0] : of_phrase[1]])}"
        return
    metric = counted or of_phrase or subject
    if (
        metric is not None
        and _BARE_POSSESSIVE.fullmatch(text, *metric)
        and match_ahead(ITEM_END_AFTER, text, figure.end) is not None
    ):  # not "India's 6.3% growth": nothing the possessive could own after the figure
        spans = [d.metric for d in drafts if d.metric is not None and d.figure.end <= figure.left]
        possessed = _POSSESSED_HEAD.search(text, *spans[-1]) if spans else None
        if possessed is not None:
            # "Java's economy grew 5.24%, Sulawesi's 5.83%": Sulawesi's economy
            draft.metric = None
            draft.metric_text = f"{squash(text[metric[0] : metric[1]])} {possessed.group('head')}"
            return
    named_pronoun = metric is not None and text[metric[0] : metric[1]].lower() in _PRONOUNS
    if metric is not None and (named_pronoun or is_fragment(text, metric)):
        metric = None
    pronoun = (
        named_pronoun
        or object_pronoun
        or _PRONOUN_SUBJECT.match(text, clause_start, figure.left) is not None
    )
    if metric is not None:
        metric = without_final_verb(text, before_clause_verb(text, metric))
        if is_clause(text, metric):
            metric = None  # "lower than a year earlier", "committee would probably"
        elif text[metric[0] : metric[1]].lower() in _PRONOUNS:
            metric = None  # "; they remain 1.6% below": the metric named before
            pronoun = True
    referred = False  # "it": a metric named before, measured in the same kind of unit
    if _PRONOUN_OBJECT_BEFORE.match(text, max(clause_start, figure.left - 60), figure.left):
        # "bringing it below 4.5%": "it" is the metric named before, or the sentence's subject
        metric = None
        referred = True
        if _earlier_metric(text, draft, drafts) is None:
            metric = subject_of_first_verb(text, sentence.start, figure.left, periods)
    elif _PRONOUN_EXPECTED_BEFORE.match(text, max(clause_start, figure.left - 60), figure.left):
        # "now sees it at 4.0% in 2025": "it" is the metric named before, here or earlier
        metric = None
        referred = True
    place = _VERB_IN_PLACE_BEFORE.match(text, max(clause_start, figure.left - 80), figure.left)
    if place is None and metric is not None and _IN_PLACE_ONLY.fullmatch(text, *metric):
        place = _IN_PLACE_ONLY.fullmatch(text, *metric)
    if place is not None:
        # "Inflation edged up in France to 1.7%, rose in Spain to 2.4% ...": the sentence's
        # subject, for each place
        owner = subject_of_first_verb(text, sentence.start, figure.left, periods)
        if owner is not None and not _IN_PLACE_ONLY.fullmatch(text, *owner):
            head = _place_free(text[owner[0] : owner[1]]) or text[owner[0] : owner[1]]
            draft.metric, draft.metric_text = None, f"{head} in {place.group('place')}"
            return
    most = _MOST_BEFORE.match(text, max(clause_start, figure.left - 60), figure.left)
    if most is not None and subject is not None and subject[1] <= most.start():
        # "The United States also reported the most new deaths (13,100; +23%)"
        reporter = squash(text[subject[0] : subject[1]])
        draft.metric, draft.metric_text = None, f"{squash(most.group('noun'))} in {reporter}"
        return
    if in_name_parentheses(text, figure.start, figure.end):
        # "in Czechia (2.6%), Poland (2.9%) and Malta (3.0%)": names are not metrics
        bounds = clause_bounds(sentence, figure)
        listed = [
            d
            for d in drafts
            if d is not draft
            and bounds[0] <= d.figure.start < figure.start
            and in_parentheses(text, d.figure.start, d.figure.end)
            and (d.metric is not None or d.metric_text is not None)
        ]
        before = [
            d
            for d in drafts
            if d is not draft
            and bounds[0] <= d.figure.start < figure.start
            and (d.metric is not None or d.metric_text is not None)
        ]
        if not listed and before and _FOLLOWED_BY.search(text, before[-1].figure.end, figure.left):
            listed = before[-1:]  # "with 62,194 new cases, followed by Karnataka (49,058)"
        if (
            not listed
            and before
            and name_before_parentheses(text, before[-1].figure.start) is not None
            and _OPEN_PAREN_JUST_BEFORE.match(
                text, max(0, before[-1].figure.left - 3), before[-1].figure.left
            )
        ):
            listed = before[
                -1:
            ]  # "the United States (4.7 million new cases), France (2.6 million)"
        if listed:
            _name_list_item(text, draft, listed[0], context)
            return
        name = name_before_parentheses(text, figure.start)
        topic = _place_free(_topic(context))
        place_count = next(
            (
                d
                for d in before
                if d.metric is not None
                and _PLACE_GROUP.fullmatch(text[d.metric[0] : d.metric[1]].strip())
            ),
            None,
        )
        if name is not None and place_count is not None:
            # "Employment rose in four provinces, led by Ontario (+45,000)": the subject of the
            # clause that counts the places
            owner = subject_of_first_verb(text, sentence.start, place_count.figure.left, periods)
            if owner is not None:
                topic = _place_free(text[owner[0] : owner[1]]) or topic
        if name is not None and topic and (metric is None or _says_nothing(text, metric, name)):
            # "Alberta (3.0%) posted the largest increase": prices, for Alberta
            draft.metric, draft.metric_text = None, f"{topic} in {text[name[0] : name[1]]}"
            return
        if (
            name is not None
            and metric is not None
            and metric[1] <= name[0]
            and _RISE_IN.fullmatch(text, metric[1], name[0])
        ):
            # "Prices rose in Poland (2.9%), Czechia (2.6%) and Malta (3.0%)"
            head = _place_free(text[metric[0] : metric[1]]) or text[metric[0] : metric[1]]
            draft.metric, draft.metric_text = None, f"{head} in {text[name[0] : name[1]]}"
            return
    if (
        draft.share_of is not None
        and text[draft.share_of[0] : draft.share_of[1]].lower() in _PRONOUNS
    ):
        earlier_metric = _earlier_metric(text, draft, drafts) or context.last_metric
        draft.share_of_text = earlier_metric
        doing = match_ahead(_GROUP_DOING, text, draft.share_of[1], clause_end)
        if earlier_metric and doing is not None:
            # "17.8% of them spent more than 30% of their budget": those of them who did so
            draft.metric, draft.metric_text = None, f"{earlier_metric} who {doing.group('vp')}"
            return
    expected = _EXPECTATION.match(text, max(clause_start, figure.left - 90), figure.left)
    forecasters = not _counts_forecasters(text, draft)
    if expected is not None and metric is not None and metric[0] >= figure.end:
        if forecasters:
            draft.forecaster = forecaster(expected)  # "had forecast 7.70 million openings"
    elif expected is not None and (metric is None or metric[1] <= expected.end()):
        # "Economists had forecast 7.99 million": the figure measures what was forecast
        metric = None
        if forecasters:
            draft.forecaster = forecaster(expected)
    elif (
        forecasters
        and (after_expected := match_ahead(_EXPECTED_AFTER, text, figure.end, clause_end))
        and (metric is None or metric[1] <= figure.left or metric[0] < after_expected.end())
    ):
        metric = None  # "The gain beat the 214,000 forecast by economists"
        forecast_noun = match_ahead(_FORECAST_NOUN_AFTER, text, figure.end, clause_end)
        draft.forecaster = forecaster(forecast_noun or after_expected)  # "consensus estimate"
    elif metric is not None and (
        ahead := _EXPECTATION.match(text, max(clause_start, metric[0] - 90), metric[0])
    ):
        draft.forecaster = forecaster(ahead)  # "Economists had expected growth of 0.4%"
    modifier_only = _MODIFIER_ONLY.fullmatch(text, *metric) if metric is not None else None
    if modifier_only is not None:
        # "unemployment among men fell to 4.1%, and among women to 3.9%": the same head
        named = [d for d in drafts if d is not draft and d.metric and d.figure.start < figure.start]
        if named and named[-1].metric is not None:
            head = text[named[-1].metric[0] : named[-1].metric[1]]
            preposition = modifier_only.group("preposition")
            draft.metric = None
            draft.metric_text = _with_place(head, modifier_only.group("place"), preposition)
            return
    members = _counted_members(text, sentence, draft) if metric is None else None
    if members is not None:
        # "Among the Member States, increases were recorded in twenty-two": Member States
        draft.metric_text = members
        return
    topic = (
        _topic_named(text, context)
        if metric is None
        and pronoun
        and context.topic_source is not None
        and clause_start == sentence.start
        and not any(d is not draft and d.figure.start < figure.start for d in drafts)
        else None
    )
    if topic is not None:
        draft.metric_text = topic  # "Household debt remains a drag. It stood at ..."
        return
    if metric is None:
        named = [
            d
            for d in drafts
            if d is not draft
            and d.metric
            and d.figure.start < figure.start
            and not (referred and (d.unit == "count") != (draft.unit == "count"))
        ]  # "Two members voted to raise it by 25 basis points to 5.5%": "it" is no count
        level = context.last_level
        place = _ELIDED_PLACE.search(text, named[-1].figure.end, figure.left) if named else None
        if named and place is not None and named[-1].metric is not None:
            # "Output in Iran slipped to 3,148 tb/d and in Iraq by 14 tb/d to 4,203 tb/d"
            head = text[named[-1].metric[0] : named[-1].metric[1]]
            draft.metric_text = _with_place(head, place.group("place"), place.group("preposition"))
        elif named and draft.forecaster is not None:
            # "Analysts had been looking for $6.55": the earlier figure's whole metric, per share
            draft.metric_text = metric_phrase(text, named[-1])
        elif named:
            metric = named[-1].metric
        elif written := [
            d.metric_text
            for d in drafts
            if d is not draft and d.metric_text and d.figure.start < figure.start
        ]:
            # "Inflation was lowest in Ireland (1.1%) ..., while Romania had the highest, at 6.7%"
            draft.metric_text = _place_free(written[-1]) or written[-1]
        elif pronoun and level is not None and (metric_text(text, level) or level.metric_text):
            # "It is now up about 3.8%": "it" is what the last level of the period measured
            draft.metric_text = metric_text(text, level) or level.metric_text
        elif context.last_metric is not None:
            draft.metric_text = context.last_metric
    draft.metric = metric


_IN_MEMBERS_BEFORE = compile_before(
    r"\b(?:recorded|registered|seen|observed|reported|found|measured|were|was)?\s*in\s+"
    r"(?:(?:just|only|about|some|nearly|all)\s+)?$",
    _I,
)
_COUNT_VERB_AFTER = compile_pattern(r"\s+(?:had\s+|have\s+|were\s+|are\s+)?[a-z]+(?:ed|s)?\b", _I)
_OF_THE_OPENING = compile_pattern(
    r"\W*of\s+the\s+(?:[\d,]+|[a-z]+)\s+(?P<domain>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)"
    r"(?:\s+(?:for\s+which|that|who|whose|where|with)\b[^,;:.]{1,60})?\s*,\s*$",
    _I,
)
_NOTHING_COUNTED_AFTER = compile_pattern(r"\s*(?:[,.;:)]|and\b|while\b|but\b|$)", _I)


def _ranking(
    text: str,
    sentence: Sentence,
    left: int,
    pattern: regex.Pattern[str],
    periods: list[Period],
    reach: int = 160,
    find: bool = True,
) -> tuple[regex.Match[str] | None, Span | None]:
    """A ranking that ends right before a figure ("Odisha had the highest inflation rate, at")
    and, unless ``find`` is false, the subject before its verb ("Odisha")."""
    match = pattern.match(text, max(sentence.start, left - reach), left)
    if match is None or not find:
        return match, None
    return match, subject_before(text, sentence.start, match.start(), periods)


def _counted_members(text: str, sentence: Sentence, draft: Draft) -> str | None:
    """The group a bare count after "in" counts, named by the sentence's "Among the X," opening
    ("Among the Member States, increases were recorded in twenty-two and decreases in four")."""
    figure = draft.figure
    if draft.unit != "count" or not _IN_MEMBERS_BEFORE.match(
        text, max(sentence.start, figure.left - 30), figure.left
    ):
        return None
    if match_ahead(_NOTHING_COUNTED_AFTER, text, figure.end) is None:
        return None
    opening = _FOR_OPENING.match(text, sentence.start, min(sentence.end, sentence.start + 80))
    if opening is None or not opening.group().lower().startswith("among"):
        return None
    return squash(opening.group("domain"))


_PRONOUN_SUBJECT = compile_pattern(
    r"\W*(?:(?:it|they)\s+[a-z]"
    r"|(?:this|that)\s+(?:is|was|are|were|has|had|have|now|also|still)\b)",
    _I,
)
_GROUP_DOING = compile_pattern(
    r"\s+(?P<vp>(?:spent|spend|made|paid|bought|had|have|used|use|owned|own|said|reported|"
    r"[a-z]+ed)\b[^,;:.]*?(?:\.\d[^,;:.]*?)*)(?=\s*(?:[,;:]|\.(?!\d)|$))",
    _I,
)
_PER_UNIT_BEFORE = compile_before(r"\b(?:a|an|per|each)\s+$", _I)


_PERCENT_NOUN_AFTER = compile_pattern(
    r"\s+(?P<np>(?:(?!(?:in|on|of|for|to|from|and|or|the|a|an|annual|annualized|annualised|"
    r"monthly|quarterly|yearly|year-on-year|month-on-month|quarter-on-quarter|further|sharp|"
    r"steep|strong|modest|small|slight|surprise)\b)[a-z][\w'’-]*\s+){1,2}"
    r"(?:growth|margin|margins|stake|yield|return|returns|rise|increase|decline|drop|gain|fall|jump)"
    r"|(?:margin|margins|stake|yield|return|returns))\b(?!\s+(?:of|for|on|to|at|from|by)\b)"
    r"(?!\s+in\s+(?!\d|(?-i:[A-Z])|the\s+\w+\s+(?:quarter|half|year)\b|fiscal\b|its\b))",
    _I,
)
_MONEY_NOUN_AFTER = compile_pattern(
    r"\s+(?P<np>(?:(?!(?:in|on|of|for|to|from|and|or|the|a|an)\b)[a-z][\w'’-]*\s+){0,2}"
    r"(?:profit|loss|revenue|sales|buyback|buybacks|dividend|pace|deal|investment|plan|"
    r"programme|program|stake|bid|offer|charge|writedown|write-down|fine|package|spending|"
    r"capex|budget|surplus|deficit))\b(?!\s+(?:of|for|on|to|at|from|by)\b)",
    _I,
)
_REPORTED_FIGURE_BEFORE = compile_before(
    r"\b(?:posts?|posted|reports?|reported|records?|recorded|logs?|logged|delivers?|delivered|"
    r"keeps?|kept|announces?|announced|unveils?|unveiled|launches|launched|plans|planned|"
    r"sees|saw|has|had|with|shows?|showed|books?|booked)\s+(?:an?\s+)?(?:(?:record|strong|"
    r"solid|weak|modest|surprise|better-than-expected|worse-than-expected)\s+)?$",
    _I,
)


def _noun_named_after(text: str, sentence: Sentence, figure: Figure) -> Span | None:
    """The noun a percentage or an amount names after a reporting verb ("posts 4.2% sales
    growth", "keeps $3.5 billion buyback pace", "announces $2 billion share buyback")."""
    if figure.unit == "percent":
        noun_after = _PERCENT_NOUN_AFTER
    elif figure.currency is not None:
        noun_after = _MONEY_NOUN_AFTER
    else:
        return None
    if not _REPORTED_FIGURE_BEFORE.match(text, max(sentence.start, figure.left - 40), figure.left):
        return None
    after = match_ahead(noun_after, text, figure.end, sentence.end)
    return after.span("np") if after is not None else None


_TARGET_AFTER = compile_pattern(
    r"(?:[-\s]+(?:per\s*cent|percent))?\s+(?:(?P<topic>inflation|price|CPI|growth|deficit|debt|"
    r"unemployment)\s+)?(?P<noun>target|goal|objective|ceiling|floor)\b(?!\s+(?:range|band|for)\b)"
    r"(?!\s+of\b(?!\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:tolerance|target|comfort)\s+"
    r"(?:range|band)\b))",
    _I,
)
_TARGET_BEFORE = compile_before(
    r"\b(?:above|below|under|over|near|toward|towards|to|at|within|around|with|beyond|exceeding|"
    r"exceeded|exceeds|missed|misses|meet|meets|met|hit|hits|reach|reaches|reached)\s+"
    r"(?:(?:the|its|their|a|an|(?:[A-Z][\w.&-]*\s+){0,3}?(?:bank|government|Fed|ECB|BoE|BOJ|RBA|"
    r"central\s+bank)['’]s?)\s+)?(?:(?:official|medium-term|long-term|annual|mid-point|midpoint|"
    r"stated|new)\s+)?$",
    _I,
)
_TARGET_RANGE_BEFORE = compile_before(
    r"\b(?:(?P<topic>inflation|price|CPI|growth)\s+)?(?P<noun>target|goal)\s+(?P<kind>range|band)\s+"
    r"(?:of\s+)?(?:between\s+)?(?:[\d.]+\s*(?:%|per\s*cent|percent)?\s*(?:to|and|-|–)\s*)?$",
    _I,
)
"""A target range named before its ends ("the BSP's target range of 2% to 4%")."""
_PRICES_WORD = compile_pattern(r"\b(?:inflation|prices|CPI|consumer\s+price)", _I)


def _target_named(text: str, sentence: Sentence, figure: Figure, context: Context) -> str | None:
    """A figure that names a target ("remains above the 2% target", "the bank's 2% goal"):
    the target of the clause's subject, written as "inflation target" in a text on prices."""
    if figure.unit not in ("percent",) or figure.tolerance:
        return None
    ranged = _TARGET_RANGE_BEFORE.match(text, max(sentence.start, figure.left - 60), figure.left)
    if ranged is not None:
        # "below the BSP's target range of 2% to 4%": both ends name the range
        topic = ranged.group("topic")
        noun = f"{ranged.group('noun')} {ranged.group('kind')}".lower()
        if topic:
            return f"{topic.strip().lower()} {noun}"
        if _PRICES_WORD.search(text, sentence.start, sentence.end):
            return f"inflation {noun}"
        return None  # "its medium-term target range of 14% to 14.5%": the ratio's own range
    after = match_ahead(_TARGET_AFTER, text, figure.end, sentence.end)
    if after is None or not _TARGET_BEFORE.match(
        text, max(sentence.start, figure.left - 60), figure.left
    ):
        return None
    noun = after.group("noun").lower()
    if after.group("topic"):
        return f"{after.group('topic')} {noun}"
    prices = _PRICES_WORD.search(text, sentence.start, sentence.end) or (
        context.last_metric is not None and _PRICES_WORD.search(context.last_metric)
    )
    return f"inflation {noun}" if prices else noun


def note_topic(sentence: Sentence, periods: list[Period], context: Context) -> None:
    """Keep a sentence that states no figure for a pronoun opening the next one."""
    context.topic_source = (sentence, periods)


def _topic_named(text: str, context: Context) -> str | None:
    """The subject of the figure-less sentence kept by :func:`note_topic`, if it names one."""
    if context.topic_source is None:
        return None
    sentence, periods = context.topic_source
    linking = _LINKING_VERB.search(text, sentence.start, sentence.end)
    verb = first_verb(text, sentence.start, sentence.end)
    if linking is not None and (verb is None or linking.start() < verb):
        verb = linking.start()
    subject = subject_before(text, sentence.start, verb, periods) if verb is not None else None
    if subject is None or is_fragment(text, subject) or is_clause(text, subject):
        return None
    words = squash(text[subject[0] : subject[1]])
    if words.lower() in _PRONOUNS or _SAID_AFTER.match(text, subject[1], sentence.end):
        return None  # who said something ("Sakkapop told a news conference") is no topic
    return words


_LINKING_VERB = compile_pattern(
    r"(?<=\w\s+)(?:remains|remained|stays|stayed|is|are|was|were|continues|continued|looks|"
    r"looked|weighs|weighed|has|have|had)\b",
    _I,
)
_SAID_AFTER = compile_pattern(
    r"\s+(?:\w+\s+)?(?:said|says|told|tells|added|adds|noted|notes|warned|warns|wrote|writes|"
    r"argued|argues|announced|announces|welcomed|welcomes|expects|expected)\b",
    _I,
)


def _not_per_unit(text: str, span: Span | None) -> Span | None:
    """Not the noun of a rate written after a figure ("$9 to $10 a share, compared with")."""
    if span is None:
        return None
    if text[span[0] : span[1]].lower() in _PER_UNIT_NOUNS and _PER_UNIT_BEFORE.match(
        text, max(0, span[0] - 6), span[0]
    ):
        return None
    return span


_VERB_FOLLOWS = compile_pattern(
    r"(?:\s+of\s+(?:them|those|these|the\s+\w+|\w+))?\s+(?:\w+\s+)?"
    r"(?:spent|were|was|are|is|had|have|has|rose|fell|grew|made|said|earned|bought|used)\b",
    _I,
)
GAP = compile_pattern(
    r"(?:\s*\([^()\d]{1,12}\))?(?:\s+(?:a|an|per)\s+[a-z]+)?(?:\s+of\s+[^,;:()\d]{1,60}?)?"
    r"(?:\s+(?:(?:in|for|during|at|on)\s+[\w\s.-]{1,25}?|(?:this|next|last)\s+year))?"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:about|around|nearly|some|roughly|just|over)\s+)?",
    _I,
)
"""What stands between two items of a list that share their words: a bracketed abbreviation,
the whole, a period and "and"."""


_ELIDED_PLACE = compile_pattern(
    r"(?:,|\band|\bwhile|\bbut)\s+(?:(?P<preposition>in)\s+(?P<place>(?-i:[A-Z][\w'’.-]*)"
    r"(?:\s+(?-i:[A-Z][\w'’.-]*)){0,3})|(?P<preposition>for|among)\s+(?P<place>[a-z][\w'’-]*"
    r"(?:\s+(?:and\s+)?[a-z][\w'’-]*){0,4}?))"
    r"\s+(?:by|to|at|it|they|[a-z]+ed|rose|fell)\b",
    _I,
)
"""A list item that repeats the clause before it for another place or group: "and in Iraq by 14
tb/d", "and for alcoholic beverages and tobacco to 4.5%", "and among women to 3.9%"."""
_MODIFIER_ONLY = compile_pattern(
    r"(?P<preposition>for|among)\s+(?P<place>[a-z][\w'’-]*(?:\s+(?:and\s+)?[a-z][\w'’-]*){0,4})",
    _I,
)
"""A subject that is only the modifier of a list item: "among women", "for food and drink"."""
_PLACE_IN = compile_pattern(r"\s+in\s+(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,3}$", _I)


def _with_place(head: str, place: str, preposition: str = "in") -> str:
    """The head metric for another place or group: "Output in Iran" -> "Output in Iraq",
    "inflation for restaurants" -> "inflation for alcohol"."""
    if preposition.lower() == "in":
        bare = _PLACE_IN.sub("", head)
    else:
        at = head.lower().rfind(f" {preposition.lower()} ")
        bare = head[:at] if at > 0 else head
    return f"{bare} {preposition.lower()} {place}"


def _gapped_item(text: str, draft: Draft, drafts: list[Draft]) -> Draft | None:
    """The fact whose words an elided list item repeats: "12.4 million b/d in 2023 and 12.8
    million b/d in 2024" (nothing but a period and "and" between them)."""
    before = [d for d in drafts if d is not draft and d.figure.end <= draft.figure.left]
    if not before:
        return None
    previous = before[-1]
    if previous.figure.range_high is draft.figure:
        return None
    if previous.figure.unit != draft.figure.unit or (
        previous.metric is None and previous.metric_text is None
    ):
        return None
    if GAP.fullmatch(text, previous.figure.end, draft.figure.left) is None:
        return None
    if _VERB_FOLLOWS.match(text, draft.figure.end, min(len(text), draft.figure.end + 60)):
        return None  # "..., and 17.8% of them spent more than ...": a clause of its own
    return previous


_EMPTY_HEAD = frozenset(EMPTY_HEAD_WORDS)
_EMPLOYMENT_NOUNS = frozenset(EMPLOYMENT_NOUNS)
_EMPLOYING_AGENTS = frozenset(EMPLOYING_AGENTS)
_GROUP_WORDS = frozenset({"two", "three", "four", "both", "these", "those", "together", "all"})
_PLACE = r"(?P<place>(?-i:[A-Z][\w'’.-]*)(?:\s+(?:of\s+)?(?-i:[A-Z][\w'’.-]*)){0,3})"
_IN_PLACE_ONLY = compile_pattern(rf"in\s+{_PLACE}", _I)
_VERB_IN_PLACE_BEFORE = compile_before(
    rf"\b(?:{alternation([*INCREASE_VERBS, *DECREASE_VERBS])})\s+in\s+{_PLACE}\s+"
    r"(?:to|by|at)\s+(?:(?:about|around|nearly|some|roughly|just)\s+)?$",
    _I,
)
_RISE_IN = compile_pattern(
    rf"\s+(?:{alternation([*INCREASE_VERBS, *DECREASE_VERBS, 'were', 'was', 'are', 'is'])})"
    r"(?:\s+(?:highest|lowest|strongest|weakest|the\s+most|most|fastest))?\s+in\s+",
    _I,
)
"""Between a subject and the first bracketed place of a list: "Prices rose in Poland (2.9%)",
"the highest rates were in Spain (14.1%)"."""


def _says_nothing(text: str, span: Span, name: Span) -> bool:
    """The words of ``span`` apart from the bracketed ``name`` name no measure ("the strongest
    monthly increases were in Belgium")."""
    words = (text[span[0] : name[0]] + " " + text[name[1] : span[1]]).lower()
    return all(word.strip(",.;:()'’") in _EMPTY_HEAD for word in words.split())


def _place_free(metric: str | None) -> str | None:
    """A metric without the place it was named for ("prices in Ontario" -> "prices")."""
    if metric is None:
        return None
    bare = _PLACE_IN.sub("", metric).strip()
    return bare or None


_PLACE_GROUP = compile_pattern(
    r"(?:(?:the|all|other|remaining|major|EU|euro\s+area|member)\s+)*(?:provinces|states|countries|"
    r"regions|cities|territories|member\s+states|economies|markets|sectors|industries|"
    r"prefectures|counties|districts|areas)",
    _I,
)


def _topic(context: Context) -> str | None:
    """What the text is about, for a list of places: the last metric that is no group of places
    ("in all 10 provinces" counts provinces; the topic stays "consumer prices")."""
    for phrase in reversed(context.recent_metrics):
        if not _PLACE_GROUP.fullmatch(phrase.strip()):
            return phrase
    return context.last_metric


def _name_list_item(text: str, draft: Draft, first: Draft, context: Context) -> None:
    """ "Full-time workers in Western Australia ($2,108) and the Australian Capital Territory
    ($2,080)": each bracketed item measures the list's metric for its own name."""
    head = metric_text(text, first) or first.metric_text
    name = name_before_parentheses(text, draft.figure.start)
    if head is None or name is None:
        draft.metric, draft.metric_text = first.metric, first.metric_text
        return
    first_name = name_before_parentheses(text, first.figure.start)
    if first_name is not None:
        written = text[first_name[0] : first_name[1]]
        at = head.rfind(written)
        cut = head.rfind(" in ", 0, at) if at > 0 else -1
        if cut > 0:
            head = head[:cut].strip()  # "growth in East Asia and the Pacific" -> "growth"
        elif at > 0:
            head = _IN_END.sub("", head[:at]).strip() or head
        elif head.strip() == written and context.last_metric:
            head = _place_free(_topic(context)) or head  # "Alberta" measured nothing
        if head.strip() and written.endswith(head.strip()):
            draft.metric, draft.metric_text = None, text[name[0] : name[1]]  # a name, no measure
            return

    elif first.metric is not None and (
        ranking := match_ahead(_RANKING_AFTER, text, first.metric[1])
    ):
        # "Spain recorded the most nights spent, with 500 million, followed by Italy (": the
        # subject is the first item; the ranking names the measure, or the text's topic does
        ranked = squash(ranking.group("noun"))
        if _RANKED_MOVE.fullmatch(ranked):
            ranked = _place_free(_topic(context)) or ""
        item = text[name[0] : name[1]]
        draft.metric, draft.metric_text = None, f"{ranked} in {item}" if ranked else item
        return
    elif first.metric is None and first.metric_text and " in " in head:
        head = head[: head.rfind(" in ")]  # "new deaths in United States" -> "new deaths"
    own = text[name[0] : name[1]]
    if _PREPOSITION_END.search(head):
        # "most of them from Egypt (380), Syria (360)": the first item's own preposition
        draft.metric, draft.metric_text = None, f"{head.rstrip()} {own}"
        return
    draft.metric, draft.metric_text = None, f"{head} in {own}"


_PREPOSITION_END = compile_pattern(r"\s(?:from|to|in|for|at|among|across)\s*$", _I)


def assign_linked_metric(
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
    figure = draft.figure
    clause_start, clause_end = clause_bounds(sentence, figure)
    expected = _EXPECTATION.match(text, max(clause_start, figure.left - 90), figure.left)
    if expected is None and draft.from_value:
        expected = match_ahead(_FORECAST_NOUN_AFTER, text, figure.end, clause_end)
    if expected is None:
        expected = match_ahead(_EXPECTED_AFTER, text, figure.end, clause_end)
    if expected is not None and not _counts_forecasters(text, draft):
        draft.forecaster = forecaster(expected)  # "more than the 2% economists were expecting"
    target = _target_named(text, sentence, figure, context)
    if target is not None:
        # "accelerated to 5.06%, well above the 4.5% ceiling of the tolerance range": the
        # ceiling, not a comparison of inflation
        draft.metric, draft.metric_text = None, target
        return
    if _AGAINST_BEFORE.match(text, max(0, figure.left - 20), figure.left) and (
        group := match_ahead(_FOR_GROUP, text, figure.end, clause_end)
    ):
        draft.metric = clean_phrase(text, *group.span("group"), periods)  # "against 3% for Y"
        if draft.metric is not None:
            return
    category = category_item(text, clause_bounds(sentence, figure)[0], figure.start)
    if not draft.from_value and category is not None:
        (head_start, head_end), preposition, (item_start, item_end) = category
        head = clean_phrase(text, head_start, head_end, periods)
        if head is not None:
            # "Prices rose for food (2.1%), housing (3.4%) and transport (1.2%)"
            words = f"{text[head[0] : head[1]]} {preposition} {text[item_start:item_end]}"
            draft.metric, draft.metric_text = None, words
            return
    if not draft.from_value and draft.link is not None:
        own = _not_per_unit(
            text, subject_before(text, draft.link.figure.end, draft.figure.left, periods)
        )
        joined = list(_AND_WORD.finditer(text, *own)) if own is not None else []
        if own is not None and joined:
            # "7.1% bigger than in 2019 and the US market 3.3% bigger": the item after "and"
            own = clean_phrase(text, joined[-1].end(), own[1], periods)
        if own is not None and not any(
            pattern.match(text, own[0], own[1]) for pattern in (YOY, MOM, QOQ)
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
    assign_metric(text, sentence, draft, periods, context, drafts, figures)


_ASIDE_BEFORE = compile_pattern(
    r",\s+(?:which|who|that)\s+(?:\w+\s+){0,3}$|\b(?:excluding|including|except)\s+$", _I
)


def distribute_respectively(
    text: str,
    sentence: Sentence,
    drafts: list[Draft],
    periods: list[Period],
    context: Context | None = None,
) -> None:
    """ "A, B and C rose 1, 2 and 3 respectively": the i-th figure measures the i-th item."""
    for clause_start, clause_end in sentence.clauses:
        if not _RESPECTIVELY.search(text, clause_start, clause_end):
            continue
        run = [
            d for d in drafts if clause_start <= d.figure.start < clause_end and not d.from_value
        ]
        levels = [d for d in run if d.rule != "share" or d.value is None]
        shares = [d for d in run if d.rule == "share"]
        if len(levels) < 2 <= len(shares):
            levels = shares  # "Transsion and vivo accounted for 9.0% and 8.9% of shipments"
        first = run[0] if run else None
        if first is None or len(levels) < 2:
            continue
        items = None
        if not any(
            CLAUSE_VERB.search(text, a.figure.end, b.figure.left)
            for a, b in itertools.pairwise(levels)
        ):  # "X slowed to 3.3% and Y eased to 7.7%, against ... respectively": own subjects
            items = list_items(text, sentence.start, first.figure.left, len(levels), periods)
        if items is None:
            # "Toyota sold 10.3 million vehicles, with sales in A, B and C up 17%, 16% and 3%
            # respectively": only the figures listed together pair with the items
            tail = [levels[-1]]
            for draft in reversed(levels[:-1]):
                if not _LISTED.fullmatch(text, draft.figure.end, tail[0].figure.left):
                    break
                tail.insert(0, draft)
            if 1 < len(tail) < len(levels):
                levels = tail
                items = list_items(text, sentence.start, tail[0].figure.left, len(tail), periods)
        if items is None and context is not None:
            # "Since April, the two measures are up by 0.5 point and 849,000, respectively"
            named = _NAMED_GROUP.search(text, clause_start, first.figure.left)
            count = _GROUP_SIZES.get(named.group("n").lower()) if named else None
            recent = context.recent_metrics
            if count == len(levels) and len(recent) >= count:
                for draft, phrase in zip(levels, recent[-count:], strict=True):
                    draft.metric, draft.metric_text = None, phrase
                continue
        if items is not None and _ASIDE_BEFORE.search(
            text, max(sentence.start, items[0][0] - 40), items[0][0]
        ):
            items = None  # "Core inflation, which excludes energy and food, is seen at ..."
        if items is not None:
            last_words = text[items[-1][0] : items[-1][1]].split()
            head = last_words[-1] if len(last_words) > 1 else ""
            opener = _PLACE_OPENER.match(text, items[0][0], items[0][1])
            if opener is not None:
                # "In the Northeast and the West, sales fell 25.0% and 2.8%, respectively"
                owner = subject_before(text, items[-1][1], first.figure.left, periods)
                if owner is not None:
                    head_words = squash(text[owner[0] : owner[1]])
                    preposition = opener.group("preposition").lower()
                    for draft, item in zip(levels, items, strict=True):
                        start = item[0] + (opener.end() - items[0][0] if item == items[0] else 0)
                        draft.metric = None
                        draft.metric_text = f"{head_words} {preposition} {text[start : item[1]]}"
                    continue
            shared = _SHARED_HEAD.fullmatch(squash(text[items[0][0] : items[0][1]]))
            if shared is not None and not all(
                _BARE_ITEM.fullmatch(squash(text[item[0] : item[1]])) for item in items[1:]
            ):
                shared = None
            for draft, item in zip(levels, items, strict=True):
                draft.metric = item
                draft.metric_text = None
                words = text[item[0] : item[1]].split()
                if head.lower() in _MEASURE_HEADS and len(words) == 1 and item != items[-1]:
                    # "Headline and trimmed mean inflation were 3.8% and 3.9% respectively"
                    draft.metric, draft.metric_text = None, f"{words[0]} {head}"
                elif shared is not None and item != items[0]:
                    # "Annual rates in Germany, France and Italy rose to 2.6%, 2.7% and 1.6%
                    # respectively": each place keeps the head named with the first
                    draft.metric = None
                    draft.metric_text = (
                        f"{shared.group('head')} {shared.group('preposition')} "
                        f"{squash(text[item[0] : item[1]])}"
                    )
                for earlier in drafts:  # "..., down from 3.2%, 4.3% and 0.4%"
                    if earlier.from_value and earlier.link is draft:
                        earlier.metric, earlier.metric_text = draft.metric, draft.metric_text
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


_LEADING_PREPOSITION = compile_pattern(r"^(?:for|among|in)\s+", _I)
_MAX_OWNER_WORDS = 7
_COMPARED_OWNER = compile_pattern(r"\b(?:above|below|than|beyond)\b", _I)
"""Words that make an owner a clause ("forecast revenue slightly above Wall Street estimates")."""
_PLACE_OPENER = compile_pattern(r"(?P<preposition>in|for|among|across|at)\s+", _I)
_SHARED_HEAD = compile_pattern(
    r"(?P<head>[A-Za-z][\w'’&-]*(?:\s+[\w'’&-]+){0,5}?)\s+"
    r"(?P<preposition>in|for|of|among|across|at)\s+(?P<item>(?:the\s+)?[\w'’&.-]+(?:\s+[\w'’&.-]+){0,3})"
)
"""The first item of a list that names the head all items share ("Annual rates in Germany")."""
_BARE_ITEM = compile_pattern(
    r"(?!(?:it|they|this|that|these|those)\b)(?:the\s+)?[\w'’&.-]+(?:\s+(?!(?:in|for|of|to|from|"
    r"among|across|at|on|by|with|was|were|is|are|rose|fell)\b)[\w'’&.-]+){0,3}",
    regex.IGNORECASE,
)
"""A later item of such a list: a name of up to four words, without a head of its own."""


def resolve_possessives(
    text: str, sentence: Sentence, drafts: list[Draft], periods: list[Period], context: Context
) -> None:
    """ "Used cars fell 2%, with their index down 2.5%": "their" is the sentence's subject, or,
    before the sentence's first verb ("Their number grew"), the last metric named."""
    for draft in drafts:
        if draft.metric is None and draft.metric_text and _PLACED_ONLY.fullmatch(draft.metric_text):
            _name_placed(text, draft, drafts, context)  # "..., Cyprus (1.5%)" after "The lowest"
            continue
        if draft.metric is None:
            continue
        start, end = draft.metric
        if not _POSSESSIVE_BEFORE.match(text, max(sentence.start, start - 8), start):
            continue
        if _REPORTED_POSSESSIVE_BEFORE.match(text, max(sentence.start, start - 40), start):
            continue
        clause_start = sentence.clauses[clause_index(sentence, start)][0]
        verb = first_verb(text, clause_start, start) or first_verb(text, sentence.start, start)
        owner: str | None = None
        if verb is not None:
            # "..., while sales of fully electric models rose 10.1%, lifting their share": the
            # subject of the possessive's own clause
            subject = subject_before(
                text, clause_start if verb >= clause_start else sentence.start, verb, periods
            )
            owner = text[subject[0] : subject[1]] if subject is not None else None
        else:
            earlier = [d.metric for d in drafts if d.metric and d.metric[1] <= start]
            owner = text[earlier[-1][0] : earlier[-1][1]] if earlier else context.last_metric
        grouped = next(
            (
                d
                for d in drafts
                if d.metric is not None
                and d.metric[1] <= start
                and d.metric_domain is not None
                and text[d.metric[0] : d.metric[1]] == owner
            ),
            None,
        )
        if grouped is not None and grouped.metric_domain is not None:
            # "Employment rose for youth aged 15 to 24 (+31,000), pushing their unemployment
            # rate down": the group's
            domain = grouped.metric_domain
            owner = _LEADING_PREPOSITION.sub("", text[domain[0] : domain[1]])
        possessor = _POSSESSOR.match(owner) if owner is not None else None
        if possessor is not None:
            # "Japan's trade surplus ..., and its deficit": Japan's
            owner = possessor.group("owner")
        if owner is None or len(owner.split()) > _MAX_OWNER_WORDS or _COMPARED_OWNER.search(owner):
            continue  # "The bank became the first ... when it trimmed its policy rate"
        if text[start:end].lower() in _OWNER_NOUNS:
            draft.metric, draft.metric_text = None, owner
        else:
            draft.metric_owner = owner


_FORECAST_CUE = compile_pattern(
    r"\b(?:expects?|expected|forecasts?|sees|saw|projects?|projected|guidance|outlook|predicts?)\b",
    _I,
)


def _name_margin(text: str, draft: Draft, drafts: list[Draft]) -> None:
    """ "revenue of $37.5 billion, plus or minus 2%": the margin of the figure before it
    ("revenue forecast margin"; a target's is its tolerance band)."""
    before = [d for d in drafts if d.figure.end <= draft.figure.left and not d.figure.tolerance]
    named = (metric_text(text, before[-1]) or before[-1].metric_text) if before else None
    if not named:
        return
    if _TARGET_WORD.search(named):
        margin = f"{named} tolerance band"
    elif _FORECAST_WORD.search(named) or not _FORECAST_CUE.search(
        text, draft.sentence[0], draft.figure.left
    ):
        margin = f"{named} margin"
    else:
        margin = f"{named} forecast margin"
    draft.metric, draft.metric_text = None, margin


_TARGET_WORD = compile_pattern(r"\b(?:target|goal|band)\b", _I)
_NAMES_NO_THING = compile_pattern(
    r"(?-i:[a-z]+ly|[A-Z][a-z]+ly(?=\s*,))"
    rf"|(?:(?-i:[a-z]+ly)\s+)?(?:{alternation([*CLAUSE_PARTICIPLES, *NON_NOUN_WORDS])})",
    _I,
)
"""A metric span that is a participle, an adverb or a function word ("reversing", "gradually",
"Separately,", "before"): it names nothing, so the figure restates the metric named before it;
a capitalised word in "-ly" without a comma is a name ("Italy", "Sicily")."""


_CLAUSE_NOT_NOUN = compile_pattern(
    r"^(?:to|beating|plus\s+or\s+minus|stripping)\b"
    r"|^(?!(?:it|they|he|she|we|which|who|that)\b)[\w'’ -]+\b(?:had|has|expects)$",
    _I,
)
"""A metric span that is a piece of a clause, not a noun phrase ("to a record", "analysts had",
"IATA expects", "even though their traffic")."""


_SUBORDINATOR_OPENING = compile_pattern(
    r"(?:even\s+(?:though|as|if|when)|although|though|whereas|because)\s+(?:the\s+)?", _I
)
"""A subordinator opening a metric span ("even though employment"): not part of the metric."""
_INFINITIVE_OPENING = compile_pattern(
    r"to\s+(?!an?\b)[a-z]+\s+(?:(?:its|their|the)\s+)?(?=\S)"
    r"|in\s+(?:(?:its|their|the)\s+)?(?=[a-z])",  # "an increase in output of": output
    _I,
)
"""An infinitive opening a metric span ("to report EBIT Adjusted", "to its forecast of 2025
sales"): the object is the metric."""


def _restates_earlier(text: str, draft: Draft, drafts: list[Draft], periods: list[Period]) -> bool:
    """Give ``draft`` the metric of the figure before it in its sentence when its own names
    nothing ("rose 3.2% in March, reversing a 1.4% decline in February"), or else the subject of
    the sentence ("The crown firmed, trading at 11.38 per euro")."""
    if draft.metric is not None:
        opener = _SUBORDINATOR_OPENING.match(text, *draft.metric) or _INFINITIVE_OPENING.match(
            text, *draft.metric
        )
        if opener is not None and opener.end() < draft.metric[1]:
            # "even though employment fell by 52,800": employment; "to meet its 2024 growth
            # target": the growth target
            draft.metric = (opener.end(), draft.metric[1])
            return False
    if draft.metric is None or not (
        _NAMES_NO_THING.fullmatch(text, *draft.metric)
        or _CLAUSE_NOT_NOUN.search(text[draft.metric[0] : draft.metric[1]])
    ):
        return False
    earlier = [
        d for d in drafts if d is not draft and d.figure.start < draft.figure.start
        and (d.metric is not None or d.metric_text)
    ]  # fmt: skip
    if not earlier:
        subject = subject_of_first_verb(text, draft.sentence[0], draft.metric[0], periods)
        if (
            subject is None
            or _NAMES_NO_THING.fullmatch(text, *subject)
            or _CLAUSE_NOT_NOUN.search(text[subject[0] : subject[1]])
        ):
            return False
        draft.metric = subject
        return True
    before = earlier[-1]
    named = metric_phrase(text, before)
    if not named or _NAMES_NO_THING.fullmatch(named) or _CLAUSE_NOT_NOUN.search(named):
        return False
    draft.metric, draft.metric_text = before.metric, before.metric_text
    draft.metric_owner, draft.metric_detail = before.metric_owner, before.metric_detail
    draft.metric_domain = before.metric_domain
    return True


def resolve_stand_ins(
    text: str, drafts: list[Draft], context: Context, periods: list[Period]
) -> None:
    """ "the euro area figure fell to 14.1%": "figure" stands for the metric named before it;
    "those to the United States" for its head noun ("exports to China" -> "exports")."""
    for draft in drafts:
        if draft.figure.tolerance:
            _name_margin(text, draft, drafts)
            continue
        gapped = _THAT_FOR_BEFORE.match(text, max(0, draft.figure.left - 90), draft.figure.left)
        if gapped is not None:
            earlier = [
                metric_text(text, d) or d.metric_text
                for d in drafts
                if d.figure.start < gapped.start() and not d.from_value
            ]
            named = earlier[-1] if earlier else None
            head = _head_phrase(named) if named else ""
            if head and head.lower() not in _PRONOUNS:
                draft.metric, draft.metric_text = None, f"{head} {gapped.group('pp')}"
                for restated in drafts:
                    if restated.from_value and restated.link is draft:
                        restated.metric, restated.metric_text = None, draft.metric_text
                continue
        if draft.metric is None or _restates_earlier(text, draft, drafts, periods):
            continue
        if _THOSE_BEFORE.match(text, max(0, draft.metric[0] - 7), draft.metric[0]) and (
            _PREPOSITION_START.match(text, *draft.metric)
        ):
            earlier = [
                text[d.metric[0] : d.metric[1]]
                for d in drafts
                if d.metric is not None
                and d.figure.start < draft.figure.start
                and not _PREPOSITION_START.match(text, *d.metric)
            ]
            named = earlier[-1] if earlier else context.last_metric
            head = _head_phrase(named) if named else ""
            if head and head.lower() not in _PRONOUNS:
                draft.metric_owner = head
            continue
        if _FORECAST_STAND_IN.fullmatch(text, *draft.metric):
            # "it cut its projection for 2024 to 0.5%": a forecast of the metric named before
            named = _earlier_metric(text, draft, drafts) or context.last_metric
            if (
                named is not None
                and named.lower() not in _PRONOUNS
                and not _NOT_A_NOUN.match(named)
            ):
                forecast = "" if _FORECAST_WORD.search(named) else " forecast"
                draft.metric, draft.metric_text = None, f"{named}{forecast}"
            continue
        bare_rate = _BARE_RATE.fullmatch(text, *draft.metric)
        if bare_rate is not None:
            group = bare_rate.group("group") or ""
            rate = _earlier_rate(text, draft, drafts, None if group else context)
            if rate is not None and group:
                # "The unemployment rate for those aged 15 to 34 rose to 46.1%, while the rate
                # for 15- to 24-year-olds jumped to 62.4%": the earlier rate's head, this group
                rate = _head_phrase(rate) + group
            if rate is not None and rate.lower() != "rate":
                # "The euro area unemployment rate was 6.2%. The rate stood at 7.3% in France"
                draft.metric, draft.metric_text = None, rate
            continue
        if _PLACED_ONLY.fullmatch(text, *draft.metric):
            _name_placed(text, draft, drafts, context)
            continue
        stand_in = _STAND_IN.fullmatch(text, *draft.metric)
        if stand_in is None:
            continue
        named = _earlier_metric(text, draft, drafts) or context.last_metric
        if named is not None and _PLACE_GROUP.fullmatch(named.strip()):
            named = _topic(context)  # "15 Member States ... The highest annual increases": the
            # measure, not the places counted
        if named is None or _STAND_IN.fullmatch(named):
            continue
        domain = stand_in.group("domain").strip()
        draft.metric, draft.metric_text = None, f"{domain} {named}" if domain else named


_GROUP_AFTER_FIGURE = compile_pattern(
    r"\s+for\s+(?!(?:the|a|an|this|that|its|their|every|each|all|first|second|third|fourth|"
    r"next|last|past|more|less|about|around|nearly|over|under|some|only|just|now|example|instance"
    r"|years?|months?|quarters?|weeks?|days?|decades?|time|good|a\s+while)\b)"
    r"(?P<group>(?-i:[a-z])[\w'’&-]*(?:\s+(?!(?:and|or|while|but|in|on|at|from|to|as|after|by|"
    r"since|compared|than|with)\b)(?-i:[a-z])[\w'’&-]*){0,4})(?=\s*(?:[,;.)]|$|\s+(?:and|or|while|"
    r"but|in|on|at|from|as|after|since|compared|than|with)\b))",
    _I,
)
"""A group a figure is given for ("rose 2.1% for food", "fell to 3.9% for women")."""
_IN_PLACE_WORDS = (
    r"(?P<group>the\s+euro\s*(?:area|zone)|(?:the\s+)?(?-i:[A-Z])[\w.'’-]*"
    r"(?:\s+(?:and\s+the\s+|and\s+|of\s+(?:the\s+)?)?(?-i:[A-Z])[\w.'’-]*){0,4})"
)
"""A place of up to five capitalised words after "in" ("the West", "Bosnia and Herzegovina")."""
_PLACE_AFTER_FIGURE = compile_pattern(
    rf"\s+in\s+{_IN_PLACE_WORDS}(?=\s*(?:\(|,|;|\.(?:\s|$)|$)|\s+and\s+(?:by\s+)?[-+−]?[$€£¥]?\d)",
    _I,
)
"""The place a level is for, right after it ("£209,000 in Wales (2.7%)")."""
_PLACE_BEFORE_LEVEL = compile_pattern(
    r"(?:\s+on\s+the\s+(?:month|year|quarter|week)|\s+(?:month|year|quarter)-on-(?:month|year|quarter)"
    r"|\s+from\s+a\s+(?:month|year|quarter)\s+(?:earlier|ago))?"
    rf"\s+(?P<domain>in\s+{_IN_PLACE_WORDS})"
    r"\s+to\s+(?:(?:about|around|nearly|some|roughly)\s+)?",
    _I,
)
"""A place between a change and the level it leads to ("1.4% in the West to 144,000")."""
_GROUP_BEFORE_BRACKET = compile_before(
    r"\b(?:rose|fell|increased|decreased|grew|declined|dropped|climbed|edged\s+(?:up|down)|was\s+"
    r"(?:little\s+)?(?:changed|unchanged))\s+(?P<domain>(?:for|among)\s+(?!(?:the|a|an)\s)"
    r"(?P<group>[a-z][\w'’ -]{2,50}?))\s*\(\s*[-+]?$",
    _I,
)
"""A group named between the verb and a bracketed figure ("rose for youth aged 15 to 24 (+")."""


def add_domains(text: str, sentence: Sentence, drafts: list[Draft], periods: list[Period]) -> None:
    """ "For emerging economies, growth is projected at 4.0%": the opening names whom a one-word
    metric is about; "production decreasing by 2.6% for capital goods": the group after a
    figure names whom its metric is about."""
    for draft in drafts:
        if draft.metric_domain is not None or (draft.metric is None and draft.metric_text is None):
            continue
        before = _GROUP_BEFORE_BRACKET.match(
            text, max(sentence.start, draft.figure.left - 80), draft.figure.left
        )
        if before is not None and not _names_a_period(before.span("group"), periods):
            # "Employment rose for youth aged 15 to 24 (+31,000; +1.1%)": whom it rose for
            named = metric_text(text, draft) or draft.metric_text or ""
            if before.group("group").lower() not in named.lower():
                draft.metric_domain = before.span("domain")
                continue
        moved = draft.change_span
        if draft.value is not None and moved is not None and moved[1] <= draft.figure.left:
            between = _PLACE_BEFORE_LEVEL.fullmatch(text, moved[1], draft.figure.left)
            if between is not None and not _names_a_period(between.span("group"), periods):
                # "slipped 1.4% on the month in the West to 144,000": the level in the West
                named = metric_text(text, draft) or draft.metric_text or ""
                if between.group("group") not in named:
                    draft.metric_domain = between.span("domain")
                    continue
        group = match_ahead(_GROUP_AFTER_FIGURE, text, draft.figure.end, sentence.end)
        if group is None and not _RESPECTIVELY.search(text, draft.figure.end, sentence.end):
            group = match_ahead(_PLACE_AFTER_FIGURE, text, draft.figure.end, sentence.end)
        if group is None or _names_a_period(group.span("group"), periods):
            continue
        named = metric_text(text, draft) or draft.metric_text or ""
        if regex.search(rf"\b{regex.escape(group.group('group'))}\b", named, flags=_I):
            continue  # the metric names the group already
        end = group.end("group")
        if text[end - 1] == "." and text[:end].rsplit(None, 1)[-1].count(".") == 1:
            end -= 1  # "in France." ends the sentence; "in the U.S." keeps its own full stop
        draft.metric_domain = (group.start() + len(group.group()) - len(group.group().lstrip()),
                               end)  # fmt: skip
    excluding = _EXCLUDING_OPENING.match(
        text, sentence.start, min(sentence.end, sentence.start + 90)
    )
    if excluding is not None:
        # "Excluding volatile items and holiday travel, the indicator rose 2.7%": the measure
        # without them
        first_clause_end = sentence.clauses[clause_index(sentence, excluding.end())][1]
        for draft in drafts:
            named = metric_text(text, draft) or draft.metric_text or ""
            if (
                named
                and len(named.split()) <= 2
                and excluding.end() <= draft.figure.start < first_clause_end
                and draft.metric_domain is None
                and not _ALREADY_EXCLUDES.search(named)
                and not _ITEMS_EXCLUDED.fullmatch(excluding.group("domain"))
                and len(excluding.group("domain").split()) <= 9
                and not _TARGET_WORD.search(named)
            ):
                draft.metric_domain = excluding.span("domain")
    _add_place_opening(text, sentence, drafts, periods)
    opening = _FOR_OPENING.match(text, sentence.start, min(sentence.end, sentence.start + 80))
    if opening is None:
        return
    start, end = opening.span("domain")
    if _names_a_period((start, end), periods):
        return  # "For the year ending March 2025, ..." is a period
    for draft in drafts:
        if draft.metric is not None and _GENERIC_METRIC.fullmatch(text, *draft.metric):
            draft.metric_domain = (opening.start(), end)


def _names_a_period(span: tuple[int, int], periods: list[Period]) -> bool:
    """Whether ``span`` overlaps a period ("For the year ending March 2025", "in March")."""
    return any(p.start < span[1] and span[0] < p.end for p in periods)


def _add_place_opening(
    text: str, sentence: Sentence, drafts: list[Draft], periods: list[Period]
) -> None:
    """ "In Greater China, revenue fell 21%": the place an opening names is where the metric is
    measured, for the figures of the clause it opens."""
    opening = _PLACE_OPENING.match(text, sentence.start, min(sentence.end, sentence.start + 80))
    if opening is None:
        return
    end = opening.end("place")
    if _names_a_period(opening.span("place"), periods):
        return  # "In March 2025, ..." is a period
    place = opening.group("place")
    clause_end = sentence.clauses[clause_index(sentence, opening.end())][1]
    for draft in drafts:
        named = metric_text(text, draft) or draft.metric_text or ""
        if (
            draft.figure.start >= clause_end
            or draft.metric_domain is not None
            or not named
            or _NAMES_A_PLACE.search(named)
            or any(word in named for word in place.split() if word[:1].isupper())
        ):
            continue
        draft.metric_domain = (opening.start(), end)


_PLACE_OPENING = compile_pattern(
    r"\W*in\s+(?:the\s+)?(?P<place>(?-i:[A-Z])[\w'’.&-]*"
    r"(?:(?:\s+|,\s+(?=(?-i:[A-Z]))|\s+and\s+)(?:of\s+|the\s+)?(?-i:[A-Z])[\w'’.&-]*){0,5}),\s",
    _I,
)
"""A sentence opening on a place: "In Greater China,", "In Zone Asia, Oceania and Africa,"."""
_NAMES_A_PLACE = compile_pattern(r"\b(?:in|for|at)\s+(?:the\s+)?(?-i:[A-Z])", _I)


_RATE_END = compile_pattern(r"\S\s+rate$", _I)


def _head_phrase(phrase: str) -> str:
    """The words before a phrase's first preposition ("exports" of "exports to China")."""
    return _PREPOSITION_SPLIT.split(phrase, maxsplit=1)[0].strip()


def _head_word(phrase: str) -> str:
    """The last word before a phrase's first preposition ("sales" of "sales in Montreal")."""
    words = _head_phrase(phrase).split()
    return words[-1].lower() if words else ""


def _earlier_rate(
    text: str, draft: Draft, drafts: list[Draft], context: Context | None
) -> str | None:
    """The last rate named before a bare "the rate", in the sentence or (given ``context``) the
    ones before it."""
    for earlier in reversed(drafts):
        if earlier is draft or earlier.figure.start > draft.figure.start:
            continue
        named = metric_text(text, earlier) or earlier.metric_text
        if named is not None and _RATE_END.search(named):
            return named
    if context is None:
        return None
    return next((m for m in reversed(context.recent_metrics) if _RATE_END.search(m)), None)


def _earlier_metric(text: str, draft: Draft, drafts: list[Draft]) -> str | None:
    earlier = [
        d for d in drafts if d is not draft and d.metric and d.figure.start < draft.figure.start
    ]
    if not earlier or earlier[-1].metric is None:
        return None
    start, end = earlier[-1].metric
    return text[start:end]


def assign_parent(text: str, sentence: Sentence, drafts: list[Draft], context: Context) -> None:
    """Make the last top-level metric the parent of a sentence opening "Of these" and the like,
    and record the sentence's metrics in ``context`` for later sentences."""
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
        phrase = metric_phrase(text, named[-1])
        if phrase and phrase.endswith(" per share") and not phrase.startswith("per "):
            context.last_metric = phrase  # "earnings of $6.70 a share": earnings per share
    for draft in drafts:
        phrase = metric_text(text, draft)
        if phrase and not draft.from_value:
            if phrase in context.recent_metrics:
                context.recent_metrics.remove(phrase)
            context.recent_metrics.append(phrase)
    del context.recent_metrics[:-6]


_PER_SHARE_AFTER = compile_pattern(r"\s+(?:a|per)\s+(?:diluted\s+|basic\s+)?share\b", _I)


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    return squash(text).strip() or None


_RETURNED_BEFORE = compile_before(
    r"\b(?:returned|returns|return|returning|handed\s+back|gave\s+back|paid\s+out|distributed)"
    r"\s+(?:(?:a\s+)?(?:record|total\s+of|combined|about|around|nearly|some|roughly|more\s+than)"
    r"\s+)*$",
    _I,
)
_ACTION_BEFORE = compile_before(
    rf"\b(?P<verb>{alternation(ACTION_NOMINALS)})\s+(?:(?:a\s+)?(?:record|total\s+of|combined|"
    r"about|around|nearly|almost|some|roughly|approximately|more\s+than|over|up\s+to|"
    r"an\s+estimated|a\s+further|another|an\s+additional|as\s+much\s+as)\s+)*$",
    _I,
)
_OUTPUT_BEFORE = compile_before(
    rf"\b(?P<verb>{alternation(OUTPUT_NOMINALS)})\s+(?:(?:between|about|around|some|roughly|"
    r"nearly|up\s+to|as\s+many\s+as|at\s+least|a\s+record|more\s+than)\s+)*"
    r"(?:[\d.,]+(?:\s+(?:million|billion|thousand))?\s*(?:and|to|-|–)\s*)?$",
    _I,
)
_GOODS_AFTER = compile_pattern(
    r"(?:\s+(?:and|to|-|–)\s+[\d.,]+(?:\s+(?:million|billion|thousand))?)?"
    r"(?:\s+[a-z]+)?\s+of\s+(?P<goods>[^,;:()\d]{2,40}?)(?=\s+(?:in|for|by|this|next|during|"
    r"and|as|from|to|at)\b|\s*[,.;]|$)",
    _I,
)
_COMPLEMENT_AFTER = compile_pattern(
    rf"\s+(?:{alternation(ACTION_COMPLEMENTS)})\s+(?P<object>[^,;:()\"“”]+)", _I
)
_TO_HOLDERS_AFTER = compile_pattern(
    r"\s+(?:\w+\s+){0,3}?to\s+(?:its\s+|their\s+)?(?:share|stock)holders|\s+(?:\w+\s+){0,3}?to\s+"
    r"(?:its\s+|their\s+)?investors",
    _I,
)


_VOTE_BEFORE = compile_before(
    r"\b(?:voted|votes|vote|voting|by\s+an?|in\s+an?|split)\s+(?:of\s+)?$", _I
)
_TALLY_HIGH_AFTER = compile_pattern(r"\s*[-–]\s*\d{1,2}\b(?!\s*(?:%|per\s*cent|percent))")
_TALLY_LOW_BEFORE = compile_before(r"\b\d{1,2}\s*[-–]\s*$")


def _action_metric(
    text: str, action: regex.Match[str], figure: Figure, clause_end: int, periods: list[Period]
) -> str:
    """The noun of an action verb, with what the amount went to ("spending on research")."""
    nominal = ACTION_NOMINALS[squash(action.group("verb")).lower()]
    complement = match_ahead(_COMPLEMENT_AFTER, text, figure.end, clause_end)
    if complement is None:
        return nominal
    target = clean_phrase(text, *complement.span("object"), periods)
    if target is None:
        return nominal
    preposition = complement.group().split()[0].lower()
    return f"{nominal} {preposition} {squash(text[target[0] : target[1]])}"


_FORECASTERS_AFTER = compile_pattern(
    r"\s+(?:(?:out\s+)?of\s+(?:the\s+)?[\d,]+\s+|[\w-]+\s+)?"
    rf"(?:{alternation(EXPECTATION_AGENTS)})\b",
    _I,
)
"""A count of the forecasters themselves ("34 of 36 economists polled by Reuters")."""


def _counts_forecasters(text: str, draft: Draft) -> bool:
    """ "three of the 30 economists polled": the count is of the forecasters themselves."""
    return draft.unit == "count" and _FORECASTERS_AFTER.match(text, draft.figure.end) is not None


def forecaster(expectation: regex.Match[str]) -> str:
    """ "forecast by economists" for "economists had forecast", "forecast" for "a poll showed"."""
    noun = expectation.groupdict().get("noun")
    if noun:  # "the 6.7% median forecast", "the $4.1 billion consensus estimate"
        verb = FORECAST_NOUN_PARTICIPLES.get(noun.lower(), "forecast")
    else:
        verb = FORECASTER_PARTICIPLES.get(squash(expectation.group("verb")).lower(), "forecast")
    agent = squash(expectation.group("agent") or "").lower()
    return f"{verb} by {agent}" if agent in FORECASTER_PEOPLE else verb


_POPULATION_NOUNS = frozenset({"people", "residents", "inhabitants", "persons", "citizens"})
_CHANGE_OF_POPULATION_BEFORE = compile_before(
    r"\b(?:lost|loses|losing|added|adds|adding|gained|gains|gaining|grew\s+by|shrank\s+by|"
    r"with|has|had|of)\s+(?:(?:about|around|nearly|some|roughly|almost|more\s+than|over|"
    r"just|only|a\s+net)\s+)*$",
    _I,
)
_PLACE_NAME = compile_pattern(
    r"(?:the\s+)?(?-i:[A-Z][\w.'’-]*)(?:\s+(?:of\s+)?(?-i:[A-Z][\w.'’-]*)){0,3}", _I
)
_MEASURE_SUFFIX = compile_pattern(r"(?:tion|ment|ity|ance|ence|ing|ism)$", _I)


def population_owner(
    text: str,
    subject: Span | None,
    sentence: Sentence,
    figure: Figure,
    periods: list[Period],
) -> str | None:
    """Whose people a count of residents counts: a place's population ("the South ... adding
    nearly 1.8 million residents", "California, with 39,431,263 residents"), or the measure
    that added them ("Net international migration added 2.8 million people")."""
    verb = _CHANGE_OF_POPULATION_BEFORE.match(text, max(0, figure.left - 30), figure.left)
    if verb is None or (subject is not None and verb.group().lower().startswith("with")):
        return None  # "after Australia and England, with 673,352 people": not theirs
    if subject is None:
        subject = subject_of_first_verb(text, sentence.start, figure.left, periods)
    if subject is None:
        return None
    words = squash(text[subject[0] : subject[1]])
    if _PLACE_NAME.fullmatch(words) and not _MEASURE_SUFFIX.search(words):
        place = words[4:] if words.lower().startswith("the ") else words
        return f"{place} population"
    lowered = words.lower().split()
    if len(lowered) >= 2 and lowered[-1] not in _EMPLOYING_AGENTS and lowered[-1] not in _PRONOUNS:
        return words  # "Net international migration added 2.8 million people"
    return None


def _vote_tally(text: str, figure: Figure) -> str | None:
    """ "voted 11-1", "by a 7-2 vote": the votes in favour, then the votes against."""
    if figure.unit != "count" or figure.value is None or figure.value > 99:
        return None
    if match_ahead(_TALLY_HIGH_AFTER, text, figure.end) and _VOTE_BEFORE.match(
        text, max(0, figure.left - 12), figure.left
    ):
        return "votes in favour"
    low = _TALLY_LOW_BEFORE.match(text, max(0, figure.left - 6), figure.left)
    if low is not None and _VOTE_BEFORE.match(text, max(0, low.start() - 12), low.start()):
        return "votes against"
    return None


def metric_phrase(text: str, draft: Draft) -> str | None:
    """The metric as a phrase: its span, with the owner of "its", the words finishing a counted
    noun, the group an opening names ("growth for emerging economies"), and "per share" when
    the figure is an amount per share ("earnings of $1.80 a share")."""
    metric = _clean(text[draft.metric[0] : draft.metric[1]]) if draft.metric else draft.metric_text
    if metric is None:
        return None
    if draft.growth_of or (draft.from_value and draft.link is not None and draft.link.growth_of):
        metric = growth_metric(metric)  # "the economy to grow 1.5%, down from 1.8%"
    owner = _clean(draft.metric_owner)
    if owner and owner.lower() in metric.lower():
        owner = None  # "headline inflation forecast" owned by "headline inflation": once
    parts = [owner, metric]
    if draft.metric_detail is not None:
        parts.append(_clean(text[draft.metric_detail[0] : draft.metric_detail[1]]))
    if draft.metric_domain is not None:  # "For emerging economies," -> "for emerging economies"
        domain = _clean(text[draft.metric_domain[0] : draft.metric_domain[1]]) or ""
        parts.append(domain[:1].lower() + domain[1:])
    per_share = draft.figure.currency is not None and (
        match_ahead(_PER_SHARE_AFTER, text, draft.figure.end) is not None
        or (
            draft.from_value
            and draft.link is not None
            and match_ahead(_PER_SHARE_AFTER, text, draft.link.figure.end) is not None
        )  # "to $1.43 a share from 94 cents": the earlier value is per share too
    )
    if per_share and "share" not in metric.lower():
        earnings = _earnings_per_share(text, draft, metric)
        if earnings is not None:
            return earnings
        parts.append("per share")
    if draft.forecaster is not None and not _FORECAST_NAMED.search(metric):
        parts.append(draft.forecaster)
    return " ".join(part for part in parts if part)


_PROFIT_HEAD = compile_pattern(
    r"\b(?:net\s+income|(?:net\s+|operating\s+)?profits?|(?:net\s+)?earnings|income\s+"
    r"attributable|net\s+(?:loss|losses)|loss(?:es)?)\b",
    _I,
)
_EARNED_BEFORE = compile_before(
    r"\b(?:earned|earns|earn|made|makes|lost|loses)\s+(?:an?\s+)?(?:adjusted\s+)?"
    r"(?:(?:about|around|nearly|some|roughly|just)\s+)?$",
    _I,
)
_DILUTED_AFTER = compile_pattern(r"\s+(?:a|per)\s+diluted\s+share\b", _I)


def _earnings_per_share(text: str, draft: Draft, metric: str) -> str | None:
    """Profit restated per share is earnings per share ("net income of $2.1 billion, or $1.05 a
    share"; "the company earned 80 cents a share"); a loss is a loss per share."""
    figure = draft.link.figure if draft.from_value and draft.link is not None else draft.figure
    earned = _EARNED_BEFORE.match(text, max(0, figure.left - 30), figure.left) is not None
    if _PROFIT_HEAD.search(metric) is None and not earned:
        return None
    lowered = metric.lower()
    noun = (
        "loss"
        if "loss" in lowered or _LOST.match(text, max(0, figure.left - 12), figure.left)
        else "earnings"
    )
    adjusted = "adjusted " if "adjusted" in lowered or "underlying" in lowered else ""
    diluted = "diluted " if match_ahead(_DILUTED_AFTER, text, figure.end) else ""
    return f"{adjusted}{noun} per {diluted}share"


_FORECAST_NAMED = compile_pattern(
    r"\b(?:forecasts?|expect\w*|estimates?|projections?|predictions?|consensus|outlook)\b", _I
)
_LOST = compile_before(r"\b(?:lost|loses)\s+(?:an?\s+)?(?:adjusted\s+)?$", _I)
