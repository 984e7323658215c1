"""Roles of statistical figures: a level, a change, a share, or a restatement.

The role is read from the words right around a figure within its clause: "rose 5%" is a change,
"rose to 5%" a level reached upward, "accounting for 62.4% of ..." a share, ", or 0.1%" after a
change a restatement, "up from 3.7%" the earlier value of the level before it.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from statextract._patterns import (
    ITEM_END_AFTER,
    NAMING_NUMBER,
    RANKED_CHANGE_BEFORE,
    RESTATED_JOIN,
    alternation,
    compile_before,
    compile_pattern,
    match_ahead,
    squash,
)
from statextract.figures import Figure
from statextract.lexicon._changes import (
    COMPARATIVES,
    DECREASE_NOUNS,
    DECREASE_VERBS,
    INCREASE_NOUNS,
    INCREASE_VERBS,
    MONTH_ON_MONTH,
    QUARTER_ON_QUARTER,
    REVISION_NOUNS,
    TRANSITIVE_DECREASE_VERBS,
    TRANSITIVE_INCREASE_VERBS,
    UNCHANGED_VERBS,
    UNCHANGED_WORDS,
    YEAR_ON_YEAR,
)
from statextract.lexicon._metrics import (
    BENCHMARK_NOUNS,
    COUNTED_NOUN_STOPWORDS,
    HISTORY_BENCHMARK_WORDS,
    RATE_HEAD_NOUNS,
    UNIT_NOUNS,
)
from statextract.lexicon._periods import MONTHS
from statextract.lexicon._shares import SHARE_VERBS, WHOLE_STOPWORDS

_I = regex.IGNORECASE
_SPACES = compile_pattern(r"\s+")
_LEVEL_HEDGES = frozenset({"above", "below", "under", "past", "beyond", "exceeding", "topping"})
"""A change verb before these reaches a level: "rose above £2.6tn" is a level, not a change."""
_DIRECTION: dict[str, str] = {
    **{word: "increase" for word in (*INCREASE_VERBS, *INCREASE_NOUNS)},
    **{word: "decrease" for word in (*DECREASE_VERBS, *DECREASE_NOUNS)},
    **{word: "unchanged" for word in UNCHANGED_WORDS},
    **{word: "unchanged" for word in UNCHANGED_VERBS},
}
_VERBS = alternation([*INCREASE_VERBS, *DECREASE_VERBS])
_NOUNS = alternation([*INCREASE_NOUNS, *DECREASE_NOUNS])
_FILLER = alternation(
    [
        *YEAR_ON_YEAR, *MONTH_ON_MONTH, *QUARTER_ON_QUARTER, "by", "a", "an", "further",
        "another", "additional", "sharply", "slightly", "strongly", "modestly", "just", "only",
        "marginally", "steeply", "significantly", "substantially", "considerably", "rapidly",
        "steadily", "nearly", "almost", "about", "around", "roughly", "some", "more than",
        "over", "respectively", "robust", "solid", "healthy", "meagre", "meager", "modest",
        "mere", "whopping", "record", "cumulative", "cumulatively", "annualized",
        "annualised", "seasonally adjusted", "sequential", "total", "combined", "net",
        "again", "also", "in total", "overall", "in value", "in volume", "in real terms",
        "fastest", "the fastest", "the most", "most", "organically", "on an organic basis",
        "nominally", "yearly", "annual", "monthly", "quarterly", "at a", "at an",
        "at an annual", "at an annualized", "at an annualised", "at a seasonally adjusted",
        "at a seasonally adjusted annual", "at a seasonally adjusted annualized",
        "total of", "a total of", "a combined total of", "a cumulative total of",
        "hefty", "sharp", "steep", "surprise", "surprising", "unexpected", "unexpectedly large",
        "bigger", "larger", "smaller", "deeper", "aggressive", "outsized", "jumbo",
        "larger-than-expected", "bigger-than-expected", "smaller-than-expected",
        "higher-than-expected", "lower-than-expected", "deeper-than-expected",
        "larger than expected", "bigger than expected", "smaller than expected",
    ]
)  # fmt: skip
_VERB_PERIOD = (
    r"(?:\s+(?:in|on)\s+(?:(?-i:[A-Z][a-z]{2,8})\.?(?:\s+\d{1,2})?"
    r"|(?:the\s+)?(?:first|second|third|fourth|final)\s+(?:quarter|half))(?:,?\s+\d{4})?)?"
)
"""A period between a change verb and its amount ("cut in February, by a quarter point")."""
_CHANGE_BEFORE = compile_before(
    rf"(?:^|(?<=[^\w-]))(?:(?P<verb>{_VERBS}){_VERB_PERIOD}|(?:an?\s+)?(?:(?:{_FILLER})\s+)*"
    rf"(?<!\bnatural\s)(?P<noun>{_NOUNS})\s+(?:of|by))(?:[\s,]+(?:{_FILLER}))*[\s,]*"
    rf"(?:(?:an?|the)(?:\s+(?!to\b)[a-z-]+){{1,3}}\s+)?$",
    _I,
)
_REVISIONS = frozenset(REVISION_NOUNS)
_RATE_NOUN_OF = compile_before(
    r"(?<!\b(?:a|an|the|its|their|of|to|by|with|and|or|annual|yearly)\s)"
    r"(?<=[A-Za-z][\w'’-]*\s)growth\s+(?:rate\s+)?of\s+"
    r"(?:(?:just|only|about|around|nearly|some|roughly)\s+)?$",
    _I,
)
_VERB_OBJECT_BY = compile_before(
    rf"(?:^|(?<=[^\w-]))(?P<verb>{_VERBS})(?:\s+[\w'’-]+){{1,3}}?\s+by\s+(?:(?:{_FILLER})\s+)*$",
    _I,
)
_TRANSITIVE_VERBS = alternation([*TRANSITIVE_INCREASE_VERBS, *TRANSITIVE_DECREASE_VERBS])
_BARE_OBJECT = (
    r"[a-z][\w'’-]*(?:\s+(?!by\b|to\b)[a-z][\w'’-]*){0,3}"
    r"(?:\s+(?:on|for|of)\s+(?:all\s+|the\s+)?(?:[A-Z][a-z][\w'’-]*\s+)?[a-z][\w'’-]*"
    r"(?:\s+[a-z][\w'’-]*)?)?"
)
"""An object without a determiner ("cut rates by 50 bps"): up to four lower-case words, and a
phrase of what it applies to ("raised additional tariffs on all Chinese goods to 20%")."""
_TRANSITIVE_OBJECT_BY = compile_before(
    rf"(?:^|(?<=[^\w-]))(?P<verb>{_TRANSITIVE_VERBS})"
    rf"\s+(?P<object>(?:its|their|the|his|her|our|[a-z]+s['’]|[A-Z][\w.&-]*['’]s)\s+(?:[^,;:()\d$€£¥₹%]|{NAMING_NUMBER}|\([A-Z][A-Za-z]{{1,7}}\)){{1,140}}?"
    rf"|{_BARE_OBJECT})\s+by\s+"
    rf"(?:(?:{_FILLER})\s+)*$",
    _I,
)
_TRANSITIVE_OBJECT_FROM = compile_before(
    rf"(?:^|(?<=[^\w-]))(?P<verb>{_TRANSITIVE_VERBS})"
    rf"\s+(?P<object>(?:its|their|the|[A-Z][\w.&-]*['’]s)\s+(?:[^,;:()\d$€£¥₹%]|{NAMING_NUMBER}|"
    rf"\([A-Z][A-Za-z]{{1,7}}\)){{1,80}}?)\s+from\s+(?:(?:a|an|the)\s+)?$",
    _I,
)
"""A verb, its object and the level it moved the object from ("lower the one-day repurchase rate
from 1.50%", "raised its deposit rate from 3.5% to 3.75%")."""
_TRANSITIVE_BARE_OBJECT = compile_before(
    rf"(?<!\b(?:the|an?|its|their|his|her|our)\s+)(?:^|(?<=[^\w-]))"
    rf"(?P<verb>(?:{_TRANSITIVE_VERBS})(?<=ed|cut|grew))"
    r"\s+(?P<object>[a-z][\w'’-]*(?:\s+(?!by\b|to\b)[a-z][\w'’-]*)?)\s+$",
    _I,
)
"""A past-tense verb, a bare object and a percentage with no "by", before a level ("increased
revenue 4% to €5.3 billion"): the object changed by the figure."""
_TO_LEVEL_AFTER = compile_pattern(r"\s+to\s+(?:a\s+record\s+|about\s+|around\s+)?[$€£¥₹]?\d")
_TRANSITIVE_DIRECTIONS = {
    **{verb: "increase" for verb in TRANSITIVE_INCREASE_VERBS},
    **{verb: "decrease" for verb in TRANSITIVE_DECREASE_VERBS},
}
_LEVEL_NOUN_OF = (
    r"(?:(?:an?|the|its|their)\s+(?:(?:new|fresh|seasonally\s+adjusted|annual(?:ized|ised)?|"
    r"all-time|record|\d+-(?:year|month|week))\s+)*(?:rate|pace|peak|high|low|level|total)"
    r"\s+of\s+|an?\s+(?:new\s+|fresh\s+)?record(?:[\s-](?:high|low))?\s+"
    r"|as\s+(?:low|high|much|little|many|few)\s+as\s+)?"
)
"""A level noun between "rose to" and its figure: "to a seasonally adjusted annual rate of
1,353,000", "to a peak of 1.75%", "to a record high of 8,100", "to a record 66.9%", "to as low
as 1.105%"."""
_YEAR_WORD = NAMING_NUMBER
_OBJECT_ADVERB = r"(?:\s+(?:slightly|sharply|marginally|modestly|again|further|significantly),?)?"
_ASIDE = r",\s+(?:which|who)\s+[^,;:()\d$€£¥₹%]{1,60},"
"""A relative clause set off by commas inside an object ("its forecast for core inflation, which
excludes fresh food, for fiscal 2024")."""
_TRANSITIVE_OBJECT_TO = compile_before(
    rf"(?:^|(?<=[^\w-]))(?P<verb>{_TRANSITIVE_VERBS})"
    rf"\s+(?P<object>(?:its|their|the|his|her|our)\s+"
    rf"(?:(?!\sby\s)(?:[^,;:()\d$€£¥₹%]|{_YEAR_WORD}|{_ASIDE})){{1,100}}?"
    rf"|(?:{_YEAR_WORD}\s+)?{_BARE_OBJECT}){_OBJECT_ADVERB}"
    r"(?:\s+from\s+[-+]?[$€£¥₹]?\d[\d.,]*\s*(?:%|per\s+cent|percent)?)?\s+to\s+"
    rf"(?:(?:just|about|around|nearly|some|roughly|a\s+record)\s+)?{_LEVEL_NOUN_OF}$",
    _I,
)
"""A verb, its object and the level it moved the object to, an earlier level between ("lowered
the repo rate from 7.5% to 7.25%")."""
_CARRIED_TO = compile_before(
    r"(?:^|(?<=[^\w-]))(?:taking|took|takes|bringing|brought|brings|pushing|pushed|pushes|sending|"
    r"sent|sends|driving|drove|drives|dragging|dragged|drags|pulling|pulled|pulls)"
    rf"\s+(?P<object>(?:its|their|the|his|her|our|[a-z]+s['’]|[A-Z][\w.&-]*['’]s)\s+(?:[^,;:()\d$€£¥₹%]|{NAMING_NUMBER}){{1,70}}?"
    rf"|{_BARE_OBJECT})"
    r"(?:\s+(?:back\s+)?(?P<way>up|down|higher|lower))?\s+to\s+"
    rf"(?:(?:just|about|around|nearly|some|roughly|a\s+record)\s+)?{_LEVEL_NOUN_OF}$",
    _I,
)
"""A figure a change carries something to: "taking annual producer inflation down to"."""
_PUT_AT = compile_before(
    r"(?:^|(?<=[^\w-]))(?:putting|puts|leaving|leaves)"
    rf"\s+(?P<object>(?:its|their|the|his|her|our|[a-z]+s['’]|[A-Z][\w.&-]*['’]s)\s+(?:[^,;:()\d$€£¥₹%]|{NAMING_NUMBER}){{1,70}}?"
    rf"|{_BARE_OBJECT})\s+at\s+(?:(?:just|about|around|nearly|some|roughly|a\s+record)\s+)?$",
    _I,
)
"""A level a change puts something at: "cut its estimate to 1.64 million bpd, putting world
demand at 105.78 million bpd"."""
_STAND_IN_TOTAL = compile_pattern(
    r"(?:its|their|the)\s+(?:overall\s+|cumulative\s+|running\s+)?(?:total|tally|number|figure|count)",
    _I,
)
_WAYS = {"up": "increase", "higher": "increase", "down": "decrease", "lower": "decrease"}
CLAUSE_VERB = compile_pattern(
    rf"(?<![\w-])(?:{_VERBS}|was|were|is|are|stood|stands|came|comes|reached|hit)(?![\w-])", _I
)
"""A verb that makes its words a clause of their own: "Trimmed mean inflation rose" is no object
of "trimmed", "imports were at $4 billion" no item of a list of "X at A"."""
_FROM_LIST_GAP = compile_pattern(
    r"(?:\s+[^,;:.()\d%$€£¥₹]{1,40}?)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:(?:about|around|nearly|some|roughly|just)\s+)?",
    _I,
)
_HELD_AT = compile_before(
    r"(?:^|(?<=[^\w-]))(?P<verb>held|holds|holding|hold|kept|keeps|keeping|keep|left|leaves|"
    r"leaving|leave|maintained|maintains|retained|retains|retaining|reaffirmed|reaffirms|"
    r"reiterated|reiterates)(?P<object>(?:\s+[\w'’-]+){1,5}?"
    r"|\s+(?:its|their|the)(?:\s+(?!at\b)[A-Za-z0-9][\w'’+-]*){1,14}?(?:\s+\([A-Z][A-Za-z]{1,7}\))?)"
    r"\s+(?:steady\s+|unchanged\s+)?"
    r"(?:(?:at|in|within)\s+(?:an?|the|its)\s+(?:target\s+)?range\s+of"
    r"|at\s+(?:an?|its)\s+(?:[\w-]+\s+){0,2}(?:high|low|peak|level)\s+of"
    r"|at|near|around|in\s+an?|within\s+an?|in\s+the|within\s+the)\s*$"
    r"|\b(?:was|were|been)\s+(?:also\s+)?(?:kept|left|held|maintained|retained)\s+"
    r"(?:steady\s+|unchanged\s+)?"
    r"(?:at|near|around|in\s+an?|within\s+an?|in\s+the|within\s+the)\s*$",
    _I,
)
_PASSIVE = (
    rf"(?:^|(?<=[^\w-]))(?:was|were|is|are|be|been|being)\s+"
    rf"(?:(?:also|further|again|sharply|slightly|just|only|now)\s+)?(?P<verb>{_TRANSITIVE_VERBS})"
)
"""What was done to the subject: "was lifted", "has been cut", "were revised up"."""
_PASSIVE_BY = compile_before(rf"{_PASSIVE}\s+by\s+(?:(?:{_FILLER})\s+)*$", _I)
_PASSIVE_BARE = compile_before(rf"{_PASSIVE}\s+$", _I)
"""A passive change verb right before its amount ("was raised 1.8 million tons to ...")."""
_PASSIVE_TO = compile_before(
    rf"{_PASSIVE}(?:\s+by\s+[^,;:()]{{1,40}}?)?\s+to\s+{_LEVEL_NOUN_OF}$", _I
)
_RANGE_AHEAD = compile_pattern(r"\s*(?:to|-|–)\s*[$€£¥₹]?\d")
_NAMED_OBJECT = compile_pattern(
    r"\s*(?:[A-Z][\w'’-]*\s+){0,3}(?:Rate|rate|rates|Selic|OCR|repo\s+rate)|\s*[A-Z]{2,6}(?:-Rate)?"
)
"""An object named without a determiner: "Bank Rate", "interest rates", "the OCR"."""
_DEFINITE_OBJECT = compile_pattern(r"\s*(?:the|its|their)\s+[a-z]", _I)
_LEVEL_DIRECTION_BEFORE = compile_before(
    rf"(?:^|(?<=[^\w-]))(?P<verb>{_VERBS}|{alternation([*UNCHANGED_WORDS, *UNCHANGED_VERBS])})"
    rf"(?:\s+(?:{_FILLER}))*(?:\s+(?:below|above|under|over|more|less|faster|slower|further|back)"
    rf"(?:\s+[\w'’-]+){{0,4}},)?\s+(?:to\s*{_LEVEL_NOUN_OF}|at\s*)$",
    _I,
)
"""A verb and the level it reaches; an aside may stand between ("dropping below target, to
1.7%", "to ease more slowly than previously thought, to 3.5%")."""
_REVISED = (
    r"(?:(?:the\s+|an?\s+)?(?:initially|originally|previously|earlier)\s+(?:reported|estimated|"
    r"published|announced|forecast|projected)"
    r"|(?:an?\s+)?(?:(?:upwardly|downwardly)\s+)?revised"
    r"|(?:an?|the|its|their)\s+(?:(?:record|recent|previous|post-pandemic|pandemic-era|"
    r"multi-decade|\d+-(?:year|month))\s+)?(?:peak|high|low|level|reading)\s+of"
    r"|an?\s+(?:net\s+|operating\s+)?(?:profit|loss|gain|deficit|surplus)\s+of"
    r"|the"  # "down from the 2.1% it had expected": right before the figure
    r"|an?\s+(?:(?:record|all-time|revised)\s+)?(?:record|high|low|peak)"  # "a record 2,094"
    r"|(?:an?|the|its)\s+(?:(?:annual|monthly|quarterly|year-on-year|annualised|annualized|"
    r"seasonally\s+adjusted)\s+)?(?:rate|pace|reading)\s+of"
    r"|(?:an?|the|its|their)\s+(?:(?:previous|earlier|prior|initial|original|last|former|"
    r"[A-Z][a-z]+)\s+)(?:forecasts?|estimates?|projections?|guidance|outlook|target|"
    r"expectations?)\s+(?:of\s+)?(?:(?:about|around|roughly|some|nearly)\s+)?)"
)
"""What may stand between "from" and an earlier value: "from a revised 3.1%", "from a peak of
19.2%"."""
_MERE = r"(?:just|only|merely|a\s+mere)"
"""A word that belittles an earlier value: "up from just 0.4 trillion won"."""
_FROM_BEFORE = compile_before(
    rf"(?:^|(?<=[^\w-]))(?P<verb>{_VERBS}|unchanged|compare[sd]?\s+with|compare[sd]?\s+to|versus|vs\.?)"
    rf"(?:\s+(?:{_FILLER}))*\s+from(?:\s+{_REVISED}|\s+{_MERE})?\s*$"
    rf"|(?:^|(?<=[^\w-]))(?P<verb2>compare[sd]?\s+with|compare[sd]?\s+to|versus|vs\.?|against|from)"
    rf"(?:\s+{_REVISED})?\s*$"
    rf"|(?:^|(?<=[^\w-]))(?P<verb2>compare[sd]?\s+with|compare[sd]?\s+to|from)\s+{_MERE}\s*$",
    _I,
)
_MOVES_OF_AFTER = compile_pattern(
    r"\s+of\s+(?:(?:further|additional|more|rate|policy|cumulative)\s+)*(?:(?P<down>easing|cuts?|"
    r"reductions?|rate\s+cuts?|lowering)|(?P<up>tightening|hikes?|increases?|rate\s+(?:hikes?|"
    r"increases?)|raises?))\b",
    _I,
)
_TALLY_VOTE_AFTER = compile_pattern(
    r"\s*[-–]\s*\d{1,2}\s+(?:vote|votes|decision|majority|split)\b", _I
)
_SWING_FROM = compile_pattern(
    r"\bfrom\s+an?\s+(?:net\s+|operating\s+)?(?P<was>profit|loss)\s+of", _I
)
_SWING_TO = compile_pattern(
    r"\b(?:swung|swings|turned|fell|slipped|slid|returned|moved)\s+(?:back\s+)?(?:in)?to\s+an?\s+"
    r"(?:net\s+|operating\s+)?(?P<now>profit|loss)\b",
    _I,
)


def swing_direction(text: str, start: int, source: regex.Match[str]) -> str | None:
    """ "swung to a net loss ... from a profit of": a loss after a profit is a fall, whatever the
    two amounts; a profit after a loss a rise."""
    was = _SWING_FROM.search(source.group())
    now = _SWING_TO.search(text, start, source.start())
    if was is None or now is None or was.group("was").lower() == now.group("now").lower():
        return None
    return "decrease" if now.group("now").lower() == "loss" else "increase"


_ESTIMATE_WORD = compile_pattern(r"\b(?:forecasts?|estimates?|projections?|guidance|outlook)\b", _I)
_GAP_AFTER = compile_pattern(r"\s+(?:below|above|higher|lower|more|less)\b", _I)
_RESTATED_COMPARATIVE_AFTER = compile_pattern(
    r"\s*,\s*or\s+(?:about\s+|some\s+)?[-+]?\d[\d.,]*\s*(?:%|percent|per\s+cent)\s*,\s+"
    r"(?P<noun>more|less|fewer|higher|lower|bigger|larger|greater|smaller)\s+than\b",
    _I,
)
"""A change amount, its rate restated, then a comparative: "36 billion euros, or 7.5 percent,
more than in May 2024"."""
_CHANGE_AFTER = compile_pattern(
    rf"\s+(?:(?:{_FILLER})\s+)*(?P<noun>{_NOUNS}|higher|lower|more|less|fewer|cheaper|dearer|"
    rf"bigger|larger|greater|smaller|short(?=\s+of\b)|"
    rf"above|below|(?:up|down)(?!\s+(?:to|from)\b))\b(?!\s+of\s+(?:the|all)\b)"
    rf"(?!\s+(?:{alternation(RATE_HEAD_NOUNS)})\b(?!\s+(?:in|by)\s))",
    _I,
)
"""A change noun after the figure; not "a 6.3% growth estimate", which names a level, but "the
4.4% increase forecast in a Reuters poll", where "forecast" is a participle."""
_REACHED_TO = compile_before(rf"\b(?:to|at|a\s+total\s+of)\s+{_LEVEL_NOUN_OF}$", _I)
_OPEN_PAREN_BEFORE = compile_before(r"\(\s*(?:both\s+)?$")
_CHANGE_CONTEXT = compile_pattern(  # also "recorded fewer nights than in 2023: Luxembourg (-2.7%)"
    rf"\b(?:{_VERBS}|{_NOUNS}|changes?|growth|movements?|swings?)\b"
    r"|\b(?:fewer|more|less|higher|lower)\b[^.;:()]{0,40}?\bthan\b"
    r"(?!\s+(?:expected|forecast|estimated|anticipated|predicted|projected))",
    _I,
)
_GROW_CROPS = frozenset({"grew", "grow", "grows", "growing", "grown"})
_CROP_AFTER = compile_pattern(
    r"\s+(?:[\d,]+-(?:pound|lb|kg|kilogram|tonne)\s+)?(?P<noun>[a-z][\w-]*)", _I
)
_NOT_CROPS = frozenset({*COUNTED_NOUN_STOPWORDS, *UNIT_NOUNS, "people", "jobs", "workers"})
_VERSUS_BENCHMARK = compile_pattern(
    rf"\s+(?P<versus>(?:above|below|under|over|higher\s+than|lower\s+than)\s+(?:the\s+|its\s+|their\s+)?"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:{alternation(BENCHMARK_NOUNS)}))\b",
    _I,
)
_VERSUS_HISTORY = compile_pattern(
    r"\s+(?:(?P<up>above|over|higher\s+than)|below|under|lower\s+than)\s+(?:the\s+|its\s+|their\s+)?"
    rf"(?:{alternation(HISTORY_BENCHMARK_WORDS)})\s+(?:average|mean|median|norm)\b",
    _I,
)
"""A percentage gap to the series' own past average ("8% below the five-year average")."""
_AT_RATE_OF_BEFORE = compile_before(
    rf"(?:^|(?<=[^\w-]))(?P<verb>{_VERBS})\s+at\s+(?:an?\s+)?(?:seasonally\s+adjusted\s+)?"
    r"(?:(?:annuali[sz]ed|annual|quarterly|monthly|yearly)\s+)?(?:rate|pace)\s+of\s+"
    r"(?:(?:about|around|nearly|roughly|just|only)\s+)?$",
    _I,
)
"""A move stated as its rate: "Gross domestic product grew at an annualized rate of 2.6%"."""
_MOVE_NOUN = compile_pattern(
    r"\b(?:(?P<up>hikes?|tightening|rate\s+rises?)|cuts?|reductions?|easing|lowering)\b",
    _I,
)
"""A move of a rate named as a noun ("four cuts", "the hike") before "taking the rate to"."""
_EXPECTED_RATE_BEFORE = compile_before(
    r"\b(?:(?:forecasts?|estimates?|projections?|expectations?)\s+of|targeting)\s+"
    r"(?:(?:about|around|roughly|nearly|just)\s+)?$",
    _I,
)
"""A rate of change named as expected before its noun ("a forecast of 5.6% growth"): a level."""
_RATE_NOUN_AFTER = compile_pattern(rf"\s+(?:{_NOUNS})\b", _I)
"""The change noun right after such a rate ("growth")."""
_SHARE_BEFORE = compile_before(
    rf"(?:^|(?<=[^\w-]))(?P<verb>{alternation(SHARE_VERBS)})"
    r"(?:\s+(?:the\s+remaining|the\s+other|the\s+rest\s+of|the|another|a\s+further))?\s*$",
    _I,
)  # "with Delta making up the remaining 1.7%"
_TOTAL_WHOLE = compile_pattern(r"(?:the\s+)?(?:total|all|overall|entire)\b", _I)
_RATIO_STOP = (
    r"(?:aged|who|that|which|were|was|are|is|have|has|had|will|would|say|said|in|of|on|at|"
    r"with|for|and|or|than|to|from|by)\b"
)
_RATIO_WHOLE = compile_pattern(
    rf"\s+(?P<whole>(?!{_RATIO_STOP})[a-z][\w'’-]*(?:\s+(?!{_RATIO_STOP})[a-z][\w'’-]*)?)", _I
)
_FOR_GROUP_AFTER = compile_pattern(r"\s+for\s+[a-z]", _I)
_EARLIER_LIST = compile_pattern(
    r"(?:\s+(?:in|at|on|for|during)\s+[\w\s-]{1,30}?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)", _I
)
_BRACKET_EARLIER_GAP = compile_pattern(r"(?:\s+(?:in|on|for)\s+[\w\s-]{1,30}?)?\s*\(\s*", _I)
_NAMED_RATE_IS_BEFORE = compile_before(
    r"\b(?:rate|inflation)\b[^;.()]{0,80}?\b(?:is|was|were|be|been|stood\s+at|came\s+in\s+at)"
    r"\s+$",
    _I,
)
"""A rate named as the subject, then a linking verb: the signed figure is the rate itself."""
_SIGNED_RATE_LIST_GAP = compile_pattern(
    r"(?:\s+(?:in|for)\s+[\w\s-]{1,30}?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)", _I
)
_LABELLED_BRACKET_GAP = compile_pattern(
    r"(?:\s+(?:in|on|for)\s+[\w\s-]{1,30}?)?\s*\(\s*(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d\s*:\s*"
)
"""A bracket that names its period first: "(March 2025: −2.8%)"."""
_BRACKET_EARLIER_CLOSE = compile_pattern(
    r"(?:\s+(?:in|on|for|at)\s+(?:the\s+)?[\w\s-]{1,30}?|\s+a\s+year\s+(?:earlier|ago))?\s*\)",
    _I,
)
"""A bracket that holds nothing but an earlier value and its period: "(7.4% in September)"."""
_TO_BEFORE = compile_before(r"\b(?:to|at)\s+$", _I)
"""A level reached or stated ("slowed to 5.9%", "is expected at 2.3% in Germany")."""
_BRACKET_ITEM_BEFORE = compile_before(r"\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")
"""A list item after a bracketed earlier value ("(2.6% in February), 0.9% in France")."""
_ADJACENT_BRACKET = compile_pattern(r"[\s\w.]{0,12}\(\s*")
_OPEN_BRACKET_BEFORE = compile_before(r"\w\s?\(\s*$")
_BRACKET_LIST_CHANGE = compile_pattern(
    rf"\s*\)(?:\s*,?\s+(?:and\s+)?[^()\d.;:]{{1,40}}\([^()]{{1,20}}\))*,?\s+"
    rf"(?:(?:also|all|each|both|have|has|had|were|was|respectively)\s+)*"
    rf"(?:(?P<verb>{_VERBS})|(?:got|became|grew|were|was)\s+(?P<adjective>dearer|cheaper|"
    rf"higher|lower)"
    rf"|(?:posted|recorded|registered|saw|had|showed|reported)\s+(?:the\s+|a\s+)?"
    rf"(?:(?:largest|biggest|smallest|strongest|sharpest|steepest|fastest|slowest|highest|"
    rf"lowest|weakest|only|second-largest|second-biggest|steep|sharp|strong|modest|small|"
    rf"annual|monthly|quarterly)\s+){{0,2}}(?P<verb>{_NOUNS}))\b",
    _I,
)
_LOST_MONEY_BEFORE = compile_before(
    r"\b(?:lost|loses|lose|losing)\s+(?:(?:about|around|nearly|some|roughly|almost|more\s+than|"
    r"an\s+estimated|a\s+combined)\s+)?$",
    _I,
)
_PRICED_SUBJECT = compile_pattern(
    r"\b(?:shares?|stocks?|price|prices|futures|crude|oil|gold|bitcoin|dollar|euro|yen|index|"
    r"market\s+value|valuation|capitali[sz]ation|contract)\b",
    _I,
)
"""A subject whose "lost $5" is a fall in price, not a loss made."""
_CHANGE_NOUN_WAS = compile_before(
    rf"\b(?:the|its|their|this|that)\s+(?:(?:annual|monthly|quarterly|year-on-year|overall|"
    rf"underlying|organic|reported)\s+)?(?P<noun>{_NOUNS})\s+(?:was|is|were|came\s+to|"
    rf"amounted\s+to|stood\s+at|reached)\s+(?:(?:about|around|nearly|some|roughly|just|only)\s+)?$",
    _I,
)
"""A change named, then given: "on a currency-neutral basis the gain was 10%"."""
_BRACKET_FOLLOWER = compile_pattern(
    r"\s*\)[^()]{0,60}?,\s+followed\s+by\s+[^()\d]{1,50}\(\s*"
    r"|\s*\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)[^()\d]{1,50}\(\s*(?:both\s+|each\s+)?",
    _I,
)
"""From one bracketed change to the next item of its list: "(3.0%) posted the largest increase,
followed by British Columbia (", "(2.4%) and Ontario ("."""
_FOLLOWER_ITEM = compile_pattern(
    r"(?:\s*\))?(?:,?\s+[^,()\d;]{1,40})?,\s+(?:followed\s+by|ahead\s+of|trailed\s+by)\s+"
    r"[^()\d;]{1,60}?(?:\s*\(\s*|\s+(?:at|with)\s+)",
    _I,
)
"""From a change to the next item of its ranking: "at 0.75%, driven by university fees, followed
by clothing at ", "at 257,000, ahead of accommodation and food service activities ("."""
_FOLLOWER_NEXT = compile_pattern(r"(?:,\s*(?:and\s+)?|\s+and\s+)[^()\d;]{1,50}?\s+at\s+", _I)
"""From one "<item> at N" of a ranking to the next: " and health and personal care at "."""
_AT_BEFORE = compile_before(r"\s+at\s+$", _I)
_SIGNED_RESTATEMENT = compile_pattern(r"\s*;\s*|(?:\s+[A-Za-z][\w'’-]*){0,6}\s*\(\s*")
_CHANGE_RATE_SEPARATOR = compile_pattern(r"\s*[;,]\s*")
"""Between a change and its rate in one bracket: "(-15,000; -1.4%)", "(212 thousand, 7.3%)"."""
_GAPPED_SUBJECT = compile_pattern(
    r"\s*,?\s+and\s+(?:the\s+|its\s+|their\s+)?(?!(?:to|from|by|in|on|at|was|were)\b)"
    rf"(?:(?!(?:{_VERBS}|was|were|is|are|had|has|have)\b)[\w'’&-]+\s+){{1,4}}",
    _I,
)
"""A new subject without its verb between two moves ("... to €10.7 billion and EBIT 11% to")."""
_GAPPED_COMPARATIVE = compile_pattern(
    rf"\s+(?:{alternation(COMPARATIVES)})"
    r"(?:\s+(?:than\s+a\s+year\s+(?:earlier|ago)|on\s+the\s+(?:year|month)|year[-\s]on[-\s]year))?"
    r"\s*,?\s+and\s+(?:the\s+|its\s+|their\s+)?(?:(?-i:[a-z])[\w'’&-]*\s+){1,4}",
    _I,
)
"""A comparative after a change, then a new subject without it ("2.39% dearer and services")."""
_CLAUSE_END_AFTER = compile_pattern(r"\s*(?:[.;)]|,\s*respectively\b|$)", _I)
_GAPPED_CHANGE = compile_pattern(
    r"(?:\s+(?:year|month|quarter|week)[-\s](?:on|over)[-\s](?:year|month|quarter|week))?"
    r"(?:\s+(?:from|on|over|than|compared|in|during|for)\s+"
    r"(?:(?!\band\b)(?:[^,;.()\d%]|(?:19|20)\d\d)){1,40}?)*"
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+|its\s+|their\s+)?"
    rf"(?!(?:to|from|by|in|on|at|while|whereas|but|with|which|that|its|their|the|a|an)\b)"
    rf"(?P<subject>(?:(?!(?:{_VERBS}|was|were|is|are|had|has|have|while|whereas|but|which|that)\b"
    r"|[a-z]+ed\s+\Z|[a-z]+(?:ing|ed)\s+(?=[-+$€£¥₹]?\d))[\w'’&.-]+\s+){1,6})"
    r"(?<!\b(?:at|to|of|by|from|in|on|with|for|about|around|near|some)\s+)",
    _I,
)
"""A new subject after a change whose verb it shares ("grew 5.24% from a year earlier,
Sulawesi's 5.83% and Sumatra's 4.98%")."""
_TO_FIGURE_NEXT = compile_pattern(r"\s+to\s+(?:(?:about|around|nearly|some)\s+)?[-+$€£¥₹]?\d")
_VERB_ITEMS_BEFORE = compile_before(
    rf"\b(?P<verb>{_VERBS})"
    r"(?:\s+(?:than|from|compared\s+with)\s+(?:a|the)\s+(?:year|month|quarter|week)\s+"
    r"(?:earlier|ago|before)|\s+on\s+the\s+(?:year|month|quarter)|\s+year[-\s]on[-\s]year)?"
    r"\s+(?:in|among|for|at)\s+"
    r"(?:[^();:.]{1,80}?\([^()]{1,40}\)\s*,?\s*(?:and\s+|while\s+)?)*[^();:.]{1,80}?\(\s*$",
    _I,
)
"""A change verb, then items each with its figure in brackets: "employment rose in health and
social work activities (212 thousand, 7.3%), public administration (87 thousand ..."."""
_SIGNED_RATE_AFTER = compile_pattern(r"\s*;\s*[-+]\d[\d.,]*\s*%\s*\)")
_CLOSE_PAREN = compile_pattern(r"\s*\)")
_RESTATEMENT_BETWEEN = compile_pattern(
    r"(?:\s+(?-i:[a-z]+))?\s*(?:,\s*or|\(|,\s*i\.e\.,?|,\s*equivalent\s+to|,\s*or\s+about)\s*"
    r"|\s+(?:in|during|over)\s+the\s+(?:\w+\s+){0,2}?(?:quarter|month|year|half|week)"
    r"\s*,\s*(?:equivalent\s+to|i\.e\.,?)\s*",
    _I,
)
_BEATEN_BEFORE = compile_before(
    r"\b(?:beating|beat|beats|missing|missed|misses|topping|topped|tops|matching|matched|"
    r"matches|exceeding|exceeded)\s+(?:the\s+|a\s+|an\s+)?$",
    _I,
)
"""A change measured against an expectation: "beating the 4.4% increase forecast in a poll"."""
_COMPARISON_FIGURE_BEFORE = compile_before(
    r"(?:^|(?<=\W))(?:than|from|after|following|compare[sd]?\s+with|compare[sd]?\s+to|versus|vs\.?|"
    r"against|(?:well\s+|far\s+|just\s+|comfortably\s+)?(?:below|above|ahead\s+of|short\s+of|"
    r"behind))\s+(?:(?:analysts'|economists'|market)\s+)?"
    r"(?:(?:expectations|forecasts?|estimates?|consensus|predictions?)\s+(?:for|of)\s+)?"
    r"(?:(?:the|a|an|its)\s+)?(?:[A-Z]\w+'s\s+)?"
    r"(?:(?:growth|expansion|contraction|an?\s+(?:increase|rise|gain|decline|drop|fall))\s+of\s+)?$",
    _I,
)
_TO_LEVEL_BETWEEN = compile_pattern(
    r"(?:\s+(?:from|since|over|in|on)\s+[^,;()]{1,40}?)?\s+to\s+"
    r"(?:(?:about|around|nearly|some|roughly|almost|a\s+record)\s+)?",
    _I,
)
"""Between a change and the level it moved to: " from the prior week to "."""
_COUNTED_EVENTS = compile_pattern(
    r"(?:cuts|hikes|increases|reductions|rises|reductions|moves|decreases|declines|falls|gains)",
    _I,
)
_BY_AGAIN = compile_before(r"(?:,|\band|\bwhile)\s+(?:[\w'’-]+\s+){0,4}?by\s+$", _I)
_WHOLE_AFTER = compile_pattern(
    rf"\s+of\s+(?:(?:the|their|his|her|its|our|your)\s+)?"
    rf"(?P<whole>(?:(?!(?:{alternation(WHOLE_STOPWORDS)})\b)[\w'’&-]+(?:\.\w+)*(?:(?<=\b\w\.\w)\.)?"
    rf"(?:\s+|(?![\w'’&-])))"
    rf"{{1,8}})",
    _I,
)
_CLAUSE_WORD = compile_pattern(r"\b(?:and|while|but|whereas)\b|[;]", _I)
_FILLER_BETWEEN = compile_pattern(
    r"[\s,]*(?:(?:in|on|at|for|during|as\s+of)\s+[\w\s-]*?)?[\s,]*"
    r"(?:(?:up|down|higher|lower|compared)\s*)?",
    _I,
)
_BARE_LIST = compile_pattern(r"\s*(?:,\s*and|,|and)\s+", _I)
_BARE_AND = compile_pattern(r"\s*,?\s*and\s+", _I)
_NOT_LIST_WORD = (
    rf"(?!(?:{_VERBS}|{alternation(SHARE_VERBS)}|to|at|was|were|is|are|reached|stood|totalled|"
    r"totaled|had|has|have|while|but|whereas|including|excluding|of\s+which)\b)"
)
_LIST_JOINER = compile_pattern(
    rf"(?:[\s,]+{_NOT_LIST_WORD}[\w'’-]+){{0,9}}?(?:,\s*|\s+and\s+|,\s*and\s+)(?:by\s+)?"
    rf"|(?:\s+{_NOT_LIST_WORD}[a-z][\w'’-]*){{0,2}}[\s,]*(?:and|,)\s+{_NOT_LIST_WORD}[\w'’-]+\s+"
    rf"(?:(?:{_NOT_LIST_WORD}[\w'’-]+|to|of|in|for|from|with)\s+){{0,5}}",
    _I,
)
_PERIOD_WORD = compile_pattern(
    rf"(?:{alternation(MONTHS)})\b|(?:last|this|next|the\s+same|the\s+previous|the\s+year)\b",
    _I,
)
_PAST_VERB_AFTER_NOUN = compile_pattern(r"(?<=[a-z]s)\s+[a-z]+ed\b")
_WHOLE_TAIL = compile_before(r"[\s.,'’]+$")


