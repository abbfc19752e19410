"""Photo captions glued to the sentence after them.

Scraped pages lose the line break after a caption, and a caption has no full stop, so the
sentence splitter returns "Accused: Dr Smith, 38, denied the charges A senior doctor was
accused ..." as one sentence. The seam is where a clause ends without punctuation and a
new one starts with a word that only starts sentences ("A senior", "The cost", "He").
Splitting there lets the caption filter drop the caption and keeps the real sentence.
"""

from __future__ import annotations

import re

# Capitalised words that start a sentence and do not stand capitalised after a
# lower-case word inside one: pronouns, determiners, sentence adverbs (English).
_OPENERS = frozenset(
    "He She It They We His Her Their Its This These Those There But However Now "
    "Yesterday Today Last Speaking According After When While".split()
)
# "The", "A" and "An" count only before a lower-case word, so titles ("told The Times")
# are not seams.
_ARTICLES = frozenset(("The", "A", "An"))
# Every word above: words that start sentences rather than continue a name.
SENTENCE_STARTERS = _OPENERS | _ARTICLES
# The word before a seam: lower case (or a number, or a closing bracket) and no
# punctuation at its end, since a caption has none.
_CLAUSE_END = re.compile(r"^(?:[a-z0-9£$€][\w'’%,.-]*[a-z0-9%]|[a-z0-9]|\S*\))$")
_TOKEN = re.compile(r"\S+")
# Neither side of a seam may be shorter than this many words.
_MIN_SIDE = 4


def seams(sentence: str) -> list[int]:
    """Character offsets where a new sentence starts inside `sentence`."""
    tokens = list(_TOKEN.finditer(sentence))
    found = []
    for k in range(1, len(tokens) - 1):
        word, following = tokens[k].group(), tokens[k + 1].group()
        if not _CLAUSE_END.match(tokens[k - 1].group()):
            continue
        if word.rstrip(",") in _OPENERS or (word in _ARTICLES and following[:1].islower()):
            found.append(tokens[k].start())
    return found


def split_glued(sentence: str) -> list[str]:
    """`sentence` cut at every caption seam; a sentence without one comes back whole."""
    parts: list[str] = []
    start = 0
    for seam in seams(sentence):
        head, tail = sentence[start:seam], sentence[seam:]
        if len(head.split()) >= _MIN_SIDE and len(tail.split()) >= _MIN_SIDE:
            parts.append(head.strip())
            start = seam
    parts.append(sentence[start:].strip())
    return parts
