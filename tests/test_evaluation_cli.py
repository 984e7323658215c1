"""The ``statextract eval`` command: exit codes, output formats, report file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

import statextract
from statextract import cli as main_cli
from statextract.evaluation import load_fixtures
from statextract.evaluation.cli import eval_command
from statextract.models import Fact

DATA = Path(__file__).parent / "data"
GOOD = DATA / "eval_corpus" / "fixtures"
BROKEN = DATA / "broken_fixtures" / "fixtures"

app = typer.Typer()
app.command("eval")(eval_command)


@app.callback()
def _group() -> None:
    """Keep ``eval`` a sub-command, as in the main application."""


runner = CliRunner()


@pytest.fixture
def perfect_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make ``statextract.extract`` return the gold facts of each article."""
    gold = {document.text: document.facts for document in load_fixtures(GOOD)}

    def extract(text: str, published: Any = None) -> list[Fact]:
        return list(gold[text])

    monkeypatch.setattr(statextract, "extract", extract)


def test_eval_is_registered_on_the_main_app() -> None:
    commands = {command.name: command.callback for command in main_cli.app.registered_commands}
    assert commands["eval"] is eval_command


@pytest.mark.parametrize(
    ("args", "exit_code"),
    [
        ([str(GOOD)], 0),
        ([str(GOOD), "--min-f1", "0"], 0),
        ([str(GOOD), "--min-f1", "1.01"], 1),
        ([str(GOOD), "--min-strict", "1.01"], 1),
        ([str(GOOD), "--format", "json", "--min-f1", "1.01"], 1),
        ([str(GOOD / "alpha.json"), "--min-f1", "1.01"], 1),
        ([str(BROKEN)], 2),
        ([str(BROKEN), "--min-f1", "0"], 2),
        ([str(BROKEN / "bad_unit.json")], 2),
        ([str(GOOD / "alpha.json"), "--corpus", str(DATA / "broken_fixtures" / "fixtures")], 2),
        ([str(GOOD), "--format", "xml"], 2),
    ],
)
def test_exit_codes(args: list[str], exit_code: int) -> None:
    result = runner.invoke(app, ["eval", *args])
    assert result.exit_code == exit_code, result.output


@pytest.mark.usefixtures("perfect_extractor")
@pytest.mark.parametrize(
    ("args", "exit_code"),
    [
        (["--min-f1", "1.0", "--min-strict", "1.0"], 0),
        (["--min-f1", "1.01"], 1),
    ],
)
def test_exit_codes_with_perfect_predictions(args: list[str], exit_code: int) -> None:
    result = runner.invoke(app, ["eval", str(GOOD), *args])
    assert result.exit_code == exit_code, result.output


def test_threshold_failure_is_explained() -> None:
    result = runner.invoke(app, ["eval", str(GOOD), "--min-f1", "1.01", "--min-strict", "1.01"])
    assert "below --min-f1 1.01" in result.stderr
    assert "below --min-strict 1.01" in result.stderr


def test_invalid_fixtures_list_every_problem() -> None:
    result = runner.invoke(app, ["eval", str(BROKEN)])
    assert "Invalid fixtures: 18 problem(s)" in result.stderr
    assert "bad_unit.json: fact 1: change.unit: 'USD ' is not a unit" in result.stderr
    assert "missing_field.json: fact 1: metric: missing field" in result.stderr
    assert result.stdout == ""


def test_json_format_prints_the_report() -> None:
    result = runner.invoke(app, ["eval", str(GOOD), "--format", "json"])
    report = json.loads(result.stdout)
    assert [d["document"] for d in report["documents"]] == ["alpha", "beta"]
    assert set(report["fields"]) == {"unit", "metric", "date", "qualifier", "change", "share"}
    assert set(report["by_feature"]) == {"change", "share", "qualifier"}
    assert report["tp"] + report["fn"] == 4
    assert {"precision", "recall", "f1", "strict_f1", "mismatches", "by_unit"} <= set(report)


@pytest.mark.usefixtures("perfect_extractor")
def test_table_format_shows_fields_and_scores() -> None:
    result = runner.invoke(app, ["eval", str(GOOD)])
    for heading in ("Fields (over matched pairs)", "Breakdown", "Facts", "No mismatches."):
        assert heading in result.stdout
    assert "doc:alpha" in result.stdout


def test_table_format_groups_mismatches_by_document(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(statextract, "extract", lambda text, published=None: [])
    result = runner.invoke(app, ["eval", str(GOOD)])
    assert "Mismatches in alpha" in result.stdout
    assert "Mismatches in beta" in result.stdout
    assert result.stdout.count("missed") == 4


@pytest.mark.usefixtures("perfect_extractor")
def test_output_writes_the_json_report(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    result = runner.invoke(app, ["eval", str(GOOD), "--output", str(target)])
    assert result.exit_code == 0, result.output
    report = json.loads(target.read_text(encoding="utf-8"))
    assert (report["tp"], report["fp"], report["fn"]) == (4, 0, 0)
    assert report["strict_f1"] == 1.0
