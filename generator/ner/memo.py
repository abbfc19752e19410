"""The entity resolution's per-article text work, kept from one call to the next.

The lower-case words of each text, the known names found in it and the ones the model did
not tag there are pure functions of the article's text and of inputs common to the corpus
(the set of known spellings, their entities), so the results of the previous call are
reused for every article whose input is unchanged (see `generator.memo`, which also forgets
these on `clear`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from generator import memo
from generator.ner import rescan
from generator.ner.canonical import name_key

_LOWER_WORD = re.compile(r"\b[a-z]+\b")
# Above this many first words with changed spellings, checking each text for them costs
# about as much as scanning it again.
_FEW_CHANGES = 20

Span = tuple[int, int, tuple[str, ...], str]  # start, end, the spelling's words, its name key


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


def _forget() -> None:
    global _last_words, _last_scan, _last_untagged
    _last_words, _last_scan, _last_untagged = _WordCounts(), _Scan(), _Untagged()


memo.on_clear(_forget)
