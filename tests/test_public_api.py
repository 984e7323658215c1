"""The public API: ``statextract.extract``, ``Extractor`` and the JSON form of ``Fact``."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

import statextract
from statextract import Change, Extractor, Fact, InputTooLargeError, Share
from statextract.models import GUIDE_KEYS

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "corpora" / "jingwei-2021-02-03.txt").read_text(encoding="utf-8")
MONTH_ONLY = "Retail sales rose 5.2 percent year-on-year in October."
SHORT_TEXTS = [
    MONTH_ONLY,
    "Exports fell 3% to $20 billion last month, accounting for 12.5% of the total.",
    "The unemployment rate was 3.9 percent in October 2023, up 0.1 percentage point.",
]


@pytest.mark.parametrize("text", [SEED, *SHORT_TEXTS])
def test_facts_come_in_text_order_with_their_offsets(text: str) -> None:
    facts = statextract.extract(text)
    assert facts and all(isinstance(fact, Fact) for fact in facts)
    assert [fact.start for fact in facts] == sorted(fact.start for fact in facts)
    assert all(text[fact.start : fact.end] == fact.text for fact in facts)


@pytest.mark.parametrize("text", ["", "   ", "No figures in this sentence."])
def test_no_figures_no_facts(text: str) -> None:
    assert statextract.extract(text) == []


@pytest.mark.parametrize(
    ("published", "date"),
    [
        (None, None),
        ("", None),
        ("2023-11-15", "2023-10"),
        (dt.date(2023, 11, 15), "2023-10"),
        (dt.datetime(2023, 11, 15, 9, 30), "2023-10"),
        ("2024-12-01", "2024-10"),
    ],
)
def test_published_anchors_a_bare_month(published: str | dt.date | None, date: str | None) -> None:
    [fact] = statextract.extract(MONTH_ONLY, published=published)
    assert fact.date == date


@pytest.mark.parametrize("published", ["yesterday", "2023-13-01", "15/11/2023", "Nov 2023"])
def test_a_bad_published_raises_value_error(published: str) -> None:
    with pytest.raises(ValueError, match="published"):
        statextract.extract(MONTH_ONLY, published=published)


@pytest.mark.parametrize("text", [b"Sales rose 5%.", None, 42, ["Sales rose 5%."]])
def test_text_must_be_a_string(text: object) -> None:
    with pytest.raises(TypeError, match="text must be str"):
        statextract.extract(text)  # type: ignore[arg-type]


def test_guide_keys_come_first_in_the_json_form() -> None:
    for fact in statextract.extract(SEED):
        data = fact.model_dump(mode="json")
        assert tuple(data)[: len(GUIDE_KEYS)] == GUIDE_KEYS
        assert json.loads(json.dumps(data)) == data


def test_numbers_are_json_numbers_with_whole_values_as_int() -> None:
    for fact in statextract.extract(SEED):
        data = fact.model_dump(mode="json")
        pairs: list[tuple[Decimal | None, object]] = [(fact.value, data["value"])]
        if fact.change is not None:
            pairs.append((fact.change.value, data["change"]["value"]))
        if fact.share is not None:
            pairs.append((fact.share.value, data["share"]["value"]))
        for value, dumped in pairs:
            if value is None:
                continue
            assert isinstance(dumped, int) == (value == value.to_integral_value())
            assert isinstance(dumped, int | float) and not isinstance(dumped, bool)
            assert Decimal(str(dumped)) == value


@pytest.mark.parametrize(
    ("value", "dumped"),
    [
        (Decimal("617000000"), 617000000),
        (Decimal("6.17E+8"), 617000000),
        (Decimal("5.00"), 5),
        (Decimal("62.4"), 62.4),
        (Decimal("0.1"), 0.1),
        (None, None),
    ],
)
def test_fact_numbers_dump_exactly(value: Decimal | None, dumped: float | None) -> None:
    fact = Fact(
        text="x",
        start=0,
        end=1,
        value=value,
        unit="count",
        change=Change(direction="increase", value=value),
        share=Share(value=value, of="all") if value is not None else None,
    )
    data = fact.model_dump(mode="json")
    assert data["value"] == dumped and type(data["value"]) is type(dumped)
    assert data["change"]["value"] == dumped and type(data["change"]["value"]) is type(dumped)
    if value is not None:
        assert data["share"] == {"value": dumped, "of": "all"}


@pytest.mark.parametrize(("text", "fails"), [("x" * 10, False), ("x" * 11, True)])
def test_max_chars_bounds_the_text(text: str, fails: bool) -> None:
    extractor = Extractor(max_chars=10)
    if fails:
        with pytest.raises(InputTooLargeError, match="max_chars"):
            extractor.extract(text)
    else:
        assert extractor.extract(text) == []


def test_input_too_large_is_a_value_error() -> None:
    assert issubclass(InputTooLargeError, ValueError)


@pytest.mark.parametrize("text", SHORT_TEXTS)
def test_an_extractor_object_matches_extract(text: str) -> None:
    extractor = Extractor()
    assert extractor(text, "2023-11-15") == statextract.extract(text, published="2023-11-15")


@pytest.mark.parametrize(
    "name", ["extract", "Extractor", "Fact", "Change", "Share", "InputTooLargeError"]
)
def test_public_names(name: str) -> None:
    assert name in statextract.__all__
    assert getattr(statextract, name) is not None


def test_the_readme_example_prints_what_it_shows(capsys: pytest.CaptureFixture[str]) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## In Python", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    shown = section.split("```text\n", 1)[1].split("```", 1)[0]
    exec(compile(code, "README.md", "exec"), {})
    assert capsys.readouterr().out == shown
