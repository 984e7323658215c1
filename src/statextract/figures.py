"""The figure layer: every number in a text with its scale, unit, currency, hedge and span.

A :class:`Figure` is one quantity as written ("more than ₹1.4 lakh crore"): its span (currency
sign, number, scale and unit words; hedge words left out), its exact value, canonical unit and
qualifier, and — for numbers that are not statistics at all — why (``nonstat``: a year, a date,
an ordinal, a time of day, a code or name, a threshold, a duration, an age ...).
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass
from decimal import Decimal

import regex

from statextract._patterns import (
    NAMING_NUMBER,
    alternation,
    character_references,
    compile_before,
    compile_pattern,
    match_ahead,
    squash,
    word_alternation,
)
from statextract.lexicon._codes import CODE_PREFIXES, INDEX_NAMES_WITH_NUMBER
from statextract.lexicon._currencies import (
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    PREFIXES_NEEDING_SPACE_OR_DIGIT,
    SUBUNIT_WORDS,
)
from statextract.lexicon._numbers import (
    DOZEN_WORDS,
    FRACTION_DENOMINATORS,
    FRACTION_NUMERATORS,
    MULTIPLIERS,
    SMALL_WORD_MIN,
    TENS,
    UNITS,
)
from statextract.lexicon._qualifiers import CONDITION_WORDS, QUALIFIERS_AFTER, QUALIFIERS_BEFORE
from statextract.lexicon._scales import ATTACHED_SCALES, SCALE_WORDS
from statextract.lexicon._unit_grammar import (
    DENOMINATOR_MODIFIERS,
    DENOMINATORS,
    SCALED_UNITS,
)
from statextract.lexicon._units import (
    GLUED_ONLY_SYMBOLS,
    MULTIPLE_UNITS,
    PERCENT_UNITS,
    PERIOD_NOUNS,
    PHYSICAL_UNITS,
    POINT_WORDS,
    RATE_UNITS,
    SPACED_CAPITAL_SYMBOLS,
)
from statextract.numbers import parse_digits, parse_words

SCALED_UNITS_NAMES = {key: name for key, (_, name) in SCALED_UNITS.items()}

_I = regex.IGNORECASE

_NUMBER_WORD = alternation([*UNITS, *TENS])
_MULTIPLIER = alternation(MULTIPLIERS)
_ANY_NUMBER_WORD = alternation([*UNITS, *TENS, *MULTIPLIERS])

DIGIT_CANDIDATES = compile_pattern(
    r"""
    (?P<digits>
        (?<![\d.])
        (?:
            \d{1,3}(?:,\d{3})++(?:\.\d++)?+(?!\d)
          | \d{1,2},(?:\d{2},)*+\d{3}(?:\.\d++)?+(?![\d]|,\d)
          | \d{1,3}(?:\x20\d{3})++(?![\d]|[.,]\d)
          | \d++(?:\.\d++)?+
        )
      | (?<![\w.])\.\d++
    )
    """,
    regex.VERBOSE,
)
"""Numbers written with digits: thousands separators, Indian grouping, spaced groups, decimals."""

WORD_CANDIDATES = compile_pattern(
    rf"""
    \b(?:
        (?P<fold>(?:{_NUMBER_WORD})-?fold\b)
      | (?P<half>half\s+an?\s+(?={_MULTIPLIER}\b)(?:{_MULTIPLIER})\b)
      | (?P<couple>(?:an?\s+)?couple(?:\s+of)?\s+(?:{_MULTIPLIER})\b
          | (?:an?\s+)?dozen\b(?:\s+(?:{_MULTIPLIER})\b)?)
      | (?P<ratio>
            (?=\w{{1,9}}\s+(?:in|out)\s)
            (?:{_NUMBER_WORD}|\d{{1,2}})\s+(?:in|out\s+of)\s+(?:every\s+)?
            (?:{_NUMBER_WORD}|hundred|\d{{1,3}})\b(?!\s*(?:%|percent|per\s+cent))
        )
      | (?P<point_fraction>
            (?:(?:{alternation(FRACTION_NUMERATORS)})[\s-]+(?:{alternation(FRACTION_DENOMINATORS)})
               \s+of|half)
            \s+an?\s+(?:percentage[\s-]+)?point\b
          | (?:an?|another|a\s+further|the)\s+(?:full|quarter|half|three[\s-]quarters?)
            [\s-]+(?:percentage[\s-]+)?point\b
        )
      | (?P<fraction>
            (?:{alternation(FRACTION_NUMERATORS)})[\s-]+
            (?:{alternation(FRACTION_DENOMINATORS)})(?=\s+of\b)
          | half(?=\s+of\b)
        )
      | (?P<words>
            (?:an?(?=\s+(?:{_MULTIPLIER})\b)|(?:{_NUMBER_WORD})\b)
            (?:(?:\s+and\s+|\s+|-)(?:{_ANY_NUMBER_WORD})\b)*+
        )
    )
    """,
    _I | regex.VERBOSE,
)
"""Numbers written in words: "two million", "a billion", "half a million", "two thirds of"."""

_SCALE_AFTER = compile_pattern(
    rf"(?:\s|-)?(?P<scale>{alternation(k for k in SCALE_WORDS if not k[0].isdigit())})(?![A-Za-z])"
    rf"|\s(?P<yi>100\s+million|one\s+hundred\s+million)(?=\s+(?:{alternation(CURRENCY_WORDS)})\b)",
    _I,
)
_ATTACHED_SCALE = compile_pattern(rf"(?P<scale>{alternation(ATTACHED_SCALES)})(?![A-Za-z])")
_CURRENCY_WORD_AFTER = compile_pattern(
    rf"\s(?P<cur>{word_alternation(CURRENCY_WORDS)})"
    r"(?!\s+(?:per|an?)\s+(?:harvested\s+|planted\s+)?(?:acre|hectare|cow|head|animal)\b)"
    r"(?<!\beuro(?=\s+(?:area|zone)\b))",
    _I,
)
"""A currency word after a number; not "the 20 euro area Member States"."""
_CROWNS_AFTER = compile_pattern(r"\s(?P<cur>crowns|crown)\b", _I)
"""Bare "crowns", which the document names once ("Swedish crowns")."""
_SUBUNIT_AFTER = compile_pattern(rf"\s(?P<sub>{word_alternation(SUBUNIT_WORDS)})", _I)
_UNIT_TABLE: dict[str, str] = {
    **{k.lower(): v for k, v in SCALED_UNITS_NAMES.items()},
    **{k.lower(): v for k, v in PHYSICAL_UNITS.items()},
    **{k.lower(): v for k, v in RATE_UNITS.items()},
    **{k.lower(): v for k, v in MULTIPLE_UNITS.items()},
    **{k.lower(): v for k, v in PERCENT_UNITS.items()},
    **{k: "point" for k in POINT_WORDS},
    **{k: "duration" for k in PERIOD_NOUNS},
}
_UNIT_WORDS = word_alternation(_UNIT_TABLE, start=False)
_UNIT_AFTER = compile_pattern(
    rf"(?P<space>\s?|-(?=(?:basis|percentage)[\s-]points?\b))(?P<unit>{_UNIT_WORDS}|%|‰|°c|°f)", _I
)
"""A unit right after a number, glued ("20GW") or after a space; ends at a word boundary."""
_QUALIFIER_AFTER = compile_pattern(
    r"(?:\s+[a-z][\w-]*){0,2}?(?P<q>\s+or\s+(?:more|above|higher|so|less|fewer)\b|"
    r"\s+and\s+above\b)|(?P<q>-plus\b|\+)",
    _I,
)
_ORDINAL_AFTER = compile_pattern(r"(?:st|nd|rd|th)\b", _I)
_TIME_AFTER = compile_pattern(
    r"(?::\d{2}|\s?(?:a\.m\.|p\.m\.|(?:am|pm)\b)|\s(?:GMT|UTC|ET|EST|EDT|BST|CET|IST|JST|HKT|"
    r"local\s+time)\b)",
    _I,
)
_CLOCK_AFTER = compile_pattern(
    r"(?::\d{2}(?::\d{2})?)?(?:\s?(?:a\.m\.|p\.m\.|(?:am|pm)\b)|\s(?:GMT|UTC|ET|EST|EDT|BST|CET|IST|"
    r"JST|HKT|local\s+time)\b)?",
    _I,
)
"""The rest of a time of day after its hour: minutes, seconds, "a.m."/"pm", a time zone."""
_HYPHEN_WORD_AFTER = compile_pattern(r"-(?P<word>[A-Za-z]+)")
_AND_A_HALF = compile_pattern(r"\s+and\s+a\s+half\b(?!\s+(?:of|per|percent|per\s+cent)\b)", _I)
_FOOTNOTE_MARK = compile_pattern(r"\*{1,3}|[†‡§]")
_LETTER_AFTER = compile_pattern(r"[A-Za-z]")

_CURRENCY_BEFORE = compile_before(
    rf"(?<![A-Za-z$])(?P<cur>{alternation(CURRENCY_PREFIXES)})\s?$", regex.IGNORECASE
)
_SIGN_BEFORE = compile_before(
    r"(?:^|(?<=[\s(\[:]))(?P<sign>[-+]|minus\s|negative\s|(?<=\b(?:to|at|of|from|was|were|is|are|"
    r"and|or|with|stood|remained|reading|readings|than)\s+)plus\s)$",
    regex.IGNORECASE,
)
_RAND_BEFORE = compile_before(r"(?<![A-Za-z$&.])(?P<cur>(?-i:R))$")
"""A capital "R" glued to a number: the rand, in a text about South Africa."""
_PLUS_OR_MINUS_BEFORE = compile_before(r"(?:\bplus\s+or\s+minus|\+/-|±)\s*$", regex.IGNORECASE)
_HEDGE_BEFORE = compile_before(
    rf"(?:^|(?<=[^\w]))(?P<hedge>{alternation(QUALIFIERS_BEFORE)})(?:\s+an?)?\s+$",
    regex.IGNORECASE,
)
"""A hedge before a figure, with or without an article ("less than a 10% chance")."""
_CONDITION_BEFORE = compile_before(
    rf"(?:^|(?<=[^\w]))(?:{alternation(CONDITION_WORDS)})\s+$", regex.IGNORECASE
)
_NOUN_WITH_BEFORE = compile_before(r"\b[a-z]{3,}s\s+with\s+$", regex.IGNORECASE)
_CLASS_OF_BEFORE = compile_before(r"\b[a-z]{3,}s\s+(?:with|of|having)\s+$", regex.IGNORECASE)
"""A plural noun and "with" / "of" before "N or more": a class of things, no figure
("households with two or more people", "firms of 50 or more employees")."""
_FINITE_CONDITION_VERBS = frozenset({"spent", "earned", "employ", "employs", "paid"})
_CONDITION_CLAUSE = compile_before(
    r"(?:\b(?:who|that|which|whose|with|where|if|when|those|whom)\b|%\s+of\s+(?:them|those)\b)"
    r"[^.;:()]*$",
    regex.IGNORECASE,
)
_DIGIT_GROUP_BEFORE = compile_before(r"(?<![\d,.])0\d+\s$")
_MEASURE_BEFORE = compile_before(
    r"\b(?:reached|was|were|is|stood\s+at|averaged|average\s+of|of|at|to|rose\s+to|fell\s+to|"
    r"climbed\s+to|expectancy\s+of|age\s+of)\s+$",
    _I,
)
_FOLD_SUFFIX = compile_pattern(r"-?fold$")
_WORD_SPLIT = compile_pattern(r"[\s-]+")
_CARRIED_OBJECT_BEFORE = compile_before(
    r"\b(?:taking|took|takes|take|bringing|brought|brings|bring|pushing|pushed|pushes|push|"
    r"sending|sent|sends|driving|drove|drives|dragging|dragged|drags|pulling|pulled|pulls|"
    r"lifting|lifted|lifts|raising|raised|raises|boosting|boosted|boosts)\s+"
    rf"(?:its|their|the|his|her|our)\s+(?:[^,;:()\d]|{NAMING_NUMBER}){{1,50}}?\s+$",
    _I,
)
_ADDED_BEFORE = compile_before(
    r"\b(?:added|adds|add|adding|summed|sums|came|comes|come|coming|edged|edges|edge|edging|"
    r"ticked|ticks|tick|ticking|inched|inches|inch|inching|moved|moves|move|moving|went|goes|go|"
    r"going|crept|creeps|creep|creeping|shot|shoots|shoot|shooting|picked|picks|pick|picking|"
    r"jumped|jumps|jump|jumping|climbed|climbs|climb|climbing|rose|rises|rise|rising|risen|"
    r"revised|revises|revise|revising|gone|stepped|steps|step|stepping|ramped|ramps|ramp|ramping|"
    r"scaled|built|pushed|driven|drove|nudged|nudges|nudge|nudging)\s+$",
    _I,
)
_WORD_BEFORE = compile_before(r"(?P<word>[A-Za-z][A-Za-z.&]*)\s?$")
_YEARS_OLD_AFTER = compile_pattern(r"\s+old\b", regex.IGNORECASE)
_AGE_BEFORE = compile_before(
    r"\b(?:aged|age|ages|age of)\s+(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"\d{1,2})\s*(?:to|-|–|and)\s*)?$",
    regex.IGNORECASE,
)
"""An age, or the top of an age range ("aged one to four")."""
_INDEX_NAMES = compile_pattern(word_alternation(INDEX_NAMES_WITH_NUMBER), regex.IGNORECASE)
_CODE_PREFIX_SET = frozenset(CODE_PREFIXES)
_HYPHEN_UNIT_WORDS = {"fold": "times", "plus": "more_than"}


@dataclass(slots=True)
class Figure:
    """One quantity as written, in the coordinates of the normalised text."""

    start: int
    end: int
    number_start: int
    number_end: int
    value: Decimal | None
    unit: str
    unit_text: str = ""
    scale_text: str = ""
    currency: str | None = None
    qualifier: str | None = None
    hedge_start: int | None = None
    kind: str = "digits"
    nonstat: str | None = None
    points: bool = False
    explicit_unit: bool = False
    hedge_word: str = ""
    range_high: Figure | None = None
    """For the low end of a range ("between 3 and 5 million"), its high end."""
    plus_sign: bool = False
    """Written with a leading "+" ("+7,500"), the mark of a change."""
    minus_sign: bool = False
    """Written with a leading minus ("Portugal (-7.2%)"): a fall, where changes are listed."""
    tolerance: bool = False
    """Written after "plus or minus" ("$37.5 billion, plus or minus 2%"): the margin around the
    figure before it, not a fall."""
    currency_sign: str = ""
    """The currency as written, lower-case ("$", "a$", "dollars"): the document decides what a
    bare "$" means."""
    exchange_pair: tuple[str, str] | None = None
    """For an exchange rate, the currency quoted and the one it is quoted against ("won",
    "dollar")."""

    @property
    def left(self) -> int:
        """Where the figure's phrase starts, hedge words included."""
        return self.hedge_start if self.hedge_start is not None else self.start


