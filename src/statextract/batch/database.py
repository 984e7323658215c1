"""Database output: the facts and articles of a batch run in a SQLite or DuckDB file.

``-o facts.duckdb``, ``-o facts.sqlite`` / ``facts.db`` or ``-o sqlite:///facts.db`` (also
``duckdb:///FILE``; four slashes for an absolute path) write two tables, ``articles`` (one row per
input record, failed ones included, with their error) and ``facts`` (one row per fact, ``change``
and ``share`` flattened into columns as in CSV output). The schema is in ``docs/databases.md``.

Numbers (``value``, ``change_value``, ``share_value``) are stored as text in plain decimal
notation, exactly as extracted (``"15300000000"``, ``"3.75"``), never through a float; cast them in
a query (``CAST(value AS DOUBLE)``) to compute with them.

Resuming works as for JSON Lines: each chunk of articles is written in one transaction and the
writer's position is the number of ``articles`` rows. Reopening at a position deletes every row
of a later article (a chunk committed to the database after the checkpoint's last line), so a
run killed at any moment and resumed ends with the rows of an uninterrupted run, no more. A new
run (position 0) drops and recreates the two tables and their indexes; other tables in the file
are left alone. sqlite3 comes with Python; duckdb is imported only for DuckDB output.
"""

from __future__ import annotations

import os
import re
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal, Protocol, runtime_checkable

from statextract.batch.records import COLUMNS, flat_record
from statextract.batch.sources import STDIN, Article, SourceItem
from statextract.batch.writers import MissingDependencyError
from statextract.models import Fact

DatabaseKind = Literal["sqlite", "duckdb"]
URL_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]+")
URL_SCHEMES: dict[str, DatabaseKind] = {"sqlite": "sqlite", "duckdb": "duckdb"}
DUCKDB_HINT = "DuckDB output needs duckdb: pip install 'statextract[duckdb]'"
SQLITE_MAGIC = b"SQLite format 3\x00"
DUCKDB_MAGIC = b"DUCK"  # at byte 8 of a DuckDB file
KIND_NAMES: dict[DatabaseKind, str] = {"sqlite": "SQLite", "duckdb": "DuckDB"}

ARTICLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("position", "int"),
    ("id", "str"),
    ("published", "str"),
    ("source", "str"),
    ("characters", "int"),
    ("fact_count", "int"),
    ("error", "str"),
)
"""The ``articles`` columns and their types (see :data:`SQL_TYPES`)."""

EXACT_COLUMNS = tuple(column for column in COLUMNS if column.type == "float")
"""The flat columns holding exact numbers, stored as decimal text."""

FACT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("article_position", "int"),
    ("article_id", "str"),
    ("fact_index", "int"),
    *((column.name, "str" if column.type == "float" else column.type) for column in COLUMNS[1:]),
)
"""The ``facts`` columns: the article's position and id, the fact's index in it, then the flat
columns of CSV output (:mod:`statextract.batch.records`)."""

SQL_TYPES: dict[DatabaseKind, dict[str, str]] = {
    "sqlite": {"int": "INTEGER", "str": "TEXT", "bool": "INTEGER"},
    "duckdb": {"int": "BIGINT", "str": "VARCHAR", "bool": "BOOLEAN"},
}
INDEXES: tuple[tuple[str, str, str], ...] = (
    ("facts_article_id", "facts", "article_id"),
    ("facts_metric", "facts", "metric"),
    ("articles_id", "articles", "id"),
)


class DatabaseError(ValueError):
    """The database output cannot be used (a bad URL or path, or the database refused)."""


@runtime_checkable
class ArticleSink(Protocol):
    """A writer that also records every article, failed ones included (see ``job.write_all``)."""

    def watch(
        self, items: Iterator[SourceItem], source: str, published: str | None
    ) -> Iterator[SourceItem]:
        """Pass ``items`` through, noting what each article's row needs."""

    def write_error(self, article_id: str, message: str) -> None:
        """Record an article that failed."""


def parse_output(value: str, explicit: str | None = None) -> tuple[Path, str | None]:
    """The output path and format of ``-o VALUE``: a file, or ``sqlite:///FILE`` /
    ``duckdb:///FILE`` (``sqlite:////abs/path`` for an absolute path)."""
    scheme, separator, rest = value.partition("://")
    if not separator or not URL_SCHEME.fullmatch(scheme):  # a path (C:// is a drive letter)
        return Path(value), explicit
    kind = URL_SCHEMES.get(scheme.lower())
    if kind is None:
        raise DatabaseError(
            f"unsupported output URL {value!r}: use sqlite:///FILE or duckdb:///FILE "
            "(or a file ending in .sqlite, .db or .duckdb)"
        )
    if not rest.startswith("/") or rest == "/":
        raise DatabaseError(f"expected {scheme}:///FILE (a database file), got {value!r}")
    path = rest[1:]
    if path == ":memory:":
        raise DatabaseError(f"{value!r} is an in-memory database: its rows would be lost")
    if explicit is not None and explicit != kind:
        raise DatabaseError(f"--format {explicit} does not match the output {value!r}")
    return Path(path), kind


