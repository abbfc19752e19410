"""The reader's pages in headless Chromium: an article that says nothing twice, the tags a
shared link's preview reads, and axe-core finding no serious or critical violation on any
kind of page, in the light and the dark colour scheme."""

from __future__ import annotations

import json
import re

import pytest

from tests.browser import browser_page, browser_pages  # noqa: F401 (fixtures)
from tests.helpers import REPO
from tests.render.conftest import BASE_URL, GENEVA_URL

AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"


def summary_of(site, slug: str) -> list[str]:
    entries = json.loads((site / "api/articles.json").read_text(encoding="utf-8"))
    return next(e["summary"] for e in entries if e["slug"] == slug)


@pytest.mark.slow
def test_an_article_prints_no_sentence_twice(reader_site, browser_page):  # noqa: F811
    page = browser_page
    page.goto(reader_site.url + GENEVA_URL)
    summary = summary_of(reader_site.site, GENEVA_URL.split("/")[1])
    assert len(summary) == 3
    text = page.inner_text("main")
    for sentence in summary:
        assert text.count(sentence) == 1, sentence
    # The summary is marked in the text, in order, instead of being printed above it.
    marked = page.eval_on_selector_all(
        ".body mark.summary-mark", "els => els.map(e => e.innerText)"
    )
    assert marked == summary
    assert page.query_selector(".summary-box") is None
    paragraphs = page.eval_on_selector_all("main p", "els => els.map(e => e.innerText.trim())")
    assert len(paragraphs) == len(set(paragraphs))
    original = page.locator("a", has_text="Read the original at Wire Service")
    assert original.get_attribute("href") == "https://wire.example/geneva-talks"
    related = page.eval_on_selector_all(".related-articles a", "els => els.map(e => e.innerText)")
    assert related[0] == "Putin says talks on Syria will move to Astana"  # Lavrov and Kerry


@pytest.mark.slow
def test_share_cards_and_structured_data_parse(reader_site, browser_page):  # noqa: F811
    page = browser_page
    page.goto(reader_site.url + GENEVA_URL)
    meta = page.evaluate(
        """() => Object.fromEntries([...document.querySelectorAll('meta[property], meta[name]')]
            .map(m => [m.getAttribute('property') || m.getAttribute('name'), m.content]))"""
    )
    url = BASE_URL + GENEVA_URL
    summary = " ".join(summary_of(reader_site.site, GENEVA_URL.split("/")[1]))
    assert (
        meta["og:title"]
        == meta["twitter:title"]
        == ("Lavrov and Kerry end Geneva talks without a truce")
    )
    assert meta["og:description"] == meta["twitter:description"] == meta["description"]
    assert summary.startswith(meta["og:description"].removesuffix("..."))
    assert meta["og:url"] == url and meta["og:type"] == "article"
    assert meta["og:site_name"] == "News Digest" and meta["twitter:card"] == "summary"
    assert page.get_attribute("link[rel=canonical]", "href") == url
    data = json.loads(page.inner_text("script[type='application/ld+json']"))
    assert data["@type"] == "NewsArticle" and data["@context"] == "https://schema.org"
    assert data["headline"] == meta["og:title"] and data["url"] == url
    assert data["datePublished"] == "2016-12-09T18:30:00+00:00"
    assert data["description"] == summary
    assert data["isBasedOn"] == "https://wire.example/geneva-talks"
    assert data["sourceOrganization"] == {"@type": "Organization", "name": "Wire Service"}
    assert {"@type": "Person", "name": "Sergei Lavrov"} in data["about"]


PAGES = {
    "home": "",
    "article": GENEVA_URL,
    "tag index": "tags/",
    "tag": "tags/sergei-lavrov/",
    "search": "search/?q=talks",
    "archive": "archive/",
}


def axe_violations(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    found = page.evaluate("async () => (await axe.run(document)).violations")
    return [
        f"{v['id']} ({v['impact']}): {[node['target'] for node in v['nodes']]}"
        for v in found
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.slow
def test_axe_sees_a_violation_when_there_is_one(reader_site, browser_page):  # noqa: F811
    page = browser_page
    page.goto(reader_site.url)
    # Grey on grey, and a field without a label: both serious or critical for axe.
    page.evaluate(
        """() => document.querySelector('main').insertAdjacentHTML('beforeend',
            '<p style="color:#bbb;background:#ccc">faint</p><input type="text">')"""
    )
    found = axe_violations(page)
    assert any(v.startswith("color-contrast (serious)") for v in found), found
    assert any(v.startswith("label (critical)") for v in found), found


@pytest.mark.slow
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_violation_on_any_kind_of_page(reader_site, browser_pages, scheme):  # noqa: F811
    assert AXE.is_file(), f"{AXE} missing: run `make test` (npm ci installs axe-core)"
    page = browser_pages(color_scheme=scheme)
    for name, path in PAGES.items():
        page.goto(reader_site.url + path)
        if name == "search":
            page.wait_for_selector("#search-results li")
        assert axe_violations(page) == [], name


@pytest.mark.slow
def test_the_tag_page_draws_its_chart_with_a_text_alternative(reader_site, browser_page):  # noqa: F811
    page = browser_page
    page.goto(reader_site.url + "tags/sergei-lavrov/")
    chart = page.locator("figure.timeline svg")
    assert chart.get_attribute("role") == "img"
    label = page.evaluate(
        """() => document.querySelector('figure.timeline svg').getAttribute('aria-labelledby')
            .split(' ').map(id => document.getElementById(id).textContent).join(' ')"""
    )
    assert label.startswith("Articles that mention Sergei Lavrov, per week")
    # Its two articles are four weeks apart: five weekly bars, two of them drawn.
    heights = page.eval_on_selector_all(
        "figure.timeline rect", "els => els.map(e => Number(e.getAttribute('height')))"
    )
    assert len(heights) == 5 and sum(1 for h in heights if h > 0) == 2
    # In a closed <details>: its text is there for screen readers, not shown.
    rows = page.eval_on_selector_all(
        ".timeline-table tbody tr", "els => els.map(e => [...e.cells].map(c => c.textContent))"
    )
    assert rows[0] == ["week of 5 December 2016", "1"]
    assert rows[-1] == ["week of 2 January 2017", "1"]
    legend = page.inner_text(".legend")
    assert re.search(r"People\s+Organisations\s+Places", legend)
