"""What editions cost a build: no-change and one-edit `digest build` times with editions off
and on, and a check that every day and week with articles has its edition.

    python bench/editions_speed.py DIR [--runs 5]

DIR is a site folder whose `content/` was made with
`python ../shared/bench/make_corpus.py 10000 DIR --style yaml --subdir content` and built
once (the first build runs the NLP; this script then reads every analysis from the cache).
The script writes DIR/digest.toml (a full base_url, so the e-mails are built too), then for
editions off and on: one build that renders every page (a configuration change starts the
pages over), `--runs` no-change builds, and `--runs` pairs of one-edit builds (one article's
title changed and changed back: the analysis stays cached). Each build is a new `digest
build` process, timed from outside (wall clock, start-up included). Prints medians.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

DIGEST = Path(sys.executable).with_name("digest")
CONFIG = '[site]\nbase_url = "https://digest.example.org/"\n[editions]\nenabled = {enabled}\n'
TITLE = re.compile(r"^title: (.*)$", re.MULTILINE)
DATE = re.compile(r"^date: (\S+)$", re.MULTILINE)


def timed_build(root: Path) -> tuple[float, str]:
    """Seconds one `digest build` took, and its output."""
    started = time.perf_counter()
    result = subprocess.run(
        [str(DIGEST), "build", "--timings"], cwd=root, capture_output=True, text=True
    )
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(result.stderr)
    return seconds, result.stdout.strip()


def measure(root: Path, enabled: bool, runs: int) -> dict[str, float]:
    """The builds of one mode, timed."""
    (root / "digest.toml").write_text(CONFIG.format(enabled="true" if enabled else "false"))
    everything, report = timed_build(root)
    print(f"  every page: {everything:.1f} s ({report.splitlines()[-1]})")
    same = [timed_build(root)[0] for _ in range(runs)]
    print(f"  no change: {', '.join(f'{s:.2f}' for s in same)} s")
    article = sorted((root / "content").glob("*.md"))[0]
    text = article.read_text(encoding="utf-8")
    title = TITLE.search(text).group(1)
    edited = TITLE.sub(lambda _: f"title: {title} (updated)", text, count=1)
    edits = []
    for _ in range(runs):
        for version in (edited, text):
            article.write_text(version, encoding="utf-8")
            seconds, report = timed_build(root)
            edits.append(seconds)
    print(f"  one edit: {', '.join(f'{s:.2f}' for s in edits)} s; last: {report.splitlines()[-1]}")
    return {
        "every page": everything,
        "no change": statistics.median(same),
        "one edit": statistics.median(edits),
    }


def check_every_edition(root: Path) -> None:
    """Every UTC day and ISO week that has an article has its edition (page and e-mail)."""
    days, weeks = set(), set()
    for path in (root / "content").glob("*.md"):
        found = DATE.search(path.read_text(encoding="utf-8"))
        moment = datetime.fromisoformat(found.group(1)).astimezone(UTC)
        days.add(moment.date().isoformat())
        year, week, _ = moment.isocalendar()
        weeks.add(f"{year}-W{week:02d}")
    editions = root / "site/editions"
    built = {p.name for p in editions.iterdir() if (p / "email.html").is_file()}
    missing = (days | weeks) - built
    print(
        f"editions: {len(days)} days and {len(weeks)} weeks with articles, "
        f"{len(built)} editions with e-mails built, missing: {sorted(missing) or 'none'}"
    )
    years = {day[:4] for day in days}
    for year in sorted(years):
        in_year = [day for day in days if day.startswith(year)]
        print(f"  {year}: {len(in_year)} daily editions")


def main() -> None:
    """Measure, print, restore editions on."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    results = {}
    for enabled in (False, True):
        print(f"editions {'on' if enabled else 'off'}:")
        results[enabled] = measure(args.root, enabled, args.runs)
    check_every_edition(args.root)
    for name in ("every page", "no change", "one edit"):
        off, on = results[False][name], results[True][name]
        print(f"{name}: off {off:.2f} s, on {on:.2f} s, {100 * (on - off) / off:+.1f} %")


if __name__ == "__main__":
    main()
