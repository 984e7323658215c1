"""The spaCy pipeline component ``"statextract"``: sets ``doc._.facts`` and ``doc.spans``.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("statextract", config={"published": "2023-11-15"})
>>> doc = nlp("Retail sales rose 5.2 percent year-on-year in October.")
>>> [(fact.text, fact.date) for fact in doc._.facts]
[('5.2 percent', '2023-10')]

Each document may carry its own publication date, used before the component's ``published``:
``doc._.published`` (a date or a string such as ``"2024-04-01"``), or the context of
``nlp.pipe(pairs, as_tuples=True)`` when it is a date, a date string or a dict with a
``"published"`` key (another context, such as an id, is left alone):

>>> pairs = [("Sales rose 5% last year.", {"published": "2024-04-01"})]
>>> [(doc._.facts[0].date, context) for doc, context in nlp.pipe(pairs, as_tuples=True)]
[('2023', {'published': '2024-04-01'})]

spaCy finds the factory through the package's ``spacy_factories`` entry point, so
``import statextract`` alone does not import spaCy. ``doc.spans["statextract"]`` holds one span
per fact (the figure, widened to whole tokens), labelled with the fact's unit, with the fact in
``span._.fact``. Facts survive ``Doc.to_bytes`` and ``nlp.pipe(..., n_process=N)``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

import srsly  # type: ignore[import-untyped]
from spacy.language import Language
from spacy.tokens import Doc, Span

from statextract.extractor import Extractor, default_extractor, parse_published
from statextract.models import Fact
from statextract.published import PublishedDate

FACTORY_NAME = "statextract"
FACTS_ATTR = "facts"
FACT_ATTR = "fact"
PUBLISHED_ATTR = "published"
DEFAULT_SPANS_KEY = "statextract"
DEFAULT_LABEL = "number"
MSGPACK_KEY = "__statextract_fact__"

if not Doc.has_extension(FACTS_ATTR):
    Doc.set_extension(FACTS_ATTR, default=None)
if not Doc.has_extension(PUBLISHED_ATTR):
    Doc.set_extension(PUBLISHED_ATTR, default=None)
if not Span.has_extension(FACT_ATTR):
    Span.set_extension(FACT_ATTR, default=None)


def _encode_fact(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    """msgpack encoder: a :class:`Fact` as a tagged dict (so that ``Doc.to_bytes`` works)."""
    if isinstance(obj, Fact):
        return {MSGPACK_KEY: obj.model_dump(mode="json")}
    return obj if chain is None else chain(obj)


def _decode_fact(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    """msgpack decoder: the :class:`Fact` of a tagged dict."""
    if isinstance(obj, dict) and MSGPACK_KEY in obj:
        return Fact.model_validate(obj[MSGPACK_KEY])
    return obj if chain is None else chain(obj)


srsly.msgpack_encoders.register(FACTORY_NAME, func=_encode_fact)
srsly.msgpack_decoders.register(FACTORY_NAME, func=_decode_fact)


class StatExtract:
    """Finds statistical facts in a ``Doc`` (shaped like spaCy's ``SpanRuler``)."""

    def __init__(
        self,
        nlp: Language | None = None,
        name: str = FACTORY_NAME,
        *,
        published: str | None = None,
        spans_key: str | None = DEFAULT_SPANS_KEY,
        extractor: Extractor | None = None,
    ) -> None:
        parse_published(published)  # fail early on a bad date
        self.name = name
        self.published = published
        self.spans_key = spans_key
        self.extractor = extractor or default_extractor()

    def __call__(self, doc: Doc) -> Doc:
        """Find the facts of ``doc`` and store them on it."""
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Fact]:
        """The facts of ``doc.text``, in text order, anchored at the document's own date."""
        return self.extractor.extract(doc.text, published=doc_published(doc, self.published))

    def set_annotations(self, doc: Doc, facts: list[Fact]) -> None:
        """Set ``doc._.facts`` and, unless ``spans_key`` is None, ``doc.spans[spans_key]``."""
        doc._.set(FACTS_ATTR, facts)
        if self.spans_key is None:
            return
        spans: list[Span] = []
        for fact in facts:
            span = fact_span(doc, fact)
            if span is not None:
                spans.append(span)
        doc.spans[self.spans_key] = spans


def doc_published(doc: Doc, default: PublishedDate) -> PublishedDate:
    """``doc._.published``, else a date in the ``nlp.pipe`` context of ``doc``, else
    ``default``."""
    own: PublishedDate = doc._.get(PUBLISHED_ATTR)
    if own is not None:
        return own
    context = getattr(doc, "_context", None)
    if isinstance(context, Mapping):
        value = context.get(PUBLISHED_ATTR)
        return default if value is None else value
    if isinstance(context, dt.date):
        return context
    if isinstance(context, str):
        try:
            if parse_published(context) is not None:
                return context
        except ValueError:
            pass  # a context that is not a date (an id, say) says nothing about the date
    return default


def fact_span(doc: Doc, fact: Fact) -> Span | None:
    """The span of ``fact``'s figure, widened to whole tokens, with ``span._.fact`` set."""
    span = doc.char_span(
        fact.start, fact.end, label=fact.unit or DEFAULT_LABEL, alignment_mode="expand"
    )
    if span is not None:
        span._.set(FACT_ATTR, fact)
    return span


@Language.factory(
    FACTORY_NAME,
    default_config={"published": None, "spans_key": DEFAULT_SPANS_KEY},
    assigns=[f"doc._.{FACTS_ATTR}", f"span._.{FACT_ATTR}"],
)
def make_statextract(
    nlp: Language, name: str, published: str | None, spans_key: str | None
) -> StatExtract:
    """Build the ``"statextract"`` component (``published``: an optional ISO date)."""
    return StatExtract(nlp, name, published=published, spans_key=spans_key)
