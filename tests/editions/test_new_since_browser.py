""" "New since your last visit" in headless Chromium: what static/new-since.js marks, from
what it remembers in localStorage, and the page without JavaScript."""

import pytest

from generator.build import build
from generator.config import load_config
from tests.browser import browser_page  # noqa: F401 (a fixture)
from tests.editions.test_edition_pages import make

KEY = "news-digest:visits"


@pytest.fixture(scope="module")
def site(tmp_path_factory, cache):
    root = make(tmp_path_factory.mktemp("site"), cache)
    build(load_config(root=root))
    return root / "site"


def marked(page) -> list[str]:
    return page.eval_on_selector_all(
        ".is-new", "els => els.map(e => e.getAttribute('data-key') || e.textContent.trim())"
    )


def remember(page, previous: str | None, last_ms_ago: int) -> None:
    """Store a visit history: the previous visit's end (an ISO time or none) and the time
    of the last page view, `last_ms_ago` milliseconds ago."""
    page.evaluate(
        """([key, previous, ago]) => localStorage.setItem(key, JSON.stringify({
            previous: previous === null ? null : Date.parse(previous),
            last: Date.now() - ago,
        }))""",
        [KEY, previous, last_ms_ago],
    )


def test_stories_published_since_the_previous_visit_are_marked(site, browser_page):  # noqa: F811
    page = browser_page
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    url = (site / "editions/2016-12-09/index.html").as_uri()
    page.goto(url, wait_until="load")
    # A first visit: nothing to compare with, nothing marked.
    assert marked(page) == []
    assert page.is_hidden("[data-new-count]")
    assert page.evaluate(f"JSON.parse(localStorage.getItem('{KEY}')).previous") is None

    # Still the same visit, whose previous one ended at 10:00 UTC on the 9th: the stories
    # published at 12:00 and 15:00 are new, those of 08:00 and 05:00 are not.
    remember(page, "2016-12-09T10:00:00Z", 60_000)
    page.reload(wait_until="load")
    assert marked(page) == ["convoys-wait-outside-aleppo", "red-cross-appeals-for-access-to-aleppo"]
    assert page.inner_text("[data-new-count]") == "2 new since your last visit"
    badge = page.locator("li[data-key='convoys-wait-outside-aleppo'] h2 .new-badge")
    assert badge.inner_text().lower() == "new"
    # Reloading within the visit keeps the marks.
    page.reload(wait_until="load")
    assert len(marked(page)) == 2

    # Back after two hours: the previous visit is the one that just ended, after all of it.
    remember(page, "2016-12-09T10:00:00Z", 2 * 3600 * 1000)
    page.reload(wait_until="load")
    assert marked(page) == []
    assert page.is_hidden("[data-new-count]")

    # The home page loads the script too; it marks what carries the hook, and nothing breaks.
    page.goto((site / "index.html").as_uri(), wait_until="load")
    assert errors == []


def test_the_edition_page_is_whole_without_javascript(site, browser_page):  # noqa: F811
    context = browser_page.context.browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto((site / "editions/2016-12-09/index.html").as_uri(), wait_until="load")
        assert page.locator("li.edition-item h2").all_inner_texts() == [
            "Convoys wait outside Aleppo",
            "Geneva talks end without a truce",
            "Red Cross appeals for access to Aleppo",
        ]
        assert page.locator(".top-news a").count() == 3
        assert page.locator(".new-badge").count() == 0
    finally:
        context.close()
