"""The pipeline run again and again, as `digest serve` runs it: what is reused, what is
redone, what goes; a warm pipeline's output always equals a cold build's."""

import gc
import json
import os
import random
import re
import shutil
import sqlite3
import weakref
from contextlib import closing

import pytest

from generator import load, reference, write
from generator.build import build
from generator.build_state import OutputCheck, code_fingerprint
from generator.config import load_config
from generator.pipeline import Pipeline
from generator.problems import BuildFailed
from generator.stamps import output_stamps
from tests.helpers import (
    SITE,
    article,
    make_site,
    parse,
    record_rendered,
    record_word_counts,
    retired_trees_deleted,
    snapshot,
    text_of,
)


@pytest.fixture
def served(tmp_path, counted):
    """A site with its pipeline, as `digest serve` keeps it, after the first run."""
    make_site(tmp_path, SITE)
    builder = Pipeline(load_config(root=tmp_path), watching=True)
    builder.run()
    counted.clear()
    return tmp_path, builder


def test_template_change_rerenders_without_any_analysis(served, counted, monkeypatch):
    root, builder = served
    links = []
    resolver = builder.linker._resolver
    real_link = resolver.resolve
    monkeypatch.setattr(resolver, "resolve", lambda *a, **k: links.append(1) or real_link(*a, **k))
    (root / "templates").mkdir()
    (root / "templates/article.html").write_text(
        '{% extends "base.html" %}{% block content %}<h1 id="t">NEW {{ entry.article.title }}'
        "</h1>{% endblock %}"
    )
    result = builder.run()
    assert counted == []
    assert result.analysed == 0
    assert links == []  # nothing in content/ changed: the linked site is reused
    page = parse(root / "site/articles/talks-in-geneva/index.html")
    assert text_of(page.find(".//h1[@id='t']")) == "NEW Talks in Geneva"
    (root / "templates/static").mkdir()
    (root / "templates/static/style.css").write_text("body { color: teal }")
    builder.run()
    assert counted == [] and links == []
    assert (root / "site/static/style.css").read_text() == "body { color: teal }"
    (root / "content/a.md").write_text(article("Talks in Geneva", "2016-12-09", tag="Truce"))
    builder.run()
    # A new tag, the same text: linked again, not analysed again.
    assert counted == [] and links == [1]
    assert (root / "site/tags/truce/index.html").is_file()


def test_one_changed_article_is_the_only_one_analysed(served, counted):
    root, builder = served
    untouched = root / "site/tags/evacuation/index.html"
    inode = untouched.stat().st_ino
    (root / "content/b.md").write_text(article("Second round of talks ends", "2016-12-10"))
    result = builder.run()
    assert counted == ["b.md"]
    assert 0 < result.written < len(list((root / "site").rglob("*.*")))
    assert untouched.stat().st_ino == inode  # neither re-rendered nor rewritten
    # The site feed lists articles (the front page lists b.md's story, whose headline may
    # be a.md's: their texts are the same).
    assert "Second round of talks ends" in (root / "site/feed.xml").read_text()


def test_an_edit_re_renders_only_the_pages_that_show_the_edited_article(
    tmp_path, counted, monkeypatch
):
    # One article per page: "Ceasefire talks" has two tag pages, one for each article.
    # Without stories: a.md and b.md are one story, whose headline the edit may change,
    # and with it every page that shows the story (tests/stories/ checks those).
    make_site(tmp_path, SITE, "[site]\narticles_per_page = 1\n[stories]\nenabled = false\n")
    builder = Pipeline(load_config(root=tmp_path), watching=True)
    builder.run()
    rendered = record_rendered(monkeypatch)
    (tmp_path / "content/a.md").write_text(
        article("Talks in Geneva", "2016-12-09") + "\nA closing line added on a later visit.\n"
    )
    builder.run()
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
    result = builder.run()
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
    builder.run()
    (root / "content/b.md").unlink()
    builder.run()
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
        builder.run()
    assert any(p.path == "b.md" for p in failure.value.problems)
    assert snapshot(root / "site") == before
    (root / "content/c.md").write_text(article("Convoys leave Aleppo again", "2016-12-11"))
    with pytest.raises(BuildFailed, match=r"b\.md"):
        builder.run()
    (root / "content/b.md").write_text(article("Second round, fixed", "2016-12-10"))
    builder.run()
    index = (root / "site/feed.xml").read_text()
    assert "Second round, fixed" in index and "Convoys leave Aleppo again" in index


