"""Batch output to SQLite and DuckDB through the real command: rows, schema, resume, errors."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from test_batch_fakes import fake_extract
from typer.testing import CliRunner

from statextract.batch.database import (
    FACT_COLUMNS,
    INDEXES,
    DatabaseError,
    DatabaseWriter,
    parse_output,
)
from statextract.batch.resume import Checkpoint, checkpoint_path
from statextract.cli import app
from statextract.models import Fact

duckdb = pytest.importorskip("duckdb")

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"
CORPORA = ROOT / "corpora"
README = ROOT / "README.md"
SCHEMA_DOC = ROOT / "docs" / "databases.md"
KINDS = ["sqlite", "duckdb"]
SUFFIX = {"sqlite": ".sqlite", "duckdb": ".duckdb"}
FAKE = "test_batch_fakes:fake_extract"
PRECISE = "test_batch_database:precise_extract"
PRECISE_VALUE = Decimal("123456789012345.678901")  # 21 digits: a double keeps 15-17


def precise_extract(text: str, published: object = None) -> list[Fact]:
    """One fact whose numbers a float cannot hold."""
    return [
        Fact(text=text[:3], start=0, end=3, metric="m", value=PRECISE_VALUE, unit="count"),
        Fact(text=text[:3], start=0, end=3, value=Decimal("0.1"), unit="percent"),
    ]


def run(args: list[str]) -> Any:
    return CliRunner().invoke(app, ["batch", *args])


def query(path: Path, kind: str, sql: str) -> list[tuple[Any, ...]]:
    """The rows of ``sql`` in the database at ``path``."""
    if kind == "sqlite":
        connection = sqlite3.connect(path)
        try:
            return [tuple(row) for row in connection.execute(sql).fetchall()]
        finally:
            connection.close()
    with duckdb.connect(str(path), read_only=True) as connection:
        return [tuple(row) for row in connection.execute(sql).fetchall()]


def table(path: Path, kind: str, name: str) -> list[dict[str, Any]]:
    """Every row of a table, in key order, as dicts."""
    key = "position" if name == "articles" else "article_position, fact_index"
    columns = column_names(path, kind, name)
    rows = query(path, kind, f"SELECT * FROM {name} ORDER BY {key}")
    return [dict(zip(columns, row, strict=True)) for row in rows]


def column_names(path: Path, kind: str, name: str) -> list[str]:
    if kind == "sqlite":
        return [row[1] for row in query(path, kind, f"PRAGMA table_info({name})")]
    sql = (
        "SELECT column_name FROM information_schema.columns "
        f"WHERE table_name = '{name}' ORDER BY ordinal_position"
    )
    return [row[0] for row in query(path, kind, sql)]


def index_names(path: Path, kind: str) -> set[str]:
    if kind == "sqlite":
        sql = "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    else:
        sql = "SELECT index_name FROM duckdb_indexes()"
    return {row[0] for row in query(path, kind, sql)}


def exact(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def fact_from_jsonl(record: dict[str, Any], index: int) -> dict[str, Any]:
    """The expected ``facts`` row of a JSONL record (numbers as Decimal)."""
    change = record["change"] or {}
    share = record["share"] or {}
    sentence = record["sentence"] or (None, None)
    metric_span = record["metric_span"] or (None, None)
    return {
        "article_id": record["id"],
        "fact_index": index,
        "text": record["text"],
        "start": record["start"],
        "end": record["end"],
        "metric": record["metric"],
        "value": exact(record["value"]),
        "unit": record["unit"],
        "qualifier": record["qualifier"],
        "date": record["date"],
        "change_direction": change.get("direction"),
        "change_value": exact(change.get("value")),
        "change_unit": change.get("unit"),
        "change_since": change.get("since"),
        "share_value": exact(share.get("value")),
        "share_of": share.get("of"),
        "sentence_start": sentence[0],
        "sentence_end": sentence[1],
        "metric_start": metric_span[0],
        "metric_end": metric_span[1],
        "parent_metric": record["parent_metric"],
        "rule": record["rule"],
        "evidence": record["evidence"] or None,
    }


def comparable(row: dict[str, Any]) -> dict[str, Any]:
    """A ``facts`` row with numbers as Decimal and evidence parsed, without the position."""
    row = dict(row)
    del row["article_position"]
    for name in ("value", "change_value", "share_value"):
        row[name] = exact(row[name])
    row["evidence"] = None if row["evidence"] is None else json.loads(row["evidence"])
    return row


def jsonl_facts(path: Path) -> list[dict[str, Any]]:
    expected: list[dict[str, Any]] = []
    counts: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        index = counts.get(record["id"], 0)
        counts[record["id"]] = index + 1
        expected.append(fact_from_jsonl(record, index))
    return expected


@pytest.fixture(scope="module")
def corpus_outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The bundled corpus extracted once to JSONL, SQLite and DuckDB."""
    folder = tmp_path_factory.mktemp("corpus-outputs")
    outputs = {
        "jsonl": folder / "facts.jsonl",
        "sqlite": folder / "facts.sqlite",
        "duckdb": folder / "facts.duckdb",
    }
    for path in outputs.values():
        result = run([str(CORPORA), "-o", str(path), "-w", "1"])
        assert result.exit_code == 0, result.output
    return outputs


