"""Metric phrases: what a figure measures, read from the words of its clause.

Three readings, tried in order: "the number of X ... N" and the subject of the verb before the
figure ("retail sales rose 5%"); "X of N" ("an unemployment rate of 3.9%"); and the counted noun
after a count ("150,000 jobs"). The phrase is then trimmed of determiners, "the number of",
trailing places and dates.
"""

from __future__ import annotations

import itertools

import regex

from statextract._patterns import (
    alternation,
    compile_before,
    compile_pattern,
    match_ahead,
    word_alternation,
)
from statextract.layers.periods import Period
from statextract.lexicon._changes import (
    DECREASE_NOUNS,
    DECREASE_VERBS,
    INCREASE_NOUNS,
    INCREASE_VERBS,
    MONTH_ON_MONTH,
    QUARTER_ON_QUARTER,
    UNCHANGED_WORDS,
    YEAR_ON_YEAR,
)
from statextract.lexicon._metrics import (
    ADJECTIVAL_PARTICIPLES,
    CLAUSE_ADVERBS,
    CLAUSE_WORDS,
    CLOSING_ADVERBS,
    COMPARATIVE_STARTS,
    COUNTED_NOUN_STOPWORDS,
    FRAGMENT_STARTS,
    FRAGMENT_VERBS,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST_VERBS,
    LEADING_WORDS,
    LEVEL_VERBS,
    LONE_NON_METRICS,
    NOT_METRICS,
    OBJECT_AT_VERBS,
    PART_CUES,
    PARTICIPLE_MODIFIERS,
    PARTNER_NOUNS,
    PREPOSITION_STARTS,
    TRAILING_WORDS,
)
from statextract.lexicon._numbers import TENS, UNITS
from statextract.lexicon._shares import SHARE_VERBS

Span = tuple[int, int]
_I = regex.IGNORECASE