def scale_factor(scale_text: str) -> Decimal | None:
    """The multiplier of a scale word as written ("bn", "lakh crore", "m"), if it is one."""
    key = squash(scale_text.lower()).lstrip("-")
    return SCALE_WORDS.get(key) or ATTACHED_SCALES.get(key)


def _scaled(value: Decimal, factor: Decimal) -> Decimal:
    result = value * factor
    return result.normalize() if result == result.to_integral_value() else result


MAX_SIGNIFICANT_DIGITS = 15
"""A number with more significant digits is not read as a figure. No statistic in the news is
stated that precisely (such numbers are identifiers, account numbers or digit soup), and it is
the most a JSON number (a double) carries exactly."""
MAX_EXPONENT = 30
"""Nor is a number of ``10**MAX_EXPONENT`` or more, or a non-zero one below
``10**-MAX_EXPONENT`` (in absolute value): whole values then stay well inside what ``json``
writes, and others inside a double's range."""


def significant_digits(value: Decimal) -> int:
    """The number of significant digits of ``value`` (``Decimal("1.20E+6")`` -> 2), exactly."""
    digits = value.as_tuple().digits
    end = len(digits)
    while end > 1 and digits[end - 1] == 0:
        end -= 1
    return end


def is_news_sized(value: Decimal) -> bool:
    """``value`` can be a statistic: finite, at most :data:`MAX_SIGNIFICANT_DIGITS` significant
    digits and, unless zero, ``10**-MAX_EXPONENT <= abs(value) < 10**MAX_EXPONENT``."""
    if not value.is_finite():
        return False
    if value.is_zero():
        return True
    return (
        -MAX_EXPONENT <= value.adjusted() < MAX_EXPONENT
        and significant_digits(value) <= MAX_SIGNIFICANT_DIGITS
    )


