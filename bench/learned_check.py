"""Would a learned check over the vote's evidence do better than the rules on a source it
never saw? Leave-one-part-out over the hand-labelled parts.

    python bench/learned_check.py bench/entity_labels.jsonl \
        --data ../shared/data/grouping/wikiref220.jsonl \
        --data ../shared/data/summarization/xsum_test_frank.jsonl \
        --data ../shared/data/summarization/cnndm_val_dev.jsonl \
        --data ../shared/data/summarization/cnndm_test_frank.jsonl \
        --data ../shared/data/grouping/ecbplus_subtopics.jsonl --cache .cache-bench

builds each part's tag pages as `python -m generator.evaluate tagpages` does, and records
what the link stage's vote read for each group (`voting.vote_on_evidence`: the model's label
shares, the cues of each article, the name). Each labelled page gets the features of the
vote under its name or an alias: those shares and cues, the gazetteer's strength, the name
lists, the lexicon, the rules' own type. A multinomial logistic regression (numpy, L2) is
trained on the other parts' pages, target the label's type or "other" (no entity), and
overrides a page's type where it is at least `--threshold` sure. Printed per part and in
all: the rules' right pages, the right pages with the override, the pages it drops that
are entities and those it drops that are not. The held-back part is never read.

`--review` scores a learned order of review instead (the chance a page is wrong), as
`tagpages --review` scores `digest entities --review`'s. `--evidence parser` or `--evidence
beam` adds evidence the pipeline does not have, read from up to four passages around a
page's names: the full spaCy pipeline's tags and dependencies (the share of the name's
words it calls proper nouns, verbs or adjectives; whether the name is a subject, an object,
a compound of a common noun, a possessive, or beside an apposition), or the NER model's
beam search (the score of the name's span, its share for the page's type and for labels of
none of our types, the best longer and shorter span around it).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import math
import re
import tempfile
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from generator.config import Config
from generator.evaluate import tagpages
from generator.link import groups
from generator.link.countries import is_country, is_demonym
from generator.link.gazetteer import is_big_city, place_strength
from generator.link.name_lists import is_frequent_word, is_given_name, is_surname
from generator.link.voting import ArticleEvidence
from generator.text.lexicon import is_common_word, is_proper_word
from generator.text.names import name_key

PARTS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8")
CLASSES = ("person", "organisation", "place", "other")
_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT")
_FLAGS = (
    "weak_place person_cue marked team club organisation_after named_organisation surname "
    "sides_around paired source speaker brand faced"
).split()
_COUNTS = (
    "unmarked_capitals furniture headline product seen after_the competition after_a "
    "time_zone quoted"
).split()


@dataclass(frozen=True)
class Vote:
    """What the vote read for one group, and what it said."""

    name: str
    articles: tuple[ArticleEvidence, ...]
    given_names: frozenset[str]
    surname_alone: bool
    kind: str
    scores: Mapping[str, float]


@contextlib.contextmanager
def recorded_votes() -> Iterator[list[Vote]]:
    """Every group vote of the links made inside the block, in order."""
    votes: list[Vote] = []
    original = groups.vote_on_evidence

    def recording(name, articles, given_names=frozenset(), surname_alone=False):
        kind, scores = original(name, articles, given_names, surname_alone)
        votes.append(
            Vote(name, tuple(articles), frozenset(given_names), surname_alone, kind, scores)
        )
        return kind, scores

    groups.vote_on_evidence = recording
    try:
        yield votes
    finally:
        groups.vote_on_evidence = original


def features(vote: Vote, page_kind: str) -> list[float]:
    """The numbers a page is judged by: what the vote read, and the rules' type."""
    articles = vote.articles
    n = len(articles) or 1
    mentions = sum(a.mentions for a in articles) or 1
    total = sum(vote.scores.values()) or 1.0
    labels: Counter[str] = Counter()
    for article in articles:
        for label, _, share in article.shares:
            labels[label] += share
    words = vote.name.split()
    per_word = max(len(words), 1)
    return [
        *(float(page_kind == k) for k in CLASSES),
        *(vote.scores.get(k, 0.0) / total for k in CLASSES),
        math.log1p(len(articles)),
        math.log1p(mentions),
        *(labels[label] / n for label in _LABELS),
        *(sum(k in a.cue_kinds for a in articles) / n for k in CLASSES[:3]),
        *(sum(bool(getattr(a, flag)) for a in articles) / n for flag in _FLAGS),
        *(sum(getattr(a, count) for a in articles) / mentions for count in _COUNTS),
        *(sum(k in a.listed for a in articles) / n for k in CLASSES[:3]),
        min(len(words), 5) / 5,
        float(vote.name.isupper() and len(vote.name) > 1),
        float(any(c.isdigit() for c in vote.name)),
        float(bool(re.search(r"[-'’.&/]", vote.name))),
        float(place_strength(vote.name)) / 3,
        float(is_big_city(vote.name)),
        float(is_country(vote.name)),
        float(is_demonym(vote.name)),
        float(bool(words) and (is_given_name(words[0]) or words[0].casefold() in vote.given_names)),
        float(bool(words) and is_surname(words[-1])),
        sum(map(is_frequent_word, words)) / per_word,
        sum(map(is_common_word, words)) / per_word,
        sum(map(is_proper_word, words)) / per_word,
        float(vote.surname_alone),
    ]


