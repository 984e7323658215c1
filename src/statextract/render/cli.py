"""The ``statextract render`` command: one HTML page with the facts drawn on each article."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from statextract.checks import check, check_across
from statextract.cli_input import EncodingOption, describe_error, read_input
from statextract.extract_cli import PublishedOption
from statextract.extractor import default_extractor
from statextract.render.html import Article, render_page

EXIT_FAILED_INPUT = 1


def page_title(names: list[str]) -> str:
    """The file name for one article, else how many there are."""
    return names[0] if len(names) == 1 else f"statextract: {len(names)} articles"


def render_command(
    files: Annotated[
        list[str],
        typer.Argument(metavar="FILE...", help="Article text files; - reads standard input."),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="The HTML file to write (default: standard output).",
            dir_okay=False,
        ),
    ] = None,
    published: PublishedOption = None,
    title: Annotated[
        str | None, typer.Option(help="The page title (default: the file name).")
    ] = None,
    encoding: EncodingOption = "utf-8",
) -> None:
    """Write one self-contained HTML page with the facts highlighted on each article.

    Figures are coloured by kind (level, change only, share only), the change and share of a
    fact are marked beside it, a table lists every fact's fields, and contradictions found by
    statextract check are shown in red. Several files give one page with a list of articles.
    """
    errors = Console(stderr=True, soft_wrap=True, highlight=False)
    extractor = default_extractor()
    articles: list[Article] = []
    failed: list[str] = []
    for name in files:
        shown = "<stdin>" if name == "-" else name
        try:
            text = read_input(name, encoding)
            facts = extractor.extract(text, published=published)
        except (OSError, ValueError) as error:
            failed.append(shown)
            reason = describe_error(error, encoding)
            errors.print(f"[bold red]error[/]: {escape(shown)}: {escape(reason)}")
            continue
        articles.append(Article(shown, text, facts, check(facts, text), published))
    across = check_across((a.name, a.facts) for a in articles) if len(articles) > 1 else []
    page = render_page(
        articles, title=title or page_title([a.name for a in articles]), across=across
    )
    if output is None:
        sys.stdout.write(page)
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(page, encoding="utf-8")
        count = sum(len(article.facts) for article in articles)
        errors.print(f"{count} facts in {len(articles)} articles written to {escape(str(output))}")
    if failed:
        errors.print(f"{len(failed)} of {len(files)} files failed: {escape(', '.join(failed))}")
        raise typer.Exit(EXIT_FAILED_INPUT)