_VERB_WORDS = [
    *LEVEL_VERBS,
    *INCREASE_VERBS,
    *DECREASE_VERBS,
    *UNCHANGED_WORDS,
    *(verb for verb in SHARE_VERBS if verb not in ("or", "share of", "a share of")),
]
_RELATIVE_CUES = [
    cue
    for cue in (*YEAR_ON_YEAR, *MONTH_ON_MONTH, *QUARTER_ON_QUARTER)
    if not cue.startswith(("annual ", "monthly ", "quarterly "))
]
_RELATIVE_CUE = compile_pattern(rf"(?:{alternation(_RELATIVE_CUES)})", _I)
_VERB = compile_pattern(
    rf"(?<![\w-])(?:{alternation(_VERB_WORDS)})(?![\w-])(?<!\bvalue\s+added)"
    r"(?<!\bnatural\s+(?:increase|decrease|growth|change))"  # births minus deaths: a noun
    r"(?!(?<=\bcontract)\s+[a-z]{2,}s\b)"  # "DRAM contract prices" is a noun phrase
    r"(?!(?<=\baccounts?)\s+(?:deficits?|surplus(?:es)?|balances?|gap)\b)"  # "current account"
    r"(?!(?<=\bcosts?)\s+(?!(?:about|around|roughly|nearly|an?|the|some|up|more|less|as|just|"
    r"only|over|under|at|us|[a-z]+ers|households|taxpayers)\b)[a-z])"  # "Unit costs rose"
    r"(?<!\b(?:the|an?|its|their|our|his|her|grand)\s+total)"  # "pushing the total to"
    r"(?!(?<=\btotal)\s+(?!(?:about|around|roughly|nearly|an?|some|more|less|just|only|over|"
    r"under|almost|at\s+least)\b)[a-z])",  # "expects total production": an adjective
    _I,
)
_BOUNDARY = compile_pattern(
    r",(?!\d)|[:;()\"]|\s[-–—]\s|\b(?:that|which|said|says|showed|shows|showing|suggesting|"
    r"indicating|according\s+to|where|when|"
    r"after|with(?!\s+[\w,.]+\s+or\s+(?:more|fewer|less|over|older)\b)|while|whereas|but|"
    r"(?<!\beven\s)(?:al)?though|"
    r"as\s+of|including|data\s+from)\b",
    _I,
)
_NUMBER_OF = compile_pattern(r"\b(?:total\s+)?number\s+of\s+", _I)
_LEADING = compile_pattern(rf"(?:{word_alternation(LEADING_WORDS)})\s*", _I)
_TRAILING = compile_before(
    rf"\s*(?:{word_alternation(TRAILING_WORDS)}|\b(?:in|on|at|of|to|by|for|from|as|was|were|is|"
    rf"are|has|have|had|its|the|a|an|and|or|also|being|been|be|it|which|that|this|than|would|"
    rf"will|could|should|may|might|can|"
    rf"compared|with|amid|during|across|over|who|whose)\b|[,.;:'\"]|\([^()]*\)"
    r"|\(\s*(?:up|down|rising|falling|increasing|decreasing|both|all|each)?)\s*$",
    _I,
)
_PERIOD_CUE = compile_before(
    r"\s*\b(?:in|as\s+of|as\s+at|at\s+the\s+end\s+of|by\s+the\s+end\s+of|by|for|during|since|"
    r"through|until|from|on|over)?\s*(?:the\s+)?(?:end\s+of\s+)?$",
    _I,
)
_OF_BEFORE = compile_before(
    r"(?P<np>(?:[\w'’&%.-]+\s+){0,5}[\w'’&.-]+)\s+of\s+"
    r"(?:(?:an?\s+)?(?:estimated|nearly|almost|about|around|roughly|more\s+than|over|some|"
    r"just|only|a\s+record|record)\s+)?$",
    _I,
)
_VERBISH = compile_pattern(
    rf"\b(?:(?!(?:{alternation(ADJECTIVAL_PARTICIPLES)})\b)\w+ed|spent|put|set|cut|saw|had|has|have|made|took|got|paid|held|hit|kept|won|lost|"
    r"sold|bought|brought|gave|grew|rose|fell|came|went|is|are|was|were|be|been|will|would|see|"
    r"remain|remains|stands|sits|"
    r"sees|gets|get|puts|declares|declare|proposes|propose|pegs|peg|pegged|expects|forecasts|"
    r"projects|estimates|predicts|targets|plans|aims|reports|posts|books)\b",
    _I,
)
_VERBISH_STRICT = compile_pattern(
    r"\b(?:spent|put|puts|set|saw|had|has|have|made|took|got|paid|held|kept|won|lost|sold|"
    r"bought|brought|gave|will|would|see|sees|gets|get|declared|declares|proposed|proposes|"
    r"pegged|pegs|estimated|reported|said|says|showed|shows|released|published)\b",
    _I,
)
_REPORTING_VERB = compile_pattern(
    r"\b(?:said|says|expects|expect|forecasts|projects|predicts|predict|sees|see|"
    r"(?<=\b(?:now|also|still|they|we|staff|analysts|economists|forecasters|officials|"
    r"traders|investors|markets)\s)project|"  # "Staff now project", not "its potash project"
    r"estimates|estimated|anticipates|anticipate|reported|reports|showed|shows|announced|"
    r"announces|believes|thinks|warned|warns|noted|leaves|leaving)\b"
    r"(?:\s+(?:that|on\s+\w+day))?",
    _I,
)
_FORECAST_VERB = compile_pattern(
    r"(?<!\b(?:the|an?|its|their|his|her|our|this|that|whose|[a-z]+s['’])\s+)"
    r"(?<=\b(?:it|they|we|he|she|company|group|firm|bank|government|ministry|agency|office|"
    r"fund|had|has|have|and|also|now|then|previously|originally|(?-i:[A-Z][\w.&'’-]*))\s+)"
    r"(?:forecast|predicted|projected|estimated|guided)\b"
    r"(?=\s+(?!(?:for|of|to|at|in|on|by|range|period|horizon|that|a|an|the|its|their)\b)[a-z])",
    _I,
)
_REDUCED_RELATIVE = compile_pattern(
    r"\s+(?:on|in|by|at|for|from|with|through|under|via|abroad|overseas|locally)\b", _I
)
_PARTICIPLE_ASIDE = compile_pattern(
    r",\s+(?:as\s+)?(?:(?:measured|calculated|compiled|defined|known|adjusted|seen)\s+(?:by|as|for)"
    r"|based\s+on|covering|excluding|comprising|spanning|encompassing|meaning)\s+"
    r"(?:[^,;:()\d%$€£¥]|\d+-(?=[a-z])|\([^()]{1,20}\)"
    r"|,(?=(?:\s+[a-z][\w'’-]*){1,3}\s+(?:and|or)\s)){3,120},",
    _I,
)
_NOUN_ASIDE = compile_pattern(
    r",\s+(?:an?|the(?=\s+(?-i:[a-z]))|(?-i:[A-Z])[\w.&-]*['’]s)\s+"
    r"(?:[^,;:()\d%$€£¥]|,(?=(?:\s+[A-Za-z][\w'’-]*,?){1,6}\s+(?:and|or)\s)){3,140},",
    _I,
)
"""A noun phrase set off by commas that says what the subject is ("Core inflation, a measure
that strips out food, energy and tobacco, rose", "Gross bookings, the total value of rides,
meal orders and freight shipments, rose" but not "Sales in Europe, the Middle East and Africa,
rose"), "Family daily active people, Meta's count of
unique users across Facebook, Instagram and WhatsApp, averaged")."""
_STEP_BACK = r"(?:(?:a|one)\s+)?(?:year|month|quarter|week)\s+(?:earlier|ago|before)"
"""One step back ("a year earlier"): no metric on its own, and no subject opening a clause."""
_STEP_ONLY = compile_pattern(_STEP_BACK, _I)
_ASIDE_IN = compile_pattern(r",\s+(?:which|who)\s+[^,;:()]{1,60},", _I)
_ADJECTIVE_BEFORE = compile_before(
    r"\b(?:the|an?|its|their)\s+(?:[\w-]+\s+)?(?:annual|monthly|quarterly|yearly|year-on-year|"
    r"month-on-month|quarter-on-quarter|weekly|biggest|largest|highest|smallest|lowest|"
    r"strongest|weakest|sharpest|steepest|fastest|slowest|first|second|third|latest)\s+$",
    _I,
)
"""Words after which a verb-like word is a noun ("the highest annual increases")."""
_CHANGE_OF = compile_pattern(
    r"(?:(?:annual|monthly|quarterly|yearly|year-on-year|month-on-month|quarter-on-quarter|"
    r"weekly|daily|further|sharp|steep|strong|modest|small|slight)\s+)*"
    r"(?:increases|decreases|gains|falls|rises|declines|drops|jumps|increase|decrease|gain|fall|"
    r"rise|decline|drop|jump|change|changes)\s+(?:in|of)\s+(?:the\s+)?",
    _I,
)
"""A change noun before what changed: the subject "gains in employment" measures employment."""
_STEP_OPENER = compile_pattern(
    rf"(?:{alternation(_RELATIVE_CUES)}|{_STEP_BACK})"
    r"(?:\s*,\s*|\s+(?=(?:the|its|their|they|it|this|these)\s))",
    _I,
)
_AND = compile_pattern(r"\band\s+", _I)
_LEADING_ADVERBIAL = compile_pattern(
    r"(?:over|in|on|for|during|throughout|across|since|after|by|at|through|within|from)\s", _I
)
_GERUND_LEAD = compile_pattern(r"[a-z]+ing\s+(?=(?:its|their|the|his|her)\s)", _I)
_PLACE_OPENER = compile_pattern(r"(?:in|across|within|among|throughout)\s", _I)
_STAND_IN_WORDS = frozenset({"rate", "figure", "total", "number", "level", "reading", "ratio"})
_SECOND_DETERMINER = compile_pattern(r"(?<=\w)\s(?:the|its|their)\s", _I)
_DETERMINER_BEFORE = compile_before(
    r"\b(?:the|an?|its|their|of|in|for|with|and|newly|recently|seasonally)\s+$", _I
)
_APPOSITIVE = compile_pattern(r"\s*(?:the|an?|home\s+to|one\s+of)\s", _I)
_RELATIVE_OPENER = compile_pattern(
    r",\s+(?:which|who|whose|including|excluding|except|not\s+including|home\s+to|one\s+of|"
    r"a\s+unit\s+of|part\s+of|maker\s+of|owner\s+of)\b",
    _I,
)
_OPENERS = (
    "according",
    "as of",
    "source",
    "in terms of",
    "data from",
    "data released",
    "data published",
    "data show",
    "by ",
    "having",
    "on ",
    "in ",
    "at ",
    "for ",
    "with ",
    "after ",
    "before ",
    "during ",
    "since ",
    "following",
    "compared",
    "including",
    "excluding",
    "while",
    "when ",
    "if ",
    "from ",
    "under ",
    "across ",
    "ahead of",
    "of whom",
    "of which",
    "and ",
    "though",
    "although",
    "reflecting",
    "between ",
)
_PRONOUNS = frozenset(NOT_METRICS)
_COUNTED_WORD = (
    rf"(?:(?-i:[A-Z]\.){{2,3}}(?=\s+[a-z])"  # "C$60 billion of U.S. goods"
    rf"|(?!(?:{alternation(COUNTED_NOUN_STOPWORDS)})\b)(?=[\w-]*[A-Za-z])[A-Za-z0-9][\w'’&-]*)"
)
_AGE_TAIL = (
    r"(?:(?<=\baged)\s+\d{1,3}(?:\s*(?:to|-|–)\s*\d{1,3})?(?:\s+years?)?"
    r"(?:\s+(?:and|or)\s+(?:over|older|above|under|younger))?)?"
)  # "people aged 16 to 64 years", "people aged 16 years and over"
_COUNTED = compile_pattern(
    rf"\s+(?P<noun>{_COUNTED_WORD}(?:\s+(?:and\s+)?{_COUNTED_WORD}){{0,6}}{_AGE_TAIL})",
    _I,
)
_OF_AFTER = compile_pattern(
    rf"\s+(?:worth\s+)?of\s+(?!(?:the|a|an|its|their|which|whom|them|this|that|all)\b)"
    rf"(?P<noun>{_COUNTED_WORD}(?:\s+{_COUNTED_WORD}){{0,4}})",
    _I,
)
_MONEY_OBJECT_AFTER = compile_pattern(
    rf"\s+(?:(?P<of>of)\s+(?:its|their|his|her|own)\s+|in\s+(?!(?:the|a|an|its|their|this|that)\b)"
    rf"(?![\w\s-]{{0,20}}?\b(?:trade|trading|deals|dealings|session|hours)\b)"
    rf"(?=(?-i:[a-z])))(?P<noun>{_COUNTED_WORD}(?:\s+(?:and\s+)?{_COUNTED_WORD}){{0,4}})",
    _I,
)
"""What an amount of money is made of: "$749 million of its Class A shares", "$11.3 billion in
cash", "$2.1 billion in debt" (not "$5 billion in Asia", "in the quarter" or "in 2023")."""
_NOT_METRIC_NOUNS = (
    "share", "total", "number", "high", "low", "record", "peak", "sum", "figure", "tune",
    "average",
    "trough", "all-time high", "record high", "record low",
)  # fmt: skip
_VERB_AFTER_PLURAL = compile_pattern(r"(?<=[a-z]s)\s+[a-z]+ed\b")
_OF_THE_NUMBER = compile_pattern(
    rf"\s+of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?(?:\d[\d,.]*|"
    rf"{alternation([*UNITS, *TENS])})(?=\s)",
    _I,
)
_NAMED_GROWTH = compile_before(
    r"(?<!\b(?:a|an|the|its|their|of|organic|annual|yearly)\s)(?<=[A-Za-z][\w'’-]*\s)growth$", _I
)
_CHANGE_NOUN_END = compile_before(
    r"(?<!\bnatural\s)"
    rf"\b(?:{alternation([*INCREASE_NOUNS, *DECREASE_NOUNS, *_NOT_METRIC_NOUNS])})$",
    _I,
)  # "natural increase" (births minus deaths) names a measure


