"""The extractor against the example tables in ``tests/cases`` (one row per test).

Rows listed in ``cases/known_failures.py`` are strict xfails: a row that starts to pass fails the
run until ``scripts/update_known_failures.py`` drops it from the set.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest
import regex
from cases import ALL_CASES
from cases.case import CHECKED_FIELDS, Case
from cases.known_failures import KNOWN_FAILURES

import statextract
from statextract.evaluation.periods import same_period
from statextract.evaluation.tokens import token_f1
from statextract.models import Fact

METRIC_MIN_F1 = 0.5
REL_TOLERANCE = Decimal("1e-6")
PHRASE_FIELDS = frozenset({"metric", "parent_metric"})


def locate(case: Case) -> list[tuple[int, int]]:
    """Spans of the expected surfaces, each searched after the previous one's start."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for expected in case.expected:
        surface = str(expected["text"])
        pattern = r"(?<![\p{L}\p{N}]|\d[.,])" + regex.escape(surface) + r"(?![\p{L}\p{N}]|[.,]\d)"
        match = regex.compile(pattern).search(case.text, cursor)
        if match is None:
            raise ValueError(f"{case.id}: {surface!r} not found in the text after {cursor}")
        spans.append(match.span())
        cursor = match.start() + 1
    return spans


def same_number(got: object, want: object) -> bool:
    """Numbers equal within a relative 1e-6 (both None counts as equal)."""
    if got is None or want is None:
        return got is None and want is None
    a, b = Decimal(str(got)), Decimal(str(want))
    if b == 0:
        return a == 0
    return abs(a - b) <= abs(b) * REL_TOLERANCE


def same_phrase(got: object, want: object) -> bool:
    """The guide's metric rule: content-word token F1 >= 0.5 (both None counts as equal)."""
    if got is None or want is None:
        return got is None and want is None
    return token_f1(str(got), str(want)) >= METRIC_MIN_F1


def same_change(got: object, want: object) -> bool:
    if not isinstance(got, dict) or not isinstance(want, dict):
        return got is None and want is None
    return (
        got.get("direction") == want["direction"]
        and same_number(got.get("value"), want["value"])
        and got.get("unit") == want["unit"]
        and same_period(got.get("since"), want["since"])  # type: ignore[arg-type]
    )


def same_share(got: object, want: object) -> bool:
    if not isinstance(got, dict) or not isinstance(want, dict):
        return got is None and want is None
    return same_number(got.get("value"), want["value"]) and same_phrase(got.get("of"), want["of"])


def field_matches(field: str, got: object, want: object) -> bool:
    """Whether one predicted field agrees with the expected one."""
    if field == "value":
        return same_number(got, want)
    if field in PHRASE_FIELDS:
        return same_phrase(got, want)
    if field == "change":
        return same_change(got, want)
    if field == "share":
        return same_share(got, want)
    if field == "date":
        return same_period(got, want)  # type: ignore[arg-type]
    return got == want


def observed(fact: Fact) -> dict[str, object]:
    """The predicted fact as compared: the guide's fields and ``parent_metric``."""
    data = fact.guide_dict()
    data["parent_metric"] = fact.parent_metric
    for key in ("start", "end"):
        data.pop(key)
    return data


def mismatches(case: Case) -> list[str]:
    """What the extractor gets wrong on ``case`` (empty when the row passes)."""
    facts = statextract.extract(case.text, published=case.published)
    want_spans = locate(case)
    got_spans = [(fact.start, fact.end) for fact in facts]
    if got_spans != want_spans:
        want_texts = [case.text[start:end] for start, end in want_spans]
        return [f"figures: expected {want_texts}, got {[fact.text for fact in facts]}"]
    problems: list[str] = []
    for index, (expected, fact) in enumerate(zip(case.expected, facts, strict=True)):
        got = observed(fact)
        for field, want in expected.items():
            if field != "text" and not field_matches(field, got[field], want):
                surface = expected["text"]
                problems.append(f"fact {index} {surface!r} {field}: {want!r} != {got[field]!r}")
    return problems


def _param(case: Case) -> object:
    if case.id in KNOWN_FAILURES:
        return pytest.param(case, id=case.id, marks=pytest.mark.xfail(strict=True))
    return pytest.param(case, id=case.id)


CASES = [case for cases in ALL_CASES.values() for case in cases]


@pytest.mark.parametrize("case", [_param(case) for case in CASES])
def test_extract_case(case: Case) -> None:
    problems = mismatches(case)
    assert not problems, f"{case.text!r}\n" + "\n".join(problems)


def test_case_ids_are_unique() -> None:
    counts = Counter(case.id for case in CASES)
    assert sorted(case_id for case_id, count in counts.items() if count > 1) == []


def test_known_failures_name_existing_rows() -> None:
    assert sorted(KNOWN_FAILURES - {case.id for case in CASES}) == []


def test_rows_are_well_formed() -> None:
    problems: list[str] = []
    for case in CASES:
        try:
            locate(case)
        except ValueError as error:
            problems.append(str(error))
        problems.extend(
            f"{case.id}: fields {sorted(set(expected) - CHECKED_FIELDS)}"
            for expected in case.expected
            if "text" not in expected or not set(expected) <= CHECKED_FIELDS
        )
    assert problems == []


def test_every_case_table_is_collected() -> None:
    """Each table of rows in ``tests/cases`` reaches the parametrized test."""
    import importlib
    import pkgutil

    import cases as package

    collected = {case.id for case in CASES}
    orphans = []
    for module_info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"cases.{module_info.name}")
        for name, value in vars(module).items():
            if (
                isinstance(value, list)
                and value
                and all(isinstance(item, Case) for item in value)
                and not {case.id for case in value} <= collected
            ):
                orphans.append(f"{module_info.name}.{name}")
    assert orphans == []