@dataclass(frozen=True, slots=True)
class FigureHints:
    """What the document tells the figure reader about its money."""

    yen: bool = False
    """The text is about Japan: "¥" is the yen, not the yuan."""
    rand: bool = False
    """The text is about South Africa: "R" glued to a number is the rand ("R21.59")."""
    crowns: str | None = None
    """What bare "crowns" are in a text that names them once ("Swedish crowns": SEK)."""


NO_HINTS = FigureHints()


def find_figures(
    text: str,
    hints: FigureHints = NO_HINTS,
    skip: list[tuple[int, int]] | None = None,
) -> list[Figure]:
    """Every figure of ``text`` in order (statistics and non-statistics alike).

    Numbers that start inside a span of ``skip`` (sorted by start: the text's dates) or inside
    an HTML character reference ("&#8364;") are left out without being read. Numbers whose value
    is not :func:`is_news_sized` are left out after reading.
    """
    figures: list[Figure] = []
    consumed_to = -1
    references = character_references(text)
    skip = sorted([*skip, *references]) if skip and references else (skip or references)
    skip_index = 0
    for match in _candidates(text):
        if match.start() < consumed_to:
            continue
        while skip_index < len(skip) and skip[skip_index][1] <= match.start():
            skip_index += 1
        if skip_index < len(skip) and skip[skip_index][0] <= match.start():
            continue
        figure = _read_figure(text, match, hints)
        if figure is None or (figure.value is not None and not is_news_sized(figure.value)):
            continue
        figures.append(figure)
        consumed_to = figure.end
    _mark_index_names(text, figures)
    _mark_repeated_names(text, figures)
    _mark_ages_and_bases(text, figures)
    _mark_rates_per(text, figures)
    _mark_time_windows(text, figures)
    return figures


