"""Story settings: what `[stories]` in digest.toml will set (see docs/stories.md)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StorySettings:
    """How articles are grouped into stories.

    - `enabled`: group at all (off: no story pages; the grouping is never imported).
    - `window_days`: two articles further apart in time than this are never in one story
      directly (a story can still grow past it, one day's articles joining the last
      days'); within it their similarity fades with the time between them.
    - `threshold`: the average similarity, between two groups of articles, needed to make
      them one story. Higher splits more, lower merges more.
    - `min_articles`: a story gets its own page when it has at least this many distinct
      texts (a group of copies counts once).
    - `language`: the site's language, for articles that do not name their own (word
      stems and how common a word is depend on it).
    """

    enabled: bool = True
    window_days: float = 7.0
    threshold: float = 0.21
    min_articles: int = 2
    language: str = "en"

    def __post_init__(self) -> None:
        if self.window_days <= 0:
            raise ValueError("window_days must be positive")
        if not 0 < self.threshold <= 1:
            raise ValueError("threshold must be in (0, 1]")
        if self.min_articles < 1:
            raise ValueError("min_articles must be at least 1")
