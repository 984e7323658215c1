"""The ``statextract batch`` command: many articles in, one fact per record out.

Exit status: 0 when every article was extracted (warnings aside), 1 when any failed, 2 for an
input, output or option that cannot be used, 130 after Ctrl-C (with the command that resumes).
"""

from __future__ import annotations

import importlib
import shlex
from pathlib import Path
from typing import Annotated, Any, cast

import typer
from rich.console import Console
from rich.markup import escape

from statextract.batch.counting import countable
from statextract.batch.database import DatabaseError, parse_output
from statextract.batch.findings import write_cross_findings
from statextract.batch.input_kind import InputError
from statextract.batch.job import BatchConfig, run_batch
from statextract.batch.progress import (
    Tracker,
    closing_line,
    duplicate_warning,
    interrupted_line,
    run_with_progress,
)
from statextract.batch.runner import DEFAULT_BATCH_SIZE, ExtractFn
from statextract.batch.sources import check_encoding
from statextract.batch.writers import MissingDependencyError, format_for
from statextract.cli_input import MaxCharsOption
from statextract.extract_cli import check_published_option
from statextract.extractor import DEFAULT_MAX_CHARS
from statextract.wording import plural

EXIT_INTERRUPTED = 130


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
    output_arg: Annotated[
        str, typer.Option("--output", "-o", help="Output file, or sqlite:///FILE.")
    ],
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="jsonl, csv, parquet, sqlite or duckdb (default: from the suffix).",
        ),
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
        typer.Option(
            "--progress/--no-progress",
            help="Progress bar with total and time left, when the input size is known "
            "(default: when standard error is a terminal).",
        ),
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
        output, fmt = parse_output(output_arg, fmt)
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
    except DatabaseError as error:  # a bad database URL or path: one line, like run errors
        console.print(f"[red]error:[/red] {escape(str(error))}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from error
    except (LookupError, ValueError, ImportError) as error:
        raise typer.BadParameter(str(error)) from error
    if findings is not None and config.format != "jsonl":
        raise typer.BadParameter("--findings needs JSON Lines output (-o FILE.jsonl)")
    tracker = Tracker(source, encoding)
    try:
        show = countable(source, encoding) and (
            console.is_terminal if progress is None else progress
        )
        if show:
            summary = run_with_progress(config, console, tracker)
        else:
            summary = run_batch(config, on_progress=tracker)
    except (InputError, OSError, ValueError, MissingDependencyError) as error:
        console.print(f"[red]error:[/red] {escape(str(error))}", soft_wrap=True, highlight=False)
        raise typer.Exit(2) from error
    except KeyboardInterrupt:
        command = resume_command(source, output, fmt, batch_size, published, errors, encoding)
        command += resume_extras(workers, extractor, findings, max_chars)
        line = interrupted_line(tracker.state.records, tracker.total, command + " --resume")
        console.print(escape(line), soft_wrap=True, highlight=False)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    if summary.already_done:
        line = f"nothing to do: {config.output} is complete ({plural(summary.articles, 'article')})"
        console.print(escape(line), highlight=False, soft_wrap=True)
    else:
        console.print(escape(closing_line(config, summary)), highlight=False, soft_wrap=True)
    warning = duplicate_warning(summary)
    if warning is not None:
        console.print(escape(warning), highlight=False, soft_wrap=True)
    if findings is not None:
        count = write_cross_findings(config.output, findings)
        line = f"{plural(count, 'cross-article finding')} in {findings}"
        console.print(escape(line), highlight=False, soft_wrap=True)
    raise typer.Exit(1 if summary.failed and not summary.already_done else 0)


def resume_command(
    source: str,
    output: Path,
    fmt: str | None,
    batch_size: int,
    published: str | None,
    errors: Path | None,
    encoding: str,
) -> str:
    """The ``statextract batch`` command line that repeats the settings a resume must match."""
    args = ["statextract", "batch", source, "-o", str(output)]
    if fmt is not None:
        args += ["--format", fmt]
    if batch_size != DEFAULT_BATCH_SIZE:
        args += ["--batch-size", str(batch_size)]
    if published is not None:
        args += ["--published", published]
    if errors is not None:
        args += ["--errors", str(errors)]
    if encoding != "utf-8":
        args += ["--encoding", encoding]
    return shlex.join(args)


def resume_extras(
    workers: int | None, extractor: str | None, findings: Path | None, max_chars: int
) -> str:
    """The other options of the interrupted command, to be given again."""
    args: list[str] = []
    if workers is not None:
        args += ["--workers", str(workers)]
    if extractor is not None:
        args += ["--extractor", extractor]
    if findings is not None:
        args += ["--findings", str(findings)]
    if max_chars != DEFAULT_MAX_CHARS:
        args += ["--max-chars", str(max_chars)]
    return (" " + shlex.join(args)) if args else ""