@pytest.mark.parametrize("kind", KINDS)
def test_rows_equal_the_jsonl_output(corpus_outputs: dict[str, Path], kind: str) -> None:
    path = corpus_outputs[kind]
    expected = jsonl_facts(corpus_outputs["jsonl"])
    facts = table(path, kind, "facts")
    assert [comparable(row) for row in facts] == expected
    assert len(facts) > 1000

    articles = table(path, kind, "articles")
    files = sorted(CORPORA.rglob("*.txt"))
    assert [row["position"] for row in articles] == list(range(len(files)))
    assert [row["id"] for row in articles] == [f.relative_to(CORPORA).as_posix() for f in files]
    assert sum(row["fact_count"] for row in articles) == len(facts)
    for row, file in zip(articles, files, strict=True):
        assert row["source"] == file.resolve().as_posix()
        assert row["characters"] == len(file.read_text(encoding="utf-8").lstrip("\ufeff"))
        assert row["error"] is None and row["published"] is None
    by_position = {row["position"]: row["id"] for row in articles}
    assert all(by_position[row["article_position"]] == row["article_id"] for row in facts)


@pytest.mark.parametrize("kind", KINDS)
def test_numbers_are_exact_and_failures_are_rows(tmp_path: Path, kind: str) -> None:
    source = tmp_path / "in.jsonl"
    records = [
        {"id": "a", "text": "Sales 7", "published": "2024-01-31"},
        {"id": "b", "text": "boom RAISE"},
        {"id": "c", "text": "Sales 8"},
    ]
    lines = [json.dumps(record) for record in records]
    source.write_text("\n".join([*lines[:2], '{"id": "broken"', lines[2]]) + "\n", "utf-8")
    output = tmp_path / f"out{SUFFIX[kind]}"
    args = [str(source), "-o", str(output), "-w", "1", "--published", "2020-01-01"]
    result = run([*args, "--extractor", PRECISE])
    assert result.exit_code == 1, result.output
    values = query(output, kind, "SELECT value FROM facts ORDER BY article_position, fact_index")
    assert values == [(str(PRECISE_VALUE),), ("0.1",)] * 3
    articles = table(output, kind, "articles")
    assert [row["id"] for row in articles[:2]] == ["a", "b"]
    assert articles[2]["id"].endswith(":3") and articles[3]["id"] == "c"
    assert [row["published"] for row in articles] == ["2024-01-31", *["2020-01-01"] * 3]
    assert [row["fact_count"] for row in articles] == [2, 2, 0, 2]
    assert articles[2]["error"] and articles[2]["characters"] is None
    assert all(row["source"] == source.resolve().as_posix() for row in articles)

    result = run([*args, "--extractor", FAKE, "--overwrite"])
    assert result.exit_code == 1, result.output
    articles = table(output, kind, "articles")
    failed = [row for row in articles if row["error"] is not None]
    errors = (tmp_path / f"{output.name}.errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert [(row["id"], row["error"]) for row in failed] == [
        (item["id"], item["error"]) for item in map(json.loads, errors)
    ]
    assert failed[0]["id"] == "b"
    assert "rule failed on purpose" in failed[0]["error"]
    assert all(row["fact_count"] == 0 for row in failed)
    assert query(output, kind, "SELECT count(*) FROM facts") == [(2,)]


@pytest.mark.parametrize("kind", KINDS)
def test_schema_matches_the_documentation(corpus_outputs: dict[str, Path], kind: str) -> None:
    path = corpus_outputs[kind]
    documented = documented_columns()
    assert column_names(path, kind, "articles") == documented["articles"]
    assert column_names(path, kind, "facts") == documented["facts"]
    assert documented["facts"] == [name for name, _ in FACT_COLUMNS]
    assert index_names(path, kind) >= {name for name, _, _ in INDEXES}
    assert {name for name, _, _ in INDEXES} == {"facts_article_id", "facts_metric", "articles_id"}
    text = SCHEMA_DOC.read_text(encoding="utf-8")
    for name, table_, column in INDEXES:
        assert f"| `{name}` | `{table_} ({column})` |" in text


