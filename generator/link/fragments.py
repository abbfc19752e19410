"""Fragments: a name the model cut out of a longer name in the same article; and which of an
article's people sharing a surname it names first.

"Gulf" out of "Gulf Cooperation Council", "Defence Force" out of "Australian Defence Force":
when every place the article's text writes the shorter name is inside the longer one, the
shorter is no entity there. The link stage drops that article's record of it (step 5,
`merge`); elsewhere the same spelling may still be a name ("the Gulf").
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from generator.link.records import Record

REASON = "a fragment of a longer name in the same article"
FIRST_NAMED = "the first person of that surname the article names"


def fragments(item: tuple[str, Mapping[str, Record]], _: None) -> tuple[tuple[str, str, str], ...]:
    """(key, "", why) for each key of an article's records that its text writes only inside
    a longer name of the same article."""
    text, records = item
    # Each run of words inside a longer key of the article, with the keys it is inside.
    inside_of: dict[tuple[str, ...], list[str]] = {}
    for other in records:
        words = other.split()
        for size in range(1, len(words)):
            for start in range(len(words) - size + 1):
                inside_of.setdefault(tuple(words[start : start + size]), []).append(other)
    found = []
    for key, rec in records.items():
        longer = inside_of.get(tuple(key.split()))
        if not longer:
            continue
        inside = _spans([f for other in longer for f in records[other].forms], text)
        alone = _spans(list(rec.forms), text)
        if alone and all(any(s >= a and e <= b for a, b in inside) for s, e in alone):
            found.append((key, "", REASON))
    return tuple(found)


def first_named(
    item: tuple[str, Mapping[str, Record]], _: None
) -> tuple[tuple[str, str, str], ...]:
    """(surname key, full name key, `FIRST_NAMED`) for each one-word key of an article's
    records that ends two or more of its longer names: the one its text writes first.

    News names an article's subject in full before a relative or a namesake ("Alessandra
    Mussolini ... her grandfather Benito Mussolini", "Bob Woolmer ... His father Clarence
    Woolmer"); the merges (`merge`) file the surname alone under that one.
    """
    text, records = item
    ends: dict[str, list[str]] = {}
    for key in records:
        words = key.split()
        if len(words) > 1:
            ends.setdefault(words[-1], []).append(key)
    found = []
    for key in records:
        owners = ends.get(key, []) if " " not in key else []
        if len(owners) < 2:
            continue
        first = {
            owner: min((s for s, _ in _spans(list(records[owner].forms), text)), default=len(text))
            for owner in owners
        }
        ranked = sorted(owners, key=first.__getitem__)
        if first[ranked[0]] < first[ranked[1]]:
            found.append((key, ranked[0], FIRST_NAMED))
    return tuple(found)


def _spans(forms: list[str], text: str) -> list[tuple[int, int]]:
    spans = []
    for form in forms:
        # Any case: a dateline writes "LONDON" for the name "London".
        for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text, re.IGNORECASE):
            spans.append(match.span())
    return spans
