"""Fact writers: JSON Lines, CSV and Parquet, each resumable at a committed position.

A writer appends the records of each chunk and :meth:`~FactWriter.commit` makes them durable
(flush and ``fsync``) and returns its *position*; reopening at that position drops anything
written after it. For JSONL and CSV the position is the file's byte length. Parquet cannot be
appended to, so each commit writes one part file (``OUTPUT.parts/part-NNNNNNNN.parquet``, written
under a temporary name and renamed) and the position is the number of parts; :meth:`finish`
joins the parts, in order, into ``OUTPUT`` (one row group per non-empty part, through a temporary
file renamed into place) and :meth:`cleanup` removes them. pyarrow is imported only for Parquet.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal, Protocol

from statextract.batch.records import COLUMN_NAMES, COLUMNS, fact_record, flat_record
from statextract.models import Fact

Format = Literal["jsonl", "csv", "parquet", "sqlite", "duckdb"]
FORMATS: tuple[Format, ...] = ("jsonl", "csv", "parquet", "sqlite", "duckdb")
SUFFIX_FORMATS: dict[str, Format] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".sqlite": "sqlite",
    ".sqlite3": "sqlite",
    ".db": "sqlite",
    ".duckdb": "duckdb",
}
PARQUET_TYPES = {"str": "string", "int": "int64", "float": "float64", "bool": "bool_"}
FLOAT_COLUMNS: tuple[str, ...] = tuple(column.name for column in COLUMNS if column.type == "float")
PARQUET_HINT = "Parquet output needs pyarrow: pip install 'statextract[parquet]'"


class MissingDependencyError(ImportError):
    """An optional dependency needed for the chosen output is not installed."""


class FactWriter(Protocol):
    """Appends fact records; resumable at the position returned by :meth:`commit`."""

    def open(self, position: int) -> None:
        """Start writing at ``position`` (0: from scratch), dropping anything after it."""

    def write(self, article_id: str, facts: Sequence[Fact]) -> None:
        """Append the records of one article's facts."""

    def commit(self) -> int:
        """Make everything written so far durable; return the new position."""

    def finish(self) -> None:
        """Complete the output once every record is written."""

    def cleanup(self) -> None:
        """Remove temporary files (after :meth:`finish` is recorded as done)."""

    def close(self) -> None:
        """Release open files."""


def format_for(path: Path, explicit: str | None = None) -> Format:
    """The output format: ``explicit`` if given, else from the suffix of ``path``."""
    name = explicit or SUFFIX_FORMATS.get(path.suffix.lower())
    for fmt in FORMATS:
        if fmt == name:
            return fmt
    wanted = explicit or f"the suffix {path.suffix!r}"
    raise ValueError(
        f"unknown output format: {wanted} (use --format jsonl, csv, parquet, sqlite or duckdb)"
    )


def make_writer(path: Path, fmt: Format) -> FactWriter:
    """A writer of format ``fmt`` to ``path``."""
    if fmt == "jsonl":
        return JsonlWriter(path)
    if fmt == "csv":
        return CsvWriter(path)
    if fmt in ("sqlite", "duckdb"):  # SQLite or DuckDB file: see statextract.batch.database
        from statextract.batch.database import DatabaseWriter

        return DatabaseWriter(path, fmt)
    return ParquetWriter(path)


