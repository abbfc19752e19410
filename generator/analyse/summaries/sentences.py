"""Mending Punkt's sentence splits in scraped news, before ranking.

Four mistakes are common enough in scraped news to matter for a summary:

- a split after a person's initials ("Blues legend B.B." / "King was hospitalized ..."),
  which leaves a fragment the filters drop and a sentence that starts mid-name;
- no split where the scraper lost the space after a full stop ("... a court has
  heard.Shocking allegations ..."), which glues two sentences into one long one;
- no split where a subhead lost its line break ("... prices rose sharplyThe Ministry
  said ..."): the subhead has no full stop, so it ends on a lower-case letter glued to a
  word that starts sentences; split there, the subhead is dropped by the caption filter;
- a drop cap doubled by the scraper: the styled first letter of a paragraph is kept as
  a letter of its own ("SThe Ministry said ...", "TThe talks ..."); it goes when what
  follows it is a word that starts sentences ("ILife's new version" and "MPs voted"
  stay).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.analyse.summaries.captions import SENTENCE_STARTERS

# A sentence that ends with initials: single capital letters, each with a full stop.
_INITIALS = re.compile(r"(?:^|[\s(])(?:[A-Z]\.){1,3}$")
# A full stop, ! or ? (perhaps in closing quotes) between a lower-case word and a
# capitalised one, with no space: "heard.Shocking".
_NO_SPACE = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])|(?<=[a-z]{2}[.!?]['’\"”])(?=[A-Z][a-z])")
# Words that start sentences and never end a brand or a name written in one word (not
# "In" of "LinkedIn", "On" of "ChatOn", "Tube" of "YouTube").
_STARTERS = "|".join(
    sorted(
        {"The", "A", "An", "He", "She", "They", "We", "His", "Her", "Their", "This", "These"}
        | {"Those", "There", "But", "However", "According", "Yesterday", "Today", "Speaking"},
        key=len,
        reverse=True,
    )
)
# A lower-case word glued to one of them, followed by a space: "sharplyThe Ministry".
_GLUED_SUBHEAD = re.compile(rf"(?<=[a-z]{{3}})(?=(?:{_STARTERS})\s)")
# A paragraph opening with a stray capital before one of them ("SThe", "TThe"); not
# before "A" or "An", as in "SA police said".
_DROP_CAP = re.compile(rf"^([\"“‘']?)[A-Z](?=(?:{_STARTERS})\s)(?!An?\s)")


def mend(sentences: Iterable[str]) -> list[str]:
    """`sentences` (one paragraph, in order) with splits after initials undone, sentences
    glued without a space or to a subhead split apart, and a doubled drop cap removed."""
    mended: list[str] = []
    for sentence in sentences:
        if not mended:
            sentence = _DROP_CAP.sub(r"\1", sentence, count=1)
        first = sentence.split(maxsplit=1)[0] if sentence.strip() else ""
        if (
            mended
            and _INITIALS.search(mended[-1])
            and first[:1].isupper()
            and first.strip(",") not in SENTENCE_STARTERS
        ):
            mended[-1] = f"{mended[-1]} {sentence}"
            continue
        mended.append(sentence)
    return [
        piece
        for sentence in mended
        for part in _NO_SPACE.split(sentence)
        for piece in _GLUED_SUBHEAD.split(part)
        if piece.strip()
    ]