_PERIOD_NOUN = compile_pattern(r"\s+(?:period|window|stretch|span)\b\s*", regex.IGNORECASE)


def _strip(
    text: str, start: int, end: int, periods: list[Period], *, as_object: bool = False
) -> Span | None:
    """Trim a raw phrase span to the metric's words (``as_object``: a verb's object, so a word
    like "costs" is a noun)."""
    for _ in range(12):
        while start < end and not (text[start].isalnum() or text[start] in "'’"):
            start += 1
        if start >= end:
            return None
        phrase = text[start:end]
        matches = list(_NUMBER_OF.finditer(phrase))
        if matches:
            start += matches[-1].end()
            continue
        leading = _LEADING.match(text, start, end) or _GERUND_LEAD.match(text, start, end)
        if leading and leading.end() > start:
            start = leading.end()  # "beating its previous closing record": the record
            continue
        trailing = _TRAILING.match(text, start, end)
        if trailing and trailing.start() < end:
            end = trailing.start()
            continue
        period = next(
            (
                p
                for p in periods
                if start <= p.start < end
                and (p.end >= end - 1 or _PERIOD_NOUN.fullmatch(text, p.end, end))
            ),
            None,
        )  # "Exports in the Dec. 1-20 period": the period and its noun close the phrase
        if period is not None:
            cue = _PERIOD_CUE.match(text, start, period.start)
            end = cue.start() if cue else period.start
            continue
        period = next((p for p in periods if p.start <= start < p.end), None)
        if period is not None:
            start = period.end
            continue
        opener = _LEADING_ADVERBIAL.match(text, start, end)
        step = None if opener else _STEP_OPENER.match(text, start, end)
        if step is not None:
            start = step.end()  # "year on year they were up 1.4%": the step is no subject
            continue
        if opener is not None:
            # "Over the year to the December quarter the index": the subject follows the opener
            inside = [p.end for p in periods if start <= p.start and p.end < end]
            cue = _RELATIVE_CUE.match(text, start, end)
            opener_end = max([*inside, cue.end() if cue else 0])
            if start < opener_end < end and text[opener_end:end].strip():
                start = opener_end
                continue
            second = (
                _SECOND_DETERMINER.search(text, opener.end(), end)
                if _PLACE_OPENER.match(text, start, end)
                else None
            )
            if second is not None and text[second.end() : end].strip():
                # "In the euro area the government deficit": the subject after the place
                if text[second.end() : end].strip().lower() in _STAND_IN_WORDS:
                    return None  # "In major cities the rate was also 5.0 percent"
                start = second.start() + 1
                continue
        break
    while start < end and not text[start].isalnum():
        start += 1
    if text.startswith("s ", start) and start > 0 and text[start - 1] in "'’":
        start += 2
    reporting = [
        m.end() for m in _REPORTING_VERB.finditer(text, start, end) if m.end() < end - 1
    ]  # "Walmart expects consolidated net sales", "the ministry said exports"
    reporting += [
        m.start() for m in _FORECAST_VERB.finditer(text, start, end) if m.end() < end - 1
    ]  # "It forecast core EPS": the forecast core EPS
    if reporting:
        start = max(reporting)
        while start < end and not text[start].isalnum():
            start += 1
        leading = _LEADING.match(text, start, end)
        while leading and leading.end() > start:
            start = leading.end()
            leading = _LEADING.match(text, start, end)
    words = text[start:end].split()
    if len(words) > 4:
        cut = [
            m.end()
            for m in _VERBISH_STRICT.finditer(text, start, end)
            if m.end() < end - 1 and not _REDUCED_RELATIVE.match(text, m.end(), end)
        ]  # "Chips made on the 3-nanometre process": "made on" belongs to the subject
        if cut:
            start = cut[-1]
            while start < end and not text[start].isalnum():
                start += 1
            leading = _LEADING.match(text, start, end)
            while leading and leading.end() > start:
                start = leading.end()
                leading = _LEADING.match(text, start, end)
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in ")%":
        end -= 1
    complement = _CHANGE_OF.match(text, start, end)
    if complement is not None and complement.end() < end:
        start = complement.end()  # "the biggest annual gains in employment were": employment
    if (
        start >= end
        or text[start:end].lower() in _PRONOUNS
        or (not as_object and _VERB.fullmatch(text, start, end))
        or _RELATIVE_CUE.fullmatch(text, start, end)
        or _STEP_ONLY.fullmatch(text, start, end)
    ):
        return None
    return start, end


_FRAGMENT_STARTS = frozenset(FRAGMENT_STARTS)
_COMPARATIVE_STARTS = frozenset(COMPARATIVE_STARTS)
_PREPOSITION_STARTS = frozenset(PREPOSITION_STARTS)
_MODALS = frozenset(CLAUSE_WORDS)
_PAST_VERBS = frozenset(IRREGULAR_PAST_VERBS)
_ADJECTIVAL = frozenset(ADJECTIVAL_PARTICIPLES)
_FRAGMENT_VERBS = frozenset(FRAGMENT_VERBS)
_LONE = frozenset(LONE_NON_METRICS)
_WORD_SPAN = compile_pattern(r"\S+")


def is_fragment(text: str, span: Span) -> bool:
    """A clause's leftover rather than a noun phrase: it opens with a preposition, adverb or
    auxiliary ("from its earlier forecast", "had shown") or is a lone word that measures
    nothing ("year")."""
    words = text[span[0] : span[1]].lower().split()
    return not words or words[0] in _FRAGMENT_STARTS or " ".join(words) in _LONE


def _past_verb(word: str) -> bool:
    """A verb in the past by its form, written in lower case ("ResMed" is a name)."""
    if not word.islower():
        return False
    return word in _PAST_VERBS or (
        word.endswith("ed") and len(word) > 4 and word not in _ADJECTIVAL
    )


_CLAUSE_ADVERBS = frozenset(CLAUSE_ADVERBS)
_CLOSING_ADVERBS = frozenset(CLOSING_ADVERBS)
_PRESENT_VERB = compile_pattern(r"[a-z]{3,}(?<![su]s)s")


def _finite_verb(word: str) -> bool:
    """A verb by its form after an adverb: "stands", "raised", "fell" (lower case only)."""
    return _past_verb(word) or (word.islower() and _PRESENT_VERB.fullmatch(word) is not None)


def is_clause(text: str, span: Span) -> bool:
    """A phrase that reads as a clause, not a noun phrase: a comparison's leftover ("lower than
    a year earlier", "against just"), a modal ("committee would probably") or a lone verb
    ("finished", "expected")."""
    written = [word.strip(",.;:'\"()") for word in text[span[0] : span[1]].split()]
    written = [word for word in written if word]
    if not written:
        return True
    words = [word.lower() for word in written]
    comparative = words[0] in _COMPARATIVE_STARTS and words[1:2] == ["than"]
    if comparative or words[0] in _PREPOSITION_STARTS or any(w in _MODALS for w in written):
        return True  # modals in lower case: "May" is a month
    return len(words) == 1 and _past_verb(written[0])


