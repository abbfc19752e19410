"""Choosing among the lead sentences by what the rest of the article keeps coming back to.

The first sentences of a news article usually make the best summary, but not always in
their plain order: a lead can open with a hook ("As attempts to break a world record go,
it was pretty impressive.") and leave the facts to the next sentences. Such a sentence
shares few words with the rest of the article. So the summary is chosen in a window one
sentence wider than it, the sets of sentences being compared by how much of the
article's recurring content they cover together:

    coverage(S) = sum of log(1 + df(t)) over the distinct terms t of S with df(t) >= 2

where a term is a stemmed content word and df(t) the number of the article's sentences
that contain it. A term counts once however many chosen sentences repeat it, so two
sentences saying the same thing cover less than two saying different things. A term
found in one sentence only is not something the article keeps coming back to and weighs
nothing.

Position stays the prior: another set replaces the first sentences only when it covers
clearly more, by `MARGIN`.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from itertools import combinations

# How much more recurring content (a share of the lead's) a set of sentences must cover
# to replace the first sentences: news puts its point first, so the lead wins near-ties.
MARGIN = 0.25
# How many sentences beyond the summary's length the window reaches.
REACH = 1


def term_weights(terms: Sequence[Sequence[str]]) -> dict[str, float]:
    """log(1 + df) of every term found in at least two of the sentences `terms`."""
    df = Counter(t for sentence in terms for t in set(sentence))
    return {t: math.log1p(n) for t, n in df.items() if n > 1}


def coverage(chosen: Sequence[Sequence[str]], weights: dict[str, float]) -> float:
    """The summed weight of the distinct terms of the `chosen` sentences."""
    # fsum is exact, so the result does not depend on the (hash-seeded) order of a set.
    return math.fsum(weights.get(t, 0.0) for t in set().union(*map(set, chosen)))


def choose(
    ranked: Sequence[int],
    terms: Sequence[Sequence[str]],
    count: int,
    weights: dict[str, float],
    margin: float = MARGIN,
    reach: int = REACH,
) -> list[int]:
    """`ranked` (sentence indexes, best first) with the best-covering `count` of its first
    `count + reach` moved to the front when they cover more than (1 + `margin`) times what
    the first `count` cover; the order is otherwise kept."""
    window = list(ranked[: count + reach])
    if count <= 0 or len(window) <= count:
        return list(ranked)

    def covered(chosen: Sequence[int]) -> float:
        return coverage([terms[i] for i in chosen], weights)

    # combinations() keeps the window's order, so of equal sets the earlier one wins.
    best = max(combinations(window, count), key=covered)
    if covered(best) <= (1 + margin) * covered(window[:count]):
        return list(ranked)
    return [*best, *(i for i in ranked if i not in best)]
