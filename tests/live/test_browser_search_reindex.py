"""The search index after a save in `digest serve`: made in the background once the pages
are written, and an open search page reloads when it is ready (headless Chromium)."""

import json

import pytest

from generator.config import load_config
from generator.live.session import Session
from tests.browser import browser_page  # noqa: F401 (a fixture)
from tests.helpers import make_site

ARTICLE = """---
title: {title}
date: 2016-12-09
---

{body}

The talks ended without an agreement, and both delegations said they would meet again.
"""


@pytest.fixture
def served(tmp_path):
    make_site(
        tmp_path,
        {
            "a.md": ARTICLE.format(
                title="Talks in Geneva",
                body="Officials met in Geneva on Friday to discuss a truce.",
            ),
            "b.md": ARTICLE.format(
                title="Convoys leave Aleppo", body="Buses left the eastern districts on Thursday."
            ),
        },
    )
    session = Session(lambda: load_config(root=tmp_path), tmp_path / "digest.toml")
    assert session.rebuild()
    url = session.serve("127.0.0.1", 0)
    session.watch()
    yield tmp_path, url, session
    session.stop()


@pytest.mark.slow
def test_a_save_is_searchable_once_the_index_is_made(served, browser_page):  # noqa: F811
    root, url, session = served
    page = browser_page
    session.pipeline.indexer.wait()
    page.goto(url + "search/?q=Montreux")
    page.wait_for_selector("#search[data-ready]")
    page.wait_for_function("document.getElementById('search-status').innerText !== ''")
    assert page.inner_text("#search-status") == "No articles found."
    before = page.get_attribute("#search", "data-search-index")
    assert before

    (root / "content/a.md").write_text(
        ARTICLE.format(
            title="Talks in Geneva", body="Officials moved the talks to Montreux on Saturday."
        )
    )
    # The page reloads by itself when the new index is there, and finds the new word. The
    # index is made at a low priority: on a busy machine it can take a while.
    page.wait_for_selector("#search-results li", timeout=90_000)
    assert page.inner_text("#search-results .result-title") == "Talks in Geneva"
    assert page.get_attribute("#search", "data-search-index") not in ("", before)
    # The page searches the index on disk, and nothing of the old index is left behind.
    bundle = root / "site/pagefind"
    manifest = json.loads((bundle / "shards.json").read_text())
    assert page.get_attribute("#search", "data-search-index") == manifest["version"]
    (shard,) = manifest["shards"]
    metas = list(bundle.rglob("pagefind.*.pf_meta"))
    assert [meta.relative_to(bundle).as_posix() for meta in metas] == [
        f"0/pagefind.{shard['index']}.pf_meta"
    ]
