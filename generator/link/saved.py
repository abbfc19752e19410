"""The link stage's per-article work, kept on disk for the next process.

`digest serve` relinks after a save by redoing only the edited article's part of the
per-article steps (`generator.link.memo`); a new `digest build` process would do every
article's part again. What those steps work out from one article alone — the name pairs
its text defines, the fragments of longer names it holds, and the known spellings the
re-scan finds in it — is a pure function of the article (its `digest`: text, title,
metadata) and of inputs common to the corpus, so it is saved by article digest beside the
pipeline's state (`generator.build_state`, which is ignored when the code or the settings
changed), with the index of spellings the re-scan used. A new linker is seeded with it:
the steps then treat every article whose digest was saved as unchanged since their last
call, and redo the rest, exactly as they do in one process.

The build state stores them as JSON, decoded by msgspec into these types — never pickle.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from generator.link.text_state import Span

Pairs = tuple[tuple[str, str, str], ...]
# The re-scan's index (`rescan.Index`) as stored: first word → (length, spellings).
StoredIndex = dict[str, tuple[tuple[int, frozenset[tuple[str, ...]]], ...]]


@dataclass(frozen=True)
class SavedArticle:
    """One article's part of the per-article steps of the entity resolution."""

    defined: Pairs  # `definitions.defined_pairs`
    fragments: Pairs  # `fragments.fragments`
    spans: tuple[Span, ...]  # `rescan.find` with the saved index, with name keys


@dataclass(frozen=True)
class SavedLink:
    """What a linker saves: the re-scan's index and each article's part, by article digest."""

    index: StoredIndex
    articles: Mapping[str, SavedArticle]


@dataclass(frozen=True)
class LinkChanges:
    """What the saved link state must change: the index, the articles' parts that are not
    saved as they are (by digest), and the digests no article has any more."""

    index: StoredIndex
    parts: Mapping[str, SavedArticle]
    gone: Collection[str]


@dataclass(frozen=True)
class Seed:
    """The saved parts of this call's articles, by position among them (the articles whose
    digest was saved)."""

    index: StoredIndex
    positions: tuple[int, ...]
    parts: tuple[SavedArticle, ...]


def seed(saved: SavedLink, digests: list[str]) -> Seed:
    """The saved parts of the articles of `digests`."""
    positions, parts = [], []
    for position, digest in enumerate(digests):
        part = saved.articles.get(digest)
        if part is not None:
            positions.append(position)
            parts.append(part)
    return Seed(saved.index, tuple(positions), tuple(parts))
