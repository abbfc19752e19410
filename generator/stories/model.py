"""The data that goes into story grouping and what comes out of it.

Every type here is frozen: the grouping reads its inputs and hands back new values, so a
caller can keep them between builds and compare them by value.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class StoryInput:
    """One published article as the grouping sees it.

    `key` is the article's stable id (its slug). `entities` are the link stage's canonical
    entity keys with their kind ("person", "organisation", "place", "topic") and how often
    the article mentions them. `date` is None when the article's date is unknown (better
    than a guessed date: an unknown date puts no bound on the story's time span). `lang`
    is the article's language code when it differs from the site's.
    """

    key: str
    title: str
    text: str
    date: datetime | None = None
    source: str | None = None
    entities: tuple[tuple[str, str, int], ...] = ()
    lang: str | None = None


@dataclass(frozen=True)
class Story:
    """Articles about one real-world event.

    `members` are article keys in time order (undated last, ties by key). `copies` lists
    the groups of near-identical articles in the story (each group in member order, the
    first standing for the rest); an article in no such group is its own text.
    `key` is the key of the story's earliest member, so it does not change when an
    unrelated article is edited, added or removed.
    """

    key: str
    members: tuple[str, ...]
    copies: tuple[tuple[str, ...], ...] = ()

    @property
    def sources(self) -> int:
        """How many distinct texts the story has: a group of copies counts once."""
        return len(self.members) - sum(len(group) - 1 for group in self.copies)


@dataclass(frozen=True)
class Stories:
    """Every article in exactly one story; stories sorted by key."""

    stories: tuple[Story, ...]

    def story_of(self) -> dict[str, str]:
        """Article key → the key of its story."""
        return {member: story.key for story in self.stories for member in story.members}
