"""Property tests: any text, and any jumble of the project's own vocabulary, extracts cleanly.

For every input, ``extract`` returns without raising, and every fact is well formed: its ``text``
is the source slice ``[start, end)``, its spans lie inside the source, its numbers are finite
Decimals, it survives a JSON round trip on the guide's keys, and the facts come in text order.
"""

from __future__ import annotations

import datetime as dt

import pytest
from adversarial import check_extraction
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from statextract.lexicon._changes import (
    COMPARISON_CUES,
    DECREASE_NOUNS,
    DECREASE_VERBS,
    INCREASE_NOUNS,
    INCREASE_VERBS,
    MONTH_ON_MONTH,
    QUARTER_ON_QUARTER,
    RESTATEMENT_CUES,
    UNCHANGED_WORDS,
    UP_FROM_CUES,
    YEAR_ON_YEAR,
)
from statextract.lexicon._currencies import CURRENCY_PREFIXES, CURRENCY_WORDS, SUBUNIT_WORDS
from statextract.lexicon._numbers import (
    DOZEN_WORDS,
    FRACTION_DENOMINATORS,
    FRACTION_NUMERATORS,
    MULTIPLIERS,
    TENS,
    UNITS,
    VULGAR_FRACTIONS,
)
from statextract.lexicon._periods import MONTHS, ORDINAL_WORDS, RELATIVE_MONTHS, RELATIVE_YEARS
from statextract.lexicon._qualifiers import CONDITION_WORDS, QUALIFIERS_AFTER, QUALIFIERS_BEFORE
from statextract.lexicon._scales import ATTACHED_SCALES, SCALE_WORDS
from statextract.lexicon._units import (
    MULTIPLE_UNITS,
    NEWS_UNITS,
    PERCENT_UNITS,
    POINT_WORDS,
    RATE_UNITS,
)

PROPERTY_SETTINGS = settings(
    max_examples=250,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

FULL_WIDTH = str.maketrans("0123456789.,%$", "０１２３４５６７８９．，％＄")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")
GROUP_SPACES = (" ", "\u00a0", "\u202f", "\u2009", "\u2007")
SIGNS = ("", "", "", "-", "+", "\u2212", "minus ", "negative ")
SEPARATORS = (
    " ", " ", " ", "  ", ", ", ". ", "; ", ": ", "\n", "\n\n", "-", "–", " – ", "(", ")", " (",
    ") ", "", "/", "\u00a0", "\u200b", "\t", " of ", " to ", " and ", " or ", '"', "'s ",
)  # fmt: skip

VOCABULARY: tuple[str, ...] = tuple(
    sorted(
        {
            *SCALE_WORDS, *ATTACHED_SCALES, *PERCENT_UNITS, *POINT_WORDS, *MULTIPLE_UNITS,
            *RATE_UNITS, *NEWS_UNITS, *CURRENCY_PREFIXES, *CURRENCY_WORDS, *SUBUNIT_WORDS,
            *INCREASE_VERBS, *DECREASE_VERBS, *UNCHANGED_WORDS, *INCREASE_NOUNS,
            *DECREASE_NOUNS, *YEAR_ON_YEAR, *MONTH_ON_MONTH, *QUARTER_ON_QUARTER,
            *COMPARISON_CUES, *RESTATEMENT_CUES, *UP_FROM_CUES, *QUALIFIERS_BEFORE,
            *QUALIFIERS_AFTER, *CONDITION_WORDS, *MONTHS, *ORDINAL_WORDS, *RELATIVE_YEARS,
            *RELATIVE_MONTHS, *UNITS, *TENS, *MULTIPLIERS, *DOZEN_WORDS, *FRACTION_NUMERATORS,
            *FRACTION_DENOMINATORS, *VULGAR_FRACTIONS,
            "the", "a", "sales", "exports", "GDP", "inflation", "rate", "share", "of", "total",
            "respectively", "between", "among them", "Q1", "Q4", "H1", "FY24", "FY2023-24",
            "year-end", "the number of", "accounting for", "were", "was", "at", "in", "by",
        }
    )
)  # fmt: skip
"""Every word and sign the extractor knows, plus a few plain news words."""


def indian_grouping(number: int) -> str:
    """``number`` with Indian digit grouping: 160122 -> "1,60,122"."""
    digits = str(number)
    if len(digits) <= 3:
        return digits
    head, tail = digits[:-3], digits[-3:]
    pairs: list[str] = []
    while len(head) > 2:
        pairs.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *pairs, tail])


