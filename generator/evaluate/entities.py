"""Entity extraction quality and speed: the raw model against the full pipeline.

`python -m generator.evaluate entities PATH` reads JSON Lines of
`{"id", "text", "entities": [[start, end, label], ...]}` (labels PER, ORG, LOC, MISC) and
scores, side by side, the spaCy model's own output and what the build publishes (the same
extraction and link-stage resolution `digest build` runs, over the whole file as one corpus):

- document level: each document's set of distinct (name, type) pairs against the gold set,
  typed and untyped, names compared by `name_key` (case and punctuation ignored);
- mention level: exact character spans with their type, micro-averaged.

We tag people, organisations and places (PER, ORG, LOC); MISC (nationalities, events,
products) is nothing we tag. MISC gold entities are never expected, and a prediction that
matches one is counted two ways: "strict" counts it as a false positive, "lenient" ignores
it (we only claim PER/ORG/LOC). Both are printed.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from generator.analyse.mentions import doc_spans, extract_spans, load_model, mentions_from_spans
from generator.analyse.mentions.labels import KINDS, kind_of_label
from generator.collector import Collector
from generator.config import EntitiesSection
from generator.evaluate import SHARED_DATA, json_lines, missing_default_set
from generator.link import countries, gazetteer, name_lists
from generator.link.resolve import Resolution, resolve
from generator.link.rules import editor_rules
from generator.text import lexicon
from generator.text.names import name_key
from generator.text.plural import counted

GOLD_KINDS = {"PER": "person", "ORG": "organisation", "LOC": "place"}
# The set the figures in docs/entities.md are measured on, and the repository's own small
# set of original labelled articles (what to use without ../shared).
DEFAULT_SET = SHARED_DATA / "ner" / "conllpp_test.docs.jsonl"
FIXTURE = "tests/fixtures/entities.jsonl"
SHAPE = '{"id", "text", "entities": [[start, end, label], ...]}'


@dataclass(frozen=True)
class Document:
    id: str
    text: str
    gold: tuple[tuple[int, int, str], ...]  # (start, end, kind) with kind "misc" for MISC


@dataclass
class Score:
    tp: int = 0
    predicted: int = 0
    expected: int = 0

    def add(self, predicted: set, expected: set, ignored: set) -> None:
        predicted = predicted - ignored
        self.tp += len(predicted & expected)
        self.predicted += len(predicted)
        self.expected += len(expected)

    @property
    def prf(self) -> tuple[float, float, float]:
        p = self.tp / self.predicted if self.predicted else 0.0
        r = self.tp / self.expected if self.expected else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `python -m generator.evaluate entities`."""
    parser.add_argument(
        "path",
        type=Path,
        nargs="?",
        default=DEFAULT_SET,
        help="JSON Lines file of documents with gold entities (default: the CoNLL++ test set "
        "in ../shared/data)",
    )
    parser.add_argument("--model", default=EntitiesSection().model, help="spaCy pipeline")
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    parser.add_argument(
        "--exclude",
        metavar="REGEX",
        help="leave out documents whose first line matches REGEX (to study a subset)",
    )
    parser.add_argument(
        "--repeat", type=int, default=1, help="time N runs of each and keep the fastest"
    )
    parser.add_argument(
        "--errors", type=int, default=0, help="also list the N most frequent document-level errors"
    )


