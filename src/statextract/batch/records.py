"""Output records: one per fact, with the article id, nested (JSON) or flat (CSV, Parquet).

The flat columns are derived from the :class:`~statextract.models.Fact` model, so a field added to
it gets a column without a change here: a sub-model (``change``, ``share``) gives one column per
sub-field (``change_direction``, ``share_of``), a span gives ``<name>_start`` and ``<name>_end``,
a dict or list is kept as a JSON string, and a plain value stays as it is.
"""

from __future__ import annotations

import json
import types
from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from statextract.models import Fact

ColumnType = Literal["str", "int", "float", "bool"]
SPAN_SUFFIXES = ("start", "end")
SPAN_NAME_SUFFIX = "_span"


@dataclass(frozen=True)
class Column:
    """One flat output column: its name, its type, and where its value comes from."""

    name: str
    type: ColumnType
    field: str
    part: str | int | None = None  # sub-field name, span index, or None
    as_json: bool = False


def fact_record(article_id: str, fact: Fact) -> dict[str, Any]:
    """The nested output record of ``fact``: ``{"id": ..., **fact.model_dump(mode="json")}``."""
    return {"id": article_id, **fact.model_dump(mode="json")}


def flat_record(article_id: str, fact: Fact) -> dict[str, Any]:
    """The flat output record of ``fact``, keyed by :data:`COLUMNS` names."""
    data = fact.model_dump(mode="json")
    row: dict[str, Any] = {"id": article_id}
    for column in COLUMNS[1:]:
        value = data.get(column.field)
        if column.as_json:
            value = None if value in (None, {}, []) else json.dumps(value, ensure_ascii=False)
        elif column.part is not None and value is not None:
            value = value[column.part]
        row[column.name] = value
    return row


def _strip_optional(annotation: Any) -> Any:
    """``X`` from ``X | None`` (and from ``Annotated[X, ...]``)."""
    if get_origin(annotation) in (Union, types.UnionType):
        args = [arg for arg in get_args(annotation) if arg is not type(None)]
        annotation = args[0] if len(args) == 1 else str
    if get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    return annotation


def _scalar_type(annotation: Any) -> ColumnType:
    """The column type of a scalar annotation."""
    base = _strip_optional(annotation)
    if get_origin(base) is Literal:
        base = type(get_args(base)[0])
    if base is bool:
        return "bool"
    if base is int:
        return "int"
    if base in (float, Decimal):
        return "float"
    return "str"


def _columns_of(name: str, annotation: Any) -> list[Column]:
    """The flat columns of one model field."""
    base = _strip_optional(annotation)
    if isinstance(base, type) and issubclass(base, BaseModel):
        return [
            Column(f"{name}_{sub}", _scalar_type(info.annotation), name, sub)
            for sub, info in base.model_fields.items()
        ]
    origin = get_origin(base)
    if origin is tuple and len(get_args(base)) == len(SPAN_SUFFIXES):
        stem = name.removesuffix(SPAN_NAME_SUFFIX)
        return [
            Column(f"{stem}_{suffix}", _scalar_type(get_args(base)[index]), name, index)
            for index, suffix in enumerate(SPAN_SUFFIXES)
        ]
    if origin in (dict, list, tuple):
        return [Column(name, "str", name, as_json=True)]
    return [Column(name, _scalar_type(base), name)]


def _columns() -> tuple[Column, ...]:
    """All flat columns: ``id`` then the fact's fields in model order."""
    columns = [Column("id", "str", "id")]
    for name, info in Fact.model_fields.items():
        columns.extend(_columns_of(name, info.annotation))
    return tuple(columns)


COLUMNS: tuple[Column, ...] = _columns()
COLUMN_NAMES: tuple[str, ...] = tuple(column.name for column in COLUMNS)
