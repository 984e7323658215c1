"""The facts drawn on their article: one self-contained HTML page (``statextract render``).

- :func:`render_html` — the page of one text and its facts.
- :func:`render_page` — one page of several :class:`Article` objects, with a list of them.

For a quick look inside a spaCy pipeline, displaCy's span style draws the component's spans:
``displacy.render(doc, style="span", options={"spans_key": "statextract"})``.
"""

from __future__ import annotations

from statextract.render.html import Article, render_html, render_page

__all__ = ["Article", "render_html", "render_page"]