class SoftmaxRegression:
    """Multinomial logistic regression with an L2 penalty, by full-batch gradient descent on
    standardised features (numpy only: the project ships no learning library)."""

    def __init__(self, l2: float = 1e-3, steps: int = 2000, rate: float = 0.5) -> None:
        self.l2, self.steps, self.rate = l2, steps, rate

    def fit(self, x: np.ndarray, y: np.ndarray, classes: int) -> SoftmaxRegression:
        """Learn from rows `x` and class numbers `y` (0 .. classes - 1)."""
        self.mean = x.mean(axis=0)
        self.scale = x.std(axis=0) + 1e-9
        z = self._with_bias(x)
        self.weights = np.zeros((z.shape[1], classes))
        target = np.eye(classes)[y]
        for _ in range(self.steps):
            gradient = z.T @ (self._softmax(z @ self.weights) - target) / len(z)
            gradient[:-1] += self.l2 * self.weights[:-1]
            self.weights -= self.rate * gradient
        return self

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """Each row's probability of each class."""
        return self._softmax(self._with_bias(x) @ self.weights)

    def _with_bias(self, x: np.ndarray) -> np.ndarray:
        return np.hstack([(x - self.mean) / self.scale, np.ones((len(x), 1))])

    @staticmethod
    def _softmax(logits: np.ndarray) -> np.ndarray:
        e = np.exp(logits - logits.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)


@dataclass(frozen=True)
class Page:
    """A labelled page of a part: its verdict, type and features, and its label's type."""

    verdict: str
    kind: str
    target: str
    x: list[float]


def labelled_pages(
    part: str,
    labels: tagpages.Labels,
    rows: Mapping[str, Mapping],
    cache: Path | None,
    evidence: str | None = None,
) -> list[Page]:
    """The part's labelled pages that a vote can be found for (by name or an alias), with
    the features of `evidence` ("parser", "beam") after the vote's."""
    with tempfile.TemporaryDirectory(prefix="digest-learned-") as tmp, recorded_votes() as votes:
        ids = labels.parts[part]
        site, _ = tagpages.build_site([rows[i] for i in ids], Path(tmp), cache)
    last = {name_key(vote.name): vote for vote in votes}
    of_part = labels.of_part(part)
    pages = []
    for entity, verdict in tagpages.score(site.entities, of_part):
        label = of_part.get(name_key(entity.name))
        vote = next(
            (last[k] for k in map(name_key, (entity.name, *entity.aliases)) if k in last), None
        )
        if label is None or vote is None:
            continue
        x = features(vote, entity.kind)
        if evidence:
            x += _EVIDENCE[evidence](entity, passages(entity))
        pages.append(Page(verdict, entity.kind, label.kind or "other", x))
    return pages


def passages(entity, limit: int = 4) -> list[tuple[str, int, int]]:
    """Up to `limit` passages of the page's articles (two an article, three articles) that
    name it: the paragraph's text up to 300 characters either side, and the name's offsets.
    The longest spelling is looked for first, and a shorter one inside a place already
    taken ("Kraft" in "Kraft Heinz") is not taken again."""
    found = []
    for entry in entity.entries[:3]:
        text = f"{entry.article.title}\n{entry.article.text}"
        taken: list[tuple[int, int]] = []
        for form in sorted((entity.name, *entity.aliases), key=len, reverse=True):
            for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
                if len(taken) == 2:
                    break
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append(m.span())
                start = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 300)
                end = text.find("\n", m.end())
                end = min(m.end() + 300, len(text) if end < 0 else end)
                found.append((text[start:end], m.start() - start, m.end() - start))
    return found[:limit]


@functools.cache
def _pipeline(evidence: str):
    import spacy

    model = Config(root=Path(".")).entities.model
    if evidence == "parser":
        return spacy.load(model, exclude=["ner", "lemmatizer"])
    return spacy.load(
        model, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
    )


def parser_features(entity, found: Sequence[tuple[str, int, int]]) -> list[float]:
    """What the tagger and parser say of the name in each passage, averaged."""
    rows = []
    for (_, start, end), doc in zip(
        found, _pipeline("parser").pipe(t for t, _, _ in found), strict=True
    ):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        rows.append(
            [
                sum(t.pos_ == "PROPN" for t in span) / len(span),
                sum(t.pos_ in ("VERB", "ADJ") for t in span) / len(span),
                float(root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ == "NOUN"),
                float(root.dep_ == "poss"),
                float(root.dep_ in ("nsubj", "nsubjpass")),
                float(root.dep_ in ("dobj", "pobj")),
                float(root.dep_ == "appos" or any(c.dep_ == "appos" for c in root.children)),
                float(root.head is not root and root.head.pos_ == "NOUN"),
            ]
        )
    return [*np.mean(rows, axis=0), 0.0] if rows else [0.0] * 8 + [1.0]


