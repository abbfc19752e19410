"""How similar two articles are: their words and entities, faded by the time between them.

    similarity = time factor × ((1 - ENTITY_SHARE) × word cosine + ENTITY_SHARE × entity cosine)

When either article has no entities the entity term is left out (missing evidence is not
contrary evidence) and the word cosine counts alone. The time factor is a Gaussian of the
days between the articles with σ = TIME_SCALE_DAYS (the value Miranda et al. 2018 use for
news streams), cut to 0 beyond the window; an undated article is not faded.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from generator.stories.vectors import SCALE, ArticleVector

ENTITY_SHARE = 0.2
TIME_SCALE_DAYS = 3.0
_UNIT = float(SCALE) * float(SCALE)


def time_factor(day_a: float | None, day_b: float | None, window_days: float) -> float:
    """How much the time between two articles leaves of their similarity (0 to 1)."""
    if day_a is None or day_b is None:
        return 1.0
    apart = abs(day_a - day_b)
    if apart > window_days:
        return 0.0
    return math.exp(-(apart * apart) / (2.0 * TIME_SCALE_DAYS * TIME_SCALE_DAYS))


def combine(words: float, entities: float, both_have_entities: bool) -> float:
    """The content similarity from the word and entity cosines."""
    if not both_have_entities:
        return words
    return (1.0 - ENTITY_SHARE) * words + ENTITY_SHARE * entities


class Scratch:
    """Dense work arrays indexed by feature number, kept at zero between uses."""

    def __init__(self) -> None:
        self.words = np.zeros(1024, np.int64)
        self.entities = np.zeros(1024, np.int64)

    def fit(self, words: int, entities: int) -> None:
        """Grow the arrays to hold `words` and `entities` features."""
        if words > len(self.words):
            self.words = np.zeros(max(words, 2 * len(self.words)), np.int64)
        if entities > len(self.entities):
            self.entities = np.zeros(max(entities, 2 * len(self.entities)), np.int64)


def cosines(
    article: ArticleVector, others: Sequence[ArticleVector], scratch: Scratch
) -> tuple[np.ndarray, np.ndarray]:
    """Word and entity cosines of `article` with each of `others` (exact, as floats)."""
    return (
        _dots(article.word_ids, article.word_weights, others, "word", scratch.words),
        _dots(article.entity_ids, article.entity_weights, others, "entity", scratch.entities),
    )


def _dots(
    ids: np.ndarray,
    values: np.ndarray,
    others: Sequence[ArticleVector],
    part: str,
    dense: np.ndarray,
) -> np.ndarray:
    result = np.zeros(len(others), np.float64)
    if not len(ids) or not others:
        return result
    other_ids = [getattr(o, part + "_ids") for o in others]
    lengths = np.fromiter(map(len, other_ids), np.int64, len(others))
    present = np.flatnonzero(lengths)
    if not len(present):
        return result
    all_ids = np.concatenate(other_ids)
    all_values = np.concatenate([getattr(o, part + "_weights") for o in others])
    dense[ids] = values
    products = dense[all_ids] * all_values
    dense[ids] = 0
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    # reduceat over empty segments would repeat a neighbour's value: only non-empty ones.
    sums = np.add.reduceat(products, starts[present])
    result[present] = sums / _UNIT
    return result
