"""The search index measured: its size and indexing time, how long `digest serve` takes to
index again after a save, and how fast a search answers in Chromium.

    python bench/search_bench.py [--sizes 1000 10000] [--edits 5] [--queries 5]
                                 [--browser-size 1000] [--workdir /tmp/digest-search-bench]

For each size, a synthetic corpus (YAML front matter, ../shared/bench/make_corpus.py, kept in
--workdir) is built with `digest build` (the first build analyses every article: minutes
at 10,000). Then:

* index: the search stage alone, from scratch (the site's `pagefind/` removed), twice;
  the index's size and file count beside the site's (every file of the output);
* serve: `digest serve --port 0 --timings` as a subprocess and a client of its event
  stream; one article is edited --edits times and each save is timed to the browsers'
  reload event and to the search index's event (the index is made after the reload);
* browser (at --browser-size only): headless Chromium (Debian's, through Playwright) on
  the served search page types the names of the --queries most mentioned people, one key
  every 50 ms, and times the last key to the first result on screen.

The machine's CPU may be shared: compare figures taken in one run.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from generator.config import load_config
from generator.search.pagefind import BUNDLE, Run

REPO = Path(__file__).resolve().parent.parent
MAKE_CORPUS = REPO.parent / "shared" / "bench" / "make_corpus.py"
CORPUS_ARGS = ("--subdir", "content", "--style", "yaml")
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH") or str(REPO)}


def corpus(workdir: Path, size: int) -> Path:
    """The site folder of a corpus of `size` articles, made once."""
    site = workdir / f"yaml-{size}"
    if not (site / "content").is_dir():
        if not MAKE_CORPUS.is_file():
            sys.exit(f"{MAKE_CORPUS} is missing (it lives in ../shared/bench, beside the checkout)")
        subprocess.run(
            [sys.executable, str(MAKE_CORPUS), str(size), str(site), *CORPUS_ARGS],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return site


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) of every file under `folder`."""
    sizes = [p.stat().st_size for p in folder.rglob("*") if p.is_file()]
    return sum(sizes), len(sizes)


