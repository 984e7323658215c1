"""What a batch input is, from what it names: a folder, a text file, JSON Lines, CSV or stdin.

The kind is decided before anything is read or written, so that an input the batch cannot read
(a PDF, a spreadsheet) is refused with one line instead of yielding one failure per line.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

InputKind = Literal["stdin", "folder", "txt", "jsonl", "jsonl.gz", "csv"]
STDIN = "-"
EXPECTED = "expected a folder, .txt, .jsonl, .jsonl.gz/.json.gz, .csv or -"
SUFFIX_KINDS: tuple[tuple[str, InputKind], ...] = (
    (".jsonl.gz", "jsonl.gz"),
    (".json.gz", "jsonl.gz"),
    (".ndjson.gz", "jsonl.gz"),
    (".jsonl", "jsonl"),
    (".ndjson", "jsonl"),
    (".txt", "txt"),
    (".csv", "csv"),
)


class InputError(ValueError):
    """The batch input as a whole cannot be read (one line saying why)."""


class UnsupportedInputError(InputError):
    """The batch input is of a kind the batch cannot read."""


def input_kind(source: str | os.PathLike[str]) -> InputKind:
    """The kind of ``source``; raises :class:`FileNotFoundError` or
    :class:`UnsupportedInputError` with a one-line message."""
    if str(source) == STDIN:
        return "stdin"
    path = Path(source)
    if path.is_dir():
        return "folder"
    if not path.exists():
        raise FileNotFoundError(f"no such file or folder: {source}")
    name = path.name.lower()
    for suffix, kind in SUFFIX_KINDS:
        if name.endswith(suffix):
            return kind
    raise UnsupportedInputError(f"unsupported input: {source} ({EXPECTED})")
