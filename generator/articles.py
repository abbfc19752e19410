"""The article-side types: what the load and clean stages make of a content file, and what
the analyse stage says about an article.

load → `RawArticle`; clean → `Article`; analyse → `Analysis` (with its `Mention`s). These
are the only types the analysis depends on, so the analysis cache's key covers this module
and not the site-side types of the link stage (`generator.link.site`). Everything here is
frozen so a stage cannot change what an earlier stage produced.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields
from datetime import datetime
from functools import cached_property


# Slots: a corpus holds one of these per paragraph and one `Mention` per name an article
# mentions (hundreds of thousands at 10,000 articles), and an instance dict costs more than
# its fields.
@dataclass(frozen=True, slots=True)
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
    # What reading the date had to assume (no day, a guessed time zone): reported as a warning.
    date_note: str | None = None


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

    @cached_property
    def text(self) -> str:
        """The cleaned body: one paragraph per line (made once: the link and the stories
        stages keep it, and share this string)."""
        return "\n".join(b.text for b in self.blocks)

    @cached_property
    def digest(self) -> str:
        """A hash of everything the article says (title, date, metadata, text), not of where
        its file is or its slug: equal for equal articles, in any process. The analysis
        cache keys on it, and the link stage's versions of entries build on it."""
        content = (
            self.title,
            self.date,
            tuple(getattr(self.meta, name) for name in _META_FIELDS),
            tuple((b.text, b.html) for b in self.blocks),
        )
        # The repr of str, int, float, bool, None, tuples and datetimes is the same in
        # every process (unlike `hash`), and made in C.
        return hashlib.sha256(repr(content).encode("utf-8", "surrogatepass")).hexdigest()


_META_FIELDS = tuple(f.name for f in fields(Metadata))


@dataclass(frozen=True, slots=True)
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