def without_final_verb(text: str, span: Span) -> Span:
    """The words before a verb that ends the phrase ("Exports to China led" -> "Exports to
    China", "WTI finished" -> "WTI")."""
    words = list(_WORD_SPAN.finditer(text, *span))
    if len(words) < 2 or not _past_verb(words[-1].group().strip(",.;:")):
        return span
    if any(word.group().lower() in _ADJECTIVAL for word in words[:-1]):
        return span
    if (
        words[-1].group().lower() in PARTICIPLE_MODIFIERS
        and match_ahead(_VERB, text, span[1] + 1) is not None
        and text[span[1] : span[1] + 1].isspace()
    ):
        return span  # "Homes sold rose 3.2%": the clause's verb follows the noun's participle
    end = words[-1].start()
    while end > span[0] and text[end - 1].isspace():
        end -= 1
    return span[0], end


def before_clause_verb(text: str, span: Span) -> Span:
    """The words before a verb the phrase runs into ("Netflix added" -> "Netflix")."""
    words = list(_WORD_SPAN.finditer(text, *span))
    for index, word in enumerate(words[1:], start=1):
        written = word.group().lower().strip(",.;:")
        adverb = (
            written in _CLAUSE_ADVERBS
            and index + 2 == len(words)
            and _finite_verb(words[index + 1].group().strip(",.;:"))
        )  # "The benchmark now stands 25% below": the subject ends at the adverb
        if adverb or written in _FRAGMENT_VERBS:
            end = word.start()
            while end > span[0] and text[end - 1].isspace():
                end -= 1
            return span[0], end
    if len(words) > 1 and words[-1].group().lower().strip(",.;:") in _CLOSING_ADVERBS:
        end = words[-1].start()  # "The index first rose": the adverb is the clause's
        while end > span[0] and text[end - 1].isspace():
            end -= 1
        return span[0], end
    return span


def clean_phrase(
    text: str, start: int, end: int, periods: list[Period], *, as_object: bool = False
) -> Span | None:
    """``text[start:end]`` trimmed to a metric phrase, or ``None`` if nothing is left."""
    aside = _ASIDE_IN.search(text, start, end)
    if aside is not None:
        end = aside.start()  # "core inflation, which excludes fresh food, for 2024": the head
    span = _strip(text, start, end, periods, as_object=as_object)
    if span is None or is_fragment(text, span):
        return None
    return before_clause_verb(text, span)


_DASH_ASIDE = compile_pattern(
    r"(?<=[A-Za-z])\s[-–—]\s(?:[^-–—.;:()\d%$€£¥]|[\w'’]-[\w'’]){3,80}?\s[-–—]\s(?=[a-z])"
)
"""An aside set off by dashes between a subject and its verb ("Distressed sales - foreclosures
and short sales - were 3%")."""


def _mask_parentheticals(text: str, start: int, end: int) -> str:
    """The clause text with bracketed asides, comma-set participle asides ("Underlying
    inflation, measured by the CPI-ATE index that adjusts for tax changes, slowed") and
    dash-set asides blanked out (offsets kept)."""
    chunk = list(text[start:end])
    for aside in _DASH_ASIDE.finditer(text, start, end):
        inside_start, inside_end = aside.start() - start + 3, aside.end() - start - 3
        chunk[inside_start:inside_end] = " " * (inside_end - inside_start)  # dashes kept
    asides = [
        *_PARTICIPLE_ASIDE.finditer(text, start, end),
        *(
            aside
            for aside in _NOUN_ASIDE.finditer(text, start, end)
            if _VERB.match(text, aside.end() + text.startswith(" ", aside.end()))
        ),  # a noun aside only where the subject's verb follows it
    ]
    for aside in asides:
        chunk[aside.start() - start + 1 : aside.end() - start - 1] = " " * (
            aside.end() - aside.start() - 2
        )  # the commas kept
    depth = 0
    for index, char in enumerate(chunk):
        if char == "(":
            depth += 1
        if depth:
            chunk[index] = " "
        if char == ")" and depth:
            depth -= 1
    return "".join(chunk)


_LIST_ITEM_BEFORE = compile_before(
    r"\b(?:by|from|among|with)\s+(?-i:[a-z])[\w'’-]*(?:\s+(?-i:[a-z])[\w'’-]*)?$"
)
"""The first item of a list after a preposition, before its comma ("by war")."""
_LIST_TAIL_AFTER = compile_pattern(
    r"\s*(?-i:[a-z])[\w'’-]*(?:\s+(?-i:[a-z])[\w'’-]*)?(?:,\s*(?-i:[a-z])[\w'’-]*"
    r"(?:\s+(?-i:[a-z])[\w'’-]*)?)*,?\s+(?:and|or)\s+(?-i:[a-z])"
)
"""The rest of that list, closed by "and" or "or" (" violence and persecution")."""


def subject_before(text: str, clause_start: int, anchor: int, periods: list[Period]) -> Span | None:
    """The subject of the verb before ``anchor`` (the figure's left edge) in its clause.

    Segments between boundaries are read backwards from the figure. When the verb follows a
    comma directly ("X, the main gauge of inflation, fell"), the segment before that comma is an
    aside and the subject is the one before it.
    """
    masked = _mask_parentheticals(text, clause_start, anchor)
    stops = [clause_start] + [
        clause_start + m.end()
        for m in _BOUNDARY.finditer(masked)
        if not (
            m.group() == ","
            and _LIST_TAIL_AFTER.match(masked, m.end())
            and _LIST_ITEM_BEFORE.match(masked, 0, m.start())
            and _VERB.search(masked, m.end()) is not None
        )  # "forced from their homes by war, violence and persecution stood at": one list
    ]
    number_of = list(_NUMBER_OF.finditer(masked))
    if number_of:
        stops.append(clause_start + number_of[-1].start())
        stops.sort()
    segment_end = anchor
    skip_aside = False
    for position, stop in enumerate(reversed(stops)):
        local = masked[stop - clause_start : segment_end - clause_start]
        verb = None
        found = None
        candidates = list(_VERB.finditer(local))
        for index, candidate in enumerate(candidates):
            if stop == clause_start and not local[: candidate.start()].strip():
                continue  # a verb-like word opening the clause is a noun ("Total hours")
            if index + 1 < len(candidates) and _modifies_noun(
                local, candidate, candidates[index + 1]
            ):
                continue  # "nights spent in tourist accommodation reached": the noun's participle
            if _ADJECTIVE_BEFORE.match(local, max(0, candidate.start() - 30), candidate.start()):
                continue  # "The biggest annual gains in employment were": "gains" is a noun
            verb = candidate
            found = _strip(text, stop, stop + candidate.start(), periods)
            if found is not None:
                break
        if verb is None and (local.strip(" ,-–—") or "(" in text[stop:segment_end]):
            found = _strip(text, stop, segment_end, periods)  # not a participle aside masked out
        if found is None and (verb is not None or not local.strip()) and position == 0:
            verb_follows = verb is not None or _VERB.match(text, anchor, anchor + 40) is not None
            skip_aside = verb_follows and masked[
                stop - clause_start - 1 : stop - clause_start
            ].startswith(",")
            openers = list(_RELATIVE_OPENER.finditer(masked, 0, stop - clause_start))
            relative = openers[-1] if openers else None
            if skip_aside and relative is not None:
                head = _strip(text, _segment_start(stops, clause_start + relative.start()),
                              clause_start + relative.start(), periods)  # fmt: skip
                if head is not None and not _looks_like_clause_opener(text, head):
                    return head
        elif skip_aside and stop != clause_start and (verb is None or _APPOSITIVE.match(local)):
            skip_aside = False
        elif found is not None and not _looks_like_clause_opener(text, found):
            that = _THAT_RELATIVE_BEFORE.match(text, max(clause_start, stop - 40), stop)
            if position == 0 and that is not None and verb is not None:
                # "Consumer prices in the 20 countries that share the euro were": the head
                # before the relative clause
                head = subject_before(text, clause_start, that.start("that"), periods)
                if head is not None and not _looks_like_clause_opener(text, head):
                    return head
            relative = _RELATIVE_OPENER.search(
                masked, max(0, stop - clause_start - 20), stop - clause_start
            )
            if (
                position == 0
                and relative is not None
                and relative.end() == stop - clause_start
                and "," in text[found[1] : anchor]
            ):
                # "Core inflation, which excludes energy and food, is now seen at": the head
                head = _strip(text, _segment_start(stops, clause_start + relative.start()),
                              clause_start + relative.start(), periods)  # fmt: skip
                if head is not None and not _looks_like_clause_opener(text, head):
                    return head
            found = _with_partner_head(text, clause_start, stops, stop, found, periods)
            return _with_list_head(text, masked, clause_start, stops, stop, found, periods)
        segment_end = stop
        if anchor - stop > 200:
            break
    return None