def measure_index(site: Path) -> dict:
    """Build the site, then time the search stage alone from scratch, twice."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "generator", "build", "-q"], cwd=site, env=env(), check=True
    )
    build = time.perf_counter() - started
    config = load_config(root=site)
    output = config.output_dir
    times = []
    for _ in range(2):
        shutil.rmtree(output / BUNDLE)
        started = time.perf_counter()
        Run(
            output, config.site.language, not config.site.directory_urls, config.search.shard_pages
        ).index()
        times.append(time.perf_counter() - started)
    index_bytes, index_files = folder_size(output / BUNDLE)
    site_bytes, site_files = folder_size(output)
    articles = len(list((output / "articles").iterdir()))
    return {
        "build": build,
        "index": times,
        "index_bytes": index_bytes,
        "index_files": index_files,
        "site_bytes": site_bytes,
        "site_files": site_files,
        "articles": articles,
    }


class Events:
    """The reload and index events of a `digest serve`, each with its time of arrival."""

    def __init__(self, port: int):
        self.queue: queue.Queue[tuple[str, float]] = queue.Queue()
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.sock.sendall(b"GET /__digest/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        self.stream = self.sock.makefile("rb")
        while self.stream.readline() not in (b"\r\n", b""):
            pass
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        event = None
        for raw in self.stream:
            line = raw.decode().rstrip("\r\n")
            if line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: ") and event:
                self.queue.put((event, time.perf_counter()))

    def next(self, kind: str, timeout: float) -> float:
        """The time of the next event of `kind` (others are skipped)."""
        deadline = time.perf_counter() + timeout
        while True:
            event, at = self.queue.get(timeout=max(0.1, deadline - time.perf_counter()))
            if event == kind:
                return at

    def drain(self) -> None:
        while not self.queue.empty():
            self.queue.get_nowait()


def start_serve(site: Path) -> tuple[subprocess.Popen, int]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "--port", "0", "--timings"],
        cwd=site,
        env=env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    port = None
    for line in proc.stdout:
        found = re.search(r"127\.0\.0\.1:(\d+)", line)
        port = int(found.group(1)) if found else port
        if line.startswith("watching"):
            break
    if port is None:
        proc.kill()
        sys.exit("digest serve did not start")
    # Keep reading its output, so that it never blocks on a full pipe.
    threading.Thread(target=lambda: [None for _ in proc.stdout], daemon=True).start()
    return proc, port


def measure_serve(site: Path, edits: int) -> dict:
    """Save → reload and save → index ready, for `edits` saves of one article."""
    proc, port = start_serve(site)
    events = Events(port)
    time.sleep(1.0)
    target = sorted((site / "content").iterdir())[len(list((site / "content").iterdir())) // 2]
    original = target.read_bytes()
    reloads, indexes = [], []
    try:
        for i in range(edits):
            events.drain()
            text = original.decode().rstrip("\n")
            text += f"\n\nEdit {i} of this article, saved for a benchmark ({time.time_ns()}).\n"
            written = time.perf_counter()
            target.write_text(text, encoding="utf-8")
            reloads.append(events.next("reload", 600) - written)
            indexes.append(events.next("index", 600) - written)
            print(f"  .. save {i + 1}: reload {reloads[-1]:.2f} s, index {indexes[-1]:.2f} s")
            time.sleep(0.5)
        # Back as it was, indexed, so that the next session starts from a current index (a
        # session that indexes would reload the search page a browser measures).
        events.drain()
        target.write_bytes(original)
        events.next("reload", 600)
        events.next("index", 600)
    finally:
        if target.read_bytes() != original:
            target.write_bytes(original)
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=120)
    return {"reloads": reloads, "indexes": indexes}


def measure_browser(site: Path, queries: int) -> list[tuple[str, int, float]]:
    """(name, results, seconds from the last key to the first result) per query."""
    from playwright.sync_api import sync_playwright

    entities = json.loads((site / "site/api/entities.json").read_text(encoding="utf-8"))
    people = sorted((e for e in entities if e["type"] == "person"), key=lambda e: -e["articles"])
    names = [e["name"] for e in people[:queries]]
    proc, port = start_serve(site)
    found = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, args=["--headless", "--no-sandbox"]
            )
            page = browser.new_page()
            for name in names:
                page.goto(f"http://127.0.0.1:{port}/search/")
                page.wait_for_selector("#search[data-ready]")
                page.click("#search-q")
                page.keyboard.type(name, delay=50)
                typed = time.perf_counter()
                page.wait_for_selector("#search-results li", timeout=30_000)
                seconds = time.perf_counter() - typed
                status = page.inner_text("#search-status")
                count = int(status.split()[0]) if status[:1].isdigit() else 0
                found.append((name, count, seconds))
                print(f"  .. {name}: {count} articles, {seconds:.3f} s")
            browser.close()
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=120)
    return found


def mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--queries", type=int, default=5)
    parser.add_argument("--browser-size", type=int, default=1000)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/digest-search-bench"))
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    print(f"CPU cores: {os.cpu_count()}; load average: {os.getloadavg()[0]:.1f}")
    for size in args.sizes:
        site = corpus(args.workdir, size)
        index = measure_index(site)
        serve = measure_serve(site, args.edits)
        print(f"\n{size} articles ({site})")
        print(f"  digest build:               {index['build']:.1f} s")
        print(f"  search stage from scratch:  {', '.join(f'{t:.2f} s' for t in index['index'])}")
        share = 100 * index["index_bytes"] / index["site_bytes"]
        print(
            f"  index:                      {mb(index['index_bytes'])} in "
            f"{index['index_files']} files; site {mb(index['site_bytes'])} in "
            f"{index['site_files']} files ({share:.1f} %)"
        )
        laps = (("save → reload", serve["reloads"]), ("save → index", serve["indexes"]))
        for name, values in laps:
            print(
                f"  {name + ':':<27} p50 {statistics.median(values):.2f} s, "
                f"max {max(values):.2f} s (n={len(values)})"
            )
        if size == args.browser_size:
            found = measure_browser(site, args.queries)
            seconds = [s for _, _, s in found]
            print(
                f"  typed name → first result:  p50 {statistics.median(seconds):.3f} s, "
                f"max {max(seconds):.3f} s ({', '.join(f'{n}: {c}' for n, c, _ in found)})"
            )
        sys.stdout.flush()


if __name__ == "__main__":
    main()
