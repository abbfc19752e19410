"""Words of an article: tokens, word stems and shingles, for any language we can stem.

Stemming uses Snowball stemmers (PyStemmer), imported on first use so that importing the
package stays cheap. A language without a stemmer keeps its words as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# A word with a digit in it is kept whole ("6.1", "14,000", "g20"); otherwise a run of
# letters, an apostrophe and what follows dropped ("reid's" is Reid). Hyphens and other
# punctuation split words.
_TOKEN = re.compile(r"([^\W_]*\d(?:[^\W_]|[.,]\d)*)|([^\W\d_]+)(?:['’][^\W\d_]+)?")

# ISO 639-1 codes → Snowball algorithm names.
SNOWBALL = {
    "ar": "arabic",
    "ca": "catalan",
    "cs": "czech",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "et": "estonian",
    "eu": "basque",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hi": "hindi",
    "hu": "hungarian",
    "hy": "armenian",
    "id": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "ne": "nepali",
    "nl": "dutch",
    "nb": "norwegian",
    "no": "norwegian",
    "pl": "polish",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
    "yi": "yiddish",
}


def words(text: str) -> list[str]:
    """The text's words, lower-cased; numbers kept whole, one-letter words dropped."""
    return [
        number or word for number, word in _TOKEN.findall(text.lower()) if number or len(word) > 1
    ]


class WordSet:
    """The set of a text's `words`, remembering what each whitespace-separated token
    gives: a word never spans whitespace, and news reuses its tokens ("the", "said,"),
    so most of a text is looked up rather than matched."""

    LIMIT = 1 << 19  # tokens remembered; past it the memory starts again

    def __init__(self) -> None:
        self._known: dict[str, tuple[str, ...]] = {}

    def __call__(self, *texts: str) -> set[str]:
        known = self._known
        found: set[str] = set()
        for text in texts:
            for token in set(text.split()):
                got = known.get(token)
                if got is None:
                    if len(known) >= self.LIMIT:
                        known.clear()
                    got = known[token] = tuple(words(token))
                found.update(got)
        return found


def is_number(word: str) -> bool:
    """Whether a word from `words` is a number (it is then never stemmed)."""
    return word[:1].isdigit()


class Stems:
    """Word → stem for one language, remembering the stems it worked out."""

    def __init__(self, code: str) -> None:
        algorithm = SNOWBALL.get(code)
        self._stem: Callable[[str], str] | None = None
        if algorithm is not None:
            import Stemmer  # PyStemmer: C Snowball stemmers

            self._stem = Stemmer.Stemmer(algorithm).stemWord
        self._known: dict[str, str] = {}

    def __call__(self, word: str) -> str:
        stem = self._known.get(word)
        if stem is None:
            stem = word if self._stem is None or is_number(word) else self._stem(word)
            self._known[word] = stem
        return stem