def run(args: argparse.Namespace) -> int:
    """Score the raw model and the pipeline on `args.path` and print a table."""
    if args.path == DEFAULT_SET and not DEFAULT_SET.is_file():
        print(missing_default_set(DEFAULT_SET, "entities", SHAPE, FIXTURE), file=sys.stderr)
        return 1
    try:
        docs = read_documents(args.path)
    except (OSError, ValueError) as exc:
        print(f"error: {args.path}: {exc}", file=sys.stderr)
        return 1
    total = len(docs)
    if args.exclude:
        pattern = re.compile(args.exclude)
        docs = [d for d in docs if not pattern.search(d.text.split("\n", 1)[0])]
    if args.limit:
        docs = docs[: args.limit]
    if not docs:
        print(f"error: {args.path}: no documents to evaluate", file=sys.stderr)
        return 1
    texts = [d.text for d in docs]
    words = sum(len(t.split()) for t in texts)

    started = time.perf_counter()
    nlp = load_model(args.model)
    model_load = time.perf_counter() - started
    started = time.perf_counter()
    gazetteer.load()
    lexicon.load()
    name_lists.load()
    countries.load()
    gazetteer_load = time.perf_counter() - started

    # Raw model and full pipeline are timed in the same run, alternately, after a warm-up;
    # the best of `--repeat` runs of each counts (the machine may be busy).
    list(nlp.pipe(texts[:20], batch_size=32))
    raw_seconds = pipeline_seconds = float("inf")
    for _ in range(max(args.repeat, 1)):
        started = time.perf_counter()
        raw = [
            [(e.start_char, e.end_char, e.label_) for e in doc.ents]
            for doc in nlp.pipe(texts, batch_size=32)
        ]
        raw_seconds = min(raw_seconds, time.perf_counter() - started)
        started = time.perf_counter()
        spans, resolution = pipeline(texts, args.model)
        pipeline_seconds = min(pipeline_seconds, time.perf_counter() - started)
    # What the pipeline adds to the model, timed on its own (less noisy than a difference).
    started = time.perf_counter()
    resolve_spans([doc_spans(t, ents) for t, ents in zip(texts, raw, strict=True)], texts)
    overhead = time.perf_counter() - started

    raw_pred = [
        {(s, e, kind_of_label(label)) for s, e, label in ents if kind_of_label(label) in KINDS}
        for ents in raw
    ]
    pipe_pred = [
        {(s, e, kind) for (s, e), kind in published(i, doc_spans_, resolution)}
        for i, doc_spans_ in enumerate(spans)
    ]
    left_out = f" ({total - len(docs)} left out by --exclude)" if args.exclude else ""
    print(f"{args.path.name}: {counted(len(docs), 'document')}{left_out}, {words} words")
    print(f"{'':10}{'':9}{'precision':>10}{'recall':>8}{'F1':>8}")
    for policy in ("lenient", "strict"):
        for name, pred in (("raw", raw_pred), ("pipeline", pipe_pred)):
            scores = score(docs, pred, policy)
            for level, s in scores.items():
                p, r, f = s.prf
                print(f"{name:10}{level:9}{p:10.3f}{r:8.3f}{f:8.3f}   ({policy} MISC)")
        print()
    print("document level by type (lenient MISC):")
    for name, pred in (("raw", raw_pred), ("pipeline", pipe_pred)):
        for kind in KINDS:
            p, r, f = score_kind(docs, pred, kind).prf
            print(f"{name:10}{kind:13}{p:6.3f}{r:8.3f}{f:8.3f}")
    raw_speed, pipe_speed = words / raw_seconds, words / pipeline_seconds
    print(
        f"\nspeed: raw model {raw_speed:,.0f} words/s, pipeline {pipe_speed:,.0f} words/s "
        f"({pipe_speed / raw_speed:.0%} of raw); beyond the model the pipeline spends "
        f"{overhead:.2f} s ({overhead / raw_seconds:.1%} of the model's {raw_seconds:.1f} s); "
        f"one-time loads: model {model_load:.1f} s, gazetteer, countries and word list "
        f"{gazetteer_load:.1f} s"
    )
    if args.errors:
        print_errors(docs, pipe_pred, args.errors)
    return 0


def read_documents(path: Path) -> list[Document]:
    """The documents of a JSON Lines file; raises ValueError naming the bad line."""
    docs = []
    for number, data in json_lines(path, ("id", "text", "entities")):
        try:
            gold = tuple(
                (int(s), int(e), GOLD_KINDS.get(label, "misc")) for s, e, label in data["entities"]
            )
        except (TypeError, ValueError) as exc:
            raise ValueError(f"line {number}: not a document ({exc})") from None
        docs.append(Document(str(data["id"]), str(data["text"]), gold))
    return docs


