"""Story grouping time on synthetic corpora: cold, and after one article changes.

    python /work/shared/bench/make_corpus.py 10000 /tmp/corpus_10000 --style yaml
    python bench/stories_scaling.py /tmp/corpus_1000 /tmp/corpus_10000 /tmp/corpus_100000

Reads each corpus's Markdown files straight (title, date and slug from the front matter,
its `tags` as entities, the body as text; no NLP), groups them cold, then times regrouping
after one article is edited, added and deleted (`StoryGrouper.group` with the full list,
as a build would call it). Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
import time
from datetime import datetime
from pathlib import Path

from generator.stories import StoryGrouper, StoryInput, StorySettings


def read_corpus(folder: Path) -> list[StoryInput]:
    """Story inputs from a make_corpus.py folder of YAML-front-matter Markdown files."""
    inputs = []
    for path in sorted(folder.rglob("*.md")):
        _, head, body = path.read_text(encoding="utf-8").split("---\n", 2)
        meta = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
        tags = [t.strip() for t in meta.get("tags", "[]").strip("[]").split(",") if t.strip()]
        inputs.append(
            StoryInput(
                key=meta["slug"],
                title=meta["title"],
                text="\n".join(p for p in body.split("\n\n") if p and not p.startswith("#")),
                date=datetime.fromisoformat(meta["date"]),
                entities=tuple(sorted((t.casefold(), "topic", 1) for t in tags)),
            )
        )
    return inputs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--repeat", type=int, default=5, help="one-article changes timed")
    args = parser.parse_args(argv)
    print("| articles | cold grouping | per article | stories | edit one | add one | delete one |")
    print("|---|---|---|---|---|---|---|")
    for folder in args.folders:
        inputs = read_corpus(folder)
        grouper = StoryGrouper(StorySettings())
        started = time.perf_counter()
        stories = grouper.group(inputs)
        cold = time.perf_counter() - started
        rng = random.Random(0)
        timings: dict[str, list[float]] = {"edit": [], "add": [], "delete": []}
        current = list(inputs)
        for n in range(args.repeat):
            i = rng.randrange(len(current))
            edited = dataclasses.replace(current[i], text=current[i].text + " An update.")
            extra = dataclasses.replace(current[rng.randrange(len(current))], key=f"extra-{n}")
            changed = [*current[:i], edited, *current[i + 1 :]]
            for kind, articles in (
                ("edit", changed),
                ("add", [*changed, extra]),
                ("delete", changed),
            ):
                started = time.perf_counter()
                grouper.group(articles)
                timings[kind].append(time.perf_counter() - started)
            current = changed
        median = {k: sorted(v)[len(v) // 2] for k, v in timings.items()}
        print(
            f"| {len(inputs):,} | {cold:.2f} s | {1000 * cold / len(inputs):.2f} ms "
            f"| {len(stories.stories):,} | {1000 * median['edit']:.1f} ms "
            f"| {1000 * median['add']:.1f} ms | {1000 * median['delete']:.1f} ms |"
        )
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
