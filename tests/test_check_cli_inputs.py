"""``statextract check`` on bad inputs: one line per failed file, the others still checked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from statextract.cli import app

ARTICLE = "Users reached 617 million, 62.4% of the total netizens, up 5% in 2020."


def invoke(*args: str, stdin: bytes | None = None) -> object:
    return CliRunner().invoke(app, ["check", *args], input=stdin)


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("latin.txt", "Caf\u00e9 sales rose 5%.".encode("latin-1"), "try --encoding latin-1"),
        ("binary.bin", bytes(range(256)) * 4, "cannot decode as utf-8"),
        ("huge.txt", b"Sales rose 5%. " * 1_400_000, "more than --max-chars 5,000,000"),
        ("missing.txt", None, "no such file"),
    ],
)
def test_a_bad_file_is_one_line_and_the_others_are_checked(
    tmp_path: Path, good: Path, name: str, content: bytes | None, reason: str
) -> None:
    bad = tmp_path / name
    if content is not None:
        bad.write_bytes(content)
    result = CliRunner().invoke(app, ["check", str(bad), str(good), "--format", "json"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    [line] = [row for row in result.stderr.splitlines() if row.startswith("error")]
    assert line.startswith(f"error: {bad}: ") and reason in line
    assert "1 of 2 files failed" in result.stderr
    rows = json.loads(result.stdout)
    assert {row["file"] for row in rows} <= {str(good)}


def test_the_encoding_option_decodes_latin_1(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(("Caf\u00e9 " + ARTICLE).encode("latin-1"))
    result = CliRunner().invoke(app, ["check", str(path), "--encoding", "latin-1"])
    assert result.exit_code == 0, result.output
    assert f"{path}: " in result.stdout


def test_a_dash_reads_standard_input() -> None:
    result = CliRunner().invoke(app, ["check", "-"], input=ARTICLE.encode())
    assert result.exit_code == 0, result.output
    assert "<stdin>: 1 fact," in " ".join(result.stdout.split())


@pytest.mark.parametrize(("max_chars", "code"), [("20", 1), (str(len(ARTICLE)), 0)])
def test_max_chars_bounds_each_file(good: Path, max_chars: str, code: int) -> None:
    result = CliRunner().invoke(app, ["check", str(good), "--max-chars", max_chars])
    assert result.exit_code == code, result.output
    if code:
        assert f"more than --max-chars {max_chars}" in result.stderr
