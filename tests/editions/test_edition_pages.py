"""Real builds of a small site with editions: the pages, their order, the time zone, the
feeds, the e-mail files, and what a warm pipeline renders again after an edit."""

import shutil
import xml.etree.ElementTree as ET

import pytest

from generator.build import build
from generator.config import load_config
from generator.pipeline import Pipeline
from tests.helpers import broken_links, make_site, parse, record_rendered, snapshot, text_of

BASE = "https://news.example.org/digest/"
ATOM = "{http://www.w3.org/2005/Atom}"

ARTICLE = """---
title: {title}
date: {date}
{source}tags: [{tag}]
---

{body}

Officials said talks would continue in Geneva next week, and aid agencies asked for access.
"""

# (file, title, UTC date, source): the day's weight order in UTC+2 is b (an outlet, 12:00),
# a (an outlet, 08:00), c (no outlet, 15:00), e (no outlet, 05:00); d, at 23:30 UTC, is on
# the next day there.
ARTICLES = [
    ("a.md", "Geneva talks end without a truce", "2016-12-09T08:00:00Z", "Wire A"),
    ("b.md", "Convoys wait outside Aleppo", "2016-12-09T12:00:00Z", "Daily B"),
    ("c.md", "Red Cross appeals for access to Aleppo", "2016-12-09T15:00:00Z", None),
    ("d.md", "Late statement from Damascus", "2016-12-09T23:30:00Z", "Wire A"),
    ("e.md", "Rouble steady in Moscow trading", "2016-12-09T05:00:00Z", None),
    ("f.md", "Palmyra retaken by Isil fighters", "2016-12-16T10:00:00Z", "Daily B"),
]


def article(title, date, source, body=None):
    return ARTICLE.format(
        title=title,
        date=date,
        source=f"source: {source}\n" if source else "",
        tag="Syria",
        body=body or f"{title}, reporters in Geneva and Aleppo said on the day of the news.",
    )


def config_text(cache, zone, base=BASE, extra=""):
    # Without stories: the articles share one template text, so they would be one story;
    # editions of stories are tested in tests/stories/test_site.py.
    return (
        f'[paths]\ncache = "{cache}"\n[site]\nbase_url = "{base}"\n[stories]\nenabled = false\n'
        f'[editions]\ntime_zone = "{zone}"\nstories_per_edition = 3\n{extra}'
    )


def make(root, cache, zone="+02:00", base=BASE, extra=""):
    files = {name: article(title, date, source) for name, title, date, source in ARTICLES}
    return make_site(root, files, config_text(cache, zone, base, extra))


@pytest.fixture(scope="module")
def site(tmp_path_factory, cache):
    root = make(tmp_path_factory.mktemp("plus2"), cache)
    build(load_config(root=root))
    return root / "site"


def headlines(page, selector):
    return [text_of(el) for el in page.iterfind(selector)]


def test_an_edition_lists_its_stories_in_order_of_weight(site):
    page = parse(site / "editions/2016-12-09/index.html")
    assert headlines(page, ".//li[@class='edition-item']/h2") == [
        "Convoys wait outside Aleppo",
        "Geneva talks end without a truce",
        "Red Cross appeals for access to Aleppo",
    ]
    # stories_per_edition = 3: the rest of the day by headline.
    assert headlines(page, ".//section[@class='edition-more']//li") == [
        "Rouble steady in Moscow trading"
    ]
    assert "4 articles" in text_of(page.find(".//header[@class='edition-head']"))
    first = page.find(".//li[@class='edition-item']")
    assert first.get("data-new-since") == "2016-12-09T12:00:00+00:00"
    assert "14:00" in text_of(first.find("p[@class='byline']"))  # local time, UTC+2
    # Top of the news: each leading story's first summary sentence, linked to it.
    top = page.find(".//section[@class='top-news']/p")
    links = [(a.get("href"), text_of(a)) for a in top.iterfind("a")]
    assert [href for href, _ in links] == [
        "../../articles/convoys-wait-outside-aleppo/index.html",
        "../../articles/geneva-talks-end-without-a-truce/index.html",
        "../../articles/red-cross-appeals-for-access-to-aleppo/index.html",
    ]
    assert links[0][1].startswith("Convoys wait outside Aleppo, reporters in Geneva")
    nav = {a.get("rel"): a.get("href") for a in page.iterfind(".//nav[@class='pager']/a")}
    assert nav == {
        "next": "../../editions/2016-12-10/index.html",
        None: "../../editions/index.html",
    }
    assert broken_links(site, "/digest/") == []


