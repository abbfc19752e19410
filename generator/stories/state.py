"""The grouper's state as a build saves it for the next process, and reads it back.

`digest build` in a new process must not group every article again after a one-article
edit: the grouper's state (each article's vector, links, copies and last merge) is saved
with the rest of the build state (`generator.build_state`), one record per article plus
the names behind the vectors' feature numbers, and updated by difference. A record also
holds the caller's fingerprint of the input it was made from, so the next process knows
which articles changed since. Records are JSON (arrays as base64 of int32), decoded by
msgspec — never pickle.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

import msgspec
import numpy as np

from generator.stories.cluster import Merge
from generator.stories.vectors import ArticleVector, Numbers

if TYPE_CHECKING:
    from generator.stories.group import StoryGrouper

# The vectorizer's numberings, each saved in a row that is no article (an article's key
# never starts with a NUL).
NAMES = {
    "\0words": "word_numbers",
    "\0entities": "entity_numbers",
    "\0blocking": "blocking_numbers",
}


class _Record(msgspec.Struct, array_like=True):
    fingerprint: bytes
    minute: int | None
    word_ids: bytes
    word_weights: bytes
    entity_ids: bytes
    entity_weights: bytes
    blocking: bytes
    links: dict[str, int]
    copies: list[str]
    merge: tuple[list[float | str], int, int] | None  # order, sizes


class StateError(Exception):
    """The saved records do not make a grouper's state."""


class SavedRows(Mapping[str, bytes]):
    """The rows a save writes (`GrouperState.saved`), each article's record encoded when
    it is read: a cold build's whole corpus of records, encoded at once, was the one-shot
    build's highest memory, while the state's writer takes them one at a time. Read them
    before the grouper changes again: a record is the grouper's state at the time it is
    read."""

    def __init__(
        self, encode: Callable[[str], bytes], keys: Iterable[str], rows: Mapping[str, bytes]
    ) -> None:
        self._encode = encode
        self._keys = dict.fromkeys(keys)  # in order, and looked up
        self._rows = dict(rows)

    def add(self, key: str, row: bytes) -> None:
        """A row made by the caller (the stage's summaries)."""
        self._rows[key] = row

    def __getitem__(self, key: str) -> bytes:
        row = self._rows.get(key)
        if row is not None:
            return row
        if key in self._keys:
            return self._encode(key)
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        yield from self._rows
        yield from (key for key in self._keys if key not in self._rows)

    def __len__(self) -> int:
        return len(self._rows.keys() | self._keys.keys())