_THAT_RELATIVE_BEFORE = compile_before(
    r"\b(?!(?:said|says|say|showed|shows|show|noted|notes|estimates|estimated|expects|expected|"
    r"believes|believed|thinks|thought|warned|warns|means|meant|so|such|now|given|fact|reported|"
    r"reports|suggests|suggested|indicates|indicated|signals|signalled|signaled|hopes|predicts|"
    r"predicted|projects|projected|forecast|forecasts|argued|argues|added|adds|stated|states|"
    r"announced|confirmed|data|figures|is|was|are|were|and|but|or)\b)"
    r"[a-z][\w'’-]*s\s+(?P<that>that)\s*$",
    _I,
)
"""A plural noun before a relative "that" ("the 20 countries that share the euro")."""
_NOUN_BEFORE = compile_before(
    r"(?<![\w-])(?!(?:was|were|is|are|be|been|has|have|had|it|they|we|he|she|who|which|that|"
    r"not|also|and|or|but)\s+$)[A-Za-z][\w'’-]*\s+$",
    _I,
)


_MODIFIER_TAIL = compile_pattern(
    r"\s*(?:$|(?:in|by|from|on|at|for|to|abroad|across|during|over|under|per|last|this|through|"
    r"within|outside|inside)\b)",
    _I,
)


def _modifies_noun(local: str, candidate: regex.Match[str], following: regex.Match[str]) -> bool:
    """A past participle right after a noun ("hours worked", "nights spent in hotels"), before
    the clause's verb ``following``; not a verb with an object ("Alberta posted the largest")."""
    word = candidate.group().lower()
    return (
        word in PARTICIPLE_MODIFIERS
        and _NOUN_BEFORE.match(local, max(0, candidate.start() - 40), candidate.start()) is not None
        and _MODIFIER_TAIL.match(local[candidate.end() : following.start()]) is not None
    )


_LIST_TAIL = compile_pattern(r"^(?:[\w'’-]+\s+){0,3}(?:and|or)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}$", _I)
_LIST_ITEM = compile_pattern(r"^\s*(?:and\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}\s*$", _I)
_LIST_HEAD = compile_pattern(
    r"^\s*(?P<noun>(?:[\w'’-]+\s+){0,6}?[\w'’-]+)\s+(?P<link>of|for|on|in|less|excluding|except|"
    r"such\s+as|including|like)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}\s*$",
    _I,
)
_EXAMPLES = frozenset({"such as", "including", "like"})


_PARTNER_WITH = compile_before(rf"\b(?:{word_alternation(PARTNER_NOUNS)})\s+with$", _I)
"""A noun that takes a partner after "with" ("the trade deficit with the world")."""


def _with_partner_head(
    text: str, clause_start: int, stops: list[int], stop: int, found: Span, periods: list[Period]
) -> Span:
    """A subject after "with" that follows a partner noun ("Canada's trade deficit with the world
    narrowed", "the shortfall with Switzerland rose") runs back over that noun's phrase."""
    index = stops.index(stop)
    if index == 0 or _PARTNER_WITH.match(text, max(clause_start, stop - 30), stop) is None:
        return found
    head_end = len(text[: stop - 4].rstrip())
    head = _strip(text, stops[index - 1], head_end, periods)
    if (
        head is None
        or head[1] != head_end
        or _looks_like_clause_opener(text, head)
        or _VERBISH.search(text, head[0], head[1]) is not None
        or not _PAST_VERBS.isdisjoint(text[head[0] : head[1]].lower().split())
    ):
        return found  # "the United States posted (ran) surpluses with the Netherlands"
    return head[0], found[1]


def _with_list_head(
    text: str,
    masked: str,
    clause_start: int,
    stops: list[int],
    stop: int,
    found: Span,
    periods: list[Period],
) -> Span:
    """A subject whose last words close a list ("Prices for final demand less foods, energy, and
    trade services inched up") runs back to the noun the list hangs on; examples after "such
    as" or "including" are left out ("investment in fixed assets such as buildings, machinery
    and software" -> "investment in fixed assets")."""
    if stop == clause_start or masked[stop - clause_start - 1 : stop - clause_start] != ",":
        return found
    if not _LIST_TAIL.match(text[stop : found[1]].strip()):
        return found
    index = stops.index(stop)
    while index > 0:
        previous = stops[index - 1]
        segment = text[previous : stops[index] - 1]
        if _VERB.search(segment) is not None:
            return found
        head = _LIST_HEAD.match(segment)
        if head is not None:
            if " ".join(head.group("link").lower().split()) in _EXAMPLES:
                end = previous + head.end("noun")
            else:
                end = found[1]
            return _strip(text, previous, end, periods) or found
        item = _LIST_ITEM.match(segment)
        comma_before = previous > clause_start and masked[previous - clause_start - 1] == ","
        if item is None:
            return found
        if previous == clause_start or not comma_before:
            # "Germany, France and Italy grew 0.2%": the whole list is the subject
            return _strip(text, previous, found[1], periods) or found
        index -= 1
    return found


def first_verb(text: str, sentence_start: int, end: int) -> int | None:
    """Where the first verb of a sentence starts, if it comes before ``end``."""
    position = sentence_start
    while position < end:
        patterns = (_VERB, _VERBISH, _VERBISH_STRICT)
        matches = (pattern.search(text, position, end) for pattern in patterns)
        found = [match for match in matches if match is not None]
        if not found:
            return None
        verb = min(found, key=lambda m: m.start())
        opening = not text[sentence_start : verb.start()].strip()
        if not opening and not _DETERMINER_BEFORE.match(text, sentence_start, verb.start()):
            return verb.start()
        position = verb.end()
    return None


def subject_of_first_verb(text: str, start: int, end: int, periods: list[Period]) -> Span | None:
    """The subject of the first verb between ``start`` and ``end``, if there is one."""
    verb = first_verb(text, start, end)
    if verb is None:
        return None
    subject = subject_before(text, start, verb, periods)
    if (
        subject is not None
        and subject[0] > start
        and _past_verb(text[subject[0] : subject[1]].split()[0])
    ):
        # "Net domestic migration, or moves between states, told a different story: it was
        # highest in Texas": the clause before the verb's own is no subject; the one before it
        earlier = subject_before(text, start, subject[0], periods)
        return earlier if earlier is not None and not is_fragment(text, earlier) else subject
    return subject


