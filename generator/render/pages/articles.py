"""Article pages (`articles/<slug>/`): one per entry, linking to its newer and older
neighbours and to its related articles (`generator.render.related`)."""

from __future__ import annotations

from collections.abc import Sequence

from generator.link.site import Entry, Site
from generator.render.pages.page import Page, Section
from generator.render.related import RelatedArticles
from generator.render.urls import article_url


def sections(site: Site, related_articles: RelatedArticles) -> list[Section]:
    """One group per entry; its signature covers the entry, its two neighbours and what it
    shows of its related articles."""
    entries = site.entries
    related = related_articles(site)
    own = [entry.version for entry in entries]
    around = [None, *own, None]
    shown = related_articles.shown(related)
    signatures = list(zip(own, around[:-2], around[2:], shown, strict=True))
    keys = [article_url(entry) for entry in entries]
    return [
        Section(keys, signatures, lambda i: [_page(entries, i, keys[i], related[i], signatures[i])])
    ]


def _page(
    entries: Sequence[Entry], i: int, url: str, related: tuple[Entry, ...], signature: tuple
) -> Page:
    newer = entries[i - 1] if i > 0 else None
    older = entries[i + 1] if i + 1 < len(entries) else None
    context = {"entry": entries[i], "newer": newer, "older": older, "related": related}
    return Page(url, "article.html", context, signature)
