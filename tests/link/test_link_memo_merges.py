"""The merges of step 5 (definitions in the text, countries, near spellings, ...) give the
same site warm as from a cold start, after random edits that make and unmake them."""

import random
from collections import Counter

from generator.articles import Analysis
from tests.link.test_link_memo import (  # noqa: F401 (cold_start: the autouse fixture)
    article,
    cold_start,
    linked_warm_and_cold,
    mention,
    pages,
)

NAMES = [
    ("Federal Aviation Administration", "ORG"),
    ("FAA", "ORG"),
    ("FAA", "PERSON"),
    ("U.S.", "GPE"),
    ("United States", "GPE"),
    ("Britain", "GPE"),
    ("UK", "GPE"),
    ("Maersk Line", "ORG"),
    ("Maersk Line A/S", "ORG"),
    ("Hillary Clinton", "PERSON"),
    ("Hilary Clinton", "PERSON"),
    ("Hillary", "PERSON"),
    ("New Democracy", "ORG"),
    ("Pasok", "ORG"),
    ("New Democracy and Pasok", "ORG"),
    ("Nigerian", "GPE"),
    ("Kyiv", "GPE"),
    ("Kiev", "GPE"),
    ("Harvard", "ORG"),
    ("Harvard University", "ORG"),
]
WORDS = "said the report in on prices rose strike and".split()
DEFINITION = "The Federal Aviation Administration (FAA) said so."


def random_article(rng: random.Random, i: int):
    parts = [
        rng.choice(NAMES) if rng.random() < 0.4 else (rng.choice(WORDS), "") for _ in range(10)
    ]
    text = " ".join(name for name, _ in parts) + "."
    if rng.random() < 0.3:
        text += " " + DEFINITION
    tagged = Counter(p for p in parts if p[1] and rng.random() < 0.7)
    mentions = tuple(mention(name, label, k) for (name, label), k in tagged.items())
    return article(i, text), Analysis((), mentions)


def test_random_edits_with_merges_link_as_a_cold_start_does():
    rng = random.Random(15)
    pairs = [random_article(rng, i) for i in range(10)]
    made = len(pairs)
    merged_pages = 0
    for _ in range(60):
        action = rng.random()
        k = rng.randrange(len(pairs))
        if action < 0.4:
            pairs[k] = random_article(rng, int(pairs[k][0].slug[1:]))
        elif action < 0.6:
            pairs.insert(k, random_article(rng, made))
            made += 1
        elif action < 0.8 and len(pairs) > 3:
            del pairs[k]
        else:
            text = pairs[k][0].text
            edited = text + " " + DEFINITION if DEFINITION not in text else text
            pairs[k] = (article(int(pairs[k][0].slug[1:]), edited), pairs[k][1])
        articles = [a for a, _ in pairs]
        analyses = [a for _, a in pairs]
        warm, cold = linked_warm_and_cold(articles, analyses)
        assert warm == cold
        merged_pages += sum(len(e.aliases) > 0 for e in warm.entities)
    # The edits did make merged pages (a page with another spelling as its alias).
    assert merged_pages > 0
    found = pages(warm)
    if "New Democracy" in found and "Pasok" in found:
        assert "New Democracy and Pasok" not in found