def pipeline(texts: list[str], model: str) -> tuple[list, Resolution]:
    """What the build does: canonical spans per text, then link-stage resolution."""
    spans = list(extract_spans(texts, model))
    return spans, resolve_spans(spans, texts)


def resolve_spans(spans: list, texts: list[str]) -> Resolution:
    """The analyse stage's mentions and the link stage's resolution, with default rules;
    the resolution with Python's cycle collector off, as a build's link stage runs
    (`generator.collector`: what it makes lives to the end of the run)."""
    rules, _ = editor_rules(EntitiesSection())
    mentions = [mentions_from_spans(s) for s in spans]
    # Nothing is frozen here, so there is nothing to unfreeze after.
    with Collector(keep_frozen=True):
        return resolve(mentions, rules, texts)


def published(index: int, spans, resolution: Resolution):
    """(span, kind) for each span of one document that ends up on a tag page."""
    for span in spans:
        found = resolution.lookup.get((index, name_key(span.name)))
        if found is not None and resolution.entities[found].kind in KINDS:
            yield (span.start, span.end), resolution.entities[found].kind
    for start, end, found in resolution.found[index]:
        yield (start, end), resolution.entities[found].kind


def score(docs: list[Document], predicted: list[set], policy: str) -> dict[str, Score]:
    """Document-level typed/untyped and mention-level scores under a MISC policy."""
    scores = {"doc": Score(), "doc-any": Score(), "mention": Score()}
    for doc, pred in zip(docs, predicted, strict=True):
        gold = {(s, e, k) for s, e, k in doc.gold if k != "misc"}
        misc_spans = {(s, e) for s, e, k in doc.gold if k == "misc"}
        gold_names = {(name_key(doc.text[s:e]), k) for s, e, k in gold}
        misc_names = {name_key(doc.text[s:e]) for s, e in misc_spans} - {n for n, _ in gold_names}
        pred_names = {(name_key(doc.text[s:e]), k) for s, e, k in pred}
        lenient = policy == "lenient"
        scores["doc"].add(
            pred_names, gold_names, {p for p in pred_names if lenient and p[0] in misc_names}
        )
        scores["doc-any"].add(
            {n for n, _ in pred_names},
            {n for n, _ in gold_names},
            misc_names if lenient else set(),
        )
        scores["mention"].add(
            pred, gold, {p for p in pred if lenient and (p[0], p[1]) in misc_spans}
        )
    return scores


def score_kind(docs: list[Document], predicted: list[set], kind: str) -> Score:
    """Document-level scores for one type only (MISC matches ignored)."""
    result = Score()
    for doc, pred in zip(docs, predicted, strict=True):
        gold = {name_key(doc.text[s:e]) for s, e, k in doc.gold if k == kind}
        misc = {name_key(doc.text[s:e]) for s, e, k in doc.gold if k == "misc"}
        names = {name_key(doc.text[s:e]) for s, e, k in pred if k == kind}
        result.add(names, gold, misc - gold)
    return result


def print_errors(docs: list[Document], predicted: list[set], limit: int) -> None:
    """The most frequent document-level false positives and misses (for development)."""
    wrong: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    for doc, pred in zip(docs, predicted, strict=True):
        gold = {(name_key(doc.text[s:e]), k) for s, e, k in doc.gold}
        names = {(name_key(doc.text[s:e]), k) for s, e, k in pred}
        gold_names = {n for n, _ in gold}
        for n, k in names - gold:
            wrong[f"{n} as {k}" + ("" if n in gold_names else " (not an entity)")] += 1
        for n, k in gold - names:
            if k != "misc":
                missed[f"{n} ({k})"] += 1
    print("\nfalse positives:", ", ".join(f"{n} ×{c}" for n, c in wrong.most_common(limit)))
    print("\nmissed:", ", ".join(f"{n} ×{c}" for n, c in missed.most_common(limit)))
