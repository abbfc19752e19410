"""The redundancy rule: a sentence adds nothing when most of its words are already chosen.

News repeats itself on purpose (the lead, then a caption, then a quote saying the same),
so a summary built from the best-ranked sentences alone often says one thing twice.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

# The share of a sentence's content words already present in the summary above which
# the sentence is redundant. Half is the usual choice in MMR-style extractive systems.
MAX_OVERLAP = 0.5


def overlap(candidate: Collection[str], chosen: Iterable[Collection[str]]) -> float:
    """The share of `candidate`'s distinct terms found in any of the `chosen` sentences."""
    terms = set(candidate)
    if not terms:
        return 1.0
    seen: set[str] = set()
    for other in chosen:
        seen.update(other)
    return len(terms & seen) / len(terms)


def is_redundant(
    candidate: Collection[str], chosen: Iterable[Collection[str]], limit: float = MAX_OVERLAP
) -> bool:
    """Whether more than `limit` of the candidate's terms (stemmed content words) are
    already in the chosen sentences."""
    return overlap(candidate, chosen) > limit
