"""The entity resolution's per-article text work, kept from one call to the next.

The lower-case words of each text, the known names found in it and the ones the model did
not tag there are pure functions of the article's text and of inputs common to the corpus
(the set of known spellings, their entities), so the results of the previous call are
reused for every article whose input is unchanged (see `generator.link.memo`). A
`CorpusText` keeps them; the resolver owns one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter

from generator.link import rescan
from generator.link.memo import ById
from generator.text.names import name_key

_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_CAPITAL = re.compile(r"[A-Z]")
# Above this many first words with changed spellings, checking each text for them costs
# about as much as scanning it again.
_FEW_CHANGES = 20

Span = tuple[int, int, tuple[str, ...], str]  # start, end, the spelling's words, its name key


@dataclass(frozen=True)
class _WordCounts:
    texts: ById[str] = field(default_factory=ById)  # the texts counted, by article
    total: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True)
class _Scan:
    index: rescan.Index = field(default_factory=dict)
    texts: ById[str] = field(default_factory=ById)
    found: ById[tuple[Span, ...]] = field(default_factory=ById)  # each text's spans


Kept = tuple[tuple[int, int, str, str], ...]  # start, end, entity key, name key


@dataclass(frozen=True)
class _Untagged:
    owners: Mapping[tuple[str, ...], str] = field(default_factory=dict)  # spelling → entity key
    spans: ById[tuple[Span, ...]] = field(default_factory=ById)
    tagged: ById[frozenset[str]] = field(default_factory=ById)
    # per article, the spellings in its spans and the result
    kept: ById[tuple[frozenset[tuple[str, ...]], Kept]] = field(default_factory=ById)


_RESULT = itemgetter(1)


# Fewer capitals than this share of a text's letters: a text written in lower case
# throughout (a feed or a data set that lower-cased it), where a name's lower case says
# nothing. Prose has about 4 % (the fewest of WikiRef220's web pages: 1.4 %).
_FEWEST_CAPITALS = 0.005


def word_counts(text: str) -> Counter[str]:
    """How often `text` writes each word in lower case (`lower_words`)."""
    return Counter(lower_words(text))


def lower_words(text: str) -> list[str]:
    """The words `text` writes in lower case; none for a text without the capitals of prose
    ("the munich beer festival" in a lower-cased report would make "Munich" a common word of
    the corpus)."""
    words = _LOWER_WORD.findall(text)
    if len(_CAPITAL.findall(text)) < _FEWEST_CAPITALS * sum(map(len, words)):
        return []
    return words


class CorpusText:
    """The last call's results of each method, reused by the next call for what did not
    change."""

    def __init__(self) -> None:
        self._words = _WordCounts()
        self._scan = _Scan()
        self._untagged = _Untagged()

    @property
    def last_words(self) -> Counter[str]:
        """The last `lowercase_words` result."""
        return self._words.total

    def seed_words(
        self, ids: Sequence[Hashable], texts: Sequence[str], total: Counter[str]
    ) -> None:
        """Start `lowercase_words` from another process's count: `total` counts `texts`
        (numbered `ids`) and nothing else, so the next call counts only the other texts."""
        self._words = _WordCounts(ById(ids, list(texts)), total)

    def lowercase_words(
        self, texts: Sequence[str], ids: Sequence[Hashable] | None = None
    ) -> Counter[str]:
        """How often each word in lower case occurs in `texts`, all together.

        `ids` number the texts (positions by default). The previous call's total is
        corrected by the texts that changed, came or went, so an edit recounts one article.
        The result is shared with the next call: do not change it.
        """
        ids = range(len(texts)) if ids is None else ids
        last = self._words
        before = list(map(last.texts.get, last.texts.gone(ids)))
        after = []
        changed = last.texts.changed(ids, texts)
        for i, old in zip(changed, last.texts.olds(ids, changed), strict=True):
            # A text made again with the same words (an article prepared again) counts the same.
            if old != texts[i]:
                after.append(texts[i])
                if old is not None:
                    before.append(old)
        if not before and not after:
            total = last.total
        else:
            total = last.total.copy()
            for text in before:
                for word in lower_words(text):
                    total[word] -= 1
                    if not total[word]:
                        del total[word]
            for text in after:
                total.update(lower_words(text))
        self._words = _WordCounts(ById(ids, list(texts)), total)
        return total

    def find_spellings(
        self,
        texts: Sequence[str],
        index: rescan.Index,
        ids: Sequence[Hashable] | None = None,
    ) -> list[tuple[Span, ...]]:
        """`rescan.find` for each text, with the name key of each span found.

        `ids` number the texts (positions by default). A text's spans depend only on the
        spellings whose first word it contains, so last call's spans of the same text still
        hold unless it contains a first word whose spellings changed (a name new to the
        corpus, one now too common to look for).
        """
        ids = range(len(texts)) if ids is None else ids
        last = self._scan
        changed: list[str] = []
        if index is not last.index:
            changed = [
                w for w in index.keys() | last.index.keys() if index.get(w) != last.index.get(w)
            ]
        # One object per distinct spelling and name key among the spans found: a corpus
        # writes the same names thousands of times, and the spans are kept.
        canon: dict = {}
        if len(changed) > _FEW_CHANGES:
            found = [_spans(text, index, canon) for text in texts]
        else:
            found = last.found.at(ids)
            moved = last.texts.changed(ids, texts)
            # A text made again with the same words (an article prepared again) keeps its spans.
            olds = last.texts.olds(ids, moved)
            redo = {i for i, old in zip(moved, olds, strict=True) if old != texts[i]}
            if changed:
                redo.update(
                    i for i, text in enumerate(texts) if any(word in text for word in changed)
                )
            for i in redo:
                found[i] = _spans(texts[i], index, canon)
        self._scan = _Scan(index, ById(ids, list(texts)), ById(ids, found))
        return found

    @property
    def last_index(self) -> rescan.Index:
        """The index of the last call of `find_spellings`."""
        return self._scan.index

    @property
    def last_found(self) -> list[tuple[Span, ...]]:
        """What the last call of `find_spellings` found, per text."""
        return list(self._scan.found.values)

    def seed_spellings(
        self,
        index: rescan.Index,
        texts: Sequence[str],
        found: Sequence[tuple[Span, ...]],
        ids: Sequence[Hashable],
    ) -> None:
        """Start `find_spellings` as if its last call had found `found` in `texts` (numbered
        by `ids`) with `index`: a new process restores what an earlier one found
        (`generator.link.saved`), and scans again only the texts that are not these very
        objects, or that hold a first word whose spellings changed since."""
        self._scan = _Scan(index, ById(list(ids), list(texts)), ById(list(ids), list(found)))

    def untagged_spans(
        self,
        spans: Sequence[tuple[Span, ...]],
        tagged: Sequence[frozenset[str]],
        owners: Mapping[tuple[str, ...], str],
        ids: Sequence[Hashable] | None = None,
    ) -> list[Kept]:
        """Per article, the spans found by the re-scan that name an entity the model did not
        tag there.

        `spans` come from `find_spellings`, `tagged` holds the name keys the model tagged in
        each article, `owners` the entity of each spelling and `ids` number the articles
        (positions by default); each span found comes back as (start, end, entity key, name
        key), and the first entity found under a name key in an article keeps it. An
        article's result still holds while its spans and tagged keys are the same objects
        and none of its spellings changed owner, so after an edit the spans are walked for
        the edited article only.
        """
        ids = range(len(spans)) if ids is None else ids
        last = self._untagged
        moved: set[tuple[str, ...]] = set()
        if owners is not last.owners:
            moved = {
                s for s in owners.keys() | last.owners.keys() if owners.get(s) != last.owners.get(s)
            }
        results = last.kept.at(ids)
        redo = {*last.spans.changed(ids, spans), *last.tagged.changed(ids, tagged)}
        if moved:
            redo.update(
                i for i, hit in enumerate(results) if hit is None or not moved.isdisjoint(hit[0])
            )
        for i in redo:
            results[i] = _untagged(spans[i], tagged[i], owners)
        self._untagged = _Untagged(
            owners, ById(ids, list(spans)), ById(ids, list(tagged)), ById(ids, results)
        )
        return list(map(_RESULT, results))


def _spans(text: str, index: rescan.Index, canon: dict) -> tuple[Span, ...]:
    return tuple(
        (s, e, canon.setdefault(c, c), canon.setdefault(k, k))
        for s, e, c in rescan.find(text, index)
        for k in (name_key(text[s:e]),)
    )


def _untagged(
    found: tuple[Span, ...], keys: frozenset[str], owners: Mapping[tuple[str, ...], str]
) -> tuple[frozenset[tuple[str, ...]], Kept]:
    first: dict[str, str] = {}
    kept = tuple(
        (start, end, owners[words], key)
        for start, end, words, key in found
        # A name that is no entity (owner "") is found only so that no shorter spelling is
        # found inside it (`resolve._Spellings`).
        if key not in keys
        and owners[words]
        and first.setdefault(key, owners[words]) == owners[words]
    )
    return frozenset(span[2] for span in found), kept
