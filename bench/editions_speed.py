"""What editions cost a build: `digest build` with nothing changed and after a one-article
edit, editions off against on, and a check that every day and week has its edition.

    python bench/editions_speed.py DIR [--runs 5]

DIR is a site folder whose `content/` was made with
`python ../shared/bench/make_corpus.py 10000 DIR --style yaml --subdir content` and built
once (`digest build` in DIR: the first build runs the NLP and fills `.digest-cache/`).

The script writes two configurations beside it, `editions-off.toml` and `editions-on.toml`
(a full base_url, so the e-mails are built too), each with its own output folder and cache
folder (a copy of DIR/.digest-cache/analysis.sqlite, so no article is analysed again). It
builds each once (every page), then alternates the two: `--runs` no-change builds each,
then `--runs` one-edit builds each (one article's title changed, then changed back: the
analysis stays cached). Alternating keeps a shared machine's load alike for both. Each build
is a new `digest build` process, timed from outside (wall clock, start-up included).
Prints every time and the medians.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

DIGEST = Path(sys.executable).with_name("digest")
CONFIG = """\
[paths]
output = "site-{mode}"
cache = ".cache-{mode}"
[site]
base_url = "https://digest.example.org/"
[editions]
enabled = {enabled}
"""
MODES = ("off", "on")
TITLE = re.compile(r"^title: (.*)$", re.MULTILINE)
DATE = re.compile(r"^date: (\S+)$", re.MULTILINE)


def timed_build(root: Path, mode: str) -> tuple[float, str]:
    """Seconds one `digest build` took, and its report."""
    started = time.perf_counter()
    result = subprocess.run(
        [str(DIGEST), "build", "--timings", "--config", f"editions-{mode}.toml"],
        cwd=root,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(result.stderr)
    return seconds, " | ".join(result.stdout.strip().splitlines())


def prepare(root: Path) -> None:
    """The two configurations and their cache folders."""
    for mode in MODES:
        enabled = "true" if mode == "on" else "false"
        (root / f"editions-{mode}.toml").write_text(CONFIG.format(mode=mode, enabled=enabled))
        cache = root / f".cache-{mode}"
        if not (cache / "analysis.sqlite").is_file():
            cache.mkdir(exist_ok=True)
            shutil.copy(root / ".digest-cache/analysis.sqlite", cache / "analysis.sqlite")


def check_every_edition(root: Path) -> None:
    """Every UTC day and ISO week that has an article has its edition and e-mail."""
    days, weeks = set(), set()
    for path in (root / "content").glob("*.md"):
        found = DATE.search(path.read_text(encoding="utf-8"))
        moment = datetime.fromisoformat(found.group(1)).astimezone(UTC)
        days.add(moment.date().isoformat())
        year, week, _ = moment.isocalendar()
        weeks.add(f"{year}-W{week:02d}")
    editions = root / "site-on/editions"
    built = {p.name for p in editions.iterdir() if (p / "email.html").is_file()}
    missing = sorted((days | weeks) - built)
    extra = sorted(built - (days | weeks))
    print(
        f"editions: {len(days)} days and {len(weeks)} weeks have articles; "
        f"{len(built)} editions with e-mails built; missing: {missing or 'none'}; "
        f"extra: {extra or 'none'}"
    )
    for year in sorted({day[:4] for day in days}):
        print(f"  {year}: {sum(day.startswith(year) for day in days)} daily editions")


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    root = args.root
    prepare(root)
    times: dict[tuple[str, str], list[float]] = {}
    for mode in MODES:
        seconds, report = timed_build(root, mode)
        times[("every page", mode)] = [seconds]
        print(f"{mode}: every page {seconds:.1f} s: {report}", flush=True)
    for _ in range(args.runs):
        for mode in MODES:
            seconds, report = timed_build(root, mode)
            times.setdefault(("no change", mode), []).append(seconds)
            print(f"{mode}: no change {seconds:.2f} s: {report}", flush=True)
    article = sorted((root / "content").glob("*.md"))[0]
    text = article.read_text(encoding="utf-8")
    title = TITLE.search(text).group(1)
    edited = TITLE.sub(lambda _: f"title: {title} (updated)", text, count=1)
    for _ in range(args.runs):
        for version in (edited, text):
            article.write_text(version, encoding="utf-8")
            for mode in MODES:
                seconds, report = timed_build(root, mode)
                times.setdefault(("one edit", mode), []).append(seconds)
                print(f"{mode}: one edit {seconds:.2f} s: {report}", flush=True)
    check_every_edition(root)
    for name in ("every page", "no change", "one edit"):
        off = statistics.median(times[(name, "off")])
        on = statistics.median(times[(name, "on")])
        print(f"{name} (median): off {off:.2f} s, on {on:.2f} s, {100 * (on - off) / off:+.1f} %")


if __name__ == "__main__":
    main()
