"""The ``statextract eval`` command: score the extractor against gold fixtures."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from statextract.evaluation.fixtures import FixtureError
from statextract.evaluation.render import print_report
from statextract.evaluation.report import EvaluationReport
from statextract.evaluation.scoring import evaluate_fixtures

EXIT_BELOW_THRESHOLD = 1
EXIT_INVALID_FIXTURES = 2


class OutputFormat(str, Enum):
    """How the report is printed."""

    table = "table"
    json = "json"


def threshold_failures(
    report: EvaluationReport, min_f1: float | None, min_strict: float | None
) -> list[str]:
    """A message for each threshold the report does not reach."""
    failures: list[str] = []
    if min_f1 is not None and report.f1 < min_f1:
        failures.append(f"fact F1 {report.f1:.4f} is below --min-f1 {min_f1}")
    if min_strict is not None and report.strict_f1 < min_strict:
        failures.append(f"strict F1 {report.strict_f1:.4f} is below --min-strict {min_strict}")
    return failures


def eval_command(
    fixtures: Annotated[
        Path, typer.Argument(help="A gold fixture (NAME.json) or a folder of them.")
    ],
    corpus: Annotated[
        Path | None,
        typer.Option(help="Folder of the articles (NAME.txt); default: ../corpora."),
    ] = None,
    min_f1: Annotated[
        float | None,
        typer.Option("--min-f1", help="Fail (exit 1) when the fact F1 is below this."),
    ] = None,
    min_strict: Annotated[
        float | None,
        typer.Option("--min-strict", help="Fail (exit 1) when the strict F1 is below this."),
    ] = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", help="Print a table or the JSON report.")
    ] = OutputFormat.table,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Also write the JSON report to this file."),
    ] = None,
) -> None:
    """Score the extractor against gold fixtures: per-field table, mismatches, thresholds."""
    errors = Console(stderr=True, soft_wrap=True)
    try:
        report = evaluate_fixtures(fixtures, corpus)
    except FixtureError as error:
        errors.print(f"[bold red]Invalid fixtures[/]: {len(error.problems)} problem(s)")
        for problem in error.problems:
            errors.print(f"  {problem}", markup=False, highlight=False)
        raise typer.Exit(EXIT_INVALID_FIXTURES) from None
    as_json = report.model_dump_json(indent=2)
    if output is not None:
        output.write_text(as_json + "\n", encoding="utf-8")
    if output_format is OutputFormat.json:
        typer.echo(as_json)
    else:
        print_report(report)
    failures = threshold_failures(report, min_f1, min_strict)
    for failure in failures:
        errors.print(f"[bold red]FAIL[/] {failure}")
    if failures:
        raise typer.Exit(EXIT_BELOW_THRESHOLD)