def test_a_long_session_keeps_its_memories_bounded_and_its_pages_right(served):
    # Every edit leaves the cards rendered for the old version of the entry behind; they
    # are forgotten once they have doubled, and pages stay right across the cut. The
    # analyses kept are those of the current articles only.
    root, builder = served
    path = root / "content/a.md"
    sizes = []
    for i in range(120):
        path.write_text(article("Talks in Geneva", "2016-12-09", body=f"Version {i} of the talks."))
        os.utime(path, ns=(i * 10**9, i * 10**9))  # a new stamp even within one clock tick
        builder.run()
        sizes.append(len(builder.renderer._env.entry_fragments.rendered))
        assert len(builder.analyser._known) == len(SITE)
        assert (
            f"Version {i} of the talks"
            in (root / "site/articles/talks-in-geneva/index.html").read_text()
        )
    assert max(sizes) > 64  # it grew past the threshold ...
    assert min(sizes[sizes.index(max(sizes)) + 1 :]) < max(sizes) / 2  # ... and was cut down


@pytest.fixture
def listings(monkeypatch):
    """How many times the content folder was listed (counting, not replacing it)."""
    calls = []
    real = load.list_content

    def counting(content_dir):
        calls.append(content_dir)
        return real(content_dir)

    monkeypatch.setattr(load, "list_content", counting)
    return calls


def test_a_hinted_edit_reads_the_file_without_listing_the_folder(served, listings):
    root, builder = served
    path = root / "content/b.md"
    path.write_text(article("Second round of talks ends", "2016-12-10"))
    builder.run([str(path.resolve())])
    assert listings == []
    assert "Second round of talks ends" in (root / "site/feed.xml").read_text()


def test_hints_never_hide_added_or_removed_files(served, listings):
    root, builder = served
    content = (root / "content").resolve()
    listed = content.stat()
    (content / "d.md").write_text(article("Fourth meeting in Geneva", "2016-12-12"))
    # As if within the clock tick of the last listing: only the hint tells of the new file.
    os.utime(content, ns=(listed.st_atime_ns, listed.st_mtime_ns))
    builder.run([str(content / "d.md")])
    assert len(listings) == 1
    assert "Fourth meeting in Geneva" in (root / "site/feed.xml").read_text()

    # A file added and one removed with no event at all: the folder's time gives them away.
    (content / "e.md").write_text(article("Fifth meeting in Geneva", "2016-12-13"))
    (content / "c.md").unlink()
    os.utime(content, ns=(1, 1))
    builder.run([])
    assert len(listings) == 2
    index = (root / "site/feed.xml").read_text()
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
    builder.run()
    (hidden / "talks.md").write_text(article("Talks abroad resume", "2016-12-08"))
    os.utime(hidden / "talks.md", ns=(10**9, 10**9))
    builder.run([str((root / "content/a.md").resolve())])
    assert len(listings) == 1  # the rebuild without hints
    assert "Talks abroad resume" in (root / "site/index.html").read_text()


def test_two_pipelines_in_one_process_share_nothing(tmp_path_factory, counted):
    one = make_site(tmp_path_factory.mktemp("one"), SITE)
    other = make_site(
        tmp_path_factory.mktemp("other"),
        {"x.md": article("Evacuation of Homs", "2016-12-12", "Evacuation", "Buses left Homs.")},
    )
    first, second = Pipeline(load_config(root=one)), Pipeline(load_config(root=other))
    first.run()
    second.run()
    assert [p.name for p in (other / "site/articles").iterdir()] == ["evacuation-of-homs"]
    assert "Geneva" not in (other / "site/index.html").read_text()
    # The first keeps going from its own state, unaffected by the second.
    (one / "content/a.md").write_text(article("Talks in Geneva resume", "2016-12-09"))
    first.run()
    assert "Talks in Geneva resume" in (one / "site/index.html").read_text()
    assert "Talks in Geneva" not in (other / "site/index.html").read_text()


def test_digest_build_twice_in_one_process_equals_the_first(tmp_path, counted):
    make_site(tmp_path, SITE)
    config = load_config(root=tmp_path)
    build(config)
    first = snapshot(tmp_path / "site")
    build(config)
    assert snapshot(tmp_path / "site") == first
    assert len(counted) == len(SITE)  # the second build read every analysis from the cache


NAMES = ["Sergei Lavrov", "John Kerry", "Geneva", "Aleppo", "Red Cross", "Homs", "Damascus"]