_TIME_UNITS = frozenset({"hour", "day", "week", "month", "year", "minute"})
_WINDOW_BEFORE = compile_before(
    r"\b(?:the|past|last|latest|previous|preceding|next|first|final|coming)\s+$"
    r"|\b(?:highest|lowest|widest|narrowest|strongest|weakest|biggest|largest|smallest|fastest|"
    r"slowest|best|worst|most|least|deepest|steepest)(?:\s+[a-z]+){0,2}\s+in\s+(?:nearly\s+|"
    r"almost\s+|about\s+|over\s+|more\s+than\s+)?$"
    r"|\b(?:within|inside)\s+$",
    _I,
)
"""Words before a window of time: "in the past 28 days", "deaths within 28 days of a test"."""
_WINDOW_AFTER = compile_pattern(
    r"\s+(?:to|ending|ended|through|until|before|up\s+to)\b(?!\s*(?:[$€£¥₹]|about\b|around\b)?\s*\d)",
    _I,
)


def _mark_time_windows(text: str, figures: list[Figure]) -> None:
    """ "in the 24 hours to Friday morning", "over the past seven days": a window of time that
    names a period, not a quantity measured."""
    for figure in figures:
        if (
            figure.nonstat is None
            and figure.unit in _TIME_UNITS
            and not figure.currency
            and (
                _WINDOW_BEFORE.match(text, max(0, figure.left - 40), figure.left)
                or match_ahead(_WINDOW_AFTER, text, figure.end)
            )
        ):
            figure.nonstat = "duration"


_PER_BASE_GAP = compile_pattern(r"(?:\s+[\w'’-]+){0,4}?\s+(?:per|for\s+every|every)\s+$", _I)
_PER_ONLY = compile_pattern(r"\s+per\s+", _I)
_PER_BASES = {
    Decimal(100): "per_hundred",
    Decimal(1000): "per_thousand",
    Decimal(10000): "per_ten_thousand",
    Decimal(100000): "per_hundred_thousand",
    Decimal(1000000): "per_million",
}


def _mark_rates_per(text: str, figures: list[Figure]) -> None:
    """ "112 mobile subscriptions per 100 inhabitants": a rate per hundred, whose base (100) is
    no figure of its own."""
    for figure, base in itertools.pairwise(figures):
        if (
            base.nonstat is None
            and base.value in _PER_BASES
            and not base.explicit_unit
            and figure.nonstat is None
            and not figure.explicit_unit
            and figure.unit == "count"
            and base.start - figure.end < 60
            and _PER_BASE_GAP.fullmatch(text, figure.end, base.start)
        ):
            figure.unit = _PER_BASES[base.value]
            figure.explicit_unit = True
            base.nonstat = "base"
            if _PER_ONLY.fullmatch(text, figure.end, base.start):
                figure.end = base.end  # "14.09 per 100,000": the rate reads as one figure


_NAME_AGE = compile_before(r"[A-Z][\w.'’-]+,\s$")
_AGE_RANGE_JOIN = compile_pattern(r"[-–]?\s*(?:-|–|to|and)\s*$", regex.IGNORECASE)
_INDEX_BASE = compile_before(r"(?:set\s+(?:equal\s+)?(?:at|to)|=|base(?:d)?\s+(?:at|of)?)\s*$", _I)
_DEFINITE_BEFORE = compile_before(r"(?<!\bof\s)\b(?:the|these|those|its|their)\s+$", _I)


def _mark_ages_and_bases(text: str, figures: list[Figure]) -> None:
    """Ages ("Tim Cook, 63,"; "aged 16 to 64"), index bases ("= 100") and "the two" are no stats."""
    previous: Figure | None = None
    for figure in figures:
        value = figure.value
        if figure.unit_text.lower().startswith("year") and _YEARS_OLD_AFTER.match(
            text, figure.end, figure.end + 8
        ):
            figure.nonstat = "age"  # "core-aged men (25 to 54 years old)"
        plain = not figure.explicit_unit and not figure.scale_text and figure.nonstat is None
        if plain and value is not None and figure.kind == "digits":
            if (
                18 <= value <= 110
                and text[figure.number_end : figure.number_end + 1] == ","
                and _NAME_AGE.match(text, max(0, figure.start - 30), figure.start)
            ):
                figure.nonstat = "age"
            elif value == 100 and _INDEX_BASE.match(text, max(0, figure.start - 20), figure.start):
                figure.nonstat = "index_base"
        if (
            plain
            and figure.kind == "words"
            and value is not None
            and value < 20
            and _DEFINITE_BEFORE.match(text, max(0, figure.start - 10), figure.start)
        ):
            figure.nonstat = "reference"
        if (
            plain
            and value is not None
            and value < 120
            and _AGE_BEFORE.match(text, max(0, figure.start - 24), figure.start)
        ):
            figure.nonstat = "age"  # "children aged one to four (424.4 per million)"
        if (
            previous is not None
            and previous.nonstat == "code"
            and figure.nonstat is None
            and figure.kind == "digits"
            and text[previous.number_end : figure.number_start] == " "
        ):
            figure.nonstat = "code"
        if (
            previous is not None
            and previous.nonstat == "age"
            and figure.nonstat in (None, "age", "modifier")
            and _AGE_RANGE_JOIN.fullmatch(text, previous.number_end, figure.start)
        ):
            figure.nonstat = "age"
        if (
            figure.nonstat == "age"
            and previous is not None
            and previous.nonstat is None
            and not previous.explicit_unit
            and _AGE_RANGE_JOIN.fullmatch(text, previous.number_end, figure.start)
        ):
            previous.nonstat = "age"
        previous = figure


