"""Rendering facts for people and programs: a rich table, JSON Lines, one JSON array, or CSV.

Every format writes one row per fact with the name of the file it came from. JSON rows are
``{"file": ..., **fact.model_dump(mode="json")}``; CSV rows use the flat columns of
:mod:`statextract.batch.records` (``change_direction``, ``share_of``, ...) with ``file`` first.
The writers take an iterable of ``(file, facts)`` pairs and stream: JSON Lines and CSV rows are
written as each file's facts arrive.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from decimal import Decimal
from enum import Enum
from typing import Any, TextIO

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from statextract.batch.records import COLUMN_NAMES, flat_record
from statextract.models import Change, Fact, Share

FileFacts = tuple[str, Sequence[Fact]]
"""The facts of one input, with the name it is shown under."""

FILE_KEY = "file"
CSV_COLUMNS: tuple[str, ...] = (FILE_KEY, *COLUMN_NAMES[1:])
TABLE_COLUMNS: tuple[str, ...] = (
    "File",
    "Text",
    "Metric",
    "Value",
    "Unit",
    "Qualifier",
    "Date",
    "Change",
    "Share",
)
DIRECTION_SIGNS = {"increase": "+", "decrease": "-", "unchanged": "±"}
CHANGE_UNIT_SUFFIXES = {"count": "", "percent": "%", "percentage_point": " pp"}
"""How a change's unit is written after its amount; any other unit follows after a space."""
EMPTY_CELL = ""


class OutputFormat(str, Enum):
    """How facts are written."""

    table = "table"
    jsonl = "jsonl"
    json = "json"
    csv = "csv"


def fact_row(file: str, fact: Fact) -> dict[str, Any]:
    """The JSON row of ``fact``: ``{"file": file, **fact.model_dump(mode="json")}``."""
    return {FILE_KEY: file, **fact.model_dump(mode="json")}


def flat_row(file: str, fact: Fact) -> dict[str, Any]:
    """The flat (CSV) row of ``fact``, keyed by :data:`CSV_COLUMNS`."""
    row = flat_record(file, fact)
    row[FILE_KEY] = row.pop("id")
    return {name: row[name] for name in CSV_COLUMNS}


def format_number(value: Decimal | None) -> str:
    """``value`` in plain notation with thousands separators (``617,000,000``, ``62.4``)."""
    if value is None:
        return EMPTY_CELL
    return f"{value:,f}"


def format_change(change: Change | None) -> str:
    """A short reading of ``change``: ``+5.2% since 2022-10``, ``-0.1 pp``, ``+2,000 USD``."""
    if change is None:
        return EMPTY_CELL
    parts: list[str]
    if change.value is None:
        parts = [change.direction]
    else:
        amount = DIRECTION_SIGNS[change.direction] + format_number(change.value)
        if change.unit is not None:
            amount += CHANGE_UNIT_SUFFIXES.get(change.unit, f" {change.unit}")
        parts = [amount]
    if change.since is not None:
        parts.append(f"since {change.since}")
    return " ".join(parts)


def format_share(share: Share | None) -> str:
    """A short reading of ``share``: ``62.4% of netizens``."""
    if share is None:
        return EMPTY_CELL
    percent = f"{format_number(share.value)}%"
    return f"{percent} of {share.of}" if share.of else percent


def table_cells(file: str, fact: Fact) -> tuple[str, ...]:
    """The cells of one table row, in :data:`TABLE_COLUMNS` order (plain text)."""
    return (
        file,
        fact.text,
        fact.metric or EMPTY_CELL,
        format_number(fact.value),
        fact.unit or EMPTY_CELL,
        fact.qualifier or EMPTY_CELL,
        fact.date or EMPTY_CELL,
        format_change(fact.change),
        format_share(fact.share),
    )


def fact_table(results: Sequence[FileFacts]) -> Table:
    """A rich table with one row per fact; the file is the title when there is only one."""
    single = len(results) == 1
    table = Table(title=escape(results[0][0]) if single else None, header_style="bold")
    columns = TABLE_COLUMNS[1:] if single else TABLE_COLUMNS
    for name in columns:
        table.add_column(name, justify="right" if name == "Value" else "left", overflow="fold")
    for file, facts in results:
        for fact in facts:
            cells = table_cells(file, fact)
            table.add_row(*(escape(cell) for cell in (cells[1:] if single else cells)))
    return table


def plural(count: int, noun: str) -> str:
    """``1 file``, ``2 files``."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def write_table(results: Iterable[FileFacts], stream: TextIO) -> int:
    """Print the table of ``results`` to ``stream``; the number of facts."""
    collected = [(file, list(facts)) for file, facts in results]
    count = sum(len(facts) for _, facts in collected)
    console = Console(file=stream, soft_wrap=False, highlight=False)
    if count:
        console.print(fact_table([item for item in collected if item[1]]))
    summary = f"{plural(count, 'fact')} in {plural(len(collected), 'file')}"
    console.print(summary, style="dim")
    return count


def write_jsonl(results: Iterable[FileFacts], stream: TextIO) -> int:
    """Write one JSON object per fact and line; the number of facts."""
    count = 0
    for file, facts in results:
        for fact in facts:
            stream.write(json.dumps(fact_row(file, fact), ensure_ascii=False) + "\n")
            count += 1
        stream.flush()
    return count


def write_json(results: Iterable[FileFacts], stream: TextIO) -> int:
    """Write one JSON array of fact objects (streamed element by element); the number of facts."""
    count = 0
    stream.write("[")
    for file, facts in results:
        for fact in facts:
            stream.write(",\n" if count else "\n")
            stream.write(json.dumps(fact_row(file, fact), ensure_ascii=False, indent=2))
            count += 1
    stream.write("\n]\n" if count else "]\n")
    return count


def write_csv(results: Iterable[FileFacts], stream: TextIO) -> int:
    """Write a header and one CSV row per fact (flat columns); the number of facts."""
    writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for file, facts in results:
        writer.writerows(flat_row(file, fact) for fact in facts)
        count += len(facts)
        stream.flush()
    return count


WRITERS = {
    OutputFormat.table: write_table,
    OutputFormat.jsonl: write_jsonl,
    OutputFormat.json: write_json,
    OutputFormat.csv: write_csv,
}


def write_facts(results: Iterable[FileFacts], stream: TextIO, fmt: OutputFormat) -> int:
    """Write ``results`` to ``stream`` in format ``fmt``; the number of facts written."""
    return WRITERS[fmt](results, stream)
