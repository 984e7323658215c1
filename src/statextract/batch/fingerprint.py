"""What identifies a batch input, so that ``--resume`` can tell it is the same one.

A fingerprint holds the input's path, its size in bytes (for a folder, of its ``.txt`` files)
and a hash of its first records (the first 64 KiB of a file; the names and beginnings of a
folder's first files). Standard input has only its name: it cannot be read twice.
"""

from __future__ import annotations

import hashlib
import itertools
import os
from pathlib import Path

from statextract.batch.input_kind import STDIN
from statextract.batch.sources import iter_txt_paths

HEAD_BYTES = 64 * 1024
HEAD_FILES = 16


def input_fingerprint(source: str | os.PathLike[str]) -> dict[str, object]:
    """``{"input": path, "input_size": bytes, "input_hash": hex}`` of an existing input."""
    if str(source) == STDIN:
        return {"input": STDIN, "input_size": None, "input_hash": None}
    path = Path(source).resolve()
    digest = hashlib.sha256()
    if path.is_dir():
        paths = list(iter_txt_paths(path))
        size = sum((path / relative).stat().st_size for relative in paths)
        for relative in itertools.islice(paths, HEAD_FILES):
            digest.update(relative.as_posix().encode("utf-8") + b"\0")
            digest.update(read_head(path / relative, HEAD_BYTES // HEAD_FILES))
    else:
        size = path.stat().st_size
        digest.update(read_head(path, HEAD_BYTES))
    return {"input": str(path), "input_size": size, "input_hash": digest.hexdigest()[:16]}


def read_head(path: Path, size: int) -> bytes:
    """The first ``size`` bytes of the file at ``path``."""
    with path.open("rb") as stream:
        return stream.read(size)
