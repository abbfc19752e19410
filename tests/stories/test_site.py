"""Stories in a built site: a small fixture of several outlets' articles about a footbridge
collapse (three outlets running one wire text) and about a mine collapse and the rescue a
week later (the same mine, company and people: two events), built end to end with the real
NLP; and `digest serve` moving an article from one story to another."""

import http.client
import json
import re

import pytest

from generator.build import build
from generator.config import load_config
from tests.fixtures.stories.articles import content, markdown, rows
from tests.helpers import make_site, parse, text_of
from tests.live.test_server import digest_session, next_build

BRIDGE = ["bridge-wire", "bridge-wire-daily", "bridge-wire-herald", "bridge-own", "bridge-inquiry"]
MINE = ["mine-collapse", "mine-collapse-2", "mine-rescue", "mine-rescue-2"]


def _slugs(site) -> dict[str, str]:
    """Fixture id → article slug, from api/articles.json's original URLs."""
    articles = json.loads((site / "api/articles.json").read_text())
    by_url = {row["url"]: row["id"] for row in rows()}
    return {by_url[a["original_url"]]: a["slug"] for a in articles}


def _hrefs(element) -> list[str]:
    return [a.get("href") for a in element.iter("a")]


def _resolve(page_url: str, href: str) -> str:
    """The site path a relative link on the page at `page_url` (e.g. 'stories/x/') names,
    folder pages as 'stories/x/' (the theme links to their index.html)."""
    if href.endswith("index.html"):
        href = href[: -len("index.html")]
    parts = page_url.rstrip("/").split("/") if page_url else []
    for part in href.split("/"):
        if part == "..":
            parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    return "/".join(parts) + ("/" if href.endswith("/") else "")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = make_site(tmp_path_factory.mktemp("stories"), content(BRIDGE + MINE))
    result = build(load_config(root=root))
    return root / "site", result


def test_stories_group_the_events_and_every_article_is_in_exactly_one(built):
    site, result = built
    assert result.articles == 9
    slugs = _slugs(site)
    stories = json.loads((site / "api/stories.json").read_text())
    members = {tuple(sorted(s["articles"])) for s in stories}
    assert members == {
        tuple(sorted(slugs[k] for k in BRIDGE)),
        tuple(sorted(slugs[k] for k in MINE[:2])),
        tuple(sorted(slugs[k] for k in MINE[2:])),
    }
    everyone = [slug for s in stories for slug in s["articles"]]
    assert sorted(everyone) == sorted(slugs.values())
    articles = json.loads((site / "api/articles.json").read_text())
    story_of = {slug: s["slug"] for s in stories for slug in s["articles"]}
    assert {a["slug"]: a["story"] for a in articles} == story_of
    bridge = next(s for s in stories if slugs["bridge-wire"] in s["articles"])
    assert set(bridge) >= {"slug", "url", "title", "summary", "first_seen", "last_seen"}
    assert bridge["url"].endswith(f"/stories/{bridge['slug']}/")
    assert bridge["outlets"] == [
        "Coastline Wire",
        "Veloria Daily",
        "Harbour Herald",
        "Veloria Evening Post",
    ]
    assert bridge["first_seen"].startswith("2026-03-03T07:40")
    assert bridge["last_seen"].startswith("2026-03-05T08:00")
    # The wire text, run by three outlets, is one group of copies.
    assert [sorted(g) for g in bridge["copies"]] == [sorted(slugs[k] for k in BRIDGE[:3])]
    assert bridge["title"] in {row["title"] for row in rows() if row["id"] in BRIDGE}
    entity_slugs = {e["slug"] for e in bridge["entities"]}
    assert "port-veloria" in entity_slugs


def test_the_story_page_has_its_summary_timeline_outlets_entities_and_feed(built):
    site, _ = built
    slugs = _slugs(site)
    stories = json.loads((site / "api/stories.json").read_text())
    bridge = next(s for s in stories if slugs["bridge-wire"] in s["articles"])
    url = f"stories/{bridge['slug']}/"
    page = parse(site / url / "index.html")
    assert text_of(page.find(".//h1")) == bridge["title"]

    # Summary: each sentence links to the article of the story it came from, no sentence
    # twice, and at most one of the three copies' identical sentences.
    lines = page.findall(".//ul[@class='story-summary']/li")
    assert lines
    sources = [_resolve(url, li.find("a").get("href")) for li in lines]
    assert all(s.startswith("articles/") and s.split("/")[1] in bridge["articles"] for s in sources)
    texts = [text_of(li) for li in lines]
    assert len(set(texts)) == len(texts)
    assert len(set(sources)) >= 2  # several outlets' sentences

    # Timeline: oldest first, with outlet, headline, the article's page and the original.
    events = page.findall(".//section[@class='story-timeline']//li")
    times = [e.find(".//time").get("datetime") for e in events]
    assert times == sorted(times) and len(events) == len(BRIDGE)
    order = [_resolve(url, e.find(".//p[@class='headline']/a").get("href")) for e in events]
    by_date = sorted((row["date"], row["id"]) for row in rows() if row["id"] in BRIDGE)
    assert order == [f"articles/{slugs[key]}/" for _, key in by_date]
    originals = [e.find(".//a[@class='original']").get("href") for e in events]
    assert originals[0] == "https://coastlinewire.example/bridge-wire"

    outlets = [text_of(li) for li in page.findall(".//section[@class='outlets']//li")]
    assert outlets == bridge["outlets"]
    for href in _hrefs(page.find(".//section[@class='entities']")):
        target = _resolve(url, href)
        assert target.startswith("tags/") and (site / target / "index.html").is_file()

    feed = (site / url / "feed.xml").read_text()
    assert feed.count("<entry>") == len(BRIDGE)


