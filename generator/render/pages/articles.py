"""Article pages (`articles/<slug>/`): one per entry, linking to its newer and older
neighbours and to its related articles (`generator.render.related`); with stories on, the
rest of its story comes first among them, and `story` in the context is the entry's story
(`_story_links.html`)."""

from __future__ import annotations

from collections.abc import Sequence

from generator.link.site import Entry, Site
from generator.render.pages.page import Page, Section
from generator.render.related import LIMIT, RelatedArticles
from generator.render.urls import article_url
from generator.stories.site import SiteStory


def sections(site: Site, related_articles: RelatedArticles) -> list[Section]:
    """One group per entry; its signature covers the entry, its two neighbours and what it
    shows of its related articles."""
    entries = site.entries
    related = related_articles(site)
    stories = _stories(site)
    if site.stories is not None:
        in_order: dict[str, _InOrder] = {}
        related = [
            _with_story(e, r, s, in_order)
            for e, r, s in zip(entries, related, stories, strict=True)
        ]
    own = [entry.version for entry in entries]
    around = [None, *own, None]
    shown = related_articles.shown(related)
    links = [story.links_version if story else None for story in stories]
    signatures = list(zip(own, around[:-2], around[2:], shown, links, strict=True))
    keys = [article_url(entry) for entry in entries]
    return [
        Section(
            keys,
            signatures,
            lambda i: [_page(entries, i, keys[i], related[i], stories[i], signatures[i])],
        )
    ]


def _stories(site: Site) -> list[SiteStory | None]:
    if site.stories is None:
        return [None] * len(site.entries)
    return list(map(site.stories.by_article.__getitem__, (e.slug for e in site.entries)))


# A story's newest `LIMIT + 1` entries (newest first) and the slugs of all of them.
_InOrder = tuple[tuple[Entry, ...], frozenset[str]]


def _with_story(
    entry: Entry,
    related: tuple[Entry, ...],
    story: SiteStory | None,
    in_order: dict[str, _InOrder],
) -> tuple[Entry, ...]:
    """The rest of the entry's story first (newest first), then the articles related by
    entities that are not in it, `LIMIT` in all. `in_order` keeps each story's order for
    the call: sorting a big story once per member would cost its size squared."""
    if story is None or len(story.entries) == 1:
        return related
    known = in_order.get(story.slug)
    if known is None:
        ordered = sorted(
            story.entries, key=lambda other: (-other.article.date.timestamp(), other.slug)
        )
        known = in_order[story.slug] = (
            tuple(ordered[: LIMIT + 1]),
            frozenset(other.slug for other in ordered),
        )
    newest, in_story = known
    rest = [other for other in newest if other is not entry][:LIMIT]
    return (*rest, *(other for other in related if other.slug not in in_story))[:LIMIT]


def _page(
    entries: Sequence[Entry],
    i: int,
    url: str,
    related: tuple[Entry, ...],
    story: SiteStory | None,
    signature: tuple,
) -> Page:
    newer = entries[i - 1] if i > 0 else None
    older = entries[i + 1] if i + 1 < len(entries) else None
    context = {
        "entry": entries[i],
        "newer": newer,
        "older": older,
        "related": related,
        "story": story,
    }
    return Page(url, "article.html", context, signature)
