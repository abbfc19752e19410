"""Finding names the corpus already knows in articles where the model missed them.

The model misses a name in one article that it found in others (a club in a results
table, a place in a dateline). Once the corpus has decided an entity exists, its spellings
are looked up in every article's text: case-sensitive, whole words, and not as part of a
longer capitalised name ("Boston" is not found inside "Boston Celtics").

The index holds spellings as word tuples, not entities, so what `find` returns for a text
depends only on the text and the set of spellings; the link stage keeps those results
between builds (`generator.link.text_state`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import compress

_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*", re.UNICODE)
_GAP = re.compile(r"[ \t]+")


def words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) for every word of `text`."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


@lru_cache(maxsize=1 << 16)
def spelling(form: str) -> tuple[str, ...]:
    """The words of a spelling, as the index and `find` compare them (the link stage asks
    for every entity's spellings on every save)."""
    return tuple(w for _, _, w in words(form))


def build_index(
    spellings: Iterable[tuple[str, ...]],
) -> dict[str, tuple[tuple[int, frozenset[tuple[str, ...]]], ...]]:
    """Spellings (as word tuples, see `spelling`) indexed by first word, then by length,
    longest first: `find` asks for a name of each length once, however many spellings
    begin with the same word ("Fort Brightwater", "Fort Cobalt" ...).

    The same set of spellings always gives the same index, whatever order they came in.
    """
    index: dict[str, dict[int, set[tuple[str, ...]]]] = {}
    for tokens in spellings:
        if tokens:
            index.setdefault(tokens[0], {}).setdefault(len(tokens), set()).add(tokens)
    return {
        first: tuple((n, frozenset(by_length[n])) for n in sorted(by_length, reverse=True))
        for first, by_length in index.items()
    }


Index = Mapping[str, Sequence[tuple[int, frozenset[tuple[str, ...]]]]]


def find(text: str, index: Index) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, spelling) for each known spelling in `text`, leftmost-longest, no overlaps.

    Only the words that begin some spelling are looked at in Python (most words begin
    none: they are passed over in C loops), and where the words sit is worked out only for
    a text that has one.
    """
    found: list[tuple[int, int, tuple[str, ...]]] = []
    tokens = _WORD.findall(text)
    starts = compress(range(len(tokens)), map(index.__contains__, tokens))
    spans: list[tuple[int, int]] = []
    free = 0  # the first word a new match may start at (matches do not overlap)
    for j in starts:
        if j < free:
            continue
        if not spans:
            spans = [m.span() for m in _WORD.finditer(text)]
        for n, candidates in index[tokens[j]]:
            words = tuple(tokens[j : j + n])
            if (
                words in candidates
                and _joined(text, spans, j, n)
                and _stands_alone(text, tokens, spans, j, n)
            ):
                found.append((spans[j][0], spans[j + n - 1][1], words))
                free = j + n
                break
    return found


def _joined(text: str, spans: list[tuple[int, int]], j: int, n: int) -> bool:
    # The words of a name are separated by spaces only, never by a line break or a comma,
    # or by an abbreviation's full stop ("John D. O'Connor", "U.S. Navy").
    return all(_separates_words(text, spans, k) for k in range(j, j + n - 1))


def _separates_words(text: str, spans: list[tuple[int, int]], k: int) -> bool:
    """Whether words k and k + 1 are separated as the words of one name are."""
    gap = text[spans[k][1] : spans[k + 1][0]]
    if _GAP.fullmatch(gap):
        return True
    word = text[spans[k][0] : spans[k][1]]
    return _AFTER_ABBREVIATION.fullmatch(gap) is not None and _abbreviation(word)


def _abbreviation(word: str) -> bool:
    # An initial ("D") or dotted letters ("U.S", the last full stop is the gap's).
    return (len(word) == 1 and word.isupper()) or bool(_DOTTED.fullmatch(word))


def _stands_alone(
    text: str, tokens: list[str], spans: list[tuple[int, int]], j: int, n: int
) -> bool:
    # A capitalised word before the name only joins it when it does not open a sentence.
    before = (
        j > 0 and _continues(text, tokens, spans, j - 1) and not _opens_sentence(text, spans, j - 1)
    )
    after = j + n < len(tokens) and _continues(text, tokens, spans, j + n - 1)
    return not before and not after


def _continues(text: str, tokens: list[str], spans: list[tuple[int, int]], a: int) -> bool:
    """Whether capitalised words a and a + 1 are separated by spaces only (one name)."""
    return (
        tokens[a][:1].isupper() and tokens[a + 1][:1].isupper() and _separates_words(text, spans, a)
    )


def _opens_sentence(text: str, spans: list[tuple[int, int]], k: int) -> bool:
    before = text[spans[k - 1][1] : spans[k][0]] if k > 0 else "\n"
    return "\n" in before or bool(_SENTENCE_END.search(before))


_SENTENCE_END = re.compile(r"[.!?:;\"“”]\s*$")
_AFTER_ABBREVIATION = re.compile(r"\.[ \t]+")
_DOTTED = re.compile(r"(?:[A-Z]\.)+[A-Z]")