def test_article_pages_link_to_their_story_and_the_front_page_shows_stories(built):
    site, _ = built
    slugs = _slugs(site)
    stories = json.loads((site / "api/stories.json").read_text())
    story_of = {slug: s for s in stories for slug in s["articles"]}
    for key in ("bridge-own", "mine-rescue"):
        url = f"articles/{slugs[key]}/"
        section = parse(site / url / "index.html").find(".//section[@class='story-links']")
        story = story_of[slugs[key]]
        links = [_resolve(url, href) for href in _hrefs(section)]
        assert links[0] == f"stories/{story['slug']}/"
        others = {f"articles/{slug}/" for slug in story["articles"]} - {url}
        assert set(links[1:]) == others
        assert "Also reported by" in text_of(section)
        # Related articles begin with the rest of the story, newest first.
        related = parse(site / url / "index.html").find(".//section[@class='related-articles']")
        shown = [_resolve(url, href) for href in _hrefs(related)]
        rest = sorted(
            (row["date"], row["id"]) for row in rows() if slugs.get(row["id"]) in story["articles"]
        )
        rest = [f"articles/{slugs[k]}/" for _, k in reversed(rest) if slugs[k] != slugs[key]]
        assert shown[: len(rest)] == rest[:5]

    # The home page: one card per story, newest activity first.
    home = parse(site / "index.html")
    cards = [_resolve("", card.find(".//a").get("href")) for card in home.iter("article")]
    newest = sorted(stories, key=lambda s: s["last_seen"], reverse=True)
    assert cards == [f"stories/{s['slug']}/" for s in newest]
    assert "2 articles from 2 outlets" in text_of(home)

    # A tag page lists the stories it is a main entity of: both of the mine's.
    tag = parse(site / "tags/kessel-ridge/index.html").find(".//section[@class='entity-stories']")
    mine = {story_of[slugs["mine-collapse"]]["slug"], story_of[slugs["mine-rescue"]]["slug"]}
    assert {_resolve("tags/kessel-ridge/", h) for h in _hrefs(tag)} == {
        f"stories/{slug}/" for slug in mine
    }


def test_an_edition_lists_a_story_once(built):
    site, _ = built
    slugs = _slugs(site)
    stories = json.loads((site / "api/stories.json").read_text())
    bridge = next(s for s in stories if slugs["bridge-wire"] in s["articles"])
    # The first day of the footbridge story (UTC): its four reports are one item.
    url = "editions/2026-03-03/"
    items = parse(site / url / "index.html").findall(".//li[@class='edition-item']")
    links = [_resolve(url, item.find(".//h2/a").get("href")) for item in items]
    assert links == [f"stories/{bridge['slug']}/"]


@pytest.mark.slow
def test_serve_moving_an_article_to_another_story_updates_both_story_pages(tmp_path):
    # Every story gets a page, so that the story the article leaves keeps one.
    make_site(tmp_path, content(MINE), "[stories]\nmin_articles = 1\n")
    by_id = {row["id"]: row for row in rows()}
    with digest_session(tmp_path, ["serve", "--port", "0"]) as (proc, started):
        port = int(re.search(r"127\.0\.0\.1:(\d+)", started).group(1))

        def get(path: str) -> str:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            conn.request("GET", path)
            response = conn.getresponse()
            assert response.status == 200, path
            body = response.read().decode()
            conn.close()
            return body

        stories = json.loads(get("/api/stories.json"))
        assert sorted(len(s["articles"]) for s in stories) == [2, 2]
        collapse = next(s for s in stories if "eleven-miners-trapped" in s["slug"])
        rescue = next(s for s in stories if s is not collapse)
        moved = next(slug for slug in collapse["articles"] if slug != collapse["slug"])
        assert f"articles/{moved}/" in get(f"/stories/{collapse['slug']}/")

        # The second collapse report becomes a report of the rescue, a week later.
        rescue_row = by_id["mine-rescue-2"]
        (tmp_path / "content/mine-collapse-2.md").write_text(
            markdown(
                by_id["mine-collapse-2"],
                title="Relatives cheer as Kessel Ridge rescue ends",
                text=rescue_row["text"],
                date="2026-04-09T23:00:00Z",
            )
        )
        next_build(proc, 120)
        after = {s["slug"]: s for s in json.loads(get("/api/stories.json"))}
        assert after[collapse["slug"]]["articles"] == [collapse["slug"]]
        assert len(after[rescue["slug"]]["articles"]) == 3
        moved_now = next(
            a["slug"]
            for a in json.loads(get("/api/articles.json"))
            if a["original_url"] == by_id["mine-collapse-2"]["url"]
        )
        collapse_page = get(f"/stories/{collapse['slug']}/")
        rescue_page = get(f"/stories/{rescue['slug']}/")
        assert f"articles/{moved_now}/" not in collapse_page
        assert f"articles/{moved_now}/" in rescue_page
        assert "Relatives cheer as Kessel Ridge rescue ends" in rescue_page