class GrouperState:
    """Saves and restores one `StoryGrouper`'s state: a view the grouper makes when asked
    (`StoryGrouper.state`), keeping nothing of its own. Kept by the grouper, it would make a
    cycle that only the cycle collector frees, and a one-shot build lets go of the stories
    stage's memory before rendering with the collector off (`generator.pipeline`)."""

    def __init__(self, grouper: StoryGrouper) -> None:
        self._grouper = grouper

    def touched(self, keys: Iterable[str]) -> None:
        """Articles whose record must be saved again (their input's fingerprint changed)."""
        self._grouper._touched.update(keys)

    def saved(
        self, fingerprints: Mapping[str, bytes], everything: bool = False
    ) -> tuple[SavedRows, set[str]]:
        """The records changed since the last call (`everything`: all of them), encoded as
        they are read, and the keys of the articles gone; `fingerprints` are the current
        articles'."""
        grouper = self._grouper
        vectors = grouper._vectors
        touched = grouper._touched
        keys = vectors.keys() if everything else touched & vectors.keys()
        gone = set() if everything else touched - vectors.keys()
        rows = {}
        for row, attribute in NAMES.items():
            names = getattr(grouper._vectorizer, attribute).names
            if everything or len(names) != grouper.names_saved[row]:
                rows[row] = msgspec.json.encode(names)
                grouper.names_saved[row] = len(names)
        grouper._touched = set()
        return SavedRows(lambda key: _encode(grouper, key, fingerprints[key]), keys, rows), gone

    def restore(self, rows: Mapping[str, bytes]) -> dict[str, bytes]:
        """Start the (new) grouper from saved records; each article's fingerprint. The
        caller passes the unchanged articles' inputs to `StoryGrouper.resume`, and the
        others to `update`. Raises `StateError` when the records do not fit together."""
        grouper = self._grouper
        if grouper._vectors:
            raise StateError("the grouper has articles already")
        try:
            names = {row: msgspec.json.decode(rows[row], type=list[str]) for row in NAMES}
            records = {
                key: msgspec.json.decode(data, type=_Record)
                for key, data in rows.items()
                if not key.startswith("\0")
            }
        except (KeyError, msgspec.ValidationError, msgspec.DecodeError) as exc:
            raise StateError(f"the saved stories cannot be read ({exc})") from None
        for row, attribute in NAMES.items():
            setattr(grouper._vectorizer, attribute, Numbers(names[row]))
        grouper.names_saved.update((row, len(found)) for row, found in names.items())
        fingerprints = {}
        for key, record in records.items():
            grouper._vectors[key] = ArticleVector(
                key,
                record.minute,
                _array(record.word_ids),
                _array(record.word_weights),
                _array(record.entity_ids),
                _array(record.entity_weights),
                _array(record.blocking),
            )
            grouper._links[key] = record.links
            grouper._copies[key] = set(record.copies)
            if record.merge is not None:
                order, first_size, second_size = record.merge
                merge = Merge(tuple(order), (first_size, second_size))
                grouper._merges[merge.second] = merge
            fingerprints[key] = record.fingerprint
        _check(grouper)
        grouper._index.bulk(grouper._vectors.values())
        for story in grouper.stories_of(_clusters(grouper)):
            grouper._add(story)
        return fingerprints


def _encode(grouper: StoryGrouper, key: str, fingerprint: bytes) -> bytes:
    vector = grouper._vectors[key]
    merge = grouper._merges.get(key)
    record = _Record(
        fingerprint,
        vector.minute,
        vector.word_ids.astype("<i4").tobytes(),
        vector.word_weights.astype("<i4").tobytes(),
        vector.entity_ids.astype("<i4").tobytes(),
        vector.entity_weights.astype("<i4").tobytes(),
        vector.blocking.astype("<i4").tobytes(),
        grouper._links[key],
        sorted(grouper._copies[key]),
        None if merge is None else (list(merge.order), *merge.sizes),
    )
    return msgspec.json.encode(record)


def _array(data: bytes) -> np.ndarray:
    return np.frombuffer(data, "<i4").astype(np.int32)


def _check(grouper: StoryGrouper) -> None:
    """Links, copies and merges only name saved articles, both ways."""
    vectors = grouper._vectors
    sizes = (
        len(grouper._vectorizer.word_numbers),
        len(grouper._vectorizer.entity_numbers),
        len(grouper._vectorizer.blocking_numbers),
    )
    for key, vector in vectors.items():
        for ids, size in zip(
            (vector.word_ids, vector.entity_ids, vector.blocking), sizes, strict=True
        ):
            if len(ids) and (int(ids.max()) >= size or int(ids.min()) < 0):
                raise StateError(f"{key}: a feature number has no name")
        for other in grouper._links[key]:
            if key not in grouper._links.get(other, ()):
                raise StateError(f"{key}: a link to {other} is not saved both ways")
        for other in grouper._copies[key]:
            if key not in grouper._copies.get(other, ()):
                raise StateError(f"{key}: a copy of {other} is not saved both ways")
    for merge in grouper._merges.values():
        if merge.first not in vectors or merge.second not in vectors:
            raise StateError("a merge names an article that is not saved")


def _clusters(grouper: StoryGrouper) -> list[list[str]]:
    """The stories' articles: joined by the recorded merges and by copies."""
    parent = {key: key for key in grouper._vectors}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    pairs = [(m.first, m.second) for m in grouper._merges.values()]
    pairs += [(a, b) for a, found in grouper._copies.items() for b in found]
    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    found: dict[str, list[str]] = {}
    for key in parent:
        found.setdefault(root(key), []).append(key)
    return sorted(sorted(keys) for keys in found.values())
