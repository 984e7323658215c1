"""The ``batch`` command: inputs, outputs, errors file and exit codes (run in this process)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from test_batch_fakes import fake_extract
from typer.testing import CliRunner

from statextract.batch.records import fact_record
from statextract.cli import app

FAKE = "test_batch_fakes:fake_extract"
ARTICLES = [
    ("a.txt", "Users rose 3% to 617 million."),
    ("b.txt", "It fell RAISE 12."),
    ("c.txt", "No figures here."),
    ("d/e.txt", "A share of 62.4% and 9 firms."),
]
PUBLISHED = "2021-02-03"


def expected_records(published: str | None = PUBLISHED) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    for article_id, text in ARTICLES:
        if "RAISE" not in text:
            records.extend(fact_record(article_id, f) for f in fake_extract(text, published))
    return records


def make_input(tmp_path: Path, kind: str) -> tuple[str, bytes | None]:
    """The INPUT argument and the bytes for stdin."""
    if kind == "folder":
        for name, text in ARTICLES:
            path = tmp_path / "articles" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        return str(tmp_path / "articles"), None
    lines = "".join(json.dumps({"id": name, "text": text}) + "\n" for name, text in ARTICLES)
    if kind == "stdin":
        return "-", lines.encode()
    (tmp_path / "in.jsonl").write_text(lines, encoding="utf-8")
    return str(tmp_path / "in.jsonl"), None


def run(args: list[str], stdin: bytes | None = None) -> Any:
    return CliRunner().invoke(app, ["batch", *args], input=stdin)


def read_output(path: Path) -> list[dict[str, Any]]:
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as stream:
            return list(csv.DictReader(stream))
    import pyarrow.parquet as pq

    return list(pq.read_table(path).to_pylist())


@pytest.mark.parametrize(
    ("kind", "suffix", "workers"),
    [
        ("folder", ".jsonl", "1"),
        ("jsonl", ".jsonl", "2"),
        ("stdin", ".jsonl", "1"),
        ("jsonl", ".csv", "1"),
        ("folder", ".parquet", "2"),
        ("stdin", ".parquet", "1"),
    ],
)
def test_inputs_and_outputs(tmp_path: Path, kind: str, suffix: str, workers: str) -> None:
    source, stdin = make_input(tmp_path, kind)
    output = tmp_path / f"out{suffix}"
    args = [source, "-o", str(output), "-w", workers, "--batch-size", "2"]
    result = run([*args, "--published", PUBLISHED, "--extractor", FAKE], stdin)
    assert result.exit_code == 1, result.output
    expected = expected_records()
    rows = read_output(output)
    assert [(row["id"], row["text"]) for row in rows] == [(r["id"], r["text"]) for r in expected]
    if suffix == ".jsonl":
        assert rows == expected
    errors = (tmp_path / f"out{suffix}.errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in errors] == ["b.txt"]
    assert "rule failed on purpose" in json.loads(errors[0])["error"]
    assert not list(tmp_path.glob("*.parts"))
    assert [path.name for path in tmp_path.glob("*.checkpoint")] == [f"out{suffix}.checkpoint"]


def test_exit_zero_without_failures_and_custom_errors_file(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "x", "text": "5 and 6"}\n', encoding="utf-8")
    errors = tmp_path / "logs" / "errors.jsonl"
    output = tmp_path / "facts.jsonl"
    result = run([str(source), "-o", str(output), "--errors", str(errors), "--extractor", FAKE])
    assert result.exit_code == 0, result.output
    assert not errors.exists()
    assert [row["text"] for row in read_output(output)] == ["5", "6"]
    assert "1 article, 2 facts, 0 failed" in result.output


def test_undecodable_input_recorded_with_encoding_option(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "latin.txt").write_bytes(b"caf\xe9 5")
    output = tmp_path / "out.jsonl"
    result = run([str(folder), "-o", str(output), "--extractor", FAKE, "-w", "1"])
    assert result.exit_code == 1
    [error] = read_output(tmp_path / "out.jsonl.errors.jsonl")
    assert error["id"] == "latin.txt" and "cannot decode as utf-8" in error["error"]
    args = [str(folder), "-o", str(output), "--extractor", FAKE, "--encoding", "latin-1"]
    args.append("--overwrite")
    assert run(args).exit_code == 0
    assert [row["text"] for row in read_output(output)] == ["5"]


def test_progress_bar_can_be_forced(tmp_path: Path) -> None:
    source, _ = make_input(tmp_path, "jsonl")
    args = [source, "-o", str(tmp_path / "o.jsonl"), "--extractor", FAKE, "--progress", "-w", "1"]
    result = run(args)
    assert result.exit_code == 1
    assert "articles/s" in result.output


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["-o", "{tmp}/out.xml"], "unknown output format"),
        (["-o", "{tmp}/out.jsonl", "--encoding", "klingon"], "klingon"),
        (["-o", "{tmp}/out.jsonl", "--published", "yesterday"], "ISO date"),
        (["-o", "{tmp}/out.jsonl", "--extractor", "nonsense"], "MODULE:CALLABLE"),
    ],
)
def test_bad_options_exit_2(tmp_path: Path, extra: list[str], message: str) -> None:
    source, _ = make_input(tmp_path, "jsonl")
    result = run([source, *(arg.format(tmp=tmp_path) for arg in extra)])
    assert result.exit_code == 2
    assert message in result.output


def test_missing_input_exits_2(tmp_path: Path) -> None:
    result = run([str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 2
    assert "no such file or folder" in result.output
    assert not (tmp_path / "out.jsonl").exists()


def test_resume_refuses_other_settings(tmp_path: Path) -> None:
    source, _ = make_input(tmp_path, "jsonl")
    output = tmp_path / "out.jsonl"
    checkpoint = tmp_path / "out.jsonl.checkpoint"
    settings = {"batch_size": 99, "format": "jsonl"}
    checkpoint.write_text(json.dumps({"settings": settings}) + "\n", encoding="utf-8")
    result = run([source, "-o", str(output), "--resume", "--extractor", FAKE])
    assert result.exit_code == 2
    assert "other settings" in result.output


def test_real_extractor_records_have_the_guide_keys(tmp_path: Path) -> None:
    corpus = Path(__file__).resolve().parents[1] / "corpora"
    output = tmp_path / "out.jsonl"
    result = run([str(corpus), "-o", str(output), "--published", PUBLISHED])
    assert result.exit_code == 0, result.output
    names = {path.name for path in corpus.glob("*.txt")}
    keys = {"id", "text", "start", "end", "metric", "value", "unit", "qualifier", "date"}
    for row in read_output(output):
        assert row["id"] in names
        assert keys | {"change", "share"} <= set(row)