def _candidates(text: str) -> list[regex.Match[str]]:
    """Digit and word candidates merged in text order (words glued to a hyphen are skipped)."""
    found = list(DIGIT_CANDIDATES.finditer(text))
    words = [m for m in WORD_CANDIDATES.finditer(text) if not _glued_to_hyphen(text, m.start())]
    if words:
        found.extend(words)
        found.sort(key=lambda match: (match.start(), match.start() - match.end()))
    return found


def _glued_to_hyphen(text: str, start: int) -> bool:
    return start > 0 and text[start - 1] == "-"


def _read_figure(
    text: str, match: regex.Match[str], hints: FigureHints = NO_HINTS
) -> Figure | None:
    kind = match.lastgroup or "digits"
    surface = match.group()
    start, end = match.span()
    if kind == "digits":
        value = parse_digits(surface)
    elif kind == "half":
        inner = parse_words(surface.lower().replace("half", "", 1))
        value = inner / 2 if inner is not None else None
    elif kind == "fraction":
        value = _fraction_percent(surface)
    elif kind == "ratio":
        value = _ratio_percent(surface)
    elif kind == "point_fraction":
        fraction = _POINT_OF.sub("", surface.lower()).strip()
        fraction = _POINT_LEAD.sub("", fraction)
        if fraction in _POINT_WORDS:
            value = _POINT_WORDS[fraction]  # "a quarter point", "a full percentage point"
        else:
            value = Decimal("0.5") if fraction == "half" else _fraction_percent(fraction) / 100
    elif kind == "fold":
        value = parse_words(_FOLD_SUFFIX.sub("", surface.lower()))
    elif kind == "couple":
        value = _couple_value(surface)
    else:
        value = parse_words(surface)
        words = surface.lower().split()
        if value is None or (
            value < SMALL_WORD_MIN
            and not any(w in MULTIPLIERS for w in words)
            and _RATE_UNIT_AFTER.match(text, end) is None  # "one percentage point lower"
        ):
            return None
    if value is None:
        return None
    figure = Figure(start, end, start, end, value, "count", kind=kind)
    if kind == "point_fraction":
        # "a quarter of a percentage point" is 0.25 points
        figure.unit = "percentage_point"
        figure.points = "percentage" not in surface.lower()
        figure.explicit_unit = True
        _read_hedge(text, figure)
        return figure
    if kind in ("fraction", "fold", "ratio"):
        figure.unit = "times" if kind == "fold" else "percent"
        figure.explicit_unit = True
        _read_hedge(text, figure)
        return figure
    if kind == "couple" and "couple" in surface.lower():
        figure.qualifier = "approximately"
    _read_left(text, figure, hints)
    _read_right(text, figure, hints)
    return figure


_RATE_UNIT_AFTER = compile_pattern(
    r"[\s-]+(?:percentage[\s-]+points?|per\s?cent|percent|basis[\s-]+points?)\b", _I
)
"""A rate unit right after a small written number: "one percentage point" is a figure, though
"one" alone never is."""
_POINT_OF = compile_pattern(r"(?:(?:\s+of)?\s+an?\s+|[\s-]+)(?:percentage[\s-]+)?point$", _I)
_POINT_LEAD = compile_pattern(r"^(?:another|a\s+further|an?|the)\s+", _I)
_POINT_WORDS: dict[str, Decimal] = {
    "quarter": Decimal("0.25"), "half": Decimal("0.5"), "three quarters": Decimal("0.75"),
    "three-quarters": Decimal("0.75"), "three quarter": Decimal("0.75"), "full": Decimal("1"),
}  # fmt: skip


_RATIO_PARTS = compile_pattern(r"\s+(?:in|out\s+of)\s+(?:every\s+)?", _I)


def _ratio_percent(surface: str) -> Decimal | None:
    """ "one in five" -> 20 (percent), "nine out of 10" -> 90."""
    parts = _RATIO_PARTS.split(surface.lower().strip())
    if len(parts) != 2:
        return None
    numerator, denominator = (
        parse_digits(part) if part[:1].isdigit() else parse_words(part) for part in parts
    )
    if numerator is None or not denominator or numerator > denominator:
        return None
    return _plain(Decimal(100) * numerator / denominator)


def _plain(percent: Decimal) -> Decimal:
    """``percent`` to two decimals, written without an exponent (20, not 2E+1)."""
    rounded = percent.quantize(Decimal("0.01"))
    integral = rounded.to_integral_value()
    return integral if rounded == integral else rounded.normalize()


def _couple_value(surface: str) -> Decimal:
    """ "a couple hundred" -> 200, "a dozen" -> 12, "a dozen million" -> 12,000,000."""
    words = [w for w in surface.lower().split() if w not in ("a", "an", "of")]
    value = Decimal(DOZEN_WORDS[words[0]])
    return value * MULTIPLIERS[words[-1]] if len(words) > 1 else value


def _fraction_percent(surface: str) -> Decimal:
    parts = _WORD_SPLIT.split(surface.lower().strip())
    if len(parts) == 1:
        return Decimal(50)
    numerator = FRACTION_NUMERATORS[parts[0]]
    denominator = FRACTION_DENOMINATORS[parts[-1]]
    return _plain(Decimal(100) * numerator / denominator)


