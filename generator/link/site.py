"""The site-side types the link stage makes and the render stage reads: entries (published
articles with their entity references), entities (one tag page each) and the `Site`.

Every entry, entity and entity's facts has a `version`: a hash of everything a page can
show of it, equal for equal values in any process. It is the pipeline's one notion of
change after the link stage: a page is rendered again when the versions it was made from
changed (see `generator.render`), and `digest build` compares them with the last build's.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING

import msgspec

from generator.articles import Article
from generator.problems import Problem

if TYPE_CHECKING:
    from generator.stories.site import StoryIndex


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
    # How often the article names each of `entities` (no page shows it; stories weigh it).
    mentions: tuple[int, ...] = ()

    @cached_property
    def slug(self) -> str:
        # Cached: the page planner reads it for every entry of every list on each save.
        return self.article.slug

    @cached_property
    def version(self) -> bytes:
        """A hash of the article, its place (slug), its summary and its entities."""
        refs = tuple((r.name, r.kind, r.slug) for r in self.entities)
        return version_of((self.article.digest, self.article.slug, self.summary, refs))


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
    def version(self) -> bytes:
        """A hash of its facts and of the versions of its entries, in order."""
        return version_of((self.facts.version, *(entry.version for entry in self.entries)))

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

    @cached_property
    def version(self) -> bytes:
        """A hash of every fact."""
        co_mentions = tuple((r.name, r.kind, r.slug, n) for r, n in self.co_mentions)
        seen = (self.count, self.first_seen, self.last_seen)
        return version_of((self.name, self.kind, self.slug, self.aliases, seen, co_mentions))


@dataclass(frozen=True)
class Site:
    """Everything the render stage needs."""

    entries: tuple[Entry, ...]  # newest first
    entities: tuple[Entity, ...]  # sorted by kind, then name
    problems: tuple[Problem, ...] = ()
    stories: StoryIndex | None = None  # the stories stage's (None: stories are off)


def version_of(parts: tuple) -> bytes:
    """A 16-byte hash of a tuple of strings, numbers, bytes, datetimes and such tuples: the
    same in every process (their JSON encoding is; Python's `hash` of a string is not).

    JSON made by msgspec in C rather than `repr`: a new process works out the version of
    every entry, entity and story of the corpus. Not MessagePack, which writes a datetime
    as its instant: a date moved to another time zone would keep its page's version.
    """
    return hashlib.blake2b(_ENCODE(parts), digest_size=16).digest()


_ENCODE = msgspec.json.Encoder().encode
