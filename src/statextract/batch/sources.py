"""Article sources: a folder of ``.txt`` files, one ``.txt`` file, JSON Lines (plain or gzipped),
CSV with ``id,text[,published]`` columns, or JSON Lines on standard input.

Every source is a lazy iterator that yields one item per input record, in a stable order (files
sorted by relative path, lines and rows in file order), so that a run can be resumed by skipping
the first *n* items. A record that cannot be read yields a :class:`SourceError` in its place
instead of stopping the run. Byte-order marks are removed; ``encoding`` names the input's codec.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import itertools
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from statextract.batch.input_kind import STDIN as STDIN
from statextract.batch.input_kind import InputError, input_kind

BOM = "\ufeff"
CSV_COLUMNS = ("id", "text")
CSV_FIELD_LIMIT = 2**31 - 1


@dataclass(frozen=True)
class Article:
    """One article to extract from; ``published`` (ISO date) anchors relative dates."""

    id: str
    text: str
    published: str | None = None
    warning: str | None = None
    """Why the record's own ``published`` value was set aside, if it was."""


@dataclass(frozen=True)
class SourceError:
    """An input record that could not be read, with its id and the reason."""

    id: str
    message: str


SourceItem = Article | SourceError


def check_encoding(encoding: str) -> str:
    """The canonical name of ``encoding``; raises :class:`LookupError` when it is unknown."""
    return codecs.lookup(encoding).name


def decode(data: bytes, encoding: str) -> str:
    """``data`` decoded strictly, without a leading byte-order mark."""
    text = data.decode(encoding)
    return text[1:] if text.startswith(BOM) else text


def iter_source(
    source: str | os.PathLike[str], encoding: str = "utf-8", skip: int = 0
) -> Iterator[SourceItem]:
    """Items of ``source`` (see the module notes); ``"-"`` reads JSON Lines from stdin.

    The first ``skip`` records are passed over without being decoded (to resume a run). Raises
    :class:`FileNotFoundError` for a missing path,
    :class:`~statextract.batch.input_kind.UnsupportedInputError` for another kind of file and
    :class:`~statextract.batch.input_kind.InputError` for a CSV file without ``id`` and ``text``
    columns.
    """
    check_encoding(encoding)
    kind = input_kind(source)
    if kind == "stdin":
        return iter_jsonl_stream(sys.stdin.buffer, encoding, "<stdin>", skip)
    path = Path(source)
    if kind == "folder":
        return iter_folder(path, encoding, skip)
    if kind == "txt":
        return itertools.islice(iter_text_file(path, encoding), skip, None)
    if kind == "csv":
        return iter_csv(path, encoding, skip)
    if kind == "jsonl.gz":
        return iter_gzip_jsonl(path, encoding, skip)
    return iter_jsonl(path, encoding, skip)


def read_article(path: Path, article_id: str, encoding: str) -> SourceItem:
    """The article in the text file at ``path``, or why it cannot be read."""
    try:
        data = path.read_bytes()
    except OSError as error:
        return SourceError(article_id, f"cannot read file: {error.strerror or error}")
    try:
        return Article(article_id, decode(data, encoding))
    except UnicodeDecodeError as error:
        return SourceError(
            article_id, f"cannot decode as {encoding}: {error.reason} at byte {error.start}"
        )


def iter_text_file(path: Path, encoding: str = "utf-8") -> Iterator[SourceItem]:
    """The one article of a ``.txt`` file; its id is the file name."""
    yield read_article(path, path.name, encoding)


def iter_gzip_jsonl(path: Path, encoding: str = "utf-8", skip: int = 0) -> Iterator[SourceItem]:
    """Records of a gzipped JSONL file; a damaged archive ends it with one :class:`SourceError`."""
    count = 0
    try:
        with gzip.open(path, "rb") as stream:
            for item in iter_jsonl_stream(stream, encoding, path.name, skip):
                count += 1
                yield item
    except (OSError, EOFError) as error:
        yield SourceError(f"{path.name}:{skip + count + 1}", f"cannot read gzip data: {error}")


def iter_csv(path: Path, encoding: str = "utf-8", skip: int = 0) -> Iterator[SourceItem]:
    """Rows of a CSV file with ``id`` and ``text`` (and optionally ``published``) columns.

    Raises :class:`~statextract.batch.input_kind.InputError` at once when the header cannot be
    read or lacks a required column.
    """
    csv.field_size_limit(CSV_FIELD_LIMIT)
    stream = path.open(encoding=encoding, newline="", errors="strict")
    try:
        reader = csv.DictReader(stream)
        header = [name.removeprefix(BOM) for name in reader.fieldnames or []]
    except UnicodeDecodeError as error:
        stream.close()
        raise InputError(f"{path}: cannot decode as {encoding}: {error.reason}") from error
    missing = [name for name in CSV_COLUMNS if name not in header]
    if missing:
        stream.close()
        raise InputError(f"{path}: no {missing[0]!r} column (expected columns id,text[,published])")
    reader.fieldnames = header
    return _iter_csv_rows(stream, reader, path.name, encoding, skip)


