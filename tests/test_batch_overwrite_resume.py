"""``statextract batch`` never replaces an output by accident, and resumes only the same input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from statextract.cli import app

FAKE = "test_batch_fakes:fake_extract"


def write_input(path: Path, count: int, offset: int = 0) -> Path:
    lines = (
        json.dumps({"id": f"a{i}", "text": f"Sales rose {i + offset}%."}) for i in range(count)
    )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def batch(source: Path, output: Path, *extra: str) -> object:
    args = ["batch", str(source), "-o", str(output), "-w", "1", "--extractor", FAKE, *extra]
    return CliRunner().invoke(app, args)


@pytest.fixture
def finished(tmp_path: Path) -> tuple[Path, Path, bytes]:
    source = write_input(tmp_path / "in.jsonl", 5)
    output = tmp_path / "out.jsonl"
    result = batch(source, output, "--batch-size", "2")
    assert result.exit_code == 0, result.output
    return source, output, output.read_bytes()


def test_a_new_run_refuses_an_existing_output(finished: tuple[Path, Path, bytes]) -> None:
    source, output, before = finished
    result = batch(source, output)
    assert result.exit_code == 2
    line = " ".join(result.output.split())
    assert f"{output} already exists" in line and "--overwrite" in line and "--resume" in line
    assert output.read_bytes() == before


def test_overwrite_replaces_it(finished: tuple[Path, Path, bytes]) -> None:
    source, output, before = finished
    write_input(source, 3, offset=10)
    result = batch(source, output, "--overwrite")
    assert result.exit_code == 0, result.output
    assert output.read_bytes() != before
    assert output.read_text(encoding="utf-8").count("\n") == 3


def test_resume_of_a_finished_output_has_nothing_to_do(
    finished: tuple[Path, Path, bytes],
) -> None:
    source, output, before = finished
    findings = output.with_name("findings.jsonl")
    result = batch(source, output, "--batch-size", "2", "--resume", "--findings", str(findings))
    assert result.exit_code == 0, result.output
    assert "nothing to do" in result.output
    assert output.read_bytes() == before
    assert findings.exists()  # the cross-article check still runs on the finished output


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ("other-input", "input path"),
        ("grown", "input size"),
        ("rewritten", "hash of the first records"),
        ("batch-size", "--batch-size: 2 then, 3 now"),
    ],
)
def test_resume_refuses_another_input_and_says_what_differs(
    tmp_path: Path, finished: tuple[Path, Path, bytes], change: str, named: str
) -> None:
    source, output, before = finished
    size = "2"
    if change == "other-input":
        source = write_input(tmp_path / "other.jsonl", 5)
    elif change == "grown":
        write_input(source, 6)
    elif change == "rewritten":
        write_input(source, 5, offset=1)  # the same size, other records
        assert output.exists()
    else:
        size = "3"
    result = batch(source, output, "--batch-size", size, "--resume")
    assert result.exit_code == 2
    assert named in " ".join(result.output.split())
    assert "Traceback" not in result.output
    assert output.read_bytes() == before


def test_resume_refuses_an_output_without_checkpoint(finished: tuple[Path, Path, bytes]) -> None:
    source, output, before = finished
    output.with_name(output.name + ".checkpoint").unlink()
    result = batch(source, output, "--resume")
    assert result.exit_code == 2
    assert "no checkpoint" in " ".join(result.output.split())
    assert output.read_bytes() == before


def test_resume_and_overwrite_together_are_a_usage_error(
    finished: tuple[Path, Path, bytes],
) -> None:
    source, output, _ = finished
    result = batch(source, output, "--resume", "--overwrite")
    assert result.exit_code == 2
    assert "cannot be used together" in result.output


def test_a_refused_run_does_not_read_its_input_first(
    finished: tuple[Path, Path, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    from statextract.batch import progress

    def fail(*_: object) -> int:
        raise AssertionError("the input was counted before the output was checked")

    monkeypatch.setattr(progress, "count_records", fail)
    source, output, _ = finished
    result = batch(source, output, "--progress")
    assert result.exit_code == 2
    assert "already exists" in result.output
