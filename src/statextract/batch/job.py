"""One batch run: read the source, extract in parallel, write facts and errors, checkpoint.

Each chunk of ``batch_size`` input records is one commit: its fact records go to the output, its
failed articles to the errors file, both are ``fsync``-ed, then a checkpoint line records the
positions (see :mod:`statextract.batch.resume`). Finishing writes a ``done`` line and removes
any temporary files; the checkpoint stays beside the output, so that a resumed run can tell that
it is complete.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from statextract.batch.database import ArticleSink
from statextract.batch.fingerprint import input_fingerprint
from statextract.batch.input_kind import input_kind
from statextract.batch.limits import Limited
from statextract.batch.resume import Checkpoint, State, checkpoint_path, starting_state
from statextract.batch.runner import DEFAULT_BATCH_SIZE, ExtractFn, iter_chunk_results
from statextract.batch.sources import SourceItem, iter_source
from statextract.batch.writers import ErrorLog, FactWriter, Format, make_writer
from statextract.extractor import DEFAULT_MAX_CHARS

ERRORS_SUFFIX = ".errors.jsonl"


@dataclass(frozen=True)
class BatchConfig:
    """What a batch run reads, writes and how."""

    source: str
    output: Path
    format: Format
    errors: Path | None = None
    n_process: int | None = None
    batch_size: int = DEFAULT_BATCH_SIZE
    published: str | None = None
    encoding: str = "utf-8"
    resume: bool = False
    extractor: ExtractFn | None = None
    max_chars: int = DEFAULT_MAX_CHARS
    overwrite: bool = False

    @property
    def errors_path(self) -> Path:
        """The errors file: ``--errors`` or ``OUTPUT.errors.jsonl``."""
        return self.errors or self.output.with_name(self.output.name + ERRORS_SUFFIX)

    def settings(self) -> dict[str, object]:
        """The settings a checkpoint must match to be resumed."""
        return {
            **input_fingerprint(self.source),
            "batch_size": self.batch_size,
            "encoding": self.encoding,
            "errors": str(self.errors_path.resolve()),
            "format": self.format,
            "max_chars": self.max_chars,
            "published": self.published,
        }


@dataclass(frozen=True)
class BatchSummary:
    """The totals of a run (including the part done before a resume)."""

    articles: int
    facts: int
    failed: int
    seconds: float
    resumed_from: int = 0
    already_done: bool = False
    warnings: int = 0
    duplicates: int = 0
    """Articles whose id an earlier article of this run already had."""
    first_duplicate: str | None = None


ProgressFn = Callable[[State], None]


def run_batch(config: BatchConfig, on_progress: ProgressFn | None = None) -> BatchSummary:
    """Run (or resume) the batch described by ``config``."""
    started = time.perf_counter()
    input_kind(config.source)  # a missing or unsupported input is refused before any writing
    writer = make_writer(config.output, config.format)  # before the checkpoint: fails early
    checkpoint = Checkpoint(checkpoint_path(config.output))
    settings = config.settings()
    state = starting_state(config.output, checkpoint, settings, config.resume, config.overwrite)
    if state is not None and state.done:
        elapsed = time.perf_counter() - started
        return BatchSummary(
            state.records, state.facts, state.failed, elapsed, state.records, True, state.warnings
        )
    items = iter_source(config.source, config.encoding, skip=state.records if state else 0)
    if state is None:
        state = State()
        checkpoint.begin(settings)
    resumed_from = state.records
    duplicates = Duplicates()
    errors = ErrorLog(config.errors_path)
    try:
        if not state.done:
            writer.open(state.output)
            errors.open(state.errors)
            if on_progress is not None:
                on_progress(state)
            state = write_all(
                config, items, state, writer, errors, checkpoint, on_progress, duplicates
            )
            writer.finish()
            state = replace(state, done=True)
            checkpoint.record(state)
    finally:
        writer.close()
        errors.close()
    writer.cleanup()
    elapsed = time.perf_counter() - started
    return BatchSummary(
        state.records,
        state.facts,
        state.failed,
        elapsed,
        resumed_from,
        False,
        state.warnings,
        duplicates.count,
        duplicates.first,
    )


class Duplicates:
    """Counts the ids seen before in this run (ids of a resumed run's first part are not known)."""

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.count = 0
        self.first: str | None = None

    def add(self, article_id: str) -> None:
        """Note ``article_id``; count it if it was seen before."""
        if article_id in self.seen:
            self.count += 1
            self.first = self.first if self.first is not None else article_id
        else:
            self.seen.add(article_id)


def write_all(
    config: BatchConfig,
    items: Iterator[SourceItem],
    state: State,
    writer: FactWriter,
    errors: ErrorLog,
    checkpoint: Checkpoint,
    on_progress: ProgressFn | None,
    duplicates: Duplicates,
) -> State:
    """Process every remaining input record, one commit per chunk; the final state."""
    sink = writer if isinstance(writer, ArticleSink) else None  # database: a row per article
    if sink is not None:
        items = sink.watch(items, config.source, config.published)
    chunks = iter_chunk_results(
        items,
        n_process=config.n_process,
        batch_size=config.batch_size,
        published=config.published,
        extractor=Limited(config.max_chars, config.extractor),
    )
    for results in chunks:
        facts = failed = warnings = 0
        for result in results:
            duplicates.add(result.id)
            if result.warning is not None:
                errors.write_warning(result.id, result.warning)
                warnings += 1
            if result.error is not None:
                errors.write_error(result.id, result.error)
                if sink is not None:
                    sink.write_error(result.id, result.error)
                failed += 1
            else:
                writer.write(result.id, result.facts)
                facts += len(result.facts)
        state = State(
            records=state.records + len(results),
            output=writer.commit(),
            errors=errors.commit(),
            facts=state.facts + facts,
            failed=state.failed + failed,
            warnings=state.warnings + warnings,
        )
        checkpoint.record(state)
        if on_progress is not None:
            on_progress(state)
    return state