def _segment_start(stops: list[int], position: int) -> int:
    earlier = [stop for stop in stops if stop < position - 1]
    return max(earlier) if earlier else position


def _looks_like_clause_opener(text: str, span: Span) -> bool:
    phrase = text[span[0] : span[1]].lower()
    return phrase.startswith(_OPENERS)


def noun_before_of(text: str, clause_start: int, anchor: int, periods: list[Period]) -> Span | None:
    """The noun phrase of "X of N" / "X at N" right before the figure."""
    match = _OF_BEFORE.match(text, max(clause_start, anchor - 80), anchor)
    if not match:
        return None
    start, end = match.span("np")
    phrase = text[start:end]
    verbs = list(_VERB.finditer(phrase)) + list(_VERBISH.finditer(phrase))
    if verbs:
        cut = max(verb.end() for verb in verbs)
        if cut >= len(phrase) and not _NOUN_COST.search(phrase):
            return None
        if cut < len(phrase):
            start += cut
            led = _LED_BY.match(text, start, end)
            if led is not None and led.end() < end:
                start = led.end()  # "came from net domestic migration of 230,961"
    boundaries = list(_BOUNDARY.finditer(text, start, end)) + list(_AND.finditer(text, start, end))
    if boundaries:
        start = max(boundary.end() for boundary in boundaries)
    if _CHANGE_NOUN_END.match(text, start, end) and not _NAMED_GROWTH.match(text, start, end):
        return None
    if _AT_A_PACE.fullmatch(text, start, end):
        return None  # "grew at an annualized rate of 2.6%": the subject's pace, not a noun
    lead = _AT_A_COST.match(text, start, end)
    if lead is not None:
        start = lead.end()  # "at a cost of roughly 30 billion baht": the cost, a noun
    else:
        prepositions = list(_ON_NOUN_OF.finditer(text, start, end))
        if prepositions:
            start = prepositions[-1].end()  # "(a share) on revenue of $15.7 billion": revenue
    return _strip(text, start, end, periods, as_object=lead is not None)


_LED_BY = compile_pattern(
    r"\s*(?:(?-i:[a-z]+(?:ed|en))\s+)?(?:from|by|through|via|with)\s+"
    r"(?=[a-z])(?!(?:its|the|an?|their|his|her|our)\b)",
    _I,
)
"""A preposition between a verb and the bare noun of "X of N" ("driven by net migration of"); not
before a determiner ("lowered from its earlier forecast of": the forecast stands in)."""
_ON_NOUN_OF = compile_pattern(
    r"(?:\G\s*|(?<=\b(?:\d[\d.,]*|share|million|billion|trillion|thousand|crore|lakh|cents)\s+))"
    r"on\s+(?=[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}\s*$)",
    _I,
)
"""An "on" after a figure before the noun of "X of N" ("$1 a share on revenue of $14.7 billion");
not inside a compound ("return on sales of 14.6%")."""
_NOUN_COST = compile_pattern(r"\b(?:an?|the)\s+(?:total\s+|estimated\s+)?cost$", _I)
_AT_A_PACE = compile_pattern(r"\s*at\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:rate|pace)\s*", _I)
_AT_A_COST = compile_pattern(r"(?:at|for|with)\s+(?:an?|the)\s+(?=[a-z]+$)", _I)
_OBJECT_AT = compile_before(
    rf"(?:\b(?:{alternation(OBJECT_AT_VERBS)})\s+(?:by\s+far\s+)?"
    r"(?P<np>(?:the|an?|its|their)\s+[^,;:()]{1,60}?)"
    r"|\b(?:put|puts|putting|pegged|pegs|estimated|estimates|valued|values)\s+"
    r"(?P<np>(?-i:[a-z])[\w'’-]*(?:\s+(?!at\b)[\w'’/-]+){0,6}?))"  # "pegged losses at"
    r"(?:,\s+which\s+[^,;:()]{1,40},)?"  # "growth for the fiscal year, which ended in June,"
    r",?\s+at\s+(?:(?:just|only|about|around|nearly|some|roughly)\s+)?$",
    _I,
)


def object_before_at(
    text: str, clause_start: int, anchor: int, periods: list[Period]
) -> tuple[bool, Span | None]:
    """The object of "X recorded the strongest growth, at 3.8%": "growth" is what is measured.

    Returns whether the construction is there and the object's span; the span is ``None`` when
    the object is only a rank ("Romania recorded the highest, at 6.7%"), whose noun is elided.
    """
    match = _OBJECT_AT.match(text, max(clause_start, anchor - 90), anchor)
    if match is None:
        return False, None
    return True, _strip(text, *match.span("np"), periods)


_NAME_BEFORE_PAREN = compile_before(
    r"(?-i:\b[A-Z][\w.'’-]*)\s*\(\s*(?:(?:both|all|each)\s+)?[-+]?$"
)  # "Czechia (2.6%)", "Austria and Slovakia (both +1.1%)"
_PAREN_AFTER = compile_pattern(r"\s*[;)]")


_NAME_BEFORE = compile_before(
    r"(?-i:(?P<name>[A-Z][\w.'’&-]*(?:\s+(?:of|and|de|du|la|[A-Z][\w.'’&-]*)"
    r"|,\s+[A-Z][\w.'’&-]*(?=[^()]*\band\b)){0,5}))\s*\(\s*"
    r"(?:(?:both|all|each)\s+)?[-+]?$"
)


_ITEM_OPEN = compile_before(
    r"(?<![\w'’.-])(?-i:[a-z])[\w'’-]*\s*\(\s*(?:(?:both|all|each)\s+)?[-+]?$"
)
_ITEM_SEPARATOR = compile_pattern(
    r"\)\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)|,?\s+(?:followed\s+by|ahead\s+of|trailed\s+by)\s+",
    regex.IGNORECASE,
)
_ITEM_INTRO = compile_pattern(
    r"\b(?P<verb>[a-z]+)\s+(?:(?:the\s+)?(?:most|least|highest|lowest|fastest|slowest|strongest|"
    r"weakest|sharpest|biggest|largest|smallest)\s+)?(?P<prep>in|for|from|among)\s+",
    regex.IGNORECASE,
)
_ITEM_WORDS = compile_pattern(
    r"(?:the\s+)?(?P<item>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*|,\s+[a-z][\w'’-]*(?=[^()]*\band\b))"
    r"{0,7})\s*",
    regex.IGNORECASE,
)
"""The words of one list item; commas inside it when an "and" closes them ("motor vehicles,
trailers and bodies")."""
_ITEM_LEAD_SCAN = compile_pattern(
    r"\b(?:led\s+by|followed\s+by|driven\s+by|including|such\s+as|notably|were|was)\s+",
    regex.IGNORECASE,
)
"""Words that open a list of bracketed items ("led by coke, petroleum products and biofuels (")."""


def category_item(text: str, clause_start: int, start: int) -> tuple[Span, str, Span] | None:
    """A bracketed figure after a category of a list introduced by a preposition ("Annual
    inflation was highest in education (120.8%), housing (101.5%) and restaurants and hotels
    (67.7%)"): the subject before the list, the preposition and the figure's own category."""
    if _ITEM_OPEN.match(text, max(clause_start, start - 60), start) is None:
        return None
    paren = text.rfind("(", clause_start, start)
    if paren < 0:
        return None
    intros = [
        m
        for m in _ITEM_INTRO.finditer(text, clause_start, paren)
        if _VERB.fullmatch(m.group("verb")) is not None
        or m.group("verb").lower().endswith("ed")
        or m.group("verb").lower() == "with"
    ]  # "was highest in education (120.8%)", not "the highest jobless rate in the bloc (11.2%)"
    if not intros:
        return None
    intro = intros[-1]
    separators = [m for m in _ITEM_SEPARATOR.finditer(text, intro.end(), paren)]
    item_start = separators[-1].end() if separators else intro.end()
    words = _ITEM_WORDS.fullmatch(text, item_start, paren)
    if words is None or _VERB.search(words.group("item")) is not None:
        return None
    head = subject_before(text, clause_start, intro.start(), [])
    if head is None:
        return None
    return head, intro.group("prep").lower(), words.span("item")


