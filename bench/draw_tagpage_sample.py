"""Draw a new part of the tag-page sample (`bench/entity_labels.jsonl`) from WikiRef220.

    python bench/draw_tagpage_sample.py ../shared/data/grouping/wikiref220.jsonl \
        bench/entity_labels.jsonl --part dev2 --size 40 --seed 20151

prints `{"article": ID, "part": PART}` lines for SIZE articles not in any part yet, drawn
with `random.Random(SEED).sample` from the data set's ids in file order (noise articles
included, as in the first two parts), sorted. The fifth round of issue 15 drew dev2 so.

The data set may also be one of the summary sets (`{"id", "article"}` rows), as the
twenty-fourth round drew dev5 from BBC and CNN articles:

    python bench/draw_tagpage_sample.py ../shared/data/summarization/xsum_test_frank.jsonl \
        bench/entity_labels.jsonl --part dev5 --size 30 --seed 20245
    python bench/draw_tagpage_sample.py ../shared/data/summarization/cnndm_val_dev.jsonl \
        bench/entity_labels.jsonl --part dev5 --size 10 --seed 20245

Rows lower-cased by tokenisation (`"text_format": "lower_ptb"`) are left out: a name
there has no capital to be found by.

`--match FIELD=REGEX` keeps the rows whose FIELD matches REGEX (`re.fullmatch`): dev8 draws
its 40 ECB+ articles from the even-numbered topics only, so that a hand audit of the odd
ones (`bench/unseen_audit.py`) reads events no rule was written on:

    python bench/draw_tagpage_sample.py ../shared/data/grouping/ecbplus_subtopics.jsonl \
        bench/entity_labels.jsonl --part dev8 --size 40 --seed 20261210 \
        --match 'topic=ecbplus_[0-9]*[02468]'

Articles longer than --max-chars (20,000) are left out: the first parts' longest has 19,060
characters, and the three longer ones of WikiRef220 are lists of hundreds of names (a
51,678-character page of every Premier League player's birthplace made 1,200 tag pages
alone), more than a part can label by hand.
"""

from __future__ import annotations

import argparse
import json
import random

from generator.evaluate.tagpages import rows_matching


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data")
    parser.add_argument("labels")
    parser.add_argument("--part", required=True)
    parser.add_argument("--size", type=int, default=40)
    parser.add_argument("--seed", type=int, default=20151)
    parser.add_argument("--max-chars", type=int, default=20_000)
    parser.add_argument("--match", help="FIELD=REGEX: only rows whose FIELD matches")
    args = parser.parse_args()
    keep = rows_matching(args.match)
    with open(args.labels, encoding="utf-8") as fh:
        taken = {row["article"] for row in map(json.loads, fh) if "article" in row}
    with open(args.data, encoding="utf-8") as fh:
        rows = list(map(json.loads, fh))
    ids = [
        r["id"]
        for r in rows
        if r["id"] not in taken
        and len(r.get("text", r.get("article", ""))) <= args.max_chars
        and r.get("text_format") != "lower_ptb"
        and keep(r)
    ]
    for article in sorted(random.Random(args.seed).sample(ids, args.size)):
        print(json.dumps({"article": article, "part": args.part}))


if __name__ == "__main__":
    main()
