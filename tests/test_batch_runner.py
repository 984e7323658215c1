"""The parallel iterator: input order, captured errors, bounded reading, real extractor."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_batch_fakes import fake_extract

from statextract.batch import Article, ArticleResult, SourceError, iter_facts
from statextract.batch.runner import IN_FLIGHT_PER_PROCESS, resolve_processes

CORPUS = Path(__file__).resolve().parents[1] / "corpora"
TEXTS = ["up 3 and 4", "RAISE 9", "", "12.5% of users", "no figures", "1 2 3"]


def expected_results(published: str | None = None) -> list[tuple[str, int, str | None]]:
    rows: list[tuple[str, int, str | None]] = []
    for index, text in enumerate(TEXTS):
        try:
            rows.append((f"t{index}", len(fake_extract(text, published)), None))
        except ValueError as error:
            rows.append((f"t{index}", 0, f"ValueError: {error}"))
    return rows


def summary(results: Iterator[ArticleResult]) -> list[tuple[str, int, str | None]]:
    return [(result.id, len(result.facts), result.error) for result in results]


@pytest.mark.parametrize(("n_process", "batch_size"), [(1, 1), (1, 4), (2, 1), (2, 4)])
def test_results_in_input_order_with_errors_captured(n_process: int, batch_size: int) -> None:
    records = [{"id": f"t{index}", "text": text} for index, text in enumerate(TEXTS)]
    results = iter_facts(
        records, n_process=n_process, batch_size=batch_size, extractor=fake_extract
    )
    assert summary(results) == expected_results()


@pytest.mark.parametrize(
    ("item", "default", "expected_date"),
    [
        (Article("a", "5 units", "2020-01-01"), "2021-02-03", "2020-01-01"),
        (Article("a", "5 units"), "2021-02-03", "2021-02-03"),
        ({"id": "a", "text": "5 units", "published": "2019-05-05"}, None, "2019-05-05"),
    ],
)
def test_published_default_and_override(item: Any, default: str, expected_date: str) -> None:
    [result] = iter_facts([item], n_process=1, published=default, extractor=fake_extract)
    assert [fact.date for fact in result.facts] == [expected_date]


def test_source_errors_pass_through_in_place() -> None:
    items: list[Article | SourceError] = [
        Article("a", "1"),
        SourceError("b", "cannot decode"),
        Article("c", "2"),
    ]
    results = list(iter_facts(items, n_process=2, batch_size=2, extractor=fake_extract))
    assert [(r.id, r.ok, r.error) for r in results] == [
        ("a", True, None),
        ("b", False, "cannot decode"),
        ("c", True, None),
    ]


def test_input_is_read_lazily_with_bounded_chunks_in_flight() -> None:
    pulled: list[int] = []

    def records() -> Iterator[Article]:
        for index in range(1000):
            pulled.append(index)
            yield Article(f"a{index}", "7 items")

    batch_size, n_process = 5, 2
    results = iter_facts(records(), n_process=n_process, batch_size=batch_size,
                         extractor=fake_extract)  # fmt: skip
    first = next(results)
    assert first.id == "a0"
    assert len(pulled) <= (n_process * IN_FLIGHT_PER_PROCESS + 1) * batch_size
    results.close()


@pytest.mark.parametrize(("requested", "expected"), [(3, 3), (1, 1)])
def test_resolve_processes(requested: int, expected: int) -> None:
    assert resolve_processes(requested) == expected


@pytest.mark.parametrize("requested", [None, 0, -1])
def test_resolve_processes_means_all_cores(requested: int | None) -> None:
    assert resolve_processes(requested) >= 1
    assert resolve_processes(requested) == resolve_processes(None)


def test_rejects_empty_batches() -> None:
    with pytest.raises(ValueError, match="batch_size"):
        list(iter_facts([], batch_size=0))


@pytest.mark.parametrize("n_process", [1, 2])
def test_real_extractor_gives_facts_with_offsets(n_process: int) -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))][:4]
    records = [{"id": str(index), "text": text} for index, text in enumerate(texts)]
    results = list(iter_facts(records, n_process=n_process, published="2021-02-03"))
    assert [result.id for result in results] == [str(index) for index in range(len(texts))]
    for result, text in zip(results, texts, strict=True):
        assert result.error is None
        assert all(text[fact.start : fact.end] == fact.text for fact in result.facts)
