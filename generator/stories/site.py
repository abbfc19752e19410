"""Stories as the site shows them: what the stories stage hands the render stage.

A `SiteStory` is one story with everything its page, its feed, the article pages and the
front page show of it; `StoryIndex` holds every story (one-article ones included) and
answers the questions pages ask: an article's story, the front page's items, an entity's
stories. Each story has a `version`, a hash of everything its pages show, like
`Entry.version` (`generator.link.site`): the render stage re-renders a story's pages only
when it changes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING

from generator.link.site import EntityRef, Entry, version_of

if TYPE_CHECKING:
    from generator.render.front_items import FrontItem


@dataclass(frozen=True)
class StoryLine:
    """A sentence of a story's summary and the article it came from."""

    text: str
    entry: Entry


@dataclass(frozen=True)
class SiteStory:
    """One story (see the module's docstring)."""

    slug: str  # its page is stories/<slug>/; the earliest article's slug
    title: str  # one of its articles' own headlines (`StoryGrouper.headline`)
    summary: tuple[StoryLine, ...]
    entries: tuple[Entry, ...]  # the timeline: oldest first, undated ones last
    copies: tuple[tuple[str, ...], ...]  # slugs of each group of copies (the same text)
    outlets: tuple[str, ...]  # sources, in the order they first reported it
    entities: tuple[EntityRef, ...]  # its main entities, most covered first
    first_seen: datetime
    last_seen: datetime  # its newest activity: the front page sorts by it
    page: bool  # whether it has a page: enough distinct texts (`[stories] min_articles`)

    @property
    def sources(self) -> int:
        """How many distinct texts it has: a group of copies counts once."""
        return len(self.entries) - sum(len(group) - 1 for group in self.copies)

    def copies_of(self, slug: str) -> tuple[str, ...]:
        """The slugs of the other articles that are copies of the article `slug`."""
        for group in self.copies:
            if slug in group:
                return tuple(other for other in group if other != slug)
        return ()

    @cached_property
    def version(self) -> bytes:
        """A hash of everything its page and feed show."""
        return version_of(
            (
                self.slug,
                self.title,
                tuple((line.text, line.entry.slug) for line in self.summary),
                tuple(entry.version for entry in self.entries),
                self.copies,
                self.outlets,
                tuple((r.name, r.kind, r.slug) for r in self.entities),
                self.first_seen,
                self.last_seen,
                self.page,
            )
        )

    @cached_property
    def listing_version(self) -> bytes:
        """A hash of what a list of stories shows of it (a tag page's stories)."""
        return version_of(
            (self.slug, self.title, self.last_seen, len(self.entries), self.outlets, self.page)
        )

    @cached_property
    def links_version(self) -> bytes:
        """A hash of what an article page shows of its story (`_story_links.html`): the
        story's page, title and articles' headlines, sources, dates and links."""
        articles = tuple(
            (e.slug, e.article.title, e.article.meta.source, e.article.meta.url, e.article.date)
            for e in self.entries
        )
        return version_of((self.slug, self.title, self.page, self.copies, articles))


@dataclass(frozen=True)
class StoryIndex:
    """Every story of the site, newest activity first (see the module's docstring)."""

    stories: tuple[SiteStory, ...]
    by_article: Mapping[str, SiteStory]  # article slug → its story
    # The front page's items, newest activity first (ties by URL): each story with a
    # page, and every other article standing alone, copies once. For the front page's
    # planner: paginate these instead of the entries, and sign each page with the items'
    # versions (`generator.stories.stage.front_items_of` makes them, per story).
    front_items: tuple[FrontItem, ...] = ()

    def story_of(self, entry: Entry) -> SiteStory:
        """The story the entry's article is in (every article is in exactly one)."""
        return self.by_article[entry.slug]

    @cached_property
    def with_pages(self) -> tuple[SiteStory, ...]:
        """The stories that have a page, newest activity first."""
        return tuple(story for story in self.stories if story.page)

    @cached_property
    def by_entity(self) -> Mapping[str, tuple[SiteStory, ...]]:
        """Entity slug → the stories with a page among whose main entities it is, newest
        activity first (for tag pages that list stories)."""
        found: dict[str, list[SiteStory]] = {}
        for story in self.with_pages:
            for ref in story.entities:
                found.setdefault(ref.slug, []).append(story)
        return {slug: tuple(stories) for slug, stories in found.items()}
