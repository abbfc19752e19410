"""Hostile content in every format that can carry HTML, opened in headless Chromium: no
script, event handler or javascript: link from an article runs on any page of the site."""

import json

import pytest

from tests.browser import browser_page  # noqa: F401 (a fixture)
from tests.helpers import build_dir, make_site

# Each payload records that it ran, with its name, in window.__pwned and the page title.
PAYLOADS = {
    "script": "<script>window.__pwned = (window.__pwned || []).concat('script')</script>",
    "onerror": (
        "<img src=\"missing.png\" onerror=\"window.__pwned=['onerror'];document.title='PWNED'\">"
    ),
    "svg": "<svg><script>window.__pwned=['svg']</script></svg>",
    "onload": "<svg onload=\"window.__pwned=['onload']\"></svg>",
    "iframe": "<iframe srcdoc=\"<script>parent.__pwned=['iframe']</script>\"></iframe>",
    "javascript": '<a id="js" href="javascript:window.__pwned=[\'javascript\']">read</a>',
}
HOSTILE = " ".join(PAYLOADS.values())
PROSE = "Officials from Russia and the United States met in Geneva on Friday to discuss a truce."
TITLE = "Geneva talks <img src=x onerror=\"window.__pwned=['title']\">"

MARKDOWN = f"""---
title: {json.dumps(TITLE)}
date: 2016-12-09
author: {json.dumps('"><script>window.__pwned=["author"]</script>')}
---

{PROSE}

<div>{HOSTILE}</div>

The talks ended <b>without</b> an agreement.
"""

FEED = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Wire &lt;script&gt;window.__pwned=['channel']&lt;/script&gt;</title>
<item><title>Convoys leave Aleppo</title><guid>1</guid>
<pubDate>Thu, 15 Dec 2016 08:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>{PROSE}</p><p>{HOSTILE}</p>]]></content:encoded></item>
</channel></rss>"""

DUMP = json.dumps(
    {
        "title": "Security Council votes <script>window.__pwned=['jsonl-title']</script>",
        "html": f"<p>{PROSE}</p><p>{HOSTILE}</p>",
        "date": "2016-12-19",
        "source": "<img src=x onerror=\"window.__pwned=['source']\">",
    }
)

PAGE = f"""<!doctype html><html><head><title>Palmyra ruins at risk</title>
<script>window.__pwned=['page-head']</script></head><body><article>
<h1>Palmyra ruins at risk</h1><p>{PROSE}</p><p>UNESCO warned about the ancient city. {HOSTILE}</p>
<p>Archaeologists said the damage to the temples could not be assessed from a distance.</p>
</article></body></html>"""

TEXT = f"Title: Putin's year-end news conference\nDate: 2016-12-23\n\n{PROSE}\n{HOSTILE}\n"

DETECT = """() => ({
    pwned: window.__pwned || null,
    title: document.title,
    handlers: [...document.querySelectorAll('*')].flatMap(
        el => [...el.attributes].filter(a => a.name.startsWith('on')).map(a => a.name)),
    scriptLinks: [...document.querySelectorAll('[href],[src]')].filter(
        el => /^\\s*javascript:/i.test(el.getAttribute('href') || el.getAttribute('src'))).length,
    // The theme's own search forms (the header's, the search page's) aside.
    frames: document.querySelectorAll('iframe, object, embed').length + [
        ...document.querySelectorAll('form')].filter(
        form => !form.closest('.masthead') && !form.closest('#search')).length,
})"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("xss")
    make_site(
        root,
        {
            "a.md": MARKDOWN,
            "wire.rss": FEED,
            "dump.jsonl": DUMP,
            "page.html": PAGE,
            "notes.txt": TEXT,
        },
    )
    result = build_dir(root)
    assert result.articles == 5, [str(p) for p in result.problems]
    return root / "site"


def visit(page, path) -> dict:
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(path.as_uri(), wait_until="load")
    page.wait_for_timeout(50)  # let any queued error/load handlers fire
    found = page.evaluate(DETECT)
    found["dialogs"] = dialogs
    return found


def test_the_detector_sees_a_payload_that_runs(hostile_site, browser_page):  # noqa: F811
    control = hostile_site.parent / "control.html"
    control.write_text(f"<!doctype html><title>ok</title><body>{HOSTILE}</body>")
    found = visit(browser_page, control)
    assert found["pwned"] and found["title"] == "PWNED" and found["handlers"]


def test_no_payload_runs_on_any_page(hostile_site, browser_page):  # noqa: F811
    pages = sorted(hostile_site.rglob("*.html"))
    articles = [p for p in pages if p.parent.parent.name == "articles"]
    assert len(articles) == 5
    for path in pages:
        found = visit(browser_page, path)
        where = path.relative_to(hostile_site).as_posix()
        assert found["pwned"] is None, where
        assert found["title"] != "PWNED", where
        assert found["handlers"] == [] and found["scriptLinks"] == 0, where
        assert found["frames"] == 0 and found["dialogs"] == [], where


def test_hostile_markup_in_text_is_shown_as_text(hostile_site, browser_page):  # noqa: F811
    article = next(hostile_site.glob("articles/putin*/index.html"))
    visit(browser_page, article)
    # Plain-text content is escaped, so a reader sees the markup rather than running it.
    assert "<script>" in browser_page.inner_text("main")
    md = next(hostile_site.glob("articles/geneva-talks*/index.html"))
    visit(browser_page, md)
    assert browser_page.inner_text("h1").startswith("Geneva talks <img")
    assert browser_page.locator("b", has_text="without").count() == 1  # formatting survives