def _random_article(rng: random.Random, n: int) -> str:
    people = rng.sample(NAMES, 3)
    body = (
        f"{people[0]} met {people[1]} in {people[2]} on day {n}. "
        f"Officials in {rng.choice(NAMES)} said talks would continue."
    )
    day = rng.randrange(1, 28)
    return article(
        f"Report {n}", f"2016-{rng.randrange(10, 13)}-{day:02d}", rng.choice(NAMES), body
    )


def test_a_warm_pipeline_equals_a_cold_build_after_random_edits(tmp_path_factory):
    # Random additions, edits (text, date, tags), renames, drafts and deletions; after each
    # step the warm pipeline's site must be byte for byte the site a new pipeline builds.
    rng = random.Random(2016)
    cache = tmp_path_factory.mktemp("cache")
    # Search in shards of about 3 pages: 2 to 8 shards, their count changing on the way.
    config_text = (
        f'[paths]\ncache = "{cache}"\n[site]\narticles_per_page = 2\n[search]\nshard_pages = 3\n'
    )
    warm_root = make_site(
        tmp_path_factory.mktemp("warm"),
        {f"a{i}.md": _random_article(rng, i) for i in range(6)},
        config_text,
    )
    warm = Pipeline(load_config(root=warm_root), watching=True)
    warm.run()
    made = 6
    for step in range(20):
        content = warm_root / "content"
        files = sorted(content.iterdir())
        action = rng.random()
        if action < 0.3 or len(files) < 3:
            (content / f"a{made}.md").write_text(_random_article(rng, made))
            made += 1
        elif action < 0.45:
            target = rng.choice(files)
            target.write_text(_random_article(rng, made))
            made += 1
        elif action < 0.6:
            # The same names, other words: the summary changes, the entities do not.
            target = rng.choice(files)
            target.write_text(target.read_text().replace(" would ", f" would again ({step}) "))
        elif action < 0.75:
            rng.choice(files).rename(content / f"renamed{step}.md")
        elif action < 0.85:
            target = rng.choice(files)
            target.write_text(target.read_text().replace("---\n\n", "draft: true\n---\n\n", 1))
        else:
            rng.choice(files).unlink()
        warm.run()
        cold_root = tmp_path_factory.mktemp(f"cold{step}")
        shutil.copytree(content, cold_root / "content")
        (cold_root / "digest.toml").write_text(config_text)
        build(load_config(root=cold_root))
        assert snapshot(warm_root / "site") == snapshot(cold_root / "site"), f"step {step}"


def random_change(rng: random.Random, content, step: int, made: int) -> int:
    """One random change to the content folder: an article added, another outlet's copy of
    one, an edit of its words, a rename or a deletion; returns the articles made so far."""
    files = sorted(content.iterdir())
    action = rng.random()
    if action < 0.25:
        (content / f"a{made}.md").write_text(_random_article(rng, made))
        made += 1
    elif action < 0.4:
        # Another outlet's copy of an article: its text under another title and date,
        # which joins (or starts) a group of copies shown as one front-page item.
        text = rng.choice(files).read_text()
        day = rng.randrange(1, 28)
        text = re.sub(r"title: .*", f"title: Copy {made}", text, count=1)
        text = re.sub(r"date: .*", f"date: 2016-12-{day:02d}", text, count=1)
        (content / f"a{made}.md").write_text(text)
        made += 1
    elif action < 0.6:
        target = rng.choice(files)
        target.write_text(target.read_text().replace(" would ", f" would again ({step}) "))
    elif action < 0.8:
        rng.choice(files).rename(content / f"renamed{step}.md")
    else:
        rng.choice(files).unlink()
    return made


# `digest build` across processes: each build below is a new pipeline, which knows only
# what the last one saved in .digest-cache/build.sqlite.


def test_a_build_after_random_edits_equals_a_cold_build_and_renders_only_what_changed(
    tmp_path_factory,
):
    rng = random.Random(1912)
    cache = tmp_path_factory.mktemp("cache")
    config_text = (
        f'[paths]\ncache = "{cache}"\n[site]\narticles_per_page = 2\n[search]\nshard_pages = 3\n'
    )
    root = make_site(
        tmp_path_factory.mktemp("site"),
        {f"a{i}.md": _random_article(rng, i) for i in range(8)},
        config_text,
    )
    first = build(load_config(root=root))
    assert first.note is None
    # The next builds' templates come compiled from the cache (`generator.render.compiled`).
    assert list((cache / "templates").glob("*.code"))
    made = 8
    for step in range(12):
        content = root / "content"
        made = random_change(rng, content, step, made)
        warm = build(load_config(root=root))
        assert warm.note is None, warm.note
        cold_root = tmp_path_factory.mktemp(f"cold{step}")
        shutil.copytree(content, cold_root / "content")
        (cold_root / "digest.toml").write_text(
            "[site]\narticles_per_page = 2\n[search]\nshard_pages = 3\n"
        )
        cold = build(load_config(root=cold_root))
        assert snapshot(root / "site") == snapshot(cold_root / "site"), f"step {step}"
        assert warm.rendered < cold.rendered  # the saved state was used
        # The stamps saved by difference are the output's own.
        assert saved_output_stamps(cache) == output_stamps(root / "site"), f"step {step}"


