"""Article vectors: weighted word stems and entities, each of unit length, in fixed point.

An article's vector depends on that article alone (and the language's word weights), never
on the rest of the corpus; see `weights`. Words count once however often they occur
(binary term frequency): in a long article the few words that name the event otherwise
drown in what it repeats about the background, and a headline and a full text become
comparable. Entities count by how often the article mentions them, damped by a logarithm,
and by how rare their name's rarest word is.

Weights are stored as integers (`SCALE` is 1.0), so dot products are exact integer sums:
the similarity of two articles is the same bits whatever order anything was computed in,
which keeps the grouping deterministic and an incremental run equal to a cold one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from generator.stories.model import StoryInput
from generator.stories.text import Stems, language_code, words
from generator.stories.weights import RAREST, WordWeights

SCALE = 1 << 20  # fixed-point unit of a vector component
BLOCKING_WORDS = 10  # an article's rarest stems that find its candidate neighbours
_ENTITY_FLOOR = 0.5  # the least weight of an entity whose name is all common words


@dataclass(frozen=True)
class ArticleVector:
    """One article as the grouping compares it."""

    key: str
    day: float | None  # days since the epoch, None when undated
    word_ids: np.ndarray  # int32 feature numbers (see `Vectorizer`)
    word_weights: np.ndarray  # int64, fixed point, unit length
    entity_ids: np.ndarray
    entity_weights: np.ndarray
    blocking: tuple[str, ...]  # keys shared by the articles it is compared with


class Vectorizer:
    """Makes vectors; keeps each language's stems and word weights, and feature numbers.

    Feature numbers are given out in the order features are first seen and never reused;
    they only index arrays, so which number a feature gets changes no result.
    """

    def __init__(self, language: str) -> None:
        self.language = language
        self._stems: dict[str, Stems] = {}
        self._weights: dict[str, WordWeights] = {}
        self.word_numbers: dict[str, int] = {}
        self.entity_numbers: dict[str, int] = {}

    def vector(self, article: StoryInput) -> ArticleVector:
        """The article's vector (see the module's docstring)."""
        code = language_code(article.lang, self.language)
        stems = self._stems.get(code) or self._stems.setdefault(code, Stems(code))
        weights = self._weights.get(code) or self._weights.setdefault(code, WordWeights(code))
        stem_weights: dict[str, float] = {}
        # Binary term frequency: each distinct word once.
        for word in {*words(article.title), *words(article.text)}:
            weight = weights(word)
            if weight > 0:
                stem = stems(word)
                # A stem is about as common as its most common form ("rescue" rather than
                # "rescuers"), so it weighs what that form weighs.
                if weight < stem_weights.get(stem, RAREST + 1.0):
                    stem_weights[stem] = weight
        entity_weights: dict[str, float] = {}
        for key, _kind, count in article.entities:
            # Every word of the name, one-letter ones too: "u s" is the United States.
            rarest = max((weights(w) for w in key.split()), default=0.0)
            weight = (1.0 + math.log(max(count, 1))) * max(rarest, _ENTITY_FLOOR)
            entity_weights[key] = entity_weights.get(key, 0.0) + weight
        top = sorted(stem_weights.items(), key=lambda kv: (-kv[1], kv[0]))[:BLOCKING_WORDS]
        blocking = tuple(sorted({"w:" + s for s, _ in top} | {"e:" + k for k in entity_weights}))
        word_ids, word_q = _fixed(stem_weights, self.word_numbers)
        entity_ids, entity_q = _fixed(entity_weights, self.entity_numbers)
        day = None if article.date is None else article.date.timestamp() / 86400.0
        return ArticleVector(article.key, day, word_ids, word_q, entity_ids, entity_q, blocking)


def _fixed(weights: dict[str, float], numbers: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """Feature numbers and unit-length fixed-point weights, in feature-name order."""
    names = sorted(weights)
    norm = math.sqrt(sum(w * w for w in weights.values()))
    ids = np.fromiter(
        (numbers.setdefault(name, len(numbers)) for name in names), np.int32, len(names)
    )
    values = np.fromiter(
        (round(weights[name] / norm * SCALE) for name in names), np.int64, len(names)
    )
    return ids, values
