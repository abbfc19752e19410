"""The search index in shards, measured: Pagefind's peak memory and time per shard against
one bundle, and what a one-article edit costs the search stage.

    python bench/search_shards.py SITE [--shard-pages 10000 5000 2500 1250 625]
                                       [--workdir /tmp/shards-bench/work] [--edits 3]

SITE is a built site (`digest build`); only its article pages are read, hard-linked (or
copied) into --workdir, never written. For each `[search] shard_pages` value:

* cold: the whole index made by the search stage (`Run`, every shard one after the other,
  as `digest build` does), each Pagefind run under `/usr/bin/time -v`: the pages, peak
  memory (maximum resident set size), user and wall time of every shard, and the stage's
  own seconds (links, Pagefind, canonical filters, sync, manifest);
* edit: --edits times, one article page's indexed text changed (a new file in the work
  copy), then the stage with that page as the only one touched (what a build or a serve
  save after a one-article edit runs): its seconds, and the shards it indexed;
* with --browser: the work tree served on 127.0.0.1 with the site's search page (its
  static files, this checkout's search.js), and headless Chromium (Debian's, through
  Playwright) times, for the --queries people the site names most: the page opened until
  the index is loaded (filters included), the last key of the name typed (one key every
  50 ms) to the first result, and the filter link `search/?person=NAME` (newest first,
  merged across the shards) opened to its first result.

Pagefind runs at `nice -n 10`, as in `digest serve`. The machine may be shared: compare
figures taken in one run.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from generator.search.pagefind import BUNDLE, Run, SearchError, article_pages, link_pages
from generator.search.shards import shard_count

TIME = "/usr/bin/time"
REPO = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


class Timed(Run):
    """A search stage run whose Pagefind runs are each measured by `/usr/bin/time -v`."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.runs: list[dict] = []

    def _run(self, site: Path, staging: Path) -> None:
        pages = sum(1 for _ in site.glob("articles/**/*.html"))
        done = subprocess.run(
            [TIME, "-v", *self.command(site, staging)], capture_output=True, text=True
        )
        if done.returncode != 0:
            raise SearchError(f"Pagefind failed: {done.stdout[-300:]} {done.stderr[-300:]}")
        report = done.stderr
        wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", report)
        assert wall is not None, report
        hours, minutes, seconds = wall.groups()
        self.runs.append(
            {
                "pages": pages,
                "rss_mb": int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", report)[1])
                / 1024,
                "user": float(re.search(r"User time \(seconds\): ([\d.]+)", report)[1]),
                "wall": int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds),
            }
        )


def work_tree(site: Path, workdir: Path) -> Path:
    """A tree of the site's article pages, linked into `workdir` once."""
    tree = workdir / "tree"
    if not (tree / "articles").is_dir():
        pages = article_pages(site)
        if not pages:
            sys.exit(f"{site} has no article pages (articles/**/*.html)")
        link_pages(site, pages, tree)
    return tree


def edit(tree: Path, page: str, n: int) -> None:
    """Change the indexed text of `page`: a new file, so the site's own is never touched."""
    path = tree / page
    html = path.read_text(encoding="utf-8")
    marker = "</article>"
    assert marker in html, page
    added = f"<p>Benchmark edit {n}: delegates moved to Montreux.</p>"
    html = html.replace(marker, added + marker, 1)
    temp = path.with_name(".edit.html")
    temp.write_text(html, encoding="utf-8")
    os.replace(temp, path)


def folder_size(folder: Path) -> tuple[int, int]:
    sizes = [p.stat().st_size for p in folder.rglob("*") if p.is_file()]
    return sum(sizes), len(sizes)


def search_page(site: Path, tree: Path) -> list[str]:
    """Put the site's search page and static files in `tree`, with this checkout's
    search.js; the names of the people the site names most, most first."""
    shutil.copytree(site / "static", tree / "static", dirs_exist_ok=True)
    (tree / "static/search.js").unlink()
    shutil.copyfile(REPO / "templates/static/search.js", tree / "static/search.js")
    html = (site / "search/index.html").read_text(encoding="utf-8")
    # A site built before the shards names the bundle, not the manifest.
    html = re.sub(
        r'data-bundle="([^"]*)pagefind/pagefind\.js"', r'data-index="\1pagefind/shards.json"', html
    )
    (tree / "search").mkdir(exist_ok=True)
    (tree / "search/index.html").write_text(html, encoding="utf-8")
    entities = json.loads((site / "api/entities.json").read_text(encoding="utf-8"))
    people = sorted((e for e in entities if e["type"] == "person"), key=lambda e: -e["articles"])
    return [e["name"] for e in people]


