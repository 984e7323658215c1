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

from statextract.batch.sources import STDIN, check_encoding, decode
from statextract.extractor import Extractor, default_extractor, parse_published
from statextract.output import FileFacts, OutputFormat, write_facts

STDIN_NAME = "<stdin>"
EXIT_FAILED_INPUT = 1


def check_published_option(value: str | None) -> str | None:
    """``value`` if it is an ISO date (or absent)."""
    try:
        parse_published(value)
    except ValueError as error:
        raise typer.BadParameter("expected an ISO date, e.g. 2024-05-31") from error
    return value


def check_encoding_option(value: str) -> str:
    """``value`` if Python knows the codec."""
    try:
        check_encoding(value)
    except LookupError as error:
        raise typer.BadParameter(f"unknown encoding: {value}") from error
    return value


def read_input(name: str, encoding: str) -> str:
    """The text of file ``name`` (``-`` for standard input), decoded strictly, BOM removed."""
    if name == STDIN:
        data = typer.get_binary_stream("stdin").read()
    else:
        with open(name, "rb") as stream:
            data = stream.read()
    return decode(data, encoding)


def describe_error(error: Exception, encoding: str) -> str:
    """A one-line reason for a failed input, without a traceback."""
    if isinstance(error, UnicodeDecodeError):
        byte = error.object[error.start : error.start + 1].hex()
        return f"cannot decode as {encoding} (byte 0x{byte} at position {error.start})"
    if isinstance(error, FileNotFoundError):
        return "no such file"
    if isinstance(error, IsADirectoryError):
        return "is a folder, not a file"
    if isinstance(error, OSError):
        return error.strerror or str(error)
    if isinstance(error, ValueError):
        return str(error)
    return f"extraction failed: {type(error).__name__}: {error}"


def iter_file_facts(
    files: Sequence[str],
    extractor: Extractor,
    published: str | None,
    encoding: str,
    failed: list[str],
    errors: Console,
) -> Iterator[FileFacts]:
    """``(file, facts)`` of each readable file; each failure is reported and added to ``failed``."""
    for name in files:
        shown = STDIN_NAME if name == STDIN else name
        try:
            text = read_input(name, encoding)
            facts = extractor.extract(text, published=published)
        except Exception as error:  # one bad input must not stop the others
            failed.append(shown)
            reason = describe_error(error, encoding)
            errors.print(f"[bold red]error[/]: {escape(shown)}: {escape(reason)}")
            continue
        yield shown, facts


def silence_stdout() -> None:
    """Point standard output at the null device, so that closing it raises nothing more."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def extract_command(
    files: Annotated[
        list[str],
        typer.Argument(metavar="FILE...", help="Article text files; - reads standard input."),
    ],
    published: Annotated[
        str | None,
        typer.Option(
            help="Publication date (ISO) anchoring relative dates.",
            callback=check_published_option,
        ),
    ] = None,
    output_format: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format",
            help="table, jsonl, json or csv (default: table on a terminal, else jsonl).",
        ),
    ] = None,
    encoding: Annotated[
        str, typer.Option(help="Encoding of the files.", callback=check_encoding_option)
    ] = "utf-8",
) -> None:
    """Print the statistical facts of each article, one row per fact."""
    if output_format is None:
        output_format = OutputFormat.table if sys.stdout.isatty() else OutputFormat.jsonl
    errors = Console(stderr=True, soft_wrap=True, highlight=False)
    failed: list[str] = []
    results = iter_file_facts(files, default_extractor(), published, encoding, failed, errors)
    try:
        write_facts(results, sys.stdout, output_format)
    except BrokenPipeError:  # the reader stopped early (``| head``): stop quietly
        silence_stdout()
    if failed:
        errors.print(f"{len(failed)} of {len(files)} files failed: {escape(', '.join(failed))}")
        raise typer.Exit(EXIT_FAILED_INPUT)
