"""How similar two articles are: their words and entities, faded by the time between them.

    similarity = time factor × ((1 - ENTITY_SHARE) × word cosine + ENTITY_SHARE × entity cosine)

When either article has no entities the entity term is left out (missing evidence is not
contrary evidence) and the word cosine counts alone. The time factor is a Gaussian of the
days between the articles with σ = TIME_SCALE_DAYS (the value Miranda et al. 2018 use for
news streams), cut to 0 beyond the window; an undated article is not faded.

A pair counts only when the two articles share a blocking key (an entity, or one of the
rarest words of either; see `vectors`) and its similarity is at least `FLOOR`; otherwise
its similarity is 0. Every similarity is computed here, vectorised, one article against
many (`Batch`), and made an integer (`quantised`) with operations that round the same way
whatever the batch: the clustering adds these integers, so the same pair gives the same
bits in a cold run, after an edit and in another process.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

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

    def fit(self, words: int, entities: int, blocking: int) -> None:
        """Grow the arrays to hold that many features of each kind."""
        if words > len(self.words):
            self.words = np.zeros(max(words, 2 * len(self.words)), np.int64)
        if entities > len(self.entities):
            self.entities = np.zeros(max(entities, 2 * len(self.entities)), np.int64)
        if blocking > len(self.blocking):
            self.blocking = np.zeros(max(blocking, 2 * len(self.blocking)), np.bool_)


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
