"""Live reload as a person sees it: headless Chromium on a page served by a serve session."""

import pytest

from generator.config import load_config
from generator.live.session import Session
from tests.browser import browser_page  # noqa: F401 (a fixture)
from tests.helpers import make_site

ARTICLE = """---
title: Talks in Geneva
date: 2016-12-09
tags: [Ceasefire talks]
---

{body}

The talks ended without an agreement, and both delegations said they would meet again.
"""


@pytest.fixture
def session(tmp_path):
    make_site(
        tmp_path,
        {
            "a.md": ARTICLE.format(body="Officials met in Geneva on Friday to discuss a truce."),
            "b.md": ARTICLE.replace("Talks in Geneva", "Convoys leave Aleppo").format(
                body="Buses left the eastern districts of Aleppo on Thursday."
            ),
        },
    )
    session = Session(lambda: load_config(root=tmp_path), tmp_path / "digest.toml")
    assert session.rebuild()
    url = session.serve("127.0.0.1", 0)
    session.watch()
    yield tmp_path, url
    session.stop()


@pytest.mark.slow
def test_saves_reload_the_page_errors_show_and_recover(session, browser_page):  # noqa: F811
    root, url = session
    page = browser_page
    page.goto(url + "articles/talks-in-geneva/")
    assert "Officials met in Geneva" in page.inner_text("body")
    # Survives only as long as the page is not reloaded.
    page.evaluate("window.notReloaded = true")

    (root / "content/a.md").write_text(
        ARTICLE.format(body="Delegations returned to Geneva on Saturday for a second round.")
    )
    page.wait_for_function("document.body.innerText.includes('returned to Geneva on Saturday')")
    assert page.evaluate("window.notReloaded") is None
    assert "Officials met in Geneva" not in page.inner_text("body")

    (root / "content/a.md").write_text("---\ntitle: [Talks in Geneva\n---\n\nNo closing bracket.\n")
    error = page.wait_for_selector("#digest-error")
    message = error.inner_text()
    assert "a.md" in message and "front matter" in message.lower()
    assert page.title() == "Build failed"

    (root / "content/a.md").write_text(
        ARTICLE.format(body="The front matter was fixed and the talks went on.")
    )
    page.wait_for_function("document.body.innerText.includes('front matter was fixed')")
    assert page.query_selector("#digest-error") is None
    assert page.title() != "Build failed"
