"""Which articles are compared: near neighbours in time among those sharing a blocking key.

Every article has blocking keys: its entities and its rarest word stems (`vectors`). Each
key keeps its articles in time order (undated ones last, by key). Two articles are
compared when their places in some key they share are at most `CAP` apart and they are no
more than the window apart (an undated article is within any window).

The cap bounds the work: however many articles a busy week holds under one name, each
article is compared with at most `2 × CAP` per key, so grouping costs about the same per
article at a thousand articles or at a hundred thousand. It decides only which pairs can
start a story together (see `group`); the averages that decide merges count every pair.

Whether two articles are compared depends on the articles around them, so adding or
removing one can change it for pairs elsewhere in a key's list: exactly the pairs `CAP`
places apart across the changed place. `add` and `closer` return those pairs, for the
caller to check (`closer` before `remove`); with them, the compared pairs are always
those a cold run finds.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable
from operator import itemgetter

from generator.stories.similarity import UNDATED
from generator.stories.vectors import ArticleVector

CAP = 10  # places on each side, per blocking key, within which articles are compared
_KEY = itemgetter(1)
_FIRST_UNDATED = (UNDATED,)


class CandidateIndex:
    """Blocking key number → its articles in time order, as (minute, key) places."""

    def __init__(self, window_minutes: int, cap: int = CAP) -> None:
        self.window = window_minutes
        self.cap = cap
        self._lists: dict[int, list[tuple[int, str]]] = {}
        self._place: dict[str, tuple[int, str]] = {}  # the same tuple in each of its lists
        self._keys: dict[str, frozenset[int]] = {}

    def __contains__(self, key: str) -> bool:
        return key in self._place

    def add(self, vector: ArticleVector) -> list[tuple[str, str]]:
        """Index an article; the pairs of other articles that may no longer be compared
        (they were `CAP` places apart in one of its keys, and now one more)."""
        place = (UNDATED if vector.minute is None else vector.minute, vector.key)
        self._place[vector.key] = place
        self._keys[vector.key] = frozenset(vector.blocking.tolist())
        pairs = []
        cap = self.cap
        for number in self._keys[vector.key]:
            found = self._lists.setdefault(number, [])
            insort(found, place)
            at = bisect_left(found, place)
            for first in range(max(0, at - cap), at):
                if first + cap + 1 < len(found):
                    pairs.append((found[first][1], found[first + cap + 1][1]))
        return pairs

    def closer(self, key: str) -> list[tuple[str, str]]:
        """The pairs of other articles `CAP` + 1 places apart across an indexed article in
        one of its keys: once it is removed they are `CAP` apart."""
        place = self._place[key]
        pairs = []
        cap = self.cap
        for number in self._keys[key]:
            found = self._lists[number]
            at = bisect_left(found, place)
            for first in range(max(0, at - cap), at):
                if first + cap + 1 < len(found):
                    pairs.append((found[first][1], found[first + cap + 1][1]))
        return pairs

    def remove(self, key: str) -> None:
        """Forget an article (see `closer` for the pairs this brings closer)."""
        place = self._place.pop(key)
        for number in self._keys.pop(key):
            found = self._lists[number]
            del found[bisect_left(found, place)]
            if not found:
                del self._lists[number]

    def candidates(self, key: str) -> set[str]:
        """The articles an indexed article is compared with (never itself)."""
        place = self._place[key]
        minute = place[0]
        found: set[str] = set()
        cap = self.cap
        for number in self._keys[key]:
            keys = self._lists[number]
            at = bisect_left(keys, place)
            lo, hi = max(0, at - cap), min(len(keys), at + cap + 1)
            if minute == UNDATED:
                found.update(map(_KEY, keys[lo:hi]))
                continue
            # The dated ones within the window, then the undated ones (within any window).
            undated = bisect_left(keys, _FIRST_UNDATED, lo, hi)
            start = bisect_left(keys, (minute - self.window,), lo, undated)
            end = bisect_left(keys, (minute + self.window + 1,), start, undated)
            found.update(map(_KEY, keys[start:end]))
            found.update(map(_KEY, keys[undated:hi]))
        found.discard(key)
        return found

    def compared(self, a: str, b: str) -> bool:
        """Whether two indexed articles are compared (see the module's docstring)."""
        place_a, place_b = self._place[a], self._place[b]
        if not self._within(place_a[0], place_b[0]):
            return False
        for number in self._keys[a] & self._keys[b]:
            keys = self._lists[number]
            if abs(bisect_left(keys, place_a) - bisect_left(keys, place_b)) <= self.cap:
                return True
        return False

    def bulk(self, vectors: Iterable[ArticleVector]) -> None:
        """Index many articles at once (an empty index: a cold run, or a restored one)."""
        for vector in vectors:
            place = (UNDATED if vector.minute is None else vector.minute, vector.key)
            self._place[vector.key] = place
            keys = self._keys[vector.key] = frozenset(vector.blocking.tolist())
            for number in keys:
                self._lists.setdefault(number, []).append(place)
        for found in self._lists.values():
            found.sort()

    def _within(self, a: int, b: int) -> bool:
        return a == UNDATED or b == UNDATED or abs(a - b) <= self.window
