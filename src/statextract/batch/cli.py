"""The ``statextract batch`` command: many articles in, one fact per record out."""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path
from typing import Annotated, Any, cast

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from statextract.batch.findings import write_cross_findings
from statextract.batch.input_kind import InputError
from statextract.batch.job import BatchConfig, BatchSummary, run_batch
from statextract.batch.resume import State
from statextract.batch.runner import DEFAULT_BATCH_SIZE, ExtractFn, resolve_processes
from statextract.batch.sources import check_encoding
from statextract.batch.writers import MissingDependencyError, format_for
from statextract.cli_input import MaxCharsOption
from statextract.extract_cli import check_published_option
from statextract.extractor import DEFAULT_MAX_CHARS
from statextract.wording import plural

PROGRESS_TEXT = (
    "{task.completed:,.0f} articles · {task.fields[rate]:,.1f} articles/s · "
    "{task.fields[facts]:,} facts · {task.fields[failed]:,} failed"
)


def load_extractor(spec: str) -> ExtractFn:
    """The callable named ``module:attribute``."""
    module_name, _, attribute = spec.partition(":")
    if not module_name or not attribute:
        raise typer.BadParameter("expected MODULE:CALLABLE", param_hint="--extractor")
    target: Any = importlib.import_module(module_name)
    for name in attribute.split("."):
        target = getattr(target, name)
    if not callable(target):
        raise typer.BadParameter(f"{spec} is not callable", param_hint="--extractor")
    return cast(ExtractFn, target)


def batch_command(
    source: Annotated[
        str,
        typer.Argument(
            metavar="INPUT",
            help="A folder of .txt files, a .txt file, .jsonl, .jsonl.gz/.json.gz, a .csv file "
            "with id,text[,published] columns, or - (JSON Lines on stdin).",
        ),
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="Output file.")],
    fmt: Annotated[
        str | None,
        typer.Option("--format", "-f", help="jsonl, csv or parquet (default: from the suffix)."),
    ] = None,
    workers: Annotated[
        int | None, typer.Option("--workers", "-w", help="Processes (default: all cores).")
    ] = None,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Articles per chunk and checkpoint.")
    ] = DEFAULT_BATCH_SIZE,
    published: Annotated[
        str | None,
        typer.Option(
            help="Publication date (ISO) for records without one.", callback=check_published_option
        ),
    ] = None,
    errors: Annotated[
        Path | None, typer.Option(help="Errors file (default: OUTPUT.errors.jsonl).")
    ] = None,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume",
            help="Finish an interrupted run of the same input with the same options "
            "(a finished one has nothing to do).",
        ),
    ] = False,
    overwrite: Annotated[
        bool, typer.Option("--overwrite", help="Replace an existing output (and its errors file).")
    ] = False,
    encoding: Annotated[str, typer.Option(help="Encoding of the input text.")] = "utf-8",
    progress: Annotated[
        bool | None,
        typer.Option("--progress/--no-progress", help="Progress bar (default: on a terminal)."),
    ] = None,
    extractor: Annotated[
        str | None,
        typer.Option(help="MODULE:CALLABLE taking (text, published) to use as the extractor."),
    ] = None,
    findings: Annotated[
        Path | None,
        typer.Option(
            help="Also check the figures across articles (the same metric and date stated with "
            "incompatible values) and write the findings here as JSON Lines (JSONL output only)."
        ),
    ] = None,
    max_chars: MaxCharsOption = DEFAULT_MAX_CHARS,
) -> None:
    """Extract facts from many articles in parallel; resumable, errors recorded per article.

    Exits with 1 when any article failed (see the errors file), 0 otherwise.
    """
    console = Console(stderr=True)
    if resume and overwrite:
        raise typer.BadParameter("--resume and --overwrite cannot be used together")
    try:
        check_encoding(encoding)
        config = BatchConfig(
            source=source,
            output=output,
            format=format_for(output, fmt),
            errors=errors,
            n_process=workers,
            batch_size=batch_size,
            published=published,
            encoding=encoding,
            resume=resume,
            extractor=load_extractor(extractor) if extractor else None,
            max_chars=max_chars,
            overwrite=overwrite,
        )
    except (LookupError, ValueError, ImportError) as error:
        raise typer.BadParameter(str(error)) from error
    show = console.is_terminal and sys.stdout.isatty() if progress is None else progress
    if findings is not None and config.format != "jsonl":
        raise typer.BadParameter("--findings needs JSON Lines output (-o FILE.jsonl)")
    try:
        summary = run_with_progress(config, console) if show else run_batch(config)
    except (InputError, OSError, ValueError, MissingDependencyError) as error:
        console.print(f"[red]error:[/red] {escape(str(error))}", soft_wrap=True, highlight=False)
        raise typer.Exit(2) from error
    if summary.already_done:
        console.print(
            f"nothing to do: {config.output} is complete ({plural(summary.articles, 'article')})",
            highlight=False,
            soft_wrap=True,
        )
        raise typer.Exit(0)
    report(console, config, summary)
    if findings is not None:
        count = write_cross_findings(config.output, findings)
        console.print(f"{count:,} cross-article findings in {findings}", highlight=False)
    raise typer.Exit(1 if summary.failed else 0)


def run_with_progress(config: BatchConfig, console: Console) -> BatchSummary:
    """Run the batch under a live progress bar."""
    columns = (SpinnerColumn(), TextColumn(PROGRESS_TEXT), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=False) as bar:
        task = bar.add_task("batch", total=None, rate=0.0, facts=0, failed=0)
        started = time.perf_counter()
        first: list[int] = []

        def update(state: State) -> None:
            if not first:
                first.append(state.records)
            rate = (state.records - first[0]) / max(time.perf_counter() - started, 1e-9)
            bar.update(
                task, completed=state.records, rate=rate, facts=state.facts, failed=state.failed
            )

        return run_batch(config, on_progress=update)


def report(console: Console, config: BatchConfig, summary: BatchSummary) -> None:
    """One closing line: totals, speed and where the errors are."""
    done = summary.articles - summary.resumed_from
    rate = done / summary.seconds if summary.seconds else 0.0
    workers = resolve_processes(config.n_process)
    line = (
        f"{summary.articles:,} articles, {summary.facts:,} facts, {summary.failed:,} failed "
        f"in {summary.seconds:.1f} s ({rate:,.1f} articles/s, {workers} workers)"
    )
    if summary.resumed_from:
        line += f"; resumed after {summary.resumed_from:,}"
    if summary.warnings:
        line += f", {summary.warnings:,} warnings"
    if summary.failed or summary.warnings:
        line += f"; see {config.errors_path}"
    console.print(line, highlight=False, soft_wrap=True)
