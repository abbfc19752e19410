"""How much a word says about an event: rarer words in the language say more.

A word's weight is `RAREST - zipf`, where zipf is its frequency in general use on the Zipf
scale (log10 of occurrences per billion words, from the `wordfreq` package's
multi-source lists), floored at 0: "the" (7.7) and "said" (6.0) weigh nothing or little,
"collapse" (4.2) 2.8, a surname or a product name the lists do not know the most, 7.

This plays the part of TF-IDF's inverse document frequency, but measured on a large
outside corpus instead of the site's own articles. That choice is deliberate: a weight
that depends only on the word keeps each article's vector a function of that article
alone, so adding or editing one article never changes the others' vectors, and an
incremental regrouping can equal a cold one exactly.
"""

from __future__ import annotations

import math
import sys

RAREST = 7.0  # the weight of a word the frequency lists do not know


def forget_word_lists() -> None:
    """Let go of the frequency lists wordfreq read (it keeps each one for the process's
    life); a later `WordWeights` reads them again. A one-shot build calls this once it has
    grouped its stories."""
    wordfreq = sys.modules.get("wordfreq")
    if wordfreq is not None:
        wordfreq.get_frequency_dict.cache_clear()
        wordfreq.get_frequency_list.cache_clear()


class WordWeights:
    """Word → weight for one language, remembering the weights it worked out."""

    def __init__(self, code: str) -> None:
        import wordfreq  # imported on first use: loading it and its lists takes a while

        self._code = code
        self._zipf = wordfreq.zipf_frequency
        try:
            self._frequencies = wordfreq.get_frequency_dict(code, "best")
        except (LookupError, ValueError):
            # No list for the language: every word weighs the same, so only shared words count.
            self._frequencies = None
        self._known: dict[str, float] = {}

    def __call__(self, word: str) -> float:
        weight = self._known.get(word)
        if weight is None:
            weight = self._known[word] = max(0.0, RAREST - self._zipf_of(word))
        return weight

    def _zipf_of(self, word: str) -> float:
        if self._frequencies is None:
            return 0.0
        frequency = self._frequencies.get(word)
        if frequency:
            return math.log10(frequency) + 9.0
        if word[:1].isdigit():
            # The lists file numbers by their digit pattern; wordfreq estimates one from it.
            return self._zipf(word, self._code)
        return 0.0
