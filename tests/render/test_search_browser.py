"""Search as a reader uses it: headless Chromium on the search page of a site that
`digest serve` serves, searching the Pagefind index the build made."""

from __future__ import annotations

import time

import pytest

from tests.browser import browser_page  # noqa: F401 (a fixture)
from tests.render.conftest import GENEVA_URL

RESULTS = "#search-results li"


def open_search(page, url: str, query: str = "") -> None:
    page.goto(url + "search/" + query)
    page.wait_for_selector("#search[data-ready]")


def titles(page) -> list[str]:
    return page.eval_on_selector_all(RESULTS + " .result-title", "els => els.map(e => e.innerText)")


@pytest.mark.slow
def test_typing_a_name_shows_their_articles_within_a_second(reader_site, browser_page):  # noqa: F811
    page = browser_page
    open_search(page, reader_site.url)
    page.click("#search-q")
    page.keyboard.type("Lavrov", delay=40)
    typed = time.perf_counter()
    page.wait_for_function(
        "document.querySelectorAll('#search-results li').length === 2", timeout=5_000
    )
    assert time.perf_counter() - typed < 1.0
    assert sorted(titles(page)) == [
        "Lavrov and Kerry end Geneva talks without a truce",
        "Putin says talks on Syria will move to Astana",
    ]
    # Date, source and an excerpt with the name highlighted.
    first = page.locator(RESULTS).first
    assert first.locator("time").inner_text() in ("9 December 2016", "5 January 2017")
    assert first.locator(".source").inner_text() == "Wire Service"
    assert first.locator(".excerpt mark").first.inner_text() == "Lavrov"
    assert page.inner_text("#search-status") == "2 articles found."
    # The search is in the address, so it can be linked.
    assert page.url.endswith("search/?q=Lavrov")
    page.locator(RESULTS + " a", has_text="Geneva talks").click()
    assert page.url.endswith(GENEVA_URL + "index.html")


@pytest.mark.slow
def test_filters_narrow_the_results(reader_site, browser_page):  # noqa: F811
    page = browser_page
    open_search(page, reader_site.url, "?q=talks")
    page.wait_for_selector(RESULTS)
    assert len(titles(page)) == 2
    options = page.eval_on_selector_all("#filter-month option", "els => els.map(e => e.value)")
    assert options == ["", "2017-01", "2016-12"]  # newest month first
    page.select_option("#filter-month", "2017-01")
    page.wait_for_function("document.querySelectorAll('#search-results li').length === 1")
    assert titles(page) == ["Putin says talks on Syria will move to Astana"]
    assert "month=2017-01" in page.url
    # A filter alone, without words: an entity's articles, newest first.
    open_search(page, reader_site.url, "?person=Robert+Mardini")
    page.wait_for_selector(RESULTS)
    assert titles(page) == ["Convoys leave eastern Aleppo"]
    assert page.input_value("#filter-person") == "Robert Mardini"
    open_search(page, reader_site.url, "?source=Daily+Example")
    page.wait_for_function("document.querySelectorAll('#search-results li').length === 2")
    assert titles(page) == ["Zanzibarite traders protest in Geneva", "Convoys leave eastern Aleppo"]


@pytest.mark.slow
def test_the_header_box_on_every_page_searches(reader_site, browser_page):  # noqa: F811
    page = browser_page
    page.goto(reader_site.url + GENEVA_URL)
    page.fill("#site-search-q", "Mardini")
    page.press("#site-search-q", "Enter")
    page.wait_for_selector(RESULTS)
    assert titles(page) == ["Convoys leave eastern Aleppo"]
    assert page.input_value("#search-q") == "Mardini"


@pytest.mark.slow
def test_markup_in_an_article_is_shown_as_text_in_results(reader_site, browser_page):  # noqa: F811
    page = browser_page
    open_search(page, reader_site.url, "?q=banners")
    page.wait_for_selector(RESULTS)
    excerpt = page.inner_text(RESULTS + " .excerpt")
    assert "<img src=x onerror=" in excerpt
    assert page.evaluate("window.__pwned") is None
    assert page.eval_on_selector_all(".excerpt img", "els => els.length") == 0


@pytest.mark.slow
def test_opened_from_disk_the_search_page_says_it_needs_a_server(reader_site, browser_page):  # noqa: F811
    page = browser_page
    page.goto((reader_site.site / "search/index.html").as_uri())
    page.wait_for_selector("#search-offline", state="visible")
    assert "digest serve" in page.inner_text("#search-offline")
    assert not page.is_visible("#search-q")
