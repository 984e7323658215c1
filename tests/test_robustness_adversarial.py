"""Adversarial inputs: the extractor never crashes, never hangs, and stays linear in the input.

Time is measured at size N and 4N: a linear extractor takes about four times as long, so the
ratio must stay below ``MAX_RATIO`` (room for noise), and the larger input must run within
``MAX_SECONDS_PER_MB``. Every input family of ``tests/adversarial.py`` is held to both bounds
(``docs/adversarial.md`` has their times at 1 MB).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from decimal import Decimal

import pytest
import regex
from adversarial import (
    ADVERSARIES,
    BY_NAME,
    Adversary,
    check_extraction,
    news_sized,
    repeat,
)

import statextract
from statextract._patterns import READ_AHEAD, match_ahead
from statextract.extractor import DEFAULT_MAX_CHARS, Extractor, InputTooLargeError
from statextract.figures import _ORDINAL_AFTER, Figure, _read_left, is_news_sized
from statextract.layers.assemble import _UNCHANGED_AFTER
from statextract.layers.phrases import _LIST_SEPARATOR, _OF_AFTER, _OF_THE_NUMBER
from statextract.layers.roles import _CHANGE_AFTER, _WHOLE_AFTER
from statextract.layers.sentences import _BREAK, _CLAUSE_BREAK, Sentence, clause_index
from statextract.models import Fact

MAX_RATIO = 8.0
"""Time at 4N over time at N; linear is about 4, quadratic about 16."""
MAX_SECONDS_PER_MB = 40.0
"""Time per MB at 4N: about ten times news text on a 2-core machine; a quadratic input at
100 KB is far beyond it."""
MAX_TIMES_NEWS = 25.0
"""Above :data:`MAX_SECONDS_PER_MB`, an extraction may still take up to this many times as long
as news text of the same size timed next to it (a busy machine slows both): a fact every two
characters ("1,1,1,...") costs about ten times news text."""
FLOOR_SECONDS = 0.01
"""Times below this are noise; the ratio is taken against at least this much."""
ATTEMPTS = 3
"""A failed timing is measured again, up to this many times in all: a busy machine slows one
measurement now and then, super-linear work fails every time."""


def seconds(run: Callable[[], object], runs: int = 2) -> float:
    """The fastest of ``runs`` calls of ``run``, in seconds."""
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def linear_problem(
    small: Callable[[], object],
    large: Callable[[], object],
    size4: int,
    news: Callable[[], object] | None,
) -> str | None:
    """What is wrong with one timing of ``small`` (N characters) and ``large`` (4N), if anything."""
    t1 = seconds(small)
    t4 = seconds(large)
    ratio = t4 / max(t1, FLOOR_SECONDS)
    if ratio >= MAX_RATIO:
        return f"time x{ratio:.1f} for x4 input ({t1:.3f}s -> {t4:.3f}s)"
    per_mb = t4 / (size4 / 1_000_000)
    if per_mb < MAX_SECONDS_PER_MB:
        return None
    if news is not None:
        baseline = seconds(news)
        if t4 < MAX_TIMES_NEWS * max(baseline, FLOOR_SECONDS):
            return None
        return f"{t4 / baseline:.1f} x news text of the same size ({t4:.3f}s vs {baseline:.3f}s)"
    return f"{per_mb:.1f} s/MB ({t4:.3f}s for {size4:,} chars)"


def assert_runs_linearly(
    small: Callable[[], object],
    large: Callable[[], object],
    size4: int,
    news: Callable[[], object] | None = None,
) -> None:
    """``large`` (4N characters) takes about four times as long as ``small`` (N), and at most
    :data:`MAX_SECONDS_PER_MB` (or :data:`MAX_TIMES_NEWS` times ``news``, news text of 4N
    characters); each timing is the best of two, and a failure is timed again."""
    problems = []
    for _ in range(ATTEMPTS):
        problem = linear_problem(small, large, size4, news)
        if problem is None:
            return
        problems.append(problem)
    raise AssertionError("; ".join(problems))


@pytest.mark.parametrize(
    ("max_chars", "length"),
    [(1000, 1001), (0, 1), (10, 10_000), (DEFAULT_MAX_CHARS, DEFAULT_MAX_CHARS + 1)],
)
def test_text_over_the_limit_raises_a_clear_error(max_chars: int, length: int) -> None:
    extractor = Extractor(max_chars=max_chars)
    started = time.perf_counter()
    with pytest.raises(InputTooLargeError) as caught:
        extractor.extract("x" * length)
    assert time.perf_counter() - started < 1.0
    message = str(caught.value)
    assert f"{length:,} characters" in message
    assert f"max_chars={max_chars:,}" in message
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(("max_chars", "text"), [(1000, "5% " * 333 + "x"), (0, ""), (3, "5 %")])
def test_text_at_the_limit_is_read(max_chars: int, text: str) -> None:
    assert len(text) <= max_chars
    Extractor(max_chars=max_chars).extract(text)


@pytest.mark.parametrize("entry", ["extract", "quantities", "analyze", "__call__"])
def test_every_entry_point_checks_the_limit(entry: str) -> None:
    extractor = Extractor(max_chars=1000)
    with pytest.raises(InputTooLargeError, match="max_chars=1,000"):
        getattr(extractor, entry)("5% " * 400)


def test_default_limit_is_five_million_characters() -> None:
    assert Extractor().max_chars == 5_000_000
    with pytest.raises(InputTooLargeError):
        statextract.extract(" " * 5_000_001)


@pytest.mark.parametrize("value", [b"5%", None, 5, ["5%"]])
def test_non_text_raises_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="text must be str"):
        statextract.extract(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("adversary", ADVERSARIES, ids=lambda adversary: adversary.name)
def test_adversarial_input_gives_well_formed_facts(adversary: Adversary) -> None:
    check_extraction(adversary.build(4_000))


TIMING_SIZES: dict[str, int] = {
    "digits": 25_000,
    "million": 25_000,
    "percent-signs": 25_000,
    "no-spaces": 25_000,
    "increase-of": 25_000,
    "scripts": 25_000,
    "invisible": 25_000,
    "odd-spaces": 25_000,
    "full-width": 25_000,
    "open-parens": 25_000,
    "html": 25_000,
    "mojibake": 25_000,
    "dates": 25_000,
    "one-comma": 10_000,
    "one-sentence": 25_000,
    "index-names": 25_000,
    "rose-to": 25_000,
    "blank-run": 25_000,
    "dots": 25_000,
    "semicolons": 25_000,
    "quarters": 25_000,
}
"""The size N of each input family for the timing test (4N is timed too)."""


@pytest.mark.parametrize(
    ("position", "expected"), [(0, 0), (4, 0), (5, 2), (7, 1), (12, 2), (30, 2)]
)
def test_clause_index(position: int, expected: int) -> None:
    sentence = Sentence(0, 20, ((0, 5), (7, 10), (12, 20)))
    assert clause_index(sentence, position) == expected


def test_every_input_family_is_timed() -> None:
    assert set(TIMING_SIZES) == set(BY_NAME)


@pytest.mark.parametrize(("name", "size"), TIMING_SIZES.items())
def test_time_grows_linearly(name: str, size: int) -> None:
    small, large, news = (
        BY_NAME[name].build(size),
        BY_NAME[name].build(4 * size),
        news_sized(4 * size),
    )
    assert_runs_linearly(
        lambda: statextract.extract(small),
        lambda: statextract.extract(large),
        4 * size,
        lambda: statextract.extract(news),
    )


@pytest.mark.parametrize("name", ["semicolons", "one-sentence", "open-parens", "quarters", "html"])
def test_quantities_time_grows_linearly(name: str) -> None:
    """The quantity layer reads roles clause by clause too: linear in very long sentences."""
    extractor = Extractor()
    small, large, news = (
        BY_NAME[name].build(25_000),
        BY_NAME[name].build(100_000),
        news_sized(100_000),
    )
    assert_runs_linearly(
        lambda: extractor.analyze(small),
        lambda: extractor.analyze(large),
        100_000,
        lambda: extractor.analyze(news),
    )


@pytest.mark.parametrize(
    ("pattern", "make", "size"),
    [
        pytest.param(_BREAK, lambda n: "a" + "." * n, 20_000, id="sentences._BREAK-dots"),
        pytest.param(
            _BREAK,
            lambda n: "a" + "!" * (n // 2) + " " * (n // 2) + "b",
            20_000,
            id="sentences._BREAK-bangs-blanks",
        ),
        pytest.param(
            _CLAUSE_BREAK,
            lambda n: "a" + " " * n + "b",
            20_000,
            id="sentences._CLAUSE_BREAK-blanks",
        ),
        pytest.param(
            _LIST_SEPARATOR,
            lambda n: "a" + " " * n + "b",
            20_000,
            id="metrics._LIST_SEPARATOR-blanks",
        ),
        pytest.param(
            _LIST_SEPARATOR,
            lambda n: "a," + " " * n + "b",
            20_000,
            id="metrics._LIST_SEPARATOR-comma-blanks",
        ),
        (_BREAK, lambda n: "A. " * (n // 3), 20_000),
        (_CLAUSE_BREAK, lambda n: "a, and b; " * (n // 10), 20_000),
        (_LIST_SEPARATOR, lambda n: "a, b and c " * (n // 11), 20_000),
    ],
)
def test_sentence_and_list_patterns_scan_linearly(
    pattern: regex.Pattern[str], make: Callable[[int], str], size: int
) -> None:
    small, large = make(size), make(4 * size)
    assert_runs_linearly(
        lambda: list(pattern.finditer(small)), lambda: list(pattern.finditer(large)), 4 * size
    )


@pytest.mark.parametrize(
    ("source", "text", "value", "unit"),
    [
        ("Output was 1\u00a0234\u00a0567 tonnes.", "1\u00a0234\u00a0567 tonnes", "1234567",
         "tonne"),
        ("Output was 1\u202f234 tonnes.", "1\u202f234 tonnes", "1234", "tonne"),
        ("Output was 1\u2007234\u2007567 tonnes.", "1\u2007234\u2007567 tonnes", "1234567",
         "tonne"),
        ("Revenue was ６１７ million.", "６１７ million", "617000000", "count"),
        ("Revenue was ＄５．２ billion.", "＄５．２ billion", "5200000000", "USD"),
        ("Inflation stood at １２．５％.", "１２．５％", "12.5", "percent"),
        ("Output was 1,2\u200d34.5 mil\u200clion dollars.", "1,2\u200d34.5 mil\u200clion dollars",
         "1234500000", "USD"),
        ("Output was \u20661,234\u2069 tonnes.", "1,234\u2069 tonnes", "1234", "tonne"),
        ("<td>Exports</td><td>1,234</td>", "1,234", "1234", "count"),
        ("Sales hit Â£3.4bn in 2023.", "£3.4bn", "3400000000", "GBP"),
    ],
)  # fmt: skip
def test_odd_characters_inside_numbers(source: str, text: str, value: str, unit: str) -> None:
    facts = statextract.extract(source)
    assert [(f.text, f.value, f.unit) for f in facts] == [(text, Decimal(value), unit)]
    assert facts[0].text == source[facts[0].start : facts[0].end]


@pytest.mark.parametrize(
    "pattern",
    [
        pytest.param(_WHOLE_AFTER, id="roles._WHOLE_AFTER"),
        pytest.param(_OF_AFTER, id="metrics._OF_AFTER"),
        pytest.param(_OF_THE_NUMBER, id="metrics._OF_THE_NUMBER"),
        pytest.param(_UNCHANGED_AFTER, id="facts._UNCHANGED_AFTER"),
        pytest.param(_CHANGE_AFTER, id="roles._CHANGE_AFTER"),
        pytest.param(_ORDINAL_AFTER, id="figures._ORDINAL_AFTER"),
    ],
)
def test_anchored_match_after_each_figure_is_constant_time(pattern: regex.Pattern[str]) -> None:
    """``regex`` scans the rest of the text for a pattern's required literal ("of") before an
    anchored match fails; ``match_ahead`` bounds that scan to ``READ_AHEAD`` characters."""

    def scan(text: str) -> None:
        for position in range(7, len(text), 11):
            match_ahead(pattern, text, position)

    small, large = repeat("rose 5% to ", 20_000), repeat("rose 5% to ", 80_000)
    assert_runs_linearly(lambda: scan(small), lambda: scan(large), 80_000)


def test_match_ahead_reads_a_bounded_window() -> None:
    text = "5% of the people" + " " * 1_000 + "of the people"
    assert match_ahead(_WHOLE_AFTER, text, 2) is not None
    assert match_ahead(_WHOLE_AFTER, text, 2, 5) is None
    assert match_ahead(_WHOLE_AFTER, text, 16) is None
    assert READ_AHEAD >= 200


def json_round_trip(source: str) -> list[Fact]:
    """The facts of ``source`` after ``model_dump(mode="json")`` -> ``json.dumps`` and back."""
    facts = statextract.extract(source)
    assert facts
    dumped = json.dumps([fact.model_dump(mode="json") for fact in facts])
    return [Fact.model_validate(item) for item in json.loads(dumped)]


@pytest.mark.parametrize(
    ("source", "value"),
    [
        ("Sales were 1234567.891 dollars.", "1234567.891"),
        ("Sales were 123456789012.345 dollars.", "123456789012.345"),
        ("Output was 999,999,999,999,999 tonnes.", "999999999999999"),
        ("The balance was -123456789.012345 dollars.", "-123456789.012345"),
        ("Debt reached $123,456,789,012,345 trillion.", "123456789012345" + "0" * 12),
        ("Output was 1" + "0" * 29 + " tonnes.", "1" + "0" * 29),
        ("The rate was 0." + "0" * 28 + "1 percent.", "1e-29"),
        ("Sales were 0.000000000012345678901234 dollars.", "0.000000000012345678901234"),
    ],
)
def test_values_survive_a_json_round_trip(source: str, value: str) -> None:
    (fact,) = json_round_trip(source)
    assert fact.value == Decimal(value)


@pytest.mark.parametrize(
    "source",
    [
        pytest.param("Output was " + "9" * 4400 + " tonnes.", id="4400-digit-integer"),
        pytest.param("Output was " + "9" * 400 + ".5 tonnes.", id="400-digit-decimal"),
        pytest.param("Sales were 12345678.123456789 dollars.", id="17-significant-digits"),
        pytest.param("Output was 1234567890123456 tonnes.", id="16-significant-digits"),
        pytest.param("Sales were 1.234567890123456 million dollars.", id="16-digits-scaled"),
        pytest.param("Losses were 1234567890123456789012345678901 dollars.", id="31-digits"),
        pytest.param("The balance was -1234567890123456789012345678901 dollars.", id="negative"),
        pytest.param("Output was 1" + "0" * 30 + " tonnes.", id="10**30"),
        pytest.param("Output was 1" + "0" * 30 + " trillion tonnes.", id="10**42-scaled"),
        pytest.param("The rate was 0." + "0" * 30 + "1 percent.", id="10**-31"),
        pytest.param("The rate was ." + "0" * 400 + "1 percent.", id="10**-401"),
        pytest.param("Output was one" + " hundred" * 2_200 + " tonnes.", id="100**2200-in-words"),
    ],
)
def test_numbers_beyond_news_size_are_not_figures(source: str) -> None:
    """More than 15 significant digits, or 1e30 and more, or below 1e-30: not a statistic, and
    not a value JSON could carry exactly, so no figure (fact or quantity) at all."""
    analysis = Extractor().analyze(source)
    assert analysis.facts == []
    assert [q for q in analysis.quantities if q.value is not None and q.unit != "count"] == []
    assert all(q.value is None or len(q.text) < 30 for q in analysis.quantities)
    json.dumps([q.model_dump(mode="json") for q in analysis.quantities])


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0", True),
        ("123456789012345", True),
        ("1234567890123456", False),
        ("1.23456789012345", True),
        ("1.234567890123456", False),
        ("1.5E+29", True),
        ("1E+30", False),
        ("-1E+30", False),
        ("1E-30", True),
        ("9.9E-31", False),
        ("1" + "0" * 28, True),
        ("Infinity", False),
        ("NaN", False),
    ],
)
def test_news_sized_values(value: str, expected: bool) -> None:
    assert is_news_sized(Decimal(value)) is expected


def test_negation_keeps_every_digit() -> None:
    """A sign before a number negates it exactly, whatever the decimal context's precision."""
    digits = "1234567890123456789012345678901"
    text = "-" + digits
    figure = Figure(1, len(text), 1, len(text), Decimal(digits), "count")
    _read_left(text, figure)
    assert figure.value == Decimal("-" + digits)
    assert figure.start == 0