def bracket_item_before(text: str, clause_start: int, start: int) -> Span | None:
    """The whole name of a lowercase list item bracketed with its figure, commas and all
    ("..., motor vehicles, trailers and bodies (2.0%)", "led by coke, petroleum products and
    biofuels (-10.7%)")."""
    if _ITEM_OPEN.match(text, max(clause_start, start - 60), start) is None:
        return None
    paren = text.rfind("(", clause_start, start)
    if paren < 0:
        return None
    close = text.rfind(")", clause_start, paren)
    separator = _ITEM_SEPARATOR.match(text, close) if close >= 0 else None  # "), " / ") and "
    if separator is not None:
        item_start = separator.end()
        lead = _ITEM_LEAD_SCAN.match(text, item_start)
        if lead is not None:
            item_start = lead.end()  # "), followed by services ("
    else:
        leads = list(_ITEM_LEAD_SCAN.finditer(text, max(clause_start, paren - 90), paren))
        if not leads:
            return None
        item_start = leads[-1].end()
    words = _ITEM_WORDS.fullmatch(text, item_start, paren)
    if words is None or _VERB.search(words.group("item")) is not None:
        return None
    return words.span("item")


def name_before_parentheses(text: str, start: int) -> Span | None:
    """The name a bracketed figure belongs to ("the Australian Capital Territory ($2,080)")."""
    match = _NAME_BEFORE.match(text, max(0, start - 70), start)
    return match.span("name") if match is not None else None


_OPEN_BEFORE = compile_before(r"\w\s*\(\s*(?:(?:both|all|each)\s+)?[-+]?$")


def in_parentheses(text: str, start: int, end: int) -> bool:
    """A figure alone in brackets after a word ("the highest rate (11.7%)")."""
    return (
        _OPEN_BEFORE.match(text, max(0, start - 12), start) is not None
        and _PAREN_AFTER.match(text, end, end + 3) is not None
    )


def in_name_parentheses(text: str, start: int, end: int) -> bool:
    """A figure bracketed after a name, as in "Czechia (2.6%), Poland (2.9%) and Malta (3.0%)"."""
    return (
        _NAME_BEFORE_PAREN.match(text, max(0, start - 40), start) is not None
        and _PAREN_AFTER.match(text, end, end + 3) is not None
    )


def list_items(
    text: str, start: int, end: int, count: int, periods: list[Period]
) -> list[Span] | None:
    """The last list of ``count`` noun phrases ("A, B and C") in ``text[start:end]``."""
    separators = list(_LIST_SEPARATOR.finditer(text, start, end))
    for last in range(len(separators) - 1, count - 3, -1):
        chain = separators[last - count + 2 : last + 1]
        if len(chain) != count - 1 or "and" not in chain[-1].group().lower():
            continue
        if any("and" in sep.group().lower() for sep in chain[:-1]):
            continue
        gaps = [(left.end(), right.start()) for left, right in itertools.pairwise(chain)]
        if any(not _is_short_phrase(text, a, b) for a, b in gaps):
            continue
        first = _phrase_before(text, start, chain[0].start())
        final = _phrase_after(text, chain[-1].end(), end)
        if first is None or final is None:
            continue
        items = [_strip(text, a, b, periods) for a, b in [first, *gaps, final]]
        if all(item is not None for item in items):
            return [item for item in items if item is not None]
    return None


_LEADING_FIGURE = compile_pattern(
    r"\s*[$€£¥₹]?[-+]?\d[\d.,]*%?(?:\s+(?:thousand|million|billion|trillion|crore|lakh))?\s+", _I
)
_NUMBER_TOKEN = compile_pattern(r"[-+]?\d[\d.,]*%?")
_LIST_SEPARATOR = compile_pattern(r",\s++and\s+|,\s++|(?<!\s)\s++and\s+", _I)
"""A list separator; a run of blanks is tried once, from its first blank (linear on long runs)."""
_WORD = compile_pattern(r"[\w'’&-]+")


def _is_short_phrase(text: str, start: int, end: int) -> bool:
    words = _WORD.findall(text, start, end)
    return (
        0 < len(words) <= 5
        and not any(ch.isdigit() for ch in text[start:end])
        and not (_VERB.search(text, start, end))
    )


def _phrase_before(text: str, start: int, end: int) -> Span | None:
    words = list(_WORD.finditer(text, max(start, end - 60), end))[-5:]
    if not words:
        return None
    begin = words[0].start()
    cuts = [m.end() for m in _VERB.finditer(text, begin, end)]
    cuts += [m.end() for m in _VERBISH.finditer(text, begin, end)]
    cuts += [m.end() for m in _BOUNDARY.finditer(text, begin, end)]
    cuts += [m.end() for m in _NUMBER_TOKEN.finditer(text, begin, end)]  # "by 0.6% in the area"
    if cuts:
        begin = max(cuts)
    return (begin, end) if begin < end and text[begin:end].strip() else None


def _phrase_after(text: str, start: int, end: int) -> Span | None:
    lead = _LEADING_FIGURE.match(text, start, end)
    if lead is not None:
        start = lead.end()  # "and 260 million premium subscribers": the item after its figure
    stop = start
    for count, word in enumerate(_WORD.finditer(text, start, end)):
        if word.group()[:1].isdigit():
            break  # "and by 0.8% in the EU": a figure is no item's word
        verbish = _VERB.fullmatch(word.group()) or _VERBISH.fullmatch(word.group())
        if count >= 5 or (verbish and count > 0):  # "manufactured goods cooled"
            break
        if word.start() > stop and text[stop : word.start()].strip(" "):
            break
        stop = word.end()
    return (start, stop) if stop > start else None


_PART_CUE_BEFORE = compile_before(
    rf"\b(?:{alternation(PART_CUES)})\s+"
    r"(?:(?:about|around|nearly|almost|some|roughly|over|more\s+than)\s+)?$",
    _I,
)
_PARTICIPLE_AFTER = compile_pattern(
    r"\s+(?:(?:was|were|is|are|had\s+been|have\s+been|has\s+been)\s+)?"
    rf"(?P<phrase>(?:[a-z]+ed|{alternation(IRREGULAR_PARTICIPLES)})\s+(?:on|in|from|by|for|to|"
    r"through|under|at|via|as|into|abroad|overseas|online|locally)\b(?:\s+[\w'’&-]+){0,5})",
    _I,
)
_CHANGE_OF_BEFORE = compile_before(
    rf"\b(?:{alternation([*INCREASE_NOUNS, *DECREASE_NOUNS])})\s+of\s+"
    r"(?:(?:about|around|nearly|almost|some|roughly|over|more\s+than)\s+)?$",
    _I,
)
_CHANGE_NOUN_AFTER = compile_pattern(
    rf"\s+(?:(?:annual|monthly|quarterly|year-on-year)\s+)?"
    rf"(?:{alternation([*INCREASE_NOUNS, *DECREASE_NOUNS])})"
    r"(?=\s+in\b)(?!\s+in\s+(?:place|force|effect|full|total|all|part|line|real\s+terms)\b)",
    _I,
)
_IN_AFTER = compile_pattern(
    rf"\s+in\s+(?:the\s+)?(?:number\s+of\s+)?(?P<noun>{_COUNTED_WORD}"
    rf"(?:\s+(?:and\s+)?{_COUNTED_WORD}){{0,6}}"
    rf"(?:\s+(?:for|of)\s+(?!(?:the|a|an|its|their)\s)"
    rf"{_COUNTED_WORD}(?:\s+(?:and\s+)?{_COUNTED_WORD}){{0,6}})?)",  # "in prices for final demand"
    _I,
)