def import_duckdb() -> Any:
    """The duckdb module, or a clear error when it is missing."""
    try:
        import duckdb
    except ImportError as error:
        raise MissingDependencyError(DUCKDB_HINT) from error
    return duckdb


def check_path(path: Path, kind: DatabaseKind) -> None:
    """Raise :class:`DatabaseError` when ``path`` cannot hold a ``kind`` database."""
    name = KIND_NAMES[kind]
    if path.is_dir():
        raise DatabaseError(f"cannot write the {name} database {path}: it is a folder")
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise DatabaseError(f"cannot write the {name} database {path}: {folder} is not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseError(f"cannot write the {name} database {path}: {folder} is read-only")
    if not path.exists():
        return
    if not os.access(path, os.R_OK | os.W_OK):
        raise DatabaseError(f"cannot write the {name} database {path}: the file is read-only")
    with path.open("rb") as stream:
        head = stream.read(16)
    if head and not is_database(head, kind):
        raise DatabaseError(
            f"cannot write the {name} database {path}: the file exists and is not a {name} "
            "database (remove it or choose another path)"
        )


def is_database(head: bytes, kind: DatabaseKind) -> bool:
    """Whether the first bytes of a file are those of a ``kind`` database."""
    if kind == "sqlite":
        return head.startswith(SQLITE_MAGIC)
    return head[8:12] == DUCKDB_MAGIC


def exact_text(value: Decimal | None) -> str | None:
    """``value`` in plain decimal notation, or ``None``."""
    return None if value is None else format(value, "f")


def fact_row(position: int, article_id: str, index: int, fact: Fact) -> tuple[Any, ...]:
    """The ``facts`` row of one fact, in :data:`FACT_COLUMNS` order."""
    row = flat_record(article_id, fact)
    data = fact.model_dump()
    for column in EXACT_COLUMNS:
        value = data.get(column.field)
        if column.part is not None and value is not None:
            value = value[column.part]
        row[column.name] = exact_text(value)
    return (position, article_id, index, *(row[column.name] for column in COLUMNS[1:]))


def quote(name: str) -> str:
    """``name`` as a quoted SQL identifier (``end`` and ``date`` are keywords)."""
    return '"' + name.replace('"', '""') + '"'


def schema_sql(kind: DatabaseKind) -> list[str]:
    """The statements that create both tables and their indexes."""
    types = SQL_TYPES[kind]

    def table(name: str, columns: Sequence[tuple[str, str]], key: str) -> str:
        body = ", ".join(f"{quote(column)} {types[kind_]}" for column, kind_ in columns)
        return f"CREATE TABLE {name} ({body}, PRIMARY KEY ({key}))"

    return [
        table("articles", ARTICLE_COLUMNS, "position"),
        table("facts", FACT_COLUMNS, "article_position, fact_index"),
        *(
            f"CREATE INDEX {index} ON {table_} ({quote(column)})"
            for index, table_, column in INDEXES
        ),
    ]


Statement = tuple[str, Sequence[Any], bool]
"""SQL, its parameters, and whether they are many rows (``executemany``)."""


def insert_statement(
    kind: DatabaseKind, table: str, columns: Sequence[tuple[str, str]], rows: list[tuple[Any, ...]]
) -> Statement:
    """An ``INSERT`` of ``rows``: row by row for SQLite; for DuckDB one statement taking a list
    per column (``unnest``), many times faster than a statement per row."""
    names = ", ".join(quote(name) for name, _ in columns)
    if kind == "sqlite":
        marks = ", ".join("?" for _ in columns)
        return f"INSERT INTO {table} ({names}) VALUES ({marks})", rows, True
    types = SQL_TYPES[kind]
    lists = ", ".join(f"unnest(?::{types[type_]}[])" for _, type_ in columns)
    values = [list(column) for column in zip(*rows, strict=True)]
    return f"INSERT INTO {table} ({names}) SELECT {lists}", values, False


@dataclass(frozen=True)
class ArticleInfo:
    """What an article's row needs beyond its facts."""

    id: str
    published: str | None
    source: str | None
    characters: int | None


class DatabaseWriter:
    """Facts and articles into a SQLite or DuckDB file, one transaction per commit."""

    def __init__(self, path: Path, kind: DatabaseKind) -> None:
        self.path = path
        self.kind = kind
        self.name = KIND_NAMES[kind]
        self._module: Any = import_duckdb() if kind == "duckdb" else None
        check_path(path, kind)
        self._connection: Any = None
        self._pending: deque[ArticleInfo] = deque()
        self._articles: list[tuple[Any, ...]] = []
        self._facts: list[tuple[Any, ...]] = []
        self._position = 0

    # Connection helpers -------------------------------------------------------------------

    def _error(self, error: Exception) -> DatabaseError:
        message = str(error).strip().splitlines()[0] if str(error).strip() else repr(error)
        return DatabaseError(f"cannot write the {self.name} database {self.path}: {message}")

    def _errors(self) -> tuple[type[Exception], ...]:
        import sqlite3

        return (self._module.Error,) if self.kind == "duckdb" else (sqlite3.Error,)

    def _connect(self) -> Any:
        if self.kind == "duckdb":
            return self._module.connect(str(self.path))
        import sqlite3

        return sqlite3.connect(self.path, isolation_level=None)

    def _transaction(self, statements: Sequence[str | Statement]) -> None:
        """Run ``statements`` in one transaction."""
        connection = self._connection
        if connection is None:
            raise RuntimeError(f"{self.path} is not open")
        try:
            connection.execute("BEGIN TRANSACTION")
            try:
                for statement in statements:
                    if isinstance(statement, str):
                        connection.execute(statement)
                        continue
                    sql, parameters, many = statement
                    if not parameters:
                        continue
                    if many:
                        connection.executemany(sql, parameters)
                    else:
                        connection.execute(sql, parameters)
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
        except self._errors() as error:
            raise self._error(error) from error

    def _count(self) -> int:
        try:
            row = self._connection.execute("SELECT count(*) FROM articles").fetchone()
        except self._errors() as error:
            raise DatabaseError(
                f"cannot resume into the {self.name} database {self.path}: it has no articles "
                "table; rerun without --resume"
            ) from error
        return int(row[0])

    # FactWriter ---------------------------------------------------------------------------

    def open(self, position: int) -> None:
        """Start at ``position`` articles: 0 (re)creates the tables, more drops later rows."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        empty = self.path.is_file() and self.path.stat().st_size == 0
        if self.kind == "duckdb" and position == 0 and empty:
            self.path.unlink()  # an empty file (say from mktemp), which DuckDB refuses to open
        try:
            self._connection = self._connect()
        except self._errors() as error:
            raise self._error(error) from error
        self._pending.clear()
        self._articles, self._facts = [], []
        self._position = position
        if position == 0:
            drops = [f"DROP TABLE IF EXISTS {table}" for table in ("facts", "articles")]
            self._transaction([*drops, *schema_sql(self.kind)])
            return
        count = self._count()
        if count < position:
            raise DatabaseError(
                f"{self.path} has fewer articles than its checkpoint ({count} < {position})"
            )
        self._transaction(
            [
                f"DELETE FROM facts WHERE article_position >= {int(position)}",
                f"DELETE FROM articles WHERE position >= {int(position)}",
            ]
        )

    def watch(
        self, items: Iterator[SourceItem], source: str, published: str | None
    ) -> Iterator[SourceItem]:
        """Pass ``items`` through, noting each article's date, file and length, in order."""
        root = None if source == STDIN else Path(source).resolve()
        folder = root is not None and root.is_dir()
        for item in items:
            if root is None:
                path = STDIN
            else:
                path = (root / item.id).as_posix() if folder else root.as_posix()
            if isinstance(item, Article):
                info = ArticleInfo(item.id, item.published or published, path, len(item.text))
            else:
                info = ArticleInfo(item.id, published, path, None)
            self._pending.append(info)
            yield item

    def _take(self, article_id: str) -> ArticleInfo:
        if not self._pending:
            return ArticleInfo(article_id, None, None, None)
        info = self._pending.popleft()
        if info.id != article_id:
            raise RuntimeError(f"results out of order: {article_id!r} where {info.id!r} was due")
        return info

    def _add_article(self, info: ArticleInfo, facts: int, error: str | None) -> int:
        position = self._position
        self._articles.append(
            (position, info.id, info.published, info.source, info.characters, facts, error)
        )
        self._position += 1
        return position

    def write(self, article_id: str, facts: Sequence[Fact]) -> None:
        """Buffer the article's row and one row per fact until the next commit."""
        position = self._add_article(self._take(article_id), len(facts), None)
        self._facts.extend(
            fact_row(position, article_id, index, fact) for index, fact in enumerate(facts)
        )

    def write_error(self, article_id: str, message: str) -> None:
        """Buffer the row of an article that failed (no facts)."""
        self._add_article(self._take(article_id), 0, message)

    def commit(self) -> int:
        """Insert the buffered rows in one transaction; the number of articles written."""
        self._transaction(
            [
                insert_statement(self.kind, "articles", ARTICLE_COLUMNS, self._articles),
                insert_statement(self.kind, "facts", FACT_COLUMNS, self._facts),
            ]
        )
        self._articles, self._facts = [], []
        return self._position

    def finish(self) -> None:
        """Fold DuckDB's write-ahead log into the file, so that one file holds everything."""
        if self.kind == "duckdb" and self._connection is not None:
            try:
                self._connection.execute("CHECKPOINT")
            except self._errors() as error:
                raise self._error(error) from error

    def cleanup(self) -> None:
        """No temporary files."""

    def close(self) -> None:
        """Close the connection, dropping uncommitted rows."""
        self._articles, self._facts = [], []
        if self._connection is not None:
            self._connection.close()
            self._connection = None
