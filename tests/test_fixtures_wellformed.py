"""The bundled corpus: every fixture loads cleanly and pairs with its article."""

from __future__ import annotations

from pathlib import Path

import pytest

from statextract.evaluation import GoldDocument, load_fixtures

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
CORPORA = ROOT / "corpora"
SEED = "jingwei-2021-02-03"
SOURCE_LINE = "Figures: "
MIN_ARTICLES = 25
MIN_FACTS = 400

ARTICLES = sorted(path.stem for path in CORPORA.glob("*.txt"))


@pytest.fixture(scope="module")
def documents() -> list[GoldDocument]:
    return load_fixtures(FIXTURES, CORPORA)


def test_every_article_has_a_fixture_and_every_fixture_an_article() -> None:
    fixtures = sorted(path.stem for path in FIXTURES.glob("*.json"))
    assert fixtures == ARTICLES


def test_corpus_size(documents: list[GoldDocument]) -> None:
    assert len(documents) >= MIN_ARTICLES
    assert sum(len(document.facts) for document in documents) >= MIN_FACTS


def test_every_document_has_a_publication_date(documents: list[GoldDocument]) -> None:
    assert [d.id for d in documents if d.published is None] == []


def test_the_seed_article_is_present() -> None:
    assert SEED in ARTICLES


@pytest.mark.parametrize("name", [name for name in ARTICLES if name != SEED])
def test_article_opens_with_its_source(name: str) -> None:
    text = (CORPORA / f"{name}.txt").read_text(encoding="utf-8")
    first, _, rest = text.partition("\n")
    assert first.startswith(SOURCE_LINE) and first.endswith(".")
    assert rest.startswith("\n"), "the source line is followed by a blank line"
