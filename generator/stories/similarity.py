"""How similar two articles are: their words and entities, faded by the time between them.

    similarity = time factor × ((1 - ENTITY_SHARE) × word cosine + ENTITY_SHARE × entity cosine)

When either article has no entities the entity term is left out (missing evidence is not
contrary evidence) and the word cosine counts alone. The time factor is a Gaussian of the
days between the articles with σ = TIME_SCALE_DAYS (the value Miranda et al. 2018 use for
news streams), cut to 0 beyond the window; an undated article is not faded.

A pair counts only when the two articles share a blocking key (an entity, or one of the
rarest words of either; see `vectors`) and its similarity is at least `FLOOR`; otherwise
its similarity is 0. Every similarity is computed here, vectorised, one article against
many (`Batch`) or pair by pair (`pairs`), and made an integer (`quantised`) with
operations that round the same way whatever the batch: the clustering adds these integers,
so the same pair gives the same bits in a cold run, after an edit and in another process.
Dot products are exact integer sums whichever way they are computed, and every later step
is the same IEEE operation on each pair, so `pairs` gives each pair the bits `similarities`
gives it.

`Table` keeps every vector's features in a few long arrays, so that a batch of articles is
gathered with a handful of array operations rather than assembled from each article's own
arrays (which cost more than the comparison itself for the small batches the clustering
asks for).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np

from generator.stories.vectors import SCALE, ArticleVector

ENTITY_SHARE = 0.2
TIME_SCALE_DAYS = 3.0
# Pairs less similar than this count as 0: they would only lower averages a little.
FLOOR = 0.05
QUANTUM = 1 << 32  # fixed-point unit of a similarity in the clustering's totals
_UNIT = float(SCALE) * float(SCALE)
_WORD_SHARE = 1.0 - ENTITY_SHARE
UNDATED = 1 << 62  # sorts after every real minute


def quantised(similarity: float) -> int:
    """A similarity as the integer the clustering adds up."""
    return round(similarity * QUANTUM)


def time_factor(minutes_apart: int | None, window_days: float) -> float:
    """How much the time between two articles leaves of their similarity (0 to 1); None
    when either is undated."""
    if minutes_apart is None:
        return 1.0
    days = abs(minutes_apart) / 1440.0
    if days > window_days:
        return 0.0
    return math.exp(-(days * days) / (2.0 * TIME_SCALE_DAYS * TIME_SCALE_DAYS))


def combine(words: float, entities: float, both_have_entities: bool) -> float:
    """The content similarity from the word and entity cosines."""
    if not both_have_entities:
        return words
    return _WORD_SHARE * words + ENTITY_SHARE * entities


class TimeFade:
    """`time_factor` for every whole number of minutes within the window, as a table: the
    exponential is worked out once per value by Python, so a vectorised lookup gives the
    very bits a scalar computation would (numpy's own `exp` may round differently in its
    vector and scalar paths)."""

    def __init__(self, window_days: float) -> None:
        self.limit = math.floor(window_days * 1440.0 + 1e-6)  # minutes
        self.table = np.array(
            [time_factor(m, window_days) for m in range(self.limit + 1)], np.float64
        )


class Scratch:
    """Dense work arrays indexed by feature number, kept at zero between uses."""

    def __init__(self) -> None:
        self.words = np.zeros(1024, np.int64)
        self.entities = np.zeros(1024, np.int64)
        self.blocking = np.zeros(1024, np.bool_)
        self._spread = np.zeros(1024, np.int64)  # by `Table` feature number, for `pairs`

    def fit(self, words: int, entities: int, blocking: int) -> None:
        """Grow the arrays to hold that many features of each kind."""
        if words > len(self.words):
            self.words = np.zeros(max(words, 2 * len(self.words)), np.int64)
        if entities > len(self.entities):
            self.entities = np.zeros(max(entities, 2 * len(self.entities)), np.int64)
        if blocking > len(self.blocking):
            self.blocking = np.zeros(max(blocking, 2 * len(self.blocking)), np.bool_)

    def spread(self, size: int) -> np.ndarray:
        """A zero array of at least `size` integers, indexed by `Table` feature number."""
        if size > len(self._spread):
            self._spread = np.zeros(max(size, 2 * len(self._spread)), np.int64)
        return self._spread


class _Part:
    """One kind of feature of many vectors, concatenated."""

    def __init__(self, ids: list[np.ndarray], values: list[np.ndarray] | None) -> None:
        lengths = np.fromiter(map(len, ids), np.int64, len(ids))
        self.present = np.flatnonzero(lengths)
        self.ids = np.concatenate(ids) if ids else np.zeros(0, np.int32)
        self.values = np.concatenate(values) if values else None
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1])) if ids else lengths
        # reduceat over empty segments would repeat a neighbour's value: only non-empty ones.
        self.starts = starts[self.present]


class Batch:
    """Many articles, to compare one article with all of them at once."""

    def __init__(self, vectors: Sequence[ArticleVector]) -> None:
        self.size = len(vectors)
        self.words = _Part([v.word_ids for v in vectors], [v.word_weights for v in vectors])
        self.entities = _Part([v.entity_ids for v in vectors], [v.entity_weights for v in vectors])
        self.blocking = _Part([v.blocking for v in vectors], None)
        self.has_entities = np.fromiter(
            (len(v.entity_ids) > 0 for v in vectors), np.bool_, len(vectors)
        )
        self.minutes = np.fromiter(
            (UNDATED if v.minute is None else v.minute for v in vectors),
            np.int64,
            len(vectors),
        )
        self.dated = self.minutes != UNDATED


_KINDS = 3  # words, entities, blocking keys: a feature of kind k and number n is 3n + k


class Table:
    """Vectors by row, their features concatenated: any articles' features are a few array
    operations away (`pairs`).

    A row holds its words, then its entities, then its blocking keys (weight 1), each
    feature numbered `3 × number + kind` so that the three share one numbering. An article
    gets its row the first time `rows` asks for it; its owner `discard`s it when the
    article's vector changes or goes. Rows left behind stay until `compact`, which numbers
    the live ones again.
    """

    def __init__(self) -> None:
        self._row: dict[str, int] = {}
        self._vectors: list[ArticleVector] = []  # by row
        self.features = np.zeros(1 << 16, np.int32)
        self.weights = np.zeros(1 << 16, np.int32)
        self.used = 0  # of `features`
        self.top = 1  # more than any feature stored
        self.start = np.zeros(1024, np.int64)
        self.length = np.zeros(1024, np.int64)
        self.kinds = np.zeros((1024, _KINDS), np.int64)  # each kind's number of features
        self.minutes = np.zeros(1024, np.int64)
        self.has_entities = np.zeros(1024, np.bool_)
        self.stored = 0  # rows in the arrays

    def rows(self, keys: Sequence[str], vectors: Mapping[str, ArticleVector]) -> np.ndarray:
        """The articles' rows (valid until the next `compact`); an article without one
        gets one, for its vector in `vectors`."""
        row_of = self._row
        found = list(map(row_of.get, keys))
        if None in found:
            fresh = [vectors[key] for key in dict.fromkeys(keys) if key not in row_of]
            for vector in fresh:
                row_of[vector.key] = len(self._vectors)
                self._vectors.append(vector)
            self._store(fresh)
            found = list(map(row_of.__getitem__, keys))
        return np.array(found, np.int64)

    def discard(self, key: str) -> None:
        """Forget an article's row (its vector is gone)."""
        self._row.pop(key, None)

    def compact(self) -> None:
        """Drop the rows no live vector holds, once they are as many as the live ones."""
        if len(self._vectors) < 1024 or len(self._vectors) < 2 * len(self._row):
            return
        live = {v.key: v for v in (self._vectors[row] for row in sorted(self._row.values()))}
        self.__init__()  # type: ignore[misc]
        self.rows(list(live), live)

    def _store(self, vectors: list[ArticleVector]) -> None:
        features, weights, kinds = [], [], []
        for v in vectors:
            features += (
                v.word_ids * _KINDS,
                v.entity_ids * _KINDS + 1,
                v.blocking * _KINDS + 2,
            )
            weights += (v.word_weights, v.entity_weights, np.ones(len(v.blocking), np.int32))
            kinds.append((len(v.word_ids), len(v.entity_ids), len(v.blocking)))
        counts = np.array(kinds, np.int64).reshape(-1, _KINDS)
        lengths = counts.sum(axis=1)
        size = int(lengths.sum())
        used = self.used + size
        if used > len(self.features):
            self.features = _grown(self.features, max(used + used // 8, 2 * len(self.features)))
            self.weights = _grown(self.weights, len(self.features))
        self.features[self.used : used] = np.concatenate(features)
        if used > self.used:
            self.top = max(self.top, int(self.features[self.used : used].max()) + 1)
        self.weights[self.used : used] = np.concatenate(weights)
        stored = self.stored + len(vectors)
        if stored > len(self.start):
            capacity = max(stored + stored // 8, 2 * len(self.start))
            self.start = _grown(self.start, capacity)
            self.length = _grown(self.length, capacity)
            self.kinds = _grown(self.kinds, capacity)
            self.minutes = _grown(self.minutes, capacity)
            self.has_entities = _grown(self.has_entities, capacity)
        self.start[self.stored : stored] = self.used + np.cumsum(lengths) - lengths
        self.length[self.stored : stored] = lengths
        self.kinds[self.stored : stored] = counts
        self.minutes[self.stored : stored] = [
            UNDATED if v.minute is None else v.minute for v in vectors
        ]
        self.has_entities[self.stored : stored] = counts[:, 1] > 0
        self.used, self.stored = used, stored

    def take(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The rows' features and weights, concatenated in the rows' order, and each row's
        number of them."""
        lengths = self.length[rows]
        ends = np.cumsum(lengths)
        total = int(ends[-1]) if len(ends) else 0
        at = np.repeat(self.start[rows] - (ends - lengths), lengths) + np.arange(total)
        return self.features[at], self.weights[at], lengths


def _grown(array: np.ndarray, capacity: int) -> np.ndarray:
    bigger = np.zeros((capacity, *array.shape[1:]), array.dtype)
    bigger[: len(array)] = array
    return bigger


def pairs(
    table: Table, left: np.ndarray, right: np.ndarray, scratch: Scratch, fade: TimeFade
) -> tuple[np.ndarray, np.ndarray]:
    """The quantised similarity of each pair of rows (`left[i]`, `right[i]`), the very bits
    `similarities` gives the pair, and its word cosine.

    Any number of pairs costs a few array operations for each distinct left-hand article
    (best the fewer) and work in proportion to the right-hand articles' features, each of
    which finds its partner's weight in a dense array."""
    dots = _pair_dots(table, left, right, scratch)
    words = dots[:, 0] / _UNIT
    has = table.has_entities
    both = has[left] & has[right]
    if both.any():
        entities = dots[:, 1] / _UNIT
        content = np.where(both, _WORD_SHARE * words + ENTITY_SHARE * entities, words)
    else:
        content = words
    minutes_a, minutes_b = table.minutes[left], table.minutes[right]
    apart = np.abs(minutes_a - minutes_b)
    factor = np.where(apart <= fade.limit, fade.table[np.minimum(apart, fade.limit)], 0.0)
    undated = (minutes_a == UNDATED) | (minutes_b == UNDATED)
    similarity = np.where(undated, 1.0, factor) * content
    counted = (dots[:, 2] > 0) & (similarity >= FLOOR)
    values = np.where(counted, np.rint(similarity * QUANTUM), 0.0).astype(np.int64)
    return values, words


def _pair_dots(table: Table, left: np.ndarray, right: np.ndarray, scratch: Scratch) -> np.ndarray:
    """Exact integer dot products of each pair's vectors, by kind (pairs × kinds; for
    blocking keys, the number shared)."""
    found = np.zeros((len(left), _KINDS), np.int64)
    order = np.argsort(left, kind="stable")
    left, right = left[order], right[order]
    features_b, weights_b, lengths_b = table.take(right)
    if not len(features_b):
        return found
    # Each left article's weights spread over a dense array by feature, read at each of
    # its partners' features (as `similarities` does for one article).
    lefts, first = np.unique(left, return_index=True)
    features_a, weights_a, lengths_a = table.take(lefts)
    ends = np.cumsum(lengths_b)
    bounds = np.concatenate(([0], ends[first[1:] - 1], ends[-1:])).tolist()
    dense = scratch.spread(table.top)
    products = np.empty(len(features_b), np.int64)
    start_a = 0
    for end_a, start, end in zip(
        np.cumsum(lengths_a).tolist(), bounds[:-1], bounds[1:], strict=True
    ):
        features = features_a[start_a:end_a]
        dense[features] = weights_a[start_a:end_a]
        products[start:end] = dense[features_b[start:end]]
        dense[features] = 0
        start_a = end_a
    products *= weights_b
    # One segment per pair and kind: reduceat only over the non-empty ones.
    counts = table.kinds[right].ravel()
    present = np.flatnonzero(counts)
    sums = np.zeros(len(left) * _KINDS, np.int64)
    sums[present] = np.add.reduceat(products, (np.cumsum(counts) - counts)[present])
    found[order] = sums.reshape(len(left), _KINDS)
    return found


def similarities(
    article: ArticleVector, batch: Batch, scratch: Scratch, fade: TimeFade
) -> tuple[np.ndarray, np.ndarray]:
    """The article's quantised similarity with each of the batch's articles (0 where the
    pair does not count, see the module's docstring), and the word cosines."""
    content, words = contents(article, batch, scratch)
    factor = np.ones(batch.size, np.float64)
    if article.minute is not None:
        apart = np.abs(batch.minutes[batch.dated] - article.minute)
        within = apart <= fade.limit
        factor[batch.dated] = np.where(within, fade.table[np.minimum(apart, fade.limit)], 0.0)
    similarity = factor * content
    counted = _shares_a_key(article, batch, scratch.blocking) & (similarity >= FLOOR)
    return np.where(counted, np.rint(similarity * QUANTUM), 0.0).astype(np.int64), words


def contents(
    article: ArticleVector, batch: Batch, scratch: Scratch
) -> tuple[np.ndarray, np.ndarray]:
    """The content similarity (words and entities, no time) of the article with each of
    the batch's articles, and the word cosines."""
    words, entities = cosines(article, batch, scratch)
    if not len(article.entity_ids):
        return words, words
    both = np.where(batch.has_entities, _WORD_SHARE * words + ENTITY_SHARE * entities, words)
    return both, words


def cosines(
    article: ArticleVector, batch: Batch, scratch: Scratch
) -> tuple[np.ndarray, np.ndarray]:
    """The word and the entity cosines of the article with each of the batch's articles."""
    words = _dots(article.word_ids, article.word_weights, batch.words, batch.size, scratch.words)
    entities = _dots(
        article.entity_ids, article.entity_weights, batch.entities, batch.size, scratch.entities
    )
    return words, entities


def _dots(
    ids: np.ndarray, values: np.ndarray, part: _Part, size: int, dense: np.ndarray
) -> np.ndarray:
    """Cosines (exact integer dot products, as floats) of one vector with a batch's."""
    result = np.zeros(size, np.float64)
    if not len(ids) or not len(part.present):
        return result
    dense[ids] = values
    products = dense[part.ids] * part.values
    dense[ids] = 0
    result[part.present] = np.add.reduceat(products, part.starts) / _UNIT
    return result


def _shares_a_key(article: ArticleVector, batch: Batch, marks: np.ndarray) -> np.ndarray:
    found = np.zeros(batch.size, np.bool_)
    part = batch.blocking
    if not len(article.blocking) or not len(part.present):
        return found
    marks[article.blocking] = True
    hits = marks[part.ids].astype(np.int32)
    marks[article.blocking] = False
    found[part.present] = np.add.reduceat(hits, part.starts) > 0
    return found
