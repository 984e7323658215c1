"""Batch extraction over many articles: sources, the parallel iterator, writers, resumable runs.

>>> from statextract.batch import iter_facts
>>> for result in iter_facts([{"id": "a", "text": "Sales rose 5%."}], n_process=1):
...     print(result.id, result.ok)
a True
"""

from __future__ import annotations

from statextract.batch.runner import ArticleResult, iter_facts
from statextract.batch.sources import Article, SourceError, iter_source

__all__ = ["Article", "ArticleResult", "SourceError", "iter_facts", "iter_source"]
