"""Copies: the same text published twice (a wire story on several sites, a page saved twice).

Two articles are copies when most of the shorter one's word shingles (runs of `SHINGLE`
words) are in the longer one and the shorter has at least half the longer's length:
shingle containment (Broder 1997), computed exactly on the pair rather than estimated with
MinHash, because only pairs the grouping already compares are checked. A different
headline, a trimmed last paragraph or an outlet's own standfirst leave a copy a copy; two
reports of the same event in their own words share few runs of five words and are not
copies, nor is an article that quotes a paragraph of another, nor a short brief taken
from a long piece.
"""

from __future__ import annotations

import zlib

from generator.stories.text import words

SHINGLE = 5  # words per shingle
CONTAINED = 0.8  # share of the shorter text's shingles found in the longer one
LENGTH_RATIO = 0.5  # the shorter text has at least this share of the longer one's shingles
# Copies are nearly the same words; pairs less alike than this are not checked.
WORD_COSINE_GATE = 0.5


def shingles(title: str, text: str) -> frozenset[int]:
    """The text's shingles (its title's when it has no text), hashed to integers.

    CRC-32 rather than `hash()`: the same in every process, so copies never depend on
    Python's per-process hash seed.
    """
    tokens = words(text) or words(title)
    if len(tokens) < SHINGLE:
        return frozenset((zlib.crc32(" ".join(tokens).encode()),)) if tokens else frozenset()
    return frozenset(
        zlib.crc32(" ".join(tokens[i : i + SHINGLE]).encode())
        for i in range(len(tokens) - SHINGLE + 1)
    )


def are_copies(a: frozenset[int], b: frozenset[int]) -> bool:
    """Whether two shingle sets are copies of one text (see the module's docstring)."""
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    if not shorter or len(shorter) < LENGTH_RATIO * len(longer):
        return False
    return len(shorter & longer) >= CONTAINED * len(shorter)
