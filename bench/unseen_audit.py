"""Draw and score a hand audit of tag pages built from articles no rule was written on.

    python bench/unseen_audit.py ../shared/data/summarization/cnndm_test_summeval.jsonl \
        ../shared/data/summarization/newsroom_test_bartscore60.jsonl --sample 120 --seed 20261206

builds the tag pages of the given article sets together, as `digest build` does, and prints
`{"name", "kind", "aliases", "articles"}` lines for a sample of SAMPLE of them, drawn with
`random.Random(SEED).shuffle` over the pages in the build's order. Someone then reads each
page against its articles and gives it a verdict (right, duplicate, mistyped, not an entity,
merged, or unsure), as `bench/unseen_audit.jsonl` holds for the sample of 6 December 2026
(commit dda0caf; the 100 SummEval and 60 Newsroom articles, the rounds' "unseen set").
`bench/unseen_audit_2.jsonl` is a second audit, made the same evening by another reader
(commit 0cd4132): the first 120 pages of `--sample 400 --seed 20261207` whose names the
first audit does not hold. `bench/unseen_audit_3.jsonl` is a third, by a third reader
(commit 17a93c0, after the late-evening rounds): the first 120 pages of `--sample 600
--seed 20261209` whose names neither earlier audit holds.

`--match FIELD=REGEX` builds only the rows whose FIELD matches (`re.fullmatch`):
`bench/unseen_audit_ecbplus.jsonl` (a fourth reader, commit 62e7894, the night of 6
December) audits 150 pages of the odd-numbered ECB+ topics, real news of several outlets per
event that dev8 (the even topics) leaves out:

    python bench/unseen_audit.py ../shared/data/grouping/ecbplus_subtopics.jsonl \
        --match 'topic=ecbplus_[0-9]*[13579]' --sample 150 --seed 20261211

    python bench/unseen_audit.py --score bench/unseen_audit.jsonl [bench/unseen_audit_2.jsonl]

prints the audit's counts (of the audits together, when several are given) and the share
of right pages with its 95 % Wilson interval (unsure pages left out). The audit is an
estimate on news the rules never saw, like the held-back part of `bench/entity_labels.jsonl`:
read its counts, not its pages, when writing rules, or it stops being one.

With the article sets (and `--match`) as well as `--score`, it builds them as they are built
now and prints how many of the audits' wrong pages (those whose name and type a page of
today's build still has) fall in the first tenth, fifth and third of `digest entities
--review`'s order of that build: an audit is a random sample of the build's pages, so an
order no better than chance puts a tenth, a fifth and a third of them there.

    python bench/unseen_audit.py ../shared/data/summarization/cnndm_test_summeval.jsonl \
        ../shared/data/summarization/newsroom_test_bartscore60.jsonl \
        --score bench/unseen_audit.jsonl bench/unseen_audit_2.jsonl bench/unseen_audit_3.jsonl
"""

from __future__ import annotations

import argparse
import json
import math
import random
import tempfile
from collections import Counter
from pathlib import Path

from generator.evaluate.tagpages import _articles, build_site, rows_matching
from generator.link.report import Reviewed, review_order


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="*", help="JSON Lines article sets to build together")
    parser.add_argument("--sample", type=int, default=120)
    parser.add_argument("--seed", type=int, default=20261206)
    parser.add_argument("--cache", type=Path, help="an analysis cache folder to reuse")
    parser.add_argument("--match", help="FIELD=REGEX: build only the rows whose FIELD matches")
    parser.add_argument(
        "--score", type=Path, nargs="+", help="audits' verdicts to count (together) instead"
    )
    args = parser.parse_args()
    if args.score and not args.data:
        score(args.score)
        return
    if not args.data:
        parser.error("give the article sets to build, or --score AUDIT")
    keep = rows_matching(args.match)
    rows = [row for path in args.data for row in _articles(Path(path)) if keep(row)]
    with tempfile.TemporaryDirectory() as folder:
        site, linker = build_site(rows, Path(folder), args.cache)
    if args.score:
        print(review_line(args.score, review_order(site, linker.resolution)))
        return
    pages = list(site.entities)
    random.Random(args.seed).shuffle(pages)
    for page in pages[: args.sample]:
        print(
            json.dumps(
                {
                    "name": page.name,
                    "kind": page.kind,
                    "aliases": sorted(page.aliases),
                    "articles": len(page.entries),
                },
                ensure_ascii=False,
            )
        )


def score(paths: list[Path]) -> None:
    """Print the audits' verdict counts and their share of right pages (unsure left out)."""
    verdicts = Counter(
        json.loads(line)["verdict"] for path in paths for line in path.open(encoding="utf-8")
    )
    for verdict, count in verdicts.most_common():
        print(f"{verdict:14} {count}")
    decided = sum(verdicts.values()) - verdicts["unsure"]
    right = verdicts["right"]
    low, high = _wilson(right, decided)
    print(f"right: {right}/{decided} = {right / decided:.1%} (95 % interval {low:.1%}–{high:.1%})")


def review_line(paths: list[Path], order: list[Reviewed]) -> str:
    """Where the audits' wrong pages fall in an order of review of the pages built now."""
    place = {(r.page.name, r.page.kind): n / len(order) for n, r in enumerate(order)}
    wrong = [
        place[verdict["name"], verdict["kind"]]
        for path in paths
        for verdict in map(json.loads, path.open(encoding="utf-8"))
        if verdict["verdict"] not in ("right", "unsure")
        and (verdict["name"], verdict["kind"]) in place
    ]
    found = " / ".join(str(sum(p < share for p in wrong)) for share in (0.1, 0.2, 0.3))
    return (
        f"{len(order)} pages; of the audits' {len(wrong)} wrong pages that today's build "
        f"still has, {found} are in the first 10 / 20 / 30 % of the order of review"
    )


def _wilson(successes: int, total: int, z: float = 1.96) -> tuple[float, float]:
    # The Wilson score interval: sound for small samples and shares near 0 or 1.
    share = successes / total
    centre = share + z * z / (2 * total)
    spread = z * math.sqrt(share * (1 - share) / total + z * z / (4 * total * total))
    return (centre - spread) / (1 + z * z / total), (centre + spread) / (1 + z * z / total)


if __name__ == "__main__":
    main()