@pytest.mark.parametrize(
    ("source", "count"),
    [
        (repeat("1234567890", 4_000), 0),
        ("5" + "%" * 100_000, 1),
        ("(" * 50_000 + "5%", 1),
        ("5% " + ")" * 50_000, 1),
        ("$" * 50_000 + "5", 1),
        ("twenty-" * 10_000, 1),
    ],
    ids=["4000-digits", "percent-signs", "open-parens", "close-parens", "dollars", "hyphens"],
)
def test_degenerate_runs_give_one_fact_at_most(source: str, count: int) -> None:
    started = time.perf_counter()
    facts = statextract.extract(source)
    assert time.perf_counter() - started < 5.0
    assert len(facts) == count
    check_extraction(source)


@pytest.mark.parametrize(
    ("source", "dates"),
    [
        ("Exports rose 5% in 2023.&#8364;3.4&nbsp;bn", ["2023", "2023"]),
        ("<td>&#8217;</td><td>12%</td>", [None]),
        ("Sales&#x2013;exports rose 5%&#x2026;", [None]),
        ("Apple&#x2019;s sales rose &#37;5 to &#X20AC;3.4 billion.", [None, None]),
    ],
)
def test_character_references_are_not_numbers(source: str, dates: list[str | None]) -> None:
    """Nothing inside "&#8364;" or "&#x2019;" is a figure, a quantity or a year."""
    references = [match.span() for match in regex.finditer(r"&#\w+;", source)]
    analysis = Extractor().analyze(source)
    spans = [(f.start, f.end) for f in analysis.facts] + [
        (q.start, q.end) for q in analysis.quantities
    ]
    assert not [(a, b) for a, b in spans for c, d in references if a < d and c < b], spans
    assert [fact.date for fact in analysis.facts] == dates


def test_figures_after_a_character_reference_are_read() -> None:
    facts = statextract.extract("Revenue rose to &#8364;3.4 billion in 2023.")
    assert [(fact.text, fact.value, fact.date) for fact in facts] == [
        ("3.4 billion", Decimal("3400000000"), "2023")
    ]