_KIND_OF_LABEL = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}


def beam_features(entity, found: Sequence[tuple[str, int, int]]) -> list[float]:
    """What the NER model's beam search (width 16) scores the name's span, averaged."""
    nlp = _pipeline("beam")
    ner = nlp.get_pipe("ner")
    docs = [nlp.make_doc(text) for text, _, _ in found]
    rows = []
    scored = ner.scored_ents(ner.beam_parse(docs, beam_width=16)) if docs else []
    for (_, start, end), doc, scores in zip(found, docs, scored, strict=True):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        a, b = span.start, span.end
        exact = Counter()
        for (i, j, label), score in scores.items():
            if (i, j) == (a, b):
                exact[_KIND_OF_LABEL.get(label, "other")] += score
        total = sum(exact.values())
        rows.append(
            [
                total,
                exact[entity.kind] / total if total else 0.0,
                exact["other"] / total if total else 0.0,
                max(
                    [v for (i, j, _), v in scores.items() if i <= a and j >= b and (i, j) != (a, b)]
                    or [0.0]
                ),
                max(
                    [v for (i, j, _), v in scores.items() if i >= a and j <= b and (i, j) != (a, b)]
                    or [0.0]
                ),
            ]
        )
    return [*np.mean(rows, axis=0), 0.0] if rows else [0.0] * 5 + [1.0]


_EVIDENCE = {"parser": parser_features, "beam": beam_features}


def leave_one_part_out(by_part: Mapping[str, Sequence[Page]], threshold: float) -> Iterator[str]:
    """A line per part and one for all: the rules' and the override's right pages."""
    total: Counter[str] = Counter()
    for test in by_part:
        train = [p for part, pages in by_part.items() if part != test for p in pages]
        model = SoftmaxRegression().fit(
            np.array([p.x for p in train]),
            np.array([CLASSES.index(p.target) for p in train]),
            len(CLASSES),
        )
        pages = by_part[test]
        counts = _judged(pages, model.probabilities(np.array([p.x for p in pages])), threshold)
        total.update(counts)
        yield _line(test, counts)
    yield _line("all", total)


def review_orders(by_part: Mapping[str, Sequence[Page]]) -> Iterator[str]:
    """A line per part: the order a learned doubt (the chance a page is wrong, trained on
    the other parts) puts the part's pages in, scored as `tagpages --review` scores
    `digest entities --review`'s."""
    for test in by_part:
        train = [p for part, pages in by_part.items() if part != test for p in pages]
        model = SoftmaxRegression().fit(
            np.array([p.x for p in train]),
            np.array([int(p.verdict != "right") for p in train]),
            2,
        )
        pages = by_part[test]
        wrong = model.probabilities(np.array([p.x for p in pages]))[:, 1]
        order = sorted(zip(wrong, (p.verdict for p in pages), strict=True), key=lambda w: -w[0])
        yield f"{test}: learned order: {tagpages.review_line([v for _, v in order])}"


def _judged(pages: Sequence[Page], probabilities: np.ndarray, threshold: float) -> Counter[str]:
    counts: Counter[str] = Counter()
    for page, row in zip(pages, probabilities, strict=True):
        counts["pages"] += 1
        counts["right"] += page.verdict == "right"
        best = int(row.argmax())
        kind = CLASSES[best] if row[best] >= threshold else page.kind
        if kind == "other":
            counts["dropped entities" if page.target != "other" else "dropped junk"] += 1
            continue
        counts["kept"] += 1
        # A duplicate or a merged page stays wrong whatever its type.
        if not page.verdict.startswith("duplicate") and page.verdict != "merged":
            counts["right after"] += kind == page.target
    return counts


def _line(part: str, c: Counter[str]) -> str:
    before = c["right"] / c["pages"] if c["pages"] else 0.0
    after = c["right after"] / c["kept"] if c["kept"] else 0.0
    return (
        f"{part}: rules {c['right']}/{c['pages']} ({before:.2%}), with the learned check "
        f"{c['right after']}/{c['kept']} ({after:.2%}); it drops {c['dropped entities']} "
        f"entities and {c['dropped junk']} pages of no entity"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("labels", type=Path)
    parser.add_argument("--data", type=Path, action="append", required=True)
    parser.add_argument("--cache", type=Path, help="keep analyses in this folder between runs")
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument(
        "--review",
        action="store_true",
        help="score a learned order of review instead (see `tagpages --review`)",
    )
    parser.add_argument(
        "--evidence",
        choices=sorted(_EVIDENCE),
        help="add evidence the pipeline does not read: the parser's or the beam search's",
    )
    args = parser.parse_args()
    labels = tagpages.read_labels(args.labels)
    rows = {row["id"]: row for path in args.data for row in tagpages._articles(path)}
    by_part = {
        part: labelled_pages(part, labels, rows, args.cache, args.evidence) for part in PARTS
    }
    lines = review_orders(by_part) if args.review else leave_one_part_out(by_part, args.threshold)
    for line in lines:
        print(line)


if __name__ == "__main__":
    main()
