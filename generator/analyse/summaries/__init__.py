"""Extractive summaries with sumy.

The document is built directly from the cleaned paragraphs (no sumy parser heuristics
about headings), summarised by the configured algorithm (the project's `news` summariser
by default, any stock sumy algorithm, or `lead`), and returned in article order.

The `news` summariser's parts, one file each: `news.NewsSummarizer` ranks and selects
sentences; `filters` says which sentences are not summary material; `redundancy` says when a
sentence repeats the ones already chosen; `sentences` mends the sentence splitter's mistakes
and `captions` cuts photo captions off the sentence they were glued to, both before ranking;
`tidy` removes photo references and wire datelines from the chosen sentences.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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

from generator.analyse.length import Length
from generator.analyse.summaries.captions import split_glued
from generator.analyse.summaries.news import NewsSummarizer
from generator.analyse.summaries.sentences import mend
from generator.analyse.summaries.tidy import tidy
from generator.text.tokenize import Tokenizer, tokenizer_for

DEFAULT_ALGORITHM = "news"
SUMY_ALGORITHMS = {
    "news": NewsSummarizer,
    "lexrank": LexRankSummarizer,
    "textrank": TextRankSummarizer,
    "lsa": LsaSummarizer,
    "luhn": LuhnSummarizer,
    "kl": KLSummarizer,
    "sumbasic": SumBasicSummarizer,
    "reduction": ReductionSummarizer,
}
# Every name `[summary] algorithm` accepts; "lead" takes the first sentences.
ALGORITHMS = ("lead", *SUMY_ALGORITHMS)
__all__ = ["ALGORITHMS", "DEFAULT_ALGORITHM", "Length", "summarize", "supports"]


def build_document(
    paragraphs: Sequence[str],
    tokenizer: Tokenizer,
    split: Callable[[str], list[str]] | None = None,
    mend: Callable[[Sequence[str]], list[str]] | None = None,
) -> ObjectDocumentModel:
    """A sumy document with one sumy paragraph per article paragraph; `mend` may correct
    the tokenizer's sentences of a paragraph, then `split` may cut each into several."""
    return ObjectDocumentModel(
        tuple(
            Paragraph(
                tuple(
                    Sentence(part, tokenizer)
                    for s in (mend or tuple)(tokenizer.to_sentences(p))
                    for part in (split(s) if split else (s,))
                )
            )
            for p in paragraphs
            if p.strip()
        )
    )


@cache
def _summarizer(algorithm: str, language: str):
    summarizer = SUMY_ALGORITHMS[algorithm](Stemmer(language))
    summarizer.stop_words = get_stop_words(language)
    return summarizer


@cache
def supports(language: str) -> bool:
    """Whether sumy has a stemmer and stop words for `language` (an NLTK name)."""
    try:
        Stemmer(language)
        get_stop_words(language)
    except LookupError:
        return False
    return True


def summarize(
    paragraphs: Sequence[str], language: str, algorithm: str, length: Length
) -> tuple[str, ...]:
    """The summary sentences of an article, in article order.

    `language` is an NLTK language name. `algorithm` is one of `ALGORITHMS`. A word budget
    keeps the chosen sentences that fit (the news summariser fills it in rank order, the
    others in article order), always at least one.
    """
    tokenizer = tokenizer_for(language)
    # Only the news summariser mends sentence splits and cuts glued captions off: the
    # stock algorithms (and the lead baseline) see the sentences exactly as the tokenizer
    # splits them.
    own = algorithm == DEFAULT_ALGORITHM
    document = build_document(
        paragraphs, tokenizer, split_glued if own else None, mend if own else None
    )
    sentences = document.sentences
    if len(sentences) <= 1:
        return tuple(str(s) for s in sentences)
    if algorithm == "lead":
        chosen = list(sentences[: length.sentences])
    elif algorithm == DEFAULT_ALGORITHM:
        chosen = list(
            _summarizer(algorithm, language).select(document, length.sentences, length.words)
        )
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
    texts = (str(s) for s in sorted(chosen, key=lambda s: order[id(s)]))
    return tuple(tidy(t) if algorithm == DEFAULT_ALGORITHM else t for t in texts)