def test_a_one_shot_pipeline_lets_go_of_its_stages_and_saves_what_a_kept_one_saves(
    tmp_path_factory,
):
    # `digest build` runs its pipeline once: the analyses, the linker's memory and the
    # stories stage's go as soon as each has run, freed without the cycle collector (off
    # here, as during a run), and the state saved is the same.
    rng = random.Random(1871)
    files = {f"a{i}.md": _random_article(rng, i) for i in range(8)}
    saved = []
    enabled = gc.isenabled()
    gc.disable()
    try:
        for once in (True, False):
            root = make_site(tmp_path_factory.mktemp("site"), files)
            pipeline = Pipeline(load_config(root=root), once=once)
            kept = [weakref.ref(pipeline.linker._resolver), weakref.ref(pipeline.stories._grouper)]
            pipeline.run()
            pipeline.close()
            assert [stage() is None for stage in kept] == [once, once]
            assert bool(pipeline.analyser._known) is not once
            saved.append(saved_link_and_stories(root / ".digest-cache"))
    finally:
        if enabled:
            gc.enable()
    assert saved[0] == saved[1]
    assert saved[0]["link"] and saved[0]["stories"]
    again = Pipeline(load_config(root=root), once=True)
    again.run()
    with pytest.raises(RuntimeError, match="runs once"):
        again.run()


@pytest.mark.parametrize("saved_meanwhile", [False, True])
def test_a_one_shot_build_reads_the_saved_stories_after_linking_and_only_if_still_current(
    tmp_path_factory, monkeypatch, saved_meanwhile
):
    # The stories stage's saved rows are read when the stage runs, not with the rest of
    # the state: the link stage, the build's highest memory, runs without them. If the
    # state was saved again meanwhile (another build of the site), they would not fit
    # what was read before: the stories are then grouped from scratch, to the same site.
    from generator.build_state import BuildState
    from generator.link import Linker
    from generator.stories.group import StoryGrouper

    rng = random.Random(2201)
    files = {f"a{i}.md": _random_article(rng, i) for i in range(8)}
    root = make_site(tmp_path_factory.mktemp("site"), files)
    build(load_config(root=root))
    files["a3.md"] = _random_article(rng, 30)
    (root / "content" / "a3.md").write_text(files["a3.md"])
    events = []
    link = Linker.link

    def linked(self, *args, **kwargs):
        site = link(self, *args, **kwargs)
        events.append("linked")
        if saved_meanwhile:
            with closing(sqlite3.connect(root / ".digest-cache" / "build.sqlite")) as db, db:
                db.execute("UPDATE meta SET value = 'another build' WHERE key = 'saved'")
        return site

    monkeypatch.setattr(Linker, "link", linked)
    for owner, name in (
        (BuildState, "load_stories"),
        (StoryGrouper, "group"),
        (StoryGrouper, "resume"),
    ):
        monkeypatch.setattr(owner, name, record(events, getattr(owner, name)))
    pipeline = Pipeline(load_config(root=root), once=True)
    pipeline.run()
    pipeline.close()
    assert events == ["linked", "load_stories", "group" if saved_meanwhile else "resume"]
    cold = make_site(tmp_path_factory.mktemp("cold"), files)
    build(load_config(root=cold))
    assert snapshot(root / "site") == snapshot(cold / "site")


def record(events: list, method):
    """`method`, noting its name in `events` when called."""

    def called(self, *args, **kwargs):
        events.append(method.__name__)
        return method(self, *args, **kwargs)

    return called


