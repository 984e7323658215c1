"""Gold loading: valid fixtures load; every kind of broken fixture is reported, all at once."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from statextract.evaluation import FixtureError, FixtureProblem, load_fixtures
from statextract.evaluation.fixtures import is_valid_period, is_valid_unit

DATA = Path(__file__).parent / "data"
GOOD = DATA / "eval_corpus" / "fixtures"
BROKEN = DATA / "broken_fixtures" / "fixtures"


def problems_of(path: Path) -> list[FixtureProblem]:
    with pytest.raises(FixtureError) as caught:
        load_fixtures(path)
    return caught.value.problems


def test_valid_fixtures_load_with_articles_and_exact_numbers() -> None:
    documents = load_fixtures(GOOD)
    assert [d.id for d in documents] == ["alpha", "beta"]
    alpha = documents[0]
    assert alpha.published == "2023-11-15"
    assert alpha.text is not None
    for fact in alpha.facts:
        assert alpha.text[fact.start : fact.end] == fact.text
    change = alpha.facts[0].change
    assert change is not None
    assert change.value == Decimal("5.2")
    assert alpha.facts[1].value == Decimal("617000000")


def test_single_fixture_file_uses_the_sibling_corpus() -> None:
    (document,) = load_fixtures(GOOD / "beta.json")
    assert document.id == "beta"
    assert document.published is None


def test_corpus_can_be_given(tmp_path: Path) -> None:
    (tmp_path / "beta.txt").write_text((GOOD.parent / "corpora" / "beta.txt").read_text())
    (document,) = load_fixtures(GOOD / "beta.json", corpus=tmp_path)
    assert document.text is not None


@pytest.mark.parametrize(
    ("file", "fact", "field", "message"),
    [
        ("bad_json.json", None, None, "invalid JSON"),
        ("missing_field.json", None, "source", "missing field"),
        ("missing_field.json", 1, "metric", "missing field"),
        ("unknown_field.json", None, "title", "unknown field"),
        ("unknown_field.json", 0, "unit_name", "unknown field"),
        ("unknown_field.json", 1, "share.whole", "unknown field"),
        ("span_mismatch.json", 1, "text", "the text first occurs at 170-181"),
        ("value_not_number.json", 1, "value", "expected a number, got '617 million'"),
        ("value_not_number.json", 1, "change.value", "expected a number, got True"),
        ("bad_unit.json", 0, "unit", "'Percent' is not a unit"),
        ("bad_unit.json", 1, "unit", "'%' is not a unit"),
        ("bad_unit.json", 1, "change.unit", "'USD ' is not a unit"),
        ("bad_date.json", None, "published", "'03/02/2021'"),
        ("bad_date.json", 0, "date", "'2023-13' is not a period"),
        ("bad_date.json", 1, "change.since", "'March 2020' is not a period"),
        ("bad_direction.json", 0, "change.direction", "'up' is not one of"),
        ("bad_qualifier.json", 1, "qualifier", "'about' is not one of"),
        ("missing_article.json", None, None, "article not found"),
    ],
)
def test_each_problem_is_found_with_file_fact_and_field(
    file: str, fact: int | None, field: str | None, message: str
) -> None:
    expected = (str(BROKEN / file), fact, field)
    for problems in (problems_of(BROKEN / file), problems_of(BROKEN)):
        found = [p for p in problems if (p.file, p.fact, p.field) == expected]
        assert len(found) == 1, problems
        assert message in found[0].message
        assert str(found[0]).startswith(str(BROKEN / file))


def test_all_problems_of_all_files_are_reported_in_one_run() -> None:
    problems = problems_of(BROKEN)
    assert {Path(p.file).name for p in problems} == {p.name for p in BROKEN.glob("*.json")}
    assert len(problems) == 18
    error = FixtureError(problems)
    assert str(error).startswith("18 problem(s)")
    assert "bad_unit.json: fact 1: change.unit: 'USD ' is not a unit" in str(error)


def write_fixture(tmp_path: Path, data: object, article: str) -> Path:
    (tmp_path / "fixtures").mkdir()
    (tmp_path / "corpora").mkdir()
    (tmp_path / "corpora" / "doc.txt").write_text(article, encoding="utf-8")
    path = tmp_path / "fixtures" / "doc.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def fact_json(**fields: object) -> dict[str, object]:
    base: dict[str, object] = {"text": "617 million", "start": 6, "end": 17, "metric": "users"}
    base |= {"value": 617000000, "unit": "count", "qualifier": None, "date": "2020-12"}
    base |= {"change": None, "share": None}
    return base | fields


@pytest.mark.parametrize(
    ("facts", "field", "message"),
    [
        ([fact_json(start=10, end=6)], "end", "outside the article"),
        ([fact_json(end=99)], "end", "outside the article"),
        ([fact_json(start="6")], "start", "expected an integer offset"),
        ([fact_json(value=None)], "value", "neither a change nor a share"),
        ([fact_json(unit=None)], "unit", "not a unit"),
        ([fact_json(metric="")], "metric", "non-empty string"),
        ([fact_json(share={"value": None, "of": "netizens"})], "share.value", "expected a number"),
        ([fact_json(share={"value": 62.4})], "share.of", "missing field"),
        (
            [fact_json(change={"direction": "increase", "value": -5, "unit": None, "since": None})],
            "change.value",
            "positive",
        ),
        (
            [fact_json(change={"direction": None, "value": None, "unit": None, "since": None})],
            "change.direction",
            "not one of",
        ),
        ([fact_json(change="up")], "change", "expected an object"),
        ([fact_json(), fact_json(text="Users", start=0, end=5)], "start", "text order"),
    ],
)
def test_other_fact_problems(tmp_path: Path, facts: list[object], field: str, message: str) -> None:
    data = {"id": "doc", "source": "s", "published": None, "facts": facts}
    path = write_fixture(tmp_path, data, "Users 617 million.")
    (problem,) = problems_of(path)
    assert problem.field == field
    assert message in problem.message


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"id": "other", "source": "s", "published": None, "facts": []}, "id", "file name"),
        ({"id": "doc", "source": "s", "published": None, "facts": {}}, "facts", "list"),
        (
            {"id": "doc", "source": "s", "published": "2021-02-30", "facts": []},
            "published",
            "ISO date",
        ),
        (["not", "an", "object"], None, "JSON object"),
        (None, None, "JSON object"),
    ],
)
def test_document_problems(tmp_path: Path, data: object, field: str | None, message: str) -> None:
    path = write_fixture(tmp_path, data, "Users 617 million.")
    problems = problems_of(path)
    assert [p.field for p in problems if message in p.message][:1] == [field]


def test_nan_is_not_a_number(tmp_path: Path) -> None:
    path = write_fixture(tmp_path, {}, "Users 617 million.")
    path.write_text('{"id": "doc", "source": "s", "published": null, "facts": [NaN]}')
    (problem,) = problems_of(path)
    assert "invalid JSON" in problem.message


@pytest.mark.parametrize(
    ("path", "message"),
    [("does/not/exist", "no such file"), ("", "no *.json fixtures")],
)
def test_missing_fixtures(tmp_path: Path, path: str, message: str) -> None:
    (problem,) = problems_of(tmp_path / path)
    assert message in problem.message


@pytest.mark.parametrize(
    ("unit", "valid"),
    [
        ("count", True),
        ("percent", True),
        ("percentage_point", True),
        ("per_thousand", True),
        ("times", True),
        ("point", True),
        ("USD", True),
        ("CNY", True),
        ("barrel_per_day", True),
        ("kilowatt_hour", True),
        ("Percent", False),
        ("%", False),
        ("USD ", False),
        ("usd_", False),
        ("US$", False),
        ("USDT", False),
        ("square metre", False),
        ("tonne\n", False),
        ("", False),
    ],
)
def test_unit_vocabulary(unit: str, valid: bool) -> None:
    assert is_valid_unit(unit) is valid


@pytest.mark.parametrize(
    ("period", "valid"),
    [
        ("2020", True),
        ("2020-12", True),
        ("2020-12-31", True),
        ("2020-Q4", True),
        ("2023-01/2023-09", True),
        ("2022-04/2023-03", True),
        ("2023-Q1/2023-Q3", True),
        ("2020-13", False),
        ("2021-02-29", False),
        ("2020-Q5", False),
        ("2020/12", False),
        ("2023-09/2023-01", False),
        ("December 2020", False),
        ("2020-12\n", False),
        ("2020-1", False),
        ("a/b/c", False),
    ],
)
def test_period_format(period: str, valid: bool) -> None:
    assert is_valid_period(period) is valid
