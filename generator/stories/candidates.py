"""Which articles are compared: those sharing a blocking key within the time window.

Every article has blocking keys: its entities and its rarest word stems (`vectors`). Two
articles are compared only when they share one and are no more than the window apart (an
undated article is compared with every article sharing a key). Whether two articles are
compared depends on those two articles alone, so the set of compared pairs, and so the
stories, do not depend on the order articles came in or on what else changed.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort

from generator.stories.vectors import ArticleVector


class CandidateIndex:
    """Blocking key → its articles, dated ones in time order."""

    def __init__(self, window_days: float) -> None:
        # A hair wider than the window: the pair's own time factor, symmetric to the bit,
        # makes the exact cut, so rounding here can never drop a pair from one side only.
        self.window = window_days * (1 + 1e-9) + 1e-9
        self._dated: dict[str, list[tuple[float, str]]] = {}
        self._undated: dict[str, set[str]] = {}

    def add(self, vector: ArticleVector) -> None:
        """Index an article's keys."""
        for key in vector.blocking:
            if vector.day is None:
                self._undated.setdefault(key, set()).add(vector.key)
            else:
                insort(self._dated.setdefault(key, []), (vector.day, vector.key))

    def remove(self, vector: ArticleVector) -> None:
        """Forget an article's keys (the vector it was added with)."""
        for key in vector.blocking:
            if vector.day is None:
                found = self._undated[key]
                found.discard(vector.key)
                if not found:
                    del self._undated[key]
            else:
                postings = self._dated[key]
                del postings[bisect_left(postings, (vector.day, vector.key))]
                if not postings:
                    del self._dated[key]

    def candidates(self, vector: ArticleVector) -> set[str]:
        """Keys of the articles to compare `vector` with (never itself)."""
        found: set[str] = set()
        day = vector.day
        for key in vector.blocking:
            postings = self._dated.get(key, ())
            if day is None:
                found.update(k for _, k in postings)
            elif postings:
                lo = bisect_left(postings, (day - self.window, ""))
                hi = bisect_right(postings, (day + self.window, "\U0010ffff"))
                found.update(k for _, k in postings[lo:hi])
            found.update(self._undated.get(key, ()))
        found.discard(vector.key)
        return found
