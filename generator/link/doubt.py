"""How much evidence a tag page stands on, so an editor checks the weakest pages first
(`digest entities --review`).

The link stage's vote decides each page's type from the model's labels and the context
cues; on the labelled development parts one page in ten is still wrong, and the wrong ones
are mostly pages of one article with nothing in the text to back the model. A page's doubt
adds a point for each kind of evidence it lacks, weighted by how much that kind told right
pages from wrong ones there: how many articles name it, whether a cue of the text says
what it is ("the company", "in X", "Mr X"), whether a quotation is put to it, whether
GeoNames knows it as a place or pycountry as a country, whether it opens with a given name
or ends with a surname, whether it is one word, whether its words are dictionary words. A
page whose words are all in another page's name says so, for the editor, with no points.
Higher is more doubtful. The ordering is measured, not the points: `python -m
generator.evaluate tagpages ... --review` prints how many of each part's wrong pages the
most doubtful tenth, fifth and third hold (docs/entities.md).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from generator.link.countries import is_country
from generator.link.gazetteer import Place, place_strength
from generator.link.name_lists import is_given_name, is_surname
from generator.link.voting import ArticleEvidence
from generator.text.lexicon import is_common_word


@dataclass(frozen=True)
class Doubt:
    """A page's doubt: its points (higher is weaker evidence) and, for the editor, why in
    words."""

    points: float
    reasons: tuple[str, ...]


def doubt(
    name: str, articles: int, evidence: Sequence[ArticleEvidence], longer: str | None = None
) -> Doubt:
    """The doubt of a page named `name` in `articles` articles, with each article's
    evidence (one per record) as the vote read it, and `longer`, another page whose name
    holds all its words (`longer_pages`), if any."""
    points = -1.5 * math.log1p(articles)
    reasons: list[str] = []
    if articles == 1:
        reasons.append("one article")
    records = len(evidence) or 1
    cued = any(a.cue_kinds for a in evidence)
    marked = sum(a.marked for a in evidence) / records
    points -= 0.5 * cued + 0.5 * marked
    if not cued and not marked:
        reasons.append("no cue in the text")
    quoted = sum(a.speaker for a in evidence) / records
    points -= quoted
    strength = place_strength(name)
    country = is_country(name)
    points -= strength / Place.REGION + country
    words = name.split()
    given = bool(words) and is_given_name(words[0])
    surname = bool(words) and is_surname(words[-1])
    points -= given + 0.5 * surname + 0.3 * (len(words) > 1)
    if not (quoted or strength or country or given or surname):
        reasons.append("no quote, place or personal name")
    if len(words) == 1:
        reasons.append("one word")
    # A given name is a personal name, not a dictionary word here ("Maria", "Grace").
    plain = words[1:] if given else words
    common = sum(map(is_common_word, plain)) / (len(words) or 1)
    points += 0.3 * common
    if common:
        reasons.append("dictionary words")
    if longer:
        # A short form the rules left apart is the commonest duplicate ("Angels" beside "Los
        # Angeles Angels", "Ortiz" beside "Jerry Ortiz"): named for the editor, who can make
        # it an alias, but no points: a point for it moved as many wrong pages ahead as
        # behind on the labelled parts and the audits.
        reasons.append(f"its words are in '{longer}'")
    return Doubt(round(points, 3), tuple(reasons))


def longer_pages(pages: Sequence[tuple[str, tuple[int, int]]]) -> dict[str, str]:
    """For each page name of one or two words (of `pages`: name, (articles, mentions))
    whose words are all words of a longer page's name, that longer name: the page of most
    articles, then of most mentions, then the first in name order ("Durst" beside Robert
    Durst, named 27 times, and Kathleen McCormack Durst, once, in one article)."""
    by_word: dict[str, list[tuple[str, tuple[int, int]]]] = {}
    for name, size in pages:
        for word in set(name.split()):
            by_word.setdefault(word, []).append((name, size))
    found = {}
    for name, _ in pages:
        words = set(name.split())
        if not words or len(words) > 2:
            continue
        longer = [
            ((-articles, -mentions), other)
            for other, (articles, mentions) in by_word[next(iter(words))]
            if words < set(other.split())
        ]
        if longer:
            found[name] = min(longer)[1]
    return found