def test_a_one_shot_build_that_fails_after_its_early_save_began_keeps_the_saved_state(
    tmp_path,
):
    # The link and stories parts go into the state's transaction as soon as each stage has
    # run; a template error while rendering rolls them back, and the next build still
    # starts from the state the last good build saved.
    rng = random.Random(1848)
    make_site(tmp_path, {f"a{i}.md": _random_article(rng, i) for i in range(6)})
    config = load_config(root=tmp_path)
    build(config)
    before = saved_link_and_stories(config.cache_dir)
    site = snapshot(tmp_path / "site")
    content = tmp_path / "content"
    (content / "a6.md").write_text(_random_article(rng, 6))
    (content / "a0.md").unlink()
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates/article.html").write_text("{{ nothing.here() }}")
    with pytest.raises(BuildFailed, match="template error"):
        build(config)
    assert saved_link_and_stories(config.cache_dir) == before
    assert snapshot(tmp_path / "site") == site
    shutil.rmtree(tmp_path / "templates")
    warm = build(config)
    assert warm.note is None, warm.note
    assert saved_link_and_stories(config.cache_dir) != before
    cold_root = tmp_path / "cold"
    shutil.copytree(content, cold_root / "content")
    cold = build(load_config(root=cold_root))
    assert snapshot(tmp_path / "site") == snapshot(cold_root / "site")
    assert warm.rendered < cold.rendered  # the saved state was used


def test_an_early_save_that_fails_is_reported_and_the_build_stands(tmp_path, monkeypatch):
    # A part of the state that cannot be written (a full disk, an I/O error) ends the early
    # save: the site is built, the report says the state was not saved, and the state on
    # disk is the last good build's.
    from generator.build_state import BuildState

    rng = random.Random(1789)
    make_site(tmp_path, {f"a{i}.md": _random_article(rng, i) for i in range(5)})
    config = load_config(root=tmp_path)
    build(config)
    before = saved_link_and_stories(config.cache_dir)
    (tmp_path / "content/a5.md").write_text(_random_article(rng, 5))

    def failing(self, rows, gone):
        raise sqlite3.OperationalError("disk I/O error")

    with monkeypatch.context() as patched:
        patched.setattr(BuildState, "save_stories", failing)
        result = build(config)
    assert "the build state was not saved (disk I/O error)" in result.note
    assert saved_link_and_stories(config.cache_dir) == before
    cold_root = tmp_path / "cold"
    shutil.copytree(tmp_path / "content", cold_root / "content")
    build(load_config(root=cold_root))
    assert snapshot(tmp_path / "site") == snapshot(cold_root / "site")
    assert "is not the site the last build wrote" in build(config).note


def saved_link_and_stories(cache) -> dict:
    """The link and stories stages' parts of the build state in the cache folder `cache`."""
    with closing(sqlite3.connect(cache / "build.sqlite")) as db:
        found = {
            table: sorted(db.execute(f"SELECT * FROM {table}"))
            for table in ("link", "link_words", "stories", "related", "groups")
        }
        found["meta"] = sorted(
            db.execute("SELECT * FROM meta WHERE key IN ('link', 'votes', 'words')")
        )
    return found


def saved_output_stamps(cache) -> dict:
    """The output's stamps as the build state in the cache folder `cache` holds them."""
    with closing(sqlite3.connect(cache / "build.sqlite")) as db:
        (data,) = db.execute("SELECT value FROM meta WHERE key = 'outputs'").fetchone()
    return {rel: tuple(stamp) for rel, stamp in json.loads(data).items()}


def test_a_serve_session_saves_the_stamps_of_the_files_it_wrote_in_place(tmp_path):
    # Serve writes in place, run after run, and saves when it stops; the search index is
    # made again after each; the next build trusts the output only if the stamps hold.
    make_site(tmp_path, SITE)
    config = load_config(root=tmp_path)
    build(config)
    served = Pipeline(config, watching=True)
    served.run()
    content = tmp_path / "content"
    first = sorted(content.glob("*.md"))[0]
    first.write_text(first.read_text().replace("---\n\n", "---\n\nA new first line.\n\n", 1))
    served.run()
    (content / "added.md").write_text(article("Added later", "2016-12-20"))
    served.run()
    served.save()
    served.close()
    assert saved_output_stamps(tmp_path / ".digest-cache") == output_stamps(tmp_path / "site")
    (content / "added.md").unlink()
    # Trusted, file for file (else: "the output folder is not the site the last build
    # wrote: every page is rendered again").
    assert build(config).note is None


