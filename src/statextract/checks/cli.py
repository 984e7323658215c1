"""The ``statextract check`` command: consistency findings of one or more articles.

A file that cannot be read, decoded or is too long is reported on standard error in one line
naming it; the other files are still checked and the command exits with 1 at the end.
"""

from __future__ import annotations

import datetime as dt
import json
from enum import Enum
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from statextract.checks.across import check_across
from statextract.checks.findings import Finding
from statextract.checks.run import check
from statextract.cli_input import EncodingOption, MaxCharsOption, extractor_for, iter_texts
from statextract.extractor import DEFAULT_MAX_CHARS, parse_published
from statextract.models import Fact
from statextract.wording import plural

EXIT_FAILED_INPUT = 1


class OutputFormat(str, Enum):
    """How findings are printed."""

    table = "table"
    json = "json"


def _published(value: str | None) -> dt.date | None:
    try:
        return parse_published(value)
    except ValueError as error:
        raise typer.BadParameter(f"not an ISO date: {value}", param_hint="--published") from error


def extract(text: str, published: dt.date | None, max_chars: int = DEFAULT_MAX_CHARS) -> list[Fact]:
    """The facts of one article, with a length limit of ``max_chars``."""
    return extractor_for(max_chars).extract(text, published=published)


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
        list[str],
        typer.Argument(metavar="FILE...", help="Article text files; - reads standard input."),
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
    encoding: EncodingOption = "utf-8",
    max_chars: MaxCharsOption = DEFAULT_MAX_CHARS,
) -> None:
    """Check that the figures of each article agree with each other (and across articles).

    A file that cannot be read is reported and skipped; the exit status is then 1.
    """
    anchor = _published(published)
    errors = Console(stderr=True, soft_wrap=True, highlight=False)
    failed: list[str] = []

    def report(name: str, reason: str) -> None:
        failed.append(name)
        errors.print(f"[bold red]error[/]: {escape(name)}: {escape(reason)}")

    texts: dict[str, str] = {}
    per_file: list[tuple[str, list[Fact], list[Finding]]] = []
    for name, text in iter_texts(files, encoding, max_chars, report):
        texts[name] = text
        facts = extract(text, anchor, max_chars)
        per_file.append((name, facts, check(facts, text)))
    across = check_across((name, facts) for name, facts, _ in per_file) if len(per_file) > 1 else []
    if output_format is OutputFormat.json:
        rows = [_row(f, name) for name, _, found in per_file for f in found]
        rows += [_row(f, None) for f in across]
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        console = Console()
        for name, facts, found in per_file:
            counts = f"{plural(len(facts), 'fact')}, {plural(len(found), 'finding')}"
            console.print(f"{escape(name)}: {counts}", highlight=False, soft_wrap=True)
            if found:
                console.print(_table(name, found, texts, name))
        if across:
            console.print(_table("Across documents", across, texts, None))
    if failed:
        count = f"{len(failed)} of {plural(len(files), 'file')}"
        errors.print(f"{count} failed: {escape(', '.join(failed))}")
        raise typer.Exit(EXIT_FAILED_INPUT)
    everything = [f for _, _, found in per_file for f in found] + across
    if strict and not all(f.consistent for f in everything):
        raise typer.Exit(code=1)
