"""Article pages (`articles/<slug>/`): one per entry, linking to its newer and older
neighbours; `story` in their context is the entry's story, for `_story_links.html`."""

from __future__ import annotations

from collections.abc import Sequence

from generator.link.site import Entry, Site
from generator.render.pages.page import Page, Section
from generator.render.urls import article_url
from generator.stories.site import SiteStory


def sections(site: Site) -> list[Section]:
    """One group per entry; its signature covers the entry, its two neighbours and what it
    shows of its story (`_story_links.html`)."""
    entries = site.entries
    own = [entry.version for entry in entries]
    around = [None, *own, None]
    stories = _stories(site)
    links = [story.links_version if story else None for story in stories]
    signatures = list(zip(own, around[:-2], around[2:], links, strict=True))
    keys = [article_url(entry) for entry in entries]
    return [
        Section(keys, signatures, lambda i: [_page(entries, i, keys[i], stories[i], signatures[i])])
    ]


def _stories(site: Site) -> list[SiteStory | None]:
    if site.stories is None:
        return [None] * len(site.entries)
    return list(map(site.stories.by_article.__getitem__, (e.slug for e in site.entries)))


def _page(
    entries: Sequence[Entry], i: int, url: str, story: SiteStory | None, signature: tuple
) -> Page:
    newer = entries[i - 1] if i > 0 else None
    older = entries[i + 1] if i + 1 < len(entries) else None
    context = {"entry": entries[i], "newer": newer, "older": older, "story": story}
    return Page(url, "article.html", context, signature)