def spaced_grouping(number: int, space: str) -> str:
    """``number`` in groups of three joined by ``space``: 167000 -> "167 000"."""
    return f"{number:,}".replace(",", space)


@st.composite
def numbers(draw: st.DrawFn) -> str:
    """A number as news writes it: grouped, spaced, decimal, signed, full-width or native."""
    whole = draw(st.integers(min_value=0, max_value=10**12))
    style = draw(st.sampled_from(("plain", "western", "indian", "spaced")))
    if style == "western":
        surface = f"{whole:,}"
    elif style == "indian":
        surface = indian_grouping(whole)
    elif style == "spaced":
        surface = spaced_grouping(whole, draw(st.sampled_from(GROUP_SPACES)))
    else:
        surface = str(whole)
    if draw(st.booleans()):
        surface += "." + draw(st.from_regex(r"\A[0-9]{1,3}\Z"))
    if draw(st.integers(0, 9)) == 0:
        surface = "." + draw(st.from_regex(r"\A[0-9]{1,2}\Z"))
    script = draw(st.sampled_from(("ascii", "ascii", "ascii", "full", "arabic", "devanagari")))
    table = {"full": FULL_WIDTH, "arabic": ARABIC_INDIC, "devanagari": DEVANAGARI}.get(script)
    if table is not None:
        surface = surface.translate(table)
    return draw(st.sampled_from(SIGNS)) + surface


def years() -> st.SearchStrategy[str]:
    """A year, now and then in a fiscal or quarter form."""
    year = st.integers(min_value=1790, max_value=2110)
    return st.one_of(
        year.map(str),
        year.map(lambda y: f"{y}-{(y + 1) % 100:02d}"),
        year.map(lambda y: f"Q{y % 4 + 1} {y}"),
        year.map(lambda y: f"FY{y % 100:02d}"),
    )


def words() -> st.SearchStrategy[str]:
    """A vocabulary entry, sometimes capitalised or upper-cased."""
    return st.sampled_from(VOCABULARY).flatmap(
        lambda word: st.sampled_from((word, word, word.capitalize(), word.upper()))
    )


@st.composite
def news_like(draw: st.DrawFn) -> str:
    """Numbers, years and vocabulary glued in random order with random separators."""
    pieces = draw(
        st.lists(st.one_of(numbers(), numbers(), years(), words(), words(), words()), max_size=40)
    )
    out: list[str] = []
    for piece in pieces:
        out.append(piece)
        out.append(draw(st.sampled_from(SEPARATORS)))
    return "".join(out)


@PROPERTY_SETTINGS
@given(st.text())
@example("")
@example("\u200b\u202e5\u2069%")
@example("½ of ¼ rose ¾")
@example("Ｓａｌｅｓ ｒｏｓｅ ６１７ ｍｉｌｌｉｏｎ．")
def test_any_text_extracts_cleanly(source: str) -> None:
    check_extraction(source)


@PROPERTY_SETTINGS
@given(news_like(), st.one_of(st.none(), st.dates()))
@example("Retail sales rose 5.2 percent year-on-year in October 2023.", None)
@example("Exports were 1,60,122 crore, up from ₹1.4 lakh crore last year.", dt.date(1, 1, 1))
@example("GDP grew ６．５％ in Q1 2024 (from 167\u202f000 in the first quarter).", None)
@example("It fell between 3 and 5 million, or 2%, respectively.", dt.date(9999, 12, 31))
def test_vocabulary_jumble_extracts_cleanly(source: str, published: dt.date | None) -> None:
    check_extraction(source, published)


@PROPERTY_SETTINGS
@given(st.lists(st.one_of(news_like(), st.text(max_size=20)), min_size=2, max_size=4))
def test_joined_texts_extract_cleanly(parts: list[str]) -> None:
    check_extraction("\n\n".join(parts))


@pytest.mark.parametrize(
    ("number", "expected"),
    [(0, "0"), (999, "999"), (1000, "1,000"), (160122, "1,60,122"), (12345678, "1,23,45,678")],
)
def test_indian_grouping(number: int, expected: str) -> None:
    assert indian_grouping(number) == expected
