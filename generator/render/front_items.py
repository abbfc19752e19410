"""What the front page is made of: front items, and the entities most mentioned this week.

A front item is a piece of news as the front page shows it: a headline with its link,
date, source, summary and entities, and how many articles it stands for. Without stories
every article fills one (`FrontItem.of_entry`); with them, a story with a page fills one
(`generator.stories.stage.front_items_of`), and every other article fills its own, a group
of copies once with the outlets that ran it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from generator.link.site import EntityRef, Entry
from generator.render.urls import article_url

# The front page's strip of entities: those mentioned in the most articles of the week up
# to the newest article (not up to the day of the build, so that a build is the same
# whenever it runs).
WEEK = timedelta(days=7)
STRIP_SIZE = 8


@dataclass(frozen=True)
class FrontItem:
    """A piece of news on the front page (see the module's docstring)."""

    url: str  # site URL of its page
    headline: str
    date: datetime
    source: str | None
    summary: tuple[str, ...]
    entities: tuple[EntityRef, ...]
    version: bytes  # changes whenever anything above does (the page's signature uses it)
    articles: int = 1  # how many articles it stands for
    outlets: tuple[str, ...] = ()  # the outlets of those articles, when more than its source
    story: bool = False  # whether it is a story (its page is the story's)

    @classmethod
    def of_entry(cls, entry: Entry) -> FrontItem:
        """The front item of one article."""
        article = entry.article
        return cls(
            url=article_url(entry),
            headline=article.title,
            date=article.date,
            source=article.meta.source,
            summary=entry.summary,
            entities=entry.entities,
            version=entry.version,
        )


@dataclass(frozen=True)
class Mentioned:
    """An entity of the strip, with the number of the week's articles that mention it."""

    ref: EntityRef
    count: int


def most_mentioned(entries: Sequence[Entry], size: int = STRIP_SIZE) -> tuple[Mentioned, ...]:
    """The `size` entities mentioned in the most articles of the week up to the newest of
    `entries` (newest first), most first, then by name. Only entities named by at least
    two articles: one article is no trend."""
    if not entries:
        return ()
    since = entries[0].article.date - WEEK
    counts: Counter[EntityRef] = Counter()
    for entry in entries:
        if entry.article.date < since:
            break
        counts.update(set(entry.entities))
    ranked = sorted(
        (ref for ref, n in counts.items() if n > 1),
        key=lambda ref: (-counts[ref], ref.name.casefold(), ref.slug),
    )
    return tuple(Mentioned(ref, counts[ref]) for ref in ranked[:size])