@dataclass(slots=True)
class Role:
    """What a figure is in its sentence."""

    kind: str
    """``level``, ``change``, ``share``, ``restatement`` or ``from_value``."""
    direction: str | None = None
    """For a change, or a level reached with a direction ("rose to 3.9%")."""
    whole: tuple[int, int] | None = None
    """For a share: the span of the whole ("total netizens")."""
    share_cue: bool = False
    """A share verb ("accounting for") stands right before the figure."""
    comparison: bool = False
    """An earlier change quoted for comparison ("than October's 0.2 percent fall")."""
    direction_span: tuple[int, int] | None = None
    rate_noun: bool = False
    """ "world GDP growth of 2.9%": a level of a growth rate when no level is there to change."""
    changed: tuple[int, int] | None = None
    """The object of a transitive change verb ("lowered its estimate of output by 1%")."""
    versus: tuple[int, int] | None = None
    """The benchmark a level is measured against ("above the EU average"), or a change is
    ("8% below the five-year average"): such a change stands as a fact of its own."""
    carried: bool = False
    """A level another subject is carried to ("rose 1.68%, taking annual inflation to 35.75%")."""


_AFTER_DIRECTIONS = {"higher": "increase", "more": "increase", "above": "increase",
                     "dearer": "increase", "up": "increase", "lower": "decrease",
                     "less": "decrease", "fewer": "decrease", "below": "decrease",
                     "cheaper": "decrease", "down": "decrease", "bigger": "increase",
                     "larger": "increase", "greater": "increase", "smaller": "decrease",
                     "short": "decrease"}  # fmt: skip


