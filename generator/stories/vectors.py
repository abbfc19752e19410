"""Article vectors: weighted word stems and entities, each of unit length, in fixed point.

An article's vector depends on that article alone (and the language's word weights), never
on the rest of the corpus; see `weights`. Words count once however often they occur
(binary term frequency): in a long article the few words that name the event otherwise
drown in what it repeats about the background, and a headline and a full text become
comparable. Entities count by how often the article mentions them, damped by a logarithm,
and by how rare their name's rarest word is.

Weights are stored as integers (`SCALE` is 1.0), so dot products are exact integer sums:
the similarity of two articles is the same bits whatever order anything was computed in,
which keeps the grouping deterministic and an incremental run equal to a cold one. Times
are whole minutes, for the same reason (see `similarity.TimeFade`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from generator.stories.model import StoryInput
from generator.stories.text import Stems, WordSet
from generator.stories.weights import RAREST, WordWeights
from generator.text.languages import language_code

SCALE = 1 << 20  # fixed-point unit of a vector component (fits an int32)
BLOCKING_WORDS = 10  # an article's rarest stems that find its candidate neighbours
_ENTITY_FLOOR = 0.5  # the least weight of an entity whose name is all common words
_UNKNOWN = ("", 0.0)  # a word not looked up yet


@dataclass(frozen=True)
class ArticleVector:
    """One article as the grouping compares it; the arrays are int32 and never changed."""

    key: str
    minute: int | None  # minutes since the epoch, None when undated
    word_ids: np.ndarray  # feature numbers (see `Vectorizer`)
    word_weights: np.ndarray  # fixed point, unit length
    entity_ids: np.ndarray
    entity_weights: np.ndarray
    blocking: np.ndarray  # numbers of the keys that find its candidates


class Numbers:
    """Names → numbers, given out in the order names are first seen and never reused.

    Numbers only index arrays, so which number a name gets changes no result; they are
    kept with the grouping's saved state (`names`) so that saved vectors read back."""

    def __init__(self, names: list[str] | None = None) -> None:
        self.names: list[str] = list(names or ())
        self._number = {name: n for n, name in enumerate(self.names)}

    def __len__(self) -> int:
        return len(self.names)

    def __call__(self, name: str) -> int:
        number = self._number.get(name)
        if number is None:
            number = self._number[name] = len(self.names)
            self.names.append(name)
        return number


class Vectorizer:
    """Makes vectors; keeps each language's stems and word weights, and feature numbers."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._weights: dict[str, WordWeights] = {}
        self._stems: dict[str, Stems] = {}
        # per language: word → (its stem, its weight), or None when it weighs nothing
        self._known: dict[str, dict[str, tuple[str, float] | None]] = {}
        self.word_numbers = Numbers()
        self.entity_numbers = Numbers()
        self.blocking_numbers = Numbers()
        self._words = WordSet()

    def load(self) -> None:
        """Load the word lists and the stemmer of the site's language, which the first
        vector would otherwise load; numbers nothing."""
        code = language_code(None, self.language)
        self._weights_of(code)
        self._stems_of(code)

    def _weights_of(self, code: str) -> WordWeights:
        weights = self._weights.get(code)
        if weights is None:
            weights = self._weights[code] = WordWeights(code)
        return weights

    def _stems_of(self, code: str) -> Stems:
        stems = self._stems.get(code)
        if stems is None:
            stems = self._stems[code] = Stems(code)
        return stems

    def vector(self, article: StoryInput) -> ArticleVector:
        """The article's vector (see the module's docstring)."""
        code = language_code(article.lang, self.language)
        weights = self._weights_of(code)
        known = self._known.setdefault(code, {})
        stem_weights: dict[str, float] = {}
        # Binary term frequency: each distinct word once.
        for word in self._words(article.title, article.text):
            found = known.get(word, _UNKNOWN)
            if found is _UNKNOWN:
                weight = weights(word)
                found = (self._stems_of(code)(word), weight) if weight > 0 else None
                known[word] = found
            if found is not None:
                stem, weight = found
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
        blocking = sorted({"w:" + s for s, _ in top} | {"e:" + k for k in entity_weights})
        word_ids, word_q = _fixed(stem_weights, self.word_numbers)
        entity_ids, entity_q = _fixed(entity_weights, self.entity_numbers)
        return ArticleVector(
            article.key,
            minute_of(article),
            word_ids,
            word_q,
            entity_ids,
            entity_q,
            np.array(sorted(map(self.blocking_numbers, blocking)), np.int32),
        )


def minute_of(article: StoryInput) -> int | None:
    """The article's time in whole minutes since the epoch (None when undated)."""
    if article.date is None:
        return None
    return math.floor(article.date.timestamp() / 60.0)


def _fixed(weights: dict[str, float], numbers: Numbers) -> tuple[np.ndarray, np.ndarray]:
    """Feature numbers (in no particular order: dot products do not care) and unit-length
    fixed-point weights."""
    values = np.fromiter(weights.values(), np.float64, len(weights))
    # fsum is exact, so the norm does not depend on the order the words came in (a set's,
    # which differs from process to process); rint rounds half to even, as round() does.
    norm = math.sqrt(math.fsum((values * values).tolist()))
    ids = np.fromiter(map(numbers, weights), np.int32, len(weights))
    return ids, np.rint(values / norm * SCALE).astype(np.int32)
