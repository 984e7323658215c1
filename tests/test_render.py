"""The HTML view without a browser: the marks, the escaping, the findings and the CLI."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import statextract
from statextract.cli import app
from statextract.models import Change, Fact, Share
from statextract.render import Article, render_page
from statextract.render.markup import Mark, fact_kind, fact_marks, markup_tree, nested_marks

ROOT = Path(__file__).resolve().parent.parent
SEED_PATH = ROOT / "corpora" / "jingwei-2021-02-03.txt"
RETAIL = "Retail sales rose 5.2 percent year-on-year in October 2023."
CONTRADICTION = (
    "In 2023 the city had 1,200 residents. Later the report said that in 2023 the city had "
    "1,500 residents."
)
FIGURE_MARK = re.compile(r'<mark class="fact kind-(\w+)[^"]*"')


def flatten(nodes: list) -> str:  # type: ignore[type-arg]
    """The text of a tree with every mark as ``[role:text]``."""
    parts = []
    for node in nodes:
        if node.mark is None:
            parts.append(node.text)
        else:
            parts.append(f"[{node.mark.role}:{flatten(node.children)}]")
    return "".join(parts)


def test_kinds_of_facts() -> None:
    level = Fact(text="617 million", start=0, end=11, value=617, unit="count")
    change = Fact(
        text="5.2 percent",
        start=0,
        end=11,
        unit="percent",
        change=Change(direction="increase", value=5.2, unit="percent"),
    )
    share = Fact(
        text="62.4%",
        start=0,
        end=5,
        value=62.4,
        unit="percent",
        share=Share(value=62.4, of="netizens"),
    )
    level_with_share = Fact(
        text="617 million",
        start=0,
        end=11,
        value=617,
        unit="count",
        share=Share(value=62.4, of="netizens"),
    )
    assert [fact_kind(f) for f in (level, change, share, level_with_share)] == [
        "level",
        "change",
        "share",
        "level",
    ]


def test_marks_nest_and_keep_every_figure_whole() -> None:
    text = "abcdefghij"
    marks = [Mark(2, 6, 0, "figure"), Mark(4, 8, 1, "change"), Mark(0, 3, 1, "share")]
    pieces = nested_marks(marks)
    assert Mark(2, 6, 0, "figure") in pieces
    assert {(m.start, m.end) for m in pieces if m.fact == 1} == {(0, 2), (2, 3), (4, 6), (6, 8)}
    tree = markup_tree(text, marks)
    assert flatten(tree) == "[share:ab][figure:[share:c]d[change:ef]][change:gh]ij"


def test_the_tree_keeps_the_text() -> None:
    text = SEED_PATH.read_text(encoding="utf-8")
    facts = statextract.extract(text, published="2021-02-03")
    tree = markup_tree(text, fact_marks(facts, len(text)))
    assert re.sub(r"\[\w+:|\]", "", flatten(tree)) == re.sub(r"\[\w+:|\]", "", text)
    assert flatten(tree).count("[figure:") == len(facts) == 11


def test_render_html_draws_one_mark_per_fact_and_escapes_the_text() -> None:
    text = "<script>alert(1)</script> Exports fell 3% to $20 billion & more."
    facts = statextract.extract(text)
    page = statextract.render_html(text, facts, title="<b>Trade</b>")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<title>&lt;b&gt;Trade&lt;/b&gt;</title>" in page
    assert len(FIGURE_MARK.findall(page)) == len(facts) >= 1
    assert page.count('<tr id="a0-row-') == len(facts)


def test_the_page_is_self_contained() -> None:
    page = statextract.render_html(RETAIL, statextract.extract(RETAIL))
    assert not re.search(r'(src|href)="(https?:)?//', page)
    assert "<style>" in page and "<script>" in page
    assert FIGURE_MARK.findall(page) == ["change"]


def test_findings_none_runs_the_checks_and_an_empty_list_shows_none() -> None:
    facts = statextract.extract(CONTRADICTION)
    checked = statextract.render_html(CONTRADICTION, facts)
    assert checked.count('class="fact kind-level conflict"') == 2
    assert "stated with different values" in checked
    unchecked = statextract.render_html(CONTRADICTION, facts, findings=[])
    assert (
        "kind-level conflict" not in unchecked and "stated with different values" not in unchecked
    )


def test_a_page_of_several_articles_lists_them_and_their_contradictions_across() -> None:
    first = "In 2023 the city had 1,200 residents."
    second = "In 2023 the city had 1,500 residents."
    articles = [
        Article(name, text, statextract.extract(text), [])
        for name, text in (("one.txt", first), ("two.txt", second))
    ]
    across = statextract.checks.check_across((a.name, a.facts) for a in articles)
    page = render_page(articles, title="Two", across=across)
    assert '<a href="#a0">one.txt</a>' in page and '<a href="#a1">two.txt</a>' in page
    assert "Contradictions across articles" in page
    assert '<a href="#a1-row-0">1,500</a>' in page


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_render_command_writes_one_page(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "out" / "seed.html"
    result = runner.invoke(
        app, ["render", str(SEED_PATH), "-o", str(target), "--published", "2021-02-03"]
    )
    assert result.exit_code == 0, result.output
    page = target.read_text(encoding="utf-8")
    assert len(FIGURE_MARK.findall(page)) == 11
    assert "published 2021-02-03" in page
    assert "jingwei-2021-02-03.txt" in page


def test_render_command_with_several_files_and_standard_output(
    runner: CliRunner, tmp_path: Path
) -> None:
    other = tmp_path / "retail.txt"
    other.write_text(RETAIL, encoding="utf-8")
    result = runner.invoke(app, ["render", str(SEED_PATH), str(other)])
    assert result.exit_code == 0, result.output
    assert '<nav class="article-list"' in result.stdout
    assert "statextract: 2 articles" in result.stdout


def test_render_command_reports_a_missing_file(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "page.html"
    result = runner.invoke(app, ["render", str(SEED_PATH), "missing.txt", "-o", str(target)])
    assert result.exit_code == 1
    assert "missing.txt: no such file" in result.output
    assert target.exists()


def test_render_command_rejects_a_bad_date(runner: CliRunner) -> None:
    result = runner.invoke(app, ["render", str(SEED_PATH), "--published", "May 2024"])
    assert result.exit_code == 2
