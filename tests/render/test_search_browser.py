"""Search as a reader uses it: headless Chromium on the search page of a site that
`digest serve` serves, searching the Pagefind index the build made: in one bundle, and in
shards that the page merges."""

from __future__ import annotations

import datetime
import json
import random
import time

import pytest

from tests.browser import browser_page  # noqa: F401 (a fixture)
from tests.helpers import article, make_site
from tests.render.conftest import GENEVA_URL, _served

RESULTS = "#search-results li"


@pytest.fixture(params=["one bundle", "shards"])
def search_site(request):
    """The reader site with its index in one bundle, then in shards."""
    name = "reader_site" if request.param == "one bundle" else "sharded_reader_site"
    return request.getfixturevalue(name)


def open_search(page, url: str, query: str = "") -> None:
    page.goto(url + "search/" + query)
    page.wait_for_selector("#search[data-ready]")


def titles(page) -> list[str]:
    return page.eval_on_selector_all(RESULTS + " .result-title", "els => els.map(e => e.innerText)")


@pytest.mark.slow
def test_typing_a_name_shows_their_articles_within_a_second(search_site, browser_page):  # noqa: F811
    page = browser_page
    open_search(page, search_site.url)
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
def test_filters_narrow_the_results(search_site, browser_page):  # noqa: F811
    page = browser_page
    open_search(page, search_site.url, "?q=talks")
    # The page appends each result as its data arrives: wait for the list to stop at two
    # (a wait for the first item raced the second).
    page.wait_for_function(
        "document.querySelectorAll('#search-results li').length === 2", timeout=5_000
    )
    assert len(titles(page)) == 2
    options = page.eval_on_selector_all("#filter-month option", "els => els.map(e => e.value)")
    assert options == ["", "2017-01", "2016-12"]  # newest month first
    page.select_option("#filter-month", "2017-01")
    page.wait_for_function("document.querySelectorAll('#search-results li').length === 1")
    assert titles(page) == ["Putin says talks on Syria will move to Astana"]
    assert "month=2017-01" in page.url
    # A filter alone, without words: an entity's articles, newest first.
    open_search(page, search_site.url, "?person=Robert+Mardini")
    page.wait_for_selector(RESULTS)
    assert titles(page) == ["Convoys leave eastern Aleppo"]
    assert page.input_value("#filter-person") == "Robert Mardini"
    open_search(page, search_site.url, "?source=Daily+Example")
    page.wait_for_function("document.querySelectorAll('#search-results li').length === 2")
    assert titles(page) == ["Zanzibarite traders protest in Geneva", "Convoys leave eastern Aleppo"]


@pytest.mark.slow
def test_the_header_box_on_every_page_searches(search_site, browser_page):  # noqa: F811
    page = browser_page
    page.goto(search_site.url + GENEVA_URL)
    page.fill("#site-search-q", "Mardini")
    page.press("#site-search-q", "Enter")
    page.wait_for_selector(RESULTS)
    assert titles(page) == ["Convoys leave eastern Aleppo"]
    assert page.input_value("#search-q") == "Mardini"


@pytest.mark.slow
def test_markup_in_an_article_is_shown_as_text_in_results(search_site, browser_page):  # noqa: F811
    page = browser_page
    open_search(page, search_site.url, "?q=banners")
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


@pytest.fixture(scope="module")
def many_shards(tmp_path_factory):
    """24 articles of one topic on 24 days, in random order, indexed in eight shards."""
    rng = random.Random(17)
    days = [datetime.date(2016, 11, 1) + datetime.timedelta(days=3 * i) for i in range(24)]
    rng.shuffle(days)
    files = {
        f"r{n:02d}.md": article(f"Report {n:02d}", day.isoformat())
        for n, day in enumerate(days, start=1)
    }
    root = make_site(tmp_path_factory.mktemp("many"), files, "[search]\nshard_pages = 4\n")
    by_date = sorted(((day, n) for n, day in enumerate(days, start=1)), reverse=True)
    newest_first = [f"Report {n:02d}" for _, n in by_date]
    for served in _served(root):
        yield served, newest_first


@pytest.mark.slow
def test_a_filter_alone_lists_the_articles_of_every_shard_newest_first(many_shards, browser_page):  # noqa: F811
    served, newest_first = many_shards
    manifest = json.loads((served.site / "pagefind/shards.json").read_text())
    assert manifest["count"] == 8 and len(manifest["shards"]) >= 6
    page = browser_page
    open_search(page, served.url, "?topic=Ceasefire+talks")
    page.wait_for_function("document.querySelectorAll('#search-results li').length === 20")
    assert page.inner_text("#search-status") == "24 articles found."
    # The count of the filter's value is every shard's.
    assert "(24)" in page.inner_text("#filter-topic")
    assert titles(page) == newest_first[:20]
    page.click("#search-more")
    page.wait_for_function("document.querySelectorAll('#search-results li').length === 24")
    assert titles(page) == newest_first
    assert page.is_hidden("#search-more")
    # Words find the articles of every shard.
    open_search(page, served.url, "?q=report")
    page.wait_for_function("document.getElementById('search-status').innerText !== ''")
    assert page.inner_text("#search-status") == "24 articles found."
