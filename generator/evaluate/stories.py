"""Story grouping quality: articles labelled with their story, grouped as the build groups.

`python -m generator.evaluate stories PATH` reads JSON Lines of
`{"id", "title", "text", "date", "source", "url", "story"}` (`date` and `text` may be
empty; a row without text is a headline-only item and its title stands for its text).
Every row goes through the clean stage, the analyse stage's entity extraction (spaCy) and
the link stage's resolution, as a build would (`generator.stories.from_corpus`), and is
grouped by `generator.stories` with the default `[stories]` settings or those given.

Printed: B-cubed precision, recall and F1 (per article: the share of its predicted story
that shares its gold story, and the reverse), pair-counting precision, recall and F1 (over
all pairs of articles, as Miranda et al. 2018 report), the number of predicted and gold
stories, and the pairs of gold stories that a predicted story merges, largest first.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.evaluate import json_lines
from generator.stories import StorySettings, group_stories

WHERE = (
    "point it at a JSON Lines file of labelled articles, for example the development data in "
    "../shared/data/grouping/ (ecbplus_subtopics.jsonl, uci_news_aggregator_head.jsonl; "
    "see PROVENANCE.md there)"
)


@dataclass(frozen=True)
class Scores:
    """B-cubed and pair-counting scores of a predicted grouping against the gold one."""

    bcubed: tuple[float, float, float]
    pairs: tuple[float, float, float]
    predicted: int
    gold: int
    merged: tuple[tuple[str, str, int], ...]  # gold story, gold story, smaller side


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `python -m generator.evaluate stories`."""
    parser.add_argument(
        "path", type=Path, nargs="?", help="JSON Lines file of articles with a story label"
    )
    parser.add_argument(
        "--label", default="story", help='field with the gold story (default "story")'
    )
    parser.add_argument(
        "--threshold", type=float, nargs="+", metavar="T", help="thresholds to score"
    )
    parser.add_argument("--window", type=float, default=StorySettings().window_days, help="days")
    parser.add_argument("--language", default="en", help="site language (default en)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--merged", type=int, default=10, help="merged gold pairs listed")


def run(args: argparse.Namespace) -> int:
    """Print the scores; 2 when the input cannot be used."""
    if args.path is None:
        print(f"error: no file given; {WHERE}", file=sys.stderr)
        return 2
    if not args.path.exists():
        print(f"error: {args.path} does not exist; {WHERE}", file=sys.stderr)
        return 2
    try:
        rows, gold = read_rows(args.path, args.label, args.limit)
    except (OSError, ValueError) as exc:
        print(f"error: {args.path}: {exc}", file=sys.stderr)
        return 2
    if not rows:
        print(f"error: {args.path}: no articles; {WHERE}", file=sys.stderr)
        return 2
    # The build's own stages: imported here, so that the command's help stays fast.
    from generator.stories.from_corpus import story_inputs

    started = time.perf_counter()
    inputs = story_inputs(rows, args.language)
    analysed = time.perf_counter() - started
    print(
        f"{args.path.name}: {len(rows)} articles, {len(set(gold))} gold stories, "
        f"{sum(1 for r in rows if r.date is not None)} dated (analysis {analysed:.0f} s)"
    )
    print("| threshold | B³ P | B³ R | B³ F1 | pair P | pair R | pair F1 | stories | grouping |")
    print("|---|---|---|---|---|---|---|---|---|")
    thresholds = args.threshold or [StorySettings().threshold]
    results = []
    for threshold in thresholds:
        settings = StorySettings(
            threshold=threshold, window_days=args.window, language=args.language
        )
        started = time.perf_counter()
        stories = group_stories(inputs, settings)
        elapsed = time.perf_counter() - started
        story_of = stories.story_of()
        predicted = [story_of[row.key] for row in rows]
        scores = score(predicted, gold)
        results.append(scores)
        (bp, br, bf), (pp, pr, pf) = scores.bcubed, scores.pairs
        print(
            f"| {threshold:g} | {bp:.3f} | {br:.3f} | {bf:.3f} | {pp:.3f} | {pr:.3f} | {pf:.3f} "
            f"| {scores.predicted} (gold {scores.gold}) | {elapsed:.1f} s |"
        )
        sys.stdout.flush()
    if args.merged:
        # A gold story is shown by its label and the headline of its first article.
        example = {}
        for row, label in zip(rows, gold, strict=True):
            example.setdefault(label, row.title[:60])
        print(
            f"\ngold stories merged at threshold {thresholds[0]:g} (articles on the smaller side):"
        )
        for a, b, n in results[0].merged[: args.merged]:
            print(f"  {n:4d}  {a} ({example[a]})  +  {b} ({example[b]})")
        if not results[0].merged:
            print("  none")
    return 0


def read_rows(path: Path, label: str, limit: int = 0):
    """The rows (as `from_corpus.Row`) and their gold stories; ValueError names a bad line."""
    from generator.stories.from_corpus import Row, read_date

    rows, gold = [], []
    for number, data in json_lines(path, ("id", "title", "text", label)):
        try:
            date = read_date(data["date"]).value if data.get("date") else None
        except ValueError as exc:
            raise ValueError(f"line {number}: {exc}") from None
        source = data.get("source") or None
        rows.append(Row(str(data["id"]), str(data["title"]), str(data["text"]), date, source))
        gold.append(str(data[label]))
        if limit and len(rows) == limit:
            break
    keys = Counter(row.key for row in rows)
    repeated = [key for key, n in keys.items() if n > 1]
    if repeated:
        raise ValueError(f"the id {repeated[0]!r} is used more than once")
    return rows, gold


def score(predicted: Sequence[str], gold: Sequence[str]) -> Scores:
    """B-cubed and pair-counting scores; `predicted[i]` and `gold[i]` label article i."""
    n = len(gold)
    joint = Counter(zip(gold, predicted, strict=True))
    gold_size, predicted_size = Counter(gold), Counter(predicted)
    precision = sum(c * c / predicted_size[p] for (_, p), c in joint.items()) / n
    recall = sum(c * c / gold_size[g] for (g, _), c in joint.items()) / n

    def pairs(counts) -> int:
        return sum(c * (c - 1) // 2 for c in counts)

    together = pairs(joint.values())
    pair_p = together / pairs(predicted_size.values()) if pairs(predicted_size.values()) else 1.0
    pair_r = together / pairs(gold_size.values()) if pairs(gold_size.values()) else 1.0
    # For each pair of gold stories found together, the articles on the smaller side summed
    # over the predicted stories holding both: one stray article counts 1, not its story.
    merged: Counter[tuple[str, str]] = Counter()
    by_story: dict[str, list[tuple[str, int]]] = {}
    for (g, p), c in joint.items():
        by_story.setdefault(p, []).append((g, c))
    for parts in by_story.values():
        parts.sort()
        for i, (a, ca) in enumerate(parts):
            for b, cb in parts[i + 1 :]:
                merged[(a, b)] += min(ca, cb)
    return Scores(
        (precision, recall, _f1(precision, recall)),
        (pair_p, pair_r, _f1(pair_p, pair_r)),
        len(predicted_size),
        len(gold_size),
        tuple((a, b, c) for (a, b), c in sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))),
    )


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0
