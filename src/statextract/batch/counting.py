"""How many records a batch input holds, for a progress bar with a total.

Counted without extracting: the ``.txt`` files of a folder, the non-blank lines of JSON Lines
(plain or gzipped), the rows of a CSV file. Standard input, and JSON Lines in an encoding where a
newline is not the byte ``0x0A``, have no total (``None``).
"""

from __future__ import annotations

import csv
import gzip
import os
from collections.abc import Iterable
from pathlib import Path

from statextract.batch.input_kind import STDIN, input_kind
from statextract.batch.sources import CSV_FIELD_LIMIT, iter_txt_paths


def count_records(source: str | os.PathLike[str], encoding: str = "utf-8") -> int | None:
    """The number of records of ``source``, or ``None`` when it cannot be known beforehand."""
    kind = input_kind(source)
    path = Path(source)
    try:
        if kind == "folder":
            return sum(1 for _ in iter_txt_paths(path))
        if kind == "txt":
            return 1
        if kind == "csv":
            csv.field_size_limit(CSV_FIELD_LIMIT)
            with path.open(encoding=encoding, newline="") as stream:
                return max(sum(1 for _ in csv.reader(stream)) - 1, 0)
        if kind == "stdin" or "\n".encode(encoding) != b"\n":
            return None
        if kind == "jsonl.gz":
            with gzip.open(path, "rb") as stream:
                return count_lines(stream)
        with path.open("rb") as stream:
            return count_lines(stream)
    except (OSError, EOFError, UnicodeDecodeError, csv.Error):
        return None  # the run itself reports what is wrong with the input


def countable(source: str | os.PathLike[str], encoding: str = "utf-8") -> bool:
    """Whether :func:`count_records` can know the size of ``source`` (without reading it)."""
    return str(source) != STDIN and "\n".encode(encoding) == b"\n"


def count_lines(lines: Iterable[bytes]) -> int:
    """The number of non-blank lines."""
    return sum(1 for line in lines if line.strip())
