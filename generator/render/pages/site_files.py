"""The pages every site has besides its content: the Atom feed of the latest articles
(`feed.xml`), the 404 page, `sitemap.xml` and `robots.txt`."""

from __future__ import annotations

from generator.link.site import Entity, Entry, Site
from generator.render.pages.page import Page, Section, single, versions
from generator.render.urls import (
    TAGS_BY_COUNT,
    TAGS_BY_NAME,
    article_url,
    entity_url,
    story_url,
)
from generator.stories.site import SiteStory

FEED_SIZE = 50


class SitemapUrls:
    """The sitemap's URLs and dates, each entry's and entity's worked out once per version
    (`digest serve` lists every one of them on every save)."""

    def __init__(self) -> None:
        self._known: dict[bytes, tuple[str, str]] = {}

    def __call__(self, site: Site) -> list[tuple[str, str | None]]:
        """Every URL of the sitemap with its last modification date, if known."""
        known = self._known
        found: dict[bytes, tuple[str, str]] = {}
        entries = [
            found.setdefault(e.version, known.get(e.version) or _entry(e)) for e in site.entries
        ]
        entities = [
            found.setdefault(e.version, known.get(e.version) or _entity(e)) for e in site.entities
        ]
        stories = [
            found.setdefault(s.version, known.get(s.version) or _story(s))
            for s in (site.stories.with_pages if site.stories else ())
        ]
        self._known = found
        newest = site.entries[0].article.date.date().isoformat() if site.entries else None
        return [
            ("", newest),
            *entries,
            (TAGS_BY_NAME, None),
            (TAGS_BY_COUNT, None),
            *entities,
            *stories,
            ("archive/", None),
        ]


def _remember(found: dict, known: dict, item: Entry | Entity, make) -> tuple[str, str]:
    version = item.version
    hit = known.get(version)
    found[version] = hit = hit or make(item)
    return hit


def _entry(entry: Entry) -> tuple[str, str]:
    return article_url(entry), entry.article.date.date().isoformat()


def _entity(entity: Entity) -> tuple[str, str]:
    return entity_url(entity.slug), entity.entries[0].article.date.date().isoformat()


def _story(story: SiteStory) -> tuple[str, str]:
    return story_url(story.slug), story.last_seen.date().isoformat()


def sections(site: Site, sitemap_urls: SitemapUrls) -> list[Section]:
    """One group per page."""
    entries = site.entries[:FEED_SIZE]
    urls = sitemap_urls(site)
    return [
        single(
            Page(
                "feed.xml",
                "atom.xml",
                {"entries": entries, "feed_url": "feed.xml"},
                versions(entries),
            )
        ),
        single(Page("404.html", "404.html", {"absolute_links": True}, ())),
        single(Page("sitemap.xml", "sitemap.xml", {"urls": urls}, tuple(urls))),
        single(Page("robots.txt", "robots.txt", {}, ())),
    ]