def fsync_dir(path: Path) -> None:
    """Make a rename or removal inside the folder ``path`` durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class LineFile:
    """A binary file appended line by line, truncated back to a position when reopened."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: io.BufferedRandom | None = None

    def open(self, position: int) -> None:
        """Open for appending at ``position``; 0 creates or empties the file."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if position == 0:
            self._file = self.path.open("w+b")
            self.start()
            return
        size = self.path.stat().st_size if self.path.exists() else -1
        if size < position:
            raise ValueError(f"{self.path} is shorter than its checkpoint ({size} < {position})")
        self._file = self.path.open("r+b")
        self._file.truncate(position)
        self._file.seek(position)

    def start(self) -> None:
        """Write what a new file begins with (nothing here)."""

    def write_bytes(self, data: bytes) -> None:
        """Append ``data``."""
        if self._file is None:
            raise RuntimeError(f"{self.path} is not open")
        self._file.write(data)

    def commit(self) -> int:
        """Flush and ``fsync``; the byte length written so far."""
        if self._file is None:
            raise RuntimeError(f"{self.path} is not open")
        self._file.flush()
        os.fsync(self._file.fileno())
        return self._file.tell()

    def finish(self) -> None:
        """Nothing to complete: the file is whole after the last commit."""

    def cleanup(self) -> None:
        """No temporary files."""

    def close(self) -> None:
        """Close the file."""
        if self._file is not None:
            self._file.close()
            self._file = None


def json_line(record: dict[str, Any]) -> bytes:
    """``record`` as one UTF-8 JSON line."""
    return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")


class JsonlWriter(LineFile):
    """One JSON object per fact: ``{"id": ..., **fact.model_dump(mode="json")}``."""

    def write(self, article_id: str, facts: Sequence[Fact]) -> None:
        """Append one line per fact."""
        self.write_bytes(b"".join(json_line(fact_record(article_id, fact)) for fact in facts))


class CsvWriter(LineFile):
    """One CSV row per fact with the flat columns of :mod:`statextract.batch.records`."""

    def start(self) -> None:
        """Write the header row."""
        self._write_rows([list(COLUMN_NAMES)])

    def write(self, article_id: str, facts: Sequence[Fact]) -> None:
        """Append one row per fact."""
        rows = [flat_record(article_id, fact) for fact in facts]
        self._write_rows([[row[name] for name in COLUMN_NAMES] for row in rows])

    def _write_rows(self, rows: list[list[Any]]) -> None:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(rows)
        self.write_bytes(buffer.getvalue().encode("utf-8"))


class ErrorLog(LineFile):
    """The errors file: one ``{"id": ..., "error": ...}`` JSON line per failed article, and one
    ``{"id": ..., "warning": ...}`` line per article extracted despite a problem.

    The file is created on the first line only: a run where nothing went wrong leaves none (and
    a new run removes the file of an earlier one).
    """

    def open(self, position: int) -> None:
        """Resume at ``position``; at 0, remove any earlier file and create it when needed."""
        if position:
            super().open(position)
        else:
            self.path.unlink(missing_ok=True)

    def write_bytes(self, data: bytes) -> None:
        """Append ``data``, creating the file first if needed."""
        if self._file is None:
            super().open(0)
        super().write_bytes(data)

    def commit(self) -> int:
        """Flush and ``fsync`` (nothing to do before the first line)."""
        return super().commit() if self._file is not None else 0

    def write_error(self, article_id: str, message: str) -> None:
        """Append one error line."""
        self.write_bytes(json_line({"id": article_id, "error": message}))

    def write_warning(self, article_id: str, message: str) -> None:
        """Append one warning line."""
        self.write_bytes(json_line({"id": article_id, "warning": message}))


def import_pyarrow() -> tuple[Any, Any]:
    """``(pyarrow, pyarrow.parquet)``, or a clear error when pyarrow is missing."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as error:
        raise MissingDependencyError(PARQUET_HINT) from error
    return pyarrow, pyarrow.parquet


def parquet_schema(pa: Any) -> Any:
    """The Arrow schema of the flat columns."""
    return pa.schema(
        [pa.field(column.name, getattr(pa, PARQUET_TYPES[column.type])()) for column in COLUMNS]
    )


class ParquetWriter:
    """Parquet output built from one part file per commit (see the module notes)."""

    def __init__(self, path: Path) -> None:
        self.pa, self.pq = import_pyarrow()
        self.schema = parquet_schema(self.pa)
        self.path = path
        self.parts = path.with_name(path.name + ".parts")
        self._rows: list[dict[str, Any]] = []
        self._count = 0

    def part_path(self, index: int) -> Path:
        """The path of part ``index``."""
        return self.parts / f"part-{index:08d}.parquet"

    def open(self, position: int) -> None:
        """Keep the first ``position`` parts and drop the rest."""
        self.parts.mkdir(parents=True, exist_ok=True)
        keep = {self.part_path(index).name for index in range(position)}
        for entry in self.parts.iterdir():
            if entry.name not in keep:
                entry.unlink()
        missing = [name for name in keep if not (self.parts / name).exists()]
        if missing:
            raise ValueError(f"{self.parts} lacks parts of its checkpoint: {sorted(missing)[0]}")
        self._count = position
        self._rows = []

    def write(self, article_id: str, facts: Sequence[Fact]) -> None:
        """Buffer the rows of one article until the next commit. Amounts go to float64 columns
        as the nearest double ("Rp22,139 trillion" has more digits than a double holds
        exactly); the exact decimals stay in the JSON and database outputs."""
        for fact in facts:
            row = flat_record(article_id, fact)
            for name in FLOAT_COLUMNS:
                if row[name] is not None:
                    row[name] = float(row[name])
            self._rows.append(row)

    def commit(self) -> int:
        """Write the buffered rows as the next part; the number of parts."""
        target = self.part_path(self._count)
        temporary = target.with_name(target.name + ".tmp")
        table = self.pa.Table.from_pylist(self._rows, schema=self.schema)
        self.pq.write_table(table, temporary)
        with temporary.open("rb") as stream:
            os.fsync(stream.fileno())
        os.replace(temporary, target)
        fsync_dir(self.parts)
        self._rows = []
        self._count += 1
        return self._count

    def finish(self) -> None:
        """Join the parts, in order, into the output file."""
        temporary = self.path.with_name(self.path.name + ".tmp")
        writer = self.pq.ParquetWriter(temporary, self.schema)
        try:
            for index in range(self._count):
                table = self.pq.read_table(self.part_path(index), schema=self.schema)
                if table.num_rows:
                    writer.write_table(table)
        finally:
            writer.close()
        with temporary.open("rb") as stream:
            os.fsync(stream.fileno())
        os.replace(temporary, self.path)
        fsync_dir(self.path.parent)

    def cleanup(self) -> None:
        """Remove the part files."""
        shutil.rmtree(self.parts, ignore_errors=True)

    def close(self) -> None:
        """Drop unwritten rows."""
        self._rows = []
