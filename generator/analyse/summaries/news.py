"""The news summariser: lead position, LexRank centrality, coverage, filters and a
redundancy rule.

A news article states its point first, so the strongest unsupervised signal is position
(the "lead" baseline is hard to beat). This summariser keeps position as the prior and
lets centrality move a sentence up when the rest of the article keeps coming back to what
it says, drops sentences that are not summary material (see `filters`), lets the sentence
after the lead replace one of it when together they cover clearly more of what the
article keeps coming back to (see `coverage`), and skips sentences that repeat what is
already chosen (see `redundancy`).

    score(i) = prior(i) · (1 + CENTRALITY_WEIGHT · centrality(i) / max centrality)
    prior(i) = 1 / (1 + i / POSITION_SCALE)

where `i` counts the article's sentences from 0 and centrality is sumy's LexRank score
(stationary distribution of the idf-cosine sentence graph). The constants are fixed for
every article and language; they were chosen once on a development set (docs/summaries.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy
from sumy.models.dom import ObjectDocumentModel, Sentence
from sumy.nlp.stemmers import null_stemmer
from sumy.summarizers.lex_rank import LexRankSummarizer

from generator.analyse.summaries.coverage import choose, term_weights
from generator.analyse.summaries.filters import (
    is_caption_paragraph,
    is_cased,
    quote_states,
    rejects,
)
from generator.analyse.summaries.redundancy import MAX_OVERLAP, is_redundant


class NewsSummarizer(LexRankSummarizer):
    """A sumy summarizer: `summarizer(document, sentences_count)` returns sentences in
    article order. `select` adds a word budget."""

    POSITION_SCALE = 1.0
    CENTRALITY_WEIGHT = 0.3
    redundancy = MAX_OVERLAP

    def __init__(self, stemmer=null_stemmer):
        super().__init__(stemmer)
        # Snowball stemming is most of the run time and news re-uses its words: remember
        # stems across sentences and articles (bounded, so a long build stays small).
        self._stem = lru_cache(maxsize=100_000)(stemmer)

    def stem_word(self, word: str) -> str:
        return self._stem(self.normalize_word(word))

    def __call__(self, document: ObjectDocumentModel, sentences_count: int) -> tuple[Sentence, ...]:
        return self.select(document, sentences_count)

    def select(
        self, document: ObjectDocumentModel, sentences_count: int, words: int = 0
    ) -> tuple[Sentence, ...]:
        """The best sentences that fit `sentences_count` and, when given, `words`.

        Filtered and redundant sentences are never used, so a summary can be shorter than
        asked. The first chosen sentence is kept even when it alone exceeds the word budget.
        """
        sentences = document.sentences
        if not sentences or sentences_count <= 0:
            return ()
        terms = [self._to_words_set(s) for s in sentences]
        scores = self.scores(sentences, terms)
        usable = self.usable(document)
        # A shorter summary beats one padded with captions and prompts; only an article
        # with no usable sentence at all is summarised from the rest.
        candidates = [i for i in range(len(sentences)) if usable[i]] or range(len(sentences))
        ranked = sorted(candidates, key=lambda i: (-scores[i], i))
        ranked = choose(ranked, terms, sentences_count, term_weights(terms))
        chosen: list[int] = []
        used = 0
        for i in ranked:
            if len(chosen) == sentences_count:
                break
            size = len(sentences[i].words)
            if chosen and words and used + size > words:
                continue
            if chosen and is_redundant(terms[i], (terms[j] for j in chosen), self.redundancy):
                continue
            chosen.append(i)
            used += size
        return tuple(sentences[i] for i in sorted(chosen))

    def scores(self, sentences: Sequence[Sentence], terms: Sequence[list[str]]) -> list[float]:
        """Position prior times (1 + weighted, normalised LexRank centrality)."""
        centrality = self.centrality(terms)
        top = max(centrality) or 1.0
        return [
            (1.0 + self.CENTRALITY_WEIGHT * c / top) / (1.0 + i / self.POSITION_SCALE)
            for i, c in enumerate(centrality)
        ]

    def centrality(self, terms: Sequence[list[str]]) -> list[float]:
        """LexRank scores of the sentences: sumy's tf, idf and power method on the same
        thresholded idf-cosine graph as `LexRankSummarizer`, built with numpy because
        sumy's pairwise Python loop alone would take most of the time budget."""
        if len(terms) < 2:
            return [1.0] * len(terms)
        tf = self._compute_tf(terms)
        idf = self._compute_idf(terms)
        vocabulary = {t: k for k, t in enumerate(idf)}
        vectors = numpy.zeros((len(terms), len(vocabulary)))
        for row, weights in enumerate(tf):
            for term, value in weights.items():
                vectors[row, vocabulary[term]] = value * idf[term]
        norms = numpy.linalg.norm(vectors, axis=1)
        norms[norms == 0] = 1.0
        unit = vectors / norms[:, None]
        graph = (unit @ unit.T > self.threshold).astype(float)
        # A sentence of stop words only has no edge, not even to itself, and sumy's power
        # method then divides by zero: such a sentence links to itself alone.
        numpy.fill_diagonal(graph, 1.0)
        degrees = graph.sum(axis=1)
        degrees[degrees == 0] = 1.0
        matrix = graph / degrees[:, None]
        return [float(x) for x in self.power_method(matrix, self.epsilon)]

    @staticmethod
    def usable(document: ObjectDocumentModel) -> list[bool]:
        """Whether each sentence passes every filter. A quotation left open ends with its
        paragraph: a quotation that goes on opens the next paragraph with a new mark. A
        caption with its credit is a paragraph of its own: all of it is left out."""
        cased = is_cased([str(s) for s in document.sentences])
        verdicts = []
        for paragraph in document.paragraphs:
            texts = [str(s) for s in paragraph.sentences]
            if is_caption_paragraph(texts):
                verdicts += [False] * len(texts)
                continue
            verdicts += [
                rejects(text, in_quote, cased) is None
                for text, in_quote in zip(texts, quote_states(texts), strict=True)
            ]
        return verdicts
