"""The HTML view in a real browser: headless Chromium opens the page of the seed article.

Reads the rendered DOM (the highlights, their colours, the table rows, the tooltip on hover, the
link to the row) and saves a screenshot to ``docs/img/render-seed.png``, which the README shows.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from chromium_finder import LAUNCH_ARGS, find_chromium

import statextract
from statextract.render import Article, render_page
from statextract.render.markup import fact_kind

ROOT = Path(__file__).resolve().parent.parent
SEED_PATH = ROOT / "corpora" / "jingwei-2021-02-03.txt"
SEED = SEED_PATH.read_text(encoding="utf-8")
PUBLISHED = "2021-02-03"
SCREENSHOT = ROOT / "docs" / "img" / "render-seed.png"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
CONTRADICTION = (
    "In 2023 the city had 1,200 residents. Later the report said that in 2023 the city had "
    "1,500 residents."
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable, reason = find_chromium()
    if executable is None:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the browser tests: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=LAUNCH_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def seed_facts() -> list[statextract.Fact]:
    return statextract.extract(SEED, published=PUBLISHED)


def open_page(browser: Any, html: str, tmp_path: Path) -> tuple[Any, list[str]]:
    """A browser tab showing ``html`` from a file, and the list of every URL it requested."""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(path.as_uri())
    return page, requested


@pytest.fixture
def seed_page(
    browser: Any, seed_facts: list[statextract.Fact], tmp_path: Path
) -> Iterator[tuple[Any, list[str]]]:
    html = statextract.render_html(
        SEED, seed_facts, title="jingwei-2021-02-03.txt", published=PUBLISHED
    )
    page, requested = open_page(browser, html, tmp_path)
    yield page, requested
    page.close()


def test_every_fact_is_one_highlight_on_its_figure(seed_page: Any, seed_facts: list[Any]) -> None:
    page, _ = seed_page
    highlights = page.locator(".text mark.fact")
    assert len(seed_facts) == 11
    assert highlights.count() == 11
    assert highlights.all_inner_texts() == [fact.text for fact in seed_facts]


def test_highlights_are_coloured_by_kind(seed_page: Any, seed_facts: list[Any]) -> None:
    page, _ = seed_page
    colours = page.evaluate(
        """() => Object.fromEntries(["level", "share"].map(kind => [kind,
            getComputedStyle(document.querySelector(`.text mark.fact.kind-${kind}`))
                .backgroundColor]))"""
    )
    assert colours["level"] != colours["share"]
    assert "rgba(0, 0, 0, 0)" not in colours.values()
    kinds = page.eval_on_selector_all(
        ".text mark.fact", "marks => marks.map(m => m.className.match(/kind-(\\w+)/)[1])"
    )
    assert kinds == [fact_kind(fact) for fact in seed_facts]
    assert kinds.count("share") == 3  # "66.2%" twice, "17.8%"
    assert kinds.count("level") == 8


def test_changes_and_shares_of_a_fact_are_secondary_marks(seed_page: Any) -> None:
    page, _ = seed_page
    secondary = page.locator(".text .secondary")
    texts = secondary.all_inner_texts()
    assert "57.03 million" in texts and "62.4%" in texts
    assert page.locator(".text mark.fact .secondary, .text .secondary mark.fact").count() == 0
    assert page.locator(".secondary-change").count() >= 7
    assert page.locator(".secondary-share").count() >= 5


def test_the_table_has_a_row_per_fact(seed_page: Any, seed_facts: list[Any]) -> None:
    page, _ = seed_page
    rows = page.locator("table.facts tbody tr")
    assert rows.count() == len(seed_facts) == 11
    cells = rows.nth(3).locator("td").all_inner_texts()
    assert cells[1] == "617 million"
    assert "live webcast users" in cells[3]
    assert cells[4] == "617,000,000"
    assert cells[7] == "2020-12"
    assert cells[8] == "+57,030,000 since 2020-03"
    assert cells[9] == "62.4% of total netizens"


def test_hovering_a_highlight_shows_its_fields_and_links_its_row(seed_page: Any) -> None:
    page, _ = seed_page
    tooltip = page.locator("#tooltip")
    assert tooltip.is_hidden()
    page.locator(".text mark.fact").nth(3).hover()
    tooltip.wait_for(state="visible")
    shown = tooltip.inner_text()
    for expected in ("live webcast users", "617,000,000", "2020-12", "62.4% of total netizens"):
        assert expected in shown
    link = tooltip.locator("a.row-link")
    assert link.get_attribute("href") == "#a0-row-3"
    link.click()
    assert page.evaluate("location.hash") == "#a0-row-3"
    assert "selected" in (page.locator("#a0-row-3").get_attribute("class") or "")
    page.mouse.move(5, 5)
    tooltip.wait_for(state="hidden")


def test_keyboard_focus_shows_the_tooltip(seed_page: Any) -> None:
    page, _ = seed_page
    page.locator(".text mark.fact").first.focus()
    page.locator("#tooltip").wait_for(state="visible")
    assert "live webcast users" in page.locator("#tooltip").inner_text()
    page.keyboard.press("Escape")
    page.locator("#tooltip").wait_for(state="hidden")


def test_the_page_loads_nothing_from_the_network(seed_page: Any) -> None:
    page, requested = seed_page
    page.locator(".text mark.fact").first.hover()
    assert all(url.startswith("file://") for url in requested), requested


def test_screenshot_of_the_seed_for_the_readme(seed_page: Any) -> None:
    page, _ = seed_page
    page.locator(".text mark.fact").nth(3).hover()
    page.locator("#tooltip").wait_for(state="visible")
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))
    data = SCREENSHOT.read_bytes()
    assert data.startswith(PNG_SIGNATURE) and len(data) > 20_000


def test_contradictions_are_red_with_their_explanation(browser: Any, tmp_path: Path) -> None:
    facts = statextract.extract(CONTRADICTION)
    page, _ = open_page(browser, statextract.render_html(CONTRADICTION, facts), tmp_path)
    conflicts = page.locator(".text mark.fact.conflict")
    assert conflicts.count() == 2
    colour = page.evaluate(
        "getComputedStyle(document.querySelector('.finding.contradiction')).color"
    )
    assert colour == "rgb(198, 40, 40)"
    assert "stated with different values" in page.locator(".finding.contradiction").inner_text()
    conflicts.first.hover()
    assert "different values" in page.locator("#tooltip").inner_text()
    page.close()


def test_several_articles_give_one_page_with_a_list(browser: Any, tmp_path: Path) -> None:
    first = "Retail sales rose 5.2 percent year-on-year in October 2023."
    articles = [
        Article("seed.txt", SEED, statextract.extract(SEED, published=PUBLISHED)),
        Article("retail.txt", first, statextract.extract(first)),
    ]
    page, _ = open_page(browser, render_page(articles, title="Two articles"), tmp_path)
    assert page.locator("nav.article-list li a").all_inner_texts() == ["seed.txt", "retail.txt"]
    assert page.locator("article.article").count() == 2
    assert page.locator("#a1 .text mark.fact.kind-change").count() == 1
    page.locator("#a1 .text mark.fact").hover()
    assert "retail sales" in page.locator("#tooltip").inner_text().lower()
    page.close()
