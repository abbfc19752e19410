"""Mending Punkt's sentence splits in scraped news, before ranking.

Two mistakes are common enough in news to matter for a summary:

- a split after a person's initials ("Blues legend B.B." / "King was hospitalized ..."),
  which leaves a fragment the filters drop and a sentence that starts mid-name;
- no split where the scraper lost the space after a full stop ("... a court has
  heard.Shocking allegations ..."), which glues two sentences into one long one.
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


def mend(sentences: Iterable[str]) -> list[str]:
    """`sentences` (one paragraph, in order) with splits after initials undone and
    sentences glued without a space split apart."""
    mended: list[str] = []
    for sentence in sentences:
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
    return [part for sentence in mended for part in _NO_SPACE.split(sentence) if part.strip()]
