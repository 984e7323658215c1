"""Adversarial inputs for the extractor, and the invariants every extraction must keep.

Shared by the robustness tests, ``fuzz/fuzz_extract.py`` and ``benchmarks/adversarial.py``. Each
input repeats a short unit (or a few units) until it is ``size`` characters long, so that its cost
can be compared at size N and 4N: a linear extractor takes about four times as long.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import statextract
from statextract.models import GUIDE_KEYS, Fact

CORPORA = Path(__file__).resolve().parent.parent / "corpora"


@dataclass(frozen=True)
class Adversary:
    """A named input family: ``build(size)`` returns a text of exactly ``size`` characters."""

    name: str
    description: str
    build: Callable[[int], str]


def repeat(unit: str, size: int) -> str:
    """``unit`` repeated and cut to exactly ``size`` characters."""
    count = size // len(unit) + 1
    return (unit * count)[:size]


def cycle(units: Sequence[str], size: int) -> str:
    """``units`` joined in turn, over and over, cut to exactly ``size`` characters."""
    pieces: list[str] = []
    length = 0
    for unit in itertools.cycle(units):
        if length >= size:
            break
        pieces.append(unit)
        length += len(unit)
    return "".join(pieces)[:size]


def repeated(unit: str) -> Callable[[int], str]:
    """A builder that repeats ``unit``."""
    return lambda size: repeat(unit, size)


def cycled(*units: str) -> Callable[[int], str]:
    """A builder that cycles through ``units``."""
    return lambda size: cycle(units, size)


def news_text() -> str:
    """The bundled news corpus, concatenated: the baseline for time per MB."""
    return "\n\n".join(path.read_text(encoding="utf-8") for path in sorted(CORPORA.glob("*.txt")))


def news_sized(size: int) -> str:
    """The news corpus repeated and cut to ``size`` characters."""
    return repeat(news_text() + "\n\n", size)


ZW = "\u200b"
"""Zero-width space."""
BIDI = ("\u202e", "\u202c", "\u2066", "\u2069", "\u200f", "\u061c")

ADVERSARIES: tuple[Adversary, ...] = (
    Adversary("digits", "one run of digits, no separators", repeated("1234567890")),
    Adversary("one-comma", '"1," repeated', repeated("1,")),
    Adversary("million", '"million " repeated', repeated("million ")),
    Adversary(
        "percent-signs", "a digit, then percent signs", lambda size: "5" + repeat("%", size - 1)
    ),
    Adversary("dots", "a digit, then full stops", lambda size: "5" + repeat(".", size - 1)),
    Adversary(
        "blank-run",
        "a figure, then one run of spaces",
        lambda size: "Sales rose 5%" + repeat(" ", size - 15) + "x.",
    ),
    Adversary(
        "no-spaces",
        "one line of words, numbers and signs with no spaces",
        repeated("Salesrose5.2%to$3.4bnin2023Q4,up1,234from"),
    ),
    Adversary(
        "increase-of",
        '"an increase of" nested over and over, with a figure now and then',
        cycled("an increase of " * 20, "5% ", "a decline of " * 5),
    ),
    Adversary("rose-to", '"rose 5% to " repeated', repeated("rose 5% to ")),
    Adversary(
        "scripts",
        "Latin, CJK, Arabic and Devanagari words with their digits",
        repeated("Sales 12 销售额增长 ３４ 百万 المبيعات ٥٦ مليون बिक्री ७८ लाख rose 9%. "),
    ),
    Adversary(
        "invisible",
        "zero-width and bidirectional controls inside numbers and words",
        repeated(
            f"Ex{ZW}ports rose{BIDI[0]} 1{ZW},{BIDI[2]}234{BIDI[3]}.5{ZW} mil\u200dlion"
            f" {BIDI[4]}5{ZW}%{BIDI[1]} in Oc\u2060tober 20{ZW}23{BIDI[5]}. "
        ),
    ),
    Adversary(
        "odd-spaces",
        "no-break, thin, narrow and figure spaces inside numbers",
        repeated(
            "Output was 1\u00a0234\u00a0567 tonnes, 1\u202f234 units, 12\u2009345 cars and"
            " 1\u2007234\u2007567 people, up 5\u00a0%. "
        ),
    ),
    Adversary(
        "full-width",
        "full-width digits, signs and letters",
        repeated("Ｓａｌｅｓ ｒｏｓｅ ６１７ million, ＄５．２ billion, １２．５％ in ２０２３. "),
    ),
    Adversary(
        "one-sentence",
        "a very long sentence without punctuation, full of figures and dates",
        repeated(
            "sales rose 5 percent to 3 billion dollars in March 2023 and exports fell 2.1 percent"
            " from a year earlier while imports grew by 400 million and prices were unchanged "
        ),
    ),
    Adversary(
        "open-parens", '"(" without ")" before figures', repeated("(Sales (rose 5% (to 3 (bn. ")
    ),
    Adversary(
        "html",
        "table markup and entities around figures",
        repeated(
            '<tr class="r"><td>Exports</td><td>1,234</td><td>&nbsp;5.6%</td>'
            "<td>&#8364;3.4&nbsp;bn</td><td>&amp;&lt;2023&gt;</td></tr>\n"
        ),
    ),
    Adversary(
        "mojibake",
        "UTF-8 read as Windows-1252",
        repeated("Itâ€™s up 5% â€“ the cafÃ© sold Â£3.4bn, â‚¬12m and 1Â 234 units in 2023. "),
    ),
    Adversary(
        "index-names",
        "index names with numbers, over and over",
        repeated("The FTSE 100 and the S&P 500 rose 2%. "),
    ),
    Adversary(
        "semicolons",
        '"rose 5%; " repeated: one sentence of very many clauses',
        repeated("rose 5%; "),
    ),
    Adversary(
        "quarters",
        'quarters, each followed by an elliptical one ("the second")',
        repeated("Q1 2023 rose 5% and the second, "),
    ),
    Adversary(
        "dates",
        "dates and periods only, in one sentence",
        repeated("in March 2023 and Q4 2022 and the first half of 2021 and FY24 and "),
    ),
)
"""Every adversarial input family, by name."""

BY_NAME: dict[str, Adversary] = {adversary.name: adversary for adversary in ADVERSARIES}


def is_finite_decimal(value: object) -> bool:
    """``value`` is a finite :class:`Decimal`."""
    return isinstance(value, Decimal) and value.is_finite()


def span_problems(source: str, name: str, span: tuple[int, int] | None) -> list[str]:
    """What is wrong with an extra span (``None`` is fine)."""
    if span is None:
        return []
    start, end = span
    if 0 <= start <= end <= len(source):
        return []
    return [f"{name} span {span} outside 0..{len(source)}"]


def fact_problems(source: str, fact: Fact) -> list[str]:
    """Every broken invariant of one fact of ``source``."""
    problems: list[str] = []
    if not 0 <= fact.start < fact.end <= len(source):
        problems.append(f"span ({fact.start}, {fact.end}) outside 0..{len(source)} or empty")
    if fact.text != source[fact.start : fact.end]:
        problems.append(f"text {fact.text!r} != source slice {source[fact.start : fact.end]!r}")
    numbers_of: dict[str, Decimal | None] = {"value": fact.value}
    if fact.change is not None:
        numbers_of["change.value"] = fact.change.value
    if fact.share is not None:
        numbers_of["share.value"] = fact.share.value
    for name, value in numbers_of.items():
        if value is not None and not is_finite_decimal(value):
            problems.append(f"{name} {value!r} is not a finite Decimal")
    problems += span_problems(source, "sentence", fact.sentence)
    problems += span_problems(source, "metric", fact.metric_span)
    for key, span in fact.evidence.items():
        problems += span_problems(source, f"evidence[{key}]", span)
    dumped = fact.model_dump(mode="json")
    back = Fact.model_validate(json.loads(json.dumps(dumped)))
    for key in GUIDE_KEYS:
        if getattr(back, key) != getattr(fact, key):
            problems.append(f"{key} changed in a JSON round trip: {getattr(back, key)!r}")
        if back.model_dump(mode="json")[key] != dumped[key]:
            problems.append(f"{key} is not stable under JSON round trips: {dumped[key]!r}")
    return problems


def check_extraction(source: str, published: dt.date | None = None) -> None:
    """Extract ``source`` and assert that every fact is well formed and in text order."""
    facts = statextract.extract(source, published=published)
    problems = [f"{fact.text!r}: {p}" for fact in facts for p in fact_problems(source, fact)]
    assert not problems, problems
    starts = [fact.start for fact in facts]
    assert starts == sorted(starts), f"facts out of text order: {starts}"


def best_time(text: str, runs: int = 1) -> float:
    """The fastest of ``runs`` extractions of ``text``, in seconds."""
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        statextract.extract(text)
        best = min(best, time.perf_counter() - started)
    return best
