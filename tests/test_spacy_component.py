"""The spaCy component ``"statextract"`` on a blank English pipeline (no model download)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import statextract
from statextract.spacy_component import StatExtract

TEXTS = [
    "Retail sales rose 5.2 percent year-on-year in October to 4.5 trillion yuan.",
    "As of December 2020, the number of netizens reached 989 million, an increase of 85.4 "
    "million from March 2020, and the Internet penetration rate reached 70.4%.",
    "Exports fell 3% to $20 billion last month, accounting for 12.5% of the total.",
    "No figures in this sentence.",
]
PUBLISHED = ["2023-11-15", None]


def run_python(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def pipeline(**config: object) -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("statextract", config=config)
    return nlp


def test_the_example_texts_have_facts() -> None:
    assert all(statextract.extract(text) for text in TEXTS[:3])


def test_spacy_finds_the_factory_through_the_entry_point() -> None:
    code = (
        "import spacy\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('statextract')\n"
        f"doc = nlp({TEXTS[1]!r})\n"
        "import statextract\n"
        "print(nlp.pipe_names, len(doc._.facts) > 1, doc._.facts == statextract.extract(doc.text))"
    )
    assert run_python(code) == "['statextract'] True True"


def test_importing_statextract_does_not_import_spacy() -> None:
    code = "import sys, statextract; print('spacy' in sys.modules)"
    assert run_python(code) == "False"


@pytest.mark.parametrize("published", PUBLISHED)
@pytest.mark.parametrize("text", TEXTS)
def test_facts_equal_the_public_api(text: str, published: str | None) -> None:
    doc = pipeline(published=published)(text)
    assert doc._.facts == statextract.extract(text, published=published)


@pytest.mark.parametrize("text", TEXTS)
def test_one_span_per_fact(text: str) -> None:
    doc = pipeline()(text)
    spans = doc.spans["statextract"]
    assert len(spans) == len(doc._.facts)
    for span, fact in zip(spans, doc._.facts, strict=True):
        assert span._.fact is fact
        assert span.label_ == fact.unit
        assert span.start_char <= fact.start < fact.end <= span.end_char
        assert fact.text in span.text


def test_spans_key_can_be_changed_or_turned_off() -> None:
    text = TEXTS[0]
    assert "figures" in pipeline(spans_key="figures")(text).spans
    doc = pipeline(spans_key=None)(text)
    assert doc._.facts and "statextract" not in doc.spans


def test_match_and_set_annotations_split_the_work() -> None:
    nlp = pipeline()
    component = nlp.get_pipe("statextract")
    assert isinstance(component, StatExtract)
    doc = nlp.make_doc(TEXTS[1])
    facts = component.match(doc)
    assert doc._.facts is None
    component.set_annotations(doc, facts)
    assert doc._.facts == facts == statextract.extract(TEXTS[1])


def test_a_bad_published_date_is_refused() -> None:
    with pytest.raises(ValueError, match="published must be a date"):
        pipeline(published="last Tuesday")


def test_facts_survive_doc_serialisation() -> None:
    nlp = pipeline()
    doc = nlp(TEXTS[1])
    copy = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert copy._.facts == doc._.facts
    assert [span._.fact for span in copy.spans["statextract"]] == doc._.facts


def test_pipe_with_several_processes() -> None:
    nlp = pipeline(published="2023-11-15")
    docs = list(nlp.pipe(TEXTS, n_process=2, batch_size=1))
    assert [doc._.facts for doc in docs] == [
        statextract.extract(text, published="2023-11-15") for text in TEXTS
    ]


def test_a_saved_pipeline_keeps_its_config(tmp_path: Path) -> None:
    pipeline(published="2023-11-15").to_disk(tmp_path / "nlp")
    nlp = spacy.load(tmp_path / "nlp")
    component = nlp.get_pipe("statextract")
    assert isinstance(component, StatExtract)
    assert component.published == "2023-11-15"
    assert nlp(TEXTS[0])._.facts == statextract.extract(TEXTS[0], published="2023-11-15")