def _iter_csv_rows(
    stream: io.TextIOWrapper, reader: csv.DictReader[str], name: str, encoding: str, skip: int
) -> Iterator[SourceItem]:
    with stream:
        try:
            for row in itertools.islice(reader, skip, None):
                yield csv_article(row, f"{name}:{reader.line_num}")
        except UnicodeDecodeError:
            yield SourceError(f"{name}:{reader.line_num + 1}", f"cannot decode as {encoding}")
        except csv.Error as error:
            yield SourceError(f"{name}:{reader.line_num}", f"invalid CSV: {error}")


def csv_article(row: dict[str, str | None], fallback_id: str) -> SourceItem:
    """An :class:`Article` from one CSV row (``fallback_id`` names it when it has no id)."""
    article_id = (row.get("id") or "").strip()
    if not article_id:
        return SourceError(fallback_id, "row has no id")
    text = row.get("text")
    if text is None:
        return SourceError(article_id, "row has no text column")
    return Article(article_id, text, (row.get("published") or "").strip() or None)


def iter_folder(folder: Path, encoding: str = "utf-8", skip: int = 0) -> Iterator[SourceItem]:
    """One :class:`Article` per ``.txt`` file under ``folder``; the id is its relative path."""
    for relative in itertools.islice(iter_txt_paths(folder), skip, None):
        yield read_article(folder / relative, relative.as_posix(), encoding)


def iter_txt_paths(folder: Path, relative: Path = Path()) -> Iterator[Path]:
    """Paths of the ``.txt`` files under ``folder``, relative to it, sorted by path components."""
    with os.scandir(folder / relative) as scan:
        entries = sorted((entry.name, entry.is_dir()) for entry in scan)
    for name, is_dir in entries:
        if is_dir:
            yield from iter_txt_paths(folder, relative / name)
        elif name.endswith(".txt"):
            yield relative / name


def iter_jsonl(path: Path, encoding: str = "utf-8", skip: int = 0) -> Iterator[SourceItem]:
    """Records of the JSONL file at ``path``."""
    with path.open("rb") as stream:
        yield from iter_jsonl_stream(stream, encoding, path.name, skip)


def iter_jsonl_stream(
    stream: BinaryIO | gzip.GzipFile, encoding: str, name: str, skip: int = 0
) -> Iterator[SourceItem]:
    """Records of a JSONL byte stream; blank lines are skipped, bad lines are reported.

    In an encoding where a newline is not the byte ``0x0A`` (UTF-16, UTF-32), lines are split
    after decoding, and a decoding error ends the stream with one :class:`SourceError`.
    """
    if "\n".encode(encoding) != b"\n":
        yield from itertools.islice(iter_wide_jsonl(stream, encoding, name), skip, None)
        return
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        if skip:
            skip -= 1
            continue
        fallback_id = f"{name}:{number}"
        try:
            line = decode(raw, encoding)
        except UnicodeDecodeError as error:
            yield SourceError(fallback_id, f"cannot decode line as {encoding}: {error.reason}")
            continue
        yield parse_record(line, fallback_id)


def parse_record(line: str, fallback_id: str) -> SourceItem:
    """An :class:`Article` from one JSON line, or a :class:`SourceError` saying what is wrong."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return SourceError(fallback_id, f"invalid JSON: {error.msg}")
    if not isinstance(record, dict):
        return SourceError(fallback_id, "record is not a JSON object")
    raw_id = record.get("id")
    if isinstance(raw_id, bool) or not isinstance(raw_id, str | int):
        return SourceError(fallback_id, 'record has no string "id"')
    article_id = str(raw_id)
    text = record.get("text")
    if not isinstance(text, str):
        return SourceError(article_id, 'record has no string "text"')
    published = record.get("published")
    text = text.removeprefix(BOM)
    if published is not None and not isinstance(published, str):
        warning = f'"published" is not a date string: {published!r}; extracted without it'
        return Article(article_id, text, None, warning)
    return Article(article_id, text, published or None)


def iter_wide_jsonl(
    stream: BinaryIO | gzip.GzipFile, encoding: str, name: str
) -> Iterator[SourceItem]:
    """Records of a JSONL stream in an encoding that is not ASCII-compatible."""
    text = io.TextIOWrapper(stream, encoding=encoding, errors="strict", newline="\n")
    number = 0
    try:
        for number, line in enumerate(text, start=1):
            if line.strip():
                yield parse_record(line.removeprefix(BOM), f"{name}:{number}")
    except UnicodeDecodeError as error:
        yield SourceError(f"{name}:{number + 1}", f"cannot decode as {encoding}: {error.reason}")
    finally:
        text.detach()
