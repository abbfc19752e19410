"""The site-side types the link stage makes and the render stage reads: entries (published
articles with their entity references), entities (one tag page each) and the `Site`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from generator.articles import Article
from generator.problems import Problem


@dataclass(frozen=True)
class EntityRef:
    name: str
    kind: str
    slug: str


@dataclass(frozen=True)
class Entry:
    """A published article: the cleaned article, its analysis and its place in the site."""

    article: Article
    summary: tuple[str, ...]
    entities: tuple[EntityRef, ...]

    @property
    def slug(self) -> str:
        return self.article.slug


@dataclass(frozen=True)
class Entity:
    """One tag page: an entity and the articles that mention it, newest first."""

    name: str
    kind: str
    slug: str
    aliases: tuple[str, ...]
    entries: tuple[Entry, ...]
    co_mentions: tuple[tuple[EntityRef, int], ...] = ()

    @property
    def ref(self) -> EntityRef:
        return EntityRef(self.name, self.kind, self.slug)

    @property
    def first_seen(self) -> datetime:
        """The date of the oldest article that mentions the entity."""
        return self.entries[-1].article.date

    @property
    def last_seen(self) -> datetime:
        """The date of the newest article that mentions the entity."""
        return self.entries[0].article.date

    @cached_property
    def facts(self) -> EntityFacts:
        """What the entity's pages say about it besides their own slice of its articles."""
        return EntityFacts(
            self.name,
            self.kind,
            self.slug,
            self.aliases,
            len(self.entries),
            self.first_seen,
            self.last_seen,
            self.co_mentions,
        )


@dataclass(frozen=True)
class EntityFacts:
    """An entity as its tag pages and the tag index show it: no list of articles, so that
    editing one article re-renders only the page that lists it, not all of the entity's pages
    (`digest serve` re-renders a page when its template context changes)."""

    name: str
    kind: str
    slug: str
    aliases: tuple[str, ...]
    count: int  # articles that mention it
    first_seen: datetime
    last_seen: datetime
    co_mentions: tuple[tuple[EntityRef, int], ...]


@dataclass(frozen=True)
class Site:
    """Everything the render stage needs."""

    entries: tuple[Entry, ...]  # newest first
    entities: tuple[Entity, ...]  # sorted by kind, then name
    problems: tuple[Problem, ...] = ()
