"""One self-contained HTML page with the facts drawn on their article.

The page is rendered from a Jinja2 template (``templates/page.html.j2``) with its style and
script inline, so it opens without a network. For each article: the text with every fact's
figure highlighted and coloured by its kind (level, change-only, share-only), the change and
share figures that belong to a fact marked as secondary, a table of every fact's fields, and the
findings of :func:`statextract.check` with contradictions in red. Hovering, focusing or clicking
a highlight shows the fact's fields and links to its table row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import jinja2

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from statextract.checks import Finding, check
from statextract.models import Fact
from statextract.output import format_change, format_number, format_share
from statextract.render.markup import FactKind, Node, fact_kind, fact_marks, markup_tree

DEFAULT_TITLE = "statextract"
KIND_LABELS: dict[FactKind, str] = {
    "level": "level",
    "change": "change only",
    "share": "share only",
}


@dataclass(frozen=True)
class Article:
    """One article to draw: its name, text, facts and the findings of checking them.

    ``findings=None`` runs :func:`statextract.check` over the facts; pass ``[]`` to show none.
    """

    name: str
    text: str
    facts: Sequence[Fact]
    findings: Sequence[Finding] | None = None
    published: str | None = None


@dataclass
class FactView:
    """What the template shows of one fact."""

    index: int
    fact: Fact
    kind: FactKind
    kind_label: str
    value: str
    change: str
    share: str
    conflicts: list[str] = field(default_factory=list)


@dataclass
class ArticleView:
    """What the template shows of one article."""

    key: str
    name: str
    published: str | None
    nodes: list[Node]
    facts: list[FactView]
    contradictions: list[FindingView]
    agreements: list[FindingView]


@dataclass
class FindingView:
    """One finding with the figures it names, as quoted in the text."""

    finding: Finding
    figures: list[str]
    facts: list[int]


@dataclass
class AcrossView:
    """A contradiction between articles, with each figure quoted and linked to its row."""

    finding: Finding
    figures: list[tuple[str, str, str]]
    """``(article name, figure text, link to its table row)`` of each fact involved."""


@cache
def environment() -> jinja2.Environment:
    """The Jinja2 environment of the bundled templates (HTML-escaped, strict about names)."""
    import jinja2  # imported when a page is rendered, not when statextract is

    return jinja2.Environment(
        loader=jinja2.PackageLoader("statextract.render", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _span_index(facts: Sequence[Fact]) -> dict[tuple[int, int], int]:
    return {(fact.start, fact.end): index for index, fact in enumerate(facts)}


def _finding_view(finding: Finding, text: str, spans: dict[tuple[int, int], int]) -> FindingView:
    pairs = [(start, end) for start, end in finding.facts]
    return FindingView(
        finding=finding,
        figures=[text[start:end] for start, end in pairs],
        facts=[spans[pair] for pair in pairs if pair in spans],
    )


def article_view(article: Article, key: str) -> ArticleView:
    """The template's view of ``article``; ``key`` prefixes its element ids."""
    facts = list(article.facts)
    findings = check(facts, article.text) if article.findings is None else list(article.findings)
    views = [
        FactView(
            index=index,
            fact=fact,
            kind=fact_kind(fact),
            kind_label=KIND_LABELS[fact_kind(fact)],
            value=format_number(fact.value),
            change=format_change(fact.change),
            share=format_share(fact.share),
        )
        for index, fact in enumerate(facts)
    ]
    spans = _span_index(facts)
    contradictions: list[FindingView] = []
    agreements: list[FindingView] = []
    for finding in findings:
        view = _finding_view(finding, article.text, spans)
        if finding.consistent:
            agreements.append(view)
            continue
        contradictions.append(view)
        blamed = finding.conflicting or finding.facts
        for start, end in blamed:
            index = spans.get((start, end))
            if index is not None:
                views[index].conflicts.append(finding.message)
    return ArticleView(
        key=key,
        name=article.name,
        published=article.published,
        nodes=markup_tree(article.text, fact_marks(facts, len(article.text))),
        facts=views,
        contradictions=contradictions,
        agreements=agreements,
    )


def render_page(
    articles: Iterable[Article],
    *,
    title: str = DEFAULT_TITLE,
    across: Sequence[Finding] = (),
) -> str:
    """One HTML page of several articles, with a list of them at the top.

    ``across`` takes the findings of :func:`statextract.checks.check_across` over the articles
    (their ``documents`` are article names); the contradictions among them are listed too.
    """
    listed = list(articles)
    views = [article_view(article, f"a{number}") for number, article in enumerate(listed)]
    template = environment().get_template("page.html.j2")
    return template.render(
        title=title,
        articles=views,
        across=_across_views(listed, views, across),
        kind_labels=KIND_LABELS,
    )


def _across_views(
    articles: Sequence[Article], views: Sequence[ArticleView], across: Sequence[Finding]
) -> list[AcrossView]:
    """The contradictions of ``across``, each figure quoted from its article."""
    by_name = {article.name: (article, view) for article, view in zip(articles, views, strict=True)}
    result: list[AcrossView] = []
    for finding in across:
        if finding.consistent:
            continue
        figures: list[tuple[str, str, str]] = []
        for name, (start, end) in zip(finding.documents, finding.facts, strict=False):
            article, view = by_name.get(name, (None, None))
            if article is None or view is None:
                figures.append((name, "", ""))
                continue
            index = _span_index(article.facts).get((start, end))
            link = f"#{view.key}-row-{index}" if index is not None else f"#{view.key}"
            figures.append((name, article.text[start:end], link))
        result.append(AcrossView(finding=finding, figures=figures))
    return result


def render_html(
    text: str,
    facts: Sequence[Fact],
    findings: Sequence[Finding] | None = None,
    *,
    title: str = DEFAULT_TITLE,
    published: str | None = None,
) -> str:
    """One self-contained HTML page showing ``facts`` on ``text``.

    ``findings=None`` runs :func:`statextract.check` over the facts and shows its contradictions;
    pass a list to show those instead (``[]`` for none).

        >>> import statextract
        >>> text = "Retail sales rose 5.2 percent year-on-year in October 2023."
        >>> page = statextract.render_html(text, statextract.extract(text))
        >>> page.count('class="fact kind-')
        1
    """
    article = Article(name=title, text=text, facts=facts, findings=findings, published=published)
    return render_page([article], title=title)
