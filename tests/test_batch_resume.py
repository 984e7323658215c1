"""Killed with SIGKILL at several moments and resumed, a run ends byte-identical to a clean one."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from statextract.batch.resume import Checkpoint, State, checkpoint_path
from statextract.cli import app

TESTS = Path(__file__).resolve().parent
SLOW_FAKE = "test_batch_fakes:slow_fake_extract"
FAKE = "test_batch_fakes:fake_extract"
BATCH_SIZE = "8"
ARTICLE_COUNT = 240
RUN_TIMEOUT = 30.0


def write_corpus(path: Path) -> None:
    lines = []
    for index in range(ARTICLE_COUNT):
        text = f"Sales of café № {index} rose {index % 13}% to {index * 3}.5 units, or 7 in 9."
        if index % 50 == 7:
            text += " RAISE"
        lines.append(json.dumps({"id": f"art-{index:04d}", "text": text}, ensure_ascii=False))
    lines.insert(100, '{"id": "broken", "text": ')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def command(source: Path, output: Path, extractor: str, resume: bool) -> list[str]:
    args = ["batch", str(source), "-o", str(output), "--batch-size", BATCH_SIZE, "-w", "2"]
    args += ["--extractor", extractor, "--published", "2021-02-03"]
    return [*args, "--resume"] if resume else args


def committed_chunks(output: Path) -> int:
    """Chunks recorded in the checkpoint so far (lines after the settings line)."""
    path = checkpoint_path(output)
    return max(path.read_bytes().count(b"\n") - 1, 0) if path.exists() else 0


def run_and_kill(source: Path, output: Path, after_chunks: int, jitter: float) -> int | None:
    """Start a resumed run and SIGKILL it (with its workers) once ``after_chunks`` are committed.

    Returns the exit code when the run finished before the kill moment.
    """
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), *sys.path])}
    entry = "from statextract.cli import main; main()"
    process = subprocess.Popen(
        [sys.executable, "-c", entry, *command(source, output, SLOW_FAKE, resume=True)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + RUN_TIMEOUT
    while committed_chunks(output) < after_chunks and process.poll() is None:
        assert time.monotonic() < deadline, "run did not progress"
        time.sleep(0.002)
    time.sleep(jitter)
    finished = process.poll()
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    return finished


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_killed_runs_resume_to_identical_output(tmp_path: Path, fmt: str) -> None:
    source = tmp_path / "in.jsonl"
    write_corpus(source)
    clean = tmp_path / f"clean.{fmt}"
    result = CliRunner().invoke(app, command(source, clean, FAKE, resume=False))
    assert result.exit_code == 1, result.output

    resumed = tmp_path / f"resumed.{fmt}"
    rng = random.Random(fmt)
    kill_moments = [0, 0, 3, 9, 17, 26]  # committed chunks (of 31) before each kill
    interrupted = 0
    for after_chunks in kill_moments:
        finished = run_and_kill(source, resumed, after_chunks, jitter=rng.uniform(0, 0.01))
        interrupted += finished is None
    assert interrupted >= 4
    loaded = Checkpoint(checkpoint_path(resumed)).load()
    assert loaded is not None and 0 < loaded[1].records < ARTICLE_COUNT + 1

    result = CliRunner().invoke(app, command(source, resumed, FAKE, resume=True))
    assert result.exit_code == 1, result.output
    assert resumed.read_bytes() == clean.read_bytes()
    errors = (tmp_path / f"resumed.{fmt}.errors.jsonl").read_bytes()
    assert errors == (tmp_path / f"clean.{fmt}.errors.jsonl").read_bytes()
    assert errors.count(b"\n") == 6
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(
        [
            "in.jsonl",
            *(
                f"{name}.{fmt}{suffix}"
                for name in ("clean", "resumed")
                for suffix in ("", ".errors.jsonl", ".checkpoint")
            ),
        ]
    )


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", None),
        (b'{"settings": {"a": 1}', None),
        (b'{"settings": {"a": 1}}\n', ({"a": 1}, State())),
        (
            b'{"settings": {}}\n{"records": 8, "output": 10, "errors": 0, "facts": 3, '
            b'"failed": 0, "done": false}\n{"records": 16, "outp',
            ({}, State(records=8, output=10, facts=3)),
        ),
        (b'{"settings": {}}\n{"records": 8, "bogus": 1}\n', ({}, State())),
        (b'["not settings"]\n', None),
    ],
)
def test_checkpoint_ignores_a_torn_last_line(
    tmp_path: Path, content: bytes, expected: tuple[dict[str, int], State] | None
) -> None:
    path = tmp_path / "out.checkpoint"
    path.write_bytes(content)
    assert Checkpoint(path).load() == expected