def _read_left(text: str, figure: Figure, hints: FigureHints = NO_HINTS) -> None:
    position = figure.start
    window_start = max(0, position - 12)
    margin = _PLUS_OR_MINUS_BEFORE.match(text, max(0, position - 20), position)
    if margin is None and figure.kind == "digits":
        currency_at = _CURRENCY_BEFORE.match(text, max(0, position - 12), position)
        if currency_at is not None:
            margin = _PLUS_OR_MINUS_BEFORE.match(
                text, max(0, currency_at.start() - 20), currency_at.start()
            )  # "plus or minus $200 million"
    if margin is not None:
        figure.tolerance = True
    elif figure.kind == "digits":
        sign = _SIGN_BEFORE.match(text, window_start, position)
        if sign and not _digit_before(text, sign.start()):
            position = sign.start()
            if sign.group("sign")[0] in "-mn" and figure.value is not None:
                figure.value = _negated(figure.value)
                figure.minus_sign = True
            figure.plus_sign = sign.group("sign") == "+"
    currency = _CURRENCY_BEFORE.match(text, max(0, position - 12), position)
    if currency is None and hints.rand:
        currency = _RAND_BEFORE.match(text, max(0, position - 2), position)
    if currency:
        code = currency.group("cur").lower()
        glued = currency.end() == position
        if code == "r":
            code = "zar"  # "R21.59" in a text about South Africa
        if code not in PREFIXES_NEEDING_SPACE_OR_DIGIT or glued or text[currency.start()].isupper():
            figure.currency = "JPY" if code == "¥" and hints.yen else CURRENCY_PREFIXES[code]
            figure.currency_sign = code
            figure.unit = figure.currency
            figure.explicit_unit = True
            position = currency.start()
            sign = (
                None
                if figure.tolerance
                else _SIGN_BEFORE.match(text, max(0, position - 10), position)
            )
            if (
                sign
                and figure.value is not None
                and figure.value > 0
                and not _digit_before(text, sign.start())
                and sign.group("sign")[0] in "-mn"
            ):
                figure.value = _negated(figure.value)
                figure.minus_sign = True
                position = sign.start()
            elif sign and sign.group("sign") == "+" and not _digit_before(text, sign.start()):
                figure.plus_sign = True  # "(+$1.63 to $35.22)"
                position = sign.start()
    figure.start = position
    _read_hedge(text, figure)
    if figure.kind != "digits" or figure.currency:
        return
    before = text[max(0, figure.number_start - 2) : figure.number_start]
    digits = text[figure.number_start : figure.number_end]
    if len(digits) > 1 and digits[0] == "0" and digits[1].isdigit():
        figure.nonstat = "code"
        return
    if _DIGIT_GROUP_BEFORE.match(text, max(0, figure.number_start - 8), figure.number_start):
        figure.nonstat = "code"
        return
    if before[-1:].isalpha() or (before[-1:] == "-" and before[:1].isalpha()):
        figure.nonstat = "code"
        return
    if before[-1:] == "[" and text[figure.number_end : figure.number_end + 1] == "]":
        figure.nonstat = "footnote"
        return
    word = _WORD_BEFORE.search(text, max(0, figure.number_start - 16), figure.number_start)
    if word and word.group("word").lower() in _CODE_PREFIX_SET:
        figure.nonstat = "code"
    elif _AGE_BEFORE.match(text, max(0, figure.start - 12), figure.start):
        figure.nonstat = "age"


def _negated(value: Decimal) -> Decimal:
    """``-value`` with every digit (``-value`` rounds to the context precision); 0 stays 0."""
    return value.copy_negate() if value else value


_NOUN_PHRASE_BEFORE = compile_before(
    r"(?:^|(?<=\n)|(?<=[:,]\s))(?P<np>[A-Za-z][\w'’&.-]*(?:\s+[A-Za-z][\w'’&.-]*){0,5})\s+$"
)
_NOT_A_NOUN_PHRASE = frozenset(
    {"of", "by", "to", "for", "with", "from", "at", "in", "on", "is", "are", "was", "were", "be",
     "will", "would", "could", "can", "may", "might", "should", "reach", "reaches", "reached",
     "rise", "rises", "rose", "grow", "grows", "grew", "cut", "cuts", "save", "saves", "offer",
     "offers", "borrow", "borrows", "pay", "pays", "get", "gets", "and", "or", "the", "a", "an",
     "said", "says", "say", "sees", "see", "expects", "expect", "plans", "aims", "targets",
     "seeks", "estimates", "forecasts", "allows", "lets", "gives", "takes", "costs"}
)  # fmt: skip


def _headline_move(text: str, hedge_start: int) -> bool:
    """ "up to" after a bare noun phrase on a headline line ("Euro area annual inflation up to
    2.2%"): a move to the figure, not a ceiling."""
    line_start = text.rfind("\n", 0, hedge_start) + 1
    if ". " in text[line_start:hedge_start]:
        return False
    phrase = _NOUN_PHRASE_BEFORE.match(text, max(line_start, hedge_start - 60), hedge_start)
    if phrase is None:
        return False
    return not any(
        word.lower() in _NOT_A_NOUN_PHRASE or word.lower().endswith("ed")
        for word in phrase.group("np").split()
    )


_PHRASAL_OVER_BEFORE = compile_before(
    r"\b(?:hand(?:ed|s|ing)?|turn(?:ed|s|ing)?|t[oa]ok|take[ns]?|taking|carr(?:ied|ies|y|ying)|"
    r"sign(?:ed|s|ing)?|pass(?:ed|es|ing)?|switch(?:ed|es|ing)?|roll(?:ed|s|ing)?)\s+$",
    regex.IGNORECASE,
)
"""A verb whose particle is "over" ("handed over 766 aircraft", "turned over $2 billion")."""


