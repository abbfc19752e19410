"""List tag pages that look like another page: where duplicates hide.

    python bench/unseen_audit.py ../shared/data/grouping/ecbplus_subtopics.jsonl \
        --match 'topic=ecbplus_[0-9]*[02468]' --sample 100000 > pages.jsonl
    python bench/lookalike_pages.py pages.jsonl

reads the `{"name", "kind", "aliases", "articles"}` lines `bench/unseen_audit.py` prints and
prints, for a reader to judge against the articles, three kinds of pairs:

- *inside*: a name of one or two words whose words are all words of a longer page's name
  ("Angels" and "Los Angeles Angels", "Deputy Ortiz" and "Jerry Ortiz" by its surname);
- *near*: two names of four letters or more whose spellings are 80 % alike or more (optimal
  string alignment: "Karolos Papoulias" and "Carolos Papoulias");
- *shape*: a page of another kind whose name is shaped as a person's by general knowledge
  (`voting.given_name_and_surname`: "Harry Winston" as an organisation).

Most pairs are two entities ("North Africa" and "South Africa"); the list is where to read,
not a count of errors. The rounds of docs/entities/rounds-4.md found their classes so, on
the ECB+ even topics. Read it only of articles that are not an audit's.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path

from rapidfuzz.distance import OSA
from rapidfuzz.process import extract

from generator.link.voting import given_name_and_surname

_MIN_LENGTH = 4
_NEAR = 0.8


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", type=Path, help="JSON Lines of pages (bench/unseen_audit.py)")
    args = parser.parse_args()
    pages = [json.loads(line) for line in args.pages.open(encoding="utf-8") if line.strip()]
    for line in lookalikes(pages):
        print(line)


def lookalikes(pages: Sequence[dict]) -> Iterator[str]:
    """The pairs of pages that look alike, one line each (see the module)."""
    yield from _inside(pages)
    yield from _near(pages)
    yield from _shape(pages)


def _page(page: dict) -> str:
    return f"{page['name']} ({page['kind']}, {page['articles']})"


def _inside(pages: Sequence[dict]) -> Iterator[str]:
    by_word: dict[str, list[dict]] = defaultdict(list)
    for page in pages:
        for word in set(page["name"].split()):
            by_word[word].append(page)
    for page in pages:
        words = set(page["name"].split())
        if len(words) > 2:
            continue
        longer = [
            other
            for other in by_word[page["name"].split()[0]]
            if other is not page and words < set(other["name"].split())
        ]
        if longer:
            yield f"inside | {_page(page)} | " + "; ".join(_page(other) for other in longer)


def _near(pages: Sequence[dict]) -> Iterator[str]:
    names = [page["name"].casefold() for page in pages]
    for i, page in enumerate(pages):
        if len(names[i]) < _MIN_LENGTH:
            continue
        for _, score, j in extract(
            names[i], names, scorer=OSA.normalized_similarity, score_cutoff=_NEAR, limit=None
        ):
            if j > i and len(names[j]) >= _MIN_LENGTH and names[j] != names[i]:
                yield f"near | {_page(page)} | {_page(pages[j])} | {score:.2f}"


def _shape(pages: Sequence[dict]) -> Iterator[str]:
    for page in pages:
        if page["kind"] != "person" and given_name_and_surname(page["name"]):
            yield f"shape | {_page(page)}"


if __name__ == "__main__":
    main()
