"""The link stage's per-article work, kept from one call to the next.

`digest serve` links the whole corpus again after every save, yet most of that work belongs
to single articles: the records of an article's mentions, the lower-case words of its text,
the known names in its text. Each is a pure function of the article's input and of inputs
common to the corpus (the editor's rules, the set of known spellings), so the results of the
previous call are reused for every article whose input is unchanged, and recomputed when the
article or the common input changed. Only the last call's results are kept (bounded by the
corpus), and every function returns exactly what a fresh computation would: the tests
compare both.

State is replaced, never changed, at the end of each call, so a call running beside another
(two builds in threads) sees a consistent previous state and at worst recomputes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from generator.ner import rescan
from generator.ner.canonical import name_key

_LOWER_WORD = re.compile(r"\b[a-z]+\b")
# Above this many first words with changed spellings, checking each text for them costs
# about as much as scanning it again.
_FEW_CHANGES = 20

Key = TypeVar("Key", bound=Hashable)
Given = TypeVar("Given")
Result = TypeVar("Result")
Span = tuple[int, int, tuple[str, ...], str]  # start, end, the spelling's words, its name key


class Remembered(Generic[Key, Given, Result]):
    """A pure function of one item (an article's mentions, a group's records), remembered
    for the items of the last call.

    `compute(item, given)` also depends on `given`, common to the corpus (the editor's
    rules), which `given_key` stands for: when that differs from the last call's, nothing is
    reused. Results are shared between calls, so callers must not change them.

    `by_identity` finds an item only when it is the very object of the last call (an
    unchanged article's analysis is), without hashing its contents; an equal copy is
    computed again. `key_of` finds items by another key, such as the identities of their
    parts (see `identities`). Each item is kept beside its result, so no id in a key can be
    reused by another object while the result is remembered.
    """

    def __init__(
        self,
        compute: Callable[[Key, Given], Result],
        by_identity: bool = False,
        key_of: Callable[[Key], Hashable] | None = None,
    ):
        self._compute = compute
        self._key_of = id if by_identity else key_of
        self._last: tuple[Hashable, dict[Hashable, tuple[Key, Result]]] = (None, {})

    def __call__(self, inputs: Sequence[Key], given: Given, given_key: Hashable) -> list[Result]:
        last_key, last = self._last
        known = last if given_key == last_key else {}
        keys = list(inputs) if self._key_of is None else list(map(self._key_of, inputs))
        results: dict[Hashable, tuple[Key, Result]] = {}
        for key, item in zip(keys, inputs, strict=True):
            if key not in results:
                found = known.get(key)
                if found is None:
                    found = (item, self._compute(item, given))
                results[key] = found
        self._last = (given_key, results)
        return [results[key][1] for key in keys]

    def clear(self) -> None:
        self._last = (None, {})


@dataclass(frozen=True)
class _WordCounts:
    texts: Counter[str] = field(default_factory=Counter)  # the texts counted, as a multiset
    total: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True)
class _Scan:
    index: Mapping[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    found: Mapping[str, tuple[Span, ...]] = field(default_factory=dict)  # text → its spans


Kept = tuple[tuple[int, int, str, str], ...]  # start, end, entity key, name key


@dataclass(frozen=True)
class _Untagged:
    owners: Mapping[tuple[str, ...], str] = field(default_factory=dict)  # spelling → entity key
    # (id of spans, id of tagged keys) → (spans, tagged keys, spellings in spans, result)
    kept: Mapping[tuple[int, int], tuple[tuple[Span, ...], frozenset[str], frozenset, Kept]] = (
        field(default_factory=dict)
    )


_last_words = _WordCounts()
_last_scan = _Scan()
_last_untagged = _Untagged()


def lowercase_words(texts: Sequence[str]) -> Mapping[str, int]:
    """How often each word in lower case occurs in `texts`, all together.

    The previous call's total is corrected by the texts that left and those that came, so an
    edit recounts one article. The result is shared with the next call: do not change it.
    """
    global _last_words
    last = _last_words
    now = Counter(texts)
    total = last.total.copy()
    for text, n in (last.texts - now).items():
        for word in _LOWER_WORD.findall(text):
            total[word] -= n
            if not total[word]:
                del total[word]
    for text, n in (now - last.texts).items():
        for word in _LOWER_WORD.findall(text):
            total[word] += n
    _last_words = _WordCounts(now, total)
    return total


def find_spellings(
    texts: Sequence[str], index: Mapping[str, tuple[tuple[str, ...], ...]]
) -> list[tuple[Span, ...]]:
    """`rescan.find` for each text, with the name key of each span found.

    A text's spans depend only on the spellings whose first word it contains, so last call's
    spans of the same text still hold unless it contains a first word whose spellings
    changed (a name new to the corpus, one now too common to look for).
    """
    global _last_scan
    last = _last_scan
    changed = [w for w in index.keys() | last.index.keys() if index.get(w) != last.index.get(w)]
    known = last.found if len(changed) <= _FEW_CHANGES else {}
    found: dict[str, tuple[Span, ...]] = {}
    for text in texts:
        if text in found:
            continue
        spans = known.get(text)
        if spans is None or any(word in text for word in changed):
            spans = tuple((s, e, c, name_key(text[s:e])) for s, e, c in rescan.find(text, index))
        found[text] = spans
    _last_scan = _Scan(index, found)
    return [found[text] for text in texts]


def untagged_spans(
    spans: Sequence[tuple[Span, ...]],
    tagged: Sequence[frozenset[str]],
    owners: Mapping[tuple[str, ...], str],
) -> list[Kept]:
    """Per article, the spans found by the re-scan that name an entity the model did not tag
    there.

    `spans` come from `find_spellings`, `tagged` holds the name keys the model tagged in each
    article and `owners` the entity of each spelling; each span found comes back as (start,
    end, entity key, name key), and the first entity found under a name key in an article
    keeps it. An article's result still holds while its spans and tagged keys are the same
    objects and none of its spellings changed owner, so after an edit the spans are walked
    for the edited article only.
    """
    global _last_untagged
    last = _last_untagged
    moved = {s for s in owners.keys() | last.owners.keys() if owners.get(s) != last.owners.get(s)}
    results = {}
    out = []
    for found, keys in zip(spans, tagged, strict=True):
        slot = (id(found), id(keys))
        hit = results.get(slot) or last.kept.get(slot)
        if hit is None or hit[0] is not found or hit[1] is not keys or not moved.isdisjoint(hit[2]):
            first: dict[str, str] = {}
            kept = tuple(
                (start, end, owners[words], key)
                for start, end, words, key in found
                if key not in keys and first.setdefault(key, owners[words]) == owners[words]
            )
            hit = (found, keys, frozenset(span[2] for span in found), kept)
        results[slot] = hit
        out.append(hit[3])
    _last_untagged = _Untagged(owners, results)
    return out


def clear() -> None:
    """Forget every remembered result (benchmarks and tests compare with a cold start)."""
    global _last_words, _last_scan, _last_untagged
    _last_words, _last_scan, _last_untagged = _WordCounts(), _Scan(), _Untagged()
    for forget in _registered_clear:
        forget()


_registered_clear: list[Callable[[], None]] = []


def remember(
    compute: Callable[[Key, Given], Result],
    by_identity: bool = False,
    key_of: Callable[[Key], Hashable] | None = None,
) -> Remembered[Key, Given, Result]:
    """A `Remembered` memo of `compute`, forgotten by `clear`."""
    memo = Remembered(compute, by_identity, key_of)
    _registered_clear.append(memo.clear)
    return memo


def identities(item: tuple[Hashable, Sequence[object]]) -> Hashable:
    """A memo key for (head, parts) that compares the parts by identity, not by value.

    For items whose parts are big values kept as the same objects from call to call (see
    `Stable`): hashing them by value would cost as much as the work remembered.
    """
    head, parts = item
    return head, tuple(map(id, parts))


class Stable(Generic[Key]):
    """Values made afresh on every call, replaced by last call's equal value of the same
    owner, so that unchanged values keep their identity from call to call.

    Owners are compared by identity (an article object), or by value with `by_value` (an
    entity's key); the values by `==`.
    """

    def __init__(self, by_value: bool = False) -> None:
        self._by_value = by_value
        self._last: dict[Hashable, tuple[object, Key]] = {}

    def __call__(self, owners: Sequence[object], values: Sequence[Key]) -> list[Key]:
        last = self._last
        kept: dict[Hashable, tuple[object, Key]] = {}
        out = []
        by_value = self._by_value
        for owner, value in zip(owners, values, strict=True):
            slot = owner if by_value else id(owner)
            old = last.get(slot)
            if old is not None and (by_value or old[0] is owner) and old[1] == value:
                value = old[1]
            kept[slot] = (owner, value)
            out.append(value)
        self._last = kept
        return out

    def clear(self) -> None:
        self._last = {}


def stable(by_value: bool = False) -> Stable:
    """A `Stable`, forgotten by `clear`."""
    made: Stable = Stable(by_value)
    _registered_clear.append(made.clear)
    return made
