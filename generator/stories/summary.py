"""A story's summary: the best sentences of its articles' own summaries, across outlets.

No new language processing runs in a build: the candidates are the sentences the analyse
stage already chose for each distinct text of the story (a group of copies once), and they
are ranked with the project's summariser machinery (`generator.analyse.summaries.news`):
sumy's words and stems, LexRank centrality over the candidates of every article together
(a sentence central across outlets says what most of them reported), times the position
prior of the sentence in its own summary, and the redundancy rule across articles (a
sentence most of whose words are already chosen is skipped: of several near-identical
sentences from different outlets, one at most is used). Each article gives its best
sentence before any gives a second, so that the summary draws on several outlets. The
chosen sentences are told in the order of the timeline, each linked to the article it came
from.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from generator.link.site import Entry
from generator.stories.text import words
from generator.text.languages import language_name

if TYPE_CHECKING:
    from generator.analyse.summaries.news import NewsSummarizer

# The summariser's modules load sumy: they are imported when a story of several texts is
# summarised, so that a build that summarises none does not pay for it.


class StorySummarizer:
    """Summaries of stories in one language, `sentences` long at most."""

    def __init__(self, language: str, sentences: int) -> None:
        self.sentences = max(sentences, 1)
        self._language = language_name(language)
        self._summarizer: NewsSummarizer | None = None

    def __call__(self, texts: Sequence[Entry]) -> tuple[tuple[str, Entry], ...]:
        """The summary of a story whose distinct texts are `texts`, in timeline order:
        (sentence, the article it came from)."""
        candidates = [(entry, text) for entry in texts for text in entry.summary]
        if len(texts) == 1:
            return tuple((text, entry) for entry, text in candidates)
        from generator.analyse.summaries.news import NewsSummarizer
        from generator.analyse.summaries.redundancy import MAX_OVERLAP, is_redundant

        positions = [i for entry in texts for i in range(len(entry.summary))]
        terms = self._terms([text for _, text in candidates])
        centrality = self._centrality(terms)
        top = max(centrality, default=0.0) or 1.0
        weight, scale = NewsSummarizer.CENTRALITY_WEIGHT, NewsSummarizer.POSITION_SCALE
        scores = [
            (1.0 + weight * c / top) / (1.0 + i / scale)
            for c, i in zip(centrality, positions, strict=True)
        ]
        # Candidates are in timeline order: ties go to the earlier article.
        ranked = sorted(range(len(candidates)), key=lambda i: (-scores[i], i))
        chosen: list[int] = []
        # Two passes: first the best sentence of each article in turn, so that the summary
        # tells what several outlets reported; then the best of the rest.
        for first_pass in (True, False):
            used = {id(candidates[j][0]) for j in chosen}
            for i in ranked:
                if len(chosen) == self.sentences:
                    break
                if i in chosen or (first_pass and id(candidates[i][0]) in used):
                    continue
                if chosen and is_redundant(terms[i], (terms[j] for j in chosen), MAX_OVERLAP):
                    continue
                chosen.append(i)
                used.add(id(candidates[i][0]))
        return tuple((candidates[i][1], candidates[i][0]) for i in sorted(chosen))

    def _terms(self, sentences: list[str]) -> list[list[str]]:
        summarizer = self._sumy()
        if summarizer is None:
            return [words(text) for text in sentences]
        from sumy.models.dom import Sentence

        from generator.text.tokenize import tokenizer_for

        tokenizer = tokenizer_for(self._language)
        return [summarizer._to_words_set(Sentence(text, tokenizer)) for text in sentences]

    def _centrality(self, terms: list[list[str]]) -> list[float]:
        summarizer = self._sumy()
        if summarizer is None:
            return [1.0] * len(terms)
        return summarizer.centrality(terms)

    def _sumy(self) -> NewsSummarizer | None:
        """The news summariser for the site's language; None when sumy has no stemmer or
        stop words for it (then words are compared as they are, and position decides)."""
        from generator.analyse.summaries import supports

        if self._summarizer is None and self._language and supports(self._language):
            from sumy.nlp.stemmers import Stemmer
            from sumy.utils import get_stop_words

            from generator.analyse.summaries.news import NewsSummarizer

            summarizer = NewsSummarizer(Stemmer(self._language))
            summarizer.stop_words = get_stop_words(self._language)
            self._summarizer = summarizer
        return self._summarizer
