"""The spaCy component anchors each document at its own publication date."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.language import Language

TEXT = "Sales rose 5% last year."


def pipeline(published: str | None = None) -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("statextract", config={"published": published})
    return nlp


def dates(docs: list[object]) -> list[str | None]:
    return [doc._.facts[0].date for doc in docs]  # type: ignore[attr-defined]


def test_doc_published_comes_before_the_component_date() -> None:
    nlp = pipeline("2020-06-01")
    doc = nlp.make_doc(TEXT)
    doc._.published = "2024-04"
    assert dates([nlp(doc)]) == ["2023"]
    assert dates([nlp(TEXT)]) == ["2019"]


@pytest.mark.parametrize("n_process", [1, 2])
def test_the_pipe_context_gives_each_document_its_date(n_process: int) -> None:
    nlp = pipeline("2020-06-01")
    contexts: list[object] = [
        {"published": "2024-04-01", "id": 1},
        "2022",
        dt.date(2018, 3, 1),
        {"id": 4},
        "not a date but an id",
        None,
    ]
    pairs = [(TEXT, context) for context in contexts]
    results = list(nlp.pipe(pairs, as_tuples=True, n_process=n_process))
    assert [context for _, context in results] == contexts
    assert dates([doc for doc, _ in results]) == ["2023", "2021", "2017", "2019", "2019", "2019"]


def test_without_any_date_nothing_is_anchored() -> None:
    [doc] = pipeline().pipe([TEXT])
    assert dates([doc]) == [None]
