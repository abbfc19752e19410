"""Ordinary English words, to tell a capitalised common word from a name.

The words are those of two dictionaries shipped by the `english-words` package (offline, no
download): Webster's Second International word list, which keeps the dictionary's case
("attendance" and "wheat" are listed in lower case, "Philadelphia" and "Madrid" only
capitalised), and only the entries it writes in lower case count; and GCIDE (Webster's 1913
with WordNet), which leaves out most of the first one's rare words that are also names
("honda" the rope loop, "tass" the cup). A word must be in both, or be a lower-case
entry of the first that joins two such words ("goalkeeper").

The analysis imports this module (its source is in the analysis cache's key); the lists only
the link stage's votes read (given names, surnames, frequent words) are in
`generator.link.name_lists`, so that changing them does not make every article analysed
again.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from generator.reference import Derived


@lru_cache(maxsize=1)
def _web2() -> frozenset[str]:
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["web2"]))


def _make_words() -> frozenset[str]:
    from english_words import get_english_words_set

    lower = {w for w in _web2() if w.isalpha() and w.islower()}
    both = lower & get_english_words_set(["gcide"], lower=True)
    # Closed compounds of two such words count too ("goalkeeper": goal + keeper).
    compounds = {
        w
        for w in lower - both
        if any(w[:i] in both and w[i:] in both for i in range(3, len(w) - 2))
    }
    return frozenset(both | compounds)


@lru_cache(maxsize=1 << 14)
def is_common_word(word: str) -> bool:
    """Whether `word` (one word, any case) is an English dictionary word or its plural
    (also in "-men": "women", "firemen")."""
    word = word.casefold()
    if not word.isalpha() or len(word) < 3:
        return False
    words = _WORDS.get()
    return (
        word in words
        or (word.endswith("s") and word[:-1] in words)
        or (
            word.endswith("men")
            and word[:-3] + "man" in words
            and word not in _PROPER_WORDS.get()  # "Carmen" is no plural of "carman"
        )
    )


def _make_proper_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in _web2() if w[:1].isupper())


# Worked out from the package's lists once, and kept in the cache folder for the next
# process (see `generator.reference`).
_WORDS = Derived("lexicon", _make_words, frozenset[str], ("english-words",))
_PROPER_WORDS = Derived("proper-words", _make_proper_words, frozenset[str], ("english-words",))


@lru_cache(maxsize=1 << 14)
def is_proper_word(word: str) -> bool:
    """Whether Webster's Second lists `word` capitalised: a given name, a place, a people
    ("Mark", "Ambrose", "Warsaw"), whatever else it also is."""
    return word.casefold() in _PROPER_WORDS.get()


def is_plain_word(word: str) -> bool:
    """Whether `word` is a dictionary word that Webster's Second never writes capitalised:
    a word and no name ("goalkeeper", "senior"; not "Price", "Mike", "Empire")."""
    return is_common_word(word) and not is_proper_word(word)


def keep_in(folder: Path | None) -> None:
    """Keep the word lists in `folder` for the next process (see `generator.reference`)."""
    _WORDS.keep_in(folder)
    _PROPER_WORDS.keep_in(folder)


def forget() -> None:
    """Let go of the word lists (see `generator.link.forget_reference_data`)."""
    _WORDS.forget()
    _PROPER_WORDS.forget()


def load() -> None:
    """Read the word lists now rather than at first lookup."""
    _WORDS.get()
    _PROPER_WORDS.get()
