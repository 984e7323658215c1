"""Writers: JSONL, CSV and Parquet records, format choice, resumable positions, flat columns."""

from __future__ import annotations

import csv
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from test_batch_fakes import fake_extract

from statextract.batch.records import COLUMN_NAMES, flat_record
from statextract.batch.writers import (
    ErrorLog,
    Format,
    MissingDependencyError,
    format_for,
    make_writer,
)
from statextract.models import Change, Fact, Share

ARTICLES = [("a", "up 3, then 12.5%"), ("b", "none"), ("c", "7")]
FACT = Fact(
    text="617 million",
    start=10,
    end=21,
    metric="live webcast users",
    value=Decimal("617000000"),
    unit="count",
    date="2020-12",
    change=Change(direction="increase", value=Decimal("57030000"), unit="count", since="2020-03"),
    share=Share(value=Decimal("62.4"), of="netizens"),
    sentence=(0, 80),
    metric_span=(30, 48),
    evidence={"change": (40, 55)},
)


def test_flat_record_columns() -> None:
    row = flat_record("x", FACT)
    assert tuple(row) == COLUMN_NAMES
    assert {key: row[key] for key in COLUMN_NAMES if row[key] is not None} == {
        "id": "x",
        "text": "617 million",
        "start": 10,
        "end": 21,
        "metric": "live webcast users",
        "value": 617000000,
        "unit": "count",
        "date": "2020-12",
        "change_direction": "increase",
        "change_value": 57030000,
        "change_unit": "count",
        "change_since": "2020-03",
        "share_value": 62.4,
        "share_of": "netizens",
        "sentence_start": 0,
        "sentence_end": 80,
        "metric_start": 30,
        "metric_end": 48,
        "evidence": '{"change": [40, 55]}',
    }


@pytest.mark.parametrize(
    ("name", "explicit", "expected"),
    [
        ("out.jsonl", None, "jsonl"),
        ("out.NDJSON", None, "jsonl"),
        ("out.csv", None, "csv"),
        ("out.parquet", None, "parquet"),
        ("out.txt", "csv", "csv"),
    ],
)
def test_format_for(name: str, explicit: str | None, expected: str) -> None:
    assert format_for(Path(name), explicit) == expected


@pytest.mark.parametrize(("name", "explicit"), [("out.txt", None), ("out.jsonl", "xml")])
def test_format_for_rejects(name: str, explicit: str | None) -> None:
    with pytest.raises(ValueError, match="unknown output format"):
        format_for(Path(name), explicit)


def write_articles(path: Path, fmt: Format, articles: list[tuple[str, str]]) -> list[int]:
    writer = make_writer(path, fmt)
    writer.open(0)
    positions = []
    for article_id, text in articles:
        writer.write(article_id, fake_extract(text))
        positions.append(writer.commit())
    writer.finish()
    writer.close()
    writer.cleanup()
    return positions


def read_rows(path: Path, fmt: Format) -> list[dict[str, Any]]:
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if fmt == "csv":
        with path.open(encoding="utf-8", newline="") as stream:
            return list(csv.DictReader(stream))
    import pyarrow.parquet as pq

    return list(pq.read_table(path).to_pylist())


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_writers_one_record_per_fact(tmp_path: Path, fmt: Format) -> None:
    path = tmp_path / f"out.{fmt}"
    write_articles(path, fmt, ARTICLES)
    rows = read_rows(path, fmt)
    assert [row["id"] for row in rows] == ["a", "a", "c"]
    assert [float(row["value"]) for row in rows] == [3, 12.5, 7]
    assert [row["metric"] for row in rows] == ["café sales, “total”"] * 3
    if fmt != "jsonl":
        assert list(rows[0]) == list(COLUMN_NAMES)
    assert not list(tmp_path.glob("*.parts")) and not list(tmp_path.glob("*.tmp"))


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_reopen_at_position_drops_later_records(tmp_path: Path, fmt: Format) -> None:
    clean, resumed = tmp_path / f"clean.{fmt}", tmp_path / f"resumed.{fmt}"
    write_articles(clean, fmt, ARTICLES)
    writer = make_writer(resumed, fmt)
    writer.open(0)
    writer.write("a", fake_extract(ARTICLES[0][1]))
    position = writer.commit()
    writer.write("junk", fake_extract("99 98"))  # written, never committed
    if fmt == "parquet":
        writer.commit()  # committed as a part, but not recorded in a checkpoint
    writer.close()
    writer = make_writer(resumed, fmt)
    writer.open(position)
    for article_id, text in ARTICLES[1:]:
        writer.write(article_id, fake_extract(text))
        writer.commit()
    writer.finish()
    writer.close()
    writer.cleanup()
    assert resumed.read_bytes() == clean.read_bytes()


def test_error_log_lines(tmp_path: Path) -> None:
    log = ErrorLog(tmp_path / "errors.jsonl")
    log.open(0)
    log.write_error("a/b.txt", "ValueError: café")
    assert log.commit() > 0
    log.close()
    lines = (tmp_path / "errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [{"id": "a/b.txt", "error": "ValueError: café"}]


def test_parquet_without_pyarrow_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(MissingDependencyError, match=r"statextract\[parquet\]"):
        make_writer(tmp_path / "out.parquet", "parquet")


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_amounts_beyond_a_double_are_written(tmp_path: Path, fmt: Format) -> None:
    """ "Rp22,139 trillion" has more digits than a double holds exactly: Parquet takes the nearest
    double, JSONL and CSV keep every digit."""
    big = FACT.model_copy(update={"value": Decimal("22139000000000001"), "unit": "IDR"})
    path = tmp_path / f"out.{fmt}"
    writer = make_writer(path, fmt)
    writer.open(0)
    writer.write("gdp", [big])
    writer.commit()
    writer.finish()
    writer.close()
    writer.cleanup()
    (row,) = read_rows(path, fmt)
    if fmt == "parquet":
        assert row["value"] == pytest.approx(2.2139e16)
    else:
        assert Decimal(str(row["value"])) == Decimal("22139000000000001")
