"""Extractive summaries with sumy.

The document is built directly from the cleaned paragraphs (no sumy parser heuristics
about headings), summarised by the configured algorithm, and returned in article order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.reduction import ReductionSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

from generator.tokenize import Tokenizer, tokenizer_for

SUMY_ALGORITHMS = {
    "lexrank": LexRankSummarizer,
    "textrank": TextRankSummarizer,
    "lsa": LsaSummarizer,
    "luhn": LuhnSummarizer,
    "kl": KLSummarizer,
    "sumbasic": SumBasicSummarizer,
    "reduction": ReductionSummarizer,
}


@dataclass(frozen=True)
class Length:
    """How long a summary may be: a sentence count and, optionally, a word budget."""

    sentences: int = 3
    words: int = 0


def build_document(paragraphs: Sequence[str], tokenizer: Tokenizer) -> ObjectDocumentModel:
    """A sumy document with one sumy paragraph per article paragraph."""
    return ObjectDocumentModel(
        tuple(
            Paragraph(tuple(Sentence(s, tokenizer) for s in tokenizer.to_sentences(p)))
            for p in paragraphs
            if p.strip()
        )
    )


@cache
def _summarizer(algorithm: str, language: str):
    summarizer = SUMY_ALGORITHMS[algorithm](Stemmer(language))
    summarizer.stop_words = get_stop_words(language)
    return summarizer


def summarize(
    paragraphs: Sequence[str], language: str, algorithm: str, length: Length
) -> tuple[str, ...]:
    """The summary sentences of an article, in article order.

    `language` is an NLTK language name. `algorithm` is a key of `SUMY_ALGORITHMS` or
    "lead" (the first sentences). A word budget keeps the best-ranked sentences that fit,
    always at least one.
    """
    tokenizer = tokenizer_for(language)
    document = build_document(paragraphs, tokenizer)
    sentences = document.sentences
    if len(sentences) <= 1:
        return tuple(str(s) for s in sentences)
    if algorithm == "lead":
        chosen = list(sentences[: length.sentences])
    else:
        chosen = list(_summarizer(algorithm, language)(document, length.sentences))
    if length.words:
        kept, used = [], 0
        for sentence in chosen:
            size = len(sentence.words)
            if kept and used + size > length.words:
                break
            kept.append(sentence)
            used += size
        chosen = kept
    order = {id(s): i for i, s in enumerate(sentences)}
    return tuple(str(s) for s in sorted(chosen, key=lambda s: order[id(s)]))
