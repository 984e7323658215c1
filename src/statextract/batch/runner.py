"""The parallel iterator over many articles: :func:`iter_facts`.

Articles are grouped into chunks of ``batch_size`` and sent to a pool of worker processes; at most
``2 * n_process`` chunks are in flight, so memory stays flat however long the input is. Results
come back in input order, one :class:`ArticleResult` per input item. An exception raised while
extracting from one article becomes that article's ``error``; the run goes on.

Workers are started with ``forkserver`` where available (safe in a process that runs threads),
with ``statextract`` preloaded so that each worker starts without importing it again.
"""

from __future__ import annotations

import datetime as dt
import itertools
import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from statextract.batch.sources import Article, SourceError, SourceItem
from statextract.models import Fact
from statextract.published import parse_published

PublishedDate = dt.date | str | None
ExtractFn = Callable[[str, PublishedDate], list[Fact]]
InputItem = Article | SourceError | Mapping[str, Any] | str

DEFAULT_BATCH_SIZE = 32
IN_FLIGHT_PER_PROCESS = 2
PRELOAD = ["statextract", "statextract.batch.runner"]


@dataclass(frozen=True)
class ArticleResult:
    """The facts of one article, or the reason it failed (then ``facts`` is empty)."""

    id: str
    facts: list[Fact] = field(default_factory=list)
    error: str | None = None
    warning: str | None = None
    """A problem that did not stop the extraction (a bad publication date set aside)."""

    @property
    def ok(self) -> bool:
        """True when the article was read and extracted without an error."""
        return self.error is None


def cpu_count() -> int:
    """The number of cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def resolve_processes(n_process: int | None) -> int:
    """``n_process`` with ``None``, ``0`` or a negative number meaning all cores."""
    return cpu_count() if n_process is None or n_process <= 0 else n_process


def iter_facts(
    records: Iterable[InputItem],
    *,
    n_process: int | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    published: PublishedDate = None,
    extractor: ExtractFn | None = None,
    start_method: str | None = None,
) -> Generator[ArticleResult, None, None]:
    """Extract facts from ``records``, yielding one :class:`ArticleResult` each, in input order.

    ``records`` are :class:`Article` objects, :class:`SourceError` items (passed through as
    errors), mappings with ``id``, ``text`` and optionally ``published``, or plain strings (the
    text; the id is the position). ``published`` is the
    default for records without their own. ``n_process`` defaults to all cores; ``1`` runs in
    this process. ``extractor`` replaces :func:`statextract.extract` (it must be picklable, e.g.
    a module-level function, when ``n_process > 1``).
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    for chunk in iter_chunk_results(
        records,
        n_process=n_process,
        batch_size=batch_size,
        published=published,
        extractor=extractor,
        start_method=start_method,
    ):
        yield from chunk


def iter_chunk_results(
    records: Iterable[InputItem],
    *,
    n_process: int | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    published: PublishedDate = None,
    extractor: ExtractFn | None = None,
    start_method: str | None = None,
) -> Generator[list[ArticleResult], None, None]:
    """Like :func:`iter_facts`, one list per chunk of ``batch_size`` input items."""
    chunks = iter_chunks(
        (as_item(record, position) for position, record in enumerate(records)), batch_size
    )
    processes = resolve_processes(n_process)
    if processes == 1:
        extract = extractor or default_extract
        for chunk in chunks:
            yield process_chunk(chunk, extract, published)
        return
    context = multiprocessing.get_context(start_method or default_start_method())
    if context.get_start_method() == "forkserver":
        context.set_forkserver_preload(PRELOAD)
        start_forkserver_ignoring_ctrl_c()
    with ProcessPoolExecutor(
        processes, mp_context=context, initializer=init_worker, initargs=(extractor,)
    ) as pool:
        pending: deque[Future[list[ArticleResult]]] = deque()
        limit = processes * IN_FLIGHT_PER_PROCESS
        try:
            for chunk in chunks:
                pending.append(pool.submit(worker_chunk, chunk, published))
                if len(pending) >= limit:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()


def start_forkserver_ignoring_ctrl_c() -> None:
    """Start the fork server with Ctrl-C ignored, so that the workers forked from it ignore it
    from their first instruction: the parent handles Ctrl-C, once, and says how to resume."""
    from multiprocessing import forkserver

    if threading.current_thread() is not threading.main_thread():
        forkserver.ensure_running()
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        forkserver.ensure_running()
    finally:
        signal.signal(signal.SIGINT, previous)


def default_start_method() -> str:
    """``forkserver`` where the platform has it, else ``spawn``."""
    methods = multiprocessing.get_all_start_methods()
    return "forkserver" if "forkserver" in methods else "spawn"


def as_item(record: InputItem, position: int = 0) -> SourceItem:
    """``record`` as an :class:`Article` or :class:`SourceError`; a plain string is the text of
    an article whose id is its position."""
    if isinstance(record, Article | SourceError):
        return record
    if isinstance(record, str):
        return Article(str(position), record, None)
    if not isinstance(record, Mapping) or "text" not in record or "id" not in record:
        raise TypeError(
            "a record must be a string, an Article or a mapping with 'id' and 'text' "
            f"(and optionally 'published'), got {type(record).__name__}"
        )
    published = record.get("published")
    return Article(
        str(record["id"]), str(record["text"]), None if published is None else str(published)
    )


def iter_chunks(items: Iterable[SourceItem], size: int) -> Iterator[list[SourceItem]]:
    """Consecutive lists of ``size`` items (the last may be shorter)."""
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def default_extract(text: str, published: PublishedDate) -> list[Fact]:
    """:func:`statextract.extract` (imported late to keep this module light)."""
    from statextract.extractor import extract

    return extract(text, published=published)


def process_chunk(
    chunk: list[SourceItem], extract: ExtractFn, published: PublishedDate
) -> list[ArticleResult]:
    """Results of one chunk; an article's exception becomes its error."""
    results = []
    for item in chunk:
        if isinstance(item, SourceError):
            results.append(ArticleResult(item.id, error=item.message))
            continue
        anchor, warning = record_published(item, published)
        try:
            facts = extract(item.text, anchor)
        except Exception as error:
            results.append(ArticleResult(item.id, error=describe(error), warning=warning))
        else:
            results.append(ArticleResult(item.id, list(facts), warning=warning))
    return results


def record_published(item: Article, default: PublishedDate) -> tuple[PublishedDate, str | None]:
    """The date to anchor ``item`` with, and a warning when its own date is set aside.

    A record's ``published`` that is not a date is never the end of its article: the article is
    extracted with ``default`` (the run's ``--published``, often none) instead.
    """
    if item.warning is not None:
        return default, item.warning
    if item.published is None:
        return default, None
    try:
        parse_published(item.published)
    except (TypeError, ValueError):
        reason = f"published {item.published!r} is not a date; extracted without it"
        return default, reason
    return item.published, None


def describe(error: BaseException) -> str:
    """``"TypeName: message"`` for an exception."""
    message = str(error)
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


_worker_extract: ExtractFn = default_extract


def init_worker(extractor: ExtractFn | None) -> None:
    """Set up a worker process: choose the extractor and build it once."""
    global _worker_extract
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _worker_extract = extractor or default_extract
    if extractor is None:
        from statextract.extractor import default_extractor

        default_extractor()


def worker_chunk(chunk: list[SourceItem], published: PublishedDate) -> list[ArticleResult]:
    """Process one chunk in a worker process."""
    return process_chunk(chunk, _worker_extract, published)
