"""A length limit on the articles of a batch (``--max-chars``), around any extractor.

:class:`Limited` is a picklable callable, so it travels to the worker processes like a plain
extractor; a longer article fails with :class:`~statextract.InputTooLargeError`, whose message
names ``--max-chars``.
"""

from __future__ import annotations

from dataclasses import dataclass

from statextract.batch.runner import ExtractFn, PublishedDate
from statextract.extractor import InputTooLargeError, extractor_with_limit
from statextract.models import Fact


@dataclass(frozen=True)
class Limited:
    """``extract`` (default: the built-in extractor) refusing texts over ``max_chars``."""

    max_chars: int
    extract: ExtractFn | None = None

    def __call__(self, text: str, published: PublishedDate) -> list[Fact]:
        if len(text) > self.max_chars:
            raise InputTooLargeError(len(text), self.max_chars)
        if self.extract is not None:
            return self.extract(text, published)
        return extractor_with_limit(self.max_chars).extract(text, published=published)
