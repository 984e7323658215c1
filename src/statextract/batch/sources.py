"""Article sources: a folder of ``.txt`` files, a JSONL file, or JSONL on standard input.

Every source is a lazy iterator that yields one item per input record, in a stable order (files
sorted by relative path, JSONL in line order), so that a run can be resumed by skipping the first
*n* items. A record that cannot be read yields a :class:`SourceError` in its place instead of
stopping the run. Byte-order marks are removed; ``encoding`` names the codec of the input.
"""

from __future__ import annotations

import codecs
import io
import itertools
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

BOM = "\ufeff"
STDIN = "-"


@dataclass(frozen=True)
class Article:
    """One article to extract from; ``published`` (ISO date) anchors relative dates."""

    id: str
    text: str
    published: str | None = None


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
    """Items of ``source``: a folder of ``.txt`` files, a JSONL file, or ``"-"`` for stdin.

    The first ``skip`` records are passed over without being decoded (to resume a run).
    """
    check_encoding(encoding)
    if str(source) == STDIN:
        return iter_jsonl_stream(sys.stdin.buffer, encoding, "<stdin>", skip)
    path = Path(source)
    if path.is_dir():
        return iter_folder(path, encoding, skip)
    if path.is_file():
        return iter_jsonl(path, encoding, skip)
    raise FileNotFoundError(f"no such file or folder: {path}")


def iter_folder(folder: Path, encoding: str = "utf-8", skip: int = 0) -> Iterator[SourceItem]:
    """One :class:`Article` per ``.txt`` file under ``folder``; the id is its relative path."""
    for relative in itertools.islice(iter_txt_paths(folder), skip, None):
        article_id = relative.as_posix()
        try:
            data = (folder / relative).read_bytes()
        except OSError as error:
            yield SourceError(article_id, f"cannot read file: {error.strerror or error}")
            continue
        try:
            yield Article(article_id, decode(data, encoding))
        except UnicodeDecodeError as error:
            yield SourceError(
                article_id, f"cannot decode as {encoding}: {error.reason} at byte {error.start}"
            )


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
    stream: BinaryIO, encoding: str, name: str, skip: int = 0
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
    if published is not None and not isinstance(published, str):
        return SourceError(article_id, '"published" is not a string')
    return Article(article_id, text[1:] if text.startswith(BOM) else text, published or None)


def iter_wide_jsonl(stream: BinaryIO, encoding: str, name: str) -> Iterator[SourceItem]:
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