def measure_browser(tree: Path, names: list[str]) -> None:
    from urllib.parse import quote_plus

    from playwright.sync_api import sync_playwright

    handler = functools.partial(QuietHandler, directory=str(tree))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/search/"
    opened, typed, linked = [], [], []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, args=["--headless", "--no-sandbox"]
            )
            for name in names:
                page = browser.new_page()  # a new cache each time: the index loaded afresh
                started = time.perf_counter()
                page.goto(url)
                page.wait_for_selector("#search[data-ready]", timeout=60_000)
                opened.append(time.perf_counter() - started)
                page.click("#search-q")
                page.keyboard.type(name, delay=50)
                started = time.perf_counter()
                page.wait_for_selector("#search-results li", timeout=60_000)
                typed.append(time.perf_counter() - started)
                status = page.inner_text("#search-status")
                started = time.perf_counter()
                page.goto(url + "?person=" + quote_plus(name))
                page.wait_for_selector("#search-results li", timeout=60_000)
                linked.append(time.perf_counter() - started)
                print(
                    f"  .. {name}: {status} opened {opened[-1]:.3f} s, typed → first "
                    f"{typed[-1]:.3f} s, ?person= → first {linked[-1]:.3f} s"
                )
                page.close()
            browser.close()
    finally:
        server.shutdown()
    for label, values in (
        ("opened → index loaded", opened),
        ("last key → first result", typed),
        ("?person= link → first result", linked),
    ):
        median, most = statistics.median(values), max(values)
        print(f"  Chromium, {label}: p50 {median:.3f} s, max {most:.3f} s")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def measure(tree: Path, shard_pages: int, edits: int, rng: random.Random, names: list[str]) -> None:
    pages = article_pages(tree)
    count = shard_count(len(pages), shard_pages)
    shutil.rmtree(tree / BUNDLE, ignore_errors=True)
    run = Timed(tree, "en", True, shard_pages, nice=True)
    started = time.perf_counter()
    run.index()
    stage = time.perf_counter() - started
    size, files = folder_size(tree / BUNDLE)
    runs = run.runs
    print(
        f"\nshard_pages {shard_pages}: {len(pages)} pages in {count} shard(s); "
        f"index {size / 1e6:.1f} MB in {files} files"
    )
    print("  shard  pages  peak MB  user s  wall s")
    for number, one in enumerate(runs):
        print(
            f"  {number:5d}  {one['pages']:5d}  {one['rss_mb']:7.0f}  "
            f"{one['user']:6.1f}  {one['wall']:6.1f}"
        )
    print(
        f"  cold: peak {max(r['rss_mb'] for r in runs):.0f} MB (largest shard), Pagefind "
        f"user {sum(r['user'] for r in runs):.1f} s, wall {sum(r['wall'] for r in runs):.1f} s; "
        f"search stage {stage:.1f} s"
    )
    for n in range(edits):
        page = rng.choice(pages)
        edit(tree, page, n)
        edited = Timed(tree, "en", True, shard_pages, nice=True, touched={page})
        started = time.perf_counter()
        indexed = edited.index()
        seconds = time.perf_counter() - started
        one = edited.runs[0]
        print(
            f"  edit {n + 1}: search stage {seconds:.1f} s, shard {indexed.shards} of "
            f"{one['pages']} pages (Pagefind {one['wall']:.1f} s wall, {one['rss_mb']:.0f} MB)"
        )
    if names:
        measure_browser(tree, names)
    sys.stdout.flush()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument(
        "--shard-pages", type=int, nargs="+", default=[10_000, 5_000, 2_500, 1_250, 625]
    )
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/shards-bench/work"))
    parser.add_argument("--edits", type=int, default=3)
    parser.add_argument("--browser", action="store_true")
    parser.add_argument("--queries", type=int, default=5)
    args = parser.parse_args()
    if not Path(TIME).is_file():
        sys.exit(f"{TIME} is missing (Debian: apt-get install time)")
    site = args.site.resolve()
    tree = work_tree(site, args.workdir)
    names = search_page(site, tree)[: args.queries] if args.browser else []
    rng = random.Random(17)
    print(f"CPU cores: {os.cpu_count()}; load average: {os.getloadavg()[0]:.1f}")
    for shard_pages in args.shard_pages:
        measure(tree, shard_pages, args.edits, rng, names)


if __name__ == "__main__":
    main()