def _read_hedge(text: str, figure: Figure) -> None:
    window_start = max(0, figure.start - 24)
    hedge = _HEDGE_BEFORE.match(text, window_start, figure.start)
    if not hedge:
        return
    phrase = squash(hedge.group("hedge").lower())
    if phrase == "over" and _PHRASAL_OVER_BEFORE.match(
        text, max(0, hedge.start() - 12), hedge.start()
    ):
        return  # "Airbus handed over 766 aircraft": the verb's particle, not "more than"
    if phrase == "up to" and (
        _ADDED_BEFORE.match(text, max(0, hedge.start() - 12), hedge.start())
        or _CARRIED_OBJECT_BEFORE.match(text, max(0, hedge.start() - 70), hedge.start())
    ):
        return  # "pushing the unemployment rate up to 4.3%": a way, not a ceiling
    if phrase == "up to" and _headline_move(text, hedge.start()):
        return  # "Euro area annual inflation up to 2.2%, EU up to 2.5%": a rise, not a ceiling
    figure.qualifier = QUALIFIERS_BEFORE[phrase]
    figure.hedge_start = hedge.start()
    figure.hedge_word = phrase
    if _NOUN_WITH_BEFORE.match(text, max(0, hedge.start() - 24), hedge.start()):
        figure.nonstat = "threshold"  # "firms with more than 250 employees"
        return
    condition = _CONDITION_BEFORE.match(text, max(0, hedge.start() - 16), hedge.start())
    if condition is not None and (
        condition.group().strip().lower() not in _FINITE_CONDITION_VERBS
        or _CONDITION_CLAUSE.match(text, max(0, condition.start() - 80), condition.start())
    ):
        # "users who spent more than 30% of ...", "households earning over $200,000"; but
        # "families spent more than 30% of their income on rent" states a figure
        figure.nonstat = "threshold"


def _digit_before(text: str, index: int) -> bool:
    cursor = index - 1
    while cursor >= 0 and text[cursor] == " ":
        cursor -= 1
    return cursor >= 0 and (text[cursor].isdigit() or text[cursor] == "%")


def _read_right(text: str, figure: Figure, hints: FigureHints = NO_HINTS) -> None:
    position = figure.number_end
    if figure.kind == "digits":
        if match_ahead(_ORDINAL_AFTER, text, position):
            figure.nonstat = "ordinal"
            return
        if (
            match_ahead(_TIME_AFTER, text, position)
            and figure.value is not None
            and (
                figure.value < 25
                or (figure.number_end - figure.number_start == 4 and figure.value < 2400)
            )
        ):
            figure.nonstat = "time"
            clock = match_ahead(_CLOCK_AFTER, text, position)
            figure.end = clock.end() if clock else position
            return
    factor = Decimal(1)
    half = match_ahead(_AND_A_HALF, text, position)
    if half is not None and figure.value is not None and figure.kind in ("digits", "words"):
        figure.value += Decimal("0.5")  # "three and a half years", "2 and a half times"
        position = half.end()
    mark = match_ahead(_FOOTNOTE_MARK, text, position)
    if mark is not None and match_ahead(_SCALE_AFTER, text, mark.end()):
        position = mark.end()  # "4.8** million": the footnote mark sits inside the figure
    scale = match_ahead(_SCALE_AFTER, text, position)
    if scale:
        name = scale.group("scale") or "100 million"
        factor = SCALE_WORDS[squash(name.lower())]
        figure.scale_text = scale.group().strip()
        position = scale.end()
    elif figure.kind == "digits":
        attached = match_ahead(_ATTACHED_SCALE, text, position)
        if attached and (figure.currency or attached.group("scale") == "m"):
            factor = ATTACHED_SCALES[attached.group("scale")]
            figure.scale_text = attached.group()
            position = attached.end()
    word = match_ahead(_CURRENCY_WORD_AFTER, text, position)
    crowns = (
        match_ahead(_CROWNS_AFTER, text, position)
        if word is None and hints.crowns is not None
        else None
    )
    if crowns is not None and hints.crowns is not None:
        figure.currency_sign = squash(crowns.group("cur").lower())
        figure.currency = figure.currency or hints.crowns
        figure.unit = figure.currency
        figure.explicit_unit = True
        figure.unit_text = crowns.group("cur")
        position = crowns.end()
    elif word:
        code = CURRENCY_WORDS[squash(word.group("cur").lower())]
        if figure.currency is None:
            figure.currency_sign = squash(word.group("cur").lower())
        figure.currency = figure.currency or code
        figure.unit = figure.currency
        figure.explicit_unit = True
        figure.unit_text = word.group("cur")
        position = word.end()
    elif not figure.currency and (sub := match_ahead(_SUBUNIT_AFTER, text, position)):
        code, sub_factor = SUBUNIT_WORDS[sub.group("sub").lower()]
        figure.currency = code
        figure.currency_sign = squash(sub.group("sub").lower())
        figure.unit = code
        figure.explicit_unit = True
        factor *= sub_factor
        position = sub.end()
    else:
        if figure.scale_text and text.startswith("-", position):
            hyphened = _read_unit(text, figure, position + 1)  # "a 4.59 billion-bushel crop"
            position = hyphened if hyphened > position + 1 else position
        else:
            position = _read_unit(text, figure, position)
    if figure.value is not None and factor != 1:
        figure.value = _scaled(figure.value, factor)
    figure.end = position
    after = match_ahead(_QUALIFIER_AFTER, text, position)
    if after and figure.qualifier is None:
        phrase = squash(after.group("q").strip().lower())
        figure.qualifier = QUALIFIERS_AFTER.get(phrase, QUALIFIERS_AFTER.get(after.group("q")))
        if _CLASS_OF_BEFORE.match(text, max(0, figure.start - 30), figure.start):
            figure.nonstat = "threshold"  # "households with two or more people"
    _read_glued_word(text, figure, position)


_STEP_AFTER = compile_pattern(r"[-\s]+(?:on|over)[-\s]+(?:year|month|quarter|week)\b", _I)


