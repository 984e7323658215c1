"""Publication dates: partial and messy strings anchor relative dates; a bad one never drops an
article from a batch."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import statextract
from statextract.cli import app
from statextract.published import parse_published


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-04-01", dt.date(2024, 4, 1)),
        (" 2024-04-01\n", dt.date(2024, 4, 1)),
        ("2024/04/01", dt.date(2024, 4, 1)),
        ("2024.4.1", dt.date(2024, 4, 1)),
        ("2024-04-01T09:30:00Z", dt.date(2024, 4, 1)),
        ("2024-04", dt.date(2024, 4, 30)),
        ("2024-02", dt.date(2024, 2, 29)),
        ("2024", dt.date(2024, 12, 31)),
        ("", None),
        ("   ", None),
        (None, None),
        (dt.datetime(2024, 4, 1, 12), dt.date(2024, 4, 1)),
    ],
)
def test_accepted_dates(value: object, expected: dt.date | None) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["2024-13", "2024-02-30", "April 2024", "24-04-01", "2024-04/01"])
def test_other_strings_are_a_value_error(value: str) -> None:
    with pytest.raises(ValueError, match="published must be"):
        parse_published(value)


@pytest.mark.parametrize("value", [2024, 2024.0, True, ["2024"]])
def test_other_types_are_a_type_error_naming_what_is_accepted(value: object) -> None:
    with pytest.raises(TypeError, match="a date, a datetime or a string such as '2024-04-01'"):
        statextract.extract("Sales rose 5% last year.", published=value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("published", "text", "date"),
    [
        ("2024", "Sales rose 5% last year.", "2023"),
        ("2024-04", "Sales rose 5% last year.", "2023"),
        ("2024", "Sales rose 5% in March.", "2024-03"),
        ("2024-04", "Sales rose 5% in March.", "2024-03"),
        ("2024/04/15", "Sales rose 5% last month.", "2024-03"),
    ],
)
def test_partial_dates_anchor_relative_dates(published: str, text: str, date: str) -> None:
    [fact] = statextract.extract(text, published=published)
    assert fact.date == date


def test_the_cli_accepts_a_year_and_month(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Sales rose 5% last year.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), "--published", "2024-04"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["date"] == "2023"


def test_a_bad_record_date_is_a_warning_and_the_article_is_kept(tmp_path: Path) -> None:
    records = [
        {"id": "year", "text": "Sales rose 5% last year.", "published": "2024"},
        {"id": "bad", "text": "Sales rose 6% last year.", "published": "someday"},
        {"id": "int", "text": "Sales rose 7% last year.", "published": 2024},
        {"id": "none", "text": "Sales rose 8% last year."},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    output = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["batch", str(source), "-o", str(output), "-w", "1"])
    assert result.exit_code == 0, result.output
    assert "2 warnings" in result.output
    rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [(row["id"], row["date"]) for row in rows] == [
        ("year", "2023"),
        ("bad", None),
        ("int", None),
        ("none", None),
    ]
    errors = (tmp_path / "out.jsonl.errors.jsonl").read_text(encoding="utf-8").splitlines()
    warnings = [json.loads(line) for line in errors]
    assert [w["id"] for w in warnings] == ["bad", "int"]
    assert all("extracted without it" in w["warning"] and "error" not in w for w in warnings)


@pytest.mark.parametrize(
    ("published", "dates"),
    [
        ("2024", ["2024", "2024-04-30"]),
        ("2024-04", ["2024-04", "2024-04-30"]),
        (" 2024/4 ", ["2024-04", "2024-04-30"]),
        ("2024-04-15", ["2024-04-15", "2024-04-30"]),
    ],
)
def test_a_partial_date_is_not_made_a_day(published: str, dates: list[str]) -> None:
    text = "Seven of the nine board members backed the hike. Sales rose 3% on April 30."
    facts = statextract.extract(text, published=published)
    assert [fact.date for fact in facts][-2:] == dates
