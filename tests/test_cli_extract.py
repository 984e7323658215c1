"""The ``statextract extract`` command: formats, standard input, encodings and failed files."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import statextract
from statextract.cli import app
from statextract.extract_cli import extract_command
from statextract.models import Change, Share
from statextract.output import (
    CSV_COLUMNS,
    fact_row,
    flat_row,
    format_change,
    format_number,
    format_share,
)

ARTICLE = (
    "Retail sales rose 5.2 percent year-on-year in October 2023 to 4.5 trillion yuan. "
    "Exports fell 3% to $20 billion last month, accounting for 12.5% of the total."
)
SECOND = "The unemployment rate was 3.9 percent in October 2023, up 0.1 percentage point."
PUBLISHED = "2023-11-15"

runner = CliRunner()


def invoke(*args: str, stdin: bytes | None = None) -> Any:
    return runner.invoke(app, ["extract", *args], input=stdin, env={"COLUMNS": "250"})


def expected_rows(file: str, text: str, published: str | None = None) -> list[dict[str, Any]]:
    return [fact_row(file, fact) for fact in statextract.extract(text, published=published)]


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def second(tmp_path: Path) -> Path:
    path = tmp_path / "second.txt"
    path.write_text(SECOND, encoding="utf-8")
    return path


def test_extract_is_registered_on_the_main_app() -> None:
    commands = {command.name: command.callback for command in app.registered_commands}
    assert commands["extract"] is extract_command


def test_the_example_articles_have_facts() -> None:
    assert len(statextract.extract(ARTICLE)) >= 2
    assert len(statextract.extract(SECOND)) >= 1


@pytest.mark.parametrize("args", [[], ["--format", "jsonl"]])
def test_jsonl_when_piped(article: Path, second: Path, args: list[str]) -> None:
    result = invoke(str(article), str(second), "--published", PUBLISHED, *args)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows == expected_rows(str(article), ARTICLE, PUBLISHED) + expected_rows(
        str(second), SECOND, PUBLISHED
    )


def test_json_is_one_array(article: Path) -> None:
    result = invoke(str(article), "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == expected_rows(str(article), ARTICLE)


def test_json_of_no_facts_is_an_empty_array(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("No figures here.", encoding="utf-8")
    result = invoke(str(empty), "--format", "json")
    assert (result.exit_code, json.loads(result.stdout)) == (0, [])


def test_csv_has_flat_columns(article: Path) -> None:
    result = invoke(str(article), "--format", "csv")
    assert result.exit_code == 0, result.output
    reader = csv.DictReader(io.StringIO(result.stdout))
    assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
    rows = list(reader)
    facts = statextract.extract(ARTICLE)
    assert len(rows) == len(facts)
    for row, fact in zip(rows, facts, strict=True):
        flat = flat_row(str(article), fact)
        assert row == {key: "" if value is None else str(value) for key, value in flat.items()}


@pytest.mark.parametrize(
    "column",
    ["file", "change_direction", "change_value", "change_since", "share_value", "share_of"],
)
def test_csv_columns_include(column: str) -> None:
    assert column in CSV_COLUMNS


def test_table_shows_one_row_per_fact(article: Path, second: Path) -> None:
    result = invoke(str(article), str(second), "--format", "table")
    assert result.exit_code == 0, result.output
    for heading in ("File", "Text", "Metric", "Value", "Unit", "Date", "Change", "Share"):
        assert heading in result.stdout
    facts = statextract.extract(ARTICLE) + statextract.extract(SECOND)
    for fact in facts:
        assert fact.text in result.stdout
    assert result.stdout.count(str(second)) == len(statextract.extract(SECOND))
    assert f"{len(facts)} facts in 2 files" in result.stdout


def test_a_table_of_one_file_has_it_as_title(article: Path) -> None:
    result = invoke(str(article), "--format", "table")
    assert result.exit_code == 0, result.output
    title, header = result.stdout.splitlines()[:2]
    assert title.strip() == str(article)
    assert "File" not in header
    assert result.stdout.count(str(article)) == 1


@pytest.mark.parametrize(
    ("change", "cell"),
    [
        (None, ""),
        (Change(direction="increase", value=Decimal("5.2"), unit="percent"), "+5.2%"),
        (
            Change(direction="decrease", value=Decimal("0.1"), unit="percentage_point"),
            "-0.1 pp",
        ),
        (
            Change(direction="increase", value=Decimal("5.703E+7"), unit="count", since="2020-03"),
            "+57,030,000 since 2020-03",
        ),
        (Change(direction="decrease", value=Decimal("2000"), unit="USD"), "-2,000 USD"),
        (Change(direction="unchanged", since="2023-09"), "unchanged since 2023-09"),
        (Change(direction="increase"), "increase"),
    ],
)
def test_change_cells(change: Change | None, cell: str) -> None:
    assert format_change(change) == cell


@pytest.mark.parametrize(
    ("share", "cell"),
    [
        (None, ""),
        (Share(value=Decimal("62.4"), of="netizens"), "62.4% of netizens"),
        (Share(value=Decimal("15"), of=""), "15%"),
    ],
)
def test_share_cells(share: Share | None, cell: str) -> None:
    assert format_share(share) == cell


@pytest.mark.parametrize(
    ("value", "cell"),
    [(None, ""), (Decimal("6.17E+8"), "617,000,000"), (Decimal("62.40"), "62.40")],
)
def test_value_cells(value: Decimal | None, cell: str) -> None:
    assert format_number(value) == cell


def test_stdin_is_read_with_a_dash() -> None:
    result = invoke("-", stdin=ARTICLE.encode("utf-8"))
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows == expected_rows("<stdin>", ARTICLE)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.txt", None, "no such file"),
        ("latin.txt", "Caf\u00e9 sales rose 5%.".encode("latin-1"), "cannot decode as utf-8"),
        ("utf16.txt", ARTICLE.encode("utf-16"), "cannot decode as utf-8"),
    ],
)
def test_a_failed_file_is_named_and_the_others_still_print(
    tmp_path: Path, article: Path, name: str, content: bytes | None, message: str
) -> None:
    bad = tmp_path / name
    if content is not None:
        bad.write_bytes(content)
    result = invoke(str(bad), str(article))
    assert result.exit_code == 1
    assert f"{bad}: {message}" in result.stderr
    assert "Traceback" not in result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows == expected_rows(str(article), ARTICLE)


def test_a_folder_is_a_failed_file(tmp_path: Path, article: Path) -> None:
    result = invoke(str(tmp_path), str(article))
    assert result.exit_code == 1
    assert str(tmp_path) in result.stderr
    assert len(result.stdout.splitlines()) == len(statextract.extract(ARTICLE))


def test_another_encoding_is_decoded(tmp_path: Path) -> None:
    text = "Caf\u00e9 sales rose 5% in 2023."
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode("latin-1"))
    result = invoke(str(path), "--encoding", "latin-1")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows == expected_rows(str(path), text)


def test_a_byte_order_mark_is_removed(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    result = invoke(str(path))
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows == expected_rows(str(path), ARTICLE)
    assert all(ARTICLE[row["start"] : row["end"]] == row["text"] for row in rows)


@pytest.mark.parametrize(
    "args",
    [
        ["--published", "15 November 2023"],
        ["--encoding", "no-such-codec"],
        ["--format", "xml"],
    ],
)
def test_bad_options_are_usage_errors(article: Path, args: list[str]) -> None:
    result = invoke(str(article), *args)
    assert result.exit_code == 2
    assert "Traceback" not in result.output


@pytest.mark.skipif(os.name != "posix", reason="needs a pseudo-terminal")
def test_a_terminal_gets_a_table(article: Path) -> None:
    import pty

    leader, follower = pty.openpty()
    code = "from statextract.cli import main; main()"
    with subprocess.Popen(
        [sys.executable, "-c", code, "extract", str(article)],
        stdout=follower,
        stderr=subprocess.PIPE,
        env={**os.environ, "COLUMNS": "200"},
    ) as process:
        os.close(follower)
        chunks: list[bytes] = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal closes when the process exits
                break
            if not chunk:
                break
            chunks.append(chunk)
        assert process.wait(timeout=60) == 0
    os.close(leader)
    screen = b"".join(chunks).decode("utf-8")
    assert "Metric" in screen and "Change" in screen
    assert not screen.lstrip().startswith("{")
