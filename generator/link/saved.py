"""The link stage's per-article work, kept on disk for the next process.

`digest serve` relinks after a save by redoing only the edited article's part of the
per-article steps (`generator.link.memo`); a new `digest build` process would do every
article's part again. What those steps work out from one article alone — the name pairs
its text defines, the fragments of longer names it holds, the first person it names of each
surname, and the known spellings the re-scan finds in it — is a pure function of the
article (its `digest`: text, title, metadata) and of inputs common to the corpus, so it is
saved by article digest beside the pipeline's state (`generator.build_state`, which is
ignored when the code or the settings changed), with the index of spellings the re-scan
used. A new linker is seeded with it: the steps then treat every article whose digest was
saved as unchanged since their last call, and redo the rest, exactly as they do in one
process.

The build state stores them as JSON, decoded by msgspec into these types — never pickle.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Mapping, Sequence
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
    first_named: Pairs  # `fragments.first_named`


@dataclass(frozen=True)
class SavedVotes:
    """The type each group of records voted for (step 3), with the given names the votes
    knew: per entity key, the signature of its group (`signature`), its vote without the
    given names (multi-word keys only, else "") and with them."""

    given: frozenset[str]
    groups: Mapping[str, tuple[str, str, str]]


@dataclass(frozen=True)
class SavedWords:
    """How often the corpus writes each word in lower case (`text_state.lowercase_words`),
    and the digests of the articles counted, one per article. Each article's own counts
    are saved apart by digest and read only for the articles gone since (an edited one's
    last version): the next process then counts the changed articles alone."""

    total: dict[str, int]
    digests: tuple[str, ...]


@dataclass(frozen=True)
class SavedLink:
    """What a linker saves: the re-scan's index and each article's part, by article digest,
    the votes of the groups and the corpus's lower-case words."""

    index: StoredIndex
    articles: Mapping[str, SavedArticle]
    votes: SavedVotes | None = None
    words: SavedWords | None = None


@dataclass(frozen=True)
class LinkChanges:
    """What the saved link state must change: the index, the articles' parts that are not
    saved as they are (by digest), and the digests no article has any more; the corpus's
    lower-case words and the counts of the articles whose digest is new (`SavedWords`)."""

    index: StoredIndex
    parts: Mapping[str, SavedArticle]
    gone: Collection[str]
    votes: SavedVotes | None
    words: SavedWords | None = None
    # (digest, counts) of the articles whose digest is new, made as they are read: once.
    word_counts: Iterable[tuple[str, dict[str, int]]] = ()


@dataclass(frozen=True)
class Seed:
    """The saved parts of this call's articles, by position among them (the articles whose
    digest was saved)."""

    index: StoredIndex
    positions: tuple[int, ...]
    parts: tuple[SavedArticle, ...]
    votes: SavedVotes | None
    digests: Sequence[str]  # of every article of the call


def shared(part: SavedArticle, canon: dict) -> SavedArticle:
    """`part` with one object per distinct spelling and name key among the spans of all the
    parts passed the same `canon`, as the re-scan of one process makes them: decoded, each
    span has copies of its own, and a corpus writes the same names hundreds of thousands of
    times."""
    spans = tuple(
        (start, end, canon.setdefault(words, words), canon.setdefault(key, key))
        for start, end, words, key in part.spans
    )
    return SavedArticle(part.defined, part.fragments, spans, part.first_named)


def seed(saved: SavedLink, digests: list[str]) -> Seed:
    """The saved parts of the articles of `digests`."""
    positions, parts = [], []
    for position, digest in enumerate(digests):
        part = saved.articles.get(digest)
        if part is not None:
            positions.append(position)
            parts.append(part)
    return Seed(saved.index, tuple(positions), tuple(parts), saved.votes, digests)


def signature(digests: Iterable[str]) -> str:
    """What a group of records is made of: the digests of its articles, in order. A group
    of one entity key is the key's records of those articles, each a pure function of its
    article, so an equal signature means equal records and an equal vote."""
    return hashlib.blake2b("".join(digests).encode(), digest_size=16).hexdigest()
