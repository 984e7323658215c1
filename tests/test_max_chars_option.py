"""``--max-chars`` on ``extract``, ``batch`` and ``check``: the limit, and messages naming it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from statextract import Extractor, InputTooLargeError
from statextract.cli import app

LONG = "Sales rose 5% in 2023. " * 10  # 230 characters


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "long.txt"
    path.write_text(LONG, encoding="utf-8")
    return path


@pytest.mark.parametrize("command", ["extract", "check"])
@pytest.mark.parametrize(("limit", "code"), [("100", 1), ("230", 0)])
def test_files_over_the_limit_are_reported(
    article: Path, command: str, limit: str, code: int
) -> None:
    result = CliRunner().invoke(app, [command, str(article), "--max-chars", limit])
    assert result.exit_code == code, result.output
    if code:
        assert f"error: {article}: 230 characters, more than --max-chars 100" in result.stderr


def test_a_limit_above_the_default_is_honoured(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Sales rose 5%. " + " " * 5_000_000, encoding="utf-8")
    assert CliRunner().invoke(app, ["extract", str(path)]).exit_code == 1
    result = CliRunner().invoke(app, ["extract", str(path), "--max-chars", "6000000"])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(("limit", "failed"), [("100", 1), ("1000", 0)])
def test_batch_records_the_too_long_article(tmp_path: Path, limit: str, failed: int) -> None:
    source = tmp_path / "in.jsonl"
    lines = [{"id": "long", "text": LONG}, {"id": "short", "text": "Sales rose 5%."}]
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    output = tmp_path / "out.jsonl"
    args = ["batch", str(source), "-o", str(output), "-w", "1", "--max-chars", limit]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == failed, result.output
    errors = tmp_path / "out.jsonl.errors.jsonl"
    if failed:
        [error] = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
        assert error["id"] == "long" and "--max-chars" in error["error"]
    ids = {json.loads(line)["id"] for line in output.read_text(encoding="utf-8").splitlines()}
    assert ids == ({"short"} if failed else {"long", "short"})


def test_the_library_error_names_the_option() -> None:
    with pytest.raises(InputTooLargeError, match="--max-chars") as caught:
        Extractor(max_chars=10).extract(LONG)
    assert (caught.value.length, caught.value.limit) == (230, 10)
