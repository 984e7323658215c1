"""The ``statextract check`` command: consistency findings of one or more articles."""

from __future__ import annotations

import datetime as dt
import json
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from statextract.checks.across import check_across
from statextract.checks.findings import Finding
from statextract.checks.run import check
from statextract.extractor import extract
from statextract.models import Fact


class OutputFormat(str, Enum):
    """How findings are printed."""

    table = "table"
    json = "json"


def _published(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as error:
        raise typer.BadParameter(f"not an ISO date: {value}", param_hint="--published") from error


def _row(finding: Finding, file: str | None) -> dict[str, object]:
    return {"file": file, **finding.model_dump(mode="json")}


def _table(title: str, findings: list[Finding], texts: dict[str, str], file: str | None) -> Table:
    table = Table(title=escape(title), show_lines=True)
    for column in ("Kind", "OK", "Figures", "Message"):
        table.add_column(column)
    for finding in findings:
        documents = finding.documents or [file or ""] * len(finding.facts)
        figures = ", ".join(
            texts.get(doc, "")[start:end]
            for doc, (start, end) in zip(documents, finding.facts, strict=True)
        )
        ok = "[green]yes[/green]" if finding.consistent else "[bold red]NO[/bold red]"
        table.add_row(finding.kind, ok, escape(figures), escape(finding.message))
    return table


def check_command(
    files: Annotated[
        list[Path],
        typer.Argument(exists=True, dir_okay=False, readable=True, help="Article text files."),
    ],
    output_format: Annotated[
        OutputFormat, typer.Option("--format", help="A table, or a JSON list of findings.")
    ] = OutputFormat.table,
    published: Annotated[
        str | None, typer.Option(help="Publication date (ISO) anchoring relative dates.")
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit with status 1 when a check fails.")
    ] = False,
) -> None:
    """Check that the figures of each article agree with each other (and across articles)."""
    anchor = _published(published)
    texts: dict[str, str] = {}
    per_file: list[tuple[str, list[Fact], list[Finding]]] = []
    for path in files:
        name = str(path)
        texts[name] = path.read_text(encoding="utf-8")
        facts = extract(texts[name], published=anchor)
        per_file.append((name, facts, check(facts, texts[name])))
    across = check_across((name, facts) for name, facts, _ in per_file) if len(files) > 1 else []
    if output_format is OutputFormat.json:
        rows = [_row(f, name) for name, _, found in per_file for f in found]
        rows += [_row(f, None) for f in across]
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        console = Console()
        for name, facts, found in per_file:
            console.print(f"{name}: {len(facts)} facts, {len(found)} findings")
            if found:
                console.print(_table(name, found, texts, name))
        if across:
            console.print(_table("Across documents", across, texts, None))
    everything = [f for _, _, found in per_file for f in found] + across
    if strict and not all(f.consistent for f in everything):
        raise typer.Exit(code=1)
