"""Is a change to the summariser a real gain? Per-article ROUGE, compared with a paired
bootstrap, by subset of the file.

    python bench/summary_gain.py score FILE --out SCORES.jsonl [--algorithms lead news]
    python bench/summary_gain.py compare BEFORE.jsonl AFTER.jsonl [--samples 20000]

`score` summarises every article of a JSON Lines file of `{"id", "article", "summary"}`
exactly as `python -m generator.evaluate summaries` does (the build's own reader, clean
stage and summariser) and writes one line per article and algorithm: its id, its
`text_format` when the file has one (`raw`, `lower_ptb` in cnndm_val_dev.jsonl), and its
R1, R2 and RLsum F1. Run it with the code before a change (`PYTHONPATH=<old checkout>`)
and after, into two files.

`compare` pairs the two files' `news` scores article by article (and each with Lead-3 of
the same run) and prints, per subset, the mean difference and the share of bootstrap
resamples in which it is above zero: a gain that is not noise stays above zero in
(nearly) every resample.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

from generator.analyse import AnalysisSettings, article_summary
from generator.analyse.summaries import Length
from generator.evaluate.summaries import METRICS, prepare, read_rows, sentence_lines

LANGUAGE = "english"


def score(path: Path, out: Path, algorithms: list[str]) -> None:
    """Write per-article scores of `algorithms` on `path` to `out`."""
    from rouge_score import rouge_scorer

    rows = read_rows(path)
    articles, references = prepare(rows, "en")
    by_index = {f"{i:06d}-{row['id']}.txt": row for i, row in enumerate(rows)}
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    with out.open("w", encoding="utf-8") as fh:
        for algorithm in algorithms:
            settings = AnalysisSettings("en", algorithm, Length(3, 0), model="")
            for article, reference in zip(articles, references, strict=True):
                row = by_index[article.path]
                summary = "\n".join(article_summary(article, settings))
                scores = scorer.score(sentence_lines(reference, LANGUAGE), summary)
                record = {
                    "id": row["id"],
                    "format": row.get("text_format", "all"),
                    "algorithm": algorithm,
                    **{m: 100 * scores[m].fmeasure for m in METRICS},
                }
                fh.write(json.dumps(record) + "\n")
            print(f"{algorithm}: {len(articles)} articles", file=sys.stderr)


def _load(path: Path) -> dict[tuple[str, str], dict]:
    found = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            found[(record["algorithm"], record["id"])] = record
    return found


def _bootstrap(diffs: list[float], samples: int, rng: random.Random) -> float:
    """The share of resamples (with replacement) whose mean difference is above zero."""
    n = len(diffs)
    above = 0
    for _ in range(samples):
        total = sum(diffs[rng.randrange(n)] for _ in range(n))
        above += total > 0
    return above / samples


def compare(before: Path, after: Path, samples: int) -> None:
    """Print mean scores and paired differences, per subset."""
    old, new = _load(before), _load(after)
    rng = random.Random(2016)
    subsets: dict[str, list[str]] = defaultdict(list)
    for (algorithm, key), record in new.items():
        if algorithm == "news" and ("news", key) in old:
            subsets[record["format"]].append(key)
            if record["format"] != "all":
                subsets["all"].append(key)
    print(
        "| subset | n | metric | Lead-3 | news before | news after | after − before (P>0) "
        "| after − Lead-3 (P>0) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for subset, keys in sorted(subsets.items()):
        for metric in ("rouge1", "rouge2"):
            lead = [new[("lead", k)][metric] for k in keys]
            was = [old[("news", k)][metric] for k in keys]
            now = [new[("news", k)][metric] for k in keys]
            gain = [b - a for a, b in zip(was, now, strict=True)]
            margin = [b - a for a, b in zip(lead, now, strict=True)]
            n = len(keys)
            # Resampling costs n steps per sample: fewer samples on the large subsets.
            count = max(200, min(samples, samples * 1000 // n))
            print(
                f"| {subset} | {n} | {metric} | {sum(lead) / n:.2f} | {sum(was) / n:.2f} "
                f"| {sum(now) / n:.2f} | {sum(gain) / n:+.3f} "
                f"({_bootstrap(gain, count, rng):.3f}) "
                f"| {sum(margin) / n:+.3f} ({_bootstrap(margin, count, rng):.3f}) |"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    scoring = commands.add_parser("score")
    scoring.add_argument("path", type=Path)
    scoring.add_argument("--out", type=Path, required=True)
    scoring.add_argument("--algorithms", nargs="+", default=["lead", "news"])
    comparing = commands.add_parser("compare")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    comparing.add_argument("--samples", type=int, default=2000)
    args = parser.parse_args()
    if args.command == "score":
        score(args.path, args.out, args.algorithms)
    else:
        compare(args.before, args.after, args.samples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