def test_a_copy_deleted_or_added_by_a_new_build_updates_the_front_page_as_a_cold_build(tmp_path):
    # One wire text run on twelve days: a group of copies, one item on the front page that
    # shows how many copies it stands for and the newest one's date.
    body = "Officials from Russia and the United States met in Geneva on Friday to discuss a truce."
    files = {
        f"{day:02d}.md": article(f"Talks in Geneva, day {day}", f"2016-12-{day:02d}", body=body)
        for day in range(1, 13)
    }
    root = make_site(tmp_path / "warm", files)
    build(load_config(root=root))
    for step, (rel, text) in enumerate([("12.md", None), ("12.md", files["12.md"])]):
        if text is None:
            (root / "content" / rel).unlink()
        else:
            (root / "content" / rel).write_text(text)
        build(load_config(root=root))
        now = {p.name: p.read_text() for p in (root / "content").iterdir()}
        cold = make_site(tmp_path / f"cold{step}", now)
        build(load_config(root=cold))
        assert snapshot(root / "site") == snapshot(cold / "site"), step


LINKED = {
    "who.md": article(
        "Health agency warns",
        "2016-12-01",
        body="The World Health Organization (WHO) said Anna Petrova of Geneva would report.",
    ),
    "talks.md": article(
        "Talks resume",
        "2016-12-02",
        body="Anna Petrova met officials of the World Health Organization in Geneva.",
    ),
    "aid.md": article("Aid arrives", "2016-12-03", body="Convoys reached Aleppo on Monday."),
}


def test_a_new_build_links_again_only_the_articles_that_changed(tmp_path, monkeypatch):
    # The link stage's per-article parts (definitions, fragments, the re-scan) are saved
    # with the build state: a build in a new process works out the edited article's only,
    # and a name new to the corpus sends the articles that write it through the re-scan.
    from generator.link import rescan, resolve

    scanned, defined = [], []
    real_find, real_defined = rescan.find, resolve.defined_pairs

    def find(text, index):
        scanned.append(text)
        return real_find(text, index)

    def defined_pairs(text, _=None):
        defined.append(text)
        return real_defined(text)

    voted = []
    real_vote = resolve.vote_records

    def vote_records(records, given):
        voted.append(records)
        return real_vote(records, given)

    monkeypatch.setattr(rescan, "find", find)
    monkeypatch.setattr(resolve, "defined_pairs", defined_pairs)
    monkeypatch.setattr(resolve, "vote_records", vote_records)
    counted = record_word_counts(monkeypatch)
    root = make_site(tmp_path / "warm", dict(LINKED))
    build(load_config(root=root))
    assert len(scanned) == len(defined) == 3
    votes_cold = len(voted)
    edits = [
        ("aid.md", "Convoys reached Aleppo on Monday, officials said."),
        # A name new to the corpus, which another article writes without the model's tag.
        ("aid.md", "Convoys reached Aleppo. Officials of Petrova Holdings Ltd said so."),
        ("talks.md", "Anna Petrova met Petrova Holdings Ltd in Geneva."),
    ]
    for step, (name, body) in enumerate(edits):
        scanned.clear(), defined.clear(), voted.clear(), counted.clear()
        (root / "content" / name).write_text(article(name, f"2016-12-0{step + 4}", body=body))
        warm = build(load_config(root=root))
        assert warm.note is None, warm.note
        assert len(defined) == 1 and body in defined[0], step
        # Counted twice, the edited text alone: for the corpus's total, and as its own
        # counts saved for the next build.
        assert len(counted) == 2 and all(body in text for text in counted), step
        assert any(body in text for text in scanned), step
        if step == 0:
            assert len(scanned) == 1  # no spelling the corpus knows changed
            # The groups of the other articles' names keep their votes.
            assert len(voted) < votes_cold
        cold_root = make_site(tmp_path / f"cold{step}", {})
        shutil.rmtree(cold_root / "content")
        shutil.copytree(root / "content", cold_root / "content")
        build(load_config(root=cold_root))
        assert snapshot(root / "site") == snapshot(cold_root / "site"), step
    # A damaged part is never trusted: the state is ignored, with a note.
    with closing(sqlite3.connect(root / ".digest-cache/build.sqlite")) as db, db:
        db.execute("UPDATE link SET data = '{\"defined\": 1}'")
    (root / "content/aid.md").write_text(article("Aid", "2016-12-09", body="Aid arrived."))
    assert "cannot be read" in build(load_config(root=root)).note


