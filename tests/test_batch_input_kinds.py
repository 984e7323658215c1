"""``statextract batch`` recognises its input by what it is, and refuses what it cannot read."""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from statextract.cli import app

FAKE = "test_batch_fakes:fake_extract"
ARTICLES = [("a", "Users rose 3% to 617 million."), ("b", "A share of 62.4% and 9 firms.")]
JSONL = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in ARTICLES)


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows([header, *rows])


def make(tmp_path: Path, kind: str) -> Path:
    if kind == "txt":
        path = tmp_path / "article.txt"
        path.write_text("Line one: sales rose 3%.\n" * 11, encoding="utf-8")
    elif kind in ("jsonl", "ndjson"):
        path = tmp_path / f"in.{kind}"
        path.write_text(JSONL, encoding="utf-8")
    elif kind in ("jsonl.gz", "json.gz"):
        path = tmp_path / f"in.{kind}"
        path.write_bytes(gzip.compress(JSONL.encode()))
    elif kind == "csv":
        path = tmp_path / "in.csv"
        rows = [[i, t.replace(" and", ",\nand"), "2024-01-01"] for i, t in ARTICLES]
        write_csv(path, ["id", "text", "published"], rows)
    else:
        path = tmp_path / "folder"
        path.mkdir()
        for article_id, text in ARTICLES:
            (path / f"{article_id}.txt").write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("kind", "ids"),
    [
        ("txt", ["article.txt"]),
        ("jsonl", ["a", "b"]),
        ("ndjson", ["a", "b"]),
        ("jsonl.gz", ["a", "b"]),
        ("json.gz", ["a", "b"]),
        ("csv", ["a", "b"]),
        ("folder", ["a.txt", "b.txt"]),
    ],
)
def test_each_kind_of_input_is_read(tmp_path: Path, kind: str, ids: list[str]) -> None:
    source = make(tmp_path, kind)
    output = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        app, ["batch", str(source), "-o", str(output), "-w", "1", "--extractor", FAKE]
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert sorted({row["id"] for row in rows}) == ids
    assert f"{len(ids)} article" in result.output and "0 failed" in result.output


def test_a_text_file_is_one_article_not_one_per_line(tmp_path: Path) -> None:
    source = make(tmp_path, "txt")
    output = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["batch", str(source), "-o", str(output), "-w", "1"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("1 article") and "11 facts, 0 failed" in result.output


@pytest.mark.parametrize("name", ["report.pdf", "sheet.xlsx", "data.json", "notes"])
def test_other_files_are_refused_in_one_line(tmp_path: Path, name: str) -> None:
    source = tmp_path / name
    source.write_bytes(b"%PDF-1.4 whatever")
    output = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["batch", str(source), "-o", str(output)])
    assert result.exit_code == 2
    expected = (
        f"unsupported input: {source} "
        "(expected a folder, .txt, .jsonl, .jsonl.gz/.json.gz, .csv or -)"
    )
    assert expected in " ".join(result.output.split())
    assert "Traceback" not in result.output
    assert not output.exists()


def test_a_csv_without_a_text_column_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    write_csv(source, ["id", "body"], [["a", "Sales rose 5%."]])
    output = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["batch", str(source), "-o", str(output)])
    assert result.exit_code == 2
    assert "no 'text' column (expected columns id,text[,published])" in result.output
    assert not output.exists()


def test_csv_published_column_anchors_dates(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    write_csv(
        source, ["id", "text", "published"], [["a", "Sales rose 5% last month.", "2024-03-10"]]
    )
    output = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["batch", str(source), "-o", str(output), "-w", "1"])
    assert result.exit_code == 0, result.output
    [row] = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert row["date"] == "2024-02"
