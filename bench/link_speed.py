"""How long the link stage takes on a corpus, cold and after editing one article.

    .venv/bin/python bench/link_speed.py CONTENT [--edits 5] [--config digest.toml]

Loads CONTENT the way `digest build --content CONTENT` does, with the analyses from the
analysis cache (build the site once first, from the same folder, so that no NLP runs here),
then times the link stage: a new `Linker`'s first call (nothing memoised), then after each
of --edits edits to one article, alternating between a sentence with no new name and one that
introduces a name the model tagged and another article already contains. Each incremental
result is compared with a cold computation of the same corpus; a difference exits with 1.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import time
from pathlib import Path

from generator.analyse import AnalysisSettings
from generator.analyse.cache import analyse_with_cache, open_cache
from generator.articles import Analysis, Article, Block, Mention
from generator.clean import prepare_articles
from generator.config import load_config
from generator.link import Linker
from generator.load import load_articles
from generator.problems import Problems


def edited(article: Article, analysis: Analysis, i: int, name: str) -> tuple[Article, Analysis]:
    """The article with one sentence added; odd edits add a mention of `name` too."""
    if i % 2 == 0:
        sentence = f"Edit number {i} of this article was saved for the benchmark."
        return dataclasses.replace(article, blocks=(*article.blocks, Block(sentence))), analysis
    sentence = f"Edit number {i} quotes {name} for the benchmark."
    mention = Mention(name, "organisation", forms=((name, 1),), labels=(("ORG", 1),))
    return (
        dataclasses.replace(article, blocks=(*article.blocks, Block(sentence))),
        dataclasses.replace(analysis, mentions=(*analysis.mentions, mention)),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("content", type=Path)
    parser.add_argument("--config", type=Path)
    parser.add_argument("--edits", type=int, default=6)
    args = parser.parse_args()

    config = load_config(args.config).with_overrides(content=str(args.content))
    problems = Problems()
    started = time.perf_counter()
    raw = load_articles(config.content_dir, problems, max_file_size=config.build.max_file_size)
    articles = prepare_articles(raw, config.site.language, problems)
    settings = AnalysisSettings.from_config(config)
    cache = open_cache(config.cache_dir, settings)
    try:
        analyses = analyse_with_cache(articles, settings, cache)
    finally:
        cache.close()
    print(f"{len(articles)} articles loaded and analysed in {time.perf_counter() - started:.1f} s")

    linker = Linker()
    started = time.perf_counter()
    site = linker.link(articles, analyses, config)
    print(f"link, cold:            {time.perf_counter() - started:.3f} s")
    started = time.perf_counter()
    linker.link(articles, analyses, config)
    print(f"link, nothing changed: {time.perf_counter() - started:.3f} s")

    target = len(articles) // 2
    # Capitalised words of other articles that no entity uses yet: new names there.
    known = {e.name for e in site.entities}
    names = list(
        dict.fromkeys(
            w
            for a in articles[:target]
            for w in a.text.split()
            if w.isalpha() and w.istitle() and len(w) > 3 and w not in known
        )
    )
    times: dict[str, list[float]] = {"sentence": [], "new name": []}
    failed = False
    for i in range(args.edits):
        name = names[i // 2 % len(names)]
        article, analysis = edited(articles[target], analyses[target], i, name)
        articles[target], analyses[target] = article, analysis
        started = time.perf_counter()
        warm = linker.link(articles, analyses, config)
        kind = "sentence" if i % 2 == 0 else "new name"
        times[kind].append(time.perf_counter() - started)
        started = time.perf_counter()
        cold = Linker().link(articles, analyses, config)
        cold_time = time.perf_counter() - started
        same = "same as cold" if warm == cold else "DIFFERENT from cold"
        failed |= warm != cold
        what = kind if i % 2 == 0 else f"{kind} {name!r}"
        print(f"edit {i} ({what}): link {times[kind][-1]:.3f} s (cold {cold_time:.3f} s), {same}")
    for kind, values in times.items():
        if values:
            print(
                f"link after an edit ({kind}): median {statistics.median(values):.3f} s,"
                f" max {max(values):.3f} s, {len(values)} edits"
            )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
