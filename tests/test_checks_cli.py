"""The ``statextract check`` command."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from statextract.checks import cli as check_cli
from statextract.cli import app
from statextract.models import Fact, Share

ARTICLE = "Users reached 617 million, 62.4% of the total netizens; 388 million, {share}% of them."


def facts_of(text: str, published: dt.date | str | None = None, max_chars: int = 0) -> list[Fact]:
    """Hand-made extraction of ARTICLE: two levels with a share of the total netizens."""
    share = text.split("388 million, ")[1].split("%")[0]
    found = []
    for figure, percent in (("617 million", "62.4"), ("388 million", share)):
        start = text.index(figure)
        found.append(
            Fact(
                text=figure,
                start=start,
                end=start + len(figure),
                metric=f"users {start}",
                value=Decimal(figure.split()[0]) * 1000000,
                unit="count",
                date="2020-12",
                share=Share(value=Decimal(percent), of="total netizens"),
            )
        )
    return found


@pytest.fixture()
def articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    monkeypatch.setattr(check_cli, "extract", facts_of)
    paths = {}
    for name, share in (("good", "39.2"), ("bad", "59.2")):
        paths[name] = tmp_path / f"{name}.txt"
        paths[name].write_text(ARTICLE.format(share=share), encoding="utf-8")
    return paths


@pytest.mark.parametrize(("name", "consistent"), [("good", True), ("bad", False)])
def test_json_output(articles: dict[str, Path], name: str, consistent: bool) -> None:
    result = CliRunner().invoke(app, ["check", str(articles[name]), "--format", "json"])
    assert result.exit_code == 0, result.output
    [row] = [r for r in json.loads(result.output) if r["kind"] == "implied_whole"]
    assert row["file"] == str(articles[name])
    assert row["consistent"] is consistent
    assert row["facts"] == [[14, 25], [56, 67]]
    if consistent:
        assert 987_000_000 < row["implied"]["low"] < 989_000_000 < row["implied"]["high"]
    else:
        assert row["implied"] is None  # two facts disagree: no side is preferred
        assert row["conflicting"] == [[14, 25], [56, 67]]


@pytest.mark.parametrize(
    ("name", "strict", "code"),
    [
        ("good", False, 0),
        ("good", True, 0),
        ("bad", False, 0),
        ("bad", True, 1),
    ],
)
def test_strict_exit_code(articles: dict[str, Path], name: str, strict: bool, code: int) -> None:
    args = ["check", str(articles[name]), *(["--strict"] if strict else [])]
    assert CliRunner().invoke(app, args).exit_code == code


def test_table_output(articles: dict[str, Path]) -> None:
    result = CliRunner().invoke(app, ["check", str(articles["good"])])
    assert result.exit_code == 0, result.output
    assert "implied_whole" in result.output
    assert "617 million" in result.output
    assert "2 facts, 1 finding" in " ".join(result.output.split())


def test_two_files_are_also_compared(articles: dict[str, Path]) -> None:
    args = ["check", str(articles["good"]), str(articles["bad"]), "--format", "json"]
    rows = json.loads(CliRunner().invoke(app, args).output)
    files = {row["file"] for row in rows}
    assert files == {str(articles["good"]), str(articles["bad"]), None}
    across = [row for row in rows if row["kind"] == "cross_document"]
    assert len(across) == 2  # "617 million" and "388 million" are in both
    assert all(row["documents"] == [str(articles["good"]), str(articles["bad"])] for row in across)
    assert all(row["consistent"] and row["file"] is None for row in across)


@pytest.mark.parametrize(("published", "code"), [("2021-02-03", 0), ("last week", 2)])
def test_published_date(articles: dict[str, Path], published: str, code: int) -> None:
    args = ["check", str(articles["good"]), "--published", published]
    assert CliRunner().invoke(app, args).exit_code == code
