"""What ``statextract batch`` says: a progress bar with a total, counts in good English, one
warning for duplicate ids, no empty errors file, and how to resume after Ctrl-C."""

from __future__ import annotations

import json
import os
import re
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from statextract.batch.resume import checkpoint_path
from statextract.cli import app

TESTS = Path(__file__).resolve().parent
FAKE = "test_batch_fakes:fake_extract"
SLOW_FAKE = "test_batch_fakes:slow_fake_extract"


def write_jsonl(path: Path, ids: list[str]) -> Path:
    lines = [json.dumps({"id": i, "text": f"Sales rose {n}%."}) for n, i in enumerate(ids)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def batch(*args: str, stdin: str | None = None) -> object:
    command = ["batch", *args, "-w", "1", "--extractor", FAKE]
    return CliRunner().invoke(app, command, input=stdin)


def test_the_bar_has_a_total_and_a_percentage(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for index in range(4):
        (folder / f"{index}.txt").write_text(f"Sales rose {index}%.", encoding="utf-8")
    result = batch(str(folder), "-o", str(tmp_path / "out.jsonl"), "--progress")
    assert result.exit_code == 0, result.output
    assert "100%" in result.output and "4/4" in result.output


def test_no_bar_without_a_known_total(tmp_path: Path) -> None:
    lines = write_jsonl(tmp_path / "in.jsonl", ["a", "b"]).read_text(encoding="utf-8")
    result = batch("-", "-o", str(tmp_path / "out.jsonl"), "--progress", stdin=lines)
    assert result.exit_code == 0, result.output
    assert "%" not in result.output and "2 articles" in result.output


@pytest.mark.parametrize(
    ("ids", "line"),
    [
        (["a"], "1 article, 1 fact, 0 failed"),
        (["a", "b"], "2 articles, 2 facts, 0 failed"),
    ],
)
def test_counts_are_singular_or_plural(tmp_path: Path, ids: list[str], line: str) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", ids)
    result = batch(str(source), "-o", str(tmp_path / "out.jsonl"))
    assert result.exit_code == 0, result.output
    assert line in result.output and "(1 worker)" not in result.output
    assert "1 worker)" in result.output


def test_duplicate_ids_warn_once(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", ["a", "b", "a", "c", "b", "a"])
    result = batch(str(source), "-o", str(tmp_path / "out.jsonl"), "--batch-size", "2")
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if "duplicate" in line]
    assert warnings == [
        "warning: 3 duplicate ids (first: 'a'); the facts of articles sharing an id cannot be "
        "told apart in the output"
    ]


def test_no_errors_file_when_nothing_failed(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "RAISE 5"}\n', encoding="utf-8")
    output = tmp_path / "out.jsonl"
    errors = tmp_path / "out.jsonl.errors.jsonl"
    assert batch(str(source), "-o", str(output)).exit_code == 1
    assert errors.exists()
    write_jsonl(source, ["a"])
    assert batch(str(source), "-o", str(output), "--overwrite").exit_code == 0
    assert not errors.exists()


def run_until_interrupted(
    source: Path, output: Path, workers: str
) -> subprocess.CompletedProcess[str]:
    """Start a batch, press Ctrl-C once some chunks are committed, and wait for it."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), *sys.path])}
    args = ["batch", str(source), "-o", str(output), "--batch-size", "4", "-w", workers]
    entry = "from statextract.cli import main; main()"
    process = subprocess.Popen(
        [sys.executable, "-c", entry, *args, "--extractor", SLOW_FAKE],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    checkpoint = checkpoint_path(output)
    while not checkpoint.exists() or checkpoint.read_bytes().count(b"\n") < 4:
        assert process.poll() is None and time.monotonic() < deadline, "run did not progress"
        time.sleep(0.005)
    os.killpg(process.pid, signal.SIGINT)  # what a terminal does on Ctrl-C
    stdout, stderr = process.communicate(timeout=60)
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_ctrl_c_says_how_to_resume(tmp_path: Path, workers: str) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [f"a{i}" for i in range(400)])
    output = tmp_path / "out.jsonl"
    finished = run_until_interrupted(source, output, workers)
    assert finished.returncode == 130, finished.stderr
    assert "Traceback" not in finished.stderr
    lines = [line for line in finished.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, finished.stderr
    match = re.fullmatch(r"interrupted after (\d+) of 400 articles; resume with: (.+)", lines[0])
    assert match is not None, lines[0]
    assert 0 < int(match[1]) < 400
    command = shlex.split(match[2])
    assert command[:2] == ["statextract", "batch"] and command[-1] == "--resume"
    resumed = CliRunner().invoke(app, command[1:])
    assert resumed.exit_code == 0, resumed.output
    assert "400 articles, 400 facts, 0 failed" in resumed.output
    rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in rows] == [f"a{i}" for i in range(400)]


@pytest.mark.parametrize(
    ("count", "noun", "text"),
    [(0, "article", "0 articles"), (1, "article", "1 article"), (1234, "fact", "1,234 facts")],
)
def test_plural(count: int, noun: str, text: str) -> None:
    from statextract.wording import plural

    assert plural(count, noun) == text