def documented_columns() -> dict[str, list[str]]:
    """The columns listed under ``### articles`` and ``### facts`` in docs/databases.md."""
    columns: dict[str, list[str]] = {}
    current: str | None = None
    for line in SCHEMA_DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            heading = line.lstrip("#").strip()
            current = heading if heading in ("articles", "facts") else None
        elif current and (match := re.match(r"\| `(\w+)` \|", line)):
            columns.setdefault(current, []).append(match.group(1))
    return columns


def copied_corpus(folder: Path, copies: int) -> int:
    """``copies`` copies of the bundled corpus under ``folder``; the number of articles."""
    count = 0
    for copy in range(copies):
        target = folder / f"copy-{copy:02d}"
        shutil.copytree(CORPORA, target)
        count += sum(1 for _ in target.rglob("*.txt"))
    return count


def committed_articles(output: Path, kind: str) -> int:
    """Articles the database holds (SQLite), or that the checkpoint records (DuckDB, which
    another process cannot open while the run holds its lock)."""
    if kind == "duckdb":
        path = checkpoint_path(output)
        return max(path.read_bytes().count(b"\n") - 1, 0) if path.exists() else 0
    if not output.exists():
        return 0
    try:
        connection = sqlite3.connect(f"file:{output}?mode=ro", uri=True, timeout=0.05)
        try:
            return int(connection.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.Error:
        return 0


@pytest.mark.parametrize("kind", KINDS)
def test_killed_run_resumes_to_identical_rows(tmp_path: Path, kind: str) -> None:
    source = tmp_path / "articles"
    total = copied_corpus(source, 3)
    common = ["--batch-size", "4", "--published", "2024-06-30"]
    clean = tmp_path / f"clean{SUFFIX[kind]}"
    result = run([str(source), "-o", str(clean), "-w", "1", *common])
    assert result.exit_code == 0, result.output

    resumed = tmp_path / f"resumed{SUFFIX[kind]}"
    url = f"{kind}:///{resumed}"  # an absolute path: four slashes
    entry = "from statextract.cli import main; main()"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), *sys.path])}
    resume = [*common, "--resume"]
    interrupted = 0
    for wanted in (8, 40):
        process = subprocess.Popen(
            [sys.executable, "-c", entry, "batch", str(source), "-o", url, "-w", "2", *resume],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + 120
        while committed_articles(resumed, kind) < wanted and process.poll() is None:
            assert time.monotonic() < deadline, "the run did not progress"
            time.sleep(0.005)
        finished = process.poll()
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        interrupted += finished is None
    assert interrupted >= 1
    assert checkpoint_path(resumed).exists()
    assert 0 < query(resumed, kind, "SELECT count(*) FROM articles")[0][0] < total

    result = run([str(source), "-o", url, "-w", "1", *common, "--resume"])
    assert result.exit_code == 0, result.output
    assert "resumed after" in result.output
    for name in ("articles", "facts"):
        assert table(resumed, kind, name) == table(clean, kind, name)
    assert len(table(resumed, kind, "articles")) == total
    duplicates = "SELECT count(*) FROM (SELECT DISTINCT article_position, fact_index FROM facts)"
    assert query(resumed, kind, duplicates) == query(resumed, kind, "SELECT count(*) FROM facts")
    loaded = Checkpoint(checkpoint_path(resumed)).load()  # kept beside the finished output
    assert loaded is not None and loaded[1].done


def test_sqlite_url_is_relative_to_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "Sales 7"}\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run([str(source), "-o", "sqlite:///out/facts.db", "--extractor", FAKE, "-w", "1"])
    assert result.exit_code == 0, result.output
    assert query(tmp_path / "out" / "facts.db", "sqlite", "SELECT count(*) FROM facts") == [(1,)]


@pytest.mark.parametrize(
    ("value", "explicit", "expected"),
    [
        ("facts.db", None, (Path("facts.db"), None)),
        ("sqlite:///facts.db", None, (Path("facts.db"), "sqlite")),
        ("sqlite:////data/facts", "sqlite", (Path("/data/facts"), "sqlite")),
        ("DuckDB:///x/facts.any", None, (Path("x/facts.any"), "duckdb")),
        ("C://facts.jsonl", None, (Path("C://facts.jsonl"), None)),
        ("out/a://b.db", None, (Path("out/a://b.db"), None)),
    ],
)
def test_parse_output(value: str, explicit: str | None, expected: tuple[Path, str]) -> None:
    assert parse_output(value, explicit) == expected


