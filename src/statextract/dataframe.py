"""Facts as a pandas DataFrame, with the flat columns of the CSV and Parquet writers.

pandas is an optional dependency (``pip install 'statextract[pandas]'``); it is imported only
when :func:`to_dataframe` is called.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from statextract.batch.records import COLUMN_NAMES, COLUMNS, ColumnType, flat_record
from statextract.batch.runner import ArticleResult
from statextract.models import Fact

if TYPE_CHECKING:
    import pandas as pd

DTYPES: dict[ColumnType, str] = {
    "str": "string",
    "int": "Int64",
    "float": "Float64",
    "bool": "boolean",
}
"""The pandas dtype of each column type: nullable, so a missing field is ``<NA>``."""
ID_KEYS = ("id", "file")
"""Keys that name the article of a record: ``id`` (batch output) or ``file`` (``extract``)."""
FLAT_ONLY = frozenset(COLUMN_NAMES) - frozenset(Fact.model_fields) - {"id"}
"""Columns that only a flat record has (``change_direction``, ``sentence_start``, ...)."""
INSTALL_HINT = (
    "to_dataframe needs pandas: pip install 'statextract[pandas]' (or pip install pandas)"
)


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as error:
        raise ImportError(INSTALL_HINT) from error
    return pandas


def _record_row(record: Mapping[str, Any], article_id: str | None) -> dict[str, Any]:
    """The flat row of a record: nested (``fact.model_dump()`` plus ``id``) or already flat."""
    data = dict(record)
    found_id = next((data.pop(key) for key in ID_KEYS if key in data), article_id)
    if FLAT_ONLY & data.keys():
        unknown = data.keys() - set(COLUMN_NAMES)
        if unknown:
            raise ValueError(f"not a flat fact record: unknown keys {sorted(unknown)}")
        return {"id": found_id, **{name: data.get(name) for name in COLUMN_NAMES[1:]}}
    return flat_record(found_id, Fact.model_validate(data))  # type: ignore[arg-type]


def iter_rows(items: Iterable[Any], article_id: str | None = None) -> Iterator[dict[str, Any]]:
    """The flat row of each fact in ``items`` (see :func:`to_dataframe` for what they may be)."""
    for item in items:
        if isinstance(item, Fact):
            yield flat_record(article_id, item)  # type: ignore[arg-type]
        elif isinstance(item, ArticleResult):
            for fact in item.facts:
                yield flat_record(item.id, fact)
        elif isinstance(item, Mapping):
            yield _record_row(item, article_id)
        elif isinstance(item, tuple) and len(item) == 2 and not isinstance(item[1], str | bytes):
            name, facts = item
            yield from iter_rows(facts, str(name))
        else:
            raise TypeError(
                "expected Fact objects, iter_facts results, (id, facts) pairs or fact records "
                f"(mappings), got {type(item).__name__}"
            )


def to_dataframe(facts_or_records: Iterable[Any], *, id: str | None = None) -> pd.DataFrame:
    """One row per fact, with the flat columns of the CSV writer (``id``, ``text``, ...).

    ``facts_or_records`` may hold :class:`~statextract.Fact` objects (their ``id`` column is
    ``id``, ``<NA>`` by default), the results of :func:`statextract.iter_facts`, ``(id, facts)``
    pairs, or records as mappings: nested like a JSON Lines row of ``statextract batch``
    (``{"id": ..., "text": ..., "change": {...}}``, ``file`` instead of ``id`` as ``statextract
    extract`` writes) or flat like a CSV row. Columns have pandas' nullable dtypes (``string``,
    ``Int64``, ``Float64``), so an empty input still gives every column.

        >>> import statextract
        >>> frame = statextract.to_dataframe(statextract.extract("Sales rose 5% to 20,000."))
        >>> print(frame[["text", "value", "unit", "change_direction", "change_value"]])
             text    value   unit change_direction  change_value
        0  20,000  20000.0  count         increase           5.0
    """
    pandas = _pandas()
    rows = list(iter_rows(facts_or_records, id))
    frame = pandas.DataFrame.from_records(rows, columns=list(COLUMN_NAMES))
    return frame.astype({column.name: DTYPES[column.type] for column in COLUMNS})
