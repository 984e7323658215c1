"""statextract: structured statistical facts from news text.

>>> import statextract
>>> facts = statextract.extract("Retail sales rose 5.2 percent year-on-year in October 2023.")
"""

from __future__ import annotations

from statextract.batch import iter_facts as iter_facts
from statextract.checks import Finding as Finding
from statextract.checks import check as check
from statextract.dataframe import to_dataframe
from statextract.evaluation import evaluate as evaluate
from statextract.extractor import Analysis, Extractor, InputTooLargeError, extract, quantities
from statextract.models import Change, Fact, Share
from statextract.quantity import Quantity
from statextract.render import render_html

__all__ = [
    "Analysis",
    "Change",
    "Extractor",
    "Fact",
    "Finding",
    "InputTooLargeError",
    "Quantity",
    "Share",
    "__version__",
    "check",
    "evaluate",
    "extract",
    "iter_facts",
    "quantities",
    "render_html",
    "to_dataframe",
]
__version__ = "0.1.0"
