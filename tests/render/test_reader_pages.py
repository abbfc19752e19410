"""The pieces of the reader's pages, without a browser: the summary marked in the text,
related articles kept between runs, the front page's items and strip, an entity's
timeline."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from generator.articles import Article, Block, Metadata
from generator.build import build
from generator.build_state import StoredRelated
from generator.config import load_config
from generator.link.site import Entity, EntityRef, Entry, Site
from generator.render.front_items import FrontItem, most_mentioned
from generator.render.marks import mark_summary
from generator.render.related import RelatedArticles
from generator.render.timeline import timeline
from tests.helpers import SITE, make_site, parse, text_of


def entry(slug: str, day: int, refs=(), month: int = 12, source: str | None = None) -> Entry:
    article = Article(
        path=f"{slug}.md",
        slug=slug,
        title=slug.replace("-", " ").title(),
        date=datetime(2016, month, day, tzinfo=UTC),
        meta=Metadata(source=source),
        blocks=(Block(f"Text of {slug}."),),
    )
    return Entry(article, (f"Text of {slug}.",), tuple(refs))


def site_of(entries: list[Entry]) -> Site:
    entries = sorted(entries, key=lambda e: e.article.date, reverse=True)
    refs = sorted({r for e in entries for r in e.entities}, key=lambda r: r.slug)
    entities = tuple(
        Entity(r.name, r.kind, r.slug, (), tuple(e for e in entries if r in e.entities))
        for r in refs
    )
    return Site(tuple(entries), entities)


PUTIN, KERRY, GENEVA, MARDINI = (
    EntityRef("Vladimir Putin", "person", "vladimir-putin"),
    EntityRef("John Kerry", "person", "john-kerry"),
    EntityRef("Geneva", "place", "geneva"),
    EntityRef("Robert Mardini", "person", "robert-mardini"),
)


def test_related_articles_kept_between_runs_equal_a_fresh_answer_after_random_edits(monkeypatch):
    import random

    import generator.render.related as related_module

    # Few articles: a low bar for "too common", so entities cross it both ways.
    monkeypatch.setattr(related_module, "MIN_COMMON", 4)
    pool = [EntityRef(f"Person {i}", "person", f"person-{i}") for i in range(7)]
    for seed in range(4):
        check_random_edits(random.Random(seed), pool)


def check_random_edits(rng, pool) -> None:
    articles = {
        f"a{i}": (rng.randint(1, 28), tuple(rng.sample(pool, rng.randint(0, 3))), 0)
        for i in range(10)
    }
    kept = RelatedArticles()
    # What a build state on disk holds: saves by difference, now and then all of it, and
    # now and then a new process that starts from it (`stored`, `restore`).
    disk: dict = {"common": 0, "rare": {}, "answers": {}}
    for step in range(80):
        slug = rng.choice(sorted(articles))
        day, refs, text = articles[slug]
        change = rng.choice(["refs", "date", "text", "add", "delete"])
        if change == "refs":
            articles[slug] = (day, tuple(rng.sample(pool, rng.randint(0, 3))), text)
        elif change == "date":
            articles[slug] = (rng.randint(1, 28), refs, text)
        elif change == "text":
            articles[slug] = (day, refs, text + 1)
        elif change == "add":
            articles[f"n{step}"] = (rng.randint(1, 28), tuple(rng.sample(pool, 2)), 0)
        elif len(articles) > 3:
            del articles[slug]
        entries = []
        for name, (day, refs, text) in articles.items():
            made = entry(name, day, refs)
            if text:
                body = (Block(f"Edited {text} times."),)
                made = dataclasses.replace(
                    made, article=dataclasses.replace(made.article, blocks=body)
                )
            entries.append(made)
        site = site_of(entries)
        warm = [[x.slug for x in found] for found in kept(site)]
        cold = [[x.slug for x in found] for found in RelatedArticles()(site)]
        assert warm == cold, (step, change, slug)
        if rng.random() < 0.6:
            everything = rng.random() < 0.2
            saved = kept.stored(everything)
            answers = {} if everything else disk["answers"]
            for gone in saved.gone:
                answers.pop(gone, None)
            answers.update(saved.answers)
            disk = {"common": saved.common, "rare": dict(saved.rare), "answers": answers}
        if rng.random() < 0.3:
            kept = RelatedArticles()
            kept.restore(StoredRelated(disk["common"], disk["rare"], dict(disk["answers"])))


def test_related_articles_restored_in_a_new_process_rank_only_what_an_edit_reaches(
    monkeypatch,
):
    import generator.render.related as related_module

    ranked = []
    real_rank = related_module._rank
    monkeypatch.setattr(
        related_module, "_rank", lambda e, *rest: ranked.append(e.slug) or real_rank(e, *rest)
    )
    people = [EntityRef(f"Person {i}", "person", f"person-{i}") for i in range(12)]
    entries = [entry(f"a{i}", 1 + i, (people[i % 12], people[(i + 1) % 12])) for i in range(24)]
    first = RelatedArticles()
    before = first(site_of(entries))
    assert len(ranked) == 24
    saved = first.stored(everything=True)
    # A new process: the same site ranks nothing, and gives the same answers.
    ranked.clear()
    again = RelatedArticles()
    again.restore(saved)
    assert [[x.slug for x in r] for r in again(site_of(entries))] == [
        [x.slug for x in r] for r in before
    ]
    assert ranked == []
    # One article gains an entity: those that share one with it are ranked again.
    entries[0] = entry("a0", 1, (people[0], people[1], people[5]))
    ranked.clear()
    later = RelatedArticles()
    later.restore(saved)
    site = site_of(entries)
    warm = [[x.slug for x in r] for r in later(site)]
    reranked = set(ranked)
    assert warm == [[x.slug for x in r] for r in RelatedArticles()(site)]
    reached = {e.slug for e in entries if {*e.entities} & {people[0], people[1], people[5]}}
    assert 0 < len(reranked) < 24 and reranked <= reached


def test_summary_sentences_are_marked_where_they_stand_even_when_tidied():
    blocks = (
        Block("LONDON (CNN) -- The first convoy (pictured) left on Thursday. It carried 300."),
        Block(
            "x", '<p>Later, <a href="https://x.example/">more buses</a> came on Friday night.</p>'
        ),
    )
    summary = ("The first convoy left on Thursday.", "Later, more buses came on Friday night.")
    text = mark_summary(blocks, (*summary, "A sentence written by hand, not in the text."))
    assert text.blocks[0] == (
        '<p>LONDON (CNN) -- <mark class="summary-mark">The first convoy (pictured) left on '
        "Thursday.</mark> It carried 300.</p>"
    )
    # Around a link, the mark goes piece by piece: the markup stays well nested.
    assert text.blocks[1] == (
        '<p><mark class="summary-mark">Later, </mark><a href="https://x.example/">'
        '<mark class="summary-mark">more buses</mark></a><mark class="summary-mark"> came on '
        "Friday night.</mark></p>"
    )
    assert text.unmarked == ("A sentence written by hand, not in the text.",)
    assert text.marked


def test_plain_text_is_escaped_and_a_sentence_is_marked_once():
    block = Block("<b>Bold</b> claims were made on Monday. Bold claims were made on Monday.")
    text = mark_summary((block,), ("Bold claims were made on Monday.",))
    assert str(text.blocks[0]).count("<mark") == 1
    assert text.blocks[0].startswith("<p>&lt;b&gt;Bold&lt;/b&gt; claims")


def test_related_articles_share_the_rarest_entities_and_are_kept_between_runs(monkeypatch):
    import generator.render.related as related_module

    a = entry("a", 1, [PUTIN, GENEVA])
    b = entry("b", 2, [PUTIN, GENEVA, KERRY])
    c = entry("c", 3, [GENEVA])
    d = entry("d", 4, [KERRY, MARDINI])
    e = entry("e", 5, [MARDINI])
    related = RelatedArticles()
    site = site_of([a, b, c, d, e])
    found = dict(zip([x.slug for x in site.entries], related(site), strict=True))
    assert [x.slug for x in found["b"]] == ["a", "d", "c"]  # Putin and Geneva, Kerry, Geneva
    assert [x.slug for x in found["e"]] == ["d"]
    ranked = []
    real = related_module._rank
    monkeypatch.setattr(related_module, "_rank", lambda *args: ranked.append(1) or real(*args))
    # Another text, the same entities and date: every answer is kept.
    edited = dataclasses.replace(
        a, article=dataclasses.replace(a.article, blocks=(Block("Other words."),))
    )
    again = related(site_of([edited, b, c, d, e]))
    assert ranked == []
    assert again[3][0] is edited  # b's list shows the article as it is now
    # A new entity for a: a is ranked again, and so are those that name it; not b or c,
    # whose entities are named by the same articles as before.
    moved = entry("a", 1, [PUTIN, GENEVA, MARDINI])
    last = related(site_of([moved, b, c, d, e]))
    assert len(ranked) == 3
    assert [x.slug for x in last[4]] == ["b", "e", "d", "c"]


def test_an_entity_of_more_articles_than_the_ceiling_relates_none_however_big_the_site(
    monkeypatch,
):
    import generator.render.related as related_module
    from generator.render.related import common_bar

    # The share of the corpus until the ceiling, then the ceiling: a big site's per-article
    # candidates stay bounded.
    assert [common_bar(n) for n in (100, 5_000, 10_000, 100_000)] == [50, 100, 200, 200]
    monkeypatch.setattr(related_module, "MIN_COMMON", 2)
    monkeypatch.setattr(related_module, "COMMON", 0.5)
    monkeypatch.setattr(related_module, "MAX_COMMON", 3)
    # Geneva is in 5 of 10 articles: within the share (half of them), above the ceiling;
    # Kerry relates the two that name him.
    entries = [entry(f"g{i}", i + 1, [GENEVA]) for i in range(4)]
    entries += [entry("k1", 9, [GENEVA, KERRY]), entry("k2", 10, [KERRY])]
    entries += [entry(f"x{i}", i + 11) for i in range(4)]
    site = site_of(entries)
    found = dict(zip([x.slug for x in site.entries], RelatedArticles()(site), strict=True))
    assert [x.slug for x in found["k1"]] == ["k2"]
    assert found["g0"] == ()
    monkeypatch.setattr(related_module, "MAX_COMMON", 5)
    found = dict(zip([x.slug for x in site.entries], RelatedArticles()(site), strict=True))
    assert [x.slug for x in found["g0"]] == ["k1", "g3", "g2", "g1"]


def test_front_items_and_the_week_strip():
    entries = [
        entry("new", 20, [PUTIN, GENEVA], source="Wire"),
        entry("older", 16, [PUTIN, KERRY]),
        entry("oldest", 10, [PUTIN, KERRY]),  # more than a week before the newest
    ]
    item = FrontItem.of_entry(entries[0])
    assert (item.url, item.headline, item.source, item.articles) == (
        "articles/new/",
        "New",
        "Wire",
        1,
    )
    assert item.version == entries[0].version
    # Kerry is named twice, but once in the week; Putin twice in the week.
    assert [(m.ref.name, m.count) for m in most_mentioned(entries)] == [("Vladimir Putin", 2)]


def test_the_front_page_leads_with_the_newest_and_the_rest_are_compact(tmp_path):
    make_site(tmp_path, SITE)
    build(load_config(root=tmp_path))
    page = parse(tmp_path / "site/index.html")
    cards = [el for el in page.iter("article") if "front-card" in el.get("class", "")]
    # The three articles are one template text: copies, one card for the three.
    assert [c.get("class") for c in cards] == ["front-card front-lead"]
    assert "3 articles" in text_of(cards[0])

    # Without stories, one card per article.
    (tmp_path / "digest.toml").write_text("[stories]\nenabled = false\n")
    build(load_config(root=tmp_path))
    page = parse(tmp_path / "site/index.html")
    cards = [el for el in page.iter("article") if "front-card" in el.get("class", "")]
    assert [c.get("class") for c in cards] == [
        "front-card front-lead",
        "front-card front-wide",
        "front-card front-wide",
    ]
    assert text_of(cards[0].find(".//h2")) == "Convoys leave Aleppo"
    strip = page.find(".//section[@class='strip']")
    assert [text_of(a) for a in strip.iter("a")][:1] == ["Geneva 3"]


def test_timeline_by_week_then_by_month():
    weekly = timeline([entry("a", 5), entry("b", 7), entry("c", 20)])
    assert weekly.unit == "week"
    assert [(b.label, b.count) for b in weekly.bars] == [
        ("week of 5 December 2016", 2),
        ("week of 12 December 2016", 0),
        ("week of 19 December 2016", 1),
    ]
    assert (weekly.most, weekly.peak.short) == (2, "5 Dec 2016")
    monthly = timeline([entry("a", 5, month=1), entry("b", 7, month=12)])
    assert monthly.unit == "month" and len(monthly.bars) == 12
    assert [b.short for b in monthly.bars[:2]] == ["Jan 2016", "Feb 2016"]
    assert monthly.peak.label == "December 2016"  # of equal counts, the latest


def test_a_long_timeline_shows_its_latest_months_and_shares_equal_bars():
    from generator.render.timeline import MAX_BARS

    def dated(slug: str, year: int, month: int) -> Entry:
        made = entry(slug, 1)
        article = dataclasses.replace(made.article, date=datetime(year, month, 1, tzinfo=UTC))
        return dataclasses.replace(made, article=article)

    # Ten years of one article in January: 109 months, of which the chart shows 60.
    long = timeline([dated(f"a{year}", year, 1) for year in range(2007, 2017)])
    assert len(long.bars) == MAX_BARS
    assert (long.bars[0].label, long.bars[-1].label) == ("February 2011", "January 2016")
    assert [b.count for b in long.bars if b.label.startswith("January")] == [1] * 5
    # The same periods and counts in another entity's chart are the same objects: every
    # tag page holds its chart until it is rendered.
    other = timeline([dated(f"b{year}", year, 1) for year in range(2009, 2017)])
    assert all(a is b for a, b in zip(long.bars, other.bars, strict=True))
    # The key stands for the bars: equal charts, equal keys; a count moved, another key.
    assert other.key == long.key
    moved = timeline(
        [dated(f"c{year}", year, 2 if year == 2014 else 1) for year in range(2007, 2017)]
    )
    assert [b.count for b in moved.bars] != [b.count for b in long.bars]
    assert moved.key != long.key


def test_ranking_equals_a_full_sort_of_every_candidate_with_many_ties():
    import math
    import random

    from generator.render.related import LIMIT, _rank

    rng = random.Random(7)
    pool = [EntityRef(f"Person {i}", "person", f"person-{i}") for i in range(12)]
    for _ in range(30):
        # Few days and few entities: many candidates tie on score and date.
        entries = [
            entry(f"a{i:02}", rng.randint(1, 3), rng.sample(pool, rng.randint(1, 3)))
            for i in range(40)
        ]
        site = site_of(entries)
        stamps = {e.slug: e.article.date.timestamp() for e in site.entries}
        for one in site.entries:
            chosen = [x for x in site.entities if x.slug in {r.slug for r in one.entities}]
            scores: dict[str, float] = {}
            for entity in chosen:
                for other in entity.entries:
                    if other is not one:
                        weight = 1.0 / math.log2(1 + len(entity.entries))
                        scores[other.slug] = scores.get(other.slug, 0.0) + weight
            full = sorted(scores, key=lambda s: (-round(scores[s], 9), -stamps[s], s))
            assert _rank(one, chosen, stamps) == tuple(full[:LIMIT])
