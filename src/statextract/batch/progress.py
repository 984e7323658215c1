"""What a batch run shows on standard error: a progress bar, the closing line, and the line that
says how to resume after Ctrl-C.

The bar has a total, a percentage and the time left, so it is shown only when the number of
input records is known (a folder, a file; not standard input).
"""

from __future__ import annotations

import time

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeRemainingColumn,
)

from statextract.batch.counting import count_records
from statextract.batch.job import BatchConfig, BatchSummary, run_batch
from statextract.batch.resume import State
from statextract.batch.runner import resolve_processes
from statextract.wording import plural

PROGRESS_TEXT = (
    "articles · {task.fields[rate]:,.1f} articles/s · {task.fields[facts]:,} facts · "
    "{task.fields[failed]:,} failed"
)


class Tracker:
    """The last committed state of a run and the number of input records, for the bar and the
    message after an interruption.

    The records are counted at the first state, that is once the run has checked its input and
    output, so that a refused run does not read its input first.
    """

    def __init__(self, source: str, encoding: str) -> None:
        self.source = source
        self.encoding = encoding
        self.state = State()
        self.total: int | None = None
        self.counted = False

    def __call__(self, state: State) -> None:
        if not self.counted:
            self.counted = True
            self.total = count_records(self.source, self.encoding)
        self.state = state


def run_with_progress(config: BatchConfig, console: Console, tracker: Tracker) -> BatchSummary:
    """Run the batch under a live progress bar (its total set once the input is counted)."""
    columns = (
        BarColumn(),
        TaskProgressColumn(),
        MofNCompleteColumn(),
        TextColumn(PROGRESS_TEXT),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console, transient=False) as bar:
        task = bar.add_task("batch", total=None, rate=0.0, facts=0, failed=0)
        started = time.perf_counter()
        first: list[int] = []

        def update(state: State) -> None:
            tracker(state)
            if not first:
                first.append(state.records)
            rate = (state.records - first[0]) / max(time.perf_counter() - started, 1e-9)
            bar.update(
                task,
                total=tracker.total,
                completed=state.records,
                rate=rate,
                facts=state.facts,
                failed=state.failed,
            )

        return run_batch(config, on_progress=update)


def closing_line(config: BatchConfig, summary: BatchSummary) -> str:
    """Totals, speed and where the errors are."""
    done = summary.articles - summary.resumed_from
    rate = done / summary.seconds if summary.seconds else 0.0
    workers = plural(resolve_processes(config.n_process), "worker")
    line = (
        f"{plural(summary.articles, 'article')}, {plural(summary.facts, 'fact')}, "
        f"{summary.failed:,} failed in {summary.seconds:.1f} s ({rate:,.1f} articles/s, {workers})"
    )
    if summary.resumed_from:
        line += f"; resumed after {summary.resumed_from:,}"
    if summary.warnings:
        line += f", {plural(summary.warnings, 'warning')}"
    if summary.failed or summary.warnings:
        line += f"; see {config.errors_path}"
    return line


def duplicate_warning(summary: BatchSummary) -> str | None:
    """One warning line for ids seen more than once, or ``None``."""
    if not summary.duplicates:
        return None
    count = plural(summary.duplicates, "duplicate id")
    return (
        f"warning: {count} (first: {summary.first_duplicate!r}); the facts of articles sharing "
        "an id cannot be told apart in the output"
    )


def interrupted_line(done: int, total: int | None, resume_command: str) -> str:
    """What an interrupted run prints: how far it got and how to finish it."""
    count = (
        f"{done:,} of {plural(total, 'article')}" if total is not None else plural(done, "article")
    )
    return f"interrupted after {count}; resume with: {resume_command}"
