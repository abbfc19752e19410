"""The typed data that flows between the build stages.

load → `RawArticle`; clean → `Article`; analyse → `Analysis`; link → `Site` (built from
`Entry` and `Entity`); render → pages; write → files. Everything here is frozen so a stage
cannot change what an earlier stage produced.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property


@dataclass(frozen=True)
class Block:
    """One paragraph of an article body: its plain text and, for rich formats, safe HTML."""

    text: str
    html: str | None = None


@dataclass(frozen=True)
class Metadata:
    """What a reader found about an article besides its body."""

    title: str | None = None
    date: datetime | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None
    lang: str | None = None
    tags: tuple[str, ...] = ()
    summary: str | None = None
    summary_sentences: int | None = None
    summary_words: int | None = None
    draft: bool = False
    slug: str | None = None
    # The page's own one-line description (saved web pages, feeds); the page's meta description.
    description: str | None = None


@dataclass(frozen=True)
class RawArticle:
    """An article as read from `content/`, before cleaning."""

    path: str  # relative to the content folder, '/'-separated; used in every message
    meta: Metadata
    blocks: tuple[Block, ...]
    mtime: float = 0.0
    # Where one file holds several articles (feeds, dumps), which one this is.
    part: str | None = None


@dataclass(frozen=True)
class Article:
    """A cleaned article, ready for analysis and publishing."""

    path: str
    slug: str
    title: str
    date: datetime
    meta: Metadata
    blocks: tuple[Block, ...]

    @property
    def text(self) -> str:
        """The cleaned body: one paragraph per line."""
        return "\n".join(b.text for b in self.blocks)


@dataclass(frozen=True)
class Mention:
    """A named entity found in one article, already normalised within that article."""

    name: str
    kind: str  # the article's majority: "person" | "organisation" | "place" | "other"
    count: int = 1
    aliases: tuple[str, ...] = ()
    # Evidence for deciding name and type across the corpus (link stage), as (item, count):
    forms: tuple[tuple[str, int], ...] = ()  # every spelling used
    labels: tuple[tuple[str, int], ...] = ()  # the model's labels (PERSON, ORG, GPE, NORP...)
    cues: tuple[tuple[str, int], ...] = ()  # context cues by kind ("place": "city of X")


@dataclass(frozen=True)
class Analysis:
    """What the NLP stage computed for one article: a pure function of its text and settings."""

    summary: tuple[str, ...]
    mentions: tuple[Mention, ...]
    # Problems found while analysing (e.g. no summariser for the article's language).
    warnings: tuple[str, ...] = ()


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


@dataclass(frozen=True)
class Problem:
    """Something wrong with one input, reported with its path (and line when known)."""

    path: str
    message: str
    line: int | None = None
    level: str = "warning"  # "warning" | "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{self.level}: {where}: {self.message}"


@dataclass
class Problems:
    """Collects problems during a build; the one mutable object passed between stages."""

    items: list[Problem] = field(default_factory=list)

    def warn(self, path: str, message: str, line: int | None = None) -> None:
        self.items.append(Problem(path, message, line, "warning"))

    def error(self, path: str, message: str, line: int | None = None) -> None:
        self.items.append(Problem(path, message, line, "error"))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.level == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.level == "warning"]