def _direction_of(word: str) -> str:
    key = _SPACES.sub(" ", word.lower())
    return _DIRECTION.get(key) or _AFTER_DIRECTIONS.get(key, "increase")


_OBJECT_TAIL = compile_pattern(r"\s+(?:\(|(?:that|which|who|whose)\b)", _I)


def _object_head(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """An object without its bracketed acronym or relative clause ("the cash reserve ratio (CRR)
    that lenders must park with it" -> "the cash reserve ratio")."""
    tail = _OBJECT_TAIL.search(text, *span)
    return (span[0], tail.start()) if tail is not None and tail.start() > span[0] else span


_COUNTED_NOUN_AFTER = compile_pattern(
    r"\s+(?!(?:in|on|at|to|from|for|of|by|and|or|a|an|the|per|more|less|than|year|month|week|"
    r"day|quarter)s?\b)(?P<noun>[a-z][a-z-]+s)\b"
)


_CHANGE_NOUN_IN_OF_BEFORE = compile_before(
    rf"\b(?P<noun>{_NOUNS})\s+in\s+(?P<thing>(?:(?:the|its|their)\s+)?[a-z][\w'’-]*"
    r"(?:\s+(?!of\b)[a-z][\w'’-]*){0,3})\s+of\s+"
    r"(?:(?:about|around|nearly|some|roughly|almost|just|over|more\s+than)\s+)?$",
    _I,
)
"""A change noun and what changed before its amount ("an increase in output of")."""
_PLACED_BRACKET_GAP = compile_pattern(
    r"(?:\s+(?:in|for|at)\s+(?:the\s+)?(?-i:[A-Z])[\w.'’-]*"
    r"(?:\s+(?:and\s+the\s+|and\s+|of\s+(?:the\s+)?)?(?-i:[A-Z])[\w.'’-]*){0,4})?\s*\(\s*",
    _I,
)
"""Between a level and its bracketed change, past the place it is for (" in England (")."""


def _counts_other_things(text: str, previous: Figure | None, figure: Figure) -> bool:
    """Two counts of different things ("4,738 deaths ... from 31 countries"): the second is no
    earlier value of the first."""
    if previous is None or figure.unit != "count" or previous.unit != "count":
        return False
    own = match_ahead(_COUNTED_NOUN_AFTER, text, figure.end)
    earlier = match_ahead(_COUNTED_NOUN_AFTER, text, previous.end)
    return own is not None and earlier is not None and own.group("noun") != earlier.group("noun")


_MAKE_UP_BEFORE = compile_before(
    r"\b(?:make|makes|made|making)\s+up\s+(?:(?:about|around|nearly|some|roughly|almost|"
    r"just|only|over|more\s+than)\s+)?$",
    _I,
)
"""The verb of a part's size ("make up 8.1 GW"), whose "up" moves nothing."""


def classify(text: str, figure: Figure, clause_start: int, previous: Figure | None,
             previous_role: Role | None, last_change: Role | None = None) -> Role:  # fmt: skip
    """The role of ``figure`` from the words around it inside its clause."""
    window = max(clause_start, figure.left - 80)
    left = figure.left
    if match_ahead(_TALLY_VOTE_AFTER, text, figure.end):
        return Role("level")  # "by a 7-2 vote": a tally, not a change
    moves = (
        match_ahead(_MOVES_OF_AFTER, text, figure.end)
        if (figure.unit in ("basis_point", "percentage_point") or figure.points)
        and previous is None  # not "at 4.4%, implying a further half point of cuts"
        else None
    )
    if moves is not None:
        # "35 basis points of easing", "475 basis points of increases": the size of moves
        way = "decrease" if moves.group("down") else "increase"
        return Role("change", direction=way, direction_span=moves.span())
    is_percent = figure.unit in ("percent", "percentage_point") or figure.points
    # "a further half point of cuts": points are no share of anything
    whole = _whole_after(text, figure) if figure.unit == "percent" and not figure.points else None
    if whole is None and _MAKE_UP_BEFORE.match(text, max(clause_start, left - 30), left):
        return Role("level")  # "Coal plants make up 8.1 GW": a part, not a move up
    if (
        previous is not None
        and previous_role is not None
        and previous_role.kind == "change"
        and (
            _RESTATEMENT_BETWEEN.fullmatch(text, previous.end, left)
            or (figure.plus_sign and _SIGNED_RESTATEMENT.fullmatch(text, previous.end, left))
            or (
                # "(-15,000; -1.4%)": a change and its rate in one bracket
                _CHANGE_RATE_SEPARATOR.fullmatch(text, previous.end, left)
                and _OPEN_PAREN_BEFORE.match(text, max(0, previous.left - 4), previous.left)
                and match_ahead(_CLOSE_PAREN, text, figure.end)
            )
        )
    ):
        if whole is not None and _TOTAL_WHOLE.match(text, whole[0], whole[1]):
            # "up 16.98 million, or 75.0% of the total netizens": a share, not the change again
            return Role("share", whole=whole)
        return Role("restatement")
    if (
        previous is not None
        and previous_role is not None
        and previous_role.kind == "from_value"
        and figure.unit == previous.unit
        and (gap := _FROM_LIST_GAP.fullmatch(text, previous.end, left)) is not None
        and not CLAUSE_VERB.search(gap.group())
    ):
        # "improved to 3.5% from 1.7% a year earlier and 2.0% in April-June": both earlier
        return Role("from_value", direction=previous_role.direction, whole=whole)
    if (
        previous is not None
        and previous_role is not None
        and previous_role.kind == "level"
        and (
            previous_role.direction is not None
            or _TO_BEFORE.match(text, 0, previous.left)
            or _BRACKET_ITEM_BEFORE.match(text, max(0, previous.left - 12), previous.left)
        )
        and figure.unit == previous.unit
        and not figure.plus_sign
        and not figure.minus_sign
        and _BRACKET_EARLIER_GAP.fullmatch(text, previous.end, left)
        and match_ahead(_BRACKET_EARLIER_CLOSE, text, figure.end)
    ):
        # "slowed to 5.9% (7.4% in September)", "to 4.5% (4.7%)": the value it moved from
        return Role("from_value", direction=None, whole=whole)
    if (
        previous is not None
        and previous_role is not None
        and previous_role.kind in ("level", "change")
        and figure.unit == previous.unit
        and _LABELLED_BRACKET_GAP.fullmatch(text, previous.end, left)
        and match_ahead(_CLOSE_PAREN, text, figure.end)
    ):
        # "fall by 5.4% in April 2025 (March 2025: −2.8%)": the same figure a period earlier
        return Role("from_value", direction=None, whole=whole)
    if (
        previous is not None
        and previous_role is not None
        and previous_role.kind == "level"
        and figure.unit == "percent"
        and previous.unit not in ("percent", "percentage_point")
        and not figure.plus_sign
        and not figure.minus_sign
        and (moved := previous_role.direction or (last_change.direction if last_change else None))
        is not None
        and moved in ("increase", "decrease")
        and _PLACED_BRACKET_GAP.fullmatch(text, previous.end, left)
        and match_ahead(_CLOSE_PAREN, text, figure.end)
    ):
        # "prices rose to £293,000 in England (2.0%), £209,000 in Wales (2.7%)": each level's
        # change, the way the verb moved them
        return Role("change", direction=moved, direction_span=(left, left))
    bracket_list = (
        _OPEN_BRACKET_BEFORE.match(text, max(0, left - 3), left) is not None
        and not (previous is not None and _ADJACENT_BRACKET.fullmatch(text, previous.end, left))
        and match_ahead(_BRACKET_LIST_CHANGE, text, figure.end)
    )
    if (
        figure.currency is not None
        and _LOST_MONEY_BEFORE.match(text, window, left)
        and not match_ahead(_TO_FIGURE_AHEAD, text, figure.end)
        and not _PRICED_SUBJECT.search(text, window, left)
    ):
        # "Reality Labs lost $3.85 billion": a loss made, not a fall of something
        return Role("level")
    at_rate = _AT_RATE_OF_BEFORE.match(text, window, left)
    if at_rate is not None and is_percent:
        # "the economy expanded at an annualized pace of 2.6%": the move, as "grew 2.6%" is
        return Role("change", direction=_direction_of(at_rate.group("verb")),
                    direction_span=at_rate.span("verb"))  # fmt: skip
    ranked = RANKED_CHANGE_BEFORE.match(text, window, left)
    if ranked is not None:
        # "Market services recorded the largest drop, of 2.9 points": the subject's change
        noun = ranked.group("noun").lower()
        way = "decrease" if figure.minus_sign or noun.startswith("loss") else _direction_of(noun)
        return Role("change", direction=way, direction_span=ranked.span("noun"))
    named_change = _CHANGE_NOUN_WAS.match(text, window, left)
    if named_change is not None and (is_percent or figure.unit in ("count", "point")):
        # "the increase was 34%": a change its noun names
        return Role("change", direction=_direction_of(named_change.group("noun")),
                    direction_span=named_change.span("noun"))  # fmt: skip
    if (
        previous is not None
        and previous_role is not None
        and previous_role.kind == "change"
        and previous.unit == figure.unit
        and (
            _BRACKET_FOLLOWER.fullmatch(text, previous.end, left)
            or (not previous_role.rate_noun and _FOLLOWER_ITEM.fullmatch(text, previous.end, left))
            or (
                _FOLLOWER_NEXT.fullmatch(text, previous.end, left)
                and _AT_BEFORE.match(text, max(0, previous.left - 6), previous.left)
                and previous_role.direction_span == (previous.left, previous.left)
            )
        )
    ):
        # "Alberta (3.0%) posted the largest increase, followed by British Columbia (2.4%)"
        direction = previous_role.direction
        if figure.plus_sign or figure.minus_sign:
            direction = "increase" if figure.plus_sign else "decrease"
        return Role("change", direction=direction, direction_span=(left, left))
    if (
        previous is not None
        and previous_role is not None
        and previous_role.kind == "level"
        and (gapped_way := previous_role.direction or (last_change and last_change.direction))
        in ("increase", "decrease")
        and figure.unit in ("percent", "count")
        and _GAPPED_SUBJECT.fullmatch(text, previous.end, left)
        and match_ahead(_TO_FIGURE_NEXT, text, figure.end)
    ):
        # "EBITDA climbed 8.9% to €10.7 billion and EBIT 11% to €7.6 billion": the verb gapped
        return Role("change", direction=gapped_way, direction_span=None)
    moved_before = (
        previous is not None
        and previous_role is not None
        and previous_role.kind == "change"
        and previous_role.direction in ("increase", "decrease")
        and figure.unit == previous.unit
    )  # a change of the same unit right before: a new subject may share its verb
    if (
        moved_before
        and previous is not None
        and previous_role is not None
        and _GAPPED_COMPARATIVE.fullmatch(text, previous.end, left)
        and match_ahead(_CLAUSE_END_AFTER, text, figure.end)
    ):
        # "goods were 2.39% dearer and services 4.90%": the comparative gapped
        return Role("change", direction=previous_role.direction, direction_span=None)
    if (
        moved_before
        and previous is not None
        and previous_role is not None
        and not figure.range_high
        and (gapped := _GAPPED_CHANGE.fullmatch(text, previous.end, left)) is not None
        and match_ahead(ITEM_END_AFTER, text, figure.end)
    ):
        # "Java's economy grew 5.24% from a year earlier, Sulawesi's 5.83% and Sumatra's
        # 4.98%": the verb gapped from each new subject
        subject_start, subject_end = gapped.span("subject")
        return Role("change", direction=previous_role.direction, direction_span=None,
                    changed=(subject_start, len(text[:subject_end].rstrip())))  # fmt: skip
    items = (
        _VERB_ITEMS_BEFORE.match(text, max(clause_start, left - 400), left)
        if not bracket_list and (figure.unit == "count" or is_percent) and whole is None
        else None
    )
    if items is not None:
        # "employment rose in health (212 thousand, 7.3%) and finance (65 thousand, 8.6%)"
        direction = _direction_of(items.group("verb"))
        if figure.plus_sign or figure.minus_sign:
            direction = "increase" if figure.plus_sign else "decrease"
        return Role("change", direction=direction, direction_span=items.span("verb"))
    if bracket_list:
        # "Eggs (4.59%), fruit (3.75%) and milk (2.63%) also got dearer": each item changed
        word = bracket_list.group("verb") or bracket_list.group("adjective")
        direction = _direction_of(word)
        if figure.plus_sign or figure.minus_sign:
            # "trade (+338,000), while manufacturing (-183,000) shed jobs": the sign says
            direction = "increase" if figure.plus_sign else "decrease"
        return Role("change", direction=direction, direction_span=bracket_list.span())
    noun_in = _CHANGE_NOUN_IN_OF_BEFORE.match(text, max(clause_start, left - 80), left)
    if (noun_in is not None and previous_role is None) or (
        noun_in is not None and previous is not None and previous.end <= noun_in.start()
    ):
        # "another increase in output of 137,000 bpd", "a rise in unemployment of 25,000": a
        # change of the thing after "in"
        return Role("change", direction=_direction_of(noun_in.group("noun")),
                    direction_span=noun_in.span("noun"), changed=noun_in.span("thing"))  # fmt: skip
    if figure.kind == "ratio":
        # "one in five adults": a share of the adults
        after = match_ahead(_RATIO_WHOLE, text, figure.end)
        return Role("share", whole=after.span("whole") if after else None)
    if (
        figure.minus_sign
        and (is_percent or figure.unit == "count")
        and whole is None
        and _OPEN_PAREN_BEFORE.match(text, max(0, left - 8), left) is not None
        and (
            _CHANGE_CONTEXT.search(text, clause_start, left) is not None
            or match_ahead(_SIGNED_RATE_AFTER, text, figure.end) is not None
        )  # "fewer people working in transportation (-23,000; -2.1%)": a change and its rate
    ):
        # "Case numbers fell in the African Region (-76%)": a signed figure among changes
        return Role("change", direction="decrease", direction_span=(figure.start, figure.start + 1))
    if (figure.plus_sign or figure.minus_sign) and _NAMED_RATE_IS_BEFORE.match(
        text, max(clause_start, left - 120), left
    ):
        return Role("level")  # "The inflation rate is expected to be +2.1%": a rate, signed
    if (
        (figure.plus_sign or figure.minus_sign)
        and previous is not None
        and previous_role is not None
        and previous_role.kind == "level"
        and (previous.plus_sign or previous.minus_sign)
        and figure.unit == previous.unit
    ):
        if _SIGNED_RATE_LIST_GAP.fullmatch(text, previous.end, left):
            return Role("level")  # "had been +2.2% in March 2025 and +2.3% in February 2025"
        if _COMPARISON_FIGURE_BEFORE.match(text, max(clause_start, left - 40), left):
            return Role("from_value", direction=None)  # "..., compared with +2.6% in March"
    if figure.plus_sign and figure.unit != "times" and whole is None:
        # "Manitoba (+6,900)": a signed figure is a change
        return Role("change", direction="increase", direction_span=(figure.start, figure.start + 1))
    comparison = _COMPARISON_FIGURE_BEFORE.match(text, window, left)
    share_cue = _SHARE_BEFORE.match(text, window, left)
    if share_cue and is_percent and share_cue.group("verb").lower() != "or":
        return Role("share", whole=whole, share_cue=True)
    if share_cue and is_percent and whole is not None:
        return Role("share", whole=whole, share_cue=True)
    if (
        previous is not None
        and previous_role is not None
        and previous_role.kind == "from_value"
        and figure.unit == previous.unit
        and (
            _EARLIER_LIST.fullmatch(text, previous.end, left)
            or RESTATED_JOIN.fullmatch(text, previous.end, left)
        )
    ):
        # "fell to 2.5% from 2.9% in January and 3.7% at the end of 2023": both are earlier
        return Role("from_value", direction=None, whole=whole)
    source = _FROM_BEFORE.match(text, window, left)
    if source is not None and _counts_other_things(text, previous, figure):
        source = None  # "4,738 deaths were reported from 31 countries": where from, not a value
    if (
        source is not None
        and _ESTIMATE_WORD.search(source.group())
        and match_ahead(_GAP_AFTER, text, figure.end)
    ):
        source = None  # "revised from the previous estimate of 4.4% below": a gap, not a level
    if (
        source
        and source.group("verb2")
        and previous_role is not None
        and previous_role.kind == "share"
        and match_ahead(_FOR_GROUP_AFTER, text, figure.end)
    ):
        # "accounted for 46% of revenue, against 38% for smartphones": a share of its own
        return Role("share", whole=previous_role.whole)
    moved_from = _TRANSITIVE_OBJECT_FROM.match(text, max(clause_start, left - 120), left)
    if moved_from is not None and not CLAUSE_VERB.search(moved_from.group("object")):
        # "voted to lower the one-day repurchase rate from 1.50%": the object's earlier level
        direction = (
            _TRANSITIVE_DIRECTIONS[_SPACES.sub(" ", moved_from.group("verb").lower())]
            if match_ahead(_TO_FIGURE_AHEAD, text, figure.end)
            else None
        )  # no level reached after it: nothing before it moved ("voted 5-2 to reduce ...")
        return Role("from_value", direction=direction, direction_span=moved_from.span(),
                    changed=moved_from.span("object"), whole=whole)  # fmt: skip
    swing = swing_direction(text, window, source) if source else None
    if swing is not None and source is not None:
        # "swung to a net loss of $1.6 billion ... from a profit of $1.5 billion"
        return Role("from_value", direction=swing, direction_span=source.span(), whole=whole)
    if source and previous is not None and _only_filler_between(text, previous.end, source.start()):
        verb = source.group("verb") or source.group("verb2") or ""
        return Role("from_value", direction=_from_direction(verb), direction_span=source.span(),
                    whole=whole)  # fmt: skip
    if source and not source.group("verb") and match_ahead(_TO_FIGURE_AHEAD, text, figure.end):
        # "and in the EU from 83.4% to 81.7%": a from-to frame without its verb
        return Role("from_value", direction=None, direction_span=source.span(), whole=whole)
    if source and source.group("verb"):
        return Role("from_value", direction=_direction_of(source.group("verb")),
                    direction_span=source.span(), whole=whole)  # fmt: skip
    if (
        source
        and previous is not None
        and previous_role is not None
        and previous_role.kind in ("level", "change", "share", "from_value")
        and (
            figure.unit == previous.unit
            or bool(figure.currency and previous.currency)
            or (previous_role.kind == "share" and previous_role.whole is not None)
        )  # "rose to 736,210, or 14% of the population, from 451,941": past the restated share
    ):
        return Role("from_value", direction=None, direction_span=source.span(), whole=whole)
    held = _HELD_AT.match(text, max(clause_start, figure.left - 120), left)
    if held:  # "kept its forecast for growth this year at 4.7% to 5.5%": both ends held
        thing = held.span("object") if held.group("object") else None
        if thing is not None and not (
            _DEFINITE_OBJECT.match(text, *thing) or _NAMED_OBJECT.fullmatch(text, *thing)
        ):
            thing = None
        return Role("level", direction="unchanged", direction_span=held.span(), changed=thing)
    passive, kind = _PASSIVE_BY.match(text, window, left), "change"
    if passive is None:
        passive, kind = _PASSIVE_TO.match(text, window, left), "level"
    if passive is None and match_ahead(_TO_FIGURE_NEXT, text, figure.end):
        # "world consumption was raised 1.8 million tons to 809.8 million tons"
        passive, kind = _PASSIVE_BARE.match(text, window, left), "change"
    if passive:
        # "China's forecast was raised by 0.3 point to 4.8%": the subject was moved
        direction = _TRANSITIVE_DIRECTIONS[_SPACES.sub(" ", passive.group("verb").lower())]
        return Role(kind, direction=direction, direction_span=passive.span())
    carried = _CARRIED_TO.match(text, window, left) if whole is None else None
    put = _PUT_AT.match(text, window, left) if whole is None and carried is None else None
    if put is not None and not CLAUSE_VERB.search(put.group("object")):
        return Role("level", changed=put.span("object"), carried=True)
    if (
        carried
        and not CLAUSE_VERB.search(carried.group("object"))
        and not _STAND_IN_TOTAL.fullmatch(carried.group("object"))
    ):  # "taking its tally to 37.77 crore" is a running total
        way = carried.group("way")
        direction = _WAYS[way.lower()] if way else None
        span = carried.span() if way else None
        if way is None:
            # "four cuts next year, taking the policy rate to 3.5%": the moves named before
            lookback = max(0, carried.start() - 100)
            lookback = max(lookback, text.rfind(". ", lookback, carried.start()) + 1)
            named_moves = list(_MOVE_NOUN.finditer(text, lookback, carried.start()))
            if named_moves:
                direction = "increase" if named_moves[-1].group("up") else "decrease"
                span = named_moves[-1].span()
        return Role("level", direction=direction, direction_span=span,
                    changed=carried.span("object"), carried=True)  # fmt: skip
    lowered = (
        _TRANSITIVE_OBJECT_TO.match(text, max(clause_start, left - 140), left)
        if whole is None
        else None
    )
    if lowered and CLAUSE_VERB.search(lowered.group("object")):
        lowered = None  # "Trimmed mean inflation rose to 3.5%": "trimmed" names, "rose" moves
    if lowered:
        # "lowered the target range for the federal funds rate to 4.75%": the object reached it
        direction = _TRANSITIVE_DIRECTIONS[_SPACES.sub(" ", lowered.group("verb").lower())]
        return Role("level", direction=direction, direction_span=lowered.span(),
                    changed=lowered.span("object"))  # fmt: skip
    reached = _LEVEL_DIRECTION_BEFORE.match(text, window, left)
    if reached:
        return Role("level", direction=_direction_of(reached.group("verb")),
                    direction_span=reached.span(), whole=whole)  # fmt: skip
    transitive = _TRANSITIVE_OBJECT_BY.match(text, max(clause_start, left - 140), left)
    if (
        transitive is None
        and (figure.unit == "percent" or figure.explicit_unit)
        and match_ahead(_TO_LEVEL_AFTER, text, figure.end)
    ):  # "increased revenue 4% to €5.3 billion", "raised exports 25 million bushels to 825"
        transitive = _TRANSITIVE_BARE_OBJECT.match(text, window, left)
    if transitive and CLAUSE_VERB.search(transitive.group("object")):
        transitive = None  # "Trimmed mean inflation rose by 0.3 points"
    if transitive and figure.hedge_word not in _LEVEL_HEDGES:
        direction = _TRANSITIVE_DIRECTIONS[_SPACES.sub(" ", transitive.group("verb").lower())]
        return Role("change", direction=direction, direction_span=transitive.span(),
                    changed=_object_head(text, transitive.span("object")))  # fmt: skip
    change = _CHANGE_BEFORE.match(text, window, left) or _VERB_OBJECT_BY.match(text, window, left)
    noun = change.groupdict().get("noun") if change else None
    if (
        change
        and noun
        and _SPACES.sub(" ", noun.lower()) in _REVISIONS
        and figure.unit in (None, "count")
    ):
        change = None  # "upgrades of 452 websites" counts websites; "an upgrade of 782,000
        # tonnes" and "a downgrade of 0.1 percentage point" change a measure
    if change and change.group("verb") and figure.hedge_word in _LEVEL_HEDGES:
        return Role("level", direction=_direction_of(change.group("verb")),
                    direction_span=change.span())  # fmt: skip
    if (
        change
        and change.group("verb")
        and _SPACES.sub(" ", change.group("verb").lower()) in _GROW_CROPS
        and figure.unit not in ("times",)
        and not is_percent
        and not text[change.end() : left].strip()
        and (crop := match_ahead(_CROP_AFTER, text, figure.end)) is not None
        and crop.group("noun").lower() not in _NOT_CROPS
    ):
        return Role("level")  # "farmers grew 17.9 million 480-pound bales": grown, not growth
    if change:
        word = change.group("verb") or change.group("noun")
        rate = _RATE_NOUN_OF.match(text, window, left) is not None
        # "an expansion of 9.6%, slower than the 14.2% of 2022-23": the 14.2% is compared with
        compared = comparison is not None and (
            comparison.start() > change.start() or "," not in text[comparison.end() : left]
        )  # "compared with growth of 5.11% in the first quarter": the figure compared with
        return Role("change", direction=_direction_of(word), direction_span=change.span(),
                    rate_noun=rate, comparison=compared)  # fmt: skip
    history = (
        match_ahead(_VERSUS_HISTORY, text, figure.end)
        if figure.unit == "percent" and not figure.points
        else None
    )
    if history is not None:
        # "inventories were 8% below the five-year average": the series against its own past
        way = "increase" if history.group("up") else "decrease"
        return Role("change", direction=way, direction_span=history.span(),
                    versus=history.span())  # fmt: skip
    versus = match_ahead(_VERSUS_BENCHMARK, text, figure.end)
    if versus:
        # "Luxembourg (139% above the EU average)": a gap to a benchmark, not a change in time
        return Role("level", versus=versus.span("versus"))
    if (
        is_percent
        and _EXPECTED_RATE_BEFORE.match(text, window, left) is not None
        and match_ahead(_RATE_NOUN_AFTER, text, figure.end) is not None
    ):
        # "analysts' forecast of 5.6% growth", "targeting 5.2% growth": the rate expected
        return Role("level")
    after = match_ahead(_CHANGE_AFTER, text, figure.end) or match_ahead(
        _RESTATED_COMPARATIVE_AFTER, text, figure.end
    )
    if after and not (
        figure.unit == "count"
        and not figure.explicit_unit
        and _COUNTED_EVENTS.fullmatch(after.group("noun"))
        and after.start("noun") - figure.end <= 6
    ):  # "three cuts in 2025", "two rate increases": events counted, not a move of 3
        beaten = _BEATEN_BEFORE.match(text, window, left)  # "beating the 4.4% increase forecast"
        return Role("change", direction=_direction_of(after.group("noun")),
                    direction_span=after.span(),
                    comparison=comparison is not None or beaten is not None)  # fmt: skip
    if (
        whole is not None
        and previous is not None
        and previous_role is not None
        and previous_role.kind == "change"
        and left - previous.end <= 80
        and _TO_LEVEL_BETWEEN.fullmatch(text, previous.end, left) is not None
    ):
        # "rose 2 points to 65% of GDP": the level reached, measured as a share
        return Role("level", whole=whole)
    if whole is not None:
        return Role("share", whole=whole)
    if (
        previous is not None
        and previous_role is not None
        and previous_role.kind == "change"
        and (previous.unit == figure.unit or _BARE_AND.fullmatch(text, previous.end, figure.left))
        and _LIST_JOINER.fullmatch(text, previous.end, figure.left)
        and not _REACHED_TO.match(text, max(0, left - 60), left)
    ):
        return Role("change", direction=previous_role.direction, direction_span=None,
                    comparison=comparison is not None or previous_role.comparison)  # fmt: skip
    if (
        previous is not None
        and previous_role is not None
        and previous_role.kind == "share"
        and previous.unit == figure.unit
        and _BARE_LIST.fullmatch(text, previous.end, figure.left)
    ):
        return Role("share", whole=whole, share_cue=previous_role.share_cue)
    if last_change is not None and _BY_AGAIN.match(text, window, left):
        return Role("change", direction=last_change.direction, direction_span=None)
    return Role("level", comparison=comparison is not None)


_TO_FIGURE_AHEAD = compile_pattern(
    r"(?:\s+of\s+[A-Z]\w*|\s+(?:in|at\s+the\s+end\s+of)\s+[\w-]+(?:\s+\d{4})?)?,?\s+to\s+"
    r"(?:(?:about|around|nearly|some|roughly|an?)\s+)?[-+$€£¥₹]?\d",
    regex.IGNORECASE,
)


def _from_direction(verb: str) -> str | None:
    key = squash(verb.lower())
    if key in _DIRECTION:
        return _DIRECTION[key]
    return None


def _only_filler_between(text: str, start: int, end: int) -> bool:
    if end - start > 45 or _CLAUSE_WORD.search(text, start, end):
        return False
    return _FILLER_BETWEEN.fullmatch(text, start, end) is not None


_PRONOUN_WHOLE = compile_pattern(r"(?:them|these|those)\b", regex.IGNORECASE)


def _whole_after(text: str, figure: Figure) -> tuple[int, int] | None:
    match = match_ahead(_WHOLE_AFTER, text, figure.end)
    if not match:
        return None
    start, end = match.span("whole")
    trimmed = _WHOLE_TAIL.match(text, start, end)
    if trimmed:
        end = trimmed.start()
    if start >= end or text[start].isdigit() or _PERIOD_WORD.match(text, start, end):
        return None
    pronoun = _PRONOUN_WHOLE.match(text, start, end)
    if pronoun is not None:
        return start, pronoun.end()  # "21% of them paid more than half their income"
    verb = _PAST_VERB_AFTER_NOUN.search(text, start, end)
    if verb is not None:
        end = verb.start()
    return start, end
