"""Dask integration: map the extractor over a Dask bag or dataframe of articles.

>>> import dask.bag as db
>>> from statextract.dask import facts_bag
>>> articles = db.from_sequence([{"id": "a", "text": "Sales rose 5%."}], npartitions=1)
>>> records = facts_bag(articles).compute()  # one dict per fact, with the article id

:func:`facts_bag` takes a bag of ``{"id", "text", "published"?}`` records and gives a bag of
fact records (``{"id": ..., **fact.model_dump(mode="json")}``, as the JSONL output).
:func:`facts_dataframe` takes a dataframe with ``id``, ``text`` and optionally ``published``
columns and gives one row per fact with the flat columns of the CSV and Parquet outputs.
An article whose extraction fails raises :class:`ArticleError` (``on_error="raise"``) or is
left out (``on_error="skip"``). Each partition is processed in its Dask worker, one article at a
time; parallelism comes from the partitions.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal

from statextract.batch.records import COLUMN_NAMES, COLUMNS, fact_record, flat_record
from statextract.batch.runner import ArticleResult, ExtractFn, PublishedDate, iter_facts
from statextract.batch.sources import Article

OnError = Literal["raise", "skip"]
PANDAS_DTYPES = {"str": "object", "int": "Int64", "float": "float64", "bool": "boolean"}
DASK_HINT = "the Dask integration needs dask: pip install 'statextract[dask]'"


class ArticleError(RuntimeError):
    """Extraction failed for one article of a Dask collection."""


def facts_bag(
    articles: Any,
    *,
    published: PublishedDate = None,
    extractor: ExtractFn | None = None,
    on_error: OnError = "raise",
) -> Any:
    """A bag of fact records from a bag of article records."""
    return articles.map_partitions(
        bag_partition, published=published, extractor=extractor, on_error=on_error
    )


def facts_dataframe(
    articles: Any,
    *,
    published: PublishedDate = None,
    extractor: ExtractFn | None = None,
    on_error: OnError = "raise",
) -> Any:
    """A dataframe of flat fact rows from a dataframe of articles."""
    return articles.map_partitions(
        frame_partition,
        published=published,
        extractor=extractor,
        on_error=on_error,
        meta=empty_frame(),
    )


def pandas() -> Any:
    """The pandas module, or a clear error."""
    try:
        return importlib.import_module("pandas")
    except ImportError as error:
        raise ImportError(DASK_HINT) from error


def empty_frame() -> Any:
    """An empty pandas dataframe with the flat columns and their dtypes."""
    pd = pandas()
    frame = pd.DataFrame({name: [] for name in COLUMN_NAMES})
    return frame.astype({column.name: PANDAS_DTYPES[column.type] for column in COLUMNS})


def iter_results(
    records: Iterable[Article | Mapping[str, Any]],
    published: PublishedDate,
    extractor: ExtractFn | None,
    on_error: OnError,
) -> Iterator[ArticleResult]:
    """Successful results of ``records``, in this process; failures raise or are skipped."""
    for result in iter_facts(records, n_process=1, published=published, extractor=extractor):
        if result.error is None:
            yield result
        elif on_error == "raise":
            raise ArticleError(f"article {result.id!r}: {result.error}")


def bag_partition(
    records: Iterable[Mapping[str, Any]],
    published: PublishedDate,
    extractor: ExtractFn | None,
    on_error: OnError,
) -> list[dict[str, Any]]:
    """Fact records of one bag partition."""
    return [
        fact_record(result.id, fact)
        for result in iter_results(records, published, extractor, on_error)
        for fact in result.facts
    ]


def frame_partition(
    frame: Any, published: PublishedDate, extractor: ExtractFn | None, on_error: OnError
) -> Any:
    """Flat fact rows of one dataframe partition."""
    rows = [
        flat_record(result.id, fact)
        for result in iter_results(frame_articles(frame), published, extractor, on_error)
        for fact in result.facts
    ]
    pd = pandas()
    if not rows:
        return empty_frame()
    frame = pd.DataFrame.from_records(rows, columns=list(COLUMN_NAMES))
    return frame.astype({column.name: PANDAS_DTYPES[column.type] for column in COLUMNS})


def frame_articles(frame: Any) -> Iterator[Article]:
    """The articles of a pandas dataframe with ``id``, ``text`` and maybe ``published``."""
    has_published = "published" in frame.columns
    for row in frame.itertuples(index=False):
        published = iso_date(row.published) if has_published else None
        yield Article(str(row.id), str(row.text), published)


def iso_date(value: object) -> str | None:
    """``value`` as an ISO date string, ``None`` when missing."""
    if isinstance(value, str):
        return value or None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return None
