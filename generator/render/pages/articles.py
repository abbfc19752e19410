"""Article pages (`articles/<slug>/`): one per entry, linking to its newer and older
neighbours."""

from __future__ import annotations

from collections.abc import Sequence

from generator.link.site import Entry, Site
from generator.render.pages.page import Page, Section
from generator.render.urls import article_url


def sections(site: Site) -> list[Section]:
    """One group per entry; its signature covers the entry and its two neighbours."""
    entries = site.entries
    own = [entry.version for entry in entries]
    around = [None, *own, None]
    signatures = list(zip(own, around[:-2], around[2:], strict=True))
    keys = [article_url(entry) for entry in entries]
    return [Section(keys, signatures, lambda i: [_page(entries, i, keys[i], signatures[i])])]


def _page(entries: Sequence[Entry], i: int, url: str, signature: tuple) -> Page:
    newer = entries[i - 1] if i > 0 else None
    older = entries[i + 1] if i + 1 < len(entries) else None
    context = {"entry": entries[i], "newer": newer, "older": older}
    return Page(url, "article.html", context, signature)