def test_a_build_with_nothing_changed_does_nothing(tmp_path, counted, monkeypatch):
    from generator.build_state import BuildState

    make_site(tmp_path, SITE)
    config = load_config(root=tmp_path)
    first = build(config)
    before = snapshot(tmp_path / "site")
    times = {p: p.stat().st_mtime_ns for p in (tmp_path / "site").rglob("*")}
    # Nor does it decode the stages' saved contents: the content files' stamps tell.
    contents = []
    real = BuildState.load_contents
    monkeypatch.setattr(BuildState, "load_contents", lambda *a: contents.append(1) or real(*a))
    again = build(config)
    assert contents == []
    assert (again.articles, again.pages, again.entities) == (
        first.articles,
        first.pages,
        first.entities,
    )
    assert (again.rendered, again.written, again.analysed, again.from_cache) == (0, 0, 0, 0)
    assert snapshot(tmp_path / "site") == before
    assert {p: p.stat().st_mtime_ns for p in (tmp_path / "site").rglob("*")} == times
    # A template edit is a change: every page is rendered again (the analyses stay).
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates/robots.txt").write_text("User-agent: *\nDisallow: /private/\n")
    edited = build(config)
    assert contents == [1]
    assert edited.rendered == first.rendered and len(counted) == len(SITE)
    assert (tmp_path / "site/robots.txt").read_text().endswith("Disallow: /private/\n")


def built_with_state(tmp_path):
    """The SITE built once: its configuration, its site's files and its saved state."""
    make_site(tmp_path, SITE)
    config = load_config(root=tmp_path)
    build(config)
    return config, snapshot(tmp_path / "site"), tmp_path / ".digest-cache/build.sqlite"


def test_a_state_saved_with_other_reference_data_is_not_trusted(tmp_path, monkeypatch):
    # The saved votes were decided with the installed word and name lists: a new version of
    # a package they come from (a Faker upgrade) makes the next build start afresh.
    config, cold, _ = built_with_state(tmp_path)
    real = reference._version
    monkeypatch.setattr(reference, "_version", lambda name: "99" if name == "faker" else real(name))
    code_fingerprint.cache_clear()
    try:
        assert "the code changed" in build(config).note
        assert snapshot(tmp_path / "site") == cold
    finally:
        code_fingerprint.cache_clear()
    with pytest.raises(ValueError, match="PACKAGES"):
        reference.Derived("other", frozenset, frozenset[str], ("some-package",))


def test_a_broken_saved_state_is_ignored_with_a_note(tmp_path):
    config, cold, state = built_with_state(tmp_path)
    with closing(sqlite3.connect(state)) as db, db:
        db.execute("UPDATE files SET data = 'not json'")
    # Read once a content file changed (a build that finds none changed reads no content).
    touched = next((tmp_path / "content").iterdir())
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 10**9))
    result = build(config)
    assert result.note and "cannot be read" in result.note
    assert snapshot(tmp_path / "site") == cold
    assert build(config).note is None  # the run saved a good state again
    with closing(sqlite3.connect(state)) as db, db:
        db.execute("UPDATE meta SET value = 'other code' WHERE key = 'code'")
    assert "the code changed" in build(config).note
    state.write_bytes(b"this is not a database" * 100)
    note = build(config).note
    assert "build state was corrupt" in note and "moved aside" in note
    assert snapshot(tmp_path / "site") == cold


def test_a_damaged_state_is_found_when_its_contents_are_first_read_and_moved_aside(tmp_path):
    config, cold, state = built_with_state(tmp_path)
    with closing(sqlite3.connect(state)) as db:
        size = db.execute("PRAGMA page_size").fetchone()[0]
        root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'files'").fetchone()[0]
    with state.open("r+b") as fh:
        fh.seek((root - 1) * size)
        fh.write(b"\xff" * size)
    # Nothing changed: only the meta table is read, not the whole file (its check would
    # read all of it: 2.5 GB at 100,000 articles).
    quiet = build(config)
    assert quiet.note is None and quiet.rendered == 0
    assert not list(state.parent.glob("build.sqlite.corrupt-*"))
    touched = next((tmp_path / "content").iterdir())
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 10**9))
    note = build(config).note
    assert "build state was corrupt" in note and "moved aside" in note
    assert list(state.parent.glob("build.sqlite.corrupt-*"))
    assert snapshot(tmp_path / "site") == cold
    assert build(config).note is None  # a new state was saved


def test_an_output_folder_changed_since_the_last_build_is_written_whole(tmp_path):
    make_site(tmp_path, SITE)
    config = load_config(root=tmp_path)
    build(config)
    cold = snapshot(tmp_path / "site")
    (tmp_path / "site/articles/talks-in-geneva/index.html").write_text("edited by hand")
    (tmp_path / "site/feed.xml").unlink()
    result = build(config)
    assert "not the site the last build wrote" in result.note
    assert snapshot(tmp_path / "site") == cold