def _read_unit(text: str, figure: Figure, position: int) -> int:
    unit = match_ahead(_UNIT_AFTER, text, position)
    if not unit:
        return position
    surface = unit.group("unit")
    key = squash(surface.lower())
    if key in GLUED_ONLY_SYMBOLS and unit.group("space") and surface not in SPACED_CAPITAL_SYMBOLS:
        return position
    canonical = _UNIT_TABLE.get(key) or {"%": "percent", "‰": "per_thousand"}.get(key)
    if key in ("°c", "°f"):
        canonical = "degree_celsius" if key == "°c" else "degree_fahrenheit"
    if canonical is None:
        return position
    if canonical == "duration":
        if _STEP_AFTER.match(text, unit.end()):
            return position  # "up 4.7 million year on year": the step, not years
        measured = figure.value is not None and (
            (figure.value != figure.value.to_integral_value() and figure.kind == "digits")
            or _MEASURE_BEFORE.match(text, max(0, figure.left - 30), figure.left)
        )
        if not measured or not surface.lower().startswith(("year", "month", "week")):
            figure.nonstat = "duration"
            figure.unit_text = surface
            return unit.end()
        canonical = surface.lower().split()[0].rstrip("s")
    if figure.currency:
        return position
    end = unit.end()
    scaled = SCALED_UNITS.get(key)
    if scaled is not None and figure.value is not None:
        figure.value = _scaled(figure.value, scaled[0])  # "240 tb/d" is 240,000 barrels a day
    canonical, end = _compound_unit(text, canonical, end)
    figure.unit = canonical
    figure.unit_text = text[unit.start("unit") : end]
    figure.explicit_unit = True
    figure.points = canonical == "point"
    return end


_NOT_DIVIDED = frozenset({"percent", "percentage_point", "point", "basis_point", "times",
                          "per_thousand", "duration"})  # fmt: skip
_PER_AFTER = compile_pattern(
    rf"\s*(?:/|\s+per\s+|\s+an?\s+|\s+each\s+)(?:(?:{alternation(DENOMINATOR_MODIFIERS)})\s+)?"
    rf"(?P<den>{word_alternation(DENOMINATORS)})(?![\w/])"
    r"(?!\s+(?:earlier|ago|previously)\b|\s+(?:before|later|after|prior)(?=\s*(?:[,.;:)]|$)))",
    _I,
)
"""A denominator after a unit; "3,972 Bcf a week earlier" is a time back, not a rate."""


def _compound_unit(text: str, canonical: str, end: int) -> tuple[str, int]:
    """ "pounds per harvested acre", "MWh/d", "litres per person per day": a unit divided by
    one or two others."""
    if canonical in _NOT_DIVIDED:
        return canonical, end
    for _ in range(2):
        per = match_ahead(_PER_AFTER, text, end)
        if per is None:
            break
        denominator = DENOMINATORS[squash(per.group("den").lower())]
        if canonical.endswith(f"_per_{denominator}") or canonical == denominator:
            break
        canonical = f"{canonical}_per_{denominator}"
        end = per.end()
    return canonical, end


def _read_glued_word(text: str, figure: Figure, position: int) -> None:
    if figure.nonstat:
        return
    if figure.kind == "words":
        hyphen = match_ahead(_HYPHEN_WORD_AFTER, text, figure.number_end)
        if hyphen and position == figure.number_end and hyphen.group("word").lower() not in (
            "fold", "plus", "million", "billion", "trillion", "thousand", "hundred",
        ):  # fmt: skip
            figure.nonstat = "modifier"
        return
    if figure.kind != "digits":
        return
    hyphen = match_ahead(_HYPHEN_WORD_AFTER, text, figure.number_end)
    if hyphen and position == figure.number_end:
        word = hyphen.group("word").lower()
        if word == "fold":
            figure.unit = "times"
            figure.explicit_unit = True
            figure.end = hyphen.end()
        elif word == "plus":
            figure.qualifier = figure.qualifier or "more_than"
        elif word in ("year", "years") and text[hyphen.end() : hyphen.end() + 4] == "-old":
            figure.nonstat = "age"
        elif word not in ("million", "billion", "trillion", "thousand", "percent"):
            figure.nonstat = "modifier"
        return
    if position == figure.number_end and match_ahead(_LETTER_AFTER, text, position):
        figure.nonstat = "code"


_NAMED_NUMBER = compile_pattern(
    r"(?<![.!?]\s)(?<!^)\b(?P<name>(?-i:[A-Z][A-Za-z]{2,}))\s(?P<n>[1-9]\d?)(?![\d.,%])"
    r"(?!\s*(?:-|–|to)\s*\d)(?!\s+(?:percent|per\s+cent|points?|million|billion|years?|"
    r"months?|weeks?|days?|times)\b)"
)
"""A capitalised word and a small number ("Switch 2", "Galaxy S24", "Windows 11")."""


def _mark_repeated_names(text: str, figures: list[Figure]) -> None:
    """A capitalised word with the same small number twice or more in a text is a name ("the
    Switch 2 ... Switch 2 games"): the number is part of it, not a count."""
    if not figures:
        return
    seen: dict[tuple[str, str], list[int]] = {}
    for match in _NAMED_NUMBER.finditer(text):
        if match.group("name").lower() in _NOT_NAMES:
            continue
        seen.setdefault((match.group("name"), match.group("n")), []).append(match.start("n"))
    repeated = {start for starts in seen.values() if len(starts) >= 2 for start in starts}
    if not repeated:
        return
    for figure in figures:
        if figure.number_start in repeated and figure.nonstat is None and not figure.currency:
            figure.nonstat = "code"


_NOT_NAMES = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
     "sept", "oct", "nov", "dec", "the", "and", "about", "some", "top", "all", "only", "just",
     "nearly", "over", "under", "around", "with", "from", "than", "for", "after", "before",
     "phase", "level", "tier", "stage", "group", "grade", "category", "class", "week", "day"}
)  # fmt: skip


def _mark_index_names(text: str, figures: list[Figure]) -> None:
    """Numbers inside an index name ("FTSE 100", "S&P 500") are codes.

    ``figures`` are in text order, so the figures inside each name are found by bisection.
    """
    if not figures:
        return
    starts = [figure.number_start for figure in figures]
    for name in _INDEX_NAMES.finditer(text):
        index = bisect.bisect_left(starts, name.start())
        while index < len(figures) and figures[index].number_start < name.end():
            if figures[index].number_end <= name.end():
                figures[index].nonstat = "code"
            index += 1
