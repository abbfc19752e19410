"""Smoke run over 220 real web articles: every one builds, nothing crashes.

Reads `../shared/data/grouping/wikiref220.jsonl` where it lies (the articles are copyrighted
and never copied into the repository), runs the JSON Lines reader and every later stage of a
build (clean, analyse, link, render, write) into a temporary folder, and prints how many
articles were built and how many boilerplate lines the cleaning removed.

    .venv/bin/python bench/smoke_wikiref.py [--show N] [--output DIR]

Exit status 1 when an article is lost or a page is missing.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from generator.analyse import AnalysisSettings, analyse_articles
from generator.clean import prepare_articles
from generator.clean.boilerplate import clean_blocks, corpus_boilerplate
from generator.config import Config
from generator.link import link_site
from generator.load import read_content
from generator.problems import Problems
from generator.render import render_site
from generator.write import write_site

DATA = Path(__file__).resolve().parent.parent.parent / "shared/data/grouping/wikiref220.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the WikiRef220 JSON Lines file")
    parser.add_argument("--show", type=int, default=15, help="print the N most removed lines")
    parser.add_argument("--output", type=Path, help="keep the built site here")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(
            f"error: {args.data} is not here: WikiRef220 is not in the repository (the "
            "project keeps it in ../shared/data/grouping beside the checkout); "
            "point --data at a copy of wikiref220.jsonl",
            file=sys.stderr,
        )
        return 2

    started = time.perf_counter()
    problems = Problems()
    data = args.data.read_bytes()
    lines = sum(1 for line in data.split(b"\n") if line.strip())
    raw = read_content(args.data.name, data, args.data.stat().st_mtime, problems)
    articles = prepare_articles(raw, "en", problems)

    # The same cleaning the build ran, again, to see which lines it dropped.
    boilerplate = corpus_boilerplate([b.text for b in r.blocks] for r in raw)
    removed: Counter[str] = Counter()
    touched = 0
    for item in raw:
        kept = set(clean_blocks(item.blocks, boilerplate).blocks)
        dropped = [b.text for b in item.blocks if b.text.strip() and b not in kept]
        removed.update(" ".join(t.split()) for t in dropped)
        touched += bool(dropped)

    config = Config(root=Path(tempfile.mkdtemp(prefix="wikiref-")))
    output = args.output or config.root / "site"
    analyses = analyse_articles(articles, AnalysisSettings.from_config(config))
    site = link_site(articles, analyses, config, problems.items)
    files = render_site(site, config)
    write_site(files, output)
    seconds = time.perf_counter() - started

    missing = [
        e.slug for e in site.entries if not (output / f"articles/{e.slug}/index.html").is_file()
    ]
    kinds = Counter(p.message.split(";")[0].split(":")[0] for p in problems.items)
    print(f"input: {args.data} ({lines} lines)")
    print(f"articles read: {len(raw)}, built: {len(site.entries)}, pages missing: {len(missing)}")
    print(f"pages written: {sum(1 for f in files if f.endswith('.html'))} to {output}")
    print(
        f"boilerplate lines removed by cleaning: {sum(removed.values())} "
        f"({len(removed)} distinct) in {touched} of {len(raw)} articles"
    )
    print(f"corpus-repeated boilerplate lines: {len(boilerplate)}")
    print("warnings: " + (", ".join(f"{n} × {k}" for k, n in kinds.most_common()) or "none"))
    for line, count in removed.most_common(args.show):
        print(f"  {count:4d} × {line[:90]}")
    print(f"time: {seconds:.1f} s (shared machine: indicative only)")
    return 0 if len(site.entries) == lines and not missing else 1


if __name__ == "__main__":
    sys.exit(main())
