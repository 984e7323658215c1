"""The :class:`Extractor`: compiled rules applied to one text at a time."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from statextract.models import Fact

PublishedDate = dt.date | str | None


class Extractor:
    """Holds the compiled rules; call :meth:`extract` on each text."""

    def extract(self, text: str, published: PublishedDate = None) -> list[Fact]:
        """Facts of ``text`` in text order; ``published`` anchors relative dates."""
        return []


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    """The shared default :class:`Extractor` (built once per process)."""
    return Extractor()


def extract(text: str, published: PublishedDate = None) -> list[Fact]:
    """Facts of ``text`` with the default :class:`Extractor`."""
    return default_extractor().extract(text, published=published)