def test_an_output_folder_changed_with_the_content_is_written_whole(tmp_path):
    # The content changed, so the build starts the models before it looks at the output
    # (on a thread, `OutputCheck`): the hand edit must still be found and undone.
    make_site(tmp_path, SITE)
    config = load_config(root=tmp_path)
    build(config)
    (tmp_path / "content/c.md").write_text(
        article("Convoys leave Aleppo", "2016-12-11", tag="Evacuation", body="More buses left.")
    )
    (tmp_path / "site/articles/talks-in-geneva/index.html").write_text("edited by hand")
    result = build(config)
    assert "not the site the last build wrote" in result.note
    warm = snapshot(tmp_path / "site")
    retired_trees_deleted()
    shutil.rmtree(tmp_path / "site")
    shutil.rmtree(tmp_path / ".digest-cache")
    build(config)
    assert warm == snapshot(tmp_path / "site")


def test_the_output_check_answers_for_the_folder_as_it_was_looked_at(tmp_path):
    folder = tmp_path / "out"
    (folder / "a").mkdir(parents=True)
    (folder / "a/index.html").write_text("one")
    (folder / "feed.xml").write_text("two")
    saved = output_stamps(folder)
    assert OutputCheck(folder, saved).stamps() == saved
    (folder / "feed.xml").write_text("three!")
    changed = OutputCheck(folder, saved)
    assert changed.stamps() is None
    assert changed.stamps() is None  # asked again: the same answer
    (folder / "feed.xml").unlink()
    assert OutputCheck(folder, saved).stamps() is None
    assert OutputCheck(tmp_path / "missing", {}).stamps() == {}


def test_a_build_that_dies_while_writing_leaves_the_site_and_a_state_that_holds(
    tmp_path, monkeypatch
):
    make_site(tmp_path, SITE)
    config = load_config(root=tmp_path)
    build(config)
    before = snapshot(tmp_path / "site")
    (tmp_path / "content/a.md").write_text(article("Talks in Geneva resume", "2016-12-09"))
    real = write.StagedSite.commit

    def dies_before_the_swap(self, before_swap=None):
        raise KeyboardInterrupt

    monkeypatch.setattr(write.StagedSite, "commit", dies_before_the_swap)
    with pytest.raises(KeyboardInterrupt):
        build(config)
    monkeypatch.setattr(write.StagedSite, "commit", real)
    assert snapshot(tmp_path / "site") == before  # the previous site, whole
    # The state saved before still describes the site: it is used, and the next build
    # gives what a cold one does, whether the edit stays or is undone.
    result = build(config)
    cold_root = make_site(tmp_path / "cold", {**SITE})
    (cold_root / "content/a.md").write_text(article("Talks in Geneva resume", "2016-12-09"))
    cold = build(load_config(root=cold_root))
    assert result.note is None and 0 < result.rendered < cold.rendered
    assert snapshot(tmp_path / "site") == snapshot(cold_root / "site")


def test_an_edit_build_starts_the_models_process_before_the_pipeline(tmp_path, monkeypatch):
    # `digest build` starts the models' process as soon as it finds content changed, and
    # hands it to the pipeline, which analyses the edit in it; a build that finds nothing
    # changed starts none.
    from generator.analyse import stage, workers

    make_site(tmp_path, SITE)
    config = load_config(root=tmp_path)
    build(config, jobs=2)
    started, ran = [], []
    real_start, real_run = stage.start_warm_process, workers.WarmProcess.run
    monkeypatch.setattr(stage, "start_warm_process", lambda *a: started.append(a) or real_start(*a))
    monkeypatch.setattr(
        workers.WarmProcess, "run", lambda self, *a: ran.append(a) or real_run(self, *a)
    )
    build(config, jobs=2)
    assert started == []
    (tmp_path / "content/c.md").write_text(
        article("Convoys leave Aleppo", "2016-12-11", tag="Evacuation", body="More buses left.")
    )
    result = build(config, jobs=2)
    assert len(started) == 1 and len(ran) == 1
    assert result.analysed == 1
    warm = snapshot(tmp_path / "site")
    retired_trees_deleted()
    shutil.rmtree(tmp_path / "site")
    shutil.rmtree(tmp_path / ".digest-cache")
    build(config, jobs=1)
    assert warm == snapshot(tmp_path / "site")