def part_after(
    text: str, start: int, end: int, clause_end: int, periods: list[Period]
) -> Span | None:
    """What a part measures when its words follow it: "including ₹37,826 crore collected on
    imported goods", "of which ₹1,008 crore was levied on imports"."""
    if not _PART_CUE_BEFORE.match(text, max(0, start - 30), start):
        return None
    match = match_ahead(_PARTICIPLE_AFTER, text, end, clause_end)
    if match is None:
        return None
    return _strip(text, *match.span("phrase"), periods)


def changed_in_after(
    text: str, start: int, end: int, clause_end: int, periods: list[Period]
) -> Span | None:
    """What "a decline of 33,000 in motor vehicles employment" measures: the words after "in"."""
    if not _CHANGE_OF_BEFORE.match(text, max(0, start - 40), start):
        noun_after = match_ahead(_CHANGE_NOUN_AFTER, text, end, clause_end)
        if noun_after is None:
            return None
        end = noun_after.end()  # "a 0.77% rise in health insurance plans"
    match = match_ahead(_IN_AFTER, text, end, clause_end)
    if match is None or any(
        p.start <= match.start("noun") and match.end("noun") <= p.end for p in periods
    ):
        return None  # "a 57% surge in fourth-quarter net profit": the words after the period
    return _strip(text, *match.span("noun"), periods)


_CONVERSION_AFTER = compile_pattern(r"\s*\((?=[^()]*\d)[^()]{1,40}\)")
"""A bracket with the same amount put another way, right after a figure ("($29 billion)")."""


def _past_conversion(text: str, end: int, clause_end: int) -> int:
    """Where the words after a figure resume, past a bracketed conversion of it."""
    bracket = match_ahead(_CONVERSION_AFTER, text, end, clause_end)
    return bracket.end() if bracket is not None else end


def noun_after_of(text: str, end: int, clause_end: int) -> Span | None:
    """The noun of "N tonnes of raw coal" / "$25 billion of buybacks" after the figure, past a
    bracketed conversion ("₹2.5 lakh crore ($29 billion) of primary liquidity")."""
    match = match_ahead(_OF_AFTER, text, _past_conversion(text, end, clause_end), clause_end)
    if not match:
        return None
    start, stop = match.span("noun")
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return (start, stop) if stop > start else None


def money_object_after(text: str, end: int, clause_end: int, periods: list[Period]) -> Span | None:
    """The noun an amount of money is made of, after "of its" or "in" ("$11.3 billion in cash")."""
    match = match_ahead(_MONEY_OBJECT_AFTER, text, _past_conversion(text, end, clause_end),
                        clause_end)  # fmt: skip
    if not match:
        return None
    start, stop = match.span("noun")
    for period in periods:
        if period.start < stop and start < period.end:
            stop = period.start if period.start > start else start
    while stop > start and not text[stop - 1].isalnum():
        stop -= 1
    if stop <= start:
        return None
    return _strip(text, start, stop, periods)


_PEOPLE_STATE = compile_pattern(
    r"\s+(?P<state>(?:people\s+)?(?:out\s+of\s+work|out\s+of\s+a\s+job|in\s+poverty|"
    r"without\s+(?:a\s+)?(?:jobs?|work|homes?|electricity|access\s+to\s+[a-z]+)))\b",
    _I,
)
_DOING_AFTER = compile_pattern(
    r"\s+(?:were|are|was|is|had\s+been|have\s+been|has\s+been)\s+"
    r"(?P<doing>[a-z]+ing\b(?:\s+(?!(?:and|but|while|as|after|since|when)\b)[\w'’&-]+){0,6}"
    r"|(?:in|out\s+of)\s+(?:employment|work|education|training|poverty)\b"
    r"|(?:economically\s+)?(?:inactive|unemployed|employed|self-employed|homeless|"
    r"vaccinated|infected|hospitali[sz]ed)\b"
    r"|(?:outside|without|out\s+of|in|on)\s+(?:the\s+|a\s+)?(?-i:[a-z][\w-]*)"
    r"(?:\s+(?!(?:and|but|while|as|after|since|when|in|from|to|than|compared)\b)(?-i:[a-z])"
    r"[\w'’-]*){0,3})"
    r"|\s+(?P<doing>(?:outside|without|in)\s+(?:the\s+)?"
    r"(?!(?:years?|months?|quarters?|weeks?|days?|period|half|first|second|third|fourth|last|"
    r"past|next|same|previous|latest|current|final|the|an?)\b)(?-i:[a-z][\w-]*)"
    r"(?:\s+(?:with|of)\s+(?:the\s+)?[\w-]+)?)(?=[\s,.;:]|$)",
    _I,
)
"""What counted people were doing or where they were: "were working part time", "were outside
the labour force", "913 people in hospital with Covid-19" (a state, never a period)."""


def doing_after(text: str, end: int, clause_end: int) -> Span | None:
    """What counted people were doing: "4.3 million people were working part time"."""
    match = match_ahead(_DOING_AFTER, text, end, clause_end)
    if match is None:
        return None
    start, stop = match.span("doing")
    while stop > start and not text[stop - 1].isalnum():
        stop -= 1
    return (start, stop) if stop > start else None


def counted_noun_after(text: str, end: int, clause_end: int) -> Span | None:
    """The counted noun after a count ("150,000 jobs"; "3 of the 6 indexes" -> "indexes")."""
    state = match_ahead(_PEOPLE_STATE, text, end, clause_end)
    if state:
        return state.span("state")  # "almost 11 million out of work"
    of_the = match_ahead(_OF_THE_NUMBER, text, end, clause_end)
    if of_the:
        end = of_the.end()
    match = match_ahead(_COUNTED, text, end, clause_end)
    if not match:
        return None
    start, stop = match.span("noun")
    verb = _VERB_AFTER_PLURAL.search(text, start, stop)
    if verb is not None:
        stop = verb.start()
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    body = match_ahead(_BODY_OF, text, stop) if _MEMBERS.fullmatch(text, start, stop) else None
    if body is not None and body.end() <= clause_end:
        stop = body.end()  # "seven members of the Bank of Thailand's monetary policy committee"
    odds = match_ahead(_ODDS_OF, text, stop) if _ODDS.fullmatch(text, start, stop) else None
    if odds is not None and odds.end() <= clause_end:
        stop = odds.end()  # "a 63% chance of a half-percentage-point cut"
    phrase = text[start:stop]
    if not phrase or (phrase[0].isupper() and start > 0 and text[start - 1] != " "):
        return None
    return start, stop


_ODDS = compile_pattern(r"(?:chance|chances|probability|odds|likelihood|risk)", _I)
_ODDS_OF = compile_pattern(
    r"\s+of\s+(?:(?!(?:at|in|by|on|according|after|before|from)\b)[\w'’-]+\s*){1,6}?"
    r"(?=\s*(?:[,;.)]|$|\s+(?:at|in|by|on|according|after|before|from|this|next|when|if)\b))",
    _I,
)
_MEMBERS = compile_pattern(
    r"(?:board\s+)?(?:members|member|directors|governors|judges|justices|seats)", _I
)
_BODY_OF = compile_pattern(
    r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’.&-]+\s+){0,6}?(?:committee|board|council|"
    r"commission|panel|court|parliament|senate|cabinet|jury|bench|assembly)\b",
    _I,
)