def test_a_day_begins_at_midnight_in_the_configured_zone(site, tmp_path, cache):
    # In UTC+2, 23:30 UTC on the 9th is 01:30 on the 10th.
    late = parse(site / "editions/2016-12-10/index.html")
    assert headlines(late, ".//li[@class='edition-item']/h2") == ["Late statement from Damascus"]
    # In UTC the same article is the 9th's, and there is no edition of the 10th.
    root = make(tmp_path, cache, zone="UTC")
    build(load_config(root=root))
    day = parse(root / "site/editions/2016-12-09/index.html")
    shown = headlines(day, ".//li[@class='edition-item']/h2")
    assert shown[0] == "Late statement from Damascus"  # an outlet, and the latest
    assert not (root / "site/editions/2016-12-10").exists()
    assert "23:30" in text_of(day.find(".//li[@class='edition-item']/p[@class='byline']"))


def test_weeks_the_index_and_the_feeds_of_editions(site):
    week = parse(site / "editions/2016-W49/index.html")
    assert text_of(week.find(".//h1")) == "Week 49, 2016: 5–11 December"
    assert len(headlines(week, ".//li[@class='edition-item']/h2")) == 3
    assert len(headlines(week, ".//section[@class='edition-more']//li")) == 2
    index = parse(site / "editions/index.html")
    months = index.findall(".//section[@class='edition-month']")
    assert [text_of(m.find("h2")) for m in months] == ["December 2016"]
    listed = [a.get("href") for a in months[0].iterfind(".//li/a")]
    assert listed == [
        "../editions/2016-W50/index.html",
        "../editions/2016-W49/index.html",
        "../editions/2016-12-16/index.html",
        "../editions/2016-12-10/index.html",
        "../editions/2016-12-09/index.html",
    ]
    for name, ids in (
        ("daily.xml", ["2016-12-16", "2016-12-10", "2016-12-09"]),
        ("weekly.xml", ["2016-W50", "2016-W49"]),
    ):
        feed = ET.parse(site / "editions" / name).getroot()
        entries = feed.findall(f"{ATOM}entry")
        # One entry per edition, not one per article.
        assert [e.find(f"{ATOM}id").text for e in entries] == [
            f"{BASE}editions/{key}/" for key in ids
        ]
    daily = ET.parse(site / "editions/daily.xml").getroot()
    content = daily.find(f"{ATOM}entry/{ATOM}content").text
    assert f'<a href="{BASE}articles/palmyra-retaken-by-isil-fighters/">' in content


def test_editions_are_off_when_the_settings_say_so(tmp_path, cache):
    root = make(tmp_path, cache, extra="enabled = false\n")
    build(load_config(root=root))
    assert not (root / "site/editions").exists()
    assert "editions/" not in (root / "site/index.html").read_text()
    root = make(tmp_path / "weekly", cache, extra="daily = false\n")
    build(load_config(root=root))
    assert sorted(p.name for p in (root / "site/editions").iterdir()) == [
        "2016-W49",
        "2016-W50",
        "index.html",
        "weekly.xml",
    ]


def test_a_warm_pipeline_renders_again_only_the_editions_an_edit_touches(
    tmp_path_factory, cache, monkeypatch
):
    root = make(tmp_path_factory.mktemp("warm"), cache)
    pipeline = Pipeline(load_config(root=root), watching=True)
    pipeline.run()
    rendered = record_rendered(monkeypatch)
    content = root / "content"
    (content / "c.md").write_text(
        article(ARTICLES[2][1], ARTICLES[2][2], None, body="Aid agencies in Aleppo asked again.")
    )
    pipeline.run()
    editions = sorted(url for url in rendered if url.startswith("editions/"))
    # The index is not among them: the day's count and leading headline are the same.
    assert editions == [
        "editions/2016-12-09/",
        "editions/2016-12-09/email.html",
        "editions/2016-12-09/email.txt",
        "editions/2016-W49/",
        "editions/2016-W49/email.html",
        "editions/2016-W49/email.txt",
        "editions/daily.xml",
        "editions/weekly.xml",
    ]
    # A new article on a new day: a new edition, and its neighbours' links.
    rendered.clear()
    (content / "g.md").write_text(article("Talks resume", "2016-12-12T09:00:00Z", "Wire A"))
    pipeline.run()
    assert "editions/2016-12-12/" in rendered and "editions/2016-12-16/" in rendered
    assert "editions/2016-12-10/" in rendered and "editions/2016-12-09/" not in rendered
    # The neighbours' links changed, not their e-mails.
    assert "editions/2016-12-10/email.html" not in rendered
    assert "editions/2016-W50/" in rendered and "editions/2016-W49/" not in rendered
    (content / "a.md").unlink()
    pipeline.run()
    cold = tmp_path_factory.mktemp("cold")
    shutil.copytree(content, cold / "content")
    shutil.copy(root / "digest.toml", cold / "digest.toml")
    build(load_config(root=cold))
    assert snapshot(root / "site") == snapshot(cold / "site")
