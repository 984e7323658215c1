"""The ``statextract extract`` command: the facts of one or more articles.

Prints a table on a terminal and JSON Lines when piped (or the ``--format`` asked for). A file
that cannot be read or decoded is reported on standard error, naming it; the other files are still
processed and the command exits with 1 at the end.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from statextract.cli_input import EncodingOption, MaxCharsOption, extractor_for, iter_texts
from statextract.extractor import DEFAULT_MAX_CHARS, Extractor, parse_published
from statextract.output import FileFacts, OutputFormat, write_facts
from statextract.wording import plural

EXIT_FAILED_INPUT = 1


def check_published_option(value: str | None) -> str | None:
    """``value`` if it is a publication date (or absent)."""
    try:
        parse_published(value)
    except ValueError as error:
        raise typer.BadParameter(
            "expected an ISO date such as 2024-05-31, 2024-05 or 2024"
        ) from error
    return value


PublishedOption = Annotated[
    str | None,
    typer.Option(
        help="Publication date (ISO) anchoring relative dates.", callback=check_published_option
    ),
]


def iter_file_facts(
    files: Sequence[str],
    extractor: Extractor,
    published: str | None,
    encoding: str,
    failed: list[str],
    errors: Console,
) -> Iterator[FileFacts]:
    """``(file, facts)`` of each readable file; each failure is reported and added to ``failed``."""

    def report(name: str, reason: str) -> None:
        failed.append(name)
        errors.print(f"[bold red]error[/]: {escape(name)}: {escape(reason)}")

    for name, text in iter_texts(files, encoding, extractor.max_chars, report):
        try:
            facts = extractor.extract(text, published=published)
        except Exception as error:  # one bad input must not stop the others
            report(name, f"extraction failed: {type(error).__name__}: {error}")
            continue
        yield name, facts


def silence_stdout() -> None:
    """Point standard output at the null device, so that closing it raises nothing more."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def extract_command(
    files: Annotated[
        list[str],
        typer.Argument(metavar="FILE...", help="Article text files; - reads standard input."),
    ],
    published: PublishedOption = None,
    output_format: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format",
            help="table, jsonl, json or csv (default: table on a terminal, else jsonl).",
        ),
    ] = None,
    encoding: EncodingOption = "utf-8",
    max_chars: MaxCharsOption = DEFAULT_MAX_CHARS,
) -> None:
    """Print the statistical facts of each article, one row per fact."""
    if output_format is None:
        output_format = OutputFormat.table if sys.stdout.isatty() else OutputFormat.jsonl
    errors = Console(stderr=True, soft_wrap=True, highlight=False)
    failed: list[str] = []
    extractor = extractor_for(max_chars)
    results = iter_file_facts(files, extractor, published, encoding, failed, errors)
    try:
        write_facts(results, sys.stdout, output_format)
    except BrokenPipeError:  # the reader stopped early (``| head``): stop quietly
        silence_stdout()
    if failed:
        count = f"{len(failed)} of {plural(len(files), 'file')}"
        errors.print(f"{count} failed: {escape(', '.join(failed))}")
        raise typer.Exit(EXIT_FAILED_INPUT)
