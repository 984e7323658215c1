"""Sources: folders of .txt files, JSONL files and stdin, with BOMs, encodings and bad records."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from statextract.batch.sources import Article, SourceError, SourceItem, iter_source

BOM = "\ufeff"


def write_folder(root: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


@pytest.mark.parametrize(
    ("files", "encoding", "expected"),
    [
        (
            {"b.txt": b"two", "a/z.txt": b"one", "a/note.md": b"skip", "c.txt": b"\xef\xbb\xbfbom"},
            "utf-8",
            [Article("a/z.txt", "one"), Article("b.txt", "two"), Article("c.txt", "bom")],
        ),
        (
            {"bad.txt": b"caf\xe9", "ok.txt": "café".encode()},
            "utf-8",
            [
                SourceError("bad.txt", "cannot decode as utf-8: unexpected end of data at byte 3"),
                Article("ok.txt", "café"),
            ],
        ),
        ({"latin.txt": b"caf\xe9"}, "latin-1", [Article("latin.txt", "café")]),
        ({"wide.txt": (BOM + "ŝ 5%").encode("utf-16-le")}, "utf-16", [Article("wide.txt", "ŝ 5%")]),
    ],
)
def test_folder(
    tmp_path: Path, files: dict[str, bytes], encoding: str, expected: list[SourceItem]
) -> None:
    assert list(iter_source(write_folder(tmp_path, files), encoding)) == expected


def test_folder_skip(tmp_path: Path) -> None:
    folder = write_folder(tmp_path, {f"{i}.txt": b"x" for i in range(5)})
    assert [item.id for item in iter_source(folder, skip=3)] == ["3.txt", "4.txt"]


JSONL_CASES = [
    (b'{"id": "a", "text": "one"}\n\n{"id": 7, "text": "two", "published": "2021-02-03"}\n',
     [Article("a", "one"), Article("7", "two", "2021-02-03")]),
    (b'\xef\xbb\xbf{"id": "a", "text": "\\ufeffone"}', [Article("a", "one")]),
    (b'{"id": "a", "text": "one"\n',
     [SourceError("in.jsonl:1", "invalid JSON: Expecting ',' delimiter")]),
    (b"[1, 2]\n", [SourceError("in.jsonl:1", "record is not a JSON object")]),
    (b'{"text": "one"}\n', [SourceError("in.jsonl:1", 'record has no string "id"')]),
    (b'{"id": "a", "text": null}\n', [SourceError("a", 'record has no string "text"')]),
    (b'{"id": "a", "text": "x", "published": 2021}\n',
     [Article("a", "x", None, '"published" is not a date string: 2021; extracted without it')]),
    (b'{"id": "a", "text": "caf\xe9"}\n{"id": "b", "text": "ok"}\n',
     [SourceError("in.jsonl:1", "cannot decode line as utf-8: invalid continuation byte"),
      Article("b", "ok")]),
]  # fmt: skip


@pytest.mark.parametrize(("data", "expected"), JSONL_CASES)
def test_jsonl_file(tmp_path: Path, data: bytes, expected: list[SourceItem]) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(data)
    assert list(iter_source(path)) == expected


@pytest.mark.parametrize(
    ("encoding", "skip", "expected_ids"),
    [("utf-8", 0, ["a", "b", "c"]), ("utf-8", 2, ["c"]), ("utf-16", 1, ["b", "c"])],
)
def test_stdin(
    monkeypatch: pytest.MonkeyPatch, encoding: str, skip: int, expected_ids: list[str]
) -> None:
    lines = "".join(json.dumps({"id": key, "text": "é"}) + "\n\n" for key in "abc")
    stdin = io.TextIOWrapper(io.BytesIO(lines.encode(encoding)), encoding=encoding)
    monkeypatch.setattr(sys, "stdin", stdin)
    items = list(iter_source("-", encoding, skip=skip))
    assert items == [Article(key, "é") for key in expected_ids]


def test_unknown_encoding_and_missing_source(tmp_path: Path) -> None:
    with pytest.raises(LookupError):
        iter_source(tmp_path, "no-such-codec")
    with pytest.raises(FileNotFoundError):
        iter_source(tmp_path / "missing.jsonl")