@pytest.mark.parametrize(
    ("make", "output", "message"),
    [
        (None, "postgresql://host/facts", "unsupported output URL 'postgresql://host/facts'"),
        (None, "sqlite://facts.db", "expected sqlite:///FILE"),
        (None, "sqlite:///:memory:", "in-memory"),
        (None, "duckdb:///{tmp}/x.db --format sqlite", "does not match"),
        ("folder", "{tmp}/target.db", "target.db: it is a folder"),
        ("file", "{tmp}/target.db/facts.db", "target.db is not a folder"),
        ("text", "{tmp}/target.db", "the file exists and is not a SQLite database"),
        ("text", "duckdb:///{tmp}/target.db", "the file exists and is not a DuckDB database"),
    ],
)
def test_unusable_database_output_is_one_line_error(
    tmp_path: Path, make: str | None, output: str, message: str
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "Sales 7"}\n', encoding="utf-8")
    target = tmp_path / "target.db"
    if make == "folder":
        target.mkdir()
    elif make in ("file", "text"):
        target.write_text("not a database\n", encoding="utf-8")
    before = sorted(tmp_path.iterdir())
    output, *extra = output.format(tmp=tmp_path).split()
    result = run([str(source), "-o", output, *extra, "--extractor", FAKE, "-w", "1"])
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), result.output
    assert message in lines[0]
    assert "Traceback" not in result.output
    assert sorted(tmp_path.iterdir()) == before  # no checkpoint or errors file left behind


def test_database_refusal_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="unsupported"):
        parse_output("mysql://x/y")
    assert issubclass(DatabaseError, ValueError)


def test_missing_duckdb_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "duckdb", None)  # import duckdb now raises ImportError
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "Sales 7"}\n', encoding="utf-8")
    result = run([str(source), "-o", str(tmp_path / "facts.duckdb"), "--extractor", FAKE])
    assert result.exit_code == 2
    assert result.output.strip() == (
        "error: DuckDB output needs duckdb: pip install 'statextract[duckdb]'"
    )
    assert sorted(path.name for path in tmp_path.iterdir()) == ["in.jsonl"]


def readme_queries() -> list[str]:
    """The ```sql blocks of the README."""
    text = README.read_text(encoding="utf-8")
    return [block.strip() for block in re.findall(r"```sql\n(.*?)```", text, re.DOTALL)]


def test_readme_has_three_queries() -> None:
    assert len(readme_queries()) == 3


@pytest.mark.parametrize("number", range(3))
def test_readme_queries_run_on_both_databases(corpus_outputs: dict[str, Path], number: int) -> None:
    sql = readme_queries()[number]
    results = {kind: query(corpus_outputs[kind], kind, sql) for kind in KINDS}
    assert results["sqlite"], sql
    assert results["sqlite"] == results["duckdb"]


@pytest.mark.parametrize("kind", KINDS)
def test_reopening_drops_rows_after_the_checkpoint(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"facts{SUFFIX[kind]}"
    writer = DatabaseWriter(path, kind)  # type: ignore[arg-type]
    writer.open(0)
    for chunk in range(3):
        for number in range(2):
            writer.write(f"a{chunk}{number}", fake_extract(f"Sales 7 and {chunk}{number}"))
        assert writer.commit() == 2 * (chunk + 1)
    writer.close()  # as if killed after the third commit but before its checkpoint line
    before = table(path, kind, "facts")

    writer = DatabaseWriter(path, kind)  # type: ignore[arg-type]
    writer.open(4)
    writer.close()  # killed again before writing anything
    assert query(path, kind, "SELECT max(position) FROM articles") == [(3,)]
    writer.open(4)
    writer.write("a20", fake_extract("Sales 7 and 20"))
    writer.write_error("a21", "ValueError: boom")
    assert writer.commit() == 6
    writer.close()
    after = table(path, kind, "facts")
    assert after == [row for row in before if row["article_id"] != "a21"]
    assert query(path, kind, "SELECT id, error FROM articles WHERE position = 5") == [
        ("a21", "ValueError: boom")
    ]

    writer = DatabaseWriter(path, kind)  # type: ignore[arg-type]
    with pytest.raises(DatabaseError, match="fewer articles than its checkpoint"):
        writer.open(7)
    writer.close()


@pytest.mark.parametrize("kind", KINDS)
def test_an_empty_file_is_a_new_database(tmp_path: Path, kind: str) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "Sales 7"}\n', encoding="utf-8")
    output = tmp_path / f"facts{SUFFIX[kind]}"
    output.touch()
    result = run([str(source), "-o", str(output), "--extractor", FAKE, "-w", "1"])
    assert result.exit_code == 0, result.output
    assert query(output, kind, "SELECT article_id, value FROM facts") == [("a", "7")]
